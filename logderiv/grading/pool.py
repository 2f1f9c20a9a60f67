"""Worker processes that judge answers, each answer under a hard time limit kept from outside the worker.

The parent keeps each worker :data:`AHEAD` answers ahead: the one it is
judging and the next, waiting in its pipe, so that a worker never waits for
the parent to be scheduled between two answers (on a loaded machine that was
milliseconds an answer). It waits on the workers' pipes and process sentinels
together. An answer's limit runs from when its worker starts it: when the
answer is sent to an idle worker, or when the answer before it comes back. An
answer not judged within its limit gets its worker killed (and replaced): the
answer is ``undecided`` with the reason, the answer waiting behind it goes
back to the queue, and the run goes on. A worker that dies (a crash in sympy,
a ``kill -9``) is replaced the same way. Workers come from a ``forkserver`` that
has imported logderiv and sympy once, and judged a few answers to warm the
caches every worker would otherwise fill by itself (:mod:`.warmup`); each
derives the question's gradient once, before it takes its first answer (that
time counts against no answer).
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..errors import InternalError
from ..records.grading import Outcome, Question
from .judging import judge, undecided

if TYPE_CHECKING:
    from multiprocessing.context import ForkServerContext, SpawnContext

    from .derivations import FileAnswer

    #: what :func:`_context` gives: a forkserver (POSIX) or spawn (Windows) context
    _Context = ForkServerContext | SpawnContext

__all__ = ["judged_in_workers", "start_early", "HARD_GRACE", "AHEAD"]

#: beyond its --timeout an answer gets this long (check itself stops at the limit and says so) before the kill
HARD_GRACE = 2.0
#: a worker that has not derived the gradient in this long is stuck: the run stops (a bug, not an answer)
_START_LIMIT = 120.0
#: workers that die before taking any answer, in a row, before the run gives up
_START_FAILURES = 3
#: answers in flight per worker: the one being judged and the next, already in its pipe
AHEAD = 2
#: modules the forkserver imports once, so a new worker starts warm; the last judges a few answers (its docstring)
_PRELOAD = ["logderiv._api", "logderiv.services.check", "logderiv.render.verdict", "logderiv.grading.judging",
            "logderiv.grading.warmup"]


def judged_in_workers(tasks: Iterable[tuple[int, str | FileAnswer]], question: Question, *, jobs: int, timeout: float,
                      full: bool = False, judge_one: Callable[..., Outcome] = judge) -> Iterator[tuple[int, Outcome]]:
    """``(key, outcome)`` for each ``(key, answer)`` of ``tasks``, as they finish (not in order).

    ``judge_one`` (a module-level function, since it crosses to the workers) is
    :func:`~logderiv.grading.judging.judge`; tests give a judge that hangs or dies.
    """
    pending: deque[tuple[int, str | FileAnswer]] = deque(tasks)
    if not pending:
        return
    context = _context()
    _ensure_forkserver(context)
    workers: list[_Worker] = []
    failures = 0
    try:
        for _ in range(min(jobs, len(pending))):
            workers.append(_Worker(context, question, timeout, full, judge_one))
        while pending or any(worker.tasks for worker in workers):
            for worker in workers:
                while worker.ready and len(worker.tasks) < AHEAD and pending:
                    if not worker.give(pending[0]):
                        break  # it died since it last answered: the answer stays first in line, poll replaces it
                    pending.popleft()
            handles = [handle for worker in workers for handle in (worker.conn, worker.process.sentinel)]
            wait(handles, timeout=_next_deadline(workers, timeout))
            for index, worker in enumerate(workers):
                result, replace = worker.poll(timeout)
                if result is not None:
                    yield result
                if replace:
                    pending.extendleft(reversed(worker.tasks))  # the answers waiting behind: judged by the next
                    failures = failures + 1 if not worker.served else 0
                    if failures >= _START_FAILURES:
                        raise InternalError(f"grading workers keep stopping before judging any answer "
                                            f"({worker.death()})",
                                            hint="this is a bug in logderiv; run again with --jobs 1 --debug")
                    worker.stop()
                    workers[index] = _Worker(context, question, timeout, full, judge_one)
    finally:
        for worker in workers:
            worker.stop()


def start_early() -> None:
    """Start the forkserver now, so that its import of sympy runs while this process reads and derives the question."""
    _ensure_forkserver(_context())


#: the entries of sympy's cache in the workers (sympy's default is 1,000): a worker builds the same
#: sub-expressions (σ(θᵀx⁽ⁱ⁾), the sums, the gradient's terms) for answer after answer, and with 1,000 they
#: were pushed out between two answers; with 10,000 a process judged the distinct answers 5-15 % faster (the
#: spread of interleaved runs on a loaded machine) for 3 MB more
SYMPY_CACHE_SIZE = 10_000


def _ensure_forkserver(context: _Context) -> None:
    """The forkserver running, with sympy's cache sized for grading (unless SYMPY_CACHE_SIZE says otherwise).

    sympy reads the size from the environment when it is first imported, which in the forkserver is at its
    start: the variable is set for that start only, and this process's environment is left as it was.
    """
    if context.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    if "SYMPY_CACHE_SIZE" in os.environ:
        forkserver.ensure_running()
        return
    os.environ["SYMPY_CACHE_SIZE"] = str(SYMPY_CACHE_SIZE)
    try:
        forkserver.ensure_running()
    finally:
        del os.environ["SYMPY_CACHE_SIZE"]


def _context() -> _Context:
    """A forkserver where there is one (POSIX), with logderiv preloaded; spawn elsewhere. Never a bare fork."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


def _next_deadline(workers: list[_Worker], timeout: float) -> float:
    now = time.monotonic()
    deadlines = [worker.deadline(timeout) for worker in workers]
    return max(0.0, min(deadlines) - now) if deadlines else 0.1


class _Worker:
    """One worker process, its pipe, and the answer it is judging (with when it was given)."""

    def __init__(
        self, context: _Context, question: Question, timeout: float, full: bool, judge_one: Callable[..., Outcome]
    ) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, question, timeout, full, judge_one), daemon=True)
        self.process.start()
        child.close()
        self.born = time.monotonic()
        self.ready = False
        self.served = False
        #: the answers sent and not yet judged, in order: the first is being judged
        self.tasks: deque[tuple[int, str | FileAnswer]] = deque()
        #: when the first of them was started
        self.given = 0.0

    @property
    def task(self) -> tuple[int, str | FileAnswer] | None:
        """The answer being judged, if any."""
        return self.tasks[0] if self.tasks else None

    def give(self, task: tuple[int, str | FileAnswer]) -> bool:
        """Send ``task`` to this worker; False if its pipe is closed (the process died: killed, or crashed)."""
        try:
            self.conn.send(task)
        except (BrokenPipeError, ConnectionResetError):
            # a worker killed while judging the answer before (or while idle): this answer was never given, so it
            # is not counted against this worker; poll finds the death and the next worker takes it
            return False
        if not self.tasks:
            self.given = time.monotonic()  # idle: it starts now (else when the one before it comes back)
        self.tasks.append(task)
        return True

    def deadline(self, timeout: float) -> float:
        if self.tasks:
            return self.given + timeout + HARD_GRACE
        return float("inf") if self.ready else self.born + _START_LIMIT

    def poll(self, timeout: float) -> tuple[tuple[int, Outcome] | None, bool]:
        """(a finished answer, or None; whether this worker must be replaced)."""
        try:
            if self.conn.poll():
                message = self.conn.recv()
                if message == "ready":
                    self.ready = True
                    return None, False
                key, outcome = message
                self.tasks.popleft()
                self.served, self.given = True, time.monotonic()  # the next answer, if one waits, starts now
                return (key, outcome), False
        except (EOFError, OSError):
            pass  # the pipe closed: the process is gone; its sentinel says so below
        now = time.monotonic()
        if not self.process.is_alive():
            return self._lost(f"the worker judging it stopped ({self.death()})"), True
        if now >= self.deadline(timeout):
            if self.task is None:
                raise InternalError(f"a grading worker did not start within {_START_LIMIT:g} s",
                                    hint="this is a bug in logderiv; run again with --jobs 1 --debug")
            self.process.kill()
            self.process.join()
            return self._lost(f"the time limit of {timeout:g} s was reached (the worker was stopped)"), True
        return None, False

    def _lost(self, reason: str) -> tuple[int, Outcome] | None:
        """The answer being judged, undecided for ``reason``; those behind it stay in ``tasks``, to be given again."""
        if not self.tasks:
            return None
        key = self.tasks.popleft()[0]
        self.served = True
        return key, undecided(reason)

    def death(self) -> str:
        code = self.process.exitcode
        if code is not None and code < 0:
            return f"killed by signal {-code}"
        return f"exit status {code}"

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def _serve(conn: Connection, question: Question, timeout: float, full: bool, judge_one: Callable[..., Outcome]) -> None:
    """A worker: derive the gradient once, say so, then judge each answer sent until the pipe closes."""
    import gc
    import signal

    from .question import ensure_derivable

    # Ctrl-C reaches every process of the terminal's group: the parent stops the run (and keeps its
    # checkpoint) and kills the workers; a worker's own KeyboardInterrupt would only print a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    ensure_derivable(question)
    gc.freeze()  # what the imports and the derivation made lives as long as the worker: not walked again
    conn.send("ready")
    while True:
        try:
            key, answer = conn.recv()
        except (EOFError, OSError):
            return
        conn.send((key, judge_one(answer, question, timeout=timeout, full=full)))

