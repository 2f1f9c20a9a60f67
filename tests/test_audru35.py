r"""audru35: an adversarial audit of fixru35 (ℓ or l bounding a sum over the examples i, read as m).

fixru35 reads l (or ℓ) as the number of examples in a text where it bounds \sum_{i=1}^{l} and is otherwise a bare
quantity; logderiv already read l as the number of FEATURES in a text where it bounds a sum over the features
(\sum_{k=1}^{l} w_k x_{ik}). Each text was read alone, so a cost and an answer (or two lines of one page) that write
the same letter l for two different counts were each renamed their own way, and the letter's two meanings met as
one: a student who copied the cost's l (the features) into the bound and the mean of the sum over the examples was
told "equivalent", and a page whose line sums the features up to the cost's l (the examples) was judged right.

The writer's l is one quantity across the texts: the same letter counts examples in one and features in the other
only by a slip, whose gradient differs (the finite differences below, with m ≠ n). Which one is meant cannot be
told, so it is refused at the letter, with both readings said.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from _derivations_table import steps_of_page
from _numeric import central_differences as _fd
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(3535)

# l counts the FEATURES (it bounds the sum over k of w_k x_{ik}); the answer writes l for the count of the examples
FEATURES_L_COST = r"J = \frac{1}{2m} \sum_{i=1}^{m} \left(\sum_{k=1}^{l} w_k x_{ik} - y_i\right)^2"
EXAMPLES_L_ANSWER = r"\frac{1}{l} \sum_{i=1}^{l} \left(\sum_{k=1}^{n} w_k x_{ik} - y_i\right) x_{ij}"
# l counts the EXAMPLES (Russian notes' Q(w)); the answer writes l as the bound of the sum over the features
EXAMPLES_L_COST = r"Q(w) = \frac{1}{l} \sum_{i=1}^{l} \left(\sum_{k=1}^{n} w_k x_{ik} - y_i\right)^2"
FEATURES_L_ANSWER = r"\frac{2}{m} \sum_{i=1}^{m} \left(\sum_{k=1}^{l} w_k x_{ik} - y_i\right) x_{ij}"


def test_by_hand_the_letter_read_two_ways_gives_another_gradient():
    """With l one quantity, each pair is a slip: by FD, with m = 5 examples and n = 3 features, they differ."""
    m, n = 5, 3
    X, y, w = RNG.normal(size=(m, n)), RNG.normal(size=m), RNG.normal(size=n)
    # cost 1 with l = n: (1/2m) Σᵢ (Xw − y)ᵢ², gradient (1/m) Xᵀ(Xw − y)
    right = _fd(lambda v: float(np.sum((X @ v - y) ** 2)) / (2 * m), w)
    assert np.allclose(right, X.T @ (X @ w - y) / m)
    # the answer with its l the cost's l = n: (1/n) Σ_{i≤n} (xᵢᵀw − yᵢ) xᵢ — the first n examples, divided by n
    assert not np.allclose(right, X[:n].T @ (X[:n] @ w - y[:n]) / n)
    # cost 2 with l = m: (1/m) Σᵢ (Xw − y)ᵢ², gradient (2/m) Xᵀ(Xw − y)
    right2 = _fd(lambda v: float(np.sum((X @ v - y) ** 2)) / m, w)
    assert np.allclose(right2, 2 / m * X.T @ (X @ w - y))
    # the answer's inner Σ_{k≤l} with l = m = 5 > n runs past the features: no gradient of this cost (and with
    # m < n it drops features): e.g. m = 2, n = 3 keeps w₁x₁ + w₂x₂ only
    X2, y2, w2 = RNG.normal(size=(2, 3)), RNG.normal(size=2), RNG.normal(size=3)
    full = _fd(lambda v: float(np.sum((X2 @ v - y2) ** 2)) / 2, w2)
    cut = 2 / 2 * X2.T @ (X2[:, :2] @ w2[:2] - y2)
    assert not np.allclose(full, cut)


@pytest.mark.parametrize("cost, answer", [
    (FEATURES_L_COST, EXAMPLES_L_ANSWER),
    (EXAMPLES_L_COST, FEATURES_L_ANSWER),
], ids=["cost-l-features-answer-l-examples", "cost-l-examples-answer-l-features"])
def test_the_same_letter_counting_two_ranges_in_cost_and_answer_is_refused(cost, answer):
    # was: "equivalent" (the cost's l read as n, the answer's as m, or the other way round)
    with pytest.raises(InputError) as raised:
        check(answer, cost=cost, wrt="w_j")
    message = str(raised.value)
    assert "l counts the examples" in message and "the features" in message
    # the caret at the answer's first l (not the l of \left)
    assert raised.value.column == re.search(r"(?<![A-Za-z\\])l(?![A-Za-z])", answer).start()


def test_the_same_letter_counting_the_same_range_is_still_read():
    """Guard: the cost's l and the answer's l both count the examples: one count (fixru35's reading kept)."""
    result = check(r"\frac{2}{l} \sum_{i=1}^{l} \left(\sum_{k=1}^{n} w_k x_{ik} - y_i\right) x_{ij}",
                   cost=EXAMPLES_L_COST, wrt="w_j")
    assert result.verdict == "equivalent"
    result = check(r"\frac{1}{l} \sum_{i=1}^{l} \left(\sum_{k=1}^{n} w_k x_{ik} - y_i\right) x_{ij}",
                   cost=EXAMPLES_L_COST, wrt="w_j")
    assert result.verdict == "different"


PAGE_FEATURES_THEN_EXAMPLES = (
    "$$J(w) = \\frac{1}{2m} \\sum_{i=1}^{m} \\left(\\sum_{k=1}^{l} w_k x_{ik} - y_i\\right)^2$$\n\n"
    "$$\\frac{\\partial J}{\\partial w_j} = \\frac{1}{l} \\sum_{i=1}^{l} \\left(\\sum_{k=1}^{n} w_k x_{ik} - y_i\\right) x_{ij}$$\n")
PAGE_EXAMPLES_THEN_FEATURES = (
    "$$J(w) = \\frac{1}{l} \\sum_{i=1}^{l} \\left(\\sum_{k=1}^{n} w_k x_{ik} - y_i\\right)^2$$\n\n"
    "$$\\frac{\\partial J}{\\partial w_j} = \\frac{2}{m} \\sum_{i=1}^{m} \\left(\\sum_{k=1}^{l} w_k x_{ik} - y_i\\right) x_{ij}$$\n")


@pytest.mark.parametrize("page", [PAGE_FEATURES_THEN_EXAMPLES, PAGE_EXAMPLES_THEN_FEATURES],
                         ids=["features-then-examples", "examples-then-features"])
def test_a_page_whose_lines_count_two_ranges_by_one_letter_is_refused(tmp_path, page):
    # was: "✓ every step holds, and the last line is the gradient" (each line's l renamed its own way)
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "(in FILE, line 3, column" in result.stderr
    assert "l counts the examples" in result.stderr and "the features" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_a_page_counting_the_examples_by_l_throughout_is_still_read(tmp_path):
    page = ("$$J(w) = \\frac{1}{l} \\sum_{i=1}^{l} (\\langle w, x_i \\rangle - y_i)^2$$\n\n"
            "$$\\frac{\\partial J}{\\partial w_j} = \\frac{2}{l} \\sum_{i=1}^{l} (\\langle w, x_i \\rangle - y_i) x_{ij}$$\n")
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 0, result.stderr
    assert '"ending": "gradient"' in result.stdout
