r"""``--let 'z = w.X + b'`` beside a cost in ŷ_i: X is one example's features, the let's value per example.

Notebooks define ``z = w.X + b`` (NumPy's ``np.dot(w, X)``) and ``\^y = \frac{1}{1 + e^{-z}}``, then
write the cost and the gradients with ŷ_i. Whether X there is the data matrix (z
the vector of every example's value) or one example's features x⁽ⁱ⁾, the value
for example i is wᵀx⁽ⁱ⁾ + b: where the let's name, and every let that uses it, is
written elsewhere only with the example index (``\^y_{i}``), the let is read per
example with X as x (respelled in place, noted). A text that writes X in another
way (``X^T``, ``Xw``) or uses the name without the index keeps X as written.
In LaTeX, ``Z = W \cdot X + b`` and ``Z = W X + b`` are read so too where the texts write the example with the
index only and in one letter (X_i and no x, or x_i and no X): a page's definitions beside lines in A_i, Y_i, X_i
(fixcap33); there ``W \cdot x`` is read as the product W x, the lines' W, unless a lowercase w is written.
Sympy-free.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence
from .. import patterns
from ..errors import InputError

__all__ = ["read_superscript_example_lets", "respell_example_lets"]

_PRODUCT_WITH_X = patterns.compile(r"(?:(?<![A-Za-z\\])w|\\theta|\\beta)\s*(?:\.|\\cdot)\s*(?P<x>X)(?![A-Za-z_^{(])")
#: ``W \cdot X``, ``W X``, ``wX``: a capital W, or the two juxtaposed (LaTeX only: plain text's wX is one name), read
#: per example only where every X the texts write carries the example index (X_i), so X is nowhere the data matrix
_WIDER_PRODUCT_WITH_X = patterns.compile(
    r"(?<![A-Za-z\\])(?P<w>[wW])(?:\s*(?:\.|\\cdot)\s*|\s*)(?P<x>X)(?![A-Za-z_^{(])")
#: a sum over i with its upper bound (\sum_{i=1}^n, \sum_{i=1}^{K}, \sum\limits_{i=1}^{3}): where the bound is no
#: count of the examples (m, M, N), i may count the units, classes or features of one example (Z = W X + b with W a
#: matrix, X_i the i-th input), and X_i is no example
_SUM_OVER_I_TO = patterns.compile(
    r"\\sum\s*(?:\\limits\s*|\\nolimits\s*)?_\s*(?:\{\s*i\s*(?:=[^{}]*)?\}|i(?![A-Za-z]))\s*\^\s*"
    r"(?P<bound>\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z0-9])")
#: a mean's factor 1/n, 1/(2K) (\frac{1}{2n}, \frac1n): a mean over n may be over the units or features as well as
#: over the examples
_MEAN_OVER = patterns.compile(
    r"\\frac\s*(?:\{\s*1\s*\}\s*\{\s*2?\s*(?P<bound>[A-Za-z])\s*\}|1\s*(?P<short>[A-Za-z])(?![A-Za-z]))")
_ANY_X = patterns.compile(r"(?<![A-Za-z\\])X(?![A-Za-z])")
#: the let's name: one letter, or the prediction ŷ (\hat{y}, \^y) or DeepLearning.AI's capital \hat{Y} (audit33h: a
#: page's \hat{Y} = \sigma(Z) was no name, so Z = W \cdot X + b beside lines in \hat{Y}_i, X_i kept a constant X)
_NAME = patterns.compile(r"\s*(?P<name>\\hat\s*\{\s*[yY]\s*\}|\\hat\s*[yY]|\\\^\s*y|\\\^\s*\{\s*y\s*\}|[A-Za-z])\s*:?=")


def _name(let: str) -> str | None:
    match = _NAME.match(let)
    return None if match is None else match.group("name")


def _indexed_only(text: str, name: str) -> bool:
    """Whether every use of ``name`` in ``text`` carries the example index: ``name_i``, ``name_{i}``, ``name^{(i)}``."""
    spelled = re.escape(name).replace(r"\ ", r"\s*")
    for match in re.finditer(rf"(?<![A-Za-z\\]){spelled}(?![A-Za-z])", text):
        after = text[match.end():]
        if not re.match(r"\s*(?:_\s*(?:\{\s*i\s*\}|i(?![A-Za-z]))|\^\s*\{\s*\(\s*i\s*\)\s*\})", after):
            return False
    return True


def respell_example_lets(
    texts: Sequence[str], lets: Sequence[str], is_latex: Callable[[str], bool]
) -> tuple[dict[str, str], list[str]]:
    """The lets with ``w.X`` read as ``w.x`` where it can only be per example, and the notes; empty otherwise."""
    changed: dict[str, str] = {}
    notes: list[str] = []
    names = {let: _name(let) for let in lets}
    for let in lets:
        name = names[let]
        if name is None:
            continue
        value = let[let.index("=") + 1:]
        products = list(_PRODUCT_WITH_X.finditer(value))
        example = _example_letter(texts) if not products and is_latex(let) else None
        wider = example is not None
        if wider:
            # Z = W \cdot X + b beside lines in A_i, X_i (a notebook's page): the lines' X_i is the example, so
            # the let's bare X is read as it too, never as a constant of its own
            products = list(_WIDER_PRODUCT_WITH_X.finditer(value))
        if len(products) != 1 or len(_ANY_X.findall(value)) != 1:
            continue
        users = {name} | {other for text, other in names.items() if other is not None and text is not let
                          and _mentions(text[text.index("=") + 1:], name)}
        if not any(_mentions(text, user) for text in texts for user in users):
            continue  # the let is not used: nothing says it is per example
        if not all(_indexed_only(text, user) for text in texts for user in users):
            continue
        column = let.index("=") + 1 + products[0].start("x")
        product_start = products[0].start("x")
        respelled = let[:column] + "x" + let[column + 1:]
        if not wider:
            changed[let] = respelled
            notes.append(f"X in --let '{let.strip()}' is read as x, one example's features: the let is used only at "
                         "example i, where its value is the same whether X is the data matrix or the example")
            continue
        bound = _sum_to_another_count(texts)
        if bound is not None:
            raise InputError(
                f"X in '{let.strip()}' is read two ways: the lines sum or average over i up to {bound}, no count of "
                f"the examples, so {example}_i may be the i-th input of one example (W a matrix, {example} one "
                f"example's vector, {name}_i the i-th unit) or the i-th example (W x⁽ⁱ⁾, {bound} examples); the "
                "gradients differ",
                source=let, column=let.index("=") + 1 + product_start, hint=f"sum over the examples to m "
                f"(\\sum_{{i=1}}^m), or write the example as x^{{(i)}} and the input's entries x_j")
        product = products[0]
        operator = (let.index("=") + 1 + product.end("w"), column)
        joined = ""
        if product.group("w") == "W" and product.group("x") and not any(_mentions(text, "w") for text in texts) \
                and respelled[operator[0]:operator[1]].strip():
            # W \cdot x would be read as the weight vector w's dot product with x (conventions.capital_w_is_w), a
            # parameter the lines never write: the lines' W is the weights, so the product is W x, as juxtaposed
            respelled = respelled[:operator[0]] + " " * (operator[1] - operator[0]) + respelled[operator[1]:]
            joined = "; W·X is the product of the lines' W and that example, W x⁽ⁱ⁾ (the lines differentiate by W)"
        changed[let] = respelled
        notes.append(f"X in --let '{let.strip()}' is read as x⁽ⁱ⁾, the i-th example: the lines write {example} only as "
                     f"{example}_i, the example, and use the let only at example i, so its bare X is that example "
                     "(were it the data matrix, the let's value at example i would be the same), not a constant "
                     f"of its own{joined}")
    return changed, notes


def _example_letter(texts: Sequence[str]) -> str | None:
    """The letter the texts write the example in, X or x, each time with the example index (X_i, x^{(i)}), the other
    letter nowhere; None otherwise. Whether the let's X is the data matrix or that example, its value at example i
    is the same."""
    for letter, other in (("X", "x"), ("x", "X")):
        if (any(_mentions(text, letter) for text in texts) and all(_indexed_only(text, letter) for text in texts)
                and not any(_mentions(text, other) for text in texts)):
            return letter
    return None


def _sum_to_another_count(texts: Sequence[str]) -> str | None:
    """The bound of a sum over i, or the count of a mean (1/n), in the texts that is no count of the examples (n, K,
    3), or None: there X_i may be the i-th input of one example (a layer's units, Z = W X + b with W a matrix), not
    the i-th example (audit33h)."""
    for text in texts:
        for found in _SUM_OVER_I_TO.finditer(text):
            bound = found.group("bound").strip("{} ")
            if not re.fullmatch(r"[mMN](?:\s*-\s*1)?", bound):  # \sum_{i=0}^{m-1} counts the examples too
                return bound
        for found in _MEAN_OVER.finditer(text):
            bound = found.group("bound") or found.group("short")
            if bound not in ("m", "M", "N"):
                return bound
    return None


def _mentions(text: str, name: str) -> bool:
    spelled = re.escape(name).replace(r"\ ", r"\s*")
    return bool(re.search(rf"(?<![A-Za-z\\]){spelled}(?![A-Za-z])", text))


#: the example's data with a bare superscript i (x^i, \mathbf{x}^{i}, y^i, \theta^Tx^i, a feature's x_j^i): the '^' is
#: at group "caret"
_SUPERSCRIPT_I = patterns.compile(
    r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*[xy]\s*\}|(?:(?<=\^T)|(?<![A-Za-z\\]))[xy])"
    r"(?:\s*_\s*(?:[jkl]|\{\s*[jkl]\s*\}))?\s*(?P<caret>\^)\s*(?:i|\{\s*i\s*\})(?![A-Za-z])")
#: any other superscript of the data (x^2, x_j^{k}, y^n): beside it x^i could be a power too
_OTHER_SUPERSCRIPT = patterns.compile(
    r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*[xy]\s*\}|(?<![A-Za-z\\])[xy])(?:\s*_\s*(?:[A-Za-z0-9]|\{[^{}]*\}))?"
    r"\s*\^\s*(?!i(?![A-Za-z])|\{\s*i\s*\}|\{?\s*\(|T(?![A-Za-z])|\{\s*T\s*\}|\\top|\{\s*\\top)")
#: a sum over a feature letter (\sum_j, \sum_{j=1}^n): it binds no example, so x^i beside it is still example i
_FEATURE_SUM = patterns.compile(r"\\sum\s*_\s*(?:[jkl](?![A-Za-z])|\{\s*[jkl]\s*(?:=[^{}]*)?\})")
#: a --let's head that is a function of the i-th example: h_\theta(\mathbf{x}^i) =
_SUPERSCRIPT_HEAD = patterns.compile(
    r"\s*(?:\\[A-Za-z]+|[A-Za-z])(?:_\s*(?:\{[^{}=]*\}|\\?[A-Za-z0-9]+))?\s*\(\s*"
    r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*x\s*\}|x)\s*\^\s*(?:i|\{\s*i\s*\})\s*\)\s*:?=")
#: a sum: where one is written, x^i beside it is the parser's to read (inside it the example, outside a power)
_ANY_SUM = patterns.compile(r"\\sum(?![A-Za-z])|\\Sigma(?![A-Za-z])|(?<![A-Za-z])sum(?![A-Za-z])")


def read_superscript_example_lets(lets: Sequence[str]) -> tuple[list[str], list[str]]:
    r"""``--let 'h_\theta(\mathbf{x}^i) = g(\theta^T\mathbf{x}^i)'``: each x^i of the let is the i-th example (noted).

    Chinese tutorials write the example index as a bare superscript (``\mathbf{x}^i``, ``y^i``), which in a
    cost the sum over i settles (the parser reads it as x⁽ⁱ⁾ inside ``\sum_i``). A --let has no sum; where
    its head is a function of ``x^i`` itself, the head says the superscript is the example's, never a power
    (x raised to a free i). Each ``x^i`` (``y^i``, a feature's ``x_j^i``) of such a let is respelled ``x_i``
    (``x_j_i``), the example i of a let, same length (noted). dobrynin's notebook defines
    ``z_\theta(x^i) = \theta_0 + \sum_j \theta_j x_j^i``: a sum over a feature letter binds no example, so it
    leaves i the head's. A let that writes a sum over i (or one with no letter), another superscript of the
    data (``x^2``, ``x^j``: then x^i may be a power too), or whose head is no such function (``h(x) = x^i``),
    is left to the parser, which refuses the power.
    """
    result: list[str] = []
    notes: list[str] = []
    for text in lets:
        if (not isinstance(text, str) or (head := _SUPERSCRIPT_HEAD.match(text)) is None
                or _ANY_SUM.search(_FEATURE_SUM.sub("", text)) or _OTHER_SUPERSCRIPT.search(text)):
            result.append(text)
            continue
        characters = list(text)
        for match in _SUPERSCRIPT_I.finditer(text):
            characters[match.start("caret")] = "_"
        result.append("".join(characters))
        notes.append(f"the --let {' '.join(text[:head.end() - 1].split())} = … is a function of the i-th example "
                     "(no sum in a --let says so; its head's argument does): each x^i in it is read as x⁽ⁱ⁾, the "
                     "i-th example, not a power")
    return result, notes
