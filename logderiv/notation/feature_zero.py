"""The feature x₀ in an answer: 1 beside a separate intercept θ₀ (Ng's convention), refused elsewhere.

Ng's notes write θⱼ := θⱼ − α (1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ "for j = 0..n", with
x₀ = 1, so the θ₀ update holds a factor x₀⁽ⁱ⁾ that is 1. logderiv numbers features
1..n, so an x₀ the cost never writes is no feature of its: read as a data value,
it would make a right answer "different". Where the cost writes θ₀ as an intercept
of its own (θ₀ + Σₖ₌₁ⁿ θₖxₖ, θ₀ + θ₁x₁ + … + θₙxₙ, a --let chain θᵀx = θ₀ + …),
x₀ is that intercept's feature, 1, and is read so (noted). Anywhere else (θᵀx with
the intercept inside, 0-based DeepLearning.AI sums where x₀ is a real feature beside
a separate b) the answer's x₀ is refused with a caret: which feature it is cannot
be told.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Sequence, TypeGuard

from ..errors import InputError
from .. import patterns
from . import tree, vocabulary

if TYPE_CHECKING:  # pragma: no cover
    import sympy

    from .problem import Problem

__all__ = ["feature_zero_as_one", "feature_zero_in", "feature_zero_may_be_one", "read_feature_zero", "read_x0_let",
           "split_x0_let", "x0_note"]

_SHOWN = {"theta": "θ", "beta": "β", "w": "w"}


def x0_note(parameter: str) -> str:
    """The note said when an answer's x₀ is read as 1."""
    shown = _SHOWN.get(parameter, parameter)
    return (
        f"x₀ is read as 1: the cost writes the intercept {shown}₀ on its own beside the features 1..n, "
        f"so x₀ is its feature, 1, as ML notes number it (Ng's x₀ = 1)"
    )


def feature_zero_in(problem: Problem) -> list[sympy.Indexed]:
    """The x₀ (``x[i, 0]``) the cost or its definitions write themselves, as sympy Indexed; empty if none."""
    import sympy

    expressions = [problem.expand_definitions(problem.cost), *problem.definitions.values()]
    return sorted(
        {
            indexed
            for e in expressions if isinstance(e, sympy.Basic)
            for indexed in e.atoms(sympy.Indexed)
            if str(indexed.base) in vocabulary.DATA_VECTORS and indexed.indices[-1] == 0
        },
        key=str,
    )


def feature_zero_may_be_one(problem: Problem) -> list[sympy.Indexed]:
    """The cost's own x₀ when it may be Ng's x₀ = 1: a factor of θ₀ (θ₀x₀ + θ₁x₁ − y) in a model with no other intercept.

    Beside a bias (w₀x₀ + w₁x₁ + b, DeepLearning.AI's numbering) x₀ is a real feature: empty.
    """
    import sympy

    zero = feature_zero_in(problem)
    if not zero:
        return []
    expanded = problem.expand_definitions(problem.cost)
    expressions = [expanded, *problem.definitions.values()]
    for expr in (e for e in expressions if isinstance(e, sympy.Basic)):
        for total in expr.atoms(sympy.Add):
            bare = [term.as_coeff_Mul()[1] for term in total.args]
            paired = any(
                any(isinstance(f, sympy.Indexed) and f.indices[-1] == 0 and str(f.base) in vocabulary.PARAMETER_VECTORS
                    for f in sympy.Mul.make_args(term))
                and any(indexed in zero for indexed in term.atoms(sympy.Indexed))
                for term in bare
            )
            if not paired:
                continue
            # a term with no data in it (a bias b, a constant) is the intercept: x₀ is then a feature
            if all(_holds_data(term) for term in bare):
                return zero
    return []


def _holds_data(term: sympy.Expr) -> bool:
    """Whether ``term`` holds x or y (an entry x⁽ⁱ⁾ₖ, y⁽ⁱ⁾, or a scalar x, y)."""
    import sympy

    data = vocabulary.DATA_VECTORS | vocabulary.PER_EXAMPLE
    return any(str(i.base) in data for i in term.atoms(sympy.Indexed)) or any(
        s.name in data for s in term.free_symbols if isinstance(s, sympy.Symbol))


def feature_zero_as_one(problem: Problem) -> str | None:
    """The parameter whose component 0 the cost adds on its own beside its other components times x (θ₀ + Σₖ θₖxₖ).

    None when there is none, or when the cost (or a definition) writes an x₀ of
    its own: that x₀ is whatever the cost makes it.
    """
    import sympy

    if feature_zero_in(problem):
        return None
    expressions = [problem.expand_definitions(problem.cost), *problem.definitions.values()]
    for expr in (e for e in expressions if isinstance(e, sympy.Basic)):
        for total in expr.atoms(sympy.Add):
            bare = [term.as_coeff_Mul()[1] for term in total.args]
            for term in bare:
                if not (isinstance(term, sympy.Indexed) and term.indices[-1] == 0
                        and str(term.base) in vocabulary.PARAMETER_VECTORS):
                    continue
                if any(other is not term and _weights_features(other, term.base) for other in bare):
                    return str(term.base)
    return None


def _weights_features(expr: sympy.Expr, base: sympy.IndexedBase) -> bool:
    """Whether ``expr`` holds a component of ``base`` other than 0 times a feature of x (θₖxₖ, θ₁x₁)."""
    import sympy

    components = [i for i in expr.atoms(sympy.Indexed) if i.base == base and i.indices[-1] != 0]
    features = [i for i in expr.atoms(sympy.Indexed) if str(i.base) in vocabulary.DATA_VECTORS]
    return bool(components) and bool(features)


def _is_x0(node: tree.Node) -> TypeGuard[tree.Variable]:
    return isinstance(node, tree.Variable) and node.name in vocabulary.DATA_VECTORS and node.feature == "0"


#: a node's field as the walk by field name meets it (a child, a tuple of children, a name): its type is the field's
#: own, which a walk over every kind of node cannot say
_Field = Any


def _replace_x0(node: tree.Node) -> tree.Node:
    if _is_x0(node):
        return tree.Number(text="1", span=node.span)
    changes: dict[str, _Field] = {}
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if field.name == "span":
            continue
        changed: _Field
        if hasattr(value, "span"):
            changed = _replace_x0(value)
        elif isinstance(value, tuple) and any(hasattr(v, "span") for v in value):
            changed = tuple(_replace_x0(v) if hasattr(v, "span") else v for v in value)
        else:
            continue
        if changed is not value and changed != value:
            changes[field.name] = changed
    return dataclasses.replace(node, **changes) if changes else node


def read_feature_zero(
    problem: Problem, texts: Sequence[tuple[str, tree.Node, str]]
) -> tuple[list[tree.Node], tuple[str, ...]]:
    """Each ``(text, node, label)`` with x₀ read as 1 where the cost has a separate θ₀, and the notes; else refused.

    Returns the new nodes (in order) and the notes. Raises
    :class:`~logderiv.errors.InputError` at the first x₀ when the cost gives it
    no meaning of its own and writes no separate intercept.
    """
    holding = [(text, node, label) for text, node, label in texts if any(_is_x0(n) for n in tree.walk(node))]
    if not holding:
        return [node for _, node, _ in texts], ()
    parameter = feature_zero_as_one(problem)
    if parameter is None:
        if feature_zero_in(problem):
            return [node for _, node, _ in texts], ()  # the cost's own x₀: the same quantity
        text, node, label = holding[0]
        first = min((n for n in tree.walk(node) if _is_x0(n)), key=lambda n: n.span.start)
        span = text[first.span.start:first.span.end]
        column = first.span.start + max(span.find("0"), span.find("₀"), 0)
        raise InputError(
            "x_0 is not a feature of this cost: logderiv numbers features 1..n, and the cost writes no "
            "separate intercept θ₀ whose x₀ would be 1",
            source=text,
            column=column,
            hint="x₀ = 1 is read only beside a cost that writes θ₀ on its own (θ₀ + Σₖ₌₁ⁿ θₖxₖ); "
            "for a real feature number it as the cost does (x_1..x_n), or write the intercept's factor as 1",
            label=label,
        )
    return [_replace_x0(node) for _, node, _ in texts], (x0_note(parameter),)


# --- the let x₀ = 1: notes that number the features from 0 ------------------------------------------------------

#: ``x_{0}=1``, ``x_0 = 1``, ``x0 = 1;``: Ng's 'for convenience of notation, define x₀ = 1'
#: x_0 = 1, x_{0}=1, x0 = 1; with the example's mark too (x_0^i, x_0^{(i)}, Skillbox's x_0^i = 1: every example's x₀)
#: and the entry x_{i0} of a data matrix written x_{ij} (row i an example, column j a feature: the Cross Validated
#: question's x_{i0} = 1), feature 0 of every example i; never x_{0i}, whose 0 could as well be the example
_X0_LET = patterns.compile(r"\s*x\s*(?:_\s*(?:\{\s*0\s*\}|0|\{\s*i\s*,?\s*0\s*\})|0)"
                           r"(?:\s*\^\s*(?:i|\{\s*i\s*\}|\{\s*\(\s*i\s*\)\s*\}|\(\s*i\s*\)))?\s*=\s*1\s*(?:;\s*)?")

#: the note said when the let x₀ = 1 only says what a sum from 0 (Σ_{j=0}^{n} θ_j x_j) is read with already
X0_SAID_NOTE = ("{written} says what the sum from 0 is read with already: x₀ = 1, the intercept's feature (the let "
                "itself is dropped)")

#: the note said when the let x₀ = 1 is read
X0_LET_NOTE = ("{written} numbers the features from 0, x₀ = 1 the intercept's: {products} is read as θ₀ + θ₁x₁ + … + "
               "θₙxₙ (logderiv numbers the features 1..n), so θ₀ is the intercept on its own")


def split_x0_let(lets: Sequence[str]) -> tuple[list[str], str | None]:
    """The lets without ``x_0 = 1``, and that let's text (None when there is none)."""
    kept = [text for text in lets if not (isinstance(text, str) and _X0_LET.fullmatch(text))]
    found = next((text for text in lets if isinstance(text, str) and _X0_LET.fullmatch(text)), None)
    return kept, found


def _parameter_dots(node: tree.Node) -> list[tree.Dot]:
    """The dot products of a whole parameter vector with the bare data x (θᵀx, θᵀx⁽ⁱ⁾) in ``node``."""
    return [current for current in tree.walk(node) if isinstance(current, tree.Dot)
            and {current.left.name, current.right.name} & vocabulary.PARAMETER_VECTORS
            and {current.left.name, current.right.name} & vocabulary.DATA_VECTORS
            and current.left.feature is None and current.right.feature is None]


def _with_intercept(node: tree.Node) -> tree.Node:
    if isinstance(node, tree.Dot) and _parameter_dots(node) == [node]:
        parameter = node.left if node.left.name in vocabulary.PARAMETER_VECTORS else node.right
        zero = tree.Variable(parameter.name, parameter.span, feature="0")
        return tree.Binary("+", zero, node, node.span)
    return tree.map_children(node, _with_intercept)


#: a sum's lower bound written out (Σ_{j=1}^{n}, sum_{k=1}): the range of a penalty that x₀ = 1 leaves in doubt
_LOWER_BOUND = patterns.compile(r"_\s*\{?\s*[a-z]\s*=")


def _whole_parameter(node: tree.Node, source: str) -> str | None:
    """How ``node`` writes the whole parameter vector other than in θᵀx (θᵀθ, ‖θ‖², Σⱼ θⱼ² with no bounds), or None.

    Under x₀ = 1 the notes' θ is θ₀..θₙ: θᵀθ and ‖θ‖² then hold θ₀², while logderiv's θ (1..n) does not. Reading
    them as Σₖ₌₁ⁿ θₖ² silently dropped θ₀ from a penalty its writer wrote over the whole vector.
    """
    if isinstance(node, tree.Dot) and {node.left.name, node.right.name} <= vocabulary.PARAMETER_VECTORS:
        return "θᵀθ"
    if isinstance(node, tree.Sum) and node.over == "features" and not _LOWER_BOUND.search(
            source[node.span.start:node.span.end]) and any(
            isinstance(current, tree.Variable) and current.name in vocabulary.PARAMETER_VECTORS
            and current.feature == node.index for current in tree.walk(node.body)):
        return "a sum over the components with no range (‖θ‖², Σⱼ θⱼ²)"
    return None


def read_x0_let(
    written: str, texts: Sequence[tuple[str, tree.Node, str]]
) -> tuple[list[tuple[str, tree.Node, str]], str]:
    r"""The trees with each θᵀx read as θ₀ + θᵀx (features 1..n), as the let ``x_{0}=1`` numbers them; and the note.

    The Italian notes on Ng's course define ``x₀ = 1`` once ('Per convenienza di notazione definiamo x₀ = 1')
    and write θᵀx = θ₀x₀ + θ₁x₁ + … + θₙxₙ: θ₀ is the intercept, and a penalty Σ_{i=1}^{n}θᵢ² leaves it out.
    logderiv numbers the features 1..n, so θᵀx is θ₀ + Σₖ₌₁ⁿ θₖxₖ. Read only where the texts write θᵀx (of the
    data x, not X) and never θ₀ or x₀ themselves (an intercept written twice, or x₀ as a value of its own);
    ``texts`` are (label, tree, source) for the cost and each let. Raises InputError with a caret otherwise.
    """
    dots = [dot for _, node, _ in texts for dot in _parameter_dots(node)]
    for label, node, source in texts:
        for current in tree.walk(node):
            if isinstance(current, tree.Variable) and current.feature == "0" and (
                    current.name in vocabulary.PARAMETER_VECTORS | vocabulary.DATA_VECTORS):
                raise InputError(
                    f"--let {written.strip()} beside a {_SHOWN.get(current.name, current.name)}₀ the text writes "
                    "itself: the intercept would "
                    "be counted twice, or x₀ is a value of its own", source=source, column=current.span.start,
                    label=label, hint="give the cost as written without the let x_0 = 1")
            if isinstance(current, tree.Variable) and current.name == vocabulary.DATA_MATRIX:
                dots = []
            whole = _whole_parameter(current, source)
            if whole is not None:
                raise InputError(
                    f"--let {written.strip()} makes θ the vector θ₀..θₙ, and {whole} is written over the whole of "
                    "it: whether it takes θ₀ in cannot be told (the let reads θᵀx as θ₀ + θ₁x₁ + … + θₙxₙ)",
                    source=source, column=current.span.start, label=label,
                    hint="write the penalty's range, Σ_{j=1}^{n} θ_j² (θ₀ left out) or θ₀² + Σ_{j=1}^{n} θ_j² (θ₀ in)")
    if not dots:
        raise InputError(
            f"'{written.strip()}' defines x₀, and no text writes θᵀx for it to complete: 'x' has a fixed meaning and "
            "cannot be redefined", source=written, column=0, label="--let",
            hint="x₀ = 1 is read only beside θᵀx (features numbered from 0); logderiv numbers the features 1..n")
    changed = [(label, _with_intercept(node), source) for label, node, source in texts]
    return changed, X0_LET_NOTE.format(written=written.strip(), products="θᵀx")
