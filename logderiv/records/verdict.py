"""A checked answer as data: the verdict, how it was reached, a counterexample, a diagnosis.

:func:`logderiv.check` builds these records; renderers read them. As in
:mod:`logderiv.records.derivation`, nothing here simplifies, prints or does I/O: the ``to_*`` methods
hand ``self`` to a renderer through :mod:`logderiv.facade`.

The three verdicts:

* ``equivalent``: the answer equals the gradient, ``symbolic`` (proved for
  every m and n) or ``numeric`` (equal at random points: strong evidence, not
  proof), as ``check`` says;
* ``different``: it is not, shown by a ``counterexample`` confirmed with 50
  significant digits, and explained by a ``diagnosis``;
* ``undecided``: logderiv could not tell, for the ``reason`` given (the time
  limit, an answer with no finite value, an unfinished answer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, get_args

from .. import facade
from ..record import record

if TYPE_CHECKING:  # pragma: no cover
    import sympy

    from .derivation import Check
    from ..notation.problem import Problem

__all__ = ["Verdict", "Diagnosis", "Counterexample", "Value", "KINDS", "HONEST_NUMERIC"]

#: what a numeric "equivalent" is worth, said once, the same way in every format
HONEST_NUMERIC = (
    "This is strong evidence, not a proof: the two agree at every point tried, "
    "but were not shown equal for all values."
)

Kind = Literal[
    "unfinished",
    "log-likelihood",
    "cost-gradient",
    "sign",
    "factor",
    "missing-term",
    "extra-term",
    "missing-factor",
    "extra-factor",
    "wrong-index",
    "other-cost",
    "wrong-variable",
    "labels",
    "other",
]

#: every diagnosis kind, in the order the detectors try them (``other`` last)
KINDS: tuple[str, ...] = get_args(Kind)


@record
class Diagnosis:
    """What is wrong with an answer, in one sentence that names the thing (``missing the factor 1/m``).

    The sentence is data, not typeset text: ``template`` holds its words, with
    ``{0}``, ``{1}`` … where the sub-expressions ``parts`` (sympy objects) stand
    (``the sign of the term {0} is flipped``), and each renderer prints the parts
    in its own notation (:mod:`logderiv.render.diagnosis`). ``subject`` is the
    thing named (a term, a factor), when there is one.
    """

    kind: Kind
    #: the sentence, ``{k}`` where ``parts[k]`` stands (no part: the sentence itself)
    template: str
    subject: sympy.Expr | None = None
    #: the sub-expressions the sentence names, in the order of their places
    parts: tuple[sympy.Basic, ...] = ()

    @property
    def message(self) -> str:
        """The sentence with its parts in Unicode, as the text views print it (a renderer's, called by name)."""
        return self.template if not self.parts else facade.text("diagnosis_text", self)


@record
class Value:
    """One input of a counterexample: ``name`` with ``indices`` (θ₂: ``theta``, ``(2,)``) = ``value``."""

    name: str
    indices: tuple[int, ...]
    value: float


@record
class Counterexample:
    """Concrete sizes and data at which the answer and the gradient differ (or a step's two sides).

    The one counterexample record of every comparison. An answer's two values
    were computed with ``digits`` significant digits (mpmath), from exactly the
    inputs listed, so floating-point noise cannot make one; they are kept as
    decimal strings (``"0.2349…"``, or ``"a + bj"`` when complex). A step's
    (:func:`logderiv.equality.compare.compare`: ``expected`` its left side,
    ``answer`` its right) is in double precision, ``digits`` 16.
    """

    m: int
    n: int
    #: the component differentiated, θⱼ with this j
    j: int
    values: tuple[Value, ...]
    expected: str
    answer: str
    digits: int = 50


@record
class Verdict:
    """The outcome of checking one answer against the gradient of a cost."""

    verdict: Literal["equivalent", "different", "undecided"]
    #: the cost and variable the answer was checked against
    problem: Problem
    #: the answer as the user wrote it
    source: str
    #: the true gradient (the engine's simplified result); None if time ran out first
    expected: sympy.Expr | None = None
    #: the answer, built in the problem's context; None if time ran out first
    answer: sympy.Expr | None = None
    #: how equality was decided (``equivalent``), or how a difference was found
    check: Check | None = None
    counterexample: Counterexample | None = None
    diagnosis: tuple[Diagnosis, ...] = ()
    #: why the verdict is ``undecided``
    reason: str = ""
    notes: tuple[str, ...] = ()
    #: seconds the check was allowed
    time_limit: float = 0.0
    #: the answer as a matrix expression, when it was written in matrix form (``answer`` is then its entry j)
    matrix: sympy.Basic | None = None

    @property
    def method(self) -> str | None:
        """``symbolic`` or ``numeric``; None when nothing was decided."""
        return None if self.check is None else self.check.method

    def to_json(self) -> str:
        """The verdict as schema-versioned JSON (see ``docs/json.md``)."""
        return facade.text("render_verdict_json", self)

    def to_text(self) -> str:
        """The verdict as plain Unicode text."""
        return facade.text("render_verdict_text", self)

    def to_markdown(self) -> str:
        """The verdict as Markdown with ``$…$`` math."""
        return facade.text("render_verdict_markdown", self)

    def to_latex(self, *, standalone: bool = False) -> str:
        """The verdict as LaTeX (ASCII, amsmath and amssymb); ``standalone``: a whole pdflatex-ready document."""
        return facade.text("render_verdict_latex", self, standalone=standalone)
