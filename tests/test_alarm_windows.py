"""The alarm of a time limit, landing between any two bytecodes, never leaves the timer armed (issue 12).

A run under valgrind died by SIGALRM ("Alarm clock") instead of exit 3: the
timer repeats every 50 ms until disarmed, and an alarm that landed where no
``try`` of :func:`deadline.limit` covered it (after its ``__enter__`` armed the
timer but before the ``with`` body began, or between two tries of leaving)
escaped with the timer still armed; at exit Python restores the default
handler, and the next repeat killed the process. A slow process only made the
window likely. Here the window is hit on purpose: a controllable clock says the
limit has passed, and a tracer raises the alarm's exception at the k-th bytecode
of the limit's own machinery, for every k. No wall-clock is asserted.
"""

from __future__ import annotations

import signal
import sys
import types

import pytest

from logderiv import deadline
from logderiv.deadline import TimeLimit, TimeLimitError

_MACHINERY = {deadline.__file__, sys.modules["contextlib"].__file__}


class _Clock:
    """time.monotonic, but it reads 0 until told the limit has passed."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now


def _run_with_alarm_at(k: int, clock: _Clock, entry) -> tuple[bool, object]:
    """Run ``entry()`` with the alarm's handler invoked at the k-th bytecode of the limit machinery; whether it landed."""
    count = 0
    landed = False

    def trace(frame, event, arg):
        nonlocal count, landed
        if frame.f_code.co_filename not in _MACHINERY:
            return None
        frame.f_trace_opcodes = True
        if event == "opcode" and clock.now > 0 and not landed:
            count += 1
            if count == k:
                landed = True
                deadline._on_alarm(signal.SIGALRM, frame)  # as the real handler is called: raises if it would
        return trace

    sys.settrace(trace)
    try:
        outcome = entry()
    except BaseException as error:  # noqa: BLE001 - the outcome is what the test looks at
        outcome = error
    finally:
        sys.settrace(None)
    return landed, outcome


def _overrun(clock: _Clock):
    def body():
        clock.now = 100.0  # the limit has passed: the alarm would raise from here on
        deadline._on_alarm(signal.SIGALRM, sys._getframe())  # the first alarm, in the body

    return body


@pytest.mark.parametrize("entry", ["budget", "within", "limit"])
def test_an_alarm_at_any_bytecode_leaves_no_timer_and_no_handler_behind(monkeypatch, entry):
    """For every bytecode of the limit's machinery the alarm can land on: afterwards no timer, the old handler, no limit."""
    if not hasattr(signal, "setitimer"):
        pytest.skip("no interval timer on this platform")
    clock = _Clock()
    monkeypatch.setattr(deadline, "time", types.SimpleNamespace(monotonic=clock.monotonic))
    before = signal.getsignal(signal.SIGALRM)

    def run():
        body = _overrun(clock)
        if entry == "budget":
            with deadline.budget(5.0):
                body()
        elif entry == "within":
            deadline.within(5.0, lambda _deadline: body())
        else:
            with deadline.limit(5.0):
                body()

    expected = TimeLimitError if entry == "budget" else TimeLimit
    k = 0
    while True:
        k += 1
        clock.now = 0.0
        landed, outcome = _run_with_alarm_at(k, clock, run)
        # the timer repeats every 50 ms until disarmed: its next alarm lands here, after the limit's with
        deadline._on_alarm(signal.SIGALRM, sys._getframe())
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0), f"timer left armed (alarm at bytecode {k})"  # → "Alarm clock" at exit
        assert signal.getsignal(signal.SIGALRM) == before, f"handler not restored (alarm at bytecode {k})"
        assert deadline.current() is None, f"a limit left in force (alarm at bytecode {k})"
        assert isinstance(outcome, expected), f"alarm at bytecode {k}: {outcome!r}"
        if not landed:
            break  # k is past the last bytecode the machinery ran after the limit passed
    assert k > 5  # the machinery was actually walked
