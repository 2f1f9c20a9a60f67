"""fixf68a (issue 10): the LaTeX blockers of the held-out wave f68, read as general conventions.

(a) A styled lowercase e raised to a power is Euler's e: blackboard bold (skynet.jl's Julia notes write
``\\frac{1}{1 + \\mathbb{e}^{-\\vec{\\theta}^T \\vec{x}}}``, as Julia spells the constant ℯ; noted, since its capital is
the expectation), upright or italic text (``\\text{e}``, ``\\textrm{e}``), a maths word unbraced (``\\mathrm e``).
Blackboard e with no power, ``\\mathbb{E}`` and a transposed e stay refused.

(b) One formula pasted in several inline ``$…$`` pieces (a Math SE question's source through a mirror:
``$\\sum_{i=1}^n$ log$(1+exp(…))…$``) is read as one where every break falls where a formula cannot end or resume;
two whole formulas side by side, or words between the pieces, stay refused.

(c) Brackets a writer slipped on: a brace and a bracket opened and closed together but crossed (``{ ( … })``) are one
bracket; a ``(`` opening a brace group and never closed in it closes at the group's end where every place for its
``)`` gives the same sum (``{(1+exp(…)}``). Other crossings and unclosed brackets stay refused.

(d) φ(x⁽ⁱ⁾), with no --let defining φ, in a dot product with the weights (``\\mathbf{w}^T \\phi(\\mathbf{x}^{(i)})``, mlkr's
ridge lecture) is the feature map, its values the features (noted); x written beside it, on either side of a check,
stays refused, as does φ of anything else.

Every gradient and verdict here is judged by the corpus's own judge (tests/corpus/judge.py: finite differences of a
hand-written NumPy cost, or the hand-worked verdict), never against logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _mean_cross_entropy(d):
    """-(1/m) Σ y log σ(θᵀx) + (1 − y) log(1 − σ(θᵀx)), by hand."""
    p = _sigmoid(d.X @ d.theta)
    return -float(np.mean(d.y * np.log(p) + (1 - d.y) * np.log(1 - p)))


def _mean_softplus_margin(d):
    """(1/m) Σ log(1 + e^{−yθᵀx}), by hand."""
    return float(np.mean(np.log1p(np.exp(-d.y * (d.X @ d.theta)))))


def test_the_cross_entropy_gradient_by_finite_differences():
    """The truth the answers below are held to: ∇J = (1/m)Xᵀ(σ(Xθ) − y), checked numerically."""
    rng = np.random.default_rng(68)
    X, y, theta = rng.normal(size=(6, 3)), rng.integers(0, 2, size=6).astype(float), rng.normal(size=3)

    def cost(t):
        p = _sigmoid(X @ t)
        return -float(np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    np.testing.assert_allclose(central_differences(cost, theta), X.T @ (_sigmoid(X @ theta) - y) / 6, rtol=1e-6)


# ------------------------------------------------------------------ (a) a styled e raised to a power is Euler's e
_SKY_COST = (r"J(\vec{\theta}) = -\frac{1}{m}\sum_{i=1}^{m}(y_i\log h_\vec{\theta}(\vec{x}_{i}) + (1-y_i)\log(1 - "
             r"h_\vec{\theta}(\vec{x}_{i})) )")
_SKY_H = r"h_\vec{\theta}(\vec{x}) = \frac{1}{1 + E^{-\vec{\theta}^T \vec{x}}}"
_E_SPELLINGS = [r"\mathbb{e}", r"\mathbb e", r"{\mathbb{e}}", r"\text{e}", r"\textrm{e}", r"\textit{e}",
                r"\mathrm e", r"\mathup{e}", r"\text e", r"\mathrm{e}"]


@pytest.mark.parametrize("e", _E_SPELLINGS)
def test_a_styled_e_in_the_hypothesis_is_the_sigmoid(e):
    """skynet.jl's cost with its h = 1/(1 + 𝕖^{−θᵀx}): the mean cross-entropy's gradient, by finite differences."""
    assert_gradient_read(_SKY_COST, _mean_cross_entropy, lets=(_SKY_H.replace("E", e),))


@pytest.mark.parametrize("e", [r"\mathbb{e}", r"\text{e}", r"\mathrm e"])
def test_a_styled_e_in_the_cost_itself(e):
    assert_gradient_read(rf"\frac{{1}}{{m}}\sum_{{i=1}}^m \log(1+{e}^{{-y_i \theta^T x_i}})", _mean_softplus_margin)


@pytest.mark.parametrize("answer, verdict", [
    (r"\frac{\partial}{\partial \theta_j} J(\vec{\theta}) = \frac{1}{m} \sum_{i=1}^{m} x_{i,j} "
     r"(h_\vec{\theta}(\vec{x}_{i}) - y_i)", "equivalent"),
    (r"\frac{\partial}{\partial \theta_j} J(\vec{\theta}) = \frac{1}{m} \sum_{i=1}^{m} x_{i,j} "
     r"(y_i - h_\vec{\theta}(\vec{x}_{i}))", "different"),
    # the sigmoid written out in the answer itself, with the blackboard e
    (r"\frac{1}{m} \sum_{i=1}^{m} x_{i,j} (\frac{1}{1 + \mathbb{e}^{-\vec{\theta}^T \vec{x}_i}} - y_i)", "equivalent"),
    (r"\frac{1}{m} \sum_{i=1}^{m} x_{i,j} (\frac{1}{1 + \mathbb{e}^{\vec{\theta}^T \vec{x}_i}} - y_i)", "different"),
])
def test_answers_beside_the_blackboard_e_are_judged(answer, verdict):
    assert_verdict_read(answer, _SKY_COST, verdict, lets=(_SKY_H.replace("E", r"\mathbb{e}"),))


def test_the_blackboard_e_is_noted():
    result = logderiv.derive(_SKY_COST, wrt="theta_j", let=(_SKY_H.replace("E", r"\mathbb{e}"),))
    assert any("blackboard bold e, as some notes write Euler's number" in note for note in notes_of(result))


@pytest.mark.parametrize("fmt", ["text", "rich", "latex", "markdown", "json"])
def test_the_blackboard_e_note_is_in_every_format(fmt):
    from test_notes import test_derive_says_each_reading_in_every_format as says

    says(["derive", r"\frac{1}{m}\sum_{i=1}^m \log(1+\mathbb{e}^{-y_i \theta^T x_i})", "--wrt", "theta_j"],
         "blackboard bold e, as some notes write Euler's number", fmt)


@pytest.mark.parametrize("text, said", [
    # no power: the number e, or a vector named e?
    (r"\frac{1}{m}\sum_{i=1}^m (\mathbb{e} \theta^T x_i - y_i)^2", "is read only as Euler's number raised to a power"),
    # the capital is the expectation, not e
    (r"\mathbb{E}^{Q}[(y_i - \theta^T x_i)^2]", "unknown command '\\mathbb'"),
    (r"\mathbb{E}[(y_i - \theta^T x_i)^2]", "unknown command '\\mathbb'"),
    # a number has no transpose
    (r"\frac{1}{m}\sum_i (y_i-\theta^T x_i)^2 + \mathbb{e}^T \theta", "only a vector can be transposed"),
])
def test_what_is_not_euler_e_stays_refused(text, said):
    error = refused(logderiv.derive, text, wrt="theta_j")
    assert said in error.message


# ------------------------------------------------------------------ (b) one formula in inline $…$ pieces
def _mean_half_squares(d):
    """(1/2m) Σ (θᵀx − y)², by hand."""
    r = d.X @ d.theta - d.y
    return float(r @ r) / (2 * d.m)


def _ridge(d):
    """(1/2m) Σ (θᵀx − y)² + (λ/2m) Σ θ², by hand."""
    return _mean_half_squares(d) + d.lam / (2 * d.m) * float(d.theta @ d.theta)


def _logloss_w4_over_b(d):
    """Σ log(1 + e^{−y wᵀx}) + (1/b) Σ w⁴: the Math SE asker's cost, by hand."""
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w))))) + float(np.sum(d.w**4)) / d.b


_TQ_COST = r"$\sum_{i=1}^n$ log$(1+exp(-y_i* \textbf{w}^T x_i)) + \frac{1}{b} \sum_{i=1}^d w_i^4$"


@pytest.mark.parametrize("text, intended, wrt", [
    # the Math SE page's source: the maths closed around a bare 'log'
    (_TQ_COST, _logloss_w4_over_b, ("w_j",)),
    # a sum's sign set apart in a piece of its own
    (r"$\frac{1}{2m}\sum_{i=1}^m$ $(\theta^T x_i - y_i)^2$", _mean_half_squares, ("theta_j",)),
    # a break after an operator, and before one
    (r"$\frac{1}{2m}\sum_{i=1}^m (\theta^T x_i - y_i)^2 +$ $\frac{\lambda}{2m}\|\theta\|^2$", _ridge, ("theta_j",)),
    (r"$\frac{1}{2m}\sum_{i=1}^m (\theta^T x_i - y_i)^2$ $+ \frac{\lambda}{2m}\|\theta\|^2$", _ridge, ("theta_j",)),
])
def test_inline_pieces_of_one_formula_are_read_as_one(text, intended, wrt):
    assert_gradient_read(text, intended, wrt=wrt)


@pytest.mark.parametrize("answer, verdict", [
    # the asker's gradient: the regulariser's (4/b)Σw³ added to every component is not (4/b)w_j³
    (r"$\sum_{i=1}^n$ $\frac{-y_i*x_i*exp(-y_i*\textbf{w}^T*x_i)}{(1+exp(-y_i* \textbf{w}^T x_i)} + "
     r"\frac{4}{b}\sum_{i=1}^d {w_i}^3 $", "different"),
    (r"$\sum_{i=1}^n$ $\frac{-y_i*x_{ij}*exp(-y_i*\textbf{w}^T*x_i)}{(1+exp(-y_i* \textbf{w}^T x_i))} + "
     r"\frac{4}{b}{w_j}^3 $", "equivalent"),
    (r"$\sum_{i=1}^n$ $\frac{-y_i*x_{ij}*exp(-y_i*\textbf{w}^T*x_i)}{(1+exp(-y_i* \textbf{w}^T x_i))} + "
     r"\frac{2}{b}{w_j}^3 $", "different"),
])
def test_answers_in_inline_pieces_are_judged(answer, verdict):
    assert_verdict_read(answer, _TQ_COST, verdict, wrt="w_j")


def test_the_component_of_the_asker_s_cost_by_finite_differences():
    """∂/∂w_j of Σ log(1 + e^{−y wᵀx}) + (1/b)Σw⁴ is Σ −y x_j e^{−y wᵀx}/(1 + e^{−y wᵀx}) + (4/b)w_j³."""
    rng = np.random.default_rng(6868)
    X, y, w, b = rng.normal(size=(5, 3)), rng.choice([-1.0, 1.0], size=5), rng.normal(size=3), 1.7

    def cost(v):
        return float(np.sum(np.log1p(np.exp(-y * (X @ v))))) + float(np.sum(v**4)) / b

    e = np.exp(-y * (X @ w))
    by_hand = X.T @ (-y * e / (1 + e)) + 4 / b * w**3
    np.testing.assert_allclose(central_differences(cost, w), by_hand, rtol=1e-6)
    assert not np.allclose(by_hand, X.T @ (-y * e / (1 + e)) + 4 / b * np.sum(w**3))


@pytest.mark.parametrize("text", [
    # two whole formulas side by side
    r"$h = \sigma(\theta^T x_i)$ $\frac{1}{m}\sum_{i=1}^m (h - y_i)^2$",
    r"$\frac{1}{m}\sum_{i=1}^m (\theta^T x_i - y_i)^2$ $\lambda \|\theta\|^2$",
    # words between the pieces, or a function's name with no bracket after it
    r"$\sum_{i=1}^m$ and $(\theta^T x_i - y_i)^2$",
    r"$\sum_{i=1}^m$ log $y_i$",
])
def test_pieces_that_are_not_one_formula_stay_refused(text):
    error = refused(logderiv.derive, text, wrt="theta_j")
    assert "unexpected '$' inside the formula" in error.message


def test_the_pieces_keep_their_columns():
    """The $ are blanked, not removed: a caret still points into the text as written."""
    from logderiv.notation.wrappers import unwrap

    blanked, note = unwrap(_TQ_COST, "cost")
    assert len(blanked) == len(_TQ_COST) and "$" not in blanked
    assert note is not None and "2 inline pieces" in note and "'log' written between them" in note


@pytest.mark.parametrize("fmt", ["text", "rich", "latex", "markdown", "json"])
def test_the_pieces_note_is_in_every_format(fmt):
    from test_notes import test_derive_says_each_reading_in_every_format as says

    says(["derive", r"$\frac{1}{2m}\sum_{i=1}^m$ $(\theta^T x_i - y_i)^2$", "--wrt", "theta_j"],
         "the formula is written in 2 inline pieces", fmt)


# ------------------------------------------------------------------ (c) a bracket crossed by a brace, or left open
def _sum_of_squares(d):
    """Σ (y − wᵀx)², by hand."""
    r = d.y - d.X @ d.w
    return float(r @ r)


_LEMP = r"L_{\text{emp}}= \sum_{n=1}^N{ (y_n - w^T x_n})^2"


def test_a_brace_and_a_bracket_crossed_around_one_text_are_one_bracket():
    """Math SE's L_emp: '{ (' … '})' hold the same text, Σ(y − wᵀx)², by finite differences."""
    assert_gradient_read(_LEMP, _sum_of_squares, wrt=("w_j",))


@pytest.mark.parametrize("answer, verdict", [
    (r"-2\sum_{n=1}^N x_n { (y_n - x_n^T w)}", "equivalent"),
    (r"\sum_{n=1}^N x_n { (y_n - x_n^T w)}", "different"),  # the step (ii) the asker was shown: −½ the gradient
    (r"-2\sum_{n=1}^N x_n { (y_n - x_n^T w})", "equivalent"),  # the answer crossed alike
])
def test_answers_beside_the_crossed_cost_are_judged(answer, verdict):
    assert_verdict_read(answer, _LEMP, verdict, wrt="w_j")


def test_the_crossed_pair_is_noted():
    result = logderiv.derive(_LEMP, wrt="w_j")
    assert any("opens a brace and a bracket together and '})' closes them together, crossed" in note
               for note in notes_of(result))


_MARGIN = r"\sum_{i=1}^n \log(1+\exp(-y_i w^T x_i))"


def _margin(d):
    """Σ log(1 + e^{−y wᵀx}), by hand."""
    return float(np.sum(np.log1p(np.exp(-d.y * (d.X @ d.w)))))


@pytest.mark.parametrize("answer, verdict", [
    # the denominator's '(' never closed: every place for its ')' gives 1 + exp(…)
    (r"\sum_{i=1}^n \frac{-y_i x_{ij} \exp(-y_i w^T x_i)}{(1+\exp(-y_i w^T x_i)}", "equivalent"),
    (r"\sum_{i=1}^n \frac{-y_i x_{ij} exp(-y_i w^T x_i)}{(1+exp(-y_i w^T x_i)}", "equivalent"),
    (r"\sum_{i=1}^n \frac{-y_i x_{ij} \exp(-y_i w^T x_i)}{(2+\exp(-y_i w^T x_i)}", "different"),
])
def test_a_bracket_opening_a_group_and_left_open_is_closed_at_its_end(answer, verdict):
    assert_verdict_read(answer, _MARGIN, verdict, wrt="w_j")


def test_the_margin_cost_reads_right():
    assert_gradient_read(_MARGIN, _margin, wrt=("w_j",))


@pytest.mark.parametrize("text, said", [
    # something between the crossed closers: the ')' may close elsewhere
    (r"\sum_{n=1}^N{ (y_n - w^T x_n} x_n)^2", "does not close"),
    (r"\sum_{n=1}^N{ 2(y_n - w^T x_n})^2", "does not close"),
    # a term of two operands, a power at the bracket's level: the ')' has places that differ
    (r"\sum_{i=1}^n \frac{1}{(1+2\exp(-y_i w^T x_i)}", "does not close"),
    (r"\sum_{i=1}^n \frac{1}{(1+e^{-y_i w^T x_i}}", "does not close"),
    (r"\sum_{i=1}^n \frac{1}{(y_i + w^T x_i}", "does not close"),
])
def test_brackets_left_open_elsewhere_stay_refused(text, said):
    error = refused(logderiv.derive, text, wrt="w_j")
    assert said in error.message, error.message


# ------------------------------------------------------------------ (d) φ(x), the feature map, dotted with the weights
_RIDGE_PHI = (r"\mathcal{L}(\mathbf{w}) = \frac{1}{2}||\mathbf{w}||_2^2 + \sum_{i=1}^{n} ( y^{(i)} - "
              r"\mathbf{w}^T \phi(\mathbf{x}^{(i)}) -b)^2")


def _ridge_with_intercept(d):
    """½‖w‖² + Σ(y − wᵀφ(x) − b)², φ(x)'s values the data X, by hand."""
    r = d.y - d.X @ d.w - d.b
    return 0.5 * float(d.w @ d.w) + float(r @ r)


@pytest.mark.parametrize("text", [
    _RIDGE_PHI,
    _RIDGE_PHI.replace(r"\mathbf{w}^T \phi(\mathbf{x}^{(i)})", r"\phi(\mathbf{x}^{(i)})^T \mathbf{w}"),
    _RIDGE_PHI.replace(r"\phi", r"\varphi"),
])
def test_phi_of_the_example_beside_the_weights_is_its_features(text):
    """mlkr's ridge loss with an intercept, by finite differences (by w and by b)."""
    assert_gradient_read(text, _ridge_with_intercept, wrt=("w_j", "b"))


_PHI_GRAD = r"w_j - 2\sum_{i=1}^{n} ( y^{(i)} - \mathbf{w}^T \phi(\mathbf{x}^{(i)}) -b)\phi(\mathbf{x}^{(i)})_j"


@pytest.mark.parametrize("answer, verdict", [
    (_PHI_GRAD, "equivalent"),
    (_PHI_GRAD.replace("w_j - 2", "w_j + 2"), "different"),
    (_PHI_GRAD.replace("w_j - 2", "- 2"), "different"),
])
def test_answers_in_phi_are_judged(answer, verdict):
    assert_verdict_read(answer, _RIDGE_PHI, verdict, wrt="w_j")


def test_the_ridge_gradient_by_finite_differences():
    """∂/∂w of ½‖w‖² + Σ(y − Φw − b)² is w − 2Φᵀ(y − Φw − b), Φ the rows φ(x⁽ⁱ⁾)."""
    rng = np.random.default_rng(1977)
    features, y, w, b = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3), 0.4

    def cost(v):
        r = y - features @ v - b
        return 0.5 * float(v @ v) + float(r @ r)

    np.testing.assert_allclose(central_differences(cost, w), w - 2 * features.T @ (y - features @ w - b), rtol=1e-6)


def test_the_feature_map_is_noted():
    result = logderiv.derive(_RIDGE_PHI, wrt="w_j")
    assert any("read as the feature map, its value the example's features" in note for note in notes_of(result))


@pytest.mark.parametrize("fmt", ["text", "rich", "latex", "markdown", "json"])
def test_the_feature_map_note_is_in_every_format(fmt):
    from test_notes import test_derive_says_each_reading_in_every_format as says

    says(["derive", _RIDGE_PHI, "--wrt", "w_j"], "read as the feature map, its value the example's features", fmt)


@pytest.mark.parametrize("call, text, said", [
    # x beside φ(x) in one text: the raw input and its features would be one quantity
    ("derive", r"\sum_i (y_i - \mathbf{w}^T\phi(x_i))^2 + \sum_i x_i^T w", "a dot product needs a vector here"),
    # φ applied to something else, or defined by a --let: a function of the text's own
    ("derive", r"\sum_i (y_i - \phi(\mathbf{w}^T x_i))^2", "define it with --let"),
    # φ(x) nowhere beside the weights
    ("derive", r"\sum_i (y_i - \phi(x_i))^2", "define it with --let"),
])
def test_phi_elsewhere_stays_refused(call, text, said):
    error = refused(logderiv.derive, text, wrt="w_j")
    assert said in error.message or said in (error.hint or ""), (error.message, error.hint)


def test_a_defined_phi_is_not_the_features():
    error = refused(logderiv.derive, r"\sum_i (y_i - w^T\phi(x_i))^2", wrt="w_j", let=(r"\phi(x) = x^2",))
    assert "a dot product needs a vector here" in error.message


@pytest.mark.parametrize("answer, cost, said", [
    # the answer writes x where the cost reads φ(x) as the features: a slip for φ(x), judged as x it would pass
    (r"w_j - 2\sum_{i=1}^{n} ( y^{(i)} - \mathbf{w}^T \mathbf{x}^{(i)} -b)x_j^{(i)}", _RIDGE_PHI,
     "x is written here, but φ(x), the feature map, is read as the features in the cost"),
    # the answer in φ(x) beside a cost in x: another model's features
    (r"-2\sum_i (y_i - \mathbf{w}^T\phi(x_i))\phi(x_i)", r"\sum_i (y_i - w^T x_i)^2",
     "φ(x), the feature map, is read here as the features, but the cost writes x itself"),
])
def test_x_and_phi_of_x_on_two_sides_are_refused(answer, cost, said):
    error = refused(logderiv.check, answer, cost=cost, wrt="w_j")
    assert said in error.message


def test_a_bracket_left_open_in_a_bare_group_stays_refused():
    """(x {(a + b} c): the ')' after c may close the inner bracket, the outer one then left open: not read."""
    error = refused(logderiv.derive, r"\sum_i (y_i - w^T x_i {(1 + \exp(b)} b)^2", wrt="w_j")
    assert "does not close" in error.message
