"""Check a written derivation step by step: is each line equal to the one before?

The first line is compared with ∂J/∂θⱼ, each further line with the line before
it (:func:`~logderiv.verify.equality.compare`: symbolic when cheap, else
numeric, with a counterexample when they differ), and the last line with the
gradient the engine derives. A derivation whose every step holds but whose last
line still holds a derivative is *unfinished*, not wrong. The first wrong step
gets a diagnosis of how it differs from the line before it.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import sympy

from ..errors import InputError, UnsupportedError
from ..notation import symbols, tree
from ..notation.builder import build_expression, build_problem
from ..notation.document import Document, WrittenStep, locate, read_document
from ..problem import Problem
from ..review import Finding, Review, StepReview
from . import numeric
from .equality import SEED, TOLERANCE, _values, compare

__all__ = ["review_steps", "review_document"]

#: the cost's name in a written derivation: ∂/∂θⱼ J
_COST_NAME = "J"
#: points per size at which a diagnosis compares two lines
_DIAGNOSIS_POINTS = 3


def review_steps(text: str, *, cost: str | None = None, wrt: str | None = None) -> Review:
    """Read a written derivation and check every step of it (see :func:`review_document`)."""
    return review_document(read_document(text), cost=cost, wrt=wrt)


def review_document(document: Document, *, cost: str | None = None, wrt: str | None = None) -> Review:
    """Check every step of ``document`` as a derivation of ∂cost/∂wrt.

    ``cost`` is a preset's name or a formula; when it is not given, a first
    line ``∂/∂θⱼ (formula)`` fixes it, and otherwise it is the logistic cost.
    ``wrt`` likewise defaults to the variable of the first line or of the
    derivative's leading name, else ``theta_j``.
    """
    from ..engine.driver import derive_problem

    trees = [_parse_in(document, step) for step in document.steps]
    problem = _problem(document, trees, cost, wrt)
    built = [_build(document, step, node, problem) for step, node in zip(document.steps, trees)]
    # every line is read in the problem's context; a line may use a defined name where the
    # cost does not (h outside a sum), so the context holds every definition any line needs
    definitions = dict(problem.definitions)
    notes = list(problem.notes)
    for expression in built:
        definitions.update(expression.definitions)
        notes += expression.notes
    context = dataclasses.replace(problem, definitions=definitions)
    lines = [_with_cost(expression.expr, problem) for expression in built]
    for step, line in zip(document.steps, lines):
        _refuse_nested_derivatives(step, line)

    start = sympy.Derivative(problem.cost, problem.wrt, evaluate=False)
    gradient = derive_problem(problem).result
    reviews = []
    previous = start
    for number, (step, line) in enumerate(zip(document.steps, lines), start=1):
        outcome = compare(previous, line, context)
        diagnosis: tuple[Finding, ...] = ()
        if not outcome.equal and all(review.valid for review in reviews):
            diagnosis = tuple(Finding(kind, message) for kind, message in _diagnose(previous, line, context))
        reviews.append(StepReview(number, step, line, outcome.equal, outcome.check, outcome.counterexample, diagnosis))
        previous = line
    ending_outcome = compare(gradient, lines[-1], context)
    if not ending_outcome.equal:
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
        ending_check=ending_outcome.check,
        notation=document.notation,
        name=document.name,
        notes=tuple(dict.fromkeys(notes)),
    )


# --- reading the lines --------------------------------------------------------------------


def _parse_step(text: str, notation: str) -> tree.Node:
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


def _parse_in(document: Document, step: WrittenStep) -> tree.Node:
    try:
        return _parse_step(step.text, document.notation)
    except InputError as error:
        raise _relocated(error, document, step.offset, len(step.text)) from None


def _build(document: Document, step: WrittenStep, node: tree.Node, problem: Problem):
    try:
        return build_expression(node, source=step.text, definitions_of=problem)
    except InputError as error:
        if error.source != step.text:
            raise
        raise _relocated(error, document, step.offset, len(step.text)) from None


def _refuse_nested_derivatives(step: WrittenStep, line: sympy.Expr) -> None:
    """A derivative of a derivative is outside what the numeric check evaluates: say so plainly."""
    for node in line.atoms(sympy.Derivative):
        if node.expr.has(sympy.Derivative) or sum(count for _, count in node.variable_count) != 1:
            raise UnsupportedError(
                f"line {step.line} takes a derivative of a derivative, which logderiv cannot check",
                hint="logderiv checks first derivatives; write the inner derivative out first",
            )


def _is_cost_name(node: tree.Node) -> bool:
    return isinstance(node, tree.Variable) and node.name == _COST_NAME and node.feature is None and node.example is None


def _with_cost(expr: sympy.Expr, problem: Problem) -> sympy.Expr:
    """``expr`` with the cost's name ``J`` replaced by the cost."""
    return expr.xreplace({symbols.scalar(_COST_NAME): problem.cost})


def _plain_variable(node: tree.Variable) -> str:
    """A variable of the tree in plain notation, which any front end's variable reads back as."""
    text = node.name
    if node.feature is not None:
        text += f"_{node.feature}"
    if node.example is not None:
        text += f"^({node.example})"
    return text


def _problem(document: Document, trees: list[tree.Node], cost: str | None, wrt: str | None) -> Problem:
    """The problem the derivation solves: from --cost and --wrt, else from what the document says."""
    from ..notation import parse, read_problem
    from ..presets import DEFAULT_PRESET, PRESETS

    first = trees[0]
    takes = first if isinstance(first, tree.Derivative) else None
    if wrt is None:
        if takes is not None:
            wrt = _plain_variable(takes.wrt)
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
            wrt = _plain_variable(named)
    if cost is None and takes is not None and not _is_cost_name(takes.body):
        # the first line is the derivative to take: its body is the cost
        step = document.steps[0]
        try:
            wrt_tree = parse(wrt)
        except InputError as error:
            raise error.with_label("--wrt") from None
        try:
            return build_problem(takes.body, source=step.text, wrt=wrt_tree, wrt_source=wrt)
        except InputError as error:
            if error.source != step.text:
                raise
            raise _relocated(error, document, step.offset, len(step.text)) from None
    cost = DEFAULT_PRESET if cost is None else cost
    preset = PRESETS.get(cost.strip())
    text, lets = (preset.cost, preset.lets) if preset else (cost, ())
    try:
        return read_problem(text, wrt=wrt or "theta_j", lets=lets)
    except InputError as error:
        if error.label == "COST":
            error.label = "--cost"
        raise


# --- diagnosis ------------------------------------------------------------------------------


def _diagnose(before: sympy.Expr, after: sympy.Expr, problem: Problem) -> list[tuple[str, str]]:
    """How ``after`` differs from ``before``: a list of ``(kind, message)``.

    The merge point with ``logderiv.verify.diagnosis``: this minimal version
    knows a flipped sign (of the whole line or of one term), a constant factor
    (including a dropped or extra 1/m), and one term of the previous line lost
    or one term added; anything else is ``other``.
    """
    from ..render.printing import show_unicode

    left = problem.expand_definitions(before)
    right = problem.expand_definitions(after)
    samples = _Samples(left, right)
    if not samples.points:
        return [("other", "the two lines could not be evaluated at the same points")]
    a, b = samples.left, samples.right
    if _all_close(b, [-value for value in a]):
        return [("sign", "the sign is flipped: this line is the negative of the previous one")]
    factor = _constant_factor(a, b, [size.m for size in samples.sizes])
    if factor is not None:
        return [("factor", factor)]
    difference = [y - x for x, y in zip(a, b)]
    for term, part in _terms(before):
        values = samples.values(problem.expand_definitions(term))
        if values is None:
            continue
        shown = show_unicode(part)
        if _all_close(difference, [-v for v in values]):
            return [("missing-term", f"the term {shown} of the previous line is missing")]
        if _all_close(difference, [-2 * v for v in values]):
            return [("sign", f"the sign of the term {shown} is flipped")]
        if _all_close(difference, values):
            return [("extra-term", f"the term {shown} of the previous line is counted twice")]
    for term, part in _terms(after):
        values = samples.values(problem.expand_definitions(term))
        if values is not None and _all_close(difference, values):
            return [("extra-term", f"this line has a term the previous one does not: {show_unicode(part)}")]
    index = _wrong_index(before, after, problem, samples)
    if index is not None:
        return [("wrong-index", index)]
    changes = list(dict.fromkeys(_changes(before, after)))
    if 0 < len(changes) <= 2:
        said = "; ".join(f"{show_unicode(old)} became {show_unicode(new)}" for old, new in changes)
        return [("other", f"from the previous line, {said}, and that is not equal")]
    return [("other", "this line differs from the previous one by more than a sign, a constant factor or one term")]


def _wrong_index(before: sympy.Expr, after: sympy.Expr, problem: Problem, samples: _Samples) -> str | None:
    """A sentence if ``after`` is ``before`` with one component's index changed (xⱼ written as x₁)."""
    from ..render.printing import show_unicode

    written = before.atoms(sympy.Indexed)
    for new in sorted(after.atoms(sympy.Indexed) - written, key=sympy.default_sort_key):
        for old in sorted(written, key=sympy.default_sort_key):
            if old.base != new.base or len(old.indices) != len(new.indices):
                continue
            if old.free_symbols & set(symbols.feature_indices):
                continue  # a feature index is bound inside before (the k of θᵀx): it means nothing here
            values = samples.values(problem.expand_definitions(after.xreplace({new: old})))
            if values is not None and _all_close(values, samples.left):
                return f"{show_unicode(new)} is written where {show_unicode(old)} belongs: the wrong index"
    return None


def _changes(before: sympy.Basic, after: sympy.Basic) -> list[tuple[sympy.Basic, sympy.Basic]]:
    """The smallest sub-expressions in which ``after`` differs from ``before``, position by position."""
    if before == after:
        return []
    if (
        type(before) is type(after)
        and before.args
        and len(before.args) == len(after.args)
        and not isinstance(before, sympy.Indexed)
    ):
        return [change for old, new in zip(before.args, after.args) for change in _changes(old, new)]
    return [(before, after)]


class _Samples:
    """Both lines evaluated at the same random points, at each concrete size."""

    def __init__(self, left: sympy.Expr, right: sympy.Expr) -> None:
        self.points: list[tuple[numeric.Point, numeric.Size]] = []
        self.left: list[complex] = []
        self.right: list[complex] = []
        for size in numeric.SIZES:
            try:
                for point, value_left, value_right in _values(left, right, size, SEED + 2, wanted=_DIAGNOSIS_POINTS):
                    self.points.append((point, size))
                    self.left.append(value_left)
                    self.right.append(value_right)
            except UnsupportedError:
                continue  # no point where both are defined at this size: the other size may do

    @property
    def sizes(self) -> list[numeric.Size]:
        return [size for _, size in self.points]

    def values(self, expr: sympy.Expr) -> list[complex] | None:
        try:
            return [numeric.evaluate(expr, point, size) for point, size in self.points]
        except numeric.Undefined:
            return None


def _close(a: complex, b: complex) -> bool:
    return abs(a - b) <= 1e3 * TOLERANCE * max(1.0, abs(a), abs(b))


def _all_close(left: list[complex], right: list[complex]) -> bool:
    return all(_close(a, b) for a, b in zip(left, right))


def _constant_factor(before: list[complex], after: list[complex], sizes_m: list[int]) -> str | None:
    """A sentence naming the factor ``after/before``, if it is a constant or a constant times m^±1."""
    if any(abs(value) < 1e-9 for value in before):
        return None
    for power, described in ((0, None), (1, "m"), (-1, "1/m")):
        ratios = [b / (a * m**power) for a, b, m in zip(before, after, sizes_m)]
        if not all(_close(ratio, ratios[0]) for ratio in ratios) or abs(ratios[0].imag) > 1e-9:
            continue
        constant = _simple_number(ratios[0].real)
        if constant is None:
            continue
        if power == 0:
            if constant == 1:
                return None
            return f"this line is the previous one times {constant}: off by a constant factor"
        if power == 1 and constant == 1:
            return "this line is the previous one times m: the factor 1/m was dropped"
        if power == -1 and constant == 1:
            return "this line is the previous one times 1/m: a stray factor 1/m"
        return f"this line is the previous one times {constant}·{described}: off by a factor"
    return None


def _simple_number(value: float) -> Fraction | None:
    """``value`` as a small fraction (``2``, ``1/2``, ``-3/2``), if it is one."""
    fraction = Fraction(value).limit_denominator(12)
    if abs(float(fraction) - value) > 1e-6 * max(1.0, abs(value)) or fraction == 0:
        return None
    return fraction


def _terms(expr: sympy.Expr) -> list[tuple[sympy.Expr, sympy.Expr]]:
    """The terms of ``expr`` as written, then each multiplied out, looking inside a sum over examples.

    Each is ``(term, shown)``: the term as a part of ``expr`` (outer factors
    included, for evaluating) and as a reader sees it (inside the sum). For
    ``Σ(y(1 − h)x − (1 − y)h x)`` the terms are y(1 − h)x and −(1 − y)h x, then
    y x, −y h x, −h x and y h x: as a person distributes them, before anything
    cancels, so that a term lost in distributing is one of them.
    """
    if not symbols.expands_cheaply(expr, max_ops=400):
        return []
    written: list[tuple[sympy.Expr, sympy.Expr]] = []
    distributed: list[tuple[sympy.Expr, sympy.Expr]] = []
    for term in sympy.Add.make_args(expr):
        factors = sympy.Mul.make_args(term)
        sums = [factor for factor in factors if isinstance(factor, sympy.Sum)]
        if len(sums) == 1:
            # sympy's expand would multiply out inside the sum and cancel there: do it by hand
            outside = sympy.Mul(*[factor for factor in factors if factor is not sums[0]])
            for parts, into in ((sympy.Add.make_args(sums[0].function), written),
                                (_distributed(sums[0].function), distributed)):
                into += [(outside * sympy.Sum(part, *sums[0].limits), part) for part in parts]
        else:
            written.append((term, term))
            distributed += [(part, part) for part in _distributed(term)]
    return list(dict.fromkeys(written + distributed))


def _distributed(expr: sympy.Expr) -> list[sympy.Expr]:
    """Each term of ``expr`` multiplied out separately, so that nothing cancels between terms."""
    parts = []
    for term in sympy.Add.make_args(expr):
        parts += sympy.Add.make_args(symbols.expand(term))
    return parts
