"""Bug: computes the gradient and forgets to return it."""

import numpy as np


def gradient(theta, X, y):
    h = 1 / (1 + np.exp(-X @ theta))
    grad = X.T @ (h - y) / len(y)
