r"""The model called with the data and the parameters, ``h(x, theta)``, read as a preset's hypothesis (noted).

Code passes the parameters explicitly where notes leave them in a subscript:
``h_x = h(x, theta)`` (a Q&A's linear regression) is h_θ(x), the hypothesis of the
problem's model applied to the data. logderiv's h takes the example alone, so the call
is read by putting the model in: the preset's hypothesis written with the call's own
data and parameters, ``(x @ theta)`` for linear regression, ``sigmoid(x @ theta)`` for
logistic regression, which the code readers read (x times θ makes x the data matrix).

Only where the model is known and the call names it unmistakably:

* the cost is a preset whose hypothesis is known (its ``h`` let, or θᵀx where the cost is
  the squared error of θᵀx); the Poisson and softplus presets name no h and keep the
  refusal;
* the data come first and the parameters second, and the parameters are the vector
  ``--wrt`` differentiates by (θ): ``h(x, w)`` beside θ, or ``h(theta, x)`` (whose order
  no writer's convention fixes here), stay as written and are refused;
* no ``--let`` defines h itself (a let's own ``h(x, theta) = …`` is the writer's model);
* the texts compute with whole matrices (``x.T @ …``, ``.dot``): there the data is the matrix of the
  examples, and the call every example's prediction at once.

This module reads text and imports no sympy; it evaluates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..presets import Preset
from .. import patterns

__all__ = ["model_call_in", "respell_model_calls"]

#: a call of h with the data and the parameters, in code: h(x, theta), h(X, θ)
_CALL = patterns.compile(r"(?<![\w.])h\(\s*(?P<data>[xX])\s*,\s*(?P<parameters>theta|θ)\s*\)")
#: what shows a text of code computes with whole matrices: X.T, @, .dot(…), np.dot(…)
_MATRIX_CODE = patterns.compile(r"\.T\b|@|\.dot\(")
#: a let that defines h (h = …, h(x) = …, h(x, theta) = …): the writer's own model
_DEFINES_H = patterns.compile(r"\s*h\s*(?:\([^()]*\))?\s*:?=")
#: the per-example linear predictor a preset writes
_PREDICTOR = "theta^T x"


def _hypothesis(preset: Preset) -> str | None:
    """The preset's hypothesis h, per example, in its plain notation (``sigmoid(theta^T x)``); None if it has none."""
    for let in preset.lets:
        name, equals, value = let.partition("=")
        if equals and name.strip() == "h":
            return value.strip()
    # linear regression writes no h: its cost is the squared error of θᵀx, so θᵀx is what it predicts
    if f"({_PREDICTOR} - y)^2" in preset.cost:
        return _PREDICTOR
    return None


def _matrix_form(hypothesis: str, data: str, parameters: str) -> str:
    """The hypothesis of every example at once: θᵀx as the data matrix times the parameters, ``sigmoid(x @ theta)``."""
    product = f"{data} @ {parameters}"
    return f"({product})" if hypothesis == _PREDICTOR else hypothesis.replace(_PREDICTOR, product)


def model_call_in(texts: Sequence[str | None]) -> bool:
    """Whether some text calls h with the data and the parameters (cheap: before any preset is looked at)."""
    return any(text is not None and _CALL.search(text) for text in texts)


def respell_model_calls(
    preset: Preset | None, wrt: str | None, answer: str | None, lets: Sequence[str], plain: Sequence[bool]
) -> tuple[str | None, tuple[str, ...], str] | None:
    """``h(x, theta)`` in the answer and its lets as the preset's hypothesis of x and θ: (answer, lets, note), or None.

    ``plain`` says, for the answer and then each let, whether it is read as plain notation (code);
    a LaTeX text is left as written.
    """
    texts = (answer, *lets)
    if preset is None or not model_call_in(texts):
        return None
    hypothesis = _hypothesis(preset)
    if hypothesis is None or _PREDICTOR not in hypothesis:
        return None
    if wrt is not None and wrt.strip().partition("_")[0] not in ("theta", "θ"):
        return None  # the preset is read in other letters (w, β): θ is not its parameter vector
    if any(_DEFINES_H.match(let) for let in lets):
        return None
    if not any(text is not None and _MATRIX_CODE.search(text) for text in texts):
        return None  # sum((h(x, theta) - y) * x_j): one example's h, whose matrix form would be no reading of it
    written: list[str] = []

    def model(match: re.Match[str]) -> str:
        written.append(match.group())
        return _matrix_form(hypothesis, match.group("data"), match.group("parameters"))

    def respelled(text: str, is_plain: bool) -> str:
        return _CALL.sub(model, text) if is_plain else text

    # the answer before its lets, so that written[0] is the first call written; an answer not given stays so
    new_answer = None if answer is None else respelled(answer, plain[0])
    new_lets = tuple(respelled(let, is_plain) for let, is_plain in zip(lets, plain[1:]))
    if not written:
        return None
    call = _CALL.fullmatch(written[0])
    assert call is not None, "written holds whole calls"
    note = (f"{call.group()} is the model h of the cost ({preset.name}: h = {hypothesis.replace(_PREDICTOR, 'θᵀx')} "
            "for each example) as a function of the data and the parameters: read as "
            f"{_matrix_form(hypothesis, call.group('data'), call.group('parameters'))}")
    return new_answer, new_lets, note
