r"""Issue 10, audit30: near-variants of the readings fixf30, fixcold5/fixderiv and fixplain merged, that mean something else.

Each test names the text, what its writer means (worked out by hand in its docstring or comment), and holds
logderiv to that meaning or to a refusal. Gradients the verdicts lean on are checked by central finite differences
of a NumPy cost written here (``tests/_numeric.py``), never by logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import assert_gradient_read, refused

from corpus.items import sig
from logderiv import derive

RNG = np.random.default_rng(30)

# ------------------------------------------------------------------ the let x_0 = 1 beside a penalty on all of θ

#: the Italian notes' logistic cost (tests/test_fixf30.py's APPUNTI_LOG) without its penalty, and their h
X0_LOG = (r"J(\theta)=-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log(h_{\theta}(x^{(i)}))+(1-y^{(i)})\log(1-h_{\theta}"
          r"(x^{(i)}))\right]")
X0_SIG = r"h_{\theta}(x)=\frac{1}{1+e^{-\theta^{\top}x}}"


def _ridge_with_intercept(X, y, theta0, theta, lam):
    """By hand, x₀ = 1 so θ = (θ₀, θ₁..θₙ): the mean cross-entropy of σ(θ₀ + θ·x_i) + (λ/2m)(θ₀² + Σθ_k²)."""
    h = sig(theta0 + X @ theta)
    return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)) + lam / (2 * y.size) * (theta0 ** 2 + theta @ theta)


def test_the_hand_gradient_of_a_penalty_over_the_whole_vector():
    """By hand ∂/∂θ₀ of the cost above is (1/m)Σ(h_i − y_i) + (λ/m)θ₀: θᵀθ over θ₀..θₙ holds θ₀², so reading it
    as Σₖ₌₁ⁿ θₖ² (what logderiv did) dropped the (λ/m)θ₀ from ∂J/∂θ₀."""
    X, y, theta, theta0, lam = RNG.normal(size=(6, 3)), RNG.uniform(0.1, 0.9, 6), RNG.normal(size=3), 0.7, 0.9
    h = sig(theta0 + X @ theta)
    d0 = _fd(lambda v: _ridge_with_intercept(X, y, v[0], theta, lam), np.array([theta0]))[0]
    assert np.isclose(d0, (h - y).mean() + lam / 6 * theta0)
    assert not np.isclose(d0, (h - y).mean())


@pytest.mark.parametrize("penalty", [r"\theta^T\theta", r"\|\theta\|^2", r"\|\theta\|_2^2", r"\theta\cdot\theta",
                                     r"\sum_j\theta_j^2"])
def test_x0_let_beside_a_penalty_over_all_of_theta_is_refused(penalty):
    """x₀ = 1 numbers θ from 0, so θᵀθ (‖θ‖², Σⱼ θⱼ² with no range) is θ₀² + Σθₖ² by the writer's own numbering;
    it was read as Σₖ₌₁ⁿ θₖ², the intercept left out (above). Which the writer means cannot be told: refused."""
    error = refused(derive, X0_LOG + r"+\frac{\lambda}{2m}" + penalty, wrt="theta_0", let=(X0_SIG, "x_0 = 1"))
    assert "whether it takes θ₀ in cannot be told" in str(error) and error.column is not None


def test_x0_let_beside_a_penalty_with_its_range_reads():
    """Σ_{j=1}^{n} θ_j² leaves θ₀ out as written: ∂/∂θ₀ is (1/m)Σ(h_i − y_i), no λ term (by hand, as above)."""
    derivation = derive(X0_LOG + r"+\frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2", wrt="theta_0", let=(X0_SIG, "x_0 = 1"))
    assert "lambda" not in str(derivation.result)


# ------------------------------------------------------------------ steps in matrix form: N in one line, m in another

#: 0h-n0's ridge post (tests/test_fixderiv29.py's _RIDGE_POST) reduced to its two displays; LAST is the derivative
_COUNTS_POST = r"""## Ridge

$$
\begin{eqnarray*}
    \varepsilon_{mean} =  \frac{1}{N}(\mathbf{y} - X\mathbf{w})^T(\mathbf{y} - X\mathbf{w}) + \lambda\mathbf{w}^T\mathbf{w}
\end{eqnarray*}
$$

$$
\begin{eqnarray*}
    \frac{\partial\varepsilon_{mean}}{\partial \mathbf{w}} = LAST
\end{eqnarray*}
$$
"""


def test_the_hand_gradient_of_the_ridge_mean():
    """By hand ∇ of (1/N)‖y − Xw‖² + λwᵀw is −(2/N)Xᵀ(y − Xw) + 2λw: with m ≠ N, −(2/m)Xᵀ(…) is another vector."""
    X, y, w, lam = RNG.normal(size=(7, 3)), RNG.normal(size=7), RNG.normal(size=3), 0.8
    cost = lambda v: (y - X @ v) @ (y - X @ v) / 7 + lam * v @ v  # noqa: E731
    assert np.allclose(_fd(cost, w), -2 / 7 * X.T @ (y - X @ w) + 2 * lam * w)
    assert not np.allclose(_fd(cost, w), -2 / 5 * X.T @ (y - X @ w) + 2 * lam * w)  # m = 5, a batch, say


def test_a_matrix_derivation_counting_by_n_and_by_m_is_refused():
    """The cost counts by N and the last line by m: N was read as m (noted) and the line judged the gradient, though
    nothing says m is N (above: with m ≠ N it is not). The plain and LaTeX readers refuse N beside m; so here."""
    from logderiv import steps

    page = _COUNTS_POST.replace("LAST", r"-\frac{2}{m} X^T (\mathbf{y} - X\mathbf{w}) + 2\lambda\mathbf{w}")
    error = refused(steps, page, file_kind="markdown")
    assert "counted by both 'N' and 'm'" in str(error) and error.column is not None


def test_a_matrix_derivation_counting_by_n_throughout_still_reads():
    """The same page with N in both lines: the last line is the gradient (by hand, above)."""
    from logderiv import steps

    page = _COUNTS_POST.replace("LAST", r"-\frac{2}{N} X^T (\mathbf{y} - X\mathbf{w}) + 2\lambda\mathbf{w}")
    assert steps(page, file_kind="markdown").ending == "gradient"


# ------------------------------------------------------------------ an inline page's own ŷ = … in Unicode

#: tests/derivations_inline/gd_notes_linear_w_b.md, a page of backtick spans: `ŷ = w*x + b`, the cost, ∂J/∂w, ∂J/∂b
_GD_NOTES = "tests/derivations_inline/gd_notes_linear_w_b.md"


def _gd_notes(model: str) -> str:
    from pathlib import Path

    page = (Path(__file__).parent.parent / _GD_NOTES).read_text()
    assert "`ŷ = w*x + b`" in page
    return page.replace("`ŷ = w*x + b`", f"`{model}`")


def test_the_hand_gradient_of_the_squared_error_of_a_sigmoid():
    """By hand ∂/∂w of (1/m)Σ(σ(wxᵢ + b) − yᵢ)² is (2/m)Σ(σᵢ − yᵢ)σᵢ(1 − σᵢ)xᵢ: the page's (2/m)Σ(ŷᵢ − yᵢ)xᵢ,
    right for ŷ = wx + b, lacks σ′ for ŷ = σ(wx + b)."""
    x, y, w, b = RNG.normal(size=6), RNG.uniform(0.1, 0.9, 6), 0.4, -0.3
    cost = lambda v: np.mean((sig(v[0] * x + v[1]) - y) ** 2)  # noqa: E731
    s = sig(w * x + b)
    assert np.allclose(_fd(cost, np.array([w, b])), [2 * np.mean((s - y) * s * (1 - s) * x),
                                                      2 * np.mean((s - y) * s * (1 - s))])
    assert not np.isclose(_fd(cost, np.array([w, b]))[0], 2 * np.mean((s - y) * x))


def test_a_unicode_pages_own_prediction_is_read_not_the_squared_errors_default():
    """`ŷ = σ(w*x + b)` on the page: its ŷ was no definition (a Unicode ŷ was no name to the page reader, and ŷi,
    its index glued, no use of it), so ŷ fell back to the squared error's linear prediction and the derivation
    above, wrong for this ŷ, was judged the gradient."""
    from logderiv import steps

    review = steps(_gd_notes("ŷ = σ(w*x + b)"), file_kind="markdown")
    assert review.ending == "wrong"
    assert any("defines ŷ beside the derivation" in note for note in review.notes)


def test_a_unicode_pages_prediction_without_b_is_not_differentiated_by_b():
    """`ŷ = w*x`: the page's ∂J/∂b = (2/m)Σ(ŷᵢ − yᵢ) was judged right under an assumed ŷ = wx + b; J has no b."""
    from logderiv import steps

    error = refused(steps, _gd_notes("ŷ = w*x"), file_kind="markdown")
    assert "does not depend on b" in str(error)


def test_the_unicode_page_as_written_still_ends_at_the_gradient():
    from logderiv import steps

    review = steps(_gd_notes("ŷ = w*x + b"), file_kind="markdown")
    assert review.ending == "gradient"
    assert any("defines ŷ beside the derivation" in note for note in review.notes)


def test_a_dollar_line_defining_the_prediction_beside_a_derivation_in_backticks():
    """`$\\hat{y} = \\sigma(w x + b)$` on its own line, the cost and the derivatives in backticks (above, by hand: the
    derivatives lack σ′). The one $…$ line was the page's only display: the backticks went unread and the
    definition itself was checked as a derivation against the default logistic cost, 'wrong at line 5'. It is
    read as one more inline equation, its \\hat{y} the ŷ the cost writes."""
    from logderiv import steps

    review = steps(_gd_notes(r"ŷ = w*x + b").replace("`ŷ = w*x + b`", r"$\hat{y} = \sigma(w x + b)$"),
                   file_kind="markdown")
    assert review.ending == "wrong"
    assert {step.written.line for step in review.steps if step.valid is False} == {21, 23}
    review = steps(_gd_notes(r"ŷ = w*x + b").replace("`ŷ = w*x + b`", r"$\hat{y} = w x + b$"), file_kind="markdown")
    assert review.ending == "gradient"


# ------------------------------------------------------------------ Octave's v(:) under a power of its sum

def test_the_hand_gradient_of_the_square_of_a_sum():
    """By hand ∂/∂θ of (1/2m)(Σᵢ rᵢ)², r = Xθ − y, is (1/m)(Σᵢ rᵢ)Σᵢ xᵢ: not (1/m)Xᵀr, the sum of squares'."""
    X, y, theta = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    cost = lambda v: np.sum(X @ v - y) ** 2 / 10  # noqa: E731
    r = X @ theta - y
    assert np.allclose(_fd(cost, theta), r.sum() * X.sum(axis=0) / 5)
    assert not np.allclose(_fd(cost, theta), X.T @ r / 5)


def test_octave_colon_under_a_power_of_the_sum_is_code():
    """``1/(2*m)*sum(diff(:))^2``: diff(:) is Octave's (read so, noted), and in Octave sum(v)^2 is (Σv)²; it was
    read as hand notation's Σ v², beside the note saying the text is Octave (by hand above: another gradient)."""
    assert_gradient_read("1/(2*m)*sum(diff(:))^2", lambda d: np.sum(d.X @ d.theta - d.y) ** 2 / (2 * d.m),
                         lets=("diff = X*theta - y",))
    derivation = derive("1/(2*m)*sum(diff(:))^2", let=("diff = X*theta - y",))
    assert any(note.startswith("read as code: sum(diff(:))^2 is a power of the sum") for note in derivation.notes)
    assert not any("is read as hand notation writes it" in note for note in derivation.notes)


# ------------------------------------------------------------------ the sigmoid written out with e^{+u}

def test_one_over_one_plus_e_to_the_u_is_sigma_of_minus_u():
    """By hand 1/(1 + e^u) = σ(−u), so ∂/∂w of −Σ[y log p + (1 − y) log(1 − p)], p = 1/(1 + e^{wᵀx}), is
    Σ(y − p)x. logderiv's gradient was right, but its note called 1/(1 + e^z) 'the sigmoid σ(z)': untrue as printed."""
    X, y, w = RNG.normal(size=(6, 3)), RNG.uniform(0.1, 0.9, 6), RNG.normal(size=3)
    p = 1 / (1 + np.exp(X @ w))
    assert np.allclose(p, sig(-(X @ w)))
    cost = lambda v: -np.sum(y * np.log(1 / (1 + np.exp(X @ v))) + (1 - y) * np.log(1 - 1 / (1 + np.exp(X @ v))))  # noqa: E731
    assert np.allclose(_fd(cost, w), X.T @ (y - p))
    assert_gradient_read("-sum(y log(p) + (1-y) log(1-p))", lambda d: -np.sum(
        d.y * np.log(sig(-(d.X @ d.w))) + (1 - d.y) * np.log(sig(d.X @ d.w))), wrt=("w_j",), lets=("p = 1/(1 + exp(z))",
                                                                                                 "z = w^T x"))
    notes = derive("-sum(y log(p) + (1-y) log(1-p))", wrt="w_j", let=("p = 1/(1 + exp(z))", "z = w^T x")).notes
    assert any("is the sigmoid of minus its exponent, σ(−u)" in note for note in notes)
    assert not any("is the sigmoid σ(z)" in note for note in notes)


# ------------------------------------------------------------------ Bishop's target t bare in a plain sum

def test_the_hand_gradient_of_bishops_sum_of_squares():
    """By hand ∂/∂w of ½Σₙ(tₙ − wᵀxₙ)² is −Σₙ(tₙ − wᵀxₙ)xₙ; with one constant t instead it is −Σₙ(t − wᵀxₙ)xₙ."""
    X, t, w = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3)
    cost = lambda v: 0.5 * np.sum((t - X @ v) ** 2)  # noqa: E731
    assert np.allclose(_fd(cost, w), -X.T @ (t - X @ w))
    assert not np.allclose(_fd(cost, w), -X.T @ (t.mean() - X @ w))


@pytest.mark.parametrize("cost", ["E = 1/2 * sum((t - w^T x)^2)", "1/2 * sum((t - w^T x)^2)",
                                  "1/(2m) * sum((w^T x - t)^2)"])
def test_a_bare_target_beside_bare_data_in_a_plain_sum_is_refused(cost):
    """The plain sum read its bare x as xᵢ but t as one constant (noted only as 'not defined'), so Bishop's right
    −Σ(tₙ − wᵀxₙ)xₙⱼ was judged 'different' (above: another gradient); the LaTeX Σ_{n=1}^N is refused so (audit29c)."""
    error = refused(derive, cost, wrt="w_j")
    assert "'t' is written bare beside bare data" in str(error) and error.column == cost.index("t")


def test_a_target_defined_or_written_with_its_index_still_reads():
    """t defined by a --let is that value; written t_i it is the example's target (read as y), as before."""
    assert derive("1/2 * sum((t - w^T x)^2)", wrt="w_j", let=("t = 3",)).result is not None
    assert derive(r"\frac{1}{2}\sum_i (t_i - w^T x_i)^2", wrt="w_j").result is not None


def test_a_bare_t_beside_x_i_in_a_cost_with_no_labels_is_asked_about():
    """Beside x_i a bare t was read as a constant, noted; but the cost then writes no labels at all, and Bishop's
    target t with its index left off is as likely as a number: since this stop such a letter is asked about."""
    error = refused(derive, r"\frac{1}{2}\sum_i (t - w^T x_i)^2", wrt="w_j")
    assert "writes no labels" in str(error)


def test_a_matrix_forms_bare_t_is_the_targets_vector():
    """(t − Xβ)ᵀ(t − Xβ): t − Xβ makes t an m×1 vector, the targets (y is written nowhere). It was read as one
    constant subtracted from every entry, so the right −2Σᵢ(tᵢ − βᵀxᵢ)xᵢⱼ was judged 'different' (by hand as
    above, with t the targets: ∇ = −2Xᵀ(t − Xβ)). Read as y, noted, as t_n is."""
    from logderiv import check

    assert_gradient_read(r"(t-X\beta)^T(t-X\beta)", lambda d: np.sum((d.y - d.X @ d.beta) ** 2), wrt=("beta_j",))
    verdict = check(r"-2\sum_i (t_i - \beta^T x_i) x_{ij}", cost=r"(t-X\beta)^T(t-X\beta)", wrt="beta_j")
    assert verdict.verdict == "equivalent"
    assert any(note.startswith("t is read as y, the target of each example") for note in verdict.problem.notes)
