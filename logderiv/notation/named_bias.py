r"""A model written without its bias where the page's prose names b the bias: ``\hat{y}_i = w^Tx_i`` beside "$b$ is
the **bias** term".

A blog's list of what it assumes (cold28's MDX post on linear regression) names each symbol in turn: "$w$ is the
weight vector", "$b$ is the bias term", "$\hat{y}_i = w^Tx_i$ is the predicted output", and then derives ∂L/∂w and
∂L/∂b, taking ∂ŷᵢ/∂b = 1. Read literally the model has no b, the cost does not depend on it and ∂L/∂b was refused;
the writer's model is the one whose bias the list names, ŷᵢ = wᵀxᵢ + b. Where the page's prose names b the bias (the
maths ``$b$`` beside the word: "$b$ is the bias", "the bias $b$", "bias term $b$"), a definition of the prediction
(ŷ, h, f) that is exactly the dot product of w and x (``w^Tx_i``, ``\mathbf{w}^\top\mathbf{x}``, ``w \cdot x``) is
read with ``+ b`` after it, and a note says so.

The other reading a writer may have, the bias absorbed into w as the weight of a feature of ones (x₀ = 1), has the
same derivatives: ∂/∂wⱼ of wᵀx + b is xⱼ either way, and ∂/∂b is 1 as ∂/∂w₀ is x₀ = 1; so no verdict turns on which
is meant. A page that writes the absorbed feature or its weight (w₀, x₀) or writes b in any other maths than the
letter alone or a derivative by it says something else, and is read as before. Sympy-free.
"""

from __future__ import annotations

from .. import patterns

__all__ = ["bias_named", "with_the_bias"]

#: the letter b as inline maths: $b$, \(b\), $\mathbf{b}$ is no bias (a vector), so only the plain letter
_B = r"(?:\$\s*b\s*\$|\\\(\s*b\s*\\\))"
#: the word, bold or italic as a list writes it
_BIAS = r"(?:\*\*|__|\*|_)?(?i:bias)(?:\*\*|__|\*|_)?"
#: the prose naming b the bias: "$b$ is the bias (term)", "$b$ denotes the bias", "the bias (term) $b$", "bias $b$"
_NAMED = patterns.compile(
    rf"{_B}\s+(?:is|denotes|represents|=)\s+(?:the|a|our)\s+(?:scalar\s+)?{_BIAS}(?![A-Za-z])"
    rf"|(?<![A-Za-z]){_BIAS}(?:\s+(?:term|scalar|parameter))?(?:\*\*|__)?\s*,?\s*{_B}")
#: a prediction's name as a definition's head is normalised: \haty, \haty_i, ŷ, h, h_\theta, f, f_w
_PREDICTION_HEAD = patterns.compile(r"(?:\\hat\s*\{?\s*y\s*\}?|ŷ|y\u0302|h|f)(?:_.*)?")
#: w as written: the letter, bold or with an arrow
_W = r"(?:w|\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*w\s*\}|\\vec\s+w)"
#: x as written, with or without the example's index
_X = (r"(?:x|\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*x\s*\}|\\vec\s+x)"
      r"(?:\s*_\s*\{?\s*[in]\s*\}?|\s*\^\s*\{\s*\(\s*[in]\s*\)\s*\}|\s*\^\s*\(\s*[in]\s*\))?")
_TRANSPOSE = r"\s*\^\s*(?:T|\\top|\\intercal|\{\s*(?:T|\\top|\\intercal)\s*\})\s*"
#: the right side that is only the dot product: wᵀx, xᵀw, w · x
_DOT_ONLY = patterns.compile(
    rf"\s*(?:{_W}{_TRANSPOSE}{_X}|{_X}{_TRANSPOSE}{_W}|{_W}\s*(?:\\cdot|·)\s*{_X})\s*[.,]?\s*")
#: maths that says the bias is absorbed (w₀, x₀, θ₀) or writes b other than alone or under a derivative
_ABSORBED = patterns.compile(r"(?<![A-Za-z\\])(?:w|x|\\theta|θ)\s*_\s*\{?\s*0\s*\}?|[wx]₀|θ₀")
#: b in maths: alone ($b$), or differentiated by (\partial b, ∂b, db) — the uses that say nothing of the model
_B_IN_MATHS = patterns.compile(r"(?<![A-Za-z\\])b(?![A-Za-z])")
_B_AS_SAID = patterns.compile(r"(?:\\partial|∂|(?<![A-Za-z\\])d)\s*b(?![A-Za-z])|" + _B)


def bias_named(text: str) -> str | None:
    """The words of ``text``'s prose naming b the bias ("$b$ is the **bias** term"), or None (see the module)."""
    found = _NAMED.search(text)
    if found is None or _ABSORBED.search(text) is not None:
        return None
    # every b the page writes is the letter named or a derivative by it: a b in a formula (wᵀx + b elsewhere, a
    # bias vector) says the page writes its model otherwise, read as written
    if len(_B_IN_MATHS.findall(text)) != len(_B_AS_SAID.findall(text)):
        return None
    return " ".join(found.group().split())


def with_the_bias(head: str, definition: str) -> str | None:
    """``definition`` (``NAME = wᵀx``) with ``+ b`` after its right side, if ``head`` names the prediction and the
    right side is only the dot product of w and x; else None."""
    if _PREDICTION_HEAD.fullmatch(head) is None:
        return None
    left, equals, right = definition.partition("=")
    if not equals or "=" in right or _DOT_ONLY.fullmatch(right) is None:
        return None
    return f"{left}={right.rstrip().rstrip('.,').rstrip()} + b"
