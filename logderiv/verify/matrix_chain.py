"""Check a derivation written in matrix form, step by step: J = ½(Xθ − y)ᵀ(Xθ − y) = … , ∇_θ J = … = XᵀXθ − Xᵀy.

Each side is read in matrix notation (X m×n, θ n×1, y m×1, as ``check`` reads a
matrix answer; θᵀ and yᵀ may be transposed too) and is a function of θ: a
number (the cost, its expansions) or an n×1 vector (the gradient). A side
``∇_θ (…)`` (or ``∇ J``, ``∂J/∂θ``) is the gradient of the number under it.
A step is an identity of functions of θ: both sides are built with random
rational data X, y at several sizes and θ left symbolic, so each is a
polynomial in θ₁ … θₙ and the two are compared exactly (no tolerance, no
sampling of θ); a step that fails is wrong for that data at every θ but a set
of measure zero, and the counterexample is given at a random θ. The last side
must be the gradient of the cost: the cost the first chain defines
(``J(θ) = …``), else the one the first side takes ∇ of.

A side whose product does not conform (``(Xᵀθᵀ − yᵀ)(Xθ − y)``, the writer's (Xθ)ᵀ with its factors in
the wrong order) has no value: it is a wrong step in itself, reported as the step's error with the
shapes that do not conform, and the side after it is compared with the last side that conforms. Only a
cost that does not conform, with nothing before it to compare, is refused.

What is refused (exit 2, with the line): a side that is neither a number nor
an n×1 vector, ∇ of something that is not a number. A last side ``0`` right
after a side that is the gradient is the first-order condition, set aside as
not a step (``verify.optimality``); a ``0`` after any other side is a step.
"""

from __future__ import annotations

import dataclasses
import random
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Sequence

import sympy

from ..records.derivation import Check
from ..errors import InputError
from ..record import record
from ..notation import symbols
from ..notation.vocabulary import cost_name_pattern
from ..notation.brackets import closing, top_level
from ..notation.document import Document, WrittenStep, locate
from ..notation.conventions import SIGMOID_LETTER
from ..notation.matrices import build_matrix_line, is_matrix_answer, unconformable
from ..notation.matrix_cost import typed_maths
from ..notation.weight_matrix import WEIGHT_MATRIX
from ..notation.models import DEFAULT_PREDICTION_NOTE_START
from ..notation.problem import Problem
from ..records.review import Review, StepReview
from ..records.verdict import Counterexample, Diagnosis, Value
from .. import patterns
from .optimality import (first_order_condition, first_order_note, solved_note, writes_zero_alone, zero_row_condition,
                         zero_row_note)
from ..equality.tolerances import MATRIX_LINES_SEED as _SEED, MATRIX_LINES_SIZES as _SIZES

if TYPE_CHECKING:  # pragma: no cover
    from ..notation.tree import Node

__all__ = ["writes_matrix_form", "review_matrix_document"]

#: the parameter vectors a matrix-form line may write, and how they are shown
_PARAMETERS = {"theta": "θ", "w": "w", "beta": "β"}
#: ∇ at the head of a side, with its optional subscript (∇_θ, \nabla_{\boldsymbol w}, ∇_θ typed in plain text); group
#: "by" is the subscript
_NABLA_CORE = r"(?:\\nabla|∇)\s*(?:_\s*(?P<by>\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\\[A-Za-z]+|[A-Za-zθβ]))?\s*"
_NABLA = patterns.compile(r"\s*" + _NABLA_CORE)
#: the same searched for anywhere in a line, with no run of space before it: a leading \s* made the search scan a
#: long run of blanked prose again from each of its places (quadratic: 60,000 blanks took 17 s)
_NABLA_IN_LINE = patterns.compile(_NABLA_CORE)
#: the gradient's name written as a derivative by the whole vector: \frac{\partial J(\theta)}{\partial\theta},
#: the cost's names a matrix chain reads (the registry's J, L, \mathcal{J}, \mathcal{L}: notation.vocabulary)
_COST_LETTERS = cost_name_pattern("J", "L", "\\mathcal{J}", "\\mathcal{L}", mathcal="braced_or_bare")
#: \frac{d L(w)}{d w}, \frac{\partial \mathcal{L}}{\partial \textbf{w}} (the vector in bold, one level of braces)
_DERIVATIVE_NAME = patterns.compile(
    r"\s*\\[dt]?frac\s*\{\s*(?:\\partial|d)\s*(?P<braced>\{)?\s*(?P<cost>" + _COST_LETTERS + r")\s*"
    r"(?:\(\s*[^()]*\))?\s*(?(braced)\})\s*\}\s*\{\s*(?:\\partial|d)\s*(?P<by>[^{}]*(?:\{[^{}]*\}[^{}]*)?)\}\s*")
#: the same name typed in plain text, as Markdown notes write it with no $ (∂J/∂w, dJ/dw, ∂J(θ)/∂θ, dL/dtheta): ∂ or d
#: over ∂ or d alike, the cost's letter (bracketed by the vector the denominator names, or bare) over the whole vector
#: or the intercept b; the plain reader would take it for the derivative of an unknown number J, 0 (the spaces after
#: the bracket are its group's, so that a run of spaces before no '/' is matched one way only)
_PLAIN_VECTOR = r"(?:θ|\\theta|theta|β|\\beta|beta|w)"
_PLAIN_DERIVATIVE_NAME = patterns.compile(
    r"\s*(?P<d>∂|d)\s*(?P<cost>" + cost_name_pattern("J", "L") + r")\s*(?:\(\s*(?P<of>" + _PLAIN_VECTOR + r")\s*\)\s*)?/\s*(?P=d)\s*"
    r"(?P<by>" + _PLAIN_VECTOR + r"|b)\s*")
#: a plain vector's spellings by the name the lines read it by
_PLAIN_VECTOR_NAMES = {"θ": "theta", "\\theta": "theta", "theta": "theta", "β": "beta", "\\beta": "beta",
                       "beta": "beta", "w": "w"}
#: the derivative by the whole vector written as an operator before what it is taken of: \frac{\partial}{\partial w},
#: \frac{d}{dw}, \frac{\partial}{\partial \textbf{w}} — ∇_w by another name
_VECTOR_OPERATOR = patterns.compile(
    r"\s*\\[dt]?frac\s*\{\s*(?P<d>\\partial|d)\s*\}\s*\{\s*(?P=d)\s*(?P<by>[^{}]*(?:\{[^{}]*\}[^{}]*)?)\}\s*")
#: the whole parameter vector as a derivative's denominator writes it: w, \theta, \mathbf{w}, \boldsymbol\theta
#: (never a component: θ_j's derivative is one entry of the gradient, not the gradient)
_WHOLE_VECTOR = patterns.compile(
    r"\s*(?:\\(?:mathbf|textbf|boldsymbol|bm|vec|hat|widehat)\s*\{?\s*)?\\?(?P<name>theta|beta|w)\s*\}?\s*")
#: the cost's name primed, a new left side: J(\theta)', J'(\theta), J' — the derivative of the cost by the vector
_PRIMED_COST = patterns.compile(r"\s*[JL]\s*(?:'\s*)?(?:\(\s*[^()]*\))?\s*(?:(?<=\))\s*')?\s*")
#: the whole parameter vector written as its components, Ng's J(θ₀, θ₁, …, θₙ): the first two, an ellipsis, the last
_LISTED_COMPONENT = r"(?:\\theta|\\beta|w)\s*_\s*"
_LISTED = (_LISTED_COMPONENT + r"\{?\s*0\s*\}?\s*,\s*" + _LISTED_COMPONENT + r"\{?\s*1\s*\}?\s*,\s*"
           r"(?:\\cdots|\\ldots|\\dots|…|\.\.\.)\s*,\s*" + _LISTED_COMPONENT + r"\{?\s*[npdk]\s*\}?")
#: the cost's name alone (J, J(θ) — blanked to J by the reader —, L(w); \mathcal{L}(w), as a ridge note spells it;
#: J(θ) typed in plain text under ∇, ∇_θ J(θ), where no reader blanks it)
#: the parameter vector plain, bold or hatted (J(\mathbf{w}), J(\boldsymbol\theta), L(\hat{w}): the estimate's
#: hat, which the lines' reader takes for the plain letter too), as the lines write it, or as its components listed;
#: the spaces after the bracket belong to the bracket's group, so that a run of spaces with no bracket is matched one
#: way only (two \s* side by side split "J" + spaces + "x" every way: 3 s at 20,000 spaces)
_COST_NAME = patterns.compile(r"\s*(?P<cost>" + _COST_LETTERS + r")\s*(?:(?:\(\s*(?:(?:\\mathbf|\\textbf|\\boldsymbol|\\bm|\\hat|\\widehat)\s*\{?\s*)?"
                              r"(?:\\theta|\\beta|w|θ|β)\s*\}?\s*\)|\(\s*(?P<listed>" + _LISTED + r")\s*\))\s*)?")
#: trace of a 1×1 matrix: \mathop{tr}, \operatorname{tr}, \mathrm{tr}, \text{tr}, \tr
_TRACE = patterns.compile(r"\\(?:mathop|operatorname|mathrm|text)\s*\{\s*tr\s*\}|\\tr(?![A-Za-z])"
                          # tr typed as two letters before its bracket, as notes do: t and r are no names of a matrix line
                          r"|(?<![A-Za-z\\])tr(?=\s*\()")
#: tr typed as two letters before a matrix line's operand without a bracket (tr\theta^TX^TX\theta - 2tr y^TX\theta):
#: an operator's word, as tr AB is tr(AB), over the product up to the next + or − (a name after it, never a word:
#: \theta, \vec{y}, X, y, w, not the 'ain' of 'train')
_BARE_TRACE = patterns.compile(r"(?<![A-Za-z\\{_^])tr(?=\s*(?:\\[A-Za-z]|[XywA-Z](?![A-Za-z])))")
#: a number before ∇ (\frac12\nabla_\theta tr(…)): ∇ of the number times it, as ∇ is linear
#: (\frac{1}{m} ∂/∂w(…) too: the count in the denominator, a number of the lines, 1/m ∂/∂w f is ∂/∂w (f/m))
_COEFFICIENT = patterns.compile(
    r"\s*(?:\\[dt]?frac\s*(?:\{\s*\d+\s*\}|\d)\s*(?:\{\s*(?:\d+\s*[mnN]?|[mnN])\s*\}|\d)|\d+(?:\.\d+)?)\s*"
    r"(?=\\nabla|∇|\\[dt]?frac\s*\{\s*(?:\\partial|d)\s*\})")
#: Octave's elementwise power pasted in a text box: (Xθ − y) \mbox{.^2}
_BOXED_POWER = patterns.compile(r"\\(?:mbox|text)\s*\{\s*\.\^\s*(?P<power>\d)\s*\}")

#: the data matrix X in a line, alone or glued as math.stackexchange glues it: y^TXw, (y - Xw) (not X_i, not a word)
_WRITES_X = patterns.compile(r"(?:(?<![A-Za-z\\])|(?<=\^T))X(?:(?![A-Za-z_])|(?=w(?![A-Za-z])))")

#: ridge's λ (λwᵀw, 2λw): a constant of the lines, given a random positive value with each size's data; the
#: vocabulary's constant, the very symbol the matrix reader builds for λ
_PENALTY_WEIGHT = symbols.scalar("lambda")
#: the intercept b (Xw + b, ∂J/∂b): one number added to every example's prediction, a parameter beside the vector —
#: in a line it is added to each entry of an m×1 vector, b·1 (the reader's number beside a vector), and the lines are
#: compared as functions of w and b alike
_INTERCEPT = symbols.scalar("b")
#: α, the penalty's weight as scikit-learn names it (Ridge(alpha): J = (1/m)Σ(ŷᵢ − yᵢ)² + αΣⱼwⱼ²): a constant of the
#: lines as λ is, given a random positive value of its own with each size's data
_ALPHA = symbols.scalar("alpha")
#: δ, the penalty's weight as some notes write ridge (J = (y − Xθ)ᵀ(y − Xθ) + δ²θᵀθ, δ² where others write λ): a
#: constant of the lines as λ and α are, given a random positive value of its own with each size's data
_DELTA = symbols.scalar("delta")


def writes_matrix_form(document: Document) -> bool:
    """Whether a derivation is in matrix form: a line writes ∇ of a matrix expression, or X in matrix notation."""
    for step in document.steps:
        text = _NABLA_IN_LINE.sub(" ", _TRACE.sub(" ", step.text))
        if not _WRITES_X.search(text):
            continue
        try:
            if is_matrix_answer(_parse(_prepared(step.text, [])[0], document)):
                return True
        except InputError:
            continue
    return False


@dataclass
class _Side:
    """One side of the chain: its step, its value built (a number or a matrix expression), what ∇ it takes."""

    step: WrittenStep
    #: a function of θ: the value outside ∇ (None when the side is ∇ … alone)
    value: sympy.Basic | None
    #: the number ∇ is taken of (None: no ∇); the cost's name under ∇ is the cost
    gradient_of: sympy.Basic | None = None
    #: the side is the cost's name alone (J, J(θ), L(w))
    cost_name: bool = False
    #: what ∇ is taken of, as written
    operand: str = ""
    notes: list[str] = field(default_factory=list)
    #: the reader's refusal of a product or sum that does not conform: the side has no value, the step is wrong
    unconforming: InputError | None = None
    #: the vector a derivative's denominator names (∂/∂w, ∂J/∂θ): w, theta or beta; None for ∇ and no derivative
    by: str | None = None
    #: the letter the side names the cost by, J or L (\mathcal{L} is L), where it names it; else ''
    letter: str = ""

    @property
    def is_name(self) -> bool:
        return self.cost_name or (self.value is None and self.gradient_of is _COST)


#: the cost's name under ∇ (∇_θ J): replaced by the cost once it is known
_COST = sympy.Symbol("J_cost")


def review_matrix_document(document: Document, *, cost: str | None = None, wrt: str | None = None,
                           lets: Sequence[object] = (), parts: Sequence[str] = (), page: str | None = None,
                           lemma: bool = False) -> Review:
    """Check every step of a matrix-form derivation (see the module's docstring).

    ``cost`` (--cost) is read too and must be the cost the lines define (compared at the random data, noted);
    ``lets`` (--let, the page's definitions) are read in matrix form; ``parts`` are the page's definitions of a
    part of the cost in its prose (L(θ) = ½(Xθ − y)ᵀ(Xθ − y)), read where the lines use them and left otherwise.
    """
    if wrt:
        # the lines say the vector (∇_θ, ∂/∂w): --wrt could only disagree; the caret goes to the first line that
        # writes X, which makes the derivation one in matrix form
        written = next((step for step in document.steps if _WRITES_X.search(step.text)), document.steps[0])
        raise _fail(document, written, 0, "--wrt is not read with a derivation in matrix form (this line writes the "
                    "data matrix X)", "the lines differentiate by the whole parameter vector they write")
    _refuse_a_stated_shape_of_columns(page or document.source)
    document, count_notes = _examples_counted_by_n(document)
    # a definition beside the lines (a --let, the page's own) is read in matrix form, as the lines are; a part of the
    # cost the page's prose names (L(θ) = ½(Xθ − y)ᵀ(Xθ − y)) is read where the lines use it
    defined = _definitions(document, [str(let) for let in lets], parts)
    sides = _sides(document, defined, cost)
    _refuse_two_counts(document, sides)
    _refuse_two_cost_letters(document, sides)
    _refuse_an_unconforming_start(sides)
    parameter = _parameter(sides, document)
    _refuse_an_intercept_without_labels(document, sides)
    option, (cost, cost_notes) = cost, _cost(document, sides, cost, parameter)
    if option and any(note.startswith(_COST_GIVEN) for note in cost_notes):
        _refuse_what_the_cost_given_does_not_say(document, sides, defined, option, parameter)
        option = None  # the cost is --cost's own: nothing to compare it with
    if isinstance(cost, sympy.MatrixExpr) and cost.shape != (1, 1):
        raise _fail(document, sides[0].step, 0, f"the cost is a number, and this one is {_shape(cost)}", None)
    vector = sympy.MatrixSymbol(parameter, symbols.n, 1)
    data = [_data(m, n, parameter, seed) for seed, (m, n) in enumerate(_SIZES)]
    if option:
        cost_notes.append(_agreeing_cost(document, sides, cost, data, parameter, option))
    sides, condition_notes, solving = _first_order_condition_set_aside(document, sides, cost, data, parameter)
    if not lemma:
        sides = _zero_after_a_derivative_set_aside(document, sides, cost, data, parameter, condition_notes)
    gradient_name = document.name is not None
    # λ in any line (ridge's λwᵀw): its value at each size is one of the counterexample's inputs
    weighted = any(isinstance(part, sympy.Basic) and part.has(_PENALTY_WEIGHT)
                   for part in (cost, *(side.value for side in sides), *(side.gradient_of for side in sides)))
    # α likewise (scikit-learn's name for the penalty's weight)
    with_alpha = any(isinstance(part, sympy.Basic) and part.has(_ALPHA)
                     for part in (cost, *(side.value for side in sides), *(side.gradient_of for side in sides)))
    # δ likewise (ridge's δ²θᵀθ)
    with_delta = any(isinstance(part, sympy.Basic) and part.has(_DELTA)
                     for part in (cost, *(side.value for side in sides), *(side.gradient_of for side in sides)))
    if with_delta:
        _refuse_a_delta_not_squared(document, option, lets, parts)
    reviews: list[StepReview] = []
    compared: list[str] = []
    zero_notes: list[str] = []
    previous: _Side | None = None
    number = 0
    skipped = False  # a side that does not conform was passed over since ``previous``
    gradient_words = f"∇{_PARAMETERS[parameter]}J, the gradient of the cost"
    for index, side in enumerate(sides):
        joined = index > 0 and _joined(document, sides[index - 1].step, side.step)
        if not joined:
            previous = side
            if side.is_name or index == 0 and not gradient_name:
                continue
            previous = None  # the first side under a leading ∇J name: compared with ∇J
        number += 1
        if side.unconforming is not None:
            # no value to compare: wrong in itself; the next side is compared with the last that conforms
            reviews.append(StepReview(number, side.step, _UNREAD, False, _check(), None, (_unconforming(side),),
                                      has_value=False))
            earlier = "the line before it" if previous is None or previous.is_name else f"line {previous.step.line}"
            compared.append(f"{earlier} (this line's shapes do not conform: it has no value)")
            skipped = True
            continue
        after = _values(side, cost, data)
        if previous is None and after[0].shape == (1, 1):
            # a number opening a display of its own: compared with the cost
            words, previous = "the cost J", _Side(side.step, None, cost_name=True)
        elif previous is not None and previous.is_name and previous.by == _BY_INTERCEPT:
            words = _INTERCEPT_WORDS
        elif previous is None or previous.is_name and previous.gradient_of is not None:
            words = gradient_words
        elif previous.cost_name:
            words = f"the cost's name on line {previous.step.line} (its definition)"
        else:
            words = f"line {previous.step.line}" + (", the last line whose shapes conform" if skipped else "")
        skipped = False
        before = _values(previous, cost, data) if previous is not None else _gradients_of(cost, data)
        if lemma and writes_zero_alone(side.step.text) and previous is not None and previous.gradient_of is not None \
                and previous.value is None and all(
                each.shape == (1, 1) and one.shape != (1, 1) for each, one in zip(after, before)):
            # ∂/∂w [yᵀy] = 0: a derivative by the vector written 0 alone, the zero vector of its shape (as ∇J = 0 is
            # read), not the number 0 whose shape never matched (a Russian notebook's term-by-term lemmas, cold41);
            # in a lemma only: in the derivation the 0 after the cost's derivative sets it to zero (audderiv39)
            after = [sympy.zeros(*one.shape) for one in before]
            zero_notes.append(f"line {side.step.line}: the 0 alone after a derivative by the vector "
                              f"{_PARAMETERS[parameter]} is read as the zero vector (n×1), as ∇J = 0 is")
        valid, counterexample, check = _same(before, after, data, parameter, weighted, with_alpha, with_delta)
        reviews.append(StepReview(number, side.step, _shown(side, cost), valid, check, counterexample))
        compared.append(words)
        previous = side
    if solving is not None:
        # an equation after the first-order condition without its solutions: a wrong step, said as what it is
        reviews.append(StepReview(number + 1, solving.step, solving.shown, False, solving.check, solving.counterexample,
                                  solving.diagnosis))
        compared.append(solving.words)
    gradient = _gradient_shown(cost, vector)
    ending, ending_check = _ending(document, sides, cost, data, parameter)
    intercept = [_INTERCEPT_NOTE.format(p=_PARAMETERS[parameter])] if any(
        isinstance(part, sympy.Basic) and part.has(_INTERCEPT) for part in (cost, *(side.value for side in sides),
                                                                           *(side.gradient_of for side in sides))) \
        or any(side.by == _BY_INTERCEPT for side in sides) else []
    if with_alpha:
        intercept.append(_ALPHA_NOTE)
    if with_delta:
        intercept.append(_DELTA_NOTE)
    notes = [_MATRIX_NOTE.format(p=_PARAMETERS[parameter]), *intercept, *count_notes, *cost_notes,
             *(note for side in sides for note in side.notes), *condition_notes, *zero_notes, *defined.said]
    problem = Problem(cost=cost, wrt=vector, name="J", source=document.source)
    return Review(problem=problem, start=sympy.Symbol(f"∇_{_PARAMETERS[parameter]}J"), gradient=gradient,
                  steps=tuple(reviews), ending=ending, ending_check=ending_check, notation=document.notation,
                  name=document.name, notes=tuple(dict.fromkeys(notes)), compared=tuple(compared))


#: the page stating its data matrix features × examples, one example per column (DeepLearning.AI's X ∈ ℝ^{n×m},
#: ℝ^{n_x × m}, a plain R^{n×m}, ℝ^{D×N}): the layout logderiv's matrix form (X m×n, one example per row) is not
_STATED_COLUMNS = patterns.compile(
    r"(?<![A-Za-z\\])(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*X\s*\}|X)\s*(?:\\in(?![A-Za-z])|∈)\s*"
    r"(?:\\mathbb\s*\{?\s*R\s*\}?|ℝ|\\R(?![A-Za-z])|\\reals(?![A-Za-z])|(?<![A-Za-z\\])R)\s*\^\s*\{\s*"
    r"(?:n|d|D|p|n_\{?\s*x\s*\}?)\s*(?:\\times|×|\\cdot|,)\s*(?:m|N)\s*\}")


def _refuse_a_stated_shape_of_columns(source: str) -> None:
    r"""Refuse a matrix-form page that states X ∈ ℝ^{n×m}: its lines would be read with X m×n, against the page.

    Andrew Ng's deep-learning course writes X features × examples (one example per column); logderiv's matrix form
    reads X m×n (one example per row). Read so, a line such as Xᵀ(Xθ − y) would be judged in a layout the page
    says it does not use (issue 10): refused at the statement, with both layouts named.
    """
    stated = _STATED_COLUMNS.search(source)
    if stated is None:
        return
    written = " ".join(stated.group(0).split())
    raise InputError(
        f"'{written}' states X features × examples, one example per column; a derivation in matrix form is read "
        "with X m×n, one example per row: its lines would be judged in a layout the page says it does not use",
        source=source, column=stated.start(), label=None, line=locate(source, stated.start())[0],
        hint="write the lines with X m×n (X ∈ \\mathbb{R}^{m \\times n}, Xθ), or derive entry by entry in index "
             "form (Σᵢ over the examples)")


#: what a side after ∂J/∂b is compared with
_INTERCEPT_WORDS = "∂J/∂b, the cost's derivative by the intercept b"


def _ending(document: Document, sides: list[_Side], cost: sympy.Basic, data: list[_Data],
            parameter: str) -> tuple[Literal["gradient", "unfinished", "wrong"], Check]:
    """How the derivation ends: its last side against ∇J — and, on a page that also takes ∂J/∂b, the last side of
    each derivative it names against that derivative (∂J/∂b against ∂J/∂b): the page ends at the gradient only if
    every one of them does."""
    ends = [len(sides) - 1]
    if any(side.by == _BY_INTERCEPT for side in sides):
        heads = [index for index, side in enumerate(sides)
                 if side.is_name and side.gradient_of is not None
                 and (index == 0 or not _joined(document, sides[index - 1].step, side.step))]
        ends = sorted({*(following - 1 for following in [*heads[1:], len(sides)]), len(sides) - 1})
    worst: Literal["gradient", "unfinished", "wrong"] = "gradient"
    check = _check()
    for end in ends:
        last = sides[end]
        head = next((sides[index] for index in range(end, -1, -1) if sides[index].is_name and
                     sides[index].gradient_of is not None and (index == 0 or not _joined(
                         document, sides[index - 1].step, sides[index].step))), None)
        by = head.by if head is not None else None
        target = [_gradient_at(cost, each, by) for each in data]
        valid, _, check = (False, None, _check()) if last.unconforming is not None else \
            _same(target, _values(last, cost, data), data, parameter)
        if not valid or last.is_name:
            worst = "wrong"
        elif last.gradient_of is not None and worst == "gradient":
            worst = "unfinished"
    return worst, check


@dataclass
class _Defined:
    """The names defined beside the lines, read in matrix form: each name's value and the note that says so."""

    values: dict[str, sympy.Basic] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    #: the definitions of one example's value (ŷ⁽ⁱ⁾ = σ(wᵀx⁽ⁱ⁾)), as written: a line in index form is read with them
    per_example: list[str] = field(default_factory=list)
    #: said of a definition read but not used as a value (σ(z) = 1/(1 + e⁻ᶻ), the sigmoid the lines read σ as)
    said: list[str] = field(default_factory=list)
    #: the names defined per example, whose written index (zᵢ in another definition) is their vector's entry
    per_example_names: set[str] = field(default_factory=set)
    #: an m×1 definition's name as written (\hat{y} of ŷ = Xw + b) and the note that a line in index form reads its
    #: entry i as row i (said where such a line writes the name)
    rows: list[tuple[str, str]] = field(default_factory=list)
    #: the predictions an undefined h of a cost in index form was read as (ŷ⁽ⁱ⁾ = wᵀx⁽ⁱ⁾ + b, noted), as the m×1
    #: vector of them (Xw + b·1), and as shown: what the lines' undefined ŷ then is, the same model's
    index_prediction: tuple[sympy.Basic, str] | None = None


def _definitions(document: Document, lets: Sequence[str], parts: Sequence[str]) -> _Defined:
    """The definitions beside the lines (``lets``: --let and the page's; ``parts``: the prose's), read in matrix form.

    A definition is ``name = value`` or ``name(θ) = value`` (the parameter vector the argument), its value read as
    a line is (any shape: ŷ = σ(Xw) is m×1), earlier definitions in it read by their values. A let that is no such
    definition, or whose value is not in matrix form (zᵢ = βᵀxᵢ, one example's; σ(z) = 1/(1 + e⁻ᶻ), a function), or
    that redefines what the lines read as the data, the parameters or a count, is refused, as every let was before
    (it would otherwise be dropped unread); a part that is any of these is left, unread (the lines then refuse the
    name if they use it).
    """
    from ..notation import parse_text, tree

    defined = _Defined()
    # the cost's own letter, a side of its own (J(θ) = …, ∂L/∂θ = …): a part never redefines it (the prose's J(θ) = …
    # may be another normalisation of the cost, or one example's; the lines' own definition is the cost)
    named = {_letter(found) for step in document.steps
             for found in (_COST_NAME.fullmatch(step.text), _DERIVATIVE_NAME.fullmatch(step.text)) if found is not None}
    parts = [part for part in parts if (opening := _COST_NAME.match(part)) is None or _letter(opening) not in named]
    for text, refuse in _in_order_of_use([*((let, True) for let in lets), *((part, False) for part in parts)]):
        equals = top_level(text, "=")
        try:
            if not equals:
                raise InputError("a definition is written name = value", source=text, column=0)
            head = parse_text(text[:equals[0]], input="auto").tree
            body = " " * (equals[-1] + 1) + text[equals[-1] + 1:]
            value_tree = parse_text(body, input="auto").tree
            if _the_sigmoid(head, value_tree, body):
                # σ(z) = 1/(1 + e⁻ᶻ): the function the lines read σ as already, said and not read again
                defined.said.append(f"the definition {' '.join(text.split())} is the sigmoid, the σ the lines are "
                                    "read with")
                continue
            # z = wᵀx + b, h_θ(x) = g(θᵀx): one example's value written without its index (x is that example's
            # feature vector), as ML notes define the quantity whose stacked vector (z = Xw + b·1) the lines write
            unindexed = _one_example_unindexed(head, value_tree)
            read_so: list[str] = []
            if unindexed:
                value_tree = _at_example_i(value_tree, read_so)
            name = head.name if unindexed and isinstance(head, tree.Call) else _defined_name(head)
            if name is None:
                raise InputError(f"{' '.join(text[:equals[0]].split())} is defined here, and a derivation in matrix "
                                 "form reads a definition only of a name, one example's value of one (ŷ⁽ⁱ⁾ = σ(wᵀx⁽ⁱ⁾)) "
                                 "or a function of the parameter vector (L(θ) = …, ŷ = σ(Xw))", source=text, column=0)
            indexed = isinstance(head, tree.Variable) and head.example is not None
            one_example = indexed or unindexed
            if one_example:
                # ŷ⁽ⁱ⁾ = σ(wᵀx⁽ⁱ⁾) at every example i is the m×1 vector ŷ = σ(Xw): θᵀx⁽ⁱ⁾ is row i of Xθ
                vectorised = _every_example(value_tree, {*defined.per_example_names, "y"})
                if vectorised is None:
                    raise InputError(f"{' '.join(text.split())} is one example's value in a form not read for every "
                                     "example at once (θᵀx⁽ⁱ⁾, y⁽ⁱ⁾, numbers and functions of them)",
                                     source=text, column=equals[-1] + 1)
                value_tree = vectorised
            notes: list[str] = [*read_so]
            used: set[str] = set()
            value = build_matrix_line(value_tree, source=body, label="--let", notes=notes,
                                      defined=defined.values, used=used)
            if one_example and not (isinstance(value, sympy.MatrixExpr) and value.shape == (symbols.m, 1)):
                raise InputError(f"{' '.join(text.split())} is one example's value, and at every example it is "
                                 f"{_shape(value)}, not one entry per example", source=text, column=equals[-1] + 1)
            unknown = sorted(str(each) for each in value.free_symbols if isinstance(each, sympy.Symbol)
                             and each not in (symbols.m, symbols.n, _PENALTY_WEIGHT, _INTERCEPT, _ALPHA, _DELTA))
            if unknown or value.has(sympy.Indexed):
                raise InputError(f"'{unknown[0] if unknown else 'an entry'}' is not read in a definition in matrix "
                                 "form", source=text, column=equals[-1] + 1)
        except InputError as error:
            if not refuse:
                continue
            # the value was read padded to its place in the definition: a column in it is one in the definition
            placed = isinstance(error.source, str) and len(error.source) == len(text)
            raise InputError(f"{_MATRIX_LETS}: {error.message}", source=text, label="--let",
                             column=error.column if placed else 0,
                             hint="write the definition with whole vectors (ŷ = σ(Xw)), or the derivation in "
                                  "index form") from None
        defined.values[name] = value
        shown = " ".join(text.split())
        written = " ".join(text[:equals[0]].split())
        defined.notes[name] = (f"the definition {shown} is read in matrix form: {written} in a line is its value"
                               + "".join(f"; {note}" for note in notes))
        row = None if indexed else _row_of(value)
        # h_θ(x) = …: the name a line writes is the function's (h), its entry i h⁽ⁱ⁾
        written_name = head.name if isinstance(head, tree.Call) else text[:equals[0]].strip()
        if row is not None and not _defined_name_is_parameter(name):
            # ŷ = Xw + b, then J = (1/m) Σᵢ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)²: a line in index form reads ŷ⁽ⁱ⁾ as the vector's entry i
            # (wᵀx⁽ⁱ⁾ + b), never the default model θᵀx⁽ⁱ⁾ that no line writes
            defined.per_example.append(f"{written_name}^{{(i)}} = {row}")
            defined.rows.append((written_name, f"{' '.join(text.split())} is an m×1 vector: in a line in "
                                 f"index form its entry i is {' '.join(written_name.split())} with the example's "
                                 f"index, {row}"))
        if unindexed:
            defined.per_example_names.add(name)
            defined.notes[name] = (f"the definition {shown} is one example's value, written without the example's "
                                   f"index (x is that example's feature vector): read in matrix form as the m×1 "
                                   f"vector of its values at every example (θᵀx⁽ⁱ⁾ the rows of Xθ), the "
                                   f"{' '.join(written_name.split())} a line writes whole"
                                   + "".join(f"; {note}" for note in notes))
        elif one_example:
            defined.per_example.append(text)
            defined.per_example_names.add(name)
            defined.notes[name] = (f"the definition {shown} holds at every example: read in matrix form as the m×1 "
                                   f"vector of its values (θᵀx⁽ⁱ⁾ the rows of Xθ); {written} without its index in "
                                   "a line is that vector"
                                   + "".join(f"; {note}" for note in notes))
        for earlier in sorted(used):
            defined.notes[name] += f"; {defined.notes[earlier]}"
    return defined


#: a term shown without brackets in a row: a letter or number, or wᵀx⁽ⁱ⁾
_SIMPLE_TERM = patterns.compile(r"[A-Za-z0-9]+|\\?[A-Za-z]+\^T x\^\{\(i\)\}")


def _in_order_of_use(texts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The definitions with each one after those that define a name it uses (ŷ = σ(z) after z = wᵀx + b).

    Notes state the prediction first and what it is made of after ("where ŷ = σ(z) …, z = wᵀx + b"): a name is read
    by the definitions before it, so the one it uses is read first. Otherwise (no such use, or each using the
    other) the order is the page's.
    """
    from ..notation import parse_text, tree

    def defines(text: str) -> str | None:
        equals = top_level(text, "=")
        if not equals:
            return None
        try:
            head = parse_text(text[:equals[0]], input="auto").tree
        except InputError:
            return None
        if isinstance(head, tree.Call):
            return head.name
        return head.name if isinstance(head, tree.Variable) else None

    def uses(text: str) -> set[str]:
        equals = top_level(text, "=")
        try:
            value = parse_text(" " * (equals[-1] + 1) + text[equals[-1] + 1:], input="auto").tree if equals else None
        except InputError:
            return set()
        return set() if value is None else {each.name for each in tree.walk(value) if isinstance(each, tree.Variable)}

    names = [defines(text) for text, _ in texts]
    used = [uses(text) for text, _ in texts]
    ordered: list[int] = []

    def place(index: int, seen: frozenset[int]) -> None:
        if index in ordered or index in seen:
            return
        for other, name in enumerate(names):
            if other != index and name is not None and name in used[index] and name != names[index]:
                place(other, seen | {index})
        if index not in ordered:
            ordered.append(index)

    for index in range(len(texts)):
        place(index, frozenset())
    return [texts[index] for index in ordered]


def _one_example_unindexed(head: Node, value: Node) -> bool:
    """Whether a definition without the example's index is one example's value: z = wᵀx + b, h_θ(x) = g(θᵀx).

    Its value holds the parameter vector's product with x, no x indexed by an example (x is then the one
    example's feature vector), and its left side is a name (z, ŷ) or a function of that x (h(x), h_θ(x)).
    """
    from ..notation import tree

    def bare_x(node: Node) -> bool:
        return isinstance(node, tree.Variable) and node.name == "x" and node.example is None and node.feature is None

    if isinstance(head, tree.Call):
        if not bare_x(head.argument) or head.name in _READ_AS_THEY_ARE:
            return False
    elif not (isinstance(head, tree.Variable) and head.example is None and head.feature is None
              and head.name not in _READ_AS_THEY_ARE):
        return False
    nodes = list(tree.walk(value))
    if any(isinstance(each, tree.Variable) and each.name == "x" and each.example is not None for each in nodes):
        return False
    return any(_parameter_and_x(each) is not None for each in nodes)


def _parameter_and_x(node: Node) -> tuple[Node, Node] | None:
    """The parameter vector and the bare x of θᵀx, xᵀθ, or of wx, x w (the parameter vector times x, read as wᵀx
    as an index-form line reads it where w is a vector, docs/notation.md), else None."""
    from ..notation import tree

    if not (isinstance(node, tree.Dot) or isinstance(node, tree.Binary) and node.op == "*"):
        return None
    for vector, x in ((node.left, node.right), (node.right, node.left)):
        if isinstance(vector, tree.Variable) and vector.name in _PARAMETERS and vector.example is None \
                and vector.feature is None and isinstance(x, tree.Variable) and x.name == "x" \
                and x.example is None and x.feature is None:
            return vector, x
    return None


def _at_example_i(node: Node, notes: list[str]) -> Node:
    """``node`` with its x, one example's feature vector written without an index, written x⁽ⁱ⁾ (wx as wᵀx⁽ⁱ⁾,
    said in ``notes``)."""
    from ..notation import tree

    both = _parameter_and_x(node)
    if both is not None:
        vector, x = both
        assert isinstance(vector, tree.Variable) and isinstance(x, tree.Variable)  # as _parameter_and_x found them
        if isinstance(node, tree.Binary):
            glyph = _PARAMETERS[vector.name]
            notes.append(f"{glyph}x is read as {glyph}ᵀx, the dot product: {glyph} is the lines' parameter vector")
        return tree.Dot(vector, dataclasses.replace(x, example="i"), node.span)
    return tree.map_children(node, lambda child: _at_example_i(child, notes))


def _defined_name_is_parameter(name: str) -> bool:
    return name in _PARAMETERS or name in ("X", "y", "b")


def _row_of(value: sympy.Basic) -> str | None:
    """Row i of an m×1 vector a definition gives (Xw + b·1, σ(Xθ)), in index form (wᵀx⁽ⁱ⁾ + b, σ(θᵀx⁽ⁱ⁾)); else None.

    The inverse of :func:`_every_example`, for what that reads: X times the parameter vector (row i is θᵀx⁽ⁱ⁾), y
    (y⁽ⁱ⁾), the vector of ones a number is added with (1), numbers times them, sums, and σ of a vector entry by entry.
    """
    from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction

    if not isinstance(value, sympy.MatrixExpr) or value.shape != (symbols.m, 1):
        return None

    def row(part: sympy.Basic) -> str | None:
        if isinstance(part, sympy.MatAdd):
            terms = [row(term) for term in part.args]
            return None if any(term is None for term in terms) else " + ".join(
                term if _SIMPLE_TERM.fullmatch(term) else f"({term})" for term in terms if term is not None)
        if isinstance(part, sympy.MatrixSymbol):
            return "y^{(i)}" if part.name == "y" and part.shape == (symbols.m, 1) else None
        if isinstance(part, sympy.OneMatrix):
            return "1"
        if isinstance(part, sympy.MatMul):
            numbers = [each for each in part.args if not isinstance(each, sympy.MatrixExpr)]
            matrices = [each for each in part.args if isinstance(each, sympy.MatrixExpr)]
            if any(number.free_symbols - {_INTERCEPT, symbols.m, _PENALTY_WEIGHT} for number in numbers):
                return None
            coefficient = "".join(f"{sympy.latex(number)} " if _SIMPLE_TERM.fullmatch(sympy.latex(number))
                                  else f"({sympy.latex(number)}) " for number in numbers)
            if [type(each) for each in matrices] == [sympy.OneMatrix] and numbers:
                return coefficient.strip()  # b·1: row i is b
            names = [each.name if isinstance(each, sympy.MatrixSymbol) else None for each in matrices]
            if len(names) == 2 and names[0] == "X" and names[1] in _PARAMETERS:
                glyph = {"theta": "\\theta", "beta": "\\beta", "w": "w"}[names[1]]
                return f"{coefficient}{glyph}^T x^{{(i)}}"
            if len(matrices) == 1:
                inner = row(matrices[0])
                return None if inner is None else f"{coefficient}({inner})"
            return None
        if isinstance(part, ElementwiseApplyFunction) and part.function.expr == symbols.sigmoid(
                part.function.variables[0]):
            inner = row(part.expr)
            return None if inner is None else f"\\sigma({inner})"
        return None

    return row(value)


def _every_example(node: Node, vectors: set[str]) -> Node | None:
    """One example's value (σ(θᵀx⁽ⁱ⁾), zᵢ − yᵢ) written for every example at once (σ(Xθ), z − y), else None.

    θᵀx⁽ⁱ⁾ (or x⁽ⁱ⁾ᵀθ) is entry i of Xθ, and a name of ``vectors`` (y, a name defined per example) with the example's
    index is entry i of that vector; numbers, sums, differences, quotients and functions act on each entry. A product
    of two such entries is entrywise, which matrix notation does not write as a product: None, as for anything else
    (xⱼ⁽ⁱ⁾, x⁽ⁱ⁾ alone, a sum over the examples).
    """
    import dataclasses

    from ..notation import tree

    if isinstance(node, tree.Dot):
        vector, features = (node.left, node.right) if node.right.name == "x" else (node.right, node.left)
        if features.name == "x" and features.example is not None and features.feature is None \
                and vector.name in _PARAMETERS and vector.example is None and vector.feature is None:
            return tree.Binary("*", tree.Variable("X", features.span), vector, node.span)
        return None
    if isinstance(node, tree.Variable):
        if node.example is None and node.feature is None and node.name != "x":
            return node
        if node.example is not None and node.feature is None and node.name in vectors:
            return dataclasses.replace(node, example=None)
        return None
    if isinstance(node, (tree.Number, tree.Constant)):
        return node
    if not isinstance(node, (tree.Apply, tree.Negate, tree.Binary)) \
            and not (isinstance(node, tree.Call) and node.name == SIGMOID_LETTER):
        # g(θᵀx⁽ⁱ⁾): Ng's g, the sigmoid (the matrix reader reads g so, noted) of each entry
        return None
    if isinstance(node, tree.Binary) and node.op not in "+-" and all(
            _varies(child) for child in (node.left, node.right)):
        return None
    unread: list[Node] = []

    def every(child: Node) -> Node:
        found = _every_example(child, vectors)
        if found is None:
            unread.append(child)
            return child
        return found

    rebuilt = tree.map_children(node, every)
    return None if unread else rebuilt


def _varies(node: Node) -> bool:
    """Whether ``node`` holds a value of the example (an index i, or θᵀx⁽ⁱ⁾)."""
    from ..notation import tree

    return any(isinstance(each, tree.Dot) or isinstance(each, tree.Variable) and each.example is not None
               for each in tree.walk(node))


def _the_sigmoid(head: Node, value: Node, source: str) -> bool:
    """Whether a definition is σ(z) = 1/(1 + e⁻ᶻ) (z any letter, indexed or not): the sigmoid, as the lines read σ."""
    import dataclasses

    from ..notation import tree

    if not (isinstance(head, tree.Apply) and head.function == "sigmoid" and isinstance(head.argument, tree.Variable)):
        return False
    letter = head.argument

    def plain(node: Node) -> Node:
        if isinstance(node, tree.Variable):
            return dataclasses.replace(node, example=None, feature=None) if node.name == letter.name else node
        return tree.map_children(node, plain)

    try:
        built = build_matrix_line(plain(value), source=source)
    except InputError:
        return False
    z = symbols.scalar(letter.name)
    if isinstance(built, sympy.MatrixExpr) or built.free_symbols - {z}:
        return False
    return all(abs(complex(built.subs(z, point)) - 1 / (1 + sympy.exp(-point))) < 1e-12
               for point in (sympy.Rational(-3, 2), sympy.Rational(1, 3), 2))


#: the start of the refusal of a definition that a derivation in matrix form cannot read (steps names its line)
_MATRIX_LETS = "a definition beside a derivation in matrix form is read in matrix form, and this one is not"
#: the names the lines read as the data, the parameters, a count or a constant: a definition may not give another
_READ_AS_THEY_ARE = frozenset({"X", "y", "Y", "m", "n", "N", "lambda", "I", "W", "e", "pi", *_PARAMETERS})


def _defined_name(head: Node) -> str | None:
    """The name a definition's left side defines (ŷ, ŷ of ŷ⁽ⁱ⁾, L of L(θ)), or None (x_j, σ(z), X: no name a line
    reads so)."""
    from ..notation import tree

    if isinstance(head, tree.Call) and isinstance(head.argument, tree.Variable) \
            and head.argument.name in _PARAMETERS and head.argument.feature is None and head.argument.example is None:
        name = head.name
    elif isinstance(head, tree.Variable) and head.feature is None:
        name = head.name
    else:
        return None
    return None if name in _READ_AS_THEY_ARE else name


def _agreeing_cost(document: Document, sides: list[_Side], cost: sympy.Basic, data: list[_Data], parameter: str,
                   option: str) -> str:
    """The note that --cost is the cost the lines define (compared at each size's data), or the refusal if it is not.

    --cost names the cost (a preset, a formula) and the lines define it again in matrix form: both are read, and
    where they differ which one the derivation derives is the writer's to say.
    """
    from .costs import read_cost
    from ..presets import at_one_feature, find_preset

    renamed = None
    preset = find_preset(option)
    # Xw + b·1 in the lines (z = wᵀx + b): the preset's θᵀx over x = (1, x) is wᵀx + b, the intercept apart, as
    # an index-form page's b + w x is read (steps._one_feature_preset); a preset with a penalty is not (its Σθₖ²
    # would hold b)
    apart = at_one_feature(preset, "(theta^T x + b)") if preset is not None and cost.has(_INTERCEPT) else None
    if parameter != "theta" and preset is not None or apart is not None:
        # a preset is written in θ, and X holds the intercept's column of ones in matrix form, so the preset's θ is
        # the one vector the lines write under another letter (the lines writing θ too were refused by _parameter)
        problem = read_cost(option, wrt="theta_j") if apart is None else read_cost(
            apart[0], wrt="theta_j", let=apart[1], input="plain")
        given = problem.expand_definitions(problem.cost).subs(sympy.IndexedBase("theta"), sympy.IndexedBase(parameter))
        renamed = (f"--cost {option} is written in θ, and the lines in {_PARAMETERS[parameter]}: the preset's θ is read "
                   f"as the lines' parameter vector {_PARAMETERS[parameter]}")
        if apart is not None:
            renamed = (f"--cost {option} is written in θ with the intercept a feature of ones (θᵀx over x = (1, x)), "
                       f"and the lines write {_PARAMETERS[parameter]} with an intercept b apart: the preset's θᵀx is "
                       f"read as the lines' {_PARAMETERS[parameter]}ᵀx + b")
    else:
        problem = read_cost(option, wrt=f"{parameter}_j")
        given = problem.expand_definitions(problem.cost)
    written = _values(_Side(sides[0].step, None, cost_name=True), cost, data)
    same, counterexample, check = _same([_explicit(given, each) for each in data], written, data, parameter,
                                        given.has(_PENALTY_WEIGHT) or cost.has(_PENALTY_WEIGHT))
    where = next((side.step for side in sides if side.value is cost or side.gradient_of is cost), sides[0].step)
    shown = " ".join(where.text.split())
    if not same:
        at = "" if counterexample is None else (f" (at random data of {counterexample.m} examples and "
                                                f"{counterexample.n} features: {counterexample.expected.strip('[]')} "
                                                f"against {counterexample.answer.strip('[]')})")
        raise _fail(document, where, 0, f"--cost {option} and the cost line {where.line} defines ({shown}) differ"
                    f"{at}: which one does the derivation derive?",
                    "drop --cost to check the derivation of the cost its lines define, or correct the lines")
    agreeing = f"--cost {option} is read too: it is the cost line {where.line} defines ({shown}), {check.describe()}"
    return agreeing if renamed is None else f"{renamed}; {agreeing}"


def _first_order_condition_set_aside(document: Document, sides: list[_Side], cost: sympy.Basic, data: list[_Data],
                                     parameter: str) -> tuple[list[_Side], list[str], _Solving | None]:
    """The sides up to a ``= 0`` written after a side that is the gradient, the note that says so, and the first
    equation after it that does not solve the condition (None: none, or no zero set aside).

    ``∂L/∂ŵ = 2XᵀXŵ − 2XᵀY = 0`` (the normal equations): the writer sets the gradient to zero to solve for the
    minimum, a condition on ŵ, not an identity in it, so no step (``verify.optimality``: one rule with the index
    form's). Whatever the layout: ``… = 2Xᵀ(Xŵ − Y) = 0`` on the gradient's line, or ``&= 0`` on a row of its own
    (cold2's Obsidian note; until session 21 such a row was kept as a wrong step, a rule by layout). Only where
    the side before holds the gradient exactly (every size's data) and '=' joins the two; a zero after anything
    else is a step judged as written. The zero may be followed by equations that solve it (``XᵀXw = Xᵀy``): each
    is checked to have ∇J = 0's solutions (``_solves``), and the first that does not is returned to be shown as
    the wrong step it is.
    """
    gradients: list[sympy.Matrix] = []  # ∇J at each size's data, built once a side is compared with it

    def holds(index: int) -> bool:
        if not gradients:
            gradients.extend(_gradients_of(cost, data))
        return _same(gradients, _values(sides[index], cost, data), data, parameter)[0]

    found = first_order_condition(
        len(sides), 2, lambda index: writes_zero_alone(sides[index].step.text),
        lambda left, right: _joined(document, sides[left].step, sides[right].step),
        lambda index: sides[index].value is not None and not sides[index].is_name and sides[index].unconforming is None,
        # an equation in the parameter: no ∇ left in it
        lambda index: sides[index].value is not None and sides[index].gradient_of is None
        and sides[index].unconforming is None, holds,
        # "setting the gradient to zero: ∂J/∂θ = 0" after the chain that ends at it: the name of the whole gradient
        named=lambda index: sides[index].is_name and sides[index].gradient_of is not None
        and sides[index].by != _BY_INTERCEPT)
    if found is None:
        row = zero_row_condition(
            len(sides), 2, lambda index: writes_zero_alone(sides[index].step.text),
            lambda left, right: _joined(document, sides[left].step, sides[right].step),
            lambda index: sides[index].value is not None and not sides[index].is_name
            and sides[index].gradient_of is None and sides[index].unconforming is None,
            lambda index: sides[index].value is not None and sides[index].gradient_of is None
            and sides[index].unconforming is None, holds)
        if row is None:
            return sides, [], None
        cut, equations = row
        cut = zero = cut + 1
        notes = [zero_row_note(sides[cut].step.line, sides[cut - 1].step.line)]
    else:
        zero, equations = found
        # the zero and, where it sets the gradient's name to zero, that name: the derivation ends at the side before
        cut = zero - 1 if sides[zero - 1].is_name else zero
        notes = [first_order_note(sides[zero].step.line, sides[cut - 1].step.line, last=not equations)]
    if cut < zero:
        notes.append(f"line {sides[cut].step.line}: the gradient's name set to zero after the derivation ended at it "
                     f"(line {sides[cut - 1].step.line}) stands for the gradient just derived: the first-order "
                     "condition, not a new derivation")
    multiples: list[str] = []
    for equation in equations:
        for left, right in zip(equation, equation[1:]):
            wrong = _solves(sides[left], sides[right], cost, data, gradients, parameter, sides[zero].step.line,
                            multiples)
            if wrong is not None:
                return sides[:cut], notes, wrong
    if equations:
        lines = [sides[index].step.line for equation in equations for index in equation]
        notes.append(solved_note(sides[zero].step.line, lines, multiples))
    return sides[:cut], notes, None


def _zero_after_a_derivative_set_aside(document: Document, sides: list[_Side], cost: sympy.Basic,
                                       data: list[_Data], parameter: str, notes: list[str]) -> list[_Side]:
    """The sides without a 0 alone that '=' joins to a derivative of the cost by the vector, in the derivation.

    ``∂/∂w Q(w) = 0``, then ``−2Xᵀy + 2XᵀXw = 0`` (a Russian notebook's order, audderiv39): the writer sets the
    gradient to zero before writing it out, a condition on w, not the identity ∇J = 0 (the number 0 never matched
    the n×1 gradient, and the zero vector read there called a right page wrong). Only where the derivative side
    holds the gradient exactly; a note says so. A lemma's 0 (∂/∂w[yᵀy] = 0) is a claim, judged as written.
    """
    kept: list[_Side] = []
    gradients: list[sympy.Matrix] = []
    for index, side in enumerate(sides):
        before = sides[index - 1] if index > 0 else None
        if before is not None and writes_zero_alone(side.step.text) \
                and before.value is None and before.gradient_of is not None and before.unconforming is None \
                and _joined(document, before.step, side.step):
            if not gradients:
                gradients.extend(_gradients_of(cost, data))
            # not the gradient's name alone set to zero, as a chain of its own (∂J/∂w = 0 on a display after the
            # derivation ended): the page's reader reads that as the first-order condition standing for the gradient
            # just derived, and keeps the page's ending (a right page ended "not the gradient" when this took it:
            # the gate's test_fixfoc29b)
            named_alone = index == len(sides) - 1 and not any(earlier.gradient_of is not None
                                                              for earlier in sides[:index - 1])
            if not named_alone and _same(gradients, _values(before, cost, data), data, parameter)[0]:
                notes.append(f"line {side.step.line}: the '= 0' after the derivative of the cost by the vector "
                             f"{_PARAMETERS[parameter]} sets the gradient to zero, the first-order condition (an "
                             "equation to solve, not an identity): not a step")
                continue
        kept.append(side)
    return kept


#: δ as written: \\delta or δ, and whether a square follows it (δ², \\delta^2, \\delta ^{2})
_DELTA_WRITTEN = patterns.compile(r"(?:\\delta(?![A-Za-z])|δ)(?P<square>\s*(?:\^\s*(?:2|\{\s*2\s*\})|²))?")


#: δ set equal to something, as a definition writes it: δ = Xθ − y, \\delta := …, δ_i = … (no ≤, ≠)
_DELTA_DEFINED = patterns.compile(r"(?:\\delta(?![A-Za-z])|δ)\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*:?=(?!=)")


def _refuse_a_delta_not_squared(document: Document, cost: object, lets: Sequence[object], parts: Sequence[str]) -> None:
    """Refuse δ as the lines' shared constant unless every δ the lines, the cost and the definitions write is squared.

    Ridge's δ²θᵀθ and (XᵀX + δ²I)⁻¹ write δ squared, a penalty's weight; δ alone is as often a vector — the residual
    δ = Xθ − y, backpropagation's error (Xᵀδ, δᵀδ) — which read as a number would make a right gradient wrong.
    """
    defined = _DELTA_DEFINED.search(document.source)
    if defined is not None:
        # δ = Xθ − y beside the lines: δ is that, not the penalty's weight (δ² of a vector is no ridge)
        raise InputError("'delta' is defined on the page (δ = …), so it is no constant of the lines (ridge's "
                         "δ²θᵀθ): not read as one", source=document.source, column=defined.start(), hint=(
                             "write the penalty's weight with another letter, or write what δ stands for"),
                         label=None, line=locate(document.source, defined.start())[0])
    texts: list[tuple[WrittenStep | None, str]] = [(step, step.text) for step in document.steps]
    texts += [(None, str(each)) for each in (cost, *lets, *parts) if isinstance(each, str)]
    for step, text in texts:
        for found in _DELTA_WRITTEN.finditer(text):
            if found.group("square") is None:
                message = ("'delta' is read as a constant of the lines (ridge's δ²θᵀθ) only where every δ is "
                           "squared: a δ alone may be a vector (the residual δ = Xθ − y, an error term), and read as "
                           "a number would change what the lines say")
                hint = "write the penalty's weight as δ² throughout, or write the vector δ stands for"
                if step is None:
                    raise InputError(message, hint=hint)
                raise _fail(document, step, found.start(), message, hint)


def _one_solution_shared(difference: sympy.Matrix | None, gradient: sympy.Matrix, data: _Data) -> bool:
    """Whether ``difference = 0`` and ``gradient = 0`` (n×1, at one size's data) each have one solution, the same.

    The solution written out, ``θ = (XᵀX + δ²I)⁻¹Xᵀy``, is no number times ∇J = 2(XᵀX + δ²I)θ − 2Xᵀy: left −
    right is (XᵀX + δ²I)⁻¹ times ½∇J. Only where both are affine in θ with a nonsingular Jacobian (constant): then
    each has exactly one solution, and it is one where the difference vanishes at ∇J = 0's (exact rationals).
    """
    if difference is None or difference.shape != gradient.shape or gradient.shape != (data.n, 1):
        return False
    theta = list(data.theta)
    slopes = [each.jacobian(theta) for each in (difference, gradient)]
    if any(slope.free_symbols & set(theta) for slope in slopes) or any(slope.det() == 0 for slope in slopes):
        return False
    at_zero = {symbol: 0 for symbol in theta}
    solution = slopes[1].LUsolve(-gradient.subs(at_zero))
    return bool(difference.subs(dict(zip(theta, solution))).applyfunc(sympy.simplify).is_zero_matrix)


@dataclass
class _Solving:
    """An equation after the first-order condition that does not have its solutions: shown as a wrong step."""

    step: WrittenStep
    #: left side minus right side, as shown
    shown: sympy.Basic
    #: what it was compared with, in words
    words: str
    check: Check
    counterexample: Counterexample | None
    diagnosis: tuple[Diagnosis, ...]


def _solves(left: _Side, right: _Side, cost: sympy.Basic, data: list[_Data], gradients: list[sympy.Matrix],
            parameter: str, zero_line: int, multiples: list[str]) -> _Solving | None:
    """None where ``left = right`` has the solutions of ∇J = 0 (left − right is c·∇J, c a nonzero number at each
    size's data — m with a 1/m cost, so one per size —, constant in the parameter: exactly then the two vanish
    together), adding c, in words, to ``multiples``; else the wrong step.

    A sign slip (XᵀXw = −Xᵀy) or a dropped term changes the solutions: left − right is then no fixed multiple of ∇J.
    """
    # a side written 0 alone (XᵀXθ − Xᵀy = 0) is the zero vector of the other side's shape, as ∇J = 0 is: read as the
    # number 0 its shape never matched, and a right equation was judged wrong (audit29i)
    befores, afters = _values(left, cost, data), _values(right, cost, data)
    if writes_zero_alone(right.step.text):
        afters = [sympy.zeros(*before.shape) for before in befores]
    elif writes_zero_alone(left.step.text):
        befores = [sympy.zeros(*after.shape) for after in afters]
    differences = [(before - after).applyfunc(sympy.expand) if before.shape == after.shape else None
                   for before, after in zip(befores, afters)]
    try:
        shown: sympy.Basic = _shown(left, cost) - _shown(right, cost)
    except (TypeError, ValueError, sympy.ShapeError):
        shown = _shown(left, cost)
    gradient = f"∇{_PARAMETERS[parameter]}J"
    factors: list[sympy.Basic] = []
    for difference, each in zip(differences, gradients):
        pivot = None if difference is None or difference.shape != each.shape else next(
            (k for k, entry in enumerate(each) if sympy.expand(entry) != 0), None)
        factor = None if pivot is None or difference is None else sympy.cancel(difference[pivot] / sympy.expand(each[pivot]))
        if (factor is None or not factor.is_Number or factor == 0) and all(
                _one_solution_shared(difference, each, at) for difference, each, at in zip(differences, gradients, data)):
            # θ = (XᵀX + λI)⁻¹Xᵀy: left − right is an invertible matrix times ∇J, no number; one solution, ∇J = 0's
            multiples.append("an invertible matrix times")
            return None
        if factor is None or not factor.is_Number or factor == 0:
            return _Solving(left.step, shown, f"line {zero_line}'s condition {gradient} = 0", _check(), None, (Diagnosis(
                "other", f"this equation's left side minus its right is no fixed nonzero multiple of {gradient}, so "
                f"its solutions are not those of {gradient} = 0 (a term dropped or changed, a sign slipped?)"),))
        factors.append(factor)
    # a 1/m cost's gradient: XᵀXθ − Xᵀy is m·∇J, a number at each size, said as m where it is
    multiple = str(factors[0]) if len(set(factors)) == 1 else "m" if all(
        factor == each.m for factor, each in zip(factors, data)) else \
        "(" + ", ".join(f"{factor} at m = {each.m}" for factor, each in zip(factors, data)) + ")"
    words = f"{multiple} {gradient} (left side minus right side: the equation solves line {zero_line}'s {gradient} = 0)"
    for factor, difference, each, at in zip(factors, differences, gradients, data):
        assert difference is not None  # a factor was found at every size
        valid, counterexample, check = _same([factor * each], [difference], [at], parameter)
        if not valid:
            return _Solving(left.step, shown, words, check, counterexample, ())
    multiples.append(multiple)
    return None


#: said with every review of a matrix-form derivation: what was compared, and how
_MATRIX_NOTE = ("the derivation is in matrix form: each line is read in matrix notation (X m×n, {p} n×1, y m×1) as a "
                "function of {p}, a number or an n×1 vector, and each step is checked as an identity in {p} "
                "(exactly, with random data X, y); the last line is compared with ∇J")

_INTERCEPT_NOTE = ("b is the intercept, one number added to every example's prediction: beside an m×1 vector it is b "
                   "times the vector of ones (Xw + b is Xw + b·1), the lines are functions of {p} and b alike, and a "
                   "derivative named ∂J/∂b is judged against the cost's derivative by b, a number (1ᵀ(…) = Σᵢ(…))")

_ALPHA_NOTE = ("α is a constant the lines share, as λ is (the penalty's weight, scikit-learn's alpha): given a random "
               "positive value of its own with each size's data")

_DELTA_NOTE = ("δ is a constant the lines share, as λ is (δ² the penalty's weight, ridge's δ²θᵀθ): given a random "
               "positive value of its own with each size's data")


# --- reading the sides ------------------------------------------------------------------


def _prepared(text: str, notes: list[str]) -> tuple[str, list[tuple[int, int, bool]]]:
    """The side's text with what the parser does not read blanked (same length), and the spans of tr(…)'s words
    (each with whether it is written without its bracket)."""
    traces = [match.span() for match in _TRACE.finditer(text)]
    bare = [match.span() for match in _BARE_TRACE.finditer(text)]
    for start, end in [*traces, *bare]:
        text = text[:start] + " " * (end - start) + text[end:]
    if traces:
        notes.append("tr(…) of a 1×1 matrix is its one entry: read as that number")
    if bare:
        notes.append("tr without a bracket (tr θᵀXᵀXθ) is read as the trace of the product after it, up to the next "
                     "+ or −; of a 1×1 matrix it is its one entry: read as that number")

    def power(match: re.Match[str]) -> str:
        notes.append(f"{' '.join(match.group(0).split())} is read as Octave's .^{match.group('power')}: "
                     "each entry raised to that power")
        written: str = "^" + match.group("power")
        return written + " " * (len(match.group(0)) - len(written))

    return _BOXED_POWER.sub(power, text), [*((start, end, False) for start, end in traces),
                                           *((start, end, True) for start, end in bare)]


def _parse(text: str, document: Document, notes: list[str] | None = None) -> Node:
    """``text`` parsed; ``notes`` receives how the parser read it (\\parallel … \\parallel as the norm, say)."""
    from ..notation import parse_text

    parsed = parse_text(text, input=document.notation)
    if notes is not None:
        notes.extend(note for note in parsed.notes if note not in notes)
    return parsed.tree


def _side(document: Document, step: WrittenStep, defined: _Defined) -> _Side:
    """Read one side: the cost's name, ∇ of a number (and terms after it), or a matrix expression."""
    text = step.text
    cost_name = _COST_NAME.fullmatch(text)
    if cost_name is not None and _letter(cost_name) not in defined.values:
        listed = [] if cost_name.group("listed") is None else [
            f"line {step.line}: {_letter(cost_name)}({' '.join(cost_name.group('listed').split())}) names the cost by "
            "the parameter vector's components, first to last: read as the cost of the whole vector"]
        return _Side(step, None, cost_name=True, letter=_letter(cost_name), notes=listed)
    name = _DERIVATIVE_NAME.fullmatch(text)
    if name is not None and _whole_vector(name.group("by")):
        return _Side(step, None, _COST, by=_whole_vector(name.group("by")), letter=_letter(name))
    if name is not None and _INTERCEPT_NAME.fullmatch(name.group("by")):
        # ∂J/∂b: the derivative by the intercept, a number, its chain judged against ∂J/∂b as ∇J's is against ∇J
        return _Side(step, None, _COST, by=_BY_INTERCEPT, letter=_letter(name))
    plain = _PLAIN_DERIVATIVE_NAME.fullmatch(text)
    if plain is not None and (plain.group("of") is None or plain.group("by") != "b" and
                              _PLAIN_VECTOR_NAMES[plain.group("of")] == _PLAIN_VECTOR_NAMES[plain.group("by")]):
        # ∂J/∂w typed in plain text: the gradient's name as \frac{\partial J}{\partial w} is (∂J/∂b the intercept's)
        written = " ".join(plain.group(0).split())
        denominator = _BY_INTERCEPT if plain.group("by") == "b" else _PLAIN_VECTOR_NAMES[plain.group("by")]
        meaning = ("the cost's derivative by the intercept b, a number" if denominator == _BY_INTERCEPT else
                   f"the gradient of the cost {plain.group('cost')} by the whole vector {_PARAMETERS[denominator]}, "
                   f"∇{_PARAMETERS[denominator]}{plain.group('cost')}")
        return _Side(step, None, _COST, by=denominator, letter=plain.group("cost"),
                     notes=[f"line {step.line}: {written}, typed in plain text, is read as the derivative's name "
                            f"written as a fraction: {meaning}"])
    if "'" in text and _PRIMED_COST.fullmatch(text):
        # a new left side J(θ)′ after the cost's lines: its derivative, and the only derivative a matrix line takes
        return _Side(step, None, _COST, notes=[f"line {step.line}: the cost's name primed, J′, is read as its "
                                                "derivative by the whole parameter vector, ∇J"])
    coefficient = _COEFFICIENT.match(text)
    start = coefficient.end() if coefficient else 0
    nabla = _NABLA.match(text, start) or _by_the_whole_vector(text, start)
    operator = _VECTOR_OPERATOR.match(text, start)
    if nabla is None and operator is not None:
        raise _fail(document, step, operator.start("by"),
                    f"'{' '.join(operator.group('by').split())}' is not the whole parameter vector: a derivative by one "
                    "component is one entry of the gradient, and a line of a derivation in matrix form is a number or "
                    "an n×1 vector", "differentiate by the whole vector, \\frac{\\partial}{\\partial w} or \\nabla_w")
    numerator = _leibniz_numerator(text) if nabla is None else None
    if nabla is None and numerator is None:
        notes: list[str] = []
        try:
            return _Side(step, _built(document, step, text, 0, notes, defined), notes=notes)
        except InputError as error:
            unconforming = _not_conforming(error)
            if unconforming is None:
                raise
            return _Side(step, None, notes=notes, unconforming=unconforming)
    by: str | None
    if numerator is not None:
        # \frac{\partial ((Xθ − Y)^T(Xθ − Y))}{\partial θ}: what is differentiated written in the numerator
        operand_start, operand_end, after, by = numerator
    else:
        assert nabla is not None  # a numerator is looked for only where no ∇ opens the side, and one was found
        operand_start = nabla.end()
        unclosed = _unclosed_operand(document, step, operand_start, defined)
        if unclosed is not None:
            return unclosed
        operand_end = after = _operand_end(text, operand_start)
        by = nabla.groupdict().get("d") and _whole_vector(nabla.group("by"))
        if "d" not in nabla.groupdict() and nabla.group("by") is not None:
            by = _nabla_subscript(document, step, nabla)
    operand = text[operand_start:operand_end]
    notes = []
    letter = ""
    named = _COST_NAME.fullmatch(_unbraced(operand))
    if named is not None and _letter(named) not in defined.values:
        under, letter = _COST, _letter(named)
    else:
        try:
            under = _built(document, step, operand, operand_start, notes, defined)
        except InputError as error:
            unconforming = _not_conforming(error)
            if unconforming is None:
                raise
            # ∇_θ((Xᵀθᵀ − yᵀ)W(Xθ − y)) (CS229's LWR solution): what ∇ is taken of has no value, as a side
            # whose shapes do not conform has none: the step is wrong in itself
            return _Side(step, None, notes=notes, unconforming=unconforming)
        if isinstance(under, sympy.MatrixExpr) and under.shape != (1, 1):
            raise _fail(document, step, operand_start, f"∇ is taken of a number, and this is {_shape(under)}",
                        "the gradient ∇_θ f is of a number f such as ½(Xθ − y)ᵀ(Xθ − y)")
    if coefficient is not None and under is not _COST:
        # ½∇_θ tr(θᵀXᵀXθ): c∇f is ∇(cf)
        under = _built(document, step, text[:coefficient.end()], 0, notes, defined) * under
    elif coefficient is not None:
        raise _fail(document, step, 0, "a number times ∇J: write the gradient's name alone, or ∇ of the formula",
                    "\\nabla_\\theta J = …, or \\frac12 \\nabla_\\theta (X\\theta - y)^T(X\\theta - y)")
    rest = text[after:]
    value = None
    if rest.strip():
        value = _built(document, step, " " * after + rest, 0, notes, defined)
        if not isinstance(value, sympy.MatrixExpr) or value.shape != (symbols.n, 1):
            # ∇f + c with c a number: ∇ of f alone, or of f + c? Both read; neither is picked
            raise _fail(document, step, after,
                        "after ∇ of one term comes a number: is it under ∇ or added to the gradient?",
                        "bracket what ∇ is taken of: \\nabla_\\theta [f + c], or write the number out of the line")
        notes.append(f"line {step.line}: ∇ is taken of {' '.join(operand.split())} alone, the term before "
                     f"{' '.join(rest.split())} (an n×1 vector, which cannot be under ∇ of a number)")
    # (1/m)∂/∂w(‖y − Xw‖²): the cost is the coefficient times what the operator is taken of, and is said so
    written = operand if coefficient is None else f"{text[:coefficient.end()]} {operand}"
    return _Side(step, value, under, operand=" ".join(written.split()), notes=notes, by=by or None, letter=letter)


def _sides(document: Document, defined: _Defined, option: str | None = None) -> list[_Side]:
    """Every line read (:func:`_side`); an undefined prediction ŷ read as Xw where the cost is a squared error.

    A notebook's derivation ends ∂J/∂w = … = (2/m)Xᵀ(Xw − y) = (2/m)Xᵀ(ŷ − y), its ŷ = Xw defined in a cell left
    off (cold24): the cost the lines differentiate, c‖y − Xw‖² (or c(Xw − y)ᵀ(Xw − y)), is linear regression's,
    whose prediction is Xw — the reading an undefined h of a squared error gets in index form, noted likewise.
    Only where ŷ is defined nowhere and the cost found in the lines before it is exactly a number times ‖Xw − y‖²
    (compared as polynomials in w at each size's data); any other cost leaves ŷ refused, as before.
    """
    from ..notation import vocabulary as vocab

    sides: list[_Side] = []
    for step in document.steps:
        if writes_zero_alone(step.text) and step.text.strip().rstrip(".,;").strip() != "0":
            # \mathbf{0}, the zero vector in bold (∇J = Xᵀ(Xθ − y) = \mathbf{0}): the number 0 to the reader (a
            # number beside a vector is each entry's), its text kept for the first-order rule
            sides.append(_side(document, dataclasses.replace(step, text="0"), defined))
            sides[-1].step = step
            continue
        try:
            sides.append(_side(document, step, defined))
        except InputError as error:
            if vocab.PREDICTION in defined.values \
                    or not error.message.startswith(f"'{vocab.PREDICTION}' is not read in a matrix answer"):
                raise
            if not sides and (document.name is None or option is None):
                raise
            try:
                if not sides:
                    # ∂J/∂w = (1/m)Xᵀ(ŷ − y) alone, the gradient's name the page's: no line before holds a cost
                    raise error
                cost, _ = _cost(document, sides)
            except InputError:
                # no line defines the cost: --cost's model, where it is given and shows one (the vector the leading
                # name differentiates by, where the name leads)
                named = None if sides or document.wrt is None else _whole_vector(document.wrt)
                given = None if option is None or not sides and named is None else _model_of_the_option(
                    option, sides, named)
                if given is None:
                    raise error from None
                read = dataclasses.replace(defined, values={**defined.values, vocab.PREDICTION: given[0]},
                                           notes={**defined.notes, vocab.PREDICTION: given[1]})
                return [_side(document, each, read) for each in document.steps]
            parameter = _squared_error_parameter(cost)
            prediction: sympy.Basic
            if defined.index_prediction is not None:
                # J(w, b) = (1/m) Σ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)², its ŷ⁽ⁱ⁾ read as wᵀx⁽ⁱ⁾ + b (noted), then (2/m)Xᵀ(ŷ − y): one ŷ
                # on the page, the vector of the predictions the cost was read with
                prediction, shown = defined.index_prediction
                note = (f"ŷ is not defined: the cost's ŷ⁽ⁱ⁾ was read as the default model's prediction (noted), so "
                        f"the lines' ŷ is the m×1 vector of them, ŷ = {shown} (define ŷ beside the lines to override)")
            elif parameter is not None:
                shown = _PARAMETERS[parameter]
                prediction = sympy.MatMul(sympy.MatrixSymbol("X", symbols.m, symbols.n),
                                          sympy.MatrixSymbol(parameter, symbols.n, 1))
                note = (f"ŷ is not defined: the cost is a squared error, c‖X{shown} − y‖², linear regression's, "
                        f"so reading ŷ = X{shown}, its predictions (define ŷ beside the lines to override)")
            else:
                held = _sigmoid_held(cost)
                if held is None:
                    raise
                prediction, shown = held
                note = (f"ŷ is not defined: the cost holds σ({shown}), logistic regression's predictions, so "
                        f"reading ŷ = σ({shown}), the m×1 vector of them (define ŷ beside the lines to override)")
            read = dataclasses.replace(defined, values={**defined.values, vocab.PREDICTION: prediction},
                                       notes={**defined.notes, vocab.PREDICTION: note})
            return [_side(document, each, read) for each in document.steps]
    return sides


def _sigmoid_held(cost: sympy.Basic) -> tuple[sympy.Basic, str] | None:
    """σ(Xθ) (or σ(Xw + b·1)) when that is the one sigmoid the cost holds, and its argument as shown; else None.

    A cross-entropy in matrix form, −(1/m)[yᵀlog σ(Xw) + (1 − y)ᵀlog(1 − σ(Xw))], holds the model's predictions
    σ(Xw): an undefined ŷ in a line after it is those (as an undefined h of an index-form cost that holds σ(θᵀx) is
    σ(θᵀx), notation.models). Only where every σ in the cost is of the one argument X times the parameter vector,
    an intercept b·1 added or not; anything else (two arguments, y inside) says no one model.
    """
    from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction

    applied = {each.expr: each for each in sympy.preorder_traversal(cost) if isinstance(each, ElementwiseApplyFunction)
               and each.function.expr == symbols.sigmoid(each.function.variables[0])}
    if len(applied) != 1:
        return None
    ((argument, sigmoid),) = applied.items()
    terms = argument.args if isinstance(argument, sympy.MatAdd) else (argument,)
    products = [term for term in terms if isinstance(term, sympy.MatMul) and [
        each.name if isinstance(each, sympy.MatrixSymbol) else None for each in term.args] in [
        ["X", name] for name in _PARAMETERS]]
    # b·1, the intercept beside the m×1 vector (its ones are m×1: m is no value of the cost's)
    intercepts = [term for term in terms if term not in products and not term.atoms(sympy.MatrixSymbol)
                  and term.free_symbols - {symbols.m} == {_INTERCEPT}]
    if len(products) != 1 or len(products) + len(intercepts) != len(terms) or len(intercepts) > 1:
        return None
    vector = products[0].args[1]
    assert isinstance(vector, sympy.MatrixSymbol)  # as the filter above found it
    # the cost's own σ(…) is the prediction: the lines' ŷ is built of the very objects the cost is
    return sigmoid, f"X{_PARAMETERS[vector.name]}" + (" + b" if intercepts else "")


def _squared_error_parameter(cost: sympy.Basic) -> str | None:
    """The parameter vector's letter when ``cost`` is a number times ‖Xθ − y‖² (exactly, at each size's data), else None."""
    vectors = [each.name for each in cost.atoms(sympy.MatrixSymbol) if each.name in _PARAMETERS]
    if len(vectors) != 1 or not isinstance(cost, sympy.MatrixExpr) or cost.shape != (1, 1):
        return None
    parameter: str = vectors[0]
    residual = sympy.MatAdd(sympy.MatMul(sympy.MatrixSymbol("X", symbols.m, symbols.n),
                                         sympy.MatrixSymbol(parameter, symbols.n, 1)),
                            sympy.MatMul(-1, sympy.MatrixSymbol("y", symbols.m, 1)))
    squared = sympy.MatMul(residual.T, residual)
    for seed, (m, n) in enumerate(_SIZES):
        data = _data(m, n, parameter, seed)
        ratio = sympy.cancel(_explicit(cost, data)[0, 0] / _explicit(squared, data)[0, 0])
        if ratio.free_symbols & set(data.theta) or ratio == 0:
            return None
    return parameter


def _letter(name: re.Match[str]) -> str:
    """The cost's letter a name matched by :data:`_COST_NAME` or :data:`_DERIVATIVE_NAME` writes: J or L."""
    return re.sub(r"\\mathcal|[\s{}]", "", name.group("cost"))


def _refuse_two_cost_letters(document: Document, sides: list[_Side]) -> None:
    """Refuse lines that name the cost by two letters: J(θ) = … defined, then ∇_θ L(θ) + λθ.

    A ridge note defines its least-squares part L(θ) = ½(Xθ − y)ᵀ(Xθ − y) in its prose and the cost J(θ) = L(θ) +
    ½λθᵀθ, then writes ∇J = ∇L(θ) + λθ: both letters were read as the cost, ∇L as ∇J, and a right step judged wrong.
    Which quantity a second letter names is the page's to say (the cost written otherwise, or a part of it).
    """
    named = [side for side in sides if side.letter]
    if not named:
        return
    first = named[0]
    other = next((side for side in named if side.letter != first.letter), None)
    if other is not None:
        raise _fail(document, other.step, 0, f"this line names the cost {other.letter}, and line {first.step.line} "
                    f"names it {first.letter}: is {other.letter} the cost, or another objective (a part of it, "
                    "defined beside the derivation)?", "name the cost by one letter throughout, or write the "
                    "objective out in X, y and the parameter vector")


def _unclosed_operand(document: Document, step: WrittenStep, start: int, defined: _Defined) -> _Side | None:
    """∇'s bracket never closed (CS229's LWR solution, (1.5.8): ``\\nabla_\\theta (X^{T}\\theta^{T}WX\\theta - …``).

    Where the writer meant the close is not written, so the side is read only if every place it could
    close gives the same verdict: no value (the shapes do not conform, or ∇ is then of no number). The
    side is then wrong in itself, read with the bracket closed at the line's end (noted). None when the
    bracket closes, or when a place to close it gives a value: the parser's refusal, with its caret, stands.
    """
    text = step.text
    opener = start + len(text[start:]) - len(text[start:].lstrip())
    if text[opener:opener + 1] != "(" or closing(text, opener) is not None:
        return None
    end = len(text.rstrip())
    candidates = [place for place in range(opener + 2, end + 1) if _may_close_at(text, opener, place)]
    for place in candidates:
        written = dataclasses.replace(step, text=text[:place] + ")" + text[place:])
        try:
            side = _side(document, written, defined)
        except InputError:
            continue  # this close reads as nothing at all
        if side.unconforming is None:
            return None  # a close that gives the side a value: where the writer closed it decides, so refuse
    closed = text[:end] + ")" + text[end + 1:] if end < len(text) else text + ")"
    try:
        side = _side(document, dataclasses.replace(step, text=closed), defined)
    except InputError:
        return None
    side.step = step  # shown as written, without the close read into it
    side.notes.append(f"line {step.line}: the '(' after ∇ is never closed; wherever it closes, the shapes do not "
                      "conform (or ∇ is then of no number), so the line has no value: it is read closed at the "
                      "line's end")
    return side


def _may_close_at(text: str, opener: int, place: int) -> bool:
    """Whether a ')' could stand at ``place``: outside the brackets opened after ``opener``, between tokens."""
    depth = 0
    for character in text[opener + 1:place]:
        depth += character in "([{"
        depth -= character in ")]}"
    if depth != 0:
        return False
    before, after = text[place - 1], text[place:place + 1]
    if before in "\\^_" or before.isalpha() and after.isalpha():
        return False  # inside a control word or a name, or before a script
    return True


def _not_conforming(error: InputError) -> InputError | None:
    """The reader's refusal as a product or sum that does not conform (the side is then wrong), else None."""
    if _ROW_TIMES_LABELS.search(error.message):
        # the parser refuses θᵀy as a dot product of no vector; in matrix form it is 1×n times m×1 (or 1×m: θᵀyᵀ)
        transposed = error.source is not None and error.column is not None \
            and _TRANSPOSED_AT.match(error.source, error.column) is not None
        labels = "the labels transposed (1×m)" if transposed else "the labels (m×1)"
        return InputError(f"the row 'θᵀ' (1×n) times {labels}: a product needs n rows on the right",
                          source=error.source, column=error.column, hint="(Xθ)ᵀ is θᵀXᵀ",
                          label=error.label, line=error.line)
    if unconformable(error) and isinstance(error.source, str) and _WRITES_I.search(error.source):
        # I is read as the n×n identity, the size of XᵀX; where the shapes then do not conform, I may be the m×m
        # one (XXᵀ + λI, kernel ridge's): which size is meant decides the verdict, so the line is refused, not judged
        raise InputError(f"{error.message}, with I read as the n×n identity: if I is another size here (m×m), the "
                         "line means something else, so it is not judged", source=error.source, column=error.column,
                         hint="write the identity only beside n×n matrices (XᵀX + λI)", label=error.label,
                         line=error.line)
    return error if unconformable(error) else None


#: the identity I as a letter of its own (λI, (XᵀX + λI)), not a word's or a control word's capital
_WRITES_I = patterns.compile(r"(?<![A-Za-z\\])I(?![A-Za-z])")


#: the labels transposed where the parser's refusal points: y^{T}, Y^\top
_TRANSPOSED_AT = patterns.compile(r"[yY]\s*\^\s*\{?\s*(?:T|\\top|\\intercal)(?![A-Za-z])")


#: the count m written as a letter of its own (1/m, \frac{2}{m}), not inside a control word (\mathbf, \sum)
_WRITES_M = patterns.compile(r"(?<![A-Za-z\\])m(?![A-Za-z])")


#: the letter n alone in a line (1/n, \\frac{2}{n}), never in a word or a command
_WRITES_N = patterns.compile(r"(?<![A-Za-z\\])n(?![A-Za-z])")
#: the index-form reader's note that a line's n counts the examples
_N_COUNTS_EXAMPLES = "n counts the examples here"


def _examples_counted_by_n(document: Document) -> tuple[Document, list[str]]:
    """The document with n read as m in every line where a line in index form counts the examples by n, and the note.

    L = (1/n) Σᵢ (yᵢ − xᵢᵀw − b)², then −(2/n)Xᵀ(y − Xw − b): the index form's reader reads n as the examples' count
    (its Σᵢ has no other bound), and one letter on one page is one count, so the matrix lines' n is it too, not the
    features' n of X's m×n (which judged a right line wrong by the factor m/n). Only where no line writes m: a page
    with both leaves n the features' count. The texts keep their length, so every column stays in place.
    """
    from ..notation import parse_text

    if any(_WRITES_M.search(step.text) for step in document.steps):
        return document, []
    counted = None
    for step in document.steps:
        if not _WRITES_N.search(step.text):
            continue
        try:
            read = parse_text(step.text, input=document.notation)
        except InputError:
            continue
        if any(note.startswith(_N_COUNTS_EXAMPLES) for note in read.notes):
            counted = step
            break
    if counted is None:
        return document, []
    steps = tuple(dataclasses.replace(step, text=_WRITES_N.sub("m", step.text)) for step in document.steps)
    return dataclasses.replace(document, steps=steps), [
        f"line {counted.line} counts the examples by n (its sum over them has no other bound): n is read as m, the "
        "number of examples (the rows of X), in every line"]


def _refuse_an_intercept_without_labels(document: Document, sides: list[_Side]) -> None:
    """Refuse b where no line writes the labels y: least squares' ‖Xw − b‖² names its targets b, a vector.

    b is read as the intercept, a number added to every example (Xw + b − y); beside no y, the b of Ax = b is as
    likely, and reading it as one number would judge a right line wrong.
    """
    def holds(part: object, wanted: object) -> bool:
        return isinstance(part, sympy.Basic) and part.has(wanted)

    parts = [part for side in sides for part in (side.value, side.gradient_of)]
    with_b = next((side for side in sides if holds(side.value, _INTERCEPT) or holds(side.gradient_of, _INTERCEPT)
                   or side.by == _BY_INTERCEPT), None)
    if with_b is None:
        return
    labels = any(holds(part, sympy.MatrixSymbol("y", symbols.m, 1)) or
                 isinstance(part, sympy.Basic) and any(each.base.label.name == "y" for each in part.atoms(sympy.Indexed))
                 for part in parts)
    if not labels:
        raise _fail(document, with_b.step, 0, "b is read as the intercept, one number added to every example, only "
                    "beside the labels y, and no line writes y: here b may be the targets' vector (‖Xw − b‖²)",
                    "write the labels as y, or the intercept as b beside them: (Xw + b − y)")


def _refuse_two_counts(document: Document, sides: list[_Side]) -> None:
    """Refuse a derivation whose lines count by both N and m: N is read as m only where m is not written too.

    The cost (1/N)(y − Xw)ᵀ(y − Xw) + λwᵀw and a last line −(2/m)Xᵀ(y − Xw) + 2λw: with N read as m the line was
    judged the gradient, but the writer's m may be another count (a batch's), as a text with both is refused by
    the plain and LaTeX readers ('the examples would be counted by both').
    """
    if not any(note.startswith("N is read as m") for side in sides for note in side.notes):
        return
    for step in document.steps:
        written = _WRITES_M.search(step.text)
        if written is not None:
            raise _fail(document, step, written.start(), "cannot tell what 'm' is: the examples would be counted by "
                        "both 'N' and 'm'", "write one count letter throughout the derivation")


#: a derivative's denominator naming the intercept b (∂J/∂b), plain or braced
_INTERCEPT_NAME = patterns.compile(r"\s*\{?\s*b\s*\}?\s*")
#: a side's ``by`` for a derivative by the intercept
_BY_INTERCEPT = "b"


def _whole_vector(by: str) -> str | None:
    """The parameter vector a derivative's denominator names whole (``w``, ``{\\theta}``, ``\\textbf{w}``), else None."""
    by = by.strip()
    if by.startswith("{") and _group_end(by, 0) == len(by):
        by = by[1:-1]
    match = _WHOLE_VECTOR.fullmatch(by)
    return match.group("name") if match is not None else None


#: a fraction opening a side: \frac, \dfrac, \tfrac, its numerator's brace next
_FRACTION = patterns.compile(r"\s*\\[dt]?frac\s*(?=\{)")
#: the derivative's letter opening a numerator or denominator
_DIFFERENTIAL = patterns.compile(r"\s*(?:\\partial|d)(?![A-Za-z])\s*")


def _leibniz_numerator(text: str) -> tuple[int, int, int, str] | None:
    r"""``\frac{\partial{((X\theta - Y)^T (X\theta - Y))}}{\partial{\theta}}`` opening a side: ∇_θ of the numerator.

    math.stackexchange 4822462 writes the gradient so, what is differentiated in the numerator, bracketed (in
    braces or not). Returns where the bracket's maths starts and ends, where the fraction ends, and the vector;
    None unless the numerator is ∂ and one bracket, and the denominator ∂ of the whole parameter vector.
    """
    head = _FRACTION.match(text)
    if head is None:
        return None
    opening = head.end()
    close = closing(text, opening)
    differential = _DIFFERENTIAL.match(text, opening + 1)
    if close is None or differential is None:
        return None
    start, end = differential.end(), close
    while end > start and text[end - 1].isspace():
        end -= 1
    if text[start:start + 1] == "{" and _group_end(text[:end], start) == end:
        start, end = start + 1, end - 1  # \partial{(…)}: the braces only group
    bracket = text[start:end].strip()
    if not bracket.startswith(("(", "[")) or closing(bracket, 0) != len(bracket) - 1:
        return None
    denominator = close + 1
    while denominator < len(text) and text[denominator].isspace():
        denominator += 1
    if text[denominator:denominator + 1] != "{":
        return None
    below = closing(text, denominator)
    letter = _DIFFERENTIAL.match(text, denominator + 1)
    if below is None or letter is None:
        return None
    by = _whole_vector(text[letter.end():below])
    if by is None:
        return None
    return start, end, below + 1, by


def _nabla_subscript(document: Document, step: WrittenStep, nabla: re.Match[str]) -> str:
    """The parameter vector ∇'s subscript names (∇_w, ∇_θ, \\nabla_{\\mathbf w}); any other subscript refused.

    The subscript was dropped, and ∇_b J, ∇_X J, ∇_x J read as the gradient by the lines' vector: on a page with an
    intercept ∇_b J = (1/m)Xᵀ(Xw + b − y), the vector by w under b's name, was judged right, and the derivative by b
    itself wrong (audmatname35). A vector other than the lines' is refused after, as ∂J/∂θ's is.
    """
    subscript = nabla.group("by")
    vector = _whole_vector({"θ": "theta", "β": "beta"}.get(subscript.strip(), subscript))
    if vector is None and re.fullmatch(r"\\(?:mathbf|textbf|boldsymbol|bm|vec|hat|widehat|pmb)", subscript.strip()):
        # \nabla_\mathbf{w}: the subscript read is the font command alone, its letter after it
        raise _fail(document, step, nabla.start("by"),
                    f"∇'s subscript is read as '{subscript.strip()}' alone, without the letter it dresses",
                    f"brace the whole subscript: \\nabla_{{{subscript.strip()}{{w}}}}")
    if vector is None:
        # ∇_theta: the subscript's one letter is the first of a word, named whole
        word = re.match(r"[A-Za-z]*", nabla.string[nabla.end("by"):])
        if word is not None and word.group(0) and _whole_vector(subscript + word.group(0)):
            raise _fail(document, step, nabla.start("by"),
                        f"∇'s subscript is read as one letter, '{subscript}' of '{subscript + word.group(0)}'",
                        "write ∇_θ (or ∇_w, ∇_β): the parameter vector's letter alone")
        subscript += word.group(0) if word is not None else ""
        raise _fail(document, step, nabla.start("by"),
                    f"∇ is taken by '{' '.join(subscript.split())}', which is not the whole parameter vector: the "
                    "gradient by another quantity (the intercept, the data, a component) is not the gradient the "
                    "lines are compared with",
                    "write ∇ by the parameter vector (∇_w J), or the intercept's derivative as ∂J/∂b")
    return vector


def _by_the_whole_vector(text: str, start: int = 0) -> re.Match[str] | None:
    r"""``\frac{\partial}{\partial w}`` (or ``\frac{d}{dw}``) opening a side, by the whole parameter vector: ∇_w.

    mlcourse.ai and math.stackexchange write the gradient of a number in matrix form so (``\frac{\partial}
    {\partial \textbf{w}} \frac{1}{2n}(\textbf{y}^T\textbf{y} - …)``); by a component (``\partial w_j``) it is
    one entry of the gradient, which a line of vectors cannot be, and is left to the reader's refusal.
    """
    match = _VECTOR_OPERATOR.match(text, start)
    return match if match is not None and _WHOLE_VECTOR.fullmatch(match.group("by")) else None


def _unbraced(text: str) -> str:
    """``{J(\\theta)}`` as ``J(\\theta)``: the braces ∇'s operand is grouped in."""
    stripped = text.strip()
    return stripped[1:-1] if stripped.startswith("{") and _group_end(stripped, 0) == len(stripped) else stripped


def _operand_end(text: str, start: int) -> int:
    """Where ∇'s operand ends: its braces' or brackets' close, else the next '+' or '−' outside brackets."""
    depth = 0
    opening = text[start:start + 1]
    for index in range(start, len(text)):
        character = text[index]
        if character in "([{":
            depth += 1
        elif character in ")]}":
            depth -= 1
            if depth == 0 and opening == "{" and index > start:
                return index + 1
        elif character in "+-" and depth == 0 and text[start:index].strip() and not text[:index].rstrip().endswith("^"):
            if text[:index].rstrip().endswith(("\\left", "\\right")):
                continue
            return index
    return len(text)


def _product_end(text: str, start: int) -> int:
    """Where the product from ``start`` ends: at a '+' or '−' outside its brackets, or at a bracket it does not open."""
    depth = 0
    for index in range(start, len(text)):
        character = text[index]
        if character in "([{":
            depth += 1
        elif character in ")]}":
            if depth == 0:
                return index
            depth -= 1
        elif depth == 0 and (character in "+-&" or text.startswith("\\\\", index)) and text[start:index].strip() \
                and not text[:index].rstrip().endswith("^"):
            return index
    return len(text)


def _group_end(text: str, start: int) -> int:
    """Just after the bracket group that opens at ``start`` (spaces skipped); ``len(text)`` if none closes."""
    opener = start
    while opener < len(text) and text[opener].isspace():
        opener += 1
    if opener == len(text) or text[opener] not in "([{":
        return len(text)
    end = closing(text, opener)
    return len(text) if end is None else end + 1


def _built(document: Document, step: WrittenStep, text: str, offset: int, notes: list[str],
           defined: _Defined | None = None) -> sympy.Basic:
    """``text`` (a part of the step's text from ``offset``) read in matrix notation; errors point into the file."""
    padded = " " * offset + text
    padded, traces = _prepared(padded, notes)
    try:
        node = _parse(padded, document, notes)
        if not is_matrix_answer(node) and _in_index_form(node):
            if defined is not None:
                notes.extend(note for name, note in defined.rows if name in padded)
            return _index_form(node, padded, notes, defined.per_example if defined else (),
                               _written_letters(document), defined)
        # each trace's operand is checked 1×1 before the line is built: tr(XθθᵀXᵀ) read as its m×m operand would not
        # conform beside a number, and a true line (tr XθθᵀXᵀ = θᵀXᵀXθ, by a trace identity logderiv does not do)
        # would be judged wrong for having no value instead of refused
        for _start, end, unbracketed in traces:
            _one_by_one(document, padded, end, unbracketed)
        used: set[str] = set()
        value = build_matrix_line(node, source=padded, notes=notes, defined=defined.values if defined else None,
                                  used=used, typed=typed_maths(document.source))
        if defined is not None:
            notes.extend(defined.notes[name] for name in sorted(used))
    except InputError as error:
        # the parser's words are true of the part, but the writer should learn what a matrix-form line may hold
        raise _fail(document, step, error.column,
                    f"{error.message}: a line of a derivation in matrix form is read with X, y, the parameter vector, "
                    "numbers, ∇ and tr(…) only", error.hint or "write ∇_w f for the gradient of f") from None
    count = next((each for each in value.free_symbols if isinstance(each, sympy.Symbol) and each.name == "N"), None)
    if count is not None:
        # (1/N)(y − Xw)ᵀ(y − Xw): beside the data matrix, N is the number of its rows, the examples, as m is
        value = value.xreplace({count: symbols.m})
        notes.append("N is read as m, the number of examples (the rows of X)")
    # λ, ridge's weight (λwᵀw), is a constant of the lines: given a value with each size's data (_explicit)
    unknown = sorted(str(each) for each in value.free_symbols
                     if isinstance(each, sympy.Symbol) and each not in (symbols.m, symbols.n, _PENALTY_WEIGHT,
                                                                        _INTERCEPT, _ALPHA, _DELTA))
    if unknown:
        # a letter that is neither data nor the parameters (J, a stray c): its value is unknown, nothing to compare
        raise _fail(document, step, offset, f"'{unknown[0]}' is not read in a line in matrix form",
                    "write the lines with X, y, the parameter vector, m and numbers")
    if isinstance(value, sympy.MatrixExpr) and value.shape == (1, 1):
        return value
    if isinstance(value, sympy.MatrixExpr) and value.shape == (symbols.m, 1):
        # Xβ, y − Xθ alone on a line: a vector of one entry per example, which no line of the cost's derivation is;
        # the pages that write one differentiate a vector (∂(y − Xβ)/∂β, a Jacobian) or name one example's features X
        raise _fail(document, step, offset, "a line is a number (the cost) or an n×1 vector (the gradient), and this "
                    "is m×1, one entry per example (as Xθ − y is): a derivative of such a vector by the parameters "
                    "(a Jacobian, m×n), or X naming one example's features, is not read in matrix form",
                    "the cost is a number, such as (Xθ − y)ᵀ(Xθ − y); the gradient an n×1 vector, such as Xᵀ(Xθ − y); "
                    "for one example write x for its features, in index form")
    if isinstance(value, sympy.MatrixExpr) and value.shape not in ((symbols.n, 1),):
        raise _fail(document, step, offset, f"a line is a number or an n×1 vector, and this is {_shape(value)}",
                    "the cost is a number, such as (Xθ − y)ᵀ(Xθ − y); the gradient an n×1 vector, such as Xᵀ(Xθ − y)")
    if not isinstance(value, sympy.MatrixExpr) and value.has(*_INDEXED):
        raise _fail(document, step, offset, "a line mixes matrix notation with an entry", None)
    return value


_INDEXED = (sympy.Indexed,)


def _in_index_form(node: Node) -> bool:
    """Whether a side is written with sums over the examples or entries (½Σᵢ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)²), not in X."""
    from ..notation import tree

    return any(isinstance(each, tree.Sum) or isinstance(each, tree.Variable) and each.example is not None
               for each in tree.walk(node))


#: a parameter letter a line writes, alone (w, \mathbf{w}, b, \theta, \boldsymbol\beta): not a subscript, not part
#: of a word or a command
_WRITTEN_LETTER = patterns.compile(r"(?<![A-Za-z\\_^])(?P<letter>w|b)(?![A-Za-z])|\\(?P<greek>theta|beta)(?![A-Za-z])")
#: the cost's name with its arguments, J(\mathbf{w}, b), L(θ): what it declares the cost a function of
_NAME_ARGUMENTS = patterns.compile(r"(?<![A-Za-z\\])" + cost_name_pattern("J", "L", "\\mathcal{J}", "\\mathcal{L}") + r"\s*\([^()=]*\)")


def _written_letters(document: Document) -> frozenset[str]:
    r"""The parameter letters (w, θ, β and the intercept b) the lines write (where the reader takes b as the intercept)
    and the cost's name declares (``J(\mathbf{w}, b)``, blanked in the lines); never the prose's or another
    formula's (a stray b of \frac{a}{b} would put an intercept in a cost that has none)."""
    texts = [step.text for step in document.steps]
    texts += [found.group() for found in _NAME_ARGUMENTS.finditer(document.source)]
    return frozenset(found.group("letter") or found.group("greek")
                     for text in texts for found in _WRITTEN_LETTER.finditer(text))


def _index_form(node: Node, source: str, notes: list[str], lets: Sequence[str] = (),
                written: frozenset[str] = frozenset(), defined: _Defined | None = None) -> sympy.Expr:
    """A cost written in index form, as ``check`` builds a formula cost (h undefined is θᵀx, noted): a number.

    An undefined h is read in the letters the page writes (``written``), as the page's index-form derivations read it:
    J(w, b) = (1/m) Σ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)² beside (2/m)Xᵀ(Xw + b − y) is of ŷ = wᵀx + b (read as wᵀx, the intercept the
    lines add was missing from the cost, and a right line was "wrong").
    """
    from ..notation.builder import build_problem

    from ..notation import read_lets

    # ŷ⁽ⁱ⁾ = σ(wᵀx⁽ⁱ⁾) defined beside the lines: the cost's ŷ⁽ⁱ⁾ is that, never a default model
    problem = build_problem(node, source=source, lets=read_lets(lets)[0] if lets else (), written=written)
    notes.extend(problem.notes)
    if defined is not None and defined.index_prediction is None and any(
            note.startswith(DEFAULT_PREDICTION_NOTE_START) for note in problem.notes):
        defined.index_prediction = next(filter(None, map(_matrix_prediction, problem.definitions.values())), None)
    value = problem.expand_definitions(problem.cost)
    if value.has(symbols.wrt_index):
        raise InputError("a line in index form beside matrix notation is read only as the cost, a number: "
                         "this one holds the component j", source=source, column=node.span.start,
                         hint="write the gradient in matrix form: X^T(X\\theta - y)")
    return value


def _matrix_prediction(value: sympy.Basic) -> tuple[sympy.Basic, str] | None:
    """``b + Σₖ wₖx_{ik}`` (or σ of it), one example's default prediction, as the m×1 vector Xw + b·1 (σ(Xw + b·1))
    and as shown; None for any other value (a model the page defines is read from its definition, not here)."""
    from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction

    sigmoid = symbols.function("sigmoid")
    inner = value.args[0] if isinstance(value, sympy.Function) and value.func == sigmoid else value
    if not isinstance(inner, sympy.Expr):
        return None
    terms = sympy.Add.make_args(inner)
    sums = [term for term in terms if isinstance(term, sympy.Sum)]
    rest = [term for term in terms if term not in sums]
    if len(sums) != 1 or rest not in ([], [_INTERCEPT]):
        return None
    (index, low, high), = sums[0].limits
    parameter = next((name for name in _PARAMETERS if sums[0].function == sympy.Indexed(name, index) * sympy.Indexed(
        "x", symbols.example_index, index)), None)
    if parameter is None or (low, high) != (1, symbols.n):
        return None
    linear: sympy.Basic = sympy.MatMul(sympy.MatrixSymbol("X", symbols.m, symbols.n),
                                       sympy.MatrixSymbol(parameter, symbols.n, 1))
    shown = f"X{_PARAMETERS[parameter]}"
    if rest:
        linear, shown = sympy.MatAdd(linear, _INTERCEPT * sympy.OneMatrix(symbols.m, 1)), f"{shown} + b·1"
    if inner is value:
        return linear, shown
    return ElementwiseApplyFunction(sigmoid, linear), f"σ({shown})"


def _one_by_one(document: Document, text: str, after: int, unbracketed: bool = False) -> None:
    """The bracket after tr's word holds a 1×1 matrix (tr of a larger matrix is no number we read); ``unbracketed``:
    tr without a bracket, whose operand is the product up to the next + or −."""
    close = _product_end(text, after) if unbracketed else _group_end(text, after)
    inner = text[:close]
    inner = " " * after + inner[after:]
    value = build_matrix_line(_parse(inner, document), source=inner)
    if isinstance(value, sympy.MatrixExpr) and value.shape != (1, 1):
        # placed in the step's text (the caller's except puts it in the file, once)
        raise InputError(f"tr(…) is read only of a 1×1 matrix (logderiv does no trace identity such as tr(AB) = "
                         f"tr(BA)), and this is {_shape(value)}", source=text, column=after,
                         hint="write the number: tr(θᵀXᵀXθ) is θᵀXᵀXθ")


def _parameter(sides: list[_Side], document: Document) -> str:
    """The parameter vector the lines write (θ, w or β): one only."""
    found: set[str] = set()
    for side in sides:
        for part in (side.value, side.gradient_of):
            if isinstance(part, sympy.Basic):
                found |= {each.name for each in part.atoms(sympy.MatrixSymbol) if each.name in _PARAMETERS}
    if not found:
        # ∂/∂w [yᵀy] = 0 (a term without w, differentiated by it term by term): the lines write no parameter, the
        # derivative names it; the vector it differentiates by is the parameter (one only)
        found = {side.by for side in sides if side.by in _PARAMETERS}
    if len(found) != 1:
        step = sides[0].step
        raise _fail(document, step, 0, "a derivation in matrix form writes one parameter vector (θ, w or β)"
                    + (f", and this one writes {', '.join(sorted(found))}" if found else ", and this one none"), None)
    parameter = found.pop()
    for side in sides:
        if side.by is not None and side.by not in (parameter, _BY_INTERCEPT):
            # ∂/∂θ of a line in w is the derivative by a vector the line does not hold: 0, never the gradient
            raise _fail(document, side.step, 0, f"this line differentiates by {_PARAMETERS[side.by]}, and the lines "
                        f"are functions of {_PARAMETERS[parameter]}", "differentiate by the parameter vector the lines write")
    return parameter


#: how the note of a cost that is --cost's, no line defining one, starts
_COST_GIVEN = "no line defines the cost or takes ∇ of a formula: the cost is --cost"


def _option_cost(option: str, parameter: str) -> tuple[sympy.Basic, str] | None:
    """--cost read in the lines' parameter vector (a preset's θ is renamed, as _agreeing_cost does), and how it is
    said; None where it is written in another vector (a formula in θ beside lines in w: its gradient by w is 0)."""
    from .costs import read_cost
    from ..presets import find_preset

    problem = read_cost(option, wrt="theta_j")
    given = problem.expand_definitions(problem.cost)
    renamed = ""
    if parameter != "theta" and find_preset(option) is not None:
        given = given.subs(sympy.IndexedBase("theta"), sympy.IndexedBase(parameter))
        renamed = (f" (written in θ, read in the lines' {_PARAMETERS[parameter]}, X holding the intercept's column "
                   "of ones)")
    vectors = {str(each.base) for each in given.atoms(sympy.Indexed)} & set(_PARAMETERS)
    if vectors != {parameter} or given.has(_INTERCEPT):
        return None
    return given, renamed


def _refuse_what_the_cost_given_does_not_say(document: Document, sides: list[_Side], defined: _Defined,
                                             option: str, parameter: str) -> None:
    """Refuse lines that never write the cost where --cost is not plainly the cost they derive (audit30e).

    --cost is the cost of lines that never write one only where nothing on them says otherwise; each of these was
    judged against --cost and a right line called wrong, where an index-form page is refused:

    * ∂L/∂w: L is named nowhere, and --cost's cost is J; L is as often the loss summed over the examples (whose
      gradient Xᵀ(ŷ − y) has no 1/m) or one example's as the mean J (steps refuses ∂L/∂θⱼ so);
    * an intercept b apart in the lines (z = wᵀx + b, σ(Xw + b)): --cost's θᵀx holds its intercept in X's column
      of ones here, so the lines' b was in no cost and their gradient at σ(Xw + b) was judged against σ(Xw)'s;
    * ŷ defined beside the lines (ŷ = σ(wᵀx)) as another model than --cost's (--cost linear, Xw): the page derives
      another cost than --cost (check refuses a --let h that differs from the cost's own h).
    """
    from ..notation import vocabulary as vocab

    named = next((side for side in sides if side.letter and side.letter != "J"), None)
    if named is not None:
        raise _fail(document, named.step, 0, f"this line differentiates {named.letter}, which no line defines (the "
                    f"cost is --cost {option}'s J): is {named.letter} the cost J, the loss summed over the examples, "
                    "or one example's? Their gradients differ by 1/m", f"write ∂J/∂… for --cost's derivative, or "
                    f"define {named.letter} in a line ({named.letter}(w) = …)")
    held = next((side for side in sides if side.value is not None and side.value.has(_INTERCEPT)), None)
    if held is not None:
        raise _fail(document, held.step, 0, f"no line defines the cost, so it is --cost {option}'s, which holds the "
                    "intercept inside θ (X's column of ones), and this line writes an intercept b apart: is b in the "
                    "cost or not?", "define the cost in a line (J(w, b) = …), or write the lines without b")
    prediction = defined.values.get(vocab.PREDICTION)
    if prediction is None:
        return
    model = _model_of_the_option(option, sides, parameter)
    if model is None or not _same_at_the_data(model[0], prediction, parameter):
        used = next((side for side in sides if side.value is not None and side.value.has(prediction)), sides[0])
        shown = f"--cost {option}'s model is {model[1].split(' model is ')[1].split(',')[0]}" if model else (
            f"--cost {option} shows no model")
        raise _fail(document, used.step, 0, f"no line defines the cost, so it is --cost {option}'s, and ŷ is defined "
                    f"beside the lines as another model ({shown}): which cost do the lines derive?",
                    "define the cost in a line (J(w) = …), or leave ŷ to --cost's model")


def _same_at_the_data(left: sympy.Basic, right: sympy.Basic, parameter: str) -> bool:
    """Whether two m×1 vectors of θ agree at each size's random data, at random θ (σ(z) with z = Xw against σ(Xw))."""
    for seed, (m, n) in enumerate(_SIZES):
        each = _data(m, n, parameter, seed)
        one, other = _explicit(left, each), _explicit(right, each)
        if one.shape != other.shape:
            return False
        point, compared = _differing_point(one, other, sympy.Matrix(each.theta))
        if point is not None or not compared:
            return False
    return True


def _stacked(text: str, parameter: str) -> tuple[sympy.Basic, str] | None:
    """A model's plain text (sigmoid(theta^T x), w^T x) for every example at once in ``parameter`` (σ(Xw)), and the
    model as shown (σ(wᵀx)); None for one with an intercept apart or not read so."""
    from ..notation import parse_text, tree

    if re.search(r"\bb\b", text) or parameter not in text.replace("theta", parameter):
        return None
    try:
        node = tree.rename(parse_text(text, input="plain").tree, "theta", parameter)
        every = _every_example(_at_example_i(node, []), {"y"})
        value = None if every is None else build_matrix_line(every, source=text, label="--cost")
    except InputError:
        return None
    if not (isinstance(value, sympy.MatrixExpr) and value.shape == (symbols.m, 1)):
        return None
    return value, text.replace("theta", _PARAMETERS[parameter]).replace("sigmoid", "σ").replace("^T x", "ᵀx")


def _model_of_the_option(option: str, sides: list[_Side], parameter: str | None = None) -> tuple[sympy.Basic, str] | None:
    """The m×1 vector of --cost's model's predictions in the lines' parameter vector, and the note; else None.

    ∂L/∂w = (1/n)Xᵀ(ŷ − y) under --cost logistic, no line defining the cost or ŷ: ŷ is the model's prediction the
    cost holds (notation.models, as for an undefined h of an index-form line), for every example at once, σ(Xw).
    Only where a line names the parameter vector it differentiates by (∂/∂w) and --cost is written in it (a preset
    in θ is read in it); a cost that shows no model, or one with an intercept apart, is None.
    """
    from ..notation.builder import _build_text
    from ..notation.models import model_of_cost
    from .costs import read_cost

    vectors = {side.by for side in sides if side.by in _PARAMETERS} if parameter is None else {parameter}
    if len(vectors) != 1:
        return None
    (parameter,) = vectors
    try:
        if _option_cost(option, parameter) is None:
            return None
        problem = read_cost(option, wrt="theta_j")
        model = model_of_cost(problem.cost, problem.definitions, _build_text)
    except InputError:
        return None
    stacked = None if model is None else _stacked(model.text, parameter)
    if stacked is None:
        return None
    return stacked[0], (f"ŷ is not defined, nor the cost in a line: --cost {option}'s model is {stacked[1]}, so "
                        "reading ŷ as the m×1 vector of its predictions, one per example (define ŷ beside the lines "
                        "to override)")


def _refuse_a_side_derivative(document: Document, sides: list[_Side]) -> None:
    """Refuse a formula under ∇ in a chain of its own beside a chain that takes ∇ of the cost by its name.

    ∇_w(wᵀw) = 2w, then in another display ∇_wJ(w) = 2Xᵀ(Xw − y) + 2λw (cold43's ridge notes cut after the gradient,
    or with J(w) = ‖Xw − y‖² + λwᵀw defined before it): the formula under ∇ is a side derivative, not the cost nor a
    step of its gradient; read as the cost, or as a step after the cost's definition, it judged a right gradient
    wrong (audcold41). The cost's name written before it on its line (∂J/∂θ = ∂/∂θ[(Xθ − y)ᵀ(Xθ − y)], its head no
    side) makes it the cost, as before.
    """
    naming = [other for other in sides if other.gradient_of is _COST or _NABLA_OF_COST.search(other.step.text) is not None]
    for side in sides:
        if side.gradient_of is None or side.gradient_of is _COST:
            continue
        named = next((other for other in naming if not _one_chain(document, sides, side, other)), None)
        before = document.source[document.source.rfind("\n", 0, side.step.offset) + 1:side.step.offset]
        if named is not None and _NABLA_OF_COST.search(before) is None \
                and all(not _one_chain(document, sides, side, other) for other in naming):
            under = _NABLA_IN_LINE.search(side.step.text)
            raise _fail(document, side.step, 0 if under is None else under.start(),
                        f"line {side.step.line} takes ∇ of {side.operand}, and line {named.step.line}, in another "
                        f"chain, takes ∇ of the cost by its name: {side.operand} is a side derivative (a lemma), not "
                        "the cost, and not a step of the cost's gradient; it is not read as either",
                        "write the side derivative in prose ($\\nabla_w(w^Tw) = 2w$), or define the cost in the "
                        "derivation's first chain (J(w) = …) and derive its gradient in one chain")


def _cost(document: Document, sides: list[_Side], option: str | None = None,
          parameter: str | None = None) -> tuple[sympy.Basic, list[str]]:
    """The cost: what the first chain defines (J(θ) = …), else the number the first side takes ∇ of, else
    (``option``) --cost's, read in the lines' ``parameter`` vector, as an index-form page's cost is --cost's."""
    _refuse_a_side_derivative(document, sides)
    first = sides[0]
    if first.cost_name and len(sides) > 1 and sides[1].value is not None and sides[1].gradient_of is None \
            and _joined(document, first.step, sides[1].step):
        return sides[1].value, [f"the cost is the one line {sides[1].step.line} defines: "
                                f"J = {sides[1].step.written}"]
    for side in sides:
        if side.gradient_of is not None and side.gradient_of is not _COST:
            return side.gradient_of, [f"the cost is the one line {side.step.line} writes under ∇: "
                                      f"J = {side.operand}"]
    # n in a line beside a cost no line writes: the examples' count (as Σᵢ^n would say) or X's features'? Nothing
    # on the lines tells, so --cost is not taken for them: asked at the n
    counted = next(((step, found) for step in document.steps if (found := _WRITES_N.search(step.text)) is not None),
                   None) if option is not None and parameter is not None else None
    if counted is not None:
        raise _fail(document, counted[0], counted[1].start(), f"no line defines the cost, so it is --cost {option}'s, "
                    "and this line writes n: the number of examples (the rows of X, m) or of features (its columns)?",
                    "write m for the number of examples, or define the cost in a line (J = …)")
    if option is not None and parameter is not None:
        try:
            given = _option_cost(option, parameter)
        except InputError:
            given = None
        if given is not None:
            return given[0], [f"{_COST_GIVEN} {option}{given[1]}"]
    raise _fail(document, first.step, 0, "which cost is derived? No line defines J nor takes ∇ of a formula",
                "open with the cost's definition: J(\\theta) = \\frac{1}{2m}(X\\theta - y)^T(X\\theta - y)")


#: ∇ (or ∂) of the cost by its name, anywhere in a step (``\frac{\partial J}{\partial\theta} = …``,
#: ``\boxed{\nabla_wJ(w)=2X^T(Xw-y)+2\lambda w}``)
_NABLA_OF_COST = patterns.compile(r"(?:" + _NABLA_CORE + r"|\\partial\s*)(?:" + _COST_LETTERS + r")(?![A-Za-z])")


def _one_chain(document: Document, sides: list[_Side], one: _Side, other: _Side) -> bool:
    """Whether two sides are in one chain: the writer's '=' between every two sides from one to the other."""
    first, last = sorted((sides.index(one), sides.index(other)))
    return all(_joined(document, sides[at].step, sides[at + 1].step) for at in range(first, last))


def _joined(document: Document, before: WrittenStep, after: WrittenStep) -> bool:
    """Whether the writer put '=' between two sides (not a new display with its own left side).

    A lemma between them (a rule of matrix calculus cited between the cost and the derivation) is not the
    writer's '=' between the two: its own '=' joined the cost to the gradient's name, a right page judged wrong."""
    start, end = before.offset + len(before.text), after.offset
    between = document.source[start:end]
    for lemma in document.lemmas:
        if lemma.steps and start <= lemma.steps[0].offset and lemma.steps[-1].offset < end:
            first, last = lemma.steps[0].offset - start, lemma.steps[-1].offset + len(lemma.steps[-1].text) - start
            between = between[:first] + " " * (last - first) + between[last:]
    return "=" in between


#: the parser's refusal of a parameter's row times the labels (θᵀy, θᵀY): in matrix form a product that does not conform
_ROW_TIMES_LABELS = patterns.compile(r"^a dot product needs a vector here, not '[yY]'")
#: what a side that does not conform is shown as: it has no value
_UNREAD = sympy.Symbol(r"\text{(shapes do not conform)}")


def _refuse_an_unconforming_start(sides: list[_Side]) -> None:
    """Refuse a side that does not conform before any side with a value: the cost itself, nothing to check it by."""
    for side in sides:
        if side.unconforming is not None:
            raise side.unconforming
        if side.value is not None or side.gradient_of not in (None, _COST):
            return


def _unconforming(side: _Side) -> Diagnosis:
    """The step's error: the reader's words for the shapes that do not conform, and its hint."""
    error = side.unconforming
    assert error is not None  # asked only of a side that does not conform
    message = error.message.partition(": a line of a derivation in matrix form")[0]
    hint = f" ({error.hint})" if error.hint else ""
    return Diagnosis("other", f"this line does not conform, so it equals nothing: {message}{hint}")


# --- comparing ----------------------------------------------------------------------------


@record
class _Data:
    """The data lines are compared at, one size: X (m×n), y, a symbolic θ, each matrix symbol's value."""

    m: int
    n: int
    values: dict[sympy.MatrixSymbol, sympy.Matrix]
    theta: sympy.Matrix
    X: sympy.Matrix
    y: sympy.Matrix
    parameter: str
    #: λ's value at this size (a line without λ never uses it)
    weight: sympy.Rational = sympy.Integer(1)
    #: α's value at this size (a line without α never uses it)
    alpha: sympy.Rational = sympy.Integer(1)
    #: δ's value at this size (a line without δ never uses it)
    delta: sympy.Rational = sympy.Integer(1)
    #: weighted least squares' m×m diagonal W at this size, its weights positive (a line without W never uses it)
    weights: sympy.Matrix | None = None


def _data(m: int, n: int, parameter: str, seed: int) -> _Data:
    """Random rational X (m×n), y (m×1) and a symbolic θ (n×1): each side becomes a polynomial in θ₁ … θₙ."""
    generator = random.Random(_SEED + seed)

    def rational() -> sympy.Rational:
        return sympy.Rational(generator.randint(-9, 9), generator.randint(1, 4))

    data = sympy.Matrix(m, n, lambda *_: rational())
    labels = sympy.Matrix(m, 1, lambda *_: rational())
    theta = sympy.Matrix([sympy.Symbol(f"{parameter}_{k + 1}") for k in range(n)])
    values = {sympy.MatrixSymbol("X", symbols.m, symbols.n): data, sympy.MatrixSymbol("y", symbols.m, 1): labels,
              sympy.MatrixSymbol(parameter, symbols.n, 1): theta}
    weight = sympy.Rational(generator.randint(1, 9), generator.randint(2, 5))
    # drawn after λ so that every other value is the one drawn before W was read
    weights = sympy.diag(*(sympy.Rational(generator.randint(1, 9), generator.randint(1, 4)) for _ in range(m)))
    # drawn last, so that every value drawn before α was read stays what it was
    alpha = sympy.Rational(generator.randint(1, 9), generator.randint(2, 5))
    # drawn after α, so that every value drawn before δ was read stays what it was
    delta = sympy.Rational(generator.randint(1, 9), generator.randint(2, 5))
    return _Data(m, n, values, theta, data, labels, parameter, weight=weight, weights=weights, alpha=alpha,
                 delta=delta)


def _explicit(value: sympy.Basic, data: _Data) -> sympy.Matrix:
    """``value`` at the data: an explicit n×1 matrix, or 1×1 for a number."""
    value = value.subs({symbols.m: data.m, symbols.n: data.n, _PENALTY_WEIGHT: data.weight, _ALPHA: data.alpha,
                         _DELTA: data.delta})
    if not isinstance(value, sympy.MatrixExpr) and value.has(sympy.Indexed, sympy.Sum):
        done = value.doit()
        if any(_is_one_example(each) for each in done.atoms(sympy.Indexed)):
            # Σᵢ 2(yᵢ − xᵢᵀw − b)(−xᵢ): xᵢ alone is example i's features, an n×1 vector, so the line is one; its
            # entry k holds xₖ⁽ⁱ⁾ where xᵢ stands
            return sympy.Matrix([sympy.expand(_entries(done.replace(_is_one_example, lambda each: each.base[
                each.indices[0], k + 1]), data)) for k in range(data.n)])
        return sympy.Matrix([[sympy.expand(_entries(done, data))]])
    if value.has(sympy.MatrixExpr):
        explicit = _evaluated(value, data)
        if not isinstance(explicit, sympy.MatrixBase):
            explicit = sympy.Matrix([[explicit]])
        return explicit.applyfunc(sympy.expand)
    return sympy.Matrix([[sympy.expand(value)]])


def _evaluated(value: sympy.Basic, data: _Data) -> sympy.Basic:
    """A matrix expression (m, n already numbers) at the data, operation by operation (sympy's as_explicit is slow)."""
    from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction

    if isinstance(value, sympy.MatrixSymbol):
        return {"X": data.X, "y": data.y, data.parameter: data.theta, WEIGHT_MATRIX: data.weights}[value.name]
    if isinstance(value, sympy.OneMatrix):
        return sympy.ones(*value.shape)
    if isinstance(value, sympy.Identity):
        return sympy.eye(value.shape[0])  # ridge's λI, n×n (its size a number by now)
    if isinstance(value, sympy.ZeroMatrix):
        return sympy.zeros(*value.shape)
    if isinstance(value, sympy.Transpose):
        return _evaluated(value.arg, data).T
    if isinstance(value, sympy.Trace):
        return _evaluated(value.arg, data).trace()
    if isinstance(value, sympy.HadamardProduct):
        factors = [_evaluated(each, data) for each in value.args]
        result = factors[0]
        for factor in factors[1:]:
            result = result.multiply_elementwise(factor)
        return result
    if isinstance(value, sympy.HadamardPower):
        return _evaluated(value.base, data).applyfunc(lambda entry: entry ** value.exp)
    if isinstance(value, ElementwiseApplyFunction):
        return _evaluated(value.expr, data).applyfunc(value.function)
    if isinstance(value, (sympy.MatMul, sympy.Mul)):
        result = sympy.Integer(1)
        for each in value.args:
            result = result * _evaluated(each, data)
        return result
    if isinstance(value, (sympy.MatAdd, sympy.Add)):
        terms = [_evaluated(each, data) for each in value.args]
        result = terms[0]
        for term in terms[1:]:
            result = result + term
        return result
    if isinstance(value, sympy.Inverse):
        # (XᵀX + λI)⁻¹ of the normal equation's solution: a matrix of the data alone, inverted where it can be
        inverted = _evaluated(value.arg, data)
        if not isinstance(inverted, sympy.MatrixBase) or inverted.free_symbols & set(data.theta) \
                or inverted.det() == 0:
            raise InputError(f"{value} is not read in a line in matrix form: only a matrix of the data is inverted, "
                             "where it is invertible")
        return inverted.inv()
    if isinstance(value, sympy.Pow) and value.has(sympy.MatrixExpr):
        base = _evaluated(value.base, data)
        return base ** value.exp if not isinstance(base, sympy.MatrixBase) else base.applyfunc(lambda e: e ** value.exp)
    if value.has(sympy.MatrixExpr):
        raise InputError(f"{value} is not read in a line in matrix form")
    return value


def _is_one_example(each: sympy.Basic) -> bool:
    """Whether ``each`` is x⁽ⁱ⁾ whole, one example's feature vector (an entry of x with one index, not xₖ⁽ⁱ⁾)."""
    return isinstance(each, sympy.Indexed) and each.base.label.name == "x" and len(each.indices) == 1


def _entries(value: sympy.Expr, data: _Data) -> sympy.Expr:
    """An index-form number at the data: xₖ⁽ⁱ⁾ is Xᵢₖ, y⁽ⁱ⁾ is yᵢ, θₖ the symbol θₖ (any other entry is refused)."""
    def entry(indexed: sympy.Indexed) -> sympy.Expr:
        name, at = indexed.base.label.name, [int(index) - 1 for index in indexed.indices]
        if name == "x" and len(at) == 2:
            return data.X[at[0], at[1]]
        if name == "y" and len(at) == 1:
            return data.y[at[0]]
        if name == data.parameter and len(at) == 1:
            return data.theta[at[0]]
        raise InputError(f"{indexed} is not read beside matrix notation",
                         hint="write the cost with X, y and the parameter vector")

    return value.replace(lambda each: isinstance(each, sympy.Indexed), entry)


def _gradient_at(number: sympy.Basic, data: _Data, by: str | None = None) -> sympy.Matrix:
    """∇ of ``number`` at the data, or (``by`` the intercept) its derivative by b, a 1×1."""
    scalar = _explicit(number, data)[0, 0]
    if by == _BY_INTERCEPT:
        return sympy.Matrix([[sympy.diff(scalar, _INTERCEPT)]])
    return sympy.Matrix([sympy.diff(scalar, each) for each in data.theta])


def _gradients_of(cost: sympy.Basic, data: list[_Data]) -> list[sympy.Matrix]:
    return [_gradient_at(cost, each) for each in data]


def _values(side: _Side, cost: sympy.Basic, data: list[_Data]) -> list[sympy.Matrix]:
    """The side at each size's data (the cost's name is the cost, ∇ is taken exactly)."""
    results = []
    for each in data:
        if side.cost_name:
            results.append(_explicit(cost, each))
            continue
        total = None
        if side.gradient_of is not None:
            total = _gradient_at(cost if side.gradient_of is _COST else side.gradient_of, each, side.by)
        if side.value is not None:
            value = _explicit(side.value, each)
            total = value if total is None else total + value
        results.append(total)
    return results


def _same(before: list[sympy.Matrix], after: list[sympy.Matrix], data: list[_Data], parameter: str,
          weighted: bool = False, alpha: bool = False, delta: bool = False) -> tuple[bool, Counterexample | None, Check]:
    """(whether two sides are the same function of θ at every size, a counterexample at a random θ or None, how).

    How it was decided: exactly (the expanded difference is the zero matrix, or a polynomial in θ that is not) or,
    where σ, log or ReLU of θ leave no polynomial, at random θ to 50 digits; the check says which.
    """
    check = _check()
    for left, right, each in zip(before, after, data):
        if left.shape != right.shape:
            return False, None, check
        difference = (left - right).applyfunc(sympy.expand)
        if difference.is_zero_matrix:
            continue
        point: _Theta | None
        point = {symbol: sympy.Rational(k + 1, 3) for k, symbol in enumerate(each.theta)}
        intercept = difference.has(_INTERCEPT) or left.has(_INTERCEPT) or right.has(_INTERCEPT)
        if intercept:
            point[_INTERCEPT] = sympy.Rational(len(point) + 1, 3)
        if not all(entry.is_polynomial(*each.theta, *((_INTERCEPT,) if intercept else ())) for entry in difference):
            # σ, log, ReLU of θ: no polynomial, so expanding decides nothing (σ(u) against 1 − σ(−u), heaviside(u) u
            # against ReLU(u) were judged wrong, with a 'counterexample' where both sides are equal, audit29b);
            # the two sides are compared at random θ, 50 digits
            check = _sampled_check()
            point, compared = _differing_point(left, right, sympy.Matrix([*each.theta,
                                                                          *((_INTERCEPT,) if intercept else ())]))
            if point is None and not compared:
                # every θ tried put an argument of ReLU at 0: nothing was compared, so nothing is shown to hold
                return False, None, check
            if point is None:
                continue
        return False, Counterexample(
            m=each.m, n=each.n, j=0,
            values=tuple(Value(parameter, (k + 1,), float(point[symbol])) for k, symbol in enumerate(each.theta))
            + ((Value("b", (), float(point[_INTERCEPT])),) if _INTERCEPT in point else ())
            + ((Value("lambda", (), float(each.weight)),) if weighted else ())
            + ((Value("alpha", (), float(each.alpha)),) if alpha else ())
            + ((Value("delta", (), float(each.delta)),) if delta else ()),
            expected=str(_at(left, point)), answer=str(_at(right, point))), check
    return True, None, check


#: random θ at which two non-polynomial sides are compared, and the digits and tolerance of the comparison
_POINTS = 6
_DIGITS = 50
_TOLERANCE = sympy.Rational(1, 10**30)
#: a value of θ: each entry's symbol (θ₁ … θₙ) and a rational value
_Theta = dict[sympy.Symbol, sympy.Rational]


def _at(side: sympy.Matrix, point: _Theta) -> list[sympy.Basic]:
    """A side's entries at θ: exact where they are rational, else their values to 15 digits (σ, log, ReLU)."""
    return [value if value.is_Rational else value.evalf(15) for value in side.subs(point)]


def _differing_point(left: sympy.Matrix, right: sympy.Matrix, theta: sympy.Matrix) -> tuple[_Theta | None, int]:
    """(a θ (rational) where two sides differ at 50 digits, or None if they agree at every θ compared; how many were).

    A θ that puts an argument of ReLU or heaviside at exactly 0 is skipped: neither side has a derivative there.
    """
    generator = random.Random(_SEED + 1)
    steps = [each for each in left.atoms(symbols.relu, symbols.heaviside) | right.atoms(symbols.relu, symbols.heaviside)
             if each.args[0].free_symbols & set(theta)]  # of θ: an argument that is 0 at every θ would skip them all
    compared = 0
    for _ in range(_POINTS):
        point = {symbol: sympy.Rational(generator.randint(-20, 20), generator.randint(1, 7)) for symbol in theta}
        if any(each.args[0].subs(point) == 0 for each in steps):
            continue
        compared += 1
        for one, other in zip(left.subs(point), right.subs(point)):
            one, other = one.evalf(_DIGITS), other.evalf(_DIGITS)
            if not (one.is_number and other.is_number) or abs(one - other) > _TOLERANCE * (1 + abs(one) + abs(other)):
                return point, compared
    return None, compared


def _check() -> Check:
    return Check("numeric", points=len(_SIZES), sizes=_SIZES, tolerance=0.0)


def _sampled_check() -> Check:
    """A line compared at random θ (σ, log, ReLU of θ): that many θ at each size, to the tolerance used at 50 digits."""
    return Check("numeric", points=_POINTS, sizes=_SIZES, tolerance=float(_TOLERANCE))


def _shown(side: _Side, cost: sympy.Basic) -> sympy.Basic:
    """What a side is shown as: its value, or the cost for its name."""
    if side.cost_name:
        return cost
    if side.value is not None:
        return side.value
    return sympy.Symbol("∇J")


def _gradient_shown(cost: sympy.Basic, vector: sympy.MatrixSymbol) -> sympy.Basic:
    """∇J by name: the lines are compared with it exactly (differentiated at the data), no formula is derived."""
    return sympy.Symbol("∇J")


def _shape(value: sympy.Basic) -> str:
    from ..notation.matrices import describe_shape

    return describe_shape(value)


def _fail(document: Document, step: WrittenStep, column: int | None, message: str, hint: str | None) -> InputError:
    offset = step.offset + (column or 0)
    # a step of notes opens with the prose before its display, blanked: the caret goes to the maths, not line 1
    end = step.offset + len(step.text)
    while offset < end and document.source[offset].isspace():
        offset += 1
    return InputError(message, source=document.source, column=offset, hint=hint, label=None,
                      line=locate(document.source, offset)[0])
