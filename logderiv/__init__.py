"""logderiv: derive gradients of machine-learning costs step by step, and check answers.

>>> from logderiv import derive
>>> derivation = derive("logistic")
>>> derivation.canonical.verdict
'canonical'

Importing ``logderiv`` is cheap: sympy is loaded on first use of the API, so
that ``logderiv --help`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "derive",
    "steps",
    "Review",
    "gradcheck",
    "check",
    "grade",
    "Verdict",
    "Diagnosis",
    "Derivation",
    "Step",
    "Check",
    "Canonical",
    "Problem",
    "MatrixForm",
    "NoMatrixForm",
    "PRESETS",
    "LogderivError",
    "InputError",
    "UnsupportedError",
    "InternalError",
    "UserCodeError",
    "TimeLimitError",
    "Context",
    "current_context",
]

from .version import __version__ as __version__

_LOCATIONS = {
    "derive": "._api",
    "steps": "._api",
    "Review": ".records.review",
    "gradcheck": ".codecheck",
    "check": "._api",
    "grade": ".grading",
    "Verdict": ".records.verdict",
    "Diagnosis": ".records.verdict",
    "Derivation": ".records.derivation",
    "Step": ".records.derivation",
    "Check": ".records.derivation",
    "Canonical": ".records.derivation",
    "Problem": ".notation.problem",
    "MatrixForm": ".records.matrix",
    "NoMatrixForm": ".records.matrix",
    "PRESETS": ".presets",
    "LogderivError": ".errors",
    "InputError": ".errors",
    "UnsupportedError": ".errors",
    "InternalError": ".errors",
    "UserCodeError": ".errors",
    "TimeLimitError": ".errors",
    "Context": ".memo",
    "current_context": ".memo",
}

if TYPE_CHECKING:  # pragma: no cover
    from ._api import check, derive, steps
    from .codecheck import gradcheck
    from .grading import grade
    from .records.review import Review
    from .records.verdict import Diagnosis, Verdict
    from .records.derivation import Canonical, Check, Derivation, Step
    from .errors import InputError, InternalError, LogderivError, TimeLimitError, UnsupportedError, UserCodeError
    from .records.matrix import MatrixForm, NoMatrixForm
    from .presets import PRESETS
    from .notation.problem import Problem
    from .memo import Context, current_context


def __getattr__(name: str) -> Any:
    import importlib

    if name in _LOCATIONS:
        return getattr(importlib.import_module(_LOCATIONS[name], __name__), name)
    raise AttributeError(f"module 'logderiv' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
