"""Functions defined with ``--let``: ``g(z) = 1/(1+e^{-z})``, ``\\mathcal{L}(a, y) = -(y\\log a + …)``.

A ``--let`` whose left side is ``NAME(ARGS)`` with ARGS other than the example
``x`` defines a *function*. Every call ``NAME(expr, …)`` in the cost and in the
other lets is expanded, in the tree and before anything is built, into the
function's body with each parameter replaced by its argument — with a note
saying so. A function whose body is the sigmoid written out is read as σ
(``g(z) = 1/(1+e^{-z}) is the sigmoid: g read as σ``), so the chain rule goes
through σ′ = σ(1 − σ); ``\\sigma(z) = …`` must *be* the sigmoid, or it is refused.

Bounded on purpose: a function's body may call another defined function
(code defines ``h(X, theta)`` through ``g``), but never itself, directly or
through others (no recursion: :func:`resolve` refuses a cycle), and an
expansion stops at :data:`MAX_NODES` nodes. Sympy-free,
like the front ends.
"""

from __future__ import annotations

import re

from typing import Any, Collection, Mapping, Sequence

from ..errors import InputError, InputTooLargeError
from ..record import record
from . import tree
from .brackets import closing
from . import vocabulary as vocab
from .. import patterns

__all__ = [
    "FunctionDef", "MAX_NODES", "read_head", "worded_parameters", "expand", "resolve", "is_sigmoid",
    "is_sigmoid_of_something", "shape", "per_example_parameters",
]

#: Most nodes a tree may hold once its calls are expanded.
MAX_NODES = 20_000


@record
class FunctionDef:
    """A function defined with ``--let``: its name, parameters (trees, as written) and body.

    ``feature`` and ``example`` are the scripts written on the name (``\\ell_i(w, b)``);
    a call must carry the same. ``head`` is the left side as written.
    """

    name: str
    parameters: tuple[tree.Node, ...]
    body: tree.Node | None
    text: str
    head: str
    body_start: int
    feature: str | None = None
    example: str | None = None
    #: the --let defining the same name at the example's x (f(\\vec x) = σ(w·x + b) beside f(z) = σ(z)), if any,
    #: and whether the two agree (the model is this function of a score): a call at x is then the model's value
    model: str | None = None
    model_agrees: bool = False


def _left_end(text: str, equals: int) -> int:
    """Where the left side of ``NAME(ARGS) = …`` ends: before ``=``, ``:=``, ``&=``."""
    end = equals
    while end > 0 and text[end - 1] in " \t:&":
        end -= 1
    return end


#: a LaTeX function name written upright: \mathrm{sig}(, \operatorname{sig}(, \text{sig}(
_UPRIGHT_HEAD = patterns.compile(r"\\(?:mathrm|operatorname|text|mathit)\s*\{\s*(?P<word>[A-Za-z]{2,})\s*\}\s*(?=\()")


#: a parameter named by a word in upright type: \text{guess}, \mathrm{actual}
_WORDED_PARAMETER = patterns.compile(r"\\(?:text|textrm|mathrm|mathit)\s*\{\s*(?P<word>[A-Za-z]{2,})\s*\}")


def worded_parameters(text: str, start: int = 0, end: int | None = None) -> set[str]:
    r"""The words a LaTeX head's bracket names its parameters by: ``\mathcal{L}(\text{guess}, \text{actual})``.

    MIT 6.390 defines its losses of a guess and an actual value so. Each word is then one name, in the head
    and in the body (as code's ``cross_entropy(y_pred, y)`` names are); a word that names a function stays it.
    """
    end = len(text) if end is None else end
    equals = text.find("=", start, end)
    end = end if equals < 0 else equals  # the head only: the body's words are read as the body reads them
    opening = text.find("(", start, end)
    if opening < 0:
        return set()
    return {found.group("word") for found in _WORDED_PARAMETER.finditer(text, opening, end)
            if found.group("word") not in vocab.FUNCTIONS and found.group("word").lower() not in vocab.NOT_YET_SUPPORTED}


def read_head(text: str, notation: str, names: Collection[str] = ()) -> FunctionDef | None:
    """The function a ``--let`` text defines (without its body yet), or None when its left side is no ``NAME(ARGS)``."""
    from . import latex, plain

    equals = text.find("=")
    if equals < 0:
        return None
    end = _left_end(text, equals)
    left = text[:end].rstrip()
    if not left.endswith(")"):
        return None
    start = len(text) - len(text.lstrip())
    word = ""
    while start + len(word) < end and text[start + len(word)].isascii() and text[start + len(word)].isalpha():
        word += text[start + len(word)]
    code = re.match(r"[A-Za-z][A-Za-z0-9_]*", text[start:end]) if notation != "latex" else None
    if code is not None and code.group() != word and vocab.is_code_name(code.group()) \
            and vocab.code_name_problem(code.group()) is None:
        # code's cross_entropy_loss(y_pred, Y_label) (a Python def): one name, and so are its parameters of code
        word = code.group()
    multi = {word} if len(word) > 1 and text[start + len(word):start + len(word) + 1] == "(" else set()
    upright = _UPRIGHT_HEAD.match(text, start, end) if notation == "latex" else None
    if upright is not None and upright.group("word") not in vocab.FUNCTIONS:
        # \mathrm{sig}(a) = \frac{1}{1 + \exp(-a)} (a Japanese textbook): the upright word is the function's name,
        # as the bare sig(a) = … is
        multi = {upright.group("word")}
    if multi and notation != "latex":
        multi |= {name for name in re.findall(r"[A-Za-z][A-Za-z0-9_]*", text[start + len(word):end])
                  if vocab.is_code_name(name) and vocab.code_name_problem(name) is None}
        # Rust's mul_scalar_vec(scalar, vector): a function of code whose parameters are words, each a whole argument
        multi |= word_parameters(text[start + len(word):end])
    if notation == "latex":
        multi |= worded_parameters(text, start, end)
        parser, _ = latex._prepare(text, 0, end, set(names) | multi)
        first = parser.tokens[0]
        if first.kind == "function" and first.text == "sigmoid":
            node = latex._parse_range(text, 0, end, set(names) | multi).tree
            if isinstance(node, tree.Apply) and node.function == "sigmoid" and node.span.start == first.start:
                return FunctionDef("sigmoid", (node.argument,), None, text, text[:end].strip(), equals + 1)
            return None
        if first.kind not in ("name", "word", "hat"):
            return None
        name = first.text
        tokens = parser.tokens
        if (len(tokens) > 4 and tokens[1].kind == "op" and tokens[1].text == "_" and tokens[2].kind == "lbrace"
                and tokens[3].kind == "rbrace" and tokens[4].kind == "open"
                and (label := latex.function_label_word(text[tokens[2].start:tokens[3].end])) is not None):
            name = f"{name}_{label}"  # \mathcal{L}_\text{nll}(…) = …: the label in words is part of the name
        node = latex._parse_range(text, 0, end, set(names) | multi, functions={name}).tree
    else:
        # the plain reader's tokens, named apart from the LaTeX reader's above: another type
        opening = plain._tokenize(text, 0, end, multi)[0]
        if opening.kind != "name":
            return None
        name = opening.text
        if name in ("sigmoid", "sigma", "σ"):  # sigma(z) = 1 / (1 + exp(-z)): the sigmoid, as σ is
            node, _ = plain._read_range(text, 0, end, set(names) | multi)
            if isinstance(node, tree.Apply) and node.function == "sigmoid":
                return FunctionDef("sigmoid", (node.argument,), None, text, text[:end].strip(), equals + 1)
            return None
        node, _ = plain._read_range(text, 0, end, set(names) | multi, functions={name})
    if not isinstance(node, tree.FunctionCall) or node.name != name:
        return None
    return FunctionDef(
        name, tuple(node.arguments), None, text, text[:end].strip(), equals + 1, node.feature, node.example
    )


def word_parameters(arguments: str) -> set[str]:
    """The parameters of a code function's head written as words (``(scalar, vector)``): one name each.

    Only an argument that is one word of two letters or more, none the notation knows (``theta``, ``sum``,
    ``log``, ``lambda``): the writer names a parameter, and a product of letters is no parameter.
    """
    inner = arguments.strip()
    if not (inner.startswith("(") and inner.endswith(")")):
        return set()
    words = [argument.strip() for argument in inner[1:-1].split(",")]
    known = vocab.FIXED_NAMES | vocab.WORDS | set(vocab.FUNCTIONS) | vocab.CODE_WORDS | {"sum", "mean", "lambda"}
    return {word for word in words if len(word) > 1 and word.isascii() and word.isalpha() and word not in known}


# --- the shape of a tree, without spans ---------------------------------------------------


#: two spellings of one tree have one shape (kept here too: its readers import it from this module)
shape = tree.shape

#: a tree's shape (:func:`tree.shape`): nested tuples of kinds, names and numbers
_Shape = tuple[object, ...]


# --- the sigmoid written out --------------------------------------------------------------


def _exponent(node: tree.Node) -> tree.Node | None:
    """``E`` of ``e^E``, ``exp(E)`` or ``exp(1)^E``, else None.

    R has no e: its code writes e^E as ``exp(1) ** E`` (exp(1) is e, ``**`` R's ``^``).
    """
    if isinstance(node, tree.Binary) and node.op == "^" and (
            isinstance(node.left, tree.Constant) and node.left.name == "e"
            or isinstance(node.left, tree.Apply) and node.left.function == "exp" and _one(node.left.argument)):
        return node.right
    if isinstance(node, tree.Apply) and node.function == "exp":
        return node.argument
    return None


def is_sigmoid(body: tree.Node, parameter: tree.Node) -> bool:
    """Whether ``body`` is σ(p) written out for the parameter p: ``1/(1+e^{-p})``, ``1/(e^{-p}+1)``, ``e^p/(1+e^p)``, ``σ(p)``."""
    p = shape(parameter)
    if isinstance(body, tree.Apply) and body.function == "sigmoid":
        return shape(body.argument) == p
    if _tanh_sigmoid(body, p):
        return True
    if isinstance(body, tree.Binary) and body.op == "^" and _minus_one(body.right):
        # (1 + e^{-p})^{-1}: the sigmoid's reciprocal written as a power of -1, as σ′ pages rewrite it before the
        # chain rule (hongtaoh's σ(x) = (1 + e^{-x})^{-1}): 1/(1 + e^{-p}) written with the power
        body = tree.Binary("/", tree.Number("1", body.span), body.left, body.span)
    if not (isinstance(body, tree.Binary) and body.op == "/"):
        return False
    denominator = body.right
    if not (isinstance(denominator, tree.Binary) and denominator.op == "+"):
        return False
    power = _beside_one(denominator)
    if power is None:
        return False
    exponent = _exponent(power)
    if exponent is None:
        return False
    if _one(body.left):
        negated = _negated(exponent)
        return negated is not None and shape(negated) == p
    return shape(body.left) == shape(power) and shape(exponent) == p


def is_sigmoid_of_something(body: tree.Node) -> bool:
    """Whether ``body`` is σ(u) written out for some u: ``1/(1+e^{-u})``, ``e^u/(1+e^u)``, ``σ(u)`` (u found in it)."""
    if isinstance(body, tree.Apply) and body.function == "sigmoid":
        return True
    if not (isinstance(body, tree.Binary) and body.op == "/" and isinstance(body.right, tree.Binary)
            and body.right.op == "+"):
        return False
    power = _beside_one(body.right)
    exponent = _exponent(power) if power is not None else None
    if exponent is None:
        return False
    return any(candidate is not None and is_sigmoid(body, candidate) for candidate in (_negated(exponent), exponent))


#: one half as written: 0.5, .5, 0.50; and two, the divisor of a half: 2, 2., 2.0
_HALF = patterns.compile(r"0?\.50*")
_TWO = patterns.compile(r"2(?:\.0*)?")


def _half_of(node: tree.Node) -> tree.Node | None:
    """``p`` of ``p / 2``, ``0.5 * p``, ``p * 0.5``; else None."""
    if not isinstance(node, tree.Binary):
        return None
    if node.op == "/" and isinstance(node.right, tree.Number) and _TWO.fullmatch(node.right.text):
        return node.left
    if node.op == "*":
        for number, other in ((node.left, node.right), (node.right, node.left)):
            if isinstance(number, tree.Number) and _HALF.fullmatch(number.text) or _one_half(number):
                return other
    return None


def _one_half(node: tree.Node) -> bool:
    """Whether ``node`` is the fraction 1/2 as notes write it (``\\frac{1}{2}``, ``1/2``): a half by its digits."""
    return isinstance(node, tree.Binary) and node.op == "/" and _one(node.left) and isinstance(node.right, tree.Number) \
        and _TWO.fullmatch(node.right.text) is not None


def _beside_one(node: tree.Binary) -> tree.Node | None:
    """The other operand of ``1 + u`` or ``u + 1``, or None when neither operand is 1."""
    if _one(node.left):
        return node.right
    if _one(node.right):
        return node.left
    return None


def _tanh_sigmoid(body: tree.Node, p: _Shape) -> bool:
    """Whether ``body`` is σ(p) written with tanh: ``0.5 * (tanh(p / 2) + 1)``, ``(1 + tanh(0.5 * p)) / 2``.

    σ(p) = (1 + tanh(p/2))/2 exactly (JAX's quickstart defines its sigmoid so).
    """
    if not isinstance(body, tree.Binary):
        return False
    inner = _half_of(body)
    if inner is None or not (isinstance(inner, tree.Binary) and inner.op == "+"):
        return False
    tanh = _beside_one(inner)
    if not (isinstance(tanh, tree.Apply) and tanh.function == "tanh"):
        return False
    argument = _half_of(tanh.argument)
    return argument is not None and shape(argument) == p


def _minus_one(node: tree.Node) -> bool:
    """Whether ``node`` is −1 as written: the negated number 1 (``^{-1}``)."""
    return isinstance(node, tree.Negate) and _one(node.operand)


def _one(node: tree.Node) -> bool:
    """Whether ``node`` is the number 1 as written: ``1``, or code's float ``1.0``, ``1.`` (1.0 / (1 + np.exp(-z)))."""
    return isinstance(node, tree.Number) and _ONE.fullmatch(node.text) is not None


#: the number one as code writes it: 1, 1.0, 1., 1.00
_ONE = patterns.compile(r"1(?:\.0*)?")


def _negated(node: tree.Node) -> tree.Node | None:
    """``p`` of ``-p``; also of ``-w x``, which reads as (−w)·x and is −(w x): σ(wx) = 1/(1+e^{-wx}); and of code's
    ``-1.0 * X`` (the gist's ``e ** (-1.0 * X)``), (−1)·p, which is −p."""
    if isinstance(node, tree.Negate):
        return node.operand
    if isinstance(node, tree.Binary) and node.op == "*":
        left = _negated(node.left)
        if left is not None and _one(left):
            return node.right
        if left is not None:
            return tree.Binary("*", left, node.right, node.span)
    return None


# --- expansion -------------------------------------------------------------------------------


def _fail(message: str, node: tree.Node, source: str, label: str, hint: str | None = None) -> InputError:
    return InputError(message, source=source, column=node.span.start, hint=hint, label=label)


def check_body(definition: FunctionDef, functions: Collection[str]) -> None:
    """Refuse a body that calls its own function (no recursion) or uses a parameter's letter otherwise indexed.

    A call of another defined function is read by :func:`resolve`, once every definition is known.
    """
    assert definition.body is not None
    letters = {
        (p.name): shape(p) for p in definition.parameters if isinstance(p, tree.Variable)
    }
    for node in tree.walk(definition.body):
        if isinstance(node, tree.FunctionCall) and node.name == definition.name:
            raise _recursion(definition, node)
        if isinstance(node, tree.Variable) and node.name in letters and shape(node) != letters[node.name]:
            raise _fail(
                f"the body uses {definition.text[node.span.start:node.span.end]}, "
                f"but the parameter is written otherwise on the left",
                node,
                definition.text,
                "--let",
                hint="write the parameter in the body exactly as on the left side",
            )


#: a node or a field of one as the walk by field name meets it (a child, a tuple of children, a name, a span): its
#: type is the field's own, which a walk over every kind of node cannot say
_Field = Any


def _body(definition: FunctionDef) -> tree.Node:
    """A definition's body: a head is read alone without one, and a definition is used only once its body is in."""
    assert definition.body is not None, "the lets are read into definitions with their bodies (notation.lets)"
    return definition.body


def _without_example(node: _Field) -> _Field:
    """``node`` with the example index taken off every name (y⁽ⁱ⁾ → y, h_θ(x⁽ⁱ⁾) → h_θ(x)); spans kept."""
    import dataclasses

    if isinstance(node, tree.Variable):
        return dataclasses.replace(node, example=None) if node.example == vocab.EXAMPLE_INDEX else node
    if isinstance(node, tuple):
        return tuple(_without_example(item) for item in node)
    if dataclasses.is_dataclass(node) and not isinstance(node, (tree.Span, type)):  # a node, not its class
        return dataclasses.replace(node, **{field.name: _without_example(getattr(node, field.name))
                                            for field in dataclasses.fields(node) if field.name != "span"})
    return node


def _has_example(node: tree.Node) -> bool:
    return any(isinstance(item, tree.Variable) and item.example == vocab.EXAMPLE_INDEX for item in tree.walk(node))


def per_example_parameters(definition: FunctionDef) -> tuple[FunctionDef, list[str]]:
    """``Cost(h_θ(x⁽ⁱ⁾), y⁽ⁱ⁾) = -y log(h_θ(x)) - …`` read with the parameters h_θ(x) and y, noted.

    Ng's notes name the per-example cost at the i-th example on the left and write its
    body in the bare letters: the head's (i) only says which example the function is
    taken at. Read so only when every parameter carries the example index, the body
    carries it nowhere, and every parameter without it is distinct and used in the
    body; anything else is left to :func:`check_body`, which refuses it as before.
    """
    parameters = definition.parameters
    if not parameters or not all(_has_example(p) for p in parameters) or _has_example(_body(definition)):
        return definition, []
    # the body's own node for each parameter: h_θ(x) is a call of the defined h in the body, of the prediction
    # h on the left (read before h was known to be a function); one spelling either way
    written = {_called(shape(node)): node for node in tree.walk(_body(definition))}
    keys = [_called(shape(_without_example(p))) for p in parameters]
    if len(set(keys)) != len(keys) or not all(key in written for key in keys):
        return definition, []
    bare = tuple(written[key] for key in keys)
    text = definition.text
    readings = ", ".join(f"{text[p.span.start:p.span.end].strip()} as {text[q.span.start:q.span.end].strip()}"
                         for p, q in zip(parameters, bare))
    note = (f"{definition.head} = … names the cost at the i-th example; its body writes the parameters without "
            f"the (i): read as one ({readings})")
    return FunctionDef(definition.name, bare, definition.body, text, definition.head, definition.body_start,
                       definition.feature, definition.example), [note]


def _called(key: object) -> object:
    """A shape with the prediction's call h(x) written as a function's call h(x): one spelling of both."""
    if not isinstance(key, tuple):
        return key
    if key[:1] == ("call",):
        return ("function", key[1], None, None, (_called(key[2]),))
    return tuple(_called(item) for item in key)


def _recursion(definition: FunctionDef, node: tree.FunctionCall) -> InputError:
    return _fail(
        f"the function {definition.name} calls itself (through {node.name}): a function's body may not "
        f"call it back",
        node,
        definition.text,
        "--let",
        hint="define each function by the ones before it, without a cycle",
    )


def resolve(definitions: Mapping[str, FunctionDef]) -> tuple[dict[str, FunctionDef], list[str]]:
    """``definitions`` with every body's calls of other defined functions expanded, and the notes.

    Code defines its hypothesis through a helper (``def h(X, theta): return g(X.dot(theta))``
    beside ``g = vectorize(lambda x: …)``): a body is expanded once the functions it calls are,
    so ``h`` holds g's body (σ, when g is the sigmoid written out). A cycle is refused.
    """
    done: dict[str, FunctionDef] = {}
    notes: list[str] = []
    waiting = dict(definitions)
    while waiting:
        ready = [
            name for name, definition in waiting.items()
            if all(node.name in done or node.name not in definitions
                   for node in tree.walk(_body(definition)) if isinstance(node, tree.FunctionCall))
        ]
        if not ready:
            definition = next(iter(waiting.values()))
            call = next(node for node in tree.walk(_body(definition)) if isinstance(node, tree.FunctionCall))
            raise _recursion(definition, call)
        for name in ready:
            definition = waiting.pop(name)
            if has_calls(_body(definition)):
                body, body_notes = expand(_body(definition), done, definition.text, "--let")
                definition = FunctionDef(
                    definition.name, definition.parameters, body, definition.text, definition.head,
                    definition.body_start, definition.feature, definition.example,
                )
                notes += body_notes
            done[name] = definition
    return {name: done[name] for name in definitions}, notes


def expand(
    node: tree.Node, definitions: Mapping[str, FunctionDef], source: str, label: str
) -> tuple[tree.Node, list[str]]:
    """``node`` with every call of a defined function replaced by its body, arguments put in; and the notes."""
    notes: list[str] = []
    count = [0]
    result = _expand(node, definitions, source, label, notes, count)
    return result, notes


#: NumPy's np.dot( or np.matmul( as a function's body writes it
_NUMPY_DOT = patterns.compile(r"(?:np|numpy)\.(?:dot|matmul)\s*\(")
#: NumPy's matrix product written between its operands: a @ b, a.dot(b)
_MATMUL_BETWEEN = patterns.compile(r"[\s)]*(?:@|\.\s*dot\s*\()")


def _written_matmul(node: tree.Binary, text: str) -> bool:
    """Whether the product ``node`` of a body is written as NumPy's matrix product: ``np.dot(a, b)``,
    ``np.matmul(a, b)``, ``a @ b`` or ``a.dot(b)`` (not ``np.dot(a, b) * c``, whose span starts at the same place)."""
    if not 0 <= node.span.start <= node.span.end <= len(text):
        return False
    call = _NUMPY_DOT.match(text, node.span.start)
    if call is not None:
        return closing(text, call.end() - 1) == node.span.end - 1
    left, right = node.left.span, node.right.span
    if not 0 <= left.end <= right.start <= len(text):
        return False
    return _MATMUL_BETWEEN.match(text[left.end:right.start]) is not None


def _written_dots(definition: FunctionDef) -> frozenset[int]:
    """The products of ``definition``'s body written ``np.dot(a, b)`` (``np.matmul``, ``a @ b``, ``a.dot(b)``), by id."""
    text = definition.text
    return frozenset(id(node) for node in tree.walk(_body(definition)) if isinstance(node, tree.Binary)
                     and node.op == "*" and _written_matmul(node, text))


#: what an argument is as a NumPy array, as far as its tree says: a number (0), a vector (1: a whole parameter vector,
#: Xθ, their sums), the data matrix (2), a name of no stated shape that broadcasts with a vector (the targets y, a
#: prediction h: "v"), or unknown (None: an example's x, a call, an axis sum)
_Rank = int | str | None


def _rank(node: tree.Node) -> _Rank:
    if isinstance(node, (tree.Number, tree.Constant, tree.Dot, tree.Sum)):
        return 0
    if isinstance(node, (tree.Tail, tree.ZeroFirst)):
        return 1  # theta[1:], [0; theta(2:end)]: the parameter vector without (or with a zero for) its intercept
    if isinstance(node, tree.Variable):
        if node.name in vocab.DATA_VECTORS:
            return 0 if node.feature is not None else None
        if node.feature is not None or node.example is not None or node.name in vocab.CONSTANTS:
            return 0
        if node.name == vocab.DATA_MATRIX:
            return 2
        return 1 if node.name in vocab.PARAMETER_VECTORS else "v"
    if isinstance(node, (tree.Negate, tree.Apply)):
        return _rank(node.operand if isinstance(node, tree.Negate) else node.argument)
    if isinstance(node, tree.Transpose):
        inner = _rank(node.operand)
        return inner if inner in (1, 2) else None
    if not isinstance(node, tree.Binary):
        return None
    left, right = _rank(node.left), _rank(node.right)
    if node.op in ("+", "-"):
        if left is None or right is None:
            return None
        if left == 0 or left == right:
            return right
        if right == 0:
            return left
        return 1 if {left, right} == {1, "v"} else None
    if node.op in ("/", "^"):
        return left if right == 0 else None
    if node.op != "*":
        return None
    if left == 0 or right == 0:
        return right if left == 0 else left
    if isinstance(node.left, tree.Transpose) and left == 1 and right in (1, "v"):
        return 0  # θᵀx, rᵀr: a number
    if (left, right) in ((2, 1), (1, 2), (2, "v"), ("v", 2)):
        return 1  # Xθ, rᵀX: a vector
    return None


class _Unread(Exception):
    """A body's matrix product of its parameter with itself where the argument's shape is not known."""


def _inner_product(product: tree.Binary, span: tree.Span, same: bool = False,
                   said: list[str] | None = None) -> tree.Node:
    """A body's ``np.dot(a, b)`` at a call, its arguments put in: Σᵢ aᵢbᵢ when both are vectors of the examples.

    The body keeps no text at the call (its nodes take the call's span), so the readers could no longer see
    that the product was np.dot, NumPy's inner product of two 1-D arrays. With X, a transpose or a whole
    parameter vector in it, the arguments' shapes decide: of two vectors (Xθ − y, θ) it is aᵀb, one number
    (``said`` gets a note; read entry by entry it was a vector, fixdot36), of the matrix X or of a number it is
    left a product, for the shapes to decide as before; of the parameter with itself (``same``) at an argument of
    no known shape, :class:`_Unread` is raised (the call refuses it).
    """
    from . import readings

    if any(isinstance(node, (tree.Transpose, tree.Tail, tree.ZeroFirst, tree.AxisSum, tree.Dot)) or (
            isinstance(node, tree.Variable) and node.feature is None and node.example is None
            and (node.name == vocab.DATA_MATRIX or node.name in vocab.PARAMETER_VECTORS)
    ) for node in tree.walk(product)):
        if isinstance(product.left, tree.Transpose):
            return product  # np.dot(z.T, z), z.T @ z: the transpose written, read by the shapes as before
        left, right = _rank(product.left), _rank(product.right)
        if isinstance(product.right, tree.Transpose) and left in (1, "v") and _rank(product.right.operand) in (1, "v"):
            # np.dot(z, z.T), z @ z.T: of a 1-D z the inner product zᵀz, of a column z the outer product zzᵀ (auddot36:
            # read as (Xθ − y)ᵀ(Xθ − y)ᵀ, np.mean of it was the mean squared error, NumPy's meaning under neither)
            raise _Unread("outer")
        if left in (1, "v") and right in (1, "v") and 1 in (left, right):
            if said is not None:
                said.append("inner")
            return tree.Binary("*", tree.Transpose(product.left, span), product.right, span)
        if same and left not in (0, 2):
            raise _Unread()
        return product
    if _rank(product.left) == 0 and _rank(product.right) == 0:
        return product  # np.dot of two numbers (y⁽ⁱ⁾, θⱼ): their product
    over, _, _ = readings.unindexed_range(product)
    if over != "examples":
        return product
    return tree.Sum("examples", vocab.EXAMPLE_INDEX, product, span)


def _respan(node: tree.Node, span: tree.Span, swap: Mapping[_Shape, tree.Node], count: list[int],
            dots: frozenset[int] = frozenset(), said: list[tuple[tree.Binary, str]] | None = None) -> tree.Node:
    """A function's body at a call: parameters replaced by arguments, every other node given the call's span
    (a product in ``dots``, written np.dot in the body, is read as NumPy's inner product where it is one; each
    read so is put in ``said`` with how (``inner``), each of the parameter with itself whose argument has no known
    shape raises :class:`_Unread` with it)."""
    count[0] += 1
    if count[0] > MAX_NODES:
        raise InputTooLargeError(
            f"expanding the defined functions gives more than {MAX_NODES} nodes", source="", column=None
        )
    key = shape(node)
    if key in swap:
        return swap[key]
    if isinstance(node, tree.Number):
        return tree.Number(node.text, span)
    if isinstance(node, tree.Constant):
        return tree.Constant(node.name, span)
    if isinstance(node, tree.Variable):
        return tree.Variable(node.name, span, node.feature, node.example)
    if isinstance(node, tree.Kronecker):
        return tree.Kronecker(node.first, node.second, span)
    if isinstance(node, tree.Apply):
        return tree.Apply(node.function, _respan(node.argument, span, swap, count, dots, said), span)
    if isinstance(node, tree.Call):
        return tree.Call(node.name, _respan(node.argument, span, swap, count, dots, said), span)
    if isinstance(node, tree.Binary):
        product = tree.Binary(node.op, _respan(node.left, span, swap, count, dots, said),
                              _respan(node.right, span, swap, count, dots, said), span)
        if id(node) not in dots:
            return product
        how: list[str] = []
        same = shape(node.left) == shape(node.right) and shape(node.left) in swap
        try:
            read = _inner_product(product, span, same, how)
        except _Unread as unread:
            raise _Unread(node, *unread.args) from None
        if said is not None:
            said += [(node, each) for each in how]
        return read
    if isinstance(node, tree.Negate):
        return tree.Negate(_respan(node.operand, span, swap, count, dots, said), span)
    if isinstance(node, tree.Sum):
        return tree.Sum(node.over, node.index, _respan(node.body, span, swap, count, dots, said), span)
    if isinstance(node, tree.Dot):
        left, right = (_respan(side, span, swap, count, dots, said) for side in (node.left, node.right))
        if not (isinstance(left, tree.Variable) and isinstance(right, tree.Variable)):
            raise InputError(
                "a dot product in a function's body takes whole vectors, not the argument given",
                source="",
                column=None,
            )
        return tree.Dot(left, right, span)
    if isinstance(node, tree.Derivative):
        return tree.Derivative(_respan(node.body, span, swap, count, dots, said), node.wrt, span)
    if isinstance(node, tree.Transpose):
        return tree.Transpose(_respan(node.operand, span, swap, count, dots, said), span)
    return node


def _derivative_at(node: tree.FunctionCall, definition: FunctionDef, argument: tree.Node | None, written: str,
                   source: str, label: str, notes: list[str]) -> tree.Node:
    """``g'(u)`` for a defined g: σ(u)(1 − σ(u)) where g's body is the sigmoid, else refused.

    Only the sigmoid: its derivative is the one ML notes write by its prime (Ng's g'(z) = g(z)(1 − g(z))), and
    a page's g is as often a link or an activation of another shape (Poisson's e^z, tanh), whose prime no
    rule here spells out; refusing keeps a misread prime from becoming a confident verdict.
    """
    assert definition.body is not None
    body = definition.text[definition.body_start:].strip()
    if argument is None or len(definition.parameters) != 1 or not is_sigmoid(definition.body, definition.parameters[0]):
        raise _fail(
            f"{definition.name}'({written}) is the derivative of {definition.head} = {body}: a prime is read only on "
            "a function defined as the sigmoid",
            node,
            source,
            label,
            hint=f"write the derivative of {body} out, at {written}",
        )
    notes.append(f"{definition.name}'({written}) is the derivative of {definition.head} = {body}, the sigmoid: read as "
                 f"σ({written})(1 − σ({written}))")
    sigmoid = tree.Apply("sigmoid", argument, node.span)
    return tree.Binary("*", sigmoid, tree.Binary("-", tree.Number("1", node.span), sigmoid, node.span), node.span)


def _expand(
    node: tree.Node,
    definitions: Mapping[str, FunctionDef],
    source: str,
    label: str,
    notes: list[str],
    count: list[int],
) -> tree.Node:
    count[0] += 1
    if count[0] > MAX_NODES:
        raise InputTooLargeError(
            f"expanding the defined functions gives more than {MAX_NODES} nodes",
            source=source,
            column=node.span.start,
            label=label,
        )

    def again(child: tree.Node) -> tree.Node:
        return _expand(child, definitions, source, label, notes, count)

    if isinstance(node, tree.FunctionCall):
        definition = definitions.get(node.name)
        if definition is None or definition.body is None:
            raise _fail(f"'{node.name}' is not a defined function", node, source, label)
        if (node.feature, node.example) != (definition.feature, definition.example):
            raise _fail(
                f"'{source[node.span.start:node.span.end]}' is written with other indices than its definition "
                f"{definition.head}",
                node,
                source,
                label,
            )
        if len(node.arguments) != len(definition.parameters):
            raise _fail(
                f"{definition.head} takes {len(definition.parameters)} argument"
                f"{'s' if len(definition.parameters) != 1 else ''}, given {len(node.arguments)}",
                node,
                source,
                label,
            )
        _refuse_crossed_names(node, definition, source, label)
        arguments = [again(argument) for argument in node.arguments]
        written = ", ".join(source[a.span.start:a.span.end].strip() for a in node.arguments)
        if definition.model is not None and len(arguments) == 1 and _example_data(arguments[0]):
            return _model_at_example(node, definition, arguments[0], source, label, notes)
        # after the model's own reading: a link f(z) beside a model f(x) that agrees with it is read at x above
        _refuse_scalar_function_of_features(node, definition, source, label)
        if node.primed:
            return _derivative_at(node, definition, arguments[0] if len(arguments) == 1 else None, written,
                                  source, label, notes)
        if len(definition.parameters) == 1 and is_sigmoid(definition.body, definition.parameters[0]):
            notes.append(
                f"{definition.head} = {definition.text[definition.body_start:].strip()} is the sigmoid: "
                f"{definition.name} read as σ"
            )
            return tree.Apply("sigmoid", arguments[0], node.span)
        swap = {shape(p): a for p, a in zip(definition.parameters, arguments)}
        written_in_body = {shape(part) for part in tree.walk(definition.body)}
        # a parameter may be an expression (f(θᵀx) = …): only a named one can be reached through another let
        unseen = [(source[a.span.start:a.span.end].strip(), p.name)
                  for p, a, value in zip(definition.parameters, node.arguments, arguments)
                  if isinstance(p, tree.Variable) and shape(p) not in written_in_body and shape(p) != shape(value)]
        # a name of the body's own (loss, pred): another --let, through which the body may reach its parameters
        own = {part.name for part in tree.walk(definition.body) if isinstance(part, tree.Variable)} \
            - {part.name for p in definition.parameters for part in tree.walk(p) if isinstance(part, tree.Variable)} \
            - vocab.FIXED_NAMES - vocab.WORDS - {"X", "m", "n"}
        if unseen and own:
            # calculate_loss(y, tx, w) = np.squeeze(- loss), loss a let of y and tx: the body reaches its parameters
            # only through other lets, which read the texts' own y and tx, so a call passing other values
            # (calculate_loss(tx, y, w), arguments swapped) would be read as if it passed y, tx (audit35)
            raise _fail(
                f"the call passes {unseen[0][0]} for {definition.name}'s parameter {unseen[0][1]}, which its body "
                f"{definition.head} = … does not write (it reaches it through another --let, read with the texts' own "
                "names): the call cannot be put in",
                node, source, label,
            )
        head = re.sub(r"(?<=\S) {2,}(?=\S)", " ", definition.head)  # a respelling's padding (columns kept) not shown
        if any(shape(p) != shape(a) for p, a in zip(definition.parameters, arguments)):
            notes.append(f"{head} = … is a function: {definition.name} applied to {written}")
        else:
            notes.append(f"{head} = … is read as its definition where it is used")
        return _reduced_at(node, definition, swap, count, written, source, label, notes)
    if isinstance(node, tree.Apply):
        return tree.Apply(node.function, again(node.argument), node.span)
    if isinstance(node, tree.Call):
        return tree.Call(node.name, again(node.argument), node.span)
    if isinstance(node, tree.Binary):
        return tree.Binary(node.op, again(node.left), again(node.right), node.span)
    if isinstance(node, tree.Negate):
        return tree.Negate(again(node.operand), node.span)
    if isinstance(node, tree.Sum):
        return tree.Sum(node.over, node.index, again(node.body), node.span)
    if isinstance(node, tree.AxisSum):
        # np.sum((f(w, b, X) - y) * X, axis=0): the call inside a sum along an axis is expanded too
        return tree.AxisSum(again(node.body), node.dimension, node.span)
    if isinstance(node, tree.Derivative):
        return tree.Derivative(again(node.body), node.wrt, node.span)
    if isinstance(node, tree.Transpose):
        return tree.Transpose(again(node.operand), node.span)
    return node


def _reduced_at(node: tree.FunctionCall, definition: FunctionDef, swap: Mapping[_Shape, tree.Node], count: list[int],
                written: str, source: str, label: str, notes: list[str]) -> tree.Node:
    """``definition``'s body at the call ``node``, its matrix products (np.dot, @, .dot) read with the arguments' shapes.

    NumPy's ``np.dot(z, z)`` (``z @ z``, ``z.dot(z)``) of a 1-D array is its inner product, one number; read entry
    by entry, as the body's letters alone say, ``np.mean(g(X @ theta - y))`` was the mean squared error, m times
    smaller than what NumPy computes (fixdot36). At the call the argument's shape is known: a vector (Xθ − y, θ)
    gives zᵀz, noted; X or a number the product as before; a product of the parameter with itself at an argument
    of no known shape is refused at the call, with the two readings.
    """
    said: list[tuple[tree.Binary, str]] = []
    try:
        body = _respan(_body(definition), node.span, swap, count, _written_dots(definition), said)
    except _Unread as unread:
        product = unread.args[0]
        spelled = definition.text[product.span.start:product.span.end].strip()
        if unread.args[1:] == ("outer",):
            raise _fail(
                f"{definition.head} = {definition.text[definition.body_start:].strip()}: {spelled} is NumPy's matrix "
                f"product with its right operand transposed, and at {source[node.span.start:node.span.end].strip()} "
                "its operands are vectors — of 1-D arrays .T changes nothing and it is the inner product, one number "
                "Σ a·b; of columns (m×1) it is the outer product abᵀ, an m×m matrix; the text does not say which",
                node, source, label,
                hint="write the inner product as np.dot(a, b) or a.T @ b, or the function's value out at the call",
            ) from None
        raise _fail(
            f"{definition.head} = {definition.text[definition.body_start:].strip()} reduces its argument where it is "
            f"an array: {spelled} is NumPy's matrix product of the parameter with itself, and at "
            f"{source[node.span.start:node.span.end].strip()} the argument's shape is not known — of a vector (1-D "
            "array) it is the inner product, one number Σ z², of numbers the product z² entry by entry, and the text "
            "does not say which is meant",
            node, source, label,
            hint="write the argument in matrix form (X @ theta - y), or the function's value out at the call",
        ) from None
    for product, _ in said:
        text = definition.text
        spelled = text[product.span.start:product.span.end].strip()
        left, right = (text[side.span.start:side.span.end].strip() for side in (product.left, product.right))
        note = (f"read as NumPy: {definition.head} = {text[definition.body_start:].strip()} reduces its argument: at "
                f"{source[node.span.start:node.span.end].strip()} the operands of {spelled} are vectors (1-D arrays), "
                f"so it is NumPy's inner product {left}ᵀ{right} = Σ {left}·{right}, one number, not a product entry "
                "by entry")
        if note not in notes:
            notes.append(note)
    return body


def _example_data(node: tree.Node) -> bool:
    """Whether ``node`` is the example's feature vector x (x, x⁽ⁱ⁾, \\vec x^{(i)}): no feature index."""
    return isinstance(node, tree.Variable) and node.name in vocab.DATA_VECTORS and node.feature is None


def _model_at_example(node: tree.FunctionCall, definition: FunctionDef, argument: tree.Node, source: str, label: str,
                      notes: list[str]) -> tree.Node:
    """``f(\\vec x^{(i)})`` where --let defines f at the example's x and, as a function, at z: the model, if they agree.

    ``f(\\vec x) = σ(w·x + b)`` and ``f(z) = σ(z)`` (notes define the model and its link with one letter) agree:
    f of the example is f of its score, so the call at x is the model's value, and f of anything else the function.
    Where they do not agree (``f(\\vec x) = w·x + b`` beside ``f(z) = σ(z)``), f(x⁽ⁱ⁾) is the linear model or σ of
    the features, and neither is picked.
    """
    called = source[node.span.start:node.span.end]
    if not definition.model_agrees:
        raise _fail(
            f"'{called}' may be --let {definition.model} (f at the example's x) or the function --let "
            f"{definition.text} applied to x; the two do not agree, so which one is meant cannot be told",
            node, source, label,
            hint=f"give the function another name (e.g. g{definition.head[len(definition.name):]} = …)",
        )
    notes.append(f"--let {definition.model} and --let {definition.text} define {definition.name} at the example's x "
                 f"and at a number, and agree ({definition.name} of the example is {definition.name} of its score): "
                 f"{called} is the model's value, {definition.name} of anything else the function")
    return tree.Call(node.name, argument, node.span)


def _named(node: tree.Node) -> str | None:
    """The letter an argument or a parameter is written with (``y`` for y⁽ⁱ⁾, ``h`` for ŷ), else None."""
    return node.name if isinstance(node, (tree.Variable, tree.Call, tree.FunctionCall)) else None


def _refuse_crossed_names(node: tree.FunctionCall, definition: FunctionDef, source: str, label: str) -> None:
    """Refuse a call passing an argument named as another of the parameters: ``L(y⁽ⁱ⁾, ŷ⁽ⁱ⁾)`` for ``L(ŷ, y)``.

    By position y⁽ⁱ⁾ stands for ŷ and the body takes the log of the label (−ŷ log y …), a cost no note means; by
    name the call is the definition's own cross-entropy, its arguments in the order code writes a loss's
    (loss(y_true, y_pred)). Which the writer means the text does not say, so neither is picked.
    """
    parameters = [_named(parameter) for parameter in definition.parameters]
    shown = [definition.text[parameter.span.start:parameter.span.end].strip() for parameter in definition.parameters]
    for position, argument in enumerate(node.arguments):
        name = _named(argument)
        if name is None or name == parameters[position] or name not in parameters:
            continue
        written, other = source[argument.span.start:argument.span.end].strip(), shown[parameters.index(name)]
        raise _fail(
            f"'{written}' is passed for {definition.name}'s parameter {shown[position]}, but {definition.head} "
            f"has a parameter {other} of its name: by position {written} is put for {shown[position]}, by name for "
            f"{other}, and the text does not say which is meant",
            argument, source, label,
            hint=f"pass the arguments in the order of {definition.head}",
        )


def agrees_with_model(definition: FunctionDef, model: tree.Node) -> bool:
    """Whether the value ``model`` of a --let at the example's x is ``definition`` applied to something.

    ``σ(w·x + b)`` is ``f(z) = σ(z)`` (or its sigmoid written out) at z = w·x + b; ``f(w·x + b)`` is f at it. One
    parameter only, the function's body that one function of it.
    """
    if len(definition.parameters) != 1 or definition.body is None:
        return False
    parameter, body = definition.parameters[0], definition.body
    if isinstance(model, tree.FunctionCall) and model.name == definition.name:
        return len(model.arguments) == 1
    if not isinstance(model, tree.Apply):
        return False
    if model.function == "sigmoid" and is_sigmoid(body, parameter):
        return True
    return isinstance(body, tree.Apply) and body.function == model.function and shape(body.argument) == shape(parameter)


def _of_a_number(definition: FunctionDef) -> bool:
    """Whether ``definition`` is a function of one number written in it alone: ``g(z) = 1/(1+e^{-z})``.

    One parameter, not the feature vector x (``p(x) = σ(f(x))`` is the writer's hypothesis of x), and a body
    holding no name but it (no θ, no other --let such as f or g through which it may reach θ), no call and no
    transpose or dot.
    """
    parameter = definition.parameters[0] if len(definition.parameters) == 1 else None
    if not isinstance(parameter, tree.Variable) or parameter.name in vocab.DATA_VECTORS:
        return False
    return all(
        not isinstance(part, (tree.Transpose, tree.Dot, tree.Call, tree.FunctionCall))
        and (not isinstance(part, tree.Variable) or shape(part) == shape(parameter))
        for part in tree.walk(_body(definition))
    )


def _refuse_scalar_function_of_features(node: tree.FunctionCall, definition: FunctionDef, source: str,
                                        label: str) -> None:
    """Refuse a function of a number applied to the feature vector: ``h(x)`` beside ``h(z) = 1/(1+e^{-z})``.

    A student who defines h of a scalar z and writes h(x) means the hypothesis at x, h(θᵀx) = σ(θᵀx), as Ng's
    notes write h(x); or wrote h for the sigmoid by slip. Read as written it is σ of each feature, free of θ:
    a correct answer was judged "different" entry by entry, and a cost lost its data term to a penalty's gradient.
    The text does not say which is meant, so neither is picked (a number or θᵀx as the argument is read as before).
    """
    argument = node.arguments[0] if len(node.arguments) == 1 else None
    if not (isinstance(argument, tree.Variable) and argument.name in vocab.DATA_VECTORS and argument.feature is None
            and _of_a_number(definition)):
        return
    written = source[node.span.start:node.span.end].strip()
    body = definition.text[definition.body_start:].strip()
    applied = "σ" if is_sigmoid(_body(definition), definition.parameters[0]) else definition.name
    # fixmsg29: the hint echoes the text's own notation (LaTeX or plain) and parameter letter (θ, w, β), not
    # always plain theta^T x
    shown, plain, latex = _written_parameter(source)
    data = source[argument.span.start:argument.span.end].strip()
    score = f"{latex}^T {data}" if "\\" in source else f"{plain}^T {data}"
    sigmoid = "\\sigma" if "\\" in source else "sigmoid"
    raise _fail(
        f"{written} applies {definition.head} = {body}, a function of one number, to the feature vector "
        f"{source[argument.span.start:argument.span.end].strip()}: read as the hypothesis it is "
        f"{definition.name}({shown}ᵀx), read as written it is {applied} of each feature, free of {shown}, and the "
        "text does not say which is meant",
        argument, source, label,
        hint=f"write {definition.name}({score}), or define the hypothesis with --let "
             f"'{definition.name}(x) = {sigmoid}({score.removesuffix(data)}x)'" if applied == "σ" else
             f"write {definition.name}({score}), or define {definition.name}(x) with {plain} in it",
    )


#: the parameter vector's letter as a text writes it: θ, w or β, in LaTeX, Unicode or plain words
_PARAMETER_LETTERS = (
    ("θ", "theta", "\\theta", patterns.compile(r"\\(?:var)?theta(?![A-Za-z])|θ|(?<![A-Za-z\\])theta(?![A-Za-z])")),
    ("w", "w", "w", patterns.compile(r"(?<![A-Za-z\\])w(?![A-Za-z])")),
    ("β", "beta", "\\beta", patterns.compile(r"\\beta(?![A-Za-z])|β|(?<![A-Za-z\\])beta(?![A-Za-z])")),
)


def _written_parameter(source: str) -> tuple[str, str, str]:
    """The parameter letter ``source`` writes (shown, plain, LaTeX): θ unless it writes w or β alone."""
    written = [letters[:3] for letters in _PARAMETER_LETTERS if letters[3].search(source)]
    return written[0] if len(written) == 1 else _PARAMETER_LETTERS[0][:3]


def has_calls(node: tree.Node) -> bool:
    """Whether ``node`` holds a call of a defined function."""
    return any(isinstance(n, tree.FunctionCall) for n in tree.walk(node))


def sigmoid_note(definition: FunctionDef) -> str:
    """The note for ``\\sigma(z) = 1/(1+e^{-z})``: the definition is the sigmoid σ already is."""
    return f"{definition.head} = {definition.text[definition.body_start:].strip()}{SIGMOID_NOTE_END}"


#: how the sigmoid's note ends (a reader of notes tells a definition that is the sigmoid by it)
SIGMOID_NOTE_END = " is the sigmoid σ, as logderiv reads σ"


def check_sigmoid(definition: FunctionDef) -> None:
    """Refuse ``\\sigma(z) = …`` when the body is not the sigmoid: σ has one meaning here."""
    assert definition.body is not None
    if len(definition.parameters) != 1 or not is_sigmoid(definition.body, definition.parameters[0]):
        raise InputError(
            "σ is the sigmoid 1/(1 + e^(−z)) here, and this definition is not it",
            source=definition.text,
            column=definition.body_start + len(definition.text[definition.body_start:]) - len(definition.text[definition.body_start:].lstrip()),
            hint="give your function another name (g(z) = ...), or drop the --let: σ is already the sigmoid",
            label="--let",
        )


def ordered_names(definitions: Sequence[FunctionDef]) -> frozenset[str]:
    """The names of the functions defined (the sigmoid's re-definition excluded)."""
    return frozenset(d.name for d in definitions if d.name != "sigmoid")
