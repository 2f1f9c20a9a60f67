"""A chain of equalities, ``J = A = B``, cut into its sides; each side read as a formula of its own.

Real notes write a cost twice in one line (``J(θ) = ½ Σ (h − y)² = ½ (Xθ − y)ᵀ(Xθ − y)``)
and an answer with its last simplification (``∂BCE/∂b = (ŷ − y)·1 = ŷ − y``). Every
side is read; the sides must be shown equal before one is used (by the problem's
reader for a cost, by the checker for an answer, both with sympy). This module only
finds the sides, so parsing stays sympy-free: an ``=`` counts when it stands outside
every bracket (``\\sum_{i=1}`` and ``sum(i=1..m)`` keep theirs) and is not part of
``==``, ``<=``, ``>=`` or ``!=``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Collection

from . import tree
from . import vocabulary as vocab
# ZERO_BASED_DOT: the LaTeX reader says that note, so it lives in conventions, below both (chains imports functions,
# which imports latex: defined here it made a cycle)
from .conventions import SIGMOID_LETTER, ZERO_BASED_DOT
from .functions import _exponent, shape
from .. import patterns

__all__ = [
    "sides", "variant", "shown", "start", "sigmoid_argument", "named_sigmoid_argument", "written_out_dot", "dot_as_feature_sum",
    "juxtaposed_dot",
    "WRITTEN_OUT", "ZERO_BASED_DOT", "reads_every_feature", "numbered_component", "one_sigmoid", "reordered", "log_of_a_likelihood", "negated_log_likelihood",
    "log_of_a_probability",
    "rows_joined", "same_function", "with_argument", "named_in", "written_out_from_zero",
]

#: how the note of ``h = θᵀx = θ₀ + θ₁x₁`` begins (θᵀx read over every feature)
WRITTEN_OUT = "the --let chain writes "


def reads_every_feature(note: str) -> bool:
    """Whether ``note`` says a model was read as θᵀx over every feature, x₀ = 1 among them (θ₀ is logderiv's θ₁ then)."""
    return note.startswith((WRITTEN_OUT, ZERO_BASED_DOT))

_OPENING = "([{"
_CLOSING = ")]}"


#: the alignment environments whose rows are one chain (``\\begin{align*} A &= B \\\\ &= C \\end{align*}``)
_ROW_ENVIRONMENTS = ("align", "align*", "aligned", "split", "eqnarray", "eqnarray*", "gather", "gather*",
                     "gathered", "multline", "multline*")
_WRAPPED = patterns.compile(
    r"(?P<open>\s*(?:\$\$?|\\\[)?\s*\\begin\s*\{(?P<env>[a-z]+\*?)\})(?P<body>.*)"
    r"(?P<close>\\end\s*\{(?P=env)\}\s*(?:\$\$?|\\\])?\s*)", re.DOTALL)
#: a row break with its optional spacing (``\\\\[2ex]``), an alignment mark (``&``)
_ROW_BREAK = patterns.compile(r"\\\\(?:\s*\[[^\]]*\])?|&")


def rows_joined(text: str) -> str | None:
    r"""A multi-row alignment that encloses the whole text, its rows joined into one chain; None otherwise.

    ``\begin{align*} ∂J/∂θⱼ &= A \\ &= B \end{align*}`` is the chain ``∂J/∂θⱼ = A = B``
    written on rows: the chain must be cut at its ``=`` only once the environment is
    gone, or the first side holds a ``\begin`` whose ``\end`` is in the last. The
    environment, its row breaks and its ``&`` are blanked (the text keeps its length,
    so a caret still points into the text as written).
    """
    if not isinstance(text, str):
        return None
    wrapped = _WRAPPED.fullmatch(text)
    if wrapped is None or wrapped["env"] not in _ROW_ENVIRONMENTS or not re.search(r"\\\\", wrapped["body"]):
        return None
    body = _ROW_BREAK.sub(lambda found: " " * len(found.group()), wrapped["body"])
    return " " * len(wrapped["open"]) + body + " " * len(wrapped["close"])


def sides(text: str) -> list[tuple[int, int]]:
    """The ``(begin, end)`` of each side of the top-level ``=`` in ``text``; one side when there is none."""
    if not isinstance(text, str):
        return []
    depth = 0
    bounds: list[tuple[int, int]] = []
    begin = 0
    comment = -1  # where a TeX comment (% to the end of its line) ends: its '=' is the comment's, not a side's
    for k, char in enumerate(text):
        if k < comment:
            continue
        if char == "%" and text[k - 1:k] != "\\":
            newline = text.find("\n", k)
            comment = len(text) if newline < 0 else newline
        elif char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
        elif (char == "=" and depth == 0 and text[k - 1:k] not in ("=", "<", ">", "!")
              and text[k + 1:k + 2] != "="):
            bounds.append((begin, k))
            begin = k + 1
    bounds.append((begin, len(text)))
    return bounds


#: the negative log-likelihood by its name: -l(w), -\ell(\theta) (the parameters as log L's are written)
_NEGATED_LOG_LIKELIHOOD = patterns.compile(
    r"-\s*(?P<letter>l|\\ell)\s*\(\s*(?:\\(?:theta|beta)|w|\\mathbf\s*\{\s*w\s*\})\s*\)")
#: the log of a likelihood named, not written out: \log L(\theta), \ln \mathcal{L}(w), logL(\theta), \log{L(\theta)}
#: (log\ L(\theta): a TeX space after a log written without its backslash; -\ln L(\theta): the negative
#: log-likelihood; \log(L(\Theta)): the log's bracket written around L, the parameters a capital Θ, which the LaTeX
#: reader reads as θ where the text writes no θ. The pages that write log\ L derive one example's term beside the
#: sum: read only where the page says so, services.steps's one-example problem; elsewhere the dropped sum is a wrong
#: step)
_LOG_LIKELIHOOD = patterns.compile(
    r"-?\s*(?:\\(?:mathrm|operatorname|text)\s*\{\s*(?:log|ln)\s*\}|\\?(?:log|ln))(?:\s|\\[ ,;!]|~)*"
    r"(?P<brace>\{\s*)?(?P<paren>\(\s*)?(?:\\mathcal\s*\{\s*L\s*\}|L)\s*\(\s*(?:\\(?:theta|Theta|beta)|w|\\mathbf\s*\{\s*w\s*\})\s*\)"
    r"(?(paren)\s*\))(?(brace)\s*\})")


#: a name a side may give what another side writes out: y_p, yhat, y_{pred}, z(x)
_NAME = patterns.compile(r"[A-Za-z][A-Za-z0-9]*(?:_(?:\{[A-Za-z0-9]+\}|[A-Za-z0-9]+))?(?:\(\s*[A-Za-z]\w*\s*\))?")
#: names that are functions of the notation, never a name the chain gives an expression
_FUNCTION_NAMES = frozenset({"sigmoid", "sigma", "exp", "log", "ln", "g", "softmax", "tanh", "relu"})


def named_in(this: str, other: str) -> tuple[str, str] | None:
    """``(y_p, f(x))`` where side ``this`` is side ``other`` with one expression written as a name, else None.

    ``E = ∑(y - y_p)^2 = ∑(y - f(x))^2``, ``h(x) = \\frac 1 {1 + e^{-z(x)}} = \\frac 1 {1 + e^{-θ^Tx}}``:
    all but ``y_p`` and ``f(x)`` is the same text, so the ``=`` between the sides says what the
    name is; the other side holds it written out, and reading that side reads the chain.
    """
    start = 0
    while start < min(len(this), len(other)) and this[start] == other[start]:
        start += 1
    end = 0
    while end < min(len(this), len(other)) - start and this[-1 - end] == other[-1 - end]:
        end += 1
    name, written = this[start:len(this) - end], other[start:len(other) - end].strip()
    if start > 0 and (this[start - 1].isalnum() or this[start - 1] in "_\\"):
        return None  # the difference starts inside a word: not one whole name
    after = this[len(this) - end:len(this) - end + 1]
    if not _NAME.fullmatch(name) or after.isalnum() or after in ("_", "(", "{", "^"):
        return None
    if not written or "=" in written or written == name or name.split("(")[0] in _FUNCTION_NAMES:
        return None
    return name, written


#: the log of one example's probability under the model, written by its name: \log p(y^{(i)} \mid x^{(i)}; \theta),
#: \log P(y|x;w) — the probability's law is the model's, written out nowhere on the page
_LOG_PROBABILITY = patterns.compile(
    r"-?\s*(?:\\(?:mathrm|operatorname)\s*\{\s*(?:log|ln)\s*\}|\\?(?:log|ln))(?:\s|\\[ ,;!]|~)*"
    r"[pP]\s*(?:\\left\s*)?\((?:[^()]|\([^()]*\))*(?:\\mid|\||\\vert)(?:[^()]|\([^()]*\))*(?:\\right\s*)?\)")


def log_of_a_probability(side: str) -> bool:
    r"""Whether a chain's side is ``\log p(y^{(i)} \mid x^{(i)}; \theta)``: one example's log-probability by its name.

    CS229's problem sets write ``\ell^{(i)} = \log p(y^{(i)} \mid x^{(i)}; \theta) = … = θᵀx y − e^{θᵀx} − log y!``:
    the side names what the loss is (the log of the model's probability of the example), the later sides write
    it out. The law p is the model's, defined nowhere on the page, so the side cannot be read; it names the cost.
    """
    return _LOG_PROBABILITY.fullmatch(side.strip()) is not None


def log_of_a_likelihood(side: str) -> bool:
    r"""Whether a chain's side is ``\log L(\theta)``: the log-likelihood by the likelihood's name, L not written out.

    CS229 writes ``\ell(\theta) = \log L(\theta) = \sum_i …``: the middle side says
    what ℓ is (the log of the likelihood L), the last side writes it out. L is
    defined nowhere, so the middle side cannot be read; it names the cost.
    """
    return _LOG_LIKELIHOOD.fullmatch(side.strip()) is not None


def negated_log_likelihood(side: str, letter: str = "") -> bool:
    r"""Whether a chain's side is ``-l(w)``: the cost as the negative log-likelihood, by the log-likelihood's name.

    ``J(w) = -l(w) = -\sum_i …`` (a Chinese note after ``l(w) = \ln L(w) = …``): the middle side says what J
    is, the last side writes it out. ``letter`` (``l``, ``\ell``), when given, is the only name allowed.
    """
    found = _NEGATED_LOG_LIKELIHOOD.fullmatch(side.strip())
    return found is not None and (not letter or "".join(found.group("letter").split()) == letter)


def variant(text: str, bounds: list[tuple[int, int]], keep: list[int]) -> str:
    """``text`` with only the sides ``keep`` (in order), joined by their own ``=``; the rest blanked.

    The text keeps its length, so an error's column still points into the text as written.
    """
    characters = [" "] * len(text)
    for number, side in enumerate(keep):
        begin, end = bounds[side]
        characters[begin:end] = text[begin:end]
        if number:
            characters[begin - 1] = "="
    return "".join(characters)


def shown(text: str, bounds: list[tuple[int, int]], side: int) -> str:
    """One side as written, without the spaces around it."""
    begin, end = bounds[side]
    return text[begin:end].strip()


def start(text: str, bounds: list[tuple[int, int]], side: int) -> int:
    """The column of a side's first character (past its leading spaces)."""
    begin, end = bounds[side]
    return begin + len(text[begin:end]) - len(text[begin:end].lstrip())


# --- a --let chain's sides that agree though written differently --------------------------------


def sigmoid_argument(node: tree.Node) -> tree.Node | None:
    """u when ``node`` is σ(u) as written: ``\\sigma(u)``, ``1/(1+e^{-u})``, ``1/(e^{-u}+1)``, ``e^u/(1+e^u)``."""
    if isinstance(node, tree.Apply) and node.function == "sigmoid":
        return node.argument
    if not (isinstance(node, tree.Binary) and node.op == "/" and isinstance(node.right, tree.Binary)
            and node.right.op == "+"):
        return None
    one = ("number", "1")
    denominator = node.right
    power = denominator.right if shape(denominator.left) == one else denominator.left
    if shape(denominator.left) != one and shape(denominator.right) != one:
        return None
    exponent = _exponent(power)
    if exponent is None:
        return None
    if shape(node.left) == one:
        return _negated(exponent)
    return exponent if shape(node.left) == shape(power) else None


def _negated(exponent: tree.Node) -> tree.Node | None:
    """u when ``exponent`` is −u: ``-z``, and ``-Xw`` (read (−X)·w, the minus on the first factor) as Xw."""
    if isinstance(exponent, tree.Negate):
        return exponent.operand
    if isinstance(exponent, tree.Binary) and exponent.op == "*":
        left = _negated(exponent.left)
        if left is not None:
            return tree.Binary("*", left, exponent.right, exponent.span)
    return None


def named_sigmoid_argument(side: tree.Node, last: tree.Node,
                           defined: Collection[str]) -> tuple[tree.Variable, tree.Node] | None:
    r"""``\sigma(z_i) = \frac{1}{1+e^{-(\theta_0+\theta_1 x_i)}}``: (z_i, its reading) when the last side spells out z.

    The side is σ of a letter that nothing defines and that is no quantity of the
    notation (θ, x, y, m, …); the last side is σ of an expression, written out or
    not. The letter is read as that expression, so the two sides are one.
    """
    if not (isinstance(side, tree.Apply) and side.function == "sigmoid" and isinstance(side.argument, tree.Variable)):
        return None
    letter = side.argument
    if letter.name in defined or letter.name in vocab.FIXED_NAMES or letter.name in vocab.INDEX_LETTERS \
            or letter.name == vocab.PREDICTION or letter.feature is not None:
        return None
    argument = sigmoid_argument(last)
    if argument is None or isinstance(argument, tree.Variable) and argument.name == letter.name:
        return None
    marks = {node.example for node in tree.walk(argument) if isinstance(node, tree.Variable) and node.example}
    if marks - {letter.example}:
        return None  # z (no example mark) for an expression of x_i: not one quantity
    return letter, argument


def written_out_dot(dot: tree.Node, other: tree.Node) -> bool:
    """Whether ``other`` is the dot product ``dot`` (θᵀx) written out for its first features: θ₀ + θ₁x₁ [+ θ₂x₂ …].

    The intercept θ₀ goes with x₀ = 1, as the notes that write this chain (Ng's) number
    features from 0.
    """
    if not (isinstance(dot, tree.Dot) and isinstance(dot.left, tree.Variable) and isinstance(dot.right, tree.Variable)):
        return False
    parameter, data = dot.left, dot.right
    if parameter.feature is not None or data.feature is not None or parameter.example is not None:
        return False
    terms = _added(other)
    if len(terms) < 2:
        return False
    first = terms[0]
    if not (isinstance(first, tree.Variable) and (first.name, first.feature, first.example) == (parameter.name, "0", None)):
        return False
    for number, term in enumerate(terms[1:], start=1):
        if not (isinstance(term, tree.Binary) and term.op == "*" and isinstance(term.left, tree.Variable)
                and isinstance(term.right, tree.Variable)):
            return False
        weight, value = term.left, term.right
        if (weight.name, weight.feature, weight.example) != (parameter.name, str(number), None):
            return False
        if (value.name, value.feature, value.example) != (data.name, str(number), data.example):
            return False
    return True


def dot_as_feature_sum(dot: tree.Node, other: tree.Node) -> bool:
    """Whether ``other`` is the dot product ``dot`` (θᵀx⁽ⁱ⁾) as its sum over the features: Σₖ θₖxₖ⁽ⁱ⁾.

    ``h_θ(x⁽ⁱ⁾) = θᵀx⁽ⁱ⁾ = Σⱼ θⱼxⱼ⁽ⁱ⁾`` (Ng's notes): the two sides are one quantity,
    the same parameter and the same example's data, the sum's index on both.
    """
    if not (isinstance(dot, tree.Dot) and isinstance(dot.left, tree.Variable) and isinstance(dot.right, tree.Variable)):
        return False
    if not (isinstance(other, tree.Sum) and other.over == "features"):
        return False
    body = other.body
    if not (isinstance(body, tree.Binary) and body.op == "*"
            and isinstance(body.left, tree.Variable) and isinstance(body.right, tree.Variable)):
        return False
    parameter, data = dot.left, dot.right
    if parameter.feature is not None or data.feature is not None or parameter.example is not None:
        return False
    want = {(parameter.name, other.index, None), (data.name, other.index, data.example)}
    return {(side.name, side.feature, side.example) for side in (body.left, body.right)} == want


def juxtaposed_dot(node: tree.Node) -> tree.Dot | None:
    """``θx`` (a parameter vector beside the data x, both whole, no transpose) as the dot product θᵀx; else None.

    Read so only beside a side that is that dot product's sum over the features (``h_θ(x) = Σⱼ θⱼxⱼ = θx``,
    the UFLDL notes' chain): the chain itself says the product of the two vectors is their dot product.
    """
    if not (isinstance(node, tree.Binary) and node.op == "*"
            and isinstance(node.left, tree.Variable) and isinstance(node.right, tree.Variable)):
        return None
    parameter, data = node.left, node.right
    if parameter.name not in vocab.PARAMETER_VECTORS or data.name not in vocab.DATA_VECTORS:
        return None
    if parameter.feature is not None or data.feature is not None or parameter.example is not None:
        return None
    return tree.Dot(parameter, data, node.span)


def numbered_component(node: tree.Node) -> tree.Variable | None:
    """The first θ₀, θ₁, w₂ … (a parameter with a number) in ``node``, or None.

    After ``h = θᵀx = θ₀ + θ₁x₁`` is read as θᵀx over every feature, a θ₁ written
    elsewhere would be logderiv's θ₁ (the intercept, x₁ = 1), not the writer's slope:
    the texts that name one are refused rather than read so.
    """
    for item in tree.walk(node):
        if isinstance(item, tree.Variable) and item.name in vocab.PARAMETER_VECTORS and (item.feature or "").isdigit():
            return item
    return None


def one_sigmoid(side: tree.Node, last: tree.Node) -> bool:
    """Whether both sides are σ of one argument, one of them written out: ``\\sigma(z) = \\frac{1}{1+e^{-z}}``.

    The builder reads the written-out sigmoid as σ (noted), so the two build alike.
    """
    argument = sigmoid_argument(side)
    other = sigmoid_argument(last)
    return argument is not None and other is not None and shape(argument) == shape(other)


def letter_sigmoid(side: tree.Node, last: tree.Node, called: Collection[str]) -> bool:
    r"""Whether the side is ``g(u)`` of a g nothing defines and the last side is σ(u) (written out or not).

    ``h_{\theta}(x)=g(\theta ^Tx)=\frac{1}{1+e^{-\theta ^Tx}}`` (a CSDN blog's let): the
    last side spells g out as the sigmoid, the g of Ng's course, as the builder reads an
    undefined g(z) anyway.
    """
    if not (isinstance(side, tree.Call) and side.name == SIGMOID_LETTER and SIGMOID_LETTER not in called):
        return False
    argument = sigmoid_argument(last)
    return argument is not None and shape(argument) == shape(side.argument)


def same_function(side: tree.Node, last: tree.Node) -> tuple[tree.Node, tree.Node] | None:
    r"""(its argument, the last's) when both sides apply one function to one argument; None otherwise.

    ``\sigma(\mathbf{w}^T\mathbf{x})`` and ``\sigma(w_0 + w_1x_1 + … + w_nx_n)`` (σ written
    out or not, as :func:`sigmoid_argument` reads it), ``\log(u)`` and ``\log(v)``, ``h(u)``
    and ``h(v)``: the sides are one when the arguments are (a function of equal arguments
    is equal; the converse is never used).
    """
    if isinstance(side, tree.Apply) and isinstance(last, tree.Apply) and side.function == last.function:
        return side.argument, last.argument
    if isinstance(side, tree.Call) and isinstance(last, tree.Call) and side.name == last.name:
        return side.argument, last.argument
    mine, other = sigmoid_argument(side), sigmoid_argument(last)
    if mine is not None and other is not None:
        return mine, other
    return None


def with_argument(last: tree.Node, argument: tree.Node) -> tree.Node:
    """The last side of :func:`same_function` with ``argument`` for its own (itself when that is its own)."""
    if isinstance(last, (tree.Apply, tree.Call)):
        return last if last.argument is argument else replace(last, argument=argument)
    if sigmoid_argument(last) is argument:
        return last
    return tree.Apply("sigmoid", argument, last.span)


def reordered(side: tree.Node, last: tree.Node) -> bool:
    """Whether the sides differ only in the order of terms or factors: ``w x + b = b + w x``, ``θᵀx = xᵀθ``.

    Sums and products are flattened and their operands sorted; nothing else is rewritten.
    """
    return _commuted(side) == _commuted(last)


def _commuted(node: tree.Node) -> tuple[object, ...]:
    if isinstance(node, tree.Binary) and node.op in ("+", "*") and not (node.op == "*" and _matrix_like(node)):
        operands: list[tuple[object, ...]] = []
        pending: list[tree.Node] = [node]
        while pending:
            item = pending.pop()
            if isinstance(item, tree.Binary) and item.op == node.op:
                pending += [item.left, item.right]
            else:
                operands.append(_commuted(item))
        return ("commuted", node.op, tuple(sorted(operands, key=repr)))
    if isinstance(node, tree.Dot):
        return ("dot", tuple(sorted((_commuted(node.left), _commuted(node.right)), key=repr)))
    if isinstance(node, tree.Binary):
        return ("binary", node.op, _commuted(node.left), _commuted(node.right))
    if isinstance(node, tree.Negate):
        return ("negate", _commuted(node.operand))
    if isinstance(node, tree.Apply):
        return ("apply", node.function, _commuted(node.argument))
    return shape(node)


def _matrix_like(node: tree.Node) -> bool:

    """Whether a product may be one of matrices (X, a transpose, an entrywise tail): its order then matters."""
    return any(
        isinstance(item, (tree.Transpose, tree.Tail, tree.ZeroFirst))
        or isinstance(item, tree.Variable) and item.name == vocab.DATA_MATRIX
        for item in tree.walk(node)
    )


def written_out_from_zero(dot_side: tree.Node, other: tree.Node) -> bool:
    r"""Whether ``other`` is ``dot_side`` (xᵀw + b) written out for its first features, numbered from 0.

    ``z = w_0x_0^{(i)} + w_1x_1^{(i)} + b = \mathbf{x}^{(i)T}\mathbf{w} + b`` (the Machine Learning
    Specialization's labs, two features): the dot product's terms wₖxₖ⁽ⁱ⁾ for k = 0, 1, …, each weight
    beside the same example's feature of the same number, x₀ a feature like the others (not 1: the labs'
    intercept is b), and the same intercept added on both sides. The written-out side is the dot product
    at as many features as it writes; the dot product says what it is at every n.
    """
    intercept: tree.Variable | None = None
    dot: tree.Node = dot_side
    if isinstance(dot_side, tree.Binary) and dot_side.op == "+" and isinstance(dot_side.right, tree.Variable):
        dot, intercept = dot_side.left, dot_side.right
    if not (isinstance(dot, tree.Dot) and isinstance(dot.left, tree.Variable) and isinstance(dot.right, tree.Variable)):
        return False
    pair = (dot.left, dot.right)
    parameter = next((v for v in pair if v.name in vocab.PARAMETER_VECTORS and v.example is None), None)
    data = next((v for v in pair if v is not parameter and v.name == "x"), None)
    if parameter is None or data is None or parameter.feature is not None or data.feature is not None:
        return False
    terms = _added(other)
    if intercept is not None:
        last = terms.pop()
        if not (isinstance(last, tree.Variable) and (last.name, last.feature, last.example)
                == (intercept.name, intercept.feature, intercept.example)):
            return False
    if len(terms) < 2:
        return False
    for number, term in enumerate(terms):
        if not isinstance(term, tree.Binary) or term.op != "*":
            return False
        left, right = term.left, term.right
        if not (isinstance(left, tree.Variable) and isinstance(right, tree.Variable)):
            return False
        shapes = {(left.name, left.feature, left.example), (right.name, right.feature, right.example)}
        if shapes != {(parameter.name, str(number), None), (data.name, str(number), data.example)}:
            return False
    return True


def _added(node: tree.Node) -> list[tree.Node]:
    """The terms of a left-nested sum ``a + b + c``, in the order written (one term for anything else)."""
    terms = []
    while isinstance(node, tree.Binary) and node.op == "+":
        terms.append(node.right)
        node = node.left
    terms.append(node)
    terms.reverse()
    return terms
