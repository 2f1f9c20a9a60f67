"""The usual course convention: θ₀ not regularised. Correct with --no-reg-intercept."""

import numpy as np


def gradient(theta, X, y, lambda_):
    m = len(y)
    h = 1 / (1 + np.exp(-X @ theta))
    reg = (lambda_ / m) * theta
    reg[0] = 0
    return X.T @ (h - y) / m + reg
