"""fixderiv35: issue 10's refusals of real written derivations (derivations_cold36), read or refused better.

* ``\\triangledown`` (and ``\\bigtriangledown``), the writer's ∇ — the expression reader already reads it as ∇ —: the
  page reader sorts a chain opening with it as it sorts one opening with ``\\nabla`` (a derivative, the cost's
  gradient), noted "\\triangledown_\\theta J is the gradient of J by the vector θ". Before, such a page was refused
  ("take no derivative of it"), and PRML's Korean notes had "no derivative logderiv recognises" on line 78.
* ``--cost linear`` (a preset in θ, θᵀx) beside a page whose lines differentiate by w and b, the model f(x) = wx + b
  said only in plain prose: refused at the page's line with the preset written for one feature and an intercept as
  the way to check it — no longer "(in --wrt) … did you mean --wrt theta_j?" about an option the user never gave.

Expected gradients are worked by hand and held to central finite differences of NumPy costs (tests/_numeric.py).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from _derivations_table import outcome_of, review_of_page, steps_of_page
from _numeric import central_differences, half_mean_square

COLD36 = Path(__file__).parent / "derivations_cold36"

# source: derivations_cold36/pt_notes_linear_w_b_plain_text_half_m_resolved.md (a Portuguese course's notes,
# "### 2.10 Gradiente Descendente para Regressão Linear — Fórmulas Expandidas"), verbatim
PT_PAGE = """### 2.10 Gradiente Descendente para Regressão Linear — Fórmulas Expandidas

Para f(x) = wx + b e J(w,b) = (1/2m)Σ(wx⁽ⁱ⁾ + b - y⁽ⁱ⁾)², as derivadas resolvidas são:

```
∂J/∂w = (1/m) × Σ (f(x⁽ⁱ⁾) - y⁽ⁱ⁾) × x⁽ⁱ⁾
∂J/∂b = (1/m) × Σ (f(x⁽ⁱ⁾) - y⁽ⁱ⁾)
```

**Por que x⁽ⁱ⁾ aparece na atualização de w?** Regra da cadeia: derivar (wx⁽ⁱ⁾ + b - y⁽ⁱ⁾)² em relação a w resulta em 2(wx⁽ⁱ⁾+b-y⁽ⁱ⁾) × x⁽ⁱ⁾ (o fator 2 cancela com o 1/2m).
"""
#: the planted copy: the chain rule's inner derivative x⁽ⁱ⁾ dropped on line 6 (∂J/∂b's expression written for ∂J/∂w)
PT_PLANTED = PT_PAGE.replace("∂J/∂w = (1/m) × Σ (f(x⁽ⁱ⁾) - y⁽ⁱ⁾) × x⁽ⁱ⁾", "∂J/∂w = (1/m) × Σ (f(x⁽ⁱ⁾) - y⁽ⁱ⁾)")
#: the preset linear written for one feature and an intercept, as the refusal's hint gives it
ONE_FEATURE_LINEAR = "1/(2m) * sum(((w x + b) - y)^2)"


def test_the_planted_copy_is_the_folders_file() -> None:
    assert (COLD36 / "pt_notes_linear_w_b_plain_text_half_m_resolved.md").read_text(encoding="utf-8") == PT_PAGE
    assert (COLD36 / "pt_notes_linear_w_b_plain_text_half_m_resolved_planted_chain_rule.md").read_text(
        encoding="utf-8") == PT_PLANTED


def _one_feature_cost(wb: np.ndarray, x: np.ndarray, y: np.ndarray) -> float:
    """J(w, b) = (1/2m) Σ (w xᵢ + b − yᵢ)², the page's cost, as a NumPy function of (w, b)."""
    return half_mean_square(np.column_stack([x, np.ones_like(x)]), y, wb)


def test_the_pages_gradient_by_hand_agrees_with_finite_differences() -> None:
    # by hand: ∂J/∂w = (1/m) Σ (w xᵢ + b − yᵢ) xᵢ (the chain rule's inner derivative xᵢ), ∂J/∂b = (1/m) Σ (w xᵢ + b − yᵢ)
    rng = np.random.default_rng(35)
    x, y, wb = rng.normal(size=5), rng.normal(size=5), rng.normal(size=2)
    residual = wb[0] * x + wb[1] - y
    by_hand = np.array([np.mean(residual * x), np.mean(residual)])
    numeric = central_differences(lambda v: _one_feature_cost(v, x, y), wb)
    assert np.allclose(by_hand, numeric, atol=1e-7)
    # the planted line 6 is ∂J/∂b's value, not ∂J/∂w's
    assert not np.isclose(np.mean(residual), numeric[0])


@pytest.mark.parametrize("page", [PT_PAGE, PT_PLANTED], ids=["page", "planted"])
def test_cost_linear_beside_lines_by_w_is_refused_at_the_line_with_the_way_to_check_it(tmp_path, page) -> None:
    result = steps_of_page(tmp_path, page, "--cost", "linear")
    assert result.exit_code == 2
    assert "(in FILE, line 6, column" in result.stderr
    assert "line 6 differentiates by w, and --cost linear is written in θ (θᵀx), which holds no w" in result.stderr
    assert f"--cost '{ONE_FEATURE_LINEAR}'" in result.stderr
    assert "--let 'f(x) = w x + b'" in result.stderr
    assert "did you mean --wrt" not in result.stderr  # the old message, about an option never given
    assert "Traceback" not in result.output + result.stderr


def test_the_hints_options_check_the_page_and_its_planted_slip(tmp_path) -> None:
    options = ("--cost", ONE_FEATURE_LINEAR, "--let", "f(x) = w x + b")
    result = steps_of_page(tmp_path, PT_PAGE, "-f", "json", "--timeout", "60", *options)
    assert result.exit_code == 0, result.stderr
    assert '"ending": "gradient"' in result.stdout
    planted = steps_of_page(tmp_path, PT_PLANTED, "-f", "json", "--timeout", "60", *options)
    assert planted.exit_code == 1, planted.stderr
    import json

    review = json.loads(planted.stdout)
    assert review["ending"] == "wrong"
    assert [step["line"] for step in review["steps"] if step["valid"] is False][:1] == [6]


def test_the_cold36_rows_stay_refused_not_misread() -> None:
    for file in ("pt_notes_linear_w_b_plain_text_half_m_resolved.md",
                 "pt_notes_linear_w_b_plain_text_half_m_resolved_planted_chain_rule.md"):
        kind, detail = outcome_of(COLD36, file)
        assert kind == "refused" and "differentiates by w" in detail, (file, kind, detail)


# guards: what is not a preset in θ beside lines by w or b keeps its old reading or refusal


def test_a_formula_cost_in_theta_keeps_the_wrt_refusal(tmp_path) -> None:
    result = steps_of_page(tmp_path, PT_PAGE, "--cost", "1/(2m) * sum((theta^T x - y)^2)")
    assert result.exit_code == 2
    assert "differentiates by w, and --cost" not in result.stderr
    assert "(in --wrt)" in result.stderr


def test_an_l2_preset_keeps_the_wrt_refusal(tmp_path) -> None:
    # ridge's Σθₖ² over θ = (b, w) would hold b too: the preset has no one-feature form to suggest
    result = steps_of_page(tmp_path, PT_PAGE, "--cost", "ridge")
    assert result.exit_code == 2
    assert "differentiates by w, and --cost" not in result.stderr


def test_cost_linear_beside_lines_by_theta_j_is_read_as_before(tmp_path) -> None:
    page = ("$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^{m}"
            "(\\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}$$\n")
    result = steps_of_page(tmp_path, page, "--cost", "linear", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert '"ending": "gradient"' in result.stdout


# \triangledown, the writer's ∇: a chain opening with it is a derivative, the cost's gradient
TRIANGLEDOWN_PAGE = "\n".join([
    "The cost:", "",
    r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2 = "
    r"\frac{1}{2m}\sum_{i=1}^{m}(y^{(i)} - \theta^T x^{(i)})^2$$", "",
    "Its gradient:", "",
    r"$$\triangledown_\theta J(\theta) = \frac{1}{m}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)}) x^{(i)}$$", ""])


def test_the_triangledown_gradient_by_hand_agrees_with_finite_differences() -> None:
    rng = np.random.default_rng(36)
    X, y, theta = rng.normal(size=(6, 3)), rng.normal(size=6), rng.normal(size=3)
    by_hand = X.T @ (X @ theta - y) / len(y)  # (1/m) Σ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) x⁽ⁱ⁾
    assert np.allclose(by_hand, central_differences(lambda t: half_mean_square(X, y, t), theta), atol=1e-7)


@pytest.mark.parametrize("sign", [r"\triangledown", r"\bigtriangledown"])
def test_a_triangledown_gradient_is_read_as_nabla_with_a_note(tmp_path, sign) -> None:
    code, ending, wrong, review = review_of_page(tmp_path, TRIANGLEDOWN_PAGE.replace(r"\triangledown", sign))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith(sign + r"_\theta J is the gradient of J by the vector") for note in review["notes"])


def test_a_slip_after_triangledown_stays_wrong_at_its_line(tmp_path) -> None:
    page = TRIANGLEDOWN_PAGE.replace(r"x^{(i)}$$" + "\n", r"x^{(i)} + 1$$" + "\n")
    assert page != TRIANGLEDOWN_PAGE
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [7])


def test_triangle_up_is_not_read_as_the_gradient(tmp_path) -> None:
    # \triangle (Δ-like, a Laplacian or an increment) is no ∇: the page is not read as a derivation of J
    result = steps_of_page(tmp_path, TRIANGLEDOWN_PAGE.replace(r"\triangledown", r"\triangle"), "-f", "json")
    assert result.exit_code in (2, 3)
    assert '"ending": "gradient"' not in result.stdout


def test_prml_korean_notes_name_the_triangledown_derivative_in_their_refusal() -> None:
    # derivations_cold36/ko_notes_prml_logistic_cross_entropy_chain_y_n_a_n.md: E(w) = −ln p(T|w) = −Σ{…} (line 5),
    # then ∇E_n(w) = ∂E_n/∂y_n ∂y_n/∂a_n ∇a_n = … (line 78, written \triangledown): still two chains (E is no cost's
    # name logderiv reads; E_n one example's), but line 78 is now said to be a derivative, as it is
    for file in ("ko_notes_prml_logistic_cross_entropy_chain_y_n_a_n.md",
                 "ko_notes_prml_logistic_cross_entropy_chain_y_n_a_n_planted_sign.md"):
        kind, detail = outcome_of(COLD36, file)
        assert kind == "refused", (file, kind, detail)
        # fixcostname35 (merged beside this fix) names what line 78 differentiates: E_n, one example's term of E
        assert "line 5 defines E and rewrites it, and line 78 differentiates E_n, one example's term" in detail
        assert "no derivative logderiv recognises" not in detail
