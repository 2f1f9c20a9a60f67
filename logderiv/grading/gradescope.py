"""One student's Gradescope submission graded: a file per question, read from the submission folder.

Inside Gradescope's autograder container the student's files are in
``/autograder/submission`` and the results go to
``/autograder/results/results.json`` (https://gradescope-autograders.readthedocs.io/en/latest/specs/).
The answer to the question in ``q1.toml`` is the file ``q1.txt``, ``q1.tex``
or ``q1.md`` anywhere in the folder; with one question, the one such file
the folder holds, whatever its name. No such file, or two that could be the
answer, is an ``unreadable`` answer (0, and the reason, for the student to
read): which file is meant is never guessed. Nothing in the folder is executed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Sequence

from ..errors import InputError
from ..records.grading import Question, Row

if TYPE_CHECKING:  # pragma: no cover
    from . import Grade

__all__ = ["SUBMISSION", "RESULTS", "ANSWER_SUFFIXES", "grade_submission", "answer_rows", "question_name"]

#: where Gradescope puts the student's files, and where it reads the results
SUBMISSION = "/autograder/submission"
RESULTS = "/autograder/results/results.json"
#: the files an answer may be in
ANSWER_SUFFIXES = (".txt", ".tex", ".md")


def grade_submission(folder: str | Path, questions: Sequence[Question], *, jobs: int | None,
                     timeout: float) -> list[tuple[Question, Grade]]:
    """Each question with the grade of its answer in ``folder``, in the questions' order."""
    from . import graded

    rows = answer_rows(folder, questions)  # every file found before any worker starts
    return [(question, _only(graded([row], question, jobs=jobs, timeout=timeout)))  # to the end: the workers stop
            for question, row in zip(questions, rows)]


def _only(grades: Iterator[Grade]) -> Grade:
    """The one grade of a one-row grading, the iterator run to its end."""
    (grade,) = grades
    return grade


def question_name(question: Question, index: int) -> str:
    """The stem of the question's file (``q1`` for ``q1.toml``); ``q<index>`` for a question built in Python."""
    return Path(question.path).stem if question.path else f"q{index}"


def answer_rows(folder: str | Path, questions: Sequence[Question]) -> list[Row]:
    """One :class:`Row` per question, in order: the answer file's text, or why there is none to grade."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"the submission folder {folder} does not exist" if not folder.exists()
                         else f"{folder} is not a folder", label="SUBMISSIONS",
                         hint=f"inside Gradescope's autograder the student's files are in {SUBMISSION}")
    files = _answer_files(folder)
    rows = []
    for index, question in enumerate(questions, 1):
        name = question_name(question, index)
        found = [path for path in files if path.stem.casefold() == name.casefold()]
        if not found and len(questions) == 1:
            found = files
        rows.append(_row(index, name, found, folder, files))
    return rows


def _answer_files(folder: Path) -> list[Path]:
    """The files in ``folder`` (and below) an answer may be in, sorted; hidden ones (``.git``) left out."""
    return sorted(path for path in folder.rglob("*")
                  if path.is_file() and path.suffix.lower() in ANSWER_SUFFIXES
                  and not any(part.startswith(".") for part in path.relative_to(folder).parts))


def _row(number: int, name: str, found: list[Path], folder: Path, files: list[Path]) -> Row:
    shown = [str(path.relative_to(folder)) for path in found]
    fields = {"question": name, "file": shown[0] if len(found) == 1 else ""}
    expected = " or ".join(f"{name}{suffix}" for suffix in ANSWER_SUFFIXES)
    if not found:
        submitted = ", ".join(str(path.relative_to(folder)) for path in files) or "no .txt, .tex or .md file"
        return Row(number, fields, None, name, f"no answer to {name}: submit it as {expected} "
                                             f"(the submission has {submitted})")
    if len(found) > 1:
        return Row(number, fields, None, name, f"{len(found)} files could be the answer to {name} "
                                             f"({', '.join(shown)}): which one is meant cannot be told; "
                                             f"submit one, named {expected}")
    try:
        text = found[0].read_bytes().decode("utf-8-sig")
    except OSError as error:
        return Row(number, fields, None, name, f"{shown[0]} cannot be read: {error.strerror or error}")
    except UnicodeDecodeError as error:
        return Row(number, fields, None, name, f"{shown[0]} is not UTF-8 text (byte {error.start}): save it as UTF-8")
    return Row(number, {**fields, "answer": text}, text, name, "", 1)
