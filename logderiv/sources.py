"""Where a formula's text comes from: an argument, standard input (``-``), or a file (``--from``).

One small reader shared by every command that takes a formula (``derive
COST``, ``check ANSWER``, ...), so ``-`` and ``--from`` mean the same
everywhere. Library code: errors are :class:`~logderiv.errors.InputError`,
never click's.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from .errors import InputError

__all__ = ["read_formula", "formula_in_markdown", "MAX_FILE_BYTES"]

#: Largest file read with ``--from`` (the formula inside is bounded again by the parser).
MAX_FILE_BYTES = 1_000_000

_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


def read_formula(
    argument: str | None,
    *,
    from_file: str | None = None,
    stdin: TextIO | None = None,
    label: str = "COST",
) -> str | None:
    """Return the formula's text: ``argument`` itself, standard input for ``-``, or ``from_file``'s formula.

    A Markdown file (``.md``) must hold exactly one ``$$ … $$`` block, which is
    the formula; any other file (``.tex``, ``.txt``) is the formula as a whole.
    ``None`` when neither is given. ``label`` names the argument in errors.
    """
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
        return text.strip()
    return argument


def _read_file(name: str) -> str:
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
    if path.suffix.lower() in _MARKDOWN_SUFFIXES:
        return formula_in_markdown(text, name=name)
    if not text.strip():
        raise InputError(f"{name} is empty", label="--from")
    return text.strip()


def formula_in_markdown(text: str, *, name: str = "the file") -> str:
    """The contents of the one ``$$ … $$`` block in Markdown ``text``."""
    pieces = text.split("$$")
    if len(pieces) % 2 == 0:
        raise InputError(f"a '$$' in {name} is never closed", hint="close the block with $$", label="--from")
    blocks = [piece.strip() for piece in pieces[1::2]]
    if len(blocks) != 1:
        raise InputError(
            f"{name} holds {len(blocks)} $$ blocks; --from reads a file with exactly one",
            hint="put the formula to read in the file's only $$ … $$ block",
            label="--from",
        )
    if not blocks[0]:
        raise InputError(f"the $$ block in {name} is empty", label="--from")
    return blocks[0]
