"""fixchains41 (issue 10): pages refused "the notes hold N derivations … which one is checked?" read by three
conventions of written notes, each noted, each with its guard.

* A Hessian beside the gradient (cold43 en_qa, a convexity proof): ``H_{jk} = ∂²L/∂w_j∂w_k = …``, then ``H_{jk} = …``,
  ``H = …`` and ``vᵀHv = … = Σ σ(1 − σ)(vᵀx)²``. logderiv checks first derivatives only: the Hessian's chain and the
  displays that state H again or rewrite an expression in it are set aside, not checked (noted); the gradient is read.
* A Bishop-style page (cold43 ja_blog): the model's chain ``y = Σwᵢxᵢ = [w…][x…] = wᵀx`` and the layout ``{\\bf w} =
  [w_0; ⋮], {\\bf x} = […]`` set aside as definitions (the derivation writes wᵀx_n out); the first-order condition's
  equivalent restatement ``\\Leftrightarrow Σ(…)x_{n,i} = 0`` set aside; ∂J/∂w_i with the examples indexed by n read
  with i as the component's index (j).

What the pages mean was worked out by hand in tests/derivations_cold43/expected.txt (gathered blind), never from
logderiv's output; the facts are checked here by central finite differences (tests/_numeric.py).
"""

from __future__ import annotations

from pathlib import Path

import numpy

from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences, sigmoid
from logderiv.notation.component_letter_i import component_letter_i_read
from logderiv.notation.equivalent_conditions import equivalent_conditions_set_aside
from logderiv.notation.model_chain import model_chains_set_aside
from logderiv.notation.second_derivative import second_derivatives_set_aside

_COLD43 = Path(__file__).parent / "derivations_cold43"
# source: public code index file 12761380462 (an English Markdown question bank, "Question 4: Prove that the objective
# function for Logistic Regression is convex…"), as stored in tests/derivations_cold43 (verbatim)
_QA = "en_qa_logistic_convexity_gradient_then_hessian_one_example.md"
# source: public code index file 27001091919 (a Japanese blog post "N次元線形回帰モデル", 2019-11-03, Tatsuroh
# Wakasugi), as stored in tests/derivations_cold43 (verbatim), and its planted copy (x_{n,i} dropped on line 72)
_JA = "ja_blog_n_dim_linear_regression_mse_partial_w_i_two_over_n.md"
_JA_PLANTED = "ja_blog_n_dim_linear_regression_mse_partial_w_i_two_over_n_planted_chain_rule.md"


def _page(name: str) -> str:
    return (_COLD43 / name).read_text(encoding="utf-8")


def _line(number: int) -> str:
    return f"line {number}"


def _row_outcome(name: str) -> tuple[str, str]:
    row = next(row for row in read_table(_COLD43) if row.file == name)
    return outcome(_COLD43, row)


def test_the_facts_by_finite_differences():
    """One example's L = −[y log σ(wᵀx) + (1 − y) log(1 − σ(wᵀx))]: ∂L/∂w = (σ(wᵀx) − y)x, and (σ(wᵀx) + y)x is not.
    J(w) = (1/N)Σₙ(wᵀxₙ − tₙ)²: ∂J/∂wᵢ = (2/N)Σₙ(wᵀxₙ − tₙ)x_{n,i}; the planted (2/N)Σₙ(wᵀxₙ − tₙ) is not."""
    rng = numpy.random.default_rng(41)
    for y in (0.0, 1.0):
        x, w = rng.normal(size=3), rng.normal(size=3)

        def loss(v, x=x, y=y):
            s = sigmoid(x @ v)
            return -(y * numpy.log(s) + (1 - y) * numpy.log(1 - s))

        numeric = central_differences(loss, w)
        assert numpy.allclose(numeric, (sigmoid(x @ w) - y) * x, atol=1e-6)
        assert not numpy.allclose(numeric, (sigmoid(x @ w) + y) * x, atol=1e-3) or y == 0
    X, t, w = rng.normal(size=(7, 3)), rng.normal(size=7), rng.normal(size=3)
    numeric = central_differences(lambda v: numpy.mean((X @ v - t) ** 2), w)
    assert numpy.allclose(numeric, 2 / 7 * X.T @ (X @ w - t), atol=1e-6)
    assert not numpy.allclose(numeric, numpy.full(3, 2 / 7 * numpy.sum(X @ w - t)), atol=1e-3)


def test_the_convexity_page_reads_as_its_row():
    """Ending gradient, no error line (refused before: "'H' already has the index j")."""
    kind, detail = _row_outcome(_QA)
    assert kind == "right", detail


def test_the_convexity_page_notes_the_hessian_set_aside(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _page(_QA))
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = [note for note in review["notes"] if "second derivative" in note]
    assert len(notes) == 1
    assert notes[0].startswith("line 17 states a second derivative, H_{jk} = \\frac{\\partial^2 L}")
    assert "not checked" in notes[0] and "line 20, line 22, line 24, line 26" in notes[0]
    # the gradient's five steps on lines 11–13 are each judged
    assert sorted({step["line"] for step in review["steps"]}) == [11, 12, 13]


def test_a_slip_in_the_gradient_beside_the_hessian_is_wrong_at_its_line(tmp_path):
    """Line 13's last side written (σ(wᵀx) + y)x_j (a sign; not the derivative, by the facts above): wrong at 13."""
    lines = _page(_QA).split("\n")
    assert lines[12].endswith("= (\\sigma(w^T x) - y)x_j $$")
    lines[12] = lines[12].replace("= (\\sigma(w^T x) - y)x_j $$", "= (\\sigma(w^T x) + y)x_j $$")
    code, ending, wrong, _ = _review(tmp_path, "\n".join(lines))
    assert (code, ending, wrong) == (1, "wrong", [13])


_GRADIENT = "$$ \\frac{\\partial L}{\\partial w_j} = (\\sigma(w^T x) - y)x_j $$\n"
_HESSIAN = "$$ H_{jk} = \\frac{\\partial^2 L}{\\partial w_j \\partial w_k} = \\sigma(w^T x)(1-\\sigma(w^T x)) x_j x_k $$\n"


def test_guard_a_hessian_the_derivation_writes_is_left():
    """A kept chain writing H (a Newton step's ∂L/∂w = H w) would lean on a name set aside: nothing is blanked."""
    text = _HESSIAN + "$$ \\frac{\\partial L}{\\partial w_j} = H w = (\\sigma(w^T x) - y)x_j $$\n"
    assert second_derivatives_set_aside(text, _line) == (text, [])


def test_guard_a_hessian_alone_is_left():
    """No first derivative beside it: the second derivative is the page's derivation, left to the readers."""
    text = _HESSIAN + "$$ H = \\sigma(w^T x)(1-\\sigma(w^T x)) x x^T $$\n"
    assert second_derivatives_set_aside(text, _line) == (text, [])


def test_guard_a_second_derivative_named_otherwise_is_left():
    """A = ∂²L/∂w² = …: only H names the Hessian; a chain opening with another name is left to the readers."""
    text = _GRADIENT + "$$ A = \\frac{\\partial^2 L}{\\partial w^2} = x^2 $$\n" + "$$ A = x^2 + 1 $$\n"
    assert second_derivatives_set_aside(text, _line) == (text, [])


def test_an_unnamed_second_derivative_is_set_aside_alone():
    """∂²L/∂w² = x² with no name: that chain alone is set aside (noted); a later A = … is left as written."""
    text = _GRADIENT + "$$ \\frac{\\partial^2 L}{\\partial w^2} = x^2 $$\n" + "$$ A = x^2 + 1 $$\n"
    blanked, notes = second_derivatives_set_aside(text, _line)
    assert len(notes) == 1 and notes[0].startswith("line 2 states a second derivative") and "(the Hessian)" in notes[0]
    assert "A = x^2 + 1" in blanked and "\\partial^2" not in blanked and "\\frac{\\partial L}" in blanked
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")


def test_the_bishop_page_reads_as_its_row():
    kind, detail = _row_outcome(_JA)
    assert kind == "right", detail


def test_the_planted_bishop_page_is_wrong_at_line_72():
    """x_{n,i} dropped on line 72 (chain-rule): its row says wrong at 72."""
    kind, detail = _row_outcome(_JA_PLANTED)
    assert kind == "right", detail
    row = next(row for row in read_table(_COLD43) if row.file == _JA_PLANTED)
    assert (row.ending, row.line) == ("wrong", 72)


def test_the_bishop_page_notes_each_reading(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _page(_JA))
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = review["notes"]
    assert "line 4 states the model y as a sum: a definition, no step; set aside, not checked" in notes
    assert any(note.startswith("line 10 defines the model y and rewrites it into matrix form, … = {\\bf w} "
                               "^\\mathrm{T} {\\bf x}") for note in notes)
    assert any(note.startswith("line 32 lays out w and x as the columns of their components") for note in notes)
    assert any(note.startswith("line 85 restates the condition of the row before it, '= 0'") for note in notes)
    assert any("differentiates by a component of index i (\\partial w_{i}, line 68): i is the component's index"
               in note for note in notes)
    assert sorted({step["line"] for step in review["steps"]}) == [70, 71, 72]


def test_kept_refusal_the_derivation_writes_the_model_name(tmp_path):
    """Line 72 written with y(x_n): the model's name in the derivation, so its chain is not set aside; the refusal
    of several chains stands, naming line 9's chain, caret at line 9."""
    lines = _page(_JA).split("\n")
    lines[71] = lines[71].replace("( {\\bf w} ^\\mathrm{T} {\\bf x}_{n} - t_{n} ) x_{n,i}", "( y(x_{n}) - t_{n} ) x_{n,i}")
    assert "y(x_{n})" in lines[71]
    result = _steps(tmp_path, "\n".join(lines))
    assert result.exit_code == 2
    assert "line 9, column 1" in result.stderr
    assert "the notes hold 4 derivations, each a chain of '=' (line 9, line 31, line 59, line 68)" in result.stderr


def test_kept_refusal_after_the_set_aside_says_what_was_set_aside(tmp_path):
    """The ⇔ row written '= 1' (no restated condition): the arrow is refused at line 85, the message naming the model
    chains set aside first."""
    lines = _page(_JA).split("\n")
    lines[84] = lines[84].replace("&= 0", "&= 1")
    result = _steps(tmp_path, "\n".join(lines))
    assert result.exit_code == 2
    assert "line 85, column 1" in result.stderr
    assert "line 4 states the model y as a sum" in result.stderr
    assert "unknown command '\\Leftrightarrow'" in result.stderr


_MODEL = "$$ y = w_0 x_0 + w_1 x_1 = w^T x $$\n"
_COST = "$$ J(w) = \\frac{1}{N}\\sum_{n=1}^{N}(w^T x_n - t_n)^2 $$\n"


def test_guard_a_model_chain_not_ending_in_the_parameters_is_left():
    text = "$$ y = w_0 x_0 + w_1 x_1 = w_1 x_1 + w_0 x_0 $$\n" + _COST
    assert model_chains_set_aside(text, _line) == (text, [])


def test_guard_a_layout_alone_is_left():
    text = "$$ {\\bf w} = \\left[ \\begin{array}{c} w_0 \\\\ w_1 \\end{array} \\right] $$\n" + _COST
    assert model_chains_set_aside(text, _line) == (text, [])


def test_guard_a_layout_of_other_entries_is_left():
    """A column holding other entries than w's own (x_0 in w's column) is no layout of w: nothing is blanked."""
    text = _MODEL + "$$ {\\bf w} = \\left[ \\begin{array}{c} x_0 \\\\ w_1 \\end{array} \\right] $$\n" + _COST
    blanked, notes = model_chains_set_aside(text, _line)
    assert len(notes) == 1 and notes[0].startswith("line 1 defines the model y")
    assert "{\\bf w} = \\left[" in blanked


def test_guard_the_prose_writing_the_model_name_is_left():
    text = _MODEL + "where $y_n$ is the model's output for example n\n" + _COST
    assert model_chains_set_aside(text, _line) == (text, [])


def test_guard_rows_not_each_equal_to_zero_are_left():
    text = "$$\n\\begin{aligned}\n a &= 0 \\\\\n\\Leftrightarrow b &= 1\n\\end{aligned}\n$$\n"
    assert equivalent_conditions_set_aside(text, _line) == (text, [])


def test_guard_an_equivalence_between_derivatives_is_left():
    text = "$$\n\\begin{aligned}\n \\frac{\\partial J}{\\partial w} &= 0 \\\\\n\\Leftrightarrow w &= 0\n\\end{aligned}\n$$\n"
    assert equivalent_conditions_set_aside(text, _line) == (text, [])


def test_guard_i_stays_the_example_index_where_the_page_sums_over_i():
    text = "$$ \\frac{\\partial J}{\\partial w_i} = \\sum_{i=1}^{N} x_{n,i} + \\sum_{n=1}^{N} t_n $$\n"
    assert component_letter_i_read(text, _line) == (text, [])


def test_guard_i_stays_where_the_page_writes_j():
    text = "$$ \\frac{\\partial J}{\\partial w_i} = \\sum_{n=1}^{N} (w^T x_n - t_n) x_{n,i} w_j $$\n"
    assert component_letter_i_read(text, _line) == (text, [])


def test_i_read_as_j_keeps_lines_and_columns():
    text = "$$ \\frac{\\partial J}{\\partial w_{i}} = \\frac{2}{N}\\sum_{n=1}^{N} (w^T x_n - t_n) x_{n,i} $$\n"
    read, notes = component_letter_i_read(text, _line)
    assert read == text.replace("w_{i}", "w_{j}").replace("x_{n,i}", "x_{n,j}")
    assert len(read) == len(text) and len(notes) == 1 and "2 subscripts i respelled j" in notes[0]


# a near miss written for the guard: one example's loss summed over n, the FEATURES (w_n x_n), and the derivative by
# w_i — i is still the component's index; n is read by what it indexes (features here), not as the examples
_ONE_EXAMPLE = ("$$ L(w) = \\frac{1}{2}\\left(\\sum_{n=1}^{N} w_n x_n - y\\right)^2 $$\n\n"
                "$$ \\frac{\\partial L}{\\partial w_i} = \\left(\\sum_{n=1}^{N} w_n x_n - y\\right) {last} $$\n")


def test_one_example_summed_over_features_reads_i_as_the_component(tmp_path):
    """∂/∂wᵢ ½(Σₙ wₙxₙ − y)² = (Σₙ wₙxₙ − y)xᵢ (finite differences); without xᵢ it is wrong, at line 3."""
    rng = numpy.random.default_rng(4141)
    x, w, y = rng.normal(size=4), rng.normal(size=4), 0.3
    numeric = central_differences(lambda v: 0.5 * (v @ x - y) ** 2, w)
    assert numpy.allclose(numeric, (w @ x - y) * x, atol=1e-6)
    assert not numpy.allclose(numeric, numpy.full(4, w @ x - y), atol=1e-3)
    code, ending, wrong, review = _review(tmp_path, _ONE_EXAMPLE.replace("{last}", "x_i"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("never over i" in note and "read as j" in note for note in review["notes"])
    code, ending, wrong, _ = _review(tmp_path, _ONE_EXAMPLE.replace("{last}", ""))
    assert (code, ending, wrong) == (1, "wrong", [3])
