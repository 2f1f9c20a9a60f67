"""A few answers judged once in the workers' forkserver, so that every worker forked from it starts warm.

Importing this module *is* the warm-up: the forkserver can only be told
which modules to import (:data:`logderiv.grading.pool._PRELOAD`), and it
imports this one last. A worker forks from the forkserver, so what the
forkserver has imported, compiled and computed every worker has for
nothing. Importing the modules judging uses is not enough: a fresh
worker's first answers cost about 0.3 s more than the rest (issue 15's
measurements): the modules imported inside functions, the regular
expressions compiled on first use (:mod:`logderiv.patterns`), sympy's
cache, and the other presets' gradients the diagnosis compares a wrong
answer with. Done here once, that time is spent while the parent reads
the question and the submissions, instead of once in every worker.

The answers are a right and a wrong one in plain notation and in LaTeX, to
the default cost. The checkers made for them are dropped afterwards, so a
worker judges its question's answers from a fresh checker, exactly as a
new process does: only values that depend on nothing but their inputs
(compiled patterns, sympy's cache, a preset's gradient, the random
points) are kept. Nothing here may stop the forkserver: any error is
ignored (a worker then warms up by itself, as before).
"""

from __future__ import annotations

__all__ = ["ANSWERS"]

#: judged against the default cost: right and wrong, plain and LaTeX, a sum with its 1/m and without
ANSWERS = (
    "1/m * sum((h(x^(i)) - y^(i)) x_j^(i))",
    "1/m * sum((y - sigmoid(theta^T x)) * x_j) + 2",
    r"\frac{1}{m}\sum_{i=1}^{m}\left(\frac{1}{1+e^{-\theta^T x^{(i)}}} - y^{(i)}\right)x_j^{(i)}",
    r"\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)",
)


def _warm() -> None:
    from .. import _api
    from .judging import judge
    from ..records.grading import Question

    question = Question(cost="logistic")
    try:
        for answer in ANSWERS:
            judge(answer, question, timeout=10.0)
    finally:
        # the workers judge from a checker of their own making, never from one these answers were judged by
        _api.clear_checkers()


try:
    _warm()
except Exception:  # noqa: BLE001, S110 - a warm-up that fails costs time, never a grading run
    pass
