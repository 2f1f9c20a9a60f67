"""audnp40: an adversarial audit of fixnp40's readings (forward(X) with an intercept, code's a0/a1, self. shape).

Each expectation is worked out by hand and, where a verdict is asserted, held to central finite differences.
"""

from __future__ import annotations

import logderiv
from _reading import notes_of

PE_COST = "((y_pred-y)**2).mean()"
DW = "dw = np.mean(2*x*(y_pred-y))"


def test_no_note_claims_forward_s_parameter_is_x_when_it_is_another_name():
    # def forward(z): return w*z + b, y_pred = forward(X): the function's own parameter is z. fixnp40's note said
    # "the lowercase x ... is the same one input column (X is only the argument of forward, whose own parameter is
    # x ...)": untrue of this text. The same-column merge is now made only where the parameter is x. (main already
    # reads x beside forward(z) = w*z, forward(X) as the one column by its older path; that reading is left as is.)
    for lets in (("def forward(z) :\n  return w*z + b", "y_pred = forward(X)"),
                 ("forward(z) = w*z + b", "y_pred = forward(X)")):
        try:
            verdict = logderiv.check(DW, cost=PE_COST, wrt="w", let=lets)
        except logderiv.errors.InputError as error:
            assert error.message
        else:
            assert not any("whose own parameter is x" in note for note in notes_of(verdict)), notes_of(verdict)


def test_x_beside_forward_X_is_still_merged_when_the_parameter_is_x():
    # the fixer's right reading kept: forward's own parameter is x (the tutorial's def forward(x): return w*x + b)
    verdict = logderiv.check(DW, cost=PE_COST, wrt="w", let=("def forward(x) :\n  return w*x + b", "y_pred = forward(X)"))
    assert verdict.verdict == "equivalent"
    assert any("whose own parameter is x" in note for note in notes_of(verdict))


# ------------------------------------------------------------------ m, n = X.shape: n is X's columns, never m
SHAPE_COST = "np.mean((np.dot(X, w) + b - y) ** 2)"
SHAPE_PRED = "y_pred = np.dot(X, w) + b"


def test_by_hand_dividing_by_the_features_count_is_not_the_mse_gradient():
    import numpy as np
    from _numeric import central_differences

    rng = np.random.default_rng(40)
    X, y = rng.normal(size=(5, 3)), rng.normal(size=5)   # m = 5 rows, n = 3 columns

    def mse(v):
        return float(np.mean((X @ v[:3] + v[3] - y) ** 2))

    at = rng.normal(size=4)
    fd = central_differences(mse, at)
    r = X @ at[:3] + at[3] - y
    m, n = X.shape
    assert np.allclose(2 * X.T @ r / m, fd[:3])
    assert not np.allclose(2 * X.T @ r / n, fd[:3])


def test_n_unpacked_from_X_shape_as_the_columns_is_not_read_as_m():
    # m, n = X.shape: n = X.shape[1], the features (the note says so). dw = 2·Xᵀ(ŷ − y)/n divides by the features'
    # count: not the MSE's gradient 2·Xᵀ(ŷ − y)/m (by hand above). main and fixnp40 read the answer's n as m
    # ("the answer's n ... read as m") and said "equivalent", contradicting their own note.
    for lets, answer in ((("m, n = X.shape", SHAPE_PRED), "dw = 2 * np.dot(X.T, y_pred - y) / n"),
                         (("self.m, self.n = X.shape", "y_pred = np.dot(X, self.weights) + self.bias"),
                          "dw = 2 * np.dot(X.T, y_pred - y) / self.n")):
        cost = SHAPE_COST if "self" not in lets[0] else "np.mean((np.dot(X, self.weights) + self.bias - y) ** 2)"
        verdict = logderiv.check(answer, cost=cost, wrt="w_j", let=lets)
        assert verdict.verdict == "different", (lets, notes_of(verdict))
    # dividing by m, the rows, stays right
    verdict = logderiv.check("dw = 2 * np.dot(X.T, y_pred - y) / m", cost=SHAPE_COST, wrt="w_j",
                             let=("m, n = X.shape", SHAPE_PRED))
    assert verdict.verdict == "equivalent"


def test_n_a_pasted_line_sets_to_the_weights_count_is_not_read_as_m():
    # n = len(w) (the line dropped: "n, the number of features, as logderiv counts them"): the answer's /n divides
    # by the features' count, not the MSE's m (by hand above): "different"; main read it as m ("equivalent")
    for let in ("n = len(w)", "n = w.size"):
        verdict = logderiv.check("dw = 2 * np.dot(X.T, y_pred - y) / n", cost=SHAPE_COST, wrt="w_j",
                                 let=(let, SHAPE_PRED))
        assert verdict.verdict == "different", (let, notes_of(verdict))


# ------------------------------------------------------------------ maths' a_{0} + a_{1}x beside fixnp40's a0, a1
def test_latex_a0_a1_line_still_read_after_code_names_a0_a1():
    # fixnp40 named its code line pattern _A_LINE, the name main's reading of maths' a_{0} + a_{1}x₁ already held:
    # the later definition replaced the earlier, and Dataquest's d/da₀ MSE = (2/n)·J (J = Σ(a₀ + a₁x₁ⁱ − yⁱ)) went
    # from right to refused. By hand: ∂/∂a₀ (1/n)Σ(a₀ + a₁x₁ⁱ − yⁱ)² = (2/n)Σ(a₀ + a₁x₁ⁱ − yⁱ) = (2/n)·J: equivalent
    cost = r"MSE(a_{0}, a_{1}) = \frac{1}{n}\sum_{i=1}^{n}(a_{0}+a_{1}x_{1}^{i} - y^{i})^{2}"
    lets = (r"J = \sum_{i=1}^{n}{a_{0}+a_{1}x_{1}^{i} - y^{i}}",)
    verdict = logderiv.check(r"\frac{d}{da_{0}}MSE(a_{0}, a_{1}) = \frac{2}{n}\times{J}", cost=cost, wrt="a_0",
                             let=lets)
    assert verdict.verdict == "equivalent"
    verdict = logderiv.check(r"\frac{d}{da_{0}}MSE(a_{0}, a_{1}) = \frac{1}{n}\times{J}", cost=cost, wrt="a_0",
                             let=lets)
    assert verdict.verdict == "different"
