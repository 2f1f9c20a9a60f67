"""Judges for grading workers that misbehave on purpose: module-level, so a worker process can import them.

``judge`` judges as logderiv does, except for two answers that stand for a bug
in a worker: ``HANG`` sleeps far past any time limit (a hang inside sympy,
which check's own limit would not stop), ``DIE`` kills its own process
(a crash, or a kill -9 from outside).
"""

from __future__ import annotations

import os
import signal
import time

from logderiv.grading.judging import judge as real_judge


def judge(answer, question, *, timeout, full=False):
    if answer == "HANG":
        signal.signal(signal.SIGALRM, signal.SIG_IGN)  # nothing inside the worker may stop it: only the parent
        time.sleep(3600)
    if answer == "DIE":
        os.kill(os.getpid(), signal.SIGKILL)
    return real_judge(answer, question, timeout=timeout, full=full)
