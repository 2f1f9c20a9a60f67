"""fixchains2 (issue 10): what the blind sets cold6 and cold7 showed `steps` could not read yet.

Each reading is held on the real page (verbatim, its source named) and on near-variants that mean something
else, which must be refused or read right. The hand-worked truths are checked independently of logderiv, with
sympy.diff and central finite differences (tests/_numeric.py):

* ½ Σᵢ (wᵀxᵢ − yᵢ)² has ∂/∂wⱼ = Σᵢ (wᵀxᵢ − yᵢ) xᵢⱼ (cold7's jp_hugo_gd_half_sse_component.md, line 22, whose
  ", j = 0, 1, …, D" is the range of j, no step);
"""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences

HERE = Path(__file__).parent
COLD7 = HERE / "derivations_cold7"


# -- the hand-worked truths, checked independently ----------------------------------------------------------------

def test_the_half_sse_component_by_finite_differences():
    """∂/∂wⱼ ½Σᵢ(wᵀxᵢ − yᵢ)² = Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ, for every j (the range j = 0, …, D is every entry)."""
    generator = numpy.random.default_rng(102)
    X, y, w = generator.normal(size=(6, 4)), generator.normal(size=6), generator.normal(size=4)
    numeric = central_differences(lambda v: 0.5 * numpy.sum((X @ v - y) ** 2), w)
    assert numpy.allclose(numeric, X.T @ (X @ w - y), atol=1e-6)


# -- an index range beside a step: j = 0, 1, …, D -----------------------------------------------------------------

_COST_DISPLAY = "$$J(w) = \\frac{1}{2}\\sum_{i=1}^{N} (w^T x^{(i)} - y^{(i)})^2$$\n\n"
_COMPONENT = "\\frac{\\partial J}{\\partial w_j} = \\sum_{i=1}^{N} (w^T x^{(i)} - y^{(i)})x_j^{(i)}"


def test_the_real_page_with_its_index_range_ends_at_the_gradient():
    """cold7's jp_hugo page (a Japanese Hugo post, public code index file 38672009885): line 22's range is no step."""
    path = COLD7 / "jp_hugo_gd_half_sse_component.md"
    result = _steps_file(path)
    assert result.exit_code == 0, result.output
    assert "every step holds, and the last line is the gradient" in result.output
    assert "'j = 0, 1, \\ldots, D' says for which components the formula holds" in result.output
    assert "line 22" in result.output


def _steps_file(path: Path, *options: str):
    from click.testing import CliRunner
    from logderiv.cli import main

    return CliRunner().invoke(main, ["steps", str(path), "-f", "text", *options])


@pytest.mark.parametrize("qualifier", [",\\ j = 0, 1, \\ldots, D", ", j = 1, \\ldots, n",
                                       " \\quad \\text{for } j = 0, 1, \\dots, n"])
def test_an_index_range_after_the_last_side_is_set_aside(tmp_path, qualifier):
    """The range of j after a step, however it is introduced, says which entries the formula gives: noted."""
    code, ending, wrong, review = _review(tmp_path, _COST_DISPLAY + f"$${_COMPONENT}{qualifier}$$\n")
    assert (code, ending, wrong) == (0, "gradient", [])
    assert len(review["steps"]) == 2
    assert any("says for which components the formula holds" in note for note in review["notes"])


@pytest.mark.parametrize("qualifier", [
    ",\\ j = 0, 1, 2",            # no ellipsis: a list of values, not the range the reader knows
    ",\\ j = 0, 1, \\ldots, D + 1",  # an expression after the range's end
    ",\\ x = 0, 1, \\ldots, D",    # x is no component index
])
def test_what_only_looks_like_an_index_range_is_still_refused(tmp_path, qualifier):
    """Near-variants that are not a range of the component index: refused with a caret, as before, never read."""
    result = _steps(tmp_path, _COST_DISPLAY + f"$${_COMPONENT}{qualifier}$$\n", "-f", "text")
    assert result.exit_code == 2, result.output
    assert "^" in result.stderr


def test_a_range_then_a_further_side_is_a_step_again(tmp_path):
    """An '=' after what looks like a range is a step: the row does not end at the range, so it is not one."""
    result = _steps(tmp_path, _COST_DISPLAY + f"$${_COMPONENT},\\ j = 0, 1, \\ldots, D = 0$$\n", "-f", "text")
    assert result.exit_code in (1, 2), result.output
    assert "says for which components" not in result.output
