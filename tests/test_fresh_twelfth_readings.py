r"""The refusal causes of the twelfth blind corpus (tests/corpus/fresh_twelfth.py), read (issue 10).

1. Octave's ``m = length(X);`` as a --let (isolution's regularised logistic cost): refused ("'m' has a fixed
   meaning"). length(X) is max(size(X)); a let that names it m says the writer means the example count:
   read so, noted. Any other name for it (n = length(X)) and any let making m another count stay refused.
2. zenn's ``H(x) = ∑(wᵢ * xᵢ) + b`` (plain Unicode, an unbounded ∑): the i made it a sum over the examples,
   nested in the cost's own ∑: "a sum over examples inside another sum over examples". A parameter is the same
   for every example, so the i it carries counts the features: read as Σᵢ wᵢxᵢ over the features, noted
   (``sum_i(theta_i^2)`` too, before refused as "'theta_i' is a vector"). A body with anything per example
   (y, x⁽ⁱ⁾) keeps its refusal.
3. A let ``h = \sum_{k=0}^{n}\theta_k x_k`` (naru; lsvih's chain ``h(x)=\sum^n_{i=0}\theta_ix_i=\theta^TX``): "a
   sum over features from 0 to n is not read". Its n + 1 terms are Ng's: θ₀ the intercept with x₀ = 1. By a
   numbered component (--wrt theta_0, theta_1) it is read θ₀ + Σₖ₌₁ⁿ θₖxₖ, the writer's numbering (an answer's x₀
   is 1); by the generic θⱼ it is θᵀx over every component (θ₀ among them), and a numbered θ₀ in the answer is
   then refused, not read as another component. A penalty Σ_{j=1}^{n} θⱼ² beside it keeps the writer's
   numbering. Any other summand (θₖ², θₖxₖ − y) or a bias b beside it keeps the refusal.
4. qrs's ``h(\theta_1, \theta_2, ..., \theta_m) = \theta_1x_1 + … + \theta_mx_m``: "a defined name is a function
   of the example only". The head lists the parameters h depends on: read as h(x), and the let's m (which counts
   those parameters) as n, noted; the cost's m still counts the examples. An m standing elsewhere in the let keeps
   the refusal. Its answer's left side ``\dfrac{\partial{J(\theta)}}{\partial{\theta_j}}`` (the subject in
   braces) was refused as "the left side of '=' names the cost"; now the braces group it.
5. A literal Unicode ``ŷ`` inside LaTeX (petcomp's chain ``J = \frac{1}{2m}\sum(ŷ _i - y _i)^2 = …``): "unexpected
   character 'ŷ'"; now \hat{y}, noted.
6. NumPy's column form ``np.r_[np.zeros([1, 1]), theta[1:, :]]`` (kichi's theta_reg): "NumPy's np.r_ is not read";
   now θ with its intercept zeroed, as ``[0; theta(2:end)]`` is read, noted. A 1-D zero on a column (which NumPy
   cannot stack) stays refused.
7. karlla's chain-rule step ``\frac{1}{2n}\sum 2(wx^{(i)} + b - y^{(i)}) \cdot \frac{\partial}{\partial w}(wx^{(i)} + b -
   y^{(i)})`` was "undecided: … not finished". A TA accepts it: the derivative left is of an expression linear in
   w, its value x⁽ⁱ⁾ read off; so an answer whose only derivatives left are of such expressions and whose value is
   the gradient is "equivalent", noted; a wrong one stays "different"; a derivative of anything else (σ, a
   square, the cost itself: the question restated) stays "undecided", unfinished.

Gradients are held against central finite differences of NumPy costs written here by hand (tests/_numeric.py);
verdicts are worked by hand in the docstrings, never copied from logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from corpus.items import Cost
from corpus.judge import judge_cost
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(12)


def _sig(z):
    return 1 / (1 + np.exp(-z))


def _notes(result):
    """Every note a verdict shows: the answer's and the cost's (the problem's)."""
    return tuple(result.notes) + tuple(result.problem.notes)


# --- 1. Octave's m = length(X); -----------------------------------------------------------------------------

_ISO_J0 = "((-y' * log(hx)) - ((1-y)' * log(1-hx)))/m"
_ISO_J = "(sum(-y' * log(hx) - (1 - y') * log(1 - hx)) / m) + lambda * sum(theta(2:end).^2) / (2*m)"
_ISO_LETS = ("hx = sigmoid(X * theta);", "m = length(X);")


def test_the_isolution_gradients_by_finite_differences():
    """J₀ = −(1/m)Σ[y log h + (1−y) log(1−h)] → Xᵀ(h − y)/m; J = J₀ + λ/(2m)Σ_{j≥2}θⱼ² adds λθⱼ/m for j ≥ 2."""
    X, y, theta, lam = RNG.normal(size=(7, 3)), RNG.integers(0, 2, 7).astype(float), RNG.normal(size=3), 0.6
    m = X.shape[0]

    def j0(t):
        h = _sig(X @ t)
        return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))

    unreg = X.T @ (_sig(X @ theta) - y) / m
    assert np.allclose(_fd(j0, theta), unreg, atol=1e-6)
    masked = unreg + lam * theta * np.r_[0, np.ones(2)] / m
    assert np.allclose(_fd(lambda t: j0(t) + lam / (2 * m) * np.sum(t[1:] ** 2), theta), masked, atol=1e-6)
    assert not np.allclose(masked, unreg + lam * theta / m)  # the unmasked variant differs in entry 1


@pytest.mark.parametrize("answer, cost, verdict", [
    ("((hx - y)' * X / m)'", _ISO_J0, "equivalent"),
    ("((hx - y)' * X / m)' + lambda .* theta .* [0; ones(length(theta)-1, 1)] ./ m", _ISO_J, "equivalent"),
    ("((hx - y)' * X / m)' + lambda .* theta ./ m", _ISO_J, "different"),  # regularised intercept
    ("((hx - y)' * X / m)' + lambda .* theta .* [0; ones(length(theta)-1, 1)] ./ (2*m)", _ISO_J, "different"),
])
def test_m_equals_length_of_X_is_read_as_the_example_count(answer, cost, verdict):
    # before: "'m' has a fixed meaning and cannot be redefined"
    result = check(answer, cost=cost, let=_ISO_LETS)
    assert result.verdict == verdict
    assert any("m = length(X) is Octave's larger size of X" in note for note in _notes(result)), _notes(result)


@pytest.mark.parametrize("let, words", [("n = length(X);", "fixed meaning"),
                                        ("m = length(theta);", "number of features")])
def test_other_lets_of_a_size_of_X_stay_refused(let, words):
    with pytest.raises(InputError) as caught:
        check("((hx - y)' * X / m)'", cost=_ISO_J0, let=("hx = sigmoid(X * theta);", let))
    assert words in str(caught.value)


def test_m_equals_size_of_X_2_beside_X_theta_is_the_feature_count():
    # X * theta: X is m×n, so size(X, 2) is n; named m it is read as n, as the code computes it (fixcode9, f17-seth)
    result = check("((hx - y)' * X / m)'", cost=_ISO_J0, let=("hx = sigmoid(X * theta);", "m = size(X, 2);"))
    assert any("so m is read as n" in note for note in _notes(result)), _notes(result)


# --- 2. ∑(wᵢ * xᵢ): a parameter's subscript i counts the features --------------------------------------------

_ZENN_J = "Cost(w, b) = (1 / 2m) ∑(H(x⁽ⁱ⁾) - y⁽ⁱ⁾)²"
_ZENN_LETS = ("H(x) = ∑(wᵢ * xᵢ) + b",)


def test_the_zenn_gradients_by_finite_differences():
    """Cost = (1/2m)Σ(Xw + b − y)² → ∂/∂wⱼ = (1/m)Σ(H − y)xⱼ, ∂/∂b = (1/m)Σ(H − y); y − H is minus it."""
    X, y, w, b = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3), 0.4
    m = X.shape[0]
    grad = _fd(lambda v: np.sum((X @ v[:3] + v[3] - y) ** 2) / (2 * m), np.r_[w, b])
    residual = X @ w + b - y
    assert np.allclose(grad[:3], X.T @ residual / m, atol=1e-6) and np.isclose(grad[3], residual.mean(), atol=1e-6)
    assert not np.allclose(grad[:3], X.T @ -residual / m)


@pytest.mark.parametrize("answer, wrt, verdict", [
    ("∂Cost/∂wⱼ = (1 / m) ∑(H(x⁽ⁱ⁾) - y⁽ⁱ⁾) * xⱼ⁽ⁱ⁾", "w_j", "equivalent"),
    ("∂Cost/∂b = (1 / m) ∑(H(x⁽ⁱ⁾) - y⁽ⁱ⁾)", "b", "equivalent"),
    ("(1 / m) ∑(y⁽ⁱ⁾ - H(x⁽ⁱ⁾)) * xⱼ⁽ⁱ⁾", "w_j", "different"),  # the sign flipped
    ("(1 / m) ∑(H(x⁽ⁱ⁾) - y⁽ⁱ⁾)", "w_j", "different"),  # ∂/∂b given for wⱼ
])
def test_a_sum_of_parameters_subscripted_by_i_is_over_the_features(answer, wrt, verdict):
    # before: "a sum over examples inside another sum over examples" at the let's ∑
    result = check(answer, cost=_ZENN_J, wrt=wrt, let=_ZENN_LETS)
    assert result.verdict == verdict
    assert any("i subscripts a parameter" in note and "over the features" in note for note in _notes(result))


@pytest.mark.parametrize("let", ["H(x) = sum_i(w_i * x_i) + b", "H(x) = ∑ᵢ wᵢ xᵢ + b"])
def test_the_same_reading_with_the_index_written_on_the_sum(let):
    assert check("(1 / m) ∑(H(x⁽ⁱ⁾) - y⁽ⁱ⁾) * xⱼ⁽ⁱ⁾", cost=_ZENN_J, wrt="w_j", let=(let,)).verdict == "equivalent"


def test_a_penalty_over_theta_i_is_over_the_features():
    """λ/(2m)Σᵢθᵢ² → λθⱼ/m (FD); before: "'theta_i' is a vector"."""
    theta, lam, m = RNG.normal(size=4), 0.8, 5
    assert np.allclose(_fd(lambda t: lam / (2 * m) * np.sum(t**2), theta), lam * theta / m, atol=1e-6)
    assert check("lambda/m theta_j", cost="lambda/(2m) sum(theta_i^2)").verdict == "equivalent"
    assert check("lambda/(2m) theta_j", cost="lambda/(2m) sum(theta_i^2)").verdict == "different"


@pytest.mark.parametrize("cost", ["(1/(2m)) sum_i(w_i x_i - y_i)^2", "sum(w_i x^(i))", "sum(w_i x_i + y_i)"])
def test_a_parameter_with_i_beside_something_per_example_stays_refused(cost):
    with pytest.raises(InputError):
        derive(cost, wrt="w_j")


# --- 3. a sum over the features from 0 to n: θ₀ the intercept, x₀ = 1 ---------------------------------------

_NARU_J = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}\left( h_{\theta}(x^{(i)}) – y^{(i)} \right)^{2}"
_NARU_LETS = (r"h_{\theta}(x^{(i)}) = \sum_{k=0}^{n}\theta_{k}x_{k}^{(i)}",)
_LSVIH_J = r"J(\theta_0,\theta_1,...,\theta_n)=\frac{1}{2m}\sum^m_{i=1}(h_\theta(x^{(i)})-y^{(i)})^2"
_LSVIH_LETS = (r"h(x)=\sum^n_{i=0}\theta_ix_i=\theta^TX",)
_STEP = r"\frac{1}{m}\sum^m_{i=1}(h_\theta(x^{(i)})-y^{(i)})"


def _half_mse(d):
    """(1/2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², θ and x holding every component."""
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def test_the_intercept_gradients_by_finite_differences():
    """With x₀ = 1: ∂J/∂θ₀ = (1/m)Σ(h − y), ∂J/∂θ₁ = (1/m)Σ(h − y)x₁; θ₁'s formula given for θ₀ differs."""
    X = np.c_[np.ones(6), RNG.normal(size=(6, 2))]
    y, theta = RNG.normal(size=6), RNG.normal(size=3)
    grad = _fd(lambda t: np.sum((X @ t - y) ** 2) / (2 * 6), theta)
    residual = X @ theta - y
    assert np.isclose(grad[0], residual.mean(), atol=1e-6) and np.isclose(grad[0], np.mean(residual * X[:, 0]))
    assert np.isclose(grad[1], np.mean(residual * X[:, 1]), atol=1e-6)
    assert not np.isclose(grad[0], np.mean(residual * X[:, 1]))


@pytest.mark.parametrize("cost, lets", [(_NARU_J, _NARU_LETS), (_LSVIH_J, _LSVIH_LETS)])
def test_by_theta_j_the_sum_from_zero_is_every_component(cost, lets):
    # before: "a sum over features from 0 to n is not read"
    outcome = judge_cost(Cost(id=cost, source="test", text=cost, intended=_half_mse, lets=lets))
    assert outcome.kind == "right", outcome.detail
    notes = derive(cost, let=lets).problem.notes
    assert any(note.startswith("Σ from 0 to n over every component") for note in notes), notes
    result = check(_STEP + r"x^{(i)}_j", cost=cost, let=lets)
    assert result.verdict == "equivalent"


@pytest.mark.parametrize("cost, lets", [(_NARU_J, _NARU_LETS), (_LSVIH_J, _LSVIH_LETS)])
@pytest.mark.parametrize("answer, wrt, verdict", [
    (_STEP + r"x^{(i)}_0", "theta_0", "equivalent"),  # x₀ = 1
    (_STEP, "theta_0", "equivalent"),
    (_STEP + r"x^{(i)}_1", "theta_0", "different"),  # θ₁'s formula for θ₀
    (_STEP + r"x^{(i)}_1", "theta_1", "equivalent"),
    (_STEP, "theta_1", "different"),  # the intercept's formula for θ₁
])
def test_by_a_numbered_component_the_writer_numbering_holds(cost, lets, answer, wrt, verdict):
    result = check(answer, cost=cost, wrt=wrt, let=lets)
    assert result.verdict == verdict
    assert any(note.startswith("Σ from 0 to n: ") for note in _notes(result)), _notes(result)


def test_a_numbered_theta_zero_in_the_answer_by_theta_j_is_refused():
    """By θⱼ the sum is every component numbered 1..n: the answer's θ₀ (by hand, with x₀ = 1, equivalent) would be
    another component, so it is refused, not called different."""
    with pytest.raises(InputError) as caught:
        check(r"\frac{1}{m}\sum^m_{i=1}(\theta_0 + \sum_{k=1}^n\theta_k x_k^{(i)}-y^{(i)})x^{(i)}_j", cost=_NARU_J,
              let=_NARU_LETS)
    assert "numbered component" in str(caught.value)
    written = r"\frac{1}{m}\sum^m_{i=1}(\sum_{k=0}^n\theta_k x_k^{(i)}-y^{(i)})x^{(i)}_j"
    assert check(written, cost=_NARU_J, let=_NARU_LETS).verdict == "equivalent"


def test_a_penalty_from_one_keeps_the_writer_numbering():
    """J + λ/2m Σ_{j=1}^n θⱼ² with θ₀ the intercept: ∂/∂θⱼ = (1/m)Σ(h − y)xⱼ + λθⱼ/m for j ≥ 1 (FD, x₀ = 1)."""
    X = np.c_[np.ones(5), RNG.normal(size=(5, 2))]
    y, theta, lam = RNG.normal(size=5), RNG.normal(size=3), 0.9
    grad = _fd(lambda t: np.sum((X @ t - y) ** 2) / 10 + lam / 10 * np.sum(t[1:] ** 2), theta)
    residual = X @ theta - y
    assert np.allclose(grad[1:], X[:, 1:].T @ residual / 5 + lam * theta[1:] / 5, atol=1e-6)
    cost = _NARU_J.replace("–", "-") + r" + \frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2"
    answer = r"\frac{1}{m}\sum^m_{i=1}(h_\theta(x^{(i)})-y^{(i)})x^{(i)}_j + \frac{\lambda}{m}\theta_j"
    result = check(answer, cost=cost, let=_NARU_LETS)
    assert result.verdict == "equivalent"
    assert any(note.startswith("Σ from 0 to n: ") for note in _notes(result))
    assert check(_STEP + r"x^{(i)}_0", cost=cost, wrt="theta_0", let=_NARU_LETS).verdict == "equivalent"


@pytest.mark.parametrize("let", [r"h(x) = \sum_{k=0}^{n}\theta_k^2 x_k", r"h(x) = \sum_{k=0}^{n}\theta_k x_k + b",
                                 r"h(x) = \sum_{k=0}^{n}(\theta_k x_k + 1)"])
def test_other_sums_from_zero_to_n_stay_refused(let):
    with pytest.raises(InputError) as caught:
        derive(_VETRZ_J, let=(let,))
    assert "from 0 to n is not read" in str(caught.value)


_VETRZ_J = r"J(\theta) = \frac{1}{2m} \sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)})^2"


# --- 4. a let's head listing the parameters: h(θ₁, θ₂, ..., θ_m) ---------------------------------------------

_QRS_J = r"J(\theta) = \dfrac{1}{2m} \sum\limits_{i=1}^m{\big[ h(x^i) - y^i \big]^2}"
_QRS_LETS = (r"h(\theta_1, \theta_2, ..., \theta_m) = \theta_1x_1 + \theta_2x_2 + ... + \theta_mx_m",)


def test_the_parameter_list_head_is_h_of_the_example():
    # before: "a defined name is a function of the example only" at the let's head
    outcome = judge_cost(Cost(id="qrs", source="test", text=_QRS_J, intended=_half_mse, lets=_QRS_LETS))
    assert outcome.kind == "right", outcome.detail
    notes = derive(_QRS_J, let=_QRS_LETS).problem.notes
    assert any("lists the parameters h depends on" in note and "read as n" in note for note in notes), notes


@pytest.mark.parametrize("answer, verdict", [
    (r"\dfrac{\partial{J(\theta)}}{\partial{\theta_j}} = \dfrac{1}{m}\sum\limits_{i=1}^{m}\big[h_\theta(x^i) - y^i "
     r"\big] x_j^i", "equivalent"),
    (r"\dfrac{\partial{J(\theta)}}{\partial{\theta_j}} = \dfrac{1}{2m}\sum\limits_{i=1}^{m}\big[h_\theta(x^i) - y^i "
     r"\big] x_j^i", "different"),  # the ½ kept
])
def test_the_qrs_answer_with_its_braced_left_side(answer, verdict):
    """(1/2m)Σ(θᵀx − y)² → (1/m)Σ(h − y)xⱼ (FD in test_by_theta_j_the_sum_from_zero_is_every_component's cost)."""
    assert check(answer, cost=_QRS_J, let=_QRS_LETS).verdict == verdict


def test_a_parameter_list_head_with_its_letter_elsewhere_stays_refused():
    let = r"h(\theta_1, \theta_2, ..., \theta_m) = \theta_1x_1 + \theta_2x_2 + ... + \theta_mx_m + \frac{1}{m}"
    with pytest.raises(InputError) as caught:
        derive(_QRS_J, let=(let,))
    assert "function of the example" in str(caught.value)


# --- 5. a Unicode ŷ inside LaTeX ----------------------------------------------------------------------------

_PET_J = (r"J(\theta _0 , \theta _1) = \frac{1}{2m} \sum _{i=1} ^m (ŷ _i - y _i) ^2 = \frac{1}{2m} \sum _{i=1} ^m "
          r"(h _{\theta}(x _i) - y _i) ^2")
_PET_LETS = (r"h _{\theta}(x) = \theta _0 + \theta _1 x",)


def _half_mse01(d):
    return float(np.sum((d.theta0 + d.theta1 * d.x - d.y) ** 2)) / (2 * d.m)


def test_the_unicode_yhat_inside_latex_is_the_prediction():
    """(1/2m)Σ(θ₀ + θ₁x − y)² → ∂/∂θ₀ = (1/m)Σ(h − y), ∂/∂θ₁ = (1/m)Σ(h − y)x (FD below)."""
    x, y, t = RNG.normal(size=5), RNG.normal(size=5), RNG.normal(size=2)
    grad = _fd(lambda v: np.sum((v[0] + v[1] * x - y) ** 2) / 10, t)
    residual = t[0] + t[1] * x - y
    assert np.allclose(grad, [residual.mean(), np.mean(residual * x)], atol=1e-6)
    # before: "unexpected character 'ŷ'"
    outcome = judge_cost(Cost(id="pet", source="test", text=_PET_J, intended=_half_mse01,
                              wrt=("theta_0", "theta_1"), lets=_PET_LETS))
    assert outcome.kind == "right", outcome.detail
    assert any("Unicode ŷ is read as \\hat{y}" in note for note in derive(_PET_J, wrt="theta_0", let=_PET_LETS).problem.notes)


@pytest.mark.parametrize("answer, verdict", [(r"\frac{1}{m}\sum_i (ŷ_i - y_i) x_{ij}", "equivalent"),
                                             (r"\frac{1}{m}\sum_i (y_i - ŷ_i) x_{ij}", "different")])
def test_the_unicode_yhat_in_an_answer(answer, verdict):
    cost, lets = r"\frac{1}{2m}\sum_i (\hat{y}_i - y_i)^2", (r"\hat{y}_i = \theta^T x_i",)
    assert check(answer, cost=cost, let=lets).verdict == verdict


# --- 6. np.r_[np.zeros([1, 1]), theta[1:, :]] ----------------------------------------------------------------

_KICHI_J = "1/m*sum(-y*np.log(h) - (1-y)*(np.log(1-h))) + alpha/(2*m)*sum(theta_reg**2)"
_KICHI_LETS = ("m = X.shape[0]", "h = sigmoid(np.dot(X, theta))", "theta_reg = np.r_[np.zeros([1, 1]), theta[1:, :]]")


def test_the_kichi_gradient_by_finite_differences():
    """J = mean CE + α/(2m)Σ_{j≥2}θⱼ² → Xᵀ(h − y)/m + (α/m)θ_reg, θ_reg = θ with its first entry 0."""
    X, y, theta, alpha = RNG.normal(size=(6, 3)), RNG.integers(0, 2, 6).astype(float), RNG.normal(size=3), 0.7

    def cost(t):
        h = _sig(X @ t)
        return np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h)) + alpha / 12 * np.sum(t[1:] ** 2)

    theta_reg = np.r_[np.zeros([1, 1]), theta.reshape(-1, 1)[1:, :]].ravel()
    assert np.allclose(_fd(cost, theta), X.T @ (_sig(X @ theta) - y) / 6 + alpha / 6 * theta_reg, atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [("1/m*(np.dot(X.T,(h - y))) + alpha/m * theta_reg", "equivalent"),
                                             ("1/m*(np.dot(X.T,(h - y))) + alpha/m * theta", "different")])
def test_numpy_column_zero_first_is_theta_with_its_intercept_zeroed(answer, verdict):
    # before: "NumPy's np.r_ is not read"
    result = check(answer, cost=_KICHI_J, let=_KICHI_LETS)
    assert result.verdict == verdict
    assert any("with its first entry, the intercept, set to 0" in note for note in _notes(result)), _notes(result)


def test_a_one_by_one_zero_on_the_tail_stacks_on_a_column():
    # np.r_[np.zeros((1,1)), theta[1:]] runs only with θ an n×1 column (on a 1-D θ NumPy raises), whose theta[1:]
    # is its rows after the first: the zeroed θ again (fixnp; before, refused as a zero that does not stack)
    lets = (*_KICHI_LETS[:2], "theta_reg = np.r_[np.zeros((1,1)), theta[1:]]")
    assert check("1/m*(np.dot(X.T,(h - y))) + alpha/m * theta_reg", cost=_KICHI_J, let=lets).verdict == "equivalent"
    assert check("1/m*(np.dot(X.T,(h - y))) + alpha/m * theta", cost=_KICHI_J, let=lets).verdict == "different"


@pytest.mark.parametrize("let", ["theta_reg = np.r_[0, theta[1:, :]]"])
def test_a_zero_that_does_not_stack_stays_refused(let):
    with pytest.raises(InputError) as caught:
        check("1/m*(np.dot(X.T,(h - y))) + alpha/m * theta_reg", cost=_KICHI_J, let=(*_KICHI_LETS[:2], let))
    assert "np.r_ is not read" in str(caught.value)


# --- 7. a chain-rule step with its inner derivative left -----------------------------------------------------

_KL_J = r"J(w,b) = \frac{1}{2n} \sum\limits_{i = 0}^{n-1} (f_{w,b}(x^{(i)}) - y^{(i)})^2 \tag{2}"
_KL_LETS = (r"f_{w,b}(x^{(i)}) = wx^{(i)} + b \tag{1}",)
_INNER = r"\frac{\partial}{\partial w}(wx^{(i)} + b - y^{(i)})"


def test_the_karlla_gradient_by_finite_differences():
    """(1/2n)Σ(wx + b − y)² over the n examples → ∂/∂w = (1/n)Σ(wx + b − y)x; with the ½ kept it is half that."""
    x, y, w, b = RNG.normal(size=5), RNG.normal(size=5), 0.3, -0.2
    grad = _fd(lambda v: np.sum((v[0] * x + v[1] - y) ** 2) / 10, np.array([w, b]))
    residual = w * x + b - y
    assert np.allclose(grad, [np.mean(residual * x), residual.mean()], atol=1e-6)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (r"\frac{1}{2n} \sum\limits_{i = 0}^{n-1} 2(wx^{(i)} + b - y^{(i)}) \cdot " + _INNER, "w", "equivalent"),
    (r"\frac{1}{2n} \sum\limits_{i = 0}^{n-1} (wx^{(i)} + b - y^{(i)}) \cdot " + _INNER, "w", "different"),  # ½ kept
    (r"\frac{1}{2n} \sum\limits_{i = 0}^{n-1} 2(wx^{(i)} + b - y^{(i)}) \cdot " + _INNER, "b", "different"),  # ∂/∂w for b
    (r"\frac{1}{n} \sum\limits_{i = 0}^{n-1} (wx^{(i)} + b - y^{(i)}) \cdot \frac{\partial}{\partial b}(wx^{(i)} + b)",
     "b", "equivalent"),
])
def test_a_derivative_left_of_a_linear_expression_is_read_off(answer, wrt, verdict):
    # before: "undecided: the answer equals the gradient but still contains an unevaluated derivative"
    result = check(answer, cost=_KL_J, wrt=wrt, let=_KL_LETS)
    assert result.verdict == verdict
    if verdict == "equivalent":
        assert any("left unevaluated, of an expression linear in its variable" in note for note in result.notes)


@pytest.mark.parametrize("answer, cost", [
    # the question restated: the derivative of the whole cost
    (r"\frac{\partial}{\partial w}\left(\frac{1}{2n} \sum\limits_{i = 0}^{n-1} (wx^{(i)} + b - y^{(i)})^2\right)", _KL_J),
    # σ' still to take
    (r"\frac{1}{m}\sum_{i=1}^m (\sigma(w x^{(i)}) - y^{(i)}) \frac{\partial}{\partial w}\sigma(w x^{(i)})",
     r"\frac{1}{2m}\sum_{i=1}^m (\sigma(w x^{(i)}) - y^{(i)})^2"),
])
def test_a_derivative_left_of_anything_else_is_unfinished(answer, cost):
    lets = _KL_LETS if cost is _KL_J else ()
    result = check(answer, cost=cost, wrt="w", let=lets)
    assert result.verdict == "undecided" and [d.kind for d in result.diagnosis][:1] == ["unfinished"]
