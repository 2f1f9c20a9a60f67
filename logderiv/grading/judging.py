"""One answer judged (:func:`judge`, in a worker) and scored against a question (:func:`score`, in the parent).

A worker hands back an :class:`Outcome`: plain data, no sympy, so it crosses
a process boundary cheaply and reads the same whichever worker made it.
Scoring and the student's feedback depend only on the outcome and the
question, so they are made where the output is written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import InputError, LogderivError, TimeLimitError, UnsupportedError
from ..records.grading import Outcome, Question
from .. import patterns

if TYPE_CHECKING:
    from ..sources import Place
    from ..records.verdict import Counterexample

__all__ = ["judge", "score", "max_score", "feedback", "error_place", "same_answer", "unreadable",
           "undecided"]


def judge(answer: str, question: Question, *, timeout: float, full: bool = False, place: Place | None = None) -> Outcome:
    """Check ``answer`` against the question's gradient: never raises for anything the answer can cause.

    ``place`` (a :class:`logderiv.sources.Place`): the answer is a notes file's one display block, and its
    errors and notes say where in the file it stands, as ``check --from`` does.
    """
    from .._api import check
    from ..render.errors import render_error

    if not answer.strip():
        return unreadable("the answer is empty")
    try:
        verdict = check(answer, timeout=timeout, **question.check_options())
    except (TimeLimitError, UnsupportedError) as error:  # UnsupportedInputError too: read, but not judgeable
        return undecided(error.message, render_error(error))
    except InputError as error:
        error = error if place is None else place.locate(error)
        return unreadable(error.message, render_error(error))
    except LogderivError as error:  # an internal error: a bug, for a human to look at, never a 0
        return undecided(f"internal error: {error.message}", render_error(error))
    except Exception as error:  # noqa: BLE001 - one answer's bug must not stop a class's grading
        return undecided(f"internal error: {type(error).__name__}: {error}")
    from ..render.verdict import verdict_data, verdict_notes

    # the JSON data prints the cost, the gradient and the answer four ways each: over a third of a warm
    # answer's time, for a CSV that shows none of them (issue 15's profile); made only when asked for
    return Outcome(
        verdict=verdict.verdict, method=verdict.method,
        kinds=tuple(d.kind for d in verdict.diagnosis), messages=tuple(d.message for d in verdict.diagnosis),
        example=_example(verdict.counterexample), reason=verdict.reason,
        notes=tuple(verdict_notes(verdict)) + (() if place is None else (place.note,)),
        data=verdict_data(verdict) if full else None,
    )


def unreadable(reason: str, error: str = "") -> Outcome:
    return Outcome(verdict="unreadable", reason=reason, error=error or f"logderiv: error: {reason}\n")


def undecided(reason: str, error: str = "") -> Outcome:
    return Outcome(verdict="undecided", reason=reason, error=error)


def _example(example: Counterexample | None) -> str:
    if example is None:
        return ""
    return (f"at m = {example.m}, n = {example.n}, j = {example.j} (random data) the answer is "
            f"{_short(example.answer)} where the gradient is {_short(example.expected)}")


def _short(number: str) -> str:
    """A 50-digit decimal (or ``a + bj``) to 4 significant digits, for a sentence."""
    try:
        return f"{float(number):.4g}"
    except ValueError:
        return number[:24]


def score(outcome: Outcome, question: Question) -> float | None:
    """The points the answer earns: all for equivalent, the product of the mistakes' credit for different.

    None for ``undecided``: a human decides, and no number stands in for that. A written derivation
    earns the points for a last line that is the gradient (their ``unfinished`` share for one that still
    has a derivative to take, none for another) and ``step_points`` for each step that holds.
    """
    if outcome.steps and outcome.verdict in ("equivalent", "different"):
        last = {"gradient": 1.0, "unfinished": question.credit.get("unfinished", 0.0)}.get(outcome.ending, 0.0)
        return round(question.points * last + question.step_points * outcome.valid_steps, 6)
    if outcome.verdict == "equivalent":
        return question.points
    if outcome.verdict == "undecided":
        return None
    if outcome.verdict == "unreadable" or not outcome.kinds:
        return 0.0
    share = 1.0
    for kind in dict.fromkeys(outcome.kinds):  # a kind said twice is one mistake
        share *= question.credit.get(kind, 0.0)
    return round(question.points * share, 6)


def max_score(outcome: Outcome, question: Question) -> float:
    """The points the row is out of: the question's; a derivation's, plus ``step_points`` for each of its steps."""
    return round(question.points + question.step_points * outcome.steps, 6)


def feedback(outcome: Outcome, question: Question) -> str:
    """The sentence a student reads: the question's own where it has one, else logderiv's diagnosis."""
    own = question.feedback
    if outcome.verdict == "equivalent":
        return own.get("equivalent", "Correct.")
    if outcome.verdict == "undecided":
        return own.get("undecided", f"Not graded automatically ({outcome.reason}); a person will grade it.")
    if outcome.verdict == "unreadable":
        return own.get("unreadable", _sentence(f"The answer could not be read: {outcome.reason}"))
    said = [own.get(kind, message) for kind, message in zip(outcome.kinds, outcome.messages)]
    if outcome.steps:
        return _derivation_feedback(outcome, said)
    sentence = " ".join(_sentence(text) for text in dict.fromkeys(said)) or "The answer is not the gradient."
    if outcome.example:
        sentence += f" For example, {outcome.example}."
    return sentence


def _derivation_feedback(outcome: Outcome, said: list[str]) -> str:
    """What a derivation with a mistake earned its score by: the steps that hold, the first that does not, the end."""
    sentence = f"{outcome.valid_steps} of {outcome.steps} " + ("step holds." if outcome.steps == 1 else "steps hold.")
    if outcome.first_error_line:
        sentence += f" The first wrong step is at {error_place(outcome)}."
        sentence += "".join(" " + _sentence(text) for text in dict.fromkeys(said))
    ending = {"gradient": "The last line is the gradient.",
              "unfinished": "The last line still has a derivative to take."}
    return sentence + " " + ending.get(outcome.ending, "The last line is not the gradient.")


def error_place(outcome: Outcome) -> str:
    """Where a derivation's first wrong step is, in words: ``line 15``, ``cell 3, line 6``."""
    where = outcome.first_error_line
    return where if where.startswith("cell") else f"line {where}"


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


#: runs of spaces and tabs inside a line: one space means what several mean
_SPACES = patterns.compile(r"(?<=\S)[ \t]+(?=\S)")


def same_answer(text: str) -> str:
    """The key under which answers are judged once: the text with only its meaningless whitespace normalised.

    Line ends (CRLF), space at the ends of the text, runs of spaces inside a
    line (between two other characters) and an indentation every line shares
    are normalised. A line break, a line's indentation relative to the others
    and the spaces at the end of a line are kept: code reads them (a backslash
    continues a line only when nothing follows it).
    """
    import textwrap

    lines = [_SPACES.sub(" ", line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return textwrap.dedent("\n".join(lines).strip("\n")).rstrip()
