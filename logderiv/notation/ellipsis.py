"""A written-out sum with an ellipsis: ``\\theta_0 + \\theta_1 x_1 + \\theta_2 x_2 + \\dots + \\theta_n x_n``.

ML notes write a linear model term by term: ``β₀ + β₁X₁ + β₂X₂ + … + βₚXₚ``.
The terms between the first numbered one and the ellipsis and the last term
must follow one pattern in their index, checked strictly:

* the terms right before the ellipsis are numbered 1, 2, …, k, consecutively
  (every numbered name of a term carries that term's number: θ₂x₂, not θ₂x₃);
* they are the same expression but for that number;
* the last term is the same expression numbered by a count letter (n, p, d),
  the number of features.

Then the run ``θ₁x₁ + … + θₙxₙ`` is read as Σⱼ₌₁ⁿ θⱼxⱼ, with a note; terms
before the run (the intercept θ₀) stay as they are. Anything else (an ellipsis
after a minus, terms that do not follow one pattern, a run numbered from 0 or
from 2, a last term numbered by a letter that is no count) is refused with
the column of the ellipsis and a hint. Shared by both front ends; sympy-free.

A run whose last term is numbered m, the example count, and whose numbered
names are only the data x, y (``(y_1 - wx_1 - b)^2 + \\cdots + (y_m - wx_m - b)^2``,
as the 西瓜书 spells E_{(w,b)} out) is a sum over the examples instead (LaTeX).
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, NoReturn, Sequence

from . import tree

__all__ = [
    "LAST_LETTERS", "HINT", "EXAMPLE_LETTER", "EXAMPLES_HINT", "sum_of_run", "starts_at_zero", "note",
    "numbered_by_examples", "sum_over_examples", "examples_note", "typical_term", "TYPICAL_LETTERS", "typical_note",
    "past_the_typical_term",
]

#: the letters that may number the last term: the feature counts
LAST_LETTERS: frozenset[str] = frozenset("npd")

#: the letter that numbers the last term of a run over the examples: (y_m − wx_m − b)²
EXAMPLE_LETTER = "m"
EXAMPLES_HINT = "write the sum: \\sum_{i=1}^{m} (y_i - w x_i - b)^2"

HINT = "write the sum out: \\theta_0 + \\sum_{j=1}^{n} \\theta_j x_j (or theta_0 + sum_{j=1}^n theta_j x_j)"


#: how a reader refuses: fail(message, column, hint) raises InputError at the column, never returns
_Fail = Callable[[str, int, str], NoReturn]

#: a node or a field of one as the walks by field name meet it (a child, a tuple of children, a name, a span): its
#: type is the field's own, which a walk over every kind of node cannot say
_Field = Any

#: the LaTeX or the plain reader (peek, is_op, advance, note, term, source): a Protocol would have to take either
#: reader's own token type, and the readers import this module
_Reader = Any


def _shape(node: object, number: str | None, index: str) -> object:
    """``node`` without spans, with every feature index ``number`` written as ``index``."""
    if isinstance(node, tree.Variable):
        feature = index if node.feature is not None and node.feature == number else node.feature
        return ("Variable", node.name, feature, node.example)
    if isinstance(node, tree.Kronecker):
        return ("Kronecker", index if node.first == number else node.first, index if node.second == number else node.second)
    if isinstance(node, tree.Span):
        return None
    if dataclasses.is_dataclass(node):
        return (type(node).__name__,) + tuple(
            _shape(getattr(node, field.name), number, index) for field in dataclasses.fields(node) if field.name != "span"
        )
    if isinstance(node, tuple):
        return tuple(_shape(item, number, index) for item in node)
    return node


def _numbers(node: tree.Node) -> set[str]:
    """The feature indices written on the names of ``node`` (``{"2"}`` for θ₂x₂)."""
    found: set[str] = set()
    for item in tree.walk(node):
        if isinstance(item, tree.Variable) and item.feature is not None:
            found.add(item.feature)
        elif isinstance(item, tree.Kronecker):
            found.update((item.first, item.second))
    return found


def _index_for(nodes: Sequence[tree.Node]) -> str:
    """A feature index the terms do not already use."""
    used = set().union(*(_numbers(node) for node in nodes))
    for item in (node for term in nodes for node in tree.walk(term)):
        if isinstance(item, (tree.Sum,)):
            used.add(item.index)
    return next(letter for letter in ("k", "l", "j", "q", "r") if letter not in used)


def sum_of_run(
    terms: Sequence[tree.Node], last: tree.Node, ellipsis: tree.Span, fail: _Fail, *, zero_dot: bool = False
) -> tuple[int, tree.Sum, str]:
    """The run of ``terms`` (those joined by ``+`` right before the ellipsis) that ``last`` continues.

    Gives where the run starts in ``terms``, the :class:`tree.Sum` over the
    features that replaces the run and ``last``, and the count letter of
    ``last``; or calls ``fail(message, column, hint)``. With ``zero_dot``, a run
    numbered from 0 whose terms are θₖxₖ (Ng's θ₀x₀ + θ₁x₁ + ⋯ + θₙxₙ = θᵀx, x₀ = 1)
    is read over every feature too (:func:`starts_at_zero` tells the caller to say so).
    """
    if not terms:
        fail("an ellipsis needs numbered terms before it", ellipsis.start, HINT)
    letters = {number for number in _numbers(last) if not number.isdigit()}
    counts = letters & LAST_LETTERS
    if len(letters) != 1 or not counts or any(number.isdigit() for number in _numbers(last)):
        fail(
            "the term after an ellipsis must be numbered by the number of features (n, p or d): θₙxₙ",
            last.span.start,
            HINT,
        )
    letter = counts.pop()
    index = _index_for(list(terms) + [last])
    start = _run_start(terms, last, letter, index, fail, HINT)
    first = int(next(iter(_numbers(terms[start]))))
    if first == 0 and zero_dot and _parameter_times_data(last):
        first = 1  # θ₀x₀ + θ₁x₁ + ⋯ + θₙxₙ: θᵀx over every feature, x₀ = 1 among them (the caller notes it)
    if first != 1:
        fail(
            f"the terms before an ellipsis are numbered from {first}: read only numbered 1, 2, …, "
            f"with the intercept a term of its own",
            terms[start].span.start,
            HINT,
        )
    body = _renumbered(last, letter, index)
    span = tree.Span(terms[start].span.start, last.span.end)
    return start, tree.Sum("features", index, body, span), letter


def _run_start(terms: Sequence[tree.Node], last: tree.Node, letter: str, index: str, fail: _Fail, hint: str) -> int:
    """Where the run of ``terms`` numbered …, k−1, k that ``last`` (numbered ``letter``) continues starts."""
    pattern = _shape(last, letter, index)
    start = len(terms)
    expected: int | None = None
    while start > 0:
        term = terms[start - 1]
        numbers = _numbers(term)
        if len(numbers) != 1 or not next(iter(numbers)).isdigit():
            break
        number = int(next(iter(numbers)))
        if expected is not None and number != expected:
            break
        if _shape(term, str(number), index) != pattern:
            break
        expected = number - 1
        start -= 1
    if start == len(terms):
        power = _power_of_count(last, letter)
        if power is not None and _powers_before(terms):
            # θ₀ + θ₁x + θ₂x² + … + θₙxⁿ: a polynomial in one input, its features the powers of x
            fail(
                "the terms before an ellipsis and the term after it are powers of one input, θ_k x^k (a polynomial: "
                "polynomial regression's features x, x², …, xⁿ), which is not read: a power whose exponent is the "
                "term's own index is no feature here",
                power.span.start,
                POLYNOMIAL_HINT,
            )
        fail(
            "the terms before an ellipsis and the term after it do not follow one pattern in their index",
            terms[-1].span.start,
            hint,
        )
    return start


POLYNOMIAL_HINT = ("build the powers as the columns of a data matrix and write the linear model in it: X @ theta "
                   "with X[:, k] = x**k (np.vander(x, n + 1, increasing=True))")


def _power_of_count(node: tree.Node, letter: str) -> tree.Binary | None:
    """The power ``x^n`` in ``node`` whose exponent is the count ``letter`` alone, or None."""
    for item in tree.walk(node):
        if isinstance(item, tree.Binary) and item.op == "^" and isinstance(item.right, tree.Variable) \
                and item.right.name == letter and item.right.feature is None and item.right.example is None \
                and isinstance(item.left, tree.Variable):
            return item
    return None


def _powers_before(terms: Sequence[tree.Node]) -> bool:
    """Whether a term before the ellipsis holds a power of a name by a number of 2 or more (θ₂x²)."""
    return any(isinstance(item, tree.Binary) and item.op == "^" and isinstance(item.right, tree.Number)
               and item.right.text.isdigit() and int(item.right.text) >= 2 and isinstance(item.left, tree.Variable)
               for term in terms for item in tree.walk(term))


#: the letters a typical term between two ellipses is numbered by: a feature index, never a count
TYPICAL_LETTERS: frozenset[str] = frozenset("jk")


def typical_term(terms: Sequence[tree.Node], middle: tree.Node) -> bool:
    """Whether ``middle``, between two ellipses, is a typical term of the run ``terms`` end: ``… + w_j x_j + …``.

    Notes spell the run out with its general term in the middle, ``w₁x₁ + … + w_jx_j + … + w_nx_n``: the
    term numbered by a feature index (j, k) is one of those the ellipses stand for, not a term added to
    them. Only when it is numbered by that one letter and is the run's last term but for the number
    (θ₂x₂ against θ_jx_j); the caller then reads the run on to the last term after the second ellipsis.
    """
    if not terms:
        return False
    numbers = _numbers(middle)
    if len(numbers) != 1 or not numbers <= TYPICAL_LETTERS:
        return False
    letter = next(iter(numbers))
    before = _numbers(terms[-1])
    if len(before) != 1 or not next(iter(before)).isdigit():
        return False
    index = _index_for([terms[-1], middle])
    return _shape(middle, letter, index) == _shape(terms[-1], next(iter(before)), index)


def typical_note(source: str, middle: tree.Node) -> str:
    """The note of a typical term between two ellipses, passed over."""
    written = " ".join(source[middle.span.start:middle.span.end].split())
    return (f"{written} between two ellipses is the run's typical term, one of those the ellipses stand for: "
            "not a term of its own")


def past_the_typical_term(parser: _Reader, terms: list[tree.Node], last: tree.Node) -> tree.Node:
    """The run's last term, read past a typical one: ``w_1x_1 + … + w_jx_j + … + w_nx_n``.

    ``last`` is the term the parser read after the first ellipsis; where it is the run's typical term (numbered
    by the run's own letter) and a second ellipsis follows, that is noted and the term after the second ellipsis
    is read and returned. ``parser`` is the LaTeX or the plain reader: both have ``peek``, ``is_op``,
    ``advance``, ``note``, ``term`` and ``source``.
    """
    if not (typical_term(terms, last) and parser.is_op(parser.peek(), "+") and parser.peek(1).kind == "ellipsis"):
        return last
    parser.note(typical_note(parser.source, last))
    parser.advance()
    parser.advance()
    if parser.is_op(parser.peek(), "+"):
        parser.advance()
    after: tree.Node = parser.term()  # either reader's term is a tree node
    return after


def numbered_by_examples(last: tree.Node) -> bool:
    """Whether the term after an ellipsis is numbered by the example count: ``(y_m - wx_m - b)^2``."""
    return _numbers(last) == {EXAMPLE_LETTER}


def sum_over_examples(
    terms: Sequence[tree.Node], last: tree.Node, ellipsis: tree.Span, fail: _Fail
) -> tuple[int, tree.Sum]:
    """The run ``(y_1 - wx_1 - b)^2 + ⋯ + (y_m - wx_m - b)^2`` read as Σᵢ₌₁ᵐ (yᵢ − wxᵢ − b)².

    The 西瓜书's way of spelling a sum over the examples out: only the data (x, y)
    carry the number, which is the example's; the terms follow one pattern,
    numbered 1, 2, …, k, and the last is numbered m. Anything that already
    speaks of examples (a superscript (i), a sum over them), a numbered parameter
    (w₁ … wₘ would be m weights, not m examples) or a Kronecker δ is refused,
    like any run that does not follow one pattern. Gives where the run starts in
    ``terms`` and the :class:`tree.Sum` over the examples that replaces it.
    """
    from .vocabulary import DATA_VECTORS, EXAMPLE_INDEX

    run = [*terms, last]
    for item in (node for term in run for node in tree.walk(term)):
        if (isinstance(item, tree.Kronecker) or (isinstance(item, tree.Sum) and item.over == "examples")
                or (isinstance(item, tree.Variable) and item.example is not None)
                or (isinstance(item, tree.Variable) and item.feature is not None
                    and item.name not in DATA_VECTORS | {"y"})):
            fail("an ellipsis numbered by m is read only as a sum over the examples whose data alone carry the "
                 "number: (y_1 - wx_1 - b)^2 + \\cdots + (y_m - wx_m - b)^2", ellipsis.start, EXAMPLES_HINT)
    start = _run_start(terms, last, EXAMPLE_LETTER, EXAMPLE_LETTER, fail, EXAMPLES_HINT)
    if _numbers(terms[start]) != {"1"}:
        fail("the terms before an ellipsis over the examples must be numbered from 1", terms[start].span.start,
             EXAMPLES_HINT)
    body = _as_example(last, EXAMPLE_INDEX)
    return start, tree.Sum("examples", EXAMPLE_INDEX, body, tree.Span(terms[start].span.start, last.span.end))


def _as_example(node: _Field, index: str) -> _Field:
    """``node`` with the subscript m of its data written as the example index (x_m → x⁽ⁱ⁾); spans kept."""
    if isinstance(node, tree.Variable):
        return dataclasses.replace(node, feature=None, example=index) if node.feature == EXAMPLE_LETTER else node
    if isinstance(node, tuple):
        return tuple(_as_example(item, index) for item in node)
    if dataclasses.is_dataclass(node) and not isinstance(node, (tree.Span, type)):  # a node, not its class
        changes = {field.name: _as_example(getattr(node, field.name), index)
                   for field in dataclasses.fields(node) if field.name != "span"}
        return dataclasses.replace(node, **changes)
    return node


def examples_note(source: str, span: tree.Span) -> str:
    """The note of a run over the examples read as a sum."""
    written = " ".join(source[span.start:span.end].split())
    return (f"{written} is read as the sum over the examples i = 1..m of its last term, its subscript m read as "
            f"the example's i (the ellipsis continues the pattern of the numbered terms; x, y carry no feature index)")


def _parameter_times_data(node: tree.Node) -> bool:
    """Whether ``node`` is θₖxₖ (or xₖθₖ): a parameter's and the data's component, one index."""
    from .vocabulary import DATA_VECTORS, PARAMETER_VECTORS

    if not (isinstance(node, tree.Binary) and node.op == "*"
            and isinstance(node.left, tree.Variable) and isinstance(node.right, tree.Variable)):
        return False
    names = {node.left.name, node.right.name}
    return (node.left.feature == node.right.feature and len(names & PARAMETER_VECTORS) == 1
            and len(names & DATA_VECTORS) == 1)


def starts_at_zero(terms: Sequence[tree.Node], start: int) -> bool:
    """Whether the run :func:`sum_of_run` read begins at a term numbered 0 (θ₀x₀)."""
    return _numbers(terms[start]) == {"0"}


def _renumbered(node: _Field, letter: str, index: str) -> _Field:
    """``node`` with the feature index ``letter`` written ``index`` (spans kept)."""
    if isinstance(node, tree.Variable):
        return dataclasses.replace(node, feature=index) if node.feature == letter else node
    if isinstance(node, tree.Kronecker):
        return tree.Kronecker(
            index if node.first == letter else node.first, index if node.second == letter else node.second, node.span
        )
    if isinstance(node, tuple):
        return tuple(_renumbered(item, letter, index) for item in node)
    if dataclasses.is_dataclass(node) and not isinstance(node, (tree.Span, type)):  # a node, not its class
        changes = {
            field.name: _renumbered(getattr(node, field.name), letter, index)
            for field in dataclasses.fields(node)
            if field.name != "span"
        }
        return dataclasses.replace(node, **changes)
    return node


def note(source: str, span: tree.Span, letter: str) -> str:
    """The note of a run read as a sum."""
    written = " ".join(source[span.start:span.end].split())
    return (
        f"{written} is read as the sum over the features k = 1..{letter} of its last term numbered k"
        " (the ellipsis continues the pattern of the numbered terms)"
    )
