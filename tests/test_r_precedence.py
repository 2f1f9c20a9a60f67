"""Issue 10: R's ``%*%`` binds tighter than ``*`` and ``/`` — read as R computes it, and noted.

R's ``%…%`` operators come before ``*`` and ``/`` in its precedence table (R Language Definition, §10.4.2
"Infix and prefix operators"): ``y * X %*% beta`` is y ⊙ (Xβ). NumPy's ``@``, the spelling R text is put in,
binds as ``*`` does, left to right, so the same characters in NumPy are (y ⊙ X)β — a different quantity wherever
the two are not equal (``y / X %*% b``). Each meaning below is worked out by hand and held to central finite
differences of a NumPy cost written here, through the corpus judge (tests/_reading.py), never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import derive
from logderiv.notation import r_code
from logderiv.notation.pasted import _apply

from _reading import assert_gradient_read, assert_verdict_read, notes_of

# Alex Reinhart's R notes, pois.obj and pois.grad (wave f36, tests/corpus/fresh_thirtysixth.py)
REINHART_OBJ = "sum(exp(X %*% beta) - y * X %*% beta)"


def _poisson_sum(d):
    """Σᵢ exp(xᵢᵀβ) − yᵢ xᵢᵀβ: the Poisson negative log-likelihood without log yᵢ!, summed (by hand)."""
    u = d.X @ d.beta
    return float(np.sum(np.exp(u) - d.y * u))


def test_the_poisson_objective_is_read_with_the_product_first():
    # R's grouping matters: y / (Xb) and (y / X) b differ at a random point (worked here, not by logderiv)
    rng = np.random.default_rng(3)
    X, y, b = rng.normal(size=(4, 3)), rng.normal(size=4), rng.normal(size=3)
    assert not np.allclose(y / (X @ b), (y[:, None] / X) @ b)
    assert_gradient_read(REINHART_OBJ, _poisson_sum, wrt=("beta_j",))
    notes = notes_of(derive(REINHART_OBJ, wrt="beta_j"))
    assert any("y * X %*% beta is y * (X %*% beta)" in note for note in notes)


@pytest.mark.parametrize("answer, verdict", [
    ("t(X) %*% (exp(X %*% beta) - y)", "equivalent"),  # Xᵀ(e^{Xβ} − y), worked by hand from the cost above
    ("t(X) %*% (y - exp(X %*% beta))", "different"),   # its negative
])
def test_its_gradient_is_judged_against_it(answer, verdict):
    assert_verdict_read(answer, REINHART_OBJ, verdict, wrt="beta_j")


def _spelled(text: str) -> str:
    found, _ = r_code.edits(text, label="COST")
    return _apply(text, [], found).text


@pytest.mark.parametrize("text, expected", [
    ("y * X %*% beta", "y * (X @ beta)"),
    ("y / X %*% b", "y / (X @ b)"),                        # y / (Xb), not (y / X) b
    ("y*t(X)%*%X%*%beta", "y*((X).T@X@beta)"),            # the whole chain of products
    ("y * X %*% b^2", "y * (X @ b^2)"),                   # ^ binds tighter still: X %*% (b^2)
    # products inside an operand stay inside it; the chain is the outer one
    ("c * t(X %*% theta - y) %*% (X %*% theta - y)", "c * ((X @ theta - y).T @ (X @ theta - y))"),
])
def test_a_chain_after_a_star_or_slash_is_bracketed(text, expected):
    assert _spelled(text) == expected


@pytest.mark.parametrize("text", [
    "exp(X %*% beta) - y",        # after a bracket: both readings agree
    "(X %*% beta - y)^2",
    "X %*% beta * y",             # the chain first: (Xβ) ⊙ y either way
    "2 + X %*% beta",
])
def test_where_the_readings_agree_nothing_is_added(text):
    assert _spelled(text) == text.replace("%*%", "@")
