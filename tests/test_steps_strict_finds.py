"""Three crashes and a wrong note in ``steps`` that mypy --strict found when services/steps.py was typed (issue 14).

* a page that defines its cost, checked with ``--cost FORMULA --let …``: the --let's readings were handed to the
  reader of --cost where their texts belong (AttributeError, exit 4);
* a cost named by a letter of the page's own (``f(w) = …``) written again (``f(w) = …``) before the derivative: the
  rewrite was matched as J's is, and nothing matched (AttributeError, exit 4);
* a written-out model numbered from 1 (w₁x₁ + w₂x₂ + b): the note on the components had a ``None`` beside it,
  printed as ``note: None`` (null in JSON).

Each derivation's mathematics is worked by hand in its comments; nothing expected is copied from logderiv's output.
"""

from __future__ import annotations

import json

from click.testing import CliRunner

import logderiv
from logderiv.cli import main

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}

# J = (1/(2m)) Σᵢ (hᵢ − yᵢ)² with h = θᵀx: ∂J/∂θⱼ = (1/m) Σᵢ (hᵢ − yᵢ) xᵢⱼ (the 2 of the square against the 1/2)
DEFINED = r"""$$J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(h_i - y_i)^2$$

$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m}(h_i - y_i)x_{ij}$$
"""
DEFINED_COST = r"\frac{1}{2m}\sum_{i=1}^{m}(h_i - y_i)^2"
LINEAR_H = "h = theta^T x"


def test_a_defined_cost_beside_the_same_cost_formula_and_a_let_is_checked_not_a_crash():
    """The page's cost is --cost's, with the same --let: the derivation, right by hand, ends at the gradient."""
    review = logderiv.steps(DEFINED, cost=DEFINED_COST, let=[LINEAR_H], file_kind="markdown")
    assert review.ending == "gradient"
    assert all(step.valid for step in review.steps)


def test_a_defined_cost_beside_another_cost_formula_and_a_let_is_refused_naming_both():
    """(1/m) Σ (h − y)² is twice the page's (1/(2m)) Σ (h − y)²: another cost, refused at --cost (exit 2)."""
    result = CliRunner(env=_CLEAN_ENV).invoke(
        main, ["steps", "-", "--cost", r"\frac{1}{m}\sum_{i=1}^{m}(h_i - y_i)^2", "--let", LINEAR_H, "-f", "text"],
        input=DEFINED, catch_exceptions=True)
    assert result.exit_code == 2, result.output
    assert "which is not --cost" in result.stderr


def test_a_defined_cost_and_a_let_still_find_a_wrong_last_line():
    """Twice the gradient, (2/m) Σ (h − y) xⱼ, is wrong by hand: the review says so at that line."""
    wrong = DEFINED.replace(r"(h_i - y_i)x_{ij}$$", r"(h_i - y_i)x_{ij} \cdot 2$$")
    review = logderiv.steps(wrong, cost=DEFINED_COST, let=[LINEAR_H], file_kind="markdown")
    assert review.ending == "wrong"
    assert not review.steps[-1].valid


# f(w) = ½ Σᵢ (wᵀxᵢ − yᵢ)² = ½ Σᵢ (yᵢ − wᵀxᵢ)² (a square of a difference either way round):
# ∂f/∂wⱼ = Σᵢ (wᵀxᵢ − yᵢ) xᵢⱼ
LETTER_NAMED = r"""$$f(w) = \frac{1}{2}\sum_{i=1}^{m}(w^T x_i - y_i)^2$$

$$f(w) = \frac{1}{2}\sum_{i=1}^{m}(y_i - w^T x_i)^2$$

$$\frac{\partial f(w)}{\partial w_j} = \sum_{i=1}^{m}(w^T x_i - y_i)x_{ij}$$
"""


def test_a_cost_named_by_a_letter_and_written_again_is_a_checked_rewrite_not_a_crash():
    """f(w) written twice is the cost written again, as J(w) written twice is: checked equal, the derivation right."""
    review = logderiv.steps(LETTER_NAMED, file_kind="markdown")
    assert review.ending == "gradient"
    assert any(note.startswith("line 3 rewrites the cost f") for note in review.notes)


def test_a_cost_named_by_a_letter_written_again_otherwise_is_refused():
    """½ Σ (yᵢ + wᵀxᵢ)² is not ½ Σ (wᵀxᵢ − yᵢ)² (they differ by 2yᵢwᵀxᵢ per term): the rewrite is refused (exit 2)."""
    other = LETTER_NAMED.replace(r"(y_i - w^T x_i)^2", r"(y_i + w^T x_i)^2")
    result = CliRunner(env=_CLEAN_ENV).invoke(main, ["steps", "-", "-f", "text"], input=other, catch_exceptions=True)
    assert result.exit_code == 2, result.output
    assert "rewrites the cost f" in result.stderr


# J = (1/(2m)) Σᵢ (w₁xᵢ₁ + w₂xᵢ₂ + b − yᵢ)²: ∂J/∂wⱼ = (1/m) Σᵢ (w₁xᵢ₁ + w₂xᵢ₂ + b − yᵢ) xᵢⱼ for j = 1, 2
NUMBERED_FROM_ONE = r"\frac{1}{2m}\sum_{i=1}^{m}(w_1 x_{i1} + w_2 x_{i2} + b - y_i)^2"
NUMBERED_STEP = r"$$\frac{\partial J}{\partial w_j} = \frac{1}{m}\sum_{i=1}^{m}(w_1 x_{i1} + w_2 x_{i2} + b - y_i) x_{ij}$$"


def test_a_model_numbered_from_one_has_no_empty_note():
    """Every note is a sentence: the model's components are said, and no ``None`` is printed or put in the JSON."""
    review = logderiv.steps(NUMBERED_STEP, cost=NUMBERED_FROM_ONE, wrt="w_j", file_kind="markdown")
    assert review.ending == "gradient"
    assert review.notes and all(isinstance(note, str) and note for note in review.notes)
    runner = CliRunner(env=_CLEAN_ENV)
    text = runner.invoke(main, ["steps", "-", "--cost", NUMBERED_FROM_ONE, "--wrt", "w_j", "-f", "text"],
                         input=NUMBERED_STEP + "\n", catch_exceptions=True)
    assert text.exit_code == 0, text.output
    assert "note: None" not in text.stdout
    data = json.loads(runner.invoke(main, ["steps", "-", "--cost", NUMBERED_FROM_ONE, "--wrt", "w_j", "-f", "json"],
                                    input=NUMBERED_STEP + "\n", catch_exceptions=True).stdout)
    assert None not in data["notes"]
