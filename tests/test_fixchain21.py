"""fixchain21 (issue 10): the chain-rule page — lemmas ∂L/∂ŷ, ∂ŷ/∂z, ∂z/∂w substituted into ∂L/∂w.

What the real pages mean was worked by hand (tests/derivations_cold20/expected.txt, never logderiv's output). The
facts the synthetic pages below rest on are checked here by central finite differences with NumPy, for one example
with ŷ = σ(z), z = wᵀx + b:

* L = −(y log ŷ + (1 − y) log(1 − ŷ)) has ∂L/∂ŷ = −y/ŷ + (1 − y)/(1 − ŷ), ∂L/∂w = (ŷ − y)x and ∂L/∂b = ŷ − y;
* ∂ŷ/∂z = ŷ(1 − ŷ), never 1 − ŷ² (tanh's derivative: a lemma of another model);
* L = (ŷ − y)² has ∂L/∂w = 2(ŷ − y)ŷ(1 − ŷ)x, never (ŷ − y)x;
* ∂L/∂ŷ · ∂z/∂w (a product missing ∂ŷ/∂z) is not ∂L/∂w.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from click.testing import CliRunner
from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

from logderiv.cli import main

_COLD20 = Path(__file__).parent / "derivations_cold20"
_PAGE = "en_page_bce_derivation_three_factor_chain.md"
_Y = r"\hat{y}"
_BCE = rf"-(y \log({_Y}) + (1 - y) \log(1 - {_Y}))"


def _d(top: str, below: str) -> str:
    return rf"\frac{{\partial {top}}}{{\partial {below}}}"


_LEMMAS = (rf"{_d('L', _Y)} = -\frac{{y}}{{{_Y}}} + \frac{{1-y}}{{1-{_Y}}}", rf"{_d(_Y, 'z')} = {_Y}(1-{_Y})",
           rf"{_d('z', 'w')} = x")
_PRODUCT = rf"{_d('L', 'w')} = {_d('L', _Y)} {_d(_Y, 'z')} {_d('z', 'w')}"


def _page(loss: str = _BCE, lemmas=_LEMMAS, product: str = _PRODUCT, last: str = rf"({_Y} - y) x",
          below: str = "w") -> str:
    """A page: L, ŷ = σ(z), z = wᵀx + b, each lemma in its own display, the product, then ∂L/∂``below`` = ``last``."""
    parts = [f"The loss:\n\n$$L = {loss}$$\n", f"with\n\n$${_Y} = \\sigma(z)$$\n", "and\n\n$$z = w^T x + b$$\n"]
    parts += [f"Then\n\n$${lemma}$$\n" for lemma in lemmas]
    parts += [f"So\n\n$${product}$$\n", f"$${_d('L', below)} = {last}$$\n"]
    return "\n".join(parts)


def test_the_facts_by_finite_differences():
    """The derivatives the synthetic pages are judged against, by central differences (one example, 3 features)."""
    generator = numpy.random.default_rng(21)
    x, w, b, y = generator.normal(size=3), generator.normal(size=3), 0.3, 0.7

    def prediction(p):
        return 1 / (1 + numpy.exp(-(p[:3] @ x + p[3])))

    def bce(p):
        h = prediction(p)
        return -(y * numpy.log(h) + (1 - y) * numpy.log(1 - h))

    at = numpy.array([*w, b])
    h = prediction(at)
    numeric = central_differences(bce, at)
    assert numpy.allclose(numeric, [*((h - y) * x), h - y], atol=1e-6)
    by_h = central_differences(lambda v: -(y * numpy.log(v[0]) + (1 - y) * numpy.log(1 - v[0])), numpy.array([h]))
    assert numpy.isclose(by_h[0], -y / h + (1 - y) / (1 - h), atol=1e-6)
    assert not numpy.isclose(by_h[0], y / h - (1 - y) / (1 - h), atol=1e-3)  # the false lemma's sign
    z = w @ x + b
    by_z = central_differences(lambda v: 1 / (1 + numpy.exp(-v[0])), numpy.array([z]))
    assert numpy.isclose(by_z[0], h * (1 - h), atol=1e-6)
    assert not numpy.isclose(by_z[0], 1 - h ** 2, atol=1e-3)  # tanh's derivative, another model's lemma
    squared = central_differences(lambda p: (prediction(p) - y) ** 2, at)
    assert numpy.allclose(squared[:3], 2 * (h - y) * h * (1 - h) * x, atol=1e-6)
    assert not numpy.allclose(squared[:3], (h - y) * x, atol=1e-3)
    assert not numpy.allclose(numeric[:3], by_h[0] * x, atol=1e-3)  # ∂L/∂ŷ · ∂z/∂w, ∂ŷ/∂z missing


@pytest.mark.parametrize("name", [_PAGE, "en_page_bce_derivation_three_factor_chain_planted_sigma_prime.md"])
def test_the_three_factor_pages_read_as_worked_by_hand(name):
    """Each page's row of expected.txt: logistic, gradient; no wrong step, or the planted σ′ wrong at line 27."""
    row = next(row for row in read_table(_COLD20) if row.file == name)
    kind, detail = outcome(_COLD20, row)
    assert kind == "right", detail


def test_the_product_is_noted_with_its_lemmas_lines():
    """Line 35's three symbols are read as the values of the lemmas of lines 23, 27 and 31, said in every format."""
    said = "line 35: ∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂w read as the lemmas' values (line 23, line 27, line 31)"
    for form in ("text", "markdown", "latex", "json"):
        result = CliRunner().invoke(main, ["steps", str(_COLD20 / _PAGE), "--cost", "logistic", "-f", form,
                                           "--timeout", "60"])
        assert result.exit_code == 0, result.output
        # LaTeX writes the note's symbols in TeX (\\partial L/\\partial\\hat{y}); its lemmas' lines are kept as they are
        assert form == "latex" or said in result.stdout, form
        assert "read as the lemmas' values (line 23, line 27, line 31)" in result.stdout, form
    review = json.loads(CliRunner().invoke(main, ["steps", str(_COLD20 / _PAGE), "--cost", "logistic", "-f", "json",
                                                  "--timeout", "60"]).stdout)
    assert [lemma["steps"][0]["line"] for lemma in review["lemmas"]] == [23, 27, 31]
    assert [step["line"] for step in review["steps"]] == [35, 37, 39]


def test_a_right_page_ends_at_the_gradient(tmp_path):
    """The cross-entropy page written right: every lemma and step holds, the last line is (ŷ − y)x."""
    code, ending, wrong, review = _review(tmp_path, _page())
    assert (code, ending, wrong) == (0, "gradient", [])
    assert all(step["valid"] for lemma in review["lemmas"] for step in lemma["steps"])


def test_the_bias_by_its_own_chain(tmp_path):
    """∂L/∂b = ∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂b = ŷ − y, with the lemma ∂z/∂b = 1."""
    page = _page(lemmas=(*_LEMMAS[:2], rf"{_d('z', 'b')} = 1"),
                 product=rf"{_d('L', 'b')} = {_d('L', _Y)} {_d(_Y, 'z')} {_d('z', 'b')}", last=rf"{_Y} - y",
                 below="b")
    assert _review(tmp_path, page)[:3] == (0, "gradient", [])


def _first_wrong(review) -> list[int]:
    steps = [*review["steps"], *(step for lemma in review["lemmas"] for step in lemma["steps"])]
    return sorted(step["line"] for step in steps if step["valid"] is False)[:1]


def test_a_false_lemma_is_wrong_at_its_line(tmp_path):
    """∂L/∂ŷ = y/ŷ − (1 − y)/(1 − ŷ), its sign dropped: wrong at the lemma's line, the rest still right."""
    page = _page(lemmas=(rf"{_d('L', _Y)} = \frac{{y}}{{{_Y}}} - \frac{{1-y}}{{1-{_Y}}}", *_LEMMAS[1:]))
    code, ending, _, review = _review(tmp_path, page)
    assert (code, ending, _first_wrong(review)) == (1, "gradient", [15])


def test_a_lemma_of_another_model_is_wrong(tmp_path):
    """∂ŷ/∂z = 1 − ŷ² is tanh's derivative, not the page's σ: wrong at its line."""
    page = _page(lemmas=(_LEMMAS[0], rf"{_d(_Y, 'z')} = 1 - {_Y}^2", _LEMMAS[2]))
    code, _, _, review = _review(tmp_path, page)
    assert (code, _first_wrong(review)) == (1, [19])


def test_a_product_missing_a_factor_is_wrong(tmp_path):
    """∂L/∂w = ∂L/∂ŷ · ∂z/∂w leaves ∂ŷ/∂z out: the product's line is the first wrong step."""
    page = _page(product=rf"{_d('L', 'w')} = {_d('L', _Y)} \cdot {_d('z', 'w')}")
    code, _, wrong, review = _review(tmp_path, page)
    assert (code, wrong, _first_wrong(review)) == (1, [27], [27])


def test_a_squared_loss_means_its_own_gradient(tmp_path):
    """L = (ŷ − y)²: 2(ŷ − y)ŷ(1 − ŷ)x is its gradient; (ŷ − y)x, the cross-entropy's, is wrong for it."""
    lemmas = (rf"{_d('L', _Y)} = 2({_Y} - y)", *_LEMMAS[1:])
    right = _page(rf"({_Y} - y)^2", lemmas, last=rf"2({_Y} - y){_Y}(1-{_Y}) x")
    assert _review(tmp_path, right)[:3] == (0, "gradient", [])
    code, ending, wrong, _ = _review(tmp_path, _page(rf"({_Y} - y)^2", lemmas))
    assert (code, ending, wrong) == (1, "wrong", [29])


def test_a_symbol_without_a_lemma_is_refused_by_name(tmp_path):
    """The product's ∂ŷ/∂z with no lemma on the page: refused, naming it, with a caret — never guessed."""
    result = _steps(tmp_path, _page(lemmas=(_LEMMAS[0], _LEMMAS[2])))
    assert result.exit_code == 2
    assert "∂ŷ/∂z has no lemma on the page" in result.stderr
    assert "^" in result.stderr and "Traceback" not in result.stderr


def test_a_squared_loss_under_cost_logistic_is_refused(tmp_path):
    """--cost logistic beside a page whose L is a squared error: the page's loss is not --cost's, refused as before."""
    lemmas = (rf"{_d('L', _Y)} = 2({_Y} - y)", *_LEMMAS[1:])
    result = _steps(tmp_path, _page(rf"({_Y} - y)^2", lemmas), "--cost", "logistic")
    assert result.exit_code == 2
    assert "not --cost logistic" in result.stderr


def _two_parameter_page(last_b: str = rf"{_Y} - y", sigma: str = r"\frac{1}{1 + e^{-z}}") -> str:
    """∂L/∂z derived once (a lemma with its own product), then ∂L/∂w and ∂L/∂b each through it."""
    displays = [f"L = {_BCE}", rf"{_Y} = \sigma(z) = {sigma}", "z = w^T x + b", _LEMMAS[0], _LEMMAS[1],
                rf"{_d('L', 'z')} = {_d('L', _Y)} {_d(_Y, 'z')} = {_Y} - y", _LEMMAS[2], rf"{_d('z', 'b')} = 1",
                rf"{_d('L', 'w')} = {_d('L', 'z')} {_d('z', 'w')} = ({_Y} - y) x",
                rf"{_d('L', 'b')} = {_d('L', 'z')} {_d('z', 'b')} = {last_b}"]
    return "\n".join(f"$${maths}$$\n" for maths in displays)


def test_w_and_b_each_end_at_the_gradient(tmp_path):
    """∂L/∂w = (ŷ − y)x and ∂L/∂b = ŷ − y, both through the lemma ∂L/∂z = ŷ − y: the page ends at the gradient."""
    code, ending, wrong, review = _review(tmp_path, _two_parameter_page())
    assert (code, ending, wrong, _first_wrong(review)) == (0, "gradient", [], [])
    assert [step["line"] for step in review["steps"]] == [17, 17, 19, 19]
    assert "the page ends at the gradient only if every one does" in review["notes"][0]


def test_the_page_ends_wrong_when_one_derivation_does(tmp_path):
    """∂L/∂b ending y − ŷ (its sign lost) ends the page wrong, at line 19, though ∂L/∂w ends at the gradient."""
    code, ending, wrong, _ = _review(tmp_path, _two_parameter_page(rf"y - {_Y}"))
    assert (code, ending, wrong) == (1, "wrong", [19])


def test_a_page_whose_sigma_is_another_function_is_not_read_so(tmp_path):
    """σ(z) = 1/(1 − e^{−z}) is no sigmoid: the page is not read with σ's derivative; it is refused, as before."""
    result = _steps(tmp_path, _two_parameter_page(sigma=r"\frac{1}{1 - e^{-z}}"))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stderr


def test_a_lemma_written_in_z_is_of_the_pages_z(tmp_path):
    """∂ŷ/∂z = e^{−z}/(1 + e^{−z})² = σ(z)(1 − σ(z)) = ŷ(1 − ŷ): z is the page's wᵀx + b, never a letter of its own;
    the inner derivative's sign dropped (−e^{−z}/(1 + e^{−z})², cold19's planted slip) is wrong at that line."""
    worked = (rf"{_d(_Y, 'z')} = \frac{{e^{{-z}}}}{{(1+e^{{-z}})^2}} = \sigma(z)(1-\sigma(z)) = {_Y}(1-{_Y})")
    code, ending, _, review = _review(tmp_path, _page(lemmas=(_LEMMAS[0], worked, _LEMMAS[2])))
    assert (code, ending, _first_wrong(review)) == (0, "gradient", [])
    slipped = worked.replace(r"\frac{e^{-z}}", r"\frac{-e^{-z}}")
    code, ending, _, review = _review(tmp_path, _page(lemmas=(_LEMMAS[0], slipped, _LEMMAS[2])))
    assert (code, ending, _first_wrong(review)) == (1, "gradient", [19])


def test_dsigma_dz_is_the_predictions_derivative(tmp_path):
    """dσ/dz = σ(z)(1 − σ(z)) is ∂ŷ/∂z of ŷ = σ(z): read as its lemma; σ(z)(1 + σ(z)) is wrong at its line."""
    lemma = r"\frac{d\sigma}{dz} = \sigma(z)(1-\sigma(z))"
    product = rf"{_d('L', 'w')} = {_d('L', _Y)} \frac{{d\sigma}}{{dz}} {_d('z', 'w')}"
    code, ending, _, review = _review(tmp_path, _page(lemmas=(_LEMMAS[0], lemma, _LEMMAS[2]), product=product))
    assert (code, ending, _first_wrong(review)) == (0, "gradient", [])
    wrong = lemma.replace("(1-", "(1+")
    code, ending, _, review = _review(tmp_path, _page(lemmas=(_LEMMAS[0], wrong, _LEMMAS[2]), product=product))
    assert (code, ending, _first_wrong(review)) == (1, "gradient", [19])
