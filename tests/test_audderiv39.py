"""audderiv39: an adversarial review of fixderiv39's readings (a cost named Q, a lemma's 0 as the zero vector).

Misreads found, each pinned here with the writer's meaning worked out by hand and checked by finite differences:

1. The 0 alone after a derivative by the vector was read as the zero vector in the derivation itself, not only in
   a term-by-term lemma: ``Q(w) = (y − Xw)ᵀ(y − Xw)``, then ``∂/∂w Q(w) = 0`` (the writer sets the gradient to
   zero first), then ``−2Xᵀy + 2XᵀXw = 0``, was judged wrong at the ``= 0`` line, a false "different" (the page,
   refused before Q was read, reached it through the new reading; with J the same page was judged so on main).
   In the derivation, the 0 alone after the cost's derivative sets it to zero: a condition, not a step.
"""

from __future__ import annotations

import json

import numpy as np

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences


def _data(seed: int = 391, m: int = 7, n: int = 3):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n)


def test_the_hand_gradient_holds_and_is_not_zero():
    # Q(w) = (y − Xw)ᵀ(y − Xw): ∇Q = −2Xᵀy + 2XᵀXw, nonzero at a random w (so "∇Q = 0" is a condition, no identity)
    X, y, w = _data()
    gradient = central_differences(lambda v: (y - X @ v) @ (y - X @ v), w)
    assert np.allclose(gradient, -2 * X.T @ y + 2 * X.T @ X @ w, atol=1e-5)
    assert not np.allclose(gradient, 0)


SET_TO_ZERO_FIRST = r"""Ошибка

$$Q(w) = (y - Xw)^T(y - Xw).$$

Приравняем градиент к нулю:

$$\frac{\partial}{\partial w} Q(w) = 0$$

$$-2X^Ty + 2X^TXw = 0$$

$$w = (X^TX)^{-1}X^Ty$$
"""


def test_the_gradient_set_to_zero_before_it_is_written_out_is_no_wrong_step(tmp_path):
    # line 7 writes the condition ∇Q = 0, line 9 the gradient (right, by the hand result above) set to zero, line 11
    # its solution: no line is wrong, the page ends at the gradient
    code, ending, wrong, review = review_of_page(tmp_path, SET_TO_ZERO_FIRST)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert not any("read as the zero vector" in note for note in review["notes"])


def test_the_same_with_the_quotient_and_with_j(tmp_path):
    quotient = SET_TO_ZERO_FIRST.replace(r"\frac{\partial}{\partial w} Q(w)", r"\frac{\partial Q}{\partial w}")
    with_j = SET_TO_ZERO_FIRST.replace("Q(w)", "J(w)")
    for page in (quotient, with_j):
        code, ending, wrong, _review = review_of_page(tmp_path, page)
        assert (code, ending, wrong) == (0, "gradient", []), page


def test_a_wrong_gradient_after_the_condition_is_still_wrong(tmp_path):
    # −2Xᵀy + XᵀXw is not ∇Q (the hand result's 2 dropped): still wrong at its line
    X, y, w = _data(seed=5)
    assert not np.allclose(central_differences(lambda v: (y - X @ v) @ (y - X @ v), w), -2 * X.T @ y + X.T @ X @ w)
    page = SET_TO_ZERO_FIRST.replace(r"-2X^Ty + 2X^TXw = 0", r"-2X^Ty + X^TXw = 0")
    code, _ending, wrong, _review = review_of_page(tmp_path, page)
    assert code == 1 and wrong == [9]


def test_a_chain_set_to_zero_before_the_gradient_is_written_is_not_wrong(tmp_path):
    # ∂Q/∂w = ∂/∂w[yᵀy − 2yᵀXw + wᵀXᵀXw] = 0: the expansion is right (Q expanded), the 0 sets it to zero; the page
    # never writes the gradient out, so it is unfinished, but no line of it is wrong
    X, y, w = _data(seed=11)
    assert np.isclose((y - X @ w) @ (y - X @ w), y @ y - 2 * y @ X @ w + w @ X.T @ X @ w)
    page = ("$$Q(w) = (y - Xw)^T(y - Xw).$$\n\n"
            r"$$\frac{\partial}{\partial w} Q(w) = \frac{\partial}{\partial w}[y^Ty - 2y^TXw + w^TX^TXw] = 0$$" "\n")
    _code, ending, wrong, _review = review_of_page(tmp_path, page)
    assert wrong == [] and ending != "wrong"


# 2. The operator form with the argument, ∂/∂w R(w) = (new in fixderiv39 for every name, not Q alone), read a penalty
#    as the cost: the page writes the objective ‖y − Xw‖² + R(w) (or + Q(w)) in its prose, R(w) = λwᵀw, the
#    penalty's lemma ∂/∂w R(w) = 2λw, then the data term's and the whole gradient −2Xᵀy + 2XᵀXw + 2λw. R was read
#    as J = λwᵀw and the right gradient judged wrong (main refused the page). A one-letter name the page writes as a
#    term of a sum is a part of the cost, not the cost: not read so.
PENALTY_BESIDE = r"""The ridge objective is $\|y - Xw\|^2 + R(w)$, where

$$R(w) = \lambda w^Tw$$

$$\frac{\partial}{\partial w} R(w) = 2\lambda w$$

and the data term

$$\frac{\partial}{\partial w}(y - Xw)^T(y - Xw) = -2X^Ty + 2X^TXw$$

so the gradient is

$$-2X^Ty + 2X^TXw + 2\lambda w$$
"""


def test_the_ridge_gradient_by_hand():
    X, y, w = _data(seed=13)
    lam = 0.7
    gradient = central_differences(lambda v: (y - X @ v) @ (y - X @ v) + lam * v @ v, w)
    assert np.allclose(gradient, -2 * X.T @ y + 2 * X.T @ X @ w + 2 * lam * w, atol=1e-5)
    assert not np.allclose(gradient, 2 * lam * w)  # the penalty's gradient alone is not the page's last line


def test_a_penalty_written_as_a_term_of_the_objective_is_not_read_as_the_cost(tmp_path):
    from logderiv.notation.cost_names import cost_named_otherwise
    for letter in ("R", "Q"):
        page = PENALTY_BESIDE.replace("R(w)", f"{letter}(w)")
        assert cost_named_otherwise(page) == (page, []), letter
        result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
        if result.exit_code in (0, 1):
            review = json.loads(result.stdout)
            wrong = [step["line"] for step in review["steps"] if step["valid"] is False]
            assert wrong == [] and review["ending"] != "wrong", (letter, wrong, review["ending"])


def test_the_russian_notebooks_q_is_still_read(tmp_path):
    from logderiv.notation.cost_names import cost_named_otherwise
    text = "$$Q(w) = (y - Xw)^T(y - Xw)$$\n$$\\frac{\\partial}{\\partial w} Q(w) = -2X^Ty + 2X^TXw$$\n"
    renamed, said = cost_named_otherwise(text)
    assert renamed == text.replace("Q(w)", "J(w)") and said


# 3. Q read as the cost wherever the page wrote Q = … and ∂Q/∂w: a quadratic term named Q (Q = wᵀXᵀXw, its
#    derivative 2XᵀXw as a lemma) was read as the cost, and the page's whole least-squares gradient −2Xᵀy + 2XᵀXw
#    judged wrong against ∇Q (main refused the page); beside E(w) = (y − Xw)ᵀ(y − Xw), defined on the page, the
#    term Q was taken for the cost and E for a let. Q, a matrix or a term as often as the cost, is read as the cost
#    only where the page defines Q of the parameter, Q(w) = … (Vorontsov's), and no other capital of it.
QUADRATIC_TERM = r"""The quadratic term of the least-squares cost:

$$Q = w^TX^TXw$$

$$\frac{\partial Q}{\partial w} = 2X^TXw$$

and the whole gradient of $(y - Xw)^T(y - Xw)$ is

$$-2X^Ty + 2X^TXw$$
"""

BESIDE_E = r"""$$E(w) = (y - Xw)^T(y - Xw)$$

The quadratic term first:

$$Q(w) = w^TX^TXw$$

$$\frac{\partial Q}{\partial w} = 2X^TXw$$

Then

$$\nabla_w E = -2X^Ty + 2X^TXw$$
"""


def test_the_quadratic_terms_gradient_by_hand():
    X, y, w = _data(seed=17)
    assert np.allclose(central_differences(lambda v: v @ X.T @ X @ v, w), 2 * X.T @ X @ w, atol=1e-5)
    whole = central_differences(lambda v: (y - X @ v) @ (y - X @ v), w)
    assert np.allclose(whole, -2 * X.T @ y + 2 * X.T @ X @ w, atol=1e-5)
    assert not np.allclose(whole, 2 * X.T @ X @ w)


def test_a_term_named_q_is_not_read_as_the_cost(tmp_path):
    from logderiv.notation.cost_names import cost_named_otherwise
    for page in (QUADRATIC_TERM, BESIDE_E):
        assert cost_named_otherwise(page) == (page, []), page
    result = steps_of_page(tmp_path, QUADRATIC_TERM, "-f", "json", "--timeout", "60")
    if result.exit_code in (0, 1):
        review = json.loads(result.stdout)
        assert [step["line"] for step in review["steps"] if step["valid"] is False] == []
        assert review["ending"] != "wrong"
