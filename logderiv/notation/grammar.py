"""The grammar core the two front ends share: token bookkeeping, and the expression and unary levels.

The plain reader (:mod:`.plain`) and the LaTeX reader (:mod:`.latex`) are both
recursive descent over a token list, with the same skeleton::

    expression  = term { ("+" | "-") term | "+" ellipsis ["+"] term }
    unary       = { "-" | "+" } power

:class:`Grammar` holds that skeleton once. Each front end's ``_Parser``
subclasses it and keeps what really differs: its tokenizer, ``peek`` (the LaTeX
reader reads a bounded slice), ``term``, ``power``, ``postfix`` and the
primaries, and a few small hooks named below (the wording of a message, the
operators a sign may not precede, what the last term of a ``+ … +`` run may be
numbered by, the LaTeX reader's y^{i} after a bracketless Σ).

A subclass sets, in its ``__init__``: ``source``, ``tokens``, ``position``,
``depth``, ``extent`` (a grouped node's span, by id), ``in_norm``, ``notes``,
``bracketless`` and ``names`` (read by :func:`conventions.join_terms`).
"""

from __future__ import annotations

from typing import NoReturn, Protocol

from ..errors import InputError, InputTooLargeError
from . import tree
from .tree import Span

#: Deepest nesting of brackets (and of other nested constructs) read.
MAX_DEPTH = 100


class Token(Protocol):
    """What the grammar reads of a front end's token: ``text`` canonical, ``raw`` as written."""

    kind: str
    text: str
    start: int
    end: int
    raw: str


class Grammar:
    """Recursive descent over one text's tokens: the levels and the bookkeeping both front ends share."""

    #: what the messages call the text: "expression" (plain) or "formula" (LaTeX)
    noun = "expression"
    #: the token kinds that start an operand (a norm bar too, outside a norm)
    operand_kinds: frozenset[str] = frozenset()
    #: the front end's token class: a span's end is a token or a node
    token_type: type = object
    #: whether hints show LaTeX (\sum) rather than plain spellings
    latex = False

    # -- helpers --

    def span(self, first: tree.Node | Token, last: tree.Node | Token) -> Span:
        """The span from the start of ``first`` to the end of ``last``, brackets included."""
        begin = first.start if isinstance(first, self.token_type) else self.outer(first).start
        stop = last.end if isinstance(last, self.token_type) else self.outer(last).end
        return Span(begin, stop)

    def outer(self, node: tree.Node) -> Span:
        return self.extent.get(id(node), node.span)

    def advance(self) -> Token:
        token = self.peek()
        if token.kind != "end":
            self.position += 1
        return token

    def is_op(self, token: Token, *texts: str) -> bool:
        return token.kind == "op" and token.text in texts

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def where(self, column: int | None) -> str:
        """What a message adds to say where: nothing here (the caret shows it); the LaTeX reader names the column."""
        return ""

    def fail(self, message: str, column: int | None, hint: str | None = None) -> NoReturn:
        raise InputError(message + self.where(column), source=self.source, column=column, hint=hint)

    def enter(self, token: Token) -> None:
        """Count one level of nesting; refuse input nested deeper than the bound."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise InputTooLargeError(
                f"the {self.noun} is nested more than {MAX_DEPTH} deep{self.where(token.start)}",
                source=self.source,
                column=token.start,
                hint=f"simplify the {self.noun}, or give parts of it names with --let",
            )

    def leave(self) -> None:
        self.depth -= 1

    def starts_operand(self, token: Token) -> bool:
        return token.kind in self.operand_kinds or (token.kind == "norm" and not self.in_norm)

    def describe(self, token: Token) -> str:
        if token.kind == "end":
            return f"the end of the {self.noun}"
        if token.kind == "number":
            return f"the number {token.raw}"
        return f"'{token.raw}'"

    def missing_operand(self, after: Token) -> NoReturn:
        """Raise the error for an operator (or word) with nothing usable after it."""
        token = self.peek()
        shown = after.raw or after.text
        if token.kind == "end":
            self.fail(f"'{shown}' needs something after it", after.start, hint=f"the {self.noun} ends too early")
        self.refuse_follower(token, shown)
        self.fail(f"unexpected {self.describe(token)} after '{shown}'", token.start)

    def refuse_follower(self, token: Token, shown: str) -> None:
        """Hook: refuse ``token`` after the operator ``shown`` in the front end's own words (nothing here)."""
