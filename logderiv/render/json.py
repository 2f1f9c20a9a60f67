"""The derivation as schema-versioned JSON (``logderiv/derivation/1``, see ``docs/json.md``).

Every expression is an *expression object* ``{text, latex, sympy}``: the plain
notation (which parses back), LaTeX, and ``sympy.sstr`` for exact round trips.
"""

from __future__ import annotations

import json
from typing import Any

import sympy
from sympy.core.function import AppliedUndef

from ..records.derivation import Canonical, Derivation, Factor, Lemma, Step
from ..records.matrix import ELEMENTWISE_NOTE, MatrixForm
from .matrix import shapes, show_matrix_latex, show_matrix_plain, show_matrix_unicode
from ..printing.expressions import show_latex, show_plain, show_unicode
from .summary import check_fields

__all__ = ["SCHEMA_ID", "render_json", "derivation_data", "expression_object"]

#: the value of the top-level ``schema`` field; bumped on any incompatible change
SCHEMA_ID = "logderiv/derivation/1"


def render_json(derivation: Derivation) -> str:
    """The derivation as JSON text, indented by 2, Unicode kept as is."""
    return json.dumps(derivation_data(derivation), indent=2, ensure_ascii=False) + "\n"


def expression_object(expr: sympy.Basic) -> dict[str, str]:
    """An expression as ``{text, latex, sympy}``: plain notation, LaTeX, ``sympy.sstr``."""
    return {"text": show_plain(expr), "latex": show_latex(expr), "sympy": sympy.sstr(expr)}


def derivation_data(derivation: Derivation) -> dict[str, Any]:
    """The derivation as JSON-ready data, in the shape of ``derivation.schema.json``."""
    problem = derivation.problem
    return {
        "schema": SCHEMA_ID,
        "source": problem.source,
        "name": problem.name,
        "cost": expression_object(problem.cost),
        "wrt": expression_object(problem.wrt),
        "definitions": [
            {"name": _defined_name(defined), "defined": expression_object(defined), "value": expression_object(value)}
            for defined, value in problem.definitions.items()
        ],
        "notes": list(dict.fromkeys((*derivation.notes, *problem.notes))),
        "start": expression_object(derivation.start),
        "steps": [_step(step) for step in derivation.steps],
        "result": expression_object(derivation.result),
        "canonical": _canonical(derivation.canonical),
        "final_check": {
            "against_diff": check_fields(derivation.final_check.against_diff),
            "finite_differences": check_fields(derivation.final_check.finite_differences),
        },
        "lemmas": [_lemma(lemma) for lemma in derivation.lemmas],
        "factors": [_factor(factor) for factor in derivation.factors],
        **({} if derivation.matrix is None else {"matrix": _matrix(derivation)}),
    }


def matrix_object(expr: sympy.Basic) -> dict[str, str]:
    """A matrix-form expression as ``{text, unicode, latex, sympy}``.

    ``text`` is ASCII for reading (``1/m * X^T (sigmoid(X theta) - y)``, ``.*``
    the elementwise product); logderiv does not parse it back yet. ``sympy`` is
    ``sympy.srepr``: ``sstr`` of a matrix product calls ``doit`` (it negates
    the product to choose its precedence), and a renderer never evaluates.
    """
    return {
        "text": show_matrix_plain(expr),
        "unicode": show_matrix_unicode(expr),
        "latex": show_matrix_latex(expr),
        "sympy": sympy.srepr(expr),
    }


def _matrix(derivation: Derivation) -> dict[str, object]:
    form = derivation.matrix
    assert form is not None, "asked for only where the derivation has tried a matrix form"
    if not isinstance(form, MatrixForm):
        return {"available": False, "reason": form.reason}
    return {
        "available": True,
        "shapes": {
            matrix.name: [show_plain(side) for side in matrix.shape] for matrix in form.operands
        },
        "shapes_text": shapes(form),
        "elementwise": ELEMENTWISE_NOTE,
        "start": expression_object(form.start),
        "steps": [
            {
                "rule": step.rule.name,
                "label": step.rule.label(show_unicode),
                "statement": step.rule.statement,
                "expression": matrix_object(step.expression),
                "verified": check_fields(step.check),
            }
            for step in form.steps
        ],
        "gradient": matrix_object(form.gradient),
    }


def _defined_name(defined: sympy.Basic) -> str:
    """``h`` for both ``h(x⁽ⁱ⁾)`` (inside a sum over examples) and the symbol ``h``."""
    if isinstance(defined, AppliedUndef):
        name: str = defined.func.__name__
        return name
    return show_plain(defined)


def _step(step: Step) -> dict[str, object]:
    expression = expression_object(step.expression)
    return {
        "rule": step.rule.name,
        "label": step.rule.label(show_unicode),
        "statement": step.rule.statement,
        "text": expression["text"],
        "latex": expression["latex"],
        "sympy": expression["sympy"],
        "verified": check_fields(step.check),
    }


def _canonical(canonical: Canonical) -> dict[str, object]:
    return {
        "verdict": canonical.verdict,
        "note": canonical.note,
        "form": None if canonical.form is None else expression_object(canonical.form),
        "extra": [{"name": name, "expression": expression_object(term)} for name, term in canonical.extra],
        "factor": None if canonical.factor is None else expression_object(canonical.factor),
    }


def _lemma(lemma: Lemma) -> dict[str, object]:
    return {
        "title": lemma.title,
        "start": expression_object(lemma.start),
        "steps": [_step(step) for step in lemma.steps],
    }


def _factor(factor: Factor) -> dict[str, object]:
    return {
        "above": expression_object(factor.above),
        "below": expression_object(factor.below),
        "value": expression_object(factor.value),
    }
