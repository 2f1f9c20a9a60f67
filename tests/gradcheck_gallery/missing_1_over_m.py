"""Bug: the sum is not divided by m."""

import numpy as np


def gradient(theta, X, y):
    h = 1 / (1 + np.exp(-X @ theta))
    return X.T @ (h - y)
