"""The parameter vector a model's subscript names: ``h_\\theta(x)``, ``h_{\\mathbf{w}}(x)``, ``hθ(x)``.

The readers drop the subscript of an undefined model's call (h_θ(x⁽ⁱ⁾) is the prediction h), and the
default model is then built from whatever parameter vector the rest of the cost writes. Where that rest
writes another letter (``h_\\theta(x^{(i)})`` beside a penalty ``\\frac{\\lambda}{2}\\|w\\|^2``) the subscript
is the only trace of the model's own parameters: the cost holds two letters, as ``θᵀx`` beside ``‖w‖²``
does, and which one vector (or two) is meant is the writer's to say. This module finds that trace.
"""

from __future__ import annotations


from .. import patterns
from . import tree as tree_module
from .tree import Node

#: one model letter, its subscript (braced or not, bold or not), then the call's bracket:
#: h_\theta(, h_{\theta}(, f_{\mathbf{w}}(, h_\boldsymbol\theta(, h_theta(, hθ(
_SUBSCRIPTED_HEAD = patterns.compile(
    r"[A-Za-z]\s*(?:_\s*\{?\s*(?:\\(?:mathbf|boldsymbol|bm|vec|mathbfit|pmb)\s*\{?\s*)?)?"
    r"(?P<letter>\\theta|\\beta|θ|β|theta|beta|w)(?![A-Za-z])\s*\}?\s*\}?\s*\("
)

_LETTERS = {"\\theta": "theta", "θ": "theta", "theta": "theta", "\\beta": "beta", "β": "beta", "beta": "beta", "w": "w"}


def subscript_parameter(text: str, node: Node) -> str | None:
    """The parameter vector (``theta``, ``beta``, ``w``) a call's subscript names in ``text``, or None.

    Only a call whose source starts with one letter and a subscript is looked at; the head is at most
    the span's text before its first bracket, so the match is bounded by the call's own length.
    """
    if not isinstance(node, tree_module.Call):
        return None
    written = text[node.span.start:node.span.end]
    bracket = written.find("(")
    if bracket < 0:
        return None
    head = _SUBSCRIPTED_HEAD.match(written[:bracket + 1])
    if head is None or head.end() != bracket + 1:
        return None
    return _LETTERS[head.group("letter")]
