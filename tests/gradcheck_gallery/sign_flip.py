"""Bug: returns the descent direction −∇J."""

import numpy as np


def gradient(theta, X, y):
    h = 1 / (1 + np.exp(-X @ theta))
    return X.T @ (y - h) / len(y)
