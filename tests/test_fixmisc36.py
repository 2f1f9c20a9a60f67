"""Issue 10, fixmisc36: f80's one misread (the Italian notes' J(w, b) with f_{wb} undefined) and R's exp(1) ** (-z).

1. ``J(w, b) = \\frac{1}{2m} \\sum_{i=1}^m (f_{wb}(x^{(i)}) - y^{(i)})^2`` with no --let was read as wᵀx + b, a weight
   vector, where the notes mean the one-feature line y = wx + b (f80-idx45259289269-italian-J-wb, judged wrong).
   The ML Specialization writes its one-feature prediction plain, f_{w,b}(x^{(i)}), and its many-feature one bold,
   f_{\\mathbf{w},b}(\\mathbf{x}^{(i)}): where the whole text is that plain notation and nothing in it writes w or x as
   a vector, the undefined f_{w,b} is now the line w x⁽ⁱ⁾ + b (noted); anything that marks a vector (bold, w_j,
   Σ_j, x_j, wᵀ, ·) or a derivative by w_j keeps the vector reading, as before.
2. R's ``sigmoid <- function(z) 1 / (1 + exp(1) ** (-z))`` (R has no e: exp(1) is e, ** is ^) was refused as
   "not the sigmoid": it is σ, now recognised; other bases and signs stay refused.

Gradients are held to central finite differences of costs written by hand in NumPy (the corpus judge, through
tests/_reading.py), and the one-feature line's partials also to the formulas worked out by hand below.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy

import logderiv
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused, refused_by_logderiv

# public code index file 45259289269 (Italian Markdown, 'Regressione Lineare e Discesa del Gradiente'),
# II. Stima dei Parametri, A. Funzione di Costo — tests/corpus/fresh_eightieth.py, _IT_J
ITALIAN_J = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^m (f_{wb}(x^{(i)}) - y^{(i)})^2"


def _one_feature_half_mse(d) -> float:
    """By hand: the notes' 'Caso specifico con equazione di primo grado: y = wx + b', w the scalar slope."""
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _vector_half_mse(d) -> float:
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * d.m)


def _vector_ridge(d) -> float:
    return _vector_half_mse(d) + d.lam / (2 * d.m) * float(d.w @ d.w)


def test_the_italian_cost_is_the_one_feature_line():
    assert_gradient_read(ITALIAN_J, _one_feature_half_mse, wrt=("w", "b"))


def test_the_italian_cost_says_what_it_read():
    notes = notes_of(logderiv.derive(ITALIAN_J, wrt="w"))
    said = sorted({note for note in notes if note.startswith("h is not defined: reading h = w x⁽ⁱ⁾ + b")})
    assert len(said) == 1
    assert "f_{wb}(x^{(i)}) is written plain as the ML Specialization writes its one-feature model" in said[0]
    assert "derive by w_j" in said[0]
    assert not any("names the whole vector" in note for note in notes)
    # by b, nothing asks for w's entries: the convention is said, with how to ask for the vector
    assert any("by --wrt b nothing asks for w's entries" in note for note in notes_of(logderiv.derive(ITALIAN_J, wrt="b")))


def test_the_one_feature_partials_by_hand():
    """dJ/dw = (1/m)Σ(wxᵢ + b − yᵢ)xᵢ and dJ/db = (1/m)Σ(wxᵢ + b − yᵢ), worked by hand, at a point, against
    central differences of the NumPy cost (the hand formulas themselves checked here, then held to logderiv's)."""
    rng = np.random.default_rng(36)
    x, y = rng.normal(size=5), rng.normal(size=5)
    w, b = 0.7, -0.3

    def cost(w, b):
        return float(np.sum((w * x + b - y) ** 2)) / (2 * len(x))

    by_hand_w = float(np.mean((w * x + b - y) * x))
    by_hand_b = float(np.mean(w * x + b - y))
    step = 1e-6
    assert by_hand_w == pytest.approx((cost(w + step, b) - cost(w - step, b)) / (2 * step), rel=1e-6)
    assert by_hand_b == pytest.approx((cost(w, b + step) - cost(w, b - step)) / (2 * step), rel=1e-6)
    derivation = logderiv.derive(ITALIAN_J, wrt="w")
    entries = {(str(item.base), len(item.indices)) for item in derivation.result.atoms(sympy.Indexed)}
    assert ("w", 1) not in entries and ("x", 2) not in entries, entries  # one number w, no w_j, no feature x_j
    # logderiv's partial by w at the point: h = w x⁽ⁱ⁾ + b put in, the sum written out for m = 5, the values given
    expression = derivation.result
    for key, value in derivation.problem.definitions.items():
        expression = expression.replace(key.func, sympy.Lambda(key.args, value)) if key.args else expression.subs(key, value)
    named = {str(s): s for s in expression.free_symbols}
    expression = expression.subs(named["m"], len(x)).doit()
    values = {sympy.Indexed(sympy.IndexedBase(name), k + 1): data[k] for name, data in (("x", x), ("y", y))
              for k in range(len(x))}
    values.update({named["w"]: w, named["b"]: b})
    assert float(expression.xreplace(values)) == pytest.approx(by_hand_w, rel=1e-9)


# the notes' own partials (II. Calcolo delle Derivate, with G_{w,b} = 1/(1+e^{-wx-b})), against the one-feature line's
# squared error: a variant pairing (the notes' squared-error partials are these with G read as the line)
@pytest.mark.parametrize(("answer", "wrt", "verdict"), [
    (r"\frac{\partial J(w,b)}{\partial w} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)}) \cdot x^{(i)}", "w",
     "equivalent"),
    (r"\frac{\partial J(w,b)}{\partial b} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})", "b", "equivalent"),
    # by hand: without the factor x⁽ⁱ⁾ this is ∂J/∂b, not ∂J/∂w
    (r"\frac{\partial J(w,b)}{\partial w} = \frac{1}{m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})", "w", "different"),
])
def test_answers_against_the_italian_cost(answer, wrt, verdict):
    assert_verdict_read(answer, ITALIAN_J, verdict, wrt=wrt)


def test_a_plain_cross_entropy_of_f_wb_is_the_one_feature_sigmoid():
    """Variant of the Italian page's notation in the course's logistic cost: σ(wx⁽ⁱ⁾ + b), by hand."""
    text = (r"J(w,b) = -\frac{1}{m}\sum_{i=1}^m \left[ y^{(i)}\log f_{w,b}(x^{(i)}) + (1-y^{(i)})\log(1 - "
            r"f_{w,b}(x^{(i)})) \right]")

    def intended(d):
        p = 1 / (1 + np.exp(-(d.w[0] * d.x + d.b)))
        return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))

    assert_gradient_read(text, intended, wrt=("w", "b"))


# ------------------------------------------------------------------ the guard: what marks a vector keeps the vector

@pytest.mark.parametrize(("text", "intended"), [
    # bold: the course's many-feature cost (mls-c1w3-a1-logreg-l2-undefined-f's shape, squared)
    (r"J(\mathbf{w},b) = \frac{1}{2m} \sum_{i=1}^m (f_{\mathbf{w},b}(\mathbf{x}^{(i)}) - y^{(i)})^2", _vector_half_mse),
    # plain, but the penalty indexes w: w is a vector
    (r"J(w, b) = \frac{1}{2m} \sum_{i=1}^m (f_{wb}(x^{(i)}) - y^{(i)})^2 + \frac{\lambda}{2m} \sum_{j=1}^{n} w_j^2",
     _vector_ridge),
    # an arrow on w
    (r"J(\vec{w}, b) = \frac{1}{2m} \sum_{i=1}^m (f_{w,b}(x^{(i)}) - y^{(i)})^2", _vector_half_mse),
])
def test_a_text_that_marks_a_vector_keeps_the_vector_reading(text, intended):
    assert_gradient_read(text, intended, wrt=("w_j", "b"))
    for wrt in ("w_j", "b", "w"):
        try:
            notes = notes_of(logderiv.derive(text, wrt=wrt))
        except logderiv.InputError:
            continue  # refused by the bare w: not read as the line either
        assert not any("one-feature line" in note for note in notes)


def test_by_w_j_the_plain_text_is_a_vector():
    """--wrt w_j asks for a vector's entries: the reading is wᵀx + b, as before (f27-tongshan's shape, f_{wb})."""
    notes = notes_of(logderiv.derive(ITALIAN_J, wrt="w_j"))
    assert any(note.startswith("h is not defined: reading h = wᵀx + b") for note in notes)
    assert_gradient_read(ITALIAN_J, _vector_half_mse, wrt=("w_j",))


@pytest.mark.parametrize("text", [
    # no subscript: f(x^i) names no parameters, so nothing says it is the course's notation (f27-tongshan)
    r"J(w,b)=\frac{1}{2m}\sum_{i=1}^{m}(f(x^i)-y^i)^2",
    # h_w: Ng's CS229 writes a plain θ (or w) for a vector
    r"J(w, b) = \frac{1}{2m} \sum_{i=1}^m (h_w(x^{(i)}) - y^{(i)})^2",
])
def test_other_undefined_predictions_are_not_read_as_the_line(text):
    try:
        notes = notes_of(logderiv.derive(text, wrt="w"))
    except logderiv.InputError:
        return  # refused: not read as the line either
    assert not any("one-feature line" in note for note in notes)


def test_a_let_defining_f_is_used_not_the_convention():
    """A --let f = w^T x + b (a vector) is the page's model: no convention is applied beside it."""
    text = r"J(w, b) = \frac{1}{2m} \sum_{i=1}^m (f_{wb}(x^{(i)}) - y^{(i)})^2"
    assert_gradient_read(text, _vector_half_mse, wrt=("w_j", "b"), lets=(r"f_{w,b}(x) = w^T x + b",))


# ------------------------------------------------------------------ R: exp(1) ** (-z) is e^(−z)

# public code index file 37466607144 (R, sigmoid <- function(z), costFunc) — tests/corpus/fresh_eightyfirst.py
R_SIGMOID = "sigmoid <- function(z) {\n  return (1 / (1 + exp(1) ** (-z)))\n}"
R_COST = "J <- (1/m) * (t(-y) %*% log(sigmoid(X %*% theta)) - t(1 - y) %*% log(1 - sigmoid(X %*% theta)))"


def _cross_entropy(d) -> float:
    p = 1 / (1 + np.exp(-(d.X @ d.theta)))
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def test_r_sigmoid_with_exp_of_one_is_read():
    """By hand: exp(1) ** (-z) = e^(−z), so the function is σ; J is the mean cross-entropy of σ(Xθ)."""
    assert np.exp(1) ** (-0.37) == pytest.approx(np.exp(-0.37), rel=1e-15)
    assert_gradient_read(R_COST, _cross_entropy, lets=(R_SIGMOID, "m <- length(y)"))
    assert any("is the sigmoid σ" in note for note in notes_of(
        logderiv.derive(R_COST, let=(R_SIGMOID, "m <- length(y)"))))


@pytest.mark.parametrize("body", [
    "1 / (1 + exp(2) ** (-z))",  # e² to the −z: σ(2z), not σ(z)
    "1 / (1 + exp(1) ** z)",  # e^z: σ(−z)
])
def test_r_functions_named_sigmoid_that_are_not_it_stay_refused(body):
    definition = "sigmoid <- function(z) {\n  return (" + body + ")\n}"
    error = refused(logderiv.derive, R_COST, let=(definition, "m <- length(y)"))
    assert "σ is the sigmoid 1/(1 + e^(−z)) here, and this definition is not it" in str(error)
    assert error.column is not None


# ------------------------------------------------------------------ Octave: a penalty let with a numbered entry of θ

# public code index file 12883455482 (Octave, ex2 costFunctionReg.m with reg and reg2) — tests/corpus/fresh_eightyfirst.py
REG2_J = "J = (1/m) * ((-y'*log(pred)) - (1-y)' * log(1 - pred)) + reg2"
REG2_LETS = ("m = length(y); % number of training examples",
             "reg2 = (lambda / (2 * m)) * (sum(theta .^ 2) - theta(1) ^ 2)", "pred = sigmoid(X*theta);")
REG2_GRAD = ("temp = (pred - y)' * X;\ngrad = (1 / m) * temp' + (lambda / m) .* theta;\n"
             "grad(1) = (1 / m) * ((pred - y)' * X(:, 1))")


def _cross_entropy_theta1_free(d) -> float:
    """By hand: the mean cross-entropy of σ(Xθ) plus (λ/2m)(Σθ_j² − θ_1²), θ_1 (theta(1), Data.theta[0]) unpenalised."""
    p = 1 / (1 + np.exp(-(d.X @ d.theta)))
    data = -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))
    return data + d.lam / (2 * d.m) * (float(d.theta @ d.theta) - d.theta[0] ** 2)


def test_a_penalty_let_taking_theta_1_back_out_is_read():
    assert_gradient_read(REG2_J, _cross_entropy_theta1_free, lets=REG2_LETS)


def test_the_files_gradient_against_it():
    """By hand: Xᵀ(σ(Xθ) − y)/m + (λ/m)θ, its first entry overwritten by the data part alone: the gradient above."""
    assert_verdict_read(REG2_GRAD, REG2_J, "equivalent", lets=REG2_LETS)


@pytest.mark.parametrize(("penalty", "words"), [
    # θ₀ is not among logderiv's θ₁…θₙ: whether sum(theta .^ 2) holds it is not said
    ("reg2 = lambda * (sum(theta .^ 2) - theta_0 ^ 2)", "'theta' is a vector"),
    # a feature letter is no numbered entry
    ("reg2 = lambda * (sum(theta .^ 2) - theta(j) ^ 2)", "'theta' is a vector"),
])
def test_a_penalty_let_with_another_entry_stays_refused(penalty, words):
    error = refused(logderiv.derive, REG2_J, let=(penalty, "pred = sigmoid(X*theta);"))
    assert words in str(error)
    assert error.column is not None
