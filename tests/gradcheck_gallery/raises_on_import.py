"""Bug: the file fails when imported (a data file that is not there)."""

import numpy as np

DATA = np.loadtxt("ex2data1.txt")


def gradient(theta, X, y):
    return X.T @ (1 / (1 + np.exp(-X @ theta)) - y) / len(y)
