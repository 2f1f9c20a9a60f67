"""fixwrong (issue 10, audit36): two kinds of right page `steps` called WRONG, now read as written.

(a) the prediction defined on a display of its own between the cost and its derivative (L = (ŷ − y)²,
ŷ = wx + b, ∂L/∂w = 2(ŷ − y)x): the definition was read as a step of the derivation;
(b) a chain of ∂J/∂w followed, in the same display, by a row ∂J/∂b = …: the row was read as the chain's next step.

Each right page's derivatives are worked by hand and held to central finite differences in NumPy (never to
logderiv's output); planted slips must still be caught at their lines.
"""

from __future__ import annotations

import numpy as np
import pytest

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences

_RNG = np.random.default_rng(10)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# --- (a) ŷ defined on its own display ---------------------------------------------------------------------------------

_COST = r"$$L = (\hat y - y)^2$$"
_LINEAR = r"$$\hat y = wx + b$$"
_LOGISTIC = r"$$\hat y = \sigma(wx + b)$$"


def _page(*displays: str) -> str:
    return "\n\n".join(displays) + "\n"


def test_the_hand_derivatives_of_one_examples_squared_error():
    """∂/∂w (wx + b − y)² = 2(ŷ − y)x; ∂/∂b = 2(ŷ − y); with ŷ = σ(wx + b), ∂/∂w = 2(ŷ − y)ŷ(1 − ŷ)x."""
    x, y, w, b = _RNG.normal(size=4)
    linear = lambda v: (v[0] * x + v[1] - y) ** 2  # noqa: E731
    logistic = lambda v: (_sigmoid(v[0] * x + v[1]) - y) ** 2  # noqa: E731
    dw, db = central_differences(linear, np.array([w, b]))
    assert np.isclose(dw, 2 * (w * x + b - y) * x) and np.isclose(db, 2 * (w * x + b - y))
    assert not np.isclose(dw, 2 * (w * x + b - y))  # the dropped x planted below is a slip
    s = _sigmoid(w * x + b)
    dw, _ = central_differences(logistic, np.array([w, b]))
    assert np.isclose(dw, 2 * (s - y) * s * (1 - s) * x)
    assert not np.isclose(dw, 2 * (s - y) * s * x)  # the dropped (1 − ŷ) planted below is a slip


@pytest.mark.parametrize("page", [
    # the audit's page
    _page(_COST, _LINEAR, r"$$\frac{\partial L}{\partial w} = 2(\hat y - y)x$$"),
    # with ∂L/∂ŷ as an intermediate display
    _page(_COST, _LINEAR, r"$$\frac{\partial L}{\partial \hat y} = 2(\hat y - y)$$",
          r"$$\frac{\partial L}{\partial w} = 2(\hat y - y)x$$"),
    # ∂ŷ/∂w named in the chain, then worked
    _page(_COST, _LINEAR, r"$$\frac{\partial L}{\partial w} = 2(\hat y - y)\frac{\partial \hat y}{\partial w} "
                          r"= 2(\hat y - y)x$$"),
    # the sigmoid's prediction
    _page(_COST, _LOGISTIC, r"$$\frac{\partial L}{\partial w} = 2(\hat y - y)\hat y(1 - \hat y)x$$"),
    # braced \hat{y}, by b
    _page(r"$$L = (\hat{y} - y)^2$$", r"$$\hat{y} = wx + b$$", r"$$\frac{\partial L}{\partial b} = 2(\hat{y} - y)$$"),
])
def test_a_prediction_defined_on_its_own_display_is_read_into_the_cost(tmp_path, page):
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("defines \\hat" in note and "--let" in note for note in review["notes"]), review["notes"]


@pytest.mark.parametrize("page, line", [
    (_page(_COST, _LINEAR, r"$$\frac{\partial L}{\partial w} = 2(\hat y - y)$$"), 5),
    (_page(_COST, _LOGISTIC, r"$$\frac{\partial L}{\partial w} = 2(\hat y - y)\hat y x$$"), 5),
])
def test_a_slip_under_a_defined_prediction_is_caught_at_its_line(tmp_path, page, line):
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [line])


def test_the_chain_rule_through_the_defined_prediction_is_refused_not_called_wrong(tmp_path):
    """∂L/∂ŷ · ∂ŷ/∂w as one product of factors: refused with a caret (a refusal, never a false 'wrong')."""
    page = _page(_COST, _LINEAR, r"$$\frac{\partial L}{\partial w} = \frac{\partial L}{\partial \hat y}"
                                 r"\frac{\partial \hat y}{\partial w} = 2(\hat y - y)x$$")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code not in (0, 1), result.output
    assert "^" in result.stderr or "…" in result.stderr, result.stderr


# --- (b) ∂J/∂b as a row after the ∂J/∂w chain ------------------------------------------------------------------------

_MEAN_SQUARES = r"$$J = \frac{1}{2m}\sum_{i=1}^m (w x_i + b - y_i)^2$$"
_BY_W = r"\frac{\partial J}{\partial w} &= \frac{1}{m}\sum_{i=1}^m (w x_i + b - y_i) x_i"
_BY_W_EXPANDED = r"&= \frac{1}{m}\sum_{i=1}^m (w x_i^2 + b x_i - y_i x_i)"
_BY_B = r"\frac{\partial J}{\partial b} &= \frac{1}{m}\sum_{i=1}^m (w x_i + b - y_i)"


def _rows(*rows: str, environment: str | None = "aligned") -> str:
    body = " \\\\\n".join(rows)
    inner = body if environment is None else f"\\begin{{{environment}}}{body}\\end{{{environment}}}"
    return _page(_MEAN_SQUARES, f"$${inner}$$")


def test_the_hand_gradient_of_the_mean_squared_error():
    """∂J/∂w = (1/m)Σ(wxᵢ + b − yᵢ)xᵢ = (1/m)Σ(wxᵢ² + bxᵢ − yᵢxᵢ); ∂J/∂b = (1/m)Σ(wxᵢ + b − yᵢ)."""
    x, y = _RNG.normal(size=5), _RNG.normal(size=5)
    w, b, m = 0.7, -0.4, 5
    dw, db = central_differences(lambda v: np.sum((v[0] * x + v[1] - y) ** 2) / (2 * m), np.array([w, b]))
    assert np.isclose(dw, np.sum((w * x + b - y) * x) / m)
    assert np.isclose(dw, np.sum(w * x**2 + b * x - y * x) / m)
    assert np.isclose(db, np.sum(w * x + b - y) / m)
    assert not np.isclose(db, np.sum(y - w * x - b) / m)  # the sign slip planted below
    assert not np.isclose(dw, np.sum(w * x**2 + b * x + y * x) / m)  # and the one in the ∂J/∂w chain


@pytest.mark.parametrize("page", [
    # the audit's page
    _rows(_BY_W, _BY_W_EXPANDED, _BY_B),
    # align*, and no environment at all
    _rows(_BY_W, _BY_W_EXPANDED, _BY_B, environment="align*"),
    _rows(_BY_W, _BY_W_EXPANDED, _BY_B, environment=None),
    # ∂J/∂b as a chain of its own rows
    _rows(_BY_W, _BY_W_EXPANDED, _BY_B, r"&= \frac{1}{m}\sum_{i=1}^m (w x_i - y_i) + b"),
    # the cost's arguments written under the derivative
    _rows(_BY_W, _BY_W_EXPANDED, _BY_B.replace(r"\partial J}", r"\partial J(w,b)}")),
])
def test_a_row_of_another_derivative_starts_a_derivation_of_its_own(tmp_path, page):
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("the notes hold 2 derivations") for note in review["notes"]), review["notes"]


def test_a_sign_slip_in_the_row_of_b_is_caught_there(tmp_path):
    page = _rows(_BY_W, _BY_W_EXPANDED, _BY_B.replace("(w x_i + b - y_i)", "(y_i - w x_i - b)"))
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [5])


def test_a_slip_in_the_chain_of_w_is_caught_there(tmp_path):
    page = _rows(_BY_W, _BY_W_EXPANDED.replace("- y_i x_i", "+ y_i x_i"), _BY_B)
    code, _, wrong, _ = review_of_page(tmp_path, page)
    assert (code, wrong) == (1, [4])


def test_a_row_restating_the_same_derivative_stays_in_its_chain(tmp_path):
    """∂J/∂w &= A \\\\ ∂J/∂w &= B: one chain (a slip in B is a step's slip, never a derivation of its own)."""
    page = _rows(_BY_W, r"\frac{\partial J}{\partial w} &= \frac{1}{m}\sum_{i=1}^m (w x_i^2 + b x_i + y_i x_i)")
    code, _, wrong, review = review_of_page(tmp_path, page)
    assert (code, wrong) == (1, [4])
    assert not any(note.startswith("the notes hold 2 derivations") for note in review["notes"])
