"""Which components a column (or tuple) of components stands for, held against the cost's parameters.

:mod:`logderiv.notation.columns` finds a column's entries and the index they run
over (text only); this module says whether that run matches the parameters the
cost has (θ₁ … θₙ, a separate θ₀ beside them, or a written-out θ₀, θ₁), for
``check`` (services) and ``steps`` (:mod:`.chain`) alike. Entries that do not match
are refused, both readings said: logderiv never picks one.
"""

from __future__ import annotations

from typing import NoReturn, Sequence

import sympy

from ..errors import InputError
from ..record import record
from ..notation.problem import Problem

__all__ = ["Parameters", "parameters_of", "pattern_numbering"]

_SHOWN = {"theta": "θ", "beta": "β"}


@record
class Parameters:
    """The cost's parameter vector: its letter, the components it writes with a number, and whether θₖ for k = 1..n."""

    letter: str
    numbered: tuple[int, ...]
    generic: bool
    #: every sum over the features runs over all of them (1..n) and no feature is written by its number:
    #: the cost treats its features alike, so how a column numbers them is only a name
    alike: bool = True

    @property
    def shown(self) -> str:
        return _SHOWN.get(self.letter, self.letter)

    @property
    def lowest(self) -> int:
        return min([*self.numbered, 1])

    def listed(self) -> str:
        parts = [f"{self.shown}_{index}" for index in self.numbered]
        if self.generic:
            parts.append(f"{self.shown}_1 … {self.shown}_n")
        return ", ".join(parts) or "none numbered"


def parameters_of(problem: Problem) -> Parameters | None:
    """The parameters of ``problem``'s vector (the one ``wrt`` is a component of); None for a scalar such as b."""
    if not isinstance(problem.wrt, sympy.Indexed):
        return None
    letter = str(problem.wrt.base)
    terms = [term for term in problem.expand_definitions(problem.cost).atoms(sympy.Indexed)
             if str(term.base) == letter]
    numbered = tuple(sorted({int(term.indices[-1]) for term in terms if term.indices[-1].is_Integer}))
    generic = any(not term.indices[-1].is_Integer for term in terms)
    from ..notation import symbols

    cost = problem.expand_definitions(problem.cost)
    n = sympy.Symbol("n", integer=True, positive=True)
    feature_sums = [total.limits[0] for total in cost.atoms(sympy.Sum)
                    if total.limits[0][0] != symbols.example_index]
    alike = (all(low == 1 and str(high) == str(n) for _, low, high in feature_sums)
             and not any(len(term.indices) > 1 and term.indices[-1].is_Integer for term in cost.atoms(sympy.Indexed)))
    return Parameters(letter, numbered, generic, alike)


def pattern_numbering(parameters: Parameters, indices: Sequence[str], shape: str, *, source: str, column: int,
                      line: int | None = None, letter: str = "j") -> tuple[str, ...]:
    """The notes for entries of one pattern numbered ``indices`` (``0, 1, n``) read as every component.

    Raises :class:`InputError` when the run is not the cost's components: it must end at n (the
    cost's θ₁ … θₙ) and start at the cost's first component, or at 0 beside a cost with no
    numbered component, whose θᵀx treats every feature alike (the writer's x₀ = 1 numbering).
    """
    shown = parameters.shown

    def refuse(message: str, hint: str) -> NoReturn:
        raise InputError(message, source=source, column=column, hint=hint, line=line, label="FILE" if line else None)

    last = indices[-1]
    numbers = [int(index) for index in indices[:-1] if index.isdigit()]
    if not parameters.generic or last != "n" or len(numbers) != len(indices) - 1:
        refuse(f"the {shape} runs over {shown}_{indices[0]} … {shown}_{last}, but the cost's parameters are "
               f"{parameters.listed()}: which components its entries are cannot be told",
               f"end the {shape} at the cost's last component, {shown}_n")
    start = numbers[0]
    if numbers != list(range(start, start + len(numbers))):
        refuse(f"the {shape}'s entries are numbered {', '.join(indices)}: not one after another",
               "number the entries 0, 1, …, n (or 1, …, n) as the parameters are")
    if not (start == parameters.lowest or (start == 0 and not parameters.numbered and parameters.alike)):
        refuse(f"the {shape} starts at {shown}_{start}, but the cost's parameters are {parameters.listed()}: "
               f"either it leaves out {shown}_{parameters.lowest} or it numbers the components from {start}; "
               "logderiv does not pick one",
               "number the entries as the cost numbers its parameters, or give the component with --wrt")
    notes = [f"a {shape} of the components {shown}_{start} … {shown}_n: its entries are one pattern, and the '…' "
             f"stands for every component by it; it is read as its entry at {shown}_{letter}"]
    if start != parameters.lowest:
        notes.append(f"the {shape} numbers its entries from 0 ({shown}₀ … {shown}ₙ, the intercept's x₀ = 1 inside "
                     f"{shown}ᵀx) where logderiv numbers the features 1..n: every entry is the one pattern, and the "
                     "cost treats every feature alike, so the numbering is only a name and the pattern is judged "
                     "at every component")
    return tuple(notes)
