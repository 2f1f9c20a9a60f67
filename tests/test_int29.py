"""The integrator's fixes at session 29's merge (issue 10): readings an audit noted but left.

* A code name of a matrix MADE from the data — an inverse (``X_inv``, ``X_pinv``), a covariance (``X_cov``,
  ``Xcorr``), a Gram matrix (``X_gram``) or a Hessian (``Xhess``) — multiplying the parameters was read as the m×n
  data matrix X (with a note) by the rule that reads ``Xtrain @ w`` or ``X_transformed @ w`` as X. Such a matrix is
  n×n (or n×m): times the parameters it is no prediction, and reading it as X gives the gradient of another cost.
  It is now refused (exit 2); ``Xtrain`` and ``X_transformed`` are read as before.
"""

from __future__ import annotations

import pytest
from _handcosts import refused
from click.testing import CliRunner

from logderiv import derive
from logderiv.cli import main


@pytest.mark.parametrize("name", ["X_inv", "X_pinv", "X_cov", "Xcorr", "X_gram", "Xhess", "XtX_inv"])
def test_a_matrix_made_from_the_data_is_no_data_matrix(name):
    """An inverse, covariance, Gram matrix or Hessian of the data is refused, never read as X."""
    with pytest.raises(Exception) as raised:
        derive(f"np.mean(({name} @ w - y)**2)", wrt="w_j")
    assert type(raised.value).__name__ in ("InputError", "UnsupportedError"), raised.value
    result = CliRunner().invoke(main, ["derive", f"np.mean(({name} @ w - y)**2)", "--wrt", "w_j"])
    assert result.exit_code == 2, result.output
    assert "read as X, the m×n data matrix" not in result.output


@pytest.mark.parametrize("name", ["Xtrain", "X_transformed"])
def test_a_split_or_a_transformed_data_matrix_is_still_read(name):
    """The rule's own cases are unchanged: the one name multiplying w is X, noted."""
    derivation = derive(f"np.mean(({name} @ w - y)**2)", wrt="w_j")
    assert any(f"{name} is the code's name of the data matrix" in note for note in derivation.notes)


def test_the_refusal_is_a_refusal_not_a_reading():
    """X_pinv gets the joined-name refusal, which tells the user to give its value."""
    refused(derive, "X_pinv", "np.mean((X_pinv @ w - y)**2)", wrt="w_j")
