"""Column-vector style: θ and y made (n, 1) and (m, 1), gradient returned as (n, 1). Correct."""

import numpy as np


def gradient(theta, X, y):
    theta = np.reshape(theta, (-1, 1))
    y = np.reshape(y, (-1, 1))
    m = X.shape[0]
    h = 1 / (1 + np.exp(-(X @ theta)))
    return (X.T @ (h - y)) / m
