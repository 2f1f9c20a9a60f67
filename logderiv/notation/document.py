"""A written derivation split into steps: one expression per line, a chain, or a LaTeX ``align``.

:func:`read_document` scans the text once, character by character, keeping
track of brace and bracket nesting, and cuts it into :class:`WrittenStep`\\ s at
the ``=`` signs (and, in plain notation, at line ends) that stand at the top
level. It accepts:

* one expression per line, optionally starting with ``=``; a chain ``A = B = C``;
* LaTeX: ``align``/``align*``/``aligned`` (and ``equation``, ``gather``, ``split``)
  blocks, plain TeX's ``\\eqalign{…}``, ``&=`` and ``\\\\`` (``\\\\[2ex]``), ``$$ … $$``, ``\\[ … \\]``;
* rule annotations: ``\\underset{\\text{rule}}{=}``, ``\\overset{…}{=}``,
  ``\\stackrel{…}{=}`` (the ``=`` braced or not), ``\\tag{rule}``, a third ``&&`` column, a ``%`` comment, or in
  plain text a trailing ``# rule`` or ``(rule)``;
* a leading name of the derivative (``dJ/dtheta_j =``, ``∂J/∂θⱼ =``,
  ``\\frac{\\partial J(\\theta)}{\\partial\\theta_j} =``), which names what is
  derived and is not a step.

Whatever is not part of an expression (alignment marks, environments, labels,
annotations) is replaced by spaces rather than removed, so a step's text has
the same length as the slice of the document it came from: a column the parser
reports in a step is an offset into the document, and an error points at the
right line and column. Nothing here parses an expression or imports sympy.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Literal, Sequence

from ..errors import InputError, InputTooLargeError
from ..record import record
from . import vocabulary as vocab
from .lemmas import LemmaSpan
from .sigmoid_prime import statement_of_a_derivative, states_the_sigmoids_derivative
from .. import patterns

__all__ = ["WrittenStep", "WrittenLemma", "Document", "read_document", "derivative_name", "locate", "MAX_LENGTH", "MAX_STEPS"]

#: Longest document read, in characters.
MAX_LENGTH = 100_000
#: Most steps in one document.
MAX_STEPS = 200

Notation = Literal["plain", "latex"]

#: display environments whose \begin and \end are layout, not mathematics
_ENVIRONMENTS = frozenset(
    f"{name}{star}"
    for name in ("align", "aligned", "alignat", "alignedat", "equation", "gather", "gathered",
                 "split", "multline", "eqnarray", "displaymath", "math")
    for star in ("", "*")
)
#: plain TeX's alignment macros, whose one braced argument holds the rows (\eqalign{ a &= b \\ &= c })
_ALIGNMENT_MACROS = frozenset({"eqalign", "eqalignno", "displaylines"})
#: commands that put a label over or under a relation: \underset{label}{=}
_ANNOTATED_RELATIONS = frozenset({"underset", "overset", "stackrel"})
#: commands with one argument that is layout only
_DROPPED_WITH_ARGUMENT = frozenset({"label"})
#: commands without arguments that are layout only
_DROPPED = frozenset({"nonumber", "notag", "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle"}) | {
    # size switches: they change how the rest of a line looks, never what it says (\small\underset{…}= …)
    "tiny", "Tiny", "scriptsize", "footnotesize", "small", "normalsize", "large", "Large", "LARGE", "huge", "Huge",
    # spacing: a row that opens with \quad before its =& must not read the space as a left side
    "quad", "qquad",
}
#: after \quad, a bracket of words alone: ``[\text{chain rule}]``, ``(\text{linearity})`` annotates the row
_BRACKETED_RULE = patterns.compile(r"\s*(?:\[(?:\s*\\(?:text|textrm|textit|mbox)\s*\{[^{}$]*\})+\s*\]"
                             r"|\((?:\s*\\(?:text|textrm|textit|mbox)\s*\{[^{}$]*\})+\s*\))")
#: after a space command: more spacing, then a number in brackets that ends its row (\\, \end, $, a blank line or the
#: text's end): the equation's number, as ximenasandoval's Poisson post writes ``… y^{(i)} \ \ \ \ (6)``; numbered
#: by section (2.1) or with a letter (3a) too, which were read as a factor 2.1 or 3a and a right row judged wrong
_EQUATION_NUMBER = patterns.compile(
    r"(?:\s|~|\\[ ,;]|\\q?quad(?![A-Za-z])|\\hspace\*?\s*\{[^{}]*\})*\(\s*(?P<number>[1-9]\d{0,2}(?:\.\d{1,3}){1,2}|\d{1,3}[a-z]?)\s*\)[ \t]*"
    # then, left to be read as ever, a \\label, \\nonumber or a comment before the row's end (… (7) \\label{eq:7})
    r"(?=(?:[ \t]|\\label\s*\{[^{}]*\}|\\no(?:number|tag)(?![A-Za-z]))*(?:%[^\n]*)?"
    r"(?:\\\\|\\end\b|\$|\\\]|\n\s*(?:\\end\b|\$|\\\]|\n|$)|$))")
#: before an '=' that opens an index range: a comma or the words "for (all)" (spacing allowed), then the component
#: index alone: ``…x_j^{(i)},\ j`` of ``…,\ j = 0, 1, \ldots, D`` (the expression parser sets the range aside, noted)
_RANGE_INDEX = patterns.compile(
    r"(?:,|\\(?:text|textrm|mathrm|mbox)\s*\{\s*for(?:\s+(?:all|each|every))?\s*\})"
    r"(?:\s|~|\\[ ,;:]|\\q?quad(?![A-Za-z]))*(?P<letter>[jkl])\s*$")
#: after it, the range to the end of its row: numbers, an ellipsis and the last one (a count, as the expression reader's), then \\, \end, $ or
#: the line's end: ``0, 1, \ldots, D``; anything else after the '=' and it is a step as ever
_RANGE_VALUES = patterns.compile(
    r"\s*\d+\s*(?:,\s*\d+\s*)*,\s*(?:\\[lc]?dots(?![A-Za-z])|\.\.\.|…)\s*,\s*(?:\d+|[nmNpdD])\s*[.,]?\s*"
    r"(?=\\\\|\\end\b|\$|\n|$)")
#: \hspace's argument, before an equation's number set apart by it (\hspace{1cm} (7))
_HSPACE_ARGUMENT = patterns.compile(r"\*?\s*\{[^{}]*\}")
#: eqnarray's relation column opening at an '&': &=& (spaces allowed), the '=' set between two '&'
_EQNARRAY_RELATION = patterns.compile(r"&[ \t]*=[ \t]*&")
#: TeX's small spaces and its control space: a piece made of them alone is empty (`$\ \ \ =…$` indents its =)
_SPACING = patterns.compile(r"\\[ ,;:!]")
#: commands whose argument is text, unwrapped when a rule annotation is cleaned
_TEXT_COMMANDS = ("text", "textrm", "textit", "textsf", "mathrm", "mathit", "mbox", "textbf", "mathbf",
                  "operatorname", "small", "footnotesize", "scriptsize", "tiny")
#: a Greek letter's command, and the letter (\sigma -> σ), for rule annotations
_LETTERS = {name: letter for letter, name in vocab.GREEK.items()} | {"sigma": "σ", "partial": "∂", "prime": "′"}
#: a command that takes an argument, ending a line: its argument is the next line's first token, as in TeX
_AWAITS_ARGUMENT = patterns.compile(r"\\(?:text|textrm|textit|textup|textnormal|mbox|mathrm|mathit|mathbf|operatorname)$")
#: the cost's name, and how its argument may be written: J(θ) is just J
_COST_NAME = "J"
_COST_ARGUMENTS = ("θ", "theta", "\\theta", "\\boldsymbol{\\theta}", "\\mathbf{\\theta}")


@record
class WrittenStep:
    """One expression of a written derivation, and where it stands in the document."""

    #: the expression's text: the document slice with layout blanked out (same length)
    text: str
    #: 0-based offset of ``text`` in the document
    offset: int
    #: 1-based line and 0-based column where the expression itself starts
    line: int
    column: int
    #: the rule the writer gave for ``previous = this``, if any
    rule: str | None = None

    @property
    def written(self) -> str:
        """The expression as written, on one line with single spaces."""
        return " ".join(self.text.split())


@record
class WrittenLemma:
    """A lemma the writer marked beside the derivation: a chain of its own, its first step its left side."""

    title: str | None
    steps: tuple[WrittenStep, ...]
    #: found beside the derivation rather than marked (a chain opening with a derivative of another expression)
    side: bool = False
    #: the name whose definition this chain rewrites (``\\hat{y}`` of ŷ = σ(z) = 1/(1 + e^{−z}), the chain being
    #: σ(z) = 1/(1 + e^{−z})), or None for a lemma
    rewrite: str | None = None
    #: the page notes how the chain is read (:attr:`logderiv.notation.lemmas.LemmaSpan.noted`): no note of its own
    noted: bool = False
    #: the name an update rule updates, this chain being its sides after the rule's own
    #: (:attr:`logderiv.notation.lemmas.LemmaSpan.update`), or None
    update: str | None = None


@record
class Document:
    """A derivation as written: its steps, its notation, and what it says it derives."""

    source: str
    notation: Notation
    steps: tuple[WrittenStep, ...]
    #: the leading name of the derivative (``dJ/dtheta_j``), if the document has one
    name: str | None = None
    #: the variable that name differentiates by, as written (``theta_j``), and where
    wrt: str | None = None
    wrt_offset: int | None = None
    #: the lemmas marked beside the derivation (:mod:`logderiv.notation.lemmas`), never steps of it
    lemmas: tuple[WrittenLemma, ...] = ()
    #: what the scanner read as layout and says so (an equation's number set apart at a row's end)
    readings: tuple[str, ...] = ()


def locate(source: str, offset: int) -> tuple[int, int]:
    """The 1-based line and 0-based column of ``offset`` in ``source``."""
    line_start = source.rfind("\n", 0, offset) + 1
    return source.count("\n", 0, offset) + 1, offset - line_start


def read_document(source: str, *, input: str = "auto", breaks: tuple[int, ...] = (),
                  lemmas: Sequence[LemmaSpan] = (), leading_name: bool = True) -> Document:
    """Split a written derivation into steps, or raise :class:`~logderiv.errors.InputError`.

    ``input`` (``auto``, ``latex``, ``plain``) forces the notation; ``auto``
    takes LaTeX when the text has a backslash, an ``&`` or a ``$``. ``breaks``
    are offsets that end a step as a plain line end does (the ends of the maths
    blocks of notes, :mod:`logderiv.notation.notes`). ``lemmas`` are the blocks
    marked as lemmas (:mod:`logderiv.notation.lemmas`): their steps are the
    document's ``lemmas``, each block a chain of its own. ``leading_name=False``
    keeps a first derivative's left side (``∂J/∂w`` of ``∂J/∂w = …``) a step, as it is
    after a definition of the cost: the caller puts a cost defined later before it.
    """
    if not isinstance(source, str):
        raise InputError("the derivation must be text", source="", column=None)
    if len(source) > MAX_LENGTH:
        raise InputTooLargeError(
            f"the derivation is {len(source):,} characters long; at most {MAX_LENGTH:,} are read",
            source=source[:200], column=None,
        )
    if input == "auto":
        notation: Notation = "latex" if any(mark in source for mark in "\\&$") else "plain"
    else:
        notation = "latex" if input == "latex" else "plain"
    scan = _Scanner(source, notation)
    scan.leading_name = leading_name
    scan.breaks = tuple(breaks)
    scan.run()
    scan.cuts += [_Cut(offset, offset, hard=False) for offset in breaks]
    return _with_lemmas(scan, lemmas)


def _with_lemmas(scan: "_Scanner", lemmas: Sequence[LemmaSpan]) -> Document:
    """The document, the steps inside each lemma's block taken out of the chain into a lemma of its own."""
    if not lemmas:
        return scan.document()
    # a lemma's edges end a step, so no row of it is joined to the derivation's last; its mark is no rule
    scan.cuts += [_Cut(offset, offset, hard=False) for lemma in lemmas for offset in (lemma.start, lemma.end)]
    scan.notes = [(offset, note) for offset, note in scan.notes if offset not in {lemma.mark for lemma in lemmas}]
    scan.lemma_spans = [(lemma.start, lemma.end) for lemma in lemmas]
    document = scan.document(allow_empty=True)
    inside = [[step for step in document.steps if lemma.start <= step.offset < lemma.end] for lemma in lemmas]
    taken = {id(step) for steps in inside for step in steps}
    steps = tuple(step for step in document.steps if id(step) not in taken)
    if not steps:
        raise _fail("there is no derivation to check, only a lemma", scan.source, None,
                    hint="write the derivation beside the lemma, or leave out the '% lemma' mark")
    written = tuple(WrittenLemma(lemma.title and _clean_rule(lemma.title), tuple(found), lemma.side, lemma.rewrite,
                                 lemma.noted, lemma.update)
                    for lemma, found in zip(lemmas, inside) if found)
    return dataclasses.replace(document, steps=steps, lemmas=written)


def _fail(message: str, source: str, offset: int | None, hint: str | None = None) -> InputError:
    line = None if offset is None else locate(source, offset)[0]
    return InputError(message, source=source, column=offset, hint=hint, line=line)


@dataclass
class _Cut:
    """A step boundary: an ``=`` (``hard``) or a line end in plain notation."""

    offset: int
    end: int
    hard: bool
    rule: str | None = None


class _Scanner:
    """One pass over the document: blank layout, record cuts and annotations."""

    def __init__(self, source: str, notation: Notation) -> None:
        self.source = source
        self.notation = notation
        self.chars = list(source)
        self.position = 0
        self.braces: list[int] = []  # offsets of open '{'
        self.brackets: list[int] = []  # offsets of open '(' '[' \left
        self.cuts: list[_Cut] = []
        #: the lemmas' blocks (start, end): no step of theirs is the derivation's first, nor names its derivative
        self.lemma_spans: list[tuple[int, int]] = []
        #: whether a first derivative's left side names the document's derivative (else it stays a step)
        self.leading_name = True
        #: (offset, text): an annotation for the step being read at offset
        self.notes: list[tuple[int, str]] = []
        self.ampersands = 0  # in the current row
        #: the ends of the notes' maths blocks (read_document's ``breaks``), and where the last & stood: a row
        #: of a display split into equations ends at its block's end, its \\ left out, and its & is not
        #: the next block's first column (audit37: the next row's = … was read as a further column, a rule)
        self.breaks: tuple[int, ...] = ()
        self.last_ampersand = 0
        #: offsets of the '}' closing an alignment macro's argument (\eqalign{…}), which opened no group
        self.layout_braces: set[int] = set()
        #: open arrays of rows (\begin{array}{rcl}) whose \end is layout
        self.arrays: list[bool] = []
        #: the last search for each matrix mark (\begin{matrix}, \end{matrix}): from where, and where it stood
        self.matrix_marks: dict[str, tuple[int, int]] = {}
        #: notes on what was read as layout (Document.readings)
        self.readings: list[str] = []

    # -- helpers --

    def blank(self, start: int, end: int) -> None:
        for index in range(start, end):
            if self.chars[index] != "\n":
                self.chars[index] = " "

    def at_top(self) -> bool:
        return not self.braces and not self.brackets

    def command_at(self, position: int) -> tuple[str, int]:
        """The control word or symbol starting at ``position`` (a backslash), and its end."""
        end = position + 1
        if end < len(self.source) and self.source[end].isalpha():
            while end < len(self.source) and self.source[end].isalpha():
                end += 1
            return self.source[position + 1 : end], end
        return self.source[position + 1 : end + 1], min(end + 1, len(self.source))

    def skip_space(self, position: int) -> int:
        while position < len(self.source) and self.source[position] in " \t":
            position += 1
        return position

    def colours_a_display(self, position: int) -> bool:
        """Whether ``\\color{spec}`` at ``position`` colours a group that holds a display's environment (``\\begin{align}``)."""
        try:
            _, opening = self.group(position, "color")
            content, _ = self.group(opening, "color")
        except InputError:
            return False
        return any(f"\\begin{{{environment}}}" in content for environment in _ENVIRONMENTS)

    def group(self, position: int, command: str) -> tuple[str, int]:
        """The brace group ``{…}`` starting at ``position`` (after spaces): its content and end."""
        position = self.skip_space(position)
        if position >= len(self.source) or self.source[position] != "{":
            raise _fail(f"expected '{{' after \\{command}", self.source, position, hint=f"write \\{command}{{...}}")
        depth = 0
        index = position
        while index < len(self.source):
            char = self.source[index]
            if char == "\\":
                index += 2  # an escaped character (\{ \}) neither opens nor closes
                continue
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    return self.source[position + 1 : index], index + 1
            index += 1
        raise _fail("'{' is never closed", self.source, position, hint="add '}'")

    def optional(self, position: int) -> int:
        """Skip an optional argument ``[…]`` (``\\\\[2ex]``, ``\\begin{aligned}[t]``)."""
        start = self.skip_space(position)
        if start < len(self.source) and self.source[start] == "[":
            end = self.source.find("]", start)
            if end != -1 and "\n" not in self.source[start:end]:
                return end + 1
        return position

    # -- the pass --

    def run(self) -> None:
        source = self.source
        while self.position < len(source):
            char = source[self.position]
            if char == "\\":
                self.backslash()
            elif char == "{":
                self.braces.append(self.position)
                self.position += 1
            elif char == "}" and self.position in self.layout_braces:
                self.position += 1  # the brace closing \eqalign{…}: layout, opened by no group
            elif char == "}":
                if not self.braces:
                    raise _fail("unmatched '}'", source, self.position, hint="remove it, or add the '{'")
                self.braces.pop()
                self.position += 1
            elif char in "([":
                self.brackets.append(self.position)
                self.position += 1
            elif char in ")]":
                if self.brackets:
                    self.brackets.pop()
                self.position += 1  # an unmatched one is the expression parser's to report
            elif char == "=" and self.at_top() and self.index_range_at(self.position):
                self.position += 1  # j = 0, 1, …, D beside a step: the range of its index, no step of its own
            elif char == "=" and self.at_top():
                self.cuts.append(_Cut(self.position, self.position + 1, hard=True))
                self.blank(self.position, self.position + 1)
                self.position += 1
            elif char == "&" and self.notation == "latex":
                self.ampersand()
            elif char == "~" and self.notation == "latex" and self.at_top() \
                    and _EQUATION_NUMBER.match(source, self.position + 1):
                # … ~~~ (7): TeX's tie is a space, and the number after it the equation's, as after \qquad (audit29b)
                self.position = self.equation_number(self.position, self.position + 1)
            elif char == "$":
                self.blank(self.position, self.position + 1)
                self.position += 1
            elif char == "%" and self.notation == "latex":
                self.comment()
            elif char == "#" and self.notation == "plain":
                self.comment()
            elif char == "\n":
                if self.notation == "plain" and not self.brackets:
                    self.plain_line_end()
                elif self.notation == "latex" and self.at_top() and self.new_statement_after(self.position + 1):
                    self.cuts.append(_Cut(self.position, self.position, hard=False))
                self.position += 1
            else:
                self.position += 1
        if self.braces:
            raise _fail("'{' is never closed", source, self.braces[-1], hint="add '}'")
        if self.notation == "plain":
            self.plain_line_end()

    def index_range_at(self, position: int) -> bool:
        """Whether the ``=`` at ``position`` states the range of the component index (``,\\ j = 0, 1, \\ldots, D``).

        Notes end a gradient's j-th entry with the range of j; cut there, ``…x_j, j`` and ``0, 1, …, D`` were read
        as two sides of the chain (cold7's jp_hugo). Left in, the expression reader sets it aside with a note.
        """
        line_start = self.source.rfind("\n", 0, position) + 1
        return (self.notation == "latex" and _RANGE_INDEX.search(self.source, line_start, position) is not None
                and _RANGE_VALUES.match(self.source, position + 1) is not None)

    def equation_number(self, start: int, end: int) -> int:
        """Blank the space from ``start`` and the equation's number after ``end`` (noted); where it ends."""
        after = _EQUATION_NUMBER.match(self.source, end)
        assert after is not None, "called only where an equation's number follows end (each caller matched it)"
        line = locate(self.source, start)[0]
        self.readings.append(f"line {line}: ({after.group('number')}), set apart by a space at the end of its row, is "
                             "the equation's number: not read")
        self.blank(start, after.end())
        return after.end()

    def opens_a_row(self, start: int) -> bool:
        """Whether only layout stands between the last row break (or the block's start) and ``start``."""
        previous = max([cut.end for cut in self.cuts if not cut.hard and cut.end <= start]
                       + [offset for offset in self.breaks if offset <= start] + [0])
        return not "".join(self.chars[previous:start]).strip()

    def justification(self, start: int, end: int) -> int:
        """Blank ``\\because …`` to its row's end (noted), kept as the step's rule; where it ends.

        The reason runs to the row's end at its own brace depth: a row break ``\\\\``, a ``\\tag``
        (the row's number, read as ever), the display's end, or a blank line.
        """
        depth, position = 0, end
        while position < len(self.source):
            character = self.source[position]
            if character == "{":
                depth += 1
            elif character == "}":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and (self.source.startswith(("\\\\", "\\tag", "\\end", "\\]", "$"), position)
                                 or self.source.startswith("\n\n", position)
                                 or character == "&" and position > end):
                break
            if character == "\\":
                position += 1  # an escaped character (\{, \\) is never a brace or a row's end here
            position += 1
        reason = " ".join(self.source[end:position].split())
        line = locate(self.source, start)[0]
        stated = statement_of_a_derivative(reason)
        if stated is not None and stated[0] in ("\\sigma", "g") and not states_the_sigmoids_derivative(*stated):
            # \because \sigma'(z) = \sigma(z)(1+\sigma(z)): the sigmoid's derivative stated as the step's reason, which
            # is not checked, beside lines that take σ′ as σ(1 − σ): a wrong σ′ on the page came out "every step
            # holds" (hunt29b). As the reason is never checked, only the sigmoid's own σ(z)(1 − σ(z)) passes
            raise InputError(
                f"line {line}: '\\because {reason}' states {stated[0]}'s derivative as the reason for a step, which "
                f"logderiv does not check: it takes {stated[0]}'s derivative as the sigmoid's, {stated[0]}(z)(1 − "
                f"{stated[0]}(z)), and this statement is written otherwise",
                source=self.source, column=start, line=line,
                hint="write the statement without \\because, in a display ($$ … $$) of its own, where it is checked as "
                     "a lemma",
            )
        self.readings.append(f"line {line}: '\\because {reason}' is the writer's reason for the step beside it: read as "
                             "its annotation, not as a step (the reason is not checked)")
        self.notes.append((start, "because " + _clean_rule(self.source[end:position])))
        self.blank(start, position)
        return position

    def backslash(self) -> None:
        start = self.position
        name, end = self.command_at(start)
        if name == "\\" and self.markdown_brace(end):
            end += 1  # \\{ … \\}: Markdown's escape of the brackets \{ … \}, no row break (read by the parser, noted)
        elif name == "\\" or name == "newline" and self.at_top():
            # a row break \\ with an optional [2ex]; \\* forbids a page break there; \newline, as Jekyll posts
            # break an align's rows (a Markdown renderer eats one backslash of \\), is a row break too
            if end < len(self.source) and self.source[end] == "*":
                end += 1
            end = self.optional(end)
            self.blank(start, end)
            self.ampersands = 0
            # TeX pairs no ( ) across a row break, and writers leave them unpaired
            # (\log(h \left(x\right)\right)): an open one must not hide the next row's =
            self.brackets.clear()
            if not self.braces and self.new_statement_after(end):
                self.cuts.append(_Cut(start, start, hard=False))
        elif name in ("[", "]", "(", ")"):
            self.blank(start, end)  # display math delimiters \[ \] \( \)
        elif name in ("begin", "end"):
            environment, after = self.group(end, name)
            if name == "begin" and environment.strip() == "array" and self.at_top() and self.rows_array(after):
                # \begin{array}{rcl} a &=& b \\ &=& c: eqnarray's layout as an array; its columns are layout
                _, end = self.group(after, name)
                self.blank(start, end)
                self.ampersands = 0
                self.arrays.append(True)
            elif name == "begin" and environment.strip() == "matrix" and self.at_top() and self.rows_matrix(after):
                # \begin{matrix} a &=& b \\ &=& c: eqnarray's layout set as a matrix (Raschka's notes); layout too
                self.readings.append(f"line {locate(self.source, start)[0]}: \\begin{{matrix}} whose every '&' stands "
                                     "in an '&=&' is read as rows of equations (eqnarray's layout, left &=& right), "
                                     "not as a matrix")
                self.blank(start, after)
                self.ampersands = 0
                self.arrays.append(True)
            elif name == "end" and environment.strip() in ("array", "matrix") and self.arrays and self.at_top():
                self.arrays.pop()
                self.blank(start, after)
                end = after
            elif environment.strip() in _ENVIRONMENTS:  # others (pmatrix, cases) are mathematics
                end = self.optional(after)
                if name == "begin" and environment.strip().startswith(("alignat", "alignedat")):
                    _, end = self.group(end, name)  # the number of columns
                self.blank(start, end)
                self.ampersands = 0
                if name == "end" and self.at_top():
                    # a display's end ends its last row, as a notes block's end does: the next display's
                    # first row is never a factor of it (\end{align*} \begin{align*} C &= D: a step C)
                    self.cuts.append(_Cut(start, start, hard=False))
        elif name == "color" and self.at_top() and self.colours_a_display(end):
            # \color{#1F618D}{ \begin{eqnarray*} ε = … \end{eqnarray*} }: a colour around a whole display (0h-n0's
            # posts); the colour carries no mathematics, and its group's braces are layout, as \eqalign's are
            _, opening = self.group(end, name)
            opening = self.skip_space(opening)
            _, after = self.group(opening, name)
            self.blank(start, opening + 1)
            self.blank(after - 1, after)
            self.layout_braces.add(after - 1)
            end = opening + 1
        elif name in _ALIGNMENT_MACROS:
            # plain TeX's \eqalign{ L &= … \\ &= … }: an align written as a macro; its braces are layout
            opening = self.skip_space(end)
            _, after = self.group(end, name)
            self.blank(start, opening + 1)
            self.blank(after - 1, after)
            self.layout_braces.add(after - 1)
            self.ampersands = 0
            end = opening + 1
        elif name in _ANNOTATED_RELATIONS and self.at_top():
            label, middle = self.group(end, name)
            bare = self.skip_space(middle)
            if bare < len(self.source) and self.source[bare] == "=":
                relation, after = "=", bare + 1  # \underset{\text{linearity}}= : TeX takes one token unbraced
            else:
                relation, after = self.group(middle, name)
            if relation.strip() == "=":
                self.cuts.append(_Cut(start, after, hard=True, rule=_clean_rule(label)))
                self.blank(start, after)
                end = after
        elif name in ("quad", "qquad", " ", ",", ";") and self.at_top() and _EQUATION_NUMBER.match(self.source, end):
            # loss = … \ \ \ \ (6), … \qquad (7): the equation's number set apart at the row's end, never a factor 7
            end = self.equation_number(start, end)
        elif name == "hspace" and self.at_top() and (spaced := _HSPACE_ARGUMENT.match(self.source, end)) \
                and _EQUATION_NUMBER.match(self.source, spaced.end()):
            # … \hspace{1cm} (7): set apart as by \qquad; \hspace was dropped, and (7) read as a factor 7 (audit29b)
            end = self.equation_number(start, spaced.end())
        elif name in ("quad", "qquad") and self.at_top() and (bracketed := _BRACKETED_RULE.match(self.source, end)):
            # x \quad [\text{chain rule}]: a row's rule in words, set apart and bracketed (not mathematics)
            after = bracketed.end()
            self.notes.append((start, _clean_rule(self.source[end:after].strip().strip("[]"))))
            self.blank(start, after)
            end = after
        elif name == "because" and self.at_top():
            # … \quad \because z_i = w_1x_{i1} + b: the writer's reason for the step beside it (Chinese notes,
            # cold6's jackey post), not a step: its '=' would cut the row into a step z_i and a step w_1x_{i1} + b
            end = self.justification(start, end)
        elif name == "therefore" and self.at_top() and self.opens_a_row(start):
            # \therefore L(\hat{y}) &= …: "hence", a word before the row's equation; left, the row's left side was
            # no name the page knows (\therefore J(θ) &= …, a rewrite of the cost, became a step of the derivation)
            self.readings.append(f"line {locate(self.source, start)[0]}: '\\therefore' (hence) opening the row is a "
                                 "mark in words: dropped, the row's equation read as written")
            self.blank(start, end)
        elif name in _DROPPED_WITH_ARGUMENT:
            _, end = self.group(end, name)
            self.blank(start, end)
        elif name in _DROPPED:
            self.blank(start, end)
        elif name == "tag":
            if end < len(self.source) and self.source[end] == "*":
                end += 1
            label, end = self.group(end, name)
            self.notes.append((start, _clean_rule(label)))
            self.blank(start, end)
        elif name == "left":
            self.brackets.append(start)
            end = self.delimiter(end)
        elif name == "right":
            if self.brackets:
                self.brackets.pop()
            end = self.delimiter(end)
        elif name in ("{", "}"):
            pass  # a literal brace, not a group
        self.position = end

    def rows_array(self, after: int) -> bool:
        """Whether the array opening at ``after`` lays out rows ``left &=& right`` (columns ``{rcl}``, ``{rl}``).

        A matrix written as an array (``{cc}``) is mathematics; an array of derivation rows
        has a relation column and at least one ``&=`` in it.
        """
        columns, end = self.group(after, "begin")
        close = self.source.find("\\end{array}", end)
        return (re.fullmatch(r"\s*(?:r\s*c\s*l|l\s*c\s*l|r\s*l|r\s*l\s*l)\s*", columns) is not None and close != -1
                and re.search(r"&\s*=|=\s*&", self.source[end:close]) is not None)

    def rows_matrix(self, after: int) -> bool:
        """Whether the matrix opening at ``after`` lays out rows ``left &=& right``: every ``&`` of it beside an ``=``.

        A matrix's cells are split by bare ``&`` (``a & b \\\\ c & d``), mathematics; a matrix whose every ``&``
        stands in an ``&=&`` is eqnarray's layout of derivation rows (``\\frac{∂J}{∂w_j} &=& … \\\\ &=& …``).
        """
        close, opened = self.next_matrix_mark("\\end{matrix}", after), self.next_matrix_mark("\\begin{matrix}", after)
        if close == -1 or -1 < opened < close:
            return False  # a matrix inside: no layout of rows (and each body read is its own, the scan linear)
        body = self.source[after:close]
        relations = len(re.findall(r"&\s*=\s*&", body))
        return relations > 0 and body.count("&") == 2 * relations

    def next_matrix_mark(self, mark: str, after: int) -> int:
        """Where ``mark`` next stands from ``after`` (−1: nowhere), each search remembered: one pass over the source
        for all of a page's matrices, however many open without their end."""
        found = self.matrix_marks.get(mark)
        if found is None or found[0] > after or -1 < found[1] < after:
            found = (after, self.source.find(mark, after))
            self.matrix_marks[mark] = found
        return found[1]

    def markdown_brace(self, after: int) -> bool:
        """Whether the ``\\\\`` ending at ``after`` is Markdown's escape of ``\\{`` or ``\\}``: every ``\\\\{`` has its ``\\\\}``."""
        if after >= len(self.source) or self.source[after] not in "{}":
            return False
        opened = self.source.count("\\\\{")
        return opened > 0 and opened == self.source.count("\\\\}")

    def delimiter(self, position: int) -> int:
        """Skip the delimiter after \\left or \\right (``(``, ``.``, ``\\{``, ``\\langle``)."""
        position = self.skip_space(position)
        if position >= len(self.source):
            return position
        if self.source[position] == "\\":
            return self.command_at(position)[1]
        return position + 1

    def ampersand(self) -> None:
        # eqnarray's &=& (and =&): an & beside the relation aligns it, it opens no column for a rule
        if any(self.last_ampersand < offset <= self.position for offset in self.breaks):
            self.ampersands = 0
        self.last_ampersand = self.position
        beside = self.source[: self.position].rstrip(" \t").endswith("=") or _EQNARRAY_RELATION.match(
            self.source, self.position) is not None  # the & before eqnarray's =& (\; &J &=& …) is the same column
        self.ampersands += 0 if beside else 1
        self.blank(self.position, self.position + 1)
        self.position += 1
        if self.ampersands >= 2 and self.at_top():
            # a further column (&& \text{rule}) annotates the row, up to its end
            while self.position < len(self.source) and self.source[self.position] == "&":
                self.blank(self.position, self.position + 1)
                self.position += 1
            end = self.row_end(self.position)
            self.notes.append((self.position, _clean_rule(self.source[self.position : end])))
            self.blank(self.position, end)
            self.position = end

    def row_end(self, position: int) -> int:
        """Where the row starting at ``position`` ends: at ``\\\\``, ``\\end`` or ``$``."""
        depth = 0
        index = position
        while index < len(self.source):
            char = self.source[index]
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
            elif depth == 0 and char == "$":
                return index
            elif depth == 0 and char == "\\":
                name, _ = self.command_at(index)
                if name in ("\\", "end", "]"):
                    return index
                index += 1  # skip the escaped character
            index += 1
        return index

    def comment(self) -> None:
        end = self.source.find("\n", self.position)
        end = len(self.source) if end == -1 else end
        text = self.source[self.position + 1 : end].strip()
        if text:
            self.notes.append((self.position, _clean_rule(text)))
        self.blank(self.position, end)
        self.position = end

    def new_statement_after(self, position: int) -> bool:
        r"""Whether a line (or a row after ``\\``) ends a statement here: the next line states one of its own.

        In LaTeX a line end is only a space, so ``J(\theta) = <cost>`` on one line and
        ``\frac{\partial J}{\partial \theta_j} = <gradient>`` on the next would read as
        one chain, the cost times ∂J/∂θⱼ. The next line is a statement of its own when it
        has an ``=`` of its own, not at its start (``= …`` continues the chain), and this
        line is complete: not empty and not ending in an operator (``a +`` goes on).
        """
        source = self.source
        line_start = source.rfind("\n", 0, max(position - 1, 0)) + 1  # this line only: linear in the document
        line = "".join(self.chars[line_start:position]).strip()
        if not line or line.endswith(("=", "+", "-", "\\cdot", "\\times", "*", "/", "&", "{", "(")):
            return False
        if _AWAITS_ARGUMENT.search(line) is not None:
            # \text at a line's end (an Obsidian note's stray one before its model's row): TeX takes its argument
            # from the next line, so the line is not complete; cut there, \text stood alone as a step of its own
            return False
        begin = _past_display_opening(source, position)
        if source.startswith(("=", "&", "+", "-", "\\cdot", "\\times", "\\end", "\\\\"), begin):
            return False
        depth = 0
        for index in range(begin, len(source)):
            char = source[index]
            if char == "\n" or source.startswith("\\\\", index):
                return False
            if char == "\\":
                continue
            depth += {"{": 1, "}": -1, "(": 1, ")": -1, "[": 1, "]": -1}.get(char, 0)
            if char == "=" and depth == 0 and index > begin:
                return source[index - 1] not in "<>!\\"
        return False

    def plain_line_end(self) -> None:
        """At the end of a plain line: a trailing ``(rule)`` annotates it; the line ends the step."""
        line_start = self.source.rfind("\n", 0, self.position) + 1
        line = "".join(self.chars[line_start : self.position])
        stripped = line.rstrip()
        if stripped.endswith(")"):
            close = line_start + len(stripped) - 1
            opening = _matching_open(line, len(stripped) - 1)
            if opening is not None:
                content = line[opening + 1 : len(stripped) - 1]
                if _looks_like_rule(content) and line[:opening].strip():
                    self.notes.append((line_start + opening, content.strip()))
                    self.blank(line_start + opening, close + 1)
        self.cuts.append(_Cut(self.position, self.position, hard=False))

    # -- the result --

    def document(self, *, allow_empty: bool = False) -> Document:
        text = "".join(self.chars)
        # J(θ) is the cost's name with its argument: the argument is layout
        for match in _cost_argument_pattern().finditer(text):
            if re.search(r"(?:\\nabla|∇)\s*$", text[:match.start()]):
                continue  # ∇J(θ), no subscript: J's argument says what the gradient is taken by (a step's, kept)
            self.chars[match.start(1) : match.end(1)] = " " * (match.end(1) - match.start(1))
        # J(\vec{w}, b), J{(w, b)}: the cost's parameters listed, TeX braces or not, are layout as J(θ)'s argument is
        for match in _COST_PARAMETER_LIST.finditer(text):
            if _NUMBERED.search(match.group("list")) and not text[:match.start()].rstrip().endswith("}"):
                # J(θ₀, θ₁) = … heading a definition declares the line θ₀ + θ₁x and the θ = (θ₀, θ₁) a θᵀθ takes
                # whole (services.steps reads the head again): kept. After ∂/∂θⱼ (cold19's Ng notes) it only names
                # the cost being differentiated, and is layout as J(θ) is there
                continue
            self.chars[match.start("list") : match.end("list")] = " " * (match.end("list") - match.start("list"))
        text = "".join(self.chars)
        segments: list[_Segment] = []
        start, rule, hard = 0, None, False
        for cut in sorted(self.cuts, key=lambda cut: cut.offset):
            segments.append((start, cut.offset, rule, hard))
            start, rule, hard = cut.end, cut.rule, cut.hard
        segments.append((start, len(text), rule, hard))

        steps: list[WrittenStep] = []
        name = wrt = wrt_offset = None
        pending_equals = None
        for index, (begin, end, rule, after_equals) in enumerate(segments):
            piece = text[begin:end]
            if _empty(piece):
                if after_equals:
                    following = _next_content(segments, index, text)
                    if following is None:
                        raise _fail("the derivation ends with '='", self.source, begin - 1,
                                    hint="write the expression after the last '='")
                    if following and _continued_on_next_line(segments, index, text):
                        continue  # `… = $$` then `$$= …`: the writer's continuation, one '=' written twice
                    if following and _continued_on_next_row(segments, index, self.source):
                        # `A &= \\ &= B`: the row broken right after its '=', the next row opening with '=' (a
                        # Hugo post's aligned display): one '=' written twice, as across a line end — noted, as
                        # it is no literal reading (an empty side has no meaning of its own)
                        line, _ = locate(self.source, begin - 1)
                        self.readings.append(f"line {line}: an '=' with nothing after it ends its row (\\\\), and the "
                                             "next row opens with '=': read as one '=', its right side the next row's")
                        continue
                    if following:
                        raise _fail("there is no expression between these two '='", self.source, begin - 1,
                                    hint="write one expression between each pair of '='")
                continue
            in_a_lemma = any(start <= begin < end for start, end in self.lemma_spans)
            opening = not any(not any(start <= step.offset < end for start, end in self.lemma_spans) for step in steps)
            if opening and not in_a_lemma and name is None and self.leading_name \
                    and _followed_by_equals(segments, index, text):
                named = derivative_name(piece, self.notation)
                if named is None and self.notation == "latex" and _names_the_gradient(piece):
                    # ∇_θ J = (…, …, …): the whole gradient is named; the component is --wrt's (θⱼ by default,
                    # wⱼ under ∇_w: the vector the writer names, never θ in its place)
                    lead = len(piece) - len(piece.lstrip())
                    name = " ".join(self.source[begin + lead : begin + len(piece.rstrip())].split())
                    under = _PARAMETER_UNDER.search(piece.replace("{", " ").replace("}", " "))
                    if under is not None and under.group(0) == _INTERCEPT:
                        wrt, wrt_offset = _INTERCEPT, begin + under.start()  # ∇_b J: by the intercept, one number
                    elif under is not None and under.group(0).lstrip("\\") != "theta":
                        wrt, wrt_offset = under.group(0) + "_j", begin + under.start()
                    continue
                if named is not None:
                    lead = len(piece) - len(piece.lstrip())
                    name = " ".join(self.source[begin + lead : begin + len(piece.rstrip())].split())
                    wrt_text, wrt_start = named
                    wrt, wrt_offset = wrt_text, begin + wrt_start
                    continue
            piece = _trim_punctuation(piece)
            first = begin + len(piece) - len(piece.lstrip())
            line, column = locate(self.source, first)
            steps.append(WrittenStep(piece, begin, line, column, rule))
            if len(steps) > MAX_STEPS:
                raise InputTooLargeError(f"the derivation has more than {MAX_STEPS} steps",
                                         source=self.source, column=first, line=line)
        steps = self.annotate(steps)
        if not steps and not allow_empty:
            raise _fail("there is no derivation to check", self.source, None,
                        hint="write one expression per line, or a chain A = B = C")
        return Document(self.source, self.notation, tuple(steps), name, wrt, wrt_offset,
                        readings=tuple(dict.fromkeys(self.readings)))

    def _display_closed(self, start: int, end: int) -> bool:
        """Whether a LaTeX display closes between ``start`` and ``end`` (``\\end{…}``, ``\\]``, ``$$``)."""
        if self.notation != "latex":
            return False
        between = self.source[start:end]
        return any(mark in between for mark in ("\\end{", "\\]", "$$"))

    def annotate(self, steps: list[WrittenStep]) -> list[WrittenStep]:
        """Give each annotation to the step being read where it stands."""
        rules: dict[int, list[str]] = {}
        for offset, note in self.notes:
            if not note:
                continue
            owner = None
            for index, step in enumerate(steps):
                if step.offset <= offset:
                    owner = index
            if owner is not None and self._display_closed(steps[owner].offset, offset):
                # a comment after \end{align*} belongs to no row: derive's own fragment ends with
                # "% verdict: …" lines, which were read back as its last row's claimed rule
                owner = None
            if owner is not None:
                rules.setdefault(owner, []).append(note)
        annotated = []
        for index, step in enumerate(steps):
            notes = ([step.rule] if step.rule else []) + rules.get(index, [])
            rule = "; ".join(notes) if notes else None
            annotated.append(WrittenStep(step.text, step.offset, step.line, step.column, rule))
        return annotated


#: what may stand between a line and the next statement: spaces, TeX comment lines (``% lemma: …``), and a
#: display's opening (``\begin{align*}``, ``\[``) at a line's start, whose first row is the statement
_DISPLAY_OPENING = patterns.compile(
    r"(?:\s|%[^\n]*|(?<=\n)[ \t]*(?:\\\[|\\begin\s*\{(?:"
    + "|".join(sorted((re.escape(name) for name in _ENVIRONMENTS), key=len, reverse=True))
    + r")\}))*"
)


#: a piece of the derivation between two cuts: its start, its end, the rule written for it, and whether an '='
#: comes before it
_Segment = tuple[int, int, str | None, bool]


def _past_display_opening(source: str, position: int) -> int:
    r"""Where the next line's maths starts: past spaces, comment lines and a display's ``\begin{align*}``.

    ``J(\theta) = <cost>``, a blank line, then ``\begin{align*} \frac{\partial J}{\partial\theta_j} &= …``:
    the display's first row states its own equation, so the cost's line ends there (never a factor of it).
    """
    opening = _DISPLAY_OPENING.match(source, position)
    assert opening is not None, "the pattern is a starred group: it matches, if only the empty string"
    return opening.end()


def _next_content(segments: Sequence[_Segment], index: int, text: str) -> bool | None:
    """After an empty segment: does an ``=`` come next (True), an expression (False), or nothing (None)?"""
    for begin, end, _, after_equals in segments[index + 1 :]:
        if after_equals:
            return True
        if not _empty(text[begin:end]):
            return False
    return None


def _continued_on_next_line(segments: Sequence[_Segment], index: int, text: str) -> bool:
    """Whether the empty segment after an ``=`` spans a line end to the next ``=``: ``A = ⏎ = B`` is one step.

    Writers end a display with ``=`` and open the next with ``=`` (``… = $$`` ⏎ ``$$= …``);
    ``A = = B`` on one line stays a refusal: something is missing there.
    """
    begin = segments[index][0]
    for later_begin, _, _, after_equals in segments[index + 1 :]:
        if after_equals:
            return "\n" in text[begin:later_begin]
    return False


#: a row break of an aligned display, with the spaces, TeX's spacing and alignment marks around it, and nothing else:
#: ``\\ &``, Hugo's escaped ``\\\ &``, ``\\[2pt]`` (a row's extra space)
_ROW_BREAK_ONLY = patterns.compile(r"\s*&?\s*\\{2,3}(?:\[[^\]]*\])?\s*&?\s*")


def _continued_on_next_row(segments: Sequence[_Segment], index: int, source: str) -> bool:
    r"""Whether the empty segment after an ``=`` is only a row break before the next ``=``: ``A &= \\ &= B``.

    The row ends with its ``=`` and the next row opens with one: the writer broke the line after the ``=`` (as
    :func:`_continued_on_next_line` reads ``A = ⏎ = B``). Only the break itself between the two: ``A = \\ x = B``
    (a new row's own left side) is no continuation, and ``A = = B`` stays refused.
    """
    begin = segments[index][0]
    for later_begin, _, _, after_equals in segments[index + 1 :]:
        if after_equals:
            return _ROW_BREAK_ONLY.fullmatch(source, begin, later_begin - 1) is not None
    return False


def _followed_by_equals(segments: Sequence[_Segment], index: int, text: str) -> bool:
    """Whether the segment is followed (past empty line ends) by an ``=``."""
    for begin, end, _, after_equals in segments[index + 1 :]:
        if after_equals:
            return True
        if not _empty(text[begin:end]):
            return False
    return False


def _empty(piece: str) -> bool:
    """Whether a piece between cuts holds nothing but spaces, TeX's among them."""
    return not _SPACING.sub("", piece).strip()


def _trim_punctuation(piece: str) -> str:
    """Drop a full stop or comma that ends a displayed equation (``… x_j.``)."""
    stripped = piece.rstrip()
    if stripped.endswith((",", ".")) and not stripped[-2:-1].isdigit():
        return stripped[:-1] + " " * (len(piece) - len(stripped) + 1)
    return piece


def _matching_open(line: str, close: int) -> int | None:
    depth = 0
    for index in range(close, -1, -1):
        if line[index] == ")":
            depth += 1
        elif line[index] == "(":
            depth -= 1
            if depth == 0:
                return index
    return None


_RULE_WORD = patterns.compile(r"[A-Za-z]{3,}")


def _looks_like_rule(content: str) -> bool:
    """``(chain rule)`` or ``(linearity)``, but not ``(1 - y)`` or ``(h - y)``: words, not maths."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z ′'’\-:,.]*", content.strip()):
        return False
    words = _RULE_WORD.findall(content)
    maths = vocab.WORDS | set(vocab.FUNCTIONS) | vocab.SUM_WORDS | set(vocab.RESERVED) | {"dot"}
    return any(word.lower() not in maths for word in words)


#: how a rule's mathematics is typeset in Unicode: sub- and superscripts that have a character of their own
_RULE_SUBSCRIPTS = str.maketrans("0123456789ijkmn", "₀₁₂₃₄₅₆₇₈₉ᵢⱼₖₘₙ")
_RULE_SUPERSCRIPTS = str.maketrans("0123456789()inT+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾ⁱⁿᵀ⁺⁻")
#: commands in a rule's mathematics and what they show as
_RULE_SYMBOLS = {"cdot": "·", "times": "×", "log": "log", "ln": "ln", "exp": "exp", "sum": "Σ", "top": "ᵀ",
                 "intercal": "ᵀ", "to": "→", "rightarrow": "→", "infty": "∞", "nabla": "∇"}


def _typeset_rule(text: str) -> str:
    """The mathematics of a rule annotation in Unicode, as the writer wrote it.

    ``h_\\theta(x)=\\sigma\\left(\\theta^\\top x\\right)`` is ``h_θ(x)=σ(θᵀ x)`` and
    ``\\frac{\\partial}{\\partial\\theta_j}`` is ``∂/∂θⱼ``: sizing (``\\left``, ``\\big``)
    goes, a fraction is a slash, a one-character sub- or superscript its Unicode character.
    """
    text = re.sub(r"\\(left|right|bigl|bigr|Bigl|Bigr|biggl|biggr|big|Big|bigg|Bigg)(?![A-Za-z])\s*\\?", "", text)
    text = re.sub(r"\^\s*\{?\s*(\\top|\\intercal|\\mathsf\{T\}|T)\s*\}?(?![A-Za-z])", "ᵀ", text)
    text = re.sub(r"\\([A-Za-z]+)", lambda match: _LETTERS.get(match.group(1), _RULE_SYMBOLS.get(
        match.group(1), match.group(0))), text)
    for _ in range(4):  # \frac{a}{b} -> a/b, innermost first
        text = re.sub(r"\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}",
                      lambda match: f"{_grouped(match.group(1))}/{_grouped(match.group(2))}", text)
    text = re.sub(r"_\{?([0-9ijkmn])\}?(?![A-Za-z0-9])", lambda match: match.group(1).translate(_RULE_SUBSCRIPTS), text)
    text = re.sub(r"\^\{?\(([in0-9])\)\}?", lambda match: f"({match.group(1)})".translate(_RULE_SUPERSCRIPTS), text)
    text = re.sub(r"\^\{?([0-9])\}?", lambda match: match.group(1).translate(_RULE_SUPERSCRIPTS), text)
    return text


def _grouped(part: str) -> str:
    """A fraction's part, in brackets when it is more than one symbol (``(a+b)/2``)."""
    part = part.strip()
    return part if len(part) <= 1 or re.fullmatch(r"∂?\w[\w′ᵀ₀-₉ᵢⱼₖₘₙ]*|∂\s*\S+", part) else f"({part})"


def _clean_rule(text: str) -> str:
    """A rule annotation as words, its mathematics typeset: ``\\text{chain rule}`` -> ``chain rule``."""
    text = re.sub(r"\\(label|tag\*?)\s*\{[^{}]*\}", " ", text).strip()
    for command in _TEXT_COMMANDS:
        text = text.replace(f"\\{command}", "")
    text = re.sub(r"\\(quad|qquad|,|;|!| )", " ", text)
    text = _typeset_rule(text)
    text = text.replace("{", "").replace("}", "").replace("$", "")
    text = " ".join(text.split())
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return text


#: one parameter as a cost's argument lists it: θ, w, b, β, plain or decorated (\vec{w}, \mathbf{w}, \boldsymbol\theta),
#: or one of them numbered, as Ng's J(\theta_0,\theta_1) lists the intercept and the slope (a digit only: J(θ_i) is no list)
_LISTED_PARAMETER = (r"(?:\\(?:vec|mathbf|boldsymbol|bm)\s*\{?\s*)?(?:\\theta|\\beta|θ|β|w|b)(?![A-Za-z])\s*\}?"
                     r"(?:\s*_\s*(?:[0-9]|\{\s*[0-9]\s*\}))?")
#: the cost applied to two or more of its parameters (J(w, b), J(\vec{w}, b), J{(\vec{w}, b)}: TeX's braces around)
_COST_PARAMETER_LIST = patterns.compile(
    rf"(?<![\w\\]){_COST_NAME}\s*(?P<list>\{{\s*\(\s*{_LISTED_PARAMETER}(?:\s*,\s*{_LISTED_PARAMETER})+\s*\)\s*\}}"
    rf"|\(\s*{_LISTED_PARAMETER}(?:\s*,\s*{_LISTED_PARAMETER})+\s*\))")


#: a numbered parameter in a cost's list: θ_0, \theta_{1}
_NUMBERED = patterns.compile(r"_\s*(?:[0-9]|\{\s*[0-9]\s*\})")


def _cost_argument_pattern() -> re.Pattern[str]:
    arguments = "|".join(re.escape(argument) for argument in _COST_ARGUMENTS)
    return re.compile(rf"(?<![\w\\]){_COST_NAME}\s*(\(\s*(?:{arguments})\s*\)|\\left\(\s*(?:{arguments})\s*\\right\))")


# The leading name of the derivative: ``dJ/dθ_j``, ``∂J/∂θⱼ``, ``\frac{\partial J}{\partial\theta_j}``.
# One short, anchored pattern per notation, applied to one segment the scanner already cut out.
_ARGUMENT = r"(?:\s*(?:\(|\\left\()\s*(?:θ|theta|\\theta)\s*(?:\)|\\right\)))?"
#: the parameter a likelihood's name takes as its argument: l(β), \ell(\theta), L(w)
PARAMETER_ARGUMENT = r"(?:θ|β|theta|beta|w|\\omega|ω|\\theta|\\Theta|\\beta|\\mathbf\s*\{?\s*w\s*\}?|\\boldsymbol\s*\{?\s*\\?(?:theta|beta)\s*\}?)"
#: the objective's name: J (its argument optional), or another letter ESL and CS229 give it, with its
#: parameter as argument (l(β), \ell(\theta), \mathcal{L}(w)): without one, ∂L/∂w may be a loss of one example
_OBJECTIVE = (rf"(?:{_COST_NAME}{_ARGUMENT}|(?:l|L|ℓ|\\ell|\\mathcal\s*\{{?\s*L\s*\}}?)\s*(?:\(|\\left\()\s*"
              rf"{PARAMETER_ARGUMENT}\s*(?:\)|\\right\)))")
_PLAIN_NAME = patterns.compile(rf"\s*(?:d|∂)\s*{_OBJECTIVE}\s*/\s*(?:d|∂)\s*(?P<wrt>\S(?:.*\S)?)\s*")
_LATEX_NAME = patterns.compile(
    rf"\s*\\[dt]?frac\s*\{{\s*(?:\\partial|d)\s*{_OBJECTIVE}\s*\}}"
    r"\s*\{\s*(?:\\partial|d)\s*(?P<wrt>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}\s*"
)


#: the whole gradient named on the left: ``\nabla_{\boldsymbol{\theta}} J``, ``\nabla J`` (J's argument is blanked)
_NABLA_NAME = patterns.compile(
    r"\s*\\nabla\s*(?:_\s*(?P<under>\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\\[A-Za-z]+|[A-Za-z](?![A-Za-z])))?\s*J\s*")
#: the intercept, whose ∇_b J is ∂J/∂b, one number
_INTERCEPT = "b"
#: a parameter vector's name, as ∇'s subscript writes it (\theta, w, \mathbf{w}, \boldsymbol{\beta}), or the intercept
_PARAMETER_UNDER = patterns.compile(
    rf"(?<![A-Za-z])\\?(?:{'|'.join(sorted(vocab.PARAMETER_VECTORS | {_INTERCEPT}))})(?![A-Za-z])")


def _names_the_gradient(piece: str) -> bool:
    """Whether ``piece`` is ``\\nabla J`` or ``\\nabla_w J``, ∇ under a parameter vector (∇ₓJ, ∇_φ J name no gradient of it)."""
    match = _NABLA_NAME.fullmatch(piece)
    if match is None:
        return False
    under = match.group("under")
    return under is None or _PARAMETER_UNDER.search(under.replace("{", " ").replace("}", " ")) is not None


def derivative_name(piece: str, notation: Notation) -> tuple[str, int] | None:
    """If ``piece`` only names the derivative, the variable it names and its offset in ``piece``."""
    pattern = _LATEX_NAME if notation == "latex" else _PLAIN_NAME
    match = pattern.fullmatch(piece)
    if match is None and notation == "latex" and "∂" in piece:
        # $∂J/∂w = …$: a README types the symbol in its LaTeX, the name as plain text writes it (cold7's sse_readme)
        match = _PLAIN_NAME.fullmatch(piece)
    if match is None:
        return None
    return match.group("wrt").strip(), match.start("wrt")
