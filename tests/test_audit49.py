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


# ------------------------------------------------------------------ fixcold16: J(w) = −l(w) = …, the minus dropped
# cold16's luweiagi layout (tests/test_fixcold16.py): l(w) = ln L(w) = Σ[y ln σ(wᵀx) + (1 − y) ln(1 − σ(wᵀx))], then
# J(w) = −l(w) = Σ[…] with the minus dropped on the last side, then ∂J/∂wⱼ = Σ(y − σ(wᵀx))xⱼ. By hand (finite
# differences in test_fixcold16.py's test_the_summed_cost_by_finite_differences): for J = −l, ∂J/∂wⱼ = −Σ(y − σ)xⱼ,
# so the last line is the log-likelihood's gradient and line 11's −l(w) = Σ[…] is false. Read by its last side
# alone the page was called '✓ every step holds, and the last line is the gradient'; which sign is meant is a guess.
def test_a_negated_log_likelihood_whose_last_side_drops_the_minus_is_refused(tmp_path):
    from _derivations_table import steps_of_page
    from test_fixcold16 import _LIKELIHOOD_PAGE

    dropped = _LIKELIHOOD_PAGE.replace("J(w)=-l(w)=-\\sum", "J(w)=-l(w)=\\sum")
    assert dropped != _LIKELIHOOD_PAGE
    for residual in ("y^{(i)}-\\sigma(w^Tx^{(i)})", "\\sigma(w^Tx^{(i)})-y^{(i)}"):
        result = steps_of_page(tmp_path, dropped.replace("RESIDUAL", residual), "--timeout", "60")
        assert result.exit_code == 2, result.output
        assert "line 11" in result.stderr and "'-l(w)' says J is the negative log-likelihood" in result.stderr
