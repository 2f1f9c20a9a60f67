r"""LaTeX and plain odds and ends (issue 10, third wave): each reading against a spelling already read.

As in ``test_latex_odds.py``: the odd spelling and an equivalent one that
logderiv already reads build to the same cost (no output of logderiv is pasted
in), with the note it must print; every refusal by its message and caret column.
"""

from __future__ import annotations

import pytest

from logderiv.errors import InputError
from logderiv.notation import read_problem

_SQUARED = r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^\top x^{(i)} - y^{(i)})^2"
_LOGISTIC = r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log\sigma(\theta^\top x^{(i)}) + (1-y^{(i)})\log(1-\sigma(\theta^\top x^{(i)}))\right]"


def _same_cost(odd: str, plain: str, note: str | None, *, wrt: str = "theta_j", lets: tuple[str, ...] = ()) -> None:
    read = read_problem(odd, wrt=wrt, lets=lets)
    known = read_problem(plain, wrt=wrt, lets=lets)
    assert read.cost == known.cost
    assert read.wrt == known.wrt
    if note is not None:
        assert any(note in said for said in read.notes), read.notes


def _refused(text: str, message: str, column: int, *, wrt: str = "theta_j", lets: tuple[str, ...] = ()) -> None:
    with pytest.raises(InputError) as caught:
        read_problem(text, wrt=wrt, lets=lets)
    assert message in str(caught.value), str(caught.value)
    assert caught.value.column == column - 1, str(caught.value)  # columns are shown from 1


@pytest.mark.parametrize(
    ("odd", "plain"),
    [
        (r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^\top \mathbf{x^{(i)}} - y^{(i)})^2", _SQUARED),
        (r"\frac{1}{2m}\sum_{i=1}^{m}(\boldsymbol{\theta^\top x^{(i)}} - y^{(i)})^2", _SQUARED),
        (r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log\frac{1}{1+e^{\mathbf{-\theta^\top x^{(i)}}}}"
         r" + (1-y^{(i)})\log(1-\frac{1}{1+e^{\mathbf{-\theta^\top x^{(i)}}}})\right]", _LOGISTIC),
    ],
)
def test_bold_over_an_expression_is_typography(odd, plain):
    r"""``\mathbf{x^{(i)}}``, ``\mathbf{-\theta^\top x}``: bold over an expression reads as its braces."""
    _same_cost(odd, plain, None)


@pytest.mark.parametrize(
    ("text", "column"),
    [
        (r"\frac{1}{2m}\sum_{i=1}^{m}(\mathbf{XW} - y^{(i)})^2", 36),  # one name or a product?
        (r"\mathbf{12} + \theta_1", 9),  # a vector of a number
        (r"\mathcal{x^{(i)}} + \theta_1", 10),  # a calligraphic expression is not bold type
    ],
)
def test_bold_over_a_word_or_number_is_refused(text, column):
    """Bold over a bare word or a number stays a refusal: it may name one quantity."""
    _refused(text, "must hold one letter", column)


@pytest.mark.parametrize(
    ("odd", "plain", "note"),
    [
        ("J(theta) = (1/2m) * (X * theta — y)^T * (X * theta — y)",
         "J(theta) = (1/2m) * (X * theta - y)^T * (X * theta - y)", "an em dash (—) is read as a minus sign"),
        ("(1/2m) * sum_i (theta^T x^(i) – y^(i))^2", "(1/2m) * sum_i (theta^T x^(i) - y^(i))^2",
         "an en dash (–) is read as a minus sign"),
    ],
)
def test_a_dash_in_plain_text_is_a_minus(odd, plain, note):
    """Plain text as blogs publish it: a dash typed for a minus, noted."""
    _same_cost(odd, plain, note)
