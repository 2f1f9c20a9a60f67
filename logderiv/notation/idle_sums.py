r"""Sums whose index marks nothing in their terms, which carry another, free feature index: refused.

``sum_k theta_j^2``, ``Σₖ θⱼ²``, ``\sum_{i=1}^{m}\theta_j^2`` (Ng's penalty λ/(2m) Σⱼ θⱼ² with the letters
mixed, as on shuhanyu.com): read as written it is n (or m) copies of θⱼ², whose gradient is nθⱼ (mθⱼ); read
as meant it is Σⱼ θⱼ², whose gradient is θⱼ. The two differ, and a free j is also the index of ∂/∂θⱼ, so a
text may carry it on purpose: neither reading is guessed. The LaTeX front end refuses the features' form
(``\sum_{k=1}^{n}``) while parsing, with the written bound; this check sees the tree both front ends build,
so the plain, Unicode and example-index forms get the same refusal, wherever the text stands (cost, --let,
answer, a line of ``steps``).

Only bodies made of parameter components, constants and numbers are refused: a body with data in it
(``Σᵢ (h − y)² + λθⱼ²`` inside one bracket) sums something that does vary with the index. Sympy-free.
"""

from __future__ import annotations

from . import tree, vocabulary as vocab
from ..errors import InputError

__all__ = ["refuse_idle_sums"]

#: the nodes a body of parameters and constants is built from (|θⱼ| is an Apply)
_PLAIN_NODES = (tree.Number, tree.Constant, tree.Binary, tree.Negate, tree.Apply)


def refuse_idle_sums(source: str, node: tree.Node, *, latex: bool) -> None:
    """Raise InputError at the first sum over an index its terms never write, whose terms carry a free j."""
    # a loop, not recursion: a flat cost of thousands of terms is a chain thousands deep
    pending: list[tuple[tree.Node, frozenset[str]]] = [(node, frozenset())]
    while pending:
        current, bound = pending.pop()
        if isinstance(current, tree.Sum):
            free = _free_letter(current, bound)
            if free is not None:
                _refuse(source, current, free, latex)
            bound = bound | {current.index}
        pending.extend((child, bound) for child in reversed(tree._children(current)))  # leftmost first


def _free_letter(node: tree.Sum, bound: frozenset[str]) -> str | None:
    """The free feature letter of a sum's parameter-only body that never writes the sum's index, else None."""
    letters: set[str] = set()
    for current in tree.walk(node.body):
        if isinstance(current, tree.Variable):
            if current.example is not None:
                return None
            if current.name in vocab.PARAMETER_VECTORS and current.feature is not None:
                letters.add(current.feature)
            elif current.name not in vocab.CONSTANTS or current.feature is not None:
                return None  # data, a prediction, a let's name: the terms may vary with the index
        elif not isinstance(current, _PLAIN_NODES):
            return None
    if node.index in letters:
        return None
    free = sorted(letter for letter in letters if letter.isalpha() and letter not in bound)
    return free[0] if free else None


def _refuse(source: str, node: tree.Sum, free: str, latex: bool) -> None:
    count = vocab.EXAMPLE_COUNT if node.over == "examples" else vocab.FEATURE_COUNT
    index = node.index
    if latex:
        meant = f"\\sum_{{{free}=1}}^{{n}}"
    else:
        meant = f"sum_{free}"
    written = source[node.body.span.start:node.body.span.end].strip()
    raise InputError(
        f"Σ over {index} sums terms written with {free} alone ({index} marks nothing in them): the sum over "
        f"{free} of {written} (as ML notes mean a penalty, Σ_{free} θ_{free}²), or {count} copies of {written} "
        f"with {free} free (as written)? Their gradients differ ({count} times apart), so neither is guessed",
        source=source,
        column=node.span.start,
        hint=f"write {meant} with {free} in the terms for the sum over the features, "
             f"or {count} times the term for the copies",
    )
