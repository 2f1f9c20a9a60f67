"""Names that say nothing (a, b, c): needs --args X,y,theta. Correct."""

import numpy as np


def grad(a, b, c):
    return a.T @ (1 / (1 + np.exp(-a @ c)) - b) / len(b)
