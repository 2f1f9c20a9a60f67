"""`logderiv grade --resume`: an interrupted run goes on from its checkpoint, no row lost, none graded twice.

The checkpoint (logderiv/grading/checkpoint.py) is tested at three depths: the
file itself (a torn last line, a line out of order, another run's checkpoint),
many random interruptions of a run with a judge that counts its calls (every row
judged exactly once, the outcomes those of an uninterrupted run), and the
command killed with SIGKILL mid-run and resumed (the output byte for byte an
uninterrupted run's).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.grading import graded
from logderiv.grading.checkpoint import Checkpoint, checkpoint_path
from logderiv.grading.judging import Outcome
from logderiv.grading.question import question_from
from logderiv.grading.submissions import Row

QUESTION = question_from({"cost": "logistic", "points": 2, "credit": {"sign": 0.5}})


def _rows(count: int) -> list[Row]:
    return [Row(number, {"id": f"s{number}", "answer": f"a{number % 37}"}, f"a{number % 37}", f"s{number}")
            for number in range(1, count + 1)]


class CountingJudge:
    """A judge whose outcome is a function of the answer alone (as check's is), counting every call.

    ``stop_after`` raises KeyboardInterrupt (a Ctrl-C) on that call, before judging it.
    """

    def __init__(self, stop_after: int | None = None) -> None:
        self.calls: list[str] = []
        self.stop_after = stop_after

    def __call__(self, answer, question, *, timeout, full=False):
        if self.stop_after is not None and len(self.calls) == self.stop_after:
            raise KeyboardInterrupt
        self.calls.append(answer)
        number = int(answer[1:])
        if number % 3 == 0:
            return Outcome(verdict="equivalent", method="symbolic")
        return Outcome(verdict="different", method="numeric", kinds=("sign",), messages=(f"slip {number}",),
                       notes=(f"note {number}",))


def _run(rows, path, run, judge, *, resume, resumed_at=None):
    """One grading run with a checkpoint, as the command makes it: the grades, or None when interrupted.

    ``resumed_at`` (a list) is told how many rows the checkpoint held when the run started.
    """
    checkpoint = Checkpoint(path, run, resume=resume)
    if resumed_at is not None:
        resumed_at.append(len(checkpoint.done))
    grades = []
    try:
        for made in graded(rows, QUESTION, jobs=None, timeout=5, judge_one=judge, done=checkpoint.done,
                           record=checkpoint.record):
            grades.append(made)
    except KeyboardInterrupt:
        checkpoint.close(finished=False)
        return None
    checkpoint.close(finished=True)
    return grades


def _first_seen(rows) -> list[str]:
    return list(dict.fromkeys(row.answer for row in rows))


def test_an_interrupted_run_resumes_where_it_stopped(tmp_path):
    rows = _rows(30)
    path = tmp_path / "out.csv.checkpoint"
    first = CountingJudge(stop_after=10)
    assert _run(rows, path, "run-1", first, resume=False) is None
    second = CountingJudge()
    grades = _run(rows, path, "run-1", second, resume=True)
    whole = _run(rows, tmp_path / "other.checkpoint", "run-1", CountingJudge(), resume=False)
    assert [grade.outcome for grade in grades] == [grade.outcome for grade in whole]
    assert [grade.row.number for grade in grades] == list(range(1, 31))
    # the first ten rows (ten distinct answers) were judged before the interruption and not again
    assert first.calls == [f"a{n}" for n in range(1, 11)]
    assert second.calls == [f"a{n}" for n in range(11, 31)]
    assert not path.exists()  # a finished run's checkpoint is removed


def test_random_interruptions_lose_no_row_and_judge_none_twice(tmp_path):
    """Many runs, each interrupted at a random row, some with the last line torn as a kill mid-write leaves it."""
    rng = random.Random(7)
    rows = _rows(120)  # 37 distinct answers: a resumed run still shares answers with the rows graded before
    expected = [grade.outcome for grade in _run(rows, tmp_path / "whole", "r", CountingJudge(), resume=False)]
    for trial in range(20):
        path = tmp_path / f"trial{trial}.checkpoint"
        resume = False
        while True:
            judge = CountingJudge(stop_after=rng.randrange(0, 12))
            resumed_at: list[int] = []
            grades = _run(rows, path, "r", judge, resume=resume, resumed_at=resumed_at)
            # the rows the checkpoint held are not judged again: the calls are the answers of the rows after
            # them, each once, in order
            assert judge.calls == _first_seen(rows[resumed_at[0]:])[:len(judge.calls)]
            if grades is not None:
                break
            resume = True
            if rng.random() < 0.3 and path.stat().st_size > 200:
                with open(path, "r+b") as file:  # a torn last line: its row must be graded again, not lost
                    file.truncate(path.stat().st_size - rng.randrange(1, 20))
        assert [grade.outcome for grade in grades] == expected
        assert [grade.row.number for grade in grades] == list(range(1, 121))
        assert not path.exists()


def test_a_torn_last_line_is_cut_off_and_its_row_graded_again(tmp_path):
    rows = _rows(8)
    path = tmp_path / "c"
    assert _run(rows, path, "r", CountingJudge(stop_after=5), resume=False) is None
    whole_lines = path.read_bytes()
    path.write_bytes(whole_lines[:-7])  # row 4's line (0-based) torn
    checkpoint = Checkpoint(path, "r", resume=True)
    assert len(checkpoint.done) == 4
    checkpoint.close(finished=False)
    assert path.read_bytes() == whole_lines[:whole_lines.rstrip(b"\n").rfind(b"\n") + 1]


def test_a_line_out_of_order_ends_what_is_read(tmp_path):
    path = tmp_path / "c"
    assert _run(_rows(8), path, "r", CountingJudge(stop_after=3), resume=False) is None
    lines = path.read_text().splitlines(keepends=True)
    entry = json.loads(lines[2])
    entry["row"] = 5  # a line that does not name the next row is not trusted, nor anything after it
    path.write_text("".join(lines[:2]) + json.dumps(entry) + "\n" + lines[3])
    checkpoint = Checkpoint(path, "r", resume=True)
    assert len(checkpoint.done) == 1
    checkpoint.close(finished=False)


def test_another_runs_checkpoint_is_refused(tmp_path):
    path = tmp_path / "c"
    assert _run(_rows(8), path, "run-a", CountingJudge(stop_after=3), resume=False) is None
    with pytest.raises(InputError, match="checkpoint of another run"):
        Checkpoint(path, "run-b", resume=True)
    path.write_text("not a checkpoint\n")
    with pytest.raises(InputError, match="not a checkpoint"):
        Checkpoint(path, "run-a", resume=True)


def test_resume_needs_an_output_file(tmp_path):
    (tmp_path / "q.toml").write_text('cost = "logistic"\n')
    (tmp_path / "a.csv").write_text("id,answer\ns1,1/m * sum((h - y) x_j)\n")
    result = CliRunner().invoke(main, ["grade", str(tmp_path / "a.csv"), "--question", str(tmp_path / "q.toml"),
                                       "--resume"])
    assert result.exit_code == 2
    assert "--resume continues a run that writes --out FILE" in result.stderr


# --- the command, killed and resumed -----------------------------------------------------------------------------


def _class(path: Path, count: int) -> None:
    """A class file of distinct answers (each judged by check, a fraction of a second each), right and wrong."""
    lines = ["id,answer"]
    for number in range(1, count + 1):
        factor = f"{number}/({number}*m)"  # 1/m, written differently by each student
        body = "(h - y) x_j" if number % 4 else "(y - h) x_j"
        lines.append(f"s{number},{factor} * sum({body})")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _grade_command(tmp_path: Path, out: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "logderiv", "grade", str(tmp_path / "class.csv"), "--question",
            str(tmp_path / "q.toml"), "--out", str(tmp_path / out), "--jobs", "1", *extra]


@pytest.fixture(scope="module")
def class_folder(tmp_path_factory):
    """A question, a 40-row class file, and its output graded without interruption (whole.csv)."""
    folder = tmp_path_factory.mktemp("class")
    (folder / "q.toml").write_text('cost = "logistic"\npoints = 2\n[credit]\nsign = 0.5\n')
    _class(folder / "class.csv", 40)
    whole = subprocess.run(_grade_command(folder, "whole.csv"), env=_ENV, capture_output=True, text=True,
                           timeout=600, check=False)
    assert whole.returncode == 0, whole.stderr
    return folder


_ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}


def _stopped_mid_run(folder: Path, out: str, how: signal.Signals) -> tuple[int, str]:
    """``grade … --out OUT`` started and sent ``how`` once its checkpoint holds five rows: its exit status, stderr."""
    checkpoint = checkpoint_path(str(folder / out))
    # a Ctrl-C reaches the command as from a terminal, however pytest was started: a suite run in the background
    # (``&``, nohup) inherits SIGINT ignored, Python then installs no handler, and the run finished with exit 0
    process = subprocess.Popen(_grade_command(folder, out), env=_ENV, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if checkpoint.exists() and checkpoint.read_text(encoding="utf-8").count("\n") >= 6:  # header + 5 rows
            break
        time.sleep(0.02)
    if process.poll() is not None:
        process.communicate()
        pytest.skip("the run finished before it could be stopped (a very fast machine)")
    process.send_signal(how)
    _, stderr = process.communicate(timeout=60)
    return process.returncode, stderr


def _resumed_to_the_same_output(folder: Path, out: str) -> None:
    checkpoint = checkpoint_path(str(folder / out))
    assert not (folder / out).exists()  # nothing half-written
    graded_before = checkpoint.read_text(encoding="utf-8").count("\n") - 1
    assert 5 <= graded_before < 40
    resumed = subprocess.run(_grade_command(folder, out, "--resume"), env=_ENV, capture_output=True, text=True,
                             timeout=600, check=False)
    assert resumed.returncode == 0, resumed.stderr
    assert f"resuming: {graded_before} of 40 rows were graded before" in resumed.stderr
    assert (folder / out).read_bytes() == (folder / "whole.csv").read_bytes()
    assert not checkpoint.exists()


def test_the_command_killed_mid_run_resumes_to_the_same_output(class_folder):
    status, _ = _stopped_mid_run(class_folder, "killed.csv", signal.SIGKILL)
    assert status == -signal.SIGKILL
    _resumed_to_the_same_output(class_folder, "killed.csv")


def test_ctrl_c_says_how_to_go_on_and_resume_finishes_the_run(class_folder):
    status, stderr = _stopped_mid_run(class_folder, "stopped.csv", signal.SIGINT)
    assert status == 3  # no output was written: exit 3, as for a full disk
    assert "interrupted after" in stderr and "nothing was written to" in stderr
    assert "--resume" in stderr
    assert "Traceback" not in stderr  # the workers ignore Ctrl-C; the parent stops them
    _resumed_to_the_same_output(class_folder, "stopped.csv")
