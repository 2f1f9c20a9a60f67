"""The derivation as a LaTeX ``align*`` block, or a whole pdflatex-ready document.

Output is pure ASCII and needs only amsmath and amssymb, so it compiles with a
bare ``pdflatex`` (Debian: ``texlive-latex-base``).

Layout (docs/latex.md, "LaTeX output"): the ``=`` signs of a chain line up
in the ``align*`` column, and each step's rule stands at the right margin as
``\tag*{…}``, so a label of any width moves no ``=``; amsmath sets a tag that
does not fit on a line of its own rather than run off the page. A row wider
than the text is broken (:mod:`logderiv.render.texlines`) with its later
lines indented after the ``=``; the lines of one step are joined by ``\\*``,
which forbids a page break there, and so are all the rows of a lemma.
"""

from __future__ import annotations

import re

import sympy

from ..records.derivation import Derivation, Step
from ..records.matrix import ELEMENTWISE_NOTE, MatrixForm, NoMatrixForm
from ..notation.problem import Problem
from .matrix import matrix_verification, shapes, show_matrix_latex
from ..printing.expressions import show_latex
from ..record import record
from .summary import Verdict, final_checks, notes, step_checks, verdict
from .diagnosis import said_latex
from .tex import comment, prose, rule_label, sentence
from .texlines import TEXT_WIDTH, break_expression, width

__all__ = ["render_latex", "Row", "align", "chain", "chain_rows", "derivative_name", "derivative_of", "document",
           "matrix_chain", "matrix_rows", "sentence"]

_PREAMBLE = r"""\documentclass{article}
\usepackage{amsmath,amssymb}
% a page may break between the steps of a chain (never inside a step, nor a lemma: those rows end in \\*)
\allowdisplaybreaks
% prose with long inline formulas: a line may be loose rather than run into the margin
\tolerance=2000
\setlength{\emergencystretch}{3em}
"""

#: the widths, in ems, that a row's layout keeps free: the = with its spaces, the indent of a
#: broken row's later lines, and the least gap amsmath keeps before a tag
_RELATION = 1.4
_INDENT = 2.0
_TAG_GAP = 1.5
#: the labels' size, \small (9 pt on 10 pt)
_LABEL_SIZE = 0.9
#: how far an estimated width may fall short of TeX's (tests/test_texlayout.py measures it)
_SLACK = 1.1


@record
class Row:
    """One row of an aligned chain: ``lhs = expression``, by the rule ``label`` (None: the first row's plain =)."""

    lhs: str
    expression: str
    label: str | None = None


def render_latex(derivation: Derivation, *, standalone: bool = False, form: str = "both") -> str:
    """The chain as an ``align*`` block with each step's rule over its ``=``.

    The verdict and how the chain was verified follow as comments; with
    ``standalone`` the block is wrapped in a document that also states them
    in prose. The matrix form (when ``derivation.matrix`` holds one) follows
    in a second block; ``form="matrix"`` leaves out the index chain.
    """
    index = form != "matrix" or derivation.matrix is None
    blocks = []
    if index:
        blocks.append(align(chain(derivation.start, derivation.steps, first=derivative_name(derivation))))
        for lemma in derivation.lemmas:
            blocks.append(comment(f"lemma: {lemma.title}") + "\n" + align(chain(lemma.start, lemma.steps), together=True))
    if form != "index" and derivation.matrix is not None:
        blocks.append(_matrix_block(derivation))
    blocks.append(_comments(derivation))
    fragment = "\n".join(blocks) + "\n"
    if not standalone:
        return fragment
    return _document(derivation, index=index, matrix=form != "index")


def matrix_rows(derivation: Derivation) -> list[str]:
    """The matrix chain's aligned rows: ``∂J/∂θⱼ &= start``, entries, then ``\\nabla J &= …``."""
    return [_overset(row) for row in matrix_chain(derivation)]


def matrix_chain(derivation: Derivation) -> list[Row]:
    """The matrix chain: ``∂J/∂θⱼ = start``, its entries, then ``\\nabla J = …``."""
    form = derivation.matrix
    assert isinstance(form, MatrixForm)
    rows = [Row(derivative_name(derivation), show_latex(form.start))]
    for step in form.steps:
        lhs = r"\nabla J" if isinstance(step.expression, sympy.MatrixExpr) else ""
        rows.append(Row(lhs, show_matrix_latex(step.expression), rule_label(step.rule)))
    return rows


def _matrix_block(derivation: Derivation) -> str:
    form = derivation.matrix
    assert form is not None, "a matrix block is asked for only where the derivation has tried a matrix form"
    if not isinstance(form, MatrixForm):
        return comment(f"matrix form: none: {form.reason}")
    lines = comment(f"matrix form: {shapes(form)}\n{ELEMENTWISE_NOTE}\n{matrix_verification(form)}")
    return lines + "\n" + align(matrix_chain(derivation))


def chain_rows(start: sympy.Expr, steps: tuple[Step, ...], *, first: str | None = None) -> list[str]:
    """The rows of an aligned chain: ``lhs &= start``, then ``&\\overset{rule}{=} expression`` (for Markdown).

    Without ``first`` the chain opens with ``start`` itself on the left.
    """
    if first is None and not steps:
        return [show_latex(start)]
    return [_overset(row) for row in chain(start, steps, first=first)]


def chain(start: sympy.Expr, steps: tuple[Step, ...], *, first: str | None = None) -> list[Row]:
    """The rows of a chain: ``first = start``, then ``= expression`` by each step's rule.

    Without ``first`` the chain opens with ``start`` itself on the left.
    """
    rows = []
    if first is not None:
        rows.append(Row(first, show_latex(start)))
        rest = steps
    elif steps:
        rows.append(Row(show_latex(start), show_latex(steps[0].expression), rule_label(steps[0].rule)))
        rest = steps[1:]
    else:
        return [Row(show_latex(start), "")]
    rows += [Row("", show_latex(step.expression), rule_label(step.rule)) for step in rest]
    return rows


def derivative_name(derivation: Derivation) -> str:
    """``\\frac{\\partial J}{\\partial \\theta_j}`` for the cost's name and the variable."""
    return derivative_of(derivation.problem)


def derivative_of(problem: Problem) -> str:
    """``\\frac{\\partial J}{\\partial \\theta_j}``: the derivative a problem asks for (a derivation's, a review's)."""
    name = problem.name
    if name == "ℓ":  # \ell = ... in LaTeX input
        cost = r"\ell"
    elif re.fullmatch(r"[A-Za-z]", name):
        cost = name
    else:
        cost = r"\text{" + re.sub(r"[^A-Za-z0-9 ]", "", name) + "}"
    return rf"\frac{{\partial {cost}}}{{\partial {show_latex(problem.wrt)}}}"


def _overset(row: Row) -> str:
    """A row as Markdown's ``aligned`` spells it, the rule over its ``=``: KaTeX and MathJax set no ``\\tag`` in a row."""
    lhs = row.lhs + " " if row.lhs else ""
    if not row.expression:
        return row.lhs
    equals = "=" if row.label is None else rf"\overset{{{row.label}}}{{=}}"
    return f"{lhs}&{equals} {row.expression}"


def align(rows: list[Row], *, together: bool = False) -> str:
    """An ``align*`` of ``rows``: the ``=`` aligned, each rule a tag at the right margin, long rows broken.

    A row's first line is laid out in the width its label leaves; its later
    lines, which carry no tag, in the whole width after the indent. A row that
    fits the whole width, only not beside its label, is left whole: amsmath then
    sets the tag on a line of its own.
    ``together`` keeps a page break out of the block.
    """
    if len(rows) == 1 and not rows[0].expression:
        return "\\begin{align*}\n" + rows[0].lhs + "\n\\end{align*}"
    room = TEXT_WIDTH - max(width(row.lhs) for row in rows) - _RELATION
    lines = []
    for row in rows:
        label = 0.0 if row.label is None else _LABEL_SIZE * width(row.label) + _TAG_GAP
        if width(row.expression) <= (room - label) / _SLACK or width(row.expression) > room / _SLACK:
            first, *rest = break_expression(row.expression, (room - label) / _SLACK, (room - _INDENT) / _SLACK)
        else:
            # fits the line but not beside its label: amsmath sets the tag below it, which reads
            # better than a row broken between the factors of a product
            first, rest = row.expression, []
        tag = "" if row.label is None else rf" \tag*{{\small ${row.label}$}}"
        lead = row.lhs + " " if row.lhs else ""
        lines.append(" \\\\*\n".join([f"{lead}&= {first}{tag}", *(rf"&\qquad {line}" for line in rest)]))
    return "\\begin{align*}\n" + (" \\\\*\n" if together else " \\\\\n").join(lines) + "\n\\end{align*}"


def _comments(derivation: Derivation) -> str:
    said = verdict(derivation.canonical)
    lines = [f"verdict: {derivation.canonical.verdict}: {said.line(show_latex)}"]
    if said.note:
        lines.append(f"note: {said.note}")
    lines += [f"extra: {name}: {show_latex(term)}" for name, term in said.extra]
    lines.append(f"verified: {step_checks(derivation)}")
    lines.append(f"checked: {final_checks(derivation)}")
    lines += [f"note: {note}" for note in notes(derivation)]
    return comment("\n".join(lines))


def _document(derivation: Derivation, *, index: bool = True, matrix: bool = True) -> str:
    said = verdict(derivation.canonical)
    body = [r"\section*{The gradient \(" + derivative_name(derivation) + r"\)}"]
    if index:
        body.append(align(chain(derivation.start, derivation.steps, first=derivative_name(derivation))))
        for lemma in derivation.lemmas:
            body.append(r"\paragraph{Lemma: " + prose(lemma.title) + "}")
            body.append(align(chain(lemma.start, lemma.steps), together=True))
    form = derivation.matrix
    if matrix and isinstance(form, MatrixForm):
        body.append(r"\paragraph{Matrix form.} " + prose(sentence(shapes(form)) + "; " + ELEMENTWISE_NOTE + "."))
        body.append(align(matrix_chain(derivation)))
        body.append(prose(sentence(matrix_verification(form)) + "."))
    elif matrix and isinstance(form, NoMatrixForm):
        body.append(r"\paragraph{Matrix form.} " + said_latex("None: " + form.template + ".", form.parts))
    body.append(r"\paragraph{Verdict.} " + _verdict_prose(said))
    for name, term in said.extra:
        body.append(prose(name) + r": \[ " + show_latex(term) + r" \]")
    body.append(
        r"\paragraph{Verification.} "
        + prose(sentence(f"{step_checks(derivation)}; {final_checks(derivation)}."))
    )
    remarks = notes(derivation)
    if remarks:
        items = "\n".join(r"  \item " + prose(note) for note in remarks)
        body.append("\\paragraph{Notes.}\n\\begin{itemize}\n" + items + "\n\\end{itemize}")
    return document(body)


def document(body: list[str]) -> str:
    """A pdflatex-ready document (amsmath and amssymb only, ASCII) of ``body``'s paragraphs: derive's, check's, steps'."""
    return _PREAMBLE + "\\begin{document}\n" + "\n\n".join(body) + "\n\\end{document}\n"


def _verdict_prose(said: Verdict) -> str:
    text = prose(said.headline)
    if said.factor is not None:
        text += r": differs by the factor \(" + show_latex(said.factor) + r"\)"
    if said.note:
        text += " --- " + prose(said.note)
    return text
