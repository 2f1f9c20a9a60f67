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
"""

from __future__ import annotations

from typing import Collection, Iterator, NamedTuple

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
