"""Logistic regression with L2 on every θₖ (as the logistic-l2 preset is written). Correct."""

import numpy as np


def gradient(theta, X, y, lam):
    m = len(y)
    h = 1 / (1 + np.exp(-X @ theta))
    return X.T @ (h - y) / m + (lam / m) * theta
