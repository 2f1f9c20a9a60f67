r"""Wave f69's LaTeX notes read by two general rules (issue 10): a --let whose left side lost its argument's ')'
(AI-Notes' ``f_{\vec{w}, b}(\vec{x}^{(i)} = …``), and a name two --let s define that agree (a log-loss note's
``f^{(i)} = f_{\vec{w},b}(\vec{x}^{(i)})`` beside ``f_{\vec{w},b}(\vec{x}) = …``).

Why: both were refused ("'(' is never closed", "'f' is defined twice") though the writer's meaning is plain. The
rules are general, so each has near-variants that mean something else, refused naming the readings or both
lets. Truth is worked by hand and held to finite differences of NumPy costs written here (``_numeric``) or to the
corpus judge on an intended cost (``_reading``), never to logderiv's own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from logderiv.cli import main
from logderiv.errors import InputError

# public code index file 35097553829 ('# AI-Notes', '### Estimate Function'; its ')' is missing in the source)
AI_F = r"f_{\vec{w}, b}(\vec{x}^{(i)} = \vec{w} \cdot \vec{x}^{(i)} + b"
AI_COST = r"J(\vec{w}, b) = \frac{1}{2m} \sum_{i=1}^{m} \left(f_{\vec{w}, b}(\vec{x}^{(i)}) - y^{(i)} \right)^2"
AI_DB = (r"\frac{\partial J(\vec{w}, b)}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} \left(f_{\vec{w}, b}"
         r"(\vec{x}^{(i)}) - y^{(i)} \right)")
# public code index file 52136513493 ('Cost Function for Logistic Regression')
LL_F = r"f_{\vec{w},b}(\vec{x}) = \frac{1}{1 + e^{-(\vec{w} \cdot \vec{x} + b)}}"
LL_FI = r"f^{(i)} = f_{\vec{w},b}(\vec{x}^{(i)})"
LL_COST = (r"J(\vec{w}, b) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log(f^{(i)}) + (1 - y^{(i)}) "
           r"\log(1 - f^{(i)}) \right]")
LL_DW = r"\frac{\partial J}{\partial w_j} = \frac{1}{m} \sum_{i=1}^{m} \left( f^{(i)} - y^{(i)} \right) x_j^{(i)}"

RNG = np.random.default_rng(69)
XS, YS = RNG.normal(size=(6, 3)), (RNG.normal(size=6) > 0).astype(float)


def _sigmoid(u):
    return 1 / (1 + np.exp(-u))


def _squared_w_b(d) -> float:
    """1/(2m) Σ (w·xᵢ + b − yᵢ)², by hand."""
    r = d.X @ d.w + d.b - d.y
    return float(r @ r) / (2 * len(d.y))


def _cross_entropy_w_b(d) -> float:
    """−(1/m)Σ[yᵢ log σ(w·xᵢ + b) + (1 − yᵢ) log(1 − σ(w·xᵢ + b))], by hand."""
    s = _sigmoid(d.X @ d.w + d.b)
    return -float(np.mean(d.y * np.log(s) + (1 - d.y) * np.log(1 - s)))


def test_the_hand_gradients_agree_with_finite_differences():
    """By hand: ∂/∂w of the mean cross-entropy is (1/m)Xᵀ(σ − y), of 1/(2m)‖Xw + b − y‖² it is (1/m)Xᵀ(Xw + b − y);
    the residual reversed is not."""
    at, b = RNG.normal(size=3), 0.3

    def ce(v):
        s = _sigmoid(XS @ v + b)
        return -float(np.mean(YS * np.log(s) + (1 - YS) * np.log(1 - s)))

    by_hand = XS.T @ (_sigmoid(XS @ at + b) - YS) / len(YS)
    assert np.allclose(central_differences(ce, at), by_hand, atol=1e-6)
    assert not np.allclose(central_differences(ce, at), -by_hand, atol=1e-6)
    sq = XS.T @ (XS @ at + b - YS) / len(YS)
    assert np.allclose(central_differences(lambda v: float((XS @ v + b - YS) @ (XS @ v + b - YS)) / 12, at), sq,
                       atol=1e-6)


# ------------------------------------------------------------------ a let's head bracket never closed


def test_a_head_that_lost_its_closing_bracket_reads_as_the_linear_model():
    """AI-Notes' f(x⁽ⁱ⁾ = w·x⁽ⁱ⁾ + b: the ')' goes before the '=', and the cost is the squared error of w·x + b."""
    assert_gradient_read(AI_COST, _squared_w_b, wrt=("w_j", "b"), lets=(AI_F,))
    assert_verdict_read(AI_DB, AI_COST, "equivalent", wrt="b", lets=(AI_F,))
    assert_verdict_read(AI_DB.replace(r"\frac{1}{m}", r"\frac{1}{2m}"), AI_COST, "different", wrt="b", lets=(AI_F,))


def test_the_supplied_bracket_is_noted_in_every_format():
    """text, JSON and LaTeX say where the ')' was supplied."""
    said = "a ')' is read right before the '='"
    assert any(said in note for note in notes_of(logderiv.derive(AI_COST, wrt="b", let=(AI_F,))))
    args = ["derive", AI_COST, "--wrt", "b", "--let", AI_F]
    text = CliRunner().invoke(main, [*args, "-f", "text"])
    assert text.exit_code == 0 and "note: --let" in text.output and said in text.output
    assert any(said in note for note in json.loads(CliRunner().invoke(main, [*args, "-f", "json"]).output)["notes"])
    assert "read right before" in CliRunner().invoke(main, [*args, "-f", "latex"]).output


@pytest.mark.parametrize(("let", "readings"), [
    # loss's ')' may close after f(x) (loss of two arguments) or after f(x, y): two heads
    (r"L(f_{\vec{w},b}(x^{(i)}, y^{(i)}) = (f^{(i)} - y^{(i)})^2", ("L(f_{\\vec{w},b}(x^{(i)})", "y^{(i)}))")),
])
def test_a_head_with_more_than_one_place_for_its_bracket_is_refused_naming_them(let, readings):
    error = refused_by_logderiv(lambda: logderiv.derive(AI_COST, wrt="b", let=(AI_F, let)))
    assert "more than one place for its ')'" in str(error) and all(reading in str(error) for reading in readings)


@pytest.mark.parametrize("let", [
    r"f_{\vec{w}, b}(\vec{x}^{(i)} = (\vec{w} \cdot \vec{x}^{(i)} + b",  # the value's own '(' open too
    r"f_{\vec{w}, b}(\vec{x}^{(i)} = \vec{w} \cdot \vec{x}^{(i)}) + b",  # a ')' after the '=': where was it meant?
    r"2 + (\vec{x}^{(i)} = \vec{w} \cdot \vec{x}^{(i)} + b",  # no name before the bracket
])
def test_other_unclosed_brackets_stay_refused(let):
    refused_by_logderiv(lambda: logderiv.derive(AI_COST, wrt="b", let=(let,)))


# ------------------------------------------------------------------ a name defined twice, agreeing


@pytest.mark.parametrize(("answer", "wrt", "verdict"), [
    (LL_DW, "w_j", "equivalent"),
    (LL_DW.replace(r"x_j^{(i)}", "").replace("w_j", "b"), "b", "equivalent"),
    (LL_DW.replace(r"f^{(i)} - y^{(i)}", r"y^{(i)} - f^{(i)}"), "w_j", "different"),
])
def test_a_second_let_that_is_the_first_at_example_i_is_one_definition(answer, wrt, verdict):
    """f⁽ⁱ⁾ = f_{w,b}(x⁽ⁱ⁾) beside f_{w,b}(x) = σ(w·x + b): by hand the gradient is (1/m)Σ(σ − y)xⱼ (above)."""
    assert_verdict_read(answer, LL_COST, verdict, wrt=wrt, lets=(LL_F, LL_FI))
    assert_gradient_read(LL_COST, _cross_entropy_w_b, wrt=("w_j", "b"), lets=(LL_F, LL_FI))


@pytest.mark.parametrize("second", [
    r"f^{(i)} = \sigma(\vec{w} \cdot \vec{x}^{(i)} + b)",  # written out, not through f: the same value
    r"f_i = f_{\vec{w},b}(\vec{x}_i)",  # the example index as a subscript
])
def test_a_second_let_with_the_same_value_written_otherwise_is_read_once(second):
    assert_gradient_read(LL_COST.replace("f^{(i)}", "f_i") if second.startswith("f_i") else LL_COST,
                         _cross_entropy_w_b, wrt=("w_j",), lets=(LL_F, second))


def test_the_second_definition_is_noted_in_every_format():
    said = "defines f again"
    assert any(said in note for note in notes_of(logderiv.check(LL_DW, cost=LL_COST, wrt="w_j", let=(LL_F, LL_FI))))
    args = ["check", "--cost", LL_COST, "--wrt", "w_j", "--let", LL_F, "--let", LL_FI, LL_DW]
    text = CliRunner().invoke(main, [*args, "-f", "text"])
    assert text.exit_code == 0 and "note: --let f^{(i)}" in text.output and said in text.output
    assert any(said in note for note in json.loads(CliRunner().invoke(main, [*args, "-f", "json"]).output)["notes"])
    assert said in CliRunner().invoke(main, [*args, "-f", "markdown"]).output


@pytest.mark.parametrize("second", [
    r"f^{(i)} = 2f_{\vec{w},b}(\vec{x}^{(i)})",  # twice the model
    r"f^{(i)} = \sigma(\vec{w} \cdot \vec{x}^{(i)} - b)",  # another bias sign
    r"f^{(i)} = \vec{w} \cdot \vec{x}^{(i)} + b",  # the score, not the probability
])
def test_a_second_let_that_conflicts_is_refused_showing_both(second):
    error = refused_by_logderiv(lambda: logderiv.check(LL_DW, cost=LL_COST, wrt="w_j", let=(LL_F, second)))
    assert isinstance(error, InputError)
    assert "'f' is defined twice" in str(error) and "\\frac{1}{1 + e^{-(" in str(error)


def test_a_plain_let_whose_head_lost_its_bracket_reads_too():
    """h(x = theta^T x: the same rule in plain notation; the cost is 1/(2m)Σ(θᵀx − y)², by hand."""

    def squared_theta(d) -> float:
        r = d.X @ d.theta - d.y
        return float(r @ r) / (2 * len(d.y))

    assert_gradient_read("1/(2m) * sum((h(x) - y)^2)", squared_theta, lets=("h(x = theta^T x",))
    assert any("a ')' is read right before the '='" in note
               for note in notes_of(logderiv.derive("1/(2m) * sum((h(x) - y)^2)", let=("h(x = theta^T x",))))
