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
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

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


# ------------------------------------------------------------------ cvpois: l(β) ∝ … (a log-likelihood up to a constant)

# source: stored page "Cross Validated Feed for question 'Poisson regression likelihood estimation'" (via
# nvidia/Nemotron-CC-Math-v1), a) and b)
CV_J = r"l(\beta) \propto -\sum_{i=1}^n e^{\sum_{j=0}^p \beta_j x_{ij}} + \sum_{i=1}^n y_i \sum_{j=0}^p \beta_j x_{ij}"
CV_DA = (r"\frac{\partial l(\beta)}{\partial \beta_a} = -\sum_{i=1}^n e^{\sum_{j=0}^p \beta_j x_{ij}} x_{ia} + "
         r"\sum_{i=1}^n y_i x_{ia}")
CV_SUM = r"-\sum_{i=1}^n e^{\sum_{j=0}^p \beta_j x_{ij}} + \sum_{i=1}^n y_i \sum_{j=0}^p \beta_j x_{ij}"


def _poisson_loglik(d):
    """Σᵢ (yᵢηᵢ − e^{ηᵢ}), ηᵢ = β₀ + Σ_{j≥1} β_j x_ij (x_{i0} = 1): what ∝ writes, by hand."""
    eta = d.theta0 + d.X @ d.beta
    return float(np.sum(d.y * eta - np.exp(eta)))


def test_the_dropped_constant_leaves_the_gradient_unchanged():
    # the whole log-likelihood has −Σ log yᵢ! more, free of β: finite differences of both agree, Xᵀ(y − e^η)
    from math import lgamma

    rng = np.random.default_rng(4)
    X, y = rng.normal(size=(6, 3)) * 0.5, rng.poisson(2.0, size=6).astype(float)

    def written(b):
        return float(np.sum(y * (b[0] + X @ b[1:]) - np.exp(b[0] + X @ b[1:])))

    def whole(b):
        return written(b) - sum(lgamma(v + 1) for v in y)

    b = rng.normal(size=4) * 0.3
    eta = b[0] + X @ b[1:]
    assert np.allclose(central_differences(whole, b), central_differences(written, b), atol=1e-6)
    assert np.allclose(central_differences(whole, b)[1:], X.T @ (y - np.exp(eta)), atol=1e-6)


def test_log_likelihood_up_to_a_constant_is_read_and_noted():
    assert_gradient_read(CV_J, _poisson_loglik, wrt=("beta_j",))
    derivation = logderiv.derive(CV_J, wrt="beta_j")
    said = [note for note in notes_of(derivation) if "'∝' before a log-likelihood drops an added constant" in note]
    assert said and said[0].startswith(r"l(\beta) ∝ … is read as l(\beta) = …")
    # the JSON output carries the same note
    from logderiv.render.json import derivation_data

    assert any("'∝' before a log-likelihood" in note for note in derivation_data(derivation)["notes"])



def test_sum_to_p_keeps_the_intercept_and_ng_sum_to_n_does_not():
    # statistics' Σ_{j=0}^{p} β_j x_ij: p predictors and β₀ (x_i0 = 1), the intercept on its own, noted
    notes = notes_of(logderiv.derive(CV_J, wrt="beta_j"))
    assert any(note.startswith("the sum from 0 to p is statistics' numbering") for note in notes)
    # Ng's Σ_{j=0}^{n} in logderiv's own n: still every component for the generic θⱼ, as before
    ng = logderiv.derive(r"\sum_{i=1}^m (\sum_{j=0}^{n} \theta_j x_j^{(i)} - y^{(i)})^2", wrt="theta_j")
    assert not any(note.startswith("the sum from 0 to p") for note in notes_of(ng))
    assert any(note.startswith("Σ from 0 to n over every component") for note in notes_of(ng))

@pytest.mark.parametrize("answer, verdict", [
    # b): ∂l/∂β_a = Σᵢ (yᵢ − e^{ηᵢ}) x_ia (by hand, and by finite differences above); the writer's a is --wrt's k
    (CV_DA, "equivalent"),
    # variant: both signs flipped, the gradient of −l (the negative log-likelihood)
    (r"\frac{\partial l(\beta)}{\partial \beta_a} = \sum_{i=1}^n e^{\sum_{j=0}^p \beta_j x_{ij}} x_{ia} - "
     r"\sum_{i=1}^n y_i x_{ia}", "different"),
])
def test_score_answers_against_the_proportional_cost(answer, verdict):
    assert_verdict_read(answer, CV_J, verdict, wrt="beta_k")


@pytest.mark.parametrize("cost, said", [
    # a likelihood: ∝ drops a constant factor, which scales the gradient
    (r"L(\beta) \propto \prod_{i=1}^n e^{-\lambda_i} \lambda_i^{y_i}", "before a product drops a constant factor"),
    # a product under a log-likelihood's name is still a likelihood's product
    (r"\ell(\beta) \propto \prod_{i=1}^n e^{-\lambda_i}", "before a product drops a constant factor"),
    # the same sums after L: a likelihood's name, so which constant is dropped is not said
    (r"L(\beta) \propto " + CV_SUM, "says equal up to a constant without saying which"),
    # a cost J ∝ …: a factor or an added constant, not said
    (r"J(\beta) \propto \sum_{i=1}^n (y_i - x_i \beta)^2", "says equal up to a constant without saying which"),
    # a chain with '=' and '∝': which side is the cost is not said
    (r"l(\beta) = 2 \propto " + CV_SUM, "the one relation of a cost"),
])
def test_proportional_that_may_drop_a_factor_is_refused_with_a_caret(cost, said):
    error = refused(logderiv.derive, cost, wrt="beta_j")
    assert said in str(error)
    assert error.column == cost.index(r"\propto")


def test_log_of_the_likelihood_is_a_log_likelihood_too():
    # \log L(β) ∝ …: the same log-likelihood, the same gradient (finite differences of the NumPy cost above)
    assert_gradient_read(r"\log L(\beta) \propto " + CV_SUM, _poisson_loglik, wrt=("beta_j",))


# ------------------------------------------------------------------ nllblog: \mathbf{Xw}, a bold product

# source: stored copies of the blog post 'Logistic Regression: Gradients' (December 19, 2015), via
# nvidia/Nemotron-CC-Math-v1: the NLL as the post defines it in words, and its third copy's matrix form
NLL = (r"L(\mathbf{w}) = -\sum_{i=1}^{n} \left[ y_i \log \sigma(\mathbf{w}^T \mathbf{x}_i) + (1 - y_i) "
       r"\log(1 - \sigma(\mathbf{w}^T \mathbf{x}_i)) \right]")
NLL_LETS = (r"\sigma(z) = \frac{1}{1 + e^{-z}}",)
MATRIX_FORM = r"\frac{\partial L}{\partial \mathbf{w}} = \mathbf{X}^T (\sigma(\mathbf{Xw}) - \mathbf{y})"


def test_nll_gradient_by_hand_is_x_transpose_residual():
    # −Σ[y log σ(Xw) + (1 − y) log(1 − σ(Xw))] has the gradient Xᵀ(σ(Xw) − y): finite differences agree
    rng = np.random.default_rng(15)
    X, y = rng.normal(size=(6, 3)), rng.integers(0, 2, size=6).astype(float)

    def nll(w):
        p = 1 / (1 + np.exp(-X @ w))
        return -float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))

    w = rng.normal(size=3)
    assert np.allclose(central_differences(nll, w), X.T @ (1 / (1 + np.exp(-X @ w)) - y), atol=1e-6)


def test_bold_group_over_two_bold_names_is_their_product():
    assert_verdict_read(MATRIX_FORM, NLL, "equivalent", wrt="w_j", lets=NLL_LETS)
    verdict = logderiv.check(MATRIX_FORM, cost=NLL, wrt="w_j", let=NLL_LETS)
    assert any(note.startswith(r"'\mathbf{Xw}' is read as the product X w") for note in notes_of(verdict))


def test_bold_product_with_the_residual_reversed_is_different():
    # variant: Xᵀ(y − σ(Xw)) is −1 times the gradient (by hand, above)
    assert_verdict_read(MATRIX_FORM.replace(r"(\sigma(\mathbf{Xw}) - \mathbf{y})", r"(\mathbf{y} - \sigma(\mathbf{Xw}))"),
                        NLL, "different", wrt="w_j", lets=NLL_LETS)


@pytest.mark.parametrize("answer, lets", [
    # X never set bold on its own: one name Xw or a product is not said
    (MATRIX_FORM.replace(r"\mathbf{X}^T", "X^T"), NLL_LETS),
    # Xw a name the --lets define: one name, never read as a product
    (MATRIX_FORM, (*NLL_LETS, r"Xw = 2 \mathbf{X} \mathbf{w}")),
])
def test_bold_word_that_may_be_one_name_stays_refused(answer, lets):
    error = refused(logderiv.check, answer, cost=NLL, wrt="w_j", let=lets)
    assert "must hold one letter" in str(error)


def test_bold_product_in_the_wrong_order_is_refused_for_its_shapes():
    # variant: \mathbf{wX}, w (n×1) before X (m×n): no product, refused at the group rather than read
    error = refused(logderiv.check, MATRIX_FORM.replace("Xw", "wX"), cost=NLL, wrt="w_j", let=NLL_LETS)
    # "needs 1 row on the right": the message says "row" in the singular since fixaudits30 ("1 rows" was a slip)
    assert "row" in str(error) and "'w' is n×1" in str(error)


# ------------------------------------------------------------------ dlpt: t_u, t_c named by their roles

# source: public code index file 51904089816 (Python, part1_core_pytorch/ch05_mechanics/01_manual_gradient.py,
# companion code to Deep Learning with PyTorch, chapter 5): model(t_u, w, b) = w * t_u + b, loss_fn, grad_fn
DLPT_J = "squared_diffs.mean()"
DLPT_LETS = ("squared_diffs = (t_p - t_c) ** 2", "t_p = w * t_u + b")
DLPT_GRAD = ("dloss_dw = dloss_dtp * t_u", "dloss_dtp = 2 * (t_p - t_c) / t_p.size(0)")


def _mse_line(d):
    """mean((w x + b − y)²), the book's loss with t_u the input x and t_c the target y, by hand."""
    r = d.w[0] * d.x + d.b - d.y
    return float(np.mean(r * r))


def test_code_names_of_the_data_read_by_their_roles():
    # both parameters at once: the judge draws the slope w as the scalar it is only when w is among them
    assert_gradient_read(DLPT_J, _mse_line, wrt=("w", "b"), lets=DLPT_LETS)


def test_roles_are_noted():
    notes = notes_of(logderiv.derive(DLPT_J, wrt="w", let=DLPT_LETS))
    assert any(note.startswith("t_u is the data x: the model's --let t_p") for note in notes)
    assert any(note.startswith("t_c is the targets y: the prediction t_p is compared with it") for note in notes)


@pytest.mark.parametrize("factor, verdict", [
    # Σ 2(t_p − t_c)t_u/N is ∂/∂w of mean((t_p − t_c)²) (by hand: the chain rule through t_p, and test above)
    ("2", "equivalent"),
    # the wave's variant: without the 2, half the gradient
    ("1", "different"),
])
def test_book_grad_fn_answers(factor, verdict):
    lets = ("dloss_dw = dloss_dtp * t_u", f"dloss_dtp = {factor} * (t_p - t_c) / t_p.size(0)", *DLPT_LETS)
    assert_verdict_read("dloss_dw.sum()", DLPT_J, verdict, wrt="w", lets=lets)


def test_size_of_the_prediction_is_noted_as_the_count():
    verdict = logderiv.check("dloss_dw.sum()", cost=DLPT_J, wrt="w", let=(*DLPT_GRAD, *DLPT_LETS))
    assert "t_p.size(0) counts the entries of t_p, one per example: the number of examples m" in notes_of(verdict)


@pytest.mark.parametrize("loss", [
    "squared_diffs = (t_p - t_u) ** 2",                        # the data compared with itself: no target said
    "squared_diffs = (t_p - t_c) ** 2 + (t_p - t_d) ** 2",     # two names compared: which is the target?
    "squared_diffs = (t_p - t_c) ** 2 + x",                    # x written too: t_u read as x would be two things
    "squared_diffs = (t_p - t_c[0]) ** 2",                     # t_c indexed: an array of what shape?
])
def test_roles_not_said_stay_refused(loss):
    error = refused(logderiv.derive, DLPT_J, wrt="w", let=(loss, "t_p = w * t_u + b"))
    assert "unknown index" in str(error)


def test_an_index_c_of_a_sum_is_no_name_of_code():
    # variant: t_c under a sum over c (one-hot targets over the classes) has c for an index: still refused so
    error = refused(logderiv.derive, "-sum_c t_c * log(y_c)", wrt="w")
    # since fixtail28 a plain sum over a letter the plain reader has no range for is read as LaTeX reads \sum_c:
    # the same refusal, in the LaTeX reader's words (before, "unknown index 'c'")
    assert str(error) == str(refused(logderiv.derive, r"-\sum_c t_c \log(y_c)", wrt="w"))
