r"""fixpick36: which value an answer's lines mean, by the names of code (issue 10, f79's refusals).

* ``d_theta1 = …``, ``d_theta0 = …`` (a Portuguese course's calcular_gradientes), ``dj_w``, ``d_w``: a left side that
  names the derivative by its parameter (and component) is read as ``dw``, ``grad_w1`` are; one that names another
  parameter or component than --wrt is refused, as check's contract is for ``dw`` beside --wrt b.
* ``dj_w = …`` / ``dj_b = …`` / ``dj_w += …`` (an MLS-style lab): each line sets the gradient by its own parameter,
  so --wrt picks the one meant, the last line or not; noted. Names that do not decide it stay refused.
* ``n=float(len(X_train))`` beside ``Y_pred=m*X_train+c`` (stats.stackexchange 482537): m is the line's slope, n the
  count, X_train the one feature — read only where m is nowhere else and X_train never a matrix.
* ``a_w(x_i)`` undefined (a JetBrains course task's Q(w)): refused saying what a_w is and how to define it.

Expected results are worked out by hand and held to central finite differences of NumPy costs written here
(tests/_numeric.py) and to the corpus judge (tests/_reading.py), never to logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences, sigmoid
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

_RNG = np.random.default_rng(36)
EQ, DIFF = "equivalent", "different"

# ------------------------------------------------------------------ 1. d_theta1 (PedroGuth/curso-calculo-para-ia)
#: github.com/PedroGuth/curso-calculo-para-ia, módulo 11 notebook, def calcular_gradientes (verbatim) and the custo
#: line of its calcular_custo, with the lines before them as --let s
PED_COST = "custo = (1/(2*m)) * np.sum((predicoes - y)**2)"
PED_LETS = ("m = len(X)", "predicoes = theta0 + theta1 * X", "erros = predicoes - y")
PED_D_THETA1 = "d_theta1 = (1/m) * np.sum(erros * X)"
PED_D_THETA0 = "d_theta0 = (1/m) * np.sum(erros)"


def test_the_line_half_mse_partials_by_finite_differences():
    """custo = (1/2m)Σ(θ₀ + θ₁xᵢ − yᵢ)²: ∂/∂θ₀ = (1/m)Σeᵢ, ∂/∂θ₁ = (1/m)Σeᵢxᵢ (the verdicts below)."""
    x, y, at = _RNG.normal(size=6), _RNG.normal(size=6), _RNG.normal(size=2)
    cost = lambda t: np.sum((t[0] + t[1] * x - y) ** 2) / (2 * len(x))
    e = at[0] + at[1] * x - y
    assert np.allclose(central_differences(cost, at), [np.mean(e), np.mean(e * x)], atol=1e-6)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (PED_D_THETA1, "theta_1", EQ),
    ("d_theta1 = (1/m) * np.sum(erros)", "theta_1", DIFF),  # the x of the chain rule lost
    (PED_D_THETA0, "theta_0", EQ),
    ("d_theta0 = (1/m) * np.sum(erros * X)", "theta_0", DIFF),  # θ₁'s partial under θ₀'s name
])
def test_d_theta_names_the_partial_by_its_component(answer, wrt, verdict):
    assert_verdict_read(answer, PED_COST, verdict, wrt=wrt, lets=PED_LETS)
    said = logderiv.check(answer, cost=PED_COST, wrt=wrt, let=PED_LETS)
    assert any(note.startswith(f"the left side {answer.split(' =')[0]} = names the gradient") for note in said.notes)


@pytest.mark.parametrize("answer, wrt, named, asked", [
    (PED_D_THETA1, "theta_0", "theta1", "θ₀"),
    (PED_D_THETA0, "theta_1", "theta0", "θ₁"),
])
def test_d_theta_of_another_component_than_wrt_is_refused(answer, wrt, named, asked):
    error = refused(logderiv.check, answer, cost=PED_COST, wrt=wrt, let=PED_LETS)
    assert str(error.message).startswith(
        f"the left side {answer.split(' =')[0]} names the derivative by {named}, but the gradient is taken with "
        f"respect to {asked}")
    assert error.column == 0


def test_d_w_beside_another_parameter_is_refused():
    error = refused(logderiv.check, "d_w = (1/m) * np.sum(erros * X)", cost=PED_COST, wrt="theta_1", let=PED_LETS)
    assert "the left side d_w names the gradient by w, but the gradient is taken with respect to θ₁" in error.message
    assert error.column == 0


# ------------------------------------------------------------------ 2. dj_w, dj_b (Amiche02/TitanicPrediction)
#: github.com/Amiche02/TitanicPrediction, LogisticReg.py, def compute_gradient (verbatim); its helpers linearf and
#: sigmoid are given here by their bodies' values (a def as a --let is another branch's work)
AMI_LETS = ("m = x.shape[0]", "z = np.dot(x, w) + b", "f_wb = sigmoid(z)", "dj_z = f_wb - y")
AMI_COST = "cost = -np.sum(y*np.log(f_wb) + (1-y)*np.log(1-f_wb))/m + lambda_/(2*m)*np.sum(w**2)"
AMI_DJ = "dj_w = np.dot(x.T, dj_z)/m\ndj_b = np.sum(dj_z)/m\n\ndj_w += lambda_/m * w"


def _ami_cost(X, y, w, b, lam):
    p = sigmoid(X @ w + b)
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)) + lam / (2 * len(y)) * np.sum(w ** 2)


def test_the_regularised_logistic_gradient_by_finite_differences():
    """∂/∂w = Xᵀ(σ(Xw + b) − y)/m + (λ/m)w and ∂/∂b = Σ(σ − y)/m, b unpenalised (the verdicts below)."""
    X, y = _RNG.normal(size=(7, 3)), (_RNG.random(7) > 0.5).astype(float)
    w, b, lam = _RNG.normal(size=3), 0.3, 0.7
    p = sigmoid(X @ w + b)
    by_w = central_differences(lambda v: _ami_cost(X, y, v, b, lam), w)
    by_b = central_differences(lambda v: _ami_cost(X, y, w, v[0], lam), np.array([b]))
    assert np.allclose(by_w, X.T @ (p - y) / 7 + lam / 7 * w, atol=1e-6)
    assert np.allclose(by_b, [np.sum(p - y) / 7], atol=1e-6)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (AMI_DJ, "w_j", EQ),
    (AMI_DJ.replace("lambda_/m", "lambda_/(2*m)"), "w_j", DIFF),  # f79's variant: half the penalty's partial
    # the lines' own order, the asked one first or last: the names say which value is meant
    ("dj_w = np.dot(x.T, dj_z)/m + lambda_/m * w\ndj_b = np.sum(dj_z)/m", "w_j", EQ),
    ("dj_w = np.dot(x.T, dj_z)/m + lambda_/m * w\ndj_b = np.sum(dj_z)/m", "b", EQ),
    ("dj_w = np.dot(x.T, dj_z)/m + lambda_/m * w\ndj_b = np.sum(dj_z)", "b", DIFF),  # the 1/m lost
    ("dj_b = np.sum(dj_z)/m\ndj_w = np.dot(x.T, dj_z)/m", "w_j", DIFF),  # the penalty's λw/m lost
])
def test_lines_of_gradients_by_each_parameter_are_read_by_the_asked_name(answer, wrt, verdict):
    assert_verdict_read(answer, AMI_COST, verdict, wrt=wrt, lets=AMI_LETS)
    said = notes_of(logderiv.check(answer, cost=AMI_COST, wrt=wrt, let=AMI_LETS))
    assert any("the gradient by" in note and "is the answer" in note for note in said)


def test_lines_whose_last_value_is_another_parameters_gradient_stay_refused():
    # --wrt b, the lines end with dj_w += …: dj_b is set in between and never used after, and the value the lines end
    # with is w's gradient; which the answer is, the names and --wrt disagree on
    error = refused(logderiv.check, AMI_DJ, cost=AMI_COST, wrt="b", let=AMI_LETS)
    assert error.message.startswith("the lines compute dj_b, which their last value does not use")
    assert error.column == AMI_DJ.index("dj_b")


def test_lines_of_gradients_by_no_asked_parameter_are_not_read_by_name():
    # --wrt theta_j: neither dj_w nor dj_b is by θ, so no name says which line is meant (guard)
    lines = "dj_w = np.dot(x.T, dj_z)/m\ndj_b = np.sum(dj_z)/m"
    error = refused(logderiv.check, lines, cost=AMI_COST, wrt="theta_j", let=AMI_LETS)
    assert "is the answer" not in error.message


def test_two_lines_of_one_parameters_gradient_are_not_read_by_name():
    # dw and grad_w both by w: the names do not pick one line (guard: refused, as before)
    lines = "dw = np.dot(x.T, dj_z)/m\ngrad_w = np.sum(dj_z)/m"
    with pytest.raises(logderiv.errors.InputError):
        logderiv.check(lines, cost=AMI_COST, wrt="w_j", let=AMI_LETS)


# ------------------------------------------------------------------ 3. n and the slope m (stats.stackexchange 482537)
#: stats.stackexchange.com/questions/482537 (question, the asker's code, verbatim): the lets, the mse.append argument
#: and the D_m, D_c lines
SE_LETS = ("n=float(len(X_train)) # n=number of training data, we are converting it to float since we will need to "
           "divide n", "Y_pred=m*X_train+c")
SE_MSE = "numpy.sum((Y_train-Y_pred)**2)/n"
SE_D_M = "D_m= (-2/n) * sum(X_train*(Y_train-Y_pred))"
SE_D_C = "D_c= (-2/n) * sum(Y_train-Y_pred)"


def test_the_line_mse_partials_by_finite_differences():
    """(1/n)Σ(yᵢ − (m xᵢ + c))²: ∂/∂m = (−2/n)Σxᵢ(yᵢ − ŷᵢ), ∂/∂c = (−2/n)Σ(yᵢ − ŷᵢ) (the verdicts below)."""
    x, y, at = _RNG.normal(size=5), _RNG.normal(size=5), _RNG.normal(size=2)
    cost = lambda p: np.sum((y - (p[0] * x + p[1])) ** 2) / len(x)
    r = y - (at[0] * x + at[1])
    assert np.allclose(central_differences(cost, at), [-2 / 5 * np.sum(x * r), -2 / 5 * np.sum(r)], atol=1e-6)


def _line_mse(d):
    r = d.w[0] * d.x + d.b - d.y
    return float(r @ r) / d.m


def test_the_line_mse_with_its_count_n_is_derived_by_m_and_c():
    assert_gradient_read(SE_MSE, _line_mse, wrt=("m", "c"), lets=SE_LETS)


@pytest.mark.parametrize("answer, wrt, verdict", [
    (SE_D_M, "m", EQ),
    (SE_D_C, "c", EQ),
    ("D_m= (-2/n) * sum(Y_train-Y_pred)", "m", DIFF),  # f79's variant: the x of the chain rule lost
    ("D_c= (-1/n) * sum(Y_train-Y_pred)", "c", DIFF),  # the 2 of the square lost
])
def test_the_slope_m_beside_the_count_n(answer, wrt, verdict):
    assert_verdict_read(answer, SE_MSE, verdict, wrt=wrt, lets=SE_LETS)
    said = notes_of(logderiv.check(answer, cost=SE_MSE, wrt=wrt, let=SE_LETS))
    assert any(note.startswith("read as code: X_train is only ever multiplied by the number m, the line's slope")
               for note in said)


def test_an_m_that_also_divides_is_not_read_as_the_slope():
    # the cost divides by m as well: m counts too, so m*X_train is not the slope's product (guard: refused)
    with pytest.raises(logderiv.errors.InputError):
        logderiv.check(SE_D_M, cost="numpy.sum((Y_train-Y_pred)**2)/m", wrt="m", let=SE_LETS)


def test_x_train_used_as_a_matrix_is_not_read_as_the_one_feature():
    # X_train.T @ …: the data is a matrix in this text, so m * X_train is no line's slope times one feature (guard)
    try:
        said = notes_of(logderiv.check("D_m = (-2/n) * X_train.T @ (Y_train-Y_pred)", cost=SE_MSE, wrt="m",
                                       let=SE_LETS))
    except logderiv.errors.LogderivError:
        return  # refused: not read the new way
    assert not any("the line's slope" in note for note in said)


# ------------------------------------------------------------------ 4. a_w(x_i) (jetbrains-academy course task)
#: the task's Q(w) (LaTeX, verbatim), f78-jb-intro-Q-a-w
JB_Q = r"Q(w) = \dfrac{1}{\ell} \sum\limits_{i=1}^{\ell} \left(a_w(x_i) - y_i\right)^2"


def test_an_undefined_a_w_is_refused_saying_what_it_is():
    error = refused(logderiv.derive, JB_Q, wrt="w_j")
    assert error.message.startswith("'a_w(…)' is the model's prediction by the parameters w")
    assert "which model a is" in error.message
    assert error.column == JB_Q.index("a_w")
    assert "--let 'a_w(x) = \\langle w, x \\rangle'" in (error.hint or "")


def test_a_w_defined_as_the_linear_model_is_read():
    """Q = (1/ℓ)Σ(⟨w, xᵢ⟩ − yᵢ)²: ∇Q = 2Xᵀ(Xw − y)/ℓ (the verdict below), by finite differences."""
    X, y, w = _RNG.normal(size=(6, 3)), _RNG.normal(size=6), _RNG.normal(size=3)
    cost = lambda v: np.mean((X @ v - y) ** 2)
    assert np.allclose(central_differences(cost, w), 2 * X.T @ (X @ w - y) / 6, atol=1e-6)
    verdict = logderiv.check("2 * np.dot(X.T, (np.dot(X, self.w) - y)) / X.shape[0]", cost=JB_Q, wrt="w_j",
                             let=[r"a_w(x) = \langle w, x \rangle"])
    assert verdict.verdict == EQ


def test_a_bare_undefined_a_keeps_its_message():
    error = refused(logderiv.derive, "J = sum((a(x_i) - y_i)^2)", wrt="w_j")
    assert error.message == "'a' is not defined"


# ------------------------------------------------------------------ 5. an answer's bare l beside a cost counting by l
#: the Russian notebook's Q(w) and its matrix gradient (f78-fin-russian-nabla-Q-matrix, LaTeX, verbatim)
FIN_Q = r"Q(w) = \frac{1}{l} \sum_{i = 1}^l (\langle w, x_i \rangle - y_i)^2"
FIN_GRAD = r"\nabla Q = \frac{2}{l} X^T (X w - y)"


def test_the_russian_mse_gradient_by_finite_differences():
    """Q = (1/l)Σ(⟨w, xᵢ⟩ − yᵢ)², l the number of objects: ∇Q = (2/l)Xᵀ(Xw − y) (the verdicts below)."""
    X, y, w = _RNG.normal(size=(5, 3)), _RNG.normal(size=5), _RNG.normal(size=3)
    cost = lambda v: np.sum((X @ v - y) ** 2) / 5
    assert np.allclose(central_differences(cost, w), 2 / 5 * X.T @ (X @ w - y), atol=1e-6)


@pytest.mark.parametrize("answer, verdict", [
    (FIN_GRAD, EQ),
    (r"\nabla Q = \frac{1}{l} X^T (X w - y)", DIFF),  # f78's variant: the 2 of the square lost
    (r"\nabla Q = 2 l X^T (X w - y)", DIFF),  # times the count, not divided by it
])
def test_an_answers_bare_l_is_the_costs_count(answer, verdict):
    assert_verdict_read(answer, FIN_Q, verdict, wrt="w_j")
    said = logderiv.check(answer, cost=FIN_Q, wrt="w_j").notes
    assert "l counts the examples in the cost: the answer's l is read as m too" in said


@pytest.mark.parametrize("answer", [
    r"\nabla Q = \frac{2}{l} X^T (X w - y) + x_l",  # l also a script here: a feature index, as before
    r"\frac{\partial Q}{\partial w_j} = \frac{2}{l} \sum_{i=1}^{m} (\langle w, x_i \rangle - y_i) x_{il}",
])
def test_an_answers_l_used_as_an_index_stays_refused(answer):
    error = refused(logderiv.check, answer, cost=FIN_Q, wrt="w_j")
    assert error.message.startswith("'l' is a feature index, not a variable")
    assert error.column == answer.index("{l}") + 1


def test_a_bare_l_beside_a_cost_that_does_not_count_by_l_stays_refused():
    # the cost counts by m: the answer's l is no count another text gives (guard)
    error = refused(logderiv.check, FIN_GRAD, cost=r"Q(w) = \frac{1}{m} \sum_{i=1}^m (\langle w, x_i \rangle - y_i)^2",
                    wrt="w_j")
    assert error.message.startswith("'l' is a feature index, not a variable")
    assert error.column == FIN_GRAD.index("{l}") + 1
