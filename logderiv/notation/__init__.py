"""Front ends (plain notation, LaTeX) to one allow-listed tree, and the builder to sympy.

The front door:

* :func:`parse_text` reads a formula in either notation (LaTeX when it has a
  backslash, a brace or a ``$``; ``input`` forces one) into a
  :class:`~logderiv.notation.parsed.Parsed` tree;
* :func:`parse_let_text` reads a ``--let NAME=EXPR`` definition in either notation;
* :func:`read_lets` reads several, each name known before any value is read;
* :func:`read_problem` reads a cost, ``--wrt`` and ``--let`` texts and builds a
  :class:`~logderiv.problem.Problem`;
* :func:`parse` and :func:`parse_let` are the plain notation's own readers.

Importing this package (and parsing) never imports sympy; only
:func:`read_problem` loads the builder, and with it sympy.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Collection, Literal, Sequence

from ..errors import InputError
from . import latex, plain, vocabulary
from .parsed import Parsed
from .tree import Node
from .plain import parse, parse_let

if TYPE_CHECKING:  # pragma: no cover
    from ..problem import Problem

__all__ = ["parse", "parse_let", "parse_text", "parse_let_text", "read_lets", "notation_of", "read_problem", "Parsed", "INPUTS"]

#: the values of ``input``: which front end reads a text
INPUTS = ("auto", "latex", "plain")

Input = Literal["auto", "latex", "plain"]


def notation_of(text: str, input: Input = "auto") -> Literal["latex", "plain"]:
    """Which front end reads ``text``: the one ``input`` names, or for ``auto`` the one its markup shows."""
    if input not in INPUTS:
        raise InputError(f"unknown input notation '{input}'", hint="use auto, latex or plain")
    if input == "auto":
        return "latex" if isinstance(text, str) and latex.looks_like_latex(text) else "plain"
    return input


def parse_text(text: str, *, input: Input = "auto", names: Collection[str] = ()) -> Parsed:
    """Read a formula in plain notation or LaTeX into a Parsed tree, or raise InputError.

    ``names`` are multi-letter names defined with ``--let``.
    """
    if notation_of(text, input) == "latex":
        return latex.parse(text, names=names)
    name, node, notes = plain.read(text, names=names)
    return Parsed(node, "plain", name=name, notes=notes)


def parse_let_text(text: str, *, input: Input = "auto", names: Collection[str] = ()) -> tuple[str, Parsed]:
    """Read a ``--let NAME=EXPR`` definition in plain notation or LaTeX into the name and the parsed EXPR."""
    if notation_of(text, input) == "latex":
        return latex.parse_let(text, names=names)
    name, node, notes = plain.read_let(text, names=names)
    return name, Parsed(node, "plain", notes=notes)


def read_lets(
    lets: Sequence[str], *, input: Input = "auto", names: Collection[str] = ()
) -> tuple[list[tuple[str, Node, str]], set[str], list[str]]:
    """Read ``--let NAME=EXPR`` texts: ``(name, tree, text)`` each, the multi-letter names, the notes.

    Every let's name is read before any value, so a value may use a name defined
    later. ``names`` are multi-letter names already defined elsewhere (a
    problem's). Errors are labelled ``--let``.
    """
    defined = []
    for text in lets:
        split = latex.split_let if notation_of(text, input) == "latex" else plain.split_let
        try:
            name, _, _ = split(text)
        except InputError as error:
            raise error.with_label("--let") from None
        defined.append(name)
    multi_letter = {name for name in [*names, *defined] if len(name) > 1}
    parsed, notes = [], []
    for text in lets:
        try:
            name, value = parse_let_text(text, input=input, names=multi_letter)
        except InputError as error:
            raise error.with_label("--let") from None
        parsed.append((name, value.tree, text))
        notes += [note for note in value.notes if note not in notes]  # a note said once, however many lines
    return parsed, multi_letter, notes


def read_problem(
    cost: str,
    *,
    wrt: str = vocabulary.DEFAULT_WRT,
    lets: Sequence[str] = (),
    input: Input = "auto",
) -> Problem:
    """Read a cost, the variable to differentiate by and ``--let`` definitions into a Problem.

    Each text is read as ``input`` says (``auto``: LaTeX when it looks like
    LaTeX). A name on the cost's left side (``J(\\theta) =``) becomes the
    problem's name; what the front ends noted joins the problem's notes. Every
    error is an :class:`~logderiv.errors.InputError` labelled with the
    argument it came from: ``COST``, ``--let`` or ``--wrt``.
    """
    parsed_lets, multi_letter, notes = read_lets(lets, input=input)
    try:
        # every defined name, single letters too: p_i is the prediction only when no --let defines p
        cost_parsed = parse_text(cost, input=input, names=multi_letter | {name for name, _, _ in parsed_lets})
        if cost_parsed.wrt is not None:
            # ∂J/∂b = ... holds a gradient, not a cost: deriving it would differentiate the gradient
            raise InputError(
                "the left side is a derivative, so the right side is a gradient, not a cost",
                source=cost,
                column=cost_parsed.wrt.span.start,
                hint="to derive, give the cost itself (J(θ) = ...); to judge a gradient: logderiv check ANSWER --cost COST",
            )
    except InputError as error:
        raise error.with_label("COST") from None
    try:
        # the default variable is logderiv's own text, plain notation whatever ``input`` says
        wrt_input = "auto" if wrt == vocabulary.DEFAULT_WRT else input
        wrt_parsed = parse_text(wrt, input=wrt_input, names=multi_letter)
        if wrt_parsed.name is not None:
            raise InputError("--wrt is a variable, not a definition", source=wrt, column=wrt.find("="))
    except InputError as error:
        raise error.with_label("--wrt") from None
    notes = list(dict.fromkeys([*cost_parsed.notes, *notes, *wrt_parsed.notes]))
    cost_tree = cost_parsed.tree
    from .matrix_cost import is_matrix_form

    if is_matrix_form(cost_tree) or any(is_matrix_form(value) for _, value, _ in parsed_lets):
        # (Xθ − y)ᵀ(Xθ − y), h = σ(Xθ): rewritten in index form, with notes saying how
        from .matrix_cost import lower_matrix_forms

        vectors: dict = {}
        layout: list[str] = []
        cost_tree, parsed_lets, matrix_notes = lower_matrix_forms(cost_tree, cost, parsed_lets, wrt=wrt,
                                                                  vectors=vectors, layout=layout)
        notes += matrix_notes
    else:
        vectors, layout = {}, []

    from .builder import build_problem  # sympy is loaded only once there is something to build

    try:
        problem = build_problem(
            cost_tree,
            source=cost,
            wrt=wrt_parsed.tree,
            wrt_source=wrt,
            lets=parsed_lets,
            parameters=cost_parsed.parameters,
        )
    except InputError as error:
        # errors in a let or in --wrt are labelled by the builder; the rest are the cost's
        raise error.with_label("COST") from None
    vector = _parameter_vector(problem) if wrt == vocabulary.DEFAULT_WRT else None
    if vector is not None:
        # L(w) = …: the cost has no θ, so ∂/∂θⱼ would be 0; differentiate by its own parameter
        wrt = f"{vector}_j"
        wrt_parsed = parse_text(wrt, input="plain")
        problem = build_problem(
            cost_tree, source=cost, wrt=wrt_parsed.tree, wrt_source=wrt, lets=parsed_lets, parameters=cost_parsed.parameters
        )
        shown = {"w": "w", "beta": "β"}[vector]
        notes.append(f"the cost's parameters are {shown}, not θ: differentiating by {shown}ⱼ (choose another with --wrt)")
    _check_numbered_component(problem, wrt, wrt_parsed.tree)
    extra = tuple(note for note in notes if note not in problem.notes)
    if cost_parsed.name is None and not extra and not vectors and not layout:
        return problem
    return dataclasses.replace(
        problem,
        name=cost_parsed.name if cost_parsed.name is not None else problem.name,
        notes=problem.notes + extra,
        vectors=vectors or problem.vectors,
        layout=layout[0] if layout else problem.layout,
    )


def _parameter_vector(problem: Problem) -> str | None:
    """The cost's one parameter vector when it is not θ (``w``, ``beta``), or None."""
    import sympy

    expanded = problem.expand_definitions(problem.cost)
    bases = {
        str(indexed.base)
        for indexed in expanded.atoms(sympy.Indexed)
        if str(indexed.base) in vocabulary.PARAMETER_VECTORS
    }
    if len(bases) == 1 and bases != {"theta"}:
        return bases.pop()
    return None


def _check_numbered_component(problem: Problem, wrt: str, node) -> None:
    """Refuse ``--wrt theta_0`` (or ``theta_5``) when the cost sums over that parameter's components.

    Features are numbered 1..n, so a sum Σₖ θₖ xₖ has no θ₀: differentiating
    by it would give 0 where the user almost surely meant the intercept. Steps
    are verified at small n (2 and 3), so a component above 2 of a summed
    vector cannot be checked either; θⱼ covers every component.
    """
    import sympy

    feature = getattr(node, "feature", None)
    target = problem.wrt
    if feature is None or not feature.isdigit() or not isinstance(target, sympy.Indexed):
        return
    number = int(feature)
    if 1 <= number <= 2:
        return
    expressions = (problem.cost, *problem.definitions.values())
    summed = any(
        indexed.base == target.base and not indexed.indices[-1].is_Integer
        for expr in expressions
        for indexed in expr.atoms(sympy.Indexed)
    )
    if not summed:
        return  # a numbered component the cost names on its own, such as a bias theta_0
    digits = "0123456789₀₁₂₃₄₅₆₇₈₉"
    span = wrt[node.span.start:node.span.end]
    column = node.span.start + max(span.rfind(c) for c in digits)
    name = node.name
    if number == 0:
        raise InputError(
            f"{name}_0 is not a component here: logderiv numbers features 1..n, "
            f"and the cost sums {name}_k over k = 1..n, which has no {name}_0",
            source=wrt,
            column=column,
            hint=f"the intercept is {name}_1 when x_1 = 1 (a column of ones in X); "
            f"or write a separate bias, b + {name}^T x, and use --wrt b",
            label="--wrt",
        )
    raise InputError(
        f"differentiate by {name}_j, the general component, not {name}_{feature}",
        source=wrt,
        column=column,
        hint=f"the result for j = {feature} is the {name}_j result with j = {feature}; "
        "logderiv verifies each step at n = 2 and 3 features, so it cannot check a numbered component above 2",
        label="--wrt",
    )
