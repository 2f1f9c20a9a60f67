"""fixcold31b (issue 10): the linear pages of the blind set cold31 read by general rules, and what the rules must leave
as it was.

What each real page means was worked by hand (tests/derivations_cold31/expected.txt, never logderiv's output); the
facts the synthetic pages rest on are checked here by central finite differences with NumPy: the one-feature cost
(1/2m)Σ(wxᵢ + b − yᵢ)² has ∂/∂w = (1/m)Σ(wxᵢ + b − yᵢ)xᵢ and ∂/∂b = (1/m)Σ(wxᵢ + b − yᵢ), the sums without the 1/m
being m times them; the parabola's ½Σ(atᵢ² + btᵢ + c − yᵢ)² has ∂/∂a = Σ(…)tᵢ², not Σ(…)tᵢ.

The rules, each noted in every output format:
- ``y = f(x) = wx + b``: the label y modelled by f, read as the definition f(x) = wx + b (a chain of two '=' no
  more, which left the page "which one is checked?"); a model's chain beside the cost's chain and one derivation is
  no third derivation;
- a cost defined (L = (1/m)Σ…), then defined again rescaled before every derivation ("we divide the loss by 2":
  L(w, b) = (1/2m)Σ…): the later definition is the cost derived; refused as before where a derivation writes the
  earlier's constant alone;
- t read as x, the input, where the model multiplies it by a coefficient or raises it to a power (a tᵢ² + b tᵢ + c
  − yᵢ): Bishop's target t never is, so y is the target there.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome_of, review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_COLD31 = Path(__file__).parent / "derivations_cold31"
_LINEAR_PAGE = "en_notes_linear_w_b_first_order_sums_without_one_over_m.md"

_RNG = numpy.random.default_rng(31)
_T = _RNG.normal(size=7)
_Y = _RNG.normal(size=7)

_MODELLED_NOTE = "the label y modelled by the model's name, which the rest defines"
_RESCALED_NOTE = "defines it again rescaled, the same sum under another constant"
_INPUT_NOTE = "t is read as x, the input of each example"


def _one_feature(v: numpy.ndarray) -> float:
    w, b = v
    return float(numpy.sum((w * _T + b - _Y) ** 2) / (2 * len(_Y)))


def _parabola(v: numpy.ndarray) -> float:
    a, b, c = v
    return float(numpy.sum((a * _T ** 2 + b * _T + c - _Y) ** 2) / 2)


def test_the_facts_the_pages_rest_on():
    m = len(_Y)
    w, b = 0.3, -0.8
    residual = w * _T + b - _Y
    gradient = numpy.array([numpy.sum(residual * _T) / m, numpy.sum(residual) / m])
    assert numpy.allclose(central_differences(_one_feature, numpy.array([w, b])), gradient, atol=1e-6)
    # the sums without 1/m (the real page's lines 24 and 26) are m times the gradient, not it
    assert not numpy.allclose(gradient * m, gradient, atol=1e-3)
    a, b, c = 0.4, -0.2, 0.9
    residual = a * _T ** 2 + b * _T + c - _Y
    numeric = central_differences(_parabola, numpy.array([a, b, c]))
    assert numpy.allclose(numeric, [numpy.sum(residual * _T ** 2), numpy.sum(residual * _T), numpy.sum(residual)],
                          atol=1e-5)
    assert not numpy.isclose(numeric[0], numpy.sum(residual * _T), atol=1e-3)


def test_the_linear_page_is_judged_as_by_hand():
    kind, detail = outcome_of(_COLD31, _LINEAR_PAGE)
    assert kind == "right", detail


@pytest.mark.parametrize("said", [_MODELLED_NOTE, _RESCALED_NOTE])
def test_each_reading_of_the_real_page_is_noted_in_every_format(tmp_path, said):
    text = (_COLD31 / _LINEAR_PAGE).read_text(encoding="utf-8")
    for form in ("json", "text", "markdown", "latex"):
        result = _steps(tmp_path, text, "-f", form, "--cost", "linear", "--timeout", "60")
        assert result.exit_code == 1, (form, result.output)  # the sums without 1/m are wrong steps
        notes = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout
        assert said in notes, form


# --- y = f(x) = wx + b, and the cost rescaled ---------------------------------------------------------------------

_MODEL = "$$y=f(x)=wx+b$$\n\n"
_MEAN = "$$L=\\frac{1}{m}\\sum_{i=1}^m(f^{(i)}-y^{(i)})^2=\\frac{1}{m}\\sum_{i=1}^m(wx^{(i)}+b-y^{(i)})^2$$\n\n"
_HALVED = ("$$L(w,b)=\\frac{1}{2m}\\sum_{i=1}^m(f^{(i)}-y^{(i)})^2=\\frac{1}{2m}\\sum_{i=1}^m(wx^{(i)}+b-y^{(i)})^2$$"
           "\n\n")
_BY_W = "\\frac{1}{m}\\sum_{i=1}^m(wx^{(i)}+b-y^{(i)})x^{(i)}"
_BY_B = "\\frac{1}{m}\\sum_{i=1}^m(wx^{(i)}+b-y^{(i)})"


def _derivations(by_w: str, by_b: str, opening: str = "\\frac{1}{2m}") -> str:
    return (f"$$\\frac{{\\partial L}}{{\\partial w}}={opening}\\frac{{\\partial}}{{\\partial w}}\\sum_{{i=1}}^m"
            f"(wx^{{(i)}}+b-y^{{(i)}})^2={by_w}$$\n\n$$\\frac{{\\partial L}}{{\\partial b}}={opening}"
            f"\\frac{{\\partial}}{{\\partial b}}\\sum_{{i=1}}^m(wx^{{(i)}}+b-y^{{(i)}})^2={by_b}$$\n")


def _judged_linear(tmp_path, page: str):
    """The exit code, ending, first wrong line and notes of ``page`` read with --cost linear (as its row is)."""
    result = _steps(tmp_path, page, "-f", "json", "--cost", "linear", "--timeout", "60")
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    return result.exit_code, review["ending"], wrong[:1], review["notes"]


def test_the_label_modelled_beside_the_cost_chain_and_derivations(tmp_path):
    # lines: 1 the model, 3 the cost's chain, 5 ∂L/∂w, 7 ∂L/∂b
    code, ending, wrong, notes = _judged_linear(tmp_path, _MODEL + _HALVED + _derivations(_BY_W, _BY_B))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_MODELLED_NOTE in note for note in notes)


def test_the_label_modelled_a_wrong_step_is_still_found(tmp_path):
    # ∂L/∂b with the sum's 1/m dropped (m times the gradient, above): wrong at its line, 7
    code, ending, wrong, _ = _judged_linear(
        tmp_path, _MODEL + _HALVED + _derivations(_BY_W, "\\sum_{i=1}^m(wx^{(i)}+b-y^{(i)})"))
    assert (code, ending, wrong) == (1, "wrong", [7])


def test_a_label_equal_to_another_name_is_not_read_as_a_model(tmp_path):
    # y = g(z) = …: the name is called on z, not on the input x: no model of the label, left as it was
    page = "$$y=g(z)=\\sigma(z)$$\n\n" + _HALVED + _derivations(_BY_W, _BY_B)
    result = _steps(tmp_path, page, "-f", "json", "--cost", "linear", "--timeout", "60")
    assert _MODELLED_NOTE not in result.stdout + result.stderr


def test_a_cost_rescaled_before_the_derivations_is_the_cost_derived(tmp_path):
    # lines: 1 L with 1/m, 3 L(w, b) with 1/(2m), 5 ∂L/∂w, 7 ∂L/∂b, both the halved cost's gradient
    code, ending, wrong, notes = _judged_linear(tmp_path, _MEAN + _HALVED + _derivations(_BY_W, _BY_B))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_RESCALED_NOTE in note and "line 1 not read" in note for note in notes)


def test_a_cost_rescaled_a_wrong_step_is_still_found(tmp_path):
    # ∂L/∂w's last side with 2/m, the gradient of the 1/m cost set aside: wrong for the halved one, at line 5
    code, ending, wrong, _ = _judged_linear(
        tmp_path, _MEAN + _HALVED + _derivations(_BY_W.replace("\\frac{1}{m}", "\\frac{2}{m}"), _BY_B))
    assert (code, ending, wrong) == (1, "wrong", [5])


def test_a_derivation_of_the_earlier_cost_keeps_the_page_refused(tmp_path):
    # ∂L/∂w written out with the earlier cost's 1/m alone: which cost it derives is not for logderiv to pick
    page = _MEAN + _HALVED + _derivations("\\frac{2}{m}\\sum_{i=1}^m(wx^{(i)}+b-y^{(i)})x^{(i)}",
                                          "\\frac{2}{m}\\sum_{i=1}^m(wx^{(i)}+b-y^{(i)})", opening="\\frac{1}{m}")
    result = _steps(tmp_path, page, "-f", "json", "--cost", "linear", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert _RESCALED_NOTE not in result.stdout + result.stderr


# --- t the input of a fit in time ----------------------------------------------------------------------------------

_PARABOLA = "$$J = \\frac{1}{2} \\sum_{i=1}^{n} (a t_i^2 + b t_i + c - y_i)^2$$\n\n"


def _by_a(value: str) -> str:
    return _PARABOLA + f"$$\\frac{{\\partial J}}{{\\partial a}} = {value}$$\n"


def test_t_multiplied_by_the_coefficients_is_the_input(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, _by_a("\\sum_{i=1}^n(a t_i^2 + bt_i + c - y_i)t_i^2"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_INPUT_NOTE in note for note in review["notes"])


def test_t_the_input_a_wrong_factor_is_found(tmp_path):
    # Σ(…)tᵢ for Σ(…)tᵢ² (not ∂J/∂a, above): wrong at line 3
    code, ending, wrong, _ = review_of_page(tmp_path, _by_a("\\sum_{i=1}^n(a t_i^2 + bt_i + c - y_i)t_i"))
    assert (code, ending, wrong) == (1, "wrong", [3])


def test_t_standing_alone_is_not_read_as_the_input(tmp_path):
    # c + tᵢ − yᵢ: no coefficient multiplies t and no power of it is taken: t may be a second target (Bishop's),
    # and it is not read as x
    page = "$$J = \\frac{1}{2} \\sum_{i=1}^{n} (c + t_i - y_i)^2$$\n\n$$\\frac{\\partial J}{\\partial c} = 0$$\n"
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert _INPUT_NOTE not in result.stdout + result.stderr


# --- the cost's derivatives by its model's coefficients a, b, c -------------------------------------------------------

def _rows(by_a: str, by_b: str, by_c: str) -> str:
    # lines: 1 the cost, 3–12 the eqnarray, its rows' right-hand sides on lines 6, 8 and 10, each '= 0'
    return (_PARABOLA + "$$\n\\begin{eqnarray*}\n\\frac{\\partial J}{\\partial a} &=&\n" + by_a + " = 0 \\\\\n"
            "\\frac{\\partial J}{\\partial b} &=&\n" + by_b + " = 0 \\\\\n"
            "\\frac{\\partial J}{\\partial c} &=&\n" + by_c + " = 0 \\\\\n\\end{eqnarray*}\n$$\n")


_RESIDUAL = "\\sum_{i=1}^n(a t_i^2 + bt_i + c - y_i )"


def test_derivatives_by_the_coefficients_are_derivations_not_lemmas(tmp_path):
    code, ending, wrong, review = review_of_page(
        tmp_path, _rows(_RESIDUAL + "t_i^2", _RESIDUAL + "t_i", _RESIDUAL))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("each of the cost by a parameter of its own" in note for note in review["notes"])


def test_derivatives_by_the_coefficients_a_wrong_row_is_found(tmp_path):
    # ∂J/∂b with tᵢ² for tᵢ (∂J/∂a's factor, not ∂J/∂b, above): wrong at line 8
    code, ending, wrong, _ = review_of_page(
        tmp_path, _rows(_RESIDUAL + "t_i^2", _RESIDUAL + "t_i^2", _RESIDUAL))
    assert code == 1 and wrong == [8]


def test_a_letter_the_page_defines_is_no_coefficient():
    from logderiv.notation.page import side_derivations

    lemma = "$$\\frac{\\partial J}{\\partial a} = \\sum_{i=1}^n(a - y_i) = 0$$\n"
    coefficient = "$$J = \\frac{1}{2}\\sum_{i=1}^n (a - y_i)^2$$\n\n"
    assert side_derivations(coefficient + lemma) == []
    # a = σ(z) makes a the model's activation: ∂J/∂a a factor of the chain rule, a lemma as before
    assert len(side_derivations("$$a = \\sigma(z)$$\n\n" + coefficient + lemma)) == 1
