"""Costs written by hand in sympy for the reading tests, and what such a test asks of a derivation.

Shared by tests/test_fixtex4.py and tests/test_fixtex5.py: an expected gradient is a cost written here and held by
``_oracle.assert_gradient`` (sympy.diff and central finite differences of that cost), never logderiv's output.
"""

from __future__ import annotations

import json

import pytest
import sympy
from _oracle import assert_gradient
from _reading import notes_of

from logderiv.errors import InputError, UnsupportedError
from logderiv.notation import symbols

i = symbols.example_index
k = symbols.feature_indices[0]
j = symbols.wrt_index
m, n = symbols.m, symbols.n
x, y = symbols.vector("x"), symbols.vector("y")
theta, w = symbols.vector("theta"), symbols.vector("w")
b_ = symbols.scalar("b")
lam = symbols.scalar("lambda")


def over_examples(body):
    return sympy.Sum(body, (i, 1, m))


def dot(vector):
    return sympy.Sum(vector[k] * x[i, k], (k, 1, n))


def sig(z):
    return 1 / (1 + sympy.exp(-z))


def cross_entropy(h):
    return -over_examples(y[i] * sympy.log(h) + (1 - y[i]) * sympy.log(1 - h)) / m


def assert_derives(derivation, cost, wrt):
    """The derivation's result is ∂cost/∂wrt (sympy.diff and finite differences of the hand-written cost)."""
    problem = derivation.problem
    assert_gradient(cost, wrt, problem.expand_definitions(derivation.result), problem.definitions)


def noted_everywhere(derivation, fragment):
    """The note holding ``fragment`` is in the notes and in the text, Markdown and JSON outputs."""
    assert any(fragment in note for note in notes_of(derivation)), notes_of(derivation)
    assert fragment in derivation.to_text()
    assert fragment in derivation.to_markdown()
    assert any(fragment in note for note in json.loads(derivation.to_json())["notes"])


def refused(call, fragment, *args, **kwargs):
    """The refusal ``call(*args, **kwargs)`` raises, its message holding ``fragment``."""
    with pytest.raises((InputError, UnsupportedError)) as raised:
        call(*args, **kwargs)
    assert fragment in str(raised.value), str(raised.value)
    return raised.value
