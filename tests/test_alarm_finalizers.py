"""An alarm that lands in a finalizer prints nothing, and never cuts the report of another unraisable exception.

CI failed once on ``test_time_limit_restores_the_alarm``: while a check ran under
its limit, a finalizer raised, pytest's ``sys.unraisablehook`` began to format
the report, and the limit's repeating alarm raised :class:`TimeLimit` inside the
hook (while it opened a source file for a traceback line) — "Failed to process
unraisable exception", and an unclosed file. Outside pytest the same alarm in a
``__del__`` prints "Exception ignored in …" and a traceback to the user's stderr.
Here the clock is controlled and the alarm is delivered by hand, as the real
handler is called; no wall-clock is asserted.
"""

from __future__ import annotations

import gc
import signal
import sys
import types

import pytest

from logderiv import deadline

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no interval timer on this platform")


@pytest.fixture
def passed(monkeypatch):
    """A clock that reads 0 until the test sets ``now``: the limit is entered at 0 and passes at 100."""
    clock = types.SimpleNamespace(now=0.0)
    monkeypatch.setattr(deadline, "time", types.SimpleNamespace(monotonic=lambda: clock.now))
    return clock


@pytest.fixture
def reports(monkeypatch):
    """The unraisable exceptions that reach the hook in force before the limit (pytest's, in a run)."""
    seen: list[object] = []

    def hook(unraisable):
        seen.append(unraisable.exc_value)
        deadline._on_alarm(signal.SIGALRM, sys._getframe())  # the alarm repeating while the report is made
        seen.append("reported whole")

    monkeypatch.setattr(sys, "unraisablehook", hook)
    return seen


class _Finalized:
    """Runs ``action`` when collected (CPython collects at the last reference, at once)."""

    def __init__(self, action) -> None:
        self.action = action

    def __del__(self) -> None:
        self.action()


def _alarm_here() -> None:
    deadline._on_alarm(signal.SIGALRM, sys._getframe())


def _fail() -> None:
    raise ValueError("a finalizer's own error")


def test_an_alarm_in_a_finalizer_reaches_no_hook(passed, reports):
    """The limit has passed and the alarm lands in a ``__del__``: nothing is reported, the work goes on."""
    with deadline.limit(5.0):
        passed.now = 100.0
        obj = _Finalized(_alarm_here)
        del obj
        gc.collect()
        passed.now = 0.0
    assert reports == []


def test_another_finalizers_error_is_reported_whole_though_the_alarm_repeats(passed, reports):
    """A finalizer's own error reaches the previous hook, and the alarm repeating during the report is held."""
    with deadline.limit(5.0):
        passed.now = 100.0
        obj = _Finalized(_fail)
        del obj
        passed.now = 0.0
    assert [type(error) for error in reports] == [ValueError, str]
    assert reports[1] == "reported whole"


def test_the_hook_is_restored_after_the_limit(reports):
    """Leaving the outermost limit puts back the hook that was in force before it."""
    before = sys.unraisablehook
    with deadline.limit(5.0):
        assert sys.unraisablehook is not before  # while the alarm is the limit's own
    assert sys.unraisablehook is before


def test_a_hook_installed_during_the_limit_is_left_alone(monkeypatch):
    """Someone else's hook set while the limit held stays after it: only the limit's own is taken back."""
    def theirs(unraisable) -> None:
        pass
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)  # restored after the test whatever happens
    with deadline.limit(5.0):
        sys.unraisablehook = theirs
    assert sys.unraisablehook is theirs


def test_a_timed_out_check_leaves_the_hook_as_it_found_it():
    """A real check that runs out of time restores the hook, the handler and the timer."""
    from logderiv import check
    from logderiv.errors import TimeLimitError

    before = sys.unraisablehook, signal.getsignal(signal.SIGALRM)
    try:
        check("1/m * sum((h - y) x_j)", cost="logistic", timeout=0.001)
    except TimeLimitError:
        pass
    assert (sys.unraisablehook, signal.getsignal(signal.SIGALRM)) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
