r"""A --let that defines the sigmoid's derivative, ``\sigma^{'}(x)=\frac{e^{-x}}{(1+e^{-x})^2}``, beside σ's own.

Notes on logistic regression define σ′ before the chain rule uses it (ken8860's
``\sigma^{'}(x)=\frac{e^{-x}}{(1+e^{-x})^2}``, right after ``\sigma(x)=\frac{1}{1+e^{-x}}``).
The LaTeX reader already reads σ′(z) in a formula as σ(z)(1 − σ(z)), the sigmoid's derivative;
a let naming σ′ is then that same function said again, and is set aside with a note, as the
let's left side (a primed function) is no name. Only the exact forms of that derivative are
set aside (e^{-x}/(1 + e^{-x})², σ(x)(1 − σ(x))), the exponential one only where another let
defines σ as the sigmoid: a σ′ defined as anything else is left to the reader, which refuses it.
Bounded: each let is compared whole, once.
"""

from __future__ import annotations

from typing import Sequence

from .. import patterns

__all__ = ["read_sigmoid_derivative_lets", "is_set_aside_note"]

#: σ′ on the left: \sigma^{'}(x), \sigma^{\prime}(x), \sigma'(x), σ'(x), σ′(x); the argument a letter
_PRIMED = patterns.compile(r"(?:\\sigma|σ)(?:\^\{?(?:'|\\prime)\}?|'|′)\((?P<v>[A-Za-z])\)=(?P<value>.+)")
#: σ(v) = 1/(1 + e^{-v}) as a let writes it (spaces, \left, \right and \cdot taken out first)
_SIGMOID = patterns.compile(r"(?:\\sigma|σ)\((?P<v>[A-Za-z])\)=\\frac\{1\}\{1\+e\^\{-(?P=v)\}\}")


#: what each set-aside let's note says (is_set_aside_note finds it among a let's other notes)
_SET_ASIDE = "defines the sigmoid's derivative σ′, which is read as σ(1 − σ) wherever σ′ is written"


def is_set_aside_note(note: str) -> bool:
    """Whether ``note`` says a --let defining σ′ was set aside: shown wherever the lets are, or the let is dropped
    silently (steps drops the notes of lets its lines do not use)."""
    return note.startswith("the --let ") and _SET_ASIDE in note


def _squeezed(text: str) -> str:
    return "".join(text.split()).replace("\\left", "").replace("\\right", "").replace("\\cdot", "")


def _forms(v: str) -> tuple[frozenset[str], frozenset[str]]:
    """The written forms of σ′(v): those that need σ to be the sigmoid, and those that say σ(1 − σ) themselves."""
    exponential = frozenset({
        f"\\frac{{e^{{-{v}}}}}{{(1+e^{{-{v}}})^2}}", f"\\frac{{e^{{-{v}}}}}{{(1+e^{{-{v}}})^{{2}}}}",
    })
    product = frozenset({f"\\sigma({v})(1-\\sigma({v}))", f"σ({v})(1-σ({v}))"})
    return exponential, product


def read_sigmoid_derivative_lets(lets: Sequence[str]) -> tuple[list[str], list[str]]:
    """``lets`` without those that define σ′ as the sigmoid's derivative, and a note for each set aside."""
    squeezed = [_squeezed(text) for text in lets]
    sigmoid = any(_SIGMOID.fullmatch(text) for text in squeezed)
    kept: list[str] = []
    notes: list[str] = []
    for text, plain in zip(lets, squeezed):
        primed = _PRIMED.fullmatch(plain)
        if primed is not None:
            exponential, product = _forms(primed.group("v"))
            value = primed.group("value")
            if value in product or (sigmoid and value in exponential):
                shown = " ".join(text.split())
                notes.append(f"the --let {shown} {_SET_ASIDE}: the definition agrees, and is not read again")
                continue
        kept.append(text)
    return kept, notes
