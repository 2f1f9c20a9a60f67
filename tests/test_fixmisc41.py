"""fixmisc41 (issue 10): the labels on the right of the matrix product, ``v @ y``, in a text without X.

tscheys' R logistic regression (github.com/tscheys/ImplementLinearRegression, implementLogisticRegresison.R,
commit a5a5dcba5ffb336350d268e8e8cd03126c28a284, getCost) returns

    log(g) %*% -y - (1 - g) %*% (1-y)

and was refused "unexpected character '@': the matrix product is read only in a matrix answer (one that uses X)".
In NumPy the same line with 1-D arrays (``np.log(g) @ -y - np.log(1 - g) @ (1 - y)``) is two inner products: of
1-D arrays @ is the inner product, and an m×1 column on the left raises against the 1-D labels, so wherever the
code runs it is Σᵢ −yᵢ log gᵢ − Σᵢ (1 − yᵢ) log(1 − gᵢ). That is now read, with a note. R's %*% promotes a vector
to whatever shape fits: an m×1 matrix g (sigmoid(X %*% theta) is one) times the vector y is the m×m outer
product, so the R line's value turns on g's shape, which the line does not show: it stays refused, now saying so
at the %*%, with both readings.

Expected values are worked out by hand (the cross-entropy's gradient Xᵀ(σ(Xθ) − y), unscaled here since the line
has no 1/m) and checked by central finite differences of a NumPy cost written here.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.errors import InputError

# tscheys' getCost line (source above), verbatim
TSCHEYS = "log(g) %*% -y - (1 - g) %*% (1-y)"
TSCHEYS_LETS = ("g = sigmoid(theta,X)", "sigmoid(theta, X) = 1/(1+exp(-t(theta) %*% X))", "X = t(X)")
# the same cost in NumPy's words, labels on the right (a port written here, 1-D arrays: g = sigmoid(X @ theta))
NUMPY_COST = "np.log(g) @ -y - np.log(1 - g) @ (1 - y)"
NUMPY_LETS = ("g = sigmoid(X @ theta)",)
NOTE = "read as NumPy: np.log(g) @ -y has the labels on the right"
RNG = np.random.default_rng(4141)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _cost(X, y):
    def cost(theta):
        g = _sigmoid(X @ theta)
        return float(np.log(g) @ -y - np.log(1 - g) @ (1 - y))
    return cost


def test_the_hand_gradient_agrees_with_finite_differences():
    """∇θ [−yᵀlog σ(Xθ) − (1 − y)ᵀlog(1 − σ(Xθ))] = Xᵀ(σ(Xθ) − y), at random points."""
    for m, n in ((5, 3), (4, 4)):
        X, y, theta = RNG.normal(size=(m, n)), (RNG.random(m) > 0.5).astype(float), RNG.normal(size=n)
        assert np.allclose(_fd(_cost(X, y), theta), X.T @ (_sigmoid(X @ theta) - y), atol=1e-6)


def test_numpy_labels_on_the_right_are_read_as_the_inner_product_with_a_note():
    result = derive(NUMPY_COST, wrt="theta_j", let=NUMPY_LETS)
    assert any(note.startswith(NOTE) for note in result.problem.notes)
    assert "(np.log(g))ᵀ(-y)" in next(note for note in result.problem.notes if note.startswith(NOTE))


@pytest.mark.parametrize("answer, verdict", [
    ("X' * (g - y)", "equivalent"),          # the hand gradient above, no 1/m (the line has none)
    ("X' * (g - y) / m", "different"),      # a mean the line does not take
    ("X' * (y - g)", "different"),          # the sign lost
])
def test_the_numpy_cost_is_judged_against_hand_gradients(answer, verdict):
    assert check(answer, cost=NUMPY_COST, wrt="theta_j", let=NUMPY_LETS).verdict == verdict


def test_the_r_line_stays_refused_at_the_product_with_both_readings():
    with pytest.raises(InputError) as caught:
        derive(TSCHEYS, wrt="theta_j", let=TSCHEYS_LETS)
    message = str(caught.value)
    assert "has the labels on the right of R's %*%" in message
    assert "inner product" in message and "m×m outer product" in message
    assert caught.value.column == TSCHEYS.index("%*%")
    assert "t(log(g)) %*% -y" in caught.value.hint


@pytest.mark.parametrize("cost", [
    "2 * np.log(g) @ y",     # (2 * log g) @ y: the left operand of @ is a longer product, not read so
    "np.log(g) @ y_hat",     # not the labels
    "np.log(g) @ y.T",       # a transpose on the right: not this reading's
    "np.log(g) @ y[0]",      # an entry of the labels
])
def test_near_misses_are_not_read_as_the_labels_product(cost):
    with pytest.raises(InputError) as caught:
        result = derive(cost, wrt="theta_j", let=NUMPY_LETS)
        assert not any(note.startswith("read as NumPy: ") and "has the labels on the right" in note
                       for note in result.problem.notes)
    assert "labels on the right" not in str(caught.value)


def test_a_bare_name_no_let_defines_is_not_read_so():
    """theta @ y, x @ y: bare names no --let defines stay '@' in a text without X, refused at the '@' (a typo there)."""
    for text in ("theta @ y", "x @ y"):
        with pytest.raises(InputError) as caught:
            derive(text, wrt="theta_j")
        assert str(caught.value).startswith("unexpected character '@'")
        assert caught.value.column == text.index("@")


def test_the_labels_on_both_sides_keep_the_other_reading():
    """y @ (1 - y) is the labels' own product: the y @ v rule's (y.T), not this one's; no θ in it, so refused."""
    with pytest.raises(InputError) as caught:
        derive("y @ (1 - y)", wrt="theta_j")
    assert "labels on the right" not in str(caught.value)


def test_r_with_x_and_a_column_on_the_left_is_refused_not_read_as_an_inner_product():
    """R: X %*% theta is an m×1 matrix, so log(sigmoid(X %*% theta)) %*% -y is R's m×m outer product (the vector y
    promoted to a 1×m row); it was read as the inner product Σᵢ −yᵢ log σ(θᵀxᵢ) (NumPy's 1-D meaning): refused."""
    text = "log(sigmoid(X %*% theta)) %*% -y"
    with pytest.raises(InputError) as caught:
        derive(text, wrt="theta_j")
    assert "m×m outer product" in str(caught.value)
    assert caught.value.column == text.rindex("%*%")  # the product with y, not the one inside


def test_numpy_with_x_keeps_its_inner_product():
    """NumPy's np.log(sigmoid(X @ theta)) @ -y: with 1-D θ the 1-D inner product (an m×1 column would raise): read
    as before, −Σᵢ yᵢ log σ(θᵀxᵢ), whose gradient Σᵢ −yᵢ(1 − σᵢ)xᵢ is checked here against finite differences."""
    X, y, theta = RNG.normal(size=(5, 3)), (RNG.random(5) > 0.5).astype(float), RNG.normal(size=3)

    def cost(t):
        return float(np.log(_sigmoid(X @ t)) @ -y)
    hand = X.T @ (-y * (1 - _sigmoid(X @ theta)))
    assert np.allclose(_fd(cost, theta), hand, atol=1e-6)
    assert check("-X' * (y .* (1 - sigmoid(X * theta)))", cost="np.log(sigmoid(X @ theta)) @ -y",
                 wrt="theta_j").verdict == "equivalent"


def test_r_with_a_transpose_is_left_to_the_matrix_reader():
    """t(log(g)) %*% -y says the shape: read as before (g = σ(Xθ)), no refusal of this module."""
    result = derive("t(log(g)) %*% -y - t(1 - g) %*% (1-y)", wrt="theta_j", let=("g = sigmoid(X %*% theta)",))
    assert not any("labels on the right" in note for note in result.problem.notes)


# ------------------------------------------------------------------ a def with *argv whose body loops: said so

# public code index file 3078210436 (the Machine Learning Specialization's logistic lab, compute_gradient with *argv;
# tests/corpus/fresh_eightyfirst.py, f81-idx3078210436-swapped-unpack-*), verbatim
COMPUTE_GRADIENT = (
    "def compute_gradient(X, y, w, b, *argv):\n    m, n = X.shape\n    y = np.ravel(y)\n    dj_dw = np.zeros(w.shape)\n"
    "    dj_db = 0.\n\n    for i in range(m):\n        z_i = np.dot(w, X[i]) + b\n        f_wb_i = sigmoid(z_i)\n"
    "        err_i = f_wb_i - y[i]\n        for j in range(n):\n            dj_dw[j] += err_i * X[i][j]\n"
    "        dj_db += err_i\n\n    dj_dw /= m\n    dj_db /= m\n\n    return dj_dw, dj_db")
UNPACK = "m, n = X.shape\n\ndj_db, dj_dw = compute_gradient(X, y, w, b)\n\ndj_dw = dj_dw + (lambda_/m) * w\n\nreturn dj_db, dj_dw"


def test_a_def_with_argv_whose_body_loops_is_refused_at_its_loop():
    """It was refused 'a --let has one '=', or a chain whose first side is a name' (the def's head with *argv was no
    def to the def reader, so its lines were taken for a chain of '='): now the def's own refusal, at the loop."""
    with pytest.raises(InputError) as caught:
        check(UNPACK, cost="logistic", wrt="w_j", let=(COMPUTE_GRADIENT,))
    assert "the body of def compute_gradient has 'for'" in str(caught.value)
    assert caught.value.column == COMPUTE_GRADIENT.index("for i in range(m)")


def test_a_def_with_args_and_no_loop_is_still_not_read():
    """*args makes nothing else read: a def with it and a one-value body stays refused (no reading of a variadic call)."""
    helper = "def grad(X, y, theta, *args):\n    m = len(y)\n    p = 1 / (1 + np.exp(-(X @ theta)))\n    return X.T @ (p - y) / m"
    with pytest.raises(InputError):
        check("grad(X, y, theta)", cost="logistic", wrt="theta_j", let=(helper,))


# ------------------------------------------------------------------ a cost function's body: J's lines beside grad's

# cap's Chinese ex2 costFunctionReg (tests/corpus/fresh_eightyfirst.py, f81-cap-chinese-costfunctionreg-loop: the body
# under YOUR CODE HERE), verbatim; the template's lines before it as --let s
CAP_BODY = (
    "n=length(theta);\nfor i=1:m\n    J=J-y(i)*log(sigmoid(X(i,:)*theta))-(1-y(i))*log(1-sigmoid(X(i,:)*theta));\n"
    "    for j=1:n\n    grad(j)=grad(j)+(sigmoid(X(i,:)*theta)-y(i))*X(i,j);\n    end\nend\nJ=1/m*J;\n"
    "grad=1/m.*grad;\n\nt=0;\nfor j=2:n  %惯例上不对theta1惩罚，但是即使惩罚了也影响不大，只是一个常数项\n"
    "    t=t+theta(j)^2;\n    grad(j)=grad(j)+lambda/m*theta(j);\nend\nt=lambda/(2*m)*t;\nJ=J+t;")
CAP_LETS = ("m = length(y); % number of training examples", "J = 0;", "grad = zeros(size(theta));")
GRADIENT_LINES = "read as Octave: the cost is J, the body's last value; its lines grad(j)=grad(j)+"


def test_the_ex2_regularised_gradient_agrees_with_finite_differences():
    """J = −(1/m)Σ[y log σ + (1 − y) log(1 − σ)] + (λ/2m)Σ_{j≥2}θⱼ²: ∇J = Xᵀ(σ(Xθ) − y)/m + (λ/m)[0; θ₂…θₙ]."""
    from _numeric import intercept_data, penalised_cross_entropy
    for seed, (m, n) in ((1, (5, 3)), (2, (4, 4))):
        X, y, theta = intercept_data(seed, m, n)
        lam = 0.7
        hand = X.T @ (_sigmoid(X @ theta) - y) / m + lam / m * np.r_[0.0, theta[1:]]
        assert np.allclose(_fd(lambda t: penalised_cross_entropy(X, y, t, lam), theta), hand, atol=1e-6)


def test_the_body_read_as_its_cost_j_with_the_gradient_lines_left_out():
    result = derive(CAP_BODY, wrt="theta_j", let=CAP_LETS)
    note = next(note for note in result.problem.notes if note.startswith(GRADIENT_LINES))
    assert "with the loop 'for j=1:n' that only they made up" in note
    # the hand gradient above, and one that penalises θ₁ too
    assert check("X' * (sigmoid(X*theta) - y) / m + lambda/m * [0; theta(2:end)]", cost=CAP_BODY, wrt="theta_j",
                 let=CAP_LETS).verdict == "equivalent"
    assert check("X' * (sigmoid(X*theta) - y) / m + lambda/m * theta", cost=CAP_BODY, wrt="theta_j",
                 let=CAP_LETS).verdict == "different"


@pytest.mark.parametrize("body", [
    # J reads grad: the gradient's lines are not apart from J
    "for i=1:m\n    J=J+(X(i,:)*theta-y(i))^2;\n    grad=grad+X(i,:)';\nend\nJ=J/(2*m)+sum(grad);",
    # grad set beside another statement on one line
    "for i=1:m\n    J=J+(X(i,:)*theta-y(i))^2; grad=grad+X(i,:)';\nend\nJ=J/(2*m);",
    # the last line is the gradient's, not J's: the text's value is not J
    "for i=1:m\n    J=J+(X(i,:)*theta-y(i))^2;\nend\nJ=J/(2*m);\ngrad=X'*(X*theta-y)/m;",
    # the emptied loop's index read after it (its last value): not left out
    "for i=1:m\n    J=J+(X(i,:)*theta-y(i))^2;\nend\nfor k=1:2\n    grad(k)=0;\nend\nJ=J/(2*m)*k;",
])
def test_bodies_whose_gradient_lines_are_not_apart_are_not_sliced(body):
    from logderiv.notation.gradient_lines import without_gradient_lines
    assert without_gradient_lines(body) is None


def test_a_sliced_body_keeps_its_columns():
    from logderiv.notation.gradient_lines import without_gradient_lines
    sliced = without_gradient_lines(CAP_BODY)
    assert sliced is not None and len(sliced[0]) == len(CAP_BODY)
    assert [line for line in sliced[0].split("\n") if "grad" in line] == []
    assert sliced[0].split("\n")[2] == CAP_BODY.split("\n")[2]  # J's line where it was


def test_neuromatchs_likelihood_with_the_labels_on_the_right_reads_as_with_them_on_the_left():
    """test_fixnp's near variant 'log_lik = np.log(rate) @ y - rate.sum()' (neuromatch's Poisson GLM with its product
    turned round, kept refused there until now): of 1-D arrays the same Σᵢ yᵢ log rateᵢ, so −log_lik is
    Σᵢ e^{θᵀxᵢ} − Σᵢ yᵢ θᵀxᵢ, checked by the corpus judge's finite differences of that NumPy cost."""
    from _reading import assert_gradient_read

    def poisson_nll(d):
        s = d.X @ d.theta
        return float(np.sum(np.exp(s)) - d.y @ s)

    assert_gradient_read("-log_lik", poisson_nll, lets=("log_lik = np.log(rate) @ y - rate.sum()",
                                                         "rate = np.exp(X @ theta)"))
