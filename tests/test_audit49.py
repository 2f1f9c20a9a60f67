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
# J(w) = −l(w) = Σ[…] with the minus dropped on the last side, then ∂J/∂wⱼ = ±Σ(y − σ(wᵀx))xⱼ. By hand (finite
# differences in test_fixcold16.py's test_the_summed_cost_by_finite_differences): for J = −l, ∂J/∂wⱼ = −Σ(y − σ)xⱼ,
# so Σ(y − σ)xⱼ is the log-likelihood's gradient, and line 11's −l(w) = Σ[…] is false. Read by its last side alone
# the page with Σ(y − σ)xⱼ was called '✓ every step holds, and the last line is the gradient'; which is meant is a guess.
_DROPPED = "J(w)=-l(w)=\\sum"
_RESIDUALS = ("y^{(i)}-\\sigma(w^Tx^{(i)})", "\\sigma(w^Tx^{(i)})-y^{(i)}")


def _page(tmp_path, text):
    from _derivations_table import steps_of_page

    return steps_of_page(tmp_path, text, "--timeout", "60")


def test_a_negated_log_likelihood_whose_last_side_drops_the_minus_is_refused(tmp_path):
    from test_fixcold16 import _LIKELIHOOD_PAGE

    dropped = _LIKELIHOOD_PAGE.replace("J(w)=-l(w)=-\\sum", _DROPPED)
    assert dropped != _LIKELIHOOD_PAGE
    for residual in _RESIDUALS:
        result = _page(tmp_path, dropped.replace("RESIDUAL", residual))
        assert result.exit_code == 2, result.output
        assert "line 11 says the cost is −l" in result.stderr and "line 7 defines" in result.stderr
    # without l's chain on the page, −l(w) is still a cost never below 0 and Σ[y ln σ + …] never above it
    alone = dropped[dropped.index("The cost:"):]
    for residual in _RESIDUALS:
        result = _page(tmp_path, alone.replace("RESIDUAL", residual))
        assert result.exit_code == 2, result.output
        assert "'-l(w)' says J is the negative log-likelihood" in result.stderr


def test_a_cost_that_writes_out_another_l_than_the_page_defines_is_refused(tmp_path):
    # line 7's l takes ln σ(−wᵀx), line 11's −l(w) = −Σ[y ln σ(wᵀx) + …]: by hand −l is not the side written out
    # (their values differ at any w ≠ 0), so which J is derived is a guess; the page as merged is read unchanged
    from test_fixcold16 import _LIKELIHOOD_PAGE

    other = _LIKELIHOOD_PAGE.replace("l(w)=\\text{ln}L(w)=\\sum_{i=1}^m\\left(y^{(i)}\\ln\\sigma(w^Tx^{(i)})",
                                     "l(w)=\\text{ln}L(w)=\\sum_{i=1}^m\\left(y^{(i)}\\ln\\sigma(-w^Tx^{(i)})")
    assert other != _LIKELIHOOD_PAGE
    result = _page(tmp_path, other.replace("RESIDUAL", _RESIDUALS[0]))
    assert result.exit_code == 2 and "line 11 says the cost is −l" in result.stderr, result.output
    assert _page(tmp_path, _LIKELIHOOD_PAGE.replace("RESIDUAL", _RESIDUALS[0])).exit_code == 0


# ------------------------------------------------------------------ words between two pieces of maths
# \frac{1}{2m}Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² \quad \text{for } m: by hand the cost is (1/2m)Σ(θᵀx − y)², "for m" prose, so
# ∂J/∂θⱼ = (1/m)Σ(θᵀx − y)xⱼ. The remark was dropped and the m after it multiplied the cost, with no note: the
# gradient Σ(θᵀx − y)xⱼ, m times too big. Found probing fixcold16's unbraced \text; the braced remark is older.
_HALF_MSE = r"\frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2"


def test_words_between_two_pieces_of_maths_are_refused():
    for remark in (r" \text{ for } m", r" \quad \text{for } m", r"\text{, over all } m \text{ examples}"):
        error = refused(logderiv.derive, _HALF_MSE + remark)
        assert "words between two pieces of maths" in error.message


def test_a_remark_ending_the_formula_or_ranging_the_component_index_is_read():
    # (1/m)Σ(θᵀx − y)xⱼ is the gradient of the half mean squared error (by hand, as above); the component index's
    # range is set aside as before (tests/test_latex_ninth.py), and a remark ending the formula says nothing
    answer = r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"
    for remark in (r" \quad \text{for } j = 0, 1, \dots, n", r" \text{ for all } j", r" \quad \text{(our result)}"):
        assert logderiv.check(answer + remark, cost=_HALF_MSE).verdict == "equivalent", remark
    assert logderiv.derive(_HALF_MSE + r" \quad \text{(mean squared error)}").result == logderiv.derive(_HALF_MSE).result
