"""fixcold34a: pages of several chains of '=' that cold34 and cold32 refused, read by general rules, and the near
misses those rules must leave as they were.

What each real page means was worked by hand (tests/derivations_cold34/expected.txt, never logderiv's output); the facts
the synthetic pages rest on are checked here by central finite differences with NumPy.

The rules:
- ``L_w = \\frac{\\partial L(w,b)}{\\partial w} = …``: the partial named by its subscript (f_x is ∂f/∂x) before it is
  written; the name is set aside, noted, and the chain read from ∂L/∂w (logderiv/notation/subscript_partials.py).
  Only where the name's letter and subscript are the derivative's own.
- ``L(w,b) = (1/m)Σ(wx − y)²`` captioned ``\\text{… b=0}``, then ``L(w,b) = (1/m)Σ(wx + b − y)²``: the first is the
  cost at b fixed to zero, set aside, noted (logderiv/notation/special_case_cost.py). Only with the caption, the
  parameter absent from the first and present in the later definition, and a derivative writing it.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome_of, review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_COLD34 = Path(__file__).parent / "derivations_cold34"

# the one-feature mean squared error without ½ at a few examples: ∂/∂w = (2/m)Σ x(wx + b − y), ∂/∂b = (2/m)Σ(wx + b − y)
_XS = numpy.array([0.3, -1.2, 2.0, 0.7])
_YS = numpy.array([1.1, 0.4, -0.5, 2.2])


def _mse(parameters: numpy.ndarray) -> float:
    w, b = parameters
    return float(numpy.mean((w * _XS + b - _YS) ** 2))


def test_the_hand_worked_partials_of_the_mean_squared_error() -> None:
    w, b = -0.5, 0.2
    numeric = central_differences(_mse, numpy.array([w, b]))
    residual = w * _XS + b - _YS
    assert numeric[0] == pytest.approx(2 * numpy.mean(_XS * residual), abs=1e-7)
    assert numeric[1] == pytest.approx(2 * numpy.mean(residual), abs=1e-7)
    assert numeric[1] != pytest.approx(numpy.mean(residual), abs=1e-3)  # the planted 1/m is a slip


@pytest.mark.parametrize("file", ["es_notebook_mse_w_b_subscript_partials.md",
                                  "es_notebook_mse_w_b_subscript_partials_planted_constant.md"])
def test_the_spanish_notebook_of_subscript_partials_is_read_as_its_row_says(file: str) -> None:
    # source: github valenrc/machine-learning-notes, 03_gradient/partial_derivatives.ipynb (expected.txt's row)
    assert outcome_of(_COLD34, file) == ("right", "")


_PAGE = r"""Si agregamos el parámetro b a L:

### $$L(w,b) = \frac{1}{m} \sum_{i=1}^{m} (wx_{i} - y_i)^2$$ 
$$\text{Funcion de pérdida con b=0}$$

### $$L(w,b) = \frac{1}{m} \sum_{i=1}^{m} ([wx_{i} + b] - y_i)^2$$ 
$$\text{Función de pérdida con b como parametro}$$

Ahora calculemos el vector gradiente para L.
### $$L_w = \frac{\partial L(w,b)}{\partial w} = \frac{2}{m} \sum_{i=1}^{m} [x_i(wx_i + b - y_i)]$$ 

### $$L_b = \frac{\partial L(w,b)}{\partial b} = \frac{2}{m} \sum_{i=1}^{m} [(wx_i + b) - y_i] $$
"""


def test_the_page_reads_right_with_both_notes(tmp_path: Path) -> None:
    code, ending, wrong, review = review_of_page(tmp_path, _PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = " ".join(review["notes"])
    assert "names ∂L/∂w as L_w (a partial derivative written by its subscript" in notes
    assert "defines L(w,b) with b = 0, as its caption (line 4) says" in notes


def test_a_slip_after_the_subscript_name_is_found_at_its_line(tmp_path: Path) -> None:
    page = _PAGE.replace(r"\frac{2}{m} \sum_{i=1}^{m} [x_i(", r"\frac{1}{m} \sum_{i=1}^{m} [x_i(")
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [10])


def test_a_subscript_name_of_another_partial_is_not_set_aside(tmp_path: Path) -> None:
    # L_b = ∂L/∂w: the name is not the derivative's own; nothing is set aside and the page is refused as before
    page = _PAGE.replace(r"### $$L_w = ", r"### $$L_b = ")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "names ∂L/∂w" not in result.output + result.stderr


def test_without_the_caption_the_two_costs_are_refused(tmp_path: Path) -> None:
    page = _PAGE.replace(r"$$\text{Funcion de pérdida con b=0}$$", "")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "which one does the derivation derive?" in result.stderr


def test_a_first_cost_that_writes_b_is_no_special_case(tmp_path: Path) -> None:
    # the caption says b = 0 but the formula writes b: not the cost at b = 0 as written, refused as before
    page = _PAGE.replace(r"(wx_{i} - y_i)^2$$ ", r"(wx_{i} + 2b - y_i)^2$$ ", 1)
    result = _steps(tmp_path, page)
    assert result.exit_code == 2


def test_the_readings_stay_fast_on_long_input() -> None:
    from logderiv.notation.special_case_cost import special_case_costs_set_aside
    from logderiv.notation.subscript_partials import subscript_partials_named

    long = "$$L_w = \\frac{\\partial L(" + "w," * 10_000 + "$$\n$$L(w,b) = " + "(w" * 10_000 + "$$\n$$\\text{b=0}$$"
    started = time.perf_counter()
    subscript_partials_named(long, lambda line: f"line {line}")
    special_case_costs_set_aside(long, lambda line: f"line {line}")
    assert time.perf_counter() - started < 1.0
