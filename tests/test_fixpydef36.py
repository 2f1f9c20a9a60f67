"""fixpydef36 (issue 10): Python functions given as --lets the way course code writes them, read by Python's meaning.

* a ``def`` whose body has a docstring, type annotations (``X: np.ndarray``, ``-> float``), tabs, or local
  assignments before ``return`` (``z = np.dot(x, w) + b`` / ``return z``, ``cost += regcost``) is the function
  of the value it returns, each local put into it (noted: "read as Python: def linearf(x, w, b) sets z = … and
  returns z: each name put in the returned value: …"); a method's ``self`` is the object, not an argument;
  a body that branches, loops or returns early is refused with its line;
* ``X.flatten() * w`` (a one-feature model's predict): NumPy's flat array times a value by '*' has one entry per
  example only where X is one column, so it is the one feature x (before, the flatten was dropped and, through a
  def let, X * w read as the matrix product Xw: a silent misread at n > 1);
* ``g = np.vectorize(g, otypes=[…])`` beside ``def g(z)``: g applied to each entry, the line dropped (noted);
* ``m, n = x.shape`` with n used (``theta.reshape((n,1))``): n is logderiv's own n, the features (no let that
  would redefine it; the items that write it stay refused for np.matrix's '*', which their text does not say);
* ``super().calc_gradient(X, y)``: the inherited method the --let gives.

Expected gradients are worked out by hand and held to central finite differences of NumPy costs written here
(tests/_numeric.py, the corpus judge's finite differences), never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences, sigmoid
from _reading import assert_gradient_read, assert_verdict_read, refused
from logderiv import check, derive
from logderiv.errors import InputError
from logderiv.notation import python_def
from work import assert_linear


# ------------------------------------------------------------------ the material, verbatim

# github.com/Amiche02/TitanicPrediction/blob/73266bc24a344317b4eb04f03ed3e999c17091fc/LogisticReg.py
# (def linearf, def sigmoid, the body of def compute_cost(x, y, w, b, lambda_=1), dedented)
AMI_DEFS = (
    "def linearf(x, w, b):\n    z = np.dot(x, w) + b\n    return z",
    "def sigmoid(z):\n    return 1/(1 + np.exp(-z))",
)
AMI_COST = (
    "m = x.shape[0]\n\nz = linearf(x, w, b)\nf_wb = sigmoid(z)\n\n"
    "cost = -np.sum(y*np.log(f_wb) + (1-y)*np.log(1-f_wb))/m\n\n"
    "regcost = lambda_/(2*m) * np.sum(w**2)\n\ncost += regcost\n\nreturn cost"
)

# github.com/PedroGuth/curso-calculo-para-ia/blob/0c0a3bc89de0fab7cd0e8e38ffd6d8ea3c073cbd/ módulo 12
# ('Gradiente Descendente 2: Variações e Truques'), def mse_loss, def predict, def gradient_descent_batch
PED_LETS = (
    'def mse_loss(y_true, y_pred):\n    """Calcula o erro quadrático médio"""\n    return np.mean((y_true - y_pred) ** 2)',
    'def predict(X, w, b):\n    """Faz predição: y = w*x + b"""\n    return X.flatten() * w + b',
    "y_pred = predict(X, w, b)",
)

# github.com/ariel5253/IA-ESP/blob/aaa359579a8c5a9e05d61a12208fde1fb6be033d/03-machine-learning/03-unidad/evidencia/
# Actividad03_Regresion_Logistica.ipynb (def compute_cost, the lab's m, n = X.shape and def sigmoid with its local g)
ARI_COST = (
    'loss_sum = 0  # Inicializa la suma de las pérdidas en cero\n'
    'for i in range(m):\n'
    '  z_wb = np.dot(w, X[i]) + b  # Calcula z = w·x + b para el ejemplo i\n'
    '  f_wb = sigmoid(z_wb)        # Calcula la predicción usando la función sigmoide\n'
    '  loss = -y[i] * np.log(f_wb) - (1 - y[i]) * np.log(1 - f_wb)  # Calcula la pérdida para el ejemplo i\n'
    '  loss_sum += loss            # Acumula la pérdida total\n'
    '\n'
    'total_cost = loss_sum / m       # Calcula el costo promedio sobre todos los ejemplos'
)
ARI_LETS = ("m, n = X.shape", "def sigmoid(z):\n    g = 1 / (1 + np.exp(-z))\n    return g")

# public code index file 22213760901 (Python), def sigmoid and the body of def computeCostReg
HANDS_COST = (
    "m = len(y)\nhypo = sigmoid(x.dot(theta))\nterm1 = np.log(hypo).T.dot(-y)\nterm2 = np.log(1-hypo).T.dot(1-y)\n"
    "left_hand = (term1 - term2)/m\nright_hand = (lamda/(2*m))*(theta.T.dot(theta)) \n"
    "return (left_hand + right_hand).flatten()"
)
HANDS_LETS = ("def sigmoid(z):\n  g = 1.0 / (1.0 + np.exp(-z))\n  return g",)

# jetbrains-academy, AdagradReg's def calc_gradient (its parent's method given as the let, FullGD/task.py)
JB_PARENT = ("def calc_gradient(self, X: np.ndarray, y: np.ndarray) -> np.ndarray:\n    return "
             "2 * np.dot(X.T, (np.dot(X, self.w) - y)) / X.shape[0]")


# ------------------------------------------------------------------ costs by hand


def _cross_entropy_wb(d):
    p = sigmoid(d.X @ d.w + d.b)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _reg_cross_entropy_wb(d):
    # the mean cross-entropy of σ(xw + b) plus (λ/2m)Σw_j², b outside the penalty
    return _cross_entropy_wb(d) + d.lam / (2 * d.m) * float(d.w @ d.w)


def _mse_one_feature(d):
    # np.mean((y - (x w + b))²), no ½: the one feature x (Data.x), the scalar weight w (Data.w[0])
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / d.m


def _reg_cross_entropy_every_theta(d):
    p = sigmoid(d.X @ d.theta)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))) + d.lam / (2 * d.m) * float(d.theta @ d.theta)


# ------------------------------------------------------------------ read now


def test_a_def_with_a_local_before_return_and_cost_plus_equals_regcost():
    assert_gradient_read(AMI_COST, _reg_cross_entropy_wb, wrt=("w_j", "b"), lets=AMI_DEFS)
    notes = derive(AMI_COST, wrt="b", let=AMI_DEFS).problem.notes
    assert any("def linearf(x, w, b) sets z = np.dot(x, w) + b and returns z: each name put in the returned value: the function linearf(x, w, b) = np.dot(x, w) + b"
               in note for note in notes), notes


def test_a_docstring_and_a_one_feature_flatten():
    assert_gradient_read("loss = mse_loss(y, y_pred)", _mse_one_feature, wrt=("w", "b"), lets=PED_LETS)
    notes = derive("loss = mse_loss(y, y_pred)", wrt="w", let=PED_LETS).problem.notes
    assert any("def mse_loss(y_true, y_pred) has a docstring, no statement" in note for note in notes), notes
    assert any("X.flatten() times a value by '*'" in note and "the one feature x" in note for note in notes), notes


def test_a_sigmoid_with_its_local_g_beside_m_n_equals_shape():
    assert_gradient_read(ARI_COST, _cross_entropy_wb, wrt=("w_j", "b"), lets=ARI_LETS)


def test_a_two_space_def_and_a_flattened_one_by_one_cost():
    assert_gradient_read(HANDS_COST, _reg_cross_entropy_every_theta, lets=HANDS_LETS)


def test_super_calls_the_method_the_let_gives():
    # ∂/∂w_j of mean((Xw − y)²) + (μ/2)Σw² is (2/m)Xᵀ(Xw − y) + μw: the parent's gradient plus l2 = μw
    cost = "np.mean((np.dot(X, self.w) - y)**2) + gamma/2 * np.sum(self.w**2)"
    right = "l2 = self.w * self.gamma\nreturn super().calc_gradient(X, y) + l2"
    twice = "l2 = 2 * self.w * self.gamma\nreturn super().calc_gradient(X, y) + l2"
    assert_verdict_read(right, cost, "equivalent", wrt="w_j", lets=(JB_PARENT,))
    assert_verdict_read(twice, cost, "different", wrt="w_j", lets=(JB_PARENT,))
    X, y, w, gamma = np.random.default_rng(3).normal(size=(5, 3)), np.arange(5.0), np.array([0.2, -1.0, 0.5]), 0.7
    truth = central_differences(lambda v: float(np.mean((X @ v - y) ** 2) + gamma / 2 * v @ v), w)
    assert np.allclose(2 * X.T @ (X @ w - y) / 5 + gamma * w, truth, atol=1e-6)
    assert not np.allclose(2 * X.T @ (X @ w - y) / 5 + 2 * gamma * w, truth, atol=1e-6)


@pytest.mark.parametrize("indent", ["    ", "\t"])
def test_annotations_docstring_and_locals_against_finite_differences(indent):
    let = (f"def predict(X: np.ndarray, w: np.ndarray) -> np.ndarray:\n{indent}'''The model.'''\n"
           f"{indent}z = X @ w  # the scores\n{indent}return z")
    cost = "np.mean((predict(X, w) - y) ** 2)"
    # by hand: ∂/∂w mean((Xw − y)²) = (2/m)Xᵀ(Xw − y)
    X, y, w = np.random.default_rng(7).normal(size=(6, 3)), np.linspace(-1, 1, 6), np.array([0.3, -0.2, 1.1])
    truth = central_differences(lambda v: float(np.mean((X @ v - y) ** 2)), w)
    assert np.allclose(2 * X.T @ (X @ w - y) / 6, truth, atol=1e-6)
    assert check("2 * X.T @ (X @ w - y) / m", cost=cost, wrt="w_j", let=(let,)).verdict == "equivalent"
    assert check("X.T @ (X @ w - y) / m", cost=cost, wrt="w_j", let=(let,)).verdict == "different"


def test_locals_are_put_in_at_once_and_in_order():
    # z = w; w = 2*z; return w + z: Python returns 2w + w (z keeps the parameter's value), not 2w + 2w
    text, note = python_def.collapse("def f(w):\n    z = w\n    w = 2*z\n    return w + z")
    assert text == "def f(w): return (2*w) + w"
    assert "sets its parameter w again" in note
    # cost = a; cost += b changes the caller's array a in place (mend36): refused, no longer read as (a + b) * 2
    let = "def c(a, b):\n    cost = a\n    cost += b\n    cost *= 2\n    return cost"
    with pytest.raises(InputError) as caught:
        python_def.collapse(let)
    assert "caller's a changes" in str(caught.value) and caught.value.column == let.index("cost +=")


def test_vectorize_of_a_def_of_one_number():
    # public code index file 23483638191: def g(z): #sigmoid function / return 1.0 / (1 + math.pow(math.e, -z)),
    # then g = np.vectorize(g, otypes=[np.float64]); here beside a cost whose other lines logderiv reads
    lets = ("def g(z):\n\t#sigmoid function\n\treturn 1.0 / (1 + math.pow(math.e, -z))",
            "g = np.vectorize(g, otypes=[np.float64])")
    cost = "-np.mean(y * np.log(g(X @ theta)) + (1 - y) * np.log(1 - g(X @ theta)))"

    def cross_entropy(d):
        p = sigmoid(d.X @ d.theta)
        return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))

    assert_gradient_read(cost, cross_entropy, lets=lets)
    notes = derive(cost, let=lets).problem.notes
    assert any("np.vectorize(g, otypes=[np.float64]) makes g, a function of one number, apply to each entry" in note
               for note in notes), notes


# ------------------------------------------------------------------ kept refused: message and position


@pytest.mark.parametrize(("body", "word"), [
    ("    if x > 0:\n        return x\n    return 0", "if"),
    ("    for i in range(3):\n        x = x + 1\n    return x", "for"),
    ("    while x > 1:\n        x = x / 2\n    return x", "while"),
])
def test_a_def_that_branches_or_loops_is_refused_at_its_line(body, word):
    let = "def f(x):\n" + body
    error = refused(derive, "np.sum(f(X @ theta) - y)", let=(let,))
    assert f"the body of def f has '{word}': a function that branches or loops is not read as one value" \
        in str(error)
    assert error.column == let.index(word)


def test_a_def_that_returns_early_is_refused_at_the_first_return():
    let = "def f(x):\n    return x\n    y2 = 2\n    return y2"
    error = refused(derive, "np.sum(f(X @ theta) - y)", let=(let,))
    assert "returns before its last line" in str(error)
    assert error.column == let.index("return")


def test_a_value_that_doubles_at_each_local_is_refused_not_built():
    lines = "".join(f"    a{k + 1} = a{k} * a{k}\n" for k in range(40))
    let = f"def f(a0):\n{lines}    return a40"
    with pytest.raises(InputError) as caught:
        python_def.collapse(let)
    assert "builds a value of more than" in str(caught.value)


def test_the_locals_are_read_in_linear_work():
    def build(size):
        let = "def f(x):\n" + "".join(f"    v{k} = x + {k}\n" for k in range(size)) + "    return x"
        return lambda: python_def.collapse(let)

    assert_linear(build, 50)


# ------------------------------------------------------------------ near-misses: not read the new way


def test_a_def_with_a_subscript_assignment_is_left_to_the_other_readers():
    # v[0] = 0 changes the array in place: no local value to put in, so collapse leaves the text as it is
    assert python_def.collapse("def f(x):\n    v = x\n    v[0] = 0\n    return v") is None
    assert python_def.collapse("def f(x):\n    return x * 2") is None  # the one-line reading's, unchanged


def test_flatten_beside_the_matrix_x_is_not_the_one_feature():
    # X.flatten() * w beside X @ v: X is a matrix of several columns here, so no one-feature reading
    let = "def predict(X, w, v): return X.flatten() * w + X @ v"
    refused(derive, "np.mean((predict(X, w, v) - y) ** 2)", wrt="w", let=(let,))


def test_vectorize_of_another_name_or_of_an_undefined_function_stays_refused():
    cost = "np.mean((h(X @ theta) - y) ** 2)"
    error = refused(derive, cost, let=("h = np.vectorize(g)",))
    assert "vectorize" in str(error)
    error = refused(derive, cost, let=("h = np.vectorize(h)",))
    assert "vectorize" in str(error)


def test_super_without_a_let_for_the_method_is_refused():
    refused(check, "return super().calc_gradient(X, y) + gamma * w", cost="np.mean((X @ w - y)**2)", wrt="w_j")


def test_a_docstring_holding_a_hash_is_still_a_docstring_and_a_string_statement_is_left_alone():
    text, note = python_def.collapse('def f(x):\n    """Count # of rows.\n    # not a comment"""\n    z = x * 2  # twice\n'
                                     '    return z')
    assert text == "def f(x): return x * 2"
    assert "has a docstring, no statement" in note
    # s = "a#b": a string among the statements, whose '#' is no comment: not read here
    assert python_def.collapse('def f(x):\n    s = "a#b"\n    return x') is None
