"""The derivation as a LaTeX ``align*`` block, or a whole pdflatex-ready document.

Output is pure ASCII and needs only amsmath and amssymb, so it compiles with a
bare ``pdflatex`` (Debian: ``texlive-latex-base``).
"""

from __future__ import annotations

import re

import sympy

from ..derivation import Derivation, Step
from ..matrix import ELEMENTWISE_NOTE, MatrixForm
from .matrix import matrix_verification, shapes, show_matrix_latex
from .printing import show_latex
from .summary import Verdict, final_checks, notes, step_checks, verdict
from .tex import comment, prose, rule_label

__all__ = ["render_latex", "chain_rows", "derivative_name", "matrix_rows"]

_PREAMBLE = r"""\documentclass{article}
\usepackage{amsmath,amssymb}
% wide lines: align* does not break long expressions
\setlength{\textwidth}{6.8in}
\setlength{\oddsidemargin}{-0.15in}
\setlength{\evensidemargin}{-0.15in}
\allowdisplaybreaks
"""


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
        blocks.append(_align(chain_rows(derivation.start, derivation.steps, first=derivative_name(derivation))))
        for lemma in derivation.lemmas:
            blocks.append(comment(f"lemma: {lemma.title}") + "\n" + _align(chain_rows(lemma.start, lemma.steps)))
    if form != "index" and derivation.matrix is not None:
        blocks.append(_matrix_block(derivation))
    blocks.append(_comments(derivation))
    fragment = "\n".join(blocks) + "\n"
    if not standalone:
        return fragment
    return _document(derivation, index=index, matrix=form != "index")


def matrix_rows(derivation: Derivation) -> list[str]:
    """The matrix chain's aligned rows: ``∂J/∂θⱼ &= start``, entries, then ``\\nabla J &= …``."""
    form = derivation.matrix
    assert isinstance(form, MatrixForm)
    rows = [f"{derivative_name(derivation)} &= {show_latex(form.start)}"]
    for step in form.steps:
        lhs = r"\nabla J " if isinstance(step.expression, sympy.MatrixExpr) else ""
        rows.append(f"{lhs}&{_equals(step)} {show_matrix_latex(step.expression)}")
    return rows


def _matrix_block(derivation: Derivation) -> str:
    form = derivation.matrix
    if not isinstance(form, MatrixForm):
        return comment(f"matrix form: none: {form.reason}")
    lines = comment(f"matrix form: {shapes(form)}\n{ELEMENTWISE_NOTE}\n{matrix_verification(form)}")
    return lines + "\n" + _align(matrix_rows(derivation))


def chain_rows(start: sympy.Expr, steps: tuple[Step, ...], *, first: str | None = None) -> list[str]:
    """The rows of an aligned chain: ``lhs &= start``, then ``&\\overset{rule}{=} expression``.

    Without ``first`` the chain opens with ``start`` itself on the left.
    """
    rows = []
    if first is not None:
        rows.append(f"{first} &= {show_latex(start)}")
        rest = steps
    elif steps:
        rows.append(f"{show_latex(start)} &{_equals(steps[0])} {show_latex(steps[0].expression)}")
        rest = steps[1:]
    else:
        return [show_latex(start)]
    rows += [f"&{_equals(step)} {show_latex(step.expression)}" for step in rest]
    return rows


def derivative_name(derivation: Derivation) -> str:
    """``\\frac{\\partial J}{\\partial \\theta_j}`` for the cost's name and the variable."""
    name = derivation.problem.name
    if name == "ℓ":  # \ell = ... in LaTeX input
        cost = r"\ell"
    elif re.fullmatch(r"[A-Za-z]", name):
        cost = name
    else:
        cost = r"\text{" + re.sub(r"[^A-Za-z0-9 ]", "", name) + "}"
    return rf"\frac{{\partial {cost}}}{{\partial {show_latex(derivation.wrt)}}}"


def _equals(step: Step) -> str:
    return rf"\overset{{{rule_label(step.rule)}}}{{=}}"


def _align(rows: list[str]) -> str:
    return "\\begin{align*}\n" + " \\\\\n".join(rows) + "\n\\end{align*}"


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
        body.append(_align(chain_rows(derivation.start, derivation.steps, first=derivative_name(derivation))))
        for lemma in derivation.lemmas:
            body.append(r"\paragraph{Lemma: " + prose(lemma.title) + "}")
            body.append(_align(chain_rows(lemma.start, lemma.steps)))
    form = derivation.matrix
    if matrix and isinstance(form, MatrixForm):
        body.append(r"\paragraph{Matrix form.} " + prose(_sentence(shapes(form)) + "; " + ELEMENTWISE_NOTE + "."))
        body.append(_align(matrix_rows(derivation)))
        body.append(prose(_sentence(matrix_verification(form)) + "."))
    elif matrix and form is not None:
        body.append(r"\paragraph{Matrix form.} " + prose("None: " + form.reason + "."))
    body.append(r"\paragraph{Verdict.} " + _verdict_prose(said))
    for name, term in said.extra:
        body.append(prose(name) + r": \[ " + show_latex(term) + r" \]")
    body.append(
        r"\paragraph{Verification.} "
        + prose(_sentence(f"{step_checks(derivation)}; {final_checks(derivation)}."))
    )
    remarks = notes(derivation)
    if remarks:
        items = "\n".join(r"  \item " + prose(note) for note in remarks)
        body.append("\\paragraph{Notes.}\n\\begin{itemize}\n" + items + "\n\\end{itemize}")
    return _PREAMBLE + "\\begin{document}\n" + "\n\n".join(body) + "\n\\end{document}\n"


def _verdict_prose(said: Verdict) -> str:
    text = prose(said.headline)
    if said.factor is not None:
        text += r": differs by the factor \(" + show_latex(said.factor) + r"\)"
    if said.note:
        text += " --- " + prose(said.note)
    return text


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]
