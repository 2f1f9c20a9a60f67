"""A checked answer (:class:`~logderiv.records.verdict.Verdict`) as text, rich, Markdown, LaTeX or JSON. Pure.

Every format says the same things in the same order: the verdict and how it
was reached; for ``different`` the diagnosis, the two expressions side by side
and the counterexample; for ``undecided`` the reason; then notes.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Callable

from ..notation.printed import count_name, example_size
from ..records.verdict import HONEST_NUMERIC, Counterexample, Value, Verdict
from .diagnosis import diagnosis_latex, diagnosis_text
from ..printing.expressions import show_input, show_input_plain, show_latex, show_unicode

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import RenderableType

    from ..records.step import Check

# each format imports what only it needs (rich tables, Markdown escaping, JSON
# expression objects) when it is asked for: a cold `check -f text` loads none of them

__all__ = [
    "VERDICT_SCHEMA_ID",
    "render_verdict_text",
    "render_verdict_rich",
    "render_verdict_markdown",
    "render_verdict_latex",
    "render_verdict_json",
    "verdict_data",
    "verdict_notes",
    "headline",
    "value_name",
]

#: the value of the top-level ``schema`` field of ``check -f json``
VERDICT_SCHEMA_ID = "logderiv/verdict/1"

_MARKS = {"equivalent": ("✓", "good"), "different": ("✗", "bad"), "undecided": ("?", "neutral")}


def headline(verdict: Verdict) -> str:
    """``✓ equivalent (symbolic): …``: the verdict and how it was reached, one line."""
    mark, _ = _MARKS[verdict.verdict]
    check = verdict.check
    if verdict.verdict == "equivalent" and check is not None and check.method == "symbolic":
        sizes = "n" if count_name() == "n" else f"{count_name()} and n"  # n counting the examples: no features
        return f"{mark} equivalent (symbolic): the difference expands to zero, for every {sizes}"
    if verdict.verdict == "equivalent" and check is not None:
        return f"{mark} equivalent (numeric): equal at {_points(check)}"
    if verdict.verdict == "different":
        return f"{mark} different: the answer is not the gradient"
    return f"{mark} undecided: {verdict.reason}"


def value_name(value: Value) -> str:
    """An input of a counterexample in Unicode: ``θ₂``, ``x₃⁽¹⁾``, ``y⁽¹⁾``, ``λ``."""
    return show_input(value.name, value.indices)


def _plain_name(value: Value) -> str:
    return show_input_plain(value.name, value.indices)


# --- text -------------------------------------------------------------------------------


def render_verdict_text(verdict: Verdict) -> str:
    """The verdict as plain Unicode lines, no escape codes."""
    lines = [headline(verdict)]
    if verdict.verdict == "equivalent" and verdict.method == "numeric":
        lines.append(f"  {HONEST_NUMERIC}")
    lines += [f"  [{d.kind}] {diagnosis_text(d)}" for d in verdict.diagnosis]
    lines += _sides(verdict)
    if verdict.counterexample is not None:
        lines += _counterexample_lines(verdict.counterexample, matrix=verdict.matrix is not None)
    lines += [f"note: {note}" for note in _notes(verdict)]
    return "\n".join(lines) + "\n"


def _shown(verdict: Verdict) -> list[tuple[str, object]]:
    """What a verdict that is not ``equivalent`` shows side by side, as (role, expression) in order.

    The roles: ``expected``; ``answer`` (an expression, or the matrix of a matrix
    answer); ``entry`` (a matrix answer's entry j, in index form).
    """
    if verdict.verdict == "equivalent" or verdict.expected is None:
        return []
    shown: list[tuple[str, object]] = [("expected", verdict.expected)]
    if verdict.matrix is not None:
        shown.append(("answer", verdict.matrix))
        if verdict.answer is not None:
            shown.append(("entry", verdict.answer))
    elif verdict.answer is not None:
        shown.append(("answer", verdict.answer))
    return shown


def _sides(verdict: Verdict) -> list[str]:
    from .matrix import show_matrix_unicode

    labels = {"expected": "expected", "answer": "answer  ", "entry": "entry j "}
    return [
        f"  {labels[role]}  {(show_matrix_unicode if _is_matrix(value) else show_unicode)(value)}"
        for role, value in _shown(verdict)
    ]


def _is_matrix(value: object) -> bool:
    """A matrix, or a number made of one (np.sum(M) of a matrix answer: a Trace): printed in matrix notation."""
    from sympy import MatrixExpr, Trace

    return isinstance(value, MatrixExpr) or hasattr(value, "has") and value.has(Trace)


def _counterexample_lines(example: Counterexample, *, matrix: bool = False) -> list[str]:
    inputs = _array_lines(example) if matrix else _input_lines(example)
    return [
        f"counterexample: {example_size(example.m, example.n, example.j)}",
        *(f"  {line}" for line in inputs),
        f"  expected = {example.expected}",
        f"  answer   = {example.answer}",
        f"  (both computed with {example.digits} significant digits from exactly these inputs)",
    ]


def _input_lines(example: Counterexample) -> list[str]:
    """The inputs, one line per quantity (all θ, then all x, …), so no line gets long."""
    lines: dict[str, list[str]] = {}
    for value in example.values:
        lines.setdefault(value.name, []).append(f"{value_name(value)} = {value.value:g}")
    return [", ".join(entries) for entries in lines.values()]


#: how a matrix answer's inputs are named: x⁽ⁱ⁾ₖ is the entry Xᵢₖ of the data matrix
_ARRAY_NAMES = {"theta": "θ", "x": "X"}


def _array_lines(example: Counterexample) -> list[str]:
    """The inputs of a matrix answer's counterexample as arrays: θ and y as columns, X by rows."""
    arrays, scalars = _arrays_and_scalars(example, lambda value: f"{value_name(value)} = {value.value:g}")
    lines = []
    for name, entries in arrays.items():
        shown = _ARRAY_NAMES.get(name, name)
        if all(len(index) == 2 for index in entries):
            rows = ", ".join(
                "[" + ", ".join(_entry(entries, (row, column)) for column in range(1, example.n + 1)) + "]"
                for row in range(1, example.m + 1)
            )
            lines.append(f"{shown} = [{rows}]")
        else:
            size = max(index[0] for index in entries)
            column = ", ".join(_entry(entries, (row,)) for row in range(1, size + 1))
            lines.append(f"{shown} = [{column}]ᵀ")
    return lines + scalars


def _arrays_and_scalars(
    example: Counterexample, scalar: Callable[[Value], str]
) -> tuple[dict[str, dict[tuple[int, ...], float]], list[str]]:
    """A counterexample's indexed inputs grouped by name (entries by index), and its scalars as ``scalar`` shows each."""
    arrays: dict[str, dict[tuple[int, ...], float]] = {}
    scalars: list[str] = []
    for value in example.values:
        if value.indices:
            arrays.setdefault(value.name, {})[value.indices] = value.value
        else:
            scalars.append(scalar(value))
    return arrays, scalars


def _entry(entries: dict[tuple[int, ...], float], index: tuple[int, ...]) -> str:
    # an entry neither side read does not matter to the two values
    return f"{entries[index]:g}" if index in entries else "·"


def verdict_notes(verdict: Verdict) -> list[str]:
    """Every note the verdict says (the answer's readings, then the cost's), each once: its JSON's ``notes``."""
    return list(dict.fromkeys((*verdict.notes, *verdict.problem.notes)))


_notes = verdict_notes


# --- rich -------------------------------------------------------------------------------


def render_verdict_rich(verdict: Verdict) -> RenderableType:
    """The verdict for a terminal: a coloured headline, then the same lines as the text view."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from .terminal import TONES

    _, tone = _MARKS[verdict.verdict]
    parts: list[RenderableType] = [Text(headline(verdict), style=TONES[tone])]
    if verdict.verdict == "equivalent" and verdict.method == "numeric":
        parts.append(Text(f"  {HONEST_NUMERIC}", style="dim"))
    for diagnosis in verdict.diagnosis:
        line = Text("  ")
        line.append(f"[{diagnosis.kind}]", style="bold")
        line.append(f" {diagnosis_text(diagnosis)}")
        parts.append(line)
    sides = _sides(verdict)
    if sides:
        table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
        table.add_column("side", style="dim")
        table.add_column("expression", overflow="fold")
        for side in sides:
            label, shown = side.strip().split("  ", 1)  # the text view's two-space gap (labels may hold one)
            table.add_row(Text(f"  {label}"), Text(shown.strip()))
        parts.append(table)
    if verdict.counterexample is not None:
        lines = _counterexample_lines(verdict.counterexample, matrix=verdict.matrix is not None)
        parts.append(Text(lines[0], style="bold"))
        parts += [Text(line) for line in lines[1:-1]]
        parts.append(Text(lines[-1], style="dim"))
    parts += [Text(f"note: {note}", style="italic") for note in _notes(verdict)]
    return Group(*parts)


# --- Markdown ---------------------------------------------------------------------------


def render_verdict_markdown(verdict: Verdict) -> str:
    """The verdict as Markdown: a heading, the diagnosis as a list, the expressions in ``$…$``."""
    from .markdown import escape_markdown

    parts = [f"**{escape_markdown(headline(verdict))}**"]
    if verdict.verdict == "equivalent" and verdict.method == "numeric":
        parts.append(escape_markdown(HONEST_NUMERIC))
    if verdict.diagnosis:
        parts.append("\n".join(f"- `{d.kind}`: {escape_markdown(diagnosis_text(d))}" for d in verdict.diagnosis))
    sides = _shown(verdict)
    if sides:
        from .matrix import show_matrix_latex

        labels = {"expected": "expected", "answer": "answer", "entry": "its entry $j$"}
        parts.append("\n".join(
            f"- {labels[role]}: ${(show_matrix_latex if _is_matrix(value) else show_latex)(value)}$"
            for role, value in sides
        ))
    example = verdict.counterexample
    if example is not None:
        inputs = "; ".join(escape_markdown(line) for line in (
            _array_lines(example) if verdict.matrix is not None else _input_lines(example)))
        parts.append(
            f"**Counterexample:** {example_size(example.m, example.n, example.j)}; {inputs}; "
            f"expected = {example.expected}, answer = {example.answer} "
            f"({example.digits} significant digits)"
        )
    remarks = _notes(verdict)
    if remarks:
        parts.append("\n".join(f"- note: {escape_markdown(note)}" for note in remarks))
    return "\n\n".join(parts) + "\n"


# --- LaTeX ------------------------------------------------------------------------------

#: the verdict's mark in LaTeX maths (amssymb's \checkmark): pdflatex with no Unicode set-up reads ASCII only
_TEX_MARKS = {"✓": r"\(\checkmark\)", "✗": r"\(\times\)", "?": "?"}


def render_verdict_latex(verdict: Verdict, *, standalone: bool = False) -> str:
    """The verdict as LaTeX to paste into notes: sentences with inline maths, the two sides displayed.

    The headline, the diagnosis and the counterexample are prose (each input its own
    ``\\(…\\)``, so a paragraph may break between them); the expected gradient and the
    answer are an ``align*``, rows too wide for the page broken as ``derive``'s are.
    ``standalone``: a whole pdflatex-ready document, else the body alone.
    """
    from .latex import Row, align, document, sentence
    from .matrix import show_matrix_latex
    from .tex import escape_text, prose

    mark, said = headline(verdict).split(" ", 1)
    body = [r"\paragraph{Verdict.} " + _TEX_MARKS[mark] + " " + prose(sentence(said) + ".")]
    if verdict.verdict == "equivalent" and verdict.method == "numeric":
        body.append(prose(HONEST_NUMERIC))
    if verdict.diagnosis:
        items = "\n".join(rf"  \item \textbf{{{escape_text(d.kind)}}}: " + diagnosis_latex(d)
                           for d in verdict.diagnosis)
        body.append("\\paragraph{Diagnosis.}\n\\begin{itemize}\n" + items + "\n\\end{itemize}")
    labels = {"expected": r"\text{expected}", "answer": r"\text{answer}", "entry": r"\text{its entry } j"}
    shown = [Row(labels[role], (show_matrix_latex if _is_matrix(value) else show_latex)(value))
             for role, value in _shown(verdict)]
    if shown:
        body.append(align(shown))
    if verdict.counterexample is not None:
        body.append(_counterexample_latex(verdict.counterexample, matrix=verdict.matrix is not None))
    remarks = _notes(verdict)
    if remarks:
        items = "\n".join(r"  \item " + prose(note) for note in remarks)
        body.append("\\paragraph{Notes.}\n\\begin{itemize}\n" + items + "\n\\end{itemize}")
    return document(body) if standalone else "\n\n".join(body) + "\n"


def _counterexample_latex(example: Counterexample, *, matrix: bool) -> str:
    """The counterexample as a paragraph: the sizes, each input as inline maths, the two values."""
    from .tex import math_from_unicode, number, prose

    inputs = _array_latex(example) if matrix else [
        rf"\({math_from_unicode(value_name(value)) or value.name} = {number(f'{value.value:g}')}\)"
        for value in example.values
    ]
    sizes = ", ".join(rf"\({size}\)" for size in example_size(example.m, example.n, example.j).split(", "))
    return (r"\paragraph{Counterexample.} At " + sizes + ": " + ", ".join(inputs) + r", the gradient is \(" + number(example.expected)
            + r"\) and the answer \(" + number(example.answer) + r"\) "
            + prose(f"(both computed with {example.digits} significant digits from exactly these inputs)."))


def _array_latex(example: Counterexample) -> list[str]:
    """A matrix answer's inputs as arrays: θ and y as transposed rows, X as a small matrix."""
    from ..notation.vocabulary import GREEK
    from .tex import math_from_unicode, number

    def scalar(value: Value) -> str:
        name = math_from_unicode(value_name(value)) or value.name
        return rf"\({name} = {number(f'{value.value:g}')}\)"

    arrays, scalars = _arrays_and_scalars(example, scalar)
    shown = []
    for name, entries in arrays.items():
        symbol = math_from_unicode(_ARRAY_NAMES.get(name, name)) or "?"
        if symbol == rf"\text{{{name}}}" and name in GREEK.values():
            symbol = "\\" + name  # an answer in β: its array is \beta, not the word

        if all(len(index) == 2 for index in entries):
            rows = r" \\ ".join(
                " & ".join(_entry_latex(entries, (row, column)) for column in range(1, example.n + 1))
                for row in range(1, example.m + 1))
            shown.append(rf"\({symbol} = \left[\begin{{smallmatrix}} {rows} \end{{smallmatrix}}\right]\)")
        else:
            size = max(index[0] for index in entries)
            column = ", ".join(_entry_latex(entries, (row,)) for row in range(1, size + 1))
            shown.append(rf"\({symbol} = ({column})^{{\top}}\)")
    return shown + scalars


def _entry_latex(entries: dict[tuple[int, ...], float], index: tuple[int, ...]) -> str:
    from .tex import number

    # an entry neither side read does not matter to the two values
    return number(f"{entries[index]:g}") if index in entries else r"\cdot"


# --- JSON -------------------------------------------------------------------------------


def render_verdict_json(verdict: Verdict) -> str:
    """The verdict as JSON text (``logderiv/verdict/1``, see ``docs/json.md``)."""
    return json.dumps(verdict_data(verdict), indent=2, ensure_ascii=False) + "\n"


def verdict_data(verdict: Verdict) -> dict[str, Any]:
    """The verdict as JSON-ready data, in the shape of ``verdict.schema.json``."""
    from .json import expression_object
    from .summary import check_fields

    check = verdict.check
    return {
        "schema": VERDICT_SCHEMA_ID,
        "verdict": verdict.verdict,
        "method": verdict.method,
        "points": 0 if check is None else check.points,
        "sizes": [] if check is None else [list(size) for size in check.sizes],
        "tolerance": None if check is None or check.method != "numeric" else check.tolerance,
        "check": None if check is None else check_fields(check),
        "evidence": HONEST_NUMERIC if verdict.verdict == "equivalent" and verdict.method == "numeric" else None,
        "reason": verdict.reason or None,
        "counterexample": None if verdict.counterexample is None else _counterexample(verdict.counterexample),
        "diagnosis": [{"kind": d.kind, "message": diagnosis_text(d)} for d in verdict.diagnosis],
        "source": verdict.source,
        "cost": expression_object(verdict.problem.cost),
        "wrt": expression_object(verdict.problem.wrt),
        "expected": None if verdict.expected is None else expression_object(verdict.expected),
        "answer": None if verdict.answer is None else expression_object(verdict.answer),
        "notes": _notes(verdict),
        "time_limit": verdict.time_limit,
    }


def _counterexample(example: Counterexample) -> dict[str, Any]:
    return {
        "m": example.m,
        "n": example.n,
        "j": example.j,
        "values": [
            {"name": v.name, "indices": list(v.indices), "text": _plain_name(v), "value": v.value}
            for v in example.values
        ],
        "expected": example.expected,
        "answer": example.answer,
        "digits": example.digits,
    }


def _points(check: Check) -> str:
    from ..notation.printed import sizes_text

    sizes = sizes_text(check.sizes)
    return f"{check.points} random points ({sizes}), rel. tol. {check.tolerance:g}"

