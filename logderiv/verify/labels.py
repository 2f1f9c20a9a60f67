"""Labels: a cost written for y ∈ {0, 1} or y ∈ {−1, 1}, and answers that are right only there.

The numeric comparison draws y⁽ⁱ⁾ as a real number in (0.05, 0.95): a cost is
read as written, for any y. Two kinds of cost only mean something for labels,
and an answer right for their labels is then right as the writer meant it:

* ``log(y h + (1 − y)(1 − h))``, the Bernoulli likelihood as one expression:
  inside a function, y *selects* between two per-class quantities (its
  coefficient and the rest both depend on the parameters). For y ∈ {0, 1} it is
  the cross-entropy, and ``(h − y) xⱼ`` is its gradient; for y = 0.25 it is
  another function.
* ``log(1 + e^(−y θᵀx))``, the logistic loss for labels ±1: inside a function,
  y *scales* the score (the argument is 0 at y = 0). ``(σ(θᵀx) − (1 + y)/2) xⱼ``
  is its gradient for y ∈ {−1, 1} only. So is it of ``log(h(1 + y)/2 + (1 − h)(1 − y)/2)``,
  the likelihood of a ±1 label written as a selection: inside a log, y picks h at
  y = 1 and 1 − h at y = −1 (the two ends add up to 1).

Only there: y selecting inside e^(…) is an exponential family's count (the Poisson
likelihood e^(y θᵀx − e^(θᵀx))), unless written (2y − 1)·s; y scaling inside a log is
the log of a positive y (a soft label's y log(y/h)); and a cost that is not a function
of y·score alone (e^(y θᵀx)/(1 + e^(θᵀx)), the Bernoulli likelihood for y ∈ {0, 1}) is
not a ±1 loss. Those are read for real y.

Where a cost is of one of these kinds (never both: that would be a guess), an
answer that differs at real y is compared again at points whose labels are
drawn from the set; equal at all of them, it is equivalent, with a note that
says so. Elsewhere (the cross-entropy itself, which soft labels also use; a
squared error) an answer equal only at labels stays different, and the
diagnosis says that it is equal only there. Nothing is decided from the
answer's look: only from values at points.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Iterable

import sympy

from ..notation import symbols
from ..notation.vocabulary import PARAMETER_VECTORS
from ..notation.problem import Problem
from ..records.verdict import Diagnosis
from ..record import record
from ..equality import numeric
from .samples import POINTS, Samples, close, finite
from .. import patterns
from .. import memo
from ..memo import remembered

__all__ = ["BINARY", "SIGNED", "WRITTEN_FOR", "assumed_labels", "refuse_not_of_signed_labels",
           "refuse_example_sigmoid_of_signed_labels", "Agreement", "agreement", "LabelSamples"]

BINARY = (0, 1)
SIGNED = (-1, 1)

_SHOWN = {BINARY: "{0, 1}", SIGNED: "{−1, 1}"}
#: how every note on a comparison made at the labels starts
WRITTEN_FOR = "the cost is written for labels"
_HOW = {
    BINARY: "inside a function it selects between two per-class quantities, as a label's likelihood yh + (1 − y)(1 − h) does",
    SIGNED: "inside a function it multiplies the score, as in the ±1 logistic loss log(1 + e^(−y θᵀx)), or selects "
            "between two classes' probabilities, as h(1 + y)/2 + (1 − h)(1 − y)/2 does",
}


def _labels_in(expr: sympy.Expr) -> list[sympy.Basic]:
    """The label quantities: y⁽ⁱ⁾ (``y[i]``), or a one-example cost's y (a Symbol not under an IndexedBase)."""
    indexed = [atom for atom in symbols.atoms(expr, sympy.Indexed) if symbols.label(atom.base) == "y" and len(atom.indices) == 1]
    if indexed:
        return indexed
    return [atom for atom in symbols.atoms(expr, sympy.Symbol) if atom.name == "y" and not expr.has(sympy.IndexedBase(atom))]


@record
class _Parameters:
    """What :func:`_has_parameters` and :func:`_sign_symmetric` read of a problem: its variable."""

    wrt: sympy.Expr


def _has_parameters(expr: sympy.Expr, problem: Problem | _Parameters) -> bool:
    wrt = problem.wrt
    if expr.has(wrt) or isinstance(wrt, sympy.Indexed) and expr.has(wrt.base):
        return True
    return any(symbols.label(indexed.base) in PARAMETER_VECTORS for indexed in expr.atoms(sympy.Indexed))


def assumed_labels(problem: Problem) -> tuple[int, int] | None:
    """The label set the cost is written for (``BINARY``, ``SIGNED``), or None: y is a real number."""
    return _assumed_labels(problem.expand_definitions(problem.cost), problem.wrt)


@remembered("verify.labels.assumed_labels", 32)  # a question's cost, asked about for every wrong answer (issue 15's profile)
def _assumed_labels(cost: sympy.Expr, wrt: sympy.Expr) -> tuple[int, int] | None:
    problem = _Parameters(wrt)
    found = set()
    for application in cost.atoms(sympy.Function):
        for argument in application.args:
            labels = _labels_in(argument)
            if len(labels) != 1:
                continue  # no label, or several examples' labels in one argument: not a per-example reading
            variable = sympy.Dummy("y")
            inside = argument.xreplace({labels[0]: variable})
            slope = sympy.diff(inside, variable)
            if slope.has(variable) or not _has_parameters(slope, problem):
                continue  # not affine in y, or y enters as a target (h − y), not as a label
            if _has_parameters(inside.subs(variable, 0), problem):
                # y selects only inside a log (the likelihood yh + (1 − y)(1 − h)) or as (2y − 1)·s, which maps
                # {0, 1} to ±1; e^(y θᵀx − e^(θᵀx)) is the Poisson likelihood, an exponential family's: y a count
                selects = isinstance(application, sympy.log) or (
                    sympy.simplify(inside.subs(variable, 0) / slope) == sympy.Rational(-1, 2))
                found.add(BINARY if selects else None)
            elif isinstance(application, sympy.log):
                # log(y s) takes the log of y (a soft label's y log(y/h), a deviance's y log(y/μ)): y > 0, not ±1;
                # but log(h(1 + y)/2 + (1 − h)(1 − y)/2) is 1/2 at y = 0 and selects h at y = 1, 1 − h at y = −1:
                # the likelihood of a ±1 label, as yh + (1 − y)(1 − h) is of a 0/1 one (audit29)
                ends = [inside.subs(variable, label) for label in SIGNED]
                selects = all(_has_parameters(end, problem) for end in ends) and sympy.simplify(sum(ends) - 1) == 0
                found.add(SIGNED if selects else None)
            else:
                found.add(SIGNED)
    if found == {SIGNED} and not _sign_symmetric(cost, problem):
        # y scales the score, yet the cost is not a function of y·score alone: e^(yθᵀx)/(1 + e^(θᵀx)) is the
        # Bernoulli likelihood for y ∈ {0, 1}, not the ±1 logistic loss
        return None
    return found.pop() if len(found) == 1 else None


#: where a text writes the labels' logical not: Octave's !y and ~y, Julia's !y
_NOT_OF_LABELS = patterns.compile(r"[!~]\s*y")


def refuse_not_of_signed_labels(problem: Problem, text: str, notes: Iterable[str], label: str) -> None:
    """Refuse ``!y`` read as 1 − y (the not of 0/1 labels) in ``text`` when the cost is written for labels ±1.

    The reading holds for 0/1 labels only. Beside log(1 + e^(−y θᵀx)) the labels
    are −1 and 1, where Octave's !y is 0 for both; the writer may mean the other
    class's indicator (1 − y)/2, or −y: no reading is taken for them.
    """
    from ..errors import InputError
    from ..notation.plain import NOT_LABELS_NOTE

    if not any(NOT_LABELS_NOTE in note for note in notes) or assumed_labels(problem) != SIGNED:
        return
    found = _NOT_OF_LABELS.search(text)
    raise InputError(
        f"'{found.group() if found else '!y'}' is read as 1 − y only for labels 0 and 1, and the cost is written "
        "for labels y ∈ {−1, 1} (y multiplies the score, as in log(1 + e^(−y θᵀx))): there !y is 0 for every label",
        source=text, column=found.start() if found else None, label=label,
        hint="write what you mean: (1 - y)/2 (1 for y = −1, 0 for y = 1), -y (the other label) or 1 - y",
    )


def refuse_example_sigmoid_of_signed_labels(problem: Problem, text: str, notes: Iterable[str], label: str) -> None:
    r"""Refuse ``\sigma^{(i)}`` read as σ(θᵀx⁽ⁱ⁾) in ``text`` when the cost is written for labels ±1.

    The reader takes σ⁽ⁱ⁾ for the predicted probability of example i, σ(θᵀx⁽ⁱ⁾), the model's of the class
    y = 1. Beside log(1 + e^(−y θᵀx)) or log σ(y θᵀx) the notes' σᵢ is as often σ(y⁽ⁱ⁾θᵀx⁽ⁱ⁾), the probability of
    example i's own label, whose gradient −Σ y⁽ⁱ⁾(1 − σ⁽ⁱ⁾)xⱼ⁽ⁱ⁾ is right there: read as σ(θᵀx⁽ⁱ⁾) it was
    "different" (audit27d). Which σ is meant the text does not say.
    """
    from ..errors import InputError
    from ..notation.latex import EXAMPLE_SIGMOID_NOTE_END

    noted = next((note for note in notes if note.endswith(EXAMPLE_SIGMOID_NOTE_END)), None)
    if noted is None or assumed_labels(problem) != SIGNED:
        return
    found = re.search(r"\\sigma\s*(?:\^|_)", text)
    raise InputError(
        f"{noted.split(' is read as ')[0]} is read as σ(θᵀx⁽ⁱ⁾), the probability of the class y = 1, only beside "
        "labels 0 and 1; the cost is written for labels y⁽ⁱ⁾ ∈ {−1, 1} (y multiplies the score, as in "
        "log(1 + e^(−y θᵀx))), where σᵢ is as often σ(y⁽ⁱ⁾ θᵀx⁽ⁱ⁾), the probability of example i's own label",
        source=text, column=found.start() if found else None, label=label,
        hint="write σ of its argument: \\sigma(y^{(i)}\\theta^T x^{(i)}) or \\sigma(\\theta^T x^{(i)})",
    )


@dataclass
class _Flipped(numeric.Point):
    """``base`` with every label and every parameter negated (y → −y, θ → −θ)."""

    base: numeric.Point | None = None
    flipped: frozenset[str] = frozenset()

    def __getitem__(self, key: numeric.Key) -> float:
        # always given (``_sign_symmetric``); the default is there only because a dataclass field after ``Point``'s
        # defaulted ones must have one
        assert self.base is not None
        value = self.base[key]
        return -value if key[0] in self.flipped else value


def _sign_symmetric(cost: sympy.Expr, problem: Problem | _Parameters) -> bool:
    """Whether ``cost`` is unchanged when the labels and the parameters change sign, at labels ±1.

    A ±1 loss depends on an example through y·(the score) only (log(1 + e^(−y θᵀx)), e^(−y θᵀx)), and the
    score is linear in the parameters, so negating both leaves every term as it was. A parameter not
    recognised here breaks the symmetry: the reading is then not taken (a miss, never a misread).
    """
    wrt = problem.wrt
    names = set(PARAMETER_VECTORS) | {"b", "y", str(wrt.base) if isinstance(wrt, sympy.Indexed) else str(wrt)}
    tried = 0
    for size in numeric.SIZES:
        for index in range(3):
            point = _point(SIGNED, size, index)
            flipped = _Flipped(f"{point.label}/flipped", base=point, flipped=frozenset(names))
            try:
                a, b = numeric.evaluate(cost, point, size), numeric.evaluate(cost, flipped, size)
            except (numeric.Undefined, OverflowError, ZeroDivisionError):
                return False
            if not (finite(a) and finite(b) and close(a, b)):
                return False
            tried += 1
    return tried > 0


@record
class Agreement:
    """An answer equal to the gradient at every point with labels in ``labels`` (``points`` of them)."""

    labels: tuple[int, int]
    points: int
    #: whether the cost itself is written for these labels (then the answer is right as meant)
    assumed: bool
    #: where the two differ at labels, ``(size, point)``: the cost assumes labels, the answer is wrong there
    differ: tuple[numeric.Size, numeric.Point] | None = None

    @property
    def equal(self) -> bool:
        return self.differ is None and self.points > 0

    def reading(self, answer: str = "the answer") -> str:
        """The note for an answer compared at labels and found different there."""
        return (
            f"{WRITTEN_FOR} y⁽ⁱ⁾ ∈ {_SHOWN[self.labels]} ({_HOW[self.labels]}): "
            f"{answer} was compared at points with such labels too, and differs there"
        )

    def note(self, answer: str = "the answer", expected: str = "the gradient") -> str:
        """The note for an answer equal at labels: in a derivation's words, a line and the line before it."""
        return (
            f"{WRITTEN_FOR} y⁽ⁱ⁾ ∈ {_SHOWN[self.labels]} ({_HOW[self.labels]}): "
            f"{answer} equals {expected} whenever every y⁽ⁱ⁾ is in {_SHOWN[self.labels]} "
            f"(checked at {self.points} random points with such labels), though not for real-valued y"
        )

    def diagnosis(self, answer: str = "the answer", expected: str = "the gradient") -> Diagnosis:
        return Diagnosis(
            "labels",
            f"{answer} equals {expected} only when every y⁽ⁱ⁾ is in {_SHOWN[self.labels]} "
            f"(checked at {self.points} random points with such labels); the cost is defined for real-valued y "
            "(soft labels too), and there the two differ",
        )


@dataclass
class _LabelPoint(numeric.Point):
    """A random point whose labels y⁽ⁱ⁾ are drawn from a label set, everything else as usual."""

    labels: tuple[int, int] = BINARY

    def _draw(self, key: numeric.Key) -> float:
        name, indices = key
        if name == "y":
            return float(random.Random(f"{self.label}/y{list(indices)}").choice(self.labels))
        return super()._draw(key)


def agreement(expected: sympy.Expr, answer: sympy.Expr, problem: Problem,
              sizes: tuple[numeric.Size, ...]) -> Agreement | None:
    """How ``answer`` and ``expected`` compare at points with labels only (call it once they differ at real y).

    Where the cost is written for labels, at its own label set: equal, or where they differ. Otherwise
    {0, 1}, then {−1, 1}, and only an agreement is returned (for the diagnosis); None when nothing applies.
    """
    if not _labels_in(expected) and not _labels_in(answer):
        return None
    assumed = assumed_labels(problem)
    left, right = problem.expand_definitions(expected), problem.expand_definitions(answer)
    for labels in ((assumed,) if assumed else (BINARY, SIGNED)):
        points, differ = _compared(left, right, sizes, labels)
        if assumed or (points and differ is None):
            return Agreement(labels, points, assumed is not None, differ)
    return None


class LabelSamples(Samples):
    """:class:`~logderiv.verify.samples.Samples` whose points draw y⁽ⁱ⁾ from a label set (for a diagnosis there)."""

    def __init__(self, labels: tuple[int, int]) -> None:
        super().__init__()
        self.labels = labels

    def at(self, size: numeric.Size) -> list[numeric.Point]:
        drawn = self._drawn.get(size)
        if drawn is None:
            drawn = self._drawn[size] = [_point(self.labels, size, index) for index in range(self.points)]
        return drawn


def _point(labels: tuple[int, int], size: numeric.Size, index: int) -> _LabelPoint:
    return _LabelPoint(f"labels{labels}/{size.m}x{size.n}/{index}", labels=labels)


#: the points :func:`_compared` compares at, by (labels, size, index): the same values every time, so one
#: point serves every answer of a run, and its memo keeps the gradient's values (and the sub-expressions
#: answers share) from one wrong answer to the next, where a fresh point per answer drew every value again
#: from a seeded generator and evaluated the gradient again
_SHARED = memo.table("verify.labels.shared", 1000)
#: remembered sub-expression values, all shared points together, before their memos are emptied
_MEMO_LIMIT = 100_000


def _shared_point(labels: tuple[int, int], size: numeric.Size, index: int) -> _LabelPoint:
    found: _LabelPoint | None = _SHARED.get((labels, size, index))
    if found is None:
        found = _SHARED[(labels, size, index)] = _point(labels, size, index)
    return found


def _bound_memos() -> None:
    """Empty the shared points' memos once they grow past :data:`_MEMO_LIMIT` (values are recomputed, the same)."""
    memos = [memo for point in _SHARED.values() for memo in point.memo.values()]
    if sum(len(memo) for memo in memos) > _MEMO_LIMIT:
        for memo in memos:
            memo.clear()


def _compared(left: sympy.Expr, right: sympy.Expr, sizes: Iterable[numeric.Size], labels: tuple[int, int],
              ) -> tuple[int, tuple[numeric.Size, numeric.Point] | None]:
    """(labelled points both are defined at, the first ``(size, point)`` where they differ or None)."""
    try:
        return _compared_at_shared(left, right, sizes, labels)
    finally:
        _bound_memos()


def _compared_at_shared(left: sympy.Expr, right: sympy.Expr, sizes: Iterable[numeric.Size], labels: tuple[int, int],
                        ) -> tuple[int, tuple[numeric.Size, numeric.Point] | None]:
    agreed = 0
    for size in sizes:
        for index in range(POINTS):
            point = _shared_point(labels, size, index)
            try:
                a, b = numeric.evaluate(left, point, size), numeric.evaluate(right, point, size)
            except (numeric.Undefined, OverflowError, ZeroDivisionError):
                continue
            if not (finite(a) and finite(b)):
                continue
            if not close(a, b):
                return agreed, (size, point)
            agreed += 1
    return agreed, None
