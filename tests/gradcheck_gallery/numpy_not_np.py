"""Bug: `import numpy`, then `np.`."""

import numpy


def gradient(theta, X, y):
    h = 1 / (1 + np.exp(-X @ theta))
    return X.T @ (h - y) / len(y)
