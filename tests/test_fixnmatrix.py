r"""Issue 10, the fixnmatrix branch: the one false verdict of the blind wave f45 on arrival — 1/N before a cost in
matrix form.

A matrix-form product over the examples (``yᵀ log σ(Xw + b)``, ``1ᵀv``) is a sum over the examples whose count is
never written: ``1/N`` before it is the mean over its N examples, as before an unbounded ``Σᵢ``, so N is read as m
(noted), in both readers. Read as a free constant, the gradient was m/N times the hand's, and judged wrong.

The source's text is verbatim; variants are marked so. The gradients are held, through the corpus judge
(``tests/_reading.py``), to costs written out here by hand in NumPy, and the hand gradient the verdicts lean on is
checked by central finite differences (``tests/_numeric.py``). Near-variants that mean something else are refused
or keep their reading, each worked out by hand in its comment.
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv

from logderiv import derive

RNG = np.random.default_rng(45)

#: https://tianqi.csdn.net/68a57d90080e555a88db53e4.html (CSDN post, Chinese, 'deepseek.com:逻辑回归的目标函数,
#: 损失函数,梯度下降 标量和矩阵形式的数学推导…', '一、数学推导', '矩阵形式'): X the design matrix, N the examples
CSDN_J = (
    r"J(\mathbf{w}, b) = -\frac{1}{N} \left[ \mathbf{y}^\top \log(\sigma(\mathbf{X}\mathbf{w} + b)) + "
    r"(1-\mathbf{y})^\top \log(1-\sigma(\mathbf{X}\mathbf{w} + b)) \right]"
)
CSDN_LETS = (r"\sigma(z) = \frac{1}{1+e^{-z}}",)
#: the same post's '矩阵形式梯度': ∇_w J = (1/N) Xᵀ(σ(Xw + b) − y)
CSDN_GRADIENT = r"\nabla_{\mathbf{w}} J = \frac{1}{N} \mathbf{X}^\top (\sigma(\mathbf{X}\mathbf{w} + b) - \mathbf{y})"
#: variant: the cost as an Octave student types it (ex2's costFunction), h given with --let
PLAIN_J = "-1/N * (y' * log(h) + (1-y)' * log(1-h))"
PLAIN_LETS = ("h = sigmoid(X*theta)",)

MATRIX_NOTE = "N counts the examples here: read as m (1/N before a product over the examples in matrix form"
LONE_NOTE = "N counts the examples here: read as m (N divides a cost with no sum over the examples and no m"
CONSTANT_NOTE = "N is not defined, so read as a constant"


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _cross_entropy(p, y):
    """−(1/m) Σᵢ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)], written out by hand."""
    return -float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))) / y.size


def _mean_cross_entropy_w_b(d):
    """The post's J with N = m, the number of rows of X."""
    return _cross_entropy(_sigmoid(d.X @ d.w + d.b), d.y)


def _mean_cross_entropy_theta(d):
    return _cross_entropy(_sigmoid(d.X @ d.theta), d.y)


def test_the_hand_gradient_of_the_mean_cross_entropy():
    """∂J/∂w = (1/m) Xᵀ(σ(Xw + b) − y) and ∂J/∂b = (1/m) Σᵢ (σᵢ − yᵢ); m/N times either (N ≠ m) is not it."""
    m, n = 7, 3
    X, y = RNG.normal(size=(m, n)), RNG.uniform(0.1, 0.9, size=m)
    at = np.append(RNG.normal(size=n), 0.3)
    cost = lambda v: _cross_entropy(_sigmoid(X @ v[:n] + v[n]), y)  # noqa: E731
    p = _sigmoid(X @ at[:n] + at[n])
    hand = np.append(X.T @ (p - y) / m, np.sum(p - y) / m)
    assert np.allclose(_fd(cost, at), hand, atol=1e-6)
    assert not np.allclose(_fd(cost, at), hand * m / 5, atol=1e-6)  # the free-constant reading with N = 5


def test_the_posts_matrix_form_is_the_mean_over_the_examples():
    assert_gradient_read(CSDN_J, _mean_cross_entropy_w_b, wrt=("w_j", "b"), lets=CSDN_LETS)
    notes = notes_of(derive(CSDN_J, wrt="w_j", let=CSDN_LETS))
    assert any(note.startswith(MATRIX_NOTE) for note in notes), notes
    assert not any(note.startswith(CONSTANT_NOTE) for note in notes), notes


@pytest.mark.parametrize("text, letter", [
    (PLAIN_J, "N"),
    # variant: M, as notes write the number of examples too (a sum over them is there to say so)
    (PLAIN_J.replace("N", "M"), "M"),
])
def test_the_plain_reader_reads_the_count_as_m_by_the_same_rule(text, letter):
    assert_gradient_read(text, _mean_cross_entropy_theta, wrt=("theta_j",), lets=PLAIN_LETS)
    notes = notes_of(derive(text, wrt="theta_j", let=PLAIN_LETS))
    assert any(note.startswith(MATRIX_NOTE.replace("N", letter)) for note in notes), notes


@pytest.mark.parametrize("answer, verdict", [
    # the post's own gradient, (1/N) Xᵀ(σ − y) with N = m: the hand gradient above
    (CSDN_GRADIENT, "equivalent"),
    # the same with logderiv's m
    (r"\frac{1}{m} \mathbf{X}^\top (\sigma(\mathbf{X}\mathbf{w} + b) - \mathbf{y})", "equivalent"),
    # variant: the 1/N dropped, m times the gradient
    (r"\mathbf{X}^\top (\sigma(\mathbf{X}\mathbf{w} + b) - \mathbf{y})", "different"),
])
def test_answers_against_the_posts_cost(answer, verdict):
    assert_verdict_read(answer, CSDN_J, verdict, wrt="w_j", lets=CSDN_LETS)


_Y_LOG = r"\mathbf{y}^\top \log(\sigma(\mathbf{X}\mathbf{w}))"


@pytest.mark.parametrize("cost, said", [
    # an m written beside N: two counts of the examples, or N another number?
    (r"-\frac{1}{N} " + _Y_LOG + r" + \frac{1}{m}\mathbf{w}^T\mathbf{w}", "counted by both 'N' and 'm'"),
    # N that also multiplies: a quantity of its own, so not only the count
    (r"-\frac{1}{N} " + _Y_LOG + r" + N\mathbf{w}^T\mathbf{w}", "quantity of its own"),
    # beside a written Σ_{i=1}^{n} over the examples: N may be n, or a constant (refused by the reader)
    (r"-\frac{1}{N} " + _Y_LOG + r" + \frac{1}{n}\sum_{i=1}^{n} (y_i - w^T x_i)^2", "counted by 'n'"),
])
def test_near_variants_are_refused(cost, said):
    error = refused_by_logderiv(lambda: derive(cost, wrt="w_j"))
    assert said in error.message and error.column is not None


def test_a_let_for_n_keeps_its_value():
    """--let 'N = 5': −(1/5) Σᵢ [yᵢ log hᵢ + (1 − yᵢ) log(1 − hᵢ)] whatever m is."""
    assert_gradient_read(PLAIN_J, lambda d: _mean_cross_entropy_theta(d) * d.m / 5, wrt=("theta_j",),
                         lets=(*PLAIN_LETS, "N = 5"))


def test_n_before_the_parameters_norm_alone_is_the_lone_count():
    """(1/N)‖w‖², the parameters' norm with no sum over the examples: lone_count's m (its gradient 2wⱼ/m)."""
    assert_gradient_read(r"\frac{1}{N}\|\mathbf{w}\|^2", lambda d: float(d.w @ d.w) / d.m, wrt=("w_j",))
    notes = notes_of(derive(r"\frac{1}{N}\|\mathbf{w}\|^2", wrt="w_j"))
    assert any(note.startswith(LONE_NOTE) for note in notes) and not any(n.startswith(MATRIX_NOTE) for n in notes)


def test_n_before_a_product_over_the_parameters_is_no_mean():
    """(1/N) wᵀw beside yᵀ log σ(Xw): wᵀw runs over the features, so nothing says N counts the examples; N is
    the constant it was, noted (Σᵢ yᵢ log σ(wᵀxᵢ) + wᵀw/N, its gradient Σᵢ yᵢ(1 − σᵢ)xᵢⱼ + 2wⱼ/N)."""
    notes = notes_of(derive(r"\frac{1}{N}\mathbf{w}^T\mathbf{w} + " + _Y_LOG, wrt="w_j"))
    assert any(note.startswith(CONSTANT_NOTE) for note in notes), notes
    assert not any(note.startswith((MATRIX_NOTE, LONE_NOTE)) for note in notes), notes
