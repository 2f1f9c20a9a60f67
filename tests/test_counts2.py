"""Review 2, F8 and F7: a count written only as 1/N before a sum with no bound, and bold vectors.

F8: ``1/N Σᵢ …`` / ``1/n Σᵢ …`` / ``\\frac{1}{N}\\sum_i …`` is the mean over the N examples: N is read as m
(as the bounded ``\\sum_{i=1}^{N}`` already is), with a note; a letter also written in another role is refused.
Gradients are judged independently (``_oracle``) or against the bounded spelling that was always read right.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import logderiv
from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.notation import read_problem

from _oracle import assert_gradient


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=True)


# --- F8: 1/N before a sum with no bound counts its examples ---------------------------------------

F8_COMMANDS = [
    # (answer, cost, letter) — the review's three commands, all --wrt b
    ("2b - 2/n sum_i y_i", "MSE = 1/n sum_i (y_i - b)^2", "n"),
    ("-2/N sum_i (y_i - w x_i) + 2 b", "E = 1/N sum_i (y_i - (w x_i + b))^2", "N"),
    (r"-\frac{2}{N}\sum_i (y_i - w x_i) + 2b", r"\frac{1}{N}\sum_i (y_i - (w x_i + b))^2", "N"),
]


@pytest.mark.parametrize("answer, cost, letter", F8_COMMANDS)
def test_the_review_commands_are_equivalent_with_the_count_note(answer, cost, letter):
    result = run("check", answer, "--cost", cost, "--wrt", "b", "-f", "text")
    assert result.exit_code == 0, result.output
    assert "equivalent" in result.output
    assert f"{letter} counts the examples" in result.output


@pytest.mark.parametrize("answer, cost, letter", F8_COMMANDS)
def test_a_wrong_answer_stays_different(answer, cost, letter):
    wrong = answer.replace("2b", "3b").replace("2 b", "3 b")
    assert wrong != answer
    assert logderiv.check(wrong, cost=cost, wrt="b").verdict == "different"


UNBOUNDED = [
    # (written, the same cost with the bound written, letter)
    ("MSE = 1/n sum_i (y_i - b)^2", r"\frac{1}{n}\sum_{i=1}^{n} (y_i - b)^2", "n"),
    ("1/N sum_i (y_i - theta^T x_i)^2", r"\frac{1}{N}\sum_{i=1}^{N} (y_i - \theta^T x_i)^2", "N"),
    ("sum_i (y_i - theta^T x_i)^2 / N", r"\sum_{i=1}^{N} (y_i - \theta^T x_i)^2 / N", "N"),
    ("1/(2M) sum_i (y_i - theta^T x_i)^2 + lambda/(2M) sum_j theta_j^2",
     r"\frac{1}{2M}\sum_{i=1}^{M} (y_i - \theta^T x_i)^2 + \frac{\lambda}{2M}\sum_{j=1}^{n}\theta_j^2", "M"),
    (r"\frac{1}{N}\sum_i (y_i - (w x_i + b))^2", r"\frac{1}{N}\sum_{i=1}^{N} (y_i - (w x_i + b))^2", "N"),
    (r"-\frac{1}{N}\sum_i \left[y_i\log \sigma(\theta^T x_i) + (1-y_i)\log(1-\sigma(\theta^T x_i))\right]",
     r"-\frac{1}{N}\sum_{i=1}^{N} \left[y_i\log \sigma(\theta^T x_i) + (1-y_i)\log(1-\sigma(\theta^T x_i))\right]", "N"),
]


@pytest.mark.parametrize("written, bounded, letter", UNBOUNDED)
def test_an_unbounded_mean_reads_as_the_bounded_one(written, bounded, letter):
    wrt = "b" if "b)" in written else "theta_j"
    problem = read_problem(written, wrt=wrt)
    reference = read_problem(bounded, wrt=wrt)
    assert problem.expand_definitions(problem.cost) == reference.expand_definitions(reference.cost)
    assert any(note.startswith(f"{letter} counts the examples here: read as m") for note in problem.notes)
    derivation = logderiv.derive(written, wrt=wrt)
    assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


def test_n_read_as_the_count_says_the_features_need_another_name():
    problem = read_problem("1/n sum_i (y_i - theta^T x_i)^2")
    assert any("the features are counted by n in the output" in note for note in problem.notes)


REFUSED = [
    # (cost, the column of the letter in another role, what the message says)
    ("1/N sum_i (y_i - N x_i)^2", 17, "'N' is also written as a quantity of its own"),
    ("1/n sum_i (y_i - m - b x_i)^2", 17, "a slope"),  # an m beside x is the slope: test_slope_m.py
    ("1/N sum_i (y_i - b)^2 + lambda/(2m) sum_j theta_j^2", 33, "counted by both 'N' and 'm'"),
    (r"\frac{1}{n}\sum_i (y_i - \sum_{j=1}^{n} w_j x_{ij})^2", 9, "'n' also bounds a sum over the features"),
    (r"\frac{1}{N}\sum_i (y_i - m - b x_i)^2", 25, "a slope"),
]


@pytest.mark.parametrize("cost, column, said", REFUSED)
def test_a_count_letter_in_another_role_is_refused(cost, column, said):
    with pytest.raises(InputError) as caught:
        logderiv.derive(cost, wrt="b" if "b)" in cost else "theta_j")
    assert said in caught.value.message
    assert caught.value.column == column
    assert caught.value.hint


def test_the_refusal_exits_2_with_a_caret():
    result = run("derive", "1/N sum_i (y_i - N x_i)^2", "-f", "text")
    assert result.exit_code == 2, result.output
    assert "^" in result.output and "Traceback" not in result.output


def test_a_bound_of_m_reads_a_1_over_N_beside_it_as_the_same_count():
    """``\\frac{1}{N}\\sum_{i=1}^{m}``: N beside the sum over the m examples counts them too (issue 10,
    f5-jubaer): a free constant N, taken silently, was a misread; now read as m, and noted."""
    problem = read_problem(r"\frac{1}{N}\sum_{i=1}^{m} (y_i - b)^2")
    assert "N" not in {symbol.name for symbol in problem.cost.free_symbols}
    assert any("N beside the sum over the m examples" in note for note in problem.notes)


def test_the_answer_follows_the_cost_and_says_it_once():
    verdict = logderiv.check("2b - 2/n sum_i y_i", cost="MSE = 1/n sum_i (y_i - b)^2", wrt="b")
    assert verdict.verdict == "equivalent"
    assert "n counts the examples in the cost: the answer's n is read as m too" in verdict.notes
    # an answer that also writes n as a quantity of its own is refused, at that n
    answer = "2b - 2/n sum_i y_i + n"
    with pytest.raises(InputError) as caught:
        logderiv.check(answer, cost="MSE = 1/n sum_i (y_i - b)^2", wrt="b")
    assert caught.value.column == len(answer) - 1


# --- F7: a bold (or arrowed) letter is a vector, never a one-feature scalar --------------------------

BOLD_COST = r"J(\mathbf{w},b) = \frac{1}{2m}\sum_{i=0}^{m-1}(\mathbf{w}\cdot\mathbf{x}^{(i)} + b - y^{(i)})^2"
VECTOR_WRONG = (r"\frac{1}{m}\sum_{i=0}^{m-1}\left((\mathbf{x}^{(i)}\cdot\mathbf{x}^{(i)})\mathbf{w}"
                r" + (b - y^{(i)})\mathbf{x}^{(i)}\right)")


def test_the_review_command_is_refused_bold_w_is_a_vector():
    # --wrt w is the whole gradient now (as w_j), and the answer's (x·x)w, flattened to x x w, names no one dot
    # product: refused there (read as x(wᵀx) it was a false "equivalent" by w_j)
    for wrt in ("w", "w_j"):
        result = run("check", VECTOR_WRONG, "--cost", BOLD_COST, "--wrt", wrt, "-f", "text")
        assert result.exit_code == 2, result.output
        assert "three whole vectors" in result.output
        assert "equivalent" not in result.output


def test_derive_by_a_bare_bold_w_is_the_whole_gradient():
    """--wrt w beside a cost in the vector w is ∇_w J, entry j the derivative --wrt w_j takes; noted (issue 10)."""
    by_vector, by_component = logderiv.derive(BOLD_COST, wrt="w"), logderiv.derive(BOLD_COST, wrt="w_j")
    assert by_vector.result == by_component.result
    assert any(note.startswith("--wrt w names the whole vector w") for note in by_vector.problem.notes)


def test_by_w_j_the_bold_cost_is_the_vector_model():
    derivation = logderiv.derive(BOLD_COST, wrt="w_j")
    problem = derivation.problem
    assert not any("is a scalar here" in note for note in problem.notes)
    reference = read_problem(r"\frac{1}{2m}\sum_{i=1}^{m}(w^T x^{(i)} + b - y^{(i)})^2", wrt="w_j")
    assert problem.expand_definitions(problem.cost) == reference.expand_definitions(reference.cost)
    assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


@pytest.mark.parametrize("cost", [
    r"\frac{1}{2m}\sum_{i=1}^{m}(\vec{w}\cdot\vec{x}^{(i)} + b - y^{(i)})^2",
    r"\frac{1}{2m}\sum_{i=1}^{m}(\boldsymbol{w} \cdot \mathbf{x}^{(i)} + b - y^{(i)})^2",
    r"\frac{1}{2m}\sum_{i=1}^{m}(w \cdot \mathbf{x}^{(i)} + b - y^{(i)})^2",
    r"\frac{1}{2m}\sum_{i=1}^{m}(\mathbf w x^{(i)} + b - y^{(i)})^2",
])
def test_any_bold_or_arrowed_letter_blocks_the_scalar_reading(cost):
    # by the whole w, the gradient of the vector model (entry j as by w_j), never of a one-feature scalar w
    derivation = logderiv.derive(cost, wrt="w")
    assert not any("is a scalar here" in note for note in derivation.problem.notes)
    assert any(note.startswith("--wrt w names the whole vector w") for note in derivation.problem.notes)
    assert derivation.result == logderiv.derive(cost, wrt="w_j").result


def test_a_plain_one_feature_model_stays_scalar():
    problem = read_problem(r"\frac{1}{2m}\sum_{i=1}^{m}(w x^{(i)} + b - y^{(i)})^2", wrt="w")
    assert any("w is a scalar here" in note for note in problem.notes)


def test_a_count_spelled_by_code_is_not_read_as_the_mean():
    """``/(2*X.shape[1])`` with X m×n divides by n, the features: never renamed m by the 1/N convention.

    (Found merging the 1/N reading with code's X.shape: the buggy cost was read as the
    right one and a right answer was judged equivalent to it.)
    """
    import pytest as _pytest

    from logderiv import check
    from logderiv.errors import InputError

    with _pytest.raises(InputError):
        check("X.T @ (X @ theta - y) / X.shape[0]", cost="np.sum((X @ theta - y)**2)/(2*X.shape[1])")
