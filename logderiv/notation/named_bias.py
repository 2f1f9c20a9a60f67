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

That sameness holds only for lines written through the prediction's name. A line writing the dot product out again
(``\frac{2}{n}\sum_i (w^Tx_i - y_i)x_i``), or w in any maths other than the letter alone, a derivative by it or the
cost's argument, would be judged wrong with + b and right without it: then the page is read as written (audit27b).
So is a page whose prose says the bias is dropped ("the bias $b$ is set to zero", "no bias", "we ignore the bias
$b$"), or names b something besides the bias ("$b$ is the batch size" on a line of its own, "the hidden layer's bias
$b$"): each ``$b$`` must stand on a line saying "bias", and no such line may deny it or give it to another layer.
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
#: w in maths: any letter w (bold, with an arrow or plain), as _B_IN_MATHS counts b
_W_IN_MATHS = patterns.compile(r"(?<![A-Za-z\\])w(?![A-Za-z])")
#: w as the page may write it beside the bias's reading: the letter alone ($w$, $\mathbf{w}$), a derivative by it
#: (\partial w, ∂\mathbf{w}, dw, \nabla_w, \nabla_{\mathbf{w}}) or the cost's one argument, L(w)
_W_AS_SAID = patterns.compile(
    rf"(?:\\partial|∂|(?<![A-Za-z\\])d|\\nabla\s*_)\s*\{{?\s*{_W}|\$\s*{_W}\s*\$|\\\(\s*{_W}\s*\\\)|\(\s*{_W}\s*\)")
#: the dot product of w and x anywhere (the definition's, or a line writing it out again)
_DOT = patterns.compile(rf"{_W}{_TRANSPOSE}{_X}|{_X}{_TRANSPOSE}{_W}|{_W}\s*(?:\\cdot|·)\s*{_X}")
#: a line of prose that drops the bias it names, or gives it to another layer: "set to zero", "no bias", "we ignore"
_DENIED = patterns.compile(
    r"(?i)(?<![A-Za-z])(?:no|not|without|zero|0|drop\w*|omit\w*|ignor\w*|remov\w*|exclud\w*|neglect\w*|skip\w*"
    r"|absorb\w*|fold\w*|free|layers?|hidden|previous|another|other)(?![A-Za-z])")
#: a derivative by b set to zero (\frac{\partial \hat{y}_i}{\partial b} = 0, ∂L/∂b = 0): the writer's model has no b
_ZERO_BY_B = patterns.compile(r"(?:\\partial|∂|(?<![A-Za-z\\])d)\s*b\s*\}?\s*&?\s*=\s*0(?![\d.])")
#: b as prose writes it: $b$, \\(b\\) (not a derivative's ∂b, which names no role)
_B_RE_LETTER = patterns.compile(_B)
#: the word bias on a line
_BIAS_WORD = patterns.compile(r"(?i)bias")


def bias_named(text: str) -> str | None:
    """The words of ``text``'s prose naming b the bias ("$b$ is the **bias** term"), or None (see the module)."""
    found = _NAMED.search(text)
    if found is None or _ABSORBED.search(text) is not None:
        return None
    # every b the page writes is the letter named or a derivative by it: a b in a formula (wᵀx + b elsewhere, a
    # bias vector) says the page writes its model otherwise, read as written
    if len(_B_IN_MATHS.findall(text)) != len(_B_AS_SAID.findall(text)):
        return None
    # w written only as a letter, a derivative's variable or the cost's argument, beside the one dot product: no line
    # writes the model out again without b, where the two readings would part (audit27b)
    if len(_DOT.findall(text)) != 1 or len(_W_IN_MATHS.findall(text)) != len(_W_AS_SAID.findall(text)) + 1:
        return None
    if _ZERO_BY_B.search(text):
        return None  # ∂ŷ/∂b = 0 written: the page's model is without b, as it is written
    # each $b$ on a line saying "bias", and no line saying "bias" drops it or gives it to another layer
    for line in text.splitlines():
        named_here, bias_here = _B_RE_LETTER.search(line) is not None, _BIAS_WORD.search(line) is not None
        if named_here and not bias_here or bias_here and _DENIED.search(line):
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
