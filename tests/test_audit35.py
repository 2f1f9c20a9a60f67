r"""audit35 (issue 10): misreads found probing the readings merged in the previous session, each with its meaning.

Each case is a near variant of a new reading (fixnames, fixf35, fixaxb, the coordinator's R precedence, EPFL's tx,
the numbered example mark, the λ = 0 page) that a real writer could mean otherwise; the meaning is worked by hand
and held to central finite differences of a NumPy cost written here (tests/_numeric.py), never to logderiv's output.
logderiv must read it as meant or refuse it.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from _reading import refused_by_logderiv
from logderiv import check, derive

RNG = np.random.default_rng(35)


# --- least squares in A, x, b: n counts A's columns, the unknowns -----------------------------------------------


def test_a_divisor_n_is_not_the_examples_count_in_least_squares_letters():
    """‖Ax − b‖²/n with A m×n (the letters' own convention) has the gradient 2Aᵀ(Ax − b)/n — n the unknowns' count.

    The respelled text ‖Xw − y‖²/n met the ML rule 'n divides the residual: the examples' count', and the gradient
    came out as 2Xᵀ(Xw − y)/m: m/n times too large or small. Both counts are possible, so it is refused."""
    A, b, x = RNG.normal(size=(5, 2)), RNG.normal(size=5), RNG.normal(size=2)
    m, n = A.shape
    gradient = _fd(lambda v: np.sum((A @ v - b) ** 2) / n, x)
    assert np.allclose(gradient, 2 * A.T @ (A @ x - b) / n, atol=1e-6)
    assert not np.allclose(gradient, 2 * A.T @ (A @ x - b) / m, atol=1e-3)  # the misread
    for cost in ("||Ax - b||^2 / n", "||Ax - b||^2 / (2n)", "1/n * sum((A*x - b).^2)", r"\frac{1}{n}\|Ax-b\|^2"):
        assert "n counts the unknowns" in str(refused_by_logderiv(lambda: derive(cost, wrt="x_j")))
    assert str(refused_by_logderiv(lambda: check("2A^T(Ax-b)/n", cost="||Ax - b||^2 / n", wrt="x_j")))


def test_a_divisor_m_stays_the_rows_of_a():
    """(1/2m)‖Ax − b‖² with A m×n: m is the rows, the examples, as before — Aᵀ(Ax − b)/m by finite differences."""
    A, b, x = RNG.normal(size=(5, 2)), RNG.normal(size=5), RNG.normal(size=2)
    assert np.allclose(_fd(lambda v: np.sum((A @ v - b) ** 2) / 10, x), A.T @ (A @ x - b) / 5, atol=1e-6)
    assert check("A^T(Ax-b)/m", cost=r"\frac{1}{2m}\|Ax-b\|^2", wrt="x_j").verdict == "equivalent"


# --- self.X beside a bare X ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "np.sum((self.X @ w - y)**2) + np.sum(X @ w)",
    "np.sum((self.X @ w - self.y)**2) + np.sum((X @ w - y)**2)",
])
def test_an_attribute_beside_the_bare_name_is_not_made_one(text):
    """self.X and X in one text are the object's data and a local (a batch, a test set): as two matrices A and B,
    ∇ Σ(Aw − y)² + Σ Bw = 2Aᵀ(Aw − y) + Bᵀ1, which is not what one matrix gives (2Aᵀ(Aw − y) + Aᵀ1). Dropping
    self. read them as one: refused now."""
    A, B, y, w = RNG.normal(size=(4, 3)), RNG.normal(size=(4, 3)), RNG.normal(size=4), RNG.normal(size=3)
    two = _fd(lambda v: np.sum((A @ v - y) ** 2) + np.sum(B @ v), w)
    assert np.allclose(two, 2 * A.T @ (A @ w - y) + B.T @ np.ones(4), atol=1e-6)
    assert not np.allclose(two, 2 * A.T @ (A @ w - y) + A.T @ np.ones(4), atol=1e-3)
    assert "self." in str(refused_by_logderiv(lambda: derive(text, wrt="w_j")))


def test_attributes_alone_and_an_answer_in_bare_names_are_read_as_before():
    """Σ(Xw − y)²/2 with self.X, self.y has the gradient Xᵀ(Xw − y) (finite differences): the bare answer agrees."""
    X, y, w = RNG.normal(size=(4, 3)), RNG.normal(size=4), RNG.normal(size=3)
    assert np.allclose(_fd(lambda v: np.sum((X @ v - y) ** 2) / 2, w), X.T @ (X @ w - y), atol=1e-6)
    assert check("X.T @ (X @ w - y)", cost="np.sum((self.X @ w - self.y)**2)/2", wrt="w_j").verdict == "equivalent"


# --- a numbered example mark: on the dot product's x, in square brackets, in plain text ----------------------------


def _example_two_and_the_power():
    """Example 2's ½(θᵀx⁽²⁾ − 3)² and the power's ½((θᵀx)² − 3)² differ, and so do their gradients (worked here)."""
    theta, x = RNG.normal(size=3), RNG.normal(size=3)
    example = _fd(lambda t: 0.5 * (t @ x - 3) ** 2, theta)
    power = _fd(lambda t: 0.5 * ((t @ x) ** 2 - 3) ** 2, theta)
    assert np.allclose(example, (theta @ x - 3) * x, atol=1e-6)
    assert not np.allclose(example, power, atol=1e-3)


@pytest.mark.parametrize("cost", [
    r"\frac{1}{2}(\theta^T x^{(2)} - 3)^2",                             # the mark on θᵀx's x: the base was θᵀx
    r"\frac{1}{2m}\sum_{i=1}^m(\theta^T x^{(2)} - y^{(i)})^2",          # was Σ((θᵀx⁽ⁱ⁾)² − y⁽ⁱ⁾)², a green ✓
    r"\frac{1}{2}(\theta^T \mathbf{x}^{(2)} - 3)^2",
    r"\frac{1}{2}(\theta^T x^{[2]} - y^{[2]})^2",                        # square brackets: example (or layer) 2
    r"\frac{1}{2}(\theta^T x^{\{2\}} - y^{\{2\}})^2",                    # braces: Ng's mini-batch 2
    "1/2 * (theta^T x^(2) - y^(2))^2",                                  # plain text, where x^(i) is example i
    "sum((theta^T x^(2) - y^(i))^2)",
    "1/2*(x^(2) - 3)^2",
])
def test_a_numbered_mark_on_a_name_is_refused(cost):
    _example_two_and_the_power()
    assert "marks example" in str(refused_by_logderiv(lambda: derive(cost)))


@pytest.mark.parametrize("cost", [
    r"\frac{1}{2}(\theta^T x)^{(2)}",      # over a bracket: the power, as before
    "1/2*(theta^T x)^(2)",
])
def test_over_a_bracket_the_number_stays_a_power(cost):
    """½(θᵀx)² has the gradient (θᵀx)x (finite differences): (θᵀx) xⱼ is equivalent."""
    theta, x = RNG.normal(size=3), RNG.normal(size=3)
    assert np.allclose(_fd(lambda t: 0.5 * (t @ x) ** 2, theta), (theta @ x) * x, atol=1e-6)
    assert check("(theta^T x) x_j", cost=cost).verdict == "equivalent"


# --- a helper whose body reaches its parameters through other lets ----------------------------------------------

#: test_tx's reg_logistic_regression helper: calculate_loss's body writes none of y, tx, w (its lets do)
_HELPER_LETS = (
    "calculate_loss(y, tx, w) = np.squeeze(- loss)",
    "loss = y.T.dot(np.log(pred)) + (1 - y).T.dot(np.log(1 - pred))",
    "pred = sigmoid(tx.dot(w))",
    "sigmoid(t) = 1.0 / (1 + np.exp(-t))",
)


def test_a_call_with_other_arguments_than_the_body_reaches_is_refused():
    """calculate_loss(tx, y, w), arguments swapped: in Python pred = σ(y·w) — not the cross-entropy of X. It was read
    as calculate_loss(y, tx, w) (the lets read the texts' own y and tx), a confident gradient for the wrong call."""
    error = refused_by_logderiv(lambda: derive("calculate_loss(tx, y, w)", wrt="w_j", let=_HELPER_LETS))
    # since fixf55 the call is read with its arguments put in (as Python runs it), and pred = σ(y·w) of the m×1 y and
    # the n×1 w does not conform: refused all the same, at y (it named "parameter y" before). Since audit25x a call
    # passing an argument named as another of the parameters (tx, read X, for y beside the parameter tx) is refused
    # before it is put in, naming both readings: the same refusal, its reason the swap itself
    assert "'X' is passed for calculate_loss's parameter y" in str(error)


def test_the_call_with_the_heads_own_arguments_is_read_as_before():
    """calculate_loss(y, tx, w): −Σ[y log σ(Xw) + (1 − y) log(1 − σ(Xw))], gradient Xᵀ(σ(Xw) − y) (by differences)."""
    X, w = RNG.normal(size=(5, 3)), RNG.normal(size=3)
    y = (RNG.uniform(size=5) < 0.5).astype(float)
    p = lambda v: 1 / (1 + np.exp(-(X @ v)))
    cost = lambda v: -np.sum(y * np.log(p(v)) + (1 - y) * np.log(1 - p(v)))
    assert np.allclose(_fd(cost, w), X.T @ (p(w) - y), atol=1e-6)
    assert check("tx.T.dot(sigmoid(tx.dot(w)) - y)", cost="calculate_loss(y, tx, w)", wrt="w_j",
                 let=_HELPER_LETS).verdict == "equivalent"


# --- a page that sets λ = 0 in other spellings ----------------------------------------------------------------------

_LINE = r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})x_j^{(i)}"


@pytest.mark.parametrize("setting", [r"$\lambda = 0.0$", r"$\lambda \to 0$", "lambda_ = 0"])
def test_a_page_setting_lambda_zero_in_other_spellings_is_refused_not_called_wrong(setting):
    """At λ = 0 (0.0, code's lambda_, the limit λ → 0) the ridge gradient (1/m)Xᵀ(Xθ − y) + (λ/m)θ is the page's
    line (worked here): these pages were judged 'wrong', as λ = 0 was before test_lambda_zero_page's fix."""
    from logderiv import steps

    X, y, theta = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    ridge = lambda t, lam: np.sum((X @ t - y) ** 2) / 10 + lam / 10 * np.sum(t ** 2)
    assert np.allclose(_fd(lambda t: ridge(t, 0.0), theta), X.T @ (X @ theta - y) / 5, atol=1e-6)
    page = f"Ridge regression, with {setting}:\n\n$${_LINE}$$\n"
    assert "sets λ = 0" in str(refused_by_logderiv(lambda: steps(page, cost="linear-l2", file_kind="markdown")))


# --- a page that sets λ to another number, and is right there ---------------------------------------------------


def _ridge_page(setting: str, extra: str) -> str:
    return f"Ridge regression, with ${setting}$:\n\n$${_LINE}{extra}$$\n"


def test_a_page_right_at_the_lambda_it_sets_is_refused_not_called_wrong():
    """With λ = 1 the ridge gradient (1/m)Xᵀ(Xθ − y) + (λ/m)θ is (1/m)Xᵀ(Xθ − y) + (1/m)θ (finite differences): the
    page writing that was judged wrong against the cost that keeps λ."""
    from logderiv import steps

    X, y, theta = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    ridge = lambda t: np.sum((X @ t - y) ** 2) / 10 + 1.0 / 10 * np.sum(t ** 2)
    assert np.allclose(_fd(ridge, theta), X.T @ (X @ theta - y) / 5 + theta / 5, atol=1e-6)
    for cost in ("linear-l2", "1/(2m) * sum((theta^T x - y)^2) + lambda/(2m) * sum_k(theta_k^2)"):
        page = _ridge_page(r"\lambda = 1", r" + \frac{1}{m}\theta_j")
        error = refused_by_logderiv(lambda: steps(page, cost=cost, file_kind="markdown"))
        assert "sets λ = 1" in str(error) and page[error.column:].startswith(r"\lambda = 1")


@pytest.mark.parametrize("setting, extra", [
    (r"\lambda = 1", r" + \frac{2}{m}\theta_j"),   # at λ = 1 the term is (1/m)θⱼ: 2/m is a slip there too
    (r"\lambda = 0.5", ""),                         # the penalty dropped at λ = 0.5 (test_lambda_zero_page)
])
def test_a_page_wrong_at_the_lambda_it_sets_stays_wrong(setting, extra):
    from logderiv import steps

    assert steps(_ridge_page(setting, extra), cost="linear-l2", file_kind="markdown").ending == "wrong"


def test_a_function_of_an_expression_is_put_in_as_before():
    """--let f(wᵀxᵢ) = e^{wᵀxᵢ} (a parameter that is an expression): Σᵢ(e^{wᵀxᵢ} − yᵢwᵀxᵢ) has the gradient
    Σᵢ(e^{wᵀxᵢ} − yᵢ)xᵢ (finite differences) — the check of a body's unwritten parameters must pass over it."""
    X, y, w = RNG.normal(size=(4, 3)), RNG.normal(size=4), RNG.normal(size=3)
    cost = lambda v: np.sum(np.exp(X @ v) - y * (X @ v))
    assert np.allclose(_fd(cost, w), X.T @ (np.exp(X @ w) - y), atol=1e-5)
    lets = [r"f(w^\top x_i)=e^{w^\top x_i}"]
    assert check(r"\sum_i (e^{w^\top x_i} - y_i) x_{ij}", cost=r"\sum_i (f(w^\top x_i) - y_i w^\top x_i)", wrt="w_j",
                 let=lets).verdict == "equivalent"
