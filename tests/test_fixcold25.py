"""fixcold25 (issue 10): the refusals of the blind derivation set cold25, each read by a general rule or kept refused.

What each real page means was worked by hand (tests/derivations_cold25/expected.txt, never logderiv's output); the
facts the synthetic pages rest on are checked here by central finite differences with NumPy:

* E(s) = −t log σ(s) − (1 − t) log(1 − σ(s)) has dE/ds = σ(s) − t, for t = 0 and t = 1 alike, and t − σ(s) is not it;
* ∂E/∂z of E(z) = −t log z − (1 − t) log(1 − z) is (z − t)/(z(1 − z)), and dσ/ds = e^{−s}/(1 + e^{−s})², not σ(s)².

The rule: a chain-rule page whose loss E is written in z, z = σ(s) (σ written out), and s defined nowhere — a lecture
slide's "∂E/∂s = ∂E/∂z ∂z/∂s = z − t" — differentiates by the logit s as the variable it is: read as ∂E/∂s of the
page's model (noted), its ∂z/∂s with no lemma on the page read as the derivative of z's definition (noted), each
display deriving ∂E/∂s one derivation that must end at the gradient (a page ends at the gradient only if each
does). A σ of a parameter or of the data (σ(w), σ(x)) is no logit: refused as before. Around it, what prints no
maths is read past with a note: \\text{if} before a definition's name, a comma set under a blank (\\underset{…}{,}),
and \\partial{E} with its name braced is ∂E.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome_of
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_TESTS = Path(__file__).parent

#: every real page of cold25 a rule of this stop reads, each with its hand-worked row in expected.txt
_READ = ["en_qa_mirror_ce_slide_logit_by_my_calculations.md",
         "en_qa_mirror_ce_slide_logit_by_my_calculations_planted_sigma_prime.md"]


@pytest.mark.parametrize("file", _READ)
def test_each_real_page_is_judged_as_by_hand(file):
    folder = _TESTS / "derivations_cold25"
    kind, detail = outcome_of(folder, file)
    assert kind == "right", detail


# ---- the facts, by finite differences ---------------------------------------------------------------------------

def _sigma(s: float) -> float:
    return 1 / (1 + math.exp(-s))


def _e_of_z(z: float, t: float) -> float:
    return -t * math.log(z) - (1 - t) * math.log(1 - z)


@pytest.mark.parametrize("t", [0.0, 1.0])
@pytest.mark.parametrize("s", [-1.3, 0.3, 2.1])
def test_the_logit_facts_hold(s, t):
    z = _sigma(s)
    by_s = central_differences(lambda v: _e_of_z(_sigma(v[0]), t), numpy.array([s]))[0]
    assert by_s == pytest.approx(z - t, abs=1e-7)
    assert abs(by_s - (t - z)) > 1e-3
    by_z = central_differences(lambda v: _e_of_z(v[0], t), numpy.array([z]))[0]
    assert by_z == pytest.approx((z - t) / (z * (1 - z)), rel=1e-6)
    dz = central_differences(lambda v: _sigma(v[0]), numpy.array([s]))[0]
    assert dz == pytest.approx(math.exp(-s) / (1 + math.exp(-s)) ** 2, rel=1e-6)
    assert abs(dz - z ** 2) > 1e-3


# ---- a derivative by the logit -----------------------------------------------------------------------------------

def _slide(last: str = "z - t", *, sigma: str = r"\frac{1}{1+e^{-s}}", again: str = "z - t") -> str:
    """The slide's page: E of z, z = σ(s) written out, ∂E/∂z, then ∂E/∂s by the chain rule ending ``last`` (line 7),
    and the asker's ∂E/∂s derived again, ending ``again`` (line 9) — two derivations of one derivative, as the real
    page has (a page of one is read by the general reader, as before)."""
    return (f"$$E=-t\\log(z)-(1-t)\\log(1-z)$$\n\n$$z = {sigma}$$\n\n"
            "$$\\frac{\\partial E}{\\partial z} = \\frac{z-t}{z(1-z)}$$\n\n"
            f"$$\\frac{{\\partial E}}{{\\partial s}} = \\frac{{\\partial E}}{{\\partial z}}\\frac{{\\partial z}}"
            f"{{\\partial s}} = {last}$$\n\n"
            f"$$\\frac{{\\partial E}}{{\\partial s}} = \\frac{{\\partial E}}{{\\partial z}}\\frac{{\\partial z}}"
            f"{{\\partial s}} = {again}$$\n")


def _review(tmp_path, page: str) -> tuple[int, str, list[int], dict]:
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    steps = [*review["steps"], *(step for lemma in review.get("lemmas", []) for step in lemma["steps"])]
    return result.exit_code, review["ending"], sorted(step["line"] for step in steps if step["valid"] is False), review


def test_a_derivative_by_the_logit_is_read_and_noted(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _slide())
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = " ".join(review["notes"])
    assert "the variable the page differentiates by" in notes and "∂E/∂s" in notes
    assert "∂z/∂s has no lemma on the page: read as the derivative of z = σ(s)" in notes


def test_a_wrong_sign_by_the_logit_is_wrong_at_its_line(tmp_path):
    """t − z is −(dE/ds) (finite differences above): wrong at line 9, the page ends wrong."""
    code, ending, wrong, _ = _review(tmp_path, _slide(again="t - z"))
    assert (code, ending, wrong) == (1, "wrong", [9])


def test_a_wrong_lemma_is_wrong_at_its_own_line(tmp_path):
    """∂E/∂z = (t − z)/(z(1 − z)) has its sign flipped: wrong at line 5; the chain's product is the true value, so line
    7's and line 9's z − t still hold and the page ends at the gradient with its error at line 5."""
    page = _slide().replace(r"\frac{z-t}{z(1-z)}", r"\frac{t-z}{z(1-z)}")
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "gradient", [5])


def test_each_display_by_the_logit_must_end_at_the_gradient(tmp_path):
    """The slide ends at t − z, wrong; the asker derives ∂E/∂s again to z − t: the page ends wrong (each derivation
    must end at the gradient), its first wrong step the slide's, at line 7."""
    code, ending, wrong, review = _review(tmp_path, _slide("t - z"))
    assert (code, ending, wrong[:1]) == (1, "wrong", [7])
    assert any("a later display derives it again" in note for note in review["notes"])


def test_sigma_of_the_expanded_step_is_checked(tmp_path):
    """The asker's ∂z/∂s written as 1/(1 + e^{−s})² (σ², not σ′, by the facts above): wrong at that line."""
    code, ending, wrong, _ = _review(tmp_path, _slide(again=r"\frac{z-t}{z(1-z)} \frac{1}{(1+e^{-s})^2}"))
    assert (code, ending, wrong) == (1, "wrong", [9])


@pytest.mark.parametrize("argument", ["w", "x"])
def test_sigma_of_a_parameter_or_the_data_is_no_logit(tmp_path, argument):
    """z = σ(w) or σ(x): w is a parameter and x the data, no logit defined nowhere: refused as before."""
    page = _slide(sigma=rf"\frac{{1}}{{1+e^{{-{argument}}}}}").replace(r"\partial s", rf"\partial {argument}")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stderr


def test_a_logit_with_a_definition_is_the_three_name_chain(tmp_path):
    """z = σ(s) with s = wx defined: the page's chain of three names, whose ∂z/∂s must have a lemma (refused, naming it,
    as tests/test_chains22b.py keeps): the logit reading is only for an s defined nowhere."""
    page = _slide().replace(r"\partial s", r"\partial w") + "\n$$s = w x$$\n"
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


# ---- what prints no maths, read past ------------------------------------------------------------------------------

_ALIGNED = (r"$$E=-t\log(z)-(1-t)\log(1-z)$$ and $$\begin{align}\frac{\partial E}{\partial z}&=\frac{z-t}{z(1-z)}\\ "
            r"\text{if}\qquad z&=\frac{1}{1+e^{-s}}\underset{\color{white}{\int}}{,}\\ \frac{\partial E}{\partial s}&="
            r"\frac{\partial E}{\partial z}\frac{\partial z}{\partial s}=z-t\end{align}$$" "\n\n"
            r"$$ \dfrac{ \partial{E} }{ \partial{s} } = \dfrac{ \partial{E} }{ \partial{z} } \dfrac{ \partial{z} }"
            r"{ \partial{s} } = z - t $$" "\n")


def test_words_and_punctuation_are_read_past_and_said(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _ALIGNED)
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = " ".join(review["notes"])
    assert "\\text{if} before the name is a word of the prose" in notes
    assert "\\underset{\\color{white}{\\int}}{,} sets a comma or full stop under a blank" in notes


@pytest.mark.parametrize("form", ["text", "markdown", "latex"])
def test_the_logit_reading_is_said_in_every_format(tmp_path, form):
    result = _steps(tmp_path, _slide(), "-f", form)
    assert result.exit_code == 0, result.output
    assert "the variable the page differentiates by" in result.stdout
    if form == "text":
        assert "note: " in result.stdout


# ---- a neural network's backpropagation: refused, saying why ------------------------------------------------------

_NETWORK = ["en_qa_mirror_backprop_two_layer_cost_factor_dropped.md", "en_qa_mirror_two_layer_net_scratch_partials.md",
            "en_qa_mirror_two_layer_net_scratch_partials_planted_chain_rule.md"]


@pytest.mark.parametrize("file", _NETWORK)
def test_a_networks_page_is_refused_naming_the_network(file):
    """cold25's two-layer network pages (their rows worked by hand, a network's backpropagation): refused, exit 2,
    saying the page is a network's, with a caret — never judged."""
    from click.testing import CliRunner

    from logderiv.cli import main

    result = CliRunner().invoke(main, ["steps", str(_TESTS / "derivations_cold25" / file)])
    assert result.exit_code == 2
    assert "a neural network of two layers or more" in result.stderr and "^" in result.stderr


_ONE_LAYER = ("This one-neuron neural network is logistic regression.\n\n"
              "$$L = -y\\log(a) - (1-y)\\log(1-a)$$\n\n$$a = \\sigma(z)$$\n\n$$z = w_1 x_1 + b$$\n\n"
              "$$\\frac{\\partial L}{\\partial a} = \\frac{a-y}{a(1-a)}$$\n\n$$\\frac{\\partial a}{\\partial z} = a(1-a)$$\n\n"
              "$$\\frac{\\partial z}{\\partial w_1} = x_1$$\n\n"
              "$$\\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial a}\\frac{\\partial a}{\\partial z}"
              "\\frac{\\partial z}{\\partial w_1} = (a-y)x_1$$\n")


def test_a_one_layer_page_calling_itself_a_network_is_read(tmp_path):
    """The prose's "neural network" decides nothing: a one-layer chain page is read as before, (a − y)x₁ its gradient."""
    code, ending, wrong, review = _review(tmp_path, _ONE_LAYER)
    assert (code, ending, wrong) == (0, "gradient", [])
    # (a − y)x₁ is ∂L/∂w₁ of L(σ(w₁x₁ + b)), by finite differences at a point
    x1, b, w1 = 0.7, -0.2, 0.4
    for y in (0.0, 1.0):
        by_w = central_differences(lambda v: _e_of_z(_sigma(v[0] * x1 + b), y), numpy.array([w1]))[0]
        assert by_w == pytest.approx((_sigma(w1 * x1 + b) - y) * x1, abs=1e-7)


def test_the_network_signs_are_the_maths():
    from logderiv.notation.network import network_layers

    assert network_layers(_ONE_LAYER) is None
    assert network_layers("$a_L = \\sigma(z_L)$, $z_L = w_L a_{L-1}$") is not None
    assert network_layers("$W^{[1]} x$ and $W^{[2]} a^{[1]}$") is not None
    assert network_layers("$a_1 = f(m_1 x_1)$ $$a_2 = f(m_2 x_1)$$") is None  # one layer of two units
    assert network_layers("$a_1 = f(m_1 x_1)$ $$a_2 = f(m_2 a_1)$$") is not None
