"""Work counted, not timed: how a test bounds what an input costs.

The brief rules out timed assertions in tests: the machines are shared, and a wall-clock bound that held
by a factor of 300 on an idle core still failed in CI (a worker's garbage collection, a neighbour's load).
Time is measured in ``benchmarks/`` as ratios to a baseline of the same run. A test that guards against a
runaway (a reading that went quadratic, a search that went exponential) counts work instead: the function
calls Python makes while the code under test runs, every one of them, its own and the libraries' alike.
That count does not depend on the machine or its load, so a bound on it cannot flake; it moves only when
the code does.

Two ways to bound it:

* :func:`calls_made` gives the count, for an absolute cap (``calls < 2_000_000``: a reading that once made
  tens of millions of calls, now tens of thousands);
* :func:`assert_linear` runs an input built at two sizes and checks that four times the input makes at most
  ``ratio`` times the calls (linear work gives about 4, quadratic 16).

What the count cannot see is work inside one C call: a regular expression backtracking on a long line is
one call however long it runs. A guard against that kind of runaway lives in ``benchmarks/scaling.py``,
which times such inputs at two sizes as a ratio; the test keeps the assertion on what the input gives.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")


def calls_made(work: Callable[[], T]) -> tuple[T, int]:
    """``work()``'s result and the calls Python made while it ran (Python functions and built-ins alike).

    The profile hook is set for this thread and for any thread ``work`` starts, so that work handed to a
    thread (a time limit's worker) is counted too.
    """
    count = 0
    lock = threading.Lock()

    def tally(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "call" or event == "c_call":
            with lock:
                count += 1

    previous = sys.getprofile()
    previous_threads = threading.getprofile()
    threading.setprofile(tally)
    sys.setprofile(tally)
    try:
        result = work()
    finally:
        sys.setprofile(previous)
        threading.setprofile(previous_threads)
    return result, count


def assert_linear(build: Callable[[int], Callable[[], object]], size: int, ratio: float = 8.0) -> None:
    """Four times the input makes at most ``ratio`` times the calls: a quadratic reading (16×) fails.

    ``build(n)`` returns the work for an input of size ``n``. A run at size 1 comes first, so that caches
    any first call fills (sympy's, logderiv's) are filled before either counted run.
    """
    build(1)()
    _, small = calls_made(build(size))
    _, large = calls_made(build(4 * size))
    assert large <= ratio * small, f"{large:,} calls at size {4 * size} against {small:,} at size {size}"
