"""Calculus: which rule rewrites an unevaluated ``∂u/∂v``, and what it rewrites it to.

``select`` dispatches on the type of ``u`` through one table and returns a rule
record; ``apply`` turns the record back into the rewritten expression. The
rewritten expression may hold new unevaluated derivatives of sub-expressions:
the driver keeps rewriting until none is left. Anything the table does not
cover ends in :class:`~logderiv.errors.UnsupportedError`, never a bare
exception.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

import sympy

from .. import memo
from ..errors import UnsupportedError
from ..notation import registry, symbols
from . import rules

__all__ = ["D", "select", "apply", "depends_on", "resolve_trivial", "ensure_supported"]

Definitions = Mapping[sympy.Basic, sympy.Expr]
#: picks the rule for a node of one type: (u, v, definitions) -> the rule
_Choose = Callable[[Any, sympy.Expr, Definitions], rules.Rule]
#: applies a rule to ∂u/∂v: (rule, u, v, definitions) -> the rewritten derivative
_Apply = Callable[[Any, sympy.Expr, sympy.Expr, Definitions], sympy.Expr]


def D(u: sympy.Expr, v: sympy.Expr) -> sympy.Expr:
    """The unevaluated derivative ∂u/∂v."""
    return sympy.Derivative(u, v, evaluate=False)


def depends_on(u: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> bool:
    """Whether ``u`` may change with ``v``, looking through defined names.

    A component ``θⱼ`` is reached by every ``θₖ``, so for an indexed ``v`` any
    occurrence of its base counts.
    """
    if not definitions:
        return _reaches_directly(u, v)
    key = (v, tuple(definitions.items()))
    verdicts = _NAME_VERDICTS.get(key)
    if verdicts is None:
        verdicts = _NAME_VERDICTS[key] = {}
    return _depends(u, v, definitions, verdicts)


#: per variable and set of definitions: whether each defined name's value depends on the variable. A
#: derivation asks again and again of the same names (50 of them in a chain, each reaching the one before)
_NAME_VERDICTS = memo.table("engine.calculus.name_verdicts", 16)


def _depends(
    expr: sympy.Expr, v: sympy.Expr, definitions: Definitions, verdicts: dict[tuple[sympy.Basic, sympy.Basic], bool]
) -> bool:
    nodes = _distinct_nodes(expr)
    target = v.base if isinstance(v, sympy.Indexed) else v
    if target in nodes and _reaches(expr, v):
        return True
    for name in nodes & definitions.keys():
        verdict = verdicts.get(name)
        if verdict is None:
            verdicts[name] = False  # the builder refuses cycles; this only stops a walk from going round one
            verdict = verdicts[name] = _depends(definitions[name], v, definitions, verdicts)
        if verdict:
            return True
    return False


def _reaches_directly(expr: sympy.Expr, v: sympy.Expr) -> bool:
    target = v.base if isinstance(v, sympy.Indexed) else v
    return expr.has(target) and _reaches(expr, v)


def _distinct_nodes(expr: sympy.Basic) -> set[sympy.Basic]:
    """Every distinct sub-expression of ``expr`` (what ``has`` compares with), each visited once."""
    seen = {expr}
    pending = [expr]
    while pending:
        for arg in pending.pop().args:
            if isinstance(arg, sympy.Basic) and arg not in seen:
                seen.add(arg)
                pending.append(arg)
    return seen


def _reaches(expr: sympy.Expr, v: sympy.Expr) -> bool:
    """Whether ``expr``, which holds ``v``'s base, may reach ``v``: not when ``v`` is a numbered
    component below the range of every sum that holds the base.

    Σₖ₌₁ⁿ θₖ xₖ never reaches θ₀ (k starts at 1), so ∂(Σₖ θₖ xₖ)/∂θ₀ = Σₖ δ₀ₖ xₖ = 0,
    not x₀; θ₀ written beside it (θ₀ + θᵀx) is reached.
    """
    if not (isinstance(v, sympy.Indexed) and v.indices[-1].is_Integer):
        return True
    number = v.indices[-1]
    masks = {}
    for total in expr.atoms(sympy.Sum):
        if len(total.limits) != 1:
            continue
        bound, lower, _ = total.limits[0]
        if not (lower.is_Integer and number < lower):
            continue
        uses = [indexed for indexed in total.function.atoms(sympy.Indexed) if indexed.base == v.base]
        if all(indexed.indices[-1] == bound for indexed in uses):
            masks[total] = sympy.Dummy()
    return not masks or expr.xreplace(masks).has(v.base)


def ensure_supported(expr: sympy.Expr) -> None:
    """Refuse, up front, any function the rules (and the verifier) do not know, and a derivative in the cost.

    A function in a factor free of the variable is never differentiated, but the
    steps holding it must still be verified, so it is refused wherever it stands.
    """
    for node in sympy.preorder_traversal(expr):
        if isinstance(node, sympy.Derivative):
            # the rules would take it as a second derivative, which the steps' checks cannot evaluate
            raise UnsupportedError(
                "the cost holds a derivative: logderiv takes the derivative of a cost itself",
                hint="give the cost without d/d… (derive COST --wrt VAR differentiates it); "
                "to judge a derivative you worked out: logderiv check ANSWER --cost COST",
            )
        if isinstance(node, sympy.Abs):
            _choose_abs(node, None, {})
        if isinstance(node, sympy.Function) and not isinstance(node, _KNOWN_FUNCTIONS):
            raise UnsupportedError(
                f"logderiv has no rule for the function {type(node).__name__}",
                hint=f"supported: {_SUPPORTED}, and names given with --let",
            )


def select(u: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> rules.Rule:
    """Return the rule that rewrites ∂u/∂v. Raises UnsupportedError if none does."""
    if u == v:
        return rules.Identity()
    if u in definitions:
        return rules.Unfold(defined=u, value=definitions[u])
    if not depends_on(u, v, definitions):
        return rules.Constant()
    if isinstance(u, sympy.Indexed) and isinstance(v, sympy.Indexed) and u.base == v.base:
        return rules.KroneckerDelta()
    for kind, choose in _DISPATCH:
        if isinstance(u, kind):
            chosen: rules.Rule = choose(u, v, definitions)
            return chosen
    raise UnsupportedError(
        f"logderiv has no rule to differentiate {type(u).__name__.lower()}",
        hint=f"supported: + − × ÷, powers with constant exponents, {_SUPPORTED}, Σ, θᵀx",
    )


def apply(rule: rules.Rule, u: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> sympy.Expr:
    """Rewrite ∂u/∂v by ``rule`` (as chosen by :func:`select`)."""
    return _APPLY[type(rule)](rule, u, v, definitions)


def resolve_trivial(expr: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> sympy.Expr:
    """Evaluate the derivatives in ``expr`` that are 0 (constants) or 1 (∂v/∂v).

    Rules create ``∂c/∂v`` for constant parts of their operands; showing each of
    those as a step of its own would bury the derivation, so they are folded
    into the step that created them (which is still verified as a whole).
    """
    replacements = {}
    for node in expr.atoms(sympy.Derivative):
        u = node.expr
        if u == v:
            replacements[node] = sympy.S.One
        elif u not in definitions and not depends_on(u, v, definitions):
            replacements[node] = sympy.S.Zero
    return expr.xreplace(replacements) if replacements else expr


# --- selection by type -------------------------------------------------------------


def _split_constant(
    factors: tuple[sympy.Expr, ...], v: sympy.Expr, definitions: Definitions
) -> tuple[sympy.Expr, list[sympy.Expr]]:
    constant = [f for f in factors if not depends_on(f, v, definitions)]
    varying = [f for f in factors if depends_on(f, v, definitions)]
    return sympy.Mul(*constant), varying


def _choose_mul(u: sympy.Mul, v: sympy.Expr, definitions: Definitions) -> rules.Rule:
    constant, varying = _split_constant(u.args, v, definitions)
    if constant != 1:
        return rules.Linearity()
    numerator = [f for f in varying if not _is_reciprocal(f)]
    denominator = [f for f in varying if _is_reciprocal(f)]
    if numerator and denominator:
        return rules.QuotientRule()
    if len(varying) == 1:  # a lone reciprocal: u = g⁻ᵖ
        return _choose_pow(varying[0], v, definitions)
    return rules.ProductRule()


def _is_reciprocal(factor: sympy.Expr) -> bool:
    return isinstance(factor, sympy.Pow) and factor.exp.is_number and factor.exp.is_negative


def _choose_pow(u: sympy.Pow, v: sympy.Expr, definitions: Definitions) -> rules.Rule:
    if depends_on(u.exp, v, definitions):
        raise UnsupportedError(
            "a power with the variable in its exponent",
            hint="write it with exp(...): a^u = exp(u log a)",
        )
    return rules.PowerRule()


def _choose_sum(u: sympy.Sum, v: sympy.Expr, definitions: Definitions) -> rules.Rule:
    if symbols.is_dot(u) and isinstance(v, sympy.Indexed):
        parameter, data, _ = symbols.dot_parts(u)
        if parameter == v.base:
            return rules.DotProduct(parameter=parameter.label.name, data=data.base.label.name)
    return rules.Linearity()


def _choose_abs(u: sympy.Abs, v: sympy.Expr, definitions: Definitions) -> rules.Rule:
    raise UnsupportedError("abs is not differentiable at 0", hint="split the cost into cases, or use a smooth loss")


def _fixed(rule: rules.Rule) -> _Choose:
    return lambda u, v, definitions: rule


#: each function of the registry with the rule record its ``rule`` names (``rules.RULES``)
_FUNCTION_RULES: dict[type, rules.Rule] = {
    cls: rules.by_name(function.rule)() for cls, function in symbols.by_class().items() if function.rule is not None
}

_DISPATCH: tuple[tuple[type[sympy.Basic], _Choose], ...] = (
    (sympy.Add, _fixed(rules.Linearity())),
    (sympy.Mul, _choose_mul),
    (sympy.Pow, _choose_pow),
    (sympy.Sum, _choose_sum),
    *((cls, _fixed(rule)) for cls, rule in _FUNCTION_RULES.items()),
    (sympy.Abs, _choose_abs),
)


_KNOWN_FUNCTIONS = (
    *_FUNCTION_RULES,
    sympy.KroneckerDelta,
    sympy.core.function.AppliedUndef,
)

#: what the hints name as supported: the registry's functions, by their Unicode names
_SUPPORTED = ", ".join(function.shown_unicode for function in registry.FUNCTIONS)


# --- application ---------------------------------------------------------------------


def _linearity(rule: rules.Rule, u: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> sympy.Expr:
    if isinstance(u, sympy.Add):
        return sympy.Add(*(D(term, v) for term in u.args))
    if isinstance(u, sympy.Sum):
        return sympy.Sum(D(u.function, v), *u.limits)
    constant, varying = _split_constant(u.args, v, definitions)
    return constant * D(sympy.Mul(*varying), v)


def _product(rule: rules.Rule, u: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> sympy.Expr:
    factors = u.args
    terms = []
    for index, factor in enumerate(factors):
        rest = sympy.Mul(*(f for i, f in enumerate(factors) if i != index))
        terms.append(D(factor, v) * rest)
    return sympy.Add(*terms)


def _quotient(rule: rules.Rule, u: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> sympy.Expr:
    numerator, denominator = u.as_numer_denom()
    return (denominator * D(numerator, v) - numerator * D(denominator, v)) / denominator**2


def _power(rule: rules.Rule, u: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> sympy.Expr:
    base, exponent = u.as_base_exp()
    return exponent * base ** (exponent - 1) * D(base, v)


def _chain(rule: rules.Rule, u: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> sympy.Expr:
    """∂f(a)/∂v = f′(a) ∂a/∂v, with f′ the registry's (each rule's docstring states its own)."""
    (argument,) = u.args
    return symbols.derivative(symbols.by_class()[type(u)], argument) * D(argument, v)


def _unfold(rule: rules.Unfold, u: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> sympy.Expr:
    return D(rule.value, v)


def _dot_product(rule: rules.Rule, u: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> sympy.Expr:
    _, data, bound = symbols.dot_parts(u)
    return data.xreplace({bound: v.indices[0]})


def _kronecker(rule: rules.Rule, u: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> sympy.Expr:
    return sympy.KroneckerDelta(v.indices[0], u.indices[0])


def _constant(rule: rules.Rule, u: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> sympy.Expr:
    return sympy.S.Zero


def _identity(rule: rules.Rule, u: sympy.Expr, v: sympy.Expr, definitions: Definitions) -> sympy.Expr:
    return sympy.S.One


_APPLY: dict[type[rules.Rule], _Apply] = {
    rules.Linearity: _linearity,
    rules.ProductRule: _product,
    rules.QuotientRule: _quotient,
    rules.PowerRule: _power,
    **{type(rule): _chain for rule in _FUNCTION_RULES.values()},
    rules.Unfold: _unfold,
    rules.DotProduct: _dot_product,
    rules.KroneckerDelta: _kronecker,
    rules.Constant: _constant,
    rules.Identity: _identity,
}
