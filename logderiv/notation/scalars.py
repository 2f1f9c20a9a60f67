"""One-feature models: when a parameter letter (w, θ, β) is a scalar, shared by both front ends and the builder.

Intro courses write linear regression with one feature: ``f_{w,b}(x⁽ⁱ⁾) = w
x⁽ⁱ⁾ + b``, with a scalar slope ``w`` and a scalar input ``x⁽ⁱ⁾`` per example.
logderiv otherwise reads ``w`` as a parameter vector and refuses it bare
(``'w' is a vector``). The scalar reading is taken only when every text of
the problem agrees with it:

* the letter is written bare at least once, and never with a feature index
  (``w_j``, ``w_0``), in a dot product (``wᵀx``) or under a transpose;
* ``x`` is a scalar per example: written at least once, never with a feature
  index, never in a dot product or a transpose, and no data matrix ``X``.

Then the letter is a scalar (a note says so); otherwise it stays a vector and
a bare use is refused as before. Sympy-free.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from typing import Iterable, Iterator, Sequence

from ..errors import InputError
from . import tree
from . import vocabulary as vocab
from .. import patterns

__all__ = ["undecided_products", "dot_read_note", "DOT_READ_MARK", "UNDECIDED_AS_SCALARS", "LINE_OF_DECLARED", "declared_components", "line_of_declared", "scalar_parameters", "could_be_scalar", "scalar_note", "scalar_by_another_note", "BY_ANOTHER_MARK", "vector_against_scalar", "letters_by_another", "bare_count", "COUNT_COLLISION_HINT", "slope_factors", "count_beside_data", "refuse_count_beside_data", "TWO_ROLES_HINT", "as_slope", "slope_note", "counted_letter", "slope_count_letter", "tidy_count_notes", "renames_a_count", "plain_model_line", "PLAIN_LINE_NOTE", "PLAIN_LINE_MARK", "refuse_vector_beside_plain_line", "plain_line_page", "tell_the_page", "page_key"]

_SHOWN = {"theta": "θ", "beta": "β", "w": "w"}


#: what stands between the two letters of a dot product written as a product (``w \\cdot x``, ``w·x``, ``w . x``);
#: the bullet operator ∙ too, which hunt31 reads as the dot: else ``lambda ∙ w ∙ w`` of a one-feature model was a dot
#: product where ``lambda · w · w`` is λw², a wrong gradient by w (audit31b; ⋅ U+22C5 still differs, see the report)
_PRODUCT_SIGNS = ("\\cdot", "·", "∙", ".", "*", "\\times")
#: what stands between them in a dot product written with a transpose (``wᵀx``, ``w^T x``, ``w'x``)
_TRANSPOSE_SIGNS = ("T", "top", "ᵀ", "'", "intercal")


def _is_product_sign(node: tree.Dot, text: str | None) -> bool:
    """Whether a dot product was written with a product sign between two bare letters (``w \\cdot x``)."""
    if text is None:
        return False
    between = text[node.left.span.end : node.right.span.start]
    # x \cdot w^T (latex.dot_with_transposed): the transpose on the right operand marks w a vector as one between does
    right = text[node.right.span.start : node.right.span.end]
    transposed = "^" in right and any(right.endswith(sign) or right.endswith(sign + "}") for sign in _TRANSPOSE_SIGNS)
    return any(sign in between for sign in _PRODUCT_SIGNS) and not any(sign in between for sign in _TRANSPOSE_SIGNS) \
        and not transposed


#: LaTeX styles that mark a vector: ``\\mathbf w``, ``\\boldsymbol\\theta``, ``\\vec x``, ``\\bm x``
_BOLD = ("\\mathbf", "\\boldsymbol", "\\vec", "\\bm", "\\pmb", "\\bold", "\\mathbfit", "\\overrightarrow")


def _bold(node: tree.Variable, text: str | None) -> bool:
    """Whether a letter was written bold or with an arrow (``\\mathbf{w}``): the writer's mark of a vector."""
    if text is None:
        return False
    written = text[node.span.start : node.span.end]
    return any(written.startswith(style) and not written[len(style):len(style) + 1].isalpha() for style in _BOLD)


class _Uses:
    """How the parameter letters and x are written across some texts."""

    def __init__(self, texts: Iterable[tuple[tree.Node, str | None]]) -> None:
        #: letters written bare on their own (w x, w + b)
        self.bare: set[str] = set()
        #: letters written as vectors (w_j, wᵀx, w_0)
        self.vector: set[str] = set()
        #: letters in a dot product written as a product sign between bare letters (w · x)
        self.product: set[str] = set()
        self.x_bare = self.x_vector = False
        for root, text in texts:
            placed: dict[int, str] = {}  # id of a Variable -> "product" or "vector"
            for node in tree.walk(root):
                if isinstance(node, tree.Dot):
                    place = "product" if _is_product_sign(node, text) else "vector"
                    placed.update({id(node.left): place, id(node.right): place})
                elif isinstance(node, tree.Transpose):
                    placed.update({id(n): "vector" for n in tree.walk(node.operand)})
                elif isinstance(node, tree.Variable):
                    self._add(node, "vector" if _bold(node, text) else placed.get(id(node), "bare"))

    def _add(self, node: tree.Variable, place: str) -> None:
        if node.feature is not None:
            place = "vector"
        if node.name in vocab.PARAMETER_VECTORS:
            {"bare": self.bare, "vector": self.vector, "product": self.product}[place].add(node.name)
        elif node.name in vocab.DATA_VECTORS:
            if place == "vector":
                self.x_vector = True
            else:
                self.x_bare = True
        elif node.name == vocab.DATA_MATRIX and node.feature is None:
            self.x_vector = True


def scalar_parameters(
    texts: Iterable[tuple[tree.Node, str | None]],
    wrt: tree.Node | None = None,
    others: Iterable[tree.Node] = (),
) -> frozenset[str]:
    """The parameter letters that the texts (a cost and its definitions, each tree with its text) write as scalars.

    A letter is a scalar when it is written bare somewhere and never as a
    vector, and x is written and only as a scalar. A dot product written with
    a product sign between two bare letters (``w \\cdot x^{(i)}``) is read as
    the product of scalars only when ``wrt`` is the bare letter (``--wrt w``:
    no vector is differentiated by as a whole). ``others`` (an answer) may only
    veto: a ``w_j`` there makes ``w`` a vector.
    """
    uses = _Uses(texts)
    vetoes = _Uses((node, None) for node in others)
    if isinstance(wrt, tree.Variable):
        vetoes._add(wrt, "bare")
    if not uses.x_bare or uses.x_vector or vetoes.x_vector:
        return frozenset()
    candidates = set(uses.bare)
    if isinstance(wrt, tree.Variable) and wrt.feature is None and wrt.name in uses.product:
        candidates.add(wrt.name)
    elif uses.product:
        return frozenset()  # w · x with a vector w elsewhere, or not differentiated by w: a dot product
    return frozenset(candidates - uses.vector - vetoes.vector)


def undecided_products(
    texts: Iterable[tuple[tree.Node, str | None]],
    wrt: tree.Node | None = None,
    others: Iterable[tree.Node] = (),
) -> frozenset[str]:
    """The letters of ``w \\cdot x`` that :func:`scalar_parameters` read as a dot product only because ``wrt`` is another.

    ``∑(y - w \\cdot x - b)^2`` by ``--wrt w`` is one feature's ``w x``; by ``--wrt b`` it stays the
    dot product ``wᵀx``, though the texts read one feature as well as they do with ``--wrt w``
    (the letters bare, x a number per example): a one-feature line and a housing model's x.w
    are written alike. The builder notes the reading; :func:`logderiv.derive` refuses it.
    """
    texts = list(texts)
    uses = _Uses(texts)
    vetoes = _Uses((node, None) for node in others)
    if not isinstance(wrt, tree.Variable) or wrt.feature is not None or wrt.name in uses.product:
        return frozenset()
    vetoes._add(wrt, "bare")
    if not uses.x_bare or uses.x_vector or vetoes.x_vector:
        return frozenset()
    return frozenset(uses.product & _times_signed(texts)) - uses.vector - vetoes.vector


#: the signs of a product of numbers as much as of a dot product (code's x.w is the dot product it writes)
TIMES_SIGNS = ("\\cdot", "·", "⋅", "∙", "*", "\\times")


def _times_signed(texts: Iterable[tuple[tree.Node, str | None]]) -> set[str]:
    """The letters of a dot product written with a multiplication sign (``w \\cdot x``, not ``x.w``)."""
    found: set[str] = set()
    for root, text in texts:
        for node in tree.walk(root):
            if isinstance(node, tree.Dot) and text is not None and any(
                    sign in text[node.left.span.end:node.right.span.start] for sign in TIMES_SIGNS):
                found |= {node.left.name, node.right.name}
    return found


def dot_read_note(written: str, name: str) -> str:
    """The note of a ``w \\cdot x`` read as the dot product while nothing says whether w is a vector."""
    shown = _SHOWN.get(name, name)
    return (f"{written} is read as the dot product {shown}ᵀx⁽ⁱ⁾ ({shown} the weight vector): nothing written says "
            f"whether {shown} is a vector or one number (one feature, as --wrt {name} reads it)")


#: how :func:`dot_read_note` begins after the written text: what :func:`logderiv.derive` refuses
DOT_READ_MARK = " is read as the dot product "

#: set (by :func:`logderiv.derive`) to read the letters :func:`undecided_products` finds as one number instead: the
#: other reading of ``w \\cdot x``, derived beside the dot product's so that a verdict stands only where both agree
UNDECIDED_AS_SCALARS: contextvars.ContextVar[bool] = contextvars.ContextVar("UNDECIDED_AS_SCALARS", default=False)


def could_be_scalar(root: tree.Node, *, defined: bool = False) -> frozenset[str]:
    """The letters one text alone may allow as scalars (a parser leaves their bare uses to the builder).

    A text that is one bare letter (``w``, a ``--wrt``) allows it; a text that writes no x but a --let's
    name (``defined``) allows its letters written only bare (the lets say what x is); any other text allows
    the letters :func:`scalar_parameters` would read as scalars.
    """
    if isinstance(root, tree.Variable) and root.name in vocab.PARAMETER_VECTORS and root.feature is None:
        return frozenset({root.name})
    uses = _Uses([(root, None)])
    if defined and not (uses.x_bare or uses.x_vector or uses.product):
        # mse + lambda2 * beta * beta, its data in a --let (mse = …): a text that writes no x but a let's name cannot
        # say whether x is one number per example; the builder decides with the lets, and refuses as here if not
        return frozenset(uses.bare - uses.vector)
    return scalar_parameters([(root, None)])


def scalar_note(name: str) -> str:
    """The note of a parameter letter read as a scalar."""
    shown = _SHOWN.get(name, name)
    return (
        f"{shown} is a scalar here: one-feature model {shown} x⁽ⁱ⁾ + b "
        f"({shown} has no index or transpose anywhere and x has no feature index)"
    )


#: what :func:`scalar_by_another_note` says after its --wrt: a page that also derives by the bare letter drops it
BY_ANOTHER_MARK = " nothing asks for "


def scalar_by_another_note(name: str, wrt: str) -> str:
    """The note beside :func:`scalar_note` when the derivative is by another letter (``--wrt b``).

    Asked by w, a bare ``w x⁽ⁱ⁾`` is one feature's slope (``--wrt w`` says w is one number); asked by w_j, a vector
    (vetoed in :func:`scalar_parameters`). Asked by b alone, nothing written says which: MLS's one-feature
    ``f_{w,b}(x) = wx + b`` and a post's ``σ(wx + b)`` over a data matrix are spelled alike. The one-feature reading
    is kept (the course convention: its many-feature model is written ``\\mathbf{w} \\cdot \\mathbf{x}``), and
    this note says how to ask for the other.
    """
    shown = _SHOWN.get(name, name)
    return (f"by --wrt {wrt}{BY_ANOTHER_MARK}{shown}'s entries, so {shown} x⁽ⁱ⁾ is one feature's product; if {shown} "
            f"is a weight vector, write {shown}ᵀx (\\mathbf{{{name}}} \\cdot \\mathbf{{x}}) or derive by {name}_j")


def vector_against_scalar(notes: Sequence[str], root: tree.Node, text: str | None) -> str | None:
    """The letter the cost read as one number only by convention (:func:`scalar_by_another_note`) that ``root``, an
    answer, writes as a vector (``w_j``, ``\\sum_j w_j x_j``, ``wᵀx``, ``X @ w``); None: none.

    By --wrt b the bare ``w x`` is read as one feature's product, but an answer that indexes w, or x, says the other
    reading: judged under the one-feature one it would be 'different' where it is right (audit47).
    """
    uses = _Uses([(root, text)])
    return next((letter for letter in letters_by_another(notes) if letter in uses.vector or uses.x_vector), None)


def letters_by_another(notes: Sequence[str]) -> list[str]:
    """The letters (``w``, ``theta``) :func:`scalar_by_another_note` says were read as one number by convention, in
    the order of ``notes``: the note is all that carries the reading past the parse, to the answer and the page."""
    shown = [note.split(BY_ANOTHER_MARK, 1)[1].split("'s entries", 1)[0] for note in notes if BY_ANOTHER_MARK in note]
    return [next((name for name, sign in _SHOWN.items() if sign == letter), letter) for letter in shown]


#: the hint of a text whose slope m would be one with the example count
COUNT_COLLISION_HINT = (
    "logderiv names the number of examples m in its output, so a slope called m would be one with it: "
    "call the slope another letter (w or a), e.g. \\hat y_i = w x_i + b"
)


def bare_count(root: tree.Node) -> tree.Variable | None:
    """The leftmost ``m`` written as a quantity of its own in ``root`` (the slope in ``m x_i + b``), or None."""
    found = [
        node
        for node in tree.walk(root)
        if isinstance(node, tree.Variable) and node.name == vocab.EXAMPLE_COUNT and node.feature is None and node.example is None
    ]
    return min(found, key=lambda node: node.span.start) if found else None


def slope_factors(root: tree.Node) -> list[tree.Variable]:
    """The bare ``m``'s of ``root`` when every one is a factor of a data value (``m x_i + b``, ``-m x``), else [].

    Such an m multiplies the input: a slope, a parameter, not a count (a count
    divides, bounds a sum, or stands alone). One bare m anywhere else gives [].
    """
    found = [
        node
        for node in tree.walk(root)
        if isinstance(node, tree.Variable) and node.name == vocab.EXAMPLE_COUNT and node.feature is None and node.example is None
    ]
    if not found:
        return []
    slopes: set[int] = set()
    for node in tree.walk(root):
        if isinstance(node, tree.Binary) and node.op == "*":
            factors = _factors(node)
            if any(_data(f) for f in factors):
                slopes.update(id(f) for f in factors)
    return found if all(id(node) in slopes for node in found) else []


def count_beside_data(root: tree.Node) -> tree.Variable | None:
    """The leftmost bare ``m`` of ``root`` that multiplies a data value (``m x_i``), or None.

    Called once every slope has been renamed: an m left beside x then is the
    count of the examples multiplying the input, which no cost means; the
    writer meant a slope and also counts the examples with m, two roles for
    one letter (``1/m Σᵢ (yᵢ − m xᵢ − b)²``).
    """
    found: list[tree.Variable] = []
    for node in tree.walk(root):
        if isinstance(node, tree.Binary) and node.op == "*":
            factors = _factors(node)
            if any(_data(f) for f in factors):
                found.extend(
                    f for f in factors
                    if isinstance(f, tree.Variable) and f.name == vocab.EXAMPLE_COUNT and f.feature is None and f.example is None
                )
    return min(found, key=lambda node: node.span.start) if found else None


def refuse_count_beside_data(texts: Iterable[tuple[tree.Node, str, str]], message: str) -> None:
    """Refuse the first text whose tree has an m beside x (:func:`count_beside_data`), at that m.

    ``texts`` are ``(tree, text, label)``; ``message`` says where m counts the examples.
    """
    for node, text, label in texts:
        found = count_beside_data(node)
        if found is not None:
            raise InputError(message, source=text, column=found.span.start, label=label, hint=TWO_ROLES_HINT)


#: the hint when m both counts the examples and multiplies x
TWO_ROLES_HINT = "call the slope another letter (w or a), or count the examples with n: 1/n sum_i (y_i - m x_i - b)^2"


def _data(node: tree.Node) -> bool:
    """Whether ``node`` is a data value or a power of one (``x_i``, ``x^{(i)}``, ``x_i^2``)."""
    if isinstance(node, tree.Binary) and node.op == "^":
        node = node.left
    return isinstance(node, tree.Variable) and node.name in vocab.DATA_VECTORS


def _factors(node: tree.Node) -> list[tree.Node]:
    """The factors of a product chain (``2 m x_i`` gives 2, m, x_i), a sign dropped."""
    # a stack, not recursion: a product of 1,400 factors is a left-deep chain past Python's recursion limit
    found: list[tree.Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        while isinstance(current, tree.Negate):
            current = current.operand
        if isinstance(current, tree.Binary) and current.op == "*":
            stack.extend((current.right, current.left))  # the left popped first: the factors in written order
        else:
            found.append(current)
    return found


def as_slope(root: tree.Node) -> tree.Node:
    """``root`` with every bare ``m`` renamed to the slope's tree name (kept apart from the count m)."""
    from .readings import rename_counts

    return rename_counts(root, {vocab.EXAMPLE_COUNT: vocab.SLOPE_M})


def slope_note(counted: str) -> str:
    """The note of an ``m`` read as a slope, a parameter, beside another letter that counts the examples."""
    return (
        f"m is a quantity of its own here (the slope of m x), not the number of examples: {counted} counts them; "
        f"the output writes the count {counted} and the slope m"
    )


def counted_letter(notes: Iterable[str]) -> str:
    """The letter a reader's notes say counts the examples, read as m (``n``, ``N``); ``n`` when none says."""
    for note in notes:
        if " counts the examples here: read as m" in note and not note.startswith("m "):
            return note.split(" ", 1)[0]
    return vocab.FEATURE_COUNT


_SLOPE_NOTE = patterns.compile(r"m is a quantity of its own here \(the slope of m x\), not the number of examples: (\S+) counts them")


def slope_count_letter(notes: Iterable[str]) -> str | None:
    """The letter that counts the examples when a note says m is a slope (the output's name of the count), or None."""
    for note in notes:
        match = _SLOPE_NOTE.match(note)
        if match is not None:
            return match.group(1)
    return None


def tidy_count_notes(notes: Sequence[str], letter: str | None = None) -> tuple[str, ...]:
    """``notes`` with the count note of a slope's problem saying the count is printed as written.

    "n counts the examples here: read as m; the features are counted by n in the
    output" would contradict the slope note (the output writes the count n, and
    there are no features): it becomes "n counts the examples here: read as m,
    logderiv's count, printed n". The words other code reads stay. ``letter``
    is the count's when another text's note (the cost's) says m is a slope.
    """
    letter = letter or slope_count_letter(notes)
    if letter is None:
        return tuple(notes)
    head = f"{letter} counts the examples here: read as m"
    tidy = []
    for note in notes:
        if note.startswith(head) and not note.startswith(head + ","):
            rest = note[len(head):].replace("; the features are counted by n in the output", "")
            note = f"{head}, logderiv's count, printed {letter}{rest}"
        elif note == f"{letter} counts the examples in the cost: the answer's {letter} is read as m too":
            # m is the slope here: the answer's n counts the examples, as the cost's does, and is printed n
            note = f"{letter} counts the examples in the cost: the answer's {letter} counts them too (m is the slope)"
        tidy.append(note)
    return tuple(tidy)


def renames_a_count(notes: Iterable[str]) -> bool:
    """Whether a reader's notes say it read another letter (n, N) as the example count m."""
    return any(" counts the examples here: read as m" in note and not note.startswith("m ") for note in notes)


_COMPONENT = patterns.compile(r"(?<![A-Za-z])(theta|θ|beta|β|w)\s*(?:_\s*\{?\s*([0-9])\s*\}?|([₀-₉]))")
_LETTERS = {"θ": "theta", "β": "beta"}


def declared_components(head: str) -> tuple[str, ...]:
    """The numbered components a plain left side declares: ``J(theta_0, theta_1)`` gives ``theta_0``, ``theta_1``."""
    found = set()
    for match in _COMPONENT.finditer(head):
        letter, digit, subscript = match.groups()
        number = digit if digit is not None else str("₀₁₂₃₄₅₆₇₈₉".index(subscript))
        found.add(f"{_LETTERS.get(letter, letter)}_{number}")
    return tuple(sorted(found))


_ARGUMENTS = patterns.compile(r"\(([^()]*)\)")


def declared_names(head: str) -> tuple[str, ...]:
    """The whole parameters a plain left side declares: ``J(w, b)`` gives ``b``, ``w`` (as the LaTeX reader's ``J(\\mathbf w, b)``).

    The bias b so declared is part of an undefined prediction's model (σ(wᵀx + b)), whichever
    parameter the gradient is taken by.
    """
    found = _ARGUMENTS.search(head)
    if found is None:
        return ()
    names = {_LETTERS.get(part.strip(), part.strip()) for part in found.group(1).split(",")}
    return tuple(sorted(name for name in names if name in vocab.PARAMETER_VECTORS | {"b"}))


def line_of_declared(parameters: Iterable[str]) -> tuple[str, str] | None:
    """The one-feature line (plain text, display) when the declared parameters are exactly two scalars θ₀, θ₁.

    ``J(θ₀, θ₁) = (1/2m) Σ (h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)²`` is Ng's week-1 cost: h = θ₀ + θ₁x⁽ⁱ⁾.
    """
    numbered = {name for name in parameters if "_" in name}
    for letter in sorted(vocab.PARAMETER_VECTORS):
        if numbered == {f"{letter}_0", f"{letter}_1"}:
            shown = _SHOWN.get(letter, letter)
            return f"{letter}_0 + {letter}_1 x", f"{shown}₀ + {shown}₁x⁽ⁱ⁾"
    return None


#: how the note of a line read from the declared parameters starts (``J(θ₀, θ₁) =``)
LINE_OF_DECLARED = "h is not defined: the left side declares the parameters "


#: the ML Specialization's prediction written plain, as called in its one-feature cost: ``f_{w,b}(x^{(i)})``,
#: ``f_{wb}(x^{(i)})`` (w, b and x plain; its many-feature model is ``f_{\\mathbf{w},b}(\\mathbf{x}^{(i)})``)
_PLAIN_MODEL_CALL = patterns.compile(
    r"f\s*_\s*\{\s*w\s*,?\s*b\s*\}\s*(?:\\left\s*)?\(\s*x\s*"
    r"(?:\^\s*\{\s*\(\s*i\s*\)\s*\}|\^\s*\(\s*i\s*\)|\^\s*\{\s*i\s*\}|_\s*\{?\s*i\s*\}?)?\s*(?:\\right\s*)?\)")
#: any mark of a vector in a text: a bold or arrowed letter, a transpose, a dot product's sign
_VECTOR_MARKS = patterns.compile(
    r"\\(?:mathbf|boldsymbol|vec|bm|pmb|bold|mathbfit|overrightarrow|top|intercal|cdot|langle)(?![A-Za-z])"
    r"|\^\s*\{?\s*T\b|ᵀ|·|'")

#: the same marks in an answer, less the dot sign and the prime: an answer multiplies numbers with \\cdot (the Italian
#: notes' own (w x + b − y) \\cdot x), and f' is a derivative; its tree says the rest (a feature index, X, Xᵀ)
_ANSWER_VECTOR_MARKS = patterns.compile(
    r"\\(?:mathbf|boldsymbol|vec|bm|pmb|bold|mathbfit|overrightarrow|top|intercal|langle)(?![A-Za-z])"
    r"|\^\s*\{?\s*T\b|ᵀ")

#: the words every note of :func:`plain_model_line`'s reading holds: how a check knows the cost was read so
PLAIN_LINE_MARK = "the one-feature line (w and x⁽ⁱ⁾ one number each)"

#: how the note of :func:`plain_model_line`'s reading ends, after "h is not defined: reading h = w x⁽ⁱ⁾ + b, <model> on "
PLAIN_LINE_NOTE = (
    PLAIN_LINE_MARK + ", since {written} is written plain as the ML "
    "Specialization writes its one-feature model (its many-feature one is bold: f_{{\\mathbf{{w}},b}}(\\mathbf{{x}}) "
    "= \\mathbf{{w}} \\cdot \\mathbf{{x}} + b) and nothing here writes w or x as a vector; {kind} (if w is a weight "
    "vector, derive by w_j or define f with --let)"
)


#: the lines of the derivation page being reviewed (each tree, or None before its lines are read, with its text): a
#: page's cost is read beside what its other lines write (:func:`plain_line_page`)
_PAGE: contextvars.ContextVar[list[tuple[tree.Node | None, str]] | None] = contextvars.ContextVar("page", default=None)


@contextlib.contextmanager
def plain_line_page(texts: Iterable[str]) -> Iterator[None]:
    """While a derivation page is reviewed: its lines' texts (trees added by :func:`tell_the_page`) veto the plain
    f_{w,b} line as the cost's own text would (a page by ∂/∂w ending in ``x_j^{(i)}`` means a weight vector)."""
    token = _PAGE.set([(None, text) for text in texts])
    try:
        yield
    finally:
        _PAGE.reset(token)


def page_key() -> tuple[tuple[str, bool], ...] | None:
    """What :func:`plain_model_line` reads of the page under review (each line's text, and whether its tree is known),
    for a cache of read costs: the same cost reads otherwise on a page whose lines write a vector, so a reading
    remembered outside a page (or on another page) must not be handed to this one."""
    page = _PAGE.get()
    return None if page is None else tuple(dict.fromkeys((text, node is not None) for node, text in page))


def tell_the_page(lines: Iterable[tuple[tree.Node, str]]) -> None:
    """The page's lines as read (each tree with its text), for :func:`plain_model_line`'s veto."""
    page = _PAGE.get()
    if page is not None:
        page.extend(lines)


def _marks_a_vector(node: tree.Node | None, text: str, marks: re.Pattern[str] = _VECTOR_MARKS) -> bool:
    """Whether a text (and its tree, where read) writes w or x as a vector: a bold or arrowed letter, a transpose, a
    dot sign, a feature index, a sum over the features, a data matrix or another parameter letter."""
    if marks.search(text):
        return True
    if node is None:
        return False
    for each in tree.walk(node):
        if isinstance(each, tree.Sum) and each.over != "examples":
            return True
        if isinstance(each, tree.Variable) and (
                each.feature is not None or each.name in vocab.PARAMETER_VECTORS and each.name != "w"
                or each.name == vocab.DATA_MATRIX):
            return True
    uses = _Uses([(node, text)])
    return bool(uses.vector or uses.x_vector)


def refuse_vector_beside_plain_line(notes: Iterable[str], answer: str, node: tree.Node) -> None:
    """An answer that writes w or x as a vector (``x_j^{(i)}``, a transpose, bold, X) checked against a cost read as
    the plain one-feature line (:func:`plain_model_line`): refused, not judged. The answer says the writer means a
    weight vector, the cost's reading one number, and judged against the line a right answer in ``x_j^{(i)}`` was
    called different (the stop's outside review); the cost is read once for every answer, so the answer cannot
    change its reading, only be refused with both."""
    if not any(PLAIN_LINE_MARK in note for note in notes) or not _marks_a_vector(node, answer, _ANSWER_VECTOR_MARKS):
        return
    found = _ANSWER_VECTOR_MARKS.search(answer)
    column = found.start() if found else next(
        (each.span.start for each in tree.walk(node)
         if isinstance(each, tree.Variable) and each.feature is not None and each.span.start < len(answer)), None)
    raise InputError(
        "the cost's undefined f_{w,b}(x^{(i)}) was read as the one-feature line w x⁽ⁱ⁾ + b (plain letters, as the ML "
        "Specialization writes its one-feature model), and this answer writes w or x as a vector: whether w is one "
        "number or a weight vector is not said",
        source=answer, column=column, label="ANSWER",
        hint="for a weight vector, check by --wrt w_j or define the model: --let 'f_{w,b}(x) = w^T x + b'",
    )


def plain_model_line(cost: tree.Node, text: str, wrt: tree.Node | None, declared: Iterable[str]) -> str | None:
    """The written call when an undefined ``f_{w,b}(x^{(i)})`` is the ML Specialization's one-feature line, else None.

    The course writes scalars plain and vectors bold: its week-1 cost ``J(w,b) = \\frac{1}{2m} \\sum
    (f_{w,b}(x^{(i)}) - y^{(i)})^2`` is the line f = wx + b, its many-feature one ``f_{\\mathbf{w},b}(\\mathbf{x}^{(i)})``.
    Other notes write a plain w for a vector too, so this is read only where the whole text is that notation and
    says nothing of a vector: every prediction written ``f_{w,b}(x^{(i)})`` (or ``f_{wb}``), no bold, transpose, dot
    sign, feature index, sum over features, data matrix or other parameter letter, the declared parameters w and b
    at most, and the derivative asked by the bare w or by b (``--wrt w_j`` asks for a vector's entries: the vector
    reading, as before). On a derivation page (:func:`plain_line_page`) its other lines are held to the same: one
    that writes a vector (``\\frac{\\partial J}{\\partial w} = \\frac{1}{m} \\sum (f_{w,b}(x^{(i)}) - y^{(i)}) x_j^{(i)}``)
    keeps the vector reading, as before (audmisc36).
    """
    if not (isinstance(wrt, tree.Variable) and wrt.feature is None and wrt.name in ("w", "b")):
        return None
    if not set(declared) <= {"w", "b"} or _VECTOR_MARKS.search(text):
        return None
    calls = []
    for node in tree.walk(cost):
        if isinstance(node, tree.Sum) and node.over != "examples":
            return None
        if isinstance(node, tree.Call) and node.name == vocab.PREDICTION:
            calls.append(node)
        elif isinstance(node, tree.Variable) and (
                node.name == vocab.PREDICTION or node.feature is not None
                or node.name in vocab.PARAMETER_VECTORS and node.name != "w"
                or node.name == vocab.DATA_MATRIX):
            return None
    if not calls or any(_PLAIN_MODEL_CALL.fullmatch(text[c.span.start:c.span.end].strip()) is None for c in calls):
        return None
    uses = _Uses([(cost, text)])
    if uses.vector or uses.product or uses.x_vector:
        return None
    # on a derivation page, its other lines too: ∂J/∂w = … x_j^{(i)} says w is a vector, whatever the cost line says
    if any(_marks_a_vector(node, line) for node, line in _PAGE.get() or ()):
        return None
    return text[calls[0].span.start:calls[0].span.end].strip()
