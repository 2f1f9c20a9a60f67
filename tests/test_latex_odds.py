r"""LaTeX and Unicode odds and ends (issue 10, second wave): each reading against a spelling already read.

Every reading is checked by building the odd spelling and an equivalent
spelling that logderiv already reads, and comparing the two costs (so no
output of logderiv is pasted in), plus the note it must print; every refusal
by its message and caret column.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError, UnsupportedInputError
from logderiv.notation import read_problem

_SQUARED = r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^\top x^{(i)} - y^{(i)})^2"


def _same_cost(odd: str, plain: str, note: str | None, *, wrt: str = "theta_j", lets: tuple[str, ...] = ()) -> None:
    read = read_problem(odd, wrt=wrt, lets=lets)
    known = read_problem(plain, wrt=wrt, lets=lets)
    assert read.cost == known.cost
    assert read.wrt == known.wrt
    if note is not None:
        assert any(note in said for said in read.notes), read.notes


@pytest.mark.parametrize(
    ("odd", "plain", "note"),
    [
        (r"{\lambda \over 2m}\sum_{j=1}^{n}\theta_j^2", r"\frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2", None),
        (r"\frac{1}{2m}\sum_{i=1}^{m}\qty(\theta^\top x^{(i)} - y^{(i)})^2", _SQUARED, None),
        (r"J(\theta) = \space \frac{1}{2m} \sum_{i=1}^{m}(\theta^\top x^{(i)} - y^{(i)})^2", _SQUARED, None),
        (r"\frac{1}{2m}\sum_{i=1}^{m}({\bf \theta}^\top x^{(i)} - y^{(i)})^2", _SQUARED, None),
        (r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^\top x^{(i)} – y^{(i)})^2", _SQUARED, "an en dash (–) is read as a minus sign"),
        (r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^\top x^{(i)} — y^{(i)})^2", _SQUARED, "an em dash (—) is read as a minus sign"),
        (r"\lambda\sum_{j=1}^{n}\theta^2_j", r"\lambda\sum_{j=1}^{n}\theta_j^2", None),
        (r"\frac{1}{2m}\sum_{i=1}^{m} 2.(\theta^\top x^{(i)} - y^{(i)}).x_j^{(i)}",
         r"\frac{1}{2m}\sum_{i=1}^{m} 2(\theta^\top x^{(i)} - y^{(i)}) x_j^{(i)}", "'.' between two factors is read as a product"),
        (_SQUARED + r" + \lambda\sum_{j=1}^{n}\theta_j^2, \ \lambda \geq 0.",
         _SQUARED + r" + \lambda\sum_{j=1}^{n}\theta_j^2", "is a side condition, not part of the formula"),
        (r"\frac{1}{2m}\sum_{i=1}^{m}(\Theta^\top x^{(i)} - y^{(i)})^2 + \Theta_1", _SQUARED + r" + \theta_1",
         "\\Theta is read as θ"),
        (r"\frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x)^{(i)} - y^{(i)})^2", r"\frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})^2",
         "h_\\theta(x)^{(i)} is read as the prediction for example i"),
        (r"\frac{1}{2m}\sum_{i=1}^{m}(h(\theta)^{(i)} - y^{(i)})^2", r"\frac{1}{2m}\sum_{i=1}^{m}(h(x^{(i)}) - y^{(i)})^2",
         "h(\\theta)^{(i)} is read as the prediction for example i"),
    ],
)
def test_odd_spelling_reads_as_the_known_one(odd, plain, note):
    """Each odd spelling builds to the same cost as a spelling already read, with its note."""
    _same_cost(odd, plain, note)


def test_a_decorated_call_marks_its_argument_with_a_definition():
    r"""``h_\mathbf{w}(x)^{(i)}`` with h defined: the defined h applied to x⁽ⁱ⁾."""
    let = (r"h_\mathbf{w}(x) = w_0 + w_1 x",)
    _same_cost(r"\frac{1}{2m}\sum_{i=1}^{m}\left(h_\mathbf{w}(x)^{(i)} - y^{(i)}\right)^2",
               r"\frac{1}{2m}\sum_{i=1}^{m}\left(h_\mathbf{w}(x^{(i)}) - y^{(i)}\right)^2", None, wrt="w_1", lets=let)


@pytest.mark.parametrize(
    ("text", "message", "column"),
    [
        (r"\log(\theta_1!) + \theta_1", "a factorial", 14),
        (r"y_{i}^{\prime}\beta", "a prime", 8),  # x_i'β is read: the transpose (test_ellipsis)
        (r"\lambda \geq 0 + \theta_1", "a relation", 9),
        (r"\theta_1, \lambda \geq \theta_2", "unexpected ','", 9),
        (r"\tilde{E} + \theta_1", "a decorated name", 1),
        (r"\Theta_1 + \theta_2", "beside a lowercase", 1),
        (r"\qty{x} + \theta_1", "only before a bracket", 1),
        (r"\lambda \over m", "only inside braces", 9),
        (r"{\lambda \over m \over 2}", "a second", 18),
        (r"\theta_1 . 5", "a decimal point or a product", 10),
        # an n that divides the residual counts the examples (test_matrix_cost.py); one that divides only the penalty may not
        (r"\frac{1}{2m}\|X\theta - y\|^2 + \frac{\lambda}{2n}\|\theta\|^2", "the number of examples or of features", 49),
        (r"h_\theta(x^{(i)})^{(i)}", "already marked", 18),
    ],
)
def test_refused_with_the_column(text, message, column):
    """What stays ambiguous or unsupported is refused, the caret under it."""
    with pytest.raises(InputError) as raised:
        read_problem(text, wrt="theta_1")
    assert message in str(raised.value)
    assert raised.value.column == column - 1, str(raised.value)


def test_factorial_is_unsupported_with_a_hint():
    """``θ!`` is not a typo: exit 3 (unsupported); a factorial of the data (``\\log(y_i!)``) is read (test_ellipsis)."""
    with pytest.raises(UnsupportedInputError) as raised:
        read_problem(r"\sum_{i=1}^{m} y_i \theta^\top x_i - \log((\theta^\top x_i)!)", wrt="theta_j")
    assert "does not depend on the parameters" in (raised.value.hint or "")


def test_over_alone_is_a_fraction():
    r"""``{\lambda \over m}`` as the whole formula keeps its braces: λ/m."""
    _same_cost(r"{\lambda \over m}\theta_1", r"\frac{\lambda}{m}\theta_1", None, wrt="theta_1")
    _same_cost(r"{\lambda \over m}", r"\frac{\lambda}{m}", None, wrt="theta_1")


def test_over_in_an_answer_is_judged():
    r"""``{\lambda \over m} w_j`` is λwⱼ/m, the penalty's derivative."""
    verdict = check(r"{\lambda \over m} w_j", cost=r"\frac{\lambda}{2 m}\sum_{j=1}^n w_j^2", wrt="w_j")
    assert verdict.verdict == "equivalent"
    wrong = check(r"{m \over \lambda} w_j", cost=r"\frac{\lambda}{2 m}\sum_{j=1}^n w_j^2", wrt="w_j")
    assert wrong.verdict == "different"


# --- the left sides of answers ----------------------------------------------------------------

_ONE_FEATURE = r"\text{MSE} = \frac{1}{2m} \sum_{i=1}^{m} (\theta_0 + \theta_1 x^{(i)} - y^{(i)})^2"
_SLOPE = r"\frac{1}{m} \sum_{i=1}^{m} (\theta_0 + \theta_1 x^{(i)} - y^{(i)}) x^{(i)}"
_GRADIENT = r"\frac{1}{m}\sum_{i=1}^{m}(\theta^\top x^{(i)} - y^{(i)})x_{j}^{(i)}"


@pytest.mark.parametrize(
    "left",
    [r"\frac{\partial \text{MSE}}{\partial \theta_1}", r"\frac{\partial \text{Log Loss}}{\partial \theta_1}",
     r"\frac{\partial}{\partial \theta_1}\text{MSE}", r"\frac{\partial J}{\partial \theta_1}"],
)
def test_a_left_side_in_words_names_the_derivative(left):
    """The cost's name in ``\\text{…}`` on the left; the right side is judged, with a note."""
    right = check(f"{left} = {_SLOPE}", cost=_ONE_FEATURE, wrt="theta_1")
    assert right.verdict == "equivalent"
    assert any("the derivative checked" in note for note in right.notes)
    wrong = check(f"{left} = 2{_SLOPE}", cost=_ONE_FEATURE, wrt="theta_1")
    assert wrong.verdict == "different"


def test_a_left_side_by_another_variable_is_refused():
    """∂MSE/∂θ₁ given while θ₀ is checked: refused at the variable, with a hint."""
    with pytest.raises(InputError) as raised:
        check(r"\frac{\partial \text{MSE}}{\partial \theta_1} = " + _SLOPE, cost=_ONE_FEATURE, wrt="theta_0")
    assert "with respect to θ₁" in str(raised.value)
    assert raised.value.column == 36


@pytest.mark.parametrize(
    ("left", "note"),
    [
        (r"\nabla(J)_j", r"\nabla(J)_j is read as ∂J/∂θⱼ"),
        (r"\nabla_{\theta_j} J(\theta)", r"\nabla_{\theta_j} J(\theta) is read as ∂J/∂θⱼ"),
        (r"\frac{\partial J(\theta)}{\partial \theta_j} = \nabla_{\theta_j}J(\theta)", "the 2 left sides all name ∂J/∂θⱼ"),
    ],
)
def test_gradient_left_sides(left, note):
    """∇(J)ⱼ, ∇_{θⱼ}J and a chain of left sides naming one derivative."""
    right = check(f"{left} = {_GRADIENT}", cost="linear")
    assert right.verdict == "equivalent"
    assert any(note in said for said in right.notes), right.notes
    assert check(f"{left} = 2{_GRADIENT}", cost="linear").verdict == "different"


@pytest.mark.parametrize(
    ("answer", "message", "column"),
    [
        (r"\frac{\partial J}{\partial \theta_0} = \nabla_{\theta_j}J = " + _GRADIENT, "name different derivatives", 40),
        # a chain of right sides that differ (one the gradient, one twice it): never one picked
        (r"\frac{\partial J}{\partial \theta_j} = " + _GRADIENT + " = 2" + _GRADIENT, "the sides of the chain differ", 40),
        (r"\nabla(J)_j = \frac{1}{m}\sum_{i=1}^{m}(\theta^\top x^{(i)} - y^{(i)})x_j^{(i)} + w_j", "say which parameters", 1),
        (r"\nabla(J)_i = " + _GRADIENT, "a feature index", 10),
    ],
)
def test_gradient_left_sides_refused(answer, message, column):
    """Left sides that disagree, a chain of right sides, a gradient whose parameters are unclear."""
    with pytest.raises(InputError) as raised:
        check(answer, cost="linear")
    assert message in str(raised.value)
    assert raised.value.column == column - 1, str(raised.value)


def test_partial_on_the_right_is_an_unfinished_derivative():
    """A line that still differentiates with ``\\partial_{\\theta_j}`` is read as ∂/∂θⱼ, as with \\frac.

    The derivative left is of θᵀx − y, linear in θⱼ (its value xⱼ read off): the gradient, noted; one of
    σ(θᵀx) is work still to do: unfinished.
    """
    verdict = check(r"(\theta^\top x - y)\partial_{\theta_j}(\theta^\top x - y)", cost=r"\frac{1}{2}(\theta^\top x - y)^2")
    written = check(r"(\theta^\top x - y)\frac{\partial}{\partial\theta_j}(\theta^\top x - y)",
                    cost=r"\frac{1}{2}(\theta^\top x - y)^2")
    assert verdict.verdict == written.verdict == "equivalent"
    assert any("left unevaluated" in note for note in verdict.notes)
    squared = r"\frac{1}{2}(\sigma(\theta^\top x) - y)^2"
    verdict = check(r"(\sigma(\theta^\top x) - y)\partial_{\theta_j}(\sigma(\theta^\top x) - y)", cost=squared)
    written = check(r"(\sigma(\theta^\top x) - y)\frac{\partial}{\partial\theta_j}(\sigma(\theta^\top x) - y)",
                    cost=squared)
    assert verdict.verdict == written.verdict == "undecided"
    assert [d.kind for d in verdict.diagnosis] == [d.kind for d in written.diagnosis] == ["unfinished"]
