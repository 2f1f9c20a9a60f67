"""audit38 (issue 10): misreads found probing the newest readings (fixf40, fixwrong, the coordinator's check).

Every right page's derivatives are worked by hand and held to central finite differences of a NumPy cost written
here (never to logderiv's output); the slips planted beside them must still be caught at their lines.
"""

from __future__ import annotations

import numpy as np
import pytest

from _derivations_table import review_of_page
from _numeric import central_differences

_RNG = np.random.default_rng(38)

# --- an environment of rows ∂L/∂ŷ, ∂L/∂w, ∂L/∂b (or a trailing \\), beside ŷ = wx + b on a display of its own -------

_HALF_SQUARE = r"$$L = \frac{1}{2}(\hat y - y)^2$$"
_PREDICTION = r"$$\hat y = wx + b$$"
_BY_PREDICTION = r"\frac{\partial L}{\partial \hat y} &= \hat y - y"
_BY_W = r"\frac{\partial L}{\partial w} &= (\hat y - y)x"
_BY_B = r"\frac{\partial L}{\partial b} &= \hat y - y"


def _page(*rows: str, trailing: bool = False) -> str:
    body = " \\\\\n".join(rows) + (" \\\\\n" if trailing else "")
    return "\n\n".join([_HALF_SQUARE, _PREDICTION, f"$$\\begin{{aligned}}{body}\\end{{aligned}}$$"]) + "\n"


def test_the_hand_derivatives_of_half_a_square():
    """L = ½(wx + b − y)²: ∂L/∂ŷ = ŷ − y, ∂L/∂w = (ŷ − y)x, ∂L/∂b = ŷ − y; the slips below are not."""
    x, y, w, b = _RNG.normal(size=4)
    dw, db = central_differences(lambda v: (v[0] * x + v[1] - y) ** 2 / 2, np.array([w, b]))
    (dy,) = central_differences(lambda v: (v[0] - y) ** 2 / 2, np.array([w * x + b]))
    r = w * x + b - y
    assert np.isclose(dy, r) and np.isclose(dw, r * x) and np.isclose(db, r)
    assert not np.isclose(dw, r) and not np.isclose(db, r * x) and not np.isclose(dy, 2 * r)


@pytest.mark.parametrize("page", [
    # the lemma row by ŷ first: it was blanked to read ∂L/∂w and ∂L/∂b alone, and the blank row left the rest one
    # chain, ∂L/∂b the next step of ∂L/∂w's: 'wrong at line 7' (audit38)
    _page(_BY_PREDICTION, _BY_W, _BY_B),
    # ∂L/∂w and ∂L/∂b alone: each read alone kept a '\\' beside a blanked row, which made the display no answer,
    # and ŷ = wx + b was read as the chain's first line: 'wrong at line 3' (audit38)
    _page(_BY_W, _BY_B),
    _page(_BY_PREDICTION, _BY_B),
    # a trailing '\\' after the last row, as people leave one: the same
    _page(_BY_W, trailing=True),
    _page(_BY_W, _BY_B, trailing=True),
])
def test_right_rows_beside_a_defined_prediction_end_at_the_gradient(tmp_path, page):
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])


@pytest.mark.parametrize("page, line", [
    (_page(_BY_PREDICTION, _BY_W.replace(")x", ")"), _BY_B), 6),             # the x of ∂ŷ/∂w dropped
    (_page(_BY_PREDICTION, _BY_W, _BY_B.replace("- y", "- y)x").replace("&= ", "&= (")), 7),  # an x too many
    (_page(_BY_PREDICTION.replace("&= ", "&= 2("), _BY_W, _BY_B).replace(r"y \\", r"y) \\", 1), 5),  # ½'s 2 kept
    (_page(_BY_W.replace(")x", ")"), trailing=True), 5),
])
def test_slips_in_those_rows_are_caught_at_their_lines(tmp_path, page, line):
    code, _, wrong, review = review_of_page(tmp_path, page)
    # the row by ŷ is a lemma beside the derivation: its wrong step is listed with the lemma's
    wrong += [step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if step["valid"] is False]
    assert (code, wrong) == (1, [line])


# --- ∂J_{label}/∂θⱼ beside a penalised cost: a label naming a part, written as plain TeX does or as the error's name ---

_DATA_GRADIENT = r"\frac{1}{m}\sum_i (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"
_PENALTY_GRADIENT = r"\frac{\lambda}{m}\theta_j"


def test_the_parts_of_the_ridge_cost_by_finite_differences():
    """For linear-l2, (1/2m)Σ(θᵀx − y)² + (λ/2m)Σθₖ²: the data term's gradient is (1/m)Σ(θᵀx − y)xⱼ, the penalty's
    (λ/m)θⱼ, each a true claim about its part and neither the whole gradient."""
    m, lam = 6, 0.8
    X, y, theta = _RNG.normal(size=(m, 3)), _RNG.normal(size=m), _RNG.normal(size=3)
    data = central_differences(lambda t: np.sum((X @ t - y) ** 2) / (2 * m), theta)
    penalty = central_differences(lambda t: lam / (2 * m) * np.sum(t ** 2), theta)
    assert np.allclose(data, X.T @ (X @ theta - y) / m) and np.allclose(penalty, lam / m * theta)
    assert not np.allclose(data, data + penalty) and not np.allclose(penalty, data + penalty)


@pytest.mark.parametrize("name, value", [
    # plain TeX's font switch: the label was lost and (λ/m)θⱼ, the penalty's, judged 'different' (audit38)
    (r"J_{\rm reg}", _PENALTY_GRADIENT),
    (r"J_{\rm data}", _DATA_GRADIENT),
    # the data term by the error it measures: its gradient judged 'different' for the missing (λ/m)θⱼ (audit38)
    (r"J_{MSE}", _DATA_GRADIENT),
    (r"J_{\text{MSE}}", _DATA_GRADIENT),
    (r"J_{\text{SSE}}", _DATA_GRADIENT),
    (r"J_{\text{loss}}", _DATA_GRADIENT),
    (r"J_{\text{unreg}}", _DATA_GRADIENT),
])
def test_a_part_named_otherwise_beside_a_penalised_cost_is_refused_at_its_label(name, value):
    from logderiv import check
    from logderiv.errors import InputError

    answer = rf"\frac{{\partial {name}}}{{\partial \theta_j}} = {value}"
    with pytest.raises(InputError) as refused:
        check(answer, cost="linear-l2", wrt="theta_j")
    assert refused.value.column == answer.index(name) + 1  # the caret at the label's _


def test_those_labels_beside_an_unpenalised_cost_read_as_the_cost():
    # no λ: J_{MSE} and J_{\rm reg} can only be the cost itself, whose gradient the data term's is
    from logderiv import check

    for name in (r"J_{MSE}", r"J_{\rm reg}"):
        answer = rf"\frac{{\partial {name}}}{{\partial \theta_j}} = {_DATA_GRADIENT}"
        assert check(answer, cost="linear", wrt="theta_j").verdict == "equivalent"


# --- rows of one environment whose left sides write the operator before the cost: \frac{\partial}{\partial w} J ------

_MEAN_SQUARES = r"$$J = \frac{1}{2m}\sum_{i=1}^m (w x_i + b - y_i)^2$$"
_OPERATOR_BY_W = r"\frac{\partial}{\partial w} J &= \frac{1}{m}\sum_{i=1}^m (w x_i + b - y_i) x_i"
_OPERATOR_BY_B = r"\frac{\partial}{\partial b} J &= \frac{1}{m}\sum_{i=1}^m (w x_i + b - y_i)"


def _rows(*rows: str) -> str:
    return _MEAN_SQUARES + "\n\n$$\\begin{aligned}" + " \\\\\n".join(rows) + "\\end{aligned}$$\n"


def test_the_hand_gradient_of_the_mean_squares():
    """∂J/∂w = (1/m)Σ(wxᵢ + b − yᵢ)xᵢ and ∂J/∂b = (1/m)Σ(wxᵢ + b − yᵢ), not the one with the other's x."""
    x, y = _RNG.normal(size=5), _RNG.normal(size=5)
    w, b, m = 0.6, -0.3, 5
    dw, db = central_differences(lambda v: np.sum((v[0] * x + v[1] - y) ** 2) / (2 * m), np.array([w, b]))
    r = w * x + b - y
    assert np.isclose(dw, np.sum(r * x) / m) and np.isclose(db, np.sum(r) / m)
    assert not np.isclose(db, np.sum(r * x) / m)


def test_operator_rows_by_w_and_b_are_two_derivations(tmp_path):
    # read as one chain, ∂/∂b J was a step after ∂/∂w J's value: the right page was 'wrong at line 4' (audit38)
    code, ending, wrong, _ = review_of_page(tmp_path, _rows(_OPERATOR_BY_W, _OPERATOR_BY_B))
    assert (code, ending, wrong) == (0, "gradient", [])


def test_an_operator_row_by_b_with_ws_value_is_wrong_at_its_line(tmp_path):
    code, _, wrong, _ = review_of_page(tmp_path, _rows(_OPERATOR_BY_W, _OPERATOR_BY_B.replace("y_i)", "y_i) x_i")))
    assert (code, wrong) == (1, [4])


# --- a lemma ∂L/∂z beside a cost that writes no z: L is no letter of the lemma's own --------------------------------


def test_the_hand_derivative_by_the_pre_activation():
    """L = ½(σ(z) − y)², z = wx + b: dL/dz = (σ(z) − y)σ(z)(1 − σ(z)), not 0 (what L as a bare letter gives)."""
    z, y = 0.51, 0.47
    sig = lambda t: 1 / (1 + np.exp(-t))  # noqa: E731
    (dz,) = central_differences(lambda v: (sig(v[0]) - y) ** 2 / 2, np.array([z]))
    assert np.isclose(dz, (sig(z) - y) * sig(z) * (1 - sig(z))) and not np.isclose(dz, 0)


def test_a_lemma_by_a_name_the_cost_does_not_write_is_refused_not_judged(tmp_path):
    # ∂L/∂z with L read as a letter of its own is 0: the true row was 'wrong at line 4' (audit38); z is not on the
    # page, so what the row differentiates is not said and the page is refused at the row
    from _derivations_table import steps_of_page

    page = (r"$$L = \frac{1}{2}(\sigma(wx + b) - y)^2$$" "\n\n"
            r"$$\begin{aligned}\frac{\partial L}{\partial w} &= (\sigma(wx+b) - y)\sigma(wx+b)(1 - \sigma(wx+b))x \\"
            "\n" r"\frac{\partial L}{\partial z} &= (\sigma(z) - y)\sigma(z)(1 - \sigma(z))\end{aligned}$$" "\n")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "L would be a letter of its own" in result.stderr and "line 4" in result.stderr


@pytest.mark.parametrize("lemma, definition", [
    # ∂z/∂w = x with z = wx + b the page's unsaid pre-activation: z a bare letter gave ∂z/∂w = 0, 'wrong' (audit38)
    (r"$$\frac{\partial z}{\partial w} = x$$", ""),
])
def test_a_true_one_line_lemma_of_an_unread_name_is_noted_not_judged(tmp_path, lemma, definition):
    """Both lemmas are true by hand (d(wx + b)/dw = x; σ′ = σ(1 − σ), checked in the test above's σ): the page's
    derivation (line of ∂L/∂w, the test above's hand derivative times x) ends at the gradient, the lemma noted unread."""
    derivation = r"$$\frac{\partial L}{\partial w} = (\sigma(wx+b) - y)\sigma(wx+b)(1 - \sigma(wx+b))x$$"
    page = "\n\n".join(part for part in (r"$$L = \frac{1}{2}(\sigma(wx + b) - y)^2$$", definition, lemma, derivation)
                       if part) + "\n"
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert not [step for each in review["lemmas"] for step in each["steps"] if step["valid"] is False]
    assert any("not read" in note and "would be a letter of its own" in note for note in review["notes"])


@pytest.mark.parametrize("lemma, valid", [("a(1 - a)", True), ("a(1 + a)", False)])
def test_a_lemma_of_a_name_the_page_defines_is_read_in_that_definition(tmp_path, lemma, valid):
    """∂a/∂z = a(1 − a) with a = σ(z) defined on the page (not used by the derivation): a bare letter, it was judged
    'wrong' (audit38), then left unread; read in the page's a = σ(z) (fixcold18) it holds (σ′ = σ(1 − σ), by hand),
    and a(1 + a) does not. The derivation (the hand derivative above times x) ends at the gradient either way."""
    derivation = r"$$\frac{\partial L}{\partial w} = (\sigma(wx+b) - y)\sigma(wx+b)(1 - \sigma(wx+b))x$$"
    page = "\n\n".join((r"$$L = \frac{1}{2}(\sigma(wx + b) - y)^2$$", r"$$a = \sigma(z)$$",
                         rf"$$\frac{{\partial a}}{{\partial z}} = {lemma}$$", derivation)) + "\n"
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == ((0 if valid else 1), "gradient", [])
    assert [step["valid"] for each in review["lemmas"] for step in each["steps"]] == [valid]
    assert not any("--let a is defined but not used" in note for note in review["notes"])


# --- a worked example's value after the derivation, ŷ = 0.8: no step of it ------------------------------------------


def _worked_example_page(derivative: str) -> str:
    return "\n\n".join([r"$$L = (\hat y - y)^2$$", r"$$\hat y = wx + b$$", f"$${derivative}$$", "For example, with",
                        r"$$\hat y = 0.8$$", "and y = 1 the gradient is -0.4x."]) + "\n"


def test_a_value_of_the_prediction_after_the_derivation_is_no_step(tmp_path):
    # ∂/∂w (wx + b − y)² = 2(ŷ − y)x (test_the_hand_derivatives_of_half_a_square's r·x, doubled): right; ŷ = 0.8 was
    # read as two more lines, ŷ and 0.8, and the page 'wrong at line 9' (audit38)
    code, ending, wrong, review = review_of_page(tmp_path, _worked_example_page(r"\frac{\partial L}{\partial w} = "
                                                                               r"2(\hat y - y)x"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("line 9 is not part of the derivation" in note and "0.8" in note for note in review["notes"])


def test_a_slip_before_such_a_value_is_still_caught(tmp_path):
    code, _, wrong, _ = review_of_page(tmp_path, _worked_example_page(r"\frac{\partial L}{\partial w} = 2(\hat y - y)"))
    assert (code, wrong) == (1, [5])
