r"""The LaTeX front end: formulas as written in course notes, to the same tree as plain notation.

``J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta\left(x^{(i)}\right) + \dots\right]``
becomes the :mod:`logderiv.notation.tree` that the plain notation
``-1/m sum(y log h + ...)`` becomes, so one builder and one vocabulary
(:mod:`logderiv.notation.vocabulary`) serve both. A hand-written tokenizer
reads LaTeX's lexical layer (control words, braces, scripts, the noise that
carries no mathematics); a recursive-descent parser reads the grammar::

    formula     = [ name ("=" | ":=") ] expression [ "." | "," ]
    expression  = term { ("+" | "-") term }
    term        = unary { ("\cdot" | "\times" | "*" | "/") unary | juxtaposed power }
    unary       = { "-" | "+" } power
    power       = primary [ "^" script ]
    primary     = number | name-with-scripts | function | \frac | \sum | \|θ\| | group

As in the plain notation, ``\sum`` (and ``\frac{\partial}{\partial\theta_j}``
when no bracket follows it) extends over the rest of the multiplicative term;
a function without brackets (``\log h``) takes the next power. Superscripts
follow TeX: ``x^23`` would be x²·3, so it is refused rather than guessed.

Nothing here imports sympy. Every failure is an
:class:`~logderiv.errors.InputError` whose message names the column and the
offending command; no tail of the input is ever dropped silently.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import re
import sys
from typing import TYPE_CHECKING, Callable, Collection, Iterator, Literal, NamedTuple, NoReturn, Sequence, TypeVar

from ..errors import InputError, InputTooLargeError
from . import bare_operands, book_macros, conventions, ellipsis, glosses, idle_sums, readings, registry, scalars, tree
from . import bracket_commas, example_count_letters, unmarked_features
from .weight_matrix import WEIGHT_MATRIX
from . import vocabulary as vocab
from .brackets import closing, top_level
from .grammar import Grammar, Token
from .parsed import Parsed
from .plain import (ABSOLUTE_VALUE_HINT, BULLET_NOTE, BULLETS, KATAKANA_DOT_NOTE, MAX_DEPTH, check_size,
                    find_let_equals, precedence_notes, refuse_a_bullet_command_between_digits,
                    refuse_a_katakana_dot_between_digits, refuse_set_size,
                    refuse_unsupported)
from .scalar_norm import COMPONENT_NORM_NOTE, SCALAR_NORM_NOTE, by_components, is_example_scalar
from .tree import Span
from .. import patterns

if TYPE_CHECKING:  # a name for type checkers only: TypeIs narrows both ways (typing has it from Python 3.13)
    from typing_extensions import TypeIs

__all__ = ["parse", "parse_let", "split_let", "looks_like_latex", "EXAMPLE_SIGMOID_NOTE_END"]

#: how the note on \sigma^{(i)} (σ of example i's score, read as the probability of the class y = 1) ends
EXAMPLE_SIGMOID_NOTE_END = ", the predicted probability of example i"

#: what a reading run under the raised recursion limit returns (:func:`_run`)
_Read = TypeVar("_Read")

_RECURSION_LIMIT = 25 * MAX_DEPTH + 2000

_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGITS = frozenset("0123456789")

#: Greek letters as control words: ``\theta`` -> ``theta``. ``\sigma`` is the sigmoid (a function).
_GREEK_COMMANDS: dict[str, str] = {name: name for name in vocab.WORDS} | {
    "varepsilon": "epsilon",
    "vartheta": "theta",
    "varphi": "phi",
    "varrho": "rho",
    # Bishop's design matrix Φ: read only as the data matrix X (conventions.design_matrix_letter), else refused
    "Phi": "Phi",
}

#: Control words that are functions: ``\log``, ``\sigma`` (the sigmoid); the function registry's.
_FUNCTION_COMMANDS: dict[str, str] = registry.latex_commands()

#: Control words that carry no mathematics: spacing, sizes, equation numbering.
_NOISE = frozenset(
    {
        ",", ";", ":", "!", " ", ">", "quad", "qquad", "displaystyle", "textstyle", "scriptstyle",
        "scriptscriptstyle", "tiny", "Tiny", "scriptsize", "footnotesize", "small", "normalsize",
        "large", "Large", "LARGE", "huge", "Huge", "nonumber", "notag", "limits", "nolimits",
        "thinspace", "medspace", "thickspace", "enspace", "negthinspace", "boxed", "space",
        # plain TeX's font switches, which style the rest of their group: {\bf w} is w, {\cal L} is L
        "bf", "rm", "it", "cal", "sf", "boldmath",
        # the cancel package's strike-through over terms a step shows cancelling (\cancel{h}/\cancel{h}, y \cancel{-
        # yh} \cancel{+ yh}): a mark, the terms still written, so the line's value is what it strikes through; the
        # next step writes them gone
        "cancel", "bcancel", "xcancel",
    }
)
#: a comment's ``NAME =``, ``NAME(x) :=``, ``h_\\theta(x) =``: the name (a letter or a command) the comment defines
_DEFINED_IN_COMMENT = patterns.compile(
    r"(?<![A-Za-z\\])(?P<name>\\[A-Za-z]+|[A-Za-z]|lambda|alpha)(?![A-Za-z])(?:\s*[_^]\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))*"
    r"\s*(?:\([^()]*\))?\s*:?=(?!=)")
#: a Greek letter's character by its command's name: \\lambda is λ
_GREEK_LETTERS: dict[str, str] = {name: letter for letter, name in vocab.GREEK.items()}
#: a number in brackets ending a formula after \\quad or \\qquad: the equation's number, as on a page (document.py)
_NUMBERED_AFTER_SPACE = patterns.compile(
    r"(?:\s|~|\\[,;:! ](?![A-Za-z])|\\q?quad(?![A-Za-z]))*\(\s*(?P<value>[0-9]{1,3}(?:\.[0-9]{1,3}){0,2}[a-z]?)\s*\)"
    r"\s*[.,]?\s*")
#: a space command or a tie just before a place: a \quad there was tried first, and its run of space takes this one in
#: (tried at every \quad of a long run, the number's pattern was quadratic: 3,500 \quad took 2 s)
_AFTER_SEPARATOR = patterns.compile(r"(?:\\q?quad|~|\\[,;:! ])\s*$")
#: after a capital Λ, what makes it a penalty's strength: a regulariser's call R(…), Ω(…), 𝓡(…), or a norm
_PENALTY_AFTER = patterns.compile(r"(?:\s|\\[,;:! ]|\\cdot(?![A-Za-z]))*(?:(?:R|\\Omega|\\mathcal\s*\{\s*R\s*\}|\\mathcal\s*R)\s*\("
                                  r"|\\\||\\lVert|\\Vert|\\left\s*\\\||\\left\s*\\lVert|\|\|)")
#: before a capital Λ, a transpose: w^T \Lambda w, where Λ is a matrix between two vectors
_TRANSPOSED_BEFORE = patterns.compile(r"(?:\^\s*\{?\s*(?:T|\\top|\\intercal|\\mathsf\s*\{\s*T\s*\})\s*\}?|')\s*$")
#: λ written in a text: \lambda or the character
_LAMBDA_WRITTEN = patterns.compile(r"\\lambda(?![A-Za-z])|λ")
#: the note of a capital Λ read as λ
CAPITAL_LAMBDA_NOTE = ("\\Lambda (capital Λ) weighs the penalty right after it, as λ does: read as λ, the "
                       "regularisation strength, a number (no transpose before it, so no matrix between two vectors)")
#: Control words of an ellipsis, read between the terms of a written-out sum (``notation.ellipsis``).
_ELLIPSES = frozenset({"dots", "ldots", "cdots", "dotsb", "dotsc", "dotso"})
#: a set written out after \in: j \in \{1, \dots, n\}
_SET_AFTER = patterns.compile(r"\s*\\\{")
#: ``\in \mathcal{D}`` after a sum's pair of data: the training set D (or S), each of its examples once
_DATA_SET_AFTER = patterns.compile(r"\s*(?:\\mathcal\s*\{\s*[DS]\s*\}|\\mathcal\s*[DS](?![A-Za-z])|[DS](?![A-Za-z]))\s*\}")
#: after ``\right.``: a line break, an alignment point, spacing and ``\left.``: one bracket broken across two lines
#: an operator that ends a broken bracket's first line, or starts its second (the sign of the term that follows)
_OPERATOR_BEFORE = patterns.compile(r"(?:[-+−*]|\\cdot|\\times)\s*$")
_OPERATOR_AFTER = patterns.compile(r"\s*(?:[-+−*]|\\cdot|\\times)")
_BROKEN_BRACKET = patterns.compile(r"\s*\\\\\s*(?:&\s*)?(?:\\(?:qquad|quad|[,;:! ])\s*)*\\left\s*\.")
#: a sum's subscript open on a bracketed pair, before its ``\in``: ``\sum_{(\mathbf{x}_i, y_i)``
_SUM_PAIR_OPEN = patterns.compile(r"\\sum\s*(?:\\(?:no)?limits\s*)?_\s*\{\s*\((?:[^{}()]|\{[^{}]*\})*\)\s*\Z")
#: ``\in [m]`` after a sum's index: the range 1..m, as learning theory writes [m]
_RANGE_AFTER = patterns.compile(r"\s*\[\s*[A-Za-z]\s*\]")
#: Characters Markdown makes one escape with a backslash so that they reach the math renderer unchanged.
_MARKDOWN_ESCAPES = frozenset({"_", "*"})
#: a '*' glued before a braced group: h*{\theta}, a mangled subscript or a product
_MANGLED_SCRIPT = patterns.compile(r"\*\{")
#: a Markdown formatter's trace in LaTeX: \sum*{ (its '_' turned into '*') or \_ (its '_' escaped)
_MANGLING = patterns.compile(r"\\sum\*\{|\\_")


#: ``\sum_{`` (\limits or \nolimits between) right before a ``\forall``: the sum's subscript opens with it
_SUM_SUBSCRIPT_OPEN = patterns.compile(r"\\sum\s*(?:\\(?:no)?limits\s*)?_\s*\{\s*\Z")
#: what follows ``\forall`` in a sum's subscript: ``n``, `` n``, ``_{n}``, ``_n`` (the index), then the brace closing
_FORALL_SCRIPT = patterns.compile(
    r"\s*(?:_\s*)?(?P<script>\{\s*(?P<l1>[A-Za-z])\s*\}|(?P<l2>[A-Za-z]))(?=\s*\})")


def _subscripted_elsewhere(source: str, name_start: int, star: int) -> bool:
    """Whether the name before ``*{…}`` at ``star`` is written elsewhere with ``_{…}`` or ``\\_{…}``, the same script."""
    group = _brace_group(source, star + 1)
    if group is None:
        return False
    name = re.escape(source[name_start:star])
    return re.search(rf"(?<![A-Za-z\\]){name}\s*\\?_\s*{re.escape(group)}", source) is not None


def _brace_group(source: str, begin: int) -> str | None:
    """The text of the balanced ``{…}`` that opens at ``begin``, braces included; None when it does not close."""
    depth = 0
    for position in range(begin, len(source)):
        depth += {"{": 1, "}": -1}.get(source[position], 0)
        if depth == 0:
            return source[begin:position + 1]
    return None


def _mangled(source: str) -> bool:
    """Whether ``source`` shows a Markdown formatter's mangling of its underscores (``\\sum*{``, ``\\_``)."""
    return _MANGLING.search(source) is not None


#: Letters that count examples or features, written with a label of what they count: m_{train}, n_{samples}.
_COUNT_LETTERS = frozenset({"m", "n", "N", "M"})
#: Labels that say which examples a count counts: the count itself is the letter.
_COUNT_WORDS = ("training", "train", "samples", "examples", "tr")
#: ``_{train}``, ``_{\text{train}}``, ``_\text{train}``, ``_{\mathrm{train}}``: a label right after a count's letter;
#: unbraced only as code writes the name (``n_samples``, ``m_train`` in a docstring's formula): a word of five letters
#: or more, which TeX would set as a one-letter subscript times the rest (n_s·a·m·p·l·e·s), a product nobody writes
_COUNT_LABEL = patterns.compile(
    r"\s*_\s*(?:\{\s*(?:\\(?:text|mathrm|textrm|mathit|textit|rm)\s*\{\s*(?P<w1>[A-Za-z]+)\s*\}|(?P<w2>[A-Za-z]+))\s*\}"
    r"|\\(?:text|mathrm|textrm)\s*\{\s*(?P<w3>[A-Za-z]+)\s*\})"
    r"|_(?P<w4>[A-Za-z]{5,})(?![A-Za-z])"
)


#: labels that say a count counts all the examples (n_samples), not a part of them (m_train)
_ALL_EXAMPLES = frozenset({"samples", "examples"})
#: a sum's lower limit and caret, ending where its upper limit starts: sum_{i=1}^, \sum_{i = 0}^{ (window-anchored)
_CLOSING_BRACE = patterns.compile(r"\s*\}")
_SUM_BEFORE_LIMIT = patterns.compile(r"(?:\\)?sum\s*_\s*\{\s*(?P<index>[A-Za-z])\s*=\s*[01]\s*\}\s*\^\s*(?P<brace>\{\s*)?$")


def _bare_only_as_example_limit(source: str, end: int, letter: str) -> bool:
    """Whether every bare ``letter`` in ``source`` is a sum's upper limit over an index that labels the targets.

    yaglm's docstring writes ``(1 / n_samples) sum_{i=1}^n e^{z_i} - y_i z_i``: the sum runs over the
    examples (its index i is y's), so its limit n counts the examples, as n_samples says it does. A bare
    letter anywhere else, or as the limit of a sum over another index (``sum_{j=1}^n w_j^2``, the
    features), may be a second count, and is refused by the caller.
    """
    found = False
    targets: dict[str, bool] = {}  # by the sum's index: whether y carries it (searched once per letter)
    for written in re.finditer(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", source[:end]):
        if _count_label(source, written.end(), end) is not None:
            continue
        before = _SUM_BEFORE_LIMIT.search(source, max(0, written.start() - 40), written.start())
        if before is None:
            return False
        if before.group("brace") and _CLOSING_BRACE.match(source, written.end(), end) is None:
            return False
        index = before.group("index")
        if index not in targets:
            targets[index] = re.search(
                rf"(?<![A-Za-z\\])y\s*(?:_\s*\{{?\s*{index}(?![A-Za-z])|\^\s*\{{\s*\(\s*{index}\s*\)\s*\}})",
                source[:end]) is not None
        if not targets[index]:
            return False
        found = True
    return found


def _count_label(source: str, after: int, end: int) -> tuple[str, int] | None:
    """The label word written after a count's letter ending at ``after`` (``m_{train}``: train), and where it ends."""
    match = _COUNT_LABEL.match(source, after, end)
    if match is None:
        return None
    return match.group("w1") or match.group("w2") or match.group("w3") or match.group("w4"), match.end()


#: Control words whose braced argument is noise: ``\label{eq:cost}``.
_NOISE_WITH_ARGUMENT = frozenset({"label", "tag", "hspace", "vspace", "phantom", "hphantom", "vphantom"})
#: ``\text{...}``-like words: an annotation (dropped) unless the word is a function or a defined name.
_TEXT_WORDS = frozenset(
    {"text", "textrm", "textnormal", "textit", "textup", "mbox", "textsf", "textbf", "emph", "textsc", "texttt"}
)
#: what only maths holds, in a \\text{…}: ^ and an unescaped _ (TeX stops with "Missing $" on either in text)
_MATHS_IN_TEXT = patterns.compile(r"\^|(?<!\\)_")
#: ``\operatorname{...}``-like words: the braced word is a name or a function.
#: what a \\text{…} without letters may hold that is mathematics: a digit or an operator's sign (\\text{2}, \\text{ + })
_SIGNS_IN_TEXT = patterns.compile(r"[0-9+\-−×÷·*/=<>]")
#: a number glued to a count letter in text type, \text{2m}: the product 2m (the counts vocabulary's letters)
_NUMBER_TIMES_COUNT = patterns.compile(r"(?P<number>[1-9][0-9]*)\s*(?P<count>[mnNM])")
#: an equation's number in words, \\text{(2)}, ending the formula: a label, not a factor
_EQUATION_NUMBER = patterns.compile(r"\s*\(\s*[0-9]+(?:\.[0-9]+)*[a-z]?\s*\)\s*")
_WORD_COMMANDS = frozenset({"operatorname", "mathrm", "mathit", "mathsf", "mathtt"})
#: the commands that may style Euler's e before its power: blackboard bold (\mathbb{e}, skynet.jl's notes), upright or
#: italic text (\text{e}, \textrm{e}), and the maths words unbraced (\mathrm e), unicode-math's \mathup{e}
_E_STYLES = frozenset({"mathbb", "mathup"} | (_TEXT_WORDS - {"textbf", "texttt", "textsc"}) | _WORD_COMMANDS)
#: the braced argument of an upright T: ``{T}``, ``{ T }``
_UPRIGHT_T = patterns.compile(r"\s*\{\s*T\s*\}")
#: Styles of a single letter: ``\mathbf{x}`` is x, ``\mathcal{L}`` is L.
_STYLES = frozenset({"mathbf", "boldsymbol", "bm", "vec", "overrightarrow", "mathcal", "mathscr", "pmb", "bold",
                     "mathbfit"})
#: the arrow over a vector: ``\vec{w}``, and the long arrow some notes draw instead, ``\overrightarrow{w}``
_ARROWS = ("\\vec", "\\overrightarrow")
#: Bold type, which over an expression (``\mathbf{x^{(i)}}``) is only typography.
#: the bar that closes a single-bar norm: ``|`` or ``\right|``
_CLOSING_BAR = patterns.compile(r"\\right\s*\||\|")
#: a vector of the examples in matrix form: X times the parameters, less the targets (Xw - Y, y - X\beta)
_VECTOR_OF_EXAMPLES = patterns.compile(
    r"\s*(?:(?:\\mathbf\{X\}|X)\s*(?:\\mathbf\{w\}|\\theta|\\beta|w)\s*-\s*(?:\\mathbf\{[yY]\}|[yY])"
    r"|(?:\\mathbf\{[yY]\}|[yY])\s*-\s*(?:\\mathbf\{X\}|X)\s*(?:\\mathbf\{w\}|\\theta|\\beta|w))\s*")
#: the parameter vector alone, bold or not, no index: w, \theta, \beta, \mathbf{w}, \bm{w}, \boldsymbol{\theta}
_PARAMETER_ALONE = patterns.compile(
    r"\s*(?:\\(?:mathbf|bm|boldsymbol)\s*\{\s*(?:w|\\theta|\\beta)\s*\}|\\(?:mathbf|bm|boldsymbol)\s+w|w|\\theta|\\beta)\s*")
#: a \Sigma (or a Unicode Σ) with no script after it (a covariance matrix, say): then no Sigma is read as \sum
_BARE_SIGMA = patterns.compile(r"(?:\\Sigma(?![A-Za-z])|Σ)(?!\s*[_^])")
#: the cost's names a derivative operator opening the text applies to across a '×' (operator_times_cost)
_TIMES_APPLIED_COSTS = frozenset({"J", "L", "E"})
#: a Unicode Σ with a script after it: the summation sign with limits, beside which a bare Σ is not taken for one
_SCRIPTED_SIGMA = patterns.compile(r"Σ\s*[_^]")
#: Unicode sub- and superscripts typed beside LaTeX (θ₀, xⱼ⁽ⁱ⁾, (…)²): read as TeX's scripts (unicode_scripts)
_UNICODE_SUBSCRIPT_DIGITS = {chr(0x2080 + d): str(d) for d in range(10)}
_UNICODE_SUBSCRIPTS = {**_UNICODE_SUBSCRIPT_DIGITS, "ᵢ": "i", "ⱼ": "j", "ₖ": "k", "ₗ": "l", "ₙ": "n", "ₘ": "m", "ₚ": "p"}
_UNICODE_SUPERSCRIPT_DIGITS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))
_UNICODE_EXAMPLE_MARK = "⁽ⁱ⁾"
_UNICODE_SCRIPTS = frozenset({*_UNICODE_SUBSCRIPTS, *_UNICODE_SUPERSCRIPT_DIGITS, "⁻", "⁽"})
_BOLD_STYLES = vocab.BOLD_STYLES
#: Sizes of a bracket that do not pair up like ``\left``/``\right``.
_SIZES = frozenset(
    {
        "big", "Big", "bigg", "Bigg", "bigl", "Bigl", "biggl", "Biggl",
        "bigr", "Bigr", "biggr", "Biggr", "bigm", "Bigm", "biggm", "Biggm",
    }
)
_OPEN_DELIMITERS = {"(": "(", "[": "[", "\\{": "{", "\\lbrace": "{", "\\lbrack": "[", "\\lparen": "("}
_CLOSE_DELIMITERS = {")": ")", "]": "]", "\\}": "}", "\\rbrace": "}", "\\rbrack": "]", "\\rparen": ")"}
_NORM_DELIMITERS = frozenset({"\\|", "\\Vert", "\\lVert", "\\rVert"})
_PAIRS = {"(": ")", "[": "]", "{": "}"}
#: Environments that only wrap a formula.
_WRAPPERS = frozenset(
    {"equation", "equation*", "align", "align*", "aligned", "displaymath", "gather", "gather*",
     "gathered", "multline", "multline*", "split", "math"}
)
#: Relations, read only in a trailing side condition (``, \lambda \geq 0``), which is dropped with a note.
_RELATION_COMMANDS = {"geq": "≥", "ge": "≥", "leq": "≤", "le": "≤", "gt": ">", "lt": "<", "geqslant": "≥",
                      "leqslant": "≤", "neq": "≠", "ne": "≠"}
#: Dashes typed (or pasted from a word processor) for a minus sign.
_DASHES = {"–": "an en dash (–)", "—": "an em dash (—)", "‐": "a hyphen (‐, U+2010)",
           "‑": "a non-breaking hyphen (‑, U+2011)", "‒": "a figure dash (‒)"}
#: matrix environments read as brackets when they hold one entry: \begin{pmatrix} A \end{pmatrix} is (A)
_ONE_ENTRY_BRACKETS = {"pmatrix": "()", "bmatrix": "[]"}
#: Decorations of a name that logderiv does not read (a hat is the prediction; see _HATTED).
#: What follows a cost's name up to its ``=``: ``(\mathbf{w})``, ``(w, b)`` or nothing.
_LEFT_SIDE_REST = patterns.compile(r"\s*(\([^()=]*(\([^()=]*\)[^()=]*)*\))?\s*:?=")
_DECORATIONS = frozenset({"tilde", "widetilde", "bar", "overline", "check", "breve", "acute", "grave", "dot", "ddot"})
#: Math-mode delimiters, opening -> closing.
_MATH_DELIMITERS = {"$": "$", "$$": "$$", "\\[": "\\]", "\\(": "\\)"}

#: Words people write without their backslash; read as a product of letters, they would mislead.
_KNOWN_WORDS = (
    set(vocab.FUNCTIONS) | set(vocab.WORDS) | {"sum", "frac", "mean", "partial", "cdot", "left", "right", "top"}
) - {"σ"}
#: Commands that mean something logderiv does not read where they stand, each refused with the reason.
_UNREAD_WHY = {
    # TeX's paragraph break cannot stand in maths: \par{…} (an Obsidian note's) is the page's own macro
    "par": ("'\\par' is TeX's paragraph break, which maths cannot hold: \\par{…} here is a macro of the page's own "
            "(a preamble's \\newcommand), whose meaning the page does not give (a page's \\par{…} is read as a "
            "bracket only where every \\par of its maths takes a closed group, none opens a group, where a ∂ "
            "would stand, and none has a derivative's shape, \\par{…}{…} (∂J/∂w as \\pdv writes it) or "
            "\\par{…} / \\par{…})",
            "write what it stands for, e.g. \\left( … \\right) for brackets"),
    # x^\dagger (the Obsidian vault's x†): the adjoint (xᵀ for real data) or the pseudo-inverse (X⁺): not guessed
    "dagger": ("'\\dagger' (†) is the adjoint, the conjugate transpose (xᵀ for real data), in some notes, and the "
               "Moore–Penrose pseudo-inverse (X⁺) in others: which one the page means is not said, so it is not read",
               "write ^T for the transpose, or the pseudo-inverse written out, (X^T X)^{-1} X^T"),
    "propto": ("'\\propto' (proportional to; of a log-likelihood, equal up to a constant) is no '=': a cost or a "
               "step is read only as an equality",
               "write the cost with '=' (its constant written, or dropped and said so in prose)"),
    # an approximation claims less than '=': judged as one it could be called a wrong step (only an answer's
    # "∂J/∂θⱼ \approx …" is read, by logderiv.check, with no verdict where the sides differ)
    "approx": ("'\\approx' (approximately equal) is no '=': a cost, a --let and a step of a derivation are read only "
               "as equalities, and an approximate step is neither right nor wrong as one",
               "write '=' where the sides are equal, or leave the approximate line out"),
    **dict.fromkeys(("Rightarrow", "Longrightarrow", "implies"), (
        "an implication ('so') is no step of a derivation, which is a chain of '=': it is read between two "
        "equations alone in a $$ … $$, \\[ … \\] or $ … $ display (A = B \\Rightarrow C = D), each equation then "
        "on its own", "put each statement in a display of its own")),
    # cold42's Vietnamese notes: "Σ‖yᵢ − ŷᵢ‖² \to \min" was met as "unknown command '\to'". An arrow (a limit's
    # "tends to", a map's "to", a "→ min" objective) is no '=': a display that only states "→ min" is set aside as
    # the problem stated (notation.page); anywhere else it is refused, saying what it is
    **dict.fromkeys(("to", "rightarrow", "longrightarrow", "mapsto"), (
        "an arrow ('tends to' of a limit, 'maps to', or '→ min', the objective stated) is no '=': a step of a "
        "derivation, a cost and a --let are read only as equalities; a display that only states an expression "
        "'\\to \\min' (no '=') is read as the problem stated, beside a derivation",
        "leave the arrow out of the derivation's lines (a display of its own, or prose), and write each step with '='")),
    # cold19's UFLDL notes: a column [∂J/∂θ₁ ⋮ ∂J/∂θₙ] in a display of its own was met as "unknown command '\vdots'",
    # its hint "did you mean '\dot'?"; the dots stand for entries the page leaves unwritten
    **dict.fromkeys(("vdots", "ddots"), (
        "a column's row of dots stands for entries left unwritten, which logderiv does not guess: it is read only in "
        "a column of ones or of the examples' labels, and in ∇J = [∂J/∂θ₁ ⋮ ∂J/∂θₙ], the gradient's definition",
        "write one entry by its index (∂J/∂θ_j = …) or the vector whole (X^T(X\\theta - y))")),
}
#: the mark of a conclusion (∴) that opens a row of an align, as "hence" does in prose (a page's rows: document.py)
_CONCLUSION_MARKS = frozenset({"therefore"})
#: the end of what stands before a text's first token: a $ or \[ (a line break \\ is none: a formula's reader
#: reads its rows as one product, so a second statement after it is no row of its own — audit28b)
_ROW_OPENS = patterns.compile(r"(?:\$|\\\[|\\begin\s*\{[A-Za-z]+\*?\})\s*\Z")
#: a line break \\ (\\*, \\[2ex]) between a formula's last token and a \therefore after it
_LINE_BREAK = patterns.compile(r"\\\\")
#: Functions logderiv does not differentiate: refused by name.
_UNSUPPORTED_FUNCTIONS = frozenset(
    {"sin", "cos", "tan", "max", "min", "arg", "argmax", "argmin", "abs", "det", "lim", "sup", "inf", "sinh", "cosh"}
)

_WORDS_TO_CHECK = tuple(sorted(_KNOWN_WORDS | _UNSUPPORTED_FUNCTIONS))

_LENGTH_UNITS = ("pt", "ex", "em", "mm", "cm", "in", "bp", "mu", "pc", "sp")

_EXAMPLE_NAMES = vocab.DATA_VECTORS | vocab.PER_EXAMPLE | {vocab.PREDICTION}

#: Function names read as functions when written without a backslash, as a word of their own (``y log(h)``).
_BARE_FUNCTIONS = frozenset({"log", "ln", "exp", "sigmoid", "sigma"})
#: Bare functions a letter may be glued to: ``ylog(\hat y)`` is y·log(ŷ).
_GLUED_FUNCTIONS = ("sigmoid", "log", "exp", "ln")
#: one accented letter after a glued function, its operand: ``ylog\hat{y}``, ``ylog\hat y``, ``ylog\tilde{y}``
_ACCENTED_OPERAND = patterns.compile(r"\\(?:hat|widehat|tilde)\s*(?:\{\s*[A-Za-z]\s*\}|[A-Za-z])(?![A-Za-z])")
#: Subscripts that name a model's parameters rather than index it: ``f_{w,b}``, ``h_{\mathbf w}``.
_PARAMETER_DECORATIONS = vocab.PARAMETER_VECTORS | {"theta", "b", "beta"}
#: the intercept, whose ∇_b J is ∂J/∂b (a number, beside ∇_w J)
_INTERCEPT = "b"
#: what J's arguments may list after ``\nabla_w J``: the parameters and the commas between them (J(w, b))
_COST_ARGUMENT_NAMES = _PARAMETER_DECORATIONS | {","}
#: the letters notes name the objective by, applied to its parameters: l(θ), ℓ(θ), L(w) (J(θ) reads as a call of J)
_OBJECTIVE_LETTERS = frozenset({"l", "ℓ", "L"})
#: in the names a text is read with: a --let ``\sigma = \sigma(…)`` named the prediction σ (a bare σ is h)
SIGMA_VALUE = "\\sigma"
#: constants a --let may define per example, written with the example index (λᵢ, the rate of a Poisson model)
_PER_EXAMPLE_CONSTANTS = frozenset({"lambda"})
#: Letters that name the model's prediction when written with its parameters and called: ``f_{w,b}(x)``.
_MODEL_LETTERS = frozenset({"f", "H"})
#: Letters that are the prediction under a hat: ``\hat y``, ``\hat p`` (an estimated probability).
_HATTED = frozenset({"y", "p"})
#: a lower-case ŷ written as LaTeX: \hat{y}, \hat y, \widehat{y}
_HATTED_LOWER_Y = patterns.compile(r"\\(?:wide)?hat\s*(?:\{\s*y\s*\}|y(?![A-Za-z]))")
#: hatted letters that are a fitted line's coefficients (â + b̂x, b̂x + ĉ): read as the plain letter when alone (never
#: m̂: m is the number of examples)
_HATTED_COEFFICIENTS = frozenset({"a", "b", "c"})
#: \hat{p}, \widehat{\mathbf{p}}, \hat p: the hatted p; and a p written without a hat (a name of its own)
#: a hatted y or p, its scripts under the hat or not (\hat{y}, \hat y_i, \hat{y_i}, \hat{\mathbf{p}}): with format(letter)
_HATTED_SCRIPTED = {letter: patterns.compile(
    r"\\(?:wide)?hat\s*(?:\{\s*(?:\\(?:mathbf|boldsymbol|bm|vec)\s*)?\{?\s*" + letter + r"(?![A-Za-z])|" + letter
    + r"(?![A-Za-z]))") for letter in ("y", "p")}
_HATTED_P = patterns.compile(r"\\(?:wide)?hat\s*(?:\{\s*(?:\\(?:mathbf|boldsymbol|bm|vec)\s*)?\{?\s*p\s*\}?\s*\}|p)")
#: the labels y written anywhere (y_i, \mathbf{y}, y^{(i)}, Y), not the y of a word or a command
_LABEL_Y = patterns.compile(r"(?<![A-Za-z\\])[yY](?![A-Za-z])")
#: a norm's bars, \| \lVert ‖ ||: the least squares ‖Ax − b‖² a bold b may close
_NORM_BAR = patterns.compile(r"\\\||\\[lr]Vert|‖|\|\|")
_BARE_P = patterns.compile(r"(?<![A-Za-z\\])p(?![A-Za-z])")
#: Letters that are the prediction when they carry the example index: ``p_i``, ``a^{(i)}``.
PREDICTION_LETTERS = frozenset({"p", "a"})


#: a capital X as written: plain, or a style command around it
_STYLED_X = patterns.compile(r"X|\\(?P<style>[A-Za-z]+)\s*\{?\s*X\s*\}?")


def _plain_or_bold(raw: str) -> bool:
    r"""Whether a capital X is written plain or in bold (``X``, ``\mathbf{X}``, ``\textbf{X}``): the data matrix.

    Notes that write matrices in bold (mlcourse.ai's ``\textbf{w}^{\text{T}} \textbf{X}^{\text{T}} \textbf{X}
    \textbf{w}``) mean the same m×n matrix as a plain X; a calligraphic or blackboard X is a set, never it.
    """
    match = _STYLED_X.fullmatch(raw)
    return match is not None and (match.group("style") is None or match.group("style") in _BOLD_STYLES | {"textbf"})


#: what may follow a bare function glued to letters as its argument, besides a bracket: a fraction, or a TeX space
#: (\ , \,, \;) before a letter or a command (``log \ h_\theta(x)``, ``log\ e^{…}``)
_GLUED_ARGUMENT = patterns.compile(r"\\[dt]?frac\b|\\[ ,;:]\s*(?:[A-Za-z]|\\[A-Za-z])")

#: the bias of a model w·x + b: one number, whatever the page bolds
_BIAS = "b"

class _Token(NamedTuple):
    """One token; ``text`` is canonical (``theta`` for ``\\theta``), ``raw`` as written."""

    kind: str
    text: str
    start: int
    end: int
    raw: str


def _is_constant(name: str) -> TypeIs[Literal["e", "pi"]]:
    """Whether ``name`` is a constant's, e or π (what :class:`tree.Constant` holds)."""
    return name in ("e", "pi")


def _is_sum_range(over: str) -> TypeIs[Literal["examples", "features"]]:
    """Whether ``over`` is what a sum ranges over (what :class:`tree.Sum` holds), not a role such as "unknown"."""
    return over in ("examples", "features")


#: a column of ones with vertical dots, ``\begin{bmatrix}1\\1\\\vdots\\1\end{bmatrix}``: the all-ones vector
_ONES_COLUMN = patterns.compile(
    r"\\begin\{(?P<env>[bpv]?matrix)\}\s*1\s*(?:\\\\\s*1\s*)*\\\\\s*\\vdots\s*(?:\\\\\s*1\s*)+"
    r"(?:\\\\\s*)?\\end\{(?P=env)\}"
)
def _target_entry(group: str) -> str:
    """One target of the column below, its number in ``group``: y^{(1)}, y^{(n)}, y_1, y_{n}."""
    number = r"[1-9]|[mnMN]"
    return (rf"y\s*(?:\^\s*\{{\s*\(\s*(?P<{group}>{number})\s*\)\s*\}}"
            rf"|_\s*\{{?\s*(?P<{group}_>{number})\s*\}}?)\s*")


#: the targets stacked in a column, the rows between them left out: ``\begin{bmatrix} y^{(1)} \\ y^{(2)} \\
#: \vdots \\ y^{(n)} \end{bmatrix}`` (a ':' or \cdots for the dots): the vector y, one entry per example
_TARGETS_COLUMN = patterns.compile(
    r"\\begin\{(?P<env>[bpv]?matrix)\}\s*" + _target_entry("first") + r"\\\\\s*" + _target_entry("second")
    + r"\\\\\s*(?:\\[vcd]dots|:)\s*\\\\\s*" + _target_entry("last")
    + r"(?:\\\\\s*)?\\end\{(?P=env)\}"
)
#: ones listed with dots between them and transposed into a column, ``(1, \ldots, 1)^T`` (CSE 6040's u)
_ONES_TUPLE = patterns.compile(
    r"\(\s*1\s*,\s*(?:\\[lc]?dots|\\dotsc|…)\s*,\s*1\s*\)\s*\^\s*(?:T|\\top|\\intercal|\{\s*(?:T|\\top|\\intercal)\s*\})"
)
#: ``J(\Theta) =`` opening a text: a cost's left side whose one argument is a capital Θ
_THETA_HEAD = patterns.compile(r"\s*(?P<head>[A-Za-z]\s*\(\s*(?P<theta>\\Theta)\s*\)\s*)=(?!=)")
#: l(\theta) = … opening a text (TeX spaces such as a leading '\ ' allowed): the left side names the parameters θ
#: a model named by its parameters θ opening a definition, its argument after it: h_{\theta}(x^{(i)}) =, h_\theta(x) =
_MODEL_OF_THETA_HEAD = patterns.compile(r"(?:\s|\\[ ,;!]|\\quad\b)*(?P<head>h\s*_\s*(?:\{\s*\\theta\s*\}|\\theta(?![A-Za-z]))"
                                        r"\s*\((?:[^()]|\([^()]*\))*\)\s*)&?\s*=(?!=)")
_LOWER_THETA_HEAD = patterns.compile(r"(?:\s|\\[ ,;!]|\\quad\b)*(?P<head>[A-Za-z]\s*\(\s*(?P<theta>\\theta(?![A-Za-z])|θ)\s*\)\s*)=(?!=)")


#: the subscript 2 of the 2-norm after a closing bar, before its square: |v|_2^2, |v|_{2}^{2}
_TWO_NORM_MARK = patterns.compile(r"_\s*(?:2|\{\s*2\s*\})\s*")


def _fail(message: str, source: str, column: int | None, hint: str | None = None) -> NoReturn:
    if column is not None:
        message += f" (column {column + 1})"
    raise InputError(message, source=source, column=column, hint=hint)


def _not_yet(word: str, source: str, column: int, shown: str | None = None) -> NoReturn:
    """Refuse ``\\max``, ``\\operatorname{ReLU}``, ``abs``…: not supported yet (exit 3)."""
    refuse_unsupported(word, source, column, shown=shown, suffix=f" (column {column + 1})")


def _absolute_value(raw: str, source: str, column: int) -> NoReturn:
    from ..errors import UnsupportedInputError

    called = _conditioned_call(source, column) if raw == "|" else None
    if called is not None:
        # L(y|p(x_{i})) in ∂L(y|p(x_i))/∂w₁: the bar of a conditional in a name's arguments, as a likelihood writes
        # p(y|x); no absolute value has its bar open straight after a name's bracket. Still refused: the page's
        # function of y given p is no cost logderiv reads, but the message says what the bar is
        raise UnsupportedInputError(
            f"'|' in {called}(…) is a conditional's bar ({called} of what stands before it given what stands after "
            f"it, as p(y|x) is written), not an absolute value: a function of a conditional is not read (column "
            f"{column + 1})", source=source, column=column,
            hint=f"write the loss by its name alone ({called}), its definition in the model's letters")
    if raw == "|":
        refuse_set_size(source, column)  # \frac{1}{|B|}: a batch's size, said so
    raise UnsupportedInputError(f"'{raw}' (an absolute value |x|) is not supported yet (column {column + 1})",
                                source=source, column=column, hint=ABSOLUTE_VALUE_HINT)


def _conditioned_call(source: str, column: int) -> str | None:
    """The name whose bracket holds the ``|`` at ``column`` as its one bar (``L`` of ``L(y|p(x_{i}))``), or None.

    The bracket that encloses the bar is the innermost one open before it; it must follow a letter (the name, as
    ``L(``, ``\\mathcal{L}(``, ``p(`` write it) and hold no other bar, before the bar or after it up to its close.
    """
    depth, opening = 0, -1
    for index in range(column - 1, -1, -1):
        if source[index] == ")":
            depth += 1
        elif source[index] == "(":
            if depth == 0:
                opening = index
                break
            depth -= 1
    if opening <= 0 or "|" in source[opening:column]:
        return None
    name = re.search(r"(?:\\mathcal\s*\{\s*([A-Za-z])\s*\}|([A-Za-z]))\s*$", source[:opening])
    if name is None or name.start() > 0 and source[name.start() - 1] == "\\":
        return None  # \log(…|…) or \left(: a command's bracket, not a name's
    depth = 0
    for index in range(column + 1, len(source)):
        if source[index] == "(":
            depth += 1
        elif source[index] == ")":
            if depth == 0:
                return name.group(1) or name.group(2)
            depth -= 1
        elif source[index] == "|" and depth == 0:
            return None
    return None


# --- tokens -----------------------------------------------------------------------


#: \nabla_\theta \left\{\mathcal{L}(\theta; y, X)\right\} = (CSE 6040): the braces around the name are only grouping
_LEFT_SIDE_CALL = patterns.compile(
    r"\s*[A-Za-z\\{}^_]+(?:\s+\\left\s*\\\{\s*[A-Za-z\\{}^_]+)?"
    r"\((?P<arguments>[^()=|;]*(?:[|;][^()=|;]*)+)\)(?:\s*\\right\s*\\\})?\s*:?\s*$")


#: the conditioning bar as a command: \mid, and \lvert or \vert where a left side writes E(x,y \lvert w) with it
_MID = patterns.compile(r"\\(?:mid|lvert|vert)(?![A-Za-z])")


def _left_side_separators(source: str, start: int, end: int) -> frozenset[int]:
    r"""The ``|`` and ``;`` inside the arguments of a left side ``L(w | y; x) =``: where they are, or none.

    Only a left side that is a name applied to arguments, before the text's first
    ``=``, holding no bracket of its own, counts: a likelihood's conditioning bar
    and a parameter separator, never an absolute value.
    """
    equals = source.find("=", start, end)
    if equals < 0:
        return frozenset()
    # L(\\theta \\mid X, y): the conditioning bar as a command, at its backslash (the columns kept)
    source = _MID.sub(lambda bar: "|".ljust(len(bar.group())), source)
    match = _LEFT_SIDE_CALL.match(source, start, equals)
    if match is None:
        return frozenset()
    first = match.start("arguments")
    return frozenset(first + k for k, char in enumerate(match.group("arguments")) if char in "|;")


#: a cost called with its data after a ';' as what a derivative differentiates: \partial J(\mathbf{w}; \mathbf{x}_i, y_i)}
_DIFFERENTIATED_CALL = patterns.compile(
    r"\\partial\s*(?:\\math[a-z]+\{[A-Za-z]\}|[A-Za-z])\s*\((?P<arguments>[^()=|;{}]*(?:\{[^{}]*\}[^()=|;{}]*)*"
    r";[^()=|;]*)\)\s*\}")


def _differentiated_separators(source: str, start: int, end: int) -> frozenset[int]:
    r"""The ``;`` of a cost called in a derivative's numerator, ``\frac{\partial J(\mathbf{w}; \mathbf{x}_i, y_i)}{…}``.

    A Vietnamese blog names one example's loss J(w; xᵢ, yᵢ) — the parameters, then the data it is evaluated at —
    on its definition's left side (read as a separator there, :func:`_left_side_separators`) and again under each
    ∂: the same call, its ';' the same separator, read as a comma. Only one letter's call right after ``\partial``
    that closes the numerator's brace; ``p(x_i;\beta)`` elsewhere is :meth:`_Tokenizer.parameters_after_semicolon`'s.
    """
    found: set[int] = set()
    for match in _DIFFERENTIATED_CALL.finditer(source, start, end):
        first = match.start("arguments")
        found.update(first + k for k, char in enumerate(match.group("arguments")) if char == ";")
    return frozenset(found)


#: words that name the regularisation strength (jaxopt's \text{l2reg}, \text{reg\_lambda}, \text{l2\_penalty})
_PENALTY_STRENGTH = patterns.compile(r"(?:l[12][ _\\]*)?(?:reg|regularization|regularisation|penalty)(?:[ _\\]*(?:lambda|strength|param|coef))?",
                               re.IGNORECASE)


#: a word that may be a quantity: letters, digits, underscores (``l2reg``, ``reg\_lambda``), no spaces or punctuation
_FACTOR_WORD = patterns.compile(r"[A-Za-z][A-Za-z0-9]*(?:\\?_[A-Za-z0-9]+)*")
#: words of prose, a remark even where a factor could stand: ``\text{where} h = …``, ``\text{for} j``
_PROSE_WORDS = frozenset({
    "where", "for", "with", "if", "and", "or", "when", "since", "by", "using", "let", "so", "then", "hence",
    "thus", "because", "via", "given", "subject", "to", "is", "are", "of", "in", "on", "at", "as", "all", "each",
    "every", "over", "we", "get", "have", "gives", "the", "a", "an", "ie", "eg", "etc", "note", "see", "s", "st",
    "otherwise", "else", "therefore", "i", "j", "k", "which", "such", "that", "here", "from", "into", "per",
})
#: a remark that defines a name (``where m is the number of features``, ``(m = number of features)``, ``where g is the
#: identity``): the name, which the formula may write; dropped as a remark, the formula was checked with the name
#: read as logderiv reads it, not as the words say (audit27h)
_REMARK_DEFINITION = patterns.compile(
    r"(?:^|(?<![A-Za-z])(?:where|with|here|and|assuming|letting|let))[\s(,:]*(?P<name>[A-Za-z]+(?:\\?_[A-Za-z0-9]+)?)"
    r"\s*(?:=|:=|is|are|was|being|denotes?|means|stands\s+for|represents?|equals?|refers\s+to)(?![A-Za-z])",
    re.IGNORECASE,
)
#: words in a remark that change the formula's value or what it is the derivative of: ``up to a constant``,
#: ``ignoring the 1/m``, ``for the intercept``, ``for gradient ascent``, ``no regularization``, ``with tanh`` (a
#: word alone, ``\text{Regularization }``, labels the term after it);
#: dropped as a remark, the formula was checked as though they were never written (audit27h)
_REMARK_QUALIFIER = patterns.compile(
    r"(?<![A-Za-z])(?:up\s+to|constants?|scal(?:e|ed|ing)|proportional|ignor\w*|drop\w*|omit\w*|without|"
    r"except\w*|exclud\w*|approx\w*|times|negat\w*|opposite|divid\w*|multipl\w*|twice|wrong|incorrect|not|"
    r"ascent|likelihood|maximi[sz]\w*|intercept|bias|no\s+regulari[sz]\w*|un-?regulari[sz]\w*|single|"
    r"per\s+(?:example|sample|instance|observation|point)|softmax|tanh|relu|identity)(?![A-Za-z])|≈|∝",
    re.IGNORECASE,
)
#: the letters of the scripts that write no maths (Chinese, Japanese, Korean): words, never a quantity's name
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_CJK_LETTER = patterns.compile(f"[{_CJK}]")
_CJK_RUN = patterns.compile(f"[{_CJK}]+")
#: :data:`_REMARK_QUALIFIER`'s words in Chinese (simplified, traditional), Japanese and Korean: ``\text{(忽略常数)}``
#: ("ignoring the constant"), ``\text{(省略了1/m)}`` ("the 1/m omitted"), ``（定数倍を除く）``; dropped as remarks,
#: the formula was judged as though they were never written, where the English words are refused
_REMARK_QUALIFIER_CJK = patterns.compile(
    r"常数|常數|定数|상수|忽略|無視|무시|省略|略去|생략|去掉|去除|不含|不包括|不包含|不计|不計|除く|除いて|제외|"
    r"除以|乘以|倍|近似|约等于|約等於|大约|大約|근사|负|負|부호|相反|反対|缩放|縮放|比例|正比|似然|尤度|우도|"
    r"上升|上昇|상승|最大化|최대화|截距|切片|절편|偏置|バイアス|편향|无正则|無正則|不带正则|不帶正則|正則化なし|"
    r"单个样本|單個樣本|每个样本|每個樣本|単一|各サンプル|샘플별"
)
#: the words of those scripts a remark may hold and be dropped: what the formula is (a scalar, the matrix form, the
#: loss function, the regularised gradient) or the step that gave it (the chain rule, substituted, broadcast), and
#: the particles between them. Any other word is unread and may say how the formula is read: ``(省去常量)`` ("the
#: constant left out"), ``(求和后取平均)`` ("summed, then averaged") beside a sum without 1/m were dropped and the sum
#: judged "different" where its writer said it was the mean; no list of such words is ever whole, so a remark is
#: dropped only when every word of it is one of these (audit30c)
_REMARK_WORDS_CJK = patterns.compile("|".join(sorted((
    # Chinese, simplified and traditional
    "标量", "標量", "向量", "矩阵", "矩陣", "求导", "求導", "导数", "導數", "偏导数", "偏導數", "偏导", "偏導", "微分",
    "梯度", "损失", "損失", "函数", "函數", "代价", "代價", "成本", "目标", "目標", "形式", "正则化", "正則化",
    "广播", "廣播", "操作", "链式", "鏈式", "法则", "法則", "代入", "展开", "展開", "化简", "化簡", "简化", "簡化",
    "整理", "向量化", "此时", "此時", "做了", "这里", "這裡", "结果", "結果", "线性回归", "線性迴歸", "线性迴归",
    "逻辑回归", "邏輯迴歸", "交叉熵", "均方误差", "均方誤差", "残差", "殘差", "推导", "推導", "公式", "的", "了",
    # Japanese
    "スカラー", "ベクトル", "行列", "偏微分", "勾配", "関数", "目的", "表記", "連鎖律", "線形回帰", "単回帰",
    "ロジスティック回帰", "二次関数", "の", "は", "を", "で", "に", "と",
    # Korean
    "스칼라", "벡터", "행렬", "형태", "미분", "편미분", "적용", "기울기", "그래디언트", "손실", "비용", "함수", "목적",
    "정규화", "연쇄", "법칙", "대입", "전개", "정리", "결과", "선형", "회귀", "로지스틱", "잔차",
), key=len, reverse=True)))
#: a Latin letter or a digit among such words (``(m为样本数)``, "m is the number of examples"): the words say
#: something of the formula's own names or numbers, which logderiv cannot read
_MATHS_AMONG_CJK = patterns.compile(r"[A-Za-z0-9]+(?:\s*/\s*[A-Za-z0-9]+)?")
#: words of those scripts in round brackets (ASCII or full-width), set in maths without ``\text``: ``(标量)``
_CJK_PARENTHETICAL = patterns.compile(f"[(（][\\s\u3000-\u303f\uff0c\uff1a\uff1b{_CJK}]*[{_CJK}]"
                                      f"[\\s\u3000-\u303f\uff0c\uff1a\uff1b{_CJK}]*[)）]")
#: a size written as a subscript, ``x^{(i)}_{n_x \times 1}``, ``(a - y)_{1 \times 1}``, ``\partial w_{n_x \times 1}``,
#: or after a bar, ``\frac{\partial J}{\partial w}|_{n_x \times 1}`` (Chinese notes of the deep-learning course): rows
#: times columns, each a number or a count letter (n, m, n_x, n^{[l]} aside); never an index letter (i, j, k, l):
#: ``x_{j \times 1}^{(i)}`` was dropped as a size "j×1", and feature j's x read as the whole vector x⁽ⁱ⁾ (audit30c)
_SIZE = r"(?:\d+|(?![ijkl](?![A-Za-z]))[A-Za-z](?:_\{?[A-Za-z0-9]\}?)?)"
_SIZE_ANNOTATION = patterns.compile(rf"\|?_\s*\{{\s*(?P<rows>{_SIZE})\s*(?:\\times|×)\s*(?P<columns>{_SIZE})\s*\}}")
#: commands after a word that make it a remark, not a factor: spacing, a new line, another remark
#: commands that open an operand: after words between maths they would be multiplied in (remark_between_operands)
_OPERAND_COMMANDS = frozenset({"frac", "dfrac", "tfrac", "sum", "prod", "sqrt", "log", "ln", "exp", "mathbf",
                               "boldsymbol", "bm", "vec", "hat", "ell", "sigma"})
_REMARK_COMMANDS = frozenset({"quad", "qquad", "text", "textrm", "textit", "mbox", "label", "tag", "end", "right",
                              "hspace", "nonumber", "notag"})


def _names_penalty_strength(word: str) -> bool:
    r"""Whether a ``\text{…}`` word names the regularisation strength (``l2reg``, ``reg\_lambda``): read as λ."""
    return bool(_PENALTY_STRENGTH.fullmatch(word.strip()))


#: what may follow a word that ends a term: the text's end, a closing bracket or brace, '+' or '-', a row break,
#: trailing punctuation (\frac{w_j}{m}\text{lambda} + …)
_ENDS_A_TERM = patterns.compile(r"(?:$|[})\]+\-.,]|\\right(?![A-Za-z])|\\\\)")
#: a \text{…} word that is code's name of λ (\text{lmbda}, \text{lambda\_reg}), lower-cased as the reader compares it
_LAMBDA_WORDS = frozenset({"lambda", *(spelling.lower() for spelling in vocab.LAMBDA_SPELLINGS)})


def _writes_lambda(source: str) -> bool:
    r"""Whether ``source`` writes λ itself (``\lambda``, ``λ``): then a worded strength would be a second one."""
    return bool(re.search(r"\\lambda(?![A-Za-z])|λ", source))


#: what follows \textbf when it is one bold letter: {x}, { \theta }, or x alone (not a word)
_BOLD_TEXT_LETTER = patterns.compile(
    r"\s*(?:\{\s*(?:(?P<letter>[A-Za-z])|(?P<one>1)|(?P<command>\\[A-Za-z]+))\s*\}|[A-Za-z](?![A-Za-z]))")
#: a 1 transposed before a bracket, 1^T(…), 1^{\top}\left(…: the all-ones vector in plain type; "written" is 1^T
_TRANSPOSED_ONE = patterns.compile(
    r"(?P<written>1\s*\^\s*(?:T|\{\s*(?:T|\\top|\\intercal)\s*\}|\\top|\\intercal)(?![A-Za-z]))\s*(?:\(|\\left\s*[(\[]|\[)")
#: \min after \arg: \arg\min, \arg \min
_MIN_AFTER_ARG = patterns.compile(r"\s*\\min(?![A-Za-z])")
#: what may follow \min or \argmin: \limits, then a subscript, braced (one level of braces inside) or one token
_MIN_SUBSCRIPT = patterns.compile(
    r"\s*(?:\\limits(?![A-Za-z])\s*)?(?:_\s*(?:\{(?P<braced>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}|(?P<one>\\[A-Za-z]+|[A-Za-z])))?")
#: \underset's two arguments when the second is a minimum: {w}{\min}, w{\operatorname {min} }, {\theta}{\arg\min},
#: {w}{\operatorname*{argmin}}, {w}{\mathrm{min}}; the first (what is minimised over) in group "braced" or "one"
_UNDERSET_MINIMUM = patterns.compile(
    r"\s*(?:\{(?P<braced>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}|(?P<one>\\[A-Za-z]+|[A-Za-z]))\s*"
    r"\{\s*(?:\\min|\\arg\s*\\min|\\argmin|\\(?:operatorname\*?|mathrm|text)\s*\{\s*(?:arg\s*(?:\\,\s*)?)?min\s*\}"
    r"|\\arg\s*\\(?:operatorname\*?|mathrm)\s*\{\s*min\s*\})\s*\}")
#: \{ … \} (or \left\{ … \right\}) around the whole rest of a text, its inside
_SET_BRACES = patterns.compile(r"(?:\\left\s*)?\\\{(?P<inside>.*?)(?:\\right\s*)?\\\}", re.DOTALL)


def _one_element_set(text: str) -> bool:
    r"""Whether ``text`` is ``\left\{ A \right\}`` around all of it with no comma in A: the objective, not a set.

    ``\text{min} \left\{ \| y - X\beta \|^2 + \lambda \|\beta\|_2^2 \right\}`` (RobertoSam's ridge notes)
    minimises what the braces hold; ``\min\{a, b\}`` is the smaller of two values, and stays refused.
    """
    whole = _SET_BRACES.fullmatch(text)
    if whole is None:
        return False
    inside = whole.group("inside")
    return "\\{" not in inside and "\\}" not in inside and not top_level(inside, ",")


def _equals_outside_braces(text: str) -> bool:
    """Whether ``text`` has an ``=`` outside every brace: a relation, not a sum's bound ``_{i=1}``."""
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if char == "=" and depth <= 0:
            return True
    return False


#: \mathbb{X}, \mathbb Y: the design matrix and the targets in blackboard bold
_BLACKBOARD_DATA = patterns.compile(r"\\mathbb\s*(?:\{\s*(?P<letter>[XY])\s*\}|(?P<bare>[XY])(?![A-Za-z]))")
#: Euler's e styled by a command, TeX's argument after it: {e} or the one letter e (\mathbb{e}, \text{e}, \mathrm e),
#: and the power it is raised to (a styled e is read as the number only there); ``brace`` a group closed around it
_STYLED_E = patterns.compile(r"\s*(?:\{\s*e\s*\}|e(?![A-Za-z]))(?P<brace>\s*\})?(?P<power>\s*\^)?")
#: an X or Y written otherwise (X, \mathbf{X}, Y_i), once the blackboard ones are taken out
_OTHER_X_OR_Y = patterns.compile(r"(?<![A-Za-z\\])[XY](?![A-Za-z])")
#: the note of \hat{X} read as the data matrix X, after the name as written (a check compares the cost's and answer's)
HATTED_DATA_MATRIX_NOTE = ("(X̂, as notes write the data matrix with a column of ones appended for the intercept) is "
                           "read as the data matrix X: no plain X is written")
#: what follows \hat{X} read as the data matrix: the parameters it multiplies (X̂θ, X̂w, X̂β) or its transpose
_AFTER_DATA_MATRIX = patterns.compile(
    r"\s*(?:\\(?:theta|beta)(?![A-Za-z])|w(?![A-Za-z])|\\(?:mathbf|bm|boldsymbol|vec)\s*\{?\s*(?:w|\\theta|\\beta)(?![A-Za-z])"
    r"|\^\s*\{?\s*(?:T|\\top|\\intercal)(?![A-Za-z]))")
#: a tilded x, with its scripts inside or not: \tilde{x_{i}}, \widetilde{\mathbf{x}}
_TILDED_X = patterns.compile(r"\\(?:wide)?tilde\s*\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")
#: an x or X written plainly (x_i, \mathbf{x}, X), once the tilded ones are taken out
_PLAIN_X = patterns.compile(r"(?<![A-Za-z\\])[xX](?![A-Za-z])")
#: MathJax's colour commands: \red{x} is x in red
_COLOURS = frozenset({"red", "blue", "green", "orange", "purple", "gray", "grey", "brown", "cyan", "magenta"})
#: a coloured group that ends in a sum still waiting for its summand: {\frac{1}{N} \sum }, {\sum_{i=1}^{N}}
_ENDS_IN_A_SUM = patterns.compile(r"(?P<before>.*?)\\sum(?![A-Za-z])(?:\s*\\(?:no)?limits(?![A-Za-z]))?"
                                  r"(?:\s*[_^]\s*(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\\[A-Za-z]+|[^\s{}\\]))*\s*", re.DOTALL)
#: the label of an \overbrace (a superscript) or an \underbrace (a subscript): braced (one level inside) or one token
_BRACE_LABEL = {
    brace: re.compile(r"\s*" + re.escape(script) + r"\s*(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\\[A-Za-z]+|\S)")
    for brace, script in (("overbrace", "^"), ("underbrace", "_"))
}
#: a subscript in words only: {\text{L2}}, {\mathrm{reg}} (the braces' inside)
_WORDED_LABEL = patterns.compile(r"\s*\\(?:text|textrm|mathrm|textit|mbox)\s*\{[A-Za-z0-9 ]+\}\s*")
#: a bracket right after a wrapped word (spacing and a size allowed): \text{sigm}(z), \operatorname{g}\left(z\right)
_BRACKET_AFTER_WORD = patterns.compile(r"(?:\s|~|\\[,;:! ](?![A-Za-z]))*(?:\\(?:left|[bB]igg?l?)(?![A-Za-z])\s*)?[(\[]")
#: plain TeX's font switches that make the letters after them an upright (or italic) word: {\rm sigm}, \rm{expit}
_FONT_SWITCHES = frozenset({"rm", "it", "sf"})
#: a group that opens with a font switch and holds one word: {\rm sigm}
_FONT_SWITCHED_GROUP = patterns.compile(r"\{\s*\\(?:rm|it|sf)(?![A-Za-z])\s*(?P<word>[A-Za-z]{2,})\s*\}")
#: the word after a font switch: \rm{expit}, \rm expit
_FONT_SWITCHED_WORD = patterns.compile(r"\s*(?:\{\s*(?P<braced>[A-Za-z]{2,})\s*\}|(?P<bare>[A-Za-z]{2,})(?![A-Za-z]))")
#: a styled cost name with its parameter typed inside the braces: \mathcal{L;\lambda}
_NAME_WITH_PARAMETER = patterns.compile(r"([A-Z])\s*;\s*(?:\\[A-Za-z]+|[A-Za-z])")
#: what a call may name after a ';' and be read without it: the parameters, p(x_i;\beta)
_HELD_PARAMETERS = vocab.PARAMETER_VECTORS | {"b"}
#: what a \min subscript may name: the parameters, or ω, the weights as some notes write them (\underset{\omega}{\min};
#: the subscript only names what is minimised over, and the cost after it is read on its own)
_MINIMISED_OVER = _HELD_PARAMETERS | {"omega"}


def _innermost_open(tokens: Sequence[_Token]) -> int | None:
    """Where the innermost bracket still open at the end of ``tokens`` opens, or None."""
    depth = 0
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].kind == "close":
            depth += 1
        elif tokens[k].kind == "open":
            if depth == 0:
                return k
            depth -= 1
    return None


class _Tokenizer:
    """Splits LaTeX into tokens, dropping what carries no mathematics."""

    def __init__(self, source: str, start: int, end: int, names: frozenset[str]) -> None:
        self.source = source
        self.position = start
        self.end = end
        self.names = names
        self.tokens: list[_Token] = []
        #: CJK words of a remark that no list of logderiv's knows, found by the last qualifying_remark
        self.unread_words: str | None = None
        #: notes on letters read apart from a function glued to them (``ylog(``)
        self.glued: list[str] = []
        #: the Unicode scripts read as TeX's (θ₀ as _{0}, ⁽ⁱ⁾ as ^{(i)}), by how each is written (unicode_scripts)
        self.unicode_written: dict[str, str] = {}
        #: where \forall is written: only a trailing qualifier (\quad \forall j) may hold it
        self.foralls: list[int] = []
        #: what reading the characters noted (a dash read as a minus, \Theta read as θ)
        self.notes: list[str] = []
        #: where the \end of a one-entry matrix read as brackets starts, and its bracket (see one_entry_matrix)
        self.entry_ends: dict[int, str] = {}
        #: where the closing brace of a coloured group read without its braces stands (see uncoloured_sum)
        self.unbraced: set[int] = set()
        #: where each line break \\ stands: a break between two operands leaves a product that nothing writes
        #: (see breaks_between_factors)
        self.breaks: list[tuple[int, int]] = []
        #: the | and ; of a left side's arguments, L(w | y; x): separators, read as commas
        self.separators = _left_side_separators(source, start, end)
        if self.separators:
            head = source[start:source.index("=", start)].strip()
            self.note(f"{head}: the '|' and ';' between its arguments separate what the cost is a function of from "
                      "what it is conditioned on (the data): a left side, not an absolute value")
        differentiated = _differentiated_separators(source, start, end) - self.separators
        if differentiated:
            self.separators |= differentiated
            for call in dict.fromkeys(" ".join(match.group()[len("\\partial"):].rstrip("} ").split())
                                      for match in _DIFFERENTIATED_CALL.finditer(source, start, end)):
                self.note(f"{call.strip()} under ∂: the ';' separates the cost's parameters from the data it is "
                          "evaluated at, as on a left side: read as a comma")

    def fail(self, message: str, column: int, hint: str | None = None) -> NoReturn:
        _fail(message, self.source, column, hint)

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def add(self, kind: str, text: str, begin: int, stop: int) -> None:
        self.tokens.append(_Token(kind, text, begin, stop, self.source[begin:stop]))

    def skip_space(self) -> None:
        while self.position < self.end and (self.source[self.position].isspace() or self.source[self.position] == "~"):
            self.position += 1

    def run(self) -> list[_Token]:
        source = self.source
        while self.position < self.end:
            char = source[self.position]
            start = self.position
            if char.isspace() or char == "~":
                self.position += 1
            elif start in self.separators:
                bar = _MID.match(source, start)
                width = len(bar.group()) if bar else 1  # \mid, \lvert or |
                self.add("op", ",", start, start + width)
                self.position += width
            elif char == "%":  # a comment, to the end of the line
                newline = source.find("\n", start, self.end)
                self.position = self.end if newline < 0 else newline + 1
                self.refuse_defining_comment(start, self.position)
            elif char == "\\":
                self.command()
            elif char == "1" and (ones := _TRANSPOSED_ONE.match(source, start, self.end)) is not None and (
                    start == 0 or not (source[start - 1].isalnum() or source[start - 1] in "._^")):
                # {1\over m}1^T(\hat{y}-y): a number has no transpose, so the 1 transposed before a bracket is
                # the all-ones vector \mathbf{1} in plain type (the parser reads 1ᵀv as Σᵢ vᵢ, and notes it)
                self.note(conventions.transposed_one_note(ones.group("written")))
                self.add("ones", "1", start, start + 1)
                self.position = start + 1
            elif char in _DIGITS:
                stop = start
                while stop < self.end and source[stop] in _DIGITS:
                    stop += 1
                if stop + 1 < self.end and source[stop] == "." and source[stop + 1] in _DIGITS:
                    stop += 1
                    while stop < self.end and source[stop] in _DIGITS:
                        stop += 1
                self.add("number", source[start:stop], start, stop)
                self.position = stop
            elif char in _ASCII_LETTERS:
                self.letters()
            elif char in vocab.GREEK:
                self.add("name", vocab.GREEK[char], start, start + 1)
                self.position += 1
            elif char == "σ":
                self.add("function", "sigmoid", start, start + 1)
                self.position += 1
            elif char == "$":
                stop = start + 2 if source.startswith("$$", start) and start + 2 <= self.end else start + 1
                self.add("delimiter", source[start:stop], start, stop)
                self.position = stop
            elif char == "{" and self.font_switched_word(_FONT_SWITCHED_GROUP.match(source, start, self.end), start):
                pass  # {\rm sigm}(z): plain TeX's upright word, applied to a bracket
            elif char == "{":
                self.add("lbrace", "{", start, start + 1)
                self.position += 1
            elif char == "}" and start in self.unbraced:
                self.position += 1  # the close of a coloured group read without its braces (uncoloured_sum)
            elif char == "}":
                self.add("rbrace", "}", start, start + 1)
                self.position += 1
            elif char == "(" and (ones := _ONES_TUPLE.match(source, start, self.end)) is not None:
                # (1, \ldots, 1)^T: ones listed with dots between, transposed into a column, the all-ones vector
                # \mathbf{1} (the parser notes how it reads it)
                self.add("ones", "1", start, ones.end())
                self.position = ones.end()
            elif char in "(（" and (words := _CJK_PARENTHETICAL.match(source, start, self.end)) is not None:
                self.cjk_remark(start, words.end())
            elif char in "([":
                self.add("open", char, start, start + 1)
                self.position += 1
            elif char in ")]":
                self.add("close", char, start, start + 1)
                self.position += 1
            elif char == "&":
                self.position += 1  # an alignment point
            elif char == "'" and self.tokens and self.tokens[-1].kind == "name" and self.tokens[-1].raw == vocab.DATA_MATRIX \
                    and self.tokens[-1].end == start and vocab.DATA_MATRIX not in self.names:
                # X': a matrix named with a prime (X with its column of ones), read as the data matrix, noted
                previous = self.tokens[-1]
                self.tokens[-1] = previous._replace(end=start + 1, raw=previous.raw + "'")
                self.note(conventions.PRIMED_MATRIX_NOTE)
                self.position += 1
            elif char == "'":
                self.add("prime", "'", start, start + 1)  # read only as x_i'β (_primes), else refused
                self.position += 1
            elif char in _DASHES:
                # a dash for a minus, as a word processor or a blog typesets it: read as '-', with a note
                self.note(f"{_DASHES[char]} is read as a minus sign")
                self.add("op", "-", start, start + 1)
                self.position += 1
            elif char in "≥≤≠<>":
                self.add("relation", char, start, start + 1)
                self.position += 1
            elif char == "!":
                self.factorial(start)
            elif char == "…" or source.startswith("...", start) and start + 3 <= self.end:
                stop = start + (1 if char == "…" else 3)
                self.add("ellipsis", "…", start, stop)  # θ₁x₁ + … + θₙxₙ (notation.ellipsis)
                self.position = stop
            elif char == "*" and self.tokens and self.tokens[-1].kind == "sum" and self.tokens[-1].end == start \
                    and source.startswith("{", start + 1):
                # \sum*{i=1}^{m}: a Markdown formatter's '*' for the '_' it took for emphasis; a summation sign is
                # never a factor, so no product is written this way: its limits, noted
                self.note("'\\sum*{' is read as '\\sum_{': a Markdown formatter turned the '_' into '*'")
                self.add("op", "_", start, start + 1)
                self.position += 1
            elif char == "*" and _MANGLED_SCRIPT.match(source, start) and self.tokens \
                    and self.tokens[-1].kind == "name" and self.tokens[-1].end == start and _mangled(source) \
                    and _subscripted_elsewhere(source, self.tokens[-1].start, start):
                # h*{\theta} beside h\_{\theta} (or h_{\theta}) in the same text: the formatter's '*' for the
                # '_' the text writes with the same name and script elsewhere, noted
                written = source[self.tokens[-1].start:start]
                self.note(f"'{written}*{{' is read as '{written}_{{': a Markdown formatter turned the '_' into '*' "
                          f"(the text writes {written}_{{…}} with the same subscript elsewhere)")
                self.add("op", "_", start, start + 1)
                self.position += 1
            elif char == "*" and _MANGLED_SCRIPT.match(source, start) and self.tokens \
                    and self.tokens[-1].kind == "name" and self.tokens[-1].end == start and _mangled(source):
                # h*{\theta} where the text shows a formatter's mangling (\sum*{, \_): h_θ, or the product h·θ
                # the '*' writes? The two differ, and neither is picked
                written = source[self.tokens[-1].start:start + 1]
                self.fail(f"'{written}{{' may be a subscript whose '_' a Markdown formatter turned into '*' (as "
                          f"elsewhere in this text), or a product", start,
                          hint=f"write {written[:-1]}_{{…}} for the subscript, or {written[:-1]} \\cdot {{…}} for "
                               "the product")
            elif char in "_|" and (size := _SIZE_ANNOTATION.match(source, start, self.end)) is not None:
                self.size_annotation(size)
            elif char in "+-−*/^_=,.:":
                text = {"−": "-"}.get(char, char)
                self.add("op", text, start, start + 1)
                self.position += 1
            elif char == "|" and self.source.startswith("||", start) and start + 2 <= self.end:
                self.add("norm", "‖", start, start + 2)  # ||w||: a norm, as typed on a keyboard
                self.position += 2
            elif char == "‖":
                self.add("norm", "‖", start, start + 1)
                self.position += 1
            elif char == "∑":
                # U+2211 N-ARY SUMMATION, a page's own summation sign beside its LaTeX (∑(y_t - w \cdot x - b)^2):
                # it is no letter (unlike the Greek Σ, which \Sigma may mean), so it is \sum, as typed
                self.add("sum", "sum", start, start + 1)
                self.note("the Unicode ∑ is read as the summation sign \\sum")
                self.position += 1
            elif char == "Σ" and self.scripted_sigma(start, start + 1):
                pass  # Σ_{i=1}^n pasted into LaTeX: the summation sign (noted); the position moved past it
            elif char == "×":  # the symbol itself, as a page types \times beside its LaTeX (\frac{-1}{m} × \sum …)
                self.add("op", "*", start, start + 1)
                self.position += 1
            elif char in "·⋅":  # a middle dot (a PDF's text layer, a note app) where the page sets \cdot: (w · x^{(i)} + b)
                self.add("op", "·", start, start + 1)
                self.position += 1
            elif char in "•∙":  # a bullet pasted for the times sign (h • x_j), as \bullet is: as '·', noted
                refuse_a_katakana_dot_between_digits(self.source, self.position)
                self.add("op", "·", start, start + 1)
                self.note(BULLET_NOTE.format(dot=BULLETS[char]))
                self.position += 1
            elif char in "・･":  # the katakana middle dot, a Japanese page's product dot (w・x + b): as '·', noted
                refuse_a_katakana_dot_between_digits(self.source, self.position)
                self.add("op", "·", start, start + 1)
                self.note(KATAKANA_DOT_NOTE.format(dot="the katakana middle dot (・)" if char == "・"
                                                   else "the halfwidth katakana middle dot (･)"))
                self.position += 1
            elif char == "∂":  # the symbol itself, as a page types \partial beside its LaTeX (\frac{∂}{∂w})
                self.add("partial", "partial", start, start + 1)
                self.position += 1
            elif char == "∇":  # the symbol itself, as a Markdown code block writes \nabla
                self.add("nabla", "nabla", start, start + 1)
                self.position += 1
            elif char == "⊤":
                # X^⊤ and X^{⊤} are the script of a '^' already read; X⊤X, as a MathJax copy flattens X^\top X,
                # writes no '^', so it is supplied as for ᵀ below
                if not (self.tokens and (self.tokens[-1].text == "^" or (
                        self.tokens[-1].kind == "lbrace" and len(self.tokens) > 1 and self.tokens[-2].text == "^"))):
                    self.add("op", "^", start, start + 1)
                self.add("transpose", "T", start, start + 1)
                self.position += 1
            elif char == "ᵀ":  # a superscript T of its own: \thetaᵀ x
                self.add("op", "^", start, start + 1)
                self.add("transpose", "T", start, start + 1)
                self.position += 1
            elif char == "|":
                if not self.vector_bar("|", start, start + 1):
                    _absolute_value("|", self.source, start)
            elif char in conventions.VULGAR_FRACTIONS:
                # ½, ¼: the fraction it is, as a group, so that ½ x reads (1/2)·x; ½m is refused
                conventions.refuse_fraction_before_count(self.source, start, latex=True)
                numerator, denominator = conventions.VULGAR_FRACTIONS[char]
                for kind, text in (("lbrace", "{"), ("number", numerator), ("op", "/"), ("number", denominator), ("rbrace", "}")):
                    self.tokens.append(_Token(kind, text, start, start + 1, text))  # raw as written out
                self.position += 1
            elif char == ";" and self.parameters_after_semicolon(start):
                pass  # p(x_i;\beta): the parameters after ';' are skipped (noted); the position moved past them
            elif char == "ŷ" or char == "y" and self.source[start + 1:start + 2] == "\u0302":
                # a page's literal ŷ inside LaTeX (petcomp's \sum _{i=1} ^m (ŷ _i - y _i) ^2): \hat{y}, as typed
                stop = start + (1 if char == "ŷ" else 2)
                self.add("hat", "y" if self.hat_is_let("y") else vocab.PREDICTION, start, stop)
                self.note(f"the Unicode {self.source[start:stop]} is read as \\hat{{y}}, the prediction")
                self.position = stop
            elif char in _UNICODE_SCRIPTS and self.unicode_scripts(start):
                pass  # θ₀, xⱼ⁽ⁱ⁾, (…)² pasted into LaTeX: TeX's scripts (noted); the position moved past them
            elif char == "Σ" and self.bare_sigma(start):
                pass  # Σ(h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)²: a summation sign without scripts, its range checked by the parser (noted)
            elif char == "Σ":
                # a Σ where some Sigma has no scripts: a summation sign, or a matrix (a covariance Σ)? Not picked
                self.fail("unexpected character 'Σ': a summation sign, or a matrix (this text writes a Sigma without "
                          "scripts)", start, hint="write \\sum_{i=1}^{m} for the sum; a matrix Σ is not read")
            else:
                shown = f"'{char}'" if char.isprintable() and not char.isspace() else f"U+{ord(char):04X}"
                self.fail(f"unexpected character {shown}", start)
        if self.unicode_written:
            self.note("the Unicode sub- and superscripts typed beside the LaTeX are read as TeX's scripts, as "
                      "lecture notes type them: " + ", ".join(f"{written} as {tex}"
                                                             for written, tex in self.unicode_written.items()))
        self.brace_sized_scripts()
        self.derivatives_over()
        self.operator_times_cost()
        self.breaks_between_factors()
        self.tokens.append(_Token("end", "", self.end, self.end, ""))
        return self.tokens

    def breaks_between_factors(self) -> None:
        r"""Note a line break ``\`` that stands between two operands with no operator at it.

        ``rac{1}{m}\sum_i (h - y) \ x_j``: a long product broken over two lines, read as the product TeX shows
        as juxtaposition. But ``… \ rac{\lambda}{2m}\sum_j 	heta_j^2`` is more likely a ``+`` lost at the
        break, and reading it as a product then changes the cost. The product is kept (it is what is written), and
        said, so that a reader who meant a sum sees it. Rows of a matrix or of cases are not read here.
        """
        environments = ("matrix", "cases", "array")
        # tokens stand in order of their place: the token before a break and the one after it by bisection, so a
        # text of thousands of breaks is read in n log n, not n² (every command is bounded in work)
        ends = [token.end for token in self.tokens]
        starts = [token.start for token in self.tokens]
        for start, stop in self.breaks:
            last, first = bisect.bisect_right(ends, start) - 1, bisect.bisect_left(starts, stop)
            if last < 0 or first >= len(self.tokens):
                continue
            opened = [token.text for token in self.tokens[:last + 1] if token.kind == "begin_env"]
            if opened:  # rare: only a text with environments pays for this walk
                closed = [token.text for token in self.tokens[:last + 1] if token.kind == "end_env"]
                if any(name.endswith(environments) for name in opened[len(closed):]):
                    continue
            if self.tokens[last].kind in ("name", "number", "close", "rbrace", "transpose", "prime", "hat", "ones") \
                    and self.tokens[first].kind in ("name", "number", "open", "lbrace", "function", "sum", "frac",
                                                    "hat", "ones", "nabla"):
                self.note("the line break \\\\ between two factors, with no sign at it, is read as their product, "
                          "as written; write + (or −) at the break if the next row adds (or subtracts) its term")

    def operator_times_cost(self) -> None:
        r"""Drop the '×' of ``\frac{∂}{∂θ_0} \times J(\theta_0,\theta_1) = …``: the operator applied to the cost (noted).

        Spanish lecture notes write the partial of J as the operator, a times sign, then J: an operator has no value
        to multiply, so the × applies it, ∂J/∂θ₀ (a left side naming the derivative). Only where the operator
        \frac{∂}{∂…} opens the text, the cost's name (J, L, E) stands right after the ×, then its bracket or the '='
        of the left side, and an '=' follows: anything else keeps the product, as written.
        """
        tokens = self.tokens
        first = 1 if tokens and tokens[0].kind == "delimiter" else 0
        kinds = [token.kind for token in tokens[first:first + 6]]
        if kinds != ["frac", "lbrace", "partial", "rbrace", "lbrace", "partial"]:
            return
        close = next((k for k in range(first + 6, len(tokens)) if tokens[k].kind in ("rbrace", "lbrace")), None)
        if close is None or tokens[close].kind != "rbrace" or close + 3 >= len(tokens):
            return
        times, name, after = tokens[close + 1], tokens[close + 2], tokens[close + 3]
        if not (times.kind == "op" and times.text == "*" and times.raw in ("×", "\\times")
                and name.kind == "name" and name.raw in _TIMES_APPLIED_COSTS
                and (after.kind == "open" and after.text == "(" or after.kind == "op" and after.text == "=")
                and any(token.kind == "op" and token.text == "=" for token in tokens[close + 3:])):
            return
        del tokens[close + 1]
        written = self.source[tokens[first].start:name.end]
        self.note(f"'{' '.join(written.split())}': the '{times.raw}' between the derivative operator and the cost's "
                  f"name applies the operator to it, as these notes write a derivative: read as ∂{name.raw}/∂…")

    def derivatives_over(self) -> None:
        r"""``{\partial L \over \partial w_j}`` as ``\frac{\partial L}{\partial w_j}``: plain TeX's derivative.

        Course notes typed in plain TeX's habit write a derivative as ``{\partial A \over \partial B}`` (Wocjan's
        ``{\mathrm{d} \mathcal{L} \over \mathrm{d}a}`` beside it): a fraction whose numerator and denominator
        both open with ∂ is Leibniz's derivative, as ``\frac`` writes it, and is read so (the tokens
        rewritten, their columns kept). Any other ``{a \over b}`` stays the fraction it is.
        """
        tokens = self.tokens
        k = 0
        while k < len(tokens):
            if tokens[k].kind != "lbrace" or k + 1 >= len(tokens) or tokens[k + 1].kind != "partial":
                k += 1
                continue
            depth, over, close = 0, [], None
            for m in range(k, len(tokens)):
                kind = tokens[m].kind
                depth += 1 if kind in ("lbrace", "open") else -1 if kind in ("rbrace", "close") else 0
                if depth == 1 and kind == "op" and tokens[m].text == "over":
                    over.append(m)
                if depth == 0:
                    close = m
                    break
            if close is None or len(over) != 1 or tokens[over[0] + 1].kind != "partial":
                k += 1
                continue
            bar, opened = tokens[over[0]], tokens[k]
            tokens[over[0]:over[0] + 1] = [_Token("rbrace", "}", bar.start, bar.start, "}"),
                                            _Token("lbrace", "{", bar.end, bar.end, "{")]
            tokens.insert(k, _Token("frac", "frac", opened.start, opened.start, opened.raw))
            k += 2

    def brace_sized_scripts(self) -> None:
        r"""``x^\left( i \right)`` as ``x^{\left( i \right)}``: a sized bracket after ``^`` or ``_`` is the script.

        TeX itself stops at ``^\left`` (a script needs a group), but MathJax sets the whole
        ``\left…\right`` group as the script, so a page whose MathJax source is copied back shows
        x⁽ⁱ⁾ (Shuang Li's notes write ``h_\theta \left( x ^ \left( i \right) \right)``). Braced, the script
        is read as ``^{(i)}`` is, wherever that is read (noted); a bare ``^(i)`` stays refused, as TeX
        sets it x⁽i).
        """
        tokens = self.tokens
        k = 0
        while k + 1 < len(tokens):
            script, opened = tokens[k], tokens[k + 1]
            if not (script.kind == "op" and script.text in ("^", "_") and opened.kind == "open"
                    and opened.raw.startswith("\\left")):
                k += 1
                continue
            depth, close = 0, None
            for m in range(k + 1, len(tokens)):
                if tokens[m].kind == "open":
                    depth += 1
                elif tokens[m].kind == "close":
                    depth -= 1
                    if depth == 0:
                        close = m
                        break
            if close is None or not tokens[close].raw.startswith("\\right"):
                k += 1
                continue
            base = tokens[k - 1].raw if k and tokens[k - 1].kind == "name" else ""
            group = self.source[opened.start:tokens[close].end]
            self.note(f"{base}{self.source[script.start:tokens[close].end]} is read as {base}{script.text}{{{group}}}: "
                      "MathJax sets a \\left…\\right group after a script sign as the whole script")
            tokens.insert(close + 1, _Token("rbrace", "}", tokens[close].end, tokens[close].end, "}"))
            tokens.insert(k + 1, _Token("lbrace", "{", opened.start, opened.start, "{"))
            k = close + 2

    def parameters_after_semicolon(self, semicolon: int) -> bool:
        r"""Skip ``;\beta`` in ``p(x_i;\beta)``: a call's parameters, written after a semicolon (ESL, Murphy).

        ML notes write ``p(x;\beta)`` for the model probability at x with the
        parameters β: a function of x, the parameters held as they are everywhere
        else. Read as ``p(x_i)`` (noted) only when everything after the ';' is a
        parameter vector or the intercept (θ, w, β, b): data after a ';'
        (``\ell(a; y)``) varies from call to call and cannot be dropped, so that
        stays refused. A left side's ';' (``L(w; X, y) =``) is read apart, as a separator.
        """
        opened = _innermost_open(self.tokens)
        if opened is None or self.tokens[opened].text != "(" or opened == 0:
            return False
        function = self.tokens[opened - 1]
        if function.kind not in ("name", "word", "hat") or function.end != self.tokens[opened].start:
            return False
        close = self.source.find(")", semicolon, self.end)
        if close < 0:
            return False
        right = re.search(r"\\right\s*$", self.source[semicolon:close])
        inner_end = semicolon + right.start() if right else close
        if any(char in self.source[semicolon + 1:inner_end] for char in "([;=|"):
            return False
        try:
            inner = _Tokenizer(self.source, semicolon + 1, inner_end, self.names).run()[:-1]
        except InputError:
            return False
        names, commas = inner[0::2], inner[1::2]
        if not names or len(inner) % 2 == 0 or any(t.kind != "op" or t.text != "," for t in commas):
            return False
        if any(t.kind != "name" or t.text not in _HELD_PARAMETERS for t in names):
            return False
        call = self.source[function.start:close + 1]
        arguments = self.source[self.tokens[opened].end:semicolon].strip()
        fixed = self.source[semicolon + 1:inner_end].strip()
        if self.log_likelihood_of_the_data(opened, semicolon, call):
            return True
        self.note(f"{call}: what follows ';' ({fixed}) names the model's parameters, held fixed, as in p(x;β), "
                  f"the model probability at x: read as {function.raw}({arguments})")
        self.position = inner_end
        return True

    def log_likelihood_of_the_data(self, opened: int, semicolon: int, call: str) -> bool:
        r"""``\log p(D; w)``: the log-likelihood of the data set D under the parameters, read as ℓ(w) (noted).

        A GLM post names its objective so (``\log p(D; w) = \sum_i […]``, then
        ``\frac{\partial \log p(D; w)}{\partial w}``): p(D; w), the probability of the whole
        data set, is no model probability at one example (dropping w would leave log p(D), a
        number of no parameter). Only a ``\log`` right before p and one data-set letter D
        (``\mathcal{D}``) before the ';': ``\log p(y_i; \lambda_i)`` and ``\log p(x; w)`` stay as they were.
        """
        if opened < 2 or len(self.tokens) != opened + 2:
            return False
        log, function, data = self.tokens[opened - 2], self.tokens[opened - 1], self.tokens[opened + 1]
        if log.kind != "function" or log.text != "log" or function.kind != "name" or function.text != "p" \
                or data.kind != "name" or data.text != "D":
            return False
        del self.tokens[opened - 2:]
        self.tokens.append(_Token("name", "ℓ", log.start, function.end, self.source[log.start:function.end]))
        self.tokens.append(_Token("open", "(", semicolon, semicolon + 1, "("))
        self.note(f"\\log {call}: the log of the probability of the data set {data.raw} under the parameters after ';' "
                  "is the log-likelihood: read as ℓ of those parameters, the objective")
        self.position = semicolon + 1
        return True

    def vector_bar(self, raw: str, start: int, after: int) -> bool:
        r"""Read a single bar as a norm's: ``\frac{1}{N}\left | Xw-Y \right |^2`` (yunlaix.github.io).

        Only around a vector of the examples in matrix form (the data matrix X
        times the parameters, less y or Y), or the parameter vector alone (``|w|^2``,
        a ridge penalty), squared right after the closing bar (or after the 2-norm's
        subscript, ``|w|_2^2``): |v|² of a vector is ‖v‖², noted. A scalar's |x|, an entry's |w_j| and |w| not squared stay refused.
        """
        closings = self.__dict__.setdefault("norm_bars", set())
        if start in closings:
            self.add("norm", "‖", start, after)
            self.position = after
            return True
        if raw.startswith("\\right"):
            return False
        closing = _CLOSING_BAR.search(self.source, after, self.end)
        if closing is None:
            return False
        inside = self.source[after:closing.start()]
        squared = self.source[closing.end():self.end].lstrip()
        # |w|^2 in a ridge penalty: the parameter vector's squared norm (for a one-number w, w², the same value)
        alone = _PARAMETER_ALONE.fullmatch(inside) is not None
        # |y - Xw|_2^2 (hackmd's ridge): the subscript 2 names the 2-norm itself, squared after it (|w|_1 stays refused)
        two = _TWO_NORM_MARK.match(squared)
        if "|" in inside or not (_VECTOR_OF_EXAMPLES.fullmatch(inside) or alone) \
                or not squared[two.end() if two else 0:].startswith(("^2", "^{2}")):
            return False
        if raw == "|" and closing.group().startswith("\\right") or raw != "|" and not closing.group().startswith("\\right"):
            return False
        closings.add(closing.start())
        self.add("norm", "‖", start, after)
        held = "the parameter vector" if alone else "a vector of the examples"
        self.note(f"the single bars {self.source[start:closing.end()]} hold {held}: "
                  "read as its norm ‖…‖ (|v|² of a vector is ‖v‖²)")
        self.position = after
        return True

    def factorial(self, start: int) -> None:
        """``y_i!``: a factorial, read by the parser only of the data (``_Parser.factorial``)."""
        self.add("factorial", "!", start, start + 1)
        self.position += 1

    def letters(self) -> None:
        """A run of letters: a defined name, or one name per letter (``xy`` is x·y, as in TeX)."""
        source, start = self.source, self.position
        stop = start
        while stop < self.end and source[stop] in _ASCII_LETTERS:
            stop += 1
        word = source[start:stop]
        self.position = stop
        if len(word) > 1 and word in self.names:
            self.add("name", word, start, stop)
            return
        if word in _COUNT_LETTERS and self.labelled_count(word, start, stop):
            return
        if word in _BARE_FUNCTIONS:
            # 'log' written without its backslash, as a word of its own: the logarithm (with a note)
            self.add("function", vocab.FUNCTIONS[word], start, stop)
            return
        if self.glued_function(word, start, stop):
            return
        if self.function_glued_before(word, start, stop):
            return
        if word == "sum" and source[stop:self.end].lstrip()[:1] in ("_", "^", "(") and "sum" not in self.names and (
            start == 0 or source[start - 1] != "\\"
        ):
            # sum_{i=0}^{m-1} (…), sum((h - y)^2): the summation sign typed without its backslash, with its limits
            # or its bracket after it (DLAI's notes retyped, plain text with one braced limit); a word of three
            # letters so followed is no product s·u·m anyone writes
            self.add("sum", "sum", start, stop)
            self.note("'sum' without a backslash, followed by its limits or its bracket, is read as the summation "
                      "sign Σ (\\sum)")
            return
        if len(word) > 1 and self.names_the_left_side_called(word, stop):
            # cost(h_{\theta}(x),y) = …: the formula's name in letters, not \cos of t (a CSDN blog)
            self.add("word", word, start, stop)
            return
        if len(word) > 1:
            if word.lower() in vocab.NOT_YET_SUPPORTED:
                _not_yet(word, self.source, start)
            known = [w for w in _WORDS_TO_CHECK if w == word or (len(w) >= 3 and w in word)]
            if known:
                found = max(known, key=len)
                column = start + word.index(found)
                if found in vocab.NOT_YET_SUPPORTED:
                    _not_yet(found, self.source, column)
                if found in _UNSUPPORTED_FUNCTIONS:
                    self.fail(f"'{found}' is not supported", column)
                self.fail(
                    f"'{found}' without a backslash reads as a product of letters",
                    column,
                    hint=f"write \\{found}" + (" or \\operatorname{" + found + "}" if found in vocab.FUNCTIONS else ""),
                )
        for offset, letter in enumerate(word):
            self.add("name", letter, start + offset, start + offset + 1)

    def labelled_count(self, letter: str, start: int, stop: int) -> bool:
        r"""``m_{train}``, ``m_{\text{train}}``, ``n_{samples}``: a count labelled with what it counts, read as the letter.

        Course notes (the Machine Learning Specialization's, CS229's) write the number
        of training examples ``m_{train}`` beside ``m_{test}``; in a cost it is the
        count the mean runs over, m (or n, read as m where it counts the examples).
        Read so, noted, only where the letter appears with that one label and never
        bare or with another label: ``m_{train}`` beside ``m`` or ``m_{test}`` could
        be two counts, and is refused with both spellings.
        """
        label = _count_label(self.source, stop, self.end)
        if label is None or label[0] not in _COUNT_WORDS:
            return False
        word, after = label
        labels: dict[str, str] = {}  # each label (or '' bare) and how the text first spells it
        for written in re.finditer(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", self.source[:self.end]):
            other = _count_label(self.source, written.end(), self.end)
            spelt = self.source[written.start():other[1]] if other else letter
            labels.setdefault(other[0] if other else "", " ".join(spelt.split()))
        # n_samples counts every example, so a sum over them runs to it (a training count, m_{train}, may be a
        # part of the m examples: refused)
        limit = word in _ALL_EXAMPLES and set(labels) == {word, ""} \
            and _bare_only_as_example_limit(self.source, self.end, letter)
        if set(labels) != {word} and not limit:
            # echoed as the text spells them (n_samples, n_{\text{samples}}), not respelt: the writer finds them so
            shown = " and ".join(f"'{labels[other]}'" for other in sorted(labels, key=lambda each: (each != word, each)))
            others = " and ".join(f"'{labels[other]}'" + (" alone" if not other else "") for other in sorted(labels)
                                  if other != word)
            self.fail(
                f"{shown} are both written: one count or two?",
                start,
                hint=f"'{labels[word]}' is {letter} labelled '{word}' (what it counts), beside {others}; write the "
                     f"count one way, e.g. '{labels[word]}' everywhere",
            )
        self.add("name", letter, start, after)
        self.note(f"{self.source[start:after]} is read as {letter}: a count labelled '{word}', which only names "
                  "what is counted")
        if limit:
            self.note(f"the bare {letter}, written only as the limit of a sum over the examples, is the same count as "
                      f"{labels[word]}: the number of examples")
        self.position = after
        return True

    def glued_function(self, word: str, start: int, stop: int) -> bool:
        """``ylog(\\hat y)``: letters glued to a bare function that a bracket follows, y·log(ŷ); noted.

        A fraction or a TeX space and a letter after it is an argument as surely as a bracket is (a Chinese note's
        ``y^Tlog\\frac{1}{1+e^{-θᵀx}}``, ``y^Tlog \\ h_\\theta(x)``): the letters, then the function of what follows.
        """
        function = next((f for f in _GLUED_FUNCTIONS if word.endswith(f) and len(word) > len(f)), None)
        if function is None:
            return False
        prefix = word[: -len(function)]
        rest = self.source[stop:self.end].lstrip()
        # ylog\hat{y} (a Chinese note's L(ŷ, y)): the accented letter is the operand as a bracket would be, one
        # letter under one accent, as \log\hat{y} reads; a longer operand after it stays the parser's to split
        if not (rest.startswith("(") or rest.startswith("\\left(") or rest.startswith("\\left (")
                or _ACCENTED_OPERAND.match(rest) or _GLUED_ARGUMENT.match(rest)):
            return False
        if any(w in prefix for w in _WORDS_TO_CHECK if len(w) >= 3):
            return False
        for offset, letter in enumerate(prefix):
            self.add("name", letter, start + offset, start + offset + 1)
        split = stop - len(function)
        self.add("function", vocab.FUNCTIONS[function], split, stop)
        previous = self.tokens[-3] if len(self.tokens) >= 3 else None
        if prefix in ("T", "t") and previous is not None and previous.text == "^" and previous.end == start:
            # \textbf{1}^Tln(…): the T is the transpose's, not a factor T
            self.glued.append(f"'^{word}' is read as ^{prefix} {function}: the transpose, then the function {function} "
                              "written without a backslash")
            return True
        self.glued.append(f"'{word}' is read as {'·'.join(prefix)}·{function}: the function {function} written without a backslash, after {prefix}")
        return True

    def function_glued_before(self, word: str, start: int, stop: int) -> bool:
        r"""``logh_\theta(x)``, ``logL(\theta)``: a bare log glued to the one letter it is applied to; noted.

        Chinese course notes type ``y^{(i)}logh_\theta(x^{(i)})``: log of h_θ(x⁽ⁱ⁾). Read
        so only for log or ln and a single letter that a subscript or a bracket
        follows (the letter is the function applied); anything longer stays refused.
        """
        script = ""
        if len(word) > 1 and self.tokens and self.tokens[-1].text in ("^", "_") and self.tokens[-1].end == start:
            # y^ilogh_{\theta}(…) (a Chinese tutorial), t_nlogy_n (Zeema's Bishop-style E(w, b)): TeX's '^' and '_'
            # take the one letter i or n, the rest is a word of its own
            script = word[0]
        rest = word[len(script):]
        function = next((f for f in ("log", "ln") if rest.startswith(f) and len(rest) == len(f) + 1), None)
        factor = next((f for f in ("log", "ln") if not script and len(word) == len(f) + 2 and word[1:].startswith(f)),
                      None)
        if function is None and factor is not None and not self.source.startswith(("_", "(", "^", "{", "'"), stop):
            # -yloga-(1-y)log(1-a) (a Chinese note's one-example loss): one letter, log, one letter, then an
            # operator or the end: y·log a, as \log a reads; a subscript, power or bracket after it stays refused
            self.add("name", word[0], start, start + 1)
            self.add("function", vocab.FUNCTIONS[factor], start + 1, stop - 1)
            self.add("name", word[-1], stop - 1, stop)
            self.note(f"'{word}' is read as {word[0]}·{factor} {word[-1]}: the function {factor} written without a "
                      f"backslash, between the letters {word[0]} and {word[-1]}")
            return True
        if function is None or not self.source.startswith(("_", "("), stop):
            return False
        letter = word[-1]
        mark = self.tokens[-1].text if script else ""
        if script:
            self.add("name", script, start, start + 1)
        self.add("function", vocab.FUNCTIONS[function], start + len(script), stop - 1)
        self.add("name", letter, stop - 1, stop)
        self.note(f"'{mark}{word}' is read as {mark + script + ' ' if script else ''}{function} "
                  f"{letter}: the function {function} written without a backslash, before {letter}")
        return True

    def control_word(self) -> tuple[str, int]:
        """The command starting at ``self.position`` (a backslash): its name and where it ends."""
        source, start = self.source, self.position
        stop = start + 1
        if stop >= self.end:
            self.fail("a lone backslash", start)
        if source[stop] in _ASCII_LETTERS:
            while stop < self.end and source[stop] in _ASCII_LETTERS:
                stop += 1
            return source[start + 1 : stop], stop
        return source[stop], stop + 1

    def unbraced_script(self, name: str, start: int, stop: int) -> bool:
        r"""Read ``J_\text{lr}``, ``\mathcal{L}_\text{nll}`` as the braced ``J_{\text{lr}}``; False if no ``_`` is before.

        A script takes one argument, and ``\text{lr}`` is one: TeX sets
        ``J_\text{lr}`` exactly as ``J_{\text{lr}}`` (MIT 6.390's notes write the
        cost's label so). Tokenized without the braces, the word would stand before
        the cost's bracket as a function applied to it (``unknown function 'lr'``);
        with them it is read as the braced label is, wherever that is read.
        """
        if not self.tokens or self.tokens[-1].kind != "op" or self.tokens[-1].text != "_":
            return False
        _, _, after = self.braced(stop, name)
        self.add("lbrace", "{", start, start)
        end, self.end = self.end, after
        self.position = start
        try:
            self.command()  # the word alone in its group, as inside J_{…}: a label, a known name, a count's word
        finally:
            self.end = end
        self.position = after
        self.add("rbrace", "}", after, after)
        return True

    def unbraced_letter(self, name: str, stop: int) -> bool:
        r"""Read ``\text h_\theta(x)`` (no braces) as ``h_\theta(x)``; False unless a letter follows the command.

        TeX takes an undelimited argument as the one token after the command: ``\text h`` sets the letter h
        upright, as ``\text{h}`` does, and the rest (``_\theta(x)``) stays maths. An Obsidian note's stray
        ``\text`` before its model's row (``h_{\theta}(x) = …``) was refused as needing braces, though it
        typesets the very name the derivation uses. The letter is read as the name it is, not as words dropped.
        """
        letter = stop
        while letter < self.end and self.source[letter].isspace():
            letter += 1
        if letter >= self.end or self.source[letter] not in _ASCII_LETTERS:
            return False
        self.note(f"'\\{name}' without braces takes the one letter after it, as TeX does: "
                  f"'\\{name} {self.source[letter]}' is read as {self.source[letter]}")
        self.position = letter
        return True

    def conclusion_mark(self, name: str, start: int, stop: int) -> None:
        r"""Drop ``\therefore`` (∴, "hence") opening a text or a row: a mark in words, not mathematics.

        ``\therefore L(\hat{y}) &= …`` states the row's equation as a consequence of the rows before, as prose's
        "so" would: the equation is read as written (noted). Between two pieces of maths on one row (``a = b
        \therefore c = d``) it joins two statements, and dropped there it would make a product of them: refused.
        """
        before = self.tokens[-1].end if self.tokens else 0
        if self.tokens and self.tokens[-1].kind != "delimiter" and _LINE_BREAK.search(self.source, before, start):
            # J = … \\ \therefore J = … given as one formula (--cost, an answer): the reader joins its rows, so the
            # dropped mark made the second statement a factor of the first ("equivalent" to A·B, audit28b)
            self.fail(f"'\\{name}' (hence) after a line break starts a second statement, but this formula's rows "
                      "are read as one: dropped, what follows it would multiply what comes before", start,
                      hint="give the one statement you mean; to check a derivation row by row, use 'logderiv steps'")
        if self.tokens and self.tokens[-1].kind != "delimiter" and not _ROW_OPENS.search(self.source, before, start):
            self.fail(f"'\\{name}' (hence) joins two statements on one row: "
                      "dropped, what follows it would multiply what comes before", start,
                      hint="put each statement on a row of its own (after \\\\), or in a display of its own")
        self.position = stop
        self.note(f"\\{name} opening a row is a mark in words (hence): "
                  "dropped, the row's equation read as written")

    def uncoloured_sum(self, colour: str) -> bool:
        r"""Read a coloured group that ends in a sum, ``\textcolor{cyan}{\frac{1}{N} \sum } f``, without its braces.

        A note colours the factors it moves (linearity takes 1/N Σ out of ∂/∂w) and leaves the summand outside the
        colour: the braces only delimit the colour, a Σ left with no summand inside them has none but what follows
        them, so the sum runs over that (its summand as an uncoloured Σ's is). Any other coloured group stays a group.
        True if it was read so (noted).
        """
        at = self.position
        while at < self.end and self.source[at].isspace():
            at += 1
        if not self.source.startswith("{", at):
            return False
        _, begin, after = self.braced(at, colour.lstrip("\\"))
        if _ENDS_IN_A_SUM.fullmatch(self.source, begin, after - 1) is None:
            return False
        self.unbraced.add(after - 1)
        self.position = begin
        shown = " ".join(self.source[begin:after - 1].split())
        self.note(f"{colour}{{{shown}}}: the coloured sum has no summand inside the colour's braces, so it runs over "
                  "what follows them (the braces only delimit the colour)")
        return True

    def braced(self, after: int, command: str) -> tuple[str, int, int]:
        """The text of a ``{...}`` argument starting at ``after`` (spaces allowed before it).

        Returns the text, its offset and the offset after the closing brace.
        """
        position = after
        while position < self.end and self.source[position].isspace():
            position += 1
        if position >= self.end or self.source[position] != "{":
            self.fail(f"'\\{command}' needs an argument in braces", self.position, hint=f"write \\{command}{{...}}")
        depth = 0
        for stop in range(position, self.end):
            if self.source[stop] == "{" and self.source[stop - 1] != "\\":
                depth += 1
            elif self.source[stop] == "}" and self.source[stop - 1] != "\\":
                depth -= 1
                if depth == 0:
                    return self.source[position + 1 : stop], position + 1, stop + 1
        self.fail(f"the argument of '\\{command}' is never closed", position, hint="add '}'")

    def sigma_is_value(self, stop: int) -> bool:
        r"""Whether ``\sigma`` ending at ``stop`` is the value a --let names σ: bare, or before a bracket holding a bare σ.

        ``\sigma(1-\sigma)`` is then σ·(1 − σ) (the derivative's product); ``\sigma(w^Tx)``
        stays the function.
        """
        after = stop
        while after < self.end and self.source[after].isspace():
            after += 1
        if after >= self.end or self.source[after] not in "({" and not self.source.startswith("\\left", after):
            return True
        if self.source[after] != "(":
            return False
        depth, close = 0, None
        for position in range(after, self.end):
            depth += {"(": 1, ")": -1}.get(self.source[position], 0)
            if depth == 0:
                close = position
                break
        inner = self.source[after + 1:close] if close is not None else ""
        return re.search(r"\\sigma(?![A-Za-z])(?!\s*[({])", inner) is not None

    def refuse_defining_comment(self, start: int, stop: int) -> None:
        r"""Refuse ``… \|w\|^2 % \lambda = 2``, ``… (h - y)^2 % h = \tanh(w^T x)``: a comment giving a value or a model.

        Dropped, the formula was read without it: h as the default model (a right tanh answer "different", a linear
        one "equivalent"), λ as a symbol (a right answer with 2 for it "different"). Only a comment whose ``=`` gives
        a name the formula itself writes is refused; any other comment carries no mathematics.
        """
        defined = _DEFINED_IN_COMMENT.search(self.source, start + 1, stop)
        if defined is None:
            return
        name = defined.group("name")
        letter = name.lstrip("\\")
        spelled = (rf"(?:\\{letter}(?![A-Za-z])|{re.escape(_GREEK_LETTERS.get(letter, name))})"
                   if len(letter) > 1 else rf"(?<![A-Za-z\\]){name}(?![A-Za-z])")
        outside = self.source[:start] + " " * (stop - start) + self.source[stop:]
        if not re.search(spelled, outside):
            return
        written = self.source[start:stop].strip()
        given = self.source[defined.start("name"):stop].strip()
        self.fail(
            f"the comment '{written}' gives {name}: dropped as a comment, the formula would be read without it",
            defined.start("name"),
            hint=("write its value in the formula in its place, or drop the comment" if letter in vocab.FIXED_NAMES
                  else f"give it with --let '{given}', or drop the comment"),
        )

    def command(self) -> None:
        start = self.position
        name, stop = self.control_word()
        raw = "\\" + name
        if name in _ELLIPSES:
            self.add("ellipsis", "…", start, stop)  # \dots, \ldots, \cdots: θ₁x₁ + \dots + θₙxₙ
            self.position = stop
        elif name in _FONT_SWITCHES and self.font_switched_word(_FONT_SWITCHED_WORD.match(self.source, stop, self.end), start):
            pass  # \rm{expit}(z), \rm foo(z): plain TeX's upright word, applied to a bracket
        elif name in ("quad", "qquad") and not _AFTER_SEPARATOR.search(self.source[max(0, start - 16):start]) \
                and (number := _NUMBERED_AFTER_SPACE.fullmatch(self.source, stop, self.end)):
            # x_j^{(i)} \qquad (2): the equation's number set apart at the formula's end, as a page's row reads it
            # (document.py); read, (2) multiplied a right gradient silently (audit26c)
            self.note(f"({number.group('value')}), set apart by a space at the end of the formula, is the equation's "
                      "number: not read")
            self.position = self.end
        elif name in _NOISE:
            if name in ("cancel", "bcancel", "xcancel"):
                self.note(f"\\{name}{{…}} strikes through terms a step shows cancelling: a mark, the terms read as "
                          "written (the next step writes them gone)")
            self.position = stop
        elif name in ("leftarrow", "gets", "longleftarrow"):
            self.fail(
                f"'{raw}' writes an update rule (θ ← θ − α·∂J/∂θ): logderiv checks the gradient, not the step",
                start,
                hint="give the gradient that the learning rate multiplies, e.g. \\frac{1}{m}\\sum_{i=1}^{m} "
                     "(h_\\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}",
            )
        elif name == "in" and _RANGE_AFTER.match(self.source, stop, self.end):
            # \sum_{i \in [m]}: learning theory's [m] = {1, …, m}, read by the parser only as a sum's range
            self.add("relation", "∈", start, stop)
            self.position = stop
        elif name == "in" and _DATA_SET_AFTER.match(self.source, stop, self.end) \
                and _SUM_PAIR_OPEN.search(self.source, 0, start):
            # \sum_{(\mathbf{x}_i, y_i) \in \mathcal{D}}: the examples of the data set, read only as a sum's range
            self.add("relation", "∈", start, stop)
            self.position = stop
        elif name == "in" and _SET_AFTER.match(self.source, stop, self.end):
            # j \in \{1, …, n\}: read only in a trailing qualifier on the component index (_drop_index_range)
            self.add("relation", "∈", start, stop)
            self.position = stop
        elif name == "forall" and _SUM_SUBSCRIPT_OPEN.search(self.source, 0, start) \
                and (scripted := _FORALL_SCRIPT.match(self.source, stop, self.end)) is not None:
            # \sum_{\forall n}, \sum_{\forall_{n}}: "the sum over every n", as notes write it — the sum over n, noted
            letter = scripted.group("l1") or scripted.group("l2")
            self.note(f"'\\sum_{{\\forall{self.source[stop:scripted.end()]}}}' is read as \\sum_{{{letter}}}, the sum "
                      f"over every {letter}: \\forall in a sum's subscript names its index")
            self.position = scripted.start("script")
        elif name == "forall":
            # ∀ j: read only in a trailing qualifier on the component index (_drop_index_range); checked there
            self.foralls.append(start)
            self.position = stop
        elif name in _MARKDOWN_ESCAPES:
            # \_ and \* in math copied from Markdown (a notebook, a README, a blog): Markdown escapes them so that
            # they reach MathJax as _ and *; pasted raw, the writer still means the subscript and the product
            self.note(f"Markdown's escaped '{name}' (\\{name}) is read as '{name}'")
            self.add("op", name, start, stop)
            self.position = stop
        elif name == "\\" and self.markdown_brace(start, stop):
            pass  # \\{ … \\}: Markdown's escape of the braces \{ … \} (noted)
        elif name == "\\" and self.markdown_norm(start, stop):
            pass  # \\| … \\|: Markdown's escape of the norm's bars \| … \| (noted)
        elif name == "\\":  # a line break, perhaps with a length: \\[2ex]; \\* (no page break there) is one too
            self.breaks.append((start, stop))
            self.position = stop + (self.source.startswith("*", stop))
            self.skip_space()
            if self.position < self.end and self.source[self.position] == "[":
                close = self.source.find("]", self.position, self.end)
                if close > 0 and _is_length(self.source[self.position + 1 : close]):
                    self.position = close + 1
        elif name in _CONCLUSION_MARKS:
            self.conclusion_mark(name, start, stop)
        elif name in _NOISE_WITH_ARGUMENT:
            _, _, self.position = self.braced(stop, name)
        elif name in ("min", "argmin", "arg") and self.minimised_over(name, start, stop):
            pass  # \min_w, \arg\min_\theta opening the text: the objective follows (noted)
        elif name in ("overbrace", "underbrace"):
            self.annotated_brace(name, start, stop)
        elif name in _COLOURS:
            self.position = stop  # \red{…}: a colour (MathJax) carries no mathematics; its braces stay a group
            self.uncoloured_sum(self.source[start:stop])
        elif name in ("color", "textcolor") and self.source[stop:self.end].lstrip().startswith("{"):
            # \color{red}{X^\top X \hat\beta}, \textcolor{red}{…}: the colour's name is dropped, what it colours
            # (the next group, or the rest of this one) is read as written
            colour, _, self.position = self.braced(stop, name)
            if not self.uncoloured_sum(self.source[start:self.position]):
                self.note(f"\\{name}{{{colour.strip()}}} only colours what follows: dropped")
        elif name in _E_STYLES and self.styled_euler(name, start, stop):
            pass  # \mathbb{e}^{-z}, \text{e}^{z}, \mathrm e^{z}: Euler's number styled, raised to a power
        elif name == "mathbb" and self.blackboard_data(start, stop):
            pass  # \mathbb{X}, \mathbb{Y}: Data 100's design matrix and targets (noted)
        elif name == "textbf" and self.bold_text_letter(start, stop):
            pass  # \textbf{x}: one letter in bold text type is the bold letter (noted)
        elif name in _TEXT_WORDS and self.unbraced_letter(name, stop):
            pass  # \text h_\theta(x): TeX's argument is the one letter after it, that letter set upright (noted)
        elif name in _TEXT_WORDS | _WORD_COMMANDS and self.transpose_in_text(stop):
            # y^{\text{T}}, X^{\mathrm{T}}: an upright T as the whole superscript is the transpose, as ^\top is
            _, _, self.position = self.braced(stop, name)
            self.add("transpose", "T", start, self.position)
        elif name in _TEXT_WORDS and self.text_min(name, start, stop):
            pass  # \text{min} \left\{ … \right\} opening the text: as \min does (noted)
        elif name in _TEXT_WORDS | _WORD_COMMANDS and self.unbraced_script(name, start, stop):
            pass  # J_\text{lr}(θ, θ₀): TeX's J_{\text{lr}}, read as that is
        elif name in _TEXT_WORDS:
            text, begin, self.position = self.braced(stop, name)
            word = text.strip()
            if word.lower() in vocab.NOT_YET_SUPPORTED and word not in self.names:
                # \text{ReLU}(z) names a function: dropped as a label, it would leave (z) alone
                _not_yet(word, self.source, start, shown=self.source[start:self.position])
            if word in vocab.FUNCTIONS or word == "mean" or word in self.names or self.names_the_left_side(word):
                self.add("word", word, start, self.position)
            elif self.names_the_left_side(word.replace(" ", "")) and len(word.split()) <= 3:
                # \text{Log Loss} =: a name in words, as \frac{\partial \text{Log Loss}}{…} names it
                self.add("word", " ".join(word.split()), start, self.position)
            elif self.names_a_derivative(word):
                self.add("word", " ".join(word.split()), start, self.position)
            elif self.applied_word(word, start):
                pass  # \text{sigm}(z): a function's name applied to a bracket, never a remark (see applied_word)
            elif self.sigmoid_word_before_operand(word, start):
                pass  # \text{sigm}\,\theta^Tx: the sigmoid without brackets, as \sigma\theta^Tx is
            elif (counted := _NUMBER_TIMES_COUNT.fullmatch(word)) is not None:
                # \frac{\lambda}{\text{2m}}: a number glued to a count, set upright, is that product, one group as
                # the braces make it (was: dropped as a remark, and the reader said "empty '{}'")
                self.add("lbrace", "{", start, start)
                self.add("number", counted.group("number"), start, self.position)
                self.add("name", counted.group("count"), start, self.position)
                self.add("rbrace", "}", self.position, self.position)
                self.note(f"'{self.source[start:self.position]}' is the number {counted.group('number')} times the "
                          f"count {counted.group('count')}, set in text type: read as {{{counted.group('number')}"
                          f"{counted.group('count')}}}")
            elif self.stands_as_factor(start, word):
                self.word_as_factor(word, start)
            elif _MATHS_IN_TEXT.search(text):
                # \mbox{.^2}: ^ and _ are maths only (TeX refuses them in text); dropped as words, the square would go
                self.fail(
                    f"'{self.source[start:self.position]}' holds mathematics (^ or _), which is not read inside "
                    f"\\{name}{{…}}: dropped as words, it would change the formula",
                    start,
                    hint="write it outside the braces, as maths: (X\\theta - y)^2, not (X\\theta - y)\\mbox{.^2}",
                )
            elif self.signs_in_text(text):
                # \frac{\text{2}\lambda}{2m}, S \text{ + } T: a number or a sign in words is mathematics; dropped as a
                # remark, the 2 went missing or the + became a product, silently (audit26c)
                self.fail(
                    f"'{self.source[start:self.position]}' holds a number or an operator's sign in words: dropped as "
                    "a remark, it would change the formula",
                    start,
                    hint="write it outside the braces, as maths: \\frac{2\\lambda}{2m}, not \\frac{\\text{2}\\lambda}{2m}; "
                         "S + T, not S \\text{ + } T",
                )
            elif self.tokens and self.tokens[-1].kind == "op" and self.tokens[-1].text in ("·", "*", "/"):
                # 0.5 \cdot \text{l2reg} \cdot \|w\|^2: a word where a factor stands is a quantity, not a remark
                self.fail(
                    f"'{self.source[start:self.position]}' stands where a factor does: a word logderiv does not know",
                    start,
                    hint="write the quantity as a letter (\\lambda for a regularisation strength)"
                    + (f", or define it: --let '{word} = …'" if word.isascii() and word.isalpha() else ""),
                )
            elif self.tokens and self.tokens[-1].kind == "op" and self.tokens[-1].text == "_":
                # R_\text{sq}: TeX takes the one group after '_' as the subscript, as R_{\text{sq}} braces it; read
                # as that braced label (a name's label on a left side, an empty subscript anywhere else)
                self.add("lbrace", "{", start, start)
                self.add("rbrace", "}", self.position, self.position)
            elif self.remark_between_operands(word, start):
                # x^2 \text{ for } m: dropped, the m after the words would multiply the formula (audit49)
                self.fail(
                    f"'{self.source[start:self.position]}' is words between two pieces of maths: dropped as a remark, "
                    "what follows it would multiply what comes before",
                    start,
                    hint="end the formula before the words, or write them outside the maths",
                )
            elif self.lambda_word_dropped(word, start):
                # \text{lambda}\text{lambda} w_j: the first, before another word, was dropped as a remark and the
                # second read as λ, so λλw_j was judged as λw_j (a false "equivalent", found reading this stop's change)
                self.fail(
                    f"'{self.source[start:self.position]}' is code's name of λ, the regularisation strength, standing "
                    "where logderiv reads neither a factor nor a label: dropped as a remark, the formula would lose a λ",
                    start,
                    hint="write the strength as \\lambda where it multiplies (\\lambda w_j)",
                )
            elif (qualifier := self.qualifying_remark(text)) is not None:
                # \quad \text{where m is the number of features}, \text{(up to a constant)}: dropped, the formula was
                # checked as though the words were never written, a false "equivalent" or "different" (audit27h)
                self.fail(
                    self.remark_refusal(f"'{self.source[start:self.position]}'", qualifier),
                    start,
                    hint=self.remark_hint("write a definition as --let (e.g. --let 'h = theta^T x'), and give the "
                                          "formula the words describe (with its 1/m, its λ term, its sign) without them"),
                )
            # otherwise an annotation in words ("for all i"): it carries no mathematics
        elif name in _WORD_COMMANDS:
            text, begin, self.position = self.braced(stop, name)
            word = text.strip()
            if not word.isascii() or not word.isalpha():
                self.fail(f"'\\{name}{{{text}}}' must hold a word", begin, hint="e.g. \\operatorname{softplus}")
            if word in vocab.FUNCTIONS or word == "mean" or word in self.names or self.names_the_left_side(word):
                self.add("word", word, start, self.position)
            elif self.applied_word(word, start):
                pass  # \operatorname{g}(z), \mathrm{expit}(z): as \text{…} applied to a bracket is
            elif self.sigmoid_word_before_operand(word, start):
                pass  # \mathrm{sigm}\,\theta^Tx: as \text{sigm} before an operand is
            elif (name == "mathrm" and word not in vocab.FUNCTIONS and word not in self.names
                    and _FACTOR_WORD.fullmatch(word) and self.stands_as_factor(start, word)):
                # \mathrm{reg}\|\theta\|^2: an upright word where a factor stands, as \text{reg} would be
                self.word_as_factor(word, start)
            else:
                self.add("word", word, start, self.position)
        elif name in _STYLES:
            self.style(name, start, stop)
        elif name in ("hat", "widehat"):
            self.style(name, start, stop)
        elif name == "Theta":
            self.capital_theta(start, stop)
        elif name in _GREEK_COMMANDS:
            self.add("name", _GREEK_COMMANDS[name], start, stop)
            self.position = stop
        elif name == "ell":
            self.add("name", "ℓ", start, stop)
            self.position = stop
        elif name == "pi":
            self.add("name", "pi", start, stop)
            self.position = stop
        elif name == "sigma" and SIGMA_VALUE in self.names and self.sigma_is_value(stop):
            # \sigma = \sigma(w^Tx) in a --let: a bare σ is that value, the prediction h (noted there)
            self.add("name", vocab.PREDICTION, start, stop)
            self.position = stop
            self.skip_space()
            if self.position < self.end and self.source[self.position] == "(":
                self.add("op", "*", stop, stop)  # σ(1-σ): σ times the bracket
        elif name in _FUNCTION_COMMANDS:
            self.add("function", _FUNCTION_COMMANDS[name], start, stop)
            self.position = stop
        elif name in ("langle", "rangle"):
            self.add(name, name, start, stop)  # ⟨w, x_i⟩: read by _inner_products, only as wᵀx_i
            self.position = stop
        elif name == "Gamma" and re.match(r"\s*(?:\\left\s*)?\(", self.source[stop:self.end]):
            # \ln\Gamma(y_i + 1) in a Poisson log-likelihood: read by the parser only of the data (gamma_of_data)
            self.add("function", "gamma", start, stop)
            self.position = stop
        elif name == "sum":
            self.add("sum", "sum", start, stop)
            self.position = stop
        elif name in ("frac", "dfrac", "tfrac", "cfrac"):
            self.add("frac", "frac", start, stop)
            self.position = stop
        elif name == "partial":
            self.add("partial", "partial", start, stop)
            self.position = stop
        elif name in ("cdot", "times", "ast", "div"):
            self.add("op", {"cdot": "·", "times": "*", "ast": "*", "div": "/"}[name], start, stop)
            self.position = stop
        elif name == "bullet":
            # -(…)^2 \bullet e^{-θᵀx} \bullet (-x_j) (a Chinese blog's chain rule): a times sign between two factors,
            # as \cdot is (noted); where no factor stands on a side the parser refuses it as it refuses a lone \cdot;
            # between two digits it may be a pasted raised decimal point (0\bullet5), refused as 0•5 is
            refuse_a_bullet_command_between_digits(self.source, start, stop)
            self.add("op", "·", start, stop)
            self.note(BULLET_NOTE.format(dot=BULLETS["\\bullet"]))
            self.position = stop
        elif name in ("odot", "circ"):  # the elementwise product of two vectors (matrix answers)
            self.add("op", "⊙", start, stop)
            self.position = stop
        elif name in ("top", "intercal"):
            self.add("transpose", "T", start, stop)
            self.position = stop
        elif name in ("coloneqq", "triangleq", "eqqcolon", "equiv", "coloneq"):
            if name == "eqqcolon":
                self.fail("'\\eqqcolon' defines the right side", start, hint="write NAME := EXPR")
            self.add("op", "=", start, stop)
            self.position = stop
        elif name in ("left", "right") or name in _SIZES:
            self.sized(name, start, stop)
        elif name == "qty":
            self.quantity(start, stop)
        elif name == "over":  # plain TeX's fraction: {a \over b}
            self.add("op", "over", start, stop)
            self.position = stop
        elif name in _RELATION_COMMANDS:
            self.add("relation", _RELATION_COMMANDS[name], start, stop)
            self.position = stop
        elif name == "prime":
            self.add("prime", "\\prime", start, stop)  # read only as x_i^{\prime}\beta (_primes), else refused
            self.position = stop
        elif name in _DECORATIONS and self.decorated_cost_name(name, start, stop):
            pass
        elif name in ("tilde", "widetilde") and self.tilde_feature_vector(name, start, stop):
            pass  # \tilde{x_i}: the feature vector with a 1 appended, the only x written (noted)
        elif name in ("bar", "overline"):
            # ȳ is statistics' mean of the targets, one number; a page may also write it for the prediction (a course
            # notebook's ȳᵢ beside its ŷ = w₁x + w₀): the bar alone does not say which, and neither is read
            self.refuse_barred_data(raw, start, stop)
            self.fail(
                f"'{raw}' is not read: a barred name is a mean in statistics (x̄ = (1/n) Σ xᵢ, one "
                "number) or, on some pages, the prediction ȳᵢ; logderiv reads neither",
                start,
                hint="write the prediction \\hat{y} (or the mean by a plain letter)",
            )
        elif name in _DECORATIONS:
            self.fail(
                f"'{raw}' is not read: a decorated name is not one logderiv knows",
                start,
                hint="call the quantity by a plain letter; only \\hat{y} (the prediction) is read",
            )
        elif raw in _OPEN_DELIMITERS:
            self.add("open", _OPEN_DELIMITERS[raw], start, stop)
            self.position = stop
        elif raw in _CLOSE_DELIMITERS:
            self.add("close", _CLOSE_DELIMITERS[raw], start, stop)
            self.position = stop
        elif raw in _NORM_DELIMITERS:
            self.add("norm", "‖", start, stop)
            self.position = stop
        elif name == "parallel":
            # \parallel y - Xw \parallel^2: TeX's relation "is parallel to" draws the norm's double bar, ∥, and a
            # bar of a pair that holds an expression is the norm's (one alone fails to pair, as an odd \| does)
            self.note("\\parallel … \\parallel (the relation ∥, drawn as the norm's double bar) is read as the norm ‖…‖")
            self.add("norm", "‖", start, stop)
            self.position = stop
        elif name in ("lvert", "rvert", "vert"):
            after = stop
            while after < self.end and self.source[after].isspace():
                after += 1
            if self.source.startswith("\\" + name, after):
                self.add("norm", "‖", start, after + len(name) + 1)  # \lvert\lvert w \rvert\rvert
                self.position = after + len(name) + 1
            else:
                self.fail(f"'{raw}' (an absolute value) is not supported", start, hint=r"a norm is \|\theta\| or \lVert\theta\rVert")
        elif raw in ("\\[", "\\]", "\\(", "\\)"):
            self.add("delimiter", raw, start, stop)
            self.position = stop
        elif name == "begin" and (ones := _ONES_COLUMN.match(self.source, start)) is not None:
            # \begin{bmatrix}1\\1\\\vdots\\1\end{bmatrix}: a column of ones whose \vdots says "as many as there
            # are examples", the all-ones vector \mathbf{1} (the parser notes how it reads it)
            self.add("ones", "1", start, ones.end())
            self.position = ones.end()
        elif name == "begin" and self.targets_column(start):
            pass  # \begin{bmatrix} y^{(1)} \\ y^{(2)} \\ \vdots \\ y^{(n)} \end{bmatrix}: the targets y (noted)
        elif name == "begin" and self.one_entry_matrix(start, stop):
            pass  # \begin{pmatrix} y_i \log(z_i) + … \end{pmatrix}: one entry, big brackets (noted)
        elif name == "end" and start in self.entry_ends:
            _, _, self.position = self.braced(stop, name)
            self.add("close", self.entry_ends.pop(start), start, self.position)
        elif name in ("begin", "end"):
            text, _, self.position = self.braced(stop, name)
            self.add(name + "_env", text.strip(), start, self.position)
        else:
            self.unknown(name, start)

    def one_entry_matrix(self, start: int, stop: int) -> bool:
        r"""Read ``\begin{pmatrix} A \end{pmatrix}`` with one entry as ``(A)``, ``bmatrix`` as ``[A]`` (noted).

        A question's cost (DeepLearning.AI forum) wraps the summand in a pmatrix for big
        parentheses: a 1×1 matrix is its entry. Only without ``&``, ``\\`` or another
        environment inside; any other matrix stays refused.
        """
        environment, _, after = self.braced(stop, "begin")
        bracket = _ONE_ENTRY_BRACKETS.get(environment.strip())
        if bracket is None:
            return False
        closing = patterns.compile(r"\\end\s*\{\s*" + environment.strip() + r"\s*\}").search(self.source, after, self.end)
        if closing is None or any(mark in self.source[after:closing.start()] for mark in ("&", "\\\\", "\\begin")):
            return False
        self.add("open", bracket[0], start, after)
        self.entry_ends[closing.start()] = bracket[1]
        self.note(f"\\begin{{{environment.strip()}}} … \\end{{{environment.strip()}}} holds one entry: read as "
                  f"that entry in brackets, {bracket[0]}…{bracket[1]}")
        self.position = after
        return True

    def targets_column(self, start: int) -> bool:
        r"""Read a column of the targets ``y^{(1)} \\ y^{(2)} \\ \vdots \\ y^{(n)}`` as the vector y (noted).

        Notes that derive the normal equation stack the targets so (vamshi.study's ŷ). Only
        y counts, numbered 1, 2, then after the dots a last one (a count letter or a number
        above 2): a column of other entries stays a matrix environment, refused.
        """
        match = _TARGETS_COLUMN.match(self.source, start, self.end)
        if match is None:
            return False
        first, second = (match.group(group) or match.group(group + "_") for group in ("first", "second"))
        last = match.group("last") or match.group("last_")
        if (first, second) != ("1", "2") or (last.isdigit() and int(last) <= 2):
            return False
        self.add("name", "y", start, match.end())
        self.position = match.end()
        self.note(f"the column {' '.join(match.group(0).split())} lists the targets y⁽¹⁾, y⁽²⁾, …, one per example: "
                  "read as y, the m×1 vector of the targets")
        return True

    def markdown_brace(self, start: int, stop: int) -> bool:
        r"""Read ``\\{`` and ``\\}`` as the bracket ``\{``, ``\}``: Markdown's escape of ``\{`` in copied math.

        Markdown turns ``\\{`` into ``\{`` before MathJax sees it, so notes written
        for a notebook say ``\sum \\{ y \log h \\}``. Only where every ``\\{`` of the
        text has its ``\\}`` (a line break before a brace group has no partner) and
        the brace follows the backslashes directly; noted.
        """
        if stop >= self.end or self.source[stop] not in "{}":
            return False
        text = self.source[:self.end]
        opened, closed = text.count("\\\\{"), text.count("\\\\}")
        if opened == 0 or opened != closed:
            return False
        kind = "open" if self.source[stop] == "{" else "close"
        self.add(kind, "{" if kind == "open" else "}", start, stop + 1)
        self.note("Markdown's escaped braces \\\\{ … \\\\} are read as the brackets \\{ … \\}")
        self.position = stop + 1
        return True

    def markdown_norm(self, start: int, stop: int) -> bool:
        r"""Read ``\\|`` as the norm's bar ``\|``: Markdown's escape of ``\|`` in copied math (a Hugo or Jekyll page).

        Markdown turns ``\\|`` into ``\|`` before MathJax sees it, so a blog's source says
        ``\frac{\lambda}{2} \\|\bm{w}\\|_2^2`` for (λ/2)‖w‖². Read so only where the bars pair (the text
        writes ``\\|`` an even number of times) and no third bar follows (``\\||`` may be a line break before
        ``||``), as :meth:`markdown_brace` reads ``\\{``; noted.
        """
        if stop >= self.end or self.source[stop] != "|" or self.source.startswith("||", stop):
            return False
        bars = self.source[:self.end].count("\\\\|")
        if bars == 0 or bars % 2:
            return False
        self.add("norm", "‖", start, stop + 1)
        self.note("Markdown's escaped norm bars \\\\| … \\\\| are read as the norm \\| … \\|")
        self.position = stop + 1
        return True

    def decorated_cost_name(self, name: str, start: int, stop: int) -> bool:
        r"""``\tilde{E}(\mathbf{w}) = …``: a decorated capital that opens a text and is followed by ``=`` names the cost.

        Bishop's regularised error Ẽ: the decoration tells it from E, and names nothing else;
        read as the name E, noted. Anywhere else a decorated name stays refused.
        """
        if self.tokens:
            return False
        text, _, after = self.braced(stop, name)
        letter = text.strip()
        if not (len(letter) == 1 and letter.isascii() and letter.isupper()):
            return False
        if _LEFT_SIDE_REST.match(self.source, after) is None:
            return False
        self.add("name", letter, start, after)
        self.note(f"{self.source[start:after]} names the cost: read as {letter}")
        self.position = after
        return True

    def refuse_barred_data(self, raw: str, start: int, stop: int) -> None:
        r"""Refuse ``\bar{\mathbf{x}}_i``, ``\bar{\mathbf{X}}`` naming the readings of a barred data letter.

        Beside the mean x̄ (one number), a page may define x̄ as the features with a 1 put first, [1, x_1, …, x_n],
        so that x̄w carries the intercept (the Vietnamese 'Machine Learning cơ bản' notes and a README after them
        write \bar{\mathbf{x}}_i\mathbf{w}); that definition is on the page, not in the formula, so the bar alone is
        not read: the message names the reading and how to write it.
        """
        if not self.source[stop:self.end].lstrip().startswith("{"):
            return
        text, _, _ = self.braced(stop, raw.lstrip("\\"))
        if _unstyled(text.strip()) not in ("x", "X"):
            return
        self.fail(
            f"'{raw}' is not read: a barred data letter is a mean in statistics (x̄ = (1/n) Σ xᵢ, one number) or, "
            "on pages that define it so, the features with a 1 put first ([1, x_1, …, x_n], the intercept folded "
            "into w); the formula alone does not say which",
            start,
            hint="write the data without the bar (\\mathbf{x}_i\\mathbf{w} with x_0 = 1 said in words), or "
            "Xw + b with the intercept apart",
        )

    def tilde_feature_vector(self, name: str, start: int, stop: int) -> bool:
        r"""Read ``\tilde{x_{i}}``, ``\tilde{x}_i`` as the feature vector x_i (noted).

        Notes write x̃ for the features with a 1 appended, so that θᵀx̃ carries the
        intercept (Stevens' ``\theta^{T} \tilde{x_{i}}``): the feature vector the
        model reads, entry for entry as logderiv's x. Read so only when the text
        writes no plain x or X besides: then x̃ and x could be two vectors.
        """
        if _PLAIN_X.search(_TILDED_X.sub(" ", self.source)):
            return False
        text, begin, after = self.braced(stop, name)
        inner = text.strip()
        unstyled = _unstyled(inner)
        if unstyled == "x":
            offset = None  # \tilde{x}, \tilde{\mathbf{x}}: the scripts, if any, follow the brace
        elif inner[:1] == "x" and inner[1:].lstrip()[:1] in ("_", "^"):
            offset = begin + text.index("x")  # \tilde{x_{i}}: the tilde covers the scripts too
        else:
            return False
        self.add("name", "x", start, after if offset is None else offset + 1)
        if offset is not None:
            self.tokens.extend(_Tokenizer(self.source, offset + 1, begin + len(text), self.names).run()[:-1])
        self.note(f"'{self.source[start:after]}' (x̃, as notes write the features with a 1 appended for the "
                  "intercept) is read as the feature vector x: no plain x is written")
        self.position = after
        return True

    def capital_theta(self, start: int, stop: int) -> None:
        r"""``\Theta``: θ, as some notes write it, with a note — unless the text also writes a lowercase θ."""
        head = _THETA_HEAD.match(self.source)
        if head is not None and head.start("theta") == start and self.source.count("\\Theta") == 1:
            # J(\Theta) = …: the left side only declares what the cost depends on, written with a capital
            self.note(f"'{head.group('head').strip()}' on the left names the cost of the parameters, written with "
                      "a capital Θ: read as θ, the parameters the formula writes")
            self.add("name", "theta", start, stop)
            self.position = stop
            return
        # \ l(\theta) = Σ log(1 + exp(−y Θᵀx)) (CV 134754), h_{\theta}(x) = 1/(1 + e^{-\Theta^T x}) (an Obsidian
        # note): the left side says the cost, or the model by its subscript, is a function of θ, and the body writes
        # no θ but Θ; were Θ another quantity the cost (the model) would not depend on the θ it is named by
        for named, names in ((_LOWER_THETA_HEAD, "the cost of θ, and the formula"),
                             (_MODEL_OF_THETA_HEAD, "the model of θ, and its formula")):
            head = named.match(self.source)
            if head is not None and len(re.findall(r"\\theta(?![A-Za-z])|θ", self.source)) == 1:
                self.note(f"'{head.group('head').strip()}' on the left names {names} writes the parameters with a "
                          "capital Θ: \\Theta is read as θ")
                self.add("name", "theta", start, stop)
                self.position = stop
                return
        if self.decorates_defined_model(stop):
            # h_{\Theta}(x^{(i)}) beside --let 'h_{\theta}(x) = …' (Italian notes on Ng's course): the subscript only
            # names the model's parameters, and the model is the one the let defines
            braced = self.tokens[-1].kind == "lbrace"
            written = self.source[self.tokens[-3 if braced else -2].start:stop] + ("}" if braced else "")
            self.note(f"'{written}' is read as h_θ: a capital Θ in the subscript of the model --let defines only "
                      "names its parameters, which the text writes θ")
            self.add("name", "theta", start, stop)
            self.position = stop
            return
        if "\\theta" in self.source or "θ" in self.source:
            self.fail(
                "'\\Theta' beside a lowercase \\theta: they may be two quantities",
                start,
                hint="write the parameters as \\theta throughout (a capital Θ is read as θ only when no θ is written)",
            )
        self.note("\\Theta is read as θ (the parameters)")
        self.add("name", "theta", start, stop)
        self.position = stop

    def decorates_defined_model(self, stop: int) -> bool:
        r"""Whether ``\Theta`` ending at ``stop`` is the whole subscript of a model --let defines, before its bracket.

        ``h_{\Theta}(x)``, ``h_\Theta(x)`` with ``h`` a --let name: Ng's networks write h_Θ for a network's
        output, but where a let defines h the subscript can only name h's parameters.
        """
        tokens = self.tokens
        braced = bool(tokens) and tokens[-1].kind == "lbrace"
        head = tokens[-3 if braced else -2:] if len(tokens) >= 2 + braced else []
        if len(head) < 2 or head[0].kind != "name" or head[0].text not in _MODEL_LETTERS | {vocab.PREDICTION} \
                or head[0].text not in self.names:
            return False
        if head[1].kind != "op" or head[1].text != "_":
            return False
        rest = self.source[stop:self.end]
        return re.match(r"\s*\}\s*\(" if braced else r"\s*\(", rest) is not None

    def quantity(self, start: int, stop: int) -> None:
        r"""``\qty(...)``, ``\qty[...]``: the physics package's auto-sized brackets, which pair like plain ones."""
        position = stop
        while position < self.end and self.source[position].isspace():
            position += 1
        if position >= self.end or self.source[position] not in "([":
            self.fail("'\\qty' is read only before a bracket: \\qty( ... ) or \\qty[ ... ]", start,
                      hint="write ( ... ) or \\left( ... \\right)")
        self.position = position

    def stands_as_factor(self, start: int, word: str) -> bool:
        r"""Whether the word ``\text{…}`` just read (from ``start``) stands where a factor does.

        ``+ \text{reg}\|\theta\|^2``, ``0.5\text{lam}\sum_j``, ``\frac{\text{reg}}{2}``: one word
        between an operator (or a number, or an opening brace) and an operand, or after a ``\cdot``.
        Dropping it as a remark would change the cost silently. A phrase (``for all j``), a word
        with punctuation (``(linearity)``, ``Objective:``), a word of prose (``where``), one after
        ``\quad`` or one ending the text is a remark, and carries no mathematics.
        """
        if not _FACTOR_WORD.fullmatch(word) or word.lower() in _PROSE_WORDS:
            return False
        previous = self.tokens[-1] if self.tokens else None
        if previous is not None and previous.kind == "op" and previous.text in ("·", "*", "/"):
            return True
        gap = self.source[previous.end if previous is not None else 0 : start]
        if re.search(r"\\q?quad(?![A-Za-z])", gap):
            return False  # x^2 \quad \text{here}: set apart, a remark
        if previous is None:
            # \text{lambda} \frac{w_j}{m} + …: code's name of λ opening the formula is its first factor (dropped as a
            # leading label, the term lost its λ); a strength word there is weighed below; with λ written it, and any
            # other word (\text{Gradient}), is a label, as before
            before = word.lower().replace("\\_", "_") in _LAMBDA_WORDS or (
                _names_penalty_strength(word) and not _writes_lambda(self.source))
        else:
            before = ((previous.kind == "op" and previous.text in ("+", "-", "=", "·", "*"))
                      or previous.kind in ("number", "lbrace", "name", "close", "rbrace", "norm")
                      or (previous.kind == "open" and previous.text in "(["))
        if not before:
            return False
        rest = self.source[self.position : self.end]
        rest = re.sub(r"^(?:\s|~|\\[,;:! ](?![A-Za-z]))*", "", rest)
        if previous is None:
            if self.operand_follows(rest) and word.lower().replace("\\_", "_") not in _LAMBDA_WORDS \
                    and not _writes_lambda(self.source):
                # \text{penalty} \frac{1}{2}\|w\|^2 opening the formula: a label of the term as likely as its strength
                # (code's names of λ, \text{lambda} \frac{w_j}{m}, are read as λ; audit26b)
                self.fail(f"'{self.source[start:self.position]}' opens the formula before an operand, and the text "
                          "writes no λ: the regularisation strength as a factor, or a label of what follows?", start,
                          hint="write the strength as \\lambda, or set a label apart: \\text{reg: } or \\text{reg}\\quad")
        elif previous.kind == "lbrace" and word == "d":
            # \frac{\mathrm{d}J}{\mathrm{d}w}, \frac{\mathrm{d}}{\mathrm{d}w}: the upright d opening a fraction's part is
            # Leibniz's d, read as the d of \frac{dJ}{dw} is, never "the letter d, a factor" (a false note)
            return False
        elif previous.kind == "lbrace":
            # \frac{\text{reg}}{2}: the whole numerator; J_{\text{reg}}, x^{\text{train}}: a label
            scripted = len(self.tokens) > 1 and self.tokens[-2].kind == "op" and self.tokens[-2].text in "_^"
            if scripted or rest.startswith("}"):
                return not scripted
            # \frac{\text{lambda}\, w_j}{m}: a word opening a group before an operand is its first factor, as after
            # '+' (dropped as a remark, the gradient lost its λ: a false "different")
        if previous is not None and previous.kind == "number" and rest.startswith(("}", ")")):
            return True  # \frac{1}{2\text{m}}, (2\,\text{N}): a number's factor closing the group, dropped it was 1/2
        if previous is not None and previous.kind in ("number", "name", "close", "rbrace", "norm") \
                and _ENDS_A_TERM.match(rest) and not _writes_lambda(self.source):
            if word.lower().replace("\\_", "_") in _LAMBDA_WORDS:
                # \frac{w_j}{m}\text{lambda}, (w_j\,\text{lam})/m: code's name of λ right after its operand, ending
                # the term or a group, is its last factor; dropped as a trailing remark, the term lost its λ (a false
                # "different", audit26b)
                return True
            if _names_penalty_strength(word):
                # \frac{w_j}{m}\text{reg}: the strength as a factor, or a label of the term it ends? (with λ written
                # too, \lambda\|\theta\|^2 \text{reg}, it is a label, as before)
                self.fail(f"'{self.source[start:self.position]}' ends a term right after an operand, and the text "
                          "writes no λ: the regularisation strength as a factor, or a label of the term?", start,
                          hint="write the strength as \\lambda before what it weighs (\\lambda w_j), or set a label "
                               "apart with \\quad \\text{…}")
        return self.operand_follows(rest)

    @staticmethod
    def operand_follows(rest: str) -> bool:
        r"""Whether ``rest`` (what follows a word, spaces skipped) opens an operand: a letter, a bracket, ``\frac``."""
        if not rest:
            return False
        if rest[0] in _ASCII_LETTERS or rest[0] in _DIGITS or rest[0] in "([|" or rest[0] in vocab.GREEK:
            return True
        if rest.startswith(("*", "/", "\\|", "\\{")):
            return True  # \text{reg} * w, \text{reg}\|w\|^2
        command = re.match(r"\\([A-Za-z]+)", rest)
        return command is not None and command.group(1) not in _REMARK_COMMANDS

    def signs_in_text(self, text: str) -> bool:
        r"""Whether ``\text{…}`` just read holds no letter but a digit or an operator's sign: mathematics, not words.

        An equation's number ending the formula (``\text{(2)}``, nothing but spacing after it) is a label, as
        ``\tag{2}`` is.
        """
        if any(character.isalpha() for character in text) or not _SIGNS_IN_TEXT.search(text):
            return False
        if self.tokens and self.tokens[-1].kind == "relation":
            return False  # \text{for i} \ge \text{1}: the relation's side, refused (or read) by the relation's own rule
        rest = re.sub(r"(?:\s|~|\\[,;:! ](?![A-Za-z])|\\q?quad(?![A-Za-z])|[.,;])*", "", self.source[self.position:self.end])
        return not (_EQUATION_NUMBER.fullmatch(text) and not rest)

    def lambda_word_dropped(self, word: str, start: int) -> bool:
        r"""Whether ``\text{…}`` just read (from ``start``), not read as a factor, is code's name of λ with maths after it.

        Where the text writes no λ itself, such a word (``\text{lambda}``, ``\text{lmbda}``) is the strength; dropped
        as a remark before more of the formula, a λ goes missing. One that ends the formula, or is set apart with
        ``\quad``, is left a remark, as before.
        """
        if word.lower().replace("\\_", "_") not in _LAMBDA_WORDS or _writes_lambda(self.source):
            return False
        previous = self.tokens[-1] if self.tokens else None
        gap = self.source[previous.end if previous is not None else 0 : start]
        if re.search(r"\\q?quad(?![A-Za-z])", gap):
            return False
        rest = re.sub(r"^(?:\s|~|\\[,;:! ](?![A-Za-z]))*", "", self.source[self.position : self.end])
        return bool(rest) and not rest.startswith(("=", "\\quad", "\\qquad", "\\\\", "\\tag"))

    def size_annotation(self, size: re.Match[str]) -> None:
        r"""Drop a size written as a subscript, ``_{n_x \times 1}``, ``|_{1 \times 1}``: no index, a remark, noted.

        A vector's or a number's size (one of the two is 1) says only what the reader reads the quantity as (a
        column or a row is the same numbers, as a layout); a matrix's, ``X_{n_x \times m}``, says which of its sizes
        counts the examples, which decides how X is read, so it is refused rather than dropped.
        """
        written = size.group().lstrip("|").strip()
        rows, columns = (" ".join(size.group(part).split()) for part in ("rows", "columns"))
        if "1" not in (rows, columns):
            self.fail(f"'{written}' gives a matrix its size, {rows}×{columns}: which size counts the examples decides "
                      "how the matrix is read (one example a row or a column), and a size is not read",
                      size.start(), hint="leave out the size; logderiv reads X as m×n, one example a row")
        self.position = size.end()
        self.note(f"'{size.group().strip()}' is a size, {rows}×{columns}, written as a subscript: no index, dropped "
                  "(a column or a row of the same numbers reads alike)")

    def cjk_remark(self, start: int, stop: int) -> None:
        r"""Drop ``(标量)`` ("scalar"), words of Chinese, Japanese or Korean in brackets set in maths without ``\text``.

        Those scripts write no quantity's name, so the brackets hold a remark, as ``\text{(标量)}`` does, read with
        the same refusals: words between two operands, and words that say what the formula is read by (a constant
        dropped, a letter's meaning). Noted, as the page did not mark the words as words.
        """
        self.position = stop
        written = self.source[start:stop]
        if self.remark_between_operands(written, start):
            self.fail(f"'{written}' is words between two pieces of maths: dropped as a remark, what follows it would "
                      "multiply what comes before", start,
                      hint="end the formula before the words, or write them outside the maths")
        qualifier = self.qualifying_remark(written)
        if qualifier is not None:
            self.fail(self.remark_refusal(f"'{written}'", qualifier), start,
                      hint=self.remark_hint("give the formula the words describe (with its 1/m, its λ term, its sign) "
                                            "without them"))
        self.note(f"'{written}' is words (Chinese, Japanese or Korean) in brackets, set in maths without \\text: "
                  f"read as a remark, as \\text{{{written}}} is, and dropped")

    def remark_refusal(self, written: str, qualifier: str) -> str:
        """The refusal of a remark that may change the reading: words known to say so (a definition, "up to a
        constant"), or CJK words logderiv has no list of (:attr:`unread_words`), which it cannot say do or do not."""
        if self.unread_words is not None and qualifier == self.unread_words:
            return (f"{written} holds words logderiv does not know ('{qualifier}'): they may say something the "
                    "formula is read by (a definition, a condition, a constant left out) or nothing of the kind, and "
                    "dropped as a remark the formula would be checked as though they were never written")
        return (f"{written} says something the formula is read by ('{qualifier}'): words are not read, and dropped as "
                "a remark the formula would be checked as though they were never written")

    def remark_hint(self, known: str) -> str:
        """The hint of :meth:`remark_refusal`: ``known``'s where the words are known to change the reading."""
        if self.unread_words is None:
            return known
        return ("if the words say nothing of the formula, write them outside the maths; if they do, give the formula "
                "they describe (with its 1/m, its λ term, its sign) without them")

    def qualifying_remark(self, text: str) -> str | None:
        r"""What in the remark ``\text{…}`` just read says what the formula is read by; None if nothing does.

        A definition of a name the formula writes (:data:`_REMARK_DEFINITION`; of another name it is an aside, as
        ``where some\_name is the data`` is), or a change to the formula's value or to what it is the derivative
        of (:data:`_REMARK_QUALIFIER`). A label below or above a name (``J_{\text{unregularized}}``) names.
        """
        self.unread_words = None
        previous = self.tokens[-1] if self.tokens else None
        if previous is not None and previous.kind == "op" and previous.text in "_^":
            return None
        if previous is not None and previous.kind == "lbrace" and len(self.tokens) > 1 \
                and self.tokens[-2].kind == "op" and self.tokens[-2].text in "_^":
            return None
        qualifier = _REMARK_QUALIFIER.search(text)
        if qualifier is not None:
            return qualifier.group(0)
        if _CJK_LETTER.search(text):
            # words logderiv has no list of, but these: what they say of the formula is unread
            qualifier = _REMARK_QUALIFIER_CJK.search(text) or _MATHS_AMONG_CJK.search(text)
            if qualifier is not None:
                return qualifier.group(0)
            unread = _CJK_RUN.search(_REMARK_WORDS_CJK.sub(" ", text))
            if unread is not None:
                self.unread_words = unread.group(0)
                return unread.group(0)  # words of no known harmless meaning: what they say is unread
        rest = self.source[: self.position - len(text) - 1] + self.source[self.position : self.end]
        for definition in _REMARK_DEFINITION.finditer(text):
            name = definition.group("name").replace("\\_", "_")
            if re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", rest.replace("\\_", "_")):
                return definition.group(0).strip(" (,:")
        return None

    def remark_between_operands(self, word: str, start: int) -> bool:
        r"""Whether the remark ``\text{…}`` just read (from ``start``) has an operand right before and right after it.

        ``\frac{1}{2m}\sum_i (…)^2 \quad \text{for } m``: the remark is dropped, and the ``m`` after it was read
        as a factor of the cost, which the words never said (a gradient m times too big). A remark with nothing
        after it, before an operator, '=' or a closing bracket, or opening the formula, is read as before.
        """
        if not any(character.isalpha() for character in word):
            return False  # \text{ }, \text{~}: a space, no words
        previous = self.tokens[-1] if self.tokens else None
        if previous is None or previous.kind not in ("number", "name", "close", "rbrace", "norm"):
            return False
        rest = re.sub(r"^(?:\s|~|\\[,;:! ](?![A-Za-z])|\\q?quad(?![A-Za-z]))*", "", self.source[self.position:self.end])
        if not rest:
            return False
        if re.match(r"[A-Za-z](?:\s*(?:$|=|,|\\in(?![A-Za-z])))", rest) and rest[0] in vocab.FEATURE_INDICES:
            return False  # \text{ for all } j, \text{for } j = 0, …, n: the component index's range (_drop_index_range)
        if rest[0] in _ASCII_LETTERS or rest[0] in _DIGITS or rest[0] in vocab.GREEK:
            return True
        command = re.match(r"\\([A-Za-z]+)", rest)
        # a Greek letter or what opens an operand (\frac, \sum, \mathbf{x}); a relation (\ge) or a word command
        # (\mathrm{foo}) after it is left to its own rule, whose message names it
        return command is not None and (command.group(1) in _GREEK_COMMANDS or command.group(1) in _OPERAND_COMMANDS)

    def applied_word(self, word: str, start: int) -> bool:
        r"""Read a wrapped word applied to a bracket, ``\text{sigm}(\mathbf{w}^T\mathbf{x}_i)``; False if it is not one.

        A word right before ``(`` names a function wherever it stands. Dropped as a
        remark (as a leading ``\text{where }`` is), ``\text{sigm}(z)`` would leave z alone;
        this matters most at the start of a --let's right side, which has no ``=``
        before it to make the word a factor. The sigmoid's other names (Murphy's
        sigm, logistic, SciPy's expit) are σ, noted; a single letter is a letter
        written plainly (``g(z)`` is Ng's sigmoid, ``y(1-h)`` a product); a word
        that names a strength (``\text{reg}(…)``) is left to :meth:`word_as_factor`;
        any other word is refused, in the cost, the answer and a --let alike.
        """
        if not _FACTOR_WORD.fullmatch(word) or word.lower() in _PROSE_WORDS:
            return False
        if word.lower() in vocab.NOT_YET_SUPPORTED or word in _UNSUPPORTED_FUNCTIONS:
            return False  # \operatorname{ReLU}(z), \mathrm{max}(…): refused by name as not supported yet
        if not _BRACKET_AFTER_WORD.match(self.source, self.position, self.end):
            return False
        previous = self.tokens[-1] if self.tokens else None
        if previous is not None and previous.kind == "partial":
            return False  # \frac{\partial \text{Loss}(\theta)}{…}: the name of what is differentiated
        if previous is not None and previous.kind == "op" and previous.text == "_":
            # R_\text{sq}(\vec w) = …: the word is the subscript (a label, as in R_{\text{sq}}), and the bracket after
            # it holds the name's arguments; no function sq is applied
            return False
        written = self.source[start:self.position]
        if word in vocab.SIGMOID_NAMES:
            self.add("function", "sigmoid", start, self.position)
            self.note(f"'{written}' is read as the sigmoid σ(z) = 1/(1 + e^(−z)) ({word} is one of its names)")
            return True
        if len(word) == 1 and word in _ASCII_LETTERS:
            self.add("name", word, start, self.position)
            return True
        lowered = word.lower().replace("\\_", "_")
        if _names_penalty_strength(word) or lowered in _LAMBDA_WORDS or lowered == "alpha":
            return False
        self.fail(
            f"unknown function '{word}': define it with --let",
            start,
            hint=f"'{written}' is applied to a bracket; logderiv knows σ (\\sigma), exp, log, tanh, softplus, ReLU and √: "
            f"write one of them, or define the quantity with --let (e.g. --let 'h = \\sigma(\\theta^T x)')",
        )

    def sigmoid_word_before_operand(self, word: str, start: int) -> bool:
        r"""Read ``\text{sigm}\,\theta^Tx`` (a name of the sigmoid, no bracket, an operand next) as ``\sigma\theta^Tx``.

        Dropped as a remark, the word left h = θᵀx, silently (hunt 4, M2). ``\sigma`` written without
        brackets already takes the next operand, and the sigmoid's bracketless slips (``\sigma w^Tx + b``)
        are refused by :mod:`bare_operands`: making the word the same function token shares that rule, so
        ``\text{sigm}\,\theta^Tx + b`` is refused as ``\sigma\theta^Tx + b`` is. Noted.
        """
        if word not in vocab.SIGMOID_NAMES:
            return False
        rest = re.sub(r"^(?:\s|~|\\[,;:! ](?![A-Za-z]))*", "", self.source[self.position:self.end])
        command = re.match(r"\\([A-Za-z]+)", rest)
        if command is not None:
            if command.group(1) in _REMARK_COMMANDS or command.group(1) in _TEXT_WORDS:
                return False
        elif not re.match(r"[A-Za-z0-9{]", rest):
            return False
        written = self.source[start:self.position]
        self.add("function", "sigmoid", start, self.position)
        self.note(f"'{written}' without brackets is read as the sigmoid σ of what follows it, as \\sigma\\theta^Tx "
                  f"is ({word} is one of the sigmoid's names)")
        return True

    def font_switched_word(self, match: re.Match[str] | None, start: int) -> bool:
        r"""Read ``{\rm foo}(z)``, ``\rm{expit}(z)`` as ``\mathrm{…}`` applied to a bracket is; False if it is not that.

        The font switch makes the letters one upright word, the name of a
        function: read letter by letter (as a switch's group otherwise is, ``{\bf w}``)
        ``{\rm foo}(z)`` would be f·o·o·z. Only a word of two letters or more, right
        before a bracket, is taken; anything else is read as before.
        """
        if match is None:
            return False
        found = match.groupdict()
        word = found.get("word") or found.get("braced") or found["bare"]
        if not _BRACKET_AFTER_WORD.match(self.source, match.end(), self.end) or word in self.names:
            return False
        self.position = match.end()
        if word in vocab.FUNCTIONS:
            self.add("word", word, start, self.position)
            return True
        if self.applied_word(word, start):
            return True
        self.position = start
        return False

    def word_as_factor(self, word: str, start: int) -> None:
        r"""Read a word that stands where a factor does: a known name, with a note, or refused with a caret."""
        written = self.source[start:self.position]
        lowered = word.lower().replace("\\_", "_")
        if (_names_penalty_strength(word) or lowered in _LAMBDA_WORDS) and not _writes_lambda(self.source):
            self.add("name", "lambda", start, self.position)
            self.note(f"'{written}' names the regularisation strength: read as λ")
        elif lowered == "alpha" and not re.search(r"\\alpha(?![A-Za-z])|α", self.source):
            self.add("name", "alpha", start, self.position)
            self.note(f"'{written}' is read as α")
        elif len(word) == 1 and word in _ASCII_LETTERS and word not in vocab.INDEX_LETTERS:
            self.add("name", word, start, self.position)
            self.note(f"'{written}' is the letter {word}, a factor: read as {word}")
        elif _names_penalty_strength(word) or lowered in ("lam", "lambda", "alpha"):
            self.fail(f"'{written}' stands where a factor does: it names a strength, but the text writes that "
                      "letter too: one factor or two?", start, hint="write the strength once, as \\lambda")
        else:
            self.fail(
                f"'{written}' stands where a factor does: a word logderiv does not know",
                start,
                hint="write the quantity as a letter (\\lambda for a regularisation strength)"
                + (f", or define it: --let '{word} = …'" if word.isascii() and word.isalpha() else ""),
            )

    def names_a_derivative(self, word: str) -> bool:
        r"""Whether ``\text{Log Loss}`` is what a derivative on the left differentiates.

        ``\frac{\partial \text{MSE}}{\partial\theta_0}`` (right after ``\partial``, closing the
        numerator) or ``\frac{\partial}{\partial w}\text{MSE} =`` (right after the
        denominator, right before ``=``): the cost's name, in words.
        """
        if not word or not all(part.isascii() and part.isalpha() for part in word.split()):
            return False
        rest = self.source[self.position : self.end].lstrip()
        previous = self.tokens[-1] if self.tokens else None
        if previous is not None and previous.kind == "partial":
            return rest.startswith("}")
        if previous is not None and previous.kind == "rbrace":
            return rest.startswith(("=", ":="))
        return False

    def names_the_left_side_called(self, word: str, stop: int) -> bool:
        r"""Whether ``word`` (``cost``, ``Cost``) opens the text and is applied to a bracket closed right before ``=``."""
        if self.tokens or word.lower() not in ("cost", "costs", "loss", "error", "objective") or not word.isalpha():
            return False
        rest = self.source[stop:self.end]
        if not rest.startswith("("):
            return False
        depth = 0
        for offset, char in enumerate(rest):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth == 0:
                return rest[offset + 1:].lstrip().startswith(("=", ":="))
        return False

    def names_the_left_side(self, word: str) -> bool:
        r"""Whether ``\text{Cost}`` is the formula's name: one word, right before ``=`` or ``(...) =``."""
        if not (word.isascii() and word.isalpha()) or self.tokens:
            return False
        rest = self.source[self.position : self.end].lstrip()
        if rest.startswith("("):
            close = rest.find(")")
            rest = rest[close + 1 :].lstrip() if close > 0 else ""
        return rest.startswith(("=", ":="))

    def unknown(self, name: str, start: int) -> None:
        raw = "\\" + name
        if self.typographic_alias(name, start):
            return
        if name == "nabla":
            self.add("nabla", "nabla", start, start + len(raw))
            self.position = start + len(raw)
            return
        if name.lower() in vocab.NOT_YET_SUPPORTED:
            _not_yet(name, self.source, start, shown=raw)
        if name == "prod":
            # a likelihood's product: read only right inside a log's bracket (_log_of_products), else refused there
            self.add("prod", "prod", start, start + len(raw))
            self.position = start + len(raw)
            return
        if name in _UNSUPPORTED_FUNCTIONS or name in ("int", "iint", "oint", "lim", "infty"):
            self.fail(f"'{raw}' is not supported", start, hint="logderiv reads sums, products, log, exp, σ, tanh, √ and powers")
        if name == "mid":
            # p(y \mid x; \theta): a probability logderiv has no model for; the bar is read only in a cost's name
            self.fail("'\\mid' (the bar of a conditional probability, p(y \\mid x)) is read only between the "
                      "arguments of the name on the left of '=', as in L(\\theta \\mid X, y) = …", start,
                      hint="write the probability out as the cost's formula, e.g. \\ell(\\theta) = \\sum_{i=1}^m "
                           "y^{(i)}\\theta^T x^{(i)} - e^{\\theta^T x^{(i)}}")
        if name in _UNREAD_WHY:
            self.fail(_UNREAD_WHY[name][0], start, hint=_UNREAD_WHY[name][1])
        guess = vocab.suggest(name)
        hint = f"did you mean '\\{guess}'?" if guess else "see docs/latex.md for the commands logderiv reads"
        letter = conventions.macro_letter(name)
        if name.endswith("hat") and len(name) > 3 and not guess:
            # \bhat (Gov 2002's notes): a hat over some letter, β̂ or b̂ — the name does not say which
            hint = (f"'{raw}' is no LaTeX command but a macro of the source's own (\\newcommand), a hat over a "
                    f"letter its name does not give: write it, e.g. \\hat{{\\beta}}")
        if letter is not None and not guess:
            # \fw, \bx, \vb: a document's own macro (\newcommand), most likely for a bold letter
            hint = (f"'{raw}' is no LaTeX command but a macro of the source's own (\\newcommand), perhaps for a "
                    f"bold {letter}: write what it stands for, e.g. \\mathbf{{{letter}}}")
        self.fail(f"unknown command '{raw}'", start, hint=hint)

    def typographic_alias(self, name: str, start: int) -> bool:
        r"""Read a command that is another's typographic spelling; False if ``name`` is none.

        ``\bigtriangledown E(w)`` is ∇ (yunlaix.github.io); ``\^y`` is the text-mode
        accent for ŷ (a notebook's D_w = \frac{1}{n}\sum X_i(\^y_i - y_i)); ``\Sigma_i^m``
        with scripts is the summation sign (math.techqa.club 4880925). Each is noted
        but the ∇.
        """
        stop = start + 1 + len(name)
        if name in ("bigtriangledown", "triangledown"):
            self.add("nabla", "nabla", start, stop)
            self.position = stop
            return True
        if name == "^" and self.source[stop:stop + 1] not in ("", " ", "}"):
            self.note("'\\^' (the text-mode hat accent) is read as \\hat: \\^y is ŷ")
            self.style("hat", start, stop)
            return True
        if name == "Sigma":
            return self.scripted_sigma(start, stop)
        if name in _PRODUCT_MACROS and self.tokens and self.tokens[-1].kind in _FACTOR_ENDS \
                and _OPERAND_START.match(self.source[stop:self.end].lstrip()):
            # 2 \dotproduct \frac{1}{2m} \sum …: no LaTeX command, a writer's own name for the product sign between
            # two factors (a renderer shows it as an error): read as \cdot, noted; with no factor before or after it
            # the name says nothing, and stays unknown
            self.add("op", "·", start, stop)
            self.note(f"'\\{name}' is no LaTeX command: read as the product sign · (\\cdot) between the factors "
                      "beside it, as its name says")
            self.position = stop
            return True
        if name == "underset":
            return self.underset_minimum(start, stop)
        if name == "Lambda":
            return self.penalty_strength(start, stop)
        return self.book_macro(name, start, stop)

    def penalty_strength(self, start: int, stop: int) -> bool:
        r"""``\Lambda R(\mathbf{w})``, ``\Lambda \|w\|^2``: a capital Λ weighing a regulariser is its strength, λ.

        Middlebury's empirical-risk template writes ``rac{1}{n}\sum \ell(…) + \Lambda R(\mathbf{w})``: Λ
        multiplies the regulariser as λ does, a number. Read as λ (noted) only right before a regulariser (``R(``,
        ``\Omega(``, ``\mathcal{R}(``) or a norm (``\|``, ``\lVert``), not after a transpose (``w^T \Lambda w``,
        where Λ is a matrix: a diagonal of strengths or of eigenvalues) and where no λ is written (the two would be
        two quantities); any other Λ is refused, naming both readings.
        """
        before = self.source[:start].rstrip()
        after = self.source[stop:self.end]
        if _PENALTY_AFTER.match(after) and not _TRANSPOSED_BEFORE.search(before) \
                and not _LAMBDA_WRITTEN.search(self.source):
            self.add("name", "lambda", start, stop)
            self.note(CAPITAL_LAMBDA_NOTE)
            self.position = stop
            return True
        self.fail("'\\Lambda' is read only as the strength of a penalty right before it (\\Lambda R(w), "
                  "\\Lambda \\|w\\|^2), where no \\lambda is written: here it may be a matrix (w^T \\Lambda w) or a "
                  "quantity of its own", start,
                  hint="write \\lambda for the regularisation strength; a matrix Λ is not read")

    def underset_minimum(self, start: int, stop: int) -> bool:
        r"""``\underset{w}{\min}``, ``\underset{\theta}{\operatorname{argmin}}``: \min_w with its subscript set below.

        A Lasso/ridge note writes ``{\underset w{\operatorname {min} }}(\|y-x\cdot w \|_2^{2}+…)``: the
        objective minimised over the parameters, as :meth:`minimised_over` reads ``\min_w`` (the same
        conditions: it opens the text, no ``=`` after it). Any other ``\underset`` stays unknown.
        """
        match = _UNDERSET_MINIMUM.match(self.source, stop, self.end)
        if match is None:
            return False
        script = match.group("braced") if match.group("braced") is not None else match.group("one")
        return self.minimised_over("min", start, match.end(), given=(script, match.end()))

    def book_macro(self, name: str, start: int, stop: int) -> bool:
        r"""Read a book's own macro whose name is a style and a letter (``\mb{X}``, ``\bfbeta``, ``\X``); noted.

        See :mod:`book_macros`; False for any other unknown command (refused after, naming it).
        """
        argument = self.source[stop:self.end].lstrip()
        if name in book_macros.STYLE_MACROS and argument[:1] == "{" \
                and argument[1:].lstrip()[:1] not in book_macros.BLACKBOARD_CAPITALS:
            self.style("mathbf", start, stop)
            self.note(book_macros.style_note(self.source[start:self.position]))
            return True
        if name in book_macros.COST_MACROS and not self.source[stop:stop + 1].isalpha():
            self.add("name", "J", start, stop)
            self.note(book_macros.cost_note(self.source[start:stop]))
            self.position = stop
            return True
        letter = book_macros.letter_of(name, _GREEK_COMMANDS.keys())
        if letter is None or self.source[stop:stop + 1].isalpha():
            return False
        self.add("name", _GREEK_COMMANDS.get(letter, letter), start, stop)
        shown = next((symbol for symbol, spelled in vocab.GREEK.items() if spelled == letter), letter)
        self.note(book_macros.letter_note(self.source[start:stop], shown))
        self.position = stop
        return True

    def unicode_scripts(self, start: int) -> bool:
        r"""Read a run of Unicode sub- or superscripts glued to what precedes them as TeX's scripts; False if none.

        Lecture notes type θ₀, θⱼ, xⱼ⁽ⁱ⁾ and (…)² in Unicode beside their LaTeX (``\frac{1}{2m} × Σ(h_θ(x⁽ⁱ⁾) -
        y⁽ⁱ⁾)²``): subscript digits and the index letters ᵢ ⱼ ₖ ₗ ₙ ₘ ₚ are ``_{…}``, the example mark ⁽ⁱ⁾ is
        ``^{(i)}``, superscript digits (with a ⁻) are ``^{…}``, each as logderiv's own Unicode output writes them.
        Only right after a letter, a closing bracket or brace, or another script: a script standing apart scripts
        nothing, and stays refused. Noted.
        """
        source = self.source
        previous = self.tokens[-1] if self.tokens else None
        if previous is None or previous.end != start or previous.kind not in ("name", "close", "rbrace", "number"):
            return False
        char = source[start]
        if char in _UNICODE_SUBSCRIPTS:
            stop = start + 1
            if char in _UNICODE_SUBSCRIPT_DIGITS:
                while stop < self.end and source[stop] in _UNICODE_SUBSCRIPT_DIGITS:
                    stop += 1
            inner = [("number" if char in _UNICODE_SUBSCRIPT_DIGITS else "name",
                      "".join(_UNICODE_SUBSCRIPTS[c] for c in source[start:stop]))]
            caret = "_"
        elif source.startswith(_UNICODE_EXAMPLE_MARK, start) and start + len(_UNICODE_EXAMPLE_MARK) <= self.end:
            stop = start + len(_UNICODE_EXAMPLE_MARK)
            inner = [("open", "("), ("name", vocab.EXAMPLE_INDEX), ("close", ")")]
            caret = "^"
        elif char in _UNICODE_SUPERSCRIPT_DIGITS or char == "⁻":
            stop = start + (char == "⁻")
            digits = stop
            while stop < self.end and source[stop] in _UNICODE_SUPERSCRIPT_DIGITS:
                stop += 1
            if stop == digits:
                return False
            inner = ([("op", "-")] if char == "⁻" else []) + [
                ("number", "".join(_UNICODE_SUPERSCRIPT_DIGITS[c] for c in source[digits:stop]))]
            caret = "^"
        else:
            return False
        written = source[start:stop]
        for kind, text in (("op", caret), ("lbrace", "{"), *inner, ("rbrace", "}")):
            self.tokens.append(_Token(kind, text, start, stop, written))
        self.unicode_written.setdefault(written, caret + "{" + "".join(text for _, text in inner) + "}")
        self.position = stop
        return True

    def bare_sigma(self, start: int) -> bool:
        r"""Take a Unicode Σ without scripts for the summation sign, its range left to the parser; False if not.

        Notes typed half in LaTeX write ``\frac{1}{2m} × Σ(h_θ(x⁽ⁱ⁾) - y⁽ⁱ⁾)²``: the Σ is the sum their summand
        marks, the examples. Only where no Sigma of the text could be a matrix: none written ``\Sigma`` or with
        scripts (Σ_{i=1}^m beside it: is the bare one a covariance Σ?), and this one not raised to a power or
        transposed (Σ⁻¹, Σᵀ). The parser reads it only over a summand that says what it runs over
        (:meth:`_Parser.bare_sigma_range`), and notes it.
        """
        source = self.source
        after = source[start + 1:self.end].lstrip()[:1]
        # (x⁽ⁱ⁾ − μ)ᵀ Σ (x⁽ⁱ⁾ − μ): right after a transpose, a quadratic form's matrix, never a sum
        transposed = any(token.kind == "transpose" for token in self.tokens[-2:])
        if transposed or not after or after in "_^⁻ᵀ'" or after in _UNICODE_SUPERSCRIPT_DIGITS or "\\Sigma" in source \
                or _SCRIPTED_SIGMA.search(source):
            return False
        self.add("sum", "sum", start, start + 1)
        self.position = start + 1
        return True

    def scripted_sigma(self, start: int, stop: int) -> bool:
        r"""Read a capital Sigma with scripts as the summation sign; False if it is none.

        ``\Sigma_i^m`` (math.techqa.club 4880925) and a Unicode ``Σ_{i=1}^n`` pasted
        from a note app into LaTeX are the summation sign when every Sigma in the
        text has scripts; a bare one anywhere (a covariance matrix Σ) leaves them
        all unread. Noted: a Greek letter read as an operator is no literal reading.
        """
        if self.source[stop:self.end].lstrip()[:1] not in ("_", "^") or _BARE_SIGMA.search(self.source):
            return False
        written = self.source[start:stop]
        self.add("sum", "sum", start, stop)
        self.note(f"'{written}' with scripts is read as the summation sign Σ (\\sum)")
        self.position = stop
        return True

    def minimised_over(self, name: str, start: int, stop: int, given: tuple[str, int] | None = None) -> bool:
        r"""Skip ``\min_w``, ``\arg\min_{\theta}``, a bare ``\min`` that opens the text: the cost is what follows.

        Course notes state the problem, ``\min_{\mathbf{w}} \frac{1}{n}\sum_i …``:
        what is minimised is the cost, and its gradient is what is asked. Read so
        (noted) only at the start of the text, with the subscript naming parameters
        (θ, w, β, b) and no ``=`` after it (``\min_w J(w) = …`` stays refused).
        """
        if self.tokens or _equals_outside_braces(self.source[stop:self.end]):
            return False
        if given is not None:
            script, after = given  # \underset{w}{\min}: the subscript written above the text order, read the same
        else:
            if name == "arg":
                following = _MIN_AFTER_ARG.match(self.source, stop, self.end)
                if following is None:
                    return False
                stop = following.end()
            scripted = _MIN_SUBSCRIPT.match(self.source, stop, self.end)
            assert scripted is not None, "every part of the pattern is optional: it matches"
            script = scripted.group("braced") or scripted.group("one")
            after = scripted.end()
        over = "the parameters"
        if script is not None:
            try:
                inner = _Tokenizer(script, 0, len(script), self.names).run()[:-1]
            except InputError:
                return False
            held = _held_parameters(inner)
            if held is None:
                return False
            over = ", ".join(held)
        rest = self.source[after:self.end].strip()
        if not rest or script is None and rest.startswith(("(", "[", "\\left", "\\{", "\\big", "\\Big")) \
                and not _one_element_set(rest):
            return False  # \min(a, b) is the function min, refused as one
        self.note(f"'{self.source[start:after].strip()}' opens the text: the cost is what follows, minimised over "
                  f"{over}, and its gradient is the one asked")
        self.position = after
        return True

    def text_min(self, name: str, start: int, stop: int) -> bool:
        r"""``\text{min}`` (``\mbox{min}``, any text word) read as :meth:`minimised_over` reads ``\min``."""
        word, _, after = self.braced(stop, name)
        position = self.position
        if word.strip() == "min" and self.minimised_over("min", start, after):
            return True
        self.position = position
        return False

    def annotated_brace(self, name: str, start: int, stop: int) -> None:
        r"""``\overbrace{A}^{label}``, ``\underbrace{A}_{label}``: the braces around A stay a group; the label is dropped.

        The label is words (``^{\tt regulation\ term}``), not mathematics; a term
        the brace opens with its sign (``\overbrace{+ \lambda …}``) is read by
        :func:`_signed_groups`.
        """
        _, begin, after = self.braced(stop, name)
        self.add("lbrace", "{", begin - 1, begin)
        inner = _Tokenizer(self.source, begin, after - 1, self.names)
        self.tokens.extend(inner.run()[:-1])
        for text in inner.notes:
            self.note(text)
        self.add("rbrace", "}", after - 1, after)
        label = _BRACE_LABEL[name].match(self.source, after, self.end)
        self.position = after if label is None else label.end()

    def blackboard_data(self, start: int, stop: int) -> bool:
        r"""Read ``\mathbb{X}`` as the data matrix X and ``\mathbb{Y}`` as the targets Y (noted).

        Berkeley's Data 100 writes the design matrix 𝕏 and the targets 𝕐
        (``\frac{1}{n}||\mathbb{Y} - \mathbb{X}\theta||_2^2``). Only X and Y count
        (``\mathbb{R}`` is the reals), and only when the text writes no other X or Y
        beside them: a plain X and a blackboard X would be two matrices.
        """
        match = _BLACKBOARD_DATA.match(self.source, start, self.end)
        if match is None:
            return False
        if _OTHER_X_OR_Y.search(_BLACKBOARD_DATA.sub(" ", self.source)):
            return False
        letter = match.group("letter") or match.group("bare")
        self.add("name", letter, start, match.end())
        self.position = match.end()
        meaning = "the data matrix X" if letter == "X" else "Y, the targets"
        self.note(f"'{match.group(0)}' (blackboard bold, as Data 100 writes the design matrix 𝕏 and the targets 𝕐) "
                  f"is read as {meaning}")
        return True

    def styled_euler(self, name: str, start: int, stop: int) -> bool:
        r"""Read ``\mathbb{e}^{-z}``, ``\text{e}^{z}``, ``\mathrm e^{z}`` as Euler's e to that power.

        A styled lowercase e raised to a power is the exponential, however it is typeset: upright (ISO's
        ``\mathrm{e}``, and ``\text{e}``, ``\textrm{e}`` in text mode), unbraced (``\mathrm e``, TeX's one-letter
        argument), or in blackboard bold (skynet.jl's notes write ``\frac{1}{1 + \mathbb{e}^{-\theta^T x}}``, as
        Julia spells the constant ℯ). Blackboard bold is noted: its capital ``\mathbb{E}`` is the expectation, never
        read so. Without a power a blackboard e is refused (e, or a vector?); the others keep their reading (a word,
        a factor). The braced ``\mathrm{e}``, ``\mathit{e}``, ``\operatorname{e}`` are read as words already.
        """
        match = _STYLED_E.match(self.source, stop, self.end)
        if match is None or (name in _WORD_COMMANDS and self.source[stop:match.start("brace") if match.group("brace")
                                                                       else match.end()].lstrip().startswith("{")):
            return False
        argument = match.start("brace") if match.group("brace") else match.start("power") if match.group("power") \
            else match.end()
        written = self.source[start:argument]
        # {\mathbb{e}}^{z}: the power after the group closed around the e alone
        powered = match.group("power") is not None and (
            match.group("brace") is None or (bool(self.tokens) and self.tokens[-1].kind == "lbrace"))
        if not powered:
            if name != "mathbb":
                return False
            self.fail(f"'{written.strip()}' is read only as Euler's number raised to a power (\\mathbb{{e}}^{{z}}): "
                      "without one, is it the number e or a vector named e?", start,
                      hint="write e^{…} for the exponential; a vector as \\mathbf{e}")
        if name == "mathbb":
            self.note(f"'{written.strip()}' (blackboard bold e, as some notes write Euler's number, Julia's ℯ) is read "
                      "as e: the exponential")
        self.add("name", "e", start, argument)
        self.position = argument
        return True

    def transpose_in_text(self, stop: int) -> bool:
        """Whether ``\\text{T}`` ending its command at ``stop`` is a whole superscript: ``^{\\text{T}}``, ``^\\text{T}``."""
        if (upright := _UPRIGHT_T.match(self.source, stop, self.end)) is None:
            return False
        before = self.tokens[-2:]
        if before and before[-1].kind == "op" and before[-1].text == "^":
            return True
        after = upright.end()
        return (len(before) == 2 and before[-1].kind == "lbrace" and before[0].kind == "op" and before[0].text == "^"
                and self.source[after:self.end].lstrip().startswith("}"))

    def bold_text_letter(self, start: int, stop: int) -> bool:
        r"""Read ``\textbf{x}``, ``\textbf w`` as the bold letter: a vector, as ``\mathbf{x}`` is (noted).

        Notes typeset vectors with the text-mode bold as often as with \mathbf
        (``\boldsymbol{\theta}^T \textbf{x}^{(i)}``). Only one letter (or a Greek
        command) counts, or ``\textbf{1}``, the all-ones vector (``\textbf{1}^T\ln(…)``);
        a word (``\textbf{Objective}``) stays an annotation.
        """
        match = _BOLD_TEXT_LETTER.match(self.source, stop, self.end)
        if match is None:
            return False
        command = match.group("command")
        if command is not None and command[1:] not in _GREEK_COMMANDS:
            return False
        after = match.end()
        self.style("mathbf", start, stop)
        if match.group("one"):
            return True  # \textbf{1}: the all-ones vector, as \mathbf{1} (the parser notes how it reads it)
        self.note(f"'{self.source[start:after]}' (bold text type) is read as the bold letter {self.tokens[-1].text}, "
                  f"as \\mathbf would write it")
        return True

    def unhatted(self, letter: str, start: int) -> bool:
        """Whether the source also writes ``letter`` (a parameter, \\beta) without a hat over it."""
        spelled = re.escape(letter) if len(letter) == 1 else r"\\" + re.escape(letter)
        # the lookahead only for the unbraced \hat b: \hat{b}x is b̂ times x, and counts as hatted
        hats = re.compile(r"\\(?:wide)?hat\s*(?:\{\s*" + spelled + r"\s*\}|" + spelled + r"(?![A-Za-z]))")
        plain = re.compile(r"(?<![A-Za-z\\])" + spelled + r"(?![A-Za-z])" if len(letter) == 1 else spelled + r"(?![A-Za-z])")
        return len(plain.findall(self.source)) > len(hats.findall(self.source))

    def style(self, name: str, start: int, stop: int) -> None:
        r"""``\mathbf{x}``, ``\boldsymbol\theta``, ``\hat{y}``: the letter inside, styled."""
        position = stop
        while position < self.end and self.source[position].isspace():
            position += 1
        if position < self.end and self.source[position] == "{":
            text, begin, after = self.braced(stop, name)
        elif position < self.end:
            # one token without braces: a letter or a control word
            begin = position
            if self.source[position] == "\\":
                self.position = position
                _, after = self.control_word()
            else:
                after = position + 1
            text = self.source[begin:after]
        else:
            self.fail(f"'\\{name}' needs an argument", start)
        inner = text.strip()
        if name in ("hat", "widehat") and len(inner) > 1 and inner[0] in _HATTED and inner[1:].lstrip()[:1] in ("_", "^"):
            # \hat{y_i}, \hat{y^{(i)}}: the hat covers the scripts too; read as \hat{y}_i
            offset = begin + text.index(inner[0])
            self.refuse_both_hatted(start)
            self.tokens.append(_Token("hat", vocab.PREDICTION, start, offset + 1, self.source[start:after]))
            self.tokens.extend(_Tokenizer(self.source, offset + 1, begin + len(text), self.names).run()[:-1])
            self.position = after
            return
        if name in ("vec", "overrightarrow") and len(inner) > 1 and inner[0] in _ASCII_LETTERS \
                and inner[1:].lstrip()[:1] in ("_", "^"):
            # \vec{x_i}: the arrow covers the scripts too, as \hat{y_i}'s hat does; read as \vec{x}_i, noted
            offset = begin + text.index(inner[0])
            self.tokens.append(_Token("name", inner[0], start, offset + 1, self.source[start:after]))
            self.tokens.extend(_Tokenizer(self.source, offset + 1, begin + len(text), self.names).run()[:-1])
            self.note(f"'{self.source[start:after]}' is read as \\vec{{{inner[0]}}}{inner[1:].strip()} (the arrow "
                      "drawn over the scripts too)")
            self.position = after
            return
        shown = inner
        if name in ("hat", "widehat"):
            inner = _unstyled(inner)  # \hat{\mathbf{p}}: the prediction vector p̂, read as \hat{p}
        letter = None
        named = _NAME_WITH_PARAMETER.fullmatch(inner)
        if named and not self.tokens and _LEFT_SIDE_REST.match(self.source, after) is not None:
            # \mathcal{L;\lambda}(\mathbf{w}) =: the cost's name with its parameter typed inside the braces
            self.add("name", named.group(1), start, after)
            self.note(f"'{self.source[start:after]}' names the cost: read as {named.group(1)} (what follows ';' is "
                      "its parameter, as in L(w; λ))")
            self.position = after
            return
        if len(inner) == 1 and inner in _ASCII_LETTERS:
            letter = inner
        elif inner.startswith("\\") and inner[1:] in _GREEK_COMMANDS:
            letter = _GREEK_COMMANDS[inner[1:]]
        elif inner in vocab.GREEK:
            letter = vocab.GREEK[inner]
        if name in ("hat", "widehat") and letter in vocab.PARAMETER_VECTORS and not self.unhatted(letter, start):
            # ISLR's RSS(β̂₀, β̂₁) = Σ(yᵢ − β̂₀ − β̂₁xᵢ)²: the estimate is the parameter the cost is minimised over,
            # where the text writes no plain β beside it (then the two would be different quantities)
            self.add("name", letter, start, after)
            greek = {"beta": "β", "theta": "θ"}.get(letter, letter)
            self.note(f"'{self.source[start:after]}' (the estimate) is the parameter {greek} the cost is minimised "
                      f"over: read as {greek}, which the text writes no other way")
        elif (name in ("hat", "widehat") and letter in _HATTED_COEFFICIENTS and not self.unhatted(letter, start)
                and not self.source[after:self.end].lstrip().startswith(("_", "^"))):
            # a fitted line â + b̂x: the estimates are the coefficients the cost is minimised over, as β̂ is (above),
            # where the text writes no plain a or b beside them (then the two would be different quantities)
            self.add("name", letter, start, after)
            self.note(f"'{self.source[start:after]}' (a coefficient's estimate) is the coefficient {letter} the cost "
                      f"is minimised over: read as {letter}, which the text writes no other way")
        elif name in ("hat", "widehat"):
            if letter in vocab.PARAMETER_VECTORS:
                self.fail(
                    f"'\\{name}{{{shown}}}' beside {shown} without a hat: the estimate and the parameter are two "
                    "quantities here, and logderiv reads one",
                    start,
                    hint="write the parameter one way (with or without the hat) throughout",
                )
            if letter == "X" and not self.unhatted("X", start) and _AFTER_DATA_MATRIX.match(self.source, after):
                # the French report's z = \hat{X}\theta: X̂ is the data matrix with a column of ones appended for
                # the intercept (as x̃ is the features with a 1), times the parameters; read as X where no plain X
                # is written (then X̂ and X would be two matrices)
                self.add("name", vocab.DATA_MATRIX, start, after)
                self.note(f"'{self.source[start:after]}' {HATTED_DATA_MATRIX_NOTE}")
                self.position = after
                return
            if letter == "Y" and _HATTED_LOWER_Y.search(self.source) is None:
                # DeepLearning.AI's Ŷ: the row (or column) of every example's prediction, as Y is of the labels;
                # beside a lower-case ŷ the two may be different quantities, and Ŷ stays refused
                self.add("hat", vocab.PREDICTION, start, after)
                self.note(f"'{self.source[start:after]}' is ŷ in a capital, as DeepLearning.AI writes it: the "
                          "predictions of all the examples, as Y writes their labels")
                self.position = after
                return
            if letter not in _HATTED:
                self.fail(
                    f"'\\{name}{{{shown}}}' is not read: only \\hat{{y}} and \\hat{{p}}, the prediction, are",
                    start,
                    hint="call other quantities by a plain letter",
                )
            self.refuse_both_hatted(start)
            self.add("hat", letter if self.hat_is_let(letter) else vocab.PREDICTION, start, after)
        elif inner in ("\\sigma", "σ") and name in _BOLD_STYLES and not self.applied_at(after):
            # \boldsymbol{\sigma} alone: the vector of the predictions σ⁽ⁱ⁾, one per example (noted)
            self.add("name", vocab.SIGMA_VECTOR, start, after)
            self.note(conventions.sigma_vector_note(self.source[start:after]))
        elif inner == "\\sigma" and name in _BOLD_STYLES and SIGMA_VALUE not in self.names \
                and self.source[after:self.end].lstrip().startswith(("(", "\\left(")):
            # \boldsymbol{\sigma}(\textbf{W}^T\textbf{X}_i) (Amir's notes, every name in bold): bold type on the
            # function applied to its bracket is the function σ, as \sigma(…) is (typography only)
            self.add("function", _FUNCTION_COMMANDS["sigma"], start, after)
        elif inner == "1" and name in _BOLD_STYLES:
            self.add("ones", "1", start, after)  # \mathbf{1}: the all-ones vector (read by the parser, noted)
        elif letter is None and name in _BOLD_STYLES and self.source[begin - 1 : begin] == "{" and _bold_expression(inner):
            # \mathbf{-\theta^\top x}, \mathbf{x^{(i)}}: bold type over an expression carries no mathematics;
            # the braces are read as TeX reads them, a group
            self.position = begin - 1
            return
        elif letter is None and inner.isdigit() and inner not in ("0", "1") and name in _BOLD_STYLES \
                and self.source[:start].rstrip().endswith("{") and self.source[after:self.end].lstrip().startswith("}"):
            # \frac{1}{\mathbf{2}}: a bold number alone in braces (a fraction's part) is the number; elsewhere
            # (\mathbf{12} + \theta_1) it may be a vector of that number, refused
            self.add("number", inner, start, after)
            self.note(f"'{self.source[start:after]}' is read as the number {inner} (bold type)")
        elif letter is None and name in _BOLD_STYLES and self.source[begin - 1 : begin] == "{" \
                and _bold_product(inner, self.source, self.names):
            # \mathbf{Xw}: letters the text also sets bold one by one (\mathbf{X}, \mathbf{w}) are those names side
            # by side, their product, as {Xw} is; a word a --let defines (Xw) stays one name, refused below
            script = _SCRIPT_AFTER_GROUP.match(self.source, after)
            if script is not None:
                # audit44: \mathbf{Xw}^2 was read as (Xw)², where the page shows Xw² (X times w², as \mathbf{X}
                # \mathbf{w}^2 is): of the product or of its last letter, both shapes hold, and which is not said
                self.fail(f"'{self.source[start:after]}^…': a power after a bold group of two names — of their "
                          "product or of the last letter alone? It shows as either", after,
                          hint="write the brackets: (\\mathbf{X}\\mathbf{w})^2 or \\mathbf{X}\\mathbf{w}^2")
            self.note(f"'{self.source[start:after]}' is read as the product {' '.join(inner)}: the text sets each "
                      "of its letters bold on its own as a name, and one bold group over them is their product")
            self.position = begin - 1
            return
        elif letter is None:
            self.fail(f"'\\{name}{{{inner}}}' must hold one letter", begin, hint=f"e.g. \\{name}{{x}}")
        else:
            if letter == "b" and name in _BOLD_STYLES | {"vec", "overrightarrow"} and "b" not in self.names:
                self.bold_intercept(start, after)
            self.add("name", letter, start, after)
        self.position = after

    def bold_intercept(self, start: int, after: int) -> None:
        r"""``\mathbf{b}`` in ``\|X\mathbf{w} + \mathbf{b} - \mathbf{y}\|^2``: the intercept b, one number, set bold as
        the vector b·1 of it repeated for every example (Amrani's 'scalaire (ou vecteur m × 1)'), noted; in a norm with
        no labels y (``\|A\mathbf{x} - \mathbf{b}\|^2``, the least squares of Ax = b) bold b is the targets' vector
        as likely, and is refused (audit57: read as the intercept without a word)."""
        written = self.source[start:after]
        if _LABEL_Y.search(self.source) is None and _NORM_BAR.search(self.source) is not None:
            self.fail(f"'{written}' in a norm with no labels y: the vector of targets (as in ‖Ax − b‖², the least "
                      "squares of Ax = b) or the intercept b added to every example? Both are written so", start,
                      hint="write y for the targets (\\|X\\mathbf{w} - \\mathbf{y}\\|^2), or a plain b for the "
                           "intercept with the labels: \\|X\\mathbf{w} + b - \\mathbf{y}\\|^2")
        self.note(f"'{written}' (bold, as a vector is set) is read as the intercept b, one number added to every "
                  "example's prediction (in matrix form b·1, the intercept repeated down the m examples)")

    def refuse_both_hatted(self, start: int) -> None:
        r"""Refuse ``\hat{y}`` and ``\hat{p}`` in one text: each alone is the prediction, side by side two quantities.

        Slides where the hat marks a vector (compphysics' -\hat{X}^T(\hat{y} - \hat{p})) write ŷ for the labels and
        p̂ for the fitted probabilities: read both as the prediction h, the answer was h − h, 0, a right gradient
        judged 'different'. Which of the two is the labels the text does not say for sure, so it is asked.
        """
        if any(pattern.search(self.source) is None for pattern in _HATTED_SCRIPTED.values()):
            return
        self.fail("\\hat{y} and \\hat{p} are both written here: each alone is read as the prediction h, but side by "
                  "side they are two quantities (where the hat marks a vector, \\hat{y} may be the labels y and "
                  "\\hat{p} the fitted probabilities), and h − h would be 0", start,
                  hint="write the labels as y beside \\hat{p} (the prediction), or define \\hat{y} with --let")

    def hat_is_let(self, letter: str) -> bool:
        r"""Whether ``\hat{p}`` names the ``p`` a --let defines: code's name for p̂, with no h defined and no bare p written."""
        if letter != "p" or letter not in self.names or vocab.PREDICTION in self.names:
            return False
        return _BARE_P.search(_HATTED_P.sub("", self.source)) is None

    def applied_at(self, position: int) -> bool:
        r"""Whether an argument starts at ``position``: ``(``, ``{``, ``\left``, ``\big(`` (spaces skipped)."""
        rest = self.source[position:self.end].lstrip()
        return rest.startswith(("(", "{", "[", "\\left", "\\big", "\\Big", "^", "_"))

    def sized(self, name: str, start: int, stop: int) -> None:
        r"""``\left(``, ``\right]``, ``\bigl(``: a bracket with a size."""
        position = stop
        while position < self.end and self.source[position].isspace():
            position += 1
        if position >= self.end:
            self.fail(f"'\\{name}' needs a delimiter after it", start)
        if self.source[position] == "\\":
            self.position = position
            word, after = self.control_word()
            delimiter = "\\" + word
        else:
            delimiter, after = self.source[position], position + 1
        raw = self.source[start:after]
        if delimiter in _OPEN_DELIMITERS and not name.endswith("r"):
            self.add("open", _OPEN_DELIMITERS[delimiter], start, after)
        elif delimiter in _CLOSE_DELIMITERS and not name.endswith("l"):
            self.add("close", _CLOSE_DELIMITERS[delimiter], start, after)
        elif delimiter in _NORM_DELIMITERS:
            self.add("norm", "‖", start, after)
        elif delimiter == "|":
            if not self.vector_bar(raw, start, after):
                _absolute_value(raw, self.source, start)
        elif delimiter == "." and name == "right" and (join := _BROKEN_BRACKET.match(self.source, after, self.end)):
            # \left\{ … + \right.\\ & \qquad\left. … \right\}: one bracket broken across two lines of an align
            # display, each line's \left/\right balanced by an invisible one: the two halves are one bracket
            if not (_OPERATOR_BEFORE.search(self.source, 0, start) or _OPERATOR_AFTER.match(self.source, join.end())):
                # (1 − y) log(1 − h) \right.\\ \left. y log h: no sign where the line breaks, so the halves would
                # be a product, where the cross-entropy's sum seems meant
                self.fail(f"'{' '.join(self.source[start:join.end()].split())}' joins two lines with no operator "
                          "between them: the halves would be multiplied", start,
                          hint="write the sign where the line breaks: … + \\right.\\\\ & \\left. …")
            self.note(f"'{' '.join(self.source[start:join.end()].split())}' breaks one bracket across the lines of the display: "
                      "read as one bracket")
            after = join.end()
        elif delimiter == ".":
            self.fail(f"'{raw}' (an invisible delimiter) is not supported", start, hint="balance the brackets")
        elif delimiter in ("<", "\\langle") and not name.endswith("r") or delimiter in (">", "\\rangle") \
                and not name.endswith("l"):
            # \big< w, \phi(x) \big> (a kernel note), \left\langle … \right\rangle: TeX sets < and > after a size
            # command as the angle brackets; read as \langle … \rangle, the inner product (_inner_products)
            kind = "langle" if delimiter in ("<", "\\langle") else "rangle"
            self.add(kind, kind, start, after)
        else:
            self.fail(f"'\\{name}' must be followed by a bracket, not '{delimiter}'", position)
        self.position = after


def _unstyled(inner: str) -> str:
    r"""``\mathbf{p}`` → ``p``, ``\boldsymbol y`` → ``y``: one styled letter without its style, else ``inner``."""
    for style in _STYLES:
        command = "\\" + style
        if inner.startswith(command) and not inner[len(command) : len(command) + 1].isalpha():
            rest = inner[len(command) :].strip()
            if rest.startswith("{") and rest.endswith("}"):
                rest = rest[1:-1].strip()
            if len(rest) == 1 and rest in _ASCII_LETTERS:
                return rest
    return inner


#: a power after a bold group (``\mathbf{Xw}^2``); its transpose (``^T``, ``^\top``, ``^{T}``) is no power
_SCRIPT_AFTER_GROUP = patterns.compile(r"\s*\^(?!\s*(?:\{\s*)?(?:T|\\top|\\intercal|\\mathsf\s*\{\s*T\s*\})(?![A-Za-z]))")


def _bold_product(inner: str, source: str, names: frozenset[str]) -> bool:
    r"""Whether ``\mathbf{inner}`` is a product of names the text sets bold one by one (``\mathbf{Xw}``).

    Each letter must be written bold alone elsewhere in ``source`` (``\mathbf{X}``, ``\mathbf{w}``), so each is a
    name of the text's; a word the --lets define (``names``) is that one name, never a product.
    """
    if not (2 <= len(inner) <= 3 and all(char in _ASCII_LETTERS for char in inner)) or inner in names:
        return False
    return all(re.search(r"\\(?:mathbf|boldsymbol|bm|pmb|bold|mathbfit)\s*\{\s*" + char + r"\s*\}", source)
               for char in inner)


def _bold_expression(inner: str) -> bool:
    r"""Whether ``\mathbf{inner}`` is bold type over an expression rather than over one name.

    A script, an operator or a command makes it an expression (``x^{(i)}``, ``-\theta^\top x``); a bare
    word (``\mathbf{XW}``: one name or a product?) or a number (``\mathbf{1}``, a vector of ones) is not.
    """
    if not inner or inner.isalnum():
        return False
    return any(mark in inner for mark in "^_\\+-")


def _is_length(text: str) -> bool:
    text = text.strip().lstrip("-")
    for unit in _LENGTH_UNITS:
        if text.endswith(unit):
            number = text[: -len(unit)].strip()
            return bool(number) and all(c in _DIGITS or c == "." for c in number)
    return False


#: a function's label in words, as the tokenizer leaves its group: \text{nll}, {\text{nll}}, {\mathrm{sq}}
_FUNCTION_LABEL = patterns.compile(r"\{?\s*\\(?:text|textrm|mathrm)\s*\{\s*(?P<word>[A-Za-z]{2,})\s*\}\s*\}?")


def function_label_word(written: str) -> str | None:
    r"""The word of a function's label as written after its ``_`` (``\text{nll}``, ``{\text{nll}}``), or None."""
    found = _FUNCTION_LABEL.fullmatch(written.strip())
    return found.group("word") if found else None


def _held_parameters(inner: list[_Token]) -> list[str] | None:
    r"""The parameters a ``\min`` subscript lists, as written (``w``, ``θ₀``), or None if it lists anything else.

    Parameters (θ, w, β, b), whole or one component (``\theta_0``, ``\theta_{1}``, ``w_j``), separated by commas
    or written side by side: ``\min_{\theta_{0}\theta_{1}}`` (Italian notes on Ng's course) lists two, as no
    product is minimised over.
    """
    held: list[str] = []
    k = 0
    while k < len(inner):
        token = inner[k]
        if token.kind != "name" or token.text not in _MINIMISED_OVER:
            return None
        shown, k = token.text, k + 1
        if k < len(inner) and inner[k].kind == "op" and inner[k].text == "_":
            braced = k + 1 < len(inner) and inner[k + 1].kind == "lbrace"
            index = inner[k + 1 + braced] if k + 1 + braced < len(inner) else None
            if index is None or index.kind not in ("number", "name") or (
                    braced and (k + 3 >= len(inner) or inner[k + 3].kind != "rbrace")):
                return None
            shown, k = f"{shown}_{index.text}", k + 2 + 2 * braced
        held.append(shown)
        if k < len(inner) and inner[k].kind == "op" and inner[k].text == ",":
            k += 1
            if k == len(inner):
                return None
    return held or None


def _tokenize(source: str, start: int, end: int, names: frozenset[str]) -> list[_Token]:
    return _Tokenizer(source, start, end, names).run()


def _unwrap(source: str, tokens: list[_Token]) -> list[_Token]:
    r"""Drop ``$...$``, ``\[...\]``, ``\begin{equation}...\end{equation}`` and a final ``.`` or ``,``."""
    changed = True
    punctuated = False
    while changed and len(tokens) > 1:
        changed = False
        last = tokens[-2]
        if last.kind == "op" and last.text in ".," and not punctuated:
            tokens = tokens[:-2] + tokens[-1:]  # the formula ends a sentence: one mark, not a run
            changed = punctuated = True
            continue
        first = tokens[0]
        if (
            first.kind == "lbrace"
            and last.kind == "rbrace"
            and _closing_brace(tokens) == len(tokens) - 2
            and not any(token.kind == "op" and token.text == "over" for token in tokens)  # {a \over b}: a fraction
        ):
            tokens = tokens[1:-2] + tokens[-1:]  # {\small ...}: braces around the whole formula
            changed = True
        elif first.kind == "delimiter":
            closing = _MATH_DELIMITERS.get(first.raw)
            if closing is None or last.kind != "delimiter" or last.raw != closing or last is first:
                _fail(f"'{first.raw}' is never closed", source, first.start, hint=f"end the formula with '{closing}'")
            tokens = tokens[1:-2] + tokens[-1:]
            changed = True
        elif first.kind == "begin_env":
            if first.text not in _WRAPPERS:
                _unsupported_environment(source, first)
            if last.kind != "end_env" or last.text != first.text:
                _fail(f"'\\begin{{{first.text}}}' is never ended", source, first.start, hint=f"add \\end{{{first.text}}}")
            tokens = tokens[1:-2] + tokens[-1:]
            changed = True
    for token in tokens:
        if token.kind == "delimiter":
            _fail(f"unexpected '{token.raw}' inside the formula", source, token.start, hint="give one formula")
        if token.kind == "begin_env":
            if token.text in _WRAPPERS:
                _fail(f"'\\begin{{{token.text}}}' must enclose the whole formula", source, token.start)
            _unsupported_environment(source, token)
        if token.kind == "end_env":
            _fail(f"'\\end{{{token.text}}}' has no matching \\begin", source, token.start)
    return tokens


def _doubled_braces_as_one(tokens: list[_Token]) -> list[_Token]:
    r"""``{{db}}`` is ``{db}``: a brace group whose only content is another group groups nothing more in TeX.

    Editors that brace every part (``\frac{dLoss}{{db}}``, a blog's MathType export)
    double them; each pattern after this reads one group. Unbalanced braces are left
    for the bracket check to report.
    """
    stack: list[int] = []
    partner: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token.kind == "lbrace":
            stack.append(index)
        elif token.kind == "rbrace":
            if not stack:
                return tokens
            partner[stack.pop()] = index
    if stack:
        return tokens
    dropped = {index for index, close in partner.items()
               if tokens[index + 1].kind == "lbrace" and partner.get(index + 1) == close - 1}
    dropped |= {partner[index] for index in dropped}
    return [token for index, token in enumerate(tokens) if index not in dropped] if dropped else tokens


def _refuse_a_sum_in_bare_braces(source: str, tokens: list[_Token]) -> None:
    r"""Refuse ``y{\frac{1}{g} - (1-y)\frac{1}{1-g}}``: a factor glued to bare braces around a sum or difference.

    TeX's braces group without printing a bracket: the page shows y·1/g − (1 − y)·1/(1 − g) (CSDN's
    single-sample derivation means exactly that), while read as a bracket y multiplies the whole
    difference. Which one the writer meant is not in the text: refused, naming both. Only braces that
    are no command's argument nor a script's (glued to a plain letter or number that is not itself a
    script), holding a + or − between two terms outside every bracket.
    """
    partner = _brace_partners(tokens)
    for opened, closed in partner.items():
        before = tokens[opened - 1] if opened else None
        if before is None or before.kind not in ("name", "number") or before.end != tokens[opened].start \
                or before.raw.startswith("\\"):
            continue
        if opened >= 2 and tokens[opened - 2].kind == "op" and tokens[opened - 2].text in "^_/":
            # \sum_{i=1}^m{…}, x_j{…}: the letter is a script, the group is the summand's or a typing habit;
            # (a − y)/a{1 − a}: a denominator's bracket, refused where slashes are read, naming its own readings
            continue
        depth = 0
        for index in range(opened + 1, closed):
            token = tokens[index]
            if token.kind in ("open", "lbrace"):
                depth += 1
            elif token.kind in ("close", "rbrace"):
                depth -= 1
            elif depth == 0 and token.kind == "op" and token.text in ("+", "-") and index > opened + 1:
                written = source[before.start:tokens[closed].end]
                _fail(f"'{_shortened_group(written)}' glues {before.raw} to braces around a sum: TeX's braces print no "
                      f"bracket, so the page shows {before.raw} times the first term only; is {before.raw} a factor "
                      f"of the whole group, or of its first term as printed?", source, tokens[opened].start,
                      hint=f"write the bracket the page should show: {before.raw}\\left(…\\right), or drop the "
                           "braces")


def _brace_partners(tokens: list[_Token]) -> dict[int, int]:
    """Each ``{`` token's index → its ``}``'s (an unclosed one has none: the parser reports it)."""
    partner: dict[int, int] = {}
    stack: list[int] = []
    for index, token in enumerate(tokens):
        if token.kind == "lbrace":
            stack.append(index)
        elif token.kind == "rbrace" and stack:
            partner[stack.pop()] = index
    return partner


def _shortened_group(text: str) -> str:
    return text if len(text) <= 48 else text[:45] + "…"


def _braced_scripts(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""``\theta{^T}x``, ``\theta{}^T x``: a script typed in (or after) an empty brace group, glued to a letter.

    TeX sets ``{^T}`` as a superscript of an empty atom right after θ, so the page
    shows θᵀ; the braces are a typing habit (a blog's ``\bf{\theta{^T}x}``), not a
    group with a value of its own. The group goes when it holds nothing but the one
    script (``^`` or ``_`` and a single token or brace group), or nothing at all
    before a script, and is glued to a name or a closing bracket; the reading
    gets a note. Anything else in the braces is left to the parser.
    """
    partner = _brace_partners(tokens)
    dropped: set[int] = set()
    for opened, closed in partner.items():
        if opened == 0:
            continue
        before = tokens[opened - 1]
        # after a name or a bracket only: \frac{a}{b}{^2} sets the 2 beside the fraction, whose square is not said
        if before.kind not in ("name", "close") or before.end != tokens[opened].start:
            continue
        inner = tokens[opened + 1:closed]
        if not inner:  # \theta{}^T: the empty group only carries the script that follows it
            after = tokens[closed + 1] if closed + 1 < len(tokens) else None
            if after is None or after.kind != "op" or after.text not in "^_":
                continue
        elif not (inner[0].kind == "op" and inner[0].text in "^_" and len(inner) >= 2
                  and (len(inner) == 2 and inner[1].kind in ("name", "number")
                       or inner[1].kind == "lbrace" and partner.get(opened + 2) == closed - 1)):
            continue
        dropped.update((opened, closed))
        # \theta_j{^2}: the letter before the braces is θ's subscript, but the script goes on θⱼ (TeX sets θⱼ²);
        # the note shows the whole scripted name, not "j^2", which reads as θ_{j²}
        first = opened - 1
        while first >= 2 and tokens[first - 1].kind == "op" and tokens[first - 1].text in "^_" \
                and tokens[first - 2].kind == "name":
            first -= 2
        written = source[tokens[first].start:tokens[closed].end]
        shown = source[tokens[first].start:before.end]
        tokenizer.note(f"'{written}' is read as {shown}{source[tokens[opened + 1].start:tokens[closed].start] if inner else ''}"
                       f"{'' if inner else ' with the script after it'}: braces holding only a script (or "
                       "nothing before one) group nothing, and TeX sets the script on the letter before them")
    if not dropped:
        return tokens
    return [token for index, token in enumerate(tokens) if index not in dropped]


def _feature_map(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""``\mathbf{w}^T \phi(\mathbf{x}^{(i)})``: an undefined φ of the example, dotted with the weights, is its features.

    Notes on linear models write φ(x) for the feature map (basis functions): the model is wᵀφ(x⁽ⁱ⁾), and the
    gradient is in φ(x⁽ⁱ⁾)'s values, the data the weights multiply (mlkr's lecture: ½‖w‖² + Σ(y − wᵀφ(x) − b)²).
    Read so, φ(x⁽ⁱ⁾) is x⁽ⁱ⁾ in the output, noted (:data:`conventions.FEATURE_MAP_NOTE`). Only where no --let
    defines φ, every φ of the text is applied to one example's x alone (its scripts only), one of them right after a
    parameter vector's transpose (``w^T\phi(x)``) or before one (``\phi(x)^T w``; the others, ``\phi(x_i)_j``, are
    the same features), and the text writes no x, X outside them: there x and φ(x) would be two quantities read as
    one. Any other φ keeps the refusal of an undefined function.
    """
    written = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text in conventions.FEATURE_MAPS]
    if not written or any(token.text in tokenizer.names for token in (tokens[k] for k in written)):
        return tokens
    calls: list[tuple[int, int]] = []  # (φ's index, its ')' index)
    for k in written:
        close = _example_argument_end(tokens, k + 1)
        if close is None:
            return tokens
        calls.append((k, close))
    if not any(_after_parameter_transpose(tokens, k) or _before_parameter_transpose(tokens, close)
               for k, close in calls):
        return tokens  # φ(x) nowhere beside the weights: a function of the text's own, to be defined
    blanked = source
    for k, close in calls:
        blanked = blanked[:tokens[k].start] + " " * (tokens[close].end - tokens[k].start) + blanked[tokens[close].end:]
    if conventions.DATA_WRITTEN.search(blanked[tokens[0].start:tokens[-1].end]):
        return tokens
    dropped = {k for k, _ in calls}
    # w^T φ(x), φ(x^{(i)})_j: the brackets go with φ, so the transpose or the component meets x; φ(x)^T w keeps
    # them, (x^{(i)})^T w as written
    dropped |= {k + 1 for k, close in calls if not _before_parameter_transpose(tokens, close)}
    dropped |= {close for k, close in calls if not _before_parameter_transpose(tokens, close)}
    shown = ", ".join(dict.fromkeys(source[tokens[k].start:tokens[close].end] for k, close in calls))
    tokenizer.note(f"{shown}: φ is defined nowhere and is applied to the example's x beside the weights' transpose, "
                   f"{conventions.FEATURE_MAP_NOTE}")
    return [token for k, token in enumerate(tokens) if k not in dropped]


def _example_argument_end(tokens: list[_Token], opened: int) -> int | None:
    """The index of the ``)`` closing ``(`` at ``opened`` when the bracket holds one example's x alone; else None.

    One script only, naming the example (``x_i``, ``x^{(i)}``, ``\\mathbf{x}_n``): a feature's index in it
    (``\\phi(x^{(i)}_j)``, ``\\phi(x_{ij})``, ``\\phi(x_j)``) makes it φ of one feature, not the example's features
    φ(x)_j, and a number (``\\phi(x_1)``) may name a feature too (audit27g: φ(x_j⁽ⁱ⁾) was read as φ(x⁽ⁱ⁾)_j).
    """
    if not (opened + 1 < len(tokens) and tokens[opened].kind == "open" and tokens[opened].text == "("
            and tokens[opened + 1].kind == "name" and tokens[opened + 1].text in vocab.DATA_VECTORS):
        return None
    k, depth, scripts = opened + 2, 0, 0
    while k < len(tokens):
        token = tokens[k]
        if depth == 0 and token.kind == "close" and token.text == ")":
            return k
        if depth == 0 and not (token.kind == "op" and token.text in "_^"):
            return None  # x times something, x + 1: not one example's vector
        scripts += 1
        if scripts > 1:
            return None  # x^{(i)}_j: the example's feature j
        k += 1  # the script: one token, or a braced group holding the example's mark
        if k >= len(tokens):
            return None
        if tokens[k].kind == "lbrace":
            depth = 1
            k += 1
            while k < len(tokens) and depth:
                if tokens[k].kind in ("lbrace",):
                    depth += 1
                elif tokens[k].kind == "rbrace":
                    depth -= 1
                elif tokens[k].kind == "transpose" or tokens[k].kind == "name" and tokens[k].text == "T":
                    return None  # x^{(i)T}: transposed inside the call
                elif tokens[k].kind == "number" or tokens[k].kind == "name" and tokens[k].text in vocab.FEATURE_INDICES:
                    return None  # x_{ij}, x_{1}: a feature's index
                k += 1
        elif tokens[k].kind == "name" and tokens[k].text != "T" and tokens[k].text not in vocab.FEATURE_INDICES:
            k += 1
        else:
            return None
    return None


def _transpose_tokens(tokens: list[_Token], at: int) -> int | None:
    """The index after ``^T`` (or ``^{T}``, ``^\\top``) starting at ``at``; None when there is none."""
    if not (at < len(tokens) and tokens[at].kind == "op" and tokens[at].text == "^"):
        return None
    if at + 1 < len(tokens) and (tokens[at + 1].kind == "transpose" or tokens[at + 1].kind == "name"
                                 and tokens[at + 1].text == "T"):
        return at + 2
    if (at + 3 < len(tokens) and tokens[at + 1].kind == "lbrace" and tokens[at + 3].kind == "rbrace"
            and (tokens[at + 2].kind == "transpose" or tokens[at + 2].kind == "name" and tokens[at + 2].text == "T")):
        return at + 4
    return None


def _after_parameter_transpose(tokens: list[_Token], call: int) -> bool:
    """Whether the φ at ``call`` comes right after a parameter vector's transpose: ``w^T\\phi(…)``."""
    for start in (call - 3, call - 5):
        if (start >= 0 and tokens[start].kind == "name" and tokens[start].text in vocab.PARAMETER_VECTORS
                and _transpose_tokens(tokens, start + 1) == call):
            return True
    return False


def _before_parameter_transpose(tokens: list[_Token], close: int) -> bool:
    """Whether the call ending at ``close`` is transposed before a parameter vector: ``\\phi(…)^T w``."""
    after = _transpose_tokens(tokens, close + 1)
    return (after is not None and after < len(tokens) and tokens[after].kind == "name"
            and tokens[after].text in vocab.PARAMETER_VECTORS)


def _glued_example_index(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""``\hat{y}i`` beside ``y_i``: the index glued to the hat is its subscript, its underscore lost (noted).

    A note editor (Notion) that eats the underscore leaves ``(y_i - \hat{y}i)^2``; ŷ times
    the example index is no quantity of a cost (logderiv refuses the index as a value), so
    where the same text writes that letter as a subscript of the data or the labels
    (y_i, x_i), it is read as ŷ's subscript. Refused as before when nothing else writes
    the letter so, when a script follows it (``\hat{y}i^2``: whose square?), or when a
    space parts it from the hat.
    """
    # the whole text, a --let's value too: its left side \hat{y}i is read apart from the x_i beside it
    written_so = {(match.group("name"), match.group("index")) for match in _DATA_SUBSCRIPT.finditer(source)}
    subscripted = {index for _, index in written_so}
    result: list[_Token] = []
    for k, token in enumerate(tokens):
        before = tokens[k - 1] if k else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if (before is not None and before.kind == "hat" and token.kind == "name" and token.text in subscripted
                and len(token.raw) == 1 and before.end == token.start
                and not (after is not None and after.kind == "op" and after.text in "^_")
                and not (after is not None and after.kind == "name" and after.start == token.end)):
            result.append(_Token("op", "_", token.start, token.start, ""))
            written = source[before.start:token.end]
            tokenizer.note(f"'{written}' is read as {before.raw}_{token.raw}: the {token.raw} glued to it is the "
                           f"index the text writes as a subscript elsewhere "
                           f"({', '.join(sorted(f'{n}_{i}' for n, i in written_so if i == token.text))}), "
                           f"{GLUED_INDEX_NOTE}")
        result.append(token)
    return result


#: how the note of ``\hat{y}i`` read as ``\hat{y}_i`` ends
GLUED_INDEX_NOTE = "its underscore lost"


def _glued_sum_limits(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""``\sum{i=1}^{n}`` beside ``y_i``: the braces glued to the Σ are its lower limit, its underscore lost (noted).

    The editor that leaves ``\hat{y}i`` (:func:`_glued_example_index`) leaves ``\sum{i=1}^{n}`` in the same
    line: TeX would print Σ and then "i=1" as a factor raised to n, an equation inside a product no cost
    holds, so where the braces hold only an index, '=' and a number or a letter, glued to the Σ and followed by
    its upper limit, and the text writes that index as a subscript of the data or the labels elsewhere (y_i, x_i),
    the braces are read as the sum's subscript. Refused as before otherwise (a space before the brace, no ^
    after it, anything else inside).
    """
    written_so = {(match.group("name"), match.group("index")) for match in _DATA_SUBSCRIPT.finditer(source)}
    subscripted = {index for _, index in written_so}
    result: list[_Token] = []
    for k, token in enumerate(tokens):
        result.append(token)
        window = tokens[k + 1:k + 7]
        if token.kind != "sum" or token.raw != "\\sum" or len(window) < 6:
            continue
        brace, index, equals, low, close, caret = window
        if (brace.kind == "lbrace" and brace.start == token.end and index.kind == "name" and len(index.raw) == 1
                and index.text in subscripted and equals.kind == "op" and equals.text == "="
                and low.kind in ("number", "name") and close.kind == "rbrace"
                and caret.kind == "op" and caret.text == "^" and caret.start == close.end):
            result.append(_Token("op", "_", brace.start, brace.start, ""))
            tokenizer.note(f"'{source[token.start:close.end]}' is read as \\sum_{{{index.raw}={low.raw}}}: the braces "
                           f"glued to the sum hold its lower limit, {index.raw} the index the text writes as a "
                           f"subscript elsewhere "
                           f"({', '.join(sorted(f'{n}_{i}' for n, i in written_so if i == index.text))}), "
                           f"{GLUED_INDEX_NOTE}")
    return result
#: a hat glued to a letter after it: ``\hat{y}i``
_GLUED_HAT = patterns.compile(r"\\hat\s*\{\s*[A-Za-z]\s*\}[a-z]")
#: ``y_i``, ``x_{i}``: the data or the labels with a one-letter subscript (the example's index)
_DATA_SUBSCRIPT = patterns.compile(r"(?<![A-Za-z\\])(?P<name>[xy])_(?:\{\s*)?(?P<index>[a-z])(?![A-Za-z])")


#: the letter gradient descent numbers its iterates by: θ^{(t)}, the parameters after t steps
_ITERATE_LETTER = "t"


def _iterate_marks(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""``\theta_1^{(t)}``: the parameter at gradient descent's t-th iterate, the parameter itself (noted).

    Data 100 writes ∂L(θ₁^{(t)})/∂θ₁ = −(2/n) Σ (yᵢ − θ₁^{(t)}xᵢ)xᵢ: the derivative taken at the
    current iterate. Examples are marked on the data (x⁽ⁱ⁾, y⁽ⁱ⁾), never on a parameter, so a
    parenthesised t over θ, w, β or b numbers iterates, and the gradient is the same function of
    the parameter; so does (t−1), the iterate an update step starts from (MIT 6.390's pseudocode
    θ^{(t)} = θ^{(t−1)} − η(…θ^{(t−1)}…)), where every mark is (t−1). Refused where the text writes t
    elsewhere (a target t, a time), where it mixes (t) and (t−1) (two iterates), and where the right side writes the same parameter without the mark too (‖θ − θ^{(t)}‖², a
    proximal step: there the iterate is a constant of its own). Those were left to the parser,
    which read the mark as a power θ^t, silently: a parenthesised superscript is never a power
    in ML notes. Any other parenthesised or bracketed superscript on a parameter (W^{(2)}, W^{[2]}, a
    layer; θ^{(k)}, an iterate by another letter) is refused for the same reason.
    """
    marks: list[tuple[int, int, int]] = []  # (the parameter, the mark's first token, after it)
    for k, token in enumerate(tokens):
        if not (token.kind == "name" and token.text in _ITERATED):
            continue
        if k and tokens[k - 1].kind == "op" and tokens[k - 1].text in "^_":
            continue  # a script itself (\nabla_\beta^{(i)}): the mark is the operator's, not the parameter's
        if k > 1 and tokens[k - 1].kind == "lbrace" and tokens[k - 2].kind == "op" and tokens[k - 2].text in "^_":
            continue  # a braced script (X_{b}^{(i)}): TeX sets the mark on X, whose subscript b is, not on b
        at = _after_subscript(tokens, k)
        if k and tokens[k - 1].kind == "lbrace" and at < len(tokens) and tokens[at].kind == "rbrace":
            at += 1  # {\theta}^{(t-1)}, {\theta_0}^{(t-1)} (MIT 6.390's pseudocode): the braces only group the name
        window = [t.kind + t.text for t in tokens[at:at + 8]]
        mark = next((mark for mark in _ITERATE_MARKS if window[:len(mark) + 3] == ["op^", "lbrace{", *mark, "rbrace}"]
                     or window[:len(mark) + 1] == ["op^", *mark]), None)
        if mark is not None:
            braced = window[1] == "lbrace{"
            marks.append((k, at, at + len(mark) + 1 + 2 * braced))
        elif window[:3] in (["op^", "lbrace{", "open("], ["op^", "lbrace{", "open["]) or window[:2] in (
                ["op^", "open("], ["op^", "open["]):  # W^{[2]}: the deep-learning course's layer
            shown = source[token.start:tokens[min(at + 3, len(tokens) - 1)].end]
            _fail(f"'{shown}…': a parenthesised superscript on a parameter marks an iterate or a layer, not a "
                  "power, and only (t) and (t-1), gradient descent's iterates, are read", source, tokens[at].start,
                  hint="write the square as \\theta^2, or the parameter without the mark")
    if not marks:
        return tokens
    written_marks = {"".join(t.text for t in tokens[begin:end] if t.kind not in ("op", "lbrace", "rbrace") or t.text == "-")
                     for _, begin, end in marks}
    if len(written_marks) > 1:
        _fail("the parameters carry two iterate marks, (t) and (t-1): two iterates, not the parameter itself",
              source, tokens[marks[0][1]].start, hint="write each parameter at one iterate, or without the mark")
    inside = {index for _, begin, end in marks for index in range(begin, end)}
    elsewhere = next((token for index, token in enumerate(tokens)
                      if token.kind == "name" and token.text == _ITERATE_LETTER and index not in inside), None)
    if elsewhere is not None:
        _fail(f"'{_ITERATE_LETTER}' is written outside an iterate mark too: is {_ITERATE_LETTER} only the number of "
              "gradient descent's iterate (the mark read as the parameter) or a value of its own?",
              source, elsewhere.start)
    body = max(_equals_signs(tokens), default=-1)  # the right side: a left side's ∂θ₁ and L(θ₁^{(t)}) name the derivative
    carriers = {k for k, _, _ in marks}
    names = {tokens[k].text for k in carriers}
    unmarked = next((token for index, token in enumerate(tokens)
                     if token.kind == "name" and token.text in names and index > body and index not in carriers), None)
    if unmarked is not None:
        _fail(f"'{source[unmarked.start:unmarked.end]}' is written both with the iterate mark (t) and without it: the iterate may be a "
              "constant of its own (a proximal term θ − θ^{(t)}) or the parameter itself", source, unmarked.start)
    written = ", ".join(dict.fromkeys(source[tokens[k - (tokens[k - 1].kind == "lbrace" and tokens[begin - 1].kind
                                                           == "rbrace")].start:tokens[end - 1].end]
                                      for k, begin, end in marks))
    shown = "(t)" if written_marks == {"(t)"} else "(t-1)"
    tokenizer.note(f"the superscript {shown} on a parameter ({written}) marks gradient descent's "
                   f"{'t-th' if shown == '(t)' else 'previous'} iterate, not an example or a power: the derivative is "
                   "the same function of the parameter, taken at its current value")
    # {{\theta}^{(t-1)}}^T without its mark is {{\theta}}^T: doubled braces again, which group no more than one pair
    return _doubled_braces_as_one([token for index, token in enumerate(tokens) if index not in inside])


#: the iterate marks read, as tokens: (t), and (t-1), the iterate a step starts from (θ^{(t)} = θ^{(t-1)} − η∇J(θ^{(t-1)}))
_ITERATE_MARKS = (
    ["open(", "name" + _ITERATE_LETTER, "close)"],
    ["open(", "name" + _ITERATE_LETTER, "op-", "number1", "close)"],
)

#: the parameters an iterate mark may sit on
_ITERATED = vocab.PARAMETER_VECTORS | {"b"}


def _after_subscript(tokens: list[_Token], index: int) -> int:
    """The index after the name at ``index`` and its subscript, if it has one (θ_1, θ_{j})."""
    at = index + 1
    if at + 1 < len(tokens) and tokens[at].kind == "op" and tokens[at].text == "_":
        at += 2 if tokens[at + 1].kind != "lbrace" else _closing_brace(tokens[at + 1:]) + 2
    return at


def _inner_products(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""``\langle w, x_i \rangle``: the inner product of the parameters and an example, wᵀxᵢ (noted).

    Learning-theory notes (Shalev-Shwartz and Ben-David) write the linear predictor ⟨w, x⟩.
    Read only when one side is a parameter vector (θ, w, β, no index) and the other the
    data x (with or without the example's index); anything else in the angle brackets is refused.
    """
    if not any(token.kind in ("langle", "rangle") for token in tokens):
        return tokens
    result: list[_Token] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        if token.kind == "rangle":
            _fail("'\\rangle' closes no '\\langle'", source, token.start)
        if token.kind != "langle":
            result.append(token)
            k += 1
            continue
        close = next((r for r in range(k + 1, len(tokens)) if tokens[r].kind in ("langle", "rangle", "end")), None)
        inside = tokens[k + 1:close] if close is not None and tokens[close].kind == "rangle" else None
        commas = [c for c, item in enumerate(inside or []) if item.kind == "op" and item.text == ","]
        sides = (inside[:commas[0]], inside[commas[0] + 1:]) if inside is not None and len(commas) == 1 else None
        if sides is not None and _example_beside_bare_x(*sides):
            # ⟨a_i, x⟩ (optimisation notes: the examples a_i, the parameters x): logderiv's x is the data, so x as
            # the parameters and a_i as the data would both be renamed; nothing else in the text says so
            example = next(side for side in sides if side[0].text not in vocab.DATA_VECTORS)
            shown = source[example[0].start:example[-1].end]
            _fail(f"'\\langle {shown}, x \\rangle' pairs the example {shown} with x, which is then the parameter "
                  "vector: logderiv's x is the data (the example), and its parameters are θ, w or β",
                  source, token.start,
                  hint=f"write the parameters as w and the example as x_i: \\langle w, x_i \\rangle (for "
                       f"\\langle {shown}, x \\rangle), and differentiate by w_j")
        if sides is None or not _inner_product_sides(*sides):
            _fail("'\\langle … \\rangle' is read only as the inner product of the parameters and an example: "
                  "\\langle w, x_i \\rangle", source, token.start, hint="write w^T x_i")
        first, second = sides
        assert close is not None, "sides are read only between the brackets, up to the rangle at close"
        parameter, data = (first, second) if first[0].text in vocab.PARAMETER_VECTORS else (second, first)
        written = source[token.start:tokens[close].end]
        tokenizer.note(f"'{written}' is read as the inner product {parameter[0].raw}^T "
                       f"{source[data[0].start:data[-1].end]}")
        result += [*parameter, _Token("op", "^", parameter[-1].end, parameter[-1].end, ""),
                   _Token("transpose", "T", parameter[-1].end, parameter[-1].end, ""), *data]
        k = close + 1
    return result


def _example_beside_bare_x(first: list[_Token], second: list[_Token]) -> bool:
    """Whether ⟨first, second⟩ pairs a bare x with another letter carrying a subscript (⟨a_i, x⟩: x the parameters)."""
    def bare_x(side: list[_Token]) -> bool:
        return len(side) == 1 and side[0].kind == "name" and side[0].text in vocab.DATA_VECTORS

    def example(side: list[_Token]) -> bool:
        return len(side) >= 3 and side[0].kind == "name" and side[0].text not in vocab.DATA_VECTORS \
            and side[0].text not in vocab.PARAMETER_VECTORS and side[1].kind == "op" and side[1].text == "_"

    return bare_x(first) and example(second) or bare_x(second) and example(first)


def _inner_product_sides(first: list[_Token], second: list[_Token]) -> bool:
    """Whether ⟨first, second⟩ pairs a bare parameter vector with the data x (its example's scripts allowed)."""
    def parameter(side: list[_Token]) -> bool:
        return len(side) == 1 and side[0].kind == "name" and side[0].text in vocab.PARAMETER_VECTORS

    def data(side: list[_Token]) -> bool:
        return bool(side) and side[0].kind == "name" and side[0].text in vocab.DATA_VECTORS and (
            len(side) == 1 or side[1].kind == "op" and side[1].text in "^_")

    return parameter(first) and data(second) or parameter(second) and data(first)


def _vector_after_vector(tokens: list[_Token], k: int) -> int | None:
    r"""The index after token ``k`` when it is ``\vec{W}`` right before another ``\vec`` (``\vec{W}\vec{x}``), or None."""
    if k + 1 < len(tokens) and tokens[k].raw.startswith(_ARROWS) and tokens[k + 1].raw.startswith(_ARROWS):
        return k + 1
    return None


def _aligned_sides(source: str, tokens: list[_Token]) -> list[_Token]:
    r"""Drop the groups ``align`` typesets with: ``{\ell(\beta)} & {} = …`` is ``\ell(\beta) = …``.

    An empty group ``{}`` right before or after ``=`` (``& {} =``, LaTeX's idiom for a relation's spacing
    after an alignment point) typesets nothing, and braces around the whole left side of the first ``=``
    only group it. Neither changes the mathematics; any other brace is left to the reader.
    """
    def equals(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].kind == "op" and tokens[k].text == "="

    def empty_group(k: int) -> bool:  # {} as written, not {\text{L2}} whose text was dropped, nor a script's _{}
        return tokens[k].kind == "lbrace" and tokens[k + 1].kind == "rbrace" \
            and not source[tokens[k].end:tokens[k + 1].start].strip() \
            and not (k > 0 and tokens[k - 1].kind == "op" and tokens[k - 1].text in ("_", "^"))

    empty = {k for k in range(len(tokens) - 1) if empty_group(k) and (equals(k - 1) or equals(k + 2))}
    dropped = empty | {k + 1 for k in empty}
    if tokens and tokens[0].kind == "lbrace":
        close = _closing_brace(tokens)
        after = close + 1
        while after in empty:  # {\ell(\beta)}{} =
            after += 2
        over = any(token.kind == "op" and token.text == "over" for token in tokens[:close])
        if close > 1 and equals(after) and not over:  # ({a \over b} is a fraction: its braces are its bounds)
            dropped |= {0, close}
    return [token for k, token in enumerate(tokens) if k not in dropped] if dropped else tokens


def _closing_brace(tokens: list[_Token]) -> int:
    """The index of the brace closing the first token (a ``{``), or -1."""
    depth = 0
    for index, token in enumerate(tokens):
        if token.kind == "lbrace":
            depth += 1
        elif token.kind == "rbrace":
            depth -= 1
            if depth == 0:
                return index
    return -1


#: names that, braced after a function and followed by a bracket, are called there: \log{h_\theta}(x)
_CALLED_IN_BRACES = frozenset({vocab.PREDICTION, "f", "g"})


def _braced_call(name: _Token, after: _Token | None) -> bool:
    r"""Whether ``\log{h_\theta}(x^{(i)})`` calls the braced name: TeX renders it log h_θ(x⁽ⁱ⁾), log of h(x⁽ⁱ⁾).

    The braces after ``\log`` only group (``\log`` takes no argument), so a
    model's name in them, followed at once by its bracket, is applied to it.
    """
    return name.text in _CALLED_IN_BRACES and after is not None and after.kind == "open" and after.text == "("


def _unbrace_scripted_names(tokens: list[_Token]) -> list[_Token]:
    """Drop the braces equation editors put around names (``{{h}_{\\theta }}\\left( {{x}^{(i)}} \\right)``) or a sum.

    Braces in math mode only group, so ``{h}_{\\theta}`` is ``h_\\theta`` and
    ``{x^{(i)}}`` is ``x^{(i)}``: braces holding a name and its scripts go,
    unless a script follows them (``{x^2}^3`` stays a power of a group).
    """
    partner = _brace_partners(tokens)
    opener_of = {closed: opened for opened, closed in partner.items()}
    dropped: set[int] = set()
    for opened, closed in partner.items():
        if tokens[opened + 1].kind not in ("name", "hat", "sum") or not _scripts_only(tokens, opened + 2, closed, partner):
            continue
        after = tokens[closed + 1] if closed + 1 < len(tokens) else None
        if tokens[opened + 1].kind == "sum":
            # -{\sum_{i}}\left(…\right) (UFLDL's Chinese notes): the braces group the operator alone, so TeX sets the
            # same Σᵢ before the bracket; a script after the group ({\sum_i}^m) keeps them, and is refused as before
            # a command's argument ({\sum_i} of \sqrt, \frac, ^) keeps them too: \sqrt{\sum_i} (…)^2 is a root of the sum
            # alone, and without the braces the root took in the summand after them, √(Σ(…)²) (audit28b)
            if closed > opened + 2 and not (after is not None and after.kind == "op" and after.text in "^_") \
                    and not _is_argument(tokens, opened, opener_of):
                dropped.update((opened, closed))
            continue
        if _braced_call(tokens[opened + 1], after):  # \log{h_\theta}(x): the model applied to its bracket
            dropped.update((opened, closed))
            continue
        if _is_argument(tokens, opened, opener_of):
            continue
        scripted = after is not None and after.kind == "op" and after.text in "^_"
        if (closed == opened + 2) == scripted:  # {h}_{...}, or {x^{(i)}} not followed by a script
            dropped.update((opened, closed))
    if not dropped:
        return tokens
    # {{h}_{\theta}}: the outer braces hold a name and scripts only once the inner ones are gone
    return _unbrace_scripted_names([token for index, token in enumerate(tokens) if index not in dropped])


def _is_argument(tokens: list[_Token], opened: int, opener_of: dict[int, int]) -> bool:
    """Whether the brace at ``opened`` holds a command's argument (``\\frac{a}{b}``, ``\\sqrt{x}``, ``x^{2}``)."""
    if opened == 0:
        return False
    before = tokens[opened - 1]
    if before.kind in ("frac", "function") or (before.kind == "op" and before.text in "^_"):
        return True
    if before.kind == "rbrace" and opened - 1 in opener_of:
        first = opener_of[opened - 1]
        return first > 0 and tokens[first - 1].kind == "frac"
    return False


def _scripts_only(tokens: list[_Token], start: int, stop: int, partner: dict[int, int]) -> bool:
    """Whether ``tokens[start:stop]`` is a run of ``_x``, ``^{...}`` scripts."""
    index = start
    while index < stop:
        if not (tokens[index].kind == "op" and tokens[index].text in "^_") or index + 1 >= stop:
            return False
        script = tokens[index + 1]
        if script.kind == "lbrace":
            index = partner.get(index + 1, stop) + 1
        elif script.kind in ("name", "number", "transpose", "word"):
            index += 2
        else:
            return False
    return index == stop


def _unsupported_environment(source: str, token: _Token) -> NoReturn:
    _fail(
        f"the environment '{token.text}' is not supported",
        source,
        token.start,
        hint="logderiv reads scalar formulas: no matrices, arrays or cases",
    )


def _applies_bracket(tokens: list[_Token], first: int, plain: int) -> bool:
    r"""Whether ``tokens[first:plain]`` is one operator whose argument the ``(`` at ``plain`` opens.

    A function (``\log(``) or a derivative's operator ``\frac{\partial}{\partial\theta_j}(``.
    """
    between = tokens[first:plain]
    if len(between) == 1:
        return between[0].kind == "function"
    kinds = [token.kind for token in between]
    return (len(kinds) >= 7 and kinds[:6] == ["frac", "lbrace", "partial", "rbrace", "lbrace", "partial"]
            and kinds[-1] == "rbrace" and not {"open", "close", "lbrace", "rbrace"} & set(kinds[6:-1]))


def _uncrossed_sum_body(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""``[\sum_{i=1}^{m}{(h - y)^2 + \lambda\sum_j{\theta_j^2}]}``: a sum's body braces that close right after the
    bracket the sum stands in, crossing it, are dropped (noted).

    TeX groups with braces only: ``[`` and ``]`` are characters, so the text typesets, and a brace group
    after a sum's limits shows nothing. What the page shows is [Σᵢ (h − y)² + λ Σⱼ θⱼ²], the sum's term
    ending at its ``+`` as it always does (scruel's notes on Ng's course): the one reading, read so. Only
    for a sum's body braces (``\frac{…[}…]``, ``[\sqrt{…]}`` are refused as before), a plain ``[`` or ``(``
    (a ``\left``/``\right`` pair must pair), and a ``}`` right after the bracket's closer; the braces
    holding the term up to a ``}`` inside the bracket were read as a group before, and still are.
    """
    stack: list[int] = []
    dropped: set[int] = set()
    for index, token in enumerate(tokens):
        if index in dropped:
            continue
        if token.kind in ("open", "lbrace"):
            stack.append(index)
        elif token.kind in ("close", "rbrace"):
            if not stack:
                return tokens  # unmatched: the pairing reports it
            if (token.kind == "close" and len(stack) >= 2 and tokens[stack[-1]].kind == "lbrace"
                    and tokens[stack[-2]].kind == "open" and _PAIRS.get(tokens[stack[-2]].raw) == token.raw
                    and index + 1 < len(tokens) and tokens[index + 1].kind == "rbrace"
                    and _after_sum_limits(tokens, stack[-1])):
                brace = stack.pop()
                dropped.update((brace, index + 1))
                tokenizer.note(f"'{{' at column {tokens[brace].start + 1} (the sum's body) closes after the "
                               f"'{token.raw}' at column {token.start + 1}, crossing it: TeX shows no braces, so the "
                               f"sum is read as it is typeset, its term ending at its '+', inside "
                               f"'{tokens[stack[-1]].raw}…{token.raw}'")
            stack.pop()
    return [token for index, token in enumerate(tokens) if index not in dropped] if dropped else tokens


def _after_sum_limits(tokens: list[_Token], brace: int) -> bool:
    r"""Whether the ``{`` at ``brace`` follows a ``\sum`` and its limits (``_{i=1}^{m}``, ``_i``), nothing else."""
    k = brace - 1
    for _ in range(2):
        if k < 1 or tokens[k].kind == "sum":
            break
        if tokens[k].kind == "rbrace":
            depth = 0
            while k >= 0:
                depth += {"rbrace": 1, "lbrace": -1}.get(tokens[k].kind, 0)
                if depth == 0:
                    break
                k -= 1
        elif tokens[k].kind not in ("name", "number"):
            return False
        if k < 1 or tokens[k - 1].kind != "op" or tokens[k - 1].text not in "_^":
            return False
        k -= 2
    return k >= 0 and tokens[k].kind == "sum"


def _close_argument_brackets(tokens: list[_Token]) -> tuple[list[_Token], list[tuple[_Token, _Token, _Token]]]:
    r"""Close an operator's unclosed ``(`` where the ``\left(…\right)`` or ``{…}`` it opens in ends.

    ``\left(\log(h_\theta\left(x\right)\right)`` (mmuratarat's notes) is valid TeX: only
    ``\left`` and ``\right`` must pair, and braces; a plain ``(`` need not. The writer
    opened the bracket twice, ``\left(`` then the function's ``(``, and closed it once,
    so the function's argument runs to the ``\right)``: log(h(x)). Likewise
    ``\frac{\frac{\partial}{\partial\theta_j}(h(x)}{h(x)}``: the derivative's ``(`` ends with
    its brace group. Read so (noted) only when the unclosed ``(`` is the argument bracket
    of a function or a derivative's operator that opens the pair or the group; an
    unclosed bracket anywhere else may have lost its ``)`` anywhere, and stays refused.
    Returns the tokens with a ``)`` of no width before each such closer, and for each the
    opener of the pair or group, the ``(`` closed and the closer.
    """
    stack: list[int] = []
    inserted: dict[int, tuple[int, int]] = {}  # index of the closer -> its opener's and the plain "(" closed before it
    crossed: set[int] = set()  # the ')' of '{ ( … } )', dropped: its '(' is closed before the '}'
    for index, token in enumerate(tokens):
        if index in crossed:
            continue
        if token.kind in ("open", "lbrace"):
            stack.append(index)
        elif token.kind in ("close", "rbrace"):
            if len(stack) >= 2:
                plain, outer = stack[-1], stack[-2]
                opener = tokens[outer]
                pairs = (opener.kind == "lbrace" and token.kind == "rbrace"
                         or opener.raw.startswith("\\left") and token.raw.startswith("\\right")
                         and opener.text == "(" and token.text == ")")
                opens_group = (pairs and opener.kind == "lbrace" and plain == outer + 1
                               and tokens[plain].kind == "open" and tokens[plain].raw == "(")
                if (pairs and tokens[plain].kind == "open" and tokens[plain].raw == "("
                        and _applies_bracket(tokens, outer + 1, plain)):
                    inserted[index] = (outer, plain)
                    stack.pop()
                elif opens_group and index + 1 < len(tokens) and tokens[index + 1].kind == "close" \
                        and tokens[index + 1].raw == ")":
                    # \sum_{n=1}^N{ (y_n - w^T x_n})^2: '{' and '(' open together and '}' and ')' close together,
                    # crossed; both hold the same text, so it is one bracket around it however they are uncrossed
                    inserted[index] = (outer, plain)
                    crossed.add(index + 1)
                    stack.pop()
                elif opens_group and _argument_group(tokens, outer) and _sum_of_atoms(tokens, plain + 1, index):
                    # \frac{…}{(1+exp(-y_i w^T x_i)}: the bracket opening a group and never closed in it; its ')' may
                    # go after any term, and every place gives the one sum (see _sum_of_atoms)
                    inserted[index] = (outer, plain)
                    stack.pop()
                elif _last_log_of_one_minus(tokens, outer, plain, index) or _softplus_exp(tokens, outer, plain, index):
                    inserted[index] = (plain - 1, plain)  # the log (the exp) itself stands for the opener in the note
                    stack.pop()
            if stack:
                stack.pop()
    if not inserted:
        return tokens, []
    result: list[_Token] = []
    closed = []
    for index, token in enumerate(tokens):
        if index in crossed:
            continue
        if index in inserted:
            result.append(_Token("close", ")", token.start, token.start, ""))
            outer, plain = inserted[index]
            # a crossed pair is told by its dropped ')' standing as the closer (a brace group's closer is its '}')
            closed.append((tokens[outer], tokens[plain], tokens[index + 1] if index + 1 in crossed else token))
        result.append(token)
    return result, closed


def _argument_group(tokens: list[_Token], opened: int) -> bool:
    r"""Whether the ``{`` at ``opened`` is a fraction's numerator or denominator, or a script's group.

    Only there is the brace group a whole of its own; a bare group inside a bracket (``(x {(a + b} c)``) might
    have lost the ')' after c, closing the bracket outside it.
    """
    before = opened - 1
    if before < 0:
        return False
    if tokens[before].kind == "frac" or tokens[before].kind == "op" and tokens[before].text in "_^":
        return True
    if tokens[before].kind != "rbrace":
        return False
    depth = 0
    for k in range(before, -1, -1):  # the numerator's '{', then what stands before it: \frac
        depth += {"rbrace": 1, "lbrace": -1}.get(tokens[k].kind, 0)
        if depth == 0:
            return k > 0 and tokens[k - 1].kind == "frac"
    return False


def _sum_of_atoms(tokens: list[_Token], begin: int, end: int) -> bool:
    r"""Whether ``tokens[begin:end]`` is a sum of single operands: ``1 + exp(…)``, ``-a + 2 - \log(b)``.

    The text of a ``(`` never closed: a ``)`` placed after any of its terms gives the same sum, ``(1) + exp(z)`` as
    ``(1 + exp(z))``, so the bracket is read to the end of its group. A term of more than one operand (``2 exp(z)``,
    ``a b``), a script at the top level (``e^{-z}``: ``(1 + e)^{-z}`` is another place) or any other operator leaves
    the ')' places that differ, and the bracket stays refused.
    """
    k, operand_expected = begin, True
    if k < end and tokens[k].kind == "op" and tokens[k].text in "+-":
        k += 1
    while k < end:
        token = tokens[k]
        if not operand_expected:
            if token.kind != "op" or token.text not in "+-":
                return False
            operand_expected, k = True, k + 1
            continue
        if token.kind in ("number", "name") and not (k + 1 < end and tokens[k + 1].kind in ("open", "lbrace")):
            k += 1
        elif token.kind == "function" and k + 1 < end and tokens[k + 1].kind == "open" and tokens[k + 1].text == "(":
            depth, k = 0, k + 1
            while k < end:  # the function's own bracket, whole
                depth += {"open": 1, "close": -1}.get(tokens[k].kind, 0)
                k += 1
                if depth == 0:
                    break
            if depth:
                return False
        else:
            return False
        operand_expected = False
    return not operand_expected


def _last_log_of_one_minus(tokens: list[_Token], outer: int, plain: int, end: int) -> bool:
    r"""Whether the unclosed ``(`` at ``plain`` is ``log(1 - …`` ending a ``\left[ … \right]`` pair at ``end``.

    A Chinese tutorial writes ``\left [ y^ilogh_{\theta}(\mathbf{x}^i) + (1-y^i)log(1-h_{\theta}(\mathbf{x}^i)
    \right ]``: the cross-entropy's second log never closes its bracket, and the pair's ``\right ]`` comes
    right after its argument. Read as log(1 − …) closed there (noted) only for a log or ln whose argument
    is ``1 -`` and one operand (``h_{\theta}(\mathbf{x}^i)``: no '+', '-', product sign or number outside
    its own brackets; a bold name keeps its braces, ``\boldsymbol{\sigma}(…)``), in a ``\left``/``\right``
    pair of the same bracket or a plain ``[ … ]`` (whose ``]`` closes no ``(`` either: monotone's
    ``[… + (1 - y^{(i)})ln(1 - h(x^{(i)})]``): ``log(1-h(x) + y \right]`` may have lost its ')' after h(x)
    or after y, and stays refused, as does any other unclosed bracket.
    """
    opener, closer = tokens[outer], tokens[end]
    # a plain [ … ] pairs as surely as \left[ … \right]: its ']' closes no '(', so the log's ')' goes before it
    square = opener.raw == "[" and closer.raw == "]"
    if not ((opener.raw.startswith("\\left") and closer.raw.startswith("\\right") or square) and opener.kind == "open"
            and closer.kind == "close" and _PAIRS.get(opener.text) == closer.text
            and tokens[plain].kind == "open" and tokens[plain].raw == "(" and plain >= 1
            and tokens[plain - 1].kind == "function" and tokens[plain - 1].text in ("log", "ln")
            and plain + 3 < end and tokens[plain + 1].kind == "number" and tokens[plain + 1].text == "1"
            and tokens[plain + 2].kind == "op" and tokens[plain + 2].text == "-"):
        return False
    depth, operands, previous = 0, 0, tokens[plain + 2]
    # \boldsymbol{\sigma}(…) keeps the braces of the bold: a brace around one name is that name
    inside = [token for k, token in enumerate(tokens[plain + 3:end], plain + 3)
              if not (token.kind == "lbrace" and k + 2 < end and tokens[k + 1].kind in ("name", "function")
                      and tokens[k + 2].kind == "rbrace")
              and not (token.kind == "rbrace" and tokens[k - 2].kind == "lbrace" and k - 2 > plain + 2
                       and tokens[k - 1].kind in ("name", "function"))]
    for token in inside:
        if token.kind in ("open", "lbrace"):
            depth += 1
        elif token.kind in ("close", "rbrace"):
            depth -= 1
        elif depth == 0 and not (token.kind in ("name", "function") or token.kind == "op" and token.text in "_^"):
            return False
        elif depth == 0 and token.kind in ("name", "function") and not (previous.kind == "op" and previous.text in "_^"):
            operands += 1  # h, not the \theta of h_\theta: a second (h(x) y) leaves the ')' two places
        previous = token
    return depth == 0 and operands == 1


def _softplus_exp(tokens: list[_Token], outer: int, plain: int, end: int) -> bool:
    r"""Whether the unclosed ``(`` at ``plain`` is ``\left(1 + \exp(`` of one inner product, the pair ending at ``end``.

    A Math Stack Exchange question writes the logistic log-likelihood's softplus as ``\log \left(1 + \exp(
    \boldsymbol{\beta}^T \mathbf{x}_{i} \right)``: the exp's ``(`` is never closed, and the ``\right)`` must
    close the ``\left(`` (TeX pairs them), so the exp's argument ends before it. Its ``)`` has one place only
    where the argument is one scalar, a name or an inner product ``a^T b`` (each with its subscripts, or an
    example's ``^{(i)}``; a power is another place for it, ``\exp(z_i)^{2}``): read
    as exp(βᵀxᵢ) closed there (noted). An argument of more terms (``\beta^T x_i + b``: the ')' after x_i or
    after b), anything between ``\left(`` and ``1 + \exp(``, or another bracket, stays refused. So does a
    ``\right)`` that anything but a closer (or the end) follows: the writer may have meant it as the exp's
    ``)`` and lost the ``\left(``'s instead, which then runs on to the enclosing group's end — the same
    formula only where nothing stands between (``\right) y_i \right]`` is (1 + eᶻ)·y or 1 + eᶻ·y,
    ``\right)^2`` (1 + eᶻ)² or 1 + e²ᶻ: audit55).
    """
    opener, closer = tokens[outer], tokens[end]
    if not (opener.raw.startswith("\\left") and opener.text == "(" and closer.raw.startswith("\\right")
            and closer.text == ")" and plain == outer + 4 and tokens[plain].raw == "("
            and (end + 1 == len(tokens) or tokens[end + 1].kind in ("close", "rbrace"))
            and tokens[outer + 1].kind == "number" and tokens[outer + 1].text == "1"
            and tokens[outer + 2].kind == "op" and tokens[outer + 2].text == "+"
            and tokens[outer + 3].kind == "function" and tokens[outer + 3].text == "exp"):
        return False
    factors: list[bool] = []  # each scripted name of the argument: whether it ends in the transpose ^T
    k = plain + 1
    while k < end:
        if tokens[k].kind != "name" or tokens[k].text == "T":
            return False
        k += 1
        transposed = False
        while k < end and tokens[k].kind == "op" and tokens[k].text in "_^":
            script = tokens[k + 1] if k + 1 < end else None
            if script is None:
                return False
            transposed = tokens[k].text == "^" and script.kind == "name" and script.text == "T"
            if tokens[k].text == "^" and not transposed and not (
                    script.kind == "lbrace" and k + 2 < end and tokens[k + 2].kind == "open"):
                return False  # a power (z_i^{2}): the ')' may be before it, exp(z)², as well as after: audit55
            if script.kind in ("name", "number"):
                k += 2
                continue
            if script.kind != "lbrace":
                return False
            k += 2
            while k < end and tokens[k].kind in ("name", "number", "op", "open", "close") and tokens[k].text not in "+-":
                k += 1
            if k >= end or tokens[k].kind != "rbrace":
                return False
            k += 1
        factors.append(transposed)
    return len(factors) == 1 or (len(factors) == 2 and factors[0])


def _refuse_an_unclosed_bracket_inside(source: str, sized: _Token, opener: _Token, closer: _Token) -> None:
    r"""Refuse ``\left( f(x^{(i)} - y^{(i)} \right)``: a bracket opened inside a ``\left…\right`` pair, never closed.

    The ``\right)`` closes the ``\left(``; the inner bracket's own closer is missing, and where it goes changes the
    value: before ``\right)`` (``f(x^{(i)} - y^{(i)})``) or earlier (``f(x^{(i)}) - y^{(i)}``, the call's argument
    alone, as a model's call usually is). Neither is guessed: both readings are named, the caret at the unclosed one.
    """
    inside = " ".join(source[opener.end:closer.start].split())
    _fail(f"'{opener.raw}' is never closed inside '{sized.raw}' … '{closer.raw}' (columns {sized.start + 1} and "
          f"{closer.start + 1}): its ')' may go just before '{closer.raw}', ({inside}), or earlier, after its "
          "first term (f(x) − y, a call's argument closed); which one is meant changes the value",
          source, opener.start, hint=f"close '{opener.raw}' where it is meant to close")


def _check_brackets(source: str, tokens: list[_Token]) -> dict[int, int]:
    r"""Pair brackets and braces (``\left`` with ``\right``); return each one's partner's token index."""
    stack: list[int] = []
    partner: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token.kind in ("open", "lbrace"):
            stack.append(index)
        elif token.kind in ("close", "rbrace"):
            if not stack:
                _fail(f"unmatched '{token.raw}'", source, token.start, hint="remove it, or add the opening bracket")
            opened = stack.pop()
            opener = tokens[opened]
            expected = "}" if opener.kind == "lbrace" else _PAIRS[opener.text]
            closing = "}" if token.kind == "rbrace" else token.text
            if closing != expected or (token.kind == "rbrace") != (opener.kind == "lbrace"):
                _fail(
                    f"'{token.raw}' does not close '{opener.raw}' (opened at column {opener.start + 1})",
                    source,
                    token.start,
                    hint=f"close '{opener.raw}' with '{_closer_for(opener)}'",
                )
            if token.raw.startswith("\\right") and not opener.raw.startswith("\\left") and stack \
                    and tokens[stack[-1]].raw.startswith("\\left"):
                _refuse_an_unclosed_bracket_inside(source, tokens[stack[-1]], opener, token)
            if opener.raw.startswith("\\left") != token.raw.startswith("\\right"):
                _fail(
                    f"'{token.raw}' does not close '{opener.raw}' (opened at column {opener.start + 1}):"
                    " \\left and \\right go in pairs",
                    source,
                    token.start,
                    hint=f"close '{opener.raw}' with '{_closer_for(opener)}'",
                )
            partner[opened] = index
            partner[index] = opened
    if stack:
        opener = tokens[stack[-1]]
        places = _closing_places(tokens, stack[-1], partner)
        if opener.kind == "open" and places:
            # Σ(y_i − (a x log x + b log x + c)(−log x_i), cold43's Japanese report: the ')' may go after the inner
            # bracket (Σ(y_i − (…))(−log x_i)) or at the end (Σ(y_i − (…)(−log x_i))), two values; not guessed
            shown = "; ".join(f"after '{_shortened_source(source, opener.start, tokens[at].end)}' (column "
                              f"{tokens[at].end}), before the '(' that follows it" for at in places)
            _fail(f"'{opener.raw}' is never closed, and where its '{_closer_for(opener)}' goes changes the value: "
                  f"{shown}; or at the end of the formula", source, opener.start,
                  hint=f"add '{_closer_for(opener)}' where it is meant to close")
        _fail(f"'{opener.raw}' is never closed", source, opener.start, hint=f"add '{_closer_for(opener)}'")
    return partner


def _closing_places(tokens: list[_Token], opened: int, partner: dict[int, int]) -> list[int]:
    """The places an unclosed '(' could close other than the formula's end: the end of each bracket inside it, at
    its own depth, that another '(' follows at once (``(a − (b)(c)``: after ``(b)``)."""
    places = []
    index = opened + 1
    while index < len(tokens):
        if index in partner and partner[index] > index:
            end = partner[index]
            if tokens[index].kind == "open" and end + 1 < len(tokens) and tokens[end + 1].kind == "open" \
                    and tokens[end + 1].text == "(" and end + 1 in partner:
                places.append(end)
            index = end + 1
            continue
        index += 1
    return places


def _shortened_source(source: str, start: int, end: int) -> str:
    """``source[start:end]`` on one line, its middle elided past 40 characters."""
    written = " ".join(source[start:end].split())
    return written if len(written) <= 40 else f"{written[:18]}…{written[-18:]}"


#: a probability's letter right before its bracket: P(, p(, \Pr(, \mathbb{P}(
_EVENT_BEFORE = patterns.compile(r"(?P<name>\\Pr|\\mathbb\s*\{\s*P\s*\}|(?<![A-Za-z\\])[Pp])\s*\Z")
#: an event of one label, no condition: y = 1, y_i=0, y^{(i)} = 1
_EVENT_INSIDE = patterns.compile(r"\s*[yY](?:\s*[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9]))*\s*=\s*[01]\s*")


def _closer_for(opener: _Token) -> str:
    if opener.kind == "lbrace":
        return "}"
    closing = _PAIRS[opener.text]
    if closing == "}":
        closing = "\\}"
    return ("\\right" if opener.raw.startswith("\\left") else "") + closing


# --- parser -----------------------------------------------------------------------


#: what is said when bare braces around a sum beside a factor are read as a bracket
BRACES_AS_BRACKET_NOTE = ("{…} around a sum beside a factor is read as a bracket, (…): TeX's braces group without "
                          "printing one, so the page shows the factor on one term only")

_OPERAND_KINDS = frozenset(
    {"number", "name", "hat", "word", "function", "sum", "frac", "open", "lbrace", "partial", "nabla", "ones"}
)


class _Parser(Grammar[Token]):
    """Recursive descent over the tokens ``[position, stop)`` of one text."""

    noun = "formula"
    operand_kinds = _OPERAND_KINDS
    token_type = _Token
    latex = True

    def __init__(
        self,
        source: str,
        tokens: list[_Token],
        partner: dict[int, int],
        names: frozenset[str],
        functions: frozenset[str] = frozenset(),
    ) -> None:
        self.source = source
        self.tokens = tokens
        self.partner = partner
        self.names = names
        #: functions defined with --let (g(z) = ...): a call takes any arguments, comma-separated
        self.functions = functions
        self.position = 0
        self.stop = len(tokens) - 1
        self.depth = 0
        #: sums over examples around the current position: y^{i} is read as y^{(i)} only inside one
        self.example_sums = 0
        #: the letters of the sums over features around the current position (Σ_j … Σ_k …)
        self.feature_letters: list[str] = []
        #: y^{i} read as the i-th example in a term after a bracketless Σ over examples, which that Σ must
        #: then take in (conventions.extend_open_sum): what was read, and where, to refuse it if it does not
        self.trailing_example_powers: list[tuple[str, int]] | None = None
        self.in_norm = 0
        self.notes: list[str] = []
        #: parameters the text names in decorations, not in the formula: J(\mathbf w, b), f_{w,b}
        self.declared: set[str] = set()
        #: reading the left side of '=': \frac{\partial}{\partial\theta_j}J(\theta) names J
        self.heading = False
        #: where a left side's derivative names one example's cost (\partial E^{(i)}, \partial E_{(i)})
        self.subject_example: int | None = None
        #: a left side's derivative of a cost named with a label of one part (\partial J_{reg}, \partial E_{data}):
        #: the label's column and its word
        self.subject_part: tuple[int, str] | None = None
        #: index letters read as another inside a sum: n -> i in \sum_{n=1}^{N} y_n
        self.aliases: dict[str, str] = {}
        #: counts written other than m (examples) and n (features): N -> m
        self.counts: dict[str, str] = {}
        self.extent: dict[int, Span] = {}
        #: the sums written without brackets, by id: their body may reach over later terms
        self.bracketless: set[int] = set()
        #: single letters used as quantities somewhere in the text (not right before '(')
        self.quantities = conventions.quantity_letters(tokens)
        #: l or ℓ written as the upper bound of a sum over i and used only as a quantity: the number of examples
        self.example_count_spellings = frozenset(
            letter for letter in example_count_letters.EXAMPLE_COUNT_SPELLINGS
            if letter not in names and example_count_letters.counts_examples(tokens, letter))

    # -- helpers --

    def bounded(self, start: int, stop: int) -> None:
        """Read only tokens ``[start, stop)``; the token at ``stop`` acts as the end."""
        self.position = start
        self.stop = stop

    def peek(self, ahead: int = 0) -> _Token:
        index = self.position + ahead
        if index >= self.stop:
            token = self.tokens[self.stop]
            return _Token("end", "", token.start, token.start, "")
        return self.tokens[index]

    def where(self, column: int | None) -> str:
        # this reader's messages name the column, as _fail's do
        return "" if column is None else f" (column {column + 1})"

    def expect_end(self) -> None:
        token = self.peek()
        if token.kind == "end":
            return
        if token.kind in ("close", "rbrace"):
            self.fail(f"unmatched '{token.raw}'", token.start)
        if self.is_op(token, "="):
            self.fail("unexpected '='", token.start, hint="give one formula, optionally named: J(\\theta) = ...")
        if self.is_op(token, ","):
            self.fail("unexpected ','", token.start, hint="give one formula")
        if token.kind == "norm":
            self.fail(f"unmatched '{token.raw}'", token.start, hint=r"a norm is \|\theta\|^2")
        if token.kind == "relation":
            self.fail(f"a relation ('{token.raw}') is not read", token.start,
                      hint="give the formula alone; a side condition such as ', \\lambda \\geq 0' may only end it")
        if self.is_op(token, "over"):
            self.fail("'\\over' is read only inside braces", token.start, hint="write {a \\over b} or \\frac{a}{b}")
        self.fail(f"unexpected {self.describe(token)}", token.start)

    # -- grammar --

    @contextlib.contextmanager
    def numbered_by_count(self) -> Iterator[None]:
        saved = dict(self.aliases)
        for letter in (*ellipsis.LAST_LETTERS, ellipsis.EXAMPLE_LETTER):
            self.aliases.setdefault(letter, "features")  # θₙ, βₚ, y_m: the last term is numbered by the count
        try:
            yield
        finally:
            self.aliases = saved

    def sum_of_run(self, dots: Token, terms: list[tree.Node], before: list[tree.Node | None],
                   last: tree.Node) -> tree.Node:
        if ellipsis.numbered_by_examples(last):
            start, summed = ellipsis.sum_over_examples(
                terms, last, Span(dots.start, dots.end), lambda message, column, hint: self.fail(message, column, hint)
            )
            self.count("examples", ellipsis.EXAMPLE_LETTER, summed.span.start)
            self.note(ellipsis.examples_note(self.source, summed.span))
            return summed if start == 0 else self.joined(self.before_run(before, start), "+", summed)
        # beside an intercept b of its own, θ₀x₀ would be a second one: a run from 0 is read only without a b
        bias = any(token.kind == "name" and token.text == "b" for token in self.tokens)
        start, summed, letter = ellipsis.sum_of_run(
            terms, last, Span(dots.start, dots.end), lambda message, column, hint: self.fail(message, column, hint),
            zero_dot=not bias,
        )
        self.count("features", letter, summed.span.start)
        if ellipsis.starts_at_zero(terms, start):
            written = " ".join(self.source[summed.span.start:summed.span.end].split())
            self.note(f"{conventions.ZERO_BASED_DOT} over every feature of x: {written} counts x₀ = 1 among the "
                      f"features, as Ng's notes do; logderiv numbers them 1..n (the writer's θ₀ is θ₁ in the output, "
                      f"each component's derivative the same)")
        else:
            self.note(ellipsis.note(self.source, summed.span, letter))
        return summed if start == 0 else self.joined(self.before_run(before, start), "+", summed)

    @staticmethod
    def before_run(before: list[tree.Node | None], start: int) -> tree.Node:
        """What stands before the run that starts at the term ``start`` (not the first: only that one has nothing)."""
        left = before[start]
        assert left is not None, "only the first term of a run (start 0) has nothing before it"
        return left

    def trailing_term(self, left: tree.Node) -> tuple[tree.Node, list[tuple[str, int]]]:
        r"""The term after '+'/'-' that follows ``left``, and the y^{i} in it read as the i-th example.

        When ``left`` ends in a Σ over examples written without brackets, the
        term may belong to it (\sum_{i=1}^{m} y^{i}\log h + (1-y^{i})\log(1-h)):
        its y^{i} is then read as the i-th example, as inside the Σ, and the
        caller checks that the Σ did take the term in.
        """
        if self.example_sums or not conventions.open_sum_over(
            left, "examples", bracketless=self.bracketless, grouped=lambda node: id(node) in self.extent
        ):
            return self.term(), []
        saved = self.trailing_example_powers
        powers: list[tuple[str, int]] = []
        self.trailing_example_powers = powers
        try:
            return self.term(), powers
        finally:
            self.trailing_example_powers = saved

    def refuse_example_powers(self, powers: list[tuple[str, int]]) -> NoReturn:
        # the Σ did not take the term in, so its y^{i} stands outside any sum over i: a power after all
        written, column = powers[0]
        self.fail(f"'{written}' raises {written.split('^')[0]} to the power i, and there is no sum over i around it", column,
                  hint="the i-th example is written ^{(i)}, inside \\sum_{i=1}^{m}")

    def refuse_slash_slips(self, left: tree.Node, slash: Token, right: tree.Node, follower: Token) -> None:
        """Refuse ``(1-y)/1-a`` and ``(a-y)/a(1-a)``: a bracket lost after an inline slash (see conventions.over_one
        and conventions.bracket_after_denominator; the plain parser refuses the same)."""
        numerator = self.source[self.outer(left).start:slash.start].strip()
        if conventions.over_one(right) and self.is_op(follower, "+", "-"):
            message, hint = conventions.over_one_message(numerator, follower.raw, "…")
            self.fail(message, right.span.start, hint=hint)
        if conventions.bracket_after_denominator(right, follower.kind in ("open", "lbrace")):
            closer = closing(self.source, follower.end - 1)
            bracket = self.source[follower.start:len(self.source) if closer is None else closer + 1]
            message, hint = conventions.denominator_bracket_message(
                numerator, self.source[right.span.start:right.span.end], bracket)
            self.fail(message, follower.start, hint=hint)

    def term(self) -> tree.Node:
        """term = unary { ("\\cdot" | "\\times" | "*" | "/") unary | juxtaposed power }"""
        left = self.unary()
        while True:
            token = self.peek()
            if self.is_op(token, "*", "/", "·", "⊙"):
                left = self.product(left, self.advance())
            elif self.is_op(token, ".") and self.period_product():
                self.advance()
                right = self.unary()
                left = tree.Binary("*", left, right, self.span(left, right))
            elif self.starts_operand(token):
                self.refuse_half_before_count(left, token)
                self.note_count_before_factor(left, token)
                if token.kind == "number" and self.trailing_one(token):
                    self.advance()
                    self.note(conventions.trailing_one_note(self.source[self.outer(left).start:token.end].strip()))
                    left = tree.Binary("*", left, tree.Number("1", Span(token.start, token.end)), self.span(left, token))
                    continue
                if token.kind == "number" and self.coefficient_after_a_group(left) and self.starts_operand(self.peek(1)):
                    # \left(…\right)2x_j, \frac{\lambda}{2m}2w_j: TeX source writes a power with ^, so no superscript
                    # was lost here (as a page scraped to text may lose one after a plain ')'): a product, noted. Only
                    # a coefficient of a factor after it: a bare \left(h - y\right)2 ending its term may be a typed
                    # square that lost its ^ (a cost read linear in h), so it is refused as before
                    before = self.tokens[self.position - 1]
                    after = "a fraction" if before.kind == "rbrace" else "a bracket"
                    written = self.source[(self.outer(left).start if before.kind == "rbrace" else before.start):token.end]
                    self.note(f"a number after {after} ('{written}') multiplies what it follows, as TeX writes a power "
                              "with ^")
                    left = self.juxtaposed(left)
                    continue
                if token.kind == "number":
                    self.fail(
                        f"a number cannot follow a factor: '{token.raw}'",
                        token.start,
                        hint="put the number first (2x), or write x \\cdot 2 or x^{2}",
                    )
                left = self.juxtaposed(left)
            else:
                return left

    def product_of(self, left: tree.Node, operator: Token, right: tree.Node) -> tree.Node | None:
        follower = self.peek()
        if operator.text == "/" and conventions.one_over_one(left, right) and self.is_op(follower, "+", "-"):
            sign = follower.raw
            self.fail(
                f"'1/1{sign}…' is ambiguous: 1/1 is 1, so it reads as 1 {sign} …; a bracket seems to be missing",
                left.span.start,
                hint=f"write \\frac{{1}}{{1{sign}e^{{-z}}}} (the sigmoid), or 1 {sign} … without the 1/1",
            )
        if operator.text == "/":
            self.refuse_slash_slips(left, operator, right, follower)
        return None

    def coefficient_after_a_group(self, left: tree.Node) -> bool:
        r"""Whether the number ahead follows a sized bracket's close (``\right)``) or a ``\frac{…}{…}``."""
        before = self.tokens[self.position - 1] if self.position else None
        if before is None:
            return False
        if before.kind == "close":
            return before.raw.startswith("\\right")
        written = self.source[self.outer(left).start:before.end]
        return before.kind == "rbrace" and isinstance(left, tree.Binary) and left.op == "/" \
            and re.match(r"\\[dt]?frac(?![A-Za-z])", written) is not None

    def trailing_one(self, token: _Token) -> bool:
        """Whether ``token`` is a 1 right after a closing bracket that ends a term: ``-(\\hat{y}-y)1``, the chain's ·1."""
        before = self.tokens[self.position - 1] if self.position else None
        after = self.peek(1)
        # (a space between changes nothing in TeX: a Japanese textbook's (\Pr[…] - y_i) 1, 'for the implementation later')
        return (token.text == "1" and before is not None and before.kind == "close"
                and not self.source[before.end:token.start].strip()
                and (after.kind in ("end", "close") or self.is_op(after, "+", "-")))

    def period_product(self) -> bool:
        r"""Whether the ``.`` ahead is a multiplication dot between two factors: ``2.(a+b)``, ``2.x^{(i)}.(…)``.

        Some notes type the product dot as a period; between two factors it can
        mean nothing else, so it is read as a product, with a note. Before a
        digit (``x.5``) it could be a decimal point, and is refused.
        """
        period, after = self.peek(), self.peek(1)
        if after.kind == "number":
            self.fail("'.' before a number: a decimal point or a product?", period.start,
                      hint="write 0.5 for a decimal, or x \\cdot 5 for a product")
        if not self.starts_operand(after) or after.kind in ("nabla", "partial"):
            return False
        self.note("'.' between two factors is read as a product (·)")
        return True

    def over_count(self, left: tree.Node, slash: Token) -> bool:
        r"""Whether ``/`` is followed by a number and a count letter: ``1/2m``, ``\lambda/2m``.

        ML notes mean 1/(2m), so that is how it is read (with a note); in LaTeX
        a space changes nothing, so ``1/2 m`` is read the same. A numerator
        other than numbers and λ (``x/2m``), or a script on the letter
        (``1/2m^2``), is refused as ambiguous, with both readings.
        """
        number, letter = self.peek(), self.peek(1)
        self.refuse_over_number_dot_count(left, slash)
        if not (number.kind == "number" and letter.kind == "name" and conventions.is_count_letter(letter.text)):
            return False
        if conventions.is_simple_numerator(left) and not self.is_op(self.peek(2), "^", "_"):
            return True
        numerator = self.source[self.outer(left).start:slash.start].strip()
        self.fail(
            f"'{numerator}/{number.raw}{letter.raw}' is ambiguous",
            number.start,
            hint=conventions.ambiguous_count_hint(numerator, number.raw, letter.raw),
        )

    def count_product(self, left: tree.Node, slash: Token) -> tree.Node:
        """The denominator ``2m`` of ``1/2m``, read as one product (see :meth:`over_count`)."""
        number, letter = self.advance(), self.advance()
        product = conventions.count_denominator(number, letter)
        numerator = self.source[self.outer(left).start:slash.start].strip()
        written = f"{numerator}/{number.raw}{letter.raw}"
        self.note(conventions.count_note(written, numerator, f"{number.raw}{letter.raw}"))
        return product

    def power(self) -> tree.Node:
        """power = primary [ "!" ] [ "^" script ]"""
        opened = self.position
        base = self.primary()
        if self.peek().kind == "factorial":
            base = self.factorial(base, self.advance())
        base = self.bracketed_example_dot(base, opened)
        token = self.peek()
        while self.is_op(token, "^") and self.transpose_at(self.position + 1) and not isinstance(
            base, (tree.Number, tree.Constant, tree.Dot)
        ):
            # (X\theta - y)^T, y^\top: a transpose of a vector, read in a matrix-form cost
            self.advance()
            mark = self.peek()
            self.position = self.partner[self.position] + 1 if mark.kind == "lbrace" else self.position + 1
            base = tree.Transpose(base, self.span(base, self.tokens[self.position - 1]))
            token = self.peek()
        if self.is_op(token, "^"):
            self.refuse_marked_power(base, token)
            self.refuse_feature_power(base, token)
            self.refuse_index_mark_power(base, token)
            self.refuse_numbered_example_mark(base, token)
            exponent = self.exponent()
            self.refuse_open_one_exponent(base, token, exponent)
            self.refuse_inverse(base, exponent)
            self.refuse_log_to_a_negative_power(base, exponent)
            base = tree.Binary("^", base, exponent, self.span(base, exponent))
            self.refuse_function_power(opened, token)
            again = self.peek()
            if self.is_op(again, "^"):
                self.fail("a double superscript", again.start, hint="write (a^{b})^{c} or a^{b c}")
        elif self.is_op(token, "_"):
            self.fail("a subscript can only follow a name", token.start, hint="write \\theta_j or x_j^{(i)}")
        return base

    def refuse_function_power(self, opened: int, caret: _Token) -> None:
        r"""``h_θ²(x⁽ⁱ⁾)``, ``h^2(x)``, ``g^2(z)``: the square of the function's value, or its name squared times a bracket?

        Notes write ``\sin^2 x`` for the square of a function's value, and ``h²(x)`` so too; read as written it was
        h² times (x): the prediction squared times the data, a false verdict (audit auduni39). Where the power's
        base is the hypothesis h (h_θ), the sigmoid's g or a function defined with --let, and a bracket follows
        the power with nothing between, neither is taken.
        """
        first = self.tokens[opened]
        follower = self.peek()
        before = self.tokens[self.position - 1]
        if not (first.kind == "name" and (first.text in self.functions or first.text in ("h", conventions.SIGMOID_LETTER))
                and follower.kind == "open" and follower.text == "(" and follower.start == before.end
                and self.tokens[self.position_of(caret) - 1].kind != "close"):
            return
        written = self.source[first.start:follower.start]
        self.fail(f"'{written}(…)': the power of the function's value {first.raw}(…), or {written} times the bracket? "
                  "Not guessed", caret.start,
                  hint=f"write ({first.raw}(…))^2 for the square of its value, or {written} \\cdot (…) for a product")

    def position_of(self, token: _Token) -> int:
        """Where ``token`` stands in the tokens (by identity)."""
        return next(k for k, each in enumerate(self.tokens) if each is token)

    def refuse_feature_power(self, base: tree.Node, caret: _Token) -> None:
        """``x_{i}^{j}`` with j a feature index: x_i to the power j (polynomial features) or feature j of x_i?

        Notes write both (x_i^{(j)} and x_{ij} are said; the bare script is not), and the two are different
        models: refused with both readings rather than one taken.
        """
        if not (isinstance(base, tree.Variable) and base.name in vocab.DATA_VECTORS and base.example is not None
                and base.feature is None):
            return
        items = self.braced_items(self.position + 1)
        if not (items is not None and len(items) == 1 and items[0].kind == "name"
                and items[0].text in vocab.FEATURE_INDICES and self.aliases.get(items[0].text) != "examples"):
            return
        letter = items[0].text
        written = self.source[base.span.start:items[0].end] + ("}" if self.tokens[self.position + 1].kind == "lbrace" else "")
        self.fail(f"'{written}' is x_i to the power {letter} (polynomial features) or feature {letter} of example i: "
                  "which is not said", caret.start,
                  hint=f"write x_{{i{letter}}} or x_i^{{({letter})}} for the feature; for powers, expand the "
                       f"polynomial (b + w_1 x_i + w_2 x_i^2)")

    def refuse_index_mark_power(self, base: tree.Node, caret: _Token) -> None:
        r"""``{\bf w^T x}^{(n)}``, ``(\theta^T x)^{(n)}``: a letter in brackets over a group is an example's mark, not a power.

        Read as a power it made σ(wᵀx⁽ⁿ⁾) into σ((wᵀx)ⁿ), n the count of features, silently. Notes write a
        power as ^n or ^{n}; the brackets mark an example (or an iteration), which only a name carries here.
        """
        if isinstance(base, (tree.Variable, tree.Number, tree.Constant)):
            return
        inside = self.parenthesised_script()
        if inside is not None and inside.kind == "name" and len(inside.raw) == 1:
            letter = inside.raw
            self.fail(
                f"^{{({letter})}} over a bracket or group marks an example ({letter}), not a power, and only a name "
                "carries that mark here",
                caret.start,
                hint=f"write the mark on the data, w^T x^{{({letter})}}, or a power as ^{letter}",
            )

    def parenthesised_script(self) -> _Token | None:
        r"""The one token of a superscript ``{(…)}``, ``{[…]}``, ``{\{…\}}`` after the ``^`` here, else None."""
        start = self.position + 1
        if start >= self.stop or self.tokens[start].kind != "lbrace":
            return None
        items = self.braced_items(start) or []
        # x^{[2]}, a^{[l]}, X^{\{t\}}: square brackets mark a layer, braces a mini-batch, as round ones mark an
        # example — never a power (audit35)
        if len(items) == 3 and items[0].kind == "open" and items[0].text in ("(", "[", "{") \
                and items[2].kind == "close":
            return items[1]
        return None

    def refuse_numbered_example_mark(self, base: tree.Node, caret: _Token) -> None:
        r"""``x^{(2)}``, ``y^{(1)}``: a number in brackets over a name is an example's number, not a power.

        Notes mark the i-th example as x^{(i)}, and a number in the same brackets names one example (x^{(1)}, the
        first): read as a power it made θᵀx⁽²⁾ − y⁽²⁾ into (θᵀx)² − y², silently. A power is written ^2 or ^{2};
        logderiv reads the examples through the index i, so a numbered one is refused. Over a bracket,
        ``(h - y)^{(2)}``, the brackets carry no example and the power stays.
        """
        # θᵀx^{(2)}: the mark stands on x, the dot product's last factor, though the product is the power's base
        if isinstance(base, tree.Dot) and not self.source[:caret.start].rstrip().endswith((")", "]")):
            base = base.right
        if not isinstance(base, tree.Variable) or any(token.kind == "ellipsis" for token in self.tokens):
            # (y^{(1)} - wx^{(1)} - b)^2 + \cdots + (y^{(m)} - …)^2: a run of the examples, which the ellipsis
            # reader reads or refuses with its own words
            return
        inside = self.parenthesised_script()
        if inside is not None and inside.kind == "number":
            number = inside.raw
            written = self.source[caret.end:inside.start]
            opener, closer = ("[", "]") if "[" in written else ("\\{", "\\}") if "\\{" in written else ("(", ")")
            self.fail(
                f"^{{{opener}{number}{closer}}} over a name marks example {number} (as ^{{(i)}} marks the i-th), "
                f"not the power "
                f"{number}; logderiv reads the examples through the index i",
                caret.start,
                hint=f"write the i-th example's {base.name}^{{(i)}} in a sum over i, or the power as ^{number}",
            )

    def refuse_marked_power(self, base: tree.Node, caret: _Token) -> None:
        r"""``y^{(i)}^2``: a double superscript, which TeX refuses; ``(h - y^{(i)}^2)`` misplaces a bracket.

        Read as (y⁽ⁱ⁾)² it turned (h − y)² into h − y², a cost nobody writes.
        """
        written = self.source[base.span.start:caret.start]
        bracketed = self.source[base.span.end:caret.start].strip()  # \left(y^{(i)}\right)^2 is a power of the bracket
        if isinstance(base, tree.Variable) and base.example is not None and "^" in written and not bracketed:
            self.fail(
                f"a double superscript: '{written.strip()}^…' (TeX refuses it too)",
                caret.start,
                hint=f"write ({written.strip()})^{{2}} for the power of {base.name}, "
                     f"or close the bracket before it for the power of the difference: (h - {written.strip()})^{{2}}",
            )

    def factorial(self, operand: tree.Node, bang: Token) -> tree.Node:
        r"""``y_i!``, ``\log(y_i!)`` (a Poisson log-likelihood): a function of the data only, noted; else refused."""
        from ..errors import UnsupportedInputError

        written = self.source[self.outer(operand).start:bang.end]
        if not conventions.data_only(operand):
            raise UnsupportedInputError(
                f"'{written}': a factorial is read only of a name of the data (y_i!), a constant of the parameters"
                f" (column {bang.start + 1})",
                source=self.source,
                column=bang.start,
                hint="a factorial of the data such as \\log(y_i!) does not depend on the parameters (its gradient is 0)",
            )
        self.note(conventions.factorial_note(written))
        return tree.Apply("factorial", operand, self.span(operand, bang))

    def refuse_inverse(self, base: tree.Node, exponent: tree.Node) -> None:
        r"""Refuse ``g^{-1}(\theta^T x)``: an inverse function (GLM notes' inverse link), not a scalar g⁻¹ times a bracket."""
        from ..errors import UnsupportedInputError

        name = conventions.inverse_function(base, exponent)
        follower = self.peek()
        if name is None or follower.kind != "open":
            return
        raise UnsupportedInputError(
            f"'{self.source[base.span.start:follower.end]}…' (an inverse function) is not supported (column {base.span.start + 1})",
            source=self.source, column=base.span.start, hint=conventions.inverse_function_hint(name),
        )

    def refuse_log_to_a_negative_power(self, base: tree.Node, exponent: tree.Node) -> None:
        r"""Refuse ``\log\left(1 + e^{-z}\right)^{-1}``: the log of the bracket's inverse (−log(1 + e^{−z}), as a
        page rewriting log(1/(1 + e^{−z})) means it) or the inverse of the log (1/log(…), the power bound to the
        call as ``\sin(x)^2`` binds it)? Both are written so, and they differ: read either way, a right step of the
        other reading would be judged wrong, so neither is picked (fixmulti2: a page's true rewrite was called wrong).
        """
        if not (isinstance(base, tree.Apply) and base.function in ("log", "ln")):
            return
        if isinstance(exponent, tree.Negate):
            shown = self.source[base.span.start:exponent.span.end + 1].strip()
            self.fail(f"'{shown}': a negative power after the log's bracket is the log of the bracket's power "
                      "(log(u^{-1}) = −log u) or a power of the log (1/log u), and these differ",
                      exponent.span.start, hint=r"write \log\left((…)^{-1}\right) for the log of the power, or "
                                                r"\left(\log(…)\right)^{-1} for the power of the log")

    def exponent(self) -> tree.Node:
        """The script after ``^``: a braced group or, as in TeX, one character or command."""
        caret = self.advance()
        token = self.peek()
        if token.kind == "lbrace":
            if self.example_mark_at(self.position):
                self.fail(
                    "^{(i)} marks the example index and can only follow a name",
                    caret.start,
                    hint="write y^{(i)} or x_j^{(i)}",
                )
            if self.transpose_at(self.position):
                self.fail("only a vector can be transposed", caret.start, hint=r"write \theta^\top x")
            return self.group()
        if token.kind == "number":
            self.one_character(caret, token)
            self.advance()
            return tree.Number(token.text, Span(token.start, token.end))
        if token.kind in ("name", "word") and len(token.text) == 1 or token.kind == "name" and token.text in vocab.WORDS:
            if token.text == "T" or token.kind == "transpose":
                self.fail("only a vector can be transposed", caret.start, hint=r"write \theta^\top x")
            return self.letter(token)
        if token.kind == "transpose":
            self.fail("only a vector can be transposed", caret.start, hint=r"write \theta^\top x")
        if self.is_op(token, "-"):
            self.fail("a signed exponent needs braces", token.start, hint="write x^{-1}")
        if token.kind == "open":
            self.fail("an exponent needs braces", token.start, hint="write x^{(...)}; the example index is ^{(i)}")
        if token.kind == "end":
            self.fail("'^' needs an exponent", caret.start)
        self.fail(f"an exponent in braces is needed here, not {self.describe(token)}", token.start, hint="write ^{...}")

    def primary(self) -> tree.Node:
        token = self.peek()
        kind = token.kind
        if kind == "number":
            self.advance()
            return tree.Number(token.text, Span(token.start, token.end))
        if kind in ("name", "hat"):
            return self.name()
        if kind == "word":
            return self.word()
        if kind == "function":
            self.advance()
            return self.apply(token, token.text)
        if kind == "sum":
            return self.sum()
        if kind == "ones":
            return self.ones()
        if kind == "frac":
            return self.frac()
        if kind in ("open", "lbrace"):
            return self.group()
        if kind == "norm":
            return self.norm()
        if kind == "nabla" and self.gradient_of_the_cost_ends() is not None:
            return self.gradient_of_the_cost(token)
        if kind == "nabla" and self.gradient_of_an_expression_by() is not None:
            return self.gradient_of_an_expression(token)
        if kind == "nabla" and self.gradient_by_the_data() is not None:
            # ∇ₓ f(x) of ½‖Ax − b‖² (a math.SE answer's): x is the unknown there, but in logderiv the data
            by = self.gradient_by_the_data()
            self.fail(f"'\\nabla' is not supported by the data: '\\nabla_{by}' takes the gradient by {by}, which "
                      "logderiv reads as the data (the features x, the targets y), never as the parameters", token.start,
                      hint="write the cost in the parameters θ (w, β) and the data X, y: ½‖Ax − b‖² by x is "
                           "½‖Xθ − y‖² by θ")
        if kind == "nabla":
            self.fail("'\\nabla' is not supported", token.start, hint="logderiv reads sums, products, log, exp, σ, tanh, √ and powers;"
                      " \\nabla_\\theta J = ... is read as the left side of an answer")
        if kind == "partial" and self.is_op(self.peek(1), "_"):
            return self.subscript_derivative(token)
        if kind == "partial":
            self.fail(
                "'\\partial' outside a derivative",
                token.start,
                hint="write \\frac{\\partial}{\\partial \\theta_j}; a line that still differentiates is a step of a"
                " derivation: check the whole derivation with 'logderiv steps'",
            )
        if kind == "relation":
            self.fail(f"a relation ('{token.raw}') is not read", token.start,
                      hint="give the formula alone; a side condition such as ', \\lambda \\geq 0' may only end it")
        if kind == "transpose":
            self.fail(f"'{token.raw}' can only follow a vector after '^'", token.start, hint=r"write \theta^\top x")
        if kind == "end":
            self.fail("the formula ends too early", token.start)
        if kind in ("close", "rbrace"):
            self.fail(f"unexpected '{token.raw}'", token.start)
        self.fail(f"unexpected {self.describe(token)}", token.start)

    def ones(self) -> tree.Node:
        r"""``\mathbf{1}``, the all-ones vector: 1 in every entry (``b\mathbf{1}``), or ``\mathbf{1}^\top v`` = Σᵢ vᵢ.

        Its product with a vector of the examples sums that vector's entries, so
        ``\mathbf{1}^\top(\hat{\mathbf{p}} - \mathbf{y})`` is Σᵢ (p̂⁽ⁱ⁾ − y⁽ⁱ⁾); a vector of anything
        else there is refused. Elsewhere each entry of the vector is 1. Noted either way.
        """
        token = self.advance()
        written = token.raw
        if self.peek().kind in ("open", "lbrace"):
            # \mathbf{1}\{y_i = k\}, \mathbf{1}(y_i = 1): the indicator function, not the all-ones vector
            self.fail(f"'{written}' before a bracket (an indicator function?) is not read", self.peek().start,
                      hint=r"write the indicator out: y^{(i)} for 1\{y^{(i)} = 1\}, 1 - y^{(i)} for 1\{y^{(i)} = 0\}")
        if not (self.is_op(self.peek(), "^") and self.transpose_at(self.position + 1)):
            self.note(conventions.ones_note(written))
            return tree.Number("1", Span(token.start, token.end))
        self.advance()
        self.position = self.partner[self.position] + 1 if self.peek().kind == "lbrace" else self.position + 1
        follower = self.peek()
        if not self.starts_operand(follower):
            self.fail(f"'{self.source[token.start:follower.start].strip()}' needs a vector after it", follower.start,
                      hint=r"\mathbf{1}^\top v sums the entries of v: write \mathbf{1}^\top(\hat{\mathbf{p}} - \mathbf{y})")
        self.example_sums += 1
        self.enter(token)
        body = self.power()
        self.leave()
        self.example_sums -= 1
        read, _, _ = readings.unindexed_range(body)
        if read != "examples":
            self.fail(f"'{self.source[token.start:self.outer(body).end]}' is read only of a vector with one entry per example",
                      token.start, hint=r"write \sum_{i=1}^{m} … over the examples, \sum_{j=1}^{n} … over the features")
        span = self.span(token, body)
        self.note(conventions.ones_sum_note(self.source[span.start:span.end]))
        return tree.Sum("examples", vocab.EXAMPLE_INDEX, body, span)

    def group(self, argument: bool = False) -> tree.Node:
        """( expression ), \\left[ expression \\right], { expression }; ``argument``: a command's braced argument."""
        opened = self.position
        opener = self.advance()
        closing = self.partner[opened]
        if closing == self.position:
            self.fail(f"empty '{opener.raw}{self.tokens[closing].raw}'", opener.start, hint="put an expression inside")
        self.enter(opener)
        inner = self.expression()
        if opener.kind == "lbrace" and self.is_op(self.peek(), "over"):
            inner = self.over(inner, closing)
        self.leave()
        if self.position != closing:
            token = self.peek()
            if self.is_op(token, ","):
                # φ(m,b), p(x_i, θ), \{x, y\}, (z_1, ⋯, z_m): what the bracket lists, named (refused as before)
                ending = self.tokens[closing]
                message, hint = bracket_commas.comma_in_bracket(self.source, (opener.start, opener.end),
                                                                (ending.start, ending.end))
                self.fail(message, token.start, hint=hint)
            event = _EVENT_BEFORE.search(self.source, 0, opener.start)
            if self.is_op(token, "=") and event is not None and opener.text == "(" \
                    and _EVENT_INSIDE.fullmatch(self.source, opener.end, self.tokens[closing].start):
                # P(y_i=1) (cold43's Chinese DMP chapter): the '=' is the event's, the probability of a label
                written = self.source[event.start("name"):self.tokens[closing].end]
                self.fail(f"'{written}' is the probability that the label is {written.split('=')[-1].rstrip(')').strip()} "
                          "(the '=' is the event's, no equation): logderiv reads a probability only as P(y = 1 | x), "
                          "the model given by a --let (P(y=1|x) = \\sigma(\\theta^T x)), and P(y=1) with no condition "
                          "is not read as the model", token.start,
                          hint="write the model's prediction in its place (\\sigma(\\beta_0 + \\beta_1 x_{1i}), "
                               "1/(1 + e^{-…})), or define P(y=1|x) with --let")
            self.fail(f"unexpected {self.describe(token)}", token.start, hint=f"'{opener.raw}' closes at column {self.tokens[closing].start + 1}")
        closer = self.advance()
        self.extent[id(inner)] = Span(opener.start, closer.end)
        if opener.kind == "lbrace" and not argument and isinstance(inner, tree.Binary) and inner.op in ("+", "-") \
                and self._beside_a_factor(opened, closing):
            # {h - y} x_j: TeX's braces print no bracket (the page shows h − y x_j), but only the bracket makes
            # sense of it; read so, and said, since the literal page means something else
            self.note(BRACES_AS_BRACKET_NOTE)
        return inner

    def _beside_a_factor(self, opened: int, closing: int) -> bool:
        """Whether the group from ``opened`` to ``closing`` multiplies a factor written right before or after it."""
        after = self.tokens[closing + 1] if closing + 1 < len(self.tokens) else None
        if after is not None and after.kind in _OPERAND_KINDS:
            return True
        opening_of = {close: open_ for open_, close in self.partner.items()}
        k = opened - 1
        while k >= 1:  # back over the scripts of what stands before: x_j^{(i)}, \sum_{i=1}^{m}
            start = opening_of.get(k, k) if self.tokens[k].kind == "rbrace" else k
            if start >= 1 and self.is_op(self.tokens[start - 1], "_", "^"):
                k = start - 2
                continue
            break
        if k < 0:
            return False
        # a sum's or product's own group is its summand ({…} after \sum_{i=1}^{m}), no factor beside it
        return self.tokens[k].kind in ("name", "number", "close", "rbrace", "hat")

    def over(self, numerator: tree.Node, closing: int) -> tree.Node:
        r"""``{a \over b}``: plain TeX's fraction, the group's content before ``\over`` over the content after it."""
        operator = self.advance()
        if self.position == closing:
            self.fail("'\\over' needs a denominator", operator.start, hint="write {a \\over b}")
        denominator = self.expression()
        if self.is_op(self.peek(), "over"):
            self.fail("a second '\\over' in one group", self.peek().start, hint="write {{a \\over b} \\over c}")
        return tree.Binary("/", numerator, denominator, self.span(numerator, denominator))

    # -- names --

    def word(self) -> tree.Node:
        r"""``\operatorname{...}``, ``\mathrm{...}``: a function, ``mean``, a constant or a name."""
        token = self.peek()
        word = token.text
        if word in vocab.FUNCTIONS:
            self.advance()
            return self.apply(token, vocab.FUNCTIONS[word])
        if word == "mean":
            return self.mean()
        if word in self.names or len(word) == 1 and word in _ASCII_LETTERS:
            return self.name()
        if word.lower() in vocab.NOT_YET_SUPPORTED and word not in self.names:
            _not_yet(word, self.source, token.start, shown=token.raw)
        if word in _UNSUPPORTED_FUNCTIONS:
            self.fail(f"'{token.raw}' is not supported", token.start)
        guess = vocab.suggest(word, tuple(self.names))
        hint = f"did you mean '{guess}'?" if guess else "known: " + ", ".join(sorted(set(vocab.FUNCTIONS) - {"σ"}) + ["mean"])
        self.fail(f"unknown operator '{token.raw}'", token.start, hint=hint)

    def name(self) -> tree.Node:
        token = self.peek()
        word = token.text
        if word == "pi" and word in self.functions and self.peek(1).kind == "open" and self.peek(1).text == "(":
            return self.variable()  # --let '\pi(x) = …' defines statistics' π(x): its calls are that function's
        if _is_constant(word):
            self.advance()
            follower = self.peek()
            if word == "pi":
                self.constant_applied(token, follower)
            if self.is_op(follower, "_"):
                indices, last = self.subscript()
                if word == "e" and len(indices) == 1 and indices[0][0].isascii() and indices[0][0].isdigit():
                    # e_{1}: the unit vector of a matrix answer (the builder refuses it anywhere else)
                    return tree.Variable(word, self.span(token, last), feature=indices[0][0])
                self.fail(f"'{token.raw}' is a constant and has no index", follower.start)
            if word == "e" and token.raw == "e" and not self.is_op(follower, "^"):
                message, hint = conventions.bare_e_message(latex=True)
                self.fail(message, token.start, hint=hint)
            return tree.Constant(word, Span(token.start, token.end))
        if ((word in vocab.INDEX_LETTERS and word not in self.example_count_spellings or word in self.aliases)
                and word not in self.functions):
            # d2l's l^{(i)}(\mathbf{w}, b) = …: a function --let defines may be named by an index letter
            self.bare_index(token)
        if word == "E" and word not in self.functions and self.peek(1).kind == "open" and self.peek(1).text == "[":
            self.expectation(token)
        return self.variable()

    def expectation(self, token: _Token) -> NoReturn:
        r"""Refuse ``E[…]``, ``E\left[…\right]``, ``\mathrm{E}[…]``: notes' expectation over a distribution.

        Read as a letter E times the bracket, the operator became a factor, and a right step taking a constant out
        of it (E[½(wx − y)² + (λ/2)w²] differentiated to E[(wx − y)x] + λw, since E[c] = c) was judged wrong.
        """
        self.fail(
            f"'{token.raw}[…]' is an expectation over a distribution (𝔼[…]), an operator logderiv does not read, "
            "or E times the bracket?",
            token.start,
            hint="write the expectation as the mean over the examples, \\frac{1}{m}\\sum_{i=1}^{m} …; for a "
            "product write E \\cdot […]",
        )

    def constant_applied(self, token: _Token, follower: _Token) -> None:
        r"""Refuse ``\pi(x_i)``: π before a bracket holding the example's features is ambiguous.

        Statistics writes π(x) (π_i) for P(y = 1 | x), the model's probability
        (Agresti, Hosmer–Lemeshow); read as the constant 3.14159… times xᵢ, the answer
        would silently become another one. Both readings are offered.
        """
        if follower.kind != "open" or follower.text != "(" or self.position not in self.partner:
            return
        inside = self.tokens[self.position + 1:self.partner[self.position]]
        if not any(each.kind == "name" and each.text in vocab.DATA_VECTORS | {vocab.DATA_MATRIX} for each in inside):
            return
        written = self.source[token.start:self.tokens[self.partner[self.position]].end]
        self.fail(
            f"'{written}': π times the bracket, or the probability π(x) of statistics (P(y = 1 | x))?",
            token.start,
            hint="for the product write \\pi \\cdot (…); for the model's probability write \\sigma(\\beta^T x_i), "
            "or call it by a letter defined with --let (e.g. --let 'p_i = \\sigma(\\beta^T x_i)')",
        )

    def letter(self, token: _Token) -> tree.Node:
        """A one-letter (or vocabulary) name as an operand: ``e`` and ``pi`` are constants."""
        self.advance()
        if _is_constant(token.text):
            return tree.Constant(token.text, Span(token.start, token.end))
        if token.text in vocab.INDEX_LETTERS and token.text not in self.example_count_spellings:
            self.bare_index(token)
        return tree.Variable(token.text, Span(token.start, token.end))

    def bare_index(self, token: _Token) -> NoReturn:
        if token.text in self.aliases:
            self.fail(
                f"'{token.text}' is the index of the sum around it, not a variable",
                token.start,
                hint=f"write it as a subscript: y_{token.text}, x_{token.text}",
            )
        if token.text == vocab.EXAMPLE_INDEX:
            self.fail("'i' is the example index, not a variable", token.start, hint="write y^{(i)}, x_j^{(i)} or \\sum_{i=1}^{m}")
        self.fail(
            f"'{token.text}' is a feature index, not a variable",
            token.start,
            hint=f"write \\theta_{token.text}, x_{token.text} or \\sum_{{{token.text}=1}}^{{n}}",
        )

    def subscript_on_the_line(self, name: str, token: Token, last: Token, decorated: bool) -> bool:
        r"""``h\theta(x)``: the prediction h (or f), a Greek parameter vector glued to it and a bracket glued to that.

        Only a Greek command (``\theta``, ``\beta``): ``hw(x)`` of two Latin letters is not said to mean h_w.
        """
        if decorated or name not in vocab.SUBSCRIPTED_MODELS or token.kind != "name" or last is not token:
            return False
        follower, bracket = self.peek(), self.peek(1)
        return (follower.kind == "name" and follower.text in vocab.PARAMETER_VECTORS and follower.raw.startswith("\\")
                and follower.text not in self.names and follower.start == token.end
                and bracket.kind == "open" and bracket.text == "(" and bracket.start == follower.end)

    def variable(self, *, may_call: bool = True, may_dot: bool = True) -> tree.Node:
        r"""A name with its scripts: ``x_j^{(i)}``, ``h_\theta(x)``, ``\theta^\top x``, ``y^{i}``."""
        token = self.advance()
        opened = self.position - 1
        name = token.text
        if token.raw.endswith(_PRIMED) and not may_call:
            # g'(z) where no call may stand (under a derivative's ∂): the derivative's mark would be lost
            self.fail(f"a prime (') on {token.raw[:-1]} is read only as {token.raw[:-1]}'(…), its derivative at the "
                      "argument", token.start)
        if token.kind == "hat" and name != vocab.PREDICTION:
            self.note(f"{token.raw} is read as {name}, which --let defines: code's name for the prediction {token.raw}")
        elif token.kind == "hat":
            self.note(f"{token.raw} is read as the prediction {vocab.PREDICTION}")
        feature: str | None = None
        example: str | None = None
        decorated = False
        last: Token = token
        while True:
            follower = self.peek()
            labelled = self.function_label(name)
            if labelled is not None:
                name, last = labelled, self.tokens[self.position - 1]
                continue  # \mathcal{L}_\text{nll}(g, y): the label in words is part of the defined function's name
            if self.subscript_on_the_line(name, token, last, decorated):
                # h\theta(x): Ng's h_\theta(x) with its _ lost; θ cannot be called, so h times θ(x) is no reading
                decorated, last = True, self.advance()
                self.declared.add(last.text)
                shown = {"theta": "θ", "beta": "β"}.get(last.text, last.text)
                self.note(f"'{self.source[token.start:last.end]}(' is read as {name}_{shown}(: the subscript written on "
                          "the line")
                continue
            if self.is_op(follower, "_"):
                indices, last = self.subscript()
                if name == vocab.KRONECKER and len(indices) == 2 and feature is None and example is None:
                    return self.kronecker(token, indices, last)
                feature_first = len(indices) == 2 and feature is None and example is None \
                    and name in vocab.DATA_VECTORS and (indices[0][0] in vocab.FEATURE_INDICES
                                                        and self.aliases.get(indices[0][0]) != "examples") \
                    and (indices[1][0] == vocab.EXAMPLE_INDEX or self.aliases.get(indices[1][0]) == "examples")
                for index, column in indices:
                    role = self.aliases.get(index)
                    if role == "examples":
                        index = vocab.EXAMPLE_INDEX
                    if role == "features":
                        if feature is not None:
                            self.fail(f"'{token.raw}' already has the index {feature}", column)
                        feature = index
                    elif index == "theta" or (
                        index in _PARAMETER_DECORATIONS and name not in vocab.FIXED_NAMES and vocab.is_callable(name, self.names)
                    ):
                        if not vocab.is_callable(name, self.names):
                            self.fail(f"'{token.raw}' cannot carry the subscript θ", column)
                        decorated = True  # h_\theta, f_{w,b}, h_{\mathbf w}: the model's parameters
                        self.declared.add(index)
                    elif index == vocab.EXAMPLE_INDEX:
                        if example is not None:
                            self.fail(f"'{token.raw}' already has the example index", column)
                        example = index
                    elif index.isdigit() or index in vocab.FEATURE_INDICES:
                        if feature is not None:
                            self.fail(f"'{token.raw}' already has the index {feature}", column)
                        feature = index
                    elif index == "b" and token.raw == "X":
                        # X_b: a Python ML course's data with a column of ones before it, the intercept's feature
                        self.fail(
                            f"unknown index 'b': 'X_b' may be the data with a column of ones for the intercept b "
                            "(X_b = [1, X]), which is not read",
                            column,
                            hint="write the model with its intercept: X\\theta with x_0 = 1 said in words, or Xw + b",
                        )
                    else:
                        self.fail(
                            f"unknown index '{index}'",
                            column,
                            hint="indices are i (examples), j, k, l (features) or a number: \\theta_j, x_0",
                        )
                if feature_first and feature is not None and example is not None:
                    # x_{ji}, x_{j,i} (one example per column, DLAI's X n×m): the feature's letter first; the sum's
                    # example index and the feature's are told apart by their letters, so this is the only reading
                    written = self.source[token.start:last.end]
                    self.note(f"{written} is read as feature {indices[0][0]} of example {indices[1][0]}, "
                              f"x_{indices[0][0]}^({indices[1][0]}): the feature's index first, as in a data matrix "
                              "of one example per column")
            elif self.is_op(follower, "^") and self.example_mark_at(self.position + 1):
                if example is not None:
                    self.fail(f"'{token.raw}' already has the example index", follower.start)
                example = vocab.EXAMPLE_INDEX
                self.position = self.partner[self.position + 1] + 1
                last = self.tokens[self.position - 1]
            elif self.is_op(follower, "^") and self.bare_example_at(self.position + 1):
                after = self.partner.get(self.position + 1, self.position + 1) + 1
                written = self.source[follower.start : self.tokens[after - 1].end]
                if name not in _EXAMPLE_NAMES and name not in self.names:
                    self.fail(f"'{token.raw}{written}': i is the example index, not an exponent", follower.start)
                if self.trailing_example_powers is not None and not self.example_sums:
                    self.trailing_example_powers.append((f"{token.raw}{written}", follower.start))
                elif not self.example_sums:
                    self.fail(
                        f"'{token.raw}{written}' raises {token.raw} to the power i, and there is no sum over i around it",
                        follower.start,
                        hint="the i-th example is written ^{(i)}, inside \\sum_{i=1}^{m}",
                    )
                if example is not None:
                    self.fail(f"'{token.raw}' already has the example index", follower.start)
                example = vocab.EXAMPLE_INDEX
                self.note(f"{token.raw}{written} is read as {token.raw}^{{(i)}}, the i-th example (not a power)")
                self.position = after
                last = self.tokens[after - 1]
            elif (self.is_op(follower, "^") and example is not None and feature is None
                  and name in vocab.DATA_VECTORS and (letter := self.feature_mark_at(self.position + 1))):
                # x_i^{(j)} (CS229 notes retold): x_i is example i, so the mark (j), of a feature index, can only be
                # its feature j, as x_j^{(i)} is; a bare x_i^j stays a power (polynomial notes write x_i^j so)
                feature = letter
                self.position = self.partner[self.position + 1] + 1
                last = self.tokens[self.position - 1]
                self.note(f"{self.source[token.start:last.end]} is read as x_{{i{letter}}}, feature {letter} of example "
                          f"i: the subscript i marks the example, so the mark ({letter}) is the feature")
            elif (self.is_op(follower, "^") and example is not None and feature is None
                  and name in vocab.DATA_VECTORS and (letter := self.bare_feature_at(self.position + 1))
                  and self.transposed_example(name, token.raw)):
                # x_{i}^{j} (Chinese notes: 'x^{j}代表的是样本x第j项的特征值'): where the same text writes wᵀx_i, x_i is a
                # vector, and a vector has no power j, so the bare script j can only be its feature j
                feature = letter
                self.position = self.partner.get(self.position + 1, self.position + 1) + 1
                last = self.tokens[self.position - 1]
                self.note(f"{self.source[token.start:last.end]} is read as x_{{i{letter}}}, feature {letter} of example "
                          f"i, not a power: the same text writes x_i as a vector (a transpose times {token.raw}_i)")
            elif self.is_op(follower, "^") and self.parenthesised_mark_at(self.position + 1):
                self.fail("in LaTeX '^(i)' is a superscript '(' followed by 'i)'", follower.start, hint="write ^{(i)}")
            else:
                break
        follower = self.peek()
        if may_call and name in self.functions and follower.kind == "open" and follower.text == "(":
            if decorated:
                self.note(conventions.decorated_function_note(self.source[token.start:last.end], name))
            return self.function_call(token, name, feature, example)
        if (
            name in ("a", "z")
            and example is not None
            and feature is None
            and not decorated
            and name not in self.names
            and name.upper() in self.names
        ):
            # DeepLearning.AI's A = σ(wᵀX + b) = (a⁽¹⁾, …, a⁽ᵐ⁾): lowercase a⁽ⁱ⁾ is example i's entry of the let's A
            capital = name.upper()
            self.note(f"{self.source[token.start:last.end]} is read as {capital}^{{(i)}}, example i's entry of "
                      f"{capital} (defined by --let): DeepLearning.AI writes {capital} = (…, {name}^{{(i)}}, …)")
            name = capital
        if (
            name in PREDICTION_LETTERS
            and example is not None
            and feature is None
            and not decorated
            and name not in self.names
        ):
            # p_i, a^{(i)}: a per-example probability or activation is the model's prediction
            self.note(f"{self.source[token.start:last.end]} is read as the prediction {vocab.PREDICTION} (the model's output for example i)")
            name = vocab.PREDICTION
        # x^{(i)}_n: its scripts may come in another order than their tokens; the span covers them all
        last = max(self.tokens[opened:self.position], key=lambda each: each.end, default=last)
        variable = tree.Variable(name, self.span(token, last), feature=feature, example=example)
        follower = self.peek()
        if name == vocab.DATA_MATRIX and feature is None and example is None:
            if self.is_op(follower, "^") and self.transpose_at(self.position + 1):
                # X^\top, X^T, X^{T}: the data matrix of a matrix-form answer, transposed
                self.advance()
                mark = self.peek()
                self.position = self.partner[self.position] + 1 if mark.kind == "lbrace" else self.position + 1
                return tree.Transpose(variable, self.span(variable, self.tokens[self.position - 1]))
            return variable
        if may_dot and name in vocab.VECTORS and feature is None:
            if self.is_op(follower, "^") and self.transpose_at(self.position + 1):
                self.advance()
                mark = self.peek()
                self.position = self.partner[self.position] + 1 if mark.kind == "lbrace" else self.position + 1
                if name in vocab.DATA_VECTORS and example is not None and not self.starts_operand(self.peek()) \
                        and not self.is_op(self.peek(), "*", "·"):
                    # \sum_i (y_i - \beta^T X_i) X_i^T (math.techqa.club 2592385): nothing follows to dot with, so
                    # the example's vector transposed, a row whose entries are X_i's (read entry by entry)
                    written = self.source[token.start:self.tokens[self.position - 1].end]
                    self.note(f"{written} has no vector after it: the example's vector transposed, "
                              f"read entry by entry as {self.source[token.start:last.end]}")
                    return variable
                if name in vocab.PARAMETER_VECTORS and example is None and not self.starts_operand(self.peek()) \
                        and not self.is_op(self.peek(), "*", "·") and self.writes_data_matrix():
                    # (X\beta - Y)^T X + \lambda \beta^T: nothing follows to dot with, in matrix notation: the
                    # parameter vector transposed, a 1×n row (the matrix reading says what a row answer is)
                    return tree.Transpose(variable, self.span(variable, self.tokens[self.position - 1]))
                if name in vocab.PARAMETER_VECTORS and example is None and (
                        self.data_matrix_after_row() or self.weight_matrix_after_row()):
                    # \theta^TX^TX\theta: in matrix notation the transposed parameters are a 1×n row, and the
                    # data matrix after it is a factor of the product, never the vector of a dot product (so is
                    # weighted least squares' W in \theta^TX^TWX\theta)
                    return tree.Transpose(variable, self.span(variable, self.tokens[self.position - 1]))
                if self.is_op(self.peek(), "*", "·") or self.is_op(self.peek(), ".") and self.period_product():
                    # w^{T}.x_{i}: notes type the dot product's dot as a period too (period_product notes it)
                    self.advance()
                if name in vocab.PARAMETER_VECTORS and example is None and self.data_matrix_alone():
                    return self.row_of_examples(variable, token)
                right = self.vector_operand(follower)
                return tree.Dot(variable, right, self.span(variable, right))
            if self.is_op(follower, "·") and self.whole_vector_at(1) and (
                vocab.PARAMETER_VECTORS & {name, self.peek(1).text}
            ):
                self.advance()
                right = self.vector_operand(follower)
                return tree.Dot(variable, right, self.span(variable, right))
            if self.is_op(follower, "·") and (end := self.transposed_vector_ends(1)) and (
                vocab.PARAMETER_VECTORS & {name, self.peek(1).text}
            ):
                return self.dot_with_transposed(variable, end)
        if may_call and follower.kind == "open" and follower.text == "(" and vocab.is_callable(name, self.names):
            if decorated:
                if feature is not None or example is not None:
                    self.fail(f"'{token.raw}' with an index cannot be called", follower.start)
                argument: tree.Node | None  # None: where example_argument (below) finds no example's argument
                argument = self.group()
                if (
                    isinstance(argument, tree.Variable)
                    and argument.name == vocab.DATA_MATRIX
                    and argument.example is not None
                    and argument.feature is None
                ):
                    # H_\theta(X^{(i)}): the i-th example's row, the vector x^{(i)}
                    self.note(f"{self.source[argument.span.start:argument.span.end]} is read as x^{{(i)}}, the i-th example")
                    argument = tree.Variable("x", argument.span, example=argument.example)
                if name in _MODEL_LETTERS and name not in self.names:
                    self.note(f"{self.source[token.start:self.tokens[self.position - 1].end]} is read as the prediction {vocab.PREDICTION}")
                    name = vocab.PREDICTION
                argument = self.marked_argument(token, argument)
                return tree.Call(name, argument, self.span(token, argument))
            if feature is None and example is None:
                argument = self.example_argument()
                if argument is not None:
                    argument = self.marked_argument(token, argument)
                    return tree.Call(name, argument, self.span(token, argument))
                if name == vocab.PREDICTION and self.parameters_then_mark():
                    return self.prediction_of_parameters(token)
        if (
            may_call
            and follower.kind == "open"
            and follower.text == "("
            and feature is None
            and example is None
            and not decorated
            and token.kind == "name"
            and conventions.reads_as_function(name, self.quantities, self.names)
        ):
            # 'g(z)', 'f(z)': a letter that is no quantity of the text, applied to the bracket
            argument = self.group()
            return tree.Call(name, argument, self.span(token, argument))
        return variable

    def function_label(self, name: str) -> str | None:
        r"""The name of a function --let defines with a label in words, ``\mathcal{L}_\text{nll}(…)``: ``L_nll``.

        MIT 6.390 names its losses so (``\mathcal{L}_\text{nll}(\text{guess}, \text{actual})``, then
        ``\mathcal{L}_\text{nll}(\sigma(…), y^{(i)})`` in the objective). The tokenizer drops the word as it
        drops a label (``J_{\text{lr}}``), leaving an empty group with the word's text in it; read as part of
        the name only right before the call's bracket, and only where --let defines the function under that
        label (so ``\mathcal{L}_\text{sq}(…)`` beside a defined ``\mathcal{L}_\text{nll}`` is no call of it).
        None otherwise; an empty ``L_{}`` stays refused.
        """
        if not self.is_op(self.peek(), "_"):
            return None
        group, closer, bracket = self.peek(1), self.peek(2), self.peek(3)
        if group.kind != "lbrace" or closer.kind != "rbrace" or bracket.kind != "open" or bracket.text != "(":
            return None
        label = function_label_word(self.source[group.start:closer.end])
        if label is None or f"{name}_{label}" not in self.functions:
            return None
        self.position += 3
        return f"{name}_{label}"

    def function_call(self, token: Token, name: str, feature: str | None, example: str | None) -> tree.FunctionCall:
        r"""``g(\theta^\top x)``, ``\mathcal{L}(a^{(i)}, y^{(i)})``: a function defined with --let, applied."""
        opened = self.position
        opener = self.advance()
        closing = self.partner[opened]
        arguments = []
        self.enter(opener)
        while True:
            if self.position == closing or self.is_op(self.peek(), ","):
                self.fail(f"'{token.raw}' is missing an argument here", self.peek().start, hint=f"write {token.raw}(z)")
            arguments.append(self.expression())
            if self.position == closing:
                break
            if not self.is_op(self.peek(), ","):
                self.fail(f"unexpected {self.describe(self.peek())}", self.peek().start, hint="separate the arguments with ','")
            self.advance()
        self.leave()
        closer = self.advance()
        return tree.FunctionCall(name, tuple(arguments), Span(token.start, closer.end), feature, example,
                                 primed=token.raw.endswith(_PRIMED))

    def marked_argument(self, token: Token, argument: tree.Node) -> tree.Node:
        r"""``h_\theta(x)^{(i)}``: the example mark after the call marks its argument, x⁽ⁱ⁾ (with a note)."""
        caret = self.peek()
        if not (self.is_op(caret, "^") and self.example_mark_at(self.position + 1)):
            return argument
        if not (
            isinstance(argument, tree.Variable)
            and argument.name in vocab.DATA_VECTORS
            and argument.example is None
            and argument.feature is None
        ):
            self.fail("^{(i)} after a call: the example index is already marked", caret.start,
                      hint="write h_\\theta(x^{(i)})")
        self.position = self.partner[self.position + 1] + 1
        written = self.source[token.start:self.tokens[self.position - 1].end]
        self.note(f"{written} is read as the prediction for example i: h(x^{{(i)}})")
        return tree.Variable(argument.name, self.span(argument, self.tokens[self.position - 1]), example=vocab.EXAMPLE_INDEX)

    def parameters_then_mark(self) -> bool:
        r"""Whether ``(\theta)^{(i)}`` follows: ``h(\theta)^{(i)}``, the prediction written as a function of θ."""
        opened = self.position
        inner = self.tokens[opened + 1 : self.partner[opened]]
        return (
            len(inner) == 1
            and inner[0].kind == "name"
            and inner[0].text in vocab.PARAMETER_VECTORS
            and self.is_op(self.peek(self.partner[opened] - opened + 1), "^")
            and self.example_mark_at(self.partner[opened] + 2)
        )

    def prediction_of_parameters(self, token: Token) -> tree.Node:
        r"""``h(\theta)^{(i)}``: the prediction for example i, h(x⁽ⁱ⁾), read with a note."""
        opened = self.position
        parameter = self.tokens[opened + 1]
        self.declared.add(parameter.text)
        self.position = self.partner[self.partner[opened] + 2] + 1
        last = self.tokens[self.position - 1]
        written = self.source[token.start:last.end]
        self.note(f"{written} is read as the prediction for example i: h(x^{{(i)}}), a function of {parameter.raw}")
        argument = tree.Variable("x", Span(parameter.start, last.end), example=vocab.EXAMPLE_INDEX)
        return tree.Call(token.text, argument, self.span(token, last))

    def kronecker(self, token: Token, indices: list[tuple[str, int]], last: Token) -> tree.Node:
        """``\\delta_{jk}``: the Kronecker delta of two feature indices."""
        for index, column in indices:
            if not (index.isdigit() or index in vocab.FEATURE_INDICES):
                self.fail(f"the Kronecker delta takes feature indices (j, k, l or a number), not '{index}'", column)
        return tree.Kronecker(indices[0][0], indices[1][0], self.span(token, last))

    def example_argument(self) -> tree.Node | None:
        """The group ahead, if it holds only the example ``x`` (``h(x^{(i)})`` is a call, ``y(1-h)`` a product).

        Decided by looking at the tokens, without parsing them: trying to parse
        and backing off would take exponential time on ``h(x h(x h(…)))``.
        """
        opened = self.position
        inner = self.tokens[opened + 1 : self.partner[opened]]
        if _listed_features(inner):
            # h_\theta(x_1,x_2,...,x_n) (DeepLearning-500-questions): one example's features listed, the example x
            closer = self.tokens[self.partner[opened]]
            self.note(f"{self.source[self.tokens[opened - 1].start:closer.end]}: the features of one example listed, "
                      "read as the example x")
            self.position = self.partner[opened] + 1
            return tree.Variable("x", Span(inner[0].start, inner[0].end))
        if not inner or len(inner) > 8 or inner[0].kind != "name" or inner[0].text not in vocab.DATA_VECTORS:
            return None
        for token in inner[1:]:
            if not (
                (token.kind == "op" and token.text in "^_")
                or token.kind in ("lbrace", "rbrace", "open", "close")
                or (token.kind == "name" and (token.text == vocab.EXAMPLE_INDEX
                                              or self.aliases.get(token.text) == "examples"))
            ):
                self.refuse_numbered_argument(opened, inner)
                return None
        argument = self.group()
        if not (isinstance(argument, tree.Variable) and argument.feature is None):
            self.fail("expected the example x as the argument", self.tokens[opened].start, hint="write h(x) or h(x^{(i)})")
        return argument

    def refuse_numbered_argument(self, opened: int, inner: Sequence[_Token]) -> None:
        """Refuse ``h(x_1)``, ``h(x_m)``, ``h(x_j)``: see :func:`conventions.numbered_argument_message`."""
        script = [token for token in inner[2:] if token.kind not in ("lbrace", "rbrace")]
        if not (self.is_op(inner[1], "_") and script and all(token.kind in ("name", "number") for token in script)):
            return
        name = self.tokens[opened - 1]
        message, hint = conventions.numbered_argument_message(
            self.source[name.start:self.tokens[self.partner[opened]].end], name.raw,
            self.source[inner[0].start:inner[-1].end])
        self.fail(message, inner[1].start, hint=hint)

    def subscript(self) -> tuple[list[tuple[str, int]], _Token]:
        """The indices after ``_``: ``_j``, ``_{j}``, ``_0``, ``_{12}``, ``_\\theta``, ``_{ij}``."""
        underscore = self.advance()
        token = self.peek()
        if token.kind == "lbrace":
            closing = self.partner[self.position]
            inner = self.tokens[self.position + 1 : closing]
            if not inner and self.source[token.end:self.tokens[closing].start].strip():
                # \mathcal{L}_\text{sq}(…) with no --let of L_sq, \lambda_\text{reg}: the words were dropped as a label
                written = self.source[token.start:self.tokens[closing].end]
                self.fail(f"'{written}' is a label in words: read only on the cost's own name or on a function "
                          "--let defines under the same label", token.start,
                          hint="define it, e.g. --let '\\mathcal{L}_\\text{sq}(g, a) = (g - a)^2', or write a "
                          "letter (\\lambda for a strength)")
            if not inner:
                self.fail("an empty subscript", token.start, hint="write x_j or x_{j}")
            if len(inner) == 1:
                self.refuse_word_label(inner[0], self.source[token.start:self.tokens[closing].end])
            inner = self.parenthesised_parameters(underscore, inner)
            indices = []
            for item in inner:
                if self.is_op(item, ","):
                    continue
                if item.kind not in ("name", "number"):
                    self.fail(f"a subscript holds indices, not '{item.raw}'", item.start, hint="write x_j, x_{0}, h_{\\theta}")
                indices.append((item.text, item.start))
            self.position = closing + 1
            return indices, self.tokens[closing]
        if token.kind == "number":
            self.one_character(underscore, token)
            self.advance()
            return [(token.text, token.start)], token
        if token.kind == "name":
            self.advance()
            return [(token.text, token.start)], token
        self.refuse_word_label(token, token.raw)
        self.fail("'_' must be followed by an index", underscore.start, hint="write \\theta_j, x_0 or x_{12}")

    def parenthesised_parameters(self, underscore: Token, inner: list[_Token]) -> list[_Token]:
        r"""``f_{(\vec{w},b)}(\vec{x}^{(i)})`` (the DeepLearning.AI forum): the model's parameters in parentheses.

        The course writes f_{\vec{w},b}; a forum answer bracketing the list, ``_{(\vec{w},b)}``, means the
        same parameters. Read only where the parentheses hold nothing but the parameters' names (w, θ, β, b) and
        commas, on a name that is called: ``x_{(i)}`` (an order statistic) and ``\theta_{(j)}`` stay refused.
        Returns the tokens between the parentheses, or ``inner`` unchanged.
        """
        if len(inner) < 3 or inner[0].kind != "open" or inner[0].text != "(" or inner[-1].kind != "close":
            return inner
        listed = inner[1:-1]
        names = [item for item in listed if not self.is_op(item, ",")]
        if not names or any(item.kind != "name" or item.text not in _PARAMETER_DECORATIONS for item in names):
            return inner
        if any(self.is_op(a, ",") == self.is_op(b, ",") for a, b in zip(listed, listed[1:])):
            return inner  # names and commas alternate: (w,b), never (w b) or (w,,b)
        closing = self.partner[self.position]
        after = self.tokens[closing + 1] if closing + 1 < len(self.tokens) else None
        if after is None or after.kind != "open" or after.text != "(":
            return inner
        name = self.tokens[self.position - 2]  # the name before '_', '{' at self.position
        written = self.source[name.start:self.tokens[closing].end]
        listed_text = self.source[listed[0].start:listed[-1].end]
        self.note(f"{written}: the model's parameters in parentheses, read as "
                  f"{self.source[name.start:underscore.end]}{{{listed_text}}}")
        return listed

    def refuse_word_label(self, token: _Token, written: str) -> None:
        r"""Refuse ``\mathcal{L}_\mathrm{se}``'s upright word as a subscript: a label, as ``\text{se}`` is.

        A word set upright under a name (``\mathrm{se}``, ``\mathrm{ce}``: the squared-error and the
        cross-entropy loss of one page) names which quantity it is, no index: refused as a ``\text`` label is,
        saying so. A function's name (``\mathrm{exp}``) is left to the index's own refusal.
        """
        if token.kind == "word" and len(token.text) >= 2 and token.text not in vocab.FUNCTIONS \
                and token.raw.startswith(("\\mathrm", "\\textrm", "\\operatorname", "\\rm")):
            self.fail(f"'{written}' is a label in words: read only on the cost's own name or on a function "
                      "--let defines under the same label", token.start,
                      hint="define it, e.g. --let '\\mathcal{L}_\\text{sq}(g, a) = (g - a)^2', or write a "
                      "letter (\\lambda for a strength)")

    # -- script shapes, looked at without reading them --

    def braced_items(self, index: int) -> list[_Token] | None:
        """The tokens of a script at token ``index``: one token, or a braced group's contents."""
        if index >= self.stop:
            return None
        token = self.tokens[index]
        if token.kind == "lbrace":
            return self.tokens[index + 1 : self.partner[index]]
        return [token]

    def example_mark_at(self, index: int) -> bool:
        """Whether the script at ``index`` is ``{(i)}``."""
        if index >= self.stop or self.tokens[index].kind != "lbrace":
            return False
        items = self.braced_items(index) or []
        return (
            len(items) == 3
            and items[0].kind == "open"
            and items[0].text == "("
            and items[1].kind == "name"
            and (items[1].text == vocab.EXAMPLE_INDEX or self.aliases.get(items[1].text) == "examples")
            and self.aliases.get(items[1].text) != "features"
            and items[2].kind == "close"
        )

    def bare_feature_at(self, index: int) -> str | None:
        """The feature letter of a bare script ``j`` or ``{j}`` at ``index`` (j, k or l, no sum's example index)."""
        items = self.braced_items(index)
        if (items is not None and len(items) == 1 and items[0].kind == "name" and items[0].text in vocab.FEATURE_INDICES
                and self.aliases.get(items[0].text) != "examples"):
            return items[0].text
        return None

    def transposed_example(self, name: str, raw: str) -> bool:
        r"""Whether the text writes ``name``'s example i after a transpose: ``w^{T}x_{i}``, ``\theta^T {x_{i}}``.

        Then x_i is a vector (the product wᵀx_i says so), and ``x_i^j`` cannot be its power.
        """
        tokens = self.tokens
        for index, token in enumerate(tokens[:-1]):
            if not (self.is_op(token, "^") and self.transpose_at(index + 1)):
                continue
            after = self.partner.get(index + 1, index + 1) + 1
            while after < len(tokens) and tokens[after].kind == "lbrace":
                after += 1  # {x_{i}}: braces that only group
            if not (after + 2 < len(tokens) and tokens[after].kind == "name" and tokens[after].text == name
                    and tokens[after].raw == raw and self.is_op(tokens[after + 1], "_")):
                continue
            script = self.braced_items(after + 2)
            if script is not None and len(script) == 1 and script[0].text == vocab.EXAMPLE_INDEX:
                return True
        return False

    def feature_mark_at(self, index: int) -> str | None:
        """The feature letter of a script ``{(j)}`` at ``index`` (j, k or l, no sum's example index), else None."""
        if index >= self.stop or self.tokens[index].kind != "lbrace":
            return None
        items = self.braced_items(index) or []
        if (len(items) == 3 and items[0].kind == "open" and items[0].text == "(" and items[1].kind == "name"
                and items[1].text in vocab.FEATURE_INDICES and self.aliases.get(items[1].text) != "examples"
                and items[2].kind == "close"):
            return items[1].text
        return None

    def bare_example_at(self, index: int) -> bool:
        """Whether the script at ``index`` is ``i`` or ``{i}``."""
        items = self.braced_items(index)
        return items is not None and len(items) == 1 and items[0].kind == "name" and items[0].text == vocab.EXAMPLE_INDEX

    def parenthesised_mark_at(self, index: int) -> bool:
        return (
            index + 2 < self.stop
            and self.tokens[index].kind == "open"
            and self.tokens[index + 1].text == vocab.EXAMPLE_INDEX
        )

    def bracketed_example_dot(self, base: tree.Node, opened: int) -> tree.Node:
        r"""``(x^{(i)})^\top\theta``, ``{x^{(i)}}^T\theta``: the example's vector transposed, dotted with θ.

        The brackets only hold the example's mark apart from the T, as ``x^{(i)T}\theta`` shares one
        superscript: the same θᵀx⁽ⁱ⁾, and the literal reading. Only a bracket holding exactly one
        example's vector, with a whole parameter vector right after the transpose, and only after an operator
        or an opening bracket: ``\phi(x_i)^T\beta`` is a feature map's value (or φ times it), not x_i's.
        Else ``base`` unchanged.
        """
        before = self.tokens[opened - 1] if opened else None
        if before is not None and before.kind not in ("op", "open", "lbrace"):
            return base
        if not (isinstance(base, tree.Variable) and base.name in vocab.DATA_VECTORS and base.example is not None
                and base.feature is None and self.tokens[opened].kind in ("open", "lbrace")
                and self.partner.get(opened) == self.position - 1
                and self.is_op(self.peek(), "^") and self.transpose_at(self.position + 1)):
            return base
        script = self.position + 1
        after = self.partner[script] + 1 if self.tokens[script].kind == "lbrace" else script + 1
        times = after < len(self.tokens) and self.is_op(self.tokens[after], "*", "·")
        vector = self.tokens[after + times] if after + times < len(self.tokens) else None
        if vector is None or vector.kind != "name" or vector.text not in vocab.PARAMETER_VECTORS:
            return base
        self.position = after + times
        right = self.vector_operand(self.tokens[script])
        return tree.Dot(base, right, self.span(base, right))

    def transpose_at(self, index: int) -> bool:
        """Whether the script at ``index`` is ``T``, ``\\top``, ``\\intercal``, ``\\mathsf{T}`` (braced or not)."""
        items = self.braced_items(index)
        if items is None or len(items) != 1:
            return False
        item = items[0]
        return item.kind == "transpose" or (item.kind in ("name", "word") and item.text == "T")

    def whole_vector_at(self, ahead: int) -> bool:
        token = self.peek(ahead)
        if token.kind != "name" or token.text not in vocab.VECTORS:
            return False
        after = self.peek(ahead + 1)
        if self.is_op(after, "^") and self.transpose_at(self.position + ahead + 2):
            return False
        return not self.is_op(after, "_") or self.bare_example_at(self.position + ahead + 2)

    def transposed_vector_ends(self, ahead: int) -> int:
        r"""Where ``w^T`` at ``ahead`` ends if it is a whole vector transposed with nothing after it to dot with; else 0.

        Ishuv Giri's worksheet writes ``\sigma(x \cdot w^T + b)``: after the ``^T`` comes ``+``, ``)`` or the end,
        so the transpose is no row waiting for a vector on its right.
        """
        token = self.peek(ahead)
        if token.kind != "name" or token.text not in vocab.VECTORS or token.text == vocab.DATA_MATRIX:
            return 0
        script = self.position + ahead + 2
        if not self.is_op(self.peek(ahead + 1), "^") or not self.transpose_at(script):
            return 0
        end = self.partner[script] + 1 if self.tokens[script].kind == "lbrace" else script + 1
        after = self.tokens[end] if end < len(self.tokens) else None
        if after is not None and (self.starts_operand(after) or self.is_op(after, "*", "·", "^", "_")):
            return 0
        return end

    def dot_with_transposed(self, variable: tree.Variable, end: int) -> tree.Node:
        r"""``x \cdot w^T`` with nothing after it: the dot product x·w, noted.

        ``\cdot`` between two vectors is their dot product, a number; the ᵀ only says which way the author lays
        them out (x a row, as a row of X is, times the column wᵀ). Read as a column times a row it would be the
        n×n outer product, which no prediction is. Only where nothing follows ``w^T`` (:meth:`transposed_vector_ends`).
        """
        self.advance()
        right_token = self.peek()
        self.position = end
        right = tree.Variable(right_token.text, self.span(right_token, self.tokens[end - 1]))
        written = self.source[variable.span.start:self.tokens[end - 1].end]
        # worded apart from scalars.DOT_READ_MARK: the ᵀ already says w is a vector, so nothing is left undecided
        self.note(f"{written}: '·' between the vectors {variable.name} and {right.name} is their inner product "
                  f"{variable.name}·{right.name} (a number); the ᵀ only lays {right.name} out as a column")
        return tree.Dot(variable, right, self.span(variable, right))

    def writes_data_matrix(self) -> bool:
        """Whether the text writes the data matrix X (bare, no --let of it): it is in matrix notation."""
        return vocab.DATA_MATRIX not in self.names and any(
            each.kind == "name" and each.text == vocab.DATA_MATRIX and each.raw == vocab.DATA_MATRIX for each in self.tokens)

    def data_matrix_alone(self) -> bool:
        r"""Whether ``X`` follows, bare, in a text with no example index: DeepLearning.AI's ``w^T X`` (X n×m).

        With a sum over the examples or an ``i`` anywhere, X may be one example's
        vector (statistics' βᵀX): left to :meth:`vector_operand`, which refuses it.
        """
        token, after = self.peek(), self.peek(1)
        if token.kind != "name" or token.text != vocab.DATA_MATRIX or token.raw != vocab.DATA_MATRIX:
            return False
        if vocab.DATA_MATRIX in self.names or self.is_op(after, "^", "_") or after.kind in ("name", "open", "lbrace"):
            return False  # X_i, X^{(i)}, X^T, X(…): not the bare matrix
        return not any(each.kind == "sum" or each.kind == "name" and each.text == vocab.EXAMPLE_INDEX
                       for each in self.tokens)

    def data_matrix_after_row(self) -> bool:
        r"""Whether the data matrix follows, transposed or multiplied on (``X^T``, ``X\theta``), in matrix notation.

        Only with no example index anywhere (no sum, no ``i``): there X is the m×n matrix, never one example's vector.
        """
        token, after = self.peek(), self.peek(1)
        if token.kind != "name" or token.text != vocab.DATA_MATRIX or not _plain_or_bold(token.raw) \
                or vocab.DATA_MATRIX in self.names:
            return False
        transposed = self.is_op(after, "^") and self.transpose_at(self.position + 2)
        if not transposed and after.kind not in ("name", "open"):
            return False
        return not any(each.kind == "sum" or each.kind == "name" and each.text == vocab.EXAMPLE_INDEX
                       for each in self.tokens)

    def weight_matrix_after_row(self) -> bool:
        r"""Whether weighted least squares' bare ``W`` follows a transposed row, in matrix notation (X^T\theta^TWX\theta).

        Only where the text writes the data matrix X and has no example index (no sum, no ``i``), and W is no
        --let's name: the matrix reader reads W there as the m×m diagonal weight matrix (``weight_matrix``).
        """
        token = self.peek()
        if token.kind != "name" or token.text != WEIGHT_MATRIX or token.raw != WEIGHT_MATRIX \
                or WEIGHT_MATRIX in self.names or not self.writes_data_matrix():
            return False
        return not any(each.kind == "sum" or each.kind == "name" and each.text == vocab.EXAMPLE_INDEX
                       for each in self.tokens)

    def row_of_examples(self, variable: tree.Variable, token: Token) -> tree.Node:
        r"""``w^T X`` with X the n×m data matrix (one example per column): the 1×m row ``np.dot(w.T, X)``, noted."""
        transposed = tree.Transpose(variable, self.span(variable, self.tokens[self.position - 1]))
        matrix_token = self.peek()
        self.advance()
        matrix = tree.Variable(vocab.DATA_MATRIX, self.span(matrix_token, matrix_token))
        written = self.source[token.start:matrix_token.end]
        shown = {"theta": "θ", "beta": "β"}.get(variable.name, variable.name)
        self.note(f"{written} is read with the data matrix X n×m, one example per column (DeepLearning.AI's "
                  f"layout): the 1×m row of {shown}ᵀx⁽ⁱ⁾, as np.dot({variable.name}.T, X)")
        return tree.Binary("*", transposed, matrix, self.span(variable, matrix))

    def vector_operand(self, after: _Token) -> tree.Variable:
        return self.whole_vector(after, r"write \theta^\top x", r"write \theta^\top x or w^\top x^{(i)}",
                                 r"write \theta^\top x, not \theta^\top x_j")

    # -- functions, sums, norms --

    def sigmoid_of_example(self, token: _Token) -> tree.Node:
        r"""``\sigma^{(i)}``, not applied to anything: the predicted probability of example i, σ(θᵀx⁽ⁱ⁾).

        The parameters are the vector the text writes (θ, w or β; θ when it writes
        none), plus b when it writes b. Noted; applied to an argument it is refused.
        """
        mark = self.position + 1
        after = self.partner[mark] + 1
        follower = self.tokens[after] if after < len(self.tokens) else None
        written = self.source[token.start : self.tokens[after - 1].end]
        if follower is not None and follower.kind in ("open", "lbrace") and follower.start == self.tokens[after - 1].end:
            self.fail(f"'{written}(…)': σ of example i applied to an argument is not read", follower.start,
                      hint=r"write \sigma(z^{(i)}) or \sigma^{(i)} alone, the prediction of example i")
        names = {t.text for t in self.tokens if t.kind == "name"}
        vectors = sorted(names & vocab.PARAMETER_VECTORS)
        if len(vectors) > 1:
            self.fail(f"'{written}': σ of which parameters, {' or '.join(vectors)}?", token.start,
                      hint="define it: --let 'h = sigmoid(theta^T x)' and write h^{(i)}")
        vector = vectors[0] if vectors else "theta"
        self.position = after
        here = Span(token.start, self.tokens[after - 1].end)
        linear: tree.Node = tree.Dot(tree.Variable(vector, here), tree.Variable("x", here, example=vocab.EXAMPLE_INDEX), here)
        shown = {"theta": "θ", "beta": "β"}.get(vector, vector) + "ᵀx⁽ⁱ⁾"
        if "b" in names:
            linear = tree.Binary("+", linear, tree.Variable("b", here), here)
            shown += " + b"
        self.note(f"{written} is read as σ({shown}){EXAMPLE_SIGMOID_NOTE_END}")
        return tree.Apply("sigmoid", linear, here)

    def log_base(self, token: _Token) -> None:
        r"""``\log_e``, ``\log_{e}``: the natural logarithm with its base written, read as log (noted).

        Another base (``\log_{10}``, ``\log_2``) scales the cost by a constant, 1/ln 10, that
        a gradient keeps: it is refused, not read as the natural log.
        """
        script = self.position + 1
        items = self.braced_items(script)
        if not items:
            return
        base = "".join(item.text for item in items)
        if base == "e" and all(item.kind == "name" for item in items):
            after = self.partner[script] + 1 if self.tokens[script].kind == "lbrace" else script + 1
            written = self.source[token.start:self.tokens[after - 1].end]
            self.position = after
            self.note(f"'{written}' is the natural logarithm: read as log")
            return
        if all(item.kind == "number" for item in items):
            written = self.source[token.start:items[-1].end] + ("}" if self.tokens[script].kind == "lbrace" else "")
            self.fail(
                f"'{written}' is a logarithm to base {base}: logderiv's log is the natural one",
                token.start,
                hint=f"write \\ln (the base changes the cost by the factor 1/ln {base}), or \\frac{{\\ln x}}{{\\ln {base}}}",
            )

    def apply(self, token: _Token, function: str) -> tree.Node:
        r"""A function applied to a group (``\log\left(1-h\right)``) or to the next power (``\log h``)."""
        if token.raw in _BARE_FUNCTIONS and function == "sigmoid":
            self.note(f"'{token.raw}' without a backslash is read as the sigmoid σ")
        elif token.raw in _BARE_FUNCTIONS:
            self.note(f"'{token.raw}' without a backslash is read as the function \\{token.raw}")
        follower = self.peek()
        if function == "sigmoid" and self.is_op(follower, "^") and self.example_mark_at(self.position + 1):
            return self.sigmoid_of_example(token)
        if function == "log" and self.is_op(follower, "_"):
            self.log_base(token)
            follower = self.peek()
        if self.is_op(follower, "^", "_"):
            self.fail(
                f"'{token.raw}{follower.raw}...' is not read",
                follower.start,
                hint=f"write the power after the argument: ({token.raw} x)^2; logarithms are natural",
            )
        if function == "sqrt":
            if follower.kind == "open" and follower.text == "[":
                self.fail(f"'{token.raw}[...]': only square roots are read", follower.start, hint="write x^{1/3} for a cube root")
            if follower.kind == "lbrace":
                argument = self.group()
                return tree.Apply(function, argument, self.span(token, argument))
        if function == "gamma":
            return self.gamma_of_data(token)
        if follower.kind in ("open", "lbrace"):
            argument = self.group()
            return tree.Apply(function, argument, self.span(token, argument))
        return self.function_operand(token, function,
                                     r"write \sigma(\theta^T x_i) - 1 for σ minus 1, or \sigma(-z) for σ of -z",
                                     r"; \sigma means the sigmoid function here")

    def gamma_of_data(self, token: _Token) -> tree.Node:
        r"""``\Gamma(y_i + 1)``: the factorial y_i! of the data, as Poisson log-likelihoods write ln Γ(yᵢ + 1) (noted).

        A term without the parameters is a constant of the gradient; only Γ of a data
        name plus one (yᵢ!) is so read. Γ of anything else (a parameter, a data name
        alone) is refused: the gamma function is not read in general.
        """
        argument = self.group()  # no group node: a bracket leaves its contents
        written = self.source[token.start:self.outer(argument).end]
        named = self.data_plus_one(
            argument, token,
            f"'{written}': the gamma function is read only as Γ(y_i + 1) = y_i!, a factorial of the data "
            f"(column {token.start + 1})",
            "a Poisson log-likelihood's \\ln\\Gamma(y_i + 1) is ln(y_i!), which does not depend on the parameters",
        )
        data = self.source[named.span.start:named.span.end]
        self.note(f"{written} is {data}!, a factorial of the data: it does not depend on the parameters, so its "
                  "gradient is 0")
        return tree.Apply("factorial", named, self.span(token, argument))

    def index_above(self, token: Token, script: _Token) -> tuple[str, int] | None:
        r"""``{\sum_{}^{i}}``: Σᵢ whose index was typeset above the Σ, under an empty subscript; else None.

        An equation editor's Σ template has both slots: a page that fills the top one with the example index
        and leaves the bottom one empty (UFLDL's Chinese translation) means Σᵢ, the sum over all the examples
        (noted, naming the slip). Read only when the top holds the example index i alone and the terms mark
        an example with it (y^{(i)}, x_i): a bound on top (m, n, N), another letter, or an i the terms do not
        use keeps the refusal of an empty subscript. The ``^`` and its script are consumed.
        """
        caret = self.peek()
        if not self.is_op(caret, "^"):
            return None
        items = self.braced_items(self.position + 1) or []
        if not (len(items) == 1 and items[0].kind == "name" and items[0].text == vocab.EXAMPLE_INDEX
                and items[0].raw == vocab.EXAMPLE_INDEX):
            return None
        saved = self.position
        self.advance()
        self.script_items(caret)
        if "examples" not in self.index_roles(vocab.EXAMPLE_INDEX, through_braces=True):
            self.position = saved
            return None
        written = self.source[token.start:self.tokens[self.position - 1].end]
        self.note(f"{written} is read as \\sum_{{i}}, the sum over all the examples: its index i is written on top, "
                  "above an empty subscript (a typesetting slip of Σ_i; the terms mark the example with i)")
        return items[0].text, items[0].start

    def note_empty_top(self, token: Token, script: _Token) -> None:
        r"""``{\sum_{i}^{}}``: Σᵢ with the top slot of an equation editor's Σ left empty: no bound, noted.

        Only after a subscript that is the index alone (no lower limit): the sum then runs over all the values
        of its index, as Σᵢ does.
        """
        written = self.source[token.start:self.tokens[self.position - 1].end]
        self.note(f"{written} is read as {self.source[token.start:script.start]}: its upper bound's braces are "
                  "empty, so the sum has no bound, as Σ_i has none")

    def bound_without_caret(self, letter: str, lower: str) -> tuple[str, int] | None:
        r"""``\sum_{i=1}{m}``: a count in braces straight after the lower limit, its caret missing; None otherwise.

        A brace group that holds only m (n, N, M) right after ``_{i=1}`` is the upper bound
        the caret was dropped from (a summand of one count letter, Σᵢ m, is no term anyone
        writes, and the sum would have no end); read so, noted, and consumed.
        """
        opening, count, closing = self.peek(), self.peek(1), self.peek(2)
        if not (opening.kind == "lbrace" and count.kind == "name" and count.text in _COUNT_LETTERS
                and closing.kind == "rbrace" and self.starts_operand(self.peek(3))):
            return None
        for _ in range(3):
            self.advance()
        self.note(f"\\sum_{{{letter}={lower}}}{{{count.raw}}} is read as \\sum_{{{letter}={lower}}}^{{{count.raw}}}: "
                  f"the caret before the bound is missing (no sum runs without an end, and {count.raw} alone is no "
                  "summand)")
        return count.text, count.start

    def sum(self) -> tree.Node:
        r"""``\sum_{i=1}^{m}``, ``\sum_{n=1}^{N}``, ``\sum_{i=0}^{m-1}``, ``\sum_k``, followed by the rest of the term.

        What the sum ranges over follows from what its index subscripts in the
        summand (``y_n``: examples; ``\theta_d``: features), else from the letter
        (``i``: examples; ``j``, ``k``, ``l``: features). A bound other than
        logderiv's (``N``, ``n`` for examples; ``d`` for features) renames that
        count throughout the formula, and a 0-based sum up to ``m-1`` is the same
        sum re-indexed from 1: both with a note.
        """
        token = self.advance()
        index: tuple[str, int] | None = None
        lower: tuple[str, int] | None = None
        upper: tuple[str, int] | None = None
        zero_dot: tuple[tuple[str, int], tuple[str, int]] | None = None
        minus_one = False
        for _ in range(2):
            script = self.peek()
            if self.is_op(script, "_") and index is None:
                self.advance()
                items = self.script_items(script)
                if not items and (above := self.index_above(token, script)) is not None:
                    index = above  # \sum_{}^{i}: Σ_i, its index typeset on top (index_above)
                    continue
                if not items or items[0].kind != "name" and not (items[0].kind == "open" and items[0].text == "("):
                    self.fail("a sum's subscript names its index", script.start, hint="write \\sum_{i=1}^{m} or \\sum_k")
                pair = self.data_set_pair(items, script)
                index = (items[0].text, items[0].start) if pair is None else pair
                rest = items[1:] if pair is None else []
                kinds = [item.kind + item.text for item in rest]
                if kinds[:1] == ["relation∈"] and kinds[1:2] == ["open["] and len(rest) == 4:
                    # \sum_{i \in [m]}: [m] is {1, …, m}
                    lower, upper = ("1", rest[2].start), (rest[2].text, rest[2].start)
                    self.note(f"\\sum_{{{index[0]} \\in [{rest[2].raw}]}} runs over [{rest[2].raw}] = "
                              f"{{1, …, {rest[2].raw}}}: read as \\sum_{{{index[0]}=1}}^{{{rest[2].raw}}}")
                elif kinds[:2] == ["op=", "number1"] and kinds[2:5] == ["op,", "ellipsis…", "op,"] and len(rest) == 6 \
                        and rest[5].kind == "name":
                    # \sum_{i=1,\dots,m}: the range written out
                    lower, upper = ("1", rest[1].start), (rest[5].text, rest[5].start)
                    self.note(f"the sum's subscript {index[0]} = 1, …, {rest[5].raw} is read as \\sum_{{{index[0]}=1}}"
                              f"^{{{rest[5].raw}}}")
                elif rest:
                    if not (self.is_op(rest[0], "=") and len(rest) == 2 and rest[1].kind == "number"):
                        self.fail("a sum's subscript is an index, optionally '= 1'", rest[0].start, hint="write \\sum_{i=1}^{m}")
                    lower = (rest[1].text, rest[1].start)
            elif self.is_op(script, "^") and upper is None:
                self.advance()
                items = self.script_items(script)
                if not items and index is not None and lower is None:
                    self.note_empty_top(token, script)
                    break  # \sum_{i}^{}: Σ_i, the bound's braces left empty (empty_top)
                if (
                    len(items) == 3
                    and items[0].kind == "name"
                    and self.is_op(items[1], "-")
                    and items[2].kind == "number"
                    and items[2].text == "1"
                ):
                    minus_one = True  # \sum_{i=0}^{m-1}
                    items = items[:1]
                if len(items) != 1 or items[0].kind not in ("name", "number"):
                    where = items[0].start if items else script.start
                    self.fail(
                        "a sum's upper bound is the number of examples or of features (m, n, N, m-1)",
                        where,
                        hint="write \\sum_{i=1}^{m} or \\sum_{i=0}^{m-1}",
                    )
                upper = (items[0].text, items[0].start)
                sign, number = self.peek(), self.peek(1)
                if (not self.source[script.end:items[0].start].strip() and self.is_op(sign, "+", "-")
                        and number.kind == "number" and number.text == "1"):
                    # \sum_{i=1}^m-1 (…): TeX's script is m alone, but a body is never written as −1 times itself,
                    # while a brace lost around m-1 is a common slip: read as TeX has it, the gradient's sign flipped
                    # (audit43); -2 may be a body's coefficient (a deviance's) and stays read
                    self.fail(f"'{self.source[items[0].start:number.end]}' after an unbraced ^ may be the sum's "
                              f"upper bound, {items[0].text} {sign.text} {number.text}, or a sign and a number of its body",
                              sign.start, hint=f"write ^{{{items[0].raw} {sign.text} {number.text}}} or the body in brackets")
            else:
                break
        if index is not None and lower is not None and upper is None:
            upper = self.bound_without_caret(index[0], lower[0]) or upper
        from_zero: int | None = None
        # a Unicode Σ with no script at all (the tokenizer's bare_sigma): read only over a summand that says its range
        bare_sigma = token.raw == "Σ" and index is None and lower is None and upper is None
        if index is None and upper is None and not bare_sigma:
            implied = self.implied_example_index()
            if implied is not None:  # -\sum y_n \log h(x_n): n subscripts the data, so it is the example index
                index = (implied, token.start)
                self.note(f"'{token.raw}' without limits runs over the examples: its index {implied} is read from "
                          f"what it subscripts ({getattr(self, 'implied_written', f'y_{implied}')})")
        letter, column = index if index is not None else (vocab.EXAMPLE_INDEX, token.start)
        if index is not None and self.sums_terms_in_i(letter, upper):
            # \sum_{k=1}^m ((wx_i + b) - y_i)^2: k marks nothing in the terms, which are written with the example
            # index i and no other sum binds it: one index misspelled (else i is free and k sums a constant)
            assert upper is not None, "sums_terms_in_i holds only under an upper bound that counts the examples"
            self.note(f"Σ_{{{letter}=1}}^{{{upper[0]}}} sums terms written with i alone ({letter} marks nothing in "
                      f"them): {letter} and i are read as one index, the sum over the {upper[0]} examples")
            self.sum_start("examples", vocab.EXAMPLE_INDEX, lower, upper, minus_one)
            over = "examples"
        else:
            over = self.sum_range(letter, column, upper)
            if over == "features" and index is not None:
                self.refuse_sum_of_another_feature(letter, column, upper)
            if self.intercept_from_zero(over, lower, upper, minus_one):
                assert lower is not None, "intercept_from_zero holds only for a sum with both bounds written"
                from_zero = lower[1]  # the caret of a refusal: the 0
                lower = ("1", lower[1])  # read as θ₀ + Σ from 1 once the summand is seen to be θₖxₖ
                self.sum_start(over, letter, lower, upper, minus_one)
            elif over == "features" and lower is not None and lower[0] == "0" and not minus_one and upper is not None:
                # \sum_{j=0}^{m} (another bound than n, or beside a b): read only if its summand is θⱼxⱼ (checked below)
                zero_dot = (lower, upper)
                self.sum_start(over, letter, None, upper, minus_one)
            else:
                self.sum_start(over, letter, lower, upper, minus_one)
        if not (self.starts_operand(self.peek()) or self.is_op(self.peek(), "-")):
            self.missing_operand(token)
        examples = over == "examples"
        saved = dict(self.aliases)
        if letter in vocab.INDEX_LETTERS and (letter == vocab.EXAMPLE_INDEX) == examples:
            self.aliases.pop(letter, None)  # a letter that means what it always means
        else:
            self.aliases[letter] = over  # \sum_{n=1}^{N} y_n: n marks the example; \sum_i w_i^2: i a feature
        self.example_sums += examples
        self.feature_letters.append(letter if not examples else "")
        self.enter(token)
        body = self.term()
        self.leave()
        self.feature_letters.pop()
        self.example_sums -= examples
        bound = vocab.EXAMPLE_INDEX if examples else letter
        if zero_dot is not None:
            self.zero_based_dot(body, letter, *zero_dot)
        if bare_sigma:
            self.bare_sigma_range(token, body)
        if index is None and upper is None:
            over, bound = self.unindexed(token, body, over, bound)
        if bare_sigma:
            self.note("the Σ written without an index or limits is read as the summation sign, "
                      + ("Σᵢ over the m examples: its summand is marked by example i" if over == "examples"
                         else "over the features its summand indexes"))
        assert _is_sum_range(over), "sum_range and unindexed read a range, or refuse the sum"
        node = tree.Sum(over, bound, body, self.span(token, body))
        if id(body) not in self.extent:
            # a bracketless sum may reach over the terms after it (conventions.extend_open_sum):
            # its index keeps its meaning there, \sum_{n=1}^{N} y_n \log p_n + (1-y_n)\log(1-p_n)
            self.bracketless.add(id(node))
        else:
            self.aliases = saved
        if from_zero is not None:
            assert upper is not None, "a sum read from 0 has both bounds (intercept_from_zero)"
            return self.intercept_term(from_zero, node, letter, upper[0])
        return node

    def bare_sigma_range(self, token: Token, body: tree.Node) -> None:
        """Refuse a Unicode Σ without scripts whose summand does not say what it runs over.

        ``Σ(h_θ(x⁽ⁱ⁾) - y⁽ⁱ⁾)²`` marks example i and nothing else: the sum over the examples; ``Σθⱼ²`` indexes one
        parameter by a feature letter and holds no data: the sum over the features. A summand marked by both (``Σ(h
        - y⁽ⁱ⁾)xⱼ⁽ⁱ⁾``: over i, with j free, or over both?), by neither (``Σ(h - y)²``), or holding a sum of its own
        is not guessed.
        """
        hint = "write \\sum_{i=1}^{m} over the examples, \\sum_{j=1}^{n} over the features"
        examples: set[str] = set()
        features: set[str] = set()
        for node in tree.walk(body):
            if isinstance(node, (tree.Sum, tree.AxisSum)):
                self.fail("a Σ written without an index or limits is read only over a summand with no sum of its "
                          "own: which index does each sum run over?", token.start, hint=hint)
            if not isinstance(node, tree.Variable):
                continue
            if node.example is not None:
                examples.add(node.example)
            if node.feature is not None and not node.feature.isdigit():
                (examples if node.feature == vocab.EXAMPLE_INDEX else features).add(node.feature)
        if examples and features:
            self.fail(f"a Σ written without an index or limits over a summand marked both by example "
                      f"{'/'.join(sorted(examples))} and by {'/'.join(sorted(features))}: does it run over the "
                      "examples or the features?", token.start, hint=hint)
        if not examples and not features:
            self.fail("a Σ written without an index or limits over a summand that marks no example (x⁽ⁱ⁾, y⁽ⁱ⁾) "
                      "and no feature (θⱼ): what does it run over?", token.start, hint=hint)

    def data_set_pair(self, items: list[_Token], script: _Token) -> tuple[str, int] | None:
        r"""``\sum_{(\mathbf{x}_i, y_i) \in \mathcal{D}}``: each example (x_i, y_i) of the data set D once: the sum over i.

        The pair is x and y, each with the index letter or bare (``(\mathbf{x}, y)``, the example index i; one
        written with it, ``(\mathbf{x}_i, y)``, is the index of both), then ∈ and the data set's letter; two
        letters, a feature letter, or anything else in brackets is refused as no index. Returns the index (its
        letter, its column) and notes the reading; None when the subscript is no bracket.
        """
        if items[0].kind != "open":
            return None

        def entry(position: int, name: str) -> tuple[int, _Token | None] | None:
            """Where the pair's entry ``name`` (bare or with one subscript letter) ends, and its letter."""
            if not (position < len(items) and items[position].kind == "name" and items[position].text == name):
                return None
            if position + 2 < len(items) and self.is_op(items[position + 1], "_") and items[position + 2].kind == "name":
                return position + 3, items[position + 2]
            return position + 1, None

        x = entry(1, "x")
        comma = x[0] if x else 0
        y = entry(comma + 1, "y") if x and self.is_op(items[comma], ",") else None
        tail = [(item.kind, item.text) for item in items[y[0]:]] if y else []
        letters = {each.text: each for each in (x[1] if x else None, y[1] if y else None) if each is not None}
        if not (y and tail[:2] == [("close", ")"), ("relation", "∈")] and len(tail) == 3 and tail[2][0] == "name"
                and len(letters) <= 1 and not set(letters) & vocab.FEATURE_INDICES
                and all(len(letter) == 1 for letter in letters)):
            self.fail("a sum's subscript names its index", script.start,
                      hint="write \\sum_{i=1}^{m}, or the data set's examples as \\sum_{(x_i, y_i) \\in \\mathcal{D}}")
        letter, column = next(((each.text, each.start) for each in letters.values()),
                              (vocab.EXAMPLE_INDEX, items[1].start))
        written = self.source[items[0].start:items[-1].end]
        self.note(f"\\sum_{{{written}}} adds up over the examples (x, y) of the data set {items[-1].raw}: read as the "
                  f"sum over the examples, {letter} = 1 … m")
        return letter, column

    def zero_based_dot(self, body: tree.Node, letter: str, lower: tuple[str, int], upper: tuple[str, int]) -> None:
        r"""``\sum_{j=0}^{n} \theta_j x_j``: Ng's θᵀx with x₀ = 1, read over every feature of x (noted); else refused.

        Ng's notes write h(x) = Σⱼ₌₀ⁿ θⱼxⱼ = θᵀx, x₀ = 1 being a feature like the others;
        logderiv numbers the features 1..n, so the sum is θᵀx over every feature, the
        same gradient (1/m) Σ (h − y)xⱼ for each component. Only a summand that is
        exactly a parameter's and x's component j is so read: any other body from 0
        (θⱼ², a penalty from θ₀?) keeps the refusal of a 0-based sum over the features,
        as does a θ₀ or x₀ written elsewhere (numbered otherwise, see chains).
        """
        factors = (body.left, body.right) if isinstance(body, tree.Binary) and body.op == "*" else ()
        names = sorted((factor.name for factor in factors if isinstance(factor, tree.Variable)
                        and factor.feature == letter), key=lambda name: name in vocab.DATA_VECTORS)
        # beside an intercept b of its own, x₀ = 1 would be a second one: a 0-based sum to n is then an off-by-one
        bias = any(token.kind == "name" and token.text == "b" for token in self.tokens)
        if bias or not (len(names) == 2 and names[0] in vocab.PARAMETER_VECTORS and names[1] in vocab.DATA_VECTORS):
            last = upper[0]
            self.fail(f"a sum over features from 0 to {last} is not read", lower[1],
                      hint=f"a 0-based sum runs to {last}-1: write \\sum_{{{letter}=0}}^{{{last}-1}}; a bias θ₀ is "
                           f"its own term: \\theta_0 + \\sum_{{{letter}=1}}^{{{vocab.FEATURE_COUNT}}} \\theta_{letter} x_{letter}")
        written = " ".join(self.source[body.span.start:body.span.end].split())
        self.note(f"{conventions.ZERO_BASED_DOT} over every feature of x: \\sum_{{{letter}=0}}^{{{upper[0]}}} {written} "
                  f"counts x₀ = 1 among the features, as Ng's notes do; logderiv numbers them 1..n (the writer's θ₀ is "
                  f"θ₁ in the output, each component's derivative the same)")

    def intercept_from_zero(self, over: str, lower: tuple[str, int] | None, upper: tuple[str, int] | None,
                            minus_one: bool) -> bool:
        r"""Whether ``\sum_{k=0}^{n}`` may be Ng's θ₀ + Σₖ₌₁ⁿ θₖxₖ (x₀ = 1): the features from 0 to their count n.

        Only the count of the features: n, or another letter where a sum before has counted the examples by a
        letter of their own (Skillbox's 1/n Σᵢ₌₁ⁿ (yᵢ − Σⱼ₌₀ᵐ wⱼxⱼⁱ)²: m counts the features, and the sum from 0 to
        m is x₀ = 1 and the m features as Ng's to n is), and only where the
        text writes no bias b beside it: there x₀ would be a real feature. :meth:`intercept_term` then holds the
        summand to θₖxₖ; anything else is refused as before.
        """
        return (over == "features" and lower is not None and lower[0] == "0" and not minus_one
                and upper is not None and (upper[0] == vocab.FEATURE_COUNT or self.counts_examples_otherwise(upper[0]))
                and not any(token.kind == "name" and token.text == "b" for token in self.tokens))

    def counts_examples_otherwise(self, letter: str) -> bool:
        """Whether another letter already counts the examples (n in 1/n Σᵢ₌₁ⁿ), so ``letter`` bounding features counts them."""
        return len(letter) == 1 and self.counts.get(letter) in (None, vocab.FEATURE_COUNT) and any(
            written != letter and meaning == vocab.EXAMPLE_COUNT for written, meaning in self.counts.items())

    def intercept_term(self, column: int, node: tree.Sum, letter: str, count: str) -> tree.Node:
        r"""``\sum_{k=0}^{n}\theta_k x_k`` → θ₀ + Σₖ₌₁ⁿ θₖxₖ, noted: its term k = 0 is the intercept θ₀ times x₀ = 1.

        The summand must be a parameter times an input, both subscripted by the sum's index (x may carry the
        example's mark): then the n + 1 terms are θ₀x₀ and the n features, and x₀ = 1 is the convention of
        the notes that number from 0 (Ng's). Any other summand keeps the refusal of a sum from 0 to n.
        Whether the intercept stays on its own or joins the components is decided once the derivative asked
        for is known (:mod:`logderiv.notation.zero_intercept`).
        """
        body = node.body
        factors = (body.left, body.right) if isinstance(body, tree.Binary) and body.op == "*" else ()
        parameter = next((f for f in factors if isinstance(f, tree.Variable) and f.name in vocab.PARAMETER_VECTORS
                          and f.feature == letter and f.example is None), None)
        data = next((f for f in factors if isinstance(f, tree.Variable) and f.name in vocab.DATA_VECTORS
                     and f.feature == letter), None)
        if parameter is None or data is None:
            self.fail(f"a sum over features from 0 to {count} is not read", column,
                      hint=f"a 0-based sum runs to {count}-1: write \\sum_{{{letter}=0}}^{{{count}-1}}; a bias θ₀ is "
                           "its own term: \\theta_0 + \\sum_{j=1}^{n} \\theta_j x_j")
        from .zero_intercept import intercept_note

        self.note(intercept_note(parameter.name, letter, count))
        intercept = tree.Variable(parameter.name, parameter.span, "0", None)
        return tree.Binary("+", intercept, node, node.span)

    def bare_data_ahead(self, beside_parameters: bool = True) -> str:
        """What the sum's terms ahead (to the end of its bracket) write of x and y with no script at all (``y, x``),
        beside the model's parameters (a loss of the data, not a lone ``\\sum_{n=1}^{N} x``); else ''.

        ``beside_parameters=False`` asks for the bare data alone (``(\\hat{y} - y)^2`` names no parameter).
        """
        depth = 0
        bare: list[str] = []
        parameters = False
        for position in range(self.position, self.stop):
            token = self.tokens[position]
            if token.kind in ("open", "lbrace"):
                depth += 1
            elif token.kind in ("close", "rbrace"):
                depth -= 1
                if depth < 0:
                    break
            elif token.kind == "sum" or self.is_op(token, "+", "-") and depth == 0 and position > self.position:
                break
            elif token.kind == "name" and token.text in vocab.PARAMETER_VECTORS:
                parameters = True
            elif (token.kind == "name" and token.text in ("x", "y", "t") and token.raw in ("x", "y", "t")
                  and not self.is_op(self.tokens[position + 1], "_", "^")):
                if token.raw == "t":
                    # (t - w^T x)^2: Bishop's target written bare beside a bare x, the n-th example's as x is, or a
                    # constant t as a letter no --let defines is elsewhere: not said, so the sum is not read
                    return ""
                bare += [token.raw] if token.raw not in bare else []
        return ", ".join(bare) if parameters or not beside_parameters else ""

    def implied_example_index(self) -> str | None:
        r"""The one letter other than i, j, k, l that subscripts a target or prediction after a Σ without limits (``y_n``).

        None when there is none, more than one, or the letter is also written on its own
        (``\frac{1}{n}``) or on a parameter: then the sum is read as before (or refused).
        """
        letters: set[str] = set()
        depth = 0
        position = self.position
        while position < self.stop:
            token = self.tokens[position]
            if token.kind in ("open", "lbrace"):
                depth += 1
            elif token.kind in ("close", "rbrace"):
                depth -= 1
                if depth < 0:
                    break
            elif token.kind == "sum":
                break
            elif self.is_op(token, "_"):
                items = self.braced_items(position + 1) or []
                if (
                    len(items) == 1 and items[0].kind == "name" and len(items[0].text) == 1
                    and items[0].text not in vocab.INDEX_LETTERS and items[0].text not in self.aliases
                    and readings.role_of(self.scripted_name(position)) == "examples"
                ):
                    letters.add(items[0].text)
                    #: what the letter subscripts, as written (t in Bishop's t_n), for the note
                    self.implied_written = f"{self.tokens[position - 1].raw}_{items[0].text}"
            position += 1
        if len(letters) != 1:
            return None
        letter = letters.pop()
        alone = any(
            token.kind == "name" and token.text == letter and not (k and self.is_op(self.tokens[k - 1], "_", "^"))
            and not (k > 1 and self.tokens[k - 1].kind == "lbrace" and self.is_op(self.tokens[k - 2], "_", "^"))
            for k, token in enumerate(self.tokens)
        )
        if alone or self.index_roles(letter) - {"unknown"} != {"examples"}:
            return None
        return letter

    def unindexed(self, token: Token, body: tree.Node, over: str, bound: str) -> tuple[str, str]:
        r"""What ``\sum body`` without a subscript ranges over: what its body indexes (``\sum \theta_j^2``: features)."""
        read, index, why = self.unindexed_range(
            token, body, "write \\sum_{i=1}^{m} over the examples, \\sum_{j=1}^{n} over the features")
        if read == "features" and over == "examples":
            assert index is not None, "unindexed_range reads an index with every range"
            self.note(why)
            return read, index
        return over, bound

    def sum_range(self, letter: str, column: int, upper: tuple[str, int] | None) -> str:
        """Whether a sum over ``letter`` (up to ``upper``) runs over the examples or the features."""
        seen = self.index_roles(letter)
        roles = seen - {"unknown"}
        if len(roles) > 1:
            self.fail(
                f"the index '{letter}' subscripts both data and parameters: the sum over it is ambiguous",
                column,
                hint="sum over examples with \\sum_{i=1}^{m} (y_i, x^{(i)}), over features with \\sum_{j=1}^{n} (\\theta_j); "
                     "y_j beside β_j (one label per coefficient, X = I as in ISLR's special case) is not read: "
                     "write the general cost, \\sum_i (y_i - x_i^T\\beta)^2",
            )
        if roles:
            return roles.pop()
        if letter == vocab.EXAMPLE_INDEX:
            return "examples"
        if letter in vocab.FEATURE_INDICES and seen and upper is not None and upper[0] in ("m", "M", "N"):
            # \sum_{k=1}^{N} 2(y - b - wx_k)(-x_k): k marks only x, which an example or a feature may index, and N
            # counts the examples; read over the features it was a confident misread of the example sum (audit39)
            self.fail(
                f"cannot tell whether the sum over '{letter}' runs over the examples or the features",
                column,
                hint=f"'{letter}' is a feature's letter but {upper[0]} counts the examples: write \\sum_{{i=1}}^{{{upper[0]}}}"
                     f" for the examples, or index a parameter (\\theta_{letter}) for the features",
            )
        if letter in vocab.FEATURE_INDICES and not seen and (bare := self.bare_data_ahead(beside_parameters=False)):
            # \sum_{k=1}^{m} (h_\theta(x) - y)^2: k marks nothing and the terms write the data bare; read over the
            # features it was m copies of one example's term, a confident misread of the example sum (audit39)
            count = upper[0] if upper is not None else vocab.FEATURE_COUNT
            self.fail(
                f"the sum over '{letter}' sums terms that write the data bare ({bare}): the sum over the examples, or "
                f"{count} copies of one example's term? Their gradients differ, so neither is guessed",
                column,
                hint=f"write the example index: \\sum_{{i=1}}^{{{count}}} (h(x^{{(i)}}) - y^{{(i)}})^2",
            )
        if letter in vocab.FEATURE_INDICES:
            return "features"
        if seen and upper is not None and upper[0] in ("m", "M", "N"):
            return "examples"  # \sum_{n=1}^{N} x_n: the index marks data, and N counts examples
        if not seen and upper is not None and upper[0] in ("m", "M", "N") and (bare := self.bare_data_ahead()):
            # a blog's \sum_{n=1}^N \log(1+e^{-yw^T x}): the letter marks nothing, N counts the examples and the terms
            # write the data bare; N times one example's term is no cost, so the data are the n-th example's
            self.note(f"\\sum_{{{letter}=1}}^{{{upper[0]}}} runs over the examples ({upper[0]} counts them), and its terms "
                      f"write the data without the index {letter} ({bare} bare): read as the {letter}-th example's")
            return "examples"
        shown = f"'{letter}'"
        self.fail(
            f"cannot tell whether the sum over {shown} runs over the examples or the features",
            column,
            hint=f"index a target or prediction (y_{letter}) for examples, a parameter (\\theta_{letter}) for features;"
            " or write \\sum_{i=1}^{m} / \\sum_{j=1}^{n}",
        )

    def refuse_sum_of_another_feature(self, letter: str, column: int, upper: tuple[str, int] | None) -> None:
        r"""Refuse ``\sum_{k=1}^n \theta_j^2``: k marks nothing, and j is free in the terms.

        Read as written it is n·θⱼ² (n copies of one term), read as meant it is Σⱼ θⱼ²: the two have
        different gradients (nθⱼ against θⱼ), so neither is guessed. The examples' twin (Σ_k over terms in
        i) is read as one index because i can mean nothing but the example; a free j is also the
        derivative's own index, so a cost may carry it on purpose.
        """
        stop = self.position
        while stop < self.stop and not (self.tokens[stop].kind == "sum" and stop > self.position):
            stop += 1
        if any(token.kind == "name" and token.text == letter for token in self.tokens[self.position:stop]):
            return
        for other in sorted(vocab.FEATURE_INDICES - {letter} - set(self.feature_letters)):
            if "features" in self.index_roles(other):
                count = upper[0] if upper is not None else vocab.FEATURE_COUNT
                self.fail(
                    f"Σ over {letter} sums terms written with {other} alone ({letter} marks nothing in them): "
                    f"the sum over {other} (Σ_{other} θ_{other}²), or {count} copies of one term with {other} free? "
                    "Their gradients differ, so neither is guessed",
                    column,
                    hint=f"write \\sum_{{{other}=1}}^{{{count}}} with {other} in the terms, or the terms with {letter}",
                )

    def sums_terms_in_i(self, letter: str, upper: tuple[str, int] | None) -> bool:
        r"""Whether ``\sum_{k=1}^m`` sums terms that carry the example index i and never its own ``k``.

        Only outside every other sum over the examples, with an upper bound that counts examples (m, M, N),
        k subscripting nothing up to the sum's end and i subscripting data of the examples (y_i, x_i) only.
        """
        if (letter == vocab.EXAMPLE_INDEX or self.example_sums or upper is None or upper[0] not in ("m", "M", "N")
                or vocab.EXAMPLE_INDEX in self.aliases or self.index_roles(letter)):
            return False
        stop = self.position
        while stop < self.stop and not (self.tokens[stop].kind == "sum" and stop > self.position):
            stop += 1
        # the letter written anywhere in the sum's reach, even on its own (k x_i): not a misspelling then
        if any(token.kind == "name" and token.text == letter for token in self.tokens[self.position:stop]):
            return False
        return self.index_roles(vocab.EXAMPLE_INDEX) - {"unknown"} == {"examples"}

    def index_roles(self, letter: str, *, through_braces: bool = False) -> set[str]:
        r"""What ``letter`` subscripts from here to the end of the enclosing bracket: ``{"examples"}`` for ``y_n``.

        ``through_braces``: a brace group closing first (``{\sum_{}^{i}}``, the Σ alone in braces) does not end the
        look, which runs on to the terms after it, and ends at the first '+' or '-' outside every bracket after
        them: only the Σ's own terms are weighed (a later term's y^{(i)}, another Σ^{i}'s, does not make an i the
        terms do not use the example index), and each Σ looks at its own term, not at the rest of the formula.
        """
        roles: set[str] = set()
        depth = 0
        position = self.position
        in_terms = False  # through_braces: a token of the Σ's terms seen (a leading sign is no term's end)
        while position < self.stop:
            token = self.tokens[position]
            if through_braces and depth == 0 and in_terms and self.is_op(token, "+", "-"):
                break
            if token.kind != "rbrace":
                in_terms = True
            if token.kind in ("open", "lbrace"):
                depth += 1
            elif token.kind in ("close", "rbrace"):
                depth -= 1
                if depth < 0 and through_braces and token.kind == "rbrace":
                    depth = 0
                elif depth < 0:
                    break
            elif token.kind == "sum" and position > self.position and self.sum_letter_at(position) == letter:
                break  # a later sum over the same letter binds it anew: \sum_{i=1}^{m} … + \sum_{i=1}^{n}\theta_i^2
            elif token.kind == "op" and token.text in "_^" and position > 0:
                items = self.braced_items(position + 1) or []
                marks = [item.text for item in items if item.kind == "name"]
                if token.text == "^" and not (len(items) == 3 and items[0].kind == "open"):
                    marks = []  # only ^{(n)} marks an example
                if letter in marks:
                    roles.add(readings.role_of(self.scripted_name(position)) or "unknown")
            position += 1
        return roles

    def sum_letter_at(self, position: int) -> str | None:
        """The index letter of the sum at token ``position`` (``i`` in ``\\sum_{i=1}^{n}``), if it writes one."""
        if position + 1 < self.stop and self.is_op(self.tokens[position + 1], "_"):
            items = self.braced_items(position + 2) or []
            if items and items[0].kind == "name":
                return items[0].text
            if not items and position + 4 < self.stop and self.tokens[position + 2].kind == "lbrace" \
                    and self.is_op(self.tokens[position + 4], "^"):
                # \sum_{}^{i}: the index typeset on top (index_above) binds i anew as \sum_{i} does; without it
                # the look from an earlier sum ran past every such Σ to the end (quadratic over a long cost)
                top = self.braced_items(position + 5) or []
                if len(top) == 1 and top[0].kind == "name":
                    return top[0].text
        return None

    def scripted_name(self, script: int) -> str:
        """The name a script at token ``script`` belongs to: ``y`` in ``y^{(i)}_n``, ``h`` in ``\\hat y_n``."""
        position = script - 1
        while position > 0:
            token = self.tokens[position]
            if token.kind == "rbrace" and position in self.partner:
                opened = self.partner[position]
                before = self.tokens[opened - 1] if opened else None
                if before is not None and before.kind == "op" and before.text in "_^":
                    position = opened - 2
                    continue
                return ""
            if token.kind in ("name", "word", "number") and position > 0 and self.is_op(self.tokens[position - 1], "_", "^"):
                position -= 2
                continue
            break
        token = self.tokens[position]
        if token.kind == "hat":
            return vocab.PREDICTION
        return token.text if token.kind in ("name", "word") else ""

    def sum_start(
        self, over: str, letter: str, lower: tuple[str, int] | None, upper: tuple[str, int] | None, minus_one: bool
    ) -> None:
        """Check a sum's bounds, and note a count other than logderiv's or a 0-based sum."""
        count = vocab.EXAMPLE_COUNT if over == "examples" else vocab.FEATURE_COUNT
        first = lower[0] if lower is not None else "1"
        if (first == "0") != minus_one or first not in ("0", "1"):
            if lower is not None:
                where = lower[1]
            else:
                assert upper is not None, "with no lower bound (1) only a -1 in a written upper bound is refused"
                where = upper[1]
            if first == "0":
                hint = (
                    f"a 0-based sum runs to {upper[0] if upper else count}-1: write \\sum_{{{letter}=0}}^{{{upper[0] if upper else count}-1}};"
                    " a bias θ₀ is its own term: \\theta_0 + \\sum_{j=1}^{n} \\theta_j x_j"
                )
            else:
                hint = f"write \\sum_{{{letter}=1}}^{{{count}}} or \\sum_{{{letter}=0}}^{{{count}-1}}"
            last = upper[0] if upper else count
            if first == "0" and not minus_one and upper is not None and over == "examples":
                # \sum_{i=0}^n with 1/n: n + 1 terms, or the n examples numbered from 0 (an off-by-one)? a guess either way
                self.fail(f"a sum over examples from 0 to {last} is not read: it has {last} + 1 terms; the {last} "
                          f"examples numbered 1..{last} (or 0..{last}-1), or {last} + 1 of them?", where,
                          hint=f"write \\sum_{{{letter}=1}}^{{{last}}} for the {last} examples "
                               f"(or \\sum_{{{letter}=0}}^{{{last}-1}})")
            self.fail(f"a sum over {over} from {first} to {last}{'-1' if minus_one else ''} is not read", where, hint=hint)
        written = upper[0] if upper is not None else None
        if written is not None and written.isdigit():
            assert upper is not None, "written is the upper bound's"
            self.fail(f"a sum over {over} runs to the number of {over}, not {written}", upper[1],
                      hint=f"write \\sum_{{{letter}=1}}^{{{count}}}")
        if written is not None:
            assert upper is not None, "written is the upper bound's"
            self.count(over, written, upper[1])
        noun = "examples" if over == "examples" else "features"
        shown_count = written or count
        if minus_one:
            if over == "features":
                self.note(
                    f"Σ_{{{letter}=0}}^{{{shown_count}−1}} is read as the sum over the {shown_count} features, numbered from 1"
                    f" (the weights written 0…{shown_count}−1 are 1…n in the output); an intercept is a term of its own (b)"
                )
            else:
                self.note(f"Σ_{{{letter}=0}}^{{{shown_count}−1}} is read as the sum over the {shown_count} examples")
        if over == "examples" and letter != vocab.EXAMPLE_INDEX:
            self.note(f"the sum over {letter} runs over the examples (its index marks the example): {letter} is read as i")
        if over == "features" and letter == vocab.EXAMPLE_INDEX:
            self.note("the sum over i runs over the features (its index marks a parameter, as in w_i): i is a feature index here")

    def count(self, over: str, written: str, column: int) -> None:
        """Record that ``written`` counts the examples (or features), to be renamed m (or n)."""
        if over == "features" and self.index_letter_counts(written):
            self.counts[written] = vocab.FEATURE_COUNT
            self.note(f"{written} counts the features here (the number of coefficients: it bounds a sum over "
                      f"them and is no index anywhere in the text): read as n")
            return
        russian = over == "examples" and written in self.example_count_spellings
        if len(written) != 1 or (written not in readings.COUNT_LETTERS and not russian
                                 and not self.example_count_letter(over, written)):
            self.fail(
                f"'{written}' cannot be the number of {over}",
                column,
                hint="the upper bound of a sum is a count: m, n, N, M (examples) or n, d, p (features)",
            )
        note = readings.record_count(self.counts, over, written,
                                     lambda message, hint: self.fail(message, column, hint=hint))
        if note is not None:
            self.note(example_count_letters.count_note(written) if russian else note)

    def example_count_letter(self, over: str, written: str) -> bool:
        r"""Whether ``k`` in ``\sum_{i=1}^k`` counts the examples: k is a feature index unless it is used only there.

        "L = \sum_{i=1}^k (y_i - \mu_i)^2" with "k samples" (a Q&A's Poisson and Gaussian
        likelihoods): a letter bounding a sum over examples counts them, like N or n,
        when the text uses it nowhere else (no θ_k, no Σ_k).
        """
        if over != "examples" or written not in vocab.FEATURE_INDICES:
            return False
        uses = [token for token in self.tokens if token.kind == "name" and token.text == written]
        return len(uses) == 1

    def index_letter_counts(self, written: str) -> bool:
        r"""Whether ``k`` bounding a sum over features (``\sum_{j=1}^k \beta_j^2``) is the count of the features.

        So it is when k is a feature-index letter written nowhere else in the text
        (as an index, a sum's letter or a quantity): the bound is its one use.
        """
        if written not in vocab.FEATURE_INDICES or written == vocab.WRT_INDEX:
            return False
        return all(self.sum_bound_at(at) for at, token in enumerate(self.tokens)
                   if token.kind == "name" and token.text == written)

    def sum_bound_at(self, at: int) -> bool:
        r"""Whether the token at ``at`` is a sum's upper bound: the ``k`` of ``\sum_{j=1}^k``, ``\sum_{j=1}^{k}``."""
        before = at - 1
        if before >= 0 and self.tokens[before].kind == "lbrace":
            if self.partner.get(before) != at + 1:
                return False
            before -= 1
        if before < 1 or not self.is_op(self.tokens[before], "^"):
            return False
        closer = before - 1
        opened = self.partner.get(closer) if self.tokens[closer].kind == "rbrace" else None
        if opened is None or opened < 2 or not self.is_op(self.tokens[opened - 1], "_"):
            return False
        return self.tokens[opened - 2].kind == "sum"

    def script_items(self, script: Token) -> list[_Token]:
        """The tokens of the script after ``_`` or ``^`` (just read), consumed."""
        items = self.braced_items(self.position)
        if items is None:
            self.fail(f"'{script.raw}' needs a script after it", script.start)
        token = self.peek()
        self.position = self.partner[self.position] + 1 if token.kind == "lbrace" else self.position + 1
        if token.kind == "number":
            self.one_character(script, token)
        return items

    def one_character(self, script: Token, token: Token) -> None:
        """Refuse ``x^23``: TeX would script only the ``2``, and ``3`` would follow."""
        if len(token.text) > 1:
            self.fail(
                f"'{script.raw}{token.raw}' in LaTeX is {script.raw}{token.raw[0]} followed by {token.raw[1:]}",
                token.start,
                hint=f"write {script.raw}{{{token.raw}}}",
            )

    def mean(self) -> tree.Node:
        r"""``\operatorname{mean}_i`` followed by the rest of the term: (1/m) Σᵢ."""
        token = self.advance()
        script = self.peek()
        if self.is_op(script, "_"):
            self.advance()
            items = self.script_items(script)
            if len(items) != 1 or items[0].text != vocab.EXAMPLE_INDEX:
                self.fail("a mean is over the examples i", script.start, hint="write \\operatorname{mean}_i")
        if not (self.starts_operand(self.peek()) or self.is_op(self.peek(), "-")):
            self.missing_operand(token)
        self.example_sums += 1
        self.enter(token)
        body = self.term()
        self.leave()
        self.example_sums -= 1
        here = Span(token.start, token.end)
        average = tree.Binary("/", tree.Number("1", here), tree.Variable(vocab.EXAMPLE_COUNT, here), here)
        whole = self.span(token, body)
        return tree.Binary("*", average, tree.Sum("examples", vocab.EXAMPLE_INDEX, body, whole), whole)

    def norm(self) -> tree.Node:
        r"""``\|\theta\|^2``, ``\|\theta\|_2^2``, ``\lVert w\rVert``: the Euclidean norm of a parameter vector."""
        opener, inner, closer, of_parameters = self.norm_inside(
            r"write \|\theta\|^2", r"write \|\theta\|^2 or \|w\|_2^2 (or, in matrix form, \|X\theta - y\|^2)")
        if not of_parameters and is_example_scalar(inner):
            return self.squared_example_norm(opener, closer, inner)
        subscripted = self.norm_subscript()
        whole = self.span(opener, self.tokens[self.position - 1])
        squares = self.squared_norm(inner, of_parameters, whole)
        script = self.peek()
        if self.is_op(script, "^"):
            items = self.braced_items(self.position + 1)
            if items and len(items) == 1 and items[0].kind == "number" and items[0].text == "2":
                self.advance()
                self.script_items(script)
                if not subscripted:
                    self.norm_subscript()  # \|w\|^2_2: TeX sets the scripts alike in either order
                if isinstance(squares, tree.Binary):  # not of the parameters: ‖Xθ − y‖², as above
                    return tree.Binary("*", squares.left, squares.right, self.span(opener, self.tokens[self.position - 1]))
                return tree.Sum(squares.over, squares.index, squares.body, self.span(opener, self.tokens[self.position - 1]))
        return tree.Apply("sqrt", squares, whole)

    def squared_example_norm(self, opener: Token, closer: Token, inner: tree.Node) -> tree.Node:
        r"""``\|y_i - w^T x_i\|_2^2``: one example's residual, a number, read as its square (:mod:`.scalar_norm`)."""
        subscripted = self.norm_subscript()
        script = self.peek()
        items = self.braced_items(self.position + 1) if self.is_op(script, "^") else None
        if not (items and len(items) == 1 and items[0].kind == "number" and items[0].text == "2"):
            self.fail(f"'{opener.raw}...{closer.raw}': the norm of one example's residual is read only squared",
                      opener.start, hint=r"write (y_i - w^T x_i)^2, or \|y_i - w^T x_i\|^2")
        self.advance()
        self.script_items(script)
        if not subscripted:
            self.norm_subscript()
        self.note(COMPONENT_NORM_NOTE if by_components(inner) else SCALAR_NORM_NOTE)
        here = self.span(opener, self.tokens[self.position - 1])
        return tree.Binary("^", inner, tree.Number("2", here), here)

    def norm_subscript(self) -> bool:
        r"""Read a norm's ``_2`` if one follows (any other subscript is refused); whether there was one."""
        script = self.peek()
        if not self.is_op(script, "_"):
            return False
        self.advance()
        items = self.script_items(script)
        if len(items) != 1 or items[0].text != "2":
            self.fail("only the Euclidean norm (\\|\\theta\\|_2) is read", script.start)
        return True

    # -- fractions and derivatives --

    def frac(self) -> tree.Node:
        token = self.advance()
        if self.derivative_ahead():
            return self.derivative(token)
        digits = self.peek()
        if digits.kind == "number" and len(digits.text) == 2 and digits.text.isdigit():
            # \frac12: TeX takes one character for each argument
            self.advance()
            top: tree.Node = tree.Number(digits.text[0], Span(digits.start, digits.start + 1))
            bottom: tree.Node = tree.Number(digits.text[1], Span(digits.start + 1, digits.end))
            return tree.Binary("/", top, bottom, self.span(token, digits))
        top = self.frac_argument(token)
        bottom = self.frac_argument(token)
        return tree.Binary("/", top, bottom, self.span(token, bottom))

    def frac_argument(self, frac: Token) -> tree.Node:
        token = self.peek()
        if token.kind == "lbrace":
            # \frac{1}{1 + e^{-z}}: the braces delimit the argument, so they are no bracket to note beside a factor
            return self.group(argument=True)
        if token.kind == "number":
            self.advance()
            if len(token.text) > 1:
                self.fail(f"'{frac.raw}{token.raw}' needs its arguments in braces", token.start, hint="write \\frac{a}{b}")
            return tree.Number(token.text, Span(token.start, token.end))
        if token.kind == "name" and (len(token.text) == 1 or token.text in vocab.WORDS):
            return self.letter(token)
        if token.kind == "end":
            self.fail(f"'{frac.raw}' needs two arguments", frac.start, hint="write \\frac{a}{b}")
        self.fail(f"'{frac.raw}' needs its arguments in braces, not {self.describe(token)}", token.start, hint="write \\frac{a}{b}")

    def is_marker(self, index: int) -> str | None:
        """``"partial"`` or ``"d"`` when token ``index`` starts a derivative's ∂ or d."""
        if index >= self.stop:
            return None
        token = self.tokens[index]
        if token.kind == "partial":
            return "partial"
        if token.kind in ("name", "word") and token.text == "d":
            return "d"
        return None

    def derivative_ahead(self) -> bool:
        r"""Whether ``\frac`` opens ``\frac{\partial ...}{\partial ...}`` or ``\frac{d}{dz}``."""
        opened = self.position
        if opened >= self.stop or self.tokens[opened].kind != "lbrace":
            return False
        top = self.is_marker(opened + 1)
        if top is None:
            return False
        closing = self.partner[opened]
        if top == "partial":
            return True
        below = closing + 1
        return below < self.stop and self.tokens[below].kind == "lbrace" and self.is_marker(below + 1) == "d"

    def dropped_partial(self, marker: Token, subject: tree.Node | None) -> tuple[str, str] | None:
        r"""(the cost's letter, the parameter) where ``\frac{\partial J(w)}{w_j}`` drops the denominator's ∂, or None.

        cold32's notes write ∂J(w)/w_j for ∂J/∂w_j: a ∂ in the numerator before the cost's letter (J, L, l, E, as a
        name or called), and below it, in braces, one parameter entry alone (w_j, θ_j, β_j, b, w, θ): a quotient of a
        differential by a weight is written by no one, the derivative is meant. Anything else below (x, z, a sum, a
        product) is refused as before.
        """
        if marker.kind != "partial" or subject is None:
            return None
        name = subject.name if isinstance(subject, tree.Variable) else subject.function if isinstance(
            subject, tree.Apply) else None
        if name not in ("J", "L", "l", "E", "ell"):
            return None
        opened = self.position
        if opened >= self.stop or self.tokens[opened].kind != "lbrace":
            return None
        closing = self.partner[opened]
        inside = self.tokens[opened + 1:closing]
        if not inside or inside[0].kind != "name" or not re.fullmatch(vocab.GRADIENT_PARAMETERS, inside[0].text):
            return None
        rest = "".join(token.raw for token in inside[1:])
        if not re.fullmatch(r"(?:_(?:\{?[a-z0-9]\}?))?", rest.replace(" ", "")):
            return None
        return name, "".join(token.raw for token in inside).replace(" ", "")

    def transposed_denominator(self, closing: int) -> bool:
        """Whether the denominator's variable ends with a transpose before ``closing``: ``\\partial w^T``, ``w^\\top``."""
        marks = [(token.kind, token.text) for token in self.tokens[self.position + 1:closing]]
        return marks in ([("transpose", "T")], [("name", "T")], [("lbrace", "{"), ("transpose", "T"), ("rbrace", "}")],
                         [("lbrace", "{"), ("name", "T"), ("rbrace", "}")])

    def derivative(self, frac: Token) -> tree.Node:
        r"""``\frac{\partial}{\partial\theta_j} body``, ``\frac{\partial J}{\partial\theta_j}``, ``\frac{d}{dz}``."""
        opened = self.position
        top_close = self.partner[opened]
        self.advance()
        marker = self.advance()
        order = 1
        if self.is_op(self.peek(), "^"):
            order = self.order()
        subject: tree.Node | None = None
        # only as a whole side, a lemma's (\frac{d\sigma}{dz} = …), where the letter is any point: a factor of a step's
        # body (… \frac{d\sigma}{dz} x_j) is σ′ at the page's z (θᵀx), which a free z would not be
        lone = self.lone_function_at(top_close) if order == 1 and self.whole_side(opened - 1, top_close) else None
        if lone is not None:
            self.advance()  # \frac{d\sigma}{dz}: the function's argument is the denominator's variable (below)
        elif self.position != top_close:
            subject = self.derivative_subject(top_close)
        self.advance()  # }
        below = self.peek()
        dropped = self.dropped_partial(marker, subject)
        if not dropped and (below.kind != "lbrace" or self.is_marker(self.position + 1) is None):
            self.fail(
                f"'{frac.raw}{{{marker.raw}...}}' is a derivative: its denominator is {marker.raw} and a variable",
                below.start,
                hint="write \\frac{\\partial}{\\partial \\theta_j} or \\frac{d}{dz}",
            )
        below_close = self.partner[self.position]
        self.advance()
        if dropped:
            self.note(f"∂{dropped[0]}/{dropped[1]} (\\frac{{\\partial {dropped[0]}}}{{{dropped[1]}}}) is read as "
                      f"∂{dropped[0]}/∂{dropped[1]}: the ∂ of its denominator is missing (the numerator's ∂ says a "
                      "derivative, and its denominator is one parameter alone)")
        else:
            self.advance()  # the ∂ or d
        braced = self.peek().kind == "lbrace"  # \partial{w}: the variable in braces, TeX grouping
        if braced:
            braces = self.partner[self.position]
            self.advance()
        variable = self.peek()
        if variable.kind not in ("name", "word", "hat") or variable.text in vocab.INDEX_LETTERS or variable.text in ("e", "pi"):
            self.fail(
                f"cannot differentiate by {self.describe(variable)}",
                variable.start,
                hint="write \\frac{\\partial}{\\partial \\theta_j} or \\frac{d}{dz}",
            )
        wrt = self.variable(may_call=False, may_dot=False)
        if not isinstance(wrt, tree.Variable):
            self.fail("expected one variable to differentiate by", variable.start)
        if braced:
            if self.position != braces:
                self.fail(f"unexpected {self.describe(self.peek())} in the braces of the variable", self.peek().start)
            self.advance()
        if order > 1:
            if not self.is_op(self.peek(), "^") or self.order() != order:
                self.fail(f"the denominator of a derivative of order {order} needs ^{{{order}}}", self.peek().start)
        if self.position != below_close and self.is_op(self.peek(), "^") and order == 1 \
                and self.transposed_denominator(below_close):
            # ∂L/∂w^T (a pastebin solution's): the transpose says how the derivative is laid out (a row), which a
            # page may or may not mean; refused naming that reading rather than a power or an example's index
            self.fail(f"a derivative by a transposed vector (\\partial {variable.raw}^T) is not read: it lays the "
                      f"derivative out as a row, which logderiv does not; the gradient by {variable.raw} is read",
                      self.peek().start,
                      hint=f"differentiate by {variable.raw} (\\frac{{\\partial L}}{{\\partial {variable.raw}}}) or by "
                           f"one component ({variable.raw}_j)")
        if self.position != below_close and self.is_op(self.peek(), "^") and order == 1:
            # \partial f^n (a GLM post's fⁿ = f(θᵀx⁽ⁿ⁾)), \partial w^2 under a first ∂: which is meant is not said
            self.fail(f"a superscript on the variable differentiated by ({variable.raw}^…) is not read: the n-th "
                      f"example's {variable.raw}, a power of a second derivative's denominator, or a name of its own?",
                      self.peek().start,
                      hint="differentiate by a parameter (\\partial \\theta_j, \\partial w_j); a second derivative is "
                           "\\frac{\\partial^2 J}{\\partial w^2}; an example's quantity is marked ^{(i)} where it is used")
        if self.position != below_close:
            self.fail(f"unexpected {self.describe(self.peek())} in the derivative's denominator", self.peek().start)
        if lone is not None:
            subject = self.function_of_the_variable(frac, lone, wrt, variable)
        closer = self.advance()
        if subject is not None:
            body = subject
        elif self.heading and self.peek().kind in ("name", "word"):
            body = self.derivative_subject(self.stop)  # \frac{\partial}{\partial\theta_j}J(\theta) =
        elif (objective := self.objective_applied()) is not None:
            body = objective  # \frac{\partial}{\partial\theta_j} l(\theta) =: the objective by its name, noted
        else:
            body = self.derivative_operand(frac, "write \\frac{d}{dz}\\left(...\\right)")
            if order == 1 and (split := self.chain_rule_factors(frac, body, wrt)) is not None:
                return split
        node = body
        last = body if subject is None else closer
        for _ in range(order):
            node = tree.Derivative(node, wrt, self.span(frac, last))
        return node

    def chain_rule_factors(self, frac: Token, body: tree.Node, wrt: tree.Variable) -> tree.Node | None:
        r"""``\frac{\partial}{\partial h}\left(\log h\right) \frac{\partial h}{\partial \theta_0}``: the operator applied to the
        factors before the product's first derivative, that derivative and the rest multiplying it; else None.

        The operator takes the whole product after it (:meth:`derivative_operand`), so the chain rule written with an
        operator, ∂/∂h (log h) · ∂h/∂θ₀, was ∂/∂h of a product holding a derivative: a second derivative, refused.
        The chain rule's factors are what the writer means (a derivative of a derivative is written with the inner one
        first, in brackets): read so, noted. Only where the first factor is no derivative, the product is all '*', and
        the first derivative factor is the derivative of the operator's own variable (∂/∂h … ∂h/∂θ₀: the chain's link).
        """
        factors: list[tree.Node] = []
        current = body
        while isinstance(current, tree.Binary) and current.op == "*":
            factors.append(current.right)
            current = current.left
        factors.append(current)
        factors.reverse()
        first = next(((number, factor) for number, factor in enumerate(factors)
                      if isinstance(factor, tree.Derivative)), None)
        if len(factors) < 2 or first is None or first[0] == 0:
            return None
        at, inner = first[0], first[1].body
        if not (isinstance(inner, (tree.Variable, tree.Call)) and inner.name == wrt.name
                and (not isinstance(inner, tree.Variable) or inner.feature == wrt.feature)):
            # the chain rule's next factor is the derivative OF the operator's variable (∂/∂h · ∂h/∂θ₀); another
            # (∂/∂w 2 ∂J/∂w, ∂/∂w (w²) ∂L/∂w) is a second derivative or a product rule's term: left to be refused
            return None
        if any(isinstance(below, tree.Derivative) for factor in factors[:at] for below in tree.walk(factor)):
            return None
        head = factors[0]
        for factor in factors[1:at]:
            head = tree.Binary("*", head, factor, self.span(head, factor))
        node: tree.Node = tree.Derivative(head, wrt, self.span(frac, head))
        for factor in factors[at:]:
            node = tree.Binary("*", node, factor, self.span(frac, factor))
        written = self.source[frac.start:self.outer(head).end].strip()
        # the note of the operator over the whole product, which this reading replaces
        whole = conventions.derivative_note(self.source[frac.start:self.outer(body).start].strip(),
                                            self.source[self.outer(body).start:self.outer(body).end])
        self.notes[:] = [note for note in self.notes if note != whole]
        self.note(f"{' '.join(written.split())} is followed by a derivative, the chain rule's next factor: the operator "
                  "is read as applied to the factors before it, not to the product with the derivative in it (a "
                  "second derivative)")
        return node

    def lone_function_at(self, top_close: int) -> Token | None:
        r"""The function alone over a derivative's bar, ``\frac{d\sigma}{dz}``, ``\frac{dg}{dz}``; else None.

        σ (the sigmoid), Ng's g where no --let defines a quantity g, or a function the page or a --let defines
        (g(z) = …): a function of one argument written without it, as ML notes write the sigmoid's derivative. Any
        other name (J, L, h, ŷ: the cost, the prediction) is read as before.
        """
        token = self.peek()
        if self.position != top_close - 1:
            return None
        if token.kind == "function" and token.text == _FUNCTION_COMMANDS["sigma"]:
            return token
        if token.kind == "name" and len(token.raw) == 1 and token.text not in self.names and (
                token.text in self.functions or token.text == conventions.SIGMOID_LETTER):
            return token
        return None

    def whole_side(self, frac: int, top_close: int) -> bool:
        r"""Whether the ``\frac`` at ``frac`` (its top closing at ``top_close``) is a whole side: nothing but '=' or the
        text's ends on either side of it."""
        before = self.tokens[frac - 1] if frac > 0 else None
        below = top_close + 1
        if below >= len(self.tokens) or self.tokens[below].kind != "lbrace" or below not in self.partner:
            return False
        after = self.partner[below] + 1
        following = self.tokens[after] if after < len(self.tokens) else None
        return (before is None or self.is_op(before, "=")) and (
            following is None or following.kind == "end" or self.is_op(following, "="))

    def function_of_the_variable(self, frac: Token, lone: Token, wrt: tree.Node, variable: Token) -> tree.Node:
        r"""``\frac{d\sigma}{dz}`` as d/dz σ(z): the denominator's variable, a plain letter, is the function's argument.

        Refused where the variable is a parameter, the data or an index's entry (dσ/dw, dσ/dθ_j: σ of what, of w
        itself or of wᵀx + b?), or has any script: the function's argument is then not said.
        """
        if not (isinstance(wrt, tree.Variable) and wrt.feature is None and wrt.example is None
                and len(variable.raw) == 1 and variable.raw.isascii() and variable.raw.isalpha()
                and variable.end == wrt.span.end
                and wrt.name not in vocab.FIXED_NAMES | vocab.PARAMETER_VECTORS | {_INTERCEPT, vocab.DATA_MATRIX}):
            self.fail(f"'{lone.raw}' alone over the bar is a function written without its argument, and "
                      f"{self.source[variable.start:wrt.span.end]} below it is no plain letter to be that argument: "
                      f"the derivative of {lone.raw} at what?", lone.start,
                      hint=f"write the argument: \\frac{{d}}{{d{variable.raw}}}{lone.raw}(…), "
                           f"or \\frac{{d{lone.raw}(z)}}{{dz}}")
        argument = tree.Variable(wrt.name, wrt.span)
        shown = "σ" if lone.kind == "function" else lone.raw
        self.note(f"{self.source[frac.start:self.tokens[self.position].end]} is read as d/d{variable.raw} "
                  f"{shown}({variable.raw}): the variable below the bar is the argument of {shown}, a function of "
                  "one argument written without it")
        span = Span(lone.start, lone.end)
        if lone.kind == "function":
            return tree.Apply(lone.text, argument, span)
        if lone.text in self.functions:
            return tree.FunctionCall(lone.text, (argument,), span)
        return tree.Call(lone.text, argument, span)

    def objective_applied(self) -> tree.Variable | None:
        r"""``l(\theta)``, ``\ell(w)``, ``L(\beta)`` after a derivative operator: the objective by its name, else None.

        CS229 and ESL name the log-likelihood l(θ) or ℓ(β) and differentiate it operator
        first (``\frac{\partial}{\partial\theta_j} l(\theta)``), as the numerator form
        ``\frac{\partial l(\theta)}{\partial\theta_j}`` names it. Read as a product, l·θ is
        a feature index or a letter times the whole parameter vector, which nothing reads:
        a letter applied to the parameters alone is the objective's name (noted).
        """
        token, opening = self.peek(), self.peek(1)
        if token.kind != "name" or token.text not in _OBJECTIVE_LETTERS or token.text in self.names \
                or opening.kind != "open" or opening.text != "(" or self.position + 1 not in self.partner:
            return None
        closing = self.partner[self.position + 1]
        inside = self.tokens[self.position + 2:closing]
        if [t.kind for t in inside] != ["name"] or inside[0].text not in _PARAMETER_DECORATIONS - {_INTERCEPT}:
            return None
        self.position = closing + 1
        written = self.source[token.start:self.tokens[closing].end]
        self.note(f"{written} after the derivative operator is the objective {token.raw} named by its parameters "
                  f"(as ∂{written}/∂… is), not {token.raw} times {inside[0].raw}")
        return tree.Variable(_objective_name(token.text), Span(token.start, token.end))

    def gradient_of_the_cost_ends(self) -> tuple[int, _Token, _Token] | None:
        r"""Where ``\nabla_w J`` (``\nabla_{\theta} J(\theta)``, ``\nabla_w J(w, b)``) ends, its vector and J; else None.

        Only a parameter vector's name under ∇ and the cost's name J after it: ∇ₓJ, ∇_φ J or ∇ of
        anything else names no gradient logderiv checks.
        """
        at = self.position + 1
        if not self.is_op(self.tokens[at], "_"):
            return self.gradient_by_its_argument_ends(at)
        braced = self.tokens[at + 1].kind == "lbrace"
        parameter = self.tokens[at + 2] if braced else self.tokens[at + 1]
        if parameter.kind != "name" or parameter.text not in vocab.PARAMETER_VECTORS | {_INTERCEPT}:
            return None
        if braced and self.tokens[at + 3].kind != "rbrace":
            return None
        at += 4 if braced else 2
        cost = self.tokens[at]
        if cost.kind == "name" and cost.text in _OBJECTIVE_LETTERS and cost.text not in self.names:
            # \nabla_w L(w) (a kernel note's loss, ESL's l(β)): the objective's other names, with the parameter
            # vector as their one argument, as ∂L(w)/∂w names it (without it, L may be one example's loss)
            follower = self.tokens[at + 1]
            if follower.kind != "open" or follower.text != "(" or self.partner.get(at + 1) != at + 3 \
                    or self.tokens[at + 2].kind != "name" or self.tokens[at + 2].text != parameter.text:
                return None
            return at + 4, parameter, cost
        if cost.kind != "name" or cost.text != "J":
            return None
        follower = self.tokens[at + 1]
        if follower.kind == "open" and follower.text == "(" and at + 1 in self.partner:
            inside = self.tokens[at + 2:self.partner[at + 1]]
            if all(token.text in _COST_ARGUMENT_NAMES for token in inside):
                return self.partner[at + 1] + 1, parameter, cost  # J(w, b): arguments say what the cost depends on
        return at + 1, parameter, cost

    def gradient_by_the_data(self) -> str | None:
        r"""The letter under ``\nabla`` when it is the data's, x or y (``\nabla_\textbf{x}``, ``\nabla_{x}``); else None."""
        at = self.position + 1
        if not self.is_op(self.tokens[at], "_"):
            return None
        letter = self.tokens[at + 2] if self.tokens[at + 1].kind == "lbrace" else self.tokens[at + 1]
        return letter.text if letter.kind == "name" and letter.text in ("x", "y") else None

    def gradient_of_an_expression_by(self) -> tuple[int, _Token] | None:
        r"""``\nabla_w`` before a formula written out (``\nabla_w \frac{1}{n}\sum_i …``): where it ends, its vector.

        Only a parameter vector under ∇ (never the intercept, a number), an operand after it, and a text in
        index form (no data matrix X: a line in matrix form is read by the matrix reader); else None.
        """
        at = self.position + 1
        if self.writes_data_matrix():
            return None
        if not self.is_op(self.tokens[at], "_"):
            return self.gradient_by_the_one_vector(at)
        braced = self.tokens[at + 1].kind == "lbrace"
        parameter = self.tokens[at + 2] if braced else self.tokens[at + 1]
        if parameter.kind != "name" or parameter.text not in vocab.PARAMETER_VECTORS:
            return None
        if braced and self.tokens[at + 3].kind != "rbrace":
            return None
        end = at + (4 if braced else 2)
        follower = self.tokens[end]
        if not (self.starts_operand(follower) or self.is_op(follower, "-")) or follower.kind == "nabla":
            return None
        if follower.kind == "name" and follower.text in _OBJECTIVE_LETTERS | {"J"}:
            return None  # ∇_w L: an objective's name, read above only with its parameters (L alone may be one example's)
        return end, parameter

    def gradient_by_the_one_vector(self, at: int) -> tuple[int, _Token] | None:
        r"""``\nabla\left(\frac{1}{n}\sum … + \lambda\theta^T\theta\right)``, no subscript: the gradient by the one
        parameter vector the text writes, where the ∇ stands before a bracket; else None.

        A homework's ∇J(θ) = ∇(…) = (1/n)Σ∇((θᵀx − y)²) + 2λθ leaves the vector to the reader: θ, the only
        one written. Two vectors (θ and w), or the intercept b beside it (the gradient by θ or by (θ, b)?), or
        none, leave the ∇ unread (refused as before).
        """
        follower = self.tokens[at]
        if follower.kind != "open" or follower.text != "(" or at not in self.partner:
            return None
        vectors = [token for token in self.tokens if token.kind == "name" and token.text in vocab.PARAMETER_VECTORS]
        if len({token.text for token in vectors}) != 1 or any(
                token.kind == "name" and token.text == "b" for token in self.tokens):
            return None
        return at, vectors[0]

    def gradient_of_an_expression(self, nabla: _Token) -> tree.Node:
        r"""``\nabla_w f``: the gradient of the formula after it, read entry by entry as ∂f/∂wⱼ (noted).

        As ``\frac{\partial}{\partial w_j}`` does, ∇ takes the whole product after it (noted where that is
        more than one factor): ∇_w ½(y − wᵀx)² + λ‖w‖² is ∇_w[½(y − wᵀx)²] + λ‖w‖².
        """
        read = self.gradient_of_an_expression_by()
        assert read is not None, "called only where gradient_of_an_expression_by read it (primary)"
        end, parameter = read
        self.position = end
        self.enter(nabla)
        body = self.term()
        self.leave()
        written = self.source[nabla.start:self.tokens[end - 1].end]
        self.note(f"{written} (…) is the gradient of what follows by the vector {parameter.raw}: read entry by entry, "
                  f"as ∂/∂{parameter.raw}ⱼ" + (f" ({parameter.raw} the one parameter vector written: ∇ has no subscript)"
                                              if end == self.tokens.index(nabla) + 1 else ""))
        if conventions.spans_product(body, lambda node: id(node) in self.extent):
            self.note(conventions.derivative_note(written, self.source[self.outer(body).start:self.outer(body).end]))
        wrt = tree.Variable(parameter.text, Span(parameter.start, parameter.end), feature="j")
        return tree.Derivative(body, wrt, self.span(nabla, body))

    def gradient_by_its_argument_ends(self, at: int) -> tuple[int, _Token, _Token] | None:
        r"""``\nabla J(\theta)`` with no subscript: the vector is J's one argument, a parameter vector; else None.

        Coursera's notes write ∇J(θ) = (1/m) Xᵀ(Xθ − y⃗): J's argument says what the gradient is taken by,
        as ∇J(θ) = … does on an answer's left side. The objective's other names with that one argument
        (∇𝓛(β), a Cross Validated question's) are read as \nabla_\beta \mathcal{L}(\beta) is.
        """
        cost, follower = self.tokens[at], self.tokens[at + 1]
        named = cost.text == "J" or cost.text in _OBJECTIVE_LETTERS and cost.text not in self.names
        if cost.kind != "name" or not named or follower.kind != "open" or follower.text != "(" \
                or self.partner.get(at + 1) != at + 3:
            return None
        parameter = self.tokens[at + 2]
        if parameter.kind != "name" or parameter.text not in vocab.PARAMETER_VECTORS:
            return None
        return at + 4, parameter, cost

    def gradient_of_the_cost(self, nabla: _Token) -> tree.Node:
        r"""``\nabla_w J``: the whole gradient, read entry by entry as ∂J/∂wⱼ (noted), as an answer's left side is."""
        ends = self.gradient_of_the_cost_ends()
        assert ends is not None, "called only where gradient_of_the_cost_ends read it (primary)"
        end, parameter, cost = ends
        last = self.tokens[end - 1]
        self.position = end
        name = _objective_name(cost.text)
        if name != "J":
            # the objective by its own name: the reader's ℓ or L, as \frac{\partial L(w)}{\partial w} reads it
            self.note(f"{self.source[nabla.start:last.end]} is the gradient of the objective {cost.raw} by the vector "
                      f"{parameter.raw}: read entry by entry, as ∂{cost.raw}/∂{parameter.raw}ⱼ")
            return tree.Derivative(tree.Variable(name, Span(cost.start, cost.end)),
                                   tree.Variable(parameter.text, Span(parameter.start, parameter.end), feature="j"),
                                   Span(nabla.start, last.end))
        if parameter.text == _INTERCEPT:
            # ∇_b J beside ∇_w J: the gradient by the intercept, one number, is ∂J/∂b
            self.note(f"{self.source[nabla.start:last.end]} is the gradient of J by the intercept b, one number: "
                      "read as ∂J/∂b")
            return tree.Derivative(tree.Variable(cost.text, Span(cost.start, cost.end)),
                                   tree.Variable(parameter.text, Span(parameter.start, parameter.end)),
                                   Span(nabla.start, last.end))
        self.note(f"{self.source[nabla.start:last.end]} is the gradient of J by the vector {parameter.raw}: "
                  f"read entry by entry, as ∂J/∂{parameter.raw}ⱼ")
        return tree.Derivative(tree.Variable(cost.text, Span(cost.start, cost.end)),
                               tree.Variable(parameter.text, Span(parameter.start, parameter.end), feature="j"),
                               Span(nabla.start, last.end))

    def subscript_derivative(self, partial: _Token) -> tree.Node:
        r"""``\partial_{\theta_j}(h - y)``: ∂/∂θⱼ written with a subscript, applied as ``\frac{\partial}{\partial\theta_j}`` is.

        The subscript is one variable; the operator takes the whole product after it (noted).
        """
        self.advance()  # \partial
        self.advance()  # _
        braced = self.peek().kind == "lbrace"
        closing = self.partner[self.position] if braced else None
        if braced:
            self.advance()
        variable = self.peek()
        if variable.kind not in ("name", "word", "hat") or variable.text in vocab.INDEX_LETTERS or variable.text in ("e", "pi"):
            self.fail(f"cannot differentiate by {self.describe(variable)}", variable.start,
                      hint="write \\partial_{\\theta_j} (or \\frac{\\partial}{\\partial \\theta_j})")
        wrt = self.variable(may_call=False, may_dot=False)
        if not isinstance(wrt, tree.Variable):
            self.fail("expected one variable to differentiate by", variable.start)
        if braced:
            if self.position != closing:
                self.fail(f"unexpected {self.describe(self.peek())} in the derivative's subscript", self.peek().start)
            self.advance()
        written = self.source[partial.start:self.tokens[self.position - 1].end]
        follower = self.peek()
        if not (self.starts_operand(follower) or self.is_op(follower, "-")):
            self.fail(f"'{written}' needs something to differentiate", follower.start,
                      hint="write \\partial_{\\theta_j} \\left(...\\right)")
        self.enter(partial)
        body = self.term()
        self.leave()
        self.note(f"{written} is read as the derivative ∂/∂{self.source[wrt.span.start:wrt.span.end]} "
                  f"of {self.source[self.outer(body).start:self.outer(body).end]}")
        return tree.Derivative(body, wrt, self.span(partial, body))

    def order(self) -> int:
        caret = self.advance()
        items = self.script_items(caret)
        if len(items) != 1 or items[0].kind != "number" or items[0].text not in ("2", "3"):
            self.fail("the order of a derivative is 2 or 3", caret.start)
        return int(items[0].text)

    def derivative_subject(self, closing: int) -> tree.Node:
        r"""What ``\frac{\partial J}{...}`` differentiates; ``J(\theta)`` names the cost by its arguments."""
        token = self.peek()
        after = self.peek(1)
        if token.kind == "lbrace" and self.partner.get(self.position) == closing - 1 and after.kind in ("name", "word"):
            # \partial{J(\theta)}: TeX's braces around the subject group it, as \partial{\theta_j} below
            self.advance()
            subject = self.derivative_subject(closing - 1)
            if self.position == closing - 1:
                self.advance()
                return subject
            self.fail(f"unexpected {self.describe(self.peek())} in the braces of the derivative's subject",
                      self.peek().start)
        labelled = self.label_script_end(self.position + 1)
        if (self.heading and token.kind == "name" and labelled is not None and token.text not in vocab.FIXED_NAMES
                and token.text not in self.names and token.text != vocab.PREDICTION):
            follower = self.tokens[labelled] if labelled < len(self.tokens) else None
            if follower is not None and follower.kind == "open" and follower.text == "(" and labelled in self.partner:
                labelled = self.partner[labelled] + 1
            if labelled == closing:
                # \partial L_{reg}, \partial E_{in}(w): the cost by its name, its subscript a label as on its own left side
                brace = self.position + 2
                label = self.source[self.tokens[brace].end:self.tokens[self.partner[brace]].start]
                self.subject_part = (self.tokens[self.position + 1].start, label)
                self.position = closing
                return tree.Variable(token.text, Span(token.start, token.end))
        listed = self.parameters_below_end(self.position + 1)
        if (self.heading and token.kind == "name" and listed == closing and token.text not in vocab.FIXED_NAMES
                and token.text not in self.names and token.text != vocab.PREDICTION):
            # \partial E_{(w, b)} (the 西瓜书's error, CSDN's derivation of it): the parameters listed below the
            # name are its arguments written low, E(w, b); an index below it (E_{(i)}) is not read so
            written = self.source[token.start:self.tokens[closing - 1].end]
            self.note(f"{written}: the parameters in brackets below the name are its arguments, read as "
                      f"{token.raw}({written[written.index('(') + 1:written.rindex(')')].strip()})")
            self.position = closing
            return tree.Variable(_objective_name(token.text), Span(token.start, token.end))
        if (self.heading and token.kind == "name" and self.decorated_name_end(self.position + 1) == closing
                and token.text not in vocab.FIXED_NAMES and token.text not in self.names
                and token.text != vocab.PREDICTION and not self.used_after_equals(token.text)):
            # \partial S_\epsilon^2 (the residual sum S_ε² of least squares): the cost by its decorated name, as its
            # own left side S_\epsilon^2 = … reads it; a letter the right side uses is a quantity, its script a power
            written = self.source[token.start:self.tokens[closing - 1].end]
            if token.raw == "J" and all(t.kind in ("number", "lbrace", "rbrace") or self.is_op(t, "^")
                                        for t in self.tokens[self.position + 1:closing]):
                # \partial J^2 with no subscript: J, the cost's letter, to a power, whose derivative is 2J·∂J/∂…; read
                # as a name's decoration, the ² was dropped and (1/m)Σ… judged "equivalent" (audit26c). S², a sum
                # of squares by its name (S_\epsilon^2), stays the cost's name
                self.fail(f"'{written}' after the derivative is {token.raw} to a power, whose derivative is not "
                          f"{token.raw}'s own, or a name of the cost with a number above it: not read",
                          token.start, hint=f"write \\frac{{\\partial {token.raw}}}{{\\partial …}} = … for "
                                            f"{token.raw}'s derivative, or give the right side alone")
            self.note(f"'{written}' after the derivative is a letter with decorations the right side does not use: "
                      f"it names the cost, read as ∂{token.raw}/∂…")
            self.position = closing
            return tree.Variable(token.text, Span(token.start, token.end))
        if token.kind == "word" and self.position + 1 == closing and token.text not in vocab.FUNCTIONS and token.text != "mean":
            # \partial \text{MSE}: the cost, by its name in words
            self.position = closing
            return tree.Variable(token.text, Span(token.start, token.end))
        if (
            token.kind in ("name", "word")
            and after.kind == "open"
            and after.text == "("
            and self.partner[self.position + 1] == closing - 1
            and token.text not in vocab.FIXED_NAMES
            and token.text not in self.names
            and token.text != vocab.PREDICTION
        ):
            # J(\theta), L(w, b): the arguments only say what the cost depends on
            if self.heading and any(t.kind == "name" and t.text == vocab.EXAMPLE_INDEX
                                    for t in self.tokens[self.position + 2:closing - 1]):
                # L(\hat{y}_i, y_i), E(x_i), E(i): example i's loss, as \partial E^{(i)} names it
                self.subject_example = token.start
            self.position = closing
            return tree.Variable(_objective_name(token.text), Span(token.start, token.end))
        if self.heading and self.position + 1 < closing:
            end = closing
            opener = self.position + 2
            while opener < closing and self.tokens[opener].kind == "name":
                opener += 1
            if (opener < closing - 1 and self.tokens[opener].kind == "open" and self.tokens[opener].text == "("
                    and self.partner.get(opener) == closing - 1 and self.tokens[opener].start == self.tokens[opener - 1].end
                    # SS(X): letters applied to the data are not the parameters the cost depends on (refused below)
                    and not any(t.kind == "name" and t.raw in ("x", "X", "y", "Y")
                                for t in self.tokens[opener + 1:closing - 1])):
                # \frac{d}{da_{0}}MSE(a_{0}, a_{1}) = (Dataquest's answer): the letters' name applied to the
                # parameters, whose arguments only say what the cost depends on, as J(\theta) above
                end = opener
            letters = self.tokens[self.position:end]
            if all(t.kind == "name" and len(t.raw) == 1 and t.raw.isascii() and t.raw.isalpha() for t in letters) and all(
                    later.start == earlier.end for earlier, later in zip(letters, letters[1:])):
                word = "".join(t.raw for t in letters)
                if word not in vocab.FUNCTIONS and word not in vocab.WORDS and word not in vocab.FIXED_NAMES:
                    # \frac{\partial MSE}{\partial b} =: the cost by its name in letters, as MSE = … names it
                    self.position = closing
                    return tree.Variable(word, Span(letters[0].start, letters[-1].end))
        saved = self.stop
        self.stop = closing
        self.enter(token)
        subject = self.expression()
        self.leave()
        self.expect_end()
        self.stop = saved
        return subject

    def decorated_name_end(self, position: int) -> int | None:
        r"""Where the scripts of a name starting at ``position`` end: ``_\epsilon^2``, ``^2``, ``_{tot}``; else None.

        Each script one number or letters that index nothing (not i, j, k, l, not a parameter, not an
        example's mark, no letter the right side uses): a decoration of a name, not an index or a variable.
        """
        at, end = position, None
        while at + 1 < len(self.tokens) and self.is_op(self.tokens[at], "_", "^"):
            items = self.braced_items(at + 1)
            if not items or not all(
                    (t.kind == "number" and self.tokens[at].text == "^")
                    or (t.kind == "name" and t.text not in vocab.INDEX_LETTERS and t.text not in vocab.FIXED_NAMES
                        and t.text not in self.names and t.text not in _PARAMETER_DECORATIONS
                        and not self.used_after_equals(t.text))  # S_a beside a slope a: a's, not a decoration
                    for t in items):
                return None
            at = self.partner.get(at + 1, at + 1) + 1
            end = at
        return end

    def used_after_equals(self, letter: str) -> bool:
        """Whether a name ``letter`` appears after the first top-level ``=`` (on the right side of the text)."""
        equals = _equals_signs(self.tokens)
        return bool(equals) and any(t.kind == "name" and t.text == letter for t in self.tokens[equals[0] + 1:])

    def label_script_end(self, position: int) -> int | None:
        r"""Where a label subscript starting at ``position`` ends: ``_{reg}``, ``_{in}`` (two letters or more, a word).

        On a left side a multi-letter subscript names the cost (``L_{reg}``,
        ``E_{in}``, ``J_{ridge}``), as the cost's own left side reads it; a
        subscript of index letters only (``_{ij}``) is none.
        """
        if not (position + 1 < len(self.tokens) and self.is_op(self.tokens[position], "_")
                and self.tokens[position + 1].kind == "lbrace" and position + 1 in self.partner):
            return None
        closed = self.partner[position + 1]
        inner = self.tokens[position + 2:closed]
        if not inner and _WORDED_LABEL.fullmatch(self.source, self.tokens[position + 1].end, self.tokens[closed].start):
            return closed + 1  # L_{\text{L2}}: a label in words, dropped as its own left side drops it
        if len(inner) < 2 or not all(t.kind == "name" and len(t.raw) == 1 and t.raw.isascii() and t.raw.isalpha() for t in inner):
            return None
        if all(t.text in vocab.INDEX_LETTERS for t in inner) or any(b.start != a.end for a, b in zip(inner, inner[1:])):
            return None
        return closed + 1

    def parameters_below_end(self, position: int) -> int | None:
        r"""Where ``_{(w, b)}`` starting at ``position`` ends: the parameters listed in brackets as a subscript.

        Only the parameter vectors (θ, w, β) and the intercept b, at least one vector among them: a bracket of
        anything else below a name (``E_{(i)}``, ``E_{(x, y)}``, ``E_{(W, b)}``) is an index or another quantity.
        """
        if not (position + 1 < len(self.tokens) and self.is_op(self.tokens[position], "_")
                and self.tokens[position + 1].kind == "lbrace" and position + 1 in self.partner):
            return None
        closed = self.partner[position + 1]
        inner = self.tokens[position + 2:closed]
        if (len(inner) < 3 or inner[0].kind != "open" or inner[0].text != "("
                or self.partner.get(position + 2) != closed - 1):
            return None
        names = [t for t in inner[1:-1] if not self.is_op(t, ",")]
        if len(inner[1:-1]) != 2 * len(names) - 1 or not all(
                t.kind == "name" and t.text in vocab.PARAMETER_VECTORS | {"b"} for t in names):
            return None
        if not any(t.text in vocab.PARAMETER_VECTORS for t in names) or len({t.text for t in names}) != len(names):
            return None
        return closed + 1

    # -- the left side of '=' --

    def braced_cost_name(self) -> int | None:
        r"""Where ``\left\{`` … ``\right\}`` around a gradient's cost name closes (``\nabla_\theta \left\{L(\theta)\right\}``), or None.

        Only a brace holding the name and its bracket of arguments counts: then the
        braces group, as \nabla(J)'s parentheses do; any other content is left to refuse.
        """
        opened = self.peek()
        if opened.kind != "open" or opened.text != "{" or self.position not in self.partner:
            return None
        closed = self.partner[self.position]
        name = self.position + 1
        if self.tokens[name].kind not in ("name", "word"):
            return None
        arguments = name + 1
        if arguments == closed:
            return closed
        if (self.tokens[arguments].kind == "open" and self.tokens[arguments].text == "("
                and self.partner.get(arguments) == closed - 1):
            return closed
        return None

    def gradient_head(self, nabla: _Token) -> tuple[str, _Token, tree.Variable | None]:
        r"""``\nabla_\theta J(\theta) =``, ``\nabla(J)_j =``, ``\nabla_{\theta_j} J =``: the gradient's left side, read as ∂J/∂θⱼ.

        The parameters are the subscript's (``\nabla_\theta``), the argument's
        (``\nabla J(\theta)``), or, for ``\nabla(J)_j``, the one parameter vector the
        answer names; the entry is j unless a subscript says otherwise (with a note).
        """
        self.advance()
        parameter: str | None = None
        entry: str | None = None
        script = self.peek()
        if self.is_op(script, "_"):
            self.advance()
            items = self.script_items(script)
            if len(items) == 3 and self.is_op(items[1], "_") and items[2].kind in ("name", "number"):
                entry = items[2].text  # \nabla_{\theta_j}: one entry, by its own subscript
                items = items[:1]
            if len(items) == 1 and entry is None and self.scalar_argument(items[0].text):
                return self.scalar_gradient_head(nabla, items[0])
            if (len(items) == 1 and entry is None and items[0].kind == "name" and items[0].text == _BIAS
                    and self.peek().kind == "end"
                    and "".join(self.source[nabla.end:items[0].end + 1].split()) in ("_b", "_{b}", "_b=")):
                return self.bare_bias_head(nabla, items[0])
            if len(items) != 1 or items[0].text not in vocab.PARAMETER_VECTORS:
                self.fail("the gradient is taken with respect to a parameter vector", script.start, hint="write \\nabla_\\theta J =")
            parameter = items[0].text
        name = self.peek()
        if name.kind == "end" and parameter is not None:
            return self.bare_gradient_head(nabla, parameter, entry)
        if parameter is not None and self.is_op(name, "^") and self.example_mark_at(self.position + 1) \
                and self.partner[self.position + 1] + 1 == self.stop:
            # \nabla_\beta^{(i)} = …: the gradient for one observation, example i's term (the body says i)
            self.position = self.partner[self.position + 1] + 1
            return self.bare_gradient_head(nabla, parameter, entry, example=True)
        wrapped = False
        if name.kind == "open" and name.text == "(" and self.partner[self.position] == self.position + 2:
            self.advance()  # \nabla(J)
            name = self.peek()
            wrapped = True
        braced = self.braced_cost_name()
        if braced is not None:
            self.advance()  # \nabla_\theta \left\{\mathcal{L}(\theta; y, X)\right\}: the braces only group
            name = self.peek()
        if name.kind not in ("name", "word") or name.text in vocab.FIXED_NAMES:
            self.fail("the left side \\nabla ... names the cost", name.start, hint="write \\nabla_\\theta J(\\theta) =")
        self.advance()
        if wrapped:
            self.advance()
        labelled = self.label_script_end(self.position)
        if labelled is not None:
            self.position = labelled  # \nabla E_{in}(w): the subscript is the cost's label
        follower = self.peek()
        if follower.kind == "open" and follower.text == "(":
            inner = self.tokens[self.position + 1 : self.partner[self.position]]
            if parameter is None and len(inner) == 1 and inner[0].text in vocab.PARAMETER_VECTORS:
                parameter = inner[0].text  # \nabla J(\theta)
            self.position = self.partner[self.position] + 1
        if braced is not None:
            self.position = braced + 1
        script = self.peek()
        if self.is_op(script, "_") and entry is None:
            self.advance()
            items = self.script_items(script)  # \nabla(J)_j: entry j of the gradient
            if len(items) != 1 or not (items[0].text.isdigit() or items[0].text in vocab.FEATURE_INDICES):
                self.fail("the entry of a gradient is a feature index (j) or a number", script.start, hint="write \\nabla(J)_j =")
            entry = items[0].text
        self.expect_end()
        if parameter is None:
            named = sorted({t.text for t in self.tokens if t.kind == "name" and t.text in vocab.PARAMETER_VECTORS})
            if not named and entry is None:
                return self.gradient_by_wrt(nabla, name)
            if len(named) != 1:
                self.fail("say which parameters the gradient is taken by", nabla.start, hint="write \\nabla_\\theta J =")
            parameter = named[0]
        # \nabla(J)_k is ∂J/∂θ_k, as \frac{\partial J}{\partial \theta_k} is: the checker holds k to --wrt as it
        # holds that one's (a letter renamed is the same entry, not a refusal)
        feature = vocab.WRT_INDEX if entry is None else entry
        shown = {"theta": "θ", "beta": "β"}.get(parameter, parameter)
        written = self.source[nabla.start:self.tokens[self.position - 1].end]
        index = {"j": "ⱼ", "k": "ₖ", "l": "ₗ"}.get(feature, "_" + feature)
        if entry is None:
            self.note(f"{written} is read entry by entry: ∂{name.text}/∂{shown}ⱼ")
        else:
            self.note(f"{written} is read as ∂{name.text}/∂{shown}{index}")
        return name.text, name, tree.Variable(parameter, Span(nabla.start, name.end), feature=feature)

    def scalar_argument(self, letter: str) -> bool:
        r"""Whether ``letter`` of ``\nabla_b L(w, b)`` is a scalar the cost's own arguments name beside the rest.

        Only a single letter with no fixed meaning (not θ, w, x, X, y, m, n), listed among the arguments of the
        cost named right after the subscript: the page says L depends on b, and a letter with no index is a number.
        """
        if len(letter) != 1 or not letter.isalpha() or letter in vocab.FIXED_NAMES or letter == vocab.DATA_MATRIX:
            return False
        name = self.position
        if self.tokens[name].kind not in ("name", "word") or self.tokens[name].text in vocab.FIXED_NAMES:
            return False
        opened = name + 1
        if self.tokens[opened].kind != "open" or self.tokens[opened].text != "(" or opened not in self.partner:
            return False
        inside = self.tokens[opened + 1:self.partner[opened]]
        names = [token.text for token in inside if token.kind in ("name", "word")]
        return letter in names and len(names) > 1 and all(token.kind in ("name", "word") or token.text == ","
                                                          for token in inside)

    def scalar_gradient_head(self, nabla: _Token, letter: _Token) -> tuple[str, _Token, tree.Variable]:
        r"""``\nabla_b L(w,b) =``: the gradient by a scalar the cost takes as an argument is its derivative ∂L/∂b."""
        name = self.tokens[self.position]  # scalar_argument saw a name, its '(' next
        self.advance()
        self.position = self.partner[self.position] + 1  # L(w, b): the arguments say what L depends on
        self.expect_end()
        written = self.source[nabla.start:self.tokens[self.position - 1].end]
        self.note(f"{written} is by the scalar {letter.text}, an argument of {name.text}: read as the derivative "
                  f"∂{name.text}/∂{letter.text}")
        return name.text, name, tree.Variable(letter.text, Span(letter.start, letter.end))

    def bare_bias_head(self, nabla: _Token, letter: _Token) -> tuple[str, _Token, tree.Variable]:
        r"""``\nabla_b = …``: the gradient by the bias b alone on the left, beside ``\nabla_{\mathbf{w}} = …``: ∂J/∂b.

        Notes give the two parts of the gradient of a model w·x + b one after the other (Indonesian notes:
        ``\nabla_{\mathbf{w}}=\frac{1}{m}\mathbf{X}^\top(\mathbf{p}-\mathbf{y})``, ``\nabla_b=\frac{1}{m}\sum_{i}
        (p_i-y_i)``). The bias b is one number, so its gradient is the derivative of the cost by it; only b (the
        bias's letter) and only with nothing after the subscript but the ``=`` (no cost named, no index).
        """
        written = self.source[nabla.start:letter.end]
        self.note(f"{written} names no cost and is by the bias b, one number: read as the derivative of the cost "
                  "∂J/∂b")
        return "J", nabla, tree.Variable(letter.text, Span(letter.start, letter.end))

    def bare_gradient_head(self, nabla: _Token, parameter: str, entry: str | None,
                           example: bool = False) -> tuple[str, _Token, tree.Variable]:
        r"""``\nabla_\beta = …``: the gradient by the parameters with no cost named after it: the cost's, noted.

        Blogs write the operator alone on the left ("the gradient … w.r.t. β is ∇_β = …"); by parameters it names,
        it can only be the gradient of the cost the answer is checked against.
        """
        written = self.source[nabla.start:self.tokens[self.position - 1].end]
        shown = {"theta": "θ", "beta": "β"}.get(parameter, parameter)
        feature = vocab.WRT_INDEX if entry is None else entry
        index = {"j": "ⱼ"}.get(feature, "_" + feature)
        if example:
            self.note(f"{written} names the gradient of example i's term alone (one observation's), not of the "
                      f"cost: it is checked as ∂J/∂{shown}{index}, the gradient of the whole cost")
        else:
            self.note(f"{written} names no cost: read as the gradient of the cost, entry by entry ∂J/∂{shown}{index}")
        return "J", nabla, tree.Variable(parameter, Span(nabla.start, self.tokens[self.position - 1].end), feature=feature)

    def partial_head(self, partial: _Token) -> tuple[str, _Token, tree.Variable]:
        r"""``\partial_b\mathcal{L} =``, ``\partial_{w_j} J =``: the shorthand ∂_b L for ∂L/∂b, on the left side."""
        self.advance()
        script = self.advance()
        items = self.script_items(script)
        if len(items) == 3 and self.is_op(items[1], "_") and items[2].kind in ("name", "number"):
            variable = tree.Variable(items[0].text, Span(items[0].start, items[2].end), feature=items[2].text)
        elif len(items) == 1 and items[0].kind == "name":
            variable = tree.Variable(items[0].text, Span(items[0].start, items[0].end))
        else:
            self.fail(r"'\partial_' needs the variable differentiated by", script.start, hint=r"write \partial_b J = or \partial_{w_j} J =")
        name = self.peek()
        if name.kind not in ("name", "word") or name.text in vocab.FIXED_NAMES:
            self.fail(r"the left side \partial_… names the cost", name.start, hint=r"write \partial_b J =")
        self.advance()
        follower = self.peek()
        if follower.kind == "open" and follower.text == "(":
            self.position = self.partner[self.position] + 1  # \partial_b L(w, b): the arguments say what L depends on
        self.expect_end()
        written = self.source[partial.start:self.tokens[self.position - 1].end]
        self.note(f"{written} is read as the derivative ∂{name.text}/∂{self.source[variable.span.start:variable.span.end]}")
        return name.text, name, variable

    def gradient_by_wrt(self, nabla: _Token, name: _Token) -> tuple[str, _Token, None]:
        r"""``\nabla\ell = A^T(\sigma - y)``: a gradient that names no parameters is by the cost's, those --wrt names.

        Only when the text writes no parameter vector at all (with one, ``\nabla J`` is by it;
        with two, it is refused): the left side then names the cost, not a variable.
        """
        written = self.source[nabla.start:self.tokens[self.position - 1].end]
        self.note(conventions.unnamed_gradient_note(written))
        return name.text, name, None

    def likelihood_arguments(self, offset: int) -> bool:
        r"""Whether ``(`` at ``offset`` tokens ahead opens the parameters only (``L(\boldsymbol{\beta})``), then ``=``'s end.

        Asked only after the likelihood's letter L: ``\log P(\theta)`` stays an undefined function, refused.
        """
        opening = self.peek(offset - 1)
        if opening.kind != "open" or opening.text != "(":
            return False
        start = self.position + offset - 1
        closer = self.partner.get(start)
        if closer is None or self.peek(closer + 1 - self.position).kind != "end":
            return False
        inside = [t for t in self.tokens[start + 1:closer] if t.kind not in ("open", "close", "comma")]
        return bool(inside) and all(t.kind == "name" and vocab.canonical_name(t.text) in vocab.PARAMETER_VECTORS | {"b"}
                                    for t in inside)

    def cost_word(self, token: _Token) -> _Token:
        """``MSE =``, ``mse =``, ``Cost(w,b) =``: letters written together on a cost's left side are one name, as in plain notation.

        Only ASCII letters written without a space between them, and never a word of the
        notation (``h``, ``log``): ``J`` alone stays ``J``.
        """
        letters = [token]
        while True:
            following = self.peek()
            if not (following.kind == "name" and following.start == letters[-1].end and len(following.raw) == 1
                    and following.raw.isascii() and following.raw.isalpha()):
                break
            letters.append(following)
            self.advance()
        if len(letters) == 1:
            return token
        if not all(len(letter.raw) == 1 and letter.raw.isascii() and letter.raw.isalpha() for letter in letters):
            self.fail("the left side of '=' names the cost", token.start, hint="write J(\\theta) = ..., or \\text{MSE} = ...")
        word = "".join(letter.raw for letter in letters)
        if word in vocab.FUNCTIONS or word in vocab.WORDS or word in vocab.FIXED_NAMES:
            self.fail("the left side of '=' names the cost", token.start, hint="write J(\\theta) = ..., or only the cost")
        return token._replace(text=word, raw=word, end=letters[-1].end)

    def refuse_scaled_cost(self, node: tree.Derivative) -> None:
        r"""Refuse ``\frac{\partial (mJ)}{\partial w_j}``: a count letter glued before the cost's one-letter name.

        It is m times the cost J, whose derivative is m·∂J/∂wⱼ, unless mJ names a cost of its own: the two differ
        by the factor m, so neither is taken (as ``mJ(w) =`` on a cost's left side, :func:`_refuse_scaled_head`).
        """
        written = self.source[node.body.span.start:node.body.span.end]
        glued = re.fullmatch(r"[\s(]*(?:\\[,;:! ]\s*)*(?P<count>[A-Za-z])(?P<letter>[A-Z])(?:\([^()]*\))?[\s)]*", written)
        if glued is None or glued.group("count") not in vocab.COUNT_LETTERS:
            return
        count, letter = glued.group("count"), glued.group("letter")
        self.fail(
            f"'{written.strip()}' after the derivative is {count}·{letter}: the derivative of {count} times the cost "
            f"{letter} ({count}·∂{letter}/∂…), or of a cost named {count}{letter}; the two differ by the factor {count}",
            node.body.span.start,
            hint=f"write \\frac{{\\partial {letter}}}{{\\partial …}} = … for {letter}'s derivative, or give the right "
                 "side alone",
        )

    def worded_cost_of(self, node: tree.Derivative) -> str | None:
        r"""``\frac{\partial}{\partial\beta} SS(\beta) =``: the cost the operator applies to, named by letters written together.

        Letters glued into a word (SS, RSS, MSE), optionally applied to the parameters it differentiates by,
        name the cost as ``SS(\beta) =`` does on a cost's own left side (:meth:`cost_word`); noted. Any other
        body stays refused.
        """
        written = self.source[node.body.span.start:node.body.span.end]
        named = re.fullmatch(r"(?P<word>[A-Za-z]{2,})(?:\((?P<inside>[^()]*)\))?", written)
        if named is None:
            return None
        word = named.group("word")
        self.refuse_scaled_cost(node)
        if word.lower() in vocab.FUNCTIONS or word in vocab.WORDS or word in vocab.FIXED_NAMES or word in self.names:
            return None
        inside = named.group("inside")
        if inside is not None:
            letters = [part.strip().lstrip("\\") for part in inside.split(",")]
            if not all(vocab.canonical_name(letter) in vocab.PARAMETER_VECTORS | {"b"} for letter in letters):
                return None
        self.note(f"'{written}' after the derivative names the cost: read as ∂{word}/∂…, the derivative of the cost")
        return word

    def head(self, *, what: str) -> tuple[str, Token, tree.Variable | None]:
        r"""The left side of ``=``: ``J(\theta)``, ``\mathcal{L}``, ``h_\theta(x)``, ``\frac{\partial J}{\partial\theta_j}``.

        Returns the name, its token, and for a derivative the variable differentiated by.
        """
        token = self.peek()
        example = "J(\\theta) =" if what == "cost" else "h = ..."
        if token.kind == "nabla" and what == "cost":
            return self.gradient_head(token)
        if token.kind == "partial" and what == "cost" and self.is_op(self.peek(1), "_"):
            return self.partial_head(token)
        if token.kind == "frac" and what == "cost":
            self.advance()
            if self.derivative_ahead():
                # only the left side names the cost by a bare word after the operator: a body's
                # \frac{\partial}{\partial\beta} y_i … differentiates the product after it
                self.heading = True
                try:
                    node = self.derivative(token)
                finally:
                    self.heading = False
                self.expect_end()
                if isinstance(node, tree.Derivative):
                    self.refuse_scaled_cost(node)
                if isinstance(node, tree.Derivative) and isinstance(node.body, tree.Variable):
                    if node.body.example is not None:
                        # ∂E⁽ⁱ⁾/∂b names one example's cost, not the sum the cost is: a checker decides what it means
                        self.subject_example = node.body.span.start
                    return node.body.name, token, node.wrt
                likelihood = _likelihood_name(node)
                if likelihood is not None:
                    assert isinstance(node, tree.Derivative), "_likelihood_name reads a name only of a derivative"
                    # \frac{\partial\ln L}{\partial\beta}: the derivative of the log-likelihood ln L (or ln L(β))
                    self.note(f"{self.source[node.body.span.start:node.body.span.end]} in the derivative names the cost: "
                              "the log-likelihood")
                    return likelihood, token, node.wrt
                worded = self.worded_cost_of(node) if isinstance(node, tree.Derivative) else None
                if worded is not None:
                    assert isinstance(node, tree.Derivative), "worded_cost_of is asked only of a derivative, just above"
                    return worded, token, node.wrt
            self.fail("the left side of '=' names the cost", token.start, hint=f"write {example} or \\frac{{\\partial J}}{{\\partial \\theta_j}} =")
        if what == "cost" and token.kind == "function" and token.text == "log" \
                and self.peek(1).kind == "name" and (self.peek(2).kind == "end" or self.peek(1).text == "L"
                                                     and self.likelihood_arguments(3)):
            # \ln L = …: the log-likelihood, named by the log of the likelihood L (statsmodels); log L(\beta) = …
            # (sugiaki's notes) says what L depends on, as J(\theta) does
            self.advance()
            name = self.advance()
            end = name.end
            if self.peek().kind != "end":
                closer = self.partner[self.position]
                end = self.tokens[closer].end
                self.position = closer + 1
            self.note(f"{self.source[token.start:end]} on the left side names the cost: the log-likelihood")
            return name.text, name, None
        if token.kind not in ("name", "word", "hat"):
            self.fail(f"the left side of '=' names the {what}", token.start, hint=f"write {example}")
        self.advance()
        if what == "cost":
            token = self.cost_word(token)
        following = self.peek()
        if (what != "cost" and token.kind == "name" and token.text in vocab.SUBSCRIPTED_MODELS
                and following.kind == "name" and following.raw in _GLUED_PARAMETER_LETTERS
                and self.peek(1).kind == "open" and self.peek(1).text == "(" and self.peek(1).start == following.end):
            # hθ(x) = … (plain Unicode has no subscript θ): h_θ(x), as the plain reader reads it; θ cannot be
            # called, so h times θ(x) is no reading (noted by notation.read_definitions)
            self.advance()
        per_example = False
        while self.is_op(self.peek(), "_", "^"):
            script = self.advance()
            if self.peek().kind in ("end",):
                self.fail(f"'{script.raw}' needs a script", script.start)
            items = self.braced_items(self.position) or []
            per_example = per_example or [t.text for t in items if t.kind not in ("open", "close")] == [vocab.EXAMPLE_INDEX]
            self.position = self.partner.get(self.position, self.position) + 1
        follower = self.peek()
        arguments = follower.kind == "open" and follower.text == "("
        if follower.kind == "open" and follower.text == "(":
            if what == "cost":
                closer = self.partner[self.position]
                self.declared.update(  # J(\mathbf w, b): what the cost depends on
                    t.text for t in self.tokens[self.position + 1:closer] if t.kind == "name" and t.text in _PARAMETER_DECORATIONS
                )
                self.declared.update(_numbered_components(self.tokens[self.position + 1:closer]))
                self.position = closer + 1
            elif self.example_argument() is None:
                self.fail(
                    "a defined name is a function of the example only: h(x) or h(x^{(i)})",
                    follower.start,
                    hint="write --let 'h_\\theta(x) = \\sigma(\\theta^\\top x)', or name the scalar: --let 'z = ...'",
                )
        self.expect_end()
        problem = vocab.let_name_problem(token.text, token.raw)
        if what != "cost" and per_example and not arguments and token.text in _PER_EXAMPLE_CONSTANTS:
            problem = None  # \lambda_i = \exp(\beta^\top x_i): a Poisson rate per example, not the regularisation λ
        if problem is not None and not (what == "cost" and arguments and token.text in vocab.FEATURE_INDICES):
            # l(\beta_0, \beta_1) = …: a letter applied to the parameters names the cost (a log-likelihood ℓ)
            message, hint = problem
            self.fail(message, token.start, hint=hint)
        return token.text, token, None


#: the Greek parameter letters a let's head hθ(x) writes on the line (typed Unicode, not \\theta)
_GLUED_PARAMETER_LETTERS = frozenset({"θ", "β"})


# --- entry points -----------------------------------------------------------------


def _objective_name(letter: str) -> str:
    """The name an objective written ``letter(θ)`` is read by: a plain l is CS229's ℓ (a bare l is a feature index)."""
    return "ℓ" if letter == "l" else letter


def _numbered_components(tokens: list[_Token]) -> set[str]:
    r"""The numbered components a left side declares: ``J(\theta_0, \theta_{1})`` gives ``theta_0``, ``theta_1``."""
    found = set()
    for at, token in enumerate(tokens):
        if token.kind != "name" or token.text not in vocab.PARAMETER_VECTORS:
            continue
        script = [t for t in tokens[at + 1:at + 5] if t.kind not in ("lbrace", "rbrace")][:2]
        if len(script) == 2 and script[0].kind == "op" and script[0].text == "_" and script[1].kind == "number":
            found.add(f"{token.text}_{script[1].text}")
    return found


def _equals_signs(tokens: list[_Token]) -> list[int]:
    """Indices of the ``=`` outside every bracket."""
    depth = 0
    found = []
    for index, token in enumerate(tokens):
        if token.kind in ("open", "lbrace"):
            depth += 1
        elif token.kind in ("close", "rbrace"):
            depth -= 1
        elif depth == 0 and token.kind == "op" and token.text == "=":
            found.append(index)
    return found


def _signed_groups(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""``a {+ b}``, ``(…)^2 \overbrace{\red{+ \lambda …}}^{label}``: a brace group opening with its sign after a term.

    TeX sets ``a {+ b}`` as a + b, and that is what a reader sees (the post
    braces the penalty to label and colour it); read as a group the braces would
    make a product a·(+b). So the braces (nested ones too) are dropped and the
    term continues the sum, noted. Only after a letter, a number, a closing
    bracket or a script's closing brace: after ``^``, a function or a fraction's
    part the braces are an argument.
    """
    result = list(tokens)
    k = 1
    while k < len(result) - 1:
        first = k
        while first < len(result) and result[first].kind == "lbrace":
            first += 1
        if (first > k and result[first].kind == "op" and result[first].text in ("+", "-")
                and _ends_a_term(result, k - 1)):
            closes = [_closing_brace(result[opening:]) for opening in range(k, first)]
            if all(close > 0 for close in closes):
                outer = k + closes[0]
                tokenizer.note(f"'{source[result[k].start:result[outer].end]}': a braced group that opens with its "
                               f"sign after a term continues the sum, as TeX sets it (a {{+ b}} is a + b)")
                dropped = set(range(k, first)) | {opening + close for opening, close in zip(range(k, first), closes)}
                result = [token for index, token in enumerate(result) if index not in dropped]
        k += 1
    return result


def _ends_a_term(tokens: list[_Token], index: int) -> bool:
    """Whether ``tokens[index]`` ends a term: a letter, a number or a closing bracket, or a script on one.

    A script of \\sum (``\\sum_{i=1}^{m}``) ends no term: a group after it is the summand.
    """
    while index >= 0:
        token = tokens[index]
        begin = index
        if token.kind == "rbrace":
            depth = 0
            for begin in range(index, -1, -1):
                depth += {"rbrace": 1, "lbrace": -1}.get(tokens[begin].kind, 0)
                if depth == 0:
                    break
        elif token.kind not in ("name", "number", "close"):
            return False
        if begin > 0 and tokens[begin - 1].kind == "op" and tokens[begin - 1].text in ("^", "_"):
            index = begin - 2  # a script: what ends the term is its base
            continue
        return token.kind != "rbrace"  # a brace group of its own (a fraction's part) is an argument
    return False


def _bracketed_components(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""``[x_n]_m``, ``[\mathbf{x}_n]_j``: entry m of the vector x_n (Bishop's notation), read as x_{n,m}, noted.

    Only a bracket holding x with one index letter, followed by one index letter: the bracket then
    selects an entry of the example's vector, the way x_{n,m} writes it.
    """
    def index_at(k: int) -> tuple[_Token, int] | None:
        """The index letter at ``k`` (``n`` or ``{n}``) and where what follows it starts."""
        if tokens[k].kind == "name" and len(tokens[k].text) == 1:
            return tokens[k], k + 1
        if (tokens[k].kind == "lbrace" and k + 2 < len(tokens) and tokens[k + 1].kind == "name"
                and len(tokens[k + 1].text) == 1 and tokens[k + 2].kind == "rbrace"):
            return tokens[k + 1], k + 3
        return None

    out: list[_Token] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        if (token.kind == "open" and token.text == "[" and k + 3 < len(tokens) and tokens[k + 1].kind == "name"
                and tokens[k + 1].text == "x" and tokens[k + 2].kind == "op" and tokens[k + 2].text == "_"):
            example = index_at(k + 3)
            if example is not None and example[1] + 2 < len(tokens):
                close, under = tokens[example[1]], tokens[example[1] + 1]
                if close.kind == "close" and close.text == "]" and under.kind == "op" and under.text == "_":
                    entry = index_at(example[1] + 2)
                    if entry is not None and entry[0].text != example[0].text:
                        name, (first, _), (second, after) = tokens[k + 1], example, entry
                        comma = _Token("op", ",", close.start, close.end, ",")
                        out += [name, tokens[k + 2], _Token("lbrace", "{", first.start, first.start, "{"), first, comma,
                                second, _Token("rbrace", "}", second.end, second.end, "}")]
                        tokenizer.note(f"'{source[token.start:tokens[after - 1].end]}' "
                                       f"is entry {second.raw} of the vector x_{first.raw}: read as "
                                       f"x_{{{first.raw},{second.raw}}}")
                        k = after
                        continue
        out.append(token)
        k += 1
    return out


def _prepare(
    source: str, start: int, end: int, names: Collection[str], functions: Collection[str] = ()
) -> tuple[_Parser, list[int]]:
    check_size(source, start, end, openers="([{", closers=")]}")
    # \quad \lambda = \text{Regularization parameter}: words saying what a symbol is, no mathematics (glosses)
    end, gloss = glosses.set_aside_trailing_gloss(source, start, end, {*names, *functions})
    tokenizer = _Tokenizer(source, start, end, frozenset(names))
    if gloss is not None:
        tokenizer.note(gloss)
    tokens = _braced_scripts(source, _doubled_braces_as_one(_aligned_sides(source, _unwrap(source, tokenizer.run()))),
                             tokenizer)
    _refuse_a_sum_in_bare_braces(source, tokens)
    tokens = _log_of_products(source, tokens, tokenizer)
    tokens = _primes(source, _inner_products(source, _iterate_marks(source, tokens, tokenizer), tokenizer), tokenizer,
                     functions)
    tokens = _signed_groups(source, _glued_sum_limits(source, _glued_example_index(source, tokens, tokenizer), tokenizer),
                            tokenizer)
    tokens = _feature_map(source, tokens, tokenizer)
    tokens = _delta_fractions_as_partial(_delta_for_partial(tokens, tokenizer), tokenizer)
    tokens, condition = _drop_side_condition(source, tokens)
    if condition is None:
        tokens, condition = _drop_index_range(source, tokens)
    read_to = tokens[-2].end if len(tokens) > 1 else start
    for forall in tokenizer.foralls:
        if forall < read_to or condition is None:
            _fail("'\\forall' is read only after the formula, as the range of its component index", source, forall,
                  hint="end the formula with it, e.g. … x_j^{(i)} \\quad \\forall j, or drop it")
    tokens = _example_mark_below(source, _example_mark_then_transpose(source, tokens, tokenizer), tokenizer)
    tokens = _example_mark_on_the_line(source, tokens, tokenizer, names)
    tokens = _scripts_in_order(_unbrace_scripted_names(tokens))
    tokens = _bracketed_components(source, tokens, tokenizer)
    if tokens[0].kind == "end":
        _fail("there is nothing to read", source, start, hint="write a formula, e.g. -y\\log h - (1-y)\\log(1-h)")
    tokens, rows = _rows_of_the_data_matrix(tokens, names)
    tokens = _uncrossed_sum_body(source, tokens, tokenizer)
    tokens, closed = _close_argument_brackets(tokens)
    # before the brackets are paired: the transpose's tokens move the ones after them
    tokens = _primed_transposes(source, _bracketed_vector_transposed(source, tokens, tokenizer), tokenizer)
    partner = _check_brackets(source, tokens)
    _refuse_primed_beside_plain(source, tokens)
    omega = conventions.omega_is_w(tokens, names)
    if omega:  # \omega_j with no w written: the weights (conventions)
        tokens = [token._replace(text="w") if token.kind == "name" and token.text == "omega" else token
                  for token in tokens]
    bishop = _bishop_model(tokens, partner, names)
    if bishop is not None:  # t_i - y(x_i, w): t the target, y(·, w) the model's prediction (Bishop)
        tokens = bishop
        partner = _check_brackets(source, tokens)
    target = conventions.t_is_target(tokens, names, lambda k: _marks_example(tokens, k + 1))
    if target:  # t_n, t^{(i)} with no y written: the target (conventions)
        tokens = [token._replace(text="y") if token.kind == "name" and token.text == "t" else token for token in tokens]
    beside = bishop is None and conventions.t_beside_prediction(
        tokens, names, lambda k: _marks_example(tokens, k + 1), lambda k: _called_after_scripts(tokens, k))
    if beside:  # t_n \ln y_n: t the target, y the prediction (conventions); both renamed at once
        swap = {"t": "y", "y": vocab.PREDICTION}
        tokens = [token._replace(text=swap[token.text]) if token.kind == "name" and token.text in swap else token
                  for token in tokens]
    input_t = not target and not beside and conventions.t_is_input(tokens, names, lambda k: _marks_example(tokens, k + 1))
    if input_t:  # a t_i^2 + b t_i + c - y_i: t the input the model is fitted in, y the target (conventions)
        tokens = [token._replace(text="x") if token.kind == "name" and token.text == "t" else token for token in tokens]
    marked, small_t = _small_t_transposes(tokens, capital=True)
    capital_w = conventions.capital_w_is_w(marked, names, lambda k: _transpose_end(marked, k))
    if not capital_w:  # W^t stays as written (a power, refused as one) unless W is the weights
        marked, small_t = _small_t_transposes(tokens, capital=False)
    tokens = marked
    notes_w = None
    if capital_w:  # W^t x_i beside w^T x_i: the weight vector w, in another case (conventions)
        tokens = [token._replace(text="w") if token.kind == "name" and token.text == "W" else token for token in tokens]
    elif conventions.capital_w_after_data(tokens, names):  # \|XW - y\|^2 + λ\|W\|^2: the weight vector w
        tokens = [token._replace(text="w") if token.kind == "name" and token.text == "W" else token for token in tokens]
        notes_w = conventions.CAPITAL_W_PRODUCT_NOTE
    elif conventions.capital_w_is_w(tokens, names, lambda k: conventions.dot_end(tokens, k)):
        # z = \mathbf{W} \cdot \mathbf{x} + b: W in a dot product with one example x, the weight vector w
        tokens = [token._replace(text="w") if token.kind == "name" and token.text == "W" else token for token in tokens]
        notes_w = conventions.CAPITAL_W_DOT_NOTE
    elif conventions.capital_w_is_w(tokens, names, lambda k: _vector_after_vector(tokens, k)):
        # f(\bold{x}) = \vec{W}\vec{x} + b: W marked a vector, juxtaposed with the vector x (their dot product, as
        # \vec{w}\vec{x} is read): the weight vector w
        tokens = [token._replace(text="w") if token.kind == "name" and token.text == "W" else token for token in tokens]
        notes_w = conventions.CAPITAL_W_VEC_NOTE
    elif conventions.capital_w_vector(tokens, names, lambda k: _transpose_end(tokens, k)):
        # (XW - y)^T(XW - y) + λW^TW: a ridge note's weights W, one column (the cost is a number only so)
        tokens = [token._replace(text="w") if token.kind == "name" and token.text == "W" else token for token in tokens]
        notes_w = conventions.WEIGHTS_AS_IN_COST_NOTE if conventions.WEIGHTS_IN_COST in names \
            else conventions.CAPITAL_W_VECTOR_NOTE
    elif "W" not in names and (place := conventions.weights_matrix_place(tokens)) is not None:
        # ‖XW − Y‖²: W may be one column or a matrix of several outputs (its Frobenius norm); neither is guessed
        _fail("'XW': W may be the weight vector (one output) or a weight matrix (one column per output), and "
              "nothing here says which; a weight matrix is not read", source, tokens[place].start,
              hint="for one output write the weights w: \\|Xw - y\\|^2 (or (XW - y)^T(XW - y), a number only for "
                   "a vector W)")
    listed_w = conventions.capital_w_listed(tokens, names)
    if listed_w is not None:  # J(W,b) = … f_{w,b}(x): the W only lists what the cost depends on, the weights w
        tokens = [token._replace(text="w") if k == listed_w else token for k, token in enumerate(tokens)]
    if (beside_w := conventions.capital_w_beside_w(tokens, names)) is not None:
        _fail(conventions.CAPITAL_W_BESIDE_W, source, tokens[beside_w].start, hint=conventions.CAPITAL_W_BESIDE_W_HINT)
    design = conventions.design_matrix_letter(tokens, names, lambda k: _transposed_at(tokens, k + 1),
                                             lambda k: _transpose_end(tokens, k))
    if design:  # A^T(\sigma - y): a design matrix by another letter, where no X or x is written (conventions)
        tokens = [token._replace(text=vocab.DATA_MATRIX) if token.kind == "name" and token.text == design else token
                  for token in tokens]
    for token in tokens:
        if token.kind == "name" and token.text == "Phi":  # \Phi that is no design matrix: Φ(z), a basis Φ_j
            _fail("unknown command '\\Phi'", source, token.start,
                  hint="\\Phi is read only as the design matrix (\\Phi w - y, \\Phi^T(\\Phi w - y)), where no X is written")
    capitals = conventions.capital_examples(tokens, names, lambda k: _marks_example(tokens, k + 1)
                                            or _feature_of_example(tokens, k + 1) or _bare_example_power(tokens, k + 1))
    argument = "X" not in capitals and _capital_argument(source, tokens, names)
    if argument:  # H_\theta(X) = \theta^T X: the argument X is the example x
        capitals = {**capitals, "X": "x"}
    slipped = not argument and "X" not in capitals and _capital_body(source, tokens, names)
    if slipped:  # h_w(x) = g(w^TX): the body's X is the argument x
        capitals = {**capitals, "X": "x"}
    raised = {token.text for k, token in enumerate(tokens[:-1])
              if token.text in capitals and token.kind == "name" and tokens[k + 1].text == "^"}
    if capitals:  # X_i, Y_i: the i-th example and its label, where X is no data matrix (conventions)
        tokens = [token._replace(text=capitals[token.text]) if token.kind == "name" and token.text in capitals else token
                  for token in tokens]
    parser = _Parser(source, tokens, partner, frozenset(names), frozenset(functions))
    parser.notes.extend(tokenizer.notes)
    if omega:
        parser.note(conventions.OMEGA_NOTE)
    if target:
        parser.note(conventions.TARGET_NOTE)
    if beside:
        parser.note(conventions.TARGET_BESIDE_PREDICTION_NOTE)
    if input_t:
        parser.note(conventions.INPUT_T_NOTE)
    if design:
        parser.note(conventions.design_matrix_note(design))
    for written in rows:
        parser.note(conventions.data_row_note(written))
    if small_t:
        parser.note(conventions.SMALL_T_NOTE)
    if capital_w:
        parser.note(conventions.CAPITAL_W_NOTE)
    if notes_w is not None:
        parser.note(notes_w)
    if listed_w is not None:
        parser.note(conventions.CAPITAL_W_LISTED_NOTE)
    if bishop is not None:
        parser.note("y(x_i, w) is read as the model's prediction h(x⁽ⁱ⁾) (Bishop's notation: y is the model's output "
                    "for the example and the parameters, t the target)")
    for capital in sorted(capitals):
        if capital == "X" and argument:
            parser.note(f"{argument} = …: its argument X is the example x, a function of one example "
                        "(as applied to X^{(i)})")
            continue
        if capital == "X" and slipped:
            parser.note(f"{slipped} = …: its value writes X and no x, so X is its argument x (the case slipped), a "
                        "function of one example; read as the data matrix, the value would not depend on the argument")
            continue
        parser.note(conventions.capital_note(capital, superscript=capital in raised))
    for text in tokenizer.glued:
        parser.note(text)
    for outer, opened, right in closed:
        if outer.kind == "function" and outer.text == "exp":  # \left(1 + \exp(βᵀxᵢ \right): the softplus's exp
            parser.note(f"'{source[outer.start:opened.end]}' is never closed: a ')' is read right before "
                        f"'{right.raw}' (column {right.start + 1}), which closes the \\left( that 1 + exp(…) opens in, "
                        "so the exp's argument is its one inner product: log(1 + exp(…))")
            continue
        if outer.kind == "function":  # log(1 - h(x) \right ]: the cross-entropy's log closed before the \right
            parser.note(f"'{source[outer.start:opened.end]}1 - …' is never closed: read as closed right before "
                        f"'{right.raw}', after its one operand: the log of 1 − that operand (the cross-entropy's second term)")
            continue
        if outer.kind == "lbrace" and right.kind == "close":  # { ( … } ): the crossed pair (its dropped ')')
            parser.note(f"'{source[outer.start:opened.end]}' opens a brace and a bracket together and "
                        f"'{source[right.start - 1:right.end]}' closes them together, crossed: both hold the same "
                        "text, read as one bracket around it")
            continue
        around = "the brace group" if right.kind == "rbrace" else f"the {outer.raw} … {right.raw} pair"
        parser.note(f"'{source[outer.start:opened.end]}' opens a '(' that is never closed: TeX pairs only \\left "
                    f"with \\right, and braces, so it is read as closed where {around} around it ends")
    if condition:
        parser.note(condition)
    return parser, _equals_signs(tokens)


def _rows_of_the_data_matrix(tokens: list[_Token], names: Collection[str]) -> tuple[list[_Token], list[str]]:
    """``A[i,:]^T``, ``X[i,:]``: row i of the data matrix (transposed or not) is x⁽ⁱ⁾, the feature vector of example i.

    For X always; for A or D only where the text writes no X and no x, every A is so
    sliced, and no --let defines it. Returns the tokens with each row as ``x^{(i)}``, and
    how each was written.
    """
    written = {token.text for token in tokens if token.kind == "name"}
    letters = {vocab.DATA_MATRIX}
    if not {"X", "x"} & written:
        letters |= {letter for letter in conventions.DESIGN_LETTERS if letter not in names}
    result: list[_Token] = []
    rows: list[str] = []
    sliced: set[str] = set()
    k = 0
    while k < len(tokens):
        window = tokens[k : k + 6]
        if (len(window) == 6 and window[0].kind == "name" and window[0].text in letters
                and window[1].kind == "open" and window[1].text == "[" and window[2].kind == "name"
                and len(window[2].text) == 1 and window[3].kind == "op" and window[3].text == ","
                and window[4].kind == "op" and window[4].text == ":" and window[5].kind == "close"
                and window[5].text == "]"):
            stop = k + 6
            if stop + 1 < len(tokens) and _transposed_at(tokens, stop):
                stop += 2 if tokens[stop + 1].kind != "lbrace" else 4
            first, last, index = window[0], tokens[stop - 1], window[2]
            at = first.start
            result.extend([
                _Token("name", "x", at, first.end, "x"),
                _Token("op", "^", at, first.end, "^"),
                _Token("lbrace", "{", at, first.end, "{"),
                _Token("open", "(", index.start, index.end, "("),
                index,
                _Token("close", ")", index.start, index.end, ")"),
                _Token("rbrace", "}", last.start, last.end, "}"),
            ])
            rows.append(f"{first.raw}[{index.raw},:]" + ("ᵀ" if stop > k + 6 else ""))
            sliced.add(first.text)
            k = stop
            continue
        result.append(tokens[k])
        k += 1
    # A written whole as well as sliced is no data matrix here: leave the text as it was
    if any(token.kind == "name" and token.text in sliced - {vocab.DATA_MATRIX} for token in result):
        return tokens, []
    return result, rows


def _small_t_transposes(tokens: list[_Token], capital: bool) -> tuple[list[_Token], bool]:
    """``w^t x``, ``W^tx_i``: a superscript t between a vector (or W) and x is the transpose, as ``wᵗx`` in plain text."""
    found = False
    result = list(tokens)
    for k in range(len(tokens) - 3):
        name, caret, mark, after = tokens[k : k + 4]
        if (name.kind == "name" and (name.text in vocab.PARAMETER_VECTORS or capital and name.text == "W")
                and caret.kind == "op" and caret.text == "^" and mark.kind == "name" and mark.raw == "t"
                and after.kind == "name" and after.text in vocab.DATA_VECTORS):
            result[k + 2] = mark._replace(kind="transpose", text="T")
            found = True
    return result, found


def _transpose_end(tokens: list[_Token], k: int) -> int | None:
    """The index after the transpose that follows token ``k`` (``W^T``, ``W^{\\top}``), or None."""
    if not _transposed_at(tokens, k + 1):
        return None
    return k + 5 if tokens[k + 2].kind == "lbrace" else k + 3


def _transposed_at(tokens: list[_Token], at: int) -> bool:
    """Whether the tokens from ``at`` are a transpose's script: ``^T``, ``^\\top``, ``^{T}``, ``^\\mathsf{T}``."""
    if at + 1 >= len(tokens) or tokens[at].kind != "op" or tokens[at].text != "^":
        return False
    mark = tokens[at + 1]
    if mark.kind == "lbrace" and at + 3 < len(tokens) and tokens[at + 3].kind == "rbrace":
        mark = tokens[at + 2]
    return mark.kind == "transpose" or (mark.kind == "name" and mark.text == "T")


def _bracketed_vector_transposed(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""``(\vec\theta)^T\cdot\vec{x^{(i)}}``: brackets round the bare parameter vector alone, transposed, are θᵀ (noted).

    Chinese notes (ken8860's) bracket the arrowed vector before its transpose, ``(\vec\theta)^T``; the bracket holds
    one name and no operation, so it groups nothing and the text says θᵀ. Read as the parameter vector's own
    transpose, which the name's reader takes to a dot product with the vector after it, as it does θᵀx. Only a
    parameter vector with no script of its own inside the brackets; a bracketed sum or product stays a group.
    """
    result: list[_Token] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        window = tokens[k:k + 5]
        # not right after a name or a function: J(\theta)^T, \sigma(\theta)^T are calls, transposed whole (after a
        # script's brace or a bracket, y^{(i)}(\vec\theta)^T is a product)
        called = bool(result) and result[-1].kind in ("name", "function", "word")
        if (len(window) == 5 and token.kind == "open" and token.text == "(" and not called
                and window[1].kind == "name" and window[1].text in vocab.PARAMETER_VECTORS
                and window[2].kind == "close" and window[2].text == ")"
                and window[3].kind == "op" and window[3].text == "^"
                and (window[4].kind == "transpose" or window[4].kind == "name" and window[4].raw == "T"
                     or window[4].kind == "lbrace" and k + 6 < len(tokens) and tokens[k + 5].raw in ("T", "\\top")
                     and tokens[k + 6].kind == "rbrace")):
            result.append(window[1])
            mark = tokens[k + 6] if window[4].kind == "lbrace" else window[4]
            tokenizer.note(f"'{source[token.start:mark.end]}' is read as {window[1].raw}{source[window[3].start:mark.end]}: "
                           "the brackets hold the one parameter vector and group nothing")
            k += 3
            continue
        result.append(token)
        k += 1
    return result


def _primed_transposes(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    """``-2X'(y - Xw)``, ``X'y``, ``X'X`` beside a plain X: statistics' prime for the transpose, read as Xᵀ (noted).

    Beside a plain X, X' cannot be X itself (with its column of ones, as it is alone), and a second
    m-row matrix times an m-row factor does not conform: only Xᵀ does. So X' is read as Xᵀ when every X'
    is a left factor of a bracket, y or X (each with m rows); an X' anywhere else (``X'w``, ``X' + X``)
    keeps the refusal of :func:`_refuse_primed_beside_plain`, and a bracket of n rows is refused by its shape.
    """
    primed = [k for k, token in enumerate(tokens) if token.kind == "name" and token.raw == vocab.DATA_MATRIX + "'"]
    if not primed or not any(token.kind == "name" and token.raw == vocab.DATA_MATRIX for token in tokens):
        return tokens
    for k in primed:
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is None or not (after.kind == "open" and after.text == "("
                                 or after.kind == "name" and after.raw in ("y", vocab.DATA_MATRIX)):
            return tokens
    result = list(tokens)
    for k in reversed(primed):
        token = tokens[k]
        result[k:k + 1] = [token._replace(raw=vocab.DATA_MATRIX, end=token.end - 1),
                           _Token("op", "^", token.end - 1, token.end, "'"),
                           _Token("transpose", "T", token.end - 1, token.end, "'")]
    if conventions.PRIMED_MATRIX_NOTE in tokenizer.notes:
        tokenizer.notes.remove(conventions.PRIMED_MATRIX_NOTE)
    tokenizer.note(PRIMED_TRANSPOSE_NOTE)
    return result


PRIMED_TRANSPOSE_NOTE = ("X' beside X, as a left factor (X'(…), X'y, X'X), is read as the transpose Xᵀ, as statistics "
                         "writes it: a second matrix of X's m rows would not multiply an m-row factor")


def _refuse_primed_beside_plain(source: str, tokens: list[_Token]) -> None:
    """Refuse ``X'`` beside a plain ``X``: the prime then names another matrix, not the data matrix."""
    primed = [token for token in tokens if token.kind == "name" and token.raw == vocab.DATA_MATRIX + "'"]
    plain = [token for token in tokens if token.kind == "name" and token.raw == vocab.DATA_MATRIX]
    if primed and plain:
        _fail(f"both {vocab.DATA_MATRIX} and {vocab.DATA_MATRIX}' are written: {vocab.DATA_MATRIX}' is then a matrix "
              "of its own", source, primed[0].start,
              hint="write the data matrix one way (X holds a column for every parameter, the intercept's too)")


def _called_after_scripts(tokens: list[_Token], at: int) -> bool:
    """Whether the name at ``at``, after its scripts, is followed by '(' (a call, y_n(x)), as far as tokens show."""
    position = at + 1
    while position < len(tokens) and tokens[position].kind == "op" and tokens[position].text in ("_", "^"):
        end = _script_end(tokens, position + 1)
        if end is None:
            return False
        position = end
    return position < len(tokens) and tokens[position].kind == "open" and tokens[position].text == "("


def _marks_example(tokens: list[_Token], at: int) -> bool:
    """Whether the tokens from ``at`` are an example's script: ``_n``, ``_{i}``, ``^{(i)}`` (not ``_2`` or ``^2``)."""
    kinds = [(t.kind, t.text) for t in tokens[at : at + 6]]
    if not kinds or kinds[0][0] != "op" or kinds[0][1] not in "_^":
        return False
    if kinds[0][1] == "_":
        letter = kinds[2] if len(kinds) > 2 and kinds[1][0] == "lbrace" else kinds[1] if len(kinds) > 1 else ("", "")
        return (letter[0] == "name" and letter[1].isalpha() and len(letter[1]) == 1
                and letter[1] not in vocab.FEATURE_INDICES)
    return (
        len(kinds) == 6 and kinds[1][0] == "lbrace" and kinds[2][0] == "open" and kinds[3][0] == "name"
        and kinds[4][0] == "close" and kinds[5][0] == "rbrace"
    )


def _bare_example_power(tokens: list[_Token], at: int) -> bool:
    """Whether the tokens from ``at`` are ``^i`` or ``^{i}``: a one-feature course's X^i, the i-th example.

    Read so only through :func:`conventions.capital_examples` (every X so written, no x): the
    parser then reads x^i as x⁽ⁱ⁾ inside a sum over i, and refuses it outside one.
    """
    kinds = [(t.kind, t.text) for t in tokens[at : at + 4]]
    if len(kinds) < 2 or kinds[0] != ("op", "^"):
        return False
    if kinds[1] == ("name", vocab.EXAMPLE_INDEX):
        return True
    return kinds[1:4] == [("lbrace", "{"), ("name", vocab.EXAMPLE_INDEX), ("rbrace", "}")]


_CAPITAL_ARGUMENT = patterns.compile(r"^\s*([hHf](?:_\{?\\?[A-Za-z]+\}?)?\s*\(\s*X\s*\))\s*:?\s*$")


def _capital_argument(source: str, tokens: list[_Token], names: Collection[str]) -> str | None:
    r"""The left side ``H_\theta(X)`` of a definition whose argument is a bare capital X, in a text that writes no x.

    ``H_\theta(X) = \theta^T X`` defines the prediction for one example, named X
    (the cost applies it to ``X^{(i)}``): X there is the example x, not the data matrix.
    """
    equals = source.find("=")
    if equals < 0 or {"x", "X"} & set(names):
        return None
    found = _CAPITAL_ARGUMENT.match(source[:equals])
    if found is None or any(token.kind == "name" and token.text == "x" for token in tokens):
        return None
    return found.group(1)


#: a definition's left side h(x), h_w(x), f(x): a function of the small x
_SMALL_ARGUMENT = patterns.compile(r"^\s*([hHfg](?:_\{?\\?[A-Za-z]+\}?)?\s*\(\s*x\s*\))\s*:?\s*$")


def _capital_body(source: str, tokens: list[_Token], names: Collection[str]) -> str | None:
    r"""The left side ``h_w(x)`` of a definition whose value writes a capital X and no x: ``h_w(x)=g(w^TX)``.

    The function takes x, and a value that never writes x would not depend on it: the X is
    the argument x typed as a capital (read as the data matrix, h_w(x_i) would be every example's
    prediction at once, whatever i). Not when a --let defines x or X.
    """
    equals = source.find("=")
    if equals < 0 or {"x", "X"} & set(names):
        return None
    found = _SMALL_ARGUMENT.match(source[:equals])
    if found is None:
        return None
    value = [token for token in tokens if token.start > equals and token.kind == "name"]
    if any(token.text == "x" for token in value) or not any(token.text == "X" for token in value):
        return None
    return found.group(1)


def _primed_like_a_transpose(tokens: list[_Token], base_end: int, after: _Token) -> bool:
    r"""Whether a prime ending at ``base_end`` is a transpose: ``(y - X\beta)'(y - X\beta)`` or ``\beta'\beta``.

    Only a bracket that holds the data matrix X before another bracket, or a
    parameter vector before itself: then v'u can only be the product vᵀu (a
    derivative of a vector of residuals, or of β, means nothing there).
    """
    base = tokens[base_end]
    if base.kind == "name" and base.text in vocab.PARAMETER_VECTORS:
        return after.kind == "name" and after.text == base.text
    if base.kind != "close" or base.text != ")" or after.kind != "open" or after.text != "(":
        return False
    depth = 0
    for opening in range(base_end, -1, -1):
        depth += {"close": 1, "open": -1}.get(tokens[opening].kind, 0)
        if depth == 0:
            inside = tokens[opening + 1:base_end]
            return any(t.kind == "name" and t.text == vocab.DATA_MATRIX for t in inside)
    return False


def _log_of_products(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""``\log\left( \prod_{i=1}^n f_i \right)`` as ``\sum_{i=1}^n \log\left( f_i \right)``: the log of a product (noted).

    A likelihood is a product over the examples, and its log the sum of the factors' logs (each factor a
    probability or a density, positive): the GLM primer writes ℓ = \log( \prod_{i=1}^n … \exp(…) ). Read
    so only when the product fills the log's bracket, from right after it opens to its close, with its
    limits written: the tokens are reordered (sum, limits, log, bracket, factors), their columns kept.
    Any other ``\prod`` (a product standing alone, ``L(\theta) = \prod_i …``, whose log the page takes
    in words) is refused, as logderiv has no product of terms.
    """
    found = [k for k, token in enumerate(tokens) if token.kind == "prod"]
    if not found:
        return tokens
    k = found[0]
    opener, log = k - 1, k - 2
    if log < 0 or tokens[opener].kind != "open" or tokens[log].kind != "function" \
            or tokens[log].text != vocab.FUNCTIONS["log"]:
        _fail("'\\prod' is read only as the product inside a log's bracket (the log of a likelihood): a product of "
              "terms is not supported", source, tokens[k].start,
              hint="take its log: \\log\\left( \\prod_{i=1}^m p_i \\right) is \\sum_{i=1}^m \\log p_i")
    after = k + 1
    for _ in range(2):  # the limits: _{i=1} and ^{n}, in either order
        if not (tokens[after].kind == "op" and tokens[after].text in ("_", "^")):
            break
        after += 1
        if tokens[after].kind == "lbrace":
            depth = 0
            while True:
                depth += {"lbrace": 1, "rbrace": -1}.get(tokens[after].kind, 0)
                after += 1
                if depth == 0:
                    break
        else:
            after += 1
    depth, close = 0, None
    for at in range(opener, len(tokens)):
        depth += {"open": 1, "lbrace": 1, "close": -1, "rbrace": -1}.get(tokens[at].kind, 0)
        if depth == 0:
            close = at
            break
    following = tokens[close + 1] if close is not None and close + 1 < len(tokens) else None
    ends_its_term = following is None or following.kind in ("end", "close", "rbrace") \
        or following.kind == "op" and following.text in ("+", "-", "=")
    if after == k + 1 or close is None or close == after or tokens[close].kind != "close" or not ends_its_term:
        # and the log ends its term: a sum put before it takes the rest of the term, so (\log\prod f)^2 or
        # (\log\prod f) g would be Σ (log f)² or Σ (log f) g
        _fail("'\\prod' is read only with its limits, filling a log's bracket that ends its term: "
              "\\log\\left( \\prod_{i=1}^m p_i \\right)", source, tokens[k].start,
              hint="write the log of the likelihood as a sum of logs")
    product = tokens[k]
    summed = _Token("sum", "sum", product.start, product.end, product.raw)
    tokenizer.note(f"'{' '.join(source[tokens[log].start:tokens[close].end].split())}' is read as a sum of logs: "
                   "the log of a product is the sum of the logs of its factors (each positive, a likelihood's)")
    return [*tokens[:log], summed, *tokens[k + 1:after], tokens[log], tokens[opener], *tokens[after:close],
            *tokens[close:]]


def _primes(source: str, tokens: list[_Token], tokenizer: _Tokenizer, functions: Collection[str] = ()) -> list[_Token]:
    r"""``x_{i}^{\prime}\beta``, ``x_i'\beta`` (statsmodels, econometrics): the prime of the data x before a
    parameter vector is the transpose, a dot product x_iᵀβ (noted). ``g'(z)`` of a function the text defines
    is that function's derivative at z, marked on its name for the expansion (:data:`_PRIMED`). Any other
    prime is refused: a transpose, a derivative or another name?
    """
    if not any(token.kind == "prime" for token in tokens):
        return tokens
    result: list[_Token] = []
    dropped: set[int] = set()
    for k, token in enumerate(tokens):
        if k in dropped:
            continue
        if token.kind != "prime":
            result.append(token)
            continue
        sigmoid = _sigmoid_prime(tokens, k)
        if sigmoid is not None:
            # σ'(z), \sigma^{\prime}(z): the derivative of the sigmoid at z, the one function whose prime ML notes
            # write in a line (DeepLearning-500-questions' (a − y)σ'(z)x); σ' = σ(1 − σ) whatever z is
            function, skip, close = sigmoid
            while result and result[-1] is not function:
                result.pop()  # the ^{ of \sigma^{\prime}
            result.pop()
            argument = tokens[skip:close + 1]
            at = token.end
            result += [_Token("open", "(", function.start, function.start, ""), function, *argument,
                       _Token("open", "(", at, at, ""), _Token("number", "1", at, at, ""), _Token("op", "-", at, at, ""),
                       function, *argument, _Token("close", ")", at, at, ""), _Token("close", ")", at, at, "")]
            dropped |= set(range(k + 1, close + 1))
            shown = " ".join(source[function.start:tokens[close].end].split())
            inner = " ".join(source[tokens[skip].end:tokens[close].start].split())
            tokenizer.note(f"{shown} is the derivative of the sigmoid at {inner}: read as σ({inner})(1 − σ({inner}))")
            continue
        renamed = _primed_cost_name(source, tokens, k)
        if renamed is not None:
            # J^{'}(\theta) = … + \frac{\lambda}{2}\sum_j \theta_j^2 (ken8860's ridge notes): the left side names a
            # cost of its own, J′ beside J; the right side is one number of the vector θ, no derivative by it
            while result and result[-1] is not tokens[0]:
                result.pop()  # the ^{ of J^{'}
            dropped |= renamed
            shown = source[tokens[0].start:tokens[max(renamed | {k})].end]
            tokenizer.note(PRIMED_COST_NAME_NOTE.format(shown=shown, name=tokens[0].raw))
            continue
        derivative = _derivative_prime(tokens, k)
        if derivative is not None:
            # f'(\beta) = …, \nabla f(\beta) = f'(\beta)^T = …: the derivative of the function on the left side
            name, transposed = derivative
            result[-1] = _Token("nabla", "nabla", name.start, token.end, name.raw + token.raw)
            result.append(name)
            dropped |= transposed
            shown = source[name.start:token.end]
            tokenizer.note(f"{shown}(…) on the left side is the derivative of {name.raw}: read as the gradient "
                           f"∇{name.raw}, entry by entry" + (" (its transpose ᵀ, the row derivative's, is the gradient "
                                                             "as a column)" if transposed else ""))
            continue
        defined = _defined_function_prime(tokens, k, functions)
        if defined is not None:
            # g'(z) of a function the page defines (Ng's g(z) = 1/(1+e^{-z})): its derivative at z, marked on the
            # name; functions.expand reads it where g is the sigmoid and refuses it otherwise (no rule for the rest).
            # After f'(\beta) = … above, a left side that names the gradient, which is read as before
            if k - 1 > defined:
                del result[defined - k + 1:]  # the ^ (and {) of g^\prime, g^{\prime}: after the name, before the prime
            result[-1] = tokens[defined]._replace(raw=tokens[defined].raw + _PRIMED)
            if tokens[k + 1].kind == "rbrace":
                dropped.add(k + 1)
            continue
        braced = k >= 2 and tokens[k - 1].kind == "lbrace" and tokens[k + 1].kind == "rbrace"
        raised = tokens[k - 2 if braced else k - 1] if k >= (2 if braced else 1) else None
        after = tokens[k + 2] if braced else tokens[k + 1]
        if raised is not None and raised.kind == "op" and raised.text == "^":
            base_end = k - 3 if braced else k - 2
        elif token.text == "'" and not braced:
            base_end = k - 1
        else:
            base_end = -1
        if base_end >= 0 and _names_data_x(tokens, base_end) and after.kind == "name" and after.text in _PARAMETER_DECORATIONS - {"b"}:
            if raised is not None and raised.kind == "op" and raised.text == "^":
                result.append(_Token("transpose", "T", token.start, token.end, token.raw))
            else:
                result.append(_Token("op", "^", token.start, token.end, token.raw))
                result.append(_Token("transpose", "T", token.start, token.end, token.raw))
            shown = {"beta": "β", "theta": "θ"}.get(after.text, after.text)
            tokenizer.note(f"the prime ({token.raw}) on x before {shown} is the transpose: x'{shown} is the dot product xᵀ{shown}")
            continue
        if base_end >= 0 and _primed_like_a_transpose(tokens, base_end, after):
            # (y - X\beta)^\prime(y - X\beta), \beta^\prime\beta: statistics' transpose, in matrix form
            if not (raised is not None and raised.kind == "op" and raised.text == "^"):
                result.append(_Token("op", "^", token.start, token.end, token.raw))
            result.append(_Token("transpose", "T", token.start, token.end, token.raw))
            tokenizer.note(f"the prime ({token.raw}) between two vectors is the transpose, as statistics writes it: "
                           "v'u is vᵀu")
            continue
        if token.text == "'" and after.kind == "op" and after.text == "=" and tokens[k - 1].kind == "close":
            # (…)' = on an answer's left: read only when the bracket holds the cost as written (primed_cost)
            _fail("a prime (') on a bracket is read only when the bracket holds the cost exactly as written: then it "
                  "names the cost's derivative by --wrt, as J' does", source, token.start,
                  hint="write J' = … or \\frac{\\partial J}{\\partial w_j} = …, or put the cost as written in the "
                       "brackets")
        if token.text == "'":
            _fail("a prime (') is not read", source, token.start, hint=_prime_readings(tokens, base_end, source))
        _fail("a prime (\\prime) is not read", source, token.start, hint=_prime_readings(tokens, base_end, source))
    return result


def _closed_before_equals(tokens: list[_Token], opened: int) -> bool:
    """Whether the bracket opened at ``tokens[opened]`` closes right before an ``=`` (a left side's call, ``J'(θ) =``)."""
    depth = 0
    for k in range(opened, len(tokens)):
        if tokens[k].kind == "open":
            depth += 1
        elif tokens[k].kind == "close":
            depth -= 1
            if depth == 0:
                return k + 1 < len(tokens) and tokens[k + 1].kind == "op" and tokens[k + 1].text == "="
    return False


def _prime_readings(tokens: list[_Token], base_end: int, source: str) -> str:
    r"""The hint of a prime left unread: the readings it has, by what it stands on.

    A name's prime (``w'``, ``y'``) is a transpose in statistics, a derivative in calculus, and another
    quantity in an update (``w' = w - \alpha\nabla J``, the new weights): the text must say which.
    """
    named = _scripted_name_start(tokens, base_end) if base_end >= 0 else None
    if named is not None and named != base_end:
        # w_j', w_{j}': the prime of the scripted name, shown whole
        shown = source[tokens[named].start:tokens[base_end].end]
        return (f"{shown}' may be the transpose, a derivative (write \\frac{{d}}{{dz}}…) or another quantity, such "
                f"as the updated weights of w' = w - \\alpha\\nabla J (give it a name of its own): write what it means")
    base = tokens[base_end] if base_end >= 0 else None
    after = tokens[base_end + 1:base_end + 6]
    called = next((t for t in after if t.kind not in ("prime", "lbrace", "rbrace") and not (t.kind == "op" and t.text == "^")), None)
    if base is not None and base.kind == "name" and called is not None and called.kind == "open" and called.text == "(":
        # f'(g(x)), h'(x): a function's derivative at its argument, which is read only for a defined sigmoid
        shown = source[base.start:base.end]
        if base_end == 0 and _closed_before_equals(tokens, tokens.index(called)):
            # J^{'}(\theta) = … (ken8860's ridge cost): the left side's prime names J's derivative, or another cost
            return (f"{shown}'(…) on the left of '=' may name the derivative of {shown} (the right side is then a "
                    f"gradient, to check as an answer) or another cost, {shown}′ beside {shown} (such as the "
                    f"regularised cost): write {shown}(\\theta) = … (or another letter) for a cost")
        return (f"{shown}'(…) is the derivative of a function {shown} at its argument: read only where the text "
                f"defines {shown} as the sigmoid ({shown}(z) = \\frac{{1}}{{1+e^{{-z}}}}); else write the derivative out")
    if base is not None and base.kind == "name":
        shown = source[base.start:base.end]
        return (f"{shown}' may be the transpose (write {shown}^\\top), a derivative (write \\frac{{d}}{{dz}}…) or "
                f"another quantity, such as the updated weights of w' = w - \\alpha\\nabla J (give it a name of its "
                "own): write what it means")
    if base is not None and base.kind == "close":
        return "(…)' may be a transpose (write (…)^\\top) or a derivative (write \\frac{d}{dz}(…)): write what it means"
    if base is not None and base.kind == "function":
        return f"write the derivative out: \\frac{{d}}{{dz}}{source[base.start:base.end]}(z)"
    return "write the derivative out: \\frac{d}{dz}\\sigma(z)"


def _delta_for_partial(tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""``\frac{\delta \ell(\beta)}{\partial \beta_j} =``: a δ for ∂ in the numerator of a left side's derivative.

    Read as ∂ (noted) only where the slip is plain: the text opens with the
    fraction, its denominator starts with ∂, an ``=`` follows it, and δ is written
    nowhere else (so it names no quantity of the text). ``\frac{\delta L}{\delta a} =``,
    δ over δ and a name (a slide's notation for the derivative), is read as ∂/∂ on the same terms.
    """
    if len(tokens) < 6 or tokens[0].kind != "frac" or tokens[1].kind != "lbrace":
        return tokens
    if tokens[2].kind != "name" or tokens[2].text != "delta":
        return tokens
    depth, close = 0, None
    for position in range(1, len(tokens)):
        depth += {"lbrace": 1, "rbrace": -1}.get(tokens[position].kind, 0)
        if depth == 0:
            close = position
            break
    if close is None or close + 3 >= len(tokens) or tokens[close + 1].kind != "lbrace":
        return tokens
    # \frac{\delta L}{\delta a} = (a slide's δ/δ): δ on both sides of the bar, over a name, is the same ∂
    both = tokens[close + 2].kind == "name" and tokens[close + 2].text == "delta" \
        and tokens[close + 3].kind == "name" and tokens[close + 3].text != "delta"
    if tokens[close + 2].kind != "partial" and not both:
        return tokens
    if not any(t.kind == "op" and t.text == "=" for t in tokens[close + 3:]):
        return tokens
    if sum(1 for t in tokens if t.kind == "name" and t.text == "delta") != (2 if both else 1):
        return tokens
    delta = tokens[2]
    if both:
        below = tokens[close + 2]
        tokenizer.note(f"'{delta.raw}' over '{below.raw}' in the left side's derivative is read as ∂/∂ (δ written "
                       "nowhere else, so it names no quantity of the text)")
        return [*tokens[:2], _Token("partial", "partial", delta.start, delta.end, delta.raw), *tokens[3:close + 2],
                _Token("partial", "partial", below.start, below.end, below.raw), *tokens[close + 3:]]
    tokenizer.note(f"'{delta.raw}' in the numerator of the left side's derivative, over ∂ in its denominator, "
                   "is read as ∂ (a slip of δ for ∂: δ is written nowhere else)")
    return [*tokens[:2], _Token("partial", "partial", delta.start, delta.end, delta.raw), *tokens[3:]]


def _delta_fractions_as_partial(tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""``\frac{\delta}{\delta\theta_j} h``, ``\frac{\delta J}{\delta_{\theta_j}}``: δ over δ anywhere in a formula, ∂/∂.

    Notes write δ for ∂ through a whole derivation (a Coursera draft's δ/δθⱼ on every side, a Chinese note's
    ``\frac{\delta}{\delta_{\theta_j}}``); :func:`_delta_for_partial` reads only a left side's, and the sides after
    it read δ as a name: ``\frac{\delta}{\delta\theta_j}\frac{1}{2m}Σ…`` was δ/(δθⱼ)·…, the δ cancelled, 1/θⱼ times
    the cost, a false "wrong". Read as ∂/∂ (noted) only where every δ of the formula stands in such a fraction: first
    in its numerator, and first in its denominator before the variable (δ_{θⱼ}: the subscript is the variable, as
    ∂_{θⱼ} writes it). A δ anywhere else (an error term δ⁽ˡ⁾, a Kronecker δ) may be a quantity: left as written.
    """
    deltas = [k for k, token in enumerate(tokens) if token.kind == "name" and token.text == "delta"]
    if not deltas:
        return tokens
    read: dict[int, str] = {}  # δ's position -> "top" or "below" ("under" for δ_{θⱼ}, whose '_' goes)
    for k, token in enumerate(tokens):
        if token.kind != "frac" or k + 2 >= len(tokens) or tokens[k + 1].kind != "lbrace" \
                or tokens[k + 2].kind != "name" or tokens[k + 2].text != "delta":
            continue
        depth, close = 0, None
        for position in range(k + 1, len(tokens)):
            depth += {"lbrace": 1, "rbrace": -1}.get(tokens[position].kind, 0)
            if depth == 0:
                close = position
                break
        if close is None or close + 3 >= len(tokens) or tokens[close + 1].kind != "lbrace":
            continue
        below, variable = tokens[close + 2], tokens[close + 3]
        if below.kind != "name" or below.text != "delta":
            continue
        if variable.kind == "name" and variable.text != "delta":
            read[k + 2], read[close + 2] = "top", "below"
        elif variable.kind == "op" and variable.text == "_" and close + 4 < len(tokens) \
                and tokens[close + 4].kind in ("lbrace", "name") and tokens[close + 4].text != "delta":
            read[k + 2], read[close + 2] = "top", "under"
    if set(deltas) != set(read):
        return tokens
    out: list[_Token] = []
    skip = False
    for k, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        if k in read:
            out.append(_Token("partial", "partial", token.start, token.end, token.raw))
            skip = read[k] == "under"  # δ_{θⱼ}: the subscript is the variable, ∂θⱼ
        else:
            out.append(token)
    shown = tokenizer.source[tokens[deltas[0]].start:tokens[deltas[0]].end]
    tokenizer.note(f"'{shown}' over '{shown}' (\\frac{{{shown}}}{{{shown}\\theta_j}}, \\frac{{{shown}}}{{{shown}_{{\\theta_j}}}}) "
                   "is read as ∂/∂, the derivative: δ stands only in such fractions here, so it names no quantity")
    return out


def _listed_features(inner: Sequence[_Token]) -> bool:
    """Whether a bracket lists one example's features: ``x_1, x_2, …, x_n`` (or from x_0), the gap written as dots.

    Numbered from 0 or 1, consecutively up to the dots, and ending at x_n: anything else (x_1, x_3; x_1, x_2 alone;
    a mark of an example) is no such list, and is read or refused as before.
    """
    entries: list[list[_Token]] = [[]]
    for token in inner:
        if token.kind == "op" and token.text == ",":
            entries.append([])
        else:
            entries[-1].append(token)
    shapes = [[(token.kind, token.text) for token in entry] for entry in entries]
    if len(shapes) < 3 or shapes[-2] != [("ellipsis", "…")] or shapes[-1] != [("name", "x"), ("op", "_"), ("name", "n")]:
        return False
    numbered = shapes[:-2]
    if any(len(entry) != 3 or entry[:2] != [("name", "x"), ("op", "_")] or entry[2][0] != "number" for entry in numbered):
        return False
    numbers = [int(entry[2][1]) if entry[2][1].isdigit() else -1 for entry in numbered]
    return numbers[0] in (0, 1) and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


#: the mark :func:`_primes` puts at the end of a defined function's name token for ``g'(z)`` (no token's raw text
#: holds it otherwise: the tokenizer reads no ′)
_PRIMED = "′"


def _brace_opener(tokens: list[_Token], close: int) -> int:
    """The position of the ``{`` that the ``}`` at ``close`` closes (-1 where none does), walking back over nested braces."""
    position, depth = close, 0
    while position >= 0:
        depth += {"rbrace": 1, "lbrace": -1}.get(tokens[position].kind, 0)
        if depth == 0:
            return position
        position -= 1
    return position


def _scripted_name_start(tokens: list[_Token], end: int) -> int | None:
    r"""Where the name of ``w_j``, ``w_{j}``, ``x_{ij}`` ending at ``end`` stands (``end`` itself for a bare name); else None."""
    position = end
    while position >= 0:
        if tokens[position].kind == "rbrace":
            position = _brace_opener(tokens, position)
        elif tokens[position].kind not in ("name", "number"):
            return None
        if position >= 2 and tokens[position - 1].kind == "op" and tokens[position - 1].text == "_":
            position -= 2
            continue
        return position if tokens[position].kind == "name" else None
    return None


def _defined_function_prime(tokens: list[_Token], k: int, functions: Collection[str]) -> int | None:
    r"""Where the name of ``g'(…)``, ``g^{\prime}(…)``, ``g^\prime(…)`` or ``g^{'}(…)`` stands, g a defined function; else None.

    Only with the argument in round brackets right after the prime: ``g'z`` and ``g' = …`` stay refused.
    """
    braced = k >= 3 and tokens[k - 1].kind == "lbrace" and tokens[k - 2].kind == "op" and tokens[k - 2].text == "^" \
        and k + 1 < len(tokens) and tokens[k + 1].kind == "rbrace"
    raised = not braced and k >= 2 and tokens[k - 1].kind == "op" and tokens[k - 1].text == "^"
    at = k - 3 if braced else k - 2 if raised else k - 1
    if at < 0 or tokens[at].kind != "name" or tokens[at].text not in functions:
        return None
    if not braced and not raised and (tokens[k].text != "'" or tokens[at].end != tokens[k].start):
        return None
    opening = k + 2 if braced else k + 1
    if opening >= len(tokens) or tokens[opening].kind != "open" or tokens[opening].text != "(":
        return None
    return at


def _sigmoid_prime(tokens: list[_Token], k: int) -> tuple[_Token, int, int] | None:
    r"""The prime at ``k`` of ``\sigma'(…)`` / ``\sigma^{\prime}(…)``: σ's token, its bracket's opening and close; else None.

    Only the sigmoid, and only with its argument in round brackets right after the prime: ``\sigma'z``
    (the prime of what?) and any other function's prime stay refused.
    """
    braced = k >= 3 and tokens[k - 1].kind == "lbrace" and tokens[k - 2].kind == "op" and tokens[k - 2].text == "^" \
        and k + 1 < len(tokens) and tokens[k + 1].kind == "rbrace"
    raised = k >= 2 and tokens[k - 1].kind == "op" and tokens[k - 1].text == "^" and tokens[k].text != "'"
    function = tokens[k - 3] if braced else tokens[k - 2] if raised else tokens[k - 1] if k >= 1 else None
    if function is None or function.kind != "function" or function.text != "sigmoid":
        return None
    opening = k + 2 if braced else k + 1
    if opening >= len(tokens) or tokens[opening].kind != "open" or tokens[opening].text != "(":
        return None
    depth = 0
    for at in range(opening, len(tokens)):
        depth += {"open": 1, "close": -1}.get(tokens[at].kind, 0)
        if depth == 0:
            return (function, opening, at) if tokens[at].kind == "close" and at > opening + 1 else None
    return None


#: the note of a cost's name primed on the left of a cost that sums its vector's squared entries (J′ beside J)
PRIMED_COST_NAME_NOTE = (
    "{shown} on the left names a cost of its own ({name}′ beside {name}, such as the regularised cost), not {name}'s "
    "derivative: its right side sums the squared entries of the parameter vector over j and has no free component "
    "index, one number, where a derivative by the vector would have an entry for each j"
)
#: the cost's letters a primed left side may name (J′, L′, E′)
_PRIMED_COST_LETTERS = frozenset({"J", "L", "E"})
#: a penalty sum over j of a parameter vector's squared entries: \sum_{j=1}^{n}\theta_j^2, \sum_j w_j^2
_SQUARED_ENTRIES_SUM = patterns.compile(
    r"\\sum\s*_\s*(?:\{\s*j\s*(?:=[^{}]*)?\}|j)\s*(?:\^\s*(?:\{[^{}]*\}|\w))?\s*"
    r"(?P<letter>\\theta|\\beta|w)\s*_\s*(?:\{\s*j\s*\}|j)\s*\^\s*(?:\{\s*2\s*\}|2)")
#: a component index j or k anywhere (θ_j, w_{k}, x_{ij}, x_{i,j}): free unless inside the penalty sum
_COMPONENT_INDEX = patterns.compile(r"_\s*(?:\{(?:[^{}\\]|\\[A-Za-z]+)*?)?[jk](?![A-Za-z])")


def _primed_cost_name(source: str, tokens: list[_Token], k: int) -> set[int] | None:
    r"""The tokens to drop for ``J^{'}(\theta) =`` naming a cost of its own, or None (then the prime is read as before).

    ken8860's notes write the ridge objective ``J^{'}(\theta)=\frac{1}{2m}\sum_i(…)^2+\frac{\lambda}{2}\sum_{j=1}^{n}
    \theta_j^2`` ('the objective becomes J′'). Read so only where J′ is the whole left side, first in the text, with
    a parameter vector as its argument, and the right side sums that vector's squared entries over j with no other
    component index anywhere: the right side is then one number of the vector θ, and J's derivative by θ would have
    an entry for each j. Any other primed left side is left to the readings below (f'(β) = … the gradient).
    """
    prime = tokens[k]
    if k < 1 or tokens[0].kind != "name" or tokens[0].text not in _PRIMED_COST_LETTERS:
        return None
    raised = list(range(1, k))
    if [tokens[position].kind for position in raised] not in ([], ["op"], ["op", "lbrace"]) or (
            raised and tokens[1].text != "^"):
        return None
    after = k + 1
    dropped = {k}
    if raised[-1:] and tokens[raised[-1]].kind == "lbrace":
        if tokens[after].kind != "rbrace":
            return None
        dropped.add(after)
        after += 1
    if not (tokens[after].kind == "open" and tokens[after].text == "(" and tokens[after + 1].kind == "name"
            and tokens[after + 2].kind == "close" and tokens[after + 3].kind == "op" and tokens[after + 3].text == "="):
        return None
    argument = tokens[after + 1].text
    right = source[tokens[after + 3].end:]
    penalty = _SQUARED_ENTRIES_SUM.search(right)
    if penalty is None or argument not in _PARAMETER_DECORATIONS or \
            penalty.group("letter").lstrip("\\") != argument:
        return None
    rest = right[:penalty.start()] + right[penalty.end():]
    # a chain (J′(θ) = … = …) or a second statement says more than one cost: left to the readings below
    if _COMPONENT_INDEX.search(rest) or "=" in re.sub(r"_\s*\{[^{}]*\}", "", rest) or prime.text not in ("'", "\\prime"):
        return None
    # the vector itself anywhere but as h_θ's subscript or transposed before x (θᵀx): λθ of a gradient in vector form
    letter = penalty.group("letter")
    if re.search(rf"(?<!_)(?<!_{{)(?<!_\s){re.escape(letter)}(?![A-Za-z])(?!\s*\^\s*\{{?\s*(?:T|\\top)\b)", rest):
        return None
    return dropped


def _derivative_prime(tokens: list[_Token], k: int) -> tuple[_Token, set[int]] | None:
    r"""The prime at ``k`` of a left side's ``f'(\beta)``: the function's name token and the ``^T`` after it; else None.

    So it is when ``f'(…)`` (a one-letter name, a prime, an argument in brackets,
    optionally ``^T``) makes up a whole side before an ``=``: the first, or one after
    ``\nabla f(…) =`` or ``f'(…) =`` of the same f.
    """
    if tokens[k].text != "'" or k < 1 or tokens[k - 1].kind != "name" or len(tokens[k - 1].text) != 1:
        return None
    name = tokens[k - 1]
    if tokens[k + 1].kind != "open" or tokens[k + 1].text != "(":
        return None
    depth, close = 0, None
    for position in range(k + 1, len(tokens)):
        if tokens[position].kind == "open":
            depth += 1
        elif tokens[position].kind == "close":
            depth -= 1
            if depth == 0:
                close = position
                break
    inner = [t for t in tokens[k + 2:close] if not (t.kind == "op" and t.text == ",")]
    if close is None or not inner or any(t.kind != "name" or t.text not in _PARAMETER_DECORATIONS for t in inner):
        return None  # g'(z): a function of a number, whose derivative is no gradient of the cost
    after = close + 1
    transposed: set[int] = set()
    if tokens[after].kind == "op" and tokens[after].text == "^":
        def is_t(token: _Token) -> bool:
            return token.kind == "transpose" or token.kind == "name" and token.text == "T"

        if is_t(tokens[after + 1]):
            transposed = {after, after + 1}
        elif (tokens[after + 1].kind == "lbrace" and is_t(tokens[after + 2])
              and tokens[after + 3].kind == "rbrace"):
            transposed = set(range(after, after + 4))
        else:
            return None
        after = max(transposed) + 1
    if not (tokens[after].kind == "op" and tokens[after].text == "="):
        return None
    before = k - 2
    if before < 0:
        return None if transposed else (name, transposed)
    if not (tokens[before].kind == "op" and tokens[before].text == "="):
        return None
    head = tokens[:before]
    same = [t for t in head if t.kind == "name" and t.text == name.text]
    if head and head[0].kind in ("nabla", "name") and same:
        return name, transposed
    return None


def _names_data_x(tokens: list[_Token], end: int) -> bool:
    r"""Whether the tokens ending at ``end`` are the name x with its scripts (``x``, ``x_i``, ``x_{i}``, ``\mathbf{x}_i``)."""
    position = end
    while position >= 0:
        token = tokens[position]
        if token.kind == "rbrace":
            position = _brace_opener(tokens, position) - 1
            if position >= 0 and tokens[position].kind == "op" and tokens[position].text in "_^":
                position -= 1
                continue
            return False
        if token.kind in ("name", "number") and position >= 1 and tokens[position - 1].kind == "op" and tokens[position - 1].text == "_":
            position -= 2
            continue
        return token.kind == "name" and token.text == "x"
    return False


def _bishop_model(tokens: list[_Token], partner: dict[int, int], names: Collection[str]) -> list[_Token] | None:
    r"""``t_{i}-y\left(\mathbf{x}_{i}, \mathbf{w}\right)``: Bishop's y(x, w) is the model, t the target.

    When every y is called on two arguments, something holding x then a parameter vector
    alone, and t carries the example index, the tokens with y as h (its second argument
    dropped: h takes the example) — t is then read as y by :func:`conventions.t_is_target`.
    Else None.
    """
    if {"y", "t", "h"} & set(names):
        return None
    calls: list[tuple[int, int, int]] = []
    for k, token in enumerate(tokens):
        if not (token.kind == "name" and token.text == "y"):
            continue
        opener = k + 1
        if not (tokens[opener].kind == "open" and tokens[opener].text == "(" and opener in partner):
            return None
        closer = partner[opener]
        depth, commas = 0, []
        for position in range(opener + 1, closer):
            kind = tokens[position].kind
            if kind in ("open", "lbrace"):
                depth += 1
            elif kind in ("close", "rbrace"):
                depth -= 1
            elif depth == 0 and tokens[position].kind == "op" and tokens[position].text == ",":
                commas.append(position)
        if len(commas) != 1:
            return None
        comma = commas[0]
        first, second = tokens[opener + 1:comma], tokens[comma + 1:closer]
        if not (len(second) == 1 and second[0].kind == "name" and second[0].text in vocab.PARAMETER_VECTORS):
            return None
        if not any(item.kind == "name" and item.text == "x" for item in first):
            return None
        calls.append((k, comma, closer))
    if not calls or not any(
        token.kind == "name" and token.text == "t" and _marks_example(tokens, k + 1) for k, token in enumerate(tokens)
    ):
        return None
    dropped = {position for _, comma, closer in calls for position in range(comma, closer)}
    renamed = {k for k, _, _ in calls}
    return [
        token._replace(text=vocab.PREDICTION) if k in renamed else token
        for k, token in enumerate(tokens)
        if k not in dropped
    ]


def _feature_of_example(tokens: list[_Token], at: int) -> bool:
    """Whether the tokens from ``at`` are a feature's subscript then the example's: ``_1^{(i)}``, ``_{j}^{(i)}``."""
    if not (tokens[at].kind == "op" and tokens[at].text == "_"):
        return False
    script = at + 1
    if tokens[script].kind == "lbrace":
        script += 1
        if not (tokens[script + 1].kind == "rbrace"):
            return False
        script += 1
    if tokens[at + 1 if tokens[at + 1].kind != "lbrace" else at + 2].kind not in ("number", "name"):
        return False
    return tokens[script + 1].text == "^" and _marks_example(tokens, script + 1)


def _drop_side_condition(source: str, tokens: list[_Token]) -> tuple[list[_Token], str | None]:
    r"""Drop a trailing side condition ``, \lambda \geq 0`` (a constraint on a constant, not part of the formula).

    Only the exact shape ``, NAME RELATION NUMBER`` at the very end is dropped,
    with a note; a relation anywhere else is refused by the parser.
    """
    if len(tokens) < 5:
        return tokens, None
    comma, name, relation, number = tokens[-5:-1]
    if not (
        comma.kind == "op" and comma.text == ","
        and name.kind == "name"
        and relation.kind == "relation"
        and number.kind == "number"
    ):
        return tokens, None
    written = source[name.start:number.end]
    return tokens[:-5] + tokens[-1:], f"'{written}' after the comma is a side condition, not part of the formula: it is set aside"


#: Words that open a qualifier on the free index: \text{for } j = 0,1,\dots,n, \text{ for all } j
_QUALIFIER_WORDS = patterns.compile(
    r"\\(?:text|textrm|mathrm|mbox)\s*\{\s*(?:for|for\s+all|for\s+each|for\s+every)\s*\}|\\forall(?![A-Za-z])")
#: The counts a range of the component index may run to
_RANGE_ENDS = frozenset({"n", "m", "N", "p", "d", "D"})


def _is_range(tail: list[_Token]) -> bool:
    """``0, 1, \\dots, n``: numbers, commas, an ellipsis and a count, from a number to a number or count."""
    return (
        bool(tail)
        and all(t.kind in ("number", "ellipsis") or (t.kind == "op" and t.text == ",")
                or (t.kind == "name" and t.text in _RANGE_ENDS) for t in tail)
        and tail[0].kind == "number"
        and tail[-1].kind in ("number", "name")
        and any(t.kind == "ellipsis" for t in tail)
    )


def _range_start(body: list[_Token], low: int, high: int) -> int | None:
    r"""Where ``= 1, …, n`` or ``\in \{1, …, n\}`` starts, ending ``body[low:high]``; None if it does not end so."""
    for k in range(high - 1, low, -1):
        token = body[k]
        if token.kind == "op" and token.text == "=":
            return k if _is_range(body[k + 1:high]) else None
        if token.kind == "relation" and token.text == "∈":
            inside = body[k + 1:high]
            braced = (len(inside) >= 2 and inside[0].kind == "open" and inside[0].text == "{"
                      and inside[-1].kind == "close" and inside[-1].text == "}")
            return k if braced and _is_range(inside[1:-1]) else None
    return None


def _drop_index_range(source: str, tokens: list[_Token]) -> tuple[list[_Token], str | None]:
    r"""Drop a trailing qualifier on the component index: ``\quad \text{for } j = 0,1,\dots,n``, ``, j = 1, \ldots, n``.

    Course notes end a gradient's j-th entry with the range of j; it says for
    which components the formula holds, not what the entry is. Only the end of
    the text is read: a feature index letter, after a comma or the words "for"
    (all/each/every, ``\forall``), with nothing after it or ``= first, …, last``
    (numbers, commas, an ellipsis, a count) or ``\in \{first, …, last\}``; or the
    same in parentheses after a space (``\quad (j = 0, 1, \dots, n)``). Anything
    else stays, and is read or refused as before.
    """
    body = tokens[:-1]
    low, high = 0, len(body)
    opened = None
    if high >= 4 and body[-1].kind == "close" and body[-1].text == ")":
        depth = 0
        for k in range(high - 1, -1, -1):
            depth += {"close": 1, "open": -1}.get(body[k].kind, 0)
            if depth == 0:
                opened = k if body[k].text == "(" else None
                break
        if opened is not None and opened >= 1:
            low, high = opened + 1, high - 1
        else:
            opened = None
    start = _range_start(body, low, high)
    ranged = start is not None
    stop = start if start is not None else high  # start is not None: ranged (asked so that type checkers see an int)
    if stop - low < 1 or stop < 2:
        return tokens, None
    letter = body[stop - 1]
    if letter.kind != "name" or letter.text not in vocab.FEATURE_INDICES:
        return tokens, None
    if opened is not None:
        # (j = 0, 1, …, n), (\text{for } j = …): the parentheses hold the qualifier and nothing else
        before = body[opened - 1]
        spaced = re.search(r"\\(?:quad|qquad|;|,|:|\s)|\\text\s*\{\s*\}", source[before.end:body[opened].start]) is not None
        comma = before.kind == "op" and before.text == ","
        inner_words = _QUALIFIER_WORDS.search(source[body[opened].end:letter.start]) is not None
        if stop - 1 != low or not (ranged or inner_words) or not (spaced or comma):
            return tokens, None
        cut = opened - 1 if comma else opened
        begin = body[cut].start
    else:
        before = body[stop - 2]
        gap = source[before.end:letter.start]
        worded = _QUALIFIER_WORDS.search(gap) is not None
        comma = before.kind == "op" and before.text == ","
        if not (worded or (comma and ranged)):
            return tokens, None
        cut = stop - 2 if comma else stop - 1
        begin = body[cut].start if comma else before.end
    if cut < 1:
        return tokens, None
    if not any(token.kind == "name" and token.text == letter.text for token in body[:cut]):
        # '…x_{ij}, k = 0, …, D': the range is of an index the formula does not write, so it says nothing of this
        # formula's entries (the note called the formula the k-th entry); left to be read or refused (audit32)
        return tokens, None
    written = " ".join(source[begin:body[-1].end].split()).lstrip(", ").removeprefix("\\ ")
    return tokens[:cut] + tokens[-1:], (f"'{written}' says for which components the formula holds: it is set aside, "
                                        f"and the formula is read as the {letter.text}-th entry")


def _example_mark_then_transpose(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""Split ``x^{(i)T}`` into ``x^{(i)}^{T}``: the i-th example, transposed (noted).

    Notes that write the example mark as a superscript put the transpose in the
    same superscript (``\sigma(x^{(i)T}\theta)``); it is the row x⁽ⁱ⁾ᵀ, which
    ``x^{(i)}^T`` already reads. Only a braced superscript holding exactly
    ``( letter ) T`` (or ``\top``, ``\intercal``) is split.
    """
    result: list[_Token] = []
    index = 0
    while index < len(tokens):
        window = tokens[index:index + 7]
        if (
            len(window) == 7
            and window[0].kind == "op" and window[0].text == "^"
            and window[1].kind == "lbrace"
            and window[2].kind == "open" and window[2].text == "("
            and window[3].kind == "name" and len(window[3].text) == 1
            and window[4].kind == "close" and window[4].text == ")"
            and (window[5].kind == "transpose" or (window[5].kind == "name" and window[5].text == "T"))
            and window[6].kind == "rbrace"
        ):
            mark, transpose, close = window[4], window[5], window[6]
            result.extend(window[:5])
            result.append(_Token("rbrace", "}", mark.end, mark.end, ""))
            result.append(_Token("op", "^", transpose.start, transpose.start, ""))
            result.append(_Token("lbrace", "{", transpose.start, transpose.start, ""))
            result.append(transpose)
            result.append(close)
            written = source[tokens[index - 1].start:close.end] if index else source[window[0].start:close.end]
            tokenizer.notes.append(f"{written} is read as the example {written.split('^')[0]}^{{({window[3].text})}}, "
                                   "transposed: the mark and the T share one superscript")
            index += 7
            continue
        result.append(tokens[index])
        index += 1
    return result


def _example_mark_below(source: str, tokens: list[_Token], tokenizer: _Tokenizer) -> list[_Token]:
    r"""Read ``y_{(i)}`` as ``y^{(i)}``: the example mark written as a subscript (noted).

    A bracketed letter is no feature index (those are bare: x_j, x_{ij}); some
    notes put the example mark below. Only ``_{(letter)}`` after a name is moved up.
    """
    result = list(tokens)
    for index in range(1, len(result) - 5):
        window = result[index:index + 6]
        if (
            result[index - 1].kind in ("name", "hat")
            and window[0].kind == "op" and window[0].text == "_"
            and window[1].kind == "lbrace"
            and window[2].kind == "open" and window[2].text == "("
            and window[3].kind == "name" and len(window[3].text) == 1
            and window[4].kind == "close" and window[4].text == ")"
            and window[5].kind == "rbrace"
        ):
            result[index] = window[0]._replace(text="^")
            written = source[result[index - 1].start:window[5].end]
            tokenizer.notes.append(f"{written} is read as {written.replace('_{(', '^{(', 1)}, the example "
                                   f"{window[3].text}: a bracketed letter below marks the example, not a feature")
    return result


#: the labels' letters whose ``(i)`` glued after them is the example mark: y(i), Y(i)
_LABELS_ON_THE_LINE = frozenset({"y", "Y"})
#: the example mark written as a superscript somewhere in the text: y^{(i)}, X^{(i)}
_RAISED_EXAMPLE_MARK = patterns.compile(r"\^\s*\{\s*\(\s*i\s*\)\s*\}")


def _example_mark_on_the_line(source: str, tokens: list[_Token], tokenizer: _Tokenizer,
                              names: Collection[str]) -> list[_Token]:
    r"""Read ``Y(i)`` as ``Y^{(i)}``: the label's example mark with its ``^`` lost (noted), as plain notation reads y(i).

    Notes on Ng's course that write ``Y^{(i)}`` throughout slip to ``Y(i)`` in a line or two (a long chain of
    ``\frac{\partial}{\partial\Theta_j}``); the label is no function, so the bracket can only be its mark. Only the
    labels' letter glued to exactly ``(i)``, where the same text writes the mark raised (``^{(i)}``, so i is the
    example index there) and no --let defines the letter; anything else stays as written (refused as before).
    """
    if _RAISED_EXAMPLE_MARK.search(source) is None:
        return tokens
    result: list[_Token] = []
    noted: set[str] = set()
    index = 0
    while index < len(tokens):
        token = tokens[index]
        window = tokens[index + 1:index + 4]
        before = tokens[index - 1] if index else None
        if (token.kind == "name" and token.raw in _LABELS_ON_THE_LINE and token.raw not in names
                and token.text not in names
                and not (before is not None and before.kind == "op" and before.text in "^_")
                and len(window) == 3 and window[0].kind == "open" and window[0].text == "("
                and window[0].start == token.end
                and window[1].kind == "name" and window[1].text == vocab.EXAMPLE_INDEX and window[1].raw == "i"
                and window[2].kind == "close" and window[2].text == ")"):
            opened, closed = window[0], window[2]
            result += [token, _Token("op", "^", opened.start, opened.start, ""),
                       _Token("lbrace", "{", opened.start, opened.start, ""), *window,
                       _Token("rbrace", "}", closed.end, closed.end, "")]
            if token.raw not in noted:
                noted.add(token.raw)
                tokenizer.notes.append(f"{token.raw}(i) is read as {token.raw}^{{(i)}}, the i-th example's label, as "
                                       "the text writes it elsewhere (a superscript (i) without its ^)")
            index += 4
            continue
        result.append(token)
        index += 1
    return result


def _scripts_in_order(tokens: list[_Token]) -> list[_Token]:
    r"""Put a subscript written after a superscript first: ``\theta^2_j`` is ``\theta_j^2``, as TeX typesets it.

    TeX attaches both scripts to the name whatever their order, so this is a
    respelling, not a reading; the example mark ``x^{(i)}_j`` is unchanged in meaning.
    """
    result = list(tokens)
    index = 0
    while index < len(result) - 1:
        token = result[index]
        if token.kind in ("name", "hat") and _is_script(result, index + 1, "^"):
            after_sup = _script_end(result, index + 2)
            if after_sup is not None and _is_script(result, after_sup, "_"):
                after_sub = _script_end(result, after_sup + 1)
                if after_sub is not None and not _is_script(result, after_sub, "^") and not _is_script(result, after_sub, "_"):
                    superscript = result[index + 1 : after_sup]
                    subscript = result[after_sup:after_sub]
                    result[index + 1 : after_sub] = subscript + superscript
        index += 1
    return result


def _is_script(tokens: list[_Token], index: int, mark: str) -> bool:
    return index < len(tokens) and tokens[index].kind == "op" and tokens[index].text == mark


def _script_end(tokens: list[_Token], index: int) -> int | None:
    """Where the script starting at ``index`` (one token, or a braced group) ends."""
    if index >= len(tokens) or tokens[index].kind == "end":
        return None
    if tokens[index].kind != "lbrace":
        return index + 1
    depth = 0
    for position in range(index, len(tokens)):
        if tokens[position].kind == "lbrace":
            depth += 1
        elif tokens[position].kind == "rbrace":
            depth -= 1
            if depth == 0:
                return position + 1
    return None


def _run(parser: _Parser, read: Callable[[], _Read]) -> _Read:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, _RECURSION_LIMIT))
    try:
        return read()
    except RecursionError:
        raise InputTooLargeError("the formula is nested too deeply", source=parser.source, column=None) from None
    finally:
        sys.setrecursionlimit(limit)


def _left_end(parser: _Parser, equals: int) -> int:
    """Where the left side ends: before ``=``, or before ``:`` of ``:=``."""
    before = parser.tokens[equals - 1] if equals else None
    if before is not None and parser.is_op(before, ":") and before.end == parser.tokens[equals].start:
        return equals - 1
    return equals


def _body(parser: _Parser, start: int) -> tree.Node:
    parser.bounded(start, len(parser.tokens) - 1)
    if parser.peek().kind == "end":
        parser.fail("there is nothing after '='", parser.tokens[start - 1].start)
    node = parser.expression()
    parser.expect_end()
    return node


def _likelihood_name(node: tree.Node) -> str | None:
    r"""L of ``\frac{\partial \ln L}{\partial\beta}`` or ``\frac{\partial \log L(\beta)}{…}`` (the likelihood's L applied to the parameters only)."""
    if not (isinstance(node, tree.Derivative) and isinstance(node.body, tree.Apply) and node.body.function == "log"):
        return None
    argument = node.body.argument
    if isinstance(argument, tree.Call) and argument.name == "L" and isinstance(argument.argument, tree.Variable) \
            and vocab.canonical_name(argument.argument.name) in vocab.PARAMETER_VECTORS:
        name = argument.name
    elif isinstance(argument, tree.Variable):
        name = argument.name
    else:
        return None
    return None if name in vocab.FIXED_NAMES else name


def _parse_range(source: str, start: int, end: int, names: Collection[str], functions: Collection[str] = (),
                 counted: Collection[str] = ()) -> Parsed:
    parser, equals = _prepare(source, start, end, names, functions)
    # an answer's bare l beside a cost that counts its examples by l (\sum_{i=1}^l): the cost's count, a quantity here
    # (the checker reads it as m, noted), not a feature index
    parser.example_count_spellings |= frozenset(
        letter for letter in counted if letter not in names
        and example_count_letters.counted_by_another_text(parser.tokens, letter))

    def read() -> Parsed:
        name = wrt = None
        first = 0
        if len(equals) > 1:
            name, wrt = _chain_of_heads(parser, equals)
            first = equals[-1] + 1
        elif equals:
            parser.bounded(0, _left_end(parser, equals[0]))
            if parser.peek().kind == "end":
                parser.fail("nothing before '='", parser.tokens[equals[0]].start, hint="write J(\\theta) = ...")
            _refuse_scaled_head(parser, equals[0])
            name, _, wrt = parser.head(what="cost")
            first = equals[0] + 1
        body = _body(parser, first)
        body = _slope_m(parser, body)
        _refuse_unmarked_beside_marked(parser, body)
        _refuse_slope_m(parser, body)
        idle_sums.refuse_idle_sums(parser.source, body, latex=True)
        bare_operands.refuse_bare_g(parser.source, body, parser.names, latex=True)
        node = readings.rename_counts(body, _mean_count(parser, body))
        return Parsed(
            node, "latex", name=name, wrt=wrt, notes=(*parser.notes, *precedence_notes(source[start:end])),
            parameters=tuple(sorted(parser.declared)), subject_example=parser.subject_example,
            subject_part=parser.subject_part,
        )

    return _run(parser, read)


def _refuse_scaled_head(parser: _Parser, equals: int) -> None:
    r"""Refuse ``2J = \frac{1}{m}\sum …``: a left side that is a number times the cost's name, with both readings.

    Written to say J is half the right side (J = E/2, the course's cost), it is as often read as a name for the
    right side itself (the function 2J, minimised by the same θ): the two gradients differ by the factor, so
    neither is taken.
    """
    number, name = parser.peek(), parser.peek(1)
    if name.kind not in ("name", "word") or name.start != number.end:
        return
    if number.kind != "number" and not _count_times_name(number, name, parser.peek(2)):
        return
    factor, letter = number.raw, name.raw
    parser.fail(
        f"the left side is {factor}·{letter}: the cost may be {letter} = (right side)/{factor}, or the right side "
        f"itself (the function {factor}{letter}); their gradients differ by the factor {factor}",
        number.start,
        hint=f"write {letter} = \\frac{{1}}{{{factor}}}(...) for {letter}, or give the right side alone",
    )


def _count_times_name(count: _Token, name: _Token, following: _Token) -> bool:
    """``mJ``: a count letter glued before a one-letter name, with no letter glued after (``MSE`` is a word)."""
    return (count.kind == "name" and count.raw in vocab.COUNT_LETTERS and len(name.raw) == 1 and name.raw.isascii()
            and name.raw.isupper() and not (following.kind == "name" and following.start == name.end))


def _chain_of_heads(parser: _Parser, equals: list[int]) -> tuple[str, tree.Variable]:
    r"""``\frac{\partial J(\theta)}{\partial\theta_j} = \nabla_{\theta_j}J(\theta) = …``: left sides that all name one derivative.

    Anything else with a second ``=`` (a chain of equal expressions, a
    derivation) is refused: the answer is the last side, and each step of a
    derivation is checked by ``logderiv steps``.
    """
    second = parser.tokens[equals[1]]
    refusal = InputError(
        f"a second '=' (column {second.start + 1})", source=parser.source, column=second.start,
        hint="give one formula, optionally named: J(\\theta) = ...; to check a derivation line by line, use 'logderiv steps'",
    )
    heads: list[tuple[str, tree.Variable]] = []
    begin = 0
    for equal in equals:
        parser.bounded(begin, _left_end(parser, equal))
        parser.heading = False
        if parser.peek().kind == "end":
            raise refusal
        try:
            name, _, wrt = parser.head(what="cost")
        except InputError:
            raise refusal from None
        if wrt is None:
            raise refusal
        heads.append((name, wrt))
        begin = equal + 1
    first_name, first_wrt = heads[0]
    for name, wrt in heads[1:]:
        if (wrt.name, wrt.feature, wrt.example) != (first_wrt.name, first_wrt.feature, first_wrt.example):
            parser.fail("the left sides name different derivatives", wrt.span.start,
                        hint="give the answer once: \\frac{\\partial J}{\\partial \\theta_j} = ...")
    shown = {"theta": "θ", "beta": "β"}.get(first_wrt.name, first_wrt.name)
    index = "" if first_wrt.feature is None else {"j": "ⱼ"}.get(first_wrt.feature, "_" + first_wrt.feature)
    parser.note(f"the {len(heads)} left sides all name ∂{first_name}/∂{shown}{index}: the answer is the last side")
    return first_name, first_wrt


def _mean_count(parser: _Parser, body: tree.Node) -> dict[str, str]:
    r"""The counts to rename: the sums' bounds', and a letter that scales a sum with no bound (``\frac{1}{N}\sum_i``).

    Only when no bound already names the example count; a letter bounded over
    the features (or written in another role) that also scales such a sum is refused.
    """
    bound = next((written for written, meaning in parser.counts.items() if meaning == vocab.EXAMPLE_COUNT), None)
    if bound is not None:
        return _other_mean_count(parser, body, bound)
    letter, where, why = readings.mean_count(body)
    if where is None and letter is not None and letter in parser.counts:
        where, why = readings.first_use(body, letter), f"'{letter}' also bounds a sum over the features"
    if not readings.settle_mean_count(parser, letter, where, why, latex=True):
        return parser.counts
    assert letter is not None, "settle_mean_count reads no count where mean_count named no letter"
    return {**parser.counts, letter: vocab.EXAMPLE_COUNT}


def _other_mean_count(parser: _Parser, body: tree.Node, bound: str) -> dict[str, str]:
    r"""``-\frac{1}{N}\sum_{i=1}^{n}[…]``: a count letter other than the bound scales the sum over the examples.

    ML notes write N and n (or m and N) for the one number of examples, the bound of the sum and the mean's
    divisor alike; taken as a free constant, 1/N would scale the gradient by a number the text never gives
    (the f5-jubaer misread). So a letter of N, M, n, m that scales the sum and is written nowhere but in
    denominators and is no --let name is read as the same count, noted; one written in another role, or one
    that also counts the features, is refused. Only a letter that scales a sum over the examples is read so.
    """
    letters = readings.MEAN_COUNT_LETTERS - {bound} - set(parser.names)
    letter, where, why = readings.mean_count(body, letters)
    if letter is None:
        stray = readings.count_in_denominator(body, letters - set(parser.counts) - {vocab.FEATURE_COUNT})
        if stray is not None:
            # λ/(2N) beside \sum_{i=1}^{n}: by the same convention N may count the examples, or be a constant
            parser.fail(f"cannot tell what '{stray.name}' is: it divides like a count, and the examples are "
                        f"counted by '{bound}' (the bound of the sum over them)", stray.span.start,
                        hint=f"write {bound} for the number of examples, or define {stray.name} with --let")
        return parser.counts
    if where is None and letter in parser.counts:
        where, why = readings.first_use(body, letter), f"'{letter}' also bounds a sum over the features"
    if where is not None:
        parser.fail(f"cannot tell what '{where.name}' is: {why}", where.span.start,
                    hint=f"write the sum's bound and its mean's divisor with one letter (\\frac{{1}}{{{bound}}}"
                         f"\\sum_{{i=1}}^{{{bound}}}) if both count the examples")
    if bound == vocab.EXAMPLE_COUNT and letter == vocab.FEATURE_COUNT:
        _refuse_features_over_examples(parser, body, letter)
    parser.note(f"{letter} beside the sum over the {bound} examples (\\sum_{{i=1}}^{{{bound}}}) counts them too, as "
                f"ML notes write N and n for the one number of examples: 1/{letter} is read as 1/m, the mean"
                + ("; the features are counted by n in the output" if vocab.FEATURE_COUNT in (letter, bound) else ""))
    return {**parser.counts, letter: vocab.EXAMPLE_COUNT}


def _refuse_features_over_examples(parser: _Parser, body: tree.Node, letter: str) -> None:
    r"""Refuse ``\frac{1}{n}\sum_{i=1}^{m}``: a text that counts its examples by m has n for its features.

    N and n beside a sum bounded by n or N are one count written two ways (f5-jubaer's -\frac{1}{N}\sum_{i=1}^{n});
    but the notes that bound the sum by m (Ng's, logderiv's) count the features by n, so 1/n there is either a slip
    of n for m (the mean: the gradient) or the number of features (1/n, not the gradient), and the two readings
    give opposite verdicts (hunt32: the slip was read as the mean, and judged right).
    """
    where = readings.first_use(body, letter)
    parser.fail(f"'{letter}' divides the sum over the m examples (\\sum_{{i=1}}^{{m}}), and a text counting its "
                f"examples by m counts its features by {letter}: read as a slip for m it is the mean, read as the "
                f"number of features it is not", where.span.start,
                hint="write \\frac{1}{m} for the mean over the examples")


def _slope_m(parser: _Parser, body: tree.Node) -> tree.Node:
    r"""Read an ``m`` that multiplies the input (``m x_i``) as the slope when another letter counts the examples.

    ``\frac{1}{n}\sum_{i=1}^{n}(y_i - m x_i - c)^2``: n bounds (or scales) the
    sum over the examples, so m is not their count; written as a factor of
    x it is the slope, a parameter (noted). An m that also bounds a sum, or
    stands anywhere but beside x, keeps today's reading or refusal.
    """
    if vocab.EXAMPLE_COUNT in parser.counts or not scalars.slope_factors(body):
        return body
    slope = scalars.as_slope(body)
    counted = next((letter for letter, meaning in parser.counts.items() if meaning == vocab.EXAMPLE_COUNT), None)
    if counted is None:
        letter, where, _ = readings.mean_count(slope)
        if letter is None or where is not None or letter in parser.counts:
            return body
        counted = letter
    parser.note(scalars.slope_note(counted))
    return slope


def _refuse_unmarked_beside_marked(parser: _Parser, body: tree.Node) -> None:
    r"""Refuse ``\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})x_j``: x marked as the example once, unmarked once, in one sum.

    An unmarked x inside a sum over the examples is read as the example's; but where the same sum
    marks x with ^{(i)} and leaves another x without it, the writer either forgot the mark or means
    a value that does not follow the sum: either would be a guess. A feature x_j bound by no feature
    sum is left to :mod:`.unmarked_features`, the rule the plain reader's sums follow too.
    """
    for node in tree.walk(body):
        if not (isinstance(node, tree.Sum) and node.over == "examples"):
            continue
        names = [item for item in tree.walk(node.body) if isinstance(item, tree.Variable) and item.name == "x"]
        if any(item.example is not None for item in names):
            dropped = _dropped_call_marks(node.body)
            # x_j, bound by no feature sum: the builder's rule for both front ends reads it as xⱼ⁽ⁱ⁾ or refuses it
            features = {id(item) for item in unmarked_features.unmarked(node)}
            unmarked = [item for item in names if item.example is None and id(item) not in dropped
                        and id(item) not in features]
            for call in dropped.values():
                written = parser.source[call.span.start:call.span.end]
                parser.note(f"'{written}' beside the same function of the marked example in one sum is read as the "
                            "example's (the mark dropped), as the builder reads a prediction inside a sum anyway")
            if unmarked:
                first = min(unmarked, key=lambda item: item.span.start)
                written = parser.source[first.span.start:first.span.end]
                parser.fail(
                    f"'{written}' has no example index while x^{{(i)}} in the same sum has one: "
                    f"{written}^{{(i)}} (the i-th example's) or a value that does not follow the sum?",
                    first.span.start,
                    hint=f"write {written}^{{(i)}} for the example's feature, as the rest of the sum does",
                )


def _dropped_call_marks(body: tree.Node) -> dict[int, tree.Call]:
    r"""The unmarked x's of ``h_w(x)`` beside ``h_w(x_i)`` in one sum (``y_i\log h_w(x) + (1-y_i)\log(1-h_w(x_i))``), by id.

    One function of the example, called once with the mark and once without, in the terms of one
    example: the call is the prediction for that example either way (a prediction at a point that
    does not follow the sum, beside the same prediction that does, would be no cost anyone writes).
    Gives each such x with its call.
    """
    calls = [(item, item.argument) for item in tree.walk(body) if isinstance(item, tree.Call)
             and isinstance(item.argument, tree.Variable) and item.argument.name == "x" and item.argument.feature is None]
    marked = {(call.name, argument.example) for call, argument in calls if argument.example is not None}
    return {id(argument): call for call, argument in calls if argument.example is None
            and len({example for name, example in marked if name == call.name}) == 1}


def _refuse_slope_m(parser: _Parser, body: tree.Node) -> None:
    """Refuse an m of its own (a slope, ŷ = m x + b) in a text whose sums say another letter counts the examples.

    That letter is read as logderiv's count m, so the two would silently become one.
    """
    if not any(meaning == vocab.EXAMPLE_COUNT and letter != vocab.EXAMPLE_COUNT for letter, meaning in parser.counts.items()):
        return
    slope = scalars.bare_count(body)
    if slope is not None:
        counted = next(letter for letter, meaning in parser.counts.items() if meaning == vocab.EXAMPLE_COUNT)
        parser.fail(
            f"'m' is a quantity of its own here (a slope?), but {counted} counts the examples and is read as m",
            slope.span.start,
            hint=scalars.COUNT_COLLISION_HINT,
        )


def looks_like_latex(text: str) -> bool:
    r"""Whether ``text`` is LaTeX rather than plain notation: it has a backslash, a brace, a ``$`` or a ``∇``.

    ``∇_w L(w) = 2X^T(Xw - Y)`` in a Markdown code block is \nabla's left side typed
    as its symbol: only the LaTeX front end reads a gradient's left side.
    """
    # written out, not any() over the characters: asked some forty times an answer by the respelling passes
    return "\\" in text or "{" in text or "}" in text or "$" in text or "∇" in text


def parse(text: str, *, names: Collection[str] = (), functions: Collection[str] = (),
          counted: Collection[str] = ()) -> Parsed:
    r"""Read a LaTeX formula into a :class:`~logderiv.notation.parsed.Parsed` tree, or raise InputError.

    ``names`` are multi-letter names defined with ``--let`` (``loss``). A left
    side (``J(\theta) =``, ``\mathcal{L} :=``) becomes the parsed ``name``. ``counted``: the letters (l, ℓ) another
    text (the cost) counts the examples by, read here as a bare quantity where this text writes them only so.
    """
    if not isinstance(text, str):
        raise InputError("the formula must be text", source="", column=None)
    try:
        return _parse_range(text, 0, len(text), names, functions, counted)
    except InputError as error:
        read = _without_a_stray_close(text, error, names, functions)
        if read is None:
            raise
        return read


#: a writer's own command for the product sign, which LaTeX does not define (cold32's notes: 2 \dotproduct
#: \frac{1}{2m} …): read as \cdot where a factor stands on each side (:meth:`typographic_alias`)
_PRODUCT_MACROS = frozenset({"dotproduct"})
#: the tokens a factor ends with, after which such a product sign may stand (a name, a number, a closing bracket)
_FACTOR_ENDS = frozenset({"name", "number", "close", "rbrace", "transpose", "prime", "factorial", "norm"})

#: most places a '(' is tried at for a ')' that closes none (a line longer has too many readings to weigh)
_STRAY_CLOSE_TRIES = 400
#: where an operand starts, and so a left-out '(' may stand: a letter, a digit, a bracket, a command that is no
#: operator or closing (\frac, \theta, \log; not \right, \cdot, \times), or a minus, which a '(' before it
#: makes a negated factor (y - z) → y(-z): a product people write, so a reading to weigh
_OPERAND_START = patterns.compile(r"[A-Za-z0-9({\[-]|\\(?!right|cdot|times|quad|qquad|,|;|!)[A-Za-z]")
#: a script's mark right before a place (w^ x, y_ i): the script's operand, where no '(' is meant
_SCRIPT_BEFORE = patterns.compile(r"[\^_]\s*\Z")


def _without_a_stray_close(text: str, error: InputError, names: Collection[str],
                           functions: Collection[str]) -> Parsed | None:
    r"""A line with one ``)`` that closes no ``(``, read without it when that is the only meaning it can have.

    ``(y\frac{1}{g} - (1-y)\frac{1}{1-g}))`` (Chinese notes on CS229): the writer typed a ``)`` too many, or
    left out a ``(`` somewhere before it. Dropping it is one reading; a ``(`` before any token is another. When
    every ``(`` that makes the line read gives the same formula as dropping the ``)``, that formula is the line
    (noted). When one gives another formula (``y(\frac{1}{g} - …)`` is y times the whole bracket), where the
    ``(`` was meant decides, and the line is refused with both readings. None: no such ``)``, or the line
    without it does not read either (the original refusal stands).
    """
    column = error.column
    # "')' does not close '{'": the ')' closes no '(' inside a brace group of the left side, \frac{\partial
    # J(\theta))}{…} (UFLDL's Chinese notes), weighed as a stray ')' at the top level is; in a right side's script,
    # x^{(i))} beside h_θ written next to x (koala's notes), the formula is malformed beyond one ')': refused
    in_braces = str(error).startswith("')' does not close '{'")
    if in_braces and (column is None or "=" in text[:column] or "=" not in text[column:]):
        return None
    if column is None or not (in_braces or str(error).startswith("unmatched ')'")) \
            or text[column:column + 1] != ")" \
            or column > _STRAY_CLOSE_TRIES:
        return None
    try:
        dropped = _parse_range(text[:column] + " " + text[column + 1:], 0, len(text), names, functions)
    except InputError:
        return None
    meant = _without_spans((dropped.tree, dropped.name, dropped.wrt))  # the left side's reading too: ∂J/∂θⱼ
    for place in range(column):
        before, at = text[place - 1:place] if place else " ", text[place]
        if before in "\\^_" or before.isalnum() and at.isalnum() or not _OPERAND_START.match(text, place) \
                or _SCRIPT_BEFORE.search(text, 0, place):
            continue  # only where an operand starts: not inside a command, a name, a number or a script
        try:
            other = _parse_range(text[:place] + "(" + text[place:], 0, len(text) + 1, names, functions)
        except InputError:
            continue
        if _without_spans((other.tree, other.name, other.wrt)) != meant:
            _fail(f"unmatched ')': dropping it and adding a '(' at column {place + 1} give two formulas, so where "
                  "the bracket was meant decides; which one?", text, column,
                  hint=f"remove the ')', or write its '(' where it was meant, e.g. "
                       f"…{' '.join(text[max(0, place - 12):place].split())} ({' '.join(text[place:column].split())[:24]}…")
    return dataclasses.replace(dropped, notes=(*dropped.notes, (
        f"the ')' at column {column + 1} closes no '(': wherever a '(' could have been left out before it, the line "
        "reads as it does without that ')', so it is read without it")))


def _without_spans(node: object) -> object:
    """A tree as nested tuples, its spans left out: two readings of a line compared by what they say."""
    if isinstance(node, Span):
        return None
    if dataclasses.is_dataclass(node):
        return (type(node).__name__,) + tuple(_without_spans(getattr(node, field.name))
                                              for field in dataclasses.fields(node) if field.name != "span")
    if isinstance(node, tuple):
        return tuple(_without_spans(item) for item in node)
    return node


def split_let(text: str) -> tuple[str, Span, int]:
    r"""Split ``NAME = EXPR`` (``h_\theta(x) = \sigma(\theta^\top x)``) into the name, its span and where EXPR starts."""
    equals = find_let_equals(text, "e.g. --let 'h = \\sigma(\\theta^\\top x)'")
    left = text[:equals].rstrip()
    if left.endswith(":"):
        left = left[:-1]
    word = left.strip()
    if len(word) > 1 and word.isascii() and word.isalpha():  # a multi-letter name: loss = ...
        begin = text.index(word)
        problem = vocab.let_name_problem(word)
        if problem is not None:
            _fail(problem[0], text, begin, hint=problem[1])
        return word, Span(begin, begin + len(word)), equals + 1
    # the head t_i names the value being defined, not Bishop's target t_n (no y written): read as t, which the
    # other lets' values then read as this let's (notation.read_definitions). Only t: a head W or ω given itself
    # as a name would be read as the let's, while the other lets' values still rename W and ω to w
    defines_t = re.match(r"\s*t(?![A-Za-z])", left) is not None
    parser, _ = _prepare(text, 0, len(left), ("t",) if defines_t else ())
    if not word:
        _fail("a --let needs a name before '='", text, equals, hint="e.g. --let 'h = \\sigma(\\theta^\\top x)'")
    name, token, _ = _run(parser, lambda: parser.head(what="definition"))
    return name, Span(token.start, token.end), equals + 1


def parse_let(text: str, *, names: Collection[str] = (), functions: Collection[str] = ()) -> tuple[str, Parsed]:
    """Read a ``--let`` definition ``NAME = EXPR`` written in LaTeX into the name and the parsed EXPR."""
    name, _, value_start = split_let(text)
    try:
        parsed = _parse_range(text, value_start, len(text), set(names) | {name}, functions)
    except InputError as error:
        _refuse_a_second_sign(text, value_start, error)
        raise
    if parsed.name is not None:
        _fail("a --let has one '='", text, text.find("=", value_start), hint="e.g. --let 'h = \\sigma(z)'")
    if _GLUED_HAT.search(text, 0, value_start):
        # \hat{y}i = …: the name's reading is noted where the name is read, which keeps no notes of its own
        left, _ = _prepare(text, 0, value_start - 1, ())
        said = tuple(note for note in left.notes if GLUED_INDEX_NOTE in note and note not in parsed.notes)
        parsed = dataclasses.replace(parsed, notes=(*said, *parsed.notes))
    listed = _listed_head_note(text, value_start - 1)
    if listed is not None:
        parsed = dataclasses.replace(parsed, notes=(listed, *parsed.notes))
    return name, parsed


#: a sign the tokenizer reads as '=' (a second one in a --let's value makes its left part a left side)
_EQUALS_SIGN = patterns.compile(r"\\(?:equiv|coloneqq|coloneq|triangleq)(?![A-Za-z])|(?<![<>!=:])=(?!=)")


def _refuse_a_second_sign(text: str, value_start: int, error: InputError) -> None:
    r"""Say what really stops ``h = A \triangleq B``: a second '=' in a --let, not a left side naming no cost.

    A value read as a formula ``A = B`` takes A for a cost's left side, so the refusal named the cost at A's
    start, which misled (the writer wrote no cost there). Where the refusal is about that left side and the value
    holds a sign of equality outside every bracket, the sign is named instead. Any other refusal stands.
    """
    if not str(error).startswith(("the left side", "nothing before '='")):
        return
    value = text[value_start:]
    depths, depth = [], 0
    for char in value:
        depth += (char in "([{") - (char in ")]}")
        depths.append(max(depth, 0))
    for sign in _EQUALS_SIGN.finditer(value):
        if depths[sign.start()] == 0:
            column = value_start + sign.start()
            _fail(f"a --let has one '=', or a chain of '=' whose first side is a name: '{sign.group(0)}' here is a "
                  "second sign of equality, read as '='", text, column,
                  hint="e.g. --let 'h = \\sigma(z)' or --let 'h = \\frac{1}{1+e^{-z}} = \\sigma(z)'")


def _listed_head_note(text: str, end: int) -> str | None:
    """The note for a head whose bracket lists one example's features (``h_\\theta(x_1,…,x_n) =``), else None.

    The head is read where the name is, which keeps no notes of its own (as for a glued hat above).
    """
    if "," not in text[:end]:
        return None
    try:
        tokens = _tokenize(text, 0, end, frozenset())
    except InputError:
        return None
    opened = next((k for k, token in enumerate(tokens) if token.kind == "open" and token.text == "("), None)
    closer = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].kind == "close"), None)
    if opened is None or closer is None or opened == 0 or not _listed_features(tokens[opened + 1:closer]):
        return None
    return (f"{text[tokens[0].start:tokens[closer].end]}: the features of one example listed, read as the example x")
