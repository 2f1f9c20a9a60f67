r"""fixru35 (issue 10): ℓ (or l) as the number of examples, the sample X^ℓ = (xᵢ, yᵢ)ᵢ₌₁^ℓ of Russian ML courses.

Vorontsov's machinelearning.ru notation and the courses that follow it count the sample's objects with ℓ (typed l):
Q(w) = (1/ℓ) Σ_{i=1}^ℓ (⟨w, xᵢ⟩ − yᵢ)². logderiv refused l ("a feature index, not a variable") and ℓ ("cannot be the
number of examples"). It now reads either as m, with a note, only where the text says so: the letter bounds a sum
whose index is i and every other use is a bare quantity (1/l) — never an index (x_l, w_{il}, Σ_{l=1}), never applied
or scripted (ℓ(w), l_j), never a bound of a sum over j. Texts from blind wave f78 (open to this fix), sources below.
Expected values are finite differences of the costs written here in NumPy.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(3536)

# github.com/financier-py/loss_functions, LossFunctions.ipynb (## Mean Squared Error (MSE), "Поскольку … мы можем
# подставить это выражение: $$Q(w) = …$$")
FIN_Q = r"Q(w) = \frac{1}{l} \sum_{i = 1}^l (\langle w, x_i \rangle - y_i)^2"
# the same notebook, "Поэтому: $$\frac{\partial Q}{\partial w_j} = …$$"
FIN_DQ = r"\frac{\partial Q}{\partial w_j} = \frac{2}{l} \sum_{i = 1}^l (\langle w, x_i \rangle - y_i) x_{ij}"
# github.com/jetbrains-academy/youth-ai-club, GradientDescent/Intro/task.md (the MSE loss)
JB_Q = r"Q(w) = \dfrac{1}{\ell} \sum\limits_{i=1}^{\ell} \left(a_w(x_i) - y_i\right)^2"
# the same course, GradientDescent/FullGD/task.py, calc_gradient's return value
JB_GRAD = "2 * np.dot(X.T, (np.dot(X, self.w) - y)) / X.shape[0]"
JB_MODEL = r"a_w(x) = \langle w, x \rangle"


def test_the_gradient_of_the_mean_square_by_finite_differences():
    """By FD: ∇ of (1/ℓ) Σᵢ (⟨w, xᵢ⟩ − yᵢ)² is (2/ℓ) Xᵀ(Xw − y), no ½ to cancel the 2."""
    X, y, w = RNG.normal(size=(7, 3)), RNG.normal(size=7), RNG.normal(size=3)
    assert np.allclose(_fd(lambda v: float(np.sum((X @ v - y) ** 2)) / 7, w), 2 / 7 * X.T @ (X @ w - y))
    assert not np.allclose(_fd(lambda v: float(np.sum((X @ v - y) ** 2)) / 7, w), 1 / 7 * X.T @ (X @ w - y))


@pytest.mark.parametrize("answer, verdict", [
    (FIN_DQ, "equivalent"),
    (r"\frac{\partial Q}{\partial w_j} = \frac{1}{l} \sum_{i = 1}^l (\langle w, x_i \rangle - y_i) x_{ij}", "different"),
])
def test_a_plain_l_bounding_the_sum_over_i_counts_the_examples(answer, verdict):
    result = check(answer, cost=FIN_Q, wrt="w_j")
    assert result.verdict == verdict
    assert any(note.startswith("l counts the examples here: read as m") for note in result.problem.notes)


@pytest.mark.parametrize("answer, verdict", [
    (JB_GRAD, "equivalent"),
    ("np.dot(X.T, (np.dot(X, self.w) - y)) / X.shape[0]", "different"),
])
def test_ell_bounding_the_sum_over_i_counts_the_examples(answer, verdict):
    result = check(answer, cost=JB_Q, wrt="w_j", let=(JB_MODEL,))
    assert result.verdict == verdict
    assert any(note.startswith("ℓ counts the examples here: read as m") for note in result.problem.notes)


def test_the_derivation_is_the_mean_squares_gradient():
    result = derive(FIN_Q, wrt="w_j")
    assert any(note.startswith("l counts the examples here: read as m") for note in result.notes)
    assert "m" in str(result.result) or "m" in repr(result)


@pytest.mark.parametrize("cost, column, message", [
    # l is also a feature index (w_l, x_{il}): which is it?
    (r"J = \frac{1}{l} \sum_{i=1}^l (w_l x_{il} - y_i)^2", 14, "'l' is a feature index, not a variable"),
    # l bounds a sum over the features j, not the examples
    (r"J = \frac{1}{l} \sum_{j=1}^l w_j^2", 14, "'l' is a feature index, not a variable"),
    # the examples are counted by m; 1/l is no count
    (r"J = \frac{1}{l} \sum_{i=1}^m (w^T x_i - y_i)^2", 14, "'l' is a feature index, not a variable"),
    # ℓ also names the objective (ℓ(w)): not a count then
    (r"J = \ell(w) + \sum_{i=1}^{\ell} (w^T x_i - y_i)^2", 27, "'ℓ' cannot be the number of examples"),
])
def test_l_and_ell_elsewhere_are_still_refused(cost, column, message):
    with pytest.raises(InputError) as raised:
        derive(cost, wrt="w_j")
    assert message in str(raised.value)
    assert raised.value.column == column - 1  # the attribute is 0-based, the message 1-based
    assert f"(column {column})" in str(raised.value)


def test_a_sum_over_l_is_still_a_sum_over_features():
    """Guard: Σ_{l=1}^n w_l x_{il} keeps l a feature index; by FD the gradient is (2/m) Σᵢ (wᵀxᵢ − yᵢ) x_ij."""
    X, y, w = RNG.normal(size=(5, 2)), RNG.normal(size=5), RNG.normal(size=2)
    assert np.allclose(_fd(lambda v: float(np.sum((X @ v - y) ** 2)) / 5, w), 2 / 5 * X.T @ (X @ w - y))
    cost = r"J = \frac{1}{m} \sum_{i=1}^m (\sum_{l=1}^n w_l x_{il} - y_i)^2"
    result = check(r"\frac{2}{m} \sum_{i=1}^m (w^T x_i - y_i) x_{ij}", cost=cost, wrt="w_j")
    assert result.verdict == "equivalent"
    assert not any("counts the examples here" in note for note in result.problem.notes)
