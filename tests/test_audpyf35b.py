r"""audpyf35b: an answer's line whose value only a --let reads.

``tmp = X.T @ (sigmoid(X @ theta) - y)`` / ``grad = g2`` / ``return grad`` with ``--let g2 = tmp / X.shape[0]`` and a
cost whose lines set tmp to the log-likelihood: the writer's g2 is the answer's tmp over m, Xᵀ(σ(Xθ) − y)/m, the mean
cross-entropy's gradient (held to central differences below): equivalent. logderiv dropped the answer's tmp line as
unused (its return does not name tmp) and read g2 with the cost's tmp, a scalar: a false "different". Refused now.
"""

from __future__ import annotations

import numpy as np

import logderiv
from _numeric import central_differences, intercept_data, sigmoid
from _reading import refused

SIGMOID = "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))"
COST = "h = sigmoid(X @ theta)\ntmp = y @ np.log(h) + (1 - y) @ np.log(1 - h)\nJ = -tmp / X.shape[0]\nreturn J"
ANSWER = "tmp = X.T @ (sigmoid(X @ theta) - y)\ngrad = g2\nreturn grad"


def test_the_writers_gradient_is_the_cost_s():
    X, labels, theta = intercept_data(11, 8, 3)

    def cost(t):
        h = sigmoid(X @ t)
        return -float(labels @ np.log(h) + (1 - labels) @ np.log(1 - h)) / X.shape[0]
    tmp = X.T @ (sigmoid(X @ theta) - labels)  # the answer's own tmp
    assert np.allclose(central_differences(cost, theta), tmp / X.shape[0], atol=1e-6)


def test_a_line_only_a_let_reads_is_not_dropped_silently():
    error = refused(logderiv.check, ANSWER, cost=COST, let=(SIGMOID, "g2 = tmp / X.shape[0]"), timeout=60)
    assert "'tmp'" in str(error) and "g2" in str(error)
