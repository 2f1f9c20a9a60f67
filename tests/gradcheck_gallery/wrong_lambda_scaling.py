"""Bug: λθ where (λ/m)θ is due."""

import numpy as np


def gradient(theta, X, y, lam):
    m = len(y)
    h = 1 / (1 + np.exp(-X @ theta))
    return X.T @ (h - y) / m + lam * theta
