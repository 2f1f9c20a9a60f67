"""Linear regression: (1/m) Xᵀ(Xθ − y). Correct with --cost linear."""

import numpy as np


def gradient(theta, X, y):
    return X.T @ (X @ theta - y) / len(y)
