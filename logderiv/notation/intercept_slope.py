r"""The univariate model of a first course, ``h_\theta(x) = \theta_0 + \theta_1 x``: read as ``b + w x``.

Linear regression's first lecture writes one feature, an intercept θ₀ and a slope θ₁ (cold15's ai_notes:
``h_\theta(x_i) = \theta_0 + \theta_1 x_i, \quad i = 1, \dots, m``, then ``J(\theta_0, \theta_1)`` and
``\frac{\partial J}{\partial \theta_0}``, ``\frac{\partial J}{\partial \theta_1}``). logderiv numbers features
from 1 and refuses ``--wrt theta_0``; read as components, θ₁ would be the first of n features, not the one weight
of a scalar x. The model means ``b + w x``, the one-feature model logderiv reads (w a scalar, noted there), so
the page is read with θ₀ written b and θ₁ written w — each written over its own characters, padded with spaces
in front, so every line and column stays — and a note says so.

Only where that is all θ means: the page's maths defines a model as exactly θ₀ + θ₁x (either order, x with or
without the example's index), and writes θ nowhere else but as ``\theta_0``, ``\theta_1`` or the model's own
subscript (``h_\theta``); a θ₂, θⱼ, θᵀ or a lone θ (a vector), or a b or w of the page's own, leaves the page
as it was (it says something else, read as ever).

Beside it, the range of the examples' index that a row may end with (``…, \quad i = 1, \dots, m``) says what i
runs over: it is no second side of the model's equation (the page was read as a chain ``h = θ₀ + θ₁xᵢ = 1, …,
m``). It is blanked where it ends a row after the row's '=' (noted), as the component index's range is
(:meth:`logderiv.notation.document._Scanner.index_range_at`). Sympy-free.
"""

from __future__ import annotations

from typing import Callable

from .notes import display_blocks
from .. import patterns

__all__ = ["intercept_and_slope_read", "example_ranges_read"]

#: the range of the examples' index ending a row: `, \quad i = 1, \dots, m` (numbers, an ellipsis, the count)
_EXAMPLE_RANGE = patterns.compile(
    r",(?:[ \t]|~|\\[ ,;:]|\\q?quad(?![A-Za-z]))*(?:\\(?:text|mathrm)[ \t]*\{[ \t]*for(?:[ \t]+(?:all|each|every))?[ \t]*\}[ \t]*)?"
    r"(?P<letter>[in])[ \t]*=[ \t]*[01][ \t]*,[ \t]*(?:\d+[ \t]*,[ \t]*)*(?:\\[lc]?dots(?![A-Za-z])|\.\.\.|…)[ \t]*,[ \t]*"
    r"(?:[mnNM]|\d+)[ \t]*[.,]?[ \t]*(?=\\\\|\\end\b|\$|\n|$)")
#: θ as written: a control word, or the Unicode letter
_THETA = r"(?:\\theta(?![A-Za-z])|θ)"
#: θ₀ or θ₁ as a page writes it: \theta_0, \theta_{1}, θ_0
_THETA_INDEXED = patterns.compile(_THETA + r"_(?:\{\s*(?P<braced>[01])\s*\}|(?P<bare>[01])(?![0-9]))")
#: every θ on the page
_ANY_THETA = patterns.compile(_THETA)
#: θ as the model's subscript: h_\theta, h_{\theta}
_MODEL_SUBSCRIPT = patterns.compile(r"h_\{?\s*" + _THETA + r"\s*\}?")
#: the model: h(x) = θ₀ + θ₁x, or θ₁x + θ₀ (x with the example's index or without), alone on its side
_MODEL = patterns.compile(
    r"h(?:_\{?\s*" + _THETA + r"\s*\}?)?\s*\(\s*x(?P<index>_\{?\s*i\s*\}?|\^\{\s*\(i\)\s*\}|)\s*\)\s*=\s*"
    r"(?:" + _THETA + r"_\{?0\}?\s*\+\s*" + _THETA + r"_\{?1\}?\s*(?:\\cdot\s*)?x(?P=index)"
    r"|" + _THETA + r"_\{?1\}?\s*(?:\\cdot\s*)?x(?P=index)\s*\+\s*" + _THETA + r"_\{?0\}?)"
    r"\s*(?:[,.]|\\\\|\\end\b|\$|\n|$)")
#: θ₀ + θ₁x as the exponent of a sigmoid written out, or σ's argument: -\theta_0 - \theta_1 x, -(\theta_0 + \theta_1 x)
_SUM = r"(?:" + _THETA + r"_\{?0\}?\s*\+\s*" + _THETA + r"_\{?1\}?\s*(?:\\cdot\s*)?x(?P=index))"
_NEGATED = (r"(?:-\s*" + _THETA + r"_\{?0\}?\s*-\s*" + _THETA + r"_\{?1\}?\s*(?:\\cdot\s*)?x(?P=index)"
            r"|-\s*\(\s*" + _SUM + r"\s*\))")
#: the logistic model of one feature: h(x) = σ(θ₀ + θ₁x), or 1/(1 + e^{−θ₀−θ₁x}) written out (Ng's first logistic
#: lecture, a blog post's "h_θ(x⁽ⁱ⁾) = 1/(1 + e^{−θ₀ − θ₁x⁽ⁱ⁾})")
_SIGMOID_MODEL = patterns.compile(
    r"h(?:_\{?\s*" + _THETA + r"\s*\}?)?\s*\(\s*x(?P<index>_\{?\s*i\s*\}?|\^\{\s*\(i\)\s*\}|)\s*\)\s*=\s*"
    r"(?:\\sigma\s*\(\s*" + _SUM + r"\s*\)"
    r"|\\frac\s*\{\s*1\s*\}\s*\{\s*1\s*\+\s*e\s*\^\s*\{\s*" + _NEGATED + r"\s*\}\s*\})"
    r"\s*(?:[,.]|\\\\|\\end\b|\\tag\b|\$|\n|$)")
#: θ alone where it stands for θ₀ and θ₁ together: the cost's argument J(θ), and the gradient ∂J/∂θ named in prose
_THE_PARAMETERS = patterns.compile(r"(?<![A-Za-z\\])[JLE]\s*\(\s*" + _THETA + r"\s*\)"
                                   r"|\\frac\s*\{\s*\\partial\s*[JLE]\s*\}\s*\{\s*\\partial\s*" + _THETA + r"\s*\}")
#: a b or w of the page's own in its maths (a letter alone, not in a word or a control word)
_OWN_LETTER = patterns.compile(r"(?<![A-Za-z\\])[bw](?![A-Za-z])")


def example_ranges_read(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with each row's closing range of the examples' index blanked (same length), and a note for each."""
    notes: list[str] = []
    for block in display_blocks(text):
        start, end = block.maths
        for found in reversed(list(_EXAMPLE_RANGE.finditer(text, start, end))):
            row_start = max(text.rfind("\n", start, found.start()), text.rfind("\\\\", start, found.start()), start)
            if "=" not in text[row_start:found.start()]:
                continue  # a range after no equation is left as written
            shown = " ".join(found.group(0).lstrip(",").split())
            line = text.count("\n", 0, found.start()) + 1
            text = text[:found.start()] + " " * (found.end() - found.start()) + text[found.end():]
            notes.append(f"{where(line)}: '{shown}' says what the examples' "
                         f"index {found.group('letter')} runs over, no side of the equation before it: not read")
    return text, sorted(notes)


def intercept_and_slope_read(text: str, where: Callable[[int], str]) -> tuple[str, list[str]]:
    """``text`` with θ₀, θ₁ of a model θ₀ + θ₁x written b, w (same length), and the note; else as it was."""
    spans = [block.maths for block in display_blocks(text)]
    maths = [text[start:end] for start, end in spans]
    models = [(start + found.start(), found) for (start, _), written in zip(spans, maths)
              for found in [_MODEL.search(written)] if found is not None]
    logistic = [(start + found.start(), found) for (start, _), written in zip(spans, maths)
                for found in [_SIGMOID_MODEL.search(written)] if found is not None]
    if (not models and len(logistic) != 1) or any(_OWN_LETTER.search(written) for written in maths):
        return text, []
    for written in maths:
        blanked = _MODEL_SUBSCRIPT.sub(lambda found: " " * len(found.group(0)), _THETA_INDEXED.sub(
            lambda found: " " * len(found.group(0)), written))
        if not models:
            # beside the logistic model, J(θ) and ∂J/∂θ name the cost and its gradient in θ₀, θ₁ together: the
            # parameters, nothing of another kind (left as written: the cost's name and the prose's)
            blanked = _THE_PARAMETERS.sub(lambda found: " " * len(found.group(0)), blanked)
        if _ANY_THETA.search(blanked):
            return text, []  # a θ of another kind (θ₂, θⱼ, θᵀ, θ): a model of more than one feature
    for (start, end) in reversed(spans):
        pieces = []
        at = start
        for found in _THETA_INDEXED.finditer(text, start, end):
            letter = "b" if (found.group("braced") or found.group("bare")) == "0" else "w"
            pieces += [text[at:found.start()], " " * (found.end() - found.start() - 1) + letter]
            at = found.end()
        text = text[:start] + "".join(pieces) + text[at:end] + text[end:]
    offset = (models or logistic)[0][0]
    line = text.count("\n", 0, offset) + 1
    if not models:
        return text, [f"{where(line)} defines the logistic model σ(θ₀ + θ₁x), an intercept and the one weight of a "
                      "single feature x: read as σ(b + w x), θ₀ written b and θ₁ written w in every line (logderiv "
                      "numbers a model's features from 1, and θ₁ alone is no vector); J(θ) and ∂J/∂θ name the cost "
                      "and its gradient in the two together"]
    return text, [f"{where(line)} defines the model θ₀ + θ₁x, an intercept and the one weight of a single feature x: "
                  "read as b + w x, θ₀ written b and θ₁ written w in every line (logderiv numbers a model's features "
                  "from 1, and θ₁ alone is no vector)"]
