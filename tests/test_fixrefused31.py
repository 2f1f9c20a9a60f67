"""Issue 10, the corpus's largest remaining refusal families (fixrefused31): readings of text with one meaning.

* a primed cost name on the left of a cost, ``J^{'}(\\theta) = … + \\frac{\\lambda}{2}\\sum_{j=1}^{n}\\theta_j^2``
  (ken8860's ridge notes, '于是，目标损失函数就变成：', 'the objective becomes'): where the right side sums the parameter
  vector's squared entries over j and has no free component index, it is one number of the vector θ, which J's
  derivative by θ (an entry for each j) cannot be: J′ names a cost of its own, read so and noted. A right side with a
  free index (θ_j, x_j) or the bare vector (λθ) may be the derivative, and stays refused with both readings.

Each reading is held to finite differences of a NumPy cost written by hand, or to a verdict worked out by hand (the
corpus judge, tests/_reading.py); near-variants that mean something else keep their refusal.
"""

import numpy as np
import pytest

import logderiv
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv

# ------------------------------------------------------------------ a primed cost name that names another cost

# source: https://github.com/ken8860/machine_learning_note/blob/cb5e18e9a7e76fd00fe656760574affbf9336cc2/
# linear_regression.ipynb (the ridge section; f64-ken-ridge-J)
KEN_RIDGE = (r"J^{'}(\theta)=\frac{1}{2m}\sum_{i=1}^{m}(y^i-h_\theta(\vec{x^i}))^2"
             r"+\frac{\lambda}{2}\sum_{j=1}^{n}\theta_j^2")


def _ridge_half_mse(d):
    # by hand: (1/2m)Σ(y − Xθ)² + (λ/2)Σθ_k², h the linear model θᵀx (the notes define no other)
    return np.sum((d.y - d.X @ d.theta) ** 2) / (2 * d.m) + d.lam / 2 * np.sum(d.theta ** 2)


@pytest.mark.parametrize("prime", ["^{'}", "'", "^{\\prime}", "^\\prime"])
def test_a_primed_cost_name_before_a_penalised_cost_is_that_cost(prime):
    text = KEN_RIDGE.replace("^{'}", prime, 1)
    assert_gradient_read(text, _ridge_half_mse)
    notes = notes_of(logderiv.derive(text, wrt="theta_j"))
    assert any("names a cost of its own" in note and "not J's derivative" in note for note in notes)


def test_the_primed_cost_in_the_penalty_letters_of_w():
    text = r"L'(w) = \frac{1}{2m}\sum_{i=1}^{m}(w^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2}\sum_{j=1}^{n} w_j^2"
    assert_gradient_read(text, lambda d: np.sum((d.X @ d.w - d.y) ** 2) / (2 * d.m) + d.lam / 2 * np.sum(d.w ** 2),
                         wrt=("w_j",))


def test_an_answer_graded_against_the_primed_cost():
    # by hand: ∂/∂θ_j of (1/2m)Σ(y − θᵀx)² + (λ/2)Σθ² is −(1/m)Σ(y − h)x_j + λθ_j (f64-ken-ridge-grad)
    answer = r"-\frac{1}{m}\sum_{i=1}^{m}(y^i-h_\theta(\vec{x^i}))x^i_j+\lambda\theta_j"
    assert_verdict_read(answer, KEN_RIDGE, "equivalent")
    # the penalty's derivative over m is not λθ_j: by hand the answer is off by λθ_j(1/m − 1)
    assert_verdict_read(answer.replace(r"+\lambda\theta_j", r"+\frac{\lambda}{m}\theta_j"), KEN_RIDGE, "different")


@pytest.mark.parametrize("text", [
    # a gradient's component: the free j makes J′ J's derivative as well as another cost
    r"J^{'}(\theta)=\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^i)-y^i)x^i_j+\lambda\theta_j",
    # the bare vector beside the penalty: a gradient in vector form (λθ·Σθ²) may be meant
    r"J^{'}(\theta)=\frac{1}{m}X^T(X\theta-y)+\lambda\theta\sum_{j=1}^{n}\theta_j^2",
    # no penalty sum over the vector's entries: nothing says the right side is no derivative by a scalar
    r"J^{'}(\theta)=\frac{1}{2m}\sum_{i=1}^{m}(y^i-\theta x^i)^2",
    # a chain: more than one side after J′
    r"J^{'}(\theta)=\frac{1}{2m}\sum_{i=1}^{m}(y^i-\theta^T x^i)^2+\frac{\lambda}{2}\sum_{j=1}^{n}\theta_j^2=K",
])
def test_a_primed_cost_name_that_may_be_the_derivative_stays_refused(text):
    refused_by_logderiv(lambda: logderiv.derive(text, wrt="theta_j"))


# ------------------------------------------------------------------ DeepLearning.AI's activation A as the prediction

# source: https://github.com/Benardi/touvlo/blob/5c4913b6d04c576ae662187f078f3f1f35bf78c8/touvlo/lgx_rg/cmpt_grf.py
# (grad: dw = …, db = …; the cost's hyp; f40-touvlo-dw): X is features × examples, Y the label row
TOUVLO_COST = "-(1 / m) * add((Y * log(hyp) + (1 - Y) * log(1 - hyp)))"
TOUVLO_LETS = ("dz = A - Y", "A = g(dot(w.T, X) + b)", "g(x) = 1 / (1 + exp(-x))", "m = X.shape[1]")


def _mean_cross_entropy_wb(d):
    p = 1 / (1 + np.exp(-(d.X @ d.w + d.b)))
    return -np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))


def test_the_text_s_prediction_is_the_activation_a_let_defines():
    assert_gradient_read(TOUVLO_COST, _mean_cross_entropy_wb, wrt=("w_j", "b"), lets=TOUVLO_LETS)
    notes = notes_of(logderiv.derive(TOUVLO_COST, wrt="b", let=TOUVLO_LETS))
    assert any("h is read as A" in note and "DeepLearning.AI's activation" in note for note in notes)


def test_answers_in_the_residual_built_from_the_activation():
    # by hand: X(a − y)ᵀ/m is Σᵢ(aᵢ − yᵢ)x⁽ⁱ⁾/m and Σ(a − y)/m the mean cross-entropy's ∂/∂b
    assert_verdict_read("(1 / m) * dot(X, dz.T)", TOUVLO_COST, "equivalent", wrt="w_j", lets=TOUVLO_LETS)
    assert_verdict_read("(1 / m) * add(dz)", TOUVLO_COST, "equivalent", wrt="b", lets=TOUVLO_LETS)
    # without the 1/m: m times the gradient
    assert_verdict_read("add(dz)", TOUVLO_COST, "different", wrt="b", lets=TOUVLO_LETS)


@pytest.mark.parametrize("lets", [
    # a layer's activation that is no sigmoid: A is no prediction of logistic regression
    ("dz = A - Y", "A = tanh(dot(w.T, X) + b)", "m = X.shape[1]"),
    # a let neither part of A nor built from it: which of the two the text's hyp is, is not said
    ("A = g(dot(w.T, X) + b)", "g(x) = 1 / (1 + exp(-x))", "B = g(2 * (dot(w.T, X) + b))", "m = X.shape[1]"),
])
def test_an_activation_that_may_not_be_the_prediction_stays_refused(lets):
    error = refused_by_logderiv(lambda: logderiv.derive(TOUVLO_COST, wrt="b", let=lets))
    assert "is used but --let defines" in str(error) and "'A'" in str(error)


# ------------------------------------------------------------------ kaleko's my-prefixed names and u.dot(v.T)

# source: https://github.com/kaleko/CourseraML/issues/9 (ex3 '1.3 Vectorizing Logistic Regression', def computeCost;
# f64-kaleko-ex3-computecost-penalises-theta0): the code names the notation's quantities my + the letter
KALEKO_COST = "left_hand + right_hand"
KALEKO_LETS = ("left_hand = (term1 - term2) / m", "right_hand = mytheta.T.dot( mytheta ) * mylambda / (2*m)",
               "term1 = np.log( myh ).dot( -myy.T )", "term2 = np.log( 1.0 - myh ).dot( 1 - myy.T )",
               "myh = h(mytheta,myX)", "h(mytheta,myX) = expit(np.dot(myX,mytheta))", "m = myX.shape[0]")


def _kaleko_cost(d):
    # by hand: the mean cross-entropy of σ(Xθ) plus λ/(2m)θᵀθ, every entry penalised (mytheta drawn as Data.w)
    p = 1 / (1 + np.exp(-(d.X @ d.w)))
    return -np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)) + d.lam / (2 * d.m) * np.sum(d.w ** 2)


def test_the_my_prefixed_data_lambda_and_a_dot_of_a_transposed_vector():
    assert_gradient_read(KALEKO_COST, _kaleko_cost, wrt=("mytheta_j",), lets=KALEKO_LETS)
    notes = notes_of(logderiv.derive(KALEKO_COST, wrt="mytheta_j", let=KALEKO_LETS))
    assert any(note.startswith("myX and myy are the code's own names of X and y") for note in notes)
    assert any("u.dot(v.T) of two vectors of the examples is a number only with 1-D arrays" in note for note in notes)


def _mean_cross_entropy_theta(d):
    p = 1 / (1 + np.exp(-(d.X @ d.theta)))
    return -np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))


@pytest.mark.parametrize("text", [
    # 1-D arrays: .T does nothing, and .dot of two vectors is their inner product
    "(np.log(h).dot(-y.T) - np.log(1 - h).dot(1 - y.T)) / m",
    "(np.log(h).dot(-y) - np.log(1 - h).dot(1 - y)) / m",
])
def test_the_dot_method_of_two_vectors_of_the_examples_is_their_inner_product(text):
    assert_gradient_read(text, _mean_cross_entropy_theta, lets=("h = expit(np.dot(X, theta))",))


def test_mylambda_is_lambda():
    text = "np.sum((X @ theta - y) ** 2) / (2 * m) + mylambda / (2 * m) * np.sum(theta ** 2)"
    assert_gradient_read(text, lambda d: np.sum((d.X @ d.theta - d.y) ** 2) / (2 * d.m)
                         + d.lam / (2 * d.m) * np.sum(d.theta ** 2))


@pytest.mark.parametrize("text, lets", [
    # inside a sum, a column times a row is the m×m outer product, whose entries the sum adds: (Σ log h)(Σ y)
    ("np.sum(np.log(h).dot(-y.T)) / m", ("h = expit(np.dot(X, theta))",)),
    # X and y written beside myX and myy: two data sets, perhaps, so the my-names stay names of their own
    ("np.mean((myX @ theta - myy) ** 2) + np.mean((X @ theta - y) ** 2)", ()),
])
def test_near_variants_stay_refused(text, lets):
    error = refused_by_logderiv(lambda: logderiv.derive(text, wrt="theta_j", let=lets))
    assert "cannot be multiplied" in str(error) or "unknown name 'myX'" in str(error)
