"""A graded question, read from a TOML file: the cost, how answers are read, points and partial credit.

Validated as it is read, so that a grading run never starts on a question it
would misgrade: an unknown key, a value of the wrong type, a credit outside
0..1 or a cost that cannot be read is an :class:`~logderiv.errors.InputError`
(exit 2) naming the file and the line, with the line shown and a caret. The
gradient itself is derived here once (:func:`ensure_derivable`), so a cost
logderiv cannot differentiate stops the run before any answer is judged.
"""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..errors import InputError
from ..records.grading import OUTCOMES, Question
from ..records.verdict import KINDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10: the backport, declared in pyproject.toml
    import tomli as tomllib

__all__ = ["read_question", "question_from", "ensure_derivable", "EXAMPLE"]

#: how texts may be read, and what an answer is the gradient of (as ``check --input``, ``--objective``)
_INPUTS = ("auto", "latex", "plain")
_OBJECTIVES = ("cost", "log-likelihood")


#: the keys of a question file, with the type each must have, and the tables
_KEYS: dict[str, tuple[type, ...]] = {
    "title": (str,), "cost": (str,), "let": (list,), "wrt": (str,), "input": (str,), "objective": (str,),
    "points": (int, float), "step_points": (int, float), "credit": (dict,), "feedback": (dict,),
}
_TYPE_NAMES = {str: "a string", list: "a list of strings", int: "a number", float: "a number", dict: "a table"}

#: what ``logderiv grade --init`` writes: every key, commented; it must itself be a valid question
EXAMPLE = '''\
# A question for `logderiv grade`: the answers are gradients of `cost` by `wrt`.
# Every key but `cost` is optional; an unknown key is an error (a typo must not be ignored).

title = "Q1: gradient of the logistic cost"

# A preset (logderiv presets lists them) or a formula in plain notation or LaTeX.
cost = "logistic"

# Definitions of names: the cost's when it is a formula, the answers' when it is a preset.
# let = ["h = sigmoid(theta^T x)"]

# The variable the answers differentiate by.
wrt = "theta_j"

# How answers are read: auto (LaTeX when there is a backslash, a brace or a $), latex, plain.
input = "auto"

# What the answers are the gradient of: cost (gradient descent) or log-likelihood (ascent).
objective = "cost"

# Points for a right answer (for a written derivation: for a last line that is the gradient).
points = 10

# Written derivations only (a folder of one file per student): the points each step that
# holds earns, on top of `points`; a derivation is out of points + step_points x its steps.
step_points = 1

# Partial credit for a wrong answer, as a share of the points, by what is wrong with it
# (the diagnosis kinds of `logderiv check`). An answer with several mistakes earns the
# product of their shares; a kind not listed earns 0.
[credit]
factor = 0.5       # right up to a constant factor, e.g. the 1/m left out
sign = 0.25        # the sign flipped: (y - h) where (h - y) is meant
log-likelihood = 0.5   # the gradient of the log-likelihood, -m times the cost's

# What a student reads instead of logderiv's own sentence, by diagnosis kind or outcome
# (equivalent, undecided, unreadable).
[feedback]
factor = "Check the constant in front: the cost averages over the m examples."
sign = "Check the sign: gradient descent steps against the gradient of the cost."
'''


def read_question(path: str | Path) -> Question:
    """The question in the TOML file ``path``, validated (its cost derivable); an :class:`InputError` if not."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise InputError(f"cannot read the question file: {error.strerror or error}", label=str(path),
                         hint="give --question FILE; logderiv grade --init writes an example") from None
    except UnicodeDecodeError as error:
        raise InputError(f"the question file is not UTF-8 text (byte {error.start})", label=str(path),
                         hint="save it as UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _toml_error(error, text, str(path)) from None
    return question_from(data, text=text, path=str(path))


def question_from(data: Mapping[str, Any], *, text: str = "", path: str = "") -> Question:
    """A :class:`Question` from the data of a question file (or a dict built in Python), validated.

    ``text`` is the file's, to point at the line of a bad key; ``path`` names it in messages.
    """
    place = _Places(text, path)
    for key, value in data.items():
        if key not in _KEYS:
            raise place.error(None, key, f"unknown key '{key}'", _did_you_mean(key, _KEYS))
        if isinstance(value, bool) or not isinstance(value, _KEYS[key]):
            raise place.error(None, key, f"'{key}' must be {_TYPE_NAMES[_KEYS[key][0]]}",
                              f"for example: {_example_line(key)}")
    if "cost" not in data:
        raise place.error(None, None, "the question has no cost", "add a line such as: cost = \"logistic\"")
    lets = data.get("let", [])
    if not all(isinstance(item, str) for item in lets):
        raise place.error(None, "let", "'let' must be a list of strings", f"for example: {_example_line('let')}")
    for key, allowed in (("input", _INPUTS), ("objective", _OBJECTIVES)):
        if key in data and data[key] not in allowed:
            raise place.error(None, key, f"'{key}' is '{data[key]}'", "use " + " or ".join(allowed))
    points = data.get("points", 1)
    if not 0 < points < float("inf"):
        raise place.error(None, "points", "'points' must be a positive number", "for example: points = 10")
    step_points = data.get("step_points", 0)
    if not 0 <= step_points < float("inf"):
        raise place.error(None, "step_points", "'step_points' must be a number, 0 or more",
                          "for example: step_points = 1")
    credit = _credit(data.get("credit", {}), place)
    feedback = _feedback(data.get("feedback", {}), place)
    question = Question(cost=data["cost"], let=tuple(lets), wrt=data.get("wrt", "theta_j"),
                        input=data.get("input", "auto"), objective=data.get("objective", "cost"),
                        points=float(points), step_points=float(step_points), credit=credit, feedback=feedback,
                        title=data.get("title", ""), path=path)
    ensure_derivable(question, place)
    return question


def _credit(table: Mapping[str, Any], place: _Places) -> dict[str, float]:
    for kind, share in table.items():
        if kind not in KINDS:
            raise place.error("credit", kind, f"'{kind}' is not a diagnosis kind",
                              _did_you_mean(kind, KINDS, "kinds"))
        if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 <= share <= 1:
            raise place.error("credit", kind, f"the credit for '{kind}' must be a share of the points, from 0 to 1",
                              f"for example: {kind} = 0.5")
    return {kind: float(share) for kind, share in table.items()}


def _feedback(table: Mapping[str, Any], place: _Places) -> dict[str, str]:
    known = (*KINDS, *OUTCOMES)
    for key, sentence in table.items():
        if key not in known:
            raise place.error("feedback", key, f"'{key}' is not a diagnosis kind or an outcome",
                              _did_you_mean(key, known, "keys"))
        if not isinstance(sentence, str):
            raise place.error("feedback", key, f"the feedback for '{key}' must be a string",
                              f'for example: {key} = "Check …"')
    return dict(table)


def ensure_derivable(question: Question, place: _Places | None = None) -> None:
    """Read the cost and derive its gradient (once per process: :func:`logderiv._api.checker` keeps it).

    An error in the cost, a ``let`` or ``wrt`` is given back pointing at the question file's line.
    """
    from .._api import checker

    place = place or _Places("", question.path)
    try:
        try:
            checker(question.cost, wrt=question.wrt, let=question.let, input=question.input,
                    objective=question.objective)
        except InputError:
            _read_as_check_reads(question)
    except InputError as error:
        key = {"COST": "cost", "--let": "let", "--wrt": "wrt", "--objective": "objective"}.get(error.label or "",
                                                                                             "cost")
        error.label = place.label(None, key)
        raise


#: the answer the question's cost is read beside when only check's reading reads it: any answer would do, and an
#: error of the answer's own is no error of the question's
_PROBE_ANSWER = "0"


def _read_as_check_reads(question: Question) -> None:
    """Read the question's cost as ``logderiv check --cost`` reads it, or raise what that reading raises.

    The checker alone reads a formula as written; check first reads what a text is (R's ``<-``, code's ``return``,
    several statements, a gloss) and hands the checker what it found. Every answer is graded through check, so a
    cost check reads is a cost the question can be graded against (fixleft29: an R cost that ``check --cost`` read
    was refused by grade). The answer beside it is a probe: an error in it is not the question's.
    """
    from .._api import check

    try:
        check(_PROBE_ANSWER, **question.check_options())
    except InputError as error:
        if error.label == "ANSWER":
            return
        raise


class _Places:
    """Where a key stands in the question file, for messages: its line (and the line's text, for the caret)."""

    def __init__(self, text: str, path: str) -> None:
        self.lines = text.splitlines()
        self.path = path or "the question"

    def line_of(self, table: str | None, key: str | None) -> int | None:
        """The 1-based line of ``key`` in ``[table]`` (None: the top level), by a scan of the file's lines."""
        if key is None:
            return None
        current = None
        for number, line in enumerate(self.lines, 1):
            header = re.fullmatch(r"\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?", line)
            if header:
                current = header.group(1).strip("\"'")
            elif current == table and re.match(rf"\s*[\"']?{re.escape(key)}[\"']?\s*[=.]", line):
                return number
        return None

    def label(self, table: str | None, key: str | None) -> str:
        line = self.line_of(table, key)
        return self.path + (f", line {line}" if line else "") + (f": {key}" if key else "")

    def error(self, table: str | None, key: str | None, message: str, hint: str | None) -> InputError:
        line = self.line_of(table, key)
        source = self.lines[line - 1] if line else ""
        column = len(source) - len(source.lstrip()) if line else None
        return InputError(message, source=source, column=column, label=self.label(table, key), hint=hint)


def _toml_error(error: Exception, text: str, path: str) -> InputError:
    """tomllib's message, "… (at line L, column C)", as an error with the line shown and a caret under C."""
    message = str(error)
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if found is None:
        return InputError(f"not valid TOML: {re.sub(r' [(]at end of document[)]$', ' at the end', message)}",
                          label=path, hint="see https://toml.io; logderiv grade --init writes an example")
    line, column = int(found.group(1)), int(found.group(2))
    lines = text.splitlines()
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    return InputError(f"not valid TOML: {message[:found.start()]}", source=source,
                      column=min(column - 1, len(source)), label=f"{path}, line {line}",
                      hint="strings need quotes (cost = \"logistic\"); see https://toml.io")


def _did_you_mean(word: str, known: Iterable[str], what: str = "keys") -> str:
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    listed = ", ".join(known)
    return (f"did you mean '{close[0]}'? " if close else "") + f"the {what} are: {listed}"


def _example_line(key: str) -> str:
    return {"title": 'title = "Q1"', "cost": 'cost = "logistic"', "let": 'let = ["h = sigmoid(theta^T x)"]',
            "wrt": 'wrt = "theta_j"', "input": 'input = "auto"', "objective": 'objective = "cost"',
            "points": "points = 10", "step_points": "step_points = 1", "credit": "[credit] then: factor = 0.5",
            "feedback": '[feedback] then: sign = "Check the sign."'}[key]
