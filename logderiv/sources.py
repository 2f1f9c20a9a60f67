"""Where a formula's text comes from: an argument, standard input (``-``), or a file (``--from``).

One small reader shared by every command that takes a formula (``derive
COST``, ``check ANSWER``, ...), so ``-`` and ``--from`` mean the same
everywhere. Library code: errors are :class:`~logderiv.errors.InputError`,
never click's.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TextIO

from .errors import InputError
from .record import record

__all__ = ["read_formula", "read_located", "formula_in_notes", "Place", "MAX_FILE_BYTES"]

#: Largest file read with ``--from`` (the formula inside is bounded again by the parser).
MAX_FILE_BYTES = 1_000_000

_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


@record
class Place:
    """Where in a notes file (Markdown or notebook) the formula read with ``--from`` stands.

    A formula taken out of notes is parsed alone, so an error's line and column
    are the block's; :meth:`locate` turns them back into the file's, so the
    caret a user sees points at their file (for a notebook: its cell and line).
    """

    #: the file's name as given
    file: str
    #: the formula's text, as parsed
    text: str
    #: 1-based line of the formula's first character: in the file, or (a notebook) in its cell
    line: int
    #: the notebook cell holding it (1-based, as Jupyter counts every cell), None for Markdown
    cell: int | None = None

    def where(self, line: int | None = None) -> str:
        """``line 7`` or ``cell 3, line 2``: a line of the formula (its first by default) in the file."""
        line = self.line if line is None else self.line + line - 1
        return f"line {line}" if self.cell is None else f"cell {self.cell}, line {line}"

    @property
    def note(self) -> str:
        """What a verdict says about where its answer came from, so a TA knows which block was judged."""
        return f"the answer is the display block at {self.where()} of {self.file}; the prose around it is not read"

    def locate(self, error: InputError) -> InputError:
        """``error`` raised while reading the formula, pointing at the file (cell) and line it stands on."""
        if error.source == self.text and error.column is not None:
            line = self.text.count("\n", 0, error.column) + 1
            error.line = self.line + line - 1
            error.label = f"{self.file}" if self.cell is None else f"{self.file}, cell {self.cell}"
        elif error.label in (None, "ANSWER", "COST"):
            error.label = f"{self.file}, the block at {self.where()}"
        if self.text.count("=") > 1 or "\\underset" in self.text:  # notes' one block is often a whole derivation
            derivation = f"a block of several = is a derivation: check it step by step with logderiv steps {self.file}"
            error.hint = derivation if not error.hint else f"{error.hint}; {derivation}"
        return error


def read_formula(
    argument: str | None,
    *,
    from_file: str | None = None,
    stdin: TextIO | None = None,
    label: str = "COST",
) -> str | None:
    """Return the formula's text: ``argument`` itself, standard input for ``-``, or ``from_file``'s formula.

    A notes file (Markdown ``.md`` or a notebook ``.ipynb``) must hold one
    display block (:func:`formula_in_notes`), which is the formula; any other
    file (``.tex``, ``.txt``) is the formula as a whole. ``None`` when neither
    is given. ``label`` names the argument in errors.
    """
    return read_located(argument, from_file=from_file, stdin=stdin, label=label)[0]


def read_located(
    argument: str | None,
    *,
    from_file: str | None = None,
    stdin: TextIO | None = None,
    label: str = "COST",
) -> tuple[str | None, Place | None]:
    """:func:`read_formula`, and where in a notes file the formula stands (None when not from notes)."""
    if from_file is not None:
        if argument is not None:
            raise InputError(f"give {label} or --from FILE, not both", label=label)
        return _read_file(from_file)
    if argument == "-":
        stream = sys.stdin if stdin is None else stdin
        text = stream.read(MAX_FILE_BYTES + 1)
        if len(text) > MAX_FILE_BYTES:
            raise InputError(f"standard input holds more than {MAX_FILE_BYTES:,} characters", label=label)
        if not text.strip():
            raise InputError("standard input is empty", hint=f"pipe a formula in, or give {label} as an argument", label=label)
        return text.strip(), None
    return argument, None


def _read_file(name: str) -> tuple[str, Place | None]:
    path = Path(name)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{name} is {size:,} bytes; --from reads files up to {MAX_FILE_BYTES:,}", label="--from")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no such file: {name}", label="--from") from None
    except IsADirectoryError:
        raise InputError(f"{name} is a directory, not a file", label="--from") from None
    except UnicodeDecodeError:
        raise InputError(f"{name} is not UTF-8 text", label="--from") from None
    except OSError as error:
        raise InputError(f"cannot read {name}: {error.strerror}", label="--from") from None
    suffix = path.suffix.lower()
    if suffix in _MARKDOWN_SUFFIXES or suffix == ".ipynb":
        place = formula_in_notes(text, name=name, notebook=suffix == ".ipynb")
        return place.text, place
    if not text.strip():
        raise InputError(f"{name} is empty", label="--from")
    return text.strip(), None


def formula_in_notes(text: str, *, name: str = "the file", notebook: bool = False) -> Place:
    """The formula of notes whose prose surrounds one display block ($$ … $$, \\[ … \\], align*, ```math).

    A Markdown file, or a notebook's Markdown cells (the JSON is read, never
    run). The formula is the only display block, or the one every block
    repeats; notes whose blocks differ are refused, naming each block's line,
    rather than judging one of them a TA did not choose: a derivation in
    several blocks is checked with ``logderiv steps``.
    """
    from .notation import notes

    cells: tuple[tuple[int, int], ...] = ()
    if notebook:
        try:
            text, cells = notes.markdown_of_notebook(text)
        except InputError as error:
            error.label = "--from"
            raise
    blocks = notes.display_blocks(text, inline=False)  # --from reads a display; inline spans are prose
    prose = text
    for block in blocks:  # what is left once the blocks are out: an opened $$ left there never closes
        prose = prose[: block.span[0]] + " " * (block.span[1] - block.span[0]) + prose[block.span[1]:]
    prose = notes.without_code(prose)
    if "$$" in prose or "\\[" in prose:
        opened = "$$" if "$$" in prose else "\\["
        closing = "$$" if opened == "$$" else "\\]"
        raise InputError(f"a '{opened}' in {name} is never closed", hint=f"close the block with {closing}",
                         label="--from")
    if not blocks:
        raise InputError(
            f"{name} holds no display maths: no $$ … $$, \\[ … \\] or \\begin{{align*}} block",
            hint="put the formula in a $$ … $$ block; prose around it is ignored", label="--from")
    places = [_place(text, block.maths, name, cells) for block in blocks]
    if all(not place.text for place in places):
        raise InputError(f"the display block in {name} is empty", label="--from")
    distinct = {re.sub(r"\s+", "", place.text) for place in places if place.text}
    if len(distinct) > 1:
        shown = [place.where() for place in places if place.text]
        raise InputError(
            f"{name} holds {len(shown)} different display blocks ({', '.join(shown)}); --from reads one formula",
            hint=f"leave only the answer's block (prose may stay), or check the derivation step by step "
                 f"with: logderiv steps {name}",
            label="--from")
    return next(place for place in places if place.text)


def _place(text: str, span: tuple[int, int], name: str, cells: tuple[tuple[int, int], ...]) -> Place:
    """The stripped maths in ``text[span]`` and the line (cell and line) of its first character."""
    start, end = span
    maths = text[start:end]
    start += len(maths) - len(maths.lstrip())
    line = text.count("\n", 0, start) + 1
    if not cells:
        return Place(name, maths.strip(), line)
    from .notation.notes import cell_line

    cell, line = cell_line(cells, line)
    return Place(name, maths.strip(), line, cell)
