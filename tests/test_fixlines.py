"""fixlines (issue 10): single LINES of real written derivations that `steps` refused, and what they mean.

Each reading starts from the real line, quoted verbatim with its source (the blind sets tests/derivations_cold*/,
whose expected.txt rows were worked out by hand). What a line means is held to a NumPy function written here and
checked by central finite differences (tests/_numeric.py), never to logderiv's own output. Beside each reading,
near variants that mean something else are refused or read as what they say.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from _derivations_table import display, outcome, read_table, review_of_page, steps_of_page
from _numeric import central_differences as _fd

HERE = Path(__file__).parent


def _row(folder: str, file: str):
    return next(row for row in read_table(HERE / folder) if row.file == file)


def _align(*rows: str) -> str:
    return display("\\begin{align*}\n" + " \\\\\n".join(rows) + "\n\\end{align*}")


# --- weighted least squares' W in a line in matrix form --------------------------------------------------------

#: CS229 problem set 1, locally weighted regression (tests/derivations_cold5/cs229_ps1_lwr_half_dropped_transpose.md,
#: line 2 of the solution, verbatim): the weighted cost, W the diagonal matrix of the examples' weights
LWR_COST = r"J(\theta) = \frac{1}{2} (X \theta - y)^T W (X \theta - y)"
LWR_FILE = ("derivations_cold5", "cs229_ps1_lwr_half_dropped_transpose.md")


def _weighted(theta, X, y, weights):
    """By hand: ½ Σᵢ wᵢ (xᵢ·θ − yᵢ)², the LWR cost with W = diag(w)."""
    return 0.5 * np.sum(weights * (X @ theta - y) ** 2)


def test_the_hand_gradient_of_the_weighted_cost():
    """∇J = Xᵀ W (Xθ − y) (W diagonal, so symmetric), against finite differences of the sum written by hand."""
    generator = np.random.default_rng(7)
    X, y, theta = generator.normal(size=(5, 3)), generator.normal(size=5), generator.normal(size=3)
    weights = generator.uniform(0.5, 3.0, size=5)
    by_hand = X.T @ np.diag(weights) @ (X @ theta - y)
    assert np.allclose(by_hand, _fd(lambda t: _weighted(t, X, y, weights), theta), rtol=1e-6, atol=1e-8)
    # and twice it, what (1.5.9) writes, is not it
    assert not np.allclose(2 * by_hand, _fd(lambda t: _weighted(t, X, y, weights), theta), rtol=1e-3)


def test_the_lwr_solution_is_judged_as_by_hand():
    """The solution's lines: W read, (1.5.2) the first wrong step (Xᵀθᵀ does not conform), (1.5.9) twice ∇J: wrong."""
    kind, detail = outcome(HERE / LWR_FILE[0], _row(*LWR_FILE))
    assert kind == "right", detail


def test_the_weighted_gradient_is_read(tmp_path):
    """The real cost with its gradient XᵀW(Xθ − y), expanded: every step holds, the last line is ∇J; W is noted."""
    code, ending, wrong, review = review_of_page(tmp_path, _align(
        LWR_COST.replace("=", "&=", 1), r"\nabla_\theta J(\theta) &= X^T W (X\theta - y)", r"&= X^TWX\theta - X^TWy"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("diagonal matrix of the examples' weights" in note for note in review["notes"])


def test_twice_the_weighted_gradient_is_wrong(tmp_path):
    """2XᵀW(Xθ − y), the gradient of (Xθ − y)ᵀW(Xθ − y) without the ½ (the test above shows it is not ∇J)."""
    code, ending, wrong, _ = review_of_page(tmp_path, _align(
        LWR_COST.replace("=", "&=", 1), r"\nabla_\theta J(\theta) &= 2X^T W (X\theta - y)"))
    assert (code, ending, wrong) == (1, "wrong", [4])


def test_w_transposed_is_w(tmp_path):
    """XᵀWᵀ(Xθ − y): W is diagonal, so Wᵀ = W and the line is ∇J."""
    code, ending, wrong, _ = review_of_page(tmp_path, _align(
        LWR_COST.replace("=", "&=", 1), r"\nabla_\theta J(\theta) &= X^T W^T (X\theta - y)"))
    assert (code, ending, wrong) == (0, "gradient", [])


def test_w_on_the_wrong_side_does_not_conform(tmp_path):
    """WXᵀ(Xθ − y): W is m×m and Xᵀ n×m, so the line has no value: a wrong step, its shapes named."""
    result = steps_of_page(tmp_path, _align(LWR_COST.replace("=", "&=", 1),
                                            r"\nabla_\theta J(\theta) &= W X^T (X\theta - y)"), "-f", "text")
    assert result.exit_code == 1
    assert "'W' is m×m and 'X^T' is n×m" in result.stdout


@pytest.mark.parametrize("cost, words", [
    # W beside θ: m×m beside an n×1 vector — a cost whose shapes do not conform is refused
    (LWR_COST + r" + \theta^T W \theta", "'W' is m×m"),
    # in index form W is no matrix: a sum over the examples keeps the refusal of an unknown function
    (r"J(\theta) = \frac{1}{2}\sum_{i=1}^m W (y_i - \theta^T x_i)^2", "no function W is defined"),
])
def test_w_elsewhere_is_refused(tmp_path, cost, words):
    result = steps_of_page(tmp_path, _align(cost.replace("=", "&=", 1), r"\nabla_\theta J(\theta) &= X^T W (X\theta - y)"))
    assert result.exit_code == 2
    assert words in result.stderr


# --- a '(' after ∇ never closed ----------------------------------------------------------------------------------

def test_an_unclosed_bracket_that_conforms_nowhere_is_a_wrong_step(tmp_path):
    """CS229's (1.5.8), verbatim: wherever its '(' closes, Xᵀθᵀ stays inside (or Xᵀ alone is under ∇): no value."""
    code, ending, wrong, review = review_of_page(tmp_path, _align(
        LWR_COST.replace("=", "&=", 1), r"\nabla_\theta J(\theta) &= X^T W (X\theta - y)",
        r"&= \nabla_\theta (X^{T}\theta^{T}WX\theta - 2y^{T}WX\theta"))
    assert (code, ending, wrong) == (1, "wrong", [5])
    assert any("never closed; wherever it closes" in note for note in review["notes"])


@pytest.mark.parametrize("line", [
    # closed at the end it is ∇ of ½θᵀXᵀXθ − yᵀXθ, closed before '- y' another number: the writer decides
    r"&= \nabla_\theta (\frac{1}{2}\theta^TX^TX\theta - y^TX\theta",
    # one place to close it gives ∇(θᵀXᵀXθ), a value; others do not: still refused
    r"&= \nabla_\theta (\theta^TX^TX\theta",
])
def test_an_unclosed_bracket_with_a_value_somewhere_stays_refused(tmp_path, line):
    result = steps_of_page(tmp_path, _align(r"J(\theta) &= \frac{1}{2}(X\theta - y)^T (X\theta - y)",
                                            r"\nabla_\theta J(\theta) &= X^TX\theta - X^Ty", line))
    assert result.exit_code == 2
    assert "'(' is never closed" in result.stderr
