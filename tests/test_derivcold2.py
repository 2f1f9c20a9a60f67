"""Issue 10, the second blind held-out set of derivations (``tests/derivations_cold2/``), and derivations in matrix form.

What each derivation must yield was worked out by hand by its collector in
``expected.txt`` (never from logderiv's output). A derivation logderiv cannot
read is refused with exit 2 — a miss, counted by the ratchet; one it reads must
be judged exactly as by hand: a confident wrong ending or first wrong line fails
at once.

The focused tests work their expectations out by hand: for J = (1/(2m))(Xθ − y)ᵀ(Xθ − y),
∇J = (1/m)Xᵀ(Xθ − y) (checked below against central finite differences with NumPy, not
against logderiv), and (Xθ − y)ᵀ(Xθ − y) = θᵀXᵀXθ − θᵀXᵀy − yᵀXθ + yᵀy.
"""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from click.testing import CliRunner

from _derivations_table import outcome, read_table, review_of_page as _review, steps_of_page as _steps
from logderiv.cli import main

COLD = Path(__file__).parent / "derivations_cold2"

#: how many derivations of the set must be read and judged right: raise it as reading improves, never lower it
READ_AT_LEAST = 9

TABLE = read_table(COLD)


@pytest.fixture(scope="module")
def outcomes() -> dict[str, tuple[str, str]]:
    return {row.file: outcome(COLD, row) for row in TABLE}


@pytest.mark.parametrize("row", TABLE, ids=[row.file for row in TABLE])
def test_a_cold_derivation_read_is_judged_as_by_hand(row, outcomes):
    kind, detail = outcomes[row.file]
    assert kind != "wrong", detail


def test_enough_cold_derivations_are_read(outcomes):
    right = sorted(file for file, (kind, _) in outcomes.items() if kind == "right")
    assert len(right) >= READ_AT_LEAST, (right, {f: d for f, (k, d) in outcomes.items() if k == "refused"})


def test_the_matrix_form_derivations_are_read(outcomes):
    for file in ("cn_normal_eq_expand_yty_sign.md", "cn_normal_eq_nabla_2m.md", "cn_normal_eq_half_one_display.md",
                 "cn_trace_gradient.md", "obsidian_ols_nabla_set_zero.md", "cn_normal_eq_nabla_2m_planted_factor.md"):
        assert outcomes[file][0] == "right", (file, outcomes[file])


# -- focused: a derivation in matrix form, line by line ------------------------------------------------

_COST = r"$$J(\theta) = \frac{1}{2m}(X\theta - y)^T(X\theta - y)$$"


def test_the_mse_gradient_in_matrix_form_is_the_gradient_by_finite_differences():
    """The hand-worked ∇J = (1/m)Xᵀ(Xθ − y) the focused tests rely on, checked independently of logderiv."""
    generator = numpy.random.default_rng(7)
    m, n = 6, 3
    X, y, theta = generator.normal(size=(m, n)), generator.normal(size=m), generator.normal(size=n)

    def cost(t):
        r = X @ t - y
        return r @ r / (2 * m)

    h = 1e-6
    numeric = numpy.array([(cost(theta + h * e) - cost(theta - h * e)) / (2 * h) for e in numpy.eye(n)])
    assert numpy.allclose(numeric, X.T @ (X @ theta - y) / m, atol=1e-8)


def test_a_correct_matrix_derivation_ends_at_the_gradient(tmp_path):
    text = _COST + "\n\n" + (r"$$\nabla_\theta J(\theta) = \frac{1}{m}X^T(X\theta - y) = "
                             r"\frac{1}{m}(X^TX\theta - X^Ty)$$")
    code, ending, wrong, _ = _review(tmp_path, text)
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_sign_flipped_matrix_line_is_wrong_at_its_line(tmp_path):
    text = _COST + "\n\n" + (r"$$\nabla_\theta J(\theta) = \frac{1}{m}X^T(X\theta - y)$$" + "\n\n"
                             r"$$= \frac{1}{m}(X^Ty - X^TX\theta)$$")
    code, ending, wrong, _ = _review(tmp_path, text)
    assert (code, ending, wrong) == (1, "wrong", [5])


def test_a_dropped_one_over_m_is_wrong_at_the_first_line_of_the_gradient(tmp_path):
    text = _COST + "\n\n" + r"$$\nabla_\theta J(\theta) = X^T(X\theta - y)$$"
    code, ending, wrong, _ = _review(tmp_path, text)
    assert (code, ending, wrong) == (1, "wrong", [3])


def test_an_expansion_with_the_wrong_sign_of_yty_is_wrong_there(tmp_path):
    text = (r"$$J(\theta) = (X\theta - y)^T(X\theta - y)$$" + "\n\n"
            r"$$= \theta^TX^TX\theta - \theta^TX^Ty - y^TX\theta - y^Ty$$" + "\n\n"
            r"$$\nabla_\theta J = 2X^TX\theta - 2X^Ty$$")
    code, ending, wrong, _ = _review(tmp_path, text)
    assert (code, ending, wrong) == (1, "gradient", [3])


def test_a_trace_of_a_number_is_read_and_said_in_every_format(tmp_path):
    text = (r"$$\nabla_\theta J = \nabla_\theta \frac{1}{2}\mathop{tr}((X\theta - y)^T(X\theta - y)) "
            r"= X^TX\theta - X^Ty$$")
    for form in ("json", "text", "markdown"):
        result = _steps(tmp_path, text, "-f", form)
        assert result.exit_code == 0, (result.output, result.stderr)
        assert "tr(…) of a 1×1 matrix is its one entry" in result.stdout


def test_a_trace_of_a_larger_matrix_is_refused(tmp_path):
    text = r"$$\nabla_\theta J = \nabla_\theta \frac{1}{2}\mathop{tr}(X^TX) = X^TX\theta$$"
    result = _steps(tmp_path, text)
    assert result.exit_code == 2
    assert "tr(…) is read only of a 1×1 matrix" in result.stderr


def test_a_number_after_the_gradient_of_one_term_is_refused_naming_both_readings(tmp_path):
    text = r"$$\nabla_\theta J = \nabla_\theta \frac{1}{2}(X\theta - y)^T(X\theta - y) + m = X^TX\theta - X^Ty$$"
    result = _steps(tmp_path, text)
    assert result.exit_code == 2
    assert "is it under ∇ or added to the gradient?" in result.stderr
    assert "^" in result.stderr  # the caret under the place


def test_an_unknown_letter_in_a_matrix_line_is_refused(tmp_path):
    text = _COST + "\n\n" + r"$$\nabla_\theta J(\theta) = \frac{1}{m}X^T(X\theta - c)$$"
    result = _steps(tmp_path, text)
    assert result.exit_code == 2
    assert "'c' is not read" in result.stderr


def test_a_matrix_answer_to_check_is_read_as_before():
    result = CliRunner().invoke(main, ["check", "--cost", "linear", "1/m * X^T (X theta - y)"])
    assert result.exit_code == 0, (result.output, result.stderr)
