"""Returns (cost, gradient), as the classic costFunction does. Correct."""

import numpy as np


def cost_function(theta, X, y):
    m = len(y)
    h = 1 / (1 + np.exp(-X @ theta))
    J = -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))
    return J, X.T @ (h - y) / m
