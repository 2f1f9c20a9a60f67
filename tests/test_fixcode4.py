"""Issue 10 (fixcode4): code pasted as several statements — loops, +=, return, continuations — and code's own names.

Every expected verdict is worked out by hand from the cost (the derivative written
beside each case); none is copied from logderiv's output.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from logderiv import check, derive
from logderiv.cli import main
from logderiv.errors import InputError

EQ, DIFF = "equivalent", "different"

# J = (1/(2m)) Σᵢ (θᵀxᵢ − yᵢ)²: ∇J = (1/m) Xᵀ(Xθ − y); twice it is the gradient without the ½
HALF_MSE_GRAD = "(1/m) * X' * (X*theta - y)"
HALF_MSE_TWICE = "(2/m) * X' * (X*theta - y)"

LOOPS = {
    "python": "J = 0\nfor i in range(m):\n    J += (X[i].dot(theta) - y[i])**2\nreturn J / (2*m)",
    "python-one-line": "J = 0\nfor i in range(len(y)): J += (np.dot(X[i], theta) - y[i])**2\nJ /= 2*m",
    "octave": "J = 0;\nfor i = 1:m\n  J = J + (X(i,:)*theta - y(i))^2;\nend\nJ = J / (2*m);",
    "julia": "J = 0\nfor i in 1:m\n    J += (dot(X[i, :], theta) - y[i])^2\nend\nJ / (2m)",
    "r": "J <- 0\nfor (i in 1:m) {\n  J <- J + (X[i,] %*% theta - y[i])^2\n}\nJ / (2*m)",
    "javascript": "let J = 0;\nfor (let i = 0; i < m; i++) {\n  J += Math.pow(X[i].dot(theta) - y[i], 2);\n}\n"
                  "return J / (2 * m);",
    "accumulate-first": "J = 0\nfor i in range(m):\n    J = (X[i] @ theta - y[i])**2 + J\nJ = J / (2*m)",
}


# --- 1. a loop adding its body over the examples is the sum ---------------------------------------------
@pytest.mark.parametrize("dialect", sorted(LOOPS))
def test_a_loop_over_the_examples_is_the_sum_of_its_body(dialect):
    cost = LOOPS[dialect]
    right = check(HALF_MSE_GRAD, cost=cost)
    assert right.verdict == EQ
    assert any(note.startswith("read as code: the loop") and "once per example" in note for note in right.notes)
    assert check(HALF_MSE_TWICE, cost=cost).verdict == DIFF


def test_a_loop_with_a_value_per_example_and_subtracting():
    # J = −(1/m) Σ [y log σ(wᵀx + b) + (1 − y) log(1 − σ)]: ∂J/∂wⱼ = (1/m) Σ (σ − y) xⱼ, ∂J/∂b = (1/m) Σ (σ − y)
    cost = ("cost = 0\nfor i in range(len(y)):\n    z = np.dot(X[i], w) + b\n"
            "    cost -= y[i]*np.log(sigmoid(z)) + (1-y[i])*np.log(1-sigmoid(z))\ncost = cost / len(y)")
    assert check("1/m * X.T @ (sigmoid(X @ w + b) - y)", cost=cost, wrt="w_j").verdict == EQ
    assert check("1/m * X.T @ (y - sigmoid(X @ w + b))", cost=cost, wrt="w_j").verdict == DIFF
    assert check("1/m * sum_i(sigmoid(w^T x^(i) + b) - y^(i))", cost=cost, wrt="b").verdict == EQ


def test_an_r_loop_subtracting_two_terms():
    # J = (1/m) Σ [−y log p − (1 − y) log(1 − p)], p = σ(xᵢᵀθ): ∇J = (1/m) Xᵀ(σ(Xθ) − y)
    cost = ("J <- 0\nfor (i in 1:m) {\n  J <- J - y[i]*log(sigmoid(X[i,] %*% theta)) - (1-y[i])*log(1-sigmoid("
            "X[i,] %*% theta))\n}\nJ / m")
    assert check("(1/m) * X' * (sigmoid(X*theta) - y)", cost=cost).verdict == EQ
    assert check("(1/m) * X' * (y - sigmoid(X*theta))", cost=cost).verdict == DIFF


def test_a_javascript_loop_over_pairs_with_math_pow_and_theta0():
    # J = Σ (θ₀ + θ₁xᵢ − yᵢ)² / (2m): ∂J/∂θ₀ = (1/m) Σ (θ₀ + θ₁xᵢ − yᵢ), ∂J/∂θ₁ = (1/m) Σ (…) xᵢ
    cost = ("let loss = 0\nfor (const [x_i, y_i] of data) {\n  loss += Math.pow(θ0 + θ1 * x_i - y_i, 2)\n}\n"
            "loss = loss / (len * 2)")
    assert check("1/m * sum_i(theta_0 + theta_1 x^(i) - y^(i))", cost=cost, wrt="theta_0").verdict == EQ
    assert check("1/m * sum_i((theta_0 + theta_1 x^(i) - y^(i)) x^(i))", cost=cost, wrt="theta_1").verdict == EQ
    assert check("1/m * sum_i((theta_0 + theta_1 x^(i) - y^(i)) x^(i))", cost=cost, wrt="theta_0").verdict == DIFF
    notes = check("1/m * sum_i(theta_0 + theta_1 x^(i) - y^(i))", cost=cost, wrt="theta_0").notes
    assert any("Math.pow(a, b) is a^b" in note for note in notes)
    assert any(note.startswith("read as code: len, beside a loop over the pairs") for note in notes)


def test_a_python_loop_over_the_labs_tx_reads_tx_in_the_answer_too():
    # the EPFL labs' loss: −(1/N) Σ [y log σ(x̃ᵢ·w) + (1 − y) log(1 − σ)], gradient −x̃ᵀ(y − σ(x̃w))/N
    cost = ("loss = 0\nfor i in range(y.shape[0]):\n    loss += (y[i] * np.log(sigmoid(tx[i].dot(w))) + (1 - y[i]) "
            "* np.log(1 - sigmoid(tx[i].dot(w))))\nreturn - 1/y.shape[0] * loss")
    assert check("- 1 / y.shape[0] * tx.T.dot(y - sigmoid(tx.dot(w)))", cost=cost, wrt="w_j").verdict == EQ
    assert check("1 / y.shape[0] * tx.T.dot(y - sigmoid(tx.dot(w)))", cost=cost, wrt="w_j").verdict == DIFF


def test_statements_with_a_backslash_continuation_and_a_let_set_once():
    # h = σ(Xθ); J = −mean(y log h + (1 − y) log(1 − h)): ∇J = (1/m) Xᵀ(h − y)
    cost = "h = sigmoid(X @ theta)\nJ = -np.mean(y * np.log(h) + \\\n    (1 - y) * np.log(1 - h))"
    verdict = check("1/m * X.T @ (sigmoid(X @ theta) - y)", cost=cost)
    assert verdict.verdict == EQ
    assert any("a line ending in a backslash continues" in note for note in verdict.notes)
    assert any("h set once is read as a --let" in note for note in verdict.notes)


def test_a_derived_loop_cost_carries_its_note():
    derivation = derive(LOOPS["octave"])
    assert any(note.startswith("read as code: the loop") for note in derivation.problem.notes)


def test_the_notes_show_in_every_format():
    runner = CliRunner()
    for form in ("text", "markdown", "json"):
        result = runner.invoke(main, ["check", HALF_MSE_GRAD, "--cost", LOOPS["python"], "-f", form])
        assert result.exit_code == 0, result.output
        shown = json.dumps(json.loads(result.output)) if form == "json" else result.output
        assert "once per example" in shown, form


# --- refusals: what does not compute one sum over the examples -----------------------------------------
@pytest.mark.parametrize("cost,why", [
    # (J += theta[i]**2 over range(n), a penalty's loop over the features, is Σθⱼ² since fixf54: tests/test_fixf54.py)
    ("J = 0\nfor i in range(n):\n    J += theta[i] * y[i]\nJ", "does not say it is the number of examples"),
    ("J = 0\nfor i in range(m):\n    J += (y[i] - y[i-1])**2\nJ", "otherwise than as the index"),
    ("J = 0\nfor i in range(m):\n    J = J * 2\nJ", "does not add"),
    ("J = 0\nwhile i < m:\n    J += 1\nJ", "header is not read"),
    # an accumulator the lines never start is now read from 0 (tests/test_loop_excerpts.py); a parameter is not
    ("for i in range(m):\n    theta -= alpha * y[i]\ntheta", "do not start"),
    ("J = 0\nfor (let i = 0; i < m; i++) {\n  J += Math.pow(X[i].dot(theta) - y[i], 2);\nJ", "no closing"),
    ("a = sum((X @ theta - y)**2)\nb = sum(theta**2)\nreturn_value = a / m", "which their last value does not use"),
])
def test_code_that_is_not_one_sum_over_the_examples_is_refused(cost, why):
    with pytest.raises(InputError, match=why):
        check(HALF_MSE_GRAD, cost=cost)


def test_a_name_the_lines_and_a_let_give_two_values_is_refused():
    cost = "h = X @ theta\nJ = 1/(2*m) * np.sum((h - y)**2)"
    with pytest.raises(InputError, match="by a --let, to other values"):
        check(HALF_MSE_GRAD, cost=cost, let=["h = sigmoid(X @ theta)"])


# --- JavaScript's var before a --let; a --let reassigned stays refused -------------------------------------
def test_a_javascript_declaration_before_a_let_is_dropped():
    # diff = Xθ − y: J = (1/(2m)) Σ diff² = the half mean squared error
    lets = ["var diff = X*theta - y;"]
    verdict = check(HALF_MSE_GRAD, cost="(1/(2*m)) * sum(diff.^2)", let=lets)
    assert verdict.verdict == EQ
    assert any("let, const and var declare the name" in note for note in verdict.notes)
    assert check(HALF_MSE_TWICE, cost="(1/(2*m)) * sum(diff.^2)", let=lets).verdict == DIFF


def test_a_declared_let_reassigned_from_its_value():
    # the cost's diff is the last value, (Xθ − y).², so J is the half mean squared error; an answer's diff may be
    # either value (where its line stood is not said): refused
    lets = ["var diff = X*theta - y;", "diff = diff .* diff;"]
    assert check(HALF_MSE_GRAD, cost="(1/(2*m)) * sum(diff)", let=lets).verdict == EQ
    assert check(HALF_MSE_TWICE, cost="(1/(2*m)) * sum(diff)", let=lets).verdict == DIFF
    with pytest.raises(InputError, match="assigned 2 times"):
        check("(1/m) * X' * diff", cost="(1/(2*m)) * sum(diff)", let=lets)


# --- helpers whose body is not given: predict_prob(X, theta) beside a cross-entropy ------------------------
# J = −mean(y log p + (1 − y) log(1 − p)), p = σ(Xθ): ∇J = (1/m) Xᵀ(σ(Xθ) − y)
CE = "-np.mean(y*np.log(predictions) + (1 - y)*np.log(1 - predictions))"


@pytest.mark.parametrize("helper", ["predict_prob", "predict_proba", "predict"])
def test_a_probability_helper_inside_a_cross_entropy_is_the_logistic_model(helper):
    lets = [f"predictions = {helper}(X, theta)"]
    verdict = check("(1/m) * X.T.dot(predictions - y)", cost=CE, let=lets)
    assert verdict.verdict == EQ
    assert any(f"{helper}(X, theta) is a helper whose body is not given" in note for note in verdict.notes)
    assert check("(1/m) * X.T.dot(y - predictions)", cost=CE, let=lets).verdict == DIFF


def test_a_probability_helper_beside_a_cost_that_writes_the_model():
    # the comment's cost without its minus, (1/N) Σ [y log g(Xθ) + (1 − y) log(1 − g(Xθ))]: gradient −(1/m) Xᵀ(σ − y)
    cost = "1/N sum [y*log(g(X*theta)) + (1-y)*log(1-g(X*theta))]"
    lets = ["B = X.shape[0]", "predictions = predict_prob(X, theta)", "error = predictions - y"]
    assert check("(1 / B) * X.T.dot(error)", cost=cost, let=lets).verdict == DIFF
    assert check("-(1 / B) * X.T.dot(error)", cost=cost, let=lets).verdict == EQ


def test_a_prediction_helper_beside_a_squared_error_is_not_guessed():
    # predict(X, theta) may be Xθ (linear) or σ(Xθ) (a squared error put on the logistic model): not said
    with pytest.raises(InputError):
        check("(1/m) * X.T.dot(predictions - y)", cost="np.mean((predictions - y)**2) / 2",
              let=["predictions = predict(X, theta)"])


# --- what is not code statements is left to the other readers ---------------------------------------------
@pytest.mark.parametrize("text", [
    # (notes whose lines define names, then set the cost J, are read as --let s and the cost since fixdefs35:
    # tests/test_fixdefs35.py holds them; no other reader of notes took them, they were refused)
    "J = 1/(2m) sum((h - y)^2)\n  = 1/(2m) sum((theta^T x - y)^2)",  # a chain's next side
    "z = np.dot(X, w)\ng(z) = 1/(1+np.exp(-z))",  # a definition last
    "J = 1/(2m) sum((h - y)^2)\nfor each example i, h = theta^T x^(i)",  # words after 'for'
])
def test_lines_that_are_not_code_statements_are_not_folded(text):
    from logderiv.notation.statements import fold

    assert fold(text) is None


def test_a_helper_whose_body_a_let_gives_is_read_as_that_body_not_as_the_model():
    from logderiv.notation.statements import helper_lets

    cost = "-np.mean(y*np.log(h0) + (1 - y)*np.log(1 - h0))"
    assert helper_lets(cost, ["h(X,theta) = X.dot(theta)", "h0 = h(X, theta)"]) is None


def test_python_floor_division_is_not_taken_for_a_comment():
    from logderiv.notation.statements import fold

    folded = fold("J = 0\nfor i in range(m):\n    J += (X[i] @ theta - y[i])**2\nreturn J // m")
    assert folded is not None and "// m" in folded.text


# === the fixcode4 branch (issue 10): counts, the prediction spelled with y, NumPy's '*' of two m-vectors ==========
# The verdicts below lean on two gradients, each held to central finite differences here (pure NumPy):
#   J = (1/(2m)) Σ(θᵀx − y)²             ∇J = (1/m) Xᵀ(Xθ − y)
#   J = −(1/m) Σ[y log σ + (1 − y) log(1 − σ)], σ = σ(Xθ)   ∇J = (1/m) Xᵀ(σ − y)

import numpy as np  # noqa: E402

from _numeric import central_differences as _fd  # noqa: E402

_RNG = np.random.default_rng(104)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _all_notes(result) -> str:
    """The notes of a verdict (and of its cost's reading) or of a derivation."""
    problem = getattr(result, "problem", None)
    return " | ".join((*getattr(result, "notes", ()), *(problem.notes if problem is not None else ())))


def test_the_half_mse_gradient_by_finite_differences():
    """∇ of (1/(2m))Σ(Xθ − y)² is (1/m)Xᵀ(Xθ − y): the count verdicts below lean on it."""
    X, y, theta = _RNG.normal(size=(6, 3)), _RNG.normal(size=6), _RNG.normal(size=3)
    cost = lambda t: np.sum((X @ t - y) ** 2) / (2 * len(y))
    assert np.allclose(_fd(cost, theta), X.T @ (X @ theta - y) / len(y), atol=1e-6)


def test_the_cross_entropy_gradient_by_finite_differences():
    """∇ of −mean(y log σ + (1 − y) log(1 − σ)) is (1/m)Xᵀ(σ(Xθ) − y); of −mean((−y) log σ − …) the same, the two
    halves written as NumPy's entrywise products of m-vectors (supremedin's first and second)."""
    X, y, theta = _RNG.normal(size=(7, 3)), _RNG.integers(0, 2, size=7), _RNG.normal(size=3)
    first = lambda t: (-y) * np.log(_sigmoid(X @ t))
    second = lambda t: (1 - y) * np.log(1 - _sigmoid(X @ t))
    cost = lambda t: np.mean(first(t) - second(t))
    assert first(theta).shape == (7,)  # NumPy's '*' of two m-vectors: m entries, entry by entry
    assert np.allclose(_fd(cost, theta), X.T @ (_sigmoid(X @ theta) - y) / len(y), atol=1e-6)


# --- 1. a let that binds a count letter to the count it already is ----------------------------------------------
HALF_MSE = "sum((X @ theta - y)**2) / (2*{count})"
HALF_MSE_GRADIENT = "(1/m) * X.T @ (X @ theta - y)"


@pytest.mark.parametrize("let", [
    "m = len(y_vec)", "m = y_vec.rows()", "m = y.length", "const m = y.length;", "m = y.count", "m = y.shape(0)",
    "m = labels.shape[0]", "m = len(targets)", "m = np.size(y, 0)", "m = Y_train.shape[0]", "m = size(Xa,1)",
    "N = len(t)", "N = X_train.shape[0]", "n = y_train.shape[0]", "N = len(labels)",
])
def test_a_count_of_the_examples_by_any_spelling_is_m(let):
    # the count's letter as the let names it divides the sum: (1/(2m))Σ, ∇ = (1/m)Xᵀ(Xθ − y); twice it is different
    cost = HALF_MSE.format(count=let.split("=")[0].split()[-1])
    right = check(HALF_MSE_GRADIENT, cost=cost, let=[let])
    assert right.verdict == EQ
    assert "counts the examples" in _all_notes(right)
    assert check("(2/m) * X.T @ (X @ theta - y)", cost=cost, let=[let]).verdict == DIFF


@pytest.mark.parametrize("let", ["n = size(X,2)", "n = X.shape[1]"])
def test_n_bound_to_the_features_is_logderivs_n(let):
    # n = size(X, 2) with X m×n (X @ theta) is what n means: the let is dropped, noted; the mean is unchanged
    cost = "np.mean((X @ theta - y)**2) / 2"
    right = check(HALF_MSE_GRADIENT, cost=cost, let=[let])
    assert right.verdict == EQ
    assert "counts the features" in _all_notes(right)


@pytest.mark.parametrize("cost, let", [
    (HALF_MSE.format(count="m"), "m = 0.5"),  # another meaning for m
    (HALF_MSE.format(count="n"), "n = 0.01"),  # a learning rate named n
    (HALF_MSE.format(count="m"), "m = len(x_i)"),  # one example's length: the features
    (HALF_MSE.format(count="n"), "n = len(x_i)"),
    (HALF_MSE.format(count="m"), "m = len(theta)"),  # the parameters' count named m
    (HALF_MSE.format(count="m"), "m = X_train.size"),  # all m·n entries of X
    (HALF_MSE.format(count="m"), "m = y.size()"),  # PyTorch's size(): a shape, not a count
    (HALF_MSE.format(count="m"), "m = y_vec.cols()"),  # y's columns: 1 of a column, m of a row: not said
    (HALF_MSE.format(count="n"), "n = len(unique_labels)"),  # the classes, not the examples
    (HALF_MSE.format(count="n"), "n = len(class_labels)"),
    (HALF_MSE.format(count="n"), "n = size(X,2)"),  # the features dividing a sum over the examples
    (HALF_MSE.format(count="n"), "n = X.shape[1]"),
])
def test_a_count_letter_given_another_meaning_stays_refused(cost, let):
    with pytest.raises(InputError):
        check(HALF_MSE_GRADIENT, cost=cost, let=[let])


def test_a_count_of_the_rows_in_the_columns_layout_is_refused():
    # DeepLearning.AI's Y is 1×m: len(Y) and Y.shape[0] are 1 there, not the examples
    cost = "np.sum((np.dot(w.T, X) - Y)**2) / (2*m)"
    for let in ("m = Y.shape[0]", "m = len(Y)"):
        with pytest.raises(InputError, match="one example per column"):
            derive(cost, wrt="w_j", let=[let])


# --- 2. the prediction spelled with y -----------------------------------------------------------------------------
RU_MSE_TEX = r"\text{MSE} = \frac{1}{m} \sum_{i=1}^m (y_{pred_i} - y_i)^2"  # f31-ru-mse-latex-y-pred-i, its cost


@pytest.mark.parametrize("cost, let", [
    (RU_MSE_TEX, r"y_{pred} = X \cdot w"),
    (r"\frac{1}{m} \sum_{i=1}^m (y_{\text{pred},i} - y_i)^2", r"y_{\text{pred}} = X w"),
    (r"\frac{1}{m} \sum_{i=1}^m (y_{\mathrm{pred}}^{(i)} - y_i)^2", r"y_{\mathrm{pred}} = X w"),
])
def test_y_pred_i_is_the_ith_entry_of_the_defined_prediction(cost, let):
    # RU_LIN's MSE with y_pred = Xw (the course writes X·W): (1/m)Σ(wᵀx − y)², ∇ = (2/m)Xᵀ(Xw − y); 1/m is different
    lets = [let]
    right = check("(2/m) * X.T @ (X @ w - y)", cost=cost, wrt="w_j", let=lets)
    assert right.verdict == EQ
    assert "y_{pred} is one name" in _all_notes(right)
    assert check("(1/m) * X.T @ (X @ w - y)", cost=cost, wrt="w_j", let=lets).verdict == DIFF


@pytest.mark.parametrize("cost, lets", [
    (RU_MSE_TEX, []),  # no let says what y_pred is
    (r"\frac{1}{m} \sum_{i=1}^m (y_{pred_j} - y_i)^2", [r"y_{pred} = X \cdot w"]),  # a feature index: not the example
    (r"\frac{1}{m} \sum_{i=1}^m (y_{\text{pred}_j} - y_i)^2", [r"y_{\text{pred}} = X w"]),
])
def test_y_pred_with_nothing_defining_it_or_another_index_stays_refused(cost, lets):
    with pytest.raises(InputError):
        derive(cost, wrt="w_j", let=lets)


ZEEMA = r"- \sum_{n=1}^{N}{t_nlogy_n+(1-t_n)log(1-y_n)}"  # f33-zeema-ce-t-labels, verbatim (Zeema's E(w, b))


def test_y_defined_as_the_model_beside_t_is_the_output_and_t_the_target():
    # −Σ[t log y + (1 − t) log(1 − y)], y = σ(wᵀx): ∂/∂wⱼ = Σ(σ − t)xⱼ (the gradient above, times m, t as the label)
    lets = [r"y := \sigma(w^{T}x)"]
    # (the answer in the cost's own letters: y_n the output, t_n the target)
    right = check(r"\sum_{n=1}^{N} (y_n - t_n) x_{nj}", cost=ZEEMA, wrt="w_j", let=lets)
    assert right.verdict == EQ
    assert "t is read as y" in _all_notes(right)
    assert check(r"\sum_{n=1}^{N} (t_n - y_n) x_{nj}", cost=ZEEMA, wrt="w_j", let=lets).verdict == DIFF


@pytest.mark.parametrize("cost, lets", [
    (ZEEMA, [r"y := 0.5"]),  # y not the model of the example: no reading says what it is
    (r"- \sum_{n=1}^{N}{t_n \log y_n+(1-t_n)\log(1-y_n)} + \text{ty}", [r"y := \sigma(w^{T}x)"]),  # a y unseen
    (r"- \sum_{n=1}^{N}{\log y_n}", [r"y := \sigma(w^{T}x)"]),  # no target t beside it
])
def test_y_as_the_output_where_the_text_does_not_say_so_stays_refused(cost, lets):
    with pytest.raises(InputError):
        derive(cost, wrt="w_j", let=lets)


# --- 3. NumPy's '*' of two m-vectors in a let the cost then reduces ------------------------------------------------
SUPREMEDIN_LETS = ["first = (-y) * np.log(sigmoid(X @ theta))", "second = (1 - y)*np.log(1 - sigmoid(X @ theta))"]


def test_numpy_star_of_two_m_vectors_in_a_let_is_entry_by_entry():
    # f25-supremedin-mean-first-minus-second: np.mean(first − second) is the mean cross-entropy, ∇ = (1/m)Xᵀ(σ − y)
    cost = "np.mean(first - second)"
    right = check("(1/m) * X.T @ (sigmoid(X @ theta) - y)", cost=cost, let=SUPREMEDIN_LETS)
    assert right.verdict == EQ
    assert "multiplies two m-vectors entry by entry" in _all_notes(right)
    assert check("(1/m) * X.T @ (y - sigmoid(X @ theta))", cost=cost, let=SUPREMEDIN_LETS).verdict == DIFF


@pytest.mark.parametrize("cost, let, says", [
    ("first", "first = (-y) * np.log(sigmoid(X @ theta))", "must be a number"),  # not reduced: m entries
    ("np.mean(first)", "first = (-y) * np.log(sigmoid(X @ theta)).T", "entry by entry"),  # column times row: m×m
    ("np.sum(first)", "first = y.T * np.log(sigmoid(X @ theta))", "entry by entry"),  # row times column
    ("np.sum(g)", "g = X.T * (sigmoid(X @ theta) - y)", "entry by entry"),  # Xᵀ * r broadcasts
    ("sum(first)", "first = (-y) * log(sigmoid(X * theta));", "cannot be multiplied"),  # Octave: '*' of m×1, m×1
])
def test_numpy_star_that_broadcasts_or_is_not_reduced_stays_refused(cost, let, says):
    with pytest.raises(InputError, match=says):
        derive(cost, let=[let])


# --- 1b. n counting the examples beside the slope m of a line (blog and homework code: y_pred = m * x + b) ----------
LINE_LETS = ["n = len(y)", "y_pred = m * x + b", "err = y_pred - y"]


def test_the_line_mse_gradient_by_finite_differences():
    """J = (1/n)Σ(m xᵢ + b − yᵢ)²: ∂J/∂m = (2/n)Σ errᵢ xᵢ, ∂J/∂b = (2/n)Σ errᵢ (the verdicts below)."""
    x, y, at = _RNG.normal(size=5), _RNG.normal(size=5), _RNG.normal(size=2)
    cost = lambda p: np.mean((p[0] * x + p[1] - y) ** 2)
    err = at[0] * x + at[1] - y
    assert np.allclose(_fd(cost, at), [2 * np.mean(err * x), 2 * np.mean(err)], atol=1e-6)


@pytest.mark.parametrize("wrt, right, wrong", [
    ("b", "(2/n) * np.sum(err)", "(1/n) * np.sum(err)"),
    ("m", "(2/n) * np.sum(err * x)", "(2/n) * np.sum(err)"),
])
def test_n_beside_the_slope_m_counts_the_examples(wrt, right, wrong):
    verdict = check(right, cost="np.mean(err**2)", wrt=wrt, let=LINE_LETS)
    assert verdict.verdict == EQ
    assert "beside the slope m" in _all_notes(verdict)
    assert check(wrong, cost="np.mean(err**2)", wrt=wrt, let=LINE_LETS).verdict == DIFF


@pytest.mark.parametrize("answer, cost", [
    ("n * np.sum(err)", "np.mean(err**2)"),  # n not a divisor: the let's count, or another quantity?
    ("(2/n) * np.sum(err)", "np.sum(err**2) / m"),  # m divides too: a count as well as a slope
])
def test_n_beside_a_slope_m_used_otherwise_stays_refused(answer, cost):
    with pytest.raises(InputError):
        check(answer, cost=cost, wrt="b", let=LINE_LETS)


# --- 3b. the same in a matrix answer: Xᵀ @ (m-vector * m-vector) ----------------------------------------------------
def test_the_sigmoid_squared_error_gradient_by_finite_differences():
    """∇ of (1/(2m))Σ(σ(Xθ) − y)² is (1/m)Xᵀ((h − y) ⊙ h ⊙ (1 − h)), h = σ(Xθ) (the verdicts below)."""
    X, y, theta = _RNG.normal(size=(6, 3)), _RNG.normal(size=6), _RNG.normal(size=3)
    cost = lambda t: np.mean((_sigmoid(X @ t) - y) ** 2) / 2
    h = _sigmoid(X @ theta)
    assert np.allclose(_fd(cost, theta), X.T @ ((h - y) * h * (1 - h)) / len(y), atol=1e-6)


SIGMOID_MSE = "np.mean((h - y)**2) / 2"


def test_numpy_star_of_two_m_vectors_inside_a_matrix_answer_is_entry_by_entry():
    lets = ["h = sigmoid(X @ theta)"]
    right = check("X.T @ ((h - y) * h * (1 - h)) / m", cost=SIGMOID_MSE, let=lets)
    assert right.verdict == EQ
    assert "multiplies two m-vectors entry by entry" in _all_notes(right)
    assert check("X.T @ ((h - y) * h) / m", cost=SIGMOID_MSE, let=lets).verdict == DIFF  # (1 − h) dropped


@pytest.mark.parametrize("answer, says", [
    ("X.T @ ((h - y) * h.T) / m", "entry by entry"),  # a column times a row: m×m
    ("X.T * ((h - y) * h) / m", "entry by entry"),  # Xᵀ * v broadcasts
])
def test_numpy_star_in_a_matrix_answer_that_broadcasts_stays_refused(answer, says):
    with pytest.raises(InputError, match=says):
        check(answer, cost=SIGMOID_MSE, let=["h = sigmoid(X @ theta)"])


# --- 4. an answer's let that is a row times X, beside a let restating the problem's h (found after measuring f34) ----
RAJDUA_LETS = ["grad = ((h - y)' * X)'", "h = sigmoid(X * theta)", "m = length(y)"]  # rajdua's Octave, grad ./ m


def test_a_row_times_x_let_is_put_in_the_answer_and_h_read_as_the_cost_s():
    # (1/m)((h − y)ᵀX)ᵀ = (1/m)Xᵀ(σ(Xθ) − y), the logistic gradient (held to finite differences above); y − h: different
    right = check("grad ./ m", cost="logistic", let=RAJDUA_LETS)
    assert right.verdict == EQ
    assert "is a matrix the answer uses" in _all_notes(right)
    assert "read as the cost's h" in _all_notes(right)
    sign = ["grad = ((y - h)' * X)'", *RAJDUA_LETS[1:]]
    assert check("grad ./ m", cost="logistic", let=sign).verdict == DIFF


def test_an_h_let_that_is_another_model_beside_a_row_times_x_stays_refused():
    with pytest.raises(InputError, match="already defined by the problem"):
        check("grad ./ m", cost="logistic", let=["grad = ((h - y)' * X)'", "h = tanh(X * theta)"])
