"""Stop 40's final read: fixoct40's Octave penalty-loop header ended ``\\s*[,;]?\\s*$``, quadratic in a run of spaces.

``for j = 2:size(theta)`` then 20,000 spaces and a character the header cannot end with took 2 s in one ``match``
(the time limit cannot stop a regular expression); written ``\\s*(?:[,;]\\s*)?$``, the same language with one split
of the run, it takes a millisecond. The old source is the specification: every match and group is the same.

And what the gate found at the merge: θ re-bound beside Octave's zeroing, refused by two older tests, is now read
(fixlet40's let scripts with the zeroing readers), each verdict worked out by hand and by finite differences.
"""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from _numeric import central_differences, intercept_free_ridge_cross_entropy, sigmoid
from _reading import assert_verdict_read
from logderiv.notation import statements

#: the header as fixoct40 wrote it (the two-way ending), the specification of the one-way one
_OLD = (r"^for\s+(?P<var>[A-Za-z_]\w*)\s*=\s*(?P<first>[12])\s*:\s*(?P<count>n|(?:size|length|numel)\(\s*theta\s*\)|"
        r"size\(\s*theta\s*,\s*1\s*\))\s*[,;]?\s*$")
_HEADS = ["for j = 2:size(theta)", "for j=1:n", "for k = 2 : numel(theta)", "for j = 2:size(theta, 1)",
          "for j = 3:n", "for j = 2:m"]
_TAILS = [" ", " ", ";", ",", "\t", "x", "%", ")"]


def test_the_loop_header_matches_what_the_two_way_ending_matched():
    old, new = re.compile(_OLD), statements._OCTAVE_FEATURE_LOOP.compiled()
    rng = random.Random(40)
    for _ in range(3000):
        text = rng.choice(_HEADS) + "".join(rng.choice(_TAILS) for _ in range(rng.randint(0, 6)))
        before, after = old.match(text), new.match(text)
        assert (before and (before.span(), before.groupdict())) == (after and (after.span(), after.groupdict())), text


def test_a_loop_header_beside_a_long_run_of_spaces_is_matched_at_once():
    # 20,000 spaces then a character no header ends with: not a header (by hand); then the same run ending in ';'
    header = "for j = 2:size(theta)"
    assert statements._OCTAVE_FEATURE_LOOP.match(header + " " * 20_000 + "x") is None
    found = statements._OCTAVE_FEATURE_LOOP.match(header + " " * 20_000 + ";")
    assert found is not None and found.group("count") == "size(theta)" and found.group("first") == "2"


# ---------------------------------------------------------------- θ re-bound beside a zeroing (fixlet40's let scripts)
# Two older tests expected a refusal where a line re-binds theta beside Octave's zeroing (test_fixoct34's
# 'theta(1) = 0; theta = theta * 2;', test_audoct35a's 't = theta; theta = 2*theta; t(1) = 0;'): stop 40 reads them,
# in Octave's order, noted. The verdicts below are worked out by hand in NumPy, running the lines as Octave does.

def _data(seed: int, m: int = 7, n: int = 4):
    rng = np.random.default_rng(seed)
    X = np.column_stack([np.ones(m), rng.normal(size=(m, n - 1))])
    return X, rng.normal(size=m), rng.normal(size=n), 0.7


def _skip_cost(X, y, lam):
    # test_audoct35a's SKIP_COST: (1/(2m))Σ(Xθ − y)² + (λ/(2m))Σ_{j≥2} θ_j²
    m = len(y)
    return lambda theta: ((X @ theta - y) ** 2).sum() / (2 * m) + lam / (2 * m) * (theta[1:] ** 2).sum()


@pytest.mark.parametrize("text, scale_residual, scale_penalty, verdict", [
    # t copies θ before θ is doubled: t(1) = 0 gives [0; θ(2:end)] of the θ given; X*theta is X·2θ
    ("t = theta;\ntheta = 2*theta;\nt(1) = 0;\ngrad = X'*(X*theta-y)/m + lambda/m*t;", 2.0, 1.0, "different"),
    ("t = theta;\ntheta = 2*theta;\nt(1) = 0;\ngrad = X'*(X*theta/2-y)/m + lambda/m*t;", 1.0, 1.0, "equivalent"),
    ("t = theta;\ntheta = 2*theta;\nt(1) = 0;\ngrad = X'*(X*theta/2-y)/m + lambda/m*t/2;", 1.0, 0.5, "different"),
])
def test_a_copy_taken_before_theta_is_rebound_keeps_the_theta_given(text, scale_residual, scale_penalty, verdict):
    from test_audoct35a import LETS, SKIP_COST

    X, y, theta, lam = _data(35)
    m = len(y)
    zeroed = np.concatenate([[0.0], theta[1:]])
    by_hand = X.T @ (X @ (scale_residual * theta) - y) / m + scale_penalty * lam / m * zeroed
    truth = central_differences(_skip_cost(X, y, lam), theta)
    assert np.allclose(by_hand, truth, atol=1e-5) == (verdict == "equivalent")
    assert_verdict_read(text, SKIP_COST, verdict, lets=LETS)


def test_theta_doubled_after_its_zeroing_doubles_the_penalty_of_the_zeroed_theta():
    from test_fixoct34 import JUNGGIL_BLOCK, JUNGGIL_GRAD, JUNGGIL_LETS

    # theta(1) = 0; theta = theta * 2; then grad's theta is 2·[0; θ(2:end)], while h (a --let) used the θ given:
    # the penalty's gradient twice what J's is (J zeroes θ₁ before its penalty)
    X, y, theta, lam = _data(34)
    labels = (y > 0).astype(float)
    m = len(labels)
    zeroed = np.concatenate([[0.0], theta[1:]])
    by_hand = X.T @ (sigmoid(X @ theta) - labels) / m + lam / m * 2 * zeroed
    truth = central_differences(lambda t: intercept_free_ridge_cross_entropy(X, labels, t, lam), theta)
    assert not np.allclose(by_hand, truth, atol=1e-5)
    assert np.allclose(by_hand - lam / m * zeroed, truth, atol=1e-5)  # the slip is the doubled penalty alone
    assert_verdict_read("theta(1) = 0;\ntheta = theta * 2;\n" + JUNGGIL_GRAD, JUNGGIL_BLOCK, "different",
                        lets=JUNGGIL_LETS)
