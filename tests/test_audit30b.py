"""audit30b (issue 10): an adversarial audit of fixcold31b's readings of written derivations, each misread found
pinned here.

The facts the pages rest on are checked by central finite differences with NumPy, never by logderiv's output: the
one-feature cost (1/m)Σ(wxᵢ + b − yᵢ)² has ∂/∂w = (2/m)Σ(wxᵢ + b − yᵢ)xᵢ and ∂/∂b = (2/m)Σ(wxᵢ + b − yᵢ), twice the
gradient of the halved cost (1/2m)Σ(…)².

Misreads found and fixed:
- a cost defined, then defined again rescaled ("for convenience we divide by 2"), and a derivation of the cost as
  first defined, (1/m)Σ2(…)x = (2/m)Σ(…)x: fixcold31b judged every step against the rescaled cost and called the
  page wrong, each step 2× off, though each is right for the cost the page first defines. Which cost the writer
  derives is theirs to say: the page is now read both ways, and refused where a step the rescaled reading calls
  wrong is right for the earlier cost (a derivation that writes the rescaled cost's 1/(2m) and then drops a 1/m
  stays wrong where the drop is, as the real page of cold31 is).
"""

from __future__ import annotations

import json

import numpy
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_RNG = numpy.random.default_rng(302)
_X = _RNG.normal(size=6)
_Y = _RNG.normal(size=6)


def _mean_square(v: numpy.ndarray, constant: float) -> float:
    w, b = v
    return float(constant * numpy.sum((w * _X + b - _Y) ** 2))


def test_the_facts_the_rescaled_pages_rest_on():
    m = len(_Y)
    w, b = 0.7, -0.4
    residual = w * _X + b - _Y
    earlier = central_differences(lambda v: _mean_square(v, 1 / m), numpy.array([w, b]))
    later = central_differences(lambda v: _mean_square(v, 1 / (2 * m)), numpy.array([w, b]))
    by_the_page = numpy.array([2 / m * numpy.sum(residual * _X), 2 / m * numpy.sum(residual)])
    assert numpy.allclose(earlier, by_the_page, atol=1e-6)  # the page's (2/m)Σ(…)x is the earlier cost's
    assert not numpy.allclose(later, by_the_page, atol=1e-3)  # and not the rescaled one's: half of it
    assert numpy.allclose(2 * later, by_the_page, atol=1e-6)


# --- a cost rescaled "for convenience", the derivation deriving the cost as first defined ---------------------------

_MEAN = "$$L=\\frac{1}{m}\\sum_{i=1}^m(wx^{(i)}+b-y^{(i)})^2$$\n\nFor convenience we divide by 2:\n\n"
_HALVED = "$$L(w,b)=\\frac{1}{2m}\\sum_{i=1}^m(wx^{(i)}+b-y^{(i)})^2$$\n\n"
_RESIDUAL = "\\sum_{i=1}^m(wx^{(i)}+b-y^{(i)})"
# lines: 1 L with 1/m, 5 L(w, b) with 1/(2m), 7 ∂L/∂w, 9 ∂L/∂b
_OF_THE_EARLIER = (f"$$\\frac{{\\partial L}}{{\\partial w}}=\\frac{{1}}{{m}}\\sum_{{i=1}}^m 2(wx^{{(i)}}+b-y^{{(i)}})x^{{(i)}}"
                   f"=\\frac{{2}}{{m}}{_RESIDUAL}x^{{(i)}}$$\n\n$$\\frac{{\\partial L}}{{\\partial b}}=\\frac{{2}}{{m}}"
                   f"{_RESIDUAL}$$\n")
_OF_THE_LATER = (f"$$\\frac{{\\partial L}}{{\\partial w}}=\\frac{{1}}{{2m}}\\sum_{{i=1}}^m 2(wx^{{(i)}}+b-y^{{(i)}})x^{{(i)}}"
                 f"=\\frac{{1}}{{m}}{_RESIDUAL}x^{{(i)}}$$\n\n$$\\frac{{\\partial L}}{{\\partial b}}=\\frac{{1}}{{m}}"
                 f"{_RESIDUAL}$$\n")


def _run(tmp_path, page: str, *options: str):
    return _steps(tmp_path, page, "-f", "json", "--timeout", "60", *options)


def test_a_derivation_of_the_cost_as_first_defined_is_not_called_wrong(tmp_path):
    # every step right for line 1's cost, each 2× off for line 5's: fixcold31b said "wrong" at line 7
    for options in ((), ("--cost", "linear")):
        result = _run(tmp_path, _MEAN + _HALVED + _OF_THE_EARLIER, *options)
        assert result.exit_code == 2, (options, result.output)
        error = json.loads(result.stdout)
        assert "again rescaled" in error["message"] and "which one do they derive" in error["message"], error
        assert error["line"] == 5, error


def test_a_derivation_of_the_cost_as_first_defined_with_a_slip_is_not_called_wrong_earlier(tmp_path):
    # ∂L/∂b's 2/m dropped (line 9, wrong for both costs): the rescaled reading would call line 7 wrong first, a
    # step right for the cost the page first defines
    page = _MEAN + _HALVED + _OF_THE_EARLIER.replace(f"\\frac{{2}}{{m}}{_RESIDUAL}$$", f"{_RESIDUAL}$$")
    result = _run(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "again rescaled" in json.loads(result.stdout)["message"]


def test_a_derivation_of_the_rescaled_cost_is_still_read(tmp_path):
    # the derivation right for line 5's cost: read with it, as fixcold31b did, and noted
    result = _run(tmp_path, _MEAN + _HALVED + _OF_THE_LATER)
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    assert any("defines it again rescaled" in note for note in review["notes"])


def test_a_derivation_of_the_rescaled_cost_with_a_slip_is_still_wrong_there(tmp_path):
    # ∂L/∂b's 1/m dropped (m times the gradient of either cost): wrong at line 9 whichever cost is read
    page = _MEAN + _HALVED + _OF_THE_LATER.replace(f"\\frac{{1}}{{m}}{_RESIDUAL}$$", f"{_RESIDUAL}$$")
    result = _run(tmp_path, page)
    assert result.exit_code == 1, result.output
    review = json.loads(result.stdout)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    assert review["ending"] == "wrong" and wrong[:1] == [9], review


# --- y = h(x) = θᵀx on a page whose y is the model's output (Bishop's t the target) --------------------------------

_MODELLED_NOTE = "the label y modelled by the model's name"


def test_y_the_models_output_beside_t_is_not_read_as_the_label(tmp_path):
    # ½Σ(yₙ − tₙ)²: y the model's output, t the target (Bishop); fixcold31b read line 1 as h's definition and noted
    # "y left the label", which the page's y is not: left to the refusal it had before
    page = ("$$y=h(x)=\\theta^Tx$$\n\n$$J=\\frac{1}{2}\\sum_{n=1}^N(y_n-t_n)^2$$\n\n"
            "$$\\frac{\\partial J}{\\partial \\theta}=\\sum_{n=1}^N(y_n-t_n)x_n$$\n")
    result = _run(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert _MODELLED_NOTE not in result.stdout + result.stderr
    assert json.loads(result.stdout)["line"] == 1


# --- Bishop's ½Σ(yₙ − tₙ)² expanded: its tₙ² is no feature of a fit in time ----------------------------------------

_INPUT_NOTE = "t is read as x, the input of each example"


def test_the_square_expanded_does_not_read_t_as_the_input(tmp_path):
    # yₙ² − 2yₙtₙ + tₙ²: y the model's output squared, t the target; fixcold31b read this side's t as x (its tₙ²),
    # the other side's as Bishop's target, and compared (1/2)Σ[xᵢ² + (y⁽ⁱ⁾)² − 2y⁽ⁱ⁾xᵢ] with the cost: one letter
    # read two ways on one line. Both sides now read t as the target (refused as on main: y's model is unsaid)
    page = ("$$E(w)=\\frac{1}{2}\\sum_{n=1}^N(y_n-t_n)^2=\\frac{1}{2}\\sum_{n=1}^N(y_n^2-2y_nt_n+t_n^2)$$\n\n"
            "$$\\frac{\\partial E}{\\partial w}=\\sum_{n=1}^N(y_n-t_n)x_n$$\n")
    result = _run(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert _INPUT_NOTE not in result.stdout + result.stderr
    message = json.loads(result.stdout)["message"]
    assert "xᵢ" not in message and "'t'" not in message, message


def test_a_fit_in_time_still_reads_t_as_the_input(tmp_path):
    # the parabola a tᵢ² + b tᵢ + c fitted to yᵢ (y alone in the residual): ∂J/∂a = Σ(…)tᵢ², checked by finite
    # differences below
    t, y = _X, _Y
    a, b, c = 0.3, -0.5, 0.2
    residual = a * t ** 2 + b * t + c - y
    numeric = central_differences(lambda v: float(numpy.sum((v[0] * t ** 2 + v[1] * t + v[2] - y) ** 2) / 2),
                                  numpy.array([a, b, c]))
    assert numpy.isclose(numeric[0], numpy.sum(residual * t ** 2), atol=1e-5)
    page = ("$$J = \\frac{1}{2} \\sum_{i=1}^{n} (a t_i^2 + b t_i + c - y_i)^2$$\n\n"
            "$$\\frac{\\partial J}{\\partial a} = \\sum_{i=1}^n(a t_i^2 + bt_i + c - y_i)t_i^2$$\n")
    result = _run(tmp_path, page)
    assert result.exit_code == 0, result.output
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient" and any(_INPUT_NOTE in note for note in review["notes"])
