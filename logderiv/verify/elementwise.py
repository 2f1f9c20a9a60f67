"""The allow-listed functions on NumPy arrays: one table for every array evaluator.

The matrix-form check and gradcheck's reference gradient evaluate the same
functions; σ and softplus are written
so that neither overflows at large |z| (real or complex arrays).
"""

from __future__ import annotations

from typing import Callable

import numpy as np
import sympy

from ..notation import symbols

__all__ = ["FUNCTIONS", "sigmoid", "softplus"]


def sigmoid(u: np.ndarray) -> np.ndarray:
    """σ(u) = 1/(1 + e^(−u)), elementwise, without overflow."""
    # split by sign so that neither branch overflows
    positive = np.real(u) >= 0
    t = np.exp(np.where(positive, -u, u))
    return np.where(positive, 1 / (1 + t), t / (1 + t))


def softplus(u: np.ndarray) -> np.ndarray:
    """log(1 + e^u), elementwise, without overflow."""
    large = np.real(u) > 30
    return np.where(large, u + np.log1p(np.exp(-np.where(large, u, 0))), np.log1p(np.exp(np.where(large, 0, u))))


#: sympy function class → its NumPy elementwise version
FUNCTIONS: dict[type, Callable] = {
    sympy.exp: np.exp,
    sympy.log: np.log,
    sympy.tanh: np.tanh,
    symbols.sigmoid: sigmoid,
    symbols.softplus: softplus,
}
