"""Code's inner product written as a sum of an entrywise product inside a model (issue 10, fixsum37).

Source (the audit's finding, verbatim): ``logderiv check --cost '(y - y_hat) ** 2' --let 'y_hat = np.sum(w * x) + b'
--wrt w '2 * (y_hat - y) * x'`` was judged "different" on main: np.sum(w * x) was read as a sum over the examples
of a one-feature line (expected −(2y − 2ŷ) Σᵢ xᵢ). The writer means one example's model ŷ = w·x + b, w and x the
vectors of its features; the gradient is 2(ŷ − y)x, worked out by hand below and checked by finite differences.

Read now (noted) where the text settles it — the cost is one example's loss, or the text indexes w; refused with a
caret and both readings where the cost sums over the examples and nothing indexes w. Guards: texts that are not that
sum keep their readings.
"""

from __future__ import annotations

import numpy as np
import pytest

from logderiv import check
from logderiv.errors import InputError

from _numeric import central_differences
from _reading import notes_of

#: the audit's cost, verbatim
COST = "(y - y_hat) ** 2"
#: the audit's answer, verbatim: 2(ŷ − y)x
ANSWER = "2 * (y_hat - y) * x"


def _squared_loss(x: np.ndarray, y: float, params: np.ndarray) -> float:
    """(y − (w·x + b))², one example's loss, params = (w₁ … wₙ, b): written out here, nothing from logderiv."""
    w, b = params[:-1], params[-1]
    return float((y - (np.sum(w * x) + b)) ** 2)


def test_the_hand_gradient_agrees_with_finite_differences():
    """By hand: ∂/∂wⱼ (y − w·x − b)² = −2(y − ŷ)xⱼ = 2(ŷ − y)xⱼ; by b: 2(ŷ − y). Checked at random points."""
    rng = np.random.default_rng(37)
    for _ in range(5):
        x, w, b, y = rng.normal(size=4), rng.normal(size=4), rng.normal(), rng.normal()
        y_hat = np.sum(w * x) + b
        hand = np.append(2 * (y_hat - y) * x, 2 * (y_hat - y))
        numeric = central_differences(lambda params: _squared_loss(x, y, params), np.append(w, b))
        assert np.allclose(hand, numeric, atol=1e-6)
        # main's reading, −(2y − 2ŷ) Σᵢ xᵢ with w one number, is another value: the misread was no rounding
        assert not np.allclose(hand[:-1], 2 * (y_hat - y) * np.sum(x))


SPELLINGS = [
    ("y_hat = np.sum(w * x) + b", "w"),          # the audit's text
    ("y_hat = sum(w*x) + b", "w"),               # Python's builtin sum
    ("y_hat = (w * x).sum() + b", "w"),          # the array's method
    ("y_hat = np.sum(x * w) + b", "w"),          # the data first
    ("y_hat = np.sum(theta * x) + b", "theta"),
    ("y_hat = np.sum(x * theta) + b", "theta"),
    ("y_hat = numpy.sum(weights * x) + b", "weights"),
]


@pytest.mark.parametrize(("let", "wrt"), SPELLINGS)
def test_one_examples_sum_of_the_product_is_the_inner_product(let, wrt):
    """One example's loss: the sum runs over the features, ŷ = wᵀx + b, and 2(ŷ − y)x is the gradient (noted)."""
    verdict = check(ANSWER, cost=COST, let=[let], wrt=wrt)
    assert verdict.verdict == "equivalent"
    said = " ".join(notes_of(verdict))
    assert "is read as the inner product" in said and "one example's loss" in said


@pytest.mark.parametrize(("let", "wrt"), SPELLINGS)
def test_the_old_reading_is_now_different(let, wrt):
    """Main's expected value 2(ŷ − y) Σᵢ xᵢ is not the gradient of the model written, and a forgotten x neither."""
    assert check("2 * (y_hat - y)", cost=COST, let=[let], wrt=wrt).verdict == "different"


def test_by_an_entry():
    """--wrt w_j: ∂J/∂wⱼ = 2(ŷ − y)xⱼ (the hand gradient above, entry j)."""
    verdict = check("2 * (y_hat - y) * x_j", cost=COST, let=["y_hat = np.sum(w * x) + b"], wrt="w_j")
    assert verdict.verdict == "equivalent"


def test_by_the_intercept():
    """--wrt b: 2(ŷ − y) (the hand gradient's last entry); 2(ŷ − y)x is not it."""
    assert check("2 * (y_hat - y)", cost=COST, let=["y_hat = np.sum(w * x) + b"], wrt="b").verdict == "equivalent"
    assert check(ANSWER, cost=COST, let=["y_hat = np.sum(w * x) + b"], wrt="b").verdict == "different"


def test_a_summed_cost_that_indexes_w_is_read():
    """(1/m)Σᵢ(yᵢ − ŷᵢ)² + λwⱼ²... by w_j: the text's w_j says w is a vector of features; ∂/∂wⱼ by hand is
    (2/m)Σᵢ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ + 2λwⱼ, checked by finite differences below."""
    cost = "np.mean((y - y_hat) ** 2) + lam * w_j ** 2"
    verdict = check("(2/m) * np.sum((y_hat - y) * x_j) + 2 * lam * w_j", cost=cost,
                    let=["y_hat = np.sum(w * x) + b"], wrt="w_j")
    assert verdict.verdict == "equivalent"
    assert any("the text indexes w" in note for note in notes_of(verdict))
    rng = np.random.default_rng(3)
    X, y, w, lam, j = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3), 0.7, 1

    def cost_of(params):
        return float(np.mean((y - (X @ params)) ** 2) + lam * params[j] ** 2)

    hand = 2 / 6 * np.sum((X @ w - y) * X[:, j]) + 2 * lam * w[j]
    assert np.isclose(central_differences(cost_of, w)[j], hand, atol=1e-6)


@pytest.mark.parametrize("cost", ["np.mean((y - y_hat) ** 2)", "(1/m) * np.sum((y - y_hat) ** 2)",
                                  "sum((y - y_hat) ** 2)"])
def test_a_summed_cost_is_refused_with_both_readings(cost):
    """A cost summed over the examples beside np.sum(w * x) with w never indexed: vectorised code writes it so over a
    data matrix too. Refused at the sum, naming both readings — never read as Σᵢ inside the model."""
    let = "y_hat = np.sum(w * x) + b"
    with pytest.raises(InputError) as raised:
        check(ANSWER, cost=cost, let=[let], wrt="w")
    error = raised.value
    assert "inner product w·x" in str(error) and "sum over the examples" in str(error)
    assert error.source == let and error.column == let.index("np.sum")


def test_slope_summed_is_refused_not_read_as_one_line():
    """np.sum(slope * x): a vector named slope is no one line's slope; the word is not respelled w (a scalar) and the
    text is refused, not read as Σᵢ w xᵢ."""
    with pytest.raises(InputError) as raised:
        check("2 * (y_hat - y) * x", cost=COST, let=["y_hat = np.sum(slope * x) + b"], wrt="slope")
    assert "slope" in str(raised.value)


# guards: texts that are not a parameter's sum of its product with x keep their readings


def test_guard_the_one_feature_line_stays_one_feature():
    """ŷ = w x + b with no sum: w one number (noted as ever); ∂/∂w (y − wx − b)² = 2(ŷ − y)x."""
    verdict = check(ANSWER, cost=COST, let=["y_hat = w * x + b"], wrt="w")
    assert verdict.verdict == "equivalent"
    said = " ".join(notes_of(verdict))
    assert "is a scalar here" in said and "inner product" not in said


def test_guard_the_sum_of_the_loss_is_no_model():
    """np.sum over the cost's own terms is the sum over examples it always was: not the new note."""
    verdict = check("(2/m) * np.sum((y_hat - y) * x)", cost="(1/m) * np.sum((y - y_hat) ** 2)",
                    let=["y_hat = np.dot(w, x) + b"], wrt="w")
    assert verdict.verdict == "equivalent"
    assert not any("is read as the inner product" in note for note in notes_of(verdict))


@pytest.mark.parametrize("let", ["y_hat = np.sum(w * X) + b", "y_hat = np.sum(w * x * y) + b",
                                 "y_hat = np.sum(w * x_i) + b"])
def test_guard_other_sums_are_not_respelled(let):
    """A capital X (a data matrix), a third factor, or an example's x_i: not one example's w·x; not the new note."""
    try:
        verdict = check(ANSWER, cost=COST, let=[let], wrt="w")
    except InputError:
        return
    assert not any("is read as the inner product" in note for note in notes_of(verdict))


def test_a_cost_named_by_a_let_that_sums_is_a_summed_cost():
    """--cost J beside --let 'J = np.mean(…)': the sum over the examples is in the let the cost names, so the cost is
    no one example's loss (the note would say so falsely): refused as the summed cost is, at the model's sum."""
    let = "y_hat = np.sum(w * x) + b"
    with pytest.raises(InputError) as raised:
        check("(2/m) * np.sum((y_hat - y) * x)", cost="J", let=["J = np.mean((y - y_hat) ** 2)", let], wrt="w")
    assert "inner product w·x" in str(raised.value) and raised.value.column == let.index("np.sum")


def test_guard_latex_sum_is_not_code():
    """\\sum(w * x) is LaTeX's Σ, not code's sum(…): not respelled to np.dot (it reads as main reads it, or is refused)."""
    from logderiv.notation.inner_sum_lets import read_inner_sum_lets

    lets = [r"\hat y = \sum(w * x) + b"]
    assert read_inner_sum_lets(lets, COST) == (lets, [])
