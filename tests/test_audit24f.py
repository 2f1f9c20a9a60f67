"""audit24f (issue 10): near-variant pages of fixderiv24's and fixderiv24b's readings that a careless reading misjudged.

* A page deriving one example's loss, then its mean, is read as two parts; the mean's part was the page with the
  per-example displays blanked — the model's definition (ŷ = σ(wᵀx + b)) among them — so the mean's ŷ took the
  squared error's default model (a line) and ∂J/∂b = (1/m)Σ(ŷ − y), right for a line only, ended the page at the
  gradient: a false 'right'. Now a display that only defines (no derivative in it) is kept in both parts; and where
  one part still reads the page's ŷ and the other falls back to a default model (the definition shares a display with
  a derivative), the two-part reading is not taken (the page's refusal stands).
* ∂/∂θⱼ J(θ₀, θ₁) with h undefined reads h as the line θ₀ + θ₁x the name declares; a page that also writes θ₂ (a
  rewrite (θ₀ + θ₁x₁ + θ₂x₂ − y)², a derivation by θ₂) means an h with more parameters than its name: judged with
  the line its rewrite was 'wrong' and ∂/∂θ₂ (nonzero) 'wrong'. Now refused, the caret at the θ₂, naming both readings.

The gradients the pages claim are checked by central finite differences with NumPy, never by logderiv's output.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _derivations_table import steps_of_page
from _numeric import central_differences

_RNG = numpy.random.default_rng(2024)
_X = _RNG.normal(size=(6, 2))
_Y = _RNG.uniform(size=6)


def _sigmoid(z: numpy.ndarray) -> numpy.ndarray:
    return 1 / (1 + numpy.exp(-z))


def _mean_squared_of_sigmoid(parameters: numpy.ndarray) -> float:
    w, b = parameters[:2], parameters[2]
    return float((0.5 * (_sigmoid(_X @ w + b) - _Y) ** 2).mean())


def test_the_mean_of_a_squared_error_of_a_sigmoid_has_the_sigmoids_slope():
    # J = (1/m)Σ ½(σ(wᵀx + b) − y)²: ∂J/∂b = (1/m)Σ(ŷ − y)ŷ(1 − ŷ), and (1/m)Σ(ŷ − y) (the pages' last line) is not it
    at = numpy.array([0.3, -0.8, 0.2])
    numeric = central_differences(_mean_squared_of_sigmoid, at)[2]
    prediction = _sigmoid(_X @ at[:2] + at[2])
    assert numeric == pytest.approx(((prediction - _Y) * prediction * (1 - prediction)).mean(), abs=1e-7)
    assert abs((prediction - _Y).mean() - numeric) > 1e-2


def _review(tmp_path, text, *options):
    result = steps_of_page(tmp_path, text, *options, "-f", "json", "--timeout", "60")
    assert result.exit_code in (0, 1, 2), (result.output, result.stderr)
    return result.exit_code, json.loads(result.stdout)


_SQUARED_OF_SIGMOID = r"""One example's loss and its model:
$$
L(\hat{y}, y) = \frac{1}{2}(\hat{y} - y)^2
$$
MODEL
Its derivative:
$$
\frac{\partial L}{\partial b} = (\hat{y} - y)\hat{y}(1-\hat{y})
$$
The cost is the mean over the examples:
$$
J(w,b) = \frac{1}{m}\sum_{i=1}^{m} L(\hat{y}^{(i)}, y^{(i)})
$$
$$
\frac{\partial J}{\partial b} = \frac{1}{m}\sum_{i=1}^{m}\frac{\partial L}{\partial b} = \frac{1}{m}\sum_{i=1}^{m}(RESIDUAL)
$$
"""
_ALONE = "$$\n\\hat{y} = \\sigma(w^T x + b)\n$$"
_WITH_ITS_SLOPE = "$$\n\\hat{y} = \\sigma(w^T x + b),\n\\frac{\\partial \\hat{y}}{\\partial b} = \\hat{y}(1-\\hat{y})\n$$"


def test_the_models_display_is_the_means_too(tmp_path):
    # was 'gradient': the mean's part, blind to ŷ = σ(wᵀx + b), read ŷ as the squared error's line
    page = _SQUARED_OF_SIGMOID.replace("MODEL", _ALONE).replace("RESIDUAL", r"\hat{y}^{(i)} - y^{(i)}")
    code, review = _review(tmp_path, page)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    assert (code, review["ending"], wrong[:1]) == (1, "wrong", [17])
    assert not any(note.startswith("h is not defined") for note in review["notes"])


def test_beside_a_preset_of_another_model_the_mean_is_refused(tmp_path):
    # was 'gradient' beside --cost linear: the mean's ŷ was the preset's line, not the page's σ(wᵀx + b); the two
    # readings of the mean (the preset's model, the page's) disagree, so the two-part reading is not taken
    page = _SQUARED_OF_SIGMOID.replace("MODEL", _ALONE).replace("RESIDUAL", r"\hat{y}^{(i)} - y^{(i)}")
    code, review = _review(tmp_path, page, "--cost", "linear")
    assert code == 2 and review["kind"] == "input", review


def test_the_mean_with_the_sigmoids_slope_is_right(tmp_path):
    page = _SQUARED_OF_SIGMOID.replace("MODEL", _ALONE).replace(
        "RESIDUAL", r"(\hat{y}^{(i)} - y^{(i)})\hat{y}^{(i)}(1-\hat{y}^{(i)})")
    code, review = _review(tmp_path, page)
    assert (code, review["ending"]) == (0, "gradient")
    assert not [step for step in review["steps"] if step["valid"] is False]


def test_a_model_sharing_a_display_with_a_derivative_is_not_read_two_ways(tmp_path):
    # was 'gradient': the per-example part read ŷ = σ(…) (the display cut at its comma), the mean's part never saw it
    page = _SQUARED_OF_SIGMOID.replace("MODEL", _WITH_ITS_SLOPE).replace("RESIDUAL", r"\hat{y}^{(i)} - y^{(i)}")
    code, review = _review(tmp_path, page)
    assert code == 2, review
    assert review["kind"] == "input"


# ---- J(θ₀, θ₁) and a θ₂ on the page --------------------------------------------------------------------------------

_GENERAL = r"""$$
\begin{align*}
\frac{\partial}{\partial\theta_j}J(\theta_0,\theta_1) &= \frac{\partial}{\partial\theta_j}\frac{1}{2m}\sum^m_{i=1}(h_\theta(x^{(i)}) - y^{(i)})^2\\
 &= \frac{\partial}{\partial\theta_j}\frac{1}{2m}\sum^m_{i=1}(REWRITE - y^{(i)})^2\\
\end{align*}
$$
"""
_BY = r"""$$
\begin{align*}
\frac{\partial}{\partial\theta_K}J(\theta_0,\theta_1) &= \frac{\partial}{\partial\theta_K}\frac{1}{2m}\sum^m_{i=1}(h_\theta(x^{(i)}) - y^{(i)})^2\\
&= \frac{1}{m}\sum^m_{i=1}(h_\theta(x^{(i)}) - y^{(i)})x^{(i)}\\
\end{align*}
$$
"""


@pytest.mark.parametrize("options", [(), ("--cost", "linear")])
@pytest.mark.parametrize("page, line", [
    # the rewrite writes h with θ₂: judged 'wrong' against the declared line θ₀ + θ₁x
    (_GENERAL.replace("REWRITE", r"\theta_0+\theta_1x_1^{(i)} +\theta_2x_2^{(i)}"), 4),
    # ∂/∂θ₁ and ∂/∂θ₂ after the θⱼ display: ∂/∂θ₂ of the line is 0, its nonzero line judged 'wrong'
    (_GENERAL.replace("REWRITE", r"\theta_0+\theta_1x^{(i)}") + _BY.replace("K", "1") + _BY.replace("K", "2"), 15),
], ids=["rewrite", "by-theta-2"])
def test_a_component_beyond_the_declared_line_is_refused(tmp_path, options, page, line):
    code, review = _review(tmp_path, page, *options)
    assert code == 2, review
    assert "declares the parameters θ₀, θ₁" in review["message"] and "\\theta_2" in review["message"]
    assert review["line"] == line
    assert "--let 'h = theta_0 + theta_1 x_1 + theta_2 x_2'" in review["hint"]


def test_the_declared_line_alone_is_still_read(tmp_path):
    # θ₀ and θ₁ only: the line, finished by both instances (fixderiv24's reading kept)
    by_0 = _BY.replace("K", "0").replace(r"y^{(i)})x^{(i)}\\", r"y^{(i)})\\")
    page = _GENERAL.replace("REWRITE", r"\theta_0+\theta_1x^{(i)}") + by_0 + _BY.replace("K", "1")
    code, review = _review(tmp_path, page, "--cost", "linear")
    assert (code, review["ending"]) == (0, "gradient"), review
