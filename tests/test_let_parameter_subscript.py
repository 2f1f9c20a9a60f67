"""Issue 10: a --let whose name carries the parameters as a subscript (``X_w = X @ w``, ``z_w = X @ w``).

A public Poisson regression (code index file 14008957627, ``poisson_loss(w, X, y)``; wave f36) writes
``X_w = X @ w`` and then ``-np.sum(X_w * y - np.exp(X_w))``. ``--let 'h_w(x) = …'`` has long been read as h, the
subscript naming the parameters (typography); the texts now read the same name the same way, with a note, so
``z_w`` in the cost is the z the let defines. ``X_w`` is not X (X is the data matrix: its let would define X by
itself): it is one name of code, as ``y_pred`` is. ``x_w`` and ``y_w`` stay refused (entries of the notation).
Each meaning is worked by hand and held to central finite differences of a NumPy cost written here.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import derive
from logderiv.errors import InputError

from _reading import assert_gradient_read, assert_verdict_read, notes_of

SKPOIS_COST = "-np.sum(X_w * y - np.exp(X_w))"


def _poisson_sum_w(d):
    """−Σᵢ (yᵢ xᵢᵀw − exp(xᵢᵀw)): the summed Poisson negative log-likelihood without log yᵢ! (by hand)."""
    u = d.X @ d.w
    return float(-np.sum(u * d.y - np.exp(u)))


@pytest.mark.parametrize("name", ["X_w", "z_w", "u_w"])
def test_a_product_named_with_the_parameters_subscript_is_read(name):
    assert_gradient_read(SKPOIS_COST.replace("X_w", name), _poisson_sum_w, wrt=("w_j",), lets=(f"{name} = X @ w",))


def test_the_reading_is_noted():
    notes = notes_of(derive("-np.sum(z_w * y - np.exp(z_w))", wrt="w_j", let=["z_w = X @ w"]))
    assert any(note.startswith("z_w is z, the name the --let defines") for note in notes)
    notes = notes_of(derive(SKPOIS_COST, wrt="w_j", let=["X_w = X @ w"]))
    assert any("X_w is one name" in note for note in notes)


@pytest.mark.parametrize("answer, verdict", [
    ("(np.exp(X @ w) - y) @ X", "equivalent"),   # Xᵀ(e^{Xw} − y), by hand from the cost above
    ("(y - np.exp(X @ w)) @ X", "different"),    # its negative
])
def test_the_sources_gradient_is_judged_against_it(answer, verdict):
    assert_verdict_read(answer, SKPOIS_COST, verdict, wrt="w_j", lets=("X_w = X @ w",))


@pytest.mark.parametrize("name", ["x_w", "y_w"])
def test_the_data_vectors_with_that_subscript_stay_refused(name):
    with pytest.raises(InputError, match="entry of the notation"):
        derive(f"-np.sum({name} * y)", wrt="w_j", let=[f"{name} = X @ w"])


def test_without_a_let_the_subscript_is_still_an_unknown_index():
    with pytest.raises(InputError, match="unknown index 'w'"):
        derive("-np.sum(z_w * y)", wrt="w_j")
