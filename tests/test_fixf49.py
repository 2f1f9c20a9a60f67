"""Issue 10, the f49 wave's families (fixf49): code's spellings read as rules another source would also hit.

NumPy's ``X @ theta.T`` ending a ``--let`` (a Python port of Ng's ex5: the transposed 1-D θ is θ, as it already was
before a minus); Octave's ``ones(1, m)``/``ones(m, 1)`` (Sukuna's costFunction): the all-ones row or column of the
examples, 1 in each entry, read only in matrix form where its shape is checked against what stands beside it; the
MLS lab's lines computing dj_dw and dj_db, read as the one --wrt asks for; a class's loop whose row product is a
comprehension over the features (ChinhQuy29's ridge); Julia's logpdf.(Poisson.(…), y); UFLDL's data = X' with X
features × examples, and its dftheta(j) let.

The texts are the wave's own, verbatim (their sources in tests/corpus/fresh_fortyninth.py, repeated beside each).
Each verdict is worked out by hand in the comment beside it, and the gradients it rests on are held to finite
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
    rng = np.random.default_rng(49)
    X, y, theta = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3)
    labels = rng.integers(0, 2, size=6).astype(float)
    lam, m = 0.7, 6
    # by hand: ∇ [Σ(Xθ − y)²/(2m) + λΣ_{k≥1}θ_k²/(2m)] = Xᵀ(Xθ − y)/m + λ[0, θ₁, …]/m
    ex5 = lambda v: float((X @ v - y) @ (X @ v - y)) / (2 * m) + lam * float(v[1:] @ v[1:]) / (2 * m)
    expected = X.T @ (X @ theta - y) / m + lam * np.r_[0, theta[1:]] / m
    assert np.allclose(central_differences(ex5, theta), expected, atol=1e-5)
    # penalising θ₀ too (the variant) differs in the first entry by λθ₀/m
    assert not np.isclose(expected[0], (X.T @ (X @ theta - y) / m + lam * theta / m)[0])
    # by hand: ∇ −(1/m)Σ[y log σ + (1 − y) log(1 − σ)] = Xᵀ(σ(Xθ) − y)/m
    cross = lambda v: -float(labels @ np.log(_sigmoid(X @ v)) + (1 - labels) @ np.log(1 - _sigmoid(X @ v))) / m
    assert np.allclose(central_differences(cross, theta), X.T @ (_sigmoid(X @ theta) - labels) / m, atol=1e-5)
    # Octave's ones(1, m) − h.' of a column h is the row 1 − hᵀ, and (…) * (ones(m, 1) − y) its inner product
    h = _sigmoid(X @ theta)
    row = np.ones((1, m)) - h.reshape(-1, 1).T
    assert np.allclose(np.log(row) @ (np.ones((m, 1)) - labels.reshape(-1, 1)), (1 - labels) @ np.log(1 - h))


# ------------------------------------------------------------------ NumPy's X @ theta.T ending a --let

# source: public code index file 7894573724 (Python port of Ng's ex5 linearRegCostFunction; the index does not name
# its repository)
EX5_J = "J = sum(delta**2) / (2 * m)\n    J += lambda_ * sum(theta[1:]**2) / (2 * m)"
EX5_LETS = ("h = X @ theta.T", "delta = h - y", "m = len(y)")
EX5_GRAD = "grad = X.T @ delta / m\n    grad += lambda_ * np.r_[0, theta[1:]] / m"


def test_ex5s_cost_is_read_with_theta_dot_t_ending_the_let():
    def ex5(d):
        r = d.X @ d.theta - d.y
        return float(r @ r) / (2 * d.m) + d.lam * float(d.theta[1:] @ d.theta[1:]) / (2 * d.m)

    assert_gradient_read(EX5_J, ex5, lets=EX5_LETS)
    notes = notes_of(logderiv.derive(EX5_J, let=EX5_LETS))
    assert "read as NumPy: X @ theta.T runs only with theta 1-D or a 1×n row, and is Xθ in both" in notes


@pytest.mark.parametrize("answer, verdict", [
    (EX5_GRAD, "equivalent"),  # Xᵀ(Xθ − y)/m + λ[0, θ₁, …]/m, by hand above
    ("grad = X.T @ delta / m\n    grad += lambda_ * theta / m", "different"),  # variant: θ₀ penalised too
])
def test_ex5s_gradients(answer, verdict):
    assert_verdict_read(answer, EX5_J, verdict, lets=EX5_LETS)


@pytest.mark.parametrize("let", [
    "h = theta.T",  # the parameters alone, no value per example
    "h = X * theta.T",  # NumPy's '*' broadcasts: no matrix product
    "h = X.T @ theta",  # Xᵀθ: not Xθ with X m×n
])
def test_theta_dot_t_variants_that_mean_something_else_are_refused(let):
    refused(logderiv.derive, "sum((h - y)**2)", let=(let,))


def test_theta_dot_t_of_the_row_layout_is_read_as_that_layout():
    # θᵀX with X n×m (one example per column): the same prediction per example, read in that layout and said so
    notes = notes_of(logderiv.derive("sum((h - y)**2)", let=("h = theta.T @ X",)))
    assert any(note.startswith("matrix form with one example per column") for note in notes)


# ------------------------------------------------------------------ Octave's ones(1, m) and ones(m, 1)

# source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored copy of the Chinese blog post
# '吴恩达机器学习II' by Sukuna, 2020-10-26, '第二题: 不正则化的梯度迭代', costFunction)
SUKUNA_J = "J = (-log(h.') * y - log(ones(1, m) - h.') * (ones(m, 1) - y)) / m;"
SUKUNA_LETS = ("h = sigmoid(X * theta)", "m = length(y)")


def _cross_entropy(d):
    p = _sigmoid(d.X @ d.theta)
    return -float(d.y @ np.log(p) + (1 - d.y) @ np.log(1 - p)) / d.m


def test_sukunas_cost_reads_ones_as_the_vector_of_ones():
    assert_gradient_read(SUKUNA_J, _cross_entropy, lets=SUKUNA_LETS)
    notes = notes_of(logderiv.derive(SUKUNA_J, let=SUKUNA_LETS))
    assert any(note.startswith("read as Octave: ones(1, m) is the 1×m vector of ones") for note in notes)
    assert any(note.startswith("read as Octave: ones(m, 1) is the m×1 vector of ones") for note in notes)


@pytest.mark.parametrize("answer, verdict", [
    ("grad = (X.' * (h - y)) / m;", "equivalent"),  # Xᵀ(σ(Xθ) − y)/m, by hand above
    ("grad = (X.' * (h - y));", "different"),  # variant: m times the gradient
])
def test_sukunas_gradients(answer, verdict):
    assert_verdict_read(answer, SUKUNA_J, verdict, lets=SUKUNA_LETS)


def test_ones_is_noted_in_json_too():
    result = CliRunner().invoke(main, ["derive", SUKUNA_J, "-f", "json", *sum((["--let", let] for let in SUKUNA_LETS), [])])
    assert result.exit_code == 0, result.output
    assert any(note.startswith("read as Octave: ones(1, m) is the 1×m vector of ones")
               for note in json.loads(result.stdout)["notes"])


@pytest.mark.parametrize("cost, at", [
    # a column beside the row h.': Octave broadcasts an m×m matrix, no cost (the caret under the h.')
    ("J = (-log(h.') * y - log(ones(m, 1) - h.') * (ones(m, 1) - y)) / m;", "h.') * (ones"),
    # a row beside the column y: likewise (the caret under the y)
    ("J = (-log(h.') * y - log(ones(1, m) - h.') * (ones(1, m) - y)) / m;", "y)) / m"),
    ("J = ones(m, 1) * (h - y)", "h - y"),  # a column times a column: no product
])
def test_ones_of_the_wrong_shape_is_refused_at_the_column(cost, at):
    error = refused(logderiv.derive, cost, let=SUKUNA_LETS)
    assert "ones" in error.message
    assert error.column == cost.index(at)


def test_ones_of_the_features_count_is_not_read():
    # ones(n, 1) has one entry per feature: not the examples' vector of ones
    error = refused(logderiv.derive, "J = (-log(h.') * y - log(ones(1, n) - h.') * (ones(n, 1) - y)) / m;",
                    let=SUKUNA_LETS)
    assert "ones" in error.message


@pytest.mark.parametrize("cost, intended", [
    # a 1×m row of ones times a column adds its entries: Σ(h − y), by hand
    ("J = ones(1, m) * (h - y)", lambda d: float(np.sum(_sigmoid(d.X @ d.theta) - d.y))),
    # the sum of the m ones is m, so sum(ones(m, 1) - y) / m is 1 − mean(y), free of θ; plus Σh
    ("J = sum(ones(m, 1) - y) / m + sum(h)", lambda d: float(np.sum(_sigmoid(d.X @ d.theta)))),
])
def test_ones_means_what_octave_computes(cost, intended):
    assert_gradient_read(cost, intended, lets=SUKUNA_LETS)


# ------------------------------------------------------------------ lines that compute dj_dw and dj_db, asked by w_j

# source: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (stored copy of the DeepLearning.AI forum thread
# 'Derivative of "Simplified Cost Function"', Arne_Schirmacher's post quoting C1_W3_Lab06_Gradient_Descent_Soln)
ARNE_CODE = (
    "for i in range(m):\n    f_wb_i = sigmoid(np.dot(X[i], w) + b)          # scalar\n"
    "    err_i  = f_wb_i  - y[i]                       # scalar\n    for j in range(n):\n"
    "        dj_dw[j] = dj_dw[j] + err_i * X[i, j]      # scalar\n    dj_db = dj_db + err_i\n"
    "dj_dw = dj_dw/m                                    # (n,)\n"
    "dj_db = dj_db/m                                    # scalar"
)
# source: the same stored copy, DeepLearning.AI's 'Gradient Descent on m Examples' (the cost the lab's lines belong to)
MEX_J = (
    r"J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(a^{(i)}) + (1 - y^{(i)}) \log(1 - a^{(i)}) "
    r"\right]"
)
MEX_LETS = (r"a^{(i)} = \sigma(z^{(i)})", r"z^{(i)} = w^T x^{(i)} + b")


def test_the_asked_gradients_of_the_cost_match_finite_differences():
    rng = np.random.default_rng(490)
    X, w, b = rng.normal(size=(5, 2)), rng.normal(size=2), 0.3
    y = rng.integers(0, 2, size=5).astype(float)

    def cost(v):  # v = (w₁, w₂, b)
        a = _sigmoid(X @ v[:2] + v[2])
        return -float(np.mean(y * np.log(a) + (1 - y) * np.log(1 - a)))

    a = _sigmoid(X @ w + b)
    # by hand: ∂J/∂w_j = (1/m)Σ(a − y)x_j, ∂J/∂b = (1/m)Σ(a − y): the lab's dj_dw and dj_db
    found = central_differences(cost, np.r_[w, b])
    assert np.allclose(found, np.r_[X.T @ (a - y) / 5, np.mean(a - y)], atol=1e-5)


@pytest.mark.parametrize("text, wrt, verdict", [
    (ARNE_CODE, "w_j", "equivalent"),  # dj_dw = (1/m)Σ(a − y)x_j, by hand above
    (ARNE_CODE, "b", "equivalent"),  # dj_db = (1/m)Σ(a − y), as the lines end
    (ARNE_CODE.replace("err_i  = f_wb_i  - y[i]", "err_i  = y[i] - f_wb_i"), "w_j", "different"),  # the negative
    # both last lines set dj_dw, the second to dj_db/m: the value is ∂J/∂b, not ∂J/∂w_j
    (ARNE_CODE.replace("dj_db = dj_db/m ", "dj_dw = dj_db/m "), "w_j", "different"),
])
def test_the_labs_lines_answer_the_gradient_asked(text, wrt, verdict):
    assert_verdict_read(text, MEX_J, verdict, wrt=wrt, lets=MEX_LETS)


def test_the_asked_gradient_is_noted():
    notes = logderiv.check(ARNE_CODE, cost=MEX_J, wrt="w_j", let=MEX_LETS).notes
    assert ("read as code: the lines end with dj_db (the gradient by b) and compute dj_dw too; --wrt w_j asks for the "
            "gradient by w: dj_dw is the answer") in notes


@pytest.mark.parametrize("text, wrt", [
    (ARNE_CODE, "theta_j"),  # neither gradient is named by θ
    # dj_dw set twice at the end: which of its values is meant is not read
    (ARNE_CODE.replace("dj_dw = dj_dw/m   ", "dj_dw = dj_dw/m   \ndj_dw = dj_dw * 2  "), "w_j"),
])
def test_lines_that_do_not_say_the_asked_gradient_are_refused(text, wrt):
    refused(logderiv.check, text, cost=MEX_J, wrt=wrt, let=MEX_LETS)


# ------------------------------------------------------------------ a class's loop with a comprehension over the features

# source: https://github.com/ChinhQuy29/learning-algorithms-from-scratch/blob/6c966a2fc95a44cf88ed7281bf66397a4d8fa7f4/
# 1_supervised_learning/ridge_regression.py (Python, class RidgeRegression, compute_cost and compute_gradients)
CHINH_COST = (
    "cost = 0\n        for i in range(num_examples):\n"
    "            prediction = sum([self.weights[j] * X[i][j] for j in range(num_features)]) + self.bias\n"
    "            error = prediction - y[i]\n            cost += error ** 2\n"
    "        ridge_penalty = sum([self.weights[j] ** 2 * self.regularization_param for j in range(num_features)])\n"
    "        return (cost + ridge_penalty) / (2 * num_examples)"
)
CHINH_GRAD = (
    "for i in range(num_examples):\n"
    "            prediction = sum([self.weights[j] * X[i][j] for j in range(num_features)]) + self.bias\n"
    "            error = prediction - y[i]\n            for j in range(num_features):\n"
    "                dj_dw[j] += error * X[i][j] / num_examples\n            dj_db += error / num_examples\n"
    "        for j in range(num_features):\n"
    "            dj_dw[j] += self.regularization_param / num_examples * self.weights[j]"
)
CHINH_LETS = ("num_examples = len(X)", "num_features = len(X[0])")


def _chinh_ridge(d):
    r = d.X @ d.w + d.b - d.y
    return (float(r @ r) + d.lam * float(d.w @ d.w)) / (2 * d.m)


def test_the_ridge_gradient_matches_finite_differences():
    rng = np.random.default_rng(4949)
    X, y, w, b, lam = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), 0.4, 0.9
    # the comprehension Σ_j w_j X[i][j] is row i times w, by hand
    assert np.allclose([sum(w[j] * X[i][j] for j in range(3)) for i in range(5)], X @ w)
    # by hand: ∂/∂w_j (Σ(w·xᵢ + b − yᵢ)² + λΣw²)/(2m) = (1/m)Σ(w·xᵢ + b − yᵢ)x_ij + (λ/m)w_j
    cost = lambda v: (float((X @ v + b - y) @ (X @ v + b - y)) + lam * float(v @ v)) / 10
    assert np.allclose(central_differences(cost, w), X.T @ (X @ w + b - y) / 5 + lam / 5 * w, atol=1e-5)


def test_chinhs_cost_reads_the_comprehensions():
    assert_gradient_read(CHINH_COST, _chinh_ridge, wrt=("weights_j",), lets=CHINH_LETS)
    notes = notes_of(logderiv.derive(CHINH_COST, wrt="weights_j", let=CHINH_LETS))
    assert any("adds the parameters' entry j times row i's entry j over every feature: the dot product of row i with "
               "the parameters" in note for note in notes)
    assert any("adds up its body over the features (j in range(num_features)" in note for note in notes)
    assert any(note.startswith("num_features = len(X[0]) counts the features") for note in notes)
    assert "read as code: regularization_param is λ, the regularisation strength (lambda is a keyword in Python)" in notes


@pytest.mark.parametrize("answer, verdict", [
    (CHINH_GRAD, "equivalent"),  # (1/m)Σ(err)x_j + (λ/m)w_j, by hand above
    # variant: the penalty's / num_examples dropped, λw_j for (λ/m)w_j
    (CHINH_GRAD.replace("self.regularization_param / num_examples *", "self.regularization_param *"), "different"),
    (CHINH_GRAD.replace("* self.weights[j]", "* self.weights[j] ** 2"), "different"),  # λw_j²/m: not the derivative
])
def test_chinhs_gradients(answer, verdict):
    assert_verdict_read(answer, CHINH_COST, verdict, wrt="weights_j", lets=CHINH_LETS)


def test_the_cut_first_line_is_noted():
    notes = logderiv.check(CHINH_GRAD, cost=CHINH_COST, wrt="weights_j", let=CHINH_LETS).notes
    assert any(note.startswith("read as code: the first line, 'for i in range(num_examples):', lost its indentation")
               for note in notes)


_ROW_DOT = "self.weights[j] * X[i][j] for j in range(num_features)"


@pytest.mark.parametrize("cost", [
    CHINH_COST.replace(_ROW_DOT, "self.weights[j] * X[i][j] for j in range(num_examples)"),  # not the features
    CHINH_COST.replace(_ROW_DOT, "self.weights[j] * X[i][j] for j in range(num_features - 1)"),  # one left out
    CHINH_COST.replace(_ROW_DOT, "self.weights[j] * X[j][i] for j in range(num_features)"),  # X[j][i]: transposed
    CHINH_COST.replace(_ROW_DOT, "self.weights[i] * X[i][j] for j in range(num_features)"),  # the example's weight
    CHINH_COST.replace("self.weights[j] ** 2 *", "self.weights[j] ** 2 * X[0][j] *"),  # a penalty with data
])
def test_comprehension_variants_that_mean_something_else_are_refused(cost):
    refused(logderiv.derive, cost, wrt="weights_j", let=CHINH_LETS)


def test_a_penalty_of_one_fixed_weight_is_refused():
    answer = CHINH_GRAD.replace("* self.weights[j]", "* self.weights[0]")  # the same w₀ added to every entry
    refused(logderiv.check, answer, cost=CHINH_COST, wrt="weights_j", let=CHINH_LETS)


# ------------------------------------------------------------------ Julia's logpdf.(Poisson.(…), y)

# source: public code index file 48614473287 (Julia, function poisreg_loglik(β, y, X); the index does not name its
# repository)
JULIA_LOGLIK = "sum(logpdf.(Poisson.(exp.(X*β)), y))"


def test_the_poisson_log_likelihood_gradient_matches_finite_differences():
    rng = np.random.default_rng(494)
    X, beta = rng.normal(size=(6, 2)) * 0.5, rng.normal(size=2) * 0.5
    y = rng.integers(0, 5, size=6).astype(float)
    log_factorials = np.array([np.sum(np.log(np.arange(1, k + 1))) for k in y])
    # by hand: log P(k; λ) = k log λ − λ − log k!, λ = e^{xβ}; its gradient Σ(y − e^{Xβ})x, log k! left out
    loglik = lambda v: float(np.sum(y * (X @ v) - np.exp(X @ v) - log_factorials))
    assert np.allclose(central_differences(loglik, beta), X.T @ (y - np.exp(X @ beta)), atol=1e-5)
    # the Poisson pmf itself, at one point: e^{−λ}λ^k/k! with λ = 1.5, k = 3, by hand
    assert np.isclose(np.exp(-1.5) * 1.5 ** 3 / 6, np.exp(3 * np.log(1.5) - 1.5 - np.log(6)))


def test_julias_poisson_log_likelihood_is_read():
    # log y! does not depend on β: the gradient is that of Σ(y·Xβ − e^{Xβ})
    assert_gradient_read(JULIA_LOGLIK, lambda d: float(np.sum(d.y * (d.X @ d.beta) - np.exp(d.X @ d.beta))),
                         wrt=("beta_j",))
    notes = notes_of(logderiv.derive(JULIA_LOGLIK, wrt="beta_j"))
    assert any(note.startswith("read as Julia (Distributions.jl): logpdf.(Poisson.(exp.(X*β)), y) is the Poisson "
                               "log-probability of y") for note in notes)


@pytest.mark.parametrize("cost, intended", [
    # a rate exp(z) + 1: log(e^z + 1) is softplus, and the rate itself is subtracted whole (the 1 too)
    ("sum(logpdf.(Poisson.(exp.(X*β) + 1), y))",
     lambda d: float(np.sum(d.y * np.log(np.exp(d.X @ d.beta) + 1) - np.exp(d.X @ d.beta) - 1))),
    ("-sum(logpdf(Poisson(exp(X*β)), y))",  # not broadcast, negated: the negative log-likelihood
     lambda d: -float(np.sum(d.y * (d.X @ d.beta) - np.exp(d.X @ d.beta)))),
])
def test_poisson_variants_are_read_as_they_compute(cost, intended):
    assert_gradient_read(cost, intended, wrt=("beta_j",))


@pytest.mark.parametrize("cost", [
    "sum(logpdf.(Normal.(X*β), y))",  # another distribution
    "sum(logpdf.(Poisson.(exp.(X*β), 2), y))",  # a second argument
    "sum(logpdf.(Poisson.(exp.(X*β)), X))",  # the log-probability of the data matrix, not the targets
])
def test_logpdf_variants_that_mean_something_else_are_refused(cost):
    refused(logderiv.derive, cost, wrt="beta_j")


# ------------------------------------------------------------------ UFLDL's X of features × examples

# source: public code index file 18894671084 (Octave, function [f,g] = linear_regression(theta, X,y), 'X(i,j) is the
# i'th coordinate of the j'th example'; the index does not name its repository)
UFLDL_COST = "cost = sum((errs.^2)/(2.0 * batch_size));"
UFLDL_LETS = ("errs = data * theta - labels", "data = X'", "labels = y'", "batch_size = length(labels)")
UFLDL_ENTRY = "dftheta(j) = (data(:,j)' * (errs))"


def test_ufldls_gradient_matches_finite_differences():
    rng = np.random.default_rng(4900)
    features_by_examples, y_row, theta = rng.normal(size=(3, 6)), rng.normal(size=(1, 6)), rng.normal(size=3)
    data, labels = features_by_examples.T, y_row.T[:, 0]  # data = X', labels = y'
    # dftheta(j) = data(:,j)' * errs, for every j, is dataᵀ errs (by hand, entry by entry)
    errs = data @ theta - labels
    assert np.allclose([data[:, j] @ errs for j in range(3)], data.T @ errs)
    # by hand: ∇ Σ(errs²)/(2m) = dataᵀ errs / m
    cost = lambda v: float(np.sum((data @ v - labels) ** 2) / (2.0 * 6))
    assert np.allclose(central_differences(cost, theta), data.T @ errs / 6, atol=1e-5)


def test_ufldls_cost_reads_data_as_the_design_matrix():
    assert_gradient_read(UFLDL_COST, lambda d: float((d.X @ d.theta - d.y) @ (d.X @ d.theta - d.y)) / (2 * d.m),
                         lets=UFLDL_LETS)
    notes = notes_of(logderiv.derive(UFLDL_COST, let=UFLDL_LETS))
    assert any(note.startswith("data = X': the code's X holds one example per column") for note in notes)
    assert any(note.startswith("labels = y': beside that X, the code's y is the 1×m row of the targets") for note in notes)
    assert any(note.startswith("batch_size = length(y) counts the examples") for note in notes)


@pytest.mark.parametrize("answer, verdict", [
    ("grad  = ((1.0/batch_size) * dftheta)';", "equivalent"),  # dataᵀ errs / m, by hand above
    ("grad  = (dftheta)';", "different"),  # variant: m times the gradient of the averaged cost
])
def test_ufldls_gradients(answer, verdict):
    assert_verdict_read(answer, UFLDL_COST, verdict, lets=(UFLDL_ENTRY, *UFLDL_LETS))


def test_the_entry_let_is_noted():
    notes = logderiv.check("grad  = ((1.0/batch_size) * dftheta)';", cost=UFLDL_COST,
                           let=(UFLDL_ENTRY, *UFLDL_LETS)).notes
    assert "dftheta(j) = (X(:,j)' * (errs)): entry j of dftheta is column j of X against (errs), for every j: " \
           "dftheta is the whole vector X' * (errs) (entry j of Xᵀv is column j of X times v)" in notes


@pytest.mark.parametrize("lets", [
    ("errs = theta' * data - labels", "data = X'", "labels = y'", "batch_size = length(labels)"),  # θᵀdata: not X
    ("errs = data * theta - labels - y(1)", "data = X'", "labels = y'", "batch_size = length(labels)"),  # y also
    ("errs = data * theta - labels", "data = X", "labels = y'", "batch_size = length(labels)"),  # no transpose
])
def test_transposed_data_variants_are_refused(lets):
    refused(logderiv.derive, UFLDL_COST, let=lets)


@pytest.mark.parametrize("entry", [
    "dftheta(j) = (data(:,j)' * (errs(j)))",  # j inside the operand: not a product with one vector
    "dftheta(j) = (data(:,k)' * (errs))",  # another column than the entry's
])
def test_entry_let_variants_are_refused(entry):
    refused(logderiv.check, "grad  = ((1.0/batch_size) * dftheta)';", cost=UFLDL_COST, let=(entry, *UFLDL_LETS))
