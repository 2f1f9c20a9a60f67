r"""Let chains whose sides are one function written two ways, and three ways pages type LaTeX (issue 10, fixlets).

* ``h(x) = \sigma(w^Tx) = \sigma(w_0 + w_1x_1 + … + w_nx_n)``: both sides σ of arguments that agree (x₀ = 1);
* ``h_w(x) = g(w^Tx) = \frac{1}{1+e^{-w^Tx}}`` beside ``g(z) = \frac{1}{1+e^{-z}}``: g's own let put in;
* the Unicode ∑ in LaTeX, ``\vec{x_i}`` (the arrow over the scripts), ``\sum*{i=1}`` (a Markdown formatter's '*'
  for '_'); ``h*{\theta}`` beside such mangling stays refused (a subscript, or the product h·θ?).

Sides that truly differ stay refused. Verdicts are worked out by hand in the comments and the hand-worked
gradients held to central finite differences (tests/_numeric.py, NumPy only).
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from _numeric import central_differences as _fd
from logderiv import check, derive
from logderiv.cli import main
from logderiv.errors import InputError

RNG = np.random.default_rng(1617)

CE = r"J = -\frac{1}{m}\sum_{i=1}^{m} [y^{(i)}\log h(x^{(i)}) + (1-y^{(i)})\log(1-h(x^{(i)}))]"
SIGMA_CHAIN = r"h(\mathbf{x}) = \sigma(\mathbf{w}^T\mathbf{x}) = \sigma(w_0 + w_1x_1 + w_2x_2 + \ldots + w_nx_n)"
G = r"g(z)=\frac{1}{1+e^{-z}}"
G_CHAIN = r"h(x)=g(w^Tx)=\frac{1}{1+e^{-w^Tx}}"


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _notes(result) -> str:
    """A derivation's notes, or a verdict's with its problem's (the cost's and lets' readings)."""
    problem = getattr(result, "problem", None)
    return " | ".join((*(problem.notes if problem is not None else ()), *result.notes))


def test_cross_entropy_gradient_with_intercept_by_finite_differences():
    """The hand-worked gradient below: ∂/∂wⱼ of the mean cross-entropy of σ(w₀ + Σₖ wₖxₖ) is (1/m)Σ(σ − y)xⱼ."""
    X, y = RNG.normal(size=(6, 3)), RNG.integers(0, 2, size=6).astype(float)
    w0, w = 0.4, RNG.normal(size=3)

    def cost(v):
        p = _sigmoid(w0 + X @ v)
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))

    assert np.allclose(_fd(cost, w), X.T @ (_sigmoid(w0 + X @ w) - y) / 6, atol=1e-6)


# --- σ of arguments that agree ------------------------------------------------------------------------------------


def test_sigma_chain_reads_the_written_out_side_with_the_intercept():
    # by hand: h = σ(w₀ + Σₖ₌₁ⁿ wₖxₖ), so ∂J/∂wⱼ = (1/m)Σ(h − y)xⱼ — with w₀ in h, as the last side writes
    answer = r"\frac{1}{m}\sum_{i=1}^{m}(\sigma(w_0 + \sum_{k=1}^{n} w_k x_k^{(i)}) - y^{(i)})x_j^{(i)}"
    verdict = check(answer, cost=CE, wrt="w_j", let=[SIGMA_CHAIN])
    assert verdict.verdict == "equivalent"
    assert "x₀ = 1" in _notes(verdict)


def test_sigma_chain_without_the_intercept_is_different():
    # by hand: dropping w₀ from σ changes every term (σ(w₀ + s) ≠ σ(s) unless w₀ = 0)
    answer = r"\frac{1}{m}\sum_{i=1}^{m}(\sigma(\sum_{k=1}^{n} w_k x_k^{(i)}) - y^{(i)})x_j^{(i)}"
    assert check(answer, cost=CE, wrt="w_j", let=[SIGMA_CHAIN]).verdict == "different"


def test_sigma_chain_whose_arguments_differ_is_refused():
    with pytest.raises(InputError, match="the sides of the chain differ"):
        derive(CE, wrt="w_j", let=[r"h(\mathbf{x}) = \sigma(\mathbf{w}^T\mathbf{x}) = \sigma(w_0 + w_1x_1 + \ldots + "
                                   r"w_nx_n + b)"])


def test_sigma_and_exp_of_agreeing_arguments_are_not_one():
    # σ(u) and exp(u) are two functions: arguments that agree do not make the sides one
    with pytest.raises(InputError, match="the sides of the chain differ"):
        derive(CE, wrt="w_j", let=[r"h(\mathbf{x}) = \sigma(\mathbf{w}^T\mathbf{x}) = \exp(w_0 + w_1x_1 + \ldots + "
                                   r"w_nx_n)"])


def test_log_of_reordered_arguments_agrees():
    # log(wᵀx + b) and log(b + xᵀw): one argument, its terms in another order
    derivation = derive(r"J = \frac{1}{m}\sum_{i=1}^{m}(h(x^{(i)}) - y^{(i)})^2", wrt="b",
                        let=[r"h(x)=\log(w^Tx + b)=\log(b + x^Tw)"])
    assert "another order" in _notes(derivation)


# --- a side that calls another let's function ------------------------------------------------------------------


def test_g_defined_by_its_own_let_is_put_in():
    # by hand: h = g(wᵀx) = σ(wᵀx), the mean cross-entropy's gradient (1/m)Σ(σ(wᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾
    answer = r"\frac{1}{m}\sum_{i=1}^{m}(\frac{1}{1+e^{-w^Tx^{(i)}}} - y^{(i)})x_j^{(i)}"
    verdict = check(answer, cost=CE, wrt="w_j", let=[G, G_CHAIN])
    assert verdict.verdict == "equivalent"
    assert "read with the --let g put in" in _notes(verdict)


def test_g_chain_answer_without_the_mean_is_different():
    # by hand: Σ(σ − y)xⱼ is m times the gradient
    answer = r"\sum_{i=1}^{m}(\frac{1}{1+e^{-w^Tx^{(i)}}} - y^{(i)})x_j^{(i)}"
    assert check(answer, cost=CE, wrt="w_j", let=[G, G_CHAIN]).verdict == "different"


@pytest.mark.parametrize("lets", [
    (r"g(z)=\frac{1}{1+e^{z}}", G_CHAIN),  # g is σ(−z): the sides differ by the sign of the argument
    (G, r"h(x)=g(w^Tx)=\frac{1}{1+e^{-2w^Tx}}"),  # σ(2wᵀx)
    (r"g(z)=e^{z}", G_CHAIN),  # g is exp
])
def test_g_chain_whose_sides_differ_is_refused(lets):
    with pytest.raises(InputError, match="the sides of the chain differ"):
        derive(CE, wrt="w_j", let=list(lets))


def test_chain_note_in_json_output():
    result = CliRunner().invoke(main, ["derive", CE, "--wrt", "w_j", "--let", G, "--let", G_CHAIN, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "read with the --let g put in" in json.dumps(json.loads(result.output), ensure_ascii=False)


# --- the Unicode ∑ in LaTeX -------------------------------------------------------------------------------------

SSE = r"E = ∑(y_t - w \cdot x - b)^2"


def test_sse_gradient_by_finite_differences():
    """∂/∂w Σ(y − wx − b)² = Σ −2x(y − wx − b); ∂/∂b = Σ −2(y − wx − b)."""
    x, y, b, w = RNG.normal(size=5), RNG.normal(size=5), 0.3, 0.8
    assert np.allclose(_fd(lambda v: np.sum((y - v[0] * x - b) ** 2), np.array([w])), np.sum(-2 * x * (y - w * x - b)),
                       atol=1e-5)
    assert np.allclose(_fd(lambda v: np.sum((y - w * x - v[0]) ** 2), np.array([b])), np.sum(-2 * (y - w * x - b)),
                       atol=1e-5)


@pytest.mark.parametrize("answer, wrt, expected", [
    (r"∑-2x(y_t - w \cdot x - b)", "w", "equivalent"),
    (r"∑-2(y_t - w \cdot x - b)", "b", "equivalent"),
    (r"∑-2(y_t - w \cdot x - b)", "w", "different"),  # the ∂/∂b answer for w: the factor x is missing
    (r"∑2x(y_t - w \cdot x - b)", "w", "different"),  # the sign
])
def test_unicode_sum_in_latex(answer, wrt, expected):
    verdict = check(answer, cost=SSE, wrt=wrt)
    assert verdict.verdict == expected
    assert "the Unicode ∑ is read as the summation sign" in _notes(verdict)


# --- \vec{x_i} -------------------------------------------------------------------------------------------------


def test_vec_over_a_subscripted_letter():
    # (1/2n)Σᵢ(w·xᵢ + b − yᵢ)², n counting the examples: ∂/∂b = (1/n)Σ(w·xᵢ + b − yᵢ), the mean residual
    cost = r"\frac{1}{2n}\sum_{i=1}^n(\vec{w}\vec{x_i}+b-y_i)^2"
    derivation = derive(cost, wrt="b")
    assert r"'\vec{x_i}' is read as \vec{x}_i" in _notes(derivation)
    verdict = check(r"\frac{1}{n}\sum_{i=1}^n(\vec{w}\vec{x_i}+b-y_i)", cost=cost, wrt="b")
    assert verdict.verdict == "equivalent"
    assert check(r"\frac{1}{2n}\sum_{i=1}^n(\vec{w}\vec{x_i}+b-y_i)", cost=cost, wrt="b").verdict == "different"


def test_vec_over_two_letters_stays_refused():
    with pytest.raises(InputError, match="must hold one letter"):
        derive(r"\frac{1}{2n}\sum_{i=1}^n(\vec{wx}+b-y_i)^2", wrt="b")


# --- a Markdown formatter's '*' for '_' -------------------------------------------------------------------------


def test_sum_star_brace_is_the_sum_with_limits():
    # by hand: the mean cross-entropy of h = σ(θᵀx), gradient (1/m)Σ(h − y)xⱼ
    cost = r"J = -\frac{1}{m} \sum*{i=1}^{m} [y^{(i)} \log(h\_{\theta}(x^{(i)})) + (1 - y^{(i)}) \log(1 - h\_{\theta}(x^{(i)}))]"
    lets = [r"h_\theta(x) = \sigma(\theta^T x)"]
    verdict = check(r"\frac{1}{m} \sum*{i=1}^{m} (h\_{\theta}(x^{(i)}) - y^{(i)}) x_j^{(i)}", cost=cost, let=lets)
    assert verdict.verdict == "equivalent"
    assert r"'\sum*{' is read as '\sum_{'" in _notes(verdict)
    assert check(r"\frac{1}{m} \sum*{i=1}^{m} (y^{(i)} - h\_{\theta}(x^{(i)})) x_j^{(i)}", cost=cost,
                 let=lets).verdict == "different"


def test_name_star_brace_beside_mangling_is_refused_with_both_readings():
    # h*{\theta} twice and never h_{\theta}: beside a real h_{\theta} it is read (tests/test_fixtex4.py)
    cost = r"J = -\frac{1}{m} \sum*{i=1}^{m} [y^{(i)} \log(h*{\theta}(x^{(i)})) + (1 - y^{(i)}) \log(1 - h*{\theta}(x^{(i)}))]"
    with pytest.raises(InputError, match=r"'h\*\{' may be a subscript") as caught:
        derive(cost)
    assert caught.value.column == cost.index("*{\\theta")
    assert r"h \cdot" in (caught.value.hint or "")


# --- sides shown equal symbolically ----------------------------------------------------------------------------

SQUARED = r"J = \frac{1}{m}\sum_{i=1}^{m}(h(x^{(i)}) - y^{(i)})^2"


@pytest.mark.parametrize("let", [
    r"h(x)=\frac{w^Tx + b}{2}=\frac{1}{2}(b + w^Tx)",
    r"h(x)=(w^Tx+b)^2 = (w^Tx)^2 + 2 b w^Tx + b^2",  # (a + b)² expanded by hand
])
def test_sides_equal_by_algebra_agree(let):
    assert "(shown symbolically, for every m and n)" in _notes(derive(SQUARED, wrt="b", let=[let]))


@pytest.mark.parametrize("let", [
    r"h(x)=\frac{w^Tx + b}{2}=\frac{1}{2}(b + 2w^Tx)",
    r"h(x)=(w^Tx+b)^2 = (w^Tx)^2 + b w^Tx + b^2",  # the cross term's 2 lost
])
def test_sides_unequal_by_algebra_are_refused(let):
    with pytest.raises(InputError, match="the sides of the chain differ"):
        derive(SQUARED, wrt="b", let=[let])


def test_half_of_a_sum_gradient_by_finite_differences():
    """The reading above: h = (wᵀx + b)/2, J = mean((h − y)²), ∂J/∂b = (1/m)Σ(h − y)."""
    X, y, w, b = RNG.normal(size=(4, 2)), RNG.normal(size=4), RNG.normal(size=2), 0.2
    cost = lambda v: np.mean(((X @ w + v[0]) / 2 - y) ** 2)
    assert np.allclose(_fd(cost, np.array([b])), np.mean((X @ w + b) / 2 - y), atol=1e-6)
    assert check(r"\frac{1}{m}\sum_{i=1}^{m}(\frac{w^Tx^{(i)} + b}{2} - y^{(i)})", cost=SQUARED, wrt="b",
                 let=[r"h(x)=\frac{w^Tx + b}{2}=\frac{1}{2}(b + w^Tx)"]).verdict == "equivalent"


# --- the TJXX note's slips: X for the argument x, h_w(x) beside h_w(x_i), -wx_i, \sum_{i=1}{m} ---------------------

G_SIGMOID = r"g(z)=\frac{1}{1+e^{-z}}"
CE_I = r"J(w)=-\frac{1}{m}\sum_{i=1}^m[y_i \log h_w(x_i)+(1-y_i)\log(1-h_w(x_i))]"
# by hand: the mean cross-entropy of σ(wᵀxᵢ); ∂J/∂wⱼ = (1/m)Σᵢ(σ(wᵀxᵢ) − yᵢ)x_{i,j} (finite differences above)
GRADIENT_I = r"\frac{1}{m}\sum_{i=1}^m(\frac{1}{1+e^{-w^Tx_i}}-y_i)x_{i,j}"


def test_capital_x_in_the_value_of_h_of_small_x_is_the_argument():
    lets = [G_SIGMOID, r"h_w(x)=g(w^TX)=\frac{1}{1+e^{-w^TX}}"]
    verdict = check(GRADIENT_I, cost=CE_I, wrt="w_j", let=lets)
    assert verdict.verdict == "equivalent"
    assert "so X is its argument x (the case slipped)" in _notes(verdict)
    assert check(r"\frac{1}{m}\sum_{i=1}^m(\frac{1}{1+e^{-w^Tx_i}}-y_i)", cost=CE_I, wrt="w_j",
                 let=lets).verdict == "different"  # the factor x_{i,j} lost


def test_capital_x_beside_a_small_x_in_the_value_is_no_slip():
    # the value writes x too: X is not the argument retyped, so it stays the data matrix (and the let is refused)
    with pytest.raises(InputError, match="the data is the matrix X"):
        derive(CE_I, wrt="w_j", let=[r"h_w(x)=\sigma(w^Tx + X)"])


def test_capital_x_in_a_function_of_another_letter_is_no_slip():
    # h_w(z): the argument is not x, so X is not read as it (σ(wᵀX) is every example's row, refused here)
    with pytest.raises(InputError, match="cannot be multiplied"):
        derive(CE_I, wrt="w_j", let=[r"h_w(z)=\sigma(w^TX)"])


def test_h_of_x_beside_h_of_x_i_in_one_sum_is_the_example():
    cost = r"J(w)=-\frac{1}{m}\sum_{i=1}^m[y_i \log h_w(x)+(1-y_i)\log(1-h_w(x_i))]"
    lets = [r"h_w(x)=\sigma(w^Tx)"]
    verdict = check(GRADIENT_I, cost=cost, wrt="w_j", let=lets)
    assert verdict.verdict == "equivalent"
    assert "'h_w(x)' beside the same function of the marked example in one sum" in _notes(verdict)


def test_unmarked_x_that_is_no_call_argument_stays_refused():
    with pytest.raises(InputError, match="has no example index while"):
        check(r"\frac{1}{m}\sum_{i=1}^m(h_w(x_i)-y_i)x", cost=CE_I, wrt="w_j", let=[r"h_w(x)=\sigma(w^Tx)"])


@pytest.mark.parametrize("answer, expected", [
    (r"\frac{1}{m}\sum_{i=1}^mx_{i,j}(\frac{1}{1+e^{-wx_i}}-y_i)", "equivalent"),
    (r"\frac{1}{m}\sum_{i=1}^mx_{i,j}(\frac{1}{1+e^{wx_i}}-y_i)", "different"),  # σ(−wᵀxᵢ): the sign slipped
])
def test_negated_juxtaposed_vectors_are_the_negated_dot_product(answer, expected):
    verdict = check(answer, cost=CE_I, wrt="w_j", let=[r"h_w(x)=\sigma(w^Tx)"])
    assert verdict.verdict == expected
    assert "is read as wᵀx, the dot product" in _notes(verdict)


def test_softplus_form_gradient_by_finite_differences():
    """(1/m)Σ[ln(1 + e^{wᵀxᵢ}) − yᵢwᵀxᵢ] has the gradient (1/m)Σ(σ(wᵀxᵢ) − yᵢ)xᵢ."""
    X, y, w = RNG.normal(size=(5, 3)), RNG.integers(0, 2, size=5).astype(float), RNG.normal(size=3)
    cost = lambda v: np.mean(np.log1p(np.exp(X @ v)) - y * (X @ v))
    assert np.allclose(_fd(cost, w), X.T @ (_sigmoid(X @ w) - y) / 5, atol=1e-6)


def test_sum_bound_with_its_caret_missing():
    cost = r"\frac{1}{m}\sum_{i=1}{m}[-wx_iy_i+ln(1+e^{wx_i})]"
    verdict = check(GRADIENT_I, cost=cost, wrt="w_j")
    assert verdict.verdict == "equivalent"
    assert r"\sum_{i=1}{m} is read as \sum_{i=1}^{m}" in _notes(verdict)
    # m times the gradient: the {m} read as a factor would have called this one equivalent
    assert check(r"\sum_{i=1}^m(\frac{1}{1+e^{-w^Tx_i}}-y_i)x_{i,j}", cost=cost, wrt="w_j").verdict == "different"
