r"""Fresh wave f3: names a source redefines, code's spellings, typography of real notes.

Each reading is checked against a hand-worked gradient written in a spelling that was
always read (so the verdict, not logderiv's own output, is the oracle), with its note;
each refusal with its column. Sources are in the comments.
"""

from __future__ import annotations

import pytest

import logderiv
from logderiv.errors import InputError
from logderiv.notation import parse_text


def notes_of(result) -> str:
    return "\n".join(result.notes)


def verdict(answer, cost, *, wrt="theta_j", let=()):
    return logderiv.check(answer, cost=cost, wrt=wrt, let=let)


# --- λ_i defined per example (a Poisson rate), not the penalty strength ------------------------------

# math.techqa.club/linear-poisson-model-maximum-likelihood-solution-2592385 (identity link)
POISSON_IDENTITY = r"L = \sum_{i=1}^m - \lambda_i + y_i \ln \lambda_i"
# statsmodels Poisson.score: \frac{\partial\ln L}{\partial\beta}=\sum_{i=1}^{n}(y_i-\lambda_i)x_i, ln λ_i = x_i β
POISSON_LOG = r"L = \sum_{i=1}^{n} (y_i \ln\lambda_i - \lambda_i)"


def test_an_indexed_lambda_let_is_a_per_example_rate():
    right = r"\sum_{i=1}^m \left(\frac{y_i}{\beta^T x^{(i)}} - 1\right) x_j^{(i)}"
    result = verdict(right, POISSON_IDENTITY, wrt="beta_j", let=(r"\lambda_i = \beta^T X_i",))
    assert result.verdict == "equivalent"
    assert "λ_i is defined per example by --let" in notes_of(result)
    wrong = r"\sum_{i=1}^m \left(\frac{y_i}{\beta^T x^{(i)}}\right) x_j^{(i)}"
    assert verdict(wrong, POISSON_IDENTITY, wrt="beta_j", let=(r"\lambda_i = \beta^T X_i",)).verdict == "different"


def test_the_statsmodels_score_against_the_log_link():
    answer = r"\frac{\partial L}{\partial\beta_j}=\sum_{i=1}^{n}\left(y_{i}-\lambda_{i}\right)x_{ij}"
    result = verdict(answer, POISSON_LOG, wrt="beta_j", let=(r"\lambda_i = e^{x_i^T\beta}",))
    assert result.verdict == "equivalent"
    assert "shown as μ_i" in notes_of(result)


def test_lambda_alone_beside_an_indexed_lambda_let_is_refused():
    cost = r"L = \sum_{i=1}^m (y_i - \lambda_i)^2 + \lambda \sum_j \beta_j^2"
    with pytest.raises(InputError) as caught:
        logderiv.derive(cost, wrt="beta_j", let=(r"\lambda_i = \beta^T X_i",))
    assert "λ is written alone here" in str(caught.value)
    assert caught.value.column == cost.index(r"\lambda \sum")


def test_the_derivation_says_the_rate_reading():
    derivation = logderiv.derive(POISSON_IDENTITY, wrt="beta_j", let=(r"\lambda_i = \beta^T X_i",))
    assert any("not the regularisation strength" in note for note in derivation.problem.notes)


# --- e defined by a let: the error, not Euler's number -------------------------------------------

# GitHub README "Ridge Regression (L2 Regularization) — From Scratch": e = \hat{y} - y
RIDGE = r"J_{ridge}(w, b) = \frac{1}{n} \sum_{i=1}^{n} (\hat{y}_i - y_i)^2 + \lambda \sum_{j=1}^{d} w_j^2"
RIDGE_LETS = (r"\hat{y} = Xw + b", r"e = \hat{y} - y")


def test_e_as_the_error_vector_in_a_matrix_answer():
    result = verdict(r"\frac{\partial J}{\partial w} = \frac{2}{n} X^T e + 2\lambda w", RIDGE, wrt="w_j", let=RIDGE_LETS)
    assert result.verdict == "equivalent"
    assert "not Euler's number" in notes_of(result)
    wrong = verdict(r"\frac{\partial J}{\partial w} = \frac{1}{n} X^T e + 2\lambda w", RIDGE, wrt="w_j", let=RIDGE_LETS)
    assert wrong.verdict == "different"


def test_e_as_the_error_in_index_form():
    result = verdict(r"\frac{\partial J}{\partial b} = \frac{2}{n} \sum_{i=1}^{n} e_i", RIDGE, wrt="b", let=RIDGE_LETS)
    assert result.verdict == "equivalent"


def test_e_beside_a_power_of_e_stays_refused():
    with pytest.raises(InputError) as caught:
        logderiv.derive(r"\sum_i e_i^2 + e^{\theta_1}", let=("e = \\theta^T x - y",))
    assert "fixed meaning" in str(caught.value)


def test_epfl_numpy_error_named_e_with_n_equals_len_y():
    # EPFL ML exercise (ridge_regression.py): e = y - tx.dot(w); N = len(y); lambda_
    derivation = logderiv.derive("np.sum(e ** 2) / (2 * N) + lambda_ * np.sum(w ** 2)",
                                 wrt="w_j", let=("e = y - X.dot(w)", "N = len(y)"))
    said = "\n".join(derivation.problem.notes)
    assert "not Euler's number" in said and "N = len(y) counts the examples" in said and "lambda_" in said
    right = "X.T @ (X @ w - y) / m + 2 * lambda * w"
    assert logderiv.check(right, cost="np.sum(e ** 2) / (2 * N) + lambda_ * np.sum(w ** 2)", wrt="w_j",
                          let=("e = y - X.dot(w)", "N = len(y)")).verdict == "equivalent"


# --- code: n = X.shape[0], self.lam, lambda_, # comments ------------------------------------------

# GitHub "class Ridge(Objective)": loss/grad with self.lam and n = X.shape[0]
RIDGE_CLASS = "0.5 * np.mean(r ** 2) + 0.5 * self.lam * np.sum(w ** 2)"


def test_self_lam_and_n_as_the_rows_of_x():
    result = verdict("X.T @ (X @ w - y) / n + self.lam * w", RIDGE_CLASS, wrt="w_j",
                     let=("r = X @ w - y", "n = X.shape[0]"))
    assert result.verdict == "equivalent"
    said = notes_of(result)
    assert "self.lam: the object's attribute" in said and "n = X.shape[0] counts the examples" in said
    wrong = verdict("X.T @ (X @ w - y) + self.lam * w", RIDGE_CLASS, wrt="w_j", let=("r = X @ w - y", "n = X.shape[0]"))
    assert wrong.verdict == "different"


def test_self_of_an_unknown_attribute_is_not_dropped():
    with pytest.raises(InputError):
        logderiv.derive("np.mean((X @ w - y) ** 2) + self.model * np.sum(w ** 2)", wrt="w_j")


@pytest.mark.parametrize("spelling", ["lambda_", "lam", "lmbda"])
def test_code_spellings_of_lambda(spelling):
    # SO 17696797: (lambda_ / (2 * m)) * np.sum(theta[1:]**2)
    cost = f"np.mean((X @ w - y) ** 2) + {spelling} * np.sum(w ** 2)"
    result = verdict(f"2 / m * X.T @ (X @ w - y) + 2 * {spelling} * w", cost, wrt="w_j")
    assert result.verdict == "equivalent"
    assert f"{spelling}: code's name for λ" in notes_of(result)
    wrong = verdict(f"2 / m * X.T @ (X @ w - y) + {spelling} * w", cost, wrt="w_j")
    assert wrong.verdict == "different"


def test_a_let_named_lam_keeps_its_own_value():
    derivation = logderiv.derive("np.mean((X @ w - y) ** 2) + lam * np.sum(w ** 2)", wrt="w_j", let=("lam = 2",))
    assert not any("code's name for λ" in note for note in derivation.problem.notes)


def test_a_python_comment_in_a_let_is_dropped():
    # GitHub "class PoissonRegression": pointwise_loss = np.exp(z) - y * z # + c
    derivation = logderiv.derive("np.sum(q)", wrt="w_j", let=("z = X @ w", "q = np.exp(z) - y * z # + c"))
    assert any("'# + c' is a Python comment" in note for note in derivation.problem.notes)
    result = logderiv.check("X.T @ (np.exp(X @ w) - y)", cost="np.sum(q)", wrt="w_j",
                            let=("z = X @ w", "q = np.exp(z) - y * z # + c"))
    assert result.verdict == "equivalent"


# --- LaTeX typography -----------------------------------------------------------------------------

def test_capital_sigma_with_scripts_is_the_sum():
    # math.techqa.club 4880925: l(\beta) = \Sigma_i^m ( y_i \beta^T x_i - e^{\beta^T x_i} - log(y_i!) )
    cost = r"l(\beta) = \Sigma_i^m \Big( y_i \beta^T x_i - e^{\beta^T x_i} \Big)"
    result = verdict(r"\sum_{i=1}^m (y_i - e^{\beta^T x^{(i)}}) x_j^{(i)}", cost, wrt="beta_j")
    assert result.verdict == "equivalent"
    derivation = logderiv.derive(cost, wrt="beta_j")
    assert "'\\Sigma' with scripts is read as the summation sign Σ (\\sum)" in derivation.problem.notes


def test_a_bare_capital_sigma_is_not_a_sum():
    with pytest.raises(InputError) as caught:
        parse_text(r"\Sigma_i^m x_i + \Sigma", input="latex")
    assert caught.value.column == 0


def test_bigtriangledown_and_a_label_subscript():
    # yunlaix.github.io: \bigtriangledown E_{in}(w); tihassfjord ML2024: \frac{\partial L_{reg}}{\partial w_0}
    cost = r"E_{in}(w)=\frac{1}{N}\sum_{n=1}^N(w^Tx_n-y_n)^2"
    result = verdict(r"\bigtriangledown E_{in}(w)=\frac{2}{N}\sum_{n=1}^N(w^Tx_n-y_n)x_{nj}", cost, wrt="w_j")
    assert result.verdict == "equivalent"
    reg = r"L_{reg}(\hat{y}, y) = \frac{1}{N} \sum_{i=1}^{N} (y_i - \hat{y}_i)^2"
    result = verdict(r"\frac{\partial L_{reg}}{\partial w_1} = \frac{2}{N} \sum_{i=1}^{N} (\hat{y}_i - y_i) x_i",
                     reg, wrt="w_1", let=(r"\hat{y} = w_0 + w_1 x",))
    assert result.verdict == "equivalent"


def test_text_mode_hat_accent_and_a_bold_number():
    parsed = parse_text(r"\frac{1}{\mathbf{2}} (\^y_{i} - y_{i})^2", input="latex")
    same = parse_text(r"\frac{1}{2} (\hat{y}_{i} - y_{i})^2", input="latex")
    assert repr(parsed.tree).count("Number") == repr(same.tree).count("Number")
    assert any("bold type" in note for note in parsed.notes)
    assert any("text-mode hat accent" in note for note in parsed.notes)


def test_k_samples_bound_the_sum():
    # math.techqa.club 2592385: L = \sum_{i=1}^k (y_i - \mu_i)^2, "k samples"
    result = verdict(r"-2\sum_{i=1}^k (y_i - \beta^T x^{(i)}) x_j^{(i)}", r"L = \sum_{i=1}^k (y_i - \mu_i )^2",
                     wrt="beta_j", let=(r"\mu_i = \beta^T X_i",))
    assert result.verdict == "equivalent"
    assert "k counts the examples here: read as m" in notes_of(result)


def test_k_used_as_an_index_too_is_not_a_count():
    text = r"\sum_{i=1}^k (y_i - \theta_k)^2"
    with pytest.raises(InputError) as caught:
        parse_text(text, input="latex")
    assert caught.value.column == text.index("k")


# --- g: the sigmoid where nothing defines it --------------------------------------------------------

def test_g_in_a_matrix_answer_is_the_sigmoid():
    # concise.org logistic regression notes: \frac{1}{m}X^T(g(X\theta) - y)
    result = logderiv.check(r"\frac{1}{m}X^T(g(X\theta) - y)", cost="logistic")
    assert result.verdict == "equivalent"
    assert any("g is read as the sigmoid" in note for note in result.notes)


def test_an_answer_calling_g_beside_a_let_defining_g_otherwise_is_that_function_never_the_sigmoid():
    """Beside --let 'g(z) = tanh(z)' an answer's g is the let's tanh (fixf32, docs/notation.md): this was refused,
    to keep g from being read as Ng's sigmoid; the answer reader now expands the lets' functions, so that misread
    is kept out by the verdicts instead. By hand: ∂/∂θⱼ (1/2m)Σ(tanh(θᵀxᵢ) − yᵢ)² = (1/m)Σ(tanh − y)(1 − tanh²)xᵢⱼ,
    so the tanh′ answer is right and the sigmoid's g(1 − g) in its place is not."""
    cost = r"\frac{1}{2m}\sum_i (g(\theta^T x_i) - y_i)^2"
    tanh_prime = r"\frac{1}{m}\sum_i (g(\theta^T x^{(i)}) - y^{(i)})(1 - g(\theta^T x^{(i)})^2) x_j^{(i)}"
    sigmoid_prime = (r"\frac{1}{m}\sum_i (g(\theta^T x^{(i)}) - y^{(i)})g(\theta^T x^{(i)})(1 - g(\theta^T x^{(i)}))"
                     r" x_j^{(i)}")
    let = (r"g(z) = \tanh(z)",)
    assert verdict(tanh_prime, cost, let=let).verdict == "equivalent"
    result = verdict(sigmoid_prime, cost, let=let)
    assert result.verdict == "different"
    assert not any("g is read as the sigmoid" in note for note in result.notes)


def test_a_chain_through_an_undefined_g():
    # blog.csdn (weixin_43601103): h_{\theta}(x)=g(\theta ^Tx)=\frac{1}{1+e^{-\theta ^Tx}}; cost(h_\theta(x),y)=…
    cost = r"cost(h_{\theta}(x),y)=\sum_{i=1}^{m}-y_i log(h_{\theta}(x_i))-(1-y_i)log(1-h_{\theta}(x_i))"
    let = (r"h_{\theta}(x)=g(\theta ^Tx)=\frac{1}{1+e^{-\theta ^Tx}}",)
    result = verdict(r"\sum_{i=1}^m (\sigma(\theta^T x^{(i)}) - y^{(i)}) x_j^{(i)}", cost, let=let)
    assert result.verdict == "equivalent"
    assert "g is the sigmoid σ, and the sides are one" in notes_of(logderiv.derive(cost, let=let).problem)
    with pytest.raises(InputError):
        logderiv.derive(cost, let=(r"h_{\theta}(x)=g(\theta ^Tx)=\frac{1}{1+e^{-2\theta ^Tx}}",))


# --- UFLDL: one example per column ----------------------------------------------------------------

UFLDL = "-sum(y.*log(sigmoid(theta'*X)) + (1-y).*log(1 - sigmoid(theta'*X)))"


def test_ufldl_rows_multiply_entry_by_entry():
    # stanford_dl_ex ex1/logistic_regression.m: g = X*(sigmoid(theta'*X) - y)'
    assert logderiv.check("X*(sigmoid(theta'*X) - y)'", cost=UFLDL).verdict == "equivalent"
    assert logderiv.check("X*(sigmoid(theta'*X) - y)' / 2", cost=UFLDL).verdict == "different"


# --- single bars around a vector of the examples; N dividing the residual; Y in a matrix answer ----

# yunlaix.github.io/page/3: E_in(w) = \frac{1}{N}\left | Xw-Y \right |^2, \bigtriangledown E_{in}(w)=\frac{2}{N}(X^TXw-X^TY)
SINGLE_BARS = r"\frac{1}{N}\left | Xw-Y \right |^2"


def test_single_bars_around_xw_minus_y_are_the_norm():
    derivation = logderiv.derive(SINGLE_BARS, wrt="w_j")
    said = "\n".join(derivation.problem.notes)
    assert "read as its norm" in said and "N counts the examples here: read as m" in said
    right = r"\frac{2}{m}\sum_{i=1}^m (w^T x^{(i)} - y^{(i)}) x_j^{(i)}"
    assert logderiv.check(right, cost=SINGLE_BARS, wrt="w_j").verdict == "equivalent"
    assert logderiv.check(r"\frac{2}{N}(X^TXw-X^TY)", cost=SINGLE_BARS, wrt="w_j").verdict == "equivalent"
    assert logderiv.check(r"\frac{1}{N}(X^TXw-X^TY)", cost=SINGLE_BARS, wrt="w_j").verdict == "different"


def test_n_dividing_the_double_bar_norm_counts_the_examples():
    same = logderiv.derive(r"\frac{1}{N}\|Xw-y\|^2", wrt="w_j").problem.cost
    assert same == logderiv.derive(r"\frac{1}{m}\|Xw-y\|^2", wrt="w_j").problem.cost


@pytest.mark.parametrize("text", [r"\frac{1}{N}\left | w_1 x - y \right |^2", r"\frac{1}{N}|Xw-y|", r"|x| + \theta_1"])
def test_single_bars_of_a_scalar_or_unsquared_stay_refused(text):
    with pytest.raises(InputError) as caught:
        logderiv.derive(text)
    assert "absolute value" in str(caught.value)


def test_an_undefined_function_of_code_is_refused_with_a_hint_to_define_it():
    # datascience.stackexchange.com/questions/40666: error = predict(X,theta) - y, mse = np.sum(error**2)/len(X)
    with pytest.raises(InputError) as caught:
        logderiv.derive("np.sum(error**2)/len(X)", let=("error = predict(X,theta) - y",))
    assert caught.value.column == len("error = ")
    assert "--let 'predict(X,theta) = X @ theta'" in caught.value.hint
    defined = ("error = predict(X,theta) - y", "predict(X, theta) = X.dot(theta)")
    assert logderiv.check("2 / m * X.T @ (X @ theta - y)", cost="np.sum(error**2)/len(X)", let=defined).verdict == "equivalent"
    assert logderiv.check("1 / m * X.T @ (X @ theta - y)", cost="np.sum(error**2)/len(X)", let=defined).verdict == "different"


def test_a_transposed_example_vector_with_nothing_to_dot_is_read_entry_by_entry():
    # math.techqa.club 2592385 (the Gaussian note): \frac{dL}{d\beta} = \sum_{i=1}^k (y_i - \beta^T X_i) X_i^T
    cost, let = r"L = \sum_{i=1}^k (y_i - \mu_i )^2", (r"\mu_i = \beta^T X_i",)
    right = verdict(r"\frac{dL}{d\beta} = -2\sum_{i=1}^k (y_i - \beta^T X_i) X_i^T", cost, wrt="beta_j", let=let)
    assert right.verdict == "equivalent"
    assert "X_i^T has no vector after it" in notes_of(right)
    missing_two = verdict(r"\frac{dL}{d\beta} = \sum_{i=1}^k (y_i - \beta^T X_i) X_i^T", cost, wrt="beta_j", let=let)
    assert missing_two.verdict == "different"
