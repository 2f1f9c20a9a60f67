"""Two NumPy gradients of the logistic cost, for `logderiv gradcheck` (the examples in its --help).

gradient is (1/m) Xᵀ(σ(Xθ) − y), the gradient; gradient_flipped returns (1/m) Xᵀ(y − σ(Xθ)),
the sign flipped: the direction of gradient ascent, which gradcheck diagnoses.
"""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradient(theta, X, y):
    h = sigmoid(X @ theta)
    return X.T @ (h - y.reshape(h.shape)) / len(y)


def gradient_flipped(theta, X, y):
    h = sigmoid(X @ theta)
    return X.T @ (y.reshape(h.shape) - h) / len(y)
