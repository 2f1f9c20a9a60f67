r"""hunt32: a misread hunt on ``logderiv check`` with code answers (NumPy, Octave, R) to the logistic and linear costs.

Each misread found is fixed or refused here, and each such test fails on the code before hunt32:

* a column of X taken by the example letter i beside a j of its own, ``np.sum((h - y) * X[:, i]) / m +
  lam/m*theta_j`` (the one-letter slip of the Julia loop ``G[i] = 1/m * sum((h - Y) .* X[:,i]) + lambda/m * T[i]``,
  fresh_twentysixth, with θ's index written j): the lone i was read as the feature's j, as it is when it indexes
  nothing else, and the answer judged "equivalent"; read as two indices, X[:, i] with θⱼ, it is not entry j of the
  gradient. Refused naming both readings; a text whose i stands alone (the Julia loop's data term
  ``1 / m * sum((h - Y) .* X[:,i])``) and a text writing j throughout keep their readings.
* R's ``X * theta`` (``h <- sigmoid(X * theta)``, a --let the ``<-`` marks as R, or a cost in an R problem): R's
  ``*`` multiplies entry by entry, recycling θ down X's entries, but the text respelled into NumPy's words kept its
  ``*`` with no NumPy mark, so it was read as Octave's product Xθ and the answer judged "equivalent". Refused naming
  both readings; ``X %*% theta`` and Octave's ``X * theta`` keep their reading.
* ``\frac{1}{n}\sum_{i=1}^m``: n beside a sum bounded by m was read as a second name of m (the mean), the
  convention of notes that write N and n for one count; but notes that count the examples by m count the features
  by n, and read so the answer is not the gradient. Refused naming both readings (test_misreads_eighth's near-variant
  moved with it); N beside a bound m, and n beside a bound n, keep their readings.

The truths are worked by hand and held to central finite differences of NumPy costs written here (``_numeric``),
never to logderiv's output.
"""

from __future__ import annotations

import numpy as np

import logderiv
from _numeric import central_differences, intercept_data, penalised_cross_entropy, sigmoid
from _reading import notes_of, refused
from work import assert_linear

LAM = 0.7


def _penalised_everywhere(X, labels, theta):
    """logistic-l2: the cross-entropy plus (λ/2m) Σₖ θₖ², the intercept penalised too."""
    return penalised_cross_entropy(X, labels, theta, LAM) + LAM / (2 * len(labels)) * theta[0] ** 2


# ---------------------------------------------------------------- a column's i beside a j


def test_two_index_reading_of_column_i_beside_theta_j_is_not_the_gradient():
    """By hand: Σ(h − y)X[:, i]/m + λθⱼ/m is entry j of the gradient only when i = j; at i ≠ j it is not."""
    X, labels, theta = intercept_data(32, 9, 3)
    gradient = central_differences(lambda t: _penalised_everywhere(X, labels, t), theta)
    h = sigmoid(X @ theta)
    one_index = np.array([np.sum((h - labels) * X[:, j]) / 9 + LAM / 9 * theta[j] for j in range(3)])
    assert np.allclose(one_index, gradient, atol=1e-6)
    i, j = 1, 2
    assert not np.isclose(np.sum((h - labels) * X[:, i]) / 9 + LAM / 9 * theta[j], gradient[j], atol=1e-3)


def test_column_by_i_beside_subscript_j_is_refused_naming_both_readings():
    for answer in ("np.sum((h - y) * X[:, i]) / m + lam/m*theta_j",
                   "np.sum((h - y) * X[:, i]) / m + lam/m*θⱼ"):
        error = refused(logderiv.check, answer, cost="logistic-l2", let=["h = sigmoid(X @ theta)"])
        assert "a j is written beside it" in str(error) and "two indices" in str(error), answer


def test_octave_column_by_i_beside_subscript_j_is_refused():
    error = refused(logderiv.check, "sum((h - y) .* X(:, i)) / m + lambda/m*theta_j", cost="logistic-l2",
                    let=["h = sigmoid(X * theta);"])
    assert "a j is written beside it" in str(error)


def test_column_by_lone_i_keeps_its_reading_as_the_feature_index():
    """fresh_twentysixth's Julia line, and its NumPy spelling: i indexes nothing else, so it is the feature's j."""
    verdict = logderiv.check("1 / m * sum((h - y) .* X[:,i])", let=["h = sigmoid(X * theta)"])
    assert verdict.verdict == "equivalent"
    verdict = logderiv.check("np.sum((h - y) * X[:, i]) / m", let=["h = sigmoid(X @ theta)"])
    assert verdict.verdict == "equivalent"
    assert any("so it is the feature's index, read as j" in note for note in notes_of(verdict))


def test_column_by_j_beside_theta_j_keeps_its_reading():
    verdict = logderiv.check("np.sum((h - y) * X[:, j]) / m + lam/m*theta_j", cost="logistic-l2",
                             let=["h = sigmoid(X @ theta)"])
    assert verdict.verdict == "equivalent"


def test_column_letter_check_stays_linear_on_long_input():
    from logderiv.notation import plain

    def read(n):
        answer = "np.sum((h - y) * X[:, i]) / m" + " + 0*theta_k" * n
        underscores = answer + "_" * (11 * n)
        return lambda: (plain._column_letter_only(answer, "i"), plain._SUBSCRIPT_READ_LETTER.search(underscores))

    # counted, not timed (tests/work.py): 21 calls at any length (n = 1,800: 1,800 terms, 19,800 underscores), the work
    # all regular expressions', which a count cannot see; benchmarks/scaling.py times it as a ratio ("column letter")
    assert read(1_800)() == (True, None)
    assert_linear(read, 450)


# ---------------------------------------------------------------- R's X * theta, entry by entry


def _r_star(X, theta):
    """R's X * theta: θ recycled down X's entries in column-major order, entry by entry (written here from R's rule)."""
    m, n = X.shape
    return (X.flatten(order="F") * np.resize(theta, m * n)).reshape((m, n), order="F")


def test_r_star_of_data_and_parameters_is_not_the_matrix_product():
    """By hand: R's X * theta is an m×n matrix (θ recycled), not the m-vector Xθ R writes X %*% theta."""
    X, _, theta = intercept_data(32, 7, 3)
    entrywise = _r_star(X, theta)
    assert entrywise.shape == (7, 3)
    assert not np.allclose(entrywise.sum(axis=1), X @ theta)


def test_r_let_with_star_of_data_and_parameters_is_refused():
    """h <- sigmoid(X * theta): the let says R by its <-, and R's '*' is no matrix product (read as Xθ before)."""
    for cost in (None, "-1/m * sum(y * log(h) + (1 - y) * log(1 - h))"):
        error = refused(logderiv.check, "(1/m) * t(X) %*% (h - y)", cost=cost, let=["h <- sigmoid(X * theta)"])
        assert "in R '*' multiplies entry by entry" in str(error) and "X * theta" in str(error)


def test_r_cost_with_star_of_data_and_parameters_is_refused():
    error = refused(logderiv.check, "t(X) %*% (h - y) / m",
                    cost="-mean(y * log(sigmoid(X * theta)) + (1 - y) * log(1 - sigmoid(X * theta)))", let=["z <- 1"])
    assert "read as Octave's '*' it is Xθ" in str(error)


def test_r_matrix_product_and_octave_star_keep_their_readings():
    """X %*% theta in R, and Octave's X * theta (its '*' the product), are Xθ: (1/m)Xᵀ(h − y) is the gradient."""
    assert logderiv.check("(1/m) * t(X) %*% (h - y)", let=["h <- sigmoid(X %*% theta)"]).verdict == "equivalent"
    assert logderiv.check("(1/m) * X' * (h - y)", let=["h = sigmoid(X * theta);"]).verdict == "equivalent"
    assert logderiv.check("t(X) %*% (X %*% theta - y) / m", cost="sum((X*theta - y).^2)/(2*m)").verdict == "equivalent"


# ---------------------------------------------------------------- 1/n beside a sum bounded by m


def test_features_count_over_examples_sum_is_not_the_gradient():
    """By hand: (1/n)Σᵢ₌₁ᵐ(h − y)xⱼ is (m/n) times the gradient (1/m)Σ(h − y)xⱼ: with n features ≠ m, not it."""
    X, labels, theta = intercept_data(32, 8, 3)
    gradient = central_differences(lambda t: float(-np.mean(labels * np.log(sigmoid(X @ t))
                                                             + (1 - labels) * np.log(1 - sigmoid(X @ t)))), theta)
    over_n = X.T @ (sigmoid(X @ theta) - labels) / 3
    assert np.allclose(over_n * 3 / 8, gradient, atol=1e-6) and not np.allclose(over_n, gradient, atol=1e-3)


def test_one_over_n_beside_sum_to_m_is_refused_naming_both_readings():
    r"""\frac{1}{n}\sum_{i=1}^m: Ng's notes (and logderiv) count the examples by m and the features by n (read as 1/m before)."""
    for answer, cost in ((r"\frac{1}{n}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}", None),
                         (r"\frac{1}{n}\sum_{i=1}^{m} (\theta^T x^{(i)} - y^{(i)})x_j^{(i)}", "linear")):
        error = refused(logderiv.check, answer, cost=cost)
        assert "a slip for m it is the mean" in str(error) and "number of features it is not" in str(error)


def test_one_over_n_in_a_cost_beside_sum_to_m_is_refused():
    """test_misreads_eighth read this cost as the mean (n a second name of m); it is refused now, both readings named."""
    error = refused(logderiv.check, r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})x_j^{(i)}",
                    cost=r"\frac{1}{2n}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2")
    assert "counts its features by n" in str(error)
    error = refused(logderiv.derive, r"\frac{1}{n}\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})^2")
    assert "counts its features by n" in str(error)


def test_one_count_written_two_ways_keeps_its_reading():
    r"""f5-jubaer's -\frac{1}{N}\sum_{i=1}^{n} convention: N beside a sum bounded by m is still the mean (noted)."""
    verdict = logderiv.check(r"\frac{1}{N}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}")
    assert verdict.verdict == "equivalent"
    assert any("N beside the sum over the m examples" in note for note in notes_of(verdict))
    verdict = logderiv.check(r"\frac{1}{n}\sum_{i=1}^n (h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}",
                             cost=r"-\frac{1}{n}\sum_{i=1}^n [y_i\log h(x_i) + (1-y_i)\log(1-h(x_i))]")
    assert verdict.verdict == "equivalent"
