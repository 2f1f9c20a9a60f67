"""The integrator's fixes at session 29's merge (issue 10): readings an audit noted but left.

* A page that derives ∂J/∂θⱼ = (1/m)Σ(h − y)xⱼ and then, "setting it to zero", writes ``∂J/∂θⱼ = 0`` in a display
  of its own was judged WRONG at the 0 (index form: the name was read as a step, its zero compared with it). The
  name stands for the gradient just derived: the first-order condition, set aside with a note, as the matrix form
  already did (fixfoc29) — only for the derivative the derivation opened with; a slip before it is still caught.
* A code name of a matrix MADE from the data — an inverse (``X_inv``, ``X_pinv``), a covariance (``X_cov``,
  ``Xcorr``), a Gram matrix (``X_gram``) or a Hessian (``Xhess``) — multiplying the parameters was read as the m×n
  data matrix X (with a note) by the rule that reads ``Xtrain @ w`` or ``X_transformed @ w`` as X. Such a matrix is
  n×n (or n×m): times the parameters it is no prediction, and reading it as X gives the gradient of another cost.
  It is now refused (exit 2); ``Xtrain`` and ``X_transformed`` are read as before.
"""

from __future__ import annotations

import numpy as np
import pytest
from _handcosts import refused
from _numeric import central_differences, half_mean_square
from click.testing import CliRunner

from logderiv import derive
from logderiv.cli import main


@pytest.mark.parametrize("name", ["X_inv", "X_pinv", "X_cov", "Xcorr", "X_gram", "Xhess", "XtX_inv"])
def test_a_matrix_made_from_the_data_is_no_data_matrix(name):
    """An inverse, covariance, Gram matrix or Hessian of the data is refused, never read as X."""
    with pytest.raises(Exception) as raised:
        derive(f"np.mean(({name} @ w - y)**2)", wrt="w_j")
    assert type(raised.value).__name__ in ("InputError", "UnsupportedError"), raised.value
    result = CliRunner().invoke(main, ["derive", f"np.mean(({name} @ w - y)**2)", "--wrt", "w_j"])
    assert result.exit_code == 2, result.output
    assert "read as X, the m×n data matrix" not in result.output


@pytest.mark.parametrize("name", ["Xtrain", "X_transformed"])
def test_a_split_or_a_transformed_data_matrix_is_still_read(name):
    """The rule's own cases are unchanged: the one name multiplying w is X, noted."""
    derivation = derive(f"np.mean(({name} @ w - y)**2)", wrt="w_j")
    assert any(f"{name} is the code's name of the data matrix" in note for note in derivation.notes)


def test_the_refusal_is_a_refusal_not_a_reading():
    """X_pinv gets the joined-name refusal, which tells the user to give its value."""
    refused(derive, "X_pinv", "np.mean((X_pinv @ w - y)**2)", wrt="w_j")


# ---------------------------------------------------------------- a bare e (audit29g noticed it)
#
# ``1/m sum(e x_j)`` beside the linear cost: a writer who names the error e = h − y wrote the gradient, which is
# (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾; read with e as Euler's number (2.718…) it is (e/m)Σxⱼ⁽ⁱ⁾, another quantity, and
# logderiv said "different" with no note. The two readings give different verdicts, so e standing alone is refused
# naming both; e raised to a power, or e defined by a --let, is read as before.

LINEAR = "1/(2m) sum((theta^T x - y)^2)"


@pytest.mark.parametrize("answer", ["1/m sum(e x_j)", "1/m*sum(e*x_j)", r"\frac{1}{m}\sum_i e x_j^{(i)}"])
def test_a_bare_e_is_refused_naming_both_readings(answer):
    """Euler's number or the error? Refused at the e (exit 2), the hint naming the --let."""
    result = CliRunner().invoke(main, ["check", answer, "--cost", LINEAR, "--wrt", "theta_j", "--timeout", "120"])
    assert result.exit_code == 2, result.output
    assert "'e' stands alone" in result.output and "--let 'e = h" in result.output


def test_e_defined_as_the_error_is_that_quantity():
    """With --let e = θᵀx − y the same answer is the gradient: equivalent, as by hand above."""
    result = CliRunner().invoke(main, ["check", "1/m sum(e x_j)", "--cost", LINEAR, "--let", "e = theta^T x - y",
                                       "--wrt", "theta_j", "--timeout", "120"])
    assert result.exit_code == 0, result.output
    assert "equivalent" in result.output


def test_euler_raised_to_a_power_is_still_read():
    """1/(1 + e^(−θᵀx)) is σ(θᵀx): the logistic gradient, judged different from the linear cost's (another cost)."""
    result = CliRunner().invoke(main, ["check", "1/m sum((1/(1+e^(-theta^T x)) - y) x_j)", "--cost", LINEAR,
                                       "--wrt", "theta_j", "--timeout", "120"])
    assert result.exit_code == 1, result.output
    assert "'e' stands alone" not in result.output


# ---------------------------------------------------------------- "setting it to zero" in index form

_PAGE = r"""The cost is

$$J(\theta) = \frac{1}{2m}\sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)})^2$$

with $h_\theta(x) = \theta^T x$. Its derivative:

$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)}) %s$$

Setting it to zero:

$$\frac{\partial J}{\partial \theta_j} = 0$$
"""


def test_the_pages_gradient_is_the_costs_by_finite_differences():
    """By hand: ∂/∂θⱼ (1/2m)Σ(θᵀx − y)² = (1/m)Σ(θᵀx − y)xⱼ; without its xⱼ the line is another quantity."""
    rng = np.random.default_rng(29)
    X, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    numeric = central_differences(lambda t: half_mean_square(X, y, t), theta)
    assert np.allclose(numeric, X.T @ (X @ theta - y) / 5, atol=1e-6)
    assert not np.allclose(numeric, np.full(3, np.mean(X @ theta - y)), atol=1e-3)


def test_the_gradients_name_set_to_zero_is_the_first_order_condition(tmp_path):
    """The right page holds at every step and ends at the gradient, the zero set aside with a note."""
    page = tmp_path / "page.md"
    page.write_text(_PAGE % "x_j^{(i)}", encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(page), "--timeout", "120"])
    assert result.exit_code == 0, result.output
    assert "the last line is the gradient" in result.output
    assert "stands for the gradient just derived" in result.output


def test_a_slip_before_the_zero_is_still_caught(tmp_path):
    """The same page without the xⱼ is wrong at line 7, where the slip is."""
    page = tmp_path / "page.md"
    page.write_text(_PAGE % "", encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(page), "--timeout", "120"])
    assert result.exit_code == 1, result.output
    assert "wrong at line 7" in result.output
