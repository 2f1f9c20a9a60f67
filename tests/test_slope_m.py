"""A slope named m beside another letter that counts the examples (``ŷ = m x + b``, ``MSE = 1/n Σᵢ₌₁ⁿ …``).

Blog posts on linear regression count the examples with n and call the slope m.
When the examples are counted by another letter and every bare m multiplies x
(or ``--wrt m`` differentiates by it), m is the slope: a parameter kept apart
from the count, noted, and printed as the writer wrote it (the count n, the
slope m). Gradients are judged against the same cost spelled with a slope that
was always a scalar (``a x_i``) and by the oracle (``_oracle.assert_gradient``),
never against logderiv's own output.
"""

from __future__ import annotations

import json

import pytest
import sympy
from click.testing import CliRunner

import logderiv
from _oracle import assert_equal, assert_gradient
from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.notation import read_problem

SLOPE_NOTE = "m is a quantity of its own here (the slope of m x), not the number of examples"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=True)


def _expanded(problem):
    return problem.expand_definitions(problem.cost)


READ = [
    # (cost, lets, the same cost with the slope spelled a, its lets, the counting letter)
    (r"\frac{1}{n}\sum_{i=1}^{n}(y_i - m x_i - c)^2", (), r"\frac{1}{n}\sum_{i=1}^{n}(y_i - a x_i - c)^2", (), "n"),
    (r"\frac{1}{N}\sum_{i=1}^{N}(m x_i + b - y_i)^2", (), r"\frac{1}{N}\sum_{i=1}^{N}(a x_i + b - y_i)^2", (), "N"),
    (r"mse = \frac{1}{n} \sum_{i=1}^{n} \left( y_i - (m x_i + b) \right)^2", (),
     r"\frac{1}{n}\sum_{i=1}^{n}(y_i - a x_i - b)^2", (), "n"),
    (r"\frac{1}{n}\sum_i (y_i - mx_i - b)^2", (), r"\frac{1}{n}\sum_{i=1}^{n}(y_i - a x_i - b)^2", (), "n"),
    ("1/n sum_i (y_i - m x_i - b)^2", (), "1/n sum_i (y_i - a x_i - b)^2", (), "n"),
    (r"\frac{1}{n}\sum_{i=1}^{n}(y_i - m x_i^2 - b)^2", (), r"\frac{1}{n}\sum_{i=1}^{n}(y_i - a x_i^2 - b)^2", (), "n"),
    (r"\frac{1}{n}\sum_{i=1}^{n}(y_i - m\cdot x_i - b)^2", (), r"\frac{1}{n}\sum_{i=1}^{n}(y_i - a x_i - b)^2", (), "n"),
    (r"\frac{1}{n}\sum_{i=1}^{n}(y_i - \hat y_i)^2", (r"\hat y_i = m\,x_i + b",),
     r"\frac{1}{n}\sum_{i=1}^{n}(y_i - \hat y_i)^2", (r"\hat y_i = a x_i + b",), "n"),
    ("1/n sum_i (y_i - y_pred)^2", ("y_pred = m*x + b",), "1/n sum_i (y_i - y_pred)^2", ("y_pred = a*x + b",), "n"),
]


@pytest.mark.parametrize("cost, lets, reference, reference_lets, letter", READ)
@pytest.mark.parametrize("wrt", ["m", "b_or_c"])
def test_a_slope_m_is_read_as_a_parameter(cost, lets, reference, reference_lets, letter, wrt):
    """m x_i with n (N) counting the examples: m is the slope, the gradient is the one of the cost spelled a x_i."""
    intercept = "c" if "c)" in cost else "b"
    wrt = intercept if wrt == "b_or_c" else wrt
    derivation = logderiv.derive(cost, wrt=wrt, let=lets)
    problem = derivation.problem
    assert any(note.startswith(SLOPE_NOTE) and f": {letter} counts them" in note for note in problem.notes)
    slope = sympy.Symbol("m")
    assert slope in _expanded(problem).free_symbols
    meant = read_problem(reference, wrt="a" if wrt == "m" else wrt, lets=reference_lets)
    assert_equal([_expanded(problem), _expanded(meant).xreplace({sympy.Symbol("a"): slope})])
    assert problem.wrt == (slope if wrt == "m" else sympy.Symbol(wrt))
    assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


def test_the_output_writes_the_count_n_and_the_slope_m():
    """Text, LaTeX and JSON print the writer's letters: (1/n) Σ and m xᵢ, never m for both."""
    cost = r"\frac{1}{n}\sum_{i=1}^{n}(y_i - m x_i - c)^2"
    text = run("derive", cost, "--wrt", "m", "-f", "text")
    assert text.exit_code == 0, text.output
    first = text.output.splitlines()[0]
    assert first == "∂J/∂m = ∂/∂m [(1/n) Σᵢ (y⁽ⁱ⁾ − c − m xᵢ)²]"
    assert "note: " + SLOPE_NOTE in text.output
    latex = run("derive", cost, "--wrt", "m", "-f", "latex")
    assert r"\frac{1}{n} \sum_{i=1}^{n}" in latex.output and r"\frac{1}{m}" not in latex.output
    data = json.loads(run("derive", cost, "--wrt", "m", "-f", "json").output)
    assert any(note.startswith(SLOPE_NOTE) for note in data["notes"])
    assert data["cost"]["latex"].startswith(r"\frac{1}{n} \sum_{i=1}^{n}")


def test_a_count_m_prints_as_m_again_after_a_slope():
    """The count's printed letter is the problem's own: a later cost with m as its count prints m."""
    run("derive", r"\frac{1}{n}\sum_{i=1}^{n}(y_i - m x_i - c)^2", "--wrt", "m", "-f", "text")
    again = run("derive", r"\frac{1}{m}\sum_{i=1}^{m}(y_i - a x_i - c)^2", "--wrt", "a", "-f", "text")
    assert again.output.splitlines()[0].startswith("∂J/∂a = ∂/∂a [(1/m) Σᵢ")


COST = r"\text{MSE} = \frac{1}{n}\sum_{i=1}^{n} (y_i - m x_i - c)^2"

VERDICTS = [
    # (answer, lets, wrt, verdict)
    (r"-\frac{2}{n}\sum_{i=1}^{n} x_i (y_i - m x_i - c)", (), "m", "equivalent"),
    (r"\frac{\partial \text{MSE}}{\partial m} = \frac{1}{n}\sum 2(y_i - m x_i - c)(-x_i)", (), "m", "equivalent"),
    (r"-\frac{2}{n}\sum_{i=1}^{n} x_i (y_i - \hat{y}_i)", (r"\hat{y}_i = m x_i + c",), "m", "equivalent"),
    (r"-\frac{2}{n}\sum_{i=1}^{n} (y_i - \hat{y}_i)", (r"\hat{y}_i = m x_i + c",), "c", "equivalent"),
    (r"-\frac{1}{n}\sum_{i=1}^{n} x_i (y_i - m x_i - c)", (), "m", "different"),  # the 2 lost
    (r"-\frac{2}{n}\sum_{i=1}^{n} (y_i - m x_i - c)", (), "m", "different"),  # the x_i lost
    ("-2/n sum_i x_i (y_i - m x_i - c)", (), "m", "equivalent"),
]


@pytest.mark.parametrize("answer, lets, wrt, verdict", VERDICTS)
def test_answers_with_the_slope_m_are_judged(answer, lets, wrt, verdict):
    """An answer's m beside x (and ∂/∂m on its left) is the cost's slope; verdicts worked by hand."""
    assert logderiv.check(answer, cost=COST, wrt=wrt, let=lets).verdict == verdict


def test_a_wrong_answer_names_the_count_as_the_cost_does():
    """The counterexample's diagnosis and the text verdict print the count n, the slope m."""
    result = run("check", r"-\frac{1}{n}\sum_{i=1}^{n} x_i (y_i - m x_i - c)", "--cost", COST, "--wrt", "m", "-f", "text")
    assert result.exit_code == 1, result.output
    assert "1/m" not in result.output


REFUSED = [
    # (cost, lets, wrt, label, column, said)
    (r"\frac{1}{n}\sum_{i=1}^{n}(y_i - m x_i - b)^2 + \frac{\lambda}{m} b^2", (), "b", "COST", 32,
     "'m' is a quantity of its own here"),
    (r"\frac{1}{n}\sum_{i=1}^{n}(y_i - \hat y_i)^2", (r"\hat y_i = m x_i + b + 1/m",), "b", "--let", 11,
     "'m' is a quantity of its own here"),
    ("1/n sum_i (y_i - m x_i - b)^2 / m", (), "b", "COST", 17, "cannot tell what 'm' is"),
    (r"\frac{1}{n}\sum_{i=1}^{n}(y_i - \hat y_i)^2", (r"\hat y_i = m + b x_i",), "b", "--let", 11,
     "'m' is a quantity of its own here"),
    (r"\frac{1}{n}\sum_{i=1}^{n}(y_i - m x_i - \theta^T x_i)^2", (), "m", "COST", 0, "also sums over features"),
]


@pytest.mark.parametrize("cost, lets, wrt, label, column, said", REFUSED)
def test_an_m_in_two_roles_is_refused(cost, lets, wrt, label, column, said):
    """m as a slope and a count at once, m neither beside x nor --wrt, or n naming both counts: refused at the m."""
    with pytest.raises(InputError) as caught:
        read_problem(cost, wrt=wrt, lets=lets)
    error = caught.value
    assert said in error.message
    assert (error.label, error.column) == (label, column)
    assert error.hint


def test_an_answer_writing_m_as_the_count_is_refused():
    """The cost's m is the slope; an answer's 1/m would be its count: refused, not judged."""
    with pytest.raises(InputError) as caught:
        logderiv.check("-2/m sum_i x_i (y_i - b x_i - c)", cost=COST, wrt="c")
    assert "'m' is the slope in the cost" in caught.value.message
    assert caught.value.label == "ANSWER" and caught.value.column == 3


def test_the_refusal_exits_2():
    result = run("derive", r"\frac{1}{n}\sum_{i=1}^{n}(y_i - m x_i - b)^2 + \frac{\lambda}{m} b^2", "--wrt", "b")
    assert result.exit_code == 2
    assert "^" in result.output


def test_m_counting_the_examples_is_unchanged():
    """\\frac{1}{m}\\sum_{i=1}^{m}: m is the count, as before; no slope note."""
    problem = read_problem(r"\frac{1}{m}\sum_{i=1}^{m} (a x_i + b - y_i)^2", wrt="b")
    assert not any(note.startswith(SLOPE_NOTE) for note in problem.notes)
    assert sympy.Symbol("m") not in _expanded(problem).free_symbols


def test_wrt_m_without_another_count_is_still_the_count():
    """--wrt m where m counts the examples stays refused: a constant (and, beside x, one letter in two roles)."""
    with pytest.raises(InputError) as caught:
        read_problem("1/(2m) sum((m x + b - y)^2)", wrt="m")
    assert "like a slope (m x), but m also counts the examples" in caught.value.message
    with pytest.raises(InputError) as caught:
        read_problem("1/(2m) sum((w x + b - y)^2)", wrt="m")
    assert "constant" in caught.value.message


# --- n dividing the squared residual of a cost in matrix form ------------------------------------

RESIDUAL_NOTE = "n counts the examples here: read as m (it divides the squared norm of the residual Xθ − y"

RESIDUAL_READ = [
    # (matrix form with n, the same cost in index form with m)
    (r"\frac{1}{n}||X\theta - y||^2 + \lambda ||\theta||^2",
     r"\frac{1}{m}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2 + \lambda \sum_{k=1}^{n}\theta_k^2"),
    (r"\frac{1}{n}\|X\theta - y\|^2 + \frac{\lambda}{n}\|\theta\|^2",
     r"\frac{1}{m}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{m}\sum_{k=1}^{n}\theta_k^2"),
    ("(X*theta - y)'*(X*theta - y)/(2*n)", "1/(2m) sum_i (theta^T x^(i) - y^(i))^2"),
    (r"\|X\theta - y\|^2 / (2n)", "1/(2m) sum_i (theta^T x^(i) - y^(i))^2"),
]


@pytest.mark.parametrize("cost, reference", RESIDUAL_READ)
def test_n_dividing_the_squared_residual_counts_the_examples(cost, reference):
    """1/n ‖Xθ − y‖²: Xθ − y has an entry per example, so n is their count (m), noted; same cost as the index form."""
    derivation = logderiv.derive(cost, wrt="theta_j")
    problem = derivation.problem
    assert any(note.startswith(RESIDUAL_NOTE) for note in problem.notes)
    meant = read_problem(reference, wrt="theta_j")
    assert_equal([_expanded(problem), _expanded(meant)])
    assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


@pytest.mark.parametrize(
    "cost, column",
    [
        (r"\frac{1}{2m}\|X\theta - y\|^2 + \frac{\lambda}{2n}\|\theta\|^2", 48),  # n divides only the penalty
        (r"\frac{1}{n}\|X\theta - y\|^2 + n \|\theta\|^2", 9),  # n also a quantity of its own
    ],
)
def test_n_in_matrix_form_otherwise_stays_refused(cost, column):
    """An n that could count the features, or is written in another role: refused at an n."""
    with pytest.raises(InputError) as caught:
        read_problem(cost, wrt="theta_j")
    assert "the number of examples or of features" in caught.value.message
    assert caught.value.column == column and cost[column] == "n"


def test_a_matrix_answer_in_n_follows_the_cost():
    """(2/n)Xᵀ(Xβ − y) against (1/n)‖Xβ − y‖²: the answer's n is the cost's count; a lost 2 is different."""
    cost = "MSE = (1/n)||Xβ − y||²"
    right = logderiv.check("(2/n)Xᵀ(Xβ − y)", cost=cost, wrt="beta_j")
    assert right.verdict == "equivalent"
    assert any("the answer's n is read as m too" in note for note in right.notes)
    assert logderiv.check("(1/n)Xᵀ(Xβ − y)", cost=cost, wrt="beta_j").verdict == "different"


# --- the notes and the other outputs of a slope's problem -----------------------------------------


def test_the_count_note_says_the_count_is_printed_as_written():
    """With a slope m, n's count note no longer says the features are counted by n (there are none)."""
    problem = read_problem(r"\frac{1}{n}\sum_{i=1}^{n}(y_i - m x_i - c)^2", wrt="m")
    assert "n counts the examples here: read as m, logderiv's count, printed n" in problem.notes
    assert not any("the features are counted by n" in note for note in problem.notes)


def test_steps_with_a_slope_m():
    """A derivation in n and m is checked line by line, printed in n; a line writing m as the count is refused there."""
    cost = r"\frac{1}{n}\sum_{i=1}^{n}(y_i - m x_i - c)^2"
    lines = "= \\frac{1}{n}\\sum_{i=1}^{n} 2(y_i - m x_i - c)(-x_i)\n= -\\frac{2}{n}\\sum_{i=1}^{n} x_i(y_i - m x_i - c)\n"
    result = CliRunner().invoke(main, ["steps", "-", "--cost", cost, "--wrt", "m", "-f", "text"], input=lines)
    assert result.exit_code == 0, result.output
    assert "the gradient: (2/n) Σᵢ (c + m xᵢ − y⁽ⁱ⁾) xᵢ" in result.output
    wrong = "= \\frac{1}{n}\\sum_{i=1}^{n} 2(y_i - m x_i - c)(-x_i)\n= -\\frac{2}{m}\\sum_{i=1}^{m} x_i(y_i - b x_i - c)\n"
    refused = CliRunner().invoke(main, ["steps", "-", "--cost", cost, "--wrt", "m", "-f", "text"], input=wrong)
    assert refused.exit_code == 2
    assert "'m' is the slope in the cost" in refused.output


def test_a_symbolic_verdict_says_for_every_n():
    """'the difference expands to zero, for every n': the count as written, and no features to name."""
    result = run("check", r"-\frac{2}{n}\sum_{i=1}^{n} x_i (y_i - m x_i - c)", "--cost", COST, "--wrt", "m", "-f", "text")
    assert result.exit_code == 0, result.output
    assert "for every n\n" in result.output


# m in two roles: it counts the examples (1/m, Σ to m, or the problem's count) and
# multiplies x like a slope. Read as the count, the m beside x would be a silent
# misread (no cost multiplies the input by the number of examples): refused at it.
TWO_ROLES = [
    # (command, the text the caret is in, its label, the column of the m beside x)
    (["derive", r"\frac{1}{m}\sum_{i=1}^{m}(y_i - m x_i - b)^2", "--wrt", "b"], "COST", 32),
    (["derive", "1/m sum_i (y_i - m*x_i - b)^2", "--wrt", "b"], "COST", 17),
    (["derive", "1/(2m) sum_i (y_i - (theta_0 + m*x_i))^2", "--wrt", "theta_0"], "COST", 31),
    (["derive", "1/m sum_i (y_i - yhat_i)^2", "--let", "yhat_i = m*x_i + b", "--wrt", "b"], "--let", 9),
    (["check", "-2/m sum_i (y_i - m*x_i - b)", "--cost", "1/m sum_i (y_i - a*x_i - b)^2", "--wrt", "b"], "ANSWER", 18),
]


@pytest.mark.parametrize(("args", "label", "column"), TWO_ROLES)
def test_m_counting_and_beside_x_is_refused_at_the_m(args, label, column):
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert f"(in {label})" in result.output
    assert "like a slope (m x)" in result.output
    text = next(a for a in args if "m*x_i" in a or "m x_i" in a)
    excerpt, caret = [line for line in result.output.splitlines() if line.startswith("  ")][:2]
    assert excerpt[2:] == text
    assert caret.index("^") - 2 == column
    assert text[column] == "m"


def test_a_slope_written_with_another_letter_still_reads():
    # the same answer and cost with the slope a: judged, and right (∂/∂b of (1/m)Σ(y − a x − b)² is −(2/m)Σ(y − a x − b))
    result = run("check", "-2/m sum_i (y_i - a*x_i - b)", "--cost", "1/m sum_i (y_i - a*x_i - b)^2", "--wrt", "b")
    assert result.exit_code == 0, result.output
