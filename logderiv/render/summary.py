"""The words every renderer shares: verdict, how the chain was verified, notes, factor names.

Kept in one place so the terminal, text, Markdown and LaTeX outputs never
disagree about what was checked or what the verdict means.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable

import sympy
from sympy.core.function import AppliedUndef

from ..record import record
from ..records.derivation import Canonical, Check, Derivation, Factor
from ..notation import symbols

__all__ = [
    "Verdict",
    "verdict",
    "step_checks",
    "final_checks",
    "verification",
    "notes",
    "check_fields",
    "check_tag",
    "FactorRow",
    "factor_rows",
]

Show = Callable[[sympy.Basic], str]

#: the short name of the canonical form, as a reader knows it
CANONICAL_NAME = "(h − y)x"


@record
class Verdict:
    """A verdict as words: ``mark`` (✓ ✗ ·), ``tone`` for colour, ``headline``, ``note``."""

    mark: str
    tone: str
    headline: str
    note: str
    #: the extra terms of ``canonical+extra``, each as (name, expression)
    extra: tuple[tuple[str, sympy.Expr], ...] = ()
    #: the factor a non-canonical per-example derivative differs by
    factor: sympy.Expr | None = None

    def line(self, show: Show) -> str:
        """The headline, with the factor printed by ``show`` when there is one."""
        if self.factor is None:
            return self.headline
        return f"{self.headline}: differs by the factor {show(self.factor)}"


def verdict(canonical: Canonical) -> Verdict:
    """Describe how the result compares with the canonical form (h − y)x."""
    kind = canonical.verdict
    if kind == "canonical":
        return Verdict("✓", "good", f"canonical form {CANONICAL_NAME}", canonical.note)
    if kind == "canonical+extra":
        names = ", ".join(name for name, _ in canonical.extra) or "extra terms"
        return Verdict(
            "✓", "good", f"canonical form {CANONICAL_NAME} plus {names}", canonical.note, canonical.extra
        )
    if kind == "not-canonical":
        headline = f"not the canonical form {CANONICAL_NAME}"
        return Verdict("✗", "bad", headline, canonical.note, factor=canonical.factor)
    return Verdict("·", "neutral", f"the canonical form {CANONICAL_NAME} does not apply", canonical.note)


def step_checks(derivation: Derivation) -> str:
    """How the steps were verified: ``every step symbolic`` or a count per method."""
    steps = list(derivation.steps)
    for lemma in derivation.lemmas:
        steps.extend(lemma.steps)
    if not steps:
        return "no steps"
    counts = Counter(step.check.describe() for step in steps)
    if len(counts) == 1:
        (description,) = counts
        return f"every step {description}" if len(steps) > 1 else f"the step {description}"
    return "; ".join(f"{count} {_plural(count, 'step')} {description}" for description, count in counts.items())


def final_checks(derivation: Derivation) -> str:
    """How the result was checked against sympy.diff and finite differences."""
    final = derivation.final_check
    return (
        f"result vs sympy.diff: {final.against_diff.describe()}; "
        f"vs finite differences: {final.finite_differences.describe()}"
    )


def verification(derivation: Derivation) -> str:
    """One line: how the chain and the result were verified."""
    return f"verified: {step_checks(derivation)}; {final_checks(derivation)}"


def notes(derivation: Derivation) -> list[str]:
    """The derivation's and the problem's notes, each once, in order."""
    return list(dict.fromkeys((*derivation.notes, *derivation.problem.notes)))


def check_fields(check: Check) -> dict[str, object]:
    """A check as plain data (for JSON)."""
    return {
        "method": check.method,
        "points": check.points,
        "sizes": [list(size) for size in check.sizes],
        "tolerance": check.tolerance,
        "description": check.describe(),
    }


def check_tag(check: Check, *, points: bool = False) -> str:
    """How one equality was verified, in a few characters: ``sym``, ``num``; with ``points``, ``num (12 pts)``.

    The short form beside each step; :meth:`Check.describe` (sizes, tolerance) is the long one.
    """
    if check.method == "symbolic":
        return "sym"
    if not points:
        return "num"
    return f"num ({check.points} {_plural(check.points, 'pt')})"


@record
class FactorRow:
    """One line of the factors view: ``∂above/∂below = value``, names already printed."""

    above: str
    below: str
    value: sympy.Expr


def factor_rows(factors: tuple[Factor, ...], show: Show) -> tuple[list[FactorRow], list[tuple[str, sympy.Expr]]]:
    """Name the nodes of the factor chain (L, h, z, θⱼ) and say what the short names stand for.

    Returns the rows and the definitions of names the view introduces
    (``L`` for one example's loss, ``z`` for θᵀx⁽ⁱ⁾).
    """
    names: dict[sympy.Basic, str] = {}
    definitions: list[tuple[str, sympy.Expr]] = []
    taken = {_node_name(f.below, show) for f in factors if not symbols.is_dot(f.below)}
    for position, factor in enumerate(factors):
        for node in (factor.above, factor.below):
            if node in names:
                continue
            if position == 0 and node is factor.above:
                names[node] = "L"
                definitions.append(("L", node))
            elif symbols.is_dot(node):
                name = "z" if "z" not in taken else show(node)
                names[node] = name
                if name == "z":
                    definitions.append(("z", node))
            else:
                names[node] = _node_name(node, show)
    rows = [FactorRow(names[f.above], names[f.below], f.value) for f in factors]
    return rows, definitions


def _node_name(node: sympy.Basic, show: Show) -> str:
    # h(x⁽ⁱ⁾) reads as plain h in ∂L/∂h.
    if isinstance(node, AppliedUndef):
        return show(sympy.Symbol(node.func.__name__))
    return show(node)


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"
