"""The letter the example count is printed as: logderiv's m, or the writer's own when their m is a slope.

``\\hat y_i = m x_i + b`` beside ``\\frac{1}{n}\\sum_{i=1}^{n}``: the writer counts the
examples with n and calls the slope m. logderiv keeps its count m internally
(the slope is a symbol of its own), and every printer writes the count as the
writer did within :func:`count_named`. A context variable, so that nested or
concurrent renderings never leak the letter. Sympy-free.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterable, Iterator

from .vocabulary import EXAMPLE_COUNT

__all__ = ["count_named", "count_name", "sizes_text", "example_size"]

_COUNT_NAME: ContextVar[str] = ContextVar("count_name", default=EXAMPLE_COUNT)


@contextmanager
def count_named(letter: str | None) -> Iterator[None]:
    """Print the example count as ``letter`` (``n``) within the block; ``None`` keeps m."""
    token = _COUNT_NAME.set(letter or EXAMPLE_COUNT)
    try:
        yield
    finally:
        _COUNT_NAME.reset(token)


def count_name() -> str:
    """The letter the example count is printed as now: m unless :func:`count_named` says otherwise."""
    return _COUNT_NAME.get()


def sizes_text(sizes: Iterable[tuple[int, int]]) -> str:
    """The (examples, features) sizes of a numeric check: ``m=2 n=3, m=3 n=2``; ``n=2, n=3`` when n counts the examples.

    A problem whose examples are printed n has no features (a one-feature model), so only its count is said.
    """
    count = count_name()
    if count == "n":
        return ", ".join(dict.fromkeys(f"n={m}" for m, _ in sizes))
    return ", ".join(f"{count}={m} n={n}" for m, n in sizes)


def example_size(m: int, n: int, j: int) -> str:
    """A counterexample's sizes: ``m = 2, n = 3, j = 2``; ``n = 2`` alone when n counts the examples (no features)."""
    count = count_name()
    if count == "n":
        return f"n = {m}"
    return f"{count} = {m}, n = {n}, j = {j}"
