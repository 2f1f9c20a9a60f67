r"""The model's probability as notes name it: ``\Pr[y{=}1 | \mathbf{x}; \mathbf{w}, b] = \mathrm{sig}(…)``.

Textbooks define logistic regression by the probability it gives y = 1 (a Japanese NumPy textbook:
``\Pr[y{=}1 | \mathbf{x}; \mathbf{w}, b] = \mathrm{sig}(\mathbf{w}^\top \mathbf{x} + b)``) and write the cost in it
(``\log \Pr[y_i{=}1 | \mathbf{x}_i]``). A --let whose left side is that probability, of x with no index, defines
the model's prediction; the texts' probability of example i is its value there: read as h(x) and h(x_i), noted.
Only with such a let, and only where nothing else defines h: a probability nothing defines is left to be refused,
never taken for the default model (σ(θᵀx)), and the x and y of a probability must carry one index (or none).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..errors import InputError

from .pasted import Pasted
from .. import patterns

__all__ = ["conditional_probability", "count_of_labels_given_data", "log_of_labels_given_data", "probability_calls"]

_X = r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*x\s*\}|x)"
_INDEX = r"(?:_\s*\{{?\s*(?P<{0}>[a-z])\s*\}}?|\^\s*\{{\s*\(\s*(?P<{0}2>[a-z])\s*\)\s*\}})?"
#: P(y = 1 | x), \Pr[y_i{=}1 | \mathbf{x}_i], p(y=1 \mid x; \theta): the probability that y = 1 given x
_PROBABILITY_SOURCE = (
    r"(?:\\Pr|\\operatorname\s*\{\s*P\s*\}|\\mathbb\s*\{\s*P\s*\}|\\mathrm\s*\{\s*P\s*\}|(?<![A-Za-z\\])[Pp])"
    r"\s*(?:\\left\s*)?(?P<bracket>[\[(])\s*"
    r"y\s*" + _INDEX.format("yi") + r"\s*(?:\{\s*=\s*\}|=)\s*1\s*(?:\||\\mid(?![A-Za-z])|\\vert(?![A-Za-z]))\s*"
    r"(?P<x>" + _X + r")\s*" + _INDEX.format("xi") +
    r"\s*(?P<given>;[^\[\]()]*)?\s*(?:\\right\s*)?(?P<closer>[\])])"
)
_PROBABILITY = patterns.compile(_PROBABILITY_SOURCE)
#: the head of a --let that defines the probability: as :data:`_PROBABILITY`, or of X (P(y=1|X) = σ(βᵀX), as Ukrainian
#: notes write the model for one example; only as the let's head, whose argument is the function's own)
_HEAD = patterns.compile(_PROBABILITY_SOURCE.replace(r"(?P<x>" + _X + ")", r"(?P<x>" + _X + "|X)", 1))
_PAIRS = {"[": "]", "(": ")"}

#: a prose --let naming the prediction the probability: ``$\hat{p}$ — передбачена ймовірність $P(y=1)$`` (a name, a
#: dash or colon, words and nothing else, the probability that y = 1 with no condition or the head written again)
_NAME = (r"\\(?:hat|tilde|bar)\s*\{\s*[A-Za-z]\s*\}|\\(?:hat|tilde|bar)\s+[A-Za-z]|[A-Za-z]|[A-Za-z]\u0302")
#: (the name in $…$ or bare, one split of each run of spaces: ``\s*\$?\s*`` and ``[^$]*?\s*\$\s*\.?\s*`` tried every
#: split of a long run, quadratic in one C call, rev40; the ending's '.' and spaces taken off by patterns.to_end)
_NAMED = patterns.to_end(
    r"\s*(?:\$\s*(?P<name>" + _NAME + r")\s*\$|(?P<bare>" + _NAME + r"))\s*(?:—|–|-|:)\s*"
    r"(?P<words>[^\W\d_]+(?:[ \t,]+[^\W\d_]+)*)\s*\$(?P<probability>[^$]*)\$", mark=".")
#: the probability that y = 1 with no condition: P(y=1), P(y = 1)
_UNCONDITIONED = patterns.compile(r"(?:\\Pr|P|p)\s*\(\s*y\s*=\s*1\s*\)")

_BOLD = r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{{\s*{0}\s*\}}|{0})"
#: a chain's middle side −(1/N) log P(T|X): the log of the probability of every label given the data (the
#: likelihood) by its name, scaled by −1, 1/N or −1/N. Labels first, then the bar, then the data (and the
#: parameters after ',' or ';'): P(X|T), the data given the labels, is another model's likelihood, not read
_LOG_LABELS_GIVEN_DATA = patterns.compile(
    r"-?\s*(?:\\frac\s*\{\s*1\s*\}\s*\{\s*(?P<count>[A-Za-z])\s*\}|1\s*/\s*(?P<count2>[A-Za-z]))?\s*"
    r"(?:\\(?:mathrm|operatorname)\s*\{\s*(?:log|ln)\s*\}|\\?(?:log|ln))(?:\s|\\[ ,;!]|~)*"
    r"(?:\\Pr|\\mathrm\s*\{\s*P\s*\}|\\operatorname\s*\{\s*P\s*\}|[Pp])\s*(?:\\left\s*)?\(\s*"
    + _BOLD.format("[TtYy]") + r"\s*(?:\||\\mid(?![A-Za-z])|\\vert(?![A-Za-z]))\s*"
    + _BOLD.format("[Xx]") + r"\s*(?:[,;]\s*" + _BOLD.format(r"(?:[wW]|\\theta|\\beta)") + r"\s*)?"
    r"(?:\\right\s*)?\)"
)


def log_of_labels_given_data(side: str) -> bool:
    r"""Whether a chain's side is ``-\frac{1}{N} \log P(\bm{T}|\bm{X})``: the log-likelihood by its name.

    A Japanese textbook writes ``E(\bm{W}) = -\frac {1}{N} log P(\bm{T}|\bm{X}) = -\frac {1}{N} \sum_n \{…\}``:
    the middle side says what E is (minus the mean log of the probability the model gives the labels T
    given the data X), the last side writes it out. The '|' there is the conditioning bar, never an absolute
    value; P is defined nowhere, so the side names the cost (its sign is held to the last side's).
    """
    return isinstance(side, str) and _LOG_LABELS_GIVEN_DATA.fullmatch(side.strip()) is not None


def count_of_labels_given_data(side: str) -> str | None:
    r"""The count a ``-\frac{1}{N} \log P(T|X)`` side divides by (``N``), or None when it divides by none.

    The side says the cost is the mean (1/N) or the sum (no count) of the examples' log-probabilities; the last
    side must say the same, or the cost's gradient is N times one or the other (audit32).
    """
    match = _LOG_LABELS_GIVEN_DATA.fullmatch(side.strip())
    return None if match is None else match.group("count") or match.group("count2")


def _index(match: re.Match[str], letter: str) -> str | None:
    index: str | None = match.group(letter) or match.group(letter + "2")  # a group that took part is a str
    return index


def _read(match: re.Match[str]) -> str | None:
    """The call a probability stands for (``h(\\mathbf{x}_{i})``), or None when its brackets or indices disagree."""
    if _PAIRS[match.group("bracket")] != match.group("closer"):
        return None
    y, x = _index(match, "yi"), _index(match, "xi")
    if y is not None and y != x:
        return None  # \Pr[y_i = 1 | x_j], \Pr[y_i = 1 | x]: not one example's probability (P(y=1 | x_i) is)
    return f"h({match.group('x')}_{{{x}}})" if x else f"h({match.group('x')})"


def conditional_probability(lets: Sequence[str]) -> tuple[list[str], dict[str, Pasted], list[str], bool]:
    """The lets with a let of the probability that y = 1 read as the prediction h (noted), the rewrites, the notes,
    and whether such a let was found (then :func:`probability_calls` reads the cost and the answer)."""
    heads: list[tuple[str, int, str]] = []  # the let, where its head ends, the call the head stands for
    if any(isinstance(text, str) and text.split("=")[0].split("(")[0].strip() in ("h", "h_\\theta", "h_theta")
           for text in lets):
        return list(lets), {}, [], False  # h is defined already: the probability is not read as it
    for text in lets:
        # the head's own '=' (y{=}1) is inside its bracket: the definition's '=' is the first after the bracket
        match = _HEAD.match(text.lstrip()) if isinstance(text, str) else None
        call = None if match is None else _read(match)
        if match is not None and call is not None and _index(match, "xi") is None:
            offset = len(text) - len(text.lstrip())
            rest = text[offset + match.end():]
            if rest.lstrip().startswith("="):
                heads.append((text, offset + match.end(), call))
    if len(heads) != 1:
        return list(lets), {}, [], False
    head, end, call = heads[0]
    out, rewritten, notes = [], {}, []
    for text in lets:
        if text is head:
            start = len(text) - len(text.lstrip())
            new = text[:start] + call + text[end:]
            note = (f"--let {' '.join(text[:end].split())} = … defines the model's probability that y = 1 given x, "
                    f"its prediction: read as {call}, and the probability of example i as h(x_i)")
            rewritten[new] = Pasted(text, new, ((start, end, start, start + len(call)),), (note,))
            out.append(new)
            notes.append(note)
            continue
        named = _named_prediction(text, head[len(head) - len(head.lstrip()):end].strip(), call)
        if named is not None:
            rewritten[named.text] = named
            notes += [note for note in named.notes if note not in notes]
            out.append(named.text)
            continue
        done = probability_calls(text) if isinstance(text, str) else None
        if done is not None and done.text != text:
            rewritten[done.text] = done
            notes += [note for note in done.notes if note not in notes]
            out.append(done.text)
        else:
            out.append(text)
    return out, rewritten, notes, True


#: the words a prose let may say between its dash and the probability: the probability itself ("the predicted
#: probability", "передбачена ймовірність"), no other quantity of it ("complement of", "log of", "the odds of", "not")
_PROBABILITY_NOUNS = frozenset({"probability", "prob", "ймовірність", "вероятность", "імовірність"})
_PROBABILITY_WORDS = _PROBABILITY_NOUNS | frozenset({
    "the", "a", "predicted", "estimated", "model", "model's", "передбачена", "прогнозована", "оцінена", "оцінка",
    "модельна", "предсказанная", "оценённая", "оцененная",
})


def _names_the_probability(words: str) -> bool:
    """Whether ``words`` only name the probability (:data:`_PROBABILITY_WORDS`), with its noun."""
    said = [word.casefold() for word in words.replace(",", " ").split()]
    return bool(said) and all(word in _PROBABILITY_WORDS for word in said) and any(
        word in _PROBABILITY_NOUNS for word in said)


def _named_prediction(text: str | object, head: str, call: str) -> Pasted | None:
    r"""``$\hat{p}$ — передбачена ймовірність $P(y=1)$`` beside the let of ``P(y=1|X) = …``: ``\hat{p}_i = h(x_{i})``.

    Notes name their prediction in a line of prose ("p̂ — the predicted probability P(y=1)"): the name is the model's
    probability, and its value at example i, p̂_i, the probability of example i, h(x_i). Only a line that is that plain:
    a name (one letter, accented or not), a dash or colon, words that only name the probability ("the predicted
    probability", :data:`_PROBABILITY_WORDS`), and in $…$ the probability that y = 1 with no
    condition or the let's head as written; anything else is left to the readers after (which refuse prose).
    """
    if not isinstance(text, str):
        return None
    match = _NAMED.fullmatch(text)
    if match is None:
        return None
    probability = match.group("probability").strip()
    name = match.group("name") or match.group("bare")
    if _UNCONDITIONED.fullmatch(probability) is None and " ".join(probability.split()) != " ".join(head.split()):
        return None
    if not _names_the_probability(match.group("words")):
        # "p̂ — complement of P(y=1)", "log of the predicted probability": another quantity of it, which is not read
        raise InputError(
            f"the words '{' '.join(match.group('words').split())}' between {name}'s dash and "
            f"{' '.join(probability.split())} are not read: {name} is read as the probability only "
            f"when the words name the probability itself (\"the predicted probability\"), never another quantity "
            f"of it (its complement, its log, its odds)",
            source=text,
            column=match.start("words"),
            hint=f"write what {name} is in a formula: {name}_i = P(y=1|x_i)",
        )
    argument = "x" if call == "h(X)" else call[2:-1]  # example i of h(X) is x_i (X_i may be read as the matrix's)
    new = f"{name}_i = h({argument}_{{i}})"
    note = (f"'{' '.join(text.split())}' names {name} the probability {' '.join(probability.split())} that --let "
            f"{' '.join(head.split())} = … defines: read as {new}, the probability of example i")
    return Pasted(text, new, ((0, len(text), 0, len(new)),), (note,))


def probability_calls(text: str) -> Pasted:
    """``\\Pr[y_i{=}1 | \\mathbf{x}_i]`` → ``h(\\mathbf{x}_{i})`` in ``text`` (noted), once a --let defines the probability."""
    if not isinstance(text, str):
        return Pasted(text, text)
    pieces, edits, notes, last, shift = [], [], [], 0, 0
    for match in _PROBABILITY.finditer(text):
        call = _read(match)
        if call is None:
            continue
        pieces += [text[last:match.start()], call]
        edits.append((match.start(), match.end(), match.start() + shift, match.start() + shift + len(call)))
        shift += len(call) - (match.end() - match.start())
        last = match.end()
        note = f"{' '.join(match.group(0).split())} is the model's probability that y = 1 (defined by --let): read as {call}"
        if note not in notes:
            notes.append(note)
    if not edits:
        return Pasted(text, text)
    return Pasted(text, "".join(pieces) + text[last:], tuple(edits), tuple(notes))
