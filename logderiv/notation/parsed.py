"""What a front end hands on: the tree, and what it learned while reading the text."""

from __future__ import annotations

from typing import Literal

from ..record import record
from .tree import Node, Variable

__all__ = ["Parsed"]


@record
class Parsed:
    r"""A formula read by a front end.

    ``name`` is the cost's name when the text gave one (``J(\theta) = ...``,
    ``\mathcal{L} = ...``); ``wrt`` the variable of a derivative on the left
    (``\frac{\partial J}{\partial\theta_j} = ...``). ``notes`` are things the
    reader should know about how the text was read (``y^{i}`` taken as
    ``y^{(i)}``); they are shown with the derivation. ``parameters`` are the
    names the text declares as the model's parameters without using them in
    the formula (``J(\mathbf w, b) =``, ``f_{\mathbf w, b}(x)``): an undefined
    prediction's model takes them (wᵀx + b). ``subject_example`` is the column of a left side's
    derivative of one example's cost (``\frac{\partial E^{(i)}}{\partial b} =``), None otherwise.
    """

    tree: Node
    notation: Literal["plain", "latex"] = "plain"
    name: str | None = None
    wrt: Variable | None = None
    notes: tuple[str, ...] = ()
    parameters: tuple[str, ...] = ()
    subject_example: int | None = None
    #: a left side's derivative of the cost written with a label subscript (``\partial J_{reg}``): where the label
    #: stands and the text of its subscript group; the reader takes the name for the cost's, the checker asks
    #: whether the label names one part of a penalised cost
    subject_part: tuple[int, str] | None = None
