"""hunt31 (issue 10): a misread hunt on answers as students type them — plain text, Unicode, a LaTeX sum's scripts.

No silent misread was found (every verdict probed — several hundred answers, by hand and a randomised sweep —
matched the one worked out by hand and by NumPy); three families of refusals are read here, each refused on main:

* a plain answer that writes its sum's limits with LaTeX's braces, ``1/m sum_{i=1}^m (h(x^(i)) - y^(i))
  x_j^(i)`` (a homework box, a forum post): the braces made it LaTeX, whose reader refuses plain notation's
  example mark ``^(i)`` ("in LaTeX '^(i)' is a superscript '(' followed by 'i)'"), its exponents ``e^(-z)``
  and ``m^-1`` ("an exponent needs braces"), and forced plain, the plain reader refused the braces. A superscript
  opening with a bracket or a sign is what only plain notation writes, as ``theta`` spelled out or ``**`` already
  said (tests/test_fixf35.py's code comments): such a text whose only braces are its sums' scripts is plain, and
  its ``sum_{i=1}^m`` is ``sum_i``, noted as before. Limits that are not the examples' or the features' stay
  refused at the sum, and a text mixing ``^{(i)}`` with ``^(i)`` stays LaTeX (refused as before).
* characters a web page or a word processor sets where a student typed ASCII ("unexpected character" on main):
  the hyphens U+2010 and U+2011 and the figure dash U+2012 for '-' (read as a minus, noted, as the en and em dashes
  were), the fraction slash U+2044 and the division slash U+2215 for '/' (as '÷'), and the bullet operator U+2219
  for the product dot (as '⋅'). Each reads as its ASCII answer does (the hyphens and the bullet in LaTeX too).
* the sigmoid's derivative written in a line, ``σ'(θᵀx)``, ``sigma'(theta^T x)``, ``sigmoid'(z)``, refused in plain
  text ("'σ' needs an argument, not a prime") where LaTeX's ``\\sigma'(z)`` was read: it is σ(z)(1 − σ(z)), noted.

What each answer means is held to central finite differences of the cross-entropy in NumPy (tests/_numeric.py),
never to logderiv's output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from _numeric import central_differences, cross_entropy, sigmoid
from _reading import refused
from logderiv import check

SCRIPTS_NOTE = "LaTeX's scripts typed in plain text, is sum_i: the sum over the m examples"


def _data():
    rng = np.random.default_rng(31)
    X, labels = rng.normal(size=(7, 3)), rng.uniform(0.05, 0.95, size=7)
    return X, labels, np.array([0.4, -0.7, 0.2])


def _mean_residual_times_x(X, labels, theta, scale=1.0, sign=1.0):
    """scale · (1/m) Σᵢ sign·(σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) x⁽ⁱ⁾: what each answer below writes, entry j at every j."""
    return scale * sign * X.T @ (sigmoid(X @ theta) - labels) / len(labels)


# ------------------------------------------------------------------ the mathematics, by NumPy alone


def test_the_written_gradient_is_the_cross_entropys_and_half_of_it_or_its_negative_is_not():
    X, labels, theta = _data()
    truth = central_differences(lambda t: cross_entropy(X, labels, t), theta)
    assert np.allclose(_mean_residual_times_x(X, labels, theta), truth, atol=1e-6)
    assert not np.allclose(_mean_residual_times_x(X, labels, theta, scale=0.5), truth, atol=1e-3)
    assert not np.allclose(_mean_residual_times_x(X, labels, theta, sign=-1.0), truth, atol=1e-3)


# ------------------------------------------------------------------ read: plain answers with a scripted sum


@pytest.mark.parametrize("answer", [
    "1/m sum_{i=1}^m (h(x^(i)) - y^(i)) x_j^(i)",
    "1/m sum_{i=1}^{m} (h(x^(i)) - y^(i)) x_j^(i)",
    "1/m sum_{i=1}^m (h(x^(i)) - y^(i)) x^(i)_j",
    "-1/m sum_{i=1}^m (y^(i) - h(x^(i))) x_j^(i)",  # sign=-1 inside, -1/m outside: the same gradient
    "1/m sum_{i=0}^{m-1} (h(x^(i)) - y^(i)) x_j^(i)",  # 0-based, every example once
    "m^-1 sum_{i=1}^m (h - y) x_j",
    "1/m Σ_{i=1}^{m} (1/(1+e^(-θ^T x)) - y) x_j",
])
def test_a_plain_answer_with_a_scripted_sum_is_read_as_plain_and_noted(answer):
    verdict = check(answer)
    assert verdict.verdict == "equivalent"  # the NumPy test above: (1/m) Σ (σ(θᵀx) − y) x_j is the gradient
    assert any(SCRIPTS_NOTE in note for note in verdict.notes)


@pytest.mark.parametrize("answer", [
    "1/(2m) sum_{i=1}^{m} (h(x^(i)) - y^(i)) x_j^(i)",  # half the gradient
    "1/m sum_{i=1}^m (y^(i) - h(x^(i))) x_j^(i)",  # its negative
])
def test_a_wrong_plain_answer_with_a_scripted_sum_is_different(answer):
    assert check(answer).verdict == "different"


def test_the_note_is_in_every_output_format():
    verdict = check("1/m sum_{i=1}^m (h(x^(i)) - y^(i)) x_j^(i)")
    assert any(SCRIPTS_NOTE in note for note in json.loads(verdict.to_json())["notes"])
    assert SCRIPTS_NOTE in verdict.to_text()
    assert "LaTeX's scripts typed in plain text" in verdict.to_markdown()
    assert "LaTeX's scripts typed in plain text" in verdict.to_latex()


def test_forced_plain_reads_the_same():
    verdict = check("1/m sum_{i=1}^m (h(x^(i)) - y^(i)) x_j^(i)", input="plain")
    assert verdict.verdict == "equivalent"


# ------------------------------------------------------------------ still refused


def test_a_scripted_sum_over_neither_the_examples_nor_the_features_is_refused_at_the_sum():
    error = refused(check, "1/m sum_{i=1}^n (h(x^(i)) - y^(i)) x_j^(i)")
    assert "runs over i = 1 to n" in error.message


def test_a_text_mixing_latex_and_plain_example_marks_stays_latex_and_refused():
    error = refused(check, "1/m sum_{i=1}^m (h(x^{(i)}) - y^(i)) x_j^(i)")
    assert "superscript '('" in error.message


# ------------------------------------------------------------------ typeset look-alikes of - / ·


@pytest.mark.parametrize("dash, name", [("\u2010", "a hyphen (‐, U+2010)"), ("\u2011", "a non-breaking hyphen (‑, U+2011)"),
                                        ("\u2012", "a figure dash (‒)")])
def test_a_typeset_hyphen_is_a_minus_noted_in_plain_text_and_latex(dash, name):
    note = f"{name} is read as a minus sign"
    right = check(f"1/m sum (h {dash} y) x_j")  # (1/m) Σ (σ(θᵀx) − y) x_j: the NumPy test above
    assert right.verdict == "equivalent" and note in right.notes
    assert note in right.to_text() and note in json.loads(right.to_json())["notes"]
    assert check(f"1/m sum (y {dash} h) x_j").verdict == "different"  # its negative
    latex = check(f"\\frac{{1}}{{m}}\\sum_{{i=1}}^m (h_\\theta(x^{{(i)}}) {dash} y^{{(i)}}) x_j^{{(i)}}")
    assert latex.verdict == "equivalent" and note in latex.notes
    assert check(f"{dash}1/m sum (y {dash} h) x_j").verdict == "equivalent"  # −(1/m) Σ (y − σ) x_j: the same


@pytest.mark.parametrize("answer", ["1\u2044m sum (h - y) x_j", "1\u2215m sum (h - y) x_j", "1/m sum (h - y)\u2219x_j",
                                    "\\frac{1}{m}\\sum_{i=1}^m (h_\\theta(x^{(i)}) - y^{(i)}) \u2219 x_j^{(i)}"])
def test_a_typeset_slash_or_bullet_operator_is_the_ascii_sign(answer):
    assert check(answer).verdict == "equivalent"


def test_a_typeset_slash_keeps_the_convention_of_1_over_2m():
    # audit31b: the fraction slash between digits sets them as one fraction (1⁄2 shows as ½), so 1⁄2m is the page's
    # ½m, refused as ½m is ((1/2)·m or 1/(2m)); it was read as 1/(2m). The division slash ∕ composes nothing: 1∕2m
    # is 1/2m, read by the convention
    refused(check, "1\u20442m sum (h - y) x_j")
    verdict = check("1\u22152m sum (h - y) x_j")  # 1/(2m): half the gradient, by the NumPy test above
    assert verdict.verdict == "different"
    assert any("as ML notes mean it" in note for note in verdict.notes)


# ------------------------------------------------------------------ σ'(z) in plain text


def _half_square_of_sigmoid(x, labels, w, b):
    """(1/2m) Σᵢ (σ(w xᵢ + b) − yᵢ)², a squared error on a sigmoid (one feature)."""
    return float(np.sum((sigmoid(w * x + b) - labels) ** 2) / (2 * len(labels)))


def test_the_chain_through_the_sigmoids_derivative_is_the_gradient_by_numpy():
    X, labels, theta = _data()
    p = sigmoid(X @ theta)
    chained = -X.T @ ((labels / p - (1 - labels) / (1 - p)) * p * (1 - p)) / len(labels)
    assert np.allclose(chained, central_differences(lambda t: cross_entropy(X, labels, t), theta), atol=1e-6)
    x, w, b = X[:, 0], 0.7, -0.3
    by_b = np.sum((sigmoid(w * x + b) - labels) * sigmoid(w * x + b) * (1 - sigmoid(w * x + b))) / len(labels)
    numeric = central_differences(lambda v: _half_square_of_sigmoid(x, labels, w, v[0]), np.array([b]))[0]
    assert abs(by_b - numeric) < 1e-6
    wrong = np.sum((w * x + b - labels) * sigmoid(w * x + b) * (1 - sigmoid(w * x + b))) / len(labels)
    assert abs(wrong - numeric) > 1e-3


@pytest.mark.parametrize("prime", ["σ'(θᵀx)", "sigma'(theta^T x)", "sigmoid'(theta^T x)", "σ’(θᵀx)"])
def test_a_sigmoids_prime_in_plain_text_is_its_derivative_noted(prime):
    right = check(f"-1/m sum (y/h - (1-y)/(1-h)) {prime} x_j")
    assert right.verdict == "equivalent"  # the chain above
    note = next(note for note in right.notes if "is the derivative of the sigmoid at" in note)
    assert note in right.to_text() and note in json.loads(right.to_json())["notes"]
    assert check(f"1/m sum (y/h - (1-y)/(1-h)) {prime} x_j").verdict == "different"  # the sign dropped


def test_a_sigmoids_prime_by_b_in_a_squared_error():
    cost = "1/2m sum (sigmoid(w x + b) - y)^2"
    assert check("1/m sum (sigmoid(w x + b) - y) σ'(w x + b)", cost=cost, wrt="b").verdict == "equivalent"
    assert check("1/m sum (w x + b - y) σ'(w x + b)", cost=cost, wrt="b").verdict == "different"


def test_a_prime_set_apart_or_on_another_name_stays_refused():
    refused(check, "-1/m sum (y/h - (1-y)/(1-h)) σ ' (θᵀx) x_j")
    refused(check, "-1/m sum (y - h) h' x_j")
