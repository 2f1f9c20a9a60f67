"""The library's front door: text in, a verified :class:`~logderiv.derivation.Derivation` out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from .derivation import Derivation
from .errors import InputError
from .presets import DEFAULT_PRESET, PRESETS
from .notation.vocabulary import DEFAULT_WRT

if TYPE_CHECKING:  # pragma: no cover
    from .problem import Problem

__all__ = ["derive"]


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

    return derive_problem(read_cost(cost, wrt=wrt, let=let), factors=factors)


def read_cost(cost: str | None = None, *, wrt: str = DEFAULT_WRT, let: Sequence[str] = ()) -> Problem:
    """Read ``cost`` (a formula or a preset's name; ``None``: logistic) into a :class:`Problem`."""
    from .notation import read_problem

    if cost is None:
        cost = DEFAULT_PRESET
    preset = PRESETS.get(cost.strip())
    if preset is not None:
        if let:
            raise InputError(
                f"--let cannot be combined with the preset '{preset.name}'",
                hint="write the cost out in full to change its definitions",
            )
        return read_problem(preset.cost, wrt=wrt, lets=preset.lets)
    return read_problem(cost, wrt=wrt, lets=tuple(let))
