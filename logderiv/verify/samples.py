"""A fixed set of random points, shared by every comparison with one expected expression.

Checking many answers against one gradient (and trying many candidate
diagnoses against one answer) evaluates the gradient at the same points over
and over; :class:`Samples` draws the points once and remembers every value it
has computed. Each quantity's value depends only on the seed, the point and
the quantity (θ₂, x₃⁽¹⁾), never on the order in which expressions asked for
them, so a counterexample does not depend on which answers came before.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import sympy

from . import numeric
from .deadline import Deadline

__all__ = ["Samples", "Sample", "POINTS", "TOLERANCE", "close"]

#: random points per concrete size
POINTS = 6
#: relative tolerance of a numeric comparison
TOLERANCE = 1e-8
#: draws tried per size to find POINTS where the expected value is defined
_ATTEMPTS = 40
_SEED = 20261128


@dataclass
class Sample(numeric.Point):
    """A point whose every value is drawn from its own stream, named by (label, quantity)."""

    label: str = ""

    def __getitem__(self, key: numeric.Key) -> complex:
        value = self.values.get(key)
        if value is None:
            self.rng.seed(f"{self.label}/{key}")
            value = self.values[key] = self._draw(key[0])
        return value


@dataclass
class Samples:
    """Points for each size in ``numeric.SIZES``, and a memo of values computed at them."""

    points: int = POINTS
    tolerance: float = TOLERANCE
    deadline: Deadline | None = None
    _drawn: dict[tuple[numeric.Size, int], Sample] = field(default_factory=dict)
    _memo: dict = field(default_factory=dict)

    def points_for(self, expr: sympy.Expr) -> list[tuple[numeric.Size, Sample]]:
        """The points (``points`` per size) at which ``expr`` is defined, drawing more if needed."""
        chosen = []
        for size in numeric.SIZES:
            found = 0
            for index in range(_ATTEMPTS):
                if found == self.points:
                    break
                sample = self.sample(size, index)
                if self.value(expr, size, sample) is not None:
                    chosen.append((size, sample))
                    found += 1
        return chosen

    def sample(self, size: numeric.Size, index: int) -> Sample:
        """The ``index``-th point drawn for ``size`` (the same object every time)."""
        sample = self._drawn.get((size, index))
        if sample is None:
            sample = Sample(random.Random(0), label=f"{_SEED}/{size.m}x{size.n}/{index}")
            self._drawn[size, index] = sample
        return sample

    def value(self, expr: sympy.Expr, size: numeric.Size, sample: Sample) -> complex | None:
        """``expr`` at ``sample`` (None where it is undefined), computed once."""
        key = (expr, sample.label)
        if key in self._memo:
            return self._memo[key]
        if self.deadline is not None:
            self.deadline.check()
        try:
            result = numeric.evaluate(expr, sample, size)
        except numeric.Undefined:
            result = None
        self._memo[key] = result
        return result

    def forget(self, keep: set) -> None:
        """Drop remembered values of every expression not in ``keep`` (bounds memory over many answers)."""
        self._memo = {key: value for key, value in self._memo.items() if key[0] in keep}


def close(a: complex, b: complex, tolerance: float = TOLERANCE) -> bool:
    """Whether ``a`` and ``b`` agree within relative ``tolerance`` (absolute below 1)."""
    return abs(a - b) <= tolerance * max(1.0, abs(a), abs(b))
