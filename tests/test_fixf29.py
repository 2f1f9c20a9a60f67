"""fixf29 (issue 10): the families of real text the blind wave f29 (tests/corpus/fresh_twentyninth.py) showed refused.

Each reading is of real text, quoted verbatim with its source; its meaning was worked out by hand and is held to
central finite differences of a NumPy cost written here (tests/_numeric.py), never to logderiv's own output. Beside
each reading, near variants that mean something else are refused or read as what they say.
"""

from __future__ import annotations

import numpy as np
import pytest

from corpus.items import sig
from logderiv import check, derive
from logderiv.errors import InputError

from _numeric import central_differences as _fd
from _reading import assert_gradient_read as _assert_gradient, assert_verdict_read as _assert_verdict
from _reading import refused_by_logderiv as _refusal


# --- x_{i}^{j}: feature j of example i where the text writes x_i as a vector ---------------------------------

CTR = "github:crazycharles/TheWayToCTR:逻辑回归简介及实现/逻辑回归简介及实现.md, (1.11) and (1.13)"
CTR_COST = r"J(w)=-\frac{1}{N} \sum^{N}_{i=1}[y_{i}(w^{T}x_{i})-log(1+e^{w^{T}{x_{i}}})]."
#: (1.13)'s last line, verbatim (CTR)
CTR_FINAL = r"\frac{1}{N}\sum^{N}_{i=1}[(\frac{1}{1+e^{-w^{T}x_{i}}}-y_{i})x_{i}^{j}]"
#: (1.13)'s fifth line, verbatim (CTR)
CTR_MIDDLE = (r"-\frac{1}{N} \sum^{N}_{i=1}[y_{i}x_{i}^{j}-\frac{1}{1+e^{w^{T}x_{i}}}\cdot e^{w^{T}x_{i}}\cdot "
              r"x_{i}^{j}]")
COMPONENT_NOTE = "x_{i}^{j} is read as x_{ij}, feature j of example i, not a power"


def _ctr_cost(X, y, w):
    """(1.11) by hand: −(1/N)Σ[y_i w·x_i − log(1 + e^{w·x_i})]."""
    z = X @ w
    return -np.mean(y * z - np.log1p(np.exp(z)))


def test_the_hand_gradient_of_the_ctr_cost():
    """By hand ∂/∂w_j of (1.11) is (1/N)Σ(σ(w·x_i) − y_i)x_ij, and (1.13)'s middle line −(1/N)Σ[y_i x_ij −
    e^{z}/(1 + e^{z}) x_ij] is the same: both held to finite differences here."""
    rng = np.random.default_rng(29)
    X, y, w = rng.normal(size=(5, 3)), rng.uniform(size=5), rng.normal(size=3)
    numeric = _fd(lambda v: _ctr_cost(X, y, v), w)
    z = X @ w
    assert np.allclose(X.T @ (sig(z) - y) / 5, numeric, rtol=1e-6, atol=1e-9)
    assert np.allclose(-(X.T @ (y - np.exp(z) / (1 + np.exp(z)))) / 5, numeric, rtol=1e-6, atol=1e-9)
    # the variant's 1/(1 + e^{z}) is 1 − σ(z): not the gradient
    assert not np.allclose(X.T @ (1 / (1 + np.exp(z)) - y) / 5, numeric, rtol=1e-3)


@pytest.mark.parametrize("answer, verdict", [
    (CTR_FINAL, "equivalent"),
    (CTR_MIDDLE, "equivalent"),
    # (1.13)'s last line with the exponent's sign lost: 1/(1 + e^{z}) is 1 − σ(z)
    (r"\frac{1}{N}\sum^{N}_{i=1}[(\frac{1}{1+e^{w^{T}x_{i}}}-y_{i})x_{i}^{j}]", "different"),
])
def test_superscript_component_answers(answer, verdict):
    _assert_verdict(answer, CTR_COST, verdict, wrt="w_j")
    assert any(COMPONENT_NOTE in note for note in check(answer, cost=CTR_COST, wrt="w_j").notes)


@pytest.mark.parametrize("answer", [
    # no transpose of x_i anywhere: a power j (polynomial features, w_j x_i^j) is as likely
    r"\frac{1}{N}\sum^{N}_{i=1}[(\frac{1}{1+e^{-w_j x_{i}^{j}}}-y_{i})x_{i}^{j}]",
    # the transpose is of an unindexed x: nothing says x_i is a vector
    r"\frac{1}{N}\sum^{N}_{i=1}[(\frac{1}{1+e^{-w^{T}x}}-y_{i})x_{i}^{j}]",
])
def test_superscript_without_a_vector_x_i_stays_refused(answer):
    error = _refusal(lambda: check(answer, cost=CTR_COST, wrt="w_j"))
    assert "x_i to the power j (polynomial features) or feature j of example i" in str(error)


def test_a_number_over_a_vector_x_i_is_not_read_as_a_feature():
    """x_{i}^{2} beside wᵀx_i is no feature index: whatever it is read as, it is not the gradient."""
    answer = r"\frac{1}{N}\sum^{N}_{i=1}[(\frac{1}{1+e^{-w^{T}x_{i}}}-y_{i})x_{i}^{2}]"
    result = check(answer, cost=CTR_COST, wrt="w_j")
    assert result.verdict == "different"
    assert not any(COMPONENT_NOTE.replace("{j}", "{2}") in note for note in result.notes)


def test_superscript_component_note_in_every_format():
    result = check(CTR_FINAL, cost=CTR_COST, wrt="w_j")
    for shown in (result.to_text(), result.to_markdown(), result.to_json(), result.to_latex()):
        assert "feature j of example i, not a power" in shown


# --- np.matrix code that squares with np.power: X * theta.T is Xθ ---------------------------------------------

WANGDOOO = "github:WangDooo/Machine-Learning:Ng-Lesson/Test/各个函数的python实现.py (def computeCost)"
#: computeCost's two lines, verbatim (WANGDOOO)
INNER = "inner = np.power(((X * theta.T) - y), 2)"
COMPUTE_COST = "np.sum(inner) / (2 * len(X))"
MATRIX_NOTE = "read as np.matrix code: np.power is its entry-by-entry power"


def _half_mse(d):
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def test_np_matrix_power_cost_is_the_half_mean_squared_error():
    """np.matrix's X * theta.T (θ a 1×n row) is Xθ: Σ(Xθ − y)²/(2m), checked by finite differences."""
    _assert_gradient(COMPUTE_COST, _half_mse, lets=(INNER,))
    derivation = derive(COMPUTE_COST, let=(INNER,))
    assert any(MATRIX_NOTE in note for note in derivation.problem.notes)
    for shown in (derivation.to_text(), derivation.to_markdown(), derivation.to_json(), derivation.to_latex()):
        assert "np.power is its entry-by-entry power" in shown


def test_the_hand_gradient_of_the_half_mse():
    """By hand ∂/∂θ Σ(Xθ − y)²/(2m) = Xᵀ(Xθ − y)/m: held to finite differences here."""
    rng = np.random.default_rng(2)
    X, y, theta = rng.normal(size=(4, 3)), rng.normal(size=4), rng.normal(size=3)
    cost = lambda t: np.sum((X @ t - y) ** 2) / 8  # noqa: E731
    assert np.allclose(X.T @ (X @ theta - y) / 4, _fd(cost, theta), rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("cost", [
    "np.sum(np.power(X * theta - y, 2)) / (2 * len(X))",  # no .T: nothing says θ is np.matrix's row
    "np.sum((X * theta.T - y)**2) / (2 * len(X))",  # '**' of an np.matrix is a matrix power: arrays, broadcast
    "np.sum(np.power(X * theta.T - y, 2)) / (2 * len(X)) + np.sum(theta)",  # θ written otherwise too
])
def test_numpy_star_without_the_np_matrix_marks_stays_refused(cost):
    error = _refusal(lambda: derive(cost))
    assert isinstance(error, InputError)
    assert "in NumPy '*' multiplies entry by entry" in str(error)


# --- Octave's theta(2:size(theta), 1): θ without the intercept, column 1 of the n×1 θ named -------------------

YUHAOHA = ("github:yuhaoha/Machine-Learning-Experiment:machine-learning-ex2/ex2/costFunctionReg.m "
           "(J = …, '偏置项不需要正则化')")
#: costFunctionReg.m's J, verbatim (YUHAOHA)
YUHAOHA_J = ("1/m * sum((-y).*log(sigmoid(X*theta))-(1-y).*log(1-sigmoid(X*theta))) + lambda / (2*m) * sum( "
             "theta(2:size(theta), 1).^2 )")


def _ex2_reg_skip_first(d):
    """By hand: the mean cross-entropy of σ(Xθ) plus λ/(2m)Σ_{k≥2}θ_k² (θ(1), the intercept, not penalised)."""
    p = sig(d.X @ d.theta)
    data = -np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))
    return float(data) + d.lam / (2 * d.m) * float(np.sum(d.theta[1:] ** 2))


def test_octave_tail_with_its_column_named():
    _assert_gradient(YUHAOHA_J, _ex2_reg_skip_first, lets=("m = length(y)",))
    notes = derive(YUHAOHA_J, let=("m = length(y)",)).problem.notes
    assert any("θ(2:end) is θ without its first entry" in note for note in notes), notes


def test_the_hand_gradient_of_the_unpenalised_intercept():
    """By hand ∂/∂θ of λ/(2m)Σ_{k≥2}θ_k² is (λ/m)[0; θ_2; …]: held to finite differences here."""
    rng = np.random.default_rng(3)
    theta, lam, m = rng.normal(size=4), 0.7, 5
    penalty = lambda t: lam / (2 * m) * np.sum(t[1:] ** 2)  # noqa: E731
    assert np.allclose(lam / m * np.r_[0, theta[1:]], _fd(penalty, theta), rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("tail", ["theta(2:size(theta), 2)", "theta(3:end, 1)", "theta(2:size(theta), 1:2)"])
def test_other_octave_ranges_stay_refused(tail):
    """Another column of the n×1 θ, another first entry, or a range of columns: not θ without the intercept."""
    cost = f"1/(2*m) * sum((X*theta - y).^2) + lambda/(2*m) * sum({tail}.^2)"
    error = _refusal(lambda: derive(cost))
    assert "unexpected character ':'" in str(error)


# --- a class's attributes set by a --let (self.lbd = …), and SciPy's factorial of the data ---------------------

NABLABITS = ("github:nablabits/ThinkBayes2:notebooks/Maximum Likelihood Estimation.ipynb (class PoissonRegression, "
             "get_log_likelihood and get_gradient)")
#: get_log_likelihood's lines, verbatim (NABLABITS; self.lbd from update_lambda)
NABLA_J = "(a + b + c).sum()"
NABLA_LETS = (
    "self.lbd = np.exp(self.X @ self.beta)",
    "a = self.y * np.log(self.lbd)",
    "b = - np.log(factorial(self.y))",
    "c = - self.lbd",
)
SELF_NOTE = "self.X, self.beta, self.lbd, self.y: the object's attribute is the quantity itself (self. dropped)"


def _poisson_loglik(d):
    """By hand: Σ[y_i x_iβ − log(y_i!) − e^{x_iβ}] (log y! as log Γ(y + 1), a constant of β)."""
    from math import lgamma

    z = d.X @ d.beta
    return float(np.sum(d.y * z - np.array([lgamma(v + 1.0) for v in d.y]) - np.exp(z)))


def test_poisson_class_log_likelihood():
    _assert_gradient(NABLA_J, _poisson_loglik, wrt=("beta_j",), lets=NABLA_LETS)
    derivation = derive(NABLA_J, wrt="beta_j", let=NABLA_LETS)
    assert SELF_NOTE in derivation.problem.notes
    assert any("factorial(y) is a factorial of the data" in note for note in derivation.problem.notes)
    for shown in (derivation.to_text(), derivation.to_markdown(), derivation.to_json(), derivation.to_latex()):
        assert "factorial(y) is a factorial of the data" in shown


def test_the_hand_gradient_of_the_poisson_log_likelihood():
    """By hand ∂/∂β Σ[y_i x_iβ − e^{x_iβ}] = Xᵀ(y − e^{Xβ}): held to finite differences here."""
    rng = np.random.default_rng(4)
    X, y, beta = rng.normal(size=(5, 2)), rng.integers(0, 4, size=5).astype(float), rng.normal(size=2) / 2
    loglik = lambda b: np.sum(y * (X @ b) - np.exp(X @ b))  # noqa: E731
    assert np.allclose(X.T @ (y - np.exp(X @ beta)), _fd(loglik, beta), rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("answer, verdict", [
    ("self.X.T @ (self.y - self.lbd)", "equivalent"),  # get_gradient, verbatim: Xᵀ(y − λ)
    ("self.X.T @ (self.lbd - self.y)", "different"),  # the negative log-likelihood's gradient
])
def test_poisson_class_gradients(answer, verdict):
    _assert_verdict(answer, NABLA_J, verdict, wrt="beta_j", lets=NABLA_LETS)


@pytest.mark.parametrize("let, message", [
    ("b = - np.log(factorial(self.beta))", "a factorial is read only of a name of the data"),
    ("b = - np.log(factorial(self.X @ self.beta))", "a factorial is read only of a name of the data"),
    ("b = - np.log(factorial(self.model))", "'self.' is Python code inside a class"),
])
def test_factorials_of_the_parameters_and_unknown_attributes_stay_refused(let, message):
    lets = (NABLA_LETS[0], NABLA_LETS[1], let, NABLA_LETS[3])
    error = _refusal(lambda: derive(NABLA_J, wrt="beta_j", let=lets))
    assert message in str(error)


# --- \overrightarrow{w}: the long arrow over a vector, as \vec -----------------------------------------------

LHHMMIII = "github:lhhmmiii/Linear-Regression:README.md ('## 1. Dạng của Linear Regerssion', '## 2. Hàm mất mát')"
#: the README's model, verbatim (LHHMMIII)
LHH_LET = r"f_{\overrightarrow{w},b}(x^{(i)})=\overrightarrow{w}x^{(i)}+b"
#: its cost with the sum's limits 1..m (the README's own 0..m is a slip, read since issue 10 as the m examples)
LHH_COST = r"J(w,b)=\frac{1}{2m} \sum\limits_{i=1}^{m}(f_{\overrightarrow{w},b}(x^{(i)})-y^{(i)})^2"


def _half_mse_w_b(d):
    return float(np.sum((d.X @ d.w + d.b - d.y) ** 2)) / (2 * d.m)


def test_long_arrow_vector_model():
    """\\overrightarrow{w}x^{(i)} + b is w·x⁽ⁱ⁾ + b: Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)²/(2m), checked by finite differences in w and b."""
    _assert_gradient(LHH_COST, _half_mse_w_b, wrt=("w_j", "b"), lets=(LHH_LET,))
    notes = derive(LHH_COST, wrt="w_j", let=(LHH_LET,)).problem.notes
    assert any("is read as wᵀx, the dot product" in note for note in notes), notes


def test_the_readme_sum_from_0_to_m_is_read_as_the_m_examples():
    """Σ_{i=0}^{m} beside 1/(2m): the 1/(2m) says m examples, so the README's slip is read as the mean (issue 10).

    Changed from a refusal: by hand the writer's cost is Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)²/(2m) over the m examples (the
    README's own dJ/db sums i = 0 … m−1), checked by finite differences; the note names the literal m + 1 terms.
    """
    zero = LHH_COST.replace("i=1", "i=0")
    _assert_gradient(zero, _half_mse_w_b, wrt=("w_j", "b"), lets=(LHH_LET,))
    notes = derive(zero, wrt="w_j", let=(LHH_LET,)).problem.notes
    assert any("has m + 1 terms, beside 1/m: read as the m examples i = 1..m" in note for note in notes), notes


def test_the_readme_sum_from_0_to_m_without_its_mean_stays_refused():
    """With no 1/m beside it, Σ_{i=0}^{m} may be m + 1 examples: refused, arrow or not."""
    bare = LHH_COST.replace("i=1", "i=0").replace(r"\frac{1}{2m} ", "")
    error = _refusal(lambda: derive(bare, wrt="w_j", let=(LHH_LET,)))
    assert "a sum over examples from 0 to m is not read" in str(error)


def test_a_long_arrow_over_a_word_is_refused():
    error = _refusal(lambda: derive(r"J=\frac{1}{2m} \sum_{i=1}^{m}(\overrightarrow{wx}+b-y_i)^2", wrt="w_j"))
    assert "must hold one letter" in str(error)


# --- E(x,y \lvert w): a conditioning bar on the left side; Σ_{n=1}^N over terms that drop the index ----------

CESCRIPT = ("github:cescript/cescript.github.io:_posts/2015-07-23-lojistik-regresyon-analizi.md (Turkish blog, "
            "E(x,y|w) and the gradient under '### Gradyan İniş Yöntemi')")
#: the function the blog minimises, verbatim (CESCRIPT); labels y ∈ {−1, +1}
CESCRIPT_E = r"E(x,y \lvert w) = \sum_{n=1}^N \log\left ({1+e^{-yw^\intercal x}}\right )"
BARE_NOTE = "its terms write the data without the index n (y, x bare): read as the n-th example's"


def _logistic_pm1(X, y, w):
    """By hand: Σ_n log(1 + e^{−y_n w·x_n}), read with the labels as given."""
    return float(np.sum(np.log1p(np.exp(-y * (X @ w)))))


def test_the_hand_gradient_of_the_pm1_logistic_loss():
    """By hand ∇_w Σ log(1 + e^{−y w·x}) = −Σ y_n x_n σ(−y_n w·x_n): held to finite differences here, and the blog's
    −Σ y_n x_n log(1 + e^{−y_n w·x_n}) (the log where σ belongs) is not it."""
    rng = np.random.default_rng(5)
    X, y, w = rng.normal(size=(6, 3)), rng.choice([-1.0, 1.0], size=6), rng.normal(size=3)
    numeric = _fd(lambda v: _logistic_pm1(X, y, v), w)
    z = y * (X @ w)
    assert np.allclose(-(X.T @ (y * sig(-z))), numeric, rtol=1e-6, atol=1e-9)
    assert not np.allclose(-(X.T @ (y * np.log1p(np.exp(-z)))), numeric, rtol=1e-3)


def test_conditioning_bar_and_bare_data_in_the_sum():
    _assert_gradient(CESCRIPT_E, lambda d: _logistic_pm1(d.X, d.y, d.w), wrt=("w_j",))
    derivation = derive(CESCRIPT_E, wrt="w_j")
    assert any(BARE_NOTE in note for note in derivation.problem.notes)
    assert any("a left side, not an absolute value" in note for note in derivation.problem.notes)
    for shown in (derivation.to_text(), derivation.to_markdown(), derivation.to_json(), derivation.to_latex()):
        assert "read as the n-th example" in shown


@pytest.mark.parametrize("answer, verdict, lets", [
    # the blog's gradient, verbatim: the log kept where the sigmoid belongs
    (r"\nabla_w E = -\sum_{n=1}^N yx\log\left ({1+e^{-yw^T x}}\right)", "different", ()),
    # corrected with the blog's own θ(s), its logistic function
    (r"\nabla_w E = -\sum_{n=1}^N yx\,\theta(-yw^T x)", "equivalent", (r"\theta(s) = \frac{1}{1+e^{-s}}",)),
])
def test_pm1_gradients(answer, verdict, lets):
    _assert_verdict(answer, CESCRIPT_E, verdict, wrt="w_j", lets=lets)


@pytest.mark.parametrize("cost, message", [
    # a bound that counts nothing: examples or features is not said
    (r"\sum_{n=1}^{d} \log(1+e^{-yw^T x})", "cannot tell whether the sum over 'n'"),
    # no bare data in the terms
    (r"\sum_{n=1}^N \theta_j^2", "cannot tell whether the sum over 'n'"),
    # a bar in the terms is an absolute value still
    (r"E(x,y \lvert w) = \sum_{n=1}^N \lvert y - w^T x \rvert", "an absolute value"),
])
def test_other_bars_and_sums_stay_refused(cost, message):
    error = _refusal(lambda: derive(cost, wrt="w_j"))
    assert message in str(error)


# --- a plain --let h_w(x) = …: the model's parameters as the name's subscript --------------------------------

SENBINYU = "github:senbinyu/statistical_machine_learning:lr.md ('## linear regression，线性回归', items 1 and 2)"
#: items 1 and 2, verbatim (SENBINYU)
SENBINYU_J = "J(w) = 1/2m sum_{i=1}^{m} (h_w(x_i) - y_i)^2"
SENBINYU_LET = "h_w(x) = wx + b"


def _half_mse_one_feature(d):
    """By hand: Σ(w x_i + b − y_i)²/(2m), one feature, w the slope (the notes' 1/2m is Ng's 1/(2m))."""
    return float(np.sum((d.w[0] * d.x + d.b - d.y) ** 2)) / (2 * d.m)


def test_plain_let_with_the_parameters_as_subscript():
    _assert_gradient(SENBINYU_J, _half_mse_one_feature, wrt=("w", "b"), lets=(SENBINYU_LET,))


@pytest.mark.parametrize("let", ["h_b(x) = wx + b", "h_w(z) = wx + b"])
def test_other_let_left_sides_stay_refused(let):
    error = _refusal(lambda: derive(SENBINYU_J, wrt="w", let=(let,)))
    assert "the left side of a --let is a name" in str(error)


# --- in-place updates: Octave's A.^=2, Python's loss /= m ----------------------------------------------------

SANJAR = ("github:sanjar-notes/aiml:home/4_resource_itineraries/2_coursera_machine_learning_andrew_ng/Week_1/"
          "5._Octave_Matlab_Tutorial/6._Vectorization/1._Vectorized_cost_function.md (item 1)")
#: item 1's three lines, verbatim (SANJAR)
SANJAR_LETS = ("A = (X*theta-y)", "A.^=2")
SANJAR_J = "sum(A)/(2*m)"


def test_octave_in_place_power():
    """A = Xθ − y; A.^=2 squares it: Σ(Xθ − y)²/(2m), checked by finite differences."""
    _assert_gradient(SANJAR_J, _half_mse, lets=SANJAR_LETS)
    derivation = derive(SANJAR_J, let=SANJAR_LETS)
    for shown in (derivation.to_text(), derivation.to_markdown(), derivation.to_json(), derivation.to_latex()):
        assert "updates A in place" in shown


def test_python_in_place_division():
    """loss = Σ(Xw − y)²; loss /= len(y): the mean squared error Σ(Xw − y)²/m."""
    lets = ("loss = np.sum((X @ w - y)**2)", "loss /= len(y)")
    _assert_gradient("loss", lambda d: float(np.mean((d.X @ d.w - d.y) ** 2)), wrt=("w_j",), lets=lets)


@pytest.mark.parametrize("lets", [
    ("A = (X*theta-y)", "B.^=2"),  # B is defined nowhere before: nothing to update
    ("A = (X*theta-y)", "A ^= 2"),  # Octave's ^ of a vector is a matrix power, not read
    ("A.^=2", "A = (X*theta-y)"),  # the update before the definition
])
def test_other_updates_stay_refused(lets):
    error = _refusal(lambda: derive(SANJAR_J, let=lets))
    assert isinstance(error, InputError)


# --- a textbook's logistic objective: \Pr[y{=}1 | x] defined by --let, Σ over (x_i, y_i) ∈ D, an align display ---

MLMPY = ("github:tkamishima/mlmpy:lr/lr.rst (Japanese NumPy/SciPy textbook 'ロジスティック回帰', eq-lr-objective's "
         "second line, eq-lr-model, eq-lr-gradient)")
#: eq-lr-objective's second line, verbatim (MLMPY): an align display broken inside one brace pair
MLMPY_J = (
    "- \\sum_{(\\mathbf{x}_i, y_i) \\in \\mathcal{D}}\n"
    "    \\left\\{ (1 - y_i) \\log(1 - \\Pr[y_i{=}1 | \\mathbf{x}_i]) + \\right.\\\\\n"
    "    & \\qquad\\left.\n"
    "    y_i \\log \\Pr[y_i{=}1 | \\mathbf{x}_i] \\right\\}\n"
    "    + \\frac{\\lambda}{2} \\left({\\|\\mathbf{w}\\|_2}^2 + b^2\\right)"
)
#: the model (eq-lr-model) and the sigmoid, verbatim (MLMPY)
MLMPY_LETS = (
    r"\Pr[y{=}1 | \mathbf{x}; \mathbf{w}, b] = \mathrm{sig}(\mathbf{w}^\top \mathbf{x} + b)",
    r"\mathrm{sig}(a) = \frac{1}{1 + \exp(-a)}",
)


def _mlmpy_objective(d):
    """By hand: −Σ[y_i log p_i + (1 − y_i) log(1 − p_i)] + (λ/2)(‖w‖² + b²), p_i = σ(w·x_i + b): b penalised too."""
    p = sig(d.X @ d.w + d.b)
    data = -np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))
    return float(data) + d.lam / 2 * (float(np.sum(d.w ** 2)) + d.b ** 2)


def test_the_hand_gradient_of_the_textbook_objective():
    """By hand ∂/∂w = Σ(p_i − y_i)x_i + λw and ∂/∂b = Σ(p_i − y_i)·1 + λb: held to finite differences here."""
    rng = np.random.default_rng(6)
    X, y, w, b, lam = rng.normal(size=(5, 2)), rng.uniform(size=5), rng.normal(size=2), 0.3, 0.8

    def objective(v):
        p = sig(X @ v[:2] + v[2])
        return -np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)) + lam / 2 * (v[:2] @ v[:2] + v[2] ** 2)

    p = sig(X @ w + b)
    by_hand = np.r_[X.T @ (p - y) + lam * w, np.sum(p - y) + lam * b]
    assert np.allclose(by_hand, _fd(objective, np.r_[w, b]), rtol=1e-6, atol=1e-9)


def test_textbook_objective_reads():
    _assert_gradient(MLMPY_J, _mlmpy_objective, wrt=("w_j", "b"), lets=MLMPY_LETS)
    derivation = derive(MLMPY_J, wrt="w_j", let=MLMPY_LETS)
    for said in ("defines the model's probability that y = 1 given x", "adds up over the examples (x, y) of the data set",
                 "breaks one bracket across the lines of the display", "is the sigmoid: sig read as"):
        assert any(said in note for note in derivation.problem.notes), said
        for shown in (derivation.to_text(), derivation.to_markdown(), derivation.to_json(), derivation.to_latex()):
            assert said in shown


@pytest.mark.parametrize("answer, verdict", [
    # eq-lr-gradient's second line, verbatim: the 1 written out on purpose, λb from (λ/2)b²
    (r"\sum_{(\mathbf{x}, y) \in \mathcal{D}} (\Pr[y_i{=}1 | \mathbf{x}_i] - y_i) 1 + \lambda \, b", "equivalent"),
    # the same without + λb (a variant): this objective penalises b too
    (r"\sum_{(\mathbf{x}, y) \in \mathcal{D}} (\Pr[y_i{=}1 | \mathbf{x}_i] - y_i) 1", "different"),
])
def test_textbook_gradients_in_b(answer, verdict):
    _assert_verdict(answer, MLMPY_J, verdict, wrt="b", lets=MLMPY_LETS)


def test_the_textbook_gradient_with_x_unindexed_stays_refused():
    """eq-lr-gradient's first line writes the summand's x without i (a typo): which x is not said."""
    answer = (r"\sum_{(\mathbf{x}_i, y) \in \mathcal{D}} (\Pr[y_i{=}1 | \mathbf{x}_i] - y_i) \mathbf{x} + \lambda \, "
              r"\mathbf{w}")
    error = _refusal(lambda: check(answer, cost=MLMPY_J, wrt="w_j", let=MLMPY_LETS))
    assert "has no example index" in str(error)


@pytest.mark.parametrize("cost, lets, message", [
    # no --let defines the probability: never the default model
    (r"-\sum_{i} y_i \log \Pr[y_i{=}1 | \mathbf{x}_i]", (), "unknown command '\\Pr'"),
    # the probability of y = 0, or of y_i given another example's x: not the let's
    (r"-\sum_{i} y_i \log \Pr[y_i{=}0 | \mathbf{x}_i]", MLMPY_LETS, "unknown command '\\Pr'"),
    (r"-\sum_{i} y_i \log \Pr[y_i{=}1 | \mathbf{x}_j]", MLMPY_LETS, "unknown command '\\Pr'"),
    # h is defined too: which one the cost's probability is, is not said
    (r"-\sum_{i} y_i \log \Pr[y_i{=}1 | \mathbf{x}_i]", (MLMPY_LETS[0], r"h = \sigma(\mathbf{w}^\top \mathbf{x})"),
     "unknown command '\\Pr'"),
    # a pair with two letters, or a feature letter
    (r"\sum_{(\mathbf{x}_i, y_k) \in \mathcal{D}} (\sigma(\mathbf{w}^\top \mathbf{x}_i + b) - y_i)^2", (),
     "a sum's subscript names its index"),
    (r"\sum_{(\mathbf{x}_j, y_j) \in \mathcal{D}} (\sigma(\mathbf{w}^\top \mathbf{x}_j + b) - y_j)^2", (),
     "a sum's subscript names its index"),
    # \right. that no \left. follows on the next line
    (r"-\sum_i \left\{ y_i \log \sigma(\mathbf{w}^\top \mathbf{x}_i) \right. + b", (), "an invisible delimiter"),
])
def test_near_variants_of_the_textbook_stay_refused(cost, lets, message):
    error = _refusal(lambda: derive(cost, wrt="w_j", let=lets))
    assert message in str(error)


# --- NumPy's axis=None: the default axis of sum and mean ---------------------------------------------------------

YANGQOOR = ("github:yangqoor/Public:MachineLearning/P_MachineLearning/ML_Base/supervised_learning/regression/"
            "poisson_regression/sample.py (def loss)")
#: def loss's lines, verbatim (YANGQOOR)
YANGQOOR_LETS = ("y_pred = np.exp(np.dot(X, w))", "loss = ((y_pred - y) ** 2.0)")


def _mse_of_exp(d):
    """By hand: mean((e^{Xw} − y)²), the sample's 'Poisson regression' loss as written (not the likelihood)."""
    return float(np.mean((np.exp(d.X @ d.w) - d.y) ** 2))


@pytest.mark.parametrize("cost", ["loss.mean(axis=None)", "np.mean(loss, axis = None)"])
def test_axis_none_is_every_entry(cost):
    _assert_gradient(cost, _mse_of_exp, wrt=("w_j",), lets=YANGQOOR_LETS)
    notes = derive(cost, wrt="w_j", let=YANGQOOR_LETS).problem.notes
    assert any("axis=None in" in note and "is the default (every entry)" in note for note in notes), notes


def test_the_hand_gradient_of_the_mse_of_exp():
    """By hand ∇ mean((e^{Xw} − y)²) = (2/m) Xᵀ((e^{Xw} − y) ⊙ e^{Xw}): held to finite differences here."""
    rng = np.random.default_rng(7)
    X, y, w = rng.normal(size=(5, 2)) / 2, rng.normal(size=5), rng.normal(size=2) / 2
    cost = lambda v: np.mean((np.exp(X @ v) - y) ** 2)  # noqa: E731
    mu = np.exp(X @ w)
    assert np.allclose(2 / 5 * X.T @ ((mu - y) * mu), _fd(cost, w), rtol=1e-6, atol=1e-9)


def test_axis_none_of_another_function_is_not_dropped():
    error = _refusal(lambda: derive("np.sort(loss, axis=None).mean()", wrt="w_j", let=YANGQOOR_LETS))
    assert "np.sort is not read" in str(error)


# --- \frac's braced arguments are no bracket beside a factor -------------------------------------------------

BRACES_NOTE = "{…} around a sum beside a factor is read as a bracket"


def test_frac_arguments_do_not_say_braces_are_a_bracket():
    """\\frac{1}{1 + \\exp(-a)}: its braces delimit its arguments; saying they are read as a bracket was false (the
    note showed under every written-out sigmoid of the textbook's lets)."""
    notes = derive(MLMPY_J, wrt="w_j", let=MLMPY_LETS).problem.notes
    assert not any(BRACES_NOTE in note for note in notes), notes
    notes = check(r"\frac{1}{m}\sum_{i=1}^m (x_{j}^{(i)} (\frac{1}{1+e^{-\theta^T x^{(i)}}} - y^{(i)}))",
                  cost="logistic").notes
    assert not any(BRACES_NOTE in note for note in notes), notes


def test_bare_braces_beside_a_factor_are_still_said():
    """{h − y} x_j: TeX prints no bracket, only the bracket makes sense of it: still read so, and said."""
    result = check(r"\frac{1}{m}\sum_{i=1}^{m} {h(x^{(i)}) - y^{(i)}} x_j^{(i)}", cost="logistic")
    assert result.verdict == "equivalent"
    assert any(BRACES_NOTE in note for note in result.notes), result.notes


@pytest.mark.parametrize("spelled", ["factorial(y)", "scipy.special.factorial(y)", "special.factorial(y)",
                                     "math.factorial(y)"])
def test_factorial_spellings_of_the_data(spelled):
    """log(y!) in each spelling code writes it: a constant of β, so the gradient is the log-likelihood's."""
    cost = f"np.sum(y * np.log(lbd) - np.log({spelled}) - lbd)"
    _assert_gradient(cost, _poisson_loglik, wrt=("beta_j",), lets=("lbd = np.exp(X @ beta)",))


@pytest.mark.parametrize("spelled", ["special.factorial(beta)", "math.factorial(X @ beta)"])
def test_factorials_of_the_parameters_are_refused(spelled):
    cost = f"np.sum(y * np.log(lbd) - np.log({spelled}) - lbd)"
    error = _refusal(lambda: derive(cost, wrt="beta_j", let=("lbd = np.exp(X @ beta)",)))
    assert "a factorial is read only of a name of the data" in str(error)


def test_a_written_out_dot_product_with_superscripts_stays_refused():
    """Σ_j θ_j x_i^j is also polynomial regression's h (x_i a number, θ_j the weight of its j-th power): with no
    transpose of x_i in the text, which one is not said."""
    error = _refusal(lambda: derive(r"\frac{1}{2m}\sum_{i=1}^{m}(\sum_{j=1}^{n}\theta_j x_i^j - y_i)^2"))
    assert "x_i to the power j (polynomial features) or feature j of example i" in str(error)
