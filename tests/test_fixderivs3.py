"""Issue 10 (fixderivs3): real written derivations of the third blind set, read as a TA reads them.

Expected results are worked by hand in each test's comment (never copied from logderiv's output).
"""

from __future__ import annotations

from _derivations_table import review_of_page, steps_of_page


# --- a product that does not conform is the step's error, not a refusal of the whole page ---------------------------

#: J = ½(Xθ − y)ᵀ(Xθ − y); its gradient is XᵀXθ − Xᵀy. Line 4 writes (Xθ)ᵀ as XᵀθᵀX: Xᵀ is n×m and θᵀ is
#: 1×n, which do not conform, so line 4 is wrong (it equals nothing). Line 5 restarts with J′ and writes
#: the true gradient ½(2XᵀXθ − 2Xᵀy) = XᵀXθ − Xᵀy, so the derivation ends at the gradient.
TRANSPOSED = r"""$$
\begin{align*}
J(\theta) &= \frac{1}{2}(X\theta-y)^T(X\theta-y)\\
&= \frac{1}{2}(X^T\theta^T-y^T)(X\theta-y)\\
J(\theta)' &= \frac{1}{2}(2X^TX\theta - 2X^Ty)\\
&= X^TX\theta - X^Ty
\end{align*}
$$
"""


def test_a_product_that_does_not_conform_is_the_first_wrong_step(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, TRANSPOSED)
    assert (code, ending, wrong) == (1, "gradient", [4])
    step = review["steps"][1]
    assert step["valid"] is False and "1×n" in step["diagnosis"][0]["message"]


def test_the_cost_primed_is_its_gradient_said_in_a_note(tmp_path):
    _, _, _, review = review_of_page(tmp_path, TRANSPOSED)
    assert any("J′" in note and "∇J" in note for note in review["notes"])


def test_a_step_after_the_unconforming_one_is_compared_with_the_last_that_conforms(tmp_path):
    # ½(Xθ − y)ᵀ(Xθ − y) = ½(θᵀXᵀ − yᵀ)(Xθ − y) is right, then a line that does not conform, then
    # ½(θᵀXᵀXθ − 2θᵀXᵀy + yᵀy), the right expansion of line 3: it holds against line 3
    text = r"""$$
\begin{align*}
J(\theta) &= \frac{1}{2}(X\theta-y)^T(X\theta-y)\\
&= \frac{1}{2}(\theta^TX^T-y^T)(X\theta-y)\\
&= \frac{1}{2}(X^T\theta^T-y^T)(X\theta-y)\\
&= \frac{1}{2}(\theta^TX^TX\theta - 2\theta^TX^Ty + y^Ty)
\end{align*}
$$
"""
    result = steps_of_page(tmp_path, text, "-f", "json")
    import json

    steps = json.loads(result.stdout)["steps"]
    assert [step["valid"] for step in steps] == [True, True, False, True]


def test_a_cost_that_does_not_conform_is_still_refused(tmp_path):
    # nothing before it to compare with: which cost is derived cannot be known
    text = r"""$$
\begin{align*}
J(\theta) &= \frac{1}{2}(X^T\theta^T-y^T)(X\theta-y)\\
&= X^TX\theta - X^Ty
\end{align*}
$$
"""
    result = steps_of_page(tmp_path, text)
    assert result.exit_code == 2 and "1×n" in result.stderr


# --- several derivations, each of the cost by a parameter of its own: each checked ----------------------------------

#: ŷ = wx + b and J = (1/n)Σ(yᵢ − ŷᵢ)². By hand: ∂J/∂w = (2/n)Σ(yᵢ − ŷᵢ)(−xᵢ) = −(2/n)Σ(yᵢ − ŷᵢ)xᵢ and
#: ∂J/∂b = −(2/n)Σ(yᵢ − ŷᵢ). WSIGN and BSIGN are the signs written in front of each right side.
TWO = r"""The model is $\hat{y} = wx + b$.

$$J(w, b) = \frac{1}{n}\sum_{i=1}^{n}(y_i - \hat{y}_i)^2$$

$$\nabla_w J(w, b) = WSIGN\frac{2}{n}\sum_{i=1}^{n}(y_i - \hat{y}_i)x_i$$
$$\nabla_b J(w, b) = BSIGN\frac{2}{n}\sum_{i=1}^{n}(y_i - \hat{y}_i)$$
"""


def _two(w: str, b: str) -> str:
    return TWO.replace("WSIGN", w).replace("BSIGN", b)


def test_two_derivations_by_w_and_b_both_right_end_at_the_gradient(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, _two("-", "-"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["line"] for step in review["steps"]] == [5, 5, 6, 6]
    assert any(note.startswith("the notes hold 2 derivations") for note in review["notes"])
    assert any("∂J/∂b" in note and "intercept" in note for note in review["notes"])


def test_a_wrong_second_derivation_is_found_and_the_page_ends_wrong(tmp_path):
    # ∂J/∂w right, ∂J/∂b without its minus: the first wrong step is the b line, and the page is not right
    code, ending, wrong, _ = review_of_page(tmp_path, _two("-", ""))
    assert (code, ending, wrong) == (1, "wrong", [6])


def test_the_second_derivation_opens_against_its_own_derivative(tmp_path):
    result = steps_of_page(tmp_path, _two("-", ""))
    assert "Checking ∂J/∂wⱼ and ∂J/∂b" in result.stdout
    assert "equals ∂J/∂b" in result.stdout  # its first side, ∇_b J, against ∂J/∂b, never against line 5


def test_the_first_derivation_wrong_and_the_second_right_ends_wrong(tmp_path):
    code, ending, wrong, _ = review_of_page(tmp_path, _two("", "-"))
    assert (code, ending, wrong) == (1, "wrong", [5])


def test_two_derivations_read_with_different_costs_are_refused(tmp_path):
    # the cost is written under the first derivative only: read alone, the second would take the default cost
    text = (r"$$\frac{\partial}{\partial \theta_j} J(\theta) = \frac{\partial}{\partial \theta_j}\frac{1}{2m}"
            r"\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2 = \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}$$"
            "\n\n"
            r"$$\frac{\partial J}{\partial \theta_1} = \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_1^{(i)}"
            r" = \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_1^{(i)}$$" "\n")
    result = steps_of_page(tmp_path, text)
    assert result.exit_code == 2 and "different costs" in result.stderr


def test_two_derivations_with_wrt_are_refused_as_before(tmp_path):
    result = steps_of_page(tmp_path, _two("-", "-"), "--wrt", "b")
    assert result.exit_code == 2 and "derivations" in result.stderr


def test_two_chains_of_one_derivative_are_both_checked(tmp_path):
    """∂J/∂b derived twice, each a chain of two '=': both are checked (was refused; issue 10, fixmulti2).

    By hand: J = (1/n)Σ(yᵢ − wxᵢ − b)² has ∂J/∂b = −(2/n)Σ(yᵢ − wxᵢ − b) (tests/test_fixmulti.py holds the truth
    of this cost's partials by sympy.diff), so both chains hold; with the second's first minus dropped, its line 7 is
    wrong (the page's earliest wrong step), and its last side, written right, is still ∂J/∂b.
    """
    chain = r"$$\nabla_b J(w, b) = -\frac{2}{n}\sum_{i=1}^{n}(y_i - \hat{y}_i) = -\frac{2}{n}\sum_{i=1}^{n}(y_i - wx_i - b)$$"
    text = TWO.split("$$\\nabla_w")[0] + chain + "\n\n" + chain + "\n"
    code, ending, wrong, _ = review_of_page(tmp_path, text)
    assert (code, ending, wrong) == (0, "gradient", [])
    text = TWO.split("$$\\nabla_w")[0] + chain + "\n\n" + chain.replace("= -\\frac{2}{n}\\sum_{i=1}^{n}(y_i - \\hat", "= \\frac{2}{n}\\sum_{i=1}^{n}(y_i - \\hat") + "\n"
    code, ending, wrong, _ = review_of_page(tmp_path, text)
    assert (code, ending, wrong) == (1, "gradient", [7])


# --- one derivative restated in several displays, a model's chain and a lemma between them -------------------------

#: CS229's lecture 1 in Chinese notes (cold3): ∂J/∂θⱼ restated in each display, the model h = θᵀx⁽ⁱ⁾ = Σⱼθⱼxⱼ⁽ⁱ⁾
#: (written at example i) and the lemma ∂h/∂θⱼ = xⱼ⁽ⁱ⁾ between. By hand, J = ½Σ(h − y)² with h = MODEL:
#: ∂J/∂θⱼ = Σ(h − y)∂h/∂θⱼ, which is Σ(h − y)xⱼ for h = θᵀx and Σ(h − y)·2xⱼ for h = 2θᵀx.
RESTATED = r"""首先：
$$
\frac{\partial}{\partial \theta_j} J(\theta) = \frac{\partial}{\partial \theta_j} \left( \frac{1}{2} \sum_{i=1}^{m} (h_\theta(x^{(i)}) - y^{(i)})^2 \right)
$$
链式法则：
$$
\frac{\partial}{\partial \theta_j} J(\theta) = \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - y^{(i)} \right) \cdot \frac{\partial}{\partial \theta_j} h_\theta(x^{(i)})
$$
由于
$$
h_\theta(x^{(i)}) = MODEL
$$
因此：
$$
\frac{\partial}{\partial \theta_j} h_\theta(x^{(i)}) = LEMMA
$$
$$
\frac{\partial}{\partial \theta_j} J(\theta) = \sum_{i=1}^{m} \left( h_\theta(x^{(i)}) - y^{(i)} \right) LAST
$$
"""


def _restated(model: str, last: str, lemma: str = "x_j^{(i)}") -> str:
    return RESTATED.replace("MODEL", model).replace("LAST", last).replace("LEMMA", lemma)


def test_a_derivative_restated_in_each_display_is_one_derivation(tmp_path):
    text = _restated(r"\theta^T x^{(i)} = \sum_{j=0}^{n} \theta_j x_j^{(i)}", "x_j^{(i)}")
    code, ending, wrong, review = review_of_page(tmp_path, text)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["line"] for step in review["steps"]] == [3, 3, 7, 7, 18, 18]
    # the lemma ∂h_θ(x⁽ⁱ⁾)/∂θⱼ = xⱼ⁽ⁱ⁾ (true for h = θᵀx) was set aside unread; since fixchains it is checked
    assert [(lemma["line"], [step["valid"] for step in lemma["steps"]]) for lemma in review["lemmas"]] == [(15, [True])]
    assert any("at example i" in note for note in review["notes"])


def test_a_last_display_without_its_feature_is_wrong_there(tmp_path):
    code, ending, wrong, _ = review_of_page(tmp_path, _restated(r"\theta^T x^{(i)}", ""))
    assert (code, ending, wrong) == (1, "wrong", [18])


def test_a_model_written_at_example_i_is_the_model_read(tmp_path):
    # h = 2θᵀx: the right last line is Σ(h − y)·2xⱼ; Σ(h − y)xⱼ (θᵀx's) is wrong. Had the definition not been
    # read, h would be θᵀx and the verdicts the other way round
    right = review_of_page(tmp_path, _restated(r"2\theta^T x^{(i)}", r"\cdot 2x_j^{(i)}", "2x_j^{(i)}"))
    assert right[:3] == (0, "gradient", [])
    wrong = review_of_page(tmp_path, _restated(r"2\theta^T x^{(i)}", r"x_j^{(i)}"))
    assert wrong[:3] == (1, "wrong", [18])


def test_a_definition_at_example_i_with_its_label_is_not_made_a_function_of_x(tmp_path):
    # e(x^{(i)}) = θᵀx^{(i)} − y^{(i)}: the label is no function of x, so dropping the (i) would misread it
    text = (r"$$h_\theta(x^{(i)}) = \theta^T x^{(i)} - y^{(i)}$$" "\n\n"
            + _restated(r"\theta^T x^{(i)}", "x_j^{(i)}").split("由于")[0])
    result = steps_of_page(tmp_path, text, "-f", "json")
    assert "each ^{(i)} of it dropped" not in result.output
