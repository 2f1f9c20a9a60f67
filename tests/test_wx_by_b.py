"""A bare ``wx`` asked by b alone: one feature's product by the course convention, with a note on the other reading.

f46's J(w, b) (joankusuma.com, 'Day 14: Gradient Descent for Logistic Regression', a stored copy) writes
``f(x) = 1/(1 + e^{-(wx + b)})`` with no bold and no transpose; the post's code makes w a vector. Asked by w_j, w is a
vector; asked by w, one number; asked by b alone, nothing written says which, and MLS's own one-feature course writes
``f_{w,b}(x) = wx + b`` just so (its many-feature model is ``\\mathbf{w} \\cdot \\mathbf{x} + b``). logderiv keeps the
one-feature reading and says so twice: what it read, and how to ask for the other. Gradients are held against finite
differences of costs written by hand in NumPy (tests/corpus/judge.py), never against logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _reading import assert_gradient_read, notes_of

JOAN_J = (
    r"J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(f(x^{(i)})) + (1 - y^{(i)}) \log(1 - f(x^{(i)})) "
    r"\right]"
)


def _f_let(score: str) -> tuple[str]:
    return (rf"f(x) = \frac{{1}}{{1 + e^{{-({score})}}}}",)


def _mean_cross_entropy(d) -> float:
    """The post's cost by hand: w the weight vector, x⁽ⁱ⁾ row i of X."""
    p = 1.0 / (1.0 + np.exp(-(d.X @ d.w + d.b)))
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _one_feature_cross_entropy(d) -> float:
    """The same cost with one feature: w one number, x⁽ⁱ⁾ a number."""
    p = 1.0 / (1.0 + np.exp(-(d.w[0] * d.x + d.b)))
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_by_b_alone_wx_is_one_feature_and_both_notes_say_so():
    notes = notes_of(logderiv.derive(JOAN_J, wrt="b", let=_f_let("wx + b")))
    assert any(note.startswith("w is a scalar here: one-feature model") for note in notes)
    other = {note for note in notes if note.startswith("by --wrt b nothing asks for w's entries")}
    assert len(other) == 1 and all("wᵀx" in note and "derive by w_j" in note for note in other)


def test_by_b_alone_the_one_feature_gradient_is_right():
    assert_gradient_read(JOAN_J, _one_feature_cross_entropy, wrt=("w", "b"), lets=_f_let("wx + b"))


def test_by_w_j_wx_is_the_dot_product():
    assert_gradient_read(JOAN_J, _mean_cross_entropy, wrt=("w_j",), lets=_f_let("wx + b"))
    notes = notes_of(logderiv.derive(JOAN_J, wrt="w_j", let=_f_let("wx + b")))
    assert not any("is a scalar here" in note or note.startswith("by --wrt") for note in notes)


@pytest.mark.parametrize("score", [r"\mathbf{w} \cdot \mathbf{x} + b", "w^T x + b"])
def test_the_notes_spellings_of_a_vector_w_are_read_so_by_b(score):
    """What the second note asks the writer to type reads w as the weight vector, asked by b and by w_j."""
    assert_gradient_read(JOAN_J, _mean_cross_entropy, wrt=("w_j", "b"), lets=_f_let(score))
    notes = notes_of(logderiv.derive(JOAN_J, wrt="b", let=_f_let(score)))
    assert not any("is a scalar here" in note or note.startswith("by --wrt") for note in notes)


def test_by_w_the_bare_letter_says_one_number_and_needs_no_second_note():
    notes = notes_of(logderiv.derive(JOAN_J, wrt="w", let=_f_let("wx + b")))
    assert any(note.startswith("w is a scalar here") for note in notes)
    assert not any(note.startswith("by --wrt") for note in notes)


_PAGE = (
    "$$\\hat{y} = w x + b$$\n\n$$L = \\frac{1}{n} \\sum_{i=1}^{n} (y_i - \\hat{y_i})^2$$\n\n"
    "$$\\frac{dL}{dw} = -\\frac{2}{n} \\sum (y_i - \\hat{y_i})x_i$$\n\n"
)
_BY_B = "$$\\frac{dL}{db} = -\\frac{2}{n} \\sum (y_i - \\hat{y_i})$$\n"


def test_a_page_that_also_derives_by_w_does_not_ask_about_a_vector_w(tmp_path):
    """∂L/∂w by the bare letter already says w is one number: ∂L/∂b's second note is not the page's question."""
    import json

    from _derivations_table import steps_of_page

    both = steps_of_page(tmp_path, _PAGE + _BY_B, "-f", "json")
    review = json.loads(both.stdout)
    assert both.exit_code == 0 and review["ending"] == "gradient"
    assert not any(" nothing asks for " in note for note in review["notes"])
    alone = steps_of_page(tmp_path, _PAGE.split("$$\\frac{dL}{dw}")[0] + _BY_B, "-f", "json")
    assert any(note.startswith("by --wrt b nothing asks for w's entries") for note in json.loads(alone.stdout)["notes"])
