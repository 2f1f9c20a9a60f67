"""The library's front door: text in, a verified :class:`~logderiv.derivation.Derivation` out."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Sequence

from .derivation import Derivation
from .errors import InputError
from .presets import DEFAULT_PRESET, PRESETS
from .notation.vocabulary import DEFAULT_WRT

if TYPE_CHECKING:  # pragma: no cover
    from .problem import Problem
    from .verdict import Verdict
    from .verify.answer import Checker

__all__ = ["derive", "check", "checker"]


def derive(
    cost: str | None = None,
    *,
    wrt: str = DEFAULT_WRT,
    let: Sequence[str] = (),
    factors: bool = False,
) -> Derivation:
    """Differentiate ``cost`` with respect to ``wrt``, step by step, every step verified.

    ``cost`` is a formula in logderiv's plain notation or the name of a preset
    (``logistic``, ``linear``, …); ``None`` means the logistic-regression cost.
    ``let`` holds definitions such as ``"h = sigmoid(theta^T x)"``. Raises
    :class:`~logderiv.errors.InputError` for text that cannot be read and
    :class:`~logderiv.errors.UnsupportedError` for a cost outside what the engine
    can differentiate.
    """
    from .engine.driver import derive_problem

    if cost is not None and cost.strip() in PRESETS and let:
        raise InputError(
            f"--let cannot be combined with the preset '{cost.strip()}'",
            hint="write the cost out in full to change its definitions",
        )
    return derive_problem(_problem(cost, wrt, tuple(let)), factors=factors)


def check(
    answer: str,
    *,
    cost: str | None = None,
    wrt: str = DEFAULT_WRT,
    let: Sequence[str] = (),
    timeout: float = 10.0,
) -> Verdict:
    """Check ``answer`` against the true derivative of ``cost`` with respect to ``wrt``.

    Returns a :class:`~logderiv.verdict.Verdict`: ``equivalent`` (and how that
    is known), ``different`` (with a counterexample confirmed at 50 digits and a
    diagnosis), or ``undecided`` (e.g. the ``timeout`` in seconds was reached).
    ``cost`` is a formula or a preset name (default: logistic). ``let`` defines
    names: the cost's when ``cost`` is a formula, the answer's when it is a
    preset. The gradient is derived once per (cost, wrt, let) and reused, so
    checking many answers against one cost is fast. Raises
    :class:`~logderiv.errors.InputError` for text that cannot be read.
    """
    return checker(cost, wrt=wrt, let=let).check(answer, timeout=timeout)


def checker(cost: str | None = None, *, wrt: str = DEFAULT_WRT, let: Sequence[str] = ()) -> Checker:
    """The :class:`~logderiv.verify.answer.Checker` for a cost (one per cost, wrt and let, cached)."""
    return _checker(cost, wrt, tuple(let))


@functools.lru_cache(maxsize=16)
def _checker(cost: str | None, wrt: str, let: tuple[str, ...]) -> Checker:
    from .verify.answer import Checker

    if cost is None or cost.strip() in PRESETS:
        return Checker(_problem(cost, wrt, ()), answer_lets=let)
    return Checker(_problem(cost, wrt, let))


def _problem(cost: str | None, wrt: str, let: tuple[str, ...]) -> Problem:
    """Read a cost (a formula or a preset's name; None: the default preset) into a Problem."""
    from .notation import read_problem

    if cost is None:
        cost = DEFAULT_PRESET
    preset = PRESETS.get(cost.strip())
    if preset is not None:
        return read_problem(preset.cost, wrt=wrt, lets=preset.lets)
    return read_problem(cost, wrt=wrt, lets=let)
