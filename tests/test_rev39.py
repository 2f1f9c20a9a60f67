"""rev39: an outside review of the stop's change (int39..rev39), each finding pinned before its mend.

1. entry_loops._COLUMN_START (new in this stop) was a module-level ``re.compile`` (tests/test_patterns.py's rule:
   every module-level pattern goes through patterns.compile) whose ``\\s*;?\\s*`` ending and ``[^,()']+`` before
   ``\\s*,`` split a run of spaces two ways: quadratic in a setting's length (8,000 spaces, 0.2 s in one call).
2. function_body._julia_function said a Julia function "never uses its parameter 'm'" of ``… / 2m``: Julia's
   juxtaposed coefficient 2m is 2·m, a use of m; the refusal's sentence was untrue (the text is refused anyway,
   ``/2m`` being ambiguous to the plain reader, which is the true reason); so for a vararg ``theta...``.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences


@pytest.mark.parametrize(("value", "column"), [
    (" zeros(size(theta));", True), ("zeros(n, 1)", True), (" zeros (n , 1) ; ", True), ("0;", True),
    ("[ ]", True), ("zeros(size(X, 2), 1)", True), ("zeros(size (X, 2), 1)", True), ("ones(n,1)", True),
    ("zeros(1, n)", False), ("zeros(size(theta'))", False), ("theta' * 0", False), ("zeros(n, n)", False),
])
def test_the_column_start_reads_as_before(value, column):
    from logderiv.notation.entry_loops import column_start
    assert column_start("grad", [f"grad = {value}"]) is column


def test_the_column_start_is_no_eager_pattern_and_splits_no_run_of_spaces():
    from logderiv import patterns
    from logderiv.notation import entry_loops
    assert isinstance(entry_loops._COLUMN_START, patterns._Deferred)
    source = entry_loops._COLUMN_START.pattern
    assert r"\s*;?\s*" not in source and "[^,()']+" not in source


def _linear_gradient(X, y, theta):
    return X.T @ (X @ theta - y) / len(y)


def test_the_hand_gradient_of_the_linear_cost():
    rng = np.random.default_rng(39)
    X, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    cost = lambda t: np.sum((X @ t - y) ** 2) / (2 * len(y))  # noqa: E731
    assert np.allclose(central_differences(cost, theta), _linear_gradient(X, y, theta), atol=1e-6)
    # Julia's X'*(X*theta - y)/2m is X'(Xθ − y)/(2m): half the gradient, never it
    assert not np.allclose(X.T @ (X @ theta - y) / (2 * len(y)), _linear_gradient(X, y, theta))


def test_a_julia_parameter_used_as_a_juxtaposed_coefficient_is_not_called_unused():
    from logderiv.cli import main
    from click.testing import CliRunner
    answer = "function grad(X, y, theta, m)\n    return X'*(X*theta - y)/2m\nend"
    result = CliRunner().invoke(main, ["check", "-f", "text", "--cost", "linear", "--wrt", "theta_j", answer])
    assert result.exit_code == 2, result.output  # refused (2m under a '/' is ambiguous), never judged
    assert "never uses its parameter 'm'" not in result.output + (result.stderr or "")
    # the same with 2*m: read, and the half gradient called different; (1/m)*… equivalent
    for value, code in (("X'*(X*theta - y)/(2*m)", 1), ("X'*(X*theta - y)/m", 0), ("X'*(X*theta - y)/(2m)", 1)):
        text = f"function grad(X, y, theta, m)\n    return {value}\nend"
        result = CliRunner().invoke(main, ["check", "-f", "text", "--cost", "linear", "--wrt", "theta_j", text])
        assert result.exit_code == code, (value, result.output, result.stderr)


def test_a_julia_vararg_is_refused_as_one_not_called_unused():
    # function g(x...) return x end: x... gathers the arguments into a tuple; the value does use x, so the refusal
    # must not say the function never uses it
    from logderiv.cli import main
    from click.testing import CliRunner
    text = "function g(X, y, theta...)\n    return X'*(X*theta - y)/length(y)\nend"
    result = CliRunner().invoke(main, ["check", "-f", "text", "--cost", "linear", "--wrt", "theta_j", text])
    assert result.exit_code == 2, result.output
    said = result.output + (result.stderr or "")
    assert "never uses its parameter" not in said and "theta..." in said
