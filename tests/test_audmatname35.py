"""audmatname35: an audit of fixmatname34's plain-text gradient names on the matrix path of ``logderiv steps``.

Misread found: ∇ with a subscript naming something other than the page's parameter vector was read as the gradient
by that vector, the subscript dropped (∇_b J, ∇_X J, ∇_x J; and, since fixmatname34 let θ through the subscript, ∇_θ J
on a page in w). On a page with an intercept, ``∇_b J = (1/m)Xᵀ(Xw + b − y)`` — by hand the derivative by w written
under b's name, wrong — was judged the gradient (right), and ``∇_b J = (1/m)Σ(Xw + b − y)`` — by hand right — was
judged wrong at its line. A subscript that is not the whole parameter vector is now refused (a miss, never a misread);
∇_θ by another vector than the lines' is refused as ∂J/∂θ already was.

The facts are checked by central finite differences with NumPy (tests/_numeric.py), never by logderiv's output.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_RANDOM = numpy.random.default_rng(35)
_X = _RANDOM.normal(size=(7, 3))
_Y = _RANDOM.normal(size=7)

_INTERCEPT_PAGE = "J(w, b) = 1/(2m)*||X w + b - y||^2\n\n{line}\n"


def _intercept_cost(parameters: numpy.ndarray) -> float:
    """(1/(2m))‖Xw + b·1 − y‖² of (w, b) stacked."""
    w, b = parameters[:-1], parameters[-1]
    return float(numpy.sum((_X @ w + b - _Y) ** 2) / (2 * len(_Y)))


def test_the_derivative_by_b_is_a_number_not_the_vector_by_w():
    # ∂J/∂b = (1/m)Σ(Xw + b − y), one number; (1/m)Xᵀ(Xw + b − y) is the gradient by w, an n-vector
    w, b = _RANDOM.normal(size=3), 0.4
    numeric = central_differences(_intercept_cost, numpy.append(w, b))
    residual = _X @ w + b - _Y
    assert abs(numeric[-1] - residual.sum() / len(_Y)) < 1e-6
    assert numpy.allclose(numeric[:-1], _X.T @ residual / len(_Y), atol=1e-6)
    assert not numpy.allclose(numeric[:-1], residual.sum() / len(_Y), atol=1e-3)


def _outcome(tmp_path, page):
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    if result.exit_code == 2:
        return "refused", result.output + (result.stderr or "")
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    return review["ending"], [step["line"] for step in review["steps"] if step.get("valid") is False]


@pytest.mark.parametrize("line", ["∇_b J = 1/m * X^T (X w + b - y)", "∇_b J = 1/m * sum(X w + b - y)",
                                  "\\nabla_b J = 1/m * X^T (X w + b - y)"])
def test_nabla_by_the_intercept_is_not_read_as_the_gradient_by_w(tmp_path, line):
    # the first is wrong by hand (the vector by w under b's name) and was judged right; the second right by hand and
    # was judged wrong: the subscript b was dropped. Refused now, at the subscript
    kind, message = _outcome(tmp_path, _INTERCEPT_PAGE.format(line=line))
    assert kind == "refused"
    assert "∇ is taken by 'b'" in message and f"line 3, column {line.index('_') + 2}" in message


@pytest.mark.parametrize("subscript", ["X", "x", "y", "z"])
def test_nabla_by_another_letter_is_refused_not_read_by_w(tmp_path, subscript):
    # ∇_X J is the gradient by the data matrix, (1/m)(Xw − y)wᵀ, not (1/m)Xᵀ(Xw − y): it was judged the gradient
    page = f"J(w) = 1/(2m)*||X w - y||^2\n\n∇_{subscript} J = 1/m * X^T (X w - y)\n"
    kind, message = _outcome(tmp_path, page)
    assert kind == "refused"
    assert f"∇ is taken by '{subscript}'" in message


def test_nabla_by_theta_on_a_page_in_w_is_refused_as_the_fraction_is(tmp_path):
    page = "J(w) = 1/(2m)*||X w - y||^2\n\n{name} = 1/m * X^T (X w - y)\n"
    for name in ("∇_θ J", "∂J/∂θ"):
        kind, message = _outcome(tmp_path, page.format(name=name))
        assert kind == "refused", name
        assert "this line differentiates by θ" in message, name


@pytest.mark.parametrize(("cost", "name", "vector"), [
    ("J(w)", "∇_w J", "w"), ("J(θ)", "∇_θ J(θ)", "θ"), ("J(θ)", "∇_θ J", "θ"), ("J(β)", "∇_β J", "β"),
    ("J(w)", "\\nabla_w J", "w"), ("J(w)", "∇J(w)", "w")])
def test_nabla_by_the_lines_vector_is_still_read(tmp_path, cost, name, vector):
    page = f"{cost} = 1/(2m)*||X {vector} - y||^2\n\n{name} = 1/m * X^T (X {vector} - y)\n"
    assert _outcome(tmp_path, page) == ("gradient", [])
    assert _outcome(tmp_path, page.replace(f"{name} = 1/m", f"{name} = 2/m")) == ("wrong", [3])


def test_nabla_by_a_word_is_refused_naming_the_word(tmp_path):
    # ∇_theta and ∇_xi typed as words: the subscript reader takes one letter; the refusal names what was written
    page = "J(w) = 1/(2m)*||X w - y||^2\n\n{name} J = 1/m * X^T (X w - y)\n"
    kind, message = _outcome(tmp_path, page.format(name="∇_theta"))
    assert kind == "refused" and "∇'s subscript is read as one letter, 't' of 'theta'" in message
    kind, message = _outcome(tmp_path, page.format(name="∇_xi"))
    assert kind == "refused" and "∇ is taken by 'xi'" in message


@pytest.mark.parametrize("name", ["\\nabla_\\mathbf{w} J", "\\nabla_\\boldsymbol\\theta J"])
def test_nabla_by_a_font_command_without_braces_is_refused_saying_so(tmp_path, name):
    # refused before this audit too ("∇ is taken of a number"); the refusal now says why: the subscript read is
    # the command alone, not 'taken by \\mathbf'
    vector = "\\theta" if "theta" in name else "w"
    page = (f"$$J({vector}) = \\frac{{1}}{{2m}}(X{vector} - y)^T(X{vector} - y)$$\n\n"
            f"$${name} = \\frac{{1}}{{m}} X^T (X {vector} - y)$$\n")
    kind, message = _outcome(tmp_path, page)
    assert kind == "refused" and "alone, without the letter it dresses" in message
