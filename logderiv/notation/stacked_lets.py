r"""Lets written entry by entry, as a page stacks them: ``z_j = x_j^Tw + b``, ``z = (z_1, \cdots, z_m)^T``.

A page defines its vectors by their entries before it writes the cost in both
forms (Aliyun's logistic regression: ``z_j = x_j^Tw + b``,
``h(z) = (\sigma(z_1), \cdots, \sigma(z_m))^T``, ``z = (z_1, \cdots, z_m)^T``,
``X = (x_1, x_2, \cdots, x_m)^T``). Each is read as the one thing it can say:

* a per-example let whose index is a feature letter, ``z_j = x_j^Tw + b``: x_j is
  multiplied by the parameter vector as a vector (``x_j^T w``, ``w^T x_j``), so j
  counts the examples; the let is ``z_i = x_i^Tw + b``. Only when that product is
  the one other place j is written (``z_j = x_j^T w + w_j`` keeps j a feature's,
  and is refused as before);
* a function stacked over its argument's entries, ``h(z) = (\sigma(z_1), \cdots,
  \sigma(z_m))^T``: the same function applied to each entry, ``h(z) = \sigma(z)``
  (the same function first and last, a column: a row or two functions are not read);
* a name stacked over its own entries, ``z = (z_1, \cdots, z_m)^T``, beside a let
  that defines z one example at a time: the column of those values, which the
  per-example let already says; dropped.

(``X = (x_1, x_2, \cdots, x_m)^T`` is read by :mod:`logderiv.notation.redefined`, as the data matrix.)

Each is noted. The texts are matched, never evaluated. Sympy-free.
"""

from __future__ import annotations

import re
from typing import Sequence

from .. import patterns

__all__ = ["read_stacked_lets"]

_DOTS = r"(?:\\cdots|\\ldots|\\dots|\.\.\.|…|⋯)"
_OPEN = r"(?:\\left\s*)?\("
_CLOSE = r"(?:\\right\s*)?\)"
_TRANSPOSED = r"\^\s*(?:T|\{\s*T\s*\}|\\top|\{\s*\\top\s*\})"
_LAST = r"(?:m|n|N)"


def _entry(letter: str, number: str) -> str:
    return rf"{letter}\s*_\s*(?:{number}|\{{\s*{number}\s*\}})"


#: h(z) = (\sigma(z_1), \cdots, \sigma(z_m))^T, a second entry allowed before the dots
_FUNCTION_STACK = patterns.compile(
    rf"\s*(?P<name>[A-Za-z])\s*\(\s*(?P<arg>[A-Za-z])\s*\)\s*=\s*{_OPEN}\s*"
    rf"(?P<f>\\sigma|\\tanh|\\exp|\\log|sigmoid|sigma|σ|tanh|exp|log|[A-Za-z])\s*\(\s*{_entry('(?P=arg)', '1')}\s*\)\s*,\s*"
    rf"(?:(?P=f)\s*\(\s*{_entry('(?P=arg)', '2')}\s*\)\s*,\s*)?{_DOTS}\s*,\s*"
    rf"(?P=f)\s*\(\s*{_entry('(?P=arg)', _LAST)}\s*\)\s*{_CLOSE}\s*{_TRANSPOSED}\s*"
)
#: z = (z_1, \cdots, z_m)^T (the entry's letter at group "entry")
_NAME_STACK = patterns.compile(
    rf"\s*(?P<name>[A-Za-z])\s*=\s*{_OPEN}\s*(?P<entry>[A-Za-z])\s*_\s*(?:1|\{{\s*1\s*\}})\s*,\s*"
    rf"(?:{_entry('(?P=entry)', '2')}\s*,\s*)?{_DOTS}\s*,\s*{_entry('(?P=entry)', _LAST)}\s*{_CLOSE}\s*{_TRANSPOSED}\s*"
)
#: z_j = …: a let's head with a feature letter (group "index")
_FEATURE_HEAD = patterns.compile(r"\s*(?P<name>[A-Za-z])\s*_\s*(?:(?P<index>[jkl])|\{\s*(?P<braced>[jkl])\s*\})\s*:?=(?!=)")
#: z_i = …: a let's head with the example index
_EXAMPLE_HEAD = patterns.compile(r"\s*(?P<name>[A-Za-z])\s*_\s*(?:i|\{\s*i\s*\})\s*:?=(?!=)")
#: the example index anywhere in a text: _i, _{i}
_ANY_I = patterns.compile(r"_\s*(?:i(?![A-Za-z])|\{\s*i\s*\})")
_PARAMETERS = r"(?:w(?![A-Za-z])|\\theta|\\beta|theta|beta|(?:\\mathbf|\\boldsymbol|\\vec|\\bm)\s*\{\s*(?:w|\\theta|\\beta)\s*\})"


def _x_product(index: str) -> re.Pattern[str]:
    """``x_j^T w`` or ``w^T x_j`` (x bold or not): the example's vector times the parameters."""
    x = rf"(?:x|(?:\\mathbf|\\boldsymbol|\\vec|\\bm)\s*\{{\s*x\s*\}})\s*_\s*(?:{index}|\{{\s*{index}\s*\}})"
    times = r"\s*(?:\\cdot\s*|\*\s*)?"
    # the left factor starts a term (no letter before it: ax_j^Tw is not read); the right one follows the T, and
    # nothing raises or indexes it (x_j^T w^T read w^T as a power T, x_j^T w^2 as (x_jᵀw)²: audit54)
    return re.compile(rf"(?<![A-Za-z\\{{]){x}\s*{_TRANSPOSED}{times}{_PARAMETERS}(?!\s*[\^_'])"
                      rf"|(?<![A-Za-z\\{{]){_PARAMETERS}\s*{_TRANSPOSED}{times}{x}(?![A-Za-z_^])")


def _index_marks(index: str) -> re.Pattern[str]:
    return re.compile(rf"_\s*(?:{index}(?![A-Za-z])|\{{\s*{index}\s*\}})")


def _per_example(text: str) -> tuple[str, str] | None:
    """``z_j = x_j^Tw + b`` respelled ``z_i = x_i^Tw + b`` and its name, or None where j may be a feature's."""
    head = _FEATURE_HEAD.match(text)
    if head is None or _ANY_I.search(text):
        return None
    index = head.group("index") or head.group("braced")
    value = text[head.end():]
    products = list(_x_product(index).finditer(value))
    if len(products) != 1:
        return None
    rest = value[:products[0].start()] + value[products[0].end():]
    if _index_marks(index).search(rest):
        return None  # z_j = x_j^T w + w_j: j is also a feature's here
    return _index_marks(index).sub("_i", text), head.group("name")


def read_stacked_lets(lets: Sequence[str]) -> tuple[list[str], list[str], dict[str, str]]:
    """The lets with each stacked or entry-wise one read as the let it says, or dropped; the notes; each let
    read anew, by its new text, as written (to show an error in the text the user gave)."""
    read: list[str] = []
    notes: list[str] = []
    per_example: set[str] = set()
    written: dict[str, str] = {}
    for text in lets:
        respelled = _per_example(text) if isinstance(text, str) else None
        if respelled is None:
            read.append(text)
            continue
        read.append(respelled[0])
        written[respelled[0]] = text
        per_example.add(respelled[1])
        notes.append(f"--let {text.strip()}: x_j times the parameter vector is a vector, so j numbers the examples; "
                     f"read as {respelled[0].strip()}, the value at example i")
    per_example |= {match.group("name") for match in (_EXAMPLE_HEAD.match(text) for text in read if isinstance(text, str)) if match is not None}
    kept: list[str] = []
    for text in read:
        if not isinstance(text, str):
            kept.append(text)
            continue
        function = _FUNCTION_STACK.fullmatch(text)
        if function is not None:
            f = function.group("f")
            whole = f"{function.group('name')}({function.group('arg')}) = {f}({function.group('arg')})"
            kept.append(whole)
            written[whole] = text
            notes.append(f"--let {text.strip()} applies {f} to each entry of {function.group('arg')}: "
                         f"read as {whole}, entry by entry")
            continue
        stack = _NAME_STACK.fullmatch(text)
        if stack is not None and stack.group("name") == stack.group("entry") and stack.group("name") in per_example:
            # dropped before a per-example let is read: beside a let of the whole z, z_i = … would not be z's value
            name = stack.group("name")
            notes.append(f"--let {text.strip()} is the column of the {name}_i another --let defines one example "
                         f"at a time: {name} is read as that let's value at each example")
            continue
        kept.append(text)
    return kept, notes, written

