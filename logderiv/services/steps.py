"""Check a written derivation step by step: is each line equal to the one before?

The first line is compared with ∂J/∂θⱼ, each further line with the line before
it, and the last line with the gradient the engine derives. Each comparison is
:func:`~logderiv.services.check.judge`, the same as ``logderiv check``'s:
symbolic expansion when cheap, else the numeric comparison at shared random
points, and a counterexample only once it is confirmed at 50 significant
digits, so floating-point noise never marks a true step wrong. The first
wrong step gets :func:`~logderiv.verify.diagnosis.diagnose`'s diagnosis of how
it differs from the line before it. A derivation whose every step holds but
whose last line still holds a derivative is *unfinished*, not wrong.
"""

from __future__ import annotations

import contextvars
import dataclasses
import re
import sys
from typing import TYPE_CHECKING, Any, Callable, Collection, Literal, Mapping, Sequence

import sympy
from sympy.core.function import AppliedUndef

from ..errors import InputError, LogderivError, UnsupportedError
from ..notation import symbols, tree
from ..notation.builder import build_expression, build_problem, written_parameters
from ..notation.document import Document, WrittenStep, locate, read_document
from ..notation.scalars import line_of_declared
from ..notation.costs import penalty_note
from ..notation.models import DEFAULT_PREDICTION_NOTE_START
from ..notation.vocabulary import DATA_VECTORS, DEFAULT_WRT, PARAMETER_VECTORS, PER_EXAMPLE, PREDICTION, cost_name_pattern
from ..presets import find_preset
from ..notation.problem import Problem
from ..records.review import LemmaReview, Review, StepReview
from ..records.verdict import Verdict
from .check import judge
from ..verify.costs import read_cost
from ..verify import labels
from ..verify.samples import Samples
from .. import patterns
from ..notation import chains, conventions, single_example
from ..notation.page import RESCALED_AS, RESCALED_READING, UNDECIDED_AS, CostDefinedTwice, SeveralChains, SeveralDerivations, UndecidedContinuation
from ..notation.single_example import Announcement

if TYPE_CHECKING:  # pragma: no cover
    from ..notation import Input
    from ..notation.builder import Expression
    from ..notation.columns import PatternLine
    from ..notation.functions import FunctionDef
    from ..notation.lemmas import LemmaSpan
    from ..notation.notes import Block
    from ..notation.page import Definition as PageDefinition, Page
    from ..notation.parsed import Parsed
    from ..notation.written_components import WrittenModel
    from ..records.derivation import Check
    from ..verify.sides import Let

__all__ = ["review_steps", "review_document"]

#: the cost's name in a written derivation: ∂/∂θⱼ J
_COST_NAME = "J"



#: a page's setting of the penalty's weight to zero: λ = 0, \lambda = 0, λ = 0.0, code's lambda_ = 0, the limit
#: \lambda \to 0 (not λ = 0.1, not λ ≥ 0) — audit35 found 0.0, lambda_ and \to judged wrong as λ = 0 once was
_LAMBDA_ZERO = patterns.compile(r"(?<![\w\\])(?:\\lambda|λ|lambda_?|lam)\s*(?:=|\\to|→)\s*0(?:\.0*)?(?![\d.,]*\d)"
                                r"(?!\s*\.\d)")


def review_steps(text: str, *, cost: str | None = None, wrt: str | None = None,
                 input: Input = "auto", regularise_intercept: bool = True, let: Sequence[str] = (),
                 file_kind: str | None = None, numbers: Collection[str] = (), written: Collection[str] = ()) -> Review:
    """:func:`_review_steps_once`; a page whose one '=' line after a definition could go on with either chain is
    read both ways, and read (noted) only where the two readings judge every line alike (:func:`_either_way`)."""
    def once() -> Review:
        return _review_steps_once(text, cost=cost, wrt=wrt, input=input, regularise_intercept=regularise_intercept,
                                  let=let, file_kind=file_kind, numbers=numbers, written=written)

    if UNDECIDED_AS.get() is not None:
        return _unread_cost_guarded(text, once(), cost=cost, file_kind=file_kind)
    try:
        review = once()
    except UndecidedContinuation as undecided:
        review = _either_way(undecided, once)
    else:
        # the earlier cost read as the page defines it: --cost names the later one, and would refuse the earlier
        # unread
        review = _rescaled_either_way(review, once, lambda: _review_steps_once(
            text, wrt=wrt, input=input, regularise_intercept=regularise_intercept, let=let, file_kind=file_kind,
            numbers=numbers, written=written))
    return _unread_cost_guarded(text, review, cost=cost, file_kind=file_kind)


def _unread_cost_guarded(text: str, review: Review, *, cost: str | None, file_kind: str | None) -> Review:
    """``review``, unless it was judged against the default cost while the page writes a cost's definition (J(θ) =
    …, E(w) = …, L = (1/n)Σ …) anywhere, read or not: refused with a caret at it (issue 10)."""
    if cost is not None or file_kind != "markdown" or DEFAULT_COST_NOTE not in review.notes:
        return review
    from ..notation.unread_cost import unread_cost_definitions

    source = text.replace("\r\n", "\n")
    definitions = unread_cost_definitions(source)
    if not definitions:
        return review
    definition = definitions[0]
    raise InputError(
        f"line {definition.line} defines a cost, {definition.head} = …, that the derivation was not read against: "
        "checked against the default logistic cost instead, the lines would be judged for a cost the page may not "
        "use",
        source=source, column=definition.offset, line=definition.line, label="FILE",
        hint="write the cost's definition in a display ($$ … $$) of its own, named as its derivatives name it "
             "(∂J/∂θⱼ for J(θ) = …), or give the cost with --cost")


def _rescaled_either_way(review: Review, once: Callable[[], Review], own: Callable[[], Review]) -> Review:
    """A page read with its cost's rescaled definition (L = (1/m)Σ…, then L = (1/2m)Σ…) as it was, where that reading
    finds every step right, or the earlier definition's reading finds a step wrong no later than it does; else
    refused (audit30b).

    "For convenience we divide by 2", then a derivation of the cost as first defined ((2/m)Σ(…)x): every step is the
    earlier cost's, and judged against the later one each is 2× off. Which cost the writer derives is theirs to say:
    a step right for one cost and wrong for the other is not called wrong. A derivation that writes the later
    cost's 1/(2m) (right for it, wrong for the earlier) and then drops a 1/m is wrong where the drop is, read either
    way or not."""
    if review.ok or not any(RESCALED_READING in note for note in review.notes):
        return review
    token = RESCALED_AS.set("earlier")
    try:
        earlier: Review | None = own()
    except LogderivError:
        earlier = None
    finally:
        RESCALED_AS.reset(token)
    if earlier is not None and not earlier.ok and _first_wrong(earlier) <= _first_wrong(review):
        return review  # wrong against either cost, and first where the rescaled one finds it
    token = RESCALED_AS.set("refuse")
    try:
        return once()  # raises the refusal, at the later definition
    finally:
        RESCALED_AS.reset(token)


def _either_way(undecided: UndecidedContinuation, review: Callable[[], Review]) -> Review:
    """The page read with its '=' line going on with the derivation, where reading it with the definition judges
    every line alike (each line right or wrong the same, the same ending kind); else the refusal (fixmsg29: fixjoin28
    refused such a page without asking whether the two readings differ)."""
    if undecided.count != 1:
        raise undecided
    readings = []
    for way in ("definition", "derivation"):
        token = UNDECIDED_AS.set(way)
        try:
            readings.append(review())
        except LogderivError:
            raise undecided from None
        finally:
            UNDECIDED_AS.reset(token)
    if _judged(readings[0]) != _judged(readings[1]):
        raise undecided
    if any(not reading.ok and any(RESCALED_READING in note for note in reading.notes) for reading in readings):
        raise undecided  # a cost read rescaled is read both ways too (_rescaled_either_way): not twice over
    return readings[1]


def _first_wrong(review: Review) -> float:
    """The line of a review's first wrong step, the derivation's or a lemma's (infinity where none is)."""
    steps = [*review.steps, *(step for lemma in review.lemmas for step in lemma.steps)]
    return min((step.written.line or 0 for step in steps if step.valid is False), default=float("inf"))


def _judged(review: Review) -> tuple[bool, str, frozenset[tuple[int, bool]]]:
    """How a review judges a page: right or not, how it ends, and each line's verdict (the derivation's steps and the
    lemmas'). The ending counts: read with the definition, a derivation may end at the gradient (or unfinished) where,
    read with the derivation, the '=' line makes it end wrong, every line judged alike, and a grade gives the one
    credit and not the other (audit29g)."""
    steps = [*review.steps, *(step for lemma in review.lemmas for step in lemma.steps)]
    return review.ok, review.ending, frozenset((step.written.line, step.valid) for step in steps)


def _review_steps_once(text: str, *, cost: str | None = None, wrt: str | None = None,
                       input: Input = "auto", regularise_intercept: bool = True, let: Sequence[str] = (),
                       file_kind: str | None = None, numbers: Collection[str] = (),
                       written: Collection[str] = ()) -> Review:
    """Read a written derivation and check every step of it (see :func:`review_document`); a wrong ending on a page
    that sets λ = 0 beside a cost with λ is refused (:func:`_refuse_wrong_beside_lambda_zero`). ``written``: the
    parameter letters the page's other derivations write (:func:`_each_derivation`)."""
    # a Windows file's CRLF line ends are line ends: a '\r' left at a line's end kept a display (pyglmnet's cheat
    # sheet) or a cost's definition from being found, a page read right with LF refused (audit40); lines and columns
    # stay as they were
    text = text.replace("\r\n", "\n")
    from ..verify.lemmas import UnreadRewrite

    try:
        try:
            review = _review_steps(text, cost=cost, wrt=wrt, input=input, regularise_intercept=regularise_intercept,
                                   let=let, file_kind=file_kind, numbers=numbers, written=written)
        except UnreadRewrite:
            # a definition's rewrite that does not read as a chain of its own (h_θ(x⁽ⁱ⁾) = θᵀx⁽ⁱ⁾ = Σⱼ θⱼxⱼ⁽ⁱ⁾, an
            # example's marks the --let reading blanks): the whole chain is one --let, its sides compared there
            review = _review_steps(text, cost=cost, wrt=wrt, input=input, regularise_intercept=regularise_intercept,
                                   let=let, file_kind=file_kind, numbers=numbers, rewrites=False, written=written)
        _refuse_the_cost_restated_as_a_step(text, review)
    except InputError:
        # ∂L/∂ŷ, ∂ŷ/∂z, ∂z/∂w each derived, then multiplied: refused as several derivations (or the page's model
        # against the preset's), such a page is read by its own reader; any other page's refusal stands
        from .chain_page import review_chain_page

        chained = None if wrt or let or numbers or file_kind not in (None, "markdown") else review_chain_page(
            text, cost=cost, input=input)
        if chained is None and file_kind == "markdown" and not (wrt or let or numbers):
            # one example's loss L derived, then the cost J = (1/m) Σᵢ L derived: each part read on its own
            chained = _per_example_then_mean(text, cost=cost, input=input)
        if chained is None and cost is None and file_kind == "markdown" and not (wrt or let or numbers):
            # headed sections, each defining the cost L and deriving it: each section read as a page of its own
            chained = _each_section_of_its_cost(text, input=input,
                                                quiet=isinstance(sys.exc_info()[1], SeveralChains))
        twice = sys.exc_info()[1]
        if chained is None and cost is not None and not (wrt or let or numbers) and isinstance(twice, CostDefinedTwice):
            # the prose defines the cost twice, differently, and --cost names the cost: each definition read alone
            chained = _the_definition_of_the_cost_given(text, twice, cost=cost, input=input,
                                                        regularise_intercept=regularise_intercept, file_kind=file_kind)
        if chained is None:
            _refuse_a_network(text)
            several = sys.exc_info()[1]
            if isinstance(several, SeveralChains) and not isinstance(several, SeveralDerivations) \
                    and file_kind in (None, "markdown") and not (wrt or let or numbers) and not _JUDGING_ONE_CHAIN.get():
                # several chains of '=', not each of the cost by a parameter of its own (σ′(z) = …, ∂L/∂w = …):
                # each is judged alone, as a TA judges each derivation on a page; one that is not read alone keeps
                # the page refused, saying which chain and why
                from ..notation.model_chain import model_chains_set_aside

                # y = Σwᵢxᵢ = [w…][x…] = wᵀx and {\bf w} = [w₀; ⋮], beside a derivation writing wᵀx out: the model's
                # chain and its vectors' layout are definitions, set aside (noted) and the page read without them
                modelless, model_notes = model_chains_set_aside(text, lambda line: f"line {line}")
                if model_notes:
                    return _read_without_model_chains(text, modelless, model_notes, cost=cost, input=input,
                                                      regularise_intercept=regularise_intercept, file_kind=file_kind)
                return _each_chain(text, several, cost=cost, input=input, regularise_intercept=regularise_intercept,
                                   file_kind=file_kind)
            raise
        return chained
    _refuse_wrong_beside_lambda_zero(text, review)
    _refuse_a_linear_default_the_prose_calls_a_sigmoid(text, review)
    _refuse_wrong_at_a_derivative_without_brackets(text, review)
    _refuse_wrong_with_a_vector_beside_one_feature(text, review)
    if cost is not None or DEFAULT_COST_NOTE in review.notes:
        _refuse_wrong_beside_one_example(text, review)
    _refuse_wrong_by_a_stray_parameter_name(text, review, lambda again: _review_steps(
        again, cost=cost, wrt=wrt, input=input, regularise_intercept=regularise_intercept, let=let,
        file_kind=file_kind, numbers=numbers, written=written))
    if (review.ending == "wrong" or review.first_error is not None) and cost is not None:
        _refuse_wrong_right_at_the_set_lambda(text, review, cost, lambda at, lets: _review_steps(
            text, cost=at, wrt=wrt, input=input, regularise_intercept=regularise_intercept, let=(*lets, *let),
            file_kind=file_kind, numbers=numbers))
    return review


def _read_without_model_chains(text: str, modelless: str, said: Sequence[str], *, cost: str | None, input: Input,
                                regularise_intercept: bool, file_kind: str | None) -> Review:
    """A page refused as several chains, read again with its model's chain and layouts blanked (``modelless``, same
    length: :func:`logderiv.notation.model_chain.model_chains_set_aside`), ``said`` its notes first. Where the page
    so read is refused, the refusal says what was set aside, and its caret stands in the page as written."""
    try:
        review = review_steps(modelless, cost=cost, input=input, regularise_intercept=regularise_intercept,
                              file_kind=file_kind)
    except InputError as error:
        source = text if error.source == modelless else error.source
        raise InputError(f"{'; '.join(said)}; read so, {error.message}", source=source, column=error.column,
                         line=error.line, label=error.label, hint=error.hint) from None
    return dataclasses.replace(review, notes=tuple(dict.fromkeys((*said, *review.notes))))


#: set while a chain of a page of several is judged alone: its own refusal is its own, never read again chain by chain
_JUDGING_ONE_CHAIN: contextvars.ContextVar[bool] = contextvars.ContextVar("judging one chain", default=False)


def _each_chain(text: str, several: SeveralChains, *, cost: str | None, input: Input, regularise_intercept: bool,
                file_kind: str | None) -> Review:
    """A page of several chains of '=', whatever each differentiates: each derivation judged alone, the others blanked.

    The tables' page-level rule (tests/derivations_cold23/expected.txt): where a page states several derivatives,
    each is judged, and the page ends at the gradient only if every one does, its earliest wrong step the page's.
    Each chain that takes a derivative (or whose role is unknown), read alone, is judged against what the reader
    takes it to differentiate, as a page of that one chain is (the cost, one example's loss), the page's
    definitions rewritten and the cost's own chain kept beside it; the chains are then listed in turn as :func:`_each_derivation` lists
    the derivations of a cost by its parameters, with the same refusals (chains of two costs, a chain compared in
    matrix form). A chain that is not read alone leaves the page refused, naming that chain, its line and why:
    what it differentiates cannot be told, and no chain is judged against a guessed subject.
    """
    def review_one(kept: str, numbers: Collection[str] = (), written: Collection[str] = ()) -> Review:
        token = _JUDGING_ONE_CHAIN.set(True)
        try:
            review = review_steps(kept, cost=cost, input=input, regularise_intercept=regularise_intercept,
                                  file_kind=file_kind, numbers=numbers, written=written)
        except InputError as error:
            start, end = next(span for span in spans if kept[span[0]:span[1]] == text[span[0]:span[1]])
            reason = _still_several(error, text.count("\n", 0, start) + 1)
            if error.source is not None and len(error.source) == len(text) and error.column is not None \
                    and not start <= error.column < end:
                # the chain's own reason found outside it (the cost's line: "take no derivative of it"): the caret
                # goes to the chain the refusal names, not to a line the page reads as it was
                column = start + len(text[start:end]) - len(text[start:end].lstrip())
                line = text.count("\n", 0, column) + 1
                raise InputError(f"{several.message} Each chain was judged alone, the other derivations blanked, and "
                                 f"the one of {_chain_line(kept, spans)} is not read: {reason}",
                                 source=text, column=column, line=line, label=error.label, hint=error.hint) from None
            raise InputError(f"{several.message} Each chain was judged alone, the other derivations blanked, and "
                             f"the one of {_chain_line(kept, spans)} is not read: {reason}",
                             source=error.source, column=error.column, line=error.line, label=error.label,
                             hint=error.hint) from None
        finally:
            _JUDGING_ONE_CHAIN.reset(token)
        if cost is None and DEFAULT_COST_NOTE in review.notes:
            # read alone, the chain names no cost the page defines: judged against the default cost, its subject
            # would be a guess (NLL(θ) = … = …, a rewrite of a name beside the derivation, is no derivation of it)
            start = next(start for start, end in spans if kept[start:end] == text[start:end])
            raise InputError(f"{several.message} Each chain was judged alone, the other derivations blanked, and the one of "
                             f"{_chain_line(kept, spans)} differentiates no cost the page defines: judged "
                             "against the default cost, what it derives would be a guess",
                             source=several.source, column=start, line=text.count("\n", 0, start) + 1,
                             label=several.label, hint="give the cost with --cost, or check each chain on its own "
                                                       "page with its cost written above it")
        return review

    def _chain_line(kept: str, spans: Sequence[tuple[int, int]]) -> str:
        """The line the chain left in ``kept`` opens on (the others are blanked)."""
        start = next(start for start, end in spans if kept[start:end] == text[start:end])
        return f"line {text.count(chr(10), 0, start) + 1}"

    from ..notation.roles import CostChain, Definition

    # a definition rewritten (ŷ = wx + b = b + wx) or the cost's own chain (J(θ) = A = B) is no derivation of
    # anything: it stays in the page of each derivation it serves, read there as any definition is (its rewrites
    # checked), and only the chains that take a derivative (or whose role is unknown) are judged one at a time
    definitions = {role.span for role in several.roles if isinstance(role, (Definition, CostChain))}
    apart = [span for span in several.spans
             if not any(span[0] <= start < span[1] for start, _ in definitions)] if len(several.roles) == len(
        several.spans) else list(several.spans)
    apart = apart if apart else list(several.spans)
    if len(apart) < 2:
        raise several  # one derivation beside definitions the reader did not sort: its refusal stands
    spans = apart
    return _each_derivation(text, SeveralDerivations(several.message, spans=spans, rows=several.rows,
                                                     source=several.source, column=several.column,
                                                     line=several.line, label=several.label, hint=several.hint),
                            review_one, unsorted=True)


def _still_several(error: InputError, line: int) -> str:
    """Why a chain judged alone was not read, said once: where the chains kept beside it (a definition, the cost's
    chain) leave it one of several again, the kept chains and it are named by their roles, not by the page's refusal
    repeated ("the notes hold 2 derivations … which one is checked?" inside the same question); else the reason."""
    if not isinstance(error, SeveralChains) or isinstance(error, SeveralDerivations) or not error.roles:
        return error.message
    kept = [role for role in error.roles if role.line != line]
    alone = [role for role in error.roles if role.line == line]
    if not kept or not alone:
        return error.message
    return ("the chains kept beside it, " + "; ".join(f"line {role.line} opening with {role.first} ({role.reading})"
                                                      for role in kept)
            + f", leave it one of {len(error.roles)} chains of '=' whose roles do not sort, and it opens with "
            + f"{alone[0].first} ({alone[0].reading})")


def _per_example_then_mean(text: str, *, cost: str | None, input: Input) -> Review | None:
    """A page deriving one example's loss L, then the cost J as its mean, read as its two parts; None if not one.

    Each part (:func:`logderiv.notation.example_loss.per_example_and_mean`) is the page with the other's chains
    blanked: one example's loss derived by the per-example convention (its own cost, so --cost, which names J,
    is not given to it), and the mean derived against J (and --cost). Each is reviewed as a page of its own, its
    readings its own; the page's steps are theirs in the page's order, and it ends at the gradient only if every
    derivation of both does. A part that is refused (or compared in matrix form, its own way) leaves the page's
    refusal standing.
    """
    from ..notation.example_loss import per_example_and_mean

    parts = per_example_and_mean(text)
    if parts is None:
        return None
    per_example, of_the_mean, said = parts
    if cost is not None:
        # beside --cost the mean is the preset's, its ŷ the preset's model: the page's own ŷ = σ(wᵀx + b) is left to
        # the per-example part (the preset written with it is not compared), and checked below to agree
        of_the_mean = (per_example_and_mean(text, shared=False) or parts)[1]
    try:
        reviews = [review_steps(per_example, input=input, file_kind="markdown"),
                   review_steps(of_the_mean, cost=cost, input=input, file_kind="markdown")]
    except InputError:
        return None
    if any(review.compared or not review.steps for review in reviews):
        return None
    if len({any(note.startswith(_PREDICTION_UNDEFINED) for note in review.notes) for review in reviews}) == 2:
        # one part reads the page's definition of ŷ, the other, blind to it (ŷ = σ(z), then ∂ŷ/∂z in one display),
        # took the cost's default model: the two parts would be judged with two models (audit24f)
        return None
    if cost is not None and not _agrees_with_its_own_model(text, reviews[1], input):
        return None
    # in the page's order of lines (a derivation's first step may stand at its cost's definition's offset): each part's
    # own order kept within a line
    steps = sorted((step for review in reviews for step in review.steps), key=lambda step: step.written.line)
    lemmas: list[LemmaReview] = []
    for review in reviews:
        lemmas += [lemma for lemma in review.lemmas
                   if all(lemma.statement.offset != other.statement.offset for other in lemmas)]
    mean = reviews[1]
    # the mean's ending first among equals: the gradient shown under the verdict is J's (the notes say each part's)
    worst = min(reversed(reviews), key=lambda review: _WORST_FIRST.index(review.ending))
    ends = "; ".join(f"{name} ends {'at the gradient' if review.ending == 'gradient' else review.ending}"
                     for name, review in zip(("one example's loss", "the mean"), reviews))
    notes = [f"{said[0]}: {ends}", *said[1:],
             *(f"in the part of one example's loss: {note}" for note in reviews[0].notes),
             *reviews[1].notes]
    return dataclasses.replace(mean, steps=tuple(dataclasses.replace(step, number=number)
                                                 for number, step in enumerate(steps, 1)),
                               ending=worst.ending, ending_check=worst.ending_check,
                               notes=tuple(dict.fromkeys(notes)),
                               lemmas=tuple(sorted(lemmas, key=lambda lemma: lemma.statement.offset)), parts=())


def _refuse_the_cost_restated_as_a_step(text: str, review: Review) -> None:
    """Refuse a derivation one of whose later steps is the cost's bare name: ``L = ½(y − ŷ)²`` written after
    ``L = −(y ln ŷ + …)`` was derived (a page comparing two losses, each defined by the same letter and derived in
    turn) was read as a step ``L`` (the first cost) ``= ½(y − ŷ)²`` of the first derivation, and the page called
    wrong at it. A cost's name after a derivative is never the step its writer means: it opens a definition again,
    whose derivation is of another cost (audit32b). Refused, so a page of headed sections is read section by section
    (:func:`_each_section_of_its_cost`), and any other page names the two definitions."""
    name = review.problem.name
    if not name:
        return
    letters = {name, {"ℓ": "\\ell"}.get(name, name), f"\\mathcal{{{name}}}"}
    for step in review.steps[1:]:
        written = re.sub(r"\s", "", step.written.text)
        bare = re.sub(r"\([^()]*\)$", "", written)
        if bare in letters:
            first = review.steps[0].written
            raise InputError(
                f"line {step.written.line} writes the cost {name} again after its derivation began (line "
                f"{first.line}): read as a step, {name} would be the first definition's cost; it defines {name} "
                "anew, and which definition each derivation derives the page does not say",
                source=text, line=step.written.line, column=step.written.column, label="FILE",
                hint=f"name each cost by a letter of its own, or cut the page at headings, one {name} each")


def _each_section_of_its_cost(text: str, *, input: Input, quiet: bool = False) -> Review | None:
    """A page of headed sections, each defining the cost by one letter and deriving it, read section by section; or None.

    Each section (:func:`logderiv.notation.cost_sections.sections_of_their_own_cost`) is the page with the other
    sections blanked, reviewed as a page of its own against the cost it defines. The page's steps are theirs in the
    page's order; it ends at the gradient only if every section's derivation does (the worst ending first). A section
    that is refused, compared in matrix form, or not judged against its own definition (the default cost taken, or
    a cost defined on another line) leaves the page's refusal standing; a section that is refused is the page's
    refusal, said as such, unless ``quiet`` (the page's refusal is of several chains, which the caller may still judge
    chain by chain: None).
    """
    from ..notation.cost_sections import sections_of_their_own_cost

    found = sections_of_their_own_cost(text)
    if found is None:
        return None
    sections, said = found
    reviews = []
    for section in sections:
        try:
            review = review_steps(section.text, input=input, file_kind="markdown")
        except InputError as error:
            if quiet:
                return None
            # the page's shape is read (its sections); what stops the section is the page's blocker, said as such
            raise InputError(f"{said}; the section of line {section.heading_line} is not read: {error.message}",
                             source=text if error.source == section.text else error.source, column=error.column,
                             line=error.line, label=error.label, hint=error.hint) from None
        own = f"the cost is the one line {section.cost_line} defines"
        if review.compared or review.parts or not review.steps or DEFAULT_COST_NOTE in review.notes \
                or not any(note.startswith(own) for note in review.notes):
            return None
        reviews.append(review)
    from ..printing.expressions import show_unicode

    # the sections in the page's order, each section's steps in its own; a later section's first step opens a
    # derivation of its own cost (shown so), never compared with the section before it
    steps = [step for review in reviews for step in review.steps]
    opened = []
    for section, review in list(zip(sections, reviews))[1:]:
        first = sum(len(earlier.steps) for earlier in reviews[:reviews.index(review)]) + 1
        opened.append((first, f"∂{review.problem.name}/∂{show_unicode(review.problem.wrt)} of the "
                              f"{review.problem.name} of line {section.cost_line}"))
    lemmas: list[LemmaReview] = []
    for review in reviews:
        lemmas += [lemma for lemma in review.lemmas
                   if all(lemma.statement.offset != other.statement.offset for other in lemmas)]
    # the worst ending decides; among equals the last section's (the gradient shown is of the cost it checks)
    worst = min(reversed(reviews), key=lambda review: _WORST_FIRST.index(review.ending))
    ends = "; ".join(f"the section of line {section.heading_line} ends "
                     f"{'at the gradient' if review.ending == 'gradient' else review.ending}"
                     for section, review in zip(sections, reviews))
    notes = [f"{said}: {ends}",
             *(f"in the section of line {section.heading_line}: {note}"
               for section, review in zip(sections, reviews) if review is not worst for note in review.notes),
             *worst.notes]
    return dataclasses.replace(worst, steps=tuple(dataclasses.replace(step, number=number)
                                                  for number, step in enumerate(steps, 1)),
                               notes=tuple(dict.fromkeys(notes)),
                               lemmas=tuple(sorted(lemmas, key=lambda lemma: lemma.statement.offset)),
                               parts=tuple(opened))


def _the_definition_of_the_cost_given(text: str, twice: CostDefinedTwice, *, cost: str, input: Input,
                                      regularise_intercept: bool, file_kind: str | None) -> Review:
    """A page whose prose defines the cost twice, differently, read with the definition --cost names; or refused.

    "$J(θ) = \\frac{1}{2m}\\sum(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)²$", then "$J(θ) = \\frac{1}{2}(Xθ − y)^2$" (the 1/m lost in a
    matrix rewrite): which one the lines derive, the page does not say; --cost does, for the user who gives it.
    The page is read once per definition, the others blanked (lines and columns kept), each against --cost: a
    definition that is not --cost's is refused so, and a reading's steps are judged against --cost, whichever
    definition it kept. Where every reading that is not refused judges the page alike, that judgement stands,
    noted (the other definitions named, not read); where none reads, the page is refused with each reading's reason;
    where two readings judge it otherwise, the page's refusal stands.
    """
    if len(twice.spans) > 3:
        raise twice  # a page read once per definition: a few definitions, never one reading per line of a long page
    readings: list[tuple[tuple[int, int], Review]] = []
    reasons: list[str] = []

    def line(span: tuple[int, int]) -> int:
        return text.count("\n", 0, span[0]) + 1

    for span in twice.spans:
        kept = text
        for other in twice.spans:
            if other != span:
                kept = _blanked(kept, *other)
        try:
            review = review_steps(kept, cost=cost, input=input, regularise_intercept=regularise_intercept,
                                  file_kind=file_kind)
        except InputError as error:
            reasons.append(f"with line {line(span)}'s alone, {error.message}")
            continue
        needed = _written_only_in_the_others(text, span, [other for other in twice.spans if other != span], review)
        if needed:
            # the derivation writes what only a blanked definition holds (λ of a penalty added to the cost): it
            # derives that definition, not this one; judged against this one it would be called wrong for it
            reasons.append(f"with line {line(span)}'s alone, the derivation writes {', '.join(needed)}, which only "
                           "the other definition holds: it derives that one")
            continue
        readings.append((span, review))
    if not readings:
        raise InputError(f"{twice.message} With --cost {cost}, the page was read with each definition alone, and "
                         f"no reading is read: {'; '.join(reasons)}",
                         source=twice.source, column=twice.column, line=twice.line, label=twice.label,
                         hint="leave in the notes only the definition of the cost the derivation derives")
    if len({_judged(review) for _, review in readings}) > 1:
        raise InputError(f"{twice.message} With --cost {cost}, the page read with each definition alone is "
                         "judged otherwise by each reading",
                         source=twice.source, column=twice.column, line=twice.line, label=twice.label,
                         hint="leave in the notes only the definition of the cost the derivation derives")
    span, review = readings[0]
    others = ", ".join(f"line {line(other)}" for other in twice.spans if other != span)
    why = "; ".join(reason if len(reason) <= 160 else reason[:159] + "…" for reason in reasons) \
        if reasons else "the same cost, written otherwise"
    note = (f"the prose defines the cost twice, differently (line {line(span)} and {others}): --cost {cost} names "
            f"the cost, and read with line {line(span)}'s definition alone the page is --cost's; the derivation is "
            f"judged against it, {others} not read ({why})")
    return dataclasses.replace(review, notes=tuple(dict.fromkeys((note, *review.notes))))


#: a symbol of a definition: a Greek letter's command (\\lambda) or one Latin letter not an index, count, transpose,
#: e or d (i, j, k, l, m, n, T, e, d are the notation's own, written by every definition alike)
_SYMBOL = patterns.compile(r"\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi"
                           r"|pi|rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Sigma|Phi"
                           r"|Omega)(?![A-Za-z])|(?<![A-Za-z\\])[abcfghopqrstuvwxyzA-SU-Z](?![A-Za-z])|[α-ωΑ-Ω]")


def _symbols(maths: str) -> set[str]:
    r"""The symbols ``maths`` writes (:data:`_SYMBOL`), its commands' names and ``\\text{…}`` words set aside."""
    return set(_SYMBOL.findall(re.sub(r"\\(?:text|mathrm|operatorname)\s*\{[^{}]*\}", " ", maths)))


def _written_only_in_the_others(text: str, span: tuple[int, int], others: list[tuple[int, int]],
                                review: Review) -> list[str]:
    """The symbols the reviewed derivation writes that the kept definition (``span``) does not and a blanked one
    (``others``) does: λ where the cost is restated with a penalty, ``J = … + (λ/2m)Σθⱼ²``."""
    kept = _symbols(text[span[0]:span[1]])
    blanked = set().union(*(_symbols(text[start:end]) for start, end in others)) - kept
    written: set[str] = set()
    for step in (*review.steps, *(step for lemma in review.lemmas for step in lemma.steps)):
        written |= _symbols(step.written.text)
    return sorted(blanked & written)


def _agrees_with_its_own_model(text: str, mean: Review, input: Input) -> bool:
    """Whether the mean's part judged beside --cost (its ŷ the preset's model) judges each step as the part read with
    the page's own definitions (ŷ = σ(wᵀx + b), z = …) and its own J does: a page whose model is not the preset's
    (½(ŷ − y)² of a sigmoid beside --cost linear) would otherwise be judged with a model it does not have (audit24f).
    """
    from ..notation.example_loss import per_example_and_mean

    parts = per_example_and_mean(text)
    if parts is None:
        return False
    try:
        own = review_steps(parts[1], input=input, file_kind="markdown")
    except InputError:
        return False
    return own.ending == mean.ending and [step.valid for step in own.steps] == [step.valid for step in mean.steps]


def _refuse_a_network(text: str) -> None:
    """Refuse, saying why, a page refused for its shape that derives a neural network's gradients (two layers or
    more, by backpropagation): the refusal it met (several derivations, a first line defining a₁) was true but did not
    say that such a page is not logderiv's subject (:mod:`logderiv.notation.network`)."""
    from ..notation.network import network_layers

    found = network_layers(text)
    if found is None:
        return
    offset, shown = found
    raise InputError(
        f"the page derives the gradients of a neural network of two layers or more ({shown}), by backpropagation: "
        "logderiv checks the derivation of one model's cost (linear, logistic, Poisson regression, or one example's "
        "loss of ŷ = σ(wᵀx + b)), not a network's",
        source=text, column=offset, line=text.count("\n", 0, offset) + 1, label="FILE",
        hint="check the output layer's derivative alone, written as one example's loss of ŷ = σ(z), z = wᵀx + b")


def _one_examples_cost_by_its_prediction(document: Document, step: WrittenStep, by: str, problem: Problem,
                                         line_lets: Sequence[Let], names: Collection[str],
                                         functions: Mapping[str, FunctionDef]) -> sympy.Expr | None:
    """∂L/∂ŷ of one example's cost L = (ŷ − y)², the first side of a lemma: the derivative of L by its ŷ, a number.

    A chain rule is written factor by factor: ∂L/∂ŷ = 2(ŷ − y), then ∂ŷ/∂w = x. The first factor differentiates
    the cost by a name it writes (ŷ, read as the prediction h): the cost's definition with that name held as a
    variable of its own, d/du (u − y)² at u = ŷ. Only for one example's cost (no sum: with one, which example's
    ŷ is meant?) and a name that stands in the cost as itself (a symbol or a function's call, never an
    expression); else None, and the line is read as before (refused).
    """
    try:
        parsed = _parse_in(document, dataclasses.replace(step, text=by), names, functions)
        variable = _build(document, step, parsed.tree, problem, line_lets).expr
    except InputError:
        return None
    if not isinstance(variable, (sympy.Symbol, AppliedUndef)) or problem.cost.has(sympy.Sum) \
            or not problem.cost.has(variable) or str(variable) in PER_EXAMPLE:
        # ∂L/∂y by the label y: data, no quantity the model computes, so no factor of the chain rule (issue 10)
        return None
    held = sympy.Dummy("u")
    return sympy.diff(problem.cost.subs(variable, held), held).subs(held, variable)


#: a page's setting of the penalty's weight to a number: λ = 1, \lambda = 0.5 (not λ ≥ 0, not λ = 0.5m)
_LAMBDA_SET = patterns.compile(r"(?<![\w\\])(?:\\lambda|λ|lambda_?|lam)\s*=\s*(?P<value>\d+(?:\.\d+)?)"
                               r"(?![\d.,]*\d)(?!\s*[A-Za-z\\])")
#: λ in a cost's text, as the readers spell it
_LAMBDA_WORD = patterns.compile(r"\\lambda(?![A-Za-z])|λ|(?<![\w\\])lambda(?!\w)")


def _refuse_wrong_right_at_the_set_lambda(text: str, review: Review, cost: str,
                                          review_at: Callable[[str, Sequence[str]], Review]) -> None:
    """Refuse a page judged wrong that sets λ to a number at which its steps are right (audit35).

    "With λ = 1: … + (1/m)θⱼ" is the ridge gradient at λ = 1, but the setting is not read and the cost keeps λ, so
    the page was judged wrong — as λ = 0 was (:func:`_refuse_wrong_beside_lambda_zero`). The page is checked again
    against the cost with the number put in for λ: right there, it is refused; wrong there too (λ = 0.5 and the
    penalty dropped), the verdict stands.
    """
    found = _LAMBDA_SET.search(text)
    if found is None or float(found.group("value")) == 0 \
            or not any(symbol.name == "lambda" for symbol in review.problem.cost.free_symbols):
        return
    preset = find_preset(cost)
    written = preset.cost if preset is not None else cost
    at = _LAMBDA_WORD.sub(lambda _: f"({found.group('value')})", written)
    if at == written:
        return  # λ not found in the cost's text: the verdict stands
    try:
        again = review_at(at, preset.lets if preset is not None else ())
    except (InputError, UnsupportedError):
        return
    if again.ending == "wrong" or again.first_error is not None:
        return
    raise InputError(
        f"the page sets λ = {found.group('value')}, and its steps are right at that λ, but the cost keeps λ (a "
        "setting is not read): judged against the cost they would be wrong",
        source=text, column=found.start(), line=text.count("\n", 0, found.start()) + 1, label="FILE",
        hint=f"give the cost with λ = {found.group('value')} put in to check the derivation at that λ",
    )


#: the note of a page whose one-example claim was read (:func:`_one_example_problem`)
_ONE_EXAMPLE_READ = "says the derivation is of one example"


#: the note of a bracketless derivative operator that left a term of its variable outside, and the text it read
_DERIVATIVE_REACH = patterns.compile(re.escape(conventions.DERIVATIVE_REACH_NOTE) + r" \('(?P<written>.*)'\): read as ")


def _refuse_wrong_at_a_derivative_without_brackets(text: str, review: Review) -> None:
    """Refuse a first wrong step written as a bracketless derivative operator with a term of its variable after it.

    ``∂J/∂w = ∂/∂w (1/m) Σ (yᵢ − w xᵢ)² + λw²``: the operator takes the product after it (noted), so λw² is left
    undifferentiated and the line is not ∂J/∂w: 'wrong'. Its writer, deriving J, surely meant the operator over
    the whole cost after it, and read so the line holds (audit25m). Which is meant only the writer knows, so the
    line is asked about, never called wrong. A line read right, or a first error elsewhere, is left as it is.
    """
    wrong = next((step for step in review.steps if not step.valid), None)
    if wrong is None:
        return
    line = " ".join(wrong.written.text.split())
    for note in review.notes:
        match = _DERIVATIVE_REACH.match(note)
        if match is None or match.group("written") not in line:
            continue
        written = match.group("written")
        at = wrong.written.text.find(written.split()[0])
        raise InputError(
            "this line writes a derivative operator without brackets before a term that holds its variable, and "
            "read as written (the operator ending at its product) it does not follow: is the term inside the "
            f"derivative or outside it? ({note.split(': read as ', 1)[1].split(' (write ', 1)[0]})",
            source=text, column=wrong.written.offset + max(at, 0), line=wrong.written.line, label="FILE",
            hint="write brackets round what the operator differentiates: \\frac{\\partial}{\\partial w}\\left[ … "
                 "\\right], or d/dw [ … ]",
        )


def _refuse_wrong_beside_one_example(text: str, review: Review) -> None:
    """Refuse a page judged wrong that says its derivation is of one example, against a cost it does not write.

    "For a single training example: ∂J/∂θⱼ = (θᵀx − y)xⱼ" is one example's gradient; the claim is read only of a
    cost the page writes as a sum (its term is then checked, :func:`_one_example_problem`). Beside --cost linear
    or the default cost (the caller asks only then), the lines were judged against the summed cost and the page
    called wrong for a claim the writer never made (audit35: "for one example ($m = 1$)"). A page judged right, a
    claim that was read, a cost of one example already, or no such words: as before.
    """
    if review.ending != "wrong" and review.first_error is None:
        return
    from ..notation.single_example import announcement

    said = announcement(text)
    if said is None or any(_ONE_EXAMPLE_READ in note for note in review.notes):
        return
    if not any(str(bound[2]) == "m" for total in review.problem.cost.atoms(sympy.Sum) for bound in total.limits):
        return  # the cost checked is one example's already (½(h − y)²): the lines were judged against the claim
    raise InputError(
        f"the page says its derivation is of one example ('{said.words}'), and its lines were checked against the "
        "cost summed over the examples: judged so they would be wrong for a claim the writer did not make",
        source=text, column=said.offset, line=text.count("\n", 0, said.offset) + 1, label="FILE",
        hint="write the cost on the page as a sum (J(θ) = (1/2m) Σᵢ …), whose one example's term is then checked, "
             "or give that term with --cost",
    )


def _refuse_wrong_with_a_vector_beside_one_feature(text: str, review: Review) -> None:
    """Refuse a page judged wrong whose cost's bare ``w x`` was read as one feature's (by b) and whose lines index w.

    By --wrt b nothing in ``(w x⁽ⁱ⁾ + b − y⁽ⁱ⁾)²`` says whether w is one number; a line that writes
    ``\\sum_j w_j x_j^{(i)}`` says it is the weight vector, and under that reading the line may well hold: judged
    against the one-feature reading it was called wrong (audit47). A page judged right is as before.
    """
    from ..notation.scalars import BY_ANOTHER_MARK, letters_by_another

    if review.ending != "wrong" and review.first_error is None:
        return
    said = [note for note in review.notes if BY_ANOTHER_MARK in note]
    letters = set(letters_by_another(review.notes))
    for step in _steps_of_derivations_noted(review, said):
        if step.valid is not False:
            # only a line judged wrong has a verdict the reading decides
            continue
        indexed = {(str(atom.base.label), len(atom.indices)) for atom in step.expression.atoms(sympy.Indexed)}
        if any((letter, 1) in indexed for letter in letters) or ("x", 2) in indexed and letters:
            letter = sorted(letters)[0]
            raise InputError(
                f"the cost's bare {letter} x is read as one feature's product (nothing asks for {letter}'s entries), "
                f"but this line writes {letter} (or x) as a vector: which is meant decides whether the page is wrong",
                source=text, column=step.written.offset, line=step.written.line, label="FILE",
                hint=f"write the cost's {letter}x as {letter}^T x (a weight vector), or its one feature as a number",
            )


def _steps_of_derivations_noted(review: Review, said: Sequence[str]) -> list[StepReview]:
    """The steps of the page's derivations whose reading ``said`` notes (a page of several: only theirs).

    A page's ∇_w derivation reads w as the vector it differentiates by, and writes x⁽ⁱ⁾ⱼ; only its ∂/∂b derivation
    read w as one number (its notes, prefixed "in the derivation of ∂J/∂b (line 6): "): the reading decides the
    verdict of that derivation's lines alone (tests/test_fixderivs3.py).
    """
    if not review.parts:
        return list(review.steps)
    starts = [1, *(number for number, _ in review.parts), len(review.steps) + 1]
    names = [None, *(derivative for _, derivative in review.parts)]
    prefixed = {note.split(" (line", 1)[0].removeprefix("in the derivation of ") for note in said
                if note.startswith("in the derivation of ")}
    kept = [index for index, name in enumerate(names)
            if (name is None and any(not note.startswith("in the derivation of ") for note in said))
            or (name is not None and name in prefixed)]
    return [step for index in kept for step in review.steps[starts[index] - 1:starts[index + 1] - 1]]


#: the spellings of θ and β a page may write, each with the name it is (their LaTeX command, the letter, code's word);
#: w is left out: a page's letter w is in too many words and commands to be found by its text
_STRAY_PARAMETERS = {
    "theta": patterns.compile(r"\\(?:var)?theta(?![A-Za-z])|θ|(?<![A-Za-z\\])theta(?![A-Za-z])"),
    "beta": patterns.compile(r"\\beta(?![A-Za-z])|β|(?<![A-Za-z\\])beta(?![A-Za-z])"),
}


def _refuse_wrong_by_a_stray_parameter_name(text: str, review: Review, review_again: Callable[[str], Review]) -> None:
    """Refuse a page judged wrong that writes θ (or β) where the cost's parameters are w, and is right read as w.

    ``∂J/∂wⱼ = (1/m) Σᵢ (wᵀxᵢ − yᵢ) xᵢⱼ + (λ/m) θⱼ`` beside a cost in w: θ is no name of the cost, and read as a
    quantity of its own the step was wrong; read as w (notes write the parameters under either name) it is the
    gradient. The page is reviewed again with the stray name written as the cost's: right there, the verdict turns
    on the name and is refused naming both readings (as ``check`` refuses such an answer); wrong there too, it
    stands.
    """
    if review.ending != "wrong" and review.first_error is None:
        return
    cost = review.problem.expand_definitions(review.problem.cost)
    held = {str(item.base) for item in cost.atoms(sympy.Indexed)} & set(PARAMETER_VECTORS)
    names = {str(symbol) for symbol in cost.free_symbols}
    if len(held) != 1:
        return
    own = next(iter(held))
    stray = {name: found for name, pattern in _STRAY_PARAMETERS.items()
             if name != own and name not in names | held and (found := pattern.search(text)) is not None}
    if not stray:
        return
    letter = {"theta": ("\\theta", "θ", "theta"), "beta": ("\\beta", "β", "beta"), "w": ("w", "w", "w")}.get(own)
    if letter is None:
        return

    def as_own(found: re.Match[str]) -> str:
        written = found.group()
        return letter[0] if written.startswith("\\") else letter[1] if not written.isascii() else letter[2]

    renamed = text
    for name in stray:
        renamed = _STRAY_PARAMETERS[name].sub(as_own, renamed)
    try:
        again = review_again(renamed)
    except (InputError, UnsupportedError):
        return
    if again.ending == "wrong" or again.first_error is not None:
        return  # wrong under both readings: the verdict stands
    first = min(stray.values(), key=lambda found: found.start())
    shown = " and ".join({"theta": "θ", "beta": "β"}[name] for name in stray)
    mine = {"theta": "θ", "beta": "β"}.get(own, own)
    raise InputError(
        f"the verdict turns on {shown}, which the cost does not write (its parameters are {mine}): read as a quantity "
        f"of its own, a step is wrong; read as {mine} under another name, as notes write the parameters, the page is "
        "right. Which one is meant is not said",
        source=text, column=first.start(), line=text.count("\n", 0, first.start()) + 1, label="FILE",
        hint=f"write the parameters as {mine} throughout, as the cost does",
    )


#: the page's words saying its prediction is the sigmoid's (in prose, outside any maths)
_SIGMOID_WORD = patterns.compile(r"(?i)(?<![A-Za-z\\])sigmoid(?![A-Za-z])")
#: a page's maths, inline or displayed: its words are outside these
_MATHS = patterns.compile(r"\$\$.*?\$\$|\$[^$]*\$", flags=re.S)


def _refuse_a_linear_default_the_prose_calls_a_sigmoid(text: str, review: Review) -> None:
    """Refuse a page whose undefined prediction was read as linear regression's (the cost a squared error) while its
    prose says "sigmoid": "the output ŷ is the sigmoid of wᵀx + b", no equation, then (1/m) Σ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)² and
    (2/m)Xᵀ(ŷ − y) or (2/m) Σ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)x⁽ⁱ⁾ — read as linear, that line (σ's factor ŷ(1 − ŷ) dropped) was said to
    hold (audit31h). The words say which ŷ only in prose, so neither reading is picked."""
    if not any(note.startswith(DEFAULT_PREDICTION_NOTE_START) and "linear regression's" in note
               for note in review.notes):
        return
    prose = _MATHS.sub(lambda found: " " * len(found.group()), text)
    found = _SIGMOID_WORD.search(prose)
    if found is None:
        return
    raise InputError(
        "the prediction is not defined, and the cost, a squared error, was read with linear regression's; but the "
        "page's words say 'sigmoid' here: is the prediction linear, or the sigmoid of it? Both readings are "
        "possible, so neither is picked",
        source=text, column=found.start(), line=text.count("\n", 0, found.start()) + 1, label="FILE",
        hint="define the prediction in the maths: \\hat{y}^{(i)} = \\sigma(w^T x^{(i)} + b), or w^T x^{(i)} + b",
    )


def _refuse_wrong_beside_lambda_zero(text: str, review: Review) -> None:
    """Refuse a page judged wrong that sets the penalty's weight to zero (λ = 0) while the cost keeps its λ.

    The setting is not read (the cost keeps λ as a symbol), so a derivation that rightly drops the penalty's
    terms because λ = 0 would be judged wrong against the penalised cost — a confident false verdict (audit33).
    A page judged right, or one that never says λ = 0, is as before.
    """
    if review.ending != "wrong" and review.first_error is None:
        return
    found = _LAMBDA_ZERO.search(text)
    if found is None or not any(symbol.name == "lambda" for symbol in review.problem.cost.free_symbols):
        return
    raise InputError(
        "the page sets λ = 0, and the cost keeps λ (a setting is not read): whether the steps drop the penalty "
        "because λ = 0, or by mistake, cannot be told",
        source=text, column=found.start(), line=text.count("\n", 0, found.start()) + 1, label="FILE",
        hint="give the cost without the penalty (--cost linear) to check the derivation at λ = 0",
    )


def _review_steps(text: str, *, cost: str | None = None, wrt: str | None = None,
                  input: Input = "auto", regularise_intercept: bool = True, let: Sequence[str] = (),
                  file_kind: str | None = None, numbers: Collection[str] = (), rewrites: bool = True,
                  written: Collection[str] = ()) -> Review:
    """Read a written derivation and check every step of it (see :func:`review_document`).

    ``rewrites``: whether a definition rewritten beside the derivation has its rewrite checked as a chain of its own
    (:attr:`logderiv.notation.page.Page.rewrites`), or is read as one --let as before.

    ``file_kind`` ``"markdown"`` or ``"notebook"``: ``text`` is notes, whose maths
    blocks are the derivation (:mod:`logderiv.notation.notes`). ``numbers``: the parameter letters the page's
    other derivations differentiate by as one number (∂E/∂w beside this ∂E/∂b), read as one here too.
    """
    from ..notation.cost_names import cost_named_otherwise
    from ..notation.lemmas import derivations_marked_as_lemmas, markdown_lemmas, tex_lemmas
    from ..notation.page import derives_the_cost

    lemma_notes: Sequence[str]  # the marked lemmas' notes, then every note on how the page was read
    if file_kind is None:
        _refuse_an_update_row(text)
        text, renamed = (text, []) if cost else cost_named_otherwise(text)
        lemmas, lemma_notes = derivations_marked_as_lemmas(text, tex_lemmas(text), derives=derives_the_cost)
        lemma_notes = [*renamed, *lemma_notes]
        # a LaTeX document's displays as a page's: an align* opening with a derivative of another expression
        # (σ′, ∂h/∂θⱼ) beside the one deriving the cost is a lemma, found as the Markdown reader finds one
        lemmas = _side_lemmas(text, lemmas, None, page=False) if "\\begin" in text else tuple(lemmas)
        document = read_document(text, input=input, lemmas=lemmas)
        review = review_document(document, cost=cost, wrt=wrt,
                                 input=input, regularise_intercept=regularise_intercept, let=let, written=written)
        lemma_notes = [*lemma_notes, *document.readings]
        return dataclasses.replace(review, notes=(*review.notes, *lemma_notes)) if lemma_notes else review
    from ..notation import notes as notes_of
    from ..notation.assignment import assignments_as_definitions
    from ..notation.commented_cells import commented_markdown_read
    from ..notation.cases_cost import cases_costs_set_aside
    from ..notation.subscript_partials import subscript_partials_named
    from ..notation.special_case_cost import special_case_costs_set_aside
    from ..notation.calculus_rule import calculus_rules_set_aside
    from ..notation.second_derivative import second_derivatives_set_aside
    from ..notation.equivalent_conditions import equivalent_conditions_set_aside
    from ..notation.component_letter_i import component_letter_i_read
    from ..notation.mathjax_require import extensions_loaded
    from ..notation.cost_label import cost_label_blanked
    from ..notation.delta_derivative import delta_fractions_read
    from ..notation.per_example_letters import per_example_letters_read
    from ..notation.escaped_norm import escaped_norms_read
    from ..notation.escaped_brackets import escaped_braces_read, escaped_brackets_read
    from ..notation.escaped_underscores import escaped_underscores_read
    from ..notation.styled_argument import styled_arguments_read
    from ..notation.full_width import in_maths
    from ..notation.paragraph_brackets import paragraph_brackets_read
    from ..notation.implication import implications_cut, inline_implications_cut
    from ..notation.curly_prime import curly_primes_read
    from ..notation.target_letter import targets_lettered_otherwise
    from ..notation.tilde_matrix import tilde_matrix_read
    from ..notation.cost_prime import cost_prime_read
    from ..notation.example_loss import mean_of_example_losses_read, one_example_loss_read
    from ..notation.image_maths import image_maths_read
    from ..notation.intercept_slope import example_ranges_read, intercept_and_slope_read
    from ..notation.row_conditions import row_conditions_blanked
    from ..notation.capital_weights import capital_weights_read
    from ..notation.page import (SeveralDerivations, bare_operators_named, lemma_boxes_opened, read_page,
                                 result_boxes_opened, update_rows_blanked)

    from ..notation.row_spacing import row_spacing_blanked

    joined, cells = notes_of.markdown_of_notebook(text) if file_kind == "notebook" else (text, ())

    def where_cell(line: int) -> str:
        return "cell {}, line {}".format(*notes_of.cell_line(cells, line)) if cells else f"line {line}"

    # \frac{∂L}{∂w} &= … \\[2ex] \frac{∂L}{∂b} &= …: the row break's space below the row is layout, blanked before
    # any reader cuts the rows (the page's readers left '[2ex]' in the next row)
    joined, spacing_notes = row_spacing_blanked(joined, lambda line: "cell {}, line {}".format(
        *notes_of.cell_line(cells, line)) if cells else f"line {line}")
    # J = \frac{1}{N}\sum\_{i=1}^N \[h - y\]^2 on a page of bare LaTeX escaping Markdown: '\[' is the bracket, not
    # a display (read as '[', noted; refused where unclear), before any reader looks for the page's displays
    joined, bracket_notes = escaped_brackets_read(joined, None if not cells else (
        lambda line: "cell {}, line {}".format(*notes_of.cell_line(cells, line))))
    # h\_{\theta}(x) = …, \sum\_{i=1}^m: Markdown's escaped subscript, written ' _' (same length) for every reader
    # after (the brackets' reader above takes the escapes as its evidence first)
    joined, underscore_notes = escaped_underscores_read(joined)
    # \left\\{ … \right\\}: Markdown's escaped brace (\left takes no line break), read as \left\{ … \right\}, noted
    joined, brace_notes = escaped_braces_read(joined, None if not cells else (
        lambda line: "cell {}, line {}".format(*notes_of.cell_line(cells, line))))
    # \log \par{1 + e^{-y x w}}: an Obsidian vault's bracket macro (TeX's \par takes no argument and cannot stand in
    # maths), read as ( … ) in the maths, noted; a bare \par, or one opening a group, is left (refused as before)
    joined, paragraph_notes = paragraph_brackets_read(
        joined, [block.maths for block in [*notes_of.display_blocks(joined), *notes_of.inline_equations(joined)]],
        where_cell)
    bracket_notes = [*spacing_notes, *bracket_notes, *underscore_notes, *brace_notes, *paragraph_notes]
    # # \begin{align} … # &= …: a notebook's Markdown cells exported behind '# ', the marker blanked, noted
    joined, commented_notes = (joined, []) if cells else commented_markdown_read(joined)
    # L_{\text{ridge}}(w) = …, then d L_{\text{ridge}}(w)/dw = …: the one objective's label is no index
    unlabelled, label_notes = cost_label_blanked(joined)
    label_notes = [*bracket_notes, *commented_notes, *label_notes]
    # J(θ) := …, z := θᵀx: a definition written with ':=' is one with '=' (an update θ := θ − α∇J is left)
    unlabelled, assignment_notes = assignments_as_definitions(unlabelled)
    label_notes += assignment_notes

    def where(line: int) -> str:
        return "cell {}, line {}".format(*notes_of.cell_line(cells, line)) if cells else f"line {line}"

    # … &= −(1/N) Σ 2(yᵢ − w xᵢ − b)xᵢ \\ w &\leftarrow w − η ∂loss/∂w: the display's last row puts the result to use
    # \boxed{\frac{\partial J}{\partial \theta_0} = …}: the box frames the result; opened, its derivative is read
    unlabelled, box_notes = result_boxes_opened(unlabelled, where)
    label_notes += box_notes
    unlabelled, update_notes = update_rows_blanked(unlabelled, where)
    label_notes += update_notes
    # j = 0:& \quad \frac{\partial}{\partial \theta_0}(…) =& …: the row's index condition labels it, no equation
    unlabelled, condition_notes = row_conditions_blanked(unlabelled, where)
    label_notes += condition_notes
    # <img src="https://latex.codecogs.com/svg.latex?L=\sum…">: the formula the image shows, read as a display
    unlabelled, image_notes = image_maths_read(unlabelled, where)
    label_notes += image_notes
    # ℓ⁽ⁱ⁾ = …, then ∂ℓ⁽ⁱ⁾/∂θ, and no sum on the page: one example's loss, its marks blanked (an error's line shows them)
    unlabelled, example_notes = one_example_loss_read(unlabelled, where)
    label_notes += example_notes
    # L(ŷ, y) = …, J = (1/m) Σᵢ L(ŷ⁽ⁱ⁾, y⁽ⁱ⁾), then ∂J/∂w = (1/m) Σᵢ ∂L/∂w = …: L is example i's term, read as L_i
    unlabelled, mean_notes = mean_of_example_losses_read(unlabelled, where)
    label_notes += mean_notes
    # E' = \frac{dE}{d\theta_0} = …: the prime names the derivative the quotient after it writes
    unlabelled, prime_notes = cost_prime_read(unlabelled, where)
    label_notes += prime_notes
    # h_θ(xᵢ) = θ₀ + θ₁xᵢ, \quad i = 1, …, m: the examples' range is no side, and θ₀, θ₁ are b and w
    unlabelled, range_notes = example_ranges_read(unlabelled, where)
    label_notes += range_notes
    # \require{cancel} opening the model's display: MathJax's extension, no maths (the definition went unread)
    unlabelled, require_notes = extensions_loaded(unlabelled, where)
    label_notes += require_notes
    unlabelled, slope_notes = intercept_and_slope_read(unlabelled, where)
    label_notes += slope_notes
    # ŷ⁽ⁱ⁾ = Σⱼ Wⱼxⱼ⁽ⁱ⁾ + b, J(W, b), ∂J/∂Wⱼ: the weights one by one in a capital, read as w (noted)
    unlabelled, capital_notes = capital_weights_read(unlabelled, where)
    label_notes += capital_notes
    labelled, joined = joined, unlabelled

    # \frac{\delta}{\delta\theta_j} on every side: δ written for ∂ throughout, read as ∂ where δ stands nowhere else
    joined, delta_notes = delta_fractions_read(joined, where)
    label_notes += delta_notes
    # \lambda_i = \exp(w^\top x_i), \pi_t = \sigma(u_t^T\beta): a GLM's per-example rate or probability, which the page
    # defines, is that quantity (not the penalty strength, not the number π): a name of its own, noted
    joined, letter_notes = per_example_letters_read(joined, where)
    label_notes += letter_notes
    # Cost(h, y) = \begin{cases} … \end{cases}, then J(θ) = (1/m) Σ Cost(…) = −(1/m) Σ …: the cases and the side
    # through them set aside, the cost the one written out (after δ is read: a derivation's δ/δθⱼ is one)
    joined, cases_notes = cases_costs_set_aside(joined, where)
    label_notes += cases_notes
    # L_w = \frac{\partial L(w,b)}{\partial w} = …: the partial named by its subscript, the name set aside (noted)
    joined, subscript_notes = subscript_partials_named(joined, where)
    label_notes += subscript_notes
    # L(w,b) = (1/m)Σ(wx − y)² "con b=0", then L(w,b) with b: the special case set aside, the cost the later one
    joined, special_notes = special_case_costs_set_aside(joined, where)
    label_notes += special_notes
    # \frac{u^{\prime} v - u v^{\prime}}{v^2}: the quotient rule stated in letters of its own, no maths of the page
    joined, rule_notes = calculus_rules_set_aside(joined, where)
    label_notes += rule_notes
    # H_{jk} = ∂²L/∂w_j∂w_k = …, then H = …, vᵀHv = …: the Hessian beside the gradient, set aside unchecked (noted)
    joined, hessian_notes = second_derivatives_set_aside(joined, where)
    label_notes += hessian_notes
    # A &= 0 \\ \Leftrightarrow B &= 0: the first-order condition restated equivalently, the restatement set aside
    joined, equivalent_notes = equivalent_conditions_set_aside(joined, where)
    label_notes += equivalent_notes
    # ∂J/∂w_i = (2/N) Σₙ (wᵀxₙ − tₙ) x_{n,i}: the examples indexed by n, i is the component's index, read as j
    joined, component_notes = component_letter_i_read(joined, where)
    label_notes += component_notes
    # \frac{\partial}{\partial \theta_j} &= …, the function left to the prose: the derivative of the page's one cost
    joined, operator_notes = bare_operators_named(joined, where)
    label_notes += operator_notes
    # \\|w\\|, a norm's bars escaped for a Markdown processor: TeX's \|w\|, noted (the error's line shows them as written)
    joined, norm_notes = escaped_norms_read(joined, where)
    label_notes += norm_notes
    # \mathcal{L(\hat{w})}: the style's brace closed after the argument, read as \mathcal{L}(\hat{w}), noted
    joined, style_notes = styled_arguments_read(joined, where)
    label_notes += style_notes
    # \[ A = B \Rightarrow C = D \]: the arrow says "so" between two equations, each read on its own
    joined, implication_notes = implications_cut(joined, where)
    label_notes += implication_notes
    # Đặt $z_i = … => \hat{y_i} = \sigma(z_i)$: prose's inline "so" between a definition and what follows, cut alike
    joined, implication_notes = inline_implications_cut(joined, where)
    label_notes += implication_notes
    # $$…(X\theta - y）$$: a CJK input method's full-width bracket in a display is the bracket (prose left alone)
    joined, width_notes = in_maths(joined, [block.maths for block in notes_of.display_blocks(joined)])
    label_notes += width_notes
    # (y’-w’X’): a word processor's ’ for a prime, read as ' in maths (prose's apostrophes left alone)
    typed = joined
    joined, prime_typed_notes = curly_primes_read(joined, [block.maths for block in notes_of.display_blocks(joined)])
    label_notes += prime_typed_notes
    # E(w) = ||y - Xtil*w||^2: X̃ typed as a word, the page's one data matrix (no X beside it), read as X
    joined, tilde_notes = tilde_matrix_read(joined)
    label_notes += tilde_notes
    # J = ½(z − Xθ)ᵀ(z − Xθ) on a page writing no y: the residual's other side is the targets, whatever its letter
    joined, target_notes = targets_lettered_otherwise(joined, [block.maths for block in notes_of.display_blocks(joined)])
    label_notes += target_notes
    # a cost named by the page's own word (ε_mean = …, then ∂ε_mean/∂w): read as J, noted
    # with --cost too: the page's definition is then checked to be --cost's, and its derivatives are the derivation's
    joined, renamed = cost_named_otherwise(joined, where)
    lemmas, lemma_notes = derivations_marked_as_lemmas(joined, markdown_lemmas(joined, notes_of.display_blocks(joined)),
                                                       where, derives=derives_the_cost)
    lemma_notes = [*renamed, *lemma_notes]

    defined_x_notes: list[str] = []
    try:
        # the page around the derivation: definitions beside it are --let texts; a marked lemma is read on its
        # own, never sorted with the derivation's blocks, and so is each chain of its own beside the derivation
        # (a lemma ∂h/∂θⱼ = … = h(1 − h)xⱼ, a sub-term ∂/∂θⱼ[y log h] = …): its sides checked against its first
        lemmas = _side_lemmas(joined, lemmas, where)
        # \boxed{dσ/dz = σ(z)(1 − σ(z)) = ŷ(1 − ŷ)} found as a lemma: its box opened, so that its '=' cut its steps
        joined = lemma_boxes_opened(joined, [(lemma.start, lemma.end) for lemma in lemmas if lemma.side])
        try:
            page = read_page(_without(joined, lemmas), where,
                             beside=" ".join(joined[lemma.start:lemma.end] for lemma in lemmas if lemma.side),
                             rewrites=rewrites, whole=joined)
        except SeveralDerivations as several:
            if cells or wrt is not None:
                raise  # a notebook's cells are not blanked and read again; --wrt names one derivative
            # one example's loss derived, then its mean (L_i, then L = (1/n) Σᵢ L_i): its two parts first, each read
            # whole — told apart derivation by derivation, each part's lemmas and the mean's lines were read twice
            parted = None if let or numbers or file_kind != "markdown" else _per_example_then_mean(
                text, cost=cost, input=input)
            if parted is not None:
                return parted
            return _each_derivation(text, several, lambda blanked, numbers=(), written=(): review_steps(
                blanked, cost=cost, input=input, regularise_intercept=regularise_intercept, let=let,
                file_kind=file_kind, numbers=numbers, written=written))
        if page.rewrites:
            from ..notation.lemmas import LemmaSpan

            # a definition rewritten (ŷ = σ(z) = 1/(1 + e^{−z})): ŷ = σ(z) is a --let, and σ(z) = 1/(1 + e^{−z}) is
            # checked as a chain of its own, each side against the one before it
            lemmas = tuple(sorted([*lemmas, *(LemmaSpan(start, end, _REWRITE_TITLE, side=True, rewrite=head,
                                                        noted=start in page.unwritten)
                                              for start, end, head in page.rewrites)],
                                  key=lambda lemma: lemma.start))
        if page.update_sides:
            from ..notation.lemmas import UPDATE_SIDES_TITLE, LemmaSpan

            # wⱼ := A = B beside the derivation: the rule is a definition, but A = B an equation, checked as a
            # lemma's sides are (a gradient written in with its sign slipped is wrong at its line)
            lemmas = tuple(sorted([*lemmas, *(LemmaSpan(start, end, UPDATE_SIDES_TITLE, side=True, update=name)
                                              for start, end, name in page.update_sides)],
                                  key=lambda lemma: lemma.start))
        defined = {definition.text: definition for definition in page.definitions}
        # a name the page defines again, written otherwise: one definition where the two are one value, else refused
        restated_notes, kept = _restatements_read_once(joined, page, [*let, *defined], input, where)
        label_notes += restated_notes
        defined = {kept.get(key, key): kept_definition for key, kept_definition in (
            (key, dataclasses.replace(value, text=kept[key]) if key in kept else value)
            for key, value in defined.items())}
        for replaced, written in kept.items():
            # the definition's own note names the --let it is read as: the one kept
            said = f"read as --let {' '.join(replaced.split())} in its lines"
            page = dataclasses.replace(page, notes=tuple(
                note.replace(said, f"read as --let {' '.join(written.split())} in its lines (the page's product, "
                                   "noted below)") for note in page.notes))
        # $$y_{pred} = w \cdot x + b$$ beside lines that write y_{pred}: one name, as --let 'y_{pred} = …' makes it
        page_text, defined, subscript_notes = _subscript_names_read(page.renamed(joined), defined, where)
        label_notes += subscript_notes
        notes = notes_of.math_of_markdown(page_text, _with_lemma_blocks(page.blocks, lemmas))
        try:
            document = read_document(notes.text, input=input, breaks=notes.breaks, lemmas=lemmas,
                                     leading_name=page.cost_after is None)
            if page.cost_after is not None:
                document = _cost_read_first(document, page.cost_after)
            # Z = W \cdot X + b beside lines in A_i, Y_i, X_i: the definition's bare X is the lines' example
            defined, defined_x_notes = _example_lets_read(document, defined)
            # J = −(1/m) Σᵢ [Y log A + …] beside lines in Y_i: one label per example, or one number? (fixbare33)
            _refuse_a_capital_bare_beside_indexed(document, defined, let)
            # the scanner counts the joined text's lines; a notebook's reader counts cells and their lines
            lemma_notes = [*lemma_notes, *(re.sub(r"^line (\d+):", lambda found: f"{where(int(found.group(1)))}:", note)
                                           for note in document.readings)]
            review = review_document(document,
                                     cost=cost,
                                     wrt=wrt, input=input, regularise_intercept=regularise_intercept,
                                     let=[*let, *defined], announced=single_example.announcement(joined),
                                     numbers=numbers, parts=_prose_parts(joined, notes.text), written=written,
                                     page=joined)
        except InputError as error:
            definition = defined.get(error.source)
            if definition is None:
                raise
            # a definition read as --let: its error points at the file, where it is written
            raise InputError(error.message, source=joined, column=definition.offset + (error.column or 0),
                             hint=error.hint, label="FILE", line=definition.line) from None
    except InputError as error:
        # the primes first: _labels_shown writes back every stretch the readers rewrote, ’ among them, and the hint
        # that says how ’ was read is given only where this finds one to write back
        if prime_typed_notes and isinstance(error.source, str) and len(error.source) == len(typed) \
                and error.source != (shown := _curly_primes_shown(error.source, typed)):
            # the line quoted as written, and the reading said: its ' was typed ’
            error.source = shown
            error.hint = f"{error.hint}; {prime_typed_notes[0]}" if error.hint else prime_typed_notes[0]
        if label_notes:
            error.source = _labels_shown(error.source, labelled, joined)
        if cells and error.line is not None and error.label in (None, "FILE"):
            cell, error.line = notes_of.cell_line(cells, error.line)
            error.label = f"FILE, cell {cell}"
        if renamed:
            # the message may speak of J, which the page never wrote: say why
            error.hint = f"{error.hint}; {renamed[0]}" if error.hint else renamed[0]
        raise
    if cost is None and DEFAULT_COST_NOTE in review.notes:
        _refuse_a_cost_named_otherwise_unread(page.notes, joined, renamed)
        _refuse_an_objective_stated_only_by_an_arrow(page.notes, joined)
        _refuse_a_squared_error_named_in_words(joined)
    role_notes = [*defined_x_notes, *_role_notes(joined, review, where)]
    if page.notes or lemma_notes or label_notes or role_notes:
        review = dataclasses.replace(review, notes=(*review.notes, *lemma_notes, *page.notes, *label_notes,
                                                    *role_notes))
    if cells:
        review = dataclasses.replace(review, notes=tuple(_lemma_note_in_cells(note, where) for note in review.notes))
    return dataclasses.replace(review, cells=cells) if cells else review


def _restatements_read_once(text: str, page: Page, lets: Sequence[str], input: Input,
                            where: Callable[[int], str]) -> tuple[list[str], dict[str, str]]:
    """The notes of the page's names defined twice that are one value (:attr:`Page.restated`); refused otherwise.
    With them, the definitions read in another's place (the text kept by the text replaced): a ``w \\cdot x`` the
    page writes again as the product ``w x`` is read as that product
    (:func:`logderiv.notation.twice_defined.dot_written_as_product`).

    h_θ(x) = g(θᵀx), then "substituting h_θ(x⁽ⁱ⁾) = 1/(1 + e^{−θᵀx⁽ⁱ⁾})": the second is the first with g written
    out, told by value as two --let of the cost are (:func:`logderiv.notation.twice_defined.agreeing_second`), the
    one mechanism; refused where they differ, where either does not read, or where they read as two names.
    """
    from ..notation import notation_of, read_lets
    from ..notation.page import refuse_defined_twice
    from ..notation.twice_defined import agreeing_second, dot_written_as_product, products_of_scalars

    notes: list[str] = []
    kept: dict[str, str] = {}
    for earlier, later in page.restated:
        # both read as --let texts, the page's other definitions beside them (g(z) = 1/(1 + e^{−z}) in their values)
        others = [each for each in lets if each not in (earlier.text, later.text)]
        agreed = None
        try:
            parsed = read_lets([earlier.text, later.text, *others], input=input)[0]
        except InputError:
            parsed = []
        if not parsed and input == "auto" and any(notation_of(each.text) == "latex" for each in (earlier, later)):
            # e_i = wX_i + b - y_i, no markup of its own beside e_i = \hat{y}_i - y_i: a display's maths, LaTeX as the
            # other is (read plain, wX was one unknown name and the two were never compared)
            try:
                parsed = read_lets([earlier.text, later.text, *others], input="latex")[0]
            except InputError:
                parsed = []
        ours = [next((let for let in parsed if let[2] == text), None) for text in (earlier.text, later.text)]
        first, second = ours
        if first is not None and second is not None and first[0] == second[0]:
            rest = [let for let in parsed if let is not first and let is not second]
            if not any(let[0] == first[0] for let in rest):
                agreed = agreeing_second(first[0], first, second, rest, ())
                product = dot_written_as_product(first, second) if agreed is None else None
                if product is not None:
                    index, names = product
                    dotted, written = (earlier, later) if index == 1 else (later, earlier)
                    if products_of_scalars(text, names, dotted.text):
                        # z = w·x + b, then z = w x + b: the page's own product says what its dot is
                        kept[earlier.text] = written.text
                        agreed = (f"{' '.join(dotted.text.split())} and {' '.join(written.text.split())} are one "
                                  f"definition once the dot is read as the multiplication sign, as the other writes "
                                  f"it ({names[0]} and {names[1]} are written as numbers everywhere on the page, never "
                                  f"as vectors): read once, as {' '.join(written.text.split())}, {names[0]} times "
                                  f"{names[1]}")
        if agreed is None and _both_the_sigmoid(earlier.text, later.text, input):
            # σ(x) = 1/(1 + e^{−x}), then "it can be rewritten as" σ(x) = (1 + e^{−x})^{−1}: each is the sigmoid σ
            # already is, so the two are one definition
            agreed = (f"{' '.join(earlier.text.split())} and {' '.join(later.text.split())} are each the sigmoid σ "
                      "written out (σ is the sigmoid wherever logderiv reads it): one definition, read once")
        if agreed is None:
            refuse_defined_twice(text, earlier, later, where)
        notes.append(f"{where(later.line)} defines {earlier.head} again, beside {where(earlier.line)}: {agreed}")
    return notes, kept


def _both_the_sigmoid(first: str, second: str, input: Input) -> bool:
    """Whether two --let texts each define σ as the sigmoid, each read alone (the let reader's sigmoid note)."""
    from ..notation import read_lets
    from ..notation.functions import SIGMOID_NOTE_END

    for let in (first, second):
        try:
            lets, _, said = read_lets([let], input=input)
        except InputError:
            return False
        if lets or not any(note.endswith(SIGMOID_NOTE_END) for note in said):
            return False
    return True


def _example_lets_read(document: Document, defined: dict[str, PageDefinition]
                       ) -> tuple[dict[str, PageDefinition], list[str]]:
    """The page's definitions with a bare X read as the lines' example x where only that can be meant, and the notes.

    The definitions are --let texts that :func:`logderiv.notation.example_lets.respell_example_lets` reads as
    ``check`` reads --let: ``Z = W \\cdot X + b`` beside lines that write X only as X_i (the example) and Z, A
    only at example i (A_i) is Z⁽ⁱ⁾ = W x⁽ⁱ⁾ + b; kept as written, the bare X was a constant of its own and the
    right gradient (1/m) Σᵢ (A_i − Y_i) X_i was judged wrong (fixcap33). Respelled in place, same length.
    """
    from ..notation.example_lets import respell_example_lets

    changed, notes = respell_example_lets([step.text for step in document.steps], list(defined),
                                          lambda _text: document.notation == "latex")
    if not changed:
        return defined, []
    return {changed.get(text, text): definition for text, definition in defined.items()}, notes


def _refuse_a_capital_bare_beside_indexed(document: Document, defined: Mapping[str, PageDefinition],
                                          let: Sequence[str]) -> None:
    """Refuse a cost or definition that writes a capital bare (Y) the lines write with the example index (Y_i).

    The cost is the steps before the first derivative, the lines the rest; the definitions count as the cost
    (:func:`logderiv.notation.bare_examples.refuse_bare_beside_indexed`). A definition's error is pointed into the
    file by the caller; a cost step's is pointed here.
    """
    from ..notation.bare_examples import defined_capital, refuse_bare_beside_indexed

    first = next((k for k, step in enumerate(document.steps) if _DERIVATIVE.search(step.text)), None)
    if first is None:
        return
    costs, lines = document.steps[:first], document.steps[first:]
    heads = {head for text in [*defined, *let] if (head := defined_capital(text)) is not None}
    try:
        refuse_bare_beside_indexed([step.text for step in costs], [step.text for step in lines], heads)
        refuse_bare_beside_indexed([*defined], [step.text for step in lines], heads, what="the definition")
    except InputError as error:
        step = next((step for step in costs if step.text == error.source), None)
        if step is None:
            raise
        raise _relocated(error, document, step.offset) from None



def _subscript_names_read(text: str, defined: dict[str, PageDefinition], where: Callable[[int], str]
                          ) -> tuple[str, dict[str, PageDefinition], list[str]]:
    """The page with the prediction ``y_{WORD}`` its definition names respelled ``yWORD`` everywhere (padded: columns
    keep), its definitions so too, and the notes (:func:`logderiv.notation.subscript_names.subscript_name_reading`)."""
    from ..notation.subscript_names import subscript_name_reading

    read = subscript_name_reading([text], list(defined), lambda _: True)
    if read is None:
        return text, defined, []
    respelled, notes = read
    line = next(definition.line for written, definition in defined.items() if respelled(written, True) != written)
    return (respelled(text, True), {respelled(written, True): definition for written, definition in defined.items()},
            [note.replace("{by}", f"on {where(line)}") for note in notes])


def _role_notes(text: str, review: Review, where: Callable[[int], str]) -> list[str]:
    """One note per chain of a page of several, naming its role (:mod:`logderiv.notation.roles`), its line and how it
    was checked: the derivation's chains, each lemma, each definition rewritten.

    Only what the review did is said: a chain the page reader set aside has its own note already (not read, and
    why), and a page of one chain needs none.
    """
    from ..notation.page import chain_roles
    from ..notation.roles import CostDerivative, Lemma

    roles = chain_roles(text)
    if len(roles) < 2:
        return []
    notes = []
    for role in roles:
        start, end = role.span
        # where the lemma's first side's first character stands (its block may begin before the maths, at its $$)
        lemma = next((lemma for lemma in review.lemmas if start <= lemma.statement.offset + len(lemma.statement.text)
                      - len(lemma.statement.text.lstrip()) < end), None)
        step = next((step for step in review.steps if start <= step.written.offset < end), None)
        if isinstance(role, CostDerivative) and step is not None:
            # the line the review shows the chain's first step on (the display's $$ may stand a line above it)
            notes.append(f"{where(step.written.line)}: the cost's derivative by a parameter, {role.first} = …: judged step by "
                         "step against the cost's derivative, its ending against the gradient")
        elif isinstance(role, Lemma) and lemma is not None:
            notes.append(f"{where(lemma.statement.line)}: a lemma, {role.first} = …: its first value checked against the "
                         "derivative its first side takes, worked out from the page's definitions, each later side "
                         "against the one before")
    # a definition's rewrite is named by its own review's note (logderiv.verify.lemmas)
    return notes if review.lemmas or len(notes) > 1 else []


#: the title a definition's rewrite is reviewed under (a lemma of the review, each side against the one before)
_REWRITE_TITLE = "a definition, rewritten"


#: the page reader's note on a display it set aside that defines a cost by a name of its own: E(w) = …, C(w, b) = …,
#: \mathcal{E}(\theta) = …, optimisation's f(w) = …, \ell(w) = … (one letter, its arguments the parameters)
_UNREAD_COST = patterns.compile(
    r"^(?P<where>.+?) is not part of the derivation \(.*?\), not read: (?P<shown>(?P<head>(?P<scale>[0-9]+|[mnNM](?=[A-Z]))?"
    r"(?:\\mathcal\s*\{\s*[A-Z]\s*\}"
    r"|\\ell(?![A-Za-z])|[A-Za-z])(?:_\{?[A-Za-z0-9]+\}?)?\s*\((?P<args>[^()=|;]*)\))\s*=.*)$")
_PARAMETERS = patterns.compile(r"\\theta|\\beta|(?<![A-Za-z\\])[wWb](?![A-Za-z])")


def _refuse_an_update_row(text: str) -> None:
    """Refuse a derivation file (.tex, text) with an update written with '=' among its lines (θⱼ = θⱼ − α …).

    Every line of such a file is a step: the update after a right ∂J/∂θⱼ = … was judged one, "wrong at line 3", a
    false "wrong" (hunt33); read as an equation it says the gradient is 0, which no writer means.
    """
    from ..notation.page import update_row

    found = update_row(text)
    if found is None:
        return
    line, _ = locate(text, found)
    raise InputError(
        f"line {line} is an update rule written with '=' (the name again after it, then a learning rate), the value "
        "the parameter takes next, no step of the derivation: in a .tex or text derivation every line is a step",
        source=text, column=found, line=line, label="FILE",
        hint="leave the update out of the derivation, or write the page as notes (.md), where an update is set aside")


def _refuse_a_squared_error_named_in_words(joined: str) -> None:
    """Refuse a page that names a squared error in words only, where the lines were judged against the default cost.

    "Linear regression minimises the mean squared error", then ∂J/∂θⱼ = (2/m)Σ(h − y)xⱼ: right for that cost, it was
    judged against the logistic one and called wrong (and (1/m)Σ(h − y)xⱼ beside h = σ(θᵀx), wrong for it, the
    gradient); which squared error (a mean, with ½ or not, a sum) the words leave open (hunt33).
    """
    from ..notation.cost_words import log_loss_named, squared_error_named

    found = squared_error_named(joined)
    if found is None:
        return
    line, _ = locate(joined, found.start())
    also = log_loss_named(joined)
    # both named (audit33g): "the mean squared error instead of the cross-entropy", or the other way round
    beside = ""
    if also is not None:
        end = also.end()
        while end < len(joined) and end - also.end() < 20 and joined[end].isalpha():
            end += 1  # 'cross-entrop' to its word's end: 'cross-entropy'
        beside = (f" (line {locate(joined, also.start())[0]} names '{' '.join(joined[also.start():end].split())}' "
                  "too: which is the page's cost, the words do not say)")
    raise InputError(
        f"line {line} names '{' '.join(found.group().split())}' in words, a cost other than the log-loss{beside}, and "
        "no line defines the cost: checked against the default logistic cost, the lines would be judged for a cost "
        "the page may not use",
        source=joined, column=found.start(), line=line, label="FILE",
        hint="write the cost out on the page (J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^m …), or give it with --cost "
             "(--cost linear is (1/2m)Σ(θᵀx − y)²; a mean without the ½, or a sum, is another cost)")


def _refuse_a_cost_named_otherwise_unread(page_notes: Sequence[str], joined: str, renamed: Sequence[str]) -> None:
    """Refuse a page that defines its cost as ``E(w) = …`` and differentiates J, which it never defines.

    The display was set aside (not part of the derivation) and the lines judged against the default logistic cost:
    ½Σ(wᵀxₙ − tₙ)² named E, then a right ∂J/∂wⱼ of it, was 'wrong at line 3', and the logistic gradient under it
    'gradient' (audit32). Whether J is that E is not said, so it is refused.
    """
    if renamed:
        return  # the page's own name of the cost was read as J already
    for note in page_notes:
        found = _UNREAD_COST.match(note)
        if found is None or not _PARAMETERS.search(found.group("args")):
            continue
        head = found.group("head")
        line = re.search(r"line (\d+)$", found.group("where"))
        if found.group("scale"):
            # 2J(w) = …, mJ(w) = … (refused as a cost: J = rhs/2, or the function 2J?): set aside, the lines were
            # judged against the default logistic cost, a right line of J 'wrong' (audit26c)
            scale = found.group("scale")
            letter = head[len(scale):].partition("(")[0].strip()
            raise InputError(
                f"{found.group('where')} defines {head}, {scale} times the cost {letter}: {letter} = (right side)/{scale}, "
                f"or the right side itself? Checked against the default cost instead, its lines would be judged for a "
                f"cost the writer did not write",
                source=joined, column=max(joined.find(head), 0), line=int(line.group(1)) if line else None,
                label="FILE", hint=f"write {letter}(…) = \\frac{{1}}{{{scale}}}(…), or give the cost with --cost")
        raise InputError(
            f"{found.group('where')} defines {head}, a cost of the parameters by its look, but the derivation "
            f"differentiates J, which nothing on the page defines: checked against the default cost instead, its "
            f"lines would be judged for a cost the writer did not write",
            source=joined, column=max(joined.find(head), 0), line=int(line.group(1)) if line else None, label="FILE",
            hint=f"name the derivative by the cost's own name (∂{head.partition('(')[0].strip()}/∂w_j for {head} = …), "
                 "or give the cost with --cost")


#: notation.page's note on a display that only states ``expr → min`` (set aside as the problem stated)
_ARROW_GOAL_NOTE = patterns.compile(r"^(?P<where>.+?) states the problem, the expression made (?:least|greatest) "
                                    r"\('→ (?P<goal>min|max)' written after it\)")

_AN_ARROW = patterns.compile(r"\\to(?![A-Za-z])|\\(?:long)?rightarrow(?![A-Za-z])|→")


def _refuse_an_objective_stated_only_by_an_arrow(page_notes: Sequence[str], joined: str) -> None:
    r"""Refuse a page whose cost is written only in its ``expr \to \min`` display, set aside as the problem stated.

    ``Σᵢ(yᵢ − w xᵢ)² \to \min`` then ``∂J/∂w = −2Σᵢ xᵢ(yᵢ − w xᵢ)``, no J defined: the display set aside, the lines
    were judged against the default logistic cost, a right derivative of the objective stated "wrong" (audderiv40).
    The objective is not read as the cost (its scale and sign are the writer's: '→ max' of a log-likelihood), so it is
    refused, saying where."""
    for note in page_notes:
        found = _ARROW_GOAL_NOTE.match(note)
        if found is None:
            continue
        line = re.search(r"line (\d+)$", found.group("where"))
        start = 0
        if line is not None:
            for _ in range(int(line.group(1)) - 1):
                start = joined.find("\n", start) + 1
        arrow = _AN_ARROW.search(joined, start)
        raise InputError(
            f"{found.group('where')} states the objective, '→ {found.group('goal')}' written after it, and nothing "
            "else on the page defines the cost the derivation differentiates: that display is the problem stated, not "
            "read as the cost, and checked against the default cost instead, its lines would be judged for a cost the "
            "writer did not write",
            source=joined, column=arrow.start() if arrow is not None else start,
            line=int(line.group(1)) if line else None, label="FILE",
            hint="define the cost with '=' in a display of its own (J(w) = …), or give it with --cost")


#: a note on a chain checked beside the derivation, which names its line in the joined cells: "line 48: …",
#: "lines 77–79 are a chain of its own beside the derivation …"
_LEMMA_NOTE = patterns.compile(r"^lines? (?P<first>\d+)(?:–(?P<last>\d+))?(?=(?::| is| are) .*(?:beside the derivation"
                               r"|a lemma of one example|the derivative of the function by its argument))")


def _lemma_note_in_cells(note: str, where: Callable[[int], str]) -> str:
    """A lemma's note naming its line in a notebook's cell (``cell 3, line 4``), as its rows do."""
    found = _LEMMA_NOTE.match(note)
    if found is None:
        return note
    named = where(int(found.group("first")))
    if found.group("last"):
        named = f"{named} to {where(int(found.group('last')))}"
    return named + note[found.end():]


#: matrix_chain's refusal of --let, which a page's definitions are
def _prose_parts(joined: str, maths: str) -> list[str]:
    """The inline definitions of a part of the cost in the page's prose (:data:`_PROSE_PART`) that are no line of
    the derivation (``maths``, the page's maths read as the derivation, blanks elsewhere: $J(θ) = …$ opening the
    derivation inline is its first line, not a part of it)."""
    return [part.group("definition") for part in _PROSE_PART.finditer(joined)
            if len(maths) != len(joined) or not maths[part.start("definition"):part.end("definition")].strip()]


#: the example's mark and spaces: what a part (ŷ^{(i)} = σ(wᵀx^{(i)})) and the page's definition of it differ by
_MARKS_AND_SPACES = patterns.compile(r"\^\s*\{\s*\(\s*i\s*\)\s*\}|\s+")


def _without_parts(lets: Sequence[str], parts: Sequence[str]) -> list[str]:
    """The lets but the page's definitions a prose part also gives (ŷ^{(i)} = σ(wᵀx^{(i)}), read as ŷ = σ(wᵀx) for
    a derivation in index form): in matrix form the part is read, for every example at once, and the definition
    beside it, in index form, would be refused there."""
    given = {_MARKS_AND_SPACES.sub("", part) for part in parts}
    return [let for let in lets if _MARKS_AND_SPACES.sub("", let) not in given]


#: a part of the cost its prose defines inline, of the parameter vector: Let $L(\theta) = \frac12 (X\theta - y)^\top
#: (X\theta - y)$ be our least squares objective (a derivation in matrix form reads it where its lines write L(θ))
_PROSE_PART = patterns.compile(
    r"(?<![$\\])\$(?!\$)\s*(?P<definition>(?:(?:\\mathcal\s*\{\s*[A-Z]\s*\}|\\ell|[A-Z])\s*\(\s*(?:\\theta|\\beta|w|"
    r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*(?:w|\\theta|\\beta)\s*\})\s*\)"
    # or one example's prediction, Where $\hat{y}^{(i)} = \sigma(w^T x^{(i)})$ (read for every example at once)
    r"|\\hat\s*\{\s*[a-z]\s*\}\s*(?:\^\s*\{\s*\(\s*i\s*\)\s*\}|_\s*\{?\s*i\s*\}?))\s*=[^=$]+?)\s*\$(?!\$)")


def _curly_primes_shown(source: str, typed: str) -> str:
    """An error's ``source`` with each ' that the page typed ’ written back (:mod:`logderiv.notation.curly_prime`)."""
    return "".join(was if was == "’" and now == "'" else now for was, now in zip(typed, source))


def _labels_shown(source: str, labelled: str, blanked: str) -> str:
    """An error's ``source`` (the page, or its maths with the prose blanked) with what the readers rewrote written back.

    Before the page is read, the label of ``L_{\\text{ridge}}`` is blanked (:mod:`logderiv.notation.cost_label`),
    θ₀ and θ₁ are written b and w (:mod:`~logderiv.notation.intercept_slope`), an image of a formula is written as
    its display (:mod:`~logderiv.notation.image_maths`) and so on, each in the same number of characters; the line
    an error quotes shows them as the writer wrote them. Offsets are the page's, so each stretch is restored whole,
    where the error's source still holds it as it was read.
    """
    if not isinstance(source, str) or len(source) != len(labelled) or len(blanked) != len(labelled):
        return source
    # each stretch the readers rewrote (a label blanked, θ₀ written b, an image written as its display) as a whole:
    # restored by spaces alone, \theta_0 read as `       b` came back as \theta_b
    start = None
    for at in range(len(labelled) + 1):
        differs = at < len(labelled) and labelled[at] != blanked[at]
        if differs and start is None:
            start = at
        elif not differs and start is not None:
            if source[start:at] == blanked[start:at]:
                source = source[:start] + labelled[start:at] + source[at:]
            start = None
    return source


def _lemmas_beside_a_matrix_derivation(document: Document, page: str = "", lets: Sequence[str] = ()
                                        ) -> tuple[list[str], list[LemmaReview]]:
    r"""The notes on the lemmas beside a derivation in matrix form, which its review does not check, and the rules
    of matrix calculus among them checked (:mod:`logderiv.verify.cited_rules`); or a refusal.

    The matrix review reads the derivation's lines only. A rule of matrix calculus stated in letters of its own
    (``\frac{\partial x^TAx}{\partial x} = (A + A^T)x``, ``\frac{\partial a^Tx}{\partial x} = a``: a derivative by
    another variable than the derivation's) is a claim like any step: checked at random matrices where its letters
    say its shapes (a wrong one, ``… = Ax`` or ``\frac{\partial x^Tx}{\partial x} = x``, is a wrong line; noted as
    "cited" it passed), else noted as cited, NOT CHECKED, saying why (``\frac{dAB}{dB} = A^T``: a derivative of a
    matrix, whose layout the check does not read). A lemma by the derivation's own parameter
    (``\frac{\partial}{\partial\theta} \theta^TX^TX\theta = … = 2X^TX\theta``, a Chinese notebook's) is a step of
    the working, never trusted: checked by the matrix review as a derivation of its own, the formula under its first
    ∂/∂θ its cost, each side against the one before it (a page whose lemma slips is wrong at its line); one the
    matrix review cannot read (∂J/∂θ of no formula) is refused, never passed unread. A definition's rewrite
    (ŷ = σ(z) = …) is neither. A lemma that writes a name of the derivation (``\frac{\partial J}{\partial \hat y} =
    \hat y - y`` beside ∇_θ J = Xᵀ(Xθ − y): J and y) is the chain rule's step of the working, not a rule in letters
    of its own, and refused as well. ``page``: the page's text, whose words may call the rule's matrices symmetric;
    ``lets``: the page's definitions, in the lemma too.
    """
    from ..notation.page import derives_the_cost
    from ..notation.solved_equations import parameter_differentiated
    from ..records.step import Check
    from ..records.verdict import Diagnosis
    from ..verify.cited_rules import IDENTITY, SIZES, check_rule, read_rule, says_symmetric, symmetric_letters, letters as _rule_letters
    from ..verify.matrix_chain import review_matrix_document

    parameter = next((found for step in document.steps
                      if (found := parameter_differentiated(step.text)) is not None), None)
    derivation_names = _names_written(" ".join(step.text for step in document.steps))
    notes = []
    reviews: list[LemmaReview] = []
    # "where A is symmetric": xᵀAx's gradient is then 2Ax, and a rule written so holds
    # the capitals it calls so, those alone: "XᵀX is symmetric" or "not necessarily symmetric A" made 2Ax pass (audit29i)
    symmetric = symmetric_letters(page or document.source)
    sizes = ", ".join(f"n = {n}" for n in SIZES)
    for lemma in document.lemmas:
        if lemma.rewrite is not None or not lemma.steps:
            continue
        first = lemma.steps[0]
        if lemma.update is not None:
            # an update rule's sides (θ := θ − α∇J = θ − (α/m)Xᵀ(Xθ − y)) beside a derivation in matrix form: no lemma
            # of the working, and not read in matrix form; set aside, noted, as every update rule was before
            # fixupd32 (refused as a lemma the matrix review could not read, the page lost: audit32h)
            from ..verify.lemmas import _shortened as _shortened_sides

            notes.append(f"line {first.line}: the update rule of {lemma.update}, its sides after its own "
                         f"({_shortened_sides(' = '.join(step.written for step in lemma.steps))}) beside a derivation "
                         "in matrix form: not read; not checked")
            continue
        by = parameter_differentiated(" ".join(step.text for step in lemma.steps))
        shared = sorted(_names_written(" ".join(step.text for step in lemma.steps)) & derivation_names)
        if parameter is not None and by is not None and by != parameter and shared:
            raise InputError(
                f"line {first.line} is a lemma beside a derivation in matrix form that writes the derivation's own "
                f"{', '.join(shared)}: a step of its working, not a rule in letters of its own, and logderiv checks "
                "the derivation without its lemmas",
                source=document.source, column=first.offset, line=first.line,
                hint="check the lemma on its own (logderiv steps on a file of it alone), then the derivation "
                     "without it",
            )
        if parameter is None or by is None or by == parameter:
            reviewed = None
            why = "it takes no derivative of a formula by the derivation's parameter"
            if parameter is not None and by == parameter and len(lemma.steps) > 1 \
                    and not derives_the_cost(first.text):
                try:
                    reviewed = review_matrix_document(dataclasses.replace(
                        document, steps=lemma.steps, name=None, wrt=None, wrt_offset=None, lemmas=()), lets=lets,
                        lemma=True)
                except InputError as error:
                    why = f"read in matrix form: {error.message}"
            if reviewed is None:
                raise InputError(
                    f"line {first.line} is a lemma beside a derivation in matrix form, a derivative by "
                    f"{by or 'its parameter'} as the derivation's is, which logderiv checks only where it reads it as "
                    f"∂/∂{by or 'θ'} of a formula in matrix form, and not here ({why})",
                    source=document.source, column=first.offset, line=first.line,
                    hint="check the lemma on its own (logderiv steps on a file of it alone), then the derivation "
                         "without it",
                )
            reviews.append(LemmaReview(lemma.title, first, reviewed.steps))
            notes.append(f"line {first.line}: a lemma by {by} beside the derivation in matrix form: checked on its "
                         f"own in matrix form, each side against the one before it, the formula under its first ∂/∂{by} "
                         "its cost (a lemma in the derivation's parameter is a step of the working, never trusted)")
            notes += [note for note in reviewed.notes if not note.startswith(("the derivation is in matrix form",
                                                                             "the cost is the one line"))]
            continue
        cited = (f"line {first.line}: a rule of matrix calculus stated beside the derivation in matrix form (a "
                 f"derivative by {by}, not by the derivation's {parameter})")
        rule = read_rule([step.text for step in lemma.steps])
        checked = None if rule is None else check_rule(rule)
        with_symmetric = False
        if rule is not None and checked is not None and checked.holds is False and symmetric:
            again = check_rule(rule, symmetric=symmetric)
            if again.holds:
                checked, with_symmetric = again, True
        if rule is not None and checked is not None and checked.holds is False \
                and says_symmetric(page or document.source):
            # "symmetric" said of no letter read (XᵀX is symmetric, Σ …): whether of this rule's matrices is not known
            capitals = frozenset(letter for letter in _rule_letters(rule) if letter.isupper() and letter != IDENTITY)
            if capitals - symmetric and check_rule(rule, symmetric=capitals).holds:
                notes.append(f"{cited}: cited, not a step: NOT CHECKED (it holds only where "
                             f"{', '.join(sorted(capitals))} {'is' if len(capitals) == 1 else 'are'} symmetric, and the "
                             "page says 'symmetric' of no letter of it the check reads: write 'where A is symmetric')")
                continue
        if checked is None or checked.holds is None:
            why = (checked.words if checked is not None
                   else "a derivative by a matrix, whose layout is a convention the check does not read"
                   if by.isupper() else "its letters are not what the check reads: single Latin letters, sums, "
                   "products, transposes, numbers")
            notes.append(f"{cited}: cited, not a step: NOT CHECKED ({why})")
            continue
        check = Check("symbolic", sizes=tuple((n, n) for n in SIZES))
        if rule is not None and IDENTITY in _rule_letters(rule):
            notes.append(f"line {first.line}: I in the rule of matrix calculus is read as the identity matrix, as in "
                         "(XᵀX + λI)θ = Xᵀy")
        if checked.holds:
            notes.append(f"{cited}: checked at random matrices of sizes {sizes} (each capital n×n"
                         f"{'; ' + ', '.join(sorted(symmetric)) + ' symmetric, as the page says' if with_symmetric else ''}; each small letter n×1), its "
                         f"left side differentiated exactly by each entry of {by}: it holds")
            reviews.append(LemmaReview("a rule of matrix calculus", first, tuple(
                StepReview(index, step, sympy.Symbol(" ".join(step.text.split())), True, check, has_value=False)
                for index, step in enumerate(lemma.steps[1:], start=1))))
            continue
        wrong = lemma.steps[checked.failing + 1]
        notes.append(f"{cited}: checked at random matrices of sizes {sizes} (each capital n×n, each small letter "
                     f"n×1), and line {wrong.line} does not hold: {checked.words}")
        reviews.append(LemmaReview("a rule of matrix calculus", first, (StepReview(
            checked.failing + 1, wrong, sympy.Symbol(" ".join(wrong.text.split())), False, check,
            diagnosis=(Diagnosis("other", f"this rule of matrix calculus does not hold: {checked.words}"),),
            has_value=False),)))
    return notes, reviews


#: commands that name no quantity (layout, operators, styles) and letters that are notation (d of dJ/dθ, T of Xᵀ)
_NOT_NAMES = frozenset({r"\frac", r"\dfrac", r"\tfrac", r"\partial", r"\left", r"\right", r"\top", r"\intercal",
                        r"\mathbf", r"\boldsymbol", r"\bm", r"\vec", r"\hat", r"\bar", r"\mathrm", r"\cdot",
                        r"\times", r"\quad", r"\qquad", r"\text", r"\sum", r"\nabla", r"\operatorname",
                        r"\begin", r"\end", r"\tag", r"\Rightarrow", r"\implies", "d", "T"})


def _names_written(text: str) -> set[str]:
    r"""The names a text writes: its Greek letters and other commands that name a quantity, its Latin letters.

    Letters inside a command's name (the r of \frac) and in an environment's name are not among them."""
    text = re.sub(r"\\(?:begin|end|text|mathrm|operatorname)\s*\{[^{}]*\}", " ", text)
    commands = set(re.findall(r"\\[A-Za-z]+", text))
    letters = set(re.findall(r"[A-Za-z]", re.sub(r"\\[A-Za-z]+", " ", text)))
    return (commands | letters) - _NOT_NAMES


def _side_lemmas(text: str, lemmas: Sequence[LemmaSpan], where: Callable[[int], str] | None, *,
                 page: bool = True) -> tuple[LemmaSpan, ...]:
    """The marked lemmas and the chains beside the derivation read as lemmas (each noted where it is reviewed).

    A chain found so (:func:`logderiv.notation.page.side_derivations`) is a lemma only when a derivation of the
    cost is left once they are set aside and the page reads so; else (no chain found, or the page is refused
    without them too) the lemmas as they were, and the page is read as before. ``page=False``: ``text`` is a
    LaTeX document, whose displays are all read as the derivation but for its lemmas (no page to sort).
    """
    from ..notation.lemmas import LemmaSpan
    from ..notation.notes import display_blocks
    from ..notation.page import (SeveralDerivations, derives_the_cost, of_the_cost_by_a_parameter, read_page,
                                 side_derivations)
    from ..notation.roles import Unknown

    marked = {(lemma.start, lemma.end) for lemma in lemmas}
    found = [LemmaSpan(start, end, None, side=True) for start, end in side_derivations(_without(text, lemmas))
             if (start, end) not in marked]
    if not found:
        return tuple(lemmas)
    every = tuple(sorted([*lemmas, *found], key=lambda lemma: lemma.start))
    rest = _without(text, every)
    if not any(derives_the_cost(maths) or of_the_cost_by_a_parameter(maths)
               for maths in (rest[block.maths[0]:block.maths[1]] for block in display_blocks(rest))):
        return tuple(lemmas)  # no derivation of the cost besides them: one of them is the derivation
    if not page:
        return every  # a document is no page: what is left is read as the derivation
    try:
        read_page(rest, where)
    except SeveralDerivations:
        pass  # derivations each by a parameter of its own: each is read with the lemmas set aside
    except SeveralChains as several:
        if not several.roles or any(isinstance(role, Unknown) for role in several.roles):
            return tuple(lemmas)  # a chain whose role is not told: the refusal names it, the lemmas among the chains
        # chains of sorted roles (definitions, the cost's chain, derivatives by parameters, lemmas of one '=' or of
        # several): each is judged alone (:func:`_each_chain`), and each judged page finds these lemmas beside it
    except InputError:
        return tuple(lemmas)  # set aside, they still leave the derivation unclear: the refusal stands
    return every


def _without(text: str, lemmas: Sequence[LemmaSpan]) -> str:
    """``text`` with the lemmas' blocks blanked (same length, same lines)."""
    for lemma in lemmas:
        text = _blanked(text, lemma.start, lemma.end)
    return text


def _blanked(text: str, start: int, end: int) -> str:
    """``text`` with ``text[start:end]`` blanked but for its line breaks: offsets and lines stay."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


#: a page's endings, the worst first: the page ends at the gradient only if each of its derivations does
_WORST_FIRST = ("wrong", "unfinished", "gradient")


def _each_derivation(text: str, several: SeveralDerivations, review_one: Callable[..., Review], *,
                     unsorted: bool = False) -> Review:
    """A page of derivations of the cost (∂J/∂w then ∂J/∂b, or ∂J/∂θⱼ twice): each checked alone, the others blanked.

    A TA checks each derivation on the page; the review lists their steps in turn, each part's first step
    compared with its own derivative, and ends at the gradient only if every part does. What a part
    alone was read as is said of that part.
    """
    from ..printing.expressions import show_unicode

    from ..notation import scalars, vocabulary

    reviews = []
    for kept in several.spans:
        reviews.append(review_one(_kept(text, several.spans, kept)))
    reviews, condition_notes = _conditions_set_aside(reviews, several)
    if len(reviews) == 1:
        return dataclasses.replace(reviews[0], notes=tuple(dict.fromkeys((*reviews[0].notes, *condition_notes))))
    if reviews and all(review.compared and not review.parts for review in reviews) and several.rows is False \
            and len({str(review.problem.cost) for review in reviews}) == 1:
        # ∂J/∂w = (2/m)Xᵀ(Xw + b − y), then ∂J/∂b = (2/m)1ᵀ(Xw + b − y): derivations in matrix form of one cost,
        # each compared its own way (its words in ``compared``, ∂J/∂b's against ∂J/∂b): listed in turn
        merged = _matrix_derivations(reviews)
        return dataclasses.replace(merged, notes=tuple(dict.fromkeys((*merged.notes, *condition_notes))))
    if any(review.compared or review.parts for review in reviews):
        mixed = _matrix_and_index_forms_at_the_gradient(reviews, several)
        if mixed is not None:
            return dataclasses.replace(mixed, notes=tuple(dict.fromkeys((*mixed.notes, *condition_notes))))
        raise _forms_not_merged(reviews, several)  # a derivation in matrix form compares its own way: not merged
    costs = list(dict.fromkeys(review.problem.cost for review in reviews))
    numbers = {str(review.problem.wrt) for review in reviews if isinstance(review.problem.wrt, sympy.Symbol)
               and str(review.problem.wrt) in vocabulary.PARAMETER_VECTORS}
    if len(costs) > 1 and len(numbers) == 1:
        # ∂E/∂w differentiates by w as one number, so w·x is a product there; ∂E/∂b alone would read it as wᵀx:
        # the page's w is one, so each part is read with it (the costs are compared again below)
        reviews = [review if str(review.problem.wrt) in numbers else review_one(_kept(text, several.spans, kept), numbers)
                   for review, kept in zip(reviews, several.spans)]
        costs = list(dict.fromkeys(review.problem.cost for review in reviews))
    if len({note for review in reviews for note in review.notes if note.startswith(DEFAULT_PREDICTION_NOTE_START)}) > 1:
        # ∂J/∂w's lines write w alone, ∂J/∂b's b alone: read alone, each part took its own model of the undefined
        # h (wᵀx, θᵀx + b), two readings of one page's h. The page's letters together give it one, every part's
        letters = frozenset().union(*(_letters_written(review) for review in reviews))
        reviews = [review_one(_kept(text, several.spans, kept),
                              () if str(review.problem.wrt) in numbers else numbers, letters)
                   for review, kept in zip(reviews, several.spans)]
        costs = list(dict.fromkeys(review.problem.cost for review in reviews))
    if len(costs) > 1:
        # each read alone, the derivations took different costs (one written under the first derivative only,
        # the default cost for the other): which cost the page derives is not for logderiv to pick
        raise InputError(f"{several.message} Each derives the cost by a parameter of its own, but read alone they "
                         f"take different costs ({' and '.join(show_unicode(cost) for cost in costs)})",
                         source=several.source, column=several.column, line=several.line, label=several.label,
                         hint="state the cost once before the derivations, or give it with --cost") from None
    _refuse_a_restatement_of_another_cost(reviews, several)
    first = reviews[0]
    steps: list[StepReview] = []
    parts, lemmas = [], list(first.lemmas)
    notes = [note for note in first.notes if not (numbers and scalars.BY_ANOTHER_MARK in note)]
    notes += condition_notes
    said, derived = [], []
    for review in reviews:
        derivative = f"∂{review.problem.name}/∂{show_unicode(review.problem.wrt)}"
        line = review.steps[0].written.line
        if review is not first:
            parts.append((len(steps) + 1, derivative))
            # the page's ∂/∂w by the bare letter already says w is one number: ∂/∂b's "how to ask for a vector w" is
            # not this page's question
            notes += [f"in the derivation of {derivative} (line {line}): {note}" for note in review.notes
                      if note not in first.notes and not (numbers and scalars.BY_ANOTHER_MARK in note)]
            lemmas += [lemma for lemma in review.lemmas
                       if all(lemma.statement.offset != other.statement.offset for other in lemmas)]
        derived.append(derivative)
        said.append(f"{derivative} (line {line}) ends {'at the gradient' if review.ending == 'gradient' else review.ending}"
                    + ("" if review.ending == "gradient" else f", the gradient being {show_unicode(review.gradient)}"))
        steps += [dataclasses.replace(step, number=len(steps) + step.number) for step in review.steps]
    # a derivation left unfinished (every step holds, a derivative still to take) and then derived again by the
    # same derivative is continued there ("∂ŷ/∂w = xᵢ, so: ∂L/∂w = −(2/n)Σ(y − ŷ)x"): the later one ends it, as a
    # chain ends at its last line; a route that ends wrong still ends the page wrong
    continued = {index for index, derivative in enumerate(derived)
                 if reviews[index].ending == "unfinished" and (derivative in derived[index + 1:]
                                                                or _continued_by_each_component(reviews, index))}
    if several.components:
        _refuse_components_not_known_to_finish(reviews, derived, continued, several)
    # a derivative gone wrong and stated again at the gradient later ("Paso 4" wrong, then the boxed "Resultado final"
    # right, each ∂J/∂θ₀ = … in a display of its own): read as one derivation written across the displays it ends at
    # its last statement (gradient, cold35's and cold36's tables); read as routes each judged, the wrong one ends the page
    # wrong (cold20's and cold21's, the asker's derivative wrong and the answer's right). The collected conventions
    # differ: refused, both readings named, rather than a verdict one of them calls wrong
    if not several.rows:
        _refuse_a_wrong_route_restated_right(reviews, derived, several)
    worst = min((review for index, review in enumerate(reviews) if index not in continued),
                key=lambda review: _WORST_FIRST.index(review.ending))
    if several.rows:
        # the derivatives are the rows of one display (∂J/∂β₀ &= … \\ ∂J/∂βⱼ &= …): the display ends at its last row,
        # as one chain past a wrong step ends at its last line (the wrong step is the page's, exit 1); each row's
        # ending is noted. A row left unfinished is no wrong step, though: taking the last row's ending then printed
        # "every step holds, and the last line is the gradient", exit 0, for a page whose ∂J/∂θⱼ row never reached
        # its gradient (audit32c) — such a row leaves the display unfinished
        unfinished = [review for index, review in enumerate(reviews[:-1])
                      if index not in continued and review.ending == "unfinished"]
        worst = unfinished[0] if unfinished and reviews[-1].ending == "gradient" else reviews[-1]
    twice = [derivative for derivative in dict.fromkeys(derived) if derived.count(derivative) > 1]
    each = ("each of the cost by a parameter of its own" if not twice else
            f"of the cost, {' and '.join(twice)} derived more than once (by two routes, or restated)")
    if unsorted:
        # chains the page reader could not sort (:func:`_each_chain`): what they are is said by each one's reading
        each = f"chains of '=' the page reader could not sort, each judged alone, the other derivations blanked ({each})"
    ends = ("the display ends where its last row does, as a chain ends at its last line (a row left unfinished "
            "leaves it unfinished)" if several.rows
            else "the page ends at the gradient only if every one does" if not twice
            else "the page ends at the gradient only if every one does (a derivative left unfinished and derived "
                 "again ends where its later derivation does)")
    notes.insert(0, f"the notes hold {len(reviews)} derivations, {each}: each is checked on its own against the "
                    f"cost, as a TA checks each, its steps listed in turn, the earliest wrong step the page's; {ends}: "
                    f"{'; '.join(said)}")
    for index in sorted(continued):
        if derived[index] not in derived[index + 1:]:
            general = reviews[index].problem.wrt
            from ..notation.scalars import LINE_OF_DECLARED

            declared = any(note.startswith(LINE_OF_DECLARED) for note in reviews[index].problem.notes)
            listed = sorted((later.problem.wrt for later in reviews[index + 1:]
                             if isinstance(later.problem.wrt, sympy.Indexed)
                             and later.problem.wrt.base == general.base), key=str)
            names = " and ".join(show_unicode(each) for each in listed)
            why = (f"the name J({show_unicode(general.base[0])}, {show_unicode(general.base[1])}) declares j = 0 or 1"
                   if declared else f"the model the page defines has the components {names} (j ranges over them)")
            notes.insert(1, f"{derived[index]} (line {reviews[index].steps[0].written.line}) is left unfinished, and "
                            f"{why}: the derivations by {names if not declared else show_unicode(general.base[0]) + ' and ' + show_unicode(general.base[1])} "
                            "that follow finish it, the page ending where they do")
    # the gradient shown under the verdict is the one the ending is about: ∂J/∂b's when ∂J/∂b ends wrong, not ∂J/∂w's
    # … and says which it is, or ∂J/∂w = (∂J/∂b's gradient) would be printed (audit47)
    by = worst.problem.wrt if worst.problem.wrt != first.problem.wrt else None
    return dataclasses.replace(first, steps=tuple(steps), ending=worst.ending, ending_check=worst.ending_check,
                               gradient=worst.gradient, gradient_wrt=by, notes=tuple(dict.fromkeys(notes)),
                               lemmas=tuple(lemmas), parts=tuple(parts))


def _matrix_and_index_forms_at_the_gradient(reviews: Sequence[Review], several: SeveralDerivations) -> Review | None:
    """Derivations of one cost by parameters of their own, some in matrix form, the others in index form, each read
    alone, listed in turn — only where every one ends at the gradient with every step holding; else None.

    ∂J/∂w = (2/m)Xᵀ(ŷ − y) + (λ/m)w beside ∂J/∂b = (2/m)Σᵢ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) (tests/derivations_cold15): the tables gathered
    by hand end such a page at its last line (cold15) or only where every part does (cold23). Where every part ends
    at the gradient and no step is wrong the two agree (the page ends at the gradient, no wrong step), so the page is
    read; where any part is wrong or unfinished they may not, and the page stays refused (:func:`_forms_not_merged`).
    One cost: each part's cost, its definitions expanded, is the same expression.
    """
    from ..printing.expressions import show_unicode

    if several.rows or any(review.parts for review in reviews) or all(review.compared for review in reviews):
        return None
    if any(review.ending != "gradient" or any(step.valid is not True for step in review.steps)
           or any(step.valid is False for lemma in review.lemmas for step in lemma.steps) for review in reviews):
        return None
    costs = {review.problem.expand_definitions(review.problem.cost) for review in reviews}
    taken = [_derivatives_taken(review) for review in reviews]
    derivatives = [" and ".join(each) for each in taken]
    every = [derivative for each in taken for derivative in each]
    if len(costs) != 1 or len(set(every)) != len(every) or any(not review.steps for review in reviews):
        return None
    first = reviews[0]
    steps: list[StepReview] = []
    compared: list[str] = []
    lemmas = list(first.lemmas)
    seen: set[int] = set()
    said = []
    for review, derivative in zip(reviews, derivatives):
        if review.compared:
            words = list(review.compared)
        else:
            # each index-form step is compared with its derivative (the first) or the line before it
            words = [f"{derivative}, the cost's derivative by {show_unicode(review.problem.wrt)}" if index == 0
                     else f"line {review.steps[index - 1].written.line}" for index in range(len(review.steps))]
        # the cost's definition and its rewrites open each part read alone: listed once
        kept = [(step, said_of) for step, said_of in zip(review.steps, words) if step.written.offset not in seen]
        seen |= {step.written.offset for step in review.steps}
        steps += [dataclasses.replace(step, number=len(steps) + 1 + index) for index, (step, _) in enumerate(kept)]
        compared += [said_of for _, said_of in kept]
        lemmas += [lemma for lemma in review.lemmas
                   if all(lemma.statement.offset != other.statement.offset for other in lemmas)]
        line = next((step.written.line for step, said_of in kept if said_of.startswith(("∇", "∂"))), None)
        said.append(f"{derivative}{'' if line is None else f' (line {line})'}, {_form_of(review)}, ends at the gradient")
    notes = [f"the notes hold {len(reviews)} derivations of the one cost, each by a parameter of its own, some in matrix "
             "form and some in index form: each is checked on its own, its steps listed in turn, and every one ends at "
             f"the gradient with every step holding, so the page does (at its last line, and in each part): "
             f"{'; '.join(said)}",
             *first.notes,
             *(f"in the derivation of {derivative}: {note}" for review, derivative in zip(reviews[1:], derivatives[1:])
               for note in review.notes if note not in first.notes)]
    # the ending shown is the last line's, the last part's (its gradient, and by which parameter when not the first's);
    # a last part in matrix form of ∂J/∂b ends at ∂J/∂b, not at its review's ∇J by the vector (audchains36)
    last = reviews[-1]
    by = last.problem.wrt if last.problem.wrt != first.problem.wrt else None
    gradient = last.gradient
    if last.compared and taken[-1] == [_INTERCEPT_DERIVATIVE]:
        gradient, by = sympy.Symbol(_INTERCEPT_DERIVATIVE), None
    return dataclasses.replace(first, steps=tuple(steps), compared=tuple(compared), ending="gradient",
                               ending_check=last.ending_check, gradient=gradient, gradient_wrt=by,
                               notes=tuple(dict.fromkeys(notes)), lemmas=tuple(lemmas))


#: the derivative a line of a derivation in matrix form is compared with when it follows ∂J/∂b
#: (:data:`logderiv.verify.matrix_chain._INTERCEPT_WORDS`)
_INTERCEPT_DERIVATIVE = "∂J/∂b"


def _derivatives_taken(review: Review) -> list[str]:
    """The derivatives a part read alone takes: an index form's its problem's (∂J/∂b, ∂J/∂wⱼ); a matrix form's those
    its lines were compared with — ∇J by the parameter vector, ∂J/∂b by the intercept — where its review's problem
    is by the vector whichever it takes (``∂J/∂b = (2/m)1ᵀ(Xw + b − y)`` is no ∂J/∂w)."""
    from ..printing.expressions import show_unicode

    by_vector = f"∂{review.problem.name}/∂{show_unicode(review.problem.wrt)}"
    if not review.compared:
        return [by_vector]
    taken = [*([by_vector] if any(words.startswith("∇") for words in review.compared) else []),
             *([_INTERCEPT_DERIVATIVE] if any(words.startswith(_INTERCEPT_DERIVATIVE + ",")
                                              for words in review.compared) else [])]
    return taken or [by_vector]


def _form_of(review: Review) -> str:
    """How a part read alone was compared: in index form, or in matrix form with ∇J and/or ∂J/∂b."""
    if not review.compared:
        return "itself of several derivations" if review.parts else "in index form"
    compared = " and ".join("∇J" if derivative != _INTERCEPT_DERIVATIVE else derivative
                            for derivative in _derivatives_taken(review))
    return f"in matrix form, compared with {compared}"


def _forms_not_merged(reviews: Sequence[Review], several: SeveralDerivations) -> SeveralDerivations:
    """The refusal of derivations each read alone where one is in matrix form (or itself of several parts): why.

    ∂J/∂w = (2/m)Xᵀ(ŷ − y) + (λ/m)w beside ∂J/∂b = (2/m)Σᵢ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾): the matrix form's lines are compared with
    ∇J as identities in the whole vector, the index form's each with the line before, and the tables gathered by hand
    end such a page differently (at its last line, tests/derivations_cold15; only if every part does, cold23), so
    the parts are not merged into one verdict. The page stays refused, as before, its refusal now saying what each
    part read alone was and where it ends (each ending checked), at the same place and of the same kind.
    """
    said = []
    for review in reviews:
        derivative = " and ".join(_derivatives_taken(review))
        opening = next((step for step, words in zip(review.steps, review.compared) if words.startswith(("∇", "∂"))),
                       review.steps[0] if review.steps else None)
        where = "" if opening is None else f" (line {opening.written.line})"
        ends = "at the gradient" if review.ending == "gradient" else review.ending
        said.append(f"{derivative}{where}, {_form_of(review)}, ends {ends}")
    return SeveralDerivations(
        f"{several.message} Each was read alone, the others blanked: {'; '.join(said)}. A derivation in matrix form is "
        "compared its own way (each line an identity in the whole vector) and the parts are not merged into one "
        "verdict of the page (whether it ends at its last line or only where every part does, the tables gathered by "
        "hand differ)",
        spans=several.spans, rows=several.rows, source=several.source, column=several.column, line=several.line,
        label=several.label, hint="check each derivation in a file of its own, the cost's definition kept above it")


def _refuse_a_wrong_route_restated_right(reviews: Sequence[Review], derived: Sequence[str],
                                         several: SeveralDerivations) -> None:
    """Refuse a page where a derivative's route goes wrong and its LAST statement on the page is at the gradient.

    "Paso 3" ∂J/∂θ₀ = (1/2m)Σ2(h − y), "Paso 4" ∂J/∂θ₀ = (2/m)Σ(h − y) (wrong), then the boxed "Resultado final"
    ∂J/∂θ₀ = (1/m)Σ(h − y) (right): one derivation written across displays ends where its last statement does (the
    page ends at the gradient, wrong at line 26: tests/derivations_cold36, cold35); two routes, each judged, end the
    page wrong (tests/derivations_cold20, cold21: an asker's δL/δb wrong, the answer's dL/db right). The tables
    gathered by hand disagree, so the page is refused at the wrong step, with both readings. A last statement gone
    wrong ends the page wrong under either, and a restatement itself wrong or unfinished repairs nothing: judged.
    """
    from ..printing.expressions import show_unicode

    for index, derivative in enumerate(derived):
        if reviews[index].ending != "wrong" or derivative not in derived[index + 1:]:
            continue
        last = len(derived) - 1 - list(reversed(derived)).index(derivative)
        slip = next((step.written for step in reviews[index].steps if step.valid is False), None)
        if slip is None or reviews[last].ending != "gradient":
            continue
        again = reviews[last].steps[0].written.line
        value = slip.offset + len(several.source[slip.offset:]) - len(several.source[slip.offset:].lstrip(" \t"))
        raise InputError(
            f"{derivative} goes wrong on line {slip.line} and is stated again on line {again}, its last statement on "
            f"the page, at the gradient {show_unicode(reviews[last].gradient)}: read as one derivation written across "
            f"displays it ends there (wrong at line {slip.line}, the page ending at the gradient); read as two routes, "
            f"each judged, the wrong one ends the page wrong (wrong at line {slip.line}, ending wrong). Notes "
            "collected by hand follow either convention, so logderiv will not pick one", source=several.source,
            column=value, line=slip.line, label=several.label,
            hint=f"check the derivation you mean alone: fix line {slip.line} if the restatement on line {again} is "
                 f"your result, or leave out line {again} if it is another writer's (an answer to a question)")


def _line_start(source: str, line: int) -> int:
    """The offset of ``line``'s first character in ``source`` (lines counted from 1)."""
    return sum(len(each) for each in source.splitlines(keepends=True)[: line - 1])


def _conditions_set_aside(reviews: Sequence[Review], several: SeveralDerivations) -> tuple[list[Review], list[str]]:
    r"""The derivations of a page without those that only set a derivative derived before to zero, and the notes.

    ∂J/∂θ₀ = (1/m)Σ(h − y) and ∂J/∂θ₁ = (1/m)Σ(h − y)x, then "setting both to zero": ∂J/∂θ₀ = 0 and ∂J/∂θ₁ = 0,
    each a display of its own. Each display opens with a derivative of the cost, so each was read as a derivation of
    its own whose one step, 0, does not follow: a right page judged wrong. A derivation that is the derivative's name
    (in any spelling, :func:`~logderiv.notation.solved_equations.gradient_named`; in matrix form, the derivative its
    zero is compared with) then a zero alone, after a derivation of the same derivative of the same cost that ended
    at the gradient, is that gradient set to zero: the first-order condition for the minimum, as one chain's last
    ``= 0`` is (:mod:`logderiv.verify.optimality`), set aside with the same notes. A zero after a derivation that
    ended wrong (or unfinished), or a derivative not derived before, is still judged as written. Equations after
    such a zero (θ₀ = ȳ − θ₁x̄), read into each derivation of the page, are no steps and are not checked across
    derivations: refused, never set aside (a sign slipped in them would pass).
    """
    from ..notation.solved_equations import gradient_named, writes_zero_alone
    from ..verify.optimality import first_order_note

    kept: list[Review] = []
    notes: list[str] = []
    ended: dict[tuple[str, str], int] = {}  # each derivative derived to the gradient, with its cost: its last line
    # lines past every derivation, read into each (θ₀ = ȳ − θ₁x̄ after ∂J/∂θ₀ = 0 and ∂J/∂θ₁ = 0)
    last = max(end for _, end in several.spans)
    shared = [step.written for step in reviews[0].steps if step.written.offset >= last and all(
        any(other.written.offset == step.written.offset for other in review.steps) for review in reviews)]
    for review in reviews:
        cost = str(review.problem.cost)
        key: tuple[str, str] | None = None
        at = -1  # the index of the step the derivative's value starts at
        if review.compared:
            at = next((index for index, words in enumerate(review.compared) if words.startswith(("∇", "∂"))), -1)
            key = None if at < 0 else (cost, review.compared[at])
        else:
            at = next((index for index, step in enumerate(review.steps)
                       if gradient_named(step.written.text) is not None), -1)
            named = None if at < 0 else gradient_named(review.steps[at].written.text)
            key = None if named is None else (cost, f"{named[0]} by {named[1]}")
            at += 1  # the index form lists the name as a step: its value is the next one
        if shared and key is not None and 0 <= at < len(review.steps) \
                and writes_zero_alone(review.steps[at].written.text):
            ended.setdefault(key, shared[0].line)  # each derivation goes on past its end: said of the shared line
        if key is not None and key in ended and 0 <= at < len(review.steps) \
                and writes_zero_alone(review.steps[at].written.text):
            zero, line = review.steps[at].written, ended[key]
            if at + 1 < len(review.steps):
                after = review.steps[at + 1].written
                raise InputError(
                    f"line {zero.line} sets a derivative the page derives to zero, the first-order condition, and "
                    f"line {after.line} goes on from it (an equation solving it, not a "
                    "step of the gradient); across derivations written apart logderiv does not check such an "
                    "equation, and will not set it aside unread", source=several.source,
                    column=_line_start(several.source, after.line),
                    line=after.line, label=several.label,
                    hint="check the derivations without the solved equations, or write the gradient and its zero "
                         "in one chain in matrix form (… = X^T(X\\theta - y) = 0, then X^TX\\theta = X^Ty), "
                         "whose solved equations are checked") from None
            notes += [first_order_note(zero.line, line),
                      f"line {zero.line}: the gradient's name set to zero after the derivation ended at it "
                      f"(line {line}) stands for the gradient just derived: the first-order condition, not a new "
                      "derivation"]
            continue
        kept.append(review)
        if key is not None and review.ending == "gradient" and review.steps:
            ended[key] = review.steps[-1].written.line
    return (list(reviews), []) if not kept else (kept, notes)


def _refuse_components_not_known_to_finish(reviews: Sequence[Review], derived: Sequence[str], continued: set[int],
                                           several: SeveralDerivations) -> None:
    """Refuse a general ∂J/∂θⱼ left unfinished, then ∂J/∂θ₀ = …, ∂J/∂θ₁ = … (read as derivations of their own,
    page._components_after), when logderiv cannot tell the components j ranges over.

    Only the parameters the name declares (J(θ₀, θ₁) with no model written) or Ng's model's note (θ₀ + θ₁x, checked
    for j = 0, 1) say which components the general one stands for. A model of another shape (h = θ₀x + θ₁, or
    θ₁ + θ₂x numbered from 1) says nothing logderiv reads: the page was judged "unfinished" though its components
    finish it (audderiv38c); the general one may as well be unfinished (a θ₂ never derived). Refused, both readings named.
    """
    from ..notation.scalars import LINE_OF_DECLARED
    from ..printing.expressions import show_unicode

    for index, review in enumerate(reviews):
        general = review.problem.wrt
        if index in continued or review.ending != "unfinished" or not isinstance(general, sympy.Indexed) \
                or general.indices[0].is_number:
            continue
        notes = (*review.problem.notes, *review.notes)
        if any(note.startswith(LINE_OF_DECLARED) for note in notes) \
                or any(_MODEL_CHECKED_AT.match(note) is not None for note in notes):
            continue  # the components j ranges over are known: unfinished is the page's own ending
        listed = [show_unicode(later.problem.wrt) for later in reviews[index + 1:]
                  if isinstance(later.problem.wrt, sympy.Indexed) and later.problem.wrt.base == general.base]
        line = review.steps[0].written.line if review.steps else 0
        raise InputError(
            f"{derived[index]} (line {line}) is left unfinished, and the derivations by {' and '.join(listed)} follow: "
            f"if j ranges over exactly {', '.join(listed)}, they finish it (the page ending where they do); if the "
            "model has another component, it stays unfinished. logderiv cannot tell which components the page's model "
            f"has, so it will not pick one", source=several.source, line=line or None, label=several.label,
            column=_line_start(several.source, line) + len(several.source.splitlines()[line - 1])
            - len(several.source.splitlines()[line - 1].lstrip()) if line else None,
            hint=f"derive {derived[index]} to its end, or leave it out and keep the derivations by each component")


def _continued_by_each_component(reviews: Sequence[Review], index: int) -> bool:
    """Whether the derivation by θⱼ at ``index`` is continued by a later derivation by each component j ranges over.

    ∂/∂θⱼ J(θ₀, θ₁) = ∂/∂θⱼ (1/2m)Σ(h − y)², "we need to evaluate this for j = 0 and j = 1", then ∂/∂θ₀ … and
    ∂/∂θ₁ … (Ng's week 1): the name declares the parameters θ₀, θ₁, so j is 0 or 1, and the general display is
    finished by its two instances, as a chain derived again is continued there. Only where the model is that
    line (read from the declared parameters) and both components follow: θ₀ alone leaves θ₁ unfinished.
    """
    from ..notation.scalars import LINE_OF_DECLARED

    general = reviews[index].problem.wrt
    if not isinstance(general, sympy.Indexed) or general.indices[0].is_number:
        return False
    later = {review.problem.wrt for review in reviews[index + 1:]}
    if any(note.startswith(LINE_OF_DECLARED) for note in reviews[index].problem.notes):
        return {general.base[0], general.base[1]} <= later
    # the page defines the model itself (h(x) = θ₁x + θ₀): its components, every one the review checked j at, each
    # derived after the general display (∂J/∂θ₀ = …, ∂J/∂θ₁ = …, issue 10's "the gradient is")
    for note in (*reviews[index].problem.notes, *reviews[index].notes):
        found = _MODEL_CHECKED_AT.match(note)
        if found is not None:
            listed = [int(each) for each in found["listed"].split(", ")]
            return int(found["top"]) == max(listed) and {general.base[each] for each in listed} <= later
    return False


#: the written model's note (services.written_model): every component j its derivative was checked at, and its top n
_MODEL_CHECKED_AT = patterns.compile(r"the model has [^;]*;[^;]*; checked for j = (?P<listed>\d+(?:, \d+)*) \(n = (?P<top>\d+),")


def _letters_written(review: Review) -> frozenset[str]:
    """The parameter letters (θ, w, β, b) a part's lines and its derivative write, as built."""
    letters: set[str] = set()
    for expr in (review.problem.wrt, *(step.expression for step in review.steps)):
        letters |= {str(indexed.base) for indexed in expr.atoms(sympy.Indexed)
                    if str(indexed.base) in ("theta", "w", "beta")}
        letters |= {"b"} if symbols.scalar("b") in expr.free_symbols else set()
    return frozenset(letters)


def _matrix_derivations(reviews: Sequence[Review]) -> Review:
    """Derivations in matrix form of one cost, each checked alone: their steps in turn, each with what it was compared
    with; the page ends at the gradient only if every one does (the earliest wrong step is the page's)."""
    first = reviews[0]
    steps: list[StepReview] = []
    compared: list[str] = []
    seen: set[int] = set()
    said = []
    for review in reviews:
        # the cost's definition and its rewrites open each part read alone: listed once
        kept = [(step, words) for step, words in zip(review.steps, review.compared) if step.written.offset not in seen]
        seen |= {step.written.offset for step in review.steps}
        steps += [dataclasses.replace(step, number=len(steps) + 1 + index) for index, (step, _) in enumerate(kept)]
        compared += [words for _, words in kept]
        line = next((step.written.line for step, words in kept if words.startswith(("∇", "∂"))), None)
        if line is not None:
            said.append(f"the one of line {line} ends "
                        + ("at its derivative" if review.ending == "gradient" else review.ending))
    worst = min(reviews, key=lambda review: _WORST_FIRST.index(review.ending))
    notes = [f"the notes hold {len(reviews)} derivations in matrix form of the one cost, each checked on its own, its "
             f"steps listed in turn; the page ends at the gradient only if every one does: {'; '.join(said)}",
             *(note for review in reviews for note in review.notes)]
    return dataclasses.replace(first, steps=tuple(steps), compared=tuple(compared), ending=worst.ending,
                               ending_check=worst.ending_check, notes=tuple(dict.fromkeys(notes)))


def _refuse_a_restatement_of_another_cost(reviews: Sequence[Review], several: SeveralDerivations) -> None:
    """∂J/∂θⱼ derived to the gradient, then "with regularisation:" ∂J/∂θⱼ = … + (λ/m)θⱼ: another cost's derivative.

    A route that restates a derivative the page has already taken to the gradient and whose very first line
    after it already disagrees is no slip in a derivation: the writer gives the derivative of another cost
    (regularised, another loss) the page never defines; judging it against this cost said 'wrong' of a right
    line (audit34). Refused at that line: which cost it derives is the writer's to say. A slip later in a
    route, after a first line that holds, is still caught at its line, and so is a first line naming nothing the
    cost does not (a sign, a factor changed): only a value naming λ beside a cost without one is another cost's.
    """
    from ..printing.expressions import show_unicode

    reached: set[str] = set()
    for review in reviews:
        derivative = f"∂{review.problem.name}/∂{show_unicode(review.problem.wrt)}"
        if derivative in reached and len(review.steps) > 1 and not review.steps[1].valid \
                and _by_its_name(review.steps[0].written.text) \
                and _a_penalty_the_cost_lacks(review.steps[1].written.text, review.start):
            step = review.steps[1].written
            raise InputError(f"this line restates {derivative}, which the page has already derived to the gradient, "
                             "with another value from its first line on: the derivative of another cost (a penalty "
                             "added, another loss), which the page does not define?", source=several.source,
                             column=step.offset, line=step.line, label=several.label,
                             hint="define that cost on the page (J_reg(θ) = …) and differentiate it by its name, or "
                                  "check the derivations apart with --cost")
        if review.ending == "gradient":
            reached.add(derivative)


#: the cost's name with its parameters, J(\theta), J(θ), J(w, b): a derivative of it still names the cost only
_COST_WITH_ARGUMENTS = patterns.compile(r"[A-Z]\s*\([^()]*\)")


def _by_its_name(text: str) -> bool:
    """Whether a written derivative names its cost only (∂J/∂θⱼ, \\frac{\\partial J(\\theta)}{\\partial \\theta_j}), not
    the formula (∂/∂θⱼ (1/2m)Σ…): restated by name, it may be another cost's; written out, it is this one's."""
    bare = _COST_WITH_ARGUMENTS.sub("", text)
    return "(" not in bare and "sum" not in bare and "Σ" not in bare


def _a_penalty_the_cost_lacks(text: str, start: sympy.Expr | None) -> bool:
    """Whether a written value names λ, a penalty's strength, where the cost derived has none.

    The sign of the name: an added (λ/m)θⱼ is another cost's; a sign or a factor changed is a slip (judged at
    its line, as tests/test_fixcold5.py plants them). Read from the text, as the line's own symbols are another
    form's (a vectorised line holds X and Y whole)."""
    if start is None or not any(word in text for word in ("\\lambda", "λ", "lambda")):
        return False
    return not any("lambda" in symbol.name or "λ" in symbol.name for symbol in start.free_symbols)


def _refuse_a_restated_derivative_of_another_cost(document: Document, lines: Sequence[sympy.Expr], start: sympy.Expr,
                                                  reviews: Sequence[StepReview]) -> None:
    """One chain: ∂J/∂θⱼ = … = (closed form), then "With regularization: ∂J/∂θⱼ = … + (λ/m)θⱼ" on a line of its own.

    The derivative written again after the chain reached a closed form, and the value beside it wrong from its
    first side on, is the derivative of another cost the page never defines, as for two routes
    (:func:`_refuse_a_restatement_of_another_cost`); read as the chain going on it was judged 'wrong' (audit34).
    Only where the value names λ and the cost has none: a sign or a factor changed is a slip, wrong at its line.
    """
    for k in range(1, len(lines) - 1):
        restated, after = document.steps[k], document.steps[k + 1]
        if lines[k] == start and _by_its_name(restated.text) and not lines[k - 1].has(sympy.Derivative) \
                and reviews[k - 1].valid and _a_penalty_the_cost_lacks(after.text, start) \
                and not reviews[k + 1].valid and after.line == restated.line \
                and restated.line != document.steps[k - 1].line:
            raise InputError(f"this line restates the derivative the lines before it took to a closed form, with "
                             "another value from its first side on: the derivative of another cost (a penalty added, "
                             "another loss), which the page does not define?", source=document.source,
                             column=after.offset, line=after.line, label="FILE",
                             hint="define that cost on the page (J_reg(θ) = …) and differentiate it by its name, or "
                                  "check the derivations apart with --cost")


#: the scales by which notes write another objective than the cost they define: the log-likelihood (−m J of a mean
#: cross-entropy, −J of a sum), and the cost with its 1/m (or 1/2m) dropped "since it does not change the minimiser"
_ASCENT = "the log-likelihood of a gradient ascent (the cost's 1/m and sign dropped)"
_DROPPED = "the cost with its 1/m dropped as not moving the minimiser"
_OBJECTIVE_SCALES = ((sympy.Integer(-1), "−1 times", "the cost negated: a log-likelihood's negative to minimise, or "
                      "a log-likelihood to ascend"),
                     (symbols.m, "m times", _DROPPED), (-symbols.m, "−m times", _ASCENT),
                     (2 * symbols.m, "2m times", _DROPPED), (-2 * symbols.m, "−2m times", _ASCENT))


def _refuse_an_objective_scaled_apart(document: Document, lines: Sequence[sympy.Expr], reviews: Sequence[StepReview],
                                      problem: Problem, samples: Samples) -> None:
    """Refuse a first line that differentiates the cost written out at another scale: ∂/∂θⱼ Σ [y log h + …] beside
    J = −(1/m) Σ [y log h + …] ("gradient ascent on the log-likelihood"), or ∂/∂θⱼ Σ (θᵀx − y)² beside J = (1/2m)Σ….

    What the line differentiates is written out, and each side of the page may hold; it was judged 'wrong: it is not
    ∂J/∂θⱼ' (audit25s), as if the writer had slipped, where notes derive the log-likelihood for ascent, or drop the
    1/m that does not move the minimiser, on purpose. Whether the page means J, or that objective, is not said.
    """
    first = lines[0] if lines else None
    if not reviews or reviews[0].valid or not isinstance(first, sympy.Derivative) or len(first.variables) != 1 \
            or first.variables[0] != problem.wrt or first.expr == problem.cost:
        return
    step = document.steps[0]
    for scale, said, why in _OBJECTIVE_SCALES:
        try:
            verdict = judge(scale * problem.cost, first.expr, problem, samples=samples, final=False, diagnosed=False)
        except (InputError, UnsupportedError):
            return
        if verdict.verdict == "equivalent":
            raise _relocated(InputError(
                f"this line differentiates {said} the cost {problem.name}, not {problem.name}: {why}? Its derivative "
                f"is not the cost's, and whether the page derives {problem.name} or that objective is not said",
                source=step.text, column=len(step.text) - len(step.text.lstrip()), label="FILE",
                hint="define the objective the derivation differentiates by a name of its own (ℓ(θ) = …) and "
                     f"differentiate it by that name, or differentiate {problem.name} itself"), document, step.offset,
                len(step.text))


#: how every note of an undefined h read by default starts (a model's prediction, the one-feature line declared)
_PREDICTION_UNDEFINED = "h is not defined: "


def _writes_the_prediction(expr: sympy.Expr) -> bool:
    """Whether a built line still holds the prediction h (h(x⁽ⁱ⁾) or a bare h)."""
    return symbols.scalar(PREDICTION) in expr.free_symbols or any(
        call.func.__name__ == PREDICTION for call in expr.atoms(AppliedUndef))


def _parameters_written(expr: sympy.Expr) -> set[str]:
    """The parameter letters (θ, w, β, b) a built line writes outside its derivatives' variables (∂/∂w names w)."""
    inside = expr.replace(lambda part: isinstance(part, sympy.Derivative), lambda part: part.expr)
    found = {str(indexed.base) for indexed in inside.atoms(sympy.Indexed) if str(indexed.base) in PARAMETER_VECTORS}
    return found | ({"b"} if symbols.scalar("b") in inside.free_symbols else set())


def _writes_the_model(line: sympy.Expr, model: sympy.Expr) -> bool:
    """Whether a line writes out the model ``model`` of h itself: holds it whole (σ(θᵀx⁽ⁱ⁾)), or, a linear model
    whose sum sympy flattens into the line's, the same parameter letters and no link (σ, exp) of them: a linear
    model held whole inside a σ (σ(wᵀx + b) beside h = wᵀx + b) is another model."""
    def parameters(expr: sympy.Expr) -> set[str]:
        found = {str(indexed.base) for indexed in expr.atoms(sympy.Indexed) if str(indexed.base) in PARAMETER_VECTORS}
        return found | ({"b"} if symbols.scalar("b") in expr.free_symbols else set())

    def links(expr: sympy.Expr) -> set[type]:
        return {type(call) for call in expr.atoms(sympy.Function)
                if not isinstance(call, AppliedUndef) and parameters(call)}
    def forms(expr: sympy.Expr) -> set[tuple[str, bool]]:
        # θ₀ + θ₁x₁ beside h = θᵀx: numbered entries are a model written in components, the one-feature line with an
        # intercept, not the default's dot product with a slip: which the page means is asked (audit24e)
        return {(str(indexed.base), all(index.is_Integer for index in indexed.indices))
                for indexed in expr.atoms(sympy.Indexed) if str(indexed.base) in PARAMETER_VECTORS}

    def powers(expr: sympy.Expr) -> set[sympy.Expr]:
        # w x⁽ⁱ⁾² + b beside h = wᵀx + b: a power of a feature is a model of its own (features transformed)
        return {power.exp for power in expr.atoms(sympy.Pow)
                if isinstance(power.base, sympy.Indexed) and str(power.base.base) in DATA_VECTORS}
    if links(model) and line.has(model):
        return True
    return (parameters(line) == parameters(model) and links(line) <= links(model) and forms(line) == forms(model)
            and powers(line) <= powers(model))


def _refuse_a_prediction_written_out_otherwise(document: Document, problem: Problem, start: sympy.Expr,
                                               reviews: Sequence[StepReview]) -> None:
    """Refuse a first wrong step that writes out an h the page never defines: the page's model, against a default.

    (yᵢ − ŷᵢ)² then (yᵢ − w xᵢ − b)²: where ŷ is undefined, the line that writes it out is the page's only word on
    its model. Judged against logderiv's default model (noted), such a line would be 'wrong' on the strength of a
    reading the page itself contradicts (a model of other parameters, another link), so which of the two is meant
    is asked, never judged. A page that DEFINES ŷ (ŷ = w x + b, or --let) has no default: a line writing out
    another model there is a slip, and wrong at its line.
    """
    if not any(note.startswith(_PREDICTION_UNDEFINED) for note in problem.notes):
        return
    wrong = next((index for index, review in enumerate(reviews) if not review.valid), None)
    if wrong is None:
        return
    before = start if wrong == 0 else reviews[wrong - 1].expression
    line = reviews[wrong].expression
    if not _writes_the_prediction(before) or (_writes_the_prediction(line)
                                              and not _parameters_written(line) - _parameters_written(before)):
        # y log σ(w xᵢ) + (1 − y) log(1 − ŷᵢ): a line writing out one ŷ of two writes the model as surely as one
        # writing out both (audit24e); one that keeps ŷ and writes no parameter anew writes no model
        return
    defaults = [value for key, value in problem.definitions.items()
                if getattr(key, "name", None) == PREDICTION or getattr(getattr(key, "func", None), "__name__", None)
                == PREDICTION]
    if any(_writes_the_model(line, value) for value in defaults):
        return  # (y − σ(θᵀx))x beside h = σ(θᵀx): the page writes the default's own model, and its slip is a slip
    step = reviews[wrong].written
    read = next(note for note in problem.notes if note.startswith(_PREDICTION_UNDEFINED))
    shown = read.removeprefix(_PREDICTION_UNDEFINED).removeprefix("reading ").split(" (define h")[0]
    column = step.offset + len(step.text) - len(step.text.lstrip())
    raise InputError(
        f"this line writes out the prediction h, which the page never defines, and it does not follow from the line "
        f"before with h read by default ({shown}): is the line the page's own model of h, or a slip?",
        source=document.source, column=column, line=step.line, label="FILE",
        hint=f"define the prediction on the page before the derivation (\\hat{{y}}_i = …), or give it with "
             f"--let 'h = {_model_in_letters(line)}' (the model the page means)")


def _holds_a_sigmoid_slope(expr: sympy.Expr) -> bool:
    """Whether a built line multiplies the prediction h by 1 − h (σ′ = σ(1 − σ) written in h), or σ(u) by 1 − σ(u)."""
    for product in expr.atoms(sympy.Mul):
        factors = product.args
        values = [factor for factor in factors if isinstance(factor, (sympy.Symbol, AppliedUndef, sympy.Indexed))
                  and _writes_the_prediction(factor) or isinstance(factor, symbols.sigmoid)]
        if any(symbols.expand(factor + value) == 1 for value in values for factor in factors):
            return True
    return False


def _refuse_a_sigmoid_slope_beside_a_default_model(document: Document, problem: Problem,
                                                  reviews: Sequence[StepReview]) -> None:
    """Refuse a first wrong step that writes ŷ(1 − ŷ), σ′, where the page's undefined ŷ is read as a model with no σ.

    ``L = ½(y − ŷ)²`` then ``(ŷ − y) ŷ (1 − ŷ) xⱼ``: the page's ŷ is a sigmoid unit's, and for it the line holds;
    read with the default linear ŷ = wᵀx (noted), the line was called wrong (audit25m). The model is the page's to
    say, so it is asked, as a line writing the model out otherwise is.
    """
    read = next((note for note in problem.notes if note.startswith(_PREDICTION_UNDEFINED)), None)
    if read is None or "σ" in read.split(",")[0]:
        return
    wrong = next((review for review in reviews if not review.valid), None)
    if wrong is None or not _holds_a_sigmoid_slope(wrong.expression):
        return
    step = wrong.written
    shown = read.removeprefix(_PREDICTION_UNDEFINED).removeprefix("reading ").split(",")[0]
    raise InputError(
        f"this line multiplies the prediction by 1 minus it, σ(1 − σ), the sigmoid's derivative, but the page never "
        f"defines the prediction and it is read by default as {shown}, which has no sigmoid: is the page's "
        "prediction the sigmoid of the model?",
        source=document.source, column=step.offset + len(step.text) - len(step.text.lstrip()), line=step.line,
        label="FILE",
        hint="define the prediction on the page before the derivation (\\hat{y} = \\sigma(w^T x)), or give it with "
             "--let 'h = sigmoid(w^T x)'")


def _refuse_a_dot_without_the_intercept_from_zero(document: Document, problem: Problem,
                                                  reviews: Sequence[StepReview]) -> None:
    """Refuse a first wrong step writing θᵀx without θ₀ where the cost's Σ_{j=0}^{n} θⱼxⱼ kept θ₀ on its own.

    Ng's page: J = (1/2m) Σᵢ (Σ_{j=0}^{n} θⱼxⱼ⁽ⁱ⁾ − y⁽ⁱ⁾)² + (λ/2m) Σ_{j=1}^{n} θⱼ², then ∂J/∂θⱼ = (1/m) Σᵢ (θᵀx⁽ⁱ⁾ −
    y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + (λ/m)θⱼ. His θᵀx holds θ₀ (x₀ = 1); read over 1..n, without it, the line was called wrong
    (audit25m). Whether the line's θᵀx holds θ₀ is asked, as check asks it of an answer.
    """
    from ..notation.zero_intercept import INTERCEPT_NOTE

    if not any(note.startswith(INTERCEPT_NOTE) for note in problem.notes):
        return
    wrong = next((review for review in reviews if not review.valid), None)
    if wrong is None:
        return
    line = wrong.expression
    entries = [atom for atom in line.atoms(sympy.Indexed) if str(atom.base) in PARAMETER_VECTORS]
    if not entries or any(atom.indices[0] == 0 for atom in entries) or not any(
            isinstance(total, sympy.Sum) and any(str(atom.base) in PARAMETER_VECTORS
                                                 for atom in total.function.atoms(sympy.Indexed))
            for total in line.atoms(sympy.Sum)):
        return
    step = wrong.written
    parameter = str(entries[0].base)
    raise InputError(
        f"this line writes the dot product of {parameter} and x without {parameter}_0, and the cost numbers the "
        f"components from 0 (Σ_{{j=0}}^{{n}}, the intercept {parameter}_0 among them) but keeps {parameter}_0 on its "
        f"own: is the line's dot product over 0..n, {parameter}_0 included (x_0 = 1, Ng's convention), or over 1..n "
        "without it?",
        source=document.source, column=step.offset + len(step.text) - len(step.text.lstrip()), line=step.line,
        label="FILE",
        hint=f"write {parameter}_0 + {parameter}^T x in the line for the model with its intercept, or the sum from 0 "
             "as the cost does")


def _model_in_letters(line: sympy.Expr) -> str:
    """A linear model in the parameters a line writes, for a hint: w and b give w^T x + b, θ gives theta^T x, and
    numbered entries (θ₀ + θ₁x⁽ⁱ⁾) theta_0 + theta_1 x: the hint names the page's letters, not logderiv's default's."""
    letters = _parameters_written(line)
    vector = next((name for name in ("w", "theta", "beta") if name in letters), "w")
    numbered = any(str(entry.base) == vector and entry.indices[0].is_number for entry in line.atoms(sympy.Indexed))
    linear = f"{vector}_0 + {vector}_1 x" if numbered else f"{vector}^T x"
    return linear + (" + b" if "b" in letters else "")


def _cost_read_first(document: Document, span: tuple[int, int]) -> Document:
    """``document`` with the steps of the cost's definition (``span``, after the derivation) moved to its front.

    "∂J/∂w = … = …, where J(w) = …": the page's one cost, defined last, is read as a definition standing first
    (:func:`logderiv.notation.page.read_page` says so in a note); the steps keep their lines. The document is
    read with its first derivative's left side kept a step, as it is when the definition stands first.
    """
    start, end = span
    # a step's text starts where the scanner's piece does (after the break before it): its first character counts
    cost = tuple(step for step in document.steps
                 if start <= step.offset + len(step.text) - len(step.text.lstrip()) < end)
    if not cost:
        return document
    return dataclasses.replace(document, steps=(*cost, *(step for step in document.steps if step not in cost)))


def _kept(text: str, spans: Sequence[tuple[int, int]], kept: tuple[int, int]) -> str:
    """``text`` with every span but ``kept`` blanked: one derivation of the page, read alone."""
    for span in spans:
        if span != kept:
            text = _blanked(text, *span)
    return text


def _with_lemma_blocks(blocks: Sequence[Block], lemmas: Sequence[LemmaSpan]) -> list[Block]:
    """The page's blocks and the lemmas' blocks, in order: each is kept as maths, each ends a step."""
    from ..notation.notes import Block

    return sorted([*blocks, *(Block((lemma.start, lemma.end), (lemma.start, lemma.end)) for lemma in lemmas)],
                  key=lambda block: block.span)


def review_document(document: Document, **options: Any) -> Review:
    """Check every step of ``document`` (see :func:`_review_document`), its lines known to the cost's reading: a plain
    f_{w,b} is read as the one-feature line only where no line of the page writes a vector
    (:func:`logderiv.notation.scalars.plain_line_page`)."""
    from ..notation.scalars import plain_line_page

    with plain_line_page(step.text for step in document.steps):
        return _review_document(document, **options)


def _review_document(
    document: Document,
    *,
    cost: str | None = None,
    wrt: str | None = None,
    input: Input = "auto",
    regularise_intercept: bool = True,
    let: Sequence[str] = (),
    announced: Announcement | None = None,
    numbers: Collection[str] = (),
    parts: Sequence[str] = (),
    written: Collection[str] = (),
    page: str = "",
) -> Review:
    """Check every step of ``document`` as a derivation of ∂cost/∂wrt.

    ``cost`` is a preset's name or a formula; when it is not given, a first
    line ``∂/∂θⱼ (formula)`` fixes it, and otherwise it is the logistic cost.
    ``wrt`` likewise defaults to the variable of the first line or of the
    derivative's leading name, else ``theta_j``. ``input`` says how ``cost``
    and ``wrt`` are read (the document's own notation is ``document.notation``).
    ``regularise_intercept=False`` takes an L2 preset with θ₁ left out of the
    penalty, as for :func:`logderiv.derive`. ``let`` defines names as ``check
    --let`` does: in the cost when it is a formula (given, or the first line's),
    else (a preset) in the lines; a name the cost does not define is the lines'. ``announced``: where the
    page's prose says the derivation is of one example (:func:`_one_example_problem`). ``parts``: the definitions
    of a part of the cost the page's prose writes inline (L(θ) = …), which a derivation in matrix form reads where
    its lines use the name (:func:`~logderiv.verify.matrix_chain.review_matrix_document`). ``written``: the
    parameter letters the page's other derivations write (:func:`_each_derivation`), with this one's lines' own the
    letters an undefined h's model is read in (:func:`logderiv.notation.builder.written_parameters`). ``page``: the
    whole page, prose too, where the derivation is its maths (what the page writes n as, :func:`_n_counts_only_the_examples`).
    """
    from ..engine.driver import derive_problem
    from ..notation.matrices import is_matrix_answer
    from ..verify.matrix_chain import review_matrix_document, writes_matrix_form

    document, vectorised, vectorised_notes = _vectorised_ending(document)
    # ŵ on one line and w on another: in matrix form too each is read as w (L(ŵ) = ‖Xŵ − Y‖², ∂/∂ŵ), so both written
    # is two readings of one vector, asked, never silently merged
    _refuse_a_coefficient_hatted_and_plain(document)
    if writes_matrix_form(document) and not vectorised:
        # J = ½(Xθ − y)ᵀ(Xθ − y), ∇_θ J = XᵀXθ − Xᵀy: each line a function of the whole vector θ
        # the review first: a page it cannot read is refused with its own reason (L(b): b is no parameter vector),
        # more to the point than the lemma beside it
        reviewed = review_matrix_document(document, cost=cost, wrt=wrt, lets=_without_parts(let, parts), parts=parts,
                                          page=page)
        rules, ruled = _lemmas_beside_a_matrix_derivation(document, page, _without_parts(let, parts))
        return dataclasses.replace(reviewed, notes=(*reviewed.notes, *rules),
                                   lemmas=(*reviewed.lemmas, *ruled)) if rules else reviewed
    document, component_notes = _component_i_as_j(document, wrt)
    component_notes += vectorised_notes
    document, summed_notes = _summed_component_i_as_j(document, wrt)
    component_notes += summed_notes
    document, example_notes = _one_example_term(document)
    component_notes += example_notes
    document, columns = _columns_as_components(document, wrt)
    document, restated = _without_restated_cost(document)
    component_notes += restated
    names = _let_names(let, input)
    defined, defined_name, rewrites = _leading_definition(document, names) or (None, _COST_NAME, ())
    if defined is None and cost is None:
        written_in_a_lemma = _cost_written_in_a_lemma(document)
        if written_in_a_lemma is not None:
            defined, defined_name, note = written_in_a_lemma
            component_notes.append(note)
    if defined is None:
        _refuse_a_cost_never_derived(document)
        _refuse_a_page_of_definitions(document)
        _refuse_a_definition_first(document)
    declared = _declared_parameters(document, defined) if defined is not None else ()
    likelihood_side = None
    # a cost a lemma writes out (above) stands in no step: the notes that say a step defines it are not said
    in_a_lemma = defined is not None and defined not in document.steps
    if defined is not None and not in_a_lemma:
        # J(θ) = −(1/m) Σ …, then ∂J/∂θⱼ = …: the first display defines the cost, it is no step of ∂J/∂θⱼ;
        # nor are its rewrites (J = A = B, then ∂J/∂θⱼ = …), each checked against the definition instead
        component_notes += _skipped_side_note(document, defined)
        _refuse_a_letter_named_cost_by_two_parameters(document)
        component_notes += _letter_named_cost_note(document)
        component_notes += _models_sides_note(document, defined)
        # J(w) = −l(w) = Σ [y ln σ + …] drops the minus as surely as l(w) = −ln L(w) = Σ … does: one sign check
        likelihood_side = _skipped_side(document, defined)
        last = rewrites[-1] if rewrites else defined
        document = dataclasses.replace(document, steps=document.steps[document.steps.index(last) + 1:])
    functions = _page_functions(let, input)
    read = [_parse_in(document, step, names, functions) for step in document.steps]
    trees = [parsed.tree for parsed in read]
    from ..notation.scalars import tell_the_page

    tell_the_page((node, step.text) for node, step in zip(trees, document.steps))
    if defined is None or defined_name != _LOG_LIKELIHOOD:
        _refuse_an_undefined_log_likelihood(document, trees)
        _refuse_a_log_likelihood_named_first(document, trees)
    # ∂loss/∂w on a page writing y_i − w x_i − b: an undefined ŷ is read wᵀx + b, in the letters the lines write
    # (a preset given with --cost has its own model in its own letters: the page's are for an h it leaves undefined)
    letters = frozenset() if cost is not None and find_preset(cost) is not None \
        else written_parameters(trees) | frozenset(written)
    problem = _problem(document, trees, cost, wrt, input, regularise_intercept, let, defined, defined_name,
                       rewrites, declared, numbers, letters, [parsed.parameters for parsed in read])
    if defined is not None and likelihood_side is not None:
        _refuse_a_likelihood_of_the_other_sign(document, likelihood_side, defined_name, problem)
    summed = None
    if defined is not None and cost is None:
        problem, summed = _one_example_problem(document, trees, problem, defined, announced, wrt, input, let, declared,
                                               letters)
    if cost is None:
        # the page's own cost reads its penalty as --cost's does, and read_cost notes that reading (Σ θⱼ² over θ₁..θₙ,
        # the intercept's included): say it of the page's cost too, or the reading is made silently (hunt28b)
        penalty = penalty_note(problem)
        if penalty is not None and penalty not in problem.notes:
            problem = dataclasses.replace(problem, notes=(*problem.notes, penalty))
    from .check import every_component, reads_every_component

    if reads_every_component(problem):
        read = [every_component(parsed) for parsed in read]  # Σ_{j=0}^{n} θⱼxⱼ in a line, as in an answer
    # a preset's h (the default cost's, or --cost's) is its own model: a page's h of another model is not read
    preset = (DEFAULT_COST_NOTE in problem.notes or bool(cost and find_preset(cost))) \
        and not any(_IN_THE_PAGES_LETTERS in note for note in problem.notes)
    line_lets, let_notes = _line_lets(problem, let, input, preset=preset)
    if preset:
        _refuse_a_reason_defining_a_name_otherwise(document, problem, input)
    # the cost the lines are held to: given (--cost, a line defining it, the default), or the lines' own, whose
    # φ(x) read as the features is then the cost's too
    costs_notes = [*problem.notes] if cost is not None or defined is not None or DEFAULT_COST_NOTE in problem.notes \
        else [*problem.notes, *(note for parsed in read for note in parsed.notes)]
    from .check import count_letter_column, counted_ranges, counts_at_odds, counts_at_odds_message
    # one letter counting the examples in one line (or the cost) and the features in another (l of Σ_{i=1}^{l} and of
    # Σ_{k=1}^{l} w_k x_{ik}): each line renamed it its own way, the slip in one of them hidden (audru35)
    counted_so_far = counted_ranges(problem.notes)
    for step, parsed in zip(document.steps, read):
        at_odds = counts_at_odds(counted_so_far, counted_ranges(parsed.notes))
        if at_odds is not None:
            letter, over = at_odds
            raise _relocated(InputError(
                counts_at_odds_message(letter, over, "this line", "the cost or a line before"),
                source=step.text, column=count_letter_column(letter, step.text), label="FILE",
                hint="count the examples by m and the features by n on every line, or by the cost's letters"),
                document, step.offset, len(step.text))
        counted_so_far = {**counted_ranges(parsed.notes), **counted_so_far}
        _refuse_zero_based_beside_numbered(document, step, parsed, problem)
        _refuse_data_beside_feature_map(document, step, parsed, costs_notes)
        _refuse_a_range_from_0_beside_a_sum_from_1(document, step, parsed, problem)
        _refuse_a_count_of_its_own(document, step, parsed, problem,
                                   written=DEFAULT_COST_NOTE not in problem.notes and not (cost and find_preset(cost)),
                                   given=bool(cost and find_preset(cost)), page=page or document.source, lets=let)
    column_notes = _column_numbering(document, columns, problem)
    trees = [_slope_as_in_cost(document, step, parsed, problem) for step, parsed in zip(document.steps, read)]
    trees, dropped_notes = _sums_dropped(document, trees, problem, announced, page or document.source)
    counted_by_n: list[str] = []
    if preset and cost and find_preset(cost) and vectorised and _n_counts_only_the_examples(page or document.source):
        trees = [_matrix_line_in_the_presets_count(document, step, node, counted_by_n) if is_matrix_answer(node)
                 else node for step, node in zip(document.steps, trees)]
    built = [_entry_j(document, step, node, problem) if vectorised and is_matrix_answer(node)
             else _build(document, step, node, problem, line_lets)
             for step, node in zip(document.steps, trees)]
    # every line is read in the problem's context; a line may use a defined name where the
    # cost does not (h outside a sum), so the context holds every definition any line needs
    definitions = dict(problem.definitions)
    # what a line was read as (y^{i} as y⁽ⁱ⁾) is said as check says it of an answer
    said = [note for note in problem.notes if not (in_a_lemma and _says_a_step_defines_the_cost(note))]
    notes = [*said, *component_notes, *let_notes, *column_notes, *(note for parsed in read for note in parsed.notes),
             *counted_by_n, *dropped_notes]
    for expression in built:
        definitions.update(expression.definitions)
        notes += expression.notes
    notes = _without_unused_note_of_line_lets(notes, definitions)
    context = dataclasses.replace(problem, definitions=definitions)
    # ∂L/∂w_j = ∂/∂w_j [formula] names the cost L on its first line (_problem): its L is the cost, as a defined one's
    named = problem.name if defined is None and problem.name in _COST_LETTERS else defined_name
    given_as = _named_by_the_first_line(trees, problem, page or document.source) \
        if defined is None and cost is not None else None
    if given_as is not None:
        named = given_as
        notes.append(f"the page defines no cost, and its first line differentiates {given_as}: {given_as} is read as "
                     "the cost given with --cost")
    for step, expression in zip(document.steps, built):
        _refuse_a_cost_named_apart(document, step, expression.expr, definitions, named)
    lines = [_with_cost(expression.expr, problem, named) for expression in built]
    for step, line in zip(document.steps, lines):
        _refuse_nested_derivatives(step, line)
        _refuse_a_derivative_of_an_undefined_name(document, step, line, definitions, named)

    start = sympy.Derivative(problem.cost, problem.wrt, evaluate=False)
    gradient = derive_problem(problem).result
    samples = Samples()  # one set of points for the whole derivation: each line is evaluated once
    from .written_model import derive_note, steps_note, written_model

    # θ₀ + θ₁x₁ + θ₂x₂ with a general θⱼ: lines are compared at the θⱼ the model has, never at a j it lacks
    model = written_model(problem)
    if model is not None and problem.wrt.indices[-1].is_Integer:
        model = None  # --wrt theta_1: the lines name their component themselves
    gradients = {} if model is None else _component_gradients(problem, model)
    if model is not None:
        notes.append(steps_note(model))
        # the printed gradient holds for j ≥ 1; a model numbered from 1 (w₁x₁ + w₂x₂ + b) has no such note (its None
        # was printed as 'note: None')
        notes += [said for said in (derive_note(problem),) if said is not None]

    document, lines, condition_notes = _first_order_condition_set_aside(document, lines, gradient, context, samples,
                                                                      model, gradients)
    notes += condition_notes
    reviews: list[StepReview] = []
    previous = start
    for number, (step, line) in enumerate(zip(document.steps, lines), start=1):
        first_wrong = all(review.valid for review in reviews)
        verdict = _compare(previous, line, context, samples, step, diagnosed=first_wrong, model=model)
        assert verdict.check is not None, "_compare's verdicts are equivalent or different, each with its check"
        # a step right only at the labels the cost is written for (y³ = y beside log(1 + e^(−y θᵀx))) is judged
        # there, as check judges an answer: said, as check says it, never silently (hunt31b)
        notes += [f"line {step.line}: {note}" for note in verdict.notes if note.startswith(labels.WRITTEN_FOR)]
        reviews.append(StepReview(
            number, step, line, verdict.verdict == "equivalent", verdict.check,
            verdict.counterexample, verdict.diagnosis,
        ))
        previous = line
    if given_as is not None:
        _refuse_a_first_line_of_another_objective(document, lines, gradient, reviews, context, samples, model,
                                                  gradients, given_as)
    _refuse_a_restated_derivative_of_another_cost(document, lines, start, reviews)
    _refuse_a_prediction_written_out_otherwise(document, problem, start, reviews)
    _refuse_a_sigmoid_slope_beside_a_default_model(document, problem, reviews)
    _refuse_a_dot_without_the_intercept_from_zero(document, problem, reviews)
    _refuse_an_objective_scaled_apart(document, lines, reviews, context, samples)
    ending_verdict = _compare(gradient, lines[-1], context, samples, document.steps[-1], diagnosed=False,
                              model=model, gradients=gradients, wording=("the last line", "the gradient"))
    notes += [note for note in ending_verdict.notes if note.startswith(labels.WRITTEN_FOR)]
    from ..verify.lemmas import cost_by_another_variable, review_lemmas

    def read_lemma_line(step: WrittenStep, summed: bool = False) -> tuple[sympy.Expr, list[str]]:
        by = cost_by_another_variable(step.text) if not summed else None
        if by is not None:
            value = _one_examples_cost_by_its_prediction(document, step, by, problem, line_lets, names, functions)
            if value is not None:
                notes.append(f"line {step.line}: {' '.join(step.text.split())} differentiates one example's cost by "
                             f"{' '.join(by.split())}, a name the cost writes: read as the derivative of the cost's "
                             f"definition by it, {' '.join(by.split())} held as a variable of its own")
                return value, []
        primed = _PRIMED_FUNCTION.sub(lambda found: f"\\frac{{d}}{{d{found.group('argument')}}}{found.group('name')}"
                                                    f"({found.group('argument')})", step.text)
        if primed != step.text and document.notation == "latex":
            # g'(z), σ'(z): Lagrange's prime on a function of one letter is its derivative by that letter
            primes = _PRIMED_FUNCTION.search(step.text)
            assert primes is not None, "the pattern changed the text: it is there"
            notes.append(f"line {step.line}: {primes.group().strip()} is the derivative "
                         "of the function by its argument, read as d/dz of it")
            step = dataclasses.replace(step, text=primed)
        if summed:
            # a lemma of one example, its i free (∂/∂θⱼ[y⁽ⁱ⁾ log h(x⁽ⁱ⁾)] = …): each side summed over the examples
            text = (f"\\sum_{{i=1}}^{{m}}\\left[{step.text}\\right]" if document.notation == "latex"
                    else f"sum({step.text})")
            step = dataclasses.replace(step, text=text)
        # g(z) = tanh(z) defined on the page: the lemma's g′(z) is tanh′, never Ng's sigmoid g
        parsed = _parse_in(document, step, names, functions)
        # built as the derivation's lines are, in the problem with the lines' --let (the context already holds
        # what those lets define: built in it, each let would be defined twice)
        built = _build(document, step, parsed.tree, problem, line_lets)
        for name, value in built.definitions.items():
            # ŷ⁽ⁱ⁾ read as the page's model h(x⁽ⁱ⁾) in a lemma beside a derivation whose own lines never write ŷ
            # (∂J/∂w of w x⁽ⁱ⁾ + b, then ∂/∂w(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)² = 2(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)x⁽ⁱ⁾, a blind set's aside): h is then
            # what the page means by it, defined as the derivation's lines would define it, not a letter of its own
            if lemma_definitions.setdefault(name, value) == value and name not in context.definitions:
                known.add(name.func if isinstance(name, AppliedUndef) else name)
        if any(step in lemma.steps for lemma in document.lemmas if lemma.update is not None):
            return _cost_derivative_read(built.expr, problem, named), [*parsed.notes, *built.notes]
        return built.expr, [*parsed.notes, *built.notes]

    def compare_lemma_step(before: sympy.Expr, after: sympy.Expr, step: WrittenStep, diagnosed: bool) -> Verdict:
        return _compare(before, after, lemma_context(), samples, step, diagnosed=diagnosed)

    def lemma_context() -> Problem:
        added = {name: value for name, value in lemma_definitions.items() if name not in context.definitions}
        return context if not added else dataclasses.replace(context, definitions={**context.definitions, **added})

    lemma_definitions: dict[sympy.Basic, sympy.Expr] = {}

    # the names the derivation is built with: a lemma found beside it may use no other (its own variable aside)
    known: set[sympy.Basic] = set()
    for line in (context.cost, start, *lines):
        for each in (line, context.expand_definitions(line)):  # h(x⁽ⁱ⁾), and θᵀx⁽ⁱ⁾ = Σₖ θₖxₖ⁽ⁱ⁾ it stands for
            known |= set(each.free_symbols) | {call.func for call in each.atoms(AppliedUndef)}
    if any(lemma.rewrite is not None for lemma in document.lemmas):
        # a definition's rewrite (σ(z) = 1/(1 + e^{−z}) of ŷ = σ(z)) writes the names the page defines (z = wx + b):
        # each is what its --let says, no letter of its own
        known |= {name.func if isinstance(name, AppliedUndef) else name for name in context.definitions}
    wrong_at = next((review.written.offset for review in reviews if not review.valid), None)
    lemmas, lemma_notes = review_lemmas(document, read_lemma_line, compare_lemma_step, known, wrong_at)
    # a = σ(z) on the page, used by a lemma ∂a/∂z = a(1 − a) the derivation's lines never write: a let that is used
    notes = [*_without_unused_note_of_line_lets(notes, lemma_definitions), *lemma_notes]
    assert ending_verdict.check is not None, "_compare's verdicts are equivalent or different, each with its check"
    ending: Literal["gradient", "unfinished", "wrong"]
    if ending_verdict.verdict != "equivalent":
        ending = "wrong"
    elif lines[-1].has(sympy.Derivative):
        ending = "unfinished"
    else:
        ending = "gradient"
    return Review(
        problem=context,
        start=start,
        gradient=gradient,
        steps=tuple(reviews),
        ending=ending,
        ending_check=ending_verdict.check,
        notation=document.notation,
        name=document.name,
        notes=tuple(dict.fromkeys(notes)),
        lemmas=lemmas,
        summed=summed,
    )


def _first_order_condition_set_aside(document: Document, lines: list[sympy.Expr], gradient: sympy.Expr,
                                     context: Problem, samples: Samples, model: WrittenModel | None,
                                     gradients: Mapping[int, sympy.Expr]
                                     ) -> tuple[Document, list[sympy.Expr], list[str]]:
    """The document and lines up to a ``= 0`` written after a side that is the gradient, and the notes.

    ``∂J/∂θⱼ = … = (1/m)Σ(h − y)xⱼ = 0`` "to minimise the cost" (real's Korean post after Parellada's
    derivation): the zero is the first-order condition, an equation to solve, not an identity in θ, so no step —
    the matrix form's rule (``verify.optimality``), whatever the layout. Only where the side before it is
    written out (no derivative left in it), '=' joins the two, and that side is the gradient as the ending is
    judged; ``∂J/∂θⱼ = Σ xⱼ = 0`` after a wrong side, or a zero in the middle, stays a step judged as written.
    The zero may be followed by equations solving it (``Σ h xⱼ = Σ y xⱼ``, no derivative in them): they are no
    values of the gradient, set aside with a note that says they were not checked (this form reads no equation).
    """
    from ..notation.solved_equations import gradient_named
    from ..verify.optimality import first_order_condition, first_order_note, unchecked_note, writes_zero_alone

    steps = document.steps

    def settled(index: int) -> bool:
        return not lines[index].has(sympy.Derivative)

    def holds(index: int) -> bool:
        return _compare(gradient, lines[index], context, samples, steps[index], diagnosed=False, model=model,
                        gradients=gradients).verdict == "equivalent"

    def named(index: int) -> bool:
        # "setting it to zero: ∂J/∂θⱼ = 0" in a display of its own after the derivation ended at the gradient: the
        # name stands for the gradient just derived (the matrix form's rule; a right page was judged wrong at the 0)
        # and only the derivative the derivation opened with (∂J/∂θⱼ again, not ∂J/∂b): the same name, any spelling
        written = gradient_named(steps[index].text)
        return written is not None and written == gradient_named(steps[0].text)

    found = first_order_condition(
        len(steps), 1, lambda index: writes_zero_alone(steps[index].text),
        lambda left, right: _joined_by_equals(document, steps[left], steps[right]), settled, settled, holds,
        named=named)
    if found is None:
        return document, lines, []
    zero, equations = found
    # the derivation ends at the side before the zero, or before the gradient's name heading the zero's display
    cut = zero - 1 if not settled(zero - 1) else zero
    notes = [first_order_note(steps[zero].line, steps[cut - 1].line, last=not equations)]
    if cut < zero:
        notes.append(f"line {steps[zero].line}: the gradient's name set to zero after the derivation ended at it "
                     f"(line {steps[cut - 1].line}) stands for the gradient just derived: the first-order condition, "
                     "not a new derivation")
    if equations:
        notes.append(unchecked_note(steps[zero].line, [steps[index].line for each in equations for index in each]))
    return dataclasses.replace(document, steps=steps[:cut]), lines[:cut], notes


#: Lagrange's prime on a function of one letter: g'(z), \sigma'(z), f^{\prime}(x), σ′(z)
_PRIMED_FUNCTION = patterns.compile(
    r"(?<![A-Za-z\\])(?P<name>g|f|\\sigma|σ)\s*(?:'|′|\^\s*\{?\s*\\prime\s*\}?)\s*"
    r"\(\s*(?P<argument>[a-z])\s*\)")


#: a derivative by a parameter's component i: ∂/∂θ_i, \partial w_{i}, d/dtheta_i
_BY_COMPONENT_I = patterns.compile(r"(?:\\partial|∂|\bd)\s*\\?(?:theta|beta|w|θ|β)\s*_\s*\{?\s*i\s*\}?(?![A-Za-z0-9])")
#: a subscript i (θ_i, x_{i}), which keeps its length when read as j
_SUBSCRIPT_I = patterns.compile(r"(_\s*\{?\s*)i(?=\s*\}?(?![A-Za-z0-9]))")
#: the name carrying a subscript i (θ_i, \theta_{i}, x_i, \mathbf{x}_i)
#: (TeX's unbraced subscript is one letter: y_ilog is y_i log, as CSDN writes it)
_NAME_BEFORE_I = patterns.compile(r"(\\?[A-Za-zθβ]+)\s*\}?\s*_\s*\{?\s*i(?:(?![A-Za-z0-9])|(?=log|ln))")
#: names whose subscript i is a component when the derivative is by θ_i: the parameters and the features
_COMPONENTS_BY_I = frozenset({"theta", "θ", "w", "beta", "β", "x"})
#: anything that could make i the example index or bind it: a sum, a mark (i) or ^i, or j already in use
_EXAMPLE_OR_J = patterns.compile(r"\\sum|Σ|\bsum\b|\(\s*i\s*\)|\^\s*\{?\s*i(?![A-Za-z])|_\s*\{?\s*j(?![A-Za-z])|ⱼ|⁽ⁱ⁾")


def _component_i_as_j(document: Document, wrt: str | None) -> tuple[Document, list[str]]:
    r"""``∂/∂θ_i`` of one example's cost (CS229's LMS for one example): i is the component, read as j.

    logderiv's i is the example index; a derivation by θ_i with no example anywhere (no sum, no
    ``^{(i)}``, no ``^i``) and no j of its own can only mean the component i, and its ``x_i`` the
    feature i. Each subscript i is read as j (a letter for a letter, so columns stay), with a note.
    Beside a sum or an example mark, i keeps its meaning and θ_i is refused as before.
    """
    text = "".join(step.text for step in document.steps)
    if wrt is not None or not _BY_COMPONENT_I.search(text) or _EXAMPLE_OR_J.search(text):
        return document, []
    if any(match.group(1).lstrip("\\") not in _COMPONENTS_BY_I for match in _NAME_BEFORE_I.finditer(text)):
        return document, []  # y_i, h_i: i marks an example there, and θ_i beside it is refused as before
    steps = tuple(dataclasses.replace(step, text=_SUBSCRIPT_I.sub(r"\1j", step.text)) for step in document.steps)
    changed = dataclasses.replace(document, steps=steps)
    if document.wrt is not None:
        changed = dataclasses.replace(changed, wrt=_SUBSCRIPT_I.sub(r"\1j", document.wrt))
    return changed, ["the derivative is by a component θ_i and no example is indexed anywhere (no sum, no ⁽ⁱ⁾): "
                     "i is the feature index here, as in x_i, read as j"]


#: a sum over the examples by i: \sum_i, \sum_{i=1}^m, Σ_i
_SUM_BY_I = patterns.compile(r"(?:\\sum|Σ|∑)\s*_\s*\{?\s*i(?![A-Za-z])")
#: an entry of the data by example and feature, x_{i,j}, x_{ij}: i the example, j the feature
_ENTRY_BY_I_AND_J = patterns.compile(r"(?<![A-Za-z\\])x\s*_\s*\{\s*i\s*,?\s*j\s*\}")
#: a parameter's component written anywhere, θ_i or θ_j (w_{i}, \beta_j): with θ_i under ∂ alone, i is the derivative's
_PARAMETER_COMPONENT = patterns.compile(r"(?<![A-Za-z])\\?(?:theta|beta|w|θ|β)\s*_\s*\{?\s*[ij]\s*\}?(?![A-Za-z0-9])")


def _summed_component_i_as_j(document: Document, wrt: str | None) -> tuple[Document, list[str]]:
    r"""``∂J/∂w_i = (1/m) Σ_i … x_{i,j} …``: the sum binds i, the data's feature index is j, so the component is j.

    A Chinese interview note (after 《统计学习方法》) writes the derivative by w_i and then sums over the examples
    by i, each x_{i,j} the j-th feature of example i. The left side's i cannot be the example (w has one value
    for all examples) and cannot be a component i either, since the right side's only free index is j: the
    writer's slip of a letter, read as ∂J/∂w_j with a note. Only where θ_i or w_i stands under ∂ and nowhere
    else, no θ_j is written, a sum binds i and an entry x_{i,j} names j; otherwise w_i is refused as before.
    """
    text = "".join(step.text for step in document.steps)
    under = len(_BY_COMPONENT_I.findall(text))
    if wrt is not None or not under or not _SUM_BY_I.search(text) or not _ENTRY_BY_I_AND_J.search(text) \
            or len(_PARAMETER_COMPONENT.findall(text)) != under:
        return document, []

    def as_j(match: re.Match[str]) -> str:
        return _SUBSCRIPT_I.sub(r"\1j", match.group(0))

    steps = tuple(dataclasses.replace(step, text=_BY_COMPONENT_I.sub(as_j, step.text)) for step in document.steps)
    changed = dataclasses.replace(document, steps=steps)
    if document.wrt is not None:
        changed = dataclasses.replace(changed, wrt=_SUBSCRIPT_I.sub(r"\1j", document.wrt))
    return changed, ["the derivative is written by a component with the index i, which the sums bind to the "
                     "examples, and the data's entries x_{i,j} name the feature j: read as the component j"]


#: a subscript i on a name, braced or not (x_i, Y_{i}), blanked whole when i marks the one example
_EXAMPLE_SUBSCRIPT = patterns.compile(r"_\s*(?:\{\s*i\s*\}|i(?:(?![A-Za-z0-9])|(?=log|ln)))")
#: names whose subscript i marks an example: the features and the labels (ISLR's X_i, Y_i)
_DATA_BY_I = frozenset({"x", "y", "X", "Y"})
#: the labels alone: their i is the example's beside a component j too (CSDN's −y_i log h(x) for one sample)
_LABELS_BY_I = frozenset({"y", "Y"})
#: what makes i the example index of a sum or a mark: a sum, a mark (i) or ^i
_EXAMPLE = patterns.compile(r"\\sum|Σ|\bsum\b|\(\s*i\s*\)|\^\s*\{?\s*i(?![A-Za-z])|⁽ⁱ⁾")


def _one_example_term(document: Document) -> tuple[Document, list[str]]:
    r"""``∂/∂â (Y_i − (â + b̂x_i))²``: one example's term of a cost, derived with no sum anywhere.

    The writer derives the summand, so i is one example, whichever: its ``Y_i`` and ``x_i`` are
    read as that example's Y and x (the subscript blanked, so columns stay), with a note. Only
    where i marks nothing but the data (no θ_i, no sum, no ⁽ⁱ⁾, no j); otherwise i stays free
    and is refused as before.
    """
    text = "".join(step.text for step in document.steps)
    marked = [match.group(1).lstrip("\\") for match in _NAME_BEFORE_I.finditer(text)]
    # beside a component j, x_i might be feature i; a label y_i is one number per example, never a feature's
    bound = _EXAMPLE.search(text) if set(marked) <= _LABELS_BY_I else _EXAMPLE_OR_J.search(text)
    if not marked or _BY_COMPONENT_I.search(text) or bound \
            or any(name not in _DATA_BY_I for name in marked):
        return document, []
    blank = lambda match: " " * len(match.group(0))  # noqa: E731 - one length-keeping replacement
    steps = tuple(dataclasses.replace(step, text=_EXAMPLE_SUBSCRIPT.sub(blank, step.text)) for step in document.steps)
    shown = ", ".join(sorted({f"{name}_i" for name in marked}))
    return dataclasses.replace(document, steps=steps), [
        f"no sum over the examples anywhere: the derivation is of one example's term, i that example ({shown} "
        "read as its values, whichever i)"]


#: \hat{a}, \hat b: a fitted line's coefficient estimate, and \hat{w} the weights' (notation.latex reads each as the
#: plain letter where it is alone on its line)
_HATTED_COEFFICIENT = patterns.compile(r"\\(?:wide)?hat\s*(?:\{\s*([abcw])\s*\}|([abcw])(?![A-Za-z]))")
#: \hat\beta, \hat{\theta}: an estimate of the parameters (notation.latex reads it as β, θ where it is alone)
_HATTED_PARAMETER = patterns.compile(r"\\(?:wide)?hat\s*(?:\{\s*\\(beta|theta)\s*\}|\\(beta|theta)(?![A-Za-z]))")


#: what holds letters that are no names: a command (\frac, \alpha) and a word in \text{…}, \mathrm{…}
_WORDS_AND_COMMANDS = patterns.compile(r"\\(?:text|mathrm|textrm|mbox|operatorname)\s*\{[^{}]*\}|\\[A-Za-z]+")


def _refuse_a_coefficient_hatted_and_plain(document: Document) -> None:
    r"""Refuse ``â`` on one line and a plain ``a`` on another: the estimate and the coefficient, or one of them?

    Each line is read on its own, and a line that writes â alone reads it as a; a plain a on
    another line would then be taken for the same quantity, silently. Across the whole
    derivation, both written is two readings, and the reader is asked.
    """
    texts = [step.text for step in document.steps]
    hatted = {match.group(1) or match.group(2) for text in texts for match in _HATTED_COEFFICIENT.finditer(text)}
    for letter in sorted(hatted):
        for step in document.steps:
            # in TeX every letter outside a command (and a \text{…} word) is a name of its own: ax is a times x
            bare = _HATTED_COEFFICIENT.sub(lambda match: " " * len(match.group(0)), step.text)
            bare = _WORDS_AND_COMMANDS.sub(lambda match: " " * len(match.group(0)), bare)
            found = re.search(letter, bare)
            if found is not None:
                _refuse_both_written(document, step, found.start(), letter,
                                     _estimates_stated(document, _HATTED_COEFFICIENT, letter, plain=letter))
    # \hat\beta on one line and \beta on another: each line read alone takes β̂ for β (pages2's review)
    greek = {match.group(1) or match.group(2) for text in texts for match in _HATTED_PARAMETER.finditer(text)}
    for name in sorted(greek):
        for step in document.steps:
            bare = _HATTED_PARAMETER.sub(lambda match: " " * len(match.group(0)), step.text)
            found = re.search(rf"\\{name}(?![A-Za-z])", bare)
            if found is not None:
                _refuse_both_written(document, step, found.start(), f"\\{name}",
                                     _estimates_stated(document, _HATTED_PARAMETER, name, plain=rf"\\{name}(?![A-Za-z])"))


def _estimates_stated(document: Document, hatted: re.Pattern[str], name: str, *, plain: str) -> list[int]:
    r"""The offsets of the hatted ``name``'s every occurrence where each only states the estimate, or [].

    ``… \Longrightarrow \hat\beta = (X^TX)^{-1}X^Ty``: the hatted name ends its step (the left side of an '='), and
    the next step, its value, holds no plain ``name`` and no derivative — the estimate, the β where the gradient is
    0, stated after the derivation. Said in the refusal (not read: such a line is not set aside yet)."""
    steps = document.steps
    offsets = []
    for number, step in enumerate(steps):
        for match in hatted.finditer(step.text):
            if (match.group(1) or match.group(2)) != name:
                continue
            after = steps[number + 1].text if number + 1 < len(steps) else ""
            if step.text[match.end():].strip() or not after.strip() \
                    or re.search(plain, after if plain.startswith("\\") else _WORDS_AND_COMMANDS.sub(" ", after)) \
                    or re.search(r"\\partial|\\nabla|∂|∇", after):
                return []
            offsets.append(step.offset + match.start())
    return offsets


def _refuse_both_written(document: Document, step: WrittenStep, at: int, letter: str,
                         estimates: list[int] | None = None) -> None:
    if estimates:
        # cold42's Spanish notes: ∇J = −2Xᵀy + 2XᵀXβ, then "= 0 ⟹ XᵀXβ = Xᵀy ⟹ β̂ = (XᵀX)⁻¹Xᵀy": the estimate stated
        places = ", ".join(sorted({f"line {locate(document.source, offset)[0]}" for offset in estimates},
                                  key=lambda place: int(place.split()[1])))
        raise InputError(
            f"\\hat{{{letter}}} is written only where the page states the estimate, \\hat{{{letter}}} = … ({places}), "
            f"the {letter} where the gradient is 0, and a plain {letter} in the lines derived: that statement is no "
            "step of the derivation, but logderiv does not set it aside, and reads one quantity by one name",
            source=document.source, column=step.offset + at,
            line=locate(document.source, step.offset + at)[0], label="FILE",
            hint=f"leave the estimate's line (\\hat{{{letter}}} = …) out of the maths, in prose, and derive by {letter}")
    raise InputError(
        f"\\hat{{{letter}}} and a plain {letter} are both written: the estimate and the coefficient are "
        "two quantities, or one written two ways; logderiv does not pick",
        source=document.source, column=step.offset + at,
        line=locate(document.source, step.offset + at)[0], label="FILE",
        hint=f"write the coefficient one way (\\hat{{{letter}}} or {letter}) on every line")


def _columns_as_components(document: Document,
                           wrt: str | None) -> tuple[Document, dict[int, tuple[PatternLine, WrittenStep]]]:
    r"""A line written as a column of one pattern (``( …x_0, \dots, …x_n )``) read as its entry at θⱼ.

    Every line is compared at the component θⱼ (``--wrt``'s index); a column whose entries are
    one pattern stands for every component by it, so at θⱼ it is its pattern at j. The line's
    text keeps its length (the other entries blanked), so a caret still points where it is
    written. Returns the document and, by step, the columns so read (held against the cost's
    parameters once the cost is known: :func:`_column_numbering`).
    """
    from ..notation.columns import one_pattern_line

    index = re.search(r"_\s*\{?\s*([jkl])\s*\}?\s*$", wrt or "theta_j")
    letter = index.group(1) if index else "j"
    steps: list[WrittenStep] = []
    columns: dict[int, tuple[PatternLine, WrittenStep]] = {}
    for number, step in enumerate(document.steps):
        line = one_pattern_line(step.text, letter)
        if line is not None:
            columns[number] = (line, step)
            step = dataclasses.replace(step, text=line.text)
        steps.append(step)
    if not columns:
        return document, {}
    return dataclasses.replace(document, steps=tuple(steps)), columns


def _without_restated_cost(document: Document) -> tuple[Document, list[str]]:
    """The document without its rows ``J = J`` (the cost's name on both sides), and the notes that say so.

    Such a row restates the cost, as notes do before deriving it; judged as a
    step, its first J would be held against ∂J/∂θⱼ and marked wrong, or taken
    for the cost's definition (a cost without θ).
    """
    steps = document.steps
    kept, notes, source = list(steps), [], document.source
    for index in range(len(steps) - 1):
        left, right = steps[index], steps[index + 1]
        left_name, right_name = (_COST_NAME_ONLY.fullmatch(step.text) for step in (left, right))
        if left_name is None or right_name is None or left_name.group("name") != right_name.group("name"):
            continue
        row_start = index == 0 or not _joined_by_equals(document, steps[index - 1], left)
        row_end = index + 2 == len(steps) or not _joined_by_equals(document, right, steps[index + 2])
        if row_start and row_end and _joined_by_equals(document, left, right):
            kept = [step for step in kept if step is not left and step is not right]
            # blanked (newlines kept, so lines and columns stay): its '=' no longer joins the rows around it
            stop = right.offset + len(right.text)
            source = source[:left.offset] + re.sub(r"[^\n]", " ", source[left.offset:stop]) + source[stop:]
            notes.append(f"line {left.line} only restates the cost ({left.written} = {right.written}): "
                         "not a step of the derivation, not read")
    if len(kept) < 2:
        return document, []
    return dataclasses.replace(document, steps=tuple(kept), source=source), notes


def _without_unused_note_of_line_lets(notes: list[str], definitions: Mapping[sympy.Basic, sympy.Expr]) -> list[str]:
    """The notes, less "--let p is defined but not used" for a name the cost leaves out and a line uses."""
    from .check import _name

    used = {_name(key) for key in definitions}
    prefix, suffix = "--let ", " is defined but not used"
    return [note for note in notes
            if not (note.startswith(prefix) and note.endswith(suffix) and note[len(prefix):-len(suffix)] in used)]


def _column_numbering(document: Document, columns: Mapping[int, tuple[PatternLine, WrittenStep]],
                      problem: Problem) -> list[str]:
    """The notes of the lines read as columns; a column whose entries are not the cost's components is refused."""
    from ..verify.columns import parameters_of, pattern_numbering

    notes: list[str] = []
    if not columns:
        return notes
    parameters = parameters_of(problem)
    index = problem.wrt.indices[-1] if parameters is not None else None
    for line, step in columns.values():
        if parameters is None or index is None or index.is_Integer:
            raise InputError(f"line {step.line} is a {line.shape} of components, and the derivative checked is "
                             f"∂J/∂{problem.wrt}: one number, not the components",
                             source=document.source, column=step.offset, line=step.line, label="FILE",
                             hint="check the column with --wrt theta_j (every component), or write the one entry")
        if parameters.numbered or not parameters.alike:
            # a line is compared at θⱼ only: where θ₀ (or θ₁) has a component of its own, the column's entry for it
            # would go unchecked
            raise InputError(f"line {step.line} is a {line.shape} of components, and this cost's "
                             f"{', '.join(f'{parameters.shown}_{index}' for index in parameters.numbered) or 'intercept'}"
                             " has a component of its own: the line is compared at θⱼ only, so that entry would go "
                             "unchecked", source=document.source, column=step.offset, line=step.line, label="FILE",
                             hint="check the column on its own with logderiv check, entry by entry")
        said = pattern_numbering(parameters, line.indices, line.shape, source=document.source,
                                 column=step.offset + len(step.text) - len(step.text.lstrip()), line=step.line,
                                 letter=str(index))
        notes += [f"line {step.line} is {said[0]}", *said[1:]]
    return notes


def _component_gradients(problem: Problem, model: WrittenModel) -> dict[int, sympy.Expr]:
    """∂J/∂θ_c for each component c the written-out model's lines are checked at, each derived on its own."""
    from ..engine.driver import derive_problem
    from .written_model import checked_components

    return {c: derive_problem(dataclasses.replace(problem, wrt=model.base[c])).result
            for c in checked_components(model)}


def _compare(before: sympy.Expr, after: sympy.Expr, problem: Problem, samples: Samples, step: WrittenStep, *,
             diagnosed: bool, model: WrittenModel | None = None,
             gradients: Mapping[int, sympy.Expr] | None = None,
             wording: tuple[str, str] = ("this line", "the previous line")) -> Verdict:
    """``judge`` on two lines: ``equivalent`` or ``different`` (confirmed at 50 digits), diagnosed if asked.

    For a written-out model (``model``) the two are compared at each of its θⱼ
    (x₀ = 1, n = the features it writes); ``gradients`` then gives ``before``
    per component (the general-j gradient leaves θ₀ out). ``wording`` names the two in the verdict's notes.
    """
    if model is None:
        verdict = judge(before, after, problem, samples=samples, final=False, diagnosed=diagnosed,
                        wording=wording)
    else:
        from ..equality.numeric import Size
        from .written_model import at_component, checked_components

        for c in checked_components(model):
            left = gradients[c] if gradients else at_component(before, model, c)
            verdict = judge(left, at_component(after, model, c), dataclasses.replace(problem, wrt=model.base[c]),
                            samples=samples, final=False, diagnosed=diagnosed,
                            wording=wording, reported=problem,
                            sizes=tuple(Size(m=m, n=model.top, j=c) for m in (2, 3)))
            if verdict.verdict != "equivalent":
                break
    if verdict.verdict == "undecided":
        raise UnsupportedError(
            f"could not check line {step.line}: it is undefined at every random point tried",
            hint="logderiv checks each step numerically; an expression must be finite somewhere",
        )
    return verdict


# --- reading the lines --------------------------------------------------------------------


def _parse_step(text: str, notation: Input) -> tree.Node:
    """Read one step's text, plain notation or LaTeX, into a tree."""
    from ..notation import parse_text

    return parse_text(text, input=notation).tree


def _relocated(error: InputError, document: Document, offset: int, length: int | None = None) -> InputError:
    """``error``, found in text that starts at ``offset`` in the document, pointing into the document."""
    if error.column is None:
        column = offset
    else:
        column = offset + min(error.column, length if length is not None else error.column)
    relocated = type(error)(
        error.message,
        source=document.source,
        column=column,
        hint=error.hint,
        label=None,
        line=locate(document.source, column)[0],
    )
    return relocated


def _let_names(lets: Sequence[str], input: Input) -> set[str]:
    """The names the ``--let`` texts define, for reading the lines (``yhat`` is one name).

    Each, as the cost is read with them: p_i defined beside the lines is the page's p, never the prediction
    h that a bare p is read as.
    """
    if not lets:
        return set()
    from ..notation import read_lets

    parsed, multi_letter = read_lets(lets, input=input)[:2]
    return multi_letter | {name for name, _, _ in parsed}


def _line_lets(problem: Problem, lets: Sequence[str], input: Input,
               preset: bool = False) -> tuple[list[Let], list[str]]:
    """The ``--let`` definitions the lines use beyond the problem's: every one with a preset, else the cost's unused."""
    if not lets:
        return [], []
    from ..notation import read_lets
    from .check import _name

    defined = {_name(key) for key in problem.definitions}
    read, _, notes = read_lets(lets, input=input, names=defined)
    from .check import reads_every_component
    from ..notation import zero_intercept

    if reads_every_component(problem) and any(zero_intercept.holds_intercept_sums(value) for _, value, _ in read):
        # the page's h_θ = Σ_{j=0}^{n} θⱼxⱼ beside a cost of θᵀx: Ng's sum over every component, as a line's is read
        # (every_component); left as θ₀ + Σₖ₌₁ⁿ θₖxₖ, the page's own h was refused as another model (cold30)
        read = [(name, zero_intercept.as_every_component(value), text) for name, value, text in read]
        notes = zero_intercept.every_component_notes(notes)
    from ..verify.sides import agreeing_lets, prediction_let_against_the_model

    # a let of a name a preset defines already (the page's h(x) = tanh(θᵀx) beside the default cost's σ) is the
    # preset's own only when it agrees with it: dropped unchecked, the lines were read with the cost's h under a note
    # saying the page's, and a derivation right only for σ was judged 'gradient' (audit32)
    try:
        if preset:
            read = agreeing_lets(problem, read, ())[0] + [let for let in read if let[0] in defined]
    except InputError as error:
        if "differs from the problem's own" not in error.message:
            raise
        name = next(let[0] for let in read if let[0] in defined)
        raise InputError(f"{name} is defined here otherwise than the cost defines it: the lines would be read with "
                         f"the cost's {name}, not this one", source=error.source, column=0, label=error.label,
                         hint=f"give the cost written with this {name} with --cost (a formula), or leave the "
                              "definition out") from None
    own = [(name, value, text) for name, value, text in read if name not in defined]

    # --cost linear beside a page's h = σ(θᵀx): the lines would be read with a model the cost is not of
    prediction_let_against_the_model(problem, own)
    from ..notation import sigmoid_derivative

    # a σ′ let set aside (fixold33) is a let the writer gave and logderiv did not read: said even when no let is left
    # for the lines, or the set-aside was silent (audit33f)
    return own, notes if own else [note for note in notes if sigmoid_derivative.is_set_aside_note(note)]


def _refuse_a_reason_defining_a_name_otherwise(document: Document, problem: Problem, input: Input) -> None:
    """Refuse ``… \\quad \\because h = \\tanh(θᵀx)`` beside a cost whose h is another model's.

    A reason is the step's annotation and is not checked; but one that defines a name of the cost says which model
    the writer's lines are of: read with the cost's h instead, a derivation right only for σ was judged 'gradient'
    for a writer whose h is tanh (audit32). A reason that agrees with the cost, or defines nothing, stays a note.
    """
    from ..notation import read_lets
    from .check import _name
    from ..verify.sides import agreeing_lets

    defined = {_name(key) for key in problem.definitions}
    for step in document.steps:
        if not step.rule or not step.rule.startswith("because ") or "=" not in step.rule:
            continue
        reason, read = step.rule[len("because "):], []
        try:
            read = [let for let in read_lets([reason], input=input, names=defined)[0] if let[0] in defined]
            agreeing_lets(problem, read, ())
        except InputError as error:
            if not read or "differs from the problem's own" not in error.message:
                continue  # a reason that is no definition of the cost's names: the step's annotation, as before
            raise _relocated(InputError(
                f"the reason beside this step, 'because {reason}', defines {read[0][0]} otherwise than the cost "
                f"does: the step's lines would be read with the cost's {read[0][0]}, not the writer's",
                source=step.text, column=0, label="FILE",
                hint=f"give the cost of the writer's {read[0][0]} with --cost (a formula)"), document,
                step.offset + len(step.text) - len(step.text.lstrip()), len(step.text)) from None


def _parse_in(document: Document, step: WrittenStep, names: Collection[str] = (),
              functions: Mapping[str, FunctionDef] | None = None) -> Parsed:
    """One step read, with its notes (a :class:`~logderiv.notation.parsed.Parsed`).

    ``functions``: those the page defines (``g(z) = \\tanh(z)``, :func:`_page_functions`), their calls expanded:
    read_lets puts a function into the lets that call it only, so a line calling g itself read Ng's sigmoid g.
    """
    from ..notation import parse_text
    from ..notation.functions import expand, has_calls, ordered_names

    try:
        parsed = parse_text(step.text, input=document.notation, names=names,
                            functions=ordered_names(list(functions.values())) if functions else ())
        if functions and has_calls(parsed.tree):
            expanded, notes = expand(parsed.tree, functions, step.text, "FILE")
            parsed = dataclasses.replace(parsed, tree=expanded, notes=(*parsed.notes, *notes))
        return parsed
    except InputError as error:
        raise _relocated(_as_matrix_form(error, step), document, step.offset, len(step.text)) from None


def _page_functions(lets: Sequence[str], input: Input) -> dict[str, FunctionDef]:
    """The functions the --let texts (a page's definitions among them) define: ``g(z) = \\tanh(z)`` by name."""
    if not lets:
        return {}
    from ..notation import read_definitions

    return read_definitions(lets, input=input)[3]


#: the data matrix as notes spell it, where the parser wanted a vector (wᵀXᵀXw, yᵀ\textbf{X}w)
_DATA_MATRIX = patterns.compile(r"(?:\\(?:textbf|mathbf|boldsymbol|bm)\s*\{\s*X\s*\}|X)(?![A-Za-z])")


def _as_matrix_form(error: InputError, step: WrittenStep) -> InputError:
    """A line that puts the data matrix after a transposed vector (``w^TX^TXw``) is in matrix form: say that.

    The parser's own words (a dot product needs a vector here) are true but do not
    tell the writer that a derivation in matrix form is not read line by line yet.
    """
    if error.column is None or error.source != step.text or not error.message.startswith("a dot product needs"):
        return error
    if not _DATA_MATRIX.match(step.text, error.column):
        return error
    return InputError(
        "a line in matrix form (a transposed vector times the data matrix, as in wᵀXᵀXw) is not read: "
        "a derivation in matrix form is not checked step by step yet",
        source=error.source, column=error.column, label=error.label, line=error.line,
        hint="check its last line as an answer (logderiv check reads matrix notation), "
             "or write the lines in index form: sums over i, w_j, x_j^(i)",
    )


def _refuse_zero_based_beside_numbered(document: Document, step: WrittenStep, parsed: Parsed,
                                       problem: Problem) -> None:
    """A step's model numbered from 0 (θᵀx over every feature) beside a cost with an intercept θ₀ of its own;
    a step's ``!y`` (1 − y for 0/1 labels) or ``\\sigma^{(i)}`` (σ(θᵀx⁽ⁱ⁾)) beside a cost for labels ±1."""
    from .check import refuse_zero_based_beside_numbered
    from ..verify.labels import refuse_example_sigmoid_of_signed_labels, refuse_not_of_signed_labels

    try:
        refuse_zero_based_beside_numbered(problem, step.text, parsed.notes)
        refuse_not_of_signed_labels(problem, step.text, parsed.notes, "FILE")
        refuse_example_sigmoid_of_signed_labels(problem, step.text, parsed.notes, "FILE")
    except InputError as error:
        raise _relocated(error, document, step.offset, len(step.text)) from None


def _refuse_data_beside_feature_map(document: Document, step: WrittenStep, parsed: Parsed,
                                    costs_notes: Sequence[str]) -> None:
    """A line in x beside a cost whose φ(x⁽ⁱ⁾) is read as the features, or a line in φ(x) beside a cost in x.

    As an answer is (:func:`~logderiv.notation.conventions.refuse_data_beside_feature_map`): the line's x and the
    cost's φ(x) would be one quantity, so a step from Σ(y − wᵀφ(x))² to −2Σ(y − wᵀx)x held (audit27g).
    ``costs_notes``: what reading the cost noted (with the lines', where the lines give the cost).
    """
    from ..notation import conventions

    try:
        conventions.refuse_data_beside_feature_map(step.text, "FILE", costs_notes, parsed.notes)
    except InputError as error:
        raise _relocated(error, document, step.offset, len(step.text)) from None


#: a step's range of its component index set aside, from 0 (the LaTeX reader's note): 'j = 0, 1, \ldots, D'
_RANGE_FROM_ZERO = patterns.compile(r"^'[^']*?(?<![A-Za-z\\])[a-z]\s*(?:=|\\in\s*\\?\{)\s*0\s*,[^']*' says for which "
                                    r"components the formula holds")
#: a sum over the features from 1 in the cost's text (a penalty Σ_{k=1}^{D} w_k² that leaves the intercept w₀ out)
_FEATURE_SUM_FROM_ONE = patterns.compile(r"\\sum\s*_\s*\{?\s*[jkl]\s*=\s*1\s*\}?")


def _refuse_a_range_from_0_beside_a_sum_from_1(document: Document, step: WrittenStep, parsed: Parsed,
                                               problem: Problem) -> None:
    """Refuse ``∂J/∂w_j = Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ + λw_j, j = 0, 1, …, D`` beside a cost whose penalty is Σ_{k=1}^{D} w_k².

    The range says the formula holds at j = 0 too, so w has an entry w₀ (the intercept, xᵢ₀ = 1) which the
    cost's sum from 1 leaves out; logderiv numbers the entries 1..n and reads the sum as all of them, so the line
    was judged the gradient though at j = 0 it is not (no λw₀ there, by hand) (audit32). Which entries the cost's
    sum covers is not said: refused.
    """
    if not any(_RANGE_FROM_ZERO.match(note) for note in parsed.notes):
        return
    found = _FEATURE_SUM_FROM_ONE.search(problem.source or "")
    if found is None:
        return
    raise _relocated(InputError(
        f"the range beside this line numbers the components from 0, but the cost sums over them from 1 "
        f"('{found.group(0)}'): is the entry 0 (an intercept) in that sum or not? The line is not the gradient at "
        "j = 0 in one reading", source=step.text, column=0, label="FILE",
        hint="number the components as the cost does, or write the cost's sums over every component"),
        document, step.offset + len(step.text) - len(step.text.lstrip()), len(step.text))


def _refuse_a_derivative_of_an_undefined_name(document: Document, step: WrittenStep, line: sympy.Expr,
                                              definitions: Mapping[sympy.Basic, sympy.Expr], name: str) -> None:
    """Refuse ``∂L/∂θⱼ = …`` (or ``\\nabla_\\theta L(\\theta)``) on a page whose cost is J and which defines no L.

    The undefined capital was read as a number, so its derivative is 0 and a line right for the cost J was judged
    'wrong' with a counterexample 'L = 1.06' (audit32): a writer differentiating a name means the cost by it (a
    slip for J) or another objective, never a constant. Which is not said.
    """
    for derivative in line.atoms(sympy.Derivative):
        letter = derivative.expr
        if isinstance(letter, sympy.Symbol) and letter not in definitions and letter.name[:1].isupper() \
                and len(letter.name) <= 2 and letter.name != name:
            raise _relocated(InputError(
                f"this line differentiates {letter.name}, which nothing on the page defines (the cost is {name}): "
                f"read as a number its derivative would be 0; is {letter.name} the cost {name}, or another objective?",
                source=step.text, column=0, label="FILE",
                hint=f"write ∂{name}/∂… for the cost's derivative, or define {letter.name} on the page"),
                document, step.offset + max(step.text.find(letter.name), 0), len(step.text))


def _refuse_a_cost_named_apart(document: Document, step: WrittenStep, line: sympy.Expr,
                               definitions: Mapping[sympy.Basic, sympy.Expr], name: str) -> None:
    """Refuse J in a line (``∂J/∂θⱼ = −(1/m) ∂ℓ/∂θⱼ = …``) on a page whose cost is defined as ℓ or L, and J nowhere.

    J was put in as the cost defined (:func:`_with_cost`), so a page defining the log-likelihood ℓ and deriving the
    cost J = −ℓ/m had its right line −(1/m)∂ℓ/∂θⱼ called wrong, and a page deriving one example's L and then the
    mean ∂J/∂θⱼ = (1/m)Σ… had its mean called wrong (audit25s): notes name by J the mean, the negated
    log-likelihood, as often as the cost they defined. Which one J is, is the writer's to say.
    """
    cost = symbols.scalar(_COST_NAME)
    if name == _COST_NAME or cost in definitions or cost not in line.free_symbols:
        return
    at = next((match.start() for match in re.finditer(r"(?<![A-Za-z\\])J(?![A-Za-z])", step.text)), 0)
    raise _relocated(InputError(
        f"this line writes J, and the page defines its cost as {name}, not J: J may be {name} itself, or a cost made "
        f"from it (the negated mean −{name}/m of a log-likelihood, the mean of one example's loss over the examples); "
        "which is not said",
        source=step.text, column=0, label="FILE",
        hint=f"write ∂{name}/∂… where J is {name}; where J is another cost, define J written out (J(θ) = …) in place "
             f"of {name}"),
        document, step.offset + at, len(step.text))


def _refuse_a_count_of_its_own(document: Document, step: WrittenStep, parsed: Parsed, problem: Problem, *,
                               written: bool, given: bool = False, page: str = "", lets: Sequence[str] = ()) -> None:
    """Refuse a line's own count of the examples (``(1/N) Σᵢ``, ``(2/n) Σᵢ``) where the cost counts them by m.

    The line's reader takes 1/N before a sum (or a bound Σ_{i=1}^{N}) for a count of the examples and reads
    N as m: right for a line read alone, but here the cost the page (or --cost) writes counts by m, and
    whether the line's N is that m renamed or another count (a batch) cannot be told; read as m, a line of
    another count was judged the gradient (audit30). A letter the cost's text writes too is its count.
    Against a preset or the default, which the page never wrote, only n is refused, as ``check`` refuses
    it: n is the cost's count of the features there; but a page checked against a preset given with --cost that
    writes n only as its count of the examples (:func:`_n_counts_only_the_examples`) means the preset's m by it.
    A cost that is a name the page defines (``minimize D = Σ_{i=1}^{n} (y_i − (ax_i + b))²``, read as --let D=…, the
    cost J = D) writes its count in that definition: a letter that definition, read as a line is, counts the examples
    by is the cost's own count (:func:`_examples_counted_by_the_definition`); a letter it writes otherwise (n in a
    penalty λ Σ_{j=1}^{n} w_j², the features' count) is not, or a line's slip Σ_{i=1}^{n} was read as Σ_{i=1}^{m}
    (audderiv38).
    """
    from .check import _counted

    cost_text = _cost_text(problem.source or "", lets)
    counted = _counted(parsed.notes)
    by_the_cost = sorted(letter for letter, (over, target) in _counted(problem.notes).items()
                         if over == "examples" and target == "m" and letter != "m")
    if written and by_the_cost and "m" not in counted and _written_letter("m", step.text) is not None \
            and not any(_written_letter(letter, step.text) for letter in by_the_cost) \
            and _written_letter("m", cost_text) is None:
        # the other way round: the cost counts by N (read as m), the line by m (a cost that writes m itself, as the
        # slope of m x beside a count n, is left to the slope's own refusal, which says what that m is)
        place = _written_letter("m", step.text)
        error = InputError(
            f"m counts the examples in this line, but the cost counts them by {by_the_cost[0]}: whether this m is "
            f"the cost's {by_the_cost[0]} cannot be told",
            source=step.text, column=place.start() if place is not None else 0, label="FILE",
            hint=f"count the examples with the cost's letter ({by_the_cost[0]}), or write the cost with m")
        raise _relocated(error, document, step.offset, len(step.text)) from None
    for letter, (over, target) in sorted(counted.items()):
        if over != "examples" or target != "m" or letter == "m":
            continue
        if _written_letter(letter, problem.source or "") or letter in _examples_counted_by_the_definition(
                problem.source or "", lets, document.notation):
            continue  # the cost counts by N too (read as m there): the same count
        if not written and letter != "n":
            continue
        if given and _n_counts_only_the_examples(page or document.source):
            continue  # the page's n divides its sums over the examples and names nothing else: the preset's m
        # the reader has already renamed the letter m in the tree: find it in the text
        place = _written_letter(letter, step.text)
        counts = "counts the examples by m" if written else "counts its features by n"
        error = InputError(
            f"{letter} counts the examples in this line, but the cost {counts}: whether this {letter} is the "
            "cost's m cannot be told",
            source=step.text, column=place.start() if place is not None else 0,
            label="FILE", hint="count the examples with the cost's letter (m), or write the cost with the line's",
        )
        raise _relocated(error, document, step.offset, len(step.text)) from None


#: the name a cost is written as alone (D, SSE, E), or the first line's derivative of it (\frac{∂ D}{∂ a}, ∂D/∂a):
#: the cost is then that name's definition
_OPERATOR = r"(?:∂|d|\\partial|\\delta|δ)"
_COST_AS_A_NAME = patterns.compile(
    r"\s*(?:(?P<name>[A-Za-z][A-Za-z0-9]*)"
    r"|\\[dt]?frac\s*\{\s*" + _OPERATOR + r"\s*(?P<top>[A-Za-z][A-Za-z0-9]*)\s*\}\s*\{\s*" + _OPERATOR
    + r"\s*[A-Za-z][A-Za-z0-9_{}]*\s*\}"
    r"|" + _OPERATOR + r"\s*(?P<over>[A-Za-z][A-Za-z0-9]*)\s*/\s*" + _OPERATOR + r"\s*[A-Za-z][A-Za-z0-9_{}]*)\s*")


def _cost_text(source: str, lets: Sequence[str]) -> str:
    """The cost's text, and where the cost is written as one name the lets define (J = D, --let D=Σ…), that
    definition's too: the letters the cost counts its examples by are written there."""
    named = _COST_AS_A_NAME.fullmatch(source)
    if named is None:
        return source
    name = named.group("name") or named.group("top") or named.group("over")
    defining = patterns.compile(r"\s*" + re.escape(name) + r"\s*=(?!=)")
    return " ".join([source, *(let[found.end():] for let in lets
                               if (found := defining.match(let)) is not None)])


def _examples_counted_by_the_definition(source: str, lets: Sequence[str], notation: Input) -> frozenset[str]:
    """The letters the definition of a cost written as one name (:func:`_cost_text`) counts the examples by.

    The definition is read as a line is: a letter its reader renames m, as the count of the examples (Σ_{i=1}^{n}
    over them, 1/N before such a sum), is the cost's count. Every other letter written there (n bounding a sum over
    the features, a constant) is not; a definition that cannot be read counts by none (the line is refused).
    """
    from ..notation import parse_text
    from .check import _counted

    named = _COST_AS_A_NAME.fullmatch(source)
    if named is None:
        return frozenset()
    name = named.group("name") or named.group("top") or named.group("over")
    defining = patterns.compile(r"\s*" + re.escape(name) + r"\s*=(?!=)")
    definitions = [let[found.end():] for let in lets if (found := defining.match(let)) is not None]
    if len(definitions) != 1:
        return frozenset()  # none, or defined twice: which one the cost is cannot be told
    try:
        parsed = parse_text(definitions[0], input=notation, names=_let_names(lets, notation))
    except InputError:
        return frozenset()
    return frozenset(letter for letter, (over, target) in _counted(parsed.notes).items()
                     if over == "examples" and target == "m")


#: n where a page divides by it (1/n, (1/n), 1/(2n), 1/(2*n), \\frac{1}{n}, \\frac{2}{n}): the one place a page that
#: counts only its examples by n writes it
_N_AS_A_DIVISOR = patterns.compile(r"(?:/\s*\(?|\\frac\s*\{[^{}]*\}\s*\{)\s*(?:\d+\s*\*?\s*)?(?P<n>n)(?![A-Za-z0-9_^'(])")
#: n as a letter of its own (not of a word, not of \\frac): ASCII letters only, so n个特征 and n이라 are n
_N_WRITTEN = patterns.compile(r"(?<![A-Za-z\\])n(?![A-Za-z])")


def _n_counts_only_the_examples(source: str) -> bool:
    """Whether a page checked against a preset writes n only as its count of the examples (``-(1/n) * Σ [y_i …]``).

    A preset counts the examples by m and its features by n. A page that never writes m or N, and writes n nowhere
    but as a divisor (``(1/n)``, ``\\frac{1}{n}``), uses n for one count only, the one its lines divide their sums
    over the examples by, as many ML notes do: that n is the preset's m, in its lines in index form (the line
    reader's note says so) and in matrix form alike (``∇L = (1/n) Xᵀ(ŷ − y)``,
    :func:`_matrix_line_in_the_presets_count`). ``source``: the whole page, its prose too. Any other n — a bound or
    an index (Σ_{j=1}^{n}, x_n, j = 1..n, range(n)), a script of its own (n_features, ℝⁿ), n in words of any
    language (n 个特征, 特徴量の数を n, n características, n-dimensional, dim(x) = n) — may count the features, and
    the words saying so are too many to list (audit25d: each of those was read as the examples): the reading is off.
    """
    if _written_letter("m", source) is not None or _written_letter("N", source) is not None or "ₙ" in source \
            or "ⁿ" in source:
        return False
    divisors = {found.start("n") for found in _N_AS_A_DIVISOR.finditer(source)}
    divisors |= _n_bounding_the_examples(source)
    written = [found.start() for found in _N_WRITTEN.finditer(source)]
    return bool(written) and all(place in divisors for place in written)


#: n as the upper bound of a sum over i from 1 (``\sum_{i=1}^{n}``, ``\sum^{n}_{i=1}``)
_N_BOUNDING_I = patterns.compile(
    r"\\sum\s*(?:_\s*\{\s*i\s*=\s*1\s*\}\s*\^\s*(?:\{\s*(?P<n>n)\s*\}|(?P<n2>n)(?![A-Za-z0-9]))"
    r"|\^\s*(?:\{\s*(?P<n3>n)\s*\}|(?P<n4>n)(?![A-Za-z0-9]))\s*_\s*\{\s*i\s*=\s*1\s*\})")
#: i as Ng's mark of the example, ``^{(i)}`` (x^{(i)}, y^{(i)}, h_θ(x^{(i)}))
_EXAMPLE_MARK_I = patterns.compile(r"\^\s*\{\s*\(\s*i\s*\)\s*\}")
#: i as a letter of its own
_I_WRITTEN = patterns.compile(r"(?<![A-Za-z\\])i(?![A-Za-z])")


def _n_bounding_the_examples(source: str) -> set[int]:
    """Where ``source`` writes n as the bound of a sum over the examples: ``\\sum_{i=1}^{n}`` on a page whose i is
    written nowhere but in such a sum's ``i=1`` and in Ng's marks of the example, ``x^{(i)}``, ``y^{(i)}`` (cold37's
    German notes: J(θ₀, θ₁) = (1/2n) Σ_{i=1}^{n} (h_θ(x^{(i)}) − y^{(i)})²). Such an n counts the examples as surely
    as a divisor does; an i written any other way (x_i, θ_i, an index of the features) leaves the set empty."""
    bounds = list(_N_BOUNDING_I.finditer(source))
    if not bounds:
        return set()
    allowed = {found.start() + found.group().index("i") for found in bounds}
    marks = list(_EXAMPLE_MARK_I.finditer(source))
    if not marks:
        return set()
    allowed |= {found.start() + found.group().index("i") for found in marks}
    if any(found.start() not in allowed for found in _I_WRITTEN.finditer(source)):
        return set()
    return {found.start(next(name for name in ("n", "n2", "n3", "n4") if found.group(name) is not None))
            for found in bounds}


def _matrix_line_in_the_presets_count(document: Document, step: WrittenStep, node: tree.Node,
                                      notes: list[str]) -> tree.Node:
    """A matrix line's n read as the preset's m where the page counts only its examples by n (noted once)."""
    if not any(isinstance(each, tree.Variable) and each.name == "n" for each in tree.walk(node)):
        return node
    notes.append(f"line {step.line} divides by n in matrix notation, and the page writes n only as its count of the "
                 "examples (never m, never n as a bound or an index): n is read as m there too")
    return tree.rename(node, "n", "m")


def _written_letter(letter: str, text: str) -> re.Match[str] | None:
    """Where ``text`` writes ``letter`` as a letter of its own (the m of ``\\frac{1}{m}``, not of ``\\mathbf``)."""
    return re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", text)


def _slope_as_in_cost(document: Document, step: WrittenStep, parsed: Parsed, problem: Problem) -> tree.Node:
    """The step's tree with its m read as the cost's slope (``ŷ = m x + b`` beside n counting the examples)."""
    from .check import _slope_as_in_cost as as_in_cost

    try:
        return as_in_cost(step.text, parsed, [], (), problem)[0].tree
    except InputError as error:
        raise _relocated(error, document, step.offset, len(step.text)) from None


def _build(document: Document, step: WrittenStep, node: tree.Node, problem: Problem,
           lets: Sequence[Let] = ()) -> Expression:
    try:
        return build_expression(node, source=step.text, definitions_of=problem, lets=lets)
    except InputError as error:
        if error.source != step.text:
            raise
        raise _relocated(error, document, step.offset, len(step.text)) from None


def _vectorised_ending(document: Document) -> tuple[Document, bool, list[str]]:
    """Whether a derivation in index form goes on in matrix form, the document with ∇J(θ)'s argument kept, and the
    notes on how a restated name was read.

    Notes derive ∂J/∂θⱼ = … = (1/m) Σᵢ (h − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ and then write the whole gradient vectorised,
    ∇_θ J = (1/m) Xᵀ(g(Xθ) − y) (CS229's problem set write-ups, Coursera's notes): entry j of that vector is
    ∂J/∂θⱼ, so the matrix line is read as its entry j (the definitions of the matrix product: Xᵢⱼ = xⱼ⁽ⁱ⁾), a
    step like any other. Only when every line is in index form with the component j, in matrix notation, or
    the derivative's name (∂J/∂θⱼ, ∇J(θ)), and every line in index form comes before the first in matrix
    notation: a derivation that goes back and forth, or opens in matrix form, is read as before. A restated
    ∇J(θ) keeps its argument, which says the vector (the document blanks J's argument).
    """
    from ..notation import parse_text
    from ..notation.matrices import is_matrix_answer

    if not any(_DATA_MATRIX.search(step.text) for step in document.steps):
        return document, False, []  # no line writes X: nothing in matrix notation to read as an entry (and no parsing)
    steps = list(document.steps)
    kinds: list[str] = []
    readings: list[str] = []
    for index, step in enumerate(steps):
        if _BARE_GRADIENT.fullmatch(step.text):
            at = step.text.rindex("J")
            argument = _COST_WITH_ARGUMENT.match(document.source, step.offset + at)
            if argument is not None:  # ∇J(θ): the argument written back where the document blanked it
                end = at + argument.end() - argument.start()
                text = step.text[:at] + argument.group() + step.text[end:]
                steps[index] = step = dataclasses.replace(step, text=text)
        named = _GRADIENT_NAME.fullmatch(step.text)
        earlier = next((steps[at] for at, kind in enumerate(kinds) if kind == "name"), None)
        # the derivative of entry j the derivation is of: a name of its own on a line, else its leading name
        derived = " ".join((earlier.text if earlier is not None else document.name or "").split())
        if named is not None and derived and not _BARE_GRADIENT.fullmatch(step.text) \
                and named.group("cost") in derived:
            # ∂L/∂w_j = … = (1/n) Σ (ŷᵢ − yᵢ) x_j, then ∇L = (1/n) Xᵀ(ŷ − y): ∇L restated after the component's
            # derivation is the vector whose entry j that derivation derived, read as the page's own ∂L/∂w_j
            steps[index] = step = dataclasses.replace(step, text=derived)
            readings.append(f"line {step.line}: {' '.join(named.group().split())} is the gradient whose entry j the "
                            f"derivation derives ({derived}): its line in matrix notation is read as entry j")
        try:
            node = parse_text(step.text, input=document.notation).tree
        except InputError:
            return document, False, []
        if isinstance(node, tree.Derivative) and isinstance(node.body, tree.Variable) and (
                node.wrt.feature == "j" or node.wrt.feature is None and node.wrt.name in PARAMETER_VECTORS):
            # ∂J/∂θⱼ, or ∂J/∂w by the whole vector: its gradient taken entry by entry, as the index path reads it
            kinds.append("name")
        elif is_matrix_answer(node):
            kinds.append("matrix")
        elif any(isinstance(each, tree.Variable) and each.feature == "j" for each in _outside_derivatives(node)) \
                or any(isinstance(each, tree.Variable) and each.feature is None and each.example is not None
                       and each.name in DATA_VECTORS for each in _outside_derivatives(node, dots=True)):
            # xⱼ⁽ⁱ⁾, or the whole x⁽ⁱ⁾ (Σᵢ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) x⁽ⁱ⁾, the gradient compared entry by entry; θᵀx⁽ⁱ⁾ is a number, the
            # cost's model); the θⱼ the LaTeX reader gives ∇_θ's subscript says nothing of the line's form (∇_θ L(θ) + λθ
            # is in matrix notation)
            kinds.append("index")
        else:
            kinds.append("other")
    if "name" in kinds:
        # the cost's opening display (J = Σ … = (1/2m)‖Xθ − y‖²) before the first derivative's name: its lines
        # say the cost, each checked against the definition; a matrix restatement there is no vectorised step
        opening = kinds.index("name")
        kinds = ["cost" if index < opening and kind in ("other", "matrix") else kind for index, kind in enumerate(kinds)]
    if "matrix" not in kinds or "other" in kinds:
        return document, False, []
    first = kinds.index("matrix")
    if "index" not in kinds[:first] or "index" in kinds[first:]:
        return document, False, []
    return dataclasses.replace(document, steps=tuple(steps)), True, readings


def _outside_derivatives(node: tree.Node, dots: bool = False) -> list[tree.Node]:
    """The nodes of ``node`` but the variables that derivatives are taken by (the θⱼ of ∂/∂θⱼ, of ∇_θ read so), and
    with ``dots`` the two vectors of a dot product (θ and x⁽ⁱ⁾ of θᵀx⁽ⁱ⁾, one number)."""
    by = {id(each.wrt) for each in tree.walk(node) if isinstance(each, tree.Derivative)}
    if dots:
        by |= {id(part) for each in tree.walk(node) if isinstance(each, tree.Dot) for part in (each.left, each.right)}
    return [each for each in tree.walk(node) if id(each) not in by]


#: ∇J alone, its argument blanked by the document: a restated name of the gradient
_BARE_GRADIENT = patterns.compile(r"(?:\\[;,:! ]|\s)*\\nabla\s*J\s*")
#: the gradient's name as notes restate it after deriving entry j: ∇L, ∇_w J, \nabla_{\theta} E(w) (the cost's letter
#: kept to be matched with the earlier derivative's)
_GRADIENT_NAME = patterns.compile(r"\s*(?:∇|\\nabla|\\(?:big)?triangledown(?![A-Za-z]))\s*(?:_\s*(?:\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z]))?\s*"
                                  r"(?P<cost>[JLE])\s*(?:\([^()]*\))?\s*")
#: J(θ) as written, its one argument a parameter vector
_COST_WITH_ARGUMENT = patterns.compile(r"J\s*\(\s*\\?(?:theta|beta|w)\s*\)")


def _entry_j(document: Document, step: WrittenStep, node: tree.Node, problem: Problem) -> Expression:
    """A line in matrix notation after lines in index form: its entry j, in index form (``_vectorised_ending``)."""
    from ..notation.builder import Expression
    from ..notation.matrices import COMPONENT_NOTE, build_matrix
    from ..printing.expressions import show_unicode
    from ..verify.letters import predictions_as_in_cost, refuse_stray_letters
    from ..verify.matrix_answer import _refuse_separate_intercept, components, per_example_names

    per_example = per_example_names(problem)
    notes: list[str] = []
    wrt = problem.wrt
    if not (isinstance(wrt, sympy.Indexed) and wrt.indices == (symbols.wrt_index,)):
        raise _relocated(InputError(
            f"a line in matrix notation is the whole gradient, read as its entry j, and this derivation is by "
            f"{show_unicode(wrt)}",
            source=step.text, column=len(step.text) - len(step.text.lstrip()),
            hint="check the derivation by theta_j (the default --wrt), or write this line in index form"),
            document, step.offset, len(step.text))
    try:
        # θ₀ beside Σₖ θₖxₖ in the cost: whether X holds a column of ones for it is not guessed, as for an answer
        _refuse_separate_intercept(node, step.text, problem)
        # (1/m) x⃗ⱼᵀ(Xθ − y⃗): feature j's column, so the line is entry j already, a number
        # (f − y)ᵀX beside a cost of f_w(x⁽ⁱ⁾): the bare f is the cost's prediction, the m×1 vector of them, as an
        # answer's p is; any other letter the cost never holds is no arbitrary number, refused as an answer's is
        node, read = predictions_as_in_cost(node, problem.notes, {str(name) for name in problem.definitions},
                                            matrix=True, source=step.text)
        notes.extend(read)
        try:
            matrix = build_matrix(node, source=step.text, per_example=per_example, notes=notes, arrow_columns=True)
        except InputError as error:
            matrix = _divided_by_the_parameter_entrywise(error, step, node, str(wrt.base), per_example, notes)
        entry = components(matrix, per_example).subs(_RECIPROCAL, 1 / wrt)
        refuse_stray_letters(problem.expand_definitions(entry), (
            problem.expand_definitions(problem.cost), problem.wrt,
            *(problem.expand_definitions(value) for value in problem.definitions.values())), step.text, node)
    except InputError as error:
        if error.source != step.text:  # a message of the entries' reader, about the line as a whole
            error = InputError(error.message, source=step.text, column=0, hint=error.hint)
        raise _relocated(error, document, step.offset, len(step.text)) from None
    if COMPONENT_NOTE in notes:
        notes.remove(COMPONENT_NOTE)
        note = (f"line {step.line} writes x⃗ⱼ, feature j's column over the examples (column j of X), in matrix "
                "notation after lines in index form: read as the number it is, entry j of the gradient")
    else:
        note = (f"line {step.line} writes the gradient in matrix notation after lines in index form: read as its "
                "entry j (X is m×n with Xᵢⱼ = xⱼ⁽ⁱ⁾), compared with ∂J/∂θⱼ's line before it")
    return Expression(entry, {}, (*notes, note))


#: entry j of 1/w read entry by entry, 1/wⱼ, while the rest of a matrix line is built (a name no reader writes)
_RECIPROCAL = sympy.Symbol("reciprocal_of_the_parameter")


def _divided_by_the_parameter_entrywise(error: InputError, step: WrittenStep, node: tree.Node, parameter: str,
                                        per_example: Collection[str], notes: list[str]) -> sympy.Basic:
    r"""The matrix of a line whose shapes conform only with its 1/w (the parameter vector) read entry by entry.

    ``\frac{1}{w}(\sigma(Xw)-y)^TX + 2\lambda w`` (a real page's slip, 1/w for 1/m): 1/w read as the column of
    the 1/wₖ makes the product with the 1×n row an n×n matrix, which no n×1 term is added to, so the line has no
    value; read entry by entry, as a division by a vector is, its entry j is 1/wⱼ times entry j of the rest. The
    second is the only reading with a value, and neither is the gradient unless the rest divided by w is: the line is
    judged so, noted. Any other shapes that do not conform stay the reader's refusal (``error``).
    """
    from ..notation.matrices import build_matrix, unconformable

    if not unconformable(error):
        raise error
    divisions = [current for current in tree.walk(node) if isinstance(current, tree.Binary) and current.op == "/"
                 and isinstance(current.left, tree.Number) and current.left.text == "1"
                 and isinstance(current.right, tree.Variable) and current.right.name == parameter
                 and current.right.feature is None and current.right.example is None]
    if len(divisions) != 1:
        raise error
    division = divisions[0]

    def replaced(current: tree.Node) -> tree.Node:
        if current is division:
            return tree.Variable(name=_RECIPROCAL.name, span=division.span)
        return tree.map_children(current, replaced)

    said: list[str] = []
    try:
        matrix = build_matrix(replaced(node), source=step.text, per_example=per_example, notes=said,
                              arrow_columns=True)
    except InputError:
        raise error from None
    written = step.text[division.span.start:division.span.end].strip()
    shown = {"theta": "θ", "beta": "β"}.get(parameter, parameter)
    notes.extend(said)
    notes.append(f"line {step.line} divides by the vector {shown} ('{written}'): as the column of the 1/{shown}ₖ it "
                 f"does not conform ({error.message}), so the line has no value; read entry by entry, as a division "
                 f"by a vector is, entry j is 1/{shown}ⱼ times entry j of the rest, and it is judged so")
    return matrix


def _refuse_nested_derivatives(step: WrittenStep, line: sympy.Expr) -> None:
    """A derivative of a derivative is outside what the numeric check evaluates: say so plainly."""
    for node in line.atoms(sympy.Derivative):
        if node.expr.has(sympy.Derivative) or sum(count for _, count in node.variable_count) != 1:
            raise UnsupportedError(
                f"line {step.line} takes a derivative of a derivative, which logderiv cannot check",
                hint="logderiv checks first derivatives; write the inner derivative out first",
            )


#: the letters a cost is named by: J, L (and 𝓛), E (an error), ℓ
_COST_LETTERS = frozenset({"J", "L", "E", "ℓ"})


#: the multiples of a preset's gradient an undefined L's first line is when L is another objective of the same data:
#: the log-likelihood (−1 for the mean cross-entropy), the mean of squares without ½ (2), the ½ added twice (½)
_OTHER_SCALES = (-1, 2, -2, sympy.Rational(1, 2), -sympy.Rational(1, 2))


def _refuse_a_first_line_of_another_objective(document: Document, lines: Sequence[sympy.Expr],
                                              gradient: sympy.Expr, reviews: Sequence[StepReview], context: Problem,
                                              samples: Samples, model: WrittenModel | None,
                                              gradients: Mapping[int, sympy.Expr], name: str) -> None:
    """Refuse a page whose undefined L (read as the --cost cost) does not start at that cost's gradient.

    ``∂L/∂w_j = (1/n) Σ [(y_i − ŷ_i) x_j]`` beside --cost logistic: the page's L, never defined, is the mean
    log-likelihood, or the cost with a sign slipped; ``(2/n) Σ (ŷ_i − y_i) x_j`` beside --cost linear is the mean of
    squares without ½, or a factor slipped; any other first line may be the gradient of another objective the page
    calls L (the mean of squares of a sigmoid beside --cost logistic). Which cannot be told, and either verdict could
    be false (audit25d): only a first line right for the --cost cost shows that the page's L is it.
    """
    if len(reviews) < 2 or reviews[1].valid or len(lines) < 2:
        return
    step = reviews[1].written
    for scale in _OTHER_SCALES:
        verdict = _compare(scale * gradient, lines[1], context, samples, step, diagnosed=False, model=model,
                           gradients=None if not gradients else {c: scale * g for c, g in gradients.items()})
        if verdict.verdict == "equivalent":
            raise _relocated(InputError(
                f"the page defines no {name}, and its first line is {scale} times the gradient of the cost given "
                f"with --cost: is {name} another objective (the log-likelihood, the cost without ½), or is the "
                "line's factor a slip?", source=step.text, column=0, label="FILE",
                hint=f"define {name} on the page (write its formula), or write ∂J/∂… for the --cost cost"),
                document, step.offset, len(step.text))
    raise _relocated(InputError(
        f"the page defines no {name}, and its first line is not the gradient of the cost given with --cost: is {name} "
        "another objective, or is the line a slip?", source=step.text, column=0, label="FILE",
        hint=f"define {name} on the page (write its formula), or write ∂J/∂… for the --cost cost"),
        document, step.offset, len(step.text))


#: words saying a page's objective is a likelihood to maximise: its L is not a cost, of the other sign (audit25d)
_A_LIKELIHOOD_IN_WORDS = patterns.compile(r"likelihood|maximi[sz]|ascent|似然|尤度|最大化|우도|vraisemblance|verosimilitud"
                                          r"|verossimilhan|правдоподоб", flags=re.IGNORECASE)


def _named_by_the_first_line(trees: Sequence[tree.Node], problem: Problem, page: str) -> str | None:
    """The letter (L, E) a page that defines no cost differentiates on its first line, beside a cost given with --cost.

    ``∂L/∂w_j = −(1/n) Σ […]`` checked with ``--cost logistic``: the user's --cost says what the page's cost is, and
    the page names it L; without this its L was an undefined name beside the preset's J, refused. ℓ is left out: it
    is the log-likelihood on many pages, of the other sign (_refuse_an_undefined_log_likelihood says so). The first
    line's right-hand side must show the mean over the examples (a Σ divided by a count), as a preset's cost is: an
    L is one example's loss in many notes (∂L/∂w_j = (ŷ − y) x_j, no Σ) and an E the sum without 1/m, each judged
    'wrong' against the mean (audit25d); nor may the page say its L is a likelihood (maximised, by ascent).
    """
    first = trees[0] if trees else None
    if not isinstance(first, tree.Derivative) or not _names_the_cost(first.body):
        return None
    assert isinstance(first.body, tree.Variable), "_names_the_cost holds only of a variable"
    letter = first.body.name
    if letter not in {"L", "E"} or letter == problem.name or len(trees) < 2 or _A_LIKELIHOOD_IN_WORDS.search(page):
        return None
    nodes = list(tree.walk(trees[1]))
    mean = any(isinstance(node, tree.Sum) for node in nodes) \
        and any(isinstance(node, tree.Variable) and node.name in {"m", "n", "N"} for node in nodes)
    return letter if mean else None


def _names_the_cost(node: tree.Node) -> bool:
    """Whether ``node`` is a cost's letter alone (J, L, E, ℓ: no index, no example's mark)."""
    return isinstance(node, tree.Variable) and node.name in _COST_LETTERS and node.feature is None \
        and node.example is None


def _is_cost_name(node: tree.Node) -> bool:
    return isinstance(node, tree.Variable) and node.name == _COST_NAME and node.feature is None and node.example is None


def _cost_derivative_read(expr: sympy.Expr, problem: Problem, name: str = _COST_NAME) -> sympy.Expr:
    """``expr`` (an update rule's side) with each derivative of the cost's name by the derivation's parameter, ∂J/∂wⱼ,
    read as the derivation's own derivative, of the cost by it: any other use of the name is left a bare letter (the
    side then not read, set aside with a note). Only the derivation's own cost's name: ∂J/∂wⱼ beside a derivation of
    one example's ∂L/∂wⱼ is the derivative of another cost (J = (1/m)Σᵢ Lᵢ), not L's (audit32h)."""
    names = {symbols.scalar(name)}
    return expr.xreplace({derivative: sympy.Derivative(problem.cost, problem.wrt, evaluate=False)
                          for derivative in expr.atoms(sympy.Derivative)
                          if derivative.expr in names and derivative.variables == (problem.wrt,)})


def _with_cost(expr: sympy.Expr, problem: Problem, name: str = _COST_NAME) -> sympy.Expr:
    """``expr`` with the cost's name ``J`` (or the name the first line defined, L, ℓ) replaced by the cost."""
    return expr.xreplace({symbols.scalar(_COST_NAME): problem.cost, symbols.scalar(name): problem.cost})


def _variable_text(node: tree.Variable, input: Input) -> str:
    """A variable of the tree as text that ``input``'s reader reads back as it (plain unless forced LaTeX)."""
    from ..notation import vocabulary

    if input != "latex":
        return node.name + (f"_{node.feature}" if node.feature else "") + (f"^({node.example})" if node.example else "")
    greek = node.name in vocabulary.GREEK.values()
    text = ("\\" if greek else "") + node.name
    return text + (f"_{{{node.feature}}}" if node.feature else "") + (f"^{{({node.example})}}" if node.example else "")


#: a step that only names the cost: J, J(θ), L(β), \mathcal{L}(w, b), ℓ(θ) (the argument is layout)
_COST_NAME_ONLY = patterns.compile(
    r"\s*(?P<name>" + cost_name_pattern("J", "L", "\\mathcal{J}", "\\mathcal{L}", "\\ell", "ℓ", "𝓛", "l") + r")\s*"
    r"(?:(?:\(|\\left\s*\()[^()=∂]*(?:\)|\\right\s*\)))?\s*"
)
#: a derivative written in a step: ∂, \partial, d/dθ, \frac{d …}{d …}, \nabla
#: (\frac{dJ}{d\theta_j} and \frac{\mathrm{d}J}{\mathrm{d}\theta} too: a d before the name in both parts)
_DERIVATIVE = patterns.compile(r"∂|\\partial|\\nabla|∇|\\(?:big)?triangledown(?![A-Za-z])|\bd\s*/\s*d|\\d?frac\s*\{\s*d\b"
                               r"|\\d?frac\s*\{\s*(?:d|\\mathrm\s*\{\s*d\s*\})[^{}]*\}\s*\{\s*(?:d|\\mathrm\s*\{\s*d\s*\})")


#: the names the parser gives no reading of its own: ℓ is \ell's name, 𝓛 is \mathcal{L}'s
_NAMES_AS_READ = {"ℓ": "ℓ", "𝓛": "L", "l": "ℓ"}


def _says_a_step_defines_the_cost(note: str) -> bool:
    """Whether a note says a step defines the cost (_defined_problem, _joined_derivative_note): untrue of a lemma's."""
    return note.startswith("the cost is the one line ") or note.startswith("line ") and " joins the cost " in note


#: a lemma's first side, the cost's letter by a name: \frac{\partial L}{\partial a}
_COST_BY_A_NAME = patterns.compile(r"\s*\\frac\s*\{\s*(?:\\partial|d)\s*(?P<cost>"
                                   + cost_name_pattern("J", "L", "\\ell", "\\mathcal{J}", "\\mathcal{L}", mathcal="braced") + r")\s*\}"
                                   r"\s*\{\s*(?:\\partial|d)\s*(?P<by>[A-Za-z]|\\hat\s*\{\s*y\s*\})\s*\}\s*&?\s*")
#: its next side, the operator by that name before one bracket: \frac{\partial}{\partial a}(-y log a - …)
_OPERATOR_ON_A_BRACKET = patterns.compile(r"\s*&?\s*\\frac\s*\{\s*(?:\\partial|d)\s*\}\s*\{\s*(?:\\partial|d)\s*"
                                          r"(?P<by>[A-Za-z]|\\hat\s*\{\s*y\s*\})\s*\}\s*(?:\\left\s*)?\(")


def _cost_written_in_a_lemma(document: Document) -> tuple[WrittenStep, str, str] | None:
    """The cost a lemma writes out, where the page defines none: ∂L/∂a = ∂/∂a(−y log a − (1 − y) log(1 − a)).

    Backprop notes derive the chain rule's first factor from the loss of one example written under the
    operator, and define L nowhere else; the derivation ∂L/∂w = ∂L/∂a ∂a/∂z ∂z/∂w = … is of that L. The bracket
    after the operator is the loss as a function of a (a defined on the page as σ(z)): read as the cost's
    definition, standing where the lemma writes it. Only for the derivation's own letter (∂L/∂w and ∂L/∂a) and a
    bracket that closes the side; else None, and the page is read as before.
    """
    from ..notation.brackets import closing as closing_bracket

    name = _COST_BY_A_NAME.match(document.steps[0].text) if document.steps else None
    first = re.match(r"\s*\\frac\s*\{\s*(?:\\partial|d)\s*(?P<cost>[JL]|\\ell)\s*\}", document.steps[0].text) \
        if document.steps else None
    if first is None:
        return None
    for lemma in document.lemmas:
        if len(lemma.steps) < 2:
            continue
        side = _COST_BY_A_NAME.fullmatch(lemma.steps[0].text)
        operator = _OPERATOR_ON_A_BRACKET.match(lemma.steps[1].text)
        if side is None or operator is None or side.group("cost") != first.group("cost") \
                or "".join(side.group("by").split()) != "".join(operator.group("by").split()):
            continue
        text = lemma.steps[1].text
        opened = operator.end() - 1
        end = closing_bracket(text, opened)
        if end is None or text[end + 1:].strip(" \t\n\\&,.") or "\\sum" in text or "Σ" in text:
            continue
        body = text[opened + 1:end]
        letter = side.group("cost")
        written = f"{letter}={body}"
        note = (f"line {lemma.steps[0].line}: the page defines no cost; the lemma ∂{letter}/∂{operator.group('by')} "
                f"writes it out under the operator, {' '.join(body.split())}: read as {letter}'s definition, one "
                f"example's loss as a function of {operator.group('by')}, the cost ∂{letter}/∂w derives")
        return dataclasses.replace(lemma.steps[1], text=written), letter, note
    return None


def _leading_definition(document: Document, lets: Collection[str] = ()) -> tuple[WrittenStep, str, Sequence[WrittenStep]] | None:
    """The cost a derivation's first line defines (``J(θ) = −(1/m) Σ …``), when later lines derive it; else None.

    Returns the definition's step, the cost's name, and the definition's rewrites:
    ``l(θ) = A = B = C`` and then, on a row or display of its own, ``∂l/∂θ = …``
    rewrites the cost (B and C), and each is checked against A, never against
    ∂l/∂θ (which nobody wrote them equal to). A derivative joined to the
    rewrites by ``=`` (``J = A = B = ∂/∂θ B``) is the same chain: the writer
    goes on to differentiate what the rewrites reached, never means the cost
    equal to its own derivative (:func:`_joined_derivative_note` says so).

    Notes open with the cost's definition and then derive ∂J/∂θⱼ, as a plain
    file opens with the derivative to take: the definition's right side is
    the cost, and neither side is a step of the derivative. Only when the
    first step is nothing but the cost's name, the second holds no derivative
    (it is the formula), and a later step holds one (the derivation follows):
    a derivation that starts from J itself (J = …, rewriting the cost) is
    left as written.
    """
    steps = document.steps
    named = _COST_NAME_ONLY.fullmatch(steps[0].text) if len(steps) >= 3 else None
    if named is None and len(steps) >= 3:
        named = _cost_named_by_a_letter(document)
    if named is None:
        return None
    if _DERIVATIVE.search(steps[1].text) or not any(_DERIVATIVE.search(step.text) for step in steps[2:]):
        return None
    written = named.group("name")
    if (chains.log_of_a_likelihood(steps[1].text) or chains.negated_log_likelihood(steps[1].text)) and len(steps) > 3 \
            and not _DERIVATIVE.search(steps[2].text) and _joined_by_equals(document, steps[1], steps[2]):
        # ℓ(θ) = log L(θ) = Σ …: the middle side names what ℓ is, L is written out nowhere; the next side defines it;
        # J(w) = −l(w) = −Σ … names J by the log-likelihood l set aside above it (notation.page), as that
        steps = (steps[0], *steps[2:])
    while _a_models_side(document, steps, lets):
        # ℓ⁽ⁱ⁾ = log p(y|x;θ) = log(e^{−λ}λ^y/y!) = θᵀx y − e^{θᵀx} − log y!: the sides before the first in the
        # parameters write the cost through the model's law and names (λ, η) defined above the page: passed over,
        # each noted (_models_sides_note); the first side in the parameters defines the cost, the rest are checked
        steps = (steps[0], *steps[2:])
    name = _NAMES_AS_READ.get(written)
    if name is None:
        try:
            node = _parse_step(written, document.notation)
        except InputError:
            return None
        if not isinstance(node, tree.Variable) or node.feature is not None or node.example is not None:
            return None
        name = node.name
    return steps[1], name, _rewrites_of_the_definition(document, steps, written)


#: a step that only names a function of the parameters by a letter of its own: f(w), F(\\theta), Q(\\beta), E(w, b)
_LETTER_NAME_ONLY = patterns.compile(
    r"\s*(?P<name>[fFQERS])\s*(?:\(|\\left\s*\()(?P<arguments>[^()=∂]*)(?:\)|\\right\s*\))\s*"
)
#: the parameters a letter's argument may name: w, b, θ, β, bold w or θ (the cost's, as J(θ) names them)
_PARAMETER_ARGUMENT = patterns.compile(
    r"\s*(?:w|b|\\theta|θ|\\beta|β|\\(?:boldsymbol|mathbf|bm)\s*\{\s*(?:w|\\theta|\\beta)\s*\})"
    r"(?:\s*,\s*(?:w|b|\\theta|θ|\\beta|β))*\s*")


def _differentiates(text: str, name: str) -> bool:
    """Whether ``text`` takes a derivative of the function ``name`` by its name: ∂f/∂wⱼ, \\frac{\\partial f(w)}{…},
    \\frac{\\partial}{\\partial w_j} f(w), d/dw f(w)."""
    letter = re.escape(name)
    return patterns.compile(
        rf"(?:∂|\\partial|\bd)\s*\{{?\s*{letter}\s*(?:\(|\\left|\}}|/|\s*$)"
        rf"|(?:\\partial|∂)\s*[^{{}}=]*\}}\s*(?:\\left\s*)?[\[(]?\s*{letter}\s*(?:\(|\\left\s*\()"
    ).search(text) is not None


def _cost_named_by_a_letter(document: Document) -> re.Match[str] | None:
    """The first step ``f(w)`` when the page defines its cost as a function of the parameters named by a letter of
    its own (f(w) = ½‖w‖² + C Σ log(1 + e^{−yᵢwᵀxᵢ})) and a later step differentiates that very function by its
    name (∂f(w)/∂wⱼ = …); else None.

    ML notes name the cost f, F, Q, E as often as J or L (a convex-optimisation writer's f(w)); it is the cost
    when the page differentiates it by that name, and the argument names the parameters (f(x) = x², a function
    of the data or of a number, is not). A page that defines f(w) and then derives ∂J/∂wⱼ is not read so: the
    derivation is of another name, and stays refused (_refuse_a_definition_first).
    """
    steps = document.steps
    named = _LETTER_NAME_ONLY.fullmatch(steps[0].text)
    if named is None or _PARAMETER_ARGUMENT.fullmatch(named.group("arguments")) is None:
        return None
    if not any(_DERIVATIVE.search(step.text) and _differentiates(step.text, named.group("name")) for step in steps[2:]):
        return None
    return named


#: what a derivative is taken by: ∂w_j, \\partial b, d\\theta_{j} (the parameter and its subscript)
_DERIVATIVE_BY = patterns.compile(
    r"(?:\\partial|∂|(?<![A-Za-z\\])d)\s*\{?\s*(?P<by>\\theta|\\beta|θ|β|[wb])(?![A-Za-z])"
    r"(?:\s*_\s*(?P<sub>\{[^{}]*\}|[A-Za-z0-9]))?")


def _refuse_a_letter_named_cost_by_two_parameters(document: Document) -> None:
    """Refuse a page that derives a cost named by a letter of its own by two parameters (∂f/∂w = …, ∂f/∂b = …).

    The page reader splits ∂J/∂w and ∂J/∂b into derivations of their own, each checked against the cost; it does
    not know f as the cost, so the displays were read as one chain, ∂f/∂b a step of ∂f/∂w: a right page was called
    wrong at ∂f/∂b, and one whose ∂f/∂b slipped into ∂f/∂w's value (1/m)Σ(wxᵢ + b − yᵢ)xᵢ called the gradient.
    Until each is read on its own, which derivation is checked is not said: refused at the second.
    """
    named = _cost_named_by_a_letter(document)
    if named is None:
        return
    seen: dict[tuple[str, str], WrittenStep] = {}
    for step in document.steps[2:]:
        if not (_DERIVATIVE.search(step.text) and _differentiates(step.text, named.group("name"))):
            continue
        for by in _DERIVATIVE_BY.finditer(step.text):
            seen.setdefault((by.group("by"), re.sub(r"[\s{}]", "", by.group("sub") or "")), step)
    if len(seen) < 2:
        return
    second = list(seen.values())[1]
    start = second.offset + len(second.text) - len(second.text.lstrip())
    raise InputError(
        f"the page derives {named.group('name')}, read as its cost, by more than one parameter "
        f"({', '.join(by + ('_' + sub if sub else '') for by, sub in seen)}): each is a derivation of its own, and "
        "read as one chain each would be checked as a step of the one before",
        source=document.source, column=start, line=locate(document.source, start)[0], label="FILE",
        hint=f"check each derivative of {named.group('name')} in a file of its own, or name the cost J",
    )


def _letter_named_cost_note(document: Document) -> list[str]:
    """The note for a cost named by a letter of its own (f(w) = …, then ∂f/∂wⱼ = …), else none."""
    if _COST_NAME_ONLY.fullmatch(document.steps[0].text) is not None:
        return []
    named = _cost_named_by_a_letter(document)
    if named is None:
        return []
    written = " ".join(document.steps[0].text.split())
    return [f"{written} is read as the cost: the page defines it as a function of the parameters and differentiates "
            f"it by its name, as ML notes name a cost {named.group('name')} as often as J"]


def _a_models_side(document: Document, steps: Sequence[WrittenStep], lets: Collection[str] = ()) -> bool:
    """Whether ``steps[1]``, a side of the cost's definition, is the model's: passed over for a later side.

    It is when a later side, joined to it by '=' before the derivative, is written in the parameters and it is
    not: the log of the example's probability by its name (``log p(y⁽ⁱ⁾ | x⁽ⁱ⁾; θ)``), or a side whose letters
    name no parameter (``log(e^{−λ}λ^y / y!)``, λ and η the model's, defined nowhere on the page). Read, such a
    side would be a cost that does not depend on the parameters, and no derivation could be checked against it.
    A side using a name the page defines (``lets``: f(x;θ) = x²θ₀ beside it) is read and checked, never passed over.
    """
    if len(steps) < 4 or _DERIVATIVE.search(steps[2].text) or not _joined_by_equals(document, steps[1], steps[2]):
        return False
    if not chains.log_of_a_probability(steps[1].text) and (
            _names_a_parameter(document, steps[1]) is not False or _uses_a_name(document, steps[1], lets)):
        return False
    later = []
    for before, after in zip(steps[1:], steps[2:]):
        if _DERIVATIVE.search(after.text) or not _joined_by_equals(document, before, after):
            break
        later.append(after)
    return any(_names_a_parameter(document, side) for side in later)


def _names_a_parameter(document: Document, step: WrittenStep) -> bool | None:
    """Whether a step's text names a parameter (θ, w, β, b); None when it cannot be read."""
    from ..notation import vocabulary

    try:
        node = _parse_step(step.text, document.notation)
    except InputError:
        return None
    # h, h_θ(x): the model, which is of the parameters (the default's and every preset's h = σ(θᵀx) or θᵀx): a side
    # written through it is a rewrite of the cost to check, not the model's law to pass over
    return any(isinstance(found, tree.Variable) and (found.name in vocabulary.PARAMETER_VECTORS or found.name == "b")
               or isinstance(found, (tree.Variable, tree.Call)) and found.name == vocabulary.PREDICTION
               for found in tree.walk(node))


def _uses_a_name(document: Document, step: WrittenStep, names: Collection[str]) -> bool:
    """Whether a step's text uses one of ``names`` (a variable or a function called), as the reader reads it."""
    try:
        node = _parse_step(step.text, document.notation)
    except InputError:
        return False
    return any(getattr(found, "name", None) in names for found in tree.walk(node))


def _models_sides_note(document: Document, defined: WrittenStep) -> list[str]:
    """The notes for the sides of the cost's definition :func:`_a_models_side` passed over, else none."""
    skipped = [step for step in document.steps[1:document.steps.index(defined)]
               if not chains.log_of_a_likelihood(step.text) and not chains.negated_log_likelihood(step.text)]
    if not skipped:
        return []
    lines = sorted({step.line for step in skipped})
    named = f"line {lines[0]}" if len(lines) == 1 else f"lines {lines[0]}–{lines[-1]}"
    sides = " = ".join(" ".join(step.text.split()) for step in skipped)
    if len(sides) > 80:
        sides = sides[:79] + "…"
    return [f"{named}: {sides} (the side{'s' if len(skipped) > 1 else ''} of the cost {document.steps[0].text.strip()} "
            f"before the first written in the parameters) write{'' if len(skipped) > 1 else 's'} it through the model's "
            "law and names (the log of the example's probability, a model f(x;θ) by its name, letters such as λ or η "
            f"that no line defines in the parameters): not read, not checked; the side on line {defined.line}, the "
            "first written in the parameters, defines the cost, and the sides after it are checked against it"]


def _refuse_a_cost_never_derived(document: Document) -> None:
    """Refuse lines that only define the cost (``J(θ) = −(1/m) Σ …``) and take no derivative anywhere.

    Such lines are no derivation: checked as one, the cost's name would be judged against ∂J/∂θⱼ and
    called wrong (a page whose only other display is a lemma about another expression read so). A cost
    rewritten and never differentiated (``J = A = B``) is no derivation either: its first line, J, is
    not ∂J/∂θⱼ, and "wrong at line 1" would say the writer slipped where they only had not begun. Its
    sides are read first, so a slip in them (an unmatched bracket) is reported where it stands.
    """
    steps = document.steps
    if len(steps) < 2 or _COST_NAME_ONLY.fullmatch(steps[0].text) is None \
            or any(_DERIVATIVE.search(step.text) for step in steps):
        return
    rewritten = len(steps) > 2
    if rewritten:
        for step in steps[1:]:
            try:
                _parse_step(step.text, document.notation)
            except InputError as error:
                raise _relocated(error, document, step.offset, len(step.text)) from None
    start = steps[0].offset + len(steps[0].text) - len(steps[0].text.lstrip())
    raise InputError(
        f"the lines define the cost {steps[0].text.strip()}{' and rewrite it' if rewritten else ''}, but take no "
        "derivative of it: there is no derivation to check",
        source=document.source, column=start, line=locate(document.source, start)[0], label="FILE",
        hint="write the derivation after the cost's definition, starting with its derivative (∂J/∂θⱼ = …)",
    )


def _defined_name(document: Document, step: WrittenStep) -> bool:
    """Whether a step is only a name being defined: h_θ(x), z, a⁽ⁱ⁾, ŷ, σ(z), J(θ), L."""
    if _COST_NAME_ONLY.fullmatch(step.text) is not None:
        return True
    try:
        node = _parse_step(step.text, document.notation)
    except InputError:
        return False
    if isinstance(node, (tree.Call, tree.Apply)):
        node = node.argument
    return isinstance(node, tree.Variable)


def _refuse_a_page_of_definitions(document: Document) -> None:
    """Refuse a page whose every chain defines a name (h_θ(x) = θᵀx, z = wᵀx + b, a = σ(z), J = …) and which
    takes no derivative anywhere.

    Such a page is no derivation: checked as one against the cost (the default's, when it writes none of
    its own), its first name was judged against ∂J/∂θⱼ and the page called "wrong at line 1" with a
    counterexample, a confident verdict on a derivation nobody wrote (audit30).
    """
    steps = document.steps
    if len(steps) < 2 or document.name is not None or document.lemmas or any(
            _DERIVATIVE.search(step.text) or _PRIMED_FUNCTION.search(step.text) for step in steps):
        return
    heads = [step for number, step in enumerate(steps)
             if number == 0 or not _joined_by_equals(document, steps[number - 1], step)]
    if any(head is steps[-1] or not _defined_name(document, head) for head in heads):
        return
    # named without line numbers: a notebook's are its cells' (the caret's header says where the first stands)
    named = ", ".join(dict.fromkeys(head.written for head in heads))
    start = steps[0].offset + len(steps[0].text) - len(steps[0].text.lstrip())
    raise InputError(
        f"there is no derivation on this page: its lines define {named}, and take no derivative of anything",
        source=document.source, column=start, line=locate(document.source, start)[0], label="FILE",
        hint="write the derivation after the definitions, starting with the derivative (∂J/∂θⱼ = …)",
    )


def _refuse_a_definition_first(document: Document) -> None:
    """Refuse a derivation whose first line defines a name that is not the cost's (Q = ½Σ(yᵢ − wᵀxᵢ)², h = σ(θᵀx)).

    That first side was compared with ∂J/∂θⱼ as the derivation's first step and the page called "wrong at line 1"
    with a counterexample (checked against the default logistic cost when the page names its cost Q, S, f …
    and never J: a right ∂Q/∂wⱼ judged wrong, audit31). A definition is no step of a derivative.
    """
    steps = document.steps
    if len(steps) < 3 or _DERIVATIVE.search(steps[0].text) or _PRIMED_FUNCTION.search(steps[0].text) \
            or not _joined_by_equals(document, steps[0], steps[1]) or _DERIVATIVE.search(steps[1].text) \
            or not any(_DERIVATIVE.search(step.text) for step in steps[2:]) or not _defined_name(document, steps[0]):
        return
    start = steps[0].offset + len(steps[0].text) - len(steps[0].text.lstrip())
    raise InputError(
        f"the derivation's first line defines {steps[0].written}, which is not the cost J, and each line is checked "
        "against the one before it from ∂J/∂θⱼ: a definition is no step of it",
        source=document.source, column=start, line=locate(document.source, start)[0], label="FILE",
        hint="name the cost J (or give it with --cost), and start the derivation with its derivative (∂J/∂θⱼ = …)",
    )


def _declared_parameters(document: Document, defined: WrittenStep) -> tuple[str, ...]:
    """The parameters the definition's left side declares (``J(θ₀, θ₁) =``), as ``--cost`` reads them.

    The left side is a step of its own once the definition is taken apart, so it is read again
    with its right side: J(θ₀, θ₁) says h is the line θ₀ + θ₁x, as it does in ``check --cost``.
    """
    from ..notation import parse_text

    head = document.steps[0].text
    try:
        return parse_text(f"{head} = {defined.text}", input=document.notation).parameters
    except InputError:
        return ()  # the definition alone was read; a head that does not read with it declares nothing


#: the name a log-likelihood ℓ(θ), \\ell(\\theta) or l(\\theta) is read by in a derivation's lines
_LOG_LIKELIHOOD = "ℓ"


def _refuse_an_undefined_log_likelihood(document: Document, trees: list[tree.Node]) -> None:
    """Refuse a line that differentiates ℓ(θ) when the page defines no ℓ: the log-likelihood, or the cost J?

    ℓ is the log-likelihood, −m times the logistic cost J (ascent, not descent): judged as
    ∂J/∂θⱼ of --cost or the default, a right ∂ℓ/∂θⱼ = Σ(y − h)xⱼ would be called wrong. A derivation whose first
    line writes the objective out defines it there, and a later ∂ℓ/∂β (the result restated) is of that ℓ.
    """
    if _writes_the_objective_out(trees):
        return
    for step, node in zip(document.steps, trees):
        for found in tree.walk(node):
            if isinstance(found, tree.Derivative) and isinstance(found.body, tree.Variable) \
                    and found.body.name == _LOG_LIKELIHOOD:
                error = InputError(
                    "the line differentiates the log-likelihood ℓ(θ), which the notes do not define: is it the "
                    "log-likelihood Σ [y log h + (1 − y) log(1 − h)], or the cost J?",
                    source=step.text, column=found.body.span.start,
                    hint="write ℓ(θ)'s definition before the derivation (\\ell(\\theta) = \\sum_{i=1}^m …), "
                         "or name the cost J",
                )
                raise _relocated(error, document, step.offset, len(step.text))


def _writes_the_objective_out(trees: list[tree.Node]) -> bool:
    """Whether the first line writes out what it differentiates: ``∂/∂β Σ{…}``, or ``Σᵢ ∂/∂β [fᵢ]`` term by term."""
    return bool(trees) and (isinstance(trees[0], tree.Derivative) and not isinstance(trees[0].body, tree.Variable)
                            or _derivative_of_the_sum(trees[0]) is not None)


def _refuse_a_log_likelihood_named_first(document: Document, trees: list[tree.Node]) -> None:
    """Refuse a derivation opening ``∂ℓ(θ)/∂θⱼ =`` when the page defines no ℓ, as a line differentiating ℓ is refused.

    The leading name is read as the cost's own derivative; ℓ names the log-likelihood, −m times the logistic
    cost J (ascent), so a right ∂ℓ/∂θⱼ = Σ(y − h)xⱼ judged against ∂J/∂θⱼ would be called wrong (audit of fixderivs4).
    A first line that writes the objective out (``∂l/∂β = ∂/∂β Σ{…}``, ESL's 4.21) says what ℓ is: read; so does
    one that writes it out term by term (``∂ℓ(β)/∂β = Σᵢ ∂/∂β [yᵢ log σ(xᵢᵀβ) + …]``), the derivative of the sum
    by linearity (:func:`_derivative_of_the_sum`).
    """
    from ..verify.objective import LOG_LIKELIHOOD_NAME

    if _writes_the_objective_out(trees):
        return
    name = document.name or ""
    found = LOG_LIKELIHOOD_NAME.search(name)
    if found is None:
        return
    start = document.source.find(name)
    column = (start if start >= 0 else 0) + found.start()
    raise InputError(
        "the derivation differentiates the log-likelihood ℓ(θ), which the notes do not define: is it the "
        "log-likelihood Σ [y log h + (1 − y) log(1 − h)], or the cost J?",
        source=document.source, column=column, line=locate(document.source, column)[0], label="FILE",
        hint="write ℓ(θ)'s definition before the derivation (\\ell(\\theta) = \\sum_{i=1}^m …), or name the cost J",
    )


def _skipped_side(document: Document, defined: WrittenStep) -> WrittenStep | None:
    """The side ``log L(θ)`` of ``ℓ(θ) = log L(θ) = Σ …``, or ``−l(w)`` of ``J(w) = −l(w) = −Σ …``, that
    :func:`_leading_definition` passed over, else None."""
    skipped = document.steps[1]
    if skipped is defined or not (chains.log_of_a_likelihood(skipped.text)
                                  or chains.negated_log_likelihood(skipped.text)):
        return None
    return skipped


def _skipped_side_note(document: Document, defined: WrittenStep) -> list[str]:
    """The note for the side of the cost's definition :func:`_skipped_side` finds passed over, else none."""
    skipped = _skipped_side(document, defined)
    if skipped is None:
        return []
    # the two kinds of side never both match (log L(θ) takes a log of L, −l(w) negates l): one note, by its kind
    says = ("the log of the likelihood L, which the chain" if chains.log_of_a_likelihood(skipped.text)
            else "the negative of the log-likelihood, which this chain")
    return [f"line {skipped.line}: {skipped.text.strip()} says the cost is {says} does not write out: not read; the "
            f"side after it defines {document.steps[0].text.strip()}"]


def _refuse_a_likelihood_of_the_other_sign(document: Document, side: WrittenStep, name: str, problem: Problem) -> None:
    """Refuse ``l(θ) = −ln L(θ) = Σ [y log h + …]`` and ``J(w) = −l(w) = Σ [y log h + …]``: the skipped log L (or −l)
    side and the cost differ in sign (see
    :func:`~logderiv.verify.objective.likelihood_sign_slip`); the derivation's sign would be judged by a guess."""
    from ..verify.objective import LIKELIHOOD_SIGN_HINT, likelihood_sign_slip

    slip = likelihood_sign_slip(side.text, name, problem)
    if slip is not None:
        raise InputError(slip, source=document.source, column=side.offset, line=side.line, label="FILE",
                         hint=LIKELIHOOD_SIGN_HINT)


def _rewrites_of_the_definition(document: Document, steps: Sequence[WrittenStep], written: str) -> Sequence[WrittenStep]:
    """The sides after ``J = A`` that go on with '=' up to a row opening the derivative (see :func:`_leading_definition`).

    ``written`` is the cost's name as the first step writes it: J, or a letter of the page's own (f(w)).
    """
    derivative = next(index for index in range(2, len(steps)) if _DERIVATIVE.search(steps[index].text))
    if derivative == 2:
        return ()
    if all(_joined_by_equals(document, before, after) for before, after in zip(steps[1:derivative], steps[2:derivative])):
        return steps[2:derivative]
    # J = A, then J = B on a row or in a display of its own before the derivative: the cost written again (a GLM post
    # defines log p(D; w) with f, then with f put in), B a rewrite checked against A as a side joined by '=' is
    name = " ".join(written.split())
    rewrites, previous, at = [], steps[1], 2
    while at < derivative:
        # f(w) = A, then f(w) = B: a cost named by a letter is written again by that letter (it was matched as J is
        # and crashed, found by mypy --strict)
        again = _COST_NAME_ONLY.fullmatch(steps[at].text) or _LETTER_NAME_ONLY.fullmatch(steps[at].text)
        if _joined_by_equals(document, previous, steps[at]):
            previous = steps[at]
            at += 1
        elif again is not None and " ".join(again.group("name").split()) == name and at + 1 < derivative \
                and _joined_by_equals(document, steps[at], steps[at + 1]):
            previous = steps[at + 1]
            at += 2
        else:
            return ()
        rewrites.append(previous)
    return tuple(rewrites)


def _joined_by_equals(document: Document, before: WrittenStep, after: WrittenStep) -> bool:
    """Whether the writer put '=' between two sides (not a row break or a new display with its own left side)."""
    between = document.source[before.offset + len(before.text):after.offset]
    for lemma in document.lemmas:
        # a lemma's own '=' between them (a chain of its own in a display between) joins nothing
        start, end = lemma.steps[0].offset, lemma.steps[-1].offset + len(lemma.steps[-1].text)
        start, end = start - before.offset - len(before.text), end - before.offset - len(before.text)
        if 0 <= start and end <= len(between):
            between = between[:start] + between[end:].rjust(len(between) - start)
    return "=" in between


def _problem(document: Document, trees: list[tree.Node], cost: str | None, wrt: str | None,
             input: Input = "auto", regularise_intercept: bool = True, lets: Sequence[str] = (),
             defined: WrittenStep | None = None, name: str = _COST_NAME,
             rewrites: Sequence[WrittenStep] = (), declared: Sequence[str] = (),
             numbers: Collection[str] = (), letters: Collection[str] = (),
             subscripted: Sequence[Collection[str]] = ()) -> Problem:
    """The problem the derivation solves: from --cost and --wrt, else from what the document says.

    ``defined`` is the cost the document's first line defines (:func:`_leading_definition`), already
    taken out of its steps, ``name`` the name it gives the cost, and ``declared`` the parameters its left side names.
    ``numbers``: parameter letters the page differentiates by as one number elsewhere (:func:`_each_derivation`);
    ``letters``: the parameter letters the page writes, an undefined h's model's (``build_problem``'s ``written``).
    ``subscripted``: each step's declared parameters as its reader found them (``f_{\\mathbf w, b}``: w and b).
    """
    from ..notation import parse_text

    if defined is not None:
        return _defined_problem(document, trees, defined, cost, wrt, input, regularise_intercept, lets, name,
                                rewrites, declared, letters, numbers)

    first = trees[0]
    takes = first if isinstance(first, tree.Derivative) else _derivative_of_the_sum(first)
    summed = takes is not None and takes is not first
    cost_line = 0
    wrt_given = wrt is not None
    if (takes is not None and _names_the_cost(takes.body) and len(trees) > 1
            and isinstance(trees[1], tree.Derivative) and not _names_the_cost(trees[1].body)
            and tree.shape(trees[1].wrt) == tree.shape(takes.wrt)):
        # ∂/∂θⱼ J(θ) = ∂/∂θⱼ [ −(1/m) Σ … ]: the second line writes out the cost the first names (∂L/∂w_j,
        # ∂ℓ/∂θⱼ, ∂E/∂w_j alike: the name is the formula's, whichever cost's letter, as ∂J/∂θⱼ's is)
        takes, cost_line = trees[1], 1
    renamed_wrt = None
    if wrt is None and takes is not None and document.wrt is not None:
        renamed_wrt = _named_otherwise(document, takes.wrt, input)
    if wrt is None:
        if renamed_wrt is not None:
            wrt = renamed_wrt
        elif takes is not None:
            wrt = _variable_text(takes.wrt, input)
        elif document.wrt is not None:
            try:
                named = _parse_step(document.wrt, document.notation)
            except InputError as error:
                raise _relocated(error, document, document.wrt_offset or 0, len(document.wrt)) from None
            if not isinstance(named, tree.Variable):
                raise InputError(
                    "the derivative's name does not say which variable it differentiates by",
                    source=document.source,
                    column=document.wrt_offset,
                    line=locate(document.source, document.wrt_offset or 0)[0],
                    hint="write dJ/dtheta_j, or give --wrt",
                )
            wrt = _variable_text(named, input)
    if cost is None and takes is not None and not _is_cost_name(takes.body):
        # the first line is the derivative to take: its body is the cost
        if not regularise_intercept:
            raise InputError("--no-reg-intercept applies to the L2 presets, and this cost is the first line's",
                             hint="give --cost logistic-l2 or --cost linear-l2")
        step = document.steps[cost_line]
        assert wrt is not None, "--wrt, else the variable of the derivative this branch takes"
        try:
            wrt_tree = parse_text(wrt, input=input).tree
        except InputError as error:
            raise error.with_label("--wrt") from None
        from ..notation import read_lets

        cost_lets = read_lets(lets, input=input)[0] if lets else []
        try:
            # ∂/∂θⱼ J(θ₀, θ₁) = ∂/∂θⱼ (1/2m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)²: the name declares θ₀, θ₁, so h is the line θ₀ + θ₁x
            # the page writes out below, as under ∂/∂θ₀ beside --cost (read as θᵀx of n features, the page's own
            # rewrite in θ₀ + θ₁x was judged wrong)
            problem = build_problem(takes.body, source=step.text, wrt=wrt_tree, wrt_source=wrt, lets=cost_lets,
                                    operator=takes.wrt if renamed_wrt is not None else _one_number(numbers),
                                    # the line's own model name declares them too (f_{\mathbf w, b}), as derive
                                    # reads the same text: without them ∂/∂b's h was noted θᵀx + b (hunt28b)
                                    parameters=(*_declared_by_the_name(document, cost_line),
                                                *(subscripted[cost_line] if cost_line < len(subscripted) else ())),
                                    written=letters)
            _depends_on_wrt(problem, wrt, document, step, given=wrt_given)
            _refuse_another_component_than_declared(document, problem)
            if renamed_wrt is not None:
                from ..printing.expressions import show_unicode

                problem = dataclasses.replace(problem, notes=(
                    *problem.notes, f"line {step.line} names ∂{name}/∂{show_unicode(problem.wrt)} and takes the "
                                    f"derivative by {show_unicode(sympy.Symbol(takes.wrt.name))} under it: the "
                                    f"derivation is of ∂{name}/∂{show_unicode(problem.wrt)}, as named, and the cost what the "
                                    "derivative is taken of"))
            if summed:
                from ..printing.expressions import show_unicode

                by = show_unicode(sympy.Symbol(takes.wrt.name))
                terms = f"Σ ∂/∂{by}(…)" if isinstance(first, tree.Sum) else f"∂/∂{by}(…) + ∂/∂{by}(…), term by term"
                problem = dataclasses.replace(problem, notes=(
                    *problem.notes, f"line {step.line} writes the cost out as a sum of derivatives, {terms}: by "
                                    "linearity the derivative of the sum, so the cost is the sum (give --cost to "
                                    "choose another)"))
            if cost_line:
                from ..printing.expressions import show_unicode

                letter = first.body.name if isinstance(first, tree.Derivative) and isinstance(first.body, tree.Variable) \
                    and _names_the_cost(first.body) else _COST_NAME
                problem = dataclasses.replace(problem, name=letter, notes=(
                    *problem.notes, f"the cost is the one line {step.line} writes out under ∂/∂{show_unicode(problem.wrt)}: "
                                    f"{letter} named on the line before is that cost (give --cost to choose another)"))
            return problem
        except InputError as error:
            if error.source != step.text:
                raise
            raise _relocated(error, document, step.offset, len(step.text)) from None
    from ..presets import find_preset

    if cost is not None and takes is not None and not _is_cost_name(takes.body) and wrt is not None \
            and line_of_declared(_declared_by_the_name(document, cost_line)) is not None:
        # ∂/∂θⱼ J(θ₀, θ₁) = ∂/∂θⱼ (1/2m)Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)² beside --cost linear: the name declares θ₀, θ₁, so the
        # page's h is the line θ₀ + θ₁x, and --cost's θᵀx of n features would judge its own rewrite in θ₀ + θ₁x wrong;
        # read in the page's letters where it is --cost's cost, as under ∂/∂θ₀ (else --cost is read as before)
        written = _written_under_the_operator(document, takes, cost_line, wrt, input, lets)
        if written is not None:
            _refuse_another_component_than_declared(document, written)
        one_feature = None if written is None else _one_feature_preset(written, cost, wrt)
        if written is not None and one_feature is not None:
            return dataclasses.replace(written, notes=(*written.notes, one_feature))
    # a preset's names are its own: the --let texts are the lines' (as check's are the answer's)
    let_texts = list(lets) if cost is not None and find_preset(cost) is None else []
    try:
        problem = read_cost(cost, wrt=wrt or DEFAULT_WRT, let=let_texts, input=input,
                            regularise_intercept=regularise_intercept,
                            page=[step.text for step in document.steps])
    except InputError as error:
        if error.label == "COST":
            error.label = "--cost"
        written = _written_under_the_operator(document, takes, cost_line, wrt, input, lets) \
            if takes is not None and not _is_cost_name(takes.body) and wrt is not None and cost is not None else None
        if written is not None:
            # ∂/∂θ₀ (1/2m)Σ(θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)² beside --cost linear: the preset in θ has no θ₀, but written with
            # θ₀ + θ₁x (the intercept one more parameter) it may be the cost the line writes out, read in its letters
            one_feature = _one_feature_preset(written, cost or "", wrt or "")
            if one_feature is not None:
                return dataclasses.replace(written, notes=(*written.notes, one_feature))
        _refuse_a_preset_by_a_one_feature_parameter(document, cost, wrt, error, cost_line)
        raise
    if cost is None:
        # the default is documented, but a page of linear regression judged against it reads as wrong: say it
        problem = dataclasses.replace(problem, notes=(*problem.notes, DEFAULT_COST_NOTE))
    return problem


#: the parameters of a one-feature model w x + b, by which a page's lines differentiate where --cost's preset writes θᵀx
_ONE_FEATURE_PARAMETERS = frozenset({"w", "b"})


def _refuse_a_preset_by_a_one_feature_parameter(document: Document, cost: str | None, wrt: str | None,
                                                error: InputError, cost_line: int) -> None:
    """Refuse, at the page's line, a preset in θ (--cost linear) beside lines that differentiate by w or b.

    A page of one-feature regression (``∂J/∂w = (1/m) × Σ (f(x⁽ⁱ⁾) − y⁽ⁱ⁾) × x⁽ⁱ⁾``, the model f(x) = wx + b and the cost
    said in plain prose, no maths of its own read) was refused "(in --wrt): the cost linear has the parameters θ …
    did you mean --wrt theta_j?", an option the user never gave. The page's letters are not θ's: which model the
    lines mean (w x + b, or θᵀx renamed) is the page's to say, and the lines hold nothing logderiv reads it from, so
    the refusal stays, at the line, with the preset written for one feature and an intercept as the way to check it
    (:func:`logderiv.presets.at_one_feature`). Anything else (a formula, an L2 preset, another letter) is left as it was.
    """
    from ..presets import at_one_feature

    preset = find_preset(cost or "")
    texts = None if preset is None else at_one_feature(preset)
    if error.label != "--wrt" or wrt not in _ONE_FEATURE_PARAMETERS or texts is None \
            or not document.steps or cost_line >= len(document.steps):
        return
    step = document.steps[cost_line]
    offset = step.offset + len(step.text) - len(step.text.lstrip())
    raise InputError(
        f"line {locate(document.source, offset)[0]} differentiates by {wrt}, and --cost {cost} is written in θ "
        f"(θᵀx), which holds no {wrt}: the page's model is not read from its lines (one feature and an intercept, "
        "w x + b, or θᵀx under other letters?), so which cost the lines derive is not said",
        source=document.source, column=offset, line=locate(document.source, offset)[0], label="FILE",
        hint=f"give the preset written for one feature and an intercept, --cost '{texts[0]}', with --let for each "
             "name the lines call (e.g. --let 'f(x) = w x + b')")


def _written_under_the_operator(document: Document, takes: tree.Derivative, cost_line: int, wrt: str, input: Input,
                                lets: Sequence[str]) -> Problem | None:
    """The cost a first line writes out under its operator (``∂/∂θ₀ (1/2m)Σ(…)²``), built by ``wrt``; None if unread.

    The parameters the derivative's name declares (``\\frac{\\partial}{\\partial\\theta_0}J(\\theta_0,\\theta_1)``) are
    the cost's, as a definition's left side declares them: J(θ₀, θ₁) says h is the line θ₀ + θ₁x.
    """
    from ..notation import parse_text, read_lets

    step = document.steps[cost_line]
    try:
        wrt_tree = parse_text(wrt, input=input).tree
        return build_problem(takes.body, source=step.text, wrt=wrt_tree, wrt_source=wrt,
                             lets=read_lets(lets, input=input)[0] if lets else [],
                             parameters=_declared_by_the_name(document, cost_line))
    except InputError:
        return None


def _declared_by_the_name(document: Document, cost_line: int) -> tuple[str, ...]:
    """The parameters the derivative's name declares up to the line writing the cost out (``J(\\theta_0,\\theta_1)``
    in ``\\frac{\\partial}{\\partial\\theta_j}J(\\theta_0,\\theta_1)``), as a definition's left side declares them."""
    from ..notation import parse_text

    step = document.steps[cost_line]
    # the name's arguments as written (the reader blanks them in the step's own text)
    found = _DECLARING_NAME.search(document.source, document.steps[0].offset, step.offset + len(step.text))
    if found is None:
        return ()
    try:
        return parse_text(f"{found.group()} = 0", input=document.notation).parameters
    except InputError:
        return ()


def _refuse_another_component_than_declared(document: Document, problem: Problem) -> None:
    """Refuse a page whose h was read as the line θ₀ + θ₁x its name J(θ₀, θ₁) declares, where the page writes
    another component (θ₂): a rewrite (θ₀ + θ₁x₁ + θ₂x₂ − y)² or a derivative by θ₂ says the writer's h has more
    features than the name, and judged with the line it would be 'wrong' for the name's slip (audit24f)."""
    from ..notation.scalars import LINE_OF_DECLARED

    note = next((note for note in problem.notes if note.startswith(LINE_OF_DECLARED)), None)
    if note is None:
        return
    shown = note[len(LINE_OF_DECLARED)]  # θ, w, β: the declared line's letter as the note shows it
    spelt = {"θ": "theta", "β": "beta"}.get(shown, shown)
    other = _ANOTHER_COMPONENT.get(shown, _ANOTHER_COMPONENT["w"]).search(document.source)
    if other is None:
        return
    line, _ = locate(document.source, other.start())
    raise InputError(
        f"h is not defined, and the cost's name declares the parameters {shown}₀, {shown}₁ (the one-feature line "
        f"{shown}₀ + {shown}₁x), but line {line} writes {other.group()}: the page's h has more parameters than the "
        "name declares, and which of the two the page means is not clear",
        source=document.source, column=other.start(), line=line, label="FILE",
        hint=f"define h on the page or with --let 'h = {spelt}_0 + {spelt}_1 x_1 + {spelt}_2 x_2' (or name the cost "
             f"J({shown}) for {shown}ᵀx of n features)")


#: a component other than the declared line's two (θ₂, \theta_{3}, w_2): by the line's letter as its note shows it
_ANOTHER_COMPONENT = {
    shown: patterns.compile(rf"(?:{letter})(?![A-Za-z])\s*(?:_\s*\{{?\s*(?![01](?!\d))\d+|[₂-₉])")
    for shown, letter in (("θ", r"\\theta|θ|(?<![A-Za-z\\])theta"), ("β", r"\\beta|β|(?<![A-Za-z\\])beta"),
                          ("w", r"(?<![A-Za-z\\])w"))}


#: the cost's name declaring its parameters in a derivative's name: J(\theta_0,\theta_1), L(w, b)
_DECLARING_NAME = patterns.compile(r"(?<![A-Za-z\\])[JL]\s*\([^()=]*,[^()=]*\)")


def _named_otherwise(document: Document, operator: tree.Variable, input: Input) -> str | None:
    """The variable the derivative's name differentiates by, when the first line's operator takes another letter.

    ``∂E/∂b = Σ ∂/∂w (…)²`` (copied from the ∂E/∂w above it): the writer names the derivation ∂E/∂b; read by
    its operator it would be checked as ∂E/∂w and its slip moved to the next line. Only another letter counts
    (∂J/∂θ named beside ∂/∂θⱼ is the same derivative written twice); a name that is no variable is left alone.
    """
    assert document.wrt is not None, "asked only of a document whose derivative is named"
    try:
        named = _parse_step(document.wrt, document.notation)
    except InputError:
        return None
    if not isinstance(named, tree.Variable) or named.name == operator.name:

        return None
    return _variable_text(named, input)


def _one_number(numbers: Collection[str]) -> tree.Variable | None:
    """The letter another derivation on the page differentiates by as one number (∂E/∂w), as a bare --wrt; or None."""
    if len(numbers) != 1:
        return None
    return tree.Variable(next(iter(numbers)), tree.Span(0, 0))


def _derivative_of_the_sum(first: tree.Node) -> tree.Derivative | None:
    """``Σₜ ∂/∂w (yₜ − w·x − b)²``, a first line that writes the cost out term by term: ∂/∂w Σₜ(…)², or None.

    The derivative of a sum over examples is the sum of the terms' derivatives, so a first line that
    takes each term's derivative writes the cost out as surely as ``∂/∂w Σₜ(…)²`` does: the sum of the terms.
    """
    if (isinstance(first, tree.Sum) and first.over == "examples" and isinstance(first.body, tree.Derivative)
            and not _is_cost_name(first.body.body)):
        inner = first.body
        return tree.Derivative(tree.Sum(first.over, first.index, inner.body, first.span), inner.wrt, first.span)
    return _derivative_of_the_terms(first)


def _derivative_of_the_terms(first: tree.Node) -> tree.Derivative | None:
    """``∇_w y log σ + ∇_w (1 − y) log(1 − σ)``, a first line that writes the cost out as its terms' derivatives, all by
    one variable: ∇_w [y log σ + (1 − y) log(1 − σ)], or None.

    The derivative of a sum is the sum of its terms' derivatives (the linearity :func:`_derivative_of_the_sum` reads
    for a sum over examples), so such a line writes out the sum of the terms as surely as ``∇_w [A + B]`` does
    (cold28's "Logistic Regression Deep Dive"). Each term must be a derivative of a formula, never of the cost's name
    (∂J/∂h ∂h/∂w is a chain, no cost), and all by the same variable, or the sum is no one derivative.
    """
    terms: list[tuple[str, tree.Derivative]] = []

    def split(node: tree.Node, sign: str) -> bool:
        if isinstance(node, tree.Binary) and node.op in ("+", "-"):
            return split(node.left, sign) and split(node.right, sign if node.op == "+" else
                                                    ("-" if sign == "+" else "+"))
        if isinstance(node, tree.Derivative) and not _is_cost_name(node.body) \
                and not isinstance(node.body, tree.Derivative):
            terms.append((sign, node))
            return True
        return False

    if not isinstance(first, tree.Binary) or first.op not in ("+", "-") or not split(first, "+"):
        return None
    if len({(term.wrt.name, term.wrt.feature, term.wrt.example) for _, term in terms}) != 1:
        return None
    body: tree.Node = terms[0][1].body if terms[0][0] == "+" else tree.Negate(terms[0][1].body, terms[0][1].span)
    for sign, term in terms[1:]:
        body = tree.Binary("+" if sign == "+" else "-", body, term.body, first.span)
    return tree.Derivative(body, terms[0][1].wrt, first.span)


#: said when neither --cost nor the file gives the cost, and the default is checked against
DEFAULT_COST_NOTE = ("no cost is given with --cost or written in the file: the lines are checked against the "
                     "default, the logistic cost (give --cost for another, e.g. --cost linear)")


def _defined_problem(document: Document, trees: list[tree.Node], defined: WrittenStep,
                     cost: str | None, wrt: str | None, input: Input, regularise_intercept: bool, lets: Sequence[str],
                     name: str = _COST_NAME, rewrites: Sequence[WrittenStep] = (),
                     declared: Sequence[str] = (), written_letters: Collection[str] = (),
                     numbers: Collection[str] = ()) -> Problem:
    """The problem of a derivation whose first line defines the cost: that cost, by the variable the lines name.

    Each of the definition's ``rewrites`` must be that cost too (:func:`_checked_rewrites`). ``numbers``: parameter
    letters the page differentiates by as one number elsewhere (:func:`_each_derivation`).

    With --cost too, the two must be the same cost: a derivation of the one
    checked against the other would be judged wrong (or right) for a reason
    the writer never wrote.
    """
    from ..notation import parse_text, read_lets, refuse_whole_declared
    from ..notation.page import example_term_lets
    from ..printing.expressions import show_unicode

    wrt_given = wrt is not None
    wrt, wrt_tree = _defined_wrt(document, trees, wrt, input)
    parsed = _parse_in(document, defined, _let_names(lets, input), _page_functions(lets, input))
    node = parsed.tree
    # N counts the examples here: read as m — said of the page's cost as of a --cost, and what the lines'
    # own counts are held to (_refuse_a_count_of_its_own)
    count_notes = [note for note in parsed.notes if " counts the examples here: read as m" in note]
    parse_notes = list(parsed.notes)
    cost_lets = read_lets(lets, input=input)[0] if lets and (cost is None or find_preset(cost) is None) else []
    # J = (1/m) Σᵢ Q_i beside --cost logistic: the cost is written in one example's term, built with it (the page's
    # other definitions, its model, stay out of the cost compared with the preset's)
    terms = example_term_lets(lets) if lets and not cost_lets else []
    built_lets = read_lets(terms, input=input)[0] if terms else cost_lets
    try:
        # J(θ₀, θ₁) = … + λθᵀθ: θ = (θ₀, θ₁), whose square the sum over features 1..n would build without θ₀²
        refuse_whole_declared(declared, wrt_tree, defined.text, node)
        written = build_problem(node, source=defined.text, wrt=wrt_tree, wrt_source=wrt, lets=built_lets,
                                parameters=declared, written=written_letters)
    except InputError as error:
        if error.source != defined.text:
            raise
        raise _relocated(error, document, defined.offset, len(defined.text)) from None
    try:
        _depends_on_wrt(written, wrt, document, document.steps[0], given=wrt_given)
    except InputError:
        # ∂J/∂w of a page's b + w x beside --cost linear: the preset's h (θᵀx) has no w, the page's own h has
        own = _with_the_pages_lets(node, defined, wrt_tree, wrt, lets, input, declared) \
            if _one_feature_texts(cost) is not None and lets and not cost_lets else None
        if own is None:
            raise
        if _one_feature_preset(own, cost or "", wrt) is None:
            # the page's own h makes its cost one of w: that cost is what differs from --cost, not the letters
            raise _not_the_cost_given(defined, show_unicode(own.cost), cost or "") from None
        written = own
    note = (f"the cost is the one line {defined.line} defines, {name} = {show_unicode(written.cost)}: "
            f"that definition is the cost, not a step of ∂{name}/∂" + show_unicode(written.wrt))
    rewritten = [*_checked_rewrites(document, written, defined, rewrites, name, wrt_tree, wrt, cost_lets),
                 *_joined_derivative_note(document, (rewrites or (defined,))[-1], name, written)]
    # how the definition's line was read (|w|² as ‖w‖², ∑ as \sum): said as each step's reading is
    rewritten += [reading for reading in parse_notes if reading not in written.notes]
    if cost is None:
        if not regularise_intercept:
            raise InputError("--no-reg-intercept applies to the L2 presets, and this cost is the first line's",
                             hint="give --cost logistic-l2 or --cost linear-l2")
        notes = tuple(dict.fromkeys((*written.notes, *count_notes, note, *rewritten)))
        return dataclasses.replace(written, notes=notes, name=name)
    def as_one_feature() -> Problem | None:
        """The page's cost when it is --cost's over one feature and an intercept (b + w x), noted; else None."""
        # the page's cost read as without --cost, its own definitions (h(x_i) = b + w x_i) put in
        own = _with_the_pages_lets(node, defined, wrt_tree, wrt, lets, input, declared, _one_number(numbers)) \
            if lets and not cost_lets else written
        if own is None:
            return None
        one_feature = _one_feature_preset(own, cost, wrt)
        if one_feature is None:
            return None
        # the preset's θᵀx over x = (1, x) is the page's b + w x: its cost, read in the page's letters, as if
        # --cost were left out
        return dataclasses.replace(own, name=name, notes=tuple(dict.fromkeys(
            (*own.notes, *count_notes, note, *rewritten, one_feature))))

    if numbers and _one_number(numbers) is not None and (one_number := as_one_feature()) is not None:
        # ∂J/∂θ₀ beside ∂J/∂θ₁ of a page's θ₀ + θ₁x: the page's other derivation differentiates by its w as one number,
        # so its w·x is a product of numbers here too, and --cost's θᵀx the page's b + w x, as in that derivation (read
        # alone, ∂J/∂b took --cost's wᵀx + b of a vector w, and the page's two derivations two costs: cold37)
        return one_number
    # --let's texts, as cost_lets is their reading (handed over read, they crashed the reader of --cost); the page's
    # definitions are among the letters that say which parameters the preset is meant in: ŷ⁽ⁱ⁾ = Σⱼ wⱼxⱼ⁽ⁱ⁾ + b
    # writes the b that the cost and a derivation by w_j do not (read without it, the preset was wᵀx, the intercept a
    # feature of ones, and the page's own cost with its b put in "not --cost linear": cold32's blog post)
    try:
        given = read_cost(cost, wrt=wrt, let=tuple(lets) if cost_lets else (), input=input,
                          regularise_intercept=regularise_intercept,
                          page=[defined.text, *(step.text for step in document.steps),
                                *(() if cost_lets else lets)])
    except InputError:
        # --cost linear by the page's scalar w: the preset in θ has no w, but written with b + w x it may be the page's
        one_feature = as_one_feature()
        if one_feature is None:
            raise
        return one_feature
    # each cost with its own definitions put in (both may say h, meaning their own model)
    verdict = judge(given.expand_definitions(given.cost), written.expand_definitions(written.cost),
                    dataclasses.replace(given, definitions={}), samples=Samples(), final=False, diagnosed=False,
                    wording=("the defined cost", "--cost"))
    vectors = {str(entry.base) for entry in given.expand_definitions(given.cost).atoms(sympy.Indexed)} & set(PARAMETER_VECTORS)
    if verdict.verdict != "equivalent" and terms and len(vectors) == 1 and not vectors & set(declared):
        # J(w, b) = (1/m) Σᵢ Q_i by b alone: the term's undefined prediction took θ for its weights where --cost's,
        # read in the page's letters, took w: the same cost in another letter, built again with the preset's
        declared = (*declared, *vectors)
        written = build_problem(node, source=defined.text, wrt=wrt_tree, wrt_source=wrt, lets=built_lets,
                                parameters=declared)
        verdict = judge(given.expand_definitions(given.cost), written.expand_definitions(written.cost),
                        dataclasses.replace(given, definitions={}), samples=Samples(), final=False, diagnosed=False,
                        wording=("the defined cost", "--cost"))
    name_defined = ""
    pages_lets_judged = False
    if verdict.verdict != "equivalent" and lets and not cost_lets and not terms:
        # ŷ⁽ⁱ⁾ = Σⱼ wⱼxⱼ⁽ⁱ⁾ + b beside J = (1/2m) Σᵢ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)²: built without the page's model, its ŷ took a
        # model of no intercept, where --cost's, read in the page's letters, has the page's b; with the page's own
        # definitions put in, the page's cost is the same function of the data as --cost's, or it is refused
        judged = _judged_with_the_pages_lets(node, defined, wrt_tree, wrt, lets, input, declared, given, verdict)
        pages_lets_judged = judged is not verdict  # built with them (else they could not be put in)
        if pages_lets_judged and judged.verdict != "equivalent":
            name_defined = " (with the page's own definitions of its names put in)"
        verdict = judged
    if verdict.verdict == "equivalent" and lets and not cost_lets and not pages_lets_judged:
        # the page's own definitions (h_w(x) = tanh(wᵀx) in its prose) were left out of the defined cost so as not
        # to clash with the preset's h: put in, the page's cost must still be --cost's, or the whole page would be
        # read with the preset's model where the writer defined another (audit32)
        verdict = _judged_with_the_pages_lets(node, defined, wrt_tree, wrt, lets, input, declared, given, verdict)
        if verdict.verdict != "equivalent":
            name_defined = " (with the page's own definitions of its names put in)"
    if verdict.verdict != "equivalent" and (one_feature := as_one_feature()) is not None:
        return one_feature
    if verdict.verdict != "equivalent" and not name_defined and (summand := _the_presets_summand(
            node, written, cost, wrt_tree, wrt, defined)) is not None:
        if lets:
            # the page's own model (ŷ = σ(z), z = W·x) beside the preset's h = σ(θᵀx): read with the preset's, the
            # page's model lines became steps judged against its h (a false "wrong"); which one is meant is asked
            raise InputError(
                f"line {defined.line} defines one example's loss, {show_unicode(written.cost)}, one example's "
                f"term of --cost {cost}, but the page defines a model of its own ({'; '.join(lets)}), "
                f"which --cost {cost}'s is not: which model's loss does the derivation derive?",
                label="--cost",
                hint="leave out --cost to check the derivation with the page's own model, or write the page's cost "
                     "with --cost's model")
        return dataclasses.replace(written, name=name, notes=tuple(dict.fromkeys(
            (*written.notes, *count_notes, note, *rewritten, summand))))
    if verdict.verdict != "equivalent":
        raise _not_the_cost_given(defined, show_unicode(written.cost) + name_defined, cost)
    return dataclasses.replace(given, notes=(*given.notes, note, *rewritten))


#: what the note of a preset read in a one-feature model's letters says
_ONE_FEATURE_MARK = "one feature and an intercept (θᵀx with x = (1, x))"
#: how that note, and the note of a preset read with any intercept apart (θ₀ + θᵀx), ends: the page's h is then the
#: cost's own
_IN_THE_PAGES_LETTERS = "written so: read in the page's letters"


def _one_feature_texts(cost: str | None) -> tuple[str, tuple[str, ...]] | None:
    """--cost's preset written for a one-feature model with an intercept, w x + b (its cost and lets); None for a
    formula or an L2 preset (its Σθₖ² would hold b too: :func:`logderiv.presets.at_one_feature`)."""
    from ..presets import at_one_feature

    preset = find_preset(cost or "")
    return None if preset is None else at_one_feature(preset)


def _one_feature_preset(written: Problem, cost: str, wrt: str) -> str | None:
    """--cost's unregularised preset against a page's cost of one feature and an intercept, w x + b: the note, or None.

    The presets write θᵀx; a course's first model is b + w x (θ₀ + θ₁x), one number w per example's one
    feature x and an intercept b — θᵀx with x = (1, x), the intercept counted as one more parameter. The page's
    cost is the preset's when it equals the preset written so (judged as --cost is, symbolically or at random
    points); any other cost is still refused as not --cost's.
    """
    from ..presets import at_one_feature

    preset = find_preset(cost)
    if preset is None:
        return None
    for product, model, mark in _models_apart(written):
        texts = at_one_feature(preset, product)
        if texts is None:
            return None
        text, lets = texts
        try:
            one = read_cost(text, wrt=wrt, let=lets, input="plain")
        except InputError:
            continue
        if _the_same_cost(one, written, "--cost"):
            return (f"--cost {cost} is written with θᵀx; the page's model is {model}, {mark}, and its cost is "
                    f"--cost {cost} {_IN_THE_PAGES_LETTERS}")
    return None


def _models_apart(written: Problem) -> list[tuple[str, str, str]]:
    """The models with an intercept apart a page's cost may write --cost's θᵀx as: (plain text, shown, what it is).

    b + w x with a scalar w (:func:`logderiv.notation.scalars.scalar_note`); θ₀ + θ₁x, Ng's week-1 line, and
    θ₀ + θᵀx, θ₀ beside the features 1..n (h = θ₀ + θ₁x₁ + ⋯ + θₙxₙ, or Σ_{k=0}^n θₖxₖ with x₀ = 1), where the page's
    cost holds θ₀: each θᵀx over x = (1, x), the intercept one more parameter, as --cost counts it (cold24).
    Which one is meant is not guessed: the page's cost must equal the preset written with it.
    """
    from ..notation.scalars import scalar_note

    models = [("(w x + b)", "b + w x", _ONE_FEATURE_MARK)] if scalar_note("w") in written.notes else []
    held = {str(atom.base) for atom in written.reached_atoms(written.cost, (sympy.Indexed,))
            if isinstance(atom, sympy.Indexed) and atom.indices == (0,)}
    for letter in sorted(held & {"theta", "beta", "w"}):
        shown = {"theta": "θ", "beta": "β", "w": "w"}[letter]
        models += [(f"({letter}_0 + {letter}_1 x)", f"{shown}₀ + {shown}₁x",
                    f"one feature and an intercept ({shown}ᵀx with x = (1, x))"),
                   (f"({letter}_0 + {letter}^T x)", f"{shown}₀ + {shown}ᵀx",
                    f"the features 1..n and an intercept apart ({shown}ᵀx with x = (1, x₁, …, xₙ))")]
    return models


def _the_same_cost(preset: Problem, written: Problem, wording: str) -> bool:
    """Whether the page's cost equals the preset read in the page's letters, each with its definitions put in (judged
    as --cost is: symbolically or at random points). ``wording``: the judge's second name, as each caller had it (no
    diagnosis is made, so no message shows it)."""
    verdict = judge(preset.expand_definitions(preset.cost), written.expand_definitions(written.cost),
                    dataclasses.replace(preset, definitions={}), samples=Samples(), final=False, diagnosed=False,
                    wording=("the defined cost", wording))
    return verdict.verdict == "equivalent"


def _the_presets_summand(node: tree.Node, written: Problem, cost: str, wrt_tree: tree.Node, wrt: str,
                         defined: WrittenStep) -> str | None:
    """The note reading a page's ONE example's loss as --cost's term, or None when it is not that term.

    A post defines L = −(y log ŷ + (1 − y) log(1 − ŷ)) for one example and derives ∂L/∂W, collected with
    --cost logistic: the preset is the mean of that loss over the examples, so the page's cost is the
    preset's summand (:func:`logderiv.notation.single_example.one_example_term`: its Σ and 1/m dropped), and its
    derivation is that example's gradient, judged as such. A page's cost that indexes an example (a sum, y⁽ⁱ⁾)
    or is any other term (a squared error beside --cost logistic, a penalty) is no summand: None, refused as before.
    """
    from ..notation import parse_text, read_lets
    from ..printing.expressions import show_unicode

    preset = find_preset(cost)
    if preset is None or single_example.indexes_an_example(node):
        return None
    term = single_example.one_example_term(parse_text(preset.cost, input="plain").tree)
    if term is None:
        return None  # an L2 preset: its penalty has no one-example term
    try:
        one = build_problem(term[0], source=preset.cost, wrt=wrt_tree, wrt_source=wrt,
                            lets=read_lets(preset.lets, input="plain")[0])
    except InputError:
        return None
    if not _the_same_cost(one, written, "--cost's term"):
        return None
    return (f"line {defined.line} defines one example's loss, {show_unicode(written.cost)}, the term of --cost "
            f"{preset.name}'s {'mean' if term[1] else 'sum'} over the examples: the derivation is judged as that "
            "example's gradient (summed over the examples" + (" and divided by m" if term[1] else "") +
            f", it is --cost {preset.name}'s)")


def _not_the_cost_given(defined: WrittenStep, shown: str, cost: str) -> InputError:
    """The refusal of a page whose defined cost (``shown``) is not --cost's."""
    return InputError(
        f"line {defined.line} defines the cost as {shown}, which is not --cost {cost}",
        label="--cost",
        hint="leave out --cost to check the derivation of the cost the notes define, or give the same cost",
    )


def _with_the_pages_lets(node: tree.Node, defined: WrittenStep, wrt_tree: tree.Node, wrt: str, lets: Sequence[str],
                         input: Input, declared: Sequence[str], operator: tree.Node | None = None) -> Problem | None:
    """The defined cost built with the page's definitions put in (as without --cost); None when they cannot be.
    ``operator``: a parameter the page differentiates by as one number elsewhere (:func:`_one_number`)."""
    from ..notation import read_lets

    try:
        return build_problem(node, source=defined.text, wrt=wrt_tree, wrt_source=wrt,
                             lets=read_lets(lets, input=input)[0], parameters=declared, operator=operator)
    except InputError:
        return None


def _judged_with_the_pages_lets(node: tree.Node, defined: WrittenStep, wrt_tree: tree.Node, wrt: str,
                                lets: Sequence[str], input: Input, declared: Sequence[str], given: Problem,
                                verdict: Verdict) -> Verdict:
    """The verdict on --cost against the defined cost built with the page's definitions; ``verdict`` (built without
    them) when they cannot be put in."""
    from ..notation import read_lets

    try:
        own = build_problem(node, source=defined.text, wrt=wrt_tree, wrt_source=wrt,
                            lets=read_lets(lets, input=input)[0], parameters=declared)
    except InputError:
        return verdict
    return judge(given.expand_definitions(given.cost), own.expand_definitions(own.cost),
                 dataclasses.replace(given, definitions={}), samples=Samples(), final=False, diagnosed=False,
                 wording=("the defined cost", "--cost"))


def _defined_wrt(document: Document, trees: list[tree.Node], wrt: str | None, input: Input) -> tuple[str, tree.Node]:
    """The variable a derivation of a defined cost is by: --wrt, else its first line's, its name's, or θⱼ; and its tree."""
    from ..notation import parse_text

    first = trees[0] if trees else None
    if wrt is None:
        if isinstance(first, tree.Derivative):
            wrt = _variable_text(first.wrt, input)
        elif document.wrt is not None:
            wrt = document.wrt
        else:
            wrt = DEFAULT_WRT
    try:
        return wrt, parse_text(wrt, input=input).tree
    except InputError as error:
        raise error.with_label("--wrt") from None


def _one_example_problem(document: Document, trees: list[tree.Node], problem: Problem, defined: WrittenStep,
                         announced: Announcement | None, wrt: str | None, input: Input, lets: Sequence[str],
                         declared: Sequence[str], written: Collection[str] = ()) -> tuple[Problem, str | None]:
    """The cost of ONE example when the page says its derivation is of one example; else ``problem`` as it is.

    CS229's "for one training example (x, y)": the page defines ℓ = Σᵢ …, says it derives one example's
    term, and its lines index no example. Checked against the sum, its first line would be "wrong" for a
    claim the writer never made; the cost checked is the sum's term, i dropped (and its 1/m), said in a
    note, and the ending says what the sum's derivative is. Without the words, a sum dropped between the
    cost and the lines stays a wrong step (the writer may have slipped); with them, a cost that has no
    one-example term (a penalty beside the sum) is refused naming both readings. Returns the problem and,
    when one example's is checked, the summed derivative's name (``∂ℓ/∂θⱼ``) for the ending.
    """
    from ..notation import read_lets
    from ..printing.expressions import show_unicode

    first = document.steps[0] if document.steps else None
    # a step's text opens with the blanked prose before its display: the derivation starts where its maths does
    column = None if first is None else first.offset + len(first.text) - len(first.text.lstrip())
    if announced is None or column is None:
        return problem, None
    if announced.offset >= column:
        _refuse_the_sum_then_one_example(document, trees, announced, defined, lets, input)
        return problem, None
    marked = [single_example.indexes_an_example(node) for node in trees]
    if any(marked):
        _refuse_one_example_then_the_sum(document, trees, marked, announced, defined, lets, input)
        return problem, None
    node = _parse_in(document, defined, _let_names(lets, input), _page_functions(lets, input)).tree
    if not single_example.indexes_an_example(node):
        return problem, None  # the cost is one example's already: nothing to take apart
    summed = f"∂{problem.name}/∂{show_unicode(problem.wrt)}"
    said = locate(document.source, announced.offset)[0]
    term = single_example.one_example_term(node)
    if term is None:
        raise InputError(
            f"line {said} says the derivation is of one example ('{announced.words}') and its lines index no "
            f"example, but the cost line {defined.line} defines has no one-example term: is the derivation "
            f"{summed} of the whole cost (its sum dropped, a wrong step), or of one example's loss?",
            source=document.source, column=column, line=locate(document.source, column)[0], label="FILE",
            hint="write the one example's loss before the derivation, or keep the sum over the examples in its lines",
        )
    one, mean = term
    counted = next((step for step, node in zip(document.steps, trees) if single_example.writes_the_count(node)), None)
    if mean and counted is not None:
        # J = (1/m)Σℓᵢ: one example's term is ℓ or (1/m)ℓ, and a line writing m may mean either
        start = counted.offset + len(counted.text) - len(counted.text.lstrip())
        raise InputError(
            f"line {said} says the derivation is of one example ('{announced.words}'), its lines index no example "
            f"and keep the count m: is one example's term of the mean ℓ, its 1/m dropped, or (1/m)ℓ, the 1/m kept?",
            source=document.source, column=start, line=locate(document.source, start)[0], label="FILE",
            hint="write the one example's loss as the cost before the derivation, or keep the sum in its lines")
    wrt, wrt_tree = _defined_wrt(document, trees, wrt, input)
    cost_lets = read_lets(lets, input=input)[0] if lets else []
    single = build_problem(one, source=defined.text, wrt=wrt_tree, wrt_source=wrt, lets=cost_lets,
                           parameters=declared, written=written)
    note = (f"line {said} says the derivation is of one example ('{announced.words}') and its lines index no "
            f"example: the cost checked is that example's term of line {defined.line}'s sum, "
            f"{problem.name} = {show_unicode(single.cost)} (the index i dropped{', and the 1/m' if mean else ''}); "
            f"the last line is judged as the one-example gradient: summed over the examples"
            f"{' (and divided by m)' if mean else ''} it is {summed}")
    kept = tuple(kept for kept in problem.notes if kept not in single.notes)
    return dataclasses.replace(single, notes=(*single.notes, *kept, note), name=problem.name,
                               objective=problem.objective), summed


def _refuse_one_example_then_the_sum(document: Document, trees: Sequence[tree.Node], marked: Sequence[bool],
                                     announced: Announcement, defined: WrittenStep, lets: Sequence[str],
                                     input: Input) -> None:
    """Refuse a page that says it derives one example, whose first lines index no example and whose later ones do.

    CS229's "for a single training example: ∂J/∂θⱼ = (θᵀx − y)xⱼ", then "summing over all examples: ∂J/∂θⱼ =
    (1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾": the first lines are one example's term, the last the whole cost's. The claim is
    read only where no line indexes an example, so such a page was judged against the sum throughout and called
    wrong at its first line, a claim the writer never made (audit26f). Whether those lines are one example's or
    the whole cost's with the sum dropped (a slip) only the writer knows: asked, never judged. A side that only
    names the derivative (∂J/∂θⱼ) says nothing either way; a cost that is one example's already has no term to
    take apart, and its lines are judged as before.
    """
    first = next(at for at, indexed in enumerate(marked) if indexed)
    unmarked = next((at for at in range(first) if not _names_a_derivative(trees[at])), None)
    if unmarked is None:
        return
    node = _parse_in(document, defined, _let_names(lets, input), _page_functions(lets, input)).tree
    if not single_example.indexes_an_example(node):
        return
    said = locate(document.source, announced.offset)[0]
    step, later = document.steps[unmarked], document.steps[first]
    column = step.offset + len(step.text) - len(step.text.lstrip())
    raise InputError(
        f"line {said} says the derivation is of one example ('{announced.words}'); this line indexes no example, and "
        f"line {later.line} does (a sum over the examples): is this line one example's term of the cost line "
        f"{defined.line} defines (the sum's derivative following), or the whole cost's with its sum dropped, a "
        "wrong step?",
        source=document.source, column=column, line=locate(document.source, column)[0], label="FILE",
        hint="check one example's lines on a page of their own, one example's loss its cost (L = …, then "
             "∂L/∂θⱼ = …), or keep the sum over the examples in every line",
    )


def _refuse_the_sum_then_one_example(document: Document, trees: Sequence[tree.Node], announced: Announcement,
                                     defined: WrittenStep, lets: Sequence[str], input: Input) -> None:
    """Refuse a page that derives the summed cost, then says "for a single training example" before lines that index
    no example.

    ``∂J/∂θⱼ = (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾``, then "and for a single training example ($m = 1$): ∂J/∂θⱼ =
    (h(x) − y)xⱼ": the words stand after the page's first line, so they were not read as its claim, and the later
    line was judged against the sum and called wrong, a claim the writer never made (hunt31b). It is CS229's order
    reversed (:func:`_refuse_one_example_then_the_sum`): whether the later lines are one example's term or the whole
    cost's with its sum dropped only the writer knows. Words after every line (nothing after them to claim) and a
    cost that is one example's already leave the page as before.
    """
    starts = [step.offset + len(step.text) - len(step.text.lstrip()) for step in document.steps]
    earlier = next((at for at in reversed(range(len(trees))) if starts[at] < announced.offset
                    and single_example.indexes_an_example(trees[at])), None)
    later = next((at for at in range(len(trees)) if starts[at] > announced.offset
                  and not _names_a_derivative(trees[at]) and not single_example.indexes_an_example(trees[at])), None)
    if earlier is None or later is None:
        return
    node = _parse_in(document, defined, _let_names(lets, input), _page_functions(lets, input)).tree
    if not single_example.indexes_an_example(node):
        return
    said = locate(document.source, announced.offset)[0]
    step = document.steps[later]
    raise InputError(
        f"line {said} says a derivation is of one example ('{announced.words}'); this line after it indexes no "
        f"example, and line {document.steps[earlier].line} before it does (a sum over the examples): is this line one "
        f"example's term of the cost line {defined.line} defines, or the whole cost's with its sum dropped, a wrong "
        "step?",
        source=document.source, column=starts[later], line=locate(document.source, starts[later])[0], label="FILE",
        hint="check one example's lines on a page of their own, one example's loss its cost (L = …, then "
             "∂L/∂θⱼ = …), or keep the sum over the examples in every line",
    )


def _sums_dropped(document: Document, trees: list[tree.Node], problem: Problem,
                  announced: Announcement | None, page: str) -> tuple[list[tree.Node], list[str]]:
    """The lines after the first, each that marks example i outside any Σ over the examples read as one example's
    term (its marks dropped), where the cost sums over the examples and the page does not say it derives one; notes.

    ``∂J/∂θⱼ = (1/m)Σᵢ(h(xᵢ) − y)∂(h − y)/∂θⱼ = (1/m)(h(xᵢ) − y)xᵢ``: the Σ is gone and its i left bound by nothing,
    a slip (cold30's recap and BGD post). Refused as a free index, such a page went unjudged; it is read as a line
    that writes no index is, one example's term where the mean stands, and judged against the line before it (wrong
    there, unless the mean itself is one example's). The first line names the derivative; a page that says it
    derives one example is read by :func:`_one_example_problem`.

    Only a line that keeps the mean's count m ((1/m)(h − y)xⱼ, (1/2m)(h − y)²) is the Σ dropped by a slip: without it,
    ½(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² is as much one example's loss (SGD notes, the writer's ∂J/∂θⱼ meaning ∂ℓᵢ/∂θⱼ) as a sum
    dropped, and a page whose words say either ("stochastic", "the i-th example", "the sum over i is understood")
    reads it its own way: both are left as they were, refused as a free index (audit29a: each was judged wrong).
    """
    from ..notation.matrix_cost import is_matrix_form

    if announced is not None or not any(isinstance(found, sympy.Sum) and symbols.example_index in found.variables
                                        for found in sympy.preorder_traversal(problem.cost)):
        return trees, []
    if single_example.sum_left_unwritten(page) is not None:
        return trees, []
    kept, notes = list(trees[:1]), []
    for step, node in zip(document.steps[1:], trees[1:]):
        term = None if is_matrix_form(node) or not single_example.writes_the_count(node) \
            else single_example.term_of_a_dropped_sum(node)
        if term is None:
            kept.append(node)
            continue
        kept.append(term)
        notes.append(f"line {step.line} marks example i (x⁽ⁱ⁾, y⁽ⁱ⁾) outside any Σ over the examples, where the cost "
                     "sums over them: the Σ is dropped, and the line is read as one example's term standing where "
                     "the sum stood (its marks dropped, as a line that writes no index is), judged against the line "
                     "before it")
    return kept, notes


def _names_a_derivative(node: tree.Node) -> bool:
    """Whether ``node`` only names a derivative, ``∂J/∂θⱼ`` (of a name, not of a formula)."""
    return isinstance(node, tree.Derivative) and isinstance(node.body, tree.Variable)


def _checked_rewrites(document: Document, written: Problem, defined: WrittenStep, rewrites: Sequence[WrittenStep],
                      name: str, wrt_tree: tree.Node, wrt: str, lets: Sequence[Let]) -> list[str]:

    """Check that each rewrite of the cost (``J = A = B``: B) is the cost A; the notes that say so.

    A rewrite that is not the cost is refused rather than judged: the writer may
    derive either, and which one the derivation's first line differentiates is
    what the ending is judged by.
    """
    from ..notation.matrix_cost import is_matrix_form, lower_matrix_forms
    from ..printing.expressions import show_unicode

    from ..notation.latex import GLUED_INDEX_NOTE

    notes = []
    for rewrite in rewrites:
        parsed = _parse_in(document, rewrite)
        node = parsed.tree
        # \sum{i=1}^{n}, \hat{y}i: a rewrite's underscore an editor ate, read back as a subscript; said, as the
        # derivation's own lines say it
        notes += [f"line {rewrite.line}: {note}" for note in parsed.notes if GLUED_INDEX_NOTE in note]
        try:
            if is_matrix_form(node):
                # J = (1/2m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² = (1/2m)‖Xθ − y‖²: the cost said again in matrix form, read in index
                # form as a matrix cost is (every reduction noted) and checked against the definition all the same
                node, _, lowered = lower_matrix_forms(node, rewrite.text, (), wrt=wrt)
                notes += [f"line {rewrite.line}: {note}" for note in lowered]
            other = build_problem(node, source=rewrite.text, wrt=wrt_tree, wrt_source=wrt, lets=lets)
        except InputError as error:
            if error.source != rewrite.text:
                raise
            raise _relocated(error, document, rewrite.offset, len(rewrite.text)) from None
        verdict = judge(written.expand_definitions(written.cost), other.expand_definitions(other.cost),
                        dataclasses.replace(written, definitions={}), samples=Samples(), final=False,
                        diagnosed=False, wording=(f"line {rewrite.line}", f"line {defined.line}"))
        if verdict.verdict != "equivalent":
            column = rewrite.offset + len(rewrite.text) - len(rewrite.text.lstrip())
            raise InputError(
                f"line {rewrite.line} rewrites the cost {name} as {show_unicode(other.cost)}, which is not the cost "
                f"line {defined.line} defines ({show_unicode(written.cost)}); which one does the derivation derive?",
                source=document.source, column=column, line=locate(document.source, column)[0],
                hint="correct the rewrite, or start the derivation's file at the cost it derives",
            )
        notes.append(f"line {rewrite.line} rewrites the cost {name} (the definition on line {defined.line}): "
                     f"checked equal to it, not a step of ∂{name}/∂{show_unicode(written.wrt)}")
    return notes


def _joined_derivative_note(document: Document, last: WrittenStep, name: str, written: Problem) -> list[str]:
    """The note for ``J = A = ∂/∂θⱼ A``: the cost's chain and the derivation joined by one '=' (else none).

    Read literally the line says the cost equals its own derivative, which no
    writer means: the '=' goes on from the cost to the derivative of it, the
    derivation's first side, which is checked against ∂J/∂θⱼ as any first side is.
    """
    from ..printing.expressions import show_unicode

    if not document.steps or not _joined_by_equals(document, last, document.steps[0]):
        return []
    wrt = show_unicode(written.wrt)
    return [f"line {document.steps[0].line} joins the cost {name} and its derivative by '=' ({name} = … = ∂/∂{wrt} …): "
            f"read as the derivation of {name} starting at the derivative, not as {name} equal to its derivative"]


def _depends_on_wrt(problem: Problem, wrt: str, document: Document, step: WrittenStep, *, given: bool) -> None:
    """Refuse a cost without the variable differentiated by (∂/∂w_j of a cost in θ: a "verified" 0).

    The variable is --wrt's when given, else the one the derivation's line names: the error then points there.
    """
    from ..notation import check_depends_on_wrt, check_numbered_component

    try:
        check_depends_on_wrt(problem, wrt)
        check_numbered_component(problem, wrt)
    except InputError as error:
        if given or error.label != "--wrt":
            raise
        blank = len(step.text) - len(step.text.lstrip())  # a display's step may open with the blank lines before it
        raise _relocated(error, document, step.offset + blank, len(step.text) - blank) from None
