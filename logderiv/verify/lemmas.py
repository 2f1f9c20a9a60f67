"""The lemmas marked beside a written derivation, checked on their own (see :mod:`logderiv.notation.lemmas`).

A lemma is a chain of its own: its first line is its left side, and each later
line is compared with the line before it by the judge every step of the
derivation gets, in the derivation's context (its cost's names, ``--let``).
It is never compared with ∂J/∂θⱼ nor with the gradient. A lemma whose lines
cannot be read is not read, with a note, as notes do with a lemma beside the
derivation: it is no part of what is checked.

The reading of a line and the judge come from :mod:`logderiv.services.steps`, which
calls this module, as two functions: this module imports nothing above it.
"""

from __future__ import annotations

from typing import Any, Callable, Collection

import sympy

from ..errors import InputError
from ..notation.document import Document, WrittenLemma, WrittenStep
from ..records.review import LemmaReview, StepReview
from .. import patterns
from ..notation import symbols
from ..notation.vocabulary import cost_name_pattern

__all__ = ["review_lemmas", "cost_by_another_variable", "UnreadRewrite"]

#: a written line built as an expression in the derivation's context (``summed``: summed over the examples, as
#: Σᵢ of what is written), and the notes of its reading
ReadLine = Callable[..., tuple[sympy.Expr, list[str]]]
#: the builder's refusal of an example index with no sum around it: a lemma of one example
_FREE_EXAMPLE = "the example index i is free here"
#: the judge of one step: (the line before, this line, its written step, whether to diagnose) -> a verdict
Compare = Callable[[sympy.Expr, sympy.Expr, WrittenStep, bool], Any]


def review_lemmas(document: Document, read_line: ReadLine, compare: Compare,
                  known: Collection[sympy.Basic] = (), wrong_at: int | None = None) -> tuple[
        tuple[LemmaReview, ...], list[str]]:
    """Each lemma of ``document`` reviewed with the derivation's reading and judge, and the notes on each.

    ``known``: the names (symbols, functions) the derivation's lines and cost are built with. A lemma, found
    beside the derivation or marked, is read only if it holds no other name than those and the
    variable its first side differentiates by: a name of the page read as a bare letter (``h`` for
    h_θ(x), ``z`` for θᵀx) would be a number of its own at each point, and a true lemma judged wrong.
    ``wrong_at``: the offset of the derivation's first wrong step, if any. A worked chain found beside the
    derivation that cannot be read refuses the page (:func:`_unread`), unless a wrong step stands before it
    on the page: the verdict (that first wrong step, the derivation's ending) holds whatever it holds.
    """
    reviews, notes = [], []
    unread: list[tuple[WrittenStep, str, bool, str | None]] = []
    for lemma in document.lemmas:
        first = lemma.steps[0]
        if len(lemma.steps) < 2:
            notes.append(f"line {first.line} is marked a lemma but states no equation: not read")
            continue
        unknown: list[str] = []
        try:
            lines, read_notes = _lines_of_one_example(lemma, read_line)
            # marked or found, a name of the page read as a bare letter (h for h_θ(x) at no example) is a number
            # of its own at each point: ∂h/∂θⱼ = h(1 − h)xⱼ, true of the page's h, was judged wrong (audit31)
            # an update's learning rate (α, η) and the name it updates are its own letters, free at each point
            unknown = [name for name in _unknown_names(lines, known, first.text)
                       if lemma.update is None or name not in _LEARNING_RATES]
            if unknown:
                raise InputError(f"{', '.join(unknown)} would be a letter of its own there, a number at each point, "
                                 "not what the page means by it")
        except InputError as error:
            if lemma.update is not None:
                # an update rule's sides that do not read are set aside, as an update rule always was: noted
                notes.append(f"line {first.line}: the update rule of {lemma.update}, its sides after its own "
                             f"({_shortened(' = '.join(step.written for step in lemma.steps))}) not read: "
                             f"{error.message}; not checked")
                continue
            if (lemma.side or unknown) and (len(lemma.steps) > 2 or _of_the_cost(first.written)
                                            or lemma.rewrite is not None):
                # a worked chain (g′(z) = A = B) is where a sign slips: left unread, the page would be judged
                # on the derivation alone, "every step holds", with the mistake looked for unchecked. So is one '='
                # that differentiates the cost itself by another variable (∂𝓛/∂zᵢ = ŷᵢ − yᵢ of a mean 𝓛, its
                # 1/N dropped, a blind set's real slip): a claim about the cost, not a fact such as σ′ = σ(1 − σ)
                unread.append((first, error.message, len(lemma.steps) > 2, lemma.rewrite))
                continue
            # a fact stated in one '=' (σ′ = σ(1 − σ), ∂h/∂θⱼ = xⱼ) is named, as a page's aside always was
            notes.append(f"line {first.line}: not read: {_shortened(first.written)} = …, an equation beside the "
                         f"derivation ({error.message})" if lemma.side else
                         f"line {first.line} is a lemma, not read: {error.message}")
            continue
        steps: list[StepReview] = []
        absorbed = None
        for number, (step, before, after) in enumerate(zip(lemma.steps[1:], lines, lines[1:]), start=1):
            first_wrong = all(review.valid for review in steps)
            verdict = compare(before, after, step, first_wrong)
            if lemma.update is not None and first_wrong and verdict.verdict != "equivalent":
                absorbed = _absorbed_constant(before, after, step, compare)
                if absorbed is not None:
                    break
            steps.append(StepReview(number, step, after, verdict.verdict == "equivalent", verdict.check,
                                    verdict.counterexample, verdict.diagnosis))
        if absorbed is not None:
            # θⱼ − α ∂J/∂θⱼ = θⱼ − αΣ(h − y)xⱼ beside J = (1/2m)Σ(h − y)²: the 1/m taken into the learning rate, as
            # pages do (often said in words): loose by the writer's convention, not a slip; set aside, noted (audit32h)
            notes.append(f"line {first.line}: the update rule of {lemma.update}, its sides after its own "
                         f"({_shortened(' = '.join(step.written for step in lemma.steps))}): a side differs from the "
                         f"one before it only by the factor {absorbed} on the learning rate's step, a constant taken "
                         "into the learning rate as pages often do: not judged, not checked")
            continue
        reviews.append(LemmaReview(lemma.title, first, tuple(steps), start=lines[0]))
        notes += read_notes
        last = lemma.steps[-1].line
        span = f"line {first.line}" if last == first.line else f"lines {first.line}–{last}"
        if lemma.update is not None:
            pass  # the page's note on the update rule says how its sides are read and checked
        elif lemma.noted:
            pass  # a rewrite of a name no derivation writes: the page's note says how it is read and checked
        elif lemma.rewrite is not None:
            notes.append(f"line {first.line}: a definition of {lemma.rewrite}, rewritten ({lemma.rewrite} = "
                         f"{_shortened(' = '.join(step.written for step in lemma.steps))}): {lemma.rewrite} read as "
                         "its first value in every line, each later side checked as an equality against the one "
                         "before it")
        elif lemma.side:
            notes.append(f"{span} {'are' if last != first.line else 'is'} a chain of its own beside the derivation, "
                         "opening with a derivative of another expression than the cost: read as a lemma, each side "
                         "checked against the one before it, not as steps of the derivation")
        else:
            notes.append(f"{span} {'are' if last != first.line else 'is'} a lemma ({lemma.title or 'marked so'}): "
                         "read as a chain of its own, each line checked against the one before it, "
                         "not as steps of the derivation")
    wrong = [step.written.offset for review in reviews for step in review.steps if not step.valid]
    wrong_first = min([*wrong, *([] if wrong_at is None else [wrong_at])], default=None)
    for first, why, chain, rewrite in unread:
        if wrong_first is None or wrong_first > first.offset:
            raise _unread(document, first, why, rewrite)
        shown = _shortened(first.written) + (" = … = …, a chain" if chain else " = …, an equation")
        notes.append(f"line {first.line}: not read: {shown} beside the derivation ({why}); it stands after the first "
                     "wrong step on the page, which the verdict names whatever it holds")
    return tuple(reviews), notes


#: a first side that differentiates the cost itself, by its names (J, L, ℓ, 𝓛, E, with arguments, never one
#: example's term J_i or ℓ^{(i)}), by what it writes below: \frac{\partial \mathcal{L}}{\partial z_i}, ∂J/∂a
_OF_THE_COST = patterns.compile(
    r"\s*(?:\\[dt]?frac\s*\{\s*(?:\\partial|∂|d)\s*|(?:∂|d)\s*)"
    + cost_name_pattern("J", "L", "E", "ℓ", "\\ell", "\\mathcal{L}", "\\mathcal{J}", "\\mathcal{E}") + r"(?![A-Za-z_^])\s*(?:\([^()]*\))?\s*"
    r"(?:\}\s*\{\s*(?:\\partial|∂|d)\s*(?P<below>(?:[^{}]|\{[^{}]*\})*)\}|/\s*(?:∂|d)\s*(?P<after>\S+))")
#: a parameter below the derivative (w, \bm{w}, θ_j, b, β₀): the gradient's derivative then, not another variable's
_PARAMETER_BELOW = patterns.compile(
    r"\s*(?:\\(?:mathbf|bm|boldsymbol|vec)\s*\{?\s*)?(?:w|b|\\theta|θ|\\beta|β)\s*\}?"
    r"(?:\s*_\s*\{?\s*[0-9a-z]\s*\}?|[₀-₉])?\s*$")


def _of_the_cost(written: str) -> bool:
    """Whether a lemma's first side differentiates the cost itself by another variable than the parameters."""
    match = _OF_THE_COST.match(written)
    if match is None:
        return False
    below = match.group("below") if match.group("below") is not None else match.group("after")
    return _PARAMETER_BELOW.match(below or "") is None


def cost_by_another_variable(written: str) -> str | None:
    """The variable, as written, that a line differentiating the cost alone by it names (``∂L/∂ŷ`` → ``ŷ``), or None.

    Only a line that is that derivative and nothing more (no factor after it, not a parameter below it).
    """
    match = _OF_THE_COST.match(written)
    if match is None or not _of_the_cost(written) or written[match.end():].strip():
        return None
    below = match.group("below") if match.group("below") is not None else match.group("after")
    return below.strip() or None


#: the letter a first side differentiates by, as written: d/dz, \frac{d}{dz}, \partial z, g'(z)
_VARIABLE = patterns.compile(r"(?:\\partial|∂|(?<![A-Za-z\\])d)\s*\{?\s*([A-Za-z])\s*\}?\s*(?:\}|$|\s)"
                           r"|(?:'|′|\\prime\s*\}?)\s*\(\s*([A-Za-z])\s*\)")


def _unknown_names(lines: list[sympy.Expr], known: Collection[sympy.Basic], first: str = "") -> list[str]:
    """The names in a lemma's lines that the derivation does not use, the variable its first side (``first``, as
    written) differentiates by aside: σ′(z)'s z is the lemma's own, read as the symbol it writes."""
    from sympy.core.function import AppliedUndef

    allowed = set(known)
    for derivative in lines[0].atoms(sympy.Derivative):
        allowed |= {variable for variable in derivative.variables}
    own = {letter for match in _VARIABLE.finditer(first) for letter in match.groups() if letter}
    # the letter differentiated is no variable of the lemma's own: ∂L/∂z read with L a bare letter is 0, and the
    # true ∂L/∂z = (σ(z) − y)σ(z)(1 − σ(z)) beside L = ½(σ(wx + b) − y)² was judged wrong (audit38)
    variables = {str(variable) for derivative in lines[0].atoms(sympy.Derivative) for variable in derivative.variables}
    own -= {str(derivative.expr) for derivative in lines[0].atoms(sympy.Derivative)
            if derivative.expr.is_Symbol and str(derivative.expr) not in variables}
    names: set[sympy.Basic] = set()
    for line in lines:
        names |= {symbol for symbol in line.free_symbols if not isinstance(symbol, sympy.Dummy)}
        names |= {call.func for call in line.atoms(AppliedUndef)}
    return sorted(str(name) for name in names if name not in allowed and str(name) not in own)


def _absorbed_constant(before: sympy.Expr, after: sympy.Expr, step: WrittenStep, compare: Compare) -> str | None:
    """The positive constant c (2, m, 1/m, 2/m, …) by which an update's side's step is the one before's, the rest
    equal: ``after − after|α=0 = c (before − before|α=0)`` with ``after|α=0 = before|α=0``, α the learning rate; or
    None. A constant free of the parameters, data and learning rate, one a writer takes into the learning rate
    (θⱼ − α ∂J/∂θⱼ = θⱼ − αΣ(h − y)xⱼ of J = (1/2m)Σ(h − y)²); never −1, a sign slipped, which stays wrong."""
    rates = [symbol for symbol in before.free_symbols | after.free_symbols if str(symbol) in _LEARNING_RATES]
    if len(rates) != 1:
        return None
    (rate,) = rates
    try:
        rest_before, rest_after = before.subs(rate, 0), after.subs(rate, 0)
        if rest_before == before or rest_after == after:
            return None  # a side without the step: nothing taken into the rate
        if compare(rest_before, rest_after, step, False).verdict != "equivalent":
            return None
        counts = [count for count in (symbols.m, symbols.n) if count in before.free_symbols | after.free_symbols]
        candidates = [sympy.Integer(2), sympy.Rational(1, 2)]
        for count in counts:
            candidates += [count, 1 / count, 2 * count, count / 2, 2 / count, 1 / (2 * count)]
        for constant in candidates:
            if compare(constant * (before - rest_before), after - rest_after, step, False).verdict == "equivalent":
                return str(constant)
    except (InputError, TypeError, ValueError, ZeroDivisionError):
        return None
    return None


#: the learning rates an update rule writes, as a line's reader names their symbols: free letters of the update's own
_LEARNING_RATES = frozenset({"alpha", "eta", "α", "η", "lr", "gamma", "γ", "rho", "ρ"})


class UnreadRewrite(InputError):
    """A definition's rewrite (ŷ = σ(z) = 1/(1 + e^{−z})) whose sides cannot be read as a chain of their own: the
    caller reads the page again with the whole chain as one --let, whose reading compares its sides (or refuses)."""


def _unread(document: Document, first: WrittenStep, why: str, rewrite: str | None = None) -> InputError:
    """The refusal of a chain of two '=' or more found beside the derivation that cannot be read.

    Left out with a note, the page would be judged on the derivation alone, "every step holds", while the
    mistake the reader looks for may sit in that chain (a sign in σ′): so the page is not judged.
    """
    if rewrite is not None:
        opening = (f"line {first.line} rewrites the definition of {rewrite} ({rewrite} = {_shortened(first.written)} = "
                   f"…), and the rewrite is not read: {why}; a wrong rewrite would go unchecked")
    elif _of_the_cost(first.written):
        opening = (f"line {first.line} differentiates the cost by another variable than the parameters "
                   f"({_shortened(first.written)}), beside the derivation, and it is not read: {why}; what it claims "
                   "would go unchecked")
    else:
        opening = (f"line {first.line} opens a chain of its own beside the derivation, a derivative of another "
                   f"expression than the cost ({_shortened(first.written)}), and it is not read: {why}; its steps "
                   "would go unchecked")
    return (InputError if rewrite is None else UnreadRewrite)(
        opening,
        source=document.source, column=first.offset, line=first.line, label="FILE",
        hint="write that chain so that logderiv reads it, or check the derivation in a file of its own")


def _shortened(written: str, limit: int = 50) -> str:
    return written if len(written) <= limit else written[: limit - 1] + "…"


def _lines_of_one_example(lemma: WrittenLemma, read_line: ReadLine) -> tuple[list[sympy.Expr], list[str]]:
    """The lemma's lines, each summed over the examples where the lemma is of one example (its i free).

    ∂/∂θⱼ[y⁽ⁱ⁾ log h(x⁽ⁱ⁾)] = y⁽ⁱ⁾ (1/h(x⁽ⁱ⁾)) ∂h/∂θⱼ holds at each example i; summed over m examples of random
    data, two sides agree everywhere only if they agree at each example (what differs at one example is not
    cancelled by the others, drawn independently). Its refusal, if it is not read so either, is the one as written.
    """
    try:
        return _lines(lemma, read_line)
    except InputError as error:
        if not error.message.startswith(_FREE_EXAMPLE):
            raise
        try:
            lines, notes = _lines(lemma, lambda step: read_line(step, summed=True))
        except InputError:
            raise error from None
    first, last = lemma.steps[0].line, lemma.steps[-1].line
    span = f"line {first}" if first == last else f"lines {first}–{last}"
    return lines, [*notes, f"{span}: a lemma of one example (its example index i free): each side is compared summed "
                           "over the examples, Σᵢ, which holds for every data set only if it holds at each example"]


def _lines(lemma: WrittenLemma, read_line: ReadLine) -> tuple[list[sympy.Expr], list[str]]:
    """The lemma's lines built as expressions and what they were read as, or :class:`InputError`."""
    lines, notes = [], []
    for step in lemma.steps:
        expr, read = read_line(step)
        lines.append(expr)
        notes += read
    return lines, notes
