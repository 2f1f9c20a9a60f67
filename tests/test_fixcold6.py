"""fixcold6: cold reading of the written derivations of tests/derivations_cold6, family by family.

Each family is a way real notes are written; each test holds a real excerpt (its source named) and what it must
yield, worked out by hand, with near-variants that mean something else (a planted slip, another reading), which
must be caught or refused, never read silently as right. The hand working is checked independently below (central
finite differences of the cost with NumPy, and sympy.diff), never against logderiv:

* linear regression's J(θ) = (1/2m)Σᵢ(xᵢ·θ − yᵢ)², whose gradient is (1/m)Σᵢ(xᵢ·θ − yᵢ)xᵢ.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy

from _derivations_table import display, review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences


def test_the_hand_worked_linear_regression_gradient_by_finite_differences():
    generator = numpy.random.default_rng(6)
    X, y, theta = generator.normal(size=(5, 3)), generator.normal(size=5), generator.normal(size=3)
    m = len(y)

    def cost(v):
        return ((X @ v - y) ** 2).sum() / (2 * m)

    assert numpy.allclose(central_differences(cost, theta), (X @ theta - y) @ X / m, atol=1e-6)
    # the planted slip below: 2/m for 1/m is not the gradient
    assert not numpy.allclose(central_differences(cost, theta), 2 * (X @ theta - y) @ X / m, atol=1e-3)


# -- ∂J/∂θ_k, then ∇J(θ⃗): the gradient's entry is the component k the derivation is by ------------------------------
# source: public code index file 43398819962 (English notes "# Linear Regression / ## Cost Function"), the cold6 file
# linreg_notes_vec_theta_component.md, verbatim

_LINREG = (
    "# Linear Regression\n\n## Cost Function\n\n$$\n\\begin{split}\n"
    "\tJ(\\vec\\theta) &= \\frac{1}{2m}\\sum_i(\\vec{x_i} \\cdot \\vec\\theta - y_i)^2 \\\\\n"
    "\t&= \\frac{1}{2m}\\sum_i((x_{i,1}\\theta_1 + x_{i,2}\\theta_2 + \\dots + x_{i,n}\\theta_n) - y_i)^2\n"
    "\\end{split}\n$$\n\n"
    "To take the gradient of $J(\\vec\\theta)$, we consider the partial derivative with respect to $\\theta_k$ for "
    "some $k \\in 1 ... n$.\n"
    "$$\n\\frac{\\partial J}{\\partial \\theta_k} = \\frac{1}{m}\\sum_i(\\vec{x_i} \\cdot \\vec\\theta - y_i)x_{i,k}\n$$\n"
    "Since this holds for every $k \\in 1 ... n$, we have:\n"
    "$$\n\\nabla J(\\vec\\theta) = \\frac{1}{m}\\sum_i(\\vec{x_i} \\cdot \\vec\\theta - y_i)\\vec{x_i}\n$$\n"
)


def test_a_gradient_after_a_component_derivation_by_k_is_read_at_k(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _LINREG)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("∇ by" in note and "component k" in note for note in review["notes"])


def test_a_gradient_line_with_a_factor_slip_is_wrong_on_its_line(tmp_path):
    page = _LINREG.replace(r"\nabla J(\vec\theta) = \frac{1}{m}", r"\nabla J(\vec\theta) = \frac{2}{m}")
    assert _review(tmp_path, page)[:3] == (1, "wrong", [18])


def test_a_component_slip_before_the_gradient_is_caught_first(tmp_path):
    # x_{i,1} for x_{i,k}: line 14 is wrong; the ∇ line after it is still the true gradient (the ending)
    page = _LINREG.replace("- y_i)x_{i,k}", "- y_i)x_{i,1}")
    assert _review(tmp_path, page)[:3] == (1, "gradient", [14])


def test_a_written_theta_j_beside_theta_k_is_still_refused(tmp_path):
    # the writer wrote j: two components named, which one is meant is not the reader's to pick
    page = _LINREG.replace(r"\nabla J(\vec\theta)", r"\frac{\partial J}{\partial \theta_j}")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2 and "the index j is free here" in result.stderr


def test_a_free_j_in_the_gradient_line_body_is_still_refused(tmp_path):
    page = _LINREG.replace(r"- y_i)\vec{x_i}", "- y_i)x_{i,j}")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2 and "the index j is free here" in result.stderr


# -- --cost logistic (written in θ) on a page that writes its parameters as w ------------------------------------------
# source: public code index file 16778168680 (a Markdown worked answer "# Question 2: Logistic Regression Gradient
# Descent"), the cold6 file quiz_logreg_l2_ce_part_only.md: its lines 1–2 and 15–23, verbatim

_QUIZ_COST = (
    "First, let's consider the cross-entropy loss term:\n"
    r"$$L(w) = -\frac{1}{N} \sum_{i=1}^{N} [y_i \log(h_w(x_i)) + (1-y_i) \log(1-h_w(x_i))]$$" "\n\n"
)
_QUIZ_STEPS = (
    "Simplifying:\n"
    r"$$\frac{\partial L}{\partial w_j} = -\frac{1}{N} \sum_{i=1}^{N} \left[y_i \cdot (1 - h_w(x_i)) \cdot x_{ij} "
    r"- (1-y_i) \cdot h_w(x_i) \cdot x_{ij}\right]$$" "\n\n"
    "Further simplification:\n"
    r"$$\frac{\partial L}{\partial w_j} = -\frac{1}{N} \sum_{i=1}^{N} \left[y_i \cdot x_{ij} - y_i \cdot h_w(x_i) "
    r"\cdot x_{ij} - h_w(x_i) \cdot x_{ij} + y_i \cdot h_w(x_i) \cdot x_{ij}\right]$$" "\n\n"
    r"$$\frac{\partial L}{\partial w_j} = -\frac{1}{N} \sum_{i=1}^{N} \left[(y_i - h_w(x_i)) \cdot x_{ij}\right]$$"
    "\n\n"
    r"$$\frac{\partial L}{\partial w_j} = \frac{1}{N} \sum_{i=1}^{N} \left[(h_w(x_i) - y_i) \cdot x_{ij}\right]$$"
    "\n"
)


def test_the_hand_worked_logistic_gradient_by_sympy_diff():
    # one example's term −[y log σ(w₁x₁ + w₂x₂) + (1−y) log(1 − σ(…))], by w₁: (σ − y)x₁ (the page's last line per i)
    import sympy

    w1, w2, x1, x2, y = sympy.symbols("w1 w2 x1 x2 y")
    s = 1 / (1 + sympy.exp(-(w1 * x1 + w2 * x2)))
    term = -(y * sympy.log(s) + (1 - y) * sympy.log(1 - s))
    assert sympy.simplify(sympy.diff(term, w1) - (s - y) * x1) == 0
    assert sympy.simplify(sympy.diff(term, w1) - (y - s) * x1) != 0


def _preset_review(tmp_path, page: str):
    result = _steps(tmp_path, page, "-f", "json", "--cost", "logistic")
    if result.exit_code == 2:
        return 2, result.stderr, [], {}
    review = json.loads(result.stdout)
    return result.exit_code, review["ending"], [s["line"] for s in review["steps"] if s["valid"] is False][:1], review


def test_the_logistic_preset_is_read_in_the_pages_letter_w(tmp_path):
    code, ending, wrong, review = _preset_review(tmp_path, _QUIZ_COST + _QUIZ_STEPS)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("letters of the page" in note and "w as θ" in note for note in review["notes"])


def test_a_sign_slip_on_the_last_line_is_wrong_in_the_pages_letter(tmp_path):
    page = _QUIZ_COST + _QUIZ_STEPS.replace(r"\left[(h_w(x_i) - y_i)", r"\left[(y_i - h_w(x_i))")
    assert _preset_review(tmp_path, page)[:3] == (1, "wrong", [12])


def test_a_page_that_writes_theta_beside_w_is_refused(tmp_path):
    page = _QUIZ_COST + _QUIZ_STEPS + r"$$\frac{\partial L}{\partial w_j} = \theta_j$$" "\n"
    code, message, _, _ = _preset_review(tmp_path, page)
    assert code == 2 and "writes both θ and w" in message


def test_a_page_with_an_intercept_b_reads_w_with_b_apart(tmp_path):
    page = display(r"\frac{\partial J}{\partial w_j} = \frac{1}{m}\sum_i (\sigma(w^T x^{(i)} + b) - y^{(i)}) x_j^{(i)}")
    code, ending, wrong, review = _preset_review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("wᵀx + b" in note for note in review["notes"])


def test_a_page_without_b_whose_line_is_another_derivative_is_wrong(tmp_path):
    page = display(r"\frac{\partial J}{\partial w_j} = \frac{1}{m}\sum_i (\sigma(w^T x^{(i)}) - y^{(i)}) x_j^{(i)}"
                   r" + \frac{1}{m} w_j")
    assert _preset_review(tmp_path, page)[:3] == (1, "wrong", [2])


# -- \because beside a step: the writer's reason, read as the step's annotation -------------------------------------
# source: https://github.com/jackey8616/jackey8616.github.io (source/_posts/AI/logistic-regression-and-its-math.md at
# 9ca15cd), the cold6 file jackey_logreg_w2_chain_because.md: its align, verbatim (the page as a whole is not yet read)

_JACKEY_ALIGN = (
    "\\begin{align*}\n"
    "\\text{Let } f(x_i) &= \\ln(1 + e^{-z_i}) + (1 - y_i)z_i \\\\\n"
    "\\dfrac{dJ}{dw_2} &= \\frac{1}{N}\\sum_{i=1}^{N}\\dfrac{d}{dw_2}f(x_i) \\\\\n"
    "&= \\frac{1}{N}\\sum_{i=1}^{N}\\dfrac{df}{dz_i} \\cdot \\dfrac{dz_i}{dw_2} \\quad\n"
    "\\because \\dfrac{d}{du}f(x) = \\dfrac{df}{dg} \\cdot \\dfrac{dg}{du} \\tag{11} \\\\\n"
    "\\\\\n"
    "\\dfrac{dz_i}{dw_2} &= \\dfrac{d}{dw_2}[w_1x_{i1} + w_2x_{i2} + b] \\quad \\because z_i = w_1x_{i1} + w_2x_{i2} + b \\\\\n"
    "&= 0 + x_{i2} + 0 \\tag{12} \\\\\n"
    "\\end{align*}"
)


def test_a_because_beside_a_step_is_no_step_of_the_real_align():
    from logderiv.notation.document import read_document

    document = read_document(_JACKEY_ALIGN, input="latex")
    texts = [" ".join(step.text.split()) for step in document.steps]
    # the reasons' sides (f(x), df/dg · dg/du, z_i, w_1x_{i1} + …) are no steps; the rows' own sides are
    assert not any(text.startswith(("\\dfrac{d}{du}", "z_i", "\\dfrac{df}{dg}")) for text in texts)
    assert "\\dfrac{d}{dw_2}[w_1x_{i1} + w_2x_{i2} + b]" in texts
    assert sum("writer's reason" in reading for reading in document.readings) == 2


# hand-worked: −(1/m)Σ(y/h − (1−y)/(1−h))·h(1−h)xⱼ = (1/m)Σ(h − y)xⱼ, the logistic gradient (checked by sympy.diff
# above, per example); the reasons beside the rows are true statements but are not what is judged
_BECAUSE_PAGE = display(
    "\\begin{align*}\n"
    r"\frac{\partial J}{\partial \theta_j} &= -\frac{1}{m}\sum_i \left(\frac{y^{(i)}}{h(x^{(i)})} - "
    r"\frac{1-y^{(i)}}{1-h(x^{(i)})}\right) h(x^{(i)})(1-h(x^{(i)})) x_j^{(i)} \quad "
    r"\because \frac{d\sigma}{dz} = \sigma(1-\sigma) \\" "\n"
    r"&= \frac{1}{m}\sum_i (h(x^{(i)}) - y^{(i)}) x_j^{(i)} \quad \because y(1-h) - (1-y)h = y - h" "\n"
    r"\end{align*}")


def test_a_derivation_with_reasons_beside_its_steps_is_read(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _BECAUSE_PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["claimed_rule"] for step in review["steps"]] == ["because dσ/dz = σ(1-σ)", "because y(1-h) - (1-y)h = y - h"]


def test_a_slip_beside_a_reason_is_still_caught_on_its_line(tmp_path):
    page = _BECAUSE_PAGE.replace(r"(h(x^{(i)}) - y^{(i)}) x_j^{(i)}", r"(y^{(i)} - h(x^{(i)})) x_j^{(i)}")
    assert _review(tmp_path, page)[:3] == (1, "wrong", [4])  # $$, \begin, the first row, then this one


def test_a_therefore_is_not_read_as_a_reason(tmp_path):
    # ∴ opens a conclusion, a step of its own: not set aside as ∵ is
    page = _BECAUSE_PAGE.replace(r"\because y(1-h)", r"\therefore y(1-h)")
    assert _steps(tmp_path, page).exit_code == 2


# -- σ'(z) in a line: the sigmoid's derivative at z -------------------------------------------------------------------
# source: https://github.com/scutan90/DeepLearning-500-questions (ch02, 2.10.4 常见代价函数 at 6087a06), the cold6 file
# dl500_quadratic_cost_sigmoid_sign.md, line 13 verbatim: the one-sample cost J = (y − a)²/2, a = σ(z), z = wx + b
# (the page says so in words only, so here they are given with --let); by hand ∂J/∂w = (a − y)σ′(z)x, and the page's
# (y − a)σ′(z)x is its negative

_DL500_LINE = r"\frac{\partial J}{\partial w}=(y-a)\sigma'(z)x"


def test_the_hand_worked_quadratic_cost_gradient_by_sympy_diff():
    import sympy

    w, b, x, y = sympy.symbols("w b x y")
    z = w * x + b
    a = 1 / (1 + sympy.exp(-z))
    derivative = a * (1 - a)  # σ′(z), written out
    assert sympy.simplify(sympy.diff((y - a) ** 2 / 2, w) - (a - y) * derivative * x) == 0
    assert sympy.simplify(sympy.diff((y - a) ** 2 / 2, w) - (y - a) * derivative * x) != 0


def _check_quadratic(answer: str):
    import logderiv

    return logderiv.check(answer, cost=r"\frac{(y-a)^2}{2}", let=[r"a = \sigma(z)", "z = w x + b"], wrt="w")


def test_the_real_line_with_sigma_prime_is_read_and_its_sign_slip_caught():
    verdict = _check_quadratic(_DL500_LINE.split("=", 1)[1])
    assert verdict.verdict == "different"
    assert any("derivative of the sigmoid at z" in note for note in verdict.notes)


def test_the_right_sign_with_sigma_prime_is_the_gradient():
    assert _check_quadratic(r"(a-y)\sigma'(z)x").verdict == "equivalent"
    assert _check_quadratic(r"(a-y)\sigma^{\prime}(z)x").verdict == "equivalent"


def test_sigma_prime_is_not_sigma():
    # σ′ taken as σ, the planted slip of the cold6 set: not the gradient
    assert _check_quadratic(r"(a-y)\sigma(z)x").verdict == "different"


def test_other_primes_stay_refused():
    import pytest

    from logderiv.errors import InputError

    for text in (r"(a-y)\tanh'(z)x", r"(a-y)\sigma'z x", r"(a-y)\sigma' x"):
        with pytest.raises(InputError, match="prime"):
            _check_quadratic(text)


# -- \log p(D; w): the log-likelihood of the data set under w, named with a ';' ---------------------------------------
# source: public code index file 55694597454 (a Jekyll post "Generalized Linear Models Explained"), the cold6 file
# glm_post_poisson_loglik_gradient.md: its lines 1–7 and 16–36, verbatim (lines 8–15, where f is defined inline in
# the prose after the display that uses it, are left out: that page is not yet read). By hand: ℓ(w) = Σᵢ[yᵢwᵀxᵢ −
# e^{wᵀxᵢ} − log yᵢ!], ∇ℓ = Σᵢ(yᵢ − e^{wᵀxᵢ})xᵢ

_POISSON_LAW = (
    "### **Log-Likelihood for Poisson Regression**  \n\n"
    "Given a dataset $D = \\{(x_1, y_1), \\dots, (x_n, y_n)\\}$, the log-likelihood is:  \n\n"
    "$$\n\\log p(y_i; \\lambda_i) = \\left[y_i \\log \\lambda_i - \\lambda_i - \\log(y_i!)\\right]\n$$\n\n"
)
_POISSON = (
    "$$\n\\log p(D; w) = \\sum_{i=1}^{n} \\left[ y_i (w^\\top x_i) - e^{w^\\top x_i} - \\log(y_i!) \\right]\n$$  \n\n"
    "As with logistic regression, the likelihood is concave, so gradient-based methods can efficiently optimize $w$.  \n\n"
    "### **Gradient for Poisson Regression**\n\n"
    "To optimize the log-likelihood, we compute its gradient with respect to the weight vector $w$.\n\n"
    "The gradient is:\n\n"
    "$$\n\\frac{\\partial \\log p(D; w)}{\\partial w} = \\sum_{i=1}^{n} \\left[ y_i x_i - e^{w^\\top x_i} x_i \\right]\n$$\n\n"
    "Factoring out common terms, we get:\n\n"
    "$$\n\\frac{\\partial \\log p(D; w)}{\\partial w} = \\sum_{i=1}^{n} x_i \\left[ y_i - e^{w^\\top x_i} \\right]\n$$"
)


def test_the_hand_worked_poisson_gradient_by_finite_differences():
    generator = numpy.random.default_rng(16)
    X, y, w = generator.normal(size=(5, 3)), generator.poisson(2.0, size=5).astype(float), 0.3 * generator.normal(size=3)

    def log_likelihood(v):
        return (y * (X @ v) - numpy.exp(X @ v)).sum()  # − Σ log yᵢ! is a constant of w

    assert numpy.allclose(central_differences(log_likelihood, w), (y - numpy.exp(X @ w)) @ X, atol=1e-5)
    assert not numpy.allclose(central_differences(log_likelihood, w), (numpy.exp(X @ w) - y) @ X, atol=1e-3)


def test_the_log_likelihood_named_log_p_of_the_data_is_the_objective(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _POISSON_LAW + _POISSON)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith(r"\log p(D; w) names the cost") for note in review["notes"])
    assert any("line 6 states a distribution" in note and "law's own parameter" in note for note in review["notes"])


def test_a_sign_slip_in_the_factored_line_is_wrong_on_its_line(tmp_path):
    page = _POISSON_LAW + _POISSON.replace(r"x_i \left[ y_i - e^{w^\top x_i} \right]", r"x_i \left[ e^{w^\top x_i} - y_i \right]")
    assert _review(tmp_path, page)[:3] == (1, "wrong", [28])  # the factored display's line


def test_a_law_line_in_the_models_parameter_is_not_set_aside(tmp_path):
    # p(y_i; w): the model's parameter after ';' — no statement of the law's own λ, so it is not skipped as one
    page = _POISSON_LAW.replace(r"p(y_i; \lambda_i)", r"p(y_i; w)") + _POISSON
    result = _steps(tmp_path, page, "-f", "json")
    assert result.exit_code == 2 or not any("law's own parameter" in note for note in json.loads(result.stdout)["notes"])


def test_log_p_of_one_example_keeps_its_old_reading():
    # \log p(x; w), the model probability at x: its w is held and dropped, as before (not the data set's ℓ(w))
    from logderiv.notation.latex import parse

    assert "ℓ" not in str(parse(r"\log p(x; w)").tree)
    assert "ℓ" in str(parse(r"\log p(D; w)").tree) or "ell" in str(parse(r"\log p(D; w)").tree)


# -- a function the page defines in its prose after the display that uses it -----------------------------------------
# the same GLM post's lines 10–14 (the display with f, then "where $f(w^\top x_i) = e^{w^\top x_i}$"), with its
# factored gradient (line 35) after them: the cost's defining line calls f, a --let of a function

_POISSON_WITH_F = (
    "$$\n\\log p(D; w) = \\sum_{i=1}^{n} \\left[ y_i \\log f(w^\\top x_i) - f(w^\\top x_i) - \\log(y_i!) \\right],\n$$  \n\n"
    "where $f(w^\\top x_i) = e^{w^\\top x_i}$. The gradient is:\n\n"
    "$$\n\\frac{\\partial \\log p(D; w)}{\\partial w} = \\sum_{i=1}^{n} x_i \\left[ y_i - e^{w^\\top x_i} \\right]\n$$\n"
)


def test_a_function_defined_after_the_cost_is_put_into_it(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _POISSON_WITH_F)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("line 5 defines f" in note for note in review["notes"])


def test_a_sign_slip_after_a_function_defined_in_prose_is_caught(tmp_path):
    page = _POISSON_WITH_F.replace(r"y_i - e^{w^\top x_i} \right]", r"e^{w^\top x_i} - y_i \right]")
    assert _review(tmp_path, page)[:3] == (1, "wrong", [8])


def test_another_function_defined_in_prose_changes_the_verdict(tmp_path):
    # f = σ (logistic, not Poisson): the same last line is no longer the gradient
    page = _POISSON_WITH_F.replace(r"= e^{w^\top x_i}$", r"= \sigma(w^\top x_i)$")
    assert _review(tmp_path, page)[:3] == (1, "wrong", [8])


# -- the whole Poisson page: the law, the cost with f, f defined in prose, the cost again with f put in, the gradient --

_POISSON_PAGE = (Path(__file__).parent / "derivations_cold6" / "glm_post_poisson_loglik_gradient.md").read_text(
    encoding="utf-8")


def test_the_whole_poisson_page_is_read_to_the_gradient(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _POISSON_PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("line 17 rewrites the cost J (the definition on line 11)") for note in review["notes"])


def test_the_cost_written_again_wrongly_is_refused_at_its_line(tmp_path):
    # line 17's −e^{wᵀxᵢ} written +: not the cost of line 11 (f = e^{·} put in), so the page does not say which it derives
    page = _POISSON_PAGE.replace(r"(w^\top x_i) - e^{w^\top x_i} - \log", r"(w^\top x_i) + e^{w^\top x_i} - \log")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2 and "line 17 rewrites the cost" in result.stderr


def test_a_slip_in_the_poisson_pages_last_line_is_wrong_there(tmp_path):
    page = _POISSON_PAGE.replace(r"x_i \left[ y_i - e^{w^\top x_i} \right]", r"x_i \left[ e^{w^\top x_i} - y_i \right]")
    assert _review(tmp_path, page)[:3] == (1, "wrong", [35])


# -- ∂ℓⁿ/∂fⁿ: a superscript on the variable differentiated by is refused, naming the readings -------------------------
# source: public code index file 55694597454 (the GLM post's "Gradient Ascent for Logistic Regression"), the cold6 file
# glm_post_logistic_one_example_ascent.md, line 10 verbatim. fⁿ = f(θᵀx⁽ⁿ⁾), f "the logistic function" only above the
# excerpt, and the same post's Poisson section uses f = exp: the excerpt does not say which f, so it stays refused

_GLM_LINE = r"\frac{\partial \ell^n}{\partial \theta_i} = \frac{\partial \ell^n}{\partial f^n} \frac{\partial f^n}{\partial \theta_i}"


def test_a_superscripted_variable_under_the_partial_is_refused_naming_the_readings(tmp_path):
    result = _steps(tmp_path, display(_GLM_LINE))
    assert result.exit_code == 2
    assert "superscript on the variable differentiated by" in result.stderr and "n-th example" in result.stderr
    assert "^" in result.stderr.splitlines()[2]  # the caret line


def test_the_glm_page_is_still_refused_not_misread():
    from _derivations_table import outcome, read_table

    folder = Path(__file__).parent / "derivations_cold6"
    for row in read_table(folder):
        if row.file.startswith("glm_post_logistic"):
            assert outcome(folder, row)[0] == "refused"


# -- h_θ(x_1, x_2, ..., x_n) = …: a model defined on one example's features listed -----------------------------------
# source: https://github.com/scutan90/DeepLearning-500-questions (ch02, 2.12.4 at 6087a06), the cold6 file
# dl500_gd_gradient_written_as_cost.md, line 6 verbatim (the page stays refused further on: its J(θ₀, θ₁, ..., θₙ)
# and its sum over j = 0..m). By hand: h = θ₀ + Σₖθₖxₖ, so ∂/∂θⱼ (1/2m)Σᵢ(h − y)² = (1/m)Σᵢ(h − y)xⱼ⁽ⁱ⁾ (j ≥ 1)

_DL500_MODEL = r"h_\theta(x_1,x_2,...,x_n)=\theta_0+\theta_1x_1+...+\theta_nx_n"
_LINEAR_COST = r"\frac{1}{2m}\sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)})^2"


def test_the_hand_worked_model_gradient_by_finite_differences():
    generator = numpy.random.default_rng(26)
    X, y, theta = generator.normal(size=(4, 3)), generator.normal(size=4), generator.normal(size=4)  # θ₀, θ₁..θ₃
    m = len(y)

    def cost(v):
        return ((v[0] + X @ v[1:] - y) ** 2).sum() / (2 * m)

    gradient = central_differences(cost, theta)
    assert numpy.allclose(gradient[1:], (theta[0] + X @ theta[1:] - y) @ X / m, atol=1e-6)


def test_a_model_on_the_listed_features_is_the_model_of_the_example():
    import logderiv

    answer = r"\frac{1}{m}\sum_{i=1}^{m} (\theta_0 + \theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"
    verdict = logderiv.check(answer, cost=_LINEAR_COST, let=[_DL500_MODEL])
    assert verdict.verdict == "equivalent"
    # check's verdict carries the answer's notes; the cost's reading is noted where the cost is derived
    assert any("features of one example listed" in note for note in logderiv.derive(_LINEAR_COST, let=[_DL500_MODEL]).notes)
    slip = answer.replace(r"\frac{1}{m}", r"\frac{1}{2m}")
    assert logderiv.check(slip, cost=_LINEAR_COST, let=[_DL500_MODEL]).verdict == "different"


def test_other_argument_lists_stay_refused():
    import pytest

    import logderiv
    from logderiv.errors import InputError

    for head in (r"h_\theta(x_1,x_3,...,x_n)", r"h_\theta(x_1,x_2)", r"h_\theta(x_2,x_3,...,x_n)", r"h_\theta(x_1,...,x_m)"):
        with pytest.raises(InputError):
            logderiv.check("0", cost=_LINEAR_COST, let=[head + r"=\theta_0+\theta_1x_1+...+\theta_nx_n"])


# -- a bare L differentiated, beside L(w) = … the page defines: the cost's own letter --------------------------------
# the whole quiz page (cold6 quiz_logreg_l2_ce_part_only.md): L(w) = −(1/N)Σ[…] on line 2, ∂L/∂w_j on every later line,
# the lemma ∂h_w(x_i)/∂w_j = h(1 − h)x_ij beside them (hand-worked above by sympy.diff: the last line is the gradient)

_QUIZ_PAGE = (Path(__file__).parent / "derivations_cold6" / "quiz_logreg_l2_ce_part_only.md").read_text(encoding="utf-8")


def test_the_quiz_page_is_read_with_and_without_the_preset(tmp_path):
    for options in ((), ("--cost", "logistic")):
        result = _steps(tmp_path, _QUIZ_PAGE, "-f", "json", *options)
        review = json.loads(result.stdout)
        assert (result.exit_code, review["ending"]) == (0, "gradient"), options
        assert not [step for step in review["steps"] if step["valid"] is False]
        assert any(note.startswith("L names the cost: line 2 defines it") for note in review["notes"])


def test_a_slip_on_the_quiz_pages_last_line_is_wrong_there(tmp_path):
    page = _QUIZ_PAGE.replace(r"\left[(h_w(x_i) - y_i) \cdot x_{ij}\right]$$", r"\left[(y_i - h_w(x_i)) \cdot x_{ij}\right]$$")
    assert _review(tmp_path, page)[:3] == (1, "wrong", [23])


def test_the_quiz_page_against_another_preset_is_refused(tmp_path):
    result = _steps(tmp_path, _QUIZ_PAGE, "--cost", "linear")
    assert result.exit_code == 2 and "which is not --cost linear" in result.stderr


def test_a_bare_l_is_not_the_cost_beside_a_calligraphic_one_or_without_a_definition_of_the_parameters():
    from logderiv.notation.cost_names import cost_named_otherwise

    page = "$$L(w) = \\sum_i (w^T x_i - y_i)^2$$\n\n$$\\frac{\\partial L}{\\partial w_j} = \\sum_i 2(w^T x_i - y_i)x_{ij}$$\n"
    assert cost_named_otherwise(page)[1]  # the quiz's shape: renamed
    assert not cost_named_otherwise(page.replace("L(w) =", "L =", 1))[1]  # L of nothing said: a likelihood? not picked
    assert not cost_named_otherwise(page + "$$\\mathcal{L}(w) = 0$$\n")[1]  # 𝓛 beside L: two names
    assert not cost_named_otherwise(page + "$$J = 1$$\n")[1]  # the page writes J itself
