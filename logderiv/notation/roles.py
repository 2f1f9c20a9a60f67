"""What each chain of '=' on a page of notes is, by its first side: the table of roles a page is read by.

A page holds several chains: the cost rewritten before it is differentiated
(``J = … = …``), a name the page introduces and rewrites (``ŷ = σ(z) = 1/(1 + e^{−z})``),
lemmas (``σ′(z) = σ(z)(1 − σ(z))``, ``∂z/∂w = x``) and the derivatives of the cost by
its parameters. Each role is a record whose docstring says what it means and how its
chain is checked, as a rule's does; :func:`logderiv.notation.page.chain_role` gives a
chain's role by one table of tests, its last entry the explicit "unknown" case. What a
refusal lists (``As read: …``) and what a read page notes name come from here, so the
same chain is called the same thing in both. Nothing here parses an expression.
"""

from __future__ import annotations

from typing import Union

from ..record import record

__all__ = ["CostDerivative", "CostChain", "Definition", "Lemma", "Unknown", "Role"]


@record
class CostDerivative:
    """A derivative of the cost by a parameter (∂J/∂w, ∇_θ J): a derivation the page is judged by.

    Several on one page are each judged on its own; the page ends at the gradient only if every one does, and its
    error line is the earliest wrong step on the page.
    """

    line: int
    #: the chain's first side as written, shortened
    first: str
    #: where the chain stands in the page's text (its first block's maths to its last's)
    span: tuple[int, int] = (0, 0)

    @property
    def reading(self) -> str:
        return "the cost's derivative by a parameter"


@record
class CostChain:
    """The cost's own chain, ``J(θ) = A = B``, standing before its derivative: the cost's definition, each rewrite
    checked against the definition (as the derivation's opening lines)."""

    line: int
    first: str
    span: tuple[int, int] = (0, 0)

    @property
    def reading(self) -> str:
        return "the cost's definition, rewritten"


@record
class Definition:
    """A name the page introduces (ŷ, h, z, p, a) equal to an expression, then rewritten: ``ŷ = σ(z) = 1/(1 + e^{−z})``.

    The name's first value is read as a ``--let`` in every line of the page; each later side is checked as an
    equality against the one before it, in the same context, and a wrong rewrite is wrong at its own line.
    """

    line: int
    first: str
    #: the name defined, as the page writes it (``\\hat{y}``)
    head: str
    span: tuple[int, int] = (0, 0)

    @property
    def reading(self) -> str:
        return f"a definition of {self.head}, rewritten"


@record
class Lemma:
    """A derivative of something other than the cost by a parameter: of a page-defined quantity by another
    (∂ŷ/∂z, ∂z/∂wⱼ, ∂h/∂θⱼ), of a named function (σ′(x), dσ/dz), of the cost by another variable (∂L/∂ŷ).

    Its first value is checked against the derivative its first side takes, worked by ``sympy.diff`` from the
    page's definitions (never from what the page writes), and each later side against the one before it.
    """

    line: int
    first: str
    #: what is said of it where the page is refused (the variable it differentiates by, when that is no parameter)
    said: str = "a derivative not written as the cost's by a parameter"
    span: tuple[int, int] = (0, 0)

    @property
    def reading(self) -> str:
        return self.said


@record
class Unknown:
    """A chain whose first side tells no role (no derivative, no name defined, a word for an operator): it may hold
    the page's error, so a page whose derivation it leaves unclear is refused, the chain named with what was seen."""

    line: int
    first: str
    said: str = "no derivative logderiv recognises"
    span: tuple[int, int] = (0, 0)

    @property
    def reading(self) -> str:
        return self.said


#: a chain's role on its page
Role = Union[CostDerivative, CostChain, Definition, Lemma, Unknown]
