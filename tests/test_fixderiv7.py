"""fixderiv7 (issue 10): refusals that recur across the older blind sets of written derivations.

Each rule is one a careful reader applies, not one page's spelling, and each is held on the real pages with the
hand-worked truths of their ``expected.txt`` and on small pages that mean something else:

* ``∂J(w)/∂w_i = (1/m) Σ_i … x_{i,j}``: the sums bind i to the examples and the entries' free index is j, so the
  derivative is by w_j (a Chinese interview note, in cold9 and in cold12 with a planted slip); w_i with no such
  entry, or written outside ∂, stays refused;
* ``A = B \\Rightarrow C = D`` alone in a display: two statements ("so"), each read on its own; the arrow anywhere
  else is refused with that reason, and so are ``\\par`` (a page's own macro) and ``\\propto`` (no '=');
* ``’`` after a letter or a bracket in maths is a word processor's prime, read as ``'``; in prose it is an
  apostrophe, left alone;
* ``∂L/∂w_j = ∂/∂w_j [formula]`` names the cost L as ``∂J/∂θⱼ = ∂/∂θⱼ [formula]`` names J;
* two derivations of one derivative that disagree are each checked, and the page is wrong at the slip.

The mathematics is held to central finite differences with NumPy (``_numeric``), never to logderiv.
"""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_HERE = Path(__file__).parent


def _sigmoid(z):
    return 1 / (1 + numpy.exp(-z))


def _data(seed: int, m: int = 5, n: int = 3):
    generator = numpy.random.default_rng(seed)
    return generator.normal(size=(m, n)), generator.uniform(0.1, 0.9, size=m), generator.normal(size=n)


def test_the_hand_worked_truths_by_finite_differences():
    """The softplus form's three lines, the planted σ(−z), and the pages' derivatives below, by central differences."""
    x, y, w = _data(7)
    m = len(y)

    def cost(v):  # the note's J(w) = −(1/m) Σ [y log σ(wx) + (1 − y) log(1 − σ(wx))]
        h = _sigmoid(x @ v)
        return -numpy.mean(y * numpy.log(h) + (1 - y) * numpy.log(1 - h))

    gradient = central_differences(cost, w)
    e = numpy.exp(x @ w)
    line_3 = (-(x * y[:, None]) + x * (e / (1 + e))[:, None]).sum(axis=0) / m
    line_4 = (x * (1 / (1 + numpy.exp(-(x @ w))) - y)[:, None]).sum(axis=0) / m
    line_5 = ((_sigmoid(x @ w) - y)[:, None] * x).sum(axis=0) / m
    for line in (line_3, line_4, line_5):
        assert numpy.allclose(line, gradient, atol=1e-7)
    planted = (x * (1 / (1 + numpy.exp(x @ w)) - y)[:, None]).sum(axis=0) / m
    assert not numpy.allclose(planted, gradient, atol=1e-3)  # cold12's planted exponent sign, line 4

    # the squared error and its derivative joined by ⇒: ∂/∂θⱼ (1/2m) Σ (θᵀx − y)² = (1/m) Σ (θᵀx − y) xⱼ, not 2/m
    squared = central_differences(lambda v: numpy.sum((x @ v - y) ** 2) / (2 * m), w)
    assert numpy.allclose(squared, x.T @ (x @ w - y) / m, atol=1e-7)
    assert not numpy.allclose(squared, 2 * x.T @ (x @ w - y) / m, atol=1e-3)
    # the second route below: (1/m) Σ (θᵀx − 2y) xⱼ is not it
    assert not numpy.allclose(squared, x.T @ (x @ w - 2 * y) / m, atol=1e-3)
    # one example's cross-entropy with a bias: ∂L/∂w_j = (σ(wᵀx + b) − y) x_j, never (y − σ) x_j
    one, label, b = x[0], 0.3, 0.4
    single = central_differences(lambda v: -label * numpy.log(_sigmoid(v @ one + b))
                                 - (1 - label) * numpy.log(1 - _sigmoid(v @ one + b)), w)
    assert numpy.allclose(single, (_sigmoid(w @ one + b) - label) * one, atol=1e-7)
    assert not numpy.allclose(single, (label - _sigmoid(w @ one + b)) * one, atol=1e-3)
    # the logistic gradient the ’ pages derive: (1/m) Σ (h − y) xⱼ, not (1/m) Σ (y − h) xⱼ
    assert numpy.allclose(gradient, x.T @ (_sigmoid(x @ w) - y) / m, atol=1e-7)


_SOFTPLUS = [("derivations_cold9", "cn_tongji_lr_softplus_form_gradient.md"),
             ("derivations_cold12", "cn_interview_logistic_softplus_form_partial.md"),
             ("derivations_cold12", "cn_interview_logistic_softplus_form_partial_planted_exponent_sign.md")]


@pytest.mark.parametrize(("folder", "file"), _SOFTPLUS, ids=[file for _, file in _SOFTPLUS])
def test_the_softplus_form_by_w_i_is_judged_as_by_hand(folder, file):
    """∂J(w)/∂w_i over Σ_i … x_{i,j}: read by w_j; expected.txt's row (gradient, and line 4 for the planted sign)."""
    row = next(row for row in read_table(_HERE / folder) if row.file == file)
    assert outcome(_HERE / folder, row) == ("right", "")


def test_the_component_read_as_j_is_noted(tmp_path):
    """The reading is said: ∂/∂w_i was read as the component j."""
    text = (_HERE / "derivations_cold9" / _SOFTPLUS[0][1]).read_text(encoding="utf-8")
    code, ending, wrong, review = _review(tmp_path, text)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("x_{i,j} name the feature j: read as the component j" in note for note in review["notes"])


_BY_W_I = r"""$$\frac{\partial J(w)}{\partial w_i} = \frac{1}{m}\sum_{i=1}^m \left(\sigma(w^T x_i) - y_i\right) x_i$$
"""


def test_w_i_with_no_entry_naming_j_is_still_refused(tmp_path):
    """The same derivative over x_i (no x_{i,j}): nothing names the component, and w_i stays refused."""
    result = _steps(tmp_path, _BY_W_I, "--cost", "logistic")
    assert result.exit_code == 2
    assert "i is the example index" in result.stderr


_COST = r"J(\theta) = \frac{1}{2m}\sum_{i=1}^m \left(\theta^T x^{(i)} - y^{(i)}\right)^2"
_DERIVATIVE = r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m \left(\theta^T x^{(i)} - y^{(i)}\right) x_j^{(i)}"


@pytest.mark.parametrize("arrow", [r"\Rightarrow", r"\implies", r"\Longrightarrow"])
@pytest.mark.parametrize("delimiters", [("$$", "$$"), ("\\[", "\\]")])
def test_a_cost_and_its_derivative_joined_by_an_arrow_are_read_each_on_its_own(tmp_path, arrow, delimiters):
    """J = … ⇒ ∂J/∂θⱼ = (1/m) Σ (θᵀx − y)xⱼ: the cost, so its derivative — right, and said so."""
    opening, closing = delimiters
    code, ending, wrong, review = _review(tmp_path, f"So:\n\n{opening}{_COST} {arrow} {_DERIVATIVE}{closing}\n")
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(f"{arrow} between two equations is read as 'so'" in note for note in review["notes"])


def test_a_wrong_derivative_after_the_arrow_is_wrong_at_its_line(tmp_path):
    """The same with 2/m for 1/m (the ½ forgotten): wrong, at the derivative's line."""
    wrong_derivative = _DERIVATIVE.replace(r"\frac{1}{m}", r"\frac{2}{m}")
    code, ending, wrong, _ = _review(tmp_path, f"So:\n\n$${_COST} \\Rightarrow {wrong_derivative}$$\n")
    assert (code, ending, wrong) == (1, "wrong", [3])


_LOGISTIC_PROSE = (r"The cost is $J(\theta) = -\frac{1}{m}\sum_{i=1}^m \left[y^{(i)}\log h_\theta(x^{(i)}) + "
                   r"(1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]$ with $h_\theta(x) = \sigma(\theta^T x)$.")
_LOGISTIC_GRADIENT = (r"\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m "
                      r"\left(h_\theta(x^{(i)}) - y^{(i)}\right) x_j^{(i)}")


def test_an_arrow_between_a_lemma_and_another_claim_reads_each_claim(tmp_path):
    """σ′ = σ(1 − σ) ⇒ ∂J/∂θⱼ = …: a lemma and a different claim, neither a step of the other; each checked."""
    page = f"{_LOGISTIC_PROSE}\n\n$$\\sigma'(z) = \\sigma(z)(1-\\sigma(z)) \\Rightarrow {_LOGISTIC_GRADIENT}$$\n"
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert len(review["lemmas"]) == 1 and all(step["valid"] for step in review["lemmas"][0]["steps"])
    flipped = page.replace(r"\left(h_\theta(x^{(i)}) - y^{(i)}\right)", r"\left(y^{(i)} - h_\theta(x^{(i)})\right)")
    code, ending, wrong, _ = _review(tmp_path, flipped)
    assert (code, ending, wrong) == (1, "wrong", [3])


@pytest.mark.parametrize(("maths", "words"), [
    (rf"{_COST} = \frac{{1}}{{2m}}\|X\theta - y\|^2 \Rightarrow {_DERIVATIVE}", "an implication ('so') is no step"),
    (r"l(\beta) \propto -\sum_{i=1}^n e^{\beta^T x_i} + \sum_{i=1}^n y_i \beta^T x_i", "is no '='"),
    # a bare \par beside \par{…}: fixderiv41 reads \par{…}, the vault's bracket, as ( … ) only where no \par is bare
    (r"\loss \par{ y, x, w } = \log \par 1 + e^{-y x^T w}", "'\\par' is TeX's paragraph break"),
])
def test_an_arrow_in_a_chain_and_layout_commands_are_refused_with_the_reason(tmp_path, maths, words):
    """An arrow after a chain (J = A = B ⇒ …), ∝ for a cost, and an Obsidian note's \\par{…}: each refused, naming why."""
    result = _steps(tmp_path, f"$$\n{maths}\n$$\n")
    assert result.exit_code == 2
    assert words in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_the_obsidian_notes_name_their_macro(tmp_path):
    """cold10's and cold12's Italian Obsidian notes (identical pages): their \\par{…} read as the bracket since
    fixderiv41 (tests/test_fixderiv41.py), they are refused at their next blocker, the loss of three arguments."""
    for folder, file in [("derivations_cold10", "it_obsidian_logistic_softplus_one_example_gradient.md"),
                         ("derivations_cold12", "it_obsidian_logistic_pm1_gradient.md")]:
        row = next(row for row in read_table(_HERE / folder) if row.file == file)
        kind, detail = outcome(_HERE / folder, row)
        assert kind == "refused" and "a macro of the page's own" not in detail and "of 3 arguments" in detail


def test_a_curly_prime_in_maths_is_read_as_a_prime_and_an_apostrophe_in_prose_is_left(tmp_path):
    """σ’(z) (a word processor's prime) is σ′: the lemma is checked, noted; the prose's doesn’t is not touched."""
    page = (f"{_LOGISTIC_PROSE} Transposing a scalar doesn’t change it.\n\n$$\\sigma’(z) = \\sigma(z)(1-\\sigma(z))$$\n\n"
            f"$${_LOGISTIC_GRADIENT}$$\n")
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert [step["valid"] for step in review["lemmas"][0]["steps"]] == [True]
    assert any(note.startswith("’ (a typographic apostrophe") for note in review["notes"])
    assert page.count("’") == 2  # the page itself untouched: what was read is said, not written back
    wrong_lemma = page.replace(r"\sigma(z)(1-\sigma(z))$$", r"\sigma(z)(1+\sigma(z))$$")
    code, ending, wrong, review = _review(tmp_path, wrong_lemma)
    assert code == 1 and [step["valid"] for step in review["lemmas"][0]["steps"]] == [False]


def test_an_apostrophe_in_prose_alone_changes_nothing(tmp_path):
    """A page whose only ’ is prose reads as it would with none, and no prime is noted."""
    page = f"{_LOGISTIC_PROSE} It’s the usual result.\n\n$${_LOGISTIC_GRADIENT}$$\n"
    code, ending, wrong, review = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert not any("typographic apostrophe" in note for note in review["notes"])


def test_the_techqa_answers_prime_is_refused_with_its_reason_shown_as_typed(tmp_path):
    """cold12's (y’-w’X’): refused at the prime (transpose, derivative or another quantity?), the line as typed."""
    folder = _HERE / "derivations_cold12"
    result = _steps(tmp_path, (folder / "techqa_2440958_lsq_total_differential.md").read_text(encoding="utf-8"))
    assert result.exit_code == 2
    assert "a prime (') is not read" in result.stderr
    assert "(y’-w’X’)" in result.stderr and "read as the prime" in result.stderr


_ONE_EXAMPLE = (r"\frac{\partial L}{\partial w_j} = \frac{\partial}{\partial w_j} \left( -[y \log \sigma(\mathbf{w} "
                r"\cdot \mathbf{x} + b) + (1 - y)\log(1 - \sigma(\mathbf{w} \cdot \mathbf{x} + b))] \right)")


def test_a_cost_named_l_under_its_derivative_is_the_cost(tmp_path):
    """∂L/∂w_j = ∂/∂w_j [one example's cross-entropy]: L names that formula; two sides that hold, not yet the gradient."""
    code, ending, wrong, review = _review(tmp_path, f"$$ {_ONE_EXAMPLE} $$\n")
    assert (code, ending, wrong) == (1, "unfinished", [])  # exit 1: not (yet) the gradient
    assert any("L named on the line before is that cost" in note for note in review["notes"])
    right = _ONE_EXAMPLE + r" = \left(\sigma(\mathbf{w} \cdot \mathbf{x} + b) - y\right) x_j"
    assert _review(tmp_path, f"$$ {right} $$\n")[:3] == (0, "gradient", [])
    flipped = _ONE_EXAMPLE + r" = \left(y - \sigma(\mathbf{w} \cdot \mathbf{x} + b)\right) x_j"
    assert _review(tmp_path, f"$$ {flipped} $$\n")[:3] == (1, "wrong", [1])


_TWO_ROUTES = rf"""The cost is ${_COST}$.

$$\frac{{\partial J}}{{\partial \theta_j}} = \frac{{1}}{{2m}}\sum_{{i=1}}^m 2\left(\theta^T x^{{(i)}} - y^{{(i)}}\right) x_j^{{(i)}} = \frac{{1}}{{m}}\sum_{{i=1}}^m \left(\theta^T x^{{(i)}} - y^{{(i)}}\right) x_j^{{(i)}}$$

Another route, expanding the square first:

$$\frac{{\partial J}}{{\partial \theta_j}} = \frac{{1}}{{2m}}\sum_{{i=1}}^m \frac{{\partial}}{{\partial \theta_j}}\left((\theta^T x^{{(i)}})^2 - 2 y^{{(i)}}\theta^T x^{{(i)}} + (y^{{(i)}})^2\right) = \frac{{1}}{{m}}\sum_{{i=1}}^m \left(\theta^T x^{{(i)}} - 2y^{{(i)}}\right) x_j^{{(i)}}$$
"""


def test_two_derivations_of_the_gradient_that_disagree_are_each_checked(tmp_path):
    """Two routes to ∂J/∂θⱼ, the second ending at (1/m) Σ (θᵀx − 2y)xⱼ: each checked, the page wrong at line 7, and
    which chain was checked, with how each ends, is said."""
    code, ending, wrong, review = _review(tmp_path, _TWO_ROUTES)
    assert (code, ending, wrong) == (1, "wrong", [7])
    said = next(note for note in review["notes"] if note.startswith("the notes hold 2 derivations"))
    assert "(line 3) ends at the gradient" in said and "(line 7) ends wrong" in said


_NABLA_PAGE = r"""The loss function could be written as,

$$\mathcal{L}(\beta) = \frac{-1}{n} \sum_{i=1}^{n} \log \sigma(y_i\beta^{T}x_i),$$

Averaging over all the $n$ examples:

$$ \nabla \mathcal{L}(\beta) = \frac{1}{n} \sum_{i=1}^{n} (\sigma(y_i\beta^{T}x_i) -1 )y_ix_i $$
"""


def test_the_gradient_of_a_cost_named_otherwise_by_its_argument_is_read(tmp_path):
    """∇𝓛(β) = (1/n) Σ (σ(yβᵀx) − 1) y x, the ±1 labels' logistic loss: read as ∇_β 𝓛(β) is, entry by entry, noted;
    with the residual's sign flipped (1 − σ), wrong at that line."""
    generator = numpy.random.default_rng(11)
    x, labels, beta = generator.normal(size=(5, 3)), generator.choice([-1.0, 1.0], size=5), generator.normal(size=3)

    def loss(v):
        return -numpy.mean(numpy.log(_sigmoid(labels * (x @ v))))

    written = ((_sigmoid(labels * (x @ beta)) - 1) * labels) @ x / len(labels)
    assert numpy.allclose(central_differences(loss, beta), written, atol=1e-7)
    code, ending, wrong, review = _review(tmp_path, _NABLA_PAGE)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith(r"\nabla \mathcal{L}(\beta) is the gradient of the objective") for note in review["notes"])
    flipped = _NABLA_PAGE.replace(r"(\sigma(y_i\beta^{T}x_i) -1 )", r"(1 - \sigma(y_i\beta^{T}x_i))")
    assert _review(tmp_path, flipped)[:3] == (1, "wrong", [7])


def test_cold11s_gradient_with_a_stray_bracket_is_refused_at_the_bracket():
    """cv_400514 writes ∇𝓛(β) = (1/n) Σ σ(…) −1 ).yᵢxᵢ: ∇𝓛 is read now, and the page refused at its unmatched ')'."""
    folder = _HERE / "derivations_cold11"
    row = next(row for row in read_table(folder) if row.file == "cv_400514_pm1_logistic_loss_gradient.md")
    kind, detail = outcome(folder, row)
    assert kind == "refused" and "unmatched ')'" in detail
