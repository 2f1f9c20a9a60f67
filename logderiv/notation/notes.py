"""A derivation inside notes: the display-maths blocks of a Markdown file or a Jupyter notebook's Markdown cells.

Students paste derivations from notes where each step sits in a ``$$ … $$``,
``\\[ … \\]`` or ``\\begin{align*} … \\end{align*}`` block between sentences.
:func:`math_of_markdown` keeps those blocks, in order, and blanks everything else
(prose, headings, code, inline ``$…$``) with spaces, newlines kept: the
text keeps its length and its lines, so a step's line and column, and an
error's caret, are the file's own. Each block ends a step, as a line end does in
plain text: ``$$A = B$$ … $$= C$$`` is the chain A = B = C, and a block that
starts a new expression is a new step.

A notebook (``.ipynb``) is JSON, parsed with :mod:`json` and never executed;
its Markdown cells are joined, one after another, and each line is reported as
its cell and its line in the cell (:func:`cell_line`).
"""

from __future__ import annotations

import json
import re
from typing import Sequence

from ..errors import InputError
from .. import patterns
from .vocabulary import cost_name_pattern

__all__ = ["Notes", "Block", "math_of_markdown", "math_of_notebook", "display_blocks", "inline_equations",
           "markdown_of_notebook", "without_code", "python_maths_fences", "fenced_spans",
           "cell_line", "kind_of_file", "TEX_SIZES"]

#: display environments that hold a derivation's rows (their \begin and \end are kept for the reader)
_ENVIRONMENTS = r"(?:align|aligned|alignat|equation|gather|split|multline|eqnarray)\*?"
#: a display-maths block: $$ … $$, \[ … \], an environment, or a $ … $
#: that opens a line and runs over several or fills one alone (blogs and Q&A paste a display so), or a \( … \)
#: that fills a line alone, in a blockquote too (a Zola blog's "> \(z = \textbf{w}^T\textbf{x}\)")
_BLOCK = patterns.compile(
    r"\$\$(?P<dollars>.*?)\$\$"
    r"|^\$(?P<single>[^$]*?\n[^$]*?)\$(?!\$)"
    # (an item of a list holding maths alone, "1.$\frac{\partial L}{\partial \hat{y}} = \hat{y} - y$", is such a
    # line: the list numbers the page's equations, read unread as prose a slip in one passed unseen — and so is one
    # marked otherwise, "1)", "(1)", "(i)", "ii.", "a)", "**1.**" (audit29k: a slip in "(i) $\frac{\partial L}{\partial
    # \hat{y}} = \hat{y} + y$" passed unseen where "1." was caught). Not a bullet: "* $\sum_k θ_k x_k^{(i)} = …$"
    # spells an identity out inside the prose's explanation (cold27's chat notes), its i free, and was refused)
    r"|^[ \t]*(?:(?:(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]|\((?:\d{1,2}|[ivx]{1,4}|[a-h])\)|\*\*\d{1,2}[.)]\*\*)[ \t]*)?"
    r"\$(?P<line>[^$\n]+)\$[ \t]*$"
    r"|\\\[(?P<bracket>.*?)\\\]"
    r"|^[ \t]*(?:>[ \t]*)?\\\((?P<paren>[^\n]*?)\\\)[ \t]*$"
    rf"|\\begin\{{(?P<name>{_ENVIRONMENTS})\}}.*?\\end\{{(?P=name)\}}",
    re.DOTALL | re.MULTILINE,
)
#: a fenced block (``` … ```, ~~~ … ~~~): code, not a step — except GitHub's ```math fence, whose body is a display
_FENCE = patterns.compile(r"^(```|~~~)(?P<info>[^\n]*)\n(?P<body>.*?)^\1[ \t]*$", re.DOTALL | re.MULTILINE)
#: a Hugo shortcode pair whose name says maths, on lines of their own: {{< math-disp >}} … {{< /math-disp >}},
#: {{< katex display >}} … {{< /katex >}}: a theme's display maths, its body a display as ```math's is
_SHORTCODE = patterns.compile(
    r"^[ \t]*\{\{(?P<mark>[<%])[ \t]*(?P<name>[A-Za-z-]*(?:math|katex|tex)[A-Za-z-]*)(?:[ \t]+[A-Za-z ]*)?[ \t]*(?P=mark)?[>%]\}\}"
    r"[ \t]*\n(?P<body>.*?)^[ \t]*\{\{[<%][ \t]*/(?P=name)[ \t]*[>%]\}\}[ \t]*$",
    re.DOTALL | re.MULTILINE | re.IGNORECASE)
#: an inline code span (`…`): maths inside is code
_CODE = patterns.compile(r"`[^`\n]+`")
#: reStructuredText's math directive: ``.. math::`` then its body, the lines indented under it (blank lines
#: between), its options (``:label: gradient``) first; the body is a display as ```math's is
_RST_MATH = patterns.compile(
    r"^(?P<indent>[ \t]*)\.\.[ \t]+math::[ \t]*(?P<argument>[^\n]*)\n"
    r"(?:(?P=indent)[ \t]+:[A-Za-z-]+:[^\n]*\n)*"
    r"(?P<body>(?:[ \t]*\n|(?P=indent)[ \t]+[^\n]*(?:\n|$))*)", re.MULTILINE)
#: a line of prose: three words of two letters or more in a row (any script): never a line of plain maths
_PROSE_LINE = patterns.compile(r"[^\W\d_]{2,}[,;:]?[ \t]+[^\W\d_]{2,}[,;:]?[ \t]+[^\W\d_]{2,}")
#: what a line of plain maths holds besides letters: an operator, a bracket, a digit, a Greek letter, ∂, Σ, a prime
_MATHS_MARK = patterns.compile(r"[-+*/^()\[\]0-9²³ᵀ′'·×−∂∇Σ∑α-ωΑ-Ω√]")


class Notes:
    """The maths of a notes file: the blanked text, where its blocks end, and (a notebook) where its cells start."""

    def __init__(self, text: str, breaks: tuple[int, ...], cells: tuple[tuple[int, int], ...] = ()) -> None:
        #: the file's text with everything but its maths blocks blanked (same length, same lines)
        self.text = text
        #: offsets where a block ends: each ends a step
        self.breaks = breaks
        #: for a notebook: (cell number, 1-based first line of the cell in ``text``), in order
        self.cells = cells


def kind_of_file(name: str, text: str | None = None) -> str | None:
    """``"markdown"`` for a .md (or .rst) file, ``"notebook"`` for a .ipynb one, else None (read as it is).

    A .tex file whose ``text`` has a sentence outside its maths (EPFL's exercise sheet: "In the lecture, we
    derived the following expressions …" before its ``align``) is read as notes too: its displays are the
    derivation, its prose is text mode, as LaTeX sets it. Without a sentence, as before, the whole file is maths.
    """
    lowered = name.lower()
    if lowered.endswith((".md", ".markdown", ".mdown", ".mkd", ".rst")):
        return "markdown"  # reStructuredText: prose around ``.. math::`` directives, read as notes are
    if lowered.endswith(".ipynb"):
        return "notebook"
    if lowered.endswith(".tex") and text is not None and _prose_outside_maths(text):
        return "markdown"
    return None


#: a sentence: four words of letters in a row (commas and full stops between them allowed)
_SENTENCE = patterns.compile(r"(?<![\\A-Za-z])[A-Za-z]{2,}(?:[,.;:]?[ \t]+[A-Za-z]{2,}){3,}")
#: what a LaTeX file holds as maths or markup, never prose: a display, an inline $…$, a comment, a command's argument
_NOT_PROSE = patterns.compile(r"\$\$.*?\$\$|\\\[.*?\\\]|\$[^$]*\$|%[^\n]*|\\begin\{(?P<name>[A-Za-z]+\*?)\}.*?\\end\{(?P=name)\}"
                              r"|\\[A-Za-z]+\*?(?:\{[^{}]*\})*", re.DOTALL)


def _prose_outside_maths(text: str) -> bool:
    """Whether a LaTeX file has a sentence outside its maths (displays, $…$, environments, commands, comments)."""
    return _SENTENCE.search(_NOT_PROSE.sub(" ", text)) is not None


class Block:
    """One display-maths block of notes: where it stands in the text, and where its maths (no delimiters) does."""

    def __init__(self, span: tuple[int, int], maths: tuple[int, int], inline: bool = False,
                 display: tuple[int, int] | None = None) -> None:
        #: the whole block, delimiters included (what :func:`math_of_markdown` keeps)
        self.span = span
        #: the maths alone: inside $$ … $$, \\[ … \\], $ … $ or a ```math fence; an environment whole
        self.maths = maths
        #: an inline equation (`…`, $…$, a plain fence's line) of a page with no display: :func:`inline_equations`
        self.inline = inline
        #: the maths of the one display this block is a row of (:func:`_equations_of`), or None: a display of its own
        self.display = display


def _code(text: str) -> tuple[list[re.Match[str]], list[tuple[int, int]]]:
    """The fenced blocks of ``text``, and the spans of all its code: fences and inline code spans."""
    fenced = list(_FENCE.finditer(text))
    fences = [match.span() for match in fenced]
    fences += [match.span() for match in _CODE.finditer(text) if not any(s <= match.start() < e for s, e in fences)]
    return fenced, fences


def without_code(text: str) -> str:
    """``text`` with its code (fenced blocks, inline spans) blanked: a $$ in code is no delimiter."""
    for start, end in _code(text)[1]:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


#: one name alone, scripted or not, its arguments after it: J, \theta, h_\theta, \mathcal{L}, J(\theta)
_NAME_ALONE = patterns.compile(r"\s*(?:\\[A-Za-z]+\s*\{\s*\\?[A-Za-z]+\s*\}|\\?[A-Za-z]+)"
                               r"(?:\s*[_^]\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))*(?:\s*\([^()=]*\))?\s*")
#: a number alone, a fraction of numbers or of a count: 2, 0.5, \frac{1}{2}, \frac{1}{m}, \frac{1}{2m}, \frac12
_NUMBER_ALONE = patterns.compile(r"\s*(?:\d+(?:\.\d+)?|\\[dt]?frac\s*(?:\{\s*\d+\s*\}|\d)\s*(?:\{\s*\d*\s*[A-Za-z]?\s*\}|\d))\s*")
#: a word of prose: two letters or more (any script)
_PROSE_WORD = patterns.compile(r"[^\W\d_]{2,}")
#: a derivative of a name by a name as a fraction, its parts to be read by :func:`_derivative_alone`:
#: \frac{\partial J}{\partial w}, \frac{\partial{\hat{y}^{(i)}}}{\partial{W_j}}, \dfrac{d J}{d b}
_DERIVATIVE_FRACTION = patterns.compile(
    r"\s*\\[dt]?frac\s*\{(?P<top>(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}"
    r"\s*\{(?P<bottom>(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}\s*")
#: the differential's sign opening a derivative's part: \partial, ∂, d
_DIFFERENTIAL = patterns.compile(r"\s*(?:\\partial(?![A-Za-z])|∂|d)")
#: the display right after the sentence (\n\n$$ = \frac{1}{m}…$$, \n\n$$ \frac{1}{m}\sum …$$), its maths
_NEXT_DISPLAY = patterns.compile(r"\s*(?:\$\$(?P<dollars>.*?)\$\$|\\\[(?P<bracket>.*?)\\\])", re.DOTALL)
#: a display's maths that goes on from a left side written before it: it opens with = (or has none of its own)
_OPENS_WITH_EQUALS = patterns.compile(r"\s*(?:\\begin\{[a-z]+\*?\}\s*)?&?\s*=")


def _derivative_alone(inner: str) -> bool:
    r"""Whether ``inner`` is one derivative of a name by a name and nothing else: ``\frac{\partial J}{\partial w}``."""
    found = _DERIVATIVE_FRACTION.fullmatch(inner)
    if found is None:
        return False
    for part in (found.group("top"), found.group("bottom")):
        sign = _DIFFERENTIAL.match(part)
        if sign is None:
            return False
        name = part[sign.end():].strip()
        if name.startswith("{") and name.endswith("}"):
            name = name[1:-1]  # \partial{W_j}: the name in braces
        if _NAME_ALONE.fullmatch(name) is None:
            return False
    return True


def _inside_a_sentence(text: str, span: tuple[int, int]) -> bool:
    r"""Whether ``$$…$$`` at ``span`` stands on one line with words of prose both before and after it.

    kramdown (Jekyll's Markdown) writes inline maths with ``$$`` too: ``we write the loss function $$J$$ as:``.
    Read as a display, that ``$$J$$`` was a step of the derivation. Only a name alone is so read, or a number alone
    (``(note the factor of $$\frac{1}{2}$$ in J has cancelled to leave $$\frac{1}{m}$$.)``, cold32's blog post: read
    as displays, the two numbers were rows of the derivation), or a derivative of a name by a name (``The
    prediction's derivative $$\frac{\partial \hat{y}}{\partial b}$$ is just $$1$$.``: read as a row, a step of
    ∂J/∂b "wrong", audit31d) unless the next line's display goes on from it with ``= …``: GitHub and Jupyter set
    any other ``$$…$$`` as a display wherever it stands, and it may be a step (``$$= …$$``), a lemma or the answer,
    read as before.
    """
    start, end = span
    inner = text[start + 2:end - 2]
    derivative = _derivative_alone(inner)
    if _NAME_ALONE.fullmatch(inner) is None and _NUMBER_ALONE.fullmatch(inner) is None and not derivative:
        return False  # maths mid-line may be a display that renderers set so (a step, a lemma): read as one, as before
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if derivative and any(_NAME_ALONE.fullmatch(value) is None and _NUMBER_ALONE.fullmatch(value) is None
                          for value in re.findall(r"\$\$(.*?)\$\$", after)):
        # "Therefore $$\frac{\partial J}{\partial b}$$ is equal to $$\frac{1}{m}\sum …$$.": the sentence equates it
        # with a formula, a step of the derivation written in words: read as before
        return False
    # the words around it are the prose's, not another $$…$$'s maths
    before, after = re.sub(r"\$\$.*?\$\$", " ", before), re.sub(r"\$\$.*?\$\$", " ", after)
    if _PROSE_WORD.search(before) is None:
        return False
    following = _NEXT_DISPLAY.match(text, line_end) if derivative else None
    maths = "" if following is None else following.group("dollars") or following.group("bracket") or ""
    if following is not None and (_OPENS_WITH_EQUALS.match(maths) or _top_level_equals(maths) is None):
        # "we compute $$\frac{\partial J}{\partial w}$$ as follows:" and then "$$ = …$$" (or "is then:" and
        # "$$\frac{1}{m}\sum …$$", no = of its own): the left side of the rows after it, a row as before
        return False
    if derivative:
        # "the derivative $$\frac{\partial \hat{y}}{\partial b}$$ is just $$1$$.": a derivative named in a sentence
        # is a word of it, as a name is; read as a row, a right page's sentence was a step "not ∂J/∂b" (audit31d)
        return _PROSE_WORD.search(after) is not None
    # a number alone may end the sentence (… to leave $$\frac{1}{m}$$.): a number is never a step of its own
    return _PROSE_WORD.search(after) is not None or (
        _NAME_ALONE.fullmatch(inner) is None and re.fullmatch(r"[\s.,;:)]*", after) is not None)


def _ends_a_sentence_above(text: str, start: int, end: int) -> bool:
    """Whether ``$…$`` alone on its line (``text[start:end]`` its maths) is a name in the sentence of the line above.

    A notebook's Markdown breaks a sentence anywhere (``Fine tuning this by introducing\n$m$ and\n$b$``): a line of
    the same paragraph (no blank line between) is set inline, and a name alone there is a word of that sentence,
    never a step. Read as a display, the ``b`` opened the derivation and the cost defined below it was no longer
    the page's first line. Only a name alone (an equation on its line is read as before), after a line of prose.
    """
    if _NAME_ALONE.fullmatch(text[start:end]) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    return _PROSE_WORD.search(re.sub(r"\$[^$]*\$", " ", above)) is not None


#: an inline span of maths written in a sentence or a bullet: `…` code (a post's Unicode maths) or $…$
_INLINE_MATHS = patterns.compile(r"`(?P<code>[^`\n]+)`|(?<![$\\])\$(?!\$)(?P<dollar>[^$\n]+)\$")


def inline_equations(text: str) -> list[Block]:
    """The inline spans of Markdown ``text`` that hold an ``=``: each a block, its delimiters left out.

    READMEs, Q&A answers and posts pasted as text write every step inline: a bullet
    ``*   `∂L/∂h = - [y/h - (1-y)/(1-h)]` `` or a sentence's ``$…$``, or a fence of
    plain text (:func:`_fenced_equations`). Such a page has no display block, so these
    are its maths. Only a span with ``=`` is one: a name alone (`` `w_j` ``, ``$y$``)
    is a word of the prose, never a lone step. Read only when the page holds no
    display block (:func:`display_blocks`): beside displays, they are prose, as before.
    """
    fenced = list(_FENCE.finditer(text))
    fences = [match.span() for match in fenced]
    blocks = [block for match in fenced for block in _fenced_equations(match)]
    for match in _INLINE_MATHS.finditer(text):
        if any(s <= match.start() < e for s, e in fences):
            continue
        group = "code" if match.group("code") is not None else "dollar"
        if "=" in match.group(group):
            blocks.append(Block(match.span(group), match.span(group), inline=True))
    return sorted(blocks, key=lambda block: block.span)


#: a fence's info string that says its body is text, not a program: none, text, txt, plaintext
_TEXT_FENCES = frozenset({"", "text", "txt", "plaintext", "plain"})
#: what marks a fence's body as code, not equations: a keyword, a library call, range(…), an augmented assignment (+=),
#: a comment, braces or a semicolon
#: (not 'for' or 'if', which maths in a fence writes in words: `∂J/∂w_j = …   for each feature j`)
_PROGRAM = patterns.compile(r"\b(?:import|def|return|print|lambda)\b|\b(?:np|torch|tf|math)\.|"
                            r"\brange\s*\(|[-+*/]=(?!=)|^\s*#|//|[{};]", re.MULTILINE)
#: a line of TeX typed without its delimiters, as a forum's text box keeps it (J=\frac{1}{2} (z-X \theta)^T …): its
#: braces are TeX's groups, no code's block; the rest of a program's marks still make it code
_TEX_COMMAND = patterns.compile(r"\\(?:frac|partial|theta|beta|nabla|sum|sigma|hat|top|left|right|cdot|log)(?![A-Za-z])")
_PROGRAM_BESIDE_TEX = patterns.compile(r"\b(?:import|def|return|print|lambda)\b|\b(?:np|torch|tf|math)\.|"
                                       r"\brange\s*\(|[-+*/]=(?!=)|^\s*#|//|;", re.MULTILINE)
#: a line of code or of an algorithm among a docstring's maths: a name set to a number (α = 0.01, lr = 0.1) or
#: moved downhill from itself (w = w − α ∂J/∂w, b = b - lr * db): neither is a side of the derivation's chain. The
#: cost's letters are not taken so (J = J − …, as J = J + λ/2 w², says which cost is derived: left to the readers)
_SETTING_OR_UPDATE = patterns.compile(
    r"(?![JLEℓC]\s*=)(?P<name>[^\W\d]\w*)\s*=\s*(?:(?P<number>[-+−]?[\d.]+)\s*$|(?P=name)(?!\w)\s*[-−])")
#: a label before a fenced equation, a word and a colon: ``Model:    ŷ_i = w · x_i + b``
_LABEL = patterns.compile(r"[^\W\d_][\w ]*:\s+")


def _fenced_equations(fence: re.Match[str]) -> list[Block]:
    """The equations of a fenced block of text (```` ``` ```` with no language): each line holding ``=``, one block.

    Posts with no maths renderer set a derivation in a fence, one equation or one
    ``= …`` row a line. A fence naming a language, or whose body reads as a
    program (a keyword, ``np.``, a comment, braces), is code and never read —
    unless it is maths labelled Python for its colours (:func:`_maths_labelled_python`).
    A label before a line's equation (``Cost:``) is prose, left out. An equation whose
    bracket is still open at its line's end runs on over the lines after it that hold
    no ``=`` (:func:`_run_on`), as a long sum is broken in a fence.
    """
    info, body = fence.group("info").strip().lower(), fence.group("body")
    if _PROGRAM.search(body) or info not in _TEXT_FENCES and not _maths_labelled_python(info, body):
        return []
    blocks = []
    start = fence.start("body")
    lines = body.splitlines(keepends=True)
    k = 0
    while k < len(lines):
        content = lines[k].rstrip("\n")
        if "=" in content:
            lead = len(content) - len(content.lstrip())
            label = _LABEL.match(content, lead)
            if label is not None and "=" not in label.group(0):
                lead = label.end()
            taken = _run_on(lines, k)
            end = start + sum(len(line) for line in lines[k:taken - 1]) + len(lines[taken - 1].rstrip())
            blocks.append(Block((start + lead, end), (start + lead, end), inline=True))
            start += sum(len(line) for line in lines[k:taken])
            k = taken
            continue
        start += len(lines[k])
        k += 1
    return blocks


#: the info strings of a Python fence, which notes set plain maths in for its highlighting
_PYTHON_FENCES = frozenset({"python", "py", "python3"})
#: what Python's grammar holds nowhere outside a string or a comment, and maths writes: ∂, ∇
_NOT_PYTHON = patterns.compile(r"[∂∇]")
#: a string's quote or a comment's '#': with one, a ∂ may be a program's text
_QUOTE = patterns.compile(r"[\"'#]")


def _maths_labelled_python(info: str, body: str) -> bool:
    """Whether a ```python fence holds maths, not a program: a ∂ or ∇ (which Python cannot hold outside a string or a
    comment) and no quote or '#', besides no program's marks (checked by the caller).

    Interview notes set ``∂L/∂w_j = -(1/n) * Σ [...]`` in a ```python fence for its colours: no Python
    program can be so written, so the fence is read as a plain one. A fence with a quote or a '#' may hold the ∂
    in a docstring, a string or a comment (``print("∂L/∂w =", grad)``, ``grad = X.T @ r  # ∂J/∂θ``) and stays code.
    """
    return info in _PYTHON_FENCES and bool(_NOT_PYTHON.search(body)) and not _QUOTE.search(body)


def fenced_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s fenced blocks of code (``` or ~~~), each from its opening fence to its closing one."""
    return [fence.span() for fence in _FENCE.finditer(text)]


def python_maths_fences(text: str) -> list[tuple[int, int]]:
    """The spans of the ```python fences of ``text`` that hold maths, read as plain ones (:func:`_maths_labelled_python`)."""
    return [fence.span() for fence in _FENCE.finditer(text)
            if not _PROGRAM.search(fence.group("body"))
            and _maths_labelled_python(fence.group("info").strip().lower(), fence.group("body"))]


def _run_on(lines: Sequence[str], first: int) -> int:
    """Where the equation of line ``first`` of a fence ends: the index past its last line.

    A line whose ( or [ is still open at its end goes on to the next line that holds no ``=`` (a sum's second
    term, ``+ (1-y_i) * …]``), up to the line that closes it; a bracket never closed within such lines leaves
    the equation its own line, for the reader to refuse at it.
    """
    depth = 0
    for k in range(first, len(lines)):
        if k > first and "=" in lines[k]:
            return first + 1
        for char in lines[k]:
            depth += 1 if char in "([" else -1 if char in ")]" else 0
        if depth <= 0:
            return k + 1
    return first + 1


def _rst_display(match: re.Match[str]) -> Block:
    """A ``.. math::`` directive's maths: its body (or, with none, the argument on the directive's line)."""
    start, end = match.span("body")
    if not match.group("body").strip():
        start, end = match.span("argument")
    body = match.string[start:end]
    start += len(body) - len(body.lstrip())
    return Block((start, start + len(body.strip())), (start, start + len(body.strip())))


def plain_equations(text: str) -> list[Block]:
    """The lines of plain maths of ``text`` outside code: each line holding ``=`` and no prose, one inline block.

    A Python docstring or a text file writes a derivation in Unicode, one equation (or one ``= …`` row) a line,
    with no $$, no backticks: ``∂L/∂w = (1/m) Σᵢ (ŷᵢ − yᵢ) xᵢ``. A line of prose (three words in a row) is never
    one, nor a line of code (a keyword, ``np.``, a comment, braces), nor a line with no maths besides its letters;
    a label before the equation (``Gradient:``) is left out, as in a plain fence (:func:`_fenced_equations`).
    """
    fences = _code(text)[1]
    found: list[tuple[Block, re.Match[str] | None]] = []
    start = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\n").rstrip()
        inside = any(s <= start < e for s, e in fences)
        program = _PROGRAM_BESIDE_TEX if _TEX_COMMAND.search(content) else _PROGRAM
        if "=" in content and not inside and not program.search(content):
            lead = len(content) - len(content.lstrip())
            label = _LABEL.match(content, lead)
            if label is not None and "=" not in label.group(0):
                lead = label.end()
            maths = content[lead:]
            if not _PROSE_LINE.search(maths) and _MATHS_MARK.search(maths.replace("=", "")):
                found.append((Block((start + lead, start + len(content)), (start + lead, start + len(content)),
                                    inline=True), _SETTING_OR_UPDATE.match(maths)))
        start += len(line)
    # α = 0.01 and w = w − α ∂J/∂w are a setting and a step of descent, never a step of the derivation: left out. A
    # setting of a name the other lines use (λ = 0 beside a penalty λ/2 w²) says what the cost is: kept for the readers
    kept = [block for block, setting in found if setting is None]
    words = " ".join(text[block.maths[0]:block.maths[1]] for block in kept)
    return [block for block, setting in found if setting is None or setting.group("number") is not None
            and re.search(rf"(?<![\w\\]){re.escape(setting.group('name'))}(?!\w)", words)]


def display_blocks(text: str, inline: bool = True) -> list[Block]:
    """The display-maths blocks of Markdown ``text`` in order; code (fenced or inline) is never maths.

    A page with no display block at all is read by its inline equations
    (:func:`inline_equations`) when ``inline``: its steps are written in backticks or ``$…$``.
    """
    blocks = _displays(text)
    if not inline:
        return blocks
    if not blocks:
        # no display and no inline equation: a docstring's or a text file's lines of plain maths (∂L/∂w = …)
        return inline_equations(text) or plain_equations(text)
    if all(_single_dollars(text, block) and not _DERIVATIVE.search(text[block.maths[0]:block.maths[1]])
           for block in blocks):
        # `J(w, b) = …`, `∂J/∂w = …` in backticks and one `$\hat{y} = wx + b$` on its own line: that line was
        # the page's only display, so the derivation in backticks went unread and the definition was checked as
        # a derivation against the default cost, 'wrong' (audit30). A $…$ line taking no derivative is one more
        # inline equation where the inline ones take the derivatives
        spans = inline_equations(text)
        if any(_DERIVATIVE.search(text[span.maths[0]:span.maths[1]]) for span in spans):
            return spans
    return blocks


#: a derivative written in maths (as notation.page reads one): ∂, \partial, \nabla, d/dθ, \frac{d …}{d …}
_DERIVATIVE = patterns.compile(r"∂|\\partial|\\nabla|∇|\\(?:big)?triangledown(?![A-Za-z])|\bd\s*/\s*d|\\d?frac\s*\{\s*d\b")


def _single_dollars(text: str, block: Block) -> bool:
    """Whether a display is written $…$ (one dollar each side, on a line of its own), as an inline span is."""
    written = text[block.span[0]:block.span[1]].strip()
    return written.startswith("$") and not written.startswith("$$")


def _displays(text: str) -> list[Block]:
    """The display-maths blocks of Markdown ``text`` (no inline span), in order."""
    fenced, fences = _code(text)
    blocks = [Block(match.span("body"), match.span("body"))
              for match in fenced if match.group("info").strip() == "math"]
    blocks += [Block(match.span("body"), match.span("body")) for match in _SHORTCODE.finditer(text)
               if "$" not in match.group("body") and not any(s <= match.start() < e for s, e in fences)]
    blocks += [_rst_display(match) for match in _RST_MATH.finditer(text)
               if (match.group("argument").strip() or match.group("body").strip())
               and not any(s <= match.start() < e for s, e in fences)]
    # a body taken whole (```math, {{< katex >}}): the \begin{aligned} inside it is that display, not a second
    # one (a Hugo post's every display was read twice, each chain "a derivation" of its own beside itself)
    taken = [block.span for block in blocks]
    for match in _BLOCK.finditer(text):
        if any(s <= match.start() < e for s, e in fences) or any(s <= match.start() < e for s, e in taken):
            continue
        if match.group("dollars") is not None and _inside_a_sentence(text, match.span()):
            continue  # kramdown's inline maths: "we write the loss function $$J$$ as:"
        if match.group("line") is not None and _ends_a_sentence_above(text, match.start("line"), match.end("line")):
            continue  # "introducing\n$m$ and\n$b$": a name in the paragraph's sentence, set inline
        inner = next((match.span(group) for group in ("dollars", "single", "line", "bracket", "paren")
                      if match.group(group) is not None), match.span())
        # a numbered item's number is no part of its display: the block opens at its '$'
        span = (match.start("line") - 1, match.end()) if match.group("line") is not None else match.span()
        blocks.append(Block(span, inner))
    return sorted((row for block in blocks for row in _equations_of(text, block)), key=lambda block: block.span)


#: a row break of a display: TeX's \\ (a spacing after it, \\[2pt], is the row's own), or \newline, as Jekyll posts
#: break an align's rows (their Markdown renderer eats one backslash of \\; the document reader cuts rows there too)
_ROW_BREAK = patterns.compile(r"\\\\(?:\[[^\]]*\])?|\\newline(?![A-Za-z])")
#: TeX's size switches (\large J = …): they change how the rest of a line looks, never what it says
TEX_SIZES: tuple[str, ...] = ("tiny", "Tiny", "scriptsize", "footnotesize", "small", "normalsize", "large", "Large",
                              "LARGE", "huge", "Huge")
#: what may stand before a row's = and still go on with the row before: spaces, TeX's spacing and sizes, &, a label
#: set over or under the = (\small\underset{\text{cancel}}=)
_NO_LEFT_SIDE = patterns.compile(
    r"(?:\s|\\[ ,;:!]|&|\\(?:q?quad|" + "|".join(TEX_SIZES)
    + r"|displaystyle|textstyle|scriptstyle)(?![A-Za-z])"
    r"|\\(?:underset|overset|stackrel)\s*\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})*")


def _equations_of(text: str, block: Block) -> list[Block]:
    r"""A display whose rows are equations of their own, each row with its own left side, as one block a row.

    A cheatsheet's ``.. math::`` lists ``z_i &= β_0 + Σ_j β_j x_{ij} \\ μ_i &= z_i``, a note's ``$$`` the
    derivatives ``\frac{∂J}{∂β_0} &= … \\ \frac{∂J}{∂β_j} &= …``: rows each opening with a left side of their
    own (not ``&= …``, which goes on with the chain) are as many equations as displays of their own would be, and
    read so (two definitions, two derivatives), never as one chain that equates them. A row with no ``=``
    (a long side broken over rows) goes on with the row before. A display that is one alignment
    (``\begin{aligned} … \end{aligned}``, align, split, eqnarray) has its rows read so too: left whole, the
    rows ``∂J/∂θ₁ &= … \\ ∂J/∂θ₂ &= …`` were one chain, ∂J/∂θ₂ a step equal to ∂J/∂θ₁, and two true
    derivatives 'wrong' (audit37). A display holding any other environment is left whole: its reader reads it.
    """
    start, end = block.maths
    maths = text[start:end]
    if "\\begin" in maths:
        return _derivatives_of(text, block)
    if "=" not in maths:
        return [block]
    rows, begin = [], 0
    for found in _ROW_BREAK.finditer(maths):
        if _depth(maths, found.start()) == 0:
            rows.append((begin, found.start()))
            begin = found.end()
    rows.append((begin, len(maths)))
    pieces: list[list[int]] = []
    said = None  # the left side the last piece opened with
    for first, last in rows:
        row = maths[first:last]
        equals = _top_level_equals(row)
        opens = equals is not None and _NO_LEFT_SIDE.fullmatch(row[:equals]) is None
        left = None if not opens else "".join(row[:equals].replace("&", "").split())
        # a row that restates the left side of the piece before (∂J/∂w &= A \\ ∂J/∂w &= B) goes on with its chain:
        # read apart, the restated row's right side B went unchecked, a slip in it unseen
        if (opens and left != said) or not pieces:
            pieces.append([first, last])
            said = left
        else:
            pieces[-1][1] = last
    if len(pieces) < 2 or sum(1 for first, last in rows if _top_level_equals(maths[first:last]) is not None) < 2:
        return [block]
    return _blocks_of(pieces, maths, start, block)


#: the one environment of a display whose rows are its equations: aligned, align*, split, eqnarray, gathered
_ROWS_ENVIRONMENT = patterns.compile(
    r"\\begin\s*\{(?P<name>aligned|align\*?|split|eqnarray\*?|gathered|gather\*?)\}(?P<rows>.*?)\\end\s*\{(?P=name)\}",
    re.S)
#: a left side deriving the cost by a variable: \frac{\partial J}{\partial w}, \frac{dJ(w,b)}{db}, ∂J/∂b
#: (``by`` is what the denominator differentiates by, spaces dropped by the caller)
_COST_DERIVATIVE_BY = patterns.compile(
    r"^\\d?frac\{(?:\\partial|∂|d)\{?" + cost_name_pattern("J", "L", "\\ell", "\\mathcal{J}", "\\mathcal{L}", mathcal="tight") + r"\}?(?:\([^()]*\)|\\left\([^()]*\\right\))?\}"
    r"\{(?:\\partial|∂|d)(?P<by>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}$"
    r"|^(?:∂|\\partial|d)" + cost_name_pattern("J", "L") + r"(?:\([^()]*\))?/(?:∂|\\partial|d)(?P<plain>.+)$"
    # the operator before the cost, \frac{\partial}{\partial w} J(w, b): read as one chain, its ∂/∂b J row was a step
    # of ∂/∂w J's, a right page wrong (audit38)
    r"|^\\d?frac\{(?:\\partial|∂|d)\}\{(?:\\partial|∂|d)(?P<operator>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}"
    + cost_name_pattern("J", "L", "\\ell", "\\mathcal{J}", "\\mathcal{L}", mathcal="tight") + r"(?:\([^()]*\)|\\left\([^()]*\\right\))?$")


def cost_derivative_by(left: str) -> str | None:
    """The variable a left side derives the cost by (``w`` of ``\\frac{\\partial J}{\\partial w}``), or None.

    Spaces and alignment marks are dropped first, so two spellings of one derivative name one variable.
    """
    found = _COST_DERIVATIVE_BY.match("".join(left.replace("&", "").split()))
    return None if found is None else (found.group("by") or found.group("plain") or found.group("operator"))


def _derivatives_of(text: str, block: Block) -> list[Block]:
    r"""A display's environment of rows split where a row derives the cost by another variable: one block a derivation.

    ``\begin{aligned}\frac{∂J}{∂w} &= A \\ &= B \\ \frac{∂J}{∂b} &= C\end{aligned}`` holds two derivations, the
    last row opening ∂J/∂b with a left side of its own; read as one chain its right ∂J/∂b "did not follow" from
    B and a right page was called wrong (issue 10). Only there is the environment split: a row of another left
    side (a definition, ∂J/∂w restated) goes on with its chain as before (splitting environments wholesale
    made a right chain wrong, fixderiv3). The blocks are the rows inside the environment, its \begin and \end
    no part of any.
    """
    start, end = block.maths
    maths = text[start:end]
    found = list(_ROWS_ENVIRONMENT.finditer(maths))
    if len(found) != 1 or "=" in maths[:found[0].start()] + maths[found[0].end():]:
        return [block]
    rows_start, rows_end = found[0].span("rows")
    inside = maths[rows_start:rows_end]
    rows, begin = [], 0
    for each in _ROW_BREAK.finditer(inside):
        if _depth(inside, each.start()) == 0:
            rows.append((begin, each.start()))
            begin = each.end()
    rows.append((begin, len(inside)))
    # the model defined in the last rows, after the derivation that uses it: a definition apart, never a step
    kept = _before_trailing_definitions(inside, rows)
    # a stray \text before a definition's name is left out of its block: the block, and its line, start at the name
    definitions = [[first + _stray_text_length(inside[first:last]), last] for first, last in rows[kept:]]
    rows = rows[:kept]
    pieces: list[list[int]] = []
    by = None  # the variable the chain being read derives the cost by
    for first, last in rows:
        row = inside[first:last]
        if not row.strip():
            # a row of nothing (a lemma row the steps service blanked, ∂L/∂z &= z − y before ∂L/∂w and ∂L/∂b)
            # opens no chain: read as one that opens otherwise, it joined ∂L/∂b to ∂L/∂w's chain as a step of it
            continue
        equals = _top_level_equals(row)
        left = "" if equals is None else "".join(row[:equals].replace("&", "").split())
        variable = cost_derivative_by(left) if left else None
        if not pieces:
            if variable is None:
                if definitions:
                    # the chain (read whole, as before), then each definition row a block of its own
                    return _blocks_of([[rows[0][0], rows[-1][1]], *definitions], inside, start + rows_start, block)
                return [block]  # a chain opening otherwise (a definition, the cost): read whole, as before
            pieces.append([first, last])
            by = variable
        elif variable is not None and variable != by:
            pieces.append([first, last])
            by = variable
        elif _defined_by_a_connective(row) is not None or _set_apart(inside, pieces[-1]):
            # "\text{where } h_θ(x) &= θᵀx \\ &= …": the definition a row of its own, and the rows after it a block
            # that opens with '=' (the page's reader decides which chain it goes on with): read on as one chain, h
            # was a step equal to the derivative, and a right page 'wrong'
            pieces.append([first + (_defined_by_a_connective(row) or 0), last])
        else:
            pieces[-1][1] = last
    pieces += definitions
    if len(pieces) < 2:
        return [block]
    return _blocks_of(pieces, inside, start + rows_start, block)


#: a word of prose opening a row before a definition: \text{where }, \text{since}, \mathrm{with}, \because
CONNECTIVE = patterns.compile(r"\s*(?:\\(?:text|textrm|mathrm|mbox)\s*\{\s*(?:where|since|with|here|because|given)"
                              r"\s*[,:]?\s*\}|\\because(?![A-Za-z]))\s*")


def _defined_by_a_connective(row: str) -> int | None:
    """Where the name stands in a row that defines it after a connective (``\\text{where } h_θ(x) &= θᵀx``), or None.

    No derivative in the row (a lemma is no such definition)."""
    found = CONNECTIVE.match(row)
    equals = _top_level_equals(row)
    if found is None or equals is None or _DERIVATIVE.search(row) is not None:
        return None
    return found.end() if _DEFINED_HEAD.fullmatch(row[found.end():equals].replace("&", "")) else None


def _set_apart(inside: str, piece: list[int]) -> bool:
    """Whether ``piece`` is a definition row set apart after a connective: the row after it opens a piece of its own."""
    return _CONNECTIVE_BEFORE.search(inside[:piece[0]]) is not None


#: a connective ending just before a point (the one a set-apart definition row opens after)
_CONNECTIVE_BEFORE = patterns.compile(r"(?:\\(?:text|textrm|mathrm|mbox)\s*\{\s*(?:where|since|with|here|because|given)"
                                      r"\s*[,:]?\s*\}|\\because(?![A-Za-z]))\s*$")


def _stray_text_length(row: str) -> int:
    """How many characters a stray ``\\text`` (no braces) and the space around it take at a row's start; 0 if none."""
    found = STRAY_TEXT.match(row)
    return 0 if found is None else found.end()


def _before_trailing_definitions(inside: str, rows: list[tuple[int, int]]) -> int:
    r"""How many of an environment's ``rows`` come before the definitions that end it (all of them: none do).

    A definition row names a function or a quantity alone on its left (``h_{\theta}(x^{(i)}) &= \frac{1}{1+e^{…}}``,
    after a stray ``\text`` as an Obsidian note writes it), takes no derivative, and defines a name the rows before
    it use: the derivation's model, stated after it as its writer's key. Read on with the chain it was a step,
    equated with the gradient above it, and a right page ended 'wrong'. A derivative row (∂J/∂b &= …) or a name the
    rows above never use (a second cost, a result) is no such definition and stays in the chain.
    """
    kept = len(rows)
    while kept > 1:
        row = inside[rows[kept - 1][0]:rows[kept - 1][1]]
        equals = _top_level_equals(row)
        if equals is None or _DERIVATIVE.search(row) is not None:
            break
        defined = _DEFINED_HEAD.fullmatch(STRAY_TEXT.sub("", row[:equals].replace("&", "")))
        if defined is None:
            break
        head = "".join(defined.group("head").split())
        if head.split("_")[0] in _NEVER_DEFINED or not any(character.isalpha() for character in row[equals + 1:]):
            # w &= Σxy/Σx² solves for a parameter, h &= 0 states a value: no model defined, read on as before
            break
        above = "".join(inside[rows[0][0]:rows[kept - 2][1]].split())
        if not head or head not in above or _DERIVATIVE.search(above) is None:
            break
        kept -= 1
    return kept


#: the parameters' and the data's letters, never the name a trailing row defines (w &= (XᵀX)⁻¹Xᵀy solves for w)
_NEVER_DEFINED = frozenset({"w", "b", "x", "y", "X", "Y", "m", "n"})
#: a definition's left side: a name, a subscript perhaps, its argument perhaps (one bracket deep inside):
#: ``h_{\theta}(x^{(i)})``, ``z``; never a command (``\small = 0`` sizes a row that goes on with the chain)
_DEFINED_HEAD = patterns.compile(r"\s*(?P<head>[A-Za-z]+(?:\s*_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))?)"
                                 r"\s*(?:\((?:[^()]|\([^()]*\))*\))?\s*")
#: a text command with no braced argument opening a row's left side (``\text h_\theta(x)``): TeX sets the letter
#: after it upright, the same name
STRAY_TEXT = patterns.compile(r"^\s*\\(?:text|textrm|mbox)(?![A-Za-z])\s*(?=[A-Za-z])")


def _blocks_of(pieces: list[list[int]], rows: str, offset: int, block: Block) -> list[Block]:
    """One block an equation: each piece (first, last) of ``rows``, which stand at ``offset`` of the text, trimmed of
    spaces and of the row break after it; ``[block]`` whole when fewer than two are left."""
    found_blocks = []
    for first, last in pieces:
        piece = rows[first:last]
        lead = len(piece) - len(piece.lstrip())
        trimmed = piece.strip()
        while trimmed.endswith("\\\\"):
            trimmed = trimmed[:-2].rstrip()  # the break after the last row ends no row: no part of the equation
        if trimmed:
            span = (offset + first + lead, offset + first + lead + len(trimmed))
            found_blocks.append(Block(span, span, block.inline, display=block.maths))
    return found_blocks if len(found_blocks) > 1 else [block]


def _depth(maths: str, offset: int) -> int:
    """How many braces are open at ``offset`` of ``maths`` (escaped braces \\{ \\} not counted)."""
    unescaped = maths[:offset].replace("\\{", "").replace("\\}", "")
    return unescaped.count("{") - unescaped.count("}")


def _top_level_equals(row: str) -> int | None:
    """The offset of a row's first ``=`` outside braces and brackets, or None (not ≤, ≥, ≠ written so: <=, >=, !=)."""
    depth = 0
    for offset, written in enumerate(row):
        if written in "([{":
            depth += 1
        elif written in ")]}":
            depth -= 1
        elif written == "=" and depth <= 0 and row[offset - 1:offset] not in ("<", ">", "!", ":") \
                and row[offset + 1:offset + 2] != ">":
            return offset
    return None


def math_of_markdown(text: str, blocks: Sequence[Block] | None = None) -> Notes:
    """The maths blocks of Markdown ``text`` (or those of ``blocks``), everything else blanked; refused when none."""
    kept = [" " if char != "\n" else "\n" for char in text]
    breaks = []
    for block in display_blocks(text) if blocks is None else blocks:
        start, end = block.span
        kept[start:end] = text[start:end]
        breaks.append(end)
    if not breaks:
        _refuse_latex_without_backslashes(text)
        raise InputError(
            "the notes hold no display maths (no $$ … $$, \\[ … \\] or \\begin{align*} block) and no equation in `…` or $…$",
            hint="put each step of the derivation in a $$ … $$ block, or in `…` on its line; prose between is ignored",
            label="FILE",
        )
    return Notes("".join(kept), tuple(breaks))


#: LaTeX's structure written without its backslashes, as a site that rendered the maths leaves it copied as text:
#: hat{y}, frac{…}, sum_{i=1}, {partial E}; a bare word (alpha, sum) is prose as often as maths, so never one alone
_BARE_LATEX = patterns.compile(r"(?<![\\A-Za-z])(?:(?:hat|bar|tilde|vec|frac|sqrt|mathbf)\s*\{|sum\s*_\s*\{)"
                               r"|\{\s*partial\b")


def _refuse_latex_without_backslashes(text: str) -> None:
    """Refuse a page of no display maths whose equation lines are LaTeX with its backslashes lost, naming them.

    A Socratic answer copied as plain text reads ``0 = {partial E}/{partial alpha} = sum -x_i(…)``: the page
    holds a derivation, but no display block, and guessing its maths back (is ``hat{y}`` ŷ, ``{partial E}`` ∂E?)
    is no reading. "No display maths" alone left the writer wondering why: the lines are named, the first
    pointed at. A line whose only '=' stands in braces (``sum_{i=1}^n`` in prose) is no equation.
    """
    lines = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        found = _BARE_LATEX.search(line)
        if found is not None and _top_level_equals(line) is not None:
            lines.append((number, offset, found.group().strip()))
        offset += len(line) + 1
    if not lines:
        return
    named = ", ".join(f"line {number}" for number, _, _ in lines)
    words = ", ".join(dict.fromkeys(f"{word}…}}" if word.endswith("{") else f"{word} …}}" for _, _, word in lines))
    raise InputError(
        f"the notes hold no display maths, and their equations ({named}) are LaTeX with its backslashes lost "
        f"({words}), as a page whose rendered maths was copied as text: not read as maths",
        source=text, column=lines[0][1], line=lines[0][0], label="FILE",
        hint="put each step in a $$ … $$ block with its backslashes (\\hat{y}, \\sum_{i=1}^n, "
             "\\frac{\\partial E}{\\partial \\alpha}); prose between is ignored",
    )


def markdown_of_notebook(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A notebook's Markdown cells joined by line ends, and (cell number, first line) of each (JSON read, never run)."""
    try:
        notebook = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"the notebook is not valid JSON: {error.msg}", source=text, column=error.pos,
                         line=error.lineno, label="FILE", hint="save the notebook again from Jupyter") from None
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        raise InputError("the notebook has no list of cells", label="FILE", hint="is this a Jupyter notebook (.ipynb)?")
    parts: list[str] = []
    starts: list[tuple[int, int]] = []
    line = 1
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        starts.append((number, line))
        parts.append(source)
        line += source.count("\n") + 1
    if not parts:
        raise InputError("the notebook has no Markdown cells", label="FILE",
                         hint="write the derivation in a Markdown cell, in $$ … $$ blocks")
    return "\n".join(parts), tuple(starts)


def math_of_notebook(text: str) -> Notes:
    """The maths blocks of a notebook's Markdown cells (the JSON is read, never run)."""
    joined, starts = markdown_of_notebook(text)
    notes = math_of_markdown(joined)
    return Notes(notes.text, notes.breaks, starts)


def cell_line(cells: tuple[tuple[int, int], ...], line: int) -> tuple[int, int]:
    """The cell number and the 1-based line within it of ``line`` of the joined Markdown cells."""
    number, first = cells[0]
    for cell, start in cells:
        if start <= line:
            number, first = cell, start
    return number, line - first + 1
