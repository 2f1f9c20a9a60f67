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
from typing import TYPE_CHECKING

import sympy

from ..notation import symbols, vocabulary

if TYPE_CHECKING:  # pragma: no cover
    from ..problem import Problem
    from ..verdict import Verdict

__all__ = ["WrittenModel", "written_model", "derive_note", "judge_components"]

_SHOWN = {"theta": "θ", "beta": "β", "w": "w"}
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


@dataclasses.dataclass(frozen=True)
class WrittenModel:
    """The parameter's components a cost writes (0..top), whether its one feature is a scalar x, and its penalty."""

    base: sympy.IndexedBase
    top: int
    scalar: bool
    penalised: bool

    @property
    def shown(self) -> str:
        return _SHOWN.get(str(self.base), str(self.base))

    def component(self, c: int) -> str:
        return f"{self.shown}{str(c).translate(_SUBSCRIPT)}"

    @property
    def components(self) -> str:
        return f"{self.component(0)}…{self.component(self.top)}" if self.top > 1 else \
            f"{self.component(0)}, {self.component(1)}"


def _holds_data(expr: sympy.Basic) -> bool:
    data = vocabulary.DATA_VECTORS | vocabulary.PER_EXAMPLE
    return any(str(i.base) in data for i in expr.atoms(sympy.Indexed)) or any(
        isinstance(s, sympy.Symbol) and s.name in data for s in expr.free_symbols)


def written_model(problem: Problem) -> WrittenModel | None:
    """The model the cost writes out (θ₀ + θ₁x₁ + … + θ_Kx_K, or θ₀ + θ₁x), or None when it writes θ otherwise.

    Only when every θ in the data terms is numbered, they run 0..K with θ₀ the
    separate intercept and each θₖ weighting the feature xₖ (or, for K = 1, one
    scalar x), and the cost writes no x₀ of its own. A θ with a free index may
    only sit in a term with no data (a penalty Σ_{j=1}^{n} θⱼ²).
    """
    from ..notation.feature_zero import feature_zero_as_one

    wrt = problem.wrt
    if not isinstance(wrt, sympy.Indexed) or len(wrt.indices) != 1:
        return None
    base = wrt.base
    if str(base) not in vocabulary.PARAMETER_VECTORS:
        return None
    try:
        expanded = sympy.expand(problem.expand_definitions(problem.cost), deep=False, mul=True, multinomial=False,
                                power_exp=False, power_base=False, log=False)
    except Exception:  # noqa: BLE001 - a cost this cannot spread out is not read as written out
        return None
    data_terms = [t for t in sympy.Add.make_args(expanded) if _holds_data(t)]
    penalty_terms = [t for t in sympy.Add.make_args(expanded) if not _holds_data(t)]
    if not data_terms:
        return None
    numbered: set[int] = set()
    features: set[int] = set()
    scalar = False
    for term in data_terms:
        if _whole(term, str(base)):
            return None  # θ as a whole (θᵀx, Xθ): every feature, however many
        for indexed in term.atoms(sympy.Indexed):
            if indexed.base == base:
                index = indexed.indices[-1]
                if not index.is_Integer:
                    return None  # Σₖ θₖxₖ: the features run 1..n
                numbered.add(int(index))
            elif str(indexed.base) in vocabulary.DATA_VECTORS:
                if len(indexed.indices) == 1:
                    scalar = True
                elif indexed.indices[-1].is_Integer:
                    features.add(int(indexed.indices[-1]))
                else:
                    return None
    top = max(numbered, default=0)
    if top < 1 or numbered != set(range(top + 1)):
        return None
    if scalar and (top != 1 or features):
        return None
    if not scalar and features != set(range(1, top + 1)):
        return None
    if feature_zero_as_one(problem) != str(base):
        return None
    penalised = any(term.has(base) for term in penalty_terms)
    return WrittenModel(base, top, scalar, penalised)


def _whole(expr: sympy.Basic, name: str) -> bool:
    """Whether ``expr`` names the parameter as a whole (a Symbol or MatrixSymbol θ, not an entry θₖ)."""
    pending = [expr]
    while pending:
        node = pending.pop()
        if isinstance(node, sympy.IndexedBase):
            continue  # the label of θₖ
        if isinstance(node, (sympy.Symbol, sympy.MatrixSymbol)) and str(node.name) == name:
            return True
        pending.extend(arg for arg in node.args if isinstance(arg, sympy.Basic))
    return False


def _free_index(expr: sympy.Basic) -> bool:
    return symbols.wrt_index in expr.free_symbols


def _at(answer: sympy.Expr, model: WrittenModel, c: int) -> sympy.Expr:
    """The answer at component c: j = c, x₀ = 1 (the intercept's feature), and x₁ = x for one scalar feature."""
    at = answer.xreplace({symbols.wrt_index: sympy.Integer(c)})
    changes = {}
    for indexed in at.atoms(sympy.Indexed):
        if str(indexed.base) not in vocabulary.DATA_VECTORS or len(indexed.indices) != 2:
            continue
        feature = indexed.indices[-1]
        if feature == 0:
            changes[indexed] = sympy.Integer(1)
        elif model.scalar and feature == 1:
            changes[indexed] = indexed.base[indexed.indices[0]]
    return at.xreplace(changes)


def _note(model: WrittenModel, checked: list[int], bound: bool) -> str:
    listed = ", ".join(str(c) for c in checked)
    feature = ("x_j is x for j = 1 and x₀ = 1 for j = 0 (Ng's convention), the one feature being a scalar x"
               if model.scalar else "x_j with x₀ = 1 (Ng's convention)")
    if bound:
        return (f"the model has {model.components}; the answer's j is read as {checked[0]}, the component "
                f"differentiated; {feature}")
    said = (f"the model has {model.components}; {feature}; checked for j = {listed} "
            f"(n = {model.top}, the features the model writes; no {model.component(model.top + 1)} is sampled)")
    if model.penalised and 0 not in checked:
        said += (f"; the penalty leaves {model.component(0)} out, so its derivative has no λ term and Ng writes "
                 f"it apart: check it with --wrt {model.base}_0")
    return said


def judge_components(verdict: Verdict, answer_lets=(), input: str = "auto", timeout: float = 10.0) -> Verdict | None:
    """The verdict on a scalar answer to a written-out model, judged at the model's own j; None if not such a case."""
    from .answer import Checker, judge

    problem = verdict.problem
    if verdict.matrix is not None or verdict.answer is None or verdict.verdict == "undecided":
        return None
    model = written_model(problem)
    if model is None:
        return None
    index = problem.wrt.indices[-1]
    if index.is_Integer:
        if not _free_index(verdict.answer) or not 0 <= int(index) <= model.top:
            return None  # --wrt theta_1 and an answer in x_1: nothing to bind
        checked, bound = [int(index)], True
    elif model.penalised:
        checked, bound = list(range(1, model.top + 1)), False
    else:
        checked, bound = list(range(model.top + 1)), False
    from .numeric import Size

    note = _note(model, checked, bound)
    last = None
    try:
        for c in checked:
            component = dataclasses.replace(problem, wrt=model.base[c])
            expected = Checker(component, answer_lets=answer_lets, input=input).expected
            sizes = tuple(Size(m=m, n=model.top, j=c) for m in (2, 3))
            last = judge(expected, _at(verdict.answer, model, c), component, source=verdict.source,
                         notes=(*verdict.notes, note), time_limit=timeout, reported=problem, sizes=sizes)
            if last.verdict != "equivalent":
                break
    except Exception as error:  # noqa: BLE001 - the general-j verdict came from a θⱼ the model lacks: never kept
        from ..errors import TimeLimitError
        from .deadline import TimeLimit

        if isinstance(error, (TimeLimit, TimeLimitError)):
            raise
        return dataclasses.replace(
            verdict, verdict="undecided", check=None, counterexample=None, diagnosis=(),
            notes=(*verdict.notes, note),
            reason=f"the model has {model.components} only, and the answer could not be judged at each of them; "
                   "write it for one component (--wrt theta_0, theta_1, …)")
    return last


def derive_note(problem: Problem) -> str | None:
    """For ``derive`` by a general θⱼ of a written-out model: the j its printed gradient holds for."""
    model = written_model(problem)
    if model is None or problem.wrt.indices[-1].is_Integer:
        return None
    listed = ", ".join(str(c) for c in range(1, model.top + 1))
    return (f"the model has {model.components}; logderiv numbers θⱼ from 1, so this gradient holds for "
            f"j = {listed} (n = {model.top}); for the intercept {model.component(0)} "
            f"(x₀ = 1 in Ng's notes) run --wrt {model.base}_0")
