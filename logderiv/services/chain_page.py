"""A deep-learning chain-rule page: the pieces derived as lemmas, then multiplied into ∂L/∂w.

The derivation most deep-learning notes write defines one example's loss L of a
prediction ŷ, the prediction ŷ = σ(z) and the linear part z = wᵀx + b, derives
each link of the chain on its own line (∂L/∂ŷ = …, ∂ŷ/∂z = ŷ(1 − ŷ), ∂z/∂w = x)
and then writes ∂L/∂w = ∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂w = … = (ŷ − y)x. Read as a page of
derivations of the cost, the lemmas were several derivations and the page's
model (z = W·x) was another than the preset's h: refused. Here:

* the page's model IS the model: h = σ(z) with z as the page writes it, and L
  the cost of one example (noted);
* each lemma ∂A/∂B = v₁ = v₂ … (A, B among L, ŷ, z and the parameters) is its own
  chain: v₁ is judged against the true ∂A/∂B, computed from the definitions by
  ``sympy.diff`` (never from what the page writes), and each vᵢ₊₁ against vᵢ;
* a product of such symbols (∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂w) stands for the product of
  their true values, each symbol needing a lemma on the page (its line noted),
  so a wrong lemma is wrong at its own line and never carried on; a product whose
  links do not make ∂L/∂w (a factor missing) is judged as any wrong step;
* the derivation of ∂L/∂w (one or several displays opening with it) is checked
  as every derivation is, and ends at the gradient only if its last line is it.

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
from ..records.problem import Problem
from ..records.review import LemmaReview, Review, StepReview
from .. import patterns

if TYPE_CHECKING:  # pragma: no cover
    from ..notation import Input
    from ..records.verdict import Verdict
    from ..verify.samples import Samples

__all__ = ["review_chain_page"]

#: the names of a chain-rule page, each with its place in the chain: the loss, the prediction, the linear part, a
#: parameter (dσ/dz is ∂ŷ/∂z: ŷ = σ(z); ŷ written a is not read here)
_NAME = r"(?:L|\\hat\s*\{\s*y\s*\}|\\hat\s*y|\\sigma|z|W|w|b)"
#: ∂A/∂B (or dA/dB) as a LaTeX fraction
_DERIVATIVE = patterns.compile(
    rf"\\[dt]?frac\s*\{{\s*(?:\\partial|d)\s*(?P<top>{_NAME})\s*\}}\s*\{{\s*(?:\\partial|d)\s*(?P<below>{_NAME})\s*\}}")
#: what may stand between the factors of a product of derivatives: brackets, a product sign, space
_BETWEEN_FACTORS = patterns.compile(r"(?:\\left|\\right|\\big|\\Big|[()]|\\cdot|\\times|\s)*")
#: the prediction's definition: σ of the linear part
_SIGMOID_OF_Z = patterns.compile(r"\s*\\sigma\s*\(\s*z\s*\)\s*")
#: a bare name on the left of a definition
_DEFINED = patterns.compile(rf"\s*(?P<name>{_NAME})\s*")
#: a display holding more than one equation, an environment or a sum: not the shape read here
_OTHER_SHAPE = patterns.compile(r"\\begin|\\sum|\\\\|\\tag|\^\s*\{?\s*\(")

#: each name's place in the chain
_LEVELS = {"L": 0, "ŷ": 1, "z": 2, "w": 3, "b": 3}


def _canonical(name: str) -> str:
    """A name as the chain knows it: \\hat{y} as ŷ, W as w."""
    compact = "".join(name.split())
    return {"\\hat{y}": "ŷ", "\\haty": "ŷ", "\\sigma": "ŷ", "W": "w"}.get(compact, compact)


def _top_level_sides(maths: str) -> list[tuple[int, int]]:
    """The spans of the sides of ``maths`` split at each '=' outside brackets."""
    cuts = [-1, *top_level(maths, "="), len(maths)]
    return [(before + 1, after) for before, after in zip(cuts, cuts[1:])]


@record
class _Display:
    """One display of the page: its sides, each a written step (text, offset, line, column)."""

    sides: tuple[WrittenStep, ...]


def _written(text: str, start: int, end: int) -> WrittenStep:
    """The side text[start:end] as a written step, its leading space skipped (its line and column are its own)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    line = text.count("\n", 0, start) + 1
    return WrittenStep(text[start:end], start, line, start - text.rfind("\n", 0, start) - 1)


def _displays(text: str) -> list[_Display] | None:
    """The page's displays split into sides, or None when a display is not of the shape read here."""
    from ..notation.notes import display_blocks

    found = []
    for block in display_blocks(text, inline=False):
        start, end = block.maths
        maths = text[start:end]
        if _OTHER_SHAPE.search(maths):
            return None
        sides = _top_level_sides(maths)
        if len(sides) < 2:
            return None
        found.append(_Display(tuple(_written(text, start + a, start + b) for a, b in sides)))
    return found or None


class _Chain:
    """The page's model: L of ŷ, ŷ = σ(z), z linear in the parameters; the true ∂A/∂B of any two of its names."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        named = {name.name: name for name in problem.definitions if isinstance(name, sympy.Symbol)}
        # ŷ = σ(z) and z = wᵀx + b, both the problem's definitions: a lemma's σ(z) or e^{−z} is of the page's z
        self.prediction, self.z = named["h"], named["z"]
        self.linear = problem.definitions[self.z]
        self.activation = problem.definitions[self.prediction]

    def parameter(self, name: str) -> sympy.Expr:
        """The symbol a parameter's name stands for: wⱼ (the derivative by the vector w entry by entry) or b."""
        if name == "w":
            return self.problem.wrt if "w" in str(self.problem.wrt) else sympy.Symbol("__none__")
        found = [symbol for symbol in self.linear.free_symbols if isinstance(symbol, sympy.Symbol)
                 and symbol.name == name]
        return found[0] if found else sympy.Symbol("__none__")

    def derivative(self, top: str, below: str) -> sympy.Expr:
        """∂top/∂below, worked from the definitions by sympy.diff (the page's own lemmas play no part)."""
        u, v = sympy.Dummy("u"), sympy.Dummy("v")
        # each name as a function of the next one down the chain
        of_next = {0: self.problem.cost.subs(self.prediction, u), 1: self.activation.func(v), 2: self.linear}
        variable = {0: u, 1: v, 2: None}
        level, expr = _LEVELS[top], of_next[_LEVELS[top]]
        while level + 1 < _LEVELS[below]:
            inner = variable[level]
            assert inner is not None, "only the linear part is a function of the parameters"
            level += 1
            expr = expr.subs(inner, of_next[level])
        by = variable[level] if _LEVELS[below] == level + 1 and level < 2 else self.parameter(below)
        from ..engine.algebra import collapse_deltas

        result = sympy.diff(expr, by).subs(v, self.z).subs(u, self.prediction)
        # Σₖ δⱼₖ xₖ is xⱼ, and σ(z) is the page's ŷ: the value shown as the page would write it
        collapsed = collapse_deltas(result)
        result = collapsed[1] if collapsed is not None else result
        return result.subs(self.activation.func(self.linear), self.prediction).subs(self.activation, self.prediction)


def _loss_of_the_preset(problem: Problem, cost: str) -> str | None:
    """The note saying the page's one-example loss is --cost's term, or None when it is not that term.

    Checked at random points of ŷ ∈ (0, 1) and y ∈ [0, 1], both costs read as functions of ŷ and y alone.
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
        at = {"h": draw.uniform(0.05, 0.95), "y": draw.uniform(0, 1)}

        def value(expr: sympy.Expr) -> complex:
            return complex(expr.subs({s: at[s.name] for s in expr.free_symbols
                                      if isinstance(s, sympy.Symbol) and s.name in at}).evalf())

        try:
            if abs(value(one.cost) - value(problem.cost)) > 1e-9:
                return None
        except TypeError:
            return None  # a name other than ŷ and y left: not the same loss
    return (f"the page's L is one example's loss, the term of --cost {preset.name} over the examples; its model is "
            "the page's own (ŷ = σ(z) with its z): the derivation is judged as that example's gradient")


def review_chain_page(text: str, *, cost: str | None = None, input: "Input" = "auto") -> Review | None:
    """The review of a chain-rule page (the module's docstring), or None when ``text`` is not one."""
    displays = _displays(text)
    if displays is None or input == "plain":
        return None
    definitions: dict[str, _Display] = {}
    derivatives: list[tuple[str, str, _Display]] = []
    for display in displays:
        first = display.sides[0].text
        derivative = _DERIVATIVE.fullmatch(first)
        defined = _DEFINED.fullmatch(first)
        if derivative is not None:
            derivatives.append((_canonical(derivative.group("top")), _canonical(derivative.group("below")), display))
        elif defined is not None and _canonical(defined.group("name")) not in definitions:
            definitions[_canonical(defined.group("name"))] = display
        else:
            return None
    if set(definitions) != {"L", "ŷ", "z"} or not derivatives:
        return None
    prediction, linear = definitions["ŷ"].sides, definitions["z"].sides
    if not _SIGMOID_OF_Z.fullmatch(prediction[1].text) or len(linear) != 2:
        return None
    targets = list(dict.fromkeys(below for top, below, _ in derivatives if top == "L" and _LEVELS[below] == 3))
    by_parameters = {below for _, below, _ in derivatives if _LEVELS[below] == 3}
    if not targets or set(targets) != by_parameters or not _defines_sigma(prediction[2:]):
        return None  # ∂z/∂b with no ∂L/∂b would go unreviewed: not this shape
    reviews = []
    for target in targets:
        review = _review(text, definitions, derivatives, target, cost)
        if review is None:
            return None
        reviews.append(review)
    return reviews[0] if len(reviews) == 1 else _merged(reviews)


def _defines_sigma(sides: Sequence[WrittenStep]) -> bool:
    """Whether each side after ``σ(z)`` in ŷ's definition (``\frac{1}{1 + e^{-z}}``) is σ(z) (at a few points).

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
        if set(names) != {"z"}:
            return False
        z = names["z"]
        sigma = function("sigmoid")
        for at in (-1.7, 0.3, 2.9):
            if abs(complex(built.subs(z, at).evalf()) - complex(sigma(at).evalf())) > 1e-12:
                return False
    return True


def _merged(reviews: Sequence[Review]) -> Review:
    """The reviews of ∂L/∂w and ∂L/∂b on one page as one: steps in turn, the lemmas once, the page ending at the
    gradient only if every derivation does (as :func:`logderiv.services.steps` merges a page's derivations)."""
    from ..render.printing import show_unicode

    worst_first = ("wrong", "unfinished", "gradient")
    first = reviews[0]
    steps: list[StepReview] = []
    parts: list[tuple[int, str]] = []
    lemmas: list[LemmaReview] = []
    notes: list[str] = []
    said = []
    for review in reviews:
        derivative = f"∂L/∂{show_unicode(review.problem.wrt)}"
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


def _review(text: str, definitions: dict[str, _Display], derivatives: list[tuple[str, str, _Display]],
            target: str, cost: str | None) -> Review | None:
    from ..engine.driver import derive_problem
    from ..notation import parse_text
    from ..notation.builder import build_expression
    from ..verify.costs import read_cost
    from ..verify.samples import Samples

    loss, prediction, linear = definitions["L"].sides, definitions["ŷ"].sides, definitions["z"].sides
    if len(loss) != 2:
        return None
    wrt = "w_j" if target == "w" else "b"
    try:
        problem = read_cost(loss[1].text, wrt=wrt, let=("\\hat{y} = \\sigma(z)", f"z = {linear[1].text}"),
                            input="latex")
    except InputError:
        return None
    if {name.name for name in problem.definitions if isinstance(name, sympy.Symbol)} != {"h", "z"}:
        return None
    notes = [*problem.notes]
    if cost is not None:
        said = _loss_of_the_preset(problem, cost)
        if said is None:
            return None
        notes.append(said)
    chain = _Chain(problem)
    if chain.parameter(target) == sympy.Symbol("__none__"):
        return None
    problem = dataclasses.replace(problem, name="L")
    samples = Samples()
    notes.append(f"lines {definitions['L'].sides[0].line}, {prediction[0].line} and {linear[0].line} define the "
                 "page's model: L of one example's prediction ŷ = σ(z), z = "
                 f"{' '.join(linear[1].text.split())}; that model is the model the derivation is judged with")

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
                   if not (top == "L" and _LEVELS[below] == 3)}

    def product(step: WrittenStep) -> sympy.Expr | None:
        """A product of derivative symbols as the product of their true values, or None when ``step`` is not one."""
        factors = list(_DERIVATIVE.finditer(step.text))
        rest = _DERIVATIVE.sub("", step.text)
        if not factors or not _BETWEEN_FACTORS.fullmatch(rest):
            return None
        value: sympy.Expr = sympy.Integer(1)
        named = []
        for factor in factors:
            top, below = _canonical(factor.group("top")), _canonical(factor.group("below"))
            if (top, below) not in lemma_lines:
                raise InputError(f"∂{top}/∂{below} has no lemma on the page: the product's factors are each read as "
                                 "the value a lemma derives, and this one derives none", source=text,
                                 column=step.offset + factor.start(), line=step.line,
                                 hint=f"derive ∂{top}/∂{below} on a line of its own before the product")
            if _LEVELS[top] >= _LEVELS[below]:
                return None
            value *= chain.derivative(top, below)
            named.append(f"∂{top}/∂{below}")
        lines = ", ".join(f"line {lemma_lines[_canonical(f.group('top')), _canonical(f.group('below'))]}"
                          for f in factors)
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
    start = sympy.Derivative(problem.cost, problem.wrt, evaluate=False)
    for top, below, display in derivatives:
        if _LEVELS[below] == 3 and below != target:
            continue  # ∂L/∂b or ∂z/∂b beside ∂L/∂w: reviewed with b, its own parameter
        if top == "L" and below == target:
            continued = chain_of(steps[-1].expression if steps else start, display.sides[1:])
            steps += [dataclasses.replace(review, number=len(steps) + number)
                      for number, review in enumerate(continued, start=1)]
            continue
        if _LEVELS[top] >= _LEVELS[below] or (_LEVELS[below] == 3 and chain.parameter(below) == sympy.Symbol(
                "__none__")):
            return None
        truth = chain.derivative(top, below)
        lemmas.append(LemmaReview(None, display.sides[0], tuple(chain_of(truth, display.sides[1:])), start=truth))
        span = display.sides[0].line
        notes.append(f"line {span}: ∂{top}/∂{below} is a lemma of the page's model, its first value checked against "
                     "the derivative sympy works from the definitions, each later one against the one before it")
    gradient = derive_problem(problem).result
    from .check import judge

    ending_verdict = judge(gradient, steps[-1].expression, problem, samples=samples, final=False, diagnosed=False,
                           wording=("this line", "the gradient"))
    assert ending_verdict.check is not None, "judge's verdicts carry their check"
    ending: Literal["gradient", "unfinished", "wrong"] = (
        "wrong" if ending_verdict.verdict != "equivalent"
        else "unfinished" if steps[-1].expression.has(sympy.Derivative) else "gradient")
    return Review(problem=problem, start=start, gradient=gradient, steps=tuple(steps), ending=ending,
                  ending_check=ending_verdict.check, notation="latex", name="L", notes=tuple(dict.fromkeys(notes)),
                  lemmas=tuple(lemmas))
