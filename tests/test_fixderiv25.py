"""fixderiv25 (issue 10): written derivations that counted the examples by n against a preset given with --cost.

A page checked with ``--cost logistic`` (the preset: m examples, n features) that writes ``∂L/∂w_j = -(1/n) * Σ
[y_i …]`` and ``∇L = (1/n) Xᵀ(ŷ − y)`` uses n for one count only, its examples: it never writes m, nor n as a bound
or an index (Σ_{j=1}^{n}, x_n). Such a page's n is read as the preset's m, in index lines and matrix lines alike, and
its first line's L (the page defines no cost) as the cost given with --cost; both are noted. A page writing n as a
feature bound too, or checked against the default cost (no --cost), stays refused as before: which count its n is
cannot be told there. (A page's n read as m in its index lines but not in its matrix line was judged wrong there,
a false 'wrong': the rule holds for the whole page or not at all.)

Also: the katakana middle dot of a Japanese page (``y_{pred} = w・x + b``) is the product dot ·, in LaTeX and plain
text alike, noted (held to finite differences through the corpus judge).

What the real pages mean was worked by hand (tests/derivations_cold17/expected.txt, never logderiv's output); the
fact the synthetic pages rest on — the mean cross-entropy's gradient is (1/m) Σ (σ(wᵀx) − y) x_j, and (1/m) Σ
(σ − y)(1 − σ) x_j is not it — is checked here by central finite differences with NumPy.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome_of, steps_of_page
from _numeric import central_differences
from _reading import assert_gradient_read, notes_of

import logderiv

_TESTS = Path(__file__).parent

#: the real pages a rule of this stop reads, each with its hand-worked row
_READ = [("derivations_cold17", "cn_interview_logreg_ce_plaintext_chain.md"),
         ("derivations_cold17", "cn_interview_logreg_ce_plaintext_chain_planted_factor.md")]


@pytest.mark.parametrize(("folder", "file"), _READ)
def test_each_real_page_is_judged_as_by_hand(folder, file):
    kind, detail = outcome_of(_TESTS / folder, file)
    assert kind == "right", detail


# ---- the fact, by finite differences -----------------------------------------------------------------------------

_RNG = numpy.random.default_rng(25)
_X = _RNG.normal(size=(5, 3))
_Y = numpy.array([1.0, 0.0, 1.0, 1.0, 0.0])


def _sigmoid(z):
    return 1 / (1 + numpy.exp(-z))


def _mean_cross_entropy(w):
    h = _sigmoid(_X @ w)
    return float(numpy.mean(-_Y * numpy.log(h) - (1 - _Y) * numpy.log(1 - h)))


def test_the_mean_cross_entropys_gradient_is_the_pages_last_line():
    w = numpy.array([0.4, -0.7, 0.2])
    h = _sigmoid(_X @ w)
    numeric = central_differences(_mean_cross_entropy, w)
    count = len(_Y)  # the page's n: the examples
    assert numeric == pytest.approx(_X.T @ (h - _Y) / count, abs=1e-7)  # (1/n) Σ (ŷ_i − y_i) x_j = (1/n) Xᵀ(ŷ − y)
    assert numpy.max(numpy.abs(numeric - _X.T @ ((h - _Y) * (1 - h)) / count)) > 1e-3  # the slip below
    assert numpy.max(numpy.abs(numeric - _X.T @ (h - _Y) / _X.shape[1])) > 1e-3  # n read as the features: not it


# ---- synthetic pages ---------------------------------------------------------------------------------------------

def _page(last: str = "(1/n) * Σ [(ŷ_i - y_i) * x_j]", matrix: str = "(1/n) * Xᵀ(ŷ - y)", extra: str = "") -> str:
    """A page in the real one's shape: ∂L/∂w_j derived in plain text, then the gradient in matrix notation."""
    return (f"{extra}```\n∂L/∂w_j = -(1/n) * Σ [y_i * (1-ŷ_i) * x_j - (1-y_i) * ŷ_i * x_j]\n"
            f"        = -(1/n) * Σ [(y_i - ŷ_i) * x_j]\n        = {last}\n```\n\n```\n∇L = {matrix}\n```\n")


def _review(tmp_path, text, *options):
    result = steps_of_page(tmp_path, text, "-f", "json", "--timeout", "60", *options)
    return result, (json.loads(result.stdout) if result.exit_code in (0, 1) else None)


def test_n_counting_only_the_examples_is_the_presets_m_in_index_and_matrix_lines(tmp_path):
    result, review = _review(tmp_path, _page(), "--cost", "logistic")
    assert result.exit_code == 0, (result.output, result.stderr)
    assert review["ending"] == "gradient"
    assert all(step["valid"] for step in review["steps"])
    notes = review["notes"]
    assert any(note.startswith("n counts the examples here: read as m") for note in notes)
    assert any("divides by n in matrix notation, and the page writes n only as its count of the examples" in note
               for note in notes)
    assert any("its first line differentiates L: L is read as the cost given with --cost" in note for note in notes)


def test_the_reading_still_finds_a_wrong_step(tmp_path):
    # the factor (1 − ŷ_i) kept after σ′ cancelled it: (1/n) Σ (ŷ − y)(1 − ŷ) x_j is not the gradient (above)
    result, review = _review(tmp_path, _page(last="(1/n) * Σ [(ŷ_i - y_i) * (1-ŷ_i) * x_j]"), "--cost", "logistic")
    assert result.exit_code == 1, (result.output, result.stderr)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    assert wrong[:1] == [4]


def test_a_matrix_line_of_another_count_is_wrong(tmp_path):
    # the matrix line divides by 2n: read with n as m it is half the gradient
    result, review = _review(tmp_path, _page(matrix="(1/(2*n)) * Xᵀ(ŷ - y)"), "--cost", "logistic")
    assert result.exit_code == 1, (result.output, result.stderr)
    assert review["ending"] == "wrong"


def test_a_page_that_also_writes_n_as_a_feature_bound_stays_refused(tmp_path):
    # the page counts features by n as well (x_1, …, x_n): which count the 1/n is cannot be told
    result, _ = _review(tmp_path, _page(extra="the features are x_1, ..., x_n\n\n"), "--cost", "logistic")
    assert result.exit_code == 2
    assert "n counts the examples in this line, but the cost counts its features by n" in result.stderr


@pytest.mark.parametrize("extra", ["where n is the number of features\n\n", "n_features = X.shape[1]\n\n",
                                   "x ∈ ℝⁿ\n\n", "the model is w_1 x_1 + ... + w_n x_n\n\n",
                                   "z = Σ_{j=1}^{n} w_j x_j\n\n"])
def test_a_page_that_says_n_counts_the_features_stays_refused(tmp_path, extra):
    # in words, as a script of its own, as a power of ℝ, as a sum's bound: n may be the features there
    result, _ = _review(tmp_path, _page(extra=extra), "--cost", "logistic")
    assert result.exit_code == 2, result.output
    assert "read as m there too" not in result.stderr


def test_a_page_that_writes_m_too_stays_refused(tmp_path):
    result, _ = _review(tmp_path, _page(extra="m is the batch size\n\n"), "--cost", "logistic")
    assert result.exit_code == 2
    assert "n counts the examples in this line" in result.stderr


def test_against_the_default_cost_the_page_stays_refused(tmp_path):
    # no --cost: the default logistic cost is logderiv's, not the user's, so its n (features) is not renamed and no
    # verdict is given (the page's undefined L is refused first there)
    result, _ = _review(tmp_path, _page())
    assert result.exit_code == 2
    assert "read as m there too" not in result.stderr


# ---- the katakana middle dot -------------------------------------------------------------------------------------

def _half_mean_square(d):
    return float(numpy.mean((d.X @ d.w + d.b - d.y) ** 2) / 2)


@pytest.mark.parametrize("text", [r"\frac{1}{2m}\sum_{i=1}^{m}(w・x^{(i)} + b - y^{(i)})^2",
                                  "1/(2m) * sum_i (w・x_i + b - y_i)^2",
                                  r"\frac{1}{2m}\sum_{i=1}^{m}(w･x^{(i)} + b - y^{(i)})^2"])
def test_the_katakana_middle_dot_is_the_product_dot(text):
    assert_gradient_read(text, _half_mean_square, wrt=("w_j", "b"))
    notes = notes_of(logderiv.derive(text, wrt="w_j"))
    assert any("katakana middle dot" in note and "is read as the product dot" in note for note in notes), notes
