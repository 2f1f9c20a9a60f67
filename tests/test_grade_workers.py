"""logderiv grade's workers: a hard per-answer limit kept from outside, crashes survived, results in order.

The hooks in ``_grade_hooks`` stand in for a worker that hangs (past check's own
time limit, which they switch off) and one that is killed mid-run.
"""

from __future__ import annotations

import dataclasses

import pytest

import _grade_hooks
from logderiv.grading import graded, pool
from logderiv.grading.question import question_from
from logderiv.grading.submissions import Row

QUESTION = question_from({"cost": "logistic", "points": 4, "credit": {"sign": 0.25, "factor": 0.5}})


def _rows(answers):
    return [Row(number, {"id": f"s{number}", "answer": text}, text, f"s{number}") for number, text in
            enumerate(answers, 1)]


@pytest.fixture
def short_grace(monkeypatch):
    monkeypatch.setattr(pool, "HARD_GRACE", 0.3)  # kept by the parent, which is this process


def test_a_hanging_answer_is_undecided_and_the_run_goes_on(short_grace):
    answers = ["1/m * sum((h - y) x_j)", "HANG", "1/m * sum((y - h) x_j)", "sum((h-y) x_j)"]
    # a limit generous enough for a loaded machine: the hang is stopped at 3 + 0.3 s all the same
    grades = list(graded(_rows(answers), QUESTION, jobs=2, timeout=3, judge_one=_grade_hooks.judge))
    # worked by hand: right; hung; sign flipped (1/4 of 4 points); 1/m left out (1/2 of 4 points)
    assert [grade.verdict for grade in grades] == ["equivalent", "undecided", "different", "different"]
    assert [grade.score for grade in grades] == [4.0, None, 1.0, 2.0]
    assert "time limit of 3 s was reached (the worker was stopped)" in grades[1].outcome.reason
    assert [grade.row.number for grade in grades] == [1, 2, 3, 4]


def test_the_answer_waiting_behind_a_hanging_one_is_judged_by_the_next_worker(short_grace):
    """A worker holds the next answer in its pipe while it judges one; killing it must not lose that answer."""
    answers = ["HANG", "1/m * sum((h - y) x_j)", "1/m * sum((y - h) x_j)"]
    assert pool.AHEAD >= 2  # the second answer is sent before the first is judged
    grades = list(graded(_rows(answers), QUESTION, jobs=1, timeout=3, judge_one=_grade_hooks.judge))
    # worked by hand: hung; right; sign flipped (1/4 of 4 points)
    assert [grade.verdict for grade in grades] == ["undecided", "equivalent", "different"]
    assert [grade.score for grade in grades] == [None, 4.0, 1.0]


def test_a_worker_killed_mid_run_is_replaced(short_grace):
    answers = ["1/m * sum((h - y) x_j)", "DIE", "1/m * sum((y - h) x_j)", "DIE", "1/m * sum((h - y) x_j) "]
    grades = list(graded(_rows(answers), QUESTION, jobs=1, timeout=5, judge_one=_grade_hooks.judge))
    assert [grade.verdict for grade in grades] == ["equivalent", "undecided", "different", "undecided", "equivalent"]
    assert "killed by signal 9" in grades[1].outcome.reason
    assert grades[1].score is None and grades[3].score is None


def test_workers_that_never_start_stop_the_run_with_an_internal_error():
    from logderiv.errors import InternalError

    # a question whose cost cannot be derived in the worker (never validated here): each worker dies at start
    broken = dataclasses.replace(QUESTION, cost="lgo(h)")
    with pytest.raises(InternalError, match="keep stopping"):
        list(graded(_rows(["1/m * sum((h - y) x_j)"]), broken, jobs=1, timeout=5))


def test_the_same_grades_with_one_worker_two_or_none():
    answers = ["1/m * sum((h - y) x_j)", "1/m * sum((y - h) x_j)", "lgo(h)", "", "sum((h-y) x_j)",
               "1/m *  sum((h - y) x_j)", "X' * (h - y)"]
    # a limit no answer reaches on a loaded machine: the runs are compared for what they judge, not for time
    runs = [list(graded(_rows(answers), QUESTION, jobs=jobs, timeout=120, full=True)) for jobs in (None, 1, 2)]
    assert runs[0] == runs[1] == runs[2]
    assert [grade.verdict for grade in runs[0]] == ["equivalent", "different", "unreadable", "unreadable",
                                                    "different", "equivalent", "different"]


def test_the_forkserver_warm_up_judges_right_and_wrong_answers_then_drops_its_checkers():
    """The warm-up (imported by the forkserver) goes through both paths a worker takes, and leaves no checker.

    A worker must judge from a checker no answer has been through: the warm-up's are dropped.
    """
    import importlib

    from logderiv import _api
    from logderiv.grading import warmup
    from logderiv.grading.judging import judge
    from logderiv.grading.question import Question

    assert "logderiv.grading.warmup" in pool._PRELOAD
    importlib.reload(warmup)  # runs the warm-up again, in this process
    assert _api._checker.cache_info().currsize == 0
    assert _api._convention_checker.cache_info().currsize == 0
    # worked by hand: h − y and σ(θᵀx) − y are right; y − σ(θᵀx) plus 2, and a sum with no 1/m, are not
    verdicts = [judge(answer, Question(cost="logistic"), timeout=10).verdict for answer in warmup.ANSWERS]
    assert verdicts == ["equivalent", "different", "equivalent", "different"]


@pytest.mark.parametrize("own", [None, "500"])
def test_the_forkserver_starts_with_sympys_cache_sized_for_grading_and_this_process_keeps_its_environment(
        monkeypatch, own):
    """sympy reads SYMPY_CACHE_SIZE when the forkserver imports it: set for that start only; a user's value wins."""
    import multiprocessing
    import os
    from multiprocessing import forkserver

    if own is None:
        monkeypatch.delenv("SYMPY_CACHE_SIZE", raising=False)
    else:
        monkeypatch.setenv("SYMPY_CACHE_SIZE", own)
    seen = []
    monkeypatch.setattr(forkserver, "ensure_running", lambda: seen.append(os.environ.get("SYMPY_CACHE_SIZE")))
    pool._ensure_forkserver(multiprocessing.get_context("forkserver"))
    assert seen == [own or str(pool.SYMPY_CACHE_SIZE)]
    assert os.environ.get("SYMPY_CACHE_SIZE") == own


def test_an_answer_sent_to_a_worker_that_died_stays_in_line():
    """A worker killed by the answer before can be gone when the next is sent: the pipe is broken.

    The send used to raise BrokenPipeError out of the run (test_a_worker_killed_mid_run_is_replaced failed so,
    now and then, in the full suite); now the answer is not counted as given, and the run's loop leaves it first
    in line for the worker that replaces the dead one.
    """
    from collections import deque

    class Closed:
        def send(self, _task):
            raise BrokenPipeError(32, "Broken pipe")

    worker = pool._Worker.__new__(pool._Worker)  # no process: only the pipe's end matters here
    worker.conn, worker.tasks, worker.given = Closed(), deque(), 0.0
    assert worker.give((7, "1/m * sum((h - y) x_j)")) is False
    assert not worker.tasks and worker.task is None
