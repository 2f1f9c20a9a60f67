"""Issue 10, audit49: near-variants of the readings fixf47, fixcold16 and the math.js reader merged that mean
something else, each refused or read as worked out by hand in the comment beside it (never a silent misread).
"""

from __future__ import annotations

import logderiv
from _reading import refused

# ------------------------------------------------------------------ fixf47: one swap of a known attribute's name
# parvvaresh's ridge class (tests/test_fixf47.py) with its weights misspelt two ways: self.wieghts in the penalty,
# self.weigths in the prediction. Run, the class holds two attributes (the prediction's weights are not the
# penalised ones), so neither is 'weights' for sure: by hand there is no one gradient by weights_j to give.
TWO_SLIPS_J = "np.sum(loss ** 2) / (2 * n_samples) + (self.alpha / 2) * np.sum(self.wieghts ** 2)"
TWO_SLIPS_LETS = ["loss = y_predict - y", "y_predict = np.dot(X , self.weigths) + self.bias"]


def test_two_different_slips_of_one_word_are_two_attributes_and_refused():
    error = refused(logderiv.derive, TWO_SLIPS_J, wrt="weights_j", let=TWO_SLIPS_LETS)
    assert "'self.' is Python code inside a class" in error.message
    error = refused(logderiv.check, "(np.dot(X.T , loss) / n_samples) + (self.alpha * self.wieghts)",
                    cost=TWO_SLIPS_J, wrt="weights_j", let=TWO_SLIPS_LETS)
    assert "'self.' is Python code inside a class" in error.message
