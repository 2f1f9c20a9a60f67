"""The library's front door: text in, a verified :class:`~logderiv.derivation.Derivation` out."""

from __future__ import annotations

from typing import Sequence

from .derivation import Derivation
from .errors import InputError
from .presets import DEFAULT_PRESET, PRESETS
from .notation.vocabulary import DEFAULT_WRT

__all__ = ["derive"]


def derive(
    cost: str | None = None,
    *,
    wrt: str = DEFAULT_WRT,
    let: Sequence[str] = (),
    factors: bool = False,
    matrix: bool = False,
) -> Derivation:
    """Differentiate ``cost`` with respect to ``wrt``, step by step, every step verified.

    ``cost`` is a formula in logderiv's plain notation or the name of a preset
    (``logistic``, ``linear``, …); ``None`` means the logistic-regression cost.
    ``let`` holds definitions such as ``"h = sigmoid(theta^T x)"``. Raises
    :class:`~logderiv.errors.InputError` for text that cannot be read and
    :class:`~logderiv.errors.UnsupportedError` for a cost outside what the engine
    can differentiate. With ``matrix`` the derivation also carries its matrix
    form (``Derivation.matrix``: a :class:`~logderiv.matrix.MatrixForm`, or a
    :class:`~logderiv.matrix.NoMatrixForm` saying why there is none).
    """
    from .engine.driver import derive_problem
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
        problem = read_problem(preset.cost, wrt=wrt, lets=preset.lets)
    else:
        problem = read_problem(cost, wrt=wrt, lets=tuple(let))
    derivation = derive_problem(problem, factors=factors)
    if matrix:
        from .engine.matrix import with_matrix_form

        derivation = with_matrix_form(derivation)
    return derivation
