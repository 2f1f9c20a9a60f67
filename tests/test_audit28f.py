"""audit28f (issue 10): an adversarial audit of fixmsg28's readings — an update's α beside a cost weighted by α, and
Bishop's Φ beside raw x.

Misreads found and fixed here:

* ``w = w - eta*alpha*(-2X^T(y - Xw) + 2*alpha*w)`` beside ``||y - Xw||^2 + alpha*||w||^2``. fixmsg28 read every α
  beside another rate (lr, η) as the cost's weight, so the α that multiplies all that is subtracted became λ too:
  λ·(g + 2λw), judged "different". Read as part of the step (ηα), the bracket is the gradient — "equivalent". α in
  a rate's place beside a rate is either, so it is refused (a false "different", or with ``g/alpha + 2w`` inside, a
  false "equivalent" under the other reading).

* Φ beside a design matrix named A (``\\Phi^T(\\Phi w - y)`` beside ``\\frac12\\|y - Aw\\|^2``, or ``A^T(Aw - y)`` beside
  a cost in Φ): the respelling of A as X ran across both texts, so the refusal said "the cost writes x itself" of
  a cost in A and "x is written here" under an answer's A. A is now left to the LaTeX reader beside a Φ, and the
  refusal names the letter as written (refusals both, before and after: the words were false, not the verdict).

* ``1/|X|``, ``\\frac{1}{|W|}``: fixmsg28 called any capital between bars under a fraction "the size of the set X (a
  mini-batch)"; of a matrix it is its determinant. Only B, D, S, I (and calligraphic letters) are said to be sets.

Mathematics is checked independently by central finite differences (tests/_numeric.py), never by logderiv.
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences

from logderiv import check, derive
from logderiv.errors import InputError, UnsupportedInputError

_RNG = np.random.default_rng(2028)
_X = _RNG.normal(size=(6, 3))
_Y = _RNG.normal(size=6)
_W = _RNG.normal(size=3)
_ALPHA = 0.7

_RIDGE = "||y - Xw||^2 + alpha*||w||^2"


def _ridge(w: np.ndarray) -> float:
    """‖y − Xw‖² + α‖w‖² (scikit-learn's Ridge objective)."""
    r = _Y - _X @ w
    return float(r @ r + _ALPHA * w @ w)


def _ridge_bracket(w: np.ndarray) -> np.ndarray:
    """The bracket the updates below write: −2Xᵀ(y − Xw) + 2αw."""
    return -2 * _X.T @ (_Y - _X @ w) + 2 * _ALPHA * w


# ---- α in a rate's place beside another rate --------------------------------------------------------------------

def test_the_bracket_is_the_gradient_and_alpha_times_it_is_not() -> None:
    """Why η·α·(g + 2αw) is ambiguous: the bracket is ∇J (α part of the step), α·bracket is not (α the weight)."""
    numeric = central_differences(_ridge, _W)
    assert np.allclose(numeric, _ridge_bracket(_W), atol=1e-6)
    assert not np.allclose(numeric, _ALPHA * _ridge_bracket(_W), atol=1e-3)


@pytest.mark.parametrize(("answer", "cost", "wrt"), [
    ("w = w - alpha*lr*(-2*X^T(y - X w) + 2*alpha*w)", _RIDGE, "w"),
    ("w = w - lr*alpha*(-2*X^T(y - X w) + 2*alpha*w)", _RIDGE, "w"),
    ("w = w - lr*(-2*alpha*X^T(y - X w) + 2*alpha^2*w)/alpha", _RIDGE, "w"),
    (r"w \leftarrow w - \eta\alpha\left(-2X^\top(y - Xw) + 2\alpha w\right)", r"\|y - Xw\|^2 + \alpha\|w\|^2", "w"),
    ("theta_j := theta_j - lr*alpha*(sum_i((h_i - y_i)*x_ij) + 2*alpha*theta_j)",
     "sum_i((h_i - y_i)^2)/2 + alpha*sum_j(theta_j^2)", "theta_j"),
])
def test_alpha_over_the_whole_step_beside_another_rate_is_refused(answer: str, cost: str, wrt: str) -> None:
    """Was "different" (α read as the cost's weight over the whole bracket); ηα as the step gives the gradient."""
    with pytest.raises(InputError, match="α multiplies \\(or divides\\) all that is subtracted") as caught:
        check(answer, cost=cost, wrt=wrt)
    assert caught.value.column is not None and answer[caught.value.column:].lstrip("\\").startswith("alpha")


def test_alpha_inside_the_bracket_beside_another_rate_is_still_read() -> None:
    """w − lr·(g + 2αw): the α inside is the cost's weight — the bracket is ∇J (finite differences above)."""
    result = check("w = w - lr*(-2*X^T(y - X w) + 2*alpha*w)", cost=_RIDGE, wrt="w")
    assert result.verdict == "equivalent", result


# ---- Φ beside another letter read as the data matrix: the refusal says what is written ---------------------------

def test_phi_beside_a_cost_in_a_names_a() -> None:
    """Was "the cost writes x itself" (the cost writes A, respelled X before the refusal looked)."""
    with pytest.raises(InputError) as caught:
        check(r"\Phi^T(\Phi w - y)", cost=r"\frac{1}{2}\|y - A w\|^2", wrt="w")
    message = str(caught.value)
    assert "the cost writes A, read as the data matrix X too" in message and "x itself" not in message
    assert caught.value.column == 0


def test_a_beside_a_cost_in_phi_is_not_said_to_be_x() -> None:
    """Was "x is written here" with the caret under A: the answer writes no x."""
    with pytest.raises(InputError) as caught:
        check("A^T(A w - y)", cost=r"\frac{1}{2}\|y - \Phi w\|^2", wrt="w")
    assert "x is written here" not in str(caught.value)


def test_a_beside_a_cost_in_a_is_still_read() -> None:
    """No Φ anywhere: A is the design matrix as before; ∇½‖y − Aw‖² = Aᵀ(Aw − y) by finite differences."""
    numeric = central_differences(lambda w: 0.5 * float((_Y - _X @ w) @ (_Y - _X @ w)), _W)
    assert np.allclose(numeric, _X.T @ (_X @ _W - _Y), atol=1e-6)
    assert check("A^T(A w - y)", cost="0.5*||y - A w||^2", wrt="w").verdict == "equivalent"


# ---- |M| under a fraction's bar: a set's size only for a set's letter --------------------------------------------

@pytest.mark.parametrize("cost", ["1/|X| * sum_i (w^T x_i - y_i)^2", r"\frac{1}{|W|}\sum_i (w^T x_i - y_i)^2"])
def test_a_matrixs_bars_are_not_called_a_sets_size(cost: str) -> None:
    """Was "the size of the set X (a mini-batch …)": X and W are matrices here (|X| their determinant)."""
    with pytest.raises(UnsupportedInputError) as caught:
        derive(cost)
    assert "size of the set" not in caught.value.message


@pytest.mark.parametrize(("cost", "letter"), [("1/|D| sum_i (w^T x_i - y_i)^2", "D"),
                                              (r"\frac{1}{|S|}\sum_{i\in S} (w^T x_i - y_i)^2", "S")])
def test_a_data_sets_size_is_still_said(cost: str, letter: str) -> None:
    with pytest.raises(UnsupportedInputError) as caught:
        derive(cost)
    assert f"is the size of the set {letter}" in caught.value.message and f"i ∈ {letter}" in caught.value.message
