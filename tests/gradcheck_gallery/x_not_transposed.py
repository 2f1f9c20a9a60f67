"""Bug: X where X.T is due."""

import numpy as np


def gradient(theta, X, y):
    h = 1 / (1 + np.exp(-X @ theta))
    return X @ (h - y) / len(y)
