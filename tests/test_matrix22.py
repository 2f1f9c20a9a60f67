"""matrix22 (issue 10): derivations in matrix form as real notes write them — --cost, definitions and names read.

What each real page means was worked by hand (tests/derivations_cold*/expected.txt, never logderiv's output); the
facts the synthetic pages rest on are checked here by central finite differences with NumPy:

* ½(Xθ − y)ᵀ(Xθ − y) + ½λθᵀθ has the gradient XᵀXθ − Xᵀy + λθ = (XᵀX + λI)θ − Xᵀy, and (1/2m)(Xθ − y)ᵀ(Xθ − y) the
  gradient (1/m)Xᵀ(Xθ − y), never (1/m)Xᵀ(Xθ + y);
* ‖Xθ − y‖² (no ½) is not ½(Xθ − y)ᵀ(Xθ − y): a page defining L so makes J = L + ½λθᵀθ false;
* the preset linear, (1/2m)Σ(θᵀx − y)², is (1/2m)‖Xθ − y‖², and not ½‖Xθ − y‖² (m ≠ 1).

The rules: --cost is read with a derivation in matrix form and must be the cost its lines define; a definition
beside it (--let, the page's, a part of the cost its prose defines inline) is read in matrix form and stands for its
value; an index-form derivation whose cost display restates the cost in matrix form, or whose gradient is named by
the whole vector, ends in matrix form read as its entry j.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_TESTS = Path(__file__).parent

#: real pages the rules read, each with its hand-worked row in its set's expected.txt
_READ = [("derivations_cold9", "aml_book_ridge_half_lambda_matrix.md"),
         ("derivations_cold9", "aml_book_ridge_half_lambda_matrix_planted_penalty_factor.md"),
         ("derivations_cold6", "pystatsml_nll_gradient_sum_no_mean.md"),
         ("derivations_cold19", "en_blog_nll_sum_gradient_stray_mean.md")]

#: J = (1/2m)(Xθ − y)ᵀ(Xθ − y) and its gradient, with a line 3 the tests vary
_LINEAR = ("$$J(\\theta) = \\frac{1}{2m}(X\\theta - y)^T(X\\theta - y)$$\n\n"
           "$$\\nabla_\\theta J = \\frac{1}{m}(X^TX\\theta - X^Ty) = {last}$$\n")


def _data(seed: int = 22):
    generator = numpy.random.default_rng(seed)
    return generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3)


def test_the_facts_by_finite_differences():
    """The gradients the synthetic pages rest on, against central differences; the planted lines are not them."""
    X, y, theta = _data()
    lam, m = 0.7, 6
    ridge = central_differences(lambda t: 0.5 * (X @ t - y) @ (X @ t - y) + 0.5 * lam * t @ t, theta)
    assert numpy.allclose(ridge, (X.T @ X + lam * numpy.eye(3)) @ theta - X.T @ y, atol=1e-5)
    mean = central_differences(lambda t: (X @ t - y) @ (X @ t - y) / (2 * m), theta)
    assert numpy.allclose(mean, X.T @ (X @ theta - y) / m, atol=1e-6)
    assert not numpy.allclose(mean, X.T @ (X @ theta + y) / m, atol=1e-3)
    # L = ‖Xθ − y‖² (no ½): L + ½λθᵀθ is not J = ½‖Xθ − y‖² + ½λθᵀθ
    residual = X @ theta - y
    assert not numpy.isclose(residual @ residual + 0.5 * lam * theta @ theta,
                             0.5 * residual @ residual + 0.5 * lam * theta @ theta)
    # the preset linear's index form is the mean form, not the sum's half
    by_example = sum((theta @ X[i] - y[i]) ** 2 for i in range(m)) / (2 * m)
    assert numpy.isclose(by_example, residual @ residual / (2 * m))
    assert not numpy.isclose(by_example, residual @ residual / 2)


@pytest.mark.parametrize(("folder", "file"), _READ)
def test_real_pages_read_as_worked_by_hand(folder, file):
    """The prose's L(θ) = ½(Xθ − y)ᵀ(Xθ − y) (Kuleshov's ridge notes, and the copy with ½λ's gradient doubled), the
    pystatsml NLL page's Σᵢ(p̂ᵢ − yᵢ)xᵢ ending in Xᵀ(p̂ − y), and the blog's summed NLL with the prose's ŷ⁽ⁱ⁾ = σ(wᵀx⁽ⁱ⁾)
    whose ∇J = (1/N)Xᵀ(ŷ − y) keeps a stray mean: the ending and first wrong line of the hand rows."""
    row = next(row for row in read_table(_TESTS / folder) if row.file == file)
    assert outcome(_TESTS / folder, row) == ("right", "")


def test_cost_that_agrees_is_read_and_noted(tmp_path):
    """--cost linear beside J = (1/2m)(Xθ − y)ᵀ(Xθ − y): the same cost, read, noted in the text and the JSON."""
    page = _LINEAR.replace("{last}", "\\frac{1}{m}X^T(X\\theta - y)")
    result = _steps(tmp_path, page, "--cost", "linear", "-f", "json", "--timeout", "60")
    assert result.exit_code == 0, result.stderr
    assert '"ending": "gradient"' in result.stdout
    assert "--cost linear is read too: it is the cost line 1 defines" in result.stdout
    text = _steps(tmp_path, page, "--cost", "linear", "-f", "text", "--timeout", "60")
    assert "--cost linear is read too" in text.stdout


def test_cost_that_disagrees_is_refused_at_the_cost_line(tmp_path):
    """--cost linear is (1/2m)Σ(θᵀx − y)²; the lines define ½(Xθ − y)ᵀ(Xθ − y): two costs, which one is asked."""
    page = ("$$J(\\theta) = \\frac{1}{2}(X\\theta - y)^T(X\\theta - y)$$\n\n"
            "$$\\nabla_\\theta J = X^TX\\theta - X^Ty$$\n")
    result = _steps(tmp_path, page, "--cost", "linear", "-f", "text", "--timeout", "60")
    assert result.exit_code == 2
    assert "line 1" in result.stderr and "--cost linear and the cost line 1 defines" in result.stderr
    assert "differ" in result.stderr and "^" in result.stderr and "Traceback" not in result.stderr
    # the logistic cost against a squared error: refused too, never judged
    result = _steps(tmp_path, page, "--cost", "logistic", "-f", "text", "--timeout", "60")
    assert result.exit_code == 2 and "--cost logistic and the cost line 1 defines" in result.stderr


def test_a_definition_in_matrix_form_is_its_value(tmp_path):
    """ŷ = Xθ defined in the prose: (1/m)Xᵀ(ŷ − y) is the gradient; (1/m)Xᵀ(ŷ + y) is wrong at its line."""
    right = ("Let $\\hat{y} = X\\theta$ be the predictions.\n\n"
             "$$J(\\theta) = \\frac{1}{2m}(\\hat{y} - y)^T(\\hat{y} - y)$$\n\n"
             "$$\\nabla_\\theta J = \\frac{1}{m}X^T(\\hat{y} - y)$$\n")
    code, ending, wrong, review = _review(tmp_path, right)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("is read in matrix form: \\hat{y} in a line is its value" in note for note in review["notes"])
    code, ending, wrong, _ = _review(tmp_path, right.replace("(\\hat{y} - y)$$\n", "(\\hat{y} + y)$$\n"))
    assert (code, ending, wrong) == (1, "wrong", [5])


def test_a_part_the_prose_defines_otherwise_makes_its_step_wrong(tmp_path):
    """L(θ) = ‖Xθ − y‖² in the prose (no ½): ∇(½(Xθ − y)ᵀ(Xθ − y) + ½λθᵀθ) = ∇(L(θ) + ½λθᵀθ) is false by the page's
    own definition, so that step is wrong (and the gradient line after it, compared with it, holds no more)."""
    page = ("Let $L(\\theta) = (X\\theta - y)^T(X\\theta - y)$ be the squared error.\n\n"
            "$$J(\\theta) = \\frac{1}{2}(X\\theta - y)^T(X\\theta - y) + \\frac{1}{2}\\lambda\\theta^T\\theta$$\n\n"
            "$$\\nabla_\\theta J = \\nabla_\\theta \\left(\\frac{1}{2}(X\\theta - y)^T(X\\theta - y) + \\frac{1}{2}"
            "\\lambda\\theta^T\\theta\\right)$$\n\n"
            "$$= \\nabla_\\theta \\left(L(\\theta) + \\frac{1}{2}\\lambda\\theta^T\\theta\\right)$$\n\n"
            "$$= X^TX\\theta - X^Ty + \\lambda\\theta$$\n")
    code, ending, wrong, _ = _review(tmp_path, page)
    assert code == 1 and wrong == [7]
    # with the ½ the page's L is the least-squares part: every step holds
    halved = page.replace("Let $L(\\theta) = (X", "Let $L(\\theta) = \\frac{1}{2}(X")
    assert _review(tmp_path, halved)[:3] == (0, "gradient", [])


def test_cost_letter_undefined_stays_refused(tmp_path):
    """J defined, then ∇L(θ) + λθ with no L defined anywhere: L is another objective or the cost, so refused."""
    page = ("$$J(\\theta) = \\frac{1}{2}(X\\theta - y)^T(X\\theta - y) + \\frac{1}{2}\\lambda\\theta^T\\theta$$\n\n"
            "$$\\nabla_\\theta J = \\nabla_\\theta L(\\theta) + \\lambda\\theta = X^TX\\theta - X^Ty + \\lambda\\theta$$\n")
    result = _steps(tmp_path, page, "-f", "text")
    assert result.exit_code == 2 and "Traceback" not in result.stderr


def test_a_definition_not_in_matrix_form_is_refused_at_its_line(tmp_path):
    """zᵢ = θᵀx⁽ⁱ⁾ (one example's) beside lines in matrix form that write z: refused at its line, with a caret, never
    dropped (z would be a letter of no value; read as Xθ it would be a reading the page does not write)."""
    page = ("$$z_i = \\theta^T x^{(i)}$$\n\n"
            "$$J(\\theta) = \\frac{1}{2m}(X\\theta - y)^T(X\\theta - y)$$\n\n"
            "$$\\nabla_\\theta J = \\frac{1}{m}X^T(z - y)$$\n")
    result = _steps(tmp_path, page, "-f", "text")
    assert result.exit_code == 2 and "'z'" in result.stderr and "^" in result.stderr
    # rᵢ = yᵢθᵀxᵢ, an entrywise product of two vectors (which matrix notation writes as no product): refused at its
    # line as a --let, never read as (y)(Xθ)
    assert _steps(tmp_path, page, "-f", "text", "--let", "r_i = y_i theta^T x_i").exit_code == 2
    product = _steps(tmp_path, page.replace("X^T(z - y)", "X^T(X\\theta - y)"), "-f", "text", "--let",
                     "r_i = y_i theta^T x_i")
    assert product.exit_code == 2 and "is read in matrix form, and this one is not" in product.stderr


def test_an_unknown_letter_whose_shapes_do_not_conform_is_refused_not_judged(tmp_path):
    """Xᵀ(r − r) with r defined nowhere the reader takes (a per-example rᵢ the page reader sets aside): r read as a
    number makes the sum not conform, which says nothing of the page, so the line is refused, never called wrong."""
    page = ("$$r_i = y_i \\theta^T x_i$$\n\n$$J(\\theta) = \\frac{1}{2m}(X\\theta - y)^T(X\\theta - y)$$\n\n"
            "$$\\nabla_\\theta J = \\frac{1}{m}X^T(X\\theta - y) + \\frac{1}{m}X^T(r - r)$$\n")
    result = _steps(tmp_path, page, "-f", "text")
    assert result.exit_code == 2 and "'r' is not read in a line in matrix form" in result.stderr


def test_identity_beside_another_size_is_refused_not_judged(tmp_path):
    """(XᵀX + λI)θ − Xᵀy is read (I n×n); XXᵀ + λI, where I would have to be m×m, is refused, never called wrong."""
    ridge = ("$$J(\\theta) = \\frac{1}{2}(X\\theta - y)^T(X\\theta - y) + \\frac{1}{2}\\lambda\\theta^T\\theta$$\n\n"
             "$$\\nabla_\\theta J = X^TX\\theta - X^Ty + \\lambda\\theta = {last}$$\n")
    assert _review(tmp_path, ridge.replace("{last}", "(X^TX + \\lambda I)\\theta - X^Ty"))[:3] == (0, "gradient", [])
    result = _steps(tmp_path, ridge.replace("{last}", "X^T(XX^T + \\lambda I)y"), "-f", "text")
    assert result.exit_code == 2 and "with I read as the n×n identity" in result.stderr


def test_cost_restated_in_matrix_form_opens_an_index_derivation(tmp_path):
    """J = (1/2m)Σ(θᵀx − y)² = (1/2m)‖Xθ − Y‖², ∂J/∂θⱼ = (1/m)Σ(θᵀx − y)xⱼ, ∇J = (1/m)Xᵀ(Xθ − Y): read to its end
    (the last line as its entry j); the ending with (Xθ + Y) is wrong at its line."""
    page = ("$$J(\\theta) = \\frac{1}{2m} \\sum_{i=1}^{m} (\\theta^T x^{(i)} - y^{(i)})^2 = "
            "\\frac{1}{2m} \\|X\\theta - Y\\|_2^2$$\n\n"
            "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m} \\sum_{i=1}^{m} (\\theta^T x^{(i)} - y^{(i)}) "
            "x_j^{(i)}$$\n\n"
            "$$\\nabla_\\theta J = \\frac{1}{m} X^T (X\\theta - Y)$$\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("writes the gradient in matrix notation after lines in index form" in note for note in review["notes"])
    assert _review(tmp_path, page.replace("(X\\theta - Y)$$", "(X\\theta + Y)$$"))[:3] == (1, "wrong", [5])
    # the restatement of another cost (½ dropped from the matrix side) is refused, never taken for the cost
    other = page.replace("= \\frac{1}{2m} \\|X", "= \\frac{1}{m} \\|X")
    assert _steps(tmp_path, other, "-f", "text").exit_code == 2


def test_the_gradient_restated_in_plain_notation_is_entry_j(tmp_path):
    """∂J/∂w_j = (1/m)Σ(wᵀxᵢ − yᵢ)x_ij in a plain fence, then ∇J = (1/m) * Xᵀ(Xw − y) in another: with --cost linear
    the ∇ line is read as entry j, as the page's own ∂J/∂w_j (noted); Xᵀ(Xw + y) is wrong at its line."""
    page = ("```\n∂J/∂w_j = (1/m) * Σ [(w^T x_i - y_i) * x_ij]\n        = (1/m) * Σ [(x_i^T w - y_i) * x_ij]\n```\n\n"
            "```\n∇J = (1/m) * Xᵀ(Xw - y)\n```\n")

    def review(text):
        result = _steps(tmp_path, text, "--cost", "linear", "-f", "json", "--timeout", "60")
        assert result.exit_code in (0, 1), result.stderr
        parsed = json.loads(result.stdout)
        return parsed["ending"], [step["line"] for step in parsed["steps"] if step["valid"] is False][:1], parsed

    ending, wrong, parsed = review(page)
    assert (ending, wrong) == ("gradient", [])
    assert any("∇J is the gradient whose entry j the derivation derives" in note for note in parsed["notes"])
    assert review(page.replace("Xᵀ(Xw - y)", "Xᵀ(Xw + y)"))[:2] == ("wrong", [7])


def test_a_line_of_one_entry_per_example_is_refused_saying_what_it_is():
    """The matrix cookbook question's ∂(y − Xβ)/∂β = −Xβ (a Jacobian, by hand X, with β kept): no line of the cost's
    derivation is m×1, so the page is refused, the reason naming the m×1 vector, never judged. Since stop 39 (a
    derivative by the vector read where the lines write no parameter, fixderiv39) the refusal comes at line 9's
    product rule, ∂/∂β (y − Xβ) inside it, the same m×1 vector differentiated, one line before line 11's."""
    row = next(row for row in read_table(_TESTS / "derivations_cold7") if row.file == "mathse_cookbook_ss_dxb_kept_beta.md")
    kind, detail = outcome(_TESTS / "derivations_cold7", row)
    assert kind == "refused" and "line 9" in detail and "this is m×1" in detail


def test_the_prose_never_redefines_the_cost_the_lines_define(tmp_path):
    """The prose's J(θ) = ½(Xθ − y)ᵀ(Xθ − y) (one normalisation) beside the lines' J(θ) = (1/2m)(…): the lines' own
    definition is the cost, and (1/m)Xᵀ(Xθ − y) its gradient (checked above by finite differences) — the prose's J is
    no part to read, or the definition line would be judged a wrong step."""
    page = ("Without the mean the loss is $J(\\theta) = \\frac{1}{2}(X\\theta - y)^T(X\\theta - y)$; with it:\n\n"
            "$$J(\\theta) = \\frac{1}{2m}(X\\theta - y)^T(X\\theta - y)$$\n\n"
            "$$\\nabla_\\theta J = \\frac{1}{m}X^T(X\\theta - y)$$\n")
    assert _review(tmp_path, page)[:3] == (0, "gradient", [])


def test_one_examples_definition_is_read_for_every_example(tmp_path):
    """ŷᵢ = σ(θᵀxᵢ) beside the mean cross-entropy in ŷ⁽ⁱ⁾ and ∇J = (1/m)Xᵀ(ŷ − y): ŷ is the m×1 vector σ(Xθ) (noted),
    right by finite differences; (ŷ + y) is wrong at its line; with ŷᵢ = tanh(θᵀxᵢ) the page means another model,
    whose gradient is not (1/m)Xᵀ(ŷ − y) (finite differences below), so the same line is wrong."""
    X, y, theta = _data(5)
    y = (y > 0).astype(float)
    m = len(y)

    def cross_entropy(link):
        def cost(t):
            h = link(X @ t)
            return -(y * numpy.log(h) + (1 - y) * numpy.log(1 - h)).mean()
        return cost

    sigmoid = lambda z: 1 / (1 + numpy.exp(-z))  # noqa: E731
    squashed = lambda z: (numpy.tanh(z) + 1.001) / 2.002  # noqa: E731 (tanh kept inside (0, 1) for the logs)
    assert numpy.allclose(central_differences(cross_entropy(sigmoid), theta), X.T @ (sigmoid(X @ theta) - y) / m,
                          atol=1e-6)
    assert not numpy.allclose(central_differences(cross_entropy(squashed), theta),
                              X.T @ (squashed(X @ theta) - y) / m, atol=1e-3)
    page = ("$$\\hat{y}_i = \\sigma(\\theta^T x_i)$$\n\n"
            "$$J(\\theta) = -\\frac{1}{m}\\sum_{i=1}^m \\left[y^{(i)}\\log \\hat{y}^{(i)} + (1-y^{(i)})"
            "\\log(1-\\hat{y}^{(i)})\\right]$$\n\n"
            "$$\\nabla_\\theta J = \\frac{1}{m}X^T(\\hat{y} - y)$$\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("holds at every example: read in matrix form as the m×1 vector" in note for note in review["notes"])
    assert _review(tmp_path, page.replace("(\\hat{y} - y)$$", "(\\hat{y} + y)$$"))[:3] == (1, "wrong", [5])
    other = page.replace("\\hat{y}_i = \\sigma(\\theta^T x_i)", "\\hat{y}_i = \\frac{\\tanh(\\theta^T x_i) + 1.001}{2.002}")
    assert _review(tmp_path, other)[:3] == (1, "wrong", [5])


def test_a_definition_of_sigma_is_read_only_as_the_sigmoid(tmp_path):
    """σ(z) = 1/(1 + e⁻ᶻ) beside lines in σ(Xθ): the sigmoid the lines are read with (noted); σ(z) = 1/(1 + eᶻ) is
    another function, which the lines' σ would not be: refused at its line, never judged with the sigmoid."""
    page = ("$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\n"
            "$$J(\\theta) = -\\frac{1}{m}\\left(y^T\\log\\sigma(X\\theta) + (1 - y)^T\\log(1 - \\sigma(X\\theta))\\right)$$\n\n"
            "$$\\nabla_\\theta J = \\frac{1}{m}X^T(\\sigma(X\\theta) - y)$$\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("is the sigmoid, the σ the lines are read with" in note for note in review["notes"])
    result = _steps(tmp_path, page.replace("e^{-z}", "e^{z}"), "-f", "text")
    assert result.exit_code == 2 and "line 1" in result.stderr and "Traceback" not in result.stderr
