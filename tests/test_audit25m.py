"""audit25m (issue 10): a misread hunt over the conventions logderiv applies where a text leaves something implicit.

Each section is one convention, a near-variant that real course material writes where the convention gave the
WRONG verdict on main, the fact by finite differences (tests/_numeric.py, never logderiv's own output), and the
fixed behaviour:

* an undefined prediction ŷ beside a squared error is read as the linear model wᵀx (noted). An answer that
  multiplies by ŷ(1 − ŷ), the sigmoid's derivative σ(1 − σ), says its ŷ is σ(wᵀx) (a sigmoid unit under a
  squared error, as backpropagation notes derive it), and for that model it is right; judged against the
  default it was 'different'. Refused, asking for the cost's model; in ``steps`` a page whose first wrong line
  writes it (L = ½(y − ŷ)², then (ŷ − y) ŷ(1 − ŷ) xⱼ) was called WRONG, and is refused alike;
* a derivative operator without brackets takes the product after it (noted). ``∂J/∂w = ∂/∂w (1/m) Σ (yᵢ − w xᵢ)²
  + λw²`` then leaves λw², which holds w, outside and undifferentiated, and the line was called WRONG, though its
  writer, differentiating the whole cost J, means the operator over all of it, and read so every line holds. Such a
  reading is now noted, and a first wrong step written so is refused (steps), asking where the operator ends;
  ``∂/∂w (…)² + 2λw`` (the penalty's derivative beside it) is read and judged as before;
* Ng's h = Σ_{j=0}^{n} θⱼxⱼ (x₀ = 1) is θᵀx WITH the intercept. Where the cost keeps θ₀ on its own (a penalty
  from j = 1, or --wrt theta_0), logderiv reads the sum as θ₀ + Σ_{j=1}^{n}, and an answer's θᵀx was read over
  1..n, without θ₀: Ng's right answer (1/m) Σ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + (λ/m) θⱼ was called 'different'. Whether the
  answer's θᵀx holds θ₀ is asked (refused at the θᵀx; in ``steps``, at a first wrong line writing it); θ₀ + θᵀx, or a cost summed over every component, as before;
* a cost whose model is θⱼxⱼ with the j of ∂/∂θⱼ free, (1/2m) Σᵢ (θⱼxⱼ⁽ⁱ⁾ − y⁽ⁱ⁾)², was read as a regression on
  feature j alone, and the answer (1/m) Σᵢ (θⱼxⱼ⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ called 'equivalent'; written so, the model is as
  often Σⱼ θⱼxⱼ = θᵀx with its sum left out, whose gradient that answer is not (the classic slip). Refused, asking.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _numeric import central_differences
from click.testing import CliRunner

from logderiv.cli import main

_RNG = numpy.random.default_rng(25)
_X = _RNG.normal(size=(6, 3))
_Y = _RNG.normal(size=6)


def _sigmoid(z: numpy.ndarray) -> numpy.ndarray:
    return 1 / (1 + numpy.exp(-z))


def _check(answer: str, cost: str, wrt: str, *extra: str) -> tuple[int, dict]:
    result = CliRunner().invoke(main, ["check", answer, "--cost", cost, "--wrt", wrt, *extra, "-f", "json"])
    return result.exit_code, json.loads(result.stdout[:result.stdout.rindex("}") + 1])


# ---- ŷ(1 − ŷ) beside an undefined ŷ read as the linear model --------------------------------------------------------

def test_the_sigmoid_slope_answer_is_right_for_a_sigmoid_unit():
    # (1/m) Σ (yᵢ − σ(wᵀxᵢ))², by w_j: (2/m) Σ (σ − y) σ (1 − σ) x_ij, the answer below with ŷ = σ(wᵀx)
    w = _RNG.normal(size=3)
    numeric = central_differences(lambda v: float(numpy.mean((_Y - _sigmoid(_X @ v)) ** 2)), w)
    s = _sigmoid(_X @ w)
    assert numeric == pytest.approx(2 / len(_Y) * _X.T @ ((s - _Y) * s * (1 - s)), abs=1e-6)
    # and not the linear model's gradient, which the default reads: the old 'different' was the default's
    assert not numpy.allclose(numeric, 2 / len(_Y) * _X.T @ (_X @ w - _Y), atol=1e-3)


@pytest.mark.parametrize("answer, cost, wrt", [
    ("2/m sum (ŷ - y) ŷ (1 - ŷ) x_j", "1/m sum (y - ŷ)^2", "w_j"),
    ("1/m sum (h(x^(i)) - y^(i)) h(x^(i))(1 - h(x^(i))) x_j^(i)", "1/(2m) sum (h(x^(i)) - y^(i))^2", "theta_j"),
    ("2/m sum (sigmoid(w^T x) - y) sigmoid(w^T x)(1 - sigmoid(w^T x)) x_j", "1/m sum (y - ŷ)^2", "w_j"),
    ("X' * ((h - y) .* h .* (1 - h)) / m", "1/(2m) sum (h - y)^2", "theta_j"),  # Octave, a matrix answer
])
def test_a_sigmoid_slope_beside_a_default_linear_h_is_refused(answer, cost, wrt):
    code, out = _check(answer, cost, wrt)
    assert code == 2, out
    assert "σ(1 − σ), the sigmoid's derivative" in out["message"]
    assert "is read as h = " in out["message"] and "--let 'h = sigmoid(" in out["hint"]
    assert answer[out["column"] - 1:].startswith("1 -")  # the caret at the (1 − h), columns counted from 1


def test_the_sigmoid_slope_is_judged_where_the_cost_says_its_model():
    # with the model given, the same answer is judged (right), as the finite differences above say
    code, out = _check("1/m sum (h - y) h (1-h) x_j", "1/(2m) sum (h - y)^2", "theta_j",
                       "--let", "h = sigmoid(theta^T x)")
    assert code == 0 and out["verdict"] == "equivalent", out
    # and beside a cross-entropy (default σ) the sigmoid's slope is the default's own: nothing to ask
    code, out = _check("1/m sum (h - y) x_j", "-1/m sum (y log h + (1-y) log(1-h))", "theta_j")
    assert out["verdict"] == "equivalent", out


# ---- a derivative operator without brackets before a term of its variable -----------------------------------------

_XS = _RNG.normal(size=5)
_YS = _RNG.normal(size=5)


def _data_term(w: float) -> float:
    return float(numpy.mean((_YS - w * _XS) ** 2))


def test_the_operator_over_the_whole_cost_is_the_gradient_and_read_literally_it_is_not():
    # J(w) = (1/m) Σ (yᵢ − w xᵢ)² + λw²: ∂J/∂w = −(2/m) Σ (yᵢ − w xᵢ) xᵢ + 2λw, the page's last line
    w, lam = 0.7, 1.3
    numeric = central_differences(lambda v: _data_term(v[0]) + lam * v[0] ** 2, numpy.array([w]))[0]
    assert numeric == pytest.approx(-2 * float(numpy.mean((_YS - w * _XS) * _XS)) + 2 * lam * w, abs=1e-6)
    # the operator ending at its product: ∂/∂w [data term] + λw², another number
    literal = central_differences(lambda v: _data_term(v[0]), numpy.array([w]))[0] + lam * w ** 2
    assert abs(literal - numeric) > 1e-2


_PAGE = ("The cost is $J(w) = \\frac{1}{m}\\sum_{i=1}^{m}(y_i - w x_i)^2 + \\lambda w^2$.\n\n"
         "$$\\begin{aligned}\n"
         "\\frac{\\partial J}{\\partial w} &= \\frac{\\partial}{\\partial w}\\frac{1}{m}\\sum_{i=1}^{m}(y_i - w x_i)^2 "
         "+ TAIL \\\\\n"
         "&= -\\frac{2}{m}\\sum_{i=1}^{m}(y_i - w x_i) x_i + 2\\lambda w\n"
         "\\end{aligned}$$\n")


def _steps(tmp_path, text: str, *extra: str, name: str = "page.md"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["steps", str(page), *extra, "-f", "json"])


def test_a_bracketless_operator_before_the_penalty_is_asked_not_called_wrong(tmp_path):
    result = _steps(tmp_path, _PAGE.replace("TAIL", "\\lambda w^2"))
    assert result.exit_code == 2, result.output  # before: exit 1, 'wrong at line 4'
    error = json.loads(result.stdout[:result.stdout.rindex("}") + 1])
    assert "derivative operator without brackets before a term that holds its variable" in error["message"]
    assert error["line"] == 4 and "brackets" in error["hint"]


def test_the_same_in_plain_notation(tmp_path):
    page = "dJ/dw = d/dw 1/m sum_i (y_i - w x_i)^2 + lambda w^2\n= -2/m sum_i (y_i - w x_i) x_i + 2 lambda w\n"
    result = _steps(tmp_path, page, "--cost", "1/m sum_i (y_i - w x_i)^2 + lambda w^2", "--wrt", "w",
                    name="page.txt")
    assert result.exit_code == 2, result.output
    error = json.loads(result.stdout[:result.stdout.rindex("}") + 1])
    assert "is the term inside the derivative or outside it?" in error["message"] and error["column"] == 9  # the d of d/dw, columns counted from 1


def test_the_penalty_differentiated_beside_the_operator_is_read_with_a_note(tmp_path):
    # ∂/∂w [data term] + 2λw: right as written (the finite differences above), judged right, the reading noted
    result = _steps(tmp_path, _PAGE.replace("TAIL", "2\\lambda w"))
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["ending"] == "gradient"
    assert any(note.startswith("the derivative operator without brackets ends at its product") for note in out["notes"])


def test_an_operator_on_each_term_is_read_as_before(tmp_path):
    result = _steps(tmp_path, _PAGE.replace("TAIL", "\\frac{\\partial}{\\partial w}\\lambda w^2"))
    assert result.exit_code == 0, result.output
    assert not any("without brackets ends" in note for note in json.loads(result.stdout)["notes"])


# ---- θᵀx in an answer beside a cost numbered from 0 that keeps θ₀ on its own ---------------------------------------

_ONES = numpy.column_stack([numpy.ones(len(_Y)), _X])  # x₀ = 1, then the n = 3 features
_ZERO_BASED = (r"\frac{1}{2m}\sum_{i=1}^m (\sum_{j=0}^{n}\theta_j x_j^{(i)} - y^{(i)})^2 "
               r"+ \frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2")


def test_ngs_answer_is_right_with_the_intercept_in_theta_transpose_x():
    # ∂J/∂θⱼ (j ≥ 1) = (1/m) Σ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + (λ/m)θⱼ with θᵀx = Σ_{k=0}^{n} θₖxₖ, θ₀ included
    theta, lam, m = _RNG.normal(size=4), 0.8, len(_Y)

    def cost(t: numpy.ndarray) -> float:
        return float(numpy.sum((_ONES @ t - _Y) ** 2) / (2 * m) + lam / (2 * m) * numpy.sum(t[1:] ** 2))

    numeric = central_differences(cost, theta)
    ng = _ONES.T @ (_ONES @ theta - _Y) / m + lam / m * theta
    assert numeric[1:] == pytest.approx(ng[1:], abs=1e-6)
    # read over 1..n (θ₀ left out of θᵀx), the same answer gives other numbers: the old 'different'
    without = _X.T @ (_X @ theta[1:] - _Y) / m + lam / m * theta[1:]
    assert not numpy.allclose(numeric[1:], without, atol=1e-3)


@pytest.mark.parametrize("answer, wrt, extra", [
    (r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)} + \frac{\lambda}{m}\theta_j", "theta_j", ()),
    (r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_0^{(i)}", "theta_0", ()),
    (r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)} + \frac{\lambda}{m}\theta_j", "theta_j",
     ("--let", r"h_\theta(x) = \theta^T x")),
])
def test_theta_transpose_x_beside_an_intercept_from_zero_is_asked(answer, wrt, extra):
    code, out = _check(answer, _ZERO_BASED, wrt, *extra)
    assert code == 2, out
    assert "is the answer's dot product over 0..n" in out["message"] and "theta_0 + theta^T x" in out["hint"]


def test_theta_0_written_beside_it_or_a_cost_over_every_component_is_judged():
    code, out = _check(r"\frac{1}{m}\sum_{i=1}^m (\theta_0 + \theta^T x^{(i)} - y^{(i)}) x_j^{(i)} "
                       r"+ \frac{\lambda}{m}\theta_j", _ZERO_BASED, "theta_j")
    assert out["verdict"] == "equivalent", out
    code, out = _check(r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}",
                       r"\frac{1}{2m}\sum_{i=1}^m (\sum_{j=0}^{n}\theta_j x_j^{(i)} - y^{(i)})^2", "theta_j")
    assert out["verdict"] == "equivalent", out


# ---- the same ŷ(1 − ŷ) in a page's lines (steps) ------------------------------------------------------------------

def test_one_examples_sigmoid_unit_line_is_right():
    # L(w) = ½(y − σ(wᵀx))²: ∂L/∂wⱼ = (σ − y) σ (1 − σ) xⱼ, the page's line with ŷ = σ(wᵀx)
    x, y, w = _X[0], 0.4, _RNG.normal(size=3)
    numeric = central_differences(lambda v: 0.5 * float((y - _sigmoid(x @ v)) ** 2), w)
    s = _sigmoid(x @ w)
    assert numeric == pytest.approx((s - y) * s * (1 - s) * x, abs=1e-6)


_SLOPE_PAGE = ("The loss is $L = \\frac{1}{2}(y - \\hat{y})^2$DEFINED.\n\n"
               "$$\\begin{aligned}\n"
               "\\frac{\\partial L}{\\partial w_j} &= (\\hat{y} - y)\\frac{\\partial \\hat{y}}{\\partial w_j} \\\\\n"
               "&= (\\hat{y} - y)\\hat{y}(1 - \\hat{y}) x_j\n"
               "\\end{aligned}$$\n")


def test_a_page_writing_the_sigmoid_slope_of_an_undefined_prediction_is_asked(tmp_path):
    result = _steps(tmp_path, _SLOPE_PAGE.replace("DEFINED", ""))
    assert result.exit_code == 2, result.output  # before: exit 1, 'wrong at line 5'
    error = json.loads(result.stdout[:result.stdout.rindex("}") + 1])
    assert "σ(1 − σ), the sigmoid's derivative" in error["message"] and error["line"] == 5
    assert "--let 'h = sigmoid(w^T x)'" in error["hint"]


def test_the_page_that_defines_its_sigmoid_unit_is_judged_right(tmp_path):
    result = _steps(tmp_path, _SLOPE_PAGE.replace("DEFINED", ", where $\\hat{y} = \\sigma(w^T x)$"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ending"] == "gradient"


# ---- θⱼxⱼ with the derivative's j free in the cost ------------------------------------------------------------------

def test_one_term_and_the_dot_product_have_different_gradients():
    theta, m = _RNG.normal(size=3), len(_Y)
    j = 1
    # the dot product's cost (1/2m) Σ (θᵀx − y)²: ∂/∂θⱼ = (1/m) Σ (θᵀx − y) xⱼ
    dot = central_differences(lambda t: float(numpy.sum((_X @ t - _Y) ** 2) / (2 * m)), theta)[j]
    assert dot == pytest.approx(float(numpy.mean((_X @ theta - _Y) * _X[:, j])), abs=1e-6)
    # feature j alone: (1/m) Σ (θⱼxⱼ − y) xⱼ, the answer that was called equivalent, another number
    alone = float(numpy.mean((theta[j] * _X[:, j] - _Y) * _X[:, j]))
    assert abs(alone - dot) > 1e-2


@pytest.mark.parametrize("cost, wrt", [
    ("1/(2m) sum_i (theta_j x_j^(i) - y^(i))^2", "theta_j"),
    (r"\frac{1}{2m}\sum_{i=1}^m (w_j x_{ij} - y_i)^2", "w_j"),
])
def test_a_model_of_one_free_component_is_asked(cost, wrt):
    code, out = _check("1/m sum_i (theta_j x_j^(i) - y^(i)) x_j^(i)", cost, wrt)
    assert code == 2, out  # before: equivalent
    assert "free (no sum over j)" in out["message"] and "dot product" in out["hint"]
    result = CliRunner().invoke(main, ["derive", cost, "--wrt", wrt, "-f", "json"])
    assert result.exit_code == 2 and "a model of feature j alone" in result.output


def test_a_numbered_component_or_the_dot_product_is_judged():
    code, out = _check("1/m sum_i (theta_1 x_1^(i) - y^(i)) x_1^(i)", "1/(2m) sum_i (theta_1 x_1^(i) - y^(i))^2",
                       "theta_1")
    assert out["verdict"] == "equivalent", out
    code, out = _check("1/m sum_i (theta_j x_j^(i) - y^(i)) x_j^(i)", "1/(2m) sum_i (theta^T x^(i) - y^(i))^2",
                       "theta_j")
    assert out["verdict"] == "different", out  # the slip, judged against the dot product


_NG_PAGE = ("The cost is $J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^{m}\\left(\\sum_{j=0}^{n}\\theta_j x_j^{(i)} - y^{(i)}\\right)^2 "
            "+ \\frac{\\lambda}{2m}\\sum_{j=1}^{n}\\theta_j^2$.\n\n"
            "$$\\begin{aligned}\n"
            "\\frac{\\partial J}{\\partial \\theta_j} &= \\frac{1}{m}\\sum_{i=1}^{m}\\left(MODEL - y^{(i)}\\right) x_j^{(i)} "
            "+ \\frac{\\lambda}{m}\\theta_j\n"
            "\\end{aligned}$$\n")


def test_ngs_page_writing_theta_transpose_x_is_asked_not_called_wrong(tmp_path):
    # the line is right with θᵀx holding θ₀ (test_ngs_answer_is_right_with_the_intercept_in_theta_transpose_x)
    result = _steps(tmp_path, _NG_PAGE.replace("MODEL", "\\theta^T x^{(i)}"))
    assert result.exit_code == 2, result.output  # before: exit 1, 'wrong at line 4'
    error = json.loads(result.stdout[:result.stdout.rindex("}") + 1])
    assert "is the line's dot product over 0..n" in error["message"] and error["line"] == 4


def test_ngs_page_writing_theta_0_beside_it_is_judged_right(tmp_path):
    result = _steps(tmp_path, _NG_PAGE.replace("MODEL", "\\theta_0 + \\theta^T x^{(i)}"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ending"] == "gradient"
