"""Short names for the sympy vocabulary, shared by the engine and property tests."""

from logderiv.notation import symbols

i = symbols.example_index
j = symbols.wrt_index
k, l = symbols.feature_indices[:2]
m = symbols.m
theta = symbols.vector("theta")
x = symbols.vector("x")
y = symbols.vector("y")
lam = symbols.scalar("lambda")
z = symbols.scalar("z")
h = symbols.defined("h")(i)
sigma = symbols.sigmoid
softplus = symbols.softplus
#: θᵀx⁽ⁱ⁾
dot = symbols.dot(theta, x[i, k], k)
