"""Logistic regression, vectorised: (1/m) Xᵀ(σ(Xθ) − y). Correct."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradient(theta, X, y):
    m = len(y)
    return X.T @ (sigmoid(X @ theta) - y) / m
