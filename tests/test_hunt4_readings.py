"""Right answers hunt 4 found refused (issue 10): DLAI's dj_dw left sides, ':' slicing, trailing conditions, ….

Each expected verdict is worked out by hand; where it rests on a gradient, that gradient is also held to
central finite differences of the cost written in NumPy (tests/_numeric.py), never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(4)
M, N = 5, 3
X = RNG.normal(size=(M, N))
Y = RNG.integers(0, 2, size=M).astype(float)
W = RNG.normal(size=N)
B = 0.3
LAM = 0.7


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _logistic_cost(wb):
    a = _sigmoid(X @ wb[:N] + wb[N])
    return -np.mean(Y * np.log(a) + (1 - Y) * np.log(1 - a))


def _ridge_cost(wb):
    e = X @ wb[:N] + wb[N] - Y
    return np.sum(e ** 2) / (2 * M) + LAM / (2 * M) * np.sum(wb[:N] ** 2)


def test_the_hand_gradients_below_agree_with_finite_differences():
    """The DLAI labs' dj_dw = Xᵀ(a − y)/m, dj_db = mean(a − y), and the ridge's + (λ/m)w: checked numerically."""
    at = np.append(W, B)
    error = _sigmoid(X @ W + B) - Y
    assert np.allclose(central_differences(_logistic_cost, at), np.append(X.T @ error / M, np.mean(error)), atol=1e-6)
    residual = X @ W + B - Y
    ridge = np.append(X.T @ residual / M + LAM / M * W, np.sum(residual) / M)
    assert np.allclose(central_differences(_ridge_cost, at), ridge, atol=1e-6)


# --- 1. DLAI's dj_dw = … / dj_db = … (the cost's letter in lowercase, as the labs' code writes it) ---------------

DLAI_COST = "-np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))"
DLAI_LETS = ["error = a - y", "a = sigmoid(z)", "z = np.dot(X, w) + b"]
RIDGE_COST = "np.sum((np.dot(X, w) + b - y) ** 2) / (2 * m) + (lambda_ / (2 * m)) * np.sum(w ** 2)"


@pytest.mark.parametrize(
    "answer, cost, lets, wrt, verdict",
    [
        ("dj_dw = np.dot(X.T, error) / m", DLAI_COST, DLAI_LETS, "w_j", "equivalent"),
        ("dj_db = np.mean(error)", DLAI_COST, DLAI_LETS, "b", "equivalent"),
        ("dj_dw = np.dot(error, X) / m", DLAI_COST, DLAI_LETS, "w_j", "equivalent"),
        # error = y − a: the sign flipped
        ("dj_dw = np.dot(X.T, error) / m", DLAI_COST, ["error = y - a", *DLAI_LETS[1:]], "w_j", "different"),
        ("dj_dw = np.dot(X.T, np.dot(X, w) + b - y) / m + (lambda_ / m) * w", RIDGE_COST, [], "w_j", "equivalent"),
        # λ/(2m) w: half the penalty's derivative
        ("dj_dw = np.dot(X.T, np.dot(X, w) + b - y) / m + (lambda_ / (2 * m)) * w", RIDGE_COST, [], "w_j",
         "different"),
    ],
)
def test_dlai_dj_left_sides_name_the_gradient(answer, cost, lets, wrt, verdict):
    result = check(answer, cost=cost, let=lets, wrt=wrt)
    assert result.verdict == verdict
    name = answer.split("=")[0].strip()
    assert any(note.startswith(f"the left side {name} = names the gradient") for note in result.notes), result.notes


def test_a_dj_left_side_naming_another_variable_is_refused():
    """dj_db = … checked by wⱼ: the name says ∂J/∂b, so the answer is not the one asked for."""
    with pytest.raises(InputError) as error:
        check("dj_db = np.mean(error)", cost=DLAI_COST, let=DLAI_LETS, wrt="w_j")
    assert "the left side dj_db names the gradient by b" in str(error.value)
    assert error.value.column == 0


# --- 2. ':' slicing in code answers: a column of X, every entry of θ -------------------------------------------

LOGISTIC = "-np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))"
LOGISTIC_LETS = ["h = sigmoid(X @ theta)"]


def test_the_column_gradient_agrees_with_finite_differences():
    """∂J/∂θⱼ = Σᵢ xⱼ⁽ⁱ⁾(hᵢ − yᵢ)/m = np.dot(X[:, j], h − y)/m, entry by entry (the verdicts below rest on it)."""
    cost = lambda theta: -np.mean(Y * np.log(_sigmoid(X @ theta)) + (1 - Y) * np.log(1 - _sigmoid(X @ theta)))
    h = _sigmoid(X @ W)
    by_column = [np.dot(X[:, j], h - Y) / M for j in range(N)]
    assert np.allclose(central_differences(cost, W), by_column, atol=1e-6)


@pytest.mark.parametrize(
    "answer, verdict",
    [
        ("np.dot(X[:, j], h - y) / m", "equivalent"),
        ("np.dot(h - y, X[:, j]) / len(y)", "equivalent"),
        ("np.mean((h - y) * X[:, j])", "equivalent"),
        ("np.dot(X[:, j], h + y) / m", "different"),  # the sign of y flipped
        ("np.dot(X[:, j], h - y)", "different"),  # no 1/m
    ],
)
def test_numpy_column_of_x_is_the_feature_of_every_example(answer, verdict):
    result = check(answer, cost=LOGISTIC, let=LOGISTIC_LETS)
    assert result.verdict == verdict
    assert "read as code: X[:, j] is column j of X, the feature xⱼ of every example" in result.notes


def test_np_dot_of_two_example_vectors_is_their_inner_product():
    """np.dot(x_j, h − y): a column and a vector of the examples, Σᵢ (was a product with no sum: a false 'different')."""
    result = check("np.dot(x_j, h - y) / m", cost=LOGISTIC, let=LOGISTIC_LETS)
    assert result.verdict == "equivalent"
    assert any(note.startswith("read as NumPy: np.dot(a, b) of two vectors with one entry per example")
               for note in result.notes), result.notes


def test_np_dot_of_a_parameter_and_a_column_is_not_summed():
    """np.dot(theta_j, x_j): a scalar times the column, no inner product over the examples."""
    result = check("np.dot(theta_j, X[:, j]) / m", cost=LOGISTIC, let=LOGISTIC_LETS)
    assert not any("Σᵢ aᵢbᵢ" in note for note in result.notes)


def test_a_numpy_column_by_number_is_refused_for_its_numbering():
    """X[:, 0] counts from 0 while logderiv's θ₁ is the first entry: which feature it is depends on that."""
    with pytest.raises(InputError) as error:
        check("np.dot(X[:, 0], h - y) / m", cost=LOGISTIC, let=LOGISTIC_LETS, wrt="theta_1")
    assert "numbers X's columns from 0" in str(error.value) and error.value.column == 7


def test_octave_theta_one_to_end_is_theta_itself():
    """sum(theta(1:end).^2): every entry (the intercept's too), read as sum(theta.^2), noted."""
    cost = "-(1/m) * sum(y .* log(h) + (1 - y) .* log(1 - h)) + lambda/(2*m) * sum(theta(1:end).^2)"
    plain = "-(1/m) * sum(y .* log(h) + (1 - y) .* log(1 - h)) + lambda/(2*m) * sum(theta.^2)"
    answer = "grad = 1/m * X' * (h - y) + lambda/m * theta"
    sliced = check(answer, cost=cost, let=["h = sigmoid(X*theta)"])
    whole = check(answer, cost=plain, let=["h = sigmoid(X*theta)"])
    assert sliced.verdict == whole.verdict == "equivalent"  # by hand: ∂/∂θⱼ of λ/(2m) Σₖ θₖ² is (λ/m) θⱼ
    said = (*sliced.notes, *sliced.problem.notes)
    assert "read as code: theta(1:end) takes every entry of θ: it is θ itself" in said


# --- 4. plain sum_{i=0}^{m-1} with braces: the summation sign typed without its backslash ----------------------

ONE_FEATURE = "1/(2m) sum_{i=0}^{m-1} (w x_i + b - y_i)^2"


def test_the_one_feature_gradient_agrees_with_finite_differences():
    """∂/∂w of Σᵢ(w xᵢ + b − yᵢ)²/(2m) is Σᵢ(w xᵢ + b − yᵢ)xᵢ/m (checked numerically at a point)."""
    x, y = X[:, 0], Y
    cost = lambda p: np.sum((p[0] * x + p[1] - y) ** 2) / (2 * M)
    assert np.isclose(central_differences(cost, np.array([0.4, B]))[0], np.sum((0.4 * x + B - y) * x) / M, atol=1e-6)


@pytest.mark.parametrize(
    "answer, verdict",
    [
        ("1/m sum_{i=0}^{m-1} (w x_i + b - y_i) x_i", "equivalent"),
        ("1/m sum_{i=0}^{m-1} (w x_i + b - y_i)", "different"),  # the factor xᵢ left out
        ("2/m sum_{i=0}^{m-1} (w x_i + b - y_i) x_i", "different"),  # twice the gradient
    ],
)
def test_plain_sum_with_braced_limits_is_the_summation_sign(answer, verdict):
    result = check(answer, cost=ONE_FEATURE, wrt="w")
    assert result.verdict == verdict
    said = (*result.notes, *result.problem.notes)
    assert any(note.startswith("'sum' without a backslash, followed by its limits or its bracket") for note in said), said


def test_sum_glued_into_a_longer_word_is_still_refused():
    """'sums_{i}' or 'xsum' is no summation sign written plainly: the letters stay refused as before."""
    with pytest.raises(InputError):
        check("1/m \\frac{1}{2} xsum_{i=1}^{m} (w x_i - y_i) x_i", cost=ONE_FEATURE, wrt="w")


# --- 4. Bishop's Φ as the design matrix beside his targets t, in a norm -------------------------------------------

BISHOP = r"\frac{1}{2}\|\mathbf{t}-\Phi\mathbf{w}\|^2+\frac{\lambda}{2}\mathbf{w}^T\mathbf{w}"


def test_the_ridge_gradient_agrees_with_finite_differences():
    """∇ of ½‖t − Φw‖² + (λ/2)wᵀw is Φᵀ(Φw − t) + λw (Bishop 3.28's gradient), checked numerically."""
    cost = lambda w: 0.5 * np.sum((Y - X @ w) ** 2) + LAM / 2 * (w @ w)
    assert np.allclose(central_differences(cost, W), X.T @ (X @ W - Y) + LAM * W, atol=1e-6)


@pytest.mark.parametrize(
    "answer, verdict",
    [
        (r"\Phi^T(\Phi\mathbf{w}-\mathbf{t})+\lambda\mathbf{w}", "equivalent"),
        (r"\Phi^T(\Phi\mathbf{w}+\mathbf{t})+\lambda\mathbf{w}", "different"),  # the sign of t flipped
        (r"\Phi^T(\Phi\mathbf{w}-\mathbf{t})", "different"),  # the penalty's λw left out
    ],
)
def test_bishops_phi_in_a_norm_is_the_design_matrix(answer, verdict):
    result = check(answer, cost=BISHOP)
    assert result.verdict == verdict
    said = (*result.notes, *result.problem.notes)
    assert any(note.startswith("Φ is read as the data matrix X") for note in said), said


def test_bishops_bare_t_beside_phi_is_his_targets_vector():
    """‖t − Φw‖²: t − Φw makes t the m×1 vector of targets (Bishop 3.27), read as y and noted, as a bare t beside X
    is (audit30). Left a constant, it was refused as 'written bare beside bare data' once audit30 refused that, and
    before it the gradient held one t for every example: held here to finite differences of ½‖t − Φw‖² + (λ/2)wᵀw
    written in NumPy with t the targets, not to logderiv's output."""
    from _reading import assert_gradient_read

    assert_gradient_read(BISHOP, lambda d: 0.5 * np.sum((d.y - d.X @ d.w) ** 2) + d.lam / 2 * (d.w @ d.w),
                         wrt=("w_j",))
    result = check(r"\Phi^T(\Phi\mathbf{w}-\mathbf{t})+\lambda\mathbf{w}", cost=BISHOP)
    assert any(note.startswith("t is read as y, the target of each example") for note in result.problem.notes)


def test_phi_applied_to_a_bracket_stays_refused():
    r"""\Phi(\Phi^T w − t): Φ applied as a function (the probit's Φ(z)) or multiplying: not read as X."""
    with pytest.raises(InputError) as error:
        check(r"\Phi(\Phi^T\mathbf{w}-\mathbf{t})+\lambda\mathbf{w}", cost=BISHOP)
    assert "\\Phi" in str(error.value)


# --- 3. a condition after the answer, and a cases answer: each case checked at its own j -------------------------

NG_COST = (r"J(\theta)=\frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})^2"
           r"+\frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2")
NG_LET = [r"h_\theta(x)=\theta_0+\theta_1x_1+\theta_2x_2"]
NG_DATA = r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}"
NG_PENALTY = r"+\frac{\lambda}{m}\theta_j"


def test_ngs_two_cases_agree_with_finite_differences():
    """θ₀ + θ₁x₁ + θ₂x₂ with λ/(2m)(θ₁² + θ₂²): ∂J/∂θ₀ = Σᵢ(hᵢ − yᵢ)/m, ∂J/∂θⱼ = Σᵢ(hᵢ − yᵢ)xⱼ⁽ⁱ⁾/m + λθⱼ/m."""
    features = X[:, :2]
    ones = np.column_stack([np.ones(M), features])
    cost = lambda t: np.sum((ones @ t - Y) ** 2) / (2 * M) + LAM / (2 * M) * np.sum(t[1:] ** 2)
    theta = np.array([0.2, -0.4, 0.9])
    residual = ones @ theta - Y
    by_hand = np.array([np.sum(residual) / M, *(ones[:, 1:].T @ residual / M + LAM / M * theta[1:])])
    assert np.allclose(central_differences(cost, theta), by_hand, atol=1e-6)


@pytest.mark.parametrize(
    "answer, verdict",
    [
        (NG_DATA + NG_PENALTY + r" \quad \text{for } j \geq 1", "equivalent"),
        (NG_DATA + r" \quad \text{for } j \geq 1", "different"),  # the penalty's λθⱼ/m left out
        (NG_DATA + r" \quad (j = 0)", "equivalent"),  # θ₀'s: no λ, x₀ = 1
        (NG_DATA + NG_PENALTY + r" \quad \text{for } j = 0", "different"),  # λθ₀/m: θ₀ is not penalised
    ],
)
def test_a_condition_after_the_answer_names_its_components(answer, verdict):
    result = check(answer, cost=NG_COST, let=NG_LET)
    assert result.verdict == verdict
    assert any("after the answer" in note and ("component it is for" in note or "every component but" in note)
               for note in result.notes), result.notes


def test_a_range_after_the_answer_is_still_set_aside_as_before():
    """j = 1, …, n is a range the LaTeX reader sets aside (the general component), not a condition read here."""
    result = check(NG_DATA + NG_PENALTY + r", \quad j = 1, \ldots, n", cost=NG_COST, let=NG_LET)
    assert result.verdict == "equivalent"
    assert any("set aside" in note for note in result.notes), result.notes


def test_a_condition_for_some_components_only_is_refused():
    with pytest.raises(InputError) as error:
        check(NG_DATA + NG_PENALTY + r" \quad (j \geq 2)", cost=NG_COST, let=NG_LET)
    assert "(j \\geq 2)" in str(error.value)


CASES = (r"\begin{cases}" + NG_DATA + r" & j=0\\ " + NG_DATA + NG_PENALTY + r" & j\geq 1\end{cases}")


@pytest.mark.parametrize(
    "answer, wrt, verdict",
    [
        (CASES, "theta_j", "equivalent"),
        (CASES, "theta_0", "equivalent"),
        (CASES, "theta_2", "equivalent"),
        # λ on both rows: the j = 0 row is wrong
        (r"\begin{cases}" + NG_DATA + NG_PENALTY + r" & j=0\\ " + NG_DATA + NG_PENALTY + r" & j\geq 1\end{cases}",
         "theta_j", "different"),
        # no λ on either row: the j ≥ 1 row is wrong
        (r"\begin{cases}" + NG_DATA + r" & j=0\\ " + NG_DATA + r" & j\geq 1\end{cases}", "theta_j", "different"),
    ],
)
def test_each_row_of_a_cases_answer_is_checked_at_its_own_j(answer, wrt, verdict):
    result = check(answer, cost=NG_COST, let=NG_LET, wrt=wrt)
    assert result.verdict == verdict
    assert any(note.startswith("the case '") for note in result.notes), result.notes


def test_a_cases_row_without_a_condition_is_refused():
    with pytest.raises(InputError) as error:
        check(r"\begin{cases}" + NG_DATA + r" & j=0\\ " + NG_DATA + NG_PENALTY + r" & \text{otherwise}\end{cases}",
              cost=NG_COST, let=NG_LET)
    assert "is not read" in str(error.value)


# --- 5. --wrt theta_0 / w_0 beside a sum that has no component 0: refused, with the way to say what is meant ------

NG_LOGISTIC = (r"J(\theta) = - \frac{1}{m} \sum_{i=1}^m \left[ y^{(i)}\log (h_\theta (x^{(i)})) + (1 - y^{(i)})"
               r"\log (1 - h_\theta(x^{(i)})) \right] + \frac{\lambda}{2m} \sum_{j=1}^n \theta_j^2")
NG_THETA_0 = r"\frac{1}{m} \sum\limits_{i=1}^{m}\left((h_\theta(x^{(i)}) - y^{(i)}) x^{(i)}_{0}\right)"


def test_theta_0_beside_theta_t_x_is_refused_with_the_let_that_says_it():
    with pytest.raises(InputError) as error:
        check(NG_THETA_0, cost=NG_LOGISTIC, wrt="theta_0")
    assert "theta_0 is not a component here" in str(error.value)
    assert "--let 'h = sigmoid(theta_0 + theta^T x)'" in error.value.hint


def test_the_hinted_let_reads_ngs_theta_0():
    """With θ₀ written apart, ∂J/∂θ₀ = (1/m) Σᵢ (hᵢ − yᵢ)·x₀ with x₀ = 1 (no λ: the penalty starts at j = 1)."""
    result = check(NG_THETA_0, cost=NG_LOGISTIC, let=["h = sigmoid(theta_0 + theta^T x)"], wrt="theta_0")
    assert result.verdict == "equivalent"
    wrong = check(NG_THETA_0[:-len(r"\right)")] + r"\right) + \frac{\lambda}{m}\theta_0", cost=NG_LOGISTIC,
                  let=["h = sigmoid(theta_0 + theta^T x)"], wrt="theta_0")
    assert wrong.verdict == "different"


def test_w_0_of_a_sum_numbered_from_0_is_named_as_w_1():
    """DLAI's Σ_{j=0}^{n−1} w_j x_j + b: its w_0 is the first feature's weight, logderiv's w_1 (b is the intercept)."""
    with pytest.raises(InputError) as error:
        check(r"\frac{1}{m}\sum_{i=0}^{m-1}(f^{(i)}-y^{(i)})x_0^{(i)}", cost=r"\frac{1}{2m}\sum_{i=0}^{m-1}(f^{(i)}-y^{(i)})^2",
              let=[r"f^{(i)}=\sum_{j=0}^{n-1}w_jx_j^{(i)}+b"], wrt="w_0")
    assert "the weight written w_0 is w_1" in str(error.value)
    assert "--wrt w_1" in error.value.hint


# --- 4. Octave's .' transpose --------------------------------------------------------------------------------------

OCTAVE_COST = "J = -(1/m) * sum(y .* log(h) + (1 - y) .* log(1 - h)) + lambda/(2*m) * (theta.'*theta)"


@pytest.mark.parametrize(
    "answer, verdict",
    [
        # θ.'θ covers every entry, the intercept's too: λ/m on every entry (∂/∂θⱼ of λ/(2m) Σₖ θₖ² by hand)
        ("grad = 1/m * X' * (h - y) + lambda/m * theta", "equivalent"),
        # [0; θ(2:end)] leaves entry 1 without λ: wrong at j = 1 for this cost
        ("grad = 1/m * X' * (h - y) + lambda/m * [0; theta(2:end)]", "different"),
    ],
)
def test_octave_dot_quote_is_the_transpose(answer, verdict):
    result = check(answer, cost=OCTAVE_COST, let=["h = sigmoid(X*theta)"])
    assert result.verdict == verdict
    said = (*result.notes, *result.problem.notes)
    assert any(note.startswith("read as Octave: A.' is the transpose") for note in said), said
