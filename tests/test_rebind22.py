r"""A source's own definition of a name logderiv gives a fixed meaning is read (issue 10, rebind22).

R's ``w = -(Y*log(p)) - (1-Y)*(log(1-p))`` (w the per-example losses), the Japanese notes' ``lambda = a * x + b``
(λ the line a Poisson-like fit weighs), mecxo's ``x=w^{T}.x_{i}`` (x the score): each was refused, "'w' has a fixed
meaning and cannot be redefined". The source's definition is the best evidence of what its name means: the name is
read as so defined, shown as a free letter, and noted in every output format. Refused, naming both readings, where
the definition conflicts with the texts: --wrt asks by the name, a text also writes it in its fixed meaning (w_j,
wᵀ, an update y = f(y)), no parameter is left, or a count is given a number (m = 10 beside the sum to m).

Gradients of the corpus items are held to central finite differences of the items' hand-written NumPy costs by
the corpus judge; the verdicts below are worked by hand in the comments, never copied from logderiv's output.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from corpus import ANSWERS, COSTS
from corpus.judge import judge_answer, judge_cost
from logderiv import check, derive
from logderiv.cli import main
from logderiv.errors import InputError

_R_LETS = ("w = -(Y*log(p)) - (1-Y)*(log(1-p))", "p = 1 / (1+exp(X%*%-beta))", "Y = as.matrix(y)")
_JP_LETS = ("lambda = a * x + b",)


def _item(name: str):
    return next(item for item in COSTS if item.id == name)


@pytest.mark.parametrize("name, letter", [
    ("f37-r-optim-summed-ce-minus-beta", "w"),
    ("f39-r-japanese-weighted-squares-over-y", "lambda"),
    ("f51-mecxo-L-pm1-labels-log1p-exp", "x"),
])
def test_the_real_items_are_read_as_their_sources_define_them(name, letter):
    """Each item's gradient agrees with finite differences of its hand-written cost, and the reading is noted."""
    item = _item(name)
    assert judge_cost(item).kind == "right"
    notes = derive(item.text, wrt=item.wrt[0], let=item.lets).notes
    said = [note for note in notes if note.startswith(f"{letter} is defined by the source as")]
    assert len(said) == 1, notes
    assert "read as so defined, not as" in said[0] and "shown as" in said[0]


def test_the_rate_line_is_judged_against_the_hand_worked_gradient():
    """∂/∂a Σ(y − (ax + b))²/y = Σ −2x(y − ax − b)/y (by hand); without the 2 it is half of it."""
    right = check("sum(-2 * x * (y - lambda) / y)", cost="sum((y - lambda)^2 / y)", wrt="a", let=_JP_LETS)
    assert right.verdict == "equivalent"
    halved = check("sum(-x * (y - lambda) / y)", cost="sum((y - lambda)^2 / y)", wrt="a", let=_JP_LETS)
    assert halved.verdict == "different"


@pytest.mark.parametrize("form", ["text", "markdown", "latex", "json"])
def test_the_note_is_in_every_output_format(form):
    result = CliRunner().invoke(main, ["derive", "sum((y - lambda)^2 / y)", "--let", _JP_LETS[0], "--wrt", "a",
                                       "-f", form, "--timeout", "60"])
    assert result.exit_code == 0, result.output
    if form == "json":
        assert any("lambda is defined by the source as a * x + b" in note
                   for note in json.loads(result.stdout)["notes"])
    else:
        assert "defined by the source as a" in result.stdout


# --- texts that mean something else: refused, never read ------------------------------------------------------

@pytest.mark.parametrize("cost, wrt, lets, column_of", [
    # --wrt asks by the rebound name: the derivative would be by a value, no parameter
    ("sum(w)", "w_j", _R_LETS[:2], ("--let", "w")),
    # w the losses, and w_j the weights' entry in a penalty beside it
    ("sum(w) + lambda * sum(w_j^2)", "beta_j", _R_LETS, ("COST", "w_j")),
    # wᵀw: the weights' squared norm, or the losses'?
    ("sum(w) + lambda * w^T w", "beta_j", _R_LETS, ("COST", "w^T")),
    # w computed from θ while --wrt asks for β: the definition is of parameters the derivative is not taken by
    ("sum(w)", "beta_j", ("w = 1/(1 + exp(-(X %*% theta)))",), ("--let", "w")),
    # λ defined from itself: an update, the strength on its right
    ("sum((y - lambda)^2 / y)", "a", ("lambda = lambda * a * x",), ("--let", "lambda *")),
])
def test_a_definition_that_conflicts_is_refused_naming_both_readings(cost, wrt, lets, column_of):
    with pytest.raises(InputError) as raised:
        derive(cost, wrt=wrt, let=lets)
    error = raised.value
    assert "has a fixed meaning" in str(error) and "the source's" in str(error) and "or logderiv's" in str(error)
    label, written = column_of
    assert error.label == label
    assert error.source[error.column:].startswith(written)


def test_the_only_parameter_rebound_is_refused():
    """sum((y − Xw)²) with w = v·y: read as the source's, no parameter is left to take a derivative by."""
    with pytest.raises(InputError, match="no parameter is left"):
        derive("sum((y - X %*% w)^2)", wrt="theta_j", let=("w = v * y",))


@pytest.mark.parametrize("let, words", [
    ("m = 10", "sets it to 10"),  # a count of 10: logderiv keeps the count a letter (docs/notation.md)
    ("m = 0.5", "which no count can be"),
])
def test_a_count_given_a_number_beside_the_sum_to_it_is_refused(let, words):
    with pytest.raises(InputError, match=words) as raised:
        derive("1/m * sum_{i=1}^m (theta^T x_i - y_i)^2", wrt="theta_j", let=(let,))
    assert raised.value.column == 0 and raised.value.label == "--let"


@pytest.mark.parametrize("cost, wrt, lets", [
    # numbers alone: the strength's value, the parameters' starting value — no quantity of the source's own
    ("sum((y - X %*% theta)^2) + lambda * sum(theta^2)", "theta_j", ("lambda = 0.1",)),
    ("sum((y - X %*% w)^2 + b)", "b", ("w = np.zeros(n)",)),
    # y the prediction: the labels' own name (t) would be read as one constant, not the target per example
    ("sum(-t*log(y) - (1-t)*log(1-y))", "theta_j", ("y = 1/(1+exp(-h))", "h = X %*% theta")),
    # x = wᵀz: the data would be gone from the cost
    ("sum(log(1 + exp(-y * x)))", "w_j", ("x = w^T z",)),
])
def test_a_definition_that_is_no_quantity_of_the_source_stays_refused(cost, wrt, lets):
    with pytest.raises(InputError, match="fixed meaning"):
        derive(cost, wrt=wrt, let=lets)


def test_a_formula_of_one_observation_keeps_lambda_refused():
    r"""λ^y e^λ / y! with λ = exp(xβ) and no sum: one observation's likelihood, no cost (f23-water-dropwort)."""
    with pytest.raises(InputError, match="fixed meaning"):
        derive(r"l(\boldsymbol{\beta}) = \frac{\lambda^{y}e^{\lambda}}{y!}",
               let=(r"\lambda = \exp {\boldsymbol{x} \boldsymbol{\beta}}",))


# --- a definition that IS the fixed meaning stays it --------------------------------------------------------------

@pytest.mark.parametrize("cost, let", [
    ("1/(2*m) * np.sum((X @ theta - y)**2)", "m = len(y)"),
    ("1/(2*m) * sum((X*theta - y).^2)", "m = size(X, 1)"),
])
def test_a_count_defined_as_the_count_stays_the_count(cost, let):
    """∇ (1/2m)‖Xθ − y‖² = Xᵀ(Xθ − y)/m by hand: the same with the let, which names logderiv's own m."""
    verdict = check("1/m * X' * (X*theta - y)", cost=cost, let=(let,))
    assert verdict.verdict == "equivalent"
    assert not any("defined by the source" in note for note in verdict.problem.notes)


_DOCUMENTED = [
    ("sum(w)", "beta_j", _R_LETS),
    ("sum((y - lambda)^2 / y)", "a", _JP_LETS),
    ("L=\\Sigma_{i=1}^{N}log(1+e^{-y_{i}x})", "w_j", ("x=w^{T}.x_{i}",)),
]


@pytest.mark.parametrize("cost, wrt, lets", _DOCUMENTED)
def test_the_documented_notes_are_the_real_ones(cost, wrt, lets):
    """docs/notation.md's table of source definitions quotes each note as logderiv prints it."""
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[1] / "docs" / "notation.md").read_text(encoding="utf-8")
    notes = [note for note in derive(cost, wrt=wrt, let=lets).notes if "defined by the source" in note]
    assert len(notes) == 1 and f'"{notes[0]}"' in docs


def test_a_period_after_a_transposed_vector_is_the_dot_product():
    r"""mecxo types wᵀ.xᵢ: ∂/∂wⱼ Σ log(1 + e^(−yᵢwᵀxᵢ)) = −Σ yᵢ xᵢⱼ σ(−yᵢwᵀxᵢ) (by hand); without the minus, different."""
    cost = r"\sum_{i=1}^{m} \log(1+e^{-y_i w^{T}.x_{i}})"
    assert check("sum_i -y_i * x_ij * sigmoid(-y_i * w^T x_i)", cost=cost, wrt="w_j").verdict == "equivalent"
    assert check("sum_i y_i * x_ij * sigmoid(-y_i * w^T x_i)", cost=cost, wrt="w_j").verdict == "different"


def test_a_preset_cost_keeps_its_lambda():
    """logistic-l2's λ is the penalty's strength: an answer's --let of lambda would give it a second meaning."""
    with pytest.raises(InputError, match="fixed meaning"):
        check("1/m * sum((h - y) x_j) + lambda/m*theta_j", cost="logistic-l2", let=("lambda = a * x",))


def test_a_definition_line_inside_pasted_code_is_read_the_same():
    """f37's function body pasted whole: the line w = … defines w as the --let does (same gradient, same note)."""
    pasted = "p = 1 / (1+exp(X%*%-beta))\nw = -(y*log(p)) - (1-y)*(log(1-p))\nreturn(sum(w))"
    from_lets = derive("sum(w)", wrt="beta_j", let=("w = -(y*log(p)) - (1-y)*(log(1-p))", _R_LETS[1]))
    read = derive(pasted, wrt="beta_j")
    assert read.result == from_lets.result
    assert any(note.startswith("w is defined by the source as -(y*log(p))") for note in read.notes)


def test_a_parameter_vector_stacked_from_the_parameters_stays_the_parameters():
    """Ani's R notebook: theta <- c(b, w) is θ itself, (b, w); its db is judged equivalent by hand (the corpus)."""
    item = next(answer for answer in ANSWERS if answer.id == "f22-ani-R-db-sum")
    assert judge_answer(item).kind == "right"
    verdict = check(item.text, cost=item.cost, wrt=item.wrt, let=item.lets)
    assert not any("defined by the source" in note for note in (*verdict.notes, *verdict.problem.notes))
