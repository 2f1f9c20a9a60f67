"""audit22: near-variants of the readings merged last (fixcode7, fixtex6, fixderivs6, audit21, the lead's own).

Each expected verdict or refusal is worked out by hand beside it; none is copied from logderiv's output.
"""

from __future__ import annotations

import pytest

import logderiv
from logderiv.errors import InputError

EQ, DIFF = "equivalent", "different"
MEAN = r"\frac{1}{2m}\sum_{i=1}^m "


# ------------------------------------------------ capital W beside output weights written after the call, or Greek

@pytest.mark.parametrize("cost", [
    # σ(W·x)·v: v the output weights after the hidden layer σ(W·x), W a matrix: the lead's v·σ(W·x) written the
    # other way round; read as w it was a confident gradient of a one-layer cost
    MEAN + r"\left( \sigma(W \cdot x^{(i)}) \cdot \mathbf{v} - y^{(i)} \right)^2",
    MEAN + r"\left( \sigma(W \cdot x^{(i)}) v - y^{(i)} \right)^2",
    MEAN + r"\left( \tanh(W \cdot x^{(i)}) \cdot u - y^{(i)} \right)^2",
    "1/(2m) * sum((tanh(W^T x) v - y)^2)",
    # a Greek letter as the output weights: α tanh(Wᵀx)
    "1/(2m) * sum((alpha tanh(W^T x) - y)^2)",
    MEAN + r"\left( \alpha \tanh(W \cdot x^{(i)}) - y^{(i)} \right)^2",
])
def test_capital_w_beside_output_weights_after_the_call_is_not_the_weight_vector(cost):
    with pytest.raises(InputError):
        logderiv.derive(cost, wrt="W_j")


def test_the_one_layer_model_in_w_with_a_constant_after_the_call_is_still_read():
    # lowercase w is the weight vector as written; v an undefined constant (noted). By hand, with s = σ(w·x):
    # ∂/∂w_j (1/2m)Σ(v s − y)² = (1/m)Σ(v s − y) v s(1 − s) x_j
    cost = MEAN + r"\left( \sigma(w \cdot x^{(i)}) v - y^{(i)} \right)^2"
    right = r"\frac{1}{m}\sum_{i=1}^m \left(v\sigma(w \cdot x^{(i)}) - y^{(i)}\right) v \sigma(w \cdot x^{(i)})" \
            r"\left(1 - \sigma(w \cdot x^{(i)})\right) x_j^{(i)}"
    assert logderiv.check(right, cost=cost, wrt="w_j").verdict == EQ
    # the output weight's second factor v dropped
    wrong = r"\frac{1}{m}\sum_{i=1}^m \left(v\sigma(w \cdot x^{(i)}) - y^{(i)}\right) \sigma(w \cdot x^{(i)})" \
            r"\left(1 - \sigma(w \cdot x^{(i)})\right) x_j^{(i)}"
    assert logderiv.check(wrong, cost=cost, wrt="w_j").verdict == DIFF


def test_the_single_layer_in_capital_w_is_still_the_weight_vector():
    single = MEAN + r"\left( \sigma(W \cdot x^{(i)} + b) - y^{(i)} \right)^2"
    assert any(note.startswith("W is read as w") for note in logderiv.derive(single, wrt="W_j").notes)


# ------------------------------------------------ "one training example": denied, or said beside a kept 1/m

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from _derivations_table import display as _display, review_of_page as _review, steps_of_page as _steps  # noqa: E402

# ℓ = Σᵢ[y log h + (1 − y) log(1 − h)]: by hand ∂ℓ/∂θⱼ = Σᵢ(yᵢ − hᵢ)xᵢⱼ, and one example's term's (y − h)xⱼ
_LL = r"\ell(\theta)=\sum_{i=1}^m\left(y^{(i)}\log h(x^{(i)})+(1-y^{(i)})\log(1-h(x^{(i)}))\right)"
_ONE_STEP = r"\frac{\partial}{\partial\theta_j}\ell(\theta)=(y-h_\theta(x))x_j"
_MEAN = r"J(\theta)=-\frac{1}{m}\sum_{i=1}^m\left(y^{(i)}\log h(x^{(i)})+(1-y^{(i)})\log(1-h(x^{(i)}))\right)"


@pytest.mark.parametrize("prose", [
    "We differentiate the whole log-likelihood, not a single training example:",
    "Rather than one training example, we take the gradient of the whole sum:",
    "对全部样本求导，而不是单个样本：",
])
def test_a_denied_one_example_is_no_announcement(tmp_path, prose):
    # the page says the whole sum, and its line drops the sum: (y − h)xⱼ is not Σᵢ(yᵢ − hᵢ)xᵢⱼ, a wrong step
    # (it was judged right against one example's term, the reading the prose denies)
    code, ending, wrong, review = _review(tmp_path, _display(_LL) + prose + "\n" + _display(_ONE_STEP))
    assert (code, ending) == (1, "wrong")
    assert wrong
    assert not any("that example's term" in note for note in review["notes"])


def test_the_affirmed_one_example_is_still_read(tmp_path):
    code, ending, wrong, _ = _review(tmp_path, _display(_LL) + "For one training example (x, y), we have:\n"
                                     + _display(_ONE_STEP))
    assert (code, ending, wrong) == (0, "gradient", [])


def test_one_example_of_a_mean_with_its_line_keeping_one_over_m_is_refused(tmp_path):
    # J = (1/m)Σℓᵢ: one example's term is ℓ (1/m dropped, gradient (h − y)xⱼ) or (1/m)ℓ (kept, (1/m)(h − y)xⱼ);
    # the line (1/m)(h − y)xⱼ is right by the second and wrong by the first: it was judged wrong
    page = (_display(_MEAN) + "For one training example (x, y):\n"
            + _display(r"\frac{\partial}{\partial\theta_j}J(\theta)=\frac{1}{m}(h_\theta(x)-y)x_j"))
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "1/m dropped" in result.stderr and "1/m kept" in result.stderr
    assert "Traceback" not in result.stderr
