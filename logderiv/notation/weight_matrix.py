"""The weight matrix W of weighted least squares, in a line of a derivation in matrix form.

CS229's locally weighted regression (problem set 1) and every weighted least-squares note write the cost
J(θ) = ½(Xθ − y)ᵀW(Xθ − y), W the m×m diagonal matrix of the examples' weights wᵢ⁽ⁱ⁾ > 0: a constant of
the data, as X and y are, not a parameter. Its gradient XᵀW(Xθ − y) uses Wᵀ = W, which holds because W
is diagonal. A line of a derivation in matrix form (``logderiv.verify.matrix_chain``) reads a bare ``W``
beside the data matrix so, and says so; the data it checks each step with gives W random positive
diagonal entries. Nowhere else is ``W`` read as a matrix: in index form and in an answer it stays a
letter the reader refuses or a network's weight matrix (``notation/layers.py``).

Sympy-free, shared by the LaTeX parser (θᵀW is a row times a matrix, not a dot product) and the matrix reader.
"""

from __future__ import annotations

__all__ = ["WEIGHT_MATRIX", "WEIGHT_NOTE"]

#: the letter read as the diagonal weight matrix in a line in matrix form
WEIGHT_MATRIX = "W"

#: said whenever a line in matrix form reads W so
WEIGHT_NOTE = ("W is read as the m×m diagonal matrix of the examples' weights (weighted least squares, as CS229's "
               "locally weighted regression writes it): a constant of the data, so Wᵀ = W; each step is checked "
               "with random positive weights")
