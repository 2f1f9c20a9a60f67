"""A chain written with annotated '=' (``\\overset{\\text{rule}}{=}``) is a chain, and the prose beside it is read.

``derive -f markdown`` writes its rows that way, and so do hand-written notes;
page reading counted only bare '=', so such a page was never seen as a
derivation with definitions beside it: ``where $h(x) = \\sigma(\\theta^\\top x)$``
was ignored and h read as θᵀx — the squared error of a sigmoid without its
σ′ factor then passed as right. Rules stated as implications in the prose
(``$f = h \\Rightarrow f \\mapsto h$``, derive's rule list) are not definitions.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.notation.page import _bracketed, _definition

_RIGHT = r"""where $h(x) = \sigma(\theta^\top x)$.

$$
\begin{aligned}
\frac{\partial J}{\partial \theta_j} &= \frac{\partial}{\partial \theta_j} \frac{1}{2m}\sum_{i=1}^m (h(x^{(i)}) - y^{(i)})^2 \\
&\overset{\text{chain rule}}{=} \frac{1}{m}\sum_{i=1}^m (h(x^{(i)}) - y^{(i)}) h(x^{(i)})(1-h(x^{(i)})) x_j^{(i)}
\end{aligned}
$$
"""
#: the σ′ factor h(1 − h) forgotten: right only if h were θᵀx
_FORGOTTEN = _RIGHT.replace(r" h(x^{(i)})(1-h(x^{(i)})) x_j^{(i)}", r" x_j^{(i)}")


def _steps(tmp_path, text: str) -> dict:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_the_prose_definition_beside_an_annotated_chain_is_read(tmp_path):
    """(1/m) Σ (h − y) h(1 − h) xⱼ is ∂/∂θⱼ of (1/2m) Σ (σ(θᵀx) − y)² (by hand, σ′ = σ(1 − σ)): ✓, h noted."""
    review = _steps(tmp_path, _RIGHT)
    assert review["ending"] == "gradient"
    assert all(step["valid"] is not False for step in review["steps"])
    assert any("defines h beside the derivation" in note for note in review["notes"]), review["notes"]


def test_the_forgotten_sigmoid_derivative_is_caught(tmp_path):
    """Without h(1 − h) the last row is not the gradient of the sigmoid's squared error: ✗ at that row."""
    review = _steps(tmp_path, _FORGOTTEN)
    assert any(step["valid"] is False for step in review["steps"]), review


def test_derive_markdown_states_h_and_reads_back_as_valid(tmp_path):
    """derive mse-sigmoid -f markdown states h = σ(θᵀx) before the chain; steps reads its own output as ✓."""
    derived = CliRunner().invoke(main, ["derive", "mse-sigmoid", "-f", "markdown"])
    assert derived.exit_code == 0
    assert r"where $h\left(x^{(i)}\right) = \sigma\left(\theta^{\top} x^{(i)}\right)$." in derived.output
    review = _steps(tmp_path, derived.output)
    assert review["ending"] == "gradient"


@pytest.mark.parametrize(("maths", "count"), [
    (r"a &\overset{\text{linearity}}{=} b", 1),
    (r"&\stackrel{(1)}{=} b \\ &\underset{x}{=} c", 2),
    (r"&\overset{h\left(x^{(i)}\right) = \sigma\left(\theta^{\top} x^{(i)}\right)}{=} -\frac{1}{m}", 1),
])
def test_an_annotated_equals_counts_once_and_keeps_its_place(maths, count):
    blanked = _bracketed(maths)
    assert len(blanked) == len(maths)
    assert blanked.count("=") == count
    assert all(maths[at] == "=" for at, char in enumerate(blanked) if char == "=")


@pytest.mark.parametrize("maths", [
    r"f = h \;\Rightarrow\; f \mapsto h",
    r"h = f \implies g = f",
    r"x = 1 \to y",
])
def test_a_rule_stated_as_an_implication_is_no_definition(maths):
    assert _definition(maths, (0, len(maths))) is None


def test_a_plain_definition_still_is_one():
    maths = r"h(x) = \sigma(\theta^\top x)"
    found = _definition(maths, (0, len(maths)))
    assert found is not None and found.head == "h"
