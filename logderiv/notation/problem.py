"""A cost to differentiate, as sympy objects: what the builder hands the engine.

The reading of the input, not a result: the notation builds it (``read_problem``, the builder, the readers of
written models and costs), so it lives in the notation, below the records that hold it (a ``Derivation`` is of a
``Problem``) and the engine and checkers that read it.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any, Iterator, Mapping

import sympy

from .symbols import graph_any, tree_size
from ..record import record
from .. import memo
from ..memo import remembered

__all__ = ["Problem", "expand_definitions", "expanded_size", "reached_definitions"]


#: (what each expression expands to, what a round makes of each sub-expression, whether to expand in one pass)
_Memos = tuple[dict[sympy.Basic, sympy.Expr], dict[sympy.Basic, Any], bool]
#: per set of definitions (their items, in order): what each expression expands to, and
#: what one round of substitution makes of each sub-expression. Consecutive steps of a
#: derivation, and the answers to one question, share most of their sub-expressions.
#: sets of definitions remembered at once (the least recently used is dropped), and sub-expressions per set
_MEMO_SETS = 16
_MEMO_LIMIT = 100_000
_MEMOS: memo.Table[tuple[tuple[sympy.Basic, sympy.Expr], ...], _Memos] = memo.table("notation.problem.expansions", _MEMO_SETS)
#: definitions are "shared" when substituting them makes the cost's tree this many times
#: larger than the text written (cost and values): see :meth:`Problem.shares_definitions`
_SHARING = 4


def expand_definitions(expr: sympy.Expr, definitions: Mapping[sympy.Basic, sympy.Expr]) -> sympy.Expr:
    """Replace every defined name in ``expr`` by its value, until none is left.

    Values may use other defined names, so substitute until nothing changes; the
    builder guarantees there is no cycle, and ``len(definitions) + 1`` rounds
    suffice. Each round gives exactly what ``expr.xreplace(definitions)`` gives
    (the same expression, not just an equal one), but what it makes of each
    sub-expression is remembered, so a sub-expression already seen is not
    rebuilt.

    Rounds rebuild everything above the names they replace, d rounds for a
    chain of d definitions: d² rebuilds of ever larger nodes. A chain deeper
    than ``_ROUNDS_DEPTH`` is substituted in one pass instead, each name's value
    substituted once (from the bottom of the chain up) and put in place: the
    same expression up to sympy's evaluation of the intermediate rounds, which
    no chain that shallow is spared.
    """
    if not definitions:
        return expr
    content = tuple(definitions.items())
    memos = _MEMOS.get(content)
    if memos is None or len(memos[1]) > _MEMO_LIMIT:
        memos = _MEMOS[content] = ({}, {}, _chain_depth(definitions) > _ROUNDS_DEPTH)
    expanded, rounds, in_one_pass = memos
    done = expanded.get(expr)
    if done is not None:
        return done
    if in_one_pass:
        done = expanded[expr] = _substitute_fully(expr, definitions, rounds)
        return done
    done = expr
    for _ in range(len(definitions) + 1):
        replaced = _substitute(done, definitions, rounds)[0]
        if replaced == done:
            break
        done = replaced
    expanded[expr] = done
    return done


def expanded_size(expr: sympy.Basic, definitions: Mapping[sympy.Basic, sympy.Expr], *, cap: int) -> int:
    """The tree size :func:`expand_definitions` would give ``expr``, estimated *before* expanding (past ``cap``, not exactly).

    A defined name counts as its value's expanded size, every other node as one
    plus its arguments'. Each distinct node is counted once (remembered), so
    the estimate costs the shared graph of ``expr`` and the values, not the
    2^d tree a chain of definitions that each use the one before twice
    expands to. Sizes saturate at ``cap``, so no count grows past it.
    """
    sizes: dict[sympy.Basic, int] = {}

    def size(node: sympy.Basic) -> int:
        known = sizes.get(node)
        if known is not None:
            return known
        if node in definitions:
            known = size(definitions[node])
        else:
            known = 1
            for arg in node.args:
                known += size(arg) if isinstance(arg, sympy.Basic) else 1
                if known > cap:
                    break
        sizes[node] = known = min(known, cap + 1)
        return known

    return size(expr)


def _through_definitions(expr: sympy.Basic, definitions: Mapping[sympy.Basic, sympy.Expr]) -> Iterator[sympy.Basic]:
    """Each node ``expr`` reaches, directly or through the defined names' values, once (a walk of the shared graph).

    A defined name is yielded and then its value walked in its place, as substituting it would put it there; a
    chain of definitions that each use the one before twice is 2^depth paths substituted, depth nodes here.
    """
    seen = {expr}
    pending = [expr]
    while pending:
        node = pending.pop()
        yield node
        if node in definitions:
            value = definitions[node]
            if value not in seen:
                seen.add(value)
                pending.append(value)
            continue
        for arg in node.args:
            if isinstance(arg, sympy.Basic) and arg not in seen:
                seen.add(arg)
                pending.append(arg)


def reached_definitions(expr: sympy.Basic, definitions: Mapping[sympy.Basic, sympy.Expr]) -> tuple[sympy.Basic, ...]:
    """The defined names ``expr`` uses, directly or through other names' values, each once (a walk of the shared graph)."""
    return tuple(node for node in _through_definitions(expr, definitions) if node in definitions)


def reached_atoms(expr: sympy.Basic, definitions: Mapping[sympy.Basic, sympy.Expr],
                  kinds: tuple[type, ...]) -> set[sympy.Basic]:
    """The sub-expressions of the ``kinds`` that ``expr`` holds once its definitions are put in, without putting them in:
    what a walk of ``expand_definitions(expr)`` would find, by :func:`_through_definitions`."""
    return {node for node in _through_definitions(expr, definitions)
            if node not in definitions and isinstance(node, kinds)}


#: chains of definitions deeper than this are substituted in one pass (see :func:`expand_definitions`)
_ROUNDS_DEPTH = 8


def _chain_depth(definitions: Mapping[sympy.Basic, sympy.Expr]) -> int:
    """The longest chain of names whose values use the next (u₃ → u₂ → u₁: 3), each name's depth found once."""
    depths: dict[sympy.Basic, int] = {}

    def depth(name: sympy.Basic) -> int:
        known = depths.get(name)
        if known is None:
            depths[name] = 1  # the builder refuses cycles; this only stops a walk from going round one
            used = set(reached_definitions(definitions[name], definitions)) - {name}
            known = depths[name] = 1 + max((depth(other) for other in used), default=0)
        return known

    return max(depth(name) for name in definitions)


def _substitute_fully(
    node: sympy.Basic, definitions: Mapping[sympy.Basic, sympy.Expr], memo: dict[sympy.Basic, sympy.Basic]
) -> sympy.Basic:
    """``node`` with every name replaced by its value, itself fully substituted: each distinct node rebuilt once."""
    found = memo.get(node)
    if found is not None:
        return found
    if node in definitions:
        found = _substitute_fully(definitions[node], definitions, memo)
    else:
        args = [_substitute_fully(arg, definitions, memo) if isinstance(arg, sympy.Basic) else arg for arg in node.args]
        changed = any(new is not old for new, old in zip(args, node.args))
        found = _rebuilt(node, args) if changed else node
    memo[node] = found
    return found


def _substitute(
    node: sympy.Basic, definitions: Mapping[sympy.Basic, sympy.Expr], memo: dict[sympy.Basic, tuple[sympy.Basic, bool]]
) -> tuple[sympy.Basic, bool]:
    """``(node.xreplace(definitions), whether anything was replaced)``, remembered in ``memo``.

    Mirrors ``Basic._xreplace`` exactly: a node above a replacement is rebuilt with
    ``func(*args)``, so sympy evaluates it as xreplace would.
    """
    found = memo.get(node)
    if found is not None:
        return found
    if node in definitions:
        found = (definitions[node], True)
    else:
        args = []
        changed = False
        for arg in node.args:
            if isinstance(arg, sympy.Basic):
                arg, replaced = _substitute(arg, definitions, memo)
                changed |= replaced
            args.append(arg)
        found = (_rebuilt(node, args), True) if changed else (node, False)
    memo[node] = found
    return found


def _rebuilt(node: sympy.Basic, args: list[Any]) -> sympy.Basic:
    """``node.func(*args)``; for a Σ, without the walk over every path of its summand that sympy makes.

    ``Sum(f, limits)`` looks for Piecewise in ``f`` with ``atoms``, which walks
    every path: through a chain of definitions that each use the one before
    twice, 2^d of them. Where ``f`` (walked once per distinct node) holds no
    Piecewise, is no Σ itself (sympy would merge the two) and is not NaN,
    sympy's construction comes down to storing the arguments, done here.
    """
    if node.func is sympy.Sum and isinstance(args[0], sympy.Expr):
        function = args[0]
        if not isinstance(function, sympy.Sum) and function is not sympy.S.NaN and not _holds_piecewise(function):
            obj = sympy.Expr.__new__(sympy.Sum)
            obj._args = tuple(args)
            obj.is_commutative = function.is_commutative
            return obj
    return node.func(*args)


def _holds_piecewise(expr: sympy.Basic) -> bool:
    return graph_any(expr, lambda node: isinstance(node, sympy.Piecewise))


@record
class Problem:
    """A cost, the variable to differentiate with respect to, and what its names mean.

    ``definitions`` maps each defined name *as it occurs in the cost* to its
    value in that context: ``h(i)`` (inside a sum over examples) to
    ``σ(Σₖ θₖ x[i, k])``, the bare symbol ``h`` to ``σ(Σₖ θₖ x[k])``. A value may
    itself use other defined names (``--let z=theta^T x --let h=sigmoid(z)``);
    the builder guarantees there is no cycle.
    """

    cost: sympy.Expr
    wrt: sympy.Expr
    definitions: Mapping[sympy.Basic, sympy.Expr] = field(default_factory=dict)
    #: things the reader should know, e.g. an assumed definition of ``h``
    notes: tuple[str, ...] = ()
    #: the cost as the user wrote it (or the preset's name), for headers
    source: str = ""
    #: a name for the cost (``J``), when the user gave one
    name: str = "J"
    #: --let values that are n×1 vectors in matrix form (``thetaReg = [0; theta(2:end)]``), as trees:
    #: put in place of their names in the cost, and in a matrix answer that uses them
    vectors: Mapping[str, object] = field(default_factory=dict)
    #: "rows": X is m×n (one example per row); "columns": X is n×m, DeepLearning.AI's layout (np.dot(w.T, X))
    layout: str = "rows"
    #: with layout "columns": the names whose values per example are an m×1 column (A = sigmoid(np.dot(X.T, w) + b)),
    #: where the layout's other values per example are 1×m rows
    column_values: tuple[str, ...] = ()
    #: with layout "rows": the --let names whose values per example are a 1×m row (Octave's h = sigmoid(z)'),
    #: where the layout's other values per example are m×1 columns
    row_values: tuple[str, ...] = ()
    #: the --let texts that define functions (``s(x) = 1/(1+e^{-x})``), read again for an answer that calls them
    function_lets: tuple[str, ...] = ()
    #: the --let texts whose value is the parameter vector or a number times it (``W = 2\\theta``), put in where
    #: an answer writes their names as in the cost (:mod:`logderiv.notation.vector_lets`)
    vector_lets: tuple[str, ...] = ()
    #: "cost": answers are the gradient of the cost J; "log-likelihood": of ℓ = −m·J, or −J for a sum-form
    #: cost (:mod:`logderiv.verify.objective`), the gradient-ascent convention
    objective: str = "cost"
    #: the letter the texts write the gradient's component with: j, or k where --wrt is theta_k (built as j)
    free_letter: str = "j"
    #: the parameters whose intercept the cost or its lets write apart beside a sum over the features from 1
    #: (θ₀ + Σ_{j=1}^{n} θⱼxⱼ), never as θᵀx: an answer's θᵀx may then hold θ₀ or not
    #: (:func:`logderiv.notation.zero_intercept.intercepts_written_apart`)
    intercepts_apart: tuple[str, ...] = ()

    def expand_definitions(self, expr: sympy.Expr) -> sympy.Expr:
        """Replace every defined name in ``expr`` by its value, until none is left (see :func:`expand_definitions`)."""
        return expand_definitions(expr, self.definitions)

    def shares_definitions(self) -> bool:
        """Whether substituting the definitions would grow the cost's tree ``_SHARING`` times past its text.

        True of a chain of definitions that each use the one before more than
        once (u₂ = σ(u₁) u₁): substituted in place, the tree doubles per
        definition. The engine then keeps the names (it gathers each name's
        derivative before unfolding it) and the result is checked through them
        by the chain rule. Estimated before expanding (:func:`expanded_size`),
        so the test costs the shared graph's size even for 50 definitions.
        Remembered per cost and definitions: every comparison of a derivation asks.
        """
        if not self.definitions:
            return False
        return _shares(self.cost, tuple(self.definitions.items()))

    def expanded_size(self, expr: sympy.Basic, *, cap: int) -> int:
        """The tree size of ``expr`` with the definitions substituted, estimated without substituting."""
        return expanded_size(expr, self.definitions, cap=cap)

    def reached_atoms(self, expr: sympy.Basic, kinds: tuple[type, ...]) -> set[sympy.Basic]:
        """The sub-expressions of the ``kinds`` in ``expr`` with the definitions put in (see :func:`reached_atoms`)."""
        return reached_atoms(expr, self.definitions, kinds)

    def reached_values(self, expr: sympy.Basic) -> tuple[sympy.Expr, ...]:
        """The values of the defined names ``expr`` uses, directly or through other values."""
        return tuple(self.definitions[name] for name in reached_definitions(expr, self.definitions))


@remembered("notation.problem.shares", 64)
def _shares(cost: sympy.Expr, items: tuple[tuple[sympy.Basic, sympy.Expr], ...]) -> bool:
    unbounded = 10**12
    written = tree_size(cost, cap=unbounded) + sum(tree_size(value, cap=unbounded) for _, value in items)
    cap = _SHARING * written
    return expanded_size(cost, dict(items), cap=cap) > cap
