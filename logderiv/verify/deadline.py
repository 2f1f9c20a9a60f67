"""A time limit on a computation that mostly runs inside sympy.

sympy has no cancellation points, so a cooperative deadline alone cannot stop
an ``expand`` that multiplies out 2³⁰ terms. Where it can (POSIX, the main
thread, no interval timer of someone else's already running), :func:`limit`
therefore also arms ``signal.setitimer``: SIGALRM raises :class:`TimeLimit`
between two bytecodes, wherever the work is. The timer repeats every 50 ms
until disarmed, because sympy has a few ``except Exception`` blocks that could
swallow one raise. Elsewhere (another thread, Windows, a timer already running)
only the cooperative checks run: our own loops call :meth:`Deadline.check`,
and a single sympy call may overrun.

Limits nest: a command's budget (``derive --timeout``) holds a check's own
limit, and the inner one ends no later than the outer. Entering an inner limit
re-arms the one timer for the nearer end; leaving it re-arms the timer for the
outer's end (at once, if that has passed), so no nesting ever extends a budget.

A worker process was the alternative; it was not chosen because a fresh
interpreter costs a sympy import (~0.3–0.8 s) per command, more than most
commands, and the cold start must stay near the import floor. The alarm costs
two system calls. What it risks: an exception between any two bytecodes. The
state logderiv keeps across calls is built whole and then assigned (the
checker's cached derivation, ``functools.lru_cache``), so an interrupted call
leaves nothing half-made behind. An import is never interrupted (the alarm
waits until it is done, :func:`_importing`): one cut short would leave a module
half-initialised for the next call; callers (:mod:`logderiv._api`) import the
readers before the clock starts, so that the wait is rare.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from typing import Callable, Iterator, TypeVar

from ..errors import InputError, TimeLimitError

__all__ = ["DEFAULT_TIMEOUT", "TimeLimit", "Deadline", "within", "limit", "budget", "stage", "current"]

T = TypeVar("T")

#: a command's time budget unless told otherwise (``--timeout`` of derive, check and steps), in seconds
DEFAULT_TIMEOUT = 10.0

#: how often the alarm repeats once the limit is reached, until it gets through
_REPEAT = 0.05

#: the shortest interval the timer is armed for (0 would disarm it)
_SOON = 1e-4


class TimeLimit(Exception):
    """The time limit was reached (raised inside the limited computation only)."""


class Deadline:
    """A point in time; :meth:`check` raises :class:`TimeLimit` once it has passed."""

    def __init__(self, seconds: float, *, end: float | None = None) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds if end is None else end
        #: what the limited work is doing now, and what it has done (for the message on overrun)
        self.doing = "starting"
        self.done: list[str] = []

    def check(self) -> None:
        """Raise :class:`TimeLimit` if the deadline has passed (a cooperative check)."""
        if time.monotonic() >= self.end:
            raise TimeLimit

    def passed(self) -> bool:
        """Whether the deadline has passed."""
        return time.monotonic() >= self.end

    def start(self, stage: str) -> None:
        """Note that the work is now at ``stage`` (``"deriving"``); the stage before it is done."""
        if self.doing != "starting":
            self.done.append(self.doing)
        self.doing = stage


#: the limits in force, outermost first (main thread only; other threads check cooperatively)
_active: list[Deadline] = []
#: whether this module's handler owns SIGALRM and the timer now, and the handler it replaced
_owner: dict[str, object] = {"armed": False, "previous": None}


def current() -> Deadline | None:
    """The innermost limit in force on this thread, if any."""
    if _active and threading.current_thread() is threading.main_thread():
        return _active[-1]
    return None


def _on_alarm(signum, frame) -> None:
    if _active and time.monotonic() >= _active[-1].end - _SOON and not _importing(frame):
        raise TimeLimit


def _importing(frame) -> bool:
    """Whether the interrupted code is inside an import: one cut short leaves a module half-made (and a file
    open) for every later call in the process, so the alarm waits for it (it repeats every 50 ms)."""
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


@contextlib.contextmanager
def limit(seconds: float, *, since: float | None = None) -> Iterator[Deadline]:
    """Limit the ``with`` block to ``seconds`` (and to any limit it runs inside); raises :class:`TimeLimit`.

    ``since`` (a :func:`time.monotonic` reading) starts the clock earlier than now: at the command's start.
    """
    main = threading.current_thread() is threading.main_thread()
    outer = _active[-1] if main and _active else None
    end = (time.monotonic() if since is None else since) + seconds
    deadline = Deadline(seconds, end=end if outer is None else min(end, outer.end))
    if outer is not None:
        deadline.doing, deadline.done = outer.doing, list(outer.done)  # the command's stages so far
        if outer.end <= end:
            deadline.seconds = outer.seconds  # the budget that runs out is the outer's: say that one
    if not main:
        yield deadline
        return
    own = outer is None and _can_alarm()
    if own:
        _owner["previous"] = signal.signal(signal.SIGALRM, _on_alarm)
        _owner["armed"] = True
    try:
        _active.append(deadline)
        if _owner["armed"]:
            _arm(deadline.end)
        yield deadline
    finally:
        # the alarm may land in the middle of leaving: leaving is idempotent and is retried until whole
        # (a limit reached meanwhile is the outer's, and its re-armed timer raises again at once)
        while True:
            try:
                _leave(deadline, own)
                break
            except TimeLimit:
                continue


def _leave(deadline: Deadline, own: bool) -> None:
    if any(active is deadline for active in _active):
        _active.remove(deadline)
    if not _owner["armed"]:
        return
    if own:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _owner["armed"] = False
        signal.signal(signal.SIGALRM, _owner["previous"])  # type: ignore[arg-type]
        _owner["previous"] = None
    elif _active:
        _arm(_active[-1].end)


@contextlib.contextmanager
def budget(seconds: float | None, *, since: float | None = None, grace: float = 0.0) -> Iterator[Deadline | None]:
    """A command's whole time budget: :func:`limit`, an overrun raised as :class:`~logderiv.errors.TimeLimitError`.

    ``None`` sets no limit of its own (one the caller runs inside still holds).
    The error says the stage reached and those done (:func:`stage`). ``since``
    is as for :func:`limit`; ``grace`` lets the block run that much past
    ``seconds`` (the limit named stays ``seconds``).
    """
    if seconds is None:
        yield current()
        return
    if not seconds > 0:
        raise InputError(f"the time limit must be positive, not {seconds:g}", label="--timeout")
    deadline = None
    try:
        with limit(seconds + grace, since=since) as deadline:
            if deadline.seconds == seconds + grace:
                deadline.seconds = seconds
            yield deadline
    except TimeLimit:
        if deadline is None:
            raise TimeLimitError(seconds) from None
        raise TimeLimitError(deadline.seconds, doing=deadline.doing, done=tuple(deadline.done)) from None


def stage(doing: str) -> None:
    """Note the stage the current command has reached (``"deriving the gradient"``), for an overrun's message."""
    deadline = current()
    if deadline is not None:
        deadline.start(doing)


def within(seconds: float, work: Callable[[Deadline], T]) -> T:
    """Run ``work(deadline)``, raising :class:`TimeLimit` if it runs past ``seconds``."""
    with limit(seconds) as deadline:
        return work(deadline)


def _arm(end: float) -> None:
    signal.setitimer(signal.ITIMER_REAL, max(end - time.monotonic(), _SOON), _REPEAT)


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
