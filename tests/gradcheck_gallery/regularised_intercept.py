"""Bug (with --no-reg-intercept): regularises θ₀ too."""

import numpy as np


def gradient(theta, X, y, lam):
    m = len(y)
    h = 1 / (1 + np.exp(-X @ theta))
    return X.T @ (h - y) / m + lam / m * theta
