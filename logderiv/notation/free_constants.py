"""Letters a cost uses without defining them: read as constants, and said so.

A single letter of a cost that no ``--let`` defines and that has no fixed
meaning (θ, w, β, b, x, y, m, n, λ, e, π) is a number that does not depend on
the parameters: ``(y − c θᵀx)²`` by θⱼ has the factor c in its gradient. That is
the literal reading, and usually the meant one (a scale c, a margin k, a weight
α). But it is also how a misread hides: ``tx_n`` (the EPFL ``tx``, x with its 1
prepended) reads as t·xₙ, ``a`` meant as σ(z) but never defined reads as a
number. The verdict then concerns a formula with a factor the writer never
had in mind, and nothing on the screen says so. So every such letter is named
in a note (:func:`constant_letters_note`); a letter an answer brings in is
refused instead (:mod:`logderiv.verify.letters`), since it has nothing to be
compared with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from . import vocabulary

if TYPE_CHECKING:  # sympy is not imported to read names: the caller's expression has it loaded
    import sympy

__all__ = ["constant_letters", "constant_letters_note", "CONSTANT_NOTE_MARK", "names_of_wrt"]

#: names that mean something without a definition: the parameters, the data, the counts, e and π, and the
#: indices (x_j in a cost by θⱼ holds the component's own j, free in the cost)
_MEANINGFUL = frozenset(vocabulary.FIXED_NAMES | vocabulary.INDEX_LETTERS | {"b", vocabulary.PREDICTION})

#: the start of the note, for readers of notes (tests, the page reader) that look for it
CONSTANT_NOTE_MARK = "not defined, so read as a constant"


def names_of_wrt(wrt: sympy.Expr) -> frozenset[str]:
    """The names the variable differentiated by brings: a scalar's (b), or a component's index (the j of wⱼ).

    The index of --wrt w_j is free in the cost (wⱼ xⱼ⁽ⁱ⁾ outside a sum over j) and no constant: named as one,
    the note said 'j is not defined' of the very component asked for (audit19).
    """
    if getattr(wrt, "is_Symbol", False):
        return frozenset({wrt.name})
    return frozenset(symbol.name for index in getattr(wrt, "indices", ()) for symbol in index.free_symbols)


def constant_letters(names: Iterable[str], *, wrt: str | frozenset[str]) -> list[str]:
    """The names among ``names`` (a cost's free symbols) that are single letters or Greek words with no meaning.

    ``wrt`` (the variable differentiated by, a scalar's name, or the names :func:`names_of_wrt` gives) is
    never one; names that are not words (``y!``, sympy's own dummies) are not letters a writer chose.
    """
    excluded = {wrt} if isinstance(wrt, str) else wrt
    found = []
    for name in sorted(set(names)):
        letter = len(name) == 1 and name.isascii() and name.isalpha()
        if not (letter or name in vocabulary.WORDS) or name in _MEANINGFUL or name in excluded:
            continue
        found.append(name)
    return found


def constant_letters_note(letters: list[str]) -> str | None:
    """The note naming ``letters`` as constants, or None when there are none."""
    if not letters:
        return None
    shown = ", ".join(letters)
    verb = "is" if len(letters) == 1 else "are"
    return (f"{shown} {verb} {CONSTANT_NOTE_MARK} (a number that does not depend on the parameters); "
            f"if {'it stands' if len(letters) == 1 else 'they stand'} for more, define "
            f"{'it' if len(letters) == 1 else 'them'} with --let")
