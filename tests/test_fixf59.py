"""Wave f59's refusals read by rules that transfer (issue 10): a gradient assigned to a short name (``g = …``,
``gradients = …``) where nothing else gives the name a meaning; code copied out of a function body (an annotated
assignment ``s: np.ndarray = …``, intermediate assignments before the gradient's line); code's words for the line's
slope and intercept (``--wrt slope``), a squared error's name (``squared_error = …``) and the data's size (``datasize``);
``--let N = w.shape[0]``, a count of the features the code divides a sum over the examples by, read as that count;
an object's ``self.m`` subtracted from the weights (a Gaussian prior's mean), which is no count of the examples; a
left side ``d(e_sq)/dw = …`` naming the cost in brackets.

Each real text is verbatim, with its source; its truth is worked by hand and held to central finite differences of a
NumPy cost written here (``_numeric``), or judged by the corpus judge on an intended cost written here
(``_reading``) — never to logderiv's own output. Each rule has near-variants that mean something else: each is
refused or read as what it means.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv.cli import main

RNG = np.random.default_rng(59)
X, Y, W = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3)

# ------------------------------------------------------------------ 1. g = …, gradients = …
# a matrix-calculus quick reference's '# MSE gradient' line, and its key identity ∂/∂w ‖Xw − y‖²
QUICKREF_G = "g = 2 * X.T @ (X @ w - y)"
QUICKREF_COST = r"\|\mathbf{X}\mathbf{w} - \mathbf{y}\|^2"
# apachecn/hands-on-ml-zh issue #141, chapter 9's gradients line, with the section's cost
HOML_GRADIENTS = "gradients = 2/m * tf.matmul(tf.transpose(X), error)"
HOML_COST = "mse = tf.reduce_mean(tf.square(error))"
HOML_LETS = ("error = y_pred - y", "y_pred = tf.matmul(X, theta)")


def test_the_hand_gradients_of_the_squared_errors_agree_with_finite_differences():
    """By hand: ∇‖Xw − y‖² = 2Xᵀ(Xw − y); ∇ mean((Xθ − y)²) = (2/m)Xᵀ(Xθ − y)."""
    assert np.allclose(central_differences(lambda w: float(np.sum((X @ w - Y) ** 2)), W),
                       2 * X.T @ (X @ W - Y), atol=1e-5)
    assert np.allclose(central_differences(lambda w: float(np.mean((X @ w - Y) ** 2)), W),
                       2 / 6 * X.T @ (X @ W - Y), atol=1e-5)


@pytest.mark.parametrize("answer, cost, lets", [
    (QUICKREF_G, QUICKREF_COST, ()),
    (HOML_GRADIENTS, HOML_COST, HOML_LETS),
    ("grads = 2 * X.T @ (X @ w - y)", QUICKREF_COST, ()),
])
def test_a_short_gradient_name_on_the_left_is_the_gradients(answer, cost, lets):
    wrt = "theta_j" if "theta" in " ".join(lets) else "w_j"
    assert_verdict_read(answer, cost, "equivalent", wrt=wrt, lets=lets)
    name = answer.split("=")[0].strip()
    verdict = logderiv.check(answer, cost=cost, wrt=wrt, let=lets)
    assert any(note.startswith(f"the left side {name} = names the gradient") for note in notes_of(verdict))


def test_a_wrong_answer_under_g_is_still_different():
    """2Xᵀ(Xw − y)/2 is half the gradient by hand above: different."""
    assert_verdict_read("g = X.T @ (X @ w - y)", QUICKREF_COST, "different", wrt="w_j")


@pytest.mark.parametrize("answer, cost, lets", [
    # Ng's sigmoid g(z) in the cost: g = … is not the gradient's line
    ("g = 1/m * sum_i (g(theta^T x_i) - y_i) x_ij",
     "-1/m sum_i (y_i log g(theta^T x_i) + (1-y_i) log(1 - g(theta^T x_i)))", ()),
    # a cost named g(w) (Machine Learning Refined's notes): g = … restates the cost, not its gradient
    ("g = -1/m * sum_i y_i x_ij / (1 + exp(y_i w^T x_i))", "g(w) = 1/m sum_i log(1 + exp(-y_i w^T x_i))", ()),
    # a --let g: the name is the let's
    ("g = 2 * X.T @ (X @ w - y)", "sum((X @ w - y)**2)", ("g = 3",)),
])
def test_g_is_no_left_side_where_the_problem_gives_g_a_meaning(answer, cost, lets):
    wrt = "theta_j" if "theta" in cost else "w_j"
    refused(logderiv.check, answer, cost=cost, wrt=wrt, let=lets)


def test_the_short_names_note_is_in_text_and_json():
    runner = CliRunner()
    text = runner.invoke(main, ["check", QUICKREF_G, "--cost", QUICKREF_COST, "--wrt", "w_j", "-f", "text"])
    assert "note: the left side g = names the gradient" in text.output, text.output
    data = runner.invoke(main, ["check", QUICKREF_G, "--cost", QUICKREF_COST, "--wrt", "w_j", "-f", "json"])
    assert any(note.startswith("the left side g = names the gradient") for note in json.loads(data.output)["notes"])


def test_gradients_as_a_costs_name_is_refused_as_a_gradient():
    assert "names a gradient" in str(refused(logderiv.derive, "gradients = sum((X @ w - y)**2)", wrt="w_j"))


# ------------------------------------------------------------------ 2. code copied out of a function body
# typed static methods mse and ce ('average mean square error', 'average cross-entropy error'), the body as pasted:
# the first line's indentation lost, the return's kept
TYPED_MSE = "s: np.ndarray = np.square((x @ w) - y)\n        return s.mean()"
TYPED_CE = "s: np.ndarray = np.log(1 + np.exp(-y * (x @ w)))\n        return s.mean()"
# a risk-handler module's log_risk_handler (the loss value where σ belongs), and the same with σ restored
RISK_COST = "np.mean(np.log(1 + np.exp(-y * (x @ w))))"
RISK_HANDLER = "predictions = np.log(1 + np.exp(-y * (x @ w)))\n    gradient = -x.T @ (y * (1 - predictions)) / n"
RISK_RESTORED = "predictions = sigmoid(y * (x @ w))\n    gradient = -x.T @ (y * (1 - predictions)) / n"
SIGMOID_LET = ("sigmoid(z) = 1 / (1 + np.exp(-z))",)


def _mse(d) -> float:
    r = d.X @ d.w - d.y
    return float(np.mean(r ** 2))


def _ce(d) -> float:
    return float(np.mean(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


@pytest.mark.parametrize("text, intended", [(TYPED_MSE, _mse), (TYPED_CE, _ce)])
def test_an_annotated_assignment_is_the_assignment(text, intended):
    assert_gradient_read(text, intended, wrt=("w_j",))
    said = notes_of(logderiv.derive(text, wrt="w_j"))
    assert any(note.startswith("read as Python: s: np.ndarray = … is an annotated assignment") for note in said)


def test_an_annotation_of_a_numpy_type_in_brackets_is_read_too():
    assert_gradient_read("s: npt.NDArray[np.float64] = np.square((x @ w) - y)\nreturn s.mean()", _mse, wrt=("w_j",))


@pytest.mark.parametrize("text", [
    "Cost: J = np.mean((x @ w - y)**2)",  # a label, not a type: no annotation is read
    "s: Foo = np.square((x @ w) - y)\nreturn s.mean()",  # a type code never gives an array
])
def test_a_colon_that_is_no_array_annotation_stays_refused(text):
    refused(logderiv.derive, text, wrt="w_j")


def test_the_hand_gradient_of_the_log_risk_agrees_with_finite_differences():
    """By hand: ∇ (1/m)Σ log(1 + e^{−yᵢxᵢᵀw}) = −(1/m) Xᵀ(y ∘ (1 − σ(y ∘ Xw))); the handler's loss value in σ's place
    is not it."""
    signs = np.sign(Y)

    def risk(w):
        return float(np.mean(np.log1p(np.exp(-signs * (X @ w)))))

    sigma = 1 / (1 + np.exp(-signs * (X @ W)))
    numeric = central_differences(risk, W)
    assert np.allclose(numeric, -X.T @ (signs * (1 - sigma)) / 6, atol=1e-6)
    loss = np.log1p(np.exp(-signs * (X @ W)))
    assert not np.allclose(numeric, -X.T @ (signs * (1 - loss)) / 6, atol=1e-3)


@pytest.mark.parametrize("answer, verdict", [(RISK_HANDLER, "different"), (RISK_RESTORED, "equivalent")])
def test_intermediate_assignments_before_the_gradients_line_are_definitions(answer, verdict):
    assert_verdict_read(answer, RISK_COST, verdict, wrt="w_j", lets=SIGMOID_LET)
    said = notes_of(logderiv.check(answer, cost=RISK_COST, wrt="w_j", let=SIGMOID_LET))
    assert any("predictions set once is read as a --let" in note for note in said), said


@pytest.mark.parametrize("answer", [
    # the last line names no gradient: what the lines compute is not said
    "p = sigmoid(y * (x @ w))\nresult = -x.T @ (y * (1 - p)) / n",
    # a line whose name nothing later uses: the lines compute two things
    "p = sigmoid(y * (x @ w))\nq = 3\ngradient = -x.T @ (y * (1 - p)) / n",
])
def test_lines_that_do_not_all_build_the_gradient_stay_refused(answer):
    refused(logderiv.check, answer, cost=RISK_COST, wrt="w_j", let=SIGMOID_LET)


# ------------------------------------------------------------------ 3. slope, intercept, squared_error, datasize
# joelgrus/data-science-from-scratch issue #125, the reader's annotated linear_gradient: grad = [2 * error * x, 2 * error]
JOEL_COST = "squared_error = error ** 2"
JOEL_LETS = ("error = (predicted - y)", "predicted = slope * x + intercept")


def test_the_hand_gradient_of_one_squared_error_agrees_with_finite_differences():
    """By hand: ∂/∂(slope, intercept) (slope·x + intercept − y)² = (2·error·x, 2·error)."""
    x, y, at = 1.7, -0.4, np.array([0.3, 0.9])

    def squared(params):
        return float((params[0] * x + params[1] - y) ** 2)

    error = at[0] * x + at[1] - y
    assert np.allclose(central_differences(squared, at), [2 * error * x, 2 * error], atol=1e-6)


@pytest.mark.parametrize("answer, wrt, verdict", [
    ("2 * error * x", "slope", "equivalent"),
    ("2 * error", "intercept", "equivalent"),
    ("error * x", "slope", "different"),  # the 2 of the chain rule dropped
])
def test_the_lines_slope_and_intercept_are_its_weight_and_intercept(answer, wrt, verdict):
    assert_verdict_read(answer, JOEL_COST, verdict, wrt=wrt, lets=JOEL_LETS)
    said = notes_of(logderiv.check(answer, cost=JOEL_COST, wrt=wrt, let=JOEL_LETS))
    assert any(note.startswith("slope is code's name for the line's slope (slope * x): read as w") for note in said)
    assert any(note.startswith("intercept is code's name for the line's intercept") for note in said)


@pytest.mark.parametrize("lets, wrt", [
    ((*JOEL_LETS, "slope = 3"), "slope"),  # a --let says what slope is
    (("error = (predicted - y)", "predicted = slope * x + intercept + w"), "slope"),  # w beside it: another weight?
    (("error = (predicted - y)", "predicted = slope + intercept * x"), "slope"),  # not the line's slope
    (("error = (predicted - y)", "predicted = intercept * x"), "intercept"),  # not added: no intercept
])
def test_slope_and_intercept_elsewhere_stay_refused(lets, wrt):
    refused(logderiv.check, "2 * error * x", cost=JOEL_COST, wrt=wrt, let=lets)


def test_a_residual_named_error_is_no_costs_name():
    """prediction_error = … names a residual, not a cost: the left side stays refused."""
    refused(logderiv.check, "2 * error * x", cost="prediction_error = error ** 2", wrt="slope", let=JOEL_LETS)


# a tutorial's lossgrad_full: the mean log-loss plus ½λ‖W‖², divided by datasize, the number of rows of X
LOSSFULL_COST = "ls = (np.log(1 + np.exp(-Y * (X @ W)))) + .5*reg_param*(W @ W)\nreturn np.mean(ls)"
LOSSFULL_GRAD = "grad = -(sigmoid(-Y * (X @ W))*Y) @ X / datasize + reg_param * W"
LOSSFULL_LETS = ("sigmoid(z) = 1/(1+np.exp(-z))",)


def test_the_hand_gradient_of_the_regularised_log_loss_agrees_with_finite_differences():
    """By hand: ∇ [mean log(1 + e^{−yᵢxᵢᵀw}) + ½λ‖w‖²] = −Xᵀ(σ(−y ∘ Xw) ∘ y)/m + λw."""
    signs, lam = np.sign(Y), 0.3

    def cost(w):
        return float(np.mean(np.log1p(np.exp(-signs * (X @ w))) + 0.5 * lam * (w @ w)))

    by_hand = -(1 / (1 + np.exp(signs * (X @ W))) * signs) @ X / 6 + lam * W
    assert np.allclose(central_differences(cost, W), by_hand, atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [
    (LOSSFULL_GRAD, "equivalent"),
    (LOSSFULL_GRAD.replace(" / datasize", ""), "different"),
])
def test_datasize_counts_the_examples(answer, verdict):
    assert_verdict_read(answer, LOSSFULL_COST, verdict, wrt="W_j", lets=LOSSFULL_LETS)


def test_datasizes_note():
    said = notes_of(logderiv.check(LOSSFULL_GRAD, cost=LOSSFULL_COST, wrt="W_j", let=LOSSFULL_LETS))
    assert "datasize names the number of examples (no --let defines it): read as m" in said


@pytest.mark.parametrize("count", ["datasize = X.shape[0]", "n_rows = len(Y)"])
def test_a_count_the_answers_lines_set_from_the_rows_is_the_examples(count):
    name = count.split("=")[0].strip()
    answer = f"{count}\ngrad = -(sigmoid(-Y * (X @ W))*Y) @ X / {name} + reg_param * W"
    assert_verdict_read(answer, LOSSFULL_COST, "equivalent", wrt="W_j", lets=LOSSFULL_LETS)
    said = notes_of(logderiv.check(answer, cost=LOSSFULL_COST, wrt="W_j", let=LOSSFULL_LETS))
    assert any(note.startswith(f"{count} counts the examples") for note in said), said


def test_a_rows_name_set_to_the_columns_is_refused():
    """nrows = X.shape[1] beside X @ W (one example per row): the columns are the features, whatever the name says."""
    answer = "nrows = X.shape[1]\ngrad = -(sigmoid(-Y * (X @ W))*Y) @ X / nrows + reg_param * W"
    refused(logderiv.check, answer, cost=LOSSFULL_COST, wrt="W_j", let=LOSSFULL_LETS)


def test_a_batch_size_is_no_count_of_the_examples():
    refused(logderiv.check, "2 * X.T @ (X @ w - y) / batch_size", cost="np.sum((X @ w - y)**2) / batch_size",
            wrt="w_j")


# ------------------------------------------------------------------ 4. N = w.shape[0]: the features' count, as the let says
# MyLogisticRegression's static loss: 1 / N * np.sum(…) with N = w.shape[0], the number of weights
NW_COST = "1 / N * np.sum(np.log(1 + np.exp(-y * X.dot(w))))"


def _over_features(d) -> float:
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w))))) / d.n


def test_the_hand_gradient_over_the_features_count_agrees_with_finite_differences():
    """By hand: ∇ (1/n)Σᵢ log(1 + e^{−yᵢxᵢᵀw}) = −(1/n) Σᵢ yᵢσ(−yᵢxᵢᵀw)xᵢ, n = len(w) (3 here, m = 6)."""
    signs = np.sign(Y)

    def cost(w):
        return float(np.sum(np.log1p(np.exp(-signs * (X @ w))))) / w.size

    by_hand = -X.T @ (signs / (1 + np.exp(signs * (X @ W)))) / 3
    assert np.allclose(central_differences(lambda w: cost(w), W), by_hand, atol=1e-6)


@pytest.mark.parametrize("let", ["N = w.shape[0]", "N = len(w)"])
def test_a_count_of_the_weights_is_the_features_count(let):
    assert_gradient_read(NW_COST, _over_features, wrt=("w_j",), lets=(let,))
    said = notes_of(logderiv.derive(NW_COST, wrt="w_j", let=[let]))
    assert any(note.startswith(f"{let} counts the entries of the parameter vector, the n features") for note in said)


def test_a_count_of_the_labels_is_still_the_examples():
    def mean(d) -> float:
        return float(np.mean(np.log1p(np.exp(-d.y * (d.X @ d.w)))))

    assert_gradient_read(NW_COST, mean, wrt=("w_j",), lets=("N = len(y)",))


# ------------------------------------------------------------------ 5. self.m, a prior's mean, is no count
# a Thompson-sampling Bayesian logistic regression: the prior ½Σ q_k (w_k − m_k)² (self.q, self.m its precision, mean)
PRIOR = "0.5 * np.sum(self.q * (w - self.m)**2)"
BAYES_LIKE = PRIOR + " + np.sum(np.log(1 + np.exp(-y * X.dot(w))))"


def test_the_hand_gradient_of_the_prior_agrees_with_finite_differences():
    """By hand: ∂/∂w_j ½Σₖ q(wₖ − μ)² = q(w_j − μ), for numbers q and μ (the text's self.q, self.m)."""
    q, mu = 0.7, -0.4
    assert np.allclose(central_differences(lambda w: 0.5 * float(np.sum(q * (w - mu) ** 2)), W), q * (W - mu), atol=1e-6)


def test_the_hand_gradient_of_the_bayesian_logistic_cost_agrees_with_finite_differences():
    """By hand: ∇ [½Σₖ q(wₖ − μ)² + Σᵢ log(1 + e^{−yᵢxᵢᵀw})] = q(w − μ) − Xᵀ(y / (1 + e^{y ∘ Xw}))."""
    q, mu, signs = 0.7, -0.4, np.sign(Y)

    def cost(w):
        return 0.5 * float(np.sum(q * (w - mu) ** 2)) + float(np.sum(np.log1p(np.exp(-signs * (X @ w)))))

    by_hand = q * (W - mu) - X.T @ (signs / (1 + np.exp(signs * (X @ W))))
    assert np.allclose(central_differences(cost, W), by_hand, atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [
    ("self.q * (w - self.m) - X.T @ (y / (1 + np.exp(y * X.dot(w))))", "equivalent"),
    ("self.q * w - X.T @ (y / (1 + np.exp(y * X.dot(w))))", "different"),  # the prior's mean dropped
])
def test_self_m_subtracted_from_the_weights_is_a_constant_of_its_own(answer, verdict):
    assert logderiv.check(answer, cost=BAYES_LIKE, wrt="w_j").verdict == verdict


def test_self_m_is_not_read_as_the_count_of_the_examples():
    import sympy

    derivation = logderiv.derive(BAYES_LIKE, wrt="w_j")
    gradient = derivation.result
    # the sum over the examples runs to m; the prior's term must hold no m of its own
    outside = [term for term in sympy.Add.make_args(gradient) if not term.has(sympy.Sum)]
    assert outside and all(sympy.Symbol("m") not in term.free_symbols for term in outside), gradient
    said = notes_of(derivation)
    assert any(note.startswith("self.m is subtracted from the parameters") for note in said), said


def test_self_m_subtracted_and_dividing_is_refused():
    error = refused(logderiv.derive, BAYES_LIKE + " / self.m", wrt="w_j")
    assert "whether self.m is the number of examples is not said" in str(error)


@pytest.mark.parametrize("cost", [
    "0.5 * np.sum(q * (w - m)**2) + np.sum(np.log(1 + np.exp(-y * X.dot(w))))",
    "0.5 * sum_j (w_j - m)^2 + sum_i log(1 + exp(-y_i w^T x_i))",
    r"\frac{\lambda}{2} \sum_j (w_j - m)^2 + \sum_{i=1}^{n} \log(1 + e^{-y_i w^T x_i})",
])
def test_a_bare_count_letter_subtracted_from_the_weights_is_refused(cost):
    """m beside the weights is a prior's mean, which read as the count of the examples was silently m (main)."""
    error = refused(logderiv.derive, cost, wrt="w_j")
    assert "is added to or subtracted from the parameters" in str(error)


def test_the_mean_under_the_hints_letter_is_read():
    """--let mu = 0.5: (1/2)Σⱼ(wⱼ − 0.5)² has the gradient wⱼ − 0.5 (by hand); the count m itself is never 0.5."""
    assert logderiv.check("w_j - 0.5", cost="0.5 * sum_j (w_j - mu)^2", wrt="w_j", let=["mu = 0.5"]).verdict == \
        "equivalent"
    refused(logderiv.check, "w_j - 0.5", cost="0.5 * sum_j (w_j - m)^2", wrt="w_j", let=["m = 0.5"])


def test_self_m_as_a_divisor_alone_stays_the_count():
    """(1/(2m))‖Xw − y‖² with the object's self.m: ∇ = Xᵀ(Xw − y)/m, judged on the hand gradient."""
    assert logderiv.check("X.T @ (X @ w - y) / m", cost="np.sum((X @ w - y)**2) / (2*self.m)",
                          wrt="w_j").verdict == "equivalent"


# ------------------------------------------------------------------ 6. d(e_sq)/dw = …: the cost's name in brackets
# the joelgrus #125 reader's comment writes d(e_sq)/dm = 2*error*m; here with the line's own letters w, b
ONE_ERROR = ("error = (w*x + b - y)",)


@pytest.mark.parametrize("answer, verdict", [
    ("d(e_sq)/dw = 2*error*x", "equivalent"),  # by hand above: 2·error·x
    ("d(J)/dw = 2*error*x", "equivalent"),
    ("d(e_sq)/dw = 2*error*w", "different"),  # the comment's slip: the inner derivative is x, not the slope
])
def test_a_bracketed_cost_name_on_the_left_names_its_derivative(answer, verdict):
    result = logderiv.check(answer, cost="error**2", wrt="w", let=ONE_ERROR)
    assert result.verdict == verdict
    assert any(note.startswith("the left side names ∂") for note in result.notes), result.notes


@pytest.mark.parametrize("answer", [
    "d(error)/dw = 2*error*x",  # a --let's quantity: its own derivative, not the cost's
    "d(x)/dw = 2*error*x",  # the data
    "d(error**2)/dw = 2*error*x",  # an expression, not a name
])
def test_a_bracketed_quantity_on_the_left_is_refused(answer):
    refused(logderiv.check, answer, cost="error**2", wrt="w", let=ONE_ERROR)


# ------------------------------------------------------------------ every output format carries the new notes
@pytest.mark.parametrize("fmt", ["text", "json", "latex", "markdown"])
def test_the_new_notes_are_in_every_output_format(fmt):
    runner = CliRunner()
    checked = runner.invoke(main, ["check", "2 * error * x", "--cost", JOEL_COST, "--let", JOEL_LETS[0], "--let",
                                   JOEL_LETS[1], "--wrt", "slope", "-f", fmt])
    derived = runner.invoke(main, ["derive", NW_COST, "--let", "N = w.shape[0]", "--wrt", "w_j", "-f", fmt])
    for result, said in ((checked, "slope is code's name for the line's slope"),
                         (derived, "counts the entries of the parameter vector, the n features")):
        assert result.exit_code == 0, result.output
        if fmt == "json":
            data = json.loads(result.output)
            notes = [*data.get("notes", ()), *data.get("problem", {}).get("notes", ())] if isinstance(
                data.get("problem"), dict) else list(data.get("notes", ()))
            assert any(said in note for note in notes), data
        else:
            assert said in result.output, result.output
