"""A fixed set of random points, shared by every comparison with one expected expression.

Checking many answers against one gradient (and trying many candidate
diagnoses against one answer) evaluates the gradient at the same points over
and over; :class:`Samples` draws the points once and remembers every value it
has computed. Each quantity's value depends only on the seed, the point and
the quantity (θ₂, x₃⁽¹⁾), never on the order in which expressions asked for
them, so a counterexample does not depend on which answers came before.

Values are tuples of complex numbers, one per point (``nan`` where undefined),
computed by :mod:`numeric`'s scalar evaluator point by point, with each point's
memo of sub-expression values kept from one expression to the next: the
answers to one question share most of their sub-expressions (σ(θᵀx⁽ⁱ⁾), xⱼ⁽ⁱ⁾,
the gradient's terms), so an answer costs about what is new in it. Pure
Python: measured on 1,000 distinct answers, this was faster than evaluating
all the points of a size at once with NumPy without such a memo (an evaluator
since removed), and a single answer (a cold ``logderiv check``) never pays for
importing NumPy.
"""

from __future__ import annotations

import cmath
from typing import Mapping

import sympy

from ..notation.problem import expand_definitions
from ..equality import numeric
from ..deadline import Deadline
from ..equality.numeric import close
from ..equality.tolerances import ANSWER_POINTS as POINTS, ANSWER_SEED, TOLERANCE

__all__ = ["Samples", "Sample", "Values", "POINTS", "TOLERANCE", "close", "finite"]

#: remembered sub-expression values, all points together, before the points' memos are emptied
_MEMO_LIMIT = 100_000

_NAN = complex("nan")

#: a point whose every value is drawn from its own stream, named by (label, quantity), so the
#: same point gives every answer the same values
Sample = numeric.Point
#: an expression's value at each point of a size, in order (``nan`` where undefined)
Values = tuple[complex, ...]
#: where a memoised value was computed: the expression, the size, and the definitions it was evaluated through
_Key = tuple[sympy.Expr, numeric.Size, tuple[tuple[sympy.Basic, sympy.Expr], ...]]


class Samples:
    """``points`` points for each size asked for (a plan of ``numeric.sizes_for``), and a memo of values there.

    (A plain class, not a record: it changes. ``check`` sets its deadline, adds to ``keep``; values fill its memo.)
    """

    def __init__(self, points: int = POINTS, tolerance: float = TOLERANCE) -> None:
        self.points = points
        self.tolerance = tolerance
        self.deadline: Deadline | None = None
        #: expressions whose values are kept across :meth:`forget`
        self.keep: set[sympy.Expr] = set()
        self._drawn: dict[numeric.Size, list[Sample]] = {}
        self._memo: dict[_Key, Values] = {}
        #: the keys added to ``_memo`` since the last :meth:`forget` (only they can be dropped)
        self._recent: list[_Key] = []

    def at(self, size: numeric.Size) -> list[Sample]:
        """The points drawn for ``size`` (the same objects every time)."""
        drawn = self._drawn.get(size)
        if drawn is None:
            drawn = self._drawn[size] = [
                numeric.draw(ANSWER_SEED, size, index) for index in range(self.points)
            ]
        return drawn

    def values(self, expr: sympy.Expr, size: numeric.Size, definitions: Mapping[sympy.Basic, sympy.Expr] | None = None,
               ) -> Values:
        """``expr`` at each point of ``size`` (``nan`` where undefined), computed once.

        ``definitions`` give the defined names in ``expr`` their values.
        """
        content = _content(definitions)
        key = (expr, size, content)
        hit = self._memo.get(key)
        if hit is not None:
            return hit
        if self.deadline is not None:
            self.deadline.check()
        expanded = expand_definitions(expr, definitions) if definitions else expr
        result = tuple(_scalar(expanded, point, size) for point in self.at(size))
        self._memo[key] = result
        self._recent.append(key)
        return result

    def value(self, expr: sympy.Expr, size: numeric.Size, index: int,
              definitions: Mapping[sympy.Basic, sympy.Expr] | None = None) -> complex:
        """``expr`` at the point ``index`` of ``size`` alone: the value :meth:`values` has there, no other computed.

        Not remembered (unless :meth:`values` has it already): for a quick first look at a candidate that one
        point usually rules out.
        """
        hit = self._memo.get((expr, size, _content(definitions)))
        if hit is not None:
            return hit[index]
        if self.deadline is not None:
            self.deadline.check()
        expanded = expand_definitions(expr, definitions) if definitions else expr
        return _scalar(expanded, self.at(size)[index], size)

    def forget(self) -> None:
        """Drop remembered values of every expression not in ``keep`` (bounds memory over many answers)."""
        # everything older was kept at an earlier forget: only what was added since need be looked at
        for key in self._recent:
            if key[0] not in self.keep:
                self._memo.pop(key, None)
        self._recent = []
        # the points' memos hold every sub-expression seen there; start them again when they grow
        # past a bound (values are recomputed on demand, the same)
        memos = [memo for drawn in self._drawn.values() for point in drawn for memo in point.memo.values()]
        if sum(len(memo) for memo in memos) > _MEMO_LIMIT:
            for memo in memos:
                memo.clear()


def _content(definitions: Mapping[sympy.Basic, sympy.Expr] | None) -> tuple[tuple[sympy.Basic, sympy.Expr], ...]:
    return () if not definitions else tuple(definitions.items())


def _scalar(expr: sympy.Expr, point: Sample, size: numeric.Size) -> complex:
    try:
        return numeric.evaluate(expr, point, size)
    except (numeric.Undefined, OverflowError):  # an exact integer beyond a float (2^2000) is undefined too
        return _NAN


def finite(value: complex) -> bool:
    """Whether ``value`` is defined (neither ``nan`` nor infinite)."""
    return cmath.isfinite(value)
