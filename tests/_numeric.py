"""Central finite differences of a NumPy cost: the independent check the test files hold hand-derived gradients to.

Pure NumPy, nothing from logderiv: a gradient the engine gets wrong cannot agree with these by construction.
"""

from __future__ import annotations

import numpy as np


def central_differences(cost, at: np.ndarray, step: float = 1e-6) -> np.ndarray:
    """(cost(v + h·eₖ) − cost(v − h·eₖ)) / 2h for every coordinate k of ``at``: ∇cost to O(h²)."""
    at = np.asarray(at, dtype=float)
    return np.array([(cost(at + step * e) - cost(at - step * e)) / (2 * step) for e in np.eye(at.size)])


def half_mean_square(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """(1/2m) Σᵢ (xᵢᵀθ − yᵢ)², the linear-regression cost, rows of ``X`` the examples."""
    return float(np.sum((X @ theta - y) ** 2) / (2 * len(y)))


def cross_entropy(X: np.ndarray, labels: np.ndarray, theta: np.ndarray) -> float:
    """−(1/m) Σᵢ [yᵢ log σ(xᵢᵀθ) + (1 − yᵢ) log(1 − σ(xᵢᵀθ))], the logistic-regression cost."""
    p = 1 / (1 + np.exp(-(X @ theta)))
    return float(-np.mean(labels * np.log(p) + (1 - labels) * np.log(1 - p)))


def intercept_free_ridge_cross_entropy(X: np.ndarray, labels: np.ndarray, theta: np.ndarray, lam: float) -> float:
    """The cross-entropy plus (λ/2m) Σ_{j≥2} θⱼ², Coursera's ex2 regularised cost: the intercept θ₁ unpenalised."""
    return cross_entropy(X, labels, theta) + lam / (2 * len(labels)) * float(theta[1:] @ theta[1:])


def sigmoid(z: np.ndarray) -> np.ndarray:
    """σ(z) = 1/(1 + e^(−z)), entry by entry."""
    return 1 / (1 + np.exp(-z))


def log_likelihood(X: np.ndarray, labels: np.ndarray, theta: np.ndarray) -> float:
    """ℓ(θ) = Σᵢ [yᵢ log σ(xᵢᵀθ) + (1 − yᵢ) log(1 − σ(xᵢᵀθ))], CS229's log-likelihood: −m times the mean cost."""
    p = sigmoid(X @ theta)
    return float(np.sum(labels * np.log(p) + (1 - labels) * np.log(1 - p)))


def penalised_cross_entropy(X: np.ndarray, labels: np.ndarray, theta: np.ndarray, lam: float) -> float:
    """The cross-entropy plus (λ/2m) Σ_{j≥2} θⱼ²: ex2's costFunctionReg, the intercept θ₁ (X's first column) unpenalised."""
    return cross_entropy(X, labels, theta) + lam / (2 * len(labels)) * float(np.sum(theta[1:] ** 2))


def intercept_data(seed: int, m: int, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Random X (m×n, its first column the ones of the intercept), 0/1 labels and θ, from ``seed``."""
    generator = np.random.default_rng(seed)
    X = generator.normal(size=(m, n))
    X[:, 0] = 1.0
    return X, (generator.random(m) > 0.5).astype(float), generator.normal(size=n)


def gradient_agrees(gradient, cost, seeds: tuple[int, ...], sizes=((5, 3), (4, 4))) -> bool:
    """Whether ``gradient(X, y, θ)`` (NumPy, run as the code runs) is ∇cost at random points of
    :func:`intercept_data`, against :func:`central_differences`: a hand-worked verdict checked numerically."""
    for seed in seeds:
        for m, n in sizes:
            X, y, theta = intercept_data(seed, m, n)
            numeric = central_differences(lambda t: cost(X, y, t), theta)
            if not np.allclose(np.ravel(gradient(X, y, theta)), numeric, atol=1e-6):
                return False
    return True
