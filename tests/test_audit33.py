"""audit33 (issue 10, never a silent misread): the readings merged this session, probed with near-variants that mean
something else; each case found read confidently for another meaning is held here, with its meaning worked by hand.

* fixnames' data matrix under a code name: ``x_i @ w``, ``xi.dot(theta)``, ``x0``, ``xrow``, ``x_mean @ w``,
  lowercase ``xbar`` name one example's row or the mean row x̄ — a number per text, never the m×n matrix X;
* fixnames' vector --wrt names: ``sigmoid(X @ W1) @ w2`` is a two-layer network, W1 the hidden layer's n×H matrix
  (w2 was read as w's second entry, W1 as the parameter vector);
* fixnames' ``v' * ones(m,1)``: only of an m×1 vector of the examples — θ is n×1, ``(theta.^2)' * ones(m,1)`` is
  not conformable (it was read as Σθₖ²);
* fixmulti's docstring lines: ``α = 0.01`` and ``b = b − α ∂J/∂b`` are a setting and a descent step, not steps of
  the derivation (each was checked as one and judged wrong);
* fixmulti's cost after the derivation: a cost that is surely another one (a penalty the derivation never writes, the
  next section's logistic cost, one example's loss L beside ∂J/∂w) is refused, never the derivation judged wrong;
* fixmulti's Leibniz partials as displays of one '=' (``\\frac{dJ}{dw} = …``, ``\\frac{dJ}{db} = …``): each checked
  by its own parameter — a right page was judged wrong at the second (read as a step of the first).

The mathematics is checked independently: central finite differences (tests/_numeric.py) and sympy.diff.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences as _fd
from logderiv import derive
from logderiv.errors import InputError, UnsupportedError

RNG = np.random.default_rng(33)


# --- the data matrix under a code name: one example's row, the mean row ------------------------------------------


def test_the_mean_row_is_not_the_data_matrix():
    """Σᵢ(x̄ᵀw − yᵢ)² has gradient 2Σᵢ(x̄ᵀw − yᵢ)x̄, not 2Xᵀ(Xw − y): reading x_mean as X changes the answer."""
    X, y, w = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    mean = X.mean(axis=0)
    cost = lambda v: np.sum((mean @ v - y) ** 2)
    assert np.allclose(_fd(cost, w), 2 * np.sum(mean @ w - y) * mean, atol=1e-6)
    assert not np.allclose(_fd(cost, w), 2 * X.T @ (X @ w - y), atol=1e-3)


@pytest.mark.parametrize("text, wrt", [
    ("np.sum((x_i @ w - y_i)**2)", "w_j"),        # one example's loss: x_i is its row
    ("np.sum((xi.dot(w) - y)**2)", "w_j"),        # xi, one example
    ("sum((xi @ theta - yi)**2)", "theta_j"),     # the same, the sum over i written
    ("np.sum((x0 @ w - y)**2)", "w_j"),           # the first example
    ("np.sum((xrow.dot(theta) - y)**2)", "theta_j"),
    ("np.sum((x_mean @ w - y)**2)", "w_j"),       # the mean row x̄ (worked above)
    ("np.sum((xbar @ w - y)**2)", "w_j"),         # x̄ in lower case (Xbar, capital, is X with its ones column)
    ("np.sum((sample @ w - y)**2)", "w_j"),
    ("np.mean((w_old @ w - y)**2)", "w_j"),       # the previous weights: w_oldᵀw is a number, not Xw
    ("np.mean((Xw @ w - y)**2)", "w_j"),          # a name of the product Xw itself
    ("np.mean((Xtranspose @ w - y)**2)", "w_j"),  # Xᵀ, n×m
])
def test_names_of_one_row_are_not_read_as_the_data_matrix(text, wrt):
    with pytest.raises((InputError, UnsupportedError)):
        derive(text, wrt=wrt)


# --- the vector --wrt names: a network's first layer ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "np.sum((sigmoid(X @ W1) @ w2 - y)**2)",   # W1 n×H, w2 H×1: a hidden layer, not wᵀx
    "np.sum((sigmoid(X @ W1) * w2 - y)**2)",
])
def test_a_first_layers_matrix_is_not_the_parameter_vector(text):
    """Was read as Σᵢ(σ(wᵀx⁽ⁱ⁾)w₂ − y⁽ⁱ⁾)², W1 as w and w2 as w's entry w₂: a model with one weight vector."""
    with pytest.raises((InputError, UnsupportedError)):
        derive(text, wrt="W1_j")


# --- Octave's sum by a column of ones: only of a vector of the examples -----------------------------------------------


def test_ones_of_the_examples_length_beside_the_parameters_is_refused():
    """θ.^2 is n×1 and ones(m,1) m×1: (θ.^2)'·ones(m,1) is not conformable (it was read as Σₖθₖ², n taken for m)."""
    with pytest.raises((InputError, UnsupportedError)):
        derive("sum((X*theta - y).^2)/(2*m) + lambda*(theta.^2)' * ones(m,1)")
    with pytest.raises((InputError, UnsupportedError)):
        derive("sum((X*theta - y).^2)/(2*m) + lambda * ones(1,m) * (theta.^2)")


# --- a docstring's lines: settings and descent steps are not steps of the derivation -----------------------------

_DOCSTRING = """Notes.

    J = 1/(2m) Σ (w x_i + b − y_i)²
    ∂J/∂b = 1/m Σ (w x_i + b − y_i)
"""


def test_the_partial_by_b_by_sympy_diff():
    """∂/∂b (1/2m)Σ(w xᵢ + b − yᵢ)² = (1/m)Σ(w xᵢ + b − yᵢ); with xᵢ kept as a factor it is not."""
    w, b = sympy.symbols("w b")
    x, y = sympy.symbols("x0:3"), sympy.symbols("y0:3")
    cost = sympy.Rational(1, 6) * sum((w * x[i] + b - y[i]) ** 2 for i in range(3))
    assert sympy.expand(sympy.diff(cost, b) - sympy.Rational(1, 3) * sum(w * x[i] + b - y[i] for i in range(3))) == 0
    assert sympy.expand(sympy.diff(cost, b)
                        - sympy.Rational(1, 3) * sum((w * x[i] + b - y[i]) * x[i] for i in range(3))) != 0


@pytest.mark.parametrize("line", ["    α = 0.01\n", "    λ = 0\n", "    b = b − α ∂J/∂b\n",
                                  "    b = b − α · 1/m Σ (w x_i + b − y_i)\n"])
def test_a_setting_or_a_descent_step_after_a_docstrings_derivation_is_not_a_step(tmp_path, line):
    """Each was read as the derivation's next side and judged wrong; the derivation itself holds (sympy above)."""
    assert _review(tmp_path, _DOCSTRING + line)[:3] == (0, "gradient", [])


def test_a_cost_added_to_is_not_taken_for_a_descent_step(tmp_path):
    """J = J + λ/2 w² says which cost is derived: never left out as an update (the lines without λw would then pass
    for ∂J/∂w); it stays refused, as before."""
    page = _DOCSTRING.replace("    ∂J/∂b", "    J = J + λ/2 w²\n    ∂J/∂b")
    assert _steps(tmp_path, page).exit_code == 2


def test_a_slip_beside_a_descent_step_is_still_caught(tmp_path):
    """xᵢ kept in ∂J/∂b (line 4): wrong there, the update line after it changes nothing."""
    slip = _DOCSTRING.replace("− y_i)\n", "− y_i) x_i\n") + "    b = b − α ∂J/∂b\n"
    assert _review(tmp_path, slip)[:3] == (1, "wrong", [4])


# --- the cost defined after the derivation: surely another one is refused ----------------------------------------

_BY_W = (r"$$\frac{\partial J}{\partial w} = \frac{1}{2m}\sum_{i=1}^{m} 2(w x_i + b - y_i) x_i"
         r" = \frac{1}{m}\sum_{i=1}^{m}(w x_i + b - y_i) x_i$$")


@pytest.mark.parametrize("prose, cost", [
    # least squares derived, then a penalty added: ∂/∂w of the ridge cost has + λw, which the lines never write
    ("Now we add a penalty, so the cost becomes",
     r"$$J(w, b) = \frac{1}{2m}\sum_{i=1}^{m}(w x_i + b - y_i)^2 + \frac{\lambda}{2} w^2$$"),
    # one example's loss L beside a derivative of J
    ("where the loss of one example is", r"$$L = \frac{1}{2}(w x + b - y)^2$$"),
    # the next section's model
    ("Next, logistic regression, whose cost is",
     r"$$J(w,b) = -\frac{1}{m}\sum_{i=1}^{m}[y_i\log\sigma(w x_i+b) + (1-y_i)\log(1-\sigma(w x_i + b))]$$"),
])
def test_a_cost_after_the_derivation_that_is_surely_another_is_refused(tmp_path, prose, cost):
    """The lines are right for (1/2m)Σ(w xᵢ + b − yᵢ)² (test_fixmulti's sympy.diff); read with this cost they were
    judged wrong at line 3. Which cost they derive is not said: refused, with a caret at the definition."""
    result = _steps(tmp_path, f"By the weight:\n\n{_BY_W}\n\n{prose}\n\n{cost}\n")
    assert result.exit_code == 2
    assert "after the derivation (line 3); is it the cost the derivation derives?" in result.stderr


# --- Leibniz's partials, each a display of one '=' ---------------------------------------------------------------

_COST = r"$$J(w, b) = \frac{1}{2m}\sum_{i=1}^{m}(w x_i + b - y_i)^2$$"
_DW = r"$$\frac{dJ}{dw} = \frac{1}{m}\sum_{i=1}^{m}(w x_i + b - y_i) x_i$$"
_DB = r"$$\frac{dJ}{db} = \frac{1}{m}\sum_{i=1}^{m}(w x_i + b - y_i)$$"
_DB_SLIP = r"$$\frac{dJ}{db} = \frac{1}{m}\sum_{i=1}^{m}(w x_i + b - y_i) x_i$$"


@pytest.mark.parametrize("first, second", [(_DW, _DB), (_DB, _DW)])
def test_leibniz_partials_of_one_equals_each_are_checked(tmp_path, first, second):
    """Both right (sympy.diff above and in test_fixmulti): the page ends at the gradient (was: wrong at line 5)."""
    assert _review(tmp_path, f"{_COST}\n\n{first}\n\n{second}\n")[:3] == (0, "gradient", [])


def test_a_slip_in_a_leibniz_partial_of_one_equals_is_caught(tmp_path):
    """xᵢ kept in dJ/db (line 5): wrong there, and the page does not end at the gradient (was: 'gradient')."""
    assert _review(tmp_path, f"{_COST}\n\n{_DW}\n\n{_DB_SLIP}\n")[:3] == (1, "wrong", [5])
