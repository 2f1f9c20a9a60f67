"""A model written out component by component (h = θ₀ + θ₁x₁ + θ₂x₂): the θⱼ it has, and answers judged for those j.

logderiv numbers features 1..n and samples a general θⱼ at n = 3, j = 3. Ng's
course, CS229 and many notebooks write the hypothesis with its intercept and
features spelled out, θ₀ + θ₁x₁ + θ₂x₂ (or θ₀ + θ₁x for one feature), and mean
x₀ = 1: their general answer (1/m) Σᵢ (h − y) xⱼ⁽ⁱ⁾ holds for j = 0, 1, 2 and
there is no θ₃. Judged at j = 3 it was called "different" with no note: a right
answer called wrong from a component the model does not have.

Here such a cost is read as its writer means it: the model's components are
θ₀..θ_K, n = K (the features it writes), and a general-j answer is judged at
each of those j, with x₀ = 1 beside the separate intercept θ₀ and, for one
scalar feature x, x₁ = x. Each component's expected value is derived on its
own (∂J/∂θ₀ included, which the general-j gradient leaves out). A cost with a
penalty Σ_{j=1}^{n} θⱼ² (Ng's ex2) is one whose θ₀ update is written apart, so
the general answer is judged for j = 1..K and θ₀ is left to ``--wrt theta_0``.
Every reading is said in a note.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Sequence

import sympy

from ..notation import symbols, vocabulary
from ..notation.written_components import WrittenModel, numbered_components, written_model

if TYPE_CHECKING:  # pragma: no cover
    from ..notation import Input
    from ..notation.problem import Problem
    from ..records.verdict import Verdict

__all__ = ["WrittenModel", "written_model", "derive_note", "judge_components", "checked_components", "at_component",
           "steps_note"]


def _free_index(expr: sympy.Basic) -> bool:
    return symbols.wrt_index in expr.free_symbols


def checked_components(model: WrittenModel) -> list[int]:
    """The j a general-j expression is judged at: 0..K, or 1..K beside a penalty that leaves θ₀ out (Ng's ex2)."""
    return list(range(1, model.top + 1)) if model.penalised or model.first else list(range(model.top + 1))


def at_component(expr: sympy.Expr, model: WrittenModel, c: int) -> sympy.Expr:
    """``expr`` (a line or an answer for a general θⱼ) at component c, as the model's writer reads it."""
    return _at(expr, model, c)


def steps_note(model: WrittenModel) -> str:
    """What a derivation's lines for a general θⱼ are checked at, said beside the review."""
    return _note(model, checked_components(model), False)


def _at(answer: sympy.Expr, model: WrittenModel, c: int) -> sympy.Expr:
    """The answer at component c: j = c, x₀ = 1 (the intercept's feature), and x₁ = x for one scalar feature."""
    at = answer.xreplace({symbols.wrt_index: sympy.Integer(c)})
    changes = {}
    for indexed in at.atoms(sympy.Indexed):
        if str(indexed.base) not in vocabulary.DATA_VECTORS or len(indexed.indices) != 2:
            continue
        feature = indexed.indices[-1]
        if feature == 0 and model.first == 0 and not model.feature_zero:
            changes[indexed] = sympy.Integer(1)
        elif model.scalar and feature == 1:
            changes[indexed] = indexed.base[indexed.indices[0]]
    return at.xreplace(changes)


def _with_intercept(answer: sympy.Expr, model: WrittenModel) -> tuple[sympy.Expr, bool]:
    """The answer with each θᵀx (Σₖ₌₁ⁿ θₖxₖ) read as θ₀ + Σₖ θₖxₖ beside a model with an intercept θ₀ (x₀ = 1).

    Notes that write h = θ₀ + θ₁x₁ + θ₂x₂ and x₀ = 1 mean θᵀx = θ₀x₀ + θ₁x₁ + θ₂x₂: an answer in θᵀx
    with no θ₀ of its own holds the intercept there. Read over 1..n it lacked θ₀, and a right answer was
    called different ("the term θ₀ is missing"). An answer that writes θ₀ beside θᵀx keeps θᵀx over 1..n.
    """
    if model.first != 0 or answer.has(model.base[0]):
        return answer, False
    changes = {}
    for found in answer.find(sympy.Sum):
        if len(found.limits) != 1:
            continue
        index, lower, _ = found.limits[0]
        factors = sympy.Mul.make_args(found.function)
        if lower != 1 or len(factors) != 2 or model.base[index] not in factors:
            continue
        data = next(f for f in factors if f != model.base[index])
        if (isinstance(data, sympy.Indexed) and str(data.base) in vocabulary.DATA_VECTORS
                and data.indices[-1] == index):
            # one scalar feature x (θ₀ + θ₁x): θᵀx = θ₀ + θ₁x, x₁ being x
            if model.feature_zero:  # θ₀x₀ + θ₁x₁ + …: θᵀx holds θ₀ times the cost's own x₀
                changes[found] = model.base[0] * data.base[data.indices[0], 0] + found
                continue
            changes[found] = model.base[0] + (model.base[1] * data.base[data.indices[0]] if model.scalar else found)
    return (answer.xreplace(changes), True) if changes else (answer, False)


def _writes_dot(source: str, input: Input) -> bool:
    """Whether the answer writes θᵀx (a dot product) and no sum over the features of its own.

    Only θᵀx holds x₀ = 1 in the notes that write the model out: Σ_{k=1}^{n} θₖxₖ says by its bounds that
    θ₀ is not in it (both are the same sum once built, so the written answer is read again here).
    """
    from ..notation import parse_text, tree

    try:
        nodes = list(tree.walk(parse_text(source, input=input).tree))
    except Exception:  # noqa: BLE001 - an answer read only with its lets or left side: not read so (a miss)
        return False
    return (any(isinstance(node, tree.Dot) for node in nodes)
            and not any(isinstance(node, tree.Sum) and node.over == "features" for node in nodes))


def _note(model: WrittenModel, checked: list[int], bound: bool) -> str:
    listed = ", ".join(str(c) for c in checked)
    if model.first:
        feature = f"x_j is the feature {model.component(1)[0]}ⱼ weights"
    elif model.scalar:
        feature = "x_j is x for j = 1 and x₀ = 1 for j = 0 (Ng's convention), the one feature being a scalar x"
    elif model.feature_zero:
        feature = "x_j with x₀ the feature the cost writes beside θ₀ (1 in Ng's notes; kept as written here)"
    else:
        feature = "x_j with x₀ = 1 (Ng's convention)"
    if bound:
        return (f"the model has {model.components}; the answer's j is read as {checked[0]}, the component "
                f"differentiated; {feature}")
    said = (f"the model has {model.components}; {feature}; checked for j = {listed} "
            f"(n = {model.top}, the features the model writes; no {model.component(model.top + 1)} is sampled)")
    if model.penalised and not model.first and 0 not in checked:
        said += (f"; the penalty leaves {model.component(0)} out, so its derivative has no λ term and Ng writes "
                 f"it apart: check it with --wrt {model.base}_0")
    return said


def judge_components(verdict: Verdict, answer_lets: Sequence[str] = (), input: Input = "auto", timeout: float = 10.0,
                     ) -> Verdict | None:
    """The verdict on a scalar answer to a written-out model, judged at the model's own j; None if not such a case."""
    from .check import Checker, judge

    problem = verdict.problem
    if verdict.answer is None or verdict.verdict == "undecided":
        return None
    model = written_model(problem)
    if model is None:
        return _outside_the_model(verdict)
    index = problem.wrt.indices[-1]
    answer, whole = _with_intercept(verdict.answer, model)
    if whole and verdict.matrix is None and not _writes_dot(verdict.source, input):
        answer, whole = verdict.answer, False  # Σ_{k=1}^{n} θₖxₖ written out: its bounds leave θ₀ out
    if verdict.matrix is not None and not whole:
        return None  # Xᵀ(Xθ + θ₀ − y): θ₀ written apart, so X and θ are the features' (its entry j is kept)
    if index.is_Integer:
        if not (_free_index(verdict.answer) or whole) or not 0 <= int(index) <= model.top:
            return None  # --wrt theta_1 and an answer in x_1: nothing to bind
        checked, bound = [int(index)], True
    else:
        checked, bound = checked_components(model), False
        if model.feature_zero and 0 in checked:
            # x₀ kept as data: j = 0 last, so an answer wrong at every j shows a feature's miss, not x₀'s
            checked = [*checked[1:], 0]
    from ..equality.numeric import Size

    note = _note(model, checked, bound) if _free_index(verdict.answer) or not bound else f"the model has {model.components}"
    if whole and verdict.matrix is not None:
        note += (f"; the answer's X holds the column of ones x₀ = 1 and {model.shown} holds {model.component(0)} "
                 f"(X m×(n+1), as in the notes that write the model so)")
    elif whole:
        note += (f"; the answer's {model.shown}ᵀx is read as {model.component(0)} + {model.component(1)}x₁ + … "
                 f"(x₀ = 1: the model's {model.component(0)} is in it, as in the notes that write it so)")
    last: Verdict | None = None
    try:
        for c in checked:
            component = dataclasses.replace(problem, wrt=model.base[c])
            expected = Checker(component, answer_lets=answer_lets, input=input).expected
            sizes = tuple(Size(m=m, n=model.top, j=c) for m in (2, 3))
            last = judge(expected, _at(answer, model, c), component, source=verdict.source,
                         notes=(*verdict.notes, note), time_limit=timeout, reported=problem, sizes=sizes)
            if last.verdict != "equivalent":
                break
        # ``checked`` is never empty (a written model's top component is at least 1), so a verdict was given
        assert last is not None
        if verdict.matrix is not None:
            last = dataclasses.replace(last, matrix=verdict.matrix)
    except Exception as error:  # noqa: BLE001 - the general-j verdict came from a θⱼ the model lacks: never kept
        from ..errors import TimeLimitError
        from ..deadline import TimeLimit

        if isinstance(error, (TimeLimit, TimeLimitError)):
            raise
        return dataclasses.replace(
            verdict, verdict="undecided", check=None, counterexample=None, diagnosis=(),
            notes=(*verdict.notes, note),
            reason=f"the model has {model.components} only, and the answer could not be judged at each of them; "
                   "write it for one component (--wrt theta_0, theta_1, …)")
    return last


def _outside_the_model(verdict: Verdict) -> Verdict | None:
    """Undecided for an answer in xⱼ to a model of numbered components only, not θₖxₖ (θ₂x², θ₃x₁x₂); else None.

    The general check samples θⱼ at a j the model has no component for (j = 3 beside θ₀ + θ₁x + θ₂x²) and
    called a right answer different there. At the model's own j the answer's xⱼ has no one reading: Ng
    renames x₂ := x² (then (1/m)Σ(h − y)xⱼ is right), read as written x₂ is another feature. Neither is
    guessed; an answer written for one component (--wrt theta_2, its x²) is judged as before.
    """
    if verdict.answer is None or not any(
            str(indexed.base) in vocabulary.DATA_VECTORS and indexed.indices[-1] == symbols.wrt_index
            for indexed in verdict.answer.atoms(sympy.Indexed)):
        return None  # no xⱼ: an answer in δ₆ⱼ, θⱼ says itself what it is at every j
    found = numbered_components(verdict.problem)
    if found is None:
        return None
    base, numbers = found
    shown = {"theta": "θ", "beta": "β"}.get(base, base)
    subscript = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
    components = ", ".join(f"{shown}{str(c).translate(subscript)}" for c in numbers)
    return dataclasses.replace(
        verdict, verdict="undecided", check=None, counterexample=None, diagnosis=(),
        reason=(f"the model has {components} only, and they do not each weight their own feature xⱼ (a power or a "
                f"product of features): the answer's xⱼ is a feature the model does not write, unless it renames "
                f"the terms as features (x₂ := x², as Ng's notes do); write the answer for one component, with the "
                f"term that component multiplies (--wrt {base}_{numbers[-1]})"))


def derive_note(problem: Problem) -> str | None:
    """For ``derive`` by a general θⱼ of a written-out model: the j its printed gradient holds for."""
    model = written_model(problem)
    if model is None or model.first or problem.wrt.indices[-1].is_Integer:
        return None  # w₁x₁ + w₂x₂ + b: the printed gradient holds at every j the model has
    listed = ", ".join(str(c) for c in range(1, model.top + 1))
    return (f"the model has {model.components}; logderiv numbers θⱼ from 1, so this gradient holds for "
            f"j = {listed} (n = {model.top}); for the intercept {model.component(0)} "
            f"(x₀ = 1 in Ng's notes) run --wrt {model.base}_0")
