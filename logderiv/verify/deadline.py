"""A time limit on a computation that mostly runs inside sympy.

sympy has no cancellation points, so a cooperative deadline alone cannot stop
an ``expand`` that multiplies out 2³⁰ terms. Where it can (POSIX, the main
thread, no interval timer already running), :func:`within` therefore also arms
``signal.setitimer``: SIGALRM raises :class:`TimeLimit` between two bytecodes,
wherever the work is. The timer repeats every 50 ms until disarmed, because
sympy has a few ``except Exception`` blocks that could swallow one raise.
Elsewhere (another thread, Windows) only the cooperative checks run: our own
loops call :meth:`Deadline.check`, and a single sympy call may overrun.

A worker process was the alternative; it was not chosen because a fresh
interpreter costs a sympy import (~0.3–0.8 s) per check, more than the check.
"""

from __future__ import annotations

import signal
import threading
import time
from typing import Callable, TypeVar

__all__ = ["TimeLimit", "Deadline", "within"]

T = TypeVar("T")

#: how often the alarm repeats once the limit is reached, until it gets through
_REPEAT = 0.05


class TimeLimit(Exception):
    """The time limit was reached (raised inside the limited computation only)."""


class Deadline:
    """A point in time; :meth:`check` raises :class:`TimeLimit` once it has passed."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self._armed = False

    def check(self) -> None:
        """Raise :class:`TimeLimit` if the deadline has passed (a cooperative check)."""
        if time.monotonic() >= self.end:
            raise TimeLimit

    def _on_alarm(self, signum, frame) -> None:
        if self._armed:
            raise TimeLimit


def within(seconds: float, work: Callable[[Deadline], T]) -> T:
    """Run ``work(deadline)``, raising :class:`TimeLimit` if it runs past ``seconds``."""
    deadline = Deadline(seconds)
    alarm = _can_alarm()
    previous = None
    if alarm:
        previous = signal.signal(signal.SIGALRM, deadline._on_alarm)
        deadline._armed = True
        signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    try:
        try:
            return work(deadline)
        finally:
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
                deadline._armed = False
    finally:
        if alarm:
            signal.signal(signal.SIGALRM, previous)


def _can_alarm() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )
