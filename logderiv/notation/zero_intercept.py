r"""``\sum_{k=0}^{n}\theta_k x_k``: Ng's n + 1 terms, read as the derivative asked for numbers them.

Notes that number features from 0 write the model Σₖ₌₀ⁿ θₖxₖ with x₀ = 1: the term k = 0 is
the intercept θ₀. The LaTeX reader builds it as θ₀ + Σₖ₌₁ⁿ θₖxₖ (the intercept on its own
beside the features 1..n, noted), which keeps the writer's numbering: a --wrt theta_0 is the
intercept (an answer's x₀ is then 1), a --wrt theta_1 the first feature.

Asked for the generic θⱼ, the writer's numbering names no component, and x₀ need not be 1
for the gradient to hold: the sum is then every component of θ and x, θᵀx over features
logderiv numbers 1..n (θ₀ among them), noted. A numbered component written elsewhere (a
θ₀ in the answer) would then mean another one, so :func:`logderiv.notation.chains`' check
refuses it, as it does after the chain θᵀx = θ₀ + θ₁x₁.

Sympy-free, like the front ends.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Iterable, Sequence, TypeGuard

from .. import patterns
from ..errors import InputError
from . import tree
from . import vocabulary as vocab

__all__ = ["INTERCEPT_NOTE", "EVERY_COMPONENT", "PREDICTORS_NOTE", "intercept_note", "is_intercept_sum",
           "intercept_added_beside", "holds_intercept_sums", "as_every_component", "counts_predictors",
           "intercepts_written_apart"]

#: the start of the note said when the reader builds θ₀ + Σₖ₌₁ⁿ θₖxₖ (replaced when read over every component)
INTERCEPT_NOTE = "Σ from 0 to n: "
#: the start of the note said when the sum is read over every component (numbered components are then refused)
EVERY_COMPONENT = "Σ from 0 to n over every component: "

_SHOWN = {"theta": "θ", "beta": "β"}

#: a sum over the coefficients from 0 to p, its summand opening with the coefficient of the sum's own index: statistics'
#: p predictors and their intercept (\sum_{j=0}^{p} \beta_j x_{ij}, Σ_{j=0}^p θ_j x_j)
_TO_P = patterns.compile(r"(?:\\sum|sum|Σ|∑)\s*_\s*\{?\s*(?P<index>[a-z])\s*=\s*0\s*\}?\s*\^\s*(?:\{\s*p\s*\}|p(?![A-Za-z0-9]))"
                         r"\s*(?:\\beta|\\theta|beta|theta|β|θ|w)\s*_\s*(?:\{\s*(?P=index)\s*\}|(?P=index)(?![A-Za-z0-9]))")
#: said when a sum to p keeps the intercept on its own for the generic component
PREDICTORS_NOTE = ("the sum from 0 to p is statistics' numbering: p counts the predictors x_{i1} … x_{ip}, so the "
                   "term 0 of its p + 1 is the intercept's, x_{i0} = 1 (not a data column): the intercept stays on "
                   "its own, and --wrt's generic component is a predictor's")


#: a node's field as the walk by field name meets it (a child, a tuple of children, a name, a span): its type is the
#: field's own, which a walk over every kind of node cannot say
_Field = Any


def intercept_note(parameter: str, letter: str, count: str) -> str:
    """The note of the reading θ₀ + Σₖ₌₁ⁿ θₖxₖ."""
    shown = _SHOWN.get(parameter, parameter)
    return (f"{INTERCEPT_NOTE}Σ_{{{letter}=0}}^{{{count}}} {shown}_{letter}x_{letter} has n + 1 terms: the term "
            f"{letter} = 0 is the intercept {shown}₀ with x₀ = 1 (features numbered from 0, Ng's convention): read "
            f"as {shown}₀ + Σ_{{{letter}=1}}^{{{count}}} {shown}_{letter}x_{letter}")


def _every_component_note(parameter: str) -> str:
    shown = _SHOWN.get(parameter, parameter)
    return (f"{EVERY_COMPONENT}Σₖ₌₀ⁿ {shown}ₖxₖ sums every component of {shown} and x, the intercept {shown}₀ "
            f"(x₀ = 1) among them: read as {shown}ᵀx, over the components logderiv numbers 1..n; the gradient "
            f"∂/∂{shown}ⱼ holds for each of them, {shown}₀ included")


def is_intercept_sum(node: tree.Node) -> TypeGuard[tree.Binary]:
    """Whether ``node`` is the reader's θ₀ + Σₖ₌₁ⁿ θₖxₖ: its θ₀ carries the span of the θₖ inside the sum."""
    if not (isinstance(node, tree.Binary) and node.op == "+" and isinstance(node.left, tree.Variable)
            and node.left.feature == "0" and isinstance(node.right, tree.Sum) and node.right.over == "features"):
        return False
    body = node.right.body
    return isinstance(body, tree.Binary) and any(
        isinstance(factor, tree.Variable) and factor.name == node.left.name and factor.span == node.left.span
        and factor.name in vocab.PARAMETER_VECTORS
        for factor in (body.left, body.right))


def _summed(node: tree.Binary) -> str:
    """The parameter an intercept sum (:func:`is_intercept_sum`) sums: its θ₀'s name."""
    assert isinstance(node.left, tree.Variable), "is_intercept_sum found θ₀, a Variable, on the left"
    return node.left.name


def same_as_transpose(side: tree.Node, last: tree.Node) -> bool:
    """Whether ``last`` is θᵀx or θᵀX of the parameter ``side`` (the reader's θ₀ + Σₖ₌₁ⁿ θₖxₖ) sums.

    lsvih's chain h(x) = Σᵢ₌₀ⁿ θᵢxᵢ = θᵀX writes the example's vector with a capital: beside the sum of a
    let of one example, θᵀX is that sum's θᵀx, and only the sum is read (the chain's sides are one).
    """
    if not is_intercept_sum(side):
        return False
    parameter = _summed(side)
    left: tree.Node  # θ of θᵀx (a Dot's) or of θᵀ's operand (a product's): the test below says it is a name
    right: tree.Node
    if isinstance(last, tree.Dot):
        left, right = last.left, last.right
    elif isinstance(last, tree.Binary) and last.op == "*" and isinstance(last.left, tree.Transpose):
        left, right = last.left.operand, last.right
    else:
        return False
    return (isinstance(left, tree.Variable) and left.name == parameter and left.feature is None
            and left.example is None and isinstance(right, tree.Variable) and right.name in ("x", "X")
            and right.feature is None)


def other_uses(trees: Iterable[tree.Node]) -> bool:
    """Whether ``trees`` write a parameter an intercept sum sums anywhere outside those sums (θⱼ², θᵀθ)."""
    summed = {_summed(item) for node in trees for item in tree.walk(node) if is_intercept_sum(item)}
    stack = list(trees)
    while stack:
        item = stack.pop()
        if is_intercept_sum(item):
            continue
        if isinstance(item, tree.Variable) and item.name in summed:
            return True
        stack.extend(tree._children(item))
    return False


def intercepts_written_apart(trees: Iterable[tree.Node]) -> frozenset[str]:
    r"""The parameters whose intercept the texts write apart beside their sum over the features from 1, never dotted.

    ``\theta_0 + \sum_{j=1}^n \theta_j x_j`` numbers the components as Ng does, θ₀ first, yet says nothing of what
    θ whole is: in his notes θᵀx = θ₀x₀ + θ₁x₁ + ⋯ with x₀ = 1, in notes with a separate bias θ is (θ₁ … θₙ). An
    answer's θᵀx is then either reading (the checker refuses it, naming both). A text that writes θᵀx itself
    (θ₀ + θᵀx) has said θ leaves θ₀ out, and the reader's rewrite of Σ_{j=0}^{n} (:func:`is_intercept_sum`, whose θ₀
    is the sum's own term) is its own reading, so neither counts. Linear in the trees' size.
    """
    nodes = [item for node in trees for item in tree.walk(node)]
    rewritten = {item.left.span for item in nodes if is_intercept_sum(item)}
    apart = {item.name for item in nodes if isinstance(item, tree.Variable) and item.name in vocab.PARAMETER_VECTORS
             and item.feature == "0" and item.span not in rewritten}
    dotted = {side.name for item in nodes if isinstance(item, tree.Dot) for side in (item.left, item.right)}
    summed: set[str] = set()
    for item in nodes:
        if not (isinstance(item, tree.Sum) and item.over == "features"):
            continue
        inside = list(tree.walk(item.body))
        if any(isinstance(data, tree.Variable) and data.name in vocab.DATA_VECTORS for data in inside):
            summed.update(v.name for v in inside if isinstance(v, tree.Variable) and v.feature == item.index)
    return frozenset((apart & summed) - dotted)


def intercept_added_beside(node: tree.Node) -> tree.Variable | None:
    r"""θ₀ added on its own beside the reader's θ₀ + Σₖ₌₁ⁿ θₖxₖ, a term of the same sum (``y - θ_0 - Σ_{j=0}^{n}``).

    The sum's term 0 is θ₀x₀ already: read with x₀ = 1 the intercept is counted twice, 2θ₀ (audit44). A θ₀
    elsewhere (a penalty θ₀²) is no second intercept and is not returned.
    """
    def terms(item: tree.Node) -> list[tree.Node]:
        # a stack, not recursion: a sum of 1,500 terms is a left-deep chain past Python's recursion limit
        found: list[tree.Node] = []
        stack = [item]
        while stack:
            current = stack.pop()
            if is_intercept_sum(current):
                found.append(current)
            elif isinstance(current, tree.Binary) and current.op in ("+", "-"):
                stack.extend((current.right, current.left))  # the left popped first: the terms in written order
            elif isinstance(current, tree.Negate):
                stack.append(current.operand)
            else:
                found.append(current)
        return found

    if not holds_intercept_sums(node):
        # every term found below is a node of the tree: with no intercept sum in it, none is added twice; one walk,
        # not the chain's terms gathered again at each of its + and − (issue 15: every answer is asked)
        return None
    for item in tree.walk(node):
        if not (isinstance(item, tree.Binary) and item.op in ("+", "-")):
            continue
        added = terms(item)
        summed = {_summed(term) for term in added if is_intercept_sum(term)}
        twice = next((term for term in added if isinstance(term, tree.Variable) and term.name in summed
                      and term.feature == "0"), None)
        if twice is not None:
            return twice
    return None


def holds_intercept_sums(node: tree.Node) -> bool:
    """Whether the reader's θ₀ + Σₖ₌₁ⁿ θₖxₖ stands anywhere in ``node``."""
    return any(is_intercept_sum(item) for item in tree.walk(node))


def as_every_component(node: tree.Node) -> tree.Node:
    """``node`` with each θ₀ + Σₖ₌₁ⁿ θₖxₖ of the reader made the sum over every component, Σₖ θₖxₖ."""
    if is_intercept_sum(node):
        return node.right
    changes: dict[str, _Field] = {}
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if field.name == "span":
            continue
        if isinstance(value, tuple) and any(hasattr(item, "span") for item in value):
            changed = tuple(as_every_component(item) if hasattr(item, "span") else item for item in value)
            if any(a is not b for a, b in zip(changed, value)):
                changes[field.name] = changed
        elif hasattr(value, "span") and not isinstance(value, tree.Span):
            child = as_every_component(value)
            if child is not value:
                changes[field.name] = child
    return dataclasses.replace(node, **changes) if changes else node


def every_component_notes(notes: Sequence[str], parameter: str = "theta") -> list[str]:
    """``notes`` with the reader's intercept note replaced by the note of the reading over every component."""
    said = [note for note in notes if not note.startswith(INTERCEPT_NOTE)]
    return [*said, _every_component_note(parameter)] if len(said) != len(notes) else list(notes)


def counts_predictors(text: str) -> bool:
    r"""Whether ``text`` sums coefficients from 0 to p (``\sum_{j=0}^{p} \beta_j x_{ij}``), statistics' numbering.

    Statistics counts the predictors by p and numbers the coefficients β₀ … β_p, β₀ the intercept with
    x_{i0} = 1 (a GLM's linear predictor): p + 1 terms for p predictors, so the term 0 is no predictor's.
    Ng's Σ_{j=0}^{n} counts by logderiv's own n and stays read over every component for a generic θⱼ.
    """
    return _TO_P.search(text) is not None


#: a sum over the features of the weights times row i, from 0 or from 1: \sum_{j=0}^{m} x_{ij}\omega_j,
#: \sum_{j=1}^{n}\theta_j x_j^{(i)}, sum_{j=0}^{n} w_j * x_{ij} (the weight's name in ``w``, the start in ``low``)
_WEIGHT = (r"(?P<w{k}>\\theta|\\omega|\\beta|θ|ω|β|(?<![A-Za-z])(?:theta|omega|beta|w))\s*_\s*"
           r"(?:\{{\s*(?P=j)\s*\}}|(?P=j)(?![A-Za-z0-9]))")
_ROW = (r"x\s*(?:\^\s*\{{?\s*\(\s*\w\s*\)\s*\}}?\s*)?_\s*(?:\{{[^{{}}]*(?P=j)\s*\}}|\{{\s*(?P=j)\s*,[^{{}}]*\}}|"
        r"(?P=j)(?![A-Za-z0-9]))(?:\s*\^\s*\{{?\s*\(\s*\w\s*\)\s*\}}?)?")
_BETWEEN = r"\s*(?:\\cdot|\*|\\,|\\;)?\s*"
_FEATURES_SUM = patterns.compile(
    r"(?:\\sum|(?<![A-Za-z])sum|Σ|∑)(?:\\limits|\\nolimits)?\s*_\s*\{?\s*(?P<j>[a-z])\s*=\s*(?P<low>[01])\s*\}?\s*"
    r"\^\s*(?:\{[^{}]*\}|\w)\s*\(?\s*"
    rf"(?:{_WEIGHT.format(k='a')}{_BETWEEN}{_ROW.format()}|{_ROW.format()}{_BETWEEN}{_WEIGHT.format(k='b')})")
_ZERO_ENTRY = r"(?:{w})\s*(?:_\s*\{{?\s*0\s*\}}?|₀)(?![0-9])"
_NAMES = {"\\theta": "theta", "θ": "theta", "\\omega": "omega", "ω": "omega", "\\beta": "beta", "β": "beta"}


def _feature_starts(text: str) -> dict[str, set[str]]:
    """The starts (0, 1) of ``text``'s sums over the features of weights times row i, by the weights' name."""
    starts: dict[str, set[str]] = {}
    for match in _FEATURES_SUM.finditer(text):
        weight = match.group("wa") or match.group("wb")
        starts.setdefault(_NAMES.get(weight, weight), set()).add(match.group("low"))
    return starts


def _spelled(name: str) -> str:
    """A pattern of the weights' name ``name`` however written (\\theta, θ, theta)."""
    return {"theta": r"\\theta|θ|(?<![A-Za-z])theta", "omega": r"\\omega|ω|(?<![A-Za-z])omega",
            "beta": r"\\beta|β|(?<![A-Za-z])beta"}.get(name, rf"(?<![A-Za-z\\]){re.escape(name)}")


def refuse_feature_starts_mixed(cost: str | None, derivation: str) -> None:
    r"""Refuse a derivation (with its cost) that sums the features of one weight vector from 0 in one place, from 1 in another.

    A line ``\sum_{j=1}^{m} x_{ij}\omega_j`` after a cost ``\sum_{j=0}^{m} x_{ij}\omega_j`` drops the term j = 0,
    but each sum alone is read as the whole product of the row with the weights, so the step was judged valid
    (audit32f). Where the term j = 0 is written apart (ω₀ + Σ_{j=1}), the intercept's readings judge it.
    """
    texts = [text for text in (cost, derivation) if isinstance(text, str)]
    starts: dict[str, set[str]] = {}
    for text in texts:
        for name, found in _feature_starts(text).items():
            starts.setdefault(name, set()).update(found)
    for name, found in starts.items():
        if len(found) < 2 or any(re.search(_ZERO_ENTRY.format(w=_spelled(name)), text) for text in texts):
            continue
        match = next((m for m in _FEATURES_SUM.finditer(derivation) if m.group("low") == "1"), None) \
            or _FEATURES_SUM.search(derivation)
        raise InputError(
            f"the sums over the features of the weights {name} start at j = 0 in one place and at j = 1 in another: "
            "each alone would be read as the whole product of the row with the weights, but in one derivation the "
            "two ranges cannot both be every component — the term j = 0 stands on one side only",
            source=derivation, column=match.start() if match else 0,
            hint="write every sum over the features with the same bounds (or the term j = 0 apart)")


def refuse_feature_starts_apart(cost: str | None, answer: str | None) -> None:
    r"""Refuse a cost and an answer whose sums over the features of one weight vector start one at 0, one at 1.

    ``\sum_{j=0}^{m} x_{ij}\omega_j`` in the cost and ``\sum_{j=1}^{m} x_{ij}\omega_j`` in the answer: each
    alone is read as the product of the row with the weights (every component), so the term j = 0 the answer
    leaves out went unseen and the two were judged equivalent (audit32f). In one problem the two ranges cannot
    both be every component: one side holds a term the other lacks — unless the side from 1 writes that
    term apart (ω₀ + Σ_{j=1}), which the intercept's own readings judge.
    """
    if not cost or not answer:
        return
    ours, theirs = _feature_starts(cost), _feature_starts(answer)
    for name in ours.keys() & theirs.keys():
        if len(ours[name]) != 1 or len(theirs[name]) != 1 or ours[name] == theirs[name]:
            continue
        from_one = cost if ours[name] == {"1"} else answer
        if re.search(_ZERO_ENTRY.format(w=_spelled(name)), from_one):
            continue  # ω₀ + Σ_{j=1}^{m} …: the term j = 0 written apart
        match = _FEATURES_SUM.search(answer)
        raise InputError(
            f"the cost sums the features from j = {ours[name].pop()} and the answer from j = {theirs[name].pop()} "
            f"(the weights {name}): each alone would be read as the whole product of the row with the weights, but "
            "in one problem the two ranges cannot both be every component — the term j = 0 stands on one side "
            "only",
            source=answer, column=match.start() if match else 0, label="ANSWER",
            hint="write the answer's sum over the features with the cost's bounds (or its term j = 0 apart)")
