"""Each printed step says how that step was verified (``✓ sym`` / ``✓ num``), in derive's and steps' views.

The tag is read back from the output and held against the step record's own ``check.method``; which
method a step gets is fixed by construction (hand-built checks) or by what the verifier can do (an
unevaluated derivative is opaque to expansion, so such a step is numeric; a polynomial rewrite expands).
"""

from __future__ import annotations

import re

import derivations as d
from _snapshots import rich_text

from logderiv.render.printing import show_unicode
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
