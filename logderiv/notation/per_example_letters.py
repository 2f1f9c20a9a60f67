r"""λ_i and π_t a page defines per example: that example's quantity, not the penalty strength λ or the number π.

GLM notes name each example's parameter after its distribution: a Poisson rate ``\lambda_i = \exp(w^\top x_i)``,
a Bernoulli probability ``\pi_t = \sigma(u_t^T\beta)``, then write the likelihood and its gradient with them
(``\sum_i (y_i - \lambda_i) x_i``). logderiv gives λ and π fixed meanings, so the pages were refused at the first
λ_i ("'lambda' is a constant and has no index", "'\pi' has a fixed meaning"). An index on λ or π never belongs to
the fixed meaning (the strength is one number, and so is π), so where the page itself defines the indexed letter
from that example's values, the letter is that quantity: every indexed ``\lambda``/``\pi`` of the page is respelled
as a Greek letter the page does not write (μ, ν, …), columns kept (spaces before it), and the reading is noted —
as ``--let '\lambda_i = …'`` is read in :mod:`logderiv.notation.redefined`.

Where the page also writes the letter alone (λ‖w‖², 2π: the strength, the number) or with another index, which λ
is which is not said: refused with a caret at that use, naming both readings — typed as itself (λ, π) too (audit31h:
a pasted λ beside \lambda_i was read as the strength unasked, where \lambda was refused). A page that defines no
indexed letter is left as written. LaTeX spellings only (``\lambda``, ``\pi``). Sympy-free.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns
from ..errors import InputError

__all__ = ["per_example_letters_read"]

#: the letters read so, with what they mean alone, and the fresh letters each may become (no longer than it)
_LETTERS = {"lambda": ("the regularisation strength λ", "λ", ("mu", "nu", "rho", "kappa")),
            "pi": ("the number π", "π", ("mu", "nu"))}
#: the Greek letter of each fresh name, as the note shows it
_GREEK = {"mu": "μ", "nu": "ν", "rho": "ρ", "kappa": "κ"}
#: the letter with an example's index: _i, _{i}, ^{(i)} (t and n as a page's sum or product runs over them)
_INDEXED = r"\\{letter}(?![A-Za-z])\s*(?:_\s*(?:(?P<bare>[itn])(?![A-Za-z0-9{{])|\{{\s*(?P<braced>[itn])\s*\}})|" \
           r"\^\s*\{{\s*\(\s*(?P<raised>[itn])\s*\)\s*\}})"
#: the value of a definition: up to the end of its maths ($, \\, a line's end) or a comma/full stop of the prose
_VALUE = r"\s*=\s*(?P<value>[^$\n]*?)\s*(?=\$|\\\\|\n|,\s|\.\s|$)"


def _index_of(match: re.Match[str]) -> str:
    return match.group("bare") or match.group("braced") or match.group("raised")


def _uses_index(value: str, index: str) -> bool:
    """Whether ``value`` writes something of example ``index`` (x_i, \\mathbf{x}_{i}, y^{(i)}, u_t^T)."""
    return re.search(rf"_\s*(?:{index}(?![A-Za-z])|\{{\s*{index}\s*\}})|\^\s*\{{\s*\(\s*{index}\s*\)\s*\}}",
                     value) is not None


def _runs_over(text: str, index: str) -> bool:
    """Whether the page sums or multiplies over ``index`` (i always names the example)."""
    return index == "i" or re.search(rf"\\(?:sum|prod)\s*_\s*\{{?\s*{index}\s*=", text) is not None


def per_example_letters_read(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each λ_i (π_t) the page defines per example respelled as a fresh Greek letter; the notes."""
    notes: list[str] = []
    for letter, (meaning, shown, fresh_names) in _LETTERS.items():
        indexed = patterns.compile(_INDEXED.format(letter=letter))
        definition = next((found for found in re.finditer(indexed.pattern + _VALUE, text)
                           if _uses_index(found.group("value"), _index_of(found))
                           and _runs_over(text, _index_of(found))), None)
        if definition is None:
            continue
        index = _index_of(definition)
        written = " ".join(text[definition.start():definition.end("value")].split())
        line = text.count("\n", 0, definition.start()) + 1
        uses = [found for found in indexed.finditer(text) if _index_of(found) == index]
        at = {found.start() for found in uses}
        # the letter typed as itself (λ‖w‖², 2π) is the same letter, no more told apart than \lambda alone
        for alone in re.finditer(rf"\\{letter}(?![A-Za-z])|{shown}", text):
            if alone.start() not in at:
                raise InputError(
                    f"{shown} is written here without the example's index {index}, and {where(line)} defines "
                    f"{shown}_{index} per example ({written}): is this {shown} {meaning}, or the per-example "
                    f"quantity? Both readings are possible, so neither is picked",
                    source=text, column=alone.start(), label="FILE", line=text.count("\n", 0, alone.start()) + 1,
                    hint=f"name the per-example quantity otherwise (\\mu_{index} = …)"
                         + (", or the penalty strength \\alpha" if letter == "lambda" else ""))
        fresh = next((name for name in fresh_names
                      if not re.search(rf"\\{name}(?![A-Za-z])|{_GREEK[name]}", text)), None)
        if fresh is None:
            continue
        old = "\\" + letter
        for start in sorted(at, reverse=True):
            text = text[:start] + " " * (len(old) - len(fresh) - 1) + "\\" + fresh + text[start + len(old):]
        notes.append(f"{where(line)} defines {shown}_{index} per example ({written}): {shown}_{index} is that "
                     f"example's quantity, not {meaning} (which takes no index): read as a name of its own, shown as "
                     f"{_GREEK[fresh]}_{index}")
    return text, notes
