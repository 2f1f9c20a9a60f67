"""Bug: math.exp on an array."""

import math

import numpy as np


def gradient(theta, X, y):
    h = 1 / (1 + math.exp(-(X @ theta)))
    return X.T @ (h - y) / len(y)
