r"""A cost named with a word below it, ``L_{\text{ridge}}(w)``, ``J_{\mathrm{train}}``: read as the cost's name.

Notes that compare several objectives label each: ``L_{\text{ridge}}(w) = ‖Xw − Y‖² + λ‖w‖²``, then
``\frac{d L_{\text{ridge}}(w)}{d w} = …`` and ``\nabla_w L_{\text{ridge}}(w) = …``. The subscript is a
word set upright, never an index (an index is a letter or a number: L_i, J^{(i)} are one example's), so
it names the objective, and the page's one objective is its cost. Where a page writes exactly one such
label, on the cost's letter (J, L, E, ℓ, 𝓛), every ``LETTER_{\text{WORD}}`` is the letter alone, the
label blanked so that columns keep, and a note says so. Two labels (``L_{\text{OLS}}`` beside
``L_{\text{ridge}}``) are two objectives, and so are the letter alone beside its label (``L_{\text{ridge}}(w) =
L(w) + λ‖w‖²``): nothing is read then, and the page is refused as before. Sympy-free.
"""

from __future__ import annotations

import re

from .. import patterns

__all__ = ["cost_label_blanked"]

#: the cost's letter with a word set upright below it: L_{\text{ridge}}, J_{\mathrm{train}}, \mathcal{L}_{\text{MSE}}
_LABELLED = patterns.compile(
    # the letter alone, or right after the d of a derivative (\frac{dL_{\text{ridge}}}{dw})
    r"(?P<name>(?:(?<![A-Za-z\\])|(?<=[{\s]d))[JLE]|\\ell|\\mathcal\s*\{\s*[JL]\s*\})"
    r"\s*_\s*\{\s*\\(?:text|textrm|mathrm|operatorname|mbox)\s*\{\s*(?P<word>[A-Za-z]{2,}(?:[ -][A-Za-z]+)?)\s*\}\s*\}")


def cost_label_blanked(text: str) -> tuple[str, list[str]]:
    """``text`` with a one-label cost's name (``L_{\\text{ridge}}``) as the letter alone, and a note; else unchanged."""
    found = list(_LABELLED.finditer(text))
    written = {(match.group("name").replace(" ", ""), match.group("word")) for match in found}
    if len(written) != 1:
        return text, []  # none, or two objectives (L_{\text{OLS}} and L_{\text{ridge}}): which is derived?
    name, word = next(iter(written))
    rest = _LABELLED.sub(" ", text)
    if re.search(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z0-9])(?!\s*_)", rest.replace(" ", "")
                 if name.startswith("\\mathcal") else rest):
        return text, []  # L(w) beside L_{\text{ridge}}(w) = L(w) + λ‖w‖²: the letter alone is another objective
    for match in reversed(found):
        start, end = match.end("name"), match.end()
        text = text[:start] + " " * (end - start) + text[end:]
    note = (f"{name}_{{\\text{{{word}}}}} names the objective with a word below it, no index: read as the cost's "
            f"name {name}")
    return text, [note]
