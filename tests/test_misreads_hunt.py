"""The silent misreads an outside hunt found (issue 10): functions and factors written without brackets.

Each input is the one the hunt ran, verbatim (its sources in the comments), with near variants.

* ``\\log 1-h``, ``log 1 + e^(…)``, ``log 1/(1+e^(…))``: a function without brackets takes only the
  number after it, so these read log(1) − h, log(1) + e^(…), log(1)/(…) — a dead term no cost holds.
  They were derived (the cross-entropy as a "Poisson" cost, softplus as the exponential loss); now refused
  at the function, naming the log of the whole.
* ``\\log h^{y}(1-h)^{1-y}``: log(h^y)·(1 − h)^(1−y) by precedence, the log of the likelihood meant; refused.
* ``y log h + 1 - y log(1-h)``: the cross-entropy's (1 − y) without brackets; refused. The literal cost,
  written out, has ∂L/∂z = −y: it was called "canonical (h − y)x", which its gradient is not.
* an answer with a free example index against a cost with an implicit h crashed (exit 4).
* the overall scale m² of ``J = 1/2*m * sum(…)`` printed as "m2".

Expected gradients are worked by hand in the comments and held against sympy.diff and finite differences
of the cost (tests/_oracle.py), never against logderiv's own output.
"""

from __future__ import annotations

import pytest

import logderiv
from logderiv.errors import InputError

from _oracle import assert_gradient

NG_SLIDE = (  # S13, Ng's regularised-logistic slide as copied in GitHub notes, its \left( \right. repaired
    r"J(\theta)=-\frac{1}{m} \sum_{i=1}^{m} y^{(i)} \log \left(h_{\theta}\left(x^{(i)}\right)\right)+\left(1-y^{(i)}\right)"
    r" \log 1-h_{\theta}\left(x^{(i)}\right)+\frac{\lambda}{2 m} \sum_{j=1}^{n} \theta_{j}^{2}"
)


def refused(call, *args, **kwargs) -> InputError:
    with pytest.raises(InputError) as caught:
        call(*args, **kwargs)
    return caught.value


# --- M1–M3: a function without brackets of a bare number, before + − / ---------------------------------------


@pytest.mark.parametrize(
    ("cost", "function", "whole"),
    [
        (NG_SLIDE, r"\log 1-h", r"\log\left(1-h_{\theta}\left(x^{(i)}\right)\right)"),
        # M1 variants: plain, glued \log1, \ln of σ
        ("-1/m sum(y log h + (1-y) log 1-h)", "log 1-h", "log(1-h)"),
        (r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log1-h_\theta(x^{(i)})\right]",
         r"\log1-h", r"\log\left(1-h_\theta(x^{(i)})\right)"),
        (r"-\frac{1}{m}\sum_i y_i\log\sigma(w^Tx_i) + (1-y_i)\ln 1 - \sigma(w^Tx_i)", r"\ln 1", r"\ln\left(1-\sigma(w^Tx_i)\right)"),
        # Octave's element-wise form (l6)
        ("J = -1/m * sum(y .* log(h) + (1-y) .* log 1-h)", "log 1-h", "log(1-h)"),
        # M2: softplus without brackets, LaTeX and plain
        (r"\sum_{i=1}^{m}\log 1+e^{-y_i\theta^Tx_i}", r"\log 1+", r"\log\left(1+e^{-y_i\theta^Tx_i}\right)"),
        ("sum_i log 1 + exp(-y theta^T x)", "log 1 +", "log(1+exp(-y theta^T x))"),
        # M3: the sigmoid written out inside a bracketless log
        ("-1/m sum(y log 1/(1+e^(-theta^T x)) + (1-y) log(1 - 1/(1+e^(-theta^T x))))", "log 1/",
         "log(1/(1+e^(-theta^T x)))"),
    ],
)
def test_a_function_of_a_bare_number_before_an_operator_is_refused(cost, function, whole):
    error = refused(logderiv.derive, cost)
    assert "is ambiguous" in error.message and "of a constant" in error.message
    assert error.column == cost.index(function)  # the caret is at the function
    assert whole in error.hint


def test_the_misread_check_of_m1_is_refused_not_different():
    """l5: the right answer was "different" from the cost read as log(1) − σ(z)."""
    cost = "-1/m sum(y log sigma(z) + (1-y) log 1 - sigma(z))"
    error = refused(logderiv.check, "1/m sum((sigma(z) - y) x_j)", cost=cost, let=["z = theta^T x"])
    assert error.column == cost.index("log 1")


def test_the_bracketed_softplus_is_read_and_its_gradient_is_the_hand_one():
    r"""∂/∂θⱼ log(1 + e^(−yθᵀx)) = −y xⱼ e^(−yθᵀx)/(1 + e^(−yθᵀx)) = −y xⱼ σ(−yθᵀx), by hand."""
    cost = r"\sum_{i=1}^{m}\log\left(1+e^{-y_i\theta^Tx_i}\right)"
    verdict = logderiv.check(r"-\sum_{i=1}^{m} y_i x_{ij}\sigma(-y_i\theta^Tx_i)", cost=cost)
    assert verdict.verdict == "equivalent"
    derivation = logderiv.derive(cost)
    assert_gradient(derivation.problem.cost, derivation.problem.wrt, derivation.result, derivation.problem.definitions)


@pytest.mark.parametrize("cost", ["-1/m sum(y log h + (1-y) log(1-h))", "-1/m sum(y log h + (1-y) log (1-h))"])
def test_the_bracketed_log_of_one_minus_h_is_the_cross_entropy(cost):
    """(1/m) Σ (σ(θᵀx) − y) xⱼ, the cross-entropy's gradient, worked by hand."""
    assert logderiv.check("1/m sum((sigmoid(theta^T x) - y) x_j)", cost=cost).verdict == "equivalent"


def test_a_bracketless_function_of_a_letter_still_takes_the_next_power():
    r"""``log h - y``: h is no constant, so log h is log(h), as documented (docs/latex.md)."""
    derivation = logderiv.derive("sum(h - y log h)", let=["h = exp(theta^T x)"])
    # by hand: ∂/∂θⱼ (e^z − y z) = (e^z − y) xⱼ, z = θᵀx
    assert logderiv.check("sum((exp(theta^T x) - y) x_j)", cost="sum(h - y log h)",
                          let=["h = exp(theta^T x)"]).verdict == "equivalent"
    assert_gradient(derivation.problem.cost, derivation.problem.wrt, derivation.result, derivation.problem.definitions)


# --- M4: a bracketless log before a juxtaposed factor -------------------------------------------------------


@pytest.mark.parametrize(
    ("cost", "let"),
    [
        # S14 variation, the Bernoulli likelihood's log without its outer brackets
        (r"-\frac{1}{m}\sum_{i=1}^{m}\log h_\theta(x^{(i)})^{y^{(i)}}(1-h_\theta(x^{(i)}))^{1-y^{(i)}}",
         [r"h_\theta(x) = \sigma(\theta^Tx)"]),
        ("-1/m sum log h^y (1-h)^(1-y)", []),
        ("-1/m sum(log h^y (1-h)^(1-y))", ["h = sigmoid(theta^T x)"]),
    ],
)
def test_a_bracketless_log_before_a_factor_is_refused(cost, let):
    error = refused(logderiv.derive, cost, let=let)
    assert "is ambiguous" in error.message
    assert error.column == cost.index("log") - cost[: cost.index("log")].endswith("\\")
    assert "for the log of the product" in error.hint and "for a log times a factor" in error.hint


def test_the_bracketed_likelihood_is_the_cross_entropy():
    """log(h^y (1 − h)^(1−y)) = y log h + (1 − y) log(1 − h): its gradient is (1/m) Σ (h − y) xⱼ, by hand."""
    cost = "-1/m sum(log(h^y (1-h)^(1-y)))"
    let = ["h = sigmoid(theta^T x)"]
    assert logderiv.check("1/m sum((h - y) x_j)", cost=cost, let=let).verdict == "equivalent"
    derivation = logderiv.derive(cost, let=let)
    assert_gradient(derivation.problem.cost, derivation.problem.wrt, derivation.result, derivation.problem.definitions)


# --- M5: the cross-entropy's 1 − y without brackets ----------------------------------------------------------


@pytest.mark.parametrize(
    "cost",
    [
        "-1/m sum(y log h + 1 - y log(1-h))",  # the hunt's M5, verbatim
        "-1/m sum y log h + 1 - y log(1-h)",  # the sum without brackets stops at the 1
        r"-\frac{1}{m}\sum_{i=1}^m \left[y^{(i)}\log h_\theta(x^{(i)}) + 1-y^{(i)}\log(1-h_\theta(x^{(i)}))\right]",
        r"-\frac{1}{m}\sum_i y_i\log h_i + 1 - y_i\log(1-h_i)",
    ],
)
def test_the_cross_entropy_without_brackets_around_one_minus_y_is_refused(cost):
    error = refused(logderiv.derive, cost)
    assert "is ambiguous" in error.message and "cross-entropy" in error.message
    assert error.column == cost.index("+ 1") + 2  # at the 1 that should open (1 − y)
    assert "(1-y" in error.hint


def test_the_literal_reading_written_out_is_not_called_canonical():
    """−(1/m) Σ [y log σ − y log(1 − σ) + 1]: ∂/∂z = −y[(1 − σ) + σ] = −y, so ∂J/∂θⱼ = −(1/m) Σ y xⱼ, by hand.

    That is no (h − y)xⱼ with h a prediction; derive printed "✓ canonical form (h − y)x — matches" under it.
    """
    cost = "-1/m sum(y log h - y log(1-h) + 1)"
    let = ["h = sigmoid(theta^T x)"]
    derivation = logderiv.derive(cost, let=let)
    assert derivation.canonical.verdict == "not-canonical"
    assert "matches" not in derivation.canonical.note
    assert logderiv.check("-1/m sum(y x_j)", cost=cost, let=let).verdict == "equivalent"
    assert_gradient(derivation.problem.cost, derivation.problem.wrt, derivation.result, derivation.problem.definitions)


def test_the_literal_reading_says_nothing_about_h():
    """Its logs weigh −y and +y, so ∂L/∂z = −y whatever h is: no cross-entropy, and h is not read as σ(θᵀx)."""
    error = refused(logderiv.derive, "-1/m sum(y log h - y log(1-h) + 1)")
    assert "'h' is not defined" in error.message


# --- the crash: a free example index in the answer, an implicit h in the cost ----------------------------------

FREE_NOTE = "the example index i is free in the answer (no sum over the examples around it)"


@pytest.mark.parametrize(
    ("answer", "cost"),
    [
        ("(h^(i) - y^(i)) x_j^(i)", None),  # the default cost, the logistic preset
        (r"\frac{1}{m}(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}", None),
        ("(h^(i) - y^(i)) x_j^(i)", "logistic"),
        ("(h(x^(i)) - y^(i)) x_j^(i)", "-1/m sum(y log h + (1-y) log(1-h))"),
    ],
)
def test_one_examples_term_against_an_implicit_h_is_a_verdict_not_a_crash(answer, cost):
    """One example's term is not the mean gradient (1/m) Σᵢ (h − y) xⱼ at a generic point: "different", said so."""
    verdict = logderiv.check(answer, cost=cost)
    assert verdict.verdict == "different"
    assert verdict.counterexample is not None
    assert any(note.startswith(FREE_NOTE) for note in verdict.notes)


def test_the_summed_term_against_an_implicit_h_is_the_gradient():
    assert logderiv.check("1/m sum((h^(i) - y^(i)) x_j^(i))").verdict == "equivalent"


# --- the overall scale of a cost read as (m/2) Σ … ----------------------------------------------------------------


def test_the_scale_of_octaves_half_times_m_is_printed_as_a_power():
    """``1/2*m`` is m/2 in Octave: J = (m/2) Σ (θᵀx − y)², ∂J/∂θⱼ = m Σ (θᵀx − y) xⱼ = m² · (1/m) Σ …, by hand."""
    derivation = logderiv.derive("J = 1/2*m * sum((X*theta - y).^2)")
    assert derivation.canonical.verdict == "canonical"
    assert "overall scale m² " in derivation.canonical.note
    assert_gradient(derivation.problem.cost, derivation.problem.wrt, derivation.canonical.form,
                    derivation.problem.definitions)


# --- borderline: a bias after a bracketless sigmoid, a double superscript, a code-like sum call ----------------------

XENT = "-1/m sum(y log h + (1-y) log(1-h))"


@pytest.mark.parametrize(
    ("let", "whole"),
    [
        (r"h = \sigma w^Tx + b", r"\sigma\left(w^Tx + b\right)"),  # h1, verbatim
        ("h = sigma w^T x + b", "sigma(w^T x + b)"),
        ("h = sigmoid theta^T x + theta_0", "sigmoid(theta^T x + theta_0)"),
        (r"h = \sigma z + b_0", r"\sigma\left(z + b_0\right)"),
    ],
)
def test_a_bias_after_a_bracketless_sigmoid_is_refused(let, whole):
    error = refused(logderiv.derive, XENT, let=[let])
    assert "is ambiguous" in error.message
    assert error.column == let.index("sig") - let[: let.index("sig")].endswith("\\")
    assert whole in error.hint


def test_the_sigmoid_with_its_bias_in_brackets_is_read():
    """σ(wᵀx + b) in the cross-entropy: ∂J/∂wⱼ = (1/m) Σ (σ(wᵀx + b) − y) xⱼ, by hand."""
    let = [r"h = \sigma(w^Tx + b)"]
    assert logderiv.check("1/m sum((sigmoid(w^T x + b) - y) x_j)", cost=XENT, let=let).verdict == "equivalent"


def test_a_double_superscript_is_refused():
    """h12: ``(h - y^{(i)}^2)`` was read as h − (y⁽ⁱ⁾)², the square's bracket misplaced; TeX refuses it too."""
    cost = r"\frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)})-y^{(i)}^2)"
    error = refused(logderiv.derive, cost, let=[r"h_\theta(x) = \theta^Tx"])
    assert "double superscript" in error.message
    assert error.column == cost.index("^2")
    # a power of the bracketed example is one superscript: Σ (y⁽ⁱ⁾)² θⱼ has ∂/∂θⱼ = Σ (y⁽ⁱ⁾)², by hand
    assert logderiv.check(r"\sum_{i=1}^m (y^{(i)})^2", cost=r"\sum_{i=1}^m \left(y^{(i)}\right)^{2} \theta_j").verdict \
        == "equivalent"


@pytest.mark.parametrize("answer", ["sum(h - y)*x_j/m", "1/m*sum(h - y)*x_j"])
def test_a_sum_call_before_a_factor_of_the_example_is_one_sum_and_noted(answer):
    """d4: read as (1/m) Σᵢ (h − y) xⱼ, ML notes' meaning, the cross-entropy's gradient; code would end the sum at ')'."""
    verdict = logderiv.check(answer)
    assert verdict.verdict == "equivalent"
    assert any("is read as one sum over the whole product after it" in note for note in verdict.notes)


def test_a_sum_call_before_a_constant_is_not_noted():
    """sum(w^T x + b - y)/m: the /m is the same inside the sum or out, so nothing needs saying.

    ∂/∂b (1/(2m)) Σ (wᵀx + b − y)² = (1/m) Σ (wᵀx + b − y), by hand.
    """
    verdict = logderiv.check("sum(w^T x + b - y)/m", cost="1/(2m) sum((w^T x + b - y)^2)", wrt="b")
    assert verdict.verdict == "equivalent"
    assert not any("one sum over the whole product" in note for note in verdict.notes)
