r"""Issue 10, the fixleft branch: classes of real text the last blind waves left refused.

* the norm of the prediction vector less the targets, ``\lVert \hat y - y\rVert^2`` (the Deep Learning book quoted on
  math.stackexchange, a quiz): (ŷ − y)ᵀ(ŷ − y), as ‖Xθ − y‖² already was;
* a PDF's text layer (Week 5 hints, ridge): the middle dot ``·`` is ``\cdot`` in LaTeX, and a plainly typed left side
  ``dL/db =`` before a LaTeX right side names the derivative;
* ``R_\text{sq}(\vec w) =`` (EECS 245): a worded subscript labels the name on the left, no function ``sq``;
* Rust's iterator chains, casts, borrows and float methods (rustineers' ridge loss and its gradients);
* DSC 40A's one-parameter model named h, ``R(h) = …`` with ``--wrt h``: h is the parameter, not the prediction;
* Julia's ``map(x -> x ^ 2, v)``, 1-based ``w[2:length(w)]``, ``unshift(v, 0)`` and ``l`` weighing the penalty;
* ``⟨a_i, x⟩`` with x the parameters, and undefined ``sq(…)`` helpers: refused with the readings named.

Every expected gradient is a cost written here by hand in sympy, held by ``_oracle.assert_gradient`` (sympy.diff and
central finite differences of that cost); every verdict is worked out by hand in its comment, and the matrix
gradients those verdicts lean on are checked by finite differences (``tests/_numeric.py``).
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy
from _handcosts import assert_derives as _assert_derives
from _handcosts import dot as _dot
from _handcosts import b_, i, j, k, m, theta, w, x, y
from _handcosts import over_examples as _over_examples
from _handcosts import refused as _refused
from _handcosts import noted_everywhere as _noted_everywhere
from _numeric import central_differences as _fd
from _reading import notes_of

from logderiv import check, derive
from logderiv.errors import InputError

RNG = np.random.default_rng(10)

# ------------------------------------------------------------------ ‖ŷ − y‖² (f28-mathse-dlbook, f28-thuyin)

#: math.stackexchange 2190893, quoting the Deep Learning book p. 108, with the asker's ŷ = Xw
DLBOOK = r"\frac{1}{m}\lvert\lvert \hat {\mathbf{y}}-{\mathbf{y}}\rvert\rvert_2^2"
DLBOOK_LET = r"\hat{\mathbf{y}} = \mathbf X \mathbf w"
#: thuyin.com Week 8 Checkpoint, question 5: 'For linear regression with \hat{y}=Xw and L=…'
QUIZ = r"L=\frac{1}{n}\lVert \hat{y}-y\rVert^2"
NORM_NOTE = "read in matrix form: ‖h − y‖² = Σᵢ (h⁽ⁱ⁾ − y⁽ⁱ⁾)²"


def test_mean_squared_error_gradient_by_finite_differences():
    """∂/∂w of (1/m)‖Xw − y‖² is (2/m)Xᵀ(Xw − y): the verdicts below lean on it."""
    X, target, weights = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3)
    cost = lambda v: np.sum((X @ v - target) ** 2) / len(target)
    assert np.allclose(_fd(cost, weights), 2 * X.T @ (X @ weights - target) / len(target), atol=1e-6)


@pytest.mark.parametrize("text", [DLBOOK, QUIZ, r"\frac{1}{m}\|y - \hat y\|^2"])
def test_norm_of_prediction_less_targets_is_the_mean_squared_error(text):
    """(1/m)‖ŷ − y‖² with ŷ = Xw is (1/m)Σᵢ(wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²; n dividing it counts the examples."""
    derivation = derive(text, wrt="w_j", let=(DLBOOK_LET,))
    _assert_derives(derivation, _over_examples((_dot(w) - y[i]) ** 2) / m, w[j])
    _noted_everywhere(derivation, NORM_NOTE.split(":")[0])


def test_norm_without_a_let_takes_the_squared_errors_model():
    """No --let ŷ: the squared error's own model, h = wᵀx (noted), as (ŷ − y)ᵀ(ŷ − y) is read."""
    derivation = derive(DLBOOK, wrt="w_j")
    _assert_derives(derivation, _over_examples((_dot(w) - y[i]) ** 2) / m, w[j])
    assert any("linear regression's prediction" in note for note in notes_of(derivation))


@pytest.mark.parametrize(("answer", "verdict"), [
    # the quiz's answer: (2/n)Xᵀ(ŷ − y) = (2/m)Xᵀ(Xw − y), the gradient above
    (r"\frac{\partial L}{\partial w}=\frac{2}{n}X^\top(\hat{y}-y)", "equivalent"),
    # half of it
    (r"\frac{\partial L}{\partial w}=\frac{1}{n}X^\top(\hat{y}-y)", "different"),
    # the sign flipped
    (r"\frac{\partial L}{\partial w}=\frac{2}{n}X^\top(y-\hat{y})", "different"),
])
def test_quiz_answers(answer, verdict):
    assert check(answer, cost=QUIZ, wrt="w_j", let=(r"\hat{y}=Xw",)).verdict == verdict


def test_dlbook_gradient_set_to_zero_lacks_one_over_m():
    """2XᵀXw − 2Xᵀy is m times (2/m)Xᵀ(Xw − y) (the book drops 1/m where the gradient is set to 0): different."""
    answer = r"( 2{\mathbf{X}}^{T}{\mathbf{X}}\mathbf w - 2{\mathbf{X}}^{T}{\mathbf{y}})"
    assert check(answer, cost=DLBOOK, wrt="w_j", let=(DLBOOK_LET,)).verdict == "different"
    fixed = r"\frac{1}{m}( 2{\mathbf{X}}^{T}{\mathbf{X}}\mathbf w - 2{\mathbf{X}}^{T}{\mathbf{y}})"
    assert check(fixed, cost=DLBOOK, wrt="w_j", let=(DLBOOK_LET,)).verdict == "equivalent"


@pytest.mark.parametrize("text", [
    r"\frac{1}{m}\|\hat y\|^2",  # no targets: not the errors' vector
    r"\frac{1}{m}\|\hat y_i - y_i\|^2",  # one example's error, no sum said
    r"\frac{1}{m}\|\hat y - y_i\|^2",  # a vector less one example's target
    r"\frac{1}{m}\|\hat y + y\|^2",  # a sum, not the error
    r"\frac{1}{m}\|\hat y - x\|^2",  # the data, not the targets
    "1/m * ||h + y||^2",
])
def test_near_variants_of_the_norm_stay_refused(text):
    _refused(derive, "a norm is read only of a parameter vector", text, wrt="w_j", let=(DLBOOK_LET,))


def test_only_the_euclidean_norm_of_the_errors():
    _refused(derive, "only the Euclidean norm", r"\frac{1}{m}\|\hat y - y\|_1^2", wrt="w_j")


def test_the_norm_note_is_spelled_in_latex_remarks():
    """The LaTeX fragment's % note and the document's remark spell ‖ as \\|, not '?' (a LaTeX comment keeps ASCII)."""
    derivation = derive(DLBOOK, wrt="w_j", let=(DLBOOK_LET,))
    for latex in (derivation.to_latex(), derivation.to_latex(standalone=True)):
        line = next(line for line in latex.splitlines() if "read in matrix form: " in line and "h - y" in line)
        assert "?" not in line and r"\|h - y\|" in line, line


# ------------------------------------------------------------------ a PDF's text layer (f28-dse-hints)

#: scribd 518111862, 'Some hints for Week 5's programming assignment' (ridge regression), hints 1, 3, 4, 5
HINTS = "L(w, b) = Σ_{i=1}^{n} (y^{(i)} − (w · x^{(i)} + b))^2 + λ‖w‖^2"
HINTS_LET = "r_i = y^{(i)} − (w · x^{(i)} + b)"


def _hints_cost():
    """Σᵢ(y⁽ⁱ⁾ − (wᵀx⁽ⁱ⁾ + b))² + λΣₖwₖ², written by hand (n counts the examples: m)."""
    from logderiv.notation import symbols

    lam = symbols.scalar("lambda")
    return _over_examples((y[i] - (_dot(w) + b_)) ** 2) + lam * sympy.Sum(w[k] ** 2, (k, 1, symbols.n))


def test_ridge_gradient_by_finite_differences():
    """∂/∂w of Σ(y − (Xw + b))² + λ‖w‖² is −2Xᵀr + 2λw and ∂/∂b is −2Σr, r = y − (Xw + b)."""
    X, target, weights, lam = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3), 0.7
    cost = lambda v: np.sum((target - (X @ v[:3] + v[3])) ** 2) + lam * np.sum(v[:3] ** 2)
    at = np.append(weights, 0.3)
    residual = target - (X @ weights + 0.3)
    assert np.allclose(_fd(cost, at), np.append(-2 * X.T @ residual + 2 * lam * weights, -2 * residual.sum()),
                       atol=1e-5)


@pytest.mark.parametrize("wrt", ["w_j", "b"])
def test_middle_dot_is_cdot(wrt):
    """w · x⁽ⁱ⁾ is wᵀx⁽ⁱ⁾, as w \\cdot x^{(i)} is: the ridge cost above."""
    derivation = derive(HINTS, wrt=wrt)
    _assert_derives(derivation, _hints_cost(), w[j] if wrt == "w_j" else b_)
    assert derivation.result == derive(HINTS.replace("·", r"\cdot"), wrt=wrt).result


@pytest.mark.parametrize(("answer", "wrt", "verdict"), [
    # hint 4 as the text layer reads: +2Σr, but ∂r/∂b = −1, so dL/db = −2Σr (above): different
    ("dL/db = 2 Σ_{i=1}^{n} r_i", "b", "different"),
    ("dL/db = -2 Σ_{i=1}^{n} r_i", "b", "equivalent"),
    # hint 5: −2Σr x + 2λw, the gradient above
    ("dL/dw = −2 Σ_{i=1}^{n} r_i x^{(i)} + 2λw", "w_j", "equivalent"),
    ("dL/dw = −2 Σ_{i=1}^{n} r_i x^{(i)} + λw", "w_j", "different"),
])
def test_plain_left_side_of_a_latex_answer(answer, wrt, verdict):
    result = check(answer, cost=HINTS, wrt=wrt, let=(HINTS_LET,))
    assert result.verdict == verdict
    assert any("the left side names ∂L/∂" in note for note in notes_of(result)), notes_of(result)


@pytest.mark.parametrize(("answer", "wrt", "fragment"), [
    ("dL/db = 2 Σ_{i=1}^{n} r_i", "w_j", "derivative with respect to b"),  # names another variable
    ("dL/dx = 2 Σ_{i=1}^{n} r_i", "b", "derivative with respect to x"),
    ("L = 2 Σ_{i=1}^{n} r_i", "b", "not a derivative"),  # names the cost itself
])
def test_plain_left_sides_that_name_something_else_are_refused(answer, wrt, fragment):
    _refused(check, fragment, answer, cost=HINTS, wrt=wrt, let=(HINTS_LET,))


# ------------------------------------------------------------------ R_\text{sq} (f28-eecs245)

#: eecs245.org Lab 8, 'Recap: Multiple Linear Regression', 'mean squared error ='
EECS_LAB = r"R_\text{sq}(\vec w)=\frac{1}{n}||\vec y - X\vec w||^2"
#: notes.eecs245.org 4.1 The Gradient Vector, the first display
EECS_NOTES = r"R_\text{sq}(w_0, w_1) = \frac{1}{n} \sum_{i=1}^n (y_i - (w_0 + w_1 x_i))^2"


def test_worded_subscript_labels_the_risk():
    """R_sq(w) = (1/n)‖y − Xw‖² is the mean squared error (1/m)Σ(y − wᵀx)² (n counts the examples)."""
    derivation = derive(EECS_LAB, wrt="w_j")
    _assert_derives(derivation, _over_examples((y[i] - _dot(w)) ** 2) / m, w[j])


@pytest.mark.parametrize("wrt", ["w_0", "w_1"])
def test_worded_subscript_on_a_line(wrt):
    """R_sq(w₀, w₁) = (1/n)Σ(y − (w₀ + w₁x))²: a line's intercept w₀ and slope w₁ (one feature x)."""
    derivation = derive(EECS_NOTES, wrt=wrt)
    cost = _over_examples((y[i] - (w[0] + w[1] * x[i])) ** 2) / m
    _assert_derives(derivation, cost, w[int(wrt[-1])])


def test_worded_subscript_in_a_derivative_name():
    """∂R_sq/∂w_j = (2/n)Σ(wᵀxᵢ − yᵢ)xᵢⱼ: the gradient of (1/n)Σ(wᵀxᵢ − yᵢ)², as R_{\\text{sq}} there is read."""
    cost = r"R_\text{sq}(w)=\frac{1}{n}\sum_i (w^T x_i - y_i)^2"
    answer = r"\frac{\partial R_\text{sq}}{\partial w_j} = \frac{2}{n}\sum_i (w^T x_i - y_i) x_{ij}"
    assert check(answer, cost=cost, wrt="w_j").verdict == "equivalent"
    assert check(answer.replace("{2}{n}", "{1}{n}"), cost=cost, wrt="w_j").verdict == "different"


@pytest.mark.parametrize("text", [
    r"\frac{1}{n} \sum_{i=1}^n x_\text{sq}(y_i - w^T x_i)^2",  # inside the formula: a function sq, or a label?
    r"R_\text{sq}(w_0 - y_i)^2",  # no '=': no left side to label
    r"\frac{1}{m}\sum_i (w^T x_i - y_i)^2 + \lambda_\text{reg} \|w\|^2",  # an empty subscript, as \lambda_{\text{reg}}
])
def test_worded_subscript_elsewhere_stays_refused(text):
    with pytest.raises(InputError):
        derive(text, wrt="w_0" if "w_0" in text else "w_j")


# ------------------------------------------------------------------ Rust iterator code (f27-rust)

#: github:bstaber/rustineers crates/ridge_1d_fn/src/loss_functions.rs, pub fn loss_function_naive (its last line; the
#: lets are the lines above it and the file's two helpers, verbatim)
RUST_COST = "mse + lambda2 * beta * beta"
RUST_LETS = (
    "n = x.len()",
    "y_hat = mul_scalar_vec(beta, x)",
    "residuals = subtract_vectors(y, &y_hat)",
    "mse = residuals.iter().map(|x| x * x).sum::<f64>() / (n as f64)",
    "mul_scalar_vec(scalar, vector) = vector.iter().map(|x| x * scalar).collect()",
    "subtract_vectors(a, b) = a.iter().zip(b.iter()).map(|(x, y)| x - y).collect()",
)
#: grad_functions.rs's helper (both versions)
RUST_DOT = "dot(a, b) = a.iter().zip(b.iter()).map(|(xi, yi)| xi * yi).sum()"


def _beta():
    from logderiv.notation import symbols

    return symbols.scalar("beta")


def test_rust_ridge_gradient_by_finite_differences():
    """∂/∂β of Σ(yᵢ − βxᵢ)²/m + λβ² is −2Σ(yᵢ − βxᵢ)xᵢ/m + 2λβ: the verdicts below lean on it."""
    x_, y_, lam = RNG.normal(size=7), RNG.normal(size=7), 0.4
    cost = lambda v: np.mean((y_ - v[0] * x_) ** 2) + lam * v[0] ** 2
    beta = np.array([0.3])
    assert np.allclose(_fd(cost, beta), [-2 * np.mean((y_ - beta[0] * x_) * x_) + 2 * lam * beta[0]], atol=1e-6)


def test_rust_iterator_chains_read_as_the_ridge_cost():
    """The code's loss: Σᵢ(yᵢ − βxᵢ)²/n (the closure's x is each residual, not the data) + λβ², n the examples."""
    from logderiv.notation import symbols

    derivation = derive(RUST_COST, wrt="beta", let=RUST_LETS)
    beta, lam = _beta(), symbols.scalar("lambda")
    _assert_derives(derivation, _over_examples((y[i] - beta * x[i]) ** 2) / m + lam * beta**2, beta)
    for fragment in ("adds up its closure's value at each entry of the slices iterated",
                     "read as Rust: 'as f64' converts", "read as Rust: &v borrows v",
                     "lambda2 is λ", "counts the examples (the rows of X, the entries of y): read as m"):
        _noted_everywhere(derivation, fragment)


@pytest.mark.parametrize(("answer", "lets", "verdict"), [
    # the later version: −2·Σrᵢxᵢ/n + 2λβ, the gradient above
    ("-2.0 * residuals_dot_x / (n as f64) + 2.0 * lambda2 * beta", (RUST_DOT, "residuals_dot_x = dot(&residuals, x)"),
     "equivalent"),
    # the earlier version: −Σrᵢxᵢ/n, half the data term (right only for the docstring's 1/(2n))
    ("-dot(&residuals, x) / (n as f64) + 2.0 * lambda2 * beta", (RUST_DOT,), "different"),
    # the inline gradient, 2(yᵢ − βxᵢ)xᵢ summed in one chain
    ("-grad_mse + 2.0 * lambda2 * beta",
     ("grad_mse = x.iter().zip(y.iter()).map(|(xi, yi)| 2.0 * (yi - beta * xi) * xi).sum::<f64>() / (n as f64)",),
     "equivalent"),
    # the same chain with the closure's names swapped against the slices: (xᵢ − βyᵢ)yᵢ, no gradient of this cost
    ("-grad_mse + 2.0 * lambda2 * beta",
     ("grad_mse = y.iter().zip(x.iter()).map(|(xi, yi)| 2.0 * (yi - beta * xi) * xi).sum::<f64>() / (n as f64)",),
     "different"),
])
def test_rust_gradients(answer, lets, verdict):
    assert check(answer, cost=RUST_COST, wrt="beta", let=RUST_LETS + lets).verdict == verdict


@pytest.mark.parametrize("text", [
    "x.iter().zip(y.iter()).map(|(xi, yi)| (yi - w * xi).powi(2)).sum::<f64>() / (x.len() as f64)",
    "x.iter().zip(y.iter()).map(|(xi, yi)| (yi - w * xi) * (yi - w * xi)).sum::<f64>() / (y.len() as f64)",
])
def test_rust_powi_and_len(text):
    """(1/m)Σ(yᵢ − wxᵢ)², one feature: .powi(2) squares, x.len() counts the examples."""
    from logderiv.notation import symbols

    w_ = symbols.scalar("w")
    _assert_derives(derive(text, wrt="w"), _over_examples((y[i] - w_ * x[i]) ** 2) / m, w_)


def test_rust_ln_and_exp():
    """Σ ln(1 + e^(−yᵢwxᵢ)), the logistic loss with ±1 labels, one feature: .exp() and .ln() as functions."""
    from logderiv.notation import symbols

    w_ = symbols.scalar("w")
    derivation = derive("x.iter().zip(y.iter()).map(|(xi, yi)| (1.0 + (-yi * w * xi).exp()).ln()).sum::<f64>()",
                        wrt="w")
    _assert_derives(derivation, _over_examples(sympy.log(1 + sympy.exp(-y[i] * w_ * x[i]))), w_)
    assert any("a.ln() is log(a)" in note for note in notes_of(derivation))


@pytest.mark.parametrize(("text", "fragment"), [
    # a fold, a product, a maximum: not a sum of the closure's values
    ("x.iter().zip(y.iter()).map(|(xi, yi)| (yi - w * xi).powi(2)).fold(0.0, |a, b| a + b)", "ends in .sum()"),
    ("x.iter().zip(y.iter()).map(|(xi, yi)| (yi - w * xi).powi(2)).product::<f64>()", "ends in .sum()"),
    ("x.iter().zip(y.iter()).map(|(xi, yi)| (yi - w * xi).powi(2)).max()", "ends in .sum()"),
    # one name for a zip's pairs: p.0 and p.1 are not read
    ("x.iter().zip(y.iter()).map(|p| (p.1 - w * p.0).powi(2)).sum::<f64>()", "one name per slice"),
    # an absolute error is not differentiable
    ("x.iter().zip(y.iter()).map(|(xi, yi)| (yi - w * xi).abs()).sum::<f64>()", "abs"),
])
def test_rust_near_variants_are_refused(text, fragment):
    _refused(derive, fragment, text, wrt="w")


def test_lambda2_beside_lambda1_is_not_lambda():
    """Elastic net's two strengths: lambda2 is not the one λ when lambda1 is written too."""
    lets = ("mse = x.iter().zip(y.iter()).map(|(xi, yi)| (yi - beta * xi).powi(2)).sum::<f64>()",)
    with pytest.raises(InputError):
        derive("mse + lambda1 * beta + lambda2 * beta * beta", wrt="beta", let=lets)


# ------------------------------------------------------------------ a parameter named h (f28-dsc40a)

#: practice.dsc40a.com Fall 2025 Midterm, Problem 1.1, Version A (the model H(x) = h e^{-x})
DSC = r"R(h)\;=\;\frac{1}{n}\sum_{i=1}^n\big(he^{-x_i}-y_i\big)^2."
H_NOTE = "h is the model's parameter here, not the prediction h(x)"


def test_exponential_model_gradient_by_finite_differences():
    """∂/∂h of (1/m)Σ(h e^(−xᵢ) − yᵢ)² is (2/m)Σ(h e^(−xᵢ) − yᵢ)e^(−xᵢ) = (2/m)(hΣe^(−2xᵢ) − Σyᵢe^(−xᵢ))."""
    x_, y_ = RNG.normal(size=6), RNG.normal(size=6)
    cost = lambda v: np.mean((v[0] * np.exp(-x_) - y_) ** 2)
    h = 0.8
    expected = 2 / 6 * (h * np.sum(np.exp(-2 * x_)) - np.sum(y_ * np.exp(-x_)))
    assert np.allclose(_fd(cost, np.array([h])), [expected], atol=1e-6)


def test_parameter_named_h():
    """R(h) by --wrt h: the derivative by the model's one parameter (the gradient above), noted."""
    derivation = derive(DSC, wrt="h")
    parameter = derivation.problem.wrt
    _assert_derives(derivation, _over_examples((parameter * sympy.exp(-x[i]) - y[i]) ** 2) / m, parameter)
    _noted_everywhere(derivation, H_NOTE)


@pytest.mark.parametrize(("answer", "verdict"), [
    # Version A's solution: (2/n)(hΣe^(−2xᵢ) − Σyᵢe^(−xᵢ)), the gradient above
    (r"\frac{2}{n}\left(h\sum_{i=1}^n e^{-2x_i}-\sum_{i=1}^n y_i e^{-x_i}\right)", "equivalent"),
    # Version B's (the model h e^{x}): e^{2xᵢ} and yᵢe^{xᵢ}, not this risk's
    (r"\frac{2}{n}\left(h\sum_{i=1}^n e^{2x_i}-\sum_{i=1}^n y_i e^{x_i}\right)", "different"),
])
def test_answers_by_h(answer, verdict):
    result = check(answer, cost=DSC, wrt="h")
    assert result.verdict == verdict
    assert any(H_NOTE in note for note in notes_of(result))


@pytest.mark.parametrize(("text", "wrt", "let"), [
    (r"R(h) = \frac{1}{n}\sum_{i=1}^n (h(x_i)-y_i)^2", "h", ()),  # h applied: the prediction
    (r"R(h) = \frac{1}{n}\sum_{i=1}^n (h_\theta(x_i)-y_i)^2", "h", ()),  # h_θ: the prediction
    (r"J(\theta)=\frac{1}{n}\sum_{i=1}^n\big(he^{-x_i}-y_i\big)^2", "h", ()),  # the left side names θ, not h
    (DSC, "h", ("h = 2",)),  # a let defines h
])
def test_h_stays_the_prediction_otherwise(text, wrt, let):
    with pytest.raises(InputError):
        derive(text, wrt=wrt, let=let)


def test_h_applied_in_the_answer_keeps_it_the_prediction():
    """An answer that writes h(xᵢ) uses h as the prediction: the two readings of h are not mixed."""
    with pytest.raises(InputError):
        check(r"\frac{2}{n}\sum_i (h(x_i) - y_i)e^{-x_i}", cost=DSC, wrt="h")


# ------------------------------------------------------------------ ⟨a_i, x⟩, x the parameters (f25-vova)

#: the optimisation homework's report (f25-vova): x is the parameter vector, a_i the i-th example, b_i ±1 labels
VOVA = r"L(X, B, x) = \sum_{i=1}^{m} \ln(1 + \exp(-b_i \langle a_i, x \rangle))"


def test_inner_product_with_x_as_the_parameters_is_refused_with_both_roles():
    """x would be the parameters and a_i the data: both renamed; refused at the bracket, the roles named.

    Only where nothing says x is the unknown: with --wrt x_j the text is read in optimisation's letters
    (tests/test_fixlatex3.py); here the default θ_j is asked.
    """
    error = _refused(derive, "pairs the example a_i with x, which is then the parameter vector", VOVA, wrt="theta_j")
    assert error.column == VOVA.index(r"\langle")
    assert r"\langle w, x_i \rangle" in error.hint


def test_inner_product_of_the_weights_and_an_example_reads():
    """⟨w, x_i⟩ is wᵀx⁽ⁱ⁾: Σ ln(1 + e^(−yᵢwᵀx⁽ⁱ⁾)), as the refusal's hint asks to write it."""
    derivation = derive(r"L = \sum_{i=1}^{m} \ln(1 + \exp(-y_i \langle w, x_i \rangle))", wrt="w_j")
    _assert_derives(derivation, _over_examples(sympy.log(1 + sympy.exp(-y[i] * _dot(w)))), w[j])


# ------------------------------------------------------------------ sq(…) helpers

@pytest.mark.parametrize("helper", ["sq", "sqr", "square"])
def test_undefined_square_helper_is_refused_without_suggesting_sqrt(helper):
    """sq(r) undefined: the name says it squares, sqrt would be the opposite guess; the let to write is the hint."""
    error = _refused(derive, f"unknown function '{helper}': a helper of the source's own", f"sum({helper}(y - w*x))/m",
                     wrt="w")
    assert "sqrt" not in str(error) and f"--let '{helper}(v) = v^2'" in error.hint


def test_defined_square_helper_reads():
    """With the source's definition sq(v) = v²: (1/m)Σ(yᵢ − wxᵢ)², one feature."""
    from logderiv.notation import symbols

    w_ = symbols.scalar("w")
    derivation = derive("sum(sq(y - w*x))/m", wrt="w", let=("sq(v) = v*v",))
    _assert_derives(derivation, _over_examples((y[i] - w_ * x[i]) ** 2) / m, w_)


# ------------------------------------------------------------------ Julia (f27-julia)

#: GitHub Julia 'Assess the ridge loss function. Assume first entry of w is an intercept and do not penalize.'
#: (function ridge_error(x, y, l, w); public code index file 16270576815)
JULIA = "(1.0 / 2) * sum(map(x -> x ^ 2, y - x * w)) + (l / 2) * sum(map(x -> x ^ 2, w[2:length(w)]))"


def _julia_ridge(theta):
    """½Σᵢ(yᵢ − wᵀx⁽ⁱ⁾)² + (λ/2)Σ_{k≥2} wₖ², by hand in sympy (the intercept w₁ not penalised)."""
    from logderiv.notation import symbols

    lam = symbols.scalar("lambda")
    penalty = sympy.Sum(theta[k] ** 2, (k, 2, symbols.n))
    return _over_examples((y[i] - _dot(theta)) ** 2) / 2 + lam / 2 * penalty


def test_julia_ridge_gradient_by_finite_differences():
    """∇ of ½‖y − Xw‖² + (λ/2)Σ_{k≥2}wₖ² is −Xᵀ(y − Xw) + λ[0; w₂…]: the verdicts below lean on it."""
    X, target, weights, lam = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3), 0.9
    cost = lambda v: 0.5 * np.sum((target - X @ v) ** 2) + lam / 2 * np.sum(v[1:] ** 2)
    expected = -X.T @ (target - X @ weights) + lam * np.append(0.0, weights[1:])
    assert np.allclose(_fd(cost, weights), expected, atol=1e-6)


def test_julia_map_slice_and_l():
    """map(x -> x ^ 2, v) squares v's entries (its x is no data x), w[2:length(w)] leaves w₁ out, l is λ."""
    derivation = derive(JULIA, wrt="w_j")
    _assert_derives(derivation, _julia_ridge(w), w[j])
    for fragment in ("applies the anonymous function to each entry of v",
                     "is entries 2 to the last of w (Julia numbers from 1)", "l weighs the penalty"):
        _noted_everywhere(derivation, fragment)


@pytest.mark.parametrize(("answer", "verdict"), [
    # ridge_gradient: [0; λw₂…] − xᵀ(y − xw), the gradient above
    ("unshift(l * w[2:length(w)], 0) - x' * (y - x * w)", "equivalent"),
    ("pushfirst!(l * w[2:end], 0) - x' * (y - x * w)", "equivalent"),
    # the intercept penalised too: λw₁ more in the first entry
    ("l * w - x' * (y - x * w)", "different"),
    # the data term's sign flipped
    ("unshift(l * w[2:length(w)], 0) + x' * (y - x * w)", "different"),
])
def test_julia_ridge_gradients(answer, verdict):
    assert check(answer, cost=JULIA, wrt="w_j").verdict == verdict


@pytest.mark.parametrize(("text", "fragment"), [
    # l also written alone: not only the penalty's weight, so not λ (and l is an index letter)
    (JULIA + " + l", "feature index"),
    # λ written too: l is then something else
    (JULIA + " + lambda * sum(w)", "feature index"),
    # a map of two vectors, or of a function of two names
    ("(1.0 / 2) * sum(map(x -> x ^ 2, y - x * w, w))", "map is read only as map(x -> f(x), v)"),
    ("(1.0 / 2) * sum(map((a, b) -> a * b, y, w))", "map is read only as map(x -> f(x), v)"),
    # NumPy's @ and ** beside the slice: 0-based code, whose w[2:…] would leave out two entries; not read as Julia
    ("(1.0 / 2) * sum((y - x @ w)**2) + (l / 2) * sum(w[2:length(w)]**2)", ""),
])
def test_julia_near_variants_are_refused(text, fragment):
    _refused(derive, fragment, text, wrt="w_j")


def test_unshift_of_another_number_is_refused():
    """unshift(v, 1) puts 1 in front: no gradient of a penalty that leaves the intercept out, and not read."""
    _refused(check, "is read only as unshift(v, 0)", "unshift(l * w[2:length(w)], 1) - x' * (y - x * w)", cost=JULIA,
             wrt="w_j")


# ------------------------------------------------------------------ p in a cross-entropy (f6-aicassindra)

#: https://www.aicassindra.com/blogs/algorithms/logistic_regression.html (Loss)
AICASSINDRA = "-sum[y·log(p) + (1-y)·log(1-p)]"
P_NOTE = "p is written only as log(p) and log(1 − p), the cross-entropy's"


@pytest.mark.parametrize("text", [AICASSINDRA, r"-\sum_i [y \log(p) + (1-y) \log(1-p)]"])
def test_p_of_a_cross_entropy_is_the_prediction(text):
    """−Σ[y log p + (1 − y) log(1 − p)], p the predicted probability: h, whose model is σ(wᵀx) (noted)."""
    from _handcosts import sig as _sig

    derivation = derive(text, wrt="w_j")
    _assert_derives(derivation, -_over_examples(y[i] * sympy.log(_sig(_dot(w))) + (1 - y[i]) * sympy.log(
        1 - _sig(_dot(w)))), w[j])
    _noted_everywhere(derivation, P_NOTE)


@pytest.mark.parametrize(("text", "let"), [
    ("-sum[y·log(p)]", ()),  # one logarithm: not the cross-entropy's pair
    (AICASSINDRA + " + p", ()),  # p written otherwise too
    (AICASSINDRA + " + sum(h)", ()),  # h written as well: p and h two quantities?
])
def test_p_written_otherwise_is_not_renamed(text, let):
    with pytest.raises(InputError):
        derive(text, wrt="w_j", let=let)


def test_p_defined_by_a_let_keeps_its_definition():
    """--let p = σ(wᵀx + b) is p: the reading is not taken (no note), the let's model is."""
    derivation = derive(AICASSINDRA, wrt="b", let=("p = sigmoid(w^T x + b)",))
    assert not any(P_NOTE in note for note in notes_of(derivation))


# ------------------------------------------------------------------ sum_{i=1}^m and '#' in code comments

#: a comment over a NumPy cost, typed as code comments type LaTeX (constructed: the class of text the brief names)
COMMENTED = "# J = 1/(2*m) * sum_{i=1}^{m} (theta^T x_i - y_i)**2 + lambda/(2*m) * sum_{j=1}^{n} theta_j**2"


def test_scripted_sums_in_a_code_comment():
    """(1/2m)Σᵢ(θᵀxᵢ − yᵢ)² + (λ/2m)Σⱼθⱼ²: the scripts say the examples and the features, '#' opens a comment."""
    from logderiv.notation import symbols

    lam = symbols.scalar("lambda")
    derivation = derive(COMMENTED, wrt="theta_j")
    cost = _over_examples((_dot(theta) - y[i]) ** 2) / (2 * m) + lam / (2 * m) * sympy.Sum(theta[k] ** 2,
                                                                                         (k, 1, symbols.n))
    _assert_derives(derivation, cost, theta[j])
    for fragment in (": the sum over the m examples", ": the sum over the n features",
                     "the text is a code comment"):
        _noted_everywhere(derivation, fragment)


def test_scripted_sum_counted_from_zero():
    """sum_{i=0}^{m-1}, Python's range: the same m examples."""
    derivation = derive("1/(2*m) * sum_{i=0}^{m-1} (theta^T x_i - y_i)**2", wrt="theta_j")
    _assert_derives(derivation, _over_examples((_dot(theta) - y[i]) ** 2) / (2 * m), theta[j])


@pytest.mark.parametrize(("text", "fragment"), [
    # i up to n: the examples counted by n, or the features? not said here
    ("1/(2*m) * sum_{i=1}^{n} (theta^T x_i - y_i)**2", "runs over i = 1 to n"),
    # m + 1 terms
    ("1/(2*m) * sum_{i=0}^{m} (theta^T x_i - y_i)**2", "runs over i = 0 to m"),
    # another brace than a sum's script: LaTeX, whose reader refuses theta without its backslash
    ("1/(2*m) * sum_{i=1}^{m} (theta^T x^{(i)} - y_i)**2", "without a backslash"),
    # a comment of words is no formula: the '#' stays refused
    ("# 1/(2*m) * sum_i (theta^T x_i - y_i)**2", "unexpected character '#'"),
])
def test_scripted_sum_near_variants_are_refused(text, fragment):
    _refused(derive, fragment, text, wrt="theta_j")


def test_p_beside_a_let_of_capital_p_keeps_the_case_slip_reading():
    """--let P = σ(θᵀx) beside log(p): the let's P (the case slip reading), not the prediction h."""
    verdict = check("1/m * sum((sigmoid(theta^T x) - y) x_j)", cost="-1/m * sum(y log(p) + (1-y) log(1-p))",
                    wrt="theta_j", let=["P = sigmoid(theta^T x)"])
    assert verdict.verdict == "equivalent"  # by hand: the mean cross-entropy's gradient
    assert not any(P_NOTE in note for note in notes_of(verdict))
