r"""A name two ``--let`` s define in one form, the second agreeing with the first: one definition, said twice.

Notes define the model once as a function of the example and then name its value at example i to write the
cost with it: ``f_{\vec w,b}(\vec x) = \frac{1}{1 + e^{-(\vec w \cdot \vec x + b)}}`` and then
``f^{(i)} = f_{\vec w,b}(\vec x^{(i)})`` (a log-loss note). The second is no second model: it is the first at
example i. Whether two definitions say one thing is decided by their values, not their spelling: each is built
as the value of the name at example i (a second that uses the name itself uses the first there), and the two are
compared term by term at random points of the data and the parameters, at several sizes of the data (once the
comparison crashed on the sum's bound i and never ran: only values built alike were read once). Agreeing, the
second is dropped (noted); differing, or where either does not build or cannot be evaluated, nothing is dropped
and the builder refuses the name defined twice, showing both lets. The notation front door calls this after the
cheaper comparisons of :func:`logderiv.notation._one_let_per_name` (the same trees, the same tree in matrix form);
a page's steps, whose definitions are --let texts built line by line, through the steps service (a
page defining h_θ(x) = g(θᵀx) and later substituting h_θ(x⁽ⁱ⁾) = 1/(1 + e^{−θᵀx⁽ⁱ⁾}) was refused as defining h
twice).
"""

from __future__ import annotations

import cmath
import dataclasses
import random
import re
from typing import TYPE_CHECKING, Any, Collection, Sequence

from ..errors import InputError
from . import tree

if TYPE_CHECKING:  # pragma: no cover
    import sympy

__all__ = ["agreeing_second", "dot_written_as_product", "products_of_scalars", "same_at_random_points", "uses_its_name"]

_Let = tuple[str, tree.Node, str]

#: the name the first definition is given while the second, which uses the name itself, is built
_FIRST = "first_definition_of_the_name"
#: the sizes the values are evaluated at (m examples, n features, the example index i, the feature index j): more
#: than one, so a value that agrees at one size only (w₁x₁ + w₂x₂ beside w·x at n = 2, 3/m at m = 3) is told
#: apart
_SIZES = ((3, 2, 2, 1), (4, 3, 1, 3), (5, 4, 5, 2))
#: how many random points must agree at each size, and how closely (relative)
_POINTS = 6
_TOLERANCE = 1e-9


def uses_its_name(name: str, let: _Let) -> bool:
    """Whether the let's value uses the name it defines (``f^{(i)} = f(x^{(i)})``: the other definition of it)."""
    return any(isinstance(node, (tree.Variable, tree.Call)) and node.name == name for node in tree.walk(let[1]))


def agreeing_second(name: str, first: _Let, second: _Let, others: Sequence[_Let],
                    parameters: Collection[str], *, first_came_first: bool = True) -> str | None:
    """The note when ``second`` defines ``name`` as ``first`` does (their values at example i agree), else None.

    ``others`` are the remaining lets (the values may use them). ``first_came_first``: False where ``second``,
    the one to drop, was given before ``first`` (a restatement written before the definition it restates).
    """
    from .builder import build_problem

    span = tree.Span(0, 0)
    # Σᵢ name⁽ⁱ⁾: the name's value at example i, inside a sum that binds i
    probe = tree.Sum(over="examples", index="i",
                     body=tree.Variable(name=name, span=span, feature=None, example="i"), span=span)
    uses_itself = uses_its_name(name, second)
    renamed = (name, _renamed(second[1], name, _FIRST), second[2])
    try:
        as_first = build_problem(probe, source=name, lets=[*others, first], parameters=parameters)
        as_second = build_problem(probe, source=name, lets=[*others, (_FIRST, first[1], first[2]), renamed]
                                  if uses_itself else [*others, second], parameters=parameters)
        agree = same_at_random_points(as_first.expand_definitions(as_first.cost),
                                      as_second.expand_definitions(as_second.cost))
    except (InputError, ValueError, TypeError, ZeroDivisionError, RecursionError):
        return None
    if not agree:
        return None
    # the let beside it came first, or (f^{(i)} = f(x^{(i)}) written before f(x) = …) it is the one that came later
    beside = "first's" if first_came_first else "other let's"
    how = (f"its value is the {beside} {name} at example i" if uses_itself
           else "the two give the same value at every example (compared at random points)")
    return (f"--let {' '.join(second[2].split())} defines {name} again, beside --let {' '.join(first[2].split())}: "
            f"{how}, so it is one definition, read once")


def dot_written_as_product(first: _Let, second: _Let) -> tuple[int, tuple[str, str]] | None:
    r"""Which of two lets of one name writes ``w x`` where the other writes ``w \cdot x``, all else alike.

    A notebook defines ``z^{(i)} = w \cdot x^{(i)} + b`` and, recalling it, ``z^{(i)} = w x^{(i)} + b`` (its prose: w
    "un escalar", x one value per example). logderiv reads ``w \cdot x`` as an inner product over features, and
    ``w x`` as the product of two numbers: compared by value, the two differ at every size but one feature. The
    writer's ``\cdot`` is the multiplication sign, as LaTeX writes it, when the other definition writes that very
    product: the two trees are one once each dot of two names is read as their product. Returns the index (0 or 1)
    of the let that writes the product, and the dot's two names; None where the trees differ otherwise, where each
    writes a dot, or where neither does.
    """
    dots = [[node for node in tree.walk(let[1]) if isinstance(node, tree.Dot)] for let in (first, second)]
    if bool(dots[0]) == bool(dots[1]):
        return None
    dotted = 0 if dots[0] else 1
    names = {(dot.left.name, dot.right.name) for dot in dots[dotted]}
    if len(names) != 1:
        return None
    if tree.shape(_products(first[1] if dotted == 0 else second[1])) != tree.shape(second[1] if dotted == 0
                                                                                    else first[1]):
        return None
    return 1 - dotted, next(iter(names))


def products_of_scalars(text: str, names: tuple[str, str], dotted: str) -> bool:
    r"""Whether the page ``text`` writes the names of :func:`dot_written_as_product` as numbers everywhere but the one
    definition ``dotted`` (its text as the page writes it): never bold, with an arrow, transposed or with a feature
    index (``\mathbf{w}``, ``\vec{x}``, ``w^T``, ``x_j``, ``x_{i,j}``, a numbered feature ``w = (w_1, w_2)``),
    and never dotted elsewhere (a line's own ``w \cdot x`` would be read as an inner product beside the definition's
    product). Bounded: one linear scan per pattern.
    """
    for name in names:
        letter = re.escape(name)
        vector = (rf"\\(?:mathbf|boldsymbol|bm|vec|overrightarrow|mathbold)\s*\{{?\s*{letter}(?![A-Za-z])"
                  rf"|\*\*\s*\$?\s*{letter}\s*\$?\s*\*\*"  # Markdown's bold **w**, the prose's vector (audit33e)
                  rf"|(?<![A-Za-z\\]){letter}\s*(?:\^\s*\{{?\s*(?:T|\\top|\\intercal|\\mathsf\s*\{{\s*T)(?![A-Za-z])|ᵀ"
                  rf"|_\s*\{{?\s*(?:[jkdnp](?![A-Za-z])|[0-9])|_\s*\{{\s*i\s*,?\s*(?:[jkdnp](?![A-Za-z])|[0-9]))"
                  rf"|(?<![A-Za-z\\]){letter}\s*\^\s*\{{\s*\(\s*i\s*\)\s*\}}\s*_\s*\{{?\s*(?:[jkdnp](?![A-Za-z])|[0-9])")
        if re.search(vector, text):
            return False
        # w, x^{(i)} \in \mathbb{R}^n: the page says the names are vectors, whatever its lines write (audit33e); a
        # bounded look back from each \in (40 characters, no '$' or '=' between): linear in the page
        if re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])[^$=\n]{{0,40}}?\\in\s*(?:\\mathbb\s*\{{?\s*R\s*\}}?"
                     rf"|ℝ|\\R(?![A-Za-z])|\\reals(?![A-Za-z]))\s*\^\s*\{{?\s*(?!1\s*\}}?(?![0-9]))[A-Za-z0-9]",
                     text):
            return False
    left, right = (re.escape(name) for name in names)
    dot = rf"(?<![A-Za-z\\]){left}\s*(?:\\cdot|·|⋅|\\bullet)\s*{right}(?![A-Za-z])"
    return len(re.findall(dot, text)) == len(re.findall(dot, dotted))


def _products(node: tree.Node) -> tree.Node:
    """``node`` with each dot of two names (:class:`tree.Dot`) written as their product."""
    if isinstance(node, tree.Dot):
        return tree.Binary(op="*", left=node.left, right=node.right, span=node.span)
    return tree.map_children(node, _products)


def _renamed(node: tree.Node, old: str, new: str) -> tree.Node:
    """``node`` with every use of the name ``old`` (a value, or a call of it on the example) named ``new``."""
    if isinstance(node, (tree.Variable, tree.Call)) and node.name == old:
        node = dataclasses.replace(node, name=new)
    return tree.map_children(node, lambda child: _renamed(child, old, new))


def same_at_random_points(first: sympy.Expr, second: sympy.Expr) -> bool:
    """Whether two built values agree at random points, at several sizes of the data; False when unsure.

    Two sums over the examples are compared term by term (the value at example i, i put as one number then
    another): equal sums say nothing of their terms (the mean prediction (1/m)Σₖ fₖ sums to what Σᵢ fᵢ does).
    Each comparison is made at three sizes (m examples, n features, the indices i ≤ m and j ≤ n), so a value that
    writes out two features (w₁x₁ + w₂x₂) or names a size (3/m) agrees at one size only and is told apart. Every
    entry of the data and the parameters, and every other letter, gets a random value, some points positive only
    (a log of a label or of a prediction), some of either sign. A value that keeps an unresolved function or sum
    after that, or is not a finite number at some point, is unsure.
    """
    import sympy

    from . import symbols

    if first == second:
        return True
    terms = [_term_at_example_i(value, symbols) for value in (first, second)]
    if terms[0] is not None and terms[1] is not None:
        first, second = terms[0], terms[1]
    chooser = random.Random(69)
    for m, n, i, j in _SIZES:
        sizes = {symbols.m: m, symbols.n: n, symbols.example_index: i, symbols.wrt_index: j}
        try:
            # both are built sympy values (never text): sympify would be a no-op, and no module may call it
            values = [value.subs(sizes).doit() for value in (first, second)]
        except Exception:  # noqa: BLE001 - a value sympy cannot put in numbers is no agreement
            return False
        if any(value.atoms(sympy.Sum) or value.atoms(sympy.core.function.AppliedUndef) for value in values):
            return False
        entries = sorted(set().union(*(value.atoms(sympy.Indexed) for value in values)), key=str)
        letters = sorted(set().union(*(value.free_symbols for value in values)) - set().union(
            *(entry.free_symbols for entry in entries)), key=str)
        for point in range(_POINTS):
            low = 0.1 if point % 2 == 0 else -1.5
            chosen = {atom: sympy.Float(chooser.uniform(low, 0.9 if low > 0 else 1.5))
                      for atom in [*entries, *letters]}
            try:
                a, b = (complex(value.xreplace(chosen).evalf()) for value in values)
            except (TypeError, ValueError, ZeroDivisionError):
                return False
            # a point where either is not a finite number tells nothing: unsure, not agreeing
            if not all(cmath.isfinite(number) for number in (a, b)):
                return False
            if abs(a - b) > _TOLERANCE * max(1.0, abs(a), abs(b)):
                return False
    return True


def _term_at_example_i(value: sympy.Expr, symbols: Any) -> sympy.Expr | None:
    """The term of a sum over the examples (Σᵢ tᵢ gives tᵢ, i free), else None."""
    import sympy

    if not isinstance(value, sympy.Sum) or value.limits[-1] != (symbols.example_index, 1, symbols.m):
        return None
    return value.function if len(value.limits) == 1 else sympy.Sum(value.function, *value.limits[:-1])
