"""hunt31b: silent misreads in written derivations (``logderiv steps FILE``) found by small real-style edits.

Each case below is a real page's shape with one edit a student makes; what is right was worked out by hand and by
central finite differences with NumPy (never against logderiv's own output):

* the summed cost derived, then "for a single training example ($m = 1$): ∂J/∂θⱼ = (h(x) − y)xⱼ" — the words stood
  after the page's first line, so they were not read, and the one-example line was judged against the sum: "wrong",
  a false verdict on a claim the writer did not make. Whether the later line is one example's term (right) or the
  whole cost's with its sum dropped (wrong) only the writer knows: refused at that line, naming both readings.
"""

from __future__ import annotations

import numpy

from _derivations_table import display as _display, review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences

_COST = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)^2"
_SUMMED = (r"\begin{aligned}" "\n"
           r"\frac{\partial J}{\partial \theta_j} &= \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)"
           r"\frac{\partial}{\partial\theta_j}h_\theta(x^{(i)}) \\" "\n"
           r"&= \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)}" "\n"
           r"\end{aligned}")
_ONE = r"\frac{\partial J}{\partial \theta_j} = \left(h_\theta(x) - y\right)x_j"


def _page(words: str) -> str:
    return (_display(_COST) + r"with $h_\theta(x) = \theta^T x$. For gradient descent we need" "\n"
            + _display(_SUMMED) + words + "\n" + _display(_ONE))


def test_the_two_gradients_by_finite_differences():
    # the summed line (1/m)Σ(h − y)xⱼ is ∇J; the one-example line (h − y)xⱼ is ∇ of ½(h − y)², J at m = 1,
    # and is not ∇J at m = 3 (so judged against the sum it is wrong, judged as the claim it is right)
    generator = numpy.random.default_rng(31)
    X, y, theta = generator.normal(size=(3, 4)), generator.normal(size=3), generator.normal(size=4)
    cost = lambda v: ((X @ v - y) ** 2).sum() / (2 * len(y))  # noqa: E731
    assert numpy.allclose(central_differences(cost, theta), X.T @ (X @ theta - y) / 3, atol=1e-6)
    one = lambda v: 0.5 * (X[0] @ v - y[0]) ** 2  # noqa: E731
    assert numpy.allclose(central_differences(one, theta), (X[0] @ theta - y[0]) * X[0], atol=1e-6)
    assert not numpy.allclose(central_differences(cost, theta), (X[0] @ theta - y[0]) * X[0], atol=1e-3)


def test_one_example_announced_after_the_summed_derivation_is_refused_naming_both(tmp_path):
    result = _steps(tmp_path, _page(r"and for a single training example, $m = 1$:"))
    assert result.exit_code == 2, result.output
    message = result.stderr or result.output
    assert "line 11" in message and "one example" in message  # the words, and the line they stand on
    assert "one example's term" in message and "sum dropped" in message  # both readings named
    assert "line 13" in message  # the caret's line: the one-example line, not the summed derivation


def test_the_same_page_without_the_words_is_still_wrong_at_the_one_example_line(tmp_path):
    # unannounced, the line (h − y)xⱼ under ∂J/∂θⱼ of the summed J is a wrong step (right only at m = 1)
    code, ending, wrong, _ = _review(tmp_path, _page("and then"))
    assert (code, ending, wrong) == (1, "wrong", [13])


def test_the_summed_derivation_alone_beside_the_words_after_it_is_judged(tmp_path):
    # words after every line claim nothing of a line after them: the page is read as before
    page = _display(_COST) + r"with $h_\theta(x) = \theta^T x$." "\n" + _display(_SUMMED) + \
        "SGD uses a single training example at a time.\n"
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
