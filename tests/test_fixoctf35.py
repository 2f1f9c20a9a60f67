"""fixoctf35 (issue 10): Octave lab code of corpus waves f77/f78 that was refused, read as its writer means it.

* f78's ``thetaReg = [0; theta(2:n)]; thetaReg(1) = 0;``: the zeroing sets to 0 an entry that is 0 already (the
  literal starts with 0), so the line changes nothing and is dropped, noted;
* f77's Korean-commented ex2 costFunctionReg: ``grad(1,1) = (1/m)*(X(:,1))'*(H-y);`` (the column in a plain bracket)
  and a last ``grad = grad(:);`` (the same entries stacked into a column);
* f77's ex5 linearRegCostFunction pasted whole as the answer: the cost's own lines (J = f + r and what only it uses)
  left out, then ``theta(1)=0`` read in order in the lines that stay.

The expected verdicts are not logderiv's: each code is run here as NumPy and held against central finite
differences of the cost (tests/_numeric.py); "equivalent" exactly when the two agree.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import gradient_agrees, half_mean_square, penalised_cross_entropy, sigmoid
from logderiv.errors import InputError

_LAM = 0.7
_M_LET = ("m = length(y); % number of training examples",)



def _agrees(gradient, cost) -> bool:
    return gradient_agrees(gradient, cost, seeds=(35, 36))


def _logistic(X, y, theta):
    return penalised_cross_entropy(X, y, theta, _LAM)


def _linear(X, y, theta):
    """ex5's linearRegCostFunction: (1/2m)Σ(Xθ − y)² + (λ/2m)Σ_{j≥2}θⱼ²."""
    return half_mean_square(X, y, theta) + _LAM / (2 * len(y)) * float(theta[1:] @ theta[1:])


def _check(text, cost, lets):
    return logderiv.check(text, cost=cost, let=lets, timeout=60)


# ---------------------------------------------------------------- f78: thetaReg = [0; theta(2:n)]; thetaReg(1) = 0;
# source: tests/corpus/fresh_seventyeighth.py SUND_LR (public code index, Octave lrCostFunction, 'thetaReg = …')
_SUND_COST = "J = -(log(h) * y + log(1 - h) * (1 - y) - lambda / 2 * sum(thetaReg .^ 2)) / m;"
_SUND_LETS = _M_LET + ("n = length(theta);", "h = sigmoid(theta' * X');", "thetaReg = [0; theta(2:n)];",
                       "thetaReg(1) = 0;")


def _sund_right(X, y, t):  # ((h - y') * X + lambda * thetaReg')' / m, h the row σ(θᵀXᵀ)
    reg = np.concatenate(([0.0], t[1:]))
    return (((sigmoid(t @ X.T) - y) @ X) + _LAM * reg) / len(y)


def _sund_lambda_theta(X, y, t):  # the variant: lambda * theta' for lambda * thetaReg'
    return (((sigmoid(t @ X.T) - y) @ X) + _LAM * t) / len(y)


@pytest.mark.parametrize(("text", "gradient"), [
    ("grad = ((h - y') * X + lambda * thetaReg')' / m;", _sund_right),
    ("grad = ((h - y') * X + lambda * theta')' / m;", _sund_lambda_theta),
])
def test_zeroing_of_an_entry_already_zero_is_dropped(text, gradient):
    verdict = _check(text, _SUND_COST, _SUND_LETS)
    expected = "equivalent" if _agrees(gradient, _logistic) else "different"
    assert verdict.verdict == expected, verdict.notes
    assert any("thetaReg(1) = 0 sets the first entry of thetaReg = [0; theta(2:n)] to 0, which it is already"
               in note for note in verdict.notes), verdict.notes


def test_sund_hand_verdicts_are_distinct():
    # the two answers' hand-worked verdicts differ (the guard that the test above tells them apart)
    assert _agrees(_sund_right, _logistic) and not _agrees(_sund_lambda_theta, _logistic)


@pytest.mark.parametrize("lets", [
    # the literal's first entry is no 0: the zeroing changes the value, not dropped (refused as before)
    _M_LET + ("h = sigmoid(X*theta);", "thetaReg = [1; theta(2:end)];", "thetaReg(1) = 0;"),
    # another write into the name beside the zeroing: the value would not be the literal's
    _M_LET + ("h = sigmoid(X*theta);", "thetaReg = [0; theta(2:end)];", "thetaReg(1) = 0;", "thetaReg(2) = 0;"),
    # the zeroing before the literal: nothing to drop it against
    _M_LET + ("h = sigmoid(X*theta);", "thetaReg(1) = 0;", "thetaReg = [0; theta(2:end)];"),
])
def test_zeroing_not_of_a_zero_literal_is_still_refused(lets):
    with pytest.raises(InputError) as caught:
        _check("grad = (X' * (h - y) + lambda * thetaReg) / m;", _SUND_COST.replace("log(h) * y", "y' * log(h)")
               .replace("log(1 - h) * (1 - y)", "(1 - y)' * log(1 - h)"), lets)
    assert "thetaReg" in str(caught.value)


# ---------------------------------------------------------------- f77: (X(:,1))'*(H-y) and grad = grad(:)
# source: tests/corpus/fresh_seventyseventh.py KO_REG (public code index 15718522159, ex2 costFunctionReg.m)
_KO_COST = ("J = (-1/m)*sum(y'*log(H)+(1-y)'*log(1-H)) + (lambda/(2*m))*(theta(2:end)'*theta(2:end));\n"
            "%J = (-1/m)*(y'*log(H)+(1-y')*log(1-H)) + (lambda/2*m)*sum(theta(2:end).^2);\n"
            "%논리형 스칼라 에러, 인덱스 에러 - j가 저장되지 않음")
_KO_LETS = _M_LET + ("H = sigmoid(X*theta);",)
_KO_GRAD = ("grad(1,1) = (1/m)*(X(:,1))'*(H-y);\n"
            "grad(2:end,1)=(1/m)*X(:,2:end)'*(H-y) + (lambda/m)*(theta(2:end));\ngrad = grad(:);")


def _ko(first_penalised: bool):
    def gradient(X, y, t):
        h = sigmoid(X @ t)
        grad = X.T @ (h - y) / len(y) + _LAM / len(y) * t
        if not first_penalised:
            grad[0] = X[:, 0] @ (h - y) / len(y)
        return grad
    return gradient


@pytest.mark.parametrize(("text", "gradient"), [
    (_KO_GRAD, _ko(False)),
    # variant: the intercept's line adds λθ₁/m, which J does not charge
    (_KO_GRAD.replace("*(H-y);\n", "*(H-y) + (lambda/m)*theta(1);\n", 1), _ko(True)),
])
def test_bracketed_column_and_stacked_last_line(text, gradient):
    verdict = _check(text, _KO_COST, _KO_LETS)
    expected = "equivalent" if _agrees(gradient, _logistic) else "different"
    assert verdict.verdict == expected, verdict.notes
    assert any("the last line, grad = grad(:), stacks grad's entries into a column" in note
               for note in verdict.notes), verdict.notes
    assert _agrees(_ko(False), _logistic) and not _agrees(_ko(True), _logistic)


def test_bracket_holding_more_than_the_column_is_not_unwrapped():
    # (X(:,1) .* H)' is no bracket around the column alone: left refused, as before, with its caret on X(:,1)
    text = "grad(1,1) = (1/m)*(X(:,1) .* H)'*(H-y);\ngrad(2:end,1)=(1/m)*X(:,2:end)'*(H-y) + (lambda/m)*theta(2:end);"
    with pytest.raises(InputError) as caught:
        _check(text, _KO_COST, _KO_LETS)
    assert "X(:,1) inside this product(…) is not read column by column" in str(caught.value)
    assert caught.value.column == text.index("X(:,1)")


def test_other_last_line_is_not_read_as_stacking():
    # grad = grad(:) + 1 changes the entries: no stacking, refused as a line reading what it writes
    with pytest.raises(InputError) as caught:
        _check(_KO_GRAD.replace("grad = grad(:);", "grad = grad(:) + 1;"), _KO_COST, _KO_LETS)
    assert "grad(:)" in str(caught.value)
    assert caught.value.column is not None


# ---------------------------------------------------------------- f77: the cost function pasted whole, theta(1)=0
# source: tests/corpus/fresh_seventyseventh.py LIN_ZERO (public code index 14083225, ex5 linearRegCostFunction.m)
_ZERO_COST = "yi=X*theta;\nerr=yi-y;\nf=(1/(2*m))*sum((err).^2);\ntheta(1)=0;\nr=(lambda/(2*m))*sum(theta.^2);\nJ=f+r;"


def _zero(scale: float, zeroed: bool):
    def gradient(X, y, t):
        err = X @ t - y  # computed before theta(1)=0: the whole θ
        kept = np.concatenate(([0.0], t[1:])) if zeroed else t
        return X.T @ err / len(y) + scale * _LAM / len(y) * kept
    return gradient


@pytest.mark.parametrize(("grad", "gradient"), [
    ("grad = ((1/m)*(X'*(err)))+((lambda/m)*theta);", _zero(1.0, True)),
    # variant: lambda/(2*m), the cost's factor copied into the gradient
    ("grad = ((1/m)*(X'*(err)))+((lambda/(2*m))*theta);", _zero(0.5, True)),
])
def test_whole_cost_function_with_zeroing_as_answer(grad, gradient):
    verdict = _check(_ZERO_COST + "\n" + grad, _ZERO_COST, _M_LET)
    expected = "equivalent" if _agrees(gradient, _linear) else "different"
    assert verdict.verdict == expected, verdict.notes
    assert any("J=f+r is left out" in note for note in verdict.notes), verdict.notes
    assert any("theta(1)=0 sets the first entry of theta" in note for note in verdict.notes), verdict.notes
    assert _agrees(_zero(1.0, True), _linear) and not _agrees(_zero(1.0, False), _linear)


def test_zeroing_after_the_gradient_is_not_applied_to_it():
    # theta(1)=0 after grad's line: the gradient uses the whole θ (penalising the intercept) — never read as zeroed
    text = "yi=X*theta;\nerr=yi-y;\nf=(1/(2*m))*sum((err).^2);\nJ=f;\ngrad = ((1/m)*(X'*(err)))+((lambda/m)*theta);" \
           "\ntheta(1)=0;"
    try:
        verdict = _check(text, _ZERO_COST, _M_LET)
    except InputError:
        return  # a refusal is only a miss
    assert verdict.verdict == ("equivalent" if _agrees(_zero(1.0, False), _linear) else "different")
