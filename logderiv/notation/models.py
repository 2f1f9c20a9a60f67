"""Which model an undefined prediction ``h`` belongs to, told from the cost it stands in.

ML notes write the prediction ``h`` (``\\hat y``) without defining it, and the
cost says which model is meant:

* a squared error, ``(h − y)²``, is linear regression: h = θᵀx (wᵀx + b when
  the cost's parameters are w and b);
* a cross-entropy, ``y log h + (1 − y) log(1 − h)``, is logistic regression:
  h = σ(θᵀx);
* a Poisson negative log-likelihood, ``h − y log h``, is Poisson regression:
  h = e^(θᵀx).

The reading is always noted, and ``--let h=…`` overrides it. A cost that is
none of these (or more than one) says nothing about ``h``: it is refused with a
hint to define it, never given a guessed model. For ``check``, an answer in
``h`` against a cost that does not use ``h`` takes the cost's own model: the
prediction found inside its squared error, cross-entropy or Poisson terms.
"""

from __future__ import annotations

from typing import Callable, Iterable, Mapping

import sympy

from . import symbols
from . import vocabulary as vocab
from ..memo import remembered

__all__ = ["Model", "KINDS", "DEFAULT_PREDICTION_NOTE_START", "cost_kind", "model_for", "model_of_cost"]

#: how the note of an undefined h read as a model's prediction starts (the checkers and services look for it)
DEFAULT_PREDICTION_NOTE_START = "h is not defined: reading h = "

#: kind -> (how its prediction is written around the linear predictor, display, the model, why)
KINDS: dict[str, tuple[str, str, str, str]] = {
    "squared": ("{}", "{}", "linear regression's prediction", "the cost is a squared error"),
    "cross-entropy": ("sigmoid({})", "σ({})", "logistic regression's prediction", "the cost is a cross-entropy"),
    "poisson": ("exp({})", "e^({})", "Poisson regression's prediction", "the cost is a Poisson negative log-likelihood"),
}

#: the linear predictors: (plain text, display)
_LINEAR = {
    ("theta", False): ("theta^T x", "θᵀx"),
    ("theta", True): ("theta^T x + b", "θᵀx + b"),
    ("w", False): ("w^T x", "wᵀx"),
    ("w", True): ("w^T x + b", "wᵀx + b"),
    ("beta", False): ("beta^T x", "βᵀx"),
    ("beta", True): ("beta^T x + b", "βᵀx + b"),
}


class Model:
    """A prediction read for an undefined ``h``: its plain-notation text and the note that says so."""

    __slots__ = ("text", "note")

    def __init__(self, text: str, note: str) -> None:
        self.text = text
        self.note = note


def _keys() -> tuple[sympy.Basic, sympy.Basic]:
    return symbols.scalar(vocab.PREDICTION), symbols.defined(vocab.PREDICTION)(symbols.example_index)


def _is_target(expr: sympy.Expr) -> bool:
    return expr == symbols.scalar("y") or (
        isinstance(expr, sympy.Indexed) and str(expr.base) == "y" and len(expr.indices) == 1
    )


def _is_difference(base: sympy.Expr, keys: Iterable[sympy.Basic]) -> bool:
    """Whether ``base`` is ``±(h − y)``."""
    terms = sympy.Add.make_args(sympy.expand(base))
    if len(terms) != 2:
        return False
    for key in keys:
        for one, other in (terms, terms[::-1]):
            if (one == key and _is_target(-other)) or (one == -key and _is_target(other)):
                return True
    return False


def cost_kind(expressions: Iterable[sympy.Expr]) -> str | None:
    """``"squared"``, ``"cross-entropy"``, ``"poisson"``, or None: what the uses of ``h`` show.

    Every use of ``h`` must stand in the kind's pattern: in ``(h − y)²``; in
    ``log h`` and ``log(1 − h)`` (both); or in ``log h`` and linearly, without
    ``log(1 − h)``.
    """
    keys = _keys()
    found: set[str] = set()
    for expr in expressions:
        if not any(expr.has(key) for key in keys):
            continue
        kind = _kind_of(expr, keys)
        if kind is None and _kind_of(_logs_of_powers_expanded(expr, keys), keys) == "cross-entropy":
            # Σ log(h^y (1 − h)^{1−y}): the log of the Bernoulli likelihood's factor, written before its log is
            # split (a chain's side l(θ) = log ∏ … = Σ log(…)); its logs apart are the cross-entropy's
            kind = "cross-entropy"
        if kind is None:
            return None
        found.add(kind)
    return found.pop() if len(found) == 1 else None


def _kind_of(expr: sympy.Expr, keys: tuple[sympy.Basic, ...]) -> str | None:
    def left(e: sympy.Expr) -> bool:
        return any(e.has(key) for key in keys)

    squares = {
        p: sympy.Dummy()
        for p in expr.atoms(sympy.Pow)
        if p.exp == 2 and left(p.base) and _is_difference(p.base, keys)
    }
    if squares and not left(expr.xreplace(squares)):
        return "squared"
    logs_h = {g: sympy.Dummy() for g in expr.atoms(sympy.log) if g.args[0] in keys}
    logs_1h = {g: sympy.Dummy() for g in expr.atoms(sympy.log) if any(g.args[0] == 1 - key for key in keys)}
    if logs_h and logs_1h and not left(expr.xreplace({**logs_h, **logs_1h})) and _weighs_both(expr, logs_h, logs_1h):
        return "cross-entropy"
    if logs_h and not logs_1h and not squares:
        rest = expr.xreplace(logs_h)
        stand_in = sympy.Dummy()
        linear = rest.xreplace({key: stand_in for key in keys})
        slope = sympy.diff(linear, stand_in)
        if slope != 0 and not slope.has(stand_in):
            return "poisson"
    return None


def one_term_cross_entropy(expressions: Iterable[sympy.Expr]) -> bool:
    """Whether ``h`` stands only in logs ``log h`` weighed by data, with no ``log(1 − h)``: ``−Σ t log y`` alone.

    That is the cross-entropy of one-hot targets over classes (softmax's, Bishop's −Σₖ tₖ ln yₖ), or the
    two-class one with its second term left out: neither is a cost whose model an undefined prediction is read by.
    """
    keys = _keys()
    found = False
    for expr in expressions:
        if not any(expr.has(key) for key in keys):
            continue
        logs_h = {g: sympy.Dummy() for g in expr.atoms(sympy.log) if g.args[0] in keys}
        if not logs_h or any(expr.has(key) for key in keys if not any(g.args[0] == key for g in logs_h)):
            return False
        if any(expr.xreplace(logs_h).has(key) for key in keys):
            return False
        found = True
    return found


def _logs_of_powers_expanded(expr: sympy.Expr, keys: tuple[sympy.Basic, ...]) -> sympy.Expr:
    """``expr`` with each log of a product of powers of h and 1 − h split into their logs, else as it is.

    log(h^y (1 − h)^{1−y}) is y log h + (1 − y) log(1 − h) for a probability h in (0, 1), the only h such a factor
    is written of; only logs whose argument is such a product are split (the kind is read from them, nothing else).
    """
    def of_h(base: sympy.Expr) -> bool:
        return base in keys or any(base == 1 - key for key in keys)

    def split(node: sympy.Expr) -> sympy.Expr:
        factors = sympy.Mul.make_args(node.args[0])
        if len(factors) < 2 or not all(isinstance(f, sympy.Pow) and of_h(f.base) or of_h(f) for f in factors):
            return node
        return sympy.Add(*(f.exp * sympy.log(f.base) if isinstance(f, sympy.Pow) else sympy.log(f) for f in factors))

    return expr.replace(lambda node: isinstance(node, sympy.log), split)


def _weighs_both(expr: sympy.Expr, logs_h: Iterable[sympy.Expr], logs_1h: Iterable[sympy.Expr]) -> bool:
    """Whether log h and log(1 − h) are weighed as in a cross-entropy, not with opposite weights.

    y log h − y log(1 − h) + 1 (the cross-entropy's 1 − y without brackets, read literally) has
    both logs but weighs them −y and +y: ∂L/∂z is −y whatever h is, no model's loss, so it says
    nothing about h. Compared per example: each sum is replaced by its summand.
    """
    first, second = sympy.Dummy(), sympy.Dummy()
    summands = expr.replace(lambda node: isinstance(node, sympy.Sum), lambda node: node.function)
    marked = summands.xreplace({**{g: first for g in logs_h}, **{g: second for g in logs_1h}})
    return bool(symbols.expand(sympy.diff(marked, first) + sympy.diff(marked, second)) != 0)


def model_for(kind: str, *, vector: str = "theta", bias: bool = False) -> Model:
    """The prediction of ``kind``'s model on the linear predictor θᵀx (or wᵀx, βᵀx, + b), and its note."""
    template, display, model, why = KINDS[kind]
    linear_text, linear_display = _LINEAR[(vector, bias)]
    shown = display.format(linear_display)
    note = f"{DEFAULT_PREDICTION_NOTE_START}{shown}, {model}, since {why} (define h with --let to override)"
    return Model(template.format(linear_text), note)


def model_of_cost(
    cost: sympy.Expr, definitions: Mapping[sympy.Basic, sympy.Expr], build: Callable[[str, bool], sympy.Expr]
) -> Model | None:
    """The model of a cost that does not use ``h``: what ``h`` in an answer to it means, or None.

    ``build(text, example)`` builds a plain-notation text inside (or outside) a
    sum over examples. The cost's own terms decide: ``(θᵀx − y)²`` is linear
    regression, ``log σ(θᵀx)`` or ``softplus(θᵀx)`` logistic, ``e^(θᵀx)``
    Poisson; exactly one must match.
    """
    return _model_of_cost(cost, tuple(definitions.items()), build)


@remembered("notation.models.model_of_cost", 32)
def _model_of_cost(cost: sympy.Expr, definitions: tuple[tuple[sympy.Basic, sympy.Expr], ...],
                   build: Callable[[str, bool], sympy.Expr]) -> Model | None:
    from .problem import expand_definitions

    expanded = expand_definitions(cost, dict(definitions))
    matches = []
    for (vector, bias), (text, _) in _LINEAR.items():
        for example in (True, False):
            linear = build(text, example)
            y = symbols.vector("y")[symbols.example_index] if example else symbols.scalar("y")
            squares = any(
                p.exp == 2 and (sympy.expand(p.base - (linear - y)) == 0 or sympy.expand(p.base + (linear - y)) == 0)
                for p in expanded.atoms(sympy.Pow)
            )
            shown = _LINEAR[(vector, bias)][1]
            if squares:
                matches.append((model_for("squared", vector=vector, bias=bias), "it is a squared error"))
            if expanded.has(symbols.sigmoid(linear)):
                # a cross-entropy of σ(θᵀx), or a squared error of it: either way the model is σ
                matches.append((model_for("cross-entropy", vector=vector, bias=bias), f"it holds σ({shown})"))
            elif expanded.has(symbols.softplus(linear)):
                matches.append((model_for("cross-entropy", vector=vector, bias=bias),
                                f"it holds softplus({shown}), the logistic negative log-likelihood's term"))
            if expanded.has(sympy.exp(linear)) and not expanded.has(symbols.sigmoid(linear)):
                matches.append((model_for("poisson", vector=vector, bias=bias), "it is a Poisson negative log-likelihood"))
    texts = {model.text for model, _ in matches}
    if not texts:
        return _one_feature_line(expanded)
    if len(texts) != 1:
        return None
    model, why = matches[0]
    head = model.note.split(", since ")[0]
    return Model(model.text, f"{head}, the model of the cost, since {why} (define h with --let to override)")


def _parameter_text(factor: sympy.Expr) -> tuple[str, str] | None:
    """A scalar parameter of a one-feature line as (plain text, display): ``w``, ``b``, ``theta_0``; else None."""
    if isinstance(factor, sympy.Symbol) and (factor.name in vocab.PARAMETER_VECTORS or factor.name == "b"):
        return factor.name, {"theta": "θ", "beta": "β"}.get(factor.name, factor.name)
    if (
        isinstance(factor, sympy.Indexed)
        and str(factor.base) in vocab.PARAMETER_VECTORS
        and len(factor.indices) == 1
        and factor.indices[0].is_Integer
    ):
        name, number = str(factor.base), int(factor.indices[0])
        shown = {"theta": "θ", "beta": "β"}.get(name, name) + "₀₁₂₃₄₅₆₇₈₉"[number] if number < 10 else None
        return (f"{name}_{number}", shown) if shown else None
    return None


def _one_feature_line(expanded: sympy.Expr) -> Model | None:
    """The prediction of a one-feature line written out in a squared error, ``(θ₀ + θ₁x⁽ⁱ⁾ − y⁽ⁱ⁾)²``, ``(w x⁽ⁱ⁾ + b − y⁽ⁱ⁾)²``.

    Every square of the cost must hold one line P − y⁽ⁱ⁾ (or y⁽ⁱ⁾ − P) whose
    terms are each a scalar parameter (``b``, ``θ₀``) or a parameter times the
    scalar input x⁽ⁱ⁾, with coefficient 1; anything else is None.
    """
    i = symbols.example_index
    y, x = symbols.vector("y")[i], symbols.vector("x")[i]
    lines = set()
    for power in expanded.atoms(sympy.Pow):
        if power.exp != 2:
            continue
        terms = sympy.Add.make_args(sympy.expand(power.base))
        if y in terms:
            terms = tuple(-term for term in terms if term != y)
        elif -y in terms:
            terms = tuple(term for term in terms if term != -y)
        else:
            continue
        parts = []
        for term in terms:
            factors = sympy.Mul.make_args(term)
            with_x = x in factors
            rest = [factor for factor in factors if factor != x]
            named = _parameter_text(rest[0]) if len(rest) == 1 else None
            if named is None:
                return None
            text, shown = named
            parts.append((with_x, text, shown))
        if not parts or not any(with_x for with_x, _, _ in parts):
            return None
        lines.add(tuple(sorted(parts)))
    if len(lines) != 1:
        return None
    (line,) = lines
    text = " + ".join(f"{name} x" if with_x else name for with_x, name, _ in line)
    shown = " + ".join(f"{name}x" if with_x else name for with_x, _, name in line)
    note = (
        f"{DEFAULT_PREDICTION_NOTE_START}{shown}, the one-feature line inside the cost's squared error "
        "(define h with --let to override)"
    )
    return Model(text, note)
