"""fixcold16 (issue 10): cold16's blind derivations — rules a careful reader uses, and pages that mean something else.

What each page means was worked by hand (tests/derivations_cold16/expected.txt, never logderiv's output), and the fact
the pages rest on is checked here by central finite differences with NumPy: for the mean cross-entropy
J(θ) = −(1/m)Σ[y log σ(θᵀx) + (1 − y) log(1 − σ(θᵀx))], ∂J/∂θⱼ = (1/m)Σ(σ(θᵀx) − y)xⱼ, never its negative (the
flipped page below), and J itself is not ∂J/∂θⱼ (the Obsidian note's first step, wrong).

The rules: a ``\\text`` with no braces takes the one letter after it, as TeX does, on its line or the next; the last
rows of an ``align`` that define a name the rows above use (the model h_θ(x⁽ⁱ⁾) = …) are that definition, not steps;
in h_θ's definition a capital Θ with no θ of its own is the θ the model is named by.
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

from logderiv.errors import InputError
from logderiv.notation import latex

_COLD16 = Path(__file__).parent / "derivations_cold16"
_OBSIDIAN = "de_obsidian_logreg_J_equals_partial.md"

#: the Obsidian note's layout: ∂J/∂θⱼ in the align's first row, a stray \text, then the model's row
_ALIGN = ("$$\n\\begin{align*}\n\\frac{\\partial J}{\\partial\\theta_{j}}&= \\frac{1}{m}\\sum^{m}_{i=1}RESIDUAL"
          "\\cdot x_{j}^{(i)}\\\\\n\\text\nh_{\\theta}(x^{(i)})&= \\frac{1}{1+e^{-\\Theta^{T}\\cdot x}}\n"
          "\\end{align*}\n$$\n")


def _sigmoid(z):
    return 1 / (1 + numpy.exp(-z))


def test_the_facts_by_finite_differences():
    generator = numpy.random.default_rng(16)
    X, y = generator.normal(size=(6, 3)), generator.integers(0, 2, size=6).astype(float)
    m = len(y)

    def cost(theta):
        h = _sigmoid(X @ theta)
        return -(y * numpy.log(h) + (1 - y) * numpy.log(1 - h)).sum() / m

    theta = numpy.array([0.2, -0.5, 0.7])
    numeric = central_differences(cost, theta)
    residual = _sigmoid(X @ theta) - y
    assert numpy.allclose(numeric, X.T @ residual / m, atol=1e-6)  # the note's right side, (1/m)Σ(h − y)xⱼ
    assert not numpy.allclose(numeric, -X.T @ residual / m, atol=1e-3)  # the flipped page's (y − h)
    assert not numpy.isclose(cost(theta), numeric[1], atol=1e-3)  # J = ∂J/∂θⱼ, the note's first step, is wrong


def test_cold16_obsidian_note_reads_as_worked_by_hand():
    """By hand: line 5's J = ∂J/∂θⱼ is the first wrong step (a label slip), and its last side is the gradient."""
    row = next(row for row in read_table(_COLD16) if row.file == _OBSIDIAN)
    assert outcome(_COLD16, row) == ("right", "")


def test_the_models_definition_is_noted_in_every_format(tmp_path):
    text = (_COLD16 / _OBSIDIAN).read_text(encoding="utf-8")
    for form in ("json", "text", "markdown"):
        result = _steps(tmp_path, text, "-f", form, "--cost", "logistic", "--timeout", "60")
        assert result.exit_code == 1, result.output
        notes = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout
        # Markdown escapes the name's underscore (h\_{\theta}): the words around it are the note's in every format
        assert "line 7 defines h" in notes and "beside the derivation" in notes and "read as --let" in notes, form


@pytest.mark.parametrize("residual, ending, wrong", [
    # by hand (the facts above): (1/m)Σ(h − y)xⱼ is ∂J/∂θⱼ, (1/m)Σ(y − h)xⱼ its negative
    ("(h_{\\theta}(x^{(i)})-y^{(i)})", "gradient", []),
    ("(y^{(i)}-h_{\\theta}(x^{(i)}))", "wrong", [3]),
])
def test_the_model_row_after_the_derivation_is_no_step(tmp_path, residual, ending, wrong):
    """The model's row defines h; read as a step it was equated with the gradient above it. The flipped residual is
    still wrong: the definition does not hide a slip in the derivation."""
    _, got_ending, got_wrong, review = _review(tmp_path, _ALIGN.replace("RESIDUAL", residual))
    assert (got_ending, got_wrong) == (ending, wrong)
    assert [step["line"] for step in review["steps"]] == [3]  # line 5's model is no step


def test_an_unbraced_text_takes_the_next_letter_only():
    parsed = latex.parse("\\text\nh_{\\theta}(x)")
    assert "'\\text h' is read as h" in " ".join(parsed.notes)
    for text in ("\\text\n", "\\text 2", "\\text\\alpha"):
        with pytest.raises(InputError, match="needs an argument in braces"):
            latex.parse(text)


def test_a_capital_theta_beside_a_theta_of_its_own_stays_refused():
    """h_θ(x) = Θᵀx + θ₀ writes θ in its body too: Θ may be another quantity (a weight matrix), as before."""
    with pytest.raises(InputError, match="beside a lowercase"):
        latex.parse("h_{\\theta}(x) = \\Theta^T x + \\theta_0")
    parsed = latex.parse("h_{\\theta}(x) = \\frac{1}{1+e^{-\\Theta^{T} x}}")
    assert "names the model of θ" in " ".join(parsed.notes)


def test_a_derivative_by_a_transposed_vector_is_refused_naming_the_transpose(tmp_path):
    """The pastebin solution's ∂L/∂wᵀ: the T is a transpose (the derivative laid out as a row), not an example's index
    or a power, and the refusal says so; a power under the ∂ (∂w²) keeps the message naming those readings."""
    row = next(row for row in read_table(_COLD16) if row.file.startswith("pastebin_logloss"))
    kind, message = outcome(_COLD16, row)
    assert kind == "refused" and "a derivative by a transposed vector" in message
    for written in ("w^T", "w^\\top", "w^{T}"):
        with pytest.raises(InputError, match="transposed vector"):
            latex.parse(f"\\frac{{\\partial L}}{{\\partial {written}}} = x")
    with pytest.raises(InputError, match="n-th example's w"):
        latex.parse("\\frac{\\partial L}{\\partial w^2} = x")


#: the likelihood, its log l, the cost J = −l (a sum, no 1/m) and ∂J/∂wⱼ, as cold16's luweiagi note lays them out
_LIKELIHOOD_PAGE = r"""The likelihood:
$$
L(w)=\prod_{i=1}^m p(y^{(i)}|x^{(i)};w)=\prod_{i=1}^m \sigma(w^Tx^{(i)})^{y^{(i)}}(1-\sigma(w^Tx^{(i)}))^{1-y^{(i)}}
$$
Its log:
$$
l(w)=\text{ln}L(w)=\sum_{i=1}^m\left(y^{(i)}\ln\sigma(w^Tx^{(i)})+(1-y^{(i)})\ln(1-\sigma(w^Tx^{(i)}))\right)
$$
The cost:
$$
J(w)=-l(w)=-\sum_{i=1}^m\left(y^{(i)}\ln\sigma(w^Tx^{(i)})+(1-y^{(i)})\ln(1-\sigma(w^Tx^{(i)}))\right)
$$
Its derivative:
$$
\frac{\partial J(w)}{\partial w_j}=-\sum_{i=1}^m\left(RESIDUAL\right)x_j^{(i)}
$$
"""


def test_the_summed_cost_by_finite_differences():
    """J(w) = −Σ[y ln σ(wᵀx) + (1 − y) ln(1 − σ(wᵀx))] has ∂J/∂wⱼ = −Σ(y − σ(wᵀx))xⱼ; (σ + y) in its place is not."""
    generator = numpy.random.default_rng(161)
    X, y = generator.normal(size=(5, 3)), generator.integers(0, 2, size=5).astype(float)

    def cost(w):
        h = _sigmoid(X @ w)
        return -(y * numpy.log(h) + (1 - y) * numpy.log(1 - h)).sum()

    w = numpy.array([0.3, 0.1, -0.6])
    numeric = central_differences(cost, w)
    assert numpy.allclose(numeric, -X.T @ (y - _sigmoid(X @ w)), atol=1e-6)
    assert not numpy.allclose(numeric, -X.T @ (_sigmoid(X @ w) + y), atol=1e-3)


@pytest.mark.parametrize("residual, ending, wrong", [
    ("y^{(i)}-\\sigma(w^Tx^{(i)})", "gradient", []),
    ("\\sigma(w^Tx^{(i)})+y^{(i)}", "wrong", [15]),
])
def test_the_log_likelihood_the_cost_negates_is_where_it_comes_from(tmp_path, residual, ending, wrong):
    """l(w) = ln L(w) = Σ … and J(w) = −l(w) = −Σ …: the log-likelihood's chain is set aside (noted), the cost's is
    its definition; read as chains of their own the page was refused as several derivations."""
    _, got_ending, got_wrong, review = _review(tmp_path, _LIKELIHOOD_PAGE.replace("RESIDUAL", residual))
    assert (got_ending, got_wrong) == (ending, wrong)
    notes = " ".join(review["notes"])
    assert "line 7 defines the log-likelihood l, whose negative line 11 takes to define the cost" in notes
    assert "-l(w) says the cost is the negative of the log-likelihood" in notes


def test_the_luweiagi_note_is_refused_at_its_malformed_step():
    """By hand its line 50 writes φ(z)/∂wⱼ for ∂z/∂wⱼ, no derivative; the page now reaches that line, and is refused
    there (exit 2), never called right or wrong by a guess at what the writer meant."""
    row = next(row for row in read_table(_COLD16) if row.file.startswith("cn_luweiagi"))
    kind, message = outcome(_COLD16, row)
    assert kind == "refused" and "line 50" in message and "'\\partial' outside a derivative" in message


def test_a_cost_that_negates_no_log_likelihood_is_read_as_before(tmp_path):
    """l(w) = Σ(wᵀx − y)² is no log of a likelihood: J(w) = −l(w) = … beside it is not read as its negation, and
    the page stays refused as two chains (which one is derived is not said)."""
    page = _LIKELIHOOD_PAGE.replace(
        "l(w)=\\text{ln}L(w)=\\sum_{i=1}^m\\left(y^{(i)}\\ln\\sigma(w^Tx^{(i)})+(1-y^{(i)})\\ln(1-\\sigma(w^Tx^{(i)}))\\right)",
        "l(w)=\\sum_{i=1}^m(w^Tx^{(i)}-y^{(i)})^2=\\sum_{i=1}^m(y^{(i)}-w^Tx^{(i)})^2")
    result = _steps(tmp_path, page.replace("RESIDUAL", "y^{(i)}-\\sigma(w^Tx^{(i)})"))
    assert result.exit_code == 2 and "derivations" in result.stderr


def test_a_cost_in_an_undefined_letter_is_refused_naming_the_letter(tmp_path):
    """The deeplearning.ai note's L(a, y) = −y ln a − (1 − y) ln(1 − a) is differentiated by z through ∂a/∂z = σ′(z),
    but no line defines a = σ(z): refused (a 'verified' 0 otherwise), naming a as the letter not defined in z."""
    from click.testing import CliRunner

    from logderiv.cli import main

    row = next(row for row in read_table(_COLD16) if row.file.startswith("dlnotes_bce"))
    kind, message = outcome(_COLD16, row)
    assert kind == "refused" and "it is written in a, not defined as a function of z" in message
    result = CliRunner().invoke(main, ["derive", "-(y log(a) + (1-y) log(1-a))", "--wrt", "z"])
    assert result.exit_code == 2 and "written in a, not defined as a function of z" in result.stderr


def test_a_mark_on_the_data_with_a_braced_subscript_is_the_datas():
    """X_{b}^{(i)}: TeX sets ^{(i)} on X (its scripts both X's), so the refusal is of the unknown subscript b, the
    data with a column of ones, not of an iterate mark on a parameter b; θ^{(t)}, a parameter's iterate, is read."""
    row = next(row for row in read_table(_COLD16) if row.file.startswith("cn_nb"))
    kind, message = outcome(_COLD16, row)
    assert kind == "refused" and "'X_b' may be the data with a column of ones" in message
    for text in ("X_{b}^{(i)}\\theta", "X_b\\theta"):
        with pytest.raises(InputError, match="unknown index 'b'"):
            latex.parse(text)
    with pytest.raises(InputError, match="unknown index 'b'$|unknown index 'b' "):
        latex.parse("y_{b}")
    assert "iterate" in " ".join(latex.parse("\\theta^{(t)} x").notes)


def _page_ending_with(row: str) -> str:
    return ("$$\n\\begin{aligned}\n\\frac{\\partial J}{\\partial \\theta_j} &= \\frac{1}{m}\\sum_{i=1}^m "
            f"(h_\\theta(x^{{(i)}}) - y^{{(i)}})x_j^{{(i)}} \\\\\n{row}\n\\end{{aligned}}\n$$\n")


def test_a_trailing_row_stating_a_value_stays_a_step(tmp_path):
    """Only a model's (a name's) definition ends an align apart from its chain: h &= 0 states a value, and stays the
    step it was, compared with the line before it (wrong: 0 is not (1/m)Σ(h − y)xⱼ)."""
    _, _, wrong, review = _review(tmp_path, _page_ending_with("h &= 0"))
    assert [step["line"] for step in review["steps"]][-1] == 4 and wrong == [4]
    assert not any("beside the derivation" in note for note in review["notes"])


def test_a_trailing_row_solving_for_a_parameter_is_no_definition(tmp_path):
    """w &= Σxy/Σx² solves for the parameter w: never read as a definition (a --let of w in the derivation's lines);
    it is read as the row it was, and refused there."""
    result = _steps(tmp_path, _page_ending_with(
        "w &= \\frac{\\sum_{i=1}^m x^{(i)} y^{(i)}}{\\sum_{i=1}^m (x^{(i)})^2}"))
    assert result.exit_code == 2 and "line 4, column 1" in result.stderr and "'w' is a vector" in result.stderr
