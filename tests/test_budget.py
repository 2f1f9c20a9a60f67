"""One time budget per command (issue 12, item 2): derive, check and steps stop at --timeout with exit 3.

No test here asserts a wall time: each gives a budget far below what its input
needs (a cost of 60 distinct nested terms takes seconds to derive; the budgets
are hundredths of a second) and checks the outcome, the message and that no
alarm is left behind.
"""

from __future__ import annotations

import signal
import time

import pytest
from click.testing import CliRunner

import logderiv
from logderiv.cli import main
from logderiv.errors import TimeLimitError
from logderiv.deadline import TimeLimit, budget, limit, stage

#: a cost that takes seconds to read, derive and verify (60 distinct terms, each a chain of three rules)
BIG = " + ".join(f"sum(tanh(theta^T x / {k})^2)" for k in range(2, 62))

#: the budget given to BIG: far below what it needs on any machine
TINY = "0.02"

#: the alarm can land while hypothesis's garbage-collection callback runs; Python reports that raise as
#: "ignored" and the repeating alarm ends the work 50 ms later, as designed (see test_check_cli)
_ALARM_IN_GC_CALLBACK = pytest.mark.filterwarnings(
    "ignore:Exception ignored in. <function gc_cumulative_time:pytest.PytestUnraisableExceptionWarning"
)

pytestmark = _ALARM_IN_GC_CALLBACK


@pytest.fixture
def run():
    """Invoke the CLI in-process; stdout and stderr are kept apart."""
    runner = CliRunner(env={"FORCE_COLOR": None, "NO_COLOR": None})

    def invoke(*args: str):
        return runner.invoke(main, list(args), catch_exceptions=True)

    return invoke


def _no_alarm_left() -> bool:
    return signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0) and signal.getsignal(signal.SIGALRM) in (
        signal.SIG_DFL, signal.default_int_handler, None
    )


def test_derive_over_budget_exits_3_saying_how_far_it_got(run):
    """`derive --timeout` covers reading and deriving: exit 3, the stage reached on stderr, nothing on stdout."""
    result = run("derive", BIG, "-f", "text", "--timeout", TINY)
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    assert f"undecided: the time limit of {TINY} s was reached while" in result.stderr
    assert "--timeout" in result.stderr  # the hint says how to allow more
    assert _no_alarm_left()


def test_steps_over_budget_exits_3(run, tmp_path):
    """`steps --timeout` covers checking the written lines: exit 3 with the time limit named."""
    derivation = tmp_path / "big.txt"
    derivation.write_text(f"d/dtheta_j ({BIG})\n= 0\n", encoding="utf-8")
    result = run("steps", str(derivation), "-f", "text", "--timeout", TINY)
    assert result.exit_code == 3, result.output
    assert f"time limit of {TINY} s" in result.stderr
    assert _no_alarm_left()


def test_check_over_budget_while_deriving_the_cost_exits_3(run):
    """`check --timeout` starts before the cost is derived (it used to start after): exit 3, undecided."""
    result = run("check", "sum((h - y) x_j)/m", "--cost", BIG, "-f", "text", "--timeout", TINY)
    assert result.exit_code == 3, result.output
    assert "undecided" in result.stdout + result.stderr
    assert f"time limit of {TINY} s" in result.stdout + result.stderr
    assert _no_alarm_left()


def test_api_derive_raises_the_documented_error():
    """`derive(timeout=…)` raises TimeLimitError (exit code 3) with the budget and the stage it ran out in."""
    with pytest.raises(TimeLimitError) as caught:
        logderiv.derive(BIG, timeout=float(TINY))
    error = caught.value
    assert isinstance(error, logderiv.TimeLimitError)
    assert error.exit_code == 3
    assert error.seconds == float(TINY)
    assert error.doing  # a stage is named, e.g. "reading the cost"
    assert _no_alarm_left()


def test_api_steps_raises_the_documented_error():
    """`steps(timeout=…)` raises TimeLimitError too."""
    with pytest.raises(TimeLimitError):
        logderiv.steps(f"d/dtheta_j ({BIG})\n= 0\n", timeout=float(TINY))
    assert _no_alarm_left()


def test_a_result_within_budget_is_unchanged():
    """A budget that is not reached changes nothing: the logistic gradient, derived under a generous limit."""
    plain = logderiv.derive("logistic")
    limited = logderiv.derive("logistic", timeout=600)
    assert limited.result == plain.result
    assert _no_alarm_left()


def test_a_non_positive_budget_is_bad_input():
    """timeout=0 is refused as bad input (exit 2), not taken as 'no time at all'."""
    with pytest.raises(logderiv.InputError):
        logderiv.derive("logistic", timeout=0)


def _spin(seconds: float) -> None:
    """Busy Python work for up to ``seconds`` (a bound, so that a broken limit fails instead of hanging)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_an_inner_limit_cannot_extend_the_outer_one():
    """A limit inside a shorter one (a check inside a command's budget) still ends at the outer's end."""
    with pytest.raises(TimeLimit):
        with limit(0.05):
            with limit(600) as inner:
                assert inner.end <= time.monotonic() + 0.05
                _spin(30)
    assert _no_alarm_left()


def test_leaving_an_inner_limit_rearms_the_outer_one():
    """After an inner limit is left, the outer's timer is armed again, and it still stops the work."""
    with pytest.raises(TimeLimit):
        with limit(0.2):
            try:
                with limit(0.01):
                    _spin(30)
            except TimeLimit:
                pass
            assert signal.getitimer(signal.ITIMER_REAL)[0] > 0
            _spin(30)
    assert _no_alarm_left()


def test_budget_names_the_stage_and_what_was_done():
    """The error of :func:`budget` says the stage reached and the stages finished before it."""
    with pytest.raises(TimeLimitError) as caught:
        with budget(0.05):
            stage("reading the cost")
            stage("deriving")
            _spin(30)
    assert caught.value.doing == "deriving"
    assert caught.value.done == ("reading the cost",)
    assert "while deriving (done: reading the cost)" in caught.value.message


def test_gradcheck_reference_over_budget_exits_3(run, tmp_path):
    """gradcheck's --timeout bounds deriving the reference gradient too: exit 3, the stage named."""
    code = tmp_path / "grad.py"
    code.write_text("def gradient(theta, X, y):\n    return theta\n", encoding="utf-8")
    result = run("gradcheck", f"{code}:gradient", "--cost", BIG, "--timeout", TINY)
    assert result.exit_code == 3, result.output
    assert f"time limit of {TINY} s was reached while deriving the reference gradient" in result.stderr
    assert _no_alarm_left()
