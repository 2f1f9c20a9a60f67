"""Review 20: what an outside read of the session's change found and fixed (notes that quote what was written)."""

from __future__ import annotations

import numpy as np

import logderiv

from _reading import notes_of

#: Bishop's cross-entropy with the rows written x_k rather than φ_k (the reading accepts both)
_COST = r"E(w) = -\sum_i [t_i \ln\sigma(w^Tx_i) + (1-t_i)\ln\{1-\sigma(w^Tx_i)\}]"
_PREDICTIONS = r"y = (\sigma(w^Tx_1), \sigma(w^Tx_2), \ldots, \sigma(w^Tx_n))^T"
_LETS = (r"t = (t_1, t_2, \ldots, t_n)^T", _PREDICTIONS, r"X = (x_1, x_2, \ldots, x_n)^T")


def test_the_predictions_column_note_quotes_the_let_as_written():
    """The note on a column of predictions written σ(wᵀx_k) quoted it as σ(wᵀφ_1): the user's let, not Bishop's."""
    result = logderiv.check(r"X^T(y - t)", cost=_COST, wrt="w_j", let=_LETS)
    said = [note for note in notes_of(result) if "the column of the predictions" in note]
    assert said == [f"--let {_PREDICTIONS}: the column of the predictions, σ(Xw), shown as h (y is the targets' "
                    "letter; here t)"]
    # the reading itself: Xᵀ(σ(Xw) − t) is E's gradient, by central differences on hand-made data
    rng = np.random.default_rng(20)
    X, t, w = rng.normal(size=(5, 3)), rng.integers(0, 2, size=5).astype(float), rng.normal(size=3)

    def cost(v):
        p = 1 / (1 + np.exp(-X @ v))
        return -float(np.sum(t * np.log(p) + (1 - t) * np.log(1 - p)))

    step = 1e-6
    numeric = np.array([(cost(w + step * e) - cost(w - step * e)) / (2 * step) for e in np.eye(3)])
    assert np.allclose(numeric, X.T @ (1 / (1 + np.exp(-X @ w)) - t), atol=1e-5)
    assert result.verdict == "equivalent"
