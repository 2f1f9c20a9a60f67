"""Numbers and verdicts: how far a result is from the reference, and what the difference means.

Bands of the maximum relative error (an analytic gradient in float64 agrees
with the reference to about 1e-12):

==========  ==============  ===============================================
≤ 1e-7      ``pass``        the gradient is right
≤ 1e-4      ``suspicious``  right, but only to float32-like precision: passes, with a warning
≤ 1e-2      ``inaccurate``  fails: too far off for rounding; a small missing
                            term or an approximation (forward differences)
> 1e-2      ``wrong``       fails
==========  ==============  ===============================================

A wrong result is then explained, where it can be, by fitting it as a
combination of the reference's parts on every data set at once: the data term
G = (1/m) Σᵢ …, and for an L2 cost the λ term split into its θ₀ component R₀
and the rest R₁. a ≈ α G + β₀ R₀ + β₁ R₁ with a tiny residual means the code
computes the right things with the wrong factors: α = β₀ = β₁ = −1 is a sign
flip, = m a missing 1/m, β₀ = 0 an unregularised θ₀, β₁ = m a λ term without
its 1/m. The reported scale c = ⟨a, g⟩/⟨g, g⟩ is the single best factor.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from ..records.gradcheck import Diagnosis, Failure, Shapes

__all__ = ["PASS", "SUSPICIOUS", "WRONG", "band", "errors", "explain", "explain_shape", "explain_failure"]

PASS = 1e-7
SUSPICIOUS = 1e-4
WRONG = 1e-2

#: a fit that leaves less than this (relative) unexplained is taken as the explanation
_EXPLAINED = 1e-6
#: a fitted factor this close (relative) to a simple one is taken to be it
_CLOSE = 1e-4


def band(max_relative_error: float) -> Literal["pass", "suspicious", "inaccurate", "wrong"]:
    """``pass``, ``suspicious``, ``inaccurate`` or ``wrong`` (see the table above)."""
    if max_relative_error <= PASS:
        return "pass"
    if max_relative_error <= SUSPICIOUS:
        return "suspicious"
    if max_relative_error <= WRONG:
        return "inaccurate"
    return "wrong"


def errors(actual: np.ndarray, expected: np.ndarray) -> tuple[float, float]:
    """``(max relative error, norm ratio)`` of ``actual`` against ``expected`` (same shape).

    A component where both are tiny is compared against 1e-8 of the largest
    component, so cancellation in a near-zero component is not read as an error.
    """
    actual = np.asarray(actual, dtype=float).ravel()
    expected = np.asarray(expected, dtype=float).ravel()
    difference = np.abs(actual - expected)
    floor = max(1e-8 * float(np.max(np.abs(expected), initial=0.0)), 1e-300)
    scale = np.maximum(np.maximum(np.abs(actual), np.abs(expected)), floor)
    norms = float(np.linalg.norm(actual) + np.linalg.norm(expected))
    ratio = float(np.linalg.norm(actual - expected)) / norms if norms else 0.0
    return float(np.max(difference / scale, initial=0.0)), ratio


def fitted_scale(actual: np.ndarray, expected: np.ndarray) -> float | None:
    """c = ⟨a, g⟩/⟨g, g⟩: the factor that brings the reference closest to the result."""
    g = np.ravel(expected)
    denominator = float(g @ g)
    return float(np.ravel(actual) @ g) / denominator if denominator else None


def explain(
    actual: np.ndarray,
    data_term: np.ndarray,
    regularisation: np.ndarray | None,
    *,
    m: int,
    intercept_regularised: bool,
) -> tuple[list[Diagnosis], str | None]:
    """What a wrong result does differently, and which θ₀ convention its λ term follows.

    Arrays are (draws, n). ``regularisation`` is None for a cost without λ.
    Returns the diagnoses (empty when the result is right) and ``"regularised"``
    / ``"not regularised"`` / ``None`` for θ₀.
    """
    a = np.asarray(actual, dtype=float)
    if not np.any(a):
        return [Diagnosis("zero", "the function returns zeros", "is the sum over examples ever added up?")], None
    if regularisation is None:
        coefficients, residual = _fit(a, [data_term])
        alpha = coefficients[0]
        if residual > _EXPLAINED:
            return [_unexplained(a, data_term)], None
        return _scaled(alpha, m, "the gradient"), None
    r0 = np.zeros_like(regularisation)
    r0[:, 0] = regularisation[:, 0]
    r1 = regularisation - r0
    (alpha, beta0, beta1), residual = _fit(a, [data_term, r0, r1])
    if residual > _EXPLAINED:
        expected = data_term + (regularisation if intercept_regularised else r1)
        return [_unexplained(a, expected)], None
    if _near(beta0, 0) and _near(beta1, 0):
        intercept = None  # no λ term at all: nothing to say about θ₀
    else:
        intercept = "regularised" if not _near(beta0, 0) else "not regularised"
    diagnoses: list[Diagnosis] = []
    if _near(alpha, beta1):
        diagnoses += _scaled(alpha, m, "the gradient")
    else:
        diagnoses += _scaled(alpha, m, "the data term (1/m) Σᵢ …")
        diagnoses += _lambda_scale(beta1, m)
    if intercept is None:
        pass
    elif not _near(beta0, 0) and not _near(beta0, beta1):
        diagnoses.append(Diagnosis("lambda-scale", f"the λ term's intercept component (theta[0]) is scaled by {beta0 / beta1:.4g}"))
    elif intercept_regularised and intercept == "not regularised":
        diagnoses.append(
            Diagnosis(
                "intercept-not-regularised",
                "the intercept theta[0] is not regularised, but the cost regularises every component of θ "
                "(its λ term is (λ/(2m)) Σₖ θₖ²)",
                "if your course leaves the intercept out of the penalty, check with --no-reg-intercept",
            )
        )
    elif not intercept_regularised and intercept == "regularised":
        diagnoses.append(
            Diagnosis(
                "intercept-regularised",
                "the intercept theta[0] is regularised, but with --no-reg-intercept it is left out of the penalty",
                "add (λ/m)θ for every component but the intercept: reg = (lam / m) * theta; reg[0] = 0",
            )
        )
    return diagnoses, intercept


def _fit(actual: np.ndarray, parts: list[np.ndarray]) -> tuple[list[float], float]:
    basis = np.column_stack([np.ravel(part) for part in parts])
    target = np.ravel(actual)
    coefficients, *_ = np.linalg.lstsq(basis, target, rcond=None)
    residual = float(np.linalg.norm(basis @ coefficients - target)) / float(np.linalg.norm(target))
    return [float(c) for c in coefficients], residual


def _near(value: float, target: float) -> bool:
    return abs(value - target) <= _CLOSE * max(1.0, abs(target))


def _scaled(c: float, m: int, what: str) -> list[Diagnosis]:
    """The diagnosis for ``what`` coming out ``c`` times too large (nothing if c = 1)."""
    if _near(c, 1):
        return []
    if _near(c, -1):
        return [
            Diagnosis(
                "sign",
                f"sign flipped: {what} is −1 × what it should be",
                "return ∇J itself; gradient descent subtracts it (theta -= alpha * grad)",
            )
        ]
    if _near(c, m):
        return [Diagnosis("missing-1/m", f"missing 1/m: {what} is m = {m} times too large", "divide the sum by m")]
    if _near(c, -m):
        return [
            Diagnosis("sign", f"sign flipped: {what} is −m × what it should be"),
            Diagnosis("missing-1/m", f"missing 1/m (m = {m})", "divide the sum by m"),
        ]
    if _near(c, 1 / m):
        return [
            Diagnosis("extra-1/m", f"an extra 1/m: {what} is m = {m} times too small", "divide by m once, not twice")
        ]
    if _near(c, 0):
        return [Diagnosis("scale", f"{what} is missing (its factor is 0)")]
    return [Diagnosis("scale", f"{what} is off by a constant factor {c:.4g}", _factor_hint(c))]


def _factor_hint(c: float) -> str:
    if _near(c, 2) or _near(c, 0.5):
        return "a factor 2: check the 1/2 in a squared error, and 2θ from ∂θ²/∂θ"
    return ""


def _lambda_scale(beta: float, m: int) -> list[Diagnosis]:
    if _near(beta, 1):
        return []
    if _near(beta, 0):
        return [Diagnosis("lambda-missing", "the λ term (λ/m)θⱼ is missing", "add (lam / m) * theta")]
    shown = {
        m: ("λθ instead of (λ/m)θ: the λ term lacks its 1/m", "the penalty is (λ/(2m)) Σ θₖ², so its gradient is (λ/m)θ"),
        0.5: ("(λ/(2m))θ instead of (λ/m)θ", "∂/∂θⱼ of (λ/(2m)) Σ θₖ² is (λ/m)θⱼ: the 2 of θ² cancels the 1/2"),
        2: ("(2λ/m)θ instead of (λ/m)θ", "∂/∂θⱼ of (λ/(2m)) Σ θₖ² is (λ/m)θⱼ: the 2 of θ² cancels the 1/2"),
        1 / m: ("(λ/m²)θ instead of (λ/m)θ: divided by m twice", "divide by m once"),
        -1: ("the λ term has the wrong sign", "the penalty adds (λ/m)θ to the gradient"),
    }
    for factor, (message, hint) in shown.items():
        if _near(beta, factor):
            return [Diagnosis("lambda-scale", f"wrong λ scaling: {message}", hint)]
    return [Diagnosis("lambda-scale", f"wrong λ scaling: the λ term is {beta:.4g} × (λ/m)θ", "it should be (λ/m)θ")]


def _unexplained(actual: np.ndarray, expected: np.ndarray) -> Diagnosis:
    worst = np.unravel_index(np.argmax(np.abs(actual - expected)), actual.shape)[-1]
    return Diagnosis(
        "unexplained",
        "the values differ, and not by a sign, a factor or the λ term "
        f"(the largest in component {worst})",
        "compare with the formula shown above, term by term; is the right cost chosen (--cost)?",
    )


def explain_shape(shape: tuple[int, ...], shapes: Shapes, *, m: int, n: int) -> Diagnosis:
    """Why an output of this shape is not a gradient, for arguments of ``shapes``."""
    mixed = (len(shapes.y) == 2) != (len(shapes.theta) == 2)
    size = int(np.prod(shape)) if shape else 1
    if m in shape and size >= m * min(m, n) and len(shape) >= 2:
        cause = (
            f"y {shapes.y} against a {(m,) if len(shapes.y) == 2 else (m, 1)} prediction broadcasts to ({m}, {m})"
            if mixed
            else f"a ({m}, 1) and a ({m},) array broadcast to ({m}, {m})"
        )
        return Diagnosis(
            "broadcast",
            f"broadcasting bug: the result has shape {shape}, not ({n},); {cause}",
            "make the prediction and y the same shape, e.g. y = y.reshape(-1) or h.reshape(y.shape)",
        )
    if shape == (m,) or shape == (m, 1):
        return Diagnosis(
            "transpose",
            f"the result has one value per example, shape {shape}, not one per feature ({n},)",
            "sum over the examples: the gradient is Xᵀ(h − y), i.e. X.T @ (h - y)",
        )
    if shape == ():
        return Diagnosis("shape", "the function returns a single number, not a gradient of n components",
                         "is it returning the cost?")
    return Diagnosis("shape", f"wrong output shape {shape}: the gradient has shape ({n},) or ({n}, 1)")


#: NumPy's messages for a function of the ``math`` module given an array
_MATH_ON_ARRAY = ("only 0-dimensional arrays", "only length-1 arrays", "only size-1 arrays")


def explain_failure(failure: Failure, shapes: Shapes | None, *, m: int, n: int) -> Diagnosis:
    """The user's exception, where it happened, and a hint for the usual causes.

    ``shapes`` are those of the call (None for an exception while importing).
    """
    where = failure.where
    location = f"{where.file}:{where.line}: " if where else ""
    hint = ""
    if failure.kind == "NameError" and "'np'" in failure.message:
        hint = "is NumPy imported as np? `import numpy` binds the name numpy; write `import numpy as np`"
    elif failure.kind == "NameError":
        hint = "a name used before it is defined or imported"
    elif failure.kind == "TypeError" and any(text in failure.message for text in _MATH_ON_ARRAY):
        hint = ("something that takes one number (math.exp, math.log, float()) was given an array; "
                "use np.exp, np.log, which work elementwise, or index down to a number")
    elif failure.kind in ("ModuleNotFoundError", "ImportError"):
        hint = "the file imports something not installed here, or a neighbour file that is missing"
    elif shapes is not None and failure.kind == "ValueError" and any(
        text in failure.message for text in ("matmul", "not aligned", "broadcast", "mismatch")
    ):
        hint = (
            f"a shape mismatch: θ {shapes.theta}, X ({m}, {n}), y {shapes.y}; "
            "the gradient is Xᵀ(h − y): X.T @ (h - y), or (h - y) @ X — check where X.T is due"
        )
    return Diagnosis("exception", f"{location}{failure.kind}: {failure.message}", hint, failure)
