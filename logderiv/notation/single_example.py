"""One training example: a page that says its derivation is of one example's loss, and that loss as a tree.

CS229 ("for one training example (x, y)"), CSDN ("单个样本的损失函数") and Ng's notes differentiate
the loss of ONE example, y log h(x) + (1 − y) log(1 − h(x)), beside a cost summed over the examples,
and sum over i only in the update rule after it. Checked against the summed cost, every such page
would be "wrong at line 1", which the writer never claimed. Where the page says so in its prose, the
derivation's cost is that example's term: :func:`announcement` finds the words, :func:`one_example_term`
takes the sum's term with the example's index dropped. Parsing stays sympy-free here.
"""

from __future__ import annotations

import dataclasses
import re

from . import tree
from ..record import record
from .. import patterns

__all__ = ["Announcement", "announcement", "one_example_term", "indexes_an_example", "writes_the_count",
           "sum_left_unwritten"]


@record
class Announcement:
    """Where the prose says the derivation is of one example: the words as written and their offset."""

    words: str
    offset: int


#: the prose of one example: "one training example", "a single training example", "one example (x, y)",
#: "single sample", "单个样本", "一个样本", "单样本". A bare "one example" ("here is one example") is no
#: announcement: it must name a training example, a single sample, or the example's (x, y) beside it
_ONE_EXAMPLE = patterns.compile(
    r"(?:\b(?:one|a\s+single|single)\s+training\s+(?:example|sample)s?\b"
    r"|\b(?:a\s+)?single\s+(?:example|sample|data\s+point|observation)\b"
    r"|\bone\s+(?:example|sample)(?=\s*\$?\s*\\?\(\s*x\s*,\s*y\s*\\?\))"
    r"|单个样本|一个样本|单样本|单一样本"
    # the count of the examples set to one (audit35: "for one example ($m = 1$)"): never a sum's or a range's
    # lower bound (\sum_{m=1}^M, m = 1, …, M, m = 1 to M, MATLAB's m = 1:M, m = 1 \text{ to } M, m = 1 \cdots M),
    # nor m = 10, m = 1.5, m = 1 + n, nor a power's exponent (w^m = 1) (audit37: each was read as the claim)
    r"|(?<![\w\\_{^])(?-i:m)\s*=\s*1(?![\d.,:]|\s*(?:,|\\c?dots|\\ldots|\.\.\.|…|to\b|\\to\b"
    r"|\\(?:text|mathrm|textrm|mbox)\s*\{\s*to\b|\}|\^|[-+*/:])))",
    re.IGNORECASE,
)


#: words just before that deny it: "not a single training example", "rather than one training example",
#: "instead of for a single sample", "unlike one training example", "而不是单个样本", "并非单个样本"
_DENIED = patterns.compile(
    r"(?:\b(?:not|n't|than|instead\s+of|unlike|never)(?:\s+[A-Za-z]+){0,2}\s*|(?:不是|而非|并非|非|不))$",
    re.IGNORECASE,
)


def announcement(prose: str) -> Announcement | None:
    """The first words of ``prose`` (the page's text, maths and all) saying the derivation is of one example.

    Words that deny it ("the whole cost, not a single training example") announce the opposite: skipped.
    """
    for found in _ONE_EXAMPLE.finditer(prose):
        if not _DENIED.search(prose[max(0, found.start() - 40):found.start()]):
            return Announcement(found.group(0), found.start())
    return None


#: prose that reads a line marking example i outside any Σ as the writer's own, not as a Σ dropped: a derivation of one
#: example's loss in words the announcement does not take ("stochastic", "the i-th example", "example $i$", "each
#: example", "per-example", 随机梯度, 第i个样本, 每个样本), or a sum the writer leaves unwritten ("the sum over i is
#: understood", "implied", "omitted", "for brevity", "we drop the sum", Einstein's convention, 省略求和)
_SUM_LEFT_UNWRITTEN = patterns.compile(
    r"(?:\bstochastic\b|\bSGD\b|\bonline\s+(?:learning|gradient|update)"
    r"|(?:\bi|\$\s*i\s*\$|\$\s*i\s*\^\s*\{?\s*\\?(?:text\s*\{\s*)?th\s*\}?\s*\}?\s*\$)\s*-?\s*th\b"
    r"|\$\s*i\s*\^\s*\{?\s*(?:\\(?:text|mathrm)\s*\{\s*)?th\s*\}?\s*\}?\s*\$"
    r"|\b(?:example|sample|observation|data\s+point|instance)\s*\$?\s*\(?\s*i\s*\)?\s*\$?(?!\w)"
    r"|\b(?:each|every|per)[\s-]+(?:training\s+)?(?:example|sample|observation|data\s+point|instance)\b"
    r"|\b(?:sum|summation|sigma|\\sum)\b[^.\n]{0,40}?\b(?:understood|implied|implicit|omitted|suppressed|dropped"
    r"|left\s+out|not\s+written)\b"
    r"|\b(?:drop|dropping|omit|omitting|suppress|suppressing|leave\s+out|leaving\s+out)\s+(?:the\s+)?"
    r"(?:sum|summation|\\sum)|\bfor\s+(?:brevity|simplicity|convenience)\b|\bEinstein"
    r"|随机梯度|第\s*\$?\s*i\s*\$?\s*个\s*样本|每个样本|每一个样本|省略.{0,6}求和|求和.{0,6}省略)",
    re.IGNORECASE,
)


def sum_left_unwritten(prose: str) -> str | None:
    """The page's words that say a line marking example i beside no Σ is the writer's own reading (one example's loss
    in other words than :func:`announcement` takes, or a Σ left unwritten on purpose); None where it says neither.

    A page with them is never read as a Σ dropped by a slip (and judged wrong there): which it means is the writer's
    to say, and the line is refused as before.
    """
    found = _SUM_LEFT_UNWRITTEN.search(prose)
    return None if found is None else found.group(0)


def indexes_an_example(node: tree.Node) -> bool:
    """Whether ``node`` sums over the examples or marks one (``x⁽ⁱ⁾``, ``y_i`` read as ``y⁽ⁱ⁾``)."""
    for found in tree.walk(node):
        if isinstance(found, tree.Sum) and found.over == "examples":
            return True
        if isinstance(found, (tree.Variable, tree.FunctionCall)) and found.example is not None:
            return True
    return False


def writes_the_count(node: tree.Node) -> bool:
    """Whether ``node`` writes the count m (a line keeping the mean's 1/m: (1/m)(h − y)xⱼ)."""
    return any(isinstance(found, tree.Variable) and found.name == "m" for found in tree.walk(node))


def one_example_term(node: tree.Node) -> tuple[tree.Node, bool] | None:
    """``c · Σᵢ ℓᵢ`` as one example's loss ``c · ℓ`` (the index i dropped), and whether a 1/m was dropped; else None.

    ``c`` may be a sign and numbers (½, −1) and 1/m: the mean's 1/m is no part of one example's loss
    (CS229's ½(h − y)² is ½Σ(h − y)²'s term), the sign and the numbers are. Anything else beside the sum
    (a penalty λ‖θ‖², a second sum) has no one-example term: None, and the caller refuses.
    """
    if isinstance(node, tree.Sum):
        if node.over != "examples" or _sums_over_examples(node.body):
            return None
        return _without_example(node.body, node.index), False
    if isinstance(node, tree.Negate):
        inner = one_example_term(node.operand)
        return None if inner is None else (dataclasses.replace(node, operand=inner[0]), inner[1])
    if isinstance(node, tree.Binary) and node.op in "*/":
        # c·Σ, Σ·c and Σ/c: the sum on either side of a product, above the line of a quotient
        sides = ("left", "right") if node.op == "*" else ("left",)
        for side in sides:
            other = "right" if side == "left" else "left"
            if not _a_coefficient(getattr(node, other)):
                continue
            inner = one_example_term(getattr(node, side))
            if inner is None:
                continue
            mean = any(isinstance(found, tree.Variable) for found in tree.walk(getattr(node, other)))
            left, right = (inner[0], _without_m(node.right)) if side == "left" else (_without_m(node.left), inner[0])
            return dataclasses.replace(node, left=left, right=right), inner[1] or mean
    return None


def term_of_a_dropped_sum(node: tree.Node) -> tree.Node | None:
    """A line that marks example i (``(1/m)(h(x⁽ⁱ⁾) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾``) and sums over no examples, its marks dropped; else None.

    Its i is bound by nothing: the Σ over the examples the line before had is gone, and what is left is one
    example's term, as a line that writes no index at all is (the caller says so and judges it against the sum).
    """
    if _sums_over_examples(node) or not any(
            isinstance(found, (tree.Variable, tree.FunctionCall)) and found.example is not None for found in tree.walk(node)):
        return None
    if any(isinstance(found, (tree.Variable, tree.FunctionCall)) and found.example not in (None, "i")
           for found in tree.walk(node)):
        return None  # another letter marks an example: not the one index a dropped Σᵢ leaves
    return _without_example(node, "i")


def _sums_over_examples(node: tree.Node) -> bool:
    return any(isinstance(found, tree.Sum) and found.over == "examples" for found in tree.walk(node))


def _a_coefficient(node: tree.Node) -> bool:
    """Numbers and the count m only, by + − × ÷ (½, 1/m, 1/(2m), −1)."""
    for found in tree.walk(node):
        if isinstance(found, tree.Variable):
            if found.name != "m" or found.feature is not None or found.example is not None:
                return False
        elif not isinstance(found, (tree.Number, tree.Binary, tree.Negate)):
            return False
    return True


def _without_m(node: tree.Node) -> tree.Node:
    """The coefficient at m = 1: its 1/m dropped, its numbers and sign kept."""
    if isinstance(node, tree.Variable):
        return tree.Number("1", node.span)
    if isinstance(node, tree.Binary):
        return dataclasses.replace(node, left=_without_m(node.left), right=_without_m(node.right))
    if isinstance(node, tree.Negate):
        return dataclasses.replace(node, operand=_without_m(node.operand))
    return node


def _without_example(node: tree.Node, index: str) -> tree.Node:
    """``node`` with every mark of the example ``index`` dropped: y⁽ⁱ⁾ is the example's y, h(x⁽ⁱ⁾) its h(x)."""
    if isinstance(node, (tree.Variable, tree.FunctionCall)) and node.example == index:
        node = dataclasses.replace(node, example=None)
    return tree.map_children(node, lambda child: _without_example(child, index))
