"""The letters of an answer: each must mean something in the problem, never an arbitrary number.

An answer is judged against the cost's gradient; a letter the cost does not
hold, that no ``--let`` defines and that has no fixed meaning (θ, w, β, x, y,
m, n, λ) cannot be compared with anything: judged as an arbitrary constant it
gives a verdict about a quantity the writer never had in mind (``Xᵀ(y − p)``
"different" because ``p`` was read as one number). Such a letter is refused
with its column (:func:`refuse_stray_letters`).

One such letter is read: a bare ``p``, ``a`` or ``f`` (bold or not, ``\\mathbf{p}``)
when the cost writes its predictions with that letter (``p_i``, ``a^{(i)}``,
``\\hat{p}``, read as the prediction h there). It is the same prediction in the
answer, as the index-form answer's ``p_i`` is: in a matrix answer the m×1 vector
of the predictions, inside a sum over examples the prediction for example i
(:func:`predictions_as_in_cost`, noted). Inside σ, an exponential or a function
(``σ(f)``) it is refused: the sigmoid of the prediction is no gradient's, so the
letter there is another quantity (the score Xw), which the text does not define.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Collection, Sequence

import sympy

from ..errors import InputError
from ..notation import symbols, tree
from ..notation import vocabulary as vocab
from ..notation.conventions import SIGMOID_LETTER
from ..notation.models import DEFAULT_PREDICTION_NOTE_START
from .. import patterns
from ..memo import remembered

__all__ = ["predictions_as_in_cost", "refuse_stray_letters", "cost_prediction_letters", "refuse_feature_of_one_x",
           "read_feature_of_one_x", "x_is_one_number", "refuse_parameters_beside_a_default_h",
           "refuse_sigmoid_slope_beside_a_default_h"]

#: the readers' note that a letter of the cost was read as the prediction: ``p_i is read as the prediction h``
_PREDICTION_NOTE = patterns.compile(r"^(?P<written>\S+) is read as the prediction h\b")

#: letters that stand for the predictions when the cost writes them so (a probability, an activation, the model
#: f_w(x⁽ⁱ⁾) of Ng's notes, whose gradient is then written (f − y)ᵀX)
_PREDICTION_LETTERS = frozenset({"p", "a", "f"})


def cost_prediction_letters(notes: Collection[str]) -> dict[str, str]:
    """The letters (p, a) the cost's notes say were read as the prediction h, each with how the cost wrote it."""
    found: dict[str, str] = {}
    for note in notes:
        match = _PREDICTION_NOTE.match(note)
        if match is None:
            continue
        written = match.group("written")
        bare = re.sub(r"\\[A-Za-z]+|[{}\s]", "", written)  # \hat{p} → p, a^{(i)} → a^(i)
        letter = bare[:1]
        if letter in _PREDICTION_LETTERS and (len(bare) == 1 or bare[1] in "_^"):
            found.setdefault(letter, written)
    return found


def predictions_as_in_cost(
    node: tree.Node, notes_of_cost: Collection[str], defined: Collection[str], *, matrix: bool, columns: bool = False,
    source: str = "",
) -> tuple[tree.Node, tuple[str, ...]]:
    """``node`` with each p (a) of the answer read as the prediction h, where the cost writes its predictions so.

    ``defined`` are the names the problem and the answer's lets define: a p defined so is that p. Such a letter
    inside the sigmoid, an exponential or a function of the answer's (``σ(f)``, ``e^{-f}``) is refused, with its
    column in ``source``: there the prediction would get the sigmoid twice, which no one writes, so the letter is
    another quantity, most likely the score Xw (``where $f = Xw$`` in the page's prose, which is not read).
    """
    letters = {letter: written for letter, written in cost_prediction_letters(notes_of_cost).items()
               if letter not in defined}
    if not letters:
        return node, ()
    used: dict[str, str] = {}
    inside: list[str] = []  # the functions around the node renamed (σ, exp, a call), innermost last

    def rename(current: tree.Node) -> tree.Node:
        if isinstance(current, tree.Variable):
            if current.name in letters and current.feature is None:
                if inside:
                    raise _inside_a_function(current, letters[current.name], inside[-1], source)
                used[current.name] = letters[current.name]
                return dataclasses.replace(current, name=vocab.PREDICTION)
            return current
        function = _function_around(current)
        if function is not None:
            inside.append(function)
            try:
                return renamed_children(current)
            finally:
                inside.pop()
        return renamed_children(current)

    def renamed_children(current: tree.Node) -> tree.Node:
        changes: dict[str, Any] = {}  # each a field of the node's own class, of that field's type
        for field in dataclasses.fields(current):
            if field.name == "span":
                continue
            value = getattr(current, field.name)
            if isinstance(value, tuple):
                renamed = tuple(rename(item) if hasattr(item, "span") else item for item in value)
                if any(new is not old for new, old in zip(renamed, value)):
                    changes[field.name] = renamed
            elif hasattr(value, "span"):
                changed = rename(value)
                if changed is not value:
                    changes[field.name] = changed
        return dataclasses.replace(current, **changes) if changes else current

    renamed = rename(node)
    what = (f"the {'1×m row' if columns else 'm×1 vector'} of the predictions h⁽ⁱ⁾, one per example" if matrix
            else "the prediction h (the model's output for example i)")
    return renamed, tuple(f"{letter} is read as {what}, as the cost's {written} is"
                          for letter, written in sorted(used.items()))


def _function_around(node: tree.Node) -> str | None:
    """The function ``node`` applies to what it holds, as the reader says it (σ, exp, g), if not the log or none.

    A log of the prediction is the cost's own (log p); the sigmoid, an exponential, tanh or a function of the
    answer's of it is no prediction's: the sigmoid of the prediction applies it twice.
    """
    if isinstance(node, tree.Apply) and node.function not in ("log", "ln"):
        return {"sigmoid": "σ"}.get(node.function, node.function)
    if isinstance(node, (tree.Call, tree.FunctionCall)):
        return node.name
    if isinstance(node, tree.Binary) and node.op == "^" and isinstance(node.left, tree.Constant) \
            and node.left.name == "e":
        return "exp"
    return None


def _inside_a_function(letter: tree.Variable, written: str, function: str, source: str) -> InputError:
    """The refusal of a letter the cost's predictions are written with, found inside ``function``."""
    return InputError(
        f"'{letter.name}' inside {function}(…) is not read as the cost's {written}, the prediction: no gradient "
        f"applies {function} to the prediction (σ of it would be the sigmoid twice), so '{letter.name}' here is "
        "another quantity, the score Xw perhaps, which the text does not define",
        source=source, column=letter.span.start if source else 0, label="ANSWER",
        hint=f"write what '{letter.name}' stands for (X w for the scores, so σ(X w) for the predictions)",
    )


@remembered("verify.letters.letters", 512)
def _letters(expr: sympy.Basic) -> frozenset[str]:
    """The names of the quantities in ``expr``: its symbols that are no index or count, and its vectors.

    Remembered: the problem's own expressions are asked again for every answer a grader checks.
    """
    names = {symbols.label(atom.base) for atom in symbols.atoms(expr, sympy.Indexed)}
    names |= {atom.name for atom in symbols.atoms(expr, sympy.Symbol) if not atom.is_integer}
    return frozenset(names)


def refuse_stray_letters(
    answer: sympy.Expr, known: Sequence[sympy.Basic], source: str, node: tree.Node | None,
    lets: Sequence[tuple[str, tree.Node, str]] = (),
) -> None:
    """Refuse a letter of ``answer`` (its definitions put in) that none of ``known`` holds and has no fixed meaning.

    ``known``: the cost with its definitions put in, the variable of the gradient, and whatever else the
    problem names. The caret goes under the letter in the answer ``node`` (or in the --let that brings it).
    """
    holds: set[str] = set()
    for expr in known:
        holds |= _letters(expr)
    stray = sorted(_letters(answer) - holds - vocab.FIXED_NAMES)
    if not stray:
        return
    letter = stray[0]
    places = [(source, node, "ANSWER"), *((text, value, "--let") for _, value, text in lets)]
    for text, where, label in places:
        if where is None:
            continue
        for current in tree.walk(where):
            if isinstance(current, tree.Variable) and vocab.canonical_name(current.name) == letter:
                raise _stray(letter, text, current.span.start, label)
    raise _stray(letter, source, 0, "ANSWER")


def refuse_parameters_beside_a_default_h(
    answer: sympy.Expr, known: Sequence[sympy.Basic], notes: Sequence[str], source: str, node: tree.Node | None,
) -> None:
    """Refuse an answer writing parameters (w, θ, β) the cost's default model of an undefined h does not have.

    ``(1/m) Σ (yᵢ − ŷᵢ)²`` by b reads h = θᵀx + b (noted); an answer ``(2/m) Σ (wᵀxᵢ + b − yᵢ)`` writes the model
    in w. Judged against θᵀx + b, w would be a quantity of its own and a right answer 'different'; read the
    answer's way, the cost's h would be chosen by the answer. Which model the cost means is asked instead.
    """
    read = next((note for note in notes if note.startswith(DEFAULT_PREDICTION_NOTE_START)), None)
    if read is None:
        return
    holds: set[str] = set()
    for expr in known:
        holds |= _letters(expr)
    foreign = sorted((_letters(answer) & vocab.PARAMETER_VECTORS) - holds)
    if not foreign:
        _refuse_components_beside_a_default_h(answer, known, read, source, node)
        return
    letter = foreign[0]
    column = next((current.span.start for current in (tree.walk(node) if node is not None else ())
                   if isinstance(current, tree.Variable) and vocab.canonical_name(current.name) == letter), 0)
    shown = read.removeprefix(DEFAULT_PREDICTION_NOTE_START).split(",")[0]
    raise InputError(
        f"'{letter}' is not in the cost, whose prediction h is not defined and is read as h = {shown} by default: "
        f"the answer writes the model in {letter}, which the cost's default does not have",
        source=source, column=column, label="ANSWER",
        hint=f"define the cost's prediction with --let, e.g. --let 'h = {letter}^T x{' + b' if 'b' in _letters(answer) else ''}', "
             "the model the answer means",
    )


def _factors(node: tree.Node) -> list[tree.Node]:
    """The factors of a product (``*``, juxtaposition, ``⊙``), flattened; a node that is no product is its own."""
    if isinstance(node, tree.Binary) and node.op in ("*", "⊙"):
        return [*_factors(node.left), *_factors(node.right)]
    return [node]


def _is_prediction(node: tree.Node) -> bool:
    """Whether ``node`` is the prediction h (ŷ read as h), bare or applied (h(x⁽ⁱ⁾)), or σ of something.

    Ng's undefined g(…) is σ too (the builder reads it so): ``g(θᵀx)(1 − g(θᵀx))`` escaped the refusal that
    ``sigmoid(θᵀx)(1 − sigmoid(θᵀx))`` meets, and was judged 'different' against the linear default (hunt29).
    """
    if isinstance(node, tree.Call) and node.name == SIGMOID_LETTER:
        return True
    if isinstance(node, (tree.Variable, tree.Call, tree.FunctionCall)):
        return node.name == vocab.PREDICTION and not getattr(node, "primed", False)
    return isinstance(node, tree.Apply) and node.function in ("sigmoid", "sigma", "σ")


def refuse_sigmoid_slope_beside_a_default_h(notes: Sequence[str], source: str, node: tree.Node) -> None:
    """Refuse an answer writing h(1 − h), the sigmoid's derivative, where the cost's undefined h is read as no σ.

    ``(1/m) Σ (yᵢ − ŷᵢ)²`` reads the undefined ŷ as wᵀx, linear regression's (noted); the answer
    ``(2/m) Σ (ŷ − y) ŷ (1 − ŷ) xⱼ`` multiplies by ŷ(1 − ŷ), σ′ = σ(1 − σ): its writer's ŷ is σ(wᵀx), and for
    that model the answer is right. Judged against the default it was 'different' (audit25m). The model is
    the cost's to say, so it is asked for, with the column of the (1 − h).
    """
    read = next((note for note in notes if note.startswith(DEFAULT_PREDICTION_NOTE_START)), None)
    if read is None or "σ" in read.removeprefix(DEFAULT_PREDICTION_NOTE_START).split(",")[0]:
        return
    for current in tree.walk(node):
        factors = _factors(current)
        if len(factors) < 2:
            continue
        shapes = [tree.shape(factor) for factor in factors if _is_prediction(factor)]
        for factor in factors:
            if (isinstance(factor, tree.Binary) and factor.op == "-" and isinstance(factor.left, tree.Number)
                    and factor.left.text == "1" and _is_prediction(factor.right)
                    and tree.shape(factor.right) in shapes):
                shown = read.removeprefix(DEFAULT_PREDICTION_NOTE_START).split(",")[0]
                written = source[factor.span.start:factor.span.end] if factor.span.end <= len(source) else "1 - h"
                raise InputError(
                    f"the answer writes the prediction times ({written}), σ(1 − σ), the sigmoid's derivative, but "
                    f"the cost's prediction h is not defined and is read as h = {shown} by default (no sigmoid): "
                    "is the cost's h the sigmoid of the model?",
                    source=source, column=factor.span.start, label="ANSWER",
                    hint="define the cost's prediction with --let, e.g. --let 'h = sigmoid(w^T x)' (or the linear "
                         "model, --let 'h = w^T x', if that is the model)",
                )


def _refuse_components_beside_a_default_h(
    answer: sympy.Expr, known: Sequence[sympy.Basic], read: str, source: str, node: tree.Node | None,
) -> None:
    """Refuse an answer writing the default's parameters in numbered components (θ₀ + θ₁x⁽ⁱ⁾) the cost lacks.

    ``(1/2m) Σ (h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾)²`` reads the undefined h as θᵀx = Σⱼ θⱼxⱼ (noted); Ng's answer
    ``(1/m) Σ (θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)x⁽ⁱ⁾`` by θ₁ writes the one-feature line with an intercept, another model: judged
    against θᵀx it was 'different', though right for the model it writes (audit24e). An entry the cost or the
    variable differentiated by names (λθ₁ by θ₁) is the problem's own, not a model's.
    """
    def numbered(expr: sympy.Basic) -> set[sympy.Indexed]:
        return {atom for atom in symbols.atoms(expr, sympy.Indexed)
                if symbols.label(atom.base) in vocab.PARAMETER_VECTORS and all(i.is_Integer for i in atom.indices)}
    own: set[sympy.Indexed] = set()
    for expr in known:
        own |= numbered(expr)
    extra = sorted(numbered(answer) - own, key=str)
    if not extra:
        return
    entry = extra[0]
    letter, index = symbols.label(entry.base), str(entry.indices[-1])
    column = next((current.span.start for current in (tree.walk(node) if node is not None else ())
                   if isinstance(current, tree.Variable) and vocab.canonical_name(current.name) == letter
                   and current.feature == index), 0)
    shown = read.removeprefix(DEFAULT_PREDICTION_NOTE_START).split(",")[0]
    raise InputError(
        f"'{letter}_{index}' is not in the cost, whose prediction h is not defined and is read as h = {shown} by "
        f"default: the answer writes the model in numbered entries ({letter}_{index}, as in the one-feature line "
        f"{letter}_0 + {letter}_1 x), another model than the default's",
        source=source, column=column, label="ANSWER",
        hint=f"define the cost's prediction with --let, e.g. --let 'h = {letter}_0 + {letter}_1 x', the model the "
             "answer means",
    )


@remembered("verify.letters.x_indices", 512)
def _x_indices(expr: sympy.Basic) -> frozenset[int]:
    """How many indices x carries in ``expr``: {1} for a one-feature x⁽ⁱ⁾ (x[i]), {2} for x_k⁽ⁱ⁾ (x[i, k]).

    Remembered, as :func:`_letters` is: it is asked of the problem's own expressions for every answer.
    """
    return frozenset(len(atom.indices) for atom in symbols.atoms(expr, sympy.Indexed) if symbols.label(atom.base) == "x")


def x_is_one_number(known: Sequence[sympy.Basic]) -> bool:
    """Whether the cost's x is one number per example (x⁽ⁱ⁾ as x[i], never x_k⁽ⁱ⁾): a one-feature model."""
    return set().union(*(_x_indices(expr) for expr in known if isinstance(expr, sympy.Basic))) == {1}


#: how an answer's numbered x beside the model θ₀ + θ₁x is read, for the notes
FEATURE_OF_ONE_X_NOTE = (
    "the answer's x₁ is the one feature x of the model {model}: Ng's numbering, x₀ = 1 beside {intercept}, x₁ = x "
    "beside {slope}: x₁⁽ⁱ⁾ is read as x⁽ⁱ⁾"
)


def read_feature_of_one_x(answer: sympy.Expr, known: Sequence[sympy.Basic]) -> tuple[sympy.Expr, str] | None:
    """``(h(x⁽ⁱ⁾) − y⁽ⁱ⁾) x₁⁽ⁱ⁾`` beside θ₀ + θ₁x: the answer's x₁ (x₀) is the model's one feature x (its 1).

    Ng numbers the features by the parameter they multiply, x₀ = 1 for θ₀ and x₁ for θ₁ (scruel's notes write
    h as θ₀x₀⁽ⁱ⁾ + θ₁x₁⁽ⁱ⁾ and ∂J/∂θ₁ with x₁⁽ⁱ⁾): where the cost's parameters are θ₀ and θ₁ only, each
    with its own number, and x stands in it only as θ₁x, x₁ can be nothing but that x and x₀ nothing but 1.
    None (refused by :func:`refuse_feature_of_one_x`) beside θ₀ + θ₁x + θ₂x² (x₂ the writer's x²?), θ₀ + θ₁x²,
    θ₁x with no θ₀, wx + b (no numbering to go by), or an answer's x₂.
    """
    written = [atom for atom in symbols.atoms(answer, sympy.Indexed)
               if symbols.label(atom.base) == "x" and len(atom.indices) == 2]
    if not written or any(atom.indices[1] not in (0, 1) for atom in written):
        return None
    exprs = [expr for expr in known if isinstance(expr, sympy.Basic)]
    numbered = {atom for expr in exprs for atom in symbols.atoms(expr, sympy.Indexed)
                if symbols.label(atom.base) in vocab.PARAMETER_VECTORS and len(atom.indices) == 1}
    labels = {symbols.label(atom.base) for atom in numbered}
    if len(labels) != 1 or {atom.indices[0] for atom in numbered} != {0, 1}:
        return None
    intercept, slope = sorted(numbered, key=lambda atom: int(atom.indices[0]))
    features = {atom for expr in exprs for atom in symbols.atoms(expr, sympy.Indexed)
                if symbols.label(atom.base) == "x"}
    if not features or any(len(atom.indices) != 1 for atom in features):
        return None
    marker = sympy.Dummy("slope_times_x")
    for expr in exprs:
        # every x of the cost is θ₁'s factor, to the first power: θ₀ + θ₁x, never θ₁x², x/θ₁ or x alone
        stripped = expr.replace(lambda e: e.is_Mul and slope in e.args and any(a in features for a in e.args),
                                lambda e: e.func(*[marker if a in features else a for a in e.args if a != slope]))
        if any(atom in features for atom in symbols.atoms(stripped, sympy.Indexed)):
            return None
    if not any(expr.has(intercept) for expr in exprs):
        return None
    read = answer.xreplace({atom: sympy.Integer(1) if atom.indices[1] == 0 else atom.base[atom.indices[0]]
                            for atom in written})
    label = {"theta": "θ", "beta": "β", "w": "w"}.get(symbols.label(slope.base), symbols.label(slope.base))
    return read, FEATURE_OF_ONE_X_NOTE.format(model=f"{label}₀ + {label}₁x", intercept=f"{label}₀", slope=f"{label}₁")


def refuse_feature_of_one_x(answer: sympy.Expr, known: Sequence[sympy.Basic], source: str,
                            node: tree.Node | None) -> None:
    """Refuse an answer's feature of x (x_1, x_{i2}, x_2^{(i)}) where the cost's x is one number per example.

    Beside θ₀ + θ₁x (x written bare, one feature) an answer's x₁ is Ng's name of that one feature (θ₁'s,
    with x₀ = 1), and beside θ₀ + θ₁x + θ₂x² an x₂ is the writer's second feature, x²: read as entries of a
    vector x the cost does not have, a right answer was judged 'different' with confidence. Which one the
    writer means is not said, so it is refused at the answer's x — unless :func:`read_feature_of_one_x` read it
    first (the line θ₀ + θ₁x, whose numbering says x₁ is x).
    """
    # a numbered feature only: x_j beside --wrt theta_j is read by θᵀx's x₀ = 1, x₁ = x (test_audit_tenth)
    numbered = any(len(atom.indices) == 2 and atom.indices[1].is_Integer for atom in symbols.atoms(answer, sympy.Indexed)
                   if symbols.label(atom.base) == "x")
    if not numbered:  # most answers: the cost's expressions are not walked at all
        return
    if set().union(*(_x_indices(expr) for expr in known if isinstance(expr, sympy.Basic))) != {1}:
        return
    column = 0
    for current in tree.walk(node) if node is not None else ():
        if isinstance(current, tree.Variable) and current.name == "x" and current.feature is not None:
            column = current.span.start
            break
    raise InputError(
        "the answer writes a feature of x, but the cost writes x without one: one number per example (one "
        "feature), so the answer's feature is not one the cost has",
        source=source, column=column, label="ANSWER",
        hint="write x as the cost does (x_i, x^(i)); for a power of x write it (x^2)",
    )


def _stray(letter: str, source: str, column: int, label: str) -> InputError:
    if letter == "I":
        # 2λI for 2λβ: ML notes' I is the identity matrix, which no gradient (n entries) holds
        return InputError(
            "'I' is not in the cost: as the identity matrix (n×n) it is no part of a gradient, which has n entries, "
            "and as a number it would be compared as an arbitrary one",
            source=source, column=column, label=label,
            hint="the penalty λ‖θ‖² has the gradient 2λθ (its Hessian is 2λI): write the parameter vector, not I",
        )
    return InputError(
        f"'{letter}' is not in the cost: it would be compared as an arbitrary number",
        source=source, column=column, label=label,
        hint=(f"define it with --let, e.g. --let '{letter} = sigmoid(theta^T x)' for the predictions"
              if letter in _PREDICTION_LETTERS else f"define it with --let '{letter} = …', or write what it stands for"),
    )
