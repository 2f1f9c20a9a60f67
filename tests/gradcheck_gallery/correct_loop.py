"""Logistic regression with plain loops, returning a list. Correct (for flat θ and y)."""

import math


def gradient(theta, X, y):
    m, n = len(X), len(X[0])
    grad = [0.0] * n
    for i in range(m):
        z = sum(float(theta[k]) * float(X[i][k]) for k in range(n))
        h = 1 / (1 + math.exp(-z))
        for j in range(n):
            grad[j] += (h - float(y[i])) * float(X[i][j]) / m
    return grad
