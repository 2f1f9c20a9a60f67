"""The sides of a chain ``J = A = B`` shown equal before one is used.

A cost written twice in one line (``J(θ) = ½ Σ (h − y)² = ½ (Xθ − y)ᵀ(Xθ − y)``) is read
side by side, each with the left side ``J(θ) =``; the sides' costs (definitions put in)
must be equal, symbolically or at random points, and the last is the problem, with a
note saying how the sides were shown equal. Sides that differ are refused with the
caret at the first one that differs from the last: logderiv never picks one.

An answer written as a chain (``∂BCE/∂b = (ŷ − y)·1 = ŷ − y``) is judged side by side
by the checker (:meth:`~logderiv.services.check.Checker.check`): every side the
gradient is ``equivalent``; every side wrong, and the sides equal to one another, is
``different``; sides that differ from one another are refused (a derivation with a
wrong step is ``logderiv steps``' business).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Protocol, Sequence

from .. import patterns
from ..errors import InputError
from ..notation import chains, free_constants, probability, symbols
from ..notation.problem import Problem

if TYPE_CHECKING:  # pragma: no cover
    import sympy  # at run time imported by the functions that use it: most chains never need it

    from ..notation.parsed import Parsed
    from ..notation.tree import Node
    from ..records.derivation import Check
    from ..records.verdict import Verdict
    from ..deadline import Deadline
    from ..equality.compare import Comparison

#: the note of an answer judged by its value though it still writes a linear derivative (services.check says it;
#: defined here, below answer, so that reading it back does not import answer)
READ_OFF_NOTE = ("the answer still writes a derivative left unevaluated, of an expression linear in its variable "
                 "(as ∂/∂w (wx⁽ⁱ⁾ + b − y⁽ⁱ⁾) = x⁽ⁱ⁾): its value is a coefficient read off, and with it the answer "
                 "equals the gradient; a finished answer writes it out")

__all__ = ["read_cost_chain", "read_unnamed_chain", "judge_answer_chain", "SIDES_HINT"]

#: a ``--let`` as read: the name, its value's tree, the text it was written in
Let = tuple[str, "Node", str]
#: what the answer checker reads in an answer's text: its tree, its lets and what reading them noted
_Read = tuple["Node", list[Let], tuple[str, ...]]
#: a judged side of an answer chain: its number, its text, what was read in it, and its verdict
_Judged = tuple[int, str, _Read, "Verdict"]


class _Checker(Protocol):
    """What judging an answer chain asks of the answer checker (``services.check.Checker``, a layer above)."""

    def read_text(self, answer: str) -> Parsed: ...

    def _read(self, answer: str) -> _Read: ...

    def _judge(self, source: str, tree: Node, lets: list[Let], notes: Sequence[str], deadline: Deadline | None,
               timeout: float) -> Verdict: ...

    def _sides_equal(self, one: tuple[str, Node, list[Let], Sequence[str]],
                     other: tuple[str, Node, list[Let], Sequence[str]], deadline: Deadline | None) -> bool: ...


#: the hint of a refused chain
SIDES_HINT = "give one side (the one you mean); to check a derivation step by step, use 'logderiv steps'"


def read_cost_chain(cost: str, bounds: list[tuple[int, int]], read: Callable[[str], Problem],
                    whole: InputError | None = None) -> Problem:
    """Read ``J = A = B`` as the problems ``J = A`` and ``J = B``; the last, once every side is shown equal to it.

    ``read`` reads one cost text into a Problem; each side's text keeps the chain's
    length (the other sides blanked), so an error's caret points into the chain.
    ``whole`` is the error of reading the text whole (see :func:`_telling`).
    """
    problems: list[tuple[int, Problem]] = []
    names: list[str] = []
    likelihoods: list[str] = []
    conditionals: list[str] = []
    spelled: list[tuple[str, str]] = []
    calls: list[tuple[str, str]] = []
    for side in range(1, len(bounds)):
        text = chains.variant(cost, bounds, [0, side])
        try:
            problems.append((side, read(text)))
        except InputError as side_error:
            if side < len(bounds) - 1 and chains.log_of_a_likelihood(chains.shown(cost, bounds, side)):
                # ℓ(θ) = log L(θ) = …: L is never written out; asked first, as log L(θ) also reads as a name of
                # the cost, and the likelihood's side is the one whose sign is held to the last side's
                likelihoods.append(chains.shown(cost, bounds, side))
                continue
            if side < len(bounds) - 1 and probability.log_of_labels_given_data(chains.shown(cost, bounds, side)):
                # E(W) = −(1/N) log P(T|X) = …: the labels' probability given the data, the likelihood by its name;
                # its '|' is the conditioning bar. Its sign is held to the last side's as log L(θ)'s is
                conditionals.append(chains.shown(cost, bounds, side))
                continue
            if side < len(bounds) - 1 and _names_the_cost(cost, bounds, side, read):
                names.append(chains.shown(cost, bounds, side))  # J(θ) = L(θ) = …: a second name
                continue
            if side < len(bounds) - 1 and (named := _named_in_next(cost, bounds, side)) is not None:
                spelled.append(named)  # ∑(y - y_p)² = ∑(y - f(x))²: the '=' says y_p is f(x)
                continue
            if side < len(bounds) - 1 and (call := _undefined_call(chains.shown(cost, bounds, side),
                                                                    chains.shown(cost, bounds, len(bounds) - 1),
                                                                    side_error)):
                # J(θ) = −(1/m) f(θ) = −(1/m) Σ …: f is defined nowhere, so the side says nothing the last does not
                calls.append((chains.shown(cost, bounds, side), call))
                continue
            raise _telling(whole, side_error, text, cost) from None
    last = problems[-1][1]
    _refuse_a_likelihood_of_the_other_sign(cost, bounds, [*likelihoods, *conditionals], last)
    _refuse_a_likelihood_of_another_scale(cost, bounds, conditionals, last)
    methods = []
    undefined: list[tuple[int, str]] = []
    for side, problem in problems[:-1]:
        comparison = _compare_costs(problem, last)
        if not comparison.equal and (name := _undefined_name(chains.shown(cost, bounds, side), problem, last)):
            # RSS + λ‖w‖²₂ = Σ(yᵢ − ŷᵢ)² + λΣwⱼ²: the '=' says what the undefined RSS is, as named_in's y_p
            undefined.append((side, name))
            methods.append(f"{name} standing for the terms the rest leaves over")
            continue
        if not comparison.equal:
            raise _sides_differ(cost, bounds, side)
        methods.append(_how(comparison.check))
    named_sides = {side for side, _ in undefined}
    notes = [note for side, problem in problems for note in problem.notes
             if not (side in named_sides and free_constants.CONSTANT_NOTE_MARK in note)]
    for index, name in undefined:
        notes.append(f"the chain's side '{chains.shown(cost, bounds, index)}' writes {name}, which nothing defines, for "
                     f"terms of the last side: the '=' says {name} is the terms of "
                     f"'{chains.shown(cost, bounds, len(bounds) - 1)}' that the rest of that side leaves over, and "
                     f"the last side is read")
    if names:
        notes.append(f"{' and '.join(names)} on the left of '=' in the chain "
                     f"{'is another name' if len(names) == 1 else 'are other names'} of the cost "
                     f"{chains.shown(cost, bounds, 0)}")
    for written in likelihoods:
        notes.append(f"'{written}' in the chain is the log of the likelihood L, which the text does not write out: it "
                     f"names the cost {chains.shown(cost, bounds, 0)}, and the last side is read")
    for written in conditionals:
        notes.append(f"'{written}' in the chain is the log of the probability of the labels given the data (the "
                     f"likelihood; '|' is the conditioning bar, not an absolute value), which the text does not "
                     f"write out: it names the cost {chains.shown(cost, bounds, 0)}, and the last side is read")
    for name, written in spelled:
        notes.append(f"the chain writes {name} where its next side writes {written}: the '=' between them says "
                     f"{name} is {written}, and the next side is read")
    for written, call in calls:
        notes.append(f"the chain's side '{written}' writes {call}, a function of the parameters that nothing defines: "
                     "the '=' says what it stands for, and the last side is read")
    if len(problems) > 1:
        notes.append(f"the cost is a chain {chains.shown(cost, bounds, 0)} = … = …: its {len(problems)} sides are "
                     f"the same cost ({', '.join(dict.fromkeys(methods))}); the last is derived")
    return replace(last, source=cost, notes=tuple(dict.fromkeys(notes)))


def _refuse_a_likelihood_of_the_other_sign(cost: str, bounds: list[tuple[int, int]], likelihoods: list[str], last: Problem) -> None:
    """Refuse ``l(θ) = −ln L(θ) = Σ [y log h + …]``: the log L side and the last side differ in sign (see
    :func:`~logderiv.verify.objective.likelihood_sign_slip`)."""
    from .objective import LIKELIHOOD_SIGN_HINT, likelihood_sign_slip

    for side in likelihoods:
        slip = likelihood_sign_slip(side, chains.shown(cost, bounds, 0), last)
        if slip is not None:
            raise InputError(slip, source=cost, column=cost.find(side), hint=LIKELIHOOD_SIGN_HINT, label="COST")


def _refuse_a_likelihood_of_another_scale(cost: str, bounds: list[tuple[int, int]], conditionals: list[str], last: Problem) -> None:
    """Refuse ``E = −(1/N) log P(T|X) = −Σₙ {…}``: the named side is a mean, the last side a sum (or the other way
    round, or a mean by another count). Its sign is held to the last side's; its scale must be too, or E's
    gradient is N times one of them and reading the last side alone is a silent misread (audit32)."""
    last_side = chains.shown(cost, bounds, len(bounds) - 1)
    mean = last.cost.has(1 / symbols.m)
    for side in conditionals:
        count = probability.count_of_labels_given_data(side)
        if (count is not None) == mean and (count is None or re.search(
                rf"(?<![A-Za-z\\]){count}(?![A-Za-z])", last_side)):
            continue
        said = f"the mean over {count} of" if count else "the sum of"
        other = "a mean over the examples" if mean else "a sum over the examples, with no count dividing it"
        raise InputError(
            f"'{side.strip()}' says {chains.shown(cost, bounds, 0)} is {said} the examples' log-probabilities, but "
            f"the last side '{last_side}' is {other}: the two differ by the count, and so do their gradients",
            source=cost, column=cost.find(side.strip()), hint=SIDES_HINT, label="COST")


#: the builder's refusal of a letter applied to a bracket that no --let defines as a function
_UNDEFINED_CALL = patterns.compile(r"'(?P<name>[^']+)' is applied to a bracket as a function, but no function")
#: the parameter vector alone as an argument: (θ), (\vec\theta), (\vec{\theta}), (\mathbf{w}), (w), (beta)
_PARAMETERS_ALONE = r"\(\s*(?:\\(?:vec|mathbf|boldsymbol|bm)\s*\{?\s*)?(?:\\theta|\\beta|θ|β|theta|beta|w)\s*\}?\s*\)"
#: a constant scale before the call, all a skipped side may hold besides it: −, 2, \frac{1}{m}, -\frac{1}{2m}, 1/m *
_CONSTANT_SCALE = patterns.compile(
    r"[-+]?(?:\\frac\{-?\d*[mnN]?\}\{\d*[mnN]?\}|\d+(?:\.\d+)?(?:/\d*[mnN]?)?|\(-?\d+/\d*[mnN]?\)|[mnN])?")
#: what a scale may be written with that says nothing: spaces, a product's dot or star
_SCALE_NOISE = patterns.compile(r"\s+|\\cdot|\*")


def _undefined_call(shown: str, last: str, error: InputError) -> str | None:
    """``f(θ)`` where a middle side of a cost chain was refused only for applying f, defined nowhere, to the parameters.

    ken8860's notes write J(θ) = −(1/m) f(θ) = −(1/m) Σ[…], f the log-likelihood their text names before; with no
    --let for f the side cannot be compared, and it adds nothing: the chain says J is its last side whatever f is.
    Only where the side is the call after a constant scale that the last side begins with, as written (−(1/m) f(θ) =
    −(1/m) Σ …: f is the rest of it). A side that writes more, a penalty (−(1/m) f(θ) + λ/(2m)‖θ‖², the last side
    with none), or another scale (−(1/m) f(θ) = (1/m) Σ[y log h + …], f the log-likelihood and the last side's minus
    dropped, or f its negative?), says what the last side may not, and stays refused, as does a call of anything
    else (f(x), f(z)) or a side refused for another reason.
    """
    found = _UNDEFINED_CALL.match(str(error.args[0]) if error.args else str(error))
    if found is None:
        return None
    name = found.group("name")
    call = re.search(rf"(?<![\\A-Za-z]){re.escape(name)}\s*{_PARAMETERS_ALONE}$", shown)
    if call is None:
        return None
    scale = _SCALE_NOISE.sub("", shown[:call.start()])
    if _CONSTANT_SCALE.fullmatch(scale) is None or not _SCALE_NOISE.sub("", last).startswith(scale):
        # J = -\frac{1}{m} f(θ) + \frac{\lambda}{2m}\|θ\|^2 = -\frac{1}{m}\sum …, J = -\frac{1}{m} f(θ) = \frac{1}{m}\sum …:
        # the side says more than f, or f with another sign or scale than the last side's (a writer's slip, or an f
        # that would have to make up the difference): not the chain's to settle
        return None
    return call.group(0)


def _named_in_next(cost: str, bounds: list[tuple[int, int]], side: int) -> tuple[str, str] | None:
    """``(y_p, f(x))`` where a side that was not read is its next side with one expression written as a name."""
    return chains.named_in(chains.shown(cost, bounds, side), chains.shown(cost, bounds, side + 1))


def read_unnamed_chain(cost: str, bounds: list[tuple[int, int]], read: Callable[[str], Problem],
                       whole: InputError) -> Problem:
    """Read ``A = B``, a chain whose first side is no name but the cost itself: ``‖Ax − b‖² = (Ax − b)ᵀ(Ax − b)``.

    Least-squares notes state the cost as an identity, the norm and its product (or its expansion, ``‖r‖² =
    xᵀAᵀAx − 2bᵀAx + bᵀb``). Every side is read as the cost alone (the others blanked, so carets stay); the
    sides must be shown equal, as a named chain's are, and the last is derived, noted. ``whole`` (the text's own
    error, the left side naming no cost) is raised when the first side does not read as a cost.
    """
    try:
        problems = [read(chains.variant(cost, bounds, [side])) for side in range(len(bounds))]
    except InputError:
        raise whole from None
    last = problems[-1]
    methods = []
    for side, problem in enumerate(problems[:-1]):
        comparison = _compare_costs(problem, last)
        if not comparison.equal:
            raise _sides_differ(cost, bounds, side)
        methods.append(_how(comparison.check))
    notes = [note for problem in problems for note in problem.notes]
    notes.append(f"the cost is a chain {chains.shown(cost, bounds, 0)} = …: its left side names no cost but is the "
                 f"cost itself, so its {len(problems)} sides are the same cost ({', '.join(dict.fromkeys(methods))}); "
                 "the last is derived")
    return replace(last, source=cost, notes=tuple(dict.fromkeys(notes)))


def _names_the_cost(cost: str, bounds: list[tuple[int, int]], side: int, read: Callable[[str], Problem]) -> bool:
    """Whether a middle side is a name of the cost: ``L(θ) = LAST`` reads as a cost named by it."""
    try:
        read(chains.variant(cost, bounds, [side, len(bounds) - 1]))
    except InputError:
        return False
    return True


#: most terms of a last side searched for the ones a side's undefined name stands for (2ⁿ subsets)
_MOST_TERMS = 6


def _undefined_part(side: Problem, last: Problem) -> list[str] | None:
    """The undefined letters of a side that is the last with some of its terms written as a name, else None.

    ``Loss = RSS + λ‖w‖²₂ = Σ(yᵢ − ŷᵢ)² + λΣⱼwⱼ²`` (an Obsidian note; RSS from the line before): the side
    reads RSS as the constants R·S², which nothing defines. Read so only when those letters make up
    whole terms of the side alone, and the side's other terms are some of the last side's terms, not
    all: the name stands for the rest, and the '=' says so, as a name put for an expression is read
    (:func:`~logderiv.notation.chains.named_in`). The last side is what is derived.
    """
    import itertools

    import sympy

    from ..notation import symbols

    cost = side.expand_definitions(side.cost)
    free = {s.name: s for s in symbols.graph_free_symbols(cost) if isinstance(s, sympy.Symbol)}
    wrt = free_constants.names_of_wrt(side.wrt)
    undefined = {free[name] for name in free_constants.constant_letters(free, wrt=wrt)}
    terms = sympy.Add.make_args(cost)
    named = [term for term in terms if term.free_symbols & undefined]
    rest = [term for term in terms if not term.free_symbols & undefined]
    if not undefined or not named or not rest or any(not term.free_symbols <= undefined for term in named):
        return None
    written = sympy.Add.make_args(last.expand_definitions(last.cost))
    if len(written) > _MOST_TERMS:
        return None
    for size in range(1, len(written)):
        for chosen in itertools.combinations(written, size):
            if _compare_costs(replace(side, cost=sympy.Add(*rest), definitions={}),
                              replace(last, cost=sympy.Add(*chosen), definitions={})).equal:
                return sorted(symbol.name for symbol in undefined)
    return None


def _undefined_name(text: str, side: Problem, last: Problem) -> str | None:
    """The one word of a side's ``text`` that :func:`_undefined_part` finds standing for terms of the last (RSS)."""
    import re

    letters = _undefined_part(side, last)
    if letters is None:
        return None
    words = [word for word in re.findall(r"(?<![\\A-Za-z])[A-Za-z]+(?![A-Za-z])", text) if set(word) & set(letters)]
    return words[0] if len(words) == 1 and set(words[0]) == set(letters) else None


def _sides_differ(cost: str, bounds: list[tuple[int, int]], side: int) -> InputError:
    """The refusal of a cost chain whose side ``side`` is not the same cost as its last side."""
    return InputError(
        f"the sides of the chain differ: '{chains.shown(cost, bounds, side)}' "
        f"(column {chains.start(cost, bounds, side) + 1}) and '{chains.shown(cost, bounds, len(bounds) - 1)}' "
        "are not the same cost, so the '=' between them does not hold",
        source=cost, column=chains.start(cost, bounds, side), hint=SIDES_HINT, label="COST",
    )


def _compare_costs(one: Problem, other: Problem) -> Comparison:
    """Compare two problems' costs, each with its own definitions put in."""
    from ..equality.compare import compare

    left = one.expand_definitions(one.cost)
    right = other.expand_definitions(other.cost)
    return compare(left, right, replace(other, definitions={}))


def _how(check: Check) -> str:
    """How two sides were shown equal, for a note."""
    if check.method == "symbolic":
        return "shown symbolically, for every m and n"
    return f"shown numerically: {check.describe().removeprefix('numeric: ')}"


def judge_answer_chain(checker: _Checker, answer: str, bounds: list[tuple[int, int]], error: InputError,
                       deadline: Deadline | None, timeout: float) -> Verdict:
    """Judge ``[LEFT =] A = B``: each side as an answer of its own; a verdict only when the sides agree.

    The left side is a derivative's name when ``LEFT = B`` reads as an answer; else every
    side is an expression. ``error`` (the whole text's) is raised when neither reads.
    """
    last = len(bounds) - 1
    head_text = chains.variant(answer, bounds, [0, last])
    try:
        head = checker._read(head_text)
    except InputError as head_error:
        if any(_reads(checker, chains.variant(answer, bounds, [side])) is None for side in (0, last)):
            raise _telling(error, head_error, head_text, answer) from None
        head = None  # A = B = C: every side an expression
    first = 1 if head is not None else 0
    judged: list[_Judged] = []
    for side in range(first, last + 1):
        text = chains.variant(answer, bounds, [0, side] if head is not None else [side])
        if head is not None and side < last and _names_a_derivative(checker, answer, bounds, side):
            # \nabla J = \frac{\partial J}{\partial w} = …: a second left side, naming the same derivative of
            # the same cost; read as the left side of the last (so it is held against --wrt too), never judged
            # as an expression of its own
            checker._read(chains.variant(answer, bounds, [side, last]))
            continue
        try:
            read = checker._read(text)
        except InputError as side_error:
            raise _telling(error, side_error, text, answer) from None
        verdict = checker._judge(text, *read, deadline, timeout)
        judged.append((side, text, read, verdict))
    final = judged[-1][3]
    if final.verdict == "undecided":
        return replace(final, source=answer)
    for entry in judged[:-1]:
        side, _, _, verdict = entry
        if not _agrees(verdict, final):
            # the side's own text and reading (the loop's `_` held the reading in the text's place: a crash)
            if final.verdict == "different" and verdict.verdict == "different" and _same(checker, judged[-1], entry,
                                                                                         deadline):
                continue
            raise InputError(
                f"the sides of the chain differ: '{chains.shown(answer, bounds, side)}' is "
                f"{_said(verdict)}, '{chains.shown(answer, bounds, last)}' is {_said(final)}"
                if verdict.verdict != final.verdict else
                f"the sides of the chain differ: '{chains.shown(answer, bounds, side)}' and "
                f"'{chains.shown(answer, bounds, last)}' are not the same expression",
                source=answer, column=chains.start(answer, bounds, side), hint=SIDES_HINT, label="ANSWER",
            )
    sides = len(judged)
    if final.verdict == "equivalent":
        said = f"the answer is a chain of {sides} sides, each of them the gradient: the last is the answer"
    else:
        said = f"the answer is a chain of {sides} sides, equal to one another: the last is judged"
    notes = [note for _, _, _, verdict in judged for note in verdict.notes]
    return replace(final, source=answer, notes=tuple(dict.fromkeys([*notes, said])))


def _names_a_derivative(checker: _Checker, answer: str, bounds: list[tuple[int, int]], side: int) -> bool:
    r"""Whether a side of a chain, alone, is a derivative's left side (``\frac{\partial J}{\partial w}``, ``dJ/dw``)."""
    def named(keep: int) -> Parsed | None:
        try:
            return checker.read_text(chains.variant(answer, bounds, [keep]).rstrip() + " = 0")
        except InputError:
            return None

    own, first = named(side), named(0)
    # only a derivative (∂J/∂w), and only of the cost the first left side names (∇J = ∂L/∂w is two quantities)
    return own is not None and own.wrt is not None and first is not None and own.name == first.name


def _reads(checker: _Checker, text: str) -> _Read | None:
    """What the checker reads in ``text``, or None when it cannot."""
    try:
        return checker._read(text)
    except InputError:
        return None


def _agrees(verdict: Verdict, final: Verdict) -> bool:
    """A side agrees with the last when both are the gradient (a side may be a step still holding a derivative)."""
    if final.verdict != "equivalent":
        return False
    if verdict.verdict == "equivalent":
        return True
    return verdict.verdict == "undecided" and verdict.check is not None and verdict.answer is not None \
        and verdict.reason.startswith("the answer equals the gradient")


def _said(verdict: Verdict) -> str:
    """What a side is, for the message of a refused chain."""
    if verdict.verdict == "undecided" and verdict.check is not None or READ_OFF_NOTE in verdict.notes:
        return "the gradient with a derivative still to take"
    return {"equivalent": "the gradient", "different": "not the gradient"}.get(verdict.verdict, "undecided")


def _same(checker: _Checker, last: _Judged, other: _Judged, deadline: Deadline | None) -> bool:
    """Whether two wrong sides are one expression (the checker builds and compares them)."""
    (_, last_text, last_read, _), (_, other_text, other_read, _) = last, other
    return checker._sides_equal((last_text, *last_read), (other_text, *other_read), deadline)


def agreeing_lets(problem: Problem, lets: list[Let], answer_lets: object) -> tuple[list[Let], list[str]]:
    """The answer's ``--let`` definitions, less those that re-define a name of the problem as it is defined.

    ``check --cost logistic --let 'h_\\theta(x) = g(\\theta^T x)' --let 'g(z) = …'``: the page
    defines h again as it copies the cost. Such a let is dropped once its value is shown equal
    to the problem's (noted); one that differs is refused at the let, never silently put in
    place of the problem's.
    """
    from ..notation import tree as nodes
    from ..notation.builder import build_expression
    from ..equality.compare import compare

    from ..notation.matrix_cost import is_matrix_form

    defined = {_name(key) for key in problem.definitions}
    if any(is_matrix_form(value) for _, value, _ in lets):
        # a let in matrix form (h = sigmoid(X*theta)) is one value per example: the matrix
        # answer's reader lowers it and compares it with the problem's (Checker._lets_as_in_the_problem)
        return list(lets), []
    others = [let for let in lets if let[0] not in defined]  # z = θᵀx beside h = σ(z): h is read with them
    kept: list[Let] = []
    notes: list[str] = []
    for name, value, text in lets:
        if name not in defined:
            kept.append((name, value, text))
            continue
        probe = nodes.Sum("examples", "i", nodes.Variable(name, nodes.Span(0, 0)), nodes.Span(0, 0))
        own = build_expression(probe, source=text, definitions_of=problem)
        without = replace(problem, definitions={key: item for key, item in problem.definitions.items()
                                                if _name(key) != name})
        try:
            theirs = build_expression(probe, source=text, definitions_of=without, lets=[*others, (name, value, text)])
        except InputError as error:
            raise error.with_label("--let") from None
        left = problem.expand_definitions(own.expr)
        right = replace(problem, definitions=theirs.definitions).expand_definitions(theirs.expr)
        comparison = compare(left, right, replace(problem, definitions={}))
        if not comparison.equal:
            raise InputError(
                f"--let {name} differs from the problem's own {name}: the answer would be read with another model",
                source=text, column=0, label="--let",
                hint=f"leave out --let {name} (the problem defines it), or give the cost as a formula with your {name}",
            )
        notes.append(f"--let {name} defines {name} as the problem does ({_how(comparison.check)}): "
                     f"the problem's {name} is used")
    return kept, notes


def prediction_let_against_the_model(problem: Problem, lets: list[Let]) -> list[str]:
    """An answer's ``--let h`` where the problem does not define h: compared with the model its cost is of.

    ``check … --cost linear --let 'h = theta_0 + theta^T x'``: the linear preset's cost holds θᵀx,
    its model's prediction; an h of another model would be judged against a gradient it is not the
    prediction of. A let that agrees is used as it is (noted); one that differs is refused at the let, as
    a let that differs from a defined h is (:func:`agreeing_lets`). A cost that shows no model keeps the let.
    """
    from ..notation import models
    from ..notation import tree as nodes
    from ..notation import vocabulary as vocab
    from ..notation.builder import _build_text, build_expression
    from ..notation.matrix_cost import is_matrix_form
    from ..equality.compare import compare

    from ..notation.matrix_cost import lower_answer_let

    name = vocab.PREDICTION
    mine = [let for let in lets if let[0] == name]
    if not mine or name in {_name(key) for key in problem.definitions}:
        return []
    model = models.model_of_cost(problem.cost, problem.definitions, _build_text)
    if model is None:
        return []
    _, value, text = mine[0]
    if is_matrix_form(value):
        # h = X*theta + 1: one value per example, h⁽ⁱ⁾ = θᵀx⁽ⁱ⁾ + 1, as a matrix answer reads it
        lowered = lower_answer_let(name, value, text, {other for other, _, _ in lets},
                                   columns=problem.layout == "columns")
        if lowered is None:
            return []
        value = lowered[0]
    others = [let for let in lets if let[0] != name and not is_matrix_form(let[1])]
    probe = nodes.Sum("examples", "i", nodes.Variable(name, nodes.Span(0, 0)), nodes.Span(0, 0))
    try:
        own = build_expression(probe, source=text, definitions_of=problem, lets=others)
        theirs = build_expression(probe, source=text, definitions_of=problem, lets=[*others, (name, value, text)])
    except InputError as error:
        raise error.with_label("--let") from None
    left = replace(problem, definitions=own.definitions).expand_definitions(own.expr)
    right = replace(problem, definitions=theirs.definitions).expand_definitions(theirs.expr)
    comparison = compare(left, right, replace(problem, definitions={}))
    shown = model.note.partition("reading ")[2].partition(",")[0] or f"h = {model.text}"
    if not comparison.equal:
        raise InputError(
            f"--let {name} differs from the problem's own {name}: the cost is of the model {shown}, "
            "and the answer would be read with another",
            source=text, column=0, label="--let",
            hint=f"leave out --let {name} (the cost's model gives it), or give the cost as a formula with your {name}",
        )
    return [f"--let {name} defines {name} as the cost's model does, {shown} ({_how(comparison.check)})"]


#: what reading a chain whole says when the chain itself is what the reader refused
_CHAIN_REFUSALS = ("a second '='", "the left side of '=' names the cost", "the left side names", "unexpected character '='")


def _telling(whole: InputError | None, side: InputError, text: str, chain: str) -> InputError:
    """The error to give for a chain a side of which cannot be read.

    When reading the text whole was refused for the chain itself (a second '='), the
    side's error says more (it points into that side); otherwise the whole text's error
    does (``∂J/∂θ₀ = ∇_{θⱼ}J = …``: left sides naming different derivatives).
    """
    if whole is not None and not str(whole.args[0] if whole.args else whole).startswith(_CHAIN_REFUSALS):
        return whole
    if side.source == text:
        side.source = chain
    return side


def _name(key: sympy.Basic) -> str:
    """The name a definition's key stands for (``h`` for h(i))."""
    from sympy.core.function import AppliedUndef

    return key.func.__name__ if isinstance(key, AppliedUndef) else getattr(key, "name", str(key))
