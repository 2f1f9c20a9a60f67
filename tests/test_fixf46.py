"""Issue 10, the f46 wave's families (fixf46): the course labs' inner loop over the features, JavaScript's and
TypeScript's arrow-function models, and the other readings the wave asked for.

The texts are the wave's own, verbatim (their sources in tests/corpus/fresh_fortysixth.py, repeated beside each).
Each verdict is worked out by hand in the comment beside it and the gradients it rests on are held to finite
differences (tests/_numeric.py), or the corpus judge does that (tests/_reading.py). Near-variants that mean something
else must be refused or read right, never misread.
"""

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv.cli import main


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_the_gradients_the_verdicts_rest_on_match_finite_differences():
    # by hand: ∂/∂w_j of −(1/m)Σ[y log σ(xᵀw + b) + (1 − y) log(1 − σ)] = (1/m)Σ(σ − y)x_j, ∂/∂b = (1/m)Σ(σ − y);
    # ∂/∂w of (1/2m)Σ(wx + b − y)² = (1/m)Σ(wx + b − y)x, ∂/∂b = (1/m)Σ(wx + b − y)
    rng = np.random.default_rng(46)
    X, y, w, b = rng.normal(size=(5, 3)), rng.uniform(0.1, 0.9, size=5), rng.normal(size=3), 0.3

    def cross(v):
        p = _sigmoid(X @ v[:3] + v[3])
        return -float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    found = central_differences(cross, np.append(w, b))
    p = _sigmoid(X @ w + b)
    assert np.allclose(found, np.append(X.T @ (p - y), np.sum(p - y)) / 5, atol=1e-6)
    x = X[:, 0]
    found = central_differences(lambda v: float(np.sum((v[0] * x + v[1] - y) ** 2)) / 10, np.array([0.7, b]))
    r = 0.7 * x + b - y
    assert np.allclose(found, [np.sum(r * x) / 5, np.sum(r) / 5], atol=1e-6)


# ------------------------------------------------------------------ an inner loop over the features fills entry j

# source: https://www.joankusuma.com/post/day-14-gradient-descent-for-logistic-regression ('Day 14: Gradient Descent
# for Logistic Regression', def compute_gradient_logistic, after the Machine Learning Specialization's lab)
JOAN_DW = (
    "for i in range(m):\n    f_wb_i = sigmoid(np.dot(X[i], w) + b)\n    err_i = f_wb_i - y[i]\n"
    "    for j in range(n):\n        dj_dw[j] = dj_dw[j] + err_i * X[i,j]\n    dj_db = dj_db + err_i\n"
    "dj_dw = dj_dw/m"
)
JOAN_DB = JOAN_DW + "\ndj_db = dj_db/m"
# the cost the post's code computes, written with the dot product (the corpus item's J writes wx; see its why)
JOAN_J = (
    r"J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(f(x^{(i)})) + (1 - y^{(i)}) \log(1 - f(x^{(i)})) "
    r"\right]"
)
JOAN_LETS = (r"f(x) = \frac{1}{1 + e^{-(w \cdot x + b)}}",)


@pytest.mark.parametrize("answer, wrt", [(JOAN_DW, "w_j"), (JOAN_DB, "b")])
def test_the_labs_inner_loop_over_the_features_is_the_j_th_entry(answer, wrt):
    # dj_dw's j-th entry is (1/m)Σ(σ(w·x⁽ⁱ⁾ + b) − y⁽ⁱ⁾)x_j⁽ⁱ⁾ and dj_db (1/m)Σ(σ − y): the gradient (above), equivalent
    assert_verdict_read(answer, JOAN_J, "equivalent", wrt=wrt, lets=JOAN_LETS)
    notes = notes_of(logderiv.check(answer, cost=JOAN_J, wrt=wrt, let=JOAN_LETS))
    assert any(note.startswith("read as code: the loop 'for j in range(n):' over the features sets each dj_dw[j]")
               for note in notes)
    assert any("the lines do not start dj_dw, which the loop adds to: its start, above the lines given, is read as 0"
               in note for note in notes)


@pytest.mark.parametrize("inner, verdict", [
    ("dj_dw[j] += err_i * X[i,j]", "equivalent"),  # variant: += is the same update
    ("dj_dw[j] = dj_dw[j] - err_i * X[i,j]", "different"),  # variant: −(1/m)Σ(σ − y)x_j, the negative
])
def test_inner_loop_variants_read_exactly(inner, verdict):
    answer = JOAN_DW.replace("dj_dw[j] = dj_dw[j] + err_i * X[i,j]", inner)
    assert_verdict_read(answer, JOAN_J, verdict, wrt="w_j", lets=JOAN_LETS)


@pytest.mark.parametrize("inner", [
    "for j in range(n):\n        dj_dw[j] = err_i * X[i,j]",  # overwrites the entry: only the last example's is left
    "for j in range(m):\n        dj_dw[j] = dj_dw[j] + err_i * X[i,j]",  # runs over the examples, not the features
    "for j in range(n):\n        dj_dw[j] = dj_dw[j] + err_i * X[j,i]",  # the data's index the other way round
    "for j in range(n):\n        dj_dw[j] = dj_dw[j] + err_i * X[i,j] * w[j]",  # j also indexes the weights
])
def test_inner_loops_that_mean_something_else_are_refused(inner):
    answer = JOAN_DW.replace("for j in range(n):\n        dj_dw[j] = dj_dw[j] + err_i * X[i,j]", inner)
    refused(logderiv.check, answer, cost=JOAN_J, wrt="w_j", let=JOAN_LETS)


def test_a_cost_whose_sum_is_never_started_is_read_from_0_and_says_so():
    # the coordinator's decision (tests/test_loop_excerpts.py): a cost's sum never started in the lines is read from 0
    # as an answer's is — both could start at a penalty above the cut, and both say in a note what was read
    cost = "for i in range(m):\n    J += (np.dot(X[i], w) + b - y[i])**2\nJ / (2*m)"
    notes = notes_of(logderiv.derive(cost, wrt="w_j"))
    assert any(note.startswith("read as code: the lines do not start J") for note in notes)


# ------------------------------------------------------------------ arrow functions applied where they are called

# source: https://github.com/dezoxel/machine-learning/blob/b2d0d0902c8957ae6dea3c5cd863865868b4983e/linear-regression/
# model.domain.ts (TypeScript, '// mean squared cost function for linear regression', J_wb_x)
TS_UNI_J = (
    "const m = x.length;\n\n    let sum = 0;\n    for (let i = 0; i < m; i++) {\n"
    "        const f_wb = f_wb_x(w, b);\n        const y_hat_i = f_wb(x[i]);\n\n"
    "        const error_i = Math.pow(y_hat_i - y[i], 2);\n        sum += error_i;\n    }\n\n"
    "    const J = 1 / (2 * m) * sum;"
)
TS_UNI_J_LETS = ("f_wb_x = (w: number, b: number) => (x: number) => w * x + b",)
# source: https://github.com/dezoxel/machine-learning/blob/335cc2612d6c140f9058d0ab859f96d41d382906/server/
# linear-regression/univariate/domain/gradient-descent.ts (TypeScript, gradient_step_for_linear_regression)
TS_UNI_GRAD = (
    "for (let i = 0; i < m; i++) {\n        const f_wb = univariate_linear_regression_model(w, b)(x[i]);\n\n"
    "        const dj_dw_i = (f_wb - y[i]) * x[i];\n        const dj_db_i = f_wb - y[i];\n\n"
    "        dj_dw += dj_dw_i;\n        dj_db += dj_db_i;\n    }\n\n    dj_dw = dj_dw / m;"
)
TS_UNI_GRAD_LETS = (
    "univariate_linear_regression_model = (w: number, b: number) => (x: number): number => w * x + b",)
TS_UNI_COST = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2"
# source: https://github.com/dezoxel/machine-learning/blob/ce967f14de81596dceb781aac623be8075099378/server/
# linear-regression/multiple/domain/ (TypeScript, cost-function.ts, gradient-descent.ts and model.ts)
TS_MULTI_COST = (
    "const m = X.length;\n        let cost = 0;\n\n        for (let i = 0; i < m; i++) {\n"
    "            const y_hat = multiple_linear_regression_model(w, b, X[i]);\n\n"
    "            const error_i = Math.pow(y_hat - y[i], 2);\n            cost += error_i;\n        }\n\n"
    "        const J = 1 / (2 * m) * cost;"
)
TS_MULTI_GRAD = (
    "for (let i = 0; i < m; i++) {\n            const y_hat = multiple_linear_regression_model(w, b, X[i]);\n"
    "            const error_i = y_hat - y[i];\n\n            for (let j = 0; j < n; j++) {\n"
    "                dj_dw[j] = (dj_dw[j] ?? 0) + error_i * X[i][j];\n            }\n\n"
    "            const dj_db_i = error_i;\n\n            dj_db += dj_db_i;\n        }\n\n"
    "        for (let j = 0; j < n; j++) {\n            dj_dw[j] = dj_dw[j] / m;\n        }"
)
TS_MULTI_LETS = ("multiple_linear_regression_model = (w, b, x) =>\n        vector_dot_product(w, x) + b",)


def _half_mean_sq_wx_b(d):
    """(1/2m)Σ(w x⁽ⁱ⁾ + b − y⁽ⁱ⁾)², w the one feature's slope (by hand)."""
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _half_mean_sq_w_b(d):
    """(1/2m)Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)² (by hand)."""
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


def test_a_curried_model_applied_in_two_steps_is_the_one_feature_cost():
    assert_gradient_read(TS_UNI_J, _half_mean_sq_wx_b, wrt=("w", "b"), lets=TS_UNI_J_LETS)
    notes = notes_of(logderiv.derive(TS_UNI_J, wrt="w", let=TS_UNI_J_LETS))
    assert any(note.startswith("read as JavaScript: f_wb_x = (w, b) => … is a function") for note in notes)


def test_a_model_with_one_list_and_a_dot_product_helper_is_the_multi_feature_cost():
    assert_gradient_read(TS_MULTI_COST, _half_mean_sq_w_b, wrt=("w_j", "b"), lets=TS_MULTI_LETS)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (TS_UNI_GRAD, "w", "equivalent"),  # (1/m)Σ(wx + b − y)x, the gradient (above)
    (TS_UNI_GRAD + "\n    dj_db = dj_db / m;", "b", "equivalent"),  # (1/m)Σ(wx + b − y)
    (TS_UNI_GRAD.replace("dj_dw / m", "dj_dw / (2 * m)"), "w", "different"),  # variant: half the gradient
])
def test_a_curried_model_applied_at_once_in_the_gradient_loop(answer, wrt, verdict):
    assert_verdict_read(answer, TS_UNI_COST, verdict, wrt=wrt, lets=TS_UNI_GRAD_LETS)


def test_the_multi_feature_gradient_loop_with_its_inner_loop():
    # dj_dw[j] = (1/m)Σ(w·x⁽ⁱ⁾ + b − y⁽ⁱ⁾)x_j⁽ⁱ⁾: the gradient of the repository's own cost, equivalent
    assert_verdict_read(TS_MULTI_GRAD, TS_MULTI_COST, "equivalent", wrt="w_j", lets=TS_MULTI_LETS)
    notes = notes_of(logderiv.check(TS_MULTI_GRAD, cost=TS_MULTI_COST, wrt="w_j", let=TS_MULTI_LETS))
    assert "read as JavaScript: (v[j] ?? 0) is v[j], and 0 before anything sets it: where a sum starts" in notes
    assert "read as code: a helper named dot_product (vector_dot_product, dotProduct) is the dot product" in notes


def test_arguments_are_put_in_at_once():
    # variant: g(x[i])(w) of (w) => (x) => w * x is x[i]·w (the argument's x is not the second list's x): read exactly,
    # and (1/m)Σ(x[i]w + b − y)x[i] is the gradient by w, equivalent
    answer = ("for (let i = 0; i < m; i++) {\n const f_wb = g(x[i])(w);\n dj_dw += (f_wb + b - y[i]) * x[i];\n}\n"
              "dj_dw = dj_dw / m;")
    assert_verdict_read(answer, TS_UNI_COST, "equivalent", wrt="w", lets=("g = (w) => (x) => w * x",))


@pytest.mark.parametrize("call, said", [
    # variant: the lists in the other order, (x[i])(w, b) for (w, b) => (x) => …: not the definition's arguments
    ("univariate_linear_regression_model(x[i])(w, b)", "is called with 1 arguments, and its parameters are w, b"),
    # variant: the function left by one list, used as a number
    ("univariate_linear_regression_model(w, b)", "used otherwise than called"),
    # variant: b and w swapped: b·x[i] + w, read exactly, and b is no slope: refused by the loop's reader
    ("univariate_linear_regression_model(b, w)(x[i])", "row i of the data is used otherwise"),
])
def test_calls_that_mean_something_else_are_refused(call, said):
    answer = TS_UNI_GRAD.replace("univariate_linear_regression_model(w, b)(x[i])", call)
    assert said in str(refused(logderiv.check, answer, cost=TS_UNI_COST, wrt="w", let=TS_UNI_GRAD_LETS))


def test_the_new_notes_show_in_every_format():
    runner = CliRunner()
    for form in ("text", "markdown", "json"):
        result = runner.invoke(main, ["check", TS_UNI_GRAD, "--cost", TS_UNI_COST, "--wrt", "w",
                                      "--let", TS_UNI_GRAD_LETS[0], "-f", form])
        assert result.exit_code == 0, result.output
        shown = json.dumps(json.loads(result.output)["notes"], ensure_ascii=False) if form == "json" else result.output
        shown = " ".join(shown.split())
        assert "is a function; each call of it is its body" in shown, form
        assert "is read as 0, where a sum over the examples starts" in shown, form


# ------------------------------------------------------------------ lower-case x, features × samples

# source: https://github.com/dsplog/dsplog.com (Jupyter notebook, '### Gradients in Binary Cross Entropy Loss', In [8])
DSPLOG_LOSS = "-(y * torch.log(a) + (1 - y) * torch.log(1 - a)).mean()"
DSPLOG_LETS = ("a = torch.sigmoid(z)", "z = w.T @ x + b")


def _logistic_mean_w_b(d):
    """−(1/m)Σ[y log σ(x⁽ⁱ⁾·w + b) + (1 − y) log(1 − σ)] (by hand): the notebook's x is Data.X transposed."""
    p = _sigmoid(d.X @ d.w + d.b)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_the_features_by_samples_loss_is_the_mean_cross_entropy():
    assert_gradient_read(DSPLOG_LOSS, _logistic_mean_w_b, wrt=("w_j", "b"), lets=DSPLOG_LETS)
    notes = notes_of(logderiv.derive(DSPLOG_LOSS, wrt="w_j", let=DSPLOG_LETS))
    assert any(note.startswith("x multiplies wᵀ (w.T @ x, np.dot(w.T, x)), which is a 1×m row") for note in notes)


@pytest.mark.parametrize("answer, wrt, verdict", [
    ("(x @ grad_z.T) / x.shape[1]", "w_j", "equivalent"),  # x(σ − y)ᵀ/m = Xᵀ(σ − y)/m of Data.X, the gradient (above)
    ("grad_z.mean()", "b", "equivalent"),  # (1/m)Σ(σ − y)
    ("x @ grad_z.T", "w_j", "different"),  # variant: m times the gradient
    ("np.dot(x, grad_z.T) / x.shape[1]", "w_j", "equivalent"),  # variant: NumPy's spelling of the same product
])
def test_the_features_by_samples_gradients(answer, wrt, verdict):
    assert_verdict_read(answer, DSPLOG_LOSS, verdict, wrt=wrt, lets=("grad_z = a - y", *DSPLOG_LETS))


@pytest.mark.parametrize("answer, said", [
    ("(x.T @ grad_z) / x.shape[1]", "a product needs"),  # xᵀ is m×n, grad_z 1×m: the shapes disagree
    ("(x @ grad_z.T) / x.shape[0]", "the number of features"),  # n, not m
    ("grad_z.sum(axis=0)", "one entry that way"),  # a sum down the 1×m row's columns: still a row
])
def test_features_by_samples_uses_that_disagree_with_the_layout_are_refused(answer, said):
    error = refused(logderiv.check, answer, cost=DSPLOG_LOSS, wrt="w_j", let=("grad_z = a - y", *DSPLOG_LETS))
    assert said in str(error)


def test_data_one_example_per_row_is_read_as_before():
    # variant: z = x @ w + b, x m × n: (xᵀ(σ − y))/m is the gradient (above), equivalent, with no columns reading
    lets = ("grad_z = a - y", "a = torch.sigmoid(z)", "z = x @ w + b")
    assert_verdict_read("(x.T @ grad_z) / x.shape[0]", DSPLOG_LOSS, "equivalent", wrt="w_j", lets=lets)
    verdict = logderiv.check("(x.T @ grad_z) / x.shape[0]", cost=DSPLOG_LOSS, wrt="w_j", let=lets)
    assert not any("one example per column" in note for note in notes_of(verdict))


# ------------------------------------------------------------------ a design matrix named A beside β and y

# source: public code index file 6838918681 (Octave, function gradient_ridge, derivative =); the file gives no cost,
# the corpus item grades against the ridge objective its 2·λβ points to
OCT_RIDGE = "(A' * (A * beta - y)) + (2 * lambda * beta)"
OCT_RIDGE_COST = r"\|A\beta - y\|^2 + \lambda \|\beta\|^2"


def test_the_ridge_gradient_by_hand():
    # ∇(‖Xβ − y‖² + λ‖β‖²) = 2Xᵀ(Xβ − y) + 2λβ (by hand), held to finite differences
    rng = np.random.default_rng(4646)
    X, y, beta, lam = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3), 0.7
    found = central_differences(lambda v: float(np.sum((X @ v - y) ** 2)) + lam * float(v @ v), beta)
    assert np.allclose(found, 2 * X.T @ (X @ beta - y) + 2 * lam * beta, atol=1e-5)


@pytest.mark.parametrize("answer, verdict", [
    (OCT_RIDGE, "different"),  # the data term's 2 dropped: Xᵀ(Xβ − y) + 2λβ is not the gradient (above)
    ("(2 * A' * (A * beta - y)) + (2 * lambda * beta)", "equivalent"),  # variant: the 2 put back
])
def test_a_matrix_a_times_beta_minus_y_is_the_design_matrix(answer, verdict):
    assert_verdict_read(answer, OCT_RIDGE_COST, verdict, wrt="beta_j")
    notes = notes_of(logderiv.check(answer, cost=OCT_RIDGE_COST, wrt="beta_j"))
    assert any(note.startswith("A multiplies the parameters in a residual with y") for note in notes)


@pytest.mark.parametrize("answer, lets", [
    ("2 * A * (A' * beta - y) + 2 * lambda * beta", ()),  # A untransposed before a bracket: not said to be X
    ("2 * A' * (A * beta - y) + 2 * lambda * A", ()),  # A alone, a number?
    ("2 * A' * (A * beta - y) + 2 * lambda * beta", ("A = 3",)),  # a --let says what A is
])
def test_an_a_used_otherwise_stays_refused(answer, lets):
    refused(logderiv.check, answer, cost=OCT_RIDGE_COST, wrt="beta_j", let=lets)


# ------------------------------------------------------------------ a --let that defines pi

# source: public code index file 1787787439 (R, '## logLik function for standard poisson model', lnpoisson, ll <-):
# R's '<-' written '=', so no text carries a mark of code; dpois and weights are not read, so a variant of the
# same shape stands in for it
def test_a_let_defining_pi_from_the_data_is_the_writers_value_without_a_mark_of_code():
    # −Σ[y log pi + (1 − y) log(1 − pi)] with pi = sigmoid(theta_1 * x): the one-feature cross-entropy, whose gradient
    # by θ₁ is Σ(σ(θ₁x) − y)x (by hand; held to finite differences by the judge)
    cost = "-sum(y * log(pi) + (1 - y) * log(1 - pi))"
    lets = ("pi = sigmoid(theta_1 * x)",)
    assert_verdict_read("sum((sigmoid(theta_1 * x) - y) * x)", cost, "equivalent", wrt="theta_1", lets=lets)
    notes = notes_of(logderiv.derive(cost, wrt="theta_1", let=lets))
    assert any(note.startswith("pi is code's variable, set by --let to sigmoid(theta_1 * x)") for note in notes)


def test_pi_with_no_let_or_a_number_is_still_the_constant():
    # Σ(Xθ − y)²/(2π): π the constant, so the gradient is Xᵀ(Xθ − y)/π, and with 1/π ≈ 0.318 in place it is equivalent
    # ** for the square: the text is Python (@), whose ^ is XOR, refused since audit26a (the point here is π)
    cost = "sum((X @ theta - y)**2) / (2 * pi)"
    assert_verdict_read("X.T @ (X @ theta - y) * 0.3183098861837907", cost, "equivalent", wrt="theta_j")
    assert "fixed meaning" in str(refused(logderiv.derive, cost, wrt="theta_j", let=("pi = 3",)))


# ------------------------------------------------------------------ Σₙ over yⁿ, xⁿ; code's helper for the model

# source: https://553668.com/manong/1035719.html (Chinese blog post on Li Hongyi's ML homework 2, def gradient); the
# page gives the code only, graded against the homework's summed cross-entropy
HW2_COST = r"L(w, b) = -\sum_{n} \left[ y^n \ln f_{w,b}(x^n) + (1 - y^n) \ln(1 - f_{w,b}(x^n)) \right]"
HW2_LETS = ("pred_error = Y_label - y_pred", "y_pred = forward(X, w, b)", r"f_{w,b}(x) = \sigma(w \cdot x + b)")


def test_the_summed_cross_entropy_gradient_by_hand():
    # ∇_w −Σ[y ln σ + (1 − y) ln(1 − σ)] = Xᵀ(σ − y) = −Σ(y − σ)x⁽ⁿ⁾, ∂/∂b = −Σ(y − σ) (by hand, finite differences)
    rng = np.random.default_rng(462)
    X, y, w, b = rng.normal(size=(5, 2)), rng.uniform(0.1, 0.9, size=5), rng.normal(size=2), -0.2

    def summed(v):
        p = _sigmoid(X @ v[:2] + v[2])
        return -float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))

    pred_error = y - _sigmoid(X @ w + b)
    found = central_differences(summed, np.append(w, b))
    assert np.allclose(found, np.append(-np.sum(pred_error * X.T, 1), -np.sum(pred_error)), atol=1e-5)


@pytest.mark.parametrize("answer, wrt, verdict", [
    ("-np.sum(pred_error * X.T, 1)", "w_j", "equivalent"),  # −Σₙ(y − σ)xⁿ (above)
    ("-np.sum(pred_error)", "b", "equivalent"),
    ("np.sum(pred_error * X.T, 1)", "w_j", "different"),  # variant: the minus dropped, the negative
])
def test_the_homework_gradients(answer, wrt, verdict):
    assert_verdict_read(answer, HW2_COST, verdict, wrt=wrt, lets=HW2_LETS)
    notes = notes_of(logderiv.check(answer, cost=HW2_COST, wrt=wrt, let=HW2_LETS))
    assert any(note.startswith("\\sum_{n} over y^n and x^n: the superscript n on the data marks") for note in notes)
    assert any(note.startswith("forward(X, w, b) is a helper whose body is not given") for note in notes)
    assert "Y_label is code's name of the targets: read as y, the labels" in notes


@pytest.mark.parametrize("answer, cost, lets", [
    # variant: the sum over axis 0 adds the features: an m-vector, not the gradient
    ("-np.sum(pred_error * X.T, 0)", HW2_COST, HW2_LETS),
    # variant: a 1/n beside the sum: n is a count too, not only the examples' index
    ("-np.sum(pred_error * X.T, 1)", HW2_COST.replace(r"-\sum_{n}", r"-\frac{1}{n}\sum_{n}"), HW2_LETS),
    # variant: the helper's arguments in another order than the model's subscripts
    ("-np.sum(pred_error * X.T, 1)", HW2_COST, (HW2_LETS[0], "y_pred = forward(X, b, w)", HW2_LETS[2])),
    # variant: the code writes y itself beside Y_label: two names of the targets in the code
    ("-np.sum((y - y_pred) * X.T, 1)", HW2_COST, HW2_LETS),
])
def test_homework_variants_that_mean_something_else_are_refused(answer, cost, lets):
    refused(logderiv.check, answer, cost=cost, wrt="w_j", let=lets)


def test_the_layout_and_the_homework_notes_show_in_every_format():
    runner = CliRunner()
    for form in ("text", "markdown", "json"):
        derived = runner.invoke(main, ["derive", DSPLOG_LOSS, "--wrt", "w_j", "--let", DSPLOG_LETS[0],
                                       "--let", DSPLOG_LETS[1], "-f", form])
        checked = runner.invoke(main, ["check", "-np.sum(pred_error)", "--cost", HW2_COST, "--wrt", "b",
                                       *[part for let in HW2_LETS for part in ("--let", let)], "-f", form])
        for result, said in ((derived, "x is the data matrix X, n×m with one example per column"),
                             (checked, "the superscript n on the data marks the n-th example")):
            assert result.exit_code == 0, result.output
            shown = (json.dumps(json.loads(result.output), ensure_ascii=False) if form == "json"
                     else result.output)
            assert said in " ".join(shown.split()), form


# ------------------------------------------------------------------ a chain rule left unfinished, ∂f/∂wⱼ stated by a --let

# source: https://blog.youkuaiyun.com/wangshangshang09/article/details/146705680 (CSDN mirror post, Chinese,
# '【机器学习-11】 逻辑回归的交叉熵损失函数', '推导过程: … 通过链式法则')
CSDN_J = (
    r"J(\mathbf{w}, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(f_{\mathbf{w},b}(\mathbf{x}^{(i)})) + "
    r"(1-y^{(i)}) \log(1 - f_{\mathbf{w},b}(\mathbf{x}^{(i)})) \right]"
)
CSDN_F = (r"f_{\mathbf{w},b}(\mathbf{x}) = \sigma(\mathbf{w}^T \mathbf{x} + b) = "
          r"\frac{1}{1+e^{-(\mathbf{w}^T \mathbf{x} + b)}}")
CSDN_DF = r"\frac{\partial f}{\partial w_j} = f(1-f) \cdot x_j^{(i)}"
CSDN_CHAIN = (
    r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} \left[ \frac{y^{(i)}}{f} \cdot "
    r"\frac{\partial f}{\partial w_j} - \frac{1-y^{(i)}}{1-f} \cdot \frac{\partial f}{\partial w_j} \right]"
)


def test_an_unfinished_chain_rule_is_checked_with_fs_own_let():
    # (1/m)Σ[y/f − (1 − y)/(1 − f)]·f(1 − f)x_j = (1/m)Σ(y − f)x_j: the negative of the gradient (above), different
    assert_verdict_read(CSDN_CHAIN, CSDN_J, "different", wrt="w_j", lets=(CSDN_DF, CSDN_F))
    notes = notes_of(logderiv.check(CSDN_CHAIN, cost=CSDN_J, wrt="w_j", let=(CSDN_DF, CSDN_F)))
    assert any("states the derivative of f, which another --let defines" in note for note in notes)


def test_the_chain_rule_with_its_sign_put_back_is_right_but_unfinished():
    # variant: the −1/m the post lost put back: −(1/m)Σ(y − f)x_j = (1/m)Σ(f − y)x_j, the gradient's value; an answer
    # that still holds ∂f/∂w_j is not finished, so it is not called equivalent (the checker's policy)
    answer = CSDN_CHAIN.replace(r"= \frac{1}{m}", r"= -\frac{1}{m}")
    verdict = logderiv.check(answer, cost=CSDN_J, wrt="w_j", let=(CSDN_DF, CSDN_F))
    assert verdict.verdict == "undecided"


@pytest.mark.parametrize("answer, lets", [
    (CSDN_CHAIN, (CSDN_DF,)),  # no --let defines f: the stated derivative is all there is, and is not read
    (r"\frac{1}{m} \sum_{i=1}^{m} (f - y^{(i)}) x_j^{(i)}", (CSDN_DF, CSDN_F)),  # the answer writes no ∂f/∂w_j
])
def test_a_stated_derivative_otherwise_stays_refused(answer, lets):
    refused(logderiv.check, answer, cost=CSDN_J, wrt="w_j", let=lets)
