r"""Issue 10, audit31: near-variants of the readings fixchains and fixlines merged, that mean something else.

Each test names the text, what its writer means (worked out by hand in its docstring), and holds logderiv to that
meaning or to a refusal. The mathematics the verdicts lean on is checked here by central finite differences of a
NumPy cost written by hand (``tests/_numeric.py``) or by ``sympy.diff``, never by logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest
import sympy
from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences as _fd
from _reading import refused

from logderiv import steps

RNG = np.random.default_rng(31)


def _sig(u):
    return 1 / (1 + np.exp(-u))


# ------------------------------------------------------------------ (a) a line counting the examples by its own letter

#: a page whose cost counts by m and whose derivative counts by LETTER (1/LETTER before a sum with no bound)
_COUNTED = (
    r"$$J(\theta)=\frac{1}{2m}\sum_{i=1}^m(\theta^Tx^{(i)}-y^{(i)})^2$$" "\n\n"
    r"$$\frac{\partial J}{\partial\theta_j}=\frac{1}{LETTER}\sum_{i}(\theta^Tx^{(i)}-y^{(i)})x_j^{(i)}$$" "\n"
)


def test_the_hand_gradient_depends_on_the_count():
    """By hand ∂/∂θⱼ of (1/2m)Σ(θᵀxᵢ − yᵢ)² is (1/m)Σ(θᵀxᵢ − yᵢ)xᵢⱼ: with N ≠ m (a batch of N) (1/N)Σ… is
    another number, so the line is the gradient only if N is m, which nothing on the page says."""
    X, y, theta = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3)
    cost = lambda t: ((X @ t - y) ** 2).sum() / (2 * 6)  # noqa: E731
    assert np.allclose(_fd(cost, theta), X.T @ (X @ theta - y) / 6)
    assert not np.allclose(_fd(cost, theta), X.T @ (X @ theta - y) / 4)


def test_a_line_counting_by_n_beside_a_cost_counting_by_m_is_refused():
    """1/N in the line, m in the cost: N was read as m (noted) and the line judged the gradient; refused, caret
    at the N, as a derivation in matrix form counting by N and by m is (audit30)."""
    error = refused(steps, _COUNTED.replace("LETTER", "N"), file_kind="markdown")
    assert "N counts the examples in this line, but the cost counts the examples by m" in str(error)
    assert error.column is not None and error.line == 3


def test_a_line_counting_by_lowercase_n_is_refused_as_check_refuses_it():
    """(1/n)Σ… in plain text under a cost with m: n is the cost's count of the features (θᵀx); check refuses
    the answer so, steps read it as m and said 'gradient'. Now refused too."""
    text = "d/dtheta_j (1/(2m) * sum((theta^T x - y)^2)) = (2/n) * sum((theta^T x - y) x_j)/2\n"
    error = refused(steps, text)
    assert "n counts the examples in this line" in str(error) and error.column is not None


def test_a_line_counting_by_m_as_its_cost_still_reads():
    """The same page with m in both: the line is the gradient (by hand, above)."""
    assert steps(_COUNTED.replace("LETTER", "m"), file_kind="markdown").ending == "gradient"


def test_a_cost_and_line_both_counting_by_n_still_read(tmp_path):
    """L(w) = (1/n)Σᵢ₌₁ⁿ ½(yᵢ − ⟨w, xᵢ⟩)² with ∇_w L = (1/n)Σ(yᵢ − ⟨w, xᵢ⟩)xᵢ: one count, n, throughout; the line
    has the sign wrong (by hand ∇ = −(1/n)Σ(yᵢ − wᵀxᵢ)xᵢ), so it is judged wrong, not refused."""
    page = ("$$\nL(w) = \\frac{1}{n} \\sum_{i=1}^n \\frac{1}{2}\\big( y_i - \\langle w, x_i \\rangle \\big)^2\n$$\n"
            "and\n$$\n\\nabla_w L(w) = \\frac{1}{n} \\sum_{i=1}^n (y_i - \\langle w, x_i \\rangle)x_i\n$$\n")
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending) == (1, "wrong")


def test_a_line_counting_by_m_beside_a_cost_counting_by_n_is_refused():
    """The other way round: J = (1/2N)Σᵢ₌₁ᴺ …, then ∂J/∂θⱼ = (1/m)Σᵢ₌₁ᵐ …: the cost's N was read as m with no
    note and the line judged the gradient, though nothing says m is N (by hand, above). Refused."""
    page = _COUNTED.replace(r"\frac{1}{2m}\sum_{i=1}^m", r"\frac{1}{2N}\sum_{i=1}^N").replace(
        r"\frac{1}{LETTER}\sum_{i}", r"\frac{1}{m}\sum_{i=1}^m")
    error = refused(steps, page, file_kind="markdown")
    assert "m counts the examples in this line, but the cost counts them by N" in str(error)


def test_a_page_cost_counting_by_n_says_so():
    """J = (1/2N)Σᵢ₌₁ᴺ … with the line in N too reads, and says N was read as m (the note was dropped)."""
    page = _COUNTED.replace(r"\frac{1}{2m}\sum_{i=1}^m", r"\frac{1}{2N}\sum_{i=1}^N").replace("LETTER", "N")
    review = steps(page, file_kind="markdown")
    assert review.ending == "gradient"
    assert any(note.startswith("N counts the examples here: read as m") for note in review.notes)


def test_a_count_of_its_own_against_the_default_cost_is_the_pages():
    """No cost written: the page's N is its own count (the default cost's m is logderiv's letter), read as m."""
    text = "dJ/dtheta_j = (1/N) * sum_i (h(x_i) - y_i) x_ij\n"
    assert steps(text).ending == "gradient"


# ------------------------------------------------------------------ (b) a page that only defines things

def test_a_page_of_definitions_is_no_derivation(tmp_path):
    """z = wᵀx + b, a = σ(z), L = −(y log a + (1 − y) log(1 − a)): nothing is differentiated. It was checked
    against the default logistic cost and called 'wrong at line 3' with a counterexample."""
    page = "Forward pass:\n\n$$z = w^Tx + b$$\n\n$$a = \\sigma(z)$$\n\n$$L = -(y\\log a + (1-y)\\log(1-a))$$\n"
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "there is no derivation on this page" in result.stderr and "^" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_page_defining_the_model_and_the_cost_is_no_derivation(tmp_path):
    """h_θ(x) = θᵀx then J(θ) = (1/2m)Σ(h − y)², no ∂ anywhere: refused, as a page whose first line is the
    cost is (its first line here is the model)."""
    page = ("$$h_\\theta(x)=\\theta^Tx$$\n\n"
            "$$J(\\theta)=\\frac{1}{2m}\\sum_{i=1}^m(h_\\theta(x^{(i)})-y^{(i)})^2$$\n")
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2 and "there is no derivation on this page" in result.stderr


def test_a_derivative_written_dj_over_dtheta_is_a_derivative():
    r"""\frac{dJ}{d\theta_j} after the cost's definition is its derivative: the page was refused as 'take no
    derivative of it'. By hand the line (1/m)Σ(θᵀx − y)xⱼ is the gradient (finite differences, above)."""
    for d in ("d", r"\mathrm{d}"):
        text = (r"J(\theta) = \frac{1}{2m}\sum_{i=1}^m(\theta^Tx^{(i)}-y^{(i)})^2 \\" "\n"
                rf"\frac{{{d}J}}{{{d}\theta_j}} = \frac{{1}}{{m}}\sum_{{i=1}}^m(\theta^Tx^{{(i)}}-y^{{(i)}})x_j^{{(i)}}" "\n")
        assert steps(text).ending == "gradient"
        slipped = text.replace(r"-y^{(i)})x_j", r"+y^{(i)})x_j")
        assert steps(slipped).ending == "wrong"


# ------------------------------------------------------------------ a lemma about a function the page defines

_TANH_COST = (
    "The cost is\n"
    r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)^2$$" "\n"
    r"with $h_\theta(x) = g(\theta^T x)$ where $g(z) = \tanh(z)$." "\n\n"
    "First\n"
)


def test_the_derivative_of_tanh_by_sympy():
    """tanh′ = 1 − tanh², and it is not tanh(1 − tanh), the sigmoid's σ(1 − σ) pattern."""
    z = sympy.Symbol("z", real=True)
    assert sympy.simplify(sympy.diff(sympy.tanh(z), z) - (1 - sympy.tanh(z) ** 2)) == 0
    assert sympy.simplify(sympy.diff(sympy.tanh(z), z) - sympy.tanh(z) * (1 - sympy.tanh(z))) != 0


def test_a_lemma_about_g_reads_the_pages_g(tmp_path):
    """g(z) = tanh z on the page: g′(z) = g(z)(1 − g(z)) (the sigmoid's identity) was read with Ng's sigmoid g and
    judged to hold; g′(z) = 1 − g(z)², true of tanh, judged wrong. Now the page's g is read in the lemma."""
    wrong = _TANH_COST + "$$g'(z) = g(z)(1-g(z))$$\n"
    right = _TANH_COST + "$$g'(z) = 1-g(z)^2$$\n"
    derivation = (r"$$\frac{\partial J}{\partial\theta_j} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)})-y^{(i)})"
                  r"(1-h_\theta(x^{(i)})^2)x_j^{(i)}$$" "\n")
    _, _, _, review = review_of_page(tmp_path, wrong + "\n" + derivation)
    assert [step["valid"] for lemma in review["lemmas"] for step in lemma["steps"]] == [False]
    code, ending, wrong_lines, review = review_of_page(tmp_path, right + "\n" + derivation)
    assert [step["valid"] for lemma in review["lemmas"] for step in lemma["steps"]] == [True]
    assert (code, ending, wrong_lines) == (0, "gradient", [])


# ------------------------------------------------------------------ a marked lemma about h_θ(x) at no example

_LOGISTIC = (
    "The cost is\n"
    r"$$J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})"
    r"\log(1-h_\theta(x^{(i)}))\right]$$" "\n"
    r"with $h_\theta(x) = \sigma(\theta^T x)$." "\n\nLemma:\n"
    r"$$\frac{\partial h_\theta(x)}{\partial\theta_j} = h_\theta(x)(1-h_\theta(x))x_j$$" "\n\n"
    r"$$\frac{\partial J}{\partial\theta_j} = \frac{1}{m}\sum_{i=1}^m \left(h_\theta(x^{(i)})-y^{(i)}\right)"
    r"x_j^{(i)}$$" "\n"
)


def test_the_lemma_of_the_sigmoid_model_by_finite_differences():
    """∂σ(θᵀx)/∂θⱼ = σ(1 − σ)xⱼ, by central differences: the marked lemma below is true."""
    x, theta = RNG.normal(size=3), RNG.normal(size=3)
    h = _sig(theta @ x)
    assert np.allclose(_fd(lambda t: _sig(t @ x), theta), h * (1 - h) * x)


def test_a_marked_lemma_about_h_at_no_example_is_not_judged_wrong(tmp_path):
    """'Lemma:' then ∂h_θ(x)/∂θⱼ = h_θ(x)(1 − h_θ(x))xⱼ: h_θ(x) at no example was read as a bare letter h, a
    number of its own, so ∂h/∂θⱼ = 0 and the true lemma was 'wrong at line 6'. A found lemma is not read so
    (named in a note); a marked one now is not either."""
    code, ending, wrong, review = review_of_page(tmp_path, _LOGISTIC)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert review["lemmas"] == []
    assert any(note.startswith("line 6 is a lemma, not read:") for note in review["notes"])


# ------------------------------------------------------------------ a backtick page's ŷ defined at each example

#: tests/derivations_inline/gd_notes_linear_w_b.md, its model `ŷ = w*x + b` on line 5, the derivation (2/m)Σ(ŷi − yi)xi
_GD_NOTES = "derivations_inline/gd_notes_linear_w_b.md"


def test_the_hand_gradient_of_the_squared_error_of_a_sigmoid_at_each_example():
    """By hand ∂/∂w of (1/m)Σ(σ(wxᵢ + b) − yᵢ)² is (2/m)Σ(σᵢ − yᵢ)σᵢ(1 − σᵢ)xᵢ: the page's (2/m)Σ(ŷᵢ − yᵢ)xᵢ,
    right for ŷ = wx + b, is not the gradient for ŷᵢ = σ(wxᵢ + b)."""
    x, y, w, b = RNG.normal(size=5), RNG.uniform(0.1, 0.9, 5), 0.4, -0.3
    cost = lambda v: ((_sig(v[0] * x + b) - y) ** 2).mean()  # noqa: E731
    s = _sig(w * x + b)
    assert np.isclose(_fd(cost, np.array([w]))[0], 2 * ((s - y) * s * (1 - s) * x).mean())
    assert not np.isclose(_fd(cost, np.array([w]))[0], 2 * ((s - y) * x).mean())


@pytest.mark.parametrize("model", ["ŷᵢ = σ(w*xᵢ + b)", "ŷ_i = σ(w*x_i + b)", "ŷi = σ(w*xi + b)"])
def test_a_prediction_defined_at_each_example_is_not_left_unread(model):
    """`ŷᵢ = σ(w*xᵢ + b)` in a backtick span: the definition was 'not part of the derivation, not read', ŷ fell back to
    the squared error's linear prediction, and the page's (2/m)Σ(ŷi − yi)xi was judged the gradient (by hand, above,
    it is not). Now the definition is the page's: refused where it cannot be read, with a caret at it."""
    from pathlib import Path

    page = (Path(__file__).parent / _GD_NOTES).read_text(encoding="utf-8")
    assert "`ŷ = w*x + b`" in page
    error = refused(steps, page.replace("`ŷ = w*x + b`", f"`{model}`"), file_kind="markdown")
    assert error.line == 5 and error.column is not None


# ------------------------------------------------------------------ a cost named by one capital: E, C, R

#: Bishop's sum-of-squares error named E, then its derivative; SLIP puts the sign wrong
_ERROR_E = (
    "The error is\n"
    r"$$NAME = \frac{1}{2}\sum_{i=1}^m (y_i - w^Tx_i)^2$$" "\n"
    "and its derivative\n"
    r"$$\frac{\partial LETTER}{\partial w_j} = -\sum_{i=1}^m (y_i - w^Tx_i)x_{ij}$$" "\n"
)


def test_the_hand_gradient_of_half_the_squared_error():
    """By hand ∂/∂wⱼ of ½Σ(yᵢ − wᵀxᵢ)² is −Σ(yᵢ − wᵀxᵢ)xᵢⱼ, and +Σ(…)xᵢⱼ is its negative."""
    X, y, w = RNG.normal(size=(5, 3)), RNG.normal(size=5), RNG.normal(size=3)
    cost = lambda v: ((y - X @ v) ** 2).sum() / 2  # noqa: E731
    assert np.allclose(_fd(cost, w), -X.T @ (y - X @ w))
    assert not np.allclose(_fd(cost, w), X.T @ (y - X @ w))


@pytest.mark.parametrize("name, letter", [("E", "E"), ("E(w)", "E"), (r"\mathcal{E}(w)", r"\mathcal{E}"),
                                          ("C", "C"), ("R(w)", "R"),
                                          # fixderiv39: Q, Russian notes' error functional Q(w), read so as well;
                                          # Q = … without its argument no longer (audderiv39: Q = wᵀXᵀXw, a term
                                          # named Q, was read as the cost and a right gradient called wrong)
                                          ("Q(w)", "Q")])
def test_a_cost_named_by_a_capital_is_the_cost(name, letter):
    """E = ½Σ(yᵢ − wᵀxᵢ)², then ∂E/∂wⱼ = −Σ(yᵢ − wᵀxᵢ)xᵢⱼ (right, above): E was not taken for the cost, the page
    was checked against the default logistic cost in θ and called 'wrong at line 2'. Read as J (noted); the slip
    of sign is wrong at the derivative's line."""
    page = _ERROR_E.replace("NAME", name).replace("LETTER", letter)
    review = steps(page, file_kind="markdown")
    assert review.ending == "gradient" and all(step.valid for step in review.steps)
    assert any("names the cost" in note for note in review.notes)
    slipped = steps(page.replace("= -\\sum", "= \\sum"), file_kind="markdown")
    assert slipped.ending == "wrong" and [s.written.line for s in slipped.steps if not s.valid][:1] == [4]


def test_a_derivation_opening_with_another_names_definition_is_refused():
    """S = ½Σ(…)², then ∂S/∂wⱼ = …: S is no name the reader takes for the cost, and its definition was the
    derivation's first step, 'wrong at line 2' against the default cost. Refused, caret at S. (This test wrote Q
    until fixderiv39 registered Q, Russian notes' error functional, as a cost name: Q is now read as E is, above.)"""
    page = _ERROR_E.replace("NAME", "S").replace("LETTER", "S")
    error = refused(steps, page, file_kind="markdown")
    assert "the derivation's first line defines S, which is not the cost J" in str(error) and error.line == 2


# ------------------------------------------------------------------ a function the page defines, called by the cost

#: g defined on the page as tanh, called by the cost itself; the derivation right for tanh (tanh′ = 1 − tanh², above)
_TANH_CALLED = (
    "The activation is\nDEFINITION\nThe cost is\n"
    r"$$J(\theta) = \frac{1}{2m}\sum_{i=1}^{m}\left(g(\theta^Tx^{(i)}) - y^{(i)}\right)^2$$" "\nso\n"
    r"$$\frac{\partial J}{\partial\theta_j} = \frac{1}{m}\sum_{i=1}^m (g(\theta^Tx^{(i)})-y^{(i)})"
    r"(1-g(\theta^Tx^{(i)})^2)x_j^{(i)}$$" "\n"
)


def test_the_hand_gradient_of_the_squared_error_of_tanh():
    """By hand ∂/∂θⱼ of (1/2m)Σ(tanh(θᵀxᵢ) − yᵢ)² is (1/m)Σ(tanhᵢ − yᵢ)(1 − tanhᵢ²)xᵢⱼ, not the sigmoid's."""
    X, y, theta = RNG.normal(size=(6, 3)), RNG.normal(size=6), RNG.normal(size=3)
    t = np.tanh(X @ theta)
    cost = lambda v: ((np.tanh(X @ v) - y) ** 2).mean() / 2  # noqa: E731
    assert np.allclose(_fd(cost, theta), X.T @ ((t - y) * (1 - t ** 2)) / 6)


def test_a_cost_calling_the_pages_g_reads_that_g(tmp_path):
    """$$g(z) = \\tanh(z)$$ beside a cost that calls g(θᵀx) itself: the note said g was read as --let g(z) = \\tanh(z),
    but the cost and the lines read Ng's sigmoid g, and the right derivation (above) was 'wrong at line 6'."""
    code, ending, wrong, review = review_of_page(tmp_path, _TANH_CALLED.replace("DEFINITION", r"$$g(z) = \tanh(z)$$"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert "tanh" in review["cost"]["text"] and "sigmoid" not in review["cost"]["text"]


def test_a_definition_before_an_implication_is_the_pages(tmp_path):
    """$$g(z) = \\tanh(z) \\implies g'(z) = 1 - \\tanh(z)^2 = 1-g(z)^2$$: the chain after the arrow is a lemma and the
    definition before it was 'not part of the derivation, not read', so g was Ng's sigmoid in the cost, the lemma
    (true of tanh, judged wrong) and the derivation (right for tanh, judged wrong)."""
    definition = r"$$g(z) = \tanh(z) \implies g'(z) = 1 - \tanh(z)^2 = 1-g(z)^2$$"
    code, ending, wrong, review = review_of_page(tmp_path, _TANH_CALLED.replace("DEFINITION", definition))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["valid"] for lemma in review["lemmas"] for step in lemma["steps"]] == [True, True]
    slipped = definition.replace("= 1-g(z)^2", "= g(z)(1-g(z))")
    code, _, _, review = review_of_page(tmp_path, _TANH_CALLED.replace("DEFINITION", slipped))
    assert code == 1 and [step["valid"] for lemma in review["lemmas"] for step in lemma["steps"]] == [True, False]


def test_a_penalty_named_r_beside_a_cost_named_l_is_no_alias():
    """L(w) = ½Σ(…)² + R(w), R(w) = (λ/2)‖w‖², ∂R/∂wⱼ = λwⱼ (a lemma), ∂L/∂wⱼ = …: R is defined and differentiated
    but L is the cost; R is not read as J (which would make the penalty the cost)."""
    from logderiv.notation.cost_names import cost_named_otherwise

    page = ("$$L(w) = \\frac{1}{2}\\sum_{i=1}^m (y_i - w^Tx_i)^2 + R(w)$$\n$$R(w) = \\frac{\\lambda}{2}\\|w\\|^2$$\n"
            "$$\\frac{\\partial R}{\\partial w_j} = \\lambda w_j$$\n"
            "$$\\frac{\\partial L}{\\partial w_j} = -\\sum_{i=1}^m (y_i - w^Tx_i)x_{ij} + \\lambda w_j$$\n")
    renamed, notes = cost_named_otherwise(page)
    # R stays a name of its own (the penalty); L, the page's cost defined as L(w) = … and differentiated, may be read
    # as J (fixcold6's reading of a bare L), never R
    assert "R(w) = \\frac" in renamed and "\\partial R}" in renamed
    assert not any(note.startswith("R names the cost") for note in notes)
    assert all(note.startswith("L names the cost") for note in notes)
    alone = page.replace("L(w)", "E(w)").replace("partial L}", "partial E}").replace("R(w)", r"\frac{\lambda}{2}\|w\|^2")
    renamed, notes = cost_named_otherwise(alone.replace("$$\\frac{\\partial R}{\\partial w_j} = \\lambda w_j$$\n", ""))
    assert notes and notes[0].startswith("E names the cost")
