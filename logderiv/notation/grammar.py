"""The grammar core the two front ends share: token bookkeeping, and the expression and unary levels.

The plain reader (:mod:`.plain`) and the LaTeX reader (:mod:`.latex`) are both
recursive descent over a token list, with the same skeleton::

    expression  = term { ("+" | "-") term | "+" ellipsis ["+"] term }
    term        = unary { ("*" | "/" | "·" | "⊙") unary | … }     (the written products only)
    unary       = { "-" | "+" } power

:class:`Grammar` holds that skeleton once. Each front end's ``_Parser``
subclasses it and keeps what really differs: its tokenizer, ``peek`` (the LaTeX
reader reads a bounded slice), ``term``, ``power``, ``postfix`` and the
primaries, and a few small hooks named below (the wording of a message, the
operators a sign may not precede, what the last term of a ``+ … +`` run may be
numbered by, the LaTeX reader's y^{i} after a bracketless Σ).

What both read alike after an operator, a function or a bar is here too, each
front end passing its own hints: a term's juxtaposed factor, what a derivative
operator differentiates, a function's operand written without a bracket, a dot
product's vector, a norm's inside (and its square), what a Σ without an index
ranges over, and Γ(y + 1) of the data.

A subclass sets, in its ``__init__``: ``source``, ``tokens``, ``position``,
``depth``, ``extent`` (a grouped node's span, by id), ``in_norm``, ``notes``,
``bracketless`` and ``names`` (read by :func:`conventions.join_terms`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ContextManager, Generic, Literal, NoReturn, Protocol, TypeVar

from ..errors import InputError, InputTooLargeError, UnsupportedInputError
from .. import patterns
from . import bare_operands, conventions, ellipsis, readings, tree
from .scalar_norm import is_example_scalar
from . import vocabulary as vocab
from .tree import Span

if TYPE_CHECKING:  # a name for type checkers only: TypeIs narrows both ways (typing has it from Python 3.13)
    from typing_extensions import TypeIs

#: Deepest nesting of brackets (and of other nested constructs) read.
MAX_DEPTH = 100


def holds_data_matrix(node: tree.Node) -> bool:
    """Whether ``node`` holds the data matrix X: a vector in matrix form, whose norm is read (``||X*theta - y||``)."""
    return any(isinstance(n, tree.Variable) and n.name == vocab.DATA_MATRIX and n.feature is None
               for n in tree.walk(node))


def norm_in_matrix_form(node: tree.Node) -> bool:
    r"""Whether a norm of ``node`` is read as a vector of the m examples: ``\|X\theta - y\|``, ``\|\hat y - y\|``.

    The second is the prediction vector ŷ (read as h) less the targets y, both whole and
    unindexed, as the Deep Learning book and quizzes write the squared error: ‖ŷ − y‖² is
    (ŷ − y)ᵀ(ŷ − y), the transpose form logderiv already reads. Only that difference: ‖ŷ‖,
    ‖ŷᵢ − yᵢ‖ (a number's norm, with no sum said) and ‖ŷ − x‖ stay refused.
    """
    if holds_data_matrix(node):
        return True
    if not (isinstance(node, tree.Binary) and node.op == "-"):
        return False
    sides = (node.left, node.right)
    whole = all(isinstance(side, tree.Variable) and side.feature is None and side.example is None for side in sides)
    return whole and {side.name for side in sides if isinstance(side, tree.Variable)} == {vocab.PREDICTION, "y"}


#: TeX's shorthand fraction of two digits, ``\\frac12`` (also ``\\tfrac``, ``\\dfrac``): one character for each argument
_SHORTHAND_FRACTION = patterns.compile(r"\\[td]?frac\s*\d\s*\d")
#: a subscript right after a name (``\\theta_j``, ``w_{j}``), shown with it
_SUBSCRIPT = patterns.compile(r"\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]+)")
#: the upper bound of a sum, right after its sign: ``_{k=1}^K``, ``_{i=1}^{N}``, ``^{K}_{k=1}`` (a letter alone)
_SUM_BOUND = patterns.compile(r"\s*(?:\\limits\s*)?(?:_\s*(?:\{[^{}]*\}|\S)\s*)?\^\s*\{?\s*([A-Za-z])\s*\}?(?![A-Za-z])")


def _is_half(node: tree.Node) -> bool:
    """Whether ``node`` is a half as :meth:`Grammar.refuse_half_before_count` asks about: ``0.5``, ``.5``, or a
    fraction of numbers and λ over a number (``\\frac{1}{2}``, ``(1/2)``, ``\\frac{\\lambda}{2}``)."""
    if isinstance(node, tree.Number):
        return node.text in ("0.5", ".5")
    return isinstance(node, tree.Binary) and node.op == "/" and isinstance(node.right, tree.Number) \
        and conventions.is_simple_numerator(node.left)


class Token(conventions.Token, Protocol):
    """What the grammar reads of a front end's token: the conventions' (kind, ``text`` canonical, its span) and
    ``raw``, as written.

    Read-only (properties), as both front ends' tokens are: a frozen record (plain) and a NamedTuple (LaTeX).
    """

    @property
    def raw(self) -> str: ...


#: the front end's own token type: its hooks take and its ``peek`` returns that type, not just a :class:`Token`
_FrontToken = TypeVar("_FrontToken", bound=Token)


class Grammar(Generic[_FrontToken]):
    """Recursive descent over one text's tokens: the levels and the bookkeeping both front ends share."""

    #: what the messages call the text: "expression" (plain) or "formula" (LaTeX)
    noun = "expression"
    #: the token kinds that start an operand (a norm bar too, outside a norm)
    operand_kinds: frozenset[str] = frozenset()
    #: the front end's token class: a span's end is a token or a node
    token_type: type = object
    #: whether hints show LaTeX (\sum) rather than plain spellings
    latex = False

    # set by the front end's __init__ (named here for type checkers)
    source: str
    position: int
    depth: int
    in_norm: int
    notes: list[str]
    extent: dict[int, Any]
    bracketless: set[int]
    names: frozenset[str]

    # the levels each front end reads its own way

    def peek(self, ahead: int = 0) -> _FrontToken:
        raise NotImplementedError

    def term(self) -> tree.Node:
        raise NotImplementedError

    def power(self) -> tree.Node:
        raise NotImplementedError

    def over_count(self, left: tree.Node, slash: _FrontToken) -> bool:
        raise NotImplementedError

    def count_product(self, left: tree.Node, slash: _FrontToken) -> tree.Node:
        raise NotImplementedError

    # -- helpers --

    def refuse_over_number_dot_count(self, left: tree.Node, slash: _FrontToken) -> None:
        """Refuse ``1/2·m``, ``λ/2 × m``, ``\\lambda/2 \\cdot m``, ``λ/2(m)``: a number, a written product, a count.

        Read left to right it is (λ/2)·m, as code's ``λ/2*m`` is (read so, noted); but ``·`` and ``×`` are no code's
        signs, and notes that write λ/2m mean λ/(2m), so whether the sign joins 2 and m under the slash is not said
        (audit27a: read silently as (λ/2)·m, a penalty m² times too large under a confident gradient).
        """
        self.refuse_over_bracketed_number_count(left, slash)
        number, sign, letter = self.peek(), self.peek(1), self.peek(2)
        if not (number.kind == "number" and letter.kind == "name" and conventions.is_count_letter(letter.text)):
            return
        written = self.source[sign.start:sign.end].strip()
        bracketed = sign.kind == "open" and written == "(" and self.peek(3).kind == "close"
        if not (bracketed or self.is_op(sign, "·", "*") and written not in ("*", "")):
            return  # code's *: read as code computes it, noted (plain.precedence_notes)
        numerator = self.source[self.outer(left).start:slash.start].strip()
        shown = self.source[self.outer(left).start:(self.peek(3) if bracketed else letter).end].strip()
        # one message for the half (a number) before the count, however written (fixmsg29); the slash's own
        # spelling in the hint, LaTeX or not
        how = (f"as written left to right, the bracketed {letter.text} a factor after the quotient" if bracketed
               else f"as written left to right, the sign {written} joining the quotient and {letter.text}")
        message, hint = conventions.half_before_count_message(
            shown, (numerator, number.text, letter.text), how, latex=False)
        self.fail(message, number.start, hint=hint)

    def refuse_over_bracketed_number_count(self, left: tree.Node, slash: _FrontToken) -> None:
        """Refuse ``1/(2)m``, ``λ/(2) m``, ``λ/(2)*m``: a lone number in brackets under the slash, then a count.

        Read left to right it is (λ/2)·m; but nobody brackets a lone number to divide by it, and notes that write
        λ/2m mean λ/(2m): the brackets are likely meant to hold 2m, so which is meant is not said (found reading
        session 27's change: read silently as (λ/2)·m, a penalty m² times too large, and 1/(2)m Σ … as m/2 Σ …).
        """
        opener, number, closer = self.peek(), self.peek(1), self.peek(2)
        if not (opener.kind == "open" and self.source[opener.start:opener.end].strip() == "("
                and number.kind == "number" and closer.kind == "close"):
            return
        letter = self.peek(4) if self.is_op(self.peek(3), "*", "·") else self.peek(3)
        if not (letter.kind == "name" and conventions.is_count_letter(letter.text)):
            return
        numerator = self.source[self.outer(left).start:slash.start].strip()
        shown = self.source[self.outer(left).start:letter.end].strip()
        # fixmsg29: it had a message of its own beside half_before_count_message's for the same mistake
        message, hint = conventions.half_before_count_message(
            shown, (numerator, number.text, letter.text), "as written, the brackets closing round the number alone",
            latex=False)
        self.fail(message, number.start, hint=hint)

    def refuse_open_one_exponent(self, base: tree.Node, caret: _FrontToken, exponent: tree.Node) -> None:
        """Refuse ``(1-h)^1-y``, ``(…)^1/2``: a bare exponent 1 right before a minus or a slash, an exponent unbracketed.

        By precedence the exponent is 1 alone, so ``log(h^y (1-h)^1-y)`` reads as log(h^y (1 − h) − y), which no
        cost holds, and the root mean square ``(1/m Σ (θᵀx − y)²)^1/2`` as half the mean square; nobody raises to
        the power 1 and then subtracts or divides: the likelihood's (1 − h)^(1−y) and the square root seem meant
        (hunt28: both derived silently as the literal reading). ``^(1)``, ``^{1}``, ``^(1-y)`` and ``^(1/2)`` say
        which; a letter's ``x^1 - x^2`` (a polynomial written out) is not asked about.
        """
        follower = self.peek()
        if not (isinstance(exponent, tree.Number) and exponent.text == "1"
                and self.source[caret.end:exponent.span.end].strip() == "1" and self.is_op(follower, "-", "/")):
            return
        based = self.source[self.outer(base).start:self.outer(base).end].strip()
        if follower.text == "-" and not based.startswith(("(", "\\left(")):
            return  # a bracket's power only: x^1 - x^2 is a polynomial's written-out term
        rest = self.source[follower.end:bare_operands.term_end(self.source, follower.end)].strip()
        operator = follower.text
        meant = "as in the likelihood h^y (1-h)^(1-y)" if operator == "-" else "a root"
        opener, closer = ("{", "}") if self.latex else ("(", ")")
        self.fail(
            f"'{based}^1{operator}{rest}' is ambiguous: the exponent without brackets is only 1, so it reads as "
            f"{based}^1 {operator} {rest}, a power of 1 nobody writes; the exponent 1{operator}{rest} ({meant}) "
            "seems meant",
            follower.start,
            hint=f"write {based}^{opener}1{operator}{rest}{closer} for the exponent 1{operator}{rest}, "
                 f"or {based} {operator} {rest}",
        )

    def refuse_half_before_count(self, left: tree.Node, token: _FrontToken) -> None:
        """Refuse a half written right before the count: ``\\frac12m``, and before a sum ``\\frac{1}{2}m\\sum…``,
        ``(1/2) m sum(…)``, ``0.5m Σ…``, ``\\frac{\\lambda}{2}m\\sum_j θ_j^2``.

        The twin of ``½m`` (:func:`conventions.refuse_fraction_before_count`, one message for all): the text reads
        (1/2)·m, but m/2 times a sum is a sum scaled by its own count, which nobody writes, and a writer who means
        the mean's 1/(2m) types ``\\frac12m`` or ``\\frac{1}{2}m`` as easily as ``1/2m``. hunt28: ``\\frac12m`` was
        derived as (m/2)·Σ with no note; fixhalfm: so were the braced and bracketed spellings before a sum (their
        braces were taken to decide), and a student's ``\\frac{1}{2}m`` for 1/(2m) got a confident "different", m²
        off. TeX's shorthand ``\\frac12`` leaves out the braces that would say, so it is refused before any count
        letter; a written half (braces, brackets, 0.5) only right before a sum, where the product is never meant
        (``\\frac{1}{2}n\\log\\sigma^2`` stays the product). The count is m, n, N, M, or the upper bound of the sum
        that follows (``\\frac{1}{2}K\\sum_{k=1}^K``). ``\\cdot`` and ``*`` say the product and are read so.
        """
        last: tree.Node = left
        parent: tree.Binary | None = None
        while isinstance(last, tree.Binary) and last.op == "*":
            parent = last
            last = last.right
        if token.kind != "name" or not self.count_alone(token):
            return
        middle = None
        if parent is not None and isinstance(last, (tree.Variable, tree.Number)) \
                and conventions.is_simple_numerator(last) and not _is_half(last):
            # \frac{1}{2}\lambda m\sum_j θ_j², (1/2) lambda m sum(…): a factor free of the parameters between the
            # half and the count changes nothing about which is meant (λ/(2m) or (λm/2)), so it is one rule (fixhx28)
            before = parent.left
            while isinstance(before, tree.Binary) and before.op == "*":
                before = before.right
            if not _is_half(before):
                return
            middle, last = last, before
        written = self.source[self.outer(last).start:self.outer(last).end].strip()
        shorthand = _SHORTHAND_FRACTION.fullmatch(written) is not None and middle is None
        between = "" if middle is None else self.source[self.outer(middle).start:self.outer(middle).end].strip()
        if isinstance(last, tree.Number) and last.text in ("0.5", ".5"):
            parts = ("1", "2", token.text)
            how = f"as {last.text} {between + ' ' if between else ''}{token.text} reads"
        elif (isinstance(last, tree.Binary) and last.op == "/" and isinstance(last.right, tree.Number)
              and conventions.is_simple_numerator(last.left)):
            numerator = self.source[self.outer(last.left).start:self.outer(last.left).end].strip()
            parts = (numerator.strip("{}").strip(), last.right.text, token.text)
            how = (f"as TeX reads {written} (one character for each argument)" if shorthand
                   else f"as written, the {'braces' if self.latex else 'brackets'} closing before "
                        f"{between or token.text}")
        else:
            return
        follower = self.peek(1)
        end = token.end
        # λ stands with the half and the count: between them, or over the 2 (\frac{\lambda}{2}m)
        weighted = any(isinstance(node, tree.Variable) and node.name == "lambda"
                       for node in (middle, last.left if isinstance(last, tree.Binary) else None))
        if middle is None and follower.kind == "name" and follower.text == "lambda" \
                and self.opens_penalty(self.peek(2)):
            # \frac{1}{2} m \lambda \sum_j θ_j²: λ after the count, as before it (fixhx28), changes nothing about
            # which is meant; it was read (λm/2)·Σ with no note (fixmsg29)
            weighted = True
            between, end, follower = self.source[follower.start:follower.end].strip(), follower.end, self.peek(2)
            how = how.replace(f"before {token.text}", f"before {token.text} {between}").replace(
                f" {token.text} reads", f" {token.text} {between} reads")
        if between:
            parts = (between if parts[0] == "1" else f"{parts[0]} {between}", parts[1], parts[2])
        summed = self.is_sum(follower)
        bound = _SUM_BOUND.match(self.source, follower.end) if summed else None
        counted = conventions.is_count_letter(token.text) or (bound is not None and bound.group(1) == token.raw.strip())
        # a half, the count and λ before the penalty written without a sum (θᵀθ, ‖w‖², θ_j²) are the penalty's factor
        # as before Σⱼθⱼ²: λm/2 scales a penalty by the count, which nobody writes; it was read (λm/2)θᵀθ with no
        # note while the same before a sum was refused (audit29g)
        penalised = weighted and self.opens_penalty(follower)
        if not counted or not (shorthand or summed or penalised):
            return
        message, hint = conventions.half_before_count_message(
            self.source[self.outer(last).start:end].strip(), parts, how, latex=self.latex)
        self.fail(message, token.start, hint=hint)

    @classmethod
    def opens_penalty(cls, token: _FrontToken) -> bool:
        """Whether ``token`` opens a penalty on the parameters: a sum, a norm (``\\|w\\|^2``, ``||w||^2``) or a
        parameter (``\\theta^T\\theta``, ``w^T w``, ``\\theta_j^2``)."""
        return cls.is_sum(token) or token.kind == "norm" or (token.kind == "name"
                                                              and token.text in ("theta", "w", "beta"))

    @staticmethod
    def is_sum(token: _FrontToken) -> bool:
        """Whether ``token`` opens a sum: ``\\sum``, ``Σ`` or the word ``sum``."""
        return token.kind == "sum" or (token.kind == "name" and token.text == "sum")

    def note_count_before_factor(self, left: tree.Node, token: _FrontToken) -> None:
        """Note ``λ/mθ_j``, ``\\lambda/m\\theta_j``: a slash's count glued to the parameter after it, read (λ/m)·θⱼ.

        By precedence the parameter is a factor after the quotient, as the penalty's gradient (λ/m)θⱼ means; but
        glued to the count it looks like the denominator mθⱼ, so the reading is said as ``1/2m``'s is (fixhalfm: it
        was read with no note). In plain notation only where nothing stands between (``lambda/m theta_j`` is spaced
        apart); in LaTeX spaces change nothing.
        """
        last = left
        while isinstance(last, tree.Binary) and last.op == "*":
            last = last.right
        if not (isinstance(last, tree.Binary) and last.op == "/" and isinstance(last.right, tree.Variable)
                and conventions.is_count_letter(last.right.name) and last.right.feature is None
                and last.right.example is None and self.outer(last.right) == last.right.span
                and conventions.is_simple_numerator(last.left)):
            return
        if not (token.kind == "name" and token.text in vocab.PARAMETER_VECTORS | {"b"}):
            return
        if not self.latex and self.outer(last.right).end != token.start:
            return
        numerator = self.source[self.outer(last.left).start:self.outer(last.left).end].strip()
        letter = self.source[self.outer(last.right).start:self.outer(last.right).end].strip()
        index = _SUBSCRIPT.match(self.source, token.end)
        factor = self.source[token.start:token.end if index is None else index.end()].strip()
        written = self.source[self.outer(last).start:token.start].strip() + factor
        self.note(conventions.count_factor_note(written, numerator, letter, factor))

    def count_alone(self, token: _FrontToken) -> bool:
        """Whether the count letter ``token`` stands alone: no index or power of its own (``m^{-1}``, ``m_1``)."""
        follower = self.source[token.end:].lstrip()
        return not follower.startswith(("^", "_", "⁻", "²")) and not (token.end < len(self.source)
                                                                          and self.source[token.end].isalnum())

    def span(self, first: tree.Node | _FrontToken, last: tree.Node | _FrontToken) -> Span:
        """The span from the start of ``first`` to the end of ``last``, brackets included."""
        begin = first.start if self.is_token(first) else self.outer(first).start
        stop = last.end if self.is_token(last) else self.outer(last).end
        return Span(begin, stop)

    def is_token(self, item: tree.Node | _FrontToken) -> TypeIs[_FrontToken]:
        """Whether ``item`` is one of the front end's tokens rather than a node."""
        return isinstance(item, self.token_type)

    def outer(self, node: tree.Node) -> Span:
        grouped: Span = self.extent.get(id(node), node.span)
        return grouped

    def advance(self) -> _FrontToken:
        token = self.peek()
        if token.kind != "end":
            self.position += 1
        return token

    def is_op(self, token: _FrontToken, *texts: str) -> bool:
        return token.kind == "op" and token.text in texts

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def where(self, column: int | None) -> str:
        """What a message adds to say where: nothing here (the caret shows it); the LaTeX reader names the column."""
        return ""

    def fail(self, message: str, column: int | None, hint: str | None = None) -> NoReturn:
        raise InputError(message + self.where(column), source=self.source, column=column, hint=hint)

    def enter(self, token: _FrontToken) -> None:
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

    def starts_operand(self, token: _FrontToken) -> bool:
        return token.kind in self.operand_kinds or (token.kind == "norm" and not self.in_norm)

    def describe(self, token: _FrontToken) -> str:
        if token.kind == "end":
            return f"the end of the {self.noun}"
        if token.kind == "number":
            return f"the number {token.raw}"
        return f"'{token.raw}'"

    def missing_operand(self, after: _FrontToken) -> NoReturn:
        """Raise the error for an operator (or word) with nothing usable after it."""
        token = self.peek()
        shown = after.raw or after.text
        if token.kind == "end":
            self.fail(f"'{shown}' needs something after it", after.start, hint=f"the {self.noun} ends too early")
        self.refuse_follower(token, shown)
        self.fail(f"unexpected {self.describe(token)} after '{shown}'", token.start)

    def refuse_follower(self, token: _FrontToken, shown: str) -> None:
        """Hook: refuse ``token`` after the operator ``shown`` in the front end's own words (nothing here)."""

    # -- grammar --

    def expression(self) -> tree.Node:
        """expression = term { ("+" | "-") term | "+" ellipsis ["+"] term }

        A term that uses the index of a sum written without brackets before it
        joins that sum's body (:func:`conventions.extend_open_sum`).
        """
        left = self.term()
        terms: list[tree.Node] = [left]  # the terms joined by '+' so far, the left side before each
        before: list[tree.Node | None] = [None]
        while self.is_op(self.peek(), "+", "-"):
            operator = self.advance()
            if self.peek().kind == "ellipsis":
                left = self.ellipsis(operator, terms, before)
                terms, before = [left], [None]
                continue
            if not (self.starts_operand(self.peek()) or self.is_op(self.peek(), "-", "+")):
                self.missing_operand(operator)
            right, powers = self.trailing_term(left)
            bare_operands.refuse_open_label(self, left, operator, right, latex=self.latex)
            joined = self.joined(left, operator.text, right)
            if powers and isinstance(joined, tree.Binary) and joined.left is left and joined.right is right:
                self.refuse_example_powers(powers)
            if operator.text == "+" and isinstance(joined, tree.Binary) and joined.left is left and joined.right is right:
                terms.append(right)
                before.append(left)
            else:
                terms, before = [joined], [None]
            left = joined
        if self.peek().kind == "ellipsis":
            self.fail("an ellipsis is read only between the terms of a sum: θ₁x₁ + … + θₙxₙ", self.peek().start,
                      hint=ellipsis.HINT)
        return left

    def trailing_term(self, left: tree.Node) -> tuple[tree.Node, list[tuple[str, int]]]:
        """Hook: the term after '+'/'-' that follows ``left``, and the y^{i} in it read as the i-th example (none here)."""
        return self.term(), []

    def refuse_example_powers(self, powers: list[tuple[str, int]]) -> NoReturn:
        """Hook: refuse the y^{i} of a term that no Σ over examples took in (only the LaTeX reader reads them)."""
        raise NotImplementedError

    def ellipsis(self, operator: _FrontToken, terms: list[tree.Node], before: list[tree.Node | None]) -> tree.Node:
        """``+ … + θₙxₙ`` after the terms ``terms``: the run they continue, read as a sum (noted)."""
        dots = self.advance()
        if operator.text != "+":
            self.fail("an ellipsis is read only in a sum of terms joined by '+'", dots.start, hint=ellipsis.HINT)
        if self.is_op(self.peek(), "+"):
            self.advance()
        if not self.starts_operand(self.peek()):
            self.fail("an ellipsis needs the last term after it: θ₁x₁ + … + θₙxₙ", dots.start, hint=ellipsis.HINT)
        with self.numbered_by_count():
            # w_1x_1 + … + w_jx_j + … + w_nx_n: the typical term, then the run's last after the second ellipsis
            last = ellipsis.past_the_typical_term(self, terms, self.term())
        return self.sum_of_run(dots, terms, before, last)

    def numbered_by_count(self) -> ContextManager[None]:
        """Hook: while the run's last term is read, its letters may be numbered by a count (θₙ, βₚ)."""
        raise NotImplementedError

    def sum_of_run(self, dots: _FrontToken, terms: list[tree.Node], before: list[tree.Node | None],
                   last: tree.Node) -> tree.Node:
        """Hook: the run ``terms … last`` read as one sum, noted, joined to what stands before it."""
        raise NotImplementedError

    def joined(self, left: tree.Node, op: str, right: tree.Node) -> tree.Node:
        """``left op right``, or ``right`` taken into a bracketless sum that ends ``left``."""
        return conventions.join_terms(self, left, op, right)

    def product(self, left: tree.Node, operator: _FrontToken) -> tree.Node:
        """``left`` times (or over) the unary after ``operator``, a term's written product: ``*``, ``/``, ``·``, ``⊙``.

        ``1/2m`` is read as 1/(2m) where the front end's ``over_count`` says so.
        """
        if not (self.starts_operand(self.peek()) or self.is_op(self.peek(), "-", "+")):
            self.missing_operand(operator)
        if operator.text == "/" and self.over_count(left, operator):
            right = self.count_product(left, operator)
            return tree.Binary("/", left, right, self.span(left, right))
        right = self.unary()
        if (read := self.product_of(left, operator, right)) is not None:
            return read
        op: Literal["/", "⊙", "*"] = "/" if operator.text == "/" else "⊙" if operator.text == "⊙" else "*"
        return tree.Binary(op, left, right, self.span(left, right))

    def product_of(self, left: tree.Node, operator: _FrontToken, right: tree.Node) -> tree.Node | None:
        """Hook: refuse a slip in ``left operator right`` (a lost bracket after '/'), or read it otherwise; None: as written."""
        return None

    def juxtaposed(self, left: tree.Node) -> tree.Node:
        """``left`` times the power written right after it (``y log h``, ``2 m``): a term's product by juxtaposition."""
        right = self.power()
        return tree.Binary("*", left, right, self.span(left, right))

    def unary(self) -> tree.Node:
        """unary = { "-" | "+" } power

        A run of signs is read in a loop and folded (``--x`` is ``x``), so a long
        run costs neither recursion here nor in the builder.
        """
        signs: list[_FrontToken] = []
        while self.is_op(self.peek(), "-", "+"):
            sign = self.advance()
            if not (self.starts_operand(self.peek()) or self.is_op(self.peek(), "-", "+")):
                self.missing_operand(sign)
            signs.append(sign)
        token = self.peek()
        if token.kind == "op":
            self.refuse_operator(token, signs)
        operand = self.power()
        if sum(sign.text == "-" for sign in signs) % 2:
            return tree.Negate(operand, self.span(signs[0], operand))
        return operand

    def refuse_operator(self, token: _FrontToken, signs: list[_FrontToken]) -> NoReturn:
        """Refuse the operator ``token`` where an operand should start (after the signs ``signs``)."""
        self.fail(f"'{token.raw}' needs something before it", token.start)

    # -- what follows an operator, a function or a bar: read alike by both front ends, in their own hints --

    def variable(self, *, may_call: bool = True, may_dot: bool = True) -> tree.Node:
        """Hook: a name and its indices, the primary each front end reads its own way (a dot product's vector)."""
        raise NotImplementedError

    def derivative_operand(self, operator: _FrontToken, hint: str) -> tree.Node:
        """What a derivative operator (``d/dz``, ``\\frac{\\partial}{\\partial\\theta_j}``) differentiates when no
        bracket says: the whole product after it, as ML notes mean ∂/∂θⱼ (h − y)² (noted where that is more than
        its first factor). ``hint``: how the front end writes a derivative, for a text that ends after one.
        """
        follower = self.peek()
        if self.latex and self.is_op(follower, "·") and self.starts_operand(self.peek(1)):
            # ∂/∂θⱼ · (1/2m) · Σ (h − y)² (a Chinese lecture note's align): a dot after an operator joins it to what it
            # differentiates, as a product after it does — an operator has no value to multiply (noted)
            self.advance()
            self.note(f"the '{follower.raw}' after a derivative operator joins it to what it differentiates: read as "
                      "the operator applied to the product after it")
            follower = self.peek()
        if self.starts_operand(follower) or self.is_op(follower, "-"):
            # the whole product after the operator, brackets or not: ∂/∂θⱼ (h − y)² is ∂/∂θⱼ [(h − y)²]
            self.enter(operator)
            body = self.term()
            self.leave()
            if conventions.spans_product(body, lambda node: id(node) in self.extent):
                written = self.source[operator.start:self.outer(body).start].strip()
                self.note(conventions.derivative_note(written, self.source[self.outer(body).start:self.outer(body).end]))
            return body
        if follower.kind == "end":
            self.fail("a derivative needs something to differentiate", operator.start, hint=hint)
        self.fail(f"a derivative needs something to differentiate, not {self.describe(follower)}", follower.start)

    def function_operand(self, token: _FrontToken, function: str, minus_hint: str, sigmoid_hint: str) -> tree.Apply:
        """``function`` (written ``token``) without a bracket after it: of the unary that follows (``log h``).

        σ followed by '-' is refused (``minus_hint``), as is a function with no operand after it (its hint
        adds ``sigmoid_hint`` for σ): the hints are the front end's spellings.
        """
        follower = self.peek()
        if function == "sigmoid" and self.is_op(follower, "-"):
            # (sigma - 1) x_j, σ - y: σ written short for its value σ(θᵀx), minus 1; read as σ(−1) it was a
            # confident verdict on another expression (audit29). σ of a negative is written with its bracket
            self.fail(f"'{token.raw} -': σ minus what follows (σ the value, written short), or σ of minus it?",
                      follower.start, hint=minus_hint)
        if not self.latex and follower.kind == "number" and follower.start == token.end and function != "sqrt" \
                and self.peek(1).kind != "open":
            # sigma2, tanh2, exp2: a function's name glued to a digit is a name of code (sigma2, the variance σ²,
            # code's exp2) far more often than σ(2); read as σ(2), '/ sigma2' was a silent constant (audit51)
            written = self.source[token.start:follower.end]
            self.fail(f"'{written}': a function's name glued to a number is a name of code (the variance σ² as "
                      f"sigma2) or {token.raw}({follower.raw}), and nothing here says which", token.start,
                      hint=f"write {token.raw}({follower.raw}) for the function of the number; for a constant of "
                           "your own use a name of one letter (s for σ²) or define it with --let")
        if self.starts_operand(follower) or self.is_op(follower, "-"):
            self.enter(token)
            argument = self.unary()
            self.leave()
            bare_operands.refuse_bare_operand(self, token, function, argument, latex=self.latex)
            return tree.Apply(function, argument, self.span(token, argument))
        hint = f"write {token.raw}(z)"
        if function == "sigmoid":
            hint += sigmoid_hint
        if follower.kind == "end":
            self.fail(f"'{token.raw}' needs an argument", token.start, hint=hint)
        self.fail(f"'{token.raw}' needs an argument, not {self.describe(follower)}", follower.start, hint=hint)

    def norm_inside(self, hint: str, matrix_hint: str) -> tuple[_FrontToken, tree.Node, _FrontToken, bool]:
        """A norm's bars and what they hold, both bars taken: the opener, the inside, the closer, and whether the
        inside is a parameter vector (else it is a vector of matrix form, :func:`norm_in_matrix_form`, or one
        example's residual, a number, :func:`~logderiv.notation.scalar_norm.is_example_scalar`, which the front end
        reads first; anything else is refused). ``hint``: how the front end writes ‖θ‖²; ``matrix_hint``: that and the matrix form's.
        """
        opener = self.advance()
        self.in_norm += 1
        self.enter(opener)
        inner = self.expression()
        self.leave()
        self.in_norm -= 1
        closer = self.peek()
        if closer.kind != "norm":
            if closer.kind == "end":
                self.fail(f"'{opener.raw}' is never closed", opener.start, hint=hint)
            self.fail(f"unexpected {self.describe(closer)} inside a norm", closer.start, hint=hint)
        self.advance()
        of_parameters = (
            isinstance(inner, tree.Variable)
            and inner.name in vocab.PARAMETER_VECTORS
            and inner.feature is None
            and inner.example is None
        )
        # norm(theta(2:end)), norm(theta([2:end])) (shannonrush's costFunctionReg, f63): the parameters without
        # their first entry, an (n−1)×1 vector read in matrix form (squared_norm: θ(2:end)ᵀθ(2:end))
        tail = isinstance(inner, tree.Tail) and inner.operand.name in vocab.PARAMETER_VECTORS
        # ‖r‖² beside --let r = Ax − b: a name a --let defines, whole, is the vector of its values, one per example,
        # as its rᵀr is read (the let's value decides: a vector in matrix form, or a value per example); not the
        # prediction's (‖ŷ‖², no targets: only ‖ŷ − y‖, the errors, is read, above)
        defined = (isinstance(inner, tree.Variable) and inner.name in self.names and inner.name != vocab.PREDICTION
                   and inner.feature is None and inner.example is None)
        if not of_parameters and not tail and not defined and not norm_in_matrix_form(inner) \
                and not is_example_scalar(inner):
            self.fail(f"'{opener.raw}...{closer.raw}': a norm is read only of a parameter vector", opener.start,
                      hint=matrix_hint)
        return opener, inner, closer, of_parameters

    @staticmethod
    def squared_norm(inner: tree.Node, of_parameters: bool, whole: Span) -> tree.Sum | tree.Binary:
        """‖inner‖² over ``whole``: Σₖ θₖ² of a parameter vector θ, else (Xθ − y)ᵀ(Xθ − y) of a vector in matrix form."""
        if of_parameters:
            assert isinstance(inner, tree.Variable), "of_parameters holds only of a Variable"
            component = tree.Variable(inner.name, inner.span, feature="k")
            return tree.Sum("features", "k", tree.Binary("^", component, tree.Number("2", whole), whole), whole)
        # one node on both sides: how the matrix-form note prints a norm, and the cost in matrix form
        return tree.Binary("*", tree.Transpose(inner, whole), inner, whole)

    def unindexed_range(self, token: _FrontToken, body: tree.Node,
                        hint: str) -> tuple[Literal["examples", "features"], str, str]:
        """What the Σ ``token`` written without an index ranges over, from its ``body``: the range, the index
        and why (:func:`readings.unindexed_range`); a body that does not tell is refused, ``hint`` the front
        end's spelling of either sum."""
        over, index, why = readings.unindexed_range(body)
        if over is None:
            self.fail(
                f"cannot tell whether '{token.raw}' runs over the examples or the features: {why}",
                token.start,
                hint=hint,
            )
        assert index is not None, "unindexed_range names an index wherever it names a range"
        return over, index, why

    def data_plus_one(self, argument: tree.Node, token: _FrontToken, message: str, hint: str) -> tree.Node:
        """The name y of the data in the ``argument`` ``y + 1`` of Γ (or of log Γ, ``token``): Γ(y + 1) is y!, a
        constant of the gradient. Any other argument is refused, in the front end's ``message`` and ``hint``."""
        if not (isinstance(argument, tree.Binary) and argument.op == "+" and conventions.data_only(argument.left)
                and isinstance(argument.right, tree.Number) and argument.right.text == "1"):
            raise UnsupportedInputError(message, source=self.source, column=token.start, hint=hint)
        return argument.left

    def whole_vector(self, after: _FrontToken, end_hint: str, hint: str, whole_hint: str) -> tree.Variable:
        """The right operand of a dot product after ``after``: a whole vector, optionally of one example.

        The hints are the front end's: for a text that ends after ``after`` (``end_hint``), for an operand that
        is no vector (``hint``) and for a vector's entry (``whole_hint``).
        """
        token = self.peek()
        if token.kind != "name" or token.text not in vocab.VECTORS:
            if token.kind == "end":
                self.fail(f"'{after.raw}' needs a vector after it", after.start, hint=end_hint)
            self.fail(f"a dot product needs a vector here, not {self.describe(token)}", token.start, hint=hint)
        node = self.variable(may_call=False, may_dot=False)
        if not isinstance(node, tree.Variable) or node.feature is not None:
            self.fail("a dot product takes whole vectors", token.start, hint=whole_hint)
        return node

