"""The plain-notation front end: text such as ``-1/m Σ_i y log h + (1-y) log(1-h)`` to a tree.

A hand-written tokenizer and a recursive-descent (precedence-climbing) parser
that produce :mod:`logderiv.notation.tree` nodes and nothing else. Nothing here
evaluates, compiles or imports sympy: input is only ever *read*, and every way
of failing is an :class:`~logderiv.errors.InputError` with the column of the
offending character, so the CLI can show a caret under it.

The grammar (see ``docs/notation.md`` for the EBNF and examples)::

    expression  = term { ("+" | "-") term }
    term        = unary { ("*" | "/" | "·" | "@" | "⊙" | ".*") unary | juxtaposed power }
    unary       = { "-" | "+" } power
    power       = postfix [ "^" unary ]          (right-associative)
    postfix     = primary, then for names: _j, ^(i), ᵀ / ^T, (x), . x

``X``, ``Xᵀ``/``X^T``, ``@`` and ``⊙``/``.*``/``∘`` are matrix notation, for
answers in matrix form (``logderiv.notation.matrices`` builds them); ``@`` in
a text without ``X`` is refused at its column.

Juxtaposition (``2 m``, ``y log h``) is multiplication with the same
precedence as ``*``, so ``1/m sum(...)`` is ``(1/m)·sum(...)``. A sum or a
function written without parentheses takes the following operand: a sum
extends over the rest of the multiplicative term (up to the next top-level
``+`` or ``-``), a function or ``d/dz`` over the next power (``log x^2`` is
``log(x²)``, ``log h(x)`` is ``log(h(x))``).

Size bounds (length, nesting depth, digits in a literal) are checked on the
raw text before any tokenizing, and raise
:class:`~logderiv.errors.InputTooLargeError`.
"""

from __future__ import annotations

import contextlib
import re
import sys
from typing import Callable, Collection, Iterator, Literal, NoReturn, Sequence

from ..record import record
from ..errors import InputError, InputTooLargeError, UnsupportedInputError
from . import bare_operands, conventions, ellipsis, glosses, idle_sums, readings, scalars, tree
from . import unread_statements
from . import vocabulary as vocab
from .brackets import closing, flattened_bound, flattened_bound_after, flattened_bound_before
from .grammar import MAX_DEPTH, Grammar, holds_data_matrix
from .scalar_norm import COMPONENT_NORM_NOTE, SCALAR_NORM_NOTE, by_components, is_example_scalar
from .tree import Span
from .machine_epsilon import machine_epsilon_read
from .. import patterns

__all__ = ["parse", "parse_let", "read", "read_let", "split_let", "MAX_LENGTH", "MAX_DEPTH", "MAX_DIGITS"]

#: helper functions named for squaring (sq(r), sqr(r)): refused with a let to write, never 'did you mean sqrt'
_SQUARE_HELPERS = frozenset({"sq", "sqr", "square", "squared"})
#: NumPy's functions of two arrays, imported bare (from numpy import add): called on one, the name was imported as
#: another function (touvlo's from numpy import sum as add), which only the source's import line says
_BINARY_UFUNCS = frozenset({"add", "subtract", "multiply", "divide"})
#: code's array constructors: zeros(size(theta)) makes an array to fill, no function of the data a --let could define
_ARRAY_MAKERS = frozenset({"zeros", "ones", "eye", "empty", "full", "zeros_like", "ones_like", "empty_like"})
#: Longest input read, in characters.
MAX_LENGTH = 20_000
#: Most digits in one numeric literal.
MAX_DIGITS = 30

# Frames the parser may use: about a dozen per level of nesting, plus the caller's.
_RECURSION_LIMIT = 20 * MAX_DEPTH + 2000

# --- characters -------------------------------------------------------------------

_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGITS = frozenset("0123456789")

# Single characters that are whole names. Each is its own token, so ``θᵀx`` and
# ``λθ_j`` need no spaces. ``text`` is the canonical spelling the parser classifies.
_GREEK_TOKENS: dict[str, str] = dict(vocab.GREEK)
_GREEK_TOKENS.update({"σ": "sigma", "Σ": "sum", "∑": "sum", "π": "pi"})

_OPERATORS: dict[str, str] = {
    "+": "+",
    "-": "-",
    "−": "-",  # U+2212, what logderiv's own Unicode output uses
    "–": "-",  # an en dash and an em dash, typed or pasted from a word processor for a minus (noted)
    "—": "-",
    "‐": "-",  # the hyphens a word processor or a web page sets for '-' (U+2010, U+2011), and the figure dash (noted)
    "‑": "-",
    "‒": "-",
    "*": "*",
    "×": "*",
    "∗": "*",
    "·": "·",  # a dot product between two vectors, otherwise a product
    "⋅": "·",
    "・": "·",  # the katakana middle dot, a Japanese page's product dot (w・x): as '·' (noted)
    "･": "·",
    "•": "·",  # a bullet (U+2022) or the bullet operator (U+2219) typed for the product dot (h • x_j): as '·' (noted)
    "∙": "·",  # (hunt31 and fixvocab31 each read it: one entry, the bullets' branch notes it and refuses 2∙5)
    "/": "/",
    "÷": "/",
    "⁄": "/",  # U+2044 the fraction slash and U+2215 the division slash, a typeset 1⁄m: the same '/'
    "∕": "/",
    "^": "^",
    ".": ".",
    "⊙": "⊙",  # the elementwise product of two vectors (matrix answers)
    "∘": "⊙",
    "@": "@",  # NumPy's matrix product (matrix answers)
    ",": ",",
}
_OPENERS = {"(": ")", "[": "]"}
_CLOSERS = {")": "(", "]": "["}

# Unicode sub- and superscripts, as logderiv's own Unicode output writes them.
_SUBSCRIPT_LETTERS = {"ᵢ": "i", "ⱼ": "j", "ₖ": "k", "ₗ": "l",
                      # the counts, as a run's last term writes them (θₙxₙ, βₚXₚ, yₘ): the same tokens as _n, _p, _m
                      "ₙ": "n", "ₚ": "p", "ₘ": "m"}
_SUBSCRIPT_DIGITS = {chr(0x2080 + d): str(d) for d in range(10)}
_SUPERSCRIPT_DIGITS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))
_SUPERSCRIPT_MINUS = "⁻"
_EXAMPLE_MARK = "⁽ⁱ⁾"
_SUPERSCRIPT_I = "ⁱ"  # a bare superscript i after a name: the example index, as notes write y^{i} for y^{(i)}
# ŷ, precomposed or y followed by a combining circumflex
_HATTED_Y_SPELLINGS = ("ŷ", "y\u0302")
_HATTED_Y = frozenset({"ŷ"})
_TRANSPOSE = "ᵀ"
_SMALL_T = "ᵗ"  # U+1D57, a superscript small t: some pages write the transpose wᵗ with it
_SUBSCRIPT_EQUALS = "₌"  # U+208C: only in a sum's bounds, Σᵢ₌₁ᵐ
#: the letters a flattened sum's upper bound (∑i=1N) is read as a count with; N and M count the examples
_FLATTENED_COUNTS = frozenset({"m", "n", "N", "M"})
_FLATTENED_EXAMPLE_COUNTS = frozenset({"n", "N", "M"})
_SUPERSCRIPT_COUNTS = {"ᵐ": vocab.EXAMPLE_COUNT, "ⁿ": vocab.FEATURE_COUNT}

# Letters that may follow ``_`` (or ``sum_``) as an index.
_INDEX_LETTERS = vocab.INDEX_LETTERS
_VECTORS = vocab.VECTORS
_VOCABULARY_NAMES = vocab.FIXED_NAMES

# Why a character is refused, for the ones people are likely to type.
_CHARACTER_HINTS = {
    "'": "logderiv reads mathematics, not strings; quotes have no meaning here",
    '"': "logderiv reads mathematics, not strings; quotes have no meaning here",
    "`": "logderiv reads mathematics, not strings; backticks have no meaning here",
    ";": "write a single expression",
    "{": "group with ( ) or [ ]",
    "}": "group with ( ) or [ ]",
    "=": "define a name with --let NAME=EXPR",
    ":": "write a single expression",
    "\\": "this is plain notation; LaTeX commands such as \\frac are not read here",
    "!": "factorials are not supported; a logical not is read only on the 0/1 labels: !y (or ~y) is 1 - y",
    "%": "write a percentage as a fraction (0.5, 1/2)",
    # as LaTeX's \approx (latex._UNREAD_WHY): only an answer's "dJ/dtheta_j ≈ …" is read, by logderiv.check
    "≈": "'≈' (approximately equal) is no '=': a cost, a --let and a step are read only as equalities; write '=' "
         "where the sides are equal",
}

# --- tokens -----------------------------------------------------------------------


#: a model object's prediction method called: ``model.predict(``, ``clf.predict_proba(``, ``net.forward(`` (not R's
#: dotted function names, as.numeric, nor an array's own methods, xi.dot(θ))
_METHOD_CALL = patterns.compile(
    r"([A-Za-z_]\w*)\.(?:predict|predict_proba|predict_log_proba|forward|decision_function)\s*\(")


@record
class _Token:
    """One token. ``text`` is canonical (``-`` for ``−``, ``theta`` for ``θ``); ``raw`` as written."""

    kind: str  # number name sub example transpose power op open close partial root end
    text: str
    start: int
    end: int
    raw: str


#: how the tokenizer's helpers append a token: ``add(kind, text, start, end)``, the raw text taken from the source
_Add = Callable[[str, str, int, int], None]
#: a written operator of :class:`tree.Binary`
_Operator = Literal["+", "-", "*", "/", "^", "⊙"]
#: what a :class:`tree.Sum` runs over
_Over = Literal["examples", "features"]


def _fail(message: str, source: str, column: int | None, hint: str | None = None) -> NoReturn:
    raise InputError(message, source=source, column=column, hint=hint)


def _matching_close(source: str, opened: int) -> int:
    """Where the bracket opened at ``opened`` closes (the end of the text when it does not)."""
    found = closing(source, opened)
    return len(source) if found is None else found


def refuse_unsupported(
    word: str, source: str, column: int, *, shown: str | None = None, suffix: str = ""
) -> NoReturn:
    """Refuse a function logderiv does not differentiate yet (``abs``, ``max``, ``ReLU``…): exit 3, with a hint.

    ``word`` is the function's name in any case (a key of ``vocab.NOT_YET_SUPPORTED``
    once lowered); ``shown`` is the text as written (``\\operatorname{ReLU}``);
    ``suffix`` is added to the message (LaTeX's column).
    """
    hint = vocab.NOT_YET_SUPPORTED[word.lower()]
    raise UnsupportedInputError(f"'{shown or word}' is not supported yet{suffix}", source=source, column=column,
                                hint=hint)


#: what an absolute value |x| is told (plain and LaTeX alike)
ABSOLUTE_VALUE_HINT = vocab.NOT_YET_SUPPORTED["abs"]


#: a set's size written between bars in a denominator: 1/|B|, \frac{1}{|\mathcal{B}|} (a mini-batch's count)
#: (a plain capital only where ML notes name a set with it, B a batch, D or S a data set, I an index set: |X| or |W|
#: of a matrix is its determinant, and "the size of the set X" was false of them — audit28f)
_SET_SIZE = patterns.compile(r"\|\s*(?P<set>\\mathcal\s*\{\s*[A-Z]\s*\}|\\mathcal\s*[A-Z]|[BDSI](?:_\{?[A-Za-z0-9]\}?)?)\s*\|")


def refuse_set_size(source: str, column: int) -> None:
    r"""Refuse ``1/|B|`` (a mini-batch's size) saying what it is: the number of examples in a set, no absolute value.

    The bars around one capital letter (a set: B, \mathcal{B}) right under a fraction's bar are the set's size,
    |B| examples, as SGD's notes write a batch's mean; told it was "an absolute value", the reader was misled.
    The cost over a batch is still not read (its sum runs over i ∈ B, which logderiv's sums do not).
    """
    found = _SET_SIZE.match(source, column)
    before = source[:column].rstrip()
    if found is None or not (before.endswith("/") or before.endswith("}{")):
        return
    written = " ".join(found.group(0).split())
    raise UnsupportedInputError(
        f"'{written}' under the fraction's bar is the size of the set {found.group('set')} (a mini-batch or a data "
        f"set: its number of examples), not an absolute value; a cost over a set (a sum over i ∈ {found.group('set')}) "
        "is not read",
        source=source, column=column,
        hint="write the cost over all m examples, 1/m sum_i(...): its gradient is the batch's, with m the batch's size")


def _show(char: str) -> str:
    """A character as it can be shown in a message: itself if printable, else its code point."""
    if char == "'":
        return '"\'"'
    if char.isprintable() and not char.isspace():
        return f"'{char}'"
    return f"U+{ord(char):04X}"


def check_size(source: str, start: int, end: int, *, openers: str = "([", closers: str = ")]") -> None:
    """Refuse text beyond the size bounds before doing any other work.

    ``openers`` and ``closers`` are the characters that nest (the LaTeX front
    end adds braces).
    """
    if end - start > MAX_LENGTH:
        raise InputTooLargeError(
            f"the input is {end - start:,} characters long; the limit is {MAX_LENGTH:,}",
            source="",
            column=None,
            hint="shorten the expression, or give parts of it names with --let",
        )
    depth = 0
    digits = 0
    literal_start = 0
    previous = ""
    for position in range(start, end):
        char = source[position]
        if char in openers:
            depth += 1
            if depth > MAX_DEPTH:
                raise InputTooLargeError(
                    f"brackets are nested more than {MAX_DEPTH} deep",
                    source=source,
                    column=position,
                    hint="simplify the expression, or give parts of it names with --let",
                )
        elif char in closers:
            depth = max(depth - 1, 0)
        # a literal is a digit run, optionally continued past one '.'
        if char in _DIGITS:
            if digits == 0:
                literal_start = position
            digits += 1
            if digits > MAX_DIGITS:
                raise InputTooLargeError(
                    f"a number has more than {MAX_DIGITS} digits",
                    source=source,
                    column=literal_start,
                    hint="write large or small numbers with powers: 10^40",
                )
        elif not (char == "." and previous in _DIGITS):
            digits = 0
        previous = char


def _looks_like_exponent(source: str, position: int, end: int) -> bool:
    """Whether ``source[position:]`` continues ``1e`` as an exponent (``-3``, ``+3``, ``3``)."""
    if position < end and source[position] in "+-":
        position += 1
    return position < end and source[position] in _DIGITS


#: a number in scientific notation, 1e-5, 2.5E+3: mantissa, exponent
_SCIENTIFIC = patterns.compile(r"(?P<mantissa>\d+(?:\.\d+)?)[eE](?P<sign>[+-]?)(?P<exponent>\d{1,3})(?![A-Za-z0-9_])")


def _scientific(source: str, start: int, position: int, stop: int, end: int, tokens: list[_Token]) -> int:
    """Add the tokens of ``(mantissa*10^(±exponent))`` for the literal at ``position``; return where it ends.

    Read in a line of code (``np.log(h + 1e-5)``) or as a let's whole value with a negative exponent
    (``eps = 1e-15``), where nothing else can be meant; in mathematics ``2e-3`` could be 2·e − 3, so there it
    is refused.
    """
    match = _SCIENTIFIC.match(source, position, end)
    # a let's whole value (eps = 1e-15): a guard's small number; a lone 3e2 stays refused (3·e²? 300?)
    whole = (match is not None and match.group("sign") == "-" and not source[start:position].strip()
             and not source[match.end():end].strip())
    if match is None or not (whole or _code_dialects(source)):
        _fail(
            "scientific notation is not part of the notation",
            source,
            stop,
            hint=f"write the power of ten out: {source[position:stop]}*10^(...)",
        )
    parts = [("open", "("), ("number", match.group("mantissa")), ("op", "*"), ("number", "10"), ("op", "^"), ("open", "(")]
    if match.group("sign") == "-":
        parts.append(("op", "-"))
    parts += [("number", str(int(match.group("exponent")))), ("close", ")"), ("close", ")")]
    for kind, text in parts:
        tokens.append(_Token(kind, text, position, match.end(), text))  # raw as written out, for the bracket check
    return match.end()


#: a literal below this is too small for any check to tell from 0 (the numeric check's relative tolerance is 10⁻⁸)
TINY = 1e-10
#: a literal from TINY up to this, added inside a log, is a guard against log(0) that the writer does not mean as part
#: of the cost: read away (:mod:`logderiv.notation.log_guards`); a larger one (a lab's eps = 1e-5) is kept
GUARD = 1e-6


def _power_of_ten(literal: str) -> str:
    """``1e-5`` → ``10⁻⁵``, ``2.5e3`` → ``2.5·10³``: how the note shows a literal in scientific notation."""
    match = _SCIENTIFIC.fullmatch(literal)
    assert match is not None, "only a literal _SCIENTIFIC found in the text is shown"
    exponent = ("⁻" if match.group("sign") == "-" else "") + str(int(match.group("exponent"))).translate(
        str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    mantissa = match.group("mantissa")
    return f"10{exponent}" if mantissa in ("1", "1.0") else f"{mantissa}·10{exponent}"


def _compound_at(source: str, position: int, end: int, compound: Sequence[str]) -> str | None:
    """The defined code name (``y_pred``) written whole at ``position``, or None."""
    if position > 0 and (source[position - 1].isalnum() or source[position - 1] in "_\\"):
        return None
    for name in compound:
        stop = position + len(name)
        if stop <= end and source.startswith(name, position) and (not (
            stop < end and (source[stop].isalnum() or source[stop] == "_")
        ) or _example_suffix(source, stop, end)):
            return name
    return None


def _example_suffix(source: str, stop: int, end: int) -> bool:
    """Whether ``_i`` follows a defined code name at ``stop``, and then no letter, digit or '_' (``y_hat_i``).

    A docstring writes the prediction at example i as its name with the example's index, ``y_hat_i`` beside
    ``y_hat = …`` (as ``y_i`` is y⁽ⁱ⁾): the name, then the example index, noted (:func:`_example_suffix_notes`).
    Only ``_i``, the example's letter: ``y_pred_j`` (a feature index on a per-example name) is left to be refused.
    """
    after = stop + 2
    return source.startswith("_" + vocab.EXAMPLE_INDEX, stop) and after <= end and not (
        after < end and (source[after].isalnum() or source[after] in "_^("))


def _example_suffix_notes(source: str, tokens: Sequence[_Token], compound: Collection[str]) -> list[str]:
    """The notes of a defined code name read with the example index after it (:func:`_example_suffix`)."""
    notes: list[str] = []
    for token, follower in zip(tokens, tokens[1:]):
        if token.kind == "name" and token.text in compound and "_" in token.text and follower.kind == "sub" \
                and follower.text == vocab.EXAMPLE_INDEX and follower.start == token.end:
            written = source[token.start:follower.end]
            note = (f"{written} is {token.text}, which --let defines, at example {vocab.EXAMPLE_INDEX} (the "
                    f"_{vocab.EXAMPLE_INDEX} after the name marks the example, as y_i is y⁽ⁱ⁾)")
            if note not in notes:
                notes.append(note)
    return notes


def _marks_the_example(node: tree.Node) -> bool:
    """``y⁽ⁱ⁾``, ``x⁽ⁱ⁾``, ``f(x⁽ⁱ⁾)``, ``h(x⁽ⁱ⁾)``: an argument that only says which example."""
    if isinstance(node, tree.Variable):
        return node.name in vocab.DATA_VECTORS | vocab.PER_EXAMPLE and node.example is not None and node.feature is None
    if isinstance(node, tree.Call):
        return node.name in ("f", vocab.PREDICTION) and _marks_the_example(node.argument)
    return False


#: the summation typed capitalised, as comments and a CAS write it: Sum(…), Sum[…] (Mathematica), SUM(…)
_CAPITALISED_SUMS = frozenset({"Sum", "SUM"})
#: the summation written out as its word, as a readme's pseudo-code writes it: Summation(y_pred - y) (f48)
_WORDED_SUMS = frozenset({"Summation", "summation"})


def _capitalised_sums(tokens: list[_Token], names: Collection[str]) -> tuple[list[_Token], list[str]]:
    """``Sum[(y'(i) - y_i) * x_i]``, ``SUM( … )``: the sum, noted, where it is applied to a bracket and no --let names it.

    Nothing else is called Sum in a cost (a --let of that name keeps its own meaning); a Sum not followed by a
    bracket is left to the reader, which refuses an unknown name.
    """
    found = [k for k, token in enumerate(tokens[:-1]) if token.kind == "name"
             and token.text in _CAPITALISED_SUMS | _WORDED_SUMS
             and token.text not in names and tokens[k + 1].kind == "open"
             and (token.text in _CAPITALISED_SUMS or tokens[k + 1].start == token.end)]  # Summation(…), its bracket close
    if not found:
        return tokens, []
    notes = []
    for group, how in ((_CAPITALISED_SUMS, "capitalised, as comments and Mathematica's Sum[…] write it"),
                       (_WORDED_SUMS, "its word written out, as a readme's pseudo-code writes it")):
        shown = ", ".join(dict.fromkeys(tokens[k].raw for k in found if tokens[k].text in group))
        if shown:
            notes.append(f"{shown} is read as sum, the summation ({how})")
    for k in found:
        tokens[k] = _Token("name", "sum", tokens[k].start, tokens[k].end, tokens[k].raw)
    return tokens, notes


def _tokenize(source: str, start: int, end: int, compound: Collection[str] = ()) -> list[_Token]:
    """Split ``source[start:end]`` into tokens whose offsets are relative to ``source``.

    ``compound`` are names of code defined with ``--let`` (``y_pred``, ``theta1``,
    ``var_1``): each, written whole, is one name token rather than ``y`` with a subscript.
    """
    tokens: list[_Token] = []
    position = start
    compound = sorted((name for name in compound if vocab.is_code_name(name)), key=len, reverse=True)

    def add(kind: str, text: str, begin: int, stop: int) -> None:
        tokens.append(_Token(kind, text, begin, stop, source[begin:stop]))

    whole: str | re.Match[str] | None  # a --let name written whole in one branch below, a pattern's match in others

    readable_training = _training_names(source[start:end])
    #: where a part of the text that is read away starts, and where reading resumes
    skips: dict[int, int] = {}
    while position < end:
        if position in skips:
            # np.clip(z, -500, 500)'s bounds, np.logaddexp(0, z)'s 0: read away (noted by _code_notes)
            position = skips.pop(position)
            continue
        char = source[position]
        worded = _spelled_sum(source, position, end) if char in "Ss" else None
        if worded is not None and (position == start or not source[position - 1].isalnum()):
            # Sum from i = 1 to m of [...]: sum_i, its bounds checked by _worded_sums
            add("name", "sum", position, position + 3)
            add("sub", worded.group("index"), worded.start("index"), worded.end())
            position = worded.end()
        elif char.isspace():
            position += 1
        elif char == "." and position + 1 < end and source[position + 1] in _DIGITS and (
            not tokens or tokens[-1].kind in ("op", "open") and tokens[-1].text not in (".",)
        ) and (position == start or not (source[position - 1].isalnum() or source[position - 1] in "_)]'")):
            # code's .5, expy-.000000000001: a number with no digit before its point, 0.5 (noted)
            stop = position + 1
            while stop < end and source[stop] in _DIGITS:
                stop += 1
            add("number", "0" + source[position:stop], position, stop)
            position = stop
        elif char in _DIGITS:
            stop = position
            while stop < end and source[stop] in _DIGITS:
                stop += 1
            if stop + 1 < end and source[stop] == "." and source[stop + 1] in _DIGITS:
                stop += 1
                while stop < end and source[stop] in _DIGITS:
                    stop += 1
            elif stop < end and source[stop] == "." and (stop + 1 == end or source[stop + 1] in " \t),]") and (
                _NUMPY_CODE.search(source)
            ):
                # Python's float 1. (1. - y_true): the number 1.0, in a text that is NumPy code (noted); Octave's
                # 1.*x, 2./x keep their entrywise operators
                add("number", source[position:stop], position, stop + 1)
                position = stop + 1
                continue
            if stop < end and source[stop] in "eE" and _looks_like_exponent(source, stop + 1, end):
                # code's 1e-5 (eps = 1e-15): the number mantissa·10^exponent, exact, bracketed as one operand
                # so that h + 1e-5 stays h + 10⁻⁵; read only in a text that is code (noted), and in plain
                # mathematics 1e-3 could be 1·e − 3, so it is refused there
                position = _scientific(source, start, position, stop, end, tokens)
                continue
            add("number", source[position:stop], position, stop)
            position = stop
        elif compound and char in _ASCII_LETTERS and (whole := _compound_at(source, position, end, compound)):
            add("name", whole, position, position + len(whole))  # y_pred defined with --let: one name
            position += len(whole)
        elif char in "nN" and (clip := _CLIP.match(source, position, end)) and (
            position == 0 or not (source[position - 1].isalnum() or source[position - 1] in "_.")
        ):
            if (wide := _wide_clip(source, position, end)) is None:
                _fail(f"'{clip.group(0)}…)' is read only as a guard: bounds that are numbers, ±{WIDE_CLIP} or wider",
                      source, position, hint="a narrower clip binds on ordinary data and changes the cost (its "
                      "gradient is 0 beyond the bounds); write the quantity clipped if the clip never binds")
            opener, comma, close = wide
            add("open", "(", opener, opener + 1)
            skips[comma] = close
            position = opener + 1
        elif char in "nN" and (softplus := _logaddexp_zero(source, position, end)):
            # np.logaddexp(0, z) = log(e⁰ + eᶻ) = log(1 + eᶻ): the softplus of z, exactly (noted)
            opener, skip_from, skip_to = softplus
            add("name", "softplus", position, opener)
            add("open", "(", opener, opener + 1)
            skips[skip_from] = skip_to
            position = opener + 1
        elif char in "nN" and _LOGADDEXP.match(source, position, end):
            _fail("np.logaddexp(a, b) is read only with 0 as one argument: np.logaddexp(0, z) = log(1 + e^z)",
                  source, position, hint="write log(exp(a) + exp(b)) for two non-zero arguments")
        elif char == "n" and (elementwise := _numpy_elementwise(source, position, end)):
            # NumPy's np.multiply(a, b), np.subtract(a, b), np.power(a, k) …: arithmetic spelled as a call
            word, stop = elementwise
            add("name", word, position, stop)
            position = stop
        elif char == "n" and (ones := _ONES_DOT.match(source, position, end)) and (
            position == 0 or not (source[position - 1].isalnum() or source[position - 1] in "_.")
        ):
            # np.ones(len(X)).dot(v): the all-ones row of the m examples times v, Σᵢ vᵢ (Parser.sum checks the
            # examples, and notes it)
            add("name", "sum", position, ones.end() - 1)
            position = ones.end() - 1
        elif char == "n" and (shaping := _reshaping(source, position, end)):
            position = shaping  # np.squeeze(v), np.ravel(v): v's entries as they are (noted); its ( stays
        elif char in "nN" and source.startswith(("np.dot(", "numpy.dot("), position) and position + 7 <= end:
            stop = source.index(".dot(", position) + 4
            add("name", "dot", position, stop)  # NumPy's np.dot(theta, x): the dot product
            position = stop
        elif char == "s" and (xlogy := _XLOGY.match(source, position, end)) and (
            position == 0 or not (source[position - 1].isalnum() or source[position - 1] in "_.")
        ):
            add("name", "xlogy", position, xlogy.end())  # SciPy's special.xlogy(a, b): a·log(b), Parser.xlogy_call
            position = xlogy.end()
        elif char == "s" and (expit := _EXPIT.match(source, position, end)) and (
            position == 0 or not (source[position - 1].isalnum() or source[position - 1] in "_.")
        ):
            # SciPy's (scipy.)special.expit(z): expit by its module's name, read as expit(z) is (σ, noted there)
            add("name", "expit", position, expit.end())
            position = expit.end()
        elif char in "sm" and (factorial := _FACTORIAL.match(source, position, end)) and (
            position == 0 or not (source[position - 1].isalnum() or source[position - 1] in "_.")
        ):
            # SciPy's (scipy.)special.factorial(y), Python's math.factorial(y): the factorial, read as factorial(y)
            add("name", "factorial", position, factorial.end())
            position = factorial.end()
        elif char in "ne" and (identity := _IDENTITY_CALL.match(source, position, end)) and (
            position == 0 or not (source[position - 1].isalnum() or source[position - 1] in "_.")
        ):
            # np.eye(n), np.identity(len(w)), Octave's eye(n): the n×n identity I, read in a matrix answer (noted
            # there); a size that depends on the layout (X.shape[1]) or counts the examples stays refused
            add("name", "I", position, identity.end())
            position = identity.end()
        elif char in "nN" and source.startswith(("np.matmul(", "numpy.matmul("), position) and position + 10 <= end:
            stop = source.index(".matmul(", position) + 7
            add("name", "dot", position, stop)  # np.matmul(A, B): the matrix product, as np.dot of 2-D arrays
            position = stop
        elif char in "Xxyt" and (training := _TRAINING.match(source, position, end)) and (
            _data_base(training) in readable_training
        ):
            # X_train, y_train, xTr: the training data the gradient is computed on, X and y (noted)
            add("name", _data_base(training), position, training.end())
            position = training.end()
        elif char in "ak" and (keyword := _KEYWORD.match(source, position, end)):
            # NumPy's axis=1, keepdims=True inside np.sum(…): read only there (Parser.dimension_argument)
            add("keyword", f"{keyword.group('word')}={keyword.group('value')}", position, keyword.end())
            position = keyword.end()
        elif char in _ASCII_LETTERS and (code_name := _CODE_NAME.match(source, position, end)):
            if code_name.group("self"):
                receiver = code_name.group("self").split(".")[0].strip()
                language = {"self": "Python", "this": "JavaScript or Java"}.get(receiver, "MATLAB (a classdef's obj)")
                _fail(f"'{receiver}.' is {language} code inside a class: logderiv reads the quantities themselves",
                      source, position, hint="write X, theta, y and define other names with --let NAME=EXPR")
            base = code_name.group("base")
            _fail(f"'{code_name.group(0)}' is a name of code for a data set: write {base}", source, position,
                  hint=f"logderiv's data are X (m×n), y and x; write {base} for {code_name.group(0)}")
        elif char in _ASCII_LETTERS and (count := _PARAMETER_COUNT.match(source, position, end)) and (
            position == 0 or not (source[position - 1].isalnum() or source[position - 1] in "_.")
        ):
            add("name", "n", position, count.end())  # len(theta), theta.size: θ's length, n (noted)
            position = count.end()
        elif char in _ASCII_LETTERS and (count := _FEATURE_COUNT.match(source, position, end)):
            # X.shape[1], size(X, 2), columns(X): X's second size, n (m when X is n×m: matrix_cost says which)
            add("name", "n", position, count.end())
            position = count.end()
        elif char in _ASCII_LETTERS and (count := _COUNT.match(source, position, end)) and (
            # len(y_train) counts the examples where the text's training names are its data (no bare y beside)
            (trained := _TRAINING.search(count.group(0))) is None or _data_base(trained) in readable_training
        ):
            if count.group("ambiguous"):
                _fail(
                    # R's length(X) is the number of entries, m·n: the message must hold for R code too
                    f"'{count.group(0)}' is ambiguous: length(X) of a matrix is the larger of m and n in Octave and "
                    "MATLAB, the number of its entries m·n in R; neither is the number of examples",
                    source,
                    position,
                    hint="for the number of examples m write m, size(X, 1) or length(y)",
                )
            add("name", "m", position, count.end())  # len(X), length(y), size(X, 1): the number of examples
            position = count.end()
        elif char in _ASCII_LETTERS and (entry := _ENTRY.match(source, position, end)) and (
            entry.group("name") in vocab.PARAMETER_VECTORS
            and entry.group("letter") in (None, *sorted(vocab.FEATURE_INDICES))
            and (entry.group("letter") is None or position == 0
                 or not (source[position - 1].isalnum() or source[position - 1] in "_."))
        ):
            # Octave's theta(1): the first entry θ₁ (1-based, as logderiv numbers features); theta(j): entry j
            add("name", entry.group("name"), position, position + len(entry.group("name")))
            add("sub", entry.group("index"), position + len(entry.group("name")), entry.end())
            position = entry.end()
        elif char in _ASCII_LETTERS and (last := _ALL_BUT_LAST.match(source, position, end)) and (
            position == 0 or not (source[position - 1].isalnum() or source[position - 1] in "_.")
        ):
            _fail(f"'{last.group(0)}' leaves out the LAST entry: code that keeps its intercept (a column of ones) "
                  "last, where logderiv's intercept is the first entry, θ₁", source, position,
                  hint=f"put the column of ones first in X and write {last.group('name')}[1:]; or write the "
                       "penalty as a sum over the entries it keeps")
        elif char in _ASCII_LETTERS and (but_one := _COLUMNS_BUT_ONE.match(source, position, end)) and (
            position == 0 or not (source[position - 1].isalnum() or source[position - 1] in "_.")
        ):
            dropped = "last" if "-" in but_one.group("kept") else "first"
            _fail(f"'{but_one.group(0)}' is {but_one.group('name')} without its {dropped} column: code drops the "
                  "column of ones so, but nothing here says that column holds the ones, and logderiv's X keeps "
                  "every column (θ₁ the intercept's)", source, position,
                  hint="write the gradient over every column of X, with the intercept's column of ones first")
        elif char == vocab.DATA_MATRIX and (column := _COLUMN.match(source, position, end)) and (
            position == 0 or not (source[position - 1].isalnum() or source[position - 1] in "_.")
        ):
            # X(:, j), X[:, j]: column j of X, the feature x_j of every example (noted by _code_notes)
            index = column.group("octave") or column.group("numpy")
            if index.isdigit() and column.group("numpy"):
                _fail(f"'{column.group(0)}' numbers X's columns from 0, and logderiv's features from 1 (θ₁ the "
                      "intercept's, with a column of ones): which feature it is depends on the numbering",
                      source, position, hint="write X[:, j] for the column of the feature j differentiated by")
            if index == vocab.EXAMPLE_INDEX and _column_letter_only(source, index):
                # Julia's G[i] = 1/m * sum((h - Y) .* X[:,i]): i takes a column and indexes nothing else, no example
                # among them, and no j stands beside it: the feature's index, read as j (noted by _code_notes)
                index = _COLUMN_LETTER_READ
            elif index == vocab.EXAMPLE_INDEX and _SUBSCRIPT_READ_LETTER.search(source):
                _fail(f"'{column.group(0)}' takes a column of X by '{index}', and a j is written beside it: read "
                      f"as one index (a slip of {index} for j) the answer is one thing, read as two indices it is "
                      "not entry j of the gradient", source, position,
                      hint="write X[:, j] (NumPy) or X(:, j) (Octave) for the column of the feature j")
            if not index.isdigit() and (index not in vocab.INDEX_LETTERS or index == vocab.EXAMPLE_INDEX):
                _fail(f"'{column.group(0)}' takes a column of X by '{index}', which is not a feature index",
                      source, position, hint="write X[:, j] (NumPy) or X(:, j) (Octave)")
            add("name", "x", position, position + 1)
            add("sub", index, position + 1, column.end())
            position = column.end()
        elif char in _ASCII_LETTERS and (whole := _WHOLE.match(source, position, end)) and (
            whole.group("name") in vocab.PARAMETER_VECTORS
            and (position == 0 or not (source[position - 1].isalnum() or source[position - 1] in "_."))
        ):
            # theta(1:end), theta(:), theta[:]: every entry of θ, θ itself (noted by _code_notes)
            add("name", whole.group("name"), position, whole.end())
            position = whole.end()
        elif char == "o" and (ones := _OCTAVE_ONES_LIKE.match(source, position, end)) and (
            position == 0 or not (source[position - 1].isalnum() or source[position - 1] in "_.")
        ):
            # Octave's ones(size(y)): the ones of y's shape, which only the matrix form reads (it takes y's shape)
            add("ones", "like", position, ones.end())
            position = ones.end()
        elif char == "o" and (ones := _OCTAVE_ONES.match(source, position, end)) and (
            position == 0 or not (source[position - 1].isalnum() or source[position - 1] in "_.")
        ):
            # Octave's ones(1, m), ones(m, 1): the all-ones row or column of the examples, which only the matrix
            # form reads (it checks the shape beside it)
            add("ones", "row" if ones.group("row") else "column", position, ones.end())
            position = ones.end()
        elif (char in _ASCII_LETTERS or char in _GREEK_PARAMETERS) and (tail := _TAIL.match(source, position, end)) and (
            _GREEK_TOKENS.get(tail.group("name"), tail.group("name")) in _VECTORS
            and tail.group("again") in (None, tail.group("name"))
            and (tail.group("counted") or tail.group("sized")) in (None, tail.group("name"))
        ):
            # theta(2:end), theta(2:size(theta), :), theta[1:]: θ without its first entry, the intercept (θ(2:end)
            # too: code's own name of the parameters respelled as their letter, Julia's T[2:end])
            add("tail", _GREEK_TOKENS.get(tail.group("name"), tail.group("name")), position, tail.end())
            position = tail.end()
        elif char in _ASCII_LETTERS:
            stop = position
            while stop < end and source[stop] in _ASCII_LETTERS:
                stop += 1
            prefix = _numpy_prefix(source, position, stop, end)
            if prefix:
                position = prefix  # np.sum(...) is sum(...): the NumPy spelling of a known function
                continue
            if (unread := _UNREAD_NUMPY.match(source, position, end)) and (
                position == start or not (source[position - 1].isalnum() or source[position - 1] in "_.")
            ):
                # np.ravel, np.ones, np.where …: say which NumPy call is not read, not "unknown name 'np'"
                _fail(f"NumPy's {unread.group(0)} is not read", source, position,
                      hint=_UNREAD_NUMPY_HINTS.get(unread.group(0).partition(".")[2], _READ_NUMPY_HINT))
            if source[position:stop] in _CAPITAL_THETA_WORDS and _capital_theta(source, position, stop, start, end):
                add("name", "theta", position, stop)  # notes typed in capitals: THETA^T * x, X*THETA (noted)
                position = stop
                continue
            if _worded_dot(source, position, stop, end, tokens):
                # docstrings' 'sigmoid(X dot theta)', 'theta dot x': the word for '.', NumPy's np.dot (noted)
                add("op", ".", position, stop)
                position = stop
                continue
            # (DeepLearning.AI's lambd and the other spellings of λ are read by notation.pasted, noted)
            add("name", source[position:stop], position, stop)
            position = stop
        elif char == "'" and tokens and tokens[-1].kind == "name" and tokens[-1].end == position and (
            tokens[-1].text in _VECTORS or tokens[-1].text == vocab.DATA_MATRIX
        ):
            add("transpose", "T", position, position + 1)  # Octave/MATLAB: theta'*x, X'
            position += 1
        elif char == "‖" or (char == "|" and source.startswith("||", position) and position + 2 <= end):
            stop = position + (1 if char == "‖" else 2)
            add("norm", "‖", position, stop)  # ||w||, ‖w‖: the Euclidean norm
            position = stop
        elif char == "⊤":
            add("transpose", "T", position, position + 1)
            position += 1
        elif char == "^" and source.startswith("^⊤", position) and position + 2 <= end:
            add("transpose", "T", position, position + 2)
            position += 2
        elif char in _HATTED_Y:
            stop = position + len(next(h for h in _HATTED_Y_SPELLINGS if source.startswith(h, position)))
            add("name", vocab.PREDICTION, position, stop)  # ŷ: the prediction h, noted by the parser
            position = stop
        elif (char in "Σ∑" and tokens and tokens[-1].kind == "name" and tokens[-1].end == position
              and tokens[-1].start == position - 1 and position + 3 < end
              and flattened_bound_before(source[:end], position)):
            # mΣi=1 (…): Σ_{i=1}^{m} set in display and copied top down, the count first (noted by the parser)
            copied_count = tokens.pop()
            add("name", _GREEK_TOKENS[char], position, position + 1)
            add("sub", source[position + 1], position + 1, position + 2)
            add("sub", "1", position + 2, position + 4)
            add("sub", copied_count.text, copied_count.start, copied_count.end)
            position += 4
        elif char in _GREEK_TOKENS:
            add("name", _GREEK_TOKENS[char], position, position + 1)
            position += 1
            if char in "Σ∑" and position + 1 < end and flattened_bound_after(source[:end], position + 1):
                # ∑i=1N[…]: Σ_{i=1}^{N} whose scripts a copied page flattened, read as Σᵢ₌₁ᴺ (noted by the parser)
                add("sub", source[position], position, position + 1)
                add("sub", "1", position + 1, position + 3)
                add("sub", source[position + 3], position + 3, position + 4)
                position += 4
        elif char == _CAPITAL_THETA and _capital_theta(source, position, position + 1, start, end):
            add("name", "theta", position, position + 1)  # h(X) = Θ₀ + Θ₁X, J(Θ): θ in a capital (noted)
            position += 1
        elif char == "_" and _typed_hat(source, position, end, tokens):
            # y_^ (Chinese course comments typed in ASCII): ŷ, the hat drawn after the letter; logy_^ is log ŷ
            glued = tokens.pop()
            if glued.text != "y":
                add("name", glued.text[:-1], glued.start, glued.end - 1)
            add("name", vocab.PREDICTION, glued.end - 1, position + 2)
            position += 2
        elif char == "_":
            position = _subscript(source, position, end, add, tokens)
        elif char in _SUBSCRIPT_LETTERS:
            add("sub", _SUBSCRIPT_LETTERS[char], position, position + 1)
            position += 1
        elif char == _SUBSCRIPT_EQUALS:
            position = _sum_bounds(source, position, end, tokens, add)
        elif char in _SUBSCRIPT_DIGITS:
            stop = position
            while stop < end and source[stop] in _SUBSCRIPT_DIGITS:
                stop += 1
            add("sub", "".join(_SUBSCRIPT_DIGITS[c] for c in source[position:stop]), position, stop)
            position = stop
        elif char == "⁽":
            if source.startswith(_EXAMPLE_MARK, position) and position + len(_EXAMPLE_MARK) <= end:
                add("example", vocab.EXAMPLE_INDEX, position, position + len(_EXAMPLE_MARK))
                position += len(_EXAMPLE_MARK)
            else:
                _fail(
                    "a superscript '⁽' must be the example mark ⁽ⁱ⁾",
                    source,
                    position,
                    hint="write y⁽ⁱ⁾ or y^(i) for the i-th example",
                )
        elif char == _SUPERSCRIPT_I and tokens and tokens[-1].end == position and tokens[-1].kind == "name":
            add("example", vocab.EXAMPLE_INDEX, position, position + 1)  # xⁱ, yⁱ: example i, as y^{i} is (noted)
            position += 1
        elif char == _TRANSPOSE:
            add("transpose", "T", position, position + 1)
            position += 1
        elif char == _SMALL_T and tokens and tokens[-1].end == position and tokens[-1].kind in ("name", "close"):
            add("transpose", "T", position, position + 1)  # wᵗx: a superscript t right after a vector, noted
            position += 1
        elif char in _SUPERSCRIPT_DIGITS or char == _SUPERSCRIPT_MINUS:
            stop = position + (char == _SUPERSCRIPT_MINUS)
            digits_start = stop
            while stop < end and source[stop] in _SUPERSCRIPT_DIGITS:
                stop += 1
            if stop == digits_start:
                _fail("a superscript '⁻' must be followed by superscript digits", source, position, hint="write x^-1")
            exponent = "".join(_SUPERSCRIPT_DIGITS[c] for c in source[digits_start:stop])
            add("power", ("-" if char == _SUPERSCRIPT_MINUS else "") + exponent, position, stop)
            position = stop
        elif char == "(" and (whole := _OCTAVE_COLON.match(source, position, end)) and tokens and (
            tokens[-1].kind == "name" and tokens[-1].end == position
        ):
            add("colon", whole.group(0), position, whole.end())  # Octave's v(:): every entry of v as one column
            position = whole.end()
        elif char == "[" and (column := _NEWAXIS.match(source, position, end)) and tokens and (
            tokens[-1].kind in ("close", "name") and tokens[-1].end == position
        ):
            add("newaxis", column.group(0), position, column.end())  # v[:, np.newaxis]: 1-D v as a column
            position = column.end()
        elif char == "." and (item := _numpy_item(source, position, end, tokens)):
            add("item", ".item", position, item)  # NumPy's (…).item((0, 0)): the number in a 1×1 result
            position = item
        elif char == "[" and (item := _numpy_item(source, position, end, tokens, _ITEM_INDEX)):
            add("item", "[0, 0]", position, item)  # NumPy's np.dot(e.T, e)[0, 0]: the entry of a 1×1 result
            position = item
        elif char == "…" or (
            source.startswith("...", position) and position + 3 <= end and source[position + 3:end].split("\n", 1)[0].strip()
        ):
            # θ₁x₁ + … + θₙxₙ (notation.ellipsis); '...' at the end of a line stays Octave's continuation
            stop = position + (1 if char == "…" else 3)
            add("ellipsis", "…", position, stop)
            position = stop
        elif char == "." and (stop := _numpy_transpose(source, position, end, tokens)):
            # NumPy's X.T, (A - Y).T, (1 - y).transpose() (a name's y.transpose() is rewritten by notation.pasted)
            add("transpose", "T", position, stop)
            position = stop
        elif char == "." and source.startswith((".-", ".+"), position) and position + 2 <= end:
            add("op", source[position + 1], position, position + 2)  # Octave's entrywise .- and .+
            position += 2
        elif char == "." and source.startswith(".(", position) and tokens and tokens[-1].end == position and (
            tokens[-1].kind == "name" and tokens[-1].text in vocab.FUNCTIONS
        ):
            position += 1  # Julia's broadcast log.(v): a function of a vector applies to each entry anyway
        elif char == "." and source.startswith(".'", position) and position + 2 <= end and tokens and (
            tokens[-1].end == position and tokens[-1].kind in ("name", "close", "tail")
        ):
            add("transpose", "T", position, position + 2)  # Octave's theta.'*theta: the transpose, as ' is (noted)
            position += 2
        elif char == "." and source.startswith(".*", position) and position + 2 <= end:
            add("op", "⊙", position, position + 2)  # NumPy/MATLAB's elementwise product
            position += 2
        elif char == "." and source.startswith((".^", "./"), position) and position + 2 <= end:
            # Octave's entrywise power and quotient: entrywise is how a power of a vector is read anyway
            add("op", source[position + 1], position, position + 2)
            position += 2
        elif char == "'" and tokens and tokens[-1].kind == "name" and tokens[-1].end == position and (
            tokens[-1].text in compound
        ):
            add("transpose", "T", position, position + 1)  # Octave's var_1', theta1': a --let name transposed
            position += 1
        elif char == "'" and position > start and (source[position - 1] in _ASCII_LETTERS
                                                   or source[position - 1] in ")]'" or source[position - 1] in _GREEK_TOKENS):
            add("transpose", "T", position, position + 1)  # Octave's transpose: y', (1 - y)'
            position += 1
        elif char == "’" and position > start and (source[position - 1] in _ASCII_LETTERS or source[position - 1]
                                                   in ")]'’" or source[position - 1] in _GREEK_TOKENS):
            # (sigX-y)’ * X (a blog's Octave line, f63): a word processor's ’ for the prime right after an operand,
            # as curly_prime reads it on a page (noted); after a space or an operator it stays refused
            add("transpose", "T", position, position + 1)
            position += 1
        elif char == "*" and source.startswith("**", position) and position + 2 <= end:
            add("op", "^", position, position + 2)
            position += 2
        elif char in _OPERATORS:
            refuse_a_katakana_dot_between_digits(source, position)
            add("op", _OPERATORS[char], position, position + 1)
            position += 1
        elif char == ";" and _inside_square_brackets(tokens):
            add("op", ";", position, position + 1)  # Octave's vertical concatenation: [0; theta(2:end)]
            position += 1
        elif char in _OPENERS:
            add("open", char, position, position + 1)
            position += 1
        elif char in _CLOSERS:
            add("close", char, position, position + 1)
            position += 1
        elif char == "∂":
            add("partial", "∂", position, position + 1)
            position += 1
        elif char == "√":
            add("root", "sqrt", position, position + 1)
            position += 1
        elif char in "!~" and (negated := _negated_labels(source, position, end)):
            # Octave's !y and ~y, Julia's !y on Bool labels: the logical not of 0/1 labels, 1 − y (noted)
            for kind, text in (("open", "("), ("number", "1"), ("op", "-")):
                tokens.append(_Token(kind, text, position, position + 1, text))
            add("name", "y", negated - 1, negated)
            tokens.append(_Token("close", ")", negated, negated, ")"))
            position = negated
        elif char in conventions.VULGAR_FRACTIONS:
            # ½, ¼: the fraction it is, bracketed so that ½ x reads (1/2)·x and x^½ as x^(1/2); ½m is refused
            conventions.refuse_fraction_before_count(source, position, latex=False)
            numerator, denominator = conventions.VULGAR_FRACTIONS[char]
            for kind, text in (("open", "("), ("number", numerator), ("op", "/"), ("number", denominator), ("close", ")")):
                tokens.append(_Token(kind, text, position, position + 1, text))  # raw as written out, for the bracket check
            position += 1
        else:
            _unexpected_character(source, position)
    tokens.append(_Token("end", "", end, end, ""))
    return tokens


_CAPITAL_THETA_WORD, _CAPITAL_THETA = "THETA", "Θ"
#: THETA in capitals, and Octave labs' Theta (KrzysiekJa's Polish labs: Theta' * X), read alike
_CAPITAL_THETA_WORDS = (_CAPITAL_THETA_WORD, "Theta")
#: where a capital theta can only be the parameter vector θ: transposed (THETA^T x), after the data matrix
#: (X*THETA), one entry (Θ₀, THETA_j), or the whole argument of a cost's left side (J(THETA) =)
_THETA_TRANSPOSED = patterns.compile(r"\s*(?:\^\s*\{?\s*T\s*\}?(?![A-Za-z])|'|ᵀ|\.T(?![A-Za-z]))")
_THETA_ENTRY = patterns.compile(r"_\s*\{?\s*[0-9jk]\s*\}?(?![0-9₀-₉ijkl_])|[₀-₉ⱼ](?![₀-₉ᵢⱼₖ])")
_AFTER_DATA_MATRIX = patterns.compile(r"(?<![A-Za-z0-9_])X\s*[*@·]?\s*\(?\s*$")
_LEFT_SIDE_ARGUMENT = patterns.compile(r"\s*\)\s*(?:=(?!=).*)?", re.S)
_COST_HEAD = patterns.compile(r"^\s*[A-Za-z]\w*\s*\([^()=]*\)\s*=(?!=)")
#: a parameter, perhaps with a component subscript, that an iterate or layer mark may sit on
_ITERATED_PARAMETER = patterns.compile(r"(?:theta|θ|w|beta|β|b|weights)(?:_\{?\w+\}?|[₀-₉ⱼₖ]+)?")
_LOWER_THETA = patterns.compile(r"(?<![A-Za-z\\])theta(?![A-Za-z])|θ")
#: a NumPy mean of every entry (np.mean(A), A.mean(): no axis), and the targets' capital Y taken whole beside it
_NUMPY_WHOLE_MEAN = patterns.compile(r"(?:np|numpy)\.mean\(|\.mean\(\s*\)")
_TARGETS_CAPITAL = patterns.compile(r"(?<![\w.])Y(?![\w(\[.])")
#: the note for a capital theta read as θ
TYPED_HAT_NOTE = "y_^ is read as ŷ, the prediction h: the hat typed after the letter, as plain-text comments draw it"
CAPITAL_THETA_NOTE = ("{written} is read as θ, the parameter vector (notes written in capitals): it is used only as "
                      "θ is, transposed against a vector, after the data matrix X, by its entries or as J's argument")


def _capital_theta(source: str, position: int, stop: int, start: int, end: int) -> bool:
    """Whether the capital ``THETA`` or ``Θ`` at ``source[position:stop]`` is θ; refused where it may not be.

    Notes typed in capitals write ``h(x) = THETA^T * x`` and ``(X*THETA - y)``, French notes ``h(X) = Θ₀ + Θ₁X``.
    Ng's networks write Θ for a layer's weight MATRIX (``Theta1``, ``Θ^{(l)}``), so a capital is read as θ only
    where it can be nothing else: transposed, after X, one entry of it, or as J's argument; and not where the same
    text also writes a lowercase θ outside its left side (two quantities?). Anything else is refused, with both
    readings, at the capital.
    """
    written = source[position:stop]
    before, after = source[start:position], source[stop:end]
    head = _COST_HEAD.match(source, start, end)
    body = source[head.end() if head else start:end]
    if _LOWER_THETA.search(body):
        _fail(f"'{written}' beside a lowercase theta: they may be two quantities (θ, or a weight matrix Θ of a "
              "network's layer), and nothing here says which", source, position,
              hint="write the parameters as theta throughout")
    if _NUMPY_WHOLE_MEAN.search(body) and _TARGETS_CAPITAL.search(body) and "axis" not in body:
        # np.mean((X @ Theta - Y)**2): Θ n×K and Y m×K (several outputs) averaged over m·K entries is not the one-output
        # cost's 1/m, whose gradient read as θ and y is K times too large (audit51, as for X @ W beside Y)
        _fail(f"'{written}' beside the targets' capital Y under a mean of every entry: Θ may be a matrix of several "
              "outputs (Y m×K), whose mean is over m·K entries, and nothing here says there is one output", source,
              position, hint="write theta and y for one output")
    if (_THETA_TRANSPOSED.match(after) or _THETA_ENTRY.match(after) or _AFTER_DATA_MATRIX.search(before)
            or (re.search(r"(?<![A-Za-z0-9_])[A-Za-z]\s*\(\s*$", before) and _LEFT_SIDE_ARGUMENT.fullmatch(after))):
        return True
    _fail(f"'{written}' is read as θ only where it can be nothing else (THETA^T x, X*THETA, THETA_j, J(THETA)): "
          "here it could also be a weight matrix Θ, as Ng's networks write a layer's weights", source, position,
          hint="write theta for the parameter vector; for a network's weights define the matrix with --let")


def _capital_theta_notes(tokens: list[_Token]) -> tuple[str, ...]:
    """One note for the capitals read as θ (``THETA``, ``Θ``)."""
    written = [token.raw for token in tokens if token.kind == "name" and token.text == "theta"
               and token.raw in (*_CAPITAL_THETA_WORDS, _CAPITAL_THETA)]
    return (CAPITAL_THETA_NOTE.format(written=" and ".join(dict.fromkeys(written))),) if written else ()


def _worded_dot(source: str, position: int, stop: int, end: int, tokens: list[_Token]) -> bool:
    """Whether the word at ``source[position:stop]`` is ``dot`` written between two operands: ``X dot theta``.

    Docstrings spell NumPy's ``np.dot`` as a word (``h = sigmoid(X dot theta)``). Only a lone word with a
    space on each side counts, after a name or a closing bracket and before a name or an opening bracket:
    ``dot(theta, x)``, ``X.dot(theta)`` and a name ``dot`` of the user's keep their own readings.
    """
    if source[position:stop] != "dot" or not tokens or tokens[-1].kind not in ("name", "close", "transpose"):
        return False
    if position == 0 or not source[position - 1].isspace() or stop >= end or not source[stop].isspace():
        return False
    rest = source[stop:end].lstrip()
    return bool(rest) and (rest[0] in _ASCII_LETTERS or rest[0] in _GREEK_TOKENS or rest[0] == "(")


#: what may follow y_^ for it to be ŷ: the end, a closing bracket, a comma, '=', or an operator after a space (y_^ + …);
#: never a letter, digit or bracket (y_^2, y_^(i) may be a power) nor a '-' glued to it (y_^-1 may be an inverse)
_AFTER_TYPED_HAT = patterns.compile(r"\s*(?:$|[)\],;=*/+])|\s+-\s")
#: functions a typed hat may be glued to, as the comments write them: logy_^ for log ŷ
_GLUED_TO_HAT = ("log", "ln")


#: a name of code joined by underscores and called, mse_loss(…), compute_cost(…): group "name" the whole name
_JOINED_CALL = patterns.compile(r"(?P<name>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)\s*\(")


def _typed_hat(source: str, position: int, end: int, tokens: Sequence[_Token]) -> bool:
    """Whether the ``_`` at ``position`` draws a hat on the y just before it: ``y_^`` typed for ŷ (``logy_^``: log ŷ).

    Read only when nothing could be an index or a power after it (:data:`_AFTER_TYPED_HAT`); the parser notes it.
    """
    if not source.startswith("_^", position) or position + 2 > end or not tokens:
        return False
    glued = tokens[-1]
    if glued.kind != "name" or glued.end != position or glued.raw != glued.text \
            or glued.text not in ("y", *(f"{word}y" for word in _GLUED_TO_HAT)):
        return False
    return _AFTER_TYPED_HAT.match(source[:end], position + 2) is not None


def _subscript(source: str, position: int, end: int, add: _Add, tokens: Sequence[_Token] = ()) -> int:
    """Read ``_j``, ``_0``, ``_12``, ``_theta``, ``_θ``; return the position after it.

    A letter subscript is one letter (``x_jk`` is ``x_j k``, as in LaTeX) except
    ``theta``, which decorates the prediction: ``h_theta(x)``; and except the
    data's two indices ``x_ij`` (``X_ik``): read as one letter, the j would be a
    bare feature index, which means nothing, so the two letters are x_{ij},
    feature j of example i, as ``x_i_j`` is (noted: :func:`_two_index_notes`).
    """
    after = position + 1
    if _two_indices(source, after, end, tokens, position):
        add("sub", source[after], position, after + 1)
        add("sub", source[after + 1], after + 1, after + 2)
        return after + 2
    if after < end and source[after] in _DIGITS:
        stop = after
        while stop < end and source[stop] in _DIGITS:
            stop += 1
        add("sub", source[after:stop], position, stop)
        return stop
    if after < end and source[after] in _ASCII_LETTERS:
        stop = after + 5 if source.startswith("theta", after) and after + 5 <= end else after + 1
        add("sub", source[after:stop], position, stop)
        return stop
    if after < end and source[after] in vocab.GREEK:
        add("sub", vocab.GREEK[source[after]], position, after + 1)
        return after + 1
    if after < end and source[after] in _SUBSCRIPT_LETTERS:
        add("sub", _SUBSCRIPT_LETTERS[source[after]], position, after + 1)
        return after + 1
    hint = "write theta_j, x_0 or sum_k(...); a subscript is one letter or a number"
    if after < end and source[after] == "{":
        hint = "braces are LaTeX; in plain notation write x_j, sum_i(...) or sum_k(...)"
    if after < end and source[after] == "^":
        # y_^ (comments typed in ASCII): a hat drawn under the line, or an index and then a power; not said
        hint = "if _^ draws a hat (y_^ for ŷ, the prediction), write y_hat; an index is one letter or a number"
    _fail("'_' must be followed by an index", source, position, hint=hint)


def _two_indices(source: str, after: int, end: int, tokens: Sequence[_Token], position: int) -> bool:
    """Whether ``source[after:]`` is the example index and a feature index, ``ij`` or ``ik``, right after x or X."""
    if not tokens or tokens[-1].kind != "name" or tokens[-1].text not in ("x", vocab.DATA_MATRIX) \
            or tokens[-1].end != position:
        return False
    if not source.startswith(vocab.EXAMPLE_INDEX, after) or after + 1 >= end \
            or source[after + 1] not in vocab.FEATURE_INDICES:
        return False
    return after + 2 >= end or not (source[after + 2].isalnum() or source[after + 2] in "_^")


def _two_index_notes(tokens: list[_Token]) -> tuple[str, ...]:
    """The data written with two indices after one underscore (``x_ij``), read as x_{ij}: one note for them all."""
    written = [(f"{name.raw}_{first.text}{second.text}", second.text)
               for name, first, second in zip(tokens, tokens[1:], tokens[2:])
               if first.kind == "sub" and first.raw == "_" + first.text and second.kind == "sub"
               and second.raw == second.text and second.start == first.end]
    return tuple(f"{shown} is read with two indices: feature {feature} of example i (as x_i_{feature} or "
                 f"x_{{i{feature}}} write it)" for shown, feature in dict.fromkeys(written))


def _sum_bounds(source: str, position: int, end: int, tokens: list[_Token], add: _Add) -> int:
    """``Σᵢ₌₁ᵐ``, ``∑ⱼ₌₁ⁿ``: the bounds 1 and m (or n) as the two subscripts of ``sum_1_m``; where they stop.

    Only right after a Σ and its index letter, and only from 1 to m or n: the parser checks that the
    count is the one of what the index ranges over (:meth:`_Parser.written_limits`).
    """
    index, sigma = (tokens[-1], tokens[-2]) if len(tokens) >= 2 else (None, None)
    if not (index is not None and index.kind == "sub" and index.end == position and index.text in _INDEX_LETTERS
            and sigma is not None  # None exactly when index is
            and sigma.kind == "name" and sigma.text == "sum" and source[sigma.start:sigma.end] in ("Σ", "∑")
            and sigma.end == index.start):
        _fail("'₌' is read only in a sum's bounds, right after Σ and its index", source, position,
              hint="write Σᵢ₌₁ᵐ (the examples) or Σⱼ₌₁ⁿ (the features)")
    stop = position + 1
    while stop < end and source[stop] in _SUBSCRIPT_DIGITS:
        stop += 1
    lower = "".join(_SUBSCRIPT_DIGITS[c] for c in source[position + 1:stop])
    if lower != "1" or stop >= end or source[stop] not in _SUPERSCRIPT_COUNTS:
        hint = "write Σᵢ₌₁ᵐ (the examples) or Σⱼ₌₁ⁿ (the features)"
        if lower == "0":
            hint += "; a 0-based sum runs to n-1, and a bias θ₀ is its own term: θ₀ + Σⱼ₌₁ⁿ θⱼxⱼ"
        _fail("a sum's bounds are read only from 1 to m (the examples) or to n (the features)", source,
              position + 1 if lower != "1" else stop, hint=hint)
    add("sub", lower, position, stop)
    add("sub", _SUPERSCRIPT_COUNTS[source[stop]], stop, stop + 1)
    return stop + 1


#: functions NumPy spells ``np.NAME``: the prefix is dropped (``np.sum(v)`` is ``sum(v)``)
_NUMPY_FUNCTIONS = frozenset({"sum", "mean", "log", "exp", "sqrt", "tanh", "dot", "transpose", "square"})


#: NumPy's arithmetic written as calls, by the operator each is (np.multiply is ⊙, the entry-by-entry product;
#: the others act entry by entry as + − / and ** do on arrays anyway): ufuncs of exactly two arguments
NUMPY_ARITHMETIC: dict[str, _Operator] = {
    "multiply": "⊙", "add": "+", "subtract": "-", "divide": "/", "true_divide": "/", "power": "^",
    # NumPy 2 added np.pow as an alias of np.power (the Array API's name)
    "pow": "^"}
#: a power written as a call without a module, of exactly two arguments: Octave's and MATLAB's power(a, b) (a.^b),
#: Python's built-in pow(a, b) (a**b; pow(a, b, mod) has a third argument and is refused), and NumPy's np.power
#: imported bare. Each is a to the power b entry by entry, the one meaning every language gives the name.
_POWER_CALLS = frozenset({"power", "pow"})
_NUMPY_ARITHMETIC = patterns.compile(r"(?:np|numpy)\.(?P<word>" + "|".join(NUMPY_ARITHMETIC) + r")\(")


def _numpy_elementwise(source: str, position: int, end: int) -> tuple[str, int] | None:
    """``np.multiply``, ``np.subtract``, … at ``position``: the function's word and where it ends, before its ``(``."""
    match = _NUMPY_ARITHMETIC.match(source, position, end)
    if match is None or (position and (source[position - 1].isalnum() or source[position - 1] in "_.")):
        return None
    return match.group("word"), match.end() - 1


#: np.clip(z, LOW, HIGH) with numeric bounds: LOW and HIGH as written
_CLIP = patterns.compile(r"(?:np|numpy)\.clip\(")
_CLIP_BOUNDS = patterns.compile(r",\s*(?P<low>-\s*\d+(?:\.\d+)?)\s*,\s*(?P<high>\+?\d+(?:\.\d+)?)\s*\)")
#: the least bound of a clip of a linear score read away: beyond ±30, σ(z) is 0 or 1 to float64's precision
WIDE_CLIP = 30


def _wide_clip(source: str, position: int, end: int) -> tuple[int, int, int] | None:
    """``np.clip(z, -500, 500)`` at ``position``: the offsets of its ``(``, of the comma before the bounds, of its ``)``.

    Code clips a score before np.exp only so that it cannot overflow: between the bounds the clip is z itself,
    and bounds of ±30 or more are reached only by a score whose σ is within 10⁻¹³ of 0 or 1.
    Narrower bounds, or bounds that are not numbers, change the cost and are refused (None here, then 'np').
    """
    match = _CLIP.match(source, position, end)
    if match is None or (position and (source[position - 1].isalnum() or source[position - 1] in "_.")):
        return None
    opener = match.end() - 1
    close = _matching_close(source, opener)
    if close < 0 or close >= end:
        return None
    depth, comma = 0, -1
    for offset in range(opener + 1, close):
        char = source[offset]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            comma = offset
            break
    bounds = _CLIP_BOUNDS.fullmatch(source, comma, close + 1) if comma > 0 else None
    if bounds is None:
        return None
    low, high = float(bounds.group("low").replace(" ", "")), float(bounds.group("high"))
    if low > -WIDE_CLIP or high < WIDE_CLIP:
        return None
    return opener, comma, close


_LOGADDEXP = patterns.compile(r"(?<![A-Za-z0-9_.])(?:np|numpy)\.logaddexp\(")
_ZERO_ARGUMENT = patterns.compile(r"\s*0(?:\.0*)?\s*")


def _logaddexp_zero(source: str, position: int, end: int) -> tuple[int, int, int] | None:
    """``np.logaddexp(0, z)`` or ``np.logaddexp(z, 0)`` at ``position``: its ``(``, and the span of the 0 to read away.

    Returns (opener, skip_from, skip_to): reading jumps from ``skip_from`` to ``skip_to``, leaving softplus(z).
    """
    match = _LOGADDEXP.match(source, position, end)
    if match is None or (position and (source[position - 1].isalnum() or source[position - 1] in "_.")):
        return None
    opener = match.end() - 1
    close = _matching_close(source, opener)
    if close >= end:
        return None
    depth, comma = 0, -1
    for offset in range(opener + 1, close):
        if source[offset] in "([":
            depth += 1
        elif source[offset] in ")]":
            depth -= 1
        elif source[offset] == "," and depth == 0:
            if comma >= 0:
                return None  # a third argument (out=…): not read
            comma = offset
    if comma < 0:
        return None
    if _ZERO_ARGUMENT.fullmatch(source, opener + 1, comma):
        return opener, opener + 1, comma + 1
    if _ZERO_ARGUMENT.fullmatch(source, comma + 1, close):
        return opener, comma, close
    return None


#: the n×n identity as code writes it, of a size that is n in every layout: NumPy's np.eye(n), np.identity(len(w)),
#: Octave's eye(n), eye(length(theta)) (the parameters' own length)
_IDENTITY_CALL = patterns.compile(
    r"(?:(?:np|numpy)\.(?:eye|identity)|eye)\(\s*(?:n|(?:len|length|numel)\s*\(\s*(?:theta|w|beta)\s*\)"
    r"|(?:theta|w|beta)\.(?:size|shape\s*\[\s*0\s*\])|size\s*\(\s*(?:theta|w|beta)\s*,\s*1\s*\))\s*\)"
)


#: np.ones(len(X)).dot(: the all-ones vector of one entry per example, as the left factor of a product
_ONES_DOT = patterns.compile(
    r"(?:np|numpy)\.ones\(\s*(?:len\s*\(\s*[Xxy]\s*\)|[Xxy]\.shape\s*\[\s*0\s*\]|y\.size|m)\s*\)\.dot\("
)


#: NumPy's functions that only reshape an array (as the methods .squeeze(), .ravel() do): read as their argument;
#: the methods called through their class, np.ndarray.flatten(v) and np.ndarray.ravel(v), are v.flatten(), v.ravel()
_NUMPY_RESHAPING = patterns.compile(
    r"(?<![\w.])(?:np|numpy)\.(?:squeeze|ravel|asarray|array|ndarray\.(?:flatten|ravel))\(")


def _reshaping(source: str, position: int, end: int) -> int:
    """Where the ``(`` of ``np.squeeze(v)`` (``np.ravel``, ``np.asarray``, ``np.array``) at ``position`` is, when the
    call has the one argument v, closed within the text; else 0 (an axis, a dtype or a list stay refused)."""
    match = _NUMPY_RESHAPING.match(source, position, end)
    if match is None:
        return 0
    opener = match.end() - 1
    close = _matching_close(source, opener)
    depth = 0
    for offset in range(opener + 1, min(close, end)):
        if depth == 0 and source[offset] in ",[":
            return 0  # np.squeeze(v, axis=1), np.array([1, 2]): not v as it is
        if source[offset] in "([{":
            depth += 1
        elif source[offset] in ")]}":
            depth -= 1
    return opener if close < end else 0
#: a text that calls NumPy: np.log(…), numpy.dot(…)
_NUMPY_CODE = patterns.compile(r"(?<![\w.])(?:np|numpy)\.[A-Za-z_]")
#: Octave's entrywise operators (.^ .* ./), which mark a text as Octave code
_OCTAVE_ENTRYWISE = patterns.compile(r"\.[\^*/]")


#: a NumPy attribute or function the notation does not read (np.ravel, np.ones, np.where, np.newaxis)
_UNREAD_NUMPY = patterns.compile(r"(?:np|numpy)\.[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")
#: NumPy calls whose meaning depends on what the texts do not say, with what each could mean (the hint)
_UNREAD_NUMPY_HINTS = {
    "ones": "np.ones(m) times a column v is Σ v (1ᵀv) where * is the matrix product (np.matrix, np.dot), but v "
            "itself where * is entry by entry (arrays); which is not said: write np.sum(v) or v",
    "eye": "np.eye(k) is read only as the n×n identity I of a matrix answer, with k = n or the parameters' length "
           "(len(w)): a size written from X (X.shape[1]) depends on the layout, and an m×m identity is no part of "
           "a gradient: write np.eye(n)",
    "identity": "np.identity(k) is read only as the n×n identity I of a matrix answer, with k = n or the parameters' "
                "length (len(w)): write np.identity(n)",
    "c_": "np.c_[np.ones(…), X] puts a column of ones before X, the intercept's feature; logderiv's X has it "
          "already (x₁ = 1, θ₁ the intercept): write X for the stacked matrix",
    "hstack": "stacking a column of ones before X adds the intercept's feature; logderiv's X has it already "
              "(x₁ = 1, θ₁ the intercept): write X for the stacked matrix",
    # np.multiple is no NumPy function: np.multiply (entry by entry) or a matrix product, which is not said
    "multiple": "np.multiple is not a NumPy function — did you mean np.multiply(a, b) (entry by entry) or "
                "np.dot(a, b) / np.matmul (the matrix product, θᵀX)? write the one meant",
}
_READ_NUMPY_HINT = ("NumPy's sum, mean, log, exp, sqrt, tanh, dot, matmul, multiply, transpose, square, clip (of a "
                    "score), logaddexp (with 0) and linalg.norm (squared) are read")


def _numpy_prefix(source: str, start: int, stop: int, end: int) -> int:
    """Where the function after ``np.`` (or ``numpy.``) starts, if ``source[start:stop]`` is such a prefix; else 0.

    Python's ``math.e`` is Euler's number as ``np.e`` is (math.exp is read with JavaScript's Math by pasted)."""
    if source[start:stop] not in ("np", "numpy", "math") or stop >= end or source[stop] != ".":
        return 0
    after = stop + 1
    while after < end and source[after] in _ASCII_LETTERS:
        after += 1
    if source[stop + 1:after] == "e" and not (after < end and (source[after].isdigit() or source[after] == "_")) \
            and (start == 0 or not (source[start - 1].isalnum() or source[start - 1] in "_.")):
        # np.e is Euler's number e by name (np.e**(-z) is e^(−z)); a --let of e beside it is refused, as beside e^…
        return stop + 1
    if source[start:stop] == "math":
        return 0  # the math module's functions are respelled before the parser (pasted's Math.log, math.exp)
    return stop + 1 if source[stop + 1:after] in _NUMPY_FUNCTIONS else 0


#: SciPy's xlogy, a·log(b) entry by entry, as code calls it: scipy.special.xlogy(a, b), special.xlogy(a, b)
_XLOGY = patterns.compile(r"(?:scipy\.)?special\.xlogy(?=\()")
#: SciPy's logistic sigmoid as code calls it: scipy.special.expit(z), special.expit(z)
_EXPIT = patterns.compile(r"(?:scipy\.)?special\.expit(?=\()")
#: the factorial as code calls it: SciPy's scipy.special.factorial, special.factorial; Python's math.factorial
_FACTORIAL = patterns.compile(r"(?:(?:scipy\.)?special|math)\.factorial(?=\()")


#: θ without its first entry, as code writes it: Octave's theta(2:end), theta(2:size(theta)),
#: theta(2:length(theta)), theta(2:n) (n, the number of features, is θ's length), with an optional ", :" or ", 1" for the
#: column (θ is n×1, so its column 1 is all of it);
#: NumPy's theta[1:], and theta[1:, 0] of θ kept as an n×1 column (its one column, 0); theta[1:theta.size],
#: theta[1:len(theta)], theta[1:theta.shape[0]] (the slice stopped at θ's own length, dibgerge's ex2: the end)
_TAIL = patterns.compile(
    r"(?P<name>[A-Za-z]+|[θβ])\s*(?:\(\s*2\s*:\s*(?:end|n|(?:size|length|numel|rows)\s*\(\s*(?P<again>[A-Za-z]+)\s*(?:,\s*1\s*)?\))"
    r"\s*(?:,\s*[:1]\s*)?\)|\[\s*1\s*:\s*(?:len\(\s*(?P<counted>[A-Za-z]+)\s*\)|(?P<sized>[A-Za-z]+)\.(?:size|shape\s*\[\s*0\s*\]))?"
    r"\s*(?:,\s*(?::|0)?\s*)?\])"
)


#: column j of the data matrix as code writes it: Octave's X(:, j), X(:, 2) (numbered from 1, as logderiv numbers
#: features), NumPy's X[:, j] (a digit there counts from 0, and is refused)
_COLUMN = patterns.compile(
    r"X\s*(?:\(\s*:\s*,\s*(?P<octave>[A-Za-z]|[1-9][0-9]?)\s*\)|\[\s*:\s*,\s*(?P<numpy>[A-Za-z]|[0-9]+)\s*\])"
)
#: a letter standing alone (not inside a name, not a LaTeX command's)
_LONE_LETTER = "(?<![A-Za-z0-9_\\\\]){}(?![A-Za-z0-9_])"
#: the feature index a column's i is read as, where i indexes nothing else
_COLUMN_LETTER_READ = "j"
#: that index written as a subscript, θ_j, theta_{j}, θⱼ: a j of its own beside the column's i, as a lone j is
_SUBSCRIPT_READ_LETTER = patterns.compile(r"(?:_\{\s*j\s*\}|_j|ⱼ)(?![A-Za-z0-9_])")


def _column_letter_only(source: str, letter: str) -> bool:
    """Whether every ``letter`` of ``source`` takes a column of X (``X[:, i]``) and no j is written beside it.

    A j beside it may be alone (``theta[j]``) or a subscript (``lam/m*theta_j``, ``dJ/dtheta_j = …``): either way
    the text names two indices, i for the column and j for the rest, and reading i as j would pair X[:, i] with θⱼ,
    a slip of one letter read as right.
    """
    columns = [match for match in _COLUMN.finditer(source) if (match.group("octave") or match.group("numpy")) == letter]
    alone = re.findall(_LONE_LETTER.format(letter), source)
    return bool(columns) and len(alone) == len(columns) and not re.search(_LONE_LETTER.format(_COLUMN_LETTER_READ),
                                                                          source) \
        and not _SUBSCRIPT_READ_LETTER.search(source)


#: every entry of a vector as code writes it: Octave's theta(1:end), theta(:), theta(1:end, :), NumPy's theta[:]
_WHOLE = patterns.compile(r"(?P<name>[A-Za-z]+)\s*(?:\(\s*(?:1\s*:\s*end\s*(?:,\s*:\s*)?|:)\s*\)|\[\s*:\s*(?:,\s*:\s*)?\])")


#: NumPy's theta[:-1], theta[:-1, :]: the parameters without the last one (an intercept kept last): refused
_ALL_BUT_LAST = patterns.compile(r"(?P<name>theta|w|beta|weights)\s*\[\s*:\s*-\s*1\s*(?:,\s*:?\s*)?\]")
#: a matrix's columns but the last or the first, X[:, :-1], X[:, 1:]: which column is dropped is where code keeps its ones
_COLUMNS_BUT_ONE = patterns.compile(r"(?P<name>[A-Za-z_]\w*)\s*\[\s*:\s*,\s*(?P<kept>:\s*-\s*1|1\s*:)\s*\]")


#: NumPy's x.size, the attribute: x's count of entries, m only where x is a vector (one feature)
_X_SIZE = patterns.compile(r"(?<![\w.])x\.size(?![\w(\[])")
#: a text using code's lowercase x as a matrix: x[i] a row the weights multiply in np.sum(w * x[i]), a column
#: x[:, j] or an entry x[i, j] / x[i][j] (j not 0), x's second size, x times the weights as matrices (x @ w,
#: x.dot(w), np.dot(x, w)), a sum of x's rows along axis=1; a one-feature x's x.T, x @ v, np.dot(x, v) are not
_X_MATRIX = patterns.compile(
    # (column 0 alone, x[i][0], x[:, 0], is an (m, 1) column's entry: its size is m)
    r"(?<![\w.])x\s*(?:\[\s*(?::|\w+)\s*(?:,|\]\s*\[)\s*(?!0\s*\])\w|\.shape\s*\[\s*-?1\s*\]"
    # the weights whole, not the start of another factor (np.dot(x, w * x - y) is a one-feature xᵀv)
    r"|(?:@|\.dot\()\s*(?:self\.)?(?:w|theta|beta|weights)(?!\w)(?!\s*[*/\[(.]))"
    r"|(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*x\s*,\s*(?:self\.)?(?:w|theta|beta|weights)\s*\)"
    r"|sum\(\s*\w+\s*\*\s*x\s*\["
    # np.sum(w * x, axis=1): x's own rows summed (another name's axis=1 says nothing of x)
    r"|sum\(\s*(?:\w+\s*\*\s*)?x(?:\s*\*\s*\w+)?\s*,\s*axis\s*=\s*1"
)


def refuse_matrix_size(texts: Sequence[object]) -> None:
    """Refuse code's ``x.size`` where another text uses x as a matrix: there it is m·n, not the m it is read as.

    ``q = q / x.size`` after ``q += (np.sum(w * x[i]) - y[i]) ** 2`` (a notebook's x, the matrix of examples) was
    read as the mean over the examples, a gradient n times too large (audit54); a one-feature x keeps its reading.
    """
    written = [text for text in texts if isinstance(text, str)]
    if not any(_X_MATRIX.search(text) for text in written):
        return
    for text in written:
        size = _X_SIZE.search(text)
        if size is not None:
            _fail("'x.size' counts every entry of x, and x is a matrix here (m×n: its rows times the weights): "
                  "m·n, not the number of examples", text, size.start(),
                  hint="for the number of examples write x.shape[0] or len(y)")


#: the number of examples m as code counts it: NumPy's len(X), len(y), X.shape[0] (x.shape[0], len(x): the
#: data, one example per row or entry, as x*theta reads it, or a one-feature model's x); Octave's length(y),
#: size(X, 1), rows(X), numel(y); Octave's length(X) (the larger of m and n) is refused
_COUNT = patterns.compile(
    r"len\s*\(\s*[Xxy]\s*\)|(?:length|numel)\s*\(\s*y\s*\)|size\s*\(\s*[Xy]\s*,\s*1\s*\)"
    r"|rows\s*\(\s*[Xy]\s*\)|[Xxy]\.shape\s*\[\s*0\s*\]|(?P<ambiguous>length\s*\(\s*X\s*\))"
    # NumPy's np.shape(X)[0], Octave's chained size(X)(1), R's nrow(X), PyTorch's X.size(0): the rows too
    r"|np\.shape\s*\(\s*[Xxy]\s*\)\s*\[\s*0\s*\]|size\s*\(\s*[Xy]\s*\)\s*\(\s*1\s*\)|nrow\s*\(\s*[Xy]\s*\)"
    r"|[Xxy]\.size\s*\(\s*0\s*\)"
    # NumPy's y.size, the attribute: a vector's count of entries, one per example (X.size would be m·n: not read)
    r"|[xy]\.size(?![\w(\[])"
    # the training set's rows, as the training names are read (len(x_train), len(y_train))
    r"|len\s*\(\s*[Xxy]_train\s*\)"
)


#: Octave's [0; ones(length(theta)-1, 1)]: the mask that leaves the intercept out (n entries: θ's or X's columns)
_ONES_MASK = patterns.compile(
    r"\[\s*0\s*;\s*(?P<ones>ones)\s*\(\s*(?:(?:length|numel|rows)\s*\(\s*(?:theta|w)\s*\)"
    r"|size\s*\(\s*(?:theta\s*,\s*1|X\s*,\s*2)\s*\)|columns\s*\(\s*X\s*\)|n)\s*-\s*1\s*,\s*1\s*\)\s*(?:;\s*)?\]"
)


#: Octave's 1×1 array of zeros first in a vertical stack, [zeros(1, 1); …] or [zeros(1); …]: the number 0 (zeros(1)
#: is 1×1, zeros(n) would be n×n; zeros(1, n) or zeros(size(theta)) are no one entry and are left alone)
_ONE_BY_ONE_ZEROS = patterns.compile(r"\s*(?P<zeros>zeros\s*\(\s*1\s*(?:,\s*1\s*)?\))\s*;")


#: X's second size as code writes it: NumPy's X.shape[1], Octave's size(X, 2), columns(X) (n for X m×n)
_FEATURE_COUNT = patterns.compile(r"X\.shape\s*\[\s*-?1\s*\]|size\s*\(\s*X\s*,\s*2\s*\)|columns\s*\(\s*X\s*\)"
                                  r"|np\.shape\s*\(\s*X\s*\)\s*\[\s*-?1\s*\]|size\s*\(\s*X\s*\)\s*\(\s*2\s*\)"
                                  r"|ncol\s*\(\s*X\s*\)|X\.size\s*\(\s*1\s*\)")

#: the length of the parameter vector as code counts it: len(theta), theta.size, np.size(w), theta.shape[0]: n,
#: one parameter per column of X (logderiv's θ is n×1, its intercept θ₁ with a column of ones in X)
_PARAMETER_COUNT = patterns.compile(
    r"(?:(?:len|length|numel)\s*\(\s*(?P<a>theta|w|beta|weights)\s*\)|(?:np|numpy)\.size\(\s*(?P<b>theta|w|beta|weights)\s*\)"
    r"|(?P<c>theta|w|beta|weights)\.(?:size|shape\s*\[\s*0\s*\]))(?![A-Za-z0-9_(\[])"
)



#: NumPy's keyword arguments of np.sum: axis=0, axis=1, keepdims=True
_KEYWORD = patterns.compile(r"(?P<word>axis|keepdims)\s*=(?!=)\s*(?P<value>True|False|-?\d+)(?![A-Za-z0-9_.])")


#: names of code that logderiv refuses clearly rather than misread: self.x, X_train, y_test
#: a name of code as written, letters, digits and underscores (y_predicted)
_IDENTIFIER = patterns.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CODE_NAME = patterns.compile(r"(?P<self>(?:self|this|obj)\s*\.)|(?P<base>[Xxy])_(?:train|test|val|valid|dev)(?![A-Za-z0-9_])")

#: code's names for the training data (X_train, y_train, X_tr; Cornell CS4780's xTr, yTr and x_tr, y_tr, its d×n
#: data matrix; Keras's and the MLS labs' lower-case x_train, read as code's x, the data matrix or one feature as
#: x itself is), read as X, x and y where nothing else in the text is an X (an x, a y)
#: (and the camel-case xTrain, yTrain of MATLAB and Octave code, the same words as xTr and x_train: fixpyloop37, a Polish
#: Octave lab's xTrain' * (sigmoid(xTrain * w) - yTrain), f82)
#: (and the prefixed trX, trY of the TensorFlow tutorials' scripts, trX = np.linspace(-1, 1, 101) beside
#: trY = 2 * trX + noise: read as x and y, x_train's lower case, code's x being the one feature or the data as x
#: itself is; fixcode38, a Spanish script's W_gradient -= (2/N) * (trY[i] - gradient_func(W, trX[i], b)) * trX[i], f83)
_TRAINING = patterns.compile(r"(?:(?P<base>[Xy])_(?:train|tr)|(?P<lower>x)_train|(?P<short>[xy])(?:Train|Tr|_tr)|"
                             r"(?<![A-Za-z0-9_.])tr(?P<prefixed>[XY]))(?![A-Za-z0-9_])")
#: the data written by another name in the same text: a bare X (x, y), or X_test, y_val, xTe, …
_OTHER_DATA = patterns.compile(
    r"(?<![A-Za-z0-9_.])(?:(?P<base>[Xxy])(?:_(?!(?:train|tr)(?![A-Za-z0-9_]))[A-Za-z0-9_]*)?|(?P<short>[xy])(?:Te|Va|Val|Test|Valid)"
    r"|(?:te|va)(?P<prefixed>[XY]))"
    r"(?![A-Za-z0-9_])"
)


def _data_base(match: re.Match[str]) -> str:
    """``X``, ``x`` or ``y``: the data a code name of it stands for (xTr, x_tr, X_train, xTe are X; x_train is x)."""
    if "lower" in match.re.groupindex and match.group("lower"):
        return "x"
    if "prefixed" in match.re.groupindex and match.group("prefixed"):
        return "x" if match.group("prefixed") == "X" else "y"
    return match.group("base") or ("X" if match.group("short") == "x" else "y")


def _training_names(text: str) -> set[str]:
    """The bases (``X``, ``y``) whose training name is read as the base: no other spelling of it is in the text.

    ``X_train.T @ (h - y_train)`` is Xᵀ(h − y), ``2 * xTr * s'`` is 2Xsᵀ; with an ``X`` or ``X_test`` beside
    ``X_train`` two data sets are in play, and ``X_train`` stays refused.
    """
    bases = {_data_base(match) for match in _TRAINING.finditer(text)
             if match.start() == 0 or not (text[match.start() - 1].isalnum() or text[match.start() - 1] in "_.")}
    others = {_data_base(match) for match in _OTHER_DATA.finditer(text)}
    prefixed = {match.group("prefixed") for match in _TRAINING.finditer(text)} - {None}
    if "x" in bases and "X" in others and "X" in prefixed:
        others.add("x")  # trX beside a bare X: which one the data are is not said (trX is read as x only alone)
    # trX, trY beside another training spelling of the same data (x_train, X_train, xTr; y_train, yTr): two arrays,
    # which is the data is not said (a normalised copy?), so neither prefixed name is read (audcode38)
    spelled = {_data_base(match) for match in _TRAINING.finditer(text) if not match.group("prefixed")}
    if "X" in prefixed and spelled & {"x", "X"}:
        others.add("x")
    if "Y" in prefixed and "y" in spelled:
        others.add("y")
    return bases - others


#: Octave's theta(1), theta(2): one entry of a parameter vector by its 1-based number
#: (and theta(j), theta(j, 1): entry j by a feature index letter, of the n×1 column whose column 1 is all of it —
#: yhyap's loop line lambda.*theta(j,1))
#: (theta(j, :) too: row j of the n×1 column is its entry j, as theta(j, 1) is)
_ENTRY = patterns.compile(r"(?P<name>[A-Za-z]+)\(\s*(?P<index>[1-9][0-9]?|(?P<letter>[a-z]))\s*(?:,\s*(?:1|:)\s*)?\)")


def _inside_square_brackets(tokens: list[_Token]) -> bool:
    """Whether the innermost open bracket so far is ``[``."""
    depth = 0
    for token in reversed(tokens):
        if token.kind == "close":
            depth += 1
        elif token.kind == "open":
            if depth == 0:
                return token.raw == "["
            depth -= 1
    return False


#: NumPy's ``.item()``, ``.item(0)``, ``.item((0, 0))``, ``.item(0, 0)``: the first (and, in a 1×1 array, only) entry
_ITEM = patterns.compile(r"\.item\(\s*(?:\(\s*0\s*,\s*0\s*\)|0\s*,\s*0|0)?\s*\)")


#: Octave's v(:): every entry of v, stacked as one column
_OCTAVE_COLON = patterns.compile(r"\(\s*:\s*\)")
#: the note of Octave's v(:) read as v (read_problem refuses it where v may be a row: see COLON_ROWS_MESSAGE)
COLON_NOTE = ("read as Octave: v(:) is every entry of v as one column; {names} {verb} an m×1 column here (one "
              "example per row, as the matrix form holds the values per example), so {written} is {names}")
#: how the note of v(:) begins (read_problem and read_answer look for it)
COLON_NOTE_START = "read as Octave: v(:) is every entry of v as one column"


#: NumPy's v[:, np.newaxis], v[:, None]: the 1-D array v made an m×1 column
_NEWAXIS = patterns.compile(r"\[\s*:\s*,\s*(?:(?:np|numpy)\.newaxis|None)\s*\]")


#: NumPy's index of the first entry of a 2-D array, M[0, 0] or M[0][0]: right after a bracket, read as .item() is
_ITEM_INDEX = patterns.compile(r"\[\s*0\s*,\s*0\s*\]|\[\s*0\s*\]\s*\[\s*0\s*\]")


def _numpy_item(source: str, position: int, end: int, tokens: list[_Token], form: re.Pattern[str] = _ITEM) -> int:
    """Where NumPy's ``.item(…)`` (or, by ``form``, the index ``[0, 0]``) right after a closing bracket ends
    (``(e.T @ e).item((0, 0))``, ``np.dot(e.T, e)[0, 0]``); else 0."""
    if not (tokens and tokens[-1].kind == "close" and tokens[-1].end == position):
        return 0
    match = form.match(source, position, end)
    return match.end() if match is not None else 0


#: NumPy's transposes written after an array: the attribute and the method of no arguments
NUMPY_TRANSPOSES = (".T", ".transpose()")
_TRANSPOSE_METHOD = patterns.compile(r"\.transpose\(\s*\)")


def _numpy_transpose(source: str, position: int, end: int, tokens: list[_Token]) -> int:
    """Where NumPy's ``.T`` or ``.transpose()`` right after a name or a bracket (``X.T``, ``(A - Y).T``,
    ``y.transpose()``) ends, if one starts at ``position``; else 0."""
    if not (tokens and tokens[-1].end == position and tokens[-1].kind in ("name", "close", "tail")):
        return 0  # theta[1:, :].T as well as X.T and (A - Y).T
    if (method := _TRANSPOSE_METHOD.match(source, position, end)) is not None:
        return method.end()
    if not (source.startswith(".T", position) and position + 2 <= end):
        return 0
    after = position + 2
    return after if after >= end or not (source[after].isalnum() or source[after] == "_") else 0




#: code's column of the data matrix written after a sum's call: Octave's X(:,j), NumPy's X[:, j]
_CODE_COLUMN = patterns.compile(r"X\s*(?:\(\s*:\s*,\s*\w+\s*\)|\[\s*:\s*,\s*\w+\s*\])")


def _code_dialects(source: str) -> frozenset[str]:
    from .matrix_cost import code_dialects  # the marks of NumPy and Octave, one definition for both readers

    return code_dialects(source)


_SUBSCRIPT_TABLE = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_LETTER_SUBSCRIPTS = str.maketrans("jklnp", "ⱼₖₗₙₚ")


_DASHES = {"–": "an en dash (–)", "—": "an em dash (—)", "‐": "a hyphen (‐, U+2010)",
           "‑": "a non-breaking hyphen (‑, U+2011)", "‒": "a figure dash (‒)"}
#: the middle dots of Japanese text, typed for the product dot (w・x + b); the note says so
_KATAKANA_DOTS = {"・": "the katakana middle dot (・)", "･": "the halfwidth katakana middle dot (･)"}
KATAKANA_DOT_NOTE = "{dot} is read as the product dot ·, as Japanese texts type it (w・x is w · x)"
#: the bullets a page types for the times sign (\\bullet in LaTeX, • or ∙ pasted), between two factors; the note says so
BULLETS = {"•": "the bullet (•)", "∙": "the bullet operator (∙)", "\\bullet": "\\bullet"}
BULLET_NOTE = ("{dot} between two factors is read as the product dot ·, as a page types it for the times sign "
               "(a • b is a · b)")
#: the dots refused between two digits, each with why (a decimal point may be meant)
_DOTS_BETWEEN_DIGITS = {**{dot: "Japanese text sets 3.14 as 3・14" for dot in _KATAKANA_DOTS},
                        "•": "a word processor sets a raised decimal point so", "∙": "a word processor sets a raised "
                        "decimal point so"}


def refuse_a_katakana_dot_between_digits(source: str, position: int) -> None:
    """Refuse a katakana middle dot between two digits (``0・5``): Japanese sets its decimal point so too (三・一四 is
    3.14, in vertical text and tables), so 0・5 may be 0.5 or 0 · 5 (audit25d: read as the product, a cost's ½
    written 0・5 was 0 and a right line 'wrong'). Between letters (w・x) it is only the product dot."""
    if source[position] in _DOTS_BETWEEN_DIGITS and 0 < position < len(source) - 1 \
            and source[position - 1].isdigit() and source[position + 1].isdigit():
        # a bullet (2•5, 2∙5) too: a raised decimal point is typed so (2·5 in British print), so it may be 2.5
        raise InputError(f"'{source[position]}' between the digits {source[position - 1]} and {source[position + 1]} "
                         f"may be a decimal point ({_DOTS_BETWEEN_DIGITS[source[position]]}) or the product dot",
                         source=source, column=position,
                         hint=f"write {source[position - 1]}.{source[position + 1]} for the decimal, or "
                              f"{source[position - 1]} * {source[position + 1]} (×) for the product")


def refuse_a_bullet_command_between_digits(source: str, start: int, stop: int) -> None:
    r"""Refuse ``\bullet`` (``source[start:stop]``) between two digits, spaces aside (``0\bullet5``, ``0 \bullet 5``):
    TeX sets them alike, and a pasted raised decimal point (0•5) becomes \bullet where a page is converted to LaTeX,
    so 0\bullet5 may be 0.5 as 0•5 may (audit31h: read as the product, a ½ written so was 0 and a right answer
    'different'). Between factors that are not both digits (h \bullet x_j) it is only the product dot."""
    before, after = source[:start].rstrip(), source[stop:].lstrip()
    if before[-1:].isdigit() and after[:1].isdigit():
        raise InputError(f"\\bullet between the digits {before[-1]} and {after[0]} may be a decimal point (a raised "
                         "decimal point pasted into LaTeX becomes \\bullet) or the product dot",
                         source=source, column=start,
                         hint=f"write {before[-1]}.{after[0]} for the decimal, or {before[-1]} \\cdot {after[0]} "
                              "for the product")


#: the data as code names it: an index right after one (X(2), y(1)) is code's, not a product
_DATA_NAMES = frozenset({"X", "x", "y", "Y"})


def _last_factor(node: tree.Node) -> tree.Node:
    """The rightmost factor of a product ``a * b * c`` (``c``); the node itself when it is no product."""
    while isinstance(node, tree.Binary) and node.op == "*":
        node = node.right
    return node


def _leading_factors(node: tree.Node) -> list[tree.Node]:
    """The factors of a product ``a * b * c`` before its last one (``a``, ``b``); none when it is no product."""
    factors = []
    while isinstance(node, tree.Binary) and node.op == "*":
        factors.append(node.left)
        node = node.right
    return factors


def _is_scalar_factor(node: tree.Node) -> bool:
    """Whether ``node`` is certainly a number: a number, a constant (λ, m, n), or a product or ratio of them."""
    if isinstance(node, tree.Variable):
        return node.name in vocab.CONSTANTS and node.feature is None and node.example is None
    return isinstance(node, (tree.Number, tree.Constant, tree.Negate)) or (
        isinstance(node, tree.Binary) and node.op in ("*", "/"))


def _is_data_matrix(node: tree.Node) -> bool:
    """Whether ``node`` is the data matrix X itself or its transpose Xᵀ (no index)."""
    if isinstance(node, tree.Transpose):
        node = node.operand
    return isinstance(node, tree.Variable) and node.name == vocab.DATA_MATRIX and node.feature is None \
        and node.example is None


#: the notes of a dot written between a matrix and what it multiplies, and of the word 'dot'
MATRIX_PERIOD_NOTE = "'X . v' is read as the matrix product X v (NumPy's X.dot(v)): X is the data matrix"
WORDED_DOT_NOTE = "the word 'dot' between two factors is read as the dot '.' (NumPy's np.dot)"


def _small_t_notes(tokens: list[_Token]) -> tuple[str, ...]:
    """A superscript small t (``wᵗx``) read as the transpose ᵀ, noted once."""
    if any(token.kind == "transpose" and token.raw == _SMALL_T for token in tokens):
        return ("a superscript t (ᵗ) after a vector is read as the transpose ᵀ",)
    return ()


def _superscript_i_notes(tokens: list[_Token]) -> tuple[str, ...]:
    """The names written with a bare superscript ⁱ (``yⁱ``), read as the example index, one note for them all."""
    marked = [before.raw for before, token in zip(tokens, tokens[1:])
              if token.kind == "example" and token.raw == _SUPERSCRIPT_I]
    if not marked:
        return ()
    shown = ", ".join(f"{name}ⁱ" for name in dict.fromkeys(marked))
    return (f"{shown}: a superscript i is read as the example index ⁽ⁱ⁾, the i-th example (not a power)",)


def _curly_prime_notes(tokens: list[_Token]) -> tuple[str, ...]:
    """The ’ read as the prime ' (``(sigX-y)’``, a blog's typography), noted as curly_prime notes it on a page."""
    from .curly_prime import CURLY_PRIME_NOTE

    return (CURLY_PRIME_NOTE,) if any(token.kind == "transpose" and token.raw == "’" for token in tokens) else ()


def _dash_notes(tokens: list[_Token]) -> tuple[str, ...]:
    """The dashes read as a minus sign (``X * theta — y``, as a blog typesets it), and the katakana middle dots read
    as the product dot (``w・x + b``), one note each kind."""
    written = {token.raw for token in tokens if token.kind == "op" and token.raw in _DASHES}
    dots = {token.raw for token in tokens if token.kind == "op" and token.raw in _KATAKANA_DOTS}
    bullets = {token.raw for token in tokens if token.kind == "op" and token.raw in BULLETS}
    return (*(f"{_DASHES[dash]} is read as a minus sign" for dash in sorted(written)),
            *(KATAKANA_DOT_NOTE.format(dot=_KATAKANA_DOTS[dot]) for dot in sorted(dots)),
            *(BULLET_NOTE.format(dot=BULLETS[bullet]) for bullet in sorted(bullets)))


#: multi-letter names plain text reads as one name: Greek letters, and code's ``weights``
_NAME_WORDS = vocab.WORDS | vocab.CODE_WORDS

#: the note for code's parameter vector spelled out as ``weights``
WEIGHTS_NOTE = "read as code: weights names the model's parameters, as w does (weights_j is its j-th entry)"


def _over_the_examples(left: tree.Node, right: tree.Node, names: Collection[str]) -> bool:
    """Whether ``np.dot(left, right)`` multiplies two vectors indexed by example: one is a column xⱼ, neither a matrix.

    A bare xⱼ in np.dot is code's column of X (one entry per example); the other factor is a vector of the
    examples as well when it holds y, x, h or a --let's name (h − y, error), and no X, transpose, whole
    parameter vector or sum, where the matrix product is read as before. A factor of parameters and numbers
    alone (np.dot(theta_j, x_j)) is a scalar times the column, not a sum: left to the matrix product.
    """
    def column(node: tree.Node) -> bool:
        return isinstance(node, tree.Variable) and node.name in vocab.DATA_VECTORS and node.feature is not None \
            and node.example is None

    def plain(node: tree.Node) -> bool:
        for each in tree.walk(node):
            if isinstance(each, (tree.Transpose, tree.Sum, tree.Dot, tree.Tail, tree.ZeroFirst, tree.AxisSum)):
                return False
            if isinstance(each, tree.Variable) and (
                each.name == vocab.DATA_MATRIX or each.example is not None
                or (each.name in vocab.VECTORS and each.feature is None)
            ):
                return False
        return True

    def per_example(node: tree.Node) -> bool:
        return any(isinstance(each, tree.Variable) and (
            each.name in vocab.PER_EXAMPLE | vocab.DATA_VECTORS | {vocab.PREDICTION} or each.name in names
        ) for each in tree.walk(node))

    if not (plain(left) and plain(right)):
        return False
    return column(left) and per_example(right) or column(right) and per_example(left)


#: !y, ~y: a not right before the label vector y, itself not called, indexed, scripted, transposed or a longer name
#: what the note on ``!y`` read as 1 − y says (:mod:`logderiv.verify.labels` refuses it beside labels ±1)
NOT_LABELS_NOTE = "is the logical not of the 0/1 labels y"
_NOT_LABELS = patterns.compile(r"[!~]y(?![\w(\[^']|\.[A-Za-z_])")


def _negated_labels(source: str, position: int, end: int) -> int | None:
    """Where ``!y`` (or ``~y``) at ``position`` ends, when it is the logical not of the labels standing as an operand.

    Code on 0/1 labels writes 1 − y as Octave's ``!y``/``~y`` or Julia's ``!y`` on Bool
    labels (rdanitz's ``(!y).*log(1-h(θ, X))``). Only the label vector y, and only where
    an operand starts (not ``a!y``, nor ``!=``); ``!x``, ``!(h > 0.5)`` stay refused.
    """
    match = _NOT_LABELS.match(source, position, end)
    if match is None:
        return None
    before = source[:position].rstrip()
    if before and (before[-1].isalnum() or before[-1] in "_)]'."):
        return None
    if source[position] == "~" and _NUMPY_CODE.search(source):
        # NumPy's ~ is a bitwise not: on integer 0/1 labels ~y is −1 − y, only on Bool labels 1 − y
        _fail("'~y' in NumPy: the not of Bool labels (1 - y), or the bitwise not of integer labels (-1 - y)?", source,
              position, hint="write 1 - y for the labels' complement")
    return match.end()


#: the count written after ``/N*``: m, N, or code's number of examples
_WRITTEN_COUNT = r"(m|N|numel\(\s*y\s*\)|len\(\s*y\s*\)|size\(\s*[Xy]\s*,\s*1\s*\)|[Xy]\.shape\[0\]|y\.size)(?![\w(\[])"
#: a number over a number times the count, at an operand's start (not an exponent's: x^2/2*m is a quotient's):
#: Octave's and NumPy's 1/2*m, (1/2)·m
_HALF_TIMES_COUNT = patterns.compile(r"(?<![\w.)\]}^_])(\d+)\s*/\s*(\d+)\s*\*(?!\*)\s*" + _WRITTEN_COUNT)
#: a quotient by a number times the count after a sum or a bracket: sum(r.^2)/2*m, (Σr²/2)·m
_OVER_TIMES_COUNT = patterns.compile(r"(?<=[\w)\]}])\s*/\s*(\d+)\s*\*(?!\*)\s*" + _WRITTEN_COUNT)


def precedence_notes(source: str) -> tuple[str, ...]:
    """The note for ``1/2*m`` and ``…/2*m``: '/' and '*' bind equally, left to right, so (1/2)·m, read as written.

    Students writing 1/(2m) slip into 1/2*m; their code computes (1/2)·m, and so is it judged, but
    never silently: the note names both, so that a "different" verdict is understood. A quotient
    (``sum(r.^2)/2*m``, a LaTeX ``\\sum … /2*m``) multiplies by m the same way, and is said as plainly.
    """
    match = _HALF_TIMES_COUNT.search(source)
    if match is not None:
        a, b, count = match.groups()
        return (f"{a}/{b}*{count} is read as ({a}/{b})·{count}, as code computes it ('/' and '*' bind equally, left "
                f"to right), not {a}/({b}·{count}): write {a}/({b}*{count}) for that",)
    match = _OVER_TIMES_COUNT.search(source)
    if match is not None:
        b, count = match.groups()
        return (f"…/{b}*{count} divides by {b} and then MULTIPLIES by {count}, as code computes it ('/' and '*' bind "
                f"equally, left to right), not a division by {b}·{count}: write /({b}*{count}) for that",)
    return ()


#: said of a text that writes NumPy's A.T (R's t(A), respelled so, does not say it: r_code.without_respelled_notes)
NUMPY_TRANSPOSE_NOTE = "read as NumPy: A.T is the transpose Aᵀ"


def _code_notes(source: str, tokens: list[_Token]) -> tuple[str, ...]:
    """What a line of code says in its own way: NumPy's ``.T``, Octave's ``.-``, Julia's ``log.(…)``."""
    notes = list(precedence_notes(source))
    negated = next((token for token in tokens if token.kind == "open" and token.raw == "(" and
                    source[token.start:token.start + 1] in ("!", "~")), None)
    if negated is not None:
        written: str | list[str] = source[negated.start:negated.start + 2]  # the scientific literals' list below
        notes.append(f"read as code: {written} {NOT_LABELS_NOTE} (Octave's !y and ~y, Julia's "
                     f"!y on Bool labels), that is 1 − y")
    for token in tokens:
        if token.kind == "name" and token.text in vocab.FUNCTIONS and source.startswith(".(", token.end):
            notes.append(f"read as Julia: {token.raw}.(v) applies {token.raw} to each entry of v")
            break
    for before, token in zip(tokens, tokens[1:]):
        if token.kind == "sub" and token.raw.startswith("(") and token.raw.endswith(")") \
                and not token.raw.lstrip("( ").startswith(":"):
            # X(:,j) is a column, said below: the entry's note goes to theta(1) after it, not to the slice
            shown = {"theta": "θ", "beta": "β"}.get(before.text, before.text)
            notes.append(f"read as Octave: {before.raw}{token.raw} is the entry "
                         f"{shown}{token.text.translate(_SUBSCRIPT_TABLE)} (numbered from 1)")
            break
    for before, token in zip(tokens, tokens[1:]):
        if token.kind == "sub" and token.raw[:1] in "([" and token.raw.lstrip("([ ").startswith(":"):
            notes.append(f"read as code: {before.raw}{token.raw} is column {token.text} of X, the feature "
                         f"x{token.text.translate(_SUBSCRIPT_TABLE | _LETTER_SUBSCRIPTS)} of every example"
                         + (f"; {vocab.EXAMPLE_INDEX} indexes nothing else here (no example), so it is the "
                            f"feature's index, read as {token.text}" if token.text not in token.raw else ""))
            break
    for token in tokens:
        if token.kind == "name" and token.text in vocab.PARAMETER_VECTORS and _WHOLE.fullmatch(token.raw):
            shown = {"theta": "θ", "beta": "β"}.get(token.text, token.text)
            notes.append(f"read as code: {token.raw} takes every entry of {shown}: it is {shown} itself")
            break
    for token in tokens:
        if token.kind == "name" and token.text == "m" and token.raw != "m":
            notes.append(f"read as code: {token.raw} is the number of examples m")
            break
    for token in tokens:
        if token.kind == "name" and token.text == "n" and _PARAMETER_COUNT.fullmatch(token.raw):
            notes.append(f"read as code: {token.raw} is the length of the parameter vector, n: one parameter per "
                         "feature (a column of an m×n X, a row of an n×m one), the intercept's with a feature of ones")
            break
    for token in tokens:
        if token.kind == "name" and token.text == "n" and token.raw != "n" and not _PARAMETER_COUNT.fullmatch(token.raw):
            notes.append(f"read as code: {token.raw} is X's second size: n, the number of features, when X is m×n "
                         "(m when X is n×m, one example per column)")
            break
    for spelled in sorted({token.raw for token in tokens if token.kind == "name" and _TRAINING.fullmatch(token.raw)}):
        training = _TRAINING.fullmatch(spelled)
        assert training is not None, "spelled is a name _TRAINING matched just above"
        base = _data_base(training)
        what = {"X": "the data matrix X", "x": "the data x"}.get(base, "the targets y")
        notes.append(f"read as code: {spelled} is the training data, {what}")
    if any(token.kind == "name" and token.text == "dot" and token.raw.endswith("matmul") for token in tokens):
        notes.append("read as NumPy: np.matmul(A, B) is the matrix product AB, as np.dot(A, B) and A @ B are")
    if any(token.kind == "transpose" and token.raw == ".'" for token in tokens):
        notes.append("read as Octave: A.' is the transpose Aᵀ (without conjugation; for real numbers the same as A')")
    if any(token.kind == "transpose" and token.raw == ".T" for token in tokens):
        notes.append(NUMPY_TRANSPOSE_NOTE)
    if any(token.kind == "transpose" and token.raw != ".T" and token.raw in NUMPY_TRANSPOSES for token in tokens):
        notes.append("read as NumPy: (…).transpose() is the transpose of the bracket, as (…).T is")
    if any(token.kind == "name" and token.text == "weights" for token in tokens):
        notes.append(WEIGHTS_NOTE)
    for clip in _CLIP.finditer(source):
        if (found := _wide_clip(source, clip.start(), len(source))) is not None:
            opener, comma, close = found
            clipped = source[opener + 1:comma].strip()
            notes.append(f"read as code: {source[clip.start():close + 1]} is {clipped}: the clip only keeps np.exp "
                         f"from overflowing, and changes nothing while {clipped} stays between its bounds, as on "
                         "ordinary data (a score beyond ±30 has its σ within 10⁻¹³ of 0 or 1)")
            break
    if any(token.kind == "name" and token.text == "softplus" and token.raw.startswith(("np.", "numpy."))
           for token in tokens):
        notes.append("read as NumPy: np.logaddexp(0, z) = log(e⁰ + eᶻ) = log(1 + eᶻ), the softplus of z")
    written = [match.group(0) for match in _SCIENTIFIC.finditer(source)
               if match.start() == 0 or not (source[match.start() - 1].isalnum() or source[match.start() - 1] in "_.")]
    if written and any(token.kind == "number" and token.text == "10" and token.raw == "10" for token in tokens):
        shown = f"read as code: {written[0]} is the number {_power_of_ten(written[0])}, kept as written"
        if TINY <= float(written[0]) <= GUARD:
            notes.append(f"read as code: {written[0]} is the number {_power_of_ten(written[0])}")  # a log's guard: log_guards
        elif float(written[0]) < TINY:
            notes.append(f"{shown}: an ε this small (a guard against log(0)) moves the gradient by less than a check's "
                         "tolerance, so a gradient that leaves it out is equivalent")
        else:
            notes.append(f"{shown}: an ε added inside a log (a guard against log(0)) scales the gradient by h/(h + ε), so "
                         "a gradient that leaves it out differs by about ε/h")
    if any(token.kind == "op" and token.raw in (".-", ".+") for token in tokens):
        notes.append("read as Octave: .- and .+ subtract and add entry by entry, as - and + do")
    for stopped in _STOPPED_AT_LENGTH.finditer(source):
        if stopped.group("name") == (stopped.group("counted") or stopped.group("sized")):
            notes.append(f"read as NumPy: {stopped.group(0)} stops at {stopped.group('name')}'s own length, its end: "
                         f"{stopped.group('name')}[1:]")
            break
    for shaping in _NUMPY_RESHAPING.finditer(source):
        if not _reshaping(source, shaping.start(), len(source)):
            continue
        notes.append(f"read as NumPy: {shaping.group(0)}v) only reshapes v (or makes it an array): its entries are "
                     "the same, and are compared one by one")
        break
    if any(token.kind == "number" and token.raw.startswith(".") for token in tokens):
        written = next(token.raw for token in tokens if token.kind == "number" and token.raw.startswith("."))
        notes.append(f"read as code: {written} is the number 0{written}, written without its leading 0")
    if any(token.kind == "number" and token.raw.endswith(".") for token in tokens):
        written = next(token.raw for token in tokens if token.kind == "number" and token.raw.endswith("."))
        notes.append(f"read as Python: {written} is the number {written}0, a float written with a bare point")
    return tuple(notes)


#: NumPy's slice from entry 1 stopped at the vector's own length: theta[1:theta.size], theta[1:len(theta)] (read as
#: theta[1:] by _TAIL)
_STOPPED_AT_LENGTH = patterns.compile(
    r"(?<![\w.])(?P<name>[A-Za-z]+)\s*\[\s*1\s*:\s*(?:len\(\s*(?P<counted>[A-Za-z]+)\s*\)|(?P<sized>[A-Za-z]+)\.(?:size|"
    r"shape\s*\[\s*0\s*\]))\s*\]")


#: the number of examples as Octave code writes it: m, length(y), numel(y), size(X, 1), rows(X)
_OCTAVE_COUNT = r"(?:m|length\(\s*y\s*\)|numel\(\s*y\s*\)|size\(\s*X\s*,\s*1\s*\)|rows\(\s*X\s*\))"
#: Octave's ones(1, m) (a 1×m row, group 'row') or ones(m, 1) (an m×1 column): one 1 per example
_OCTAVE_ONES = patterns.compile(r"ones\(\s*(?:(?P<row>1\s*,\s*" + _OCTAVE_COUNT + r")|" + _OCTAVE_COUNT
                                + r"\s*,\s*1)\s*\)")
#: Octave's ones(size(v)): an array of ones of v's shape (group 'of': v, a name)
_OCTAVE_ONES_LIKE = patterns.compile(r"ones\(\s*size\(\s*(?P<of>[A-Za-z_]\w*)\s*\)\s*\)")
#: Octave's [ones(m,1) X] (or [ones(m, 1), X]): X with a column of ones put before it
_ONES_COLUMN_BESIDE_X = patterns.compile(r"\s*ones\(\s*(?:m|size\(\s*X\s*,\s*1\s*\))\s*,\s*1\s*\)\s*,?\s*X\s*\]")


def _unexpected_character(source: str, position: int) -> NoReturn:
    char = source[position]
    if char == "|":
        refuse_set_size(source, position)
        raise UnsupportedInputError("'|' (an absolute value |x|) is not supported yet", source=source,
                                    column=position, hint=ABSOLUTE_VALUE_HINT)
    hint = _CHARACTER_HINTS.get(char)
    if hint is None and char.isalpha():
        hint = "letters are ASCII a-z, A-Z and the Greek letters " + "".join(sorted(_GREEK_TOKENS))
    elif hint is None and char in "<>&#$@?~":
        hint = "operators are + - * / ^ and juxtaposition; group with ( ) or [ ]"
    _fail(f"unexpected character {_show(char)}", source, position, hint=hint)


# --- parser -----------------------------------------------------------------------


#: log Γ as code names it: MATLAB's and SciPy's gammaln, C's and Python's lgamma
_LOG_GAMMA = frozenset({"gammaln", "lgamma"})

def _bare_data_beside_an_idle_index(body: tree.Node, index: str) -> str:
    """The data a sum's ``body`` writes with no script at all (``y, x``) where nothing in it writes ``index``; else ''.

    ``Σ_k θ_k x_k`` writes its index; ``Σ_k (h - y) x_j`` does not, and its y is no feature's.
    """
    bare: list[str] = []
    for found in tree.walk(body):
        if isinstance(found, (tree.Variable, tree.FunctionCall)) and index in (found.feature, found.example):
            return ""
        if isinstance(found, tree.Sum) and found.index == index:
            return ""
        if isinstance(found, tree.Variable) and found.name in ("x", "y") and found.feature is None \
                and found.example is None and found.name not in bare:
            bare.append(found.name)
    return ", ".join(bare)


class _Parser(Grammar[_Token]):
    """Recursive descent over a token list; one instance per text."""

    operand_kinds = frozenset({"number", "name", "open", "partial", "root", "tail"})
    token_type = _Token

    def __init__(self, source: str, tokens: list[_Token], names: Collection[str], functions: Collection[str] = ()) -> None:
        self.source = source
        self.tokens = tokens
        self.names = frozenset(names)
        #: functions defined with --let (g(z) = ...): a call takes any arguments, comma-separated
        self.functions = frozenset(functions)
        self.position = 0
        self.depth = 0
        # A grouped node keeps the span of its content (errors point at it, not
        # at the bracket); the spans of the nodes around it cover the brackets.
        self.extent: dict[int, tuple[tree.Node, Span]] = {}
        self.in_norm = 0
        #: what the reader should know about how the text was read (a convention applied)
        self.notes: list[str] = []
        #: the operands written v[:, np.newaxis], by id, with the token: read only beside X (see _check_newaxis)
        self.newaxis: dict[int, _Token] = {}
        #: the operands written v(:) (Octave), with the token: read as v only where v is a column (see _check_colon)
        self.colon: list[tuple[tree.Node, _Token]] = []
        #: the sums written without brackets, by id: their body may reach over later terms
        self.bracketless: set[int] = set()
        #: where the '(' of a sum written as a call, sum((h - y)^2), opens: its group is the sum's summand
        self.sum_openers: set[int] = set()
        #: single letters used as quantities somewhere in the text (not right before '(')
        self.quantities = conventions.quantity_letters(tokens)
        #: the letters written as a sum's bound, to m (examples) or n (features): Σᵢ₌₁ⁿ's n -> m
        self.counts: dict[str, str] = {}

    # -- helpers --

    def outer(self, node: tree.Node) -> Span:
        # the extent here holds (node, span): holding the node keeps its id from being reused while the text is read
        grouped = self.extent.get(id(node))
        return grouped[1] if grouped is not None else node.span

    def peek(self, ahead: int = 0) -> _Token:
        if not ahead:  # the position never passes the end token
            return self.tokens[self.position]
        return self.tokens[min(self.position + ahead, len(self.tokens) - 1)]

    def refuse_follower(self, token: _Token, shown: str) -> None:
        if token.kind == "close":
            self.fail(f"expected something between '{shown}' and '{token.raw}'", token.start)
        if token.kind == "op" and token.raw == shown == "/" and token.start > 0 \
                and self.source[token.start - 1] == "/":
            # Python's 1//m: floor division, 0 for every m > 1 (Python 2's 1/m of integers alike), never 1/m
            self.fail("'//' is Python's floor division, rounded down to a whole number (1//m is 0 for every m > 1), "
                      "not a division",
                      token.start - 1, hint="write / for the division: 1/m")
        if token.kind == "op":
            self.fail(f"'{token.raw}' cannot follow '{shown}'", token.start)

    # -- grammar --

    @contextlib.contextmanager
    def numbered_by_count(self) -> Iterator[None]:
        self.ellipsis_letters = ellipsis.LAST_LETTERS  # theta_n, beta_p: the last term is numbered by the count
        try:
            yield
        finally:
            self.ellipsis_letters = frozenset()

    def sum_of_run(self, dots: _Token, terms: list[tree.Node], before: list[tree.Node | None],
                   last: tree.Node) -> tree.Node:
        start, summed, letter = ellipsis.sum_of_run(
            terms, last, Span(dots.start, dots.end), lambda message, column, hint: self.fail(message, column, hint)
        )
        if letter != vocab.FEATURE_COUNT:
            self.note(f"{letter} counts the features here: read as n")
        # θₙxₙ numbers its last term by the feature count: a 1/n that scales a sum over the examples is refused
        self.feature_counts = getattr(self, "feature_counts", frozenset()) | {letter}
        self.note(ellipsis.note(self.source, summed.span, letter))
        if start == 0:
            return summed
        joined_to = before[start]
        assert joined_to is not None, "each term after the first of the '+' run has the left before it"
        return self.joined(joined_to, "+", summed)

    def term(self) -> tree.Node:
        """term = unary { ("*" | "/" | juxtaposition) factor }"""
        left = self.unary()
        while True:
            token = self.peek()
            if self.is_op(token, "*", "/", "·", "⊙", "@"):
                left = self.product(left, self.advance())
            elif self.is_op(token, ".") and (self.period_product(left) or self.matrix_period_after(left)):
                self.advance()
                self.note_worded_dot(token)
                if _is_data_matrix(_last_factor(left)):
                    self.note(MATRIX_PERIOD_NOTE)
                else:
                    self.note("'.' between two factors is read as a product (·)")
                left = self.juxtaposed(left)
            elif self.starts_operand(token):
                if token.kind == "number":
                    self.juxtaposed_number(left, token)
                self.refuse_data_index(left, token)
                self.refuse_half_before_count(left, token)
                self.note_count_before_factor(left, token)
                left = self.juxtaposed(left)
            else:
                return left

    def product_of(self, left: tree.Node, operator: _Token, right: tree.Node) -> tree.Node | None:
        if operator.text == "@" and (inner := self.vector_inner_product(left, operator, right)) is not None:
            return inner
        if operator.text == "/":
            self.refuse_one_over_one(left, right)
            self.refuse_bracket_after_denominator(left, operator, right)
        return None

    def refuse_data_index(self, left: tree.Node, bracket: _Token) -> None:
        """``X(2)``, ``y(1)``: code's index into the data (Octave's X(2) is the one entry X(2,1)), refused.

        Read by juxtaposition it would be X times 2, which no note writes so (2X); read as
        an entry it is one example's number, which the index form has no name for. A
        ``sum((X*theta - y) .* X(1)) / m`` was a silent "✓ equivalent" as X·1.
        """
        last = left
        while isinstance(last, tree.Binary):  # the operand written last, right before the bracket (v .* X(1))
            last = last.right
        if not (isinstance(last, tree.Variable) and last.name in _DATA_NAMES and last.feature is None
                and last.example is None and bracket.kind == "open" and bracket.text == "("
                and bracket.start == last.span.end and self.peek(1).kind == "number"
                and self.peek(1).text.isdigit() and self.peek(2).kind == "close"):
            return
        name, number = self.source[last.span.start:last.span.end], self.peek(1).text
        self.fail(
            f"'{name}({number})' indexes {name} as code does (Octave's {name}({number}) is its entry {number}, "
            f"{name}({number},1) for a matrix), or multiplies {name} by {number}: which is meant is not said",
            bracket.start,
            hint=f"for the product write {number}*{name}; for feature {number} of every example (Octave's column "
                 f"{name}(:,{number})) check the component in index form, with x_{number}",
        )

    def vector_inner_product(self, left: tree.Node, operator: _Token, right: tree.Node) -> tree.Node | None:
        """``w @ w``, ``lam / 2 * w @ w``: NumPy's @ of a 1-D vector with itself, the inner product wᵀw (noted).

        Python evaluates ``lam / 2 * w @ w`` left to right, ((λ/2)·w) @ w, which for a 1-D parameter vector
        w is (λ/2) wᵀw; a column w (n×1) cannot be @-multiplied by itself, so the 1-D reading is the only
        one that runs. Only with the same whole parameter vector on both sides and nothing but numbers and
        constants (λ, m, n) before it: ``w * w @ w`` (an entry-by-entry square first) is left to the shapes.
        Returns the product with its last factor made the inner product, or None.
        """
        last = _last_factor(left)
        # theta[1:] @ theta[1:] (yyDing1's ex2 port, f63): the parameters without their first entry, on both sides
        tail = isinstance(right, tree.Tail) and isinstance(last, tree.Tail) and last.operand.name == right.operand.name
        vector = right.operand if isinstance(right, tree.Tail) else right
        if not ((tail or isinstance(right, tree.Variable) and isinstance(last, tree.Variable)
                 and (last.name, last.feature, last.example) == (right.name, None, None))
                and isinstance(vector, tree.Variable) and vector.name in vocab.PARAMETER_VECTORS
                and vector.feature is None and vector.example is None
                and all(_is_scalar_factor(node) for factor in _leading_factors(left)
                        for node in tree.walk(factor))):
            return None
        written = self.source[left.span.start:right.span.end]
        shown = self.source[right.span.start:right.span.end] if tail else vector.name
        self.note(f"read as NumPy: {written} is evaluated left to right, its last @ taking the 1-D vector "
                  f"{shown} on both sides: their inner product, {shown}ᵀ{shown} (Σ of the squared "
                  "entries)")

        def dotted(node: tree.Node) -> tree.Node:
            if node is last and tail:
                # the tails' inner product as Octave's theta(2:end)' * theta(2:end) is read, in matrix form
                return tree.Binary("*", tree.Transpose(last, last.span), right, self.span(last, right))
            if node is last:
                assert isinstance(last, tree.Variable) and isinstance(right, tree.Variable), "checked above"
                return tree.Dot(last, right, self.span(last, right))
            assert isinstance(node, tree.Binary), "above its last factor a product is '*' nodes (_last_factor)"
            return tree.Binary("*", node.left, dotted(node.right), self.span(node, right))

        return dotted(left)

    def product_end(self, start: int) -> int:
        """Where the product written from ``start`` ends in the source: at a ``+``/``-`` between terms, or a closing bracket."""
        end, depth = start, 0
        while end < len(self.source):
            char = self.source[end]
            if char in "([{":
                depth += 1
            elif char in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif char in ",=" and depth == 0:
                break
            elif char in "+-" and depth == 0 and self.source[start:end].strip() and self.source[:end].rstrip()[-1] not in "^*/(":
                break
            end += 1
        return end

    def refuse_one_over_one(self, left: tree.Node, right: tree.Node) -> None:
        """Refuse ``1/1+e^(-z)`` and ``(1-y)/1-a``: dividing by 1 changes nothing, so a bracket is missing.

        Read literally ``1/1+e^(-z)`` is 1 + e^(−z), but the sigmoid 1/(1+e^(−z)) is meant; ``(1-y)/1-a``
        likewise means (1 − y)/(1 − a).
        """
        follower = self.peek()
        if not (conventions.over_one(right) and self.is_op(follower, "+", "-")):
            return
        end = self.product_end(follower.end)
        rest = self.source[follower.end:end].strip()
        sign = follower.raw
        if not conventions.one_over_one(left, right):
            numerator = self.source[self.outer(left).start:right.span.start].rstrip().removesuffix("/").strip()
            message, hint = conventions.over_one_message(numerator, sign, rest)
            self.fail(message, right.span.start, hint=hint)
        self.fail(
            f"'1/1{sign}{rest}' is ambiguous: 1/1 is 1, so it reads as 1 {sign} {rest}; a bracket seems to be missing",
            left.span.start,
            hint=f"write 1/(1{sign}{rest}) (the sigmoid when the exponent is -z), or 1 {sign} {rest}",
        )

    def refuse_bracket_after_denominator(self, left: tree.Node, slash: _Token, right: tree.Node) -> None:
        """Refuse ``(a - y)/a(1 - a)``: a bracket after a slash's denominator (see conventions.bracket_after_denominator)."""
        follower = self.peek()
        if self.is_op(follower, "·") and self.peek(1).kind == "open":
            # (a - y)/a·(1 - a): hand notation's dot is the product written between factors, as a(1 - a) is,
            # so the same two readings stand (× and * stay operators read left to right)
            follower = self.peek(1)
        if not conventions.bracket_after_denominator(right, follower.kind == "open"):
            return
        closer = closing(self.source, follower.start)
        bracket = self.source[follower.start:len(self.source) if closer is None else closer + 1]
        numerator = self.source[self.outer(left).start:slash.start].strip()
        message, hint = conventions.denominator_bracket_message(
            numerator, self.source[right.span.start:right.span.end], bracket)
        self.fail(message, follower.start, hint=hint)

    def over_count(self, left: tree.Node, slash: _Token) -> bool:
        """Whether ``/`` is followed by a number written against a count letter: ``1/2m``, ``lambda/2m``.

        ML notes mean 1/(2m), so that is how ``1/2m`` is read (with a note); a
        numerator other than numbers and λ (``x/2m``), a space between the
        number and the letter (``1/2 m``) or a power on the letter (``1/2m^2``)
        is refused as ambiguous, with both readings.
        """
        number, letter = self.peek(), self.peek(1)
        self.refuse_over_number_dot_count(left, slash)
        if not (number.kind == "number" and letter.kind == "name" and conventions.is_count_letter(letter.text)):
            return False
        # sum((h - y)^2) / 2m: the sum's summand written as a call's group, the division after it (in the sum or
        # after it alike, for a constant) over the count: the sum of per-example losses over 2m, as above
        summand = self.outer(left).start in self.sum_openers
        simple = conventions.is_simple_numerator(left) or (
            (conventions.is_sum_numerator(left) or summand) and letter.text == vocab.EXAMPLE_COUNT
        )
        glued = letter.start == number.end
        after = self.peek(2)
        scripted = after.kind in ("sub", "example", "power") or self.is_op(after, "^")
        if glued and simple and not scripted:
            self.refuse_typeset_half(left, slash, number, letter)
            return True
        if glued or simple:
            numerator = self.source[self.outer(left).start:slash.start].strip()
            space = "" if glued else " "
            self.fail(
                f"'{numerator}/{number.raw}{space}{letter.raw}' is ambiguous",
                number.start,
                hint=conventions.ambiguous_count_hint(numerator, number.raw, letter.raw),
            )
        return False

    def refuse_typeset_half(self, left: tree.Node, slash: _Token, number: _Token, letter: _Token) -> None:
        """Refuse ``1⁄2m``: the fraction slash (U+2044) between digits sets them as one fraction, ½, so the page shows
        ½m, (1/2)·m, as ``½m`` itself reads; ML notes' ``1/2m`` is 1/(2m). Neither is guessed, as ``½m`` is not.
        """
        numerator = self.source[self.outer(left).start:slash.start]
        if not (slash.raw == "⁄" and numerator.strip().isdigit() and numerator[-1:].isdigit()
                and number.start == slash.end):
            return
        message, hint = conventions.half_before_count_message(
            self.source[self.outer(left).start:letter.end].strip(), (numerator.strip(), number.raw, letter.raw),
            f"as the fraction slash sets {numerator.strip()}⁄{number.raw} (digits around it are one fraction)",
            latex=False)
        self.fail(message, letter.start, hint=hint)

    def count_product(self, left: tree.Node, slash: _Token) -> tree.Node:
        """The denominator ``2m`` of ``1/2m``, read as one product (see :meth:`over_count`)."""
        number, letter = self.advance(), self.advance()
        product = conventions.count_denominator(number, letter)
        start = self.outer(left).start
        numerator = self.source[start:slash.start].strip()
        written = self.source[start:letter.end].strip()
        self.note(conventions.count_note(written, numerator, f"{number.raw}{letter.raw}"))
        return product

    def juxtaposed_number(self, left: tree.Node, token: _Token) -> NoReturn:
        if isinstance(left, tree.Number) or (
            isinstance(left, tree.Binary) and isinstance(left.right, tree.Number) and left.op == "^"
        ):
            self.fail(
                f"two numbers in a row: '{self.source[left.span.start:left.span.end]}' and '{token.raw}'",
                token.start,
                hint="write the product with * (2*3) or the decimal with a point (2.3)",
            )
        self.fail(
            f"a number cannot follow a factor: '{token.raw}'",
            token.start,
            hint="put the number first (2x), or write x*2, x_2 or x^2",
        )

    def refuse_operator(self, token: _Token, signs: list[_Token]) -> NoReturn:
        if token.text in ("*", "/", "^", "·", "⊙", "@"):
            if signs:
                self.missing_operand(signs[-1])
            super().refuse_operator(token, signs)
        if token.text == ".":
            self.fail("unexpected '.'", token.start, hint="'.' is the dot product of two vectors: theta . x")
        self.fail(f"unexpected '{token.raw}'", token.start)

    def power(self) -> tree.Node:
        """power = postfix [ "^" unary ] | postfix superscript-digits"""
        base = self.postfix()
        token = self.peek()
        if token.kind == "power":
            self.advance()
            exponent: tree.Node = tree.Number(token.text.lstrip("-"), Span(token.start, token.end))
            if token.text.startswith("-"):
                exponent = tree.Negate(exponent, Span(token.start, token.end))
            base = tree.Binary("^", base, exponent, self.span(base, token))
            token = self.peek()
        if self.is_op(token, "^"):
            self.refuse_iterate_mark(base, token)
            self.refuse_numbered_example_mark(base, token)
            if self.is_example_mark(1):
                self.fail(
                    "^(i) marks the example index and can only follow a name",
                    token.start,
                    hint="write y^(i) or x_j^(i); for a power use another exponent",
                )
            self.advance()
            if not (self.starts_operand(self.peek()) or self.is_op(self.peek(), "-", "+")):
                self.missing_operand(token)
            minus = self.peek() if self.is_op(self.peek(), "-") else None
            self.enter(token)
            exponent = self.unary()
            self.leave()
            if minus is not None and isinstance(base, tree.Constant) and base.name == "e":
                self.refuse_open_exponent(base.span.start, minus, exponent, "e^")
            elif isinstance(base, tree.Constant) and base.name == "e" and bare_operands.bare_exponent(exponent):
                self.refuse_open_exponent(base.span.start, None, exponent, "e^")
            self.refuse_open_one_exponent(base, token, exponent)
            self.refuse_inverse(base, exponent)
            return tree.Binary("^", base, exponent, self.span(base, exponent))
        if isinstance(base, tree.Binary) and base.op == "^":
            self.refuse_inverse(base.left, base.right)  # f⁻¹(z)
        return base

    def refuse_iterate_mark(self, base: tree.Node, caret: _Token) -> None:
        """Refuse ``theta_1^(t)``, ``w^(k)``: a letter in brackets over a parameter numbers iterates or layers.

        Read as a power θ₁^t it gave a cost another gradient, silently (the LaTeX reader takes
        θ₁^{(t)} as gradient descent's current iterate; here it is left unread). A number in
        brackets (theta^(2)) stays a power, as plain text writes squares so.
        """
        if not _ITERATED_PARAMETER.fullmatch(self.source[base.span.start:base.span.end]):
            return
        opener, letter, closer = self.peek(1), self.peek(2), self.peek(3)
        if (opener.kind == "open" and opener.raw in "([" and letter.kind == "name" and len(letter.raw) == 1
                and letter.raw != vocab.EXAMPLE_INDEX and closer.kind == "close"):
            self.fail(f"'{self.source[base.span.start:closer.end]}': a letter in brackets over a parameter numbers "
                      "gradient descent's iterates or a network's layers, not a power", caret.start,
                      hint="write the parameter without the mark (its derivative is the same at any iterate)")

    def refuse_numbered_example_mark(self, base: tree.Node, caret: _Token) -> None:
        """Refuse ``x^(2)``, ``y^(1)``: a number in brackets over the data marks example 2, as ^(i) marks the i-th.

        Read as a power it made θᵀx^(2) − y^(2) into (θᵀx)² − y², silently, where this reader takes x^(i) for
        example i (audit35; the LaTeX reader refuses x^{(2)} so). Over a parameter, theta^(2) stays a power.
        """
        if isinstance(base, tree.Dot) and not self.source[:caret.start].rstrip().endswith((")", "]")):
            base = base.right  # theta^T x^(2): the mark stands on x, the dot product's last factor
        if not isinstance(base, tree.Variable) or "..." in self.source or "…" in self.source:
            return  # a run of the examples (y^(1) … y^(m)) is the ellipsis reader's, as in LaTeX
        name = self.source[base.span.start:base.span.end]
        if name not in ("x", "y") and f"{name}^(i)" not in self.source.replace(" ", ""):
            return
        opener, number, closer = self.peek(1), self.peek(2), self.peek(3)
        if opener.kind == "open" and opener.raw == "(" and number.kind == "number" and closer.kind == "close":
            self.fail(f"^({number.raw}) over {name} marks example {number.raw} (as ^(i) marks the i-th), not the "
                      f"power {number.raw}; logderiv reads the examples through the index i", caret.start,
                      hint=f"write the i-th example's {name}^(i) in a sum over i, or the power as ^{number.raw}")

    def refuse_inverse(self, base: tree.Node, exponent: tree.Node) -> None:
        """Refuse ``g^-1(theta^T x)``, ``f^(-1)(z)``, ``f⁻¹(z)``: an inverse function, not a scalar g⁻¹ times a bracket."""
        name = conventions.inverse_function(base, exponent)
        follower = self.peek()
        if name is None or not (follower.kind == "open" and follower.raw == "("):
            return
        raise UnsupportedInputError(
            f"'{self.source[base.span.start:follower.end]}…' (an inverse function) is not supported",
            source=self.source, column=base.span.start, hint=conventions.inverse_function_hint(name),
        )

    def refuse_open_exponent(self, start: int, minus: _Token | None, exponent: tree.Node, lead: str) -> None:
        """Refuse ``e^-y theta^T x`` (``exp -y theta^T x``): by precedence the exponent ends at ``-y``,
        but ML writers mean e^(−yθᵀx), the ±1-label logistic loss.

        ``e^-z`` alone (``1/(1+e^-theta^T x)``) stays the next power; only a factor
        juxtaposed (or multiplied) after it makes the text ambiguous. Without the sign (``minus`` None) it is
        ``e^y theta^T x``, a bare parameter, label or number in the exponent (:func:`bare_operands.bare_exponent`):
        only a juxtaposed factor makes it ambiguous there, a written ``e^y * theta^T x`` saying the product.
        """
        follower = self.peek()
        if not (self.starts_operand(follower) or minus is not None and self.is_op(follower, "*", "·")):
            return
        end = self.product_end(exponent.span.end)
        first = exponent.span.start if minus is None else minus.start  # e^y theta^T x: no sign (bare_exponent)
        power = self.source[first:exponent.span.end].strip()
        rest = self.source[exponent.span.end:end].strip().lstrip("*·").strip()
        self.fail(
            f"'{self.source[start:end].strip()}' is ambiguous: the exponent could be {power} alone or {power} {rest}",
            first,
            hint=f"write {lead.rstrip()}({power} {rest}) for the whole product in the exponent, or {lead.rstrip()}({power}) {rest}",
        )

    def postfix(self) -> tree.Node:
        """A primary; names take their own postfix indices inside :meth:`name`."""
        node = self.primary()
        token = self.peek()
        if token.kind == "colon":
            # y(:)', xt(:): Octave's every entry as one column, before any transpose of it (see _check_colon)
            self.advance()
            self.colon.append((node, token))
            token = self.peek()
        while self.is_transpose_after(node, token):
            # (X theta - y)^T, y', (1 - y)ᵀ: a transpose of a vector, read in a matrix-form cost
            last = self.advance() if token.kind == "transpose" else (self.advance(), self.advance())[1]
            node = self.transposed_product(node, self.span(node, last))
            token = self.peek()
        self.refuse_index_after(node, token)
        if token.kind in ("sub", "example", "transpose"):
            what = {"sub": "a subscript", "example": "the example mark ⁽ⁱ⁾", "transpose": "ᵀ"}[token.kind]
            self.fail(f"{what} can only follow a name", token.start, hint="write theta_j, y^(i), theta^T x")
        while self.is_method_dot(token):
            # NumPy's a.dot(b): the matrix product a b, bound as tightly as a call
            self.advance()
            self.advance()
            argument = self.group()
            span = Span(node.span.start, self.tokens[self.position - 1].end)
            if isinstance(node, tree.Variable) and isinstance(argument, tree.Variable) and all(
                    side.name in _VECTORS and side.name != vocab.DATA_MATRIX
                    and side.feature is None for side in (node, argument)):
                # w.dot(w), theta.dot(x): a.dot(b) is np.dot(a, b), and of two whole vectors that is their dot
                # product wᵀw, as dot_call reads np.dot(w, w) (the matrix product of two n×1 columns is refused)
                node = tree.Dot(node, argument, span)
                self.note("read as NumPy: a.dot(b) of two whole vectors is np.dot(a, b), their dot product aᵀb")
                token = self.peek()
                continue
            node = tree.Binary("*", node, argument, span)
            self.note("read as NumPy: a.dot(b) is the matrix product a b")
            token = self.peek()
            while self.is_transpose_after(node, token):
                last = self.advance() if token.kind == "transpose" else (self.advance(), self.advance())[1]
                node = self.transposed_product(node, self.span(node, last))
                token = self.peek()
            self.refuse_index_after(node, token)  # x.dot(w)[0]
        if token.kind == "newaxis":
            self.advance()
            self.newaxis[id(node)] = token
            token = self.peek()

        if token.kind == "item":
            node = self.numpy_item(node, token)
            token = self.peek()
        if self.is_op(token, ".") and self.period_product(node):
            return node  # 2.(…), x_j.(h - y): the '.' is a product sign, read by term()
        if self.is_op(token, ".") and isinstance(node, tree.Number) and token.start == node.span.end \
                and "." not in node.text and self.float_point_ends(self.peek(1)):
            # 1. / (1 + exp(-x)): Octave's and Python's float literal 1.0, its value the digits' (Polish labs'
            # sigmoid): before a division, which no sentence's full stop is followed by, or before any operator,
            # a closing bracket or the end in a text with Octave's entrywise operators; in plain mathematics
            # (1. - y) and a lone 2. stay refused (the tokenizer reads NumPy code's 1. itself, noted)
            self.advance()
            return tree.Number(node.text, Span(node.span.start, token.end))
        if self.is_op(token, ".") and isinstance(node, tree.Number) and token.start == node.span.end:
            self.fail(
                "a number cannot end with '.'",
                token.start,
                hint="write 2 or 2.0; '.' between two vectors is the dot product",
            )
        if self.is_op(token, "."):
            after = self.peek(1)
            if isinstance(node, tree.Variable) and token.start == node.span.end and after.kind == "name" \
                    and after.start == token.end and (node.span.end - node.span.start > 1 or after.end - after.start > 1):
                # hyp.lam, params.lambda_: code's field of an object (a name, a point, a name, no space), which no
                # dot product is written as; what the object holds is not read. The names are not echoed: the
                # code reader may have respelled them (hyp is the hypothesis, lam λ), and the caret shows them
                if after.text in ("shape", "size"):
                    # h.shape[0]: an array's size, read as a count only of the data X and the targets y
                    self.fail(
                        f"'.{after.text}' of this name is not read: a count is read from the shape of the data matrix "
                        "or of the targets (X.shape[0], y.shape[0], len(y): m examples), not of another array",
                        token.start,
                        hint="write m for the number of examples (or y.shape[0], len(y))",
                    )
                self.fail(
                    "a point between two names written together is code's field of an object (obj.name), not a "
                    "dot product: what an object holds is not read",
                    token.start,
                    hint="write the value itself (lam, not hyp.lam), or define it with --let",
                )
            self.fail(
                "'.' is the dot product of two vectors",
                token.start,
                hint="write theta . x; to multiply use * or a space",
            )
        return node

    def refuse_index_after(self, node: tree.Node, token: _Token) -> None:
        """Refuse code's index of a bracket or a call: ``(dot(w, x) - y)[0]``, ``dot(w, x)[0]``, ``(…)[0][0]``, ``(…)(1)``.

        Read as a product, ``[0]`` made the whole factor 0 (``[1]`` 1, ``[-1]`` a sign) and a ``--let`` so
        defined lost its value without a word. What the index takes depends on the arrays' shapes, which the
        text does not say (row 0 of a 1×n array is the whole residual vector, entry 0 of an n-vector one
        residual), so it is refused. A lone integer in square brackets is never a factor anyone writes; in
        round brackets it is an index only right after a closing bracket (Octave's chained ``(…)(1)``).
        """
        if token.kind != "open" or isinstance(node, tree.Number):
            return
        ahead = 1
        while self.peek(ahead).kind == "open" and self.peek(ahead).raw == "[":
            ahead += 1  # (…)[[0]]: a list of one index is an index too
        if self.is_op(self.peek(ahead), "-"):
            ahead += 1
        entry, closer = self.peek(ahead), self.peek(ahead + 1)
        if entry.kind != "number" or closer.kind != "close":
            return
        if token.raw == "(" and not entry.text.isdigit():
            return  # (h - y)(0.5): a product; Octave's indices are whole numbers
        if token.raw == "(" and isinstance(node, tree.Variable) and node.feature is None and node.example is None \
                and node.name not in _DATA_NAMES and not self.source[node.span.end:token.start].strip() and ahead == 1:
            # not X(2) or y(1): the data's own refusal, refuse_data_index, names its readings and the column X(:,2)
            # g(1), thetaReg(1), h(1) with g, thetaReg, h defined by --let: Octave's entry 1 of the name's value, one
            # number; read as a product, g·1 was the whole vector and the answer judged equivalent (audit27c)
            self.fail(
                f"'{self.source[node.span.start:closer.end]}' is code's index: entry {entry.text} of {node.name} "
                f"(Octave counts from 1), one number, not {node.name} times {entry.text}: not read",
                token.start,
                hint=f"write {node.name} whole, or the entry's value; for a product write {node.name}*{entry.text}",
            )
        if token.raw == "(" and not (token.start == self.outer(node).end and self.source[token.start - 1] in ")]"):
            return
        if token.raw not in "[(":
            return
        self.fail(
            f"'{self.source[token.start:closer.end]}' after a bracket or a call looks like an index, which takes a row "
            "or an entry depending on the arrays' shapes: not read",
            token.start,
            hint="write the quantity without the index (dot(w, x) - y, not (dot(w, x) - y)[0]); "
            "for a product write * before the bracket",
        )

    def float_point_ends(self, after: _Token) -> bool:
        """Whether a number's '.' followed by ``after`` ends a float literal (1. is 1.0), not a sentence or a product."""
        if self.is_op(after, "/"):
            return True
        octave = _OCTAVE_ENTRYWISE.search(self.source) is not None
        return octave and (after.kind in ("end", "close") or self.is_op(after, "*", "+", "-", ","))

    def transposed_product(self, node: tree.Node, span: Span) -> tree.Node:
        """``node`` transposed; ``(theta'*X')'`` is ``X*theta``, since (AᵀBᵀ)ᵀ = BA.

        Octave code writes Xθ as the transpose of the row θᵀXᵀ; the identity is exact,
        and what is left (B A) is read in matrix form like any product.
        """
        if (
            isinstance(node, tree.Binary) and node.op == "*"
            and isinstance(node.left, tree.Transpose) and isinstance(node.right, tree.Transpose)
        ):
            self.note(TRANSPOSED_PRODUCT_NOTE)
            return tree.Binary("*", node.right.operand, node.left.operand, span)
        return tree.Transpose(node, span)

    def numpy_item(self, node: tree.Node, token: _Token) -> tree.Node:
        """NumPy's ``(…).item((0, 0))`` after a bracket that holds one number: that number.

        ``.item`` takes the first entry of an array, which is the value itself only
        when the array is 1×1; so it is read only after a product that begins with a
        transpose (``np.transpose(e) @ e``, ``e.T @ e``: vᵀu, whose shape the matrix
        form then checks), a dot product or a sum, and refused after anything else.
        """
        let = _item_of_a_let(node, self.names)
        if let is not None:
            # np.squeeze(-loss).item() with loss a --let: whether loss is one number is said by its value, which
            # this reader does not see; read_problem holds the let to it (and an answer refuses it)
            self.advance()
            self.note(ITEM_LET_NOTE.format(name=let))
            return node
        if not _one_number(node):
            self.fail(
                f"'{token.raw}' takes the first entry of an array: read only after a product "
                "that is one number, such as (e.T @ e).item()",
                token.start,
                hint="write the cost itself, e.g. (err.T @ err) / (2*m)",
            )
        self.advance()
        self.note(ITEM_NOTE if token.text == ".item" else ITEM_INDEX_NOTE)
        return node

    def period_product(self, node: tree.Node) -> bool:
        """Whether the ``.`` ahead is a product sign between two factors: ``2.(a + b)``, ``x_j.(h - y)``.

        Some notes type the product dot as a period. After a number, an indexed
        name (a scalar) or a bracket, and before a bracket or a name, it can mean
        nothing else. Before a digit (``x_j.5``) it could be a decimal point and
        is refused; after a bare name (``theta . x``) it stays the dot product,
        and code's ``np.``, ``.T``, ``.*``, ``.^`` are read before this.
        """
        period, after = self.peek(), self.peek(1)
        if after.kind == "number":
            self.fail("'.' before a number: a decimal point or a product?", period.start,
                      hint="write 0.5 for a decimal, or x * 5 for a product")
        if _is_data_matrix(node) and (after.kind == "open" and after.raw == "(" or after.kind == "name"):
            return True  # X . theta, X^T . (h - y): the dot of a matrix and a vector is their matrix product
        if isinstance(node, tree.Variable) and node.feature is None and node.example is None:
            return False
        if not isinstance(node, (tree.Number, tree.Variable)) and id(node) not in self.extent:
            return False
        if holds_data_matrix(node):
            return False  # (X*theta - y).(…): between vectors of matrix form, a dot product or a product?
        if not (after.kind == "open" or (after.kind == "name" and after.raw != "T" and not isinstance(node, tree.Number))):
            return False  # 2.T is code's transpose of a number, refused as before; after a number only 2.(…)
        if not isinstance(node, tree.Number) and period.start != self.outer(node).end:
            return False
        return True

    def matrix_period_after(self, left: tree.Node) -> bool:
        """``1/m * X^T . error``: a '.' after a product that ends with the data matrix multiplies it (a matrix product).

        The product is associative, so (1/m·Xᵀ)·v is 1/m·(Xᵀv); only X or Xᵀ as the last factor counts.
        """
        last = _last_factor(left)
        return last is not left and _is_data_matrix(last) and self.period_product(last)

    def note_worded_dot(self, token: _Token) -> None:
        """Say that the word ``dot`` was read as the dot ``.`` (``X dot theta``, ``theta dot x``)."""
        if token.raw == "dot":
            self.note(WORDED_DOT_NOTE)

    def is_method_dot(self, token: _Token) -> bool:
        """Whether ``token`` starts NumPy's method call ``.dot(``."""
        return self.is_op(token, ".") and self.peek(1).kind == "name" and self.peek(1).raw == "dot" \
            and self.peek(2).kind == "open" and self.peek(2).raw == "("

    def is_transpose_after(self, node: tree.Node, token: _Token) -> bool:
        """Whether ``token`` transposes ``node``: ``ᵀ``, ``'`` or ``^T`` after a bracket or a name (not a number or e)."""
        if isinstance(node, (tree.Number, tree.Constant, tree.Dot)):
            return False
        if token.kind == "transpose":
            return True
        mark = self.peek(1)
        return self.is_op(token, "^") and mark.kind == "name" and mark.raw == "T" and not (
            self.peek(2).kind == "sub" or self.peek(2).kind == "example")

    def primary(self) -> tree.Node:
        token = self.peek()
        if token.kind == "number":
            self.advance()
            return tree.Number(token.text, Span(token.start, token.end))
        if token.kind == "open":
            return self.group()
        if token.kind == "name":
            return self.name()
        if token.kind == "partial":
            return self.derivative(token)
        if token.kind == "root":
            self.advance()
            return self.apply(token, "sqrt")
        if token.kind == "norm":
            return self.norm()
        if token.kind == "ones":
            self.advance()
            here = Span(token.start, token.end)
            if token.text != "like":  # ones(size(v)): noted where its shape is known (the matrix form)
                self.note(conventions.octave_ones_note(self.source[token.start:token.end],
                                                       "1×m" if token.text == "row" else "m×1"))
            return tree.Variable(vocab.ONES, here)
        if token.kind == "tail":
            self.advance()
            here = Span(token.start, token.end)
            # the name as written: θ[1:] is one letter in the source, theta in the tree (what follows it, '[' or
            # '(', tells NumPy's slice from Octave's in the note)
            written = _TAIL.match(self.source, token.start, token.end)
            name_end = written.end("name") if written is not None else token.start + len(token.text)
            return tree.Tail(tree.Variable(token.text, Span(token.start, name_end)), here)
        if token.kind == "end":
            self.fail("the expression ends too early", token.start)
        if token.kind == "close":
            self.fail(f"unexpected '{token.raw}'", token.start)
        if token.kind == "sub":
            self.fail("a subscript can only follow a name", token.start, hint="write theta_j or x_0")
        if token.kind in ("example", "transpose", "power"):
            self.fail(f"'{token.raw}' can only follow a name", token.start)
        self.fail(f"unexpected '{token.raw}'", token.start)

    def norm(self) -> tree.Node:
        """``||w||^2``, ``‖θ‖²``, ``||theta||_2^2``: the Euclidean norm of a parameter vector, squared or not."""
        opener, inner, closer, of_parameters = self.norm_inside(
            "write ||theta||^2", "write ||theta||^2 or ||w||_2^2 (or, in matrix form, ||X*theta - y||^2)")
        if not of_parameters and is_example_scalar(inner):
            return self.squared_example_norm(opener, closer, inner)
        last: _Token = closer
        if self.peek().kind == "sub" and self.peek().start == closer.end:
            if self.peek().text != "2":
                self.fail("only the Euclidean norm (||theta||_2) is read", self.peek().start)
            last = self.advance()
        whole = Span(opener.start, last.end)
        squares = self.squared_norm(inner, of_parameters, whole)
        after = self.peek()
        if (after.kind == "power" and after.text == "2") or (
            self.is_op(after, "^") and self.peek(1).kind == "number" and self.peek(1).text == "2"
        ):
            if after.kind == "power":
                end = self.advance()
            else:
                self.advance()
                end = self.advance()
            if not last.kind == "sub" and self.peek().kind == "sub" and self.peek().start == end.end:
                # ||w||^2_2: the subscript after the square, as TeX allows
                if self.peek().text != "2":
                    self.fail("only the Euclidean norm (||theta||_2) is read", self.peek().start)
                end = self.advance()
            here = Span(opener.start, end.end)
            if isinstance(squares, tree.Sum):
                return tree.Sum(squares.over, squares.index, squares.body, here)
            return tree.Binary("*", squares.left, squares.right, here)
        return tree.Apply("sqrt", squares, whole)

    def squared_example_norm(self, opener: _Token, closer: _Token, inner: tree.Node) -> tree.Node:
        """``||y_i - w^T x_i||_2^2``: one example's residual, a number, read as its square (:mod:`.scalar_norm`)."""
        if self.peek().kind == "sub" and self.peek().start == closer.end and self.peek().text == "2":
            self.advance()
        after = self.peek()
        if after.kind == "power" and after.text == "2":
            end = self.advance()
        elif self.is_op(after, "^") and self.peek(1).kind == "number" and self.peek(1).text == "2":
            self.advance()
            end = self.advance()
        else:
            self.fail(f"'{opener.raw}...{closer.raw}': the norm of one example's residual is read only squared",
                      opener.start, hint="write (y_i - w^T x_i)^2, or ||y_i - w^T x_i||^2")
        if self.peek().kind == "sub" and self.peek().start == end.end and self.peek().text == "2":
            end = self.advance()  # ||r||^2_2: the subscript after the square
        self.note(COMPONENT_NORM_NOTE if by_components(inner) else SCALAR_NORM_NOTE)
        here = Span(opener.start, end.end)
        return tree.Binary("^", inner, tree.Number("2", here), here)

    def refuse_two_arguments(self, before: _Token | None, opener: _Token, closer: _Token) -> None:
        """Refuse ``sigmoid(x, W)`` (a code comment's sigmoid of the data and the weights) saying what is missing.

        σ takes one number; given the data and the weights as two arguments, the writer means σ of their product,
        but which product (x·W, Wᵀx, a row times a matrix) the call does not say, so it is not read. Only the
        sigmoid's names: log(x, 2) may write a base.
        """
        if before is None or before.kind != "name" or before.end != opener.start or opener.raw != "(":
            return
        if vocab.FUNCTIONS.get(before.text) != "sigmoid" and before.raw not in vocab.SIGMOID_NAMES:
            return  # log(x, 2) may be a base, not data and weights: left to the general refusal
        self.fail(f"'{before.raw}(… , …)' has two arguments, but {before.raw} takes one number: with the data and "
                  "the weights written apart, the product meant (x·W, Wᵀx …) is not said",
                  closer.start, hint=f"write the one argument, e.g. {before.raw}(x*W) or {before.raw}(W^T x)")

    def group(self) -> tree.Node:
        """( expression ) or [ expression ]."""
        before = self.tokens[self.position - 1] if self.position else None
        opener = self.advance()
        if self.peek().kind == "close":
            self.fail(f"empty '{opener.raw}{self.peek().raw}'", opener.start, hint="put an expression inside")
        if opener.raw == "[" and self.peek().text == "0" and self.is_op(self.peek(1), ";"):
            return self.zero_first(opener)
        if opener.raw == "[" and (zero := _ONE_BY_ONE_ZEROS.match(self.source, opener.end)) is not None:
            # [zeros(1, 1); v]: Octave's 1×1 array of zeros is the number 0, stacked on v as [0; v] (ex5's decaygrad)
            while self.peek(1).start < zero.end("zeros"):
                self.advance()
            self.note(f"read as Octave: {' '.join(zero.group('zeros').split())} is the 1×1 array of zeros, the "
                      "number 0: [" + " ".join(zero.group("zeros").split()) + "; v] stacks 0 on v, as [0; v] does")
            return self.zero_first(opener)
        if opener.raw == "[" and _ONES_COLUMN_BESIDE_X.match(self.source, opener.end):
            self.fail("[ones(m,1) X] puts a column of ones before X: logderiv's X already has it (x₀ = 1, "
                      "θ₀ the intercept), so whether this X has n or n − 1 columns is not said", opener.start,
                      hint="write X for the data matrix with its column of ones")
        self.enter(opener)
        inner = self.expression()
        self.leave()
        closer = self.peek()
        if closer.kind != "close":
            if opener.raw == "[" and (self.is_op(closer, ",") or self.is_op(closer, ";")):
                # Octave's [theta', -1] * [X'; y']: a matrix built from blocks, no quantity of the notation
                self.fail(f"'[… {closer.raw} …]' builds a matrix from blocks (Octave's concatenation): not read",
                          opener.start, hint="write the product the blocks make, e.g. (X*theta - y)' for "
                                             "[theta', -1]*[X'; y']")
            if self.is_op(closer, ","):
                self.refuse_two_arguments(before, opener, closer)
                self.fail("unexpected ','", closer.start, hint="only dot(theta, x) takes two arguments")
            self.fail(f"unexpected {_describe(closer)}", closer.start)
        if closer.raw != _OPENERS[opener.raw]:
            # brackets were checked before parsing; kept for safety
            self.fail(f"'{closer.raw}' does not close '{opener.raw}'", closer.start)
        self.advance()
        self.extent[id(inner)] = (inner, Span(opener.start, closer.end))
        return inner

    def refuse_joined_name(self, token: _Token, follower: _Token) -> None:
        """Refuse ``X_transformed`` (a word of three letters or more after the underscore) as one name of code.

        In code an underscore joins a name, it is no subscript: ``X_transformed`` is no X with an index 't'. Read
        as X only where it is the one name multiplying the parameters and no X is written beside it
        (:mod:`redefined`); elsewhere refused here as the name it is, rather than as an unknown index.
        """
        joined = re.match(r"_([A-Za-z][A-Za-z0-9]{2,})(?![A-Za-z0-9_])", self.source[follower.start:])
        if joined is None or not token.raw.isidentifier():
            return
        whole = f"{token.raw}_{joined.group(1)}"
        near = next((name for name in sorted(self.names) if name.lower() == whole.lower() and name != whole), None)
        hint = (f"--let defines {near}: write {near} if it is the same quantity" if near is not None else
                "a name of the data matrix is read as X where it is the only name multiplying the parameters and no X "
                "is written beside it; write X, or give its value with --let" if token.raw in ("X", "x") else
                f"give its value with --let '{whole} = …'")
        self.fail(f"'{whole}' is one name of code (its underscore joins the name, it is no subscript), and no --let "
                  "gives it a value", token.start, hint=hint)

    def zero_first(self, opener: _Token) -> tree.Node:
        """Octave's ``[0; theta(2:end)]`` (a ``;`` before ``]`` allowed): θ with its first entry set to 0."""
        self.advance()
        self.advance()
        tail = self.peek()
        if tail.kind != "tail" and (mask := _ONES_MASK.match(self.source, opener.start)):
            return self.ones_mask(opener, mask)
        after = self.peek(1)
        if tail.kind != "tail" or not (after.kind == "close" or self.is_op(after, ";")):
            scaled = self.scaled_zero_first(opener)
            if scaled is not None:
                return scaled
            self.fail("[0; v] is read for v = theta(2:end): θ with its intercept set to 0", tail.start,
                      hint="write [0; theta(2:end)]")
        self.advance()
        if self.is_op(self.peek(), ";"):
            self.advance()
        closer = self.peek()
        if closer.kind != "close" or closer.raw != "]":
            self.fail(f"unexpected {_describe(closer)}", closer.start, hint="write [0; theta(2:end)]")
        self.advance()
        here = Span(opener.start, closer.end)
        operand = tree.Tail(tree.Variable(tail.text, Span(tail.start, tail.start + len(tail.text))),
                            Span(tail.start, tail.end))
        node = tree.ZeroFirst(operand, here)
        self.extent[id(node)] = (node, here)
        return node

    def scaled_zero_first(self, opener: _Token) -> tree.Node | None:
        """Octave's ``[0 ; lambda*theta(2:n)]``: a number times θ(2:end) under the 0, read as c·[0; θ(2:end)].

        The stacked vector is (0, cθ₂, …, cθₙ) = c(θ − θ₁e₁) for any number c (λ, λ/m, 2): the
        number is taken out, noted. Read when the entry below the 0 is a product (or quotient) of
        one θ(2:end) and numbers or constants only; anything else is refused as before.
        """
        start = self.position
        try:
            body = self.expression()
        except InputError:
            self.position = start
            return None
        if self.is_op(self.peek(), ";"):
            self.advance()
        closer = self.peek()
        node = _zero_first_in(body) if closer.kind == "close" and closer.raw == "]" else None
        if node is None:
            self.position = start
            return None
        self.advance()
        here = Span(opener.start, closer.end)
        node = tree.Binary(node.op, node.left, node.right, here)
        self.extent[id(node)] = (node, here)
        written = self.source[opener.start:closer.end]
        self.note(f"read as Octave: {written} stacks 0 on a number times θ(2:end): that number times "
                  "[0; θ(2:end)], θ with its first entry, the intercept θ₁, set to 0")
        return node

    def ones_mask(self, opener: _Token, mask: re.Match[str]) -> tree.Node:
        """Octave's ``[0; ones(length(theta)-1, 1)]``: the n×1 mask (0, 1, …, 1), 1 − e₁ (read in a matrix answer).

        ``theta .* mask`` is then θ with its first entry set to 0, as ``[0; theta(2:end)]`` is.
        """
        while self.peek().kind != "end" and self.peek().start < mask.end():
            self.advance()
        here = Span(opener.start, mask.end())
        first = Span(mask.start("ones"), mask.end("ones"))
        node = tree.Binary("-", tree.Number("1", first), tree.Variable("e", first, feature="1"), here)
        self.extent[id(node)] = (node, here)
        self.note(f"read as Octave: {mask.group(0)} is the n×1 mask (0, 1, …, 1), 1 − e₁: "
                  "θ .* mask is θ with its first entry, the intercept θ₁, set to 0")
        return node

    # -- names --

    def name(self) -> tree.Node:
        token = self.peek()
        word = token.text
        if word in vocab.FUNCTIONS:
            self.advance()
            return self.apply(token, vocab.FUNCTIONS[word])
        if word == "sum":
            return self.sum(token)
        if word == "add" and token.raw == word and word not in self.names and self.one_argument_call(token):
            # touvlo's add(dz): NumPy's add of one array is an error, so the source imported a sum under the name
            # (its 'from numpy import sum as add'); every such import adds a vector's entries alike, and the matrix
            # reader refuses a matrix's, which np.sum adds up whole and Python's sum column by column
            self.note(conventions.ADD_AS_SUM_NOTE)
            return self.sum(token)
        if word in vocab.SIGMOID_NAMES and word not in self.names and self.peek(1).kind == "open" and \
                self.peek(1).start == token.end:
            # logistic(z), expit(z) (SciPy's), sigm(z): the sigmoid by another of its names, as in LaTeX's \text{…}
            self.advance()
            self.note(f"'{word}' is read as the sigmoid σ(z) = 1/(1 + e^(−z)) ({word} is one of its names)")
            return self.apply(token, "sigmoid")
        if word in _LOG_GAMMA and word not in self.names and self.peek(1).kind == "open":
            self.advance()
            return self.log_gamma_of_data(token)
        if word == "factorial" and word not in self.names and self.peek(1).kind == "open":
            self.advance()
            return self.factorial_of_data(token)
        if word == "lfactorial" and word not in self.names and self.peek(1).kind == "open":
            self.advance()
            return self.log_factorial_of_data(token)
        if word == "transpose" and word not in self.names and self.peek(1).kind == "open":
            # NumPy's transpose(a), np.transpose(a): aᵀ
            self.advance()
            inner = self.group()
            here = Span(token.start, self.tokens[self.position - 1].end)
            self.note("read as NumPy: transpose(a) is the transpose aᵀ")
            return tree.Transpose(inner, here)
        if word == "sumsq" and word not in self.names and self.peek(1).kind == "open":
            # Octave's sumsq(v): the sum of the squares of v's entries, sum(v.^2)
            self.advance()
            if dimension := self.dimension_argument():
                # sumsq(v, 1): the squares added up along that dimension, as sum(v.^2, 1) is (its shapes say what)
                summed = self.axis_sum(token, dimension)
                assert isinstance(summed, tree.AxisSum), "np.sumsq is refused: NumPy's row-weighted sum is no sumsq"
                self.note(f"read as Octave: sumsq(v, {dimension}) is sum(v.^2, {dimension}), the squares of v's "
                          f"entries added up along dimension {dimension}")
                squared = tree.Binary("^", summed.body, tree.Number("2", Span(summed.span.end, summed.span.end)),
                                      summed.body.span)
                return tree.AxisSum(squared, summed.dimension, summed.span)
            self.enter(token)
            inner = self.group()
            self.leave()
            here = self.span(token, inner)
            here = Span(here.start, max(here.end, self.tokens[self.position - 1].end))
            square = tree.Binary("^", inner, tree.Number("2", Span(here.end, here.end)), here)
            self.note("read as Octave: sumsq(v) is sum(v.^2), the sum of the squares of v's entries")
            return tree.Sum("examples", vocab.EXAMPLE_INDEX, square, here)
        if word == "square" and word not in self.names and self.peek(1).kind == "open" and \
                self.source[:token.start].endswith(("np.", "numpy.")):
            # NumPy's np.square(v): v**2, each entry squared (DeepLearning.AI's np.sum(np.square(W)))
            self.advance()
            inner = self.group()
            here = Span(token.start, self.tokens[self.position - 1].end)
            self.note("read as NumPy: np.square(v) is v**2, each entry squared")
            return tree.Binary("^", inner, tree.Number("2", Span(here.end, here.end)), here)
        if word == "mean" and "mean" not in self.names and self.peek(1).kind == "open":
            return self.mean(token)
        if word == "dot":
            return self.dot_call(token)
        if word in NUMPY_ARITHMETIC and token.raw.endswith("." + word):
            return self.arithmetic_call(token)
        if word in _POWER_CALLS and token.raw == word and word not in self.names and \
                self.peek(1).kind == "open" and self.peek(1).start == token.end:
            return self.arithmetic_call(token, written=word)
        if word == "xlogy" and token.raw.endswith(".xlogy"):
            return self.xlogy_call(token)
        if word == "pi" or word == "e":
            self.advance()
            follower = self.peek()
            if word == "e" and follower.kind == "sub" and follower.text.isascii() and follower.text.isdigit():
                # e₁: the unit vector of a matrix answer (the builder refuses it anywhere else)
                self.advance()
                return tree.Variable(word, self.span(token, follower), feature=follower.text)
            if follower.kind in ("sub", "example"):
                self.fail(f"'{token.raw}' is a constant and has no index", follower.start)
            if word == "e" and token.raw == "e" and not self.is_op(follower, "^", "**"):
                message, hint = conventions.bare_e_message(latex=False)
                self.fail(message, token.start, hint=hint)
            # the word itself, spelled out so that type checkers see one of Constant's names
            return tree.Constant("pi" if word == "pi" else "e", Span(token.start, token.end))
        if word == "d" and self.is_derivative_d():
            return self.derivative(token)
        if word.lower() in vocab.NOT_YET_SUPPORTED and word not in self.names:
            refuse_unsupported(word, self.source, token.start)
        if word in self.names or word in _NAME_WORDS or len(word) == 1:
            if word in _INDEX_LETTERS:
                self.bare_index(token)
            return self.variable()
        self.unknown_word(token)

    def mean(self, token: _Token) -> tree.Node:
        """``mean(v)``, ``np.mean(v)``: (1/m) Σᵢ vᵢ, the mean over the examples.

        NumPy's ``np.mean(M, axis=0)`` is (1/m) times the sum down M's columns (``axis=1``: along its
        rows), read where the shapes are known, which check that the axis runs over the m examples.
        """
        self.advance()
        dimension = self.dimension_argument() if self.source[:token.start].endswith(("np.", "numpy.")) else 0
        if dimension:
            return self.axis_mean(token, dimension)
        body = self.group()
        here = Span(token.start, token.end)
        whole = self.span(token, body)
        average = tree.Binary("/", tree.Number("1", here), tree.Variable(vocab.EXAMPLE_COUNT, here), here)
        return tree.Binary("*", average, tree.Sum("examples", vocab.EXAMPLE_INDEX, body, whole), whole)

    def axis_mean(self, token: _Token, dimension: int) -> tree.Node:
        """NumPy's ``np.mean(M, axis=k)``: (1/m) times :class:`tree.AxisSum` along that axis.

        The divisor is m: the readers of the sum (a matrix answer, the lowering of a vector's sum) refuse
        a mean whose axis does not run over the m examples.
        """
        summed = self.axis_sum(token, dimension)
        here = Span(token.start, token.end)
        average = tree.Binary("/", tree.Number("1", here), tree.Variable(vocab.EXAMPLE_COUNT, here), here)
        return tree.Binary("*", average, summed, summed.span)

    def bare_index(self, token: _Token) -> NoReturn:
        if token.text == vocab.EXAMPLE_INDEX:
            self.fail(
                "'i' is the example index, not a variable",
                token.start,
                hint="write y^(i), x_j^(i) or sum_i(...)",
            )
        self.fail(
            f"'{token.text}' is a feature index, not a variable",
            token.start,
            hint=f"write theta_{token.text}, x_{token.text} or sum_{token.text}(...)",
        )

    def one_argument_call(self, token: _Token) -> bool:
        """Whether ``token`` is called right after its name, ``f(…)``, with one argument (no comma outside brackets)."""
        opener = self.peek(1)
        if opener.kind != "open" or opener.raw != "(" or opener.start != token.end:
            return False
        closer = closing(self.source, opener.start)
        return closer is not None and not _top_level_comma(self.source[opener.start + 1:closer])

    def unknown_word(self, token: _Token) -> NoReturn:
        word = token.raw
        called = self.peek(1).kind == "open" and self.peek(1).start == token.end
        kind = "function" if called else "name"
        guess = vocab.suggest(word, tuple(self.names)) or vocab.suggest(word.lower(), tuple(self.names))
        message = f"unknown {kind} '{word}'"
        if called and word.lower() in _SQUARE_HELPERS:
            # sq(r), sqr(r): a helper of the source's own that squares, by its name; 'sqrt' (the nearest known
            # name) would be the opposite guess, and the name alone does not define it
            self.fail(f"unknown function '{word}': a helper of the source's own (its name says it squares, but "
                      "the text does not define it)", token.start,
                      hint=f"define it as the source does, e.g. --let '{word}(v) = v^2'")
        if called and word in _BINARY_UFUNCS:
            opened = self.peek(1).start
            closer = closing(self.source, opened)
            inner = self.source[opened + 1:closer] if closer is not None else ""
            if closer is not None and not _top_level_comma(inner):
                # add(dz): np.add of one array is an error in NumPy itself, so this add is some other function
                # imported under its name (np.sum, np.add.reduce …); which one, only the import says
                self.fail(f"'{word}(…)' of one argument is not NumPy's {word}, which takes two arrays: the source "
                          f"imported another function as {word} (such as 'from numpy import sum as {word}'), and "
                          "the text does not say which", token.start,
                          hint=f"write the function it imports, e.g. sum({' '.join(inner.split())}) or "
                               f"np.sum({' '.join(inner.split())})")
        method = _METHOD_CALL.match(self.source, token.start)
        if method is not None and method.group(1) == word:
            # model.predict(x_i): an object's method, which no near name is (fixmsg29: "did you mean 'delta'?")
            closer = closing(self.source, method.end() - 1)
            shown = self.source[token.start:closer + 1] if closer is not None else method.group(0) + "…)"
            self.fail(f"'{shown}' calls a prediction method of the object '{word}', which the text does not define: "
                      "what it computes is not said", token.start,
                      hint="write what it computes in its place, e.g. theta^T x_i (a regression's prediction) "
                           "or sigmoid(theta^T x_i) (a classifier's probability)")
        if called and word == "len":
            # len(etiket): Python's count of an array's entries, no misspelt ln; what it counts is read only where the
            # array is plainly one value per example (len(y), len(X), len(h) of a --let h = σ(Xθ))
            closer = closing(self.source, self.peek(1).start)
            shown = self.source[token.start:closer + 1] if closer is not None else "len(…)"
            self.fail(f"'{shown}' is Python's count of an array's entries, and what it counts is not said here: "
                      "len(y), len(X) and len of a --let's prediction of X times the parameters are read as m, the "
                      "number of examples", token.start,
                      hint="write m for the number of examples, or give the count with --let 'm = len(y)'")
        if called and word == "prod":
            # prod(…): the product of an array's entries, which the tree has no node for; its one reading
            # log(prod(exp(v))) = sum(v) is made before parsing (redefined), and a definition of prod is no help
            self.fail("'prod(…)' multiplies an array's entries, which is not read here (only log(prod(exp(v))), "
                      "the sum of v, is)", token.start,
                      hint="write the log of a product as the sum of the logs, e.g. sum(log(p)) for log(prod(p))")
        joined_call = _JOINED_CALL.match(self.source, token.start)
        if joined_call is not None and not called and self.source[token.end:token.end + 1] == "_":
            # loss = mse_loss(y, y_pred): a function of code the text calls and does not define (f79); its name says
            # what kind of loss, not its constants (an MSE with or without ½, f70's mse_loss carries one)
            name = joined_call.group("name")
            closer = closing(self.source, joined_call.end() - 1)
            shown = self.source[token.start:closer + 1] if closer is not None else f"{name}(…)"
            self.fail(f"'{shown}' calls a function of code, '{name}', which no --let defines: what it computes is "
                      "not said (its name says what kind of quantity, not its constants, such as a ½)", token.start,
                      hint=f"give its def as the source writes it, e.g. --let 'def {name}(…): return …', or write "
                           "what it computes in its place")
        if not called and self.peek(1).kind == "sub" and self.peek(1).start == token.end:
            # num_samples, n_iters: one name of code joined by its underscore (f48), no word 'num' with an index
            # ('did you mean nu?' was the message): said as the name it is
            self.refuse_joined_name(token, self.peek(1))
        if called and re.search(r"[a-z][A-Z]", word):
            # linRegPredict(X, theta): a camelCase function of the source's own (f80), no misspelling of a let's name
            # ('did you mean prediction?'): what it computes is in its def, which the text does not give
            guess = None
        if guess:
            message += f" — did you mean '{guess}'?"
            # ASCII and lower case: σ is sigma, ReLU is relu
            hint = f"known functions: {', '.join(sorted(s for s in vocab.FUNCTIONS if s.isascii() and s.islower()))}"
        elif called and word in _ARRAY_MAKERS:
            # grad = zeros(size(theta)) then a loop: the hint below would offer to define zeros as a model
            message = f"'{word}(…)' makes an array for the code to fill, which is not read here"
            hint = ("logderiv reads zeros(…) only before a loop that adds one example's row per pass, each factor "
                    "indexed by the loop (h(i) with --let 'h = sigmoid(X*theta)'); or write the gradient the code "
                    "computes, e.g. X'*(h - y)/m")
        elif called and len(word) > 1:
            # predict(X, theta): the source's own function (DS SE 40666); logderiv reads it once it is defined
            closer = closing(self.source, self.peek(1).start)  # the call's own bracket, not the first ')' after it
            shown = self.source[token.start:closer + 1] if closer is not None else f"{word}(x)"
            argument = shown[len(word) + 1:-1].strip()
            # predict(x_i) of one example's x is θᵀx⁽ⁱ⁾, not the matrix form X @ theta (fixmsg29: the hint offered
            # X @ theta for any argument)
            body = f"theta^T {argument}" if re.fullmatch(r"x(?:_?\w+|\^\(?\w+\)?)?", argument) else "X @ theta"
            hint = f"define the function with --let, e.g. --let '{shown} = {body}'"
        else:
            hint = "to multiply single letters write them apart (x y) or with * (x*y)"
        self.fail(message, token.start, hint=hint)

    def refuse_near_let_name(self, token: _Token) -> None:
        """Refuse a code name that a --let name shortens (``y_predicted`` beside ``--let 'y_pred = w * x'``).

        The two spellings of one tutorial's prediction, or two quantities: code gives them two names, so the
        longer is not read as the let's, but named, rather than taken for y with an unknown index.
        """
        word = _IDENTIFIER.match(self.source, token.start)
        if word is None or "_" not in word.group():
            return
        near = sorted(name for name in self.names if "_" in name and name != word.group()
                      and (word.group().startswith(name) or name.startswith(word.group())))
        if near:
            self.fail(f"unknown name '{word.group()}': --let defines '{near[0]}', another name in code", token.start,
                      hint=f"write {near[0]} if it is the same quantity, or define {word.group()} with --let")

    def kronecker(self, token: _Token, first: str, second: _Token) -> tree.Kronecker:
        """``δⱼₖ``, ``delta_jk``, ``delta_j_k``: the Kronecker delta of two feature indices."""
        return tree.Kronecker(first, second.text, self.span(token, second))

    def variable(self, *, may_call: bool = True, may_dot: bool = True) -> tree.Node:
        """A name with its postfix: ``x_j^(i)``, ``h_θ(x)``, ``θᵀx``, ``theta . x``.

        ``may_call`` is false for the variable of ``d/dz``, whose body may be
        ``(x)``; ``may_dot`` is false for the right operand of a dot product.
        """
        token = self.advance()
        name = token.text
        if token.raw != name and token.raw[:1] == "ŷ" or token.raw.startswith("y\u0302"):
            self.note(f"{token.raw} is read as the prediction {vocab.PREDICTION}")
        elif token.raw == "y_^" and name == vocab.PREDICTION:
            self.note(TYPED_HAT_NOTE)
        feature: str | None = None
        example: str | None = None
        decorated = False
        last: _Token = token
        while True:
            follower = self.peek()
            if follower.kind == "sub":
                index = follower.text
                if index == "theta":
                    if name in _VOCABULARY_NAMES or name in _NAME_WORDS:
                        self.fail(f"'{token.raw}' cannot carry the subscript θ", follower.start)
                    decorated = True
                elif index in vocab.PARAMETER_VECTORS and name in self.names and name not in _VOCABULARY_NAMES \
                        and name not in _NAME_WORDS and feature is None and example is None and not decorated:
                    # z_w = X @ w: a --let defines z_w as z, the parameters' subscript being typography
                    # (split_let: h_w(x) = wx + b); written in the texts, the same name is the same z
                    bare = _bare_name_at(self.source, name)
                    if bare is not None:
                        # -np.sum(z * y - np.exp(z_w)), b_w + b: the text writes the letter both bare and with
                        # the parameters' subscript, two names there; reading both as the let's z (audit34) took
                        # an undefined z, or the intercept b, for X @ w
                        self.fail(f"'{name}' is written both bare and as {self.source[token.start:follower.end]}, "
                                  f"which --let defines: is the bare {name} the same quantity, or another?", bare,
                                  hint=f"write {self.source[token.start:follower.end]} everywhere, or define "
                                       f"{name} with its own --let")
                    self.note(f"{self.source[token.start:follower.end]} is {name}, the name the --let defines "
                              f"(its subscript {index} names the parameters)")
                    decorated = True
                elif index == vocab.EXAMPLE_INDEX:
                    if example is not None:
                        self.fail(f"'{token.raw}' already has the example index", follower.start)
                    example = index
                elif index.isascii() and index.isdigit() or index in vocab.FEATURE_INDICES or (
                    index in getattr(self, "ellipsis_letters", ())
                ):
                    if feature is not None:
                        if name == vocab.KRONECKER and example is None and not decorated:
                            return self.kronecker(token, feature, self.advance())
                        self.fail(f"'{token.raw}' already has the index {feature}", follower.start)
                    feature = index
                else:
                    self.refuse_near_let_name(token)
                    self.refuse_joined_name(token, follower)
                    self.fail(
                        f"unknown index '{index}'",
                        follower.start + (self.source[follower.start] == "_"),
                        hint="indices are i (examples), j, k, l (features) or a number: theta_j, x_0",
                    )
                last = self.advance()
            elif follower.kind == "example" or (self.is_op(follower, "^") and self.is_example_mark(1)):
                if example is not None:
                    self.fail(f"'{token.raw}' already has the example index", follower.start)
                example = vocab.EXAMPLE_INDEX
                if follower.kind == "example":
                    last = self.advance()
                else:
                    for _ in range(4):
                        last = self.advance()
            elif (
                name == vocab.KRONECKER and feature is not None and example is None and not decorated
                and follower.start == last.end and follower.kind in ("name", "number")
                and (follower.text in vocab.FEATURE_INDICES or follower.text.isascii() and follower.text.isdigit())
            ):
                # 'delta_jk', 'delta_1j': a subscript is one letter, so the second index is its own token
                return self.kronecker(token, feature, self.advance())
            else:
                break
        follower = self.peek()
        # g'(z) of a defined function: its derivative at z (functions.expand reads it only for the sigmoid), not
        # Octave's transpose of g times (z), which the tokenizer took it for
        primed = may_call and name in self.functions and follower.kind == "transpose" and follower.raw == "'" \
            and follower.start == last.end and self.peek(1).kind == "open" and self.peek(1).raw == "("
        if primed:
            self.advance()
            follower = self.peek()
        if may_call and name in self.functions and follower.kind == "open" and follower.raw == "(":
            if decorated:
                self.note(conventions.decorated_function_note(self.source[token.start:last.end], name))
            return self.function_call(token, name, feature, example, primed=primed)
        variable = tree.Variable(name, self.span(token, last), feature=feature, example=example)
        if name == vocab.DATA_MATRIX and feature is None and example is None:
            return self.transposed(variable)
        if may_dot and name in _VECTORS and feature is None:
            if follower.kind == "transpose" and not self.transposes_onto_vector():
                return variable  # w.T in np.dot(w.T, X), theta' * X': a transposed vector, read in matrix form
            if follower.kind == "transpose" or (self.is_op(follower, "^") and self.is_transpose_mark()):
                self.advance()
                if follower.kind != "transpose":
                    mark = self.advance()
                    if mark.raw != "T":
                        # 'theta^Tx': the T and the vector were read as one word
                        rest = _Token("name", mark.raw[1:], mark.start + 1, mark.end, mark.raw[1:])
                        self.tokens.insert(self.position, rest)
                if self.is_op(self.peek(), "*", "·"):
                    self.advance()
                right = self.vector_operand(follower)
                return tree.Dot(variable, right, self.span(variable, right))
            # '·' is a dot product only next to a parameter vector: x·x stays a product
            if self.is_method_dot(follower):
                return variable
            if self.is_op(follower, ".") or (
                self.is_op(follower, "·")
                and self.is_whole_vector(1)
                and vocab.PARAMETER_VECTORS & {name, self.peek(1).text}
            ):
                self.advance()
                self.note_worded_dot(follower)
                right = self.vector_operand(follower)
                return tree.Dot(variable, right, self.span(variable, right))
        if follower.kind == "open" and follower.raw == "[" and follower.start == last.end:
            self.fail(
                "square brackets right after a name look like indexing",
                follower.start,
                hint=f"write {name}_j for an index; for a product put a space or * before '['",
            )
        callable_name = vocab.is_callable(name, self.names)
        if (
            may_call and follower.kind == "open" and follower.text == "(" and name in self.names and len(name) > 1
            and feature is None and example is None and not decorated and self.comma_ahead()
        ):
            return self.loss_of_example(token, name)
        if may_call and follower.kind == "open" and callable_name:
            if decorated or self.is_call():
                if feature is not None:
                    self.fail(f"'{token.raw}' with an index cannot be called", follower.start)
                argument = self.group()
                if example is not None:
                    self.fail(
                        f"write the example inside the call: {name}(x^(i))",
                        token.start,
                    )
                return tree.Call(name, argument, self.span(token, argument))
            self.refuse_numbered_argument(token)
        if (
            may_call
            and follower.kind == "open"
            and follower.text == "("
            and feature is None
            and example is None
            and not decorated
            and conventions.reads_as_function(name, self.quantities, self.names)
        ):
            # 'g(z)', 'f(z)': a letter that is no quantity of the text, applied to the bracket
            argument = self.group()
            return tree.Call(name, argument, self.span(token, argument))
        return variable

    def function_call(self, token: _Token, name: str, feature: str | None, example: str | None, *,
                      primed: bool = False) -> tree.FunctionCall:
        """``g(theta^T x)``, ``L(a^(i), y^(i))``: a function defined with --let, applied (``g'(z)``: ``primed``)."""
        opener = self.advance()
        arguments = []
        self.enter(opener)
        while True:
            follower = self.peek()
            if follower.kind == "close" or self.is_op(follower, ","):
                self.fail(f"'{token.raw}' is missing an argument here", follower.start, hint=f"write {token.raw}(z)")
            arguments.append(self.expression())
            follower = self.peek()
            if follower.kind == "close":
                break
            if not self.is_op(follower, ","):
                self.fail(f"unexpected {_describe(follower)}", follower.start, hint="separate the arguments with ','")
            self.advance()
        self.leave()
        closer = self.advance()
        if closer.raw != _OPENERS[opener.raw]:
            self.fail(f"'{closer.raw}' does not close '{opener.raw}'", closer.start)
        return tree.FunctionCall(name, tuple(arguments), Span(token.start, closer.end), feature, example,
                                 primed=primed)

    def transposed(self, matrix: tree.Variable) -> tree.Node:
        """``X``, or ``Xᵀ`` / ``X^T`` (the data matrix of a matrix-form answer, transposed)."""
        follower = self.peek()
        if follower.kind == "transpose":
            last = self.advance()
        elif self.is_op(follower, "^") and self.is_transpose_mark():
            self.advance()
            last = self.advance()
            if last.raw != "T":
                # 'X^Ty': the T and the vector were read as one word
                rest = _Token("name", last.raw[1:], last.start + 1, last.end, last.raw[1:])
                self.tokens.insert(self.position, rest)
                last = _Token("name", "T", last.start, last.start + 1, "T")
        else:
            return matrix
        return tree.Transpose(matrix, self.span(matrix, last))

    def is_whole_vector(self, ahead: int) -> bool:
        """Whether a vector name without a feature index is ahead (``θ·x`` is a dot product)."""
        name, after = self.peek(ahead), self.peek(ahead + 1)
        if name.kind != "name" or name.text not in _VECTORS:
            return False
        if after.kind == "transpose" or (self.is_op(after, "^") and self.peek(ahead + 2).raw.startswith("T")):
            return False  # x · θᵀx is a product with a dot product
        return not (after.kind == "sub" and after.text not in (vocab.EXAMPLE_INDEX, "theta"))

    def is_transpose_mark(self) -> bool:
        """Whether the token after ``^`` is ``T`` (or ``T`` glued to a vector: ``Tx``)."""
        mark = self.peek(1)
        return mark.kind == "name" and mark.raw.startswith("T") and (mark.raw == "T" or mark.raw[1:] in _VECTORS)

    def is_example_mark(self, ahead: int) -> bool:
        """Whether tokens from ``ahead`` are ``( i )``: the example superscript after ``^``."""
        return (
            self.peek(ahead).kind == "open"
            and self.peek(ahead).raw == "("
            and self.peek(ahead + 1).kind == "name"
            and self.peek(ahead + 1).raw == vocab.EXAMPLE_INDEX
            and self.peek(ahead + 2).kind == "close"
            and self.peek(ahead + 2).raw == ")"
        )

    def comma_ahead(self) -> bool:
        """Whether the bracket ahead holds a ',' outside inner brackets (two arguments or more)."""
        depth = 0
        ahead = 0
        while True:
            token = self.peek(ahead)
            if token.kind == "end":
                return False
            if token.kind == "open":
                depth += 1
            elif token.kind == "close":
                depth -= 1
                if depth == 0:
                    return False
            elif depth == 1 and self.is_op(token, ","):
                return True
            ahead += 1

    def loss_of_example(self, token: _Token, name: str) -> tree.Node:
        """``Loss(f(x⁽ⁱ⁾), y⁽ⁱ⁾)`` with ``--let 'Loss = -y*log(f(x)) - …'``: the defined name at example i, noted.

        Every argument must be the example's target or features, or f / h of them
        (each marked with the example): they say which example, not new values.
        """
        opener = self.advance()
        self.enter(opener)
        arguments = []
        while True:
            arguments.append(self.expression())
            follower = self.peek()
            if follower.kind == "close":
                break
            if not self.is_op(follower, ","):
                self.fail(f"unexpected {_describe(follower)}", follower.start, hint="separate the arguments with ','")
            self.advance()
        self.leave()
        closer = self.advance()
        for argument in arguments:
            if not _marks_the_example(argument):
                self.fail(
                    f"'{name}' is defined by --let without arguments, so its arguments can only say which example:"
                    " y⁽ⁱ⁾, x⁽ⁱ⁾, f(x⁽ⁱ⁾)",
                    argument.span.start,
                    hint=f"define it as a function: --let '{name}(a, y) = …', or write {name}(x^(i))",
                )
        written = self.source[token.start:closer.end]
        self.note(f"{written} is {name}, as --let defines it, at example i: its arguments mark the example")
        span = Span(token.start, closer.end)
        return tree.Call(name, tree.Variable("x", Span(opener.start, closer.end), example=vocab.EXAMPLE_INDEX), span)

    def is_call(self) -> bool:
        """Whether the group ahead holds exactly the example ``x``, ``x^(i)``, ``x⁽ⁱ⁾``, ``x_i``.

        That is what makes ``h(x)`` a call and ``y(1-h)`` a product.
        """
        if not (self.peek(1).kind == "name" and self.peek(1).text in vocab.DATA_VECTORS):
            return False
        ahead = 2
        token = self.peek(ahead)
        if token.kind == "example" or (token.kind == "sub" and token.text == vocab.EXAMPLE_INDEX):
            ahead += 1
        elif self.is_op(token, "^") and self.is_example_mark(ahead + 1):
            ahead += 4
        closer = self.peek(ahead)
        return closer.kind == "close" and closer.raw == ")"

    def refuse_numbered_argument(self, name: _Token) -> None:
        """Refuse ``h(x_1)``, ``h(x_j)``: see :func:`conventions.numbered_argument_message`."""
        if not (self.peek(1).kind == "name" and self.peek(1).text in vocab.DATA_VECTORS):
            return
        ahead = 2
        while self.peek(ahead).kind == "sub":
            ahead += 1
        closer = self.peek(ahead)
        if ahead == 2 or not (closer.kind == "close" and closer.raw == ")"):
            return
        message, hint = conventions.numbered_argument_message(
            self.source[name.start:closer.end], name.raw, self.source[self.peek(1).start:self.peek(ahead - 1).end])
        self.fail(message, self.peek(2).start, hint=hint)

    def vector_operand(self, after: _Token) -> tree.Variable:
        """The right operand of a dot product: a whole vector, optionally of one example."""
        return self.whole_vector(after, "write theta^T x", "write theta^T x, θᵀx, theta . x or dot(theta, x)",
                                 "write theta^T x, not theta^T x_j; for one component write theta_j x_j")

    def log_gamma_of_data(self, token: _Token) -> tree.Node:
        """``gammaln(Y+1)``: MATLAB's and SciPy's log Γ of a data name plus one, log(y!), a constant of the gradient (noted).

        As LaTeX's ``\\ln\\Gamma(y_i + 1)``: only of a data name plus one; anything else is refused.
        """
        argument = self.group()
        written = self.source[token.start:self.tokens[self.position - 1].end]
        named = self.data_plus_one(
            argument, token,
            f"'{written}': log Γ is read only as {token.text}(y + 1) = log(y!), of the data (column {token.start + 1})",
            "a Poisson log-likelihood's gammaln(y + 1) is log(y!), which does not depend on the parameters",
        )
        data = self.source[named.span.start:named.span.end]
        self.note(f"{written} is log({data}!), the log-factorial of the data: it does not depend on the parameters, "
                  "so its gradient is 0")
        span = self.span(token, argument)
        return tree.Apply("log", tree.Apply("factorial", named, span), span)

    def log_factorial_of_data(self, token: _Token) -> tree.Node:
        """``lfactorial(y)``: R's log(y!), of a data name only, a constant of the gradient (noted).

        A Poisson negative log-likelihood in R writes its constant so (``sum(-Y * u + exp(u) + lfactorial(Y))``);
        as :meth:`factorial_of_data`, a log-factorial of anything but the data (of θ, of Xθ) is refused.
        """
        argument = self.group()
        written = self.source[token.start:self.tokens[self.position - 1].end]
        if not conventions.data_only(argument):
            raise UnsupportedInputError(
                f"'{written}': lfactorial is read only of a name of the data (lfactorial(y) = log(y!)), a constant "
                f"of the parameters (column {token.start + 1})",
                source=self.source, column=token.start,
                hint="a Poisson log-likelihood's lfactorial(y) is log(y!), which does not depend on the parameters",
            )
        data = self.source[argument.span.start:argument.span.end]
        self.note(f"{written} is R's log({data}!), the log-factorial of the data: it does not depend on the "
                  "parameters, so its gradient is 0")
        span = self.span(token, argument)
        return tree.Apply("log", tree.Apply("factorial", argument, span), span)

    def factorial_of_data(self, token: _Token) -> tree.Node:
        """``factorial(y)`` (SciPy's, Python's math.factorial): y!, of a data name only, a constant of the gradient (noted).

        As LaTeX's ``y_i!``: a Poisson log-likelihood's log(y!) does not depend on the parameters; a factorial of
        anything else (of θ, of Xθ) is refused.
        """
        argument = self.group()
        # (a dropped self. leaves spaces behind, to keep the columns: not shown)
        written = re.sub(r"\(\s+", "(", self.source[token.start:self.tokens[self.position - 1].end])
        if not conventions.data_only(argument):
            raise UnsupportedInputError(
                f"'{written}': a factorial is read only of a name of the data (factorial(y)), a constant of the "
                f"parameters (column {token.start + 1})",
                source=self.source, column=token.start,
                hint="a factorial of the data such as log(factorial(y)) does not depend on the parameters (its gradient "
                     "is 0)",
            )
        self.note(conventions.factorial_note(written))
        return tree.Apply("factorial", argument, self.span(token, argument))

    def apply(self, token: _Token, function: str) -> tree.Node:
        """A function applied to a group (``log(1-h)``) or to the next power (``log h``)."""
        follower = self.peek()
        if follower.kind == "open":
            argument = self.group()
            return tree.Apply(function, argument, self.span(token, argument))
        if follower.kind == "sub" and follower.start == token.end and (
                word := re.match(r"[A-Za-z]+_[A-Za-z]\w+", self.source[token.start:])):
            # log_lik, exp_term: code's name that starts with a function's, not the function (R's log_lik <- …)
            self.fail(f"unknown name '{word.group(0)}'", token.start, hint=f"define it with --let '{word.group(0)} = …'")
        node = self.function_operand(token, function,
                                     "write sigma(theta^T x) - 1 for σ minus 1, or sigma(-z) for σ of -z",
                                     "; σ and sigma mean the sigmoid function here")
        if function == "exp" and self.is_op(follower, "-"):
            self.refuse_open_exponent(token.start, follower, node.argument, "exp ")
        return node

    def sum(self, token: _Token) -> tree.Node:
        """``sum``, ``sum_i``, ``Σ_k``, ``Σᵢ`` followed by the rest of the term."""
        self.advance()
        index = vocab.EXAMPLE_INDEX
        follower = self.peek()
        bounds = self.subscript_limits()
        written = follower.kind == "sub" and bounds is None
        if written:
            index = follower.text
            if index not in _INDEX_LETTERS:
                self.fail(
                    f"unknown index '{follower.raw.lstrip('_')}' for a sum",
                    follower.start + (self.source[follower.start] == "_"),
                    hint="sum over examples with sum_i(...), over features with sum_k(...)",
                )
            self.advance()
            bounds = self.written_limits(follower)
        over = vocab.sum_over(index)
        assert over is not None, "the index is i or a feature's letter: any other was refused above"
        limits = bounds or (None if written else self.limits_argument())
        if not written and not limits and (dimension := self.dimension_argument()):
            return self.axis_sum(token, dimension)
        if not (self.starts_operand(self.peek()) or self.is_op(self.peek(), "-")):
            self.missing_operand(self.tokens[self.position - 1])
        ones = _ONES_DOT.fullmatch(token.raw + "(") is not None
        numpy_call = (not written and self.peek().kind == "open" and self.peek().raw == "("
                      and (ones or token.raw == "add"
                           or self.source[max(0, token.start - 6):token.start].endswith(("np.", "numpy."))))
        if (not written and self.code_power_after_call(token)) or numpy_call:
            # code's sum(v).^2, np.sum(v)**2: the call ends at its ')', so the power is of the sum; and
            # np.sum(v) * y is (Σ v)·y in NumPy, never Σ (v·y) as a whiteboard's bracketless sum would run on
            self.enter(token)
            body = self.group()
            self.leave()
            over, index = self.unindexed(token, body)
            if over == "examples" and (features := self.parameter_subscripted(
                    token, body, self.tokens[self.position - 1].end)) is not None:
                over, body = "features", features
            here = Span(token.start, self.tokens[self.position - 1].end)
            if ones:
                if over != "examples":
                    self.fail(f"'{token.raw}(…)' is read only of a vector with one entry per example: np.ones "
                              "has one entry per example", token.start,
                              hint="write np.sum(v) for the sum of v's entries")
                self.note(f"read as NumPy: {token.raw}(v) is the all-ones row of the m examples times v, "
                          "Σᵢ vᵢ, the sum of v's entries")
            return tree.Sum(over, index, body, here)
        opener = self.peek()
        if opener.kind == "open" and opener.raw == "(" and opener.start == token.end:
            self.sum_openers.add(opener.start)
        self.enter(token)
        body = self.term()
        self.leave()
        if over == "examples" and index == vocab.EXAMPLE_INDEX and not limits and (
                features := self.parameter_subscripted(token, body, self.tokens[self.position - 1].end)) is not None:
            over, body, written = "features", features, True
        if not written:
            over, index = self.unindexed(token, body)
            if limits:
                self.check_limits(limits, over, index)
            else:
                self.note_call_then_factor(token, opener, body, over, index)
        elif not bounds:
            self.note_call_then_factor(token, opener, body, over, index)  # sum_i(h - y) * x: as sum(h - y) * x
        if written and over == "features" and (bare := _bare_data_beside_an_idle_index(body, index)):
            # Σ_k (h - y) x_j, a line of the example sum with its letter changed: k marks nothing and the terms write
            # the data bare; read over the features it was n copies of one example's term, judged wrong where the
            # writer meant the sum over the examples (hunt31b) — refused as the LaTeX reader refuses \sum_k (audit39)
            self.fail(
                f"the sum over '{index}' sums terms that write the data bare ({bare}): the sum over the examples, or "
                f"{vocab.FEATURE_COUNT} copies of one example's term? Their gradients differ, so neither is guessed",
                token.start,
                hint="write the example index: sum_i(...) (or Σᵢ) for the examples, or index a parameter "
                     f"(theta_{index}) for the features",
            )
        node = tree.Sum(over, index, body, self.span(token, body))
        if id(body) not in self.extent:
            self.bracketless.add(id(node))
        return node

    def subscript_limits(self) -> tuple[_Token, _Token] | None:
        """``sum_1_m`` (an Octave comment's Σ_{i=1}^{m}): its limits, taken out of the tokens; else None.

        Read as ``sum(1, m, …)`` is: what the sum runs over comes from its body, and the count must be that range's.
        """
        first, upper = self.peek(), self.peek(1)
        if not (first.kind == "sub" and first.text == "1" and upper.kind == "sub"
                and upper.text in (vocab.EXAMPLE_COUNT, vocab.FEATURE_COUNT) and upper.start == first.end):
            return None
        self.refuse_signed_bound(upper, "sum_1", "i")
        self.advance()
        self.advance()
        return first, upper

    def refuse_signed_bound(self, upper: _Token, written: str, index: str) -> None:
        """Refuse a bound without scripts followed by a signed number (``∑i=1N−1(…)``, ``sum_1_m-1``).

        The sign and the number may be the bound's (a sum to N − 1) as well as the body's start (−1 times it): read
        as the body's, the sum was −Σ_{i=1}^{N}, the gradient's sign flipped (audit43).
        """
        sign, after = self.peek(2), self.peek(3)
        if sign.kind == "op" and sign.text in "+-" and after.kind == "number":
            self.fail(f"'{self.source[upper.start:after.end].lstrip('_')}' after {written} may be its upper bound, "
                      f"{upper.text} {sign.text} {after.text}, or a sign and a number of its body", sign.start,
                      hint=f"write sum_{{{index}=1}}^{{{upper.text}}} with the body in brackets")

    def flattened_limits(self, index: _Token) -> tuple[_Token, _Token] | None:
        """``∑i=1N``, ``∑i=1m`` (the tokenizer's subscripts of a flattened Σ_{i=1}^{N}): its limits, noted.

        Only a count letter is read as the upper bound (m, n, N, M: what a count is written with); the
        letter's range is then checked as for ``Σᵢ₌₁ᵐ``.
        """
        first, upper = self.peek(), self.peek(1)
        if not (first.kind == "sub" and first.text == "1" and upper.kind == "sub"):
            return None
        if upper.text not in _FLATTENED_COUNTS:
            self.fail(f"'{upper.text}' is not a count: a sum flattened to Σ{index.text}=1{upper.text} is read only "
                      "up to m, n, N or M", upper.start, hint=f"write sum_{{{index.text}=1}}^{{m}} (or ^{{n}})")
        self.refuse_signed_bound(upper, f"a flattened Σ{index.text}=1", index.text)
        self.advance()
        self.advance()
        if upper.end <= index.start:  # mΣi=1: the count was copied before the Σ (tokenizer, flattened_bound_before)
            self.note(f"'{self.source[upper.start:first.end]}' is read as Σ_{{{index.text}=1}}^{{{upper.text}}}: a "
                      "sum set in display whose bounds lost their scripts, copied top down (the count above the Σ "
                      "first), as a page copied as text writes it")
            return first, upper
        self.note(f"'{self.source[index.start - 1:upper.end]}' is read as Σ_{{{index.text}=1}}^{{{upper.text}}}: "
                  "a sum whose bounds lost their scripts, as a page copied as text writes it")
        return first, upper

    def written_limits(self, index: _Token) -> tuple[_Token, _Token] | None:
        """``Σᵢ₌₁ᵐ``, ``∑ⱼ₌₁ⁿ``: the bounds after a written index, whose count must be that index's range's.

        Read as ``sum_{i=1}^{m}`` is: i runs over the m examples, j (k, l) over the n features; a count
        that is not the index's range's (Σᵢ₌₁ⁿ) is refused rather than either one guessed.
        """
        mark = self.source[self.peek().start:self.peek().start + 1]
        if mark == "=":
            bounds = self.flattened_limits(index)
        elif mark == _SUBSCRIPT_EQUALS:
            bounds = self.subscript_limits()
        else:
            return None
        if bounds is None:
            return None
        upper = bounds[1]
        over = vocab.sum_over(index.text)
        if vocab.sum_over(index.text, upper.text) is None and not (
                over == "examples" and upper.text in _FLATTENED_EXAMPLE_COUNTS) and not (
                over == "features" and upper.text == "N"):
            count = vocab.EXAMPLE_COUNT if over == "examples" else vocab.FEATURE_COUNT
            self.fail(f"the index {index.text} runs over the {over}, which are counted by {count}, "
                      f"not {upper.text}", upper.start,
                      hint="write Σᵢ₌₁ᵐ for a sum over the examples, Σⱼ₌₁ⁿ for one over the features")
        assert over is not None, "an index of no range has no count that is its range's: refused just above"
        # Σᵢ₌₁ⁿ: i marks the example, so n counts the examples here, as the LaTeX reader reads \sum_{i=1}^{n}
        note = readings.record_count(self.counts, over, upper.text,
                                     lambda message, hint: self.fail(message, upper.start, hint=hint))
        if note is not None:
            self.note(note)
        return bounds

    def limits_argument(self) -> tuple[_Token, _Token] | None:
        """``sum(1, m, …)`` (a plain note's Σ_{i=1}^{m} …): its limits, taken out of the tokens; else None.

        Only a call whose first two arguments are the number 1 and one letter: what the sum runs over is
        read from its last argument as for ``sum(…)``, and the letter must be that range's count
        (:meth:`check_limits`).
        """
        opener, first, comma, upper, second = (self.peek(ahead) for ahead in range(5))
        if not (opener.kind == "open" and opener.raw == "(" and first.kind == "number" and first.text == "1"
                and self.is_op(comma, ",") and upper.kind == "name" and len(upper.text) == 1
                and self.is_op(second, ",")):
            return None
        del self.tokens[self.position + 1:self.position + 5]
        return first, upper

    def check_limits(self, limits: tuple[_Token, _Token], over: str, index: str) -> None:
        """The count of ``sum(1, m, …)`` is the one of what its body sums: m examples, n features; noted."""
        first, upper = limits
        count = vocab.EXAMPLE_COUNT if over == "examples" else vocab.FEATURE_COUNT
        subscripted = first.kind == "sub"  # sum_1_m rather than sum(1, m, …)
        written = f"sum_1_{upper.text}" if subscripted else f"sum(1, {upper.raw}, …)"
        if upper.text != count:
            hint = f"write sum_1_{count}" if subscripted else f"write sum(1, {count}, …)"
            self.fail(f"{written} sums over the {over}, and they are counted by {count}, not {upper.text}",
                      upper.start, hint=hint)
        shown = "i" if over == "examples" else index
        self.note(f"{written} is read as the sum Σ_{{{shown}=1}}^{{{count}}} of "
                  f"{'what follows' if subscripted else 'its last argument'}, over the {over}")

    def note_call_then_factor(self, token: _Token, opener: _Token, body: tree.Node, over: str, index: str) -> None:
        """``sum(h - y)*x_j/m``: written like a code call, but the sum takes the whole product; say so.

        In NumPy or Octave the call ends at its ')' ((Σ(h − y))·xⱼ); ML notes mean Σᵢ (h − y)xⱼ, the reading
        docs/notation.md gives. A factor after the ')' that uses the index changes the value, so it is noted.
        """
        if opener.kind != "open" or opener.raw not in ("(", "[") or not _CALL_SUBSCRIPT.fullmatch(
                self.source, token.end, opener.start):
            # 'sum (h - y) x_j', spaced, is written as mathematics, not as a call ('sum_i(…)' is one); Sum[…] * x_j
            # (Mathematica's brackets, as comments write them) is a call as much as sum(…) is, and says so too
            return
        closer = _matching_close(self.source, opener.start)
        factors, entrywise = [], False
        node = body
        # the product's factors written after the call's ')': sum(y log h) has none, its y is inside
        while isinstance(node, tree.Binary) and node.op in ("*", "/", "⊙") and node.right.span.start > closer:
            factors.append(node.right)
            entrywise = entrywise or node.op == "⊙"
            node = node.left
        indexed = [factor for factor in factors if conventions.uses_index(factor, over, index)]
        if not indexed:
            return
        column = next((factor for factor in indexed
                       if _CODE_COLUMN.fullmatch(self.source[factor.span.start:factor.span.end].strip())), None)
        if opener.raw == "(" and (column is not None or entrywise or _code_dialects(self.source)):
            # sum(h - y) .* X(:,j): code's own column and its '.*' say the text is code, where the call ends at its
            # ')': the number Σ(h − y) times the whole column, which no gradient entry is (audit25k: read as one
            # sum over the products, a student's slip was judged equivalent)
            inner = self.source[opener.end:closer].strip()
            shown = self.source[(column or indexed[-1]).span.start:(column or indexed[-1]).span.end].strip()
            if re.search(r"(?<=\S)\s*[-+]", shown):
                shown = f"({shown})"  # sum(X)'*(h - y): the factor's brackets, which its span leaves out (audit26a)
            self.fail(f"in code {token.raw}({inner}) ends at its ')': what follows multiplies the number "
                      f"Σ ({inner}) by {shown}, which is not one sum over the products as notes mean "
                      f"{token.raw}({inner}) {shown}", token.start,
                      hint=f"write {token.raw}(({inner}) .* {shown}) for the sum of the products, or "
                           f"({token.raw}({inner})) * {shown} for the number times it")
        written = self.source[token.start:body.span.end].strip()
        self.note(
            f"{written} is read as one sum over the whole product after it, as ML notes mean it "
            + ("(in NumPy or Octave code the sum would end at its ')')" if opener.raw == "(" else
               "(in Mathematica the sum would end at its ']')")
        )

    def dimension_argument(self) -> int:
        """After ``sum``: the dimension of Octave's ``sum(M, 2)`` (1 or 2), when the call ends with one; else 0."""
        opener = self.peek()
        if opener.kind != "open" or opener.raw != "(":
            return 0
        depth, ahead = 0, 0
        while True:
            current = self.peek(ahead)
            if current.kind == "end":
                return 0
            if current.kind == "open":
                depth += 1
            elif current.kind == "close":
                depth -= 1
                if depth == 0:
                    break
            ahead += 1
        keyword = self.numpy_axis(ahead)
        if keyword:
            return keyword
        comma, number = self.peek(ahead - 2), self.peek(ahead - 1)
        called = self.tokens[self.position - 1] if self.position else None
        if called is not None and self.source[:called.start].endswith(("np.", "numpy.")):
            # np.sum(M, 1) (Hung-yi Lee's HW2): a call of NumPy's runs in NumPy, whose positional axis counts from
            # 0, so axis 1 is dimension 2 (along each row), whatever Octave would make of the same digits
            if ahead < 3 or not self.is_op(comma, ",") or number.kind != "number" or number.text not in ("0", "1"):
                return 0
            return int(number.text) + 1
        if ahead < 3 or not self.is_op(comma, ",") or number.kind != "number" or number.text not in ("1", "2"):
            return 0
        return int(number.text)

    def numpy_axis(self, ahead: int) -> int:
        """NumPy's ``np.sum(M, axis=1, keepdims=True)`` ending at the ')' ``ahead`` tokens on: its dimension.

        The dimension is Octave's (axis 0 is dimension 1, down each column; axis 1 is dimension 2, along each
        row), so both dialects make one :class:`tree.AxisSum`; keepdims changes the shape of the result, not
        its entries. 0 when the call has no keyword; a keyword logderiv does not read is refused at its column.
        """
        found: dict[str, _Token] = {}
        back = ahead - 1
        while back >= 2 and self.peek(back).kind == "keyword" and self.is_op(self.peek(back - 1), ","):
            keyword = self.peek(back)
            word = keyword.text.partition("=")[0]
            if word in found:
                self.fail(f"'{word}' is given twice", keyword.start)
            found[word] = keyword
            back -= 2
        if not found:
            return 0
        start = self.tokens[self.position - 1]  # the word sum
        numpy = self.source[max(0, start.start - 6):start.start].endswith(("np.", "numpy."))
        axis = found.get("axis")
        if not numpy or axis is None or axis.text not in ("axis=0", "axis=1"):
            place = axis if axis is not None and numpy else next(iter(found.values()))
            self.fail(f"'{place.raw}' is read only in NumPy's np.sum(M, axis=0) or np.sum(M, axis=1)", place.start,
                      hint="axis 0 adds up each column of M, axis 1 each row; or write the sum without the keyword")
        return int(axis.text[-1]) + 1

    def axis_sum(self, token: _Token, dimension: int) -> tree.AxisSum | tree.Binary:
        """Octave's ``sum(M, 2)``, NumPy's ``np.sum(M, axis=1, keepdims=True)``: a sum along that dimension."""
        self.advance()  # (
        self.enter(token)
        body = self.expression()
        self.leave()
        while self.peek().kind != "close":
            self.advance()  # the comma and the dimension, or NumPy's keywords and their commas
        closer = self.advance()
        here = Span(token.start, closer.end)
        if dimension == 2 and self.source[:token.start].endswith(("np.", "numpy.")) and (
            isinstance(body, tree.Binary) and (body.op == "⊙" or "*" in self.source[body.left.span.end:body.right.span.start])
        ) and (weighted := _row_weighted(body, here)) is not None:
            # np.sum(w * X, axis=1): w 1-D broadcast over X's rows, each row added up: Xw (noted)
            self.extent[id(weighted)] = (weighted, here)
            assert isinstance(weighted.right, tree.Variable), "_row_weighted's product is X times the vector"
            self.note(ROW_WEIGHTED_NOTE.format(written=self.source[token.start - 3:closer.end].lstrip(".")
                                               if self.source[:token.start].endswith("np.") else
                                               self.source[token.start - 6:closer.end], vector=weighted.right.name))
            return weighted
        return tree.AxisSum(body, dimension, here)

    def code_power_after_call(self, token: _Token) -> bool:
        """Whether ``sum(v)`` is followed by a power in code (``sum(v).^2``, ``np.sum(v)**2``): the square of the sum.

        On a whiteboard ``sum(y - h)^2`` is Σ (y − h)², and that reading stays for plain text. In code a call
        ends at its bracket, so ``sum(v).^2`` is (Σᵢ vᵢ)²: read so (noted) when the text is code (``np.``,
        ``.^``, ``**``, NumPy's or Octave's marks); refused, both readings named, when only the data matrix X
        says it may be code.
        """
        opener = self.peek()
        if opener.kind != "open" or opener.raw != "(":
            return False
        if self.source[token.start:token.end] in ("Σ", "∑"):
            # Σ is a symbol of hand notation, never a call of code: Σ (v)**2 is Σᵢ vᵢ², whatever marks the power
            return False
        depth, ahead = 0, 0
        while True:
            current = self.peek(ahead)
            if current.kind == "end":
                return False
            if current.kind == "open":
                depth += 1
            elif current.kind == "close":
                depth -= 1
                if depth == 0:
                    break
            ahead += 1
        inside = [self.peek(k) for k in range(1, ahead)]
        closer, follower = self.peek(ahead), self.peek(ahead + 1)
        if not (self.is_op(follower, "^") or follower.kind == "power"):
            return False
        prefix = next((p for p in ("numpy.", "np.") if self.source[max(0, token.start - len(p)):token.start] == p), "")
        exponent = follower if follower.kind == "power" else self.peek(ahead + 2)
        spelled = self.source[token.start - len(prefix):max(exponent.end, follower.end)].strip()
        inner = self.source[opener.end:closer.start].strip()
        # Octave's v(:) inside (sum(diff(:))^2): the text is code, as the v(:) reading says; read as hand
        # notation, the square of the sum was the sum of the squares (audit30)
        octave_colon = _OCTAVE_COLON.search(inner) is not None
        if prefix or follower.raw in (".^", "**") or _code_dialects(self.source) or octave_colon:
            self.note(f"read as code: {spelled} is a power of the sum, (Σᵢ vᵢ)ᵖ, not the sum of the powers "
                      f"Σᵢ vᵢᵖ: a call ends at its ')' in Octave and NumPy (the sum of squares is sum(v.^2))")
            return True
        if any(t.kind == "name" and t.text == vocab.DATA_MATRIX for t in inside):
            self.fail(f"'{spelled}' is ambiguous: as code it is a power of the sum, (Σᵢ vᵢ)ᵖ; in hand notation "
                      "the sum of the powers, Σᵢ vᵢᵖ", token.start,
                      hint=f"write (sum({inner}))^2 for the square of the sum, or sum(({inner})^2) for the sum "
                           "of squares")
        # by the bracket alone the power would square the sum: the reading of hand notation is not literal
        power = self.source[closer.end:max(exponent.end, follower.end)].strip()
        self.note(f"{spelled} is read as hand notation writes it, the sum of the powers Σ ({inner}){power}, "
                  f"not the power of the sum (write (sum({inner})){power} for that)")
        return False

    def parameter_subscripted(self, token: _Token, body: tree.Node, end: int) -> tree.Node | None:
        """``∑(wᵢ * xᵢ)``, ``sum_i(theta_i^2)``: i subscripts a parameter, so it counts the features (noted).

        A parameter is the same for every example, so wᵢ can only be its i-th entry, and xᵢ beside it the
        i-th feature (zenn's H(x) = ∑(wᵢ * xᵢ) + b). Read so only when the body holds nothing but such
        subscripted parameters and inputs, numbers and constants: anything per example (y, h, x⁽ⁱ⁾, a call)
        leaves the sum to the usual reading, which refuses a parameter with the example's index.
        Returns the body with those subscripts made feature indices, or None.
        """
        subscripted = False
        for node in tree.walk(body):
            if isinstance(node, (tree.Number, tree.Constant, tree.Binary, tree.Negate)):
                continue
            if not isinstance(node, tree.Variable):
                return None
            if node.name in vocab.CONSTANTS and node.feature is None and node.example is None:
                continue
            if not (node.name in vocab.PARAMETER_VECTORS | vocab.DATA_VECTORS and node.feature is None
                    and node.example == vocab.EXAMPLE_INDEX):
                return None
            written = self.source[node.span.start:node.span.end].replace(" ", "")
            if not written.endswith(("ᵢ", "_i", "_{i}")):
                return None  # x⁽ⁱ⁾, x^(i): the example's own mark
            subscripted = subscripted or node.name in vocab.PARAMETER_VECTORS
        if not subscripted:
            return None

        def as_feature(node: tree.Node) -> tree.Node:
            if isinstance(node, tree.Variable) and node.example == vocab.EXAMPLE_INDEX:
                return tree.Variable(node.name, node.span, vocab.EXAMPLE_INDEX, None)
            if isinstance(node, tree.Binary):
                return tree.Binary(node.op, as_feature(node.left), as_feature(node.right), node.span)
            if isinstance(node, tree.Negate):
                return tree.Negate(as_feature(node.operand), node.span)
            return node

        spelled = self.source[token.start:end].strip()
        self.note(f"{spelled}: i subscripts a parameter, which is the same for every example, so i counts the "
                  "features here: read as a sum over the features (wᵢ the i-th weight, xᵢ the i-th feature), "
                  "not over the examples")
        return as_feature(body)

    def unindexed(self, token: _Token, body: tree.Node) -> tuple[_Over, str]:
        """What ``Σ body`` without an index ranges over: what its body indexes (``Σ θ_j²``: the features)."""
        over, index, why = self.unindexed_range(
            token, body, "sum over the examples with sum_i (...), over the features with sum_j (...)")
        if why:
            self.note(why)
        return over, index

    def dot_call(self, token: _Token) -> tree.Node:
        """``dot(theta, x)``."""
        self.advance()
        opener = self.peek()
        if opener.kind != "open" or opener.raw != "(":
            self.fail("'dot' needs two vectors: dot(theta, x)", token.start)
        self.advance()
        if not self.is_vector_pair():
            return self.matrix_dot(token, opener)
        left = self.vector_operand(opener)
        comma = self.peek()
        if not self.is_op(comma, ","):
            self.fail("expected ',' between the two vectors of dot(theta, x)", comma.start)
        self.advance()
        right = self.vector_operand(comma)
        closer = self.peek()
        if closer.kind != "close" or closer.raw != ")":
            self.fail("expected ')' to end dot(theta, x)", closer.start)
        self.advance()
        return tree.Dot(left, right, self.span(token, closer))

    def transposes_onto_vector(self) -> bool:
        """After ``v`` and its transpose mark: whether a whole vector follows (``theta' x``, ``θᵀ·x``): a dot product.

        Anything else (``w.T, X``, ``theta' * X'``, ``y' * log(h)``) leaves the transposed vector
        to the matrix form; a vector followed by nothing to multiply is refused there.
        """
        ahead = 1
        if self.peek().raw in NUMPY_TRANSPOSES and (self.is_op(self.peek(1), "+", "-") or self.peek(1).kind == "end"):
            # X @ theta.T - y, a let's h = X @ theta.T: NumPy's .T never starts a dot product by juxtaposition
            return False
        if self.peek().raw == "'" and (self.is_op(self.peek(1), "+", "-") or self.peek(1).kind == "end") and any(
                each.kind == "name" and each.text == vocab.DATA_MATRIX and each.raw == vocab.DATA_MATRIX
                for each in self.tokens) and vocab.DATA_MATRIX not in self.names:
            # sum((sigmoid(X*theta) - y) .* X)/m + lambda/m * theta' (ex2's gradient as a row): nothing follows to
            # dot with, in matrix notation: Octave's transposed parameters, a 1×n row beside the row, as LaTeX's
            # (X\beta - Y)^T X + \lambda \beta^T is (latex.py); without X, theta' at the end may be theta' * x cut
            return False
        if self.is_op(self.peek(ahead), "*", "·"):
            ahead += 1
        target = self.peek(ahead)
        if self.is_op(target, ".") and self.peek(ahead + 1).raw == "dot" and self.peek(ahead + 2).kind == "open":
            return False  # w.T.dot(X): NumPy's method product of the transposed vector, read in matrix form
        return target.kind == "name" and target.text in _VECTORS or not (
            target.kind == "name" and target.text == vocab.DATA_MATRIX
            or self.is_op(target, ",") or target.kind in ("close", "open") or self.is_op(target, "@")
        )

    def is_vector_pair(self) -> bool:
        """Whether ``dot(`` is followed by two whole vectors, ``theta, x)``: the dot product θᵀx."""
        first, comma, second, closer = (self.peek(ahead) for ahead in range(4))
        if not (first.kind == "name" and first.text in _VECTORS and first.text != vocab.DATA_MATRIX):
            return False
        if comma.kind == "name":
            return True  # dot(theta x): the comma is missing, and said so
        # dot(x, theta1): an entry of θ after the comma is a number, not a whole vector (np.dot's plain product)
        return (self.is_op(comma, ",") and second.kind == "name" and second.text in _VECTORS
                and second.text != vocab.DATA_MATRIX and closer.kind not in ("transpose", "sub"))

    def matrix_dot(self, token: _Token, opener: _Token) -> tree.Node:
        """NumPy's ``np.dot(a, b)`` of anything but two whole vectors: the matrix product ``a b``."""
        node = self.two_factor_call(token, opener, "np.dot", "*")
        if _is_scalar(node.left) or _is_scalar(node.right):
            # np.dot(x, theta1): NumPy's dot with a number is the plain product, no matrix form
            self.note("read as NumPy: np.dot(a, b) with a number a or b is the product a*b")
            return node
        if _over_the_examples(node.left, node.right, self.names):
            # np.dot(X[:, j], h - y): two vectors of one entry per example, so their inner product Σᵢ aᵢbᵢ
            self.note("read as NumPy: np.dot(a, b) of two vectors with one entry per example (a column xⱼ of X "
                      "among them) is Σᵢ aᵢbᵢ, their inner product")
            return tree.Sum("examples", vocab.EXAMPLE_INDEX, node, node.span)
        self.note("read as NumPy: np.dot(a, b) is the matrix product a b")
        return node

    def arithmetic_call(self, token: _Token, written: str = "") -> tree.Node:
        """NumPy's ``np.multiply(a, b)`` (a ⊙ b, ``.*`` in Octave), ``np.add``, ``np.subtract``, ``np.divide``,
        ``np.power`` (``np.pow``): the operator they are, applied to their two arguments. ``written`` names a
        bare call (Octave's ``power(a, b)``, Python's ``pow(a, b)``), noted as code rather than as NumPy."""
        op = NUMPY_ARITHMETIC[token.text]
        bare = bool(written)
        written = written or f"np.{token.text}"
        opener = self.peek(1)
        if opener.kind != "open" or opener.raw != "(":
            self.fail(f"'{written}' needs two arguments: {written}(a, b)", token.start)
        self.advance()
        node = self.two_factor_call(token, self.advance(), written, op)
        if op == "⊙" and (_is_scalar(node.left) or _is_scalar(node.right)):
            # np.multiply(theta1, x): a number times an array is the plain product (⊙ would ask for matrix form)
            node = tree.Binary("*", node.left, node.right, node.span)
            self.extent[id(node)] = (node, node.span)
            self.note(ARITHMETIC_NOTE.format(written=written, product="a * b"))
            return node
        if bare:
            self.note(POWER_CALL_NOTE.format(written=written))
            return node
        self.note(MULTIPLY_NOTE if op == "⊙" else ARITHMETIC_NOTE.format(
            written=written, product="a**b" if op == "^" else f"a {op} b"))
        return node

    def xlogy_call(self, token: _Token) -> tree.Node:
        """SciPy's ``special.xlogy(a, b)``: a·log(b) entry by entry (0 where a is 0, where the product's limit is 0
        too); a product of arrays as ``np.multiply`` is, the plain one when a side is a number."""
        written = token.raw
        opener = self.peek(1)
        if opener.kind != "open" or opener.raw != "(":
            self.fail(f"'{written}' needs two arguments: {written}(a, b)", token.start)
        self.advance()
        call = self.two_factor_call(token, self.advance(), written, "⊙")
        logged = tree.Apply("log", call.right, call.right.span)
        op: _Operator = "*" if _is_scalar(call.left) or _is_scalar(call.right) else "⊙"
        node = tree.Binary(op, call.left, logged, call.span)
        self.extent[id(node)] = (node, self.extent[id(call)][1])
        self.note(f"read as SciPy: {written}(a, b) is a·log(b), entry by entry")
        return node

    def two_factor_call(self, token: _Token, opener: _Token, written: str, op: _Operator) -> tree.Binary:
        """``written(a, b)`` from its ``(`` (already taken): ``a op b``, spanning the call."""
        self.enter(opener)
        left = self.expression()
        comma = self.peek()
        if not self.is_op(comma, ","):
            noun = "factors" if op in ("*", "⊙") else "arguments"
            self.fail(f"expected ',' between the two {noun} of {written}(a, b)", comma.start)
        self.advance()
        right = self.expression()
        self.leave()
        closer = self.peek()
        if closer.kind != "close" or closer.raw != ")":
            # np.add(a, b, out=c), np.power(a, 2, where=…): a third argument is not read
            self.fail(f"expected ')' to end {written}(a, b)", closer.start)
        self.advance()
        node = tree.Binary(op, left, right, self.span(token, closer))
        self.extent[id(node)] = (node, Span(token.start, closer.end))
        return node

    # -- derivatives --

    def is_derivative_d(self) -> bool:
        """Whether ``d`` starts ``d/dz``: a ``/`` then ``d`` glued to a name (``dz``, ``dθ``)."""
        if not self.is_op(self.peek(1), "/"):
            return False
        second = self.peek(2)
        if second.kind != "name" or not second.raw.startswith("d"):
            return False
        if second.raw in vocab.WORDS or second.raw in self.names or second.raw in ("dot",):
            return False  # d/delta divides by delta
        if len(second.raw) > 1:
            return True
        third = self.peek(3)
        return third.kind == "name" and third.start == second.end

    def derivative(self, token: _Token) -> tree.Node:
        """``d/dz body`` or ``∂/∂θ_j body``; the body is a group or the next power. ``∂J/∂w``: see :meth:`leibniz`."""
        self.advance()
        slash = self.peek()
        if token.kind == "partial" and slash.kind == "name" and self.is_op(self.peek(1), "/") \
                and self.peek(2).kind == "partial":
            return self.leibniz(token)
        if not self.is_op(slash, "/"):
            self.fail("write a derivative as ∂/∂θ_j (...) or d/dz (...)", token.start)
        self.advance()
        marker = self.peek()
        if token.kind == "partial":
            if marker.kind != "partial":
                self.fail("expected '∂' after '∂/'", marker.start, hint="write ∂/∂θ_j (...)")
            self.advance()
            wrt = self.wrt_variable(self.peek(), 0)
        elif len(marker.raw) > 1:
            wrt = self.wrt_variable(marker, 1)  # 'dz': the name is glued to the d
        else:
            self.advance()  # a lone 'd', glued to a Greek letter: dθ
            wrt = self.wrt_variable(self.peek(), 0)
        body = self.derivative_operand(token, "write d/dz (...)")  # as ML notes mean ∂/∂θⱼ (h − y)² or d/dp p log p
        return tree.Derivative(body, wrt, self.span(token, body))

    def leibniz(self, token: _Token) -> tree.Node:
        """``∂J/∂w``: the derivative of one name by a variable, as ``\\frac{\\partial J}{\\partial w}`` is in LaTeX.

        Posts and READMEs write their steps in Unicode (`` `∂J/∂w = (2/m) * Σ (ŷi - yi) * xi` ``):
        the name over the variable is what is differentiated, the whole derivative, never a quotient.
        """
        subject = self.variable(may_call=False, may_dot=False)
        if not isinstance(subject, tree.Variable):
            self.fail("expected one name over '/' in ∂NAME/∂VARIABLE", token.start, hint="write ∂J/∂w or ∂/∂w (...)")
        self.advance()  # '/'
        self.advance()  # '∂'
        wrt = self.wrt_variable(self.peek(), 0)
        return tree.Derivative(subject, wrt, self.span(token, wrt))

    def wrt_variable(self, token: _Token, skip: int) -> tree.Variable:
        """The variable after ``∂`` or ``d``; ``skip`` characters of the token are the ``d``."""
        if token.kind != "name":
            self.fail("expected the variable to differentiate by", token.start, hint="write ∂/∂θ_j or d/dz")
        word = token.text[skip:]
        column = token.start + skip
        known = word in _NAME_WORDS or word in self.names or len(word) == 1
        if not known or word in vocab.FUNCTIONS or word in ("sum", "dot", "pi", "e"):
            self.fail(f"cannot differentiate by '{word}'", column, hint="write d/dz or ∂/∂θ_j")
        if skip:
            # 'dtheta' is one token: replace it by the name inside it
            self.advance()
            self.tokens.insert(self.position, _Token("name", word, column, token.end, word))
        node = self.variable(may_call=False)
        if not isinstance(node, tree.Variable):
            self.fail("expected one variable to differentiate by", column, hint="write ∂/∂θ_j or d/dz")
        if node.name in _INDEX_LETTERS or node.name in ("e", "pi"):
            self.fail(f"cannot differentiate by '{node.name}'", column)
        return node


def _zero_first_in(body: tree.Node) -> tree.Binary | None:
    """``lambda*theta(2:n)``, ``theta(2:n)*lambda/m``: the product with θ(2:end) as [0; θ(2:end)], or None.

    Only products and quotients of numbers, λ, m, n and one θ(2:end), never under a '/'.
    """
    constants = (vocab.EXAMPLE_COUNT, vocab.FEATURE_COUNT, "lambda", "λ")
    found: list[tree.Tail] = []

    def rebuild(node: tree.Node, denominator: bool) -> tree.Node | None:
        if isinstance(node, tree.Tail):
            if denominator:
                return None
            found.append(node)
            return tree.ZeroFirst(node, node.span)
        if isinstance(node, tree.Number) or isinstance(node, tree.Variable) and node.name in constants \
                and node.feature is None and node.example is None:
            return node
        if isinstance(node, tree.Binary) and node.op in ("*", "/"):
            left = rebuild(node.left, denominator)
            right = rebuild(node.right, denominator or node.op == "/")
            return None if left is None or right is None else tree.Binary(node.op, left, right, node.span)
        return None

    if not isinstance(body, tree.Binary):
        return None
    node = rebuild(body, False)
    return node if isinstance(node, tree.Binary) and len(found) == 1 else None


def _describe(token: _Token) -> str:
    if token.kind == "end":
        return "the end of the expression"
    if token.kind == "number":
        return f"the number {token.raw}"
    return f"'{token.raw}'"


def _close_call_before_bracket(source: str, tokens: list[_Token],
                               functions: Collection[str]) -> tuple[list[_Token], list[str]]:
    """``[loss(f(x_i), y_i]``: a defined function's call left open where the ``]`` around it closes (noted).

    The ``(`` of a call opened inside ``[`` must close inside it, and where the call's last argument is one
    operand (a name with its scripts, or a call of one) and comes after a comma, right before the ``]`` is the
    one place left: closed earlier, the bracket would hold a list (``[loss(f(x_i)), y_i]``), no value. Only a
    function a --let defines (its arguments are checked against its parameters when it is expanded), and only
    one such ``(``; any other unclosed or crossed bracket is refused by :func:`_check_brackets` as before.
    """
    stack: list[int] = []
    for k, token in enumerate(tokens):
        if token.kind == "open":
            stack.append(k)
            continue
        if token.kind != "close" or not stack:
            continue
        opened = stack.pop()
        if _OPENERS[tokens[opened].raw] == token.raw:
            continue
        call = tokens[opened - 1] if opened else None
        if not (tokens[opened].raw == "(" and token.raw == "]" and stack and tokens[stack[-1]].raw == "["
                and call is not None and call.kind == "name" and call.text in functions):
            return tokens, []
        depth, commas = 0, []
        for at in range(opened + 1, k):
            kind = tokens[at].kind
            depth += (kind == "open") - (kind == "close")
            if depth == 0 and tokens[at].kind == "op" and tokens[at].text == ",":
                commas.append(at)
        last = tokens[commas[-1] + 1:k] if commas else []
        if not last or last[0].kind != "name" or not _one_operand(last):
            return tokens, []
        written = source[last[0].start:last[-1].end]
        shut = _Token("close", ")", token.start, token.start, ")")
        return tokens[:k] + [shut] + tokens[k:], [
            f"'{call.raw}(' is never closed: a ')' is read right before the ']' at column {token.start + 1}, which "
            f"closes the '[' around the call, after its last argument '{written}' (closed earlier, the bracket "
            "would hold a list, no value)"]
    return tokens, []


def _one_operand(tokens: list[_Token]) -> bool:
    """Whether ``tokens`` are one name with its scripts (``y_i``, ``x^(i)``), called or not (``f(x_i)``)."""
    k = 1
    while k < len(tokens) and tokens[k].kind in ("sub", "example"):
        k += 1
    if k < len(tokens) and tokens[k].kind == "open":
        depth = 0
        for at in range(k, len(tokens)):
            depth += (tokens[at].kind == "open") - (tokens[at].kind == "close")
            if depth == 0:
                return at == len(tokens) - 1
        return False
    return k == len(tokens)


def _check_brackets(source: str, tokens: list[_Token]) -> None:
    """Point at the first unmatched or mismatched bracket, before parsing."""
    stack: list[_Token] = []
    for token in tokens:
        if token.kind == "open":
            stack.append(token)
        elif token.kind == "close":
            if not stack:
                _fail(f"unmatched '{token.raw}'", source, token.start, hint="remove it, or add the opening bracket")
            opener = stack.pop()
            if _OPENERS[opener.raw] != token.raw:
                _fail(
                    f"'{token.raw}' does not close '{opener.raw}' (column {opener.start + 1})",
                    source,
                    token.start,
                    hint=f"close '{opener.raw}' with '{_OPENERS[opener.raw]}'",
                )
    if stack:
        opener = stack[-1]
        _fail(f"'{opener.raw}' is never closed", source, opener.start, hint=f"add '{_OPENERS[opener.raw]}'")


def _octave_sum_of_squares(source: str, total: tree.Sum) -> bool:
    """Whether ``total`` is Octave's ``sum(theta.^2)``: the squares of a whole parameter vector's entries, added."""
    body = total.body
    return (isinstance(body, tree.Binary) and body.op == "^" and isinstance(body.left, tree.Variable)
            and body.left.name in vocab.PARAMETER_VECTORS and body.left.feature is None and body.left.example is None
            and ".^" in source[body.left.span.end:body.right.span.start])


def _scaled_parameter_vector(node: tree.Node) -> bool:
    """Whether ``node`` is a number's multiple of the whole parameter vector: ``lmbd * theta / len(X)``, ``-2*w``.

    Code's gradient names its penalty's part so (samuelchvez's ``reg_prime = lmbd * theta / len(X)``, ex5's
    ``reg = lambda / m * theta``): as a --let that is the n×1 vector cθ, which the matrix form reads (and puts in
    place where a matrix answer uses it); an answer so written (``2 * _lambda * w``, the gradient of λwᵀw) is the
    gradient vector, its entry j compared, as the builder reads LaTeX's ``2\\lambda w``; anywhere else (a cost) its
    bare θ is refused by the builder, as a vector, with the parser's message. Only
    products, quotients and signs of numbers, constants (m, n, λ) and one bare parameter vector, which no
    quotient divides by.
    """
    vectors = 0
    stack: list[tuple[tree.Node, bool]] = [(node, False)]
    while stack:
        current, below = stack.pop()
        if isinstance(current, tree.Negate):
            stack.append((current.operand, below))
        elif isinstance(current, tree.Binary) and current.op in ("*", "/"):
            stack += [(current.left, below), (current.right, below or current.op == "/")]
        elif isinstance(current, tree.Variable) and current.feature is None and current.example is None \
                and current.name in vocab.PARAMETER_VECTORS:
            if below:
                return False
            vectors += 1
        elif not (isinstance(current, tree.Number) or isinstance(current, tree.Variable) and current.name in
                  vocab.CONSTANTS and current.feature is None and current.example is None):
            return False
    return vectors == 1


def _check_vectors(source: str, node: tree.Node, names: Collection[str] = ()) -> None:
    """Refuse a whole parameter vector (``theta``) outside a dot product or call.

    In a matrix-form answer (one holding the data matrix ``X``) a whole ``theta``
    is the n×1 vector: the builder reads it, and checks the shapes.
    """
    allowed: set[int] = set()
    offenders: list[tree.Variable] = []
    for current in tree.walk(node):
        if isinstance(current, (tree.Transpose, tree.Tail, tree.ZeroFirst, tree.AxisSum)) or (
            isinstance(current, tree.Variable) and current.name == vocab.DATA_MATRIX
        ) or isinstance(current, tree.Binary) and current.op == "⊙":
            return  # matrix form, wherever X, ᵀ, ⊙ (.*), theta(2:end) or np.sum(…, axis=1) stands
        if isinstance(current, tree.Dot):
            allowed.update((id(current.left), id(current.right)))
        elif isinstance(current, tree.Derivative) and isinstance(current.body, tree.Variable):
            # ∂J/∂w: what w is (a one-feature model's scalar, or a vector's entry) the builder decides, seeing the
            # cost beside it, as it does for LaTeX's \frac{\partial J}{\partial w}
            allowed.add(id(current.wrt))
        elif isinstance(current, tree.Call):
            allowed.add(id(current.argument))
        elif isinstance(current, tree.Sum) and (source[:current.span.start].endswith("np.")
                                                or _octave_sum_of_squares(source, current)):
            # np.sum(w ** 2), Octave's sum(theta.^2): code's sum of a whole vector's entries, read in matrix
            # form with the lets that hold X (0.5 * lam * np.sum(w ** 2) beside --let "r = X @ w - y",
            # sum(theta.^2) - theta(1)^2 beside --let "h = X * theta"); the builder decides
            allowed.update(id(inner) for inner in tree.walk(current.body))
        elif (
            isinstance(current, tree.Variable)
            and current.name in vocab.PARAMETER_VECTORS
            and current.feature is None
        ):
            offenders.append(current)
    offenders = [v for v in offenders if id(v) not in allowed]
    if offenders:
        # w x + b with a scalar x: the builder decides, seeing the cost, its lets and --wrt together
        # mse + lambda2 * beta * beta beside --let mse = …: a --let's name may hold the data, and x with it
        defined = any(isinstance(n, tree.Variable) and n.name in names for n in tree.walk(node))
        scalar = scalars.could_be_scalar(node, defined=defined)
        offenders = [v for v in offenders if v.name not in scalar]
    if offenders:
        first = min(offenders, key=lambda v: v.span.start)
        spelled = source[first.span.start : first.span.end] or first.name
        _fail(
            f"'{spelled}' is a vector: write {first.name}_j or {first.name}^T x",
            source,
            first.span.start,
            hint=f"a component is {first.name}_j (or {first.name}_0); a dot product is {first.name}^T x",
        )


#: letters that stand for a coefficient before x in ``ax + b`` (not counts, indices or the prediction)
_COEFFICIENTS = frozenset("abcw")
#: two glued letters read as a product: a coefficient and the input x in either order (``z = xw + b``, the
#: feature before its weight, as in PyTorch notes' ``x * w``); only w follows x, the one-feature model's weight
_GLUED_PRODUCTS = frozenset({c + "x" for c in _COEFFICIENTS} | {"xw"})


def _split_coefficients(tokens: list[_Token], names: Collection[str]) -> tuple[list[_Token], list[str]]:
    """``ax`` (``z = ax + b``, ``ax^2``) and ``xw`` read as a·x and x·w, and the notes that say so.

    Only a coefficient letter glued to ``x`` is split: ``a``, ``b``, ``c`` or
    ``w`` before the input, or ``w`` after it; a word no ``--let`` defines and
    not called like a function (``ax(…)``). Any other run of letters (``xy``)
    is refused as an unknown name, as before.
    """
    result: list[_Token] = []
    notes: list[str] = []
    for position, token in enumerate(tokens):
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if (
            token.kind == "name"
            and token.raw in _GLUED_PRODUCTS
            and token.raw not in names
            and not (following is not None and following.kind == "open" and following.start == token.end)
        ):
            first, second = tuple(token.raw)  # two letters, as each of _GLUED_PRODUCTS is (a str is not unpacked)
            result.append(_Token("name", first, token.start, token.start + 1, first))
            result.append(_Token("name", second, token.start + 1, token.end, second))
            # "the product", not "w·x, w times x": where w and x are vectors the builder reads that product as wᵀx
            # and says so, and "w times x" beside its note read as a second reading of one text
            notes.append(f"'{token.raw}' is read as the product of {first} and {second}, {first} {second} (write "
                         f"{first} {second} or {first}*{second} to say so)")
            continue
        result.append(token)
    return result, notes


#: the parameters a slash's count is glued to in the penalty's gradient: lambda/mw_j, lambda/mtheta_j, 1/nbeta_j
_GLUED_COUNT_FACTORS = frozenset({"w", "theta", "beta"})


def _split_count_before_parameter(tokens: list[_Token], names: Collection[str]) -> list[_Token]:
    """``lambda/mw_j``, ``lambda/mtheta_j``: the count after a slash glued to a parameter, split into m and w_j.

    Plain notation's tokens make ``mw`` one unknown word, where ``\\lambda/m w_j`` and ``lambda/mθ_j`` (θ a
    token of its own) are read as (λ/m)·w_j, the penalty's gradient, with a note (:meth:`note_count_before_factor`,
    which says it here too: the parameter stays glued to the count). Only right after ``/`` whose numerator is λ or
    a number, a word no --let defines and not called (``mw(…)``); any other word stays unknown.
    """
    result: list[_Token] = []
    for position, token in enumerate(tokens):
        slash = tokens[position - 1] if position >= 1 else None
        numerator = tokens[position - 2] if position >= 2 else None
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        count, parameter = token.raw[:1], token.raw[1:]
        if (token.kind == "name" and token.raw == token.text and count in conventions.COUNT_LETTERS
                and parameter in _GLUED_COUNT_FACTORS and token.raw not in names
                and slash is not None and slash.kind == "op" and slash.text == "/" and slash.end == token.start
                and numerator is not None and numerator.end == slash.start
                and (numerator.kind == "number" or (numerator.kind == "name" and numerator.text == "lambda"))
                and _starts_term(tokens, position - 2)
                and not (following is not None and following.kind == "open" and following.start == token.end)):
            result.append(_Token("name", count, token.start, token.start + 1, count))
            result.append(_Token("name", parameter, token.start + 1, token.end, parameter))
            continue
        result.append(token)
    return result


def _starts_term(tokens: list[_Token], position: int) -> bool:
    """Whether the numerator at ``position`` (λ, a number, or a number times λ) begins its term.

    Only there is it the simple numerator whose quotient the grammar notes (``lambda/mw_j``, ``-2*lambda/mw_j``);
    after a power or another factor (``lambda^2/mw_j``, ``1/2/mw_j``, ``y lambda/mw_j``) the split would be read
    with no note, so the glued word is left unknown (audit29d).
    """
    if tokens[position].kind == "name" and position >= 1:
        if tokens[position - 1].kind == "number":
            position -= 1
        elif (position >= 2 and tokens[position - 1].kind == "op" and tokens[position - 1].text == "*"
              and tokens[position - 2].kind == "number"):
            position -= 2
    before = tokens[position - 1] if position >= 1 else None
    return before is None or before.kind == "open" or (before.kind == "op" and before.text in ("+", "-", ","))


#: the feature indices a glued ``xj`` may carry (x_j, x_k: the feature of the gradient's entry)
_GLUED_FEATURE_WORDS = frozenset({"xj", "xk"})


def _split_glued_prediction(tokens: list[_Token], names: Collection[str]) -> tuple[list[_Token], list[str]]:
    """``(1/m) sum (hx - y) xj`` (Ng's gradient typed in plain text): hx read as h(x), xj as x_j, noted.

    h times the example x is no number beside y (x is the example's vector), and j is an index, never a quantity:
    h(x) and x_j are the only readings, so they are taken and said. Only in a text that is not in matrix form
    (no X: code's ``hx = sigmoid(X*theta)`` names an array), where neither word is a --let's name, ``hx`` not
    called (``hx(…)``), ``hx`` where h is not written bare (``log(hx) … log(1 - h)`` may hold two quantities), and,
    for ``xj``, where no sum runs over j: there x_j would be that sum's feature, not
    the gradient's entry, and the text is left to be refused as written.
    """
    if any((token.kind == "name" and token.text == vocab.DATA_MATRIX) or token.kind == "transpose"
           for token in tokens):
        return tokens, []  # matrix form or code (hx = sigmoid(X*theta), y'): an array of its own
    # h written bare beside hx (log(hx) … log(1 - h)): two quantities, perhaps; h(x) beside it says what h is
    bare = any(token.kind == "name" and token.raw == vocab.PREDICTION
               and not (k + 1 < len(tokens) and tokens[k + 1].kind == "open") for k, token in enumerate(tokens))
    summed = {tokens[k + 1].text for k in range(len(tokens) - 1)
              if tokens[k].kind == "name" and tokens[k].text == "sum" and tokens[k + 1].kind == "sub"}
    result: list[_Token] = []
    read: list[str] = []
    skip = False
    for position, token in enumerate(tokens):
        if skip:  # the script of an hx_i, already inside the bracket of h(x_i)
            skip = False
            continue
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        called = following is not None and following.kind == "open" and following.start == token.end
        if token.kind != "name" or token.raw != token.text or token.raw in names or called:
            result.append(token)
            continue
        if token.raw == vocab.PREDICTION + "x" and "x" not in names and not bare:
            start, end = token.start, token.end
            result += [_Token("name", vocab.PREDICTION, start, start + 1, vocab.PREDICTION),
                       _Token("open", "(", start + 1, start + 1, "("),
                       _Token("name", "x", start + 1, end, "x")]
            if following is not None and following.kind in ("sub", "example") and following.start == end:
                result.append(following)  # hx_i, hx^(i): h(x_i), the script is the example's
                end, skip = following.end, True
            result.append(_Token("close", ")", end, end, ")"))
            if "hx" not in read:
                read.append("hx")
            continue
        if token.raw in _GLUED_FEATURE_WORDS and token.raw[1] not in summed and token.raw[1] not in names:
            result += [_Token("name", "x", token.start, token.start + 1, "x"),
                       _Token("sub", token.raw[1], token.start + 1, token.end, token.raw[1])]
            if token.raw not in read:
                read.append(token.raw)
            continue
        result.append(token)
    if not read:
        return tokens, []
    shown = ", ".join("'hx' as h(x), the prediction of the example" if word == "hx"
                      else f"'{word}' as x_{word[1]}, its feature {word[1]}" for word in read)
    return result, [f"letters written together are read as the only reading they have: {shown} (write h(x) and "
                    "x_j to say so)"]


def _lost_scripts(tokens: list[_Token], names: Collection[str]) -> tuple[list[_Token], list[str]]:
    """``∑(h θ(x) − y(i))²`` pasted from a web page: y(i) is y⁽ⁱ⁾, ``h θ(x)`` or ``hθ(x)`` is h_θ(x), θj is θ_j, noted.

    ``fθ(x)`` is f_θ(x) so too (audit59: it was f·θᵀx, f a constant or the page's f(x), a wrong gradient).

    The page's superscript ⁽ⁱ⁾ and subscript θ lost their raising: ``y(i)`` would
    call y, a quantity that takes no argument, and ``θ(x)`` would call θ; so
    only the data names x and y before a glued ``(i)``, and θ glued to a bracket
    after h (glued to it or after a space), are read so (no --let defines them).
    """
    result: list[_Token] = []
    notes: list[str] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        scripted = position + 1 < len(tokens) and tokens[position + 1].kind == "sub"  # x_j(i)
        last = tokens[position + 1] if scripted else token
        window = tokens[position + 1 + scripted:position + 4 + scripted]
        if (token.kind == "name" and token.text in ("x", "y") and token.text not in names and len(window) == 3
                and window[0].kind == "open" and window[0].raw == "(" and window[0].start == last.end
                and window[1].kind == "name" and window[1].text == vocab.EXAMPLE_INDEX
                and window[2].kind == "close" and window[2].raw == ")"):
            result += [token, *([last] if scripted else []),
                       _Token("example", vocab.EXAMPLE_INDEX, window[0].start, window[2].end, "(i)")]
            written = "".join(t.raw for t in tokens[position:position + 1 + scripted])
            note = f"{written}(i) is read as {written}⁽ⁱ⁾, the i-th example's (a superscript (i) without its ^)"
            if note not in notes:
                notes.append(note)
            position += 4 + scripted
            continue
        before = tokens[position - 1] if position else None
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if (token.kind == "name" and token.text in vocab.PARAMETER_VECTORS and token.text not in names
                and before is not None and before.kind == "name" and before.text in vocab.SUBSCRIPTED_MODELS
                and before.end <= token.start
                and following is not None and following.kind == "open" and following.start == token.end):
            # glued (``hθ(x)``, Ng's h_θ(x) in plain Unicode, which has no subscript θ) or set apart by a space: θ
            # cannot be called, so h times θ(x) is no reading
            result.append(_Token("sub", token.text, token.start, token.end, "_" + token.raw))
            apart = " " if before.end < token.start else ""
            how = "the subscript set apart by a space" if apart else "the subscript written on the line"
            notes.append(f"'{before.raw}{apart}{token.raw}(' is read as {before.raw}_{token.raw}(: {how}")
            position += 1
            continue
        after = tokens[position + 2] if position + 2 < len(tokens) else None
        if (token.kind == "name" and token.text in vocab.PARAMETER_VECTORS and token.raw in _GREEK_PARAMETERS
                and following is not None and following.kind == "name" and following.text in _GLUED_FEATURES
                and following.start == token.end and following.text not in names
                and not (after is not None and after.kind == "open" and after.start == following.end)):
            # ∂J/∂θj, Σθj² (plain Unicode notes): j is a feature index, never a quantity, so θ times j is no
            # reading; the subscript lost its _ (as ⱼ and _j are read)
            result += [token, _Token("sub", following.text, following.start, following.end, following.raw)]
            note = f"'{token.raw}{following.raw}' is read as {token.raw}_{following.raw}: the feature index written on the line"
            if note not in notes:
                notes.append(note)
            position += 2
            continue
        result.append(token)
        position += 1
    return result, notes


#: the Greek parameter letters a glued feature index subscripts (θj, βj): a Latin wj, thetaj is one word of its own
_GREEK_PARAMETERS = frozenset({"θ", "β"})
#: the feature indices read glued to them
_GLUED_FEATURES = frozenset({"j", "k"})


def _sum_of(tokens: list[_Token], names: Collection[str]) -> tuple[list[_Token], list[str]]:
    """``(sum of (h(xi) - yi)^2)/2m``: the English 'of' after 'sum' dropped (noted); the sum is of the bracket that follows."""
    result: list[_Token] = []
    notes: list[str] = []
    for position, token in enumerate(tokens):
        before = tokens[position - 1] if position else None
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if (token.kind == "name" and token.raw == "of" and "of" not in names
                and before is not None and before.kind == "name" and before.text == "sum"
                and following is not None and following.kind == "open"):
            notes.append(f"'{before.raw} of' is English: read as {before.raw}, the sum of the bracket that follows")
            continue
        result.append(token)
    return result, notes


#: xij (x_ij) and xji (Ng's x_j^{(i)} spelled in its order): i is the sum's example index either way, j the feature
_GLUED_INDEX = patterns.compile(r"(?P<coefficient>[abcmw]?)(?P<data>[xy])i|(?P<feature>x)(?:ij|ji)")
#: a defined one-letter name glued to i: ``pi`` with ``--let 'p = σ(θᵀx)'``, which is p_i, not π
_GLUED_DEFINED = patterns.compile(r"(?P<data>[a-z])i")


def _split_glued_indices(tokens: list[_Token], names: Collection[str], source: str) -> tuple[list[_Token], list[str]]:
    """``Σ (yi − (mxi + b))²`` (plain text from a web page): yi, xi and mxi read as y_i, x_i and m·x_i, noted.

    Only where the text sums over i (``Σ``, ``sum`` with no index: over the
    examples; or ``sum_i``, ``Σᵢ``), writes the target glued (``yi``), and writes
    i nowhere else — no other ``_i``, no ``i`` alone (but in ``ŷi``, the
    prediction glued to it), no other index glued or scripted — so that i can
    only be the sum's example index; and no x or y of their own stands beside
    (``(1/2m) x sum(f(xi) - yi)^2`` writes x for 'times'). A word a ``--let`` defines, or one called
    like a function (``xi(…)``), stays as it is.
    """
    read, notes = _split_glued_index_words(tokens, names, source)
    if not notes:
        _refuse_pi_beside_p(tokens, names, source)
    return read, notes


def _pi_beside_p(token: _Token, names: Collection[str]) -> bool:
    """Whether ``token`` is ``pi`` spelled out where ``p`` is a defined name: p_i or π?"""
    return token.kind == "name" and token.raw == "pi" and "p" in names and "pi" not in names


def _refuse_pi_beside_p(tokens: list[_Token], names: Collection[str], source: str) -> None:
    """``pi`` where p is defined and the text is not read with glued indices: p_i or π? Refused, both named."""
    for token in tokens:
        if _pi_beside_p(token, names):
            _fail("'pi' where p is defined: p_i (p of example i, glued) or the constant π?", source, token.start,
                  hint="write p_i for p of example i, or π for the constant")


def _split_glued_index_words(tokens: list[_Token], names: Collection[str], source: str) -> tuple[list[_Token], list[str]]:
    """The reading :func:`_split_glued_indices` describes: the tokens split, and the note (none: not read so)."""
    sums = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "sum"]
    if not sums:
        return tokens, []
    # ŷi: the prediction glued to i (a name ŷ and a name i with nothing between)
    hats = {k for k in range(len(tokens) - 1) if tokens[k].kind == "name" and tokens[k].raw == "ŷ"
            and tokens[k + 1].kind == "name" and tokens[k + 1].text == vocab.EXAMPLE_INDEX
            and tokens[k + 1].start == tokens[k].end and tokens[k + 1].end == tokens[k + 1].start + 1}
    indices = {k + 1 for k in sums if k + 1 < len(tokens) and tokens[k + 1].kind == "sub"}  # sum_i, Σᵢ: its index
    if any(tokens[k].text != vocab.EXAMPLE_INDEX for k in indices):
        return tokens, []  # a sum over another index
    # ∑i=1N, Σᵢ₌₁ᵐ: the bounds after the index are the sum's, no index written elsewhere
    bounds = {k + step for k in indices for step in (1, 2) if _bound_at(tokens, k + 1)}
    if any((token.kind in ("sub", "example") and k not in indices and k not in bounds)
           or (token.kind == "name" and token.text in (vocab.EXAMPLE_INDEX, "x", "y") and k - 1 not in hats)
           for k, token in enumerate(tokens)):
        return tokens, []  # i written otherwise, or an x of its own ('(1/2m) x sum(f(xi) - yi)^2': x as 'times')

    def glued(position: int) -> re.Match[str] | None:
        token = tokens[position]
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if token.kind != "name" or token.raw in names or token.raw != token.text:
            return None
        if following is not None and following.kind == "open" and following.start == token.end and token.raw != "yi":
            return None  # xi(…) may be ξ called; yi(w⋅xi) can only be the label times a bracket: y is no function
        defined = _GLUED_DEFINED.fullmatch(token.raw)
        if defined is not None and defined.group("data") in names and defined.group("data") not in "xy":
            return defined  # pi with p defined: p_i (the constant π is refused beside p written so)
        return _GLUED_INDEX.fullmatch(token.raw)

    found = {position: match for position in range(len(tokens)) if (match := glued(position)) is not None}
    if not any(match.group() == "yi" for match in found.values()):
        return tokens, []
    for position, token in enumerate(tokens):
        if token.kind == "name" and token.raw == "pi" and position not in found:
            # Σ (pi − yi) xi with no p defined: glued like yi, p_i; spelled out, π — never taken silently
            _fail("'pi' beside indices glued to their letters (yi): p_i (p of example i) or the constant π?", source,
                  token.start, hint="write p_i and define p with --let (e.g. --let 'p = sigmoid(theta^T x)'), or π")
    result: list[_Token] = []
    words: list[str] = []
    for position, token in enumerate(tokens):
        if position - 1 in hats:
            result.append(_Token("sub", vocab.EXAMPLE_INDEX, token.start, token.end, vocab.EXAMPLE_INDEX))
            if "ŷi" not in words:
                words.append("ŷi")
            continue
        match = found.get(position)
        if match is None:
            result.append(token)
            continue
        begin = token.start
        groups = match.groupdict()
        if groups.get("coefficient"):
            letter = match.group("coefficient")
            result.append(_Token("name", letter, begin, begin + 1, letter))
            begin += 1
        data = groups.get("data") or groups["feature"]
        result.append(_Token("name", data, begin, begin + 1, data))
        result.append(_Token("sub", vocab.EXAMPLE_INDEX, begin + 1, begin + 2, vocab.EXAMPLE_INDEX))
        if groups.get("feature"):  # xij, xji: x of example i, feature j
            result.append(_Token("sub", "j", begin + 2, token.end, "j"))
        if token.raw not in words:
            words.append(token.raw)
    shown = ", ".join(f"'{word}' as {_glued_reading(word)}" for word in words)
    return result, [f"the sum writes its example index glued to the letter: read {shown} (write y_i to say so)"]


def _bound_at(tokens: list[_Token], at: int) -> bool:
    """Whether the tokens from ``at`` are a sum's two bounds after its index: the subscripts 1 and a count."""
    return (at + 1 < len(tokens) and tokens[at].kind == "sub" and tokens[at].text == "1"
            and tokens[at + 1].kind == "sub" and tokens[at + 1].text in _FLATTENED_COUNTS)


def _glued_reading(word: str) -> str:
    """How a glued word is read: ``yi`` as y_i, ``mxi`` as m·x_i, ``xij`` as x_ij, ``pi`` as p_i (not π)."""
    if word == "xij":
        return "x_ij (x of example i, feature j)"
    if word == "xji":
        return "x_j^(i) (feature j of example i, the sum's index)"
    if word == "pi":
        return "p_i (p of example i, not the constant π)"
    return f"{word[:-2] + '·' if len(word) == 3 else ''}{word[-2]}_i"


def _marks_example(tokens: list[_Token], at: int) -> bool:
    """Whether the tokens from ``at`` are an example's script: ``_i``, ``_n``, ``^(i)`` (not ``_2`` or ``^2``)."""
    if at >= len(tokens):
        return False
    token = tokens[at]
    if token.kind == "sub":
        return token.text.isalpha()
    if token.kind == "example":
        return True
    kinds = [(t.kind, t.text) for t in tokens[at : at + 4]]
    return (
        len(kinds) == 4 and kinds[0] == ("op", "^") and kinds[1][0] == "open"
        and kinds[2][0] == "name" and kinds[2][1].isalpha() and kinds[3][0] == "close"
    )


def _split_glued_transposes(tokens: list[_Token], names: Collection[str]) -> tuple[list[_Token], list[str]]:
    """``X^TXw``, ``w^TX^Ty``: a ``T`` after ``^`` glued to the next factor is the transpose, noted.

    LaTeX's own rule (an unbraced script is one character) that plain text keeps when a page
    is copied without spaces: ``X^TXw`` is Xᵀ·X·w. Read so only where both sides are the
    quantities a transpose is taken between — a vector, y, X or a bracket before ``^``, and y or
    X (Xw) after the ``T`` — and neither ``T`` nor the glued word is a ``--let``
    name (a matrix T would make X^TX a power); any other run stays an unknown name.
    """
    # θ^Tx, w^Tw (a lowercase vector after the T) are read by the parser already, without a note
    after = vocab.PER_EXAMPLE | {vocab.DATA_MATRIX} | {vocab.DATA_MATRIX + vector for vector in vocab.PARAMETER_VECTORS}
    before = vocab.VECTORS | vocab.PER_EXAMPLE | {vocab.DATA_MATRIX}
    result: list[_Token] = []
    notes: list[str] = []
    for position, token in enumerate(tokens):
        caret = tokens[position - 1] if position >= 1 else None
        base = tokens[position - 2] if position >= 2 else None
        if (
            token.kind == "name" and token.raw[:1] == "T" and token.raw[1:] in after
            and "T" not in names and token.raw not in names
            and caret is not None and caret.kind == "op" and caret.text == "^" and caret.end == token.start
            and base is not None and base.end == caret.start
            and ((base.kind == "name" and base.text in before) or base.kind == "close")
        ):
            result.append(_Token("name", "T", token.start, token.start + 1, "T"))
            rest = token.raw[1:]
            result.append(_Token("name", rest, token.start + 1, token.end, rest))
            notes.append(f"'^{token.raw}' is read as ᵀ{rest}: the T after '^' is the transpose, glued to the next "
                         f"factor (write ^T {rest} to say so)")
            continue
        result.append(token)
    return result, notes


def _bracketed_vector_transposed(source: str, tokens: list[_Token]) -> tuple[list[_Token], list[str]]:
    """``(theta)^T x``, ``(w).T @ x``: brackets round the bare parameter vector alone, transposed, are θᵀ (noted).

    As the LaTeX reader's ``(\\vec\\theta)^T``: a bracket that holds one name and no operation groups nothing.
    Not right after a name or a function (``h(theta)^T`` is a call, transposed whole).
    """
    result: list[_Token] = []
    notes: list[str] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        window = tokens[k:k + 4]
        called = bool(result) and result[-1].kind in ("name", "function")
        if (len(window) == 4 and token.kind == "open" and token.raw == "(" and not called
                and window[1].kind == "name" and window[1].text in vocab.PARAMETER_VECTORS
                and window[2].kind == "close" and window[2].raw == ")"
                and (window[3].kind == "transpose" or window[3].kind == "op" and window[3].text == "^"
                     and k + 4 < len(tokens) and tokens[k + 4].kind == "name" and tokens[k + 4].raw == "T")):
            mark = window[3] if window[3].kind == "transpose" else tokens[k + 4]
            result.append(window[1])
            notes.append(f"'{source[token.start:mark.end]}' is read as {window[1].raw}{source[window[2].end:mark.end]}: "
                         "the brackets hold the one parameter vector and group nothing")
            k += 3
            continue
        result.append(token)
        k += 1
    return result, notes


def _split_matrix_products(tokens: list[_Token], names: Collection[str]) -> tuple[list[_Token], list[str]]:
    """``Xw``, ``Xtheta`` (sklearn's ``||y - Xw||^2_2``) read as X·w, the data matrix times the parameters, noted.

    Only X glued to a parameter vector's name is split, a word no ``--let``
    defines and not called like a function; any other run of letters stays an
    unknown name.
    """
    result: list[_Token] = []
    notes: list[str] = []
    for position, token in enumerate(tokens):
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        vector = token.raw[1:]
        if (
            token.kind == "name"
            and token.raw[:1] == vocab.DATA_MATRIX
            and vector in vocab.PARAMETER_VECTORS
            and token.raw not in names
            and not (following is not None and following.kind == "open" and following.start == token.end)
        ):
            result.append(_Token("name", vocab.DATA_MATRIX, token.start, token.start + 1, vocab.DATA_MATRIX))
            result.append(_Token("name", vector, token.start + 1, token.end, vector))
            notes.append(f"'{token.raw}' is read as X·{vector}, the data matrix times {vector} "
                         f"(write X*{vector} to say so)")
            continue
        result.append(token)
    return result, notes


def _check_matrix_product(source: str, tokens: list[_Token]) -> None:
    """Refuse ``@`` outside a matrix answer (one holding X), where it could only be a typo.

    One vector's ``@`` with itself (``v @ v``, ``w @ w``, code's sum of squares: NumPy's inner product of a 1-D
    array with itself) is a product of arrays wherever it is written: the matrix form reads it (and says what it
    takes the arrays to be), so it is let through here.
    """
    if any(token.kind == "name" and (token.raw in (vocab.DATA_MATRIX, "transpose") or token.text == vocab.DATA_MATRIX)
           or token.kind == "transpose" for token in tokens):
        return  # X, or a transpose (y.T @ log(h)): the text is in matrix form
    for k, token in enumerate(tokens):
        if token.kind == "op" and token.text == "@":
            if _self_product(tokens, k) or _self_tail_product(source, token):
                continue
            _fail(
                "unexpected character '@': the matrix product is read only in a matrix answer (one that uses X)",
                source,
                token.start,
                hint="to multiply numbers use * or a space",
            )


#: the parameters without their first entry on both sides of an @: theta[1:] @ theta[1:] (yyDing1's ex2 port, f63)
_TAIL_BEFORE_AT = patterns.compile(r"(?<![\w.])(?P<name>" + "|".join(sorted(vocab.PARAMETER_VECTORS, key=len, reverse=True))
                                   + r")\s*\[\s*1\s*:\s*\]\s*$")


def _self_tail_product(source: str, token: _Token) -> bool:
    """Whether the ``@`` ``token`` is between one parameter vector's ``[1:]`` twice: the matrix form reads it."""
    before = _TAIL_BEFORE_AT.search(source, 0, token.start)
    return before is not None and re.match(rf"\s*{before.group('name')}\s*\[\s*1\s*:\s*\](?![\w\[(.])",
                                           source[token.end:]) is not None


def _self_product(tokens: list[_Token], at: int) -> bool:
    """Whether the ``@`` at ``tokens[at]`` is between two whole mentions of one name (``v @ v``, ``(w @ w)``)."""
    if not 0 < at < len(tokens) - 1:
        return False
    left, right = tokens[at - 1], tokens[at + 1]
    before = tokens[at - 2] if at >= 2 else None
    after = tokens[at + 2] if at + 2 < len(tokens) else None
    # the whole name on each side: not v[i] @ v, a^v @ v, v @ v(…) or v @ v_i, whose operands are other values
    glued = (after is not None and after.kind in ("open", "sub", "example", "transpose", "power")) or (
        before is not None and before.kind in ("sub", "example", "power", "transpose"))
    return left.kind == right.kind == "name" and left.raw == right.raw and not glued


def _parse_range(source: str, start: int, end: int, names: Collection[str]) -> tree.Node:
    return _read_range(source, start, end, names)[0]


#: what may stand between ``sum`` and the '(' of a sum written as a call: nothing, or its index (sum_i(…), sum_{i}(…))
_CALL_SUBSCRIPT = patterns.compile(r"(?:_(?:[A-Za-z0-9]+|\{[^{}\s]*\}))?")
_WORDED_SUM = patterns.compile(r"(?i:sum)\s+from\s+(?P<index>[a-z])\s*=\s*(?P<lower>\d+)\s+to\s+(?P<upper>[A-Za-z]\w*)\s+of\b")
#: Σ_{i=1}^{m} typed on one line with no marks, as Chinese course comments write it: ``sumi=1,mL(y_^,y)``; the
#: upper bound is one letter, glued to what the sum holds
_GLUED_SUM = patterns.compile(r"(?<![A-Za-z0-9_.])sum(?P<index>[a-z])=(?P<lower>\d+),(?P<upper>[A-Za-z])")


def _spelled_sum(text: str, position: int, end: int | None = None) -> re.Match[str] | None:
    """A sum whose index and bounds are spelled in the text, at ``position``: in words, or glued (``sumi=1,m``)."""
    stop = len(text) if end is None else end
    return _WORDED_SUM.match(text, position, stop) or _GLUED_SUM.match(text, position, stop)


def _head_equals(text: str) -> int:
    """Where the ``=`` of a left side is (:func:`assignment_equals`), but not the ``i = 1`` of a sum in words; -1 when none."""
    worded = [(match.start(), match.end()) for pattern in (_WORDED_SUM, _GLUED_SUM) for match in pattern.finditer(text)]
    if not worded:
        return assignment_equals(text)
    blanked = "".join(" " if any(begin <= k < stop for begin, stop in worded) else char for k, char in enumerate(text))
    return assignment_equals(blanked)


def _worded_sums(source: str, tokens: list[_Token]) -> tuple[list[_Token], list[str]]:
    """``Sum from i = 1 to m of [...]`` (plain-text READMEs), ``sumi=1,m`` (:data:`_GLUED_SUM`): Σ_{i=1}^{m} of what
    follows, read as ``sum_i [...]``.

    Only from 1 to m over the examples (index i) or to n over the features (j, k):
    any other bounds are refused at the bound, as a LaTeX sum's would be.
    """
    notes: list[str] = []
    for token in tokens:
        if token.kind == "name" and token.text == "sum":
            match = _spelled_sum(source, token.start)
            if match is not None:
                index, lower, upper = match.group("index"), match.group("lower"), match.group("upper")
                wanted = vocab.EXAMPLE_COUNT if index == vocab.EXAMPLE_INDEX else vocab.FEATURE_COUNT
                if index not in vocab.INDEX_LETTERS:
                    _fail(f"'{index}' is no index of a sum", source, match.start("index"),
                          hint="sum over the examples with i, over the features with j")
                if lower != "1" or upper != wanted:
                    column = match.start("lower") if lower != "1" else match.start("upper")
                    _fail(f"a sum from {lower} to {upper} is not read", source, column,
                          hint=f"the sum over {'the examples' if wanted == 'm' else 'the features'} runs from 1 to {wanted}")
                notes.append(f"'{match.group(0)}' is read as the sum over {index} = 1..{upper} of what follows "
                             f"(Σ_{{{index}=1}}^{{{upper}}}, sum_{index})")
    return tokens, notes


def _read_range(
    source: str, start: int, end: int, names: Collection[str], functions: Collection[str] = (), *, let: bool = False
) -> tuple[tree.Node, tuple[str, ...]]:
    """Parse ``source[start:end]``: the tree and what the parser noted (``read 1/2m as 1/(2m)``, ``ŷ`` read as h).

    Spans and error columns are offsets into ``source``. ``let``: the text is a --let's value, which may be a
    number's multiple of the whole parameter vector (:func:`_scaled_parameter_vector`).
    """
    check_size(source, start, end)
    end, code_notes = _statement_end(source, start, end)
    # ... where h is the hypothesis, (m = number of examples): words saying what a symbol is (glosses)
    end, gloss = glosses.set_aside_plain_gloss(source, start, end, {*names, *functions})
    if gloss is not None:
        code_notes = (*code_notes, gloss)
    tokens = _tokenize(source, start, end, names)
    if tokens[0].kind == "end":
        _fail("there is nothing to read", source, start, hint="write an expression, e.g. -y log(h) - (1-y) log(1-h)")
    tokens, closed = _close_call_before_bracket(source, tokens, functions)
    _check_brackets(source, tokens)
    lower_x = _lower_x_is_data(source, tokens, names)
    lower_x_note = _lower_x_note(tokens) if lower_x else LOWER_X_NOTE
    if lower_x:  # code's x*theta: x is the data matrix
        tokens = [_Token(token.kind, "X", token.start, token.end, token.raw)
                  if token.kind == "name" and token.text == "x" else token for token in tokens]
    _check_matrix_product(source, tokens)
    row_vector = _numpy_matrix_code(tokens)
    if row_vector:  # np.matrix code's X * theta.T: θ is a row, so theta.T is the column θ
        tokens = [token for k, token in enumerate(tokens) if k not in row_vector]
    tokens, split = _split_coefficients(tokens, names)
    split = [*_example_suffix_notes(source, tokens, names), *split]
    tokens = _split_count_before_parameter(tokens, names)
    tokens, capitalised = _capitalised_sums(tokens, names)
    split += capitalised
    tokens, glued_indices = _split_glued_indices(tokens, names, source)
    split += glued_indices
    tokens, worded_of = _sum_of(tokens, names)
    split += worded_of
    tokens, lost = _lost_scripts(tokens, names)
    split += lost
    tokens, prediction = _split_glued_prediction(tokens, names)
    split += prediction
    tokens, worded = _worded_sums(source, tokens)
    split += worded
    if lower_x:
        split.append(lower_x_note)
    if row_vector:
        split.append(NUMPY_MATRIX_NOTE)
    tokens, bracketed = _bracketed_vector_transposed(source, tokens)
    split += bracketed
    tokens, transposed = _split_glued_transposes(tokens, names)
    tokens, glued = _split_matrix_products(tokens, names)
    split = split + transposed + glued
    if conventions.omega_is_w(tokens, names):  # omega_j with no w written: the weights
        tokens = [_Token(token.kind, "w", token.start, token.end, token.raw)
                  if token.kind == "name" and token.text == "omega" else token for token in tokens]
        split.append(conventions.OMEGA_NOTE)
    if conventions.capital_w_is_w(tokens, names, lambda k: _transpose_end(tokens, k)):  # Wᵗx: the weights
        tokens = [_Token(token.kind, "w", token.start, token.end, token.raw)
                  if token.kind == "name" and token.text == "W" else token for token in tokens]
        split.append(conventions.CAPITAL_W_NOTE)
    if (beside_w := conventions.capital_w_beside_w(tokens, names)) is not None:
        _fail(conventions.CAPITAL_W_BESIDE_W, source, tokens[beside_w].start, hint=conventions.CAPITAL_W_BESIDE_W_HINT)
    if conventions.t_is_target(
        tokens, names, lambda k: _marks_example(tokens, k + 1)
    ):  # t_n, t^(i) with no y written: the target
        tokens = [_Token(token.kind, "y", token.start, token.end, token.raw)
                  if token.kind == "name" and token.text == "t" else token for token in tokens]
        split.append(conventions.TARGET_NOTE)
    tokens, kept = _whole_keepdims(tokens)
    if kept:
        split.append(KEEPDIMS_NOTE)
    tokens, primed = _sigmoid_primes(source, tokens, functions)
    split += primed
    split += closed
    parser = _Parser(source, tokens, names, functions)
    for note in split:
        parser.note(note)
    # Nesting is bounded (MAX_DEPTH), but each level costs several Python frames;
    # make sure the bounded depth always fits, whatever the caller's stack holds.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, _RECURSION_LIMIT))
    try:
        node = parser.expression()
        leftover = parser.peek()
        if leftover.kind != "end":
            if leftover.kind == "close":
                parser.fail(f"unmatched '{leftover.raw}'", leftover.start)
            if parser.is_op(leftover, ","):
                parser.fail("unexpected ','", leftover.start, hint="only dot(theta, x) takes two arguments")
            parser.fail(f"unexpected {_describe(leftover)}", leftover.start)
        if not _scaled_parameter_vector(node):
            _check_vectors(source, node, names)
        _check_newaxis(source, node, parser)
        _check_octave_column_product(source, node)
        _check_colon(source, parser, names)
        idle_sums.refuse_idle_sums(source, node, latex=False)
        bare_operands.refuse_bare_g(source, node, names, latex=False)
        node = _mean_count(source, node, parser)
    except RecursionError:
        # every nested construct is counted, so this is only a safety net
        raise InputTooLargeError(
            "the expression is nested too deeply", source=source, column=None
        ) from None
    finally:
        sys.setrecursionlimit(limit)
    return node, code_notes + _code_notes(source, tokens) + _dash_notes(tokens) + _curly_prime_notes(tokens) \
        + _small_t_notes(tokens) \
        + _superscript_i_notes(tokens) + _two_index_notes(tokens) + _capital_theta_notes(tokens) + tuple(parser.notes)


#: Octave's column of the data matrix, X(:,j) (round brackets: NumPy's X[:, j] multiplies entry by entry with '*')
_OCTAVE_COLUMN = patterns.compile(r"X\s*\(\s*:\s*,\s*\w+\s*\)")


def _check_octave_column_product(source: str, node: tree.Node) -> None:
    """Refuse Octave's ``(h - y) * X(:,j)``: '*' of two m×1 columns is the matrix product, which does not conform.

    The index reader takes X(:,j) as the feature xⱼ of one example, and so read ``sum((h - y) * X(:,j))`` as
    Σ (h − y) xⱼ: the sum of the products Octave computes only with ``.*`` (or ``(h - y)' * X(:,j)``); with '*'
    Octave stops, "operator *: nonconformant arguments". A factor that is a number (λ, m) or transposed is read.
    """
    for current in tree.walk(node):
        if not (isinstance(current, tree.Binary) and current.op == "*"
                and re.fullmatch(r"[\s)]*\*[\s(]*", source[current.left.span.end:current.right.span.start])):
            continue
        # the factors the '*' joins: the last of its left side's product, the first of its right side's
        left, right = current.left, current.right
        while isinstance(left, tree.Binary) and left.op == "*":
            left = left.right
        while isinstance(right, tree.Binary) and right.op == "*":
            right = right.left
        for column, other in ((right, left), (left, right)):
            shown = source[column.span.start:column.span.end].strip()
            written = _bracketed(source, other)
            # transposed (', .', or the ’ a word processor types for it): a row times the column, read
            if _OCTAVE_COLUMN.fullmatch(shown) is None or written.endswith(("'", "’")) or isinstance(other, tree.Sum) \
                    or not conventions.uses_index(other, "examples", vocab.EXAMPLE_INDEX):
                continue
            _fail(f"in Octave, '*' of {written} and {shown}, two columns with one entry per example, is the matrix "
                  "product, which does not conform (m×1 times m×1): Octave stops there", source,
                  source.index("*", current.left.span.end),
                  hint=f"write .* for the product entry by entry ({written} .* {shown}), or {written}' * {shown} "
                       "for the sum of the products")


def _bracketed(source: str, node: tree.Node) -> str:
    """``node`` as written, with the brackets around it that its span leaves out (``(h - y)``, not ``h - y``)."""
    start, end = node.span.start, node.span.end
    while start > 0 and end < len(source) and source[start - 1] == "(" and source[end:end + 1] == ")":
        start, end = start - 1, end + 1
    return source[start:end].strip()


#: the note for np.sum(v, keepdims=True) with no axis: the whole sum, kept in a 1×1 array
KEEPDIMS_NOTE = ("read as NumPy: keepdims=True only keeps the sum in a 1×1 array (the mean, for np.mean): its value "
                 "is that of all the entries, as without it")


#: the primes a sigmoid's derivative is written with on a line: the apostrophe, and a word processor's ’
_SIGMOID_PRIMES = frozenset({"'", "’"})


def _sigmoid_primes(source: str, tokens: list[_Token], functions: Collection[str]) -> tuple[list[_Token], list[str]]:
    """``σ'(z)``, ``sigma'(θᵀx)``, ``sigmoid'(z)``: the derivative of the sigmoid at z, σ(z)(1 − σ(z)), noted.

    The prime glued to the name and the bracket glued to the prime: a function has no transpose, so the prime can
    only be its derivative, the one ML notes write in a line ((h − y)·σ'(z)·xⱼ), as the LaTeX reader reads
    ``\\sigma'(z)``. A sigma a --let defines as a function of its own keeps its prime (refused as before).
    """
    if "sigma" in functions or "sigmoid" in functions:
        return tokens, []
    result: list[_Token] = []
    notes: list[str] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        prime = tokens[k + 1] if k + 1 < len(tokens) else None
        opener = tokens[k + 2] if k + 2 < len(tokens) else None
        if not (token.kind == "name" and token.text in ("sigma", "sigmoid") and prime is not None
                and prime.kind == "transpose" and prime.raw in _SIGMOID_PRIMES and prime.start == token.end
                and opener is not None and opener.kind == "open" and opener.raw == "(" and opener.start == prime.end):
            result.append(token)
            k += 1
            continue
        depth, close = 0, k + 2
        while close < len(tokens):
            if tokens[close].kind == "open":
                depth += 1
            elif tokens[close].kind == "close":
                depth -= 1
                if depth == 0:
                    break
            close += 1
        if close >= len(tokens) or tokens[close].raw != ")":
            result.append(token)
            k += 1
            continue
        argument = tokens[k + 2:close + 1]
        at = prime.end
        if result and result[-1].kind in ("name", "sub", "example") and result[-1].text not in vocab.FUNCTIONS:
            # h_θ σ'(z), g σ'(z): the bracket standing for σ'(z) is a factor, as σ(z) after them is (h_θ σ(z) is
            # h·σ(z)), not the argument of a call of h or g (audit31b)
            result.append(_Token("op", "*", token.start, token.start, "*"))
        function = _Token(token.kind, token.text, token.start, prime.end, token.raw)
        again = _Token(token.kind, token.text, at, at, token.raw)
        result += [_Token("open", "(", token.start, token.start, "("), function, *argument,
                   _Token("open", "(", at, at, "("), _Token("number", "1", at, at, "1"), _Token("op", "-", at, at, "-"),
                   again, *argument, _Token("close", ")", at, at, ")"), _Token("close", ")", at, at, ")")]
        shown = " ".join(source[token.start:tokens[close].end].split())
        inner = " ".join(source[opener.end:tokens[close].start].split())
        note = f"{shown} is the derivative of the sigmoid at {inner}: read as σ({inner})(1 − σ({inner}))"
        if note not in notes:
            notes.append(note)
        k = close + 1
    return result, notes


def _whole_keepdims(tokens: list[_Token]) -> tuple[list[_Token], bool]:
    """The tokens without the ``, keepdims=True`` of a NumPy sum or mean that names no axis, and whether one went.

    ``np.sum(v, keepdims=True)`` (``error.sum(keepdims=True)``) adds every entry, as ``np.sum(v)`` does, and
    keeps the result as a 1×1 array; with an axis (``axis=0, keepdims=True``) the keyword is read by
    :meth:`_Parser.numpy_axis`, as before.
    """
    dropped: set[int] = set()
    for k, token in enumerate(tokens):
        if not (token.kind == "keyword" and token.text.startswith("keepdims=") and 0 < k < len(tokens) - 1
                and tokens[k - 1].kind == "op" and tokens[k - 1].text == ","
                and tokens[k + 1].kind == "close" and tokens[k + 1].raw == ")"):
            continue
        depth, back = 0, k - 1
        while back >= 0:
            current = tokens[back]
            if current.kind == "close":
                depth += 1
            elif current.kind == "open":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and current.kind == "keyword" and current.text.startswith("axis="):
                back = -1  # an axis named: read with it
                break
            back -= 1
        called = tokens[back - 1] if back >= 1 else None
        if called is not None and called.kind == "name" and called.text in ("sum", "mean") and called.raw in (
            "sum", "mean"
        ):
            dropped.update((k - 1, k))
    if not dropped:
        return tokens, False
    return [token for k, token in enumerate(tokens) if k not in dropped], True


#: a matrix product between two operands: X @ v, X.dot(v); or a call of one: np.dot(X, v), np.matmul(X, v)
_MATRIX_PRODUCT_BETWEEN = patterns.compile(r"@|\.dot\s*\(")
_MATRIX_PRODUCT_CALL = patterns.compile(r"(?:np\.|numpy\.)?(?:dot|matmul)\s*\(")


def _check_newaxis(source: str, node: tree.Node, parser: "_Parser") -> None:
    """``v[:, np.newaxis]`` is read as v (the matrix form's m×1 column) only as a factor of X: ``X * v[:, None]``.

    The code makes a 1-D v a column so that it broadcasts across X's columns, which the matrix form reads
    the same. Beside anything else the other operand's shape decides: ``X @ w - y[:, np.newaxis]`` is the
    m×1 residual with a column w, but an m×m matrix with a 1-D w, and the text does not say which.
    """
    if not parser.newaxis:
        return
    beside_x = set()
    multiplied: set[int] = set()  # made a column inside a matrix product: X @ w[:, None]

    def columns(current: tree.Node) -> list[int]:
        """The newaxis operands that make ``current`` a column: itself, or a term of its sum (1 + e[:, None])."""
        if id(current) in parser.newaxis:
            return [id(current)]
        if isinstance(current, tree.Binary) and current.op in ("+", "-"):
            # each term a column or a number: y*y + e[:, None] of a 1-D term and a column is m×m in NumPy (audit24d)
            terms = [columns(current.left), columns(current.right)]
            if any(terms) and all(made or isinstance(term, tree.Number)
                                  for made, term in zip(terms, (current.left, current.right))):
                return terms[0] + terms[1]
        return []

    def product(current: tree.Binary) -> bool:
        """Whether ``current`` is a matrix product (X @ v, np.dot(X, v)), not NumPy's entrywise '*'."""
        return current.op == "*" and (
            _MATRIX_PRODUCT_BETWEEN.search(source, current.left.span.end, current.right.span.start) is not None
            or _MATRIX_PRODUCT_CALL.match(source, current.span.start) is not None)

    def spread(current: tree.Node) -> bool:
        """Whether ``current`` is an m×n array: X, or X times or divided by a column
        (``(y[:, None] * X) / (1 + np.exp(margins))[:, None]``: row i scaled by yᵢ, then divided by the i-th value)."""
        if isinstance(current, tree.Variable) and current.name == vocab.DATA_MATRIX and current.feature is None:
            return True
        if isinstance(current, tree.Binary) and current.op in ("*", "/") and not product(current):
            left, right = spread(current.left), spread(current.right)
            if left and (right or columns(current.right)):
                beside_x.update(columns(current.right))
                return True
            if right and current.op == "*" and columns(current.left):
                beside_x.update(columns(current.left))
                return True
        return False

    for current in tree.walk(node):
        if isinstance(current, tree.Binary) and current.op == "*":
            for one, other in ((current.left, current.right), (current.right, current.left)):
                if isinstance(other, tree.Variable) and other.name == vocab.DATA_MATRIX and other.feature is None \
                        and product(current):
                    multiplied.add(id(one))
                elif isinstance(other, tree.Variable) and other.name == vocab.DATA_MATRIX and other.feature is None:
                    # X * v[:, None] scales X's rows; X @ w[:, None] (np.dot(X, w[:, None])) is a 2-D m×1 column,
                    # which beside a 1-D array (y * (X @ w[:, None])) NumPy broadcasts to m×m (audit24d): left out
                    beside_x.add(id(one))
        spread(current)
    for key, token in parser.newaxis.items():
        if key in multiplied and key not in beside_x:
            _fail(f"'{token.raw}' in a matrix product (X @ v{token.raw}) makes the product a 2-D m×1 column, which "
                  "NumPy broadcasts against a 1-D array of the examples to an m×m matrix", source, token.start,
                  hint="write X @ v, as a 1-D array, or make every array of the examples a column")
        if key not in beside_x:
            _fail(f"'{token.raw}' makes a 1-D array a column: read only in a product with X (X * v{token.raw})",
                  source, token.start, hint="elsewhere the result's shape depends on whether the other arrays are "
                  "1-D (then NumPy broadcasts to an m×m matrix) or columns: write the expression without it")
    parser.notes.append("read as NumPy: v[:, np.newaxis] makes the 1-D v an m×1 column, as the matrix form holds it, "
                        "so X * v multiplies row i of X by vᵢ")


def _check_colon(source: str, parser: "_Parser", names: Collection[str]) -> None:
    """``v(:)`` (Octave: v's entries as one column) is read as v only for the labels y or a name --let defines.

    With one example per row every such value is an m×1 column, and its (:) changes nothing
    (CMU 10-601's ``y(:)'*xt(:)``, ``sum(diff(:).^2)``); read_problem refuses it where a value may be a
    row (one example per column, or a let transposed). X(:) stacks a matrix's columns, and θ(:),
    a sum's or a call's (:) say nothing the notation holds: refused at the colon.
    """
    if not parser.colon:
        return
    shown = []
    for node, token in parser.colon:
        if not (isinstance(node, tree.Variable) and node.feature is None and node.example is None
                and (node.name in vocab.PER_EXAMPLE or node.name in names)):
            _fail(f"'{token.raw}' (Octave's every entry as one column) is read only after the labels y or a name "
                  "--let defines (y(:), xt(:)), where it is the column itself", source, token.start,
                  hint="write the vector without (:); X(:) would stack the matrix's columns, which is no cost's term")
        shown.append(node.name)
    names_shown = list(dict.fromkeys(shown))
    parser.notes.append(COLON_NOTE.format(written=", ".join(f"{name}(:)" for name in names_shown),
                                          names=", ".join(names_shown), verb="is" if len(names_shown) == 1 else "are each"))


def _transpose_end(tokens: list[_Token], k: int) -> int | None:
    """The index after the transpose that follows token ``k`` (``Wᵀ``, ``Wᵗ``, ``W'``, ``W^T``), or None."""
    if k + 1 < len(tokens) and tokens[k + 1].kind == "transpose":
        return k + 2
    if k + 2 < len(tokens) and tokens[k + 1].kind == "op" and tokens[k + 1].text == "^" and (
        tokens[k + 2].kind == "name" and tokens[k + 2].text == "T"
    ):
        return k + 3
    return None


def _mean_count(source: str, node: tree.Node, parser: "_Parser") -> tree.Node:
    """``1/N sum_i …``, ``1/n sum_i …``: the letter that scales a sum over the examples counts them (read as m, noted).

    Plain text has no bounds, so the factor is what says how many examples the
    sum runs over; a letter also written in another role is refused.
    """
    bound = next((written for written, meaning in parser.counts.items()
                  if meaning == vocab.EXAMPLE_COUNT and written != vocab.EXAMPLE_COUNT), None)
    if bound is not None:
        return _bounded_count(node, parser, bound)
    node = _slope_m(node, parser)
    letter, where, why = readings.mean_count(node)
    if letter is not None and any(
        isinstance(current, tree.Variable) and current.name == letter
        and source[current.span.start:current.span.end].strip() != letter
        for current in tree.walk(node)
    ):
        # X.shape[1], size(X, 2): a count code spells out, whose layout decides what it counts
        # (matrix_cost.recount_columns); only a count written as its letter is read by the mean
        return node
    if where is None and letter is not None and letter in getattr(parser, "feature_counts", ()):
        # 1/n sum_i (θ₀ + θ₁x₁ + … + θₙxₙ − y)²: one n would count both (as the LaTeX twin's bound says)
        where = readings.first_use(node, letter)
        why = f"'{letter}' also numbers the last term of a sum over the features written with an ellipsis"
    if not readings.settle_mean_count(parser, letter, where, why, latex=False):
        return node
    assert letter is not None, "settle_mean_count reads a count only where there is a letter"
    return readings.rename_counts(node, {letter: vocab.EXAMPLE_COUNT})


#: the note for NumPy's np.multiply(a, b)
MULTIPLY_NOTE = "read as NumPy: np.multiply(a, b) multiplies entry by entry, a ⊙ b"
#: the note for NumPy's np.add, np.subtract, np.divide, np.power
ARITHMETIC_NOTE = "read as NumPy: {written}(a, b) is {product}, entry by entry"
#: the note for a bare power(a, b) or pow(a, b)
POWER_CALL_NOTE = ("read as code: {written}(a, b) is a to the power b, entry by entry (Octave's and MATLAB's "
                   "power(a, b) is a.^b, Python's pow(a, b) is a**b)")

#: the note for np.matrix code's X * theta.T
NUMPY_MATRIX_NOTE = (
    "read as np.matrix code: np.multiply is its entry-by-entry product, so its '*' is the matrix product, "
    "and θ is kept as a 1×n row: X * theta.T is Xθ"
)


def _is_scalar(node: tree.Node) -> bool:
    """A number as written: ``2``, ``e``, or one indexed parameter such as ``theta1``, ``theta_0``, ``w_1``."""
    if isinstance(node, (tree.Number, tree.Constant)):
        return True
    return (isinstance(node, tree.Variable) and node.name in vocab.PARAMETER_VECTORS and node.feature is not None
            and node.example is None)


#: the note for NumPy's np.sum(w * X, axis=1)
ROW_WEIGHTED_NOTE = ("read as NumPy: {written} runs only with {vector} 1-D (shape (n,); as an n×1 column it would not "
                     "broadcast): it multiplies column j of X by {vector}ⱼ and adds up each row, X{vector}, the "
                     "m-vector of {vector}ᵀx⁽ⁱ⁾")


def _row_weighted(body: tree.Node, here: Span) -> tree.Binary | None:
    """``w * X`` (``X * w``, ``np.multiply(w, X)``) of the bare parameter vector w and X: the product X w; else None.

    Summed along axis 1, NumPy's broadcast of a 1-D w over the rows of the m×n X is Σⱼ Xᵢⱼwⱼ for each row i,
    the matrix product Xw.
    """
    if not (isinstance(body, tree.Binary) and body.op in ("*", "⊙")):
        return None
    parts = (body.left, body.right)
    matrix = next((part for part in parts if isinstance(part, tree.Variable) and part.name == vocab.DATA_MATRIX
                   and part.feature is None and part.example is None), None)
    vector = next((part for part in parts if isinstance(part, tree.Variable) and part.name in vocab.PARAMETER_VECTORS
                   and part.feature is None and part.example is None), None)
    if matrix is None or vector is None:
        return None
    # both factors span the whole call: the '*' written between them is NumPy's broadcast, read away here, and
    # must not be taken for an entrywise product of X and w by the readers that look at the text between
    return tree.Binary("*", tree.Variable(matrix.name, here), tree.Variable(vector.name, here), here)


def _numpy_matrix_code(tokens: list[_Token]) -> list[int]:
    """The positions of the ``.T`` in np.matrix code's ``X * theta.T``, when a text is such code; else [].

    Ports of Ng's course to NumPy keep X and θ as ``np.matrix`` (θ a 1×n row), where
    ``*`` is the matrix product and ``np.multiply`` the entry-by-entry one; in array
    code ``X * theta.T`` would broadcast to an m×n matrix that no cost means. Read so
    only in a text that writes ``np.multiply``, and only when every parameter vector
    in it is ``theta.T`` right after ``X *``.
    """
    if not any(token.kind == "name" and token.text == "multiply" for token in tokens):
        return []
    marks = []
    for k, token in enumerate(tokens):
        if token.kind != "name" or token.text not in vocab.PARAMETER_VECTORS:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].kind == "sub":
            continue  # theta_j, one entry (an entry loop's theta[:, i], fixloop35): a number in either reading
        before, after = tokens[k - 2:k], tokens[k + 1] if k + 1 < len(tokens) else None
        if not (
            len(before) == 2 and before[0].kind == "name" and before[0].text == vocab.DATA_MATRIX
            and before[1].kind == "op" and before[1].text == "*"
            and after is not None and after.kind == "transpose" and after.raw == ".T"
        ):
            return []
        marks.append(k + 1)
    return marks


#: the note for a transposed product of two transposes
TRANSPOSED_PRODUCT_NOTE = "read as code: (Aᵀ Bᵀ)ᵀ is B A, as (theta'*X')' is X*theta: a transpose of a product reverses it"

#: the note for code's lower-case x as the data matrix (x*theta)
LOWER_X_NOTE = "read as code: x * theta is the matrix product with the parameter vector θ, so x is the data matrix X (m×n)"


def _matrix_product_at(tokens: list[_Token], at: int) -> bool:
    """Whether the token at ``at`` is the matrix product ``@`` (R's ``%*%`` in NumPy's spelling)."""
    return tokens[at].kind == "op" and tokens[at].text == "@"


def _lower_x_note(tokens: list[_Token]) -> str:
    """:data:`LOWER_X_NOTE` in the name of the vector x multiplies: ``x %*% beta`` is said of β, not of θ (hunt28c).

    Of θ, of several vectors, or where none is found the note is said as it always was.
    """
    vectors = {tokens[k + 2].text for k in range(len(tokens) - 2) if tokens[k].kind == "name" and tokens[k].raw == "x"
               and tokens[k + 1].kind == "op" and tokens[k + 1].text in ("*", "@") and tokens[k + 2].kind == "name"
               and tokens[k + 2].text in vocab.PARAMETER_VECTORS}
    if len(vectors) != 1 or vectors == {"theta"}:
        return LOWER_X_NOTE
    (vector,) = vectors
    shown = {"beta": "β"}.get(vector, vector)
    return LOWER_X_NOTE.replace("x * theta", f"x * {vector}", 1).replace("vector θ", f"vector {shown}", 1)


def _lower_x_is_data(source: str, tokens: list[_Token], names: Collection[str]) -> bool:
    """Whether a line of code writes the data matrix as lower-case ``x``: ``htheta = sigmoid(x*theta);``.

    In code (a text marked as Octave or NumPy) ``x*theta``, ``x @ theta`` with θ the
    whole parameter vector is a matrix product, which conforms only with x the m×n
    data matrix (one example's row would give one number, with no sum over the
    examples left to write). Read so only when every ``x`` is such a left factor,
    bare (no index), or that factor's transpose (``t(x)``, ``x.T``, ``x'``) beside one, ``X`` is not
    written, and no ``--let`` defines x.
    """
    if "x" in names or "X" in names or not _code_dialects(source):
        return False
    xs = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "x"]
    if not xs or any(token.kind == "name" and token.text == "X" for token in tokens):
        return False
    # R's t(x) %*% (y - x %*% beta), NumPy's x.T @ (…): beside x θ (which makes x the m×n matrix) a transposed
    # x is that matrix's transpose; only beside it, so at least one x must multiply θ. Only before a matrix
    # product @ (R's %*%): Octave's x' * (x*theta - y) is as well one example's row x times a number (SGD's
    # step), where R and NumPy stop (a 1×n row, or a 1-D x, times a number with %*% or @)
    transposed = {k for k in xs if (k + 2 < len(tokens) and tokens[k + 1].kind == "transpose" and _matrix_product_at(tokens, k + 2))
                  or (0 < k and k + 3 < len(tokens) and tokens[k - 1].kind == "open" and tokens[k + 1].kind == "close"
                      and tokens[k + 2].kind == "transpose" and _matrix_product_at(tokens, k + 3))}
    if len(transposed) == len(xs):
        return False
    for k in xs:
        if k in transposed and tokens[k].raw == "x":
            continue
        if k + 2 >= len(tokens) or tokens[k].raw != "x":
            return False
        star, theta, after = tokens[k + 1], tokens[k + 2], tokens[k + 3] if k + 3 < len(tokens) else None
        if not (star.kind == "op" and star.text in ("*", "@") and theta.kind == "name"
                and theta.text in vocab.PARAMETER_VECTORS):
            return False
        if after is not None and after.kind in ("sub", "example", "transpose", "power"):
            return False
        if k > 0 and tokens[k - 1].kind in ("transpose",):
            return False
    return True


#: ``return`` and a space at the start of a cost: a function's last line, pasted as it is
_RETURN = patterns.compile(r"\s*return\s+(?=\S)")
#: the note for a cost pasted as a function's ``return`` line
RETURN_NOTE = "read as code: 'return' is a function's last line, and what it returns is the cost"

#: the note for NumPy's ``.item(…)`` of a 1×1 result
ITEM_NOTE = "read as NumPy: .item((0, 0)) takes the number out of a 1×1 result (vᵀu is one number)"
ITEM_INDEX_NOTE = "read as NumPy: [0, 0] takes the one entry of a 1×1 result (vᵀu is one number), as .item() does"
#: how the note of NAME.item() after a --let's name begins (read_problem and read_answer look for it)
ITEM_LET_NOTE_START = "read as NumPy: .item() after the --let "
ITEM_LET_NOTE = ITEM_LET_NOTE_START + "{name} takes the number out of it: its value is one number (vᵀu or a sum of them)"


def item_let_names(notes: Collection[str]) -> list[str]:
    """The --let names that ``.item()`` was read after (each to be held to a value that is one number)."""
    return [note[len(ITEM_LET_NOTE_START):].split(" ", 1)[0] for note in notes if note.startswith(ITEM_LET_NOTE_START)]


def is_one_number(node: tree.Node) -> bool:
    """Whether a --let's value is, by its form, one number in matrix code (what ``.item()`` after its name needs)."""
    return _one_number(node)


def _item_of_a_let(node: tree.Node, names: Collection[str]) -> str | None:
    """The --let's name ``.item()`` follows (``loss``, ``-loss``, ``np.squeeze(-loss)``), or None."""
    while isinstance(node, tree.Negate):
        node = node.operand
    return node.name if isinstance(node, tree.Variable) and node.name in names else None


def _one_number(node: tree.Node) -> bool:
    """Whether ``node`` is, by its form, one number in matrix code: vᵀu (its shape checked later), a dot product, a sum."""
    if isinstance(node, (tree.Dot, tree.Sum)):
        return True
    if isinstance(node, tree.Negate):
        return _one_number(node.operand)
    if isinstance(node, tree.Binary) and node.op == "*":
        if isinstance(node.left, tree.Transpose):
            # vᵀu; but Xᵀe is n×1 and eᵀX 1×n, whose first entry is no value of the array: the [0, 0] after them was
            # dropped, so np.sum(np.dot(X.T, e)[0, 0]**2) was read as ‖Xᵀe‖² (audit59)
            return not any(isinstance(side, tree.Variable) and side.name == vocab.DATA_MATRIX
                           for side in (node.left.operand, node.right))
        if isinstance(node.left, tree.Number):
            return _one_number(node.right)
        return isinstance(node.right, tree.Number) and _one_number(node.left)
    if isinstance(node, tree.Binary) and node.op == "/":
        return isinstance(node.right, tree.Number) and _one_number(node.left)
    if isinstance(node, tree.Binary) and node.op in ("+", "-"):
        # y.T.dot(log p) + (1 - y).T.dot(log(1 - p)): a sum of numbers is one number
        return _one_number(node.left) and _one_number(node.right)
    return False


def _bounded_count(node: tree.Node, parser: "_Parser", bound: str) -> tree.Node:
    """``Σᵢ₌₁ⁿ …``: the bound of a sum over the examples counts them, renamed m (noted where it was read).

    Refused where the text also writes m (a slope, or a second count), counts the
    features by the same letter (θ₁x₁ + … + θₙxₙ), or divides by another count
    letter (1/N beside Σᵢ₌₁ⁿ): each would need a guess the LaTeX reader makes
    only with more to go on.
    """
    hint = "write Σᵢ₌₁ᵐ and count the examples with m"
    if any(isinstance(current, tree.Variable) and current.name == vocab.EXAMPLE_COUNT for current in tree.walk(node)):
        parser.fail(f"cannot tell what 'm' is: the examples are counted by '{bound}' (the bound of the sum over them)",
                    readings.first_use(node, vocab.EXAMPLE_COUNT).span.start, hint=hint)
    if bound in getattr(parser, "feature_counts", ()):
        where = readings.first_use(node, bound)
        parser.fail(f"'{bound}' bounds the sum over the examples and numbers the last of the features", where.span.start,
                    hint=hint)
    stray = readings.count_in_denominator(node, readings.MEAN_COUNT_LETTERS - {bound})
    if stray is not None:
        parser.fail(f"cannot tell what '{stray.name}' is: it divides like a count, and the examples are counted by "
                    f"'{bound}' (the bound of the sum over them)", stray.span.start, hint=hint)
    return readings.rename_counts(node, {bound: vocab.EXAMPLE_COUNT})


def _slope_m(node: tree.Node, parser: "_Parser") -> tree.Node:
    """``1/n sum_i (y_i - m x_i - b)^2``: n scales the sum over the examples, so an m that multiplies x is the slope.

    Read as a parameter kept apart from the count (noted); an m anywhere else
    is left to :func:`readings.mean_count`, which refuses it.
    """
    if not scalars.slope_factors(node):
        return node
    slope = scalars.as_slope(node)
    letter, where, _ = readings.mean_count(slope)
    if letter is None or where is not None or letter == vocab.EXAMPLE_COUNT:
        return node
    parser.note(scalars.slope_note(letter))
    return slope


#: the note for a line of code ended by ``;`` (Octave/MATLAB's "do not print")
CODE_SEMICOLON_NOTE = "read as code: the ';' that ends the line is dropped"


def _statement_end(source: str, start: int, end: int) -> tuple[int, tuple[str, ...]]:
    """Where a line of code pasted as it is (``J = sum((h - y).^2) / (2*m);``) ends, and the note that says so.

    Octave and MATLAB end a statement with ``;`` so that it is not printed; the
    semicolon says nothing about the value, so one trailing ``;`` is dropped
    (with a note). A ``;`` anywhere else is left for the tokenizer to refuse.
    """
    stop = end
    while stop > start and source[stop - 1].isspace():
        stop -= 1
    if stop > start and source[stop - 1] == ";":
        return stop - 1, (CODE_SEMICOLON_NOTE,)
    return end, ()


def read_let(
    text: str, *, names: Collection[str] = (), functions: Collection[str] = ()
) -> tuple[str, tree.Node, tuple[str, ...]]:
    """Like :func:`parse_let`, with the notes on conventions applied."""
    name, _, value_start = split_let(text)
    node, notes = _read_range(text, value_start, len(text), set(names) | {name}, functions, let=True)
    return name, node, notes


def parse(text: str, *, names: Collection[str] = ()) -> tree.Node:
    """Read plain notation into a tree, or raise :class:`~logderiv.errors.InputError`.

    ``names`` are multi-letter names defined with ``--let`` (``loss``), which are
    words of their own rather than unknown words; single letters are always names.
    """
    if not isinstance(text, str):
        raise InputError("the expression must be text", source="", column=None)
    return _parse_range(text, 0, len(text), names)


def read(
    text: str, *, names: Collection[str] = (), functions: Collection[str] = ()
) -> tuple[str | None, tree.Node, tuple[str, ...]]:
    """Read a formula, optionally named on the left (``J(θ) = ...``, ``J = ...``): the name, the tree, the notes.

    A left side that is a derivative (``dJ/dθ_j = ...``) is refused here: an
    answer's reader strips it before, and a cost cannot be a gradient.
    """
    if not isinstance(text, str):
        raise InputError("the expression must be text", source="", column=None)
    # log(h + eps) in Octave: the built-in machine epsilon, a guard against log(0), read as 0 (noted)
    text, eps_notes = machine_epsilon_read(text, names)
    if eps_notes:
        name, node, notes = read(text, names=names, functions=functions)
        return name, node, (*eps_notes, *notes)
    equals = _head_equals(text)
    if equals < 0 and (returned := _RETURN.match(text)):
        # a function's last line pasted as it is: ``return np.sum(first - second) / len(X)``
        node, notes = _read_range(text, returned.end(), len(text), names, functions)
        return None, node, (RETURN_NOTE, *notes)
    if equals < 0 or len(text) > MAX_LENGTH:
        return None, *_read_range(text, 0, len(text), names, functions)
    _refuse_gradient_head(text, equals, names)
    name, note = _code_head_name(text, equals, names)
    if name is None:
        name, note = _labelled_head_name(text, equals, names)
    if name is None:
        name, note = _worded_head_name(text, equals, names)
    if name is None:
        name, note = _applied_head_name(text, equals, names)
    if name is None:
        name = _head_name(text, equals, names)
    node, notes = _read_range(text, equals + 1, len(text), names, functions)
    return name, node, ((note, *notes) if note else notes)


#: a left side of code that names a gradient, as an answer's does (services.check's _GRADIENT_HEAD): dJ, dw, dtheta,
#: dJ_dw, grad, gradient, J_grad, grad_J, cost_gradient (a word grad or gradient among its parts)
_GRADIENT_HEAD_NAME = patterns.compile(r"\s*(?:" + vocab.GRADIENT_NAMES + r"|[JL]')\s*(?:\([^()=]*\))?\s*")


def _refuse_gradient_head(text: str, equals: int, names: Collection[str]) -> None:
    """``dJ = …``, ``# grad = …`` (a code comment over a gradient): the right side is the gradient, not a cost.

    Code names a gradient so (DLAI's dw, Ng's grad); an answer's left side is read so, and a cost's was taken for
    the cost's own name, so that its gradient was derived: a gradient of the gradient. A --let's name is the let's.
    """
    left = text[:equals]
    if _GRADIENT_HEAD_NAME.fullmatch(left) is None or left.strip() in names:
        return
    primed = re.fullmatch(r"\s*(?P<f>[JL])'\s*\(\s*(?P<at>[^()=]*?)\s*\)\s*", left)
    if primed is not None:
        # J'(θ) = …: J's derivative at θ, calculus's f'(x): the whole gradient ∇J(θ) or its entry ∂J/∂θⱼ (and no
        # cost either way); the hint names both spellings that say which
        f, at = primed.group("f"), primed.group("at") or "θ"
        _fail(
            f"the left side {left.strip()} is {f}'s derivative at {at}: the whole gradient ∇{f}({at}) or its entry "
            f"∂{f}/∂{at}_j, a gradient either way, not a cost; which of the two the left side does not say",
            text,
            len(left) - len(left.lstrip()),
            hint=f"to check it, write grad = … for the whole gradient or d{f}/d{at}_j = … for its entry j (or leave "
                 f"out the left side); to derive, give the cost itself ({f}({at}) = …)",
        )
    _fail(
        f"the left side {left.strip()} names a gradient, so the right side is a gradient, not a cost (nor, under "
        "this name, an answer's gradient)",
        text,
        len(left) - len(left.lstrip()),
        hint="to derive, give the cost itself (J = ...); to check a gradient, name it dJ/dtheta_j = ... or grad = ...",
    )


def assignment_equals(text: str) -> int:
    """The offset of the '=' that names a formula (``J = …``), or -1: the first outside brackets.

    An '=' inside a call is a keyword argument of code (``np.sum(v, axis=1, keepdims=True)``), not a left side.
    """
    depth = 0
    for offset, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "=" and depth <= 0 and not flattened_bound(text, offset):  # ∑i=1N's '=' is the sum's
            return offset
    return -1


def _combines_code_lets(right: str, names: Collection[str] | None) -> bool:
    """Whether ``right`` is only names of code (``cost_logreg``, with ``_`` or a digit) that --let s define (any, for
    ``names`` None), joined by + - * / with numbers and brackets."""
    if not re.fullmatch(r"[\w\s.+\-*/()]*", right) or re.search(r"\*\*|//", right):
        return False
    words = re.findall(r"(?<![\w.])[A-Za-z_]\w*", right)
    return bool(words) and all((names is None or word in names) and vocab.is_code_name(word) for word in words)


def _code_head_name(text: str, equals: int, names: Collection[str]) -> tuple[str | None, str]:
    """A line of code's assignment to the cost: ``c = np.sum(…)/(2*N)``, ``J = J/(2 * m);``; else (None, "").

    In a text marked as NumPy or Octave, ``=`` is an assignment, so ``c`` (for cost)
    on its left names the cost, if the right side does not use that letter (other
    lowercase letters are quantities: b, h, z, a, p); and a name that a ``--let`` defines (``J = mat' * mat``, an earlier line)
    may be assigned anew from itself (``J = J/(2 * m)``): the cost is the new value,
    with the ``J`` on the right the ``--let``'s. Anything else is left to :func:`_head_name`.
    """
    if not _code_dialects(text):
        # total_cost = cost_logreg + cost_regular (gardayulada's ex2_2): a line of code with no mark of its own,
        # whose right side only combines names of code the --let s define: an assignment as well
        named = _code_cost_name(text, equals, names) if _combines_code_lets(text[equals + 1:], names) else None
        if named is None and _code_cost_name(text, equals, names) is not None \
                and _combines_code_lets(text[equals + 1:], None):
            # the same line beside --let s that do not give its names (a gradient's lets, the cost's left out)
            missing = [found for found in re.finditer(r"(?<![\w.])[A-Za-z_]\w*", text[equals + 1:])
                       if found.group() not in names]
            shown = ", ".join(dict.fromkeys(found.group() for found in missing))
            _fail(f"{text[:equals].strip()} = … is made of names of code that no --let defines: {shown}; what they hold "
                  "is not in the text", text, equals + 1 + missing[0].start(),
                  hint=f"define each with --let (--let '{missing[0].group()} = …'), or give the cost itself")
        return (named, CODE_ASSIGNMENT_NOTE.format(name=named)) if named is not None else (None, "")
    named = _code_cost_name(text, equals, names)
    if named is not None:
        return named, CODE_ASSIGNMENT_NOTE.format(name=named)
    try:
        left = _tokenize(text, 0, equals)
        right = _tokenize(text, equals + 1, _statement_end(text, equals + 1, len(text))[0], names)
    except InputError:
        return None, ""  # the ordinary reading says what is wrong, and where
    if len(left) != 2 or left[0].kind != "name" or left[0].text != left[0].raw:
        return None, ""
    word = left[0].text
    used = any(token.kind == "name" and token.text == word for token in right)
    if word in names and used and word not in vocab.FIXED_NAMES and word != vocab.PREDICTION:
        return word, CODE_UPDATE_NOTE.format(name=word)
    if word in _CODE_COST_LETTERS and not used and word not in names:
        return word, CODE_ASSIGNMENT_NOTE.format(name=word)
    return None, ""


#: lowercase letters that code names a cost by (``c = …``, Octave's ``j = …`` for J, ``q = …`` for the quality
#: functional Q(w) of Russian courses, ``l = …`` for ℓ, the log-likelihood, as an R file's ``l=t(y)%*%X%*%b+…;``
#: assigns it); other letters name quantities (b, h, z, a, p, f, g)
_CODE_COST_LETTERS = frozenset({"c", "j", "q", "l"})
#: a name of code for the cost: total_cost, cost_sum, train_loss, J_train, mse_loss (a word cost, loss or J in it);
#: squared_error, sum_squared_error, sq_error (Data Science from Scratch's squared_error = error ** 2): an error
#: squared is a cost, where prediction_error or residual_error alone name the residual
_CODE_COST_NAME = patterns.compile(r"(?:[A-Za-z]+_)*(?:cost|loss|J)(?:_[A-Za-z0-9]+)*|[A-Za-z]+_(?:cost|loss)"
                                   r"|(?:[A-Za-z]+_)*(?:squared|sq)_errors?(?:_[A-Za-z0-9]+)*")


def _code_cost_name(text: str, equals: int, names: Collection[str]) -> str | None:
    """``total_cost = -np.mean(…)``: a name of code made of words, one of them cost, loss or J, names the cost.

    Only a name with ``_`` (a single word such as ``cost`` or ``J`` is read by :func:`_head_name`),
    not defined by a --let and not used on the right (an update is another rule).
    """
    left = text[:equals].strip()
    if "_" not in left or not _CODE_COST_NAME.fullmatch(left) or left in names:
        return None
    if re.search(r"(?<![\w])" + re.escape(left) + r"(?![\w])", text[equals + 1:]):
        return None
    return left
#: the note for a one-letter name assigned the cost in a line of code
CODE_ASSIGNMENT_NOTE = "read as code: {name} = … assigns the cost to {name}, so {name} names the cost"
#: the note for a line of code that updates a name a --let defines
CODE_UPDATE_NOTE = (
    "read as code: {name} = … updates {name}: the {name} on the right is the value --let defines "
    "(an earlier line), and the cost is the new value"
)


#: a cost's name with a label subscript: J_MSE, J_reg, L_train, E_in (the label a word, not an index)
_LABELLED_COST = patterns.compile(r"\s*(?P<name>[JLE])_(?P<label>[A-Za-z]{2,}|\{[A-Za-z]{2,}\})\s*(?:\([^()=]*\))?\s*")


def _labelled_head_name(text: str, equals: int, names: Collection[str]) -> tuple[str | None, str]:
    """``J_MSE = (1 / 2m) * …``: a capital cost letter with a word for a subscript names the cost (noted).

    A subscript of two letters or more that are not all index letters (``_MSE``, ``_reg``, ``_train``) is a
    label, as LaTeX's ``L_{reg}`` is; ``J_j`` or ``J_ij`` are left to :func:`_head_name`, which refuses them.
    """
    labelled = _LABELLED_COST.fullmatch(text, 0, equals)
    if labelled is None or text[:equals].strip() in names:
        return None, ""
    label = labelled.group("label").strip("{}")
    if all(letter in vocab.INDEX_LETTERS for letter in label):
        return None, ""
    name = labelled.group("name")
    return name, f"'{name}_{label}' names the cost: its subscript {label} is a label, read as {name}"


#: words that a cost's name is made of in prose: MSE Loss, Cross Entropy Loss, Total Cost, Squared Error
_COST_NAME_WORDS = frozenset({
    "mse", "sse", "rss", "bce", "nll", "mae", "loss", "cost", "error", "mean", "squared", "square", "sum", "of",
    "cross", "entropy", "log", "total", "training", "objective", "function", "risk", "empirical", "likelihood",
    "negative", "binary", "regularized", "regularised", "ridge", "logistic", "linear", "regression",
})
#: the words among them that say the name is a cost's, not a quantity's
_COST_HEAD_WORDS = frozenset({"loss", "cost", "error", "objective", "risk", "likelihood", "mse", "sse", "rss", "bce", "nll", "mae"})


def _worded_head_name(text: str, equals: int, names: Collection[str]) -> tuple[str | None, str]:
    """``MSE Loss = sum((h - y) ** 2) / 2m``: a cost named in words (two or more) on the left; else (None, "").

    Questions name the cost as prose does (Stack Overflow's "MSE Loss = …", "Total Cost = …"). Only words from
    a closed list of the words cost names are made of, at least one of them a cost's own (loss, cost, error,
    MSE, …), each capitalised or all in capitals, none a --let name or used on the right: then the words
    together name the cost, read as their last word (noted). One word is :func:`_head_name`'s.
    """
    words = text[:equals].split()
    if len(words) < 2 or not all(word.isascii() and word.isalpha() for word in words):
        return None, ""
    lowered = [word.lower() for word in words]
    if not all(word in _COST_NAME_WORDS for word in lowered) or not _COST_HEAD_WORDS & set(lowered):
        return None, ""
    if not all(word[0].isupper() or word in ("of",) for word in words) or any(word in names for word in words):
        return None, ""
    right = text[equals + 1:]
    if any(re.search(r"(?<![\w])" + re.escape(word) + r"(?![\w])", right) for word in words if len(word) > 1):
        return None, ""
    written = " ".join(words)
    name = words[-1]
    return name, f"'{written}' on the left side names the cost in words: read as {name} = …"


def _applied_head_name(text: str, equals: int, names: Collection[str]) -> tuple[str | None, str]:
    """``f(w) = (1/2n) ||Xw - y||² + …``: a lowercase letter applied to the parameters names the cost; else (None, "").

    A lone lowercase letter is a quantity (``a = b``), but one written as a function of the parameters
    only (w, θ, β, b) names the objective, as optimisation notes write f(w) and LaTeX's left side
    ``f(\\mathbf w) =`` is read. Not a letter of the notation (h, e, an index), a --let name, or one used on
    the right (then ``f`` may be a function of the formula). Noted.
    """
    tokens = _tokenize(text, 0, equals)
    if len(tokens) < 5 or tokens[0].kind != "name" or (tokens[1].kind, tokens[1].raw) != ("open", "(") \
            or (tokens[-2].kind, tokens[-2].raw) != ("close", ")"):
        return None, ""
    letter = tokens[0].text
    if not (len(letter) == 1 and letter.isascii() and letter.islower()) or letter in names \
            or letter in vocab.FIXED_NAMES or letter in vocab.INDEX_LETTERS or letter in vocab.FUNCTIONS \
            or letter == vocab.PREDICTION:
        return None, ""
    arguments = tokens[2:-2]
    parameters = vocab.PARAMETER_VECTORS | {"b"}
    if not all(t.kind == "name" and t.text in parameters if at % 2 == 0 else (t.kind, t.raw) == ("op", ",")
               for at, t in enumerate(arguments)) or len(arguments) % 2 == 0:
        return None, ""
    if re.search(r"(?<![\w\\])" + letter + r"(?![\w])", text[equals + 1:]):
        return None, ""
    written = text[tokens[0].start:tokens[-2].end]
    return letter, f"'{written}' on the left is a function of the parameters only: it names the cost, read as {letter} = …"


def _head_name(text: str, equals: int, names: Collection[str]) -> str:
    """The name on the left of ``=``: ``J``, ``J(θ)``, ``J(w, b)``, ``Cost``, ``MSE``; else an InputError."""
    tokens = _tokenize(text, 0, equals)
    if tokens[0].kind == "end":
        _fail("nothing before '='", text, equals, hint="write J(θ) = ... or only the cost")
    first = tokens[0]
    glued = first.kind == "name" and len(first.raw) == 2 and first.raw[0] in vocab.COUNT_LETTERS \
        and first.raw[1].isupper()  # mJ = (1/2) sum(...): m·J, J = E/m, as 2J is J = E/2
    if first.kind == "number" and tokens[1].kind == "name" and tokens[1].start == first.end or glued:
        # 2J = (1/m) sum(...): J = E/2 (the course's cost), or a name for E itself: the gradients differ by 2
        factor, letter = (first.raw[0], first.raw[1]) if glued else (first.raw, tokens[1].raw)
        _fail(
            f"the left side is {factor}·{letter}: the cost may be {letter} = (right side)/{factor}, or the right "
            f"side itself (the function {factor}{letter}); their gradients differ by the factor {factor}",
            text,
            first.start,
            hint=f"write {letter} = (1/{factor})*(...) for {letter}, or give the right side alone",
        )
    if first.kind in ("name", "partial") and (first.raw.startswith("d") or first.kind == "partial"):
        if any(t.kind == "op" and t.text == "/" for t in tokens):
            _fail(
                "the left side is a derivative, so the right side is a gradient, not a cost",
                text,
                first.start,
                hint="to derive, give the cost itself (J = ...); to judge a gradient: logderiv check ANSWER --cost COST",
            )
    if len(tokens) >= 3 and tokens[-2].kind == "name" and tokens[-2].text in vocab.INDEX_LETTERS \
            and tokens[-3].kind == "name" and tokens[-3].text == "sum":
        # 1/m sum i = 1 ... m (…) (a blog's flattened Σ_{i=1}^{m}): the '=' is the range's, not a cost's name
        _fail(
            f"'{tokens[-3].raw} {tokens[-2].raw} = …' writes the range of the sum in words: this '=' starts the "
            "range, it does not name a cost",
            text,
            equals,
            hint=f"write sum_{tokens[-2].text}(...) or \\sum_{{{tokens[-2].text}=1}}^{{m}}(...)",
        )
    if first.kind == "name" and first.raw == "function" and len(tokens) > 1 and tokens[1].start > first.end:
        # function J = cost(theta, X, y) … end (Ng's costFunction.m): the header of an Octave function file, whose
        # '=' names the function's output; told "the left side of '=' names the cost", the writer was misled
        _fail(
            "'function … = …' is the header of an Octave function: a function file is not read whole, only the "
            "formula of the value it computes",
            text,
            first.start,
            hint="give the line that computes the value alone (J = … or grad = …), and define what it uses with --let",
        )
    rest = tokens[1:-1]
    named = first.kind == "name" and (
        not rest or (rest[0].kind == "open" and rest[0].raw == "(" and rest[-1].kind == "close" and rest[-1].raw == ")")
    )
    word = first.text
    if (
        not named
        or (len(word) == 1 and not word.isupper())  # J, L, E name costs; a = b is not a cost's name
        or word in vocab.FUNCTIONS
        or word in ("sum", "dot", "d", vocab.PREDICTION)
        or word in vocab.INDEX_LETTERS
        or word in vocab.FIXED_NAMES
        or word in _NAME_WORDS
        or word in names
    ):
        if "\n" in text.strip() or re.search(r";\s*\S", text):
            # several statements no code reader took: "names the cost" would be true of no line; the first line of
            # a shape none reads (a loop not over the examples, an entry set) is named (unread_statements)
            unread = unread_statements.first_unread_statement(text)
            if unread is not None:
                _fail(unread[0], text, unread[1], hint="give the value the code computes as one formula (grad = …), "
                                                       "with --let for the names it uses")
        _fail(
            "the left side of '=' names the cost",
            text,
            first.start,
            hint="write J(θ) = ..., J = ..., or only the cost; define names with --let NAME=EXPR",
        )
    return word


def find_let_equals(text: str, hint: str) -> int:
    """Where the ``=`` of the ``--let`` ``NAME = EXPR`` is, for either front end (``hint``: its example of one).

    A text that is not a string, is too large, or has no ``=`` is refused.
    """
    if not isinstance(text, str):
        raise InputError("a --let must be text", source="", column=None)
    if len(text) > MAX_LENGTH:
        check_size(text, 0, len(text))
    equals = text.find("=")
    if equals < 0:
        _fail("a --let needs '=': NAME=EXPR", text, len(text.rstrip()), hint=hint)
    return equals


def split_let(text: str) -> tuple[str, Span, int]:
    """Split ``NAME = EXPR`` into the name, the name's span and the offset of ``EXPR``.

    The left side is a name, optionally decorated as the prediction is written:
    ``h``, ``h(x)``, ``h_theta(x)``, ``h_w(x)``, ``h_θ``, ``loss``.
    """
    equals = find_let_equals(text, "e.g. --let h=sigmoid(theta^T x)")
    try:
        return _split_let_name(text, equals)
    except InputError:
        code = _code_let_name(text, equals)  # y_pred = …, theta1 = …: a name of code, whole
        if code is None:
            raise
        return code


#: Octave's multiple assignment of a call's outputs: [a, b] = f(…)
_MULTIPLE_OUTPUTS = patterns.compile(r"\s*(?P<outputs>\[\s*[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+\s*\])\s*=(?!=)\s*"
                                     r"(?P<call>[A-Za-z_][\w.]*)\s*\(")


def _split_let_name(text: str, equals: int) -> tuple[str, Span, int]:
    left_tokens = _tokenize(text, 0, equals)
    if left_tokens[0].kind == "end":
        _fail("a --let needs a name before '='", text, equals, hint="e.g. --let h=sigmoid(theta^T x)")
    first = left_tokens[0]
    if first.kind != "name":
        outputs = _MULTIPLE_OUTPUTS.match(text)
        if outputs is not None:
            # [J1, g1] = costFunction(…), [f,df] = tanh(z): Octave's several outputs of one call, each a value the
            # function's body (not given) sets; only [f, df] = softplus(z) is read (value, derivative: redefined)
            _fail(f"a --let name must be a word, not '[': {outputs.group('outputs')} = {outputs.group('call')}(…) is "
                  f"Octave's multiple assignment of the outputs of {outputs.group('call')}, whose values its body sets, which is not "
                  "given", text, first.start,
                  hint="define each output as a --let of its own: --let 'NAME = VALUE' for each")
        _fail(f"a --let name must be a word, not {_describe(first)}", text, first.start)
    name = first.text
    rest = left_tokens[1:-1]
    if _glued_parameter_head(first, rest):
        rest = rest[1:]  # hθ(x) = … (plain Unicode has no subscript θ): h_θ(x), noted (glued_subscript_head_note)
    elif rest and rest[0].kind == "sub" and rest[0].text in vocab.PARAMETER_VECTORS:
        if (name in _VOCABULARY_NAMES or name == vocab.DATA_MATRIX) and rest[0].text != "theta":
            # X_w = X @ w: code's name for the product, not X (whose let would use itself): a name of code, whole
            _fail(f"'{name}' has a fixed meaning", text, first.start)
        rest = rest[1:]  # h_theta(x), h_w(x) (Chinese notes' 'h_w(x) = wx + b'): the model's parameters, typography
    if rest:
        shape = [(t.kind, t.text) for t in rest]
        if shape not in (
            [("open", "("), ("name", "x"), ("close", ")")],
            [("open", "("), ("name", "x"), ("example", "i"), ("close", ")")],
            [("open", "("), ("name", "x"), ("op", "^"), ("open", "("), ("name", "i"), ("close", ")"), ("close", ")")],
        ):
            _refuse_let_left_side(text, equals, name, rest[0])
            _fail(
                "the left side of a --let is a name, optionally written as h(x)",
                text,
                rest[0].start,
                hint="e.g. --let h=sigmoid(theta^T x) or --let z=theta^T x",
            )
    _check_let_name(text, first)
    return name, Span(first.start, first.end), equals + 1


def _glued_parameter_head(first: _Token, rest: Sequence[_Token]) -> bool:
    """Whether a --let's left side is ``hθ(x)`` or ``h θ(x)``: the model h (or f) with its Greek parameter letter
    written on the line, right before the bracket of its argument, as the expression reader reads it
    (:func:`_lost_scripts`): θ cannot be called, so h times θ(x) is no reading."""
    return (first.kind == "name" and first.text in vocab.SUBSCRIPTED_MODELS and len(rest) > 1
            and rest[0].kind == "name" and rest[0].raw in _GREEK_PARAMETERS and rest[0].start >= first.end
            and rest[1].kind == "open" and rest[1].raw == "(" and rest[1].start == rest[0].end)


#: a --let's left side hθ(x) or h θ(x): the model's name, its Greek parameter letter on the line, a bracket
_GLUED_HEAD = patterns.compile(r"\s*(?P<model>[hf])(?P<apart>[ \t]*)(?P<letter>[θβ])\(")


def glued_subscript_head_note(text: str) -> str | None:
    """The note for a --let whose left side writes ``hθ(x)`` (:func:`_glued_parameter_head`), else None."""
    match = _GLUED_HEAD.match(text) if isinstance(text, str) else None
    if match is None:
        return None
    apart = " " if match.group("apart") else ""
    how = "the subscript set apart by a space" if apart else "the subscript written on the line"
    return (f"--let's left side: '{match.group('model')}{apart}{match.group('letter')}(' is read as "
            f"{match.group('model')}_{match.group('letter')}(: {how}")


#: a derivative named on the left of a --let: dL/dw, dL(a,y)/d(w), ∂J/∂θ, dJ_dw is a name (not this)
_DERIVATIVE_LEFT = patterns.compile(r"\s*(?:d|∂|\\partial)\s*[A-Za-z]\w*\s*(?:\([^()=]*\))?\s*/\s*(?:d|∂|\\partial)")


def _refuse_let_left_side(text: str, equals: int, name: str, after: _Token) -> None:
    """Refuse, saying why, the left sides of code and notes that are no name: what each one is, and how to write it.

    ``error += …`` updates a value, ``grad[0] = …`` and ``grad(2:end) = …`` set some entries, ``a, b = …`` several
    names, and ``dL(a,y)/d(w) = x(a − y)`` states what a derivative equals (a lemma, not a definition): none gives
    one name its whole value, which is what a --let is. Returns where none of these fits (the general refusal).
    """
    left = text[:equals]
    if _DERIVATIVE_LEFT.match(left):
        _fail("the left side names a derivative: this --let states what the derivative is (a lemma), it defines no "
              "name", text, 0, hint="check the derivative as the answer (logderiv check), or define the loss "
                                    "itself: --let L = …")
    if left.rstrip().endswith(("+", "-", "*", "/")):
        _fail(f"'{left.rstrip()[-1]}=' updates {name} in place: a --let gives a name its value once", text,
              len(left.rstrip()) - 1, hint=f"write {name}'s whole value: --let '{name} = …'")
    if re.fullmatch(r"\s*[\[(]?\s*[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+\s*[\])]?\s*", left):
        # a, b = … (fw,b(x) = … is a flat subscript's comma, left to the general refusal)
        _fail("a --let gives one name its value, and this assigns several", text, after.start,
              hint="write one --let for each name, e.g. --let 'a = …' --let 'b = …'")
    if after.raw == "[" or (after.raw == "(" and re.match(r"\s*\(\s*(?:\d+|\d*\s*:[^()]*)\s*(?:,[^()]*)?\)\s*$",
                                                          left[after.start:])):
        _fail(f"the left side sets some entries of {name} (an index or a slice), and a --let gives a name its whole "
              "value", text, after.start, hint=f"write {name}'s whole value, e.g. --let '{name} = [0; theta(2:end)]'")


#: (a trailing _ too: Octave's j_ = … beside an index j, Python's lambda_; is_code_name refuses a dunder)
_CODE_LET = patterns.compile(r"\s*(?P<name>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*_?)\s*$")


def _code_let_name(text: str, equals: int) -> tuple[str, Span, int] | None:
    """``y_pred = …``, ``theta1 = …``, ``var_1 = …``: a name of code on the left of a --let, whole; else None."""
    match = _CODE_LET.match(text, 0, equals)
    if match is None or not vocab.is_code_name(match.group("name")):
        return None
    name = match.group("name")
    begin = match.start("name")
    problem = vocab.code_name_problem(name)
    if problem is not None:
        _fail(problem[0], text, begin, hint=problem[1])
    return name, Span(begin, begin + len(name)), equals + 1


#: a bare input x in a --let's value (y = θ0 + θ1 * x): the let makes its name a function of the example's input
_BARE_INPUT = patterns.compile(r"(?<![\w.])x(?![\w(\[])")


def _check_let_name(text: str, token: _Token) -> None:
    problem = vocab.let_name_problem(token.text, token.raw)
    value = text.split("=", 1)[1] if "=" in text else ""
    if problem is not None and token.text == "y" and _BARE_INPUT.search(value):
        # a note's model line named y (y = θ0 + θ1 * x, "estimatedPrice"): the prediction, which logderiv keeps
        # apart from the targets y the cost compares it with; reading every y as it would change the cost's y too
        shown = " ".join(value.split())
        _fail(f"'y' has a fixed meaning, the targets y, and this --let makes it a function of the input x "
              f"(y = {shown}): the model's prediction, which a note may call y but which is not the targets the "
              "cost compares it with; every y of the texts would be read as it, so the --let is not read",
              text, token.start, hint=f"name the prediction h: --let 'h(x) = {shown}', and write h(x) where the "
                                      "text means the model's value")
    if problem is not None:
        message, hint = problem
        _fail(message, text, token.start, hint=hint)


def parse_let(text: str, *, names: Collection[str] = ()) -> tuple[str, tree.Node]:
    """Read a ``--let`` definition ``NAME=EXPR`` into the name and the tree of ``EXPR``.

    Spans in the tree, and columns of errors, are offsets into the whole ``text``.
    """
    name, _, value_start = split_let(text)
    return name, _parse_range(text, value_start, len(text), set(names) | {name})


def _bare_name_at(source: str, name: str) -> int | None:
    """Where ``name`` stands alone in ``source`` (not inside a longer name, not ``name_…``); None if nowhere."""
    start = source.find(name)
    while start >= 0:
        before = source[start - 1] if start else ""
        end = start + len(name)
        after = source[end] if end < len(source) else ""
        if not (before.isalnum() or before in "_.\\") and not (after.isalnum() or after == "_"):
            return start
        start = source.find(name, start + 1)
    return None


def _top_level_comma(text: str) -> bool:
    """Whether ``text`` holds a comma outside every bracket (two arguments)."""
    depth = 0
    for char in text:
        depth += char in "([{"
        depth -= char in ")]}"
        if char == "," and depth == 0:
            return True
    return False
