"""fixcode41 (issue 10): R and Octave gradient code from real course folders, refused before, read as written.

Each reading is said in a visible note; the near-misses beside each stay refused or are read otherwise. Sources:

* github.com/cburkart/coursera-ml-r, ex2/costFunctionReg.R and gradFunctionReg.R (R): trunctheta <- theta[2:length(
  theta)] as a --let put into an R cost, and thetablock <- rbind(0,matrix(1,length(theta)-1)), the mask (0, 1, …, 1);
* github.com/Alessa1001/Pr-ctica-5.-Logistic-Regression- ex2/costFunctionReg.m (Octave): a comment line above the one
  statement of the gradient;
* github.com/worldveil/coursera-ml applying-ml/code/linearRegCostFunction.m (Octave): a loop over theta's entries whose
  'if j > 1' branch adds the penalty to the entries after the intercept's;
* github.com/AlexJoz/ML ex2/costFunctionReg.m (Octave): grad(1) then a loop for j = 2:size(theta,1) of
  (sum(…) + lambda*theta(j))/m;
* github.com/Barbara-Lizama/Curso-Marchine-Learning-2 ex2/costFunctionReg.m (Octave): t2 = sum(theta(2:size(theta),1))
  set once, one number added to every entry;
* public code index file 39269464385 (R, lrGradient): mask <- matrix(data=1, nrow=dim(theta)[1], ncol=dim(theta)[2]);
  mask[1] <- 0, and theta * mask.

Verdicts are worked out by hand and checked here by finite differences of the costs written in NumPy
(tests/_numeric.py), the code run as NumPy computes it.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd, gradient_agrees, intercept_data, penalised_cross_entropy, sigmoid
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused
from logderiv import check

# --- cburkart's R pair (github.com/cburkart/coursera-ml-r, ex2/costFunctionReg.R, ex2/gradFunctionReg.R) ----------
CBU_LETS = ("m <- length(y)", "trunctheta <- theta[2:length(theta)]")
CBU_COST = ("J = -1/m*( sum(y*log(sigmoid(X%*%theta))) + sum((1-y)*log(1-sigmoid(X%*%theta)))) + "
            "(lambda/(2*m))*sum(trunctheta^2);")
CBU_GRAD = ("thetablock <- rbind(0,matrix(1,length(theta)-1))\n"
            "grad <- 1/m*(t(X)%*%(sigmoid(X%*%theta)-y)) + (lambda/m)*thetablock*theta")
LAM = 0.7


def _cost(X, y, theta):
    return penalised_cross_entropy(X, y, theta, LAM)


def _thetablock_gradient(X, y, theta):
    """gradFunctionReg.R as R runs it: thetablock is (0, 1, …, 1), R's * entry by entry."""
    thetablock = np.r_[0.0, np.ones(len(theta) - 1)]
    return X.T @ (sigmoid(X @ theta) - y) / len(y) + LAM / len(y) * thetablock * theta


def _unmasked_gradient(X, y, theta):
    return X.T @ (sigmoid(X @ theta) - y) / len(y) + LAM / len(y) * theta


def test_the_r_pair_worked_by_finite_differences():
    assert gradient_agrees(_thetablock_gradient, _cost, seeds=(1, 2))
    assert not gradient_agrees(_unmasked_gradient, _cost, seeds=(1,))  # the intercept's entry gets λθ₁/m


def test_the_trunctheta_cost_is_read_in_r_words():
    assert_gradient_read(CBU_COST, lambda d: penalised_cross_entropy(d.X, d.y, d.theta, d.lam), lets=CBU_LETS)
    result = check(CBU_GRAD, cost=CBU_COST, let=CBU_LETS)
    notes = notes_of(result)
    assert any("theta[2:length(theta)] is entries 2 to length(theta) of theta (R numbers from 1)" in note
               for note in notes)


def test_the_thetablock_mask_is_read_and_noted():
    assert_verdict_read(CBU_GRAD, CBU_COST, "equivalent", lets=CBU_LETS)
    result = check(CBU_GRAD, cost=CBU_COST, let=CBU_LETS)
    assert result.verdict == "equivalent"
    assert any(note.startswith("read as R: rbind(0,matrix(1,length(theta)-1)) is the column (0, 1, …, 1)")
               for note in notes_of(result))
    # the mask left out (λ/m)·θ: the intercept's entry penalised, which the cost does not
    assert check(CBU_GRAD.replace("thetablock*theta", "theta").split("\n", 1)[1], cost=CBU_COST,
                 let=CBU_LETS).verdict == "different"


def test_the_mask_after_r_matrix_product_is_no_factor_of_theta_alone():
    """X %*% theta * mask is (Xθ) * mask in R (%*% binds first): never read as X times the masked θ."""
    lets = ("m <- length(y)", "mask <- rbind(0,matrix(1,length(theta)-1))")
    error = refused(check, "grad <- 1/m*(t(X)%*%(sigmoid(X%*%theta)-y)) + (lambda/m)*t(X) %*% X %*% theta*mask",
                    cost=CBU_COST, let=(*lets, CBU_LETS[1]))
    assert "[0;ones(length(theta)-1,1)]" in str(error)  # the mask kept beside (XᵀXθ), not put into θ
    assert "@ [0;theta(2:end)]" not in str(error)


def test_a_slice_let_in_a_numpy_problem_is_read_as_before():
    """The guard: the slice goes into a NumPy text in NumPy's words (theta[1:]), never R's."""
    result = check("X.T @ (sigmoid(X @ theta) - y) / m + lam / m * np.r_[0, t]",
                   cost="-np.mean(y * np.log(sigmoid(X @ theta)) + (1 - y) * np.log(1 - sigmoid(X @ theta))) "
                        "+ lam / (2 * m) * np.sum(t ** 2)", let=("t = theta[1:]",))
    assert result.verdict == "equivalent"
    assert not any("R numbers from 1" in note for note in notes_of(result))


# --- Alessa1001's Octave gradient with a Spanish comment line (ex2/costFunctionReg.m) -------------------------------
ALE_LETS = ("m = length(y); % number of training examples", "h = sigmoid(X * theta);", "theta1 = [0; theta(2:end)];",
            "reg = lambda*(theta1'*theta1)/(2 * m);")
ALE_COST = "J = ((-y)'*log(h)-(1-y)'*log(1-h))/m+reg;"
ALE_GRAD = "% Función para calcular el gradiente\ngrad = (X'*(h-y)+lambda*theta1)/m;"


def test_an_octave_comment_line_above_one_statement_is_dropped_and_noted():
    # (Xᵀ(h − y) + λ·[0; θ(2:end)])/m is _thetablock_gradient above, checked by finite differences
    assert_verdict_read(ALE_GRAD, ALE_COST, "equivalent", lets=ALE_LETS)
    result = check(ALE_GRAD, cost=ALE_COST, let=ALE_LETS)
    assert "'% Función para calcular el gradiente' is an Octave comment: dropped" in notes_of(result)
    assert check(ALE_GRAD.replace("(h-y)", "(y-h)"), cost=ALE_COST, let=ALE_LETS).verdict == "different"


# --- worldveil's ex5 loop over theta's entries (applying-ml/code/linearRegCostFunction.m) --------------------------
WV_LETS = ("n = length(y); % number of training examples",
           "scaled_squared_error = sum(((X * theta - y) .^ 2)) / 2 / n;",
           "regularization = lambda * sum(theta(2:end) .^ 2) / 2 / n;")
WV_COST = "J = scaled_squared_error + regularization;"
WV_LOOP = ("error = X * theta - y;\nfor j = 1 : length(theta)\n    grad(j) = sum(error .* X(:, j)) / n;\n"
           "    if j > 1\n        grad(j) = grad(j) + lambda * theta(j) / n;\n    end\nend")


def _ridge(X, y, theta):
    return float(np.sum((X @ theta - y) ** 2) / 2 / len(y) + LAM * np.sum(theta[1:] ** 2) / 2 / len(y))


def _loop(test):
    def gradient(X, y, theta):
        grad = np.zeros(len(theta))
        for j in range(1, len(theta) + 1):  # Octave's j, from 1
            grad[j - 1] = np.sum((X @ theta - y) * X[:, j - 1]) / len(y)
            if test(j):
                grad[j - 1] += LAM * theta[j - 1] / len(y)
        return grad
    return gradient


def test_the_loops_worked_by_finite_differences():
    assert gradient_agrees(_loop(lambda j: j > 1), _ridge, seeds=(3, 4))
    assert not gradient_agrees(_loop(lambda j: j >= 1), _ridge, seeds=(3,))
    assert not gradient_agrees(_loop(lambda j: j == 1), _ridge, seeds=(3,))


@pytest.mark.parametrize("test, verdict, said", [
    ("j > 1", "equivalent", "holds at j ≥ 2 alone"),      # worldveil's own
    ("j ~= 1", "equivalent", "holds at j ≥ 2 alone"),
    ("j >= 2", "equivalent", "holds at j ≥ 2 alone"),
    ("j >= 1", "different", "holds at every j"),          # the f86 variant: the intercept penalised too
    ("j == 1", "different", "holds at j = 1 alone"),      # only the intercept penalised
])
def test_a_branch_on_the_entry_index_is_read_as_the_entries_it_writes(test, verdict, said):
    text = WV_LOOP.replace("j > 1", test)
    assert_verdict_read(text, WV_COST, verdict, lets=WV_LETS)
    result = check(text, cost=WV_COST, let=WV_LETS)
    assert any(note.startswith("read as Octave: the loop 'for j = 1 : length(theta)' runs j over the parameters' "
                               "entries from 1") and said in note for note in notes_of(result))


def test_a_branch_not_read_stays_refused_with_its_caret():
    """j > 2 (entries from the third on) is not read; nor is a loop over the examples with such a branch."""
    text = WV_LOOP.replace("j > 1", "j > 2")
    error = refused(check, text, cost=WV_COST, let=WV_LETS)
    assert "a branch on the index is not read" in str(error)
    assert error.source[error.column:].startswith("if j > 2")
    examples = ("error = X * theta - y;\nfor j = 1 : m\n    grad(j) = sum(error .* X(:, j)) / n;\n"
                "    if j > 1\n        grad(j) = grad(j) + lambda * theta(j) / n;\n    end\nend")
    assert refused(check, examples, cost=WV_COST, let=WV_LETS).column is not None


def test_delta_is_read_only_in_entry_j():
    error = refused(check, "X' * (X * theta - y) / m + (1 - delta_1j) * lambda * theta / m",
                    cost="sum((X * theta - y) .^ 2) / (2 * m) + lambda * sum(theta(2:end) .^ 2) / (2 * m)")
    assert "δ₁ⱼ is read only in entry j of the gradient" in str(error)
    assert error.source[error.column:].startswith("delta_1j")


# --- AlexJoz's grad(1) then a loop from 2 (ex2/costFunctionReg.m) ------------------------------------------------------
AJ_LETS = ("m = length(y); % number of training examples", "Htheta = sigmoid(X*theta);")
AJ_COST = "(1/m)*sum(-y.*log(Htheta) - (1-y).*log(1-Htheta)) + (lambda/2/m)*sum(theta(2:end).^2)"
AJ_GRAD = ("grad(1) = sum((Htheta - y).*X(:,1))/m;\n\nfor j = 2:size(theta,1)\n"
           "    grad(j) = (sum((Htheta-y).*X(:,j))+lambda*theta(j))/m;\nend")


def test_a_bracket_over_m_in_the_loop_from_two_is_read():
    # (Σ(h − y)xⱼ + λθⱼ)/m for j ≥ 2, Σ(h − y)x₁/m for j = 1: _thetablock_gradient, checked above
    assert_verdict_read(AJ_GRAD, AJ_COST, "equivalent", lets=AJ_LETS)
    doubled = AJ_GRAD.replace("lambda*theta(j))/m", "2*lambda*theta(j))/m")
    assert_verdict_read(doubled, AJ_COST, "different", lets=AJ_LETS)


def test_a_bracket_over_a_number_then_times_m_stays_refused():
    """(…)/2*m is ÷2 then ×m in Octave: not one number after the '/', left unread (refused as before)."""
    error = refused(check, AJ_GRAD.replace(")/m;\nend", ")/2*m;\nend"), cost=AJ_COST, let=AJ_LETS)
    assert "is read only as one number times the entries" in str(error)


# --- Barbara-Lizama's t2 = sum(theta(2:size(theta),1)) (ex2/costFunctionReg.m) -------------------------------------
BL_LETS = ("m = length(y); % number of training examples", "t1=sum(theta(2:size(theta),1).^2);", "h = sigmoid(X*theta);")
BL_COST = "J = 1/m.*(-y' * log(h) - (1-y)' * log(1-h))+(((lambda)/(2*m))*(t1));"
BL_GRAD = "t2=sum(theta(2:size(theta),1));\n\ngrad = 1/m*(X'*(h-y))+((lambda/m)*(t2));"


def test_a_sum_of_the_parameters_set_once_is_put_where_used():
    def written(X, y, theta):  # one number, (λ/m)Σ_{k≥2}θₖ, added to every entry
        return X.T @ (sigmoid(X @ theta) - y) / len(y) + LAM / len(y) * np.sum(theta[1:])
    assert not gradient_agrees(written, _cost, seeds=(5,))
    assert_verdict_read(BL_GRAD, BL_COST, "different", lets=BL_LETS)
    result = check(BL_GRAD, cost=BL_COST, let=BL_LETS)
    assert any(note.startswith("read as code: t2 = sum(theta(2:size(theta),1)) is one number")
               for note in notes_of(result))


# --- lrGradient's R mask (public code index file 39269464385) -------------------------------------------------------
LR_LETS = ("m <- dim(y)[1] # no of training examples",
           "mask <- matrix(data=1, nrow=dim(theta)[1], ncol=dim(theta)[2])", "mask[1] <- 0",
           "z <- sigmoid(X %*% theta)")
LR_COST = ("J=(1/m).*((-y)'*log(sigmoid(X*theta))-(ones(size(y))-y)'*log(1-sigmoid(X*theta)))"
           "+lambda./(2*m)*(theta(2:end)'*theta(2:end));")
LR_GRAD = "grad <- (1/m) * t(X) %*% (z-y) + (lambda/m) * theta * mask"


def test_the_r_mask_with_its_first_entry_zeroed_is_read():
    # θ * mask with mask (0, 1, …, 1): _thetablock_gradient, checked above
    assert_verdict_read(LR_GRAD, LR_COST, "equivalent", lets=LR_LETS)
    notes = notes_of(check(LR_GRAD, cost=LR_COST, let=LR_LETS))
    assert "read as R: mask[1] <- … sets entry 1 of mask (R numbers from 1), as Octave's mask(1) = …" in notes
    assert any("Octave's ones(size(theta))" in note for note in notes)
    assert any(note.startswith("read as R: dim(y)[1] is the number of y's rows") for note in notes)


def test_the_r_mask_with_another_entry_zeroed_stays_refused():
    error = refused(check, LR_GRAD, cost=LR_COST, let=(*LR_LETS[:2], "mask[2] <- 0", LR_LETS[3]))
    assert "sets some entries of mask" in str(error)


def test_the_finite_differences_helper_agrees_with_the_hand_gradient():
    """The independent check itself, at one point: ∇ of the penalised cross-entropy is _thetablock_gradient."""
    X, y, theta = intercept_data(9, 5, 3)
    assert np.allclose(_fd(lambda t: _cost(X, y, t), theta), _thetablock_gradient(X, y, theta), atol=1e-6)
