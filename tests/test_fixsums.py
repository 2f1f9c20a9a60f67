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
    """`check '-2/N sum (y - (m x + b))' …` once gave exit 4 (IndexException); the slope m is now read (test_slope_m.py).

    By hand: ∂/∂b of (1/N) Σ (y − (m x + b))² is −(2/N) Σ (y − (m x + b)): equivalent.
    """
    result = run("check", "-2/N sum (y - (m x + b))", "--cost",
                 r"\frac{1}{N}\sum_{i=1}^{N}(y_i - (mx_i + b))^2", "--wrt", "b", "-f", "text")
    assert result.exit_code == 0, result.output
    assert "the slope of m x" in result.output


def test_a_wrong_one_feature_answer_is_diagnosed_without_a_crash():
    """The diagnosis no longer differentiates a one-feature cost by xⱼ⁽ⁱ⁾ (IndexException)."""
    result = run("check", "-3/N sum (y - (a x + b))", "--cost",
                 r"\frac{1}{N}\sum_{i=1}^{N}(y_i - (ax_i + b))^2", "--wrt", "b", "-f", "text")
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.output


def test_a_count_the_answer_bounds_agrees_with_the_cost_s_1_over_N_beside_its_bound_m():
    """The mirror case: the answer's bound makes N the count; the cost's 1/N beside its Σ to m counts the examples
    too (issue 10, f5-jubaer: N beside a sum with another bound is read as that count, noted).

    By hand: ∂/∂w_j of (1/m) Σᵢ (yᵢ − wᵀxᵢ)² is (2/m) Σᵢ (wᵀxᵢ − yᵢ) x_ij, the answer with N the count: equivalent.
    """
    answer = r"\frac{2}{N}\sum_{n=1}^{N}(w^T x_n - y_n) x_{n,j}"
    verdict = logderiv.check(answer, cost=r"\frac{1}{N}\sum_{i=1}^{m}(y_i - \mathbf{w}^T\mathbf{x}_i)^2", wrt="w_j")
    assert verdict.verdict == "equivalent", verdict
    # with no bound, the cost's 1/N before its sum says N counts the examples (review 2, F8): both agree
    verdict = logderiv.check(answer, cost=r"\frac{1}{N}\sum_{i}(y_i - \mathbf{w}^T\mathbf{x}_i)^2", wrt="w_j")
    assert verdict.verdict == "equivalent", verdict


# --- F1: a Σ without an index ranges over what its body indexes -------------------------------

from _oracle import assert_gradient  # noqa: E402
from logderiv.notation import read_problem  # noqa: E402

FEATURE_NOTE = "Σ without an index is read over the features: its body indexes θⱼ"

UNINDEXED = [
    # (written, the same cost with the sum's index written out)
    ("-1/m Σ [y log h + (1-y) log(1-h)] + λ/2m Σ θ_j²", "-1/m Σ_i [y log h + (1-y) log(1-h)] + λ/2m Σ_k θ_k²"),
    ("-1/m sum y log h + (1-y) log(1-h) + λ/2m Σ θ_j^2", "-1/m Σ_i [y log h + (1-y) log(1-h)] + λ/2m Σ_k θ_k²"),
    (r"-\frac{1}{m}\sum_{i=1}^m [y \log h + (1-y)\log(1-h)] + \frac{\lambda}{2m}\sum \theta_j^2",
     "-1/m Σ_i [y log h + (1-y) log(1-h)] + λ/2m Σ_k θ_k²"),
    ("sum θ_j^2", "sum_k theta_k^2"),
    (r"\frac{\lambda}{2}\sum \theta_j^2", "lambda/2 sum_k theta_k^2"),
    ("1/2m sum (theta^T x - y)^2 + λ/2m Σ θ_j²", "1/2m sum_i (theta^T x - y)^2 + λ/2m Σ_k θ_k²"),
]


@pytest.mark.parametrize("written, meant", UNINDEXED)
def test_an_unindexed_sum_over_a_parameter_is_the_feature_sum(written, meant):
    derivation = logderiv.derive(written)
    problem = derivation.problem
    assert FEATURE_NOTE in problem.notes
    reference = read_problem(meant)
    assert problem.expand_definitions(problem.cost) == reference.expand_definitions(reference.cost)
    assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)


def test_the_right_regularised_answer_is_equivalent_and_lambda_theta_is_not():
    cost = "-1/m Σ [y log h + (1-y) log(1-h)] + λ/2m Σ θ_j²"
    assert logderiv.check("1/m Σ (h - y) x_j + λ/m θ_j", cost=cost).verdict == "equivalent"
    assert logderiv.check("1/m Σ (h - y) x_j + λ θ_j", cost=cost).verdict == "different"


@pytest.mark.parametrize("written", ["sum (h - y)^2", "1/m sum (h - y) x_j", r"\sum (y_i - \theta^T x_i)^2", "sum log(1 + e^z)"])
def test_an_unindexed_sum_over_data_stays_over_the_examples(written):
    parsed = logderiv.notation.parse_text(written)
    sums = [node for node in logderiv.notation.tree.walk(parsed.tree) if isinstance(node, logderiv.notation.tree.Sum)]
    assert [node.over for node in sums] == ["examples"]
    assert FEATURE_NOTE not in parsed.notes


@pytest.mark.parametrize("written, column", [("Σ 2", 0), (r"\sum \theta_j \theta_k", 0), ("1 + sum θ_0^2", 4)])
def test_an_unindexed_sum_that_says_neither_is_refused(written, column):
    with pytest.raises(InputError) as caught:
        logderiv.derive(written)
    assert "cannot tell whether" in caught.value.message
    assert caught.value.column == column


def test_a_sum_of_a_whole_vector_is_left_to_matrix_form():
    """``sum theta^2`` holds the whole vector θ: code's sum of a vector (matrix form), which refuses a bare θ here."""
    with pytest.raises(InputError) as caught:
        logderiv.derive("sum theta^2")
    assert "is a vector" in caught.value.message


# --- F4: e^-y theta^T x is refused with both readings ------------------------------------------

@pytest.mark.parametrize("written, lead", [
    ("sum log(1 + e^-y theta^T x)", "e^"),
    ("sum log(1 + e^-y*theta^T x)", "e^"),
    ("1/m sum log(1 + exp -y theta^T x)", "exp "),
])
def test_an_open_negative_exponent_before_a_factor_is_refused(written, lead):
    with pytest.raises(InputError) as caught:
        logderiv.derive(written)
    error = caught.value
    assert "is ambiguous: the exponent could be -y alone or -y theta^T x" in error.message
    assert error.column == written.index("-y")
    assert f"{lead.strip()}(-y theta^T x)" in error.hint and f"{lead.strip()}(-y) theta^T x" in error.hint


def test_both_bracketed_readings_are_read_as_written():
    """The spelling the hint suggests gives the ±1-label logistic gradient."""
    verdict = logderiv.check("sum -y x_j sigmoid(-y theta^T x)", cost="sum log(1 + e^(-y theta^T x))")
    assert verdict.verdict == "equivalent"
    derivation = logderiv.derive("sum log(1 + e^(-y) theta^T x)")
    assert_gradient(derivation.problem.cost, derivation.problem.wrt, derivation.result, derivation.problem.definitions)


@pytest.mark.parametrize("written", ["1/(1+e^-theta^T x)", "e^-z/2", "e^-z + 1", "-1/m sum y log(1/(1+e^-theta^T x)) + (1-y) log(1 - 1/(1+e^-theta^T x))"])
def test_an_open_negative_exponent_alone_is_still_the_next_power(written):
    logderiv.derive(written, wrt="z" if "z" in written else "theta_j")


# --- F9: an inverse function g^{-1}(…) is not supported (exit 3) ---------------------------------

INVERSES = [
    (r"\frac{1}{2m}\sum_{i=1}^m (y^{(i)} - g^{-1}(\theta^T x^{(i)}))^2", "g"),
    (r"-\sum_{i=1}^m [y_i\log g^{-1}(\theta^T x_i) + (1-y_i)\log(1-g^{-1}(\theta^T x_i))]", "g"),
    ("1/2m sum (y - g^(-1)(theta^T x))^2", "g"),
    ("1/2m sum (y - f^-1(theta^T x))^2", "f"),
    ("1/2m sum (y - f⁻¹(theta^T x))^2", "f"),
]


@pytest.mark.parametrize("written, name", INVERSES)
def test_an_inverse_function_is_refused_as_unsupported(written, name):
    from logderiv.errors import UnsupportedInputError

    with pytest.raises(UnsupportedInputError) as caught:
        logderiv.derive(written)
    assert "(an inverse function) is not supported" in caught.value.message
    assert caught.value.column == written.index(f"{name}^" if f"{name}^" in written else f"{name}⁻")
    assert "sigmoid(theta^T x)" in caught.value.hint
    result = run("derive", written, "-f", "text")
    assert result.exit_code == 3, result.output


def test_a_quantity_to_the_minus_one_before_a_bracket_is_still_a_product():
    derivation = logderiv.derive("x^-1 (1 + z)", wrt="z")
    assert_gradient(derivation.problem.cost, derivation.problem.wrt, derivation.result)


# --- F11: 1/1+e^(…) is refused (a bracket is missing) ----------------------------------------------

def test_one_over_one_plus_in_a_let_is_refused():
    with pytest.raises(InputError) as caught:
        logderiv.derive("-1/m sum y log h + (1-y) log(1-h)", let=["h = 1/1+e^(-theta^T x)"])
    error = caught.value
    assert "'1/1+e^(-theta^T x)' is ambiguous" in error.message
    assert error.column == "h = 1/1+e^(-theta^T x)".index("1/1")
    assert "1/(1+e^(-theta^T x))" in error.hint and "1 + e^(-theta^T x)" in error.hint


@pytest.mark.parametrize("written", ["1/1+e^-z", "1/1 - e^-z + 3", "1/1+e^{-z}"])
def test_one_over_one_plus_is_refused_at_the_fraction(written):
    with pytest.raises(InputError) as caught:
        logderiv.derive(written, wrt="z")
    assert "is ambiguous: 1/1 is 1" in caught.value.message
    assert caught.value.column == 0


def test_the_bracketed_sigmoid_is_still_read():
    derivation = logderiv.derive("-1/m sum y log h + (1-y) log(1-h)", let=["h = 1/(1+e^(-theta^T x))"])
    assert_gradient(derivation.problem.cost, derivation.problem.wrt, derivation.result, derivation.problem.definitions)


# --- F11: a cost with no real value anywhere is not "verified" ------------------------------------

NOWHERE_REAL = ("-1/m sum y log h + (1-y) log(1-h)", ["h = 1 + e^(-theta^T x)"])


def test_a_cost_with_no_real_value_is_refused_by_derive():
    cost, lets = NOWHERE_REAL
    with pytest.raises(InputError) as caught:
        logderiv.derive(cost, let=lets)
    assert caught.value.message.startswith("the cost has no real value at the points tried")
    assert "1/(1+e^(-z))" in caught.value.hint
    result = run("derive", cost, "--let", lets[0], "-f", "text")
    assert result.exit_code == 2 and "no real value" in result.output


def test_a_cost_with_no_real_value_is_refused_by_check():
    cost, lets = NOWHERE_REAL
    with pytest.raises(InputError, match="no real value"):
        logderiv.check("1/m sum (h - y) x_j", cost=cost, let=lets)


@pytest.mark.parametrize("cost, wrt", [("sum theta_j log(x_j)", "theta_j"), ("-(y log p + (1-y) log(1-p))", "p"),
                                       ("sum log(theta^T x)^2", "theta_j")])
def test_a_cost_real_somewhere_is_still_derived(cost, wrt):
    derivation = logderiv.derive(cost, wrt=wrt)
    assert_gradient(derivation.problem.cost, derivation.problem.wrt, derivation.result, derivation.problem.definitions)


def test_an_inner_sum_binds_its_own_letter_but_its_example_index_still_counts():
    """``sum(sum_k(theta_k x_k^(i)) …)``: the outer Σ is over the examples (x_k^(i)), not refused."""
    parsed = logderiv.notation.parse_text("sum(sum_k(theta_k x_k^(i)) sum_l(theta_l x_l))")
    assert parsed.tree.over == "examples"
    with pytest.raises(InputError, match="cannot tell whether"):
        logderiv.notation.parse_text("sum(sum_k(theta_k^2))")
