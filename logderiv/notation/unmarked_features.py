r"""A feature written without the example index beside data that carry it: ``Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) x_j``.

Students and notes drop the ``^{(i)}`` of ``x_j^{(i)}`` in the gradient's last factor while the rest of the sum
keeps it (``1/m sum_i (theta^T x_i - y_i) x_j``, ``\frac{2}{m}\sum(\hat{y}^{(i)} - y^i)x_j``). Inside a sum over
the examples, with the gradient's component j free, the only quantity x_j can be is feature j of the i-th example:
a feature that did not follow the sum is no datum of an ML cost. That reading is taken and said in a note. It is
refused where x_j may as well be something else: a sum that leaves y unmarked too (two dropped marks, or two
values written on purpose without one), a one-feature model (x is one number per example, so x_j can only
be the j-th example's x, or a slip for x_i), and a sum that also binds j over the features (Σ_j θ_j x_j⁽ⁱ⁾ beside a
lone x_j: a term left outside the inner sum, or the component). This is the one rule for both front ends: the
builder applies it to every sum over examples, and the LaTeX reader leaves such an x_j to it.

Refused too (audit25j), where the near-variants of that spelling make x_j something else: a bold ``\mathbf{x}_j``
(bold is a vector, as ``\mathbf{x}_i`` is: the j-th example's, never one number of example i), a sum whose x is one
number per example written with the example as a subscript (``θ₀ + θ₁x_i``: by the sum's own notation ``x_1`` is
the first example's x), and a sum that marks only the label (``(θᵀx − y_i) x_j``: the model's x and x_j both
dropped their marks, as y and x_j do in the refusal above).
"""

from __future__ import annotations

from typing import Collection, Iterator, NamedTuple

from .. import patterns
from . import tree
from . import vocabulary as vocab


class Reading(NamedTuple):
    """What to do with a sum's unmarked feature: note it (``refuse`` False) or refuse it, at ``node``."""

    node: tree.Variable
    message: str
    hint: str | None = None
    refuse: bool = False


def unmarked(node: tree.Sum) -> list[tree.Variable]:
    """The x_j of a sum over examples written without i and bound by no feature sum inside it, leftmost first.

    Empty unless another datum of the sum carries the example index (x⁽ⁱ⁾, x_i, y_i, ŷ⁽ⁱ⁾, h(x⁽ⁱ⁾)): a sum
    that marks nothing has its index implied for all its data at once (the builder's own note says so).
    """
    if not any(isinstance(item, tree.Variable) and item.example is not None for item in tree.walk(node.body)):
        return []
    return sorted(_free_features(node.body, frozenset()), key=lambda item: item.span.start)


def model_operand_note(node: tree.Sum, text: str) -> str | None:
    """The note for the model's x written without the example index beside data of the sum that carry it.

    ``Σᵢ (θᵀx − yᵢ)²`` (skynet.jl's second form, f68), ``Σᵢ (h(x) − y⁽ⁱ⁾)²``: the model's operand is the example's
    by convention (a fixed vector x would leave the terms differing only in y, no regression at all), so it is read
    as x⁽ⁱ⁾ — but that is a mark supplied, not one written, and a reading the writer is told of (it was silent).
    None where no datum of the sum carries the example (the builder's implied-index note says it for all of them),
    or the model's x carries it.
    """
    marked = [item for item in tree.walk(node.body) if isinstance(item, tree.Variable) and item.example is not None]
    if not marked:
        return None
    operands: list[tree.Variable] = []
    for item in tree.walk(node.body):
        if isinstance(item, tree.Dot):
            operands.extend(side for side in (item.left, item.right) if side.name in vocab.DATA_VECTORS)
        elif isinstance(item, tree.Call) and isinstance(item.argument, tree.Variable):
            operands.append(item.argument)
    bare = [item for item in operands if item.name in vocab.DATA_VECTORS and item.example is None
            and item.feature is None]
    if not bare:
        return None
    first = min(bare, key=lambda item: item.span.start)
    shown = text[first.span.start:first.span.end].strip()
    written = _marked(node, text)
    return (f"'{shown}' in the model has no example index beside {written} in the same sum: it is read as x⁽ⁱ⁾, "
            "the i-th example's, as ML notes drop the mark (write x^(i) or x_i to say so)")


def _free_features(node: tree.Node, bound: frozenset[str]) -> Iterator[tree.Variable]:
    if isinstance(node, tree.Sum):
        if node.over == "features":
            bound = bound | {node.index}
        elif node.over == "examples":
            return  # a sum over examples inside another is refused by the builder
    if isinstance(node, (tree.Call, tree.Dot)):
        return  # h(x_j), θᵀx_j: refused as such by the readers, not a factor of the sum
    if (isinstance(node, tree.Variable) and node.name in vocab.DATA_VECTORS and node.feature is not None
            and node.example is None and node.feature not in bound):
        yield node
        return
    for child in tree._children(node):
        yield from _free_features(child, bound)


def unmarked_label(node: tree.Sum, text: str) -> str | None:
    """The note for the sum's one label y written without the example index beside data that carry it, if any.

    ``Σᵢ (θᵀx⁽ⁱ⁾ − y) xⱼ⁽ⁱ⁾``: the builder reads every datum of a sum over the examples as the example's, so
    this y is y⁽ⁱ⁾, the slip the rest of the sum corrects, as for x_j above; but it was read so without a word
    (audit27e), though the same spelling with x_j unmarked too is refused. A y written both ways in one sum
    is refused by the builder (a slip or another y); a sum that marks nothing has the builder's own note.
    None when no datum of the sum carries the example index, or every y does.
    """
    if not any(isinstance(item, tree.Variable) and item.example is not None for item in tree.walk(node.body)):
        return None
    bare = _bare_data(node.body)
    if bare is None or bare.name not in vocab.PER_EXAMPLE:
        return None
    shown = text[bare.span.start:bare.span.end].strip()
    return (f"'{shown}' has no example index beside {_marked(node, text)} in the same sum: it is read as "
            f"{bare.name}⁽ⁱ⁾, the i-th example's label, as ML notes drop the mark (write {bare.name}^(i) to say so)")


def _bare_data(node: tree.Node) -> tree.Variable | None:
    """The leftmost y or x written with neither index (outside h(x), θᵀx, the model's operands), if any.

    Beside it the sum marks the example only on some data: one dropped mark is a slip the rest of the sum
    corrects, two (x_j and y) may as well be values written on purpose without it.
    """
    if isinstance(node, (tree.Call, tree.Dot)):
        return None
    if isinstance(node, tree.Variable):
        if (node.name in vocab.DATA_VECTORS | vocab.PER_EXAMPLE and node.feature is None
                and node.example is None):
            return node
        return None
    found = [item for item in map(_bare_data, tree._children(node)) if item is not None]
    return min(found, key=lambda item: item.span.start, default=None)


#: a bold style (vocabulary.BOLD_STYLES) at the start of a written x: ``\mathbf{x}_j``, ``\bm x_j``, ``{\bf x}_j``
_BOLD = patterns.compile(r"\{?\\(?:" + "|".join(sorted(vocab.BOLD_STYLES | {"bf"})) + r")(?![A-Za-z])")


def _outside_models(node: tree.Node) -> Iterator[tree.Variable]:
    """The variables of ``node`` that are not an argument of h(…) or an operand of θᵀx: factors of the sum."""
    if isinstance(node, (tree.Call, tree.Dot)):
        return
    if isinstance(node, tree.Variable):
        yield node
        return
    for child in tree._children(node):
        yield from _outside_models(child)


def _one_number_x(node: tree.Node) -> bool:
    """Whether the sum writes x as one number of the example (θ₁x_i), no factor of θᵀx or h(…), and never as a vector.

    No x of the sum has a feature and the example both, and none is an operand of θᵀx (either makes x a vector).
    """
    if any(item.name in vocab.DATA_VECTORS and item.feature is not None and item.example is not None
           for item in tree.walk(node) if isinstance(item, tree.Variable)):
        return False
    if any(isinstance(item, tree.Dot) and vocab.DATA_VECTORS & {item.left.name, item.right.name}
           for item in tree.walk(node)):
        return False
    return any(item.name in vocab.DATA_VECTORS and item.example is not None and item.feature is None
               for item in _outside_models(node))


def _subscript_mark(node: tree.Sum, text: str) -> str | None:
    """How the sum writes its first datum that carries the example as a subscript (x_i, y_i, ŷ_i), if one does."""
    marked = sorted((item for item in tree.walk(node.body) if isinstance(item, tree.Variable) and item.example),
                    key=lambda item: item.span.start)
    for item in marked:
        written = text[item.span.start:item.span.end].strip()
        if not any(mark in written for mark in ("^", "⁽", "ⁱ")):
            return written
    return None


def one_number(node: tree.Sum, text: str) -> Reading | None:
    """Refuse the sum's unmarked x_j (x_1) where x is one number per example and the sum writes the example below.

    The caller knows x is one number per example: the sum writes θ₁x_i, or the cost does (services.check).
    Written x⁽ⁱ⁾ the example sits above and a subscript is free to number the feature (Ng's x₁ = x beside θ₁,
    verify/letters.py); written x_i, y_i, the subscript is the example's, and x_1 by the writer's own notation
    is the first example's x. None where the sum has no such x_j or marks the example only above.
    """
    found = unmarked(node)
    written = _subscript_mark(node, text)
    if not found or written is None:
        return None
    first = found[0]
    shown = text[first.span.start:first.span.end].strip()
    letter = first.feature
    return Reading(
        first,
        f"'{shown}' has no example index beside {written}, and x is one number per example here (a one-feature "
        f"model) whose example the sum writes as a subscript: by that notation {shown} is example {letter}'s x; "
        "by Ng's numbering of the features (x₀ = 1, x₁ = x) the i-th example's",
        f"write x_i (or x^(i)) for the i-th example's value, x_{letter} only for example {letter}'s",
        refuse=True,
    )


def _label_only(node: tree.Sum, found: list[tree.Variable]) -> tree.Node | None:
    """The leftmost x or prediction left unmarked beside x_j where the sum marks only its labels, if any.

    ``(θᵀx − y_i) x_j``, ``(h(x) − y⁽ⁱ⁾) x_j``, ``(θ₁x₁ + θ₂x₂ − y_i)``: only y carries the example, and x is
    written without it twice (in the model and as x_j, or as two features): two dropped marks.
    """
    marked = [item for item in tree.walk(node.body) if isinstance(item, tree.Variable) and item.example is not None]
    if any(item.name not in vocab.PER_EXAMPLE for item in marked):
        return None
    # another x (x₂ beside x₁, x_k of an inner Σₖ θₖxₖ), not the same x_j written twice: that is one mark dropped
    others: list[tree.Node] = []
    for item in tree.walk(node.body):
        if isinstance(item, tree.Call) or (isinstance(item, tree.Variable) and item.example is None and (
                item.name == vocab.PREDICTION
                or (item.name in vocab.DATA_VECTORS and item.feature != found[0].feature))):
            others.append(item)
    return min(others, key=lambda item: item.span.start, default=None)


def _marked(node: tree.Sum, text: str) -> str:
    """How the sum writes the example index, as its first marked datum is written (``x^{(i)}``, ``y_i``)."""
    first = min((item for item in tree.walk(node.body) if isinstance(item, tree.Variable) and item.example is not None),
                key=lambda item: item.span.start)
    return text[first.span.start:first.span.end].strip()


def reading(node: tree.Sum, text: str, free: str, one_feature: Collection[str]) -> Reading | None:
    """How to read the first unmarked feature of the sum over examples ``node`` (of ``text``), or None if none.

    ``free`` is the gradient's component letter (j, or k of --wrt theta_k); ``one_feature`` the parameter
    letters read as one number each (``w`` of ``w x⁽ⁱ⁾ + b``). A letter other than ``free`` and no digit is left
    to the builder's refusal of a free index.
    """
    found = unmarked(node)
    if not found:
        return None
    first = found[0]
    letter = first.feature
    assert letter is not None, "unmarked() gives features only"
    shown = text[first.span.start:first.span.end].strip()
    marked = _marked(node, text)
    if one_feature:
        parameter = sorted(one_feature)[0]
        return Reading(
            first,
            f"'{shown}' has no example index beside {marked}, and {parameter} is one number here (a one-feature "
            f"model, x one number per example): {shown} may be the {letter}-th example's x or a slip for the i-th's",
            "write x_i (or x^(i)) for the i-th example's value",
            refuse=True,
        )
    if not (letter == free or (letter.isascii() and letter.isdigit())):
        return None
    if _BOLD.match(shown):
        return Reading(
            first,
            f"'{shown}' is bold, a vector as the sum's {marked} is, and has no example index: it may be the "
            f"{letter}-th example's x (a vector, no component of the gradient) or feature {letter} of the i-th "
            "example written bold",
            f"write x_{letter}^(i) (or x_{{i{letter}}}) for feature {letter} of example i, without the bold",
            refuse=True,
        )
    if _one_number_x(node.body):
        refusal = one_number(node, text)
        if refusal is not None:
            return refusal
    dropped = _label_only(node, found)
    if dropped is not None:
        other = text[dropped.span.start:dropped.span.end].strip()
        return Reading(
            first,
            f"'{shown}' and '{other}' have no example index beside {marked}, the only datum of the sum that has "
            f"one: the marks may be dropped (x_{letter}⁽ⁱ⁾ and the i-th example's x) or both may be values that do "
            "not follow the sum",
            f"write x_{letter}^(i) and x_{dropped.feature}^(i) for the i-th example's values"
            if isinstance(dropped, tree.Variable) and dropped.feature is not None else
            f"write x_{letter}^(i) and x^(i) (theta^T x^(i), h(x^(i))) for the i-th example's values",
            refuse=True,
        )
    bare = _bare_data(node.body)
    if bare is not None:
        other = text[bare.span.start:bare.span.end].strip()
        return Reading(
            first,
            f"'{shown}' and '{other}' have no example index beside {marked} in the same sum: the marks may be "
            f"dropped (x_{letter}⁽ⁱ⁾ and {bare.name}⁽ⁱ⁾, the i-th example's) or both may be values that do not "
            "follow the sum",
            f"write x_{letter}^(i) and {bare.name}^(i) for the i-th example's values",
            refuse=True,
        )
    inner = next((item for item in tree.walk(node.body)
                  if isinstance(item, tree.Sum) and item.over == "features" and item.index == letter), None)
    if inner is not None:
        return Reading(
            first,
            f"'{shown}' has no example index beside {marked}, and {letter} also runs over the features in a sum "
            f"of the same sum: {shown} may be feature {letter} of the i-th example (the gradient's component) or a "
            f"term of that inner sum left outside it",
            f"write x_{letter}^(i) for feature {letter} of example i, and another letter for the inner sum "
            f"(sum_k theta_k x_k^(i))",
            refuse=True,
        )
    return Reading(
        first,
        f"'{shown}' has no example index beside {marked} in the same sum: it is read as x_{letter}⁽ⁱ⁾, feature "
        f"{letter} of the i-th example, as ML notes drop the mark (write x_{letter}^(i) to say so)",
    )
