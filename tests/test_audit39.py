"""audit39 (issue 10): a metamorphic misread hunt over the real corpus (``benchmarks/misreads.py``).

The corpus's answers and costs that logderiv reads right are rewritten in ways whose effect on the meaning is
known by construction (``benchmarks/misreads.py`` says which), and judged again by the corpus's own judge
(``tests/corpus/judge.py``: hand-worked verdicts, finite differences of hand-written NumPy costs). Here: the
rewrites themselves, on texts worked by hand; the misreads the full run found, each with its source item and its
meaning worked by hand; and a fixed sample run through the hunt, which must find no misread.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from logderiv.errors import InputError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import misreads  # noqa: E402  (benchmarks/ is put on the path just above)

_RNG = np.random.default_rng(39)


# --- the rewrites, on texts worked by hand --------------------------------------------------------------------

@pytest.mark.parametrize("rewrite, text, rewritten", [
    (misreads.spaces, "(h - y) x", " (h  -  y)  x "),
    (misreads.parentheses, r"dw = \frac{1}{m} X^T(a - y).", r"dw = \left(\frac{1}{m} X^T(a - y)\right)."),
    (misreads.dollars, r"\frac{1}{m}X^T(a - y)", r"$\frac{1}{m}X^T(a - y)$"),
    (misreads.commute_sum, "1/m * X' * (h - y) + lambda/m * theta", "lambda/m * theta + 1/m * X' * (h - y)"),
    (misreads.commute_factor, r"\sum_{i=1}^N (p_i-y_i)x_i", r"\sum_{i=1}^N x_i (p_i-y_i)"),
    (misreads.one_over_latex, r"\frac{1}{m}\sum_i (h_i - y_i) x_i", r"\frac{\sum_i (h_i - y_i) x_i}{m}"),
    (misreads.one_over_plain, "(1/m) * X.T @ (h - y)", "(X.T @ (h - y)) / m"),
    (misreads.rename_index, r"\sum_{i=1}^{m} (h(x^{(i)}) - y^{(i)})", r"\sum_{k=1}^{m} (h(x^{(k)}) - y^{(k)})"),
    (misreads.rename_index_n, r"\sum_{i=1}^{m} y^{(i)}", r"\sum_{n=1}^{m} y^{(n)}"),
    (misreads.residual_sign_squared, "sum((x.w + b - y)^2)", "sum((y - (x.w + b))^2)"),
    (misreads.residual_sign, r"\frac{1}{m}\sum_i (h_i - y_i) x_i", r"\frac{1}{m}\sum_i (y_i - h_i) x_i"),
    (misreads.residual_squared, r"\sum_i (h_i - y_i) x_i", r"\sum_i (h_i - y_i)^2 x_i"),
    (misreads.drop_one_over, "np.dot(X.T, h - y) / m", "np.dot(X.T, h - y)"),
    (misreads.double_one_over, r"\frac{1}{m} X^T(a - y)", r"\frac{2}{m} X^T(a - y)"),
    (misreads.drop_sigma, r"\sum_i (\sigma(z_i) - y_i)", r"\sum_i ((z_i) - y_i)"),
    (misreads.swap_feature, r"\sum_i (h_i - y_i) x_j^{(i)}", r"\sum_i (h_i - y_i) x_k^{(i)}"),
])
def test_a_rewrite_does_what_it_says(rewrite, text, rewritten):
    """Each rewrite on a text worked by hand: the rewritten text is the one its docstring promises."""
    assert rewrite(text) == rewritten


@pytest.mark.parametrize("rewrite, text", [
    # the residual squared: flipping its sign is a preserving rewrite of its own, not a changing one
    (misreads.residual_sign, r"\sum_i (h_i - y_i)^2"),
    # two terms after the 1/m: \frac{…}{m} around one of them only would change the meaning
    (misreads.one_over_latex, r"\frac{1}{m}\sum_i (h_i - y_i) x_i + \lambda\theta_j"),
    # a bracketless sum first: whether it reaches past the '+' is a convention, so not commuted
    (misreads.commute_sum, r"\sum_i a_i + b"),
    # k already in the text: renaming i to k would merge two indices
    (misreads.rename_index, r"\sum_{i=1}^{m} x_k^{(i)}"),
    # N already written: it may count the examples while n counts the features
    (misreads.rename_index_n, r"\frac{1}{N}\sum_{i=1}^{N} y_i"),
    # σ(z)x_j: the group is σ's argument, not a factor to commute
    (misreads.commute_factor, r"\sigma(z - y) x_j"),
])
def test_a_rewrite_skips_a_text_it_cannot_rewrite_plainly(rewrite, text):
    """Where a pattern is not plainly there, the rewrite declines (None) rather than guess."""
    assert rewrite(text) is None


# --- the misreads the full run found ----------------------------------------------------------------------------

_VIDYA_COST = r"MSE  = \frac{1}{N} \sum\limits_{i=1}^{N} (y-b-wx_i)^2"


def test_the_hand_worked_gradient_of_vidya_s_mse():
    """MSE = (1/N) Σᵢ (yᵢ − b − wxᵢ)²: ∂/∂w = (1/N) Σᵢ 2(yᵢ − b − wxᵢ)(−xᵢ), ∂/∂b = (1/N) Σᵢ 2(yᵢ − b − wxᵢ)(−1)."""
    x, y = _RNG.normal(size=(2, 4))
    w, b = _RNG.normal(size=2)
    dw, db = central_differences(lambda v: np.mean((y - v[1] - v[0] * x) ** 2), np.array([w, b]))
    r = y - b - w * x
    assert np.isclose(dw, np.mean(2 * r * -x)) and np.isclose(db, np.mean(2 * r * -1))


@pytest.mark.parametrize("text, wrt", [
    (r"\frac{1}{N} \sum\limits_{i=1}^{N} 2(y-b-wx_i).(-x_i)", "w"),
    (r"\frac{1}{N} \sum\limits_{i=1}^{N} 2(y-b-wx_i).(-1)", "b"),
])
def test_vidya_s_answers_with_their_own_index_are_still_the_gradient(text, wrt):
    """f22-vidya-dMSE-dw-dot-product-chain, -db-dot-minus-one as written (index i): equivalent, as worked above."""
    assert logderiv.check(text, cost=_VIDYA_COST, wrt=wrt).verdict == "equivalent"


@pytest.mark.parametrize("text, wrt", [
    (r"\frac{1}{N} \sum\limits_{k=1}^{N} 2(y-b-wx_k).(-x_k)", "w"),
    (r"\frac{1}{N} \sum\limits_{k=1}^{N} 2(y-b-wx_k).(-1)", "b"),
])
def test_a_feature_letter_summed_to_the_example_count_over_bare_x_is_refused(text, wrt):
    """f22-vidya-… with the example index renamed k: the same gradient (k only marks x, N counts the examples).

    It was read as a sum over the features ('N counts the features here: read as n') and judged a confident
    'different'; k is a feature's letter and N the examples' count, so it is now refused at the sum, with a caret.
    """
    with pytest.raises(InputError, match="cannot tell whether the sum over 'k' runs over the examples") as error:
        logderiv.check(text, cost=_VIDYA_COST, wrt=wrt)
    assert error.value.column == text.index("k=1")  # the caret under the sum's index (0-based)


def test_the_hand_worked_gradient_of_half_the_mean_square():
    """J(θ₀, θ₁) = (1/2m) Σᵢ (θ₀ + θ₁xᵢ − yᵢ)²: ∂J/∂θ₀ = (1/m) Σᵢ (θ₀ + θ₁xᵢ − yᵢ), not m times one example's."""
    x, y = _RNG.normal(size=(2, 3))
    t0, t1 = _RNG.normal(size=2)
    (d0,) = central_differences(lambda v: np.mean((v[0] + t1 * x - y) ** 2) / 2, np.array([t0]))
    assert np.isclose(d0, np.mean(t0 + t1 * x - y))
    assert not np.isclose(d0, t0 + t1 * x[0] - y[0])


@pytest.mark.parametrize("text, wrt", [
    # f14-upson-J-theta01-no-example-index with i renamed k: read as m copies of one example's term ('m counts the
    # features here'), a gradient m times one free example's, against the mean worked above
    (r"J(\theta_0,\theta_1)=\frac{1}{2m}\sum_{k=1}^{m}(h_\theta(x)-y)^2", "theta_0"),
    # f5-sse303446-unindexed-yhat-same-n, renamed: n copies of (ŷ − y)², not the mean over the n examples
    (r"MSE=\frac{1}{2n}\sum_{k=1}^{n}\left ( \hat{y} - y \right )^2", "w_j"),
    # f16-hsbi-nn02-J-chain-no-example-index, renamed
    (r"J = \frac{1}{2m} \sum_{k=1}^{m} (\hat{y} - y)^2 = \frac{1}{2m} \sum_{k=1}^{m} (h(\mathbf{x}) - y)^2", "w_j"),
])
def test_a_feature_letter_over_bare_data_is_refused(text, wrt):
    """A sum over k whose terms write y bare and never k: the examples' sum, or copies of one term? Refused."""
    with pytest.raises(InputError, match="sums terms that write the data bare") as error:
        logderiv.derive(text, wrt=wrt)
    assert error.value.column == text.index("k=1")  # the caret under the sum's index (0-based)


def test_the_same_cost_with_the_example_index_is_still_read_as_the_mean():
    """f14-upson-J-theta01-no-example-index as written (Σᵢ, x and y bare): the mean over the examples, as before."""
    derivation = logderiv.derive(r"J(\theta_0,\theta_1)=\frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x)-y)^2", wrt="theta_0")
    assert "Sum(1" not in str(derivation.result)
    assert any(note.startswith("the example index is implied") for note in derivation.notes)


# --- a fixed sample through the hunt ------------------------------------------------------------------------------

#: answers judged right today, chosen so that every answer rewrite applies to at least one of them
_ANSWERS = ("kar137-logreg-dw-yhat", "f6-jackey-dw1-sigma-z-unindexed", "f21-mahdi-dL-dw-bare-sum-x",
            "f13-octave-thetaR-grad", "f22-vidya-dMSE-dw-dot-product-chain", "f33-ckh-grad")
#: costs judged right today, among them the sources of the misreads above
_COSTS = ("pastebin-comment-sum-power", "f5-mathz-two-J-left-side", "f14-upson-J-theta01-no-example-index",
          "f6-mani-superscript-example-index")


def test_the_fixed_sample_has_no_misread():
    """Every rewrite of the sample is judged the same, or refused; none is judged wrong (a silent misread)."""
    from corpus import ANSWERS, COSTS

    answers = [item for item in ANSWERS if item.id in _ANSWERS]
    costs = [item for item in COSTS if item.id in _COSTS]
    assert len(answers) == len(_ANSWERS) and len(costs) == len(_COSTS)
    answer_counts, answer_flips = misreads.hunt_answers(answers)
    cost_counts, cost_flips = misreads.hunt_costs(costs)
    assert [flip for flip in answer_flips + cost_flips if flip.outcome == "wrong"] == []
    # the sample exercises every rewrite (else the test would prove nothing of it)
    assert {name for name, _ in answer_counts} == set(misreads.PRESERVING) - {"squared-residual-sign"} \
        | set(misreads.CHANGING)
    assert {name for name, _ in cost_counts} >= {"squared-residual-sign", "rename-i"} | set(misreads.COST_CHANGING)
