r"""hunt33: silent misreads found in ``logderiv steps`` by one-slip and near variants of right pages.

1. An update rule written with '=' whose value holds a sum's bound: ``θⱼ = θⱼ − α (1/m) Σ_{i=1}^m (h − y) xⱼ``
   after a right derivation. The '=' of ``{i=1}`` stopped the update's value (:data:`page._RATE_STEP` read up to
   the next '='), so the update was not recognised, read as the derivation's last step, and the right page judged
   "✗ wrong at line …: it does not follow" (exit 1) — a false "wrong". ``:=`` had the same slip once (cold24).
   Now the value is read with the bounds blanked; the update is set aside with a note saying it was written with '='.
   The bold ``\mathbf{w} = \mathbf{w} − η …`` is read as the update too (it was refused: 'eta' not read).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.notation import page

from _numeric import central_differences
from work import assert_linear


def _run(tmp_path: Path, text: str, name: str = "notes.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json", "--timeout", "60"])
    review = json.loads(result.stdout) if result.exit_code in (0, 1) else None
    return result, review


def _first_wrong_line(review) -> int | None:
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    return wrong[0] if wrong else None


# A Jekyll post "Linear Regression" (2021-10-15, 线性回归总结; public code index file 43719813767), verbatim from its
# first heading to the sentence after the update rule (its Python code fence left out).
ZH_POST = r'''# Linear regression

## Cost Function

线性回归的代价函数：

$$
J(\theta) = \frac{1}{2m} \sum_{i=1}^{m} (h_{\theta}(x)-y)^2
$$

其中：

$$
h_{\theta}(x) = \theta ^T x = \theta_0 +{\theta_1}x_1 +\cdots+{\theta_n}x_n
$$

下面就是要求出$\theta$，使代价函数最小：即拟合出的方程到真实值距离的平方最小；前面有系数2是因为后面使用梯度下降的时候，对每个变量求偏导，可以消去。

## 梯度下降

代价函数对$\theta_j$求偏导：

$$
\frac{\partial J(\theta)}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m}[(h_{\theta}(x^{(i)})-y^{(i)})x_j^{(i)}]
$$

对$\theta$同时更新：

$$
\theta_j = \theta_j - \alpha \frac{1}{m} \sum_{i=1}^{m}[(h_{\theta}(x^{(i)})-y^{(i)})x_j^{(i)}]
$$

其中，$\alpha$ 为学习效率`learning rate`，大小可以控制下降的速度（步子迈的大小），注意
'''

# a derivation in the steps of Ng's notes, then the update as blog posts write it, with '='
STEPS_THEN_UPDATE = r'''For linear regression the hypothesis is $h_\theta(x) = \theta^T x$ and the cost is

$$J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)^2$$

Taking the partial derivative with respect to $\theta_j$:

$$\frac{\partial}{\partial \theta_j} J(\theta) = \frac{1}{2m}\sum_{i=1}^{m} 2\left(h_\theta(x^{(i)}) - y^{(i)}\right)\frac{\partial}{\partial \theta_j}\left(h_\theta(x^{(i)}) - y^{(i)}\right)$$

$$= MIDDLE\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)\frac{\partial}{\partial \theta_j}\left(\sum_{k=0}^{n}\theta_k x_k^{(i)} - y^{(i)}\right)$$

$$= \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right) x_j^{(i)}$$

So the gradient descent update is

$$\theta_j = \theta_j SIGN \alpha\frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right) x_j^{(i)}$$
'''

MATRIX_THEN_UPDATE = r'''The model is $\hat{y} = Xw$ and the loss is

$$J(w) = \frac{1}{2m}(Xw - y)^T(Xw - y)$$

Its gradient:

$$\nabla_w J = \frac{1}{m}X^T(Xw - y)$$

Then gradient descent:

$$\mathbf{w} = \mathbf{w} - \eta \frac{1}{m} X^T(X\mathbf{w} - y)$$
'''


def test_the_gradients_by_finite_differences():
    """By hand: J = (1/2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² = (1/2m)(Xθ − y)ᵀ(Xθ − y) has ∂J/∂θⱼ = (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, the
    vector (1/m)Xᵀ(Xθ − y); (1/2m) before the middle line's sum is half of it. Checked numerically here."""
    rng = np.random.default_rng(33)
    X, y, theta = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3)
    m = len(y)
    numeric = central_differences(lambda t: np.sum((X @ t - y) ** 2) / (2 * m), theta)
    by_hand = np.array([np.sum((X @ theta - y) * X[:, j]) / m for j in range(3)])
    assert np.allclose(numeric, by_hand, atol=1e-6)
    assert np.allclose(numeric, X.T @ (X @ theta - y) / m, atol=1e-6)
    assert not np.allclose(numeric, by_hand / 2, atol=1e-3)  # the planted middle line's 1/(2m)


def test_the_real_post_with_its_update_written_with_equals_ends_at_the_gradient(tmp_path):
    result, review = _run(tmp_path, ZH_POST)
    assert result.exit_code == 0, result.output
    assert review["ending"] == "gradient" and _first_wrong_line(review) is None
    assert any(note.startswith("line 30 is an update rule (written with '=': the name again after it, then a learning "
                               "rate), not a step") for note in review["notes"])


@pytest.mark.parametrize("sign", ["-", "+"])
def test_an_update_with_a_sums_bound_after_the_steps_is_no_step(tmp_path, sign):
    """The update's sign (descent or ascent) is no step of ∂J/∂θⱼ: either way the derivation ends at the gradient."""
    text = STEPS_THEN_UPDATE.replace("MIDDLE", r"\frac{1}{m}").replace("SIGN", sign)
    result, review = _run(tmp_path, text)
    assert result.exit_code == 0, result.output
    assert review["ending"] == "gradient" and _first_wrong_line(review) is None


def test_a_slip_in_the_steps_before_the_update_is_still_found_at_its_line(tmp_path):
    text = STEPS_THEN_UPDATE.replace("MIDDLE", r"\frac{1}{2m}").replace("SIGN", "-")
    result, review = _run(tmp_path, text)
    assert result.exit_code == 1, result.output
    assert _first_wrong_line(review) == 9


def test_a_bold_weights_update_after_the_matrix_gradient_is_no_step(tmp_path):
    result, review = _run(tmp_path, MATRIX_THEN_UPDATE)
    assert result.exit_code == 0, result.output
    assert review["ending"] == "gradient"
    assert any("line 11 is an update rule (written with '='" in note for note in review["notes"])


def test_another_name_on_the_right_is_no_update(tmp_path):
    """θⱼ = θₖ − α… updates nothing (another name after the '='): not set aside, read (here refused: k is free)."""
    text = STEPS_THEN_UPDATE.replace("MIDDLE", r"\frac{1}{m}").replace("SIGN", "-").replace(
        r"$$\theta_j = \theta_j", r"$$\theta_j = \theta_k")
    result, _ = _run(tmp_path, text)
    assert result.exit_code == 2 and "the index k is free" in result.output


def test_a_long_update_stays_fast():
    long = r"\theta_j = \theta_j - \alpha " + r"\sum_{i=1}^{m} x_{i} + " * 1200 + "1"
    assert len(long) > 20000
    assert page._rate_step(long) is not None
    assert page._rate_step(long.replace(r"\theta_j - ", r"\theta_k - ")) is None

    # counted, not timed (tests/work.py): about 52 calls a sum (62,500 at 1,200 sums: the bounds are blanked character
    # by character); the update's pattern itself is one regular expression's work, timed as a ratio by
    # benchmarks/scaling.py ("rate step")
    def read(n):
        long = r"\theta_j = \theta_j - \alpha " + r"\sum_{i=1}^{m} x_{i} + " * n + "1"
        return lambda: (page._rate_step(long), page._rate_step(long.replace(r"\theta_j - ", r"\theta_k - ")))

    assert_linear(read, 300)


# ---- 2. a squared error named only in words, judged against the default logistic cost -----------------------------
#
# "Linear regression minimises the mean squared error", then ∂J/∂θⱼ: no line defines J, so the lines were checked
# against the default logistic cost (a note said so) — (2/m)Σ(h − y)xⱼ, right for the mean squared error, was
# "✗ wrong", and (1/m)Σ(h − y)xⱼ beside h = σ(θᵀx), wrong for it (the σ′ factor is missing), "✓ the gradient".

MSE_WORDS = r'''Linear regression minimises the mean squared error over the $m$ training examples. Its partial derivatives are

$$\frac{\partial J}{\partial \theta_j} = FACTOR\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)}$$
'''
SIGMOID_MSE_WORDS = r'''We fit $h_\theta(x) = \sigma(\theta^T x)$ by minimising the mean squared error over the $m$ examples. Differentiating,

$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)}$$
'''


def test_the_named_costs_gradients_by_finite_differences():
    """By hand: the mean squared error (1/m)Σ(θᵀx − y)² has ∂/∂θⱼ = (2/m)Σ(θᵀx − y)xⱼ; with h = σ(θᵀx) it is
    (2/m)Σ(h − y)h(1 − h)xⱼ, not (1/m)Σ(h − y)xⱼ (the log-loss's gradient)."""
    rng = np.random.default_rng(133)
    X, y, theta = rng.normal(size=(7, 3)), rng.uniform(size=7), rng.normal(size=3)
    m = len(y)
    linear = central_differences(lambda t: np.mean((X @ t - y) ** 2), theta)
    assert np.allclose(linear, 2 / m * X.T @ (X @ theta - y), atol=1e-6)
    sigma = lambda t: 1 / (1 + np.exp(-X @ t))  # noqa: E731
    squared = central_differences(lambda t: np.mean((sigma(t) - y) ** 2), theta)
    h = sigma(theta)
    assert np.allclose(squared, 2 / m * X.T @ ((h - y) * h * (1 - h)), atol=1e-6)
    assert not np.allclose(squared, X.T @ (h - y) / m, atol=1e-3)
    log_loss = central_differences(lambda t: -np.mean(y * np.log(sigma(t)) + (1 - y) * np.log(1 - sigma(t))), theta)
    assert np.allclose(log_loss, X.T @ (h - y) / m, atol=1e-6)  # what the default cost made "the gradient"


@pytest.mark.parametrize("text", [MSE_WORDS.replace("FACTOR", r"\frac{2}{m}"), MSE_WORDS.replace("FACTOR", r"\frac{1}{m}"),
                                  SIGMOID_MSE_WORDS], ids=["two-over-m", "one-over-m", "sigmoid"])
def test_a_squared_error_named_in_words_is_refused_naming_the_words(tmp_path, text):
    result, _ = _run(tmp_path, text)
    assert result.exit_code == 2, result.output
    assert "names 'mean squared error' in words, a cost other than the log-loss, and no line defines the cost" \
        in result.stderr


def test_the_named_squared_error_given_with_cost_is_judged(tmp_path):
    """With --cost, the page is judged against it: (1/m)Σ(h − y)xⱼ is the gradient of --cost linear, (1/2m)Σ(θᵀx − y)²."""
    path = tmp_path / "notes.md"
    path.write_text(MSE_WORDS.replace("FACTOR", r"\frac{1}{m}"), encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json", "--cost", "linear", "--timeout", "60"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ending"] == "gradient"


@pytest.mark.parametrize("words", [
    "The squared error is not convex here, so we minimise the cross-entropy instead.",
    "Unlike least squares, logistic regression maximises the likelihood.",
])
def test_a_page_naming_a_log_loss_too_keeps_the_default(tmp_path, words):
    """h = σ(θᵀx) and a log-loss named beside the squared error: here the log-loss is the page's cost, but "the mean
    squared error instead of the cross-entropy" beside h = σ(θᵀx) means the squared error, and the words alone do not
    tell the two apart (audit33g): refused naming both, never judged against a cost the page may not use."""
    text = SIGMOID_MSE_WORDS.replace("by minimising the mean squared error over the $m$ examples. Differentiating,",
                                     words)
    result, _ = _run(tmp_path, text)
    assert result.exit_code == 2, result.output
    assert "too: which is the page's cost, the words do not say" in result.stderr


LINEAR_WORDS = r'''For linear regression the partial derivatives are

$$\frac{\partial J}{\partial \theta_j} = \frac{2}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)}$$
'''


def test_linear_regression_named_in_words_is_refused(tmp_path):
    """(2/m)Σ(h − y)xⱼ, the mean squared error's gradient, was 'wrong at line 3' against the logistic default."""
    result, _ = _run(tmp_path, LINEAR_WORDS)
    assert result.exit_code == 2, result.output
    assert "names 'linear regression' in words" in result.stderr


def test_linear_regression_set_apart_from_a_sigmoid_keeps_the_default(tmp_path):
    """"Unlike linear regression, here h = σ(θᵀx)": the page's model is the sigmoid's; read against the default."""
    text = LINEAR_WORDS.replace("For linear regression the partial derivatives are",
                                r"Unlike linear regression, here $h_\theta(x) = \sigma(\theta^T x)$. The partial "
                                "derivatives are").replace(r"\frac{2}{m}", r"\frac{1}{m}")
    result, review = _run(tmp_path, text)
    assert result.exit_code == 0, result.output
    assert review["ending"] == "gradient"


def test_the_words_are_found_fast_on_a_long_page():
    from logderiv.notation.cost_words import squared_error_named

    long = "squared " * 3000 + "mean error " * 1000
    assert len(long) > 20000
    assert squared_error_named(long) is None
    assert squared_error_named(long + " least squares") is not None

    # counted, not timed (tests/work.py): 8 calls at any length, the work all regular expressions', which a count
    # cannot see; benchmarks/scaling.py times it as a ratio ("squared error words")
    def read(n):
        long = "squared " * (3 * n) + "mean error " * n
        return lambda: (squared_error_named(long), squared_error_named(long + " least squares"))

    assert_linear(read, 250)


# ---- 3. an update written with '=' in a derivation file (.tex, text), where every line is a step ------------------

@pytest.mark.parametrize("name,text,line", [
    ("steps.txt", "dJ/dtheta_j = (1/m) * sum_i (h(x^(i)) - y^(i)) * x_j^(i)\n"
                  "theta_j = theta_j - alpha * (1/m) * sum_i (h(x^(i)) - y^(i)) * x_j^(i)\n", 2),
    ("steps.tex", "\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^{m}(h_\\theta(x^{(i)}) - y^{(i)})x_j^{(i)}\n\n"
                  "\\theta_j = \\theta_j - \\alpha \\frac{1}{m}\\sum_{i=1}^{m}(h_\\theta(x^{(i)}) - y^{(i)})x_j^{(i)}\n", 3),
    ("align.tex", "\\begin{align*}\n"
                  "\\frac{\\partial J}{\\partial \\theta_j} &= \\frac{1}{m}\\sum_{i=1}^{m}(h_\\theta(x^{(i)}) - y^{(i)})x_j^{(i)} \\\\\n"
                  "\\theta_j &= \\theta_j - \\alpha \\frac{1}{m}\\sum_{i=1}^{m}(h_\\theta(x^{(i)}) - y^{(i)})x_j^{(i)}\n"
                  "\\end{align*}\n", 3),
], ids=["text", "tex", "align"])
def test_an_update_line_in_a_derivation_file_is_refused(tmp_path, name, text, line):
    """The first line is the logistic default's gradient (checked above by finite differences): right; the update
    after it was judged a step, 'wrong at line …'. Now refused at the update's line, naming it."""
    result, _ = _run(tmp_path, text, name)
    assert result.exit_code == 2, result.output
    assert f"line {line} is an update rule written with '='" in result.stderr


def test_a_derivation_file_without_the_update_still_ends_at_the_gradient(tmp_path):
    text = "dJ/dtheta_j = (1/m) * sum_i (h(x^(i)) - y^(i)) * x_j^(i)\n"
    result, review = _run(tmp_path, text, "steps.txt")
    assert result.exit_code == 0 and review["ending"] == "gradient"
    # another name after the '=' is no update: read as a line (here: unknown names, refused otherwise)
    assert page.update_row("theta_j = theta_k - alpha * g_j\n") is None
    assert page.update_row("x = 1\n" + "theta_j = theta_j - alpha * g_j \\\\ y = 2\n") == 6


def test_the_update_row_scan_stays_fast():
    long = ("a_{i=1} = b + c \\\\ " * 1500) + "\n"
    assert len(long) > 20000
    assert page.update_row(long * 3) is None

    # counted, not timed (tests/work.py): about 117 calls a row (176,000 at three lines of 1,500 rows)
    def rows(n):
        long = ("a_{i=1} = b + c \\\\ " * n) + "\n"
        return lambda: page.update_row(long * 3)

    assert_linear(rows, 250)
