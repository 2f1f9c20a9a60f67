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
import time
from pathlib import Path

import numpy
import pytest

from _derivations_table import outcome_of, steps_of_page as _steps
from _numeric import central_differences, sigmoid

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
    long = "w \\cdot " * 2500 + "x" + " w x^{(i)}_" * 10
    started = time.perf_counter()
    products_of_scalars(long, ("w", "x"), r"z = w \cdot x + b")
    assert time.perf_counter() - started < 1.0
