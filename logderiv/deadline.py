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
checker's cached derivation, the memo tables of :mod:`logderiv.memo`), so an interrupted call
leaves nothing half-made behind. An import is never interrupted (the alarm
waits until it is done, :func:`_held`), nor a limit's own entering and leaving: one cut short would leave a module
half-initialised for the next call; callers (:mod:`logderiv._api`) import the
readers before the clock starts, so that the wait is rare. An alarm that lands
in a finalizer is swallowed there; it is kept off stderr (:func:`_unraisable`)
and the repeat lands in the work.
"""

from __future__ import annotations

import atexit
import signal
import sys
import threading
import time
from types import FrameType, TracebackType
from typing import Callable, TypeVar

from .errors import InputError, TimeLimitError

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
        #: the frame whose ``with`` holds this limit (main thread only): off the stack, the limit is abandoned
        self.frame: FrameType | None = None

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
_owner: dict[str, object] = {"armed": False, "previous": None, "outermost": None, "hook": None}


def current() -> Deadline | None:
    """The innermost limit in force on this thread, if any."""
    if _active and threading.current_thread() is threading.main_thread():
        return _active[-1]
    return None


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    if _held(frame):
        return
    _drop_abandoned(frame)
    if _active and time.monotonic() >= _active[-1].end - _SOON:
        raise TimeLimit


def _unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """``sys.unraisablehook`` while the alarm is this module's.

    The alarm can land in a finalizer (a ``__del__``, a weakref callback, a
    generator closed by the garbage collector), which cannot pass an exception
    on: Python reports it as "Exception ignored in …" with a traceback on
    stderr, which a user must never see. An alarm's :class:`TimeLimit` is
    dropped here; the alarm repeats every 50 ms and lands in the work. Anything
    else goes to the hook this one replaced, with the alarm held
    (:func:`_held`): pytest's hook, cut short while it read a source line for
    the report, once failed a test run and leaked the file it had opened.
    """
    if isinstance(unraisable.exc_value, TimeLimit):
        return
    (_owner["hook"] or sys.__unraisablehook__)(unraisable)  # type: ignore[operator]


def _drop_abandoned(frame: FrameType | None) -> None:
    """Leave the limits whose ``with`` is no longer running: their frame is off the stack the alarm interrupted.

    An alarm raised in the frame of a ``with`` after its body ended but before
    it called ``__exit__`` (a few bytecodes no ``try`` covers) escapes the
    ``with``, which then never leaves its limit. The next repeat finds that
    frame gone and leaves the limit here, disarming the timer if it was the
    outermost. (So a limit must not be held across a ``yield``: none is.)
    """
    stack: set[FrameType] = set()
    while frame is not None:
        stack.add(frame)
        frame = frame.f_back
    while _active and _active[-1].frame is not None and _active[-1].frame not in stack:
        abandoned = _active[-1]
        _leave(abandoned, _owner["outermost"] is abandoned)


def _held(frame: FrameType | None) -> bool:
    """Whether the alarm must wait (it repeats every 50 ms): the interrupted code is in an import, or is
    entering or leaving a limit.

    An import cut short leaves a module half-made (and a file open) for every
    later call in the process. A limit's own entering and leaving must not be
    cut either: an alarm raised after ``__enter__`` armed the timer, but before
    the ``with`` body began, skips ``__exit__``; one raised while leaving skips
    the rest of it. Either way the timer stayed armed with no limit to leave,
    and at exit, once Python had restored the default handler, its next repeat
    killed the process ("Alarm clock"): seen under valgrind, where the window
    is wide. ``tests/test_alarm_windows.py`` lands the alarm on every bytecode.
    """
    while frame is not None:
        code = frame.f_code
        if code in _HELD or code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


class _Limit:
    """The context manager :func:`limit` returns; its entering and leaving are never cut by the alarm (:func:`_held`)."""

    def __init__(self, seconds: float, since: float | None) -> None:
        self.main = threading.current_thread() is threading.main_thread()
        outer = _active[-1] if self.main and _active else None
        end = (time.monotonic() if since is None else since) + seconds
        deadline = Deadline(seconds, end=end if outer is None else min(end, outer.end))
        if outer is not None:
            deadline.doing, deadline.done = outer.doing, list(outer.done)  # the command's stages so far
            if outer.end <= end:
                deadline.seconds = outer.seconds  # the budget that runs out is the outer's: say that one
        self.deadline = deadline
        self.outer = outer
        self.own = False

    def __enter__(self) -> Deadline:
        return self.enter(sys._getframe(1))

    def enter(self, frame: FrameType) -> Deadline:
        """Enter the limit for the ``with`` running in ``frame``."""
        if not self.main:
            return self.deadline
        self.deadline.frame = frame
        self.own = self.outer is None and _can_alarm()
        if self.own:
            _owner["previous"] = signal.signal(signal.SIGALRM, _on_alarm)
            _owner["armed"] = True
            _owner["outermost"] = self.deadline
            _owner["hook"] = sys.unraisablehook
            sys.unraisablehook = _unraisable
            _release_at_exit()
        _active.append(self.deadline)
        if _owner["armed"]:
            _arm(self.deadline.end)
        return self.deadline

    def __exit__(self, *exc_info: object) -> None:
        if self.main:
            _leave(self.deadline, self.own)


def limit(seconds: float, *, since: float | None = None) -> _Limit:
    """Limit the ``with`` block to ``seconds`` (and to any limit it runs inside); raises :class:`TimeLimit`.

    ``since`` (a :func:`time.monotonic` reading) starts the clock earlier than now: at the command's start.
    """
    return _Limit(seconds, since)


def _leave(deadline: Deadline, own: bool) -> None:
    if any(active is deadline for active in _active):
        _active.remove(deadline)
    if not _owner["armed"]:
        return
    if own:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _owner["armed"] = False
        signal.signal(signal.SIGALRM, _owner["previous"])  # type: ignore[arg-type]
        if sys.unraisablehook is _unraisable:  # unless someone replaced it meanwhile: theirs stays
            sys.unraisablehook = _owner["hook"]  # type: ignore[assignment]
        _owner["previous"] = None
        _owner["outermost"] = None
        _owner["hook"] = None
    elif _active:
        _arm(_active[-1].end)


def budget(seconds: float | None, *, since: float | None = None, grace: float = 0.0) -> "_Budget":
    """A command's whole time budget: :func:`limit`, an overrun raised as :class:`~logderiv.errors.TimeLimitError`.

    ``None`` sets no limit of its own (one the caller runs inside still holds).
    The error says the stage reached and those done (:func:`stage`). ``since``
    is as for :func:`limit`; ``grace`` lets the block run that much past
    ``seconds`` (the limit named stays ``seconds``).
    """
    if seconds is not None and not seconds > 0:
        raise InputError(f"the time limit must be positive, not {seconds:g}", label="--timeout")
    return _Budget(seconds, since, grace)


class _Budget:
    """The context manager :func:`budget` returns: a class, like :class:`_Limit`, so that the alarm cannot cut
    the leaving of the limit inside it (a generator's ``__exit__`` in contextlib was such a window)."""

    def __init__(self, seconds: float | None, since: float | None, grace: float) -> None:
        self.seconds = seconds
        self.since = since
        self.grace = grace
        self.inner: _Limit | None = None

    def __enter__(self) -> Deadline | None:
        if self.seconds is None:
            return current()
        self.inner = _Limit(self.seconds + self.grace, self.since)
        deadline = self.inner.enter(sys._getframe(1))
        if deadline.seconds == self.seconds + self.grace:
            deadline.seconds = self.seconds  # the grace is not part of the limit the message names
        return deadline

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self.inner is None:  # no limit of its own
            return None
        self.inner.__exit__(kind, error, traceback)
        if kind is not None and issubclass(kind, TimeLimit):
            deadline = self.inner.deadline
            raise TimeLimitError(deadline.seconds, doing=deadline.doing, done=tuple(deadline.done)) from None
        return None


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


def _release_at_exit() -> None:
    """Once per process: at exit, disarm a timer a limit still holds, before Python restores the default handler
    (whose next repeat would kill the process with "Alarm clock" instead of the exit status chosen)."""
    if not _owner.get("at_exit"):
        _owner["at_exit"] = True
        atexit.register(_release)


def _release() -> None:
    while _active:
        _leave(_active[-1], _active[-1] is _owner["outermost"])


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


#: the code the alarm never cuts (see :func:`_held`)
_HELD = frozenset(code.__code__ for code in (
    _Limit.__enter__, _Limit.__exit__, _Budget.__enter__, _Budget.__exit__, _leave, _arm, _on_alarm, _held,
    _drop_abandoned, _release, _unraisable,
))
