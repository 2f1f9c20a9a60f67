r"""The refusal causes of the twelfth blind corpus (tests/corpus/fresh_twelfth.py), read (issue 10).

1. Octave's ``m = length(X);`` as a --let (isolution's regularised logistic cost): refused ("'m' has a fixed
   meaning"). length(X) is max(size(X)); a let that names it m says the writer means the example count:
   read so, noted. Any other name for it (n = length(X)) and any let making m another count stay refused.

Gradients are held against central finite differences of NumPy costs written here by hand (tests/_numeric.py);
verdicts are worked by hand in the docstrings, never copied from logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(12)


def _sig(z):
    return 1 / (1 + np.exp(-z))


# --- 1. Octave's m = length(X); -----------------------------------------------------------------------------

_ISO_J0 = "((-y' * log(hx)) - ((1-y)' * log(1-hx)))/m"
_ISO_J = "(sum(-y' * log(hx) - (1 - y') * log(1 - hx)) / m) + lambda * sum(theta(2:end).^2) / (2*m)"
_ISO_LETS = ("hx = sigmoid(X * theta);", "m = length(X);")


def test_the_isolution_gradients_by_finite_differences():
    """J₀ = −(1/m)Σ[y log h + (1−y) log(1−h)] → Xᵀ(h − y)/m; J = J₀ + λ/(2m)Σ_{j≥2}θⱼ² adds λθⱼ/m for j ≥ 2."""
    X, y, theta, lam = RNG.normal(size=(7, 3)), RNG.integers(0, 2, 7).astype(float), RNG.normal(size=3), 0.6
    m = X.shape[0]

    def j0(t):
        h = _sig(X @ t)
        return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))

    unreg = X.T @ (_sig(X @ theta) - y) / m
    assert np.allclose(_fd(j0, theta), unreg, atol=1e-6)
    masked = unreg + lam * theta * np.r_[0, np.ones(2)] / m
    assert np.allclose(_fd(lambda t: j0(t) + lam / (2 * m) * np.sum(t[1:] ** 2), theta), masked, atol=1e-6)
    assert not np.allclose(masked, unreg + lam * theta / m)  # the unmasked variant differs in entry 1


@pytest.mark.parametrize("answer, cost, verdict", [
    ("((hx - y)' * X / m)'", _ISO_J0, "equivalent"),
    ("((hx - y)' * X / m)' + lambda .* theta .* [0; ones(length(theta)-1, 1)] ./ m", _ISO_J, "equivalent"),
    ("((hx - y)' * X / m)' + lambda .* theta ./ m", _ISO_J, "different"),  # regularised intercept
    ("((hx - y)' * X / m)' + lambda .* theta .* [0; ones(length(theta)-1, 1)] ./ (2*m)", _ISO_J, "different"),
])
def test_m_equals_length_of_X_is_read_as_the_example_count(answer, cost, verdict):
    # before: "'m' has a fixed meaning and cannot be redefined"
    result = check(answer, cost=cost, let=_ISO_LETS)
    assert result.verdict == verdict
    assert any("m = length(X) is Octave's larger size of X" in note for note in result.notes), result.notes


@pytest.mark.parametrize("let, words", [("n = length(X);", "fixed meaning"),
                                        ("m = length(theta);", "number of features"),
                                        ("m = size(X, 2);", "number of features")])
def test_other_lets_of_a_size_of_X_stay_refused(let, words):
    with pytest.raises(InputError) as caught:
        check("((hx - y)' * X / m)'", cost=_ISO_J0, let=("hx = sigmoid(X * theta);", let))
    assert words in str(caught.value)
