"""Readings of what people write that are not literal: shared by both front ends, sympy-free.

Course notes count examples with ``m``, ``n``, ``N`` or ``M`` and index them with
``i``, ``n``, ``t``…; logderiv's tree knows one example count (``m``), one
example index (``i``) and one feature count (``n``). What a sum ranges over is
decided by what its index subscripts — a target, an input's prediction
(``y_n``, ``\\hat y_n``, ``h``) makes it a sum over examples, a parameter
(``\\theta_d``, ``w_d``, ``\\beta_d``) a sum over features — and the letters
are then renamed to logderiv's, with a note saying so. Where the text does not
say, the reader refuses rather than guesses.
"""

from __future__ import annotations

from typing import AbstractSet, Any, Callable, Collection, Iterator, Literal, NoReturn, Sequence, TypeGuard

from . import tree
from . import vocabulary as vocab
from .tree import Node

#: the LaTeX or the plain reader (fail, note): a Protocol would have to take either reader's own types, and the
#: readers import this module
_Reader = Any

__all__ = ["EXAMPLE_NAMES", "FEATURE_NAMES", "COUNT_LETTERS", "role_of", "rename_counts"]

#: Names whose index is the example's: targets and predictions (``y_n``, ``\hat y_n``, ``p_i``, ``a^{(i)}``).
EXAMPLE_NAMES: frozenset[str] = vocab.PER_EXAMPLE | {vocab.PREDICTION, "p", "a", "f", "H"}

#: Names whose index is a feature's: the parameters (``\theta_d``, ``w_d``, ``\beta_d``).
FEATURE_NAMES: frozenset[str] = vocab.PARAMETER_VECTORS

#: Letters that may count examples or features (the upper bound of a sum).
COUNT_LETTERS: frozenset[str] = frozenset("mnNMdDpPKT")


def role_of(name: str) -> str | None:
    """``"examples"`` when an index on ``name`` is the example's, ``"features"`` when a feature's, else None (``x``)."""
    if name in EXAMPLE_NAMES:
        return "examples"
    if name in FEATURE_NAMES:
        return "features"
    return None


def rename_counts(node: Node, mapping: dict[str, str], only: Callable[[tree.Variable], bool] | None = None) -> Node:
    """``node`` with every bare variable named in ``mapping`` renamed (``N`` → ``m``), spans kept.

    ``only``: a test a variable must pass to be renamed (an answer's written ``n``, not the ``n`` that
    ``len(w)`` reads as), or None for every one.
    """
    if not mapping:
        return node
    return _rename(node, mapping, only)


def _rename(node: Node, mapping: dict[str, str], only: Callable[[tree.Variable], bool] | None = None) -> Node:
    if isinstance(node, tree.Variable):
        if (node.name in mapping and node.feature is None and node.example is None
                and (only is None or only(node))):
            return tree.Variable(mapping[node.name], node.span)
        return node
    if isinstance(node, tree.Binary):
        return tree.Binary(node.op, _rename(node.left, mapping, only), _rename(node.right, mapping, only), node.span)
    if isinstance(node, tree.Apply):
        return tree.Apply(node.function, _rename(node.argument, mapping, only), node.span)
    if isinstance(node, tree.Call):
        return tree.Call(node.name, _rename(node.argument, mapping, only), node.span)
    if isinstance(node, tree.Negate):
        return tree.Negate(_rename(node.operand, mapping, only), node.span)
    if isinstance(node, tree.Sum):
        return tree.Sum(node.over, node.index, _rename(node.body, mapping, only), node.span)
    if isinstance(node, tree.Derivative):
        return tree.Derivative(_rename(node.body, mapping, only), node.wrt, node.span)
    if isinstance(node, tree.AxisSum):
        return tree.AxisSum(_rename(node.body, mapping, only), node.dimension, node.span)
    return node


#: how a parameter's index is shown in a note
_SHOWN = {"theta": "θ", "beta": "β", "w": "w"}
_SUBSCRIPTS = {"j": "ⱼ", "k": "ₖ", "i": "ᵢ", "l": "ₗ"}


def unindexed_range(body: Node) -> tuple[Literal["examples", "features"], str, str] | tuple[None, None, str]:
    """What a Σ written without an index (``Σ θ_j²``, ``\\sum (h - y)^2``) ranges over, from its body.

    Returns ``("examples", "i", "")`` when the body has anything per example (y,
    h, x⁽ⁱ⁾, a scalar such as z or a defined name); ``("features", letter, note)``
    when it only subscripts parameters by one letter (``θ_j²``, ``θ_j x_j``: the
    writer's sum index, as in Ng's ``λ/2m Σ θ_j²``); else ``(None, None, why)``:
    the caller refuses.
    """
    if _parameters_product_only(body):
        # sum(theta'*theta): θᵀθ is already one number (a sum over the features); code's sum of it is that number,
        # a Σ over the examples would be m times it, and the text does not say which is meant
        return None, None, ("its body θᵀθ is already one number, a sum over the features: in code sum(θᵀθ) is "
                            "that number, as a sum over the m examples it would be m times it")
    letters: dict[str, str] = {}
    data = False
    for node in _free_nodes(body):
        if _matrix_form(node):
            # sum(theta(2:end).^2), sum((X*theta - y).^2): code's sum of a vector, read in matrix form
            return "examples", vocab.EXAMPLE_INDEX, ""
        if isinstance(node, (tree.Call, tree.FunctionCall)):
            data = True
        elif isinstance(node, tree.Variable):
            if node.name in vocab.PARAMETER_VECTORS:
                if node.feature is not None and not node.feature.isdigit():
                    letters.setdefault(node.feature, node.name)
                if node.example is not None:
                    data = True
            elif node.name in vocab.DATA_VECTORS and node.feature is not None and node.example is None:
                continue  # x_j beside θ_j: decided by the parameter's letter below
            elif node.name not in vocab.CONSTANTS:
                data = True
    stray = {
        node.feature
        for node in _free_nodes(body)
        if isinstance(node, tree.Variable) and node.name in vocab.DATA_VECTORS and node.feature is not None
        and node.example is None and node.feature not in letters and not node.feature.isdigit()
    }
    if data or stray:
        return "examples", vocab.EXAMPLE_INDEX, ""
    if len(letters) == 1:
        letter, name = next(iter(letters.items()))
        shown = _SHOWN.get(name, name) + _SUBSCRIPTS.get(letter, "_" + letter)
        return "features", letter, f"Σ without an index is read over the features: its body indexes {shown}"
    if letters:
        return None, None, "its body subscripts the parameters by " + " and ".join(sorted(letters))
    return None, None, "its body has nothing indexed by an example or a feature"


def _parameters_product_only(body: Node) -> bool:
    """Whether ``body`` holds a product θᵀθ of parameter vectors and nothing per example (no data, no call)."""
    nodes = list(tree.walk(body))
    dots = [node for node in nodes if isinstance(node, tree.Dot)]
    if not dots or not all(_bare(side, vocab.PARAMETER_VECTORS) for dot in dots for side in (dot.left, dot.right)):
        return False
    return all(
        isinstance(node, tree.Variable) and (node.name in vocab.PARAMETER_VECTORS or node.name in vocab.CONSTANTS)
        and node.example is None
        or not isinstance(node, (tree.Variable, tree.Call, tree.FunctionCall))
        for node in nodes
    )


def _matrix_form(node: Node) -> bool:
    """Whether ``node`` is a whole vector or matrix (θ, X, θ(2:end), a transpose): the text is in matrix form."""
    if isinstance(node, (tree.Transpose,)) or type(node).__name__ in ("Tail", "ZeroFirst"):
        return True
    return (
        isinstance(node, tree.Variable)
        and node.feature is None
        and node.example is None
        and (node.name in vocab.PARAMETER_VECTORS or node.name == vocab.DATA_MATRIX)
    )


def _free_nodes(body: Node) -> Iterator[Node]:
    """``tree.walk(body)`` without what an inner sum binds: ``θ_k`` in ``Σ_k θ_k x_k`` is no clue to the outer Σ
    (an example index on such a name, ``x_k^(i)``, still is)."""
    stack: list[tuple[Node, frozenset[str]]] = [(body, frozenset())]
    while stack:
        node, bound = stack.pop()
        if isinstance(node, tree.Sum) and node.over == "features":
            bound = bound | {node.index}
        if isinstance(node, tree.Variable) and node.feature in bound:
            if node.example is not None:
                yield tree.Variable(node.name, node.span, None, node.example)  # x_k^(i): still per example
            continue
        yield node
        stack.extend((child, bound) for child in tree._children(node))


#: letters that, written as 1/C before a sum over the examples with no bound, count its examples (``1/N Σᵢ``)
MEAN_COUNT_LETTERS: frozenset[str] = frozenset("NMn")


def _bare(node: Node, names: Collection[str]) -> TypeGuard[tree.Variable]:
    return isinstance(node, tree.Variable) and node.name in names and node.feature is None and node.example is None


def _count_in(denominator: Node, names: Collection[str]) -> tree.Variable | None:
    """The count letter a denominator is: ``N``, ``2N``, ``2*N`` (``1/N``, ``1/(2N)``, ``λ/(2N)``), else None."""
    if _bare(denominator, names):
        return denominator
    if isinstance(denominator, tree.Binary) and denominator.op == "*":
        for number, letter in ((denominator.left, denominator.right), (denominator.right, denominator.left)):
            if isinstance(number, tree.Number) and _bare(letter, names):
                return letter
    return None


def _unsigned(node: Node) -> Node:
    while isinstance(node, tree.Negate):
        node = node.operand
    return node


def _example_sum(node: Node) -> bool:
    """Whether ``node`` is a sum over the examples, or terms that all are: ``Σᵢ a``, ``−Σᵢ a``, ``[Σᵢ a + Σᵢ b]``.

    The terms come from the matrix form, whose products over the examples are lowered one by one
    (``yᵀ log h + (1 − y)ᵀ log(1 − h)``): 1/N before them scales the whole sum over the examples.
    """
    unsigned = _unsigned(node)
    if isinstance(unsigned, tree.Binary) and unsigned.op in ("+", "-"):
        return _example_sum(unsigned.left) and _example_sum(unsigned.right)
    return isinstance(unsigned, tree.Sum) and unsigned.over == "examples"


def mean_count(
    node: Node, names: AbstractSet[str] = MEAN_COUNT_LETTERS
) -> tuple[str | None, tree.Variable | None, str]:
    """The letter that counts an unbounded sum over the examples by scaling it: ``1/N Σᵢ``, ``Σᵢ …/N``, ``λ/(2N) Σᵢ``.

    ML writers mean by ``1/N Σᵢ (yᵢ − b)²`` the mean over the N examples, as
    ``\\frac{1}{N}\\sum_{i=1}^{N}`` says with its bound. Returns ``(letter, None,
    "")`` when one letter of ``names`` does so and is written nowhere else but
    in denominators (``λ/(2N)``);
    ``(letter, node, why)`` when that letter (or ``m``) is also written in
    another role (the caller refuses at ``node``); ``(None, None, "")`` when
    no sum is so scaled.
    """
    scaling: dict[str, tree.Variable] = {}
    denominators: set[int] = set()
    for current in tree.walk(node):
        if not isinstance(current, tree.Binary):
            if isinstance(current, tree.Sum) and current.over == "examples":
                body = current.body
                if isinstance(body, tree.Binary) and body.op == "/":
                    letter = _count_in(body.right, names)
                    if letter is not None:
                        scaling.setdefault(letter.name, letter)
            continue
        if current.op == "/":
            letter = _count_in(current.right, names | {"m"})
            if letter is not None:
                denominators.add(id(letter))
                if _example_sum(current.left) and letter.name in names:
                    scaling.setdefault(letter.name, letter)
        elif current.op == "*":
            for coefficient, other in ((current.left, current.right), (current.right, current.left)):
                coefficient = _unsigned(coefficient)
                if _example_sum(other) and isinstance(coefficient, tree.Binary) and coefficient.op == "/":
                    letter = _count_in(coefficient.right, names)
                    if letter is not None:
                        scaling.setdefault(letter.name, letter)
    if not scaling:
        return None, None, ""
    if len(scaling) > 1:
        second = sorted(scaling.values(), key=lambda v: v.span.start)[1]
        return min(scaling), second, "the examples would be counted by both " + " and ".join(f"'{n}'" for n in sorted(scaling))
    count = next(iter(scaling))  # the one letter (a name, where the loop above found its nodes)
    for current in sorted(tree.walk(node), key=lambda n: getattr(getattr(n, "span", None), "start", 0)):
        if _bare(current, {count}) and id(current) not in denominators:
            return count, current, f"'{count}' is also written as a quantity of its own, not only as the count 1/{count}"
        if _bare(current, {"m"}):
            if id(current) in denominators:
                return count, current, f"the examples would be counted by both '{count}' and 'm'"
            return count, current, f"'m' is a quantity of its own here (a slope?), but {count} counts the examples and is read as m"
    return count, None, ""


def count_in_denominator(node: Node, names: Collection[str]) -> tree.Variable | None:
    """The first letter of ``names`` written as a denominator's count anywhere in ``node`` (``λ/(2N)``), else None."""
    return min(_counts_in_denominators(node, names), key=lambda v: v.span.start, default=None)


def _counts_in_denominators(node: Node, names: Collection[str]) -> list[tree.Variable]:
    """Each letter of ``names`` written as a denominator's count in ``node`` (``1/N``, ``λ/(2N)``), in walk order."""
    return [letter for current in tree.walk(node) if isinstance(current, tree.Binary) and current.op == "/"
            and (letter := _count_in(current.right, names)) is not None]


#: letters that, dividing a cost with no sum over the examples (``λ/(2N) wᵀw``), may count the examples
LONE_COUNT_LETTERS: frozenset[str] = frozenset("NM")


def lone_count(cost: Node, others: Sequence[Node], defined: Collection[str]) -> tuple[str | None, tree.Variable | None, str]:
    """The letter N that divides a cost with no sum over the examples and no m: ``λ/(2N) wᵀw`` (read as m).

    Learning From Data's weight decay λ/(2N) wᵀw is a term of an average over the
    N examples, written on its own: N is the count a sum would have named (as
    ``\\frac{1}{N}\\sum_{n=1}^{N}`` does), and read as a free constant its gradient
    λwⱼ/N would be judged with a number the text never gives. ``others`` are the
    --let values (a sum there, or an m, counts the examples too); ``defined``
    the names a --let gives, which keep their value. Returns ``(letter, None, "")``
    to read ``letter`` as m; ``(letter, node, why)`` to refuse at ``node`` (a cost
    that also writes m, N written as a quantity of its own too, or M, which
    Bishop's notes write for the number of basis functions or weights); ``(None,
    None, "")`` where this reading has nothing to say: no such letter divides, or
    a sum over the examples is there (its bound or its mean's divisor decides).
    """
    letters = LONE_COUNT_LETTERS - set(defined)
    walked = [node for root in (cost, *others) for node in tree.walk(root)]
    if any(isinstance(node, tree.Sum) and node.over == "examples" for node in walked):
        return None, None, ""
    divisors = _counts_in_denominators(cost, letters)
    if not divisors:
        return None, None, ""
    first = min(divisors, key=lambda v: v.span.start)
    count = first.name
    in_cost = sorted((node for node in tree.walk(cost) if _bare(node, letters | {vocab.EXAMPLE_COUNT})),
                     key=lambda v: v.span.start)
    if any(_bare(node, {vocab.EXAMPLE_COUNT}) for node in walked):
        where = next((node for node in in_cost if node.name == vocab.EXAMPLE_COUNT), first)
        return count, where, (f"it divides like a count (λ/(2{count})), and the texts also write m, logderiv's "
                              "count of the examples: the same number, or another?")
    if len({node.name for node in divisors}) > 1:
        second = next(node for node in divisors if node.name != count)
        return count, second, "both 'N' and 'M' divide like counts: which one counts the examples?"
    if count == "M":
        return count, first, ("it divides like a count (λ/(2M)), but with no sum to say over what: notes write M for "
                              "the number of examples, and (Bishop) for the number of basis functions or weights")
    placed = {id(node) for node in divisors}
    stray = next((node for node in in_cost if node.name == count and id(node) not in placed), None)
    if stray is not None:
        return count, stray, f"it divides like a count (λ/(2{count})) but is also written as a quantity of its own"
    return count, None, ""


#: names that hold the data or a prediction made from it: a term that uses one is one example's, or all of them
DATA_NAMES: frozenset[str] = EXAMPLE_NAMES | vocab.DATA_VECTORS | {vocab.DATA_MATRIX}


def lone_count_over_data(cost: Node, letter: str, lets: Sequence[tuple[str, Node]]) -> tree.Variable | None:
    """The count ``letter`` (read by :func:`lone_count`) where it divides a term that uses the data, else None.

    ``1/N (w x − y)²`` with no Σ (a code comment beside ``.mean()``) is either the mean over N examples with its
    sum left out or one example's loss scaled by a number N; the two have gradients N times apart, and the text
    does not say which. :func:`lone_count`'s reading is for a term with no data in it (``λ/(2N) wᵀw``). ``lets``
    (name, value): a name whose value uses the data (``y_pred = w*x``) uses it too.
    """
    data = set(DATA_NAMES)
    grew = True
    while grew:
        grew = False
        for name, value in lets:
            if name not in data and any(isinstance(node, tree.Variable) and node.name in data
                                        for node in tree.walk(value)):
                data.add(name)
                grew = True
    for term in _additive_terms(cost):
        nodes = list(tree.walk(term))
        counts = [node for node in nodes if isinstance(node, tree.Binary) and node.op == "/"
                  and (found := _count_in(node.right, {letter})) is not None]
        if counts and any(isinstance(node, tree.Variable) and node.name in data for node in nodes):
            return min((_count_in(node.right, {letter}) for node in counts),
                       key=lambda v: v.span.start if v is not None else 0)
    return None


def count_over_data_without_sum(cost: Node, lets: Sequence[tuple[str, Node]]) -> tree.Variable | None:
    """The count of the examples m where it divides a term of the data and no sum over the examples is written.

    ``1/m (w x − y)²``, or ``1/N (w x − y)²`` with ``--let 'N = len(x)'`` (respelled m before this): the count says
    the writer has every example in mind, yet no Σ (nor a mean, nor a product in matrix form) runs over them, so
    the text is the mean with its sum left out or one example's loss over m, gradients a sum apart. A sum over
    the examples anywhere (in the cost or a --let) says how the text counts, and this has nothing to add.
    """
    walked = [node for root in (cost, *(value for _, value in lets)) for node in tree.walk(root)]
    if any(isinstance(node, tree.Sum) and node.over == "examples" for node in walked):
        return None
    # n too: logderiv's count of the features, but many notes' count of the examples, and 1/n before one
    # example's (w x − y)² reads as the mean over n examples as readily; as a constant it was silent
    counts = {vocab.EXAMPLE_COUNT, vocab.FEATURE_COUNT}
    # --let 'N = n' (or 'N = m'): N is that count
    letters = sorted(counts | {name for name, value in lets if _bare(value, counts)})
    found = [node for letter in letters if (node := lone_count_over_data(cost, letter, lets)) is not None]
    return min(found, key=lambda v: v.span.start, default=None)


def count_over_data_message(letter: str) -> str:
    """Why a count (m, n, or an N read as one) dividing a term of the data with no sum over the examples is refused."""
    return (f"cannot tell what 1/{letter} means here: {letter} divides a term of the data with no sum over the "
            f"examples, which reads two ways, the mean over {letter} examples with its sum left out, or one example's "
            f"loss divided by a number {letter} (the gradient of the sum, or of its one term)")


def count_over_data_hint(letter: str, *, lone: bool = False) -> str:
    """The hint naming both readings; ``lone``: the count is a letter of no fixed meaning (N), which --let defines."""
    one = f"define {letter} with --let '{letter} = …'" if lone else "leave the count out ((w x − y)²)"
    return f"for the mean over the examples write its sum (1/{letter} Σᵢ …, or .mean() in code); for one example's loss {one}"


def _additive_terms(node: Node) -> Iterator[Node]:
    """The terms of a sum or difference, signs dropped: ``a − b + c`` gives a, b and c; anything else is one term.

    Walked with a stack, not by recursion: a flat sum of thousands of terms is as deep as it is long.
    """
    stack = [node]
    while stack:
        unsigned = _unsigned(stack.pop())
        if isinstance(unsigned, tree.Binary) and unsigned.op in ("+", "-"):
            stack += (unsigned.right, unsigned.left)  # the left popped first: the terms in their written order
        else:
            yield unsigned


def lone_count_note(letter: str) -> str:
    """The note of an N read as the example count because it divides a cost with no sum (``λ/(2N) wᵀw``)."""
    return (f"{letter} counts the examples here: read as m ({letter} divides a cost with no sum over the examples and "
            f"no m, as the weight decay λ/(2{letter}) wᵀw of an average over {letter} examples does; define "
            f"{letter} with --let if it is another number)")


def record_count(
    counts: dict[str, str], over: str, written: str, fail: Callable[[str, str | None], NoReturn]
) -> str | None:
    """For either parser: record that ``written`` bounds a sum over the examples (or features); its note, or None.

    ``counts`` maps each letter written as a bound to m or n (the rename done
    once the text is read); ``fail(message, hint)`` refuses a letter that
    would count both ranges, or a range counted by two letters. The note is
    None when the letter is logderiv's own (m for the examples, n for the features).
    """
    target = vocab.EXAMPLE_COUNT if over == "examples" else vocab.FEATURE_COUNT
    known = counts.get(written)
    if known is not None and known != target:
        fail(f"'{written}' bounds both a sum over examples and a sum over features",
             "count the examples with m and the features with n")
    for letter, meaning in counts.items():
        if meaning == target and letter != written:
            fail(f"the {over} are counted by both '{letter}' and '{written}'", None)
    counts[written] = target
    if written == target:
        return None
    if over == "examples":
        return f"{written} counts the examples here: read as m" + (
            "; the features are counted by n in the output" if written == vocab.FEATURE_COUNT else "")
    return f"{written} counts the features here: read as n"


def mean_count_note(letter: str) -> str:
    """The note of a letter read as the example count because it scales a sum with no bound (``1/N Σᵢ``)."""
    return (
        f"{letter} counts the examples here: read as m (1/{letter} before a sum over the examples with no bound"
        f" is the mean over its {letter} examples)"
        + ("; the features are counted by n in the output" if letter == vocab.FEATURE_COUNT else "")
    )


#: letters that, written as 1/C before a product over the examples in matrix form (``1/N yᵀv``), count them
#: (n is the features' count in matrix form: X is m×n)
MATRIX_MEAN_COUNT_LETTERS: frozenset[str] = frozenset("NM")


def matrix_mean_count(
    lowered: Node, defined: Collection[str]
) -> tuple[str | None, tree.Variable | None, str]:
    """The letter that counts the examples of a cost in matrix form by scaling its products over them: ``1/N yᵀv``.

    ``yᵀ log σ(Xw + b)``, ``1ᵀv`` and ‖Xθ − y‖² are sums over the examples whose count is never written,
    so ``1/N`` before them is the mean over the N examples, as before an unbounded ``Σᵢ`` (:func:`mean_count`,
    which is asked here of the cost as lowered, its products made the sums they are). ``defined`` are the
    --let names, which keep their values. Returns as :func:`mean_count` does.
    """
    return mean_count(lowered, MATRIX_MEAN_COUNT_LETTERS - set(defined))


def matrix_mean_count_note(letter: str) -> str:
    """The note of a letter read as the example count because it scales a matrix form's products over them."""
    return (f"{letter} counts the examples here: read as m (1/{letter} before a product over the examples in "
            f"matrix form, yᵀv or ‖Xθ − y‖², whose count is never written, is the mean over its {letter} examples)")


def mean_count_hint(letter: str, where: str, *, latex: bool) -> str:
    """The hint of a refused ``1/N`` before a sum with no bound: ``where`` is the name written in another role."""
    if where == vocab.EXAMPLE_COUNT and letter != vocab.EXAMPLE_COUNT:
        return (
            "logderiv names the number of examples m, so a slope called m would be one with it: "
            "call the slope another letter (w or a)"
        )
    if latex:
        return (
            f"write the sum's bound (\\sum_{{i=1}}^{{{letter}}}) if {letter} counts the examples,"
            f" or count them with m and keep {letter} for the other quantity"
        )
    return f"count the examples with m (1/m sum_i ...) and keep {letter} for the other quantity"


def first_use(node: tree.Node, letter: str) -> tree.Variable:
    """The leftmost ``letter`` written in ``node`` (where a refusal of it puts the caret)."""
    return min((n for n in tree.walk(node) if isinstance(n, tree.Variable) and n.name == letter),
               key=lambda n: n.span.start)


def settle_mean_count(
    parser: _Reader, letter: str | None, where: tree.Variable | None, why: str, *, latex: bool
) -> bool:
    """For either parser: refuse the count :func:`mean_count` could not tell (``where``), else note the one read.

    Returns whether ``letter`` is read as the number of examples.
    """
    if where is not None:
        assert letter is not None, "mean_count names a letter wherever it names a node to refuse"
        parser.fail(f"cannot tell what '{where.name}' is: {why}", where.span.start,
                    hint=mean_count_hint(letter, where.name, latex=latex))
    if letter is None:
        return False
    parser.note(mean_count_note(letter))
    return True
