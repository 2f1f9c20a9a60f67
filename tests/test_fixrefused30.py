"""Issue 10, the corpus's refused families (fixrefused30): readings of text with one meaning, refusals that name theirs.

The corpus's 342 refused items, grouped by the cause their message names, are mostly one source's quirk each; the
families here are the ones whose text has one meaning by the conventions of ML notes and code, or whose refusal did
not say what is in doubt:

* brackets round the bare parameter vector before its transpose, ``(\\vec\\theta)^T\\cdot\\vec{x^{(i)}}`` (ken8860's
  Chinese notes on logistic regression), ``(theta)^T x``, ``(w).T`` in code: the bracket groups nothing, θᵀ;
* a cost chain's middle side applying a function defined nowhere to the parameters, ``J = -\\frac{1}{m}f(\\theta) =
  …`` (the same notes): the chain makes J its last side whatever f is;
* ``n_samples`` typed into a LaTeX formula (ya_glm's docstring): the labelled count ``n_{samples}``, whose refusal
  beside a bare n names the two counts (it was "unknown index 's'");
* a primed cost name, ``J^{'}(\\theta) = …``: still refused, the hint naming both readings (J's derivative, another cost);
* an answer written in names its --let s define, whose values are in matrix notation (``dw / n``, COMP 551's
  LinearRegressionGD): a matrix answer, tried only where the answer's own reading refuses that notation;
* a --let of m to a count not known to be the examples' (``m = len(self.b)``, ``m = myX.shape[0]``): refused saying
  what is in doubt (it said only "'m' has a fixed meaning").

Each reading is held to finite differences of a NumPy cost written by hand, or to a verdict worked out by hand (the
corpus judge, tests/_reading.py); near-variants that mean something else keep their old reading or refusal.
"""

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, sigmoid
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv


def test_the_gradients_the_verdicts_rest_on_match_finite_differences():
    rng = np.random.default_rng(30)
    X, theta = rng.normal(size=(5, 3)), rng.normal(size=3)
    y = rng.uniform(0.1, 0.9, size=5)
    # by hand: ∇ −(1/m)Σ[y log σ(θᵀx) + (1 − y) log(1 − σ(θᵀx))] = (1/m)Xᵀ(σ(Xθ) − y)
    mean_cross = lambda v: -float(np.mean(y * np.log(sigmoid(X @ v)) + (1 - y) * np.log(1 - sigmoid(X @ v))))
    assert np.allclose(central_differences(mean_cross, theta), X.T @ (sigmoid(X @ theta) - y) / 5, atol=1e-5)
    # by hand: ∇ Σ[yθᵀx − ln(1 + e^{θᵀx})] = Xᵀ(y − σ(Xθ))
    loglik = lambda v: float(np.sum(y * (X @ v) - np.log1p(np.exp(X @ v))))
    assert np.allclose(central_differences(loglik, theta), X.T @ (y - sigmoid(X @ theta)), atol=1e-5)


# ------------------------------------------------------------------ (θ)ᵀ: a bracket round the parameter vector alone

# source: https://github.com/ken8860/machine_learning_note/blob/cb5e18e9a7e76fd00fe656760574affbf9336cc2/
# Logistic_regression.ipynb ('如果想要化简它，就是：', the last member of the chain; f64-ken-logistic-loglik-simplified)
KEN_LOGLIK = (r"\sum_{i=1}^{m}(y^{(i)}(\vec\theta)^T\cdot\vec{x^{(i)}}"
              r"-ln(1+e^{(\vec{\theta})^T\cdot\vec{x^{(i)}}}))")
# the same notes' gradient, '将其写成向量的形式就是' (f64-ken-logistic-grad-vector-form)
KEN_GRADIENT = (r"\frac{\partial J(\vec\theta)}{\partial\theta_j}=\frac{1}{m}\sum_{i=1}^{m}"
                r"(\sigma((\vec\theta)^T\cdot\vec{x^{(i)}})-y^{(i)})x_j^{(i)}")
KEN_SIGMA = r"\sigma(x)=\frac{1}{1+e^{-x}}"


def test_a_bracketed_arrowed_theta_transposed_is_theta_transposed():
    # by hand: the notes' simplified log-likelihood Σ[yθᵀx − ln(1 + e^{θᵀx})], maximised (no minus, no 1/m)
    assert_gradient_read(KEN_LOGLIK, lambda d: float(np.sum(d.y * (d.X @ d.theta) - np.log1p(np.exp(d.X @ d.theta)))))
    result = logderiv.derive(KEN_LOGLIK, wrt="theta_j")
    assert any("the brackets hold the one parameter vector and group nothing" in note for note in result.notes)


def test_the_notes_gradient_with_the_bracket_is_graded():
    # by hand: (1/m)Σ(σ(θᵀx) − y)x_j is the mean cross-entropy's gradient (logistic preset, no penalty)
    assert_verdict_read(KEN_GRADIENT, "logistic", "equivalent", lets=(KEN_SIGMA,))
    # by hand: the L2 line adds λ/(2m)‖θ‖² itself, one number for every j, where (λ/m)θ_j belongs
    # (f64-ken-logistic-l2-grad-adds-half-norm, graded against Ng's regularised cross-entropy)
    assert_verdict_read(KEN_GRADIENT + r"+\frac{\lambda}{2m}||\vec\theta||_2^2", "logistic-l2", "different",
                        lets=(KEN_SIGMA,))


@pytest.mark.parametrize("text", [
    r"\frac{1}{2m}\sum_{i=1}^{m}((\theta)^T x^{(i)} - y^{(i)})^2",
    r"\frac{1}{2m}\sum_{i=1}^{m}((\theta)^{T} x^{(i)} - y^{(i)})^2",
    r"\frac{1}{2m}\sum_{i=1}^{m}((\boldsymbol{\theta})^\top x^{(i)} - y^{(i)})^2",
    "1/(2m) * sum(((theta)^T x - y)^2)",
    "1/(2m) * sum(((θ)ᵀx - y)^2)",
])
def test_the_bracket_is_read_in_either_notation(text):
    # by hand: (1/2m)Σ(θᵀx − y)², gradient (1/m)Xᵀ(Xθ − y)
    assert_gradient_read(text, lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m))
    assert any("group nothing" in note for note in notes_of(logderiv.derive(text, wrt="theta_j")))


def test_a_bracketed_theta_in_matrix_form_is_the_row_it_was():
    # by hand: ½θᵀXᵀXθ − yᵀXθ, gradient XᵀXθ − Xᵀy: the bracket changes nothing in matrix form either
    text = r"\frac{1}{2}(\theta)^T X^T X \theta - y^T X \theta"
    assert_gradient_read(text, lambda d: float(0.5 * (d.X @ d.theta) @ (d.X @ d.theta) - d.y @ (d.X @ d.theta)))


@pytest.mark.parametrize("text", [
    # a call transposed whole is no bracket round the vector: J(θ)ᵀ names nothing here, as before
    r"\frac{1}{m}\sum_{i=1}^{m}(J(\theta)^T x^{(i)} - y^{(i)})^2",
    r"\frac{1}{m}\sum_{i=1}^{m}(\sigma(\theta)^T x^{(i)} - y^{(i)})^2",
])
def test_a_call_transposed_is_not_taken_for_the_bracket(text):
    refused_by_logderiv(lambda: logderiv.derive(text, wrt="theta_j"))


# ------------------------------------------------------------------ a chain's side writing a function defined nowhere

# the same notes' cost, '于是可得它的损失函数' (f64-ken-logistic-J-vector-form): f(θ) is the log-likelihood their text
# names before, defined by no formula the cost carries
KEN_CHAIN = (r"J(\vec\theta)=-\frac{1}{m}f(\vec\theta)=-\frac{1}{m}\sum_{i=1}^{m}(y^{(i)}ln(\sigma((\vec\theta)^T\cdot"
             r"\vec{x^{(i)}}))+(1-y^{(i)})ln(1-\sigma((\vec\theta)^T\cdot\vec{x^{(i)}})))")


def test_a_chain_side_applying_an_undefined_function_to_the_parameters_is_skipped():
    # by hand: J is the chain's last side, −(1/m)Σ[y log σ(θᵀx) + (1 − y) log(1 − σ(θᵀx))], whatever f is
    def mean_cross(d):
        p = 1 / (1 + np.exp(-(d.X @ d.theta)))
        return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))
    assert_gradient_read(KEN_CHAIN, mean_cross, lets=(KEN_SIGMA,))
    notes = logderiv.derive(KEN_CHAIN, wrt="theta_j", let=[KEN_SIGMA]).notes
    assert any("writes f(\\vec\\theta), a function of the parameters that nothing defines" in note for note in notes)
    # by hand: the notes' gradient (1/m)Σ(σ(θᵀx) − y)x_j is that cost's (f64-ken-logistic-grad-vector-form)
    assert_verdict_read(KEN_GRADIENT, KEN_CHAIN, "equivalent", lets=(KEN_SIGMA,))


@pytest.mark.parametrize("text", [
    # f of the data, not of the parameters: what it stands for is not the chain's to say
    KEN_CHAIN.replace(r"f(\vec\theta)", r"f(x)"),
    # the last side writes the undefined function: nothing is read in its place
    r"J(\theta) = \frac{1}{m}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2 = f(\theta)",
])
def test_an_undefined_function_elsewhere_stays_refused(text):
    refused_by_logderiv(lambda: logderiv.derive(text, wrt="theta_j", let=[KEN_SIGMA]))


# ------------------------------------------------------------------ n_samples typed into a LaTeX formula

# source: ya_glm's PoissonRegLoss docstring (public code index file 31594541510; f26-yaglm-poisson-coef-grad and four
# more): the sum runs to n beside 1/n_samples, one count or two, which the braced n_{samples} is refused for too
YAGLM = "f(coef, intercept) = (1 / n_samples) sum_{i=1}^n e^{z_i} - y_i z_i"


def test_a_count_labelled_in_code_is_the_labelled_count():
    # by hand: (1/(2n))Σ(wᵀx − y)² with n_samples the examples' count, m: the half mean squared error
    text = r"\frac{1}{2 n_samples} \sum_i (w^T x_i - y_i)^2"
    assert_gradient_read(text, lambda d: float(np.sum((d.X @ d.w - d.y) ** 2)) / (2 * d.m), wrt=("w_j",))
    assert any(note.startswith("n_samples is read as n: a count labelled 'samples'")
               for note in logderiv.derive(text, wrt="w_j").notes)


def test_ya_glm_docstring_is_refused_naming_the_two_counts():
    # was "unknown index 's'": the refusal now says what is in doubt, as for n_{samples} beside n. fixold33: the
    # docstring's bare n is only the limit of the sum over the examples, one count with n_samples (test_fixold33);
    # a bare n outside any sum's limit (here a made-up 1/n) keeps the refusal
    text = YAGLM + " + 1/n"
    error = refused_by_logderiv(lambda: logderiv.derive(text, wrt="coef_j"))
    # fixaudits30: the counts are echoed as the text spells them (was the respelt "n and n_{samples}" for a text that
    # wrote n_samples), so the braced spelling's message names n_{samples} and the bare one's n_samples
    assert "'n_samples' and 'n' are both written: one count or two?" in str(error)
    assert error.column == text.index("n_samples")
    braced = refused_by_logderiv(lambda: logderiv.derive(text.replace("n_samples", "n_{samples}"), wrt="coef_j"))
    assert str(braced) == str(error).replace("n_samples", "n_{samples}")


def test_a_one_letter_subscript_stays_a_subscript():
    refused_by_logderiv(lambda: logderiv.derive(r"\frac{1}{2 n_s} \sum_i (w^T x_i - y_i)^2", wrt="w_j"))


# ------------------------------------------------------------------ a primed cost name: refused, naming both readings

# the same notes' ridge cost, '于是，目标损失函数就变成：' (f64-ken-ridge-J): J′ is the new cost there, but a prime on J is
# as often its derivative, and the text does not say which
KEN_RIDGE = (r"J^{'}(\theta)=\frac{1}{2m}\sum_{i=1}^{m}(y^i-h_\theta(\vec{x^i}))^2"
             r"+\frac{\lambda}{2}\sum_{j=1}^{n}\theta_j^2")


# fixrefused31 reads KEN_RIDGE itself: its right side sums θ's squared entries over j and has no free component index,
# one number of the vector θ, which J's derivative by θ (an entry for each j) cannot be (tests/test_fixrefused31.py).
# A right side that is a gradient's component keeps both readings open, and the refusal with them
KEN_RIDGE_GRADIENT_SIDE = (r"J^{'}(\theta)=\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^i)-y^i)x^i_j"
                           r"+\lambda\theta_j")


def test_a_primed_cost_name_is_refused_with_both_readings():
    error = refused_by_logderiv(lambda: logderiv.derive(KEN_RIDGE_GRADIENT_SIDE, wrt="theta_j"))
    assert str(error).startswith("a prime (') is not read")
    assert error.column == KEN_RIDGE_GRADIENT_SIDE.index("'")
    assert "may name the derivative of J" in error.hint and "or another cost" in error.hint
    assert "J(\\theta) = …" in error.hint  # a backslash, not a tab: the hint is LaTeX to type
    # a function's prime at its argument elsewhere keeps its own hint
    other = refused_by_logderiv(lambda: logderiv.derive("f'(\\theta^T x)", wrt="theta_j"))
    assert "derivative of a function f at its argument" in other.hint


# ------------------------------------------------------------------ an answer that names its lets, in matrix form

# source: https://github.com/cuent/comp551/blob/f715b26a5484c00e3d1a9f970f328a4cb4023288/assignments/assignment1/src/
# linear_regression.py (LinearRegressionGD.fit, self.lr.compute(dw / n); f67-comp551-cuent-dw-over-n-mse)
CUENT_LETS = ("dw = 2 * (const2.dot(self.w) - const1)", "const1 = X.T.dot(y)", "const2 = X.T.dot(X)",
              "n = X.shape[0]")
MSE = r"\frac{1}{n}\sum_{i=1}^{n}(w^T x_i - y_i)^2"


def test_the_lets_matrix_form_is_the_answer_that_names_them():
    # by hand: 2(XᵀXw − Xᵀy)/n = (2/n)Xᵀ(Xw − y), the mean squared error's gradient
    assert_verdict_read("dw / n", MSE, "equivalent", wrt="w_j", lets=CUENT_LETS)
    assert_verdict_read("1/n * dw", MSE, "equivalent", wrt="w_j", lets=CUENT_LETS)
    # by hand: without the 1/n, 2Xᵀ(Xw − y) is n times the gradient; halved, Xᵀ(Xw − y) is n/2 times it
    assert_verdict_read("dw", MSE, "different", wrt="w_j", lets=CUENT_LETS)
    assert_verdict_read("dw / 2", MSE, "different", wrt="w_j", lets=CUENT_LETS)
    verdict = logderiv.check("dw / n", cost=MSE, wrt="w_j", let=CUENT_LETS)
    assert any("whose values are in matrix notation: they are put in" in note for note in verdict.notes)


def test_an_index_form_answer_beside_a_matrix_let_is_left_to_its_reading():
    # the answer writes x_j itself: an index form's, untouched (err's matrix let is read per example, as before);
    # by hand: (1/m)Σ(wᵀx − y)x_j is the half mean squared error's gradient
    cost = r"\frac{1}{2m}\sum_{i=1}^{m}(w^T x_i - y_i)^2"
    verdict = logderiv.check("sum(err * x_j)/m", cost=cost, wrt="w_j", let=["err = X.dot(w) - y"])
    assert verdict.verdict == "equivalent"
    assert not any("whose values are in matrix notation" in note for note in verdict.notes)


def test_a_db_answer_naming_per_example_lets_keeps_its_reading():
    # DeepLearning.AI's db = 1/m * sum(dZ), dZ = A - Y, Z = wᵀX + b: the lets hold matrix notation, but the answer's
    # own reading takes dZ per example, Σ(a − y)/m = ∂J/∂b (f37-dlai-db), and the lets' matrix form is not tried
    cost = (r"J(w,b) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log a^{(i)} + (1-y^{(i)})\log(1-a^{(i)})\right]")
    lets = ("dZ = A - Y", "A = g(Z)", "Z = w.TX + b", "a^{(i)} = g(w^Tx^{(i)} + b)", "g(z) = 1/(1+e^{-z})")
    assert_verdict_read("db = 1/m * sum(dZ)", cost, "equivalent", wrt="b", lets=lets)


# ------------------------------------------------------------------ m let to a count that is not read as the examples'

@pytest.mark.parametrize("let, value", [
    ("m = len(self.b)", "len(b)"),  # Vova2409's LogRegL2Oracle: self.b are the ±1 labels there, b elsewhere the bias
    ("m = myX.shape[0]", "myX.shape[0]"),  # kaleko's CourseraML ex3: myX the design matrix, by its author's prefix
    ("m = sizex(1);", "sizex(1)"),  # an ex5Log script: sizex = size(x) on a line the let does not carry
    ("var m = y_vec.cols();", "y_vec.cols()"),  # lastlegion's linearReg.js: y stored as a row
])
def test_m_let_to_an_unread_count_is_refused_naming_the_doubt(let, value):
    # was "'m' has a fixed meaning and cannot be redefined", whose hint (pick another name) code cannot follow
    error = refused_by_logderiv(lambda: logderiv.derive("(1/(2*m)) * np.sum((X @ theta - y)**2)", wrt="theta_j",
                                                        let=[let]))
    assert str(error).startswith(f"m = {value} defines m, logderiv's number of examples, as {value}: whether")
    assert "drop the --let" in error.hint and "another letter" in error.hint


def test_m_let_to_a_count_of_the_examples_is_still_read():
    # by hand: m = len(y) is logderiv's m, the let not needed: (1/2m)Σ(θᵀx − y)², gradient (1/m)Xᵀ(Xθ − y)
    assert_gradient_read("(1/(2*m)) * np.sum((X @ theta - y)**2)",
                         lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m), lets=("m = len(y)",))
    # a count of the parameters is the features': its own refusal, as before
    error = refused_by_logderiv(lambda: logderiv.derive("(1/(2*m)) * np.sum((X @ theta - y)**2)", wrt="theta_j",
                                                        let=["m = len(theta)"]))
    assert "makes m the number of features" in str(error)
