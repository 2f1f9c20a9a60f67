"""Algebra steps: targeted rewrites that tidy a gradient once it is computed.

Each function takes an expression and returns ``(rule, rewritten)`` or ``None``
when it does not apply, so the driver can show only the steps that change
something. Simplification is targeted (expand, factor_terms, cancel on a
summand): general ``simplify`` costs 100 ms to minutes and is never used.
"""

from __future__ import annotations

from typing import Callable, Mapping

import sympy
from sympy import factor_terms

from ..notation import symbols
from . import rules

__all__ = [
    "substitute_back",
    "collapse_deltas",
    "factor_out_constants",
    "factor_common",
    "gather_derivatives",
    "distribute",
    "cancel",
    "factor_sign",
    "outside_derivatives",
    "tidy_sign",
    "sign_into_denominator",
]

Definitions = Mapping[sympy.Basic, sympy.Expr]
#: an algebra step: the rule that rewrote the whole expression, and what it became (a step gives None where it
#: does not apply)
Rewrite = tuple[rules.Rule, sympy.Expr]


def tidy_sign(expr: sympy.Expr) -> sympy.Expr:
    """−(h − 1)·h → h(1 − h): fold a leading minus sign into a factor that reads better negated."""
    if not isinstance(expr, sympy.Mul):
        return expr
    coefficient, rest = expr.as_coeff_Mul()
    if not coefficient.is_negative:
        return expr
    for factor in sympy.Mul.make_args(rest):
        if isinstance(factor, sympy.Add):
            return -coefficient * sympy.Mul(*(-factor if f is factor else f for f in sympy.Mul.make_args(rest)))
    return expr


def sign_into_denominator(expr: sympy.Expr) -> sympy.Expr:
    """(y − h)/(h(h − 1)) → (h − y)/(h(1 − h)): move a sign from a denominator factor to the numerator's.

    A denominator factor with a negative constant term (h − 1) reads better
    negated (1 − h); negating one numerator sum with it leaves the quotient
    unchanged. Only that: no other rewriting of the quotient.
    """
    if not isinstance(expr, sympy.Mul):
        return expr
    factors = list(expr.args)
    numerators = [f for f in factors if isinstance(f, sympy.Add)]
    denominators = [
        f for f in factors
        if isinstance(f, sympy.Pow) and f.exp == -1 and isinstance(f.base, sympy.Add)
        and f.base.as_coeff_Add()[0].is_negative
    ]
    if len(numerators) != 1 or not denominators:
        return expr
    flips = {numerators[0]: -numerators[0], denominators[0]: sympy.Pow(-denominators[0].base, -1)}
    return sympy.Mul(*(flips.get(f, f) for f in factors))


def outside_derivatives(expr: sympy.Expr, rewrite: Callable[[sympy.Expr], sympy.Expr]) -> sympy.Expr:
    """Apply ``rewrite`` to ``expr`` but leave every unevaluated derivative untouched."""
    derivatives = list(expr.atoms(sympy.Derivative))
    if not derivatives:
        return rewrite(expr)
    holes = {d: sympy.Dummy(f"d{index}") for index, d in enumerate(derivatives)}
    rewritten = rewrite(expr.xreplace(holes))
    return rewritten.xreplace({hole: d for d, hole in holes.items()})


def substitute_back(expr: sympy.Expr, definitions: Definitions) -> list[Rewrite]:
    """σ(θᵀx⁽ⁱ⁾) → h(x⁽ⁱ⁾): give a defined value its name back, outside derivatives.

    Returns one ``(rule, expression)`` per defined name that occurs, so each
    substitution is a step of its own with its own label.
    """
    results: list[Rewrite] = []
    outside = _outside_derivatives(expr) if definitions else set()
    for defined, value in definitions.items():
        if value.is_number:
            # lam = 1/2 (--let lambda_param = 0.5): a number in the result is not the let's; naming every 1/2 back
            # printed 1/(2m) Σ … as (1/m) lam Σ … and λ/(2m) Σ wₖ²'s gradient as (2/m) lam² wⱼ (audit28c)
            continue
        if value not in outside:
            continue  # a cheap look before outside_derivatives rebuilds the expression three times
        def name_back(e: sympy.Expr, value: sympy.Expr = value, defined: sympy.Basic = defined) -> sympy.Expr:
            return _replaced_outside_limits(e, value, defined)

        rewritten = outside_derivatives(expr, name_back)
        if rewritten != expr:
            results.append((rules.SubstituteBack(defined=defined, value=value), rewritten))
            expr = rewritten
            outside = _outside_derivatives(expr)
    return results


def _replaced_outside_limits(expr: sympy.Basic, value: sympy.Basic, name: sympy.Basic) -> sympy.Basic:
    """``expr`` with ``value`` replaced by ``name`` everywhere but in a sum's limits.

    A --let of a count (``nsize = length(y)``, read as m) names a function of the example, nsize(x⁽ⁱ⁾): put back
    into Σ[i=1..m]'s bound it made the sum run to a bound that depends on its own index, a step that printed
    Σ[i=1..nsize(x⁽ⁱ⁾)] (audit42). A sum's limits keep the value they were written with; its body is named back.
    """
    if expr == value:
        return name
    if isinstance(expr, sympy.Sum):
        body = _replaced_outside_limits(expr.function, value, name)
        return expr if body is expr.function else sympy.Sum(body, *expr.limits)
    if not expr.args:
        return expr
    args = [_replaced_outside_limits(arg, value, name) for arg in expr.args]
    if all(new is old for new, old in zip(args, expr.args)):
        return expr
    return expr.func(*args)


def _outside_derivatives(expr: sympy.Basic) -> set[sympy.Basic]:
    """The distinct sub-expressions of ``expr`` that occur other than inside an unevaluated derivative (∂ itself is one).

    Right after a definition is unfolded its value occurs only under ∂ (∂σ(θᵀx)/∂θⱼ),
    where substitute_back leaves it alone: no need to rebuild anything to find that out.
    One walk, each distinct node once, serves every definition (50 of them in a chain).
    """
    seen = {expr}
    pending = [expr]
    while pending:
        node = pending.pop()
        if isinstance(node, sympy.Derivative):
            continue
        for arg in node.args:
            if isinstance(arg, sympy.Basic) and arg not in seen:
                seen.add(arg)
                pending.append(arg)
    return seen


def collapse_deltas(expr: sympy.Expr) -> Rewrite | None:
    """Σₖ δⱼₖ fₖ → fⱼ for every feature sum whose every term carries δⱼₖ.

    Σᵢ Σₖ δⱼₖ fᵢₖ, which sympy holds as one ``Sum`` with the feature limit
    innermost, becomes Σᵢ fᵢⱼ.
    """
    replacements = {}
    for node in expr.atoms(sympy.Sum):
        if node.has(sympy.Derivative) or not symbols.is_feature_sum(sympy.Sum(node.function, node.limits[0])):
            continue
        bound = node.limits[0][0]
        collapsed = _collapse(node.function, bound)
        if collapsed is not None:
            outer = node.limits[1:]
            replacements[node] = sympy.Sum(collapsed, *outer) if outer else collapsed
    if not replacements:
        return None
    return rules.CollapseSum(), expr.xreplace(replacements)


def _collapse(body: sympy.Expr, bound: sympy.Symbol) -> sympy.Expr | None:
    terms = sympy.Add.make_args(sympy.expand_mul(body))
    collapsed = []
    for term in terms:
        deltas = [f for f in sympy.Mul.make_args(term) if isinstance(f, sympy.KroneckerDelta) and bound in f.args]
        if len(deltas) != 1:
            return None
        delta = deltas[0]
        other = delta.args[0] if delta.args[1] == bound else delta.args[1]
        if other.has(bound):
            return None
        collapsed.append((term / delta).xreplace({bound: other}))
    return sympy.Add(*collapsed)


def factor_out_constants(expr: sympy.Expr) -> Rewrite | None:
    """Σᵢ c fᵢ → c Σᵢ fᵢ: move factors that do not depend on the index out of a sum."""

    def pull(e: sympy.Expr) -> sympy.Expr:
        replacements = {}
        for node in e.atoms(sympy.Sum):
            # free of every bound index (Σᵢ Σₖ yᵢ xᵢₖ: yᵢ stays inside)
            indices = [limit[0] for limit in node.limits]
            coefficient, rest = factor_terms(node.function).as_independent(*indices, as_Add=False)
            if coefficient != 1 and rest != 0:
                replacements[node] = coefficient * sympy.Sum(rest, *node.limits)
        return e.xreplace(replacements) if replacements else e

    rewritten = outside_derivatives(expr, pull)
    if rewritten == expr:
        return None
    return rules.Combine(), rewritten


def factor_common(expr: sympy.Expr) -> Rewrite | None:
    """a c + b c → (a + b) c inside each summand, so Σᵢ (e^z xⱼ − y xⱼ) reads Σᵢ (e^z − y) xⱼ."""
    replacements = {}
    for node in _summands(expr):
        common, inner = _common_and_inner(factor_terms(node.function))
        if common != 1 and isinstance(inner, sympy.Add):
            replacements[node] = sympy.Sum(common * inner, *node.limits)
    if not replacements:
        return None
    return rules.Combine(), expr.xreplace(replacements)


def gather_derivatives(expr: sympy.Expr) -> Rewrite | None:
    """a ∂u + b ∂u → (a + b) ∂u in every sum, so each pending derivative is written once per sum.

    A chain of definitions that each use the one before twice (u₂ = σ(u₁) u₁)
    leaves ∂u₁ in two terms; unfolded there, each copy holds two of ∂u₀, and so
    on: 2^d copies after d definitions. Gathered before unfolding, the
    derivation stays as long as the chain. The walk visits a shared
    sub-expression once, so it costs the graph's size, never the tree's.
    """
    memo: dict[sympy.Basic, sympy.Basic] = {}

    def walk(node: sympy.Basic) -> sympy.Basic:
        known = memo.get(node)
        if known is None:
            known = memo[node] = _gather_node(node, walk)
        return known

    gathered = walk(expr)
    if gathered == expr:
        return None
    return rules.Combine(), gathered


def _gather_node(node: sympy.Basic, walk: Callable[[sympy.Basic], sympy.Basic]) -> sympy.Basic:
    if not node.args or isinstance(node, sympy.Derivative) or not node.has(sympy.Derivative):
        return node
    args = [walk(arg) for arg in node.args]
    if not isinstance(node, sympy.Add):
        return node if all(a is b for a, b in zip(args, node.args)) else node.func(*args)
    groups: dict[sympy.Basic, list[sympy.Expr]] = {}
    for term in args:
        factors = sympy.Mul.make_args(term)
        pending = [factor for factor in factors if isinstance(factor, sympy.Derivative)]
        key = pending[0] if len(pending) == 1 else term  # a term with no or several derivatives stays as it is
        groups.setdefault(key, []).append(term)
    terms = []
    for key, members in groups.items():
        if len(members) == 1 or not isinstance(key, sympy.Derivative):
            terms.extend(members)
            continue
        coefficients = [sympy.Mul(*(f for f in sympy.Mul.make_args(term) if f != key)) for term in members]
        terms.append(sympy.Mul(sympy.Add(*coefficients), key))
    return sympy.Add(*terms)


def _summands(expr: sympy.Expr) -> list[sympy.Sum]:
    """The example sums in ``expr`` whose summand is a sum of several terms."""
    return [s for s in expr.atoms(sympy.Sum) if symbols.is_example_sum(s) and isinstance(s.function, sympy.Add)]


def _common_and_inner(factored: sympy.Expr) -> tuple[sympy.Expr, sympy.Expr]:
    """Split ``common × (a + b + …)`` into its common factor and its one sum."""
    if isinstance(factored, sympy.Mul):
        adds = [f for f in factored.args if isinstance(f, sympy.Add)]
        if len(adds) == 1:
            inner = adds[0]
            common = sympy.Mul(*(f for f in factored.args if f is not inner))
            return common, inner
    return sympy.S.One, factored


def _tidy(summand: sympy.Expr) -> tuple[sympy.Expr, sympy.Expr] | None:
    """Return (distributed, cancelled) forms of ``summand``, or None if tidying does not shorten it."""
    common, inner = _common_and_inner(factor_terms(summand))
    if not isinstance(inner, sympy.Add):
        return None
    monomials = []
    for term in inner.args:
        monomials.extend(sympy.Add.make_args(symbols.expand(term)))
    cancelled_inner = sympy.Add(*monomials)
    if sympy.count_ops(cancelled_inner) >= sympy.count_ops(inner):
        return None
    distributed = sympy.Add(*monomials, evaluate=False)
    if common != 1:
        # an unevaluated 1 · (…) would print as a bare sum, hiding where a Σ's body ends
        distributed = sympy.Mul(common, distributed, evaluate=False)
    cancelled = common * cancelled_inner
    return distributed, cancelled


def distribute(expr: sympy.Expr) -> Rewrite | None:
    """a (b + c) → a b + a c inside each summand, like terms shown before they cancel."""
    replacements = {}
    for node in _summands(expr):
        tidy = _tidy(node.function)
        if tidy is not None:
            replacements[node] = sympy.Sum(tidy[0], *node.limits)
    if not replacements:
        return None
    return rules.Distribute(), expr.xreplace(replacements)


def cancel(expr: sympy.Expr) -> Rewrite | None:
    """Combine like terms in each summand (the step after :func:`distribute`)."""
    replacements = {}
    for node in expr.atoms(sympy.Sum):
        if not symbols.is_example_sum(node):
            continue
        common, inner = _common_and_inner(node.function)
        if isinstance(inner, sympy.Add):
            combined = common * sympy.Add(*inner.args)
            if combined != node.function:
                replacements[node] = sympy.Sum(combined, *node.limits)
    if not replacements:
        return None
    rewritten = expr.xreplace(replacements)
    return rules.Cancel(), rewritten


def factor_sign(expr: sympy.Expr) -> Rewrite | None:
    """−c Σᵢ (a − b) fᵢ → c Σᵢ (b − a) fᵢ, when the summand's sum reads better negated."""
    replacements = {}
    for term in sympy.Add.make_args(expr):
        coefficient, rest = term.as_coeff_Mul()
        if coefficient.is_negative and isinstance(rest, sympy.Mul):
            sums = [f for f in rest.args if symbols.is_example_sum(f)]
            if len(sums) == 1:
                node = sums[0]
                common, inner = _common_and_inner(node.function)
                if isinstance(inner, sympy.Add):
                    others = sympy.Mul(*(f for f in rest.args if f is not node))
                    flipped = sympy.Sum(common * symbols.expand(-inner), *node.limits)
                    replacements[term] = -coefficient * others * flipped
    if not replacements:
        return None
    return rules.FactorSign(), sympy.Add(*(replacements.get(t, t) for t in sympy.Add.make_args(expr)))
