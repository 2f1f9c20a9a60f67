"""A reviewed derivation (``logderiv steps``) as text, a rich renderable, Markdown, LaTeX or JSON. Pure functions.

Every line the writer gave is shown as the mathematics it was read as (the
printer ``derive`` uses; Markdown: its LaTeX), with its line in the file, a tag
saying how that step was checked (``✓ sym``, ``✓ num (12 pts)``, ``✗ num``), the
rule they claimed and the check in full; the first wrong step also gets its
counterexample and diagnosis; the verdict says whether the last line is the
gradient, or the derivation is unfinished. A line with no value as mathematics
(shapes that do not conform) is shown as written.
"""

from __future__ import annotations

import dataclasses
import json

from typing import TYPE_CHECKING, Any, Callable

from rich.console import Group, RenderableType
from rich.text import Text

from ..notation.lemmas import UPDATE_SIDES_TITLE
from ..records.review import LemmaReview, Review, StepReview
from .diagnosis import diagnosis_latex, diagnosis_text
from .json import expression_object
from ..printing.expressions import show_input, show_input_plain, show_unicode
from .summary import check_fields, check_tag

if TYPE_CHECKING:
    from rich.table import Table

    from ..notation.document import WrittenStep
    from .latex import Row

#: a printer of the review's expressions (sympy's, untyped)
_Show = Callable[[Any], str]

__all__ = [
    "REVIEW_SCHEMA_ID", "render_review_text", "render_review_markdown", "render_review_latex", "render_review_rich", "render_review_json",
    "review_data",
]

#: the value of the top-level ``schema`` field of ``steps -f json``
REVIEW_SCHEMA_ID = "logderiv/review/1"

#: values of a counterexample shown per line
_PER_LINE = 6


# --- words shared by every format -------------------------------------------------------------


def _where(review: Review, step: StepReview) -> str:
    """``line 3``, or ``line 1:9`` when several steps share a line."""
    return _where_written(review, step.written)


def _where_written(review: Review, written: WrittenStep) -> str:
    """Where a written line stands: ``line 3``, ``line 1:9`` when several steps share a line, a notebook's cell."""
    everything = [step.written for step in review.steps]
    everything += [line for lemma in review.lemmas for line in (lemma.statement, *(s.written for s in lemma.steps))]
    shared = sum(1 for other in everything if other.line == written.line) > 1
    column = f":{written.column + 1}" if shared else ""
    cell, line = _cell_and_line_of(review, written.line)
    return f"line {line}{column}" if cell is None else f"cell {cell} line {line}{column}"


def _cell_and_line(review: Review, step: StepReview) -> tuple[int | None, int]:
    """The step's notebook cell (None outside a notebook) and its line: in that cell, else in the file."""
    return _cell_and_line_of(review, step.written.line)


def _cell_and_line_of(review: Review, line: int) -> tuple[int | None, int]:
    if not review.cells:
        return None, line
    from ..notation.notes import cell_line

    return cell_line(review.cells, line)


def _compared_with(review: Review, step: StepReview) -> str:
    lemma = _lemma_of(review, step)
    if lemma is not None:  # a lemma's line follows the lemma's line before it, its first its left side
        return _where_written(review, lemma.statement if step.number == 1 else lemma.steps[step.number - 2].written)
    if review.compared:
        return review.compared[step.number - 1]
    opened = _opens_a_derivation(review, step)
    if opened is not None:
        return opened
    return _where(review, review.steps[step.number - 2])


def _printer(review: Review) -> _Show:
    """The Unicode printer of the review's expressions: ``derive``'s, or its matrix form's for a matrix-form review."""
    if getattr(review.problem.wrt, "is_Matrix", False):
        from .matrix import show_matrix_unicode  # imported here: only a matrix-form review needs it

        return show_matrix_unicode
    return show_unicode


def _the_gradient(review: Review) -> str:
    """``the gradient``; on a page of several derivations ended by a later one's, ``the gradient ∂J/∂b``: which it is."""
    if review.gradient_wrt is None:
        return "the gradient"
    return f"the gradient ∂{review.problem.name}/∂{_printer(review)(review.gradient_wrt)}"


def _opens_a_derivation(review: Review, step: StepReview) -> str | None:
    """The derivative a step is compared with when it opens a derivation (the first, or a later part's), else None."""
    if step.number == 1:
        return f"∂{review.problem.name}/∂{_printer(review)(review.problem.wrt)}"
    return dict(review.parts).get(step.number)


def _lemma_of(review: Review, step: StepReview) -> LemmaReview | None:
    return next((lemma for lemma in review.lemmas if any(other is step for other in lemma.steps)), None)


def _headline(review: Review) -> tuple[str, str]:
    """The verdict as (mark, sentence)."""
    first = review.first_error
    if review.lemma_error is not None and review.first_wrong is not first:
        first = None  # a lemma's wrong step comes first on the page: the verdict names it
    if first is not None:
        where = _where(review, first)
        opened = None if review.compared else _opens_a_derivation(review, first)
        if opened is not None:
            return "✗", f"wrong at {where}: it is not {opened}"
        return "✗", f"wrong at {where}: it does not follow from {_compared_with(review, first)}"
    if review.lemma_error is not None:
        lemma, step = review.lemma_error
        kind = lemma.title if lemma.title == UPDATE_SIDES_TITLE else "the lemma"
        return "✗", (f"wrong at {_where(review, step)}, in {kind} of {_where_written(review, lemma.statement)}: "
                     f"it does not follow from {_compared_with(review, step)}")
    if review.ending == "unfinished":
        return "·", "unfinished: every step holds, but the last line still has a derivative to take"
    if review.ending == "wrong":  # pragma: no cover - every step holding implies the gradient
        return "✗", "every step holds, yet the last line is not the gradient"
    if review.summed is not None:
        return "✓", "every step holds, and the last line is the one-example gradient"
    return "✓", "every step holds, and the last line is the gradient"


def _ending(review: Review) -> str:
    how = f" ({review.ending_check.describe()})"
    if review.ending == "gradient" and review.summed is not None:
        return (f"the last line equals the one-example gradient{how}; summed over the examples it is "
                f"{review.summed}")
    if review.ending == "gradient":
        return "the last line equals the gradient" + how
    if review.ending == "unfinished":
        return "the last line equals the gradient but still has a derivative to take" + how
    return "the last line is not the gradient"


def _counterexample_lines(review: Review, step: StepReview) -> list[str]:
    example = step.counterexample
    if example is None:
        return []
    values = [f"{show_input(value.name, value.indices)} = {value.value:.4g}" for value in example.values]
    return [
        f"counterexample: m = {example.m}, n = {example.n}, j = {example.j}",
        *(f"  {', '.join(values[start : start + _PER_LINE])}" for start in range(0, len(values), _PER_LINE)),
        f"  {_compared_with(review, step)} = {example.expected}",
        f"  {_where(review, step)} = {example.answer}",
        f"  (both computed with {example.digits} significant digits from exactly these inputs)",
    ]


def _step_lines(review: Review, step: StepReview) -> list[str]:
    """The lines under a step: the rule claimed, the check, and for a wrong step why."""
    claimed = f"{step.claimed_rule}: " if step.claimed_rule else ""
    if step.valid:
        lines = [f"{claimed}equals {_compared_with(review, step)} ({step.check.describe()})"]
    else:
        lines = [f"{claimed}does not equal {_compared_with(review, step)}"]
        lines += _counterexample_lines(review, step)
        lines += [f"[{finding.kind}] {diagnosis_text(finding)}" for finding in step.diagnosis]
    return lines


def _marked(review: Review) -> list[tuple[StepReview, str, list[str]]]:
    """Each step with its mark (✓ or ✗) and the lines shown under it."""
    return [(step, "✓" if step.valid else "✗", _step_lines(review, step)) for step in review.steps]


def _lemma_heading(review: Review, lemma: LemmaReview) -> str:
    if lemma.title == UPDATE_SIDES_TITLE:
        return f"{lemma.title} ({_where_written(review, lemma.statement)} onward)"
    return f"lemma{': ' + lemma.title if lemma.title else ''} ({_where_written(review, lemma.statement)} onward)"


def _lemmas_marked(review: Review) -> list[tuple[str, StepReview | WrittenStep | None, str, list[str]]]:
    """Each lemma's rows: (heading, None, "", []), then its statement (mark "·"), then its steps as in ``_marked``."""
    rows: list[tuple[str, StepReview | WrittenStep | None, str, list[str]]] = []
    for lemma in review.lemmas:
        rows.append((_lemma_heading(review, lemma), None, "", []))
        rows.append((_where_written(review, lemma.statement), lemma.statement, "·", []))
        rows += [(_where(review, step), step, "✓" if step.valid else "✗", _step_lines(review, step))
                 for step in lemma.steps]
    return rows


def _width(review: Review) -> int:
    written = [step.written for step in review.steps]
    written += [line for lemma in review.lemmas for line in (lemma.statement, *(s.written for s in lemma.steps))]
    return max(len(_where_written(review, line)) for line in written)


def _title(review: Review) -> str:
    show = _printer(review)
    wrt = show(review.problem.wrt)
    # one derivative derived twice (two routes) is named once
    derivatives = " and ".join(dict.fromkeys([f"∂{review.problem.name}/∂{wrt}", *(words for _, words in review.parts)]))
    return f"Checking {derivatives} for {review.problem.name} = {show(review.problem.cost)}"


def _tag(step: StepReview) -> str:
    """How the step was checked, in short: ``✓ sym``, ``✓ num (12 pts)``; ``✗ num`` refuted at a point, else ``✗``."""
    if step.valid:
        return f"✓ {check_tag(step.check, points=True)}"
    return f"✗ {check_tag(step.check)}" if step.counterexample is not None else "✗"


def _shown(step: StepReview, show: _Show) -> str:
    """The line as the mathematics it was read as; as written when it has no value."""
    return show(step.expression) if step.has_value else f"as written: {step.written.written}"


def _rows(review: Review) -> list[str | tuple[str, str, str, list[str], bool]]:
    """The rows of the text and rich views: (where, tag, line shown, details, holds), a lemma's heading as a string."""
    show = _printer(review)

    def row(step: StepReview) -> tuple[str, str, str, list[str], bool]:
        return _where(review, step), _tag(step), _shown(step, show), _step_lines(review, step), step.valid

    def lemma_rows(lemma: LemmaReview) -> list[str | tuple[str, str, str, list[str], bool]]:
        statement = lemma.statement.written if lemma.start is None else show(lemma.start)
        return [_lemma_heading(review, lemma), (_where_written(review, lemma.statement), "·", statement, [], True),
                *(row(step) for step in lemma.steps)]

    # in page order: a lemma written before the derivation is shown before it, under its heading, and the
    # derivation then under one of its own
    opening = review.steps[0].written.offset if review.steps else 0
    before = [lemma for lemma in review.lemmas if lemma.statement.offset < opening]
    rows: list[str | tuple[str, str, str, list[str], bool]] = [line for lemma in before for line in lemma_rows(lemma)]
    if before:
        rows.append(f"derivation ({_where(review, review.steps[0])} onward)")
    rows += [row(step) for step in review.steps]
    rows += [line for lemma in review.lemmas if lemma not in before for line in lemma_rows(lemma)]
    return rows


# --- text ----------------------------------------------------------------------------------------


def render_review_text(review: Review) -> str:
    """The review as plain Unicode text: one block per written line, then the verdict."""
    rows = _rows(review)
    width = _width(review)
    tags = max((len(row[1]) for row in rows if not isinstance(row, str)), default=1)
    lines = [_title(review)]
    for row in rows:
        if isinstance(row, str):
            lines += ["", row]
            continue
        where, tag, shown, details, _ = row
        lines.append(f"{where:<{width}}  {tag:<{tags}}  {shown}")
        lines += [f"{'':<{width}}  {'':<{tags}}    {line}" for line in details]
    mark, sentence = _headline(review)
    lines += [
        "",
        f"{mark} {sentence}",
        f"  {_ending(review)}",
        f"  {_the_gradient(review)}: {_printer(review)(review.gradient)}",
    ]
    lines += [f"note: {note}" for note in review.notes]
    return "\n".join(lines) + "\n"


# --- Markdown -----------------------------------------------------------------------------------


def render_review_markdown(review: Review) -> str:
    """The review as Markdown: each written line with ✓ or ✗ and its details, then the verdict."""
    from .markdown import escape_markdown
    from ..printing.expressions import show_latex

    lines = [f"**{escape_markdown(_title(review))}**", ""]
    for step, mark, details in _marked(review):
        lines.append(f"- {_where(review, step)} {mark} ${show_latex(step.expression)}$")
        lines += [f"  - {escape_markdown(line.strip())}" for line in details]
    for where, item, mark, details in _lemmas_marked(review):
        if item is None:
            lines += ["", f"*{escape_markdown(where)}*", ""]
            continue
        # the statement (marked ·) is shown as written; a step as the mathematics it was read as
        shown = f"${show_latex(item.expression)}$" if isinstance(item, StepReview) else escape_markdown(item.written)
        lines.append(f"- {where} {mark} {shown}")
        lines += [f"  - {escape_markdown(line.strip())}" for line in details]
    mark, sentence = _headline(review)
    lines += [
        "",
        f"**{mark} {escape_markdown(sentence)}**: {escape_markdown(_ending(review))}.",
        "",
        f"{escape_markdown('T' + _the_gradient(review)[1:])}: ${show_latex(review.gradient)}$",
    ]
    lines += ["", *(f"- note: {escape_markdown(note)}" for note in review.notes)] if review.notes else []
    return "\n".join(lines) + "\n"


# --- LaTeX --------------------------------------------------------------------------------------

_TEX_MARKS = {"✓": r"\checkmark", "✗": r"\times", "·": r"\cdot"}


def render_review_latex(review: Review, *, standalone: bool = False) -> str:
    """The review as LaTeX: the written lines as an ``align*``, each tagged with its line, check and rule.

    Each row's ``\\tag*`` says where the line is in the file, how the step was checked
    (``line 5`` ✓ ``num (12 pts)``) and the rule claimed; rows too wide are broken as
    ``derive``'s are, so ``logderiv steps`` reads the fragment back as the same chain.
    The rest (a wrong step's counterexample and diagnosis, the verdict, notes) is
    ``%`` comments in the fragment, and prose with inline maths in the ``standalone``
    document.
    """
    from .latex import align
    from .tex import comment

    show = _latex_printer(review)
    blocks = [align(_latex_rows(review, review.steps, first=_first_side(review)))]
    for lemma in review.lemmas:
        start = show(lemma.start) if lemma.start is not None else _as_written(review, lemma.statement)
        blocks.append(comment(_lemma_heading(review, lemma)) + "\n" + align(
            _latex_rows(review, lemma.steps, first=start, lemma=True), together=True))
    if standalone:
        return _review_document(review, blocks)
    # the words go first: a % comment after a row is that row's rule to a reader (logderiv steps among them)
    _, sentence = _headline(review)
    lines = [f"verdict: {sentence}", _ending(review), f"{_the_gradient(review)}: {_printer(review)(review.gradient)}"]
    for step in _wrong_steps(review):
        lines += [f"{_where(review, step)}: {line}" for line in _step_lines(review, step)]
    lines += [f"note: {note}" for note in review.notes]
    return "\n".join([comment("\n".join(lines)), *blocks]) + "\n"


def _latex_printer(review: Review) -> _Show:
    """The LaTeX printer of the review's expressions: ``derive``'s, or its matrix form's for a matrix-form review."""
    from ..printing.expressions import show_latex

    if _in_matrix_form(review):
        from .matrix import show_matrix_latex

        return show_matrix_latex
    return show_latex


def _in_matrix_form(review: Review) -> bool:
    return bool(getattr(review.problem.wrt, "is_Matrix", False))


def _nabla(review: Review) -> str:
    """``\\nabla_{\\theta}``: the gradient by a matrix-form review's parameter vector."""
    from ..printing.expressions import show_latex

    return rf"\nabla_{{{show_latex(review.problem.wrt)}}}"


def _gradient_name(review: Review) -> str:
    """``\\nabla_{\\theta} J``: what a matrix-form review's lines are the gradient of."""
    return _nabla(review) + " J"


def _first_side(review: Review) -> str:
    """The left side of the first row: the derivative asked for; in matrix form ∇J, or J when its line is the cost."""
    from .latex import derivative_of

    if not _in_matrix_form(review):
        return derivative_of(review.problem)
    if review.compared and review.compared[0].startswith("the cost"):
        return rf"J\left({_latex_printer(review)(review.problem.wrt)}\right)"
    return _gradient_name(review)


def _shown_latex(review: Review, step: StepReview, *, opening: bool) -> str:
    """A line in LaTeX; a matrix-form line that is ∇ of the cost alone (the record's ∇J) as ``\\nabla_{\\theta} J``,
    or, opening the chain, as ∇ of the cost written out: the line that says which cost is derived."""
    show = _latex_printer(review)
    if not step.has_value:
        return _as_written(review, step.written)
    if _in_matrix_form(review) and getattr(step.expression, "name", None) == "∇J":
        if opening:
            return _nabla(review) + rf" \left({show(review.problem.cost)}\right)"
        return _gradient_name(review)
    return show(step.expression)


def _latex_rows(review: Review, steps: tuple[StepReview, ...], *, first: str, lemma: bool = False) -> list[Row]:
    """The aligned rows: ``first = line 1`` by its tag, then ``= line k``; a later part opens with its derivative."""
    from .latex import Row
    from .tex import math_from_unicode

    opened = {} if lemma else dict(review.parts)
    rows = []
    for position, step in enumerate(steps):
        lhs = first if position == 0 else ""
        if step.number in opened:
            lhs = math_from_unicode(opened[step.number]) or lhs
        elif position and not lemma and _in_matrix_form(review) and review.compared[step.number - 1].startswith("∇"):
            lhs = _gradient_name(review)  # a new chain, of the gradient: compared with ∇J, not the line before
        elif position and not lemma and _in_matrix_form(review) and review.compared[step.number - 1].startswith("∂"):
            # a new chain of another derivative (∂J/∂b, compared with it): opened with its name, never continuing
            # the chain before as if equal to it
            lhs = math_from_unicode(review.compared[step.number - 1].split(",")[0]) or lhs
        shown = _shown_latex(review, step, opening=position == 0 and not lemma)
        rows.append(Row(lhs, shown, _latex_tag(review, step)))
    return rows or [Row(first, "")]


def _as_written(review: Review, written: WrittenStep) -> str:
    """A line with no value as mathematics: named, not shown (its text may not be LaTeX)."""
    return r"\text{(" + _where_written(review, written) + r", as written)}"


def _latex_tag(review: Review, step: StepReview) -> str:
    """``\\text{line 5 } \\checkmark \\text{ num (12 pts), linearity}``: where, how it was checked, the rule claimed."""
    from .tex import escape_text, math_from_unicode, spelled_by_code

    mark, how = _tag(step).split(" ", 1) if " " in _tag(step) else (_tag(step), "")
    tag = rf"\text{{{escape_text(_where(review, step))} }} {_TEX_MARKS[mark]}"
    if how:
        tag += rf"\text{{ {escape_text(how)}}}"
    claimed = step.claimed_rule
    if claimed:
        if claimed.isascii():
            tag += r"\text{, " + escape_text(claimed) + "}"
        else:
            # a rule named with a character TeX has no spelling for: named by its code point, as a note's is
            tag += r"\text{, }" + (math_from_unicode(claimed) or r"\text{" + escape_text(spelled_by_code(claimed)) + "}")
    return tag


def _wrong_steps(review: Review) -> list[StepReview]:
    return [step for step in (*review.steps, *(s for lemma in review.lemmas for s in lemma.steps)) if not step.valid]


def _review_document(review: Review, blocks: list[str]) -> str:
    """The standalone document: the cost, the tagged chain, each wrong step in prose, the verdict, notes."""
    from .latex import Row, align, derivative_of, document, sentence
    from .tex import math_from_unicode, prose

    show = _latex_printer(review)
    name = math_from_unicode(review.problem.name) or "J"
    derivatives = " and ".join(dict.fromkeys([rf"\({derivative_of(review.problem)}\)",
                                              *(prose(words) for _, words in review.parts)]))
    body = [r"\section*{Checking " + derivatives + "}", r"The cost:",
            align([Row(name, show(review.problem.cost))]), blocks[0]]
    for lemma, block in zip(review.lemmas, blocks[1:]):
        body.append(r"\paragraph{" + prose(sentence(_lemma_heading(review, lemma))) + ".}")
        body.append(block.split("\n", 1)[1])  # the block without its comment heading
    for step in _wrong_steps(review):
        body.append(_wrong_step_latex(review, step))
    mark, said = _headline(review)
    body.append(r"\paragraph{Verdict.} \(" + _TEX_MARKS[mark] + r"\) " + prose(sentence(said) + ".") + " "
                + prose(sentence(_ending(review)) + ".") + " The gradient:")
    gradient = _gradient_name(review) if getattr(review.gradient, "name", None) == "∇J" else show(review.gradient)
    by = review.problem if review.gradient_wrt is None else dataclasses.replace(review.problem, wrt=review.gradient_wrt)
    body.append(align([Row(derivative_of(by), gradient)]))
    if review.notes:
        items = "\n".join(r"  \item " + prose(note) for note in review.notes)
        body.append("\\paragraph{Notes.}\n\\begin{itemize}\n" + items + "\n\\end{itemize}")
    return document(body)


def _wrong_step_latex(review: Review, step: StepReview) -> str:
    """A wrong step in prose: what it does not equal, the counterexample (values in inline maths), the diagnosis."""
    from .latex import sentence
    from .tex import escape_text, math_from_unicode, number, prose

    claimed = f"{step.claimed_rule}: " if step.claimed_rule else ""
    text = (r"\paragraph{" + escape_text(sentence(_where(review, step))) + ".} "
            + prose(sentence(f"{claimed}does not equal {_compared_with(review, step)}") + "."))
    example = step.counterexample
    if example is not None:
        sizes = ", ".join(rf"\({size}\)" for size in f"m = {example.m}, n = {example.n}, j = {example.j}".split(", "))
        values = ", ".join(
            rf"\({math_from_unicode(show_input(value.name, value.indices)) or escape_text(value.name)} = "
            rf"{value.value:.4g}\)" for value in example.values)
        text += (f" A counterexample: at {sizes}, with {values}, "
                 + prose(f"{_compared_with(review, step)} is") + rf" \({number(example.expected)}\) and "
                 + prose(f"{_where(review, step)} is") + rf" \({number(example.answer)}\) "
                 + prose(f"(both computed with {example.digits} significant digits from exactly these inputs)."))
    if step.diagnosis:
        items = "\n".join(rf"  \item \textbf{{{escape_text(finding.kind)}}}: " + diagnosis_latex(finding)
                           for finding in step.diagnosis)
        text += "\n\\begin{itemize}\n" + items + "\n\\end{itemize}"
    return text


# --- rich ---------------------------------------------------------------------------------------

_TONES = {"✓": "bold green", "✗": "bold red", "·": "bold yellow"}


def render_review_rich(review: Review) -> RenderableType:
    """The review for a terminal: the same lines as the text, tags coloured, details dimmed.

    Each section is a table of three columns (where, tag, the line and its details), so a line too
    long for the terminal wraps within its own column instead of back to the left margin.
    """
    rows = _rows(review)
    width = _width(review)
    tags = max((len(row[1]) for row in rows if not isinstance(row, str)), default=1)
    parts: list[RenderableType] = [Text(_title(review), style="bold")]
    table = _rows_table(width, tags)
    for row in rows:
        if isinstance(row, str):
            parts += [table, Text(f"\n{row}", style="bold")]
            table = _rows_table(width, tags)
            continue
        where, tag, shown, details, holds = row
        table.add_row(Text(where), Text(tag, style=_TONES[tag[0]]), Text(shown))
        for detail in details:
            table.add_row(Text(""), Text(""), Text(f"  {detail}", style="dim" if holds else "red"))
    parts.append(table)
    mark, sentence = _headline(review)
    verdict = Text("\n")
    verdict.append(f"{mark} {sentence}", style=_TONES[mark])
    parts.append(verdict)
    parts.append(Text(f"  {_ending(review)}", style="dim"))
    parts.append(Text(f"  {_the_gradient(review)}: {_printer(review)(review.gradient)}"))
    parts += [Text(f"note: {note}", style="italic") for note in review.notes]
    return Group(*parts)


def _rows_table(width: int, tags: int) -> Table:
    """A grid of where | tag | line, the first two as wide as the text view's, so every section lines up."""
    from rich.table import Table  # imported here: ``-f text`` and JSON never build a table

    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
    table.add_column("where", no_wrap=True, min_width=width)
    table.add_column("tag", no_wrap=True, min_width=tags)
    table.add_column("line", overflow="fold")
    return table


# --- JSON ---------------------------------------------------------------------------------------


def render_review_json(review: Review) -> str:
    """The review as JSON text (``logderiv/review/1``), indented by 2, Unicode kept as is."""
    return json.dumps(review_data(review), indent=2, ensure_ascii=False) + "\n"


def review_data(review: Review) -> dict[str, Any]:
    """The review as JSON-ready data, in the shape of ``review.schema.json``."""
    first = review.first_error
    return {
        "schema": REVIEW_SCHEMA_ID,
        "ok": review.ok,
        "notation": review.notation,
        "name": review.name,
        "cost": expression_object(review.problem.cost),
        "wrt": expression_object(review.problem.wrt),
        "start": expression_object(review.start),
        "steps": [_step_data(review, step) for step in review.steps],
        "first_error": None if first is None else {
            "step": first.number,
            "cell": _cell_and_line(review, first)[0],
            "line": _cell_and_line(review, first)[1],
            "column": first.written.column + 1,
            "diagnosis": [{"kind": f.kind, "message": diagnosis_text(f)} for f in first.diagnosis],
        },
        "ending": review.ending,
        "last_is_gradient": review.ending == "gradient",
        "one_example_of": review.summed,
        "ending_check": check_fields(review.ending_check),
        "gradient": expression_object(review.gradient),
        "gradient_wrt": None if review.gradient_wrt is None else expression_object(review.gradient_wrt),
        "notes": list(review.notes),
        "lemmas": [{
            "title": lemma.title,
            "cell": _cell_and_line_of(review, lemma.statement.line)[0],
            "line": _cell_and_line_of(review, lemma.statement.line)[1],
            "written": lemma.statement.written,
            "steps": [_step_data(review, step) for step in lemma.steps],
        } for lemma in review.lemmas],
    }


def _step_data(review: Review, step: StepReview) -> dict[str, Any]:
    example = step.counterexample
    return {
        "step": step.number,
        "cell": _cell_and_line(review, step)[0],
        "line": _cell_and_line(review, step)[1],
        "column": step.written.column + 1,
        "written": step.written.written,
        "expression": expression_object(step.expression),
        "claimed_rule": step.claimed_rule,
        "valid": step.valid,
        "method": step.check.method,
        "verified": check_fields(step.check),
        "counterexample": None if example is None else {
            "m": example.m,
            "n": example.n,
            "j": example.j,
            "values": {show_input_plain(value.name, value.indices): value.value for value in example.values},
            "previous": example.expected,
            "this": example.answer,
            "digits": example.digits,
        },
        "diagnosis": [{"kind": finding.kind, "message": diagnosis_text(finding)} for finding in step.diagnosis],
    }
