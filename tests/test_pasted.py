r"""Text pasted from code, web pages and image addresses (logderiv/notation/pasted.py and its neighbours).

Each spelling is judged against the same cost written independently in a spelling
logderiv already reads: the gradient derived from the pasted text must be the
derivative of the reference cost (``tests/_oracle.py``: ``sympy.diff`` and finite
differences, no code shared with the engine), and the two costs must agree at
random points. Answers are checked for the hand-worked verdict. What the text does
not settle is refused, with the column in the text as written.

The examples are real (the source in a comment), beside the fresh corpus's
(tests/corpus/fresh_code.py), so that each reading is a family and not one item.
"""

from __future__ import annotations

import pytest

from _oracle import assert_equal, assert_gradient
from logderiv import check, derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError
from logderiv.notation import pasted

LINEAR = "1/(2m) * sum((theta^T x - y)^2)"
LOGISTIC = "-1/m * sum(y log(sigmoid(theta^T x)) + (1 - y) log(1 - sigmoid(theta^T x)))"
LOGISTIC_NO_INTERCEPT_PENALTY = LOGISTIC + " + lambda/(2m) * (sum_k(theta_k^2) - theta_1^2)"
ONE_FEATURE = "1/(2m) * sum((w x + b - y)^2)"
RIDGE = "1/(2m) * sum((w^T x - y)^2) + lambda/(2m) * sum_k(w_k^2)"

# (pasted cost, its --let, --wrt, the same cost in a spelling already read, a note it must carry)
COSTS = [
    # Phamlong2675/Machine-learning- (notebook, J = … / float(m)), with y for the labels
    ("J = - (np.dot(y.T, np.log(h)) + np.dot((1-y).T, np.log(1-h))) / float(m)",
     ("z = np.dot(X, theta)", "h = sigmoid(z)"), "theta_j", LOGISTIC, "float(m) is m"),
    # holbertonschool l2_reg_cost spells λ lambtha (lambda is a Python keyword); DeepLearning.AI spells it lambd
    ("J = (1/(2*m)) * np.sum((X @ w - y)**2) + (lambtha / (2 * m)) * np.sum(w**2)", (), "w_j", RIDGE,
     "lambtha is λ"),
    ("J = np.sum((X @ w - y)**2) / (2*m) + lambd / 2 / m * np.sum(w**2)", (), "w_j", RIDGE, "lambd is λ"),
    # github:ai-source-code/ML … week-3 (a DeepLearning.AI port, compute_cost: total_cost = -np.mean(…))
    ("total_cost = -np.mean(y * np.log(y_pred) + (1 - y) * np.log(1 - y_pred))",
     ("z = np.dot(X, w) + b", "y_pred = 1 / (1 + np.exp(-z))"), "w_j",
     "-1/m * sum(y log(sigmoid(w^T x + b)) + (1 - y) log(1 - sigmoid(w^T x + b)))", "total_cost = … assigns the cost"),
    # a LogisticRegression class's cost_func (cost_trues, cost_falses, total_cost = -np.mean(…))
    ("total_cost = -np.mean(cost_trues + cost_falses)",
     ("cost_trues = y * np.log(predictions)", "cost_falses = (1 - y) * np.log(1 - predictions)",
      "predictions = sigmoid(X @ theta)"), "theta_j", LOGISTIC, "total_cost = … assigns the cost"),
    # Octave's anonymous functions: sigmoid = @(z) 1 ./ (1 + exp(-z)); (several course solutions), g = inline(…)
    ("J = (1/m)*sum(-y.*log(h) - (1-y).*log(1-h));", ("sigmoid = @(z) 1 ./ (1 + exp(-z));", "h = sigmoid(X*theta);"),
     "theta_j", LOGISTIC, "is an anonymous function"),
    ("J = (1/m)*sum(-y.*log(h) - (1-y).*log(1-h));", ("g = @(z) 1 ./ (1 + exp(-z));", "h = g(X*theta);"),
     "theta_j", LOGISTIC, "is an anonymous function"),
    ("J = (1/m)*sum(-y.*log(h) - (1-y).*log(1-h));", ('g = inline("1.0 ./ (1.0 + exp(-z))");', "h = g(X*theta);"),
     "theta_j", LOGISTIC, "is an anonymous function of z"),
    # lrCostFunction.m solutions: n = length(theta); theta(2:n) leaves the intercept out of the penalty
    ("J = -1/m* ( y' *log(hteta) + (1-y)' *log(1-hteta) )  + lambda/(2*m)*(theta(2:n)'*theta(2:n));",
     ("hteta = sigmoid(X*theta) ;", "n = length(theta);"), "theta_j", LOGISTIC_NO_INTERCEPT_PENALTY,
     "n = length(theta) is n"),
    ("J = (-y'*log(h)-(1-y)'*log(1-h))/m + (theta(2:n)'*theta(2:n))*lambda/2/m;",
     ("n = length(theta);", "h = sigmoid(X*theta);", "m = length(y);"), "theta_j", LOGISTIC_NO_INTERCEPT_PENALTY,
     "m = length(y) is m"),
    # github:JamesNorris153/ThePerfectMatch functions/lrCostFunction.m: tempTheta = theta; tempTheta(1) = 0;
    ("J = (-1 / m) * sum(y.*log(sigmoid(X * theta)) + (1 - y).*log(1 - sigmoid(X * theta))) + "
     "(lambda / (2 * m))*sum(tempTheta.^2);", ("tempTheta = theta;", "tempTheta(1) = 0;"), "theta_j",
     LOGISTIC_NO_INTERCEPT_PENALTY, "is theta with its first entry"),
    # a course solution's (1/m).*(…): Octave's .* with a number is the product
    ("J = (1/m).*((-y')*log(h) - ((1-y)')*log(1-h)) + (lambda/(2*m))*(theta(2:n)'*theta(2:n));",
     ("h = sigmoid(X * theta);", "n = length(theta);"), "theta_j", LOGISTIC_NO_INTERCEPT_PENALTY,
     "n = length(theta) is n"),
    # np.matrix code (Coursera ports): a .T between two residuals, nothing that sums
    ("J = (X*theta - y).T*(X*theta - y)/(2*m)", (), "theta_j", LINEAR, "read as np.matrix code"),
    # NumPy: np.divide, np.sum(…, axis=0) of a vector, x.shape[0] (arjunan-k/ML_Projects' training loop)
    ("loss = np.divide(np.mean((y - yhat)**2, axis=0), 2)", ("yhat = w * x + b",), "w", ONE_FEATURE,
     "np.divide(a, b) is a / b"),
    ("loss = np.sum((yhat - y)**2, axis=0) / (2 * len(x))", ("yhat = w * x + b",), "b", ONE_FEATURE,
     "axis 0 is its only axis"),
    # markdown notes in HTML: karikarshivani-like glossaries, the MLS notes (Σ<sub>i=1</sub><sup>m</sup>)
    ("J(w, b) = (1 / 2m) Σ<sub>i=1</sub><sup>m</sup> (f<sub>w,b</sub>(x<sup>(i)</sup>) - y<sup>(i)</sup>)²",
     ("f<sub>w,b</sub>(x<sup>(i)</sup>) = wx<sup>(i)</sup> + b",), "w", ONE_FEATURE, "read as HTML"),
    ("J(w,b) =  1/(2m) * Σ<sub>i=1</sub><sup>m</sup> ( ŷ<sup>(i)</sup> - y<sup>(i)</sup>)<sup>2</sup>",
     ("ŷ<sup>(i)</sup> = wx<sup>(i)</sup>+b",), "b", ONE_FEATURE, "read as HTML"),
    # plain Unicode notes: per-example lets z_i, ŷ_i (rishith-s.github.io/100daysofML, with w for W)
    ("BCE = (1/N) * Σ_i BCE_i", ("BCE_i = - [ y_i * log(ŷ_i) + (1 - y_i) * log(1 - ŷ_i) ]", "ŷ_i = sigma(z_i)",
                                 "z_i = w · x_i + b", "sigma(z) = 1 / (1 + exp(-z))"), "w_j",
     "-1/m * sum(y log(sigmoid(w^T x + b)) + (1 - y) log(1 - sigmoid(w^T x + b)))", "defines z for each example"),
    # lower-case x times θ in code is X in every text (datascience.SE 27307's Octave loop)
    ("j = (1./m) * ( -y' * log( h ) - ( 1 - y' ) * log ( 1 - h))",
     ("z = x * theta;", "h = sigmoid(z);"), "theta_j", LOGISTIC, "so x is the data matrix X"),
]


@pytest.mark.parametrize("text, lets, wrt, reference_text, note", COSTS, ids=[case[0][:60] for case in COSTS])
def test_pasted_cost_has_the_gradient_of_its_plain_spelling(text, lets, wrt, reference_text, note):
    """derive(pasted text) = the derivative of the cost spelled as logderiv reads it (oracle), noted."""
    derivation = derive(text, wrt=wrt, let=lets)
    reference = read_cost(reference_text, wrt=wrt)
    read = derivation.problem
    definitions = {**read.definitions, **reference.definitions}
    assert_gradient(reference.cost, reference.wrt, read.expand_definitions(derivation.result), definitions)
    assert_equal([reference.expand_definitions(reference.cost), read.expand_definitions(read.cost)], definitions)
    assert any(note in said for said in read.notes), read.notes


ANSWERS = [
    # Phamlong2675 notebook: (1/float(m)) * np.dot(X.T, (h - Y)); the cost's Y is the labels, so is the answer's
    ("(1/float(m)) * np.dot(X.T, (h - Y))",
     "- (np.dot(Y.T, np.log(h)) + np.dot((1-Y).T, np.log(1-h))) / float(m)", "theta_j",
     ("z = np.dot(X, theta)", "h = sigmoid(z)"), "equivalent"),
    ("(1/float(m)) * np.dot(X.T, (Y - h))",
     "- (np.dot(Y.T, np.log(h)) + np.dot((1-Y).T, np.log(1-h))) / float(m)", "theta_j",
     ("z = np.dot(X, theta)", "h = sigmoid(z)"), "different"),
    # a linear-regression gradient-descent script: X.transpose().dot(…)
    ("(1/m) * X.transpose().dot((X.dot(theta) - y))", "np.sum((X.dot(theta) - y)**2) / (2*m)", "theta_j", (),
     "equivalent"),
    # Stack Overflow 17784587: xTrans = x.transpose(), x the design matrix
    ("np.dot(xTrans, loss) / m", "np.sum(loss ** 2) / (2 * m)", "theta_j",
     ("xTrans = x.transpose()", "hypothesis = np.dot(x, theta)", "loss = hypothesis - y"), "equivalent"),
    # codecogs image addresses (%20 for spaces): a README's ∂J/∂w with the minus dropped, ∂J/∂θ₀ right
    (r"\frac{\partial%20J}{\partial%20w}=\frac{1}{m}\sum_{i=1}^m(y_i-(wx_i+b))\cdot%20x_i",
     r"J(w,b)=\frac{1}{2m}\sum_{i=1}^m(y_i-(wx_i+b))^2", "w", (), "different"),
    (r"\frac{\partial%20J}{\partial%20\theta_0}%20=%20-\frac{1}{m}%20\sum_{i=1}^{m}%20(y_i%20-%20\hat{y}_i)",
     r"J = \frac{1}{2m}\sum_{i=1}^{m}(y_i - \hat{y}_i)^2", "theta_0", (r"\hat{y}_i = \theta_0 + \theta_1 x_i",),
     "equivalent"),
    # a bare operator on the left: ∂/∂θⱼ = …, \dfrac as Coursera's reading writes it
    (r"\dfrac{\partial}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}",
     r"J(\theta) = \frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2", "theta_j", (), "equivalent"),
    (r"\frac{\partial}{\partial b} = \frac{1}{m}\sum_{i=1}^m (w x_i + b - y_i)^2",
     r"J = \frac{1}{2m}\sum_{i=1}^m (w x_i + b - y_i)^2", "b", (), "different"),
    # JamesNorris153/ThePerfectMatch: tempTheta in the penalty's gradient
    ("(1 / m) * (X' * error) + (lambda/m)*tempTheta",
     "(-1 / m) * sum(y.*log(sigmoid(X * theta)) + (1 - y).*log(1 - sigmoid(X * theta))) + "
     "(lambda / (2 * m))*sum(tempTheta.^2)", "theta_j",
     ("tempTheta = theta;", "tempTheta(1) = 0;", "temp = sigmoid (X * theta);", "error = temp - y;"), "equivalent"),
    # a course solution: grad = (1/m)*(X'*(h-y)); temp = theta; temp(1) = 0; grad = grad + (lambda/m).*temp;
    ("grad + (lambda/m).*temp",
     "J = (1/m).*((-y')*log(h) - ((1-y)')*log(1-h)) + (lambda/(2*m))*(theta(2:n)'*theta(2:n));", "theta_j",
     ("h = sigmoid(X * theta);", "n = length(theta);", "temp = theta;", "temp(1) = 0;", "grad = (1/m)*(X'*(h-y));"),
     "equivalent"),
    ("grad + (lambda/m).*theta",
     "J = (1/m).*((-y')*log(h) - ((1-y)')*log(1-h)) + (lambda/(2*m))*(theta(2:n)'*theta(2:n));", "theta_j",
     ("h = sigmoid(X * theta);", "n = length(theta);", "grad = (1/m)*(X'*(h-y));"), "different"),
    # math.SE: σ defined of the expression it is applied to, σ(wx) = 1/(1+exp(-wx))
    (r"x(\sigma(wx) - y)", r"L(wx) = -y \log{(\sigma(wx))} - (1-y) \log{(1-\sigma(wx))}", "w",
     (r"\sigma(wx) = \frac{1}{1+\exp{(-wx)}}",), "equivalent"),
    (r"x(\sigma(wx) + y)", r"L(wx) = -y \log{(\sigma(wx))} - (1-y) \log{(1-\sigma(wx))}", "w",
     (r"\sigma(wx) = \frac{1}{1+\exp{(-wx)}}",), "different"),
    # NumPy ridge (Cornell CS4780 ports): w.T.dot(xTr), lambdaa
    ("2*xTr.dot((w.T.dot(xTr)-yTr).T) + 2*lambdaa*w",
     "(w.T.dot(xTr)-yTr).dot((w.T.dot(xTr)-yTr).T)+lambdaa*w.T.dot(w)", "w_j", (), "equivalent"),
]


@pytest.mark.parametrize("answer, cost, wrt, lets, verdict", ANSWERS, ids=[case[0][:60] for case in ANSWERS])
def test_pasted_answer_gets_the_hand_worked_verdict(answer, cost, wrt, lets, verdict):
    """check(pasted answer) gives the verdict worked out by hand."""
    assert check(answer, cost=cost, wrt=wrt, let=lets).verdict == verdict


def test_rewrites_are_said_in_the_verdict_notes():
    """What was rewritten reaches the verdict's notes (printed as note: lines)."""
    verdict = check(r"\frac{\partial}{\partial b} = \frac{1}{m}\sum_{i=1}^m (w x_i + b - y_i)",
                    cost=r"J = \frac{1}{2m}\sum_{i=1}^m (w x_i + b - y_i)^2", wrt="b")
    assert verdict.verdict == "equivalent"
    assert any("the left side is the operator ∂/∂b alone" in note for note in verdict.notes), verdict.notes


@pytest.mark.parametrize(
    "text, lets, wrt, column, message",
    [
        # n counts the features: a line that makes it the example count where no text writes n is refused at its n
        # (fixf67: n = length(y) is read as m where the texts count the examples with n, as n = len(y) always was,
        # so this line is refused by the reader of counts, as n = len(y) is, not by the rewriting of Octave lines)
        ("J = sum((X*theta - y).^2)/(2*m);", ("n = length(y);",), "theta_j", 0, "'n' has a fixed meaning"),
        ("J = sum((X*theta - y).^2)/(2*m);", ("m = length(theta);",), "theta_j", 4, "makes m the number of features"),
        # inline with two free letters: which is the argument is not said
        ("J = (1/m)*sum(-y.*log(h) - (1-y).*log(1-h));", ("g = inline('a*z + b');", "h = g(X*theta);"), "theta_j",
         None, "unexpected character"),
        # lambd beside lambda: two names, not one λ
        ("J = np.sum((X @ w - y)**2) + lambd * np.sum(w**2) + lambda", (), "w_j", 29, "unknown name 'lambd'"),
        # (np.sum((X @ theta - y)**2, axis=0) of the m×1 column is read: tests/test_numpy_axis.py)
        # np.matrix reading needs nothing that sums: with np.sum, '*' stays NumPy's
        ("np.sum((X*theta - y).T*(X*theta - y))/(2*m)", (), "theta_j", None, "multiplies entry by entry"),
        # an error in a rewritten text points into the text as written
        ("J = np.sum((X @ theta - y)**2) / float(m) + lgo(1)", (), "theta_j", 44, "unknown function 'lgo'"),
    ],
)
def test_what_the_pasted_text_does_not_settle_is_refused(text, lets, wrt, column, message):
    """Refusals (exit 2) carry the column in the text as written."""
    with pytest.raises(InputError) as caught:
        derive(text, wrt=wrt, let=lets)
    assert message in caught.value.message, caught.value.message
    if column is not None:
        assert caught.value.column == column, (caught.value.column, caught.value.message)
        assert caught.value.source in (text, *lets)


def test_an_answer_with_y_and_y_capital_is_refused():
    """The cost reads Y as y; an answer writing both Y and y is refused at Y (two names for the labels?)."""
    with pytest.raises(InputError) as caught:
        check("(1/m) * np.dot(X.T, (h - Y)) + 0*y", cost="- (np.dot(Y.T, np.log(h)) + np.dot((1-Y).T, np.log(1-h))) / m",
              let=("z = np.dot(X, theta)", "h = sigmoid(z)"))
    assert "'Y' beside 'y'" in caught.value.message
    assert caught.value.column == 25


def test_column_maps_back_through_rewrites():
    """A column in the rewritten text is the column of the same place in the text as written."""
    done = pasted.rewrite(r"\frac{\partial%20L}{\partial%20w}=x%20+%20y")
    assert done.text == r"\frac{\partial L}{\partial w}=x + y"
    assert done.column(done.text.index("y")) == done.original.index("y")
    assert done.column(done.text.index("L")) == done.original.index("L")


def test_a_percent_that_is_no_escape_is_left_alone():
    """A % not followed by two hex digits (a LaTeX comment, 50%) is not URL text: nothing is decoded."""
    assert pasted.rewrite(r"\frac{1}{m}%20 % a comment").text == r"\frac{1}{m}%20 % a comment"


def test_lambda_spelling_defined_by_a_let_is_left_alone():
    """A --let lam = … is the writer's own name: it is not read as λ."""
    assert pasted.rewrite("lam * w", defined={"lam"}).text == "lam * w"


@pytest.mark.parametrize(
    "answer, verdict",
    [
        # github:kashthealien/MachineLearning lrCostFunction.m: grad = (1/m)*(X'*(H-y) + [0 ; lambda*theta(2:n)])
        ("(1/m)*(X'*(H-y) + [0 ; lambda*theta(2:n)])", "equivalent"),
        ("(1/m)*(X'*(H-y) + [0 ; theta(2:n)*lambda])", "equivalent"),
        ("(1/m)*X'*(H-y) + [0 ; theta(2:n)*lambda/m]", "equivalent"),
        ("(1/m)*(X'*(H-y) + [0 ; 2*lambda*theta(2:n)])", "different"),
    ],
)
def test_zero_stacked_on_a_scaled_tail(answer, verdict):
    """[0; c·θ(2:end)] is c·[0; θ(2:end)] for a number c: the intercept left out of the penalty's gradient."""
    cost = "J = (1/m)*(-y'*log(H) - (1-y)'*log(1-H)) + (lambda/2/m)*(theta(2:n)'*theta(2:n));"
    lets = ("H = sigmoid(X*theta);", "n = length(theta);")
    assert check(answer, cost=cost, let=lets).verdict == verdict


@pytest.mark.parametrize("answer", ["(1/m)*(X'*(H-y) + [0 ; y*theta(2:n)])", "(1/m)*(X'*(H-y) + [0 ; 1/theta(2:n)])"])
def test_zero_stacked_on_anything_else_is_refused(answer):
    """Under the 0, only numbers times θ(2:end): a vector factor or θ(2:end) dividing is refused, at the entry."""
    with pytest.raises(InputError) as caught:
        check(answer, cost="J = (1/m)*(-y'*log(H) - (1-y)'*log(1-H));", let=("H = sigmoid(X*theta);",))
    assert "[0; v] is read for v = theta(2:end)" in caught.value.message
    assert caught.value.column == answer.index("; ") + 2  # the entry under the 0


@pytest.mark.parametrize(
    "cost, lets, wrt, message",
    [
        ("J = 1/(2*n) * sum((X*theta - y).^2);", ("n = length(theta);",), "theta_j",
         "'n' counts the features by this line, but the cost uses n as the number of examples"),
        (r"\frac{1}{n}\sum_{i=1}^{n} (y_i - m x_i - b)^2", ("m = length(y);",), "m",
         "'m' counts the examples by this line, but the cost uses m as a quantity of its own"),
    ],
)
def test_a_dropped_count_line_that_the_cost_contradicts_is_refused(cost, lets, wrt, message):
    """n = length(theta); beside a cost that counts its examples with n: which n is meant is not said."""
    with pytest.raises(InputError) as caught:
        derive(cost, wrt=wrt, let=lets)
    assert caught.value.message == message
    assert caught.value.source == lets[0] and caught.value.column == 0
