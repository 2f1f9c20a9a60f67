"""fixcold32c: the next blockers of tests/derivations_cold32, read as their writers mean them (or refused).

Each section quotes the real text (with its source), the result worked out by hand and checked with NumPy
(finite differences), never against logderiv, and the near-variants that must still be refused or caught.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy
import pytest

from _derivations_table import outcome_of, steps_of_page as _steps
from work import assert_linear

_COLD32 = Path(__file__).parent / "derivations_cold32"


def _review(tmp_path: Path, text: str, *options: str):
    """The exit code, ending, first wrong line (a list of at most one) and JSON review of ``logderiv steps``."""
    result = _steps(tmp_path, text, "-f", "json", "--timeout", "60", *options)
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    review = json.loads(result.stdout)
    wrong = sorted(step["line"] for step in review["steps"] if step["valid"] is False)
    return result.exit_code, review["ending"], wrong[:1], review


def _linear_cost(theta: numpy.ndarray, X: numpy.ndarray, y: numpy.ndarray) -> float:
    return float(((X @ theta - y) ** 2).sum() / (2 * len(y)))


def _finite_differences(cost, theta: numpy.ndarray) -> numpy.ndarray:
    step = 1e-6
    return numpy.array([(cost(theta + step * e) - cost(theta - step * e)) / (2 * step) for e in numpy.eye(len(theta))])


# -- a bare y as a term of its own under ∂/∂θⱼ, beside yᵢ in the same sum ----------------------------------------
#
# Public code index file 33759297984 (English Markdown notes "Convex Optimization - Gradient Descent", "### Example -
# linear regression"; tests/derivations_cold32/en_notes_linear_theta_j_theta_0_gradient_descent_dotproduct.md):
#   ∂J/∂θⱼ = ∂/∂θⱼ (1/2m) Σ(ŷᵢ − yᵢ)² = 2 \dotproduct (1/2m) Σ (ŷᵢ − yᵢ) ∂/∂θⱼ(ŷᵢ − y) = (1/m) Σ(ŷᵢ − y) x_{ij}
# The y of ∂/∂θⱼ(ŷᵢ − y) lost its index. Read as yᵢ or as a different, unindexed y, ∂/∂θⱼ(ŷᵢ − y) = x_{ij} either
# way (data do not depend on θ), so the readings agree. By hand the chain ends at the gradient (1/m) Σ(ŷᵢ − yᵢ)x_{ij}.

_DOT_PAGE = "en_notes_linear_theta_j_theta_0_gradient_descent_dotproduct.md"


def test_the_hand_worked_linear_gradient_by_finite_differences():
    generator = numpy.random.default_rng(32)
    X = numpy.column_stack([numpy.ones(7), generator.normal(size=(7, 2))])
    y, theta = generator.normal(size=7), numpy.array([0.2, -0.5, 0.7])
    by_hand = X.T @ (X @ theta - y) / 7  # (1/m) Σ (ŷᵢ − yᵢ) x_{ij}, x_{i0} = 1 for θ₀
    assert numpy.allclose(_finite_differences(lambda t: _linear_cost(t, X, y), theta), by_hand, atol=1e-6)


def test_the_dot_product_page_is_read_to_its_gradient():
    assert outcome_of(_COLD32, _DOT_PAGE) == ("right", "")


def test_the_dot_product_page_says_the_bare_label_vanishes(tmp_path):
    code, ending, wrong, review = _review(tmp_path, (_COLD32 / _DOT_PAGE).read_text(encoding="utf-8"), "--cost",
                                          "linear")
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("stands as a term of its own under a derivative by a parameter" in note for note in review["notes"])


def _page(inner: str, last: str = r"\frac{1}{m}\sum(\hat{y}_i - y)x_{ij}") -> str:
    text = (_COLD32 / _DOT_PAGE).read_text(encoding="utf-8")
    written = r"\frac{\partial }{\partial \theta_j}(\hat{y}_i - y)"
    assert written in text
    text = text.replace(written, inner)
    return text.replace(r"\frac{1}{m}\sum(\hat{y}_i - y)x_{ij}", last)


def test_a_halved_last_line_is_still_caught_after_the_bare_label(tmp_path):
    # (1/2m) Σ (ŷᵢ − yᵢ) x_{ij} is half the gradient: wrong at line 15, its first wrong step
    code, ending, wrong, _ = _review(tmp_path, _page(r"\frac{\partial }{\partial \theta_j}(\hat{y}_i - y)",
                                                     r"\frac{1}{2m}\sum(\hat{y}_i - y)x_{ij}"), "--cost", "linear")
    # (the page's ending is the display's last row's, ∂J/∂θ₀'s: the rows of one display end where the last does)
    assert (code, wrong) == (1, [15])


@pytest.mark.parametrize("inner", [
    # a factor, not a term: ∂/∂θⱼ(ŷᵢ y) is y x_{ij} or yᵢ x_{ij}, which differ
    r"\frac{\partial }{\partial \theta_j}(\hat{y}_i y)",
    # outside the derivative: (ŷᵢ − y) is a value of its own, and the readings differ
    r"(\hat{y}_i - y)",
])
def test_a_bare_label_that_matters_is_still_refused(tmp_path, inner):
    result = _steps(tmp_path, _page(inner), "--cost", "linear")
    assert result.exit_code == 2, result.output
    assert "has no example index, though the same sum writes y with it" in result.stderr


def test_the_vanishing_terms_walk_stays_fast():
    from logderiv.notation import differentiated_data, parse_text

    def walk(n: int) -> Callable[[], set[int]]:
        tree = parse_text(r"\frac{\partial}{\partial \theta_j}(" + " - ".join(["y"] * n) + ")").tree
        return lambda: differentiated_data.vanishing_terms(tree)

    assert len(walk(3000)()) == 3000
    # counted, not timed (tests/work.py): one pass over the tree, about 21 calls a term (6,300 at 300 terms, 25,200
    # at 1,200)
    assert_linear(walk, 300)


# -- the cost named by the parameter vector's components, J(θ₀, θ₁, ⋯, θₙ), beside lines in matrix form ------------
#
# Public code index file 32403590343 (Coursera ML notes "# Week 2", "## Normal equation";
# tests/derivations_cold32/en_notes_normal_equation_one_over_2m_lost_in_rewrite.md, line 3):
#   J(\theta_0, \theta_1, \cdots, \theta_n) = \frac{1}{2m}\sum^m_{i=1}(h_\theta(x^{(i)})-y^{(i)})^2
# Ng's name of the cost of the whole vector θ = (θ₀, …, θₙ). By hand, for J = (1/2m)(Xθ − y)ᵀ(Xθ − y),
# ∇J = (1/m)Xᵀ(Xθ − y) (checked by finite differences below).

def _named_page(arguments: str) -> str:
    return ("$$\n" rf"J({arguments}) = \frac{{1}}{{2m}}(X\theta - y)^T(X\theta - y)" "\n$$\n\n"
            "$$\n" r"\nabla_\theta J = \frac{1}{m}X^T(X\theta - y)" "\n$$\n")


def test_the_matrix_gradient_by_finite_differences():
    generator = numpy.random.default_rng(3)
    X, y, theta = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3)
    by_hand = X.T @ (X @ theta - y) / 6
    assert numpy.allclose(_finite_differences(lambda t: _linear_cost(t, X, y), theta), by_hand, atol=1e-6)


def test_the_listed_components_name_the_cost(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _named_page(r"\theta_0, \theta_1, \cdots, \theta_n"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("names the cost by the parameter vector's components" in note for note in review["notes"])


def test_the_listed_components_with_a_halved_gradient_are_caught(tmp_path):
    text = _named_page(r"\theta_0, \theta_1, \ldots, \theta_n").replace(r"\frac{1}{m}X^T", r"\frac{1}{2m}X^T")
    code, ending, wrong, _ = _review(tmp_path, text)
    assert (code, ending, wrong) == (1, "wrong", [6])  # the ∇ line is the page's line 6


@pytest.mark.parametrize("arguments", [
    r"\theta_1, \theta_2, \cdots, \theta_n",  # from θ₁: the vector without its intercept, or all of it?
    r"\theta_0, \theta_1",  # two components, no ellipsis: a cost of two numbers
])
def test_other_argument_lists_are_still_refused(tmp_path, arguments):
    result = _steps(tmp_path, _named_page(arguments))
    assert result.exit_code == 2, result.output


def test_the_normal_equation_page_goes_past_its_cost_name(tmp_path):
    # past J(θ₀, θ₁, ⋯, θₙ) (line 3) and, with fixcold33a's inverse, past θ = (XᵀX)⁻¹Xᵀy (line 17): the page is read
    # to its end, and its 1/2m, lost in line 10's rewrite of the cost (10.60406 against J = 0.75743 in the row's hand
    # working), is the first wrong line; line 15's 2XᵀXθ − 2Xᵀy, 2m times the gradient, is wrong too
    code, ending, wrong, _ = _review(tmp_path, (_COLD32 / "en_notes_normal_equation_one_over_2m_lost_in_rewrite.md")
                                     .read_text(encoding="utf-8"), "--cost", "linear")
    assert (code, ending, wrong) == (1, "wrong", [10])


# -- Σᵢ ∂J/∂ŷ⁽ⁱ⁾ · ∂ŷ⁽ⁱ⁾/∂W_j: the summed cost by one example's prediction, inside a sum over the examples -----------
#
# mukul-rathi/old-personal-website, posts/demystifying-deep-learning/learning-gradient-descent/index.md at commit
# 2efad2055fc6c4a7540e2982439ccf48e688c622 (tests/derivations_cold32/en_blog_linear_w_j_b_chain_through_y_hat.md):
#   J(W,b) = \frac{1}{2m} \sum_{i=1}^{m}(\hat{y}^{(i)} - y^{(i)})^2, ŷ⁽ⁱ⁾ = Σⱼ Wⱼxⱼ⁽ⁱ⁾ + b, then
#   \frac{\partial{J}}{\partial{W_j}} = \sum_{i=1}^{m}\frac{\partial{J}}{\partial{\hat{y}^{(i)}}}*\frac{\partial{\hat{y}^{(i)}}}
#       {\partial{W_j}} = \frac{1}{m} \sum_{i=1}^{m}(\hat{y}^{(i)} - y^{(i)})*x^{(i)}_j
# J is a function of the m predictions; ∂J/∂ŷ⁽ⁱ⁾ = (1/m)(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) (by hand, and by finite differences in ŷ₁
# below), ∂ŷ⁽ⁱ⁾/∂Wⱼ = xⱼ⁽ⁱ⁾: the chain's sum is the gradient (1/m)Σ(ŷ − y)xⱼ. The planted copy's (1/2m) is half of it.

_LINEAR_BLOG = "en_blog_linear_w_j_b_chain_through_y_hat.md"


def test_the_chain_factor_by_finite_differences():
    generator = numpy.random.default_rng(19)
    predictions, labels = generator.normal(size=7), generator.normal(size=7)

    def cost(p):
        return float(((p - labels) ** 2).sum() / 14)

    by_hand = (predictions - labels) / 7  # ∂J/∂ŷ⁽ⁱ⁾ = (1/m)(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾), each i
    assert numpy.allclose(_finite_differences(cost, predictions), by_hand, atol=1e-6)
    # and summed against xⱼ⁽ⁱ⁾ = ∂ŷ⁽ⁱ⁾/∂Wⱼ it is the gradient by Wⱼ
    X = generator.normal(size=(7, 2))
    theta = numpy.array([0.2, -0.5, 0.7])
    design = numpy.column_stack([numpy.ones(7), X])
    chain = design.T @ ((design @ theta - labels) / 7)
    assert numpy.allclose(_finite_differences(lambda t: _linear_cost(t, design, labels), theta), chain, atol=1e-6)


@pytest.mark.parametrize("file, outcome", [(_LINEAR_BLOG, ("right", "")),
                                           ("en_blog_linear_w_j_b_chain_through_y_hat_planted_constant.md",
                                            ("right", ""))])
def test_the_linear_blog_pages_are_judged_as_by_hand(file, outcome):
    assert outcome_of(_COLD32, file) == outcome


def test_the_chain_factor_is_noted(tmp_path):
    code, ending, wrong, review = _review(tmp_path, (_COLD32 / _LINEAR_BLOG).read_text(encoding="utf-8"),
                                          "--cost", "linear")
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("its derivative by the i-th is the derivative of the i-th term alone" in note
               for note in review["notes"])


_W_CHAIN = r"\sum_{i=1}^{m}\frac{\partial{J}}{\partial{\hat{y}^{(i)}}}*\frac{\partial{\hat{y}^{(i)}}}{\partial{W_j}}"


def test_a_chain_without_its_inner_factor_is_wrong(tmp_path):
    # Σᵢ ∂J/∂ŷ⁽ⁱ⁾ alone is (1/m)Σ(ŷ − y), ∂J/∂b, not ∂J/∂Wⱼ: wrong at line 19
    text = (_COLD32 / _LINEAR_BLOG).read_text(encoding="utf-8")
    assert _W_CHAIN in text
    text = text.replace(_W_CHAIN, r"\sum_{i=1}^{m}\frac{\partial{J}}{\partial{\hat{y}^{(i)}}}")
    code, ending, wrong, _ = _review(tmp_path, text, "--cost", "linear")
    assert (code, wrong) == (1, [19])


def test_a_chain_factor_outside_a_sum_is_still_refused(tmp_path):
    # ∂J/∂ŷ⁽ⁱ⁾ · ∂ŷ⁽ⁱ⁾/∂Wⱼ without Σᵢ: one example's factor in the whole cost's derivative (which example?)
    text = (_COLD32 / _LINEAR_BLOG).read_text(encoding="utf-8").replace(
        _W_CHAIN, r"\frac{\partial{J}}{\partial{\hat{y}^{(i)}}}*\frac{\partial{\hat{y}^{(i)}}}{\partial{W_j}}")
    result = _steps(tmp_path, text, "--cost", "linear")
    assert result.exit_code == 2, result.output


def _prediction_terms():
    import sympy

    from logderiv.notation import symbols

    i, k = symbols.example_index, sympy.Symbol("k", integer=True, positive=True)
    w, x, y = sympy.IndexedBase("w"), sympy.IndexedBase("x"), sympy.IndexedBase("y")
    b, h = sympy.Symbol("b"), sympy.Function("h")
    value = b + sympy.Sum(w[k] * x[i, k], (k, 1, symbols.n))
    return sympy, symbols, i, k, w, x, y, b, h, value


def test_the_logistic_factor_by_finite_differences():
    from logderiv.notation import example_terms

    sympy, symbols, i, k, w, x, y, b, h, value = _prediction_terms()
    m = symbols.m
    cost = -sympy.Sum(y[i] * sympy.log(value) + (1 - y[i]) * sympy.log(1 - value), (i, 1, m)) / m
    factor = example_terms.by_one_examples_prediction(cost, h(i), value)
    assert factor is not None
    # by hand −(1/m)(y/ŷ − (1 − y)/(1 − ŷ)); by finite differences of −(1/m)[y log p + (1 − y) log(1 − p)] in p
    at = {h(i): 0.3, y[i]: 1.0, m: 7}
    p, step = 0.3, 1e-6

    def term(p):
        return -(1.0 * numpy.log(p)) / 7

    assert abs(float(factor.subs(at)) - (term(p + step) - term(p - step)) / (2 * step)) < 1e-6


def test_a_cost_with_a_penalty_or_a_parameter_beside_the_prediction_is_not_read():
    from logderiv.notation import example_terms

    sympy, symbols, i, k, w, x, y, b, h, value = _prediction_terms()
    m, lam = symbols.m, sympy.Symbol("lambda")
    squared = sympy.Sum((value - y[i]) ** 2, (i, 1, m)) / (2 * m)
    penalty = lam * sympy.Sum(w[k] ** 2, (k, 1, symbols.n)) / (2 * m)
    assert example_terms.by_one_examples_prediction(squared + penalty, h(i), value) is None
    beside = sympy.Sum((value - y[i]) ** 2 + b * y[i], (i, 1, m)) / (2 * m)
    assert example_terms.by_one_examples_prediction(beside, h(i), value) is None
    # the prediction at example i only: h alone (no example) is not read
    assert example_terms.by_one_examples_prediction(squared, sympy.Symbol("h"), value) is None


def test_the_cost_name_pattern_stays_fast_on_long_text():
    from logderiv.verify.matrix_chain import _COST_NAME

    def texts(n: int) -> list[str]:
        return ["J(" + r"\theta_0, " * n + ")", "J(" + " " * (10 * n), r"J(\theta_0, \theta_1, " + " " * (10 * n) + "x"]

    for text in texts(2000):
        assert _COST_NAME.fullmatch(text) is None
    # counted, not timed (tests/work.py): one call a text at any length; the pattern's backtracking would be inside
    # that call, so benchmarks/scaling.py times it ("cost name")
    def matched(n: int) -> Callable[[], object]:
        written = texts(n)
        return lambda: [_COST_NAME.fullmatch(text) for text in written]

    assert_linear(matched, 2000)
