"""audit24c (issue 10): an adversarial audit of fixcold25's readings, each misread found fixed and pinned here.

fixcold25 read a chain-rule page that derives ∂E/∂s in two displays (a lecture slide's, then the asker's) as two
derivations, the page ending at the gradient only if each does. But the second display's first side was still judged
against the first display's END, not against ∂E/∂s: where the slide ends wrong, the asker's right product
∂E/∂z · ∂z/∂s was called wrong, and where the loss holds s directly (a penalty λs²/2, so the chain through z alone
misses a term) the asker's repeat of the slide's wrong product was passed. Each display opening with ∂E/∂s states
∂E/∂s = …, true or false on its own: its first side is now judged against ∂E/∂s.

Its network refusal counted a^{[0]} — the input x in a network's notation — as a layer, so a one-layer page
(logistic regression written a^{[0]} = x, w^{[1]}, a^{[1]} = σ(z^{[1]})) was refused as "a neural network of two
layers or more". a^{[0]} is no layer now; the page meets the refusal its shape meets.

The facts the pages rest on are checked by central finite differences (tests/_numeric.py), never by logderiv:

* E = ½(z − t)², z = σ(s): dE/ds = (z − t) z (1 − z), and z − t is not it;
* E = −t log z − (1 − t) log(1 − z) + λs²/2, z = σ(s): dE/ds = z − t + λs, and z − t (∂E/∂z · ∂z/∂s, the chain
  through z alone, ∂E/∂z taken with s held) is not it.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy
import pytest
from _derivations_table import steps_of_page
from _numeric import central_differences

from logderiv.notation.network import network_layers

_TESTS = Path(__file__).parent


def _sigma(s: float) -> float:
    return 1 / (1 + math.exp(-s))


_LAMBDA = 0.7


@pytest.mark.parametrize("t", [0.0, 1.0, 0.3])
@pytest.mark.parametrize("s", [-1.3, 0.4, 2.2])
def test_the_facts_hold(s, t):
    z = _sigma(s)
    mse = central_differences(lambda v: 0.5 * (_sigma(v[0]) - t) ** 2, numpy.array([s]))[0]
    assert mse == pytest.approx((z - t) * z * (1 - z), abs=1e-8)
    assert abs(mse - (z - t)) > 1e-3

    def penalised(v: numpy.ndarray) -> float:
        y = _sigma(v[0])
        return -t * math.log(y) - (1 - t) * math.log(1 - y) + _LAMBDA / 2 * v[0] ** 2

    by_s = central_differences(penalised, numpy.array([s]))[0]
    assert by_s == pytest.approx(z - t + _LAMBDA * s, abs=1e-6)
    assert abs(by_s - (z - t)) > 1e-3


def _page(loss: str, lemma: str, first: str, second: str) -> str:
    """E of z = σ(s) (s defined nowhere: the logit reading), a lemma ∂E/∂z at line 5, ∂E/∂s by the chain rule at line
    7 ending ``first``, and the asker's ∂E/∂s derived again at line 9, ending ``second``."""
    chain = r"\frac{\partial E}{\partial s} = \frac{\partial E}{\partial z}\frac{\partial z}{\partial s} = "
    return (f"$$E={loss}$$\n\n$$z = \\frac{{1}}{{1+e^{{-s}}}}$$\n\n$$\\frac{{\\partial E}}{{\\partial z}} = {lemma}$$\n\n"
            f"$${chain}{first}$$\n\n$${chain}{second}$$\n")


def _steps_by_line(tmp_path, page: str) -> tuple[str, dict[int, list[bool]]]:
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    lines: dict[int, list[bool]] = {}
    for step in review["steps"]:
        lines.setdefault(step["line"], []).append(step["valid"])
    return review["ending"], lines


def test_a_right_product_after_a_wrong_display_is_right(tmp_path):
    """½(z − t)²: the slide ends at z − t (wrong, the facts above); the asker writes ∂E/∂z · ∂z/∂s again, which IS
    ∂E/∂s — right, though the display before it ended wrong — then z − t again, wrong. Old code: the product at line
    9 was judged against line 7's z − t and called wrong."""
    ending, lines = _steps_by_line(tmp_path, _page(r"\frac{1}{2}(z-t)^2", "z - t", "z - t", "z - t"))
    assert ending == "wrong"
    assert lines[7] == [True, False]
    assert lines[9] == [True, False]


def test_a_wrong_product_repeated_is_wrong_again(tmp_path):
    """E holds s itself (λs²/2): ∂E/∂z · ∂z/∂s, the chain through z alone, misses λs (the facts above) — wrong at
    line 7 and wrong again at line 9. Old code: line 9's product was judged against line 7's z − t and passed."""
    page = _page(r"-t\log(z)-(1-t)\log(1-z) + \frac{\lambda}{2}s^2", r"\frac{z-t}{z(1-z)}", "z - t", "z - t")
    ending, lines = _steps_by_line(tmp_path, page)
    assert ending == "wrong"
    assert lines[7][0] is False
    assert lines[9][0] is False


def test_a_right_restatement_stays_right(tmp_path):
    """Both displays right ((z − t) z (1 − z) for ½(z − t)², the facts above): every step valid, the gradient."""
    ending, lines = _steps_by_line(tmp_path, _page(r"\frac{1}{2}(z-t)^2", "z - t", "(z - t)z(1-z)", "(z-t)z(1-z)"))
    assert ending == "gradient"
    assert lines == {7: [True, True], 9: [True, True]}


# ---- a^{[0]} is the input, no layer ------------------------------------------------------------------------------

_ONE_LAYER = ("Logistic regression as a one-layer network, with $a^{[0]} = x$:\n\n"
              "$$\\mathcal{L} = -y\\log(a^{[1]}) - (1-y)\\log(1-a^{[1]})$$\n\n$$a^{[1]} = \\sigma(z^{[1]})$$\n\n"
              "$$z^{[1]} = w^{[1]} a^{[0]} + b^{[1]}$$\n\n"
              "$$\\frac{\\partial \\mathcal{L}}{\\partial w^{[1]}} = (a^{[1]} - y) a^{[0]}$$\n\n"
              "$$\\frac{\\partial \\mathcal{L}}{\\partial b^{[1]}} = a^{[1]} - y$$\n")


def test_a_one_layer_page_with_the_input_as_a_zero_is_no_network(tmp_path):
    """One layer, a^{[0]} = x the input: logistic regression, never "a network of two layers or more" (old code
    said so); the page meets the refusal its shape meets."""
    result = steps_of_page(tmp_path, _ONE_LAYER)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert "neural network" not in result.stderr
    assert network_layers(_ONE_LAYER) is None


def test_two_layers_beside_the_input_are_still_a_network():
    assert network_layers("$a^{[0]} = x$, $a^{[1]} = \\sigma(W^{[1]} a^{[0]})$, $a^{[2]} = \\sigma(W^{[2]} a^{[1]})$")
    assert network_layers("$a^{[l]} = g(z^{[l]})$, $z^{[l]} = W^{[l]} a^{[l-1]}$")


# ---- the logit reading only by the logit -------------------------------------------------------------------------

@pytest.mark.parametrize("by", ["u", "b"])
def test_a_derivative_by_another_name_than_the_undefined_logit_is_refused(tmp_path, by):
    """s defined in words only, E differentiated by u (or b), which a penalty holds so that the cost depends on it:
    how s holds u is not said. Old code read z = σ(u) and gave a verdict; refused now, naming s, with a caret."""
    page = (f"Here s is the weighted input, the weight w times the input x.\n\n"
            f"$$E=-t\\log(z)-(1-t)\\log(1-z)+\\frac{{\\lambda}}{{2}}{by}^2$$\n\n$$z = \\frac{{1}}{{1+e^{{-s}}}}$$\n\n"
            "$$\\frac{\\partial E}{\\partial z} = \\frac{z-t}{z(1-z)}$$\n\n" +
            2 * (f"$$\\frac{{\\partial E}}{{\\partial {by}}} = \\frac{{\\partial E}}{{\\partial z}}"
                 f"\\frac{{\\partial z}}{{\\partial {by}}} = z - t$$\n\n"))
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert f"the page differentiates E by {by}, but its z is σ(s) and s is defined nowhere" in result.stderr
    assert "^" in result.stderr and "Traceback" not in result.stderr
    assert "σ(" + by + ")" not in result.stderr


# ---- only a blank under the comma is read past -------------------------------------------------------------------

_SLIDE = _TESTS / "derivations_cold25" / "en_qa_mirror_ce_slide_logit_by_my_calculations.md"


def test_maths_under_the_comma_is_not_read_past(tmp_path):
    """The cold25 slide with s = w x + b set under its comma instead of a white integral: that prints maths, no
    blank. Old code read it past, noting "under a blank"; now the page is not read so (refused), never a false note."""
    page = _SLIDE.read_text(encoding="utf-8").replace(r"\underset{\color{white}{\int}}{,}", r"\underset{s = w x + b}{,}")
    assert r"\underset{s = w x + b}{,}" in page
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "under a blank" not in result.output + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("blank", [r"\color{white}{\int}", r"\phantom{\int}", ""])
def test_a_blank_under_the_comma_is_still_read_past(tmp_path, blank):
    page = _SLIDE.read_text(encoding="utf-8").replace(r"\underset{\color{white}{\int}}{,}", rf"\underset{{{blank}}}{{,}}")
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    # the page's hand-worked row (tests/derivations_cold25/expected.txt): gradient, no wrong line
    assert review["ending"] == "gradient"
    assert not [step for step in review["steps"] if step["valid"] is False]
    assert any("under a blank" in note for note in review["notes"])
