r"""A page that differentiates the sigmoid itself by x: what a refusal of it says (issue 10, cold39).

Blogs and forum replies derive σ′ on its own: ``σ(x) = \frac{1}{1+e^{-x}}``, then ``\frac{dσ}{dx} = …``,
``f'(x) = …`` or ``\frac{d}{dx}sigmoid(x) = …`` (cold39's zh, ko, ja, en blog and forum pages). logderiv
checks the derivative of a cost by a parameter and reads σ′ only as a lemma beside one; x is data to it,
never the variable differentiated by. Such a page was refused with whatever its reader met first ("the
notes hold 2 derivations", "σ is defined twice", "no display maths"), which said nothing of why. This module
tells such a page by what it writes — the sigmoid of x defined, a derivative by x taken, and no derivative by
anything else (no ∂, ∇, and no d/dw, d/db, d/dθ, d/dβ) — so that the refusal can say so and how to check the
derivation (in z, the letter of a variable of one's own). :func:`as_argument` (fixsig37) gives such a page
with its x read as the function's argument z, where the page uses x as nothing else, for the caller to read.
Bounded: one pass over the text and three regular expressions, each once.
"""

from __future__ import annotations

from typing import NamedTuple

from .. import patterns

__all__ = ["SigmoidPage", "sigmoid_derivative_page", "refusal"]

#: the sigmoid of x, its braces and spaces taken out: \frac{1}{1+e^{-x}}, \frac { 1 }{ 1+{ e }^{ -x } }, (1+e^{-x})^{-1}
_SIGMOID_OF_X = patterns.compile(r"\\frac11\+e\^-x(?![A-Za-z0-9])|\(1\+e\^-x\)\^-1(?![0-9])")
#: a derivative by x, as written: \frac{d}{dx}, \frac{d\sigma}{dx}, \frac { dy }{ dx }, f'(x), f’(x), σ^\prime(x)
_BY_X = patterns.compile(r"\\frac\s*\{\s*d\s*(?:\\?[A-Za-z]+\s*)?\}\s*\{\s*dx\s*\}"
                         r"|(?<![A-Za-z\\])(?:[fgσ]|\\sigma|[Ss]igmoid)\s*(?:'|’|′|\^\s*\{?\s*(?:\\prime|')\s*\}?)"
                         r"\s*\(\s*x\s*\)")
#: any derivative by something else: ∂, ∇, d/dw, d/db, d/dθ, d/dβ (a cost's derivation by a parameter); the text,
#: which _api's test of a page with a cost on it extends
BY_A_PARAMETER = (r"\\partial|∂|\\nabla|∇|\\frac\s*\{\s*d\s*(?:\\?[A-Za-z]+\s*)?\}\s*\{\s*d\s*"
                  r"(?:w|W|b|\\theta|θ|\\beta|β)(?![A-Za-z])")
_OTHER = patterns.compile(BY_A_PARAMETER)


class SigmoidPage(NamedTuple):
    """Where a page that differentiates the sigmoid by x first takes that derivative, as written."""

    offset: int
    line: int
    written: str


def _squeezed(text: str) -> str:
    """``text`` without its spaces and braces (its line ends kept), where the sigmoid is looked for."""
    return "".join(character for character in text
                   if not ((character.isspace() and character != "\n") or character in "{}"))


def sigmoid_derivative_page(text: str) -> SigmoidPage | None:
    """Where ``text`` first differentiates by x, if it defines the sigmoid of x, takes a derivative by x and takes no
    other derivative (none by a parameter, no ∂, no ∇); else None."""
    if _SIGMOID_OF_X.search(_squeezed(text)) is None or _OTHER.search(text) is not None:
        return None
    found = _BY_X.search(text)
    if found is None:
        return None
    start = found.start()
    return SigmoidPage(start, text.count("\n", 0, start) + 1, " ".join(found.group().split()))


def refusal(page: SigmoidPage, reason: str) -> tuple[str, str]:
    """The message and hint of a refusal of a page that differentiates the sigmoid by x; ``reason``, the reader's
    own refusal of it, is kept at the end of the message."""
    reason = reason if len(reason) <= 160 else reason[:159] + "…"
    message = (f"the page differentiates the sigmoid itself by x ({page.written}, line {page.line}): a function of "
               "one variable, no cost and no parameter. logderiv checks the derivative of a cost by a parameter "
               "(θ, w, b), and reads x as data unless the page uses x as nothing else, when x is read as the "
               f"function's argument (written z) and its derivative checked: not read (the page was refused: {reason})")
    hint = ("to check a derivation of σ′ on its own, write its variable as z, the letter of a variable of your own: "
            "\\sigma(z) = \\frac{1}{1+e^{-z}}, then \\frac{d\\sigma}{dz} = … in one display")
    return message, hint


#: x as a letter of its own (not of exp, max, \times, x_j), or the x of dx: the letter the page differentiates by
_X_LETTER = patterns.compile(r"(?<![A-Za-z\\])(d?)x(?![A-Za-z])")
#: x as data, or a cost: x_j, x^{(i)}, x^{[i]}, a bold or vector x, θᵀx / wᵀx, h(x), h_θ(x), X, a sum, a log, a parameter
_X_AS_DATA = patterns.compile(
    r"(?<![A-Za-z\\])x\s*(?:_|\^\s*\{?\s*[(\[])"
    r"|\\(?:mathbf|boldsymbol|vec|bm|bar|hat)\s*\{?\s*x(?![A-Za-z])"
    r"|(?:\^\s*\{?\s*(?:T|\\top|\\intercal)\s*\}?|[ᵀ⊤])\s*\(?\s*x(?![A-Za-z])"
    r"|(?<![A-Za-z\\])h\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+))?\s*\(\s*x(?![A-Za-z])"
    r"|(?<![A-Za-z\\])X(?![A-Za-z])|\\sum|Σ|∑|\\log|\\ln(?![A-Za-z])|(?<![A-Za-z\\])log(?![A-Za-z])"
    r"|\\theta|θ|\\beta|β|\\omega|ω|(?<![A-Za-z\\])[wW](?![A-Za-z])")
#: the letter the page's own z would be: the argument the sigmoid is read in
_Z_LETTER = patterns.compile(r"(?<![A-Za-z\\])z(?![A-Za-z])")
#: sigmoid or Sigmoid written as a word (not \operatorname's, not a command): the page's name for σ
_SIGMOID_WORD = patterns.compile(r"(?<![A-Za-z\\{])[Ss]igmoid(?![A-Za-z])")

#: the note a page read with x as the sigmoid's argument shows; {written} and {line}: where it first differentiates
ARGUMENT_NOTE = ("the page differentiates a function of one variable by x ({written}, line {line}), no cost and no "
                 "parameter: x is read as that function's argument, a number written z in the lines checked, not as "
                 "data; each step is checked as a derivative by it")
#: the note a page that writes sigmoid as a word shows
WORD_NOTE = "sigmoid written as a word is read as σ, the sigmoid function the page defines"


def as_argument(text: str) -> tuple[str, SigmoidPage, tuple[str, ...]] | None:
    """``text`` with its x read as the argument z of the function it differentiates (each letter x written z, each
    dx dz, and sigmoid as a word \\sigma and a space, as long, so that every line and column stays where it was), where
    and the notes saying so, if it is a page that differentiates the sigmoid by x (:func:`sigmoid_derivative_page`)
    and uses x as nothing else: no x_j, x⁽ⁱ⁾, θᵀx, h(x), X, no sum, log or parameter, and no z of its own; else
    None."""
    page = sigmoid_derivative_page(text)
    if page is None or _X_AS_DATA.search(text) is not None or _Z_LETTER.search(text) is not None:
        return None
    notes = [ARGUMENT_NOTE.format(written=page.written, line=page.line)]
    if _SIGMOID_WORD.search(text) is not None:
        notes.append(WORD_NOTE)
        text = _SIGMOID_WORD.sub(lambda _: "\\sigma ", text)  # \sigma and a space: as long as the word
    return _X_LETTER.sub(lambda found: found.group(1) + "z", text), page, tuple(notes)
