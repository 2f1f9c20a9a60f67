r"""A feature index written with another letter: ``--wrt w_m`` beside ``[x_n]_m`` (ssshun3's ∂lnP/∂w_m).

logderiv's feature indices are j, k and l; notes that count the examples with n (``\sum_{n=1}^N``)
are free to call the feature m. When --wrt names a parameter's entry with such a letter, and every
text writes that letter only as a subscript (``x_m``, ``[x_n]_m``, ``x_{n,m}``), the letter is
respelled as a feature index the texts do not use (same length, so columns stay), and --wrt with it;
noted. A letter the texts also write elsewhere (the count m of \sum_{i=1}^m) is left as it is, and
refused as an unknown index, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import vocabulary as vocab
from .. import patterns

__all__ = ["respell_feature_letter"]

#: --wrt naming a parameter's entry by one lowercase letter
_WRT = patterns.compile(r"\s*(?P<name>theta|w|beta|θ|β)_(?P<letter>[a-z])\s*$")
#: letters that already mean something of their own (examples, Euler's e, the data, the target, …)
_TAKEN = frozenset("iexyzbhn") | vocab.INDEX_LETTERS
_COMMAND = patterns.compile(r"\\[A-Za-z]+")
#: a derivative by a parameter's entry on a left side: \partial \beta_a, \partial\theta_{a}, ∂w_a
_ASKED = patterns.compile(r"(?:\\partial|∂)\s*\\?(?P<name>theta|beta|w|θ|β)\s*_\s*\{?\s*(?P<letter>[a-z])\s*\}?")
#: the parameter's Greek letter and its name, one spelling
_NAMES = {"θ": "theta", "β": "beta"}


def respell_feature_letter(
    wrt: str | None, texts: Sequence[str | None], lets: Sequence[str]
) -> tuple[str, list[str | None], list[str], str] | None:
    """(wrt, texts, lets, note) with --wrt's letter respelled as a free feature index; None when not so."""
    if not isinstance(wrt, str):
        return None
    named = _WRT.match(wrt)
    if named is None:
        return None
    letter = named.group("letter")
    everything = [text for text in (*texts, *lets) if isinstance(text, str)]
    if letter in vocab.FEATURE_INDICES:
        # --wrt theta_j, the generic component, and an answer's left side names it by a letter of its own:
        # ∂l(β)/∂β_a of the Cross Validated question (j is taken by the sum inside): that letter is the one respelled
        asked = {found.group("letter") for text in everything for found in _ASKED.finditer(text)
                 if _NAMES.get(found.group("name"), found.group("name")) == _NAMES.get(named.group("name"),
                                                                                        named.group("name"))}
        if len(asked) != 1:
            return None
        letter = asked.pop()
    if letter in _TAKEN:
        return None
    standalone = re.compile(rf"(?<![A-Za-z0-9]){letter}(?![A-Za-z0-9])")
    # x_{ia} (example i, feature a, as x_{ij} writes a data matrix's entry) is a subscript of the letter too
    subscript = re.compile(rf"(?:_\{{?|_\{{[a-z0-9],\s*|_\{{\s*i\s*){letter}(?=\s*[}},\]\s)^*+\-]|\s*$)")
    if not any(subscript.search(text) for text in everything):
        return None
    for text in everything:
        blanked = _COMMAND.sub(lambda match: " " * len(match.group()), text)
        places = {match.start() for match in standalone.finditer(blanked)}
        scripted = {match.end() - 1 for match in subscript.finditer(blanked)}
        if places - scripted:
            return None  # the letter means something else too (a count, a name): not read as the index
    free = next((k for k in sorted(vocab.FEATURE_INDICES)
                 if not any(re.search(rf"(?<![A-Za-z0-9\\]){k}(?![A-Za-z0-9])", _COMMAND.sub(" ", t)) for t in everything)),
                None)
    if free is None:
        return None

    def respelled(text: str) -> str:
        blanked = _COMMAND.sub(lambda match: " " * len(match.group()), text)
        offsets = {match.end() - 1 for match in subscript.finditer(blanked)}
        return "".join(free if k in offsets else char for k, char in enumerate(text))

    note = (f"the feature index {letter} (--wrt {wrt.strip()}) is read as {free}, logderiv's letter for it: every text "
            f"writes {letter} only as an entry's subscript")
    if letter != named.group("letter"):
        note = (f"the feature index {letter} of the left side's ∂/∂{named.group('name')}_{letter} is the component "
                f"--wrt {wrt.strip()} asks for, read as {free}: every text writes {letter} only as an entry's "
                "subscript")
    # a text not given (None) stays not given; the lets are always texts
    return (wrt[:named.start("letter")] + free + wrt[named.end("letter"):],
            [respelled(t) if isinstance(t, str) else t for t in texts], [respelled(t) for t in lets], note)
