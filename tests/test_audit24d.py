"""Issue 10, audit24d: an adversarial audit of fixtail24's readings, each misread found held to a test.

fixtail24 read ten conventions of students' code (grad(a) = … X(:,a) … theta(a), a loop over the parameters' entries,
dL beside a cost named L, theta' ending an Octave row, w.TX, …). Here are near-variants a careless reading would get
wrong: a false "equivalent", a false "different", a wrong gradient. Each expected result is worked out by hand and
held to finite differences (tests/_numeric.py) or the corpus judge (tests/_reading.py), never to logderiv's output;
where a text does not say what it means, the test asks for a refusal at the place.
"""

from __future__ import annotations

import numpy as np

import logderiv
from _reading import assert_verdict_read, refused


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# ------------------------------------------------------------------ grad(a) = … X(:,a) … theta(j): two letters
# The ridge cost (1/2m)Σ(Xθ − y)² + λ/(2m)Σθ² has gradient (1/m)Xᵀ(Xθ − y) + (λ/m)θ (by finite differences in
# test_fixtail24.py), so its entry a is (1/m)Σ(Xθ − y)x_a + λθ_a/m. A line grad(a) = … X(:,a) … + lambda*theta(j)/m adds θ_j, an entry by a
# letter the line does not tie to a: fixtail24 read a as j and so made the two one entry, a false "equivalent"
RIDGE_ALL = "J = sum((X*theta-y).^2)/(2*m)+sum(theta.^2)*lambda/(2*m);"
RIDGE_LINE = "grad(a) = sum((X*theta-y).*X(:,a))/m + lambda*theta(a)/m;"


# the ridge gradient these lines are judged against is checked by finite differences in test_fixtail24.py
# (test_the_ridge_gradient_by_finite_differences, the same cost and gradient)


def test_the_entry_line_by_its_own_letter_is_read():
    # the reading audited, its expected verdict worked out above
    assert_verdict_read(RIDGE_LINE, RIDGE_ALL, "equivalent", lets=("m = length(y)",))


def test_an_entry_line_that_also_writes_j_is_refused_at_the_j():
    answer = RIDGE_LINE.replace("theta(a)", "theta(j)")
    error = refused(logderiv.check, answer, cost=RIDGE_ALL, let=("m = length(y)",))
    assert "the left side grad(a) names entry a of the gradient, and the line writes j too" in error.message
    assert error.column == answer.index("j)")
    # theta(j,:) alike, and inside a loop over the parameters' entries (whose line is read as the entry's)
    refused(logderiv.check, RIDGE_LINE.replace("theta(a)", "theta(j,:)"), cost=RIDGE_ALL, let=("m = length(y)",))
    loop = "for i = 1:size(theta,1)\n    grad(i) = sum((X*theta-y).*X(:,i))/m + lambda*theta(j)/m;\nend"
    error = refused(logderiv.check, loop, cost=RIDGE_ALL, let=("m = length(y)",))
    assert "the left side grad(i) names entry i of the gradient, and the line writes j too" in error.message


# ------------------------------------------------------------------ M / v[:, None]: the [:, None] must make v the column
# fixtail24 read NumPy's M / v[:, None] as row i of M divided by vᵢ, but took any [:, None] inside the divisor for it:
# in 1 + np.exp(y * (X @ w[:, None])) it makes w a column, and y * (an m×1 column) of the 1-D y is an m×m array, as
# is y*y + e[:, None]; the division then fails in NumPy (m ≠ n), where fixtail24 said "equivalent"
MARGIN_COST = "np.mean(np.log(1 + np.exp(-y * (X @ w))))"
MARGIN_GRADIENT = "-np.mean((y[:, None] * X) / (1 + np.exp(y * (X @ w)))[:, None], axis=0)"


def test_numpy_broadcasts_a_one_d_array_beside_a_column_to_a_square():
    rng = np.random.default_rng(59)
    X, y, w = rng.normal(size=(7, 3)), rng.choice([-1.0, 1.0], size=7), rng.normal(size=3)
    assert (y * (X @ w[:, None])).shape == (7, 7)
    assert (y * y + np.exp(y * (X @ w))[:, None]).shape == (7, 7)
    with np.testing.assert_raises(ValueError):
        (y[:, None] * X) / (1 + np.exp(y * (X @ w[:, None])))
    # the reading audited: with the column made of the whole divisor it is the gradient (finite differences)
    from _numeric import central_differences

    def cost(v):
        return float(np.mean(np.log(1 + np.exp(-y * (X @ v)))))

    by_hand = -np.mean((y[:, None] * X) / (1 + np.exp(y * (X @ w)))[:, None], axis=0)
    assert np.allclose(central_differences(cost, w), by_hand, atol=1e-6)


def test_a_newaxis_inside_the_divisor_is_no_column_of_it():
    error = refused(logderiv.check, "-np.mean((y[:, None] * X) / (1 + np.exp(y * (X @ w[:, None]))), axis=0)",
                    cost=MARGIN_COST, wrt="w_j")
    assert "makes the product a 2-D m×1 column" in error.message
    error = refused(logderiv.check, "-np.mean((y[:, None] * X) / (y*y + np.exp(y * (X @ w))[:, None]), axis=0)",
                    cost=MARGIN_COST, wrt="w_j")
    assert "'[:, None]' makes a 1-D array a column" in error.message


def test_a_newaxis_on_the_whole_divisor_or_on_each_term_is_still_read():
    for answer in (MARGIN_GRADIENT,
                   "-np.mean((y[:, None] * X) / (1 + np.exp(y * (X @ w))[:, None]), axis=0)",
                   "-np.mean((y[:, None] * X) / (1 + (np.exp(y * (X @ w)))[:, None]), axis=0)",
                   "-np.mean((y[:, None] * X) / ((1 + np.exp(y * (X @ w))))[:, None], axis=0)"):
        assert_verdict_read(answer, MARGIN_COST, "equivalent", wrt="w_j")


# ------------------------------------------------------------------ Octave's [0 v']: spaces inside the brackets
# fixtail24 read [0 (lambda/m)*theta(2:end)'] as the row (0, λθ₂/m, …): right. But inside Octave's brackets a space
# between operands separates elements and a sign with spaces on both sides joins them: [0 lambda/m theta(2:end)'] is
# the three elements 0, λ/m, θ(2:end)ᵀ (n + 1 entries) and [0 + lambda/m*theta(2:end)'] the one 0 + (λ/m)θ(2:end)ᵀ
# (n − 1 entries); neither is a gradient's row, and Octave refuses to add either to the 1×n row. fixtail24 said
# "equivalent" to both. [0 +lambda/m*theta(2:end)'] (the sign stuck to what follows) is 0 beside +v: still read.
KOLMISI_COST = ("(1/m)*sum( -y.*log(sigmoid(X*theta)) - (1-y).*log(1 - sigmoid(X*theta) ) ) "
                "+ (lambda/(2*m))*sum(theta(2:length(theta)).^2)")
KOLMISI_ROW = "(1/m)*sum( (sigmoid(X*theta) - y).*X) + "


def test_the_elements_octave_makes_of_the_brackets_by_hand():
    # the shapes as Octave builds them, written out in NumPy: [0 c v'] concatenates three, [0 + c*v'] adds
    theta, lam, m = np.array([0.5, -1.0, 2.0]), 0.7, 5
    three = np.concatenate(([0.0], [lam / m], theta[1:]))
    summed = 0 + lam / m * theta[1:]
    assert three.shape == (len(theta) + 1,) and summed.shape == (len(theta) - 1,)
    # the row read: 0 beside (λ/m)θ(2:end), the penalty's gradient without the intercept (finite differences)
    from _numeric import central_differences

    penalty = central_differences(lambda v: lam / (2 * m) * float(v[1:] @ v[1:]), theta)
    assert np.allclose(penalty, np.concatenate(([0.0], lam / m * theta[1:])), atol=1e-6)


def test_brackets_that_octave_splits_or_joins_are_not_read_as_zero_beside_the_row():
    for row in ("[0 lambda/m theta(2:end)']", "[0 + lambda/m*theta(2:end)']"):
        refused(logderiv.check, KOLMISI_ROW + row, cost=KOLMISI_COST, let=("m = length(y)",))


def test_zero_beside_a_row_with_spaces_octave_joins_is_still_read():
    for row in ("[0 +lambda/m*theta(2:end)']", "[0 (lambda/m) * theta(2:end)']", "[0 lambda/m *theta(2:end)']"):
        assert_verdict_read(KOLMISI_ROW + row, KOLMISI_COST, "equivalent", lets=("m = length(y)",))


def test_a_column_made_inside_a_matrix_product_or_beside_a_one_d_term_is_not_read():
    # X @ w[:, None] is a 2-D m×1 column, and y * it of the 1-D y is m×m (shown above): read as the m-vector
    # y ∘ (Xw), logderiv said "equivalent" (the product path; the division path is the test above)
    error = refused(logderiv.check, "-np.mean(X * (y / (1 + np.exp(y * (X @ w[:, None])))), axis=0)",
                    cost=MARGIN_COST, wrt="w_j")
    assert "makes the product a 2-D m×1 column" in error.message
    # X * (y*0 + v[:, None]): the 1-D term beside the column makes the factor m×m (fixtail24 read it as the column)
    refused(logderiv.check, "-np.mean(X * (y*0 + (y / (1 + np.exp(y * (X @ w))))[:, None]), axis=0)",
            cost=MARGIN_COST, wrt="w_j")
    # a number beside the column keeps it one: still read (by hand the gradient, as above)
    assert_verdict_read("-np.mean(X * (0 + (y / (1 + np.exp(y * (X @ w))))[:, None]), axis=0)", MARGIN_COST,
                        "equivalent", wrt="w_j")


# ------------------------------------------------------------------ t(x) %*% (h - y) beside a second feature
# fixtail24's note said "the cost has one feature"; beside w·x + v·z + b it has two, though x is still one feature's
# column and by hand ∂/∂w of (1/2m)Σ(h − y)² is (1/m)Σ x(h − y): the reading stands, the note now says only what holds
def test_the_one_feature_column_beside_a_second_feature_says_only_what_holds():
    lets = ("h = w*x + v*z + b",)
    assert_verdict_read("(1/m)*t(x)%*%(h - y)", "(1/(2*m))*sum((h - y)^2)", "equivalent", wrt="w", lets=lets)
    verdict = logderiv.check("(1/m)*t(x)%*%(h - y)", cost="(1/(2*m))*sum((h - y)^2)", wrt="w", let=lets)
    notes = [note for note in verdict.notes if "x is the m×1 column" in note]
    assert notes and not any("the cost has one feature" in note for note in notes)
