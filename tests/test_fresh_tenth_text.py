r"""The plain text and LaTeX of the tenth blind corpus (tests/corpus/fresh_tenth.py), read (issue 10).

* A Python docstring's J(w,b) with Σ's limits on lines of their own (``m-1`` above, ``i=0`` below) and
  ``x_s(i)`` for the subscript: refused ("the left side of '=' names the cost", the ``i=0`` taken for a
  left side) — now read as the sum over the m examples, noted; other limits are refused at the limit.
* ``Σ (v)**2``: read as the square of the sum (code's reading of ``sum(v)**2``) — a silent misread, Σ is
  a symbol and never a call; now Σᵢ vᵢ².
* ``Σ (w x_i + b − y_i) * x``: a bare x beside x_i in one sum was read as x_i silently; now refused, both
  readings named (the corpus's own answer is a real slip, "different").
* ``J(\Theta) = … h_\theta …``: refused (Θ beside θ); a left side's one argument only names what the
  cost depends on: now Θ is read as θ, noted.
* ``\begin{bmatrix}1\\1\\\vdots\\1\end{bmatrix}``: unknown \vdots; now the all-ones vector, noted.
* ``z_n = \tilde{Y}(x^{(n)};w) = \sigma(w^T x)`` and a cost written with Ỹ(x⁽ⁿ⁾; w): ';' unexpected; now
  Ỹ(…;…) is the chain's other name for z_n, noted. ``[x_n]_m`` is entry m of x_n, and ``--wrt w_m`` with
  m written only as a subscript is respelled as a feature index, noted.

Gradients are held against central finite differences of NumPy costs written here by hand (the corpus
judge does the differencing with its own oracle, tests/corpus/judge.py); verdicts are worked by hand in
the docstrings.
"""

from __future__ import annotations

import numpy as np
import pytest

from corpus.items import Cost, sig
from corpus.judge import judge_cost
from logderiv import check, derive
from logderiv.errors import InputError


def _assert_gradient(text, intended, *, wrt=("theta_j",), lets=()):
    """logderiv's gradient of ``text`` agrees with finite differences of ``intended`` (NumPy, by hand)."""
    outcome = judge_cost(Cost(id=text, source="test", text=text, intended=intended, wrt=wrt, lets=lets))
    assert outcome.kind == "right", outcome.detail


def _half_mse_wb(d):
    """(1/2m) Σᵢ (w xᵢ + b − yᵢ)², one feature (w is d.w[0])."""
    return float(np.sum((d.w[0] * d.x + d.b - d.y) ** 2)) / (2 * d.m)


# --- 1. a docstring's layout: limits on their own lines, x_s(i) -----------------------------------------

_DOC_J = "              m-1\nJ(w,b) = 1/2m Σ (wx_s(i) + b - y_s(i))**2\n              i=0"
_DOC_FWB = "              m-1\nJ(w,b) = 1/2m Σ (fwb(x_s(i)) - y_s(i))**2\n              i=0"
_FWB = ("fwb(x_s(i)) = wx_s(i) + b",)


@pytest.mark.parametrize("text, lets", [(_DOC_J, ()), (_DOC_FWB, _FWB),
                                        ("         m\nJ = 1/2m Σ (w x_s(i) + b - y_s(i))^2\n       i = 1", ())])
def test_limits_on_their_own_lines_sum_over_the_examples(text, lets):
    """Σ from i=0 to m-1 (or 1 to m) over m examples is the sum over every example: (1/2m)Σ(wx + b − y)²."""
    _assert_gradient(text, _half_mse_wb, wrt=("w", "b"), lets=lets)
    notes = derive(text, wrt="w", let=lets).problem.notes
    assert any("are its limits" in note for note in notes), notes


def test_the_subscript_mark_is_noted():
    notes = derive(_DOC_J, wrt="b").problem.notes
    assert any("'_s(…)' marks a subscript" in note for note in notes), notes


def test_limits_that_are_not_the_examples_are_refused_at_the_limit():
    """i = 1 to n over a sum of the examples' data: n is not the count of examples; never dropped silently."""
    text = "              n\nJ(w,b) = 1/2m Σ (wx_s(i) + b - y_s(i))**2\n              i=1"
    with pytest.raises(InputError) as caught:
        derive(text, wrt="w")
    assert "not the examples'" in str(caught.value)
    assert caught.value.column == text.rindex("i=1")


@pytest.mark.parametrize("answer, wrt, verdict", [
    # ∂/∂b of (1/2m)Σ(wx + b − y)² is (1/m)Σ(wx + b − y): right
    ("                   m-1\ndJ(w,b) / db = 1/m Σ (wx_s(i) + b - y_s(i))\n                   i = 0", "b", "equivalent"),
    # ∂/∂w is (1/m)Σ(wx + b − y)x: right
    ("                   m-1\ndJ(w,b) / dw = 1/m Σ (wx_s(i) + b - y_s(i)) * x_s(i)\n                   i = 0", "w",
     "equivalent"),
    # the 1/2m kept in the derivative: half the gradient
    ("                   m-1\ndJ(w,b) / db = 1/2m Σ (wx_s(i) + b - y_s(i))\n                   i = 0", "b", "different"),
])
def test_docstring_answers_are_judged(answer, wrt, verdict):
    assert check(answer, cost=_DOC_J, wrt=wrt).verdict == verdict


def test_a_multi_letter_function_the_cost_defines_is_called_in_the_answer():
    """fwb(x) = wx + b: ∂/∂b of (1/2m)Σ(fwb(xᵢ) − yᵢ)² is (1/m)Σ(fwb(xᵢ) − yᵢ)."""
    answer = "                   m-1\ndJ(w,b) / db = 1/m Σ (fwb(x_s(i)) - y_s(i))\n                   i = 0"
    assert check(answer, cost=_DOC_FWB, wrt="b", let=_FWB).verdict == "equivalent"


# --- 2. Σ (v)**2 is the sum of the squares -------------------------------------------------------------

def test_sigma_of_a_bracket_to_a_python_power_is_the_sum_of_squares():
    """Σ (w xᵢ + b − yᵢ)**2 is Σᵢ (…)², not (Σᵢ …)²: finite differences of the sum of squares."""
    _assert_gradient("J = 1/2m Σ (w x_i + b - y_i)**2", _half_mse_wb, wrt=("w", "b"))


def test_code_sum_call_to_a_power_is_still_the_power_of_the_sum():
    """np.sum(v)**2 in NumPy is (Σ v)²: that reading (and its note) is unchanged."""
    notes = derive("np.sum(w*x - y)**2", wrt="w").problem.notes
    assert any("power of the sum" in note for note in notes), notes


# --- 3. a bare x beside x_i in one sum -----------------------------------------------------------------

@pytest.mark.parametrize("answer", ["1/m Σ (w x_i + b - y_i) * x", "1/m sum_i (w x_i + b - y_i) x"])
def test_a_bare_x_beside_x_i_is_refused_with_both_readings(answer):
    with pytest.raises(InputError) as caught:
        check(answer, cost="J = 1/2m Σ (w x_i + b - y_i)^2", wrt="w")
    message = str(caught.value)
    assert "no example index" in message and "slip" in message
    assert caught.value.column == answer.rindex("x")


def test_a_sum_with_x_unindexed_throughout_is_still_the_examples():
    """Σ (w x + b − y) x, nothing indexed: every datum is the example's, (1/m)Σ(wx + b − y)x, right."""
    assert check("1/m Σ (w x + b - y) * x", cost="J = 1/2m Σ (w x_i + b - y_i)^2", wrt="w").verdict == "equivalent"


# --- 4. J(\Theta) beside θ ------------------------------------------------------------------------------

_CAZ = r"J(\Theta)=\frac{1}{2m}\cdot \sum_{i=1}^m\left(h_\theta(x^{(i)})-y^{(i)}\right)^2"
_CAZ_LETS = (r"h(x)=\theta^T \cdot x",)


def test_theta_capital_on_the_left_side_names_the_parameters():
    """(1/2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)²; the note says Θ was read as θ."""
    _assert_gradient(_CAZ, lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / (2 * d.m), lets=_CAZ_LETS)
    notes = derive(_CAZ, let=_CAZ_LETS).problem.notes
    assert any("capital Θ" in note for note in notes), notes


def test_theta_capital_in_the_formula_beside_theta_stays_refused():
    with pytest.raises(InputError, match="beside a lowercase"):
        derive(r"J(\Theta)=\frac{1}{2m}\sum_{i=1}^m (\Theta^T x^{(i)} - y^{(i)})^2 + \theta_1")


# --- 5. a column of ones with \vdots --------------------------------------------------------------------

_ONES = r"\begin{bmatrix}1\\1\\\vdots\\1\end{bmatrix}"
_CN = rf"Cost(h(x),y) = -\frac{{1}}{{m}}[y^T*log(h(x))+({_ONES}-y)^T*log({_ONES}-h(x))]"
_CN_LETS = (r"h(x) = \frac{1}{1+e^{-g(x)}}", r"g(x) = x*\theta")


def test_a_column_of_ones_with_vdots_is_the_all_ones_vector():
    """−(1/m)[yᵀlog σ(Xθ) + (𝟏 − y)ᵀlog(𝟏 − σ(Xθ))]: the mean cross-entropy."""
    def intended(d):
        p = sig(d.X @ d.theta)
        return float(np.mean(-(d.y * np.log(p) + (1 - d.y) * np.log(1 - p))))

    _assert_gradient(_CN, intended, lets=_CN_LETS)
    notes = derive(_CN, let=_CN_LETS).problem.notes
    assert any("all-ones vector" in note for note in notes), notes


def test_a_column_of_ones_without_vdots_stays_refused():
    """[1; 1; 1] has three entries, written: not the m-vector of ones."""
    with pytest.raises(InputError, match="bmatrix"):
        derive(r"-\frac{1}{m}[y^T*log(h(x))+(\begin{bmatrix}1\\1\\1\end{bmatrix}-y)^T*log(1-h(x))]", let=_CN_LETS)


# --- 6. Ỹ(x; w), [x_n]_m and --wrt w_m -----------------------------------------------------------------

_LNP = r"\ln P = \sum^N_{n=1} { y^{(n)} \ln z_n + (1 - y^{(n)}) \ln (1 - z_n ) } \tag{2}"
_LNP_TILDE = (r"\ln P = \sum^N_{n=1} { y^{(n)} \ln \tilde{Y}({\bf x}^{(n)};{\bf w}) + (1 - y^{(n)}) \ln (1 - "
              r"\tilde{Y} ({\bf x}^{(n)};{\bf w}) ) } \tag{1}")
_LNP_LETS = (r"z_n = \tilde{Y}({\bf x}^{(n)};{\bf w}) = \sigma ({\bf w^T x})",)


def _loglik(d):
    """Σₙ yₙ log σ(wᵀxₙ) + (1 − yₙ) log(1 − σ(wᵀxₙ)), maximised, no 1/N."""
    p = sig(d.X @ d.w)
    return float(np.sum(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


@pytest.mark.parametrize("text", [_LNP, _LNP_TILDE])
def test_a_semicolon_call_in_a_let_chain_names_its_value(text):
    _assert_gradient(text, _loglik, wrt=("w_j",), lets=_LNP_LETS)
    notes = derive(text, wrt="w_j", let=_LNP_LETS).problem.notes
    assert any("one more name of z_n's value" in note for note in notes), notes


@pytest.mark.parametrize("answer, verdict", [
    # ∂/∂w_m of Σ y ln z + (1 − y) ln(1 − z), z = σ(wᵀx): Σ (yₙ − zₙ) x_{n,m}
    (r"\sum_{n=1}^N{\{ y^{(n)} - z_n \} [x_n]_m}", "equivalent"),
    # {y/z − (1 − y)/(1 − z)} z(1 − z) = y − z: the same, unsimplified
    (r"\sum_{n=1}^N { \{ \frac{y^{(n)}}{z_n} - \frac{1-y^{(n)}}{1-z_n}\} z_n(1-z_n)[x_n]_m }", "equivalent"),
    # the descent sign: the negative of the gradient
    (r"\sum_{n=1}^N{\{ z_n - y^{(n)} \} [x_n]_m}", "different"),
])
def test_entry_m_of_x_n_against_w_m(answer, verdict):
    result = check(answer, cost=_LNP, wrt="w_m", let=_LNP_LETS)
    assert result.verdict == verdict
    assert any("feature index m" in note for note in result.notes), result.notes
    # the texts are read after the respelling: entry j of x_n
    assert any("'[x_n]_j' is entry j of the vector x_n" in note for note in result.notes), result.notes


def test_a_wrt_letter_also_written_as_the_count_is_not_respelled():
    """m is the count of \\sum_{i=1}^m here: w_m cannot be read as a feature index."""
    with pytest.raises(InputError, match="unknown index 'm'"):
        check(r"\frac{1}{m}\sum_{i=1}^m (h - y^{(i)}) x_m^{(i)}", cost="logistic", wrt="theta_m")


# --- 7. ∇J = ∂J/∂w = … : two left sides ----------------------------------------------------------------

_TDU_J = r"J = \frac{1}{m} \sum_{i=1}^m \mathcal{L}(a^{(i)}, y^{(i)})"
_TDU_LETS = (r"\mathcal{L}(a, y) =  - y  \log(a) - (1-y)  \log(1-a)", r"a := \hat{y}",
             r"h(\mathbf{x}) = \sigma (\mathbf{w}^T\mathbf{x})")


@pytest.mark.parametrize("answer, verdict", [
    # X n×m, A and Y 1×m rows: X(A − Y)ᵀ/m = (1/m)Σ x⁽ⁱ⁾(σ⁽ⁱ⁾ − y⁽ⁱ⁾), the gradient of the mean cross-entropy
    (r"\nabla J = \frac{\partial J}{\partial w} = \frac{1}{m}X(A-Y)^T", "equivalent"),
    # the sign turned: the ascent direction
    (r"\nabla J = \frac{\partial J}{\partial w} = \frac{1}{m}X(Y-A)^T", "different"),
])
def test_a_second_left_side_naming_the_same_derivative(answer, verdict):
    assert check(answer, cost=_TDU_J, wrt="w_j", let=_TDU_LETS).verdict == verdict


@pytest.mark.parametrize("answer, message", [
    (r"\nabla J = \frac{\partial J}{\partial b} = \frac{1}{m}X(A-Y)^T", "with respect to b"),
    # ∂L/∂w names another quantity than J: not a second name of ∇J
    (r"\nabla J = \frac{\partial L}{\partial w} = \frac{1}{m}X(A-Y)^T", "'L'"),
])
def test_a_second_left_side_of_another_derivative_is_refused(answer, message):
    with pytest.raises(InputError) as caught:
        check(answer, cost=_TDU_J, wrt="w_j", let=_TDU_LETS)
    assert message in str(caught.value)


# --- 8. ^{(n)} over a group is a mark, never a power ----------------------------------------------------

@pytest.mark.parametrize("let", [r"z_n = \sigma ({\bf w^T x}^{(n)})", r"z_n = \sigma ((w^T x)^{(n)})"])
def test_a_parenthesised_letter_over_a_group_is_refused_not_a_power(let):
    """σ({wᵀx}^{(n)}) was read as σ((wᵀx)ⁿ), n the count of features: a silent misread; now refused at the caret."""
    cost = r"\ln P = \sum^N_{n=1} y^{(n)} \ln z_n + (1 - y^{(n)}) \ln (1 - z_n )"
    with pytest.raises(InputError) as caught:
        derive(cost, wrt="w_j", let=(let,))
    assert "not a power" in str(caught.value)
    assert caught.value.column == let.index("^{(n)}")


def test_a_braced_power_of_a_bracket_is_still_a_power():
    """(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)^{2}: ∂/∂θⱼ of (1/m)Σ(…)² is (2/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)x_j⁽ⁱ⁾, by finite differences."""
    _assert_gradient(r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^{2}",
                     lambda d: float(np.sum((d.X @ d.theta - d.y) ** 2)) / d.m)
