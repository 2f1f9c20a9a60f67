"""fixjoin28 (issue 10): a line opening with '=' after a definition set between a derivation's lines goes on with the
chain it can continue, never silently with the wrong one.

A right page — ∂J/∂θⱼ = ∂/∂θⱼ (1/2m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)², "where h_θ(x) = θᵀx, so", = (1/m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ —
was judged wrong at the definition: the last line, which takes no derivative, was chained to h_θ(x) = θᵀx. The rule
decides by the line's right side: a value of the defined name has no sum over the examples, no label y, no free xⱼ
the definition lacks and does not write the name itself; a value of the derivation keeps what its last side writes
(a sum over the examples, or X, and the label; the name counts as its value). Where only one is possible it is read
so (the derivation's reading noted); where both or neither are, the page is refused naming both readings.

What each page means was worked by hand; the facts its verdict rests on are checked here by central finite
differences with NumPy, never against logderiv's output:

* the linear cost (1/2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² has ∂/∂θⱼ = (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, and (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) is not it;
* the logistic cost −(1/m)Σ[y log σ + (1 − y) log(1 − σ)] has ∂/∂θⱼ = (1/m)Σ(σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾.
"""

from __future__ import annotations

import functools
import json

import numpy
import pytest
from _derivations_table import review_of_page
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences, cross_entropy, half_mean_square

from logderiv.notation import page as _page

_NOTE = "it goes on with the derivation before it"
_WHY = "its right side is no value of the name defined"
_REFUSED = "opens with '=' after the definition of"

_RNG = numpy.random.default_rng(28)
_X = numpy.column_stack([numpy.ones(6), _RNG.normal(size=(6, 2))])
_Y = _RNG.normal(size=6)
_LABELS = (_RNG.random(6) < 0.5).astype(float)
_THETA = numpy.array([0.3, -0.4, 0.8])


_linear = functools.partial(half_mean_square, _X, _Y)
_logistic = functools.partial(cross_entropy, _X, _LABELS)


def test_the_facts_the_pages_rest_on():
    m = len(_Y)
    assert numpy.allclose(central_differences(_linear, _THETA), _X.T @ (_X @ _THETA - _Y) / m, atol=1e-6)
    # xⱼ dropped: the same number at every j, not the gradient
    assert not numpy.allclose(central_differences(_linear, _THETA), numpy.full(3, numpy.mean(_X @ _THETA - _Y)),
                              atol=1e-3)
    p = 1 / (1 + numpy.exp(-(_X @ _THETA)))
    assert numpy.allclose(central_differences(_logistic, _THETA), _X.T @ (p - _LABELS) / m, atol=1e-6)


_FIRST = (r"\frac{\partial J}{\partial\theta_j} = \frac{\partial}{\partial\theta_j}\frac{1}{2m}\sum_{i=1}^m "
          r"(h_\theta(x^{(i)}) - y^{(i)})^2")
_LAST = r"= \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}"
_DROPPED = r"= \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})"

#: the page as found (displays), and the same words in other shapes: each right, the gradient its last line
_PAGES = {
    "displays": f"$${_FIRST}$$\nwhere\n$$h_\\theta(x) = \\theta^T x$$\nso\n$${_LAST}$$\n",
    "where in the display": f"$${_FIRST}$$\n$$\\text{{where }} h_\\theta(x) = \\theta^T x$$\n$${_LAST}$$\n",
    "bracket displays": f"\\[{_FIRST}\\]\nwhere\n\\[h_\\theta(x) = \\theta^T x\\]\nso\n\\[{_LAST}\\]\n",
    "align": (f"$$\n\\begin{{align}}\n{_FIRST.replace(' = ', ' &= ', 1)} \\\\\n\\text{{where }} h_\\theta(x) &= "
              f"\\theta^T x \\\\\n&{_LAST}\n\\end{{align}}\n$$\n"),
    "since": f"$${_FIRST}$$\n$$\\because h_\\theta(x) = \\theta^T x$$\n$${_LAST}$$\n",
}
#: the line of the last display on each page (where a dropped xⱼ is wrong)
_LAST_LINE = {"displays": 5, "where in the display": 3, "bracket displays": 5, "align": 5, "since": 3}


@pytest.mark.parametrize("shape", list(_PAGES))
def test_the_line_goes_on_with_the_derivation(tmp_path, shape):
    code, ending, wrong, review = review_of_page(tmp_path, _PAGES[shape])
    assert (code, ending, wrong) == (0, "gradient", []), review
    assert any(_NOTE in note and _WHY in note for note in review["notes"])
    # xⱼ dropped (not the gradient, above): wrong at that line, never at the definition's
    code, ending, wrong, _ = review_of_page(tmp_path, _PAGES[shape].replace(_LAST, _DROPPED))
    assert (code, ending, wrong) == (1, "wrong", [_LAST_LINE[shape]])


def test_the_reading_is_noted_in_every_format(tmp_path):
    for form in ("json", "text", "markdown", "latex"):
        result = _steps(tmp_path, _PAGES["displays"], "-f", form, "--timeout", "60")
        assert result.exit_code == 0, (form, result.output)
        notes = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout
        assert _NOTE in notes, form


def test_a_logistic_page_with_h_the_sigmoid(tmp_path):
    page = ("$$\\frac{\\partial J}{\\partial\\theta_j} = \\frac{\\partial}{\\partial\\theta_j}\\left(-\\frac{1}{m}"
            "\\sum_{i=1}^m \\left[y^{(i)}\\log h_\\theta(x^{(i)}) + (1-y^{(i)})\\log(1-h_\\theta(x^{(i)}))\\right]"
            "\\right)$$\nwhere\n$$h_\\theta(x) = \\sigma(\\theta^T x)$$\nso\n$$" + _LAST + "$$\n")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_NOTE in note for note in review["notes"])
    code, ending, wrong, _ = review_of_page(tmp_path, page.replace(_LAST, _DROPPED))
    assert (code, ending, wrong) == (1, "wrong", [5])


def _decided(page: str) -> str | None:
    blocks = _page.display_blocks(page)
    return _page._continuation_past_a_definition(page, [blocks[0]], [blocks[1]], blocks[2])


def test_a_rewrite_of_the_definition_stays_with_it():
    # h_θ(x) = θᵀx, then = Σₖ θₖxₖ: no sum over the examples, no label, no derivative — a value of h, and no value of
    # the derivation, whose sides sum over the examples and write y
    page = (f"$$\\frac{{\\partial J}}{{\\partial\\theta_j}} = \\frac{{1}}{{m}}\\sum_{{i=1}}^m (h_\\theta(x^{{(i)}}) - "
            f"y^{{(i)}}) x_j^{{(i)}}$$\nwhere\n$$h_\\theta(x) = \\theta^T x$$\n$$= \\sum_{{k=0}}^n \\theta_k x_k$$\n")
    assert _decided(page) == "definition"
    assert _decided(page.replace(r"\theta^T x$$", r"\sigma(z)$$").replace(r"\sum_{k=0}^n \theta_k x_k",
                                                                            r"\frac{1}{1+e^{-z}}")) == "definition"


def test_a_line_that_could_go_on_with_either_is_refused(tmp_path):
    # one example's loss, e = ŷ − y between: (ŷ − y)x writes the label as e does and as the derivation does — read
    # with e it is wrong at e's line, read with the derivation right: which is meant is not said
    page = ("$$\\frac{\\partial L}{\\partial w} = \\frac{\\partial}{\\partial w}\\frac{1}{2}(\\hat y - y)^2$$\n"
            "where\n$$e = \\hat y - y$$\n$$= (\\hat y - y) x$$\n")
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2
    assert _REFUSED in result.stderr and "e = …" in result.stderr and "\\frac{\\partial L}{\\partial w} = …" \
        in result.stderr


def test_a_line_with_a_derivative_still_goes_on_with_the_derivation():
    # fixcold29a's rule, kept: a derivative in the line is no value of a name
    page = (f"$${_FIRST}$$\nwhere\n$$h_\\theta(x) = \\theta^T x$$\n$$= \\frac{{1}}{{2m}}\\sum_{{i=1}}^m"
            f"\\frac{{\\partial}}{{\\partial\\theta_j}}(\\theta^T x^{{(i)}} - y^{{(i)}})^2$$\n")
    assert _decided(page) == "derivation"
