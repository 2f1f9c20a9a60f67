"""The engine: each rule fires where it should, every step is true, results match sympy.diff.

All mathematics is checked with ``tests/_oracle.py``, which shares no code with
the engine or its verifier: definitions substituted, σ and softplus written out
with ``exp``, derivatives taken by ``sympy.diff``, values computed by its own
evaluator at small m, n, j and random points, central finite differences too.
"""

from __future__ import annotations

import cmath
from functools import lru_cache

import pytest
import sympy

from _oracle import assert_equal, assert_gradient
import logderiv
from logderiv.records.derivation import Derivation
from logderiv.engine import calculus, driver, rules
from logderiv.engine.driver import derive_problem
from logderiv.errors import InternalError, LogderivError, UnsupportedError, VerificationError
from logderiv.notation import symbols
from logderiv.presets import PRESETS
from logderiv.notation.problem import Problem
from _vocabulary import dot, h, i, j, k, lam, m, sigma, softplus, theta, x, y, z

# --- the vocabulary --------------------------------------------------------------------

#: the prediction h = σ(θᵀx⁽ⁱ⁾), as the definition of h(i)
H = {h: sigma(dot)}
#: σ(u) written out, so that expected gradients do not lean on the engine's σ
logistic = lambda u: 1 / (1 + sympy.exp(-u))  # noqa: E731

Σ = symbols.example_sum
L2 = lam / (2 * m) * symbols.feature_sum(theta[k] ** 2, k)
LOGISTIC = -1 / m * Σ(y[i] * sympy.log(h) + (1 - y[i]) * sympy.log(1 - h))
LINEAR = 1 / (2 * m) * Σ((dot - y[i]) ** 2)


def names(d: Derivation) -> list[str]:
    return [s.rule.name for s in d.steps]


def is_subsequence(wanted: list[str], seen: list[str]) -> bool:
    remaining = iter(seen)
    return all(name in remaining for name in wanted)


# --- the oracle itself ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "wrong",
    [
        pytest.param(Σ((logistic(dot) - y[i]) * x[i, j]), id="missing-1/m"),
        pytest.param(1 / m * Σ((logistic(dot) - y[i]) * x[i, 1]), id="wrong-index"),
        pytest.param(1 / m * Σ((y[i] - logistic(dot)) * x[i, j]), id="wrong-sign"),
        pytest.param(1 / m * Σ((h - y[i]) * h * (1 - h) * x[i, j]), id="extra-factor"),
    ],
)
def test_oracle_rejects_a_wrong_gradient(wrong):
    """The oracle the tests rely on is not vacuous: it refuses wrong logistic gradients."""
    with pytest.raises(AssertionError):
        assert_gradient(LOGISTIC, theta[j], wrong, H)
    with pytest.raises(AssertionError):
        assert_equal([1 / m * Σ((h - y[i]) * x[i, j]), wrong], H)


def test_oracle_functions_match_their_formulas():
    """The oracle's σ and softplus differentiate like 1/(1 + e^(−u)) and log(1 + e^u) under sympy.diff."""
    from _oracle import Log1pExp, Logistic

    u = sympy.Symbol("u", real=True)
    for function, formula in ((Logistic, 1 / (1 + sympy.exp(-u))), (Log1pExp, sympy.log(1 + sympy.exp(u)))):
        for order in (1, 2):
            difference = sympy.diff(function(u), u, order) - sympy.diff(formula, u, order)
            assert sympy.simplify(difference.subs(function(u), formula)) == 0


def test_oracle_rejects_a_wrong_step():
    """The oracle refuses a step that drops a factor inside an unevaluated derivative."""
    before = sympy.Derivative(Σ(sympy.log(1 + sympy.exp(dot))), theta[j])
    with pytest.raises(AssertionError):
        assert_equal([before, Σ(sympy.Derivative(dot, theta[j]))])
    assert_equal([before, Σ(sigma(dot) * sympy.Derivative(dot, theta[j]))])


# --- one small problem per rule ----------------------------------------------------------

#: rule name -> (cost, definitions, wrt) of a problem where that rule fires
RULE_CASES: dict[str, tuple[sympy.Expr, dict, sympy.Expr]] = {
    "linearity": (1 / m * Σ(y[i] * dot) + 3 * theta[j], {}, theta[j]),
    "product": (1 / m * Σ(dot * sympy.exp(dot)), {}, theta[j]),
    "quotient": (Σ(dot / (1 + dot**2)), {}, theta[j]),
    "power": (Σ(sympy.sqrt(1 + dot**2)), {}, theta[j]),
    "chain-log": (Σ(sympy.log(1 + sympy.exp(dot))), {}, theta[j]),
    "chain-exp": (Σ(y[i] * sympy.exp(-dot)), {}, theta[j]),
    "chain-tanh": (Σ(sympy.tanh(dot) * y[i]), {}, theta[j]),
    "chain-softplus": (Σ(softplus(dot) - y[i] * dot), {}, theta[j]),
    "chain-relu": (Σ((symbols.relu(dot) - y[i]) ** 2), {}, theta[j]),
    "chain-heaviside": (Σ((symbols.heaviside(dot) - y[i] * dot) ** 2), {}, theta[j]),
    "sigmoid": (Σ(y[i] * sigma(dot)), {}, theta[j]),
    "definition": (1 / (2 * m) * Σ((h - y[i]) ** 2), H, theta[j]),
    "substitute": (1 / (2 * m) * Σ((h - y[i]) ** 2), H, theta[j]),
    "dot-product": (Σ(y[i] * dot), {}, theta[j]),
    "kronecker": (lam * symbols.feature_sum(theta[k] ** 2, k), {}, theta[j]),
    "collapse": (sympy.sqrt(lam + symbols.feature_sum(theta[k] ** 2, k)), {}, theta[j]),
    "distribute": (LOGISTIC, H, theta[j]),
    "cancel": (LOGISTIC, H, theta[j]),
    "factor-sign": (LOGISTIC, H, theta[j]),
    "factor-out": (LINEAR, {}, theta[j]),
}

#: more problems whose every step is checked
EXTRA_CASES: dict[str, tuple[sympy.Expr, dict, sympy.Expr]] = {
    "logistic-l2": (LOGISTIC + L2, H, theta[j]),
    "linear-l2": (LINEAR + L2, {}, theta[j]),
    "softplus-logistic": (1 / m * Σ(softplus(dot) - y[i] * dot), {}, theta[j]),
    "log-sigmoid": (-1 / m * Σ(sympy.log(sigma(dot))), {}, theta[j]),
    "squared-dot": (Σ(y[i] * dot**2), {}, theta[j]),
    "sigmoid-of-z": (sigma(z), {}, z),
    "logistic-of-z": (1 / (1 + sympy.exp(-z)), {}, z),
    "nested-definitions": (
        Σ((symbols.defined("g")(i) - y[i]) ** 2),
        {symbols.defined("g")(i): sympy.tanh(symbols.defined("u")(i)), symbols.defined("u")(i): dot},
        theta[j],
    ),
}


@lru_cache(maxsize=None)
def derived(case: str) -> Derivation:
    """Derive a named case once per session (derivations are immutable records)."""
    cost, definitions, wrt = {**RULE_CASES, **EXTRA_CASES}[case]
    return derive_problem(Problem(cost=cost, wrt=wrt, definitions=definitions))


@pytest.mark.parametrize("rule", sorted(RULE_CASES))
def test_rule_fires_and_result_is_correct(rule):
    """A problem built for each rule uses it, and its result equals sympy.diff and finite differences."""
    cost, definitions, wrt = RULE_CASES[rule]
    d = derived(rule)
    assert rule in names(d)
    assert not d.result.has(sympy.Derivative)
    assert_gradient(cost, wrt, d.result, definitions)


def test_every_rule_has_a_case():
    """Every calculus and tidying rule the driver can record is exercised by a case above.

    (The matrix-form rules are not the driver's: tests/test_matrix.py exercises them.)
    """
    matrix = (rules.Vectorise, rules.TransposeProduct, rules.Stack)
    recorded = {
        cls.name
        for cls in rules.RULES
        if cls not in (rules.Constant, rules.Identity, rules.SplitFraction, rules.Recognise, *matrix)
    }
    assert recorded == set(RULE_CASES)


@pytest.mark.parametrize("case", sorted(RULE_CASES) + sorted(EXTRA_CASES))
def test_every_step_is_verified_and_true(case):
    """Each step records a symbolic or numeric check, and consecutive steps agree at random points."""
    cost, definitions, wrt = {**RULE_CASES, **EXTRA_CASES}[case]
    d = derived(case)
    assert d.steps
    for step in d.steps:
        assert step.check.method in ("symbolic", "numeric")
        if step.check.method == "numeric":
            assert step.check.points > 0 and step.check.tolerance > 0
    assert d.start == sympy.Derivative(cost, wrt, evaluate=False)
    assert_equal([d.start, *(s.expression for s in d.steps)], definitions)
    assert_gradient(cost, wrt, d.result, definitions)


# --- the logistic problem ----------------------------------------------------------------


def test_logistic_rules_in_order():
    """The logistic cost is derived by linearity, chain rule, definition, σ′, substitution, θᵀx, then tidying."""
    wanted = ["linearity", "chain-log", "definition", "sigmoid", "substitute", "dot-product",
              "distribute", "cancel", "factor-sign"]  # fmt: skip
    d = derived("factor-sign")
    assert is_subsequence(wanted, names(d)), names(d)
    assert names(d)[-3:] == ["distribute", "cancel", "factor-sign"]


def test_logistic_result_is_canonical_gradient():
    """The logistic gradient is (1/m) Σ (h − y) xⱼ, numerically and as written, with verdict canonical."""
    d = derived("factor-sign")
    assert d.canonical.verdict == "canonical"
    expected = 1 / m * Σ((logistic(dot) - y[i]) * x[i, j])
    assert_equal([d.result, expected], H)
    # written as a person would: h, not σ(θᵀx), and no leftover minus sign
    assert d.result.has(h)
    assert sympy.expand(d.result - 1 / m * Σ((h - y[i]) * x[i, j])) == 0
    assert_gradient(LOGISTIC, theta[j], d.result, H)


def test_logistic_attaches_sigmoid_lemma():
    """A derivation using σ′ carries the lemma σ′(z) = σ(z)(1 − σ(z)), whose steps are true."""
    d = derived("factor-sign")
    assert len(d.lemmas) == 1
    lemma = d.lemmas[0]
    assert "σ′" in lemma.title
    (variable,) = lemma.start.variables
    assert sympy.expand(lemma.steps[-1].expression - sigma(variable) * (1 - sigma(variable))) == 0
    assert_equal([lemma.start, *(s.expression for s in lemma.steps)])
    assert [s.rule.name for s in lemma.steps][-2:] == ["split-fraction", "recognise"]


def test_no_lemma_without_sigmoid():
    """A derivation that never differentiates σ has no lemma."""
    assert derived("factor-out").lemmas == ()


# --- presets, built by hand --------------------------------------------------------------

PRESET_CASES = {
    # name: (cost, definitions, expected gradient written independently, verdict)
    "logistic": (LOGISTIC, H, 1 / m * Σ((logistic(dot) - y[i]) * x[i, j]), "canonical"),
    "linear": (LINEAR, {}, 1 / m * Σ((dot - y[i]) * x[i, j]), "canonical"),
    "logistic-l2": (
        LOGISTIC + L2, H, 1 / m * Σ((logistic(dot) - y[i]) * x[i, j]) + lam / m * theta[j], "canonical+extra",
    ),
    "linear-l2": (LINEAR + L2, {}, 1 / m * Σ((dot - y[i]) * x[i, j]) + lam / m * theta[j], "canonical+extra"),
    "poisson": (
        1 / m * Σ(sympy.exp(dot) - y[i] * dot), {}, 1 / m * Σ((sympy.exp(dot) - y[i]) * x[i, j]), "canonical",
    ),
    "mse-sigmoid": (
        1 / (2 * m) * Σ((h - y[i]) ** 2),
        H,
        1 / m * Σ((logistic(dot) - y[i]) * logistic(dot) * (1 - logistic(dot)) * x[i, j]),
        "not-canonical",
    ),
    "softplus-logistic": (
        1 / m * Σ(softplus(dot) - y[i] * dot), {}, 1 / m * Σ((logistic(dot) - y[i]) * x[i, j]), "canonical",
    ),
}


def test_preset_table_covers_every_preset():
    """The hand-built table above has one entry for each preset the package ships."""
    assert set(PRESET_CASES) == set(PRESETS)


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in PRESET_CASES])
def test_expected_preset_gradients_are_right(name):
    """The expected gradients in the table are themselves right (sympy.diff and finite differences)."""
    cost, definitions, expected, _ = PRESET_CASES[name]
    assert_gradient(cost, theta[j], expected, definitions)


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in PRESET_CASES])
def test_preset_gradient_and_verdict(name):
    """Each preset's cost, built by hand, derives to the gradient in the table with the expected verdict."""
    # regression (poisson): tidying once expanded e^(θᵀx) into Πₖ e^(θₖxₖ), which the verifier
    # could not evaluate
    cost, definitions, expected, verdict = PRESET_CASES[name]
    d = derive_problem(Problem(cost=cost, wrt=theta[j], definitions=definitions, source=name))
    assert_equal([d.result, expected], definitions)
    assert d.canonical.verdict == verdict
    if verdict == "canonical+extra":
        ((label, extra),) = d.canonical.extra
        assert "L2" in label
        assert sympy.expand(extra - lam * theta[j] / m) == 0
    if verdict == "not-canonical":
        assert sympy.expand(d.canonical.factor - h * (1 - h)) == 0
    if verdict != "not-canonical":
        assert d.canonical.factor is None


# --- gradients free of some quantity of the cost ------------------------------------------

# regression: the finite differences of the final check once drew the θₖ (k ≠ j) that neither the
# result nor sympy.diff of the cost mentions afresh for the + and the − evaluation, and refused
# correct results with VerificationError
#: costs linear in θ: neither the result nor sympy.diff of the cost mentions θₖ for k ≠ j
LINEAR_IN_THETA = {
    "dot-with-labels": (1 / m * Σ(y[i] * dot), 1 / m * Σ(y[i] * x[i, j])),
    "component-squared-plus-dot": (theta[j] ** 2 + 1 / m * Σ(y[i] * dot), 2 * theta[j] + 1 / m * Σ(y[i] * x[i, j])),
}


@pytest.mark.parametrize("case", sorted(LINEAR_IN_THETA))
def test_expected_gradients_linear_in_theta(case):
    """The expected gradients of the costs linear in θ are right (sympy.diff and finite differences)."""
    cost, expected = LINEAR_IN_THETA[case]
    assert_gradient(cost, theta[j], expected)


@pytest.mark.parametrize("case", sorted(LINEAR_IN_THETA))
def test_cost_linear_in_theta(case):
    """A cost linear in θ (Σᵢ y⁽ⁱ⁾ θᵀx⁽ⁱ⁾) derives to its gradient like any other."""
    cost, expected = LINEAR_IN_THETA[case]
    d = derive_problem(Problem(cost=cost, wrt=theta[j]))
    assert_equal([d.result, expected])


#: s = Σₖ tanh(θₖ) θₖ, for a steep cost e^(s⁶)
_S = symbols.feature_sum(sympy.tanh(theta[k]) * theta[k], k)

#: correct results the final check's finite differences refuse: (cost, gradient written here)
FD_REFUSED = {
    # plus − minus rounds at ε·|J|, divided by the step 1e-5: ≫ 1e-6·|∂J/∂θⱼ|
    "large-constant": (10**6 + theta[j] ** 2, 2 * theta[j]),
    "large-data-term": (sympy.exp(10 * symbols.feature_sum(x[k] ** 2, k)) + theta[j] ** 2, 2 * theta[j]),
    # 1 − σ(u) cancels in double precision for u ≈ 20: J itself is computed to ~1e-8
    "cancellation": (sympy.log(1 - sigma(10 * theta[j] ** 2)), -20 * theta[j] * logistic(10 * theta[j] ** 2)),
    # truncation h²·J‴/6 of the central difference exceeds 1e-6·|J′| for a steep cost
    "steep": (
        sympy.exp(_S**6),
        sympy.exp(_S**6) * 6 * _S**5 * (sympy.tanh(theta[j]) + theta[j] * (1 - sympy.tanh(theta[j]) ** 2)),
    ),
}


@pytest.mark.parametrize("case", sorted(FD_REFUSED))
def test_expected_gradients_the_final_check_refuses(case):
    """The oracle (30 digits, its own finite differences) confirms the gradients of the costs below."""
    cost, expected = FD_REFUSED[case]
    assert_gradient(cost, theta[j], expected)


@pytest.mark.parametrize("case", sorted(FD_REFUSED))
def test_final_check_accepts_correct_results(case):
    """A correct result is not refused by the final check, however large, steep or cancelling the cost."""
    cost, expected = FD_REFUSED[case]
    d = derive_problem(Problem(cost=cost, wrt=theta[j]))
    assert_equal([d.result, expected])


@pytest.mark.parametrize("value", [0.3, 1.0, 1.3, 1.4, 1.464, 1.5])
def test_finite_difference_allowance_covers_cancellation(value):
    """The central difference of log(1 − σ(10θⱼ²)) is within the error it claims, for every θⱼ.

    At θⱼ ≈ 1.46 the cost is log of 1 − σ(21.4) ≈ 5·10⁻¹⁰; in double precision that
    cancellation alone puts an error of about 3·10⁻² into the difference quotient,
    far above the allowance, and a correct gradient was refused at such points.
    """
    from logderiv.equality import compare as equality, numeric

    cost = FD_REFUSED["cancellation"][0]
    size = numeric.SIZES[0]
    key = numeric.key_of(theta[j], size)
    point = numeric.Point("test", {key: value})
    estimate, allowance = equality._central_difference(cost, key, point, size)
    exact = -20 * value * float(logistic(sympy.Float(10 * value**2, 30)))
    assert abs(estimate - exact) <= allowance + 1e-6 * abs(exact)


def test_l2_term_alone():
    """λ/(2m) Σₖ θₖ² alone derives to (λ/m) θⱼ (sympy.diff of it mentions every θₖ, so it is checked)."""
    d = derive_problem(Problem(cost=L2, wrt=theta[j]))
    assert {"kronecker", "collapse"} <= set(names(d))
    assert sympy.expand(d.result - lam * theta[j] / m) == 0
    assert_gradient(L2, theta[j], d.result)


# regression: sympy merges Σᵢ Σₖ f into one Sum with two limits, which the verifier once could not
# evaluate (every step was refused as "undefined at every random point")


def test_merged_sum_is_a_double_sum():
    """Σᵢ θᵀx⁽ⁱ⁾ built with the vocabulary is one sympy Sum with two limits, the case below."""
    assert len(Σ(dot).limits) == 2
    assert_gradient(Σ(dot), theta[j], Σ(x[i, j]))


@pytest.mark.parametrize(
    "cost, expected",
    [
        pytest.param(1 / m * Σ(dot), 1 / m * Σ(x[i, j]), id="mean-of-dot"),
        pytest.param(Σ(symbols.feature_sum(theta[k] ** 2 * x[i, k], k)), Σ(2 * theta[j] * x[i, j]), id="double-sum"),
    ],
)
def test_sum_over_examples_of_a_feature_sum(cost, expected):
    """A sum over examples whose summand is itself a feature sum derives to its gradient."""
    d = derive_problem(Problem(cost=cost, wrt=theta[j]))
    assert_equal([d.result, expected])


# --- a coefficient that is itself a sum over examples ----------------------------------------

NORMALISED = Σ((dot - y[i]) ** 2) / Σ(y[i])


def test_normalised_cost_derives_correctly():
    """A cost divided by a sum of the labels derives to the right gradient (only the verdict is wrong)."""
    d = derive_problem(Problem(cost=NORMALISED, wrt=theta[j]))
    assert_gradient(NORMALISED, theta[j], d.result)
    assert_equal([d.result, 2 * Σ((dot - y[i]) * x[i, j]) / Σ(y[i])])


def test_normalised_cost_verdict():
    """∂L/∂z of (θᵀx − y)²/Σᵢ yᵢ is linear in y⁽ⁱ⁾: the verdict must not say it is not."""
    d = derive_problem(Problem(cost=NORMALISED, wrt=theta[j]))
    assert d.canonical.verdict in ("not-canonical", "not-applicable")
    assert "not linear in y" not in d.canonical.note


@pytest.mark.parametrize("case", sorted(FD_REFUSED))
def test_final_check_still_refuses_a_wrong_result(case):
    """The finite-difference allowance for steep costs does not let a result off by 1% through."""
    from logderiv.equality.compare import check_result

    cost, expected = FD_REFUSED[case]
    with pytest.raises(VerificationError):
        check_result(Problem(cost=cost, wrt=theta[j]), expected * sympy.Rational(101, 100))


class _TooSlow(Exception):
    pass


SLOW = {
    "canonical": Σ(1 / (sympy.sqrt((y[i] - m) ** 2 + 1) * (dot**2 + 1)))
    / (2 * m * (sympy.tanh(Σ(-m + y[i] + 1 / (sigma(y[i]) + 1)) / m) + 2) ** 2),
    "verify": 1
    / sympy.sqrt(
        (2 - Σ((sigma(m) + 1) * (h - theta[j] - symbols.feature_sum(sigma(theta[k]) * x[i, k], k) + 2)) / (2 * m))
        ** 2
        + 1
    ),
}


@pytest.mark.parametrize("case", sorted(SLOW))
def test_derivation_takes_seconds_not_minutes(case):
    """Deriving (and judging) a moderate cost of the grammar finishes within 5 s."""
    import signal

    def give_up(signum, frame):
        raise _TooSlow("derive_problem took more than 5 s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(5)
    try:
        d = derive_problem(Problem(cost=SLOW[case], wrt=theta[j], definitions=H))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert_gradient(SLOW[case], theta[j], d.result, H)


# --- what the engine refuses -------------------------------------------------------------

UNSUPPORTED = {
    "abs-of-residual": (1 / m * Σ(sympy.Abs(dot - y[i])), {}, "abs is not differentiable at 0"),
    "abs-of-component": (sympy.Abs(theta[j]), {}, "abs is not differentiable at 0"),
    "abs-through-definition": (Σ(sympy.Abs(h - y[i])), H, "abs is not differentiable at 0"),
    "constant-to-variable-power": (2 ** theta[j], {}, "exponent"),
    "dot-to-variable-power": (Σ((1 + dot**2) ** theta[j]), {}, "exponent"),
    "exponent-through-definition": (Σ(h**h), H, "exponent"),
    "unknown-function": (sympy.sin(theta[j]), {}, "no rule"),
}


@pytest.mark.parametrize("case", sorted(UNSUPPORTED))
def test_unsupported_raises_unsupported_error(case):
    """Abs, a variable exponent or an unknown function raises UnsupportedError, with a message and hint."""
    cost, definitions, message = UNSUPPORTED[case]
    with pytest.raises(UnsupportedError, match=message) as caught:
        derive_problem(Problem(cost=cost, wrt=theta[j], definitions=definitions))
    assert type(caught.value) is UnsupportedError
    assert isinstance(caught.value, LogderivError)
    assert caught.value.message and caught.value.hint


def test_abs_in_constant_factor_is_unsupported():
    """Abs of data, in a factor free of θ, is also reported as unsupported, not as an internal error."""
    with pytest.raises(UnsupportedError):
        derive_problem(Problem(cost=sympy.Abs(y[j]) * theta[j], wrt=theta[j]))


# --- a wrong step is never recorded -------------------------------------------------------


def _wrong_chain_log(rule, u, v, definitions):
    (argument,) = u.args
    return calculus.D(argument, v) * argument  # should be divided by the argument


def _wrong_power(rule, u, v, definitions):
    base, exponent = u.as_base_exp()
    return exponent * base**exponent * calculus.D(base, v)  # exponent not lowered


def _wrong_sigmoid(rule, u, v, definitions):
    (argument,) = u.args
    return sigma(argument) * calculus.D(argument, v)  # missing (1 − σ)


def _wrong_dot(rule, u, v, definitions):
    _, data, bound = symbols.dot_parts(u)
    return 2 * data.xreplace({bound: v.indices[0]})


def _wrong_kronecker(rule, u, v, definitions):
    return sympy.S.One  # ∂θₖ/∂θⱼ is not 1 for every k


WRONG = {
    "chain-log": (rules.ChainLog, _wrong_chain_log, "factor-sign"),
    "power": (rules.PowerRule, _wrong_power, "factor-out"),
    "sigmoid": (rules.SigmoidDerivative, _wrong_sigmoid, "factor-sign"),
    "dot-product": (rules.DotProduct, _wrong_dot, "dot-product"),
    "kronecker": (rules.KroneckerDelta, _wrong_kronecker, "kronecker"),
}


@pytest.mark.parametrize("rule", sorted(WRONG))
def test_wrong_calculus_step_raises_verification_error(rule, monkeypatch):
    """A rule patched to give a wrong rewrite makes derive_problem raise VerificationError."""
    rule_class, wrong, case = WRONG[rule]
    cost, definitions, wrt = RULE_CASES[case]
    monkeypatch.setitem(calculus._APPLY, rule_class, wrong)
    # a context of its own: the steps a test before derived unpatched are remembered (engine.driver.steps)
    with logderiv.Context(), pytest.raises(VerificationError, match=rule):
        derive_problem(Problem(cost=cost, wrt=wrt, definitions=definitions))


def test_wrong_algebra_step_raises_verification_error(monkeypatch):
    """A tidying step that changes the value is refused with VerificationError."""

    def wrong_cancel(expr):
        return rules.Cancel(), expr + 1

    monkeypatch.setattr(driver, "_TIDY", (wrong_cancel,))
    cost, definitions, wrt = RULE_CASES["dot-product"]
    with logderiv.Context(), pytest.raises(VerificationError, match="cancel"):  # not the steps remembered unpatched
        derive_problem(Problem(cost=cost, wrt=wrt, definitions=definitions))


#: every field of a Problem but those the steps are remembered by, set unlike its default
_OTHER_FIELDS = dict(notes=("a note",), source="J = something else", name="L", vectors={"x": 1}, layout="columns",
                     column_values=("c",), row_values=("r",), function_lets=("f(z) = z",), vector_lets=("W = 2θ",),
                     objective="log-likelihood", free_letter="k", intercepts_apart=("theta",))


def test_the_remembered_steps_are_keyed_by_every_field_the_steps_read():
    """The steps, each verified, are the same records whatever a problem's fields outside ``_STEPS_FIELDS``.

    Each derivation in a context of its own, so that the second is derived again, not served remembered: the
    fields the memo leaves out of its key must not change a rule, an expression or a step's check.
    """
    import dataclasses

    assert set(_OTHER_FIELDS) | set(driver._STEPS_FIELDS) == {f.name for f in dataclasses.fields(Problem)}
    for case in ("linearity", "chain-log", "sigmoid", "definition", "dot-product", "kronecker"):
        cost, definitions, wrt = RULE_CASES[case]
        plain = Problem(cost=cost, wrt=wrt, definitions=definitions)
        other = Problem(cost=cost, wrt=wrt, definitions=definitions, **_OTHER_FIELDS)
        start = calculus.D(cost, wrt)
        with logderiv.Context():
            steps = driver.rewrite_steps(start, plain)
            derivation = derive_problem(plain)
        with logderiv.Context():
            assert driver.rewrite_steps(start, other) == steps, case
            again = derive_problem(other)
        assert steps, case
        # the result's final checks and canonical verdict, remembered by the same fields (engine.driver.checked)
        assert (again.final_check, again.canonical) == (derivation.final_check, derivation.canonical), case


def test_steps_are_shared_by_problems_written_differently():
    """A problem that differs only in how it was written is served the steps and final checks the first derived."""
    cost, definitions, wrt = RULE_CASES["definition"]
    start = calculus.D(cost, wrt)
    with logderiv.Context() as context:
        first = driver.rewrite_steps(start, Problem(cost=cost, wrt=wrt, definitions=definitions))
        second = driver.rewrite_steps(start, Problem(cost=cost, wrt=wrt, definitions=definitions, **_OTHER_FIELDS))
        stats = context.stats()["engine.driver.steps"]
    assert second == first and (stats.misses, stats.hits) == (1, 1)
    with logderiv.Context() as context:
        derivation = derive_problem(Problem(cost=cost, wrt=wrt, definitions=definitions))
        again = derive_problem(Problem(cost=cost, wrt=wrt, definitions=definitions, **_OTHER_FIELDS))
        checked = context.stats()["engine.driver.checked"]
    assert (checked.misses, checked.hits) == (1, 1)
    assert (again.final_check, again.canonical) == (derivation.final_check, derivation.canonical)
    assert again.problem.notes == ("a note",) and derivation.problem.notes == ()  # each its own problem
    with logderiv.Context() as context:  # another cost is not served them
        driver.rewrite_steps(start, Problem(cost=cost, wrt=wrt, definitions=definitions))
        other_cost = 2 * cost
        driver.rewrite_steps(calculus.D(other_cost, wrt), Problem(cost=other_cost, wrt=wrt, definitions=definitions))
        assert context.stats()["engine.driver.steps"].misses == 2


def test_verification_error_is_internal_error():
    """VerificationError is an InternalError (a bug), never a user's error."""
    assert issubclass(VerificationError, InternalError)
    assert not issubclass(VerificationError, UnsupportedError)


# --- a scalar variable ---------------------------------------------------------------------


def test_sigmoid_of_scalar():
    """∂σ(z)/∂z = σ(z)(1 − σ(z)), by the σ′ rule."""
    d = derived("sigmoid-of-z")
    assert names(d) == ["sigmoid"]
    assert sympy.expand(d.result - sigma(z) * (1 - sigma(z))) == 0
    assert_gradient(sigma(z), z, d.result)
    assert d.canonical.verdict == "not-applicable"
    assert d.lemmas


def test_logistic_formula_of_scalar():
    """∂/∂z 1/(1 + e^(−z)) = e^(−z)/(1 + e^(−z))², by the power and chain rules."""
    d = derived("logistic-of-z")
    assert {"power", "chain-exp"} <= set(names(d))
    assert_gradient(1 / (1 + sympy.exp(-z)), z, d.result)
    assert_equal([d.result, sympy.exp(-z) / (1 + sympy.exp(-z)) ** 2, sigma(z) * (1 - sigma(z))])


# --- Σᵢ Σₖ: sympy merges the two sums into one Sum with two limits -----------------------


def test_merged_sum_over_examples_and_features_is_an_example_sum():
    """Σᵢ θᵀx⁽ⁱ⁾ is held as one Sum with limits (k, i); it is still Σᵢ of the summand θᵀx⁽ⁱ⁾."""
    merged = symbols.example_sum(symbols.dot(theta, x[i, k], k))
    assert len(merged.limits) == 2  # sympy's merge, which the helpers must see through
    assert symbols.is_example_sum(merged)
    assert symbols.example_summand(merged) == symbols.dot(theta, x[i, k], k)
    assert not symbols.is_example_sum(symbols.feature_sum(theta[k] ** 2, k))


def test_sum_of_dot_products_gets_a_canonical_verdict():
    """J = (1/m) Σᵢ θᵀx⁽ⁱ⁾: the δ sum collapses to (1/m) Σᵢ xⱼ⁽ⁱ⁾ and the verdict is not-canonical (no y), not n/a."""
    d = logderiv.derive("1/m * sum(theta^T x)")
    expected = symbols.example_sum(x[i, j]) / m
    assert_gradient(d.problem.cost, theta[j], expected)
    assert_equal([d.result, expected])
    assert not d.result.has(sympy.KroneckerDelta)
    assert d.canonical.verdict == "not-canonical"
    assert "y" in d.canonical.note


def test_factor_out_keeps_per_example_factors_inside_merged_sums():
    """Σᵢ Σₖ y⁽ⁱ⁾ θₖ xₖ⁽ⁱ⁾: y⁽ⁱ⁾ depends on the outer index, so it must not leave Σᵢ (it did: an internal error)."""
    d = logderiv.derive("1/m * sum(sum_k(y theta_k x_k))")
    expected = symbols.example_sum(y[i] * x[i, j]) / m
    assert_gradient(d.problem.cost, theta[j], expected)
    assert_equal([d.result, expected])


# --- the factors view ----------------------------------------------------------------


def test_factor_dl_dh_reads_h_minus_y_over_h_one_minus_h():
    """∂L/∂h of the logistic loss is (h − y)/(h(1 − h)) as the issue writes it, not (y − h)/((h − 1)h)."""
    d = logderiv.derive("logistic", factors=True)
    top = d.factors[0]
    assert top.value == (h - y[i]) / (h * (1 - h))  # structurally: the signs sit in (h − y) and (1 − h)
    u = sympy.Symbol("u")
    by_hand = -y[i] / u + (1 - y[i]) / (1 - u)  # ∂/∂h of −y log h − (1 − y) log(1 − h)
    assert sympy.cancel(top.value.xreplace({h: u}) - by_hand) == 0


def test_factor_of_poisson_keeps_the_exponential_of_the_dot_product():
    """∂L/∂z of the Poisson loss is e^(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾; factor() must not turn e^(Σₖ …) into Πₖ e^(…)."""
    d = logderiv.derive("poisson", factors=True)
    top = d.factors[0]
    assert not top.value.has(sympy.Product)
    assert top.value == sympy.exp(dot) - y[i]


def test_factors_with_a_named_dot_product_have_no_extra_node():
    """--let z=theta^T x: the chain is L → h → z → θⱼ, not L → h → z → θᵀx⁽ⁱ⁾ → θⱼ with ∂z/∂θᵀx⁽ⁱ⁾ = 1."""
    d = logderiv.derive("-1/m * sum(y log(h) + (1-y) log(1-h))", let=["h = sigmoid(z)", "z = theta^T x"], factors=True)
    assert [str(f.below) for f in d.factors] == ["h(i)", "z(i)", "theta[j]"]
    assert d.factors[-1].value == x[i, j]


def test_factor_rows_are_verified(monkeypatch):
    """A wrong local derivative in the factors view is an internal error, never printed."""
    from logderiv.engine import factors as factors_module

    real = factors_module._local_derivative
    monkeypatch.setattr(factors_module, "_local_derivative", lambda a, b, p: 2 * real(a, b, p))
    with pytest.raises(VerificationError):
        logderiv.derive("logistic", factors=True)


def test_a_counterexample_lists_only_what_its_two_sides_read():
    """Points are shared by every comparison; a counterexample names only the quantities its sides use.

    Comparing z² with z first draws z at the shared points; the later,
    unrelated comparison must not report z among its values.
    """
    from logderiv.equality import compare as equality

    problem = Problem(cost=z, wrt=z)
    equality.compare(z**2, z, problem, symbolic=False)
    outcome = equality.compare(theta[j], 2 * theta[j], problem, symbolic=False)
    assert not outcome.equal
    assert {value.name for value in outcome.counterexample.values} == {"theta"}


def test_one_point_evaluated_at_each_component_gives_each_its_own_value():
    """A point's remembered values are per size: θⱼ at j = 1 and at j = 2 of one point differ.

    The matrix check evaluates every component j of the gradient at the same
    data; a memo shared across j once gave every component the value of the first.
    """
    from logderiv.equality import numeric

    point = numeric.Point("per-size")
    expr = sympy.exp(theta[j])  # compound, so its value is remembered
    first = numeric.evaluate(expr, point, numeric.Size(m=2, n=3, j=1))
    second = numeric.evaluate(expr, point, numeric.Size(m=2, n=3, j=2))
    assert first == pytest.approx(cmath.exp(point[("theta", (1,))]))
    assert second == pytest.approx(cmath.exp(point[("theta", (2,))]))
    assert first != second


# --- the expansion memo ----------------------------------------------------------------


@pytest.mark.parametrize(
    "cost, lets",
    [
        ("logistic-l2", ()),
        ("mse-sigmoid", ()),
        # two levels of definitions: the memo must reach the same fixpoint, round for round
        ("-1/m * sum(y log(h) + (1 - y) log(1 - h))", ("z = theta^T x", "h = sigmoid(z)")),
    ],
)
def test_problem_expansion_is_the_plain_expansion_of_every_step(cost, lets):
    # expand_definitions remembers sub-expressions across steps and answers; each result must
    # be the very expression (srepr, not only ==) that plain repeated xreplace gives, including
    # for the unevaluated sums the distribute step builds
    derivation = logderiv.derive(cost, let=lets)
    problem = derivation.problem

    def plain(expr):
        for _ in range(len(problem.definitions) + 1):
            replaced = expr.xreplace(dict(problem.definitions))
            if replaced == expr:
                break
            expr = replaced
        return expr

    expressions = [problem.cost, derivation.start, *(step.expression for step in derivation.steps)]
    for expr in expressions + expressions[::-1]:  # again, now from the memo
        assert sympy.srepr(problem.expand_definitions(expr)) == sympy.srepr(plain(expr))
    assert not problem.expand_definitions(derivation.result).atoms(sympy.core.function.AppliedUndef)
    # a problem without definitions (another j-free cost) has nothing to expand
    other = Problem(cost=LINEAR, wrt=theta[j], definitions={})
    assert other.expand_definitions(LINEAR) is LINEAR


def test_substitute_back_leaves_a_value_under_a_derivative_alone():
    from logderiv.engine import algebra

    value = sigma(dot)
    under = calculus.D(value, theta[j])
    # only under ∂: nothing to give its name back (and nothing rebuilt to find that out)
    assert algebra.substitute_back(y[i] * under, H) == []
    # outside ∂ as well: that occurrence is named, the one under ∂ is kept
    (found,) = algebra.substitute_back(value * under, H)
    assert found[1] == h * under


@pytest.mark.parametrize(
    "summand, through_dot",
    [
        (sympy.log(1 + sympy.exp(-dot)) * y[i], True),
        ((dot - y[i]) ** 2 + theta[j] * x[i, j], False),  # θⱼ outside θᵀx⁽ⁱ⁾
        (sympy.exp(dot) * theta[1], False),
    ],
)
def test_per_example_loss_finds_theta_outside_the_dot_product(summand, through_dot):
    # the walk that replaced "xreplace θᵀx⁽ⁱ⁾ by a dummy, then .has(θ)" must say the same
    from logderiv.engine.canonical import _has_outside, per_example_loss

    cost = Σ(summand) / m
    split = per_example_loss(Problem(cost=cost, wrt=theta[j]))
    assert isinstance(split, tuple) == through_dot
    assert _has_outside(summand, theta, dot) == summand.xreplace({dot: sympy.Dummy()}).has(theta) == (not through_dot)
    if not through_dot:
        assert split == "the per-example loss depends on θ other than through θᵀx⁽ⁱ⁾."


@pytest.mark.parametrize(("cost", "scale"), [("1/2 * sum((theta^T x - y)^2)", "m"), ("sum((theta^T x - y)^2)", "2m")])
def test_a_summed_cost_is_canonical_up_to_its_scale(cost, scale):
    """½ Σᵢ (θᵀx − y)² (Bishop, ESL: a sum, not a mean) is squared error with its natural pairing, scaled.

    An outside review found it called "not canonical: an extra factor" in ∂L/∂z, which
    is false: a constant scale of the whole loss is no factor of the pairing. The form
    it names is the gradient itself (checked by sympy.diff and finite differences).
    """
    d = logderiv.derive(cost)
    assert d.canonical.verdict == "canonical"
    assert f"overall scale {scale} " in d.canonical.note
    assert_gradient(d.problem.cost, d.problem.wrt, d.canonical.form, d.problem.definitions)


def test_a_negative_scale_is_not_canonical():
    """−½ Σᵢ (θᵀx − y)² is maximised, not minimised: its sign is a real difference, still reported."""
    assert logderiv.derive("-1/2 * sum((theta^T x - y)^2)").canonical.verdict == "not-canonical"


def test_a_step_counterexample_is_the_verdict_record_with_the_sides_values():
    """A false step's counterexample is ``logderiv.records.verdict.Counterexample``: θⱼ against 2θⱼ at the inputs it lists.

    The values are checked by hand from the listed θⱼ (the right side is twice
    the left), not read back from the comparison.
    """
    from logderiv.records.verdict import Counterexample
    from logderiv.equality import compare as equality

    problem = Problem(cost=z, wrt=z)
    outcome = equality.compare(theta[j], 2 * theta[j], problem, symbolic=False)
    example = outcome.counterexample
    assert isinstance(example, Counterexample) and example.digits == 16
    (value,) = example.values
    assert (value.name, value.indices) == ("theta", (example.j,))
    assert float(example.expected) == pytest.approx(value.value, rel=1e-15)
    assert float(example.answer) == pytest.approx(2 * value.value, rel=1e-15)
