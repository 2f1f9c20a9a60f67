"""Functions written without brackets whose literal operand the writer cannot have meant.

A function without brackets takes the next power (``log h`` is log(h)). Some
slips of ML notes turn that rule into a silent misread, so both front ends
refuse them, at the function, naming both readings:

* the operand is a bare number followed by ``+``, ``-`` or ``/``:
  ``\\log 1-h`` (Ng's slide), ``log 1 + e^(-y theta^T x)``, ``log 1/(1+e^(-z))``.
  Literally that is log(1) − h, a dead term beside a new one; nobody writes the
  log of a constant in a cost, the log of the whole is meant — the twin of
  ``1/1+e^(-z)``, refused for the same reason.
* a sigmoid's (exp's) operand is followed by ``+ b``: ``h = \\sigma w^Tx + b``
  is σ(wᵀx) + b by precedence, the model σ(wᵀx + b) meant; refused.
* a logarithm's operand is followed by a juxtaposed factor:
  ``\\log h^{y}(1-h)^{1-y}``, the Bernoulli likelihood's log. Literally it is
  log(h^y)·(1 − h)^(1−y); the log of the whole product is what the likelihood
  means, but a log times a factor is also written this way, so neither is
  guessed.
* a logarithm's operand is followed by ``/``: ``y log h/(1-h) + log(1-h)``,
  the Bernoulli log-likelihood in its log-odds form. Literally it is
  log(h)/(1 − h); the log of the quotient is what the log-odds means, but a
  log over a number or count (``log h/m``) is also written this way, so
  neither is guessed.

Sympy-free, like the front ends that use it.
"""

from __future__ import annotations

import re
from typing import Any, Collection, TypeGuard

from ..errors import InputError
from . import registry, tree
from . import vocabulary as vocab
from .. import patterns

#: the LaTeX or the plain reader (source, peek, is_op, starts_operand, fail) and a token of its own (raw, text,
#: start, end): a Protocol would have to take either reader's own token type, and the readers import this module
_Reader = Any
_Token = Any

__all__ = [
    "constant_operand", "constant_message", "name_factor", "name_factor_message", "name_factor_hint", "bare_exponent", "constant_factor", "constant_factor_message", "constant_hint", "juxtaposed_log", "product_message", "product_hint", "quotient_log", "quotient_message", "quotient_hint", "term_end",
    "open_label", "open_label_message", "open_label_hint", "bias_after", "bias_message", "bias_hint",
    "refuse_bare_g",
]

#: Functions of a constant that a cost never holds before an operator: every function of the registry but √ (√2 is a
#: real constant)
_CHECKED = registry.NAMES - {"sqrt"}

_OPERATORS = ("+", "-", "/")

#: a denominator that is itself a logarithm (``log h / log 2``, a change of base)
_LOG_START = patterns.compile(r"\\?(?:log|ln)(?![A-Za-z])")

#: what may stand between two juxtaposed factors: spaces and TeX's thin spaces (g\,\theta^Tx)
_JUXTAPOSED = patterns.compile(r"(?:\s|~|\\[,;:! ](?![A-Za-z]))*")


def constant_operand(function: str, argument: tree.Node, follower: str) -> bool:
    """Whether ``function`` without brackets took a bare number and an operator follows: ``log 1 - h``."""
    return function in _CHECKED and isinstance(argument, tree.Number) and follower in _OPERATORS


def term_end(source: str, start: int) -> int:
    """Where the term written from ``start`` ends: at a ``+``/``-``/``,``/``=`` outside brackets or an unmatched closer.

    A sign right after ``^``, ``*``, ``/``, ``{`` or an opener belongs to the
    operand (``e^{-z}``, ``1/-z``), so it does not end the term.
    """
    depth = 0
    for end in range(start, len(source)):
        char = source[end]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                return _before_sizer(source, start, end)
            depth -= 1
        elif depth == 0 and char in ",=":
            return end
        elif depth == 0 and char in "+-" and source[start:end].strip() and source[:end].rstrip()[-1] not in "^*/({":
            return end
    return len(source)


#: LaTeX's size commands before a closing bracket: ``\\right]`` ends the term where ``\\right`` starts.
_SIZERS = (r"\right", r"\bigr", r"\Bigr", r"\biggr", r"\Biggr", r"\big", r"\Big")


def _before_sizer(source: str, start: int, end: int) -> int:
    """``end``, or where a size command right before the closer at ``end`` starts."""
    text = source[start:end]
    for sizer in _SIZERS:
        if text.endswith(sizer):
            return end - len(sizer)
    return end


def constant_message(function: str, written: str, number: str, operator: str, rest: str) -> str:
    """Why ``\\log 1-h`` is refused: its literal reading and what it would mean."""
    return (
        f"'{written}' is ambiguous: {function} without brackets takes only the number {number}, so it reads as "
        f"{function}({number}) {operator} {rest} — the {function} of a constant, which no cost holds; "
        f"a bracket seems to be missing"
    )


def constant_hint(name: str, number: str, operator: str, rest: str, latex: bool) -> str:
    """What to write instead: the function of the whole, or the constant term on its own."""
    opener, closer = (r"\left(", r"\right)") if latex else ("(", ")")
    spoken = name.lstrip("\\")
    return (
        f"write {name}{opener}{number}{operator}{rest}{closer} for the {spoken} of the whole, "
        f"or {name}{opener}{number}{closer} {operator} {rest} if the constant term is meant"
    )


def constant_factor(function: str, argument: tree.Node, follower_starts_operand: bool) -> bool:
    """Whether a bracketless function took a bare number and a factor follows: ``relu 2z``, ``\\tanh 2z``.

    Literally that is relu(2)·z, the function of a constant times z, which no cost holds; ``\\sin 2x`` is sin(2x)
    in every textbook, so relu(2z) may be meant (audit29b: ``relu 2z`` was derived as z·ReLU(2)).
    """
    return function in _CHECKED and isinstance(argument, tree.Number) and follower_starts_operand


def constant_factor_message(name: str, number: str, factor: str) -> str:
    """Why ``relu 2z`` is refused: its literal reading and what it would mean."""
    return (
        f"'{name} {number} {factor}' is ambiguous: {name} without brackets takes only the number {number}, so it "
        f"reads as {name}({number}) · {factor} — the {name} of a constant, which no cost holds; "
        f"{name}({number} {factor}) may be meant"
    )


def constant_factor_hint(name: str, number: str, factor: str, latex: bool) -> str:
    """What to write instead: the function of the whole product, or of the number alone."""
    opener, closer = (r"\left(", r"\right)") if latex else ("(", ")")
    return f"write {name}{opener}{number} {factor}{closer} for the function of the product, or {name}{opener}{number}{closer} {factor}"


def juxtaposed_log(function: str, follower_starts_operand: bool) -> bool:
    """Whether a logarithm without brackets is followed by a juxtaposed factor: ``\\log h^{y}(1-h)^{1-y}``."""
    return function == "log" and follower_starts_operand


def product_message(operand: str, factor: str) -> str:
    """Why ``\\log h^{y}(1-h)^{1-y}`` is refused: the two readings of a bracketless log before a factor."""
    return (
        f"'log {operand} {factor}' is ambiguous: a log without brackets takes only the next power, so it reads as "
        f"log({operand}) · {factor}; the log of the whole product, log({operand} {factor}), "
        f"may be meant (the log of the likelihood h^y (1-h)^(1-y) is)"
    )


def product_hint(name: str, operand: str, factor: str, latex: bool) -> str:
    """What to write instead: brackets around the whole product, or around the log alone."""
    opener, closer = (r"\left(", r"\right)") if latex else ("(", ")")
    return (
        f"write {name}{opener}{operand} {factor}{closer} for the log of the product, "
        f"or {opener}{name} {operand}{closer} {factor} for a log times a factor"
    )


def quotient_log(function: str, argument: tree.Node, follower_is_slash: bool) -> bool:
    """Whether a logarithm without brackets of something other than a number is followed by ``/``: ``log h/(1-h)``.

    Literally log(h)/(1 − h), a log over a factor; ML writers of the log-odds form of the cross-entropy,
    y log(h/(1 − h)) + log(1 − h), mean the log of the quotient, and the two have different gradients (hunt28:
    ``y log h/(1-h) + log(1-h)`` was derived as log(h)/(1 − h) with no note). ``log 1/(…)`` is
    :func:`constant_operand`'s.
    """
    return function == "log" and follower_is_slash and not isinstance(argument, tree.Number)


def quotient_message(name: str, operand: str, denominator: str) -> str:
    """Why ``log h/(1-h)`` is refused: the two readings of a bracketless log before a slash."""
    return (
        f"'{name} {operand}/{denominator}' is ambiguous: {name} without brackets takes only the next power, so it "
        f"reads as {name}({operand}) / {denominator}, a log over a factor; the log of the whole quotient, "
        f"{name}({operand}/{denominator}), may be meant (as in the log-odds, log(h/(1-h)))"
    )


def quotient_hint(name: str, operand: str, denominator: str, latex: bool) -> str:
    """What to write instead: brackets around the whole quotient, or around the log alone."""
    opener, closer = (r"\left(", r"\right)") if latex else ("(", ")")
    return (
        f"write {name}{opener}{operand}/{denominator}{closer} for the log of the quotient, "
        f"or {name}{opener}{operand}{closer}/{denominator} for a log over a factor"
    )


# --- a parameter, the data or a negated number, then a factor --------------------------

#: The names whose function alone, times a factor after it, no cost holds: the parameters (θ, w, β and a scalar b)
#: and an example's data (x, y). A value a cost defines (z, h, a) is not among them: σ z (1 − σ z) is σ(z)(1 − σ(z))
_BARE_NAMES = vocab.PARAMETER_VECTORS | vocab.DATA_VECTORS | vocab.PER_EXAMPLE | {"b"}


def name_factor(function: str, argument: tree.Node, follower_starts_operand: bool) -> bool:
    """Whether a bracketless function took a parameter, the data or a negated number, and a factor follows:
    ``\\exp -y_i \\theta^T x_i``, ``\\tanh w x_i``, ``\\tanh -2z``.

    Literally that is exp(−yᵢ)·θᵀxᵢ, tanh(w)·xᵢ, tanh(−2)·z: the function of the label, of a weight or of a
    constant alone, times a factor, which no model computes; ML writers mean the function of the whole product
    (the ±1-label loss's e^(−yθᵀx), tanh(wx)). The plain reader refused ``exp -y theta^T x`` and ``tanh 2z``, but
    read these silently (audit25l: LaTeX's ``\\exp -y_i\\theta^Tx_i`` was derived as exp(−yᵢ)·θᵀxᵢ). A log
    is :func:`juxtaposed_log`'s, and a bare number :func:`constant_factor`'s.
    """
    if function not in _CHECKED or function == "log" or not follower_starts_operand:
        return False
    inner = argument.operand if isinstance(argument, tree.Negate) else argument
    if isinstance(inner, tree.Number):
        return inner is not argument
    return isinstance(inner, tree.Variable) and inner.name in _BARE_NAMES


def bare_exponent(exponent: tree.Node) -> bool:
    """Whether an exponent written without brackets is a parameter, the data or a number: ``e^y θ^T x``, ``e^2z``.

    Followed by a factor, ``e^y θ^T x`` is e^y · θᵀx by precedence, the twin of ``exp y θ^T x`` (refused by
    :func:`name_factor`) and of ``e^-y θ^T x``: ML writers mean e^(yθᵀx) as often (hunt28: it was derived as
    e^y · θᵀx with no note). A value a cost defines (``e^z x``) keeps its literal reading, as ``σ z`` does.
    """
    if isinstance(exponent, tree.Number):
        return True
    return isinstance(exponent, tree.Variable) and exponent.name in _BARE_NAMES


def name_factor_message(name: str, operand: str, factor: str) -> str:
    """Why ``\\tanh w x_i`` is refused: the two readings of a bracketless function before a factor."""
    if name == "exp" and operand.startswith("-"):
        return f"'exp {operand} {factor}' is ambiguous: the exponent could be {operand} alone or {operand} {factor}"
    return (
        f"'{name} {operand} {factor}' is ambiguous: {name} without brackets takes only {operand}, so it reads as "
        f"{name}({operand}) · {factor}; the {name} of the whole product, {name}({operand} {factor}), may be meant"
    )


def name_factor_hint(name: str, operand: str, factor: str, latex: bool) -> str:
    """What to write instead: the function of the whole product, or of the operand alone."""
    opener, closer = (r"\left(", r"\right)") if latex else ("(", ")")
    return (f"write {name}{opener}{operand} {factor}{closer} for the function of the product, "
            f"or {name}{opener}{operand}{closer} {factor}")


# --- a bias after a bracketless sigmoid ---------------------------------------------

#: The intercept as written after a linear predictor: b, b_0, θ_0, w_0, β_0 (plain, LaTeX and Unicode spellings).
_BIAS = patterns.compile(r"^(?:b|b_?\{?0\}?|b₀|(?:\\?theta|\\?beta|w|θ|β)_\{?0\}?|θ₀|β₀|w₀)$")

#: Functions a model applies to its linear predictor, whose bracketless form drops the bias after it (the registry's
#: links and activations).
_LINKS = frozenset(function.name for function in registry.FUNCTIONS if function.predictor is not None)


def bias_after(function: str, operator: str, rest: str) -> bool:
    """Whether ``σ wᵀx + b`` is written: a link function without brackets, then ``+``/``-`` and only the bias."""
    return function in _LINKS and operator in ("+", "-") and _BIAS.match(rest.strip()) is not None


def bias_message(name: str, operand: str, operator: str, bias: str) -> str:
    """Why ``σ wᵀx + b`` is refused: the bias outside the sigmoid, or inside it."""
    return (
        f"'{name} {operand} {operator} {bias}' is ambiguous: {name} without brackets takes only {operand}, so it reads as "
        f"{name}({operand}) {operator} {bias}; a model with a bias means {name}({operand} {operator} {bias})"
    )


def bias_hint(name: str, operand: str, operator: str, bias: str, latex: bool) -> str:
    """What to write instead: the bias inside the brackets, or outside."""
    opener, closer = (r"\left(", r"\right)") if latex else ("(", ")")
    return (
        f"write {name}{opener}{operand} {operator} {bias}{closer} for the model with its bias, "
        f"or {name}{opener}{operand}{closer} {operator} {bias} if the bias is added after"
    )


# --- the label's factor 1 − y without brackets ----------------------------------------


def open_label(left: tree.Node, op: str, right: tree.Node) -> TypeGuard[tree.Binary]:
    """Whether ``left op right`` is ``y log p + 1 - y log(1 - p)``: the cross-entropy with (1 − y) unbracketed.

    Literally the loss is y log p + 1 − y log(1 − p), whose ∂/∂z is −y: no
    model's loss, and beside ``y log p`` the second term is the cross-entropy's.
    """
    if op != "-" or not (isinstance(left, tree.Binary) and left.op == "+" and _is_one(left.right)):
        return False
    first, second = _label_log(_summand(left.left)), _label_log(right)
    if first is None or second is None or tree.shape(first[0]) != tree.shape(second[0]):
        return False
    complement = second[1]
    return (
        isinstance(complement, tree.Binary) and complement.op == "-" and _is_one(complement.left)
        and tree.shape(complement.right) == tree.shape(first[1])
    )


def open_label_message(written: str) -> str:
    """Why ``y log h + 1 - y log(1-h)`` is refused: the literal reading is not the cross-entropy it sits in."""
    return (
        f"'{written}' is ambiguous: without brackets it reads y log(p) + 1 − y log(1 − p), whose gradient has no p "
        f"in it; the cross-entropy y log(p) + (1 − y) log(1 − p) seems meant"
    )


def open_label_hint(latex: bool) -> str:
    """What to write instead: the brackets around 1 − y."""
    if latex:
        return r"write (1-y^{(i)})\log(1-h) for the cross-entropy's second term, or y\log h - y\log(1-h) + 1 for the literal reading"
    return "write (1-y) log(1-h) for the cross-entropy's second term, or y log h - y log(1-h) + 1 for the literal reading"


def refuse_open_label(parser: _Reader, left: tree.Node, operator: _Token, right: tree.Node, *, latex: bool) -> None:
    """``y log h + 1 - y log(1-h)``: the cross-entropy's (1 − y) without brackets, refused by ``parser``.

    ``parser`` is either notation's parser (plain or LaTeX): both offer ``source`` and ``fail``.
    """
    if open_label(left, operator.text, right):
        parser.fail(
            open_label_message(parser.source[left.span.start:right.span.end].strip()),
            left.right.span.start,
            hint=open_label_hint(latex=latex),
        )


def refuse_bare_operand(parser: _Reader, token: _Token, function: str, argument: tree.Node, *, latex: bool) -> None:
    """``log 1-h``, ``log h^y (1-h)^(1-y)``: a bracketless function's literal operand no writer means, refused.

    ``parser`` is either notation's parser: both offer ``source``, ``peek``, ``is_op``, ``starts_operand``, ``fail``.
    """
    follower = parser.peek()
    source = parser.source
    # \sigma shows as sigma; a wrapped name (\text{sigm}, read as σ) as written, wrapper and all
    name = token.raw if "{" in token.raw else token.raw.lstrip("\\")
    if parser.is_op(follower, "+", "-", "/") and constant_operand(function, argument, follower.text):
        end = term_end(source, follower.end)
        rest = source[follower.end:end].strip()
        assert isinstance(argument, tree.Number), "constant_operand asked it"
        number = argument.text
        parser.fail(
            constant_message(name, source[token.start:end].strip(), number, follower.raw, rest),
            token.start,
            hint=constant_hint(token.raw, number, follower.raw, rest, latex=latex),
        )
    if parser.is_op(follower, "+", "-"):
        rest = source[follower.end:term_end(source, follower.end)].strip()
        if bias_after(function, follower.text, rest):
            operand = source[argument.span.start:argument.span.end].strip()
            parser.fail(
                bias_message(name, operand, follower.raw, rest),
                token.start,
                hint=bias_hint(token.raw, operand, follower.raw, rest, latex=latex),
            )
    if juxtaposed_log(function, parser.starts_operand(follower)):
        operand = source[argument.span.start:argument.span.end].strip()
        factor = source[argument.span.end:term_end(source, argument.span.end)].strip()
        parser.fail(
            product_message(operand, factor),
            token.start,
            hint=product_hint(token.raw, operand, factor, latex=latex),
        )
    denominator = source[follower.end:term_end(source, follower.end)].strip()
    if quotient_log(function, argument, parser.is_op(follower, "/")) and not _LOG_START.match(denominator):
        # log h / log 2 is a change of base, log₂ h: a log over a log is no log-odds
        operand = source[argument.span.start:argument.span.end].strip()
        parser.fail(
            quotient_message(name, operand, denominator),
            token.start,
            hint=quotient_hint(token.raw, operand, denominator, latex=latex),
        )
    exp_times = function == "exp" and isinstance(argument, tree.Negate) and parser.is_op(follower, "*", "·")
    if name_factor(function, argument, parser.starts_operand(follower) or exp_times):
        # exp -y * theta^T x too: the exponent's reach is the question whether the product is juxtaposed or starred
        operand = source[argument.span.start:argument.span.end].strip()
        factor = source[argument.span.end:term_end(source, argument.span.end)].strip()
        if exp_times:
            factor = factor.lstrip("*·").strip()
            factor = factor[len("\\cdot"):].strip() if factor.startswith("\\cdot") else factor
        parser.fail(
            name_factor_message(name, operand, factor),
            argument.span.start if name == "exp" and operand.startswith("-") else token.start,
            hint=name_factor_hint(token.raw, operand, factor, latex=latex),
        )
    if constant_factor(function, argument, parser.starts_operand(follower)):
        assert isinstance(argument, tree.Number), "constant_factor asked it"
        number = argument.text
        factor = source[argument.span.end:term_end(source, argument.span.end)].strip()
        parser.fail(
            constant_factor_message(name, number, factor),
            token.start,
            hint=constant_factor_hint(token.raw, number, factor, latex=latex),
        )


def _is_one(node: tree.Node) -> bool:
    return isinstance(node, tree.Number) and node.text == "1"


def _summand(node: tree.Node) -> tree.Node:
    """The body of ``-1/m Σ y log h``, so ``sum y log h + 1 - y log(1-h)`` (the sum stops at the 1) is caught too."""
    while True:
        if isinstance(node, tree.Negate):
            node = node.operand
        elif isinstance(node, tree.Binary) and node.op in ("*", "/") and isinstance(node.right, tree.Sum):
            node = node.right
        elif isinstance(node, tree.Sum):
            node = node.body
        else:
            return node


def _label_log(term: tree.Node) -> tuple[tree.Variable, tree.Node] | None:
    """``y log p`` (or ``log p · y``) -> ``(y, p)``; None for any other term."""
    if not (isinstance(term, tree.Binary) and term.op == "*"):
        return None
    for label, other in ((term.left, term.right), (term.right, term.left)):
        if isinstance(label, tree.Variable) and label.name == "y" and isinstance(other, tree.Apply) and other.function == "log":
            return label, other.argument
    return None


def refuse_bare_g(source: str, node: tree.Node, names: Collection[str], *, latex: bool) -> None:

    r"""Refuse ``g\theta^Tx``, ``g theta^T x``: Ng's sigmoid g written without brackets, or a constant g?

    ``g(\theta^Tx)`` is read as Ng's sigmoid (the builder's function_call); without the bracket the
    front ends make a product, g·θᵀx, g an unknown constant: a linear model where the writer of a
    logistic course means σ(θᵀx), silently (hunt 4, M2). A letter g is also a plain constant in other
    notes, and σ's other spellings are words, not a letter, so neither reading is taken: refused at
    the g unless a --let defines it. A written product (``g \cdot \theta^Tx``, ``g*theta^T x``) is no slip
    and stays a product.
    """
    if "g" in names:
        return
    letters = [current for current in tree.walk(node) if isinstance(current, tree.Variable) and current.name == "g"
               and current.feature is None and current.example is None]
    dots = {current.span.start: current for current in tree.walk(node) if isinstance(current, tree.Dot)}
    for letter in letters:
        gap = _JUXTAPOSED.match(source, letter.span.end)
        dot = dots.get(gap.end()) if gap is not None else None
        if dot is None:
            continue
        operand = source[dot.span.start:dot.span.end].strip()
        raise InputError(
            f"'g {operand}' without brackets: Ng's sigmoid g({operand}), or a constant g times {operand}? "
            "The two models have different gradients, so neither is guessed",
            source=source, column=letter.span.start,
            hint=(f"write g\\left({operand}\\right) (or \\sigma) for the sigmoid, g \\cdot {operand} for the product"
                  if latex else f"write g({operand}) (or sigmoid) for the sigmoid, g*{operand} for the product"),
        )

