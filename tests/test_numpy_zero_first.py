"""NumPy's spellings of θ with its first entry 0: ``np.r_[0, theta[1:]]``, ``np.concatenate(([0], theta[1:]))`` …

Each is Octave's ``[0; theta(2:end)]``, the gradient of a penalty that leaves the intercept out
(noted). Verdicts are held against the Octave spelling, read before.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError

COST = "-np.mean(y*np.log(h) + (1-y)*np.log(1-h)) + lam/(2*m) * np.sum(theta[1:]**2)"
LETS = ("h = sigmoid(X @ theta)",)


@pytest.mark.parametrize(
    "zero_first",
    ["np.r_[0, theta[1:]]", "np.concatenate(([0], theta[1:]))", "np.concatenate([[0], theta[1:]])",
     "np.hstack(([0], theta[1:]))", "np.append(0, theta[1:])", "np.insert(theta[1:], 0, 0)"],
)
@pytest.mark.parametrize(("scale", "verdict"), [("lam / m", "equivalent"), ("lam", "different")])
def test_numpy_zero_first_is_octaves(zero_first, scale, verdict):
    answer = f"X.T @ (h - y) / m + {scale} * {zero_first}"
    read = check(answer, cost=COST, let=LETS)
    assert read.verdict == verdict
    octave = check(f"X.T @ (h - y) / m + {scale} * [0; theta(2:end)]", cost=COST, let=LETS)
    assert octave.verdict == verdict
    if verdict == "equivalent":
        assert any(note.startswith("read as NumPy: np.") and "is theta with its first entry, the intercept, set to 0"
                   in note for note in read.notes), read.notes


def test_another_stack_is_left_alone():
    """np.r_[1, theta[1:]] is no zero-first vector: left alone, refused as before."""
    with pytest.raises(InputError):
        check("X.T @ (h - y) / m + lam / m * np.r_[1, theta[1:]]", cost=COST, let=LETS)
