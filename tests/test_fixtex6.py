r"""Readings of plain text and LaTeX spellings (issue 10, fixtex6): each noted, and their limits.

* full-width ASCII typed with a CJK input method (``2*（xx.T+lambda*I）*w``, ``（1／m）＊Σ…``): each form is its
  ASCII character, one for one;
* a capital (bold) W written only in a dot product with one example, ``\mathbf{W} \cdot \mathbf{x}``
  (DeepLearning.AI's notes), is the weight vector w, as W^T x already was; ``J(W, b) =`` on the left names it;

Every expected gradient is a cost written here by hand in sympy, checked by ``_oracle.assert_gradient``
(sympy.diff and central finite differences of that cost); every verdict is worked out by hand in its docstring.
"""

from __future__ import annotations

import pytest
import sympy
from _handcosts import assert_derives as _assert_derives
from _handcosts import dot as _dot
from _handcosts import b_, i, j, k, m, n, theta, x, y
from _handcosts import cross_entropy as _cross_entropy
from _handcosts import sig as _sig
from _handcosts import noted_everywhere as _noted_everywhere
from _handcosts import over_examples as _over_examples
from _handcosts import refused as _refused
from _reading import notes_of

from logderiv import check, derive
from logderiv.errors import InputError
from logderiv.notation import symbols

# ------------------------------------------------------------------ full-width forms (f24-ridge-cn)

WIDE = "full-width characters"
WIDE_COST = "1／（2m）＊sum_i（theta^T x_i － y_i）^2"


def test_full_width_cost_is_read_as_ascii_and_noted():
    """（ ） ／ ＊ － are ( ) / * -: the half mean squared error (1/2m)Σ(θᵀxᵢ − yᵢ)²."""
    derivation = derive(WIDE_COST, wrt="theta_j")
    _assert_derives(derivation, _over_examples((_dot(theta) - y[i]) ** 2) / (2 * m), theta[j])
    _noted_everywhere(derivation, WIDE)


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        # (1/m)Σ(θᵀxᵢ − yᵢ)xᵢⱼ is the gradient of (1/2m)Σ(θᵀxᵢ − yᵢ)², by hand
        ("（1／m）＊sum_i（theta^T x_i － y_i）＊x_ij", "equivalent"),
        # the ideographic space U+3000 is a space: θᵀ x with the space typed wide
        ("（1／m）＊sum_i（theta^T\u3000x_i－y_i）x_ij", "equivalent"),
        # ＊＊ is Python's power, not a product: (θᵀx − y)^(x_ij) is no gradient
        ("（1／m）＊sum_i（theta^T x_i － y_i）＊＊x_ij", "different"),
        # 1/m dropped: m times the gradient
        ("sum_i（theta^T x_i － y_i）＊x_ij", "different"),
    ],
)
def test_full_width_answers(answer, verdict):
    result = check(answer, cost="(1/(2m)) * sum_i (theta^T x_i - y_i)^2", wrt="theta_j")
    assert result.verdict == verdict
    assert any(WIDE in note for note in notes_of(result))


def test_full_width_let_is_read_as_ascii():
    """A --let typed with full-width forms: h = θᵀx, the same half mean squared error."""
    derivation = derive("1/(2m) * sum_i (h(x_i) - y_i)^2", wrt="theta_j", let=["h（x）＝theta^T x"])
    _assert_derives(derivation, _over_examples((_dot(theta) - y[i]) ** 2) / (2 * m), theta[j])
    assert any(WIDE in note for note in notes_of(derivation))


def test_full_width_error_is_shown_as_written():
    """An unknown name after full-width forms: the caret's column is in the text as typed (one for one)."""
    error = _refused(check, "qq", "（theta^T x － y）＊qq", cost="(theta^T x - y)^2/2", wrt="theta_j")
    assert isinstance(error, InputError)
    assert error.source == "（theta^T x － y）＊qq"
    assert error.column == error.source.index("qq")


def test_ascii_text_gets_no_full_width_note():
    derivation = derive("(theta^T x - y)^2/2", wrt="theta_j")
    assert not any(WIDE in note for note in notes_of(derivation))


# ------------------------------------------------------ \mathbf{W} \cdot \mathbf{x}: W the weight vector (f25-chilee)

DOTTED = "it is written only in a dot product with one example x (W · x)"
CHILEE_COST = (r"J(\mathbf{W}, b) = -\frac{1}{M} \sum_{i=1}^M \left[ y^{(i)} \log \hat{y}^{(i)} + "
               r"\bigl(1-y^{(i)}\bigr) \log \bigl(1-\hat{y}^{(i)}\bigr) \right]")
CHILEE_LETS = [r"z = \mathbf{W} \cdot \mathbf{x} + b", r"\hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}}"]
W_ = symbols.vector("W")


def _dot_in(vector):
    return sympy.Sum(vector[k] * x[i, k], (k, 1, n))


@pytest.mark.parametrize("wrt", ["W_j", "b"])
def test_bold_w_dotted_with_x_is_the_weight_vector(wrt):
    """-(1/M)Σ[y log σ(W·x + b) + (1 − y) log(1 − σ(W·x + b))]: the mean cross-entropy, in W, M the count m."""
    derivation = derive(CHILEE_COST, wrt=wrt, let=CHILEE_LETS)
    _assert_derives(derivation, _cross_entropy(_sig(_dot_in(W_) + b_)), W_[j] if wrt == "W_j" else b_)
    _noted_everywhere(derivation, DOTTED)


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        # ∂/∂W_j of (1/2m)Σ(W·x + b − y)² is (1/m)Σ(W·x + b − y)x_j, by hand
        (r"\frac{1}{m}\sum_{i=1}^m (W \cdot x^{(i)} + b - y^{(i)}) x_j^{(i)}", "equivalent"),
        # without x_j: ∂/∂b, not ∂/∂W_j
        (r"\frac{1}{m}\sum_{i=1}^m (W \cdot x^{(i)} + b - y^{(i)})", "different"),
    ],
)
def test_w_dot_x_answers(answer, verdict):
    result = check(answer, cost=r"\frac{1}{2m}\sum_{i=1}^m (W \cdot x^{(i)} + b - y^{(i)})^2", wrt="W_j")
    assert result.verdict == verdict
    assert any(DOTTED in note for note in notes_of(result))


@pytest.mark.parametrize(
    ("cost", "lets", "fragment"),
    [
        # W·x beside a w used otherwise (λwᵀw): two quantities, perhaps
        (r"\frac{1}{2m}\sum_{i=1}^m (W \cdot x^{(i)} + b - y^{(i)})^2 + \lambda w^T w", [], "beside a lowercase w"),
        # W·X with the data matrix: a matrix product, not the dot product with one example
        (r"\frac{1}{2m}\sum_{i=1}^m (W \cdot X + b - y^{(i)})^2", [], "cannot be added"),
        # W defined by a --let: the let's W, never the weights by convention
        (r"\frac{1}{2m}\sum_{i=1}^m (W \cdot x^{(i)} + b - y^{(i)})^2", [r"W = 2\theta"], "no feature index"),
    ],
)
def test_w_dot_near_variants_stay_refused(cost, lets, fragment):
    _refused(derive, fragment, cost, wrt="W_j", let=lets)
