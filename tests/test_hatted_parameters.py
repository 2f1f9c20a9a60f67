r"""``\hat\beta`` on one line and ``\beta`` on another is refused, as ``\hat{a}`` beside ``a`` is.

Each line of a derivation is read on its own, and a line writing β̂ alone reads it
as β ("which the text writes no other way" — true of that line only). The page
``∂/∂β̂ (y − β̂x)² = −2x(y − β̂x) = −2x(y − βx)`` then passed as "every step
holds" with β̂ and β silently one quantity (found in pages2's review).
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from logderiv.cli import main


def _steps(tmp_path, text: str):
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["steps", str(path), "-f", "text"])


@pytest.mark.parametrize("page", [
    r"$$\frac{\partial}{\partial\hat{\beta}}(y-\hat{\beta}x)^2 = -2x(y-\hat{\beta}x) = -2x(y-\beta x)$$",
    r"$$\frac{\partial}{\partial\hat\theta}(y-\hat\theta x)^2 = -2x(y-\hat\theta x) = -2x(y-\theta x)$$",
])
def test_the_estimate_and_the_parameter_both_written_are_refused(tmp_path, page):
    result = _steps(tmp_path, page + "\n")
    assert result.exit_code == 2, result.output
    assert "are both written" in result.output
    # the caret stands under the plain letter's backslash on the last line
    caret_line = result.output.splitlines()[2]
    echoed = result.output.splitlines()[1]
    assert echoed[caret_line.index("^"):].startswith(("\\beta", "\\theta"))


def test_the_estimate_alone_is_still_read(tmp_path):
    """d/dβ̂ (y − β̂x)² = −2x(y − β̂x) by the chain rule (by hand): every step holds."""
    page = r"$$\frac{\partial}{\partial\hat{\beta}}(y-\hat{\beta}x)^2 = -2x(y-\hat{\beta}x)$$" + "\n"
    result = _steps(tmp_path, page)
    assert result.exit_code in (0, 1), result.output
    assert "✗" not in result.output
