"""Errors logderiv reports.

Everything a user can cause is a :class:`LogderivError`. The library raises them;
the CLI translates them to a message and an exit code in exactly one place
(``logderiv.cli``). Nothing here imports click, rich or sympy.
"""

from __future__ import annotations

from typing import Protocol

__all__ = [
    "LogderivError",
    "InputError",
    "InputTooLargeError",
    "UnsupportedError",
    "UnsupportedInputError",
    "InternalError",
    "VerificationError",
    "UserCodeError",
    "OutputError",
    "TimeLimitError",
]


class LogderivError(Exception):
    """Base class of every error logderiv reports to a user."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class InputError(LogderivError):
    """The user's text cannot be read: it is shown with a caret under ``column``."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        source: str = "",
        column: int | None = None,
        hint: str | None = None,
        label: str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        #: the text being read, as the user gave it
        self.source = source
        #: 0-based offset into ``source`` of the offending character, if known
        self.column = column
        #: what the text was (``COST``, ``--let``, ``--wrt``), for the message
        self.label = label
        #: 1-based line of ``column`` when ``source`` is a document of several lines
        self.line = line

    def with_label(self, label: str) -> InputError:
        """Return this error, noting which argument the text came from."""
        if self.label is None:
            self.label = label
        return self


class InputTooLargeError(InputError):
    """The input exceeds a size bound (length, nesting, literal size); refused before any work."""


class UnsupportedError(LogderivError):
    """The expression is well formed but outside what the engine can differentiate."""

    exit_code = 3


class UnsupportedInputError(InputError, UnsupportedError):
    """Well-formed text naming what logderiv does not differentiate yet (``abs``, ``max``, ``ReLU``): a caret, exit 3.

    It is an :class:`InputError` (the text, the column, the argument it came
    from) and an :class:`UnsupportedError` (exit 3): the input was read, and is
    outside what the engine handles, not a typo.
    """

    exit_code = 3


class InternalError(LogderivError):
    """A bug in logderiv; never the user's fault."""

    exit_code = 4


class VerificationError(InternalError):
    """A step the engine produced failed verification: it is never shown as true."""


class _Frame(Protocol):
    """A line of the user's code (``records.gradcheck.Frame``, which sits above the errors)."""

    @property
    def file(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def source(self) -> str: ...


class _Failure(Protocol):
    """What the user's code raised (``records.gradcheck.Failure``), as :meth:`UserCodeError.from_failure` reads it."""

    @property
    def kind(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def column(self) -> int | None: ...
    @property
    def where(self) -> _Frame | None: ...


class UserCodeError(LogderivError):
    """The user's own code (a file ``gradcheck`` imports) raised or hung: it cannot be checked."""

    exit_code = 3

    @classmethod
    def from_failure(cls, failure: _Failure, *, doing: str, hint: str | None = None) -> UserCodeError:
        """The error for a :class:`~logderiv.records.gradcheck.Failure`: their file, line and message."""
        lines = [f"{doing} raised {failure.kind}: {failure.message}"]
        where = failure.where
        if where is not None:
            lines.append(f"  {where.file}:{where.line}")
            if where.source:
                lines.append(f"    {where.source}")
                if failure.column is not None:
                    lines.append("    " + " " * max(failure.column - 1, 0) + "^")
        return cls("\n".join(lines), hint=hint)


class OutputError(LogderivError):
    """The result could not be written (a full disk, ``> /dev/full``): no result was given, so none can be relied on.

    Exit 3, "cannot tell", not 1: for ``check`` and ``steps`` 1 would say the
    answer is wrong.
    """

    exit_code = 3


class TimeLimitError(LogderivError):
    """The command's time budget (``--timeout``, ``timeout=``) ran out: undecided, exit 3, with what was done.

    Raised by :func:`logderiv.derive`, :func:`logderiv.check` (when the cost
    itself cannot be read and derived in time; an answer that cannot be judged
    in time is an ``undecided`` verdict instead) and :func:`logderiv.steps`.
    ``seconds`` is the budget, ``doing`` the stage it ran out in, ``done`` the
    stages finished before it.
    """

    exit_code = 3

    def __init__(self, seconds: float, *, doing: str = "", done: tuple[str, ...] = ()) -> None:
        message = f"undecided: the time limit of {seconds:g} s was reached"
        if doing:
            message += f" while {doing}"
        if done:
            message += f" (done: {', '.join(done)})"
        super().__init__(message, hint="--timeout S allows more time; a deeply nested cost or a long chain of "
                                        "--let definitions is what usually needs it")
        self.seconds = seconds
        self.doing = doing
        self.done = done
