"""Matrix answers whose shapes conform only when m = n, with a name defined per example (issue 10, fixmat38).

R's ``(1 / nrow(y)) * (t(x) %*% (sig) - y)`` (a parenthesis closed too early) adds the n×1 xᵀσ to the m×1 y:
the sum has a value only when m = n. The checker reads such an answer at m = n; before this branch the
square reading left the per-example ``sig`` of the --let as a stray letter (the sum over n held sig[k], not the
definition's sig(i)), and the answer was refused. Read at m = n, sig is the n×1 vector of σ(xᵢᵀθ), and a
counterexample there makes the answer different whatever the sizes. An answer that IS the gradient at m = n
stays refused (the slip may be notation), with the reader's message.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences, cross_entropy, sigmoid
from logderiv import check
from logderiv.errors import InputError

# github gwladys R logistic regression (tests/corpus/fresh_twentyfourth.py, f24-gwladys-r-grad-misplaced-paren,
# and fresh_twentyfifth.py, f25-gwladys-R-grad-misplaced-paren): gradient <- …, sig on the line above, theta a row
GWLADYS_GRADIENT = "((1 / nrow(y)) * (t(x) %*% (sig) - y))"
GWLADYS_COST = "mean((-y*log(sig))-((1-y)*log(1-sig)))"
GWLADYS_LETS = ("sig = sigmoid(x%*%t(theta))",)


def _written(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> np.ndarray:
    """The answer as R runs it at m = n: (Xᵀσ(Xθ) − y)/m."""
    return (X.T @ sigmoid(X @ theta) - y) / len(y)


def test_the_misplaced_parenthesis_is_not_the_gradient_at_m_equal_n() -> None:
    """Worked by hand: ∇J = Xᵀ(σ(Xθ) − y)/m, so the answer differs from it by (Xᵀy − y)/m, not 0 at m = n."""
    generator = np.random.default_rng(38)
    X = generator.normal(size=(3, 3))
    y = (generator.random(3) > 0.5).astype(float)
    theta = generator.normal(size=3)
    exact = central_differences(lambda t: cross_entropy(X, y, t), theta)
    assert np.allclose(X.T @ (sigmoid(X @ theta) - y) / 3, exact, atol=1e-6)  # the hand gradient is right
    assert not np.allclose(_written(X, y, theta), exact, atol=1e-3)  # and the written answer is not it


def test_the_misplaced_parenthesis_is_different_with_the_shapes_said() -> None:
    verdict = check(GWLADYS_GRADIENT, cost=GWLADYS_COST, let=GWLADYS_LETS, timeout=60)
    assert verdict.verdict == "different"
    said = next(note for note in verdict.notes if "conform only when m = n" in note)
    assert "'(X).T @ (sig)' is n×1 and 'y' is m×1" in said
    assert "different whatever the sizes" in said


def test_the_parenthesis_in_place_stays_equivalent() -> None:
    """The fixed commit's gradient, (1/m) xᵀ(σ − y): the usual reading, untouched."""
    verdict = check("((1 / nrow(y)) * (t(x) %*% (sig - y)))", cost=GWLADYS_COST, let=GWLADYS_LETS, timeout=60)
    assert verdict.verdict == "equivalent"


@pytest.mark.parametrize("text", [
    # equal to the gradient at m = n (the m×1 y − y is 0): the square reading finds no counterexample
    "((1 / nrow(y)) * (t(x) %*% (sig - y) + y - y))",
    # y·0 + Xᵀ(σ − y)/m: n×1 plus m×1 again, the gradient at m = n
    "((1 / nrow(y)) * (t(x) %*% (sig - y)) + 0 * sig)",
])
def test_an_answer_right_at_m_equal_n_stays_refused(text: str) -> None:
    with pytest.raises(InputError) as raised:
        check(text, cost=GWLADYS_COST, let=GWLADYS_LETS, timeout=60)
    assert "they cannot be added" in str(raised.value)
    assert raised.value.column is not None
