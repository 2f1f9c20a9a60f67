"""A fixed set of random points, shared by every comparison with one expected expression.

Checking many answers against one gradient (and trying many candidate
diagnoses against one answer) evaluates the gradient at the same points over
and over; :class:`Samples` draws the points once and remembers every value it
has computed. Each quantity's value depends only on the seed, the point and
the quantity (θ₂, x₃⁽¹⁾), never on the order in which expressions asked for
them, so a counterexample does not depend on which answers came before.

Values are computed for all the points of a size at once (:mod:`batch`), and
by :mod:`numeric`'s dual numbers for expressions that hold a derivative.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

import numpy as np
import sympy

from ..problem import expand_definitions
from . import numeric
from .batch import Unsupported, evaluate_batch
from .deadline import Deadline

__all__ = ["Samples", "Sample", "POINTS", "TOLERANCE", "close", "agree"]

#: random points per concrete size
POINTS = 6
#: relative tolerance of a numeric comparison
TOLERANCE = 1e-8
_SEED = 20261128


#: a point whose every value is drawn from its own stream, named by (label, quantity), so the
#: same point gives every answer the same values
Sample = numeric.Point


@dataclass
class Samples:
    """``points`` points for each size in ``numeric.SIZES``, and a memo of values computed there."""

    points: int = POINTS
    tolerance: float = TOLERANCE
    deadline: Deadline | None = None
    #: expressions whose values are kept across :meth:`forget`
    keep: set = field(default_factory=set)
    _drawn: dict = field(default_factory=dict)
    _memo: dict = field(default_factory=dict)
    #: the keys added to ``_memo`` since the last :meth:`forget` (only they can be dropped)
    _recent: list = field(default_factory=list)
    #: each input's values at the points of a size (θ₂ at every point), for every expression
    _quantities: dict = field(default_factory=dict)

    def at(self, size: numeric.Size) -> list[Sample]:
        """The points drawn for ``size`` (the same objects every time)."""
        drawn = self._drawn.get(size)
        if drawn is None:
            drawn = self._drawn[size] = [
                Sample(f"{_SEED}/{size.m}x{size.n}/{index}") for index in range(self.points)
            ]
        return drawn

    def values(self, expr: sympy.Expr, size: numeric.Size, definitions: Mapping | None = None) -> np.ndarray:
        """``expr`` at each point of ``size`` (``nan`` where undefined), computed once.

        ``definitions`` give the defined names in ``expr`` their values.
        """
        key = (expr, size, _content(definitions))
        hit = self._memo.get(key)
        if hit is not None:
            return hit
        if self.deadline is not None:
            self.deadline.check()
        points = self.at(size)
        if isinstance(expr, (sympy.Add, sympy.Mul)):
            # candidates share terms and factors (E − t, c·E): combine remembered parts
            parts = [self.values(arg, size, definitions) for arg in expr.args]
            with np.errstate(all="ignore"):
                result = np.sum(parts, axis=0) if isinstance(expr, sympy.Add) else np.prod(parts, axis=0)
            result[~np.isfinite(result)] = np.nan
            self._memo[key] = result
            self._recent.append(key)
            return result
        try:
            result = evaluate_batch(expr, points, size, definitions, self._quantities.setdefault(size, {}))
        except Unsupported:
            expanded = expand_definitions(expr, definitions or {})
            result = np.array([_scalar(expanded, point, size) for point in points], dtype=complex)
        self._memo[key] = result
        self._recent.append(key)
        return result

    def forget(self) -> None:
        """Drop remembered values of every expression not in ``keep`` (bounds memory over many answers)."""
        # everything older was kept at an earlier forget: only what was added since need be looked at
        for key in self._recent:
            if key[0] not in self.keep:
                self._memo.pop(key, None)
        self._recent = []


def _content(definitions: Mapping | None) -> tuple:
    return () if not definitions else tuple(definitions.items())


def _scalar(expr: sympy.Expr, point: Sample, size: numeric.Size) -> complex:
    try:
        return numeric.evaluate(expr, point, size)
    except numeric.Undefined:
        return complex("nan")


def agree(a: np.ndarray, b: np.ndarray, tolerance: float = TOLERANCE) -> np.ndarray:
    """Per point: both defined and equal within relative ``tolerance``; ``False`` where either is undefined."""
    scale = np.maximum(1.0, np.maximum(np.abs(a), np.abs(b)))
    with np.errstate(invalid="ignore"):
        return np.abs(a - b) <= tolerance * scale


def close(a: complex, b: complex, tolerance: float = TOLERANCE) -> bool:
    """Whether ``a`` and ``b`` agree within relative ``tolerance`` (absolute below 1)."""
    return abs(a - b) <= tolerance * max(1.0, abs(a), abs(b))
