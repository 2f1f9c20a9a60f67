"""fixderiv24 (issue 10): a derivation by θⱼ whose name declares J(θ₀, θ₁), read with the page's one-feature line.

Ng's week-1 page (tests/derivations_cold19, en_notes_linreg_theta0_theta1_long_chain) writes
∂/∂θⱼ J(θ₀, θ₁) = ∂/∂θⱼ (1/2m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)² = ∂/∂θⱼ (1/2m)Σ(θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)², "we need to evaluate this
for j = 0 and j = 1", then derives ∂/∂θ₀ and ∂/∂θ₁. Before, the θⱼ display read h as θᵀx of n features (the name's
J(θ₀, θ₁) was read only under ∂/∂θ₀), so its own rewrite in θ₀ + θ₁x was judged WRONG — a false 'different' — and,
beside --cost linear, the three displays took two costs and the page was refused. Now:

* the parameters the derivative's name declares (J(θ₀, θ₁)) are the cost's under ∂/∂θⱼ as under ∂/∂θ₀: h is the
  line θ₀ + θ₁x (noted), and beside --cost linear the cost is the preset in the page's letters (noted);
* a derivation by θⱼ left unfinished is finished by the derivations by θ₀ AND θ₁ that follow it (j is 0 or 1 by the
  name), the page ending where they do (noted); with one of them missing it stays unfinished.

What the page means was worked by hand (expected.txt, never logderiv's output); the facts the synthetic pages rest
on are checked here by central finite differences with NumPy.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome_of, steps_of_page
from _numeric import central_differences

_TESTS = Path(__file__).parent

_READ = ["en_notes_linreg_theta0_theta1_long_chain.md",
         "en_notes_linreg_theta0_theta1_long_chain_planted_chain_factor.md"]


@pytest.mark.parametrize("file", _READ)
def test_each_real_page_is_judged_as_by_hand(file):
    folder = _TESTS / "derivations_cold19"
    kind, detail = outcome_of(folder, file)
    assert kind == "right", detail


# ---- the facts, by finite differences ---------------------------------------------------------------------------

_X = numpy.array([0.5, -1.2, 2.0, 0.3])
_Y = numpy.array([1.0, -0.4, 2.5, 0.1])


def _cost(theta: numpy.ndarray) -> float:
    return float(((theta[0] + theta[1] * _X - _Y) ** 2).sum() / (2 * len(_X)))


@pytest.mark.parametrize("theta", [(0.3, -0.7), (-1.1, 0.4)])
def test_the_one_feature_gradient_holds(theta):
    at = numpy.array(theta)
    residual = at[0] + at[1] * _X - _Y
    numeric = central_differences(_cost, at)
    # ∂/∂θ₀ = (1/m)Σ(h − y), ∂/∂θ₁ = (1/m)Σ(h − y)x: the last lines of the θ₀ and θ₁ displays below
    assert numeric == pytest.approx([residual.mean(), (residual * _X).mean()], abs=1e-7)
    # and 2(1/m)Σ(h − y)x (the planted factor) is not ∂/∂θ₁
    assert abs(2 * (residual * _X).mean() - numeric[1]) > 1e-3


# ---- the pages ----------------------------------------------------------------------------------------------------

def _review(tmp_path, text, *options):
    """The exit code, ending, first wrong line (a list of at most one) and JSON review of ``logderiv steps``."""
    result = steps_of_page(tmp_path, text, *options, "-f", "json", "--timeout", "60")
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    return result.exit_code, review["ending"], wrong[:1], review


_GENERAL = r"""$$
\begin{align*}
\frac{\partial}{\partial\theta_j}J(\theta_0,\theta_1) &= \frac{\partial}{\partial\theta_j}\frac{1}{2m}\sum^m_{i=1}(h_\theta(x^{(i)}) - y^{(i)})^2\\
 &= \frac{\partial}{\partial\theta_j}\frac{1}{2m}\sum^m_{i=1}(\theta_0+\theta_1x^{(i)} - y^{(i)})^2\\
\end{align*}
$$
"""
_BY_0 = r"""We need to evaluate this for $j=0$ and $j=1$:
$$
\begin{align*}
\frac{\partial}{\partial\theta_0}J(\theta_0,\theta_1) &= \frac{\partial}{\partial\theta_0}\frac{1}{2m}\sum^m_{i=1}(h_\theta(x^{(i)}) - y^{(i)})^2\\
&= \frac{1}{m}\sum^m_{i=1}(h_\theta(x^{(i)}) - y^{(i)})\\
\end{align*}
$$
"""
_BY_1 = r"""$$
\begin{align*}
\frac{\partial}{\partial\theta_1}J(\theta_0,\theta_1) &= \frac{\partial}{\partial\theta_1}\frac{1}{2m}\sum^m_{i=1}(h_\theta(x^{(i)}) - y^{(i)})^2\\
&= \frac{FACTOR}{m}\sum^m_{i=1}(h_\theta(x^{(i)}) - y^{(i)})x^{(i)}\\
\end{align*}
$$
"""


@pytest.mark.parametrize("options", [(), ("--cost", "linear")])
def test_the_general_display_alone_reads_the_declared_line(tmp_path, options):
    # the rewrite in θ₀ + θ₁x is the page's h written out: right (it was judged wrong with h = θᵀx); no derivative is
    # taken yet, so the display ends unfinished
    code, ending, wrong, review = _review(tmp_path, _GENERAL, *options)
    assert (ending, wrong) == ("unfinished", [])
    assert any("the left side declares the parameters θ₀, θ₁" in note for note in review["notes"])
    if options:
        assert any("read in the page's letters" in note for note in review["notes"])


def test_the_instances_finish_the_general_display(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _GENERAL + _BY_0 + _BY_1.replace("FACTOR", "1"),
                                                 "--cost", "linear")
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("declares j = 0 or 1: the derivations by θ₀ and θ₁ that follow finish it" in note
               for note in review["notes"])


def test_a_wrong_instance_ends_the_page_wrong(tmp_path):
    page = _GENERAL + _BY_0 + _BY_1.replace("FACTOR", "2")
    code, ending, wrong, _ = _review(tmp_path, page, "--cost", "linear")
    assert (code, ending) == (1, "wrong")
    assert wrong == [page.splitlines().index(next(line for line in page.splitlines() if "{2}{m}" in line)) + 1]


def test_one_instance_leaves_the_general_display_unfinished(tmp_path):
    # θ₁ is never derived: j = 1 is left, and the page does not end at the gradient
    code, ending, wrong, review = _review(tmp_path, _GENERAL + _BY_0, "--cost", "linear")
    assert (ending, wrong) == ("unfinished", [])
    assert not any("that follow finish it" in note for note in review["notes"])


def test_the_note_is_in_every_format(tmp_path):
    page = _GENERAL + _BY_0 + _BY_1.replace("FACTOR", "1")
    for fmt in ("text", "markdown", "latex"):
        result = steps_of_page(tmp_path, page, "--cost", "linear", "-f", fmt, "--timeout", "60")
        assert result.exit_code == 0, result.output
        assert "finish it" in result.output, fmt
    result = steps_of_page(tmp_path, page, "--cost", "linear", "-f", "json", "--timeout", "60")
    assert any("finish it" in note for note in json.loads(result.stdout)["notes"])
