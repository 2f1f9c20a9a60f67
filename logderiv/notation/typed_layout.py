"""Plain text laid out as a docstring or a comment types a formula: Σ's limits on lines of their own, ``x_s(i)``.

A Python docstring writes Σ_{i=0}^{m-1} as three lines::

                  m-1
    J(w,b) = 1/2m Σ (wx_s(i) + b - y_s(i))**2
                  i=0

and marks a subscript with ``_s(…)``. A code comment types a sum with LaTeX's scripts,
``# J = 1/(2*m) * sum_{i=1}^{m} (theta^T x_i - y_i)**2``. All are read here, before the plain reader sees
the text, by blanking or rewriting what was read in place (columns of later errors still point into the
text as written) and saying so in a note. Only limits that count every example are read (i from 0 to
m-1, or from 1 to m; scripted, also j or k from 1 to n, the features): the plain reader's Σ without a
written index then runs over the examples, the same sum. Any other limits are refused at the limit,
never dropped.
"""

from __future__ import annotations

import re

from ..errors import InputError
from .. import patterns
from . import vocabulary as vocab

__all__ = ["read_layout", "code_sums", "lettered_sums"]

#: a line holding only an upper limit (m-1, m), and one holding only a lower limit (i=0, i = 1)
_UPPER = patterns.to_end(r"^(?P<indent>\s*)(?P<limit>[A-Za-z0-9][A-Za-z0-9 +\-]*)$", mark="")
_LOWER = patterns.compile(r"^(?P<indent>\s*)(?P<limit>(?P<index>[A-Za-z])\s*=\s*(?P<start>[A-Za-z0-9+\-]+))\s*$")
#: the limits that count the m examples: from 0 to m-1 (Python's range), or from 1 to m
_EXAMPLE_RANGES = {("0", "m-1"), ("1", "m")}
#: ``x_s(i)``: a docstring's mark for the subscript i
_SUBSCRIPT_MARK = patterns.compile(r"(?<=[A-Za-z])_s\((?P<index>[a-z])\)")
_SIGMA = "Σ∑"
#: a line of code that is a comment: '#' (Python, R, Julia) or '//' (C, JavaScript, Rust) before the formula
_COMMENT_LINE = patterns.compile(r"^\s*(?P<marker>#+|//+)\s*(?=[^=\n]*\S[^=\n]*=[^=])")
#: a sum with LaTeX's scripts typed in code or a comment: sum_{i=1}^{m}, sum_{i=1}^m, Σ_{j=1}^{n}, sum_{i=0}^{m-1}
_SCRIPTED_SUM = patterns.compile(r"(?<![\w\\])(?P<sum>sum|Σ|∑)_\{\s*(?P<index>[A-Za-z])\s*=\s*"
                                 r"(?P<start>[0-9A-Za-z+\-]+)\s*\}"
                                 r"\^(?:\{\s*(?P<braced>[0-9A-Za-z+\- ]+?)\s*\}|(?P<bare>[0-9A-Za-z]))")
#: what only plain notation or code writes, never LaTeX: Python's power, a Greek name without its backslash, NumPy
_PLAIN_ONLY = patterns.compile(r"\*\*|(?<![\\A-Za-z])(?:theta|lambda|beta|alpha|sigma)(?![A-Za-z])|np\.")
#: a superscript without braces that opens with a bracket or a sign (x^(i), e^(-z), m^-1): plain notation's
#: example mark and exponents, which the LaTeX reader refuses ("in LaTeX '^(i)' is a superscript '('")
_PLAIN_SCRIPT = patterns.compile(r"\^\s*[(\-]")
#: a sum whose index is a letter after its '_' with no braces: sum_n, Σ_n, ∑_t (not sum_{…}, sum_i(…) code's names)
_LETTERED_SUM = patterns.compile(r"(?<![\w\\])(?:sum|Σ|∑)_(?P<index>[A-Za-z])(?![A-Za-z0-9_])")
#: the ranges a scripted sum is read over: the examples (from 1 to m, or 0 to m-1), the features (1 to n)
_SUM_RANGES = {("i", "1", "m"): "i", ("i", "0", "m-1"): "i", ("j", "1", "n"): "j", ("k", "1", "n"): "k"}


def read_layout(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with stacked Σ limits, ``_s(i)`` marks and code's scripted sums read (rewritten in place), and notes.

    Text laid out otherwise comes back as it is, with no notes; limits that are
    not the examples' (or, scripted, the features') are refused (InputError) with the caret on them.
    """
    notes: list[str] = []
    text = _read_comment_line(text, notes)
    text = _unstack_limits(text, notes)
    text = _read_subscript_marks(text, notes)
    text = _read_example_letter_sums(text, notes)  # before a scripted sum's range is refused: sum_{n=1}^N
    text = _read_scripted_sums(text, notes)
    return text, tuple(notes)


def _read_comment_line(text: str, notes: list[str]) -> str:
    """``# J = 1/(2*m) * sum_i …`` (a formula in a code comment, one line): the marker blanked, noted.

    Only a line that names what it states (``J = …``): a comment of words, or a Markdown heading, is no formula.
    """
    match = _COMMENT_LINE.match(text) if isinstance(text, str) and "\n" not in text.strip() else None
    if match is None:
        return text
    notes.append(f"the text is a code comment ('{match.group('marker')}' opening the line): the formula after it is "
                 "read")
    return " " * match.end() + text[match.end():]


def code_sums(text: str) -> bool:
    """Whether ``text`` is code or plain text whose only braces are its sums' LaTeX scripts: read as plain.

    ``1/(2*m) * sum_{i=1}^{m} (theta^T x_i - y_i)**2`` (a code comment): the braces would make it
    LaTeX, whose reader refuses ``theta`` without its backslash and ``**``; so it is plain when it writes
    something only plain text writes (``**``, a Greek name spelled out, ``np.``, a superscript opening with a
    bracket or a sign: ``x^(i)``, ``e^(-z)``, ``m^-1``, which LaTeX's reader refuses), no backslash or ``$``,
    and every brace belongs to a sum's ``_{…}`` or ``^{…}``: ``1/m sum_{i=1}^m (h(x^(i)) - y^(i)) x_j^(i)``.
    """
    if (not isinstance(text, str) or "\\" in text or "$" in text
            or not (_PLAIN_ONLY.search(text) or _PLAIN_SCRIPT.search(text))):
        return False
    sums = list(_SCRIPTED_SUM.finditer(text))
    inside: set[int] = set()
    for match in sums:
        inside.update(range(match.start(), match.end()))
    return bool(sums) and not any(char in "{}" for at, char in enumerate(text) if at not in inside)


def lettered_sums(text: str) -> bool:
    """Whether ``text`` is plain text whose sum runs over a letter the plain reader has no range for: read as LaTeX.

    ``-sum_n (t_n log(y_n) + (1 - t_n) log(1 - y_n))`` is Bishop's cost typed without TeX: the plain reader knows
    the sums over i (the examples) and j, k, l (the features) only, while the LaTeX reader reads a sum's range
    from what its index subscripts (t_n, y_n: the examples) and says so in notes, as it reads ``sum_{n}`` and
    ``\\sum_n``, braces or a backslash making those LaTeX. A text writing what only plain text writes (``**``,
    ``theta``) stays plain, refused there as before.
    """
    if not isinstance(text, str) or _PLAIN_ONLY.search(text):
        return False
    return any(match.group("index") not in vocab.INDEX_LETTERS for match in _LETTERED_SUM.finditer(text))


def _read_scripted_sums(text: str, notes: list[str]) -> str:
    """``sum_{i=1}^{m}`` in plain text → ``sum_i`` (padded to keep columns), noted; another range is refused."""
    matches = list(_SCRIPTED_SUM.finditer(text)) if code_sums(text) else []
    if not matches:
        return text
    out, last = [], 0
    for match in matches:
        index, start = match.group("index"), match.group("start")
        stop = re.sub(r"\s+", "", match.group("braced") or match.group("bare"))
        read = _SUM_RANGES.get((index, start, stop))
        if read is None:
            raise InputError(
                f"the sum {match.group(0)} runs over {index} = {start} to {stop}: not the examples (i = 1 to m, or "
                "0 to m-1) nor the features (j or k = 1 to n), which are what is read",
                source=text, column=match.start(),
                hint="write sum_i(...) for the examples or sum_j(...) for the features",
            )
        spelled = f"sum_{read}"
        out += [text[last:match.start()], spelled + " " * (len(match.group(0)) - len(spelled))]
        last = match.end()
        over = "the m examples" if read == "i" else "the n features"
        note = (f"{match.group(0)}, LaTeX's scripts typed in plain text, is sum_{read}: the sum over {over}"
                + (" counted from 0" if start == "0" else ""))
        if note not in notes:
            notes.append(note)
    out.append(text[last:])
    return "".join(out)


#: a plain sum over a letter of its own, scripted or not: sum_{n=1}^N, sum_{n=1}^{N}, Σ_n, sum_n (Bishop's n)
_LETTER_SUM = patterns.compile(r"(?<![\w\\])(?:sum|Σ|∑)_(?:\{\s*(?P<scripted>[a-z])\s*=\s*(?P<start>[01])\s*\}"
                               r"\^(?:\{\s*(?P<braced>[A-Za-z][A-Za-z0-9+\- ]*?)\s*\}|(?P<bare>[A-Za-z]))"
                               r"|(?P<index>[a-z])(?![A-Za-z0-9_]))")
#: the letters a sum over the examples may be written with in plain text that are no quantity of the notation
_EXAMPLE_LETTERS = frozenset("npqrsu")
#: the data an example's index subscripts: the input, the target (y, or Bishop's t)
_SUBSCRIPTED_DATA = "xyt"
#: the ranges of a letter's sum that count every example: from 1 to N (or m), from 0 to N-1 (or m-1)
_LETTER_RANGES = {("1", "N"), ("1", "m"), ("0", "N-1"), ("0", "m-1")}


def _read_example_letter_sums(text: str, notes: list[str]) -> str:
    """``1/2 sum_{n=1}^N (theta^T x_n - t_n)^2`` (Bishop's cost typed plain): the sum over n is the sum over i.

    The plain reader ranges sums over i (the examples) and j, k, l (the features); a text written in another letter
    is read by the LaTeX reader when nothing in it is plain only (:func:`lettered_sums`), but ``theta`` keeps it
    plain, where it was refused. A letter whose every use is the sum's index or the example's subscript on the
    data (x_n, t_n, y_n) can only number the examples: rewritten as i, in place, noted as the LaTeX reader notes
    it. Only where i is written nowhere, one letter is summed so, and a scripted range counts every example.
    """
    if not _PLAIN_ONLY.search(text):
        return text  # read by the LaTeX reader, which ranges the sum itself
    matches = list(_LETTER_SUM.finditer(text))
    letters = {match.group("scripted") or match.group("index") for match in matches}
    if len(letters) != 1:
        return text
    letter = letters.pop()
    if letter not in _EXAMPLE_LETTERS or re.search(r"(?<![A-Za-z\\])i(?![A-Za-z])", text):
        return text
    blanked = text
    for match in matches:
        if match.group("scripted") and (match.group("start"), re.sub(r"\s+", "", match.group("braced") or
                                                                       match.group("bare"))) not in _LETTER_RANGES:
            return text
        blanked = blanked[:match.start()] + " " * len(match.group(0)) + blanked[match.end():]
    if {"m", "N"} <= {count for match in matches if match.group("scripted")
                      for count in (match.group("braced") or match.group("bare"))[:1]} | set(
            re.findall(r"(?<![A-Za-z\\])[mN](?![A-Za-z])", blanked)):
        return text  # a sum to N beside an m (or to m beside an N): two counts, which the rewritten sum would lose
    bounds = {(match.group("braced") or match.group("bare"))[:1] for match in matches if match.group("scripted")}
    counts = list(re.finditer(r"(?<![A-Za-z\\])N(?![A-Za-z])", blanked)) if "N" in bounds else []
    if any(re.match(r"\s*[_(]", blanked[found.end():]) for found in counts):
        return text  # N_k, N(…): a name of its own, not only the count the sum runs to
    subscripts = list(re.finditer(rf"(?<=[{_SUBSCRIPTED_DATA}])_(?:{letter}|\{{{letter}\}})(?![A-Za-z0-9])", text))
    used = {at for match in matches for at in range(match.start(), match.end())}
    used |= {at for match in subscripts for at in range(match.start(), match.end())}
    if not subscripts or any(found.start() not in used
                             for found in re.finditer(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", text)):
        return text  # n written otherwise (a count, a factor): not only the examples' number
    out, last = [], 0
    for match in sorted([*matches, *subscripts], key=lambda found: found.start()):
        written = match.group(0)
        if written.startswith("_"):
            read = written.replace(letter, "i")
        else:
            read = written[:written.index("_")] + "_i"
        out += [text[last:match.start()], read + " " * (len(written) - len(read))]
        last = match.end()
    out.append(text[last:])
    notes.append(f"the sum over {letter} runs over the examples (its index marks the example): {letter} is read as i")
    if counts:
        # the N of 1/N, θᵀθ/N is the N the sum runs to, now the examples' count: read as m, as the LaTeX reader
        # reads it (audit29d: rewritten sum to m beside a constant N, the gradient's 1/m judged "different")
        text = "".join(out)
        notes.append("N counts the examples here: read as m")
        return "".join("m" if any(found.start() == at for found in counts) else char for at, char in enumerate(text))
    return "".join(out)


def _unstack_limits(text: str, notes: list[str]) -> str:
    lines = text.split("\n")
    if len(lines) != 3 or sum(text.count(sigma) for sigma in _SIGMA) != 1:
        return text
    upper, middle, lower = lines
    sigma = next(middle.find(s) for s in _SIGMA if s in middle) if any(s in middle for s in _SIGMA) else -1
    top, bottom = _UPPER.match(upper), _LOWER.match(lower)
    if sigma < 0 or top is None or bottom is None:
        return text
    if not (_near(top, sigma) and _near(bottom, sigma)):
        return text  # lines that do not stand over and under the Σ are not its limits
    start, stop = bottom.group("start"), re.sub(r"\s+", "", top.group("limit"))
    index = bottom.group("index")
    lower_offset = len(upper) + 1 + len(middle) + 1
    if index != "i" or (start, stop) not in _EXAMPLE_RANGES:
        raise InputError(
            f"the limits of Σ on their own lines, {index} = {start} to {stop}, are not the examples' "
            "(i = 0 to m-1, or i = 1 to m): other ranges are not read",
            source=text,
            column=lower_offset + bottom.start("limit"),
            hint="write the sum over every example, i = 1 to m, or sum over the features with sum_j(...)",
        )
    notes.append(
        f"the lines '{stop}' above and '{bottom.group('limit')}' below Σ are its limits: Σ_{{i={start}}}^{{{stop}}}, "
        f"the sum over the m examples" + (" counted from 0" if start == "0" else "")
    )
    return " " * len(upper) + "\n" + middle + "\n" + " " * len(lower)


def _near(match: re.Match[str], column: int) -> bool:
    """Whether a limit's text stands within two columns of the Σ (a typed layout is seldom exact)."""
    return match.start("limit") - 2 <= column <= match.end("limit") + 1


def _read_subscript_marks(text: str, notes: list[str]) -> str:
    """``wx_s(i)`` → ``wx_i`` (padded to keep columns), when every ``_s`` of the text is followed by ``(letter)``."""
    marks = list(_SUBSCRIPT_MARK.finditer(text))
    if not marks or len(marks) != len(re.findall(r"(?<=[A-Za-z])_s", text)):
        return text
    out, last = [], 0
    for mark in marks:
        out.append(text[last:mark.start()])
        out.append("_" + mark.group("index") + " " * (len(mark.group()) - 2))
        last = mark.end()
    out.append(text[last:])
    shown = ", ".join(dict.fromkeys(text[m.start() - 1:m.end()] for m in marks))
    notes.append(f"'_s(…)' marks a subscript, as a docstring types it: {shown} read with the subscript in the "
                 "brackets (x_s(i) is x_i)")
    return "".join(out)
