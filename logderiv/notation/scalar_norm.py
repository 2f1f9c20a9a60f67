r"""A squared norm of one example's residual, ``\|y_i - w^T x_i\|_2^2``: a number's norm, read as its square.

Pages write the squared error of one example with the norm bars of the vector case (a Cross Validated question's
``\sum_{i=1}^n ||y_i – w^T x_i||_2^2``). A norm is read of a parameter vector or, in matrix form, of the
examples' residual vector; one example's residual was refused, because ``‖ŷᵢ − yᵢ‖`` may be a vector's norm (one
output per class, ``yᵢ`` a vector). The rule reads it only where the residual is a number by its own terms: a
difference of the model's θᵀx⁽ⁱ⁾ (a row times a column: one number) and the example's target, so the target is a
number too, and ‖s‖² = s² exactly. Squared only: ‖s‖ = |s| is not read. Sympy-free.
"""

from __future__ import annotations

from . import tree
from . import vocabulary as vocab

__all__ = ["SCALAR_NORM_NOTE", "is_example_scalar"]

#: the note when such a norm is read as a square
SCALAR_NORM_NOTE = ("the squared norm of one example's residual, ‖yᵢ − θᵀxᵢ‖², is read as its square (yᵢ − θᵀxᵢ)²: "
                    "θᵀxᵢ is a number, so the residual is one")


def is_example_scalar(node: tree.Node) -> bool:
    """Whether ``node`` is ``yᵢ − θᵀxᵢ`` (terms in either order, signs any): a number, by θᵀxᵢ in it."""
    terms: list[tree.Node] = []
    _terms(node, terms)
    if not any(_model(term) for term in terms):
        return False
    return all(_model(term) or _target(term) or isinstance(term, tree.Number) for term in terms)


def _terms(node: tree.Node, into: list[tree.Node]) -> None:
    """The terms of a sum or difference, signs dropped."""
    if isinstance(node, tree.Binary) and node.op in ("+", "-"):
        _terms(node.left, into)
        _terms(node.right, into)
    elif isinstance(node, tree.Negate):
        _terms(node.operand, into)
    else:
        into.append(node)


def _model(node: tree.Node) -> bool:
    """θᵀx⁽ⁱ⁾: a parameter vector's transpose times one example's features, a number."""
    return (isinstance(node, tree.Dot) and node.left.name in vocab.PARAMETER_VECTORS and node.left.feature is None
            and node.left.example is None and node.right.name == "x" and node.right.feature is None
            and node.right.example is not None)


def _target(node: tree.Node) -> bool:
    """y⁽ⁱ⁾: one example's target."""
    return isinstance(node, tree.Variable) and node.name == "y" and node.feature is None and node.example is not None
