r"""Data that stand as a term of their own under a derivative by a parameter: their example mark does not matter.

``Σ (ŷᵢ − yᵢ) ∂/∂θⱼ(ŷᵢ − y)`` (typed notes on gradient descent: the label of the derivative's bracket lost its
index): a bare y beside a yᵢ of the same sum is refused elsewhere, as a slip for yᵢ or a different, unindexed y
(:func:`logderiv.notation.builder._refuse_mixed_example_index`). Under ∂/∂θⱼ, as a term added or taken away on
its own, both readings give the same value: data do not depend on the parameters, so ∂y/∂θⱼ = ∂yᵢ/∂θⱼ = 0. Such
a use is no question to ask, and is left out of the comparison (noted). Only a term of the derivative's body
(through +, − and a sign), never a factor (∂/∂θⱼ(θⱼ x) is x or xᵢ), and only a derivative by a parameter
(θⱼ, wⱼ, b, …), never by the datum itself. Sympy-free; one walk over the tree.
"""

from __future__ import annotations

from . import tree, vocabulary as vocab

__all__ = ["vanishing_terms", "VANISHING_NOTE"]

#: the note said when such a use was left out of the comparison
VANISHING_NOTE = ("'{shown}' has no example index beside {name}⁽ⁱ⁾ in the same sum, but it stands as a term of its own "
                  "under a derivative by a parameter, where it vanishes either way (data do not depend on the "
                  "parameters): its mark does not matter, read as {name}⁽ⁱ⁾")


def _by_a_parameter(node: tree.Derivative) -> bool:
    """Whether ``node`` differentiates by a parameter: a component of θ, w, β, … or the intercept b."""
    wrt = node.wrt
    return wrt.example is None and (wrt.name in vocab.PARAMETER_VECTORS or (wrt.name == "b" and wrt.feature is None))


def vanishing_terms(body: tree.Node) -> set[int]:
    """The ids of the data variables of ``body`` that stand as a term of a derivative's body by a parameter."""
    found: set[int] = set()
    stack: list[tree.Node] = [body]
    while stack:
        current = stack.pop()
        if isinstance(current, tree.Derivative) and _by_a_parameter(current):
            terms: list[tree.Node] = [current.body]
            while terms:
                term = terms.pop()
                if isinstance(term, tree.Binary) and term.op in ("+", "-"):
                    terms.extend((term.left, term.right))
                elif isinstance(term, tree.Negate):
                    terms.append(term.operand)
                elif isinstance(term, tree.Variable) and term.name in vocab.DATA_VECTORS | vocab.PER_EXAMPLE:
                    found.add(id(term))
        stack.extend(tree._children(current))
    return found
