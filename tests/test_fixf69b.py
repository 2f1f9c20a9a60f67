r"""Gradient code from the f69 wave (issue 10, fixf69b): general readings behind its refused code items, and limits.

* a loop's row of the data transposed before its product with the parameters (``tx[ind,:].T @ w``): NumPy's
  ``.T`` of the 1-D row taken by one index is the row itself, so the product is the row's dot product with w;
* a penalty line of the bare weight vector whose strength is a --let that sets a number (``reg_cost =
  (lambda_param / (2 * m)) * np.sum(np.square(w))`` beside ``--let "lambda_param = 0.1"``): one number of the
  parameters, read in matrix form as the same line with λ is;
* with one example per column (xTr d × n, labels a 1 × n row), one row of values per example divided by another
  entry by entry (Octave's ``./``, NumPy's ``/``): a row of one value per example, so an answer's --let written so
  (``temp=yTr./(1+exp(yTr.*(w'*xTr)))``) is read; Octave's ``/`` between them (mrdivide) stays refused;
* an answer that is a number's multiple of the whole weight vector (``2 * _lambda * w``, the gradient of
  ``_lambda * (w @ w)``) is the gradient vector, its entry j compared, in plain code as in LaTeX (``2\\lambda w``);
  a cost so written stays refused;
* a cost in a letter nothing defines and no parameter at all (the EPFL helpers' ``np.sum(np.log(1 + np.exp(t)) - y *
  t)`` without its line ``t = np.dot(tx, w)``) is refused as not depending on --wrt, the letter to define named —
  not asked whether t weights each example, which no reading of it would make a cost of w.

Every expected gradient is a cost written here by hand in sympy, checked by ``_oracle.assert_gradient``
(sympy.diff and central finite differences of that cost); every verdict is worked out by hand in its docstring.
"""

from __future__ import annotations

import numpy as np
import sympy
from _numeric import central_differences
from _handcosts import assert_derives, b_, dot, i, j, lam, m, noted_everywhere, over_examples, refused, sig, w, x, y

from logderiv import check, derive

# ---------------------------------------------------------------- a transposed row in a loop (f69-sloth-epfl)

SLOTH = ("loss = 0\n    for ind in range(len(y)):\n"
         "        loss = loss - y[ind]*tx[ind,:].T @ w + np.log(1+np.exp(tx[ind,:].T @ w))")


def _nll():
    """Σᵢ (log(1 + e^{wᵀxᵢ}) − yᵢ wᵀxᵢ): the summed negative log-likelihood of logistic regression."""
    return over_examples(sympy.log(1 + sympy.exp(dot(w))) - y[i] * dot(w))


def test_transposed_row_in_a_loop_is_the_rows_dot_product_noted():
    """tx[ind,:].T @ w is xᵢᵀw (NumPy's .T of a 1-D array is the array): the summed NLL, its gradient by w_j."""
    derivation = derive(SLOTH, wrt="w_j")
    assert_derives(derivation, _nll(), w[j])
    noted_everywhere(derivation, "whose .T in NumPy is the row itself")


def test_transposed_row_loop_checks_answers():
    """By hand: ∇ = Xᵀ(σ(Xw) − y), with σ written e^t/(1 + e^t); Xᵀ(y − σ) is its negative."""
    answer = "sig = np.exp(tx @ w)/(1+np.exp(tx @ w))\n    grad = tx.T @ ({})"
    assert check(answer.format("sig - y"), cost=SLOTH, wrt="w_j").verdict == "equivalent"
    assert check(answer.format("y - sig"), cost=SLOTH, wrt="w_j").verdict == "different"


def test_transposed_row_used_otherwise_stays_refused():
    """tx[ind,:].T alone (no product with w) is a vector added to a number: still refused, the row named."""
    text = "loss = 0\n    for ind in range(len(y)):\n        loss = loss + y[ind]*tx[ind,:].T"
    refused(derive, "row ind of the data is used otherwise than times the parameters", text, wrt="w_j")



# ---------------------------------------------------------------- a penalty whose strength a --let sets (f69-mckay)

MCKAY = ("reg_cost = (lambda_param / (2 * m)) * np.sum(np.square(w))\n"
         "cost = -(1/m) * np.sum(y * np.log(y_pred) + (1-y) * np.log(1 - y_pred)) + reg_cost")
MCKAY_LETS = ("sigmoid(z) = 1 / (1 + np.exp(-z))", "z = np.dot(X, w) + b", "y_pred = sigmoid(z)", "m, n = X.shape",
              "lambda_param = 0.1")


def _mckay_cost():
    """The mean cross-entropy of σ(wᵀxᵢ + b) plus 0.1/(2m) Σₖ wₖ² (the script's own λ = 0.1)."""
    from _handcosts import cross_entropy, k, n

    return cross_entropy(sig(dot(w) + b_)) + sympy.Rational(1, 10) / (2 * m) * sympy.Sum(w[k] ** 2, (k, 1, n))


def test_penalty_with_a_numbered_strength_is_read_in_matrix_form():
    """The penalty's let is one number of w: ∂/∂w_j adds (0.1/m) w_j, ∂/∂b none; noted as one number."""
    for wrt, symbol in (("w_j", w[j]), ("b", b_)):
        derivation = derive(MCKAY, wrt=wrt, let=MCKAY_LETS)
        assert_derives(derivation, _mckay_cost(), symbol)
    noted_everywhere(derive(MCKAY, wrt="w_j", let=MCKAY_LETS), "2 m)) sum(w²) is one number")


def test_penalty_with_a_numbered_strength_checks_answers():
    """By hand: ∂J/∂w = (1/m)Xᵀ(σ − y) + (0.1/m)w; with 0.1/(2m) the penalty's ½ is left in (wrong); ∂J/∂b = mean(σ − y)."""
    lets = MCKAY_LETS
    dw = "error = y_pred - y\n    dw = (1/m) * np.dot(X.T, error) + ({}) * w"
    assert check(dw.format("lambda_param / m"), cost=MCKAY, wrt="w_j", let=lets).verdict == "equivalent"
    assert check(dw.format("lambda_param / (2 * m)"), cost=MCKAY, wrt="w_j", let=lets).verdict == "different"
    db = "error = y_pred - y\n    db = (1/m) * np.sum(error)"
    assert check(db, cost=MCKAY, wrt="b", let=lets).verdict == "equivalent"


def test_penalty_with_a_let_of_values_stays_refused():
    """A strength set from the data (0.1·mean(y)) is no number written out: the bare w stays refused as before."""
    lets = (*MCKAY_LETS[:-1], "lambda_param = 0.1 * np.mean(y)")
    refused(derive, "'w' is a vector", MCKAY, wrt="w_j", let=lets)


# ---------------------------------------------------------------- a row divided by a row, one example per column (cse517a)

CSE_COST = "loss=sum(log(1+exp((-1)*yTr.*(w'*xTr))),2);"
CSE_TEMP = "temp=yTr{slash}(1+exp(yTr.*(w'*xTr)))\n"


def test_numpy_formula_of_the_cse517a_gradient_matches_finite_differences():
    """The hand-worked gradient behind the verdicts below: −xTr·(y ./ (1 + e^{y ⊙ wᵀxTr}))ᵀ is ∇ Σ log(1 + e^{−yᵢ wᵀxᵢ})."""
    rng = np.random.default_rng(69)
    d, n = 3, 5
    x_tr, y_tr, w0 = rng.normal(size=(d, n)), rng.choice([-1.0, 1.0], size=(1, n)), rng.normal(size=d)

    def cost(v):
        return float(np.sum(np.log1p(np.exp(-y_tr * (v @ x_tr)))))

    temp = y_tr / (1 + np.exp(y_tr * (w0 @ x_tr)))
    assert np.allclose(-(x_tr @ temp.T).ravel(), central_differences(cost, w0), atol=1e-6)


def test_octave_row_divided_by_a_row_in_an_answers_let_is_checked():
    """By hand (above): with temp = y ./ (1 + e^{y wᵀx}) the gradient is −xTr·tempᵀ; without the −1 it is its negative."""
    temp = CSE_TEMP.format(slash="./")
    right = check(temp + "gradient=(-1)*xTr*temp'; ", cost=CSE_COST, wrt="w_j")
    assert right.verdict == "equivalent"
    assert any("temp⁽ⁱ⁾ = y⁽ⁱ⁾/(1 + exp(y⁽ⁱ⁾ wᵀx⁽ⁱ⁾))" in note for note in right.notes), right.notes
    assert check(temp + "gradient=xTr*temp'; ", cost=CSE_COST, wrt="w_j").verdict == "different"


def test_numpy_row_divided_by_a_row_in_an_answers_let_is_checked():
    """DeepLearning.AI's layout in NumPy (X n×m, Y 1×m): NumPy's '/' of two rows is entry by entry; same gradient."""
    cost = "np.sum(np.log(1 + np.exp(-Y * np.dot(w.T, X))))"
    temp = "temp = Y / (1 + np.exp(Y * np.dot(w.T, X)))\n"
    assert check(temp + "dw = -np.dot(X, temp.T)", cost=cost, wrt="w_j").verdict == "equivalent"
    assert check(temp + "dw = np.dot(X, temp.T)", cost=cost, wrt="w_j").verdict == "different"


def test_octave_mrdivide_of_two_rows_stays_refused():
    """Octave's '/' of two 1 × n rows is mrdivide (a least-squares solve, one number), not entry by entry: refused."""
    refused(check, "--let temp is in matrix form", CSE_TEMP.format(slash="/") + "gradient=(-1)*xTr*temp'; ",
            cost=CSE_COST, wrt="w_j")


# ---------------------------------------------------------------- a cost in an undefined t and no w (f69-epfl)

EPFL_COST = "np.sum(np.log(1 + np.exp(t)) - y * t)"
EPFL_GRAD = "np.dot(tx.T, sigmoid(np.dot(tx, w)) - y)"


def test_cost_of_an_undefined_letter_and_no_parameter_names_the_letter_to_define():
    """Without t = np.dot(tx, w) the cost holds no w: whatever t is (a weight per example or one number) its derivative
    by w_j is 0, so the refusal says so and names t, not the weighting question."""
    error = refused(check, "the cost does not depend on w_j (it is written in t", EPFL_GRAD, cost=EPFL_COST,
                    wrt="w_j", let=("sigmoid(t) = 1 / (1 + np.exp(-t))",))
    assert "define t with --let 't = …'" in (error.hint or ""), error.hint
    refused(derive, "it is written in t, not defined as a function of w_j", EPFL_COST, wrt="w_j")


def test_cost_with_the_sources_t_is_read():
    """With the source's t = np.dot(tx, w): Σ(log(1 + e^{wᵀxᵢ}) − yᵢwᵀxᵢ), gradient Xᵀ(σ(Xw) − y); + 2λw is extra."""
    lets = ("t = np.dot(tx, w)",)
    assert_derives(derive(EPFL_COST, wrt="w_j", let=lets), _nll(), w[j])
    lets = (*lets, "sigmoid(t) = 1 / (1 + np.exp(-t))")
    assert check(EPFL_GRAD, cost=EPFL_COST, wrt="w_j", let=lets).verdict == "equivalent"
    assert check(EPFL_GRAD + " + 2 * lambda_ * w", cost=EPFL_COST, wrt="w_j", let=lets).verdict == "different"


def test_undefined_weight_beside_the_parameter_is_still_asked_about():
    """sum(t * (y - w x)^2): the cost holds w, and t may weight each example or be one number: still refused so."""
    refused(derive, "'t' multiplies an example's term inside the sum over the examples", "sum_i(t * (y_i - w x_i)^2)",
            wrt="w")


# ---------------------------------------------------------------- an answer that is c·w whole (f59-loss-g-module)


def test_scaled_weight_vector_answer_is_the_gradient_vector():
    """By hand: ∇(λwᵀw) = 2λw, so 2 * _lambda * w is right and _lambda * w half of it; noted as the whole gradient."""
    verdict = check("2 * _lambda * w", cost="_lambda * (w @ w)", wrt="w_j")
    assert verdict.verdict == "equivalent"
    assert any("w alone in a term of the answer is the parameter vector" in note for note in verdict.notes)
    assert check("_lambda * w", cost="_lambda * (w @ w)", wrt="w_j").verdict == "different"


def test_scaled_weight_vector_answer_beside_a_data_term_is_checked_whole():
    """2λw alone against ‖Xw − y‖²/m + λ‖w‖² leaves out the data's (2/m)Xᵀ(Xw − y): different."""
    cost = "lam * np.sum(w ** 2) + 1/m * np.sum((X @ w - y) ** 2)"
    assert check("2 * lam * w", cost=cost, wrt="w_j").verdict == "different"


def test_scaled_weight_vector_cost_stays_refused():
    """A cost that is c·w is a vector, no number: refused as before, the caret at w."""
    refused(derive, "'w' is a vector: write w_j or w^T x", "2 * lam * w", wrt="w_j")
