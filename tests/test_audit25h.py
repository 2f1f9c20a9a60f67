"""audit25h (issue 10): an adversarial audit of fixheld25's readings of pasted code, each misread found kept refused.

fixheld25 read code's L2 names (``l2_lambda``, ``lambda_l2``, ``l2_lam``) as λ, scikit-learn's ``self.w_``, NumPy's
``y.dot(v)``, a variable named ``sigmoid``, NumPy's array methods as marks of code, Octave's ``-w' * X`` and JAX's
``jnp``. Near-variants real code writes were tried against each, the expected result worked out by hand and checked by
central finite differences (tests/_numeric.py), never against logderiv's own output. Where a reading gave a wrong
gradient or a false verdict, the text is now refused with a caret and a hint; the tests below fail on the old code:

* ``l2_lambda * sum(w**2) + lam * sum(w**2)``: two names of a strength in one text were both read as λ and merged
  (4λw, where the two strengths are two quantities); refused as ``lam`` beside ``lmb`` already was.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from logderiv.errors import InputError


# ---- an L2 name beside another name of λ: two strengths, not one ------------------------------------------------

def test_two_strengths_are_not_one_lambda():
    # the fact the refusal rests on: with two strengths a, c the gradient of a‖w‖² + c‖w‖² is 2(a + c)w, which the
    # merged reading's 4λw is only where a = c
    from _numeric import central_differences
    rng = np.random.default_rng(25)
    w, a, c = rng.normal(size=3), 0.3, 1.1
    penalty = lambda v: a * float(v @ v) + c * float(v @ v)  # noqa: E731
    assert np.allclose(central_differences(penalty, w), 2 * (a + c) * w, atol=1e-6)
    assert not np.allclose(central_differences(penalty, w), 4 * a * w, atol=1e-3)


@pytest.mark.parametrize("text, first, second", [
    ("np.sum((X @ w - y)**2) + l2_lambda * np.sum(w**2) + lam * np.sum(w**2)", "l2_lambda", "lam"),
    ("np.sum((X @ w - y)**2) + lam * np.sum(w**2) + l2_lambda * np.sum(w**2)", "lam", "l2_lambda"),
    ("np.sum((X @ w - y)**2) + l2_lambda * np.sum(w**2) + reg_lambda * np.sum(w**2)", "l2_lambda", "reg_lambda"),
    ("np.sum((X @ w - y)**2) + l2_lambda * np.sum(w**2) + lambda_ * np.sum(w**4)", "l2_lambda", "lambda_"),
    ("np.sum((X @ w - y)**2) + lambda2 * np.sum(w**2) + lam * np.sum(w)", "lambda2", "lam"),
    ("np.sum((X @ w - y)**2) + l2_lambda * np.sum(w**2) + lambda_l2 * np.sum(w**2)", "l2_lambda", "lambda_l2"),
])
def test_an_l2_name_beside_another_name_of_lambda_is_refused(text, first, second):
    with pytest.raises(InputError, match="both code's names for λ") as raised:
        logderiv.derive(text, wrt="w_j")
    assert f"'{first}' and '{second}'" in str(raised.value)
    assert raised.value.column == text.index(second, text.index(first) + len(first))


def test_an_l2_name_beside_a_defined_strength_is_read():
    # --let defines lam: it is the let's quantity, not a second name of λ, so l2_lambda alone is λ
    derivation = logderiv.derive("np.sum((X @ w - y)**2) + l2_lambda * np.sum(w**2) + lam * np.sum(w**2)",
                                 wrt="w_j", let=("lam = 0.5",))
    assert any("l2_lambda is λ" in note for note in derivation.notes), derivation.notes
