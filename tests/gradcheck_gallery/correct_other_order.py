"""Parameters in another order, θ called w: matched by name. Correct."""

import numpy as np


def compute_grad(X, y, w):
    predictions = 1 / (1 + np.exp(-X.dot(w)))
    return X.T.dot(predictions - y) / X.shape[0]
