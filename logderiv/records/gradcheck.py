"""What ``gradcheck`` found, as data: one result per shape tried, a verdict, and diagnoses.

Renderers read these records (``logderiv.render.gradcheck``); nothing here prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..record import record

if TYPE_CHECKING:  # pragma: no cover
    import sympy

__all__ = ["Frame", "Failure", "Shapes", "ShapeResult", "Diagnosis", "Report", "EXIT_CODES", "PASSING"]

Status = Literal[
    "pass", "suspicious", "inaccurate", "wrong", "wrong-shape", "not-numeric", "not-finite", "raised", "timeout", "skipped"
]

#: statuses whose values are right (``suspicious``: right to 1e-4, not to 1e-7)
PASSING = frozenset({"pass", "suspicious"})
#: statuses where the user's code did not return at all
FAILED_TO_RUN = frozenset({"raised", "timeout"})

#: verdict → exit code: 0 the gradient is right, 1 it is wrong, 3 it could not be checked
EXIT_CODES = {"pass": 0, "wrong": 1, "error": 3}


@record
class Frame:
    """One line of the user's code in a traceback."""

    file: str
    line: int
    function: str
    source: str


@record
class Failure:
    """An exception the user's code raised: its type, message, and where in their code."""

    kind: str
    message: str
    #: the user's frames, outermost first; the last is where it was raised (in their code)
    frames: tuple[Frame, ...] = ()
    #: for a SyntaxError: 1-based column of the caret in ``frames[-1].source``
    column: int | None = None

    @property
    def where(self) -> Frame | None:
        """The innermost frame in the user's code, if any."""
        return self.frames[-1] if self.frames else None


@record
class Shapes:
    """The shapes θ and y were passed with (X is always (m, n))."""

    theta: tuple[int, ...]
    y: tuple[int, ...]

    def describe(self) -> str:
        """``θ (4,)  y (7, 1)``."""
        return f"θ {_shape(self.theta)}, y {_shape(self.y)}"


def _shape(shape: tuple[int, ...]) -> str:
    return f"({shape[0]},)" if len(shape) == 1 else str(tuple(shape))


@record
class ShapeResult:
    """The function's result with θ and y of one pair of shapes, compared with the reference.

    ``max_relative_error`` is max |a − g| / max(|a|, |g|) over every component of
    every data set; ``norm_ratio`` is ‖a − g‖ / (‖a‖ + ‖g‖). Both are ``None``
    when no values could be compared (an exception, a wrong shape).
    """

    shapes: Shapes
    #: whether these are the shapes the verdict is on (the others are probes)
    verdict: bool
    status: Status
    output_shape: tuple[int, ...] | None = None
    #: the type the function returned ("ndarray", "list", "tuple")
    returned: str = ""
    max_relative_error: float | None = None
    norm_ratio: float | None = None
    #: what is wrong, or a remark on a passing result ("flat (n,) for a column θ")
    note: str = ""
    failure: Failure | None = None

    @property
    def ok(self) -> bool:
        """Whether the values are right on these shapes."""
        return self.status in PASSING


@record
class Diagnosis:
    """One thing found wrong: a ``kind`` (``sign``, ``missing-1/m``, …), a sentence, and a hint.

    Kinds: ``sign``, ``missing-1/m``, ``extra-1/m``, ``scale``, ``zero``,
    ``lambda-scale``, ``lambda-missing``, ``intercept-regularised``,
    ``intercept-not-regularised``, ``shape``, ``broadcast``, ``transpose``,
    ``not-numeric``, ``not-finite``, ``inaccurate``, ``exception``, ``timeout``,
    ``unexplained``, ``other-cost`` (the values are another preset's gradient).
    """

    kind: str
    message: str
    hint: str = ""
    failure: Failure | None = None


@record
class Report:
    """A user's gradient function checked against the derived gradient."""

    path: str
    function: str
    #: the function's signature as written, e.g. ``gradient(theta, X, y)``
    signature: str
    #: each role and the parameter that took it: (("theta", "w"), ("X", "X"), …)
    roles: tuple[tuple[str, str], ...]
    cost: str
    #: the reference gradient ∂J/∂θⱼ, the expression ``logderiv derive`` ends with (h and other names kept);
    #: the renderers print it, Unicode for text and JSON. Text (a report made by hand) is printed as given
    gradient: sympy.Expr | str
    #: for a cost with λ: whether θ₀ is regularised in the reference ("all" or "no-intercept")
    convention: str | None
    m: int
    n: int
    draws: int
    seed: int
    shapes: tuple[ShapeResult, ...]
    verdict: Literal["pass", "wrong", "error"]
    diagnoses: tuple[Diagnosis, ...] = ()
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    #: the fitted scale c = ⟨a, g⟩/⟨g, g⟩ of the result a on the verdict shapes
    scale: float | None = None
    #: which convention the user's λ term follows: "regularised", "not regularised" (θ₀), or None
    intercept: str | None = None
    strict: bool = False
    #: what the user's code printed (truncated)
    output: str = ""

    @property
    def exit_code(self) -> int:
        """0 the gradient is right, 1 it is wrong, 3 the code raised (or hung) on the verdict shapes."""
        return EXIT_CODES[self.verdict]

    @property
    def passed(self) -> bool:
        return self.verdict == "pass"

    @property
    def verdict_result(self) -> ShapeResult:
        """The result on the shapes the verdict is on."""
        return next(result for result in self.shapes if result.verdict)
