"""The cost called by a name of the page's own (``\\varepsilon_{mean}``, ``loss``, ``\\text{MSE}``): read as J.

Notes name the objective as they like: 0h-n0's ridge post defines
``\\varepsilon_{mean} = \\frac{1}{N}(\\mathbf{y} - X\\mathbf{w})^T(…) + \\lambda\\mathbf{w}^T\\mathbf{w}`` and
derives ``\\frac{\\partial\\varepsilon_{mean}}{\\partial \\mathbf{w}} = …``; a Poisson post writes
``loss = …`` and ``\\frac{\\partial}{\\partial w} loss = …``; a GLM post ``\\log p(D; w) = …`` (the
log-likelihood of the data set D under w) and ``\\frac{\\partial \\log p(D; w)}{\\partial w} = …``. The reader knows the cost by the names J, L, ℓ
and 𝓛. A name is the cost's when the page both defines it (``NAME = …``, before) and differentiates
it by a parameter at the head of a later line (``\\frac{\\partial NAME}{\\partial w}``, or the operator
``\\frac{\\partial}{\\partial w}`` before it, then ``=``): every occurrence of the name is then written
J, padded to its length so that columns and lines stay, and a note says so. Nothing is renamed
when the page writes J itself, when the name is one of the reader's words (log, exp, sum, …), or
when two such names compete. Nothing here parses an expression.
"""

from __future__ import annotations

import re
from typing import Callable

from .. import patterns
from .vocabulary import cost_name_pattern

__all__ = ["cost_named_otherwise"]

#: the name: a word of two letters or more, an upright word (\text{MSE}, \mathrm{loss}), or a Greek letter with a
#: word as its subscript (\varepsilon_{mean})
_NAME = (r"(?:\\(?:text|mathrm|operatorname)\s*\{\s*[A-Za-z]{2,}\s*\}|\\[A-Za-z]+\s*_\s*\{\s*[A-Za-z]{2,}\s*\}"
         r"|\\log\s*p\s*\(\s*(?:D|\\mathcal\s*\{?\s*D\s*\}?)\s*;\s*\\?(?:theta|beta|w)\s*\)"
         r"|(?<![A-Za-z\\{])L(?=\s*\})"
         # lowercase l alone in the quotient (\frac{\partial l}{\partial w_j}): the cost only where the page defines
         # l of its parameters and writes l as no index (below; the registry's guard, notation.vocabulary.COST_NAMES)
         r"|(?<![A-Za-z\\{])l(?=\s*\})"
         r"|(?<![A-Za-z\\])[A-Za-z]{2,}"
         # one capital that books name the objective by: Bishop's error E, Nielsen's cost C, a risk R (audit31: E =
         # ½Σ(yᵢ − wᵀxᵢ)², then ∂E/∂wⱼ = …, was checked against the default logistic cost and called wrong)
         # and Q, the error functional of Russian course notes (Vorontsov's Q(w) = (y − Xw)ᵀ(y − Xw), cold41)
         r"|(?<![A-Za-z\\])[ECRQ](?![A-Za-z])|\\mathcal\s*\{\s*[ECR]\s*\})")
#: the log-likelihood of the data set D under the parameters, as a GLM post names its objective: \log p(D; w)
_DATA_LOG_LIKELIHOOD = patterns.compile(r"\\log\s*p\s*\(")
#: a parameter differentiated by: θ, β, w (bold or not), a component of one, or the intercept b
_PARAMETER = (r"(?:\\(?:mathbf|boldsymbol|bm|textbf)\s*\{?\s*)?\\?(?:theta|beta|w|b)(?![A-Za-z])\s*\}?"
              r"(?:\s*_\s*(?:\{\s*[0-9a-z]\s*\}|[0-9a-z]))?")
#: the derivative of the name at the head of a line, then its '=': ∂NAME/∂w = , ∂/∂w NAME =
_DIFFERENTIATED = patterns.compile(
    rf"\\[dt]?frac\s*\{{\s*(?:\\partial|d)\s*(?P<name>{_NAME})\s*\}}\s*\{{\s*(?:\\partial|d)\s*{_PARAMETER}\s*\}}\s*&?\s*="
    rf"|\\[dt]?frac\s*\{{\s*(?:\\partial|d)\s*\}}\s*\{{\s*(?:\\partial|d)\s*{_PARAMETER}\s*\}}\s*"
    # the operand bracketed, ∂/∂w (MSE) or \left( MSE \right), as a course book's TeX writes the name it derives
    rf"(?:(?P<open>\\left\s*\(|\()\s*)?(?P<operand>{_NAME})\s*(?(open)(?:\\right\s*\)|\))\s*)"
    # or with its argument, the parameter: ∂/∂w Q(w) = (a Russian notebook's, cold41)
    rf"(?(open)|(?:\(\s*{_PARAMETER}\s*\)\s*)?)&?\s*=")
#: w or b as an argument, or the vector w decorated: E(\vec{w}), E(\mathbf{w}) (Bishop's, the EECS 545 notes')
_WEIGHT = r"(?:\\(?:vec|mathbf|boldsymbol|bm)\s*\{\s*w\s*\}|[wb])"
#: the error function's letter E alone, or with the parameters below it or as its argument: E, E_{(w,b)}, E(w, b)
#: (Bishop's E(w), E(\vec{w}); a one-letter name the reader does not know as the cost, unlike J, L and ℓ), also
#: right after the d of Leibniz's quotient (\frac{dE}{d\theta_0}, as cost_label reads \frac{dL_{\text{ridge}}}{dw})
_LETTER = (r"(?:(?<![A-Za-z\\])|(?<=[{\s]d))E(?:\s*_\s*\{\s*\(\s*[wb](?:\s*,\s*[wb])*\s*\)\s*\}"
           rf"|\s*\(\s*{_WEIGHT}(?:\s*,\s*{_WEIGHT})*\s*\))?(?![A-Za-z_])")
#: E differentiated by a parameter at the head of a line, then its '=': \frac{\partial E}{\partial w} =, ∂E/∂w =
_LETTER_DIFFERENTIATED = patterns.compile(
    rf"\\[dt]?frac\s*\{{\s*(?:\\partial|∂|d)\s*(?P<name>{_LETTER})\s*\}}\s*\{{\s*(?:\\partial|∂|d)\s*{_PARAMETER}\s*\}}\s*&?\s*="
    rf"|∂\s*(?P<plain>{_LETTER})\s*/\s*∂\s*{_PARAMETER}\s*&?\s*=")
#: after that '=', the cost written out term by term or whole under the derivative: Σ ∂/∂w (…), \frac{\partial}{\partial w}[…]
_WRITTEN_UNDER = patterns.compile(
    r"\s*(?:∑|Σ|\\sum(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z]))?(?:\s*\^\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?)?\s*"
    rf"(?:\\[dt]?frac\s*\{{\s*(?:\\partial|∂)\s*\}}\s*\{{\s*(?:\\partial|∂)\s*{_PARAMETER}\s*\}}|∂\s*/\s*∂\s*{_PARAMETER})"
    r"\s*(?:\\left\s*)?[(\[]")
#: a word that names the cost where the page never defines it: the error an objective measures (MSE, SSE, RSS, NLL),
#: upright or not, or a cost's word (loss, cost, error, risk); not any capitals (XW, a product of the data and weights),
#: nor a name whose own meaning is another function of the errors than a sum of their squares or losses: RMSE is
#: √MSE and MAE the mean |e|, so ∂/∂w (RMSE) = ∂/∂w [(1/n) Σ (…)²] is a false step, which reading RMSE as whatever
#: is written out under the operator endorsed (audit59); they are read only where the page defines them
_COST_WORD = patterns.compile(r"(?:\\(?:text|mathrm|operatorname)\s*\{\s*)?"
                              r"(?:MSE|SSE|RSS|NLL|BCE|OLS|[Ll]oss|[Cc]ost|[Ee]rror|[Rr]isk)\s*\}?")
#: words the reader knows: never the cost's own name
_KNOWN = frozenset({"log", "ln", "exp", "sum", "sigma", "partial", "frac", "mean", "min", "max", "arg", "argmin",
                    "argmax", "tr", "sqrt", "left", "right", "cdot", "times", "nabla", "text", "mathrm", "theta", "beta",
                    "sin", "cos", "tanh", "sigmoid", "softmax", "relu", "det", "diag", "var", "cov", "lambda", "alpha",
                    "eta", "mu", "phi", "pi"})
#: L of the parameters defined, L(w) = …, L(\theta) = … (a bare L differentiated is then that cost)
_L_OF_PARAMETERS = patterns.compile(rf"(?<![A-Za-z\\{{])L\s*(?:\(|\\left\s*\()\s*{_PARAMETER}\s*(?:\)|\\right\s*\))\s*=")
#: lowercase l of the parameters defined, l(w) = …, l(\bm{w}) = … (the registry's l: only before its argument)
_LOWER_L_OF_PARAMETERS = patterns.compile(rf"(?<![A-Za-z\\{{])" + cost_name_pattern("l") + rf"\s*(?:\(|\\left\s*\()\s*"
                                          rf"{_PARAMETER}\s*(?:\)|\\right\s*\))\s*=")
#: lowercase l as an index (the registry's guard: a feature's or layer's index is no cost): x_l, w_{jl}, \sum_{l=1},
#: a^{[l]}, z^{(l)}, l = 1, w_{jl}, a^{l}, a^l, l \in …
_LOWER_L_AS_INDEX = patterns.compile(r"_\s*(?:\{[^{}=]*)?(?<![A-Za-z\\])l(?![A-Za-z])|\^\s*\{?\s*[\[(]\s*l\s*[\])]"
                                     r"|(?<![A-Za-z\\])l\s*=\s*[0-9]"
                                     # audcostname35's gaps: l after another index in one subscript (w_{jl}, x_{nl}),
                                     # a layer's bare superscript (a^{l}, a^l), l \in {1, …, L}; \ell_2 is no index
                                     r"|[_^]\s*\{[^{}=]*?(?<!\\el)l(?![A-Za-z])[^{}]*\}|\^\s*l(?![A-Za-z])"
                                     r"|(?<![A-Za-z\\])l\s*\\in(?![A-Za-z])")
#: a calligraphic 𝓛 beside a plain L: two names, maybe two quantities
_CALLIGRAPHIC_L = patterns.compile(r"\\mathcal\s*\{?\s*L|𝓛")
#: the reader's other names of the cost, L, ℓ, 𝓛: a page writing one has no one-capital alias (E, C, R) of it
_READERS_COST = patterns.compile(r"(?<![A-Za-z\\])L(?![A-Za-z])|\\ell(?![A-Za-z])|ℓ|𝓛|\\mathcal\s*\{\s*L\s*\}")
#: Q of the parameter defined, Q(w) = … (Vorontsov's error functional): Q, a matrix (wᵀQw) or a term (Q = wᵀXᵀXw)
#: as often as a cost, is the cost only so (audderiv39)
_Q_OF_PARAMETERS = patterns.compile(rf"(?<![A-Za-z\\{{])Q\s*(?:\(|\\left\s*\()\s*{_PARAMETER}\s*(?:\)|\\right\s*\))\s*=")
#: another capital of the parameter defined beside Q(w): E(w) = … (then Q may be a term of E, not the cost)
_OTHER_CAPITAL_OF_PARAMETERS = patterns.compile(rf"(?<![A-Za-z\\{{])[A-PR-Z]\s*(?:\(|\\left\s*\()\s*{_PARAMETER}"
                                                rf"\s*(?:\)|\\right\s*\))\s*=")
#: the page writes the cost's own letter J somewhere: then another name is no alias of it
_J = patterns.compile(r"(?<![A-Za-z\\])J(?![A-Za-z])")


def _bare(name: str) -> str:
    """The name's letters (``\\varepsilon_{mean}`` → ``varepsilonmean``), to test it against the reader's words."""
    return re.sub(r"[^A-Za-z]", "", re.sub(r"\\(?:text|mathrm|operatorname)", "", name))


def cost_named_otherwise(text: str, where: Callable[[int], str] | None = None) -> tuple[str, list[str]]:
    """``text`` with the cost's own name written J (same length), and the note; ``text`` unchanged if none."""
    where = where or (lambda line: f"line {line}")
    if _J.search(text):
        return text, []
    found: dict[str, tuple[int, int]] = {}
    for match in _DIFFERENTIATED.finditer(text):
        name = " ".join((match.group("name") or match.group("operand")).split())
        found.setdefault(name, (match.start(), match.end()))
    candidates = []
    for name, (differentiated, equals) in found.items():
        if (_bare(name).lower() in _KNOWN or _bare(name).lower().startswith(("log", "exp", "sum"))) \
                and not _DATA_LOG_LIKELIHOOD.match(name):
            continue
        if name == "l":
            # ∂l/∂w_j beside l(w) = −Σ{…} (a negative log-likelihood, a Japanese blog's, cold36): lowercase l is the
            # cost where the page defines l of its parameters and never writes l as an index; what l is (a
            # log-likelihood or its negative) is the definition's, as written (L beside it may be the likelihood)
            definition = _LOWER_L_OF_PARAMETERS.search(text[:differentiated])
            if definition is not None and not _LOWER_L_AS_INDEX.search(text):
                candidates.append((name, r"(?<![A-Za-z\\{])l", definition.start(), differentiated))
            continue
        if name != "L" and len(_bare(name).replace("mathcal", "")) == 1 and _READERS_COST.search(text):
            continue  # R(w) = λ‖w‖²/2 beside L(w) = … + R(w): a penalty's lemma, L the cost
        written = _spelled(name)
        if len(_bare(name).replace("mathcal", "")) == 1 and re.search(
                rf"[+\-]\s*(?:\\lambda\s*|[0-9.]+\s*)?(?<![A-Za-z\\]){written}(?![A-Za-z_])"
                rf"|(?<![A-Za-z\\]){written}\s*(?:(?:\(|\\left\s*\()[^()=]*(?:\)|\\right\s*\)))?\s*[+\-]", text):
            # ‖y − Xw‖² + R(w), then R(w) = λwᵀw and ∂/∂w R(w) = 2λw: a one-letter name the page writes as a term of a
            # sum is a part of the objective (a penalty), not the cost (audderiv39: the ridge gradient judged wrong)
            continue
        if name == "Q" and (_Q_OF_PARAMETERS.search(text[:differentiated]) is None
                            or _OTHER_CAPITAL_OF_PARAMETERS.search(text)):
            # Q = wᵀXᵀXw, ∂Q/∂w = 2XᵀXw: a term (or a matrix) named Q, not the cost; Q(w) beside E(w): E's term
            continue
        if name == "L":
            # ∂L/∂w_j beside L(w) = …: a bare L, the reader's letter for a likelihood too, is the cost only where the
            # page defines L of its parameters (a quiz's L(w) = −(1/N)Σ[…]) and writes no 𝓛 beside it
            if _CALLIGRAPHIC_L.search(text):
                continue
            written = r"(?<![A-Za-z\\{])L"
            definition = _L_OF_PARAMETERS.search(text[:differentiated])
            if definition is not None:
                candidates.append((name, written, definition.start(), differentiated))
            continue
        # E = …, or with its argument E(w) = … (\left( … \right) too), as J(θ) = … is written
        definition = re.search(rf"{written}(?![A-Za-z_])\s*(?:(?:\(|\\left\s*\()[^()=]*(?:\)|\\right\s*\)))?\s*=",
                               text[:differentiated])
        if definition is not None:
            candidates.append((name, written, definition.start(), differentiated))
        elif _COST_WORD.fullmatch(name) and _WRITTEN_UNDER.match(text, equals):
            # ∂/∂w (MSE) = ∂/∂w [(1/n) Σ (yᵢ − (w xᵢ + b))²]: a word the page never defines, but names the cost
            # whose derivative the line takes, written out under the operator after its '=' (as E is, below); only a
            # word that names an error or a cost (a product of letters, ∂/∂w (Xw), may be written out so as well)
            candidates.append((name, written, differentiated, differentiated))
    if not candidates:
        candidates = _letter_candidates(text)
    if len(candidates) != 1:
        return text, []
    name, written, defined, differentiated = candidates[0]
    # a command before the name (\partial\varepsilon_{mean}) must not run on into the J: a space between them
    # and Leibniz's d before a one-capital name (\frac{dE}{d\theta_0}) is the differential's: dE is d of E
    leibniz = rf"|(?<=[{{\s]d){re.escape(name)}" if re.fullmatch(r"[ECRQ]", name) else ""
    renamed = re.sub(rf"(?:{written}{leibniz})(?![A-Za-z_])",
                     lambda match: "J" if len(match.group(0)) == 1 else
                     (" J" if text[match.start() - 1:match.start()].isalpha() else "J ").ljust(len(match.group(0))), text)
    line = text.count("\n", 0, defined) + 1
    used = text.count("\n", 0, differentiated) + 1
    if name == "l":
        return renamed, [f"l names the cost: {where(line)} defines l of the parameters and {where(used)} differentiates "
                         "it by a parameter (l is no index on this page), so it is read as J, the cost, as that line "
                         "defines it"]
    if defined == differentiated:
        return renamed, [f"{name} names the cost: {where(used)} differentiates it by a parameter and writes it out "
                         "under the derivative, so it is read as J, the cost"]
    return renamed, [f"{name} names the cost: {where(line)} defines it and {where(used)} differentiates it by a "
                     "parameter, so it is read as J, the cost"]


def _letter_candidates(text: str) -> list[tuple[str, str, int, int]]:
    """E as the cost (``E_{(w,b)} = Σ(…)²``, then ``∂E_{(w,b)}/∂w = …``): one spelling, defined or written out.

    A one-letter name is read as the cost only where the page says so twice: it differentiates E by a parameter
    at the head of a line, and it defines E before (``E… =``) or writes the cost out under the derivative on that
    line (``∂E/∂w = Σ ∂/∂w (…)²``). E written two ways (E and E_{(w,b)}) is left alone.
    """
    found: dict[str, tuple[int, int]] = {}
    for match in _LETTER_DIFFERENTIATED.finditer(text):
        name = "".join((match.group("name") or match.group("plain")).split())
        if name in found:
            continue
        written = _spelled(name)
        definition = re.search(rf"{written}(?![A-Za-z_])\s*=", text[:match.start()])
        if definition is not None:
            found[name] = (definition.start(), match.start())
        elif _WRITTEN_UNDER.match(text, match.end()):
            found[name] = (match.start(), match.start())
    spellings = {"".join(spelling.split()) for spelling in re.findall(_LETTER, text)}
    if len(found) != 1 or len(spellings) != 1:
        return []
    return [(name, _spelled(name), defined, differentiated) for name, (defined, differentiated) in found.items()]


def _spelled(name: str) -> str:
    """A pattern for the name as written, any spaces inside it allowed (``\\varepsilon_{ mean }``).

    A word must not go on a longer word (``loss`` in ``glosses``); a command's backslash ends what is
    before it (``\\partial\\varepsilon_{mean}``).
    """
    parts = re.findall(r"\\[A-Za-z]+|[A-Za-z]+|[^\sA-Za-z]", name)
    before = "" if name.startswith("\\") else r"(?<![A-Za-z\\])"
    return before + r"\s*".join(re.escape(part) for part in parts)
