"""Each printed step says how that step was verified (``✓ sym`` / ``✓ num``), in derive's and steps' views.

The tag is read back from the output and held against the step record's own ``check.method``; which
method a step gets is fixed by construction (hand-built checks) or by what the verifier can do (an
unevaluated derivative is opaque to expansion, so such a step is numeric; a polynomial rewrite expands).
"""

from __future__ import annotations

import re
from pathlib import Path

import derivations as d
from _snapshots import rich_text
from test_fixderivs3 import TRANSPOSED
from click.testing import CliRunner
from rich.cells import cell_len

import logderiv
from logderiv.cli import main
from logderiv.printing.expressions import show_unicode
from logderiv.render.review import render_review_rich, render_review_text
from logderiv.render.terminal import render_rich
from logderiv.render.text import render_text

#: the short name of each method, as the tags spell it
SHORT = {"symbolic": "sym", "numeric": "num"}


def _tag_before(line: str, label: str) -> str | None:
    """The method a derive line's tag names when the line carries ``label``, else None."""
    found = re.match(r"\s*✓ (sym|num)\s+(.*)$", line)
    if found is None or not found.group(2).startswith(label):
        return None
    return found.group(1)


def _tags_in_order(text: str) -> list[str]:
    return re.findall(r"^\s*(?:│ )?✓ (sym|num)\s", text, re.MULTILINE)


def test_derive_text_tags_each_step_with_its_own_method():
    """Hand-built: a symbolic and a numeric step in one chain; each line's tag is its step's method."""
    derivation = d.logistic()
    methods = {step.check.method for step in derivation.steps}
    assert methods == {"symbolic", "numeric"}  # the case is meaningful only with both
    lines = render_text(derivation).splitlines()
    chain = lines[1 : 1 + len(derivation.steps)]
    for step, line in zip(derivation.steps, chain):
        assert _tag_before(line, step.rule.label(show_unicode)) == SHORT[step.check.method], line


def test_derive_tags_follow_the_steps_in_every_chain():
    """Chain, lemma and matrix form: the tags in order are the steps' methods in order, in text and rich."""
    for build in d.ALL.values():
        derivation = build()
        steps = [*derivation.steps, *(s for lemma in derivation.lemmas for s in lemma.steps)]
        if derivation.matrix is not None and hasattr(derivation.matrix, "steps"):
            steps += list(derivation.matrix.steps)
        expected = [SHORT[step.check.method] for step in steps]
        assert _tags_in_order(render_text(derivation)) == expected, build.__name__
        assert _tags_in_order(rich_text(render_rich(derivation), width=160)) == expected, build.__name__


def test_derive_engine_steps_are_tagged_by_their_records():
    """A real derivation: the tags are the engine's own records, and both methods occur in it."""
    from logderiv import derive

    derivation = derive("logistic")
    expected = [SHORT[step.check.method] for step in (*derivation.steps, *derivation.lemmas[0].steps)]
    assert set(expected) == {"sym", "num"}
    assert _tags_in_order(derivation.to_text()) == expected


def test_derive_tag_column_keeps_the_expressions_aligned():
    """The tag has one width, so every ``=`` of a chain stands in one column (labels shorter than the cap)."""
    text = render_text(d.squared_error())
    columns = {line.index("  = ") for line in text.splitlines()[1:] if line.lstrip().startswith("✓")}
    assert len(columns) == 1


# --- steps: each written line as mathematics, with its own method -----------------------------------------------

WRITTEN = Path(__file__).parent / "derivations_written"
_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}

#: the first line has no derivative left, so expanding cannot compare it with ∂J/∂θⱼ (a derivative is opaque
#: to expansion): numeric. The second only multiplies out the first: its difference expands to 0, symbolic.
KNOWN = "1/m * sum((h - y) x_j)\n= 1/m * sum(h x_j - y x_j)\n"

_ROW = re.compile(r"^line (\d+)\s+([✓✗·])(?: (sym|num))?(?: \((\d+) pts?\))?\s{2}(.*)$")


def _rows_of(text: str) -> dict[int, tuple[str, str | None, int | None, str]]:
    """Each step's row of a steps report: line -> (mark, method tag, points, what is shown)."""
    rows = {}
    for line in text.splitlines():
        found = _ROW.match(line)
        if found:
            number, mark, method, points, shown = found.groups()
            rows[int(number)] = (mark, method, None if points is None else int(points), shown.strip())
    return rows


def test_steps_tags_are_each_steps_own_method():
    """A numeric step and a symbolic one, as the verifier must decide them; each row's tag is its record's."""
    review = logderiv.steps(KNOWN)
    assert [step.check.method for step in review.steps] == ["numeric", "symbolic"]
    for text in (render_review_text(review), rich_text(render_review_rich(review), width=200)):
        rows = _rows_of(text)
        for step in review.steps:
            mark, method, points, _ = rows[step.written.line]
            assert (mark, method) == ("✓", SHORT[step.check.method])
            assert points == (step.check.points if step.check.method == "numeric" else None)


def test_steps_lines_are_shown_as_the_mathematics_read():
    """Each row shows the line's built expression through derive's printer, not the text as typed."""
    review = logderiv.steps(KNOWN)
    rows = _rows_of(render_review_text(review))
    for step in review.steps:
        assert rows[step.written.line][3] == show_unicode(step.expression)
    assert "sum(" not in render_review_text(review) and "x_j" not in render_review_text(review)


def test_steps_wrong_step_keeps_its_diagnosis():
    """The wrong line is ✗ with its method, the rows after it ✓, and the diagnosis text is unchanged."""
    review = logderiv.steps((WRITTEN / "logistic_sign_chain_rule.txt").read_text(encoding="utf-8"))
    wrong = review.first_error
    assert wrong is not None and wrong.counterexample is not None and wrong.diagnosis
    for text in (render_review_text(review), rich_text(render_review_rich(review), width=240)):
        rows = _rows_of(text)
        assert rows[wrong.written.line][:2] == ("✗", SHORT[wrong.check.method])
        assert [rows[step.written.line][0] for step in review.steps] == ["✓" if s.valid else "✗" for s in review.steps]
        for finding in wrong.diagnosis:
            assert f"[{finding.kind}] {finding.message}" in text


def test_steps_line_that_fails_to_parse_is_still_an_error_with_a_caret():
    """A line the reader cannot read stops the review as before: exit 2, its line, a caret, nothing on stdout."""
    text = "1/m * sum((h - y) x_j)\n= 1/m * sum(h x_j - y lgo(x_j))\n"
    result = CliRunner(env=_ENV).invoke(main, ["steps", "-", "-f", "text"], input=text)
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    shown = next(index for index, line in enumerate(lines) if "lgo(x_j)" in line)
    assert lines[shown + 1].index("^") == lines[shown].index("lgo")
    assert "line 2" in result.stderr and "Traceback" not in result.stderr


#: a matrix-form derivation whose line 4 does not conform (Xᵀ is n×m, θᵀ is 1×n): it has no value to print
#: (test_fixderivs3's page: Xᵀθᵀ in line 4 is n×m times 1×n)
UNCONFORMING = TRANSPOSED


def test_steps_line_without_a_value_is_shown_as_written():
    """A line with no value is shown as typed, marked so; the others in the matrix printer's Unicode."""
    review = logderiv.steps(UNCONFORMING, file_kind="markdown")
    text = render_review_text(review)
    rows = _rows_of(text)
    for step in review.steps:
        mark, _, _, shown = rows[step.written.line]
        if step.has_value:
            assert "\\" not in shown and "θ" in shown  # mathematics, not LaTeX source
        else:
            assert (mark, shown) == ("✗", f"as written: {step.written.written}")
    assert sum(not step.has_value for step in review.steps) == 1
    assert "theta.T" not in text  # the title's cost goes through the matrix printer too


def test_steps_rich_view_at_a_fixed_width_wraps_inside_its_column():
    """At 80 columns no line is wider than the terminal, and a long line wraps under its own column."""
    review = logderiv.steps((WRITTEN / "logistic_sign_chain_rule.txt").read_text(encoding="utf-8"))
    shown = rich_text(render_review_rich(review), width=80)
    assert all(cell_len(line.rstrip()) <= 80 for line in shown.splitlines())
    lines = shown.splitlines()
    rows = [index for index, line in enumerate(lines) if _ROW.match(line.rstrip())]
    assert len(rows) == len(review.steps)
    column = _ROW.match(lines[rows[1]].rstrip()).start(5)  # where the mathematics starts
    for start, end in zip(rows, [*rows[1:], rows[-1] + 2]):
        for line in lines[start + 1 : end]:
            if line.strip():
                assert line[:column].strip() == "", line  # a continuation or a detail: never back at column 0
    assert "θⱼ" in shown and "⁽ⁱ⁾" in shown
