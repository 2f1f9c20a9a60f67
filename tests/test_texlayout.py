r"""LaTeX output that fits the page (issue 13, items 1 and 2).

The rule of a step is a ``\tag*`` at the right margin, so no label moves an
``=``; a row wider than the text is broken at a ``+``/``-`` (inside a bracket
sized ``\biggl``/``\biggr`` when the top level has none), then between factors;
the lines of a step, and all rows of a lemma, are joined by ``\\*``. What is
printed is the very expression printed before: joined again, the lines are
``show_latex`` of the step, and ``logderiv steps`` reads the fragment back.
The compile tests hold the whole to pdflatex: not one ``Overfull \hbox``.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from logderiv import derive
from logderiv.cli import main
from logderiv.records.matrix import MatrixForm
from logderiv.notation import latex as latex_reader
from logderiv.notation.document import read_document
from logderiv.presets import PRESETS
from logderiv.render.latex import render_latex
from logderiv.render.matrix import show_matrix_latex
from logderiv.printing.expressions import show_latex
from logderiv.render.tex import prose
from logderiv.render.texlines import break_expression

FORMS = ("index", "matrix", "both")


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _steps_of(fragment: str) -> list[str]:
    """The first align* block's rows, each step's lines joined and its layout taken out again."""
    block = fragment.split("\\begin{align*}\n", 1)[1].split("\n\\end{align*}", 1)[0]
    rows = []
    for row in re.split(r" \\\\\n", block):  # \\ alone ends a step; \\* joins the lines of one
        text = re.sub(r"\\tag\*\{\\small \$.*?\$\}(?= \\\\\*|$)", "", row, flags=re.S)
        text = re.sub(r" \\\\\*\n&\\qquad (\\quad )?", " ", text)
        text = re.sub(r"\\(?:big|Big|bigg)l(.)", r"\\left\1", text)
        text = re.sub(r"\\(?:big|Big|bigg)r(.)", r"\\right\1", text)
        rows.append(text.split("&= ", 1)[1])
    return rows


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- the same mathematics ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_broken_rows_are_the_expressions_printed_before(name):
    """Each step's lines, joined with their brackets' \\left/\\right put back, are show_latex of the step, to the character."""
    derivation = derive(name)
    expected = [show_latex(derivation.start), *(show_latex(step.expression) for step in derivation.steps)]
    rows = _steps_of(render_latex(derivation))
    assert [_squeezed(row) for row in rows] == [_squeezed(text) for text in expected]


def test_the_matrix_rows_are_the_expressions_printed_before():
    derivation = derive("logistic-l2", matrix=True)
    assert isinstance(derivation.matrix, MatrixForm)
    fragment = render_latex(derivation, form="matrix")
    expected = [show_latex(derivation.matrix.start), *(show_matrix_latex(s.expression) for s in derivation.matrix.steps)]
    assert [_squeezed(row) for row in _steps_of(fragment)] == [_squeezed(text) for text in expected]


def test_the_long_rows_are_broken_and_every_label_is_a_tag():
    """logistic-l2 (the σ′ row was 131 pt too wide): rows broken, each of the 14 rules a tag, no \\overset."""
    derivation = derive("logistic-l2")
    fragment = render_latex(derivation)
    chain = fragment.split("\\end{align*}")[0]
    assert "\\overset" not in fragment
    assert chain.count("\\tag*{") == len(derivation.steps)
    assert "&\\qquad + \\frac{\\lambda}{2 m}" in chain  # the + λ term on a line of its own
    assert "\\biggl[" in chain and "\\biggr]" in chain
    assert chain.count("\\biggl") == chain.count("\\biggr")


def test_a_lemma_never_breaks_across_pages():
    """The rows of the lemma are joined by \\\\* only; the chain's steps by \\\\ (a page may break there)."""
    fragment = render_latex(derive("logistic"))
    lemma = fragment.split("% lemma:")[1].split("\\end{align*}")[0]
    assert lemma.count("\\\\*") == 5 and not re.search(r"\\\\(?!\*)", lemma)
    assert re.search(r"\\\\\n", fragment.split("% lemma:")[0])


def test_steps_reads_the_broken_fragment_back_as_the_same_chain(tmp_path):
    """``logderiv steps`` on the LaTeX chain of logistic-l2: every line checked, none wrong (rows joined across \\\\*)."""
    fragment = render_latex(derive("logistic-l2"))
    chain = fragment.split("% lemma:")[0]
    (tmp_path / "chain.tex").write_text(chain, encoding="ascii")
    result = CliRunner().invoke(main, ["steps", str(tmp_path / "chain.tex"), "--cost", "logistic-l2", "-f", "json"])
    assert result.exit_code == 0, result.output
    document = read_document(chain)
    assert len(document.steps) == len(derive("logistic-l2").steps) + 1


def test_a_starred_row_break_is_a_row_break_not_a_product():
    """``a \\\\* + b`` is a + b (TeX's \\\\* is a line break with no page break), not a·(+b)."""
    plain = latex_reader.parse("a + b").tree
    assert repr(latex_reader.parse("a \\\\* + b").tree).count("op='+'") == repr(plain).count("op='+'") == 1
    assert "op='*'" not in repr(latex_reader.parse("a \\\\*[2ex] + b").tree)


def test_breaking_keeps_calls_dot_products_and_sums_whole():
    """A line never ends after Σ, a function's name, θᵀ or a unary sign; a short row is left as it is."""
    short = r"\frac{1}{m} \sum_{i=1}^{m} x_j^{(i)}"
    assert break_expression(short, 30, 28) == [short]
    text = r"a \sum_{i=1}^{m} h\left(x^{(i)}\right) \theta^{\top} x^{(i)} \log h\left(x^{(i)}\right) - b"
    lines = break_expression(text, 3, 3)
    for line in lines:
        assert not re.search(r"(\\sum_\{i=1\}\^\{m\}|\^\{\\top\}|\\log|-)$", line.strip()), lines
        assert not line.startswith(r"\left(")
    assert lines[-1] == "- b"


# --- prose ---------------------------------------------------------------------------------------


def test_a_formula_in_prose_is_one_piece_of_inline_maths():
    """'(h − y)x' is \\((h - y)x\\), not '(h \\(-\\) y)x'; a list's formulas stay apart; words stay text."""
    assert prose("canonical form (h − y)x") == r"canonical form \((h - y)x\)"
    assert prose("the form (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾.") == (
        r"the form \((1/m) \sum_{i} (h(x^{(i)}) - y^{(i)}) x_{j}^{(i)}\).")
    assert prose("X is m×n, θ is n×1") == r"X is \(m\times n\), \(\theta\) is \(n\times1\)"
    assert prose("points (m=2 n=3, m=3 n=2)") == "points (m=2 n=3, m=3 n=2)"


def test_the_verdict_paragraph_has_no_bracket_outside_its_maths():
    document = render_latex(derive("logistic-l2"), standalone=True)
    verdict = document.split("\\paragraph{Verdict.}")[1].split("\n")[0]
    assert "\\(-\\)" not in verdict and "(h \\(" not in verdict
    assert "\\((h - y)x\\)" in verdict


# --- it fits: pdflatex --------------------------------------------------------------------------


def _compile(documents: dict[str, str], tmp_path) -> dict[str, list[str]]:
    """Each document compiled with pdflatex; its Overfull \\hbox lines (and a failure's log tail)."""
    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex is not on PATH (Debian: apt-get install --no-install-recommends texlive-latex-base)")
    found = {}
    for number, (name, text) in enumerate(documents.items()):
        path = tmp_path / f"d{number}.tex"
        path.write_text(text, encoding="ascii")
        run = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", path.name], cwd=tmp_path,
                             capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)
        log = (tmp_path / f"d{number}.log").read_text(encoding="latin-1")
        problems = [line for line in log.splitlines() if "Overfull \\hbox" in line]
        if run.returncode != 0:
            problems.append(run.stdout[-1500:])
        found[name] = problems
    return found


@pytest.fixture(scope="module")
def documents():
    """Every preset × --form × --view × --explain through the CLI, standalone; equal documents compiled once."""
    texts: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    for name in sorted(PRESETS):
        for form in FORMS:
            for view in ("chain", "factors"):
                for explain in ((), ("--explain",)):
                    text = _run("derive", name, "-f", "latex", "--standalone", "--form", form, "--view", view,
                                *explain)
                    names.setdefault(text, []).append(f"{name} --form {form} --view {view} {' '.join(explain)}")
    for text, labels in names.items():
        texts[labels[0]] = text
    return texts


@pytest.mark.latex
def test_every_preset_form_view_and_explain_compiles_without_an_overfull_line(documents, tmp_path):
    found = _compile(documents, tmp_path)
    assert {name: problems for name, problems in found.items() if problems} == {}


@pytest.mark.latex
def test_the_issue_example_fits(tmp_path):
    """The issue's own case: logistic-l2 (131 pt over) and the default logistic chain (37 pt over)."""
    found = _compile({name: _run("derive", name, "-f", "latex", "--standalone") for name in ("logistic-l2", "logistic")},
                     tmp_path)
    assert found == {"logistic-l2": [], "logistic": []}


# --- the picture of a page in the docs ---------------------------------------------------------------------------


def _page_picture():
    """docs/gen_page_png.py as a module (the docs folder is no package)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "gen_page_png", Path(__file__).resolve().parent.parent / "docs" / "gen_page_png.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (the first chunk, right after the 8-byte signature)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_the_docs_show_a_real_page_and_link_it():
    """docs/latex.md shows page 1 of a compiled standalone document (docs/gen_page_png.py), a whole page at 100 dpi."""
    gen_page_png = _page_picture()
    width, height = _png_size(gen_page_png.PICTURE.read_bytes())
    # a page at DPI dots per inch: A4 (8.27 × 11.69 in) or US letter (8.5 × 11 in), whichever TeX was set up with
    assert (width, height) in {(827, 1170), (850, 1100)}, (width, height)
    assert "](images/derive-logistic-l2.png)" in (gen_page_png.ROOT / "docs" / "latex.md").read_text(encoding="utf-8")


@pytest.mark.latex
def test_the_page_picture_is_made_again_from_a_real_run(tmp_path):
    """The generator compiles and rasterises logderiv's output now: the same page size as the committed picture."""
    gen_page_png = _page_picture()
    if shutil.which("pdflatex") is None or shutil.which("pdftoppm") is None:
        pytest.skip("pdflatex and pdftoppm are not on PATH (Debian: texlive-latex-base, poppler-utils)")
    made = gen_page_png.render(tmp_path / "page.png").read_bytes()
    assert _png_size(made) == _png_size(gen_page_png.PICTURE.read_bytes())
