r"""``check`` and ``steps`` in LaTeX (issue 13, item 2's last piece): pdflatex sets them with no overfull line.

``check -f latex`` is the verdict as prose with inline maths and the two sides displayed; ``steps -f latex``
is the written lines as ``derive``'s ``align*``, each row's ``\tag*`` its file line, its check and the rule
claimed. The standalone documents compile with a bare pdflatex and not one ``Overfull \hbox``; the
``steps`` fragment reads back, through ``logderiv steps``, as the same chain with the same verdicts.
"""

from __future__ import annotations

import json
import re
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_texlayout import _compile

from logderiv.cli import main

ROOT = Path(__file__).resolve().parent.parent
WRITTEN = ROOT / "tests" / "derivations_written"
REAL = ROOT / "tests" / "derivations_real"

#: a derivation in matrix form, written here by hand: J = (1/2m)‖Xθ − y‖², expanded, then its gradient
#: (1/2m)(2XᵀXθ − 2Xᵀy) = (1/m)Xᵀ(Xθ − y) (each line checked by expanding the products on paper)
MATRIX_DERIVATION = r"""\begin{align*}
J(\theta) &= \frac{1}{2m}(X\theta - y)^T(X\theta - y) \\
&= \frac{1}{2m}(\theta^T X^T X \theta - 2 y^T X \theta + y^T y)
\end{align*}
\begin{align*}
\nabla_\theta J &= \frac{1}{2m}(2 X^T X \theta - 2 X^T y) \\
&= \frac{1}{m} X^T (X\theta - y)
\end{align*}
"""

#: check's cases: (arguments, exit code, the diagnosis kind it must name, or None)
CHECKS = {
    "right": (["1/m sum((h - y) x_j)"], 0, None),
    "sign": (["1/m sum((y - h) x_j)"], 1, "sign"),
    "missing term": (["1/m sum((h - y) x_j)", "--cost", "logistic-l2"], 1, "missing-term"),
    "factor": (["2/m sum((h - y) x_j)"], 1, "factor"),
    "missing factor": (["1/m * sum((theta^T x - y))", "--cost", "linear"], 1, "missing-factor"),
    "matrix": (["1/m * X^T (sigmoid(X theta) - y) + theta"], 1, "extra-term"),
    # a matrix answer in β, in Unicode, with many notes (one says row i of X is x⁽ⁱ⁾ᵀ)
    "matrix in beta": (["gradient = (2/n)Xᵀ(Xβ + y)", "--cost", "MSE = (1/n)||Xβ − y||²"], 1, "sign"),
    "undecided": (["1/m * sum((h - y) / (h (1 - h)) * d/dtheta_j(h))"], 3, "unfinished"),
}


def _run(*args: str, code: int | None = None) -> str:
    result = CliRunner().invoke(main, list(args))
    if code is not None:
        assert result.exit_code == code, result.output
    return result.stdout


def _check(name: str, *, standalone: bool) -> str:
    arguments, code, _ = CHECKS[name]
    return _run("check", *arguments, "-f", "latex", *(["--standalone"] if standalone else []), code=code)


def _steps_files(tmp_path) -> dict[str, Path]:
    matrix = tmp_path / "matrix.tex"
    matrix.write_text(MATRIX_DERIVATION, encoding="utf-8")
    return {
        "docs example": ROOT / "docs" / "examples" / "logistic-steps.tex",
        "planted sign, align": WRITTEN / "logistic_align_sign.tex",
        "planted lost term": WRITTEN / "logistic_lost_term_distributing.txt",
        "planted l2 twice": WRITTEN / "linear_l2_regularisation_twice.txt",
        "real, planted sign": REAL / "esl_eq_4_21_loglik_planted_sign.md",
        "matrix form": matrix,
    }


def _review(path: Path, *extra: str) -> dict:
    return json.loads(_run("steps", str(path), "-f", "json", *extra))


# --- it fits: pdflatex ----------------------------------------------------------------------------


@pytest.mark.latex
def test_every_check_verdict_compiles_without_an_overfull_line(tmp_path):
    documents = {name: _check(name, standalone=True) for name in CHECKS}
    assert all(text.isascii() for text in documents.values())  # pdflatex with no Unicode set-up
    assert {name: problems for name, problems in _compile(documents, tmp_path).items() if problems} == {}


@pytest.mark.latex
def test_every_steps_review_compiles_without_an_overfull_line(tmp_path):
    documents = {name: _run("steps", str(path), "-f", "latex", "--standalone")
                 for name, path in _steps_files(tmp_path).items()}
    assert all(text.isascii() for text in documents.values())
    assert {name: problems for name, problems in _compile(documents, tmp_path).items() if problems} == {}


def test_prose_keeps_quoted_scripts_and_primes_valid_tex():
    """x_j^… and 'θᵀ' in a note: a script of one command is braced, a prime after a superscript gets its own base."""
    from logderiv.render.tex import prose

    assert prose("the row 'θᵀ' (1×n) times") == r"the row \('\theta^{\top}{}' (1\times n)\) times"
    assert "^{\\ldots}" in prose("read h = x_j^…)")
    assert prose("σ′ = σ(1 − σ)") == r"\(\sigma' = \sigma(1 - \sigma)\)"  # a prime on a base stays as it was
    # x⁽ⁱ⁾ᵀ (a matrix answer's note: row i of X) is one superscript, not x^{(i)}^{\top}
    assert prose("row i is x⁽ⁱ⁾ᵀ") == r"row i is \(x^{(i)\top}\)"
    assert prose("xⱼ⁽ⁱ⁾ and θᵀx") == r"\(x_{j}^{(i)}\) and \(\theta^{\top}x\)"


# --- check: what the verdict says ------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_a_verdict_fragment_is_the_documents_body(name):
    """Without --standalone: no preamble, the same paragraphs the document sets."""
    fragment = _check(name, standalone=False)
    document = _check(name, standalone=True)
    assert "\\documentclass" not in fragment and "\\begin{document}" not in fragment
    assert fragment.strip() in document
    kind = CHECKS[name][2]
    if kind is not None:
        assert f"\\textbf{{{kind}}}" in fragment


def test_the_diagnosis_is_prose_with_whole_formulas():
    """The sign's diagnosis quotes (y − h) and (h − y), each one piece of inline maths, not '(y \\(-\\) h)'.

    The diagnosis carries the two expressions as data, and LaTeX sets them with its own printer, as the
    align* below it sets the gradient: h(x⁽ⁱ⁾) with sized brackets, the bracket around each inside the maths.
    """
    fragment = _check("sign", standalone=False)
    diagnosis = fragment.split("\\item", 1)[1].split("\n", 1)[0]
    assert "\\(\\left(y^{(i)} - h\\left(x^{(i)}\\right)\\right)\\)" in diagnosis
    assert "\\(\\left(h\\left(x^{(i)}\\right) - y^{(i)}\\right)\\)" in diagnosis
    assert "\\(-\\)" not in fragment


def test_the_counterexample_of_a_flipped_sign_is_the_gradient_negated():
    """By hand: an answer that is −1 times the gradient takes, at any point, minus the gradient's value."""
    fragment = _check("sign", standalone=False)
    found = re.search(r"the gradient is \\\((-?[0-9.]+)\\\) and the answer \\\((-?[0-9.]+)\\\)", fragment)
    assert found, fragment
    expected, answer = (Fraction(value) for value in found.groups())
    assert expected != 0 and answer == -expected
    # each input its own inline formula: a paragraph may break between them
    assert re.search(r"\\\(\\theta_\{1\} = -?[0-9.]+\\\), \\\(\\theta_\{2\} = ", fragment)


def test_a_matrix_answers_inputs_are_arrays_in_inline_maths():
    fragment = _check("matrix", standalone=False)
    assert re.search(r"\\\(X = \\left\[\\begin\{smallmatrix\} [-0-9.]+ & ", fragment)
    assert "\\text{its entry } j &=" in fragment  # the entry compared, displayed under the answer
    assert "X^{\\top}" in fragment
    assert re.search(r"\\\(\\beta = \([-0-9.]+, ", _check("matrix in beta", standalone=False))


def test_a_stray_factor_two_is_twice_the_gradient_at_the_counterexample():
    """By hand: 2/m Σ(h − y)xⱼ is twice (1/m) Σ(h − y)xⱼ at every point."""
    fragment = _check("factor", standalone=False)
    found = re.search(r"the gradient is \\\((-?[0-9.]+)\\\) and the answer \\\((-?[0-9.]+)\\\)", fragment)
    assert found, fragment
    expected, answer = (Fraction(value) for value in found.groups())
    assert abs(answer - 2 * expected) < Fraction(1, 10**15)


# --- steps: the chain, tagged, read back ---------------------------------------------------------------


def test_each_row_is_tagged_with_its_line_its_check_and_the_rule_claimed():
    """logistic_align_sign.tex: line 6 (chain rule) is the first wrong step, ✗; lines 4, 5 hold (by the file)."""
    fragment = _run("steps", str(WRITTEN / "logistic_align_sign.tex"), "-f", "latex", code=1)
    tags = re.findall(r"\\tag\*\{\\small \$(.*?)\$\}", fragment)
    assert len(tags) == 7  # file lines 4 to 10, one step each
    assert tags[0].startswith("\\text{line 4 } \\checkmark")
    assert tags[2] == "\\text{line 6 } \\times\\text{ num}\\text{, chain rule}"
    assert "\\documentclass" not in fragment
    # the words before the block: a % comment after a row would be read as that row's rule
    assert fragment.startswith("% verdict: wrong at line 6")


def test_the_wrong_steps_diagnosis_is_prose_in_the_document():
    document = _run("steps", str(WRITTEN / "logistic_align_sign.tex"), "-f", "latex", "--standalone", code=1)
    wrong = document.split("\\paragraph{Line 6.}", 1)[1].split("\\paragraph", 1)[0]
    assert "\\textbf{sign}" in wrong
    assert "\\(-\\)" not in wrong and "[log(1" not in wrong  # the quoted term is one formula
    assert "\\(\\theta_{1} = 0.08\\)" in wrong


@pytest.mark.parametrize("name", ["docs example", "planted sign, align", "planted lost term", "matrix form"])
def test_steps_reads_its_own_fragment_back_as_the_same_chain(name, tmp_path):
    """Every line read back is the same expression with the same verdict; only the file lines differ."""
    path = _steps_files(tmp_path)[name]
    fragment = _run("steps", str(path), "-f", "latex")
    again = tmp_path / "again.tex"
    again.write_text(fragment, encoding="ascii")
    before, after = _review(path), _review(again)
    assert [(s["expression"]["sympy"], s["valid"]) for s in after["steps"]] == [
        (s["expression"]["sympy"], s["valid"]) for s in before["steps"]]
    assert (after["ending"], after["ok"]) == (before["ending"], before["ok"])
    assert after["cost"]["sympy"] == before["cost"]["sympy"]
