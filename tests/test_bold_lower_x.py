r"""LaTeX's bold lower-case x times the whole parameter vector in a matrix-form cost: the data matrix X.

``(\mathbf{y}-\mathbf{x}\mathbf{w})^T(\mathbf{y}-\mathbf{x}\mathbf{w})``: x w conforms only with x the m×n
data matrix; read so (noted) when every bold x is bare, no text writes X and no --let defines x.
Gradients are held against the spelling with X, read before (``tests/_oracle.py``).
"""

from __future__ import annotations

import pytest

from _oracle import assert_gradient
from logderiv import derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError
from logderiv.notation.pasted import BOLD_X_NOTE


@pytest.mark.parametrize(
    "text",
    [
        r"\frac{1}{2}(\mathbf{y}-\mathbf{x} \mathbf{w})^{T}(\mathbf{y}-\mathbf{x} \mathbf{w})",
        r"\frac{1}{2}(\mathbf{y}-\mathbf{x} \mathbf{w})^{\mathbf{T}}(\mathbf{y}-\mathbf{x} \mathbf{w})",
        r"\frac{1}{2}\|\boldsymbol{y}-\boldsymbol{x}\boldsymbol{w}\|^2",
    ],
)
def test_bold_x_times_w_is_the_data_matrix(text):
    derivation = derive(text, wrt="w_j")
    expected = read_cost(text.replace("{x}", "{X}"), wrt="w_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert BOLD_X_NOTE in read.notes, read.notes


@pytest.mark.parametrize(
    "text",
    [
        # x indexed elsewhere: one example's vector, so x w is not read as X w
        r"(\mathbf{y}-\mathbf{x} \mathbf{w})^{T}(\mathbf{y}-\mathbf{x} \mathbf{w}) + \mathbf{x}_1",
        # X written too: which is the data?
        r"(\mathbf{y}-\mathbf{x} \mathbf{w})^{T}(\mathbf{y}-\mathbf{X} \mathbf{w})",
    ],
)
def test_other_bold_x_stays_refused(text):
    with pytest.raises(InputError):
        derive(text, wrt="w_j")


def test_a_per_example_cost_is_left_alone():
    r"""\sum_i (y_i - \mathbf{w}^T\mathbf{x}_i)^2: no x w, no note."""
    read = derive(r"\sum_{i=1}^{m} (y_i - \mathbf{w}^T\mathbf{x}_i)^2", wrt="w_j").problem
    assert BOLD_X_NOTE not in read.notes
