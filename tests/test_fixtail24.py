"""Issue 10, fixtail24: readings for older corpus refusals, each a convention of ML notes read with a note.

Each reading is held to finite differences of a cost worked out by hand in NumPy (the corpus judge, through
tests/_reading.py), never to logderiv's own output; each near-variant that means something else stays refused.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _reading import assert_gradient_read, notes_of, refused


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# ------------------------------------------------------------------ a bare log glued to letters, then \hat{y}
# dtcms's L(\hat{y},y)=-(ylog\hat{y})-(1-y)log(1-\hat{y}): 'ylog' before the accented letter is y·log ŷ, as
# 'ylog(' before a bracket already is; by hand the mean cross-entropy of σ(wᵀx + b)
DTCMS_LETS = (r"L(\hat{y},y)=-(ylog\hat{y})-(1-y)log(1-\hat{y})", r"\hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}}",
              r"z = \mathbf{w}^T \mathbf{x} + b")
DTCMS_J = r"J(w,b)=\frac {1}{m}\Sigma_{i=1}^{m}L(\hat{y}^{(i)},y^{(i)})"


def _mean_cross_entropy(d):
    h = _sigmoid(d.X @ d.w + d.b)
    return float(np.mean(-d.y * np.log(h) - (1 - d.y) * np.log(1 - h)))


def test_letters_glued_to_log_before_an_accented_letter_are_a_product_with_the_log():
    assert_gradient_read(DTCMS_J, _mean_cross_entropy, wrt=("w_j", "b"), lets=DTCMS_LETS)
    notes = notes_of(logderiv.derive(DTCMS_J, wrt="w_j", let=DTCMS_LETS))
    assert any("'ylog' is read as y·log" in note for note in notes)
    # \hat y, the accent's letter without braces, reads the same
    lets = (r"L(\hat{y},y)=-(ylog\hat y)-(1-y)log(1-\hat{y})", *DTCMS_LETS[1:])
    assert_gradient_read(DTCMS_J, _mean_cross_entropy, wrt=("w_j",), lets=lets)


def test_a_glued_log_before_an_accent_on_two_letters_stays_refused():
    # ylog\hat{y}x: log(ŷ)·x or log(ŷx)? The operand's end is not written
    lets = (r"L(\hat{y},y)=-(ylog\hat{y}x)-(1-y)log(1-\hat{y})", *DTCMS_LETS[1:])
    error = refused(logderiv.derive, DTCMS_J, wrt="w_j", let=lets)
    assert "'log' without a backslash reads as a product of letters" in error.message


# ------------------------------------------------------------------ forward(x) = w * x called as forward(X)
# patrickloeber's PyTorch tutorial, NumPy part: X = np.array([1, 2, 3, 4]), w = 0.0, forward(x) = w * x,
# loss = ((y_pred - y)**2).mean(): X is the one feature's array (a scalar w times it), the mean squared error
# (1/m) Σ (w x⁽ⁱ⁾ − y⁽ⁱ⁾)², by hand ∂/∂w = (1/m) Σ 2x⁽ⁱ⁾(w x⁽ⁱ⁾ − y⁽ⁱ⁾)
FORWARD_LETS = ("y_pred = forward(X)", "forward(x) = w * x")
FORWARD_LOSS = "((y_pred - y)**2).mean()"


def _one_feature_mse(d):
    w = d.w[0]
    return float(np.mean((w * d.x - d.y) ** 2))


def test_a_function_that_is_the_slope_times_its_argument_makes_X_the_one_feature():
    assert_gradient_read(FORWARD_LOSS, _one_feature_mse, wrt=("w",), lets=FORWARD_LETS)
    notes = notes_of(logderiv.derive(FORWARD_LOSS, wrt="w", let=FORWARD_LETS))
    assert any("X is only ever passed to forward(x) = w * x" in note for note in notes)
    # the number first or last, and another name of the parameter: the same function
    assert_gradient_read(FORWARD_LOSS, _one_feature_mse, wrt=("w",), lets=("y_pred = f(X)", "f(v) = v * w"))


def test_the_tutorials_gradients_by_hand():
    # np.mean(2*x*(y_pred - y)) is (1/m) Σ 2x(wx − y), the derivative; np.dot(2*x, y_pred - y).mean() is the mean of
    # one number, Σ 2x(wx − y): m times it (the tutorial's first, fixed version)
    from _reading import assert_verdict_read

    assert_verdict_read("np.mean(2*x*(y_pred - y))", FORWARD_LOSS, "equivalent", wrt="w", lets=FORWARD_LETS)
    assert_verdict_read("np.dot(2*x, y_pred - y).mean()", FORWARD_LOSS, "different", wrt="w", lets=FORWARD_LETS)


def test_a_slope_function_beside_X_used_as_a_matrix_is_not_read_so():
    # X.T elsewhere: X is the data matrix, so forward(X) = w * X broadcasts a vector w over it: left refused
    refused(logderiv.derive, FORWARD_LOSS + " + np.sum(X.T)", wrt="w", let=FORWARD_LETS)
    # the function's body is not the slope times its argument (x * x): nothing says X is one feature
    refused(logderiv.derive, FORWARD_LOSS, wrt="w", let=("y_pred = forward(X)", "forward(x) = x * x"))


# ------------------------------------------------------------------ dL = … beside the cost L = …
# An Octave Poisson file: L = sum(lambda) - y'*X_proj with X_proj = X*w, lambda = exp(X_proj), and dL = X' * (lambda-y).
# By hand ∂/∂w_j Σ(e^{x⁽ⁱ⁾ᵀw} − y⁽ⁱ⁾x⁽ⁱ⁾ᵀw) = Σ(e^{x⁽ⁱ⁾ᵀw} − y⁽ⁱ⁾)x_j⁽ⁱ⁾: Xᵀ(λ − y) (checked by finite differences below)
POISSON_LETS = ("X_proj = X*w;", "lambda = exp(X_proj);")
POISSON_L = "L = sum(lambda) - y'*X_proj;"


def test_the_poisson_gradient_by_finite_differences():
    from _numeric import central_differences

    rng = np.random.default_rng(24)
    X, y, w = rng.normal(size=(6, 3)) / 2, rng.poisson(2.0, size=6).astype(float), rng.normal(size=3) / 2

    def cost(v):
        return float(np.sum(np.exp(X @ v)) - y @ (X @ v))

    assert np.allclose(central_differences(cost, w), X.T @ (np.exp(X @ w) - y), atol=1e-6)


def test_d_and_the_costs_own_letter_names_its_gradient():
    from _reading import assert_verdict_read

    assert_verdict_read("dL = X' * (lambda-y);", POISSON_L, "equivalent", wrt="w_j", lets=POISSON_LETS)
    assert_verdict_read("dL = X' * (y-lambda);", POISSON_L, "different", wrt="w_j", lets=POISSON_LETS)
    verdict = logderiv.check("dL = X' * (lambda-y);", cost=POISSON_L, wrt="w_j", let=POISSON_LETS)
    assert any("the left side dL = names the gradient" in note for note in verdict.notes)


def test_d_and_another_letter_than_the_costs_stays_refused():
    # beside J = (1/2m) Σ (…)², dL may be a per-example loss's derivative (DLAI's dL/dŷ): not read as ∂J
    error = refused(logderiv.check, "dL = X'*(X*theta-y)/m", cost="J = sum((X*theta - y).^2)/(2*m)")
    assert "the left side dL names a gradient" in error.message
    # a cost named so is still refused as a cost: its right side would be a gradient
    error = refused(logderiv.derive, "dL = X' * (lambda-y);", wrt="w_j", let=POISSON_LETS)
    assert "the left side dL names a gradient" in error.message


# ------------------------------------------------------------------ Octave's theta' ending a matrix answer
# ex2's gradient as a row: sum((sigmoid(X*theta) - y) .* X)/m is the 1×n row Σᵢ(σ − y)xⱼ/m, and + lambda/m * theta'
# adds the row (λ/m)θᵀ. By hand (finite differences below) the mean cross-entropy + λ/(2m)Σθ² has gradient
# (1/m)Xᵀ(σ(Xθ) − y) + (λ/m)θ; without the penalty in the cost, the λ term does not belong (kolmisi, harada)
OCTAVE_CE = "1 / m * sum((-y .* log(sigmoid(X * theta))) - ((1 - y) .* log(1 - sigmoid(X * theta))))"
OCTAVE_RIDGE_CE = OCTAVE_CE + " + lambda / (2 * m) * sum(theta .^ 2)"
OCTAVE_ROW = "1 / m * sum((sigmoid(X * theta) - y) .* X) + lambda / m * theta'"


def test_the_penalised_cross_entropy_by_finite_differences():
    from _numeric import central_differences

    rng = np.random.default_rng(2024)
    X, y, theta, lam = rng.normal(size=(7, 3)), rng.random(7), rng.normal(size=3), 0.7
    m = len(y)

    def cost(v):
        h = _sigmoid(X @ v)
        return float(np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h)) + lam / (2 * m) * v @ v)

    assert np.allclose(central_differences(cost, theta), X.T @ (_sigmoid(X @ theta) - y) / m + lam / m * theta,
                       atol=1e-6)


def test_a_transposed_parameter_vector_ending_an_octave_matrix_answer_is_a_row():
    from _reading import assert_verdict_read

    lets = ("m = length(y)",)
    assert_verdict_read(OCTAVE_ROW, OCTAVE_RIDGE_CE, "equivalent", lets=lets)
    assert_verdict_read(OCTAVE_ROW, OCTAVE_CE, "different", lets=lets)
    assert_verdict_read(OCTAVE_ROW.replace("lambda / m", "2 * lambda / m"), OCTAVE_RIDGE_CE, "different", lets=lets)
    verdict = logderiv.check(OCTAVE_ROW, cost=OCTAVE_RIDGE_CE, let=lets)
    assert any("the answer is a 1×n row" in note for note in verdict.notes)


def test_theta_transposed_at_the_end_without_the_data_matrix_still_needs_its_vector():
    # lambda/m * theta' with no X: the text may have lost the x of theta' * x, so it is not read as a row
    error = refused(logderiv.check, "lambda/m * theta'", cost="logistic-l2")
    assert "needs a vector after it" in error.message


# ------------------------------------------------------------------ NumPy's .T glued to X: w.TX is w.T X
# A DLAI forum post's Z = w.TX + b (X n×m, one column per example): an array has no attribute TX, so it is wᵀX with
# the space lost. By hand ∂/∂b of the mean cross-entropy of σ(wᵀx⁽ⁱ⁾ + b) is (1/m)Σ(a⁽ⁱ⁾ − y⁽ⁱ⁾) (checked below)
DLAI_COST = (r"J(w,b) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log a^{(i)} + (1-y^{(i)})\log(1-a^{(i)})\right]")
DLAI_LETS = ("dZ = A - Y", "A = g(Z)", "Z = w.TX + b", "a^{(i)} = g(w^Tx^{(i)} + b)", "g(z) = 1/(1+e^{-z})")


def test_the_bias_gradient_by_finite_differences():
    from _numeric import central_differences

    rng = np.random.default_rng(37)
    X, y, w, b = rng.normal(size=(3, 6)), rng.random(6), rng.normal(size=3), 0.2  # X n×m, DLAI's layout

    def cost(v):
        a = _sigmoid(w @ X + v[0])
        return float(-np.mean(y * np.log(a) + (1 - y) * np.log(1 - a)))

    assert np.allclose(central_differences(cost, np.array([b])), [np.mean(_sigmoid(w @ X + b) - y)], atol=1e-6)


def test_a_transpose_glued_to_the_data_is_the_transpose_then_the_data():
    from _reading import assert_verdict_read

    assert_verdict_read("db = 1/m * sum(dZ)", DLAI_COST, "equivalent", wrt="b", lets=DLAI_LETS)
    assert_verdict_read("db = sum(dZ)", DLAI_COST, "different", wrt="b", lets=DLAI_LETS)
    verdict = logderiv.check("db = 1/m * sum(dZ)", cost=DLAI_COST, wrt="b", let=DLAI_LETS)
    assert any("w.TX is w.T X, the transpose .T glued to X" in note for note in notes_of(verdict))


def test_a_longer_word_after_the_transpose_is_not_split():
    # w.TXb: not one letter of data after .T, so no reading of it
    lets = ("dZ = A - Y", "A = g(Z)", "Z = w.TXb + b", "a^{(i)} = g(w^Tx^{(i)} + b)", "g(z) = 1/(1+e^{-z})")
    refused(logderiv.check, "db = 1/m * sum(dZ)", cost=DLAI_COST, wrt="b", let=lets)


# ------------------------------------------------------------------ t(x) %*% (a - y) by a one-feature w
# ani's R logistic regression: a = sigmoid(X %*% theta), X = cbind(1, x), theta = c(b, w), the mean cross-entropy,
# dw = (1/m) * t(x) %*% (a - y): by the scalar w a 1×1 matrix, the inner product Σ x⁽ⁱ⁾(a⁽ⁱ⁾ − y⁽ⁱ⁾)/m — by hand
# ∂J/∂w (checked below); without 1/m m times it, with (y - a) its negative
ANI_LETS = ("sigmoid <- function(x) 1/(1 + exp(-x))", "m <- nrow(matrix(x))", "X <- cbind(1,matrix(x))",
            "theta <- c(b, w)", "a <- sigmoid(X%*%theta)")
ANI_COST = "-(1/m)*sum(y*log(a) + (1-y)*log(1-a))"


def test_the_one_feature_slope_gradient_by_finite_differences():
    from _numeric import central_differences

    rng = np.random.default_rng(22)
    x, y, w, b = rng.normal(size=8), rng.random(8), 0.4, -0.3

    def cost(v):
        a = _sigmoid(b + v[0] * x)
        return float(-np.mean(y * np.log(a) + (1 - y) * np.log(1 - a)))

    a = _sigmoid(b + w * x)
    assert np.allclose(central_differences(cost, np.array([w])), [x @ (a - y) / 8], atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [
    ("(1/m)*t(matrix(x))%*%(matrix(a - y))", "equivalent"),
    ("(1/m)*t(x)%*%(a - y)", "equivalent"),
    ("t(matrix(x))%*%(matrix(a - y))", "different"),
    ("(1/m)*t(x)%*%(y - a)", "different"),
])
def test_the_one_features_column_transposed_times_a_column_is_one_number(answer, verdict):
    from _reading import assert_verdict_read

    assert_verdict_read(answer, ANI_COST, verdict, wrt="w", lets=ANI_LETS)


def test_the_one_features_column_is_said():
    verdict = logderiv.check("(1/m)*t(x)%*%(a - y)", cost=ANI_COST, wrt="w", let=ANI_LETS)
    assert any("x is the m×1 column of the one feature's values" in note for note in notes_of(verdict))


def test_x_beside_a_vector_model_stays_the_data_matrixs_business():
    # by b, beside wᵀx⁽ⁱ⁾ (x a vector of features): t(x) %*% (h - y) is no number, and x no column of values
    error = refused(logderiv.check, "(1/m)*t(x)%*%(h - y)", cost="(1/(2*m))*sum((h - y)^2)", wrt="b",
                    let=("h = w^T x + b",))
    assert "an answer in matrix form is the whole gradient" in error.message


# ------------------------------------------------------------------ NumPy's M / v[:, None]: row i divided by vᵢ
# The logistic loss in margins, np.mean(np.log(1 + np.exp(-y * (X @ w)))) (labels ±1): by hand its gradient is
# −(1/m) Σᵢ yᵢ x⁽ⁱ⁾ / (1 + e^{yᵢ x⁽ⁱ⁾ᵀw}) (checked below); the code writes it with columns made by [:, None]
MARGIN_COST = "np.mean(np.log(1 + np.exp(-y * (X @ w))))"
MARGIN_GRADIENT = "-np.mean((y[:, None] * X) / (1 + np.exp(y * (X @ w)))[:, None], axis=0)"


def test_the_margin_loss_gradient_by_finite_differences():
    from _numeric import central_differences

    rng = np.random.default_rng(59)
    X, y, w = rng.normal(size=(7, 3)), rng.choice([-1.0, 1.0], size=7), rng.normal(size=3)

    def cost(v):
        return float(np.mean(np.log(1 + np.exp(-y * (X @ v)))))

    by_hand = -np.mean((y[:, None] * X) / (1 + np.exp(y * (X @ w)))[:, None], axis=0)
    assert np.allclose(central_differences(cost, w), by_hand, atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [
    (MARGIN_GRADIENT, "equivalent"),
    # the column inside the bracket: 1 + e[:, None] is a column as well
    ("-np.mean((y[:, np.newaxis] * X) / (1 + np.exp(y * (X @ w))[:, np.newaxis]), axis=0)", "equivalent"),
    # e^{−margin} in the denominator: σ(margin)·y x, not the gradient
    ("-np.mean((y[:, None] * X) / (1 + np.exp(-y * (X @ w)))[:, None], axis=0)", "different"),
])
def test_a_matrix_divided_by_a_column_made_with_newaxis_is_divided_row_by_row(answer, verdict):
    from _reading import assert_verdict_read

    assert_verdict_read(answer, MARGIN_COST, verdict, wrt="w_j")


def test_the_division_by_a_column_is_said():
    verdict = logderiv.check(MARGIN_GRADIENT, cost=MARGIN_COST, wrt="w_j")
    assert any("divides row i of M by vᵢ" in note for note in notes_of(verdict))


def test_a_matrix_divided_by_a_one_d_array_stays_refused():
    # without [:, None] NumPy divides X's columns by the m entries (an error unless m = n): not read
    refused(logderiv.check, "-np.mean((y[:, None] * X) / (1 + np.exp(y * (X @ w))), axis=0)", cost=MARGIN_COST,
            wrt="w_j")
    # a column made so beside no X stays refused as before
    refused(logderiv.check, "np.mean(y - (1 + np.exp(y * (X @ w)))[:, None])", cost=MARGIN_COST, wrt="w_j")


# ------------------------------------------------------------------ Octave's row [0 (lambda/m)*theta(2:end)']
# kolmisi's costFunctionReg as a row: sum((sigmoid(X*theta) - y).*X)/m is the 1×n row of the cross-entropy's gradient
# and [0 (lambda/m)*theta(2:length(theta))'] the row (0, λθ₂/m, …, λθₙ/m): by hand the gradient of the mean
# cross-entropy + λ/(2m)Σ_{k≥2}θ_k² (finite differences below); with the intercept penalised too it is not
KOLMISI_COST = ("(1/m)*sum( -y.*log(sigmoid(X*theta)) - (1-y).*log(1 - sigmoid(X*theta) ) ) "
                "+ (lambda/(2*m))*sum(theta(2:length(theta)).^2)")


def test_the_intercept_free_penalty_by_finite_differences():
    from _numeric import central_differences

    rng = np.random.default_rng(37)
    X, y, theta, lam = rng.normal(size=(6, 3)), rng.random(6), rng.normal(size=3), 0.9
    m = len(y)

    def cost(v):
        h = _sigmoid(X @ v)
        return float(np.mean(-y * np.log(h) - (1 - y) * np.log(1 - h)) + lam / (2 * m) * v[1:] @ v[1:])

    by_hand = X.T @ (_sigmoid(X @ theta) - y) / m + lam / m * np.concatenate(([0.0], theta[1:]))
    assert np.allclose(central_differences(cost, theta), by_hand, atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [
    ("(1/m)*sum( (sigmoid(X*theta) - y).*X) + [0 (lambda/m)*theta(2:length(theta))']", "equivalent"),
    ("(1/m)*sum( (sigmoid(X*theta) - y).*X) + [0, lambda/m*theta(2:end)']", "equivalent"),
    ("(1/m)*sum( (sigmoid(X*theta) - y).*X) + [0 (2*lambda/m)*theta(2:end)']", "different"),
])
def test_zero_beside_a_transposed_column_is_one_row(answer, verdict):
    from _reading import assert_verdict_read

    assert_verdict_read(answer, KOLMISI_COST, verdict, lets=("m = length(y)",))
    if verdict == "equivalent":
        notes = notes_of(logderiv.check(answer, cost=KOLMISI_COST, let=("m = length(y)",)))
        assert any("puts 0 beside the transposed column, one row" in note for note in notes)


def test_zero_beside_the_whole_transposed_vector_is_refused():
    # [0 theta'] has n + 1 entries: no gradient's row
    error = refused(logderiv.check, "(1/m)*sum( (sigmoid(X*theta) - y).*X) + [0 (lambda/m)*theta']",
                    cost=KOLMISI_COST, let=("m = length(y)",))
    assert "[0; v] is read for v = theta(2:end)" in error.message


# ------------------------------------------------------------------ Octave's grad(a) = … X(:,a) … theta(a)
# ximenes's costFunctionReg loop, one line: component a of the gradient, a indexing only X's columns and θ's
# entries. By hand (test_the_penalised_cross_entropy_by_finite_differences above) the gradient of the mean
# cross-entropy + λ/(2m)Σθ² (the logistic-l2 preset) has component (1/m)Σ(σ − y)x_a + (λ/m)θ_a
XIMENES = "grad(a) = sum((sigmoid(X*theta) - y).*X(:,a))./m + (lambda/m).*theta(a);"


@pytest.mark.parametrize("answer, verdict", [
    (XIMENES, "equivalent"),
    (XIMENES.replace("(lambda/m)", "(lambda/(2*m))"), "different"),
])
def test_an_octave_gradient_entry_by_a_letter_of_its_own_is_the_component(answer, verdict):
    from _reading import assert_verdict_read

    assert_verdict_read(answer, "logistic-l2", verdict, lets=("m = length(y)",))


def test_the_octave_entry_is_said():
    verdict = logderiv.check(XIMENES, cost="logistic-l2", let=("m = length(y)",))
    assert any("the left side grad(a) = names entry a of the gradient" in note for note in verdict.notes)


def test_the_entrys_letter_written_elsewhere_stays_refused():
    # a alone (a number? the example's index?): which index a is the line does not say
    error = refused(logderiv.check, XIMENES.replace(";", " + a;"), cost="logistic-l2", let=("m = length(y)",))
    assert "'X(:,a)' takes a column of X by 'a', which is not a feature index" in error.message
    # X(:,b) beside grad(a): two letters the line does not tie
    error = refused(logderiv.check, XIMENES.replace("X(:,a)", "X(:,b)"), cost="logistic-l2", let=("m = length(y)",))
    assert "'X(:,b)' takes a column of X by 'b'" in error.message


# ------------------------------------------------------------------ a loop over the parameters' entries, one line
# wenkaibao's ex5 linearRegCostFunction: for i = 1:size(theta,1) / grad(i) = … / end sets every entry by one line, so
# the answer is that line, entry i. By hand (finite differences below) the gradient of (1/2m)Σ(Xθ − y)² + λ/(2m)Σθ²
# is (1/m)Xᵀ(Xθ − y) + (λ/m)θ; with the penalty over θ(2:end) only, entry 1 has no λθ₁/m
RIDGE_ALL = "J = sum((X*theta-y).^2)/(2*m)+sum(theta.^2)*lambda/(2*m);"
RIDGE_TAIL = "J = sum((X*theta-y).^2)/(2*m)+sum(theta(2:end).^2)*lambda/(2*m);"
ENTRY_LOOP = "for i = 1:size(theta,1)\n    grad(i) = sum((X*theta-y).*X(:,i))/m + lambda*theta(i,:)/m;\nend"


def test_the_ridge_gradient_by_finite_differences():
    from _numeric import central_differences

    rng = np.random.default_rng(60)
    X, y, theta, lam = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3), 0.8
    m = len(y)

    def cost(v):
        return float(np.sum((X @ v - y) ** 2) / (2 * m) + lam / (2 * m) * v @ v)

    assert np.allclose(central_differences(cost, theta), X.T @ (X @ theta - y) / m + lam / m * theta, atol=1e-6)


@pytest.mark.parametrize("cost, verdict", [(RIDGE_ALL, "equivalent"), (RIDGE_TAIL, "different")])
def test_a_loop_over_the_parameters_entries_is_its_one_line(cost, verdict):
    from _reading import assert_verdict_read

    assert_verdict_read(ENTRY_LOOP, cost, verdict, lets=("m = length(y)",))


def test_the_entry_loop_is_said_and_numpys_too():
    verdict = logderiv.check(ENTRY_LOOP, cost=RIDGE_ALL, let=("m = length(y)",))
    assert any("runs over every entry of the parameters" in note for note in verdict.notes)
    from _reading import assert_verdict_read

    assert_verdict_read("for j in range(len(theta)):\n    grad[j] = np.sum((X @ theta - y) * X[:, j])/m",
                        "np.sum((X @ theta - y)**2)/(2*m)", "equivalent", lets=("m = len(y)",))


def test_a_loop_over_the_examples_setting_grad_i_is_not_read_so():
    # for i = 1:m: i runs over the examples, and grad(i) would be an example's entry: no gradient's entry
    refused(logderiv.check, ENTRY_LOOP.replace("size(theta,1)", "m"), cost=RIDGE_ALL, let=("m = length(y)",))
    # two lines in the loop: not one line per entry (left to the loop readers, which refuse it)
    refused(logderiv.check, ENTRY_LOOP.replace("end", "    grad(i) = 2 * grad(i);\nend"), cost=RIDGE_ALL,
            let=("m = length(y)",))
