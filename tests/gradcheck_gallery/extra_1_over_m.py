"""Bug: divides by m twice (np.mean, then / m)."""

import numpy as np


def gradient(theta, X, y):
    m = len(y)
    h = 1 / (1 + np.exp(-X @ theta))
    return np.mean(X * (h - y)[:, None], axis=0) / m
