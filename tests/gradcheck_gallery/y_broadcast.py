"""Bug: fine for y of shape (m,), but y of shape (m, 1) broadcasts h − y to (m, m)."""

import numpy as np


def gradient(theta, X, y):
    h = 1 / (1 + np.exp(-X @ np.ravel(theta)))
    return X.T @ (h - y) / X.shape[0]
