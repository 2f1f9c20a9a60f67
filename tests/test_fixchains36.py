"""Pages of several chains of '=' (issue 10, fixchains36): what is read, what stays refused, and why it says so.

The 75 derivation pages refused with "the notes hold N derivations, each a chain of '=' …; which one is checked?" were
sorted by what blocks each (the report of fixchains36): in most, a chain judged alone meets notation of its own (a
prime, ξ, \\tilde, a circled label ③, a decorated name, an unknown word) or a question of the page's costs, not the
sorting of its chains, and those refusals stand. One kind was refused with no reason at all: derivations of the cost
by parameters of their own, one in matrix form (``∂J/∂w = (2/m)Xᵀ(ŷ − y) + (λ/m)w``) and one in index form
(``∂J/∂b = (2/m)Σᵢ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)``). Each is read alone and judged; the hand-made tables end such a page differently
(at its last line in tests/derivations_cold15, only where every part does in cold23). Where every part ends at the
gradient with every step holding the two agree, and the page is now read, its parts listed in turn (noted); where any
part is wrong or unfinished they may not, and the page stays refused — now saying what each part read alone was and
where it ends.

Guards (near-misses that must not be read otherwise): a lemma chain with a false step beside a right derivation is
wrong at the lemma's line, and the same slip moved into the derivation is the derivation's; two derivations of one
parameter ending at different values are judged (the later one wrong: wrong) or refused (a wrong route restated
right: the tables differ), never read as one right derivation. Every claimed value is checked here independently
(finite differences, sympy), never taken from logderiv's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import sympy

from _derivations_table import outcome_of, review_of_page, steps_of_page
from _numeric import central_differences

TESTS = Path(__file__).parent
COLD15 = TESTS / "derivations_cold15"


def _ridge(X: np.ndarray, y: np.ndarray, lam: float, params: np.ndarray) -> float:
    """J(w, b) = (1/m)Σᵢ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)² + (λ/2m)‖w‖², ŷ = Xw + b (the page's line 9), written out here."""
    w, b = params[:-1], params[-1]
    m = len(y)
    return float(np.sum((X @ w + b - y) ** 2) / m + lam / (2 * m) * w @ w)


def _ridge_data() -> tuple[np.ndarray, np.ndarray, float, np.ndarray]:
    rng = np.random.default_rng(36)
    X, y = rng.normal(size=(6, 3)), rng.normal(size=6)
    return X, y, 0.7, np.array([0.4, -0.3, 0.9, 0.3])


def test_the_ridge_page_s_two_derivations_in_two_forms_are_read_each_at_the_gradient(tmp_path):
    """tests/derivations_cold15/ml_md_ridge_mse_wb_partials.md (public code index file 410621208, verbatim): line 19
    ∂J/∂w = (2/m)Xᵀ(ŷ − y) + (λ/m)w, line 21 ∂J/∂b = (2/m)Σᵢ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾): both right (finite differences here), so
    the page ends at the gradient with no wrong step under either table's convention: read (its expected.txt row)."""
    X, y, lam, params = _ridge_data()
    numeric = central_differences(lambda v: _ridge(X, y, lam, v), params)
    w, b, m = params[:-1], params[-1], len(y)
    residual = X @ w + b - y
    assert np.allclose(numeric[:-1], 2 / m * X.T @ residual + lam / m * w, atol=1e-6)  # line 19, by hand
    assert np.isclose(numeric[-1], 2 / m * residual.sum(), atol=1e-6)  # line 21, by hand
    assert outcome_of(COLD15, "ml_md_ridge_mse_wb_partials.md") == ("right", "")
    exit_code, ending, wrong, review = review_of_page(tmp_path, (COLD15 / "ml_md_ridge_mse_wb_partials.md").read_text(
        encoding="utf-8"))
    assert (exit_code, ending, wrong) == (0, "gradient", [])
    assert [step["line"] for step in review["steps"]] == [9, 19, 21, 21]
    assert review["notes"][0].startswith("the notes hold 2 derivations of the one cost, each by a parameter of its own, "
                                         "some in matrix form and some in index form")
    assert review["notes"][0].endswith("∂J/∂w (line 19), in matrix form, compared with ∇J, ends at the gradient; ∂J/∂b "
                                       "(line 21), in index form, ends at the gradient")


def test_the_planted_ridge_page_says_its_matrix_derivation_ends_wrong_and_stays_refused():
    """..._planted_penalty.md: line 19's penalty written (λ/2m)w for (λ/m)w (wrong: finite differences), line 21 right
    and last. The tables' conventions differ on such a page's ending (cold15: the last line's, gradient; cold23:
    wrong), so it stays refused; the refusal says ∂J/∂w ends wrong and ∂J/∂b at the gradient."""
    X, y, lam, params = _ridge_data()
    numeric = central_differences(lambda v: _ridge(X, y, lam, v), params)
    w, b, m = params[:-1], params[-1], len(y)
    residual = X @ w + b - y
    assert not np.allclose(numeric[:-1], 2 / m * X.T @ residual + lam / (2 * m) * w, atol=1e-4)  # the plant
    kind, message = outcome_of(COLD15, "ml_md_ridge_mse_wb_partials_planted_penalty.md")
    assert kind == "refused"
    assert "∂J/∂w (line 19), in matrix form, compared with ∇J, ends wrong; ∂J/∂b (line 21)" in message


#: a synthetic ridge page of the same kind, smaller (λ = 0 below: the penalty's derivative (λ/m)w is checked in
#: _ridge's test above)
_MIXED = r"""$$J(\mathbf{w}, b) = \frac{1}{m} \sum_{i=1}^{m} \left( \hat{y}^{(i)} - y^{(i)} \right)^2 + \frac{\lambda}{2m} \|\mathbf{w}\|^2$$

$$\frac{\partial J}{\partial \mathbf{w}} = \frac{2}{m} X^T (\hat{\mathbf{y}} - \mathbf{y}) + \frac{\lambda}{m} \mathbf{w}$$

$$\frac{\partial J}{\partial b} = \frac{2}{m} \sum_{i=1}^{m} (\hat{y}^{(i)} - y^{(i)})$$
"""


def _mean_square_wb_facts() -> tuple[float, float]:
    """∂/∂w and ∂/∂b of (1/m)Σ(Xw + b − y)² are (2/m)Xᵀ(ŷ − y) and (2/m)Σ(ŷ − y) (finite differences); returns how
    far (1/m)Xᵀ(ŷ − y) and (1/m)Σ(ŷ − y), the slips below, are from them."""
    rng = np.random.default_rng(363)
    X, y, params = rng.normal(size=(5, 2)), rng.normal(size=5), rng.normal(size=3)
    numeric = central_differences(lambda v: float(np.sum((X @ v[:-1] + v[-1] - y) ** 2) / len(y)), params)
    residual = X @ params[:-1] + params[-1] - y
    assert np.allclose(numeric[:-1], 2 / len(y) * X.T @ residual, atol=1e-6)
    assert np.isclose(numeric[-1], 2 / len(y) * residual.sum(), atol=1e-6)
    return (float(np.abs(numeric[:-1] - X.T @ residual / len(y)).max()),
            float(abs(numeric[-1] - residual.sum() / len(y))))


def test_matrix_form_beside_index_form_both_right_is_read(tmp_path):
    _mean_square_wb_facts()
    exit_code, ending, wrong, review = review_of_page(tmp_path, _MIXED)
    assert (exit_code, ending, wrong) == (0, "gradient", [])
    assert [step["line"] for step in review["steps"]] == [1, 3, 5, 5]


def test_two_forms_read_alone_with_two_models_stay_refused(tmp_path):
    """The guard of one cost: without the penalty, ∂J/∂b's lines write no w, and read alone its undefined ŷ is θᵀx + b
    where ∂J/∂w's is wᵀx + b — two models of one page, not merged (both parts right: finite differences)."""
    _mean_square_wb_facts()
    page = _MIXED.replace(r" + \frac{\lambda}{2m} \|\mathbf{w}\|^2", "").replace(r" + \frac{\lambda}{m} \mathbf{w}", "")
    assert r"\lambda" not in page
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2
    assert ("∂J/∂w (line 3), in matrix form, compared with ∇J, ends at the gradient; ∂J/∂b (line 5), in index form, "
            "ends at the gradient") in result.stderr


def test_matrix_form_wrong_beside_index_form_right_stays_refused_with_each_part_said(tmp_path):
    """The guard: ∂J/∂w's 2 dropped (wrong), ∂J/∂b right and last: the tables' conventions differ, refused, saying so."""
    off_w, _ = _mean_square_wb_facts()
    assert off_w > 1e-3
    result = steps_of_page(tmp_path, _MIXED.replace(r"\frac{2}{m} X^T", r"\frac{1}{m} X^T"), "--timeout", "60")
    assert result.exit_code == 2
    assert "line 5, column 3" in result.stderr
    assert ("∂J/∂w (line 3), in matrix form, compared with ∇J, ends wrong; ∂J/∂b (line 5), in index form, ends at the "
            "gradient") in result.stderr
    assert "hint: check each derivation in a file of its own" in result.stderr


def test_index_form_wrong_after_matrix_form_right_stays_refused(tmp_path):
    """The guard the other way: ∂J/∂b's 2 dropped (wrong, and the last line): not read as the page at the gradient."""
    _, off_b = _mean_square_wb_facts()
    assert off_b > 1e-3
    result = steps_of_page(tmp_path, _MIXED.replace(r"\frac{2}{m} \sum", r"\frac{1}{m} \sum"), "--timeout", "60")
    assert result.exit_code == 2
    assert "∂J/∂b (line 5), in index form, ends wrong" in result.stderr


#: a page whose σ′ lemma has a false last step (σ(z)(1 + σ(z))), beside a right derivation of the logistic cost
_LEMMA_WRONG = r"""The cost:

$$J(\theta) = -\frac{1}{m}\sum_{i=1}^m \left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]$$

with $h_\theta(x) = \sigma(\theta^T x)$. A lemma:

$$\sigma'(z) = \frac{e^{-z}}{(1+e^{-z})^2} = \sigma(z)(1+\sigma(z))$$

The derivation:

$$\frac{\partial J}{\partial \theta_j} = -\frac{1}{m}\sum_{i=1}^m \left[\frac{y^{(i)}}{h_\theta(x^{(i)})} - \frac{1-y^{(i)}}{1-h_\theta(x^{(i)})}\right]h_\theta(x^{(i)})(1-h_\theta(x^{(i)}))x_j^{(i)} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}$$
"""


def _sigma_facts() -> None:
    """σ′ = e^{−z}/(1 + e^{−z})² = σ(1 − σ) ≠ σ(1 + σ), and the derivation's two sides equal per example (sympy)."""
    z, y, x = sympy.symbols("z y x", real=True)
    s = 1 / (1 + sympy.exp(-z))
    assert sympy.simplify(sympy.diff(s, z) - sympy.exp(-z) / (1 + sympy.exp(-z)) ** 2) == 0
    assert sympy.simplify(sympy.diff(s, z) - s * (1 - s)) == 0
    assert sympy.simplify(sympy.diff(s, z) - s * (1 + s)) != 0
    loss = -(y * sympy.log(s) + (1 - y) * sympy.log(1 - s))  # one example's term, z = θᵀx, ∂z/∂θⱼ = xⱼ
    assert sympy.simplify(sympy.diff(loss, z) * x - (s - y) * x) == 0
    assert sympy.simplify(-(y / s - (1 - y) / (1 - s)) * s * (1 - s) * x - (s - y) * x) == 0


def test_a_lemma_chain_with_a_false_step_is_the_page_s_first_wrong_step(tmp_path):
    _sigma_facts()
    result = steps_of_page(tmp_path, _LEMMA_WRONG, "-f", "json", "--timeout", "60")
    assert result.exit_code == 1, result.stderr
    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"
    assert [step["line"] for step in review["steps"] if step["valid"] is False] == []
    wrong = [step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if step["valid"] is False]
    assert wrong == [7]
    assert any("line 7 is a chain of its own beside the derivation" in note for note in review["notes"])


def test_the_same_slip_in_the_derivation_is_the_derivation_s(tmp_path):
    """The lemma put right, the derivation's last side's sign flipped (h + y): wrong at line 11, the lemma holds."""
    _sigma_facts()
    page = _LEMMA_WRONG.replace(r"\sigma(z)(1+\sigma(z))", r"\sigma(z)(1-\sigma(z))").replace(
        r"(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}$$", r"(h_\theta(x^{(i)}) + y^{(i)})x_j^{(i)}$$")
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 1, result.stderr
    review = json.loads(result.stdout)
    assert review["ending"] == "wrong"
    assert [step["line"] for step in review["steps"] if step["valid"] is False] == [11]
    assert all(step["valid"] for lemma in review["lemmas"] for step in lemma["steps"])


_COST = r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2$$"
_RIGHT = (r"$$\frac{\partial J}{\partial \theta_j} = \frac{1}{2m}\sum_{i=1}^m 2(\theta^T x^{(i)} - y^{(i)})x_j^{(i)} "
          r"= \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})x_j^{(i)}$$")
_WRONG = (r"$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) "
          r"= \frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})\cdot 1$$")


def _mean_square_facts() -> None:
    """∂/∂θⱼ of (1/2m)Σ(θᵀx − y)² is (1/m)Σ(θᵀx − y)xⱼ, not (1/m)Σ(θᵀx − y) (finite differences)."""
    rng = np.random.default_rng(3636)
    X, y, theta = rng.normal(size=(5, 3)), rng.normal(size=5), rng.normal(size=3)
    numeric = central_differences(lambda t: float(np.sum((X @ t - y) ** 2) / (2 * len(y))), theta)
    residual = X @ theta - y
    assert np.allclose(numeric, X.T @ residual / len(y), atol=1e-6)
    assert not np.allclose(numeric, np.full(3, residual.sum() / len(y)), atol=1e-3)


def test_two_derivations_of_one_parameter_the_later_wrong_is_judged_wrong_there(tmp_path):
    """∂J/∂θⱼ right (line 3), then again by another route ending elsewhere (line 5): the later one's first line is
    wrong, and it is the page's last word — wrong under either table's convention, never one right derivation."""
    _mean_square_facts()
    result = steps_of_page(tmp_path, "\n\n".join([_COST, _RIGHT, _WRONG]) + "\n", "-f", "json", "--timeout", "60")
    assert result.exit_code == 1, result.stderr
    review = json.loads(result.stdout)
    assert review["ending"] == "wrong"
    assert [step["line"] for step in review["steps"] if step["valid"] is False][:1] == [5]


def test_two_derivations_of_one_parameter_a_wrong_route_restated_right_stays_refused(tmp_path):
    """The wrong route first (line 3), the right one last (line 5): the tables differ on such a page (one derivation
    ending at its last statement, or two routes each judged), so it stays refused, at the wrong step, both named."""
    _mean_square_facts()
    result = steps_of_page(tmp_path, "\n\n".join([_COST, _WRONG, _RIGHT]) + "\n", "--timeout", "60")
    assert result.exit_code == 2
    assert "(in FILE, line 3, column 42): ∂J/∂θⱼ goes wrong on line 3 and is stated again on line 5" in result.stderr
    assert "Notes collected by hand follow either convention, so logderiv will not pick one" in result.stderr
