"""fixlines (issue 10): single LINES of real written derivations that `steps` refused, and what they mean.

Each reading starts from the real line, quoted verbatim with its source (the blind sets tests/derivations_cold*/,
whose expected.txt rows were worked out by hand). What a line means is held to a NumPy function written here and
checked by central finite differences (tests/_numeric.py), never to logderiv's own output. Beside each reading,
near variants that mean something else are refused or read as what they say.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from _derivations_table import display, outcome, read_table, review_of_page, steps_of_page
from _numeric import central_differences as _fd

HERE = Path(__file__).parent


def _row(folder: str, file: str):
    return next(row for row in read_table(HERE / folder) if row.file == file)


def _align(*rows: str) -> str:
    return display("\\begin{align*}\n" + " \\\\\n".join(rows) + "\n\\end{align*}")


# --- weighted least squares' W in a line in matrix form --------------------------------------------------------

#: CS229 problem set 1, locally weighted regression (tests/derivations_cold5/cs229_ps1_lwr_half_dropped_transpose.md,
#: line 2 of the solution, verbatim): the weighted cost, W the diagonal matrix of the examples' weights
LWR_COST = r"J(\theta) = \frac{1}{2} (X \theta - y)^T W (X \theta - y)"
LWR_FILE = ("derivations_cold5", "cs229_ps1_lwr_half_dropped_transpose.md")


def _weighted(theta, X, y, weights):
    """By hand: ½ Σᵢ wᵢ (xᵢ·θ − yᵢ)², the LWR cost with W = diag(w)."""
    return 0.5 * np.sum(weights * (X @ theta - y) ** 2)


def test_the_hand_gradient_of_the_weighted_cost():
    """∇J = Xᵀ W (Xθ − y) (W diagonal, so symmetric), against finite differences of the sum written by hand."""
    generator = np.random.default_rng(7)
    X, y, theta = generator.normal(size=(5, 3)), generator.normal(size=5), generator.normal(size=3)
    weights = generator.uniform(0.5, 3.0, size=5)
    by_hand = X.T @ np.diag(weights) @ (X @ theta - y)
    assert np.allclose(by_hand, _fd(lambda t: _weighted(t, X, y, weights), theta), rtol=1e-6, atol=1e-8)
    # and twice it, what (1.5.9) writes, is not it
    assert not np.allclose(2 * by_hand, _fd(lambda t: _weighted(t, X, y, weights), theta), rtol=1e-3)


def test_the_lwr_solution_is_judged_as_by_hand():
    """The solution's lines: W read, (1.5.2) the first wrong step (Xᵀθᵀ does not conform), (1.5.9) twice ∇J: wrong."""
    kind, detail = outcome(HERE / LWR_FILE[0], _row(*LWR_FILE))
    assert kind == "right", detail


def test_the_weighted_gradient_is_read(tmp_path):
    """The real cost with its gradient XᵀW(Xθ − y), expanded: every step holds, the last line is ∇J; W is noted."""
    code, ending, wrong, review = review_of_page(tmp_path, _align(
        LWR_COST.replace("=", "&=", 1), r"\nabla_\theta J(\theta) &= X^T W (X\theta - y)", r"&= X^TWX\theta - X^TWy"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("diagonal matrix of the examples' weights" in note for note in review["notes"])


def test_twice_the_weighted_gradient_is_wrong(tmp_path):
    """2XᵀW(Xθ − y), the gradient of (Xθ − y)ᵀW(Xθ − y) without the ½ (the test above shows it is not ∇J)."""
    code, ending, wrong, _ = review_of_page(tmp_path, _align(
        LWR_COST.replace("=", "&=", 1), r"\nabla_\theta J(\theta) &= 2X^T W (X\theta - y)"))
    assert (code, ending, wrong) == (1, "wrong", [4])


def test_w_transposed_is_w(tmp_path):
    """XᵀWᵀ(Xθ − y): W is diagonal, so Wᵀ = W and the line is ∇J."""
    code, ending, wrong, _ = review_of_page(tmp_path, _align(
        LWR_COST.replace("=", "&=", 1), r"\nabla_\theta J(\theta) &= X^T W^T (X\theta - y)"))
    assert (code, ending, wrong) == (0, "gradient", [])


def test_w_on_the_wrong_side_does_not_conform(tmp_path):
    """WXᵀ(Xθ − y): W is m×m and Xᵀ n×m, so the line has no value: a wrong step, its shapes named."""
    result = steps_of_page(tmp_path, _align(LWR_COST.replace("=", "&=", 1),
                                            r"\nabla_\theta J(\theta) &= W X^T (X\theta - y)"), "-f", "text")
    assert result.exit_code == 1
    assert "'W' is m×m and 'X^T' is n×m" in result.stdout


@pytest.mark.parametrize("cost, words", [
    # W beside θ: m×m beside an n×1 vector — a cost whose shapes do not conform is refused
    (LWR_COST + r" + \theta^T W \theta", "'W' is m×m"),
    # in index form W is no matrix: a sum over the examples keeps the refusal of an unknown function
    (r"J(\theta) = \frac{1}{2}\sum_{i=1}^m W (y_i - \theta^T x_i)^2", "no function W is defined"),
])
def test_w_elsewhere_is_refused(tmp_path, cost, words):
    result = steps_of_page(tmp_path, _align(cost.replace("=", "&=", 1), r"\nabla_\theta J(\theta) &= X^T W (X\theta - y)"))
    assert result.exit_code == 2
    assert words in result.stderr


# --- a '(' after ∇ never closed ----------------------------------------------------------------------------------

def test_an_unclosed_bracket_that_conforms_nowhere_is_a_wrong_step(tmp_path):
    """CS229's (1.5.8), verbatim: wherever its '(' closes, Xᵀθᵀ stays inside (or Xᵀ alone is under ∇): no value."""
    code, ending, wrong, review = review_of_page(tmp_path, _align(
        LWR_COST.replace("=", "&=", 1), r"\nabla_\theta J(\theta) &= X^T W (X\theta - y)",
        r"&= \nabla_\theta (X^{T}\theta^{T}WX\theta - 2y^{T}WX\theta"))
    assert (code, ending, wrong) == (1, "wrong", [5])
    assert any("never closed; wherever it closes" in note for note in review["notes"])


@pytest.mark.parametrize("line", [
    # closed at the end it is ∇ of ½θᵀXᵀXθ − yᵀXθ, closed before '- y' another number: the writer decides
    r"&= \nabla_\theta (\frac{1}{2}\theta^TX^TX\theta - y^TX\theta",
    # one place to close it gives ∇(θᵀXᵀXθ), a value; others do not: still refused
    r"&= \nabla_\theta (\theta^TX^TX\theta",
])
def test_an_unclosed_bracket_with_a_value_somewhere_stays_refused(tmp_path, line):
    result = steps_of_page(tmp_path, _align(r"J(\theta) &= \frac{1}{2}(X\theta - y)^T (X\theta - y)",
                                            r"\nabla_\theta J(\theta) &= X^TX\theta - X^Ty", line))
    assert result.exit_code == 2
    assert "'(' is never closed" in result.stderr


# --- ∇ of the objective by its own name, and ∇ of a formula written out, inside a line ---------------------------

#: the kernel note's loss and gradient (tests/derivations_cold2/rkhs_note_kernel_mse_sign.md, lines 9 and 14), with
#: its inner product \big< w, \phi(x_i) \big> written \langle w, x_i \rangle (the features φ(x_i) as x_i): its ∇ row
#: is verbatim but for that
RKHS_COST = r"L(w) = \frac{1}{n} \sum_{i=1}^n \frac{1}{2}\big( y_i - \langle w, x_i \rangle \big)^2"
RKHS_WRITTEN = r"\frac{1}{n} \sum_{i=1}^n (y_i - \langle w, x_i \rangle)x_i"


def _rkhs(w, X, y):
    """By hand: (1/n) Σᵢ ½ (yᵢ − w·xᵢ)²."""
    return np.mean(0.5 * (y - X @ w) ** 2)


def test_the_hand_gradient_of_the_kernel_loss():
    """∇L = −(1/n) Σᵢ (yᵢ − w·xᵢ) xᵢ: the note's (1/n) Σᵢ (yᵢ − w·xᵢ) xᵢ is minus it (its sign slip)."""
    generator = np.random.default_rng(11)
    X, y, w = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3)
    written = (y - X @ w) @ X / len(y)
    assert np.allclose(-written, _fd(lambda v: _rkhs(v, X, y), w), rtol=1e-6, atol=1e-8)


def _rkhs_page(head: str, right: str) -> str:
    return display(RKHS_COST) + "and the gradient of this loss is\n" + display(
        f"\\begin{{eqnarray}}\n{head} &= {right}\n\\end{{eqnarray}}")


def test_nabla_of_the_loss_by_its_name_finds_the_sign(tmp_path):
    """∇_w L(w) = (1/n)Σ(yᵢ − ⟨w, xᵢ⟩)xᵢ: L(w) is the objective by its name, and the row is −∇L (by hand): wrong."""
    code, ending, wrong, review = review_of_page(tmp_path, _rkhs_page(r"\nabla_w L(w)", RKHS_WRITTEN))
    assert (code, ending, wrong) == (1, "wrong", [7])
    assert any("gradient of the objective L by the vector w" in note for note in review["notes"])


def test_nabla_of_the_loss_by_its_name_reads_the_right_gradient(tmp_path):
    code, ending, wrong, _ = review_of_page(tmp_path, _rkhs_page(r"\nabla_w L(w)", "-" + RKHS_WRITTEN))
    assert (code, ending, wrong) == (0, "gradient", [])


@pytest.mark.parametrize("head", [
    r"\nabla_w L",  # no argument: L may be one example's loss, as ∂L/∂w without one is
    r"\nabla_x L(w)",  # by the data, not the parameters
    r"\nabla_w L(x)",  # L of the data: not the objective named by its parameters
])
def test_nabla_of_another_name_stays_refused(tmp_path, head):
    result = steps_of_page(tmp_path, _rkhs_page(head, "-" + RKHS_WRITTEN))
    assert result.exit_code == 2
    assert "'\\nabla' is not supported" in result.stderr


def test_nabla_of_a_formula_written_out(tmp_path):
    """∇_w of the loss written out, then −(1/n)Σ(yᵢ − ⟨w, xᵢ⟩)xᵢ (the gradient by hand): read entry by entry, noted."""
    code, ending, wrong, review = review_of_page(tmp_path, display(RKHS_COST) + display(
        r"\nabla_w L(w) = \nabla_w \frac{1}{n} \sum_{i=1}^n \frac{1}{2}\big( y_i - \langle w, x_i \rangle \big)^2 = -"
        + RKHS_WRITTEN))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("gradient of what follows by the vector w" in note for note in review["notes"])


def test_nabla_of_a_formula_with_the_sign_lost_is_wrong(tmp_path):
    code, ending, wrong, _ = review_of_page(tmp_path, display(RKHS_COST) + display(
        r"\nabla_w L(w) = \nabla_w \frac{1}{n} \sum_{i=1}^n \frac{1}{2}\big( y_i - \langle w, x_i \rangle \big)^2 = "
        + RKHS_WRITTEN))
    assert (code, ending, wrong) == (1, "wrong", [5])


@pytest.mark.parametrize("text, words", [
    (r"\nabla_b \frac{1}{2}(y - w^T x - b)^2", "'\\nabla' is not supported"),  # the intercept is a number, not a vector
    (r"\nabla_x \frac{1}{2}(y - w^T x)^2", "'\\nabla' is not supported"),  # by the data
    (r"\nabla \frac{1}{2}(y - w^T x)^2", "'\\nabla' is not supported"),  # by what?
])
def test_nabla_of_a_formula_by_no_parameter_vector_stays_refused(text, words):
    from logderiv.errors import InputError
    from logderiv.notation import parse_text

    with pytest.raises(InputError) as caught:
        parse_text(text, input="latex")
    assert words in str(caught.value)


def test_nabla_of_a_formula_is_its_partial_derivatives():
    """∇_w ½(y − wᵀx)² is ∂/∂wⱼ of the formula parsed alone: the same tree under the derivative, by wⱼ."""
    from logderiv.notation import parse_text

    parsed = parse_text(r"\nabla_w \frac{1}{2}(y - w^T x)^2", input="latex")
    alone = parse_text(r"\frac{1}{2}(y - w^T x)^2", input="latex")
    assert type(parsed.tree).__name__ == "Derivative"
    assert (parsed.tree.wrt.name, parsed.tree.wrt.feature) == ("w", "j")
    assert _unspanned(parsed.tree.body) == _unspanned(alone.tree)
    assert any("gradient of what follows by the vector w" in note for note in parsed.notes)


# --- a book's own macros, never defined on the page ------------------------------------------------------------

#: Gov 2002's OLS notes (tests/derivations_cold5/gov2002_ols_foc_sign.md, line 8, verbatim): \mb{…}, \bigl( … \bigr)
GOV_SSR = r"\sum_{i=1}^{n}\bigl(Y_{i} - \mb{X}_{i}'\mb{b} \bigr)^2"


@pytest.mark.parametrize("text, letter", [
    (r"\sum_i (y_i - \X_i^T \bfbeta)^2", "β"),  # Gov 2002's \X_i and \bfbeta (lines 13-14)
    (r"\sum_i (y_i - \mb{x}_i^T \bmtheta)^2", "θ"),
    (r"\sum_i (y_i - \bfx_i^T \mb{w})^2", "x"),
])
def test_a_macro_that_only_styles_a_letter_is_the_letter(text, letter):
    """Read as the plain letters: the same tree as the sum written with them, and a note names each macro."""
    from logderiv.notation import parse_text

    plain = text.replace(r"\X", "x").replace(r"\bfbeta", r"\beta").replace(r"\mb{x}", "x").replace(r"\bmtheta", r"\theta")
    plain = plain.replace(r"\bfx", "x").replace(r"\mb{w}", "w")
    read, written = parse_text(text, input="latex"), parse_text(plain, input="latex")
    assert _unspanned(read.tree) == _unspanned(written.tree)
    assert any("a macro of the source's own" in note and letter in note for note in read.notes)


def _unspanned(node):
    import dataclasses

    if dataclasses.is_dataclass(node):
        return (type(node).__name__,) + tuple(_unspanned(getattr(node, f.name)) for f in dataclasses.fields(node)
                                              if f.name != "span")
    if isinstance(node, tuple):
        return tuple(_unspanned(item) for item in node)
    return node


@pytest.mark.parametrize("text, words", [
    (r"\bhat", "a hat over a letter its name does not give"),  # β̂ or b̂?
    (r"\fw^T x", "perhaps for a bold w"),  # f is no font's name
    (r"\S", "unknown command '\\S'"),  # LaTeX's own section sign
    (r"\E[(y - w^T x)^2]", "unknown command '\\E'"),  # a book's expectation, not a letter E
    (r"\mb{E}[(y - w^T x)^2]", "unknown command '\\mb'"),  # \mb may be \mathbb: 𝔼, not a letter E
    (r"\bfbetax", "unknown command"),  # not a letter's name after the font
])
def test_a_macro_whose_name_says_more_stays_refused(text, words):
    from logderiv.errors import InputError
    from logderiv.notation import parse_text

    with pytest.raises(InputError) as caught:
        parse_text(text, input="latex")
    assert words in str(caught.value) + (caught.value.hint or "")


# --- a run's typical term between two ellipses, and the counts as Unicode subscripts -----------------------------

#: tests/derivations_cold3/bce_unicode_backtick_steps.md, line 46, verbatim (a Markdown code span)
BCE_Z = "z = w₀x₀ + w₁x₁ + ... + w_j x_j + ... + w_n x_n + b"


def _linear_mse(d):
    """By hand: (1/2m) Σᵢ (w·xᵢ + b − yᵢ)²."""
    return np.mean((d.X @ d.w + d.b - d.y) ** 2) / 2


@pytest.mark.parametrize("run", [
    "w₁x₁ + w₂x₂ + ... + w_j x_j + ... + w_n x_n",  # the note's typical term w_j x_j, in a plain text
    "w₁x₁ + w₂x₂ + … + wⱼxⱼ + … + wₙxₙ",  # all in Unicode: ₙ is _n
    r"w_1x_1 + w_2x_2 + \dots + w_jx_j + \dots + w_nx_n",  # LaTeX
])
def test_a_typical_term_between_two_ellipses_is_one_of_the_run(run):
    """(1/2m) Σ (w₁x₁ + … + w_jx_j + … + wₙxₙ + b − y)² is the linear MSE: its gradient by wⱼ and b, held to FD."""
    from _reading import assert_gradient_read

    cost = f"1/(2m) * sum(({run} + b - y)^2)" if "\\" not in run else \
        rf"\frac{{1}}{{2m}} \sum_{{i=1}}^m ({run} + b - y_i)^2"
    assert_gradient_read(cost, _linear_mse, wrt=("w_j", "b"))


@pytest.mark.parametrize("run, words", [
    # the verbatim line: a run from w₀x₀ (x₀ = 1, a bias) beside its own intercept b is two intercepts
    (BCE_Z.removeprefix("z = "), "numbered from 0"),
    ("w₁x₁ + w₂x₂ + ... + w_j x_k + ... + w_n x_n", "numbered by the number of features"),  # not the run's shape
    ("w₁x₁ + w₂x₂ + ... + w_i x_i + ... + w_n x_n", "numbered by the number of features"),  # i counts examples
    ("w₁x₁ + w₂x₂ + ... + 2w_j x_j + ... + w_n x_n", "numbered by the number of features"),  # another term
    ("w₁x₁ + w₂x₂ + ... + w_j x_j + w_n x_n", "numbered by the number of features"),  # no second ellipsis
])
def test_a_middle_term_that_is_not_the_runs_stays_refused(run, words):
    from logderiv.errors import InputError
    from logderiv.notation import parse_text

    with pytest.raises(InputError) as caught:
        parse_text(f"1/(2m) * sum(({run} - y)^2)")
    assert words in str(caught.value)


def test_unicode_count_subscripts_are_the_written_ones():
    """θₙ, βₚ, yₘ are θ_n, β_p, y_m: the same tree (ₙ, ₚ, ₘ were 'unexpected character')."""
    from logderiv.notation import parse_text

    for unicode, written in (("θ₁x₁ + θ₂x₂ + … + θₙxₙ", "θ₁x₁ + θ₂x₂ + … + θ_n x_n"),
                             ("β₁x₁ + β₂x₂ + … + βₚxₚ", "β₁x₁ + β₂x₂ + … + β_p x_p")):
        assert _unspanned(parse_text(unicode).tree) == _unspanned(parse_text(written).tree)


# --- angle brackets after a size command --------------------------------------------------------------------------

#: tests/derivations_cold2/rkhs_note_kernel_mse_sign.md, line 9, verbatim: the loss with \big< … \big>
RKHS_LINE_9 = r"L(w) = \frac{1}{n} \sum_{i=1}^n \frac{1}{2}\big( y_i - \big< w, \phi(x_i) \big> \big)^2"


def test_big_angle_brackets_are_the_inner_product():
    """\\big< w, x_i \\big> (the note's brackets, its x_i for φ(x_i)) reads as \\langle w, x_i \\rangle does."""
    from logderiv.notation import parse_text

    for written in (r"\big< w, x_i \big>", r"\Bigl< w, x_i \Bigr>"):
        assert _unspanned(parse_text(written, input="latex").tree) == \
            _unspanned(parse_text(r"\langle w, x_i \rangle", input="latex").tree)


def test_the_loss_with_big_angle_brackets_is_the_squared_error():
    """RKHS_LINE_9 with x_i for φ(x_i): (1/n)Σ½(yᵢ − w·xᵢ)², its gradient by wⱼ held to finite differences."""
    from _reading import assert_gradient_read

    cost = RKHS_LINE_9.replace(r"\phi(x_i)", "x_i").replace("L(w) = ", "")
    assert_gradient_read(cost, lambda d: np.mean(0.5 * (d.y - d.X @ d.w) ** 2), wrt=("w_j",))


@pytest.mark.parametrize("text, words", [
    (RKHS_LINE_9, "read only as the inner product of the parameters and an example"),  # φ(x_i): no example read
    (r"\bigr< w, x_i \bigl>", "must be followed by a bracket"),  # a closing size before an opening angle
    (r"\big> w", "closes no"),
])
def test_angle_brackets_that_are_no_inner_product_stay_refused(text, words):
    from logderiv.errors import InputError
    from logderiv.notation import parse_text

    with pytest.raises(InputError) as caught:
        parse_text(text, input="latex")
    assert words in str(caught.value)


# --- the log of a likelihood's product ------------------------------------------------------------------------------

#: the likelihood of tests/derivations_cold4/cn_notes_loglik_repeated_lhs.md, line 9 (verbatim from the \prod on),
#: under the log its next line says the derivation takes (取对数): −(1/m) log L(θ), the logistic cost
CN_PRODUCT = r"\prod_{i=1}^{m}(h_\theta(x^{(i)}))^{y^{(i)}}(1-h_\theta(x^{(i)}))^{(1-y^{(i)})}"


def _logistic(d):
    """By hand: −(1/m) Σ [y log σ(θ·x) + (1 − y) log(1 − σ(θ·x))]."""
    h = 1 / (1 + np.exp(-(d.X @ d.theta)))
    return -np.mean(d.y * np.log(h) + (1 - d.y) * np.log(1 - h))


def test_the_log_of_the_likelihood_is_the_sum_of_the_logs():
    """−(1/m) log(∏ hʸ(1 − h)¹⁻ʸ) is the logistic cost: its gradient held to finite differences of the sum by hand."""
    from _reading import assert_gradient_read

    assert_gradient_read(rf"-\frac{{1}}{{m}}\log\left({CN_PRODUCT}\right)", _logistic,
                         lets=(r"h_\theta(x) = \sigma(\theta^T x)",))


def test_the_log_of_a_product_is_noted():
    from logderiv.notation import parse_text

    parsed = parse_text(rf"\log\left({CN_PRODUCT}\right)", input="latex")
    assert any("the log of a product is the sum of the logs" in note for note in parsed.notes)


@pytest.mark.parametrize("text", [
    r"L(\theta)=" + CN_PRODUCT,  # the verbatim line: a product alone, no log
    r"\log " + CN_PRODUCT,  # no bracket: where does the product end?
    r"\log\left(\prod h_i\right)",  # no limits
    rf"\log\left({CN_PRODUCT}\right)^2",  # a power of the log: (Σ log)² is no Σ (log)²
    rf"\log\left({CN_PRODUCT}\right) y",  # a factor after it, which the sum would take in
    rf"\log\left(2{CN_PRODUCT}\right)",  # the product not the whole bracket
])
def test_a_product_elsewhere_stays_refused(text):
    from logderiv.errors import InputError
    from logderiv.notation import parse_text

    with pytest.raises(InputError) as caught:
        parse_text(text, input="latex")
    assert "'\\prod' is read only" in str(caught.value)


# --- a ')' that closes no '(' ---------------------------------------------------------------------------------------

#: tests/derivations_cold4/cn_notes_loglik_repeated_lhs.md, line 11's right side, verbatim: one ')' too many
CN_LINE_11 = (r"(y\frac{1}{g(\theta^Tx)}-(1-y)\frac{1}{1-g(\theta^Tx)}))\frac{\partial }{\partial \theta_j}"
              r"g(\theta^Tx)")


def test_the_notes_stray_close_is_a_genuine_ambiguity():
    """Dropped, (y/g − (1−y)/(1−g))·g′; with a '(' after y, y·(1/g − (1−y)/(1−g))·g′ — two formulas: refused.

    By hand the two differ: at y = 1, g = 0.5 the first bracket is 2 and the second 2 − 0 = 2, but at y = 0.5,
    g = 0.25 they are 0.5/0.25 − 0.5/0.75 = 4/3 against 0.5·(4 − 0.5/0.75) = 5/3.
    """
    from logderiv.errors import InputError
    from logderiv.notation import parse_text

    y, g = 0.5, 0.25
    assert abs((y / g - (1 - y) / (1 - g)) - y * (1 / g - (1 - y) / (1 - g))) > 0.1
    with pytest.raises(InputError) as caught:
        parse_text(CN_LINE_11, input="latex")
    assert "adding a '(' at column 3 give two formulas" in str(caught.value)


@pytest.mark.parametrize("text, same", [
    (r"\theta_j + \lambda)", r"\theta_j + \lambda"),  # a '(' before θ or before λ: the same sum
    (r"\frac{1}{2m})\sum_{i=1}^m h_i", r"\frac{1}{2m}\sum_{i=1}^m h_i"),  # no '(' before it reads at all but at the start
])
def test_a_stray_close_with_one_meaning_is_read_without_it(text, same):
    from logderiv.notation import parse_text

    read = parse_text(text, input="latex")
    assert _unspanned(read.tree) == _unspanned(parse_text(same, input="latex").tree)
    assert any("closes no '('" in note for note in read.notes)


def test_the_read_stray_close_keeps_the_gradient():
    """(1/2m)) Σ(θᵀx − y)² read without its ')': the linear cost, its gradient held to finite differences."""
    from _reading import assert_gradient_read

    assert_gradient_read(r"\frac{1}{2m})\sum_{i=1}^m (\theta^Tx^{(i)} - y^{(i)})^2",
                         lambda d: np.mean((d.X @ d.theta - d.y) ** 2) / 2)


@pytest.mark.parametrize("text, column", [
    (r"\frac{1}{2}(y - w^T x)^2)", 15),  # ½(y(−wᵀx)²) and ½(y − (wᵀx)²) are other formulas
    (r"-\sum_{i=1}^n ( \phi(x_i)^T \cdot \beta))^2", 1),  # (−Σ …)² against −Σ (…)² (math.stackexchange 2012)
    (r"y - \theta^Tx)^2", 1),  # (y − θᵀx)² or y − (θᵀx)²
    (r"2(y_i - w^T x_i))x_i", 7),  # 2(yᵢ − wᵀxᵢ)xᵢ or 2(yᵢ(−wᵀxᵢ))xᵢ: a '(' before a minus makes a negated factor
    (r"h^{(i)} - y^{(i)})", 9),  # h − y or h(−y)
])
def test_a_stray_close_with_two_meanings_stays_refused(text, column):
    from logderiv.errors import InputError
    from logderiv.notation import parse_text

    with pytest.raises(InputError) as caught:
        parse_text(text, input="latex")
    assert "give two formulas" in str(caught.value) and f"at column {column} " in str(caught.value)


# --- a .tex file with prose around its displays, and a macro named for the cost ---------------------------------------

#: tests/derivations_cold3/epfml_ex02_mse_partials_w0_w1.tex, line 1, verbatim: a sentence before the align
EPFL_PROSE = ("In the lecture, we derived the following expressions for the gradient (the vector of partial "
              "derivatives) of the MSE for linear regression,")
#: its first row, verbatim but for e_n (defined in the sheet, not on the page) written out as the residual it is
EPFL_ROWS = ("\\begin{align}\n\\frac{\\partial \\costfunc (w_0, w_1)}{\\partial w_0}\n"
             "    &= -\\frac{1}{N} \\sum_{n=1}^{N} \\big(y_n - w_0 - w_1 x_{n1}\\big)\n\\end{align}\n")


def test_a_tex_file_with_a_sentence_is_read_as_notes(tmp_path):
    """The sentence is text mode (it was read as maths: 'exp' of "expressions"); ∂L/∂w₀ = −(1/N)Σ(yₙ − w₀ − w₁xₙ₁).

    By hand, L = (1/2N) Σ (yₙ − w₀ − w₁xₙ₁)² (the linear preset) gives ∂L/∂w₀ = −(1/N) Σ (yₙ − w₀ − w₁xₙ₁).
    """
    from click.testing import CliRunner

    from logderiv.cli import main

    generator = np.random.default_rng(5)
    x, y, w = generator.normal(size=7), generator.normal(size=7), generator.normal(size=2)
    cost = lambda v: np.mean((y - v[0] - v[1] * x) ** 2) / 2  # noqa: E731
    assert np.isclose(-np.mean(y - w[0] - w[1] * x), _fd(cost, w)[0])
    path = tmp_path / "sheet.tex"
    path.write_text(EPFL_PROSE + "\n" + EPFL_ROWS, encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "--cost", r"\frac{1}{2N}\sum_{n=1}^N (y_n - w_0 - w_1 x_{n1})^2",
                                       "-f", "json"])
    assert result.exit_code == 0, result.stderr
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient" and not [step for step in review["steps"] if step["valid"] is False]
    assert any("\\costfunc' is read as J" in note for note in review["notes"])


@pytest.mark.parametrize("text, kind", [
    (EPFL_PROSE + "\n" + EPFL_ROWS, "markdown"),
    (EPFL_ROWS, None),  # maths alone: the whole file is maths, as before
    ("% In the lecture, we derived the following\n" + EPFL_ROWS, None),  # a comment is no prose
    ("\\section{The gradient of the MSE}\n" + EPFL_ROWS, None),  # a command's argument is no prose
])
def test_which_tex_files_are_notes(text, kind):
    from logderiv.notation.notes import kind_of_file

    assert kind_of_file("sheet.tex", text) == kind
    assert kind_of_file("sheet.txt", text) is None  # plain text keeps its lines


def test_a_macro_named_for_the_cost_is_j():
    from logderiv.notation import parse_text

    parsed = parse_text(r"\frac{\partial \costfunc (w_0, w_1)}{\partial w_0} = 0", input="latex")
    assert any("'\\costfunc' is read as J" in note for note in parsed.notes)
    with pytest.raises(Exception) as caught:  # a longer name that only starts so is no cost's
        parse_text(r"\costfuncs", input="latex")
    assert "unknown command" in str(caught.value)


# --- \underset{w}{\min}: the minimum's subscript set below it -------------------------------------------------------

@pytest.mark.parametrize("head", [r"\underset{w}{\min}", r"\underset{w}{\arg\min}", r"\underset w{\operatorname {min} }",
                                  r"\underset{w}{\operatorname{argmin}}"])
def test_underset_minimum_opens_the_objective(head):
    """\\underset{w}{\\min} ½Σ(yᵢ − wᵀxᵢ)² is the objective after it, as \\min_w reads: its gradient held to FD.

    (The ridge note's own line, tests/derivations_cold3/notes_l2_ridge_matrix_mislabelled_lasso.md line 4, wraps the
    operator in braces and writes the data matrix as a lowercase x: still refused.)
    """
    from _reading import assert_gradient_read

    assert_gradient_read(head + r" \frac{1}{2}\sum_{i=1}^m (y_i - w^Tx_i)^2",
                         lambda d: 0.5 * np.sum((d.y - d.X @ d.w) ** 2), wrt=("w_j",))


@pytest.mark.parametrize("text", [
    r"\underset{x}{\min} \sum_i (y_i - w^Tx_i)^2",  # over the data: no parameters
    r"\underset{w}{\max} \sum_i (y_i - w^Tx_i)^2",  # a maximum is no cost's
    r"\underset{w}{\min} J(w) = \sum_i (y_i - w^Tx_i)^2",  # '=' after it, as \min_w J(w) = … is refused
    r"{ {\underset w{\operatorname {min} }}(\|y-x\cdot w \|_2^{2}+\lambda \|w \|_2^{2}).}",  # the note's, braced
])
def test_other_undersets_stay_refused(text):
    from logderiv.errors import InputError
    from logderiv.notation import parse_text

    with pytest.raises(InputError) as caught:
        parse_text(text, input="latex")
    assert "\\underset" in str(caught.value)
