"""audit33b: adversarial audit of fixf74b (Octave's for(i=1:m), a loop computing J and grad together, a gradient
built entry by entry in a Python list, grad(2:end) + c .* theta(2:end)').

Expected values are worked out by hand (and by NumPy where a gradient is asked), never copied from logderiv."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

import logderiv
from _reading import refused_by_logderiv
from logderiv.errors import LogderivError
from logderiv.notation import statements
from work import assert_linear


# ------------------------------------------------------------------ bounded work
def test_a_loop_of_many_sums_stays_fast():
    # fixf74b's refusal of a loop line using another of the loop's sums checked every sum against every line: with
    # 1,700 sums (24,000 characters) re's pattern cache overflowed and one fold took minutes (int33: under a second)
    # counted, not timed (tests/work.py): 48 sums and 192 make about 40,000 and 150,000 calls (3.7x); the quadratic
    # check before 79a77fff made 110,000 and 1,300,000 (12x). Sizes under re's cache of 512 patterns, whose overflow
    # (past a few hundred sums) adds a compile per sum: linear, but a step between two sizes across it
    def fold(n: int) -> Callable[[], object]:
        text = "for i = 1:m\n" + "".join(f"a{k} += y(i);\n" for k in range(n)) + "end\nJ = a1"

        def both() -> None:
            for call in (lambda: statements.fold(text), lambda: statements.fold(text, answer=True, wrt="theta_j")):
                try:
                    call()
                except LogderivError:
                    pass
        return both

    assert_linear(fold, 48)


def test_a_running_sum_named_with_theta_is_still_seen():
    # the names a line reads are found as _SET names them (θs, not only ASCII): J += θs*y(i) beside θs += y(i)
    # reads θs's running sum, Σ over the examples so far, no one example's value; refused as fixf74b refuses it
    text = "for i = 1:m\n  θs += y(i);\n  J += θs*y(i);\nend\nJ = J/m"
    with pytest.raises(LogderivError, match="running sum"):
        logderiv.derive(text, wrt="theta_j")


# ------------------------------------------------------------------ the list built entry by entry (pasted.appended_entries)
AI42 = (
    "res = []\n    for j in range(len(theta)):\n"
    "        line = sum([(theta.dot(x[i]) - y[i]) * (x[i][j])  for i in range(len(x))]) / len(x) \n"
    "        res.append(line)\n    return (np.array(res))"
)
AI42_COST = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(h_{\theta}(x_i) - y_i)^2"
AI42_LETS = (r"h_{\theta}(x_i) = \theta \cdot x_i",)


def _crashes(code_body: str) -> bool:
    """Whether the Python lines (the list built per entry) fail when run on a small data set."""
    rng = np.random.default_rng(33)
    scope = {"np": np, "x": rng.normal(size=(4, 3)), "y": rng.normal(size=4), "theta": rng.normal(size=3),
             "h": rng.normal(size=4), "m": 4}
    lines = code_body.split("\n")
    least = min(len(line) - len(line.lstrip()) for line in lines[1:])  # AI42's lines after the first: 4 more
    lines = [lines[0], *(line[least:] for line in lines[1:])]
    source = "def f():\n" + "\n".join("    " + line for line in lines)
    try:
        exec(source, scope)  # the test's own fixed code, not user text
        return scope["f"]().shape != (3,)
    except Exception:
        return True


@pytest.mark.parametrize("temp", ["y", "x", "sum", "np"])
def test_a_per_entry_name_that_the_value_reads_is_refused(temp):
    # line = … renamed y: y = sum([(theta.dot(x[i]) - y[i]) * x[i][j] …]) sets y to a number on the first pass,
    # and the second reads y[i] of that number (IndexError): the code computes no gradient; fixf74b: "equivalent"
    text = AI42.replace("line", temp)
    assert _crashes(text)
    refused_by_logderiv(lambda: logderiv.check(text, cost=AI42_COST, wrt="theta_j", let=AI42_LETS))


@pytest.mark.parametrize("name", ["x", "theta"])
def test_a_list_named_as_the_data_or_the_parameters_is_refused(name):
    # x = [] then x[i][j]: the empty list indexed (IndexError); theta = [] then range(len(theta)): no pass, an
    # empty array. fixf74b read x[i][j] as the data's x_j[i] (and the loop over theta's entries) and said
    # "equivalent"
    text = ("res = []\nfor j in range(len(theta)):\n    res.append(sum([(h[i] - y[i]) * x[i][j] for i in range(m)]) / m)\n"
            "return np.array(res)").replace("res", name)
    assert _crashes(text)
    lets = (*AI42_LETS, r"h_i = \theta \cdot x_i")
    refused_by_logderiv(lambda: logderiv.check(text, cost=AI42_COST, wrt="theta_j", let=lets))
    # the same lines with the list named res are the gradient (held by fixf74b's tests): still read
    fine = text.replace(f"{name} = []", "res = []").replace(f"{name}.append", "res.append").replace(
        f"np.array({name})", "np.array(res)")
    assert not _crashes(fine)
    assert logderiv.check(fine, cost=AI42_COST, wrt="theta_j", let=lets).verdict == "equivalent"


# ------------------------------------------------------------------ Octave's y(i,1) said in the loop's note
BAWEY = (
    "for(i=1:m)\n\tJ+=(  -1*y(i,1)*log(sigmoid(X(i,:)*theta)) - (1-y(i,1))*log(1-sigmoid(X(i,:)*theta))) ;\n"
    "\tgrad=grad .+ (X(i,:))'*(sigmoid(X(i,:)*theta)-y(i,1));\nend;\n\nJ/=size(X,1);\ngrad/=size(X,1);"
)


def test_the_column_entry_reading_is_noted():
    # fixf74b read y(i,1) as yᵢ with no word of it (its loop note names only v[i] and v(i)): right for the column
    # y, not for a matrix's first column, so the reading is said
    verdict = logderiv.check(BAWEY, cost="J = -(y'*log(sigmoid(X*theta)) + (1-y)'*log(1-sigmoid(X*theta)))/m",
                             wrt="theta_j", let=("m = length(y)",))
    assert verdict.verdict == "equivalent"
    assert any("y(i,1) is read as entry i of y, y taken to be a column" in note for note in verdict.notes)
