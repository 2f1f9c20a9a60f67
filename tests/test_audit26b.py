r"""audit26b: an adversarial audit of this stop's readings (fixf66, fixcold27, lam26), and the misreads it found.

lam26 read a worded λ that OPENS a group or the formula (``\frac{\text{lambda}\, w_j}{m}``) as its first factor. The
same word written AFTER its operand was still dropped as a trailing remark, silently, and the term lost its λ — a false
"different" on a right gradient:

* ``\frac{w_j}{m}\text{lambda}``, ``\frac{w_j \text{lambda}}{m}``, ``(w_j\,\text{lam})/m``, ``\frac{w_j}{m}\mathrm{lam}``
  (the last refused as an unknown operator), ``\frac{w_j}{m}\text{lambda} + …``: code's name of λ right after an
  operand, ending the term or a group, is now read as its last factor, noted as the leading one is. Only where the text
  writes no λ itself; after ``\quad`` a word stays a remark.
* ``\frac{w_j}{m}\text{reg}``: a strength WORD (reg, penalty, …) ending a term may as well label it, so with no λ
  written it is refused with both readings; with λ written (``\lambda\|\theta\|^2 \text{reg}``) it stays a label, as
  tests/test_review_eighth_b.py holds.
* ``\text{reg} \frac{w_j}{m} + …``: lam26 read a strength word OPENING the formula as λ; it may as well label
  the term, so with no λ written it is refused naming both readings, and with λ written it is a label again (lam26
  refused it: "one factor or two?"). Code's names of λ opening it (``\text{lmbda}``) are still read as λ.
* ``\frac{\mathrm{d}J}{\mathrm{d}w_j}``: lam26's "a word opening a group is its first factor" took the upright d for
  "the letter d, a factor" (a false note; the d was still read as Leibniz's). An upright d opening a group is the
  derivative's d, as it was before, with no note.
* ``\frac{\text{lam }}{m}``: a space inside the braces made the pasted-code reader respell it ``\text{\lambda  }``,
  an empty word (refused); it is left to the LaTeX reader as ``\text{lam}`` is.

What was tried and held (no misread): ``y_^`` before a power, an inverse, XOR-like text, ``y_^`` beside ``y_hat``;
``sumi=1,m`` with other bounds, two glued sums, a glued feature sum; ``1^T(…)`` before a power, after a number, inside
a sum, of a scalar; ``\text{lam1}``, ``\text{l1\_lambda}``, ``\text{lambda}`` beside ``\lambda``; ``Lambda`` as a
matrix; ``lamda`` beside a written λ; the '=' row join.

The verdicts are held to the hand-worked gradient of J = 1/(2m) Σᵢ (wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)² + λ/(2m) ‖w‖²:
∂J/∂wⱼ = (1/m) Σᵢ (wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + (λ/m) wⱼ, checked by central finite differences below and judged by
the corpus judge (tests/corpus/judge.py), never by logderiv's own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_verdict_read, notes_of, refused
from logderiv.cli import main

_COST = r"\frac{1}{2m}\sum_i (w^T x^{(i)} + b - y^{(i)})^2 + \frac{\lambda}{2m}\|w\|^2"
_DATA_TERM = r"\frac{1}{m}\sum_i (w^T x^{(i)} + b - y^{(i)}) x_j^{(i)}"


def test_the_hand_worked_gradient_by_finite_differences():
    """∂J/∂w is (1/m) Xᵀ(Xw + b − y) + (λ/m) w; without the λ (the word dropped) it is not."""
    rng = np.random.default_rng(2026)
    m, n, lam = 6, 3, 0.8
    X, y, w, b = rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n), -0.4

    def cost(v):
        r = X @ v + b - y
        return r @ r / (2 * m) + lam / (2 * m) * v @ v

    numeric = central_differences(cost, w)
    data = X.T @ (X @ w + b - y) / m
    assert np.allclose(numeric, data + lam / m * w, atol=1e-6)
    assert not np.allclose(numeric, data + w / m, atol=1e-3)


# ------------------------------------------------------------------ a worded λ after its operand
@pytest.mark.parametrize("penalty", [
    r"+ \frac{w_j}{m}\text{lambda}",
    r"+ \frac{w_j}{m}\,\text{lam}",
    r"+ \frac{w_j \text{lambda}}{m}",
    r"+ (w_j\,\text{lmbda})/m",
    r"+ \frac{w_j}{m}\textrm{lamda}",
    r"+ \frac{w_j}{m}\mathrm{lam}",
])
def test_a_worded_lambda_after_its_operand_is_its_last_factor(penalty):
    """Each was a false "different" (or a refusal): the word dropped as a trailing remark, the term lost its λ."""
    answer = f"{_DATA_TERM} {penalty}"
    assert_verdict_read(answer, _COST, "equivalent", wrt="w_j")
    assert any("names the regularisation strength: read as λ" in note
               for note in notes_of(logderiv.check(answer, cost=_COST, wrt="w_j")))
    halved = answer.replace("{m}", "{2m}").replace("/m", "/(2m)")
    assert_verdict_read(halved, _COST, "different", wrt="w_j")


def test_a_worded_lambda_ending_the_first_term_before_a_plus():
    answer = r"\frac{w_j}{m}\text{lambda} + " + _DATA_TERM
    assert_verdict_read(answer, _COST, "equivalent", wrt="w_j")
    assert_verdict_read(answer.replace("{m}", "{2m}", 1), _COST, "different", wrt="w_j")


def test_a_worded_lambda_set_apart_by_quad_stays_a_remark():
    # \quad sets a remark apart (test_review_eighth_b): the term is read without it, and w_j/m alone is not the gradient
    assert_verdict_read(f"{_DATA_TERM} + \\frac{{w_j}}{{m}}\\quad\\text{{lambda}}", _COST, "different", wrt="w_j")


@pytest.mark.parametrize("word", ["reg", "penalty", "l2reg"])
def test_a_strength_word_ending_a_term_with_no_lambda_written_is_refused(word):
    error = refused(logderiv.check, f"{_DATA_TERM} + \\frac{{w_j}}{{m}}\\text{{{word}}}", cost=_COST, wrt="w_j")
    assert "ends a term right after an operand, and the text writes no λ" in str(error)
    assert "or a label of the term?" in str(error)
    assert error.column == len(_DATA_TERM) + len(r" + \frac{w_j}{m}")
    assert "\\lambda" in (error.hint or "")


def test_the_reading_is_noted_in_every_format():
    answer = f"{_DATA_TERM} + \\frac{{w_j}}{{m}}\\text{{lambda}}"
    note = "'\\text{lambda}' names the regularisation strength: read as λ"
    runner = CliRunner()
    shown = runner.invoke(main, ["check", answer, "--cost", _COST, "--wrt", "w_j", "-f", "json"])
    assert shown.exit_code == 0, shown.output
    assert note in json.loads(shown.output)["notes"]
    text = runner.invoke(main, ["check", answer, "--cost", _COST, "--wrt", "w_j", "-f", "text"])
    assert "note:" in text.output and "names the regularisation strength: read as λ" in text.output
    for form in ("latex", "markdown"):
        other = runner.invoke(main, ["check", answer, "--cost", _COST, "--wrt", "w_j", "-f", form])
        assert other.exit_code == 0, other.output
        assert "regularisation strength" in other.output, form


# ------------------------------------------------------------------ the upright d of a derivative
@pytest.mark.parametrize("left", [r"\frac{\mathrm{d}J}{\mathrm{d}w_j}", r"\frac{\mathrm{d} J(w)}{\mathrm{d} w_j}",
                                  r"\frac{\mathrm{d}}{\mathrm{d}w_j}J"])
def test_an_upright_d_opening_a_fraction_is_leibnizs_d_with_no_factor_note(left):
    right = f"{left} = {_DATA_TERM} + \\frac{{\\lambda}}{{m}} w_j"
    assert_verdict_read(right, _COST, "equivalent", wrt="w_j")
    notes = notes_of(logderiv.check(right, cost=_COST, wrt="w_j"))
    assert not any("is the letter d, a factor" in note for note in notes), notes
    assert_verdict_read(f"{left} = {_DATA_TERM}", _COST, "different", wrt="w_j")


# ------------------------------------------------------------------ a space inside \text{lam }
@pytest.mark.parametrize("word", [r"\text{lam }", r"\text{ lamda }", r"\mathrm{lmbda }"])
def test_a_worded_lambda_with_spaces_inside_its_braces(word):
    answer = f"{_DATA_TERM} + \\frac{{{word}}}{{m}} w_j"
    assert_verdict_read(answer, _COST, "equivalent", wrt="w_j")
    assert_verdict_read(answer.replace("{m} w_j", "{2m} w_j"), _COST, "different", wrt="w_j")


# ------------------------------------------------------------------ a strength word opening the formula
@pytest.mark.parametrize("word", ["reg", "penalty", "Regularization"])
def test_a_strength_word_opening_the_formula_with_no_lambda_written_is_refused(word):
    """lam26 read it as λ (noted); a leading word before the term is as likely its label: both readings named."""
    error = refused(logderiv.check, f"\\text{{{word}}} \\frac{{w_j}}{{m}} + {_DATA_TERM}", cost=_COST, wrt="w_j")
    assert "opens the formula before an operand, and the text writes no λ" in str(error)
    assert error.column == 0


def test_a_strength_word_opening_the_formula_beside_lambda_is_a_label_as_before():
    """With λ written it labels the term (refused by lam26 as 'one factor or two?'); read as main read it."""
    assert_verdict_read(f"\\text{{Regularization }} \\frac{{\\lambda}}{{m}} w_j + {_DATA_TERM}", _COST, "equivalent",
                        wrt="w_j")
    assert_verdict_read(f"\\text{{Regularization }} \\frac{{\\lambda}}{{2m}} w_j + {_DATA_TERM}", _COST, "different",
                        wrt="w_j")


def test_code_names_of_lambda_opening_the_formula_are_still_read():
    assert_verdict_read(f"\\text{{lmbda}} \\frac{{w_j}}{{m}} + {_DATA_TERM}", _COST, "equivalent", wrt="w_j")
