"""fixlatex4 (issue 10): spellings of copied pages that recur, one general rule per family.

Each reading starts from the real text, quoted verbatim with its source. What a text means is held to a NumPy
function written here and checked by central finite differences (tests/_numeric.py), never to logderiv's own
output; the verdicts asked of logderiv are the ones those checks give. Beside each reading, near variants that
mean something else are refused or read as what they say.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from logderiv import check, derive
from logderiv.render.json import render_json
from logderiv.render.verdict import render_verdict_json

from _numeric import central_differences as _fd
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused

_RNG = np.random.default_rng(104)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# --- ∑i=1N: a sum whose scripts a copied page flattened -------------------------------------------------------------

#: zybuluo.com/nrailgun/note/188254 ('逻辑回归与最大熵模型', 'Minimize loss function'; verbatim, U+2212 minus signs)
ZYBULUO = "L(w)=−∑i=1N[yi(w⋅xi)−log(1+exp(w⋅xi))]"
FLATTENED_NOTE = "'∑i=1N' is read as Σ_{i=1}^{N}: a sum whose bounds lost their scripts, as a page copied as text writes it"


def _nll(d):
    """By hand: −Σᵢ [yᵢ(w·xᵢ) − log(1 + e^{w·xᵢ})], the logistic negative log-likelihood, summed."""
    s = d.X @ d.w
    return -float(np.sum(d.y * s - np.log1p(np.exp(s))))


def test_the_hand_gradient_of_the_summed_logistic_nll():
    """∇ of −Σ[yᵢ(w·xᵢ) − log(1 + e^{w·xᵢ})] is Σ(σ(w·xᵢ) − yᵢ)xᵢ, by finite differences."""
    X, y, w = _RNG.normal(size=(4, 3)), _RNG.integers(0, 2, size=4).astype(float), _RNG.normal(size=3)
    cost = lambda v: -np.sum(y * (X @ v) - np.log1p(np.exp(X @ v)))  # noqa: E731
    assert np.allclose(X.T @ (_sigmoid(X @ w) - y), _fd(cost, w), atol=1e-6)


def test_a_flattened_sum_is_read_with_its_bounds_and_glued_indices():
    """zybuluo's line: Σ_{i=1}^{N} with y_i, x_i, its gradient the hand one; both notes in text and JSON."""
    assert_gradient_read(ZYBULUO, _nll, wrt=("w_j",))
    derivation = derive(ZYBULUO, wrt="w_j")
    notes = notes_of(derivation)
    assert FLATTENED_NOTE in notes
    assert "the sum writes its example index glued to the letter: read 'yi' as y_i, 'xi' as x_i (write y_i to say so)" \
        in notes
    assert json.dumps(FLATTENED_NOTE, ensure_ascii=False)[1:-1] in render_json(derivation)


def test_a_flattened_sum_to_m_needs_no_left_side():
    """Without 'L(w)=' the sum's '=' is still no left side: −∑i=1m[…] is the same cost, m counting the examples."""
    assert_gradient_read(ZYBULUO.removeprefix("L(w)=").replace("N", "m"), _nll, wrt=("w_j",))


@pytest.mark.parametrize("text, where", [
    # j runs over the features, and the body is per example: which count is meant is not said
    ("J = ∑j=1N (yi - w⋅xi)^2", "j"),
    # k is no count: Σ_{i=1}^{k} of what?
    ("J = ∑i=1k (yi - w⋅xi)^2", "k"),
    # an x of its own beside xi: x may be 'times' or the vector, so yi/xi are not split
    ("L(w)=−∑i=1N[yi(w⋅x)−log(1+exp(w⋅xi))]", None),
    # xi outside the sum: the glued word is a name of its own there
    ("J = ∑i=1N (yi - w⋅xi)^2 + xi", None),
    # a --let for xi makes it a variable of its own, never x_i
    ("J = ∑i=1N (yi - w⋅xi)^2", "let"),
])
def test_near_variants_of_a_flattened_sum_are_refused(text, where):
    """A flattened sum is read only as Σ over the examples to a count; anything else keeps a refusal."""
    lets = ("xi = 2",) if where == "let" else ()
    error = refused(derive, text, wrt="w_j", let=lets)
    if where == "k":
        assert "'k' is not a count" in str(error)


# --- X⊤Xw and X^TXw: a transpose glued to the next factor ------------------------------------------------------------

#: ethann.netlify.app/docs/regularized-linear-regression, the gradient line (verbatim: U+22A4 ⊤, U+2212 minus)
ETHANN = "∇J(w)=2(X⊤Xw−X⊤y+λw)"
#: the ridge objective whose closed form (X⊤X + λI)⁻¹X⊤y the page gives, written by hand
RIDGE = r"J(\mathbf{w}) = \|\mathbf{X}\mathbf{w}-\mathbf{y}\|^2+\lambda\|\mathbf{w}\|^2"


def test_the_hand_gradient_of_ridge():
    """∇(‖Xw − y‖² + λ‖w‖²) = 2(XᵀXw − Xᵀy + λw); 2(XᵀXw − Xᵀy) + λw is not it."""
    X, y, w, lam = _RNG.normal(size=(5, 3)), _RNG.normal(size=5), _RNG.normal(size=3), 0.7
    numeric = _fd(lambda v: np.sum((X @ v - y) ** 2) + lam * v @ v, w)
    assert np.allclose(2 * (X.T @ X @ w - X.T @ y + lam * w), numeric, atol=1e-5)
    assert not np.allclose(2 * (X.T @ X @ w - X.T @ y) + lam * w, numeric, atol=1e-3)


def test_a_down_tack_glued_after_a_name_is_the_transpose():
    """ethann's line is right; the penalty left undoubled is wrong (as worked above)."""
    assert_verdict_read(ETHANN, RIDGE, "equivalent", wrt="w_j")
    assert_verdict_read("∇J(w)=2(X⊤Xw−X⊤y)+λw", RIDGE, "different", wrt="w_j")
    assert_verdict_read(r"2(X^⊤Xw−X^{⊤}y+λw)", RIDGE, "equivalent", wrt="w_j")


@pytest.mark.parametrize("text", ["∇J(w)=2(⊤Xw−X⊤y+λw)", "∇J(w)=2(XX⊤w−X⊤y+λw)"])
def test_a_down_tack_that_transposes_nothing_or_the_wrong_factor_is_refused(text):
    """⊤ before any name, or XX⊤w (m×m times n×1): refused, never read as the ridge gradient."""
    refused(check, text, cost=RIDGE, wrt="w_j")


def test_a_glued_transpose_after_a_caret_is_read_and_noted():
    """Plain X^TXw is Xᵀ·X·w: the right ridge gradient, the undoubled penalty wrong; the reading noted."""
    assert_verdict_read("2(X^TXw-X^Ty+λw)", RIDGE, "equivalent", wrt="w_j")
    assert_verdict_read("2(X^TXw-X^Ty)+λw", RIDGE, "different", wrt="w_j")
    verdict = check("2(X^TX w-X^T y+λw)", cost=RIDGE, wrt="w_j")
    assert verdict.verdict == "equivalent"
    note = "'^TX' is read as ᵀX: the T after '^' is the transpose, glued to the next factor (write ^T X to say so)"
    assert note in notes_of(verdict)
    assert note in json.loads(render_verdict_json(verdict))["notes"]


@pytest.mark.parametrize("text, lets", [
    ("2(X^TXw-X^Ty+λw)", ("T = 2",)),   # T a quantity of its own: X^TXw could be X to a power
    ("2(X^TAw-X^Ty+λw)", ()),           # A is nothing a transpose is taken to
    ("2(z^TXw-X^Ty+λw)", ()),           # z is no vector
    ("2(3^TXw-X^Ty+λw)", ()),           # a number to the power TXw?
])
def test_a_glued_T_that_may_be_something_else_stays_refused(text, lets):
    """T defined, a glued word that is no vector, or a base that is none: refused, not a transpose."""
    refused(check, text, cost=RIDGE, wrt="w_j", let=lets)


# --- S_\epsilon^2: a decorated cost name after an answer's derivative --------------------------------------------------

#: icode9.com/content-4-1366324.html ('最小二乘直线拟合', '基于上面的推理，我们可以得出', first and second lines, the
#: '= 0' dropped; verbatim)
ICODE_DA = r"\frac{\partial }{\partial a} S_\epsilon^2 = \sum_{i=1}^{n}(y_i - (ax_i+b))*(-x_i)"
ICODE_DB = r"\frac{\partial }{\partial b} S_\epsilon^2 = \sum_{i=1}^{n}(y_i - (ax_i+b))*(-1)"
#: … the residual sum of squares of the line ax + b, the page's S_ε² (its last form)
ICODE_COST = r"\sum_{i=1}^{n}(y_i - (ax_i+b))^2"


def test_the_hand_gradient_of_the_line_least_squares():
    """∂/∂a Σ(yᵢ − (axᵢ + b))² = −2Σ(yᵢ − axᵢ − b)xᵢ and ∂/∂b = −2Σ(yᵢ − axᵢ − b): the page's lines are half."""
    x, y, (a, b) = _RNG.normal(size=6), _RNG.normal(size=6), _RNG.normal(size=2)
    numeric = _fd(lambda p: np.sum((y - (p[0] * x + p[1])) ** 2), np.array([a, b]))
    residual = y - (a * x + b)
    assert np.allclose([-2 * np.sum(residual * x), -2 * np.sum(residual)], numeric, atol=1e-5)
    assert not np.isclose(np.sum(residual * -x), numeric[0], rtol=1e-3)


def test_a_decorated_name_after_the_derivative_names_the_cost():
    """Both icode9 lines drop the 2 (different, as worked above); with the 2 they are right; the reading noted."""
    assert_verdict_read(ICODE_DA, ICODE_COST, "different", wrt="a")
    assert_verdict_read(ICODE_DB, ICODE_COST, "different", wrt="b")
    assert_verdict_read(ICODE_DA.replace("(-x_i)", "(-2x_i)"), ICODE_COST, "equivalent", wrt="a")
    assert_verdict_read(r"\frac{\partial S^2}{\partial b} = -2\sum_{i=1}^{n}(y_i - (ax_i+b))", ICODE_COST,
                        "equivalent", wrt="b")
    verdict = check(ICODE_DA, cost=ICODE_COST, wrt="a")
    note = ("'S_\\epsilon^2' after the derivative is a letter with decorations the right side does not use: it names "
            "the cost, read as ∂S/∂…")
    assert note in notes_of(verdict)
    assert note in json.loads(render_verdict_json(verdict))["notes"]


@pytest.mark.parametrize("left, right", [
    (r"\frac{\partial }{\partial a} S_a", r"\sum_{i=1}^{n}(y_i - (ax_i+b))*(-2x_i)"),          # a is the slope
    (r"\frac{\partial }{\partial a} S_i^2", r"\sum_{i=1}^{n}(y_i - (ax_i+b))*(-2x_i)"),        # an example's mark
    (r"\frac{\partial }{\partial a} y^2", r"\sum_{i=1}^{n}(y_i - (ax_i+b))*(-2x_i)"),          # y is data
    (r"\frac{\partial }{\partial a} S_\epsilon^2", r"\sum_{i=1}^{n}(y_i - (ax_i+b))*(-2x_i) + 0 S"),  # S used
])
def test_a_decoration_that_may_mean_something_else_is_refused(left, right):
    """A script the right side uses, an index, a data letter, a name used on the right: not read as the name."""
    refused(check, f"{left} = {right}", cost=ICODE_COST, wrt="a")


# --- A = B: two forms of one gradient, no left side ------------------------------------------------------------------

#: github:DinoZawrik/ML-Handbook:5_2_Linage_model_log.ipynb (Russian ML handbook, commit 32680401dd5f69fe080e19f545d975c72c2fe9b8,
#: 'По смещению `b`:'; verbatim); the cost and lets as the corpus writes them (f32-ru-handbook-dJ-db-mean-chain)
RU_DB = r"\frac{1}{N} \sum_{i=1}^{N} (\hat{y}_i - y_i) = \text{mean}(\hat{y} - y)"
RU_COST = r"J(w, b) = - \frac{1}{N} \sum_{i=1}^{N} [y_i \log(\hat{y}_i) + (1 - y_i) \log(1 - \hat{y}_i)]"
RU_LETS = (r"\hat{y} = \sigma(Xw+b)", r"\sigma(z) = \frac{1}{1 + e^{-z}}")


def test_the_hand_derivative_of_the_mean_cross_entropy_by_the_intercept():
    """∂/∂b of −(1/N)Σ[yᵢ log σ(zᵢ) + (1 − yᵢ) log(1 − σ(zᵢ))], zᵢ = w·xᵢ + b, is mean(σ(z) − y)."""
    X, y, w, b = _RNG.normal(size=(5, 2)), _RNG.integers(0, 2, size=5).astype(float), _RNG.normal(size=2), 0.3

    def cost(v):
        p = _sigmoid(X @ w + v[0])
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))

    assert np.isclose(np.mean(_sigmoid(X @ w + b) - y), _fd(cost, np.array([b]))[0], atol=1e-6)


def test_two_forms_of_one_gradient_with_no_left_side_are_a_chain():
    """Both sides are mean(σ(z) − y): equivalent, said in text and JSON; the sign flipped on both, different."""
    assert_verdict_read(RU_DB, RU_COST, "equivalent", wrt="b", lets=RU_LETS)
    flipped = r"\frac{1}{N} \sum_{i=1}^{N} (y_i - \hat{y}_i) = \text{mean}(y - \hat{y})"
    assert_verdict_read(flipped, RU_COST, "different", wrt="b", lets=RU_LETS)
    verdict = check(RU_DB, cost=RU_COST, wrt="b", let=RU_LETS)
    said = "the answer is a chain of 2 sides, each of them the gradient: the last is the answer"
    assert said in notes_of(verdict)
    assert said in json.loads(render_verdict_json(verdict))["notes"]


@pytest.mark.parametrize("text, message", [
    # the gradient set to zero
    (r"\frac{1}{N} \sum_{i=1}^{N} (\hat{y}_i - y_i) = 0", "the sides of the chain differ"),
    # a side with the sign slipped
    (r"\frac{1}{N} \sum_{i=1}^{N} (\hat{y}_i - y_i) = \text{mean}(y - \hat{y})", "the sides of the chain differ"),
    # one example's term beside the mean
    (r"(\hat{y} - y) = \text{mean}(\hat{y} - y)", "the sides of the chain differ"),
    # an assignment to the parameter: a left side, refused for its own reason as before
    (r"b = \frac{1}{N} \sum_{i=1}^{N} (\hat{y}_i - y_i)", "the left side names b, not a derivative of it"),
])
def test_two_sides_that_differ_are_refused(text, message):
    """Sides that are not one value are never picked between; a left side keeps its own refusal."""
    error = refused(check, text, cost=RU_COST, wrt="b", let=RU_LETS)
    assert message in str(error)
