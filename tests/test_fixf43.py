"""Issue 10, the f43 wave's families (fixf43): lets whose head carries Unicode's subscript ᵢ, …

The texts are the wave's own, verbatim (their sources in tests/corpus/fresh_fortythird.py). Each gradient is held to
finite differences of a NumPy cost written here by hand (tests/_numeric.py, or the corpus judge through
tests/_reading.py); each verdict is worked out by hand in the comment beside it. Near-variants that mean something
else must be refused or read right, never misread.
"""

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_verdict_read, notes_of, refused

# source: public code index file 55922821741 (Python, 01_manual_gradient.py of a Chinese PyTorch study repository,
# the header comment '核心数学': '损失：L = (1/N) * Σᵢ (ŷᵢ - yᵢ)²', '模型：ŷ = wx + b', '令 eᵢ = ŷᵢ - yᵢ（残差）')
ZHM_COST = "L = (1/N) * Σᵢ (ŷᵢ - yᵢ)²"
ZHM_MODEL = "ŷ = wx + b"
ZHM_DW = "∂L/∂w = (2/N) * Σᵢ eᵢ · xᵢ"
ZHM_DB = "∂L/∂b = (2/N) * Σᵢ eᵢ"


def test_mse_gradient_of_a_line_by_hand_matches_finite_differences():
    # the truth the verdicts below rest on: L = mean((wx + b − y)²) has ∂L/∂w = (2/N)Σ(ŷ − y)x, ∂L/∂b = (2/N)Σ(ŷ − y)
    rng = np.random.default_rng(43)
    x, y = rng.normal(size=5), rng.normal(size=5)

    def cost(p):
        return float(np.mean((p[0] * x + p[1] - y) ** 2))

    w, b = 0.7, -0.3
    e = w * x + b - y
    assert np.allclose(central_differences(cost, np.array([w, b])), [2 * np.mean(e * x), 2 * np.mean(e)], atol=1e-6)


@pytest.mark.parametrize("answer, wrt", [(ZHM_DW, "w"), (ZHM_DB, "b")])
def test_let_head_with_unicode_example_subscript_is_the_error_per_example(answer, wrt):
    # eᵢ = ŷᵢ − yᵢ: the residual of example i, so (2/N)Σ eᵢxᵢ and (2/N)Σ eᵢ are the gradient (by hand, above)
    assert_verdict_read(answer, ZHM_COST, "equivalent", wrt=wrt, lets=("eᵢ = ŷᵢ - yᵢ", ZHM_MODEL))
    verdict = logderiv.check(answer, cost=ZHM_COST, wrt=wrt, let=("eᵢ = ŷᵢ - yᵢ", ZHM_MODEL))
    assert any(note.startswith("eᵢ is defined by --let (eᵢ = ŷᵢ - yᵢ)") for note in notes_of(verdict))


@pytest.mark.parametrize("answer, wrt", [(ZHM_DW, "w"), (ZHM_DB, "b")])
def test_the_other_sign_of_the_error_is_minus_the_gradient(answer, wrt):
    # variant: eᵢ = yᵢ − ŷᵢ makes (2/N)Σ eᵢxᵢ −1 times the gradient: different
    assert_verdict_read(answer, ZHM_COST, "different", wrt=wrt, lets=("eᵢ = yᵢ - ŷᵢ", ZHM_MODEL))


@pytest.mark.parametrize("let, verdict", [("rᵢ = ŷᵢ - yᵢ", "equivalent"), ("rᵢ = yᵢ - ŷᵢ", "different")])
def test_any_letter_with_unicode_example_subscript_defines_a_value_per_example(let, verdict):
    # variant: the residual named r (not e): the same rule as r_i = …, with both signs (by hand, as above)
    assert_verdict_read("∂L/∂w = (2/N) * Σᵢ rᵢ · xᵢ", ZHM_COST, verdict, wrt="w", lets=(let, ZHM_MODEL))


def test_a_let_head_with_a_feature_subscript_stays_refused():
    # variant: rⱼ = ŷⱼ − yⱼ gives r a feature's index, not the example's: no value per example is said
    error = refused(logderiv.check, "∂L/∂w = (2/N) * Σᵢ rⱼ · xᵢ", cost=ZHM_COST, wrt="w",
                    let=("rⱼ = ŷⱼ - yⱼ", ZHM_MODEL))
    assert "left side of a --let" in str(error)
