r"""The augmented example ``(1; x)`` in a --let: ``z = \beta^T\mathbf{(1;x)}`` is β₀ + βᵀx (noted).

Chinese and Japanese notes write the linear predictor with the intercept's 1 stacked on top of the
example, as MATLAB stacks a column: ``z = \beta_0 + \beta_1x_1 + \dots + \beta_nx_n = \beta^T\mathbf{(1;x)}``
(NayeyYe/NyeWeb's logistic-regression notes). The vector multiplied is (1, x₁, …, xₙ), so the product is
β₀·1 + β₁x₁ + … + βₙxₙ: β's first entry is the intercept β₀, the rest multiply the features. logderiv
numbers the features 1..n and keeps the intercept on its own, so the product is read as ``β₀ + βᵀx``
(respelled in the let, noted); a chain's written-out side is then checked against it as any other side.

Only the spelling that leaves no other reading: a parameter vector transposed, then ``(1;x)`` with the 1
first and a ';' (the stacking separator), optionally in bold. ``(x;1)`` (the intercept last), ``(1,x)`` (a
pair, or the arguments of a call), ``\beta(1;x)`` with no transpose and ``(2;x)`` stay refused by the
parser. Text to text before parsing: the respelling keeps the let's length (padded with spaces), so later
carets still point into the let as written; when it cannot (``\theta^T(1;x)``: ``\theta_0+\theta^Tx`` is
longer) the let is refused with a caret and the spelling to write instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import InputError
from .. import patterns

__all__ = ["read_augmented_lets"]

#: a parameter vector, plain or bold (its letter names the intercept: \beta → \beta_0, \mathbf{w} → w_0)
_VECTOR = (r"(?P<vector>(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?(?P<letter>\\beta|\\theta|\\omega|w|b|a)"
           r"(?:\s*\})?)")
_TRANSPOSE = r"\s*\^\s*(?:\{\s*(?:T|\\top|\\intercal|\\mathsf\s*\{\s*T\s*\})\s*\}|T|\\top|\\intercal)"
#: (1;x), (1; \mathbf{x}), \mathbf{(1;x)}, \left(1;x\right): the 1 first, the stacking ';', the example unindexed
_STACKED = (r"\s*(?P<stack>(?P<bold>\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?(?:\\left\s*)?\(\s*1\s*;\s*"
            r"(?P<x>\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*x\s*\}|x)\s*(?:\\right\s*)?\)(?(bold)\s*\}))")
_PRODUCT = patterns.compile(_VECTOR + _TRANSPOSE + _STACKED)

NOTE = ("{written} multiplies {vector} by the example with a 1 stacked on top, (1, x₁, …, xₙ): {vector}'s first "
        "entry is the intercept, so it is read as {vector}₀ + {vector}ᵀx (logderiv keeps the intercept on its own "
        "and numbers the features 1..n)")
_SHOWN = {"\\beta": "β", "\\theta": "θ", "\\omega": "ω"}


def read_augmented_lets(lets: Sequence[str]) -> tuple[list[str], list[str]]:
    """The lets with each ``βᵀ(1;x)`` respelled ``β_0+β^Tx`` (same length), and the notes; InputError when it won't fit."""
    result: list[str] = []
    notes: list[str] = []
    for text in lets:
        if not isinstance(text, str) or ";" not in text:
            result.append(text)
            continue
        respelled = text
        for match in reversed(list(_PRODUCT.finditer(text))):
            letter, vector = match.group("letter"), match.group("vector")
            replacement = f"{letter}_0+{vector}^T{match.group('x')}"
            written = match.group()
            if len(replacement) > len(written):
                shown = f"{letter}_0 + {vector}^T {match.group('x')}"
                raise InputError(
                    f"'{written}' is the augmented example (1, x) times {vector}: write the intercept on its own "
                    f"(column {match.start('stack') + 1})",
                    source=text, column=match.start("stack"), hint=f"e.g. --let '… = {shown}'", label="--let")
            respelled = (respelled[:match.start()] + replacement + " " * (len(written) - len(replacement))
                         + respelled[match.end():])
            notes.append(NOTE.format(written=written, vector=_SHOWN.get(letter, letter)))
        result.append(respelled)
    return result, notes
