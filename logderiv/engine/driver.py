"""The driver: rewrite ∂J/∂v step by step until no derivative is left, then tidy.

One step applies one rule to every pending derivative that rule covers
(linearity is applied exhaustively, so ``∂(−(1/m) Σᵢ [a + b])`` opens up in one
step). Which rule goes first follows ``_PRIORITY``, chosen so the chain reads
the way a person would write it: open up sums, apply the outer chain rules,
unfold definitions, then the inner derivatives. After each calculus step a
defined value that appears outside any derivative gets its name back. Every
step is verified before it is recorded.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Hashable, Iterator, Mapping

import sympy

from .. import memo
from ..records.derivation import Canonical, Derivation, FinalCheck, Lemma, Step
from ..errors import UnsupportedError
from ..notation import registry, symbols
from ..notation.problem import Problem
from ..deadline import stage
from ..equality.compare import check_result, ensure_real_cost, verify_step
from . import algebra, calculus, rules
from .canonical import compare_canonical
from .factors import factorise, product, verify_factors

__all__ = ["derive_problem", "rewrite_steps", "rewrites", "gradient", "sigmoid_lemma"]

#: the rules of the registry's functions, outer first: most before the quotient and product rules, σ′ once
#: definitions are unfolded (``Function.after_unfold``)
_CHAINS = tuple(rules.by_name(f.rule) for f in registry.FUNCTIONS if f.rule is not None and not f.after_unfold)
_LATE_CHAINS = tuple(rules.by_name(f.rule) for f in registry.FUNCTIONS if f.rule is not None and f.after_unfold)

_PRIORITY: tuple[type[rules.Rule], ...] = (
    rules.Linearity,
    *_CHAINS,
    rules.QuotientRule,
    rules.ProductRule,
    rules.PowerRule,
    rules.Unfold,
    *_LATE_CHAINS,
    rules.DotProduct,
    rules.KroneckerDelta,
    rules.Identity,
    rules.Constant,
)
_RANK = {rule: rank for rank, rule in enumerate(_PRIORITY)}
#: the order for shared definitions (``Problem.shares_definitions``): a name is unfolded only
#: once no other rule applies, so its derivative's terms can be gathered first
_SHARED_RANK = {rule: rank for rank, rule in enumerate((*(r for r in _PRIORITY if r is not rules.Unfold), rules.Unfold))}

#: a derivation longer than this is not one a person could read; refuse it (a chain of 50
#: shared definitions takes four steps each: unfold, the rule, σ′ or power, gather)
_MAX_STEPS = 240

_TIDY = (
    algebra.factor_out_constants,
    algebra.distribute,
    algebra.cancel,
    algebra.factor_common,
    algebra.factor_sign,
)


def derive_problem(problem: Problem, *, factors: bool = False) -> Derivation:
    """Derive ∂cost/∂wrt step by step, verify every step and the result, and judge it.

    ``factors`` also factorises one example's loss along its computational graph
    (``--view factors``); it costs a few sympy ``factor`` calls, so only on request.
    """
    stage("checking the cost is real and differentiable")
    _ensure_supported(problem)
    ensure_real_cost(problem)
    stage("deriving and verifying the steps")
    start = calculus.D(problem.cost, problem.wrt)
    steps = rewrite_steps(start, problem)
    result = steps[-1].expression if steps else start
    stage(f"checking the result of {len(steps)} verified steps against sympy.diff")
    key = _steps_key(result, problem)
    checked = _CHECKED.get(key) if key is not None else None
    final_check = checked[0] if checked is not None else check_result(problem, result)
    graph = factorise(problem) if factors else ()
    if graph:
        stage("factorising along the computational graph")
        verify_factors(graph, product(graph), problem)
    uses_sigmoid = any(isinstance(step.rule, rules.SigmoidDerivative) for step in steps)
    stage("comparing the result with the canonical form")
    canonical = checked[1] if checked is not None else compare_canonical(problem, result)
    if key is not None and checked is None:
        _CHECKED[key] = (final_check, canonical)
    return Derivation(
        problem=problem,
        start=start,
        steps=tuple(steps),
        canonical=canonical,
        final_check=final_check,
        lemmas=(sigmoid_lemma(),) if uses_sigmoid else (),
        factors=graph,
        factor_product=product(graph) if graph else None,
        notes=problem.notes,
    )


#: the verified steps of each (start, problem) derived in the context: ``derive`` of a cost and ``check`` of an
#: answer to it (the answer's expected gradient) derive the same steps, and so do the answers to one cost read
#: by checkers of their own (another --let spelling, a checker evicted); the steps are the same records either
#: way, as every input of the rewrites and of their verification is in the key. 1,024: the corpus's answers come
#: 500–1,000 derivations after their cost's (about 7 kB an entry that sympy's own cache does not already hold)
_STEPS: memo.Table[Hashable, tuple[Step, ...]] = memo.table("engine.driver.steps", 1024)


#: the result's final checks (against sympy.diff and finite differences) and its canonical verdict, per result
#: and the problem's :data:`_STEPS_FIELDS`, all that either reads: a cost derived again (the corpus's costs written
#: another way, a checker's derivation of a cost ``derive`` derived) is checked once (414 of 956 on the corpus,
#: 7 % of its CPU; speed6)
_CHECKED: memo.Table[Hashable, tuple[FinalCheck, Canonical]] = memo.table("engine.driver.checked", 1024)


def rewrite_steps(start: sympy.Expr, problem: Problem) -> list[Step]:
    """The verified steps from ``start`` (holding derivatives) to a tidy derivative-free form (remembered)."""
    key = _steps_key(start, problem)
    if key is not None:
        found = _STEPS.get(key)
        if found is not None:
            return list(found)  # a new list: callers may append (``sigmoid_lemma``)
    steps: list[Step] = []
    previous = start
    for rule, expression in rewrites(start, problem):
        steps.append(Step(rule, expression, verify_step(previous, expression, problem, rule.name)))
        previous = expression
    if key is not None:
        _STEPS[key] = tuple(steps)
    return steps


#: the fields of a problem that the rewrites and their verification read (directly, or through the problem's
#: methods: ``shares_definitions``, ``expand_definitions``, ``expanded_size``, ``reached_values``); the others
#: (``source``, ``notes``, ``name``, the --let texts kept for the answers, ``layout``, ``objective``,
#: ``free_letter``) say how the problem was written or how answers are read, and two problems that differ only
#: in them derive the same steps: the corpus's costs and the answers to them differ so in 757 of 1,805
#: derivations (a sixth of its CPU, speed6). ``tests/test_engine.py`` derives with every other field changed.
_STEPS_FIELDS = ("cost", "wrt", "definitions")


def _steps_key(expr: sympy.Expr, problem: Problem) -> Hashable | None:
    """``expr`` (a derivation's start, or its result), the problem's type and its :data:`_STEPS_FIELDS` (a mapping
    as its items, in order), or None if one is unhashable."""
    fields = tuple(
        tuple(value.items()) if isinstance(value, Mapping) else value
        for value in (getattr(problem, name) for name in _STEPS_FIELDS)
    )
    key = (expr, type(problem), fields)
    try:
        hash(key)
    except TypeError:
        return None
    return key


def rewrites(start: sympy.Expr, problem: Problem) -> Iterator[tuple[rules.Rule, sympy.Expr]]:
    """Each rewrite from ``start`` to a tidy derivative-free form, as ``(rule, expression)``, *unverified*.

    :func:`rewrite_steps` verifies each one; a caller that uses only the last
    expression (``gradcheck``) verifies that itself.
    """
    current = start
    count = 0
    shared = problem.shares_definitions()
    rank = _SHARED_RANK if shared else _RANK

    def step(rule: rules.Rule, expression: sympy.Expr) -> tuple[rules.Rule, sympy.Expr]:
        nonlocal current, count
        count += 1
        if count > _MAX_STEPS:
            raise UnsupportedError(f"the derivation needs more than {_MAX_STEPS} steps", hint="try a smaller cost")
        current = expression
        return rule, expression

    while current.has(sympy.Derivative):
        yield step(*_calculus_step(current, problem, rank))
        if shared:
            gathered = algebra.gather_derivatives(current)
            if gathered:
                yield step(*gathered)
        for substituted in algebra.substitute_back(current, problem.definitions):
            yield step(*substituted)
        collapsed = algebra.collapse_deltas(current)
        if collapsed:
            yield step(*collapsed)
    for tidy in _TIDY:
        tidied = tidy(current)
        if tidied:
            yield step(*tidied)


def gradient(problem: Problem) -> sympy.Expr:
    """∂cost/∂wrt in tidy index form, by the rewrites of :func:`derive_problem`, unverified."""
    _ensure_supported(problem)
    result = start = calculus.D(problem.cost, problem.wrt)
    for _rule, result in rewrites(start, problem):
        pass
    return result


def _ensure_supported(problem: Problem) -> None:
    """``calculus.ensure_supported`` of the cost with its definitions substituted.

    Shared definitions are looked at where they are written, the cost and each
    value it reaches: the substituted cost is made of exactly those nodes, and
    walking it follows each of its 2^d paths.
    """
    if not problem.shares_definitions():
        calculus.ensure_supported(problem.expand_definitions(problem.cost))
        return
    for part in (problem.cost, *problem.reached_values(problem.cost)):
        calculus.ensure_supported(part)


def _calculus_step(
    expr: sympy.Expr, problem: Problem, rank: Mapping[type[rules.Rule], int] = _RANK
) -> tuple[rules.Rule, sympy.Expr]:
    v = problem.wrt
    definitions = problem.definitions
    choices = _choices(expr, definitions)
    chosen = min(choices.values(), key=lambda rule: rank[type(rule)])
    exhaustive = isinstance(chosen, rules.Linearity)
    while True:
        targets = {node: rule for node, rule in choices.items() if rule == chosen}
        if not targets:
            break
        expr = expr.xreplace({node: calculus.apply(rule, node.expr, v, definitions) for node, rule in targets.items()})
        if not exhaustive:
            break
        choices = _choices(expr, definitions)
    return chosen, calculus.resolve_trivial(expr, v, definitions)


def _choices(expr: sympy.Expr, definitions: Mapping[sympy.Basic, sympy.Expr]) -> dict[sympy.Derivative, rules.Rule]:
    nodes = sorted(expr.atoms(sympy.Derivative), key=sympy.default_sort_key)
    return {node: calculus.select(node.expr, _variable(node), definitions) for node in nodes}


def _variable(node: sympy.Derivative) -> sympy.Expr:
    (variable, count), = node.variable_count
    if count != 1:
        raise UnsupportedError("higher derivatives are not supported", hint="logderiv derives gradients")
    return variable


@lru_cache(maxsize=1)
def sigmoid_lemma() -> Lemma:
    """σ′(z) = σ(z)(1 − σ(z)), derived from σ(z) = 1/(1 + e^(−z))."""
    z = symbols.scalar("z")
    logistic = 1 / (1 + sympy.exp(-z))
    problem = Problem(cost=logistic, wrt=z, source="1/(1+exp(-z))")
    start = calculus.D(logistic, z)
    steps = rewrite_steps(start, problem)
    current = steps[-1].expression
    split = sympy.Mul(1 / (1 + sympy.exp(-z)), sympy.exp(-z) / (1 + sympy.exp(-z)), evaluate=False)
    steps.append(Step(rules.SplitFraction(), split, verify_step(current, split, problem, "split-fraction")))
    recognised = symbols.sigmoid(z) * (1 - symbols.sigmoid(z))
    # expand cannot see σ(z) in 1/(1 + e^(−z)), so a symbolic attempt here could only fail
    recognise = verify_step(split, recognised, problem, "recognise", symbolic=False)
    steps.append(Step(rules.Recognise(), recognised, recognise))
    return Lemma(title="σ′(z) = σ(z)(1 − σ(z))", start=start, steps=tuple(steps))
