"""Families of notation the fresh (f1-) corpus showed were missed, read generally.

Each test names the public source of its spelling in a comment; gradients are held
against an equivalent spelling that already reads (never logderiv's output pasted).
"""

from __future__ import annotations

import pytest

import logderiv
from _oracle import assert_equal, assert_gradient
from logderiv.errors import InputError


def _refusal(call) -> InputError:
    with pytest.raises(InputError) as caught:
        call()
    return caught.value


def _same_gradient(text, lets, reference, reference_lets=(), wrt="w_j"):
    """``text`` with ``lets`` derives the gradient of ``reference`` (a spelling that already reads)."""
    derivation = logderiv.derive(text, wrt=wrt, let=lets)
    written = logderiv.derive(reference, wrt=wrt, let=reference_lets).problem
    assert_gradient(written.expand_definitions(written.cost), written.wrt, derivation.result,
                    derivation.problem.definitions)
    return derivation


NLL = r"-\sum_{i=1}^n [y_i \log p_i + (1-y_i)\log(1-p_i)]"
NLL_H = r"-\sum_{i=1}^n [y_i \log h(x_i) + (1-y_i)\log(1-h(x_i))]"


# --- 1. a let whose name carries the example index -------------------------------------------


def test_an_indexed_let_name_defines_a_value_per_example():
    """p_i = σ(wᵀx_i + b): the model of prachub.com 'Write the logistic regression loss function'."""
    derivation = _same_gradient(NLL, (r"p_i = \sigma(\mathbf{w}^\top \mathbf{x}_i + b)",),
                                NLL_H, (r"h(x) = \sigma(w^T x + b)",))
    assert any("p_i = … defines a value per example" in note for note in derivation.problem.notes)


def test_a_chain_of_indexed_lets_in_plain_and_latex():
    """z_i = wᵀx_i + b (plain, as typed on the command line) under p_i = σ(z_i): x35yao/ml-from-scratch."""
    for wrt in ("w_j", "b"):
        _same_gradient(NLL, (r"p_i = \sigma(z_i)", "z_i = w^Tx_i + b"),
                       NLL_H, (r"h(x) = \sigma(w^T x + b)",), wrt=wrt)


def test_a_parenthesised_example_index_on_the_name():
    r"""\hat{y}^{(i)} = σ(z^{(i)}), z^{(i)} = wᵀx^{(i)} + b: insightful-data-lab.com's logistic-regression notes."""
    cost = r"-\frac{1}{m}\sum_{i=1}^m [y^{(i)}\log\hat{y}^{(i)} + (1-y^{(i)})\log(1-\hat{y}^{(i)})]"
    _same_gradient(cost, (r"\hat{y}^{(i)} = \sigma(z^{(i)})", r"z^{(i)} = w^T x^{(i)} + b"),
                   r"-\frac{1}{m}\sum_{i=1}^m [y^{(i)}\log h(x^{(i)}) + (1-y^{(i)})\log(1-h(x^{(i)}))]",
                   (r"h(x) = \sigma(w^T x + b)",))


def test_an_indexed_name_on_a_function_head_is_no_per_example_value():
    """h(x_i) = … is a function head, not a name with the example index: no per-example note."""
    from logderiv.notation import _example_let_note

    assert _example_let_note("h(x_i) = w^T x_i") is None
    assert _example_let_note(r"z^{(i)} = w^T x^{(i)}") is not None


# --- 8. a count a called function's body renamed is the body's, not the cost's -------------------

D2L_L = (r"L(\mathbf{w}, b) = \frac{1}{n}\sum_{i=1}^n \frac{1}{2}"
         r"\left(\mathbf{w}^\top \mathbf{x}^{(i)} + b - y^{(i)}\right)^2.")


@pytest.mark.parametrize("wrt", ["w_j", "b"])
def test_a_penalised_cost_through_a_defined_loss_counted_by_n(wrt):
    """d2l weight-decay.md: L(w, b) + (λ/2)‖w‖² with L defined as (1/n) Σ ½(wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)²."""
    _same_gradient(r"L(\mathbf{w}, b) + \frac{\lambda}{2} \|\mathbf{w}\|^2.", (D2L_L,),
                   r"\frac{1}{m}\sum_{i=1}^m \frac{1}{2}(w^T x^{(i)} + b - y^{(i)})^2 + \frac{\lambda}{2}\sum_{j=1}^n w_j^2",
                   wrt=wrt)


def test_a_penalised_cost_through_a_defined_loss_counted_by_capital_n():
    """The same with N examples, as Bishop counts them: J(w) = E(w) + (λ/2)‖w‖², E(w) = (1/N) Σ_n …."""
    _same_gradient(r"E(\mathbf{w}) + \frac{\lambda}{2} \|\mathbf{w}\|^2",
                   (r"E(\mathbf{w}) = \frac{1}{N}\sum_{i=1}^N (\mathbf{w}^\top \mathbf{x}_i - y_i)^2",),
                   r"\frac{1}{m}\sum_{i=1}^m (w^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2}\sum_{j=1}^n w_j^2")


def test_an_m_of_the_cost_beside_a_defined_loss_counted_by_n_is_still_refused_at_the_cost():
    """L(a) + m²: the m written in the cost is its own (a slope?), refused with its column in the cost."""
    error = _refusal(lambda: logderiv.derive(
        "L(a) + m^2", wrt="a", let=(r"L(a) = \frac{1}{n}\sum_{i=1}^n (y_i - a x_i)^2",)))
    assert "'m' is a quantity of its own here" in str(error) and error.column == 7 and error.source == "L(a) + m^2"


# --- 10. Yᵀ X β: a row of labels times the data matrix times β --------------------------------

LOGLIK_INDEX = r"\sum_{i=1}^m \left(y^{(i)} \beta^T x^{(i)} - \log(1 + e^{\beta^T x^{(i)}})\right)"


def test_yt_x_beta_beside_an_indexed_sum():
    """regreg doc/logistictutorial.rst: -2(YᵀXβ - Σᵢ log[1 + exp(xᵢᵀβ)]) + λ‖β‖²₂."""
    _same_gradient(
        r"-2\left(Y^TX\beta - \sum_i \log \left[ 1 + \exp(x_i^T\beta) \right] \right) + \lambda \|\beta\|_2^2", (),
        f"-2 ({LOGLIK_INDEX}) + \\lambda \\sum_{{j=1}}^n \\beta_j^2", wrt="beta_j")


def test_yt_x_beta_is_the_sum_of_y_times_the_score():
    """ℓ(β) = yᵀXβ − Σᵢ log(1 + e^{xᵢᵀβ}), the log-likelihood as ESL §4.4.1 and GLM notes write it in matrix form."""
    _same_gradient(r"y^T X \beta - \sum_{i=1}^m \log(1 + e^{x_i^T\beta})", (), LOGLIK_INDEX, wrt="beta_j")
    _same_gradient(r"-2 Y^T X \beta", (), r"-2 \sum_{i=1}^m y^{(i)} \beta^T x^{(i)}", wrt="beta_j")


def test_yt_x_alone_is_a_row_not_a_number():
    """Yᵀ X is 1×n: a cost must be a number."""
    error = _refusal(lambda: logderiv.derive(r"Y^T X", wrt="beta_j"))
    assert "must be a number" in str(error)


# --- 9. a per-example loss as a function of the parameters, named by an index letter ----------

MSE_WB = r"\frac{1}{m}\sum_{i=1}^m \frac{1}{2}(w^T x^{(i)} + b - y^{(i)})^2"


@pytest.mark.parametrize("wrt", ["w_j", "b"])
def test_a_per_example_loss_function_of_the_parameters(wrt):
    """d2l linear-regression.md (eq_mse): L(w, b) = (1/n) Σᵢ l⁽ⁱ⁾(w, b), l⁽ⁱ⁾(w, b) = ½(wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)²."""
    derivation = _same_gradient(
        r"L(\mathbf{w}, b) =\frac{1}{n}\sum_{i=1}^n l^{(i)}(\mathbf{w}, b)",
        (r"l^{(i)}(\mathbf{w}, b) = \frac{1}{2}\left(\mathbf{w}^\top \mathbf{x}^{(i)} + b - y^{(i)}\right)^2.",),
        MSE_WB, wrt=wrt)
    assert any(note.startswith(r"l^{(i)}(\mathbf{w}, b) = … is read as its definition") for note in derivation.problem.notes)


def test_a_chain_through_the_per_example_loss_and_the_prediction():
    """d2l linear-regression.md: the chain L = (1/n) Σ l⁽ⁱ⁾(w, b) = (1/n) Σ ½(wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)², with ŷ = wᵀx + b."""
    _same_gradient(
        r"L(\mathbf{w}, b) =\frac{1}{n}\sum_{i=1}^n l^{(i)}(\mathbf{w}, b) =\frac{1}{n} \sum_{i=1}^n "
        r"\frac{1}{2}\left(\mathbf{w}^\top \mathbf{x}^{(i)} + b - y^{(i)}\right)^2.",
        (r"l^{(i)}(\mathbf{w}, b) = \frac{1}{2} \left(\hat{y}^{(i)} - y^{(i)}\right)^2.",
         r"\hat{y} = \mathbf{w}^\top \mathbf{x} + b."),
        MSE_WB)


def test_an_index_letter_stays_an_index_when_no_function_is_named_by_it():
    """l alone (no --let l(…)) is a feature index, refused as a variable as before."""
    error = _refusal(lambda: logderiv.derive(r"\frac{1}{m}\sum_{i=1}^m l (w^T x^{(i)} - y^{(i)})^2", wrt="w_j"))
    assert "'l' is a feature index" in str(error)


# --- 5. k bounding a sum over the coefficients counts the features ------------------------------

RIDGE_INDEX = r"\sum_{i=1}^m (y^{(i)} - \beta^T x^{(i)})^2 + \lambda \sum_{j=1}^n \beta_j^2"


def test_k_as_the_number_of_coefficients_in_matrix_form():
    """math.stackexchange (ARQMath 95518, 2012): L(β) = ||y − Xβ||² + λ Σ_{j=1}^k β_j²."""
    derivation = _same_gradient(r"L^{}(\beta) = ||y-X\beta||^2 + \lambda \sum_{j=1}^k \beta_j^2", (),
                                RIDGE_INDEX, wrt="beta_j")
    assert any(note.startswith("k counts the features here") for note in derivation.problem.notes)


def test_k_as_the_number_of_coefficients_in_index_form():
    """Ridge with k predictors, as regression notes write it: Σᵢ (yᵢ − Σ_{l=1}^k β_l x_il)² + λ Σ_{l=1}^k β_l²."""
    _same_gradient(r"\sum_{i=1}^m (y_i - \sum_{l=1}^k \beta_l x_{il})^2 + \lambda \sum_{l=1}^k \beta_l^2", (),
                   RIDGE_INDEX, wrt="beta_j")


def test_k_also_written_as_an_index_stays_refused():
    """β_k beside Σ_{j=1}^k: k is an index too, so the bound is no count."""
    text = r"\sum_{i=1}^m (y^{(i)} - \beta^T x^{(i)})^2 + \lambda \sum_{j=1}^k \beta_j^2 + \beta_k"
    error = _refusal(lambda: logderiv.derive(text, wrt="beta_j"))
    assert "'k' cannot be the number of features" in str(error) and error.column == text.index("^k") + 1


# --- 4. | and ; between a left side's arguments ---------------------------------------------------

LOGLIK = r"\sum_{i=1}^m y^{(i)} \log \sigma(w^T x^{(i)}) + (1-y^{(i)}) \log (1-\sigma(w^T x^{(i)}))"


@pytest.mark.parametrize("head", [
    "L(w | y; x)",          # zhaofeng-shu33/nn_activation_function_property regression.md
    r"\ell(w; X, y)",       # the parameter-separator spelling of likelihood notes (ℓ(θ; x))
    r"L(w \,|\, X, y)",     # a likelihood's conditioning bar with spacing, L(β | X, y)
])
def test_a_conditioning_bar_or_semicolon_on_the_left_side(head):
    derivation = _same_gradient(f"{head} = {LOGLIK}", (), LOGLIK)
    assert any("'|' and ';' between its arguments" in note for note in derivation.problem.notes)


def test_a_bar_on_the_right_side_is_still_an_absolute_value():
    """|w_j| in the cost itself: an absolute value, refused (not supported) as before."""
    from logderiv.errors import UnsupportedInputError

    text = r"L(w | y) = \sum_{i=1}^m (w^T x^{(i)} - y^{(i)})^2 + \lambda |w_1|"
    with pytest.raises(UnsupportedInputError) as caught:
        logderiv.derive(text, wrt="w_j")
    assert caught.value.column == text.index("|w_1")


# --- an answer's Y where the cost read Y as the labels (a silent misread before) ------------------

TQ_RIDGE = r"f(\beta) = \frac12 \| X \beta - Y \|^2 + \frac{\lambda}{2} \| \beta \|^2"


def test_an_answers_capital_y_is_the_labels_when_the_costs_is():
    """math.techqa.club 3205293: ∇f(β) = Xᵀ(Xβ − Y) + λβ for f(β) = ½‖Xβ − Y‖² + (λ/2)‖β‖² (Y was a scalar)."""
    verdict = logderiv.check(r"X^T(X \beta - Y) + \lambda \beta", cost=TQ_RIDGE, wrt="beta_j")
    assert verdict.verdict == "equivalent", verdict
    wrong = logderiv.check(r"X^T(X \beta - Y) + 2\lambda \beta", cost=TQ_RIDGE, wrt="beta_j")
    assert wrong.verdict == "different"


# --- 11. answer left sides ----------------------------------------------------------------------

GDSC_COST = r"J(w) = -\frac{1}{m} \cdot (y^T\log(h) + (1 - y)^T\log(1 - h))"


def test_a_braced_variable_in_the_derivatives_denominator():
    """GDSC-CPU/tf-workshop cross-entropy.md: \\frac{\\partial}{\\partial{w}}J(w) = (1/m) Xᵀ[σ(Xw) − y]."""
    verdict = logderiv.check(r"\frac{\partial}{\partial{w}}J(w) = \frac{1}{m}X^T[\sigma(Xw) - y]",
                             cost=GDSC_COST, wrt="w_j", let=(r"h = \sigma(Xw)",))
    assert verdict.verdict == "equivalent"
    verdict = logderiv.check(r"\frac{\partial J}{\partial{w_j}} = \frac{1}{m}\sum_{i=1}^m (h - y^{(i)}) x_j^{(i)}",
                             cost=GDSC_COST, wrt="w_j", let=(r"h = \sigma(Xw)",))
    assert verdict.verdict == "equivalent"


def test_something_else_in_the_braces_of_the_variable_is_refused():
    text = r"\frac{\partial}{\partial{w + b}}J(w) = 0"
    error = _refusal(lambda: logderiv.check(text, cost=GDSC_COST, wrt="w_j", let=(r"h = \sigma(Xw)",)))
    assert error.column == text.index("+")


def test_a_primed_cost_on_the_left_side_is_its_gradient():
    """math.techqa.club 3205293: f'(β) = … and ∇f(β) = f'(β)^T = Xᵀ(Xβ − Y) + λβ, f the cost."""
    for text in (r"f'(\beta) = X^T(X \beta - Y) + \lambda \beta",
                 r"\nabla f(\beta) = f'(\beta)^T = X^T(X \beta - Y) + \lambda \beta",
                 r"J'(\theta) = \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"):
        cost = TQ_RIDGE if "beta" in text else r"J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2"
        verdict = logderiv.check(text, cost=cost, wrt="beta_j" if "beta" in text else "theta_j")
        assert verdict.verdict == "equivalent", (text, verdict)
        assert any("on the left side is the derivative of" in note for note in verdict.notes)


def test_a_prime_elsewhere_stays_refused():
    """tanh'(z) in the body, g'(z) of a number on the left: a prime that is no cost's derivative (σ'(z) is σ's: fixcold6)."""
    text = r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m \tanh'(z) x_j^{(i)}"
    error = _refusal(lambda: logderiv.check(text, cost="logistic", wrt="theta_j"))
    assert "prime" in str(error) and error.column == text.index("'")
    text = r"g'(z) = g(z)(1 - g(z))"
    error = _refusal(lambda: logderiv.check(text, cost="logistic", wrt="theta_j"))
    assert error.column is not None


POISSON = r"\sum_{i = 1}^n y_i (\beta^\top x_i) -\exp(\beta^\top x_i)"


def test_a_delta_for_partial_in_the_left_sides_numerator():
    """athowes.github.io exp-growth poisson-regression-theory: \\frac{\\delta \\ell(\\beta)}{\\partial \\beta_j} = …."""
    text = r"\frac{\delta \ell(\beta)}{\partial \beta_j} = \sum_{i = 1}^n x_{ij}(y_i - \exp(\beta^\top x_i))"
    verdict = logderiv.check(text, cost=POISSON, wrt="beta_j")
    assert verdict.verdict == "equivalent"
    assert any("is read as ∂ (a slip of δ for ∂" in note for note in verdict.notes)
    wrong = logderiv.check(text.replace("y_i - ", "- y_i + "), cost=POISSON, wrt="beta_j")
    assert wrong.verdict == "different"


def test_a_delta_written_elsewhere_is_no_slip():
    """δ also in the body: a quantity of its own, so the numerator's δ is not read as ∂."""
    text = r"\frac{\delta \ell(\beta)}{\partial \beta_j} = \delta \sum_{i = 1}^n x_{ij} y_i"
    error = _refusal(lambda: logderiv.check(text, cost=POISSON, wrt="beta_j"))
    assert error.column is not None


# --- 7. a sum in words: Sum from i = 1 to m of [...] -----------------------------------------------

JOEMEHR_H = "h_theta(x) = 1/(1 + e^(-theta^T * x))"


def test_a_sum_written_in_words():
    """joemehr/MachineLearning logisticRegression README: (-1/m) Sum from i = 1 to m of [...]."""
    text = ("J(theta) = (-1/m) Sum from i = 1 to m of [y^(i) * log(h_theta(x^(i))) "
            "+ (1 - y^(i)) * log(1 - h_theta(x^(i)))]")
    derivation = _same_gradient(text, (JOEMEHR_H,), text.replace("Sum from i = 1 to m of", "sum_i"), (JOEMEHR_H,),
                                wrt="theta_j")
    assert any("'Sum from i = 1 to m of' is read as the sum over i = 1..m" in note for note in derivation.problem.notes)


def test_a_sum_in_words_over_the_features():
    """(lambda/(2m)) sum from j = 1 to n of theta_j^2, as plain-text notes write the penalty."""
    text = "1/(2m) sum_i (theta^T x - y)^2 + lambda/(2m) sum from j = 1 to n of theta_j^2"
    _same_gradient(text, (), "1/(2m) sum_i (theta^T x - y)^2 + lambda/(2m) sum_j theta_j^2", wrt="theta_j")


def test_a_sum_in_words_with_other_bounds_is_refused():
    text = "(-1/m) Sum from i = 0 to m of [y^(i) * log(h(x^(i)))]"
    error = _refusal(lambda: logderiv.derive(text))
    assert "a sum from 0 to m is not read" in str(error) and error.column == text.index("0 to")


# --- 2. a link function and a rate per example: log(λ_i) = βᵀx_i ----------------------------------

POISSON_INDEX = r"\sum_{i=1}^m (y^{(i)} \beta^T x^{(i)} - \exp(\beta^T x^{(i)}))"


@pytest.mark.parametrize("let", [
    r"\log(\lambda_i) = \beta^\top x_i",      # athowes.github.io exp-growth poisson-regression-theory
    r"\ln\lambda_{i}=x_{i}\beta",             # statsmodels Poisson.score / loglike notes
    r"\lambda_i = \exp(\beta^\top x_i)",      # the rate written out, as GLM notes give it
])
def test_a_poisson_rate_per_example(let):
    derivation = _same_gradient(r"\ell(\beta) = \sum_{i = 1}^n -\lambda_i + y_i \log(\lambda_i)", (let,),
                                POISSON_INDEX, wrt="beta_j")
    if let.startswith(("\\log", "\\ln")):
        assert any("is a link function" in note for note in derivation.problem.notes)


def test_the_log_likelihood_named_ln_l_and_its_score():
    """statsmodels Poisson: ln L = Σ [−λ_i + y_i x_i'β − ln y_i!], ∂ln L/∂β = Σ (y_i − λ_i) x_i."""
    cost = r"\ln L=\sum_{i=1}^{n}\left[-\lambda_{i}+y_{i}x_{i}^{\prime}\beta-\ln y_{i}!\right]"
    lets = (r"\ln\lambda_{i}=x_{i}\beta",)
    text = r"\frac{\partial\ln L}{\partial\beta}=\sum_{i=1}^{n}\left(y_{i}-\lambda_{i}\right)x_{i}"
    assert logderiv.check(text, cost=cost, wrt="beta_j", let=lets).verdict == "equivalent"
    wrong = text.replace(r"y_{i}-\lambda_{i}", r"\lambda_{i}-y_{i}")
    assert logderiv.check(wrong, cost=cost, wrt="beta_j", let=lets).verdict == "different"


def test_a_rate_lambda_beside_a_bare_lambda_is_refused():
    """λ_i the rate and λ the ridge strength in one cost: which λ is which is a guess."""
    text = r"\sum_{i = 1}^n (-\lambda_i + y_i \log(\lambda_i)) + \lambda \|\beta\|^2"
    error = _refusal(lambda: logderiv.derive(text, wrt="beta_j", let=(r"\log(\lambda_i) = \beta^\top x_i",)))
    # since fixmis23 the refusal says it as a per-example let outside every sum (one value per example), same caret
    assert ("defined per example" in str(error) or "one value per example" in str(error)) \
        and error.column == text.index(r"\lambda \|")


def test_lambda_without_the_example_index_stays_undefinable():
    error = _refusal(lambda: logderiv.derive(r"\sum_i (y_i - \lambda)^2", wrt="beta_j",
                                             let=(r"\lambda = \beta^\top x",)))
    assert "fixed meaning" in str(error)


# --- 3. a --let chain in matrix form that spells σ out; the cross-entropy's sign slip -------------

BCE = r"-\frac{1}{m}\sum_{i=1}^m \left[y^{(i)}\log(\hat{y}^{(i)}) + (1-y^{(i)})\log(1-\hat{y}^{(i)})\right]"
BCE_H = r"-\frac{1}{m}\sum_{i=1}^m \left[y^{(i)}\log h(x^{(i)}) + (1-y^{(i)})\log(1-h(x^{(i)}))\right]"


@pytest.mark.parametrize("let", [
    r"\hat{y} = \sigma(Xw) = \frac{1}{1 + e^{-Xw}}",           # GDSC-CPU/tf-workshop cross-entropy.md
    r"\hat{y} = \sigma(X w) = \frac{1}{1 + e^{-(X w)}}",        # the same with the exponent bracketed
])
def test_a_matrix_form_chain_that_spells_the_sigmoid_out(let):
    derivation = _same_gradient(BCE, (let,), BCE_H, (r"h(x) = \sigma(w^T x)",))
    assert any("are one: σ, and σ written out" in note for note in derivation.problem.notes), derivation.problem.notes


def test_a_matrix_form_chain_with_another_exponent_is_refused():
    let = r"\hat{y} = \sigma(Xw) = \frac{1}{1 + e^{-Xb}}"
    error = _refusal(lambda: logderiv.derive(BCE, wrt="w_j", let=(let,)))
    assert "the sides of the chain differ" in str(error)


def test_a_bracketless_sum_with_the_cross_entropys_signs_disagreeing_is_refused():
    """GDSC-CPU/tf-workshop ('Unvectorized' J(w)): −(1/m) Σ y log ŷ − (1 − y) log(1 − ŷ), no brackets."""
    text = (r"J(w) = -\frac{1}{m} \sum\limits_{i = 1}^{m} y^{(i)} \log(\hat{y}^{(i)}) "
            r"- (1 - y^{(i)})\log(1 - \hat{y}^{(i)})")
    error = _refusal(lambda: logderiv.derive(text, wrt="w_j", let=(r"\hat{y} = \sigma(Xw) = \frac{1}{1 + e^{-Xw}}",)))
    assert "not the cross-entropy" in str(error) and error.column == text.index("(1 - y")
    plain = "-1/m sum_i y log(h) - (1-y) log(1-h)"
    error = _refusal(lambda: logderiv.derive(plain, let=("h = sigmoid(theta^T x)",)))
    assert error.column == plain.index("(1-y)")


def test_bracketed_disagreeing_signs_are_read_as_written_with_a_warning():
    text = "-1/m sum_i [y log(h) - (1-y) log(1-h)]"
    derivation = _same_gradient(text, ("h = sigmoid(theta^T x)",),
                                "-1/m sum_i [y log(h) + (-1) (1-y) log(1-h)]", ("h = sigmoid(theta^T x)",),
                                wrt="theta_j")
    assert any("is not the cross-entropy" in note for note in derivation.problem.notes)


def test_the_minus_of_minus_x_w_in_a_matrix_let_is_kept():
    """1/(1 + e^{-Xw}): read (−X)w, the minus was dropped (a silent misread: h = 1/(1 + e^{wᵀx}))."""
    _same_gradient(BCE, (r"\hat{y} = \frac{1}{1 + e^{-Xw}}",), BCE_H, (r"h(x) = \frac{1}{1 + e^{-w^T x}}",))
    _same_gradient(r"\frac{1}{2m}\sum_{i=1}^m (e^{-X\theta} - y)^2", (),
                   r"\frac{1}{2m}\sum_{i=1}^m (e^{-\theta^T x^{(i)}} - y^{(i)})^2", wrt="theta_j")


# --- 6. a sum over the examples from 0 to n: refused, saying why ----------------------------------


def test_a_sum_from_0_to_n_says_it_has_n_plus_1_terms():
    """A variant of math.techqa.club 2580076 with the 1/n on a penalty only: n examples or n + 1?

    The page's own f(m,b) = (1/n) Σ_{i=0}^n (y_i − (m x_i + b))² is read since issue 10, the 1/n beside the sum
    saying the n examples (tests/test_math_text.py); a 1/n on another term says nothing of the sum's count.
    """
    text = r"f(m,b) = \sum_{i=0}^n {(y_i-(mx_i + b))^2} + \frac{\lambda}{n} b^2"
    error = _refusal(lambda: logderiv.derive(text, wrt="b"))
    assert "it has n + 1 terms" in str(error) and error.column == text.index("0}")
    assert r"\sum_{i=1}^{n}" in error.hint


# --- 2b. σ = σ(wᵀx): a let naming the prediction by the function's own letter ----------------------

ALINE = r"\sum_{i=1}^n y_i \log \sigma(w^Tx_i) + (1-y_i) \log (1-\sigma(w^Tx_i))"
SIGMA_LET = (r"\sigma = \sigma(w^Tx)",)


def test_a_bare_sigma_is_the_prediction_the_let_names():
    """alineberry.github.io 2019-10-26 logistic regression: 'σ = σ(wᵀx)', ∇_w J written y − σ (the x dropped)."""
    verdict = logderiv.check(r"y - \sigma", cost=ALINE, wrt="w_j", let=SIGMA_LET)
    assert verdict.verdict == "different"
    assert any(note.startswith("a bare σ is read as h") for note in (*verdict.notes, *verdict.problem.notes))
    right = logderiv.check(r"\sum_{i=1}^n (y_i - \sigma_i) x_i", cost=ALINE, wrt="w_j", let=SIGMA_LET)
    assert right.verdict == "equivalent"


def test_sigma_before_a_bracket_holding_a_bare_sigma_is_a_product():
    """σ(1 − σ) with σ the prediction is σ·(1 − σ): the cancel step of the same page, right once x is kept."""
    text = r"\sum_{i=1}^n \frac{y_i - \sigma_i}{\sigma_i(1-\sigma_i)} \sigma_i(1-\sigma_i) x_i"
    verdict = logderiv.check(text, cost=ALINE, wrt="w_j", let=SIGMA_LET)
    assert verdict.verdict == "equivalent"
    wrong = logderiv.check(r"\frac{y - \sigma}{\sigma(1-\sigma)} \sigma(1-\sigma)", cost=ALINE, wrt="w_j", let=SIGMA_LET)
    assert wrong.verdict == "different"


def test_without_the_let_a_bare_sigma_stays_refused():
    error = _refusal(lambda: logderiv.check(r"y - \sigma", cost=ALINE, wrt="w_j"))
    assert "needs an argument" in str(error)
