"""Issue 10, an adversarial audit of the readings fixf46 merged (audit48): near-variants of the f46 wave's texts that
mean something else, each worked out by hand beside it, must be read right or refused, never misread.
"""

import numpy as np

import logderiv
from _numeric import central_differences
from _reading import assert_verdict_read, refused

# the one-feature squared cost of tests/test_fixf46.py, graded by w
ONE_FEATURE_COST = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2"
ONE_FEATURE_LOOP = "for (let i = 0; i < m; i++) {\n  dj_dw += (h(x[i]) - y[i]) * x[i];\n}\ndj_dw = dj_dw / m;"


def test_the_one_feature_gradient_by_hand():
    # ∂/∂w (1/2m)Σ(wx + b − y)² = (1/m)Σ(wx + b − y)x; with h = 2wx + b the loop gives (1/m)Σ(2wx + b − y)x, not it
    rng = np.random.default_rng(48)
    x, y, w, b = rng.normal(size=6), rng.normal(size=6), 0.4, -0.3
    found = central_differences(lambda v: float(np.sum((v[0] * x + b - y) ** 2)) / 12, np.array([w]))
    assert np.allclose(found, [np.sum((w * x + b - y) * x) / 6], atol=1e-6)
    assert not np.allclose(found, [np.sum((2 * w * x + b - y) * x) / 6], atol=1e-3)


def test_an_arrow_function_given_by_two_lets_is_refused_not_the_last_taken():
    # h = (x) => 2wx + b and h = (x) => wx + b: the loop is the gradient with the second and not with the first (above);
    # the last --let silently won ('equivalent'), where two plain --let s of one name are refused: so are these
    lets = ("h = (x) => 2 * w * x + b", "h = (x) => w * x + b")
    error = refused(logderiv.check, ONE_FEATURE_LOOP, cost=ONE_FEATURE_COST, wrt="w", let=lets)
    assert "'h' is defined twice" in str(error)
    # one definition is read as before: equivalent with wx + b, different with 2wx + b (above)
    assert_verdict_read(ONE_FEATURE_LOOP, ONE_FEATURE_COST, "equivalent", wrt="w", lets=lets[1:])
    assert_verdict_read(ONE_FEATURE_LOOP, ONE_FEATURE_COST, "different", wrt="w", lets=lets[:1])


# the summed cross-entropy of Hung-yi Lee's homework and its model --let (tests/test_fixf46.py)
HW2_COST = r"L(w, b) = -\sum_{n} \left[ y^n \ln f_{w,b}(x^n) + (1 - y^n) \ln(1 - f_{w,b}(x^n)) \right]"
HW2_MODEL = r"f_{w,b}(x) = \sigma(w \cdot x + b)"


def test_the_summed_cross_entropy_gradient_by_hand():
    # ∇_w −Σ[y ln σ(Xw + b) + (1 − y) ln(1 − σ)] = Xᵀ(σ(Xw + b) − y); Xᵀ(σ(σ(Xw + b)) − y) is not it
    rng = np.random.default_rng(4848)
    X, y, w, b = rng.normal(size=(5, 2)), rng.uniform(0.1, 0.9, size=5), rng.normal(size=2), 0.2

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def summed(v):
        p = sigmoid(X @ v + b)
        return -float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))

    found = central_differences(summed, w)
    assert np.allclose(found, X.T @ (sigmoid(X @ w + b) - y), atol=1e-5)
    assert not np.allclose(found, X.T @ (sigmoid(sigmoid(X @ w + b)) - y), atol=1e-2)


def test_a_helper_whose_value_the_code_puts_through_sigmoid_is_not_the_whole_model():
    # z = linear(X, w, b); a = sigmoid(z): the code applies σ itself, so linear(…) is Xw + b and Xᵀ(a − y) is the
    # gradient (above), equivalent; read as the --let's whole model σ(Xw + b), a was σ(σ(Xw + b)) and the verdict
    # 'different'. Nothing says what linear computes: refused
    refused(logderiv.check, "X.T @ (a - Y_label)", cost=HW2_COST, wrt="w_j",
            let=("a = sigmoid(z)", "z = linear(X, w, b)", HW2_MODEL))
    refused(logderiv.check, "-np.sum((Y_label - sigmoid(logits(X, w, b))) * X.T, 1)", cost=HW2_COST, wrt="w_j",
            let=(HW2_MODEL,))
    # the homework's own helper, with no σ of the code's beside it, is read as before: −Σ(y − σ)x, equivalent
    assert_verdict_read("-np.sum((Y_label - forward(X, w, b)) * X.T, 1)", HW2_COST, "equivalent", wrt="w_j",
                        lets=(HW2_MODEL,))


# the features × samples notebook of tests/test_fixf46.py: x is n×m, one example per column, read from w.T @ x
COLUMNS_LOSS = "-(y * torch.log(a) + (1 - y) * torch.log(1 - a)).mean()"
COLUMNS_LETS = ("grad_z = a - y", "a = torch.sigmoid(z)", "z = w.T @ x + b")


def test_the_features_by_samples_gradient_by_hand():
    # x n×m: ∇_w −(1/m)Σ[y log σ(wᵀx⁽ⁱ⁾ + b) + (1 − y) log(1 − σ)] = x(σ(wᵀx + b) − y)ᵀ/m, x.shape[-1] = m columns
    rng = np.random.default_rng(4849)
    x, y, w, b = rng.normal(size=(3, 5)), rng.uniform(0.1, 0.9, size=5), rng.normal(size=3), 0.1

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def mean_loss(v):
        a = sigmoid(v @ x + b)
        return -float(np.mean(y * np.log(a) + (1 - y) * np.log(1 - a)))

    found = central_differences(mean_loss, w)
    assert x.shape[-1] == 5
    assert np.allclose(found, x @ (sigmoid(w @ x + b) - y) / x.shape[-1], atol=1e-6)
    # the mean along axis 0 of the 1×m row of losses is that row again, m numbers, not the cost
    row = (y * np.log(sigmoid(w @ x + b))).reshape(1, -1)
    assert row.mean(axis=0).shape == (5,)


def test_x_shape_minus_one_is_the_examples_when_x_is_features_by_samples():
    # x.shape[-1] is x's last size, its m columns: x(σ − y)ᵀ/m, the gradient (above), equivalent. It was read as n
    # (X's second size in the rows layout) and the right answer judged 'different'
    assert_verdict_read("(x @ grad_z.T) / x.shape[-1]", COLUMNS_LOSS, "equivalent", wrt="w_j", lets=COLUMNS_LETS)
    # and x.shape[0], the features, is still refused as the count of the examples
    refused(logderiv.check, "(x @ grad_z.T) / x.shape[0]", cost=COLUMNS_LOSS, wrt="w_j", let=COLUMNS_LETS)


def test_a_mean_along_axis_0_of_the_row_of_losses_is_refused():
    # .mean(axis=0) of the 1×m row of losses is the row itself (above), no number: no gradient. It was read as the
    # mean over the examples (a rule for 1-D arrays that ran before the --let s made the row) and judged 'equivalent'
    cost = COLUMNS_LOSS.replace(".mean()", ".mean(axis=0)")
    error = refused(logderiv.check, "(x @ grad_z.T) / x.shape[1]", cost=cost, wrt="w_j", let=COLUMNS_LETS)
    assert "one entry that way" in str(error)
    # along axis 1, the examples' axis of the row, it is the mean: equivalent (above)
    assert_verdict_read("(x @ grad_z.T) / x.shape[1]", COLUMNS_LOSS.replace(".mean()", ".mean(axis=1)"),
                        "equivalent", wrt="w_j", lets=COLUMNS_LETS)
    # with one example per row the same axis 0 is the examples' axis: the mean, read as before (equivalent)
    rows = ("a = sigmoid(z)", "z = x @ w + b")
    assert_verdict_read("x.T @ (a - y) / x.shape[0]", "-np.mean(y * np.log(a) + (1 - y) * np.log(1 - a), axis=0)",
                        "equivalent", wrt="w_j", lets=rows)


def test_a_gradient_loop_given_as_the_cost_is_refused_not_derived_as_its_j_th_entry():
    # cost[j] += err * X[i,j] fills a vector of n entries (the gradient's, times 2): no number, so no cost to derive;
    # its j-th entry (1/2m)Σ(w·x⁽ⁱ⁾ + b − y)x_j was derived by w_j, to (1/2m)Σx_j², the derivative of nothing asked
    cost = ("for i in range(m):\n    err = np.dot(X[i], w) + b - y[i]\n    for j in range(n):\n"
            "        cost[j] += err * X[i,j]\ncost = cost / (2*m)")
    refused(logderiv.derive, cost, wrt="w_j")


def test_an_entry_of_every_feature_given_the_same_sum_is_refused_not_read_as_the_bias_derivative():
    # dj_db[j] += err_i in the loop over the features fills n entries, each Σᵢ(σ − y)/m: a vector of n copies of
    # ∂J/∂b, not ∂J/∂b, the number (and no entry j is the derivative by a j-th parameter). It was 'equivalent'
    cost = (r"J(w, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(f(x^{(i)})) + (1 - y^{(i)}) "
            r"\log(1 - f(x^{(i)})) \right]")
    lets = (r"f(x) = \frac{1}{1 + e^{-(w \cdot x + b)}}",)
    answer = ("for i in range(m):\n    err_i = sigmoid(np.dot(X[i], w) + b) - y[i]\n    for j in range(n):\n"
              "        dj_dw[j] = dj_dw[j] + err_i * X[i,j]\n        dj_db[j] = dj_db[j] + err_i\ndj_db = dj_db/m")
    refused(logderiv.check, answer, cost=cost, wrt="b", let=lets)
    # dj_db added once per example, outside the features' loop, is ∂J/∂b = (1/m)Σ(σ − y) (tests/test_fixf46.py)
    fixed = answer.replace("        dj_db[j] = dj_db[j] + err_i\n", "    dj_db = dj_db + err_i\n")
    assert_verdict_read(fixed, cost, "equivalent", wrt="b", lets=lets)
