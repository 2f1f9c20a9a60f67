"""Code's own names of the data, read by the role the model gives them: ``t_p = w * t_u + b``, ``(t_p - t_c) ** 2``.

Code names its data after what they hold (Deep Learning with PyTorch's ``t_u``, the thermometer's unknown
units, and ``t_c``, degrees Celsius; ``temp_f``, ``price_usd``), and an underscore in a name of code is part
of the name. The plain reader knows code's usual names (``x_train``, ``y_true``) and names a --let defines
(``t_p``), but an undefined ``t_c`` looks like t with the index c, and is refused as an unknown index.

The code itself says what such a name is, where a --let defines the model as the parameters' line, ``P = w *
A + b`` (``A * w``, ``b + w * A``; w and b the only other names): A, multiplied by the slope, is the data x; a
name B that a text subtracts from P or P from (``(P - B)``, ``(B - P)``) is what the prediction is compared
with, the targets y. Both are respelled in place (columns kept) and noted. Only in code (no text is LaTeX),
for names with an underscore that no --let defines, written only whole (not called, indexed or as an
attribute), where no text writes x or y itself and the target is one name other than the data: anything
else is left to the front ends as before. ``P.size(0)``, ``P.shape[0]`` and ``len(P)`` of that prediction,
one value per example, count the examples: read as m (noted) where no text writes m.

Sympy-free.
"""

from __future__ import annotations

import re
from typing import Sequence

from .. import patterns
from .redefined import holds_one_number

__all__ = ["read_data_roles"]

#: a --let of the model, the parameters' line through one name of the data: t_p = w * t_u + b
_MODEL = patterns.compile(
    r"\s*(?P<prediction>[A-Za-z]\w*)\s*=\s*(?:"
    r"w\s*\*\s*(?P<a>[A-Za-z]\w*)\s*\+\s*b|(?P<b>[A-Za-z]\w*)\s*\*\s*w\s*\+\s*b|b\s*\+\s*w\s*\*\s*(?P<c>[A-Za-z]\w*))"
    r"\s*(?:;\s*)?")
#: a code name with an underscore, which the plain reader would split into a letter and an index; or with several
#: (x_train_tensor, y_train_tensor: Deep Learning with PyTorch Step-by-Step's tensors, f63), each part of the name
_UNDERSCORED = patterns.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")


def _uses(text: str, name: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"(?<![\w.]){re.escape(name)}(?!\w)", text))


def _whole(text: str, name: str) -> bool:
    """Whether every use of ``name`` in ``text`` is the name alone (not called, indexed or an attribute's)."""
    return all(not text[use.end():].lstrip().startswith(("(", "[", ".")) for use in _uses(text, name))


def _letter(texts: Sequence[str], letter: str) -> bool:
    """Whether some text writes the one-letter name ``letter`` itself (or with an index, x_i)."""
    return any(re.search(rf"(?<![\w.]){letter}(?:_[ijkl0-9]\b|(?!\w))", text) for text in texts)


def _respelled(text: str, name: str, letter: str) -> str:
    for use in reversed(_uses(text, name)):
        text = text[:use.start()] + " " * (len(name) - len(letter)) + letter + text[use.end():]
    return text


def read_data_roles(cost: str | None, answer: str | None,
                    lets: Sequence[str]) -> tuple[str | None, str | None, list[str], list[str]]:
    """The texts with the model's data name read as x and its targets' as y, and the notes; unchanged otherwise."""
    written = [text for text in (cost, answer, *lets) if text is not None]
    if not all(isinstance(text, str) for text in written) or any("\\" in text for text in written):
        return cost, answer, list(lets), []  # not text (the front ends refuse it), or LaTeX: not code's names
    texts: list[str] = [text for text in written if isinstance(text, str)]
    defined = {text.split("=", 1)[0].strip() for text in lets if "=" in text}
    models = [match for text in lets if (match := _MODEL.fullmatch(text)) is not None]
    if len(models) != 1:
        return cost, answer, list(lets), []
    prediction = models[0].group("prediction")
    data = models[0].group("a") or models[0].group("b") or models[0].group("c")
    if _UNDERSCORED.fullmatch(data) is None or data in defined or holds_one_number(data):
        # audit24g: yhat = b + w * x_train_mean multiplies w by one number (the data's mean), not by each example's x
        return cost, answer, list(lets), []
    spelled = re.escape(prediction)
    # what the prediction is subtracted from, or subtracts: (t_p - t_c), (t_c - t_p)
    sides = (rf"(?<![\w.]){spelled}\s*-\s*(?P<other>[A-Za-z]\w*)(?![\w(\[.])",
             rf"(?<![\w.])(?P<other>[A-Za-z]\w*)\s*-\s*{spelled}(?!\w)")
    compared = {match.group("other") for text in texts for side in sides for match in re.finditer(side, text)}
    if len(compared) != 1:
        return cost, answer, list(lets), []  # nothing compared with the prediction, or two names: no one target
    target = compared.pop()
    if _UNDERSCORED.fullmatch(target) is None or target in defined or target == data or holds_one_number(target):
        # audit44: (t_p - t_mean), (t_p - t_bar), (t_p - b_0) set the prediction against one number, no targets
        return cost, answer, list(lets), []
    if _letter(texts, "x") or _letter(texts, "y") or not all(_whole(t, data) and _whole(t, target) for t in texts):
        return cost, answer, list(lets), []
    notes = [f"{data} is the data x: the model's --let {prediction} = … multiplies it by the slope w (in code the _ "
             f"is part of the name {data}, not an index)",
             f"{target} is the targets y: the prediction {prediction} is compared with it (the _ is part of the name "
             f"{target}, not an index)"]
    count = re.compile(rf"(?<![\w.])(?:{spelled}\s*\.\s*size\s*\(\s*0\s*\)|{spelled}\s*\.\s*shape\s*\[\s*0\s*\]|"
                       rf"len\s*\(\s*{spelled}\s*\))")
    counted = sorted({match.group() for text in texts for match in count.finditer(text)})
    if counted and _letter(texts, "m"):
        counted = []  # m written too: which count it is is left to the front ends
    if counted:
        notes.append(f"{', '.join(counted)} counts the entries of {prediction}, one per example: the number of "
                     "examples m")

    def respell(text: str | None) -> str | None:
        if text is None:
            return None
        text = _respelled(_respelled(text, data, "x"), target, "y")
        if counted:
            for match in reversed(list(count.finditer(text))):
                text = text[:match.start()] + " " * (len(match.group()) - 1) + "m" + text[match.end():]
        return text

    return respell(cost), respell(answer), [text for text in map(respell, lets) if text is not None], notes
