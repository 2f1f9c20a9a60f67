"""The machine-learning vocabulary, as names: the one place conventions live.

Which spellings mean which function, which names are vectors indexed by
feature, which are per-example data, which are constants. Front ends map user
spelling to these canonical names; the builder (via ``symbols``) gives each
canonical name its sympy object. This module is sympy-free so that reading
and rejecting input stays cheap.
"""

from __future__ import annotations

import difflib

__all__ = [
    "FUNCTIONS",
    "GREEK",
    "PARAMETER_VECTORS",
    "DATA_VECTORS",
    "PER_EXAMPLE",
    "CONSTANTS",
    "EXAMPLE_INDEX",
    "WRT_INDEX",
    "FEATURE_INDICES",
    "PREDICTION",
    "DEFAULT_PREDICTION",
    "SUM_WORDS",
    "RESERVED",
    "DEFAULT_WRT",
    "canonical_name",
    "suggest",
]

#: spelling -> canonical function name. Only these may be applied to an argument.
FUNCTIONS: dict[str, str] = {
    "log": "log",
    "ln": "log",
    "exp": "exp",
    "sqrt": "sqrt",
    "sigmoid": "sigmoid",
    "sigma": "sigmoid",
    "σ": "sigmoid",
    "tanh": "tanh",
    "softplus": "softplus",
}

#: Unicode Greek letter -> ASCII name. σ is a function (above), Σ a sum.
GREEK: dict[str, str] = {
    "α": "alpha",
    "β": "beta",
    "γ": "gamma",
    "δ": "delta",
    "ε": "epsilon",
    "η": "eta",
    "θ": "theta",
    "κ": "kappa",
    "λ": "lambda",
    "μ": "mu",
    "ν": "nu",
    "ρ": "rho",
    "τ": "tau",
    "φ": "phi",
    "ψ": "psi",
    "ω": "omega",
}

#: Multi-letter ASCII names a user may write for a scalar or vector.
WORDS: frozenset[str] = frozenset(GREEK.values())

#: Vectors of parameters, indexed by feature: ``theta_j``, ``w_j``; ``theta^T x``.
PARAMETER_VECTORS: frozenset[str] = frozenset({"theta", "w"})

#: Vectors of data, indexed by feature and, inside a sum over examples, by example.
DATA_VECTORS: frozenset[str] = frozenset({"x"})

#: Scalars that differ per example: inside a sum over examples bare ``y`` is ``y^(i)``.
PER_EXAMPLE: frozenset[str] = frozenset({"y"})

#: Constants: never differentiated with respect to, never per-example.
CONSTANTS: frozenset[str] = frozenset({"m", "n", "lambda"})

#: The index of a sum over examples ``i = 1..m``.
EXAMPLE_INDEX = "i"

#: The feature index of the component we differentiate with respect to (``∂/∂θⱼ``).
WRT_INDEX = "j"

#: Letters that may name a feature index, free or bound.
FEATURE_INDICES: frozenset[str] = frozenset({"j", "k", "l"})

#: The conventional name of the model's prediction.
PREDICTION = "h"

#: What ``h`` means when a cost uses it and no ``--let`` defines it.
DEFAULT_PREDICTION = "sigmoid(theta^T x)"

#: Words that start a sum (``sum``, ``sum_i``, ``Σ_k``).
SUM_WORDS: frozenset[str] = frozenset({"sum", "Σ"})

#: Single letters with a fixed meaning, not free variables.
RESERVED: dict[str, str] = {
    "e": "Euler's number",
    "i": "the example index",
    "j": "the feature index of ∂/∂θⱼ",
    "k": "a feature index",
    "l": "a feature index",
}

#: ``--wrt`` when none is given.
DEFAULT_WRT = "theta_j"


def canonical_name(spelling: str) -> str:
    """Return the canonical ASCII name of a (possibly Greek) spelling."""
    return GREEK.get(spelling, spelling)


def suggest(word: str, extra: tuple[str, ...] = ()) -> str | None:
    """Return the known name closest to a misspelled ``word``, if any is close."""
    known = sorted(set(FUNCTIONS) | WORDS | {"sum", "dot", "pi"} | set(extra))
    ascii_known = [k for k in known if k.isascii()]
    matches = difflib.get_close_matches(word, ascii_known, n=1, cutoff=0.6)
    return matches[0] if matches else None
