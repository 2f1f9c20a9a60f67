"""A deep-learning chain-rule page: the pieces derived as lemmas, then multiplied into ∂L/∂w — in the page's names.

The derivation most deep-learning notes write defines one example's loss L of a
prediction ŷ, the prediction ŷ = σ(z) and the linear part z = wᵀx + b, derives
each link of the chain on its own line (∂L/∂ŷ = …, ∂ŷ/∂z = ŷ(1 − ŷ), ∂z/∂w = x)
and then writes ∂L/∂w = ∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂w = … = (ŷ − y)x. Read as a page of
derivations of the cost, the lemmas were several derivations and the page's
model (z = W·x) was another than the preset's h: refused. Here:

* the names are the page's own: three definitions make the chain, told apart by
  what they say — the prediction is σ of another defined name (ŷ = σ(z), a = σ(u)),
  that name is the linear part (z = wᵀx + b, s = θᵀx, u = w_1 x_1 + w_2 x_2), and
  the third, the loss, is written in the prediction (L, J, E, ℓ); a parameter is
  a name the linear part holds (w, b, w_j, w_2, θ_j, β_1), and σ′(z) or dσ/dz is
  ∂(prediction)/∂(linear part);
* the page's model IS the model: the prediction σ of the linear part as the page
  writes it, and the loss the cost of one example (noted);
* each lemma ∂A/∂B = v₁ = v₂ … (A, B among the three names and the parameters) is its own
  chain: v₁ is judged against the true ∂A/∂B, computed from the definitions by
  ``sympy.diff`` (never from what the page writes), and each vᵢ₊₁ against vᵢ;
* a product of such symbols (∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂w) stands for the product of
  their true values, each symbol needing a lemma on the page (its line noted),
  so a wrong lemma is wrong at its own line and never carried on; a product whose
  links do not make ∂L/∂w (a factor missing) is judged as any wrong step;
* the derivation of ∂L/∂w (one or several displays opening with it) is checked
  as every derivation is, and ends at the gradient only if its last line is it.

A chain is a display, or a row of an alignment (``\\begin{align*} … \\\\ …``), a row or
display opening with '=' going on with the chain before it; where the label carries
the example's mark (y_i, x_i) and no parameter does, the marks are dropped: one
example's loss.

Anything else on the page (a sum over examples, a second parameter's
derivation, a display that is neither a definition nor a derivative) leaves the
page to the general reader: :func:`review_chain_page` returns None and its
refusal stands. Nothing here parses with eval: each side is read by
:func:`logderiv.notation.parse_text` into the allow-listed tree.
"""

from __future__ import annotations

import dataclasses
import random
from typing import TYPE_CHECKING, Literal, Sequence

import sympy

from ..errors import InputError
from ..notation.brackets import top_level
from ..notation.document import WrittenStep
from ..record import record
from ..notation.problem import Problem
from ..records.review import LemmaReview, Review, StepReview
from .. import patterns

if TYPE_CHECKING:  # pragma: no cover
    import re

    from ..notation import Input
    from ..records.verdict import Verdict
    from ..verify.samples import Samples

__all__ = ["review_chain_page"]

#: a name of a chain-rule page: a letter, a Greek letter or a hatted one, with a subscript (w_j, w_{2}, \theta_j)
_NAME = (r"(?:\\hat\s*\{\s*[A-Za-z]\s*\}|\\hat\s*[A-Za-z]|\\(?:sigma|theta|beta|ell|alpha|phi|eta|mu)(?![A-Za-z])"
         r"|\\(?:textbf|mathbf|boldsymbol|bm)\s*\{\s*[A-Za-z]\s*\}|[A-Za-zℓ])"
         r"(?:\s*_\s*(?:\{\s*[A-Za-z0-9]+\s*\}|[A-Za-z0-9]))?")
#: a bold letter's markup (\textbf{w}): the letter is the name, as the builder reads it
_BOLD = patterns.compile(r"\\(?:textbf|mathbf|boldsymbol|bm)\{(?P<letter>[A-Za-z])\}")
#: ∂A/∂B (or dA/dB) as a LaTeX fraction, or σ′(B) (σ' (z), \sigma^\prime(z)): the prediction's derivative
_DERIVATIVE = patterns.compile(
    # (the differentiated name may be braced after its operator, \partial{E}, as a Q&A's MathJax writes it)
    rf"\\[dt]?frac\s*\{{\s*(?:\\partial|d)\s*\{{?\s*(?P<top>{_NAME})\s*\}}?\s*(?:\([^()]*\)\s*)?\}}"
    rf"\s*\{{\s*(?:\\partial|d)\s*\{{?\s*(?P<below>{_NAME})\s*\}}?\s*\}}"
    rf"|\\sigma\s*(?:'|\^\s*\{{?\s*\\prime\s*\}}?)\s*\(\s*(?P<of>{_NAME})\s*\)")
#: what may stand between the factors of a product of derivatives: brackets, a product sign, space
_BETWEEN_FACTORS = patterns.compile(r"(?:\\left|\\right|\\big|\\Big|[()]|\\cdot|\\times|\s)*")
#: the prediction's definition: σ of the linear part, whatever its name
_SIGMOID_OF = patterns.compile(rf"\s*\\sigma\s*\(\s*(?P<of>{_NAME})\s*\)\s*")
#: a name on the left of a definition, with the arguments a loss may list (L(y, \hat{y}), σ(z))
_DEFINED = patterns.compile(rf"\s*(?P<name>{_NAME})\s*(?:\((?P<arguments>[^()]*)\))?\s*")
#: a display holding a sum, a tag, an example's mark ^{(i)} or an environment other than an alignment: not the
#: shape read here
_OTHER_SHAPE = patterns.compile(r"\\begin(?!\s*\{\s*(?:align|aligned|split)\*?\s*\})|\\sum|\\tag|\^\s*\{?\s*\(")
#: an alignment's markup, blanked where its rows are read: \begin{align*}, \end{aligned}, the '&' of a column
_ALIGNMENT = patterns.compile(r"\\(?:begin|end)\s*\{\s*(?:align|aligned|split)\*?\s*\}|&")
#: a row break of an alignment: \\, or \\\\ where Markdown escapes each backslash
_ROW_BREAK = patterns.compile(r"\\\\(?:\\\\)?")
#: the example's mark i on a label, a prediction or a feature vector (y_i, \hat{y}_i, \hat{y_i}, \textbf{x}_i)
_EXAMPLE_MARK = patterns.compile(
    r"(?P<name>(?<![A-Za-z\\])[xy]|\\hat\s*\{\s*y\s*\}|\\hat\s*\{\s*y|\\(?:textbf|mathbf)\s*\{\s*[xy]\s*\})"
    r"\s*(?P<mark>_\s*(?:\{\s*i\s*\}|i))(?![A-Za-z0-9])")
#: a marked label (y_i, \hat{y}_i): where the label carries it, i is the example's index
_MARKED_LABEL = patterns.compile(r"(?<![A-Za-z\\])y\s*_\s*(?:\{\s*i\s*\}|i)(?![A-Za-z0-9])")
#: a parameter indexed by i (w_i, \theta_i): then i may count the features, and no mark is dropped
_PARAMETER_BY_I = patterns.compile(r"(?:(?<![A-Za-z\\])w|\\theta|\\beta)\s*_\s*(?:\{\s*i\s*\}|i)(?![A-Za-z0-9])")
#: a page name's LaTeX as it is shown in a note (\hat{y} as ŷ, \theta as θ)
_SHOWN = {"\\hat{y}": "ŷ", "\\haty": "ŷ", "\\theta": "θ", "\\beta": "β", "\\ell": "ℓ", "\\alpha": "α",
          "\\phi": "φ", "\\eta": "η", "\\mu": "μ", "\\sigma": "σ"}


def _canonical(name: str) -> str:
    """A name as the chain knows it: its spaces and a subscript's braces dropped, \\hat{y} as ŷ, W as w."""
    compact = _BOLD.sub(lambda found: found.group("letter"), "".join(name.split()))
    head, _, index = compact.partition("_")
    head = "w" if head == "W" else _SHOWN.get(head, head)
    return f"{head}_{index.strip('{}')}" if index else head


#: an index's letters and digits as subscripts, for a name shown in a note (β_1 as β₁, w_j as wⱼ)
_SUBSCRIPTS = str.maketrans("0123456789jikn", "₀₁₂₃₄₅₆₇₈₉ⱼᵢₖₙ")


def _shown(name: str) -> str:
    """A canonical name as a note shows it: its index set as a subscript where Unicode has one (β_1 as β₁)."""
    head, _, index = name.partition("_")
    subscript = index.translate(_SUBSCRIPTS)
    return head + subscript if index and all(not letter.isascii() for letter in subscript) else name


@record
class _Names:
    """The page's three names by their place in the chain: the loss (0), the prediction (1), the linear part (2);
    any other name (a parameter, 3) is what the linear part is differentiated by."""

    loss: str
    prediction: str
    linear: str
    #: the parameter whose derivation is reviewed (w, b, w_2, θ_j): the lemmas by any other are of its own
    parameter: str = ""
    #: whether the page defines no linear part: σ's argument (the logit s of z = σ(s)) is a name defined nowhere,
    #: the variable the page differentiates by — the linear part is that variable itself
    logit: bool = False
    #: whether the prediction is the linear part itself (ŷ = wx + b, no σ: a regression's chain L → ŷ → w); then
    #: ``linear`` names the prediction too
    identity: bool = False

    def level(self, name: str) -> int:
        """The name's place in the chain: 0 the loss, 1 the prediction (σ stands for it), 2 the linear part, 3 else
        (the logit of a page that defines none is the variable differentiated by: 3)."""
        if name == "σ" and not self.identity:
            return 1
        if self.logit and name == self.linear:
            return 3
        return {self.loss: 0, self.prediction: 1, self.linear: 2}.get(name, 3)

    def link(self, found: "re.Match[str]") -> tuple[str, str]:
        """∂top/∂below of a derivative symbol the page writes, σ′(z) and dσ/dz read as ∂ŷ/∂z."""
        if found.group("of") is not None:
            return self.prediction, _canonical(found.group("of"))
        top = _canonical(found.group("top"))
        return (self.prediction if top == "σ" else top), _canonical(found.group("below"))


def _top_level_sides(maths: str) -> list[tuple[int, int]]:
    """The spans of the sides of ``maths`` split at each '=' outside brackets."""
    cuts = [-1, *top_level(maths, "="), len(maths)]
    return [(before + 1, after) for before, after in zip(cuts, cuts[1:])]


@record
class _Display:
    """One display of the page: its sides, each a written step (text, offset, line, column)."""

    sides: tuple[WrittenStep, ...]
    #: what was read past in its sides (a word before the name, punctuation set under nothing), one note each
    notes: tuple[str, ...] = ()


#: a word set before a definition's name in an alignment's row (\text{if}\qquad z &= …): prose, not the name
_LEADING_WORD = patterns.compile(r"\\text\s*\{\s*(?P<word>if|where|with|and|let|for|since|so)\s*\}(?:\s|\\q?quad(?![A-Za-z])"
                                 r"|\\[ ,;:!])*")
#: punctuation ending a row, set under or over a blank (\underset{\color{white}{\int}}{,}: a comma lowered to the
#: height of a fraction's foot), or bare: the sentence's comma or full stop, no maths. Only a blank: what prints
#: nothing (white, a phantom, nothing); \underset{s = wx}{,} sets maths under it, not read past
_TRAILING_PUNCTUATION = patterns.compile(
    r"(?:\\(?:underset|overset)\s*\{\s*(?:\\(?:(?:text)?color\s*\{\s*white\s*\}|[hv]?phantom(?![A-Za-z]))"
    r"(?:[^{}]|\{[^{}]*\})*)?\s*\}\s*\{\s*[,.]\s*\}|[,.])\s*$")


def _written(text: str, start: int, end: int, notes: list[str] | None = None) -> WrittenStep:
    """The side text[start:end] as a written step, its leading space skipped (its line and column are its own).

    A word before a name (``\\text{if}\\qquad z``) and punctuation ending the side (``\\underset{…}{,}``, a bare
    comma) are read past, each said in ``notes``: they print no maths."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    line = text.count("\n", 0, start) + 1
    word = _LEADING_WORD.match(text, start, end)
    if word is not None and word.end() < end and notes is not None:
        notes.append(f"line {line}: \\text{{{word.group('word')}}} before the name is a word of the prose, not part "
                     "of the definition: read past")
        start = word.end()
    punctuation = _TRAILING_PUNCTUATION.search(text, start, end)
    if punctuation is not None and punctuation.start() > start and notes is not None:
        if punctuation.group().strip() not in (",", "."):
            notes.append(f"line {line}: {' '.join(punctuation.group().split())} sets a comma or full stop under a blank, "
                         "the sentence's punctuation: read past")
        end = punctuation.start()
        while end > start and text[end - 1].isspace():
            end -= 1
    line = text.count("\n", 0, start) + 1
    return WrittenStep(text[start:end], start, line, start - text.rfind("\n", 0, start) - 1)


def _displays(text: str) -> list[_Display] | None:
    """The page's chains split into sides, or None when a display is not of the shape read here.

    An alignment's rows (``\\frac{\\partial L}{\\partial \\hat{y}} &= … \\\\ \\frac{\\partial \\hat{y}}{\\partial z}
    &= …``) are chains of their own, a row opening with '=' going on with the row before; so does a display
    opening with '=' (``$$= \\frac{e^{-z}}{(1 + e^{-z})^2}$$`` under the display it continues). Offsets stay the
    page's.
    """
    from ..notation.notes import display_blocks

    found: list[_Display] = []
    blocks = display_blocks(text, inline=False)
    if not blocks:
        # a page whose maths is all inline (an interview answer's bullets: Let $\hat{y} = \sigma(z)$ where
        # $z = w^Tx + b$ …): its equations are the displays; a formula without '=' ($\sigma$, $\hat{y}(1-\hat{y})$ in
        # the prose) is a word of the prose, no chain (cold24)
        blocks = [block for block in display_blocks(text, inline=True)
                  if top_level(text[block.maths[0]:block.maths[1]], "=")]
    for block in blocks:
        start, end = block.maths
        if _OTHER_SHAPE.search(text[start:end]):
            return None
        maths = _ALIGNMENT.sub(lambda markup: " " * len(markup.group()), text[start:end])
        # the sides are read from the page with the alignment's markup blanked, at the page's offsets
        masked = text[:start] + maths + text[end:]
        cuts = [(0, 0), *((row.start(), row.end()) for row in _ROW_BREAK.finditer(maths)), (len(maths), len(maths))]
        for (_, row_start), (row_end, _) in zip(cuts, cuts[1:]):
            row = maths[row_start:row_end]
            if not row.strip():
                continue
            said: list[str] = []
            sides = [_written(masked, start + row_start + a, start + row_start + b, said)
                     for a, b in _top_level_sides(row)]
            if len(sides) < 2:
                return None
            if sides[0].text:
                found.append(_Display(tuple(sides), tuple(said)))
            elif found:
                found[-1] = _Display((*found[-1].sides, *sides[1:]), (*found[-1].notes, *said))
            else:
                return None
    return found or None


class _Chain:
    """The page's model: the loss of the prediction, the prediction σ of the linear part, the linear part in the
    parameters; the true ∂A/∂B of any two of its names."""

    def __init__(self, problem: Problem, names: _Names) -> None:
        from ..notation.symbols import function

        self.problem, self.names = problem, names
        if names.identity:
            # ŷ = wx + b: the prediction is the linear part, the page's one definition
            self.prediction = self.z = next(name for name in problem.definitions if isinstance(name, sympy.Symbol))
            self.linear = problem.definitions[self.prediction]
            self.activation = self.prediction
            return
        # the prediction is the definition σ(…) of the other one, the linear part: a lemma's σ(z) or e^{−z} is of the
        # page's z, whatever the page calls it
        self.prediction = next(name for name, value in problem.definitions.items()
                               if isinstance(name, sympy.Symbol) and value.func == function("sigmoid"))
        if names.logit:
            # z = σ(s), s the variable itself: the linear part is s
            self.z = self.linear = problem.wrt
        else:
            self.z = next(name for name in problem.definitions if name != self.prediction)
            self.linear = problem.definitions[self.z]
        self.activation = problem.definitions[self.prediction]

    def parameter(self, name: str) -> sympy.Expr:
        """The symbol the derivation's parameter stands for (wⱼ, entry by entry, for a vector w), or a stand-in that
        is no name of the model when ``name`` is another one (its lemmas are of a derivation of its own)."""
        return self.problem.wrt if name == self.names.parameter else sympy.Symbol("__none__")

    def derivative(self, top: str, below: str) -> sympy.Expr:
        """∂top/∂below, worked from the definitions by sympy.diff (the page's own lemmas play no part)."""
        u, v = sympy.Dummy("u"), sympy.Dummy("v")
        if self.names.identity:
            # L of ŷ, ŷ = wx + b: ∂L/∂ŷ with ŷ a variable of its own, ∂ŷ/∂w of the linear part, ∂L/∂w through both
            loss = self.problem.cost.subs(self.prediction, u)
            level, below_level = self.names.level(top), self.names.level(below)
            if level == 0 and below_level == 2:
                return sympy.diff(loss, u).subs(u, self.prediction)
            if level == 0:
                return sympy.diff(loss, u).subs(u, self.prediction) * sympy.diff(self.linear, self.parameter(below))
            return sympy.diff(self.linear, self.parameter(below))
        # each name as a function of the next one down the chain
        of_next = {0: self.problem.cost.subs(self.prediction, u), 1: self.activation.func(v), 2: self.linear}
        variable = {0: u, 1: v, 2: None}
        level, below_level = self.names.level(top), self.names.level(below)
        expr = of_next[level]
        while level + 1 < below_level:
            inner = variable[level]
            assert inner is not None, "only the linear part is a function of the parameters"
            level += 1
            expr = expr.subs(inner, of_next[level])
        by = variable[level] if below_level == level + 1 and level < 2 else self.parameter(below)
        from ..engine.algebra import collapse_deltas

        result = sympy.diff(expr, by).subs(v, self.z).subs(u, self.prediction)
        # Σₖ δⱼₖ xₖ is xⱼ, and σ(z) is the page's ŷ: the value shown as the page would write it
        collapsed = collapse_deltas(result)
        result = collapsed[1] if collapsed is not None else result
        return result.subs(self.activation.func(self.linear), self.prediction).subs(self.activation, self.prediction)


def _loss_of_the_preset(problem: Problem, cost: str, prediction: str, loss: str = "L") -> str | None:
    """The note saying the page's one-example loss is --cost's term, or None when it is not that term.

    Checked at random points of ŷ ∈ (0, 1) and y ∈ [0, 1], both costs read as functions of ŷ and y alone (the
    page's prediction is the symbol named ``prediction``, the preset's h).
    """
    from ..notation import parse_text, read_lets, single_example
    from ..notation.builder import build_problem
    from ..presets import find_preset

    preset = find_preset(cost)
    if preset is None:
        return None
    term = single_example.one_example_term(parse_text(preset.cost, input="plain").tree)
    if term is None:
        return None
    try:
        one = build_problem(term[0], source=preset.cost, wrt=parse_text("theta_j", input="plain").tree,
                            wrt_source="theta_j", lets=read_lets(preset.lets, input="plain")[0])
    except InputError:
        return None
    draw = random.Random(21)
    for _ in range(5):
        label, guess = draw.uniform(0, 1), draw.uniform(0.05, 0.95)

        def value(expr: sympy.Expr, named: str) -> complex:
            at = {named: guess, "y": label}
            return complex(expr.subs({s: at[s.name] for s in expr.free_symbols
                                      if isinstance(s, sympy.Symbol) and s.name in at}).evalf())

        try:
            if abs(value(one.cost, "h") - value(problem.cost, prediction)) > 1e-9:
                return None
        except TypeError:
            return None  # a name other than ŷ and y left: not the same loss
    return (f"the page's {loss} is one example's loss, the term of --cost {preset.name} over the examples; its model "
            "is the page's own (ŷ = σ(z) with its z): the derivation is judged as that example's gradient")


def _example_marks_dropped(text: str) -> tuple[str, list[str]]:
    """``text`` with the one example's marks blanked (y_i, \\hat{y}_i, \\textbf{x}_i: same length, same lines) and a
    note, where the label carries the mark and no parameter does: the page's loss is one example's (a chain page
    sums over nothing), so i names that example, as x and y of the per-example convention."""
    if not _MARKED_LABEL.search(text) or _PARAMETER_BY_I.search(text):
        return text, []
    marks = list(_EXAMPLE_MARK.finditer(text))
    for found in reversed(marks):
        start, end = found.span("mark")
        text = text[:start] + " " * (end - start) + text[end:]
    return text, ["the page's loss is one example's, and i marks that example (y_i, x_i): each mark dropped, x and y "
                  "read as the example's, the derivation judged as that example's gradient"]


def review_chain_page(text: str, *, cost: str | None = None, input: "Input" = "auto") -> Review | None:
    """The review of a chain-rule page (the module's docstring), or None when ``text`` is not one."""
    text, marks = _example_marks_dropped(text)
    displays = _displays(text)
    if displays is None or input == "plain":
        return None
    marks = [*marks, *(note for display in displays for note in display.notes)]
    definitions: dict[str, _Display] = {}
    found: list[tuple["re.Match[str]", _Display]] = []
    sigmoids: list[_Display] = []
    for display in displays:
        first = display.sides[0].text
        derivative = _DERIVATIVE.fullmatch(first)
        defined = _DEFINED.fullmatch(first)
        if derivative is not None:
            found.append((derivative, display))
        elif defined is not None and _canonical(defined.group("name")) == "σ" and defined.group("arguments"):
            sigmoids.append(display)  # σ(z) = 1/(1 + e^{−z}): the function's own definition, checked below
        elif defined is not None and _canonical(defined.group("name")) not in definitions:
            definitions[_canonical(defined.group("name"))] = display
        else:
            return None
    names = _names(definitions)
    if names is None or not found:
        return None
    derivatives = [(*names.link(match), display) for match, display in found]
    targets = list(dict.fromkeys(below for top, below, _ in derivatives
                                 if top == names.loss and names.level(below) == 3))
    by_parameters = {below for _, below, _ in derivatives if names.level(below) == 3}
    prediction = definitions[names.prediction].sides
    if not targets or set(targets) != by_parameters or not _defines_sigma(prediction[2:]) \
            or not all(_defines_sigma(sigmoid.sides[1:]) for sigmoid in sigmoids):
        return None  # ∂z/∂b with no ∂L/∂b would go unreviewed: not this shape
    if names.logit and targets != [names.linear]:
        # z = σ(s), s defined nowhere, differentiated by b or u: how s holds them the page does not say (in words, or
        # not at all), and read as the logit they would make z = σ(b), a model the page never writes
        other = next(target for target in targets if target != names.linear)
        step = next(display.sides[0] for top, below, display in derivatives if top == names.loss and below == other)
        raise InputError(f"the page differentiates {names.loss} by {_shown(other)}, but its {names.prediction} is "
                         f"σ({_shown(names.linear)}) and {_shown(names.linear)} is defined nowhere on the page: how "
                         f"{_shown(names.linear)} holds {_shown(other)} is not said, so ∂{names.prediction}/"
                         f"∂{_shown(other)} cannot be worked out", source=text, column=step.offset, line=step.line,
                         hint=f"define {_shown(names.linear)} in a display of its own ($${_latex(names.linear)} = w x + b$$), "
                              f"or derive ∂{names.loss}/∂{_shown(names.linear)}, by the logit itself")
    reviews = []
    for target in targets:
        review = _review(text, definitions, derivatives, dataclasses.replace(names, parameter=target), cost, marks)
        if review is None:
            return None
        reviews.append(review)
    return reviews[0] if len(reviews) == 1 else _merged(reviews)


def _names(definitions: dict[str, _Display]) -> _Names | None:
    """The page's loss, prediction and linear part, told apart by their definitions, or None when the three
    definitions are not a chain: exactly one is σ of another (the prediction of the linear part), the third the
    loss; a linear part rewritten (z = wᵀx + b = Σⱼ wⱼxⱼ + b) is not the shape read here."""
    if len(definitions) not in (2, 3):
        return None
    predictions = [(name, of) for name, display in definitions.items()
                   if (of := _sigmoid_argument(display.sides[1].text)) is not None]
    if len(definitions) == 2 and len(predictions) == 1 and predictions[0][1] not in definitions \
            and _a_logit(predictions[0][1]):
        # E of z, z = σ(s), s defined nowhere: the slide's ∂E/∂s, the loss's derivative by the logit, which the
        # page differentiates by as the variable it is (the loss one example's)
        prediction, logit = predictions[0]
        return _Names(next(name for name in definitions if name != prediction), prediction, logit, logit=True)
    if len(definitions) == 2 and not predictions:
        return _regression_names(definitions)
    if len(definitions) != 3:
        return None
    if len(predictions) != 1 or predictions[0][1] not in definitions or predictions[0][1] == predictions[0][0]:
        return None
    prediction, linear = predictions[0]
    if len(definitions[linear].sides) != 2:
        return None
    loss = next(name for name in definitions if name not in (prediction, linear))
    return _Names(loss, prediction, linear)


def _regression_names(definitions: dict[str, _Display]) -> _Names | None:
    """The loss and the prediction of a page whose prediction is the linear part itself (L = (ŷ − y)², ŷ = wx + b: a
    regression's chain, no σ), or None: the prediction one side that writes neither the other name nor σ, the loss
    written in the prediction's name."""
    compact = {name: "".join(display.sides[1].text.split()) for name, display in definitions.items()}
    written = {name: "".join(_written_name(display).split()) for name, display in definitions.items()}
    for prediction, loss in (tuple(definitions), tuple(reversed(definitions))):
        if len(definitions[prediction].sides) != 2 or len(definitions[loss].sides) != 2:
            continue
        if written[prediction] in compact[loss] and written[loss] not in compact[prediction] \
                and "\\sigma" not in compact[prediction] and "\\sigma" not in compact[loss]:
            return _Names(loss, prediction, prediction, identity=True)
    return None


def _a_logit(name: str) -> bool:
    """Whether σ's argument may be the variable a page differentiates by: one letter, no parameter's or data's name
    (s, z, a, u, t; not w, θ, x or y, whose σ(w) would be another model's, nor a sum's index)."""
    from ..notation.vocabulary import DATA_VECTORS, PARAMETER_VECTORS, PER_EXAMPLE

    return len(name) == 1 and name.isascii() and name.isalpha() and name not in {*DATA_VECTORS, *PARAMETER_VECTORS,
                                                                                 *PER_EXAMPLE, "b", "t", "e", "i", "j",
                                                                                 "k", "m", "n"}


def _sigmoid_argument(side: str) -> str | None:
    """The name ``side`` is σ of: z of ``\\sigma(z)``, or of ``\\frac{1}{1 + e^{-z}}`` written out (the sigmoid's
    values at a few points), or None."""
    named = _SIGMOID_OF.fullmatch(side)
    if named is not None:
        return _canonical(named.group("of"))
    from ..notation import parse_text
    from ..notation.builder import build_expression

    try:
        built = build_expression(parse_text(side, input="latex").tree, source=side).expr
    except InputError:
        return None
    names = [symbol.name for symbol in built.free_symbols if isinstance(symbol, sympy.Symbol)]
    return names[0] if len(names) == 1 and _defines_sigma([WrittenStep(side, 0, 1, 0)]) else None


def _defines_sigma(sides: Sequence[WrittenStep]) -> bool:
    """Whether each side after ``σ(z)`` in ŷ's definition (``\frac{1}{1 + e^{-z}}``) is σ(z) (at a few points),
    z whatever one name the side is written in (the page's linear part, or the variable of σ's own definition).

    It is a definition, not a step; but a page whose σ(z) = 1/(1 − e^{−z}) would be read with another σ than it
    writes, so it is left to the general reader (and its refusal) rather than read past.
    """
    from ..notation import parse_text
    from ..notation.builder import build_expression
    from ..notation.symbols import function

    for side in sides:
        try:
            built = build_expression(parse_text(side.text, input="latex").tree, source=side.text).expr
        except InputError:
            return False
        names = {symbol.name: symbol for symbol in built.free_symbols if isinstance(symbol, sympy.Symbol)}
        if len(names) != 1:
            return False
        z = next(iter(names.values()))
        sigma = function("sigmoid")
        for at in (-1.7, 0.3, 2.9):
            if abs(complex(built.subs(z, at).evalf()) - complex(sigma(at).evalf())) > 1e-12:
                return False
    return True


def _merged(reviews: Sequence[Review]) -> Review:
    """The reviews of ∂L/∂w and ∂L/∂b on one page as one: steps in turn, the lemmas once, the page ending at the
    gradient only if every derivation does (as :func:`logderiv.services.steps` merges a page's derivations)."""
    from ..printing.expressions import show_unicode

    worst_first = ("wrong", "unfinished", "gradient")
    first = reviews[0]
    steps: list[StepReview] = []
    parts: list[tuple[int, str]] = []
    lemmas: list[LemmaReview] = []
    notes: list[str] = []
    said = []
    for review in reviews:
        derivative = f"∂{review.name}/∂{show_unicode(review.problem.wrt)}"
        if review is not first:
            parts.append((len(steps) + 1, derivative))
        said.append(f"{derivative} (line {review.steps[0].written.line}) ends "
                    + ("at the gradient" if review.ending == "gradient" else review.ending))
        steps += [dataclasses.replace(step, number=len(steps) + step.number) for step in review.steps]
        lemmas += [lemma for lemma in review.lemmas
                   if all(lemma.statement.offset != other.statement.offset for other in lemmas)]
        notes += review.notes
    worst = min(reviews, key=lambda review: worst_first.index(review.ending))
    notes.insert(0, f"the page holds {len(reviews)} derivations, each of the cost by a parameter of its own: each is "
                    f"checked on its own, its steps listed in turn; the page ends at the gradient only if every one "
                    f"does: {'; '.join(said)}")
    lemmas.sort(key=lambda lemma: lemma.statement.offset)
    by = worst.problem.wrt if worst.problem.wrt != first.problem.wrt else None
    return dataclasses.replace(first, steps=tuple(steps), ending=worst.ending, ending_check=worst.ending_check,
                               gradient=worst.gradient, gradient_wrt=by, notes=tuple(dict.fromkeys(notes)),
                               lemmas=tuple(lemmas), parts=tuple(parts))


def _written_name(display: _Display) -> str:
    """The name a definition defines, as the page writes it (``\\hat{y}``, ``z``), its arguments left off."""
    defined = _DEFINED.fullmatch(display.sides[0].text)
    assert defined is not None, "a definition's first side is a name"
    return defined.group("name")


def _latex(name: str) -> str:
    """A canonical name written back in LaTeX, as --wrt reads it: θ_j as \\theta_{j}."""
    head, _, index = name.partition("_")
    head = {shown: latex for latex, shown in _SHOWN.items()}.get(head, head)
    return f"{head}_{{{index}}}" if index else head


def _lines(*numbers: int) -> str:
    """``line 3`` or ``lines 3 and 5``: the page's lines, each once."""
    unique = list(dict.fromkeys(numbers))
    return f"line {unique[0]}" if len(unique) == 1 else f"lines {', '.join(map(str, unique[:-1]))} and {unique[-1]}"


def _review(text: str, definitions: dict[str, _Display], derivatives: list[tuple[str, str, _Display]],
            names: _Names, cost: str | None, marks: Sequence[str] = ()) -> Review | None:
    from ..engine.driver import derive_problem
    from ..notation import parse_text
    from ..notation.builder import build_expression
    from ..notation.symbols import function
    from ..verify.costs import read_cost
    from ..verify.samples import Samples

    loss = definitions[names.loss].sides
    prediction = definitions[names.prediction].sides
    linear = prediction if names.logit else definitions[names.linear].sides
    if len(loss) != 2:
        return None
    lets: tuple[str, ...] = (
        (f"{_written_name(definitions[names.prediction])} = {prediction[1].text}",) if names.identity else
        (f"{_written_name(definitions[names.prediction])} = \\sigma({_latex(names.linear)})",) if names.logit else
        (f"{_written_name(definitions[names.prediction])} = \\sigma({_written_name(definitions[names.linear])})",
         f"{_written_name(definitions[names.linear])} = {linear[1].text}"))
    wrt = _latex(names.parameter)
    try:
        problem = read_cost(loss[1].text, wrt=wrt, let=lets, input="latex")
        if "_" not in wrt and not isinstance(problem.wrt, sympy.Symbol):
            # w of z = wᵀx + b is the vector, its derivative taken entry by entry: read as wⱼ, as the page means
            problem = read_cost(loss[1].text, wrt=f"{wrt}_j", let=lets, input="latex")
    except InputError:
        return None
    model = [value for name, value in problem.definitions.items() if isinstance(name, sympy.Symbol)]
    if len(model) != (1 if names.logit or names.identity else 2) \
            or sum(value.func == function("sigmoid") for value in model) != (0 if names.identity else 1):
        return None
    notes = [*problem.notes, *marks]
    chain = _Chain(problem, names)
    if cost is not None:
        said = _loss_of_the_preset(problem, cost, chain.prediction.name, names.loss)
        if said is None:
            return None
        notes.append(said)
    if sympy.diff(chain.linear, problem.wrt) == 0 or not problem.cost.has(chain.prediction):
        # ∂L/∂y by the label, a parameter the linear part does not hold, or a loss written in another letter than
        # the prediction: no chain of the page's three names
        return None
    if names.identity and (not chain.linear.is_polynomial(problem.wrt) or sympy.diff(chain.linear, problem.wrt, 2) != 0):
        # ŷ = e^{wx}, ŷ = w²x: no σ, but no linear part either — the note's "the linear part itself" would misname
        # the model the lemmas are judged with (audit27b)
        return None
    problem = dataclasses.replace(problem, name=names.loss)
    samples = Samples()
    if names.identity:
        notes.append(f"lines {loss[0].line} and {prediction[0].line} define the page's model: {names.loss} of one "
                     f"example's prediction {names.prediction} = {' '.join(prediction[1].text.split())}, the linear "
                     "part itself (no σ); that model is the model the derivation is judged with")
    elif names.logit:
        where = _lines(loss[0].line, prediction[0].line)
        notes.append(f"{where} {'define' if where.startswith('lines') else 'defines'} the page's model: {names.loss} of one "
                     f"example's prediction {names.prediction} = σ({names.linear}), and {names.linear}, σ's input (the "
                     f"logit), is defined nowhere: it is the variable the page differentiates by, so the derivation is "
                     f"judged as ∂{names.loss}/∂{names.linear} of that model")
    else:
        notes.append(f"lines {loss[0].line}, {prediction[0].line} and {linear[0].line} define the page's model: "
                     f"{names.loss} of one example's prediction {names.prediction} = σ({names.linear}), {names.linear} "
                     f"= {' '.join(linear[1].text.split())}; that model is the model the derivation is judged with")

    def read(step: WrittenStep) -> sympy.Expr:
        try:
            built = build_expression(parse_text(step.text, input="latex").tree, source=step.text,
                                     definitions_of=problem)
        except InputError as error:
            column = step.offset + min(error.column or 0, len(step.text))
            raise InputError(error.message, source=text, column=column, hint=error.hint,
                             line=text.count("\n", 0, column) + 1) from None
        for note in built.notes:
            if note.startswith("x⁽ⁱ⁾ is the feature vector of example i"):
                # the builder's word for an answer about J; here L is one example's loss and x its features
                note = ("x is the example's feature vector, read entry by entry as xⱼ: the derivative by the "
                        "weights is compared entry by entry")
            if note not in notes:
                notes.append(note)
        return built.expr

    # ∂L/∂b beside ∂L/∂w is a derivation of its own (reviewed with b), never a lemma of ∂L/∂w's
    lemma_lines = {(top, below): display.sides[0].line for top, below, display in derivatives
                   if not (top == names.loss and names.level(below) == 3)}

    def product(step: WrittenStep) -> sympy.Expr | None:
        """A product of derivative symbols as the product of their true values, or None when ``step`` is not one."""
        factors = list(_DERIVATIVE.finditer(step.text))
        rest = _DERIVATIVE.sub("", step.text)
        if not factors or not _BETWEEN_FACTORS.fullmatch(rest):
            return None
        value: sympy.Expr = sympy.Integer(1)
        named = []
        for factor in factors:
            top, below = names.link(factor)
            if (top, below) not in lemma_lines and names.logit and names.level(top) == 1 and names.level(below) == 3:
                # ∂z/∂s of z = σ(s) as the page defines it: the derivative of σ by its own input, nothing unsaid
                named.append(f"∂{_shown(top)}/∂{_shown(below)}")
                value *= chain.derivative(top, below)
                notes.append(f"line {step.line}: ∂{_shown(top)}/∂{_shown(below)} has no lemma on the page: read as the "
                             f"derivative of {_shown(top)} = σ({_shown(below)}), its definition, by {_shown(below)}")
                continue
            if (top, below) not in lemma_lines:
                raise InputError(f"∂{_shown(top)}/∂{_shown(below)} has no lemma on the page: the product's factors are "
                                 "each read as the value a lemma derives, and this one derives none", source=text,
                                 column=step.offset + factor.start(), line=step.line,
                                 hint=f"derive ∂{_shown(top)}/∂{_shown(below)} on a line of its own before the product")
            if names.level(top) >= names.level(below):
                return None
            value *= chain.derivative(top, below)
            named.append(f"∂{_shown(top)}/∂{_shown(below)}")
        lines = ", ".join(f"line {lemma_lines[names.link(factor)]}" for factor in factors
                          if names.link(factor) in lemma_lines) or "none on the page"
        notes.append(f"line {step.line}: {' · '.join(named)} read as the lemmas' values ({lines}), each the true "
                     "derivative, its lemma checked at its own line")
        return value

    def judged(before: sympy.Expr, after: sympy.Expr, step: WrittenStep, number: int,
               diagnosed: bool) -> StepReview:
        from .check import judge

        verdict: Verdict = judge(before, after, problem, samples=samples, final=False, diagnosed=diagnosed,
                                 wording=("this line", "the previous line"))
        if verdict.verdict == "undecided" or verdict.check is None:
            raise InputError(f"line {step.line} could not be checked: it is undefined at every random point tried",
                             source=text, column=step.offset, line=step.line)
        return StepReview(number, step, after, verdict.verdict == "equivalent", verdict.check,
                          verdict.counterexample, verdict.diagnosis)

    def chain_of(start: sympy.Expr, sides: Sequence[WrittenStep]) -> list[StepReview]:
        reviews: list[StepReview] = []
        previous = start
        for side in sides:
            line = product(side)
            if line is None:
                line = read(side)
            reviews.append(judged(previous, line, side, len(reviews) + 1,
                                  all(review.valid for review in reviews)))
            previous = line
        return reviews

    lemmas: list[LemmaReview] = []
    steps: list[StepReview] = []
    ends: list[StepReview] = []  # the last step of each display deriving ∂L/∂w: each is a derivation's ending
    start = sympy.Derivative(problem.cost, problem.wrt, evaluate=False)
    for top, below, display in derivatives:
        if names.level(below) == 3 and below != names.parameter:
            continue  # ∂L/∂b or ∂z/∂b beside ∂L/∂w: reviewed with b, its own parameter
        if top == names.loss and below == names.parameter:
            # a display opening with ∂L/∂w states ∂L/∂w = …, true or not on its own: its first side is judged against
            # ∂L/∂w, never against the end of a display before it (the slide's wrong ending would call the asker's
            # right product wrong, and pass a wrong one that repeats it); a row opening with '=' is one display's
            continued = chain_of(start, display.sides[1:])
            steps += [dataclasses.replace(review, number=len(steps) + number)
                      for number, review in enumerate(continued, start=1)]
            ends.append(steps[-1])
            continue
        if names.level(top) >= names.level(below):
            return None
        truth = chain.derivative(top, below)
        lemmas.append(LemmaReview(None, display.sides[0], tuple(chain_of(truth, display.sides[1:])), start=truth))
        span = display.sides[0].line
        notes.append(f"line {span}: ∂{_shown(top)}/∂{_shown(below)} is a lemma of the page's model, its first value "
                     "checked against the derivative sympy works from the definitions, each later one against the one "
                     "before it")
    gradient = derive_problem(problem).result
    from .check import judge

    ending_verdict = judge(gradient, steps[-1].expression, problem, samples=samples, final=False, diagnosed=False,
                           wording=("this line", "the gradient"))
    assert ending_verdict.check is not None, "judge's verdicts carry their check"
    # ∂E/∂s derived on the slide, then derived again by the asker: each display is a derivation of its own, and the
    # page ends at the gradient only if each does (a display ending on a product of the lemmas' symbols ends at their
    # true values); the last display's ending is the one shown
    early = [end for end in ends[:-1] if judge(gradient, end.expression, problem, samples=samples, final=False,
                                               diagnosed=False).verdict != "equivalent"]
    if early:
        notes.append(f"line {early[0].written.line}: the derivation of ∂{names.loss}/∂{_shown(names.parameter)} ending "
                     "there is not the gradient, though a later display derives it again: the page ends wrong, as a "
                     "page ends at the gradient only if each of its derivations does")
    ending: Literal["gradient", "unfinished", "wrong"] = (
        "wrong" if ending_verdict.verdict != "equivalent" or early
        else "unfinished" if steps[-1].expression.has(sympy.Derivative) else "gradient")
    return Review(problem=problem, start=start, gradient=gradient, steps=tuple(steps), ending=ending,
                  ending_check=ending_verdict.check, notation="latex", name=names.loss,
                  notes=tuple(dict.fromkeys(notes)), lemmas=tuple(lemmas))
