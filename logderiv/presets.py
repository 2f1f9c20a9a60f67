"""The built-in costs, as data: each a cost in plain notation, its definitions, and a line about it.

Presets are read by the same front end as a user's text, so they exercise the
parser, and the gradients in the table below are checked numerically by the
tests, independently of the engine.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Preset", "PRESETS", "DEFAULT_PRESET"]

_SIGMOID = "h = sigmoid(theta^T x)"
_L2 = " + lambda/(2m) * sum_k(theta_k^2)"


@dataclass(frozen=True)
class Preset:
    """A named cost: ``cost`` with ``lets``, and the gradient it should have (for reference)."""

    name: str
    cost: str
    lets: tuple[str, ...]
    description: str
    gradient: str


_LOGISTIC = "-1/m * sum(y log(h) + (1 - y) log(1 - h))"
_LINEAR = "1/(2m) * sum((theta^T x - y)^2)"

PRESETS: dict[str, Preset] = {
    preset.name: preset
    for preset in (
        Preset(
            "logistic",
            _LOGISTIC,
            (_SIGMOID,),
            "logistic regression: cross-entropy of a sigmoid (the default)",
            "(1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾",
        ),
        Preset(
            "linear",
            _LINEAR,
            (),
            "linear regression: half mean squared error",
            "(1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾",
        ),
        Preset(
            "logistic-l2",
            _LOGISTIC + _L2,
            (_SIGMOID,),
            "logistic regression with L2 regularisation on every θₖ",
            "(1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + (λ/m) θⱼ",
        ),
        Preset(
            "linear-l2",
            _LINEAR + _L2,
            (),
            "ridge regression: linear regression with L2 regularisation",
            "(1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + (λ/m) θⱼ",
        ),
        Preset(
            "poisson",
            "1/m * sum(exp(theta^T x) - y theta^T x)",
            (),
            "Poisson regression: negative log-likelihood with a log link",
            "(1/m) Σᵢ (e^(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾",
        ),
        Preset(
            "mse-sigmoid",
            "1/(2m) * sum((h - y)^2)",
            (_SIGMOID,),
            "squared error on a sigmoid: not the canonical pairing",
            "(1/m) Σᵢ (h(x⁽ⁱ⁾) − y⁽ⁱ⁾) h(x⁽ⁱ⁾)(1 − h(x⁽ⁱ⁾)) xⱼ⁽ⁱ⁾",
        ),
        Preset(
            "softplus-logistic",
            "1/m * sum(softplus(theta^T x) - y theta^T x)",
            (),
            "logistic regression written with softplus(z) = log(1 + e^z)",
            "(1/m) Σᵢ (σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾",
        ),
    )
}

DEFAULT_PRESET = "logistic"
