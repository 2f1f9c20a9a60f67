r"""A prediction named by a letter with a word subscript, defined by ``--let``: ``y_p = m x_i + b``, ``y_{pred}``.

``mse = \frac{1}{n}\sum_{i=1}^{n}(y_i - y_p)^2`` with ``--let 'y_p = m x_i + b'``:
in LaTeX y_p is y with the subscript p, an index logderiv does not know; the
writer names the prediction. Where a ``--let`` defines ``y_{WORD}`` (a
subscript that is no index, count or name of the notation, as plain text's
``y_pred`` already is a name of its own), a LaTeX cost, answer or other let writes it, and
no sum runs over that word, every text's ``y_{WORD}`` is respelled in place as
the one name ``yWORD`` (padded, so columns keep), and a note says so. Sympy-free.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from . import vocabulary as vocab
from .. import patterns

__all__ = ["respell_labelled_lets", "respell_subscript_names", "subscript_name_reading", "subscript_word"]

#: a word set upright in a subscript: \text{pred}, \mathrm{pred}, \textrm{pred}, \operatorname{pred}
_UPRIGHT = r"\\(?:text|mathrm|textrm|rm|operatorname|mathit)\s*\{{\s*{word}\s*\}}"
_LEFT = patterns.compile(r"\s*y\s*_\s*(?:\{\s*(?:(?P<braced>[A-Za-z]+)|" + _UPRIGHT.format(word="(?P<upright>[A-Za-z]+)")
                         + r")\s*\}|(?P<bare>[A-Za-z]))\s*(?::)?\s*")


def subscript_word(let: str) -> str | None:
    """The subscript word of a let whose left side is ``y_{WORD}`` (``y_p``, ``y_{pred}``), else None."""
    equals = let.find("=")
    if equals < 0:
        return None
    match = _LEFT.fullmatch(let[:equals])
    if match is None:
        return None
    word = match.group("braced") or match.group("upright") or match.group("bare")
    if vocab.code_name_problem(f"y_{word}") is not None or word in vocab.RESERVED:
        return None
    return word


def respell_subscript_names(
    texts: Sequence[str], lets: Sequence[str], is_latex: Callable[[str], bool]
) -> tuple[dict[str, str], list[str]]:
    """What each LaTeX text becomes with ``y_{WORD}`` as the name ``yWORD``, and the notes; empty when nothing is read."""
    read = subscript_name_reading(texts, lets, is_latex)
    if read is None:
        return {}, []
    respelled, notes = read
    everything = [*texts, *lets]
    changed = {text: new for text in everything if (new := respelled(text, is_latex(text))) != text}
    return changed, [note.replace("{by}", "with --let") for note in notes]


def subscript_name_reading(
    texts: Sequence[str], lets: Sequence[str], is_latex: Callable[[str], bool]
) -> tuple[Callable[[str, bool], str], list[str]] | None:
    """How a text (LaTeX or not) is respelled with ``y_{WORD}`` as ``yWORD`` (and ``y_{true}`` as y), and the notes (``{by}``
    left for the caller: "with --let", "on line 6"); None when nothing is read.

    ``texts`` are those that write the names (a cost, an answer, a page's lines); ``lets`` the definitions, one of
    which defines ``y_{WORD}``.
    """
    words = {word for let in lets if (word := subscript_word(let)) is not None}
    if len(words) != 1:
        return None
    word = words.pop()
    name = "y" + word
    everything = [*texts, *lets]
    if any(re.search(rf"\\sum\s*_\s*\{{?\s*{word}(?![A-Za-z])", text) for text in everything):
        return None  # the word is a sum's index: y_p is y at that index
    if any(re.search(rf"(?<![A-Za-z\\]){name}(?![A-Za-z])", text) for text in everything):
        return None  # the fresh name is written already
    written = rf"(?:{word}|{_UPRIGHT.format(word=word)})"  # y_{pred} or y_{\text{pred}}
    spelled = re.compile(rf"(?<![A-Za-z\\])y\s*_\s*(?:\{{\s*{written}\s*\}}|{word}(?![A-Za-z]))")
    # y_{pred_i}, y_{pred,i}: the name with the example's index inside the one subscript (Russian course notes'
    # MSE), the i-th entry of y_pred: respelled ypred_i, the name indexed by the example
    indexed = re.compile(rf"(?<![A-Za-z\\])y\s*_\s*\{{\s*{written}\s*(?:_|,)\s*(?P<index>{vocab.EXAMPLE_INDEX})\s*\}}")
    # the name may stand in the cost or answer, or in another let's value (thomz2's e_i = y_i - y_{ei})
    users = [*texts, *(let for let in lets if subscript_word(let) is None)]
    if not any(is_latex(text) and (spelled.search(text) or indexed.search(text)) for text in users):
        return None  # plain text reads y_pred as one name already
    label, truth = _label_word(everything, word) or (None, "")

    def respelled(text: str, latex: bool) -> str:
        new = indexed.sub(lambda match: " " * (len(match.group()) - len(name) - 2) + name + "_" + match.group("index"),
                          text) if latex else text
        new = spelled.sub(lambda match: " " * (len(match.group()) - len(name)) + name, new)
        if label is not None and latex:
            new = label.sub(lambda match: " " * (len(match.group()) - 1) + "y", new)
        return new

    notes = [f"y_{{{word}}} is one name, defined {{by}} (the prediction, not y with the subscript {word}): "
             f"shown as {name}"]
    if label is not None:
        notes.append(f"y_{{{truth}}} beside the prediction y_{{{word}}} is read as y, the example's label: the truth "
                     "the prediction is set against")
    return respelled, notes


#: words that name the truth a prediction is compared with: y_{true} is the label y (sklearn's y_true, y_pred)
_LABEL_WORDS = ("true", "actual", "target", "label", "real")


def _label_word(texts: Sequence[str], word: str) -> tuple[re.Pattern[str], str] | None:
    r"""``y_{true}`` (``y_{\text{true}}``, …) beside the prediction y_{WORD}: the pattern of the label's spellings, its word.

    Only where a text writes one such word, and no text defines y or the word's name (``y_{true} = …``): then
    the name is the label the prediction is set against, as sklearn's y_true beside y_pred is. None otherwise.
    """
    words = _LABEL_WORDS if word not in _LABEL_WORDS else ()
    written = rf"(?:(?P<word>{'|'.join(words)})|{_UPRIGHT.format(word='(?P<upright>' + '|'.join(words) + ')')})"
    label = re.compile(rf"(?<![A-Za-z\\])y\s*_\s*\{{\s*{written}\s*\}}") if words else None
    if label is None:
        return None
    found = {match.group("word") or match.group("upright") for text in texts for match in label.finditer(text)}
    if len(found) != 1:
        return None  # none, or y_{true} beside y_{actual}: one label or two quantities is not said
    defined = re.compile(rf"(?:y|{label.pattern})\s*(?:\^\s*\{{?\s*\(\s*i\s*\)\s*\}}?)?\s*=(?!=)")
    if any(_defines(text, match.start()) for text in texts for match in defined.finditer(text)):
        return None  # y (or y_{true}) defined: the page says what it is
    return label, found.pop()


#: what may stand right before a y that is not y itself: a longer name's letters (xy, \sigma_y), a subscript or
#: superscript's mark, a bracket or brace opening an argument (P(y = 1 | x), \sum_{y=0}, \hat{y}) or a list's comma
_NOT_Y_ITSELF = patterns.compile(r"[A-Za-z0-9\\_^{(|,]$")
#: an accent before a y that makes it another quantity: \hat y = w x + b defines the prediction ŷ, not y
_ACCENTED = patterns.compile(r"\\(?:hat|widehat|tilde|widetilde|bar|overline|check|breve|dot|ddot)\s*$")


def _defines(text: str, start: int) -> bool:
    r"""Whether the ``y = …`` (or ``y_{true} = …``) at ``start`` defines y itself: y standing alone, at a maths'
    opening (``$y = wx + b$``, ``\(y = wx + b\)``, ``\[ … \]``, an aligned row), in a prose or after a ``\quad``,
    not inside a longer name, an argument (``P(y = 1 | x)``), a sum's limit or under an accent (``\hat y =``)."""
    # only the text right before the y decides (an accent's name and its spaces, or one character): looking at a
    # bounded tail keeps a long page with many y = … linear, where searching the whole prefix each time is not
    before = text[max(0, start - 40):start]
    return not _NOT_Y_ITSELF.search(before) and not _ACCENTED.search(before) or before.endswith(("\\(", "\\[", "\\\\"))


#: a --let's left side that is a cost's letter labelled with a word: L_{MSE}, J_{\text{data}}, E_{train} (a word of two
#: letters or more, a capital and more or three lowercase: never an index pair like L_{ij})
_LABELLED_LEFT = patterns.compile(r"\s*(?P<letter>[JLE])\s*_\s*\{\s*(?:(?P<braced>[A-Z][A-Za-z0-9]+|[a-z]{3,})|"
                                  + _UPRIGHT.format(word="(?P<upright>[A-Za-z]{2,})") + r")\s*\}\s*(?::)?\s*")


def respell_labelled_lets(
    texts: Sequence[str], lets: Sequence[str], is_latex: Callable[[str], bool]
) -> tuple[dict[str, str], list[str]]:
    r"""What each text becomes with a --let's ``L_{MSE}`` as the one name ``LMSE``, and the notes; empty when none.

    A ridge line written on a loss named above it (``L_{Ridge} = L_{MSE} + \frac{\lambda}{2m}\sum_j w_j^2`` with
    ``--let 'L_{MSE} = \frac{1}{2m}\sum_i (h(x^{(i)}) - y^{(i)})^2'``): the labelled letter the let defines is a
    term of the cost by its name, not the letter L at the index MSE nor the cost itself (a second label on the
    cost's letter). Each such name a LaTeX text writes is respelled in place, padded so columns keep, and noted.
    """
    changed: dict[str, str] = {}
    notes: list[str] = []
    everything = [*texts, *lets]
    for let in lets:
        equals = let.find("=") if isinstance(let, str) else -1
        match = _LABELLED_LEFT.fullmatch(let[:equals]) if equals > 0 else None
        if match is None:
            continue
        letter, word = match.group("letter"), match.group("braced") or match.group("upright")
        name = letter + word
        written = rf"(?:{word}|{_UPRIGHT.format(word=word)})"
        spelled = re.compile(rf"(?<![A-Za-z\\]){letter}\s*_\s*\{{\s*{written}\s*\}}")
        current = [changed.get(text, text) for text in everything]
        if any(re.search(rf"(?<![A-Za-z\\]){name}(?![A-Za-z0-9])", text) for text in current):
            continue  # the fresh name is written already
        users = [changed.get(text, text) for text in everything if text is not let]
        if not any(is_latex(text) and spelled.search(text) for text in users):
            continue  # defined and used nowhere: nothing to read
        for text in everything:
            now = changed.get(text, text)
            if is_latex(text):
                new = spelled.sub(lambda found: " " * (len(found.group()) - len(name)) + name, now)
                if new != now:
                    changed[text] = new
        notes.append(f"{' '.join(let[:equals].split())} is one name, defined with --let (a term of the cost by its "
                     f"name, not {letter} at the index {word}): shown as {name}")
    return changed, notes
