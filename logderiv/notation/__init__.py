"""Front ends (plain notation, LaTeX) to one allow-listed tree, and the builder to sympy."""
