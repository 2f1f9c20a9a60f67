"""The built-in costs, as data: each a cost in plain notation, its definitions, and a line about it.

Presets are read by the same front end as a user's text, so they exercise the
parser, and the gradients in the table below are checked numerically by the
tests, independently of the engine.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from .record import record
from . import patterns

__all__ = ["Preset", "PRESETS", "DEFAULT_PRESET", "find_preset", "suggest_preset", "without_intercept_penalty",
           "parameters_meant", "in_parameters", "at_one_feature", "parameters_note", "parameters_unsaid"]

_SIGMOID = "h = sigmoid(theta^T x)"
_L2 = " + lambda/(2m) * sum_k(theta_k^2)"
#: the same penalty with the intercept θ₁ left out. Features are indexed 1..n, so the
#: intercept (the θ₀ of texts indexing from 0) is θ₁, with a column of ones in X.
_L2_NO_INTERCEPT = _L2 + " - lambda/(2m) * theta_1^2"


@record
class Preset:
    """A named cost: ``cost`` with ``lets``, and the gradient it should have (for reference)."""

    name: str
    cost: str
    lets: tuple[str, ...]
    description: str
    gradient: str


_LOGISTIC = "-1/m * sum(y log(h) + (1 - y) log(1 - h))"
_LINEAR = "1/(2m) * sum((theta^T x - y)^2)"

PRESETS: dict[str, Preset] = {
    preset.name: preset
    for preset in (
        Preset(
            "logistic",
            _LOGISTIC,
            (_SIGMOID,),
            "logistic regression: cross-entropy of a sigmoid (the default)",
            "(1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾",
        ),
        Preset(
            "linear",
            _LINEAR,
            (),
            "linear regression: half mean squared error",
            "(1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾",
        ),
        Preset(
            "logistic-l2",
            _LOGISTIC + _L2,
            (_SIGMOID,),
            "logistic regression with L2 regularisation on every θₖ",
            "(1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + (λ/m) θⱼ",
        ),
        Preset(
            "linear-l2",
            _LINEAR + _L2,
            (),
            "ridge regression: linear regression with L2 regularisation",
            "(1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + (λ/m) θⱼ",
        ),
        Preset(
            "poisson",
            "1/m * sum(exp(theta^T x) - y theta^T x)",
            (),
            "Poisson regression: negative log-likelihood with a log link",
            "(1/m) Σᵢ (e^(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾",
        ),
        Preset(
            "mse-sigmoid",
            "1/(2m) * sum((h - y)^2)",
            (_SIGMOID,),
            "squared error on a sigmoid: not the canonical pairing",
            "(1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) h(x⁽ⁱ⁾)(1 − h(x⁽ⁱ⁾)) xⱼ⁽ⁱ⁾",
        ),
        Preset(
            "softplus-logistic",
            "1/m * sum(softplus(theta^T x) - y theta^T x)",
            (),
            "logistic regression written with softplus(z) = log(1 + e^z)",
            "(1/m) Σᵢ (σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾",
        ),
    )
}

DEFAULT_PRESET = "logistic"


def _preset_key(text: str) -> str:
    """A preset's name as typed, in one spelling: lower case, ``_``, ``-`` and spaces alike (``Linear_L2``: linear-l2)."""
    return "-".join(text.lower().replace("_", " ").replace("-", " ").split())


def find_preset(text: str) -> Preset | None:
    """The preset ``text`` names, matched case-insensitively with ``-``, ``_`` and spaces alike; None if none."""
    return PRESETS.get(text.strip()) or PRESETS.get(_preset_key(text))


def suggest_preset(text: str) -> str | None:
    """The preset a misspelt name probably meant (``logisitc``: logistic), for a text that is one bare name."""
    key = _preset_key(text)
    if len(key) < 4 or not key.replace("-", "").isalnum() or not key.isascii():
        return None
    import difflib  # only for a misspelling: a cold derive never needs it

    matches = difflib.get_close_matches(key, list(PRESETS), n=1, cutoff=0.75)
    return matches[0] if matches else None


def without_intercept_penalty(preset: Preset) -> Preset | None:
    """``preset`` with its L2 penalty on θ₂..θₙ only, or None when it has no L2 penalty.

    logderiv indexes features 1..n, so the intercept is feature 1 (x₁⁽ⁱ⁾ = 1, a
    column of ones in X) and its weight θ₁ is what texts indexing from 0 call
    θ₀. The penalty is written (λ/(2m)) Σₖ θₖ² − (λ/(2m)) θ₁², which the
    engine differentiates like any other cost.
    """
    if _L2 not in preset.cost:
        return None
    return replace(
        preset,
        cost=preset.cost.replace(_L2, _L2_NO_INTERCEPT),
        description=preset.description + ", intercept θ₁ not regularised",
        gradient=preset.gradient.replace("+ (λ/m) θⱼ", "+ (λ/m) θⱼ for j ≥ 2 (no penalty term for j = 1)"),
    )


#: the letters a text writes its parameters in: DeepLearning.AI's w (with an intercept b apart), statistics' β
_WRITTEN = {
    "theta": patterns.compile(r"\\theta|θ|(?<![A-Za-z])theta(?![A-Za-z])"),
    # ω is w's other spelling: the readers take a text's ω for w where it writes no w (conventions.omega_is_w)
    "w": patterns.compile(r"(?<![A-Za-z0-9\\])w(?![A-Za-z0-9])|\\omega(?![A-Za-z])|ω"),
    "beta": patterns.compile(r"\\beta|β|(?<![A-Za-z])beta(?![A-Za-z])"),
}
#: the weights' own intercept written apart, statistics' β₀ + βᵀx (w_0 + wᵀx): not β₀x₀, a term of a sum from 0
_OWN_INTERCEPT = {
    "w": patterns.compile(r"(?:(?<![A-Za-z0-9\\])w|\\omega|ω)\s*(?:_\s*\{?\s*0\s*\}?(?![0-9])|₀)(?!\s*\*?\s*(?:\\mathbf\s*\{\s*)?x)"),
    "beta": patterns.compile(r"(?:\\beta|β|(?<![A-Za-z])beta)\s*(?:_\s*\{?\s*0\s*\}?(?![0-9])|₀)"
                             r"(?!\s*\*?\s*(?:\\mathbf\s*\{\s*)?x)"),
}
#: the weights as one vector beside that intercept: βᵀx, w^T x, beta.T, X*beta, X\beta (β₀ + β₁x is a model of its own
#: features, not the preset's θᵀx over n of them)
_VECTOR_PRODUCT = {
    letter: patterns.compile(
        rf"{spelled}\s*\}}?\s*(?:\^\s*\{{?\s*(?:T|\\top|\\intercal)|ᵀ|\.T|')|X\s*[*@]?\s*\\?(?:mathbf\s*\{{\s*|boldsymbol\s*\{{\s*\\?)?{spelled}")
    for letter, spelled in (("w", r"(?<![A-Za-z0-9\\])w(?![A-Za-z0-9])"), ("beta", r"(?:\\beta|β|(?<![A-Za-z])beta)(?![A-Za-z])"))
}
#: an intercept b written apart (b, self.b, \mathbf{b}), not a letter of a word or a command
_INTERCEPT = patterns.compile(r"(?<![A-Za-z0-9_\\])b(?![A-Za-z0-9_(])")
#: code's matrix product of the data (X, a name of X's such as X_b, TensorFlow.js's features) and the weight vector,
#: the linear part whole: X @ w, X.dot(weights), np.dot(X, w), np.dot(X, self.weights), features.matMul(this.weights)
#: (never w.T @ w)
_CODE_PRODUCT = {
    letter: patterns.compile(rf"(?<![\w.])(?:(?:this|self)\s*\.\s*)?(?:X\w*|features)\s*(?:@|\.dot\(|\.matMul\()\s*"
                             rf"(?:(?:this|self)\s*\.\s*)?{letter}(?![\w(\[])"
                             rf"|(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*X\w*\s*,\s*(?:(?:this|self)\s*\.\s*)?{letter}(?![\w(\[])")
    for letter in ("w", "weights")
}
#: any intercept code may keep apart: b, bias, intercept, b0, w0 (self.bias too)
_CODE_INTERCEPT = patterns.compile(r"(?<![A-Za-z0-9_\\])(?:b|bias|intercept|b0|w0|w_0)(?![A-Za-z0-9_(])")
_WRT_LETTER = patterns.compile(r"\s*(?P<name>\\?[A-Za-z]+|θ|β)\s*(?:_.*)?")
_SPELLED = {"\\theta": "theta", "θ": "theta", "\\beta": "beta", "β": "beta"}
_GLYPH = {"theta": "θ", "w": "w", "beta": "β", "weights": "weights"}


def parameters_meant(wrt: str, texts: Sequence[str | None] = ()) -> tuple[str, str] | None:
    """(the weights' letter, the intercept's name apart or '') a preset in θ is meant in, or None to keep θ.

    A preset is written in θ, the intercept a feature of ones (θᵀx). A --wrt in
    another letter, with the answer's texts, says which parameters the writer's
    model has: --wrt b, or a b written beside --wrt w_j, is DeepLearning.AI's
    h = σ(wᵀx + b) (the weights in the one letter the texts write, w when they
    write none); --wrt beta_j is β as θ, with a b only where one is written.
    The weights' own β₀ (w₀) written apart is statistics' β₀ + βᵀx, read so: as
    θ, β₀ would be a weight of no feature, and a right answer a false 'different'.
    --wrt w_j with no intercept written is left to the refusal: w with a b apart,
    or w as θ with a feature of ones, the letters do not say — unless code writes the
    linear part whole, the data's matrix product with the weights (``X @ w``,
    ``features.matMul(this.weights)``) and no intercept anywhere (no b, bias, w0):
    then w (or code's ``weights``) is θ, the intercept a feature of ones. b and β₀ both
    written: None, which intercept the model has is not said; β₀ beside weights
    written one by one (β₀ + β₁x): None, a model of its own features.
    """
    match = _WRT_LETTER.fullmatch(wrt)
    if match is None:
        return None
    name = _SPELLED.get(match.group("name"), match.group("name"))
    written = [text for text in texts if text]
    if name == "b":
        letters = [letter for letter, pattern in _WRITTEN.items() if any(pattern.search(text) for text in written)]
        if len(letters) > 1:
            return None  # θ and w both written: which are the weights is not said
        return (letters[0] if letters else "w"), "b"
    if name in _CODE_PRODUCT and any(_CODE_PRODUCT[name].search(text) for text in written) and not any(
            _CODE_INTERCEPT.search(text) or _WRITTEN["theta"].search(text) for text in written):
        # currentGuesses = features.matMul(this.weights).sigmoid(): code writes the whole linear part, the data times
        # the weights and no intercept apart, so the preset's θᵀx (a column of ones among the features) is it
        return name, ""
    if name not in _OWN_INTERCEPT:
        return None
    intercepts = [intercept for intercept, pattern in (("b", _INTERCEPT), (f"{name}_0", _OWN_INTERCEPT[name]))
                  if any(pattern.search(text) for text in written)]
    if len(intercepts) > 1 or name == "w" and not intercepts:
        return None
    if intercepts == [f"{name}_0"] and not any(_VECTOR_PRODUCT[name].search(text) for text in written):
        return None  # β₀ + β₁x: the writer's model has its own features, the preset's βᵀx has n of them
    return name, (intercepts[0] if intercepts else "")


def parameters_of_page(wrt: str, page: Sequence[str]) -> tuple[str, str] | None:
    """The weights' letter a page writes a preset's θ in, when --wrt alone leaves it unsaid; else None.

    A written derivation by w_j (``\\frac{\\partial L}{\\partial w_j}``, ``h_w(x_i)``) on a page that writes
    no intercept apart (no b, no w₀) and no θ: the page's own model is the preset's with θ named w, its
    intercept a feature of ones, as the preset has it (the letter is plain, no model is chosen). Unlike an
    answer's few letters, a page that writes no b anywhere writes a model with none. A page that also
    writes θ is left to the refusal (:func:`page_writes_two_letters`).
    """
    match = _WRT_LETTER.fullmatch(wrt)
    if match is None:
        return None
    name = _SPELLED.get(match.group("name"), match.group("name"))
    written = [text for text in page if text]
    if name not in _OWN_INTERCEPT or not any(_WRITTEN[name].search(text) for text in written):
        return None
    if any(_INTERCEPT.search(text) or _OWN_INTERCEPT[name].search(text) for text in written):
        return None  # an intercept apart: parameters_meant's reading, or two intercepts, not this one
    if page_writes_two_letters(name, written):
        return None
    return name, ""


def weights_letter(wrt: str) -> str | None:
    """The parameter letter --wrt names, spelled as the presets' tables are (``w``, ``beta``, ``theta``, ``b``)."""
    match = _WRT_LETTER.fullmatch(wrt)
    return None if match is None else _SPELLED.get(match.group("name"), match.group("name"))


def page_writes_two_letters(name: str, page: Sequence[str]) -> bool:
    """Whether a page writes θ beside its ``name`` (w, β): two letters for parameters, maybe two quantities."""
    return name != "theta" and any(_WRITTEN["theta"].search(text) for text in page if text)


def in_parameters(preset: Preset, weights: str, intercept: str) -> Preset:
    """``preset`` with θ named ``weights`` and, with an ``intercept`` (b, β₀), θᵀx read as wᵀx + b (b not penalised)."""
    product = f"({weights}^T x + {intercept})" if intercept else f"{weights}^T x"

    def renamed(text: str) -> str:
        return text.replace("theta^T x", product).replace("theta_", f"{weights}_")

    glyph = _GLYPH[weights]
    shown = f"({glyph}ᵀx⁽ⁱ⁾ + {_intercept_glyph(intercept)})" if intercept else f"{glyph}ᵀx⁽ⁱ⁾"
    return replace(
        preset,
        cost=renamed(preset.cost),
        lets=tuple(renamed(let) for let in preset.lets),
        gradient=preset.gradient.replace("θᵀx⁽ⁱ⁾", shown).replace("θ", glyph),
    )


def at_one_feature(preset: Preset, product: str = "(w x + b)") -> tuple[str, tuple[str, ...]] | None:
    """``preset``'s cost and lets with one feature: θᵀx written ``(w x + b)``, the weight one number and the intercept
    apart; None for a preset with a penalty.

    A page of one-feature regression (y = wx + b, J(w, b) = (1/2m) Σ(yᵢ − (wxᵢ + b))²) writes the preset's model with
    θ = (b, w) and x = (1, xᵢ): θᵀx⁽ⁱ⁾ = b + w xᵢ. Only a preset without a penalty is read so: with one feature, the
    L2 presets' Σₖ θₖ² over θ would hold b as well, which a penalty written on w alone does not. ``product``: the
    model as the page writes it, ``(w x + b)``, Ng's ``(theta_0 + theta_1 x)`` or ``(theta_0 + theta^T x)`` (θ₀ the
    intercept apart from the features 1..n: x = (1, x₁, …, xₙ)).
    """
    if "lambda" in preset.cost or "theta^T x" not in preset.cost + "".join(preset.lets):
        return None
    return preset.cost.replace("theta^T x", product), tuple(let.replace("theta^T x", product) for let in preset.lets)


def _intercept_glyph(intercept: str) -> str:
    """b as it is; the weights' own intercept beta_0, w_0 as β₀, w₀."""
    letter = intercept.removesuffix("_0")
    return intercept if letter == intercept else _GLYPH[letter] + "₀"


def parameters_note(preset: Preset, weights: str, intercept: str, wrt: str, answer: bool, whose: str = "answer") -> str:
    """The note that says which parameters a preset in θ is read with (see :func:`parameters_meant`).

    ``answer``: whether the letters of an answer (``whose``: or of a page, steps) took part, or --wrt alone said it
    (derive).
    """
    glyph = _GLYPH[weights]
    apart = _intercept_glyph(intercept) if intercept else ""
    model = f"{glyph}ᵀx + {apart}, the weights {glyph} with a separate intercept {apart}" if apart else (
        f"{glyph}ᵀx, {glyph} as θ (the intercept a feature of ones)")
    said = f"--wrt {wrt.strip()} and the letters of the {whose} name" if answer else f"--wrt {wrt.strip()} names"
    # the L2 presets penalise every θₖ, their intercept θ₁ among them; an intercept apart is in no penalty
    # (in_parameters): said, or 'the same cost' would claim a penalty on it that is not read (audit32)
    penalty = (f"; the L2 penalty is on the weights {glyph} only, the intercept {apart} left out of it (as "
               "--no-reg-intercept leaves θ₁ out)") if apart and "lambda" in preset.cost else ""
    return (f"the preset '{preset.name}' is written in θ (θᵀx); {said} the model's parameters otherwise: read as "
            f"the same cost with θᵀx = {model}{penalty}")


def parameters_unsaid(wrt: str, texts: Sequence[str | None]) -> tuple[str, str]:
    """Why --wrt and the answer's letters leave a preset's parameters unsaid (see :func:`parameters_meant`), and an h.

    For the refusal when --wrt alone would say them but the answer writes two readings.
    """
    meant = parameters_meant(wrt, ())
    # asked only where --wrt alone says the parameters, so parameters_meant has named them
    assert meant is not None, f"--wrt {wrt} alone says no parameters"
    weights, intercept = meant
    written = [text for text in texts if text]
    if intercept == "b":
        return ("reads it with a separate intercept b, but the answer writes both θ and w: which are the weights "
                "beside b is not said", "sigmoid(w^T x + b)")
    if any(_INTERCEPT.search(text) for text in written):
        return (f"reads it in {weights}, but the answer writes both an intercept b and {weights}_0 apart: which is the "
                "model's intercept is not said", f"sigmoid({weights}_0 + {weights}^T x)")
    return (f"reads it as {weights}^T x over n features, but the answer writes {weights}_0 apart and the weights one by "
            f"one: a model of its own features, which the preset is not said to be",
            f"sigmoid({weights}_0 + {weights}_1 x_1)")
