"""ASCII LaTeX from logderiv's Unicode words: rule labels, notes, verdicts.

Rule titles and notes are written in Unicode (``σ′ = σ(1 − σ)``, ``θᵀx⁽ⁱ⁾``) for
the terminal. pdflatex without extra packages reads only ASCII, so every piece
of such text that reaches a ``.tex`` file passes through here: math characters
become their LaTeX commands, words become ``\\text{...}``, and anything without
a known spelling is replaced (labels fall back to the rule's ASCII name).
"""

from __future__ import annotations

import re

from ..records.step import Rule
from ..notation import registry
from ..notation.vocabulary import GREEK
from ..printing.expressions import show_latex
from .. import patterns

__all__ = ["escape_text", "math_from_unicode", "spelled_by_code", "prose", "comment", "rule_label", "number", "sentence"]

_TEXT_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "^": r"\^{}",
    "_": r"\_",
    "%": r"\%",
    "~": r"\~{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
}

_TEXT_DASHES = {"—": "---", "–": "--", "…": r"\ldots{}", "’": "'", "‘": "`", "“": "``", "”": "''"}

_MATH_SYMBOLS = {greek: "\\" + name for greek, name in GREEK.items()} | {
    "σ": r"\sigma",
    "‖": r"\|",  # a norm, as the matrix-form notes write ‖Xθ − y‖²
    "ŷ": r"\hat{y}",  # the prediction as plain notation may spell it
    "Σ": r"\sum",
    "∂": r"\partial",
    "−": "-",
    "′": "'",
    "·": r"\cdot",
    "⇒": r"\Rightarrow",
    "→": r"\to",
    "↦": r"\mapsto",
    "≠": r"\neq",
    "≤": r"\leq",
    "≥": r"\geq",
    "√": r"\sqrt",
    "∞": r"\infty",
    "π": r"\pi",
    "×": r"\times",
    "⊙": r"\odot",
    "∇": r"\nabla",
    "ℓ": r"\ell",  # the log-likelihood, as the diagnoses and notes name it (hunt28c: set as "?" in LaTeX)
    "±": r"\pm",  # the notes of Octave's grad(1) = grad(1) ± c·θ(1)
    "𝟏": r"\mathbf{1}",  # the all-ones vector, as the matrix-form notes write Octave's ones(m, 1)
    "⋅": r"\cdot",  # a dot operator the writer's own text may hold, quoted in a note
    "∑": r"\sum",  # the n-ary summation sign the writer's own text may hold, quoted in a note
    "…": r"\ldots",
    "—": r"\text{---}",
    "–": r"\text{--}",
}

_MATH_ESCAPES = {"{": r"\{", "}": r"\}", "%": r"\%", "#": r"\#", "&": r"\&", "$": r"\$", "_": r"\_", "\\": r"\backslash "}

_SUBSCRIPTS = dict(zip("₀₁₂₃₄₅₆₇₈₉ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ₊₋₍₎", "0123456789aehijklmnoprstuvx+-()"))
_SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ⁺⁻⁽⁾", "0123456789abcdefghijklmnoprstuvwxyz+-()"))

#: a function's name in Unicode prose -> its LaTeX control word: the registry's functions that have one of their name
_FUNCTION_WORDS = {f.name: "\\" + f.name for f in registry.FUNCTIONS if f.name in f.latex_commands}

_TOKEN = patterns.compile(r"[A-Za-z]{2,}|\s+|.", re.DOTALL)


def escape_text(text: str) -> str:
    """Escape ASCII text for LaTeX text mode (Unicode is left to :func:`prose`)."""
    return "".join(_TEXT_ESCAPES.get(ch, ch) for ch in text)


def math_from_unicode(text: str) -> str | None:
    """Spell Unicode mathematics (``∂(θᵀx)/∂θⱼ = xⱼ``) in LaTeX math, or None if a character has no spelling."""
    out: list[str] = []
    tokens = _TOKEN.findall(text)
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if token in _SUBSCRIPTS or token in _SUPERSCRIPTS or token == "ᵀ":
            run, position = _script_run(tokens, position)
            out.append(run)
            continue
        position += 1
        if token.isspace():
            beside_word = _is_word(out[-1] if out else "") or (position < len(tokens) and _is_word_token(tokens[position]))
            out.append(r"\ " if beside_word else " ")
        elif len(token) > 1:
            out.append(_FUNCTION_WORDS.get(token, r"\text{" + token + "}"))
        elif token in _MATH_SYMBOLS:
            out.append(_MATH_SYMBOLS[token])
        elif token in _MATH_ESCAPES:
            out.append(_MATH_ESCAPES[token])
        elif token.isascii():
            out.append(token)
        else:
            return None
    return _join_math(out).strip()


def prose(text: str) -> str:
    """Unicode prose in LaTeX text mode: ASCII words escaped, each run of mathematics one ``\\(...\\)``.

    A run is the words of mathematics in a row (``(1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾``), with the
    ASCII pieces between them (``(h``, ``y)x``, ``=``), so a formula is set as one, not as
    ``(h \\(-\\) y)`` with its brackets in text; punctuation that ends a sentence stays outside.
    """
    out: list[str] = []
    words = text.split(" ")
    position = 0
    while position < len(words):
        end = _math_run(words, position)
        if end == position:
            out.append(_text_word(words[position]))
            position += 1
            continue
        run = " ".join(words[position:end])
        trailing = re.search(r"[.,;:]*$", run).group(0)  # type: ignore[union-attr]
        math = math_from_unicode(run[: len(run) - len(trailing)]) if trailing != run else None
        if math is None:
            out.extend(_text_word(word) for word in words[position:end])
        else:
            out.append(r"\(" + math + r"\)" + escape_text(trailing))
        position = end
    return " ".join(out)


def _math_run(words: list[str], start: int) -> int:
    """The end of the run of mathematics starting at ``words[start]`` (``start`` itself when there is none)."""
    first = words[start]
    if first.count(")") > first.count("(") or first.count("]") > first.count("["):
        return start  # the end of a bracket opened in the text before
    end = start
    while end < len(words) and (_is_math_word(words[end]) or _is_glue(words[end])):
        end += 1
        if words[end - 1].endswith((",", ";", ":")):
            break  # a list or clause ends here: "m×n, θ is n×1" is two formulas
    while end > start and not _is_math_word(words[end - 1]) and not _closes(words[start:end]):
        end -= 1  # ASCII glue after the last formula word stays text, unless it closes a bracket
    if not any(_is_math_word(word) for word in words[start:end]):
        return start
    return end


def _is_math_word(word: str) -> bool:
    return not word.isascii() and word not in _TEXT_DASHES and math_from_unicode(word) is not None


def _is_glue(word: str) -> bool:
    """An ASCII piece of a formula: brackets, digits, operators, single letters and a function's name applied
    (``(h``, ``y)x``, ``(1/m)``, ``=``, ``[log(1``: a diagnosis quotes ``∂/∂θⱼ [log(1 − h(x⁽ⁱ⁾))]``)."""
    return (bool(word) and word.isascii() and word not in ("a", "A", "I") and len(word) <= 16
            and re.fullmatch(r"[A-Za-z0-9()\[\]+\-=/^_*'.,|]+", word) is not None
            and all(name in _FUNCTION_WORDS and word[end:end + 1] == "("
                    for name, end in ((found.group(0), found.end()) for found in re.finditer(r"[A-Za-z]{2,}", word))))


def _closes(words: list[str]) -> bool:
    joined = "".join(words)
    return joined.count("(") == joined.count(")") and joined.count("[") == joined.count("]") and (
        ")" in words[-1] or "]" in words[-1])


#: a word of prose longer than this may break after its punctuation: a note that quotes the writer's LaTeX
#: (``p(x;\\beta)=\\frac{e^{\\beta^Tx}}{1+e^{\\beta^Tx}}``) is one word wider than the line
_LONG_WORD = 20
_BREAK_AFTER = frozenset("\\{}(),;=+/^_")


def _text_word(word: str) -> str:
    if word in _TEXT_DASHES:
        return _TEXT_DASHES[word]
    if word.isascii() and len(word) > _LONG_WORD:
        return "".join(escape_text(ch) + (r"\allowbreak{}" if ch in _BREAK_AFTER else "") for ch in word)
    if word.isascii():
        return escape_text(word)
    math = math_from_unicode(word)
    if math is None:
        return escape_text(spelled_by_code(word))
    return r"\(" + math + r"\)"


def number(text: str) -> str:
    """A value as the text views print it (``-0.12``, ``1e-05``) in LaTeX maths; anything else (``nan``) as text."""
    return text if all(ch in "0123456789.-+e" for ch in text) else r"\text{" + escape_text(text) + "}"


def sentence(text: str) -> str:
    """``text`` with its first letter a capital."""
    return text[:1].upper() + text[1:]


def comment(text: str) -> str:
    """Text as LaTeX comment lines, in ASCII."""
    lines = []
    for line in text.splitlines() or [""]:
        spelled = " ".join(_ascii_word(word) for word in line.split(" "))
        lines.append("% " + spelled)
    return "\n".join(lines)


def rule_label(rule: Rule) -> str:
    """The label of a step's rule in LaTeX math, for ``\\overset{label}{=}``.

    A rule that prints expressions in its label (a definition ``h = σ(θᵀx)``)
    prints them with the LaTeX printer; a word-only title is ``\\text{...}``;
    a title in Unicode mathematics is spelled in LaTeX, falling back to the
    rule's ASCII name.
    """
    if type(rule).label is not Rule.label:
        return rule.label(show_latex)
    title = rule.title
    if re.fullmatch(r"[A-Za-z][A-Za-z '\-]*", title):
        return r"\text{" + escape_text(title) + "}"
    math = math_from_unicode(title)
    if math is None:
        return r"\text{" + escape_text(rule.name) + "}"
    return math


def _ascii_word(word: str) -> str:
    if word.isascii():
        return word
    if word in _TEXT_DASHES:
        return _TEXT_DASHES[word]
    math = math_from_unicode(word)
    if math is None or not math.isascii():
        return spelled_by_code(word)
    return math


def spelled_by_code(word: str) -> str:
    """``word`` in ASCII, each character TeX has no spelling for named by its code point (・ as U+30FB).

    A note that names the character it read (the katakana middle dot, a full-width bracket) would otherwise name
    "?", which tells the student nothing; pdflatex sets no CJK character without packages, so the code is shown.
    """
    def code(at: int) -> str:
        ch = word[at]
        if ch.isascii():
            return ch
        # between letters (w・x) the code is bracketed, or it runs into them: w[U+30FB]x, not wU+30FBx
        inside = any(0 <= k < len(word) and word[k].isalnum() for k in (at - 1, at + 1))
        return f"[U+{ord(ch):04X}]" if inside else f"U+{ord(ch):04X}"

    return "".join(code(at) for at in range(len(word)))


def _script_run(tokens: list[str], position: int) -> tuple[str, int]:
    """A run of sub- and superscript characters as one ``_{...}`` and one ``^{...}``.

    One of each: x⁽ⁱ⁾ᵀ is ``x^{(i)\\top}``, since ``x^{(i)}^{\\top}`` is a double superscript to TeX.
    """
    lower: list[str] = []
    upper: list[str] = []
    while position < len(tokens):
        token = tokens[position]
        if token in _SUBSCRIPTS:
            group, position = _collect(tokens, position, _SUBSCRIPTS)
            lower.append(group)
        elif token == "ᵀ":
            upper.append(r"\top")
            position += 1
        elif token in _SUPERSCRIPTS:
            group, position = _collect(tokens, position, _SUPERSCRIPTS)
            upper.append(group)
        else:
            break
    scripts = ("_{" + "".join(lower) + "}" if lower else "") + ("^{" + _join_math(upper) + "}" if upper else "")
    return scripts, position


def _collect(tokens: list[str], position: int, table: dict[str, str]) -> tuple[str, int]:
    chars = []
    while position < len(tokens) and tokens[position] in table:
        chars.append(table[tokens[position]])
        position += 1
    return "".join(chars), position


def _join_math(pieces: list[str]) -> str:
    out = ""
    for piece in pieces:
        # \sigma followed by a letter would run into one control word \sigmax.
        if re.search(r"\\[A-Za-z]+$", out) and piece[:1].isalpha():
            out += " "
        if piece.startswith("\\") and re.search(r"(?<!\\)[\^_]$", out):
            piece = "{" + piece + "}"  # x^\ldots: a script of one command is braced (\ldots is no single token)
        elif piece.startswith("'") and re.search(r"\^\{[^{}]*\}$", out):
            out += "{}"  # θᵀ' quoted: x^{\top}' would be a double superscript
        out += piece
    return out


def _is_word(text: str) -> bool:
    return text.startswith(r"\text{")


def _is_word_token(token: str) -> bool:
    return len(token) > 1 and token.isalpha() and token not in _FUNCTION_WORDS
