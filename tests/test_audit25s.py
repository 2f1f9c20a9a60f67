"""audit25s (issue 10): a misread hunt on written derivations (`logderiv steps`), one convention changed at a time.

Found and fixed:

* a page defining the log-likelihood ℓ(θ) = Σ [y log h + (1 − y) log(1 − h)] and deriving the cost J = −ℓ/m
  (``∂J/∂θⱼ = −(1/m) ∂ℓ/∂θⱼ = …``) had J put in as ℓ itself, so its right line −(1/m)∂ℓ/∂θⱼ was called WRONG (a
  false "wrong step"); a page deriving one example's loss L and then, "summing over the examples", the mean
  ∂J/∂θⱼ = (1/m)Σ(σ − y)xⱼ had that mean judged against L alone and called wrong. J, where the page defines its
  cost by another name and J nowhere, is now refused at the J, naming the readings;
* a first line differentiating the cost written out at another scale — "gradient ascent on the log-likelihood"
  ∂/∂θⱼ Σ [y log h + …] beside the mean cross-entropy J (−m J), or ∂/∂θⱼ Σ (θᵀx − y)² beside J = (1/2m)Σ(…)² with
  the 1/2m dropped "since it does not change the minimiser" (2m J) — was judged "wrong: it is not ∂J/∂θⱼ" though
  every side the page writes holds; refused at that line now, naming the readings (a first line of another cost
  altogether stays wrong);
* σ(z) = ½(1 + tanh(z/2)), the sigmoid written with tanh (exactly σ), was refused as "not the sigmoid" when the ½
  was written \\frac{1}{2}: it is read as σ now.

The mathematics is checked independently (finite differences, tests/_numeric.py; sympy for the tanh identity).
"""

from __future__ import annotations

import numpy
import pytest
import sympy
from _derivations_table import display, review_of_page, steps_of_page
from _numeric import central_differences

# ---- the facts ----------------------------------------------------------------------------------------------------

_X = numpy.array([[1.0, 0.3, -1.2], [1.0, -0.8, 0.5], [1.0, 1.7, 0.9], [1.0, -0.4, -2.0]])
_Y = numpy.array([1.0, 0.0, 1.0, 0.0])
_AT = numpy.array([0.2, -0.7, 0.4])


def _sigmoid(z: numpy.ndarray) -> numpy.ndarray:
    return 1.0 / (1.0 + numpy.exp(-z))


def _log_likelihood(theta: numpy.ndarray) -> float:
    h = _sigmoid(_X @ theta)
    return float(numpy.sum(_Y * numpy.log(h) + (1 - _Y) * numpy.log(1 - h)))


def test_the_cost_made_from_the_log_likelihood_has_the_pages_gradient():
    # J = −ℓ/m: ∂J/∂θⱼ = −(1/m) ∂ℓ/∂θⱼ = (1/m) Σ (h − y) xⱼ, the page's last line; and it is not ∂ℓ/∂θⱼ, the
    # derivative J was read as before
    m = len(_Y)
    cost = central_differences(lambda t: -_log_likelihood(t) / m, _AT)
    page = _X.T @ (_sigmoid(_X @ _AT) - _Y) / m
    assert cost == pytest.approx(page, abs=1e-6)
    assert not numpy.allclose(central_differences(_log_likelihood, _AT), page, atol=1e-3)


def test_the_mean_of_one_examples_loss_has_the_pages_gradient():
    # J = (1/m) Σ L⁽ⁱ⁾: its gradient (1/m) Σ (σ − y) x differs from one example's (σ(θᵀx) − y) x
    def loss(theta: numpy.ndarray, k: int) -> float:
        h = _sigmoid(_X[k] @ theta)
        return float(-(_Y[k] * numpy.log(h) + (1 - _Y[k]) * numpy.log(1 - h)))

    mean = central_differences(lambda t: sum(loss(t, k) for k in range(len(_Y))) / len(_Y), _AT)
    assert mean == pytest.approx(_X.T @ (_sigmoid(_X @ _AT) - _Y) / len(_Y), abs=1e-6)
    assert not numpy.allclose(central_differences(lambda t: loss(t, 0), _AT), mean, atol=1e-3)


def test_the_tanh_form_is_the_sigmoid():
    z = sympy.Symbol("z", real=True)
    assert sympy.simplify(((1 + sympy.tanh(z / 2)) / 2 - 1 / (1 + sympy.exp(-z))).rewrite(sympy.exp)) == 0


# ---- J beside a cost defined by another name ----------------------------------------------------------------------

_LOG_LIKELIHOOD = (r"\ell(\theta) = \sum_{i=1}^m \left[ y^{(i)} \log h_\theta(x^{(i)}) + (1 - y^{(i)}) "
                   r"\log(1 - h_\theta(x^{(i)})) \right]")


def test_the_cost_J_made_from_the_log_likelihood_is_refused_at_the_J(tmp_path):
    # before: "wrong at line 4" (J read as ℓ, the right −(1/m)∂ℓ/∂θⱼ 'did not follow'); J is −ℓ/m in the prose
    page = ("The cost is $J(\\theta) = -\\frac{1}{m}\\ell(\\theta)$ where\n"
            f"$${_LOG_LIKELIHOOD}$$\n"
            "and $h_\\theta(x) = \\sigma(\\theta^T x)$.\n"
            r"$$\frac{\partial J}{\partial \theta_j} = -\frac{1}{m}\frac{\partial \ell}{\partial \theta_j} = "
            r"-\frac{1}{m}\sum_{i=1}^m \left( y^{(i)} - h_\theta(x^{(i)}) \right) x_j^{(i)} = "
            r"\frac{1}{m}\sum_{i=1}^m \left( h_\theta(x^{(i)}) - y^{(i)} \right) x_j^{(i)}$$" "\n")
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    # audit25c refuses the same shape one check earlier, at J's definition in the prose ("the notes define two costs,
    # \ell (line 2) and J (line 1, in the prose)"); either refusal names both costs and asks which is derived
    assert ("this line writes J, and the page defines its cost as ℓ, not J" in result.stderr
            or ("the notes define two costs, \\ell (line 2) and J (line 1, in the prose)" in result.stderr
                and "line 1, column 14" in result.stderr))  # the J of J(\theta) in the prose


def test_the_mean_J_after_one_examples_loss_is_refused_at_the_J(tmp_path):
    # before: "wrong at line 5" (the mean judged against one example's L)
    page = ("For one example the loss is\n"
            r"$$L(\theta) = -\left[ y \log \sigma(\theta^T x) + (1 - y) \log(1 - \sigma(\theta^T x)) \right]$$" "\n"
            r"$$\frac{\partial L}{\partial \theta_j} = (\sigma(\theta^T x) - y) x_j$$" "\n"
            "Summing over the examples and dividing by $m$,\n"
            r"$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (\sigma(\theta^T x^{(i)}) - y^{(i)}) "
            r"x_j^{(i)}$$" "\n")
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    # audit25c refuses the same shape one check earlier ("the derivation differentiates J, which the notes do not
    # define; they define L …: is J that loss, or its mean …?"), at the same J
    assert ("this line writes J, and the page defines its cost as L, not J" in result.stderr
            or "the derivation differentiates J, which the notes do not define" in result.stderr)
    assert "line 5, column 18" in result.stderr


def test_the_log_likelihood_derived_by_its_own_name_is_still_read(tmp_path):
    # ∂ℓ/∂θⱼ = Σ (y − h) xⱼ on the same page, no J: read, every step holding (finite differences of ℓ agree)
    at = _AT
    assert central_differences(_log_likelihood, at) == pytest.approx(_X.T @ (_Y - _sigmoid(_X @ at)), abs=1e-6)
    page = (f"$${_LOG_LIKELIHOOD}$$\n"
            "with $h_\\theta(x) = \\sigma(\\theta^T x)$.\n"
            r"$$\frac{\partial \ell}{\partial \theta_j} = \sum_{i=1}^m \left( y^{(i)} - h_\theta(x^{(i)}) \right) "
            r"x_j^{(i)}$$" "\n")
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])


# ---- the sigmoid written with tanh --------------------------------------------------------------------------------

_CROSS_ENTROPY = (r"J(\theta) = -\frac{1}{m}\sum_{i=1}^m \left[ y^{(i)} \log \sigma(\theta^T x^{(i)}) + (1 - y^{(i)}) "
                  r"\log(1 - \sigma(\theta^T x^{(i)})) \right]")


def _tanh_page(definition: str, half: str) -> str:
    return (f"$${_CROSS_ENTROPY}$$\n"
            f"Using ${definition}$:\n"
            r"$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m \left( " + half +
            r"\left(1 + \tanh\frac{\theta^T x^{(i)}}{2}\right) - y^{(i)} \right) x_j^{(i)}$$" "\n")


def test_the_sigmoid_written_with_tanh_and_a_fraction_half_is_read(tmp_path):
    # before: "σ is the sigmoid 1/(1 + e^(−z)) here, and this definition is not it" — it is (sympy above)
    m = len(_Y)
    cost = central_differences(lambda t: -_log_likelihood(t) / m, _AT)
    tanh_form = _X.T @ ((1 + numpy.tanh(_X @ _AT / 2)) / 2 - _Y) / m
    assert cost == pytest.approx(tanh_form, abs=1e-6)
    page = _tanh_page(r"\sigma(z) = \frac{1}{2}\left(1 + \tanh\frac{z}{2}\right)", r"\frac{1}{2}")
    code, ending, wrong, review = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(r"\tanh" in note for note in review["notes"])  # the definition's reading is said


def test_a_tanh_form_without_the_halved_argument_is_still_refused(tmp_path):
    # ½(1 + tanh z) is σ(2z), not σ(z): still "not the sigmoid"
    z = sympy.Symbol("z", real=True)
    assert sympy.simplify(((1 + sympy.tanh(z)) / 2 - 1 / (1 + sympy.exp(-z))).rewrite(sympy.exp)) != 0
    page = _tanh_page(r"\sigma(z) = \frac{1}{2}\left(1 + \tanh z\right)", r"\frac{1}{2}")
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "this definition is not it" in result.stderr


# ---- a first line differentiating the cost at another scale -------------------------------------------------------

_SQUARES = numpy.array([0.5, -1.1, 2.0, 0.3])


def test_the_scaled_objectives_gradients_are_the_pages_and_not_the_costs():
    # ∂/∂θⱼ Σ [y log h + …] = Σ (y − h) xⱼ (the log-likelihood's, −m times ∂J/∂θⱼ), and ∂/∂θⱼ Σ (θᵀx − y)² =
    # 2 Σ (θᵀx − y) xⱼ (2m times the mean's): each page line is right for what it differentiates, wrong as ∂J/∂θⱼ
    m = len(_Y)
    assert central_differences(_log_likelihood, _AT) == pytest.approx(_X.T @ (_Y - _sigmoid(_X @ _AT)), abs=1e-6)
    assert central_differences(lambda t: -_log_likelihood(t) / m, _AT) == pytest.approx(
        -central_differences(_log_likelihood, _AT) / m, abs=1e-6)
    squares = central_differences(lambda t: float(numpy.sum((_X @ t - _SQUARES) ** 2)), _AT)
    assert squares == pytest.approx(2 * _X.T @ (_X @ _AT - _SQUARES), abs=1e-5)
    mean = central_differences(lambda t: float(numpy.sum((_X @ t - _SQUARES) ** 2)) / (2 * m), _AT)
    assert squares == pytest.approx(2 * m * mean, abs=1e-5)


@pytest.mark.parametrize("cost, operand, value, said", [
    # gradient ascent on the log-likelihood beside the mean cross-entropy J: before, "wrong at line 3: it is not ∂J/∂θⱼ"
    (_CROSS_ENTROPY,
     r"\sum_{i=1}^m \left[ y^{(i)} \log \sigma(\theta^T x^{(i)}) + (1 - y^{(i)}) \log(1 - \sigma(\theta^T x^{(i)})) \right]",
     r"\sum_{i=1}^m \left( y^{(i)} - \sigma(\theta^T x^{(i)}) \right) x_j^{(i)}", "−m times the cost J"),
    # the 1/(2m) dropped "since it does not change the minimiser"
    (r"J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2",
     r"\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2",
     r"2\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}", "2m times the cost J"),
])
def test_a_first_line_differentiating_the_cost_at_another_scale_is_refused(tmp_path, cost, operand, value, said):
    page = (f"$${cost}$$\n"
            "The constant in front does not change the optimum, so we differentiate\n"
            rf"$$\frac{{\partial}}{{\partial \theta_j}} {operand} = {value}$$" "\n")
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert f"this line differentiates {said}, not J" in result.stderr
    assert "line 3, column 3" in result.stderr


def test_a_first_line_differentiating_another_cost_is_still_wrong(tmp_path):
    # ∂/∂θⱼ of the squared error beside the cross-entropy J is no scale of J: wrong at line 3, as before
    page = (f"$${_CROSS_ENTROPY}$$\n"
            r"$$\frac{\partial}{\partial \theta_j} \frac{1}{2m}\sum_{i=1}^m (\sigma(\theta^T x^{(i)}) - y^{(i)})^2 = "
            r"\frac{1}{m}\sum_{i=1}^m (\sigma(\theta^T x^{(i)}) - y^{(i)}) x_j^{(i)}$$" "\n")
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, wrong) == (1, [2])


def test_the_log_likelihood_differentiated_beside_the_logistic_preset_is_refused(tmp_path):
    # no definition on the page, --cost logistic: ∂/∂θⱼ Σ [y log σ + …] = Σ (y − σ) xⱼ holds (finite differences in
    # test_the_scaled_objectives_gradients_are_the_pages_and_not_the_costs) and is −m times the preset's; before,
    # "wrong at line 1"
    page = display(r"\frac{\partial}{\partial \theta_j} \sum_{i=1}^m \left[ y^{(i)} \log \sigma(\theta^T x^{(i)}) + "
                   r"(1 - y^{(i)}) \log(1 - \sigma(\theta^T x^{(i)})) \right] = \sum_{i=1}^m \left( y^{(i)} - "
                   r"\sigma(\theta^T x^{(i)}) \right) x_j^{(i)}")
    result = steps_of_page(tmp_path, page, "--cost", "logistic", "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "this line differentiates −m times the cost J, not J" in result.stderr
    # without --cost the written objective is the cost, and the page is read: every step holds
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])


def test_the_negated_log_likelihood_differentiated_by_its_name_is_refused(tmp_path):
    # ℓ defined, then ∂(−ℓ)/∂θⱼ = Σ (σ − y) xⱼ: right for −ℓ (finite differences), before "wrong: it is not ∂ℓ/∂θⱼ"
    assert central_differences(lambda t: -_log_likelihood(t), _AT) == pytest.approx(
        _X.T @ (_sigmoid(_X @ _AT) - _Y), abs=1e-6)
    page = (r"$$\ell(\theta) = \sum_{i=1}^m \left[ y^{(i)} \log \sigma(\theta^T x^{(i)}) + (1 - y^{(i)}) "
            r"\log(1 - \sigma(\theta^T x^{(i)})) \right]$$" "\n"
            "We minimise the negative log-likelihood:\n"
            r"$$\frac{\partial (-\ell)}{\partial \theta_j} = \sum_{i=1}^m \left( \sigma(\theta^T x^{(i)}) - y^{(i)} "
            r"\right) x_j^{(i)}$$" "\n")
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "this line differentiates −1 times the cost ℓ, not ℓ: the cost negated" in result.stderr
    assert "line 3, column 3" in result.stderr
