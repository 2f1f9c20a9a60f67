r"""Readings of LaTeX, notes and plain text (issue 10, fixtex5): each noted, and their limits.

* plain text naming the cost by a lowercase letter applied to the parameters only (``f(w) = …``,
  optimisation notes' objective), as LaTeX's left side already is;
* a --let with a "where" clause (``\hat{y}_i = \frac{1}{1+e^{-z_i}} \quad \text{where} \quad z_i = …``,
  ``h = sigmoid(z), where z = …``): two definitions in one, read as two --lets;

Every expected gradient is a cost written here by hand in sympy, checked by ``_oracle.assert_gradient``
(sympy.diff and central finite differences of that cost); every verdict is worked out by hand in its docstring.
"""

from __future__ import annotations

import pytest
import sympy
from _handcosts import (
    assert_derives as _assert_derives,
)
from _handcosts import (
    b_,
    i,
    j,
    k,
    lam,
    m,
    n,
    w,
    y,
)
from _handcosts import (
    cross_entropy as _cross_entropy,
)
from _handcosts import (
    dot as _dot,
)
from _handcosts import (
    noted_everywhere as _noted_everywhere,
)
from _handcosts import (
    over_examples as _over_examples,
)
from _handcosts import (
    refused as _refused,
)
from _handcosts import (
    sig as _sig,
)
from _reading import notes_of

from logderiv import check, derive
from logderiv.errors import InputError, UnsupportedError

# ------------------------------------------------------- f(w) = …: the objective named by a letter (f23-viet)

APPLIED = "is a function of the parameters only: it names the cost"
RIDGE = "f(w) = (1/2n) ||Xw - y||² + (λ/2) ||w||²"


def _ridge():
    """(1/2m)Σ(wᵀxᵢ − yᵢ)² + (λ/2)Σₖwₖ² (n before the norm of a residual over the examples is m)."""
    return _over_examples((_dot(w) - y[i]) ** 2) / (2 * m) + lam / 2 * sympy.Sum(w[k] ** 2, (k, 1, n))


@pytest.mark.parametrize("text", [
    RIDGE,
    "g(w) = (1/2n) ||Xw - y||^2 + (λ/2) ||w||^2",     # another letter
])
def test_letter_of_the_parameters_names_the_cost(text):
    derivation = derive(text, wrt="w_j")
    _assert_derives(derivation, _ridge(), w[j])
    _noted_everywhere(derivation, APPLIED)


def test_letter_of_weights_and_bias_names_the_cost():
    """f(w, b) = (1/2m) Σ (w x_i + b − y_i)²: ∂/∂b = (1/m)Σ(wᵀxᵢ + b − yᵢ)."""
    derivation = derive("f(w, b) = 1/(2m) * sum_i((w^T x_i + b - y_i)^2)", wrt="b")
    _assert_derives(derivation, _over_examples((_dot(w) + b_ - y[i]) ** 2) / (2 * m), b_)
    _noted_everywhere(derivation, "'f(w, b)' on the left")


def test_gradient_of_the_letter_is_checked():
    """By hand ∇f = (1/n)Xᵀ(Xw − y) + λw (the ½ of (λ/2)‖w‖² cancels its 2); with (λ/2)w it is half the penalty's."""
    right = check("∇f(w) = (1/n) X^T (Xw - y) + λw", cost=RIDGE, wrt="w_j")
    assert right.verdict == "equivalent"
    assert any(APPLIED in note for note in notes_of(right))
    assert check("(1/n) X^T (Xw - y) + (λ/2)w", cost=RIDGE, wrt="w_j").verdict == "different"


@pytest.mark.parametrize("text, fragment", [
    ("f(x) = (1/2m) * sum_i((w^T x_i - y_i)^2)", "names the cost"),      # x is data, not a parameter
    ("h(w) = (1/2m) * sum_i((w^T x_i - y_i)^2)", "names the cost"),      # h is the prediction
    ("f(w) = (1/2m) * sum_i((f - y_i)^2)", "names the cost"),                        # f used on the right
    ("f(w)(x) = (1/2m) * sum_i((w^T x_i - y_i)^2)", "names the cost"),   # not a plain application
])
def test_letter_not_of_the_parameters_stays_refused(text, fragment):
    _refused(derive, fragment, text, wrt="w_j")


# ------------------------------------------------------- A = … \quad \text{where} \quad B = …: two lets (f17-shakib)

WHERE = "defines two names: read as two --lets"
CE_HAT = r"-\frac{1}{m}\sum_{i=1}^m [y_i \log \hat{y}_i + (1-y_i)\log(1-\hat{y}_i)]"


@pytest.mark.parametrize("let", [
    r"\hat{y}_i = \frac{1}{1 + e^{-z_i}} \quad \text{where} \quad z_i = w^T x_i + b",
    r"\hat{y}_i = \frac{1}{1 + e^{-z_i}}, \text{ where } z_i = w^T x_i + b",
    r"\hat{y}_i = \frac{1}{1 + e^{-z_i}} \qquad \mathrm{where}\; z_i = w^T x_i + b",
])
@pytest.mark.parametrize("wrt", ["w_j", "b"])
def test_where_clause_defines_the_letter_the_let_uses(let, wrt):
    """ŷᵢ = σ(zᵢ), zᵢ = wᵀxᵢ + b: the mean cross-entropy of σ(wᵀx + b)."""
    derivation = derive(CE_HAT, wrt=wrt, let=[let])
    _assert_derives(derivation, _cross_entropy(_sig(_dot(w) + b_)), w[j] if wrt == "w_j" else b_)
    _noted_everywhere(derivation, WHERE)


def test_plain_where_clause_and_a_check():
    """h = sigmoid(z), where z = θᵀx: by hand ∂J/∂θⱼ = (1/m)Σ(σ(θᵀxᵢ) − yᵢ)xᵢⱼ; without the 1/m it is m times it."""
    let = ["h = sigmoid(z), where z = theta^T x"]
    cost = "J = -1/m * sum_i(y_i * log(h(x_i)) + (1 - y_i) * log(1 - h(x_i)))"
    right = check("1/m * sum_i((h(x_i) - y_i) * x_ij)", cost=cost, wrt="theta_j", let=let)
    assert right.verdict == "equivalent"
    assert any(WHERE in note for note in notes_of(right))
    assert check("sum_i((h(x_i) - y_i) * x_ij)", cost=cost, wrt="theta_j", let=let).verdict == "different"


@pytest.mark.parametrize("let", [
    r"\hat{y} = \sigma(z) \quad \text{where} \quad z = a = w^T x",   # a chain after the word: not split
    r"\hat{y} = \sigma(z_{\text{where}})",                            # the word inside braces
])
def test_where_not_between_two_definitions_is_not_split(let):
    with pytest.raises((InputError, UnsupportedError)) as raised:
        derive(CE_HAT, wrt="b", let=[let])
    assert WHERE not in str(raised.value)
