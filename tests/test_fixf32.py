r"""Families of real text the blind wave f32 (tests/corpus/fresh_thirtysecond.py) showed logderiv refusing (issue 10).

* ``z = \beta_0 + \beta_1x_1 + \dots + \beta_nx_n = \beta^T\mathbf{(1;x)}`` (NayeyYe/NyeWeb's Chinese notes): the
  example with a 1 stacked on top, so βᵀ(1;x) is β₀ + βᵀx (noted).

Each reading has near variants that mean something else and must stay refused (or read as they mean). Verdicts
are worked out by hand in the comments and the gradients they rest on checked by central finite differences.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check
from logderiv.errors import InputError

RNG = np.random.default_rng(3232)


def _sigmoid(u):
    return 1 / (1 + np.exp(-u))


def _notes(result) -> str:
    """Every note the output shows: the answer's and the problem's (the cost's and the lets')."""
    return " | ".join((*result.notes, *result.problem.notes))


# --- the augmented example (1; x) -----------------------------------------------------------------------------------

#: github:NayeyYe/NyeWeb (Chinese notes on logistic regression), '* 负对数似然' and its lets '1.', '2.'
NY_COST = r"l(\beta) = -\sum_{i=1}^n \left[y^{(i)}log(h(x^{(i)})) + (1-y^{(i)})log(1-h(x^{(i)}))     \right]"
NY_LETS = [r"h(x) = \sigma(z) = \frac{1}{1 + e^{-z}}",
           r"z = \beta_0 + \beta_1x_1 + \beta_2x_2 + \dots + \beta_nx_n = \beta^T\mathbf{(1;x)}"]


def test_nll_with_an_intercept_gradient_by_finite_differences():
    """−Σ[y log σ(β₀ + β·xᵢ) + (1 − y) log(1 − σ(…))]: ∂/∂β = Σ(σᵢ − yᵢ)xᵢ and ∂/∂β₀ = Σ(σᵢ − yᵢ), by hand."""
    X, y = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float)

    def cost(v):
        p = _sigmoid(v[0] + X @ v[1:])
        return -np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))

    v = RNG.normal(size=4)
    residual = _sigmoid(v[0] + X @ v[1:]) - y
    assert np.allclose(_fd(cost, v), np.concatenate([[residual.sum()], X.T @ residual]), atol=1e-6)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (r"\sum_{i=1}^n (\sigma(\beta_0 + \beta^T x^{(i)}) - y^{(i)}) x_j^{(i)}", "beta_j", "equivalent"),  # FD above
    (r"\sum_{i=1}^n (\sigma(\beta_0 + \beta^T x^{(i)}) - y^{(i)})", "beta_0", "equivalent"),            # FD above
    (r"\sum_{i=1}^n (\sigma(\beta^T x^{(i)}) - y^{(i)}) x_j^{(i)}", "beta_j", "different"),            # β₀ dropped
    (r"\sum_{i=1}^n (y^{(i)} - \sigma(\beta_0 + \beta^T x^{(i)})) x_j^{(i)}", "beta_j", "different"),  # minus it
])
def test_augmented_example_in_a_let_chain(answer, wrt, verdict):
    result = check(answer, cost=NY_COST, wrt=wrt, let=NY_LETS)
    assert result.verdict == verdict
    assert "a 1 stacked on top" in _notes(result)


def test_augmented_example_alone_in_a_let():
    # z = wᵀ(1;x) alone: w₀ + wᵀx, so ∂/∂w_j of the NLL is Σ(σ(w₀ + w·xᵢ) − yᵢ)x_ij (FD above, β renamed w)
    cost = r"-\sum_{i=1}^n \left[y^{(i)}\log(h(x^{(i)})) + (1-y^{(i)})\log(1-h(x^{(i)}))\right]"
    lets = [r"h(x) = \sigma(z)", r"z = w^T(1;x)"]
    right = r"\sum_{i=1}^n (\sigma(w_0 + w^T x^{(i)}) - y^{(i)}) x_j^{(i)}"
    assert check(right, cost=cost, wrt="w_j", let=lets).verdict == "equivalent"
    assert check(right, cost=cost, wrt="w_j", let=[r"h(x) = \sigma(z)", r"z = w^T x"]).verdict == "different"


@pytest.mark.parametrize("let", [
    r"z = \beta_1x_1 + \beta_2x_2 + \dots + \beta_nx_n = \beta^T\mathbf{(1;x)}",  # the written side has no β₀
    r"z = \beta^T\mathbf{(x;1)}",   # the 1 last: the intercept is β's last entry, another numbering
    r"z = \beta^T(1,x)",            # a pair, not the stacked column
    r"z = \beta\mathbf{(1;x)}",     # no transpose
    r"z = \beta^T(2;x)",            # not the intercept's 1
    r"z = \theta^T(1; x)",          # read so, but its respelling would not fit: refused with the spelling to write
])
def test_augmented_example_near_variants_refused(let):
    with pytest.raises(InputError):
        check(r"\sum_{i=1}^n (h(x^{(i)}) - y^{(i)})x_j^{(i)}", cost=NY_COST, wrt="beta_j",
              let=[r"h(x) = \sigma(z) = \frac{1}{1 + e^{-z}}", let])


# --- −(1/N) log P(T|X): the conditioning bar in a chain's middle side ----------------------------------------------

#: github:ShisatoYano/SupervisedClassificationSample:NumericalExpression.md (notes on 伊藤真's textbook), E(W), and
#: y_n, a_n from the gradient derivation below it (t_n is the label, y_n the prediction, w_0 the slope)
JP_RIGHT = r"-\frac {1}{N} \sum_{n=0}^{N-1} \{ t_n log y_n + (1-t_n) log (1-y_n) \}"
JP_COST = r"E(\bm{W}) = -\frac {1}{N} log P(\bm{T}|\bm{X}) = " + JP_RIGHT
JP_LETS = [r"y_n = \sigma(a_n) = \frac{1}{1 + exp(-a_n)}", r"a_n = w_0 x_n + w_1"]


def test_mean_cross_entropy_of_a_slope_and_intercept_by_finite_differences():
    """−(1/N)Σ[t log σ(w₀xₙ + w₁) + (1 − t) log(1 − σ(…))]: ∂/∂w₀ = (1/N)Σ(σₙ − tₙ)xₙ, ∂/∂w₁ = (1/N)Σ(σₙ − tₙ)."""
    x, t = RNG.normal(size=7), RNG.integers(0, 2, size=7).astype(float)

    def cost(w):
        p = _sigmoid(w[0] * x + w[1])
        return -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))

    w = RNG.normal(size=2)
    residual = _sigmoid(w[0] * x + w[1]) - t
    assert np.allclose(_fd(cost, w), [np.mean(residual * x), np.mean(residual)], atol=1e-6)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (r"\frac{1}{N}\sum_{n=0}^{N-1}(y_n-t_n)x_n", "w_0", "equivalent"),  # the book's ∂E/∂w_0 (FD above)
    (r"\frac{1}{N}\sum_{n=0}^{N-1}(y_n-t_n)", "w_1", "equivalent"),     # the book's ∂E/∂w_1 (FD above)
    (r"\frac{1}{N}\sum_{n=0}^{N-1}(y_n-t_n)x_n", "w_1", "different"),   # ∂a_n/∂w_1 = 1: no x_n
    (r"\frac{1}{N}\sum_{n=0}^{N-1}(t_n-y_n)x_n", "w_0", "different"),   # minus the gradient
])
def test_log_of_labels_given_data_names_the_cost(answer, wrt, verdict):
    result = check(answer, cost=JP_COST, wrt=wrt, let=JP_LETS)
    assert result.verdict == verdict
    assert "'|' is the conditioning bar" in _notes(result)


@pytest.mark.parametrize("middle", [
    r"\frac {1}{N} log P(\bm{T}|\bm{X})",    # the log-likelihood (≤ 0) beside a loss (≥ 0): which is E?
    r"-\frac {1}{N} log P(\bm{X}|\bm{T})",   # the data given the labels: another model's likelihood
    r"-\frac {1}{N} log |\bm{T}-\bm{X}|",    # an absolute value
    r"-\frac {1}{N} P(\bm{T}|\bm{X})",       # the probability, not its log
])
def test_log_of_labels_given_data_near_variants_refused(middle):
    with pytest.raises(InputError):
        check(r"\frac{1}{N}\sum_{n=0}^{N-1}(y_n-t_n)x_n", cost=rf"E(\bm{{W}}) = {middle} = {JP_RIGHT}", wrt="w_0",
              let=JP_LETS)


def test_log_of_labels_given_data_as_the_last_side_refused():
    # nothing writes the cost out: P is defined nowhere
    with pytest.raises(InputError):
        check(r"\frac{1}{N}\sum_{n=0}^{N-1}(y_n-t_n)x_n", cost=r"E(\bm{W}) = -\frac {1}{N} log P(\bm{T}|\bm{X})",
              wrt="w_0", let=JP_LETS)


# --- a Chinese tutorial's log-likelihood: \log{L(\theta)}, y^ilogh_{\theta}(…), an unclosed log(1-…, x^i in a let --------

#: github:CaoZhens/ML_Learning (a Chinese tutorial), '将L(θ)转化为对数似然函数l(θ)'; h and g from '其中，'
CN_COST = (r"l(\theta) = \log{L(\theta)} = \sum_{i=1}^m\left [ y^ilogh_{\theta}(\mathbf{x}^i) + "
           r"(1-y^i)log(1-h_{\theta}(\mathbf{x}^i) \right ]")
CN_LETS = [r"h_\theta(\mathbf{x}^i) = g(\theta^T\mathbf{x}^i) = \frac{1}{1+e^{-\theta^T\mathbf{x}^i}}"]


def test_log_likelihood_gradient_by_finite_differences():
    """Σ[y log σ(θ·xᵢ) + (1 − y) log(1 − σ(θ·xᵢ))] (no minus, no 1/m): ∇ = Σ(yᵢ − σ(θ·xᵢ))xᵢ, by hand."""
    X, y = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float)

    def cost(theta):
        p = _sigmoid(X @ theta)
        return np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))

    theta = RNG.normal(size=3)
    assert np.allclose(_fd(cost, theta), X.T @ (y - _sigmoid(X @ theta)), atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [
    (r"\sum_i \left[ y^i - g(\theta^T\mathbf{x}^i)\right]\mathbf{x}_j^i", "equivalent"),  # the tutorial's (FD above)
    (r"\sum_i \left[ g(\theta^T\mathbf{x}^i) - y^i\right]\mathbf{x}_j^i", "different"),   # minus it
    (r"\sum_i \left[ y^i - g(\theta^T\mathbf{x}^i)\right]", "different"),                 # the factor x_j dropped
])
def test_chinese_tutorial_log_likelihood(answer, verdict):
    result = check(answer, cost=CN_COST, wrt="theta_j", let=CN_LETS)
    assert result.verdict == verdict
    notes = _notes(result)
    assert "is read as ^i log h" in notes                       # y^ilogh
    assert "is never closed: read as closed right before" in notes  # log(1-h(x) \right ]
    assert "is a function of the i-th example" in notes         # the let's x^i
    assert "log of the likelihood L" in notes                   # \log{L(\theta)}


@pytest.mark.parametrize("cost, let", [
    # the ')' lost after h(x) or after y^i: two places
    (CN_COST.replace(r"(\mathbf{x}^i) \right ]", r"(\mathbf{x}^i) + y^i \right ]"), CN_LETS[0]),
    (CN_COST.replace(r"(\mathbf{x}^i) \right ]", r"(\mathbf{x}^i) y^i \right ]"), CN_LETS[0]),
    (CN_COST.replace("log(1-h", "log(2-h"), CN_LETS[0]),                    # not the log of 1 − h
    (CN_COST.replace("y^ilogh", "y^ilogsh"), CN_LETS[0]),                    # log glued to two letters
    (CN_COST, r"h_\theta(\mathbf{x}^i) = \frac{1}{1+e^{-\theta^T\mathbf{x}^j}}"),  # x^j: a power, no example j
    (CN_COST, r"h_\theta(\mathbf{x}) = \frac{1}{1+e^{-\theta^T\mathbf{x}^i}}"),   # the head is not of x^i
    (CN_COST.replace(r"\log{L(\theta)}", r"\log{L(\theta)} + 1"), CN_LETS[0]),  # not the likelihood's name alone
])
def test_chinese_tutorial_near_variants_refused(cost, let):
    with pytest.raises(InputError):
        check(r"\sum_i \left[ y^i - g(\theta^T\mathbf{x}^i)\right]\mathbf{x}_j^i", cost=cost, wrt="theta_j", let=[let])


# --- \quad \text{with } z_i = …: a definition written after the formula ----------------------------------------------

#: github:duchesnay/pystatsml (Duchesnay's course), the simplified NLL and the boxed gradient under '**Summary**'
PS_COST = (r"\mathcal{L}_{\text{NLL}}(\mathbf{w}) = \sum_{i=1}^n \left[ \log(1 + e^{-z_i}) + (1 - y_i) z_i \right] \quad "
           r"\text{with } z_i = \mathbf{w}^\top \mathbf{x}_i")


def test_simplified_nll_gradient_by_finite_differences():
    """Σ[log(1 + e^{−zᵢ}) + (1 − yᵢ)zᵢ], zᵢ = w·xᵢ (the 0/1 NLL rewritten): ∇ = Σ(σ(zᵢ) − yᵢ)xᵢ, by hand."""
    X, y = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float)

    def cost(w):
        z = X @ w
        return np.sum(np.log1p(np.exp(-z)) + (1 - y) * z)

    w = RNG.normal(size=3)
    assert np.allclose(_fd(cost, w), X.T @ (_sigmoid(X @ w) - y), atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [
    (r"\sum_{i=1}^n (\sigma(\mathbf{w}^\top \mathbf{x}_i) - y_i)\mathbf{x}_i", "equivalent"),  # the boxed one (FD)
    (r"\sum_{i=1}^n (y_i - \sigma(\mathbf{w}^\top \mathbf{x}_i))\mathbf{x}_i", "different"),   # minus it
    (r"\sum_{i=1}^n (\sigma(\mathbf{w}^\top \mathbf{x}_i) - y_i)", "different"),              # no x_i
])
def test_definition_after_the_formula(answer, verdict):
    result = check(answer, cost=PS_COST, wrt="w")
    assert result.verdict == verdict
    assert r"after the cost defines z_i: read as a --let z_i = \mathbf{w}^\top \mathbf{x}_i" in _notes(result)


@pytest.mark.parametrize("clause", [
    r"\text{with } \lambda > 0",                                  # a condition, no definition
    r"\text{with } z_i = \mathbf{w}^\top \mathbf{x}_i = 2",       # two '='
    r"\text{with } z_i + 1 = \mathbf{w}^\top \mathbf{x}_i",       # no name on the left
    r"\text{with } z_j = \mathbf{w}^\top \mathbf{x}_j",           # z_j: not the example's z_i
])
def test_definition_after_the_formula_near_variants_refused(clause):
    cost = PS_COST[:PS_COST.index(r"\text{with }")] + clause
    with pytest.raises(InputError):
        check(r"\sum_{i=1}^n (\sigma(\mathbf{w}^\top \mathbf{x}_i) - y_i)\mathbf{x}_i", cost=cost, wrt="w")


# --- an answer that calls a function a --let defines ---------------------------------------------------------------

#: github:AlmeidaAlin3/Learning_ML, ProblemSet1/Exercise3/ex3_d.ipynb (CS229 problem set 1, 3(d)), m and g from the
#: same method; the cost written out by hand from the Poisson model (the log-likelihood, ln y! dropped, over m)
CS229_COST = r"\frac{1}{m} \sum_{i=1}^{m} \left( y^{(i)} \theta^T x^{(i)} - e^{\theta^T x^{(i)}} \right)"
CS229_LETS = ["m, n = X.shape", "g(X) = np.exp(X)"]


def test_poisson_log_likelihood_gradient_by_finite_differences():
    """(1/m)Σ[yᵢ θ·xᵢ − e^{θ·xᵢ}]: ∇ = (1/m)Σ(yᵢ − e^{θ·xᵢ})xᵢ = Xᵀ(y − e^{Xθ})/m; and Σ(g(θ·x) − y)²: 2Σ(g − y)g′x."""
    X, y = RNG.normal(size=(5, 3)) / 2, RNG.poisson(1.0, size=5).astype(float)
    theta = RNG.normal(size=3) / 2
    poisson = lambda t: np.mean(y * (X @ t) - np.exp(X @ t))
    assert np.allclose(_fd(poisson, theta), X.T @ (y - np.exp(X @ theta)) / 5, atol=1e-6)
    squared = lambda t: np.sum((np.tanh(X @ t) - y) ** 2)
    g = np.tanh(X @ theta)
    assert np.allclose(_fd(squared, theta), X.T @ (2 * (g - y) * (1 - g ** 2)), atol=1e-6)


@pytest.mark.parametrize("answer, cost, lets, verdict", [
    ("(1/m)*(y-g(X.dot(theta))).dot(X)", CS229_COST, CS229_LETS, "equivalent"),  # the CS229 answer (FD above)
    ("(y-g(X.dot(theta))).dot(X)", CS229_COST, CS229_LETS, "different"),        # m times it
    # g is the let's tanh, not Ng's sigmoid: g′ = 1 − g² is right, the sigmoid's g(1 − g) is not
    (r"\sum_i 2(g(\theta^T x^{(i)}) - y^{(i)})(1-g(\theta^T x^{(i)})^2) x_j^{(i)}",
     r"\sum_i (g(\theta^T x^{(i)}) - y^{(i)})^2", [r"g(z) = \tanh(z)"], "equivalent"),
    (r"\sum_i 2(g(\theta^T x^{(i)}) - y^{(i)})g(\theta^T x^{(i)})(1-g(\theta^T x^{(i)})) x_j^{(i)}",
     r"\sum_i (g(\theta^T x^{(i)}) - y^{(i)})^2", [r"g(z) = \tanh(z)"], "different"),
])
def test_answer_calls_the_function_a_let_defines(answer, cost, lets, verdict):
    result = check(answer, cost=cost, wrt="theta_j", let=lets)
    assert result.verdict == verdict
    assert "g(" in _notes(result) and "is a function: g applied to" in _notes(result)


# --- x_0^i = 1 beside a sum from 0 to m, m counting the features (Skillbox) ----------------------------------------

#: github:NeKonnnn/Orders (a Skillbox ridge homework): the cost written out by hand from the notebook's model (x_0^i = 1,
#: w_0 the unpenalised intercept, n examples, m features), and the student's 'верные формулы для градиентов'
SKB_COST = r"\frac{1}{n}\sum_{i=1}^{n}\left(y_i - \sum_{j=0}^{m}w_jx_j^i\right)^2 + \lambda\sum_{k=1}^{m} w_k^2"
SKB_WK = (r"\frac{2}{n}\cdot \sum_{i=1}^{n} \left(-x_k^i \left(y_i - \left(\sum_{j=0}^{m}w_jx_j^i\right)\right) + "
          r"\lambda\cdot w_k\right)")
SKB_W0 = r"\frac{2}{n}\cdot \sum_{i=1}^{n} \left(-\left(y_i - \left(\sum_{j=0}^{m}w_jx_j^i\right)\right)\right)"


def test_ridge_with_an_unpenalised_intercept_by_finite_differences():
    """(1/n)Σ(yᵢ − w₀ − w·xᵢ)² + λΣ_{k≥1}w_k²: ∂/∂w₀ = −(2/n)Σrᵢ, ∂/∂w = −(2/n)Xᵀr + 2λw, by hand."""
    X, y, lam = RNG.normal(size=(6, 3)), RNG.normal(size=6), 0.3

    def cost(v):
        r = y - v[0] - X @ v[1:]
        return np.mean(r ** 2) + lam * np.sum(v[1:] ** 2)

    v = RNG.normal(size=4)
    r = y - v[0] - X @ v[1:]
    assert np.allclose(_fd(cost, v), np.concatenate([[-2 * r.mean()], -2 * X.T @ r / 6 + 2 * lam * v[1:]]), atol=1e-6)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (SKB_WK, "w_k", "equivalent"),   # (2/n)Σλw_k = 2λw_k beside −(2/n)Σx_k r (FD above)
    (SKB_W0, "w_0", "equivalent"),   # −(2/n)Σr, the intercept unpenalised (FD above)
    # the course's given w_0 line: a penalty on the intercept and its residual without w_0
    (r"\frac{2}{n}\cdot(-1)\cdot \sum_{i=1}^{n} (1\cdot \left(y_i - \sum_{j=1}^{m}w_jx_j^i\right) + "
     r"\lambda\cdot 2\cdot w_0)", "w_0", "different"),
    (SKB_W0 + r" + 2\lambda w_0", "w_0", "different"),  # the intercept penalised after all
])
def test_x0_let_beside_a_sum_from_zero_to_the_feature_count(answer, wrt, verdict):
    result = check(answer, cost=SKB_COST, wrt=wrt, let=["x_0^i = 1"])
    assert result.verdict == verdict
    assert "x_0^i = 1 says what the sum from 0 is read with already" in _notes(result)


@pytest.mark.parametrize("cost, let", [
    (SKB_COST, "x_0^i = 2"),                  # not the intercept's 1
    (SKB_COST, "x_0^j = 1"),                  # j marks no example
    # m counts the examples and bounds the features' sum: refused, as before
    (r"\frac{1}{m}\sum_{i=1}^{m}\left(y_i - \sum_{j=0}^{m}w_jx_j^i\right)^2", "x_0^i = 1"),
    (r"\frac{1}{n}\sum_{i=1}^{n}\left(y_i - \sum_{j=0}^{m}w_jx_j^i - b\right)^2", "x_0^i = 1"),  # beside a bias b
])
def test_x0_let_near_variants_refused(cost, let):
    with pytest.raises(InputError):
        check(SKB_W0, cost=cost, wrt="w_0", let=[let])
