"""logderiv: derive gradients of machine-learning costs step by step, and check answers."""
