"""The allow-listed functions on NumPy arrays: one table for every array evaluator, from the function registry.

The matrix-form check and gradcheck's reference gradient evaluate the same
functions; σ and softplus are written
so that neither overflows at large |z| (real or complex arrays).
"""

from __future__ import annotations

from typing import Any, Callable

from ..notation import symbols

__all__ = ["FUNCTIONS", "sigmoid", "softplus"]


#: σ and softplus on arrays, without overflow (the registry's implementations, kept under their old names)
sigmoid = symbols.by_class()[symbols.sigmoid].array
softplus = symbols.by_class()[symbols.softplus].array

#: sympy function class → its NumPy elementwise version (``Function.array``)
FUNCTIONS: dict[type, Callable[[Any], Any]] = {
    cls: function.array for cls, function in symbols.by_class().items() if function.array is not None
}
