r"""Real LaTeX and notes from the f20–f22 waves (issue 10): readings added, and the near-variants that stay refused.

Every expected gradient is a cost written here by hand in sympy, checked by
``_oracle.assert_gradient`` (sympy.diff and central finite differences of that cost);
every expected verdict is worked out by hand in the test's docstring.
"""

from __future__ import annotations

import pytest
import sympy

from _oracle import assert_gradient
from _reading import notes_of
from logderiv import check, derive
from logderiv.errors import InputError, UnsupportedError
from logderiv.notation import symbols

i = symbols.example_index
k = symbols.feature_indices[0]
m, n = symbols.m, symbols.n
x, y = symbols.vector("x"), symbols.vector("y")
w_, b_ = symbols.scalar("w"), symbols.scalar("b")


def _over_examples(body):
    return sympy.Sum(body, (i, 1, m))


def _assert_derives(derivation, cost, wrt):
    """The derivation's result is ∂cost/∂wrt (sympy.diff and finite differences of the hand-written cost)."""
    problem = derivation.problem
    assert_gradient(cost, wrt, problem.expand_definitions(derivation.result), problem.definitions)


def _refused(call, fragment, *args, **kwargs):
    with pytest.raises((InputError, UnsupportedError)) as raised:
        call(*args, **kwargs)
    assert fragment in str(raised.value), str(raised.value)
    return raised.value


# ---------------------------------------------------------------- xw: the feature glued before its weight (f21-mahdi)

MAHDI_LETS = (r"z = xw + b", r"\hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}}")
MAHDI = r"L = - \frac{1}{N} \sum \Big( y \log(\hat{y}) + (1-y)\log(1-\hat{y}) \Big)"


@pytest.mark.parametrize("wrt", [w_, b_])
def test_xw_in_a_let_is_x_times_w_noted(wrt):
    """z = xw + b is z = x·w + b: the mean cross-entropy of σ(w xᵢ + b), in w and in b, with a note."""
    sig = 1 / (1 + sympy.exp(-(w_ * x[i] + b_)))
    cost = -_over_examples(y[i] * sympy.log(sig) + (1 - y[i]) * sympy.log(1 - sig)) / m
    derivation = derive(MAHDI, wrt=str(wrt), let=MAHDI_LETS)
    _assert_derives(derivation, cost, wrt)
    assert any("'xw' is read as x·w" in note for note in notes_of(derivation)), notes_of(derivation)


def test_xw_answers_are_checked():
    """By hand: ∂L/∂w = (1/N)Σ(ŷ − y)x, ∂L/∂b = (1/N)Σ(ŷ − y); the b formula given for w lacks the x."""
    assert check(r"\frac{1}{N} \sum ( \hat{y} - y )x", cost=MAHDI, wrt="w", let=MAHDI_LETS).verdict == "equivalent"
    assert check(r"\frac{1}{N} \sum ( \hat{y} - y )", cost=MAHDI, wrt="b", let=MAHDI_LETS).verdict == "equivalent"
    assert check(r"\frac{1}{N} \sum ( \hat{y} - y )", cost=MAHDI, wrt="w", let=MAHDI_LETS).verdict == "different"


def test_other_glued_letters_stay_unknown():
    """Only w after x is split: xy, xb are no one-feature product a note would name."""
    for glued in ("xy", "xb"):
        _refused(derive, "unknown name", f"1/m * sum(({glued} - y)^2)", wrt="w")
