"""``-f numpy``: the emitted module imports, its gradient is the derivative of its cost, nothing overflows.

The emitted source is written to a temporary file and imported like a user's
own module; its ``gradient`` is checked against central finite differences of
its own ``cost`` (so a mismatch between the two printers shows), and both are
run at |Xθ| = 800 with every floating-point warning turned into an error.
"""

from __future__ import annotations

import importlib.util
import inspect
import warnings

import numpy as np
import pytest

from logderiv import derive
from logderiv.errors import UnsupportedError
from logderiv.presets import PRESETS
from logderiv.render.numpy import render_numpy

OTHER_COSTS = {
    "tanh-squared": ("1/m * sum((tanh(theta^T x) - y)^2)", "theta_j"),
    "log1p-exp": ("1/m * sum(log(1 + exp(theta^T x)) - y theta^T x) + 3", "theta_j"),
}


def _module(name: str, tmp_path):
    if name.endswith("/no-intercept"):
        derivation = derive(name.removesuffix("/no-intercept"), matrix=True, regularise_intercept=False)
    elif name in PRESETS:
        derivation = derive(name, matrix=True)
    else:
        cost, wrt = OTHER_COSTS[name]
        derivation = derive(cost, wrt=wrt, matrix=True)
    source = render_numpy(derivation)
    path = tmp_path / f"generated_{name.replace('-', '_').replace('/', '_')}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, source


def _kwargs(module) -> dict:
    return {"lam": 0.3} if "lam" in inspect.signature(module.cost).parameters else {}


NO_INTERCEPT = ("logistic-l2/no-intercept", "linear-l2/no-intercept")


@pytest.mark.parametrize("name", [*PRESETS, *NO_INTERCEPT, *OTHER_COSTS])
def test_gradient_is_the_derivative_of_the_cost(name, tmp_path):
    """Central differences of the emitted cost match the emitted gradient, for θ (n,) and (n, 1)."""
    module, _ = _module(name, tmp_path)
    rng = np.random.default_rng(11)
    m, n = 9, 4
    X = rng.normal(size=(m, n))
    y = rng.uniform(0.05, 0.95, size=m)
    theta = rng.normal(scale=0.5, size=n)
    extra = _kwargs(module)
    gradient = module.gradient(theta, X, y, **extra)
    assert gradient.shape == (n,)
    step = 1e-6
    for k in range(n):
        e = np.zeros(n)
        e[k] = step
        estimate = (module.cost(theta + e, X, y, **extra) - module.cost(theta - e, X, y, **extra)) / (2 * step)
        assert gradient[k] == pytest.approx(estimate, rel=1e-6, abs=1e-8), (name, k)
    column = module.gradient(theta.reshape(n, 1), X, y.reshape(m, 1), **extra)
    assert column.shape == (n, 1)
    np.testing.assert_allclose(column.reshape(-1), gradient, rtol=1e-12)
    assert isinstance(module.cost(theta, X, y, **extra), float)


def _extreme(n: int, value: float):
    """X, θ with every entry of Xθ equal to ``value`` (and y in between 0 and 1)."""
    X = np.ones((5, n))
    theta = np.full(n, value / n)
    y = np.linspace(0.1, 0.9, 5)
    return theta, X, y


@pytest.mark.parametrize("name", [*PRESETS, *NO_INTERCEPT, *OTHER_COSTS])
@pytest.mark.parametrize("value", [800.0, -800.0])
def test_finite_at_800(name, value, tmp_path):
    """cost and gradient are finite, with no floating-point warning, at Xθ = ±800.

    Except the Poisson cost at +800: its true value e^800 exceeds the largest
    double, so no spelling can make it finite (the docs say so). ``log1p-exp``
    derives to e^u/(e^u + 1), which must be recognised as σ(u) to stay finite.
    """
    if name == "poisson" and value > 0:
        pytest.skip("e^800 is beyond float64: the Poisson cost itself overflows")
    module, _ = _module(name, tmp_path)
    theta, X, y = _extreme(3, value)
    with warnings.catch_warnings(), np.errstate(over="raise", invalid="raise", divide="raise"):
        warnings.simplefilter("error")
        cost = module.cost(theta, X, y, **_kwargs(module))
        gradient = module.gradient(theta, X, y, **_kwargs(module))
    assert np.isfinite(cost) and np.all(np.isfinite(gradient)), (cost, gradient)


def test_stable_primitives_are_used(tmp_path):
    """log σ, log(1 − σ), softplus and 1 − σ are printed with np.logaddexp, not naively."""
    _, logistic = _module("logistic", tmp_path)
    assert "np.logaddexp" in logistic and "log_sigmoid(X @ theta)" in logistic
    assert "log_sigmoid(-(X @ theta))" in logistic and "np.log(" not in logistic
    _, softplus = _module("softplus-logistic", tmp_path)
    assert "np.logaddexp(0.0, X @ theta)" in softplus
    _, mse = _module("mse-sigmoid", tmp_path)
    assert "sigmoid(-(X @ theta))" in mse


def test_signature_and_docstrings(tmp_path):
    """cost/gradient take (theta, X, y) and lam when the cost has λ; docstrings state the shapes."""
    module, source = _module("logistic-l2", tmp_path)
    assert list(inspect.signature(module.gradient).parameters) == ["theta", "X", "y", "lam"]
    assert "X: (m, n)" in module.gradient.__doc__ and "(n,)" in module.cost.__doc__
    plain, _ = _module("linear", tmp_path)
    assert list(inspect.signature(plain.cost).parameters) == ["theta", "X", "y"]


def test_no_matrix_form_no_code():
    """A derivation without a matrix form gets an UnsupportedError with the reason, not code."""
    with pytest.raises(UnsupportedError, match="no NumPy code.*not a component"):
        render_numpy(derive("1/(1+exp(-z))", wrt="z", matrix=True))
    with pytest.raises(UnsupportedError, match="no matrix form"):
        render_numpy(derive("linear"))
