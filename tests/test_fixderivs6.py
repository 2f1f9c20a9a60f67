"""fixderivs6: cold reading of written derivations — one training example's loss beside a summed cost.

CS229 ("for one training example (x, y)"), CSDN ("单个样本") and Ng's notes differentiate ONE example's term
of a summed cost. Expected results are worked out by hand: for one example, h = σ(θᵀx),

    ∂/∂θⱼ [y log h + (1 − y) log(1 − h)] = (y/h − (1 − y)/(1 − h)) h(1 − h) xⱼ = (y − h) xⱼ
    ∂/∂θⱼ −[y log h + (1 − y) log(1 − h)] = (h − y) xⱼ         (J = −(1/m) Σ …'s term, its 1/m dropped)
    ∂/∂θⱼ ½(h − y)² = (h − y) xⱼ                                (h = θᵀx)

checked below by central finite differences with NumPy, never against logderiv.
"""

from __future__ import annotations

import numpy

from _derivations_table import display as _display, review_of_page as _review, steps_of_page as _steps

_LOG_LIKELIHOOD = r"\ell(\theta)=\sum_{i=1}^m\left(y^{(i)}\log h(x^{(i)})+(1-y^{(i)})\log(1-h(x^{(i)}))\right)"
_COST = r"J(\theta)=-\frac{1}{m}\sum_{i=1}^m\left(y^{(i)}\log h(x^{(i)})+(1-y^{(i)})\log(1-h(x^{(i)}))\right)"
#: CS229's steps for one example's log-likelihood, each on a row of its own (lines 2–5 of the display)
_ONE_EXAMPLE_STEPS = (
    r"\frac{\partial}{\partial\theta_j}\ell(\theta)&=\left(y\frac{1}{g(\theta^Tx)}-(1-y)\frac{1}{1-g(\theta^Tx)}\right)"
    r"\frac{\partial}{\partial\theta_j}g(\theta^Tx)\\" "\n"
    r"&=\left(y\frac{1}{g(\theta^Tx)}-(1-y)\frac{1}{1-g(\theta^Tx)}\right)g(\theta^Tx)(1-g(\theta^Tx))"
    r"\frac{\partial}{\partial\theta_j}\theta^Tx\\" "\n"
    r"&=\left(y(1-g(\theta^Tx))-(1-y)g(\theta^Tx)\right)x_j\\" "\n"
    r"&=(y-h_\theta(x))x_j"
)


def _aligned(rows: str) -> str:
    return _display(r"\begin{aligned}" + "\n" + rows + "\n" + r"\end{aligned}")


def _page(prose: str, cost: str = _LOG_LIKELIHOOD, steps: str = _ONE_EXAMPLE_STEPS) -> str:
    return _display(cost) + prose + "\n" + _aligned(steps)


def test_the_hand_worked_one_example_gradients_by_finite_differences():
    generator = numpy.random.default_rng(6)
    n = 4
    x, theta, y = generator.normal(size=n), generator.normal(size=n), 0.3

    def numeric(loss):
        step = 1e-6
        return numpy.array([(loss(theta + step * e) - loss(theta - step * e)) / (2 * step) for e in numpy.eye(n)])

    sigma = lambda v: 1 / (1 + numpy.exp(-(x @ v)))  # noqa: E731
    log_likelihood = lambda v: y * numpy.log(sigma(v)) + (1 - y) * numpy.log(1 - sigma(v))  # noqa: E731
    h = sigma(theta)
    assert numpy.allclose(numeric(log_likelihood), (y - h) * x, atol=1e-6)
    assert numpy.allclose(numeric(lambda v: -log_likelihood(v)), (h - y) * x, atol=1e-6)
    assert numpy.allclose(numeric(lambda v: 0.5 * (x @ v - y) ** 2), (x @ theta - y) * x, atol=1e-6)


# -- the page says one example: its term is the cost checked --------------------------------------------------------

def test_for_one_training_example_reads_the_summed_log_likelihoods_term(tmp_path):
    page = _page("For one training example (x, y), we have:")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert review["one_example_of"] == "∂ℓ/∂θⱼ"
    assert any("one training example" in note and "that example's term" in note for note in review["notes"])


def test_the_one_example_reading_is_said_in_every_format(tmp_path):
    page = _page("Let's first take out one example $(x,y)$ to derive the stochastic gradient ascent rule:")
    text = _steps(tmp_path, page)
    markdown = _steps(tmp_path, page, "-f", "markdown")
    assert text.exit_code == markdown.exit_code == 0
    for output in (text.output, markdown.output):
        assert "one-example gradient" in output
        assert "summed over the examples" in output
        assert "that example's term" in output


def test_a_chinese_single_sample_announcement_and_the_mean_cost(tmp_path):
    # J = −(1/m) Σ …: one sample's term is −[y log h + (1 − y) log(1 − h)], the 1/m dropped; its gradient (h − y)xⱼ
    steps = (r"\frac{\partial}{\partial\theta_j}J(\theta)&=-\left(\frac{y}{h_\theta(x)}-\frac{1-y}{1-h_\theta(x)}\right)"
             r"h_\theta(x)(1-h_\theta(x))x_j\\" "\n" r"&=(h_\theta(x)-y)x_j")
    code, ending, wrong, review = _review(tmp_path, _page("对单个样本求导：", cost=_COST, steps=steps))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("the 1/m" in note for note in review["notes"])


def test_a_sign_slip_in_one_examples_derivation_is_still_found(tmp_path):
    # the same page ending at (y − h)xⱼ: −∂J₁/∂θⱼ for J's term, so the last step (display line 3, file line 7) is wrong
    steps = (r"\frac{\partial}{\partial\theta_j}J(\theta)&=-\left(\frac{y}{h_\theta(x)}-\frac{1-y}{1-h_\theta(x)}\right)"
             r"h_\theta(x)(1-h_\theta(x))x_j\\" "\n" r"&=(y-h_\theta(x))x_j")
    code, ending, wrong, _ = _review(tmp_path, _page("For a single training example:", cost=_COST, steps=steps))
    assert (code, ending, wrong) == (1, "wrong", [8])


def test_one_sample_of_half_the_squared_error(tmp_path):
    cost = r"J(\theta)=\frac{1}{2}\sum_{i=1}^m(h_\theta(x^{(i)})-y^{(i)})^2"
    steps = (r"\frac{\partial}{\partial\theta_j}J(\theta)&=(h_\theta(x)-y)\frac{\partial}{\partial\theta_j}(\theta^Tx-y)\\"
             "\n" r"&=(h_\theta(x)-y)x_j")
    code, ending, wrong, review = _review(tmp_path, _page("Consider a single sample:", cost=cost, steps=steps))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert review["one_example_of"] == "∂J/∂θⱼ"


# -- near variants: read as before, or refused ---------------------------------------------------------------------

def test_no_announcement_keeps_the_dropped_sum_a_wrong_step(tmp_path):
    # the page states only the summed ℓ and drops the sum silently: the first step is not ∂ℓ/∂θⱼ (as ols_methods')
    code, ending, wrong, review = _review(tmp_path, _page("Taking the derivative:"))
    assert (code, ending) == (1, "wrong")
    assert wrong == [7]  # lines 1–3 the cost, 4 the prose, 5 "$$", 6 \begin{aligned}, 7 the first row
    assert review["one_example_of"] is None


def test_a_bare_one_example_is_no_announcement(tmp_path):
    # "here is one example" names an instance, not a training example: the sum dropped stays a wrong step
    code, ending, _, review = _review(tmp_path, _page("Here is one example of the derivation:"))
    assert (code, ending) == (1, "wrong")
    assert review["one_example_of"] is None


def test_an_announcement_after_the_derivation_does_not_reach_back(tmp_path):
    page = _page("Taking the derivative:") + "\nThe same holds for one training example (x, y).\n"
    code, ending, _, review = _review(tmp_path, page)
    assert (code, ending) == (1, "wrong")
    assert review["one_example_of"] is None


def test_lines_that_keep_the_sum_are_the_summed_costs_derivation(tmp_path):
    # "for one training example" said, but the lines sum over i: they derive the whole ℓ, Σ(y⁽ⁱ⁾ − h⁽ⁱ⁾)xⱼ⁽ⁱ⁾
    steps = r"\frac{\partial}{\partial\theta_j}\ell(\theta)&=\sum_{i=1}^m(y^{(i)}-h_\theta(x^{(i)}))x_j^{(i)}"
    code, ending, wrong, review = _review(tmp_path, _page("For one training example (x, y) it is simple.", steps=steps))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert review["one_example_of"] is None


def test_a_penalised_cost_with_one_example_announced_is_refused_naming_both(tmp_path):
    # J = −(1/m)Σ… + (λ/2m)Σθ²: no one-example term (the penalty is not the examples'); which is derived is unclear
    cost = _COST + r"+\frac{\lambda}{2m}\sum_{k=1}^n\theta_k^2"
    steps = (r"\frac{\partial}{\partial\theta_j}J(\theta)&=-\left(\frac{y}{h_\theta(x)}-\frac{1-y}{1-h_\theta(x)}\right)"
             r"h_\theta(x)(1-h_\theta(x))x_j\\" "\n" r"&=(h_\theta(x)-y)x_j")
    result = _steps(tmp_path, _page("For one training example:", cost=cost, steps=steps))
    assert result.exit_code == 2
    message = result.stderr or result.output
    assert "one example" in message and "no one-example term" in message
    assert "sum dropped" in message and "one example's loss" in message
    assert "Traceback" not in message


# -- 2. a display that holds a sentence only is prose, not a step -------------------------------------------------

def test_a_display_of_words_only_is_prose_beside_the_derivation(tmp_path):
    # math.stackexchange questions set their sentences in $$\textrm{…}$$: no maths there, so no step
    page = _display(r"\textrm{Y is the vector of the outputs}") + _page("For one training example (x, y):")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("words set in a display" in note and "not read" in note for note in review["notes"])


def test_a_words_display_does_not_hide_a_slip(tmp_path):
    # the same page ending at (h − y)xⱼ, −∂ℓ₁/∂θⱼ: the words display changes nothing in the judging (last row, line 13)
    steps = _ONE_EXAMPLE_STEPS.replace(r"&=(y-h_\theta(x))x_j", r"&=(h_\theta(x)-y)x_j")
    page = _display(r"\text{Let X represent the matrix of inputs}") + _page("For one training example (x, y):",
                                                                             steps=steps)
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [13])


def test_one_upright_name_is_no_sentence(tmp_path):
    # \text{MSE} alone may open a chain (its '=' on the next display): it is kept, and read as before
    from logderiv.notation.page import read_page

    text = _display(r"\text{MSE}") + _display(r"=\frac{1}{n}\sum_{i=1}^n(y_i-\hat{y}_i)^2")
    assert len(read_page(text).blocks) == 2


# -- 3. one sample's label y_i beside the component j ----------------------------------------------------------------

_ONE_SAMPLE_COST = r"J(\theta)=-y_ilog(h_{\theta}(x))-(1-y_i)log(1-h_{\theta}(x))"


def test_one_samples_label_y_i_beside_theta_j_is_that_samples_label(tmp_path):
    # CSDN's single-sample loss writes y_i (TeX: y_ilog is y_i log) and x without i: i is the one sample, the only
    # reading a label's subscript has; ∂/∂θⱼ of −y log h − (1 − y) log(1 − h) is (h − y)xⱼ
    page = "令单个样本的损失函数为：" + _display(_ONE_SAMPLE_COST) + _display(
        r"\frac{\partial}{\partial\theta_j}J(\theta)=(h_\theta(x)-y_i)x_j")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("y_i read as its values" in note for note in review["notes"])


def test_one_samples_label_with_the_sign_flipped_is_wrong(tmp_path):
    page = _display(_ONE_SAMPLE_COST) + _display(r"\frac{\partial}{\partial\theta_j}J(\theta)=(y_i-h_\theta(x))x_j")
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [5])


def test_x_i_beside_theta_j_stays_refused(tmp_path):
    # x_i beside θⱼ may be feature i or example i's features: not read
    page = _display(r"J(\theta)=\frac{1}{2}(\theta_jx_i-y_i)^2") + _display(
        r"\frac{\partial}{\partial\theta_j}J(\theta)=(\theta_jx_i-y_i)x_i")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "Traceback" not in (result.stderr or result.output)


# -- 4. a factor glued to bare braces around a sum: TeX prints no bracket -----------------------------------------

def test_a_factor_glued_to_braces_around_a_difference_is_refused_naming_both(tmp_path):
    # CSDN writes y{\frac{1}{g} - (1-y)\frac{1}{1-g}}: the page shows y/g − (1 − y)/(1 − g) (the right chain rule);
    # read as a bracket it is y(1/g − (1 − y)/(1 − g)), and the step was judged wrong. Which is meant: refused
    steps = (r"\frac{\partial}{\partial\theta_j}\ell(\theta)&=y{\frac{1}{g(\theta^Tx)}-(1-y)\frac{1}{1-g(\theta^Tx)}}"
             r"\frac{\partial}{\partial\theta_j}g(\theta^Tx)\\" "\n" r"&=(y-h_\theta(x))x_j")
    result = _steps(tmp_path, _page("For one training example (x, y):", steps=steps))
    assert result.exit_code == 2
    message = result.stderr or result.output
    assert "braces print no bracket" in message and "whole group" in message and "first term" in message
    assert "Traceback" not in message


def test_braces_that_are_an_argument_or_hold_one_term_are_read_as_before():
    from logderiv.notation import parse_text
    from logderiv.notation.tree import shape

    def read(text):
        return shape(parse_text(text, input="latex").tree)

    # \frac's second argument, a script's group, and a group holding one signed term: TeX's meaning is plain
    assert read(r"\frac{a}{b-c}") == read(r"\frac{a}{(b-c)}")
    assert read(r"e^{-z}") == read(r"e^{(-z)}")
    assert read(r"y{-1}") == read(r"y-1")
