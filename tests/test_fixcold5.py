"""fixcold5: cold reading of the written derivations of tests/derivations_cold5, family by family.

Each family is a way real notes are written; each test holds a real-shaped excerpt (its source named) and what
it must yield, worked out by hand, with near-variants that mean something else (a planted slip, another
layout), which must be caught, never read silently as right. The hand working is checked numerically below with
NumPy (central finite differences), never against logderiv:

* ridge with no ½ and no 1/n (ridge_notes_matrix_no_half.md): L(w) = ‖Xw − Y‖² + λ‖w‖², whose gradient is
  2XᵀXw − 2XᵀY + 2λw.
"""

from __future__ import annotations

import numpy

from _derivations_table import display as _display, review_of_page as _review, steps_of_page as _steps


def _numeric_gradient(cost, at):
    step = 1e-6
    return numpy.array([(cost(at + step * e) - cost(at - step * e)) / (2 * step) for e in numpy.eye(len(at))])


def test_the_hand_worked_ridge_gradient_by_finite_differences():
    generator = numpy.random.default_rng(5)
    X, Y, w, weight = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3), 0.7

    def cost(v):
        return (X @ v - Y) @ (X @ v - Y) + weight * v @ v

    assert numpy.allclose(_numeric_gradient(cost, w), 2 * X.T @ X @ w - 2 * X.T @ Y + 2 * weight * w, atol=1e-5)
    # the planted slip: λw for the penalty's 2λw is not the gradient
    assert not numpy.allclose(_numeric_gradient(cost, w), 2 * X.T @ X @ w - 2 * X.T @ Y + weight * w, atol=1e-3)


# -- a cost labelled with a word, its penalty λ‖w‖² and the derivative dL/dw, in matrix form -------------------------
# source: ridge_notes_matrix_no_half.md (public code index file 29282617643, English notes on linear models)

_RIDGE_COST = (
    r"\begin{align*}" "\n"
    r"    L_{\text{ridge}}(w) &= \left\| Xw - Y \right\|_2^2 + \lambda  \left\| w \right\|_2^2\\" "\n"
    r"                        &= (Xw - Y)^\top (Xw - Y) + \lambda w^\top w \\" "\n"
    r"                        &= w^\top X^\top X w - w^\top X^\top Y - Y^\top X w + Y^\top Y + \lambda w^\top w" "\n"
    r"\end{align*}"
)


def _ridge_page(last: str = r"2 X^\top X w - 2 X^\top Y + 2\lambda w", label: str = r"L_{\text{ridge}}",
                cost: str = _RIDGE_COST) -> str:
    derivation = (
        r"\begin{align*}" "\n"
        rf"\frac{{d {label}(w)}}{{d w}} &= X^\top X w + (w^\top X^\top X)^\top - X^\top Y - (Y^\top X)^\top "
        r"+ \lambda w + \lambda w \\" "\n"
        r"  &= X^\top X w + X^\top X w - X^\top Y - X^\top Y + 2\lambda w \\" "\n"
        rf"  &= {last}" "\n"
        r"\end{align*}"
    )
    return (r"Let's find the analytic solution of $L_{\text{ridge}}(w)$:" "\n\n" + _display(cost)
            + "\nNow we find the gradient of $L_{\\text{ridge}}(w)$ w\\.r.t $w$:\n\n" + _display(derivation))


def test_a_ridge_derivation_with_a_labelled_cost_is_read_to_the_gradient(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _ridge_page())
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("ridge" in note and "cost's name" in note for note in review["notes"])


def test_a_ridge_derivation_ending_with_half_the_penalty_is_wrong_on_that_line(tmp_path):
    # the penalty's derivative taken as λw on the last line: 2XᵀXw − 2XᵀY + λw (line 17 of the page)
    code, ending, wrong, _ = _review(tmp_path, _ridge_page(r"2 X^\top X w - 2 X^\top Y + \lambda w"))
    assert (code, ending, wrong) == (1, "wrong", [17])


def test_a_ridge_derivation_with_a_sign_slip_is_wrong_on_that_line(tmp_path):
    code, ending, wrong, _ = _review(tmp_path, _ridge_page(r"2 X^\top X w + 2 X^\top Y + 2\lambda w"))
    assert (code, ending, wrong) == (1, "wrong", [17])


def test_the_cost_rewritten_wrongly_is_caught_on_its_line(tmp_path):
    # the expansion's −2wᵀXᵀY written −wᵀXᵀY alone (line 7 of the page): the rewrite is not the cost
    slipped = _RIDGE_COST.replace(r"- Y^\top X w + Y^\top Y", r"+ Y^\top Y")
    code, ending, wrong, _ = _review(tmp_path, _ridge_page(cost=slipped))
    assert (code, wrong) == (1, [7])


def test_two_labelled_objectives_are_not_taken_for_one_cost(tmp_path):
    # L_{\text{OLS}} beside L_{\text{ridge}}: two objectives, which one is derived is not guessed
    page = _ridge_page(label=r"L_{\text{OLS}}")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "line" in result.stderr and "^" in result.stderr


def test_the_hand_worked_vectorised_gradients_by_finite_differences():
    generator = numpy.random.default_rng(55)
    m, n = 7, 3
    X, theta = generator.normal(size=(m, n)), generator.normal(size=n)
    labels, targets = generator.integers(0, 2, size=m).astype(float), generator.normal(size=m)

    def sigma(z):
        return 1 / (1 + numpy.exp(-z))

    def logistic(v):
        h = sigma(X @ v)
        return -numpy.mean(labels * numpy.log(h) + (1 - labels) * numpy.log(1 - h))

    def linear(v):
        return (X @ v - targets) @ (X @ v - targets) / (2 * m)

    # CS229's ∇J = (1/m) Xᵀ(g(Xθ) − y); entry j is (1/m) Σᵢ (g(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾
    assert numpy.allclose(_numeric_gradient(logistic, theta), X.T @ (sigma(X @ theta) - labels) / m, atol=1e-6)
    # Coursera's ∇J = (1/m) Xᵀ(Xθ − y⃗), entry j (1/m) x⃗ⱼᵀ(Xθ − y⃗), x⃗ⱼ column j of X
    gradient = _numeric_gradient(linear, theta)
    assert numpy.allclose(gradient, X.T @ (X @ theta - targets) / m, atol=1e-6)
    assert numpy.allclose(gradient[1], X[:, 1] @ (X @ theta - targets) / m, atol=1e-6)


# -- a derivation in index form that ends with the gradient vectorised, ∇J = (1/m) Xᵀ(g(Xθ) − y) ---------------------
# source: cs229_ps1_logistic_hessian_sol_three_steps.md (public code index file 62708388169, CS229 PS1 write-up)

_CS229_ROWS = (
    r"\frac{\partial J(\theta)}{\partial \theta_j} &= -\frac{1}{m} \sum_{i=1}^{m} y^{(i)} [1 - g(\theta^T x^{(i)})] "
    r"x_j^{(i)} - (1 - y^{(i)}) g(\theta^T x^{(i)}) x_j^{(i)} \tag{1.1.2} \\" "\n"
    r"&= \frac{1}{m} \sum_{i=1}^{m} [g(\theta^T x^{(i)}) - y^{(i)}] x_j^{(i)} \tag{1.1.3}"
)


def _cs229_page(vectorised: str = r"\frac{1}{m} X^T (g(X\theta) - Y)", rows: str = _CS229_ROWS) -> str:
    # line 1 the heading, lines 2–5 the align, line 6 the vectorised display
    return ("### 1. Linear Classifiers (logistic regression and GDA)\n$$\\begin{align*}\n" + rows
            + "\n\\end{align*}$$\n" f"$$\\nabla_\\theta J(\\theta) = {vectorised}$$\n")


def test_a_vectorised_last_line_is_read_as_the_gradients_entry_j(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _cs229_page())
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("matrix notation after lines in index form" in note for note in review["notes"])


def test_a_vectorised_last_line_with_its_sign_flipped_is_wrong_on_its_line(tmp_path):
    code, ending, wrong, _ = _review(tmp_path, _cs229_page(r"\frac{1}{m} X^T (Y - g(X\theta))"))
    assert (code, ending, wrong) == (1, "wrong", [6])


def test_a_vectorised_last_line_without_its_one_over_m_is_wrong_on_its_line(tmp_path):
    code, ending, wrong, _ = _review(tmp_path, _cs229_page(r"X^T (g(X\theta) - Y)"))
    assert (code, ending, wrong) == (1, "wrong", [6])


def test_a_slip_in_the_index_form_before_the_vectorised_line_is_the_first_wrong_step(tmp_path):
    slipped = _CS229_ROWS.replace(r"[g(\theta^T x^{(i)}) - y^{(i)}]", r"[y^{(i)} - g(\theta^T x^{(i)})]")
    code, ending, wrong, _ = _review(tmp_path, _cs229_page(rows=slipped))
    assert (code, wrong) == (1, [4])


def test_a_vectorised_line_whose_shapes_do_not_conform_is_refused_with_a_caret(tmp_path):
    result = _steps(tmp_path, _cs229_page(r"\frac{1}{m} X (g(X\theta) - Y)"))
    assert result.exit_code == 2
    assert "line 6" in result.stderr and "^" in result.stderr


# -- a Jekyll post's eqnarray rows (&=&) broken by \newline, := and ∇J defined as the column of ∂J/∂θⱼ -------------
# source: cn_jekyll_gd_vectorized_newline_rows.md (public code index file 27254209066, a Chinese Jekyll post, 2016)

_JEKYLL_DERIVATION = (
    "$$\n\\begin{align*}\n"
    r"\; &\frac{\partial J(\theta)}{\partial \theta_j} &=&  \frac{1}{m} \sum\limits_{i=1}^{m}  \left(h_\theta(x^{(i)})"
    r" - y^{(i)} \right) \cdot x_j^{(i)} \newline" "\n"
    r"\; & &=& \frac{1}{m} \sum\limits_{i=1}^{m}   x_j^{(i)} \cdot \left(h_\theta(x^{(i)}) - y^{(i)}  \right) \newline"
    "\n" r"\; & &=& \frac1m  \vec{x_j}^{T} (X\theta - \vec{y})" "\n\\end{align*}\n$$\n"
)


_JEKYLL_LAST = r"\frac1m  \vec{x_j}^{T} (X\theta - \vec{y})"
#: the slip of test_a_feature_column_written_with_an_arrow_…, carried into the summary's first row as the writer would
_ARROW_SLIP = r"\frac{1}{2m}\vec{x_j}^{T} (X\theta - \vec{y})"


def _jekyll_page(last: str = r"\frac 1m X^{T} (X\theta - \vec{y})", derivation: str = _JEKYLL_DERIVATION,
                 restated: str = _JEKYLL_LAST) -> str:
    # lines: 3 the update, 7–9 ∇J's definition, 11–17 the derivation (rows 13–15), 21–23 the summary (row 22)
    return (
        "#### 推导过程\n\n$$ \\theta := \\theta - \\alpha \\nabla J(\\theta) $$\n\n其中\n\n$$\n"
        r"\nabla J(\theta)  = \begin{bmatrix}\frac{\partial J(\theta)}{\partial \theta_0}   \newline "
        r"\frac{\partial J(\theta)}{\partial \theta_1}   \newline \vdots   \newline "
        r"\frac{\partial J(\theta)}{\partial \theta_n} \end{bmatrix}" "\n$$\n\n" + derivation + "\n即\n\n$$\n"
        r"\begin{align*}\; &\frac{\partial J(\theta)}{\partial \theta_j} &=& " + restated +
        r" \newline\newline\newline\; &\nabla J(\theta) & = & " + last + r" \newline\end{align*}" "\n$$\n"
    )


def test_the_jekyll_post_is_read_to_the_gradient(tmp_path):
    code, ending, wrong, review = _review_with(tmp_path, _jekyll_page(), "linear")
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = " ".join(review["notes"])
    assert "line 3 is an update rule" in notes and "line 8 defines the gradient as the column" in notes


def test_the_jekyll_posts_vectorised_summary_with_a_sign_slip_is_wrong_on_its_row(tmp_path):
    code, ending, wrong, _ = _review_with(tmp_path, _jekyll_page(r"\frac 1m X^{T} (\vec{y} - X\theta)"), "linear")
    assert (code, ending, wrong) == (1, "wrong", [22])


def test_an_eqnarray_row_after_a_column_of_its_own_is_a_step(tmp_path):
    # \; &D &=& A, then \; & &=& B: the '&' before eqnarray's =& opens no column for a rule, so B is a step; a
    # slip planted in row 2 (line 14 of the page) is caught there, never read as a rule annotation
    slipped = _JEKYLL_DERIVATION.replace(r"x_j^{(i)} \cdot \left(h_\theta(x^{(i)}) - y^{(i)}  \right)",
                                         r"x_j^{(i)} \cdot \left(y^{(i)} - h_\theta(x^{(i)})\right)")
    code, ending, wrong, _ = _review_with(tmp_path, _jekyll_page(derivation=slipped), "linear")
    assert (code, wrong) == (1, [14])


def test_a_feature_column_written_with_an_arrow_and_a_slip_is_wrong_on_its_row(tmp_path):
    # (1/m) x⃗ⱼᵀ(Xθ − y⃗) written with 1/(2m) (and restated so): half entry j, wrong on its row, line 15
    slipped = _JEKYLL_DERIVATION.replace(_JEKYLL_LAST, _ARROW_SLIP)
    assert slipped != _JEKYLL_DERIVATION
    code, ending, wrong, _ = _review_with(tmp_path, _jekyll_page(derivation=slipped, restated=_ARROW_SLIP), "linear")
    assert (code, wrong) == (1, [15])


def _review_with(tmp_path, text: str, cost: str):
    """The exit code, ending, first wrong line and JSON review of a page read with ``--cost``."""
    import json

    result = _steps(tmp_path, text, "-f", "json", "--cost", cost)
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    return result.exit_code, review["ending"], wrong[:1], review


# -- matrix-form notes: the data laid out as the examples' rows, ½∇tr(…) with a number before ∇ ----------------------
# source: lsq_notes_matrix_form_trace.md (public code index file 9869553867, English notes, "## Matrix Form")

_LSQ_NOTES = r"""## Matrix Form

$$
X=\left[\begin{array}{c}
(x^{(1)})^T \\
\vdots \\
(x^{(m)})^T
\end{array}\right], Y=\left[\begin{array}{c}
y^{(1)} \\
\vdots \\
y^{(m)}
\end{array}\right] \\
J(\theta)=\frac12\sum_{i=1}^m{(\theta^Tx^{(i)}-y^{(i)})^2}=\frac12(X\theta-Y)^T(X\theta-Y)
$$

- Minimize $J(\theta)=\frac12(Y-X\theta)^T(Y-X\theta)$

$$
\begin{aligned}
\nabla_\theta J(\theta) &=\nabla_\theta \frac12(Y-X\theta)^T(Y-X\theta) \\
&= \frac12\nabla_\theta tr(Y^TY-Y^TX\theta-\theta^TX^TY+\theta^TX^TX\theta)\\
&= \frac12 \nabla_\theta tr(\theta^TX^TX\theta)-X^TY \\
&= \frac12 (X^TX\theta+X^TX\theta)-X^TY \\
&=X^TX\theta-X^TY
\end{aligned}
$$
"""


def test_the_hand_worked_least_squares_gradient_by_finite_differences():
    generator = numpy.random.default_rng(9)
    X, Y, theta = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3)
    gradient = _numeric_gradient(lambda v: 0.5 * (Y - X @ v) @ (Y - X @ v), theta)
    assert numpy.allclose(gradient, X.T @ X @ theta - X.T @ Y, atol=1e-5)
    # ½∇tr(θᵀXᵀXθ) is XᵀXθ: the gradient of the quadratic term alone
    assert numpy.allclose(_numeric_gradient(lambda v: 0.5 * v @ X.T @ X @ v, theta), X.T @ X @ theta, atol=1e-5)


def test_notes_laying_out_the_data_then_deriving_with_a_trace_are_read_to_the_gradient(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _LSQ_NOTES)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("line 4 lays out the data" in note for note in review["notes"])


def test_a_slip_after_the_trace_is_wrong_on_its_line(tmp_path):
    # ½∇tr(θᵀXᵀXθ) − 2XᵀY: the −YᵀXθ − θᵀXᵀY halved is −XᵀY, not −2XᵀY (line 22)
    slipped = _LSQ_NOTES.replace(r"tr(\theta^TX^TX\theta)-X^TY", r"tr(\theta^TX^TX\theta)-2X^TY")
    code, ending, wrong, _ = _review(tmp_path, slipped)
    assert (code, wrong) == (1, [22])


def test_a_wrong_number_before_nabla_is_wrong_on_its_line(tmp_path):
    slipped = _LSQ_NOTES.replace(r"\frac12\nabla_\theta tr(Y^TY", r"\frac13\nabla_\theta tr(Y^TY")
    code, ending, wrong, _ = _review(tmp_path, slipped)
    assert (code, wrong) == (1, [21])


def test_the_cost_row_after_the_data_layout_is_still_checked(tmp_path):
    # the row after the layout is read: its rewrite (Xθ − Y)ᵀ(Xθ + Y) is not the cost, wrong on line 13
    slipped = _LSQ_NOTES.replace(r"=\frac12(X\theta-Y)^T(X\theta-Y)", r"=\frac12(X\theta-Y)^T(X\theta+Y)")
    code, ending, wrong, _ = _review(tmp_path, slipped)
    assert (code, wrong) == (1, [13])


def test_a_matrix_of_rows_that_are_no_examples_is_not_taken_for_the_data(tmp_path):
    # X's rows written x_1 … x_n (no example marks ^{(1)} … ^{(m)}) are not the examples' layout: never set aside
    # silently; the page is refused as before (a definition of X beside the derivation)
    page = _LSQ_NOTES.replace("(x^{(1)})^T", "x_1").replace("(x^{(m)})^T", "x_n")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "^" in result.stderr


def test_a_vectorised_line_in_a_derivation_by_one_fixed_component_is_refused(tmp_path):
    # --wrt theta_1: the matrix line is the whole gradient, its entry j no derivative by θ₁ alone: never compared
    result = _steps(tmp_path, _cs229_page(), "--wrt", "theta_1")
    assert result.exit_code == 2, result.output
    assert "line 6" in result.stderr and "^" in result.stderr


def test_a_matrix_form_option_refusal_points_at_the_line_writing_x(tmp_path):
    # source: cn_sigmoid_matrix_dz_dw_chain.md (public code index file 9421376944): --cost beside a derivation in
    # matrix form stayed refused, at the line that makes it one; since matrix22 --cost is read with one (and must be
    # the cost its lines define), so the page is refused for what it holds that is not read, the cases environment
    page = ("$$\n\\begin{cases}\n\\nabla_w L(w,b) = - \\frac{1}{m}X^T(y-h(z))\\\\\n"
            "\\nabla_b L(w,b) = - \\frac{1}{m}\\mathbf{1}^T(y-h(z))\n\\end{cases}\n$$\n")
    result = _steps(tmp_path, page, "--cost", "logistic")
    assert result.exit_code == 2, result.output
    assert "line 2" in result.stderr and "'cases'" in result.stderr and "^" in result.stderr


# -- kramdown's inline maths written with $$ inside a sentence ----------------------------------------------------------
# source: jekyll_post_loglik_labelled_nll_sign.md (public code index file 31227468914, a Jekyll post, 2018): "we write
# the loss function $$J$$ as:" and "`y.shape` $$= (m, 1)$$ and $$h = h_\theta(X · \theta)$$ and …"

_KRAMDOWN_PROSE = ("Maximize log likelihood is equal to minimize negative log likelihood, we write the loss function "
                   "$$J$$ as:\n\n")
_LINEAR_STEP = (r"\begin{aligned}" "\n" r"\frac{\partial J}{\partial \theta_j} &= \frac{1}{m}\sum_{i=1}^m "
                r"(\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}" "\n" r"\end{aligned}")


def test_dollars_inside_a_sentence_are_no_step(tmp_path):
    # the ∂J/∂θⱼ of (1/2m) Σ (θᵀx − y)² is (1/m) Σ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾: the step on line 5 is right,
    # and $$J$$ on line 1 is a word of the sentence (read as a step it was "wrong at line 1")
    code, ending, wrong, _ = _review_with(tmp_path, _KRAMDOWN_PROSE + _display(_LINEAR_STEP), "linear")
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_wrong_step_beside_dollars_in_a_sentence_is_still_caught(tmp_path):
    slipped = _LINEAR_STEP.replace(r"\frac{1}{m}", r"\frac{2}{m}")
    code, ending, wrong, _ = _review_with(tmp_path, _KRAMDOWN_PROSE + _display(slipped), "linear")
    assert (code, ending, wrong) == (1, "wrong", [5])


def test_a_display_ending_a_sentence_is_still_a_step(tmp_path):
    # "Therefore $$…$$" with nothing after it on its line is a display (a notebook's), read as the derivation
    page = ("Therefore $$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{2}{m}\\sum_{i=1}^m (\\theta^T x^{(i)} - "
            "y^{(i)}) x_j^{(i)}$$\n")
    code, ending, wrong, _ = _review_with(tmp_path, page, "linear")
    assert (code, ending, wrong) == (1, "wrong", [1])


def test_a_second_cost_beside_the_costs_chain_is_refused_not_read_as_steps(tmp_path):
    # source: jekyll_post_loglik_labelled_nll_sign.md, its \mathcal{l} written \ell: ℓ(θ) = log L(θ) = Σ …, then the
    # loss J(θ) = −(1/m) Σ … (line 11), then ∂ℓ/∂θⱼ. J's definition was read as the derivation's first steps (the
    # post judged wrong at its line 10, where by hand the first wrong step is line 21): now which cost is asked
    page = (_display(r"\begin{aligned}" "\n" r"\ell(\theta) &= \log L(\theta) \\" "\n"
                     r"&= \sum_{i=1}^m y^{(i)} \log h_\theta(x^{(i)}) + (1-y^{(i)}) \log (1 - h_\theta(x^{(i)}))" "\n"
                     r"\end{aligned}")
            + "\nwe write the loss function as:\n\n"
            + _display(r"J(\theta) = - \frac{1}{m} \sum_{i=1}^m [y^{(i)} \log h_\theta(x^{(i)}) + (1-y^{(i)}) "
                       r"\log (1 - h_\theta(x^{(i)}))]")
            + "\n" + _display(r"\begin{aligned}" "\n" r"\frac{\partial}{\partial \theta_j}\ell(\theta) &= "
                              r"\sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)} \\" "\n"
                              r"&= \sum_{i=1}^m x_j^{(i)} (y^{(i)} - h_\theta(x^{(i)}))" "\n" r"\end{aligned}"))
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "two costs" in result.stderr and "line 11" in result.stderr and "^" in result.stderr


def test_a_second_cost_beside_the_costs_chain_is_set_aside_when_the_derivation_writes_its_cost_out(tmp_path):
    # the page above, its derivation writing ℓ's sum out under ∂/∂θⱼ: which cost it derives is said, so J (line 11)
    # is another cost listed beside it (fixderiv29's reading), never the refusal. By hand, with h = σ(θᵀx):
    # ∂/∂θⱼ Σ [y log h + (1 − y) log(1 − h)] = Σ (y − h) xⱼ, since ∂ log h/∂θⱼ = (1 − h)xⱼ, ∂ log(1 − h)/∂θⱼ = −h xⱼ
    ell = r"\sum_{i=1}^m y^{(i)} \log h_\theta(x^{(i)}) + (1-y^{(i)}) \log (1 - h_\theta(x^{(i)}))"
    page = (_display(r"\begin{aligned}" "\n" r"\ell(\theta) &= \log L(\theta) \\" "\n&= " + ell + "\n" r"\end{aligned}")
            + "\nwe write the loss function as:\n\n"
            + _display(r"J(\theta) = - \frac{1}{m} \sum_{i=1}^m [y^{(i)} \log h_\theta(x^{(i)}) + (1-y^{(i)}) "
                       r"\log (1 - h_\theta(x^{(i)}))]")
            + "\n" + _display(r"\begin{aligned}" "\n" r"\frac{\partial}{\partial \theta_j}\left[" + ell + r"\right] &= "
                              r"\sum_{i=1}^m (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)} \\" "\n"
                              r"&= \sum_{i=1}^m x_j^{(i)} (y^{(i)} - h_\theta(x^{(i)}))" "\n" r"\end{aligned}"))
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("line 11 defines another cost" in note for note in review["notes"])
    slipped = page.replace(r"&= \sum_{i=1}^m x_j^{(i)} (y^{(i)} - h_\theta(x^{(i)}))",
                           r"&= \sum_{i=1}^m x_j^{(i)} (h_\theta(x^{(i)}) - y^{(i)})")
    assert slipped != page
    assert _review(tmp_path, slipped)[:3] == (1, "wrong", [17])


def test_the_ridge_derivative_written_dl_over_dw_with_no_space_is_read_too(tmp_path):
    # \frac{dL_{\text{ridge}}}{dw}: the d against the labelled letter, no argument; right, then a sign slip (line 17)
    page = _ridge_page().replace(r"\frac{d L_{\text{ridge}}(w)}{d w}", r"\frac{dL_{\text{ridge}}}{dw}")
    assert r"\frac{dL_{\text{ridge}}}{dw}" in page
    assert _review(tmp_path, page)[:3] == (0, "gradient", [])
    slipped = page.replace(r"&= 2 X^\top X w - 2 X^\top Y", r"&= 2 X^\top X w + 2 X^\top Y")
    assert _review(tmp_path, slipped)[:3] == (1, "wrong", [17])


# -- a definition written with := ------------------------------------------------------------------------------------
# source: the := of cn_jekyll_gd_vectorized_newline_rows.md (θ := θ − α∇J(θ), an update) beside notes that define
# with it (J(θ) := …); the linear cost's ∂J/∂θⱼ is (1/m) Σ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ (checked above)

_ASSIGNED_COST = r"J(\theta) := \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2"
_ASSIGNED_STEP = r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"


def test_a_cost_defined_with_colon_equals_is_the_cost(tmp_path):
    # read as J(θ) = …, the page's linear cost; unread, the lines were checked against the default logistic cost
    page = _display(r"\theta := \theta - \alpha \nabla J(\theta)") + "\n" + _display(_ASSIGNED_COST) + "\n" \
        + _display(_ASSIGNED_STEP)
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = " ".join(review["notes"])
    assert "J := … defines J" in notes and "line 2 is an update rule" in notes


def test_a_wrong_step_under_a_cost_defined_with_colon_equals_is_caught(tmp_path):
    # the step on line 6 (a display: $$, the maths, $$) halves the gradient
    page = _display(_ASSIGNED_COST) + "\n" + _display(_ASSIGNED_STEP.replace(r"\frac{1}{m}", r"\frac{1}{2m}"))
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [6])


def test_the_cost_named_in_a_sentence_with_dollars_is_no_step(tmp_path):
    # "The cost $$J(\theta)$$ is convex, …": a name and its argument inside a sentence (read as a step, the page was
    # judged wrong at line 1); the display on line 3 is the linear cost's ∂J/∂θⱼ, right
    page = ("The cost $$J(\\theta)$$ is convex, and its gradient follows.\n\n"
            "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)}) "
            "x_j^{(i)}$$\n")
    assert _review_with(tmp_path, page, "linear")[:3] == (0, "gradient", [])


def test_an_expression_in_a_sentence_with_dollars_is_still_read(tmp_path):
    # only a name alone is kramdown's inline maths: "which gives $$…$$ as the gradient" may be the answer (a
    # notebook's display), read as before — here a wrong one, caught on line 3
    page = ("$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)}) "
            "x_j^{(i)}$$\n\nwhich gives $$\\frac{2}{m}\\sum_{i=1}^m (\\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}$$ as the "
            "gradient.\n")
    assert _review_with(tmp_path, page, "linear")[:3] == (1, "wrong", [3])


def test_a_labelled_cost_beside_its_bare_letter_is_not_taken_for_one_cost(tmp_path):
    # L_{\text{ridge}}(w) = L(w) + λ‖w‖²: the letter alone is another objective, so the label is no mere name
    cost = _RIDGE_COST.replace(r"L_{\text{ridge}}(w) &= \left\| Xw - Y \right\|_2^2 + \lambda  \left\| w \right\|_2^2",
                               r"L_{\text{ridge}}(w) &= L(w) + \lambda  \left\| w \right\|_2^2")
    assert cost != _RIDGE_COST
    result = _steps(tmp_path, _ridge_page(cost=cost))
    assert result.exit_code == 2, result.output
    assert "^" in result.stderr


# -- refusals that stay: what, where and why ---------------------------------------------------------------------------
# source: eecs545_lsq_gradient_half_dropped.md (EECS 545 lecture 4 notebook): Bishop's E(w) = ½Σₙ(…)², then ∂E/∂w_k

def test_a_cost_chain_under_another_name_is_refused_saying_why(tmp_path):
    """Bishop's E(w) is read as J now (fixmulti: line 4 defines E, line 12 differentiates it), and the page is refused
    at φⱼ, a basis function with a feature index, which logderiv has no reading of: still exit 2, at a caret.

    This test used to expect the refusal of E's chain as another name than the cost; the merge of fixmulti's E-as-J
    reading moved the refusal to the next thing not understood, which is right. By hand the page could not be passed
    anyway: with E = ½Σₙ(Σⱼ wⱼφⱼ(xₙ) − tₙ)², ∂E/∂w_k = Σₙ(…)φ_k(xₙ) (line 16), while line 12 writes ∂/∂w_k[Σₙ(…)²],
    twice that (its ½ dropped), checked below by finite differences: a refusal, never a verdict of right.
    """
    generator = numpy.random.default_rng(460)
    phi, t, w = generator.normal(size=(5, 3)), generator.normal(size=5), generator.normal(size=3)
    half = lambda v: 0.5 * numpy.sum((phi @ v - t) ** 2)  # noqa: E731
    line_16 = phi.T @ (phi @ w - t)
    assert numpy.allclose(_numeric_gradient(half, w), line_16, atol=1e-6)
    assert numpy.allclose(_numeric_gradient(lambda v: 2 * half(v), w), 2 * line_16, atol=1e-6)  # line 12: ½ dropped
    page = ("## Least Squares:  Objective Function\n\n$$\nE(\\vec{w}) \n= \\frac12 \\sum_{n=1}^N (y(x_n, \\vec{w}) - t_n)^2\n"
            "= \\frac12 \\sum_{n=1}^N \\left( \\sum_{j=0}^{M-1} w_j\\phi_j(\\vec{x}^{(n)}) - t^{(n)} \\right)^2\n$$\n\n"
            "To minimize the error, take partial derivatives:\n\n$$\n\\frac{\\partial E(\\vec{w})}{\\partial w_k}= "
            "\\frac{\\partial}{\\partial w_k} \\left[ \\sum_{n=1}^N \\left( \\sum_{j=0}^{M-1} w_j\\phi_j(\\vec{x}^{(n)}) "
            "- t^{(n)} \\right)^2 \\right]\n$$\n\n$$\n= \\sum_{n=1}^N \\left( \\sum_{j=0}^{M-1} w_j\\phi_j(\\vec{x}^{(n)})"
            " - t^{(n)} \\right)\\phi_k(\\vec{x}^{(n)})\n$$\n")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "line 6, column 51" in result.stderr and "'phi' has no feature index" in result.stderr
    assert "E(\\vec{w}) names the cost" in result.stderr and "read as J" in result.stderr
    assert "^" in result.stderr and "Traceback" not in result.output
