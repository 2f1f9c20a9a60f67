"""fixcold14 (issue 10): cold14's blind derivations — rules a careful reader uses, and pages that mean something else.

What each page means was worked by hand (tests/derivations_cold14/expected.txt, never logderiv's output); the facts
the synthetic pages rest on are checked here by central finite differences with NumPy:

* J(w, b) = (1/2m) Σ(yᵢ − (w xᵢ + b))² is the linear preset (1/2m) Σ(θᵀx⁽ⁱ⁾ − yᵢ)² at θ = (b, w), x⁽ⁱ⁾ = (1, xᵢ), and
  its gradient (1/m) Σ(yᵢ − (w xᵢ + b))(−xᵢ), (1/m) Σ(yᵢ − (w xᵢ + b))(−1); the mean of squares without ½ is twice it;
* the logistic cost with one feature, −(1/m) Σ[yᵢ log σ(w xᵢ + b) + …], has ∂/∂b = (1/m) Σ(σ(w xᵢ + b) − yᵢ);
* the log-likelihood ℓ(β) = Σ[yᵢ log σ(xᵢᵀβ) + (1 − yᵢ) log(1 − σ(xᵢᵀβ))] has ∇ℓ = Σ xᵢ(yᵢ − σ(xᵢᵀβ)).

The rules: --cost's preset against a page whose cost has one feature (w one number beside b) read as the preset with
one feature; a first line Σᵢ ∂/∂β[…] that writes the log-likelihood ℓ out defines it.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import display
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_COLD14 = Path(__file__).parent / "derivations_cold14"
#: the pages these rules read, each judged as its expected.txt row says (ending and first wrong line by hand)
_READ = ["cn_adam_post_linear_wb_gradient.md", "cn_adam_post_linear_wb_gradient_planted_b_sign.md"]
_ONE_FEATURE = "one feature and an intercept (θᵀx with x = (1, x))"


def _sigmoid(z):
    return 1 / (1 + numpy.exp(-z))


def test_the_hand_worked_gradients_by_finite_differences():
    generator = numpy.random.default_rng(1414)
    m = 7
    x, y = generator.normal(size=m), generator.normal(size=m)
    w, b = generator.normal(size=2)

    def half_mean(v):
        return numpy.sum((y - (v[0] * x + v[1])) ** 2) / (2 * m)

    # the preset with θ = (b, w) and x⁽ⁱ⁾ = (1, xᵢ) is the page's cost, point by point
    ones = numpy.column_stack([numpy.ones(m), x])
    assert numpy.isclose(numpy.sum((ones @ numpy.array([b, w]) - y) ** 2) / (2 * m), half_mean(numpy.array([w, b])))
    residual = y - (w * x + b)
    numeric = central_differences(half_mean, numpy.array([w, b]))
    assert numpy.allclose(numeric, [numpy.sum(residual * -x) / m, numpy.sum(residual * -1) / m], atol=1e-6)
    assert not numpy.isclose(numeric[1], numpy.sum(residual * 1) / m)  # the planted (1) for (−1)
    # without ½ the cost is twice the preset: a page of it is not --cost linear
    assert numpy.allclose(central_differences(lambda v: 2 * half_mean(v), numpy.array([w, b])), 2 * numeric)
    labels = (generator.random(m) < 0.5).astype(float)

    def cross_entropy(v):
        h = _sigmoid(v[0] * x + v[1])
        return -numpy.sum(labels * numpy.log(h) + (1 - labels) * numpy.log(1 - h)) / m

    h = _sigmoid(w * x + b)
    assert numpy.allclose(central_differences(cross_entropy, numpy.array([w, b])),
                          [numpy.sum((h - labels) * x) / m, numpy.sum(h - labels) / m], atol=1e-6)
    X, beta = generator.normal(size=(m, 3)), generator.normal(size=3)

    def log_likelihood(v):
        p = _sigmoid(X @ v)
        return numpy.sum(labels * numpy.log(p) + (1 - labels) * numpy.log(1 - p))

    assert numpy.allclose(central_differences(log_likelihood, beta), X.T @ (labels - _sigmoid(X @ beta)), atol=1e-6)


@pytest.mark.parametrize("file", _READ)
def test_cold14_pages_read_as_worked_by_hand(file):
    row = next(row for row in read_table(_COLD14) if row.file == file)
    assert outcome(_COLD14, row) == ("right", "")


def _wb_page(cost: str, by_w: str, by_b: str) -> str:
    """A page of one-feature regression: its cost J(w, b), then ∂J/∂w and ∂J/∂b in one aligned display."""
    return (f"Consider the model $y = wx + b$ and the cost:\n\n$$\nJ(w, b) = {cost}\n$$\n\nThe gradients:\n\n$$\n"
            f"\\begin{{aligned}}\n\\frac{{\\partial J}}{{\\partial w}} &= {by_w} \\\\\n"
            f"\\frac{{\\partial J}}{{\\partial b}} &= {by_b}\n\\end{{aligned}}\n$$\n")


_HALF_MEAN = r"\frac{1}{2m} \sum_{i=1}^{m} (y_i - (wx_i + b))^2"
_RESIDUAL = r"\sum_{i=1}^{m} (y_i - (wx_i + b))"
_LOGISTIC = (r"-\frac{1}{m} \sum_{i=1}^{m} \left[y_i \log \sigma(wx_i + b) + (1 - y_i) \log(1 - \sigma(wx_i + b))"
             r"\right]")


def test_a_one_feature_page_is_the_linear_preset_with_one_feature(tmp_path):
    """(1/m) Σ(yᵢ − (wxᵢ + b))(−xᵢ) and (…)(−1): both right (finite differences above), against --cost linear."""
    page = _wb_page(_HALF_MEAN, rf"\frac{{1}}{{m}} {_RESIDUAL}(-x_i)", rf"\frac{{1}}{{m}} {_RESIDUAL}(-1)")
    code, ending, wrong, review = _review_with(tmp_path, page, "linear")
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(_ONE_FEATURE in note for note in review["notes"])


def _review_with(tmp_path, page: str, cost: str):
    """The exit code, ending, first wrong line and JSON review of ``page`` checked against ``--cost cost``."""
    result = _steps(tmp_path, page, "--cost", cost, "-f", "json", "--timeout", "60")
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
    return result.exit_code, review["ending"], wrong[:1], review


def test_a_one_feature_logistic_page_is_the_logistic_preset_and_its_slip_found(tmp_path):
    """The rule is the model's, not the linear preset's: σ(wxᵢ + b) against --cost logistic; ∂J/∂b's sign flipped."""
    right = _wb_page(_LOGISTIC, r"\frac{1}{m} \sum_{i=1}^{m} (\sigma(wx_i + b) - y_i) x_i",
                     r"\frac{1}{m} \sum_{i=1}^{m} (\sigma(wx_i + b) - y_i)")
    assert _review_with(tmp_path, right, "logistic")[:3] == (0, "gradient", [])
    flipped = right.replace(r"(\sigma(wx_i + b) - y_i)" + "\n", r"(y_i - \sigma(wx_i + b))" + "\n")
    assert flipped != right
    assert _review_with(tmp_path, flipped, "logistic")[:3] == (1, "wrong", [12])


@pytest.mark.parametrize("cost, given", [
    # a mean of squares without ½: twice the preset, whatever the parameters
    (r"\frac{1}{m} \sum_{i=1}^{m} (y_i - (wx_i + b))^2", "linear"),
    # the one-feature squared error is no cross-entropy
    (_HALF_MEAN, "logistic"),
    # the L2 preset's Σₖ θₖ² with one feature would penalise b too; the page has no penalty at all
    (_HALF_MEAN, "linear-l2"),
])
def test_a_one_feature_page_of_another_cost_is_still_refused(tmp_path, cost, given):
    page = _wb_page(cost, rf"\frac{{1}}{{m}} {_RESIDUAL}(-x_i)", rf"\frac{{1}}{{m}} {_RESIDUAL}(-1)")
    result = _steps(tmp_path, page, "--cost", given, "--timeout", "60")
    assert result.exit_code == 2 and f"which is not --cost {given}" in result.stderr, result.stderr


def test_a_slope_with_no_intercept_apart_is_not_the_preset(tmp_path):
    """J(w) = (1/2m) Σ(yᵢ − w xᵢ)²: the preset with one feature has an intercept (x = (1, xᵢ)); this model has none."""
    page = ("$$\nJ(w) = \\frac{1}{2m} \\sum_{i=1}^{m} (y_i - wx_i)^2\n$$\n\n"
            "$$\n\\frac{\\partial J}{\\partial w} = \\frac{1}{m} \\sum_{i=1}^{m} (y_i - wx_i)(-x_i)\n$$\n")
    result = _steps(tmp_path, page, "--cost", "linear", "--timeout", "60")
    assert result.exit_code == 2 and "which is not --cost linear" in result.stderr, result.stderr


_LOG_LIKELIHOOD_TERMS = (r"\left[ y_i \log \sigma(x_i^T \beta) + (1-y_i) \log (1 - \sigma(x_i^T \beta)) \right]")


def _likelihood_page(last: str) -> str:
    """A chain that writes ℓ(β) out term by term under Σᵢ ∂/∂β, then simplifies to ``last``."""
    return ("```math\n\\begin{split}\n"
            rf"\frac{{\partial \ell(\beta)}}{{\partial \beta}} &= \sum_{{i=1}}^n \frac{{\partial}}{{\partial \beta}} "
            rf"{_LOG_LIKELIHOOD_TERMS} \\" "\n"
            r"&= \sum_{i=1}^n \left[ y_i (1-\sigma(x_i^T \beta)) x_i - (1-y_i) \sigma(x_i^T \beta) x_i \right] \\" "\n"
            rf"&= {last}" "\n\\end{split}\n```\n")


def test_a_log_likelihood_written_out_term_by_term_defines_it(tmp_path):
    """Σᵢ ∂/∂β[yᵢ log σ + …] is ∂/∂β of the sum: ℓ is the sum; Σ xᵢ(yᵢ − σ(xᵢᵀβ)) is ∇ℓ (above), its negative is not."""
    right = _review(tmp_path, _likelihood_page(r"\sum_{i=1}^n x_i (y_i - \sigma(x_i^T \beta))"))
    assert right[:3] == (0, "gradient", [])
    assert any("writes the cost out as a sum of derivatives" in note for note in right[3]["notes"])
    flipped = _review(tmp_path, _likelihood_page(r"\sum_{i=1}^n x_i (\sigma(x_i^T \beta) - y_i)"))
    assert flipped[:3] == (1, "wrong", [5])  # the page's last line, its third step


def test_a_log_likelihood_never_written_out_is_still_refused(tmp_path):
    """∂ℓ(β)/∂β = Σᵢ[…] with no ℓ anywhere: the log-likelihood, or a cost J of the other sign? Not said."""
    page = ("```math\n"
            r"\frac{\partial \ell(\beta)}{\partial \beta} = \sum_{i=1}^n x_i (y_i - \sigma(x_i^T \beta))" "\n```\n")
    result = _steps(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2 and "which the notes do not define" in result.stderr, result.stderr


def test_the_one_feature_reading_is_noted_in_every_format(tmp_path):
    path = _COLD14 / "cn_adam_post_linear_wb_gradient.md"
    text = path.read_text(encoding="utf-8")
    for form in ("json", "text", "markdown"):
        result = _steps(tmp_path, text, "--cost", "linear", "-f", form, "--timeout", "60")
        assert result.exit_code == 0, result.output
        notes = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout
        assert _ONE_FEATURE in notes, form


def test_a_name_set_alone_on_a_line_of_a_sentence_is_prose():
    """A notebook's "introducing\\n$m$ and\\n$b$": the $b$ line is a word of the paragraph's sentence, not a display;
    a name alone after a blank line, and an equation alone on its line, are displays as before."""
    from logderiv.notation.notes import display_blocks

    def displayed(text: str) -> list[str]:
        return [text[block.maths[0]:block.maths[1]].strip() for block in display_blocks(text)]

    cost = "$$\nMSE = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat{y_i})^2\n$$\n"
    assert displayed(f"Fine tuning this by introducing \n$m$ and \n$b$\n\n{cost}") == [
        "MSE = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat{y_i})^2"]
    assert displayed(f"The slope and the intercept:\n\n$b$\n\n{cost}")[0] == "b"
    assert displayed(f"With the model\n$\\hat{{y}} = wx + b$\n\n{cost}")[0] == "\\hat{y} = wx + b"


def test_the_notebook_with_a_slope_named_m_is_refused_for_its_slope(tmp_path):
    """cold14's gd_notebook page: ∂MSE/∂m, its slope m where logderiv's count is m (and ŷ defined only in the code
    below the cut) — refused for that, no longer for a count n against the default cost's features."""
    text = (_COLD14 / "gd_notebook_mse_m_b_one_display.md").read_text(encoding="utf-8")
    result = _steps(tmp_path, text, "--timeout", "60")
    assert result.exit_code == 2 and "for a slope named m" in result.stderr, result.stderr
    assert "counts its features by n" not in result.stderr


def test_a_barred_name_is_refused_with_its_two_meanings(tmp_path):
    """cold14's creative_ml notebook writes ȳᵢ for the prediction it called ŷ; ȳ is also the targets' mean (one
    number, so (ȳ − yᵢ)² would be no model's residual). Neither is read: refused, the reason naming both."""
    text = (_COLD14 / "creative_ml_mse_gradient_missing_1_over_n.md").read_text(encoding="utf-8")
    result = _steps(tmp_path, text, "--timeout", "60")
    assert result.exit_code == 2 and "a mean in statistics" in result.stderr and "prediction" in result.stderr, \
        result.stderr
    mean = display(r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m}(\theta^T x^{(i)} - \bar{y}) x_j^{(i)}")
    result = _steps(tmp_path, mean, "--cost", "linear", "--timeout", "60")
    assert result.exit_code == 2 and "a mean in statistics" in result.stderr, result.stderr
