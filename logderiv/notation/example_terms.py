r"""The derivative of a cost summed over the examples by one example's prediction: that example's term's derivative.

A blog post on gradient descent (mukul-rathi.com, "Learning Through Gradient Descent") writes the chain rule
through the prediction and sums it over the examples:

    ∂J/∂W_j = Σᵢ ∂J/∂ŷ⁽ⁱ⁾ · ∂ŷ⁽ⁱ⁾/∂W_j,   J = (1/2m) Σᵢ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)²

with ∂J/∂ŷ⁽ⁱ⁾ = (1/m)(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) on a line of its own ("nudging ŷ⁽ⁱ⁾ will only affect the error for that
example i"). J is a function of the m predictions ŷ⁽¹⁾ … ŷ⁽ᵐ⁾, and its partial derivative by ŷ⁽ⁱ⁾ is the
derivative of the i-th term alone, times the sum's coefficient: c · d/du fᵢ(u) at u = ŷ⁽ⁱ⁾ for J = c Σᵢ fᵢ(ŷ⁽ⁱ⁾).
That is the multivariable chain rule's factor, and the reading every such note means.

Read so only where the cost is that shape — terms free of the prediction (a penalty) plus numbers times sums over
the examples whose terms hold the prediction only at their own example (h(i)) and the parameters only through it;
anything else (a prediction outside a sum, a term with a parameter of its own) is None, and the caller refuses as
before. Sympy only; no text is read here.
"""

from __future__ import annotations

import sympy
from sympy.core.function import AppliedUndef

from . import symbols
from . import vocabulary as vocab

__all__ = ["by_one_examples_prediction", "scaled_by_the_count", "NOTE", "TWO_READINGS"]

#: the note said where the reading was taken
NOTE = ("∂{cost}/∂{name}⁽ⁱ⁾ inside a sum over the examples: the cost, a sum over the examples, is a function of each "
        "example's {name}, and its derivative by the i-th is the derivative of the i-th term alone (the sum's "
        "coefficient kept): the chain rule's factor through {name}⁽ⁱ⁾")


#: refused where the derivative is written times the example count as well (audit32c)
TWO_READINGS = ("∂{cost}/∂{name}⁽ⁱ⁾ is written times a factor holding the example count m ({factor}) as well: read as the "
                "summed cost's derivative (the cost's coefficient already in it) the count is taken twice, read as "
                "one example's loss by its prediction (J loosely for the i-th term, as (1/m) Σᵢ ∂Lᵢ/∂ŷ⁽ⁱ⁾ means) it "
                "is the mean's: which is meant is not said")


def scaled_by_the_count(expr: sympy.Expr, derivative: sympy.Expr, count: sympy.Symbol) -> sympy.Expr | None:
    """The factor holding ``count`` that multiplies ``derivative`` in ``expr`` — in its own term or outside the sum
    that holds it, ``(1/m) Σᵢ ∂J/∂ŷ⁽ⁱ⁾ · ∂ŷ⁽ⁱ⁾/∂w`` — or None. One walk down the path to the derivative."""
    node = expr
    while node != derivative:
        inner = next((arg for arg in node.args if arg.has(derivative)), None)
        if inner is None:
            return None
        if isinstance(node, sympy.Mul):
            for other in node.args:
                if other is not inner and other.has(count):
                    return other
        node = inner
    return None


def _holds_a_parameter(expr: sympy.Expr) -> bool:
    """Whether ``expr`` writes a parameter itself: a component of θ, w, β, … or the intercept b."""
    return any(str(getattr(each, "base", each)) in vocab.PARAMETER_VECTORS | {"b"}
               for each in expr.free_symbols | expr.atoms(sympy.Indexed))


def by_one_examples_prediction(cost: sympy.Expr, key: sympy.Basic, value: sympy.Expr) -> sympy.Expr | None:
    """∂(cost)/∂``key`` for ``key`` the prediction at example i (h(i)), ``value`` its definition, or None where the
    cost is not c Σᵢ fᵢ(h(i)) + r.

    The cost comes with its definitions written out: in each sum's term the prediction's value is put back as h(i)
    where it stands whole, and kept only if writing it out again gives the term back exactly and no parameter is
    left beside it (else which part is the prediction is not plain, and None).
    """
    if not (isinstance(key, AppliedUndef) and key.args == (symbols.example_index,)) or value.has(key.func):
        return None
    total = sympy.Integer(0)
    held = sympy.Dummy("u")
    for term in sympy.Add.make_args(cost):
        if not _holds_a_parameter(term):
            continue  # a constant: no example's prediction in it
        sums = [factor for factor in sympy.Mul.make_args(term) if isinstance(factor, sympy.Sum)]
        if len(sums) != 1 or not symbols.is_example_sum(sums[0]) or len(sums[0].limits) != 1:
            return None
        summed = sums[0]
        coefficient = term / summed
        if _holds_a_parameter(coefficient) or coefficient.has(symbols.example_index):
            return None
        body = summed.function
        folded = body.subs(value, key)
        if folded.subs(key, value) != body:
            return None
        rest = folded.subs(key, held)
        if not rest.has(held) or _holds_a_parameter(rest) or rest.has(sympy.Derivative):
            # a term that holds the parameters otherwise than through the prediction (a penalty Σ θⱼ²): refused
            return None
        total += coefficient * sympy.diff(rest, held).subs(held, key)
    if total == 0:
        return None
    return total
