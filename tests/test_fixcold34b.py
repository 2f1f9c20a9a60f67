"""fixcold34b: written derivations of tests/derivations_cold34 and cold33 that define a name twice, read as meant.

Each reading holds a real page (its source named, verbatim) and what it must yield, worked out by hand and checked
independently (central finite differences with NumPy), never against logderiv; near-misses that mean something else
must still be refused or judged wrong at their line.

* ``z^{(i)} = w \\cdot x^{(i)} + b``, recalled later as ``z^{(i)} = w x^{(i)} + b`` (a Spanish notebook whose prose
  calls w "un escalar"): one definition, the dot the multiplication sign, where the page writes w and x as numbers
  everywhere else (:func:`logderiv.notation.twice_defined.dot_written_as_product`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy
import pytest

from _derivations_table import outcome_of, steps_of_page as _steps
from _numeric import central_differences, sigmoid
from work import assert_linear

from logderiv.notation import read_lets
from logderiv.notation.twice_defined import dot_written_as_product, products_of_scalars

_HERE = Path(__file__).parent
_COLD34 = _HERE / "derivations_cold34"

# -- z = w·x + b, then z = w x + b ------------------------------------------------------------------------------------

# source: github ceciorosco/Cecilia-Repositorio, "Modulo 5/02.numpy_1x_1n_clasificacion_binaria.ipynb" at commit
# 504d33a280a5931d5879039ddb5a86fe94211bee, markdown cells 2, 4 and 6 (the cold34 file, verbatim)
_NOTEBOOK_NAME = "es_notebook_logistic_w_b_dz_shortcut_one_feature.md"
_NOTEBOOK = (_COLD34 / _NOTEBOOK_NAME).read_text(encoding="utf-8")


def test_the_hand_worked_one_feature_gradients_by_finite_differences():
    # BCE = −(1/N)Σ[y log σ(wx + b) + (1 − y) log(1 − σ(wx + b))]: ∂/∂w = (1/N)Σ(ŷ − y)x, ∂/∂b = (1/N)Σ(ŷ − y)
    generator = numpy.random.default_rng(34)
    x, y = generator.normal(size=7), numpy.array([1, 1, 0, 1, 1, 1, 1.0])

    def cost(v):
        p = sigmoid(v[0] * x + v[1])
        return -numpy.mean(y * numpy.log(p) + (1 - y) * numpy.log(1 - p))

    at = numpy.array([-0.5, 0.2])
    p = sigmoid(at[0] * x + at[1])
    assert numpy.allclose(central_differences(cost, at), [numpy.mean((p - y) * x), numpy.mean(p - y)], atol=1e-6)
    # the slip of the planted copy below, (y − ŷ)x, is the gradient's negative, not the gradient
    assert not numpy.allclose(central_differences(cost, at)[0], numpy.mean((y - p) * x), atol=1e-3)


def test_the_notebook_defining_z_with_a_dot_then_a_product_is_read_to_its_gradient():
    assert outcome_of(_COLD34, _NOTEBOOK_NAME) == ("right", "")


def test_the_notebook_says_which_definition_it_reads(tmp_path):
    result = _steps(tmp_path, _NOTEBOOK, "--cost", "logistic", "--timeout", "60")
    assert result.exit_code == 0, result.output
    assert ("line 49 defines z again, beside line 8: z=w \\cdot x + b and z=w x + b are one definition once the dot "
            "is read as the multiplication sign") in result.output
    assert "line 8 defines z beside the derivation, z=w \\cdot x + b: read as --let z=w x + b" in result.output


def test_a_slip_on_the_notebook_is_found_at_its_line(tmp_path):
    slipped = _NOTEBOOK.replace(r"= \frac{1}{N} \sum_{i=1}^N (\hat{y}^{(i)} - y^{(i)}) \cdot x^{(i)}.",
                                r"= \frac{1}{N} \sum_{i=1}^N (y^{(i)} - \hat{y}^{(i)}) \cdot x^{(i)}.")
    assert slipped != _NOTEBOOK
    result = _steps(tmp_path, slipped, "--cost", "logistic", "-f", "json", "--timeout", "60")
    review = json.loads(result.stdout)
    assert result.exit_code == 1
    assert review["ending"] == "wrong"
    assert [step["line"] for step in review["steps"] if step["valid"] is False][:1] == [61]


@pytest.mark.parametrize("old, new", [
    # w a vector somewhere on the page: w·x is an inner product there, w x another value
    ("- `w`: un escalar (el peso de la neurona)", "- $\\mathbf{w}$: el vector de pesos"),
    # the recalled definition truly differs (−b)
    (r"z^{(i)} = w x^{(i)} + b,", r"z^{(i)} = w x^{(i)} - b,"),
    # a line of the derivation writes its own w·x: read as an inner product beside the definition's product
    (r"(\hat{y}^{(i)} - y^{(i)}) \cdot x^{(i)}.", r"(\hat{y}^{(i)} - y^{(i)}) \cdot w \cdot x^{(i)}."),
    # x with a feature index
    ("- `X`: vector (N,) de ejemplos", "- $x_j$: la característica j"),
])
def test_near_misses_of_the_notebook_stay_refused_as_z_defined_twice(tmp_path, old, new):
    changed = _NOTEBOOK.replace(old, new)
    assert changed != _NOTEBOOK
    result = _steps(tmp_path, changed, "--cost", "logistic", "--timeout", "60")
    assert result.exit_code == 2
    assert "z is defined twice, differently (line 8 and line 49)" in result.output


def _lets(*texts):
    return read_lets(list(texts), input="latex")[0]


def test_the_dot_and_the_product_are_told_apart_from_other_pairs():
    dotted, product = _lets(r"z=w \cdot x + b", r"z=w x + b")
    assert dot_written_as_product(dotted, product) == (1, ("w", "x"))
    assert dot_written_as_product(product, dotted) == (0, ("w", "x"))
    # both dots, neither, or another difference beside the dot: no such pair
    assert dot_written_as_product(dotted, dotted) is None
    assert dot_written_as_product(product, product) is None
    assert dot_written_as_product(dotted, _lets(r"z=w x - b")[0]) is None
    assert dot_written_as_product(dotted, _lets(r"z=x w + b")[0]) is None


def test_scalars_on_a_page_and_a_long_page_in_bounded_time():
    assert products_of_scalars(r"$z = w \cdot x + b$ and $z = w x + b$", ("w", "x"), r"z = w \cdot x + b")
    assert not products_of_scalars(r"$z = w \cdot x + b$ and $z = w^T x + b$", ("w", "x"), r"z = w \cdot x + b")
    assert not products_of_scalars(r"$z = w \cdot x + b$, $\vec{x}$", ("w", "x"), r"z = w \cdot x + b")
    assert not products_of_scalars(r"$z = w \cdot x + b$, $w \cdot x$", ("w", "x"), r"z = w \cdot x + b")
    # counted, not timed (tests/work.py): a few scans of regular expressions, 44 calls at any length; their
    # backtracking would be inside those calls, so benchmarks/scaling.py times them ("dot scalars")
    def page(n: int) -> Callable[[], object]:
        long = "w \\cdot " * n + "x" + " w x^{(i)}_" * 10
        return lambda: products_of_scalars(long, ("w", "x"), r"z = w \cdot x + b")

    assert_linear(page, 2500)


# -- e_i, the error, defined twice on a page that writes no Euler's number --------------------------------------------

# source: github Kiotto-code/42KL_ft_linear_regression, src/README.md at commit
# 0922a8aac4e602340a3f47ae8984b68d98f90175 (public code index file 18510862309), from "## 🧠 Setup: The Model" to the
# "Factor out the 2:" display (the cold34 file, verbatim)
_README_NAME = "en_readme_mse_one_over_n_w_error_chain_rule.md"
_README = (_COLD34 / _README_NAME).read_text(encoding="utf-8")


def test_the_hand_worked_mse_gradient_by_finite_differences():
    # Loss = (1/n)Σ(wX + b − y)²: ∂/∂w = (2/n)ΣX(wX + b − y); the lemma ∂e_i/∂w = X_i
    generator = numpy.random.default_rng(34)
    x, y = generator.normal(size=7), generator.normal(size=7)

    def cost(v):
        return numpy.mean((v[0] * x + v[1] - y) ** 2)

    at = numpy.array([-0.5, 0.2])
    numeric = central_differences(cost, at)[0]
    assert numpy.isclose(numeric, 2 * numpy.mean(x * (at[0] * x + at[1] - y)), atol=1e-6)
    # the planted slips below: (1/n) for (2/n), and 2e_i dropped to e_i, both half the gradient
    assert not numpy.isclose(numeric, numpy.mean(x * (at[0] * x + at[1] - y)), atol=1e-3)


def test_the_readme_defining_the_error_twice_is_read_to_its_gradient():
    assert outcome_of(_COLD34, _README_NAME) == ("right", "")


def test_the_readme_says_how_it_reads_e_and_the_goal(tmp_path):
    result = _steps(tmp_path, _README, "--timeout", "60")
    assert result.exit_code == 0, result.output
    assert ("line 44 defines e_i, a quantity of example i named e, and the page writes no Euler's number (e^{…}, exp): "
            "e is that quantity, not Euler's number") in result.output
    assert "line 66 defines Q_i again, beside line 44" in result.output
    assert "line 34 names the derivative the page goes on to derive, alone" in result.output


@pytest.mark.parametrize("old, new, line", [
    (r"= \frac{2}{n} \sum X_i \cdot (wX_i + b - y_i)", r"= \frac{1}{n} \sum X_i \cdot (wX_i + b - y_i)", 80),
])
def test_a_slip_on_the_readme_is_found_at_its_line(tmp_path, old, new, line):
    slipped = _README.replace(old, new)
    assert slipped != _README
    result = _steps(tmp_path, slipped, "-f", "json", "--timeout", "60")
    review = json.loads(result.stdout)
    assert result.exit_code == 1
    assert review["ending"] == "wrong"
    assert [step["line"] for step in review["steps"] if step["valid"] is False][:1] == [line]


def test_a_slip_the_readme_restates_right_later_is_refused_with_both_readings(tmp_path):
    # the 2 of 2e_i dropped on line 60, and ∂Loss/∂w stated again at the gradient on line 74, the readme's result: one
    # derivation across displays ends at the gradient (cold36's table), two routes end the page wrong (cold20's, and
    # this test's until int34); both readings agree the slip is line 60's, and the refusal says so (fixroute34)
    slipped = _README.replace(r"= \frac{1}{n} \sum_{i=1}^n 2e_i \cdot \frac{\partial e_i}{\partial w}",
                              r"= \frac{1}{n} \sum_{i=1}^n e_i \cdot \frac{\partial e_i}{\partial w}")
    assert slipped != _README
    result = _steps(tmp_path, slipped)
    assert result.exit_code == 2
    said = result.output + result.stderr
    assert "line 60" in said and "stated again on line 74" in said
    assert "wrong at line 60, the page ending at the gradient" in said and "ending wrong" in said


@pytest.mark.parametrize("old, new, said", [
    # Euler's number on the page: e is not only the error, left refused
    ("* $y_i$ is the true (actual) value", "* $y_i$ is the true (actual) value, and $e^{x}$ grows fast",
     "e_i is defined twice"),
    # the second definition truly differs
    ("e_i = wX_i + b - y_i\n", "e_i = wX_i + b + y_i\n", "is defined twice, differently (line 44 and line 66)"),
    # the derivative alone goes on in the next display: a chain's head, no goal (refused as before)
    ("$$\n\\frac{\\partial \\text{Loss}}{\\partial w}\n$$\n",
     "$$\n\\frac{\\partial \\text{Loss}}{\\partial w}\n$$\n\n$$\n= \\frac{1}{n} \\sum_{i=1}^n 2(wX_i + b - y_i) X_i\n$$\n",
     "writes the cost J again after its derivation began (line 34)"),
])
def test_near_misses_of_the_readme_stay_refused(tmp_path, old, new, said):
    changed = _README.replace(old, new)
    assert changed != _README
    result = _steps(tmp_path, changed, "--timeout", "60")
    assert result.exit_code == 2
    assert said in result.output


def test_trailing_tex_spaces_are_cut_in_linear_time():
    from logderiv.notation.page import _without_trailing_space

    assert _without_trailing_space("e_i = wX_i + b - y_i\n\\quad ") == "e_i = wX_i + b - y_i"
    assert _without_trailing_space("a \\, \\; ~ \\qquad") == "a"
    assert _without_trailing_space("a + \\quadb") == "a + \\quadb"
    assert _without_trailing_space("x" + " \\quad \\," * 3000) == "x"
    # counted, not timed (tests/work.py): each piece cut once, 17 calls a piece (12,800 calls at 750 pairs, 51,000 at
    # 3,000); a look over every piece at each cut would be quadratic. (The copy of the text's head each cut makes is C
    # work the count cannot see, and quadratic: 0.11 s at 12,000 pairs, 1.5 s at 48,000)
    def cut(n: int) -> Callable[[], object]:
        long = "x" + " \\quad \\," * n
        return lambda: _without_trailing_space(long)

    assert_linear(cut, 750)


def test_the_goal_and_euler_patterns_on_long_input_in_bounded_time():
    from logderiv.notation.page import _BARE_DERIVATIVE, _EULER

    assert _BARE_DERIVATIVE.fullmatch(r"\frac{\partial \text{Loss}}{\partial w}")
    assert _BARE_DERIVATIVE.fullmatch(r"\frac{\partial J(\theta)}{\partial \theta_j}.")
    assert not _BARE_DERIVATIVE.fullmatch(r"\frac{\partial J}{\partial w} = 0")
    assert _EULER.search(r"\frac{1}{1 + e^{-z}}") and _EULER.search(r"\exp(z)") and not _EULER.search(r"e_i^2")
    # counted, not timed (tests/work.py): two calls a text at any length; the patterns' backtracking would be inside
    # them, so benchmarks/scaling.py times them ("goal and euler")
    def matched(n: int) -> Callable[[], object]:
        longs = [r"\frac{\partial J(" + "a, " * (3 * n) + r"}{\partial w}", r"\frac{\partial " + "(" * (10 * n),
                 "e_i " * (5 * n // 2) + "exp"]
        return lambda: [(_BARE_DERIVATIVE.fullmatch(long), _EULER.search(long)) for long in longs]

    assert_linear(matched, 2000)
