"""Grading's results as data: a question, the submissions' rows, what judging each answer gave, and its grade.

``logderiv.grading`` reads a :class:`Question` and :class:`Submissions` (its
:class:`Row` s), judges each answer into an :class:`Outcome` (in a worker:
plain data, no sympy, so it crosses a process boundary cheaply), scores it
into a :class:`Grade` (a wide export's row: :class:`RowGrades`) and sums a
class's grades up into a :class:`ClassReport`; the renderers
(``logderiv.render.grades``, ``report`` and ``plots``) and the CLI read them.
With them are the names of a graded row's columns and outcomes, which the
output is written in. Nothing here reads a file, judges or prints.
"""

from __future__ import annotations

from dataclasses import field
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from .. import patterns
from ..record import record

if TYPE_CHECKING:  # pragma: no cover
    from ..notation import Input

__all__ = ["Question", "Row", "Submissions", "Outcome", "Grade", "RowGrades", "ClassReport", "Bin", "Mistake",
           "FollowUp", "OUTCOMES", "OUTPUT_COLUMNS", "TOTAL_COLUMNS", "wide_columns", "UNDECODABLE"]

#: what a row's verdict can be: check's three, and ``unreadable`` for an answer (or row) that cannot be read
OUTCOMES = ("equivalent", "different", "undecided", "unreadable")

#: the columns grading adds after the input's, in order
OUTPUT_COLUMNS = ("verdict", "score", "max_score", "method", "diagnosis", "feedback", "notes", "first_error_line",
                  "error")

#: a wide export's (one answer column per question) last columns: the sums over its questions
TOTAL_COLUMNS = ("total_score", "total_max_score")


def wide_columns(answer_columns: Sequence[str]) -> tuple[str, ...]:
    """The columns grading adds to a wide export: each answer column's :data:`OUTPUT_COLUMNS`, prefixed by its name
    (``q1_verdict``, ``q1_score``, …), question after question, then the totals."""
    return (*(f"{column}_{name}" for column in answer_columns for name in OUTPUT_COLUMNS), *TOTAL_COLUMNS)


#: bytes that were not UTF-8 are kept as lone surrogates (``surrogateescape``), so the row can say where they were;
#: looked for with one search per cell (a loop over each character was a tenth of the parent's time on 10,000 rows)
UNDECODABLE = patterns.compile("[\udc80-\udcff]")


@record
class Question:
    """One question: the answers are gradients of ``cost`` by ``wrt``, worth ``points``.

    ``credit`` maps a diagnosis kind (``sign``, ``factor``, … :data:`logderiv.records.verdict.KINDS`)
    to the share of the points a ``different`` answer with that mistake still earns;
    ``feedback`` maps a kind, or an outcome (``equivalent``, ``undecided``,
    ``unreadable``), to the sentence a student reads instead of logderiv's own.
    """

    cost: str
    let: tuple[str, ...] = ()
    wrt: str = "theta_j"
    input: Input = "auto"
    objective: str = "cost"
    points: float = 1.0
    #: for a written derivation (a file of a folder of submissions): the points each step that holds earns
    step_points: float = 0.0
    credit: Mapping[str, float] = field(default_factory=dict)
    feedback: Mapping[str, str] = field(default_factory=dict)
    title: str = ""
    #: the file it was read from, for messages ("" when built in Python)
    path: str = ""

    def check_options(self) -> dict[str, Any]:
        """The keyword arguments of :func:`logderiv.check` this question fixes (all but the answer and time)."""
        return dict(cost=self.cost, wrt=self.wrt, let=self.let, input=self.input, objective=self.objective)

    def steps_options(self) -> dict[str, Any]:
        """The keyword arguments of :func:`logderiv.steps` this question fixes: a derivation of its cost, by wrt."""
        return dict(cost=self.cost, wrt=self.wrt, let=self.let, input=self.input)


@record
class Row:
    """One submission: where it is in the file, its cells by column, and the answer to grade."""

    #: 1-based count of the data rows (the header is not one)
    number: int
    #: the row's values by column name, as read (a ragged row's missing cells are "")
    fields: Mapping[str, Any]
    #: the text to grade; None when the row cannot be read (``problem`` says why)
    answer: str | None
    #: the student's id (the --id column's value)
    id: str = ""
    #: why the row cannot be graded as an answer: a ragged row, a bad JSON line, undecodable bytes
    problem: str = ""
    #: the physical line of the file the row starts on (a quoted cell may hold newlines); 0 for a folder's file
    line: int = 0
    #: a folder's row: the file's path in the folder ("/"-separated), which says how to read it; "" for a CSV/JSONL row
    file: str = ""


@record
class Submissions:
    """The rows of a submissions file, and what is needed to write them back out."""

    kind: str  # "csv", "jsonl" or "folder"
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    id_column: str
    answer_column: str
    delimiter: str = ","
    #: the file began with a UTF-8 byte-order mark (written back, for the spreadsheet that wanted it)
    bom: bool = False
    #: a folder's files (and hidden folders, ending in "/") that are not submissions, for the command to list
    skipped: tuple[str, ...] = ()


@record
class Outcome:
    """What judging one answer gave: check's verdict (or ``unreadable``), as data."""

    verdict: str
    method: str | None = None
    #: the diagnosis kinds, in check's order, and their sentences
    kinds: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()
    #: the counterexample in one short sentence ("" when there is none)
    example: str = ""
    #: every non-literal reading check made of the answer, as it says it
    notes: tuple[str, ...] = ()
    #: why the answer is undecided or unreadable, in one line
    reason: str = ""
    #: the error as logderiv prints it (message, the answer with a caret, hint), for unreadable answers
    error: str = ""
    #: the full verdict as JSON data (``logderiv/verdict/1``; a derivation's review, ``logderiv/review/1``), when
    #: asked for
    data: dict[str, Any] | None = None
    #: a written derivation (a file of a folder): its steps, those that hold, and how it ends (``Review.ending``:
    #: gradient, unfinished, wrong); 0, 0, "" for an answer
    steps: int = 0
    valid_steps: int = 0
    ending: str = ""
    #: where its first wrong step stands, as ``steps`` says it: ``15``, or ``cell 3, line 6`` in a notebook
    first_error_line: str = ""
    #: that step as written, on one line (what the class report shows of a derivation, never the whole file)
    first_error_step: str = ""


@record
class Grade:
    """One row graded: the row, what judging its answer gave, the score and the student's feedback."""

    row: Row
    outcome: Outcome
    #: None when the verdict is ``undecided`` (a person grades it)
    score: float | None
    max_score: float
    feedback: str

    @property
    def verdict(self) -> str:
        return self.outcome.verdict


@record
class RowGrades:
    """One row of a wide export graded: its grade per answer column, in the order the columns were given."""

    row: Row
    #: the answer columns, each graded against its own question
    columns: tuple[str, ...]
    grades: tuple[Grade, ...]

    @property
    def total_score(self) -> float | None:
        """The sum of the row's scores; None while any is undecided (a person's grade is part of the total)."""
        scores = [grade.score for grade in self.grades if grade.score is not None]
        return round(sum(scores), 6) if len(scores) == len(self.grades) else None

    @property
    def total_max_score(self) -> float:
        return round(sum(grade.max_score for grade in self.grades), 6)


@record
class Bin:
    """Scores from ``low`` (included) to ``high`` (excluded; included for the last bin), and how many rows."""

    low: float
    high: float
    rows: int


@record
class Mistake:
    """A diagnosis kind, the rows whose answer made it, and the answer most of them wrote (no id)."""

    kind: str
    rows: int
    #: the answer written most often among those rows (the first written, on a tie), as its first row wrote it
    example: str
    #: what logderiv says about that answer for this kind
    message: str
    #: every non-literal reading of the example, as check says it
    notes: tuple[str, ...] = ()


@record
class FollowUp:
    """A row a person must look at: undecided (no score) or unreadable (0 for now)."""

    row: int
    line: int
    id: str
    verdict: str
    reason: str


@record
class ClassReport:
    title: str
    points: float
    #: some rows are out of more than the points (written derivations' step points): the mean and the bins are of
    #: each score scaled to the points, score / max_score × points
    scaled: bool
    rows: int
    #: rows per outcome, in :data:`OUTCOMES` order
    counts: tuple[tuple[str, int], ...]
    #: the mean score of the rows that have one (None when none has)
    mean: float | None
    bins: tuple[Bin, ...]
    #: rows with no score (undecided): outside every bin
    unscored: int
    #: most rows first; a kind made by no row is left out
    mistakes: tuple[Mistake, ...]
    follow_up: tuple[FollowUp, ...]
    #: each non-literal reading made of some answer, and the rows whose answer it was made of; most rows first
    readings: tuple[tuple[str, int], ...]
