"""A --cost read into a :class:`~logderiv.notation.problem.Problem`: the one reader every service calls.

``derive``, ``check``, ``steps`` (:mod:`logderiv.services.steps`) and gradcheck's
reference all read their cost here. Most of it is notation
(:mod:`logderiv.notation.costs`); it lives in ``verify`` because reading a cost
proves two things on the way: that a chain ``J = A = B``'s sides are equal
(:func:`logderiv.verify.sides.read_cost_chain`), and which labels the cost is
written for, where ``!y`` is read as 1 − y (:mod:`logderiv.verify.labels`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Sequence

from .. import memo, patterns
from ..errors import InputError
from ..notation.costs import (penalty_note, preset_in_parameters, preset_on_page, preset_without_intercept_penalty,
                              refuse_count_against_layout, refuse_count_beside_slope, refuse_undefined_lets,
                              respell_texts, shown_as_written)
from ..notation.log_guards import without_log_guards
from ..notation.scalars import UNDECIDED_AS_SCALARS, page_key
from ..notation.vocabulary import DEFAULT_WRT
from ..presets import DEFAULT_PRESET, find_preset, suggest_preset

if TYPE_CHECKING:  # pragma: no cover
    from ..notation import Input
    from ..notation.problem import Problem

__all__ = ["read_cost"]

#: the problems read, by every argument of :func:`read_cost`: ``derive`` of a cost and the checkers of answers to
#: it read the same text again (a checker evicted, the cost under another --wrt spelling first); a problem is a
#: frozen record, the same whichever call read it. A text that is refused is read again each time (its error is
#: raised afresh). 1,024: on the corpus 484 of 1,873 reads repeat one made earlier (5 % of its CPU; speed6)
_PROBLEMS: memo.Table[tuple[object, ...], Problem] = memo.table("verify.costs.problems", 1024)


def read_cost(
    cost: str | None = None,
    *,
    wrt: str = DEFAULT_WRT,
    let: Sequence[str] = (),
    input: Input = "auto",
    regularise_intercept: bool = True,
    page: Sequence[str] = (),
) -> Problem:
    """Read ``cost`` (a formula or a preset's name; ``None``: logistic) into a :class:`Problem` (remembered).

    ``regularise_intercept=False`` takes an L2 preset with the intercept θ₁ left
    out of its penalty; it is an error for any other cost. ``page``: the lines of
    a written derivation the cost is checked against (steps), whose letters say
    which parameters a preset in θ is meant in where --wrt alone does not
    (:func:`preset_on_page`).
    """
    # the page under review is part of the key: a plain f_{w,b} cost is the one-feature line outside a page and on a
    # page of plain lines, a weight vector's model on a page whose lines write one (scalars.plain_model_line)
    # (and whether an undecided w · x is read as one feature: the other reading, scalars.UNDECIDED_AS_SCALARS)
    key = (cost, wrt, tuple(let), input, regularise_intercept, tuple(page), page_key(), UNDECIDED_AS_SCALARS.get())
    found = _PROBLEMS.get(key)
    if found is None:
        found = _PROBLEMS[key] = _read(cost, wrt=wrt, let=let, input=input, regularise_intercept=regularise_intercept,
                                       page=page)
    return found


def _read(cost: str | None, *, wrt: str, let: Sequence[str], input: Input, regularise_intercept: bool,
          page: Sequence[str]) -> Problem:
    """:func:`read_cost`, not remembered."""
    from ..notation import check_depends_on_wrt, read_problem

    if cost is None:
        cost = DEFAULT_PRESET
    preset = find_preset(cost)
    if preset is not None:
        if let:
            raise InputError(
                f"--let cannot be combined with the preset '{preset.name}'",
                hint="write the cost out in full to change its definitions",
            )
        name = preset.name
        named = preset_in_parameters(cost, wrt, (), regularise_intercept)
        if named is None and page:
            named = preset_on_page(preset, wrt, page, regularise_intercept)
        if named is not None:  # --wrt b, --wrt beta_j: the preset in those letters (noted)
            problem = read_problem(named[0].cost, wrt=wrt, lets=named[0].lets)
            return dataclasses.replace(problem, notes=(*problem.notes, named[1]))
        if not regularise_intercept:
            preset = preset_without_intercept_penalty(preset)
        problem = read_problem(preset.cost, wrt=wrt, lets=preset.lets)
        check_depends_on_wrt(problem, wrt, preset=name)  # --wrt w_j or b against θ: refused, not a ✓ for 0
        if cost.strip() == name:
            return problem
        return dataclasses.replace(problem, notes=(*problem.notes, f"'{cost.strip()}' is read as the preset '{name}'"))
    if not regularise_intercept:
        raise InputError(
            "--no-reg-intercept applies to the L2 presets (logistic-l2, linear-l2)",
            hint="in a formula of your own, write the penalty without θ₁: "
            "lambda/(2m) * sum_k(theta_k^2) - lambda/(2m) * theta_1^2",
        )
    respelled = respell_texts(cost, None, let, input, wrt)
    if respelled.notes:
        # \lambda_i = …, e = ŷ − y, n = X.shape[0], self.lam: read as the source means them (noted)
        try:
            problem = read_cost(respelled.cost, wrt=respelled.wrt(wrt), let=respelled.lets, input=input)
        except InputError as error:
            raise shown_as_written(error, cost, None, let) from None
        refuse_count_against_layout(respelled.notes, problem.layout, cost, let)
        refuse_count_beside_slope(respelled.notes, problem.notes, let)
        return dataclasses.replace(problem, notes=tuple(dict.fromkeys((*problem.notes, *respelled.notes))))
    try:
        problem = _read_cost(cost, wrt=wrt, lets=tuple(let), input=input)
    except InputError as error:
        guess = suggest_preset(cost) if error.label == "COST" else None
        if guess is None:
            raise
        raise InputError(
            f"'{cost.strip()}' is not a preset or a formula — did you mean the preset '{guess}'?",
            source=cost, column=len(cost) - len(cost.lstrip()), label="COST",
            hint="logderiv presets lists the presets; a formula is written out, e.g. -1/m * sum(y log(h) + (1-y) log(1-h))",
        ) from None
    # a cost without the variable would get a "verified" gradient 0: almost always a misread
    check_depends_on_wrt(problem, wrt)
    from .labels import refuse_example_sigmoid_of_signed_labels, refuse_not_of_signed_labels

    refuse_not_of_signed_labels(problem, cost, problem.notes, "COST")  # !y as 1 − y beside labels ±1
    refuse_example_sigmoid_of_signed_labels(problem, cost, problem.notes, "COST")  # σ⁽ⁱ⁾ as σ(θᵀx⁽ⁱ⁾) there
    if let:
        refuse_undefined_lets(problem, let, input)
    problem = without_log_guards(problem)  # log(p + 1e-9): the guard read away, noted
    note = penalty_note(problem)
    return problem if note is None else dataclasses.replace(problem, notes=(*problem.notes, note))


#: a left side that is a name alone (``l``, ``f(b)``, ``\\ell``), refused as such: never read as an unnamed chain's side
_NAME_ALONE = patterns.compile(r"\\?[A-Za-z]\w*(?:_\{?\w+\}?)?(?:\([^()]*\))?")


def _read_cost(cost: str, *, wrt: str, lets: tuple[str, ...], input: Input) -> Problem:
    """Read a cost formula; a chain ``J = A = B`` side by side, once its sides are shown equal (verify.sides)."""
    from ..notation import chains, notation_of, read_problem

    # a side of a LaTeX chain, the others blanked, may carry no LaTeX mark of its own (x^TA^TAx after \|r\|^2 =):
    # it is read in the whole text's notation
    side_input: Input = notation_of(cost, input)
    try:
        return read_problem(cost, wrt=wrt, lets=lets, input=input)
    except InputError as error:
        bounds = chains.sides(cost)
        if error.label == "COST" and len(bounds) >= 2 and str(error.args[0] if error.args else error).startswith(
                "the left side of '=' names the cost") and chains.start(cost, bounds, 0) == error.column \
                and _NAME_ALONE.fullmatch(chains.shown(cost, bounds, 0)) is None:
            from .sides import read_unnamed_chain

            # ‖Ax − b‖² = (Ax − b)ᵀ(Ax − b): the first side is no name at all but the cost, written another way
            return read_unnamed_chain(cost, bounds, lambda text: read_problem(text, wrt=wrt, lets=lets, input=input,
                                                                              cost_input=side_input), error)
        if error.label != "COST" or len(bounds) < 3:
            raise
        whole = error
    from .sides import read_cost_chain

    return read_cost_chain(cost, bounds, lambda text: read_problem(text, wrt=wrt, lets=lets, input=input), whole)
