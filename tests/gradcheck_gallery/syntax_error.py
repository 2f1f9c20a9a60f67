"""Bug: does not even import."""

import numpy as np


def gradient(theta, X, y):
    return X.T @ (1 / (1 + np.exp(-X @ theta)) - y) / len(y))
