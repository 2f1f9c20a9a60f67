"""audit33b: adversarial audit of fixf74b (Octave's for(i=1:m), a loop computing J and grad together, a gradient
built entry by entry in a Python list, grad(2:end) + c .* theta(2:end)').

Expected values are worked out by hand (and by NumPy where a gradient is asked), never copied from logderiv."""

from __future__ import annotations

import time

import pytest

from logderiv.errors import LogderivError
from logderiv.notation import statements


# ------------------------------------------------------------------ bounded work
def test_a_loop_of_many_sums_stays_fast():
    # fixf74b's refusal of a loop line using another of the loop's sums checked every sum against every line: with
    # 1,700 sums (24,000 characters) re's pattern cache overflowed and one fold took minutes (int33: under a second)
    text = "for i = 1:m\n" + "".join(f"a{k} += y(i);\n" for k in range(1700)) + "end\nJ = a1"
    start = time.perf_counter()
    for call in (lambda: statements.fold(text), lambda: statements.fold(text, answer=True, wrt="theta_j")):
        try:
            call()
        except LogderivError:
            pass
    assert time.perf_counter() - start < 6.0
