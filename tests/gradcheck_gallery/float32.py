"""Right formula, float32 arithmetic: agrees only to about 1e-7. Passes, with a warning."""

import numpy as np


def gradient(theta, X, y):
    X32, theta32, y32 = (np.asarray(a, dtype=np.float32) for a in (X, theta, y))
    h = 1 / (1 + np.exp(-X32 @ theta32))
    return X32.T @ (h - y32) / np.float32(len(y))
