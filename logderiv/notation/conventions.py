"""Conventions of machine-learning notes for near-ambiguous text, shared by both front ends.

Each convention reads what the writer of ML notes clearly means, where the
literal reading would be silently wrong, and comes with a note the output
shows (``read 1/2m as 1/(2m), as ML notes mean it``). Text that no convention
settles is refused with both readings named, never guessed.

* ``1/2m``, ``\\lambda/2m``, ``1/2N``: a number or λ over a number written
  against a count letter is over the whole product, 1/(2m) — never (1/2)·m.
  Any other ``a/2m`` (``x/2m``) is refused as ambiguous.
* A sum written without brackets covers the whole summand that uses its index:
  ``Σ_i y log h + (1-y) log(1-h)`` is Σᵢ [y log h + (1 − y) log(1 − h)]; a
  term that does not use the index (``+ λ/(2m) Σₖ θₖ²``) ends it.
* A derivative operator (``d/dp``, ``∂/∂θⱼ``, ``\\frac{d}{dp}``) applies to
  the whole product after it: ``∂/∂θⱼ (h − y)²`` is ∂/∂θⱼ [(h − y)²].
* A single letter right before ``(`` that is not a quantity of the text is a
  function: ``g(z)`` is the sigmoid of Ng's course, any other (``f(z)``)
  must be defined with ``--let``. Letters that are quantities (``y(1-h)``,
  ``h(1-h)``, ``m(…)``, a letter used elsewhere in the text on its own) stay
  products.

Sympy-free, like the front ends that use it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Collection, Iterable, Literal, NoReturn, Protocol, Sequence, TypeGuard

from . import tree
from . import vocabulary as vocab
from .. import patterns
from ..errors import InputError

if TYPE_CHECKING:  # a name for type checkers only: TypeIs narrows both ways (typing has it from Python 3.13)
    from typing_extensions import TypeIs

#: how the note of ``\\sum_{j=0}^{n} \\theta_j x_j`` begins (θᵀx read over every feature, x₀ = 1 among them)
ZERO_BASED_DOT = "numbered from 0, the model θ₀x₀ + ⋯ + θₙxₙ is read as θᵀx"

__all__ = [
    "COUNT_LETTERS",
    "QUANTITY_LETTERS",
    "FUNCTION_WORDS",
    "SIGMOID_LETTER",
    "SIGMOID_G_NOTE",
    "is_count_letter",
    "is_simple_numerator",
    "count_note",
    "count_factor_note",
    "half_before_count_message",
    "ambiguous_count_hint",
    "quantity_letters",
    "reads_as_function",
    "uses_index",
    "extend_open_sum",
    "sum_note",
    "spans_product",
    "derivative_note",
    "DERIVATIVE_REACH_NOTE",
    "derivative_ending_before",
    "decorated_function_note",
    "ALPHA_NOTE",
    "DESIGN_A_NOTE",
    "PHI_WRITTEN",
    "DESIGN_H_NOTE",
    "alpha_weighs_penalty",
    "alpha_as_lambda",
    "OMEGA_NOTE",
    "omega_is_w",
    "asks_omega",
    "TARGET_NOTE",
    "TARGET_BESIDE_PREDICTION_NOTE",
    "t_beside_prediction",
    "t_is_target",
    "t_is_input",
    "INPUT_T_NOTE",
    "capital_examples",
    "capital_note",
    "numbered_argument_message",
    "Token",
]



class Token(Protocol):
    """What the conventions read of a token of either front end (each reader's own class; the readers import this
    module, so it names neither). :class:`logderiv.notation.grammar.Token` extends it with the text as written."""

    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class _Parser(Protocol):
    """What :func:`join_terms` asks of the reader joining two terms (``grammar.Grammar``, which imports this module)."""

    @property
    def source(self) -> str: ...
    #: the ids of the sums written without brackets
    @property
    def bracketless(self) -> set[int]: ...
    #: the ids of the nodes written in brackets (their extents)
    @property
    def extent(self) -> Collection[int]: ...
    #: the names --let defines
    @property
    def names(self) -> Collection[str]: ...

    def outer(self, node: tree.Node) -> tree.Span: ...

    def span(self, first: tree.Node, last: tree.Node) -> tree.Span: ...

    def note(self, text: str) -> None: ...

    def fail(self, message: str, column: int | None, hint: str | None = None) -> NoReturn: ...


#: Letters that count examples or features: ``1/2m`` is 1/(2m) when the letter after the number is one.
COUNT_LETTERS: frozenset[str] = frozenset({"m", "n", "N", "M"})

#: Single letters that are quantities in ML notes: before a bracket they multiply it (``y(1-h)``).
QUANTITY_LETTERS: frozenset[str] = frozenset(
    {"a", "b", "h", "m", "n", "p", "t", "w", "x", "y", "z", "M", "N", "X", "e", "d"}
)

#: Unicode's vulgar fractions, as numerator and denominator: ``L = ½ (ŷ − y)²`` is (1/2)(ŷ − y)².
VULGAR_FRACTIONS: dict[str, tuple[str, str]] = {
    "½": ("1", "2"), "⅓": ("1", "3"), "⅔": ("2", "3"), "¼": ("1", "4"), "¾": ("3", "4"),
}

#: NumPy's scores of the examples written through the transposed data and parameters, np.dot(w.T, X.T) (with X m×n):
#: a 1-D array of m entries where w is 1-D (w.T of a 1-D w is w), a 1×m row where w is an n×1 column
_TRANSPOSED_DATA = patterns.compile(r"(?<![\w.])X\.T(?!\w)")
_TRANSPOSED_PARAMETERS = patterns.compile(r"(?<![\w.])(?:w|theta|beta)\.T(?!\w)")


def transposed_scores(text: str) -> bool:
    """Whether ``text`` writes the examples' scores through both X.T and the parameters' .T
    (``b + np.dot(w.T, X.T)``, michaelghuang19's CSE 446 code): 1-D or a 1×m row in NumPy, as w is 1-D or a column."""
    return _TRANSPOSED_DATA.search(text) is not None and _TRANSPOSED_PARAMETERS.search(text) is not None


#: A vulgar fraction, then a count letter standing alone (``½m``, ``½ m``; not ``½ mean(…)``, nor ``½m⁻¹`` and
#: ``½ m^(-1)``, 1/(2m) either way)
_FRACTION_BEFORE_COUNT = patterns.compile(r"\s*([mnNM])(?![A-Za-z0-9_(])(?!\s*[\^⁻⁰¹²³⁴⁵⁶⁷⁸⁹])")


def refuse_fraction_before_count(source: str, position: int, *, latex: bool) -> None:
    """Refuse ``½m Σᵢ (θᵀxᵢ − yᵢ)²``: the vulgar fraction at ``position`` written against a count letter.

    ½ is the fraction (1/2), so ½m is (1/2)·m by precedence; but the typed twin of ``1/2m``, which ML notes
    mean (and logderiv reads) as 1/(2m), is as likely: m/2 times a sum over the m examples is a sum scaled by
    its own count, which nobody writes. Read as (m/2)·Σ it made the mean's right gradient "different" (audit25l).
    Neither is guessed, as ``1/2 m`` is not.
    """
    count = _FRACTION_BEFORE_COUNT.match(source, position + 1)
    if count is None:
        return
    numerator, denominator = VULGAR_FRACTIONS[source[position]]
    message, hint = half_before_count_message(
        source[position:count.end()], (numerator, denominator, count.group(1)),
        f"as the fraction {source[position]} reads", latex=latex,
    )
    column = count.start(1)
    raise InputError(message + (f" (column {column + 1})" if latex else ""), source=source, column=column, hint=hint)


def half_before_count_message(written: str, parts: tuple[str, str, str], how: str, *, latex: bool) -> tuple[str, str]:
    """The refusal of a half written right before the count (``½m``, ``\\frac12m``, ``\\frac{1}{2}m\\sum…``,
    ``(1/2) m sum(…)``, ``0.5m Σ…``, ``\\frac{\\lambda}{2}m\\sum_j``): one message for every spelling.

    ``parts`` are the numerator, the denominator and the count letter; ``how`` says how the text reads as the
    product. The message and the hint: both readings are named (the caret stands at the count), and the hint writes
    each so that it says which: the mean's factor 1/(2m), or m/2 (fixhalfm: the spellings were refused or read by their brackets, one
    rule for them now).
    """
    numerator, denominator, letter = parts
    factor = "the mean's factor" if numerator[:1].isdigit() else "the penalty's factor"
    if latex:
        mean = f"\\frac{{{numerator}}}{{{denominator}{letter}}}"
        product = f"\\frac{{{letter}}}{{{denominator}}}" if numerator == "1" else \
            f"\\frac{{{numerator} {letter}}}{{{denominator}}}"
    else:
        mean = f"{numerator}/({denominator}{letter})"
        product = f"({letter}/{denominator})" if numerator == "1" else f"({numerator}*{letter}/{denominator})"
    return (f"'{written}' is ambiguous: ({numerator}/{denominator})·{letter}, {how}, or "
            f"{numerator}/({denominator}{letter}), {factor}, as {numerator}/{denominator}{letter} is read in ML notes",
            f"write {mean} for {factor}, or {product} for the product")


def bare_e_message(*, latex: bool) -> tuple[str, str]:
    """The refusal of an ``e`` standing alone, not raised to a power, where no --let defines it (session 29's final
    read: ``1/m sum(e x_j)`` was read as Euler's number times xⱼ and judged "different", though the writer means the
    error h − y). Euler's number is written raised to a power (``e^{-z}``, ``e**x``, ``np.e``) or as exp; a bare e
    multiplying a quantity is a name the text does not define. Both readings are named."""
    let = "--let 'e = h_\\theta(x) - y'" if latex else "--let 'e = h - y'"
    euler = "e^{1}" if latex else "exp(1)"
    return ("'e' stands alone, not raised to a power: Euler's number 2.718…, or a quantity named e (the error "
            "h − y)? logderiv reads e only as Euler's number raised to a power",
            f"define it with {let} if it is the error, or write {euler} for Euler's number")


#: The letter of the sigmoid in Andrew Ng's course: ``g(z) = 1/(1 + e^(-z))``.
SIGMOID_LETTER = "g"
#: What is said when an undefined g applied to a bracket is read as that sigmoid.
SIGMOID_G_NOTE = "g is read as the sigmoid g(z) = 1/(1 + e^(−z)), as in Ng's course"


def is_count_letter(text: str) -> bool:
    """Whether ``text`` is a letter that counts examples or features (``m``, ``n``, ``N``, ``M``)."""
    return text in COUNT_LETTERS


def is_simple_numerator(node: tree.Node) -> bool:
    """Whether ``node`` is what stands over ``2m`` in ML notes: numbers and λ, multiplied or negated.

    ``1/2m``, ``-1/2m``, ``\\lambda/2m``, ``3\\lambda/2m`` are; ``x/2m`` is not, and is refused.
    """
    if isinstance(node, tree.Number):
        return True
    if isinstance(node, tree.Variable):
        return node.name == "lambda" and node.feature is None and node.example is None
    if isinstance(node, tree.Negate):
        return is_simple_numerator(node.operand)
    if isinstance(node, tree.Binary) and node.op == "*":
        return is_simple_numerator(node.left) and is_simple_numerator(node.right)
    return False


def is_sum_numerator(node: tree.Node) -> bool:
    """Whether ``node`` is a sum over the examples (or its negation): ``(sum (h(x_i) - y_i)^2)/2m``.

    A sum of per-example losses over ``2m`` is the mean's 1/(2m): (Σ…/2)·m, the
    sum scaled by its own count, is what nobody writes.
    """
    if isinstance(node, tree.Negate):
        return is_sum_numerator(node.operand)
    return isinstance(node, tree.Sum) and node.over == "examples"


def count_note(written: str, numerator: str, denominator: str) -> str:
    """The note for ``1/2m`` read as 1/(2m)."""
    return f"read {written} as {numerator}/({denominator}), as ML notes mean it (not ({numerator}/{denominator[:-1]})·{denominator[-1]})"


def count_factor_note(written: str, numerator: str, letter: str, factor: str) -> str:
    """The note for ``λ/mθ_j`` read as (λ/m)·θⱼ: the count over the slash, the parameter glued to it a factor."""
    return (f"read {written} as ({numerator}/{letter})·{factor}, as ML notes mean it "
            f"(not {numerator}/({letter}·{factor}))")


def ambiguous_count_hint(numerator: str, number: str, letter: str) -> str:
    """The hint naming both readings of ``x/2m``."""
    return (
        f"it could be {numerator}/({number}{letter}) or ({numerator}/{number})·{letter}: "
        f"write {numerator}/({number}{letter}) or ({numerator}/{number}) {letter}"
    )


#: Greek letters texts use for a function (an activation, a feature map, Φ's rows φ(x)): φ(wᵀx) applies φ, as f(z)
#: does, where φ is no quantity of the text; read as φ times wᵀx it was a confident gradient of another cost (audit51)
FUNCTION_WORDS: frozenset[str] = frozenset({"phi", "varphi", "psi"})


#: the letters of a feature map φ(x): an undefined φ of the example, dotted with the weights, is its features
FEATURE_MAPS: frozenset[str] = frozenset({"phi", "varphi"})
#: how the note of φ(x⁽ⁱ⁾) read as the example's features ends (an answer or a --let is held to it: see below)
FEATURE_MAP_NOTE = ("read as the feature map, its value the example's features, the data the weights multiply: "
                    "φ(x) is shown as x")
#: x or X written in a text (x_i, \mathbf{x}, X, \vec{x}), not inside a word or a command
DATA_WRITTEN = patterns.compile(r"(?<![A-Za-z\\])[xX](?![A-Za-z])")
#: φ written in a text: \phi, \varphi, φ, ϕ, phi
_FEATURE_MAP_WRITTEN = patterns.compile(r"\\(?:var)?phi(?![A-Za-z])|[φϕ]|(?<![A-Za-z\\])phi(?![A-Za-z])")


def feature_map_read(notes: Iterable[str]) -> bool:
    """Whether the notes say a φ(x⁽ⁱ⁾) was read as the example's features (:data:`FEATURE_MAP_NOTE`)."""
    return any(note.endswith(FEATURE_MAP_NOTE) for note in notes)


def refuse_data_beside_feature_map(text: str, label: str, problem_notes: Iterable[str],
                                   own_notes: Iterable[str], lets: Sequence[str] = ()) -> None:
    """Refuse a text that writes x where another reads φ(x) as the features, or φ(x) where another writes x.

    φ(x⁽ⁱ⁾) is read as x⁽ⁱ⁾ only where its own text writes no other x; an answer (or a --let) beside it that
    writes x itself (the raw input, −2Σ(y − wᵀφ(x))x: a slip for φ(x)), or a φ(x) read so beside a cost in x,
    would be judged with the two made one: a false "equivalent". ``lets`` are the answer's own --let texts, read
    with it: its φ(x) may stand in one of them (--let 'h_i = \\theta^T\\phi(x_i)') and its x in the answer, or
    the other way round (audit27g: both were judged as one quantity, a false "equivalent").
    """
    problem, own = feature_map_read(problem_notes), feature_map_read(own_notes)
    if not problem and not own:
        return
    texts = [(label, text), *(("--let", let) for let in lets)]
    for where, written in texts:  # every text on this side beside a φ(x) read as the features: no x of its own
        if match := DATA_WRITTEN.search(_FEATURE_MAP_CALL.sub(lambda m: " " * len(m.group()), written)):
            raise InputError(
                "x is written here, but φ(x), the feature map, is read as the features "
                f"{'in the cost' if problem else 'in the answer'}: x and φ(x) would be read as one quantity",
                source=written, column=match.start(), label=where,
                hint="write the features as φ(x) here too (\\phi(x^{(i)})), or define φ with --let")
    if own and not problem:
        problem_notes = tuple(problem_notes)
        # the cost's matrix may be a letter read as X (Φ, A): named as written, not as the x it was read as
        # (fixmsg29: "the cost writes x itself" was said of a cost in Φ)
        other = "Φ" if design_matrix_note("Phi") in problem_notes else _respelled_design_letter(problem_notes)
        for where, written in texts:
            if match := _FEATURE_MAP_WRITTEN.search(written):
                if other is None:
                    raise InputError(
                        "φ(x), the feature map, is read here as the features, but the cost writes x itself: x and "
                        "φ(x) would be read as one quantity", source=written, column=match.start(), label=where,
                        hint="write the answer in the cost's x, or define φ with --let")
                spelled = "\\Phi" if other == "Φ" else other
                raise InputError(
                    f"φ(x), the feature map, is read here as the features, but the cost writes {other}, read as the "
                    f"data matrix X: whether {other}'s rows are φ(x⁽ⁱ⁾)ᵀ or the inputs x⁽ⁱ⁾ᵀ themselves is not said",
                    source=written, column=match.start(), label=where,
                    hint=f"write the answer in the cost's {other} ({spelled}^T({spelled} w - t)), or define φ with --let")


#: φ applied to a bracket with no bracket inside it but the example's mark: \phi(\mathbf{x}^{(i)}), φ(x_i)
_FEATURE_MAP_CALL = patterns.compile(
    r"(?:\\(?:var)?phi(?![A-Za-z])|[φϕ]|(?<![A-Za-z\\])phi(?![A-Za-z]))\s*\((?:[^()]|\([^()]*\))*\)")


def quantity_letters(tokens: Iterable[Token]) -> frozenset[str]:
    """The single letters a token list uses as quantities: a name token not right before ``(``.

    Tokens have ``kind`` and ``text``; this works for the tokens of both front ends.
    """
    found: set[str] = set()
    previous = None
    for token in tokens:
        if previous is not None and not (token.kind == "open" and token.text == "("):
            found.add(previous)
        previous = token.text if token.kind == "name" and (len(token.text) == 1 or token.text in FUNCTION_WORDS) \
            else None
    if previous is not None:
        found.add(previous)
    return frozenset(found)


def reads_as_function(name: str, quantities: Collection[str], names: Collection[str] = ()) -> bool:
    """Whether a single letter right before ``(`` is applied to the bracket, not multiplied by it.

    It is when the letter (or φ, ψ: :data:`FUNCTION_WORDS`) is no quantity: not one of :data:`QUANTITY_LETTERS`, not
    an index, not used elsewhere in the text on its own, and not a name of the
    vocabulary. ``f(z)`` and ``g(z)`` are applications; ``y(1-h)``, ``h(1-h)``
    and ``c(1-c)`` are products.
    """
    return (
        (len(name) == 1 and name.isascii() and name.isalpha() or name in FUNCTION_WORDS)
        and name not in QUANTITY_LETTERS
        and name not in vocab.INDEX_LETTERS
        and name not in vocab.FIXED_NAMES
        and name not in quantities
        and name not in names
    )


# --- how far a sum written without brackets reaches ---------------------------------


def uses_index(node: tree.Node, over: str, index: str, names: Collection[str] = ()) -> bool:
    """Whether ``node`` uses the index of a sum over ``over`` written with the letter ``index``.

    For a sum over examples: a per-example name (``x``, ``y``, the prediction
    ``h``, a call ``h(x)``) or a written ``^(i)``, outside any
    sum over examples of its own. For a sum over features: a name indexed by
    that letter, outside any sum of its own over the same letter.
    """
    stack = [node]
    # a name a --let defines is not evidence: its value may hold no example at all (p = λ/(2m) Σθ², c = 0.5),
    # and taking it into the sum would multiply it by m. Left outside, it is read as written outside a
    # sum (docs/notation.md, "What names mean where")
    per_example = vocab.DATA_VECTORS | vocab.PER_EXAMPLE | {vocab.PREDICTION}
    while stack:
        current = stack.pop()
        if isinstance(current, tree.Sum) and (
            (over == "examples" and current.over == "examples") or (over == "features" and current.index == index)
        ):
            continue  # binds its own index
        if over == "examples":
            if isinstance(current, tree.Call):
                return True
            if isinstance(current, tree.Variable) and (
                current.example is not None or (current.name in per_example)
            ):
                return True
        elif isinstance(current, tree.Variable) and current.feature == index:
            return True
        elif isinstance(current, tree.Kronecker) and index in (current.first, current.second):
            return True
        stack.extend(tree._children(current))
    return False


def _spine(node: tree.Node, grouped: Callable[[tree.Node], bool]) -> list[tree.Node]:
    """The nodes from ``node`` down its right edge, through products, sums and negations, not brackets."""
    path = [node]
    current = node
    while True:
        if isinstance(current, tree.Binary) and current.op in ("+", "-", "*"):
            following = current.right
        elif isinstance(current, tree.Negate):
            following = current.operand
        elif isinstance(current, tree.Sum):
            following = current.body
        elif isinstance(current, tree.Derivative):
            # ∂/∂θ_j Σ_i y_i log h + (1 − y_i) log(1 − h) (a blog differentiating its cost as written): a term after
            # the operator's bracketless Σ that uses its index joins the Σ, which the operator takes whole; read
            # otherwise, the index would stand free outside any sum, so no other reading is left
            following = current.body
        else:
            return path
        if grouped(following):
            return path
        path.append(following)
        current = following


def _rebuilt(path: list[tree.Node], at: int, replacement: tree.Node) -> tree.Node:
    """``path[0]`` with ``path[at]`` replaced, every node above it stretched to the replacement's end."""
    node = replacement
    for parent in reversed(path[:at]):
        end = max(parent.span.end, node.span.end)
        span = tree.Span(parent.span.start, end)
        if isinstance(parent, tree.Binary):
            node = tree.Binary(parent.op, parent.left, node, span)
        elif isinstance(parent, tree.Negate):
            node = tree.Negate(node, span)
        elif isinstance(parent, tree.Derivative):
            node = tree.Derivative(node, parent.wrt, span)
        else:
            assert isinstance(parent, tree.Sum), \
                "a spine runs through products, negations, derivatives and sums only (_spine)"
            node = tree.Sum(parent.over, parent.index, node, span)
    return node


def extend_open_sum(
    left: tree.Node,
    op: Literal["+", "-"],
    right: tree.Node,
    *,
    bracketless: Collection[int],
    grouped: Callable[[tree.Node], bool],
    names: Collection[str] = (),
) -> tuple[tree.Node, tree.Sum] | None:
    """``left op right`` with ``right`` taken into a sum without brackets at the end of ``left``.

    The sum is the outermost one on ``left``'s right edge (never inside
    brackets) that was written without brackets and whose index ``right``
    uses. Returns the new tree and the extended sum, or None when no such sum
    is open (``right`` then stands on its own).
    """
    if grouped(left):
        return None  # (\sum_i a_i) + b_i: the bracket closes the sum, whatever follows stands outside it
    path = _spine(left, grouped)
    for at, node in enumerate(path):
        if isinstance(node, tree.Sum) and id(node) in bracketless and uses_index(right, node.over, node.index, names):
            body = node.body
            new_body = tree.Binary(op, body, right, tree.Span(body.span.start, right.span.end))
            extended = tree.Sum(node.over, node.index, new_body, tree.Span(node.span.start, right.span.end))
            return _rebuilt(path, at, extended), extended
    return None


def open_sum_over(left: tree.Node, over: str, *, bracketless: Collection[int], grouped: Callable[[tree.Node], bool]) -> bool:
    """Whether ``left``'s right edge ends in a Σ over ``over`` written without brackets, which a later term may join."""
    return not grouped(left) and any(
        isinstance(node, tree.Sum) and id(node) in bracketless and node.over == over for node in _spine(left, grouped)
    )


def sum_note(source: str, extended: tree.Sum, body_start: int) -> str:
    """The note for a sum without brackets read over the whole summand."""
    head = source[extended.span.start:body_start].strip()
    body = source[body_start:extended.span.end].strip()
    return f"the sum without brackets is read over the whole summand that uses its index: {head} [{body}]"


# --- how far a derivative operator reaches --------------------------------------------


def spans_product(body: tree.Node, grouped: Callable[[tree.Node], bool]) -> bool:
    """Whether a derivative's body reaches past its first factor (a product, or a power of a bracket)."""
    if grouped(body):
        return False
    if isinstance(body, tree.Binary) and body.op in ("*", "/"):
        return True
    return isinstance(body, tree.Binary) and body.op == "^" and grouped(body.left)


def derivative_note(operator: str, body: str) -> str:
    """The note for a derivative operator read over the whole product after it."""
    return f"the derivative operator applies to the whole product after it: {operator} [{body.strip()}]"


#: how the note of a derivative operator without brackets that ends before a term holding its variable begins
DERIVATIVE_REACH_NOTE = "the derivative operator without brackets ends at its product"


def derivative_ending_before(parser: _Parser, left: tree.Node, op: str, right: tree.Node) -> None:
    """Note a bracketless derivative operator ending ``left`` that leaves ``right`` (holding its variable) outside.

    ``∂J/∂w = ∂/∂w (1/m) Σ (yᵢ − w xᵢ)² + λw²``: the operator takes the product after it, so λw² stands outside,
    not differentiated, though it holds w; the writer of ∂J/∂w may well mean the whole cost after it. Which is meant
    is said (noted, with the text read, ``written``), and ``steps`` asks rather than call such a line wrong.
    """
    grouped: Callable[[tree.Node], bool] = lambda node: id(node) in parser.extent  # noqa: E731
    if grouped(left):
        return
    # the walk down left's last terms first: it seldom ends in a derivative, and then the term after it (a new
    # tree at every + and − of every answer) need not be walked for one (issue 15)
    current = left
    while not isinstance(current, tree.Derivative):
        if isinstance(current, tree.Binary) and current.op in ("+", "-", "*"):
            following = current.right
        elif isinstance(current, tree.Negate):
            following = current.operand
        else:
            return
        if grouped(following):
            return
        current = following
    if any(isinstance(node, tree.Derivative) for node in tree.walk(right)):
        return
    wrt = current.wrt.name
    if grouped(current.body) or not any(isinstance(node, tree.Variable) and node.name == wrt
                                        for node in tree.walk(right)):
        return
    operator = parser.source[current.span.start:parser.outer(current.body).start].strip()
    body = parser.source[parser.outer(current.body).start:parser.outer(current.body).end].strip()
    rest = parser.source[parser.outer(right).start:parser.outer(right).end].strip()
    written = " ".join(parser.source[current.span.start:parser.outer(right).end].split())
    parser.note(f"{DERIVATIVE_REACH_NOTE} ('{written}'): read as {operator} [{body}] {op} {rest}, {rest} not "
                f"differentiated though it holds {wrt} (write {operator} [{body} {op} {rest}] for the derivative of both)")


# --- alpha as the strength of the penalty --------------------------------------------

#: What is said when α is read as λ (check reads an answer's α the same way when the cost's was).
ALPHA_NOTE = "α (alpha), the weight of the penalty, is read as λ, the regularisation strength, as scikit-learn writes it"

_ALPHA, _LAMBDA = "alpha", "lambda"


def alpha_weighs_penalty(node: tree.Node) -> bool:
    """Whether ``node`` writes the regularisation strength as α: ``||y - Xw||^2 + alpha ||w||^2``.

    It does when α is a plain scalar that multiplies (or, over a number, weighs)
    a sum over the features of a parameter's entries (``‖w‖²`` is one), and λ is
    written nowhere. α anywhere else (a learning rate, an exponent) is left as α.
    """
    if any(isinstance(n, tree.Variable) and n.name == _LAMBDA for n in tree.walk(node)):
        return False
    alphas = [n for n in tree.walk(node) if isinstance(n, tree.Variable) and n.name == _ALPHA]
    if not alphas or any(n.feature is not None or n.example is not None for n in alphas):
        return False
    return any(_weighs_penalty(n) for n in tree.walk(node))


def _factors(node: tree.Node) -> list[tree.Node]:
    """The factors of a product, numerators of a fraction included: α/2 Σ θₖ² has α and Σ θₖ²."""
    if isinstance(node, tree.Binary) and node.op == "*":
        return _factors(node.left) + _factors(node.right)
    if isinstance(node, tree.Binary) and node.op == "/" and isinstance(node.right, tree.Number):
        return _factors(node.left)
    return [node]


def _weighs_penalty(node: tree.Node) -> bool:
    if not (isinstance(node, tree.Binary) and node.op == "*"):
        return False
    factors = _factors(node)
    has_alpha = any(isinstance(f, tree.Variable) and f.name == _ALPHA for f in factors)
    transposed = {f.operand.name for f in factors if isinstance(f, tree.Transpose) and _whole_parameter(f.operand)}
    penalty = any(
        isinstance(f, tree.Sum)
        and f.over == "features"
        and any(isinstance(n, tree.Variable) and n.name in vocab.PARAMETER_VECTORS for n in tree.walk(f.body))
        or _parameter_entries_sum(f)
        or isinstance(f, tree.Dot) and _whole_parameter(f.left) and f.left == _unspanned(f.right, f.left)
        or _whole_parameter(f) and f.name in transposed  # θᵀθ in code: theta.T @ theta
        for f in factors
    )
    return has_alpha and penalty


def _whole_parameter(node: tree.Node) -> TypeGuard[tree.Variable]:
    """A parameter vector taken whole (θ, w: no entry, no example). A guard, not a ``TypeIs``: a variable may fail it."""
    return (isinstance(node, tree.Variable) and node.name in vocab.PARAMETER_VECTORS and node.feature is None
            and node.example is None)


def _parameter_entries_sum(node: tree.Node) -> bool:
    """Code's np.sum(theta**2): a sum of a parameter vector's entries alone (no data in it), one number."""
    if not isinstance(node, tree.Sum):
        return False
    variables = [n for n in tree.walk(node.body) if isinstance(n, tree.Variable)]
    return bool(variables) and all(_whole_parameter(n) for n in variables)


def _unspanned(node: tree.Node, like: tree.Node) -> tree.Node:
    """``node`` with the span of ``like``: two readings of one name compare equal whatever their columns."""
    import dataclasses

    return dataclasses.replace(node, span=like.span) if isinstance(node, tree.Variable) else node


def alpha_as_lambda(node: tree.Node) -> tree.Node:
    """``node`` with every α named λ (what :func:`alpha_weighs_penalty` allows)."""
    import dataclasses

    if isinstance(node, tree.Variable):
        return dataclasses.replace(node, name=_LAMBDA) if node.name == _ALPHA else node
    changes: dict[str, tree.Node | tuple[tree.Node, ...]] = {}
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if field.name == "span":
            continue
        if isinstance(value, tuple):
            renamed = tuple(alpha_as_lambda(item) if hasattr(item, "span") else item for item in value)
            if any(new is not old for new, old in zip(renamed, value)):
                changes[field.name] = renamed
        elif hasattr(value, "span"):
            changed = alpha_as_lambda(value)
            if changed is not value:
                changes[field.name] = changed
    # each change is for a field of this node's own, of that field's type; mypy checks the keywords against the
    # fields of every node type at once
    return dataclasses.replace(node, **changes) if changes else node  # type: ignore[arg-type]


# --- omega as the weights ------------------------------------------------------------

#: What is said when ω is read as w.
OMEGA_NOTE = "ω (omega) is read as w, the weights, as some notes write them (w is not written)"


def omega_is_w(tokens: Iterable[Token], names: Collection[str] = ()) -> bool:
    """Whether a text's ω is the weight vector w: it writes ω, no w, and no ``--let`` defines ω or w.

    Tokens have ``kind`` and ``text``; this works for the tokens of both front ends.
    """
    written = {token.text for token in tokens if token.kind == "name"}
    return "omega" in written and "w" not in written and not {"omega", "w"} & set(names)


#: --wrt omega_j, ω_j, \omega_j, ω: the weights asked for by the letter ω
_OMEGA_WRT = patterns.compile(r"\s*(?:\\?omega|ω)(?![A-Za-z])")


def asks_omega(wrt: str) -> bool:
    """Whether ``--wrt`` names ω (``omega_j``, ``ω_j``, ``\\omega_j``): the letter a result read in w is given back in."""
    return isinstance(wrt, str) and _OMEGA_WRT.match(wrt) is not None


# --- a factor 1 after a bracket -------------------------------------------------------


def trailing_one_note(written: str) -> str:
    """The note for ``(…)1``: the 1 after a bracket is a factor (the chain rule's ∂z/∂b = 1), which changes nothing."""
    return f"'{written}' is read as a product with 1: the 1 after the bracket is a factor (·1), as a chain rule writes ∂z/∂b"


# --- a document's own macros ----------------------------------------------------------

#: Prefixes of the macros documents define for a bold letter: \fw, \bx, \vw, \bfx, \bmw.
_MACRO_PREFIXES = ("bf", "bm", "f", "b", "v")


def macro_letter(name: str) -> str | None:
    """The letter a document's own macro seems to stand for (``fw`` -> ``w``), or None."""
    for prefix in _MACRO_PREFIXES:
        rest = name[len(prefix):]
        if name.startswith(prefix) and len(rest) == 1 and rest.isascii() and rest.isalpha():
            return rest
    return None


# --- W as the weights, t as the transpose ----------------------------------------------

#: What is said when LaTeX's ``w^t x`` is read as wᵀx.
SMALL_T_NOTE = "a superscript t between a vector and x is read as the transpose: w^t x is wᵀx"

#: What is said when a capital W is read as the weight vector w.
CAPITAL_W_NOTE = ("W is read as w, the weight vector: it is written only transposed before x (W^T x), "
                  "as w is, and --let does not define it")


def capital_w_is_w(tokens: Sequence[Token], names: Collection[str], transpose_end: Callable[[int], int | None]) -> bool:
    """Whether a text's ``W`` is the weight vector w: every W is transposed right before x (``W^t x_i``, ``Wᵗx``).

    ``transpose_end(k)`` is the index of the token after the transpose that follows token
    ``k``, or None when none follows. Where the text also writes w, some w must be so too
    (``e^{w^Tx_i}`` beside ``e^{W^tx_i}``), so that a matrix W of another layer
    (``w^T\\sigma(W^T x)``) is never renamed. No ``--let`` defines W or w. Tokens have
    ``kind`` and ``text``.
    """
    if {"W", "w"} & set(names) or _weights_before_a_layer(tokens, names):
        return False

    def before_x(k: int) -> bool:
        after = transpose_end(k)
        following = tokens[after] if after is not None and after < len(tokens) else None
        return following is not None and following.kind == "name" and following.text in vocab.DATA_VECTORS

    named = _left_side_arguments(tokens)  # J(W, b) = …: the parameters named, not a use of W
    capitals = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "W" and k not in named]
    lowers = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "w"]
    if not capitals or not all(before_x(k) for k in capitals):
        return False
    return not lowers or any(before_x(k) for k in lowers)


#: letters a cost may write before a function without being a network's output weights
_NOT_OUTPUT_WEIGHTS: frozenset[str] = vocab.FIXED_NAMES | {"W", "b", "h", "z", "e", "T"}


def _weights_before_a_layer(tokens: Sequence[Token], names: Collection[str]) -> bool:
    """Whether an undefined letter multiplies a function (``v·σ(W·x)``, ``v^T sigmoid(W^T x)``): a network.

    There v is the output weights and W a hidden layer's matrix, so W is not the weight vector: reading it
    as w would derive another cost with a confident result. The letter may stand after the call
    (``σ(W·x)·v``, ``tanh(Wᵀx) v``) and be Greek (``α tanh(Wᵀx)``): the same network, written otherwise.
    """
    for k, token in enumerate(tokens):
        if not _output_weights(token, names):
            continue
        after = k + 1
        while after < len(tokens) and _beside_a_product(tokens[after]):
            after += 1  # vᵀ, v^T, v \cdot: still v, before what it multiplies
        if after < len(tokens) and _calls(tokens[after]):
            return True
        before = k - 1
        while before >= 0 and _beside_a_product(tokens[before]):
            before -= 1  # σ(…)ᵀ · v: v after what it multiplies
        if before >= 0 and tokens[before].kind == "close" and _calls_before(tokens, before):
            return True
    return False


def _output_weights(token: Token, names: Collection[str]) -> bool:
    """Whether ``token`` is a letter (Latin, or a Greek word) nothing defines, as a network's output weights are."""
    return (token.kind == "name" and (len(token.text) == 1 or token.text in vocab.WORDS)
            and token.text not in _NOT_OUTPUT_WEIGHTS and token.text not in names)


def _beside_a_product(token: Token) -> bool:
    return (token.kind == "op" and token.text in ("·", "*", "^", "ᵀ", "'")
            or token.kind == "name" and token.text in ("T", "top"))


def _calls(token: Token) -> bool:
    """Whether ``token`` names a function (σ, tanh, sigmoid, …)."""
    return token.kind == "function" or token.kind == "name" and (
        token.text in vocab.FUNCTIONS or token.text in vocab.SIGMOID_NAMES)


def _calls_before(tokens: Sequence[Token], close: int) -> bool:
    """Whether the bracket closed at ``close`` holds a function's argument: ``σ(…)``."""
    depth = 0
    for k in range(close, -1, -1):
        kind = tokens[k].kind
        depth += kind == "close"
        depth -= kind == "open"
        if depth == 0:
            return k > 0 and _calls(tokens[k - 1])
    return False


#: What is said when a capital W dotted with x is read as the weight vector w.
CAPITAL_W_DOT_NOTE = ("W is read as w, the weight vector: it is written only in a dot product with one example x "
                      "(W · x), as w is, and --let does not define it")


#: What is said when \vec{W}\vec{x} is read with W the weight vector w (their dot product, as \vec{w}\vec{x} is).
#: Not one of :data:`CAPITAL_W_NOTES`: a page that writes \vec{W} in a definition writes \vec{w} elsewhere (its
#: cost), and the result stays in the cost's letter; --wrt W_j is not read as w_j for it.
CAPITAL_W_VEC_NOTE = ("W is read as w, the weight vector: \\vec marks it a vector, and it is written only right before "
                      "the vector x (\\vec{W}\\vec{x}, their dot product), as w is, and --let does not define it")


def _left_side_arguments(tokens: Sequence[Token]) -> frozenset[int]:
    """The indices of the names a left side ``J(W, b) =`` lists as its arguments (none when there is no such side)."""
    if len(tokens) < 4 or tokens[0].kind != "name" or tokens[1].kind != "open":
        return frozenset()
    k = 2
    while k < len(tokens) and (tokens[k].kind == "name" or tokens[k].kind == "op" and tokens[k].text == ","):
        k += 1
    if k + 1 < len(tokens) and tokens[k].kind == "close" and tokens[k + 1].kind == "op" and tokens[k + 1].text == "=":
        return frozenset(range(2, k))
    return frozenset()


def dot_end(tokens: Sequence[Token], k: int) -> int | None:
    """The index after the ``·`` that follows token ``k`` (``\\mathbf{W} \\cdot \\mathbf{x}``), or None."""
    if k + 1 < len(tokens) and tokens[k + 1].kind == "op" and tokens[k + 1].text == "·":
        return k + 2
    return None


CAPITAL_W_PRODUCT_NOTE = ("W is read as w, the weight vector: it is written only after the data matrix (XW) "
                          "and alone in a norm (‖W‖), as w is, and --let does not define it")


def capital_w_after_data(tokens: Sequence[Token], names: Collection[str]) -> bool:
    """Whether a text's ``W`` is the weight vector w: ``\\frac{1}{2n}\\|XW - y\\|^2 + λ\\|W\\|^2`` (jaxopt's docstrings).

    Every W stands right after the data matrix X (``XW``) or alone between norm
    bars (``‖W‖``), at least one after X; the text writes no w and no matrix of
    targets Y (``‖XW − Y‖_F``, where W is a matrix), and no --let defines W or w. A W written any other way (``W_1``, ``σ(W x)``) keeps it
    apart. Tokens have ``kind`` and ``text``.
    """
    if {"W", "w"} & set(names) or any(token.kind == "name" and token.text in ("w", "Y") for token in tokens):
        return False  # w written too, or a matrix of targets Y (‖XW − Y‖: W a matrix of weights)
    capitals = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "W"]

    def after_x(k: int) -> bool:
        return k > 0 and tokens[k - 1].kind == "name" and tokens[k - 1].text == vocab.DATA_MATRIX

    def in_norm(k: int) -> bool:
        return 0 < k < len(tokens) - 1 and tokens[k - 1].kind == "norm" and tokens[k + 1].kind == "norm"

    def bare(k: int) -> bool:
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        return following is None or following.kind not in ("op", "transpose") or following.text not in ("_", "^", "T")

    if not capitals or not any(after_x(k) for k in capitals):
        return False
    return all((after_x(k) or in_norm(k)) and bare(k) for k in capitals)


def capital_w_beside_w(tokens: Sequence[Token], names: Collection[str]) -> int | None:
    """The first ``W`` of a text that also writes the weights ``w``, where no --let defines W: else None.

    ``½(Xw − y)ᵀ(Xw − y) + ½λWᵀW``: W was read as an unknown constant, so ``Xᵀ(Xw − y)`` was called
    the gradient and ``Xᵀ(Xw − y) + λw`` was not; the writer may mean the weights in another case or
    a matrix of another layer. Neither is guessed, as for Θ beside θ. Tokens have ``kind`` and ``text``.
    """
    if "W" in names:
        return None
    written = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text in ("W", "w")]
    capitals = [k for k in written if tokens[k].text == "W"]
    if capitals and len(capitals) < len(written):
        return capitals[0]
    return None


def capital_w_listed(tokens: Sequence[Token], names: Collection[str]) -> int | None:
    """The one ``W`` of ``J(W, b) = …`` that stands only in the bracket of the name defined, in w: else None.

    ``J(W,b)=\\frac{1}{2m}\\sum(f_{\\overrightarrow{w},b}(x^{(i)})-y^{(i)})^2`` (a Vietnamese README): the
    bracket lists what the cost depends on and computes nothing, and the cost is written in w; a W of another
    layer would leave the cost constant in it, so W names those weights. Not where W is written anywhere else,
    where w is listed beside it (``J(W, w, b)``: two quantities listed), or where --let defines W.
    """
    if "W" in names:
        return None
    listed = _left_side_arguments(tokens)
    capitals = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "W"]
    lower = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "w"]
    if len(capitals) != 1 or capitals[0] not in listed or not lower or any(k in listed for k in lower):
        return None
    return capitals[0]


#: said when J(W, b)'s W is read as the weights w the cost is written in
CAPITAL_W_LISTED_NOTE = ("the W in the bracket of the name defined is read as w: the bracket lists what the cost "
                         "depends on, and the cost is written in the weights w")


#: the refusal of a W beside a w, and its hint
CAPITAL_W_BESIDE_W = ("'W' beside a lowercase w: they may be two quantities (the weights w in another case, or a "
                      "weight matrix of another layer), and nothing here says which")
CAPITAL_W_BESIDE_W_HINT = "write the weights as w throughout, or define W with --let"


#: said when a capital W in matrix form is read as the weight vector: XW, WᵀW, λW where w would stand
CAPITAL_W_VECTOR_NOTE = ("W is read as w, the n×1 weight vector: it stands where w does (XW, WᵀW, λW), and there "
                         "W is one column (one output), as the shapes ask; --let does not define it "
                         "(a matrix W of several outputs is not read)")


#: a name no one can write, passed with an answer's names when its cost's W was read as the weight vector:
#: the answer's W, where it stands as w does, is then that vector (the answer alone may not show W is one column)
WEIGHTS_IN_COST = "W(weights)"

#: said when an answer's W is read as w because its cost's was
WEIGHTS_AS_IN_COST_NOTE = "W is read as w, the n×1 weight vector, as in the cost"


def capital_w_vector(tokens: Sequence[Token], names: Collection[str], transpose_end: Callable[[int], int | None]) -> bool:
    """Whether a matrix-form text's ``W`` is the weight vector w: ``(XW - y)^T(XW - y) + λW^TW``, ``X^T(XW - y) + λW``.

    Ridge notes write the weights W beside the data matrix (arnav's, Khanal's). Every W
    stands where the vector w would: after X (``XW``), in ``WᵀW``, or bare (``λW``,
    ``J(W)``, ``∇_W``, ``dW``): never indexed, raised, called or before x. At least one
    is ``XW``, and the text says W is one column: ``WᵀW`` or a form ``(…XW…)ᵀ(…)`` is a
    number only then (for a matrix W of several outputs both are matrices), and
    ``XW − y`` with the lowercase vector y conforms only then. ``‖XW − Y‖`` alone (the
    Frobenius norm of a matrix W) is not enough. The text writes no w, and no --let
    defines W or w. Tokens have ``kind`` and ``text``; ``transpose_end(k)`` is the
    index after the transpose that follows token ``k``, or None.
    """
    if {"W", "w"} & set(names):
        return False
    written = {token.text for token in tokens if token.kind == "name"}
    if "w" in written:
        return False
    capitals = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "W"]

    def name_at(k: int, *texts: str) -> bool:
        return 0 <= k < len(tokens) and tokens[k].kind == "name" and tokens[k].text in texts

    def after_x(k: int) -> bool:
        return name_at(k - 1, vocab.DATA_MATRIX)

    def squared(k: int) -> bool:
        end = transpose_end(k)
        return end is not None and name_at(end, "W")

    def bare(k: int) -> bool:
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if following is None:
            return True
        if following.kind == "transpose" or following.kind == "op" and following.text in ("_", "^"):
            return False
        return not (following.kind == "open" or following.kind == "name" and following.text in ("x", "X"))

    if not capitals or not any(after_x(k) for k in capitals):
        return False
    if not all(squared(k) or bare(k) for k in capitals):
        return False
    if WEIGHTS_IN_COST in names or any(squared(k) for k in capitals) or "y" in written and "Y" not in written:
        return True
    return _quadratic_of_xw(tokens, transpose_end)


def weights_matrix_place(tokens: Sequence[Token]) -> int | None:
    """The index of a ``W`` written right after X (``XW``) where no convention read W as w, or None.

    There W stands as the weights do, but the text does not say it is one column: it may be a
    matrix of several outputs (``‖XW − Y‖_F``), which is refused rather than read as a number.
    """
    for k, token in enumerate(tokens[1:], start=1):
        before = tokens[k - 1]
        if token.kind == "name" and token.text == "W" and before.kind == "name" and before.text == vocab.DATA_MATRIX:
            return k
    return None


def _quadratic_of_xw(tokens: Sequence[Token], transpose_end: Callable[[int], int | None], matrix: str = "X",
                     weights: Collection[str] = ("W",)) -> bool:
    """Whether the tokens hold ``(…XW…)ᵀ(`` : a bracket holding XW, transposed and times a bracket."""
    depth_starts: list[int] = []
    for k, token in enumerate(tokens):
        if token.kind == "open" and token.text == "(":
            depth_starts.append(k)
        elif token.kind == "close" and token.text == ")" and depth_starts:
            start = depth_starts.pop()
            end = transpose_end(k)
            inside = tokens[start + 1:k]
            holds = any(a.kind == b.kind == "name" and a.text == matrix and b.text in weights
                        for a, b in zip(inside, inside[1:]))
            if holds and end is not None and end < len(tokens) and tokens[end].kind == "open":
                return True
    return False


#: said when W X in matrix form is read as wᵀX (DeepLearning.AI's Z = WX + b, X n×m); matrix_cost reads it
ROW_WEIGHTS_NOTE = (
    "W X is read as wᵀX: W is the weights w as a 1×n row and X is n×m, one example per column "
    "(DeepLearning.AI's Z = WX + b); W X conforms only so, and a matrix W of several outputs is not read"
)

#: said when code's line W[0][0] + W[1][0]*x (a (2, 1) column of the intercept and the slope) is read with W as w
CAPITAL_W_LINE_NOTE = ("W is read as w, the weights: it is written only as the entries W[0] and W[1] of the line "
                       "W[0] + W[1]*x (its intercept and slope), as w is, and no w is written")

#: the notes of a capital W read as the weight vector w
CAPITAL_W_NOTES = (CAPITAL_W_NOTE, CAPITAL_W_PRODUCT_NOTE, CAPITAL_W_VECTOR_NOTE, CAPITAL_W_DOT_NOTE,
                   ROW_WEIGHTS_NOTE, CAPITAL_W_LINE_NOTE)


def capital_wrt(wrt: str, notes: Iterable[str]) -> str | None:
    """``--wrt W_j`` where the texts read W as the weights (:data:`CAPITAL_W_NOTE`): ``w_j``, else None."""
    notes = tuple(notes)
    if not (wrt.startswith("W") and (len(wrt) == 1 or wrt[1] == "_")) or not {
            *CAPITAL_W_NOTES} & set(notes):
        return None
    return "w" + wrt[1:]


_CAPITAL_WRT = ": the text's W is the weight vector w"


def capital_wrt_note(wrt: str, read: str) -> str:
    """The note for --wrt W_j read as w_j."""
    return f"--wrt {wrt} is read as {read}{_CAPITAL_WRT}"


def is_capital_wrt_note(note: str) -> bool:
    """Whether ``note`` is :func:`capital_wrt_note`'s."""
    return note.startswith("--wrt W") and note.endswith(_CAPITAL_WRT)


# --- a design matrix by another letter ------------------------------------------------

#: Letters some notes give the design matrix (A in numerical notes, D for the data, H in UW's ridge lecture,
#: Φ in Bishop's)
DESIGN_LETTERS: tuple[str, ...] = ("A", "D", "H", "Phi")


def design_matrix_letter(tokens: Sequence[Token], names: Collection[str], transposed: Callable[[int], bool],
                         transpose_end: Callable[[int], int | None] | None = None) -> str | None:
    """The letter that names the data matrix in a text that writes no X: ``A^T(\\sigma - y)``, ``A\\theta - y``.

    Every time the letter is written it is transposed (``transposed(k)``) or multiplies a
    parameter vector written right after it, at least once transposed, inside a norm ``‖t − Φw‖`` or inside a form
    ``(y − Hw)ᵀ(y − Hw)`` (where a number H would subtract an n-vector from y); y is written (or, beside
    Bishop's Φ, his targets t), X and x are not, and no ``--let`` defines the letter or X. Tokens have ``kind`` and ``text``.
    """
    written = {token.text for token in tokens if token.kind == "name"}
    if not {"y", "t"} & written or {"X", "x"} & written or "X" in names:
        return None
    found = None
    for letter in DESIGN_LETTERS:
        places = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == letter]
        if not places or letter in names:
            continue
        if "y" not in written and letter != "Phi":
            continue  # Bishop's t for the targets goes with his Φ; another letter beside t alone is not read
        shapes = [transposed(k) or (tokens[k + 1].kind == "name" and tokens[k + 1].text in vocab.PARAMETER_VECTORS)
                  for k in places]
        quadratic = transpose_end is not None and _quadratic_of_xw(tokens, transpose_end, letter,
                                                                  vocab.PARAMETER_VECTORS)
        # ‖t − Φw‖²: inside a norm, a number times the n-vector w would be subtracted from the m-vector t
        normed = any(sum(1 for token in tokens[:k] if token.kind == "norm") % 2 == 1 for k in places)
        if all(shapes) and (any(transposed(k) for k in places) or quadratic or normed):
            if found is not None:
                return None  # two candidates: neither is read
            found = letter
    return found


def decorated_function_note(written: str, name: str) -> str:
    """The note for ``h_\\theta(x^{(i)})`` beside ``--let 'h(X) = …'``: the subscript names the parameters of the
    function the let defines, so the call is that function's, not the default model's."""
    return f"{written}(…) is the function {name} that --let defines: the subscript names its parameters"


def data_row_note(written: str) -> str:
    """The note for ``A[i,:]^T`` read as x⁽ⁱ⁾."""
    return f"{written} is read as x⁽ⁱ⁾, row i of the data matrix: the feature vector of example i"


def design_matrix_note(letter: str) -> str:
    """The note for a letter read as the data matrix X."""
    shown = {"Phi": "Φ"}.get(letter, letter)
    return (f"{shown} is read as the data matrix X (m×n, row i is x⁽ⁱ⁾ᵀ): it is transposed or multiplies the "
            "parameters, and the text writes no X or x")


#: Φ written in a text: \Phi, Φ, plain Phi
PHI_WRITTEN = patterns.compile(r"\\Phi(?![A-Za-z])|Φ|(?<![A-Za-z\\])Phi(?![A-Za-z])")


def refuse_design_phi_beside_data(text: str, label: str, problem_notes: Iterable[str],
                                  own_notes: Iterable[str]) -> None:
    """Refuse Φ read as the data matrix on one side where the other side writes the inputs x (X) themselves.

    Bishop's Φ is the design matrix of the basis functions, Φₙⱼ = φⱼ(xₙ): it is X only where φ is the identity.
    Read as X in each text that writes no X (:func:`design_matrix_letter`), an answer in Φ beside a cost in raw x
    (or an answer in X beside a cost in Φ) was judged with the two made one; beside a cost in Φ, or in φ(x) read as
    the features, Φ is the cost's own matrix and is read so. The other side's matrix may itself be a letter read
    as X (A, D, H), which the message names as written (audit28f:
    it said "the cost writes x itself" of a cost in A, and "x is written here" under an answer's A).
    """
    problem_notes, own_notes = tuple(problem_notes), tuple(own_notes)
    phi = design_matrix_note("Phi")
    mine, theirs = phi in own_notes, phi in problem_notes
    if mine and not theirs and not feature_map_read(problem_notes) and (found := PHI_WRITTEN.search(text)):
        other = _respelled_design_letter(problem_notes)
        written = "x itself" if other is None else f"{other}, read as the data matrix X too"
        raise InputError(
            f"Φ is read as the data matrix here, but the cost writes {written}: Φ is the design matrix of basis "
            "functions (Φᵢⱼ = φⱼ(x⁽ⁱ⁾), Bishop's), X only if φ is the identity, so which matrix Φ is is not said",
            source=text, column=found.start(), label=label,
            hint=f"write the answer in the cost's {other or 'X'} ({other or 'X'}^T({other or 'X'}w - y)), or write the "
            "cost in Φ too (\\|t - \\Phi w\\|^2)")
    if theirs and not mine and not feature_map_read(own_notes) and (found := DATA_WRITTEN.search(text)):
        own = _respelled_design_letter(own_notes)
        written = "x is written here" if own is None else f"{own} is read as the data matrix X here"
        raise InputError(
            f"{written}, but the cost writes Φ, read as the data matrix: Φ is the design matrix of basis "
            f"functions (Φᵢⱼ = φⱼ(x⁽ⁱ⁾), Bishop's), X only if φ is the identity, so {own or 'x'} and Φ would be read "
            "as one", source=text, column=found.start(), label=label,
            hint="write the answer in the cost's Φ (\\Phi^T(\\Phi w - t)), or the cost in X")


#: What is said when plain text's A or H is respelled as X (notation.redefined): here, where a refusal names them
DESIGN_A_NOTE = ("A multiplies the parameters in a residual with y (Aβ − y) and is otherwise only transposed: A is "
                 "the design matrix, read as X (m×n, one example per row); no text writes X and no --let defines A")
DESIGN_H_NOTE = ("H multiplies the parameters in a residual with y (y − Hw) and is otherwise only transposed: H is "
                 "the feature matrix (UW's regression course writes it so), read as X (m×n, one example per row); no "
                 "text writes X and no --let defines H")


def _respelled_design_letter(notes: Sequence[str]) -> str | None:
    """The letter other than X and Φ that a text's notes say was read as the data matrix (A, D, H), if any.

    The LaTeX reader's notes, and redefined's for a cost in A or H respelled alone (beside a Φ it respells neither);
    a lower-case x it respells is x as written.
    """
    said = {DESIGN_A_NOTE: "A", DESIGN_H_NOTE: "H",
            **{design_matrix_note(letter): letter for letter in DESIGN_LETTERS if letter != "Phi"}}
    return next((said[note] for note in notes if note in said), None)


# --- a primed data matrix ------------------------------------------------------------

#: What is said when LaTeX's X' (a primed name, not a transpose) is read as the data matrix.
PRIMED_MATRIX_NOTE = (
    "X' is read as X, the data matrix: in LaTeX a prime names a variant of X (such as X with a column of ones), "
    "and logderiv's X has a column for every parameter, the intercept's too"
)


# --- a bold sigma: the vector of predictions ------------------------------------------


def sigma_vector_note(written: str) -> str:
    """The note for ``\\boldsymbol{\\sigma}`` with no argument, read in a matrix answer."""
    return (f"{written} with no argument is read as the m×1 vector of the cost's predictions σ(…⁽ⁱ⁾), "
            "one per example")


# --- the all-ones vector ------------------------------------------------------------


def ones_note(written: str) -> str:
    """The note for ``\\mathbf{1}`` read entry by entry: 1 in each."""
    return f"{written} is the all-ones vector: read as 1 in each entry (b{written} is b added to every example)"


def octave_ones_note(written: str, shape: str) -> str:
    """The note for Octave's ``ones(1, m)``/``ones(m, 1)`` read as the all-ones vector of the examples."""
    return (f"read as Octave: {written} is the {shape} vector of ones, one per example: 1 in each entry, exact only "
            "beside a vector of that shape (Octave would broadcast a row beside a column to an m×m matrix)")


def octave_ones_like_note(written: str, of: str, shape: str) -> str:
    """The note for Octave's ``ones(size(v))`` read as the ones of v's shape, v a vector of the examples."""
    return f"read as Octave: {written} is the array of ones of {of}'s shape ({shape} here): 1 in each entry"


def transposed_one_note(written: str) -> str:
    """The note for ``1^T(…)``: a number has no transpose, so the 1 is the all-ones vector in plain type."""
    return f"'{written}' is read as 𝟏ᵀ, the all-ones vector transposed: a number has no transpose (\\mathbf{{1}} in plain type)"


def ones_sum_note(written: str) -> str:
    """The note for ``\\mathbf{1}^\\top v`` read as the sum of v's entries over the examples."""
    return f"{written} is read as a sum over the examples: the all-ones vector times a vector adds its entries, Σᵢ vᵢ"


# --- a gradient by no named parameters -------------------------------------------------


_UNNAMED_GRADIENT = " names no parameters: read as the gradient by the cost's parameters, those --wrt names"


def unnamed_gradient_note(written: str) -> str:
    """The note for ``\\nabla\\ell =`` that names no parameters: the gradient checked is by --wrt's."""
    return written + _UNNAMED_GRADIENT


def is_unnamed_gradient_note(note: str) -> bool:
    """Whether ``note`` is :func:`unnamed_gradient_note`'s (the answer's left side names the gradient)."""
    return note.endswith(_UNNAMED_GRADIENT)


# --- t as the target -----------------------------------------------------------------

#: What is said when t is read as y.
TARGET_NOTE = "t is read as y, the target of each example (Bishop's and CSC's notation: y is not written)"


#: The data matrix's letters beside which a bare t is the targets' vector: X, and Bishop's Φ (his t's own partner)
_DATA_MATRICES_BESIDE_T = ("X", "Phi")


def t_is_target(tokens: Sequence[Token], names: Collection[str], scripted: Callable[[int], bool]) -> bool:
    """Whether a text's ``t`` is the target y: ``t_n``, ``t^{(i)}`` carry the example (or a bare t stands beside the
    data matrix X or Bishop's Φ, the targets' vector), and y is written nowhere.

    ``scripted(k)`` says whether token ``k`` carries a script (the front ends differ).
    No ``--let`` may define t or y. Tokens have ``kind`` and ``text``.
    """
    if {"t", "y"} & set(names):
        return False
    if any(token.kind == "name" and token.text == "y" for token in tokens):
        return False
    found = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "t"]
    if any(scripted(k) for k in found):
        return True
    # t bare beside the data matrix X, (t − Xβ)ᵀ(t − Xβ): in matrix form t − Xβ makes t the m×1 vector of targets.
    # Read as one constant subtracted from every entry, the right −2Σ(tᵢ − βᵀxᵢ)xᵢⱼ was judged 'different'
    # (audit30). Bishop's Φ is his data matrix beside his t (‖t − Φw‖², design_matrix_letter reads Φ only so;
    # a Φ it does not read is refused), so the same holds there: left a constant, t was then refused as written
    # bare beside bare data. Not a t after ^ (a transpose mark, or an iterate's θ^{(t)}), nor beside Y (the labels'
    # capital)
    return bool(found) and any(token.kind == "name" and token.text in _DATA_MATRICES_BESIDE_T
                               for token in tokens) and not any(
        token.kind == "name" and token.text == "Y" for token in tokens) and not any(
        _after_a_caret(tokens, k) for k in found)


def _after_a_caret(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` opens a superscript: right after ``^``, or after ``^`` and brackets (``^{(t)}``)."""
    k -= 1
    while k >= 0 and tokens[k].text in ("(", "{"):
        k -= 1
    return k >= 0 and tokens[k].text == "^"


#: What is said when t is the target and y the model's prediction, both written (Bishop, CSC321)
TARGET_BESIDE_PREDICTION_NOTE = (
    "t is read as y, the target of each example, and y as h, the model's prediction for it "
    "(Bishop's and CSC321's notation: y is the model's output, t the target)"
)


def t_beside_prediction(tokens: Sequence[Token], names: Collection[str], scripted: Callable[[int], bool],
                        called: Callable[[int], bool]) -> bool:
    r"""Whether a text writes t as the target beside y as the prediction: ``t_n \ln y_n``, ``(y^{(i)} - t^{(i)})``.

    t carries the example somewhere; every y carries it too and none is called
    (y(x, w) is read elsewhere); h is written nowhere, and no ``--let`` defines t, y or h.
    ``scripted(k)``/``called(k)`` say whether token ``k`` carries an example's script / is called.
    """
    if {"t", "y", "h"} & set(names):
        return False
    ys = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "y"]
    if not ys or any(token.kind == "name" and token.text == "h" for token in tokens):
        return False
    if not all(scripted(k) and not called(k) for k in ys):
        return False
    ts = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "t"]
    if any(_feature_of_the_model(tokens, k) for k in ts) and not _square_expanded(tokens, ys, ts):
        return False
    return any(scripted(k) for k in ts)


#: What is said when t is read as x (:func:`t_is_input`).
INPUT_T_NOTE = ("t is read as x, the input of each example: the model multiplies it by its coefficients or raises it "
                "to a power (a t² + b t + c), as no target is, and y, standing alone in the residual, is the target")


def t_is_input(tokens: Sequence[Token], names: Collection[str], scripted: Callable[[int], bool]) -> bool:
    r"""Whether a text's ``t`` is the input x: ``(a t_i^2 + b t_i + c - y_i)^2``, a fit of the labels y in the time t.

    t carries the example and some t is a feature of the model (a coefficient times it, or a power of it,
    :func:`_feature_of_the_model`); y is written with the example's script; x is written nowhere (nor X), and no
    ``--let`` defines t, x or y. Bishop's t (t_n − y_n, t_n ln y_n) is never multiplied by a coefficient, and is
    read by :func:`t_beside_prediction`.
    """
    if {"t", "x", "y", "h"} & set(names):
        return False
    if any(token.kind == "name" and token.text in ("x", "X", "h") for token in tokens):
        return False
    ys = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "y"]
    ts = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "t"]
    if not ts or not all(scripted(k) for k in ts) or not all(scripted(k) for k in ys):
        return False
    # yₙ², 2yₙtₙ: a square expanded, ½Σ(yₙ − tₙ)² = ½Σ(yₙ² − 2yₙtₙ + tₙ²), Bishop's t the target beside the
    # model's output y (audit30b: its tₙ² read t as x on that side alone); a fit's label stands alone in its residual
    if _square_expanded(tokens, ys, ts):
        return False
    return any(_feature_of_the_model(tokens, k) for k in ts)


def _square_expanded(tokens: Sequence[Token], ys: Sequence[int], ts: Sequence[int]) -> bool:
    """Whether y is squared or multiplied by t (yₙ², yₙtₙ, tₙyₙ): ½Σ(yₙ − tₙ)² expanded, whose tₙ² is no feature."""
    def after(k: int) -> str:
        at = _past_the_script(tokens, k)
        return tokens[at].text if at < len(tokens) else ""

    return any(after(k) in ("^", "t", "y") for k in ys) or any(after(k) == "y" for k in ts)


def _past_the_script(tokens: Sequence[Token], at: int) -> int:
    """The index of the token after a name's subscript (``t_i``, ``t_{i}``), or after the name where it has none."""
    k = at + 1
    if k < len(tokens) and tokens[k].kind == "op" and tokens[k].text == "_":
        k += 1
        if k < len(tokens) and tokens[k].kind == "lbrace":
            while k < len(tokens) and tokens[k].kind != "rbrace":
                k += 1
        k += 1
    return k


#: the letters a model's coefficients are named by in a polynomial or line fitted to (tᵢ, yᵢ): a tᵢ² + b tᵢ + c
_COEFFICIENTS = frozenset({"a", "b", "c", "w", "theta", "beta"})


def _feature_of_the_model(tokens: Sequence[Token], at: int) -> bool:
    r"""Whether the t at ``at`` is the model's input, not Bishop's target: a coefficient times it (``b t_i``), or a
    power of it (``t_i^2``). A target stands alone in the residual (t_n − y_n) or before the log (t_n ln y_n); a
    quantity the fit multiplies by its coefficients or raises to a power is what the model is a function of (a
    rocket's height y fitted as a t² + b t + c in the time t)."""
    before = tokens[at - 1] if at > 0 else None
    # not a sum's index (sum_c t_c log(y_c): the classes' c, after the '_' of sum_c, is no coefficient)
    subscript = at > 1 and tokens[at - 2].kind == "op" and tokens[at - 2].text == "_"
    if before is not None and before.kind == "name" and before.text in _COEFFICIENTS and not subscript:
        return True
    # t_i^2, t_{i}^{2}: the script, then a power
    k = _past_the_script(tokens, at)
    scripted = k > at + 1
    return scripted and k < len(tokens) and tokens[k].kind == "op" and tokens[k].text == "^"


#: letters that name a function when raised to −1 before a bracket: the inverse link g⁻¹(θᵀx) of GLM notes
INVERSE_FUNCTION_NAMES: frozenset[str] = frozenset({"g", "f", "G", "F", "phi", "psi"})


def inverse_function(base: tree.Node, exponent: tree.Node) -> str | None:
    """The function's name when ``base^exponent`` is ``g^{-1}``, ``f^-1``, ``f⁻¹`` (to be refused before a bracket)."""
    if not (isinstance(base, tree.Variable) and base.name in INVERSE_FUNCTION_NAMES
            and base.feature is None and base.example is None):
        return None
    if isinstance(exponent, tree.Negate) and isinstance(exponent.operand, tree.Number) and exponent.operand.text == "1":
        return base.name
    return None


def inverse_function_hint(name: str) -> str:
    """What to write instead of an inverse function ``g⁻¹(…)``."""
    return (
        f"{name}⁻¹ is an inverse function, which logderiv does not read: write the function itself "
        f"(for the logistic link g⁻¹(z) is the sigmoid: sigmoid(theta^T x)), or define it with --let \"mu(z) = ...\""
    )


def one_over_one(left: tree.Node, right: tree.Node) -> bool:
    """Whether ``left / right`` is ``1/1``: before ``+ e^(-z)`` a bracket is missing (the sigmoid 1/(1+e^(−z)))."""
    return isinstance(left, tree.Number) and isinstance(right, tree.Number) and left.text == right.text == "1"


def over_one(right: tree.Node) -> bool:
    """Whether a division's denominator is the number 1: ``(1-y)/1-a``, before a ``+``/``-``, has lost a bracket.

    Dividing by 1 changes nothing, so nobody writes it on purpose: ``(1-y)/1-a`` is the cross-entropy's
    (1 − y)/(1 − a) with its brackets dropped, as ``1/1+e^(-z)`` is the sigmoid's (found by hunt5: read
    literally, a right answer was called different).
    """
    return isinstance(right, tree.Number) and right.text == "1"


def over_one_message(numerator: str, sign: str, rest: str) -> tuple[str, str]:
    """The refusal of ``numerator/1 ± rest`` and its hint (see :func:`over_one`)."""
    return (f"'{numerator}/1{sign}{rest}' is ambiguous: dividing by 1 changes nothing, so it reads as "
            f"{numerator} {sign} {rest}; a bracket seems to be missing",
            f"write {numerator}/(1{sign}{rest}), or {numerator} {sign} {rest} without the /1")


def bracket_after_denominator(right: tree.Node, bracket_follows: bool) -> bool:
    """Whether ``…/a(1 - a)`` or ``…/a (1 - a)`` writes a bracket right after a slash's denominator: refused.

    ``(a - y)/a(1 - a)`` is DeepLearning.AI's dz simplified, meant as (a − y)/(a(1 − a)); read left to right
    it is ((a − y)/a)(1 − a), and a right answer was called different (hunt5; with a space, audit14). A
    count before its bracket stays left to right (``1/m (h - y)``: the mean's 1/m times the bracket, as ML
    notes write it), and so do a number and a bracketed denominator (``1/2 (h-y)^2``, ``1/(2m)(h-y)^2``),
    whose end is written, and factors that are not brackets (``y/σ(z) σ(z)(1 − σ(z))``, as the docs write
    it). ``bracket_follows`` says that an opening bracket comes next, of any kind: ``a [1 - a]``, ``a{1 - a}``,
    ``a\\{1 - a\\}`` and ``a\\bigl(1 - a\\bigr)`` are the same slip (fuzzfix: read left to right, each
    called a right dz different). A power on the denominator (``(a - y)/a^2(1 - a)``) leaves the same two
    readings, so its base decides.
    """
    if not bracket_follows:
        return False
    while isinstance(right, tree.Binary) and right.op == "^":
        right = right.left
    if isinstance(right, tree.Variable):
        return not is_count_letter(right.name)
    return isinstance(right, (tree.Apply, tree.Call))


def denominator_bracket_message(numerator: str, denominator: str, bracket: str) -> tuple[str, str]:
    """The refusal of ``numerator/denominator(bracket)`` and its hint (see :func:`bracket_after_denominator`)."""
    return (f"'{numerator}/{denominator}{bracket}' is ambiguous: {numerator}/({denominator}{bracket}), the "
            f"product as the denominator, or ({numerator}/{denominator})·{bracket}",
            f"write {numerator}/({denominator}{bracket}) or {numerator}/{denominator} * {bracket}")


def numbered_argument_message(call: str, name: str, datum: str) -> tuple[str, str]:
    """The refusal of ``h(x_1)``, ``h(x_j)``: a defined name before the data numbered by no example index, and its hint.

    Read as a product it was h·x₁, silently (audit19: ``(h(x_1) - y_1)^2 + \\cdots + (h(x_m) - y_m)^2`` derived the
    gradient of Σ(h·xᵢ − yᵢ)²); the writer means h at the first example, or at a feature: which one is not
    written, so neither is picked.
    """
    return (f"'{call}' is ambiguous: {name} at {datum} (the prediction for one example, or at a feature) or "
            f"{name} times {datum}",
            f"write {name}(x^(i)) inside the sum over the examples i for the prediction, or {name} * {datum} "
            f"for a product")


# --- capital X_i and Y_i as the example ----------------------------------------------

_CAPITALS = {"X": "x", "Y": "y"}


def capital_examples(tokens: Sequence[Token], names: Collection[str], scripted: Callable[[int], bool]) -> dict[str, str]:
    """Which capitals are the example and its label: ``X_i``, ``Y_i``, ``X^{(i)}`` -> ``{"X": "x", "Y": "y"}``.

    A capital is when every time it is written it carries the example index
    (``scripted(k)``: so X is never the whole data matrix), the lowercase letter is
    written nowhere, and no ``--let`` defines either. Tokens have ``kind`` and ``text``.
    """
    found = {}
    for capital, lower in _CAPITALS.items():
        if {capital, lower} & set(names):
            continue
        places = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == capital]
        if (
            places
            and all(scripted(k) for k in places)
            and not any(token.kind == "name" and token.text == lower for token in tokens)
        ):
            found[capital] = lower
    return found


def capital_note(capital: str, superscript: bool = False) -> str:
    """The note for a capital read as the example (X_i, X^{(i)}) or its label (Y_i)."""
    written = capital + ("^{(i)}" if superscript else "_i")
    if capital == "X":
        return (f"{written} is read as x^{{(i)}}, the i-th example "
                "(X is written only with the example index, never as the data matrix)")
    return f"{written} is read as y^{{(i)}}, the label of example i (y is not written)"


def _is_sign(op: str) -> TypeIs[Literal["+", "-"]]:
    """Whether ``op`` is a sum's sign, as the operators terms are joined by are."""
    return op in ("+", "-")


def join_terms(parser: _Parser, left: tree.Node, op: str, right: tree.Node) -> tree.Node:
    """``left op right``, or ``right`` taken into a bracketless sum that ends ``left`` (noted), for either parser.

    ``parser`` is a plain-notation or LaTeX parser: it keeps the ids of the
    bracketless sums (``bracketless``) and of bracketed nodes (``extent``), the
    defined names, spans, and notes.
    """
    assert _is_sign(op), "terms are joined by + and - only (grammar.expression, the readers' sums)"
    extended = extend_open_sum(
        left, op, right, bracketless=parser.bracketless, grouped=lambda node: id(node) in parser.extent, names=parser.names
    )
    if extended is None:
        derivative_ending_before(parser, left, op, right)
        if op == "+":
            refuse_negated_first_half(parser, _last_term(parser, left), right)
        if op == "-" and _halves(left, right):
            written = parser.source[parser.outer(left).start:parser.outer(right).end].strip()
            parser.note(f"{written} is read as written, but it is not the cross-entropy: its two terms have opposite "
                        "signs (the cross-entropy is −[y log(p) + (1 − y) log(1 − p)])")
        return tree.Binary(op, left, right, parser.span(left, right))
    node, summed = extended
    parser.bracketless.add(id(summed))
    assert isinstance(summed.body, tree.Binary)
    if op == "+":
        refuse_negated_first_half(parser, summed.body.left, right)
    if op == "-" and _halves(summed.body.left, right):
        # -\frac{1}{m}\sum y\log\hat y - (1-y)\log(1-\hat y): the minus before Σ was surely meant for both terms
        parser.fail(
            "without brackets this sum reads y log(p) − (1 − y) log(1 − p): not the cross-entropy, whose two terms "
            "have one sign; the minus before the sum may be meant for both terms, or the sum may stop after the first",
            right.span.start,
            hint="write the brackets for the cross-entropy: -sum [y log(p) + (1-y) log(1-p)]",
        )
    parser.note(sum_note(parser.source, summed, parser.outer(summed.body.left).start))
    return node


def _last_term(parser: _Parser, node: tree.Node) -> tree.Node:
    """The last term of the unbracketed sum ``node`` ends with, its sign kept (``a − y log p`` → −y log p)."""
    if isinstance(node, tree.Binary) and node.op in ("+", "-") and id(node) not in parser.extent:
        return tree.Negate(node.right, node.right.span) if node.op == "-" else node.right
    return node


def _signed_factors(node: tree.Node) -> tuple[list[tree.Node], bool]:
    """``node``'s factors through products, minus signs, transposes (yᵀ is y) and sums, and whether it is negated."""
    if isinstance(node, tree.Negate):
        factors, negated = _signed_factors(node.operand)
        return factors, not negated
    if isinstance(node, tree.Binary) and node.op == "*":
        left, left_negated = _signed_factors(node.left)
        right, right_negated = _signed_factors(node.right)
        return left + right, left_negated != right_negated
    if isinstance(node, tree.Transpose):
        return [node.operand], False
    if isinstance(node, tree.Sum):  # −(1/m)Σᵢ yᵢ log hᵢ + (1/m)Σᵢ (1 − yᵢ) log(1 − hᵢ): each half summed on its own
        return _signed_factors(node.body)
    return [node], False


def _scale(node: tree.Node) -> bool:
    """Whether ``node`` is a number or a count (1/m, 1/2N, 2): a scale, not a quantity of the loss."""
    return all(isinstance(part, (tree.Number, tree.Negate)) or (isinstance(part, tree.Binary) and part.op in "*/")
               or (isinstance(part, tree.Variable) and part.name in ("m", "n", "N", "M"))
               for part in tree.walk(node))


def refuse_negated_first_half(parser: _Parser, first: tree.Node, second: tree.Node) -> None:
    """Refuse ``−y log(p) + (1 − y) log(1 − p)``: the cross-entropy's minus written before its first term only.

    Read as written, the two terms have opposite signs, a cost no note means (its gradient is not the
    cross-entropy's); the writer dropped the brackets of −[y log p + (1 − y) log(1 − p)], as
    ``-\\frac{1}{m} y^T\\log\\sigma(Xw) + (1-y)^T\\log(1-\\sigma(Xw))`` does, or the second sign is a slip.
    Neither is picked.
    """
    first_factors, first_negated = _signed_factors(first)
    second_factors, second_negated = _signed_factors(second)
    for factor in first_factors:
        first_negated ^= sum(isinstance(part, tree.Negate) for part in tree.walk(factor)) % 2 == 1 and _scale(factor)
    if not first_negated or second_negated:
        return
    first_core = [factor for factor in first_factors if not _scale(factor)]
    second_core = [factor for factor in second_factors if not _scale(factor)]
    if len(first_core) != 2 or len(second_core) != 2:
        return
    # yᵀ log(σ(Xw)) is y·log(σ(Xw)) for the shape test: rebuild each half as one product of its two factors
    halves = [tree.Binary("*", core[0], core[1], tree.Span(core[0].span.start, core[1].span.end))
              for core in (first_core, second_core)]
    if not _halves(halves[0], halves[1]):
        return
    written = parser.source[parser.outer(first).start:parser.outer(second).end].strip()
    parser.fail(
        f"'{written}' has the cross-entropy's minus before its first term only: read as written its two terms have "
        "opposite signs, which is not the cross-entropy −[y log(p) + (1 − y) log(1 − p)]; the brackets after the "
        "minus may have been dropped, or the second sign may be a slip",
        second.span.start,
        hint="write the brackets for the cross-entropy: -[y log(p) + (1-y) log(1-p)], or -y log(p) - (1-y) log(1-p)",
    )


def _halves(first: tree.Node, second: tree.Node) -> bool:
    """Whether ``first`` and ``second`` are the cross-entropy's two terms in either order ((1 − y) log(1 − p) first)."""
    return cross_entropy_terms(first, second) or cross_entropy_terms(second, first)


def cross_entropy_terms(first: tree.Node, second: tree.Node) -> bool:
    """Whether ``first`` is y·log(p) and ``second`` (1 − y)·log(1 − p), of one p: the cross-entropy's two terms."""
    shape = tree.shape

    def split(term: tree.Node) -> tuple[tree.Node, tree.Node] | None:
        if isinstance(term, tree.Binary) and term.op == "*":
            for factor, other in ((term.left, term.right), (term.right, term.left)):
                if isinstance(other, tree.Apply) and other.function == "log":
                    return factor, other.argument
        return None

    def one_minus(node: tree.Node) -> tree.Node | None:
        if isinstance(node, tree.Binary) and node.op == "-" and isinstance(node.left, tree.Number) \
                and node.left.text == "1":
            return node.right
        return None

    left, right = split(first), split(second)
    if left is None or right is None:
        return False
    label, probability = left
    if not (isinstance(label, tree.Variable) and label.name == "y"):
        return False
    other_label, other_probability = one_minus(right[0]), one_minus(right[1])
    return other_label is not None and other_probability is not None and shape(other_label) == shape(label) \
        and shape(other_probability) == shape(probability)


def data_only(node: tree.Node) -> bool:
    """Whether ``node`` is a name of the data (x, y, as the example's or not): what a factorial ``y_i!`` may apply to."""
    return isinstance(node, tree.Variable) and node.name in vocab.DATA_VECTORS | vocab.PER_EXAMPLE


#: the note for code's add(v) of one argument (touvlo's 'from numpy import sum as add')
ADD_AS_SUM_NOTE = ("add(v) of one argument is read as the sum of v's entries: NumPy's add takes two arrays, so the "
                   "source imported a sum under the name add (as 'from numpy import sum as add' does)")


def factorial_note(written: str) -> str:
    """The note for a factorial of the data (``\\log(y_i!)`` in a Poisson log-likelihood)."""
    # as written, spaces closed up: a blanked mark (y^{(i)}! read as one example's y, notation.example_loss) shows none
    return (f"{''.join(written.split())} is a factorial of the data: it does not depend on the parameters, "
            "so its gradient is 0")


def count_denominator(number: Token, letter: Token) -> tree.Node:
    """The denominator ``2m`` of ``1/2m`` as one product, from the number's and the letter's tokens (either parser's)."""
    return tree.Binary(
        "*",
        tree.Number(number.text, tree.Span(number.start, number.end)),
        tree.Variable(letter.text, tree.Span(letter.start, letter.end)),
        tree.Span(number.start, letter.end),
    )
