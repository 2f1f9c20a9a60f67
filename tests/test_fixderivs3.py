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
