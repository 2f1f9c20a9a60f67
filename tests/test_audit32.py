r"""Issue 10, audit32: near-variants of the readings fixcold6, fixf32, fixcode3, fixchains2 and fixletindex merged.

Each test names the text, what its writer means (worked out by hand in its docstring), and holds logderiv to that
meaning or to a refusal. The mathematics the verdicts lean on is checked here by central finite differences of a
NumPy cost written by hand (``tests/_numeric.py``), never by logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences as _fd
from _reading import notes_of, refused

from logderiv import check

RNG = np.random.default_rng(32)


def _sig(u):
    return 1 / (1 + np.exp(-u))


# ------------------------------------------------------------------ (a) −(1/N) log P(T|X) beside a side of another scale

#: the Japanese textbook's chain (tests/test_fixf32.py), its middle side and its last side's count varied
_JP_SUM = r"\sum_{n=0}^{N-1} \{ t_n log y_n + (1-t_n) log (1-y_n) \}"
_JP_LETS = [r"y_n = \sigma(a_n)", r"a_n = w_0 x_n + w_1"]
_JP_MEAN_ANSWER = r"\frac{1}{N}\sum_{n=0}^{N-1}(y_n-t_n)x_n"
_JP_SUM_ANSWER = r"\sum_{n=0}^{N-1}(y_n-t_n)x_n"


def test_the_mean_and_the_sum_have_gradients_a_count_apart():
    """By hand ∂/∂w₀ of −Σ[t log σ(w₀xₙ + w₁) + (1 − t) log(1 − σ)] is Σ(σₙ − tₙ)xₙ, and of the mean (1/N) of it."""
    x, t, w = RNG.normal(size=7), RNG.integers(0, 2, size=7).astype(float), RNG.normal(size=2)

    def total(v):
        p = _sig(v[0] * x + v[1])
        return -np.sum(t * np.log(p) + (1 - t) * np.log(1 - p))

    residual = _sig(w[0] * x + w[1]) - t
    assert np.isclose(_fd(total, w)[0], np.sum(residual * x))
    assert np.isclose(_fd(lambda v: total(v) / 7, w)[0], np.mean(residual * x))
    assert not np.isclose(np.sum(residual * x), np.mean(residual * x))


@pytest.mark.parametrize("middle, last", [
    (r"-\frac {1}{N} log P(\bm{T}|\bm{X})", "-" + _JP_SUM),                     # a mean named, a sum written
    (r"- log P(\bm{T}|\bm{X})", r"-\frac {1}{N}" + _JP_SUM),                    # a sum named, a mean written
    (r"-\frac {1}{M} log P(\bm{T}|\bm{X})", r"-\frac {1}{N}" + _JP_SUM),        # a mean by a count not the sum's
])
def test_a_named_likelihood_of_another_scale_than_the_last_side_is_refused(middle, last):
    """E = −(1/N) log P(T|X) = −Σₙ{…}: by its middle side E is the mean, by its last the sum; the last was read
    alone (Σ(yₙ − tₙ)xₙ judged ∂E/∂w₀), though the '=' does not hold and the two gradients differ by N (above)."""
    error = refused(check, _JP_SUM_ANSWER, cost=rf"E(\bm{{W}}) = {middle} = {last}", wrt="w_0", let=_JP_LETS)
    assert "differ by the count" in str(error) and error.column is not None


@pytest.mark.parametrize("middle, last, answer", [
    (r"-\frac {1}{N} log P(\bm{T}|\bm{X})", r"-\frac {1}{N}" + _JP_SUM, _JP_MEAN_ANSWER),
    (r"- log P(\bm{T}|\bm{X})", "-" + _JP_SUM, _JP_SUM_ANSWER),
])
def test_a_named_likelihood_of_the_last_sides_scale_still_reads(middle, last, answer):
    """The same scale on both sides: the cost is read, and its gradient (above) judged right."""
    result = check(answer, cost=rf"E(\bm{{W}}) = {middle} = {last}", wrt="w_0", let=_JP_LETS)
    assert result.verdict == "equivalent"
    assert any("'|' is the conditioning bar" in note for note in notes_of(result))


# ------------------------------------------------------------------ (b) --cost logistic beside a page defining h otherwise

def _quiz_page():
    from test_fixcold6 import _QUIZ_COST, _QUIZ_STEPS

    return _QUIZ_COST + _QUIZ_STEPS


def test_the_quiz_pages_last_line_is_not_the_gradient_with_tanh():
    """By hand, with h = tanh(wᵀx) the cross-entropy's ∂L/∂wⱼ is −(1/N)Σ[y/h − (1 − y)/(1 − h)](1 − h²)xᵢⱼ, not the
    page's (1/N)Σ(h − y)xᵢⱼ (which is σ's): finite differences (wᵀx > 0, so 0 < h < 1 and the logs are defined)."""
    X, y, w = RNG.uniform(0.1, 1, size=(6, 3)), RNG.integers(0, 2, size=6).astype(float), RNG.uniform(0.1, 1, size=3)

    def cost(v):
        h = np.tanh(X @ v)
        return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))

    assert not np.allclose(_fd(cost, w), X.T @ (np.tanh(X @ w) - y) / 6, atol=1e-4)


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_page_defining_h_as_tanh_is_not_read_as_the_logistic_preset(where):
    """The quiz page (tests/test_fixcold6.py) with 'h_w(x) = tanh(wᵀx)' in its prose, and --cost logistic: the page's
    h was left out when --cost named a preset, so the page was read with σ and judged 'gradient' though under its
    own h its first step is wrong (above; without --cost it is judged wrong at that line). Refused."""
    from logderiv import steps

    definition = "Here $h_w(x) = \\tanh(w^Tx)$.\n\n"
    page = definition + _quiz_page() if where == "before" else _quiz_page() + "\n" + definition
    error = refused(steps, page, cost="logistic", file_kind="markdown")
    assert "which is not --cost logistic" in str(error) and "the page's own definitions" in str(error)


@pytest.mark.parametrize("definition", [r"\sigma(w^Tx)", r"\frac{1}{1+e^{-w^Tx}}"])
def test_a_page_defining_h_as_the_sigmoid_still_reads_with_the_preset(definition):
    """h_w(x) = σ(wᵀx) is the preset's model: the page ends at the gradient (1/N)Σ(h − y)xᵢⱼ (test_fixcold6's sympy)."""
    from logderiv import steps

    review = steps(f"Here $h_w(x) = {definition}$.\n\n" + _quiz_page(), cost="logistic", file_kind="markdown")
    assert review.ending == "gradient" and review.first_wrong is None


# ------------------------------------------------------------------ (c) the page's h beside the default cost's, and \because

#: test_fixcold6's derivation with reasons (right for h = σ(θᵀx): its first step writes σ′ = h(1 − h))
def _because_page():
    from test_fixcold6 import _BECAUSE_PAGE

    return _BECAUSE_PAGE


def test_the_first_step_is_wrong_for_tanh():
    """By hand, with h = tanh(θᵀx), ∂h/∂θⱼ = (1 − h²)xⱼ, so the page's first step (h(1 − h)xⱼ, σ's) is not ∂J/∂θⱼ
    of the cross-entropy −(1/m)Σ[y log h + (1 − y) log(1 − h)]: finite differences (θᵀx > 0, so 0 < h < 1)."""
    X, y, t = RNG.uniform(0.1, 1, size=(6, 3)), RNG.integers(0, 2, size=6).astype(float), RNG.uniform(0.1, 1, size=3)

    def cost(v):
        h = np.tanh(X @ v)
        return -np.mean(y * np.log(h) + (1 - y) * np.log(1 - h))

    h = np.tanh(X @ t)
    first_step = -X.T @ ((y / h - (1 - y) / (1 - h)) * h * (1 - h)) / 6
    assert not np.allclose(_fd(cost, t), first_step, atol=1e-4)


def test_a_page_defining_h_otherwise_than_the_default_cost_is_refused():
    """$$h(x) = tanh(θᵀx)$$ above the derivation, no cost: the note said the lines were read with that h, but a let
    of a name the default cost defines was dropped unchecked, so they were read with σ and judged 'gradient'."""
    from logderiv import steps

    error = refused(steps, "$$h(x) = \\tanh(\\theta^T x)$$\n\n" + _because_page(), file_kind="markdown")
    assert "h is defined here otherwise than the cost defines it" in str(error) and error.line == 1


@pytest.mark.parametrize("reason", [r"\because h = \tanh(\theta^Tx)", r"\because h(x) = \tanh(\theta^Tx)"])
def test_a_reason_defining_h_otherwise_is_refused(reason):
    """'\\because h = tanh(θᵀx)' beside the first step: the reason is not checked, but it says which h the writer's
    lines are of; they were read with the default cost's σ and the page judged 'gradient' (by hand, wrong above)."""
    from logderiv import steps

    page = _because_page().replace(r"\because \frac{d\sigma}{dz} = \sigma(1-\sigma)", reason)
    error = refused(steps, page, file_kind="markdown")
    assert "defines h otherwise than the cost does" in str(error)


@pytest.mark.parametrize("text", [r"\because h(x) = \sigma(\theta^Tx)"])
def test_a_reason_that_agrees_or_defines_nothing_stays_a_note(text):
    """h = σ(θᵀx) is the default cost's model. The page ends at the gradient (test_fixcold6's sympy.diff), the reason
    kept as the step's annotation."""
    from logderiv import steps

    page = _because_page().replace(r"\because \frac{d\sigma}{dz} = \sigma(1-\sigma)", text)
    review = steps(page, file_kind="markdown")
    assert review.ending == "gradient" and review.first_wrong is None


def test_a_wrong_sigmoid_derivative_as_a_reason_is_refused():
    """A wrong fact about dσ/dz, σ(1 + σ), was kept here as a note and the page judged 'gradient', no wrong step
    (audit32). hunt29b replaced that: the held-out sets judge a lemma given as a reason like any step, and left
    unchecked the page's false σ′ came out "every step holds"; logderiv does not check a reason, so it refuses it
    (tests/test_hunt29b.py), a miss at worst, never a wrong statement passed."""
    from logderiv import steps

    page = _because_page().replace(r"\because \frac{d\sigma}{dz} = \sigma(1-\sigma)",
                                   r"\because \frac{d\sigma}{dz} = \sigma(1+\sigma)")
    assert "as the reason for a step" in str(refused(steps, page, file_kind="markdown"))


# ------------------------------------------------------------------ (d) a cost defined as E(w) = …, a derivation of J

_E_THEN_J = (r"$$E(w) = \frac{1}{2}\sum_{n=1}^N (w^Tx_n - t_n)^2$$" "\n\n"
             r"$$\frac{\partial J}{\partial w_j} = LINE$$" "\n")


def test_the_sum_of_squares_gradient_is_not_the_logistic_one():
    """By hand ∂/∂wⱼ ½Σ(wᵀxₙ − tₙ)² = Σ(wᵀxₙ − tₙ)xₙⱼ; the default logistic cost's (1/m)Σ(σ(wᵀxᵢ) − yᵢ)xᵢⱼ is another
    vector (finite differences)."""
    X, t, w = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3)
    gradient = _fd(lambda v: 0.5 * np.sum((X @ v - t) ** 2), w)
    assert np.allclose(gradient, X.T @ (X @ w - t))
    assert not np.allclose(gradient, X.T @ (_sig(X @ w) - t) / 6)


@pytest.mark.parametrize("name", ["E", "C", "Q", "R", "S"])
@pytest.mark.parametrize("line", [
    r"\sum_{n=1}^N (w^Tx_n - t_n)x_{nj}",                                   # right for E (above): was 'wrong'
    r"\frac{1}{m}\sum_{i} (\sigma(w^Tx^{(i)}) - y^{(i)})x_{j}^{(i)}",        # the default's: was 'gradient'
])
def test_a_cost_named_otherwise_beside_a_derivative_of_j_is_refused(name, line):
    """E(w) = ½Σ(wᵀxₙ − tₙ)² set aside as 'not part of the derivation', then ∂J/∂wⱼ judged against the default
    logistic cost: E's right gradient was 'wrong at line 3' and the logistic one 'gradient'. J is not said to be E."""
    from logderiv import steps

    page = _E_THEN_J.replace("E(w)", f"{name}(w)").replace("LINE", line)
    error = refused(steps, page, file_kind="markdown")
    assert f"line 1 defines {name}(w), a cost of the parameters by its look" in str(error) and error.line == 1


@pytest.mark.parametrize("name", ["f", "g"])
def test_optimisations_lower_case_cost_beside_a_derivative_of_j_is_refused(name):
    """f(w) = ½Σ(wᵀxₙ − tₙ)² (optimisation's name of an objective), then E's right gradient as ∂J/∂wⱼ: the page was
    judged against the default logistic cost and called 'wrong at line 3' (found beside fixderiv4, which reads
    ∂f(w)/∂wⱼ of the same display as the cost's). J is not said to be f, so it is refused as E(w) is."""
    from logderiv import steps

    page = _E_THEN_J.replace("E(w)", f"{name}(w)").replace("LINE", r"\sum_{n=1}^N (w^Tx_n - t_n)x_{nj}")
    error = refused(steps, page, file_kind="markdown")
    assert f"line 1 defines {name}(w), a cost of the parameters by its look" in str(error) and error.line == 1


def test_a_model_of_the_example_beside_a_derivative_of_j_is_still_the_default_cost():
    """h(x) = σ(θᵀx) defines the model, not a cost (its argument is the example): the page is the logistic cost's,
    and its right gradient ends at the gradient, as before."""
    from logderiv import steps

    page = (r"$$h(x) = \sigma(\theta^Tx)$$" "\n\n"
            r"$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i} (h(x^{(i)}) - y^{(i)})x_{j}^{(i)}$$" "\n")
    assert steps(page, file_kind="markdown").ending == "gradient"


def test_the_same_cost_differentiated_by_its_name_still_reads():
    """∂E/∂wⱼ of the same display: E is the cost (fixchains2), and Σ(wᵀxₙ − tₙ)xₙⱼ its gradient (above)."""
    from logderiv import steps

    page = _E_THEN_J.replace(r"\partial J", r"\partial E").replace("LINE", r"\sum_{n=1}^N (w^Tx_n - t_n)x_{nj}")
    assert steps(page, file_kind="markdown").ending == "gradient"


# ------------------------------------------------------------------ (e) an index range beside a step (fixchains2)

_RANGED = (r"$$J(w) = \frac{1}{2}\sum_{i=1}^N (w^Tx_i - y_i)^2 + PENALTY$$" "\n\n"
           r"$$\frac{\partial J}{\partial w_j} = \sum_{i=1}^N (w^Tx_i - y_i)x_{ij} + LINE,\ RANGE$$" "\n")


def test_ridge_with_an_unpenalised_intercept_has_no_penalty_at_zero():
    """By hand, w = (w₀, …, w_D) with xᵢ₀ = 1 and the penalty (λ/2)Σ_{k=1}^{D} w_k²: ∂J/∂w₀ = Σᵢ(wᵀxᵢ − yᵢ), with no
    λw₀, so 'Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ + λwⱼ for j = 0, …, D' is false at j = 0 (finite differences)."""
    X = np.column_stack([np.ones(6), RNG.normal(size=(6, 3))])
    y, w, lam = RNG.normal(size=6), RNG.normal(size=4), 0.7
    gradient = _fd(lambda v: 0.5 * np.sum((X @ v - y) ** 2) + lam / 2 * np.sum(v[1:] ** 2), w)
    claimed = X.T @ (X @ w - y) + lam * w
    assert np.allclose(gradient[1:], claimed[1:]) and not np.isclose(gradient[0], claimed[0])


def test_a_range_from_zero_beside_a_penalty_from_one_is_refused():
    """The range j = 0, 1, …, D was set aside and the line judged the gradient (logderiv numbers w's entries 1..n
    and reads the penalty as all of them): at j = 0 the writer's line is wrong (above). Refused."""
    from logderiv import steps

    page = (_RANGED.replace("PENALTY", r"\frac{\lambda}{2}\sum_{k=1}^D w_k^2").replace("LINE", r"\lambda w_j")
            .replace("RANGE", r"j = 0, 1, \ldots, D"))
    error = refused(steps, page, file_kind="markdown")
    assert "numbers the components from 0, but the cost sums over them from 1" in str(error)


@pytest.mark.parametrize("penalty, range_", [
    (r"\frac{\lambda}{2}\sum_{k=1}^D w_k^2", r"j = 1, \ldots, D"),   # the range the penalty has: every entry
    (r"\frac{\lambda}{2}\|w\|^2", r"j = 0, 1, \ldots, D"),          # every entry penalised, w₀ among them
])
def test_a_range_that_agrees_with_the_cost_still_reads(penalty, range_):
    """Each entry the range names has the line's value (by hand: ∂/∂wⱼ of a penalty over every entry is λwⱼ)."""
    from logderiv import steps

    page = _RANGED.replace("PENALTY", penalty).replace("LINE", r"\lambda w_j").replace("RANGE", range_)
    assert steps(page, file_kind="markdown").ending == "gradient"


def test_a_range_of_another_index_than_the_formulas_is_not_set_aside():
    """'…xᵢⱼ, k = 0, 1, …, D': the note said the formula was 'read as the k-th entry', though it writes j; the range
    says nothing of this formula, and is no longer set aside (refused, as text logderiv cannot read)."""
    from logderiv import steps

    page = _RANGED.replace(" + PENALTY", "").replace(" + LINE", "").replace("RANGE", r"k = 0, 1, \ldots, D")
    refused(steps, page, file_kind="markdown")


# ------------------------------------------------------------------ (f) an answer's N that a --let defines

_HALF_MSE = r"\frac{1}{2m}\sum_i (\theta^Tx^{(i)} - y^{(i)})^2"


def test_the_half_mean_squared_error_gradient_is_over_m_not_over_another_number():
    """By hand ∇(1/2m)Σ(θᵀxᵢ − yᵢ)² = (1/m)Σ(θᵀxᵢ − yᵢ)xᵢ; over 5 (or over n, the features) it is another vector
    when m ≠ 5 (finite differences, m = 7)."""
    X, y, t = RNG.normal(size=(7, 3)), RNG.normal(size=7), RNG.normal(size=3)
    gradient = _fd(lambda v: np.sum((X @ v - y) ** 2) / 14, t)
    assert np.allclose(gradient, X.T @ (X @ t - y) / 7)
    assert not np.allclose(gradient, X.T @ (X @ t - y) / 5)
    assert not np.allclose(gradient, X.T @ (X @ t - y) / 3)


@pytest.mark.parametrize("let", ["N = 5", "N = len(theta)", "N = X.shape[1]", "N = n"])
def test_a_formula_answers_mean_count_that_a_let_defines_otherwise_is_refused(let):
    """(1/N)Σ… with --let N = 5: the reader read 1/N before the sum as the mean, N as m, before the lets were put
    in, so (1/5)Σ… was judged the gradient (above: it is not). The let and the sum disagree: refused."""
    answer = r"\frac{1}{N}\sum_i (\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}"
    error = refused(check, answer, cost=_HALF_MSE, let=[let])
    if let != "N = len(theta)":
        # N = len(theta) beside a LaTeX answer is now refused at the let itself (its code 'theta' in a LaTeX
        # problem, since fixfam's merge): refused still, for another reason
        assert "but --let defines N otherwise" in str(error)


@pytest.mark.parametrize("let", ["N = 5"])
def test_a_code_answers_divisor_that_a_let_defines_is_not_read_as_the_count(let):
    """X.T @ (X @ θ − y) / N with --let N = 5: 'N is not defined … read as m', said beside the let defining it, and
    judged the gradient of the mean (above: it is not). No longer read as m (refused at its shape)."""
    refused(check, "X.T @ (X @ theta - y) / N", cost="np.mean((X @ theta - y)**2) / 2", let=[let])


def test_a_code_answers_divisor_counting_the_parameters_is_judged_not_the_gradient():
    """--let N = len(theta) is the number of parameters n (read so since this stop): Xᵀ(Xθ − y)/n is not the
    gradient (1/m)Xᵀ(Xθ − y) of the half mean squared error wherever m ≠ n — by hand, not as m."""
    verdict = check("X.T @ (X @ theta - y) / N", cost="np.mean((X @ theta - y)**2) / 2", let=["N = len(theta)"])
    assert verdict.verdict == "different"


@pytest.mark.parametrize("let", ["N = m", "N = len(y)", "N = X.shape[0]", "N = len(X)"])
def test_a_let_counting_the_examples_keeps_the_mean(let):
    """A let that says N counts the examples agrees with the sum's reading: (1/N)Σ… is the gradient (above)."""
    answer = r"\frac{1}{N}\sum_i (\theta^Tx^{(i)} - y^{(i)})x_j^{(i)}"
    assert check(answer, cost=_HALF_MSE, let=[let]).verdict == "equivalent"


# ------------------------------------------------------------------ (g) an L2 preset read with an intercept b apart

def test_the_intercepts_derivative_depends_on_whether_it_is_penalised():
    """By hand ∂/∂b of the mean cross-entropy of σ(Xw + b) plus (λ/2m)‖w‖² is (1/m)Σ(σᵢ − yᵢ); with b in the
    penalty too, (λ/2m)(‖w‖² + b²), it is that plus λb/m (finite differences)."""
    X, y, w, b, lam = RNG.normal(size=(6, 2)), RNG.integers(0, 2, size=6).astype(float), RNG.normal(size=2), 0.4, 0.9

    def cost(c, with_b):
        p = _sig(X @ w + c[0])
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)) + lam / 12 * (w @ w + (c[0] ** 2 if with_b else 0))

    residual = np.mean(_sig(X @ w + b) - y)
    assert np.isclose(_fd(lambda c: cost(c, False), np.array([b]))[0], residual)
    assert np.isclose(_fd(lambda c: cost(c, True), np.array([b]))[0], residual + lam * b / 6)


def test_an_l2_preset_read_with_an_intercept_apart_says_the_intercept_is_not_penalised():
    """--cost logistic-l2 (every θₖ penalised, its intercept θ₁ too) read in w and b: b is in no penalty, which the
    note called 'the same cost' without saying so; the two readings give another ∂J/∂b (above). Now said."""
    answer = r"\frac{1}{m}\sum_i (\sigma(w^T x^{(i)} + b) - y^{(i)})"
    result = check(answer, cost="logistic-l2", wrt="b")
    assert result.verdict == "equivalent"
    assert any("the intercept b left out of it" in note for note in notes_of(result))
    assert check(answer + r" + \frac{\lambda}{m}b", cost="logistic-l2", wrt="b").verdict == "different"


# ------------------------------------------------------------------ (h) a derivative of a name the page never defines

_J_DEFINED = "$$J(\\theta) = \\frac{1}{2m}\\sum_i(x_i \\cdot \\theta - y_i)^2$$\n\n"
_RIGHT_LINE = r"\frac{1}{m}\sum_i(x_i \cdot \theta - y_i)x_{ij}"


def test_the_line_is_the_costs_gradient():
    """By hand ∂/∂θⱼ (1/2m)Σ(xᵢ·θ − yᵢ)² = (1/m)Σ(xᵢ·θ − yᵢ)xᵢⱼ (finite differences); a number's derivative is 0."""
    X, y, t = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    gradient = _fd(lambda v: np.sum((X @ v - y) ** 2) / 10, t)
    assert np.allclose(gradient, X.T @ (X @ t - y) / 5) and not np.allclose(gradient, 0)


@pytest.mark.parametrize("line", [
    r"$$\frac{\partial L}{\partial \theta_j} = RIGHT$$",
    r"$$\frac{\partial Q}{\partial \theta_j} = RIGHT$$",
    r"$$\nabla_\theta L(\theta) = \frac{1}{m}\sum_i(x_i \cdot \theta - y_i)x_i$$",
])
def test_a_derivative_of_a_name_nothing_defines_is_refused(line):
    """J defined, then ∂L/∂θⱼ = (1/m)Σ(xᵢ·θ − yᵢ)xᵢⱼ: L was read as a number, its derivative 0, and the line, right
    for J (above), judged 'wrong at line 3' with a counterexample 'L = 1.06'. L is J by a slip or another
    objective; which is not said."""
    from logderiv import steps

    error = refused(steps, _J_DEFINED + line.replace("RIGHT", _RIGHT_LINE) + "\n", file_kind="markdown")
    assert "which nothing on the page defines (the cost is J)" in str(error) and error.line == 3


def test_the_same_line_of_the_costs_own_name_still_reads():
    """∂J/∂θⱼ: the cost's own name, and the line its gradient (above)."""
    from logderiv import steps

    page = _J_DEFINED + rf"$$\frac{{\partial J}}{{\partial \theta_j}} = {_RIGHT_LINE}$$" + "\n"
    assert steps(page, file_kind="markdown").ending == "gradient"
