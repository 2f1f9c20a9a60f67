r"""Whole conventions of notes and pasted LaTeX (issue 10, fixtex4): readings added, each noted, and their limits.

* the prediction under another name: the text writes h (ŷ, h_θ(x)) and the one --let it never uses defines
  y_hat, yhat, y_pred or f — code's or another page's name of the same prediction;
* a Markdown formatter's ``*`` for ``_`` on a name (``h*{\theta}``) where the text writes the same name and
  script with ``_`` or ``\_`` elsewhere;
* a sigmoid-of-a-number --let (``f(x) = \frac{1}{1+e^{-x}}``) beside a cross-entropy of an undefined h;
* ``\forall`` inside a sum's subscript (``\sum_{\forall n}``, ``\sum_{\forall_{n}}``): the sum over n.

Every expected gradient is a cost written here by hand in sympy, checked by ``_oracle.assert_gradient``
(sympy.diff and central finite differences of that cost); every verdict is worked out by hand in its docstring.
"""

from __future__ import annotations

import pytest
from _handcosts import (
    assert_derives as _assert_derives,
)
from _handcosts import (
    b_,
    i,
    j,
    m,
    theta,
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
from logderiv.notation import symbols

MSE = r"\mathcal{L} = \frac{1}{n} \sum_{i=1}^{n} (y_i - \hat{y}_i)^2"
RENAMED = "h is read as"


def _mse_wb():
    return _over_examples((y[i] - _dot(w) - b_) ** 2) / m


@pytest.mark.parametrize("let", [
    "y_hat = np.dot(X, w) + b",        # code's name (sayam's notebook)
    "yhat = w^T x + b",                # the same without the underscore
    "y_pred = w^T x + b",              # code's other name of it
    r"f(x) = w^T x + b",               # a page's f_{w,b}
])
@pytest.mark.parametrize("wrt", ["w_j", "b"])
def test_prediction_defined_under_another_name_is_read_noted(let, wrt):
    """ŷ in the cost, the one --let names it otherwise: (1/n)Σ(yᵢ − wᵀxᵢ − b)², n the examples, read as m."""
    derivation = derive(MSE, wrt=wrt, let=[let])
    _assert_derives(derivation, _mse_wb(), w[j] if wrt == "w_j" else b_)
    _noted_everywhere(derivation, RENAMED)


def test_code_answer_writes_the_renamed_prediction():
    """By hand: ∂L/∂wⱼ = (2/n)Σ(ŷᵢ − yᵢ)xᵢⱼ; the notebook's code keeps 1/n without the 2: half of it, different.

    The same code with 2/n is the gradient: equivalent. (y_hat is the answer's name, ŷ the cost's.)
    """
    lets = ["n_samples, n_features = X.shape", "y_hat = np.dot(X, w) + b"]
    half = check("(1 / n_samples) * np.dot(X.T, (y_hat - y))", cost=MSE, wrt="w_j", let=lets)
    assert half.verdict == "different"
    whole = check("(2 / n_samples) * np.dot(X.T, (y_hat - y))", cost=MSE, wrt="w_j", let=lets)
    assert whole.verdict == "equivalent"
    bias = check("(2 / n_samples) * np.sum(y_hat - y)", cost=MSE, wrt="b", let=lets)
    assert bias.verdict == "equivalent"


def test_an_unused_let_of_another_kind_is_not_taken_for_the_prediction():
    """--let z = wᵀx + b beside ŷ: z is no name of the prediction (it may be the score under σ): still refused."""
    # since fixmsg29 the prediction is named as the cost writes it (\hat{y}_i, read as h), not 'h'
    _refused(derive, "is used but --let defines 'z'", MSE, wrt="w_j", let=["z = w^T x + b"])


def test_two_unused_prediction_lets_are_not_picked_between():
    """y_hat and y_pred both defined, neither used: which is ŷ is not said, so nothing is picked."""
    # since fixmsg29 the prediction is named as the cost writes it (\hat{y}_i, read as h), not 'h'
    _refused(derive, "is used but --let defines", MSE, wrt="w_j",
             let=["y_hat = w^T x + b", "y_pred = 2 * w^T x + b"])


# ------------------------------------------------------- h*{\theta}: Markdown's '*' for '_' (f16-rdenadai)

MANGLED = (r"J(\theta) = -\frac{1}{m} \sum*{i=1}^{m} [y^{(i)} log(h*{\theta}(x^{(i)})) + (1 - y^{(i)}) "
           r"log(1 - h\_{\theta}(x^{(i)}))]")


def test_star_subscript_beside_the_same_escaped_subscript_is_read_noted():
    """h*{θ} beside h\\_{θ}: both h_θ, the mean cross-entropy of σ(θᵀx) (h undefined: logistic's model)."""
    derivation = derive(MANGLED, wrt="theta_j")
    _assert_derives(derivation, _cross_entropy(_sig(_dot(theta))), theta[j])
    assert any("'h*{' is read as 'h_{'" in note for note in notes_of(derivation)), notes_of(derivation)
    _noted_everywhere(derivation, "with the same subscript elsewhere")


def test_star_subscript_beside_a_plain_subscript_is_read():
    """x*{i} beside x_{i} (and \\sum*{ in the text): x_i, so (1/2m)Σ(θᵀxᵢ − yᵢ)² + (λ/2m)Σ(θᵀxᵢ)²."""
    text = (r"\frac{1}{2m}\sum*{i=1}^{m}(\theta^T x*{i} - y_{i})^2 "
            r"+ \frac{\lambda}{2m}\sum_{i=1}^{m}(\theta^T x_{i})^2")
    lam = symbols.scalar("lambda")
    cost = (_over_examples((_dot(theta) - y[i]) ** 2) + lam * _over_examples(_dot(theta) ** 2)) / (2 * m)
    derivation = derive(text, wrt="theta_j")
    _assert_derives(derivation, cost, theta[j])
    assert any("'x*{' is read as 'x_{'" in note for note in notes_of(derivation)), notes_of(derivation)


def test_star_subscript_without_the_same_script_elsewhere_stays_refused():
    """h*{\\theta} where the text never writes h_{\\theta}: subscript or product is not said — refused, both named."""
    text = (r"J(\theta) = -\frac{1}{m} \sum*{i=1}^{m} [y^{(i)} log(h*{\theta}(x^{(i)})) + (1 - y^{(i)}) "
            r"log(1 - h*{\theta}(x^{(i)}))]")
    _refused(derive, "or a product", text, wrt="theta_j")


# ------------------------------------------------------- f(x) = sigmoid of a number beside a cross-entropy of h

SIGMOID_LET = r"f(x) = \frac{1}{1 + e^{-x}}"
CE = (r"J(\theta) = -\frac{1}{m} \sum_{i=1}^{m} [y^{(i)} \log(h_{\theta}(x^{(i)})) + (1 - y^{(i)}) "
      r"\log(1 - h_{\theta}(x^{(i)}))]")


def test_sigmoid_function_let_beside_a_cross_entropy_is_the_default_model_noted():
    """f is σ; h_θ, undefined, in a cross-entropy is σ(θᵀx) = f(θᵀx): the mean cross-entropy of logistic regression."""
    derivation = derive(CE, wrt="theta_j", let=[SIGMOID_LET])
    _assert_derives(derivation, _cross_entropy(_sig(_dot(theta))), theta[j])
    _noted_everywhere(derivation, "is the sigmoid of a number")


def test_sigmoid_function_let_beside_a_squared_error_stays_refused():
    """½Σ(h − y)² with f = σ: h may be θᵀx (linear regression's default) or f(θᵀx) — not said: refused."""
    text = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})^2"
    _refused(derive, "logderiv will not replace your model by its own", text, wrt="theta_j", let=[SIGMOID_LET])


def test_a_non_sigmoid_function_let_beside_a_cross_entropy_stays_refused():
    """f(x) = tanh-like 2/(1+e^{-x}) − 1 is no sigmoid: h is not σ(θᵀx) by it — refused as before."""
    _refused(derive, "logderiv will not replace your model by its own", CE, wrt="theta_j",
             let=[r"f(x) = \frac{2}{1 + e^{-x}} - 1"])


# ------------------------------------------------------- \forall in a sum's subscript

@pytest.mark.parametrize("written", [r"\sum_{\forall n}", r"\sum_{\forall_{n}}", r"\sum_{\forall_n}",
                                     r"\sum\limits_{\forall n}"])
def test_forall_in_a_sums_subscript_is_the_sum_over_that_index(written):
    """E = ½ Σ_{∀n} (wᵀxₙ − yₙ)² is ½ Σₙ (wᵀxₙ − yₙ)², n the example index (read as i)."""
    derivation = derive(rf"E = \frac{{1}}{{2}}{written}(w^T x_n - y_n)^2", wrt="w_j")
    _assert_derives(derivation, _over_examples((_dot(w) - y[i]) ** 2) / 2, w[j])
    _noted_everywhere(derivation, r"\forall in a sum's subscript names its index")


def test_forall_over_i_in_a_sum():
    """Σ_{∀i} (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²/(2m) is the half mean squared error."""
    derivation = derive(r"J(\theta) = \frac{1}{2m}\sum_{\forall i}(\theta^T x^{(i)} - y^{(i)})^2", wrt="theta_j")
    _assert_derives(derivation, _over_examples((_dot(theta) - y[i]) ** 2) / (2 * m), theta[j])


def test_forall_with_a_set_in_a_sum_stays_refused():
    """\\sum_{\\forall i \\in S}: a subset of the examples is not read — refused, not taken for every i."""
    with pytest.raises((InputError, UnsupportedError)):
        derive(r"J(\theta) = \frac{1}{2m}\sum_{\forall i \in S}(\theta^T x^{(i)} - y^{(i)})^2", wrt="theta_j")


def test_forall_elsewhere_in_the_formula_stays_refused():
    """\\forall before the formula's body (not a sum's subscript, not a trailing qualifier): refused, as before."""
    _refused(derive, "'\\forall' is read only after the formula",
             r"J(\theta) = \forall i \frac{1}{2m}(\theta^T x^{(i)} - y^{(i)})^2", wrt="theta_j")
