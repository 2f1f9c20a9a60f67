"""fixoctfill36 (issue 10): Octave code that fills the gradient array, refused before, read by Octave's meaning.

* ex5's template ``grad = zeros(size(theta));`` with ``rest=size(grad,1);``: grad has θ's size, so rest is n and
  ``theta(2:rest,:)``, ``grad(2:rest,1)`` are θ(2:end), grad(2:end); the start is left out where the answer sets grad
  whole first or nothing names it (notation/octave_fill.py);
* ex5's ``i = 1; grad(i,1) = …; n = size(X,2); for i = 2:n grad(i,1) = … end``: the intercept's entry, then the loop
  over the rest (notation/gradient_pieces.py's rest loop, extended);
* ex5's cost ``theta_new = theta'; theta_new = theta_new(:,2:end);`` used only in ``sum(theta_new .^ 2)``.

The expected verdicts are not logderiv's: each code is run here as NumPy (as Octave runs it) and held against central
finite differences of the cost (tests/_numeric.py); "equivalent" exactly when the two agree.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import gradient_agrees, half_mean_square
from logderiv.errors import InputError
from logderiv.notation import octave_fill

_LAM = 0.7



def _agrees(gradient, cost) -> bool:
    return gradient_agrees(gradient, cost, seeds=(36, 37))


def _ex5(X, y, theta):
    """ex5's linearRegCostFunction: (1/2m)Σ(Xθ − y)² + (λ/2m)Σ_{j≥2}θⱼ² (θ₁, the intercept's, unpenalised)."""
    return half_mean_square(X, y, theta) + _LAM / (2 * len(y)) * float(theta[1:] @ theta[1:])


def _check(text, cost, lets):
    return logderiv.check(text, cost=cost, let=lets, timeout=60)


def _rest_zeroed(t):
    return np.concatenate(([0.0], t[1:]))


def _right(X, y, t):  # X'(Xθ − y)/m + (λ/m)[0; θ(2:end)], worked by hand
    return X.T @ (X @ t - y) / len(y) + _LAM / len(y) * _rest_zeroed(t)


def _intercept_penalised(X, y, t):  # X'(Xθ − y)/m + (λ/m)θ
    return X.T @ (X @ t - y) / len(y) + _LAM / len(y) * t


def _no_m_in_rest(X, y, t):  # entry 1 as _right's, entries 2…n without the 1/m of the data term
    g = X.T @ (X @ t - y) + _LAM / len(y) * t
    g[0] = X[:, 0] @ (X @ t - y) / len(y)
    return g


def test_hand_verdicts_tell_the_answers_apart():
    # the guard that the tests below can tell a right answer from a wrong one
    assert _agrees(_right, _ex5)
    assert not _agrees(_intercept_penalised, _ex5)
    assert not _agrees(_no_m_in_rest, _ex5)


# ---------------------------------------------------------------- f79: ex5's zeros start, rest = size(grad,1)
# source: tests/corpus/fresh_seventyninth.py IDX_EX5 (public code index file 27563682626, Octave, ex5
# linearRegCostFunction.m): J=…; grad = …; grad(2:rest,1)= …; with the template's --let lines
_EX5_J = "J=(1/(2*m))*sum((h0xi-y).^2)+(lambda/(2*m))*sum(theta(2:rest,:).^2);"
_EX5_LETS = ("m = length(y); % number of training examples", "grad = zeros(size(theta));", "rest=size(grad,1);",
             "h0xi=X*theta;")
_EX5_GRAD = "grad = (1/m)*(X'*(h0xi-y));\ngrad(2:rest,1)= grad(2:rest,1) + (lambda/m)*theta(2:rest,1);"


@pytest.mark.parametrize(("text", "gradient"), [
    ("grad = X'*(X*theta - y)/m + (lambda/m)*[0; theta(2:end)];", _right),
    ("grad = X'*(X*theta - y)/m + (lambda/m)*theta;", _intercept_penalised),
    (_EX5_GRAD, _right),  # the file's own lines, verbatim
    (_EX5_GRAD.replace("theta(2:rest,1);", "theta;").replace("grad(2:rest,1)= grad(2:rest,1) +", "grad = grad +"),
     _intercept_penalised),
])
def test_ex5_rest_of_the_zeros_start(text, gradient):
    verdict = _check(text, _EX5_J, _EX5_LETS)
    expected = "equivalent" if _agrees(gradient, _ex5) else "different"
    assert verdict.verdict == expected, verdict.notes
    notes = " ".join(verdict.notes)
    assert "grad = zeros(size(theta)) has the size of theta, so size(grad,1) is the number of theta's entries" in notes
    assert "rest=size(grad,1) counts the rows of the n×1 column theta" in notes
    assert "--let grad = zeros(size(theta)) only starts grad with zeros" in notes


def test_ex5_cost_alone_is_read_with_the_start_left_out():
    derivation = logderiv.derive(_EX5_J, let=_EX5_LETS)
    notes = " ".join(derivation.problem.notes)
    assert "the texts never name grad, so the start is not used and is left out" in notes
    assert "theta(2:rest, …) is theta(2:end)" in notes


@pytest.mark.parametrize(("changed", "message"), [
    # a shifted slice: entry j gets θ_{j−1}'s penalty, refused as before
    ("theta(1:rest-1,1);", "are not the same entries"),
    # rest used otherwise than as a range's end: not put as end, and the update is refused as before
    ("theta(2:rest,1) + rest;", "is updated with the same entries of theta"),
])
def test_ex5_near_misses_stay_refused(changed, message):
    text = _EX5_GRAD.replace("theta(2:rest,1);", changed)
    with pytest.raises(InputError) as caught:
        _check(text, _EX5_J, _EX5_LETS)
    assert message in str(caught.value)
    assert caught.value.column is not None


def test_a_start_the_answer_reads_is_kept_for_its_own_reading():
    # grad = grad + V: the start is read (zero_started) as before, not left out by octave_fill
    text = "grad = grad + (1 / m) * (X' * (X * theta - y)) + (lambda / m) * [0; theta(2:end)];"
    verdict = _check(text, "J = 1/(2*m)*sum((X*theta - y).^2) + lambda/(2*m)*sum(theta(2:end).^2);",
                     ("grad = zeros(size(theta))", "m = length(y)"))
    assert verdict.verdict == ("equivalent" if _agrees(_right, _ex5) else "different")
    assert not any("only starts grad with zeros" in note for note in verdict.notes), verdict.notes
    assert any("grad starts at zero" in note for note in verdict.notes), verdict.notes


def test_a_count_used_otherwise_is_not_put_as_end():
    cost, answer, lets, notes = octave_fill.read_filled_start(
        "J = sum(theta(2:rest).^2)/rest;", None, ["grad = zeros(size(theta));", "rest=size(grad,1);"])
    assert cost is not None and cost.text == "J = sum(theta(2:rest).^2)/rest;"
    assert "rest=size(theta, 1);" in lets  # size(grad,1) is still θ's, said
    assert not any("2:rest is 2:end" in note for note in notes)


def test_no_start_no_reading():
    cost, answer, lets, notes = octave_fill.read_filled_start("J = sum(theta(2:rest).^2);", None, ["rest=size(grad,1);"])
    assert cost is not None and cost.text == cost.original and notes == [] and lets == ["rest=size(grad,1);"]


# ---------------------------------------------------------------- f77: i = 1; grad(i,1) = …; for i = 2:n … end
# source: tests/corpus/fresh_seventyseventh.py LIN_LOOP (public code index file 40200368605, Octave, ex5
# linearRegCostFunction.m, '%%this quiz not need sigmoid?')
_LOOP_COST = "J = sum((h - y).^2)/(2*m) + lambda*sum([theta(2:end,1)].^2)/(2*m);"
_LOOP_LETS = ("m = length(y); % number of training examples", "h = X * theta;")
_LOOP_GRAD = ("i = 1;\ngrad(i,1) = sum((h - y).*X(:,i))/m;\n\nn = size(X,2);\n\nfor i = 2:n\n"
              "  grad(i,1) = sum((h - y).*X(:,i))/m + (lambda/m)*theta(i,1);\nend")


def test_loop_from_two_after_the_intercepts_entry():
    verdict = _check(_LOOP_GRAD, _LOOP_COST, _LOOP_LETS)
    assert verdict.verdict == ("equivalent" if _agrees(_right, _ex5) else "different")
    notes = " ".join(verdict.notes)
    assert "'i = 1;' sets the letter i for the lines before the loop that sets it again: i is 1 there" in notes
    assert "'n = size(X,2);' counts the parameters' entries" in notes


def test_loop_without_m_in_the_rest_is_refused_not_misread():
    # the corpus's variant: the parts differ by more than a penalty, which the pieces' reading does not judge
    text = _LOOP_GRAD.replace("sum((h - y).*X(:,i))/m + (lambda", "sum((h - y).*X(:,i)) + (lambda")
    with pytest.raises(InputError) as caught:
        _check(text, _LOOP_COST, _LOOP_LETS)
    assert "the parts differ by" in str(caught.value)
    assert caught.value.column is not None


@pytest.mark.parametrize("changed", [
    _LOOP_GRAD.replace("n = size(X,2);", "n = size(X,1);"),  # the examples' count bounds no loop over entries
    _LOOP_GRAD.replace("i = 1;", "i = 2;"),  # entry 2 written apart, entry 1 never
    _LOOP_GRAD.replace("i = 1;\n", "i = 1;\nq = i;\n"),  # the letter used otherwise before the loop
])
def test_loop_near_misses_stay_refused(changed):
    with pytest.raises(InputError) as caught:
        _check(changed, _LOOP_COST, _LOOP_LETS)
    assert caught.value.column is not None or caught.value.source is not None


# ---------------------------------------------------------------- f77: theta_new = theta'; theta_new(:,2:end)
# source: tests/corpus/fresh_seventyseventh.py LIN_TEMP (public code index file 34832822515, Octave, ex5
# linearRegCostFunction.m, '% X = 12*2 y = 12*1 theta = 2*1')
_TEMP_COST = (
    "J = (1/(2*m)) * sum(error .^ 2);\n\ntheta_new = theta';\ntheta_new = theta_new(:,2:end);\n"
    "reg = (lambda/(2*m)) * sum(theta_new .^ 2);\n\nJ = J + reg;"
)
_TEMP_LETS = ("m = length(y); % number of training examples", "hypo = X * theta; % 12*1", "error = hypo - y; % 12*1")


@pytest.mark.parametrize(("text", "gradient"), [
    ("temptheta = theta;\ntemptheta(1) = 0;\ngrad = (1/m) * (X' * error) + (lambda/m) * temptheta;", _right),
    ("grad = (1/m) * (X' * error) + (lambda/m) * theta;", _intercept_penalised),
])
def test_row_copy_cut_to_its_rest(text, gradient):
    verdict = _check(text, _TEMP_COST, _TEMP_LETS)
    assert verdict.verdict == ("equivalent" if _agrees(gradient, _ex5) else "different"), verdict.notes
    assert any("theta_new = theta' is the row thetaᵀ and theta_new = theta_new(:,2:end) keeps its columns after the "
               "first" in note for note in verdict.notes), verdict.notes


@pytest.mark.parametrize("cost", [
    _TEMP_COST.replace("sum(theta_new .^ 2)", "theta_new * theta_new'"),  # a use whose orientation matters
    _TEMP_COST.replace("theta_new = theta';", "theta_new = theta;"),  # a column's (:,2:end) is no entry at all
])
def test_row_copy_near_misses_are_not_read_so(cost):
    assert octave_fill.read_cut_row(cost) is None
    with pytest.raises(InputError):
        logderiv.derive(cost, let=_TEMP_LETS)


# ---------------------------------------------------------------- f76: grad = … .+ …; xm = X( :,1 ); grad(1) = …
# source: tests/corpus/fresh_seventysixth.py (public code index file 33878242194, Octave, ex5 linearRegCostFunction.m)
_XM_COST = ("F = X * theta - y;\nJ = (F' * F) / (2*m);\n\n% Compute the regularization term...\ntheta_prime = theta';\n"
            "theta_prime(1)= 0.0;\n\nR = (theta_prime * theta) * lambda/(2.0*m);\n\nJ += R;")
_XM_LETS = ("m = length(y)", "F = X * theta - y")
_XM_GRAD = "grad = (X' * F) / m .+ lambda/m * theta;\n\nxm = X( :,1 );\ngrad(1) = (xm' * F) / m;"


def _xm_first_penalised(X, y, t):  # grad(1) = (xm' * F) / m + lambda/m * theta(1): every entry penalised
    return _intercept_penalised(X, y, t)


@pytest.mark.parametrize(("text", "gradient"), [
    (_XM_GRAD, _right),  # verbatim: entry 1 overwritten without the penalty
    (_XM_GRAD.replace("grad(1) = (xm' * F) / m;", "grad(1) = (xm' * F) / m + lambda/m * theta(1);"),
     _xm_first_penalised),
])
def test_helper_between_the_lines_and_dotted_plus(text, gradient):
    verdict = _check(text, _XM_COST, _XM_LETS)
    assert verdict.verdict == ("equivalent" if _agrees(gradient, _ex5) else "different"), verdict.notes
    notes = " ".join(verdict.notes)
    assert "xm = X( :,1 ) reads nothing the lines write" in notes
    assert ".+ and .- add and subtract entry by entry" in notes


def test_helper_that_reads_the_gradient_is_not_moved():
    # gm = grad(1) reads what the first line wrote: its value depends on where it is computed, so not put in
    text = "grad = (X' * F) / m + lambda/m * theta;\ngm = grad;\ngrad(1) = (X(:,1)' * F) / m + 0 * gm(1);"
    with pytest.raises(InputError):
        _check(text, _XM_COST, _XM_LETS)


# ---------------------------------------------------------------- f77: theta(1,1) = 0 among the cost's lines
# source: tests/corpus/fresh_seventyseventh.py LR_ROW (public code index file 33505764164, Octave, ex3 lrCostFunction.m)
_ROW_BLOCK = (
    "h = sigmoid(X * theta);\ntheta(1,1) = 0;\n"
    "J = (1/m) * ((-y)' * log(h) - (1-y)' * log(1 -h)) + (lambda/(2*m)) * (theta' * theta);"
)


def test_row_one_column_one_is_the_first_entry():
    from _numeric import penalised_cross_entropy, sigmoid

    def right(X, y, t):
        return X.T @ (sigmoid(X @ t) - y) / len(y) + _LAM / len(y) * _rest_zeroed(t)

    def cost(X, y, t):
        return penalised_cross_entropy(X, y, t, _LAM)

    verdict = _check("grad = (1/m) * X' * (sigmoid(X * theta) - y) + (lambda/m) * [0; theta(2:end)];", _ROW_BLOCK,
                     ("m = length(y); % number of training examples",))
    assert verdict.verdict == ("equivalent" if _agrees(right, cost) else "different"), verdict.notes


_ROW_LETS = ("m = length(y); % number of training examples",)
_ROW_GRAD = _ROW_BLOCK + "\ngrad = (1/m) * X' * (h - y) + (lambda/m) * theta;\ngrad(1,1) = (1/m) * X'(1,:) * (h - y)"


def _logistic_right(X, y, t):
    from _numeric import sigmoid

    return X.T @ (sigmoid(X @ t) - y) / len(y) + _LAM / len(y) * _rest_zeroed(t)


def _logistic_cost(X, y, t):
    from _numeric import penalised_cross_entropy

    return penalised_cross_entropy(X, y, t, _LAM)


def test_whole_then_first_entry_overwritten():
    # the file's lines verbatim: θ(1,1) zeroed, grad = … + (λ/m)θ (so [0; θ(2:end)]), then entry 1 written anew
    verdict = _check(_ROW_GRAD, _ROW_BLOCK, _ROW_LETS)
    assert verdict.verdict == ("equivalent" if _agrees(_logistic_right, _logistic_cost) else "different")
    notes = " ".join(verdict.notes)
    assert "[0; theta(2:end)] in the line that writes the whole has theta's entries after the first" in notes
    assert "the answer is grad, and no other line uses J" in notes


def test_whole_then_wrong_column_is_refused_not_misread():
    # the corpus's variant X'(2,:): entry 1 from column 2, which the pieces' reading refuses (a miss, not a misread)
    with pytest.raises(InputError) as caught:
        _check(_ROW_GRAD.replace("X'(1,:)", "X'(2,:)"), _ROW_BLOCK, _ROW_LETS)
    assert "X(:,2)" in str(caught.value) and caught.value.column is not None


def test_zeroed_whole_without_a_first_entry_written_anew_stays_refused():
    # [0; theta(2:end)] read as θ only for the rest: with the rest written anew and entry 1 left, it is refused
    text = ("grad = (1/m) * X' * (h - y) + (lambda/m) * [0; theta(2:end)];\n"
            "grad(2:end) = (1/m) * X(:,2:end)' * (h - y) + (lambda/m) * theta(2:end);")
    with pytest.raises(InputError) as caught:
        _check(text, _ROW_BLOCK, _ROW_LETS + ("h = sigmoid(X * theta);",))
    assert "theta(2:end)" in str(caught.value)


@pytest.mark.parametrize(("answer", "left_out"), [
    ("grad = (1/m)*(X'*(h-y));\ngrad(2:end) = grad(2:end) + 1;", True),  # the first line sets grad whole
    ("% a comment line\ngrad = X'*e;", True),
    ("grad = [0; grad(2:end)];", False),  # reads grad inside its brackets: the start is what it reads
    ("grad = grad + 1;", False),  # the start read (zero_started's reading, not this one)
    ("grad = (X'*e ...\n + grad);", False),  # a statement continued inside its bracket
])
def test_the_start_is_left_out_only_when_unread(answer, left_out):
    _, _, lets, notes = octave_fill.read_filled_start(None, answer, ["grad = zeros(size(theta));"])
    assert (lets == []) is left_out
    assert any("only starts grad with zeros" in note for note in notes) is left_out


def test_reading_the_lines_is_linear_in_a_long_line():
    # a helper line of many spaces between the gradient's lines, and a long start --let: the work grows linearly
    from logderiv.notation import gradient_pieces
    from work import assert_linear

    def pieces(size):
        lines = ["grad = (X' * F) / m + lambda/m * theta;", "xm = X(:,1)" + " " * size + ";",
                 "grad(1) = (xm' * F) / m;"]
        return lambda: gradient_pieces.assemble("\n".join(lines), lines)

    def start(size):
        lets = ["grad = zeros(size(theta))" + " " * size + ";", "rest=size(grad,1)" + " " * size + ";"]
        return lambda: octave_fill.read_filled_start("J = sum(theta(2:rest,:).^2);", None, lets)

    assert_linear(pieces, 2000)
    assert_linear(start, 2000)


# ---------------------------------------------------------------- f44: [grad_0; grad_rest]
# source: tests/corpus/fresh_fortyfourth.py (aakhedr's Octave costFunctionReg: grad_0 = …; grad_rest = …;
# grad = [grad_0; grad_rest];)
_AAK_COST = "(1/ m) * (-y' * log(H) - (1 - y)' * log(1 - H)) + lambda / (2 * m) * sum(theta(2:end, :).^2)"
_AAK_LETS = ("grad_0 = 1/m  * (X(:,1)' * (H - y))",
             "grad_rest = 1/m * (X(:,2:end)' * (H - y)) + lambda/ m * theta(2:end,:)", "H = sigmoid(X * theta)")


def _aak_rest_lambda_not_over_m(X, y, t):
    from _numeric import sigmoid

    g = X.T @ (sigmoid(X @ t) - y) / len(y) + _LAM * t
    g[0] = X[:, 0] @ (sigmoid(X @ t) - y) / len(y)
    return g


@pytest.mark.parametrize(("lets", "gradient"), [
    (_AAK_LETS, _logistic_right),
    ((_AAK_LETS[0], _AAK_LETS[1].replace("lambda/ m *", "lambda *"), _AAK_LETS[2]), _aak_rest_lambda_not_over_m),
])
def test_stacked_intercept_and_rest(lets, gradient):
    verdict = _check("[grad_0; grad_rest]", _AAK_COST, lets)
    assert verdict.verdict == ("equivalent" if _agrees(gradient, _logistic_cost) else "different"), verdict.notes
    assert any("[grad_0; grad_rest] stacks grad_0, one number (it takes X(:,1)" in note for note in verdict.notes)


@pytest.mark.parametrize("answer, lets", [
    ("[grad_rest; grad_0]", _AAK_LETS),  # the rest first: not the intercept's entry on the rest
    ("[grad_0; grad_rest]", (_AAK_LETS[0].replace("X(:,1)", "X(:,2:end)"), *_AAK_LETS[1:])),  # no column 1
    ("[grad_0; grad_rest]", (*_AAK_LETS, "grad_all = grad_rest")),  # a part used elsewhere
])
def test_stacked_near_misses_are_not_read_so(answer, lets):
    stacked, kept, notes = octave_fill.read_stacked_parts(answer, lets)
    assert notes == [] and list(kept) == list(lets)
