"""Correct, and chatty: what it prints is kept out of the report's own lines."""

import numpy as np

print("loading my gradient")


def gradient(theta, X, y):
    print("shapes:", theta.shape, X.shape, y.shape)
    return X.T @ (1 / (1 + np.exp(-X @ theta)) - y) / len(y)
