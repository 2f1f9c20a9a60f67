r"""A cost and an answer that both sum over the examples from 0 to n beside 1/n: one slip, read once.

``f(m,b) = \frac{1}{n}\sum_{i=0}^n (y_i-(mx_i + b))^2`` and its answer
``\frac{2}{n}\sum_{i=0}^n -x_i(y_i-(mx_i + b))``: a sum from 0 to n has n + 1
terms, yet the writer divides by n. Alone, the front ends refuse it (n + 1
examples averaged by n, or the n examples numbered from 0? a guess). When the
cost and the answer make the same slip — every sum over the examples in both
runs from 0 to the one letter both divide by — the verdict is the same under
either reading (both sides are sums over the same range of per-example terms, n
the same symbol in both: they agree at every n and every data set only if their
terms agree, however many there are), so both are read as the mean over the n
examples and a note says so. A term outside the sums (a penalty, a constant
taken out of the sum) is counted once under either reading while the sums count
n or n + 1 terms, so the verdict could differ: then the texts are refused as before.

The texts are respelled in place (``0`` → ``1`` in the lower bound, every column
kept), like :mod:`logderiv.notation.redefined`. A cost derived on its own is
still refused: there the reading would change the gradient. LaTeX only; sympy-free.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence
from .. import patterns

__all__ = ["READ_ONE_SIDE", "settle_one_side", "zero_based_mean", "zero_based_means", "zero_based_one_side",
           "zero_based_totals"]

# \sum_{i=0}^{n}, \sum_{i = 0}^n, \sum\limits_{i=0}^{n}, and the scripts the other way round
_BELOW = r"_\s*\{\s*(?P<letter{k}>[a-z])\s*=\s*(?P<zero{k}>0)\s*\}"
_ABOVE = r"\^\s*(?:\{\s*(?P<top{k}>[A-Za-z])\s*\}|(?P<bare{k}>[A-Za-z])(?![A-Za-z])|(?P<glued{k}>[A-Za-z]))"
_SUM = patterns.compile(
    r"(?:\\sum|Σ)(?:\\limits|\\nolimits)?\s*(?:"
    + _BELOW.replace("{k}", "1") + r"\s*" + _ABOVE.replace("{k}", "1")
    + "|" + _ABOVE.replace("{k}", "2") + r"\s*" + _BELOW.replace("{k}", "2") + ")"
)
# any sum whose lower bound starts at 0, to make sure none is left out of the reading
_ANY_ZERO_SUM = patterns.compile(r"(?:\\sum|Σ)(?:\\limits|\\nolimits)?\s*(?:\^\s*(?:\{[^{}]*\}|\S)\s*)?_\s*\{\s*[a-z]\s*=\s*0")


def _sums(text: str) -> list[tuple[str, str, int]]:
    """Each ``\\sum_{L=0}^{U}`` with a one-letter upper bound: (L, U, column of the 0)."""
    found = []
    for match in _SUM.finditer(text):
        k = "1" if match.group("letter1") else "2"
        top = match.group("top" + k) or match.group("bare" + k) or match.group("glued" + k)
        found.append((match.group("letter" + k), top, match.start("zero" + k)))
    return found


def _divides_by(text: str, count: str) -> bool:
    r"""Whether ``text`` divides by ``count``: ``\frac{2}{n}``, ``\frac{-1}{n}``, ``\frac1n``, ``\frac{1}{2n}``, ``1/n``."""
    fraction = rf"\\[dt]?frac\s*(?:\{{[^{{}}]*\}}|\S)\s*(?:\{{\s*\d*\s*{count}\s*\}}|{count}(?![A-Za-z]))"
    # a bracket holds the count alone: 1/(m+1) divides by another number (the mean over m + 1 examples is no slip)
    divided = rf"/\s*(?:\(\s*\d*\s*{count}\s*\)|\d*\s*{count}(?![A-Za-z]))"
    return bool(re.search(fraction, text) or re.search(divided, text))


def _marks_examples(text: str, letter: str) -> bool:
    """Whether ``letter`` indexes the targets in ``text`` (y_i, y_{i}, y^{(i)}, \\hat y_i): the sum is over the examples."""
    return bool(re.search(rf"y\s*(?:_\s*(?:\{{\s*{letter}\s*\}}|{letter}(?![A-Za-z]))|\^\s*\{{\s*\(\s*{letter}\s*\)\s*\}})", text))


def _right_side(text: str) -> str:
    """What follows the last ``=`` outside brackets (a left side ``f(m,b) =``, ``D_w =`` dropped)."""
    depth, last = 0, -1
    for position, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "=" and depth == 0:
            last = position
    return text[last + 1:]


# a sign right after a script, an operator or a sum's limits is unary: x^-1, a \\cdot -b, \\sum_{i=0}^{n} -(…)
_UNARY_AFTER = patterns.compile(
    r"(?:[\^_*/(=]|\\cdot|\\times|\\sum\s*(?:[_^]\s*(?:\{[^{}]*\}|[^\s{}])\s*)*)\s*$"
)


def _terms(text: str) -> list[str]:
    """The terms of ``text`` outside brackets, split at a binary + or − (a leading sign stays with its term)."""
    terms, depth, begin = [], 0, 0
    for position, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char in "+-−" and depth == 0 and text[begin:position].strip() and not _UNARY_AFTER.search(text[:position]):
            terms.append(text[begin:position])
            begin = position
    return [*terms, text[begin:]]


def _all_summed(text: str, sums_of: Callable[[str], list[tuple[str, str, int]]] | None = None) -> bool:
    """Whether every term of the right side holds a sum from 0: nothing stands outside the sums.

    A term outside (``2b`` beside ``\\frac{2}{n}\\sum_{i=0}^{n}(…)``) counts once while the sums count
    their terms, n or n + 1 of them: the verdict could then depend on the reading. A term after a
    sum without brackets that writes the sum's example index (``\\sum_{i=0}^m -\\log y^{(i)}! + y^{(i)}
    (x^{(i)}\\cdot\\theta)``) is inside that sum: its i is bound by no other, and the front ends read
    it so (a sum without brackets covers the following terms that use its index).
    """
    letter = None
    for term in _terms(_right_side(text)):
        sums = (sums_of or _sums)(term)
        if sums:
            letter = sums[-1][0] if _BRACKETLESS.search(term) else None
        elif (sums_of is not None or not _ANY_ZERO_SUM.search(term)) \
                and not (letter is not None and _marks_index(term, letter)):
            return False  # (with sums_of, a term holding only the features' sum is outside the examples' sums)
    return True


#: a term whose last sum from 0 is followed by no bracket: its body may run on into the next terms
_BRACKETLESS = patterns.compile(
    r"(?:\\sum|Σ)(?:\\limits|\\nolimits)?\s*(?:[_^]\s*(?:\{[^{}]*\}|[^\s{}])\s*){2}(?!\s*(?:\\left|[({\[]))"
    r"(?!.*(?:\\sum|Σ))"
)


def _marks_index(text: str, letter: str) -> bool:
    """Whether ``text`` writes a quantity of example ``letter``: ``y^{(i)}``, ``x^{(i)}``, ``y_i``, ``x_{i}``."""
    return bool(re.search(rf"[A-Za-z}}]\s*(?:_\s*(?:\{{\s*{letter}\s*\}}|{letter}(?![A-Za-z]))|"
                          rf"\^\s*\{{\s*\(\s*{letter}\s*\)\s*\}})", text))


def zero_based_means(cost: str | None, answer: str | None, is_latex: Callable[[str], bool]) -> tuple[str, str, str] | None:
    r"""The cost and the answer with ``\sum_{i=0}^{n}`` read as ``\sum_{i=1}^{n}``, and the note; None if not both make the slip.

    Both texts must be LaTeX, each must write at least one such sum, every sum
    from 0 in either must be one (to the same letter, over an index that marks
    the targets), each must divide by that letter, and every term of each must
    hold such a sum (so both sides are sums over one range of per-example terms).
    """
    if cost is None or answer is None or not (is_latex(cost) and is_latex(answer)):
        return None
    found = {text: _sums(text) for text in (cost, answer)}
    if not all(found.values()):
        return None
    counts = {top for sums in found.values() for _, top, _ in sums}
    if len(counts) != 1:
        return None
    count = counts.pop()
    for text, sums in found.items():
        if len(_ANY_ZERO_SUM.findall(text)) != len(sums) or not _divides_by(text, count) or not _all_summed(text):
            return None
        if not all(_marks_examples(text, letter) for letter, _, _ in sums):
            return None

    def respelled(text: str) -> str:
        for _, _, column in found[text]:
            text = text[:column] + "1" + text[column + 1:]
        return text

    letter = found[cost][0][0]
    note = (
        f"the cost and the answer both sum from {letter} = 0 to {count} beside 1/{count} ({count} + 1 terms averaged "
        f"by {count}, a common slip): read as the mean over the {count} examples, {letter} = 1..{count}; the verdict is "
        f"the same either way, as both sides sum over the same range"
    )
    return respelled(cost), respelled(answer), note


def zero_based_totals(cost: str | None, answer: str | None, lets: tuple[str, ...],
                      is_latex: Callable[[str], bool]) -> tuple[str, str | None, str] | None:
    r"""The cost (and the answer) with ``\sum_{i=0}^{n}`` read as the sum over every example, and the note; else None.

    ``-\sum_{i=0}^n [y^{(i)} \log h + …]``: no 1/n, and n written nowhere but atop the sums (nor
    in a --let): the writer numbers the examples 0..n, and the sum runs over all of them, however
    many (logderiv's m). The gradient is that sum of per-example terms whatever the count, so the
    reading changes nothing a derivation or a verdict says. An answer must sum the same way
    (every term holding such a sum) or hold no sum at all (one example's term), and write no n:
    then it too cannot tell n from n + 1. Read as i = 1..n, noted. (With 1/n the count matters:
    :func:`zero_based_means`.)
    """
    if cost is None or not is_latex(cost) or answer is not None and not is_latex(answer):
        return None
    texts = [cost] if answer is None or not _ANY_SUM.search(answer) else [cost, answer]
    found = {text: _sums(text) for text in texts}
    if not all(found.values()):
        return None
    counts = {top for sums in found.values() for _, top, _ in sums}
    features = ""
    if len(counts) != 1:
        # Σ_{i=0}^{n} (Σ_{j=0}^{m} x_{ij}ω_j − y_i)²/N: the inner sum is the features' (the product Xω), left to
        # the features' own reading; the examples' sums alone are read here
        read = _beside_features_sums(found, answer)
        if read is None:
            return None
        found, features = read
        counts = {top for sums in found.values() for _, top, _ in sums}
        if len(counts) != 1:
            return None  # the examples' sums run to two counts (0..n in the cost, 0..N in the answer): no one range
    count = counts.pop()
    if count == _EXAMPLE_COUNT:
        return None  # 0..m: m is the number of examples itself, so m + 1 terms are one too many (an off-by-one)
    for text, sums in found.items():
        held = len(sums) + len(_features_sums(text, sums)) if features else len(sums)
        summed = _all_summed(text, _examples_sums) if features else _all_summed(text)
        if len(_ANY_ZERO_SUM.findall(text)) != held or _divides_by(text, count) or not summed:
            return None
        if _writes(_SUM.sub("", text), count) or not all(_marks_examples(text, letter) for letter, _, _ in sums):
            return None  # n elsewhere (a mean, a count of features): the reading would change the verdict
    if any(_writes(other, count) for other in (*lets, *([answer] if answer not in found and answer else []))):
        return None

    def respelled(text: str) -> str:
        for _, _, column in found.get(text, ()):
            text = text[:column] + "1" + text[column + 1:]
        return text

    letter = found[cost][0][0]
    both = "the cost and the answer both sum" if answer in found else "the cost sums"
    note = (
        f"{both} from {letter} = 0 to {count}, and write{'s' if answer not in found else ''} {count} nowhere else: "
        f"the sum over every example ({count} + 1 of them, numbered from 0), read as {letter} = 1..{count}; "
        "the gradient is that sum whatever the count"
    )
    if features:
        note += (f"; the inner {features}, over another index and to another count, is the sum over the features "
                 f"(the product of row {letter} with the weights), written with the same range "
                 f"{'in the cost and the answer' if answer in found else 'wherever it stands'}: read by its own rule")
    return respelled(cost), None if answer is None else respelled(answer), note


#: the features' sum inside a sum over the examples: \sum_{j=0}^{m} x_{ij} \omega_{j} (either order, \cdot between);
#: {i} the examples' index, {j} the sum's own
_FEATURE_X = r"x\s*_\s*\{{\s*{i}\s*,?\s*{j}\s*\}}"
_FEATURE_WEIGHT = r"(?:\\omega|\\theta|\\beta|w)\s*_\s*(?:\{{\s*{j}\s*\}}|{j}(?![A-Za-z]))"
_FEATURE_SUM = (r"(?:\\sum|Σ)(?:\\limits)?\s*_\s*\{{\s*{j}\s*=\s*0\s*\}}\s*\^\s*(?:\{{\s*{top}\s*\}}|{top}(?![A-Za-z]))\s*"
                r"(?:{x}\s*(?:\\cdot\s*)?{w}|{w}\s*(?:\\cdot\s*)?{x})")


def _features_sum_at(text: str, start: int, example: str, letter: str, top: str) -> bool:
    """Whether the sum from 0 at ``start`` is ``\\sum_{j=0}^{m} x_{ij} ω_j``: row ``example`` times the weights."""
    j, i = re.escape(letter), re.escape(example)
    pattern = _FEATURE_SUM.format(j=j, top=re.escape(top), x=_FEATURE_X.format(i=i, j=j), w=_FEATURE_WEIGHT.format(j=j))
    return re.compile(pattern).match(text, start) is not None


def _examples_sums(text: str) -> list[tuple[str, str, int]]:
    """The sums from 0 of ``text`` over the examples: those whose index marks the targets (y_i)."""
    sums = _sums(text)
    marked = {letter for letter in {letter for letter, _, _ in sums} if _marks_examples(text, letter)}
    return [found for found in sums if found[0] in marked]


def _features_sums(text: str, examples: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """The sums from 0 of ``text`` that are the features' sum of row i (:data:`_FEATURE_SUM`), i an examples' index."""
    letters = {letter for letter, _, _ in examples}
    counts = {top for _, top, _ in examples}
    found = []
    marks: dict[str, bool] = {}  # one search of the text per letter, not per sum
    for match in _SUM.finditer(text):
        k = "1" if match.group("letter1") else "2"
        letter, top = match.group("letter" + k), match.group("top" + k) or match.group("bare" + k) or match.group("glued" + k)
        if letter not in marks:
            marks[letter] = _marks_examples(text, letter)
        if letter in letters or top in counts or marks[letter]:
            continue
        if any(_features_sum_at(text, match.start(), example, letter, top) for example in letters):
            found.append((letter, top, match.start("zero" + k)))
    return found


def _beside_features_sums(found: dict[str, list[tuple[str, str, int]]],
                          answer: str | None) -> tuple[dict[str, list[tuple[str, str, int]]], str] | None:
    r"""The examples' sums of each text, where its other sums from 0 are the features' sums; and how they are written.

    ``rac{\sum_{i=0}^{n}(\sum_{j=0}^{m} x_{ij}\omega_j - y_i)^2}{N}`` (Stanislavx's notebook): the sum over i
    marks the targets, the sum over j is row i times the weights, Xω. Every text must write the features' sums
    alike (one index, from 0 to one count, other than the examples'): a cost over j = 0..m beside an answer over
    j = 1..m would hold a term the other lacks, and the reading must not hide that. None otherwise.
    """
    examples: dict[str, list[tuple[str, str, int]]] = {}
    spellings = set()
    for text, sums in found.items():
        examples[text] = _examples_sums(text)
        features = _features_sums(text, examples[text])
        if not examples[text] or len(examples[text]) + len(features) != len(sums):
            return None
        spellings |= {(letter, top) for letter, top, _ in features}
    if len(spellings) != 1:
        return None
    if len(found) == 2 and not all(_features_sums(text, examples[text]) for text in found):
        return None  # the features' sum on one side only: the other writes the product otherwise, read as before
    letter, top = spellings.pop()
    return examples, f"Σ_{{{letter}=0}}^{{{top}}} x_{{i{letter}}}ω_{letter}"


#: the notation's number of examples: a sum from 0 to it has one term too many, not a numbering from 0
_EXAMPLE_COUNT = "m"
#: any sum sign at all
_ANY_SUM = patterns.compile(r"\\sum|∑|Σ")


def _writes(text: str, letter: str) -> bool:
    """Whether ``text`` holds ``letter`` anywhere outside a command's name (glued in a word too: ``nx`` is n·x)."""
    return letter in re.sub(r"\\[A-Za-z]+", "", text)


# --- one text makes the slip: the cost alone (derive), or one side of a check ---------------------------------------


def _slip(text: str) -> tuple[str, str] | None:
    r"""(index, count) when every sum from 0 in ``text`` is ``\sum_{i=0}^{c}`` over the examples beside 1/c; else None.

    Beside: the term that holds each such sum divides by c (``\frac{1}{2m}\sum_{i=0}^{m}(…)^2``). A 1/c
    only elsewhere (on a penalty) says nothing of the sum's count, which may then be c + 1 examples.
    """
    sums = _sums(text)
    if not sums or len(_ANY_ZERO_SUM.findall(text)) != len(sums) or len({top for _, top, _ in sums}) != 1:
        return None
    count = sums[0][1]
    held = [(term, found.start()) for term in _terms(_right_side(text)) if (found := _ANY_ZERO_SUM.search(term))]
    # the 1/c is a factor before the sum (\frac{1}{2m}\sum…, \frac{1}{n}[\sum…]): a /c inside the summand
    # (x^{(i)}/m, a penalty's \frac{\lambda}{m} within the brackets) scales a part, no mean over c examples
    if not held or not all(_divides_by(term[:start], count) for term, start in held):
        return None
    if not all(_marks_examples(text, letter) for letter, _, _ in sums):
        return None
    return sums[0][0], count


def _respelled(text: str) -> str:
    r"""``text`` with the lower bound of each ``\sum_{i=0}^{c}`` written 1 (every column kept)."""
    for _, _, column in _sums(text):
        text = text[:column] + "1" + text[column + 1:]
    return text


def zero_based_mean(cost: str | None, is_latex: Callable[[str], bool]) -> tuple[str, str] | None:
    r"""A cost derived alone, ``\sum_{i=0}^{m}`` beside 1/m, read as the mean over the m examples, and the note.

    The sum has m + 1 terms, so the text is literally (m + 1)/m times a mean; but the 1/m says the
    writer averages over m examples: a slip for ``\sum_{i=1}^{m}`` (or ``\sum_{i=0}^{m-1}``), read so
    and named in the note. Without 1/m beside the sum nothing says how many examples it has: None
    (:func:`zero_based_totals` reads a sum to a count written nowhere else; the front ends refuse the rest).
    """
    if cost is None or not is_latex(cost):
        return None
    slip = _slip(cost)
    if slip is None:
        return None
    letter, count = slip
    note = (f"Σ from {letter} = 0 to {count} has {count} + 1 terms, beside 1/{count}: read as the {count} examples "
            f"{letter} = 1..{count}, as the 1/{count} says (literally, the text is ({count} + 1)/{count} times the "
            "mean)")
    return _respelled(cost), note


#: the first words of the note of :func:`zero_based_one_side`: a check that gives its verdict only if it is different
READ_ONE_SIDE = "one reading of the sums' ranges:"

#: a sum over the count's examples written out: \sum_{i=1}^{m}, \sum\limits_{i = 0}^{m-1}
_COUNTED = patterns.compile(
    r"(?:\\sum|Σ)(?:\\limits|\\nolimits)?\s*_\s*\{\s*(?P<letter>[a-z])\s*=\s*(?P<low>[01])\s*\}\s*"
    r"\^\s*(?:\{\s*(?P<top>[A-Za-z])\s*(?P<less>-\s*1)?\s*\}|(?P<bare>[A-Za-z])(?![A-Za-z]))"
)


def _counted(text: str, count: str) -> list[int] | None:
    r"""The columns of the lower bounds of ``text``'s sums over the ``count`` examples (1..c, 0..c−1); None if another range."""
    found = []
    for match in _COUNTED.finditer(text):
        top = match.group("top") or match.group("bare")
        if top != count or (match.group("low") == "0") != bool(match.group("less")):
            return None
        if not _marks_examples(text, match.group("letter")):
            return None
        found.append(match.start("low"))
    if len(found) != len(_ANY_SUM.findall(text)):
        return None  # a sum with other limits, or none: its range is not the count's examples written out
    return found


def zero_based_one_side(cost: str | None, answer: str | None,
                        is_latex: Callable[[str], bool]) -> tuple[str, str, str] | None:
    r"""A check where one side sums ``\sum_{i=0}^{c}`` beside 1/c and the other sums the c examples written out.

    ``\frac{1}{2m}\sum_{i=0}^{m}(…)^2`` against ``\frac{1}{m}\sum_{i=0}^{m-1}(…)``: read as the c
    examples (the slip read, as the 1/c says), both sides sum the same examples, and the checker
    judges that. Read literally, the slipped side has c + 1 terms and the other c: one side holds an
    example the other lacks (its data appear on that side only), so the two differ whatever their
    terms. The verdict is given only where the readings agree, that is where the checker finds the
    answer different; :func:`settle_one_side` refuses an answer it finds equivalent. Returns the
    texts with the slip read and the note (starting :data:`READ_ONE_SIDE`); None otherwise.
    """
    if cost is None or answer is None or not (is_latex(cost) and is_latex(answer)):
        return None
    slips = {text: _slip(text) for text in (cost, answer)}
    if (slips[cost] is None) == (slips[answer] is None):
        return None  # neither, or both (zero_based_means)
    slipped, other = (cost, answer) if slips[cost] is not None else (answer, cost)
    letter, count = slips[slipped] or ("", "")
    if not _counted(other, count):
        return None
    side = "cost" if slipped is cost else "answer"
    note = (f"{READ_ONE_SIDE} the {side} sums from {letter} = 0 to {count} beside 1/{count}, the "
            f"{'answer' if side == 'cost' else 'cost'} over the {count} examples; read as the {count} examples on both "
            "sides")
    return (_respelled(cost), answer, note) if slipped is cost else (cost, _respelled(answer), note)


def settle_one_side(notes: Sequence[str], verdict: str, answer: str, cost: str | None) -> tuple[str, ...]:
    r"""The notes of a check read by :func:`zero_based_one_side`, once the checker's verdict is known; or refused.

    Different (under the slip reading): different literally too, so under either reading: given, and the note
    says so. Equivalent: literally the answer differs, so the verdict depends on the reading: refused, the
    caret at the answer's sum (its lower bound), both readings named. Undecided: left so, the note kept.
    Notes without :data:`READ_ONE_SIDE` are returned as they are.
    """
    said = next((note for note in notes if note.startswith(READ_ONE_SIDE)), None)
    if said is None or verdict == "undecided":
        return tuple(notes)
    if verdict == "different":
        settled = (said + "; read literally, one side holds an example the other lacks (its data appear on that "
                   "side only), so the two differ whatever their terms: different under either reading")
        return tuple(settled if note == said else note for note in notes)
    from ..errors import InputError

    slipped = cost if cost is not None and _slip(cost) is not None else answer
    letter, count = _slip(slipped) or ("i", "m")
    bounds = _counted(answer, count) or [match.start("zero1") if match.group("zero1") else match.start("zero2")
                                         for match in _SUM.finditer(answer)]
    side, other = ("cost", "answer") if slipped is cost else ("answer", "cost")
    raise InputError(
        f"the {side} sums from {letter} = 0 to {count} beside 1/{count} and the {other} over the {count} examples: "
        f"read as the {count} examples (a slip for {letter} = 1..{count}), the answer is right; read literally "
        f"({count} + 1 terms in the {side}, {count} in the {other}), it differs: the verdict depends on the reading",
        source=answer, column=bounds[0] if bounds else None, label="ANSWER",
        hint=f"write the same range in the cost and the answer: \\sum_{{{letter}=1}}^{{{count}}} "
             f"(or \\sum_{{{letter}=0}}^{{{count}-1}}) for the {count} examples",
    )
