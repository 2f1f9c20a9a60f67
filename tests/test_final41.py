"""Stop 41's own checks at the merge: the corpus judge's reading of one text asked by two parameters.

f87-idx18366876626-md-mse-hat-y (public code index file 18366876626, a Markdown note, '#### Cost Function:') writes
MSE = \\frac{1}{n}\\sum_{i=1}^n(y_i-\\hat y_i)^2 and never defines ŷ; its code has y_pred = X @ w + b. Asked by w_j
and by b, each derivation read ŷ alone from its --wrt: h = wᵀx by w_j (no bias: the text names none) and h = θᵀx + b
by b, each noted. Measured cold, the w_j derivation of the bias-free reading was held against finite differences of
the note's cost with its bias and called wrong: the judge now says the item's two derivations read two models (one
text read two ways, neither the item's one meaning), as it says of w · x read two ways.
"""

from __future__ import annotations

from corpus.items import Cost
from corpus.judge import judge_cost

_TEXT = r"MSE = \frac{1}{n}\sum_{i=1}^n(y_i-\hat y_i)^2"


def _with_bias(d):
    # by hand: the note's MSE of ŷ = Xw + b (its code's y_pred)
    r = d.y - (d.X @ d.w + d.b)
    return float(r @ r) / d.m


def _without_bias(d):
    # by hand: the same MSE of ŷ = Xw, no intercept
    r = d.y - d.X @ d.w
    return float(r @ r) / d.m


def test_an_undefined_prediction_read_two_ways_by_two_parameters_is_not_read():
    item = Cost(id="final41-mse-hat-y", source="public code index file 18366876626", text=_TEXT,
                intended=_with_bias, wrt=("w_j", "b"))
    outcome = judge_cost(item)
    assert outcome.kind == "refused"
    assert "one text read two ways" in outcome.detail and "wᵀx" in outcome.detail and "+ b" in outcome.detail


def test_the_same_text_asked_by_one_parameter_is_still_judged_by_finite_differences():
    # by w_j alone the reading is one (h = wᵀx, noted) and it agrees with the bias-free MSE's finite differences,
    # and not with the MSE of a model with a bias (the oracle's draw of b is nonzero)
    assert judge_cost(Cost(id="final41-mse-hat-y-w", source="public code index file 18366876626", text=_TEXT,
                           intended=_without_bias, wrt=("w_j",))).kind == "right"
    assert judge_cost(Cost(id="final41-mse-hat-y-wb", source="public code index file 18366876626", text=_TEXT,
                           intended=_with_bias, wrt=("w_j",))).kind == "wrong"
