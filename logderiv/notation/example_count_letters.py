r"""ℓ (or l) as the number of examples: the sample X^ℓ = (xᵢ, yᵢ)ᵢ₌₁^ℓ of Russian ML courses.

Vorontsov's machinelearning.ru notes, and the Yandex and JetBrains courses that follow
them, count the objects of the sample with ℓ (or a plain l): the empirical risk is
Q(w) = (1/ℓ) Σ_{i=1}^ℓ L(a(xᵢ, w), yᵢ). logderiv reads l as a feature index (x_l, w_l)
and ℓ as the log-likelihood, so a LaTeX text reads either as the example count only
where it says so itself: the letter is the upper bound of a sum whose index is i (the
example index), and every other use of it is a bare quantity (1/ℓ) — never a script
(x_l, w_{il}), never scripted or applied (l_j, ℓ(θ), ℓ^2), never a sum's index
(\sum_{l=1}^n), never a left side (ℓ = …). Anywhere else the letter keeps its reading.
"""

from __future__ import annotations

from typing import Sequence

from .conventions import Token

__all__ = ["EXAMPLE_COUNT_SPELLINGS", "counts_examples", "counted_by_another_text", "count_note"]

#: the letters a Russian course counts its sample's objects by (ℓ of X^ℓ, and l as typed)
EXAMPLE_COUNT_SPELLINGS: frozenset[str] = frozenset({"l", "ℓ"})


def _is_op(token: Token, *texts: str) -> bool:
    return token.kind == "op" and token.text in texts


def _example_bound(tokens: Sequence[Token], at: int) -> bool:
    r"""Whether the letter at ``at`` is the upper bound of a sum over i: ``\sum_{i=1}^l``, ``\sum_{i = 1}^{\ell}``."""
    hat = at - 1
    if hat >= 0 and tokens[hat].kind == "lbrace":
        if at + 1 >= len(tokens) or tokens[at + 1].kind != "rbrace":
            return False
        hat -= 1
    if hat < 1 or not _is_op(tokens[hat], "^") or tokens[hat - 1].kind != "rbrace":
        return False
    # walk back over the lower bound {i = 1} to the \sum and its _
    close = hat - 1
    opened = close - 1
    while opened >= 0 and tokens[opened].kind != "lbrace":
        if tokens[opened].kind in ("lbrace", "rbrace"):
            return False
        opened -= 1
    if opened < 2 or not _is_op(tokens[opened - 1], "_") or tokens[opened - 2].kind != "sum":
        return False
    inside = [token for token in tokens[opened + 1:close]]
    return (len(inside) == 3 and inside[0].kind == "name" and inside[0].text == "i" and _is_op(inside[1], "=")
            and inside[2].kind == "number" and inside[2].text == "1")


def _in_script(tokens: Sequence[Token], at: int) -> bool:
    """Whether the token at ``at`` is (inside) a subscript or superscript: x_l, w_{il}, e^{l}."""
    if at >= 1 and _is_op(tokens[at - 1], "_", "^"):
        return True
    depth = 0
    for back in range(at - 1, -1, -1):
        kind = tokens[back].kind
        if kind == "rbrace":
            depth += 1
        elif kind == "lbrace":
            if depth == 0:
                if back >= 1 and _is_op(tokens[back - 1], "_", "^"):
                    return True
            else:
                depth -= 1
    return False


def counts_examples(tokens: Sequence[Token], letter: str) -> bool:
    r"""Whether ``letter`` (l or ℓ) counts the examples in this text, as the module says."""
    if letter not in EXAMPLE_COUNT_SPELLINGS:
        return False
    uses = [at for at, token in enumerate(tokens) if token.kind == "name" and token.text == letter]
    bounds = [at for at in uses if _example_bound(tokens, at)]
    return bool(bounds) and _quantity_only(tokens, [at for at in uses if at not in bounds])


def counted_by_another_text(tokens: Sequence[Token], letter: str) -> bool:
    r"""Whether ``letter`` (l or ℓ), which another text (the cost) counts the examples by, is a bare quantity in this
    one (an answer's ``rac{2}{l} X^T(Xw - y)``): written, and every use as the module says (no script, no call,
    no left side); the bound that makes it the count is the other text's."""
    if letter not in EXAMPLE_COUNT_SPELLINGS:
        return False
    uses = [at for at, token in enumerate(tokens) if token.kind == "name" and token.text == letter]
    return bool(uses) and not any(_example_bound(tokens, at) for at in uses) and _quantity_only(tokens, uses)


def _quantity_only(tokens: Sequence[Token], uses: Sequence[int]) -> bool:
    """Whether each use at ``uses`` is a bare quantity: not in a script, not scripted, applied or a left side."""
    for at in uses:
        if _in_script(tokens, at):
            return False
        after = tokens[at + 1] if at + 1 < len(tokens) else None
        if after is not None and (after.kind == "open" or _is_op(after, "_", "^", "=", "'")):
            return False
        if at == 0:
            return False
    return True


def count_note(letter: str) -> str:
    """The note said when ``letter`` is read as the number of examples."""
    return (f"{letter} counts the examples here: read as m ({letter} is the upper bound of the sum over the examples i"
            f" and no index anywhere: the sample X^{letter} = (xᵢ, yᵢ)ᵢ₌₁^{letter} of Russian ML courses)")
