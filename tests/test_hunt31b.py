"""hunt31b: silent misreads in written derivations (``logderiv steps FILE``) found by small real-style edits.

Each case below is a real page's shape with one edit a student makes; what is right was worked out by hand and by
central finite differences with NumPy (never against logderiv's own output):

* the summed cost derived, then "for a single training example ($m = 1$): ∂J/∂θⱼ = (h(x) − y)xⱼ" — the words stood
  after the page's first line, so they were not read, and the one-example line was judged against the sum: "wrong",
  a false verdict on a claim the writer did not make. Whether the later line is one example's term (right) or the
  whole cost's with its sum dropped (wrong) only the writer knows: refused at that line, naming both readings.
* a step right only at the labels the cost is written for — ``−y σ(−y θᵀx)xⱼ = (σ(θᵀx) − (1 + y)/2)xⱼ`` beside the
  ±1 logistic loss log(1 + e^(−y θᵀx)), ``(h − y)xⱼ`` beside the Bernoulli likelihood log(yh + (1 − y)(1 − h)) — was
  judged at such labels (as ``check`` judges an answer) but without the note ``check`` gives: a convention applied
  silently. Each such line now says so, and the ending too.
* a plain-text line of the example sum with its letter changed, ``1/m Σ_k (h - y) x_j``: k marks nothing and the
  terms write y bare, so it was read as n copies of one example's term over the features and judged wrong, where
  LaTeX's ``\\sum_k`` of the same line is refused (audit39). Refused alike now, naming both readings.
"""

from __future__ import annotations

import json

import numpy
from click.testing import CliRunner

from _derivations_table import display as _display, review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences
from logderiv.cli import main

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


_SIGNED_COST = r"J(\theta) = \frac{1}{m}\sum_{i=1}^{m}\left[\log\left(1 + e^{-y^{(i)}\theta^T x^{(i)}}\right)\right]"
_SIGNED_STEPS = (r"\begin{aligned}" "\n"
                 r"\frac{\partial J}{\partial \theta_j} &= -\frac{1}{m}\sum_{i=1}^{m}\sigma(-y^{(i)}\theta^T x^{(i)})"
                 r"y^{(i)}x_j^{(i)} \\" "\n"
                 r"&= \frac{1}{m}\sum_{i=1}^{m}\left(\sigma(\theta^T x^{(i)}) - \frac{1+y^{(i)}}{2}\right)x_j^{(i)}" "\n"
                 r"\end{aligned}")


def _sigmoid(z):
    return 1 / (1 + numpy.exp(-z))


def test_the_signed_labels_step_by_finite_differences():
    # ∇ of (1/m)Σ log(1 + e^(−y θᵀx)) is −(1/m)Σ σ(−y θᵀx) y x, and equals (1/m)Σ (σ(θᵀx) − (1 + y)/2) x when every
    # y is ±1, not at real y
    generator = numpy.random.default_rng(311)
    X, theta = generator.normal(size=(3, 4)), generator.normal(size=4)
    for y in (generator.choice([-1.0, 1.0], size=3), numpy.array([0.5, -0.3, 0.8])):
        cost = lambda v: numpy.log1p(numpy.exp(-y * (X @ v))).mean()  # noqa: E731
        gradient = central_differences(cost, theta)
        assert numpy.allclose(gradient, -(_sigmoid(-y * (X @ theta)) * y) @ X / 3, atol=1e-6)
        rewritten = (_sigmoid(X @ theta) - (1 + y) / 2) @ X / 3
        assert numpy.allclose(gradient, rewritten, atol=1e-6) == bool(set(y) <= {-1.0, 1.0})


def test_a_step_right_only_at_signed_labels_says_so(tmp_path):
    page = _display(_SIGNED_COST) + "with labels $y \\in \\{-1, 1\\}$.\n" + _display(_SIGNED_STEPS)
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    said = [note for note in review["notes"] if "{−1, 1}" in note]
    assert any(note.startswith("line 8: ") and "this line equals the previous line" in note for note in said), said
    assert any("the last line equals the gradient" in note for note in said), said
    assert all("not for real-valued y" in note for note in said)


def test_the_bernoulli_likelihoods_step_at_binary_labels_says_so_in_text_too(tmp_path):
    # ∂/∂θⱼ −log(y h + (1 − y)(1 − h)) = −(2y − 1) h(1 − h) xⱼ / (y h + (1 − y)(1 − h)), which is (h − y)xⱼ at y ∈ {0, 1}
    cost = (r"J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\log\left(y^{(i)}h_\theta(x^{(i)}) + "
            r"(1-y^{(i)})(1-h_\theta(x^{(i)}))\right)")
    steps = (r"\begin{aligned}" "\n"
             r"\frac{\partial J}{\partial \theta_j} &= -\frac{1}{m}\sum_{i=1}^{m}\frac{(2y^{(i)} - 1)h_\theta(x^{(i)})"
             r"(1-h_\theta(x^{(i)}))x_j^{(i)}}{y^{(i)}h_\theta(x^{(i)}) + (1-y^{(i)})(1-h_\theta(x^{(i)}))} \\" "\n"
             r"&= \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)}" "\n"
             r"\end{aligned}")
    generator = numpy.random.default_rng(312)
    h = _sigmoid(generator.normal(size=5))
    for y in (numpy.array([0.0, 1.0, 1.0, 0.0, 1.0]), numpy.array([0.3, 0.6, 0.9, 0.1, 0.5])):
        first = -(2 * y - 1) * h * (1 - h) / (y * h + (1 - y) * (1 - h))
        assert numpy.allclose(first, h - y) == bool(set(y) <= {0.0, 1.0})
    page = _display(cost) + r"with $h_\theta(x) = \sigma(\theta^T x)$." "\n" + _display(steps)
    result = _steps(tmp_path, page)
    assert result.exit_code == 0, result.output
    assert "note: line 8: the cost is written for labels y⁽ⁱ⁾ ∈ {0, 1}" in result.output


_PLAIN_STEPS = "∂J/∂θⱼ = -1/m Σ(y(1 - h) x_j - (1 - y) h x_j)\n  = {last}\n"


def test_the_plain_lines_by_finite_differences():
    # −(1/m)Σ(y(1 − h) − (1 − y)h)xⱼ = (1/m)Σ(h − y)xⱼ is ∇J of the mean cross-entropy; n copies of one example's
    # term, the feature-sum reading of Σ_k (h − y)xⱼ, is not
    generator = numpy.random.default_rng(313)
    X, theta = generator.normal(size=(3, 4)), generator.normal(size=4)
    y = numpy.array([1.0, 0.0, 1.0])
    cost = lambda v: -numpy.mean(y * numpy.log(_sigmoid(X @ v)) + (1 - y) * numpy.log(1 - _sigmoid(X @ v)))  # noqa: E731
    gradient = central_differences(cost, theta)
    h = _sigmoid(X @ theta)
    assert numpy.allclose(gradient, -((y * (1 - h) - (1 - y) * h) @ X) / 3, atol=1e-6)
    assert numpy.allclose(gradient, (h - y) @ X / 3, atol=1e-6)
    assert not numpy.allclose(gradient, 4 * (h[0] - y[0]) * X[0] / 3, atol=1e-3)


def test_a_plain_sum_over_k_that_marks_nothing_is_refused_naming_both(tmp_path):
    path = tmp_path / "derivation.txt"
    path.write_text(_PLAIN_STEPS.format(last="1/m Σ_k (h - y) x_j"), encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "--timeout", "60"])
    assert result.exit_code == 2, result.output
    message = result.stderr or result.output
    assert "line 2" in message and "the sum over 'k'" in message
    assert "the sum over the examples" in message and "copies of one example's term" in message


def test_the_plain_sum_written_with_its_example_index_or_none_is_still_judged(tmp_path):
    for last in ("1/m Σ(h - y) x_j", "1/m Σ_i (h - y) x_j"):
        path = tmp_path / "derivation.txt"
        path.write_text(_PLAIN_STEPS.format(last=last), encoding="utf-8")
        result = CliRunner().invoke(main, ["steps", str(path), "-f", "json", "--timeout", "60"])
        assert result.exit_code == 0, (last, result.output)
        review = json.loads(result.stdout)
        assert review["ending"] == "gradient" and all(step["valid"] for step in review["steps"]), last
