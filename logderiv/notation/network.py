"""A page about a neural network of two layers or more: backpropagation, which is not logderiv's subject.

logderiv checks the derivation of one model's cost — linear, logistic, Poisson regression, one example's loss of
ŷ = σ(wᵀx + b) — and a page that derives a network's gradients by backpropagation was refused as whatever its
shape first tripped (several derivations, a first line defining a₁): true, but it did not say why the page
cannot be read. A refusal that names the network says so. Only the maths decides, never the prose's words (a
logistic-regression page often calls its model "a one-neuron network"):

* layer indices: a name indexed by the last layer L and by L − 1 (``a_L`` and ``a_{L-1}``, ``w_{L-1}``), or by two
  layers in brackets (``W^{[1]}`` and ``W^{[2]}``, ``a^{[l]}`` and ``a^{[l-1]}``; ``a^{[0]}``, the input x, is no layer);
* an activation of activations: ``a_4 = f(m_7a_1 + m_8a_2 + …)`` where ``a_1 = f(…)`` is itself an activation
  (``f``, ``g``, ``\\sigma``, ``sigmoid``, ``\\tanh``, ``relu``) defined on the page.

Nothing here reads an expression: it only looks at the text, to word a refusal (:func:`network_layers`).
"""

from __future__ import annotations

import re

from .. import patterns

__all__ = ["network_layers"]

#: a name indexed by the last layer, L, or by the layer before it, L − 1: a_L, w_{L-1}, z_{L - 1}
_LAST_LAYER = patterns.compile(r"(?<![A-Za-z\\])[azwWbZA]\s*_\s*(?:\{\s*L\s*\}|L(?![A-Za-z]))")
_LAYER_BEFORE = patterns.compile(r"(?<![A-Za-z\\])[azwWbZA]\s*_\s*\{\s*L\s*-\s*1\s*\}")
#: a layer in brackets as a superscript: W^{[1]}, a^{[l-1]}
_BRACKETED_LAYER = patterns.compile(r"(?<![A-Za-z\\])[azwWbZA]\s*\^\s*\{\s*\[\s*(?P<layer>[0-9]|l\s*-\s*1|l|L)\s*\]\s*\}")
#: an activation's definition: a_4 = f(…), h_1 = \sigma(…)
_ACTIVATION = patterns.compile(
    r"(?<![A-Za-z\\])(?P<name>[ahz]\s*_\s*(?:\{\s*[0-9]+\s*\}|[0-9]))\s*=\s*(?:f|g|\\sigma|sigmoid|\\tanh|relu)\s*\(")


def network_layers(text: str) -> tuple[int, str] | None:
    """Where ``text`` shows a network of two layers or more, and what shows it; None when nothing does."""
    last, before = _LAST_LAYER.search(text), _LAYER_BEFORE.search(text)
    if last is not None and before is not None:
        return before.start(), (f"names indexed by the last layer L and by L − 1 ({' '.join(last.group().split())}, "
                                f"{' '.join(before.group().split())})")
    layers: dict[str, "re.Match[str]"] = {}
    for found in _BRACKETED_LAYER.finditer(text):
        # a^{[0]} is the input x, no layer: a one-layer page (logistic regression in a network's notation, a^{[0]} = x,
        # w^{[1]}, a^{[1]} = σ(z^{[1]})) is not a network's
        if found.group("layer") != "0":
            layers.setdefault("".join(found.group("layer").split()), found)
    if len(layers) >= 2:
        first, second = list(layers.values())[:2]
        return second.start(), f"names of two layers ({first.group()}, {second.group()})"
    activations = {re.sub(r"[\s{}]", "", found.group("name")): found for found in _ACTIVATION.finditer(text)}
    for found in _ACTIVATION.finditer(text):
        argument = _bracketed(text, found.end())
        for name, inner in activations.items():
            head, _, index = name.partition("_")
            if inner is not found and re.search(rf"(?<![A-Za-z\\]){head}\s*_\s*\{{?\s*{index}(?![0-9])", argument):
                return found.start(), (f"an activation of activations ({' '.join(found.group('name').split())} = "
                                       f"f(… {name} …), {name} itself an activation)")
    return None


def _bracketed(text: str, start: int) -> str:
    """What stands inside the bracket opened just before ``start``, up to its closing ')' (the text's end if none)."""
    depth = 1
    for at in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[at], 0)
        if depth == 0:
            return text[start:at]
    return text[start:]
