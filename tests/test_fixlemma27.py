"""fixlemma (round 27): the next blockers of pages that hold several chains — Θ as the parameters, Y(i), dσ/dz.

Notes on Ng's course write the parameters with a capital Θ throughout (en_notes_loglik_ascent_theta_j_long_chain.md:
``\\frac{\\partial}{\\partial\\Theta_j}l(\\Theta)``) and slip from ``Y^{(i)}`` to ``Y(i)`` in a line or two. The page
reader did not take ∂/∂Θⱼ for the cost's derivative by a parameter, so the page was refused as three derivations
(a lemma, the cost's chain, the derivative); behind that, ``Y(i)`` was refused as the example index used as a value,
``\\log(L(\\Theta))`` (the log's bracket around L) was not the log-likelihood's name, and the cost's side
``\\log(\\prod …)`` read as Σ log(h^y (1 − h)^{1−y}) said nothing of h's model. Each is now read, with a note.

ML notes also write the sigmoid's derivative with σ alone over the bar (``\\frac{d\\sigma}{dz}``, en_blog_bce_
derivation_w_b_chain.md line 32), which was refused ("'\\sigma' needs an argument"), so the lemma's steps went
unchecked and the page was refused; it is read as d/dz σ(z), noted, and refused where the variable below is no plain
letter (dσ/dw: σ of what?).

The mathematics is checked here with sympy (and finite differences), never against logderiv's own output.
"""

from __future__ import annotations

import json
from pathlib import Path

import sympy

from _derivations_table import outcome_of, review_of_page, steps_of_page

HERE = Path(__file__).parent


def _loglik_gradient_holds() -> None:
    """∂/∂θⱼ Σ log(h^y (1 − h)^{1−y}) with h = σ(θᵀx) is Σ (y − h) xⱼ, at m = 3 examples of 2 features (sympy.diff)."""
    t0, t1 = sympy.symbols("t0 t1")
    rows = [((0.5, -1.0), 1), ((1.5, 0.3), 0), ((-0.7, 2.0), 1)]
    def h(x):
        return 1 / (1 + sympy.exp(-(t0 * x[0] + t1 * x[1])))
    loglik = sum(sympy.log(h(x) ** y * (1 - h(x)) ** (1 - y)) for x, y in rows)
    split = sum(y * sympy.log(h(x)) + (1 - y) * sympy.log(1 - h(x)) for x, y in rows)
    answer = sum((y - h(x)) * x[1] for x, y in rows)
    point = {t0: 0.2, t1: -0.4}
    assert abs(float((loglik - split).subs(point))) < 1e-12  # the log of the Bernoulli factor, split
    assert abs(float((sympy.diff(loglik, t1) - answer).subs(point))) < 1e-12
    # and by a central finite difference of the log-likelihood itself
    step = 1e-6
    numeric = (float(loglik.subs({t0: 0.2, t1: -0.4 + step})) - float(loglik.subs({t0: 0.2, t1: -0.4 - step}))) / (2 * step)
    assert abs(numeric - float(answer.subs(point))) < 1e-6


def test_the_capital_theta_loglik_ascent_page_is_read_right():
    # tests/derivations_cold26: a lemma ∂/∂z g(z), the cost's chain l(Θ) = log(L(Θ)) = log(∏ …) = Σ …, and
    # ∂/∂Θⱼ l(Θ) = … = Σ (Y⁽ⁱ⁾ − h_Θ(X⁽ⁱ⁾)) Xⱼ⁽ⁱ⁾: every step holds, ending at the gradient (by hand, expected.txt)
    _loglik_gradient_holds()
    assert outcome_of(HERE / "derivations_cold26", "en_notes_loglik_ascent_theta_j_long_chain.md") == ("right", "")


# en_notes_loglik_ascent_theta_j_long_chain.md (tests/derivations_cold26), lines 20–26 and 43–56, shortened: the
# middle steps of the derivative left out
_LOGLIK = r"""**Mathematical Proof**

$$
\begin{aligned}
l(\Theta)
&=\log(L(\Theta))\\
&=\log(\prod_{i=1}^{m}(h_\Theta(X^{(i)}))^{Y^{(i)}}(1-h_\Theta(X^{(i)}))^{1-Y^{(i)}})\\
&=\sum_{i=1}^{m}(Y(i)\log(h_\Theta(X^{(i)}))+(1-Y^{(i)})\log(1-h_\Theta(X^{(i)})))
\end{aligned}
$$

$$
\begin{aligned}
\frac{\partial}{\partial\Theta_j}l(\Theta)
&=\sum_{i=1}^{m}(Y(i)(1-h_\Theta(X^{(i)}))X_j^{(i)}-(1-Y^{(i)})h_\Theta(X^{(i)})X_j^{(i)})\\
&=\sum_{i=1}^{m}(Y^{(i)}-h_\Theta(X^{(i)}))X^{(i)}_j
\end{aligned}
$$
"""


def test_an_excerpt_by_theta_j_with_y_of_i_holds_with_its_notes(tmp_path):
    _loglik_gradient_holds()
    code, ending, wrong, review = review_of_page(tmp_path, _LOGLIK)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["line"] for step in review["steps"]] == [14, 15, 16]
    notes = review["notes"]
    assert "\\Theta is read as θ (the parameters)" in notes
    assert any(note.startswith("Y(i) is read as Y^{(i)}, the i-th example's label") for note in notes)
    assert any(note.startswith("line 6: \\log(L(\\Theta)) says the cost is the log of the likelihood L") for note in notes)
    assert any(note.startswith("h is not defined: reading h = σ(θᵀx)") for note in notes)
    assert any(note.startswith("line 8 rewrites the cost ℓ") for note in notes)  # the Σ side checked against ∏'s


def test_the_same_excerpt_in_text_shows_the_notes(tmp_path):
    result = steps_of_page(tmp_path, _LOGLIK, "--timeout", "60")
    assert result.exit_code == 0, result.stderr
    assert "note: Y(i) is read as Y^{(i)}" in result.stdout
    assert "note: \\Theta is read as θ (the parameters)" in result.stdout


def test_a_slip_in_the_last_line_is_wrong_at_it(tmp_path):
    _loglik_gradient_holds()
    t, x, y = sympy.symbols("t x y")
    h = 1 / (1 + sympy.exp(-t * x))
    # (y + h)x is not the one-example gradient (y − h)x: they differ by 2hx, nonzero at t = x = 1
    assert sympy.diff(y * sympy.log(h) + (1 - y) * sympy.log(1 - h), t).subs({t: 1, x: 1, y: 1}) != \
        ((y + h) * x).subs({t: 1, x: 1, y: 1})
    page = _LOGLIK.replace(r"(Y^{(i)}-h_\Theta(X^{(i)}))X^{(i)}_j", r"(Y^{(i)}+h_\Theta(X^{(i)}))X^{(i)}_j")
    assert page != _LOGLIK
    code, ending, wrong, _review = review_of_page(tmp_path, page)
    assert (code, wrong) == (1, [16])


def test_a_slip_in_the_costs_rewrite_is_refused_at_it(tmp_path):
    # (1 + Y) for (1 − Y) in the Σ side: not the ∏ side's log (sympy: they differ), so which cost is derived is asked
    h, y = sympy.symbols("h y", positive=True)
    assert sympy.simplify(sympy.expand_log(sympy.log(h ** y * (1 - h) ** (1 - y)), force=True)
                          - (y * sympy.log(h) + (1 + y) * sympy.log(1 - h))) != 0
    page = _LOGLIK.replace(r"+(1-Y^{(i)})\log(1-h", r"+(1+Y^{(i)})\log(1-h")
    assert page != _LOGLIK
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2
    assert "line 8" in result.stderr and "rewrites the cost" in result.stderr


def test_y_of_i_where_the_text_never_raises_the_mark_stays_refused(tmp_path):
    # no ^{(i)} anywhere: i is not shown to be the example index, so Y(i) is not read as a label's mark
    page = ("$$J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^{m}(\\theta^T x_i - Y(i))^2$$\n\n"
            "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^{m}(\\theta^T x_i - Y(i)) x_{ij}$$\n")
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2
    assert "'i' is the example index, not a variable" in result.stderr


def test_theta_capital_beside_a_lowercase_theta_stays_refused(tmp_path):
    page = _LOGLIK.replace(r"&=\sum_{i=1}^{m}(Y^{(i)}-h_\Theta(X^{(i)}))X^{(i)}_j",
                           r"&=\sum_{i=1}^{m}(Y^{(i)}-h_\theta(X^{(i)}))X^{(i)}_j")
    assert page != _LOGLIK
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2
    assert "differentiates by a capital \\Theta and line 16 writes a lowercase \\theta" in result.stderr


_BCE_COST = (r"J(w,b) = -\frac{1}{m}\sum_{i=1}^{m} \left[y^{(i)} \log(\sigma(w x^{(i)} + b)) + (1-y^{(i)}) "
             r"\log(1-\sigma(w x^{(i)} + b))\right]")
_BCE_GRADIENT = (r"\frac{\partial J}{\partial w} = -\frac{1}{m}\sum_{i=1}^{m} \left[y^{(i)} (1-\sigma(w x^{(i)} + b)) "
                 r"x^{(i)} - (1-y^{(i)}) \sigma(w x^{(i)} + b) x^{(i)}\right] = \frac{1}{m}\sum_{i=1}^{m} "
                 r"(\sigma(w x^{(i)} + b) - y^{(i)}) x^{(i)}")
# en_blog_bce_derivation_w_b_chain.md (tests/derivations_cold19), lines 28–40: the sigmoid's derivative, σ alone over
# the bar, one side a display; put between a cost and a derivation in index form (the page's own are in matrix form)
_SIGMOID_LEMMA = r"""First, let's derive the sigmoid derivative (we'll need this):

$$\sigma(z) = \frac{1}{1 + e^{-z}}$$

$$\frac{d\sigma}{dz} = \frac{d}{dz}\left[\frac{1}{1 + e^{-z}}\right]$$

$$= -(1 + e^{-z})^{-2} \cdot (-e^{-z})$$

$$= \frac{e^{-z}}{(1 + e^{-z})^2}$$

$$= \frac{1}{1 + e^{-z}} \cdot \frac{e^{-z}}{1 + e^{-z}}$$

$$= \sigma(z) \cdot [1 - \sigma(z)]$$
"""
_SIGMOID_PAGE = (f"The cost, for m examples:\n\n$${_BCE_COST}$$\n\n{_SIGMOID_LEMMA}\nThe gradient:\n\n"
                 f"$${_BCE_GRADIENT}$$\n")


def _sigmoid_sides() -> list[sympy.Expr]:
    """dσ/dz by sympy.diff, and the lemma's sides (lines 11–17), each equal to it (checked at three points)."""
    z = sympy.symbols("z")
    sigma = 1 / (1 + sympy.exp(-z))
    sides = [-(1 + sympy.exp(-z)) ** -2 * (-sympy.exp(-z)), sympy.exp(-z) / (1 + sympy.exp(-z)) ** 2,
             sigma * sympy.exp(-z) / (1 + sympy.exp(-z)), sigma * (1 - sigma)]
    exact = sympy.diff(sigma, z)
    for point in (-1.3, 0.2, 2.5):
        assert all(abs(float((side - exact).subs(z, point))) < 1e-12 for side in sides)
    return sides


def _bce_gradient_holds() -> None:
    """The derivation's two sides are ∂J/∂w of the cross-entropy at m = 3 (sympy.diff), so the page's ending is true."""
    w, b = sympy.symbols("w b")
    xs, ys = (0.5, -1.2, 2.0), (1, 0, 1)
    def s(x):
        return 1 / (1 + sympy.exp(-(w * x + b)))
    cost = -sympy.Rational(1, 3) * sum(y * sympy.log(s(x)) + (1 - y) * sympy.log(1 - s(x)) for x, y in zip(xs, ys))
    sides = [-sympy.Rational(1, 3) * sum(y * (1 - s(x)) * x - (1 - y) * s(x) * x for x, y in zip(xs, ys)),
             sympy.Rational(1, 3) * sum((s(x) - y) * x for x, y in zip(xs, ys))]
    exact = float(sympy.diff(cost, w).subs({w: 0.4, b: -0.3}))
    assert all(abs(float(side.subs({w: 0.4, b: -0.3})) - exact) < 1e-12 for side in sides)


def test_sigma_alone_over_the_bar_is_read_as_its_derivative_at_the_variable(tmp_path):
    _sigmoid_sides()
    _bce_gradient_holds()
    code, ending, wrong, review = review_of_page(tmp_path, _SIGMOID_PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    lemma = [(step["line"], step["valid"]) for lemma in review["lemmas"] for step in lemma["steps"]]
    assert lemma == [(9, True), (11, True), (13, True), (15, True), (17, True)]
    assert ("\\frac{d\\sigma}{dz} is read as d/dz σ(z): the variable below the bar is the argument of σ, a function "
            "of one argument written without it") in review["notes"]


def test_a_slip_in_the_sigmoid_lemma_is_wrong_at_its_line(tmp_path):
    # the planted copy's slip (en_blog_bce_derivation_w_b_chain_planted_sigma_prime.md, line 34): the inner
    # derivative's sign dropped, −(1 + e^{−z})^{−2}·e^{−z}, which is −σ′(z), not σ′(z)
    z = sympy.symbols("z")
    assert abs(float((-(1 + sympy.exp(-z)) ** -2 * sympy.exp(-z) - _sigmoid_sides()[0]).subs(z, 0.4))) > 0.4
    page = _SIGMOID_PAGE.replace(r"\cdot (-e^{-z})", r"\cdot (e^{-z})")
    assert page != _SIGMOID_PAGE
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 1, result.stderr
    review = json.loads(result.stdout)
    assert [step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if not step["valid"]][:1] == [11]


def test_partial_sigma_and_ngs_g_over_the_bar_are_read_alike(tmp_path):
    _sigmoid_sides()
    for written, shown in ((r"\frac{\partial \sigma}{\partial z}", "σ"), (r"\frac{dg}{dz}", "g")):
        page = _SIGMOID_PAGE.replace(r"\frac{d\sigma}{dz}", written)
        code, ending, wrong, review = review_of_page(tmp_path, page)
        assert (code, ending, wrong) == (0, "gradient", []), written
        assert any(note.startswith(f"{written} is read as d/dz {shown}(z)") for note in review["notes"]), written


def test_sigma_alone_over_a_parameter_or_an_entry_is_refused(tmp_path):
    # dσ/dw, ∂σ/∂θⱼ: σ of w itself, or of the page's wᵀx + b? The argument is not said, so the lemma cannot be read
    for written, shown in ((r"\frac{d\sigma}{dw}", "w"), (r"\frac{\partial \sigma}{\partial \theta_j}", "\\theta_j")):
        page = _SIGMOID_PAGE.replace(r"\frac{d\sigma}{dz}", written)
        result = steps_of_page(tmp_path, page, "--timeout", "60")
        assert result.exit_code == 2, written
        assert (f"'\\sigma' alone over the bar is a function written without its argument, and {shown} below it is "
                "no plain letter to be that argument") in result.stderr


def test_sigma_alone_over_the_bar_as_a_factor_of_a_step_stays_refused(tmp_path):
    # in a step's body dσ/dz is σ′ at the page's z (θᵀx⁽ⁱ⁾, defined nowhere here): read with a free z the true step
    # would be judged 'different', so only a whole side (a lemma's) is read; the factor keeps its refusal
    page = (r"$$J(\theta) = -\frac{1}{m}\sum_{i=1}^{m} \left[y^{(i)}\log h_\theta(x^{(i)}) + "
            r"(1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]$$" "\n\n"
            r"$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m}\frac{h_\theta(x^{(i)}) - y^{(i)}}"
            r"{h_\theta(x^{(i)})(1-h_\theta(x^{(i)}))}\frac{d\sigma}{dz}x_j^{(i)} = "
            r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}$$" "\n")
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2
    assert "'\\sigma' needs an argument" in result.stderr
