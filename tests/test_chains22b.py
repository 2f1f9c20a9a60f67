"""chains22b (issue 10): the chain rule's product of lemmas, in whatever names the page defines.

A chain-rule page defines one example's loss of a prediction, the prediction σ of a linear part and the linear part,
derives each link as a lemma and multiplies them into the loss's derivative by a parameter. The reader took the
names L, ŷ, z, w, b only; a page writing ℓ, J, E, p, a, s, u, θ_j, β_1 or w_2 was refused for its letters. Every
page below MEANS something, worked by hand and checked here by central finite differences (NumPy), never by
logderiv's own output: for one example with p = σ(s),

* J = −(y log p + (1 − y) log(1 − p)) has ∂J/∂p = −y/p + (1 − y)/(1 − p), ∂J/∂s = p − y, ∂J/∂β₁ = (p − y)x for
  s = β₀ + β₁x and ∂J/∂w₂ = (p − y)x₂ for s = w₁x₁ + w₂x₂ + b;
* ∂p/∂s = p(1 − p), never 1 − p² (tanh's derivative: a lemma of another model);
* ∂J/∂p · ∂s/∂β₁ (the link ∂p/∂s left out) is not ∂J/∂β₁;
* E = ½(p − y)² has ∂E/∂w₂ = (p − y)p(1 − p)x₂, never (p − y)x₂.

cold17's Vietnamese blog page (J, ŷ, z and a bold w, its links in an align*, one example's marks yᵢ, xᵢ) is read as its
set's expected.txt works it by hand. The real pages the issue names (cold3's wat36, cold19's en_blog_bce) stay
refused — their chains run inside a mean over the examples, in tagged displays, with a matrix form — and are held here
to never be judged wrong.
"""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

TESTS = Path(__file__).parent


def _d(top: str, below: str) -> str:
    return rf"\frac{{\partial {top}}}{{\partial {below}}}"


_BCE = r"-(y \log p + (1 - y) \log(1 - p))"
_B0, _B1 = r"\beta_0", r"\beta_1"
_BY_P = rf"{_d('J', 'p')} = -\frac{{y}}{{p}} + \frac{{1-y}}{{1-p}}"
_BY_S = rf"{_d('p', 's')} = p(1-p)"


def _beta_page(by_p: str = _BY_P, by_s: str = _BY_S, product_1: str = rf"{_d('J', 's')} {_d('s', _B1)}",
               last_1: str = "(p - y) x", last_0: str = "p - y", lemmas: tuple[str, ...] | None = None) -> str:
    """J of p = σ(s), s = β₀ + β₁x: the links as lemmas, ∂J/∂s through them, then ∂J/∂β₁ and ∂J/∂β₀ through it
    (lines 1, 3, 5 define; 7, 9, 11, 13, 15 are lemmas; 17 and 19 the two derivations)."""
    displays = [f"J = {_BCE}", r"p = \sigma(s) = \frac{1}{1 + e^{-s}}", r"s = \beta_0 + \beta_1 x",
                *((by_p, by_s) if lemmas is None else lemmas),
                rf"{_d('J', 's')} = {_d('J', 'p')} {_d('p', 's')} = p - y",
                rf"{_d('s', _B1)} = x", rf"{_d('s', _B0)} = 1",
                rf"{_d('J', _B1)} = {product_1} = {last_1}",
                rf"{_d('J', _B0)} = {_d('J', 's')} {_d('s', _B0)} = {last_0}"]
    return "\n".join(f"$${maths}$$\n" for maths in displays)


def _first_wrong(review) -> list[int]:
    steps = [*review["steps"], *(step for lemma in review["lemmas"] for step in lemma["steps"])]
    return sorted(step["line"] for step in steps if step["valid"] is False)[:1]


def test_the_facts_by_finite_differences():
    """The derivatives the pages are judged against, by central differences at a random point."""
    generator = numpy.random.default_rng(22)
    x, y = generator.normal(size=2), 0.3

    def p_of(s):
        return 1 / (1 + numpy.exp(-s))

    def bce(p):
        return -(y * numpy.log(p) + (1 - y) * numpy.log(1 - p))

    beta = generator.normal(size=2)  # β₀, β₁ with one feature x[0]
    p = p_of(beta[0] + beta[1] * x[0])
    by_beta = central_differences(lambda b: bce(p_of(b[0] + b[1] * x[0])), beta)
    assert numpy.allclose(by_beta, [p - y, (p - y) * x[0]], atol=1e-6)
    by_p = central_differences(lambda v: bce(v[0]), numpy.array([p]))[0]
    assert numpy.isclose(by_p, -y / p + (1 - y) / (1 - p), atol=1e-6)
    assert not numpy.isclose(by_p, y / p - (1 - y) / (1 - p), atol=1e-3)  # the false lemma's sign
    s = beta[0] + beta[1] * x[0]
    by_s = central_differences(lambda v: p_of(v[0]), numpy.array([s]))[0]
    assert numpy.isclose(by_s, p * (1 - p), atol=1e-6)
    assert not numpy.isclose(by_s, 1 - p ** 2, atol=1e-3)  # tanh's derivative
    assert not numpy.isclose(by_beta[1], by_p * x[0], atol=1e-3)  # ∂J/∂p · ∂s/∂β₁, the link ∂p/∂s missing
    w, b = generator.normal(size=2), 0.4
    p = p_of(w @ x + b)
    by_w = central_differences(lambda v: bce(p_of(v[:2] @ x + v[2])), numpy.array([*w, b]))
    assert numpy.allclose(by_w, [*((p - y) * x), p - y], atol=1e-6)
    squared = central_differences(lambda v: 0.5 * (p_of(v[:2] @ x + v[2]) - y) ** 2, numpy.array([*w, b]))
    assert numpy.isclose(squared[1], (p - y) * p * (1 - p) * x[1], atol=1e-6)
    assert not numpy.isclose(squared[1], (p - y) * x[1], atol=1e-3)


def test_a_page_in_its_own_letters_ends_at_the_gradient(tmp_path):
    """J, p, s, β₀, β₁: every lemma and both derivations hold; ∂J/∂β₁ = (p − y)x and ∂J/∂β₀ = p − y."""
    code, ending, wrong, review = _review(tmp_path, _beta_page())
    assert (code, ending, wrong, _first_wrong(review)) == (0, "gradient", [], [])
    assert [step["line"] for step in review["steps"]] == [17, 17, 19, 19]
    # the page was read as a chain of its names, not refused as several derivations
    assert any(note.startswith("lines 1, 3 and 5 define the page's model") for note in review["notes"])


def test_the_product_is_noted_with_its_lemmas_lines(tmp_path):
    """Each product says which lemmas' values it stands for, by their lines (9 and 7 for ∂J/∂s, 11 and 13 for
    ∂J/∂β₁), in every output format."""
    review = _review(tmp_path, _beta_page())[3]
    assert any(note.startswith("line 11: ∂J/∂p · ∂p/∂s read as the lemmas' values (line 7, line 9)")
               for note in review["notes"])
    assert any(note.startswith("line 17: ∂J/∂s · ∂s/∂β₁ read as the lemmas' values (line 11, line 13)")
               for note in review["notes"])
    for form in ("text", "markdown", "latex"):
        result = _steps(tmp_path, _beta_page(), "-f", form, "--timeout", "60")
        assert result.exit_code == 0, result.output
        assert "(line 11, line 13)" in result.stdout, form


def test_a_false_lemma_is_wrong_at_its_line(tmp_path):
    """∂J/∂p = y/p − (1 − y)/(1 − p), its sign dropped: wrong at line 7, the derivations through its true value
    still end at the gradient (the page's rule: the earliest wrong step is the page's error)."""
    page = _beta_page(by_p=rf"{_d('J', 'p')} = \frac{{y}}{{p}} - \frac{{1-y}}{{1-p}}")
    code, ending, _, review = _review(tmp_path, page)
    assert (code, ending, _first_wrong(review)) == (1, "gradient", [7])


def test_a_lemma_of_another_model_is_wrong(tmp_path):
    """∂p/∂s = 1 − p² is tanh's derivative, not the page's σ: wrong at line 9."""
    code, _, _, review = _review(tmp_path, _beta_page(by_s=rf"{_d('p', 's')} = 1 - p^2"))
    assert (code, _first_wrong(review)) == (1, [9])


def test_a_product_missing_a_link_is_wrong(tmp_path):
    """∂J/∂β₁ = ∂J/∂p · ∂s/∂β₁ leaves ∂p/∂s out: the product's line is the first wrong step; the chain's last line,
    (p − y)x, is still the gradient, so the page ends there with its error at line 17 (as a chain past a slip does)."""
    code, ending, wrong, _ = _review(tmp_path, _beta_page(product_1=rf"{_d('J', 'p')} {_d('s', _B1)}"))
    assert (code, ending, wrong) == (1, "gradient", [17])


def test_a_symbol_with_no_lemma_is_refused_by_name(tmp_path):
    """∂p/∂s in the product with no lemma deriving it: refused, naming it, with a caret — never guessed."""
    result = _steps(tmp_path, _beta_page(lemmas=(_BY_P,)))
    assert result.exit_code == 2
    assert "∂p/∂s has no lemma on the page" in result.stderr
    assert "^" in result.stderr and "Traceback" not in result.stderr


def test_the_page_ends_wrong_when_one_derivation_does(tmp_path):
    """∂J/∂β₀ ending y − p (its sign lost) ends the page wrong at line 19, though ∂J/∂β₁ ends at the gradient."""
    code, ending, wrong, _ = _review(tmp_path, _beta_page(last_0="y - p"))
    assert (code, ending, wrong) == (1, "wrong", [19])


def _indexed_page(loss: str = r"\frac{1}{2}(a - y)^2", by_a: str = "a - y", last_w: str = "(a - y) a (1 - a) x_2",
                  last_b: str = "(a - y) a (1 - a)") -> str:
    """E of a = σ(u), u = w₁x₁ + w₂x₂ + b; σ′(u) as the middle link; ∂E/∂w₂ and ∂E/∂b."""
    displays = [f"E(y, a) = {loss}", r"a = \sigma(u)", "u = w_1 x_1 + w_2 x_2 + b",
                rf"{_d('E', 'a')} = {by_a}", r"\sigma'(u) = a(1-a)", rf"{_d('u', 'w_2')} = x_2",
                rf"{_d('u', 'b')} = 1",
                rf"{_d('E', 'w_2')} = {_d('E', 'a')} \cdot \sigma'(u) \cdot {_d('u', 'w_2')} = {last_w}",
                rf"{_d('E', 'b')} = {_d('E', 'a')} \cdot \sigma'(u) \cdot {_d('u', 'b')} = {last_b}"]
    return "\n".join(f"$${maths}$$\n" for maths in displays)


def test_an_indexed_weight_and_sigma_prime(tmp_path):
    """E = ½(a − y)², a = σ(u), u = w₁x₁ + w₂x₂ + b: ∂E/∂w₂ = (a − y)a(1 − a)x₂ and ∂E/∂b = (a − y)a(1 − a), σ′(u)
    read as ∂a/∂u (its lemma checked at line 9); the cross-entropy's (a − y)x₂ is wrong for this loss."""
    code, ending, wrong, review = _review(tmp_path, _indexed_page())
    assert (code, ending, wrong, _first_wrong(review)) == (0, "gradient", [], [])
    code, ending, wrong, _ = _review(tmp_path, _indexed_page(last_w="(a - y) x_2"))
    assert (code, ending, wrong) == (1, "wrong", [15])
    false_lemma = _indexed_page().replace(r"\sigma'(u) = a(1-a)", r"\sigma'(u) = a(1+a)")
    code, ending, _, review = _review(tmp_path, false_lemma)
    assert (code, ending, _first_wrong(review)) == (1, "gradient", [9])


def test_a_page_in_its_own_letters_under_cost_logistic(tmp_path):
    """--cost logistic beside the J, p, s page: its loss is the preset's term (checked at points, p for h), noted;
    beside E = ½(a − y)² it is not, and the page is refused as before."""
    result = _steps(tmp_path, _beta_page(), "--cost", "logistic", "--timeout", "60")
    assert result.exit_code == 0, result.output
    assert "the term of --cost logistic" in result.stdout
    result = _steps(tmp_path, _indexed_page(), "--cost", "logistic", "--timeout", "60")
    assert result.exit_code == 2 and "Traceback" not in result.stderr


def test_a_second_sigmoid_is_not_a_model(tmp_path):
    """Two names each σ of the other (p = σ(s), s = σ(p)) are no chain of a loss, a prediction and a linear part:
    refused, never read."""
    page = _beta_page().replace(r"s = \beta_0 + \beta_1 x", r"s = \sigma(p)")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2 and "Traceback" not in result.stderr


@pytest.mark.parametrize("folder, name", [("derivations_cold3", "wat36_cee_logistic_w0_w1.md"),
                                          ("derivations_cold3", "wat36_cee_planted_factor_last_step.md"),
                                          ("derivations_cold19", "en_blog_bce_derivation_w_b_chain.md"),
                                          ("derivations_cold19",
                                           "en_blog_bce_derivation_w_b_chain_planted_sigma_prime.md")])
def test_the_issues_real_pages_are_never_judged_wrong(folder, name):
    """The pages the issue names, worked by hand in their sets' expected.txt: their chains run inside a mean over the
    examples (Σ, aligned and tagged displays, a matrix form), which this reader does not read — refused, never a
    verdict against the hand-worked one."""
    row = next(row for row in read_table(TESTS / folder) if row.file == name)
    kind, _ = outcome(TESTS / folder, row)
    assert kind in ("right", "refused"), kind


_ELL, _THETA_J = r"\ell", r"\theta_j"


def _theta_page(last_theta: str = "(a - y) x_j") -> str:
    """ℓ of a = σ(u) = 1/(1 + e^{−u}), u = θᵀx + b; dσ/du as the middle link, ∂ℓ/∂u through it, then ∂ℓ/∂θⱼ and ∂ℓ/∂b
    (the cross-entropy's (a − y)xⱼ and a − y, as the facts above check for a vector of weights)."""
    displays = [r"\ell = -(y \log a + (1 - y) \log(1 - a))", r"a = \sigma(u) = \frac{1}{1 + e^{-u}}",
                r"u = \theta^T x + b", rf"{_d(_ELL, 'a')} = \frac{{a - y}}{{a(1-a)}}", r"\frac{d\sigma}{du} = a(1-a)",
                rf"{_d(_ELL, 'u')} = {_d(_ELL, 'a')} \frac{{d\sigma}}{{du}} = a - y",
                rf"{_d('u', _THETA_J)} = x_j", rf"{_d('u', 'b')} = 1",
                rf"{_d(_ELL, _THETA_J)} = {_d(_ELL, 'u')} {_d('u', _THETA_J)} = {last_theta}",
                rf"{_d(_ELL, 'b')} = {_d(_ELL, 'u')} {_d('u', 'b')} = a - y"]
    return "\n".join(f"$${maths}$$\n" for maths in displays)


def test_a_component_of_a_vector_of_weights(tmp_path):
    """ℓ, a, u and θⱼ of u = θᵀx + b: ∂ℓ/∂θⱼ = (a − y)xⱼ and ∂ℓ/∂b = a − y hold; ∂ℓ/∂θⱼ ending (y − a)xⱼ, its sign
    lost, ends the page wrong at line 17."""
    code, ending, wrong, review = _review(tmp_path, _theta_page())
    assert (code, ending, wrong, _first_wrong(review)) == (0, "gradient", [], [])
    code, ending, wrong, _ = _review(tmp_path, _theta_page("(y - a) x_j"))
    assert (code, ending, wrong) == (1, "wrong", [17])


@pytest.mark.parametrize("name", ["vn_blog_logreg_one_example_chain_rule.md",
                                  "vn_blog_logreg_one_example_chain_rule_planted_sign.md"])
def test_a_vietnamese_page_reads_as_worked_by_hand(name):
    """cold17's Vietnamese blog post: J(w; xᵢ, yᵢ) of one example, ŷ = 1/(1 + e^{−z}) and z = wᵀx written in \\( \\),
    the chain ∂J/∂ŷ · ∂ŷ/∂z · ∂z/∂w with its links in an align* (rows broken by a Markdown-escaped \\\\\\\\), then
    (ŷᵢ − yᵢ)xᵢ: gradient; with the residual flipped on line 38, wrong there (tests/derivations_cold17/expected.txt)."""
    row = next(row for row in read_table(TESTS / "derivations_cold17") if row.file == name)
    assert outcome(TESTS / "derivations_cold17", row) == ("right", "")


def _aligned_page(continued: str = "a - y") -> str:
    """E of a = σ(u), u = wx + b; ∂E/∂a and ∂a/∂u as the rows of one aligned display (lines 8, 9), ∂E/∂u as their
    product (line 14) going on in a display of its own that opens with '=' (line 16), then ∂u/∂w, ∂u/∂b (18, 20) and
    ∂E/∂w, ∂E/∂b through ∂E/∂u (22, 24)."""
    return "\n".join([
        r"$$E = -(y \log a + (1 - y) \log(1 - a))$$", "", r"$$a = \sigma(u)$$", "", r"$$u = w x + b$$", "",
        r"$$\begin{aligned}", rf"{_d('E', 'a')} &= -\frac{{y}}{{a}} + \frac{{1-y}}{{1-a}} \\",
        rf"{_d('a', 'u')} &= a(1-a)", r"\end{aligned}$$", "", "So", "",
        rf"$${_d('E', 'u')} = {_d('E', 'a')} {_d('a', 'u')}$$", "", f"$$= {continued}$$", "",
        rf"$${_d('u', 'w')} = x$$", "", rf"$${_d('u', 'b')} = 1$$", "",
        rf"$${_d('E', 'w')} = {_d('E', 'u')} {_d('u', 'w')} = (a - y) x$$", "",
        rf"$${_d('E', 'b')} = {_d('E', 'u')} {_d('u', 'b')} = a - y$$", ""])


def test_an_alignments_rows_and_a_display_going_on(tmp_path):
    """The rows of an aligned display are lemmas of their own, and a display opening with '=' goes on with the chain
    above it: ∂E/∂u = ∂E/∂a · ∂a/∂u = a − y (by hand: (−y/a + (1 − y)/(1 − a)) a(1 − a) = −y(1 − a) + (1 − y)a = a − y)
    holds; written a + y, it is wrong at its own line, 16, and the derivations through ∂E/∂u's true value still end
    at the gradient."""
    code, ending, wrong, review = _review(tmp_path, _aligned_page())
    assert (code, ending, wrong, _first_wrong(review)) == (0, "gradient", [], [])
    assert sorted(step["line"] for lemma in review["lemmas"] for step in lemma["steps"]) == [8, 9, 14, 16, 18, 20]
    code, ending, _, review = _review(tmp_path, _aligned_page("a + y"))
    assert (code, ending, _first_wrong(review)) == (1, "gradient", [16])
