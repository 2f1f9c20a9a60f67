"""Review findings on sums and counts (F1, F3, F4, F9, F11 and an exit-4 crash): each input as a
student writes it is either read as the writer means it, with a note, or refused with its column.

Gradients are judged independently (``_oracle``), or against an equivalent spelling that was
always read right.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import logderiv
from logderiv.cli import main
from logderiv.errors import InputError


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=True)


# --- F3: the cost's count letter (N counts the examples) is the answer's too --------------------

COUNTS = [
    # (answer, cost, wrt, letter)
    ("2/N sum (w^T x - y) x_j", r"\frac{1}{N}\sum_{i=1}^{N}(y_i - w^T x_i)^2", "w_j", "N"),
    ("2/n sum (theta^T x - y) x_j", r"\frac{1}{n}\sum_{i=1}^{n}(y_i - \theta^T x_i)^2", "theta_j", "n"),
    # the crash of F5 (exit 4, IndexException while diagnosing): now the right reading
    ("-2/N sum (y - (a x + b))", r"\frac{1}{N}\sum_{i=1}^{N}(y_i - (ax_i + b))^2", "b", "N"),
    ("-2/N sum (y - (w x + b))", r"\frac{1}{N}\sum_{i=1}^{N}(y_i - (w x_i + b))^2", "b", "N"),
]


@pytest.mark.parametrize("answer, cost, wrt, letter", COUNTS)
def test_the_cost_count_letter_carries_into_the_answer(answer, cost, wrt, letter):
    verdict = logderiv.check(answer, cost=cost, wrt=wrt)
    assert verdict.verdict == "equivalent", verdict
    assert f"{letter} counts the examples in the cost: the answer's {letter} is read as m too" in verdict.notes


@pytest.mark.parametrize("answer, cost, wrt, letter", COUNTS)
def test_a_wrong_answer_with_the_carried_count_stays_different(answer, cost, wrt, letter):
    verdict = logderiv.check(answer.replace("2/", "3/"), cost=cost, wrt=wrt)
    assert verdict.verdict == "different"
    # the count is m, never sampled as a free (negative) real
    assert all(value.name != letter for value in verdict.counterexample.values)


def test_the_crash_command_exits_cleanly():
    """`check '-2/N sum (y - (m x + b))' …` once gave exit 4 (IndexException): the slope m is refused."""
    result = run("check", "-2/N sum (y - (m x + b))", "--cost",
                 r"\frac{1}{N}\sum_{i=1}^{N}(y_i - (mx_i + b))^2", "--wrt", "b", "-f", "text")
    assert result.exit_code == 2, result.output
    assert "a slope" in result.output


def test_a_wrong_one_feature_answer_is_diagnosed_without_a_crash():
    """The diagnosis no longer differentiates a one-feature cost by xⱼ⁽ⁱ⁾ (IndexException)."""
    result = run("check", "-3/N sum (y - (a x + b))", "--cost",
                 r"\frac{1}{N}\sum_{i=1}^{N}(y_i - (ax_i + b))^2", "--wrt", "b", "-f", "text")
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.output


def test_a_count_only_the_answer_bounds_is_refused_when_the_cost_leaves_it_a_scalar():
    """The mirror case: the answer's bound makes N the count, the cost's N is a quantity of its own."""
    answer = r"\frac{2}{N}\sum_{n=1}^{N}(w^T x_n - y_n) x_{n,j}"
    with pytest.raises(InputError) as caught:
        logderiv.check(answer, cost=r"\frac{1}{N}\sum_{i}(y_i - \mathbf{w}^T\mathbf{x}_i)^2", wrt="w_j")
    assert "N counts the examples in the answer" in caught.value.message
    assert caught.value.column == answer.index(r"\sum")
