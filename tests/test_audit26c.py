"""audit26c (issue 10): a misread hunt in what logderiv drops as carrying no mathematics.

Dropping is where silent misreads live: each place that discards text (a left side, a ``\\text{…}`` remark, a
colour, a box, a comment …) was tried with a near-variant whose dropped text does carry mathematics. Found and fixed:

* a count letter glued before the cost's letter — ``mJ(w) = \\frac{1}{2}\\sum …`` (a cost), ``\\frac{\\partial (mJ)}
  {\\partial w_j} = …``, ``d(mJ)/dw_j = …`` (an answer's left side) — was read as one name (as MSE is), dropping
  the factor m: the cost's right side was differentiated as J (a right answer "different") and an answer claiming
  m·∂J/∂wⱼ was judged as ∂J/∂wⱼ (a false "equivalent"). Refused now naming both readings, as ``2J =`` was.

Every expected gradient here is worked out by hand and held to central finite differences of the cost written
independently in NumPy (tests/_numeric.py), never to logderiv's own output.
"""

from __future__ import annotations

import json

import numpy
import pytest
from _numeric import central_differences
from click.testing import CliRunner

from logderiv.cli import main

_RNG = numpy.random.default_rng(2026)
_X = _RNG.normal(size=(7, 3))
_Y = _RNG.normal(size=7)
_W = _RNG.normal(size=3)
_LAMBDA = 0.7
_M = len(_Y)


def _cost(w: numpy.ndarray) -> float:
    """J(w) = (1/2m) Σ (wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² + (λ/2m) Σ wⱼ², the regularised least squares of every case below."""
    return float(numpy.sum((_X @ w - _Y) ** 2) / (2 * _M) + _LAMBDA / (2 * _M) * numpy.sum(w ** 2))


def _hand_gradient(w: numpy.ndarray) -> numpy.ndarray:
    """(1/m) Σ (wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) x⁽ⁱ⁾ + (λ/m) w: worked out by hand."""
    return _X.T @ (_X @ w - _Y) / _M + _LAMBDA / _M * w


def _check(answer: str, cost: str, wrt: str, *extra: str) -> tuple[int, dict]:
    result = CliRunner().invoke(main, ["check", answer, "--cost", cost, "--wrt", wrt, *extra, "-f", "json"])
    return result.exit_code, json.loads(result.stdout[:result.stdout.rindex("}") + 1])


_COST = r"\frac{1}{2m}\sum_{i=1}^m (w^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\sum_{j=1}^n w_j^2"
_DATA = r"\frac{1}{m}\sum_{i=1}^m (w^T x^{(i)} - y^{(i)}) x_j^{(i)}"
_RIGHT = _DATA + r" + \frac{\lambda}{m} w_j"


def test_the_hand_gradient_is_the_costs():
    assert central_differences(_cost, _W) == pytest.approx(_hand_gradient(_W), abs=1e-6)


def test_the_right_answer_is_judged_equivalent_as_written():
    code, verdict = _check(_RIGHT, _COST, "w_j")
    assert (code, verdict["verdict"]) == (0, "equivalent")


# ---- a count letter glued before the cost's letter: m·J, not a name ------------------------------------------------

def test_m_times_the_cost_has_m_times_its_gradient():
    # the two readings of mJ differ by the factor m: ∂(mJ)/∂w = m ∂J/∂w, not ∂J/∂w
    scaled = central_differences(lambda w: _M * _cost(w), _W)
    assert scaled == pytest.approx(_M * _hand_gradient(_W), abs=1e-5)
    assert not numpy.allclose(scaled, _hand_gradient(_W), atol=1e-3)


@pytest.mark.parametrize("cost", [
    r"mJ(w) = \frac{1}{2}\sum_{i=1}^m (w^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2}\sum_{j=1}^n w_j^2",
    r"nJ(w) = \frac{1}{2}\sum_{i=1}^m (w^T x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2}\sum_{j=1}^n w_j^2",
    "mJ = 1/2 sum_i (w^T x^(i) - y^(i))^2 + lambda/2 sum_j w_j^2",
    "mJ(w) = 1/2 sum_i (w^T x^(i) - y^(i))^2 + lambda/2 sum_j w_j^2",
])
def test_a_cost_whose_left_side_is_a_count_times_J_is_refused_naming_both_readings(cost):
    # before: the left side mJ was taken for a name (as MSE is) and dropped: the cost read as ½Σ(…)², and the right
    # answer (1/m)Σ(…)xⱼ + (λ/m)wⱼ of J = rhs/m was called "different"
    code, error = _check(_RIGHT, cost, "w_j")
    assert code == 2
    count = cost[0]
    assert error["message"].startswith(f"the left side is {count}·J: the cost may be J = (right side)/{count}")
    assert error["source"] == "COST"


@pytest.mark.parametrize("head", [
    r"\frac{\partial (mJ)}{\partial w_j}",
    r"\frac{\partial\, mJ}{\partial w_j}",
    r"\frac{\partial}{\partial w_j} mJ",
])
def test_an_answer_differentiating_m_times_J_is_refused_in_latex(head):
    # before: "equivalent" (the note said ∂mJ/∂wⱼ) for (1/m)Σ… + (λ/m)wⱼ, which is ∂J/∂wⱼ, m times less than
    # ∂(mJ)/∂wⱼ (test_m_times_the_cost_has_m_times_its_gradient)
    code, error = _check(f"{head} = {_RIGHT}", _COST, "w_j")
    assert code == 2
    assert "is m·J: the derivative of m times the cost J" in error["message"]
    assert error["column"] is not None


@pytest.mark.parametrize("head", ["d(mJ)/dw_j", "dmJ/dw_j", "∂(mJ)/∂w_j"])
def test_an_answer_differentiating_m_times_J_is_refused_in_plain_notation(head):
    code, error = _check(f"{head} = (1/m) sum_i (w^T x^(i) - y^(i)) x_j^(i)",
                         "J = 1/(2m) sum_i (w^T x^(i) - y^(i))^2", "w_j")
    assert code == 2
    assert error["message"].startswith("the left side differentiates m·J")


def test_a_worded_cost_after_the_derivative_is_read_as_before():
    # MSE, SS: letters glued into a word still name the cost (not a count times a letter)
    code, verdict = _check(r"\frac{\partial\, MSE}{\partial w_j} = " + _DATA,
                           r"MSE = \frac{1}{2m}\sum_{i=1}^m (w^T x^{(i)} - y^{(i)})^2", "w_j")
    assert (code, verdict["verdict"]) == (0, "equivalent")


# ---- a word opening a group before an operand: its factor ---------------------------------------------------------

@pytest.mark.parametrize("penalty", [
    r"\frac{\text{lambda}\, w_j}{m}",
    r"\frac{\text{lambda} w_j}{m}",
    r"\frac{\textrm{lambda}\, w_j}{m}",
    r"{\text{lambda}\, w_j}/m",
])
def test_a_worded_lambda_opening_a_group_is_read_as_lambda(penalty):
    # before: '\text{lambda}' opening the numerator was dropped as a remark, the penalty read (1/m)wⱼ and the right
    # gradient (test_the_hand_gradient_is_the_costs) called "different"
    code, verdict = _check(f"{_DATA} + {penalty}", _COST, "w_j")
    assert (code, verdict["verdict"]) == (0, "equivalent")
    assert "'\\text{lambda}' names the regularisation strength: read as λ" in verdict["notes"] \
        or "'\\textrm{lambda}' names the regularisation strength: read as λ" in verdict["notes"]


def test_a_worded_lambda_opening_a_group_still_tells_a_wrong_penalty():
    # λ/(2m) wⱼ is half the penalty's gradient λ/m wⱼ: different, and read with λ (not dropped)
    code, verdict = _check(_DATA + r" + \frac{\text{lambda}\, w_j}{2m}", _COST, "w_j")
    assert (code, verdict["verdict"]) == (1, "different")
    assert "lambda" in verdict["answer"]["text"]


def test_an_unknown_word_opening_a_group_is_refused_not_dropped():
    code, error = _check(_DATA + r" + \frac{\text{foo}\, w_j}{m}", _COST, "w_j")
    assert code == 2
    assert "'\\text{foo}' stands where a factor does" in error["message"]


# ---- a number or an operator's sign in words: mathematics, refused ------------------------------------------------

def test_the_number_in_words_changes_the_penalty():
    # (2λ/2m) wⱼ is the penalty's gradient; with the 2 dropped, (λ/2m) wⱼ is half of it
    e = numpy.eye(3)[0]
    penalty = central_differences(lambda w: _LAMBDA / (2 * _M) * float(numpy.sum(w ** 2)), _W) @ e
    assert penalty == pytest.approx(2 * _LAMBDA / (2 * _M) * _W[0], abs=1e-8)
    assert penalty != pytest.approx(_LAMBDA / (2 * _M) * _W[0], abs=1e-4)


@pytest.mark.parametrize("answer, column", [
    (_DATA + r" + \frac{\text{2}\lambda}{2m} w_j", len(_DATA) + 9),
    (_DATA + r" + \text{2}\frac{\lambda}{2m} w_j", len(_DATA) + 3),
    (_DATA + r" \text{ + } \frac{\lambda}{m} w_j", len(_DATA) + 1),
    (_DATA + r" \text{+} \frac{\lambda}{m} w_j", len(_DATA) + 1),
    (_DATA + r" + \frac{\lambda}{m}\text{-}w_j", len(_DATA) + 20),
])
def test_a_number_or_a_sign_in_text_is_refused_at_it(answer, column):
    # before: dropped as a remark: the 2 went missing ("different" for a right answer) or the + became a product
    code, error = _check(answer, _COST, "w_j")
    assert code == 2
    assert "holds a number or an operator's sign in words" in error["message"]
    assert error["column"] == column + 1


def test_an_equation_number_in_words_ending_the_answer_is_still_a_label():
    code, verdict = _check(_RIGHT + r" \,\text{(2)}", _COST, "w_j")
    assert (code, verdict["verdict"]) == (0, "equivalent")


# ---- a TeX comment that gives a name's value or model: refused, not dropped ----------------------------------------

def _tanh_cost(w: numpy.ndarray) -> float:
    return float(numpy.sum((numpy.tanh(_X @ w) - _Y) ** 2) / (2 * _M))


def test_the_tanh_model_the_comment_gives_changes_the_gradient():
    # with h = tanh(wᵀx) (the comment's model) the gradient is (1/m)Σ(h − y)(1 − h²)x, not (1/m)Σ(h − y)x: the
    # linear answer judged "equivalent" with h read as wᵀx is wrong for the writer's cost
    h = numpy.tanh(_X @ _W)
    tanh_gradient = _X.T @ ((h - _Y) * (1 - h ** 2)) / _M
    assert central_differences(_tanh_cost, _W) == pytest.approx(tanh_gradient, abs=1e-6)
    assert not numpy.allclose(tanh_gradient, _X.T @ (h - _Y) / _M, atol=1e-3)


@pytest.mark.parametrize("comment, name", [
    (r"% h = \tanh(w^T x)", "h"),
    ("% h = tanh(w^T x)", "h"),
    (r"% \lambda = 2", "\\lambda"),
    ("% lambda = 2", "lambda"),
])
def test_a_comment_giving_what_the_formula_writes_is_refused(comment, name):
    # before: the comment was dropped: h read as wᵀx (the linear answer "equivalent"), λ left a symbol (the answer
    # writing its value 2 "different")
    cost = (r"J(w) = \frac{1}{2m}\sum_{i=1}^m (h^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\sum_{j=1}^n w_j^2 "
            + comment)
    answer = r"\frac{1}{m}\sum_{i=1}^m (h^{(i)} - y^{(i)}) x_j^{(i)} + \frac{\lambda}{m} w_j"
    code, error = _check(answer, cost, "w_j")
    assert code == 2
    assert error["message"].startswith(f"the comment '{comment}' gives {name}: dropped as a comment")
    assert error["source"] == "COST"


def test_a_comment_in_words_is_still_dropped():
    code, verdict = _check(_RIGHT, _COST + " % the ridge cost, eq. (3)", "w_j")
    assert (code, verdict["verdict"]) == (0, "equivalent")


def test_a_comment_giving_a_name_the_formula_does_not_write_is_dropped():
    code, verdict = _check(_RIGHT, _COST + " % z = w^T x", "w_j")
    assert (code, verdict["verdict"]) == (0, "equivalent")


# ---- an equation's number set apart at the end of an answer: not a factor -----------------------------------------

@pytest.mark.parametrize("number", [r"\qquad (2)", r"\quad (7)", r"\qquad (2.1)", r"\quad (3a) ."])
def test_an_equation_number_after_a_quad_is_not_a_factor(number):
    # before: (2) multiplied the right gradient: "different"; a page's row already read it so (document.py)
    code, verdict = _check(f"{_RIGHT} {number}", _COST, "w_j")
    assert (code, verdict["verdict"]) == (0, "equivalent")
    value = number.split("(")[1].split(")")[0]
    assert f"({value}), set apart by a space at the end of the formula, is the equation's number: not read" \
        in verdict["notes"]


def test_a_slip_beside_an_equation_number_is_still_found():
    code, verdict = _check(_DATA + r" + \frac{\lambda}{2m} w_j \qquad (2)", _COST, "w_j")
    assert (code, verdict["verdict"]) == (1, "different")


def test_a_bracketed_number_with_maths_after_it_is_still_a_factor():
    # (2) followed by more of the formula multiplies, as written: twice the penalty's gradient, different
    code, verdict = _check(_DATA + r" + \frac{\lambda}{m} \quad (2) w_j", _COST, "w_j")
    assert (code, verdict["verdict"]) == (1, "different")


# ---- a bare power on the derivative's subject: J², not a name ------------------------------------------------------

def test_the_square_of_the_cost_has_another_gradient():
    # ∂(J²)/∂w = 2J ∂J/∂w, not ∂J/∂w
    squared = central_differences(lambda w: _cost(w) ** 2, _W)
    assert squared == pytest.approx(2 * _cost(_W) * _hand_gradient(_W), abs=1e-5)
    assert not numpy.allclose(squared, _hand_gradient(_W), atol=1e-3)


@pytest.mark.parametrize("subject", ["J^2", "J^{2}"])
def test_a_power_on_the_derivatives_subject_is_refused(subject):
    # before: "equivalent", the ² dropped as a decoration of the cost's name (noted, but J² is a power)
    code, error = _check(rf"\frac{{\partial {subject}}}{{\partial w_j}} = {_RIGHT}", _COST, "w_j")
    assert code == 2
    assert error["message"].startswith(f"'{subject}' after the derivative is J to a power")


def test_a_decorated_name_with_a_subscript_still_names_the_cost():
    # S_ε² (least squares' residual sum) is the cost's name on its own left side: read as before
    code, verdict = _check(r"\frac{\partial S_\epsilon^2}{\partial w_j} = \frac{2}{m}\sum_{i=1}^m (w^T x^{(i)} - "
                           r"y^{(i)}) x_j^{(i)}",
                           r"S_\epsilon^2 = \frac{1}{m}\sum_{i=1}^m (w^T x^{(i)} - y^{(i)})^2", "w_j")
    assert (code, verdict["verdict"]) == (0, "equivalent")


def test_a_sum_of_squares_named_s_squared_still_names_the_cost():
    # S² is a name of the residual sum of squares (tests/test_fixlatex4.py): only J, the cost's letter, is refused
    code, verdict = _check(r"\frac{\partial S^2}{\partial w_j} = \frac{2}{m}\sum_{i=1}^m (w^T x^{(i)} - y^{(i)}) "
                           r"x_j^{(i)}", r"\frac{1}{m}\sum_{i=1}^m (w^T x^{(i)} - y^{(i)})^2", "w_j")
    assert (code, verdict["verdict"]) == (0, "equivalent")


# ---- a page whose cost line is a multiple of J: refused, not judged against the default cost ----------------------

_PAGE = ("The cost is\n$$SCALED(w) = RIGHT$$\nDifferentiating,\n"
         "$$\\frac{\\partial J}{\\partial w_j} = \\frac{1}{m}\\sum_{i=1}^m (w^T x^{(i)} - y^{(i)}) x_j^{(i)}$$\n")


def _steps(tmp_path, text: str):
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["steps", str(page), "-f", "json"])


@pytest.mark.parametrize("scaled, right", [
    ("mJ", r"\frac{1}{2}\sum_{i=1}^m (w^T x^{(i)} - y^{(i)})^2"),
    ("2J", r"\frac{1}{m}\sum_{i=1}^m (w^T x^{(i)} - y^{(i)})^2"),
])
def test_a_page_defining_a_multiple_of_J_is_refused_not_judged_against_the_default(tmp_path, scaled, right):
    # J = (1/2m)Σ(wᵀx − y)² in both (mJ = ½Σ…, 2J = (1/m)Σ…): the page's last line is its gradient (by hand, and
    # test_the_hand_gradient_is_the_costs with λ = 0 beside it); before, the cost line was set aside and the line
    # judged against the default logistic cost: "wrong"
    lam_free = central_differences(lambda w: float(numpy.sum((_X @ w - _Y) ** 2) / (2 * _M)), _W)
    assert lam_free == pytest.approx(_X.T @ (_X @ _W - _Y) / _M, abs=1e-6)
    result = _steps(tmp_path, _PAGE.replace("SCALED", scaled).replace("RIGHT", right))
    assert result.exit_code == 2, result.output
    error = json.loads(result.stdout[:result.stdout.rindex("}") + 1])
    count = scaled[0]
    assert error["message"].startswith(f"line 2 defines {scaled}(w), {count} times the cost J: J = (right side)/{count}")
    assert error["line"] == 2
