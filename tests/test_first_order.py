"""Issue 10, session 21: a derivation's last '= 0' after a side that IS the gradient is the first-order condition.

A writer who ends ``∇L = −2Xᵀ(y − Xw) = −2Xᵀy + 2XᵀXw = 0`` or ``… = (1/m)Σ(h − y)xⱼ = 0`` sets the gradient to
zero to solve for the minimum: an equation, not an identity, so not a step a careful reader calls wrong. One rule
in matrix and index form, whatever the layout (on the gradient's line or ``&= 0`` on a row of its own), noted at
the zero's line. Pages that mean something else stay judged as written: a zero after a side that is not the
gradient, a zero in the middle of a chain, ``∂J/∂θⱼ = 0`` claimed outright.

What each page means was worked by hand, and the facts it rests on are checked here by central finite differences
with NumPy (never by logderiv): for L(w) = (y − Xw)ᵀ(y − Xw), ∇L = −2Xᵀ(y − Xw) = −2Xᵀy + 2XᵀXw, not zero at a
random w, and −2Xᵀy − 2XᵀXw is not it; for J(θ) = (1/2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², ∂J/∂θⱼ = (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾,
not zero, and (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) (xⱼ dropped) is not it; for the logistic cost, ∂J/∂θⱼ = (1/m)Σ(h − y)xⱼ.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

from logderiv.verify.optimality import writes_zero_alone

_TESTS = Path(__file__).parent
_OBSIDIAN = _TESTS / "derivations_cold2" / "obsidian_ols_nabla_set_zero.md"
_KOREAN = _TESTS / "derivations_real" / "ko_blog_parellada_set_to_zero.md"
_LSQ = _TESTS / "derivations_cold19" / "cn_blog_lsq_matrix_rules_foc.md"

_NOTE = "the last '= 0' sets the gradient on its left to zero, the first-order condition"

#: J(θ) = (1/2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², the cost of every index-form page below
_LINEAR = r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m \left(\theta^T x^{(i)} - y^{(i)}\right)^2$$" + "\n"
#: its derivative by θⱼ, worked by hand (checked below by finite differences)
_PARTIAL = r"\frac{1}{m}\sum_{i=1}^m \left(\theta^T x^{(i)} - y^{(i)}\right) x_j^{(i)}"
#: the same with xⱼ⁽ⁱ⁾ dropped: not the derivative
_NO_X = r"\frac{1}{m}\sum_{i=1}^m \left(\theta^T x^{(i)} - y^{(i)}\right)"
_BY = r"\frac{\partial J}{\partial \theta_j}"


def _lines(page: Path, **lines: str) -> str:
    """``page``'s text with some of its lines (``line_10="…"``, 1-based) written otherwise."""
    text = page.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
    for key, line in lines.items():
        text[int(key.split("_")[1]) - 1] = line
    return "\n".join(text)


def _noted_at(review: dict, line: int) -> bool:
    return any(note.startswith(f"line {line}: {_NOTE}") for note in review["notes"])


def test_the_facts_by_finite_differences():
    """The gradients the pages are judged against, and that none is zero where the pages are checked."""
    generator = numpy.random.default_rng(21)
    X, y, w = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3)
    least_squares = central_differences(lambda v: (y - X @ v) @ (y - X @ v), w)
    assert numpy.allclose(least_squares, -2 * X.T @ (y - X @ w), atol=1e-5)
    assert numpy.allclose(least_squares, -2 * X.T @ y + 2 * X.T @ X @ w, atol=1e-5)
    assert not numpy.allclose(least_squares, 0, atol=1e-2)  # '= 0' is no identity in w
    assert not numpy.allclose(least_squares, -2 * X.T @ y - 2 * X.T @ X @ w, atol=1e-2)  # the planted sign
    theta = generator.normal(size=3)
    linear = central_differences(lambda t: ((X @ t - y) ** 2).sum() / (2 * 6), theta)
    residual = X @ theta - y
    assert numpy.allclose(linear, X.T @ residual / 6, atol=1e-6)
    assert not numpy.allclose(linear, 0, atol=1e-2)
    assert not numpy.allclose(linear, residual.mean(), atol=1e-2)  # xⱼ dropped
    labels = generator.integers(0, 2, size=6).astype(float)

    def logistic(t):
        h = 1 / (1 + numpy.exp(-(X @ t)))
        return -(labels * numpy.log(h) + (1 - labels) * numpy.log(1 - h)).mean()

    h = 1 / (1 + numpy.exp(-(X @ theta)))
    assert numpy.allclose(central_differences(logistic, theta), X.T @ (h - labels) / 6, atol=1e-6)
    assert not numpy.allclose(X.T @ (h - labels) / 6, 0, atol=1e-2)


# the zero vector in bold (\mathbf{0}, \vec 0) is the gradient set to zero too (fixfoc29: "∇J = Xᵀ(Xθ − y) =
# \mathbf{0}" was judged a wrong step); the side before it must still hold the gradient exactly
@pytest.mark.parametrize("text", ["0", " 0 ", "0.", "0,", r"\mathbf{0}", r"\vec 0", r"\boldsymbol{0}"])
def test_a_zero_alone_is_read_so(text):
    assert writes_zero_alone(text)


@pytest.mark.parametrize("text", ["0.5", "10", "00", r"\mathbf{0x}", "0x", "2 \\cdot 0", ""])
def test_anything_more_is_not_a_zero_alone(text):
    assert not writes_zero_alone(text)


# -- the real pages, as worked by hand -------------------------------------------------------------


@pytest.mark.parametrize(("folder", "name"), [("derivations_cold2", _OBSIDIAN.name),
                                              ("derivations_real", _KOREAN.name),
                                              ("derivations_cold19", _LSQ.name)])
def test_the_real_pages_end_at_the_gradient(folder, name):
    """Each page's row of its expected.txt (cold2's and real's changed in session 21): gradient, no wrong step."""
    row = next(row for row in read_table(_TESTS / folder) if row.file == name)
    assert (row.ending, row.line) == ("gradient", None)
    kind, detail = outcome(_TESTS / folder, row)
    assert kind == "right", detail


def test_the_obsidian_row_of_its_own_is_set_aside(tmp_path):
    """cold2's '&= 0' on line 11 under −2Xᵀy + 2XᵀXw (line 10, the gradient): lines 9 and 10 are the steps."""
    code, ending, wrong, review = _review(tmp_path, _OBSIDIAN.read_text(encoding="utf-8"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["line"] for step in review["steps"]][-2:] == [9, 10]
    assert _noted_at(review, 11)


def test_the_korean_index_form_zero_is_set_aside(tmp_path):
    """real's '\\small= 0' on line 44 after (1/m)Σ(h − y)xⱼ (line 43): the derivation ends on line 43."""
    code, ending, wrong, review = _review(tmp_path, _KOREAN.read_text(encoding="utf-8"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert review["steps"][-1]["line"] == 43
    assert _noted_at(review, 44)


# -- pages that mean something else ----------------------------------------------------------------


def test_a_zero_after_a_wrong_matrix_gradient_stays_a_step(tmp_path):
    """Line 10 written −2Xᵀy − 2XᵀXw (a sign lost): wrong there, and the '&= 0' after it is judged too."""
    page = _lines(_OBSIDIAN, line_10=r"&= -2X^Ty - 2X^TXw \\")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [10])
    assert review["steps"][-1]["line"] == 11
    assert not any(_NOTE in note for note in review["notes"])


def test_a_zero_in_the_middle_of_a_matrix_chain_is_a_step(tmp_path):
    """'&= 0' between the two gradient rows is not the last side: judged, wrong at its line (10)."""
    page = _lines(_OBSIDIAN, line_10=r"&= 0 \\", line_11=r"&= -2X^Ty + 2X^TXw\end{align*}$$")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, wrong) == (1, [10])
    assert not any(_NOTE in note for note in review["notes"])


def test_an_index_form_zero_on_the_gradients_line(tmp_path):
    """∂J/∂θⱼ = (1/m)Σ(θᵀx − y)xⱼ = 0 "to minimise the cost": the gradient, the zero noted at line 3."""
    page = _LINEAR + "To minimise the cost, set its derivative to zero:\n" + f"$${_BY} = {_PARTIAL} = 0$$\n"
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert _noted_at(review, 3)


def test_an_index_form_zero_on_a_row_of_its_own(tmp_path):
    """'&= 0' on line 5 under the component's rows: the same condition, set aside, the derivation ending on line 4."""
    page = _LINEAR + (r"$$\begin{aligned}" + "\n"
                      rf"{_BY} &= \frac{{1}}{{2m}}\sum_{{i=1}}^m 2\left(\theta^T x^{{(i)}} - y^{{(i)}}\right) x_j^{{(i)}} \\"
                      "\n" rf"&= {_PARTIAL} \\" "\n" r"&= 0" "\n" r"\end{aligned}$$" "\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert review["steps"][-1]["line"] == 4
    assert _noted_at(review, 5)


def test_a_zero_after_a_component_that_is_not_the_derivative_stays_a_step(tmp_path):
    """(1/m)Σ(θᵀx − y) = 0, xⱼ dropped: that side is wrong, and the zero after it is still a step of its own."""
    page = _LINEAR + f"$${_BY} = {_NO_X} = 0$$\n"
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [2])
    assert [step["valid"] for step in review["steps"]][-2:] == [False, False]
    assert not any(_NOTE in note for note in review["notes"])


def test_a_derivative_claimed_zero_outright_is_wrong(tmp_path):
    """∂J/∂θⱼ = 0 with no side worked out: a claim about the derivative, not zero (the facts), so wrong."""
    code, ending, wrong, review = _review(tmp_path, _LINEAR + f"$${_BY} = 0$$\n")
    assert (code, ending, wrong) == (1, "wrong", [2])
    assert not any(_NOTE in note for note in review["notes"])


def test_a_zero_after_a_side_still_holding_a_derivative_stays_a_step(tmp_path):
    """(1/2m)Σ ∂/∂θⱼ(θᵀx − y)² = 0: that side is right but not worked out, so the zero is judged: wrong."""
    side = r"\frac{1}{2m}\sum_{i=1}^m \frac{\partial}{\partial \theta_j}\left(\theta^T x^{(i)} - y^{(i)}\right)^2"
    code, ending, wrong, review = _review(tmp_path, _LINEAR + f"$${_BY} = {side} = 0$$\n")
    assert (code, ending, wrong) == (1, "wrong", [2])
    assert [step["valid"] for step in review["steps"]][-2:] == [True, False]
    assert not any(_NOTE in note for note in review["notes"])


def test_a_zero_in_the_middle_of_an_index_chain_is_a_step(tmp_path):
    """(1/m)Σ(θᵀx − y)xⱼ, then '&= 0', then the same sum again: the zero is judged, wrong at line 4."""
    page = _LINEAR + (r"$$\begin{aligned}" + "\n" rf"{_BY} &= {_PARTIAL} \\" "\n" r"&= 0 \\" "\n"
                      rf"&= {_PARTIAL}" "\n" r"\end{aligned}$$" "\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, wrong) == (1, [4])
    assert not any(_NOTE in note for note in review["notes"])


@pytest.mark.parametrize("form", ["json", "text", "markdown", "latex"])
def test_the_condition_is_noted_in_every_format(tmp_path, form):
    """The note names the zero's line in each output format (index form; matrix form: tests/test_fixcold19.py)."""
    page = _LINEAR + "To minimise the cost, set its derivative to zero:\n" + f"$${_BY} = {_PARTIAL} = 0$$\n"
    result = _steps(tmp_path, page, "-f", form, "--timeout", "60")
    assert result.exit_code == 0, (result.output, result.stderr)
    said = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout
    assert f"line 3: {_NOTE}" in " ".join(said.replace("\\", "").split())


# -- session focsolve: lines after the zero that solve it (the normal equations) --------------------------------

#: the classic least-squares page: the gradient, '= 0', then the normal equations solving it for w
_NORMAL = ("$$L(w) = (y - Xw)^T(y - Xw)$$\n"
           "$$\\nabla_w L = -2X^T(y - Xw) = -2X^Ty + 2X^TXw = 0$$\nso\n$$X^TXw = X^Ty$$\n")
_SOLVED = "solves the first-order condition of line 2"


def test_the_solving_facts_by_finite_differences():
    """By hand: XᵀXw − Xᵀy = ½∇L at every w, so XᵀXw = Xᵀy has ∇L = 0's solutions; XᵀXw = −Xᵀy (a sign slip) is
    not met at the minimiser w*; index form: Σ θᵀx⁽ⁱ⁾xⱼ⁽ⁱ⁾ − Σ y⁽ⁱ⁾xⱼ⁽ⁱ⁾ = m ∂J/∂θⱼ."""
    generator = numpy.random.default_rng(7)
    X, y, w = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3)
    gradient = central_differences(lambda v: (y - X @ v) @ (y - X @ v), w)
    assert numpy.allclose(X.T @ X @ w - X.T @ y, gradient / 2, atol=1e-5)
    minimiser = numpy.linalg.lstsq(X, y, rcond=None)[0]
    assert numpy.allclose(central_differences(lambda v: (y - X @ v) @ (y - X @ v), minimiser), 0, atol=1e-5)
    assert not numpy.allclose(X.T @ X @ minimiser + X.T @ y, 0, atol=1e-2)  # the slip misses the minimum
    linear = central_differences(lambda t: ((X @ t - y) ** 2).sum() / (2 * 6), w)
    assert numpy.allclose(X.T @ (X @ w) - X.T @ y, 6 * linear, atol=1e-5)


def test_the_normal_equations_after_the_zero_are_checked_not_judged_as_the_gradient(tmp_path):
    """The page once 'wrong at line 2:50': the zero is the condition, line 4 solves it (checked), ending at line 2."""
    code, ending, wrong, review = _review(tmp_path, _NORMAL)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["line"] for step in review["steps"]] == [1, 2, 2]
    assert any(note.startswith("line 2: the '= 0' sets the gradient") for note in review["notes"])
    assert any(note.startswith(f"line 4 {_SOLVED}") and "(1/2 ∇J)" in note and "checked" in note
               for note in review["notes"])


def test_a_sign_slip_in_the_normal_equations_is_the_wrong_step(tmp_path):
    """XᵀXw = −Xᵀy: its solutions are not the minimum's (checked above): wrong at line 4, never 'every step holds'."""
    code, ending, wrong, review = _review(tmp_path, _NORMAL.replace("= X^Ty$$", "= -X^Ty$$"))
    assert (code, wrong) == (1, [4])
    assert not any(_SOLVED in note for note in review["notes"])


def test_a_dropped_term_in_the_normal_equations_is_the_wrong_step(tmp_path):
    """XᵀXw = 0 (Xᵀy dropped): no fixed multiple of ∇L (lhs − rhs is ½∇L + Xᵀy): wrong at line 4."""
    code, _, wrong, _ = _review(tmp_path, _NORMAL.replace("= X^Ty$$", "= 0$$"))
    assert (code, wrong) == (1, [4])


def test_the_inverse_after_the_normal_equations_is_checked_as_their_solution(tmp_path):
    """w = (XᵀX)⁻¹Xᵀy: read since fixcold33a (an inverse of a matrix of the data), and checked to be ∇J = 0's one
    solution (it was refused, exit 2, while the matrix reader read no inverse)."""
    code, ending, wrong, review = _review(tmp_path, _NORMAL + "$$w = (X^TX)^{-1}X^Ty$$\n")
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("an invertible matrix times ∇J" in note for note in review["notes"])


def test_a_wrong_inverse_after_the_normal_equations_is_a_wrong_step(tmp_path):
    """w = (XᵀX)⁻¹Xᵀ(−y): not ∇J = 0's solution, wrong on its line."""
    code, ending, wrong, review = _review(tmp_path, _NORMAL + "$$w = -(X^TX)^{-1}X^Ty$$\n")
    assert code == 1 and wrong == [5]


def test_the_index_form_solving_line_is_set_aside_unchecked(tmp_path):
    """(1/m)Σ(θᵀx − y)xⱼ = 0, then Σ θᵀx xⱼ = Σ y xⱼ: ends at the gradient, and the note says NOT CHECKED."""
    page = _LINEAR + (f"$${_BY} = {_PARTIAL} = 0$$\nso\n"
                      r"$$\sum_{i=1}^m \theta^T x^{(i)} x_j^{(i)} = \sum_{i=1}^m y^{(i)} x_j^{(i)}$$" "\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["line"] for step in review["steps"]] == [2, 2]
    assert any(note.startswith(f"line 4 {_SOLVED}") and "NOT CHECKED" in note for note in review["notes"])


def test_a_zero_after_a_side_that_is_not_the_gradient_then_equations_stays_a_step(tmp_path):
    """(1/m)Σ(θᵀx − y) (xⱼ dropped, not the gradient) = 0, then an equation: wrong at line 2, no condition note."""
    page = _LINEAR + (f"$${_BY} = {_NO_X} = 0$$\nso\n"
                      r"$$\sum_{i=1}^m \theta^T x^{(i)} = \sum_{i=1}^m y^{(i)}$$" "\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, wrong) == (1, [2])
    assert not any("first-order condition" in note for note in review["notes"])


@pytest.mark.parametrize("form", ["text", "markdown", "latex"])
def test_the_solving_note_is_in_every_format(tmp_path, form):
    """The checked note on the normal equations in each text format (JSON: above)."""
    result = _steps(tmp_path, _NORMAL, "-f", form, "--timeout", "60")
    assert result.exit_code == 0, (result.output, result.stderr)
    assert f"line 4 {_SOLVED}" in " ".join(result.stdout.replace("\\", "").split())


def test_the_normal_equations_of_a_mean_cost_are_m_times_the_gradient(tmp_path):
    """J = (1/2m)‖Xθ − y‖², ∇J = (1/m)Xᵀ(Xθ − y) = 0, so XᵀXθ = Xᵀy: lhs − rhs = m∇J, a number at each size (not
    one number at all sizes: the check once called this right page wrong by asking for one)."""
    generator = numpy.random.default_rng(11)
    X, y, theta = generator.normal(size=(5, 2)), generator.normal(size=5), generator.normal(size=2)
    gradient = central_differences(lambda t: (X @ t - y) @ (X @ t - y) / (2 * 5), theta)
    assert numpy.allclose(X.T @ X @ theta - X.T @ y, 5 * gradient, atol=1e-5)
    page = ("$$J(\\theta) = \\frac{1}{2m}(X\\theta - y)^T(X\\theta - y)$$\n"
            "$$\\nabla_\\theta J = \\frac{1}{m}X^T(X\\theta - y) = 0$$\nso\n$$X^TX\\theta = X^Ty$$\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith(f"line 4 {_SOLVED}") and "(m ∇J)" in note for note in review["notes"])


def test_an_index_form_slip_after_the_zero_is_never_passed_silently(tmp_path):
    """Σ θᵀx xⱼ = −Σ y xⱼ (a sign slip: not m ∂J/∂θⱼ, checked above) is set aside unchecked, and the note says so."""
    page = _LINEAR + (f"$${_BY} = {_PARTIAL} = 0$$\nso\n"
                      r"$$\sum_{i=1}^m \theta^T x^{(i)} x_j^{(i)} = -\sum_{i=1}^m y^{(i)} x_j^{(i)}$$" "\n")
    code, _, wrong, review = _review(tmp_path, page)
    assert wrong == [] and code == 0
    assert any(note.startswith(f"line 4 {_SOLVED}") and "NOT CHECKED" in note for note in review["notes"])
