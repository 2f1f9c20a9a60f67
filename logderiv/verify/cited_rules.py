r"""A rule of matrix calculus cited beside a derivation, in letters of its own, checked at random matrices.

A page in matrix form often states the rules it uses: ``\frac{\partial x^TAx}{\partial x} = (A + A^T)x``,
``\frac{\partial a^Tx}{\partial x} = a``. Those are claims like any step: ``… = Ax`` (true only where A is
symmetric) or ``\frac{\partial (x^Tx)}{\partial x} = x`` (it is 2x) passed with "every step holds" while they
were only noted as cited. Here such a rule is read by a small grammar of its own (never evaluated as text):
sums and differences of products of single Latin letters, transposed (``^T``, ``^\top``) or not, brackets and
whole numbers (``\frac{p}{q}`` among them). Its shapes are inferred from its letters: the variable it
differentiates by and every other small letter are n×1 vectors, every capital an n×n matrix but I, the identity (square: the only
shape ``x^TAx`` allows, and a rule true of every shape is true of the square one). The left side must be a
number (1×1) — a derivative of a matrix (``\frac{dAB}{dB}``) has a layout this does not read, and is left noted
as cited, NOT CHECKED, as is any rule outside the grammar. The letters are drawn at random (rational entries,
n = 2, 3, 4), the variable kept symbolic, the left side differentiated exactly by each entry of it (sympy), and
each right side compared exactly with that gradient (a row or a column of the same numbers alike: the layout is a
convention). A rule that fails is a wrong line; the capitals its page calls symmetric ("A is symmetric", "a
symmetric matrix A", A = A^T, A 对称) are drawn symmetric — those letters alone (:func:`symmetric_letters`): "XᵀX is
symmetric" on a normal-equations page or "for any (not necessarily symmetric) A" made 2Ax pass for xᵀAx, whose
gradient is (A + Aᵀ)x (audit29i).
"""

from __future__ import annotations

import random
import re
from fractions import Fraction
from typing import Union

import sympy

from .. import patterns
from ..record import record

__all__ = ["CitedRule", "read_rule", "check_rule", "symmetric_letters", "says_symmetric", "letters", "SIZES", "IDENTITY"]

#: the sizes n the rule is checked at
SIZES = (2, 3, 4)

#: the capital that is the identity matrix, as in the derivations' own (XᵀX + λI)θ = Xᵀy, never drawn at random
IDENTITY = "I"

#: the derivative of a rule's left side: \frac{\partial NUMERATOR}{\partial v} (d for ∂ too), the variable a letter
#: plain or styled
_DERIVATIVE = patterns.compile(
    r"\s*\\[dt]?frac\s*\{\s*(?P<d>\\partial|d)\s*(?P<of>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}\s*\{\s*(?P=d)\s*"
    r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{?\s*)?(?P<by>[A-Za-z])\s*\}?\s*\}\s*(?P<rest>.*)", re.S)
#: a letter's style (bold, arrow), dropped: the letter is the name
_STYLE = patterns.compile(r"\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*([A-Za-z])\s*\}|\\(?:mathbf|boldsymbol|bm|vec)\s+([A-Za-z])")
#: spacing and sizing that mean nothing here
_LAYOUT = patterns.compile(r"\\left|\\right|\\[,;:! ]|\\q?quad(?![A-Za-z])")
_FRACTION = patterns.compile(r"\\[dt]?frac\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\}|\\[dt]?frac\s*(\d)(\d)")
_TOKEN = patterns.compile(r"\s*(?:(?P<number>\d+(?:/\d+)?)|(?P<letter>[A-Za-z])|(?P<transpose>\^\s*(?:T|\{\s*T\s*\}|\\top|\{\s*\\top\s*\}|\\intercal|\{\s*\\intercal\s*\}))"
                          r"|(?P<symbol>[()+\-]|\\cdot))")


#: a capital the prose names, as the rule writes it: $A$, $\mathbf{A}$, \(A\), or A bare between words
_NAMED = (r"(?:\$\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?(?P<{g}>[A-Z])\s*\}?\s*\$"
          r"|\\\(\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?(?P<{g}p>[A-Z])\s*\}?\s*\\\)"
          r"|(?<![\\\w^{}$])(?P<{g}b>[A-Z])(?![\w^{}$]))")
#: where a page calls a capital symmetric: "A is (a real) symmetric (matrix)", "(a) symmetric (matrix) A", "A 对称",
#: "对称矩阵 A", and in maths A = A^T or A^T = A; a negation before "symmetric" (not, non-, a-, un-) is no claim
_SYMMETRIC = patterns.compile(
    _NAMED.replace("{g}", "is") + r"\s+is\s+(?:an?\s+)?(?:real\s+)?symmetric(?![\w-])"
    r"|(?<![\w-])symmetric\s+(?:(?:real\s+|positive\s+(?:semi-?)?definite\s+)?(?:matrix|matrices)?\s*)?" + _NAMED.replace("{g}", "after")
    + r"|(?P<zh>[A-Z])\s*(?:是|为|為)?\s*(?:对称|對稱)|(?:对称|對稱)(?:矩阵|矩陣)?\s*(?P<zhafter>[A-Z])"
    r"|(?<![\w^}])(?P<eq>[A-Z])\s*=\s*(?P=eq)\s*\^\s*(?:T|\{\s*T\s*\}|\\top|\{\s*\\top\s*\})(?![\w^])"
    r"|(?<![\w^}])(?P<eqt>[A-Z])\s*\^\s*(?:T|\{\s*T\s*\}|\\top|\{\s*\\top\s*\})\s*=\s*(?P=eqt)(?![\w^{])")
#: a word of prose before a bare letter (not a command's name: \top X), or a sentence's punctuation
_PROSE_BEFORE = patterns.compile(r"(?:^|[,.;:(]|(?<![\\\w])[A-Za-z]{2,})\s*$")
_NEGATED = patterns.compile(r"(?:\bnot|\bnon|n't|\bnecessarily)\W*(?:\w+\W+)?$", re.I)


def symmetric_letters(page: str) -> frozenset[str]:
    """The capitals the page's words (or an equation A = Aᵀ) call symmetric; a letter only where named alone (not
    "XᵀX is symmetric", whose X is no symmetric matrix), never after a negation ("not necessarily symmetric")."""
    letters = set()
    for found in _SYMMETRIC.finditer(page):
        groups = {name: value for name, value in found.groupdict().items() if value}
        if not groups:
            continue
        name, letter = next(iter(groups.items()))
        if name in ("isb", "afterb") and not _PROSE_BEFORE.search(page[max(0, found.start(name) - 40):found.start(name)]):
            continue  # a bare letter inside maths (X^\\top X is symmetric): the product's, not the letter's
        symmetric_at = page.lower().find("symmetric", found.start(), found.end() + 1)
        if symmetric_at >= 0 and _NEGATED.search(page[max(0, symmetric_at - 30):symmetric_at]):
            continue
        letters.add(letter)
    return frozenset(letters)


#: the word, in the languages the pages use, where no negation is before it
_WORD = patterns.compile(r"(?<![\w-])(?:symmetric|symmetrisch|sim[ée]tric[ao]?)|对称|對稱", re.I)


def says_symmetric(page: str) -> bool:
    """Whether the page calls something symmetric at all (not "not symmetric", "asymmetric"): where it names no
    letter :func:`symmetric_letters` reads, a rule true only of symmetric matrices is left unchecked, not judged."""
    return any(not _NEGATED.search(page[max(0, found.start() - 30):found.start()]) for found in _WORD.finditer(page))


@record
class _Letter:
    name: str


@record
class _Scaled:
    factor: Fraction


@record
class _Op:
    kind: str  # "+", "-", "*", "T", "neg"
    parts: tuple["_Node", ...]


_Node = Union[_Letter, _Scaled, _Op]


@record
class CitedRule:
    """A rule read: the variable, the left side's expression, each right side (a chain ``L = R₁ = R₂`` has two)."""

    by: str
    left: _Node
    rights: tuple[_Node, ...]


def _tokens(text: str) -> list[tuple[str, str]] | None:
    text = _LAYOUT.sub(" ", text)
    text = _STYLE.sub(lambda found: found.group(1) or found.group(2), text)
    text = _FRACTION.sub(lambda found: f" {found.group(1) or found.group(3)}/{found.group(2) or found.group(4)} ", text)
    text = text.replace("{", "(").replace("}", ")").strip().rstrip(".,;")
    tokens: list[tuple[str, str]] = []
    at = 0
    while at < len(text):
        found = _TOKEN.match(text, at)
        if found is None or found.end() == at:
            if text[at:].strip():
                return None  # anything outside the grammar: not read
            break
        kind = found.lastgroup or ""
        tokens.append((kind, found.group(kind).strip()))
        at = found.end()
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens, self.at = tokens, 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def sum(self) -> _Node | None:
        sign = "+"
        if self.peek() in (("symbol", "-"), ("symbol", "+")):
            sign = self.tokens[self.at][1]
            self.at += 1
        term = self.product()
        if term is None:
            return None
        node: _Node = _Op("neg", (term,)) if sign == "-" else term
        while self.peek() in (("symbol", "+"), ("symbol", "-")):
            operator = self.tokens[self.at][1]
            self.at += 1
            right = self.product()
            if right is None:
                return None
            node = _Op(operator, (node, right))
        return node

    def product(self) -> _Node | None:
        factors: list[_Node] = []
        while (token := self.peek()) is not None and (token[0] in ("number", "letter") or token == ("symbol", "(")
                                                       or token == ("symbol", "\\cdot")):
            if token == ("symbol", "\\cdot"):
                self.at += 1
                continue
            self.at += 1
            factor: _Node
            if token[0] == "number":
                factor = _Scaled(Fraction(token[1]))
            elif token[0] == "letter":
                factor = _Letter(token[1])
            else:
                inner = self.sum()
                if inner is None or self.peek() != ("symbol", ")"):
                    return None
                self.at += 1
                factor = inner
            while (after := self.peek()) is not None and after[0] == "transpose":
                self.at += 1
                factor = _Op("T", (factor,))
            factors.append(factor)
        if not factors:
            return None
        return factors[0] if len(factors) == 1 else _Op("*", tuple(factors))


def _expression(text: str) -> _Node | None:
    tokens = _tokens(text)
    if not tokens:
        return None
    parser = _Parser(tokens)
    node = parser.sum()
    return node if node is not None and parser.at == len(tokens) else None


def read_rule(sides: list[str]) -> CitedRule | None:
    r"""The rule ``sides[0] = sides[1] = …`` (``\frac{\partial x^TAx}{\partial x}``, ``(A + A^T)x``), or None where
    it is outside the grammar (see the module): a derivative by a small letter of an expression of letters."""
    found = _DERIVATIVE.fullmatch(sides[0]) if len(sides) >= 2 else None
    if found is None or not found.group("by").islower():
        return None
    of = found.group("of") if found.group("of").strip() else found.group("rest")
    if found.group("of").strip() and found.group("rest").strip():
        return None
    left = _expression(of)
    rights = [_expression(side) for side in sides[1:]]
    if left is None or any(right is None for right in rights):
        return None
    return CitedRule(found.group("by"), left, tuple(right for right in rights if right is not None))


def _letters(node: _Node) -> set[str]:
    if isinstance(node, _Letter):
        return {node.name}
    if isinstance(node, _Op):
        return set().union(*(_letters(part) for part in node.parts))
    return set()


def letters(rule: CitedRule) -> frozenset[str]:
    """Every letter the rule writes, its variable among them."""
    return frozenset(_letters(rule.left).union(*(_letters(right) for right in rule.rights)))


def _value(node: _Node, values: dict[str, sympy.Matrix]) -> sympy.Matrix | sympy.Expr:
    """The node's value; a shape that does not conform raises ``sympy.ShapeError`` (or ``ValueError``)."""
    if isinstance(node, _Letter):
        return values[node.name]
    if isinstance(node, _Scaled):
        return sympy.Rational(node.factor.numerator, node.factor.denominator)
    parts = [_value(part, values) for part in node.parts]
    if node.kind == "T":
        if not isinstance(parts[0], sympy.MatrixBase):
            return parts[0]
        return parts[0].T
    if node.kind == "neg":
        return -parts[0]
    if node.kind == "*":
        product = parts[0]
        for part in parts[1:]:
            product = product * part
        return product
    if any(not isinstance(part, sympy.MatrixBase) for part in parts):
        if all(not isinstance(part, sympy.MatrixBase) for part in parts):
            return parts[0] + parts[1] if node.kind == "+" else parts[0] - parts[1]
        raise ValueError("a number added to a matrix")
    if parts[0].shape != parts[1].shape:
        raise sympy.ShapeError("a sum of different shapes")
    return parts[0] + parts[1] if node.kind == "+" else parts[0] - parts[1]


@record
class RuleCheck:
    """What checking a rule found: ``holds`` (None: its shapes do not make its left side a number, not checked),
    the first right side that fails (0-based), and why, in words."""

    holds: bool | None
    failing: int = -1
    words: str = ""


def check_rule(rule: CitedRule, *, symmetric: frozenset[str] = frozenset(), seed: int = 29) -> RuleCheck:
    """Check ``rule`` at random letters of each size in :data:`SIZES` (see the module); the capitals in
    ``symmetric`` are drawn symmetric (:func:`symmetric_letters`), the others general."""
    generator = random.Random(seed)
    for n in SIZES:
        variable = sympy.Matrix(sympy.symbols(f"v0:{n}"))
        values: dict[str, sympy.Matrix] = {rule.by: variable}
        for letter in sorted(_letters(rule.left) | set().union(*(_letters(right) for right in rule.rights))):
            if letter == rule.by:
                continue
            if letter == IDENTITY:
                # I is the identity matrix, as in (XᵀX + λI)θ = Xᵀy: drawn at random, ∂xᵀIx/∂x = 2x was a wrong line
                values[letter] = sympy.eye(n)
                continue
            shape = (n, n) if letter.isupper() else (n, 1)
            entries = sympy.Matrix(*shape, lambda i, j: sympy.Rational(generator.randint(-9, 9), generator.randint(1, 4)))
            values[letter] = (entries + entries.T) / 2 if letter in symmetric and letter.isupper() else entries
        try:
            left = _value(rule.left, values)
        except (sympy.ShapeError, ValueError, TypeError):
            return RuleCheck(None, words="its left side's shapes do not conform")
        if not isinstance(left, sympy.MatrixBase) or left.shape != (1, 1):
            return RuleCheck(None, words="its left side is not a number (1×1)")
        gradient = [sympy.expand(sympy.diff(left[0, 0], entry)) for entry in variable]
        for index, right in enumerate(rule.rights):
            try:
                value = _value(right, values)
            except (sympy.ShapeError, ValueError, TypeError):
                return RuleCheck(False, index, f"its right side's shapes do not conform (n = {n})")
            if not isinstance(value, sympy.MatrixBase) or sorted(value.shape) != [1, n] \
                    or [sympy.expand(entry) for entry in value] != gradient:
                return RuleCheck(False, index, f"it differs from the left side's gradient at random matrices of "
                                 f"size n = {n} (the left side differentiated exactly by each entry of {rule.by})")
    return RuleCheck(True)
