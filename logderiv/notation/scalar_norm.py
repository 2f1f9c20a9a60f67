r"""A squared norm of one example's residual, ``\|y_i - w^T x_i\|_2^2``: a number's norm, read as its square.

Pages write the squared error of one example with the norm bars of the vector case (a Cross Validated question's
``\sum_{i=1}^n ||y_i – w^T x_i||_2^2``). A norm is read of a parameter vector or, in matrix form, of the
examples' residual vector; one example's residual was refused, because ``‖ŷᵢ − yᵢ‖`` may be a vector's norm (one
output per class, ``yᵢ`` a vector). The rule reads it only where the residual is a number by its own terms: a
difference of the model's θᵀx⁽ⁱ⁾ (a row times a column: one number) and the example's target, so the target is a
number too, and ‖s‖² = s² exactly. Squared only: ‖s‖ = |s| is not read. Sympy-free.

The model may be written by its components (``\lVert y_i - (w_0 + w_1 x_{i1} + \ldots + w_d x_{id}) \rVert^2``,
cold42's Vietnamese notes, which say the squared norm is the square): Σₖ wₖxᵢₖ is θᵀxᵢ summed out, a number, and a
parameter's one component w₀ is a number; read so only beside such a sum (a component alone beside a target is
not the model, and ``‖y_i − w_0‖`` stays refused).
"""

from __future__ import annotations

from . import tree
from . import vocabulary as vocab

__all__ = ["COMPONENT_NORM_NOTE", "SCALAR_NORM_NOTE", "by_components", "is_example_scalar"]

#: the note when such a norm is read as a square
SCALAR_NORM_NOTE = ("the squared norm of one example's residual, ‖yᵢ − θᵀxᵢ‖², is read as its square (yᵢ − θᵀxᵢ)²: "
                    "θᵀxᵢ is a number, so the residual is one")
#: the note when the model in the norm is written by its components, w₀ + Σₖ wₖxᵢₖ
COMPONENT_NORM_NOTE = ("the squared norm of one example's residual, ‖yᵢ − (w₀ + w₁xᵢ₁ + … + w_d x_{id})‖², is read as "
                       "its square: w₀ + Σₖ wₖxᵢₖ (the model by its components) is a number, so the residual is one")


def is_example_scalar(node: tree.Node) -> bool:
    """Whether ``node`` is ``yᵢ − θᵀxᵢ`` (terms in either order, signs any): a number, by θᵀxᵢ in it."""
    terms: list[tree.Node] = []
    _terms(node, terms)
    if any(_model(term) for term in terms):
        return all(_model(term) or _target(term) or isinstance(term, tree.Number) for term in terms)
    return by_components(node)


def by_components(node: tree.Node) -> bool:
    """Whether ``node`` is ``yᵢ − (w₀ + Σₖ wₖxᵢₖ)`` (terms in either order, signs any): the model by its components.

    A sum over the features of a parameter's component times one example's feature of that index is θᵀxᵢ, a
    number; beside one, a parameter's fixed component (w₀) is a number too. One example's target is needed."""
    terms: list[tree.Node] = []
    _terms(node, terms)
    if not any(_component_model(term) for term in terms) or not any(_target(term) for term in terms):
        return False
    return all(_component_model(term) or _target(term) or _component(term) or isinstance(term, tree.Number)
               for term in terms)


def _component_model(node: tree.Node) -> bool:
    """Σₖ wₖxᵢₖ: over the features, a parameter's component k times one example's feature k (either order)."""
    if not (isinstance(node, tree.Sum) and node.over == "features" and isinstance(node.body, tree.Binary)
            and node.body.op == "*"):
        return False
    left, right = node.body.left, node.body.right
    if isinstance(left, tree.Variable) and left.name == "x":
        left, right = right, left
    return (isinstance(left, tree.Variable) and left.name in vocab.PARAMETER_VECTORS and left.feature == node.index
            and left.example is None and isinstance(right, tree.Variable) and right.name == "x"
            and right.feature == node.index and right.example is not None)


def _component(node: tree.Node) -> bool:
    """w₀: a parameter vector's one fixed component (a digit), a number."""
    return (isinstance(node, tree.Variable) and node.name in vocab.PARAMETER_VECTORS and node.feature is not None
            and node.feature.isdigit() and node.example is None)


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
