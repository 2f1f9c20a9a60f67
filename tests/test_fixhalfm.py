"""fixhalfm (issue 10): one rule for "a half, then the count" — and a note for ``λ/mθ_j``.

A half written right before the count of the examples, where a sum follows (``\\frac{1}{2}m\\sum…``,
``(1/2) m sum(…)``, ``0.5m Σ…``, ``\\frac{\\lambda}{2}m\\sum_j θ_j²``), was read by its braces as (m/2)·Σ with no note,
where ``½m`` and ``\\frac12m`` were refused: a cost m/2 times its own sum is never what a writer of ML notes means,
and a student who typed ``\\frac{1}{2}m`` for 1/(2m) got a confident "different" (m² off). Every spelling is now
refused as ``½m`` is, by one message naming both readings, with the caret at the count and a hint writing each so
that it says which. A written product (``\\frac{1}{2}\\cdot m``), ``\\frac{m}{2}``, ``\\frac{1}{2m}``,
``\\frac{1}{2}\\frac{1}{m}``, ``\\frac{1}{2}m^{-1}`` and a half before a sum with no count keep their readings.

``λ/mθ_j`` (a slash's count glued to the parameter after it) was read as (λ/m)·θⱼ with no note: it is read so still,
and now says so, as ``1/2m`` does.

Every truth here is worked by hand and held to central finite differences of NumPy costs written here, or judged by
the corpus judge against a hand-worked verdict — never against logderiv's own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv.cli import main

RNG = np.random.default_rng(1002)
X = RNG.normal(size=(6, 3))
Y = RNG.normal(size=6)


def _mean_square(d):
    """(1/(2m)) Σᵢ (θᵀxᵢ − yᵢ)², the mean's factor 1/(2m)."""
    return float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m)


def _scaled_square(d):
    """(m/2) Σᵢ (θᵀxᵢ − yᵢ)², the literal reading of a half times the count."""
    return d.m / 2 * float(np.sum((d.X @ d.theta - d.y) ** 2))


# ---------------------------------------------------------------- the two readings really differ
def test_the_two_readings_of_a_half_before_the_count_have_gradients_m_squared_apart():
    """By hand: ∇ (m/2)Σr² = m·Xᵀr, ∇ Σr²/(2m) = Xᵀr/m: m² apart (m = 6 here)."""
    theta = np.array([0.4, -0.2, 0.7])
    m = len(Y)
    mean = central_differences(lambda t: float(np.sum((X @ t - Y) ** 2)) / (2 * m), theta)
    scaled = central_differences(lambda t: m / 2 * float(np.sum((X @ t - Y) ** 2)), theta)
    assert mean == pytest.approx(X.T @ (X @ theta - Y) / m, abs=1e-6)
    assert scaled == pytest.approx(m * m * mean, rel=1e-6)
    assert not np.allclose(scaled, mean)


def test_the_two_readings_of_lambda_over_2_before_the_count_differ_in_the_penalty():
    """By hand: ∂/∂θ (λ/(2m))Σθ² = λθ/m, ∂/∂θ (λm/2)Σθ² = λmθ."""
    theta, lam, m = np.array([0.4, -0.2, 0.7]), 0.3, len(Y)
    penalty = central_differences(lambda t: lam / (2 * m) * float(np.sum(t ** 2)), theta)
    scaled = central_differences(lambda t: lam * m / 2 * float(np.sum(t ** 2)), theta)
    assert penalty == pytest.approx(lam * theta / m, abs=1e-7)
    assert scaled == pytest.approx(lam * m * theta, abs=1e-6)


# ---------------------------------------------------------------- refused, every spelling, one message
_SQUARE = r"(\theta^Tx^{(i)} - y^{(i)})^2"
_REFUSED = [
    # (cost, what the message quotes, the count letter)
    (r"\frac{1}{2}m\sum_{i=1}^m " + _SQUARE, r"\frac{1}{2}m", "m"),
    (r"\frac{1}{2} m \sum_{i=1}^{m} " + _SQUARE, r"\frac{1}{2} m", "m"),
    (r"J(\theta) = \tfrac{1}{2}m\sum_{i=1}^m " + _SQUARE, r"\tfrac{1}{2}m", "m"),
    (r"\dfrac{1}{2} N \sum_{i=1}^N " + _SQUARE, r"\dfrac{1}{2} N", "N"),
    (r"\frac{1}{2}n\sum_{i=1}^{n} " + _SQUARE, r"\frac{1}{2}n", "n"),
    (r"\frac{1}{2}K\sum_{k=1}^K (\theta^Tx^{(k)} - y^{(k)})^2", r"\frac{1}{2}K", "K"),
    (r"0.5 m \sum_i (\theta^Tx_i - y_i)^2", "0.5 m", "m"),
    ("(1/2)m sum((theta^T x - y)^2)", "(1/2)m", "m"),
    ("(1/2) m sum((theta^T x - y)^2)", "(1/2) m", "m"),
    ("0.5m sum((theta^T x - y)^2)", "0.5m", "m"),
    ("0.5 m Σᵢ (θᵀxᵢ − yᵢ)²", "0.5 m", "m"),
]


@pytest.mark.parametrize("cost, shown, letter", _REFUSED)
def test_a_half_right_before_the_count_and_a_sum_is_refused_naming_both_readings(cost, shown, letter):
    """Was read (m/2)·Σ with no note (the braces/brackets taken to decide), where ½m and \\frac12m were refused."""
    error = refused(logderiv.derive, cost)
    said = error.message
    assert f"'{shown}' is ambiguous" in said
    assert f"(1/2)·{letter}" in said and f"1/(2{letter})" in said and "the mean's factor" in said
    assert error.column is not None and cost[error.column] == letter
    assert error.hint is not None
    assert f"1/(2{letter})" in error.hint or f"\\frac{{1}}{{2{letter}}}" in error.hint
    assert f"({letter}/2)" in error.hint or f"\\frac{{{letter}}}{{2}}" in error.hint


@pytest.mark.parametrize("cost, shown", [
    (r"\frac{1}{2m}\sum_i (\theta^Tx_i - y_i)^2 + \frac{\lambda}{2}m\sum_j\theta_j^2", r"\frac{\lambda}{2}m"),
    (r"\frac{1}{2m}\sum_i (\theta^Tx_i - y_i)^2 + \frac{\lambda}{2} m \sum_{j=1}^n\theta_j^2", r"\frac{\lambda}{2} m"),
    ("1/(2m) sum((theta^T x - y)^2) + (lambda/2)m sum_j theta_j^2", "(lambda/2)m"),
])
def test_lambda_over_2_right_before_the_count_and_the_penalty_is_refused(cost, shown):
    """λ/2 then m before the penalty's sum: (λ/2)·m or λ/(2m), the penalty's factor (m² apart, above)."""
    error = refused(logderiv.derive, cost)
    assert f"'{shown}' is ambiguous" in error.message and "the penalty's factor" in error.message
    numerator = shown.split("}")[0].split("{")[-1] if shown.startswith("\\") else "lambda"
    assert f"{numerator}/(2m)" in error.message
    assert error.column is not None and cost[error.column] == "m"


def test_the_refusal_reaches_check_so_a_student_gets_no_confident_different():
    """The student who typed \\frac{1}{2}m for 1/(2m) and the mean's gradient: refused, not 'different'."""
    cost = r"J(\theta) = \frac{1}{2}m\sum_{i=1}^m " + _SQUARE
    error = refused(logderiv.check, r"\frac{1}{m}\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}", cost=cost)
    assert "is ambiguous" in error.message and "1/(2m)" in error.message


def test_the_shorthand_and_the_vulgar_fraction_say_the_same_message_with_the_caret_at_the_count():
    """One mechanism: ½m, \\frac12m and \\frac{1}{2}m\\sum give one message family, the caret at the count."""
    for cost in ("½m Σᵢ (θᵀxᵢ − yᵢ)²", r"\frac12m\sum_i (\theta^Tx_i - y_i)^2",
                 r"\frac{1}{2}m\sum_i (\theta^Tx_i - y_i)^2"):
        error = refused(logderiv.derive, cost)
        assert "is ambiguous: (1/2)·m, as " in error.message
        assert ", or 1/(2m), the mean's factor, as 1/2m is read in ML notes" in error.message
        assert error.column is not None and cost[error.column] == "m"


def test_the_cli_shows_the_caret_at_the_count():
    cost = "(1/2) m sum((theta^T x - y)^2)"
    shown = CliRunner().invoke(main, ["derive", cost])
    assert shown.exit_code != 0
    lines = shown.output.splitlines()
    written = next(k for k, line in enumerate(lines) if cost in line)
    caret = lines[written + 1]
    assert caret.index("^") - lines[written].index(cost) == cost.index(" m ") + 1


# ---------------------------------------------------------------- what says which, still read
@pytest.mark.parametrize("cost", [
    r"\frac{1}{2m}\sum_{i=1}^m " + _SQUARE,
    r"\frac{1}{2}\cdot\frac{1}{m}\sum_{i=1}^m " + _SQUARE,
    r"\frac{1}{2} \frac{1}{m}\sum_{i=1}^m " + _SQUARE,
    r"\frac{1}{2}m^{-1}\sum_{i=1}^m " + _SQUARE,
    "1/(2m) sum((theta^T x - y)^2)",
])
def test_the_mean_written_so_that_it_says_which_is_read(cost):
    assert_gradient_read(cost, _mean_square)


@pytest.mark.parametrize("cost", [
    r"\frac{m}{2}\sum_{i=1}^m " + _SQUARE,
    r"\frac{1}{2}\cdot m\sum_{i=1}^m " + _SQUARE,
    "(m/2) sum((theta^T x - y)^2)",
])
def test_the_product_written_so_that_it_says_which_is_read(cost):
    """\\frac{m}{2} and a written \\cdot say the product: read literally, m/2 times the sum (the hint's spelling)."""
    assert_gradient_read(cost, _scaled_square)


def test_a_half_before_a_sum_with_no_count_is_still_the_half():
    def half_sum(d):
        return float(np.sum((d.X @ d.theta - d.y) ** 2)) / 2
    assert_gradient_read(r"\frac{1}{2}\sum_{i=1}^m " + _SQUARE, half_sum)
    assert_gradient_read("(1/2) sum((theta^T x - y)^2)", half_sum)


# ---------------------------------------------------------------- λ/mθ_j, noted
_COST = "1/(2m) sum((theta^T x - y)^2) + lambda/(2m) sum_j theta_j^2"
_NOTE = "as ML notes mean it (not "


@pytest.mark.parametrize("answer, shown", [
    ("1/m sum((theta^T x - y) x_j) + λ/mθ_j", "read λ/mθ_j as (λ/m)·θ_j"),
    (r"\frac{1}{m}\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)})x_j^{(i)} + \lambda/m\theta_j",
     r"read \lambda/m\theta_j as (\lambda/m)·\theta_j"),
])
def test_a_count_glued_to_the_parameter_after_a_slash_is_read_as_the_penalty_gradient_and_noted(answer, shown):
    """By hand: ∂/∂θⱼ of λ/(2m) Σθₖ² is (λ/m)θⱼ, so the right answer is equivalent; the reading is now said."""
    assert_verdict_read(answer, _COST, "equivalent")
    notes = notes_of(logderiv.check(answer, cost=_COST))
    assert any(shown in note and _NOTE in note for note in notes), notes


def test_the_glued_count_note_in_every_format():
    answer = "1/m sum((theta^T x - y) x_j) + λ/mθ_j"
    runner = CliRunner()
    shown = runner.invoke(main, ["check", answer, "--cost", _COST, "-f", "json"])
    assert shown.exit_code == 0, shown.output
    assert any("(λ/m)·θ_j" in note for note in json.loads(shown.output)["notes"])
    text = runner.invoke(main, ["check", answer, "--cost", _COST, "-f", "text"])
    assert "note:" in text.output and "(λ/m)·θ_j" in text.output
    for form in ("latex", "markdown"):
        other = runner.invoke(main, ["check", answer, "--cost", _COST, "-f", form])
        assert other.exit_code == 0, other.output
        said = other.output.replace("\\_", "_")  # TeX and Markdown escape the underscore
        assert "as ML notes mean it (not " in said and ("(λ/m)·θ_j" in said or "(\\lambda/m)\\cdot\\theta_j" in said), form


def test_a_spaced_plain_count_before_the_parameter_is_read_without_that_note():
    """lambda/m theta_j: spaced apart, the parameter is plainly a factor; read (λ/m)·θⱼ, equivalent, no such note."""
    answer = "1/m sum((theta^T x - y) x_j) + lambda/m theta_j"
    assert_verdict_read(answer, _COST, "equivalent")
    assert not any("(lambda/m)·theta_j" in note for note in notes_of(logderiv.check(answer, cost=_COST)))
