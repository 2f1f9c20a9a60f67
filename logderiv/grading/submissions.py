"""Submissions to grade, read from a CSV or JSONL export or a folder: one :class:`Row` per row, in order, none lost.

A row that cannot be read as a row (a CSV row with more or fewer cells than
the header, a JSONL line that is not a JSON object, bytes that are not UTF-8)
is still a :class:`Row`, carrying its ``problem``: it is graded ``unreadable``
with its row number, never dropped. Only what stops the whole file from being
read (no header, a delimiter that cannot be told, no answer column) is an
:class:`~logderiv.errors.InputError`. Nothing in a submission is executed.

A folder holds one file per student (:func:`read_folder`): each ``.txt``,
``.tex``, ``.md`` or ``.ipynb`` file is a row, in the sorted order of the
files' paths; a file that cannot be read (bytes that are not UTF-8, a notebook
that is not JSON, an empty file) is a row with its ``problem``, like a ragged
CSV row. Other files and hidden ones are not rows: they are listed in
``Submissions.skipped``, for the command to say so.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from ..errors import InputError
from ..records.grading import OUTPUT_COLUMNS, UNDECODABLE, Row, Submissions, wide_columns

if TYPE_CHECKING:
    from _csv import Reader as _CsvReader

__all__ = ["read_submissions", "read_columns", "read_folder", "folder_files", "rows_from", "FOLDER_SUFFIXES",
           "FOLDER_COLUMNS"]

#: the files of a folder that are submissions: a derivation (or one formula) as text, LaTeX, Markdown or a notebook
FOLDER_SUFFIXES = (".txt", ".tex", ".md", ".ipynb")
_SUFFIXES_SAID = ", ".join(FOLDER_SUFFIXES[:-1]) + " or " + FOLDER_SUFFIXES[-1]
#: a folder's rows' columns: the student's id (the file's path in the folder, without its suffix) and the file's path
FOLDER_COLUMNS = ("id", "file")
#: the largest submission file read (as ``--from`` reads); a derivation is a page, not a megabyte
_MAX_FILE_BYTES = 1_000_000

#: delimiters a CSV header is sniffed for (``;`` is what spreadsheets with a decimal comma export)
_DELIMITERS = (",", ";", "\t", "|")
def read_submissions(path: str | Path, *, id_column: str | None = None, answer_column: str | None = None,
                     kind: str | None = None) -> Submissions:
    """The submissions in ``path``: JSONL by its suffix (``.jsonl``, ``.ndjson``) or first character, else CSV."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read SUBMISSIONS: {error.strerror or error}", label=str(path)) from None
    bom = data.startswith(b"\xef\xbb\xbf")
    text = data[3 if bom else 0:].decode("utf-8", "surrogateescape")
    if kind is None:
        suffix = path.suffix.lower()
        kind = "jsonl" if suffix in (".jsonl", ".ndjson") or (suffix != ".csv" and text.lstrip()[:1] == "{") else "csv"
    reader = _read_jsonl if kind == "jsonl" else _read_csv
    submissions = reader(text, str(path), id_column, answer_column)
    return Submissions(**{**_fields(submissions), "bom": bom})


def read_columns(path: str | Path, answer_columns: Sequence[str], *, id_column: str | None = None) -> list[Submissions]:
    """A wide export's submissions, once per answer column: the same rows, each with that column's answer.

    The file is read once per column (a ms for a class), so that a row's problem
    with one column's cell (a JSONL value that is not text) is that column's only.
    A column named twice, or an input column named as one grading writes
    (``q1_verdict``, ``total_score``), is refused.
    """
    repeated = [column for column in dict.fromkeys(answer_columns) if answer_columns.count(column) > 1]
    if repeated:
        raise InputError(f"--answer {repeated[0]} is given twice: each answer column is graded once, against its "
                         "own question", label="--answer", hint="give each answer column once, with its question")
    read = [read_submissions(path, id_column=id_column, answer_column=column) for column in answer_columns]
    clashes = [name for name in read[0].columns if name in wide_columns(answer_columns)]
    if clashes:
        raise InputError(f"the submissions already have a column '{clashes[0]}', which grading writes",
                         label=str(path), hint="grade the original export, or rename the column")
    return read


def rows_from(records: Iterable[Mapping[str, Any]], *, id_column: str | None = None,
              answer_column: str | None = None) -> Submissions:
    """Submissions from dicts (a notebook's list of answers), each checked as a JSONL line is."""
    lines = [json.dumps(dict(item), ensure_ascii=False) if isinstance(item, Mapping) else item for item in records]
    return _read_jsonl("\n".join(lines), "rows", id_column, answer_column)


def read_folder(path: str | Path) -> Submissions:
    """The submissions in a folder, one file per student: a :class:`Row` per file, in the sorted order of their paths.

    A row's id is the file's path in the folder without its suffix (``alice`` for
    ``alice.tex``, ``lab 3/alice`` for ``lab 3/alice.md``: an LMS that makes a folder
    per student names the student in the folder); its fields are ``id`` and ``file``.
    """
    folder = Path(path)
    files, skipped = folder_files(folder)
    if not files:
        has = (f"it has {len(skipped)} other {'file' if len(skipped) == 1 else 'files'} ({_listed(skipped)})"
               if skipped else "it is empty")
        raise InputError(f"the folder holds no {_SUFFIXES_SAID} file to grade: {has}", label=str(folder),
                         hint="one file per student: a derivation (or an answer) as .txt, .tex, .md or .ipynb")
    rows = [_file_row(number, folder, file) for number, file in enumerate(files, 1)]
    return Submissions("folder", FOLDER_COLUMNS, tuple(rows), "id", "file", skipped=tuple(skipped))


def folder_files(folder: Path) -> tuple[list[PurePosixPath], list[str]]:
    """The submission files in ``folder`` and below, sorted by path, and what is not one (hidden folders once)."""
    files: list[PurePosixPath] = []
    skipped: list[str] = []
    for directory, folders, names in os.walk(folder):  # symbolic links to folders are not followed
        here = PurePosixPath(Path(directory).relative_to(folder).as_posix())
        skipped += [f"{(here / name).as_posix()}/" for name in folders if name.startswith(".")]
        folders[:] = [name for name in folders if not name.startswith(".")]  # .git, .ipynb_checkpoints
        for name in names:
            if (name.startswith(".") or PurePosixPath(name).suffix.lower() not in FOLDER_SUFFIXES
                    or not os.path.isfile(os.path.join(directory, name))):  # a pipe or a device would never end
                skipped.append((here / name).as_posix())
            else:
                files.append(here / name)
    return sorted(files, key=lambda file: file.parts), sorted(skipped)


def _listed(names: list[str], most: int = 8) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def _file_row(number: int, folder: Path, file: PurePosixPath) -> Row:
    """One file as a row: its text, or why it cannot be graded (an unreadable row, never a dropped one)."""
    name = file.as_posix()
    student = file.with_suffix("").as_posix()
    fields = {"id": student, "file": name}

    def problem(why: str) -> Row:
        return Row(number, fields, None, student, f"{name} {why}", 0, name)

    try:
        data = (folder / file).read_bytes()
    except OSError as error:
        return problem(f"cannot be read: {error.strerror or error}")
    if len(data) > _MAX_FILE_BYTES:
        return problem(f"is {len(data):,} bytes: a submission file is read up to {_MAX_FILE_BYTES:,}")
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark is not part of the text
    except UnicodeDecodeError as error:
        return problem(f"is not UTF-8 text (byte {error.start}): save it as UTF-8")
    if not text.strip():
        return problem("is empty")
    if file.suffix.lower() == ".ipynb":
        from ..notation.notes import markdown_of_notebook

        try:
            markdown_of_notebook(text)  # JSON, read and never run: a notebook that is not one is said so here
        except InputError as error:
            return problem(f"cannot be read: {error.message}")
    return Row(number, fields, text, student, "", 0, name)


def _fields(submissions: Submissions) -> dict[str, Any]:
    return {name: getattr(submissions, name) for name in Submissions.__dataclass_fields__}


# --- CSV ------------------------------------------------------------------------------------


def _read_csv(text: str, label: str, id_column: str | None, answer_column: str | None) -> Submissions:
    delimiter = _sniff(text, label)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header, line = _header(reader, label)
    _refuse_clashes(header, label)
    id_column, answer_column = _columns(header, id_column, answer_column, label)
    rows: list[Row] = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:  # a stray quote: this row is unreadable, the reader goes on with the next line
            rows.append(_bad_row(len(rows) + 1, header, [], line, f"is not valid CSV ({error})"))
            continue
        if not cells:
            continue  # a blank line is no row
        if len(cells) != len(header):
            rows.append(_bad_row(len(rows) + 1, header, cells, line,
                                 f"has {len(cells)} cells where the header has {len(header)}"))
            continue
        fields = dict(zip(header, cells))
        rows.append(_row(len(rows) + 1, fields, id_column, answer_column, line))
    return Submissions("csv", tuple(header), tuple(rows), id_column, answer_column, delimiter)


def _sniff(text: str, label: str) -> str:
    """The delimiter the header line uses most (outside quotes); refused when two are used equally."""
    first = text.split("\n", 1)[0]
    counts = {delimiter: 0 for delimiter in _DELIMITERS}
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    ranked = sorted(_DELIMITERS, key=lambda delimiter: -counts[delimiter])
    best, second = ranked[0], ranked[1]
    if counts[best] == 0:
        return ","  # one column: no delimiter to see
    if counts[best] == counts[second]:
        shown = {",": "','", ";": "';'", "\t": "a tab", "|": "'|'"}
        raise InputError(f"the header uses {shown[best]} and {shown[second]} equally often: which separates the "
                         "columns cannot be told", source=first, column=first.find(second), label=label,
                         hint="export the file with one delimiter, or quote the column names that hold the other")
    return best


def _header(reader: _CsvReader, label: str) -> tuple[list[str], int]:
    try:
        for header in reader:
            if header:
                return [name.strip() for name in header], reader.line_num
    except csv.Error as error:
        raise InputError(f"the header is not valid CSV ({error})", label=label) from None
    raise InputError("SUBMISSIONS has no header row", label=label,
                     hint="the first line names the columns, e.g. id,answer")


def _bad_row(number: int, header: list[str], cells: list[str], line: int, why: str) -> Row:
    """A row that is not a row of the table: its cells kept as far as the header goes, graded unreadable."""
    fields = {name: cells[index] if index < len(cells) else "" for index, name in enumerate(header)}
    return Row(number, fields, None, "", f"row {number} (line {line}) {why}", line)


# --- JSONL ----------------------------------------------------------------------------------


def _read_jsonl(text: str, label: str, id_column: str | None, answer_column: str | None) -> Submissions:
    lines = text.split("\n")
    parsed: list[tuple[int, Any, str]] = []
    for line_number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            parsed.append((line_number, None, f"is not JSON ({error.msg}, column {error.colno})"))
            continue
        if not isinstance(value, dict):
            parsed.append((line_number, None, f"is JSON but not an object ({type(value).__name__})"))
            continue
        parsed.append((line_number, value, ""))
    columns: dict[str, None] = {}
    for _, value, _ in parsed:
        if value is not None:
            columns.update(dict.fromkeys(value))
    header = list(columns)
    if not header:
        raise InputError("SUBMISSIONS has no JSON object with an answer", label=label,
                         hint='one object a line, e.g. {"id": "s1", "answer": "1/m * sum((h - y) x_j)"}')
    _refuse_clashes(header, label)
    id_column, answer_column = _columns(header, id_column, answer_column, label)
    rows = []
    for number, (line_number, value, problem) in enumerate(parsed, 1):
        if value is None:
            rows.append(Row(number, {"line": lines[line_number - 1]}, None, "",
                            f"row {number} (line {line_number}) {problem}", line_number))
            continue
        answer = value.get(answer_column)
        if answer is not None and not isinstance(answer, str):
            rows.append(Row(number, value, None, _text(value.get(id_column)),
                            f"row {number} (line {line_number}): the answer is {type(answer).__name__}, not text",
                            line_number))
            continue
        rows.append(_row(number, value, id_column, answer_column, line_number))
    return Submissions("jsonl", tuple(header), tuple(rows), id_column, answer_column)


# --- shared ---------------------------------------------------------------------------------


def _row(number: int, fields: Mapping[str, Any], id_column: str, answer_column: str, line: int) -> Row:
    answer = fields.get(answer_column)
    answer = "" if answer is None else answer
    student = _text(fields.get(id_column))
    if any(UNDECODABLE.search(value) for value in fields.values() if isinstance(value, str)):
        return Row(number, fields, None, student, f"row {number} (line {line}) holds bytes that are not UTF-8", line)
    return Row(number, fields, answer, student, "", line)


def _text(value: Any) -> str:
    return "" if value is None else value if isinstance(value, str) else json.dumps(value)


def _refuse_clashes(header: list[str], label: str) -> None:
    """Column names the output would repeat (a graded file graded again), or that appear twice, are refused."""
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise InputError(f"the column '{name}' appears twice: which one is meant cannot be told", label=label,
                             hint="rename one of them")
        seen.add(name)
    clashes = [name for name in header if name in OUTPUT_COLUMNS]
    if clashes:
        raise InputError(f"the submissions already have a column '{clashes[0]}', which grading writes",
                         label=label, hint="grade the original export, or rename the column")


def _columns(header: list[str], id_column: str | None, answer_column: str | None, label: str) -> tuple[str, str]:
    """The id and answer columns: as given, else the first column and the one named answer or response."""
    listed = ", ".join(header)
    for given, option in ((id_column, "--id"), (answer_column, "--answer")):
        if given is not None and given not in header:
            raise InputError(f"{option} {given}: there is no such column", label=label,
                             hint=f"the columns are: {listed}")
    if answer_column is None:
        exact = [name for name in header if name.casefold() in ("answer", "response")]
        near = [name for name in header if "answer" in name.casefold() or "response" in name.casefold()]
        found = exact if len(exact) == 1 else near
        if len(found) != 1:
            said = "no column is" if not found else f"{len(found)} columns are ({', '.join(found)})"
            raise InputError(f"{said} named like 'answer' or 'response': which holds the answers cannot be told",
                             label=label, hint=f"give --answer COL; the columns are: {listed}")
        answer_column = found[0]
    if id_column is None:
        id_column = header[0]
    return id_column, answer_column
