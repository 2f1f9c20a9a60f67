"""Code that assigns ``y`` the model's output (``y = torch.matmul(X, w) + b``): y is the prediction there.

logderiv's y is the target, and a ``--let`` that defines y is refused. But code names its variables as it
likes, and a notebook that writes ``y = X @ w + b`` and ``loss = 0.5 * (y_hat - y) ** 2`` (d2l's Chinese study
notebooks, with the labels in ``y_hat``) has said what its y is: the value of the model, the parameters times
the data. The rule, for any language's code: a let ``y = …`` (or ``y <- …``) whose value holds a parameter vector
(w, W, theta, beta) and the data (X, x) makes y the prediction, read as h; the target is then the one name the
texts set against y in a difference (``y_hat - y``, ``y - labels``), read as y. Only when every text is code (no
LaTeX), nothing else is named h, exactly one such let and one such name exist, and no let defines that name:
anything less leaves the texts as they are, and y's let is refused as before. Sympy-free.
"""

from __future__ import annotations

import re
from typing import Collection, Sequence

from .. import patterns
from .redefined import holds_one_number

__all__ = ["prediction_named_y"]

#: a let that assigns y: ``y = …``, R's ``y <- …``
_Y_ASSIGNED = patterns.compile(r"\s*y\s*(?:=(?!=)|<-)\s*(?P<value>.+)")
#: a parameter vector and the data, as words of code
_PARAMETERS = patterns.compile(r"(?<![\w.])(?:w|W|theta|beta)(?![\w])")
_DATA = patterns.compile(r"(?<![\w.])[xX](?![\w])")
#: a name set against y in a difference, either side: ``y_hat - y``, ``y - labels``
_AGAINST_Y = patterns.compile(
    r"(?<![\w.])(?P<before>[A-Za-z_]\w*)\s*-\s*y(?![\w(\[.])|(?<![\w.])y\s*-\s*(?P<after>[A-Za-z_]\w*)(?![\w(\[.])")
#: names a difference with y never makes the target: the data, the parameters, a count
_NOT_TARGETS = frozenset({"x", "X", "w", "W", "b", "theta", "beta", "m", "n", "h", "e", "np", "torch"})


def prediction_named_y(texts: Sequence[str | None], let_names: Collection[str]) -> tuple[list[str | None], str | None]:
    """The texts with code's y (the model's output) as h and the name set against it as y, and the note.

    Returns the texts unchanged and None where the rule does not apply (see the module's docstring).
    """
    present = [text for text in texts if isinstance(text, str)]
    if any("\\" in text for text in present):
        return list(texts), None
    assigned = [text for text in present if (match := _Y_ASSIGNED.fullmatch(text)) is not None
                and _PARAMETERS.search(match.group("value")) and _DATA.search(match.group("value"))]
    if len(assigned) != 1 or "h" in let_names:
        return list(texts), None
    if any(re.search(r"(?<![\w.])h(?![\w])", text) for text in present):
        return list(texts), None
    against = {match.group("before") or match.group("after") for text in present
               for match in _AGAINST_Y.finditer(text)} - _NOT_TARGETS
    if len(against) != 1:
        return list(texts), None
    target = against.pop()
    # audit44: y - y_mean, y - ybar, y - N, y - y0 set the prediction against one number, never the targets
    if holds_one_number(target) or target in let_names or any(re.match(rf"\s*{re.escape(target)}\s*(?:=(?!=)|<-)", text) for text in present):
        return list(texts), None
    words = re.compile(rf"(?<![\w.])(?:y|{re.escape(target)})(?![\w])")
    changed = [words.sub(lambda match: "h" if match.group(0) == "y" else "y", text) if isinstance(text, str) else text
               for text in texts]
    model = " ".join(assigned[0].split())
    return changed, (f"read as code: {model} assigns y the model's output (the parameters times the data), so y is "
                     f"the prediction, read as h, and {target}, set against it, is the target, read as y")
