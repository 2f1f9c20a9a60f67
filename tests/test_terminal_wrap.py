"""The terminal view breaks long lines as mathematics (issue 13, item 3).

The layout rules are checked on hand-made marked text (``logderiv.printing.linebreaks``)
with the lines worked out by hand, and on every preset's rendered chain at 80,
100 and 160 columns by properties read off the output itself: no line wider
than the terminal, none ending in an operator, the small factors and function
applications of the one-line form (``show_unicode``, the text view's printer)
all present unbroken, ∂/∂θⱼ always beside its bracket, every continuation line
opening with its operator past the ``=``, and one label column for the chain,
the lemma and the matrix form. The snapshots are the same renderings, to be
read by eye when they change.
"""

from __future__ import annotations

import re

import pytest
from _snapshots import assert_snapshot, rich_text
from click.testing import CliRunner

import logderiv
from logderiv.cli import main
from logderiv.records.matrix import MatrixForm
from logderiv.presets import PRESETS
from logderiv.printing import linebreaks
from logderiv.printing.linebreaks import PRODUCT, SUM, break_lines, deepen, fold, mark, strip
from logderiv.render.matrix import show_matrix_unicode, show_matrix_unicode_breaks
from logderiv.printing.expressions import show_unicode, show_unicode_breaks
from logderiv.render.terminal import render_rich

WIDTHS = (80, 100, 160)

#: how a step's row opens: how the step was verified, before its rule label
TAG = re.compile(r"✓ (sym|num)  ")
OPERATORS = ("+", "−", "·", "⊙")
S, P = mark(SUM), mark(PRODUCT)

#: pieces of the one-line form that a break must never divide: small factors and function applications
UNITS = re.compile(r"\((?:1|h\(x⁽ⁱ⁾\)|σ\(θᵀx⁽ⁱ⁾\)|y⁽ⁱ⁾) − [^()]*(?:\([^()]*\))?\)|"
                   r"(?:log|σ|h|softplus)\((?:[^()]|\([^()]*\))*\)")


# --- the layout, on marked text worked out by hand ---------------------------------------------


def test_a_line_that_fits_is_left_whole():
    """No break where the line fits, and the marks are gone."""
    assert break_lines("= a" + S + " + b", 20, indent=2) == ["= a + b"]


def test_a_sum_breaks_before_its_operator_past_the_equals():
    """Ten a's + ten b's in 14 columns: the + opens the second line, two columns in (past "= ")."""
    text = "= " + "a" * 10 + S + " + " + "b" * 10
    assert break_lines(text, 14, indent=2) == ["= aaaaaaaaaa", "  + bbbbbbbbbb"]


def test_the_shallowest_sum_is_broken_first_and_filled_greedily():
    """[p + q] + r + s: the outer + signs are used; r and s share a line when they fit."""
    inner = deepen("p" * 6 + S + " + " + "q" * 6)
    text = "= [" + inner + "]" + S + " + rrr" + S + " − sss"
    # "= [pppppp + qqqqqq]" is 19 columns: it fits in 20, so the bracket is not broken
    assert break_lines(text, 20, indent=2) == ["= [pppppp + qqqqqq]", "  + rrr − sss"]


def test_a_bracket_too_wide_breaks_inside_one_step_deeper():
    """When a term alone is too wide, its inner + is used, indented by one more step."""
    inner = deepen("p" * 6 + S + " + " + "q" * 6)
    text = "= [" + inner + "]" + S + " + rrr"
    # "    + qqqqqq]" is 2 + INDENT + 9 = 13 columns
    assert linebreaks.INDENT == 2
    assert break_lines(text, 13, indent=2) == ["= [pppppp", "    + qqqqqq]", "  + rrr"]
    # one column less: "+ qqqqqq]" (9) moves left as far as it must, 12 − 9 = 3 columns in
    assert break_lines(text, 12, indent=2) == ["= [pppppp", "   + qqqqqq]", "  + rrr"]
    # with fewer than 2 + 9 columns it cannot fit past the "=": that break gains nothing and is not made
    assert break_lines(text, 10, indent=2) == ["= [pppppp + qqqqqq]", "  + rrr"]


def test_products_are_broken_only_when_no_sum_helps_and_the_dot_is_written():
    """A product with no sum in it breaks between factors, the continuation opening with ·."""
    text = "= " + "f" * 8 + P + " " + "g" * 8
    assert break_lines(text, 12, indent=2) == ["= ffffffff", "  · gggggggg"]
    # a sum mark anywhere is preferred to a product mark
    text = "= " + "f" * 4 + P + " " + "g" * 4 + S + " + " + "h" * 4
    assert break_lines(text, 14, indent=2) == ["= ffff gggg", "  + hhhh"]


def test_a_unit_wider_than_the_line_is_not_split_but_folded_at_the_edge():
    """Text with no mark stays one line however wide; fold cuts it at the edge, keeping the indent."""
    assert break_lines("= " + "u" * 30, 10, indent=2) == ["= " + "u" * 30]
    assert fold("= " + "u" * 14, 10, indent=2) == ["= uuuuuuuu", "  uuuuuu"]


def test_marks_leave_no_trace():
    """strip and deepen keep every visible character; a mark is not a column."""
    text = "a" + S + " + [b" + deepen(P) + " c]"
    assert strip(text) == "a + [b c]"
    assert linebreaks.visible(text) == len("a + [b c]")


# --- the printer's marks -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def derivations():
    """Every preset, derived once with its matrix form (as ``derive -f rich`` shows it)."""
    return {name: logderiv.derive(name, matrix=True) for name in PRESETS}


def _expressions(derivation):
    yield derivation.start
    for step in derivation.steps:
        yield step.expression
    for lemma in derivation.lemmas:
        yield lemma.start
        for step in lemma.steps:
            yield step.expression


def test_the_marked_line_is_the_one_line_form(derivations):
    """Without its marks, the marked printing of every step is the text view's printing."""
    for derivation in derivations.values():
        for expr in _expressions(derivation):
            assert strip(show_unicode_breaks(expr)) == show_unicode(expr)
        if isinstance(derivation.matrix, MatrixForm):
            for step in derivation.matrix.steps:
                assert strip(show_matrix_unicode_breaks(step.expression)) == show_matrix_unicode(step.expression)


def test_no_mark_inside_a_unit(derivations):
    """No mark falls inside a function's argument, a small factor, or between ∂/∂θⱼ and its bracket."""
    for derivation in derivations.values():
        for expr in _expressions(derivation):
            marked = show_unicode_breaks(expr)
            for unit in UNITS.finditer(show_unicode(expr)):
                assert unit.group() in strip(marked)
                # the unit, as the marked text spells it, has no mark in it: found whole in the marked text
                assert unit.group() in marked, (unit.group(), marked)
            assert "∂/∂θⱼ" not in marked or all(after.startswith(" [") for after in marked.split("∂/∂θⱼ")[1:])


def test_breaking_keeps_every_character(derivations):
    """The lines of a broken step, read in order, are the one-line form (spaces and inserted · aside)."""
    for derivation in derivations.values():
        for expr in _expressions(derivation):
            for width in (30, 50, 70):
                lines = break_lines("= " + show_unicode_breaks(expr), width, indent=2)
                said = re.sub(r"[\s·]", "", "".join(lines))
                assert said == re.sub(r"[\s·]", "", "= " + show_unicode(expr))


# --- every preset's chain at 80, 100 and 160 columns -------------------------------------------


def _chain_view(derivation, width: int) -> str:
    """The rendered chain, lemmas and matrix form: what comes before the verdict, less the check lines.

    (How each step was checked can change with the machine's load; the layout cannot.)
    """
    text = rich_text(render_rich(derivation), width=width)
    lines, checks = [], False
    for line in text.splitlines():
        # the verdict ends it; a step's own tag (✓ sym, ✓ num) opens its row
        if line.startswith(("✓", "✗", "?")) and not TAG.match(line):
            break
        checks = line.startswith("matrix form verified") or (checks and bool(line.strip()))
        if not checks:
            lines.append(line.rstrip())
    return "\n".join(lines).rstrip() + "\n"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", sorted(PRESETS))
def test_preset_chain_snapshot(derivations, name, width):
    """Each preset's chain as a terminal of ``width`` columns shows it (reviewed by eye)."""
    assert_snapshot(f"wrap_{name}_{width}.txt", _chain_view(derivations[name], width))


def _steps(derivation):
    yield from derivation.steps
    for lemma in derivation.lemmas:
        yield from lemma.steps
    if isinstance(derivation.matrix, MatrixForm):
        yield from derivation.matrix.steps


def _rows(derivation, text: str):
    """(step, column where its right-hand side starts, the right-hand side's lines) for each step shown.

    A row opens with the step's tag, then its label (which may wrap within its column: the parts read in
    order are the label), then, two blanks or more on, the right-hand side. A lemma's rows are read
    inside its panel (the border ``│ `` taken off).
    """
    lines = [line.removeprefix("│ ").rstrip(" │") for line in text.splitlines()]
    rows, position = [], 0
    for step in _steps(derivation):
        label = step.rule.label(show_unicode)
        while not ((found := re.match(TAG.pattern + r"(.+?) {2,}(∇J )?= ", lines[position]))
                   and label.startswith(found.group(2))):
            position += 1
        first, column = lines[position], found.start(2)
        start = found.end() - len(found.group(3) or "") - 2
        body, parts = [first[start:]], [found.group(2)]
        position += 1
        # a continuation line: blank under the tag, then the rest of the label or more right-hand side or both
        while position < len(lines) and not lines[position][:column].strip() and lines[position][column:].strip():
            parts.append(lines[position][column:start].strip())
            if lines[position][start:].strip():
                body.append(lines[position][start:])
            position += 1
        assert "".join(parts).replace(" ", "") == label.replace(" ", ""), (label, parts)
        rows.append((step, start, body))
    return rows


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", sorted(PRESETS))
def test_preset_chain_reads_as_mathematics(derivations, name, width):
    """The rules of the issue, read off the rendered chain of every preset at every width."""
    derivation = derivations[name]
    text = _chain_view(derivation, width)
    assert max(len(line) for line in text.splitlines()) <= width
    rows = _rows(derivation, text)
    # one label column for the chain, the lemma's panel and the matrix form
    assert len({start for _, start, _ in rows}) == 1
    for step, _, body in rows:
        first, *rest = body
        equals = first.index("= ")
        for line in rest:
            # a continuation opens with its operator, past the "=" (no unit was cut at the edge)
            assert line.lstrip(" ").startswith(OPERATORS), (step, line)
            assert len(line) - len(line.lstrip(" ")) >= equals + 2, (step, line)
        assert not any(line.endswith(OPERATORS + ("=",)) for line in body), (step, body)
        # every small factor and function application of the one-line form is on one line
        for unit in UNITS.finditer(show_unicode(step.expression) if first.startswith("= ") else ""):
            assert any(unit.group() in line for line in body), (step, unit.group(), body)
        assert all(after.startswith(" [") for line in body for after in line.split("∂/∂θⱼ")[1:]), body


def test_a_long_label_wraps_within_its_column():
    """At 50 columns the label column is at most 15 wide; a longer label wraps inside it."""
    derivation = logderiv.derive("logistic")
    text = rich_text(render_rich(derivation, form="index"), width=50)
    assert max(len(line) for line in text.splitlines()) <= 50
    assert "h(x⁽ⁱ⁾) =" in text and "h(x⁽ⁱ⁾) = σ(θᵀx⁽ⁱ⁾)" not in text


# --- the command line ---------------------------------------------------------------------------


def test_derive_rich_at_80_columns_fits():
    """``derive logistic-l2 -f rich`` with COLUMNS=80 writes no line wider than 80 columns."""
    result = CliRunner().invoke(main, ["derive", "logistic-l2", "-f", "rich"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.output.splitlines()) <= 80
    # the unbreakable "− (σ(θᵀx⁽ⁱ⁾) (1 − y⁽ⁱ⁾) (1 − σ(θᵀx⁽ⁱ⁾))/(1 − h(x⁽ⁱ⁾)))" is 54 columns and must fit past
    # "= ": the label column gives way to 80 − 54 − 2 − (5 + 2 tag, 2 gap) = 15, so the "=" stands at 24,
    # and a break inside Σᵢ's bracket is indented to 24 + 2 + 2 = 28
    assert "\n" + " " * 28 + "− ((1 − y⁽ⁱ⁾)/(1 − h(x⁽ⁱ⁾)))" in result.output


def test_text_view_is_never_wrapped():
    """``-f text`` (pipes, files) keeps each step on one line whatever COLUMNS says."""
    derivation = logderiv.derive("logistic-l2")
    result = CliRunner().invoke(main, ["derive", "logistic-l2", "-f", "text"], env={"COLUMNS": "40"})
    assert result.exit_code == 0, result.output
    for step in derivation.steps:
        assert f"= {show_unicode(step.expression)}\n" in result.output


def test_docs_excerpt_is_the_real_output():
    """docs/cli.md's excerpt of the terminal view at 80 columns is what ``derive`` prints now."""
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- excerpt: logderiv derive logistic-l2 -f rich, COLUMNS=80, first (\d+) lines -->\n"
                      r"```text\n(.*?)^```", page, re.DOTALL | re.MULTILINE)
    assert found, "docs/cli.md has no excerpt of the terminal view"
    result = CliRunner().invoke(main, ["derive", "logistic-l2", "-f", "rich"], env={"COLUMNS": "80"})
    lines = [line.rstrip() for line in result.output.splitlines()[: int(found.group(1))]]
    assert found.group(2) == "\n".join(lines) + "\n"
