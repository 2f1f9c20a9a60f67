"""The records' facade: what their convenience methods (``to_latex()``, ``evaluate()`` …) hand ``self`` to.

Records (``Derivation``, ``MatrixForm``, ``Verdict``, ``Review``) sit below the
renderers and the verifiers, which import them. A record importing its renderer
back, even inside a method, is an import cycle; so a convenience method names
the function it calls, and this facade imports that function's module on the
first call, as ``logderiv/__init__.py`` imports the API on first use. It is one
of the three places with lazy imports (with ``logderiv/__init__.py`` and the
CLI; see docs/architecture.md), and it imports nothing of logderiv when loaded.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["call", "text"]

#: each function a record's convenience method calls, and the module (above the records) that defines it
HOMES = {
    "render_latex": ".render.latex",
    "render_markdown": ".render.markdown",
    "render_json": ".render.json",
    "render_text": ".render.text",
    "render_verdict_json": ".render.verdict",
    "render_verdict_text": ".render.verdict",
    "render_verdict_markdown": ".render.verdict",
    "render_verdict_latex": ".render.verdict",
    "render_review_json": ".render.review",
    "render_review_text": ".render.review",
    "render_review_markdown": ".render.review",
    "render_review_latex": ".render.review",
    "diagnosis_text": ".render.diagnosis",
    "evaluate_array": ".equality.arrays",
}


def call(function: str, *arguments: Any, **options: Any) -> Any:
    """``function(*arguments, **options)``, its module (named in :data:`HOMES`) imported now if it is not yet."""
    return getattr(importlib.import_module(HOMES[function], __package__), function)(*arguments, **options)


def text(function: str, *arguments: Any, **options: Any) -> str:
    """:func:`call` for a renderer (``render_*``): the text it returns, checked to be text."""
    rendered = call(function, *arguments, **options)
    if not isinstance(rendered, str):
        raise TypeError(f"{function} returned {type(rendered).__name__}, not text")
    return rendered
