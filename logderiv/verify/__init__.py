"""Verification: symbolic and numeric equivalence, counterexamples, final checks."""
