"""fixderiv3 (issue 10, third round): pages refused as "the notes hold N derivations" taken to the end.

(a) A display whose rows each open with a left side of their own is as many equations as displays of their own:
pyglmnet's cheatsheet (glm-tools/pyglmnet doc/cheatsheet.rst, tests/derivations_cold9) lists its model as
``z_i &= β_0 + Σ_j β_j x_{ij} \\\\ μ_i &= z_i`` and its gradient as ``∂J/∂β_0 &= … \\\\ ∂J/∂β_j &= …``: two definitions
and two derivatives, each checked, never one chain equating them. A row with no left side (``&= …``) goes on with
the chain, as before.

(b) A cost named apart from the one the derivation differentiates — the family's log-likelihood 𝓛 beside the
penalised loss J, the gradient rows naming J — is another cost, set aside with a note.

(c) Derivatives set as the rows of one display end where its last row does (the hand working of the planted
cheatsheet: "lines 30–31 are untouched and valid, so the last line is the gradient"); derivatives in displays of
their own keep "the page ends at the gradient only if every one does" (derivations_inline's gd_notes row).

Every reading is held on near-variants that mean something else (a slip in the second row, the derivatives naming
𝓛, J defined through 𝓛, derivatives naming no cost), caught at their line or refused. The hand-worked truths are
checked independently of logderiv, with sympy.diff and central finite differences (tests/_numeric.py).
"""

from __future__ import annotations

from pathlib import Path

import numpy
import sympy

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences
from logderiv.notation.notes import display_blocks

HERE = Path(__file__).parent

#: source: glm-tools/pyglmnet doc/cheatsheet.rst, section "Gaussian: `gaussian`" (tests/derivations_cold9): the model
#: (lines 8–9), 𝓛 (line 15), J (lines 21–22), μ(zᵢ) = zᵢ (line 28), ∂J/∂β₀ (line 29), ∂J/∂βⱼ (lines 30–31)
_GAUSSIAN = (HERE / "derivations_cold9" / "pyglmnet_cheatsheet_gaussian_l2_elasticnet.md").read_text(encoding="utf-8")
#: the same file's section "Poisson: `softplus`": ∂J/∂β₀ (line 31), ∂J/∂βⱼ with σ(zᵢ) twice (line 32)
_SOFTPLUS = (HERE / "derivations_cold9" / "pyglmnet_cheatsheet_softplus_poisson_extra_sigma.md").read_text(encoding="utf-8")

_INTERCEPT_ROW = r"\frac{\partial J}{\partial \beta_0} &= -\frac{1}{n}\sum_i (y_i - \mu_i) \\"
_COMPONENT_ROW = r"&= -\frac{1}{n}\sum_i (y_i - \mu_i) x_{ij}"


# -- the hand-worked truths, checked independently ----------------------------------------------------------------


def _gaussian(n: int = 3, features: int = 2):
    """β₀, β, x, y and J = (1/2n)Σᵢ(yᵢ − β₀ − Σⱼβⱼxᵢⱼ)² + λ(1 − α)½Σⱼβⱼ², as sympy expressions."""
    b0, lam, alpha = sympy.symbols("b0 lambda alpha")
    beta = sympy.symbols(f"b1:{features + 1}")
    x = [[sympy.Symbol(f"x{i}_{j}") for j in range(features)] for i in range(n)]
    y = sympy.symbols(f"y0:{n}")
    mu = [b0 + sum(beta[j] * x[i][j] for j in range(features)) for i in range(n)]
    cost = sympy.Rational(1, 2 * n) * sum((y[i] - mu[i]) ** 2 for i in range(n)) \
        + lam * (1 - alpha) * sympy.Rational(1, 2) * sum(b ** 2 for b in beta)
    return b0, beta, x, y, mu, lam, alpha, cost


def test_the_gaussian_cheatsheet_rows_by_sympy_diff():
    """∂J/∂β₀ = −(1/n)Σ(yᵢ − μᵢ), ∂J/∂βⱼ = −(1/n)Σ(yᵢ − μᵢ)xᵢⱼ + λ(1 − α)βⱼ; −Σ(yᵢ − μᵢ), the 1/n lost, is not ∂J/∂β₀."""
    b0, beta, x, y, mu, lam, alpha, cost = _gaussian()
    n = len(y)
    intercept = -sympy.Rational(1, n) * sum(y[i] - mu[i] for i in range(n))
    assert sympy.expand(sympy.diff(cost, b0) - intercept) == 0
    assert sympy.expand(sympy.diff(cost, b0) - n * intercept) != 0
    for j, b in enumerate(beta):
        component = -sympy.Rational(1, n) * sum((y[i] - mu[i]) * x[i][j] for i in range(n)) + lam * (1 - alpha) * b
        assert sympy.expand(sympy.diff(cost, b) - component) == 0
        assert sympy.expand(sympy.diff(cost, b) + component - 2 * lam * (1 - alpha) * b) != 0  # the sign flipped


def test_the_softplus_poisson_component_by_finite_differences():
    """J = (1/n)Σ log(1 + e^{zᵢ}) − (1/n)Σ yᵢ log log(1 + e^{zᵢ}) + λ(1 − α)½Σβⱼ²: its ∂J/∂βⱼ has σ(zᵢ) once, not twice."""
    rng = numpy.random.default_rng(3)
    n, k = 5, 3
    x, y = rng.normal(size=(n, k)), rng.poisson(2.0, size=n).astype(float)
    lam, alpha = 0.3, 0.4

    def cost(v):
        z = v[0] + x @ v[1:]
        mu = numpy.log1p(numpy.exp(z))
        return numpy.mean(mu) - numpy.mean(y * numpy.log(mu)) + lam * (1 - alpha) * 0.5 * v[1:] @ v[1:]

    at = rng.normal(size=k + 1) / 2
    z = at[0] + x @ at[1:]
    sigma, mu = 1 / (1 + numpy.exp(-z)), numpy.log1p(numpy.exp(z))
    intercept = numpy.mean(sigma) - numpy.mean(y * sigma / mu)
    component = (sigma - y * sigma / mu) @ x / n + lam * (1 - alpha) * at[1:]
    written = (sigma - sigma * y * sigma / mu) @ x / n + lam * (1 - alpha) * at[1:]
    numeric = central_differences(cost, at)
    numpy.testing.assert_allclose(numeric, numpy.concatenate([[intercept], component]), rtol=1e-6)
    assert not numpy.allclose(numeric[1:], written, rtol=1e-3)


# -- (a) rows of their own -----------------------------------------------------------------------------------------


def test_rows_with_left_sides_of_their_own_are_equations_of_their_own():
    r"""``z_i &= … \\ \mu_i &= z_i`` is two blocks; ``J &= A \\ &= B`` (and a label set under the =) stays one chain."""
    listed = "$$\nz_i &= \\beta_0 + x_i \\\\\n\\mu_i &= z_i\n$$\n"
    assert [listed[b.maths[0]:b.maths[1]] for b in display_blocks(listed)] == ["z_i &= \\beta_0 + x_i", "\\mu_i &= z_i"]
    chain = "$$\nJ &= a + b \\\\\n&= b + a \\\\\n\\small\\underset{\\text{swap}}= a + b\n$$\n"
    assert len(display_blocks(chain)) == 1
    broken = "$$\nJ = a +\n b \\\\\n + c\n$$\n"  # a side broken over rows, one = in all
    assert len(display_blocks(broken)) == 1


def test_the_gaussian_cheatsheet_reads_each_row_and_ends_at_the_gradient(tmp_path):
    """The real page (by hand: gradient, no slip): each derivative checked, the model's rows read as definitions."""
    code, ending, wrong, review = _review(tmp_path, _GAUSSIAN)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert sorted({step["line"] for step in review["steps"]}) == [29, 30]
    notes = " ".join(review["notes"])
    assert "line 8 defines z_i beside the derivation" in notes and "line 9 defines \\mu_i beside the derivation" in notes
    assert "line 15 defines another cost than the one the derivation" in notes


def test_a_slip_in_the_second_row_is_caught_at_its_line(tmp_path):
    """∂J/∂βⱼ's residual term with its sign flipped (line 30): wrong there, and the page ends wrong."""
    planted = _GAUSSIAN.replace(_COMPONENT_ROW, _COMPONENT_ROW.replace("&= -", "&= "))
    assert planted != _GAUSSIAN
    code, ending, wrong, _ = _review(tmp_path, planted)
    assert (code, ending, wrong) == (1, "wrong", [30])


def test_the_softplus_pages_extra_sigma_is_caught_at_line_32(tmp_path):
    """The real page (by hand: wrong, line 32): ∂J/∂β₀ holds, ∂J/∂βⱼ carries σ(zᵢ) twice."""
    code, ending, wrong, _ = _review(tmp_path, _SOFTPLUS)
    assert (code, ending, wrong) == (1, "wrong", [32])


# -- (b) a cost named apart ----------------------------------------------------------------------------------------


def test_derivatives_naming_the_log_likelihood_are_never_read_as_js(tmp_path):
    r"""The rows written ∂𝓛/∂β: 𝓛 = −½Σ(yᵢ − μᵢ)² is then the cost; they are not its derivatives: refused."""
    page = _GAUSSIAN.replace(r"\partial J}", r"\partial \mathcal{L}}")
    assert page != _GAUSSIAN
    result = _steps(tmp_path, page)
    assert result.exit_code == 2 and "^" in result.stderr and "Traceback" not in result.stderr


def test_a_cost_defined_through_the_other_is_not_set_aside(tmp_path):
    """J = −(1/n)𝓛 + penalty needs 𝓛: neither is set aside, and the page is refused as before (exit 2, a caret)."""
    start = _GAUSSIAN.index(r"    J = \frac{1}{2n}")
    end = _GAUSSIAN.index(r"\beta_j^2\\", start) + len(r"\beta_j^2\\")
    page = _GAUSSIAN[:start] + r"    J = -\frac{1}{n}\mathcal{L} + \lambda (1 - \alpha) \frac{1}{2}\sum_j \beta_j^2\\" \
        + _GAUSSIAN[end:]
    result = _steps(tmp_path, page)
    assert result.exit_code == 2 and "^" in result.stderr and "Traceback" not in result.stderr
    assert "defines another cost" not in result.output


def test_derivatives_naming_no_cost_stay_refused(tmp_path):
    r"""``\frac{\partial}{\partial \beta_0} &= …``: which of 𝓛 and J is derived is not said — refused, never read."""
    page = _GAUSSIAN.replace(r"\frac{\partial J}{\partial \beta_0}", r"\frac{\partial}{\partial \beta_0}") \
        .replace(r"\frac{\partial J}{\partial \beta_j}", r"\frac{\partial}{\partial \beta_j}")
    assert page != _GAUSSIAN
    result = _steps(tmp_path, page)
    assert result.exit_code == 2 and "^" in result.stderr and "Traceback" not in result.stderr


# -- (c) where rows of one display end -----------------------------------------------------------------------------


def test_a_dropped_mean_in_the_first_row_is_caught_and_the_display_ends_at_its_last_row(tmp_path):
    """cold9's planted copy: −Σ(yᵢ − μᵢ) for ∂J/∂β₀ (line 29) is wrong there; ∂J/∂βⱼ, the last row, is the gradient."""
    planted = _GAUSSIAN.replace(_INTERCEPT_ROW, _INTERCEPT_ROW.replace(r"-\frac{1}{n}\sum_i", r"-\sum_i"))
    assert planted != _GAUSSIAN
    code, ending, wrong, review = _review(tmp_path, planted)
    assert (code, ending, wrong) == (1, "gradient", [29])
    assert any("the display ends where its last row does" in note and "(line 29) ends wrong" in note
               for note in review["notes"])


def test_the_same_rows_in_displays_of_their_own_end_wrong(tmp_path):
    """Each derivative in a ``.. math::`` of its own: the page ends at the gradient only if every one does, as before."""
    planted = _GAUSSIAN.replace(_INTERCEPT_ROW, _INTERCEPT_ROW.replace(r"-\frac{1}{n}\sum_i", r"-\sum_i")[:-3]
                                + "\n\n.. math::\n\n")
    assert planted.count(".. math::") == _GAUSSIAN.count(".. math::") + 1
    code, ending, wrong, _ = _review(tmp_path, planted)
    assert (code, ending, wrong) == (1, "wrong", [29])


# -- (d) a definition reached through another, beside a lemma ----------------------------------------------------

#: cut from tests/derivations_inline/ko_notes_chain_rule_one_sample.md (Korean study notes, "5.4 chain rule과 역전파"):
#: its model z = wx + b, ŷ = z and one example's loss L = (ŷ − y)² (line 1), the lemma ∂ŷ/∂w = x (line 3), then
#: ∂L/∂w (line 4) and ∂L/∂b (line 5); the page's ∂L/∂ŷ bullet is left out
_CHAIN_RULE = ("`z = wx+b`, `ŷ = z`이고 `L=(ŷ-y)²`라면\n\n- `∂ŷ/∂w = x`\n- `∂L/∂w = 2(ŷ-y)x`\n- `∂L/∂b = 2(ŷ-y)`\n")


def test_one_examples_squared_error_by_sympy_diff():
    """L = (wx + b − y)²: ∂L/∂w = 2(ŷ − y)x, ∂L/∂b = 2(ŷ − y), ∂ŷ/∂w = x; 2(ŷ − y)x is not ∂L/∂b, nor 1 ∂ŷ/∂w."""
    w, b, x, y = sympy.symbols("w b x y")
    prediction = w * x + b
    loss = (prediction - y) ** 2
    assert sympy.expand(sympy.diff(loss, w) - 2 * (prediction - y) * x) == 0
    assert sympy.expand(sympy.diff(loss, b) - 2 * (prediction - y)) == 0
    assert sympy.expand(sympy.diff(loss, b) - 2 * (prediction - y) * x) != 0
    assert sympy.diff(prediction, w) == x != 1


def test_a_definition_used_through_another_is_read_beside_a_lemma(tmp_path):
    """ŷ = z, z = wx + b: z is the page's too, though only ŷ's value writes it (beside the lemma it was lost: 'the
    cost does not depend on w', the lemma's last letter glued to z)."""
    code, ending, wrong, review = _review(tmp_path, _CHAIN_RULE)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["valid"] for lemma in review["lemmas"] for step in lemma["steps"]] == [True]
    assert any("defines z beside the derivation" in note for note in review["notes"])


def test_a_false_lemma_and_a_slip_in_the_second_derivative_are_caught_at_their_lines(tmp_path):
    """∂ŷ/∂w = 1 is wrong at line 3 (the lemma); ∂L/∂b = 2(ŷ − y)x is wrong at line 5 and ends the page wrong."""
    review = _review(tmp_path, _CHAIN_RULE.replace("∂ŷ/∂w = x", "∂ŷ/∂w = 1"))[3]
    assert [(step["line"], step["valid"]) for lemma in review["lemmas"] for step in lemma["steps"]] == [(3, False)]
    code, ending, wrong, _ = _review(tmp_path, _CHAIN_RULE.replace("∂L/∂b = 2(ŷ-y)`", "∂L/∂b = 2(ŷ-y)x`"))
    assert (code, ending, wrong) == (1, "wrong", [5])


# -- (e) one example's cost by its prediction: ∂L/∂ŷ, the chain rule's first factor --------------------------------

#: source: tests/derivations_inline/ko_notes_chain_rule_one_sample.md (public code index file 67134018997), whole:
#: z = wx + b, ŷ = z, L = (ŷ − y)² (line 3); ∂L/∂ŷ = 2(ŷ − y) (line 5), ∂ŷ/∂w = x (line 6), ∂L/∂w (line 7), ∂L/∂b (line 8)
_KO_NOTES = (HERE / "derivations_inline" / "ko_notes_chain_rule_one_sample.md").read_text(encoding="utf-8")


def test_the_squared_error_by_its_prediction_by_sympy_diff():
    """d/dŷ (ŷ − y)² = 2(ŷ − y) = −2(y − ŷ); (ŷ − y) alone, the 2 lost, is not it."""
    prediction, y = sympy.symbols("yhat y")
    derivative = sympy.diff((prediction - y) ** 2, prediction)
    assert sympy.expand(derivative - 2 * (prediction - y)) == 0
    assert sympy.expand(derivative + 2 * (y - prediction)) == 0
    assert sympy.expand(derivative - (prediction - y)) != 0


def test_the_korean_chain_rule_notes_read_with_each_factor_checked(tmp_path):
    """The real page (by hand: gradient, no slip): ∂L/∂ŷ and ∂ŷ/∂w checked as lemmas, ∂L/∂w and ∂L/∂b as derivations."""
    code, ending, wrong, review = _review(tmp_path, _KO_NOTES)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [(step["line"], step["valid"]) for lemma in review["lemmas"] for step in lemma["steps"]] == [(5, True), (6, True)]
    assert any("∂L/∂ŷ differentiates one example's cost by ŷ, a name the cost writes" in note for note in review["notes"])


def test_a_lost_two_in_the_first_factor_is_caught_at_its_line(tmp_path):
    """∂L/∂ŷ = (ŷ − y) (line 5): that lemma's step is wrong; the derivations after it still hold."""
    page = _KO_NOTES.replace("∂L/∂ŷ = 2(ŷ-y)", "∂L/∂ŷ = (ŷ-y)")
    assert page != _KO_NOTES
    review = _review(tmp_path, page)[3]
    assert [(step["line"], step["valid"]) for lemma in review["lemmas"] for step in lemma["steps"]] == [(5, False), (6, True)]


def test_the_prediction_factor_is_read_only_where_the_cost_writes_the_prediction(tmp_path):
    """L written out, (wx + b − y)², or a mean over examples (which example's ŷ?): ∂L/∂ŷ stays refused, a caret at it."""
    for cost in ("L=(wx+b-y)²", "L=(1/m)Σ(ŷᵢ-yᵢ)²"):
        page = _KO_NOTES.replace("L=(ŷ-y)²", cost)
        assert page != _KO_NOTES
        result = _steps(tmp_path, page)
        assert result.exit_code == 2 and "line 5 differentiates the cost by another variable" in result.stderr
        assert "^" in result.stderr and "Traceback" not in result.stderr
