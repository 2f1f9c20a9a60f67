"""fixcold18 (issue 10): cold18's blind derivations — rules a careful reader uses, and pages that mean something else.

What each page means was worked by hand (tests/derivations_cold18/expected.txt, never logderiv's output), and the
facts the pages below rest on are checked here by central finite differences with NumPy:

* J(w, b) = (1/2m)Σ(w xᵢ + b − yᵢ)² has ∂J/∂w = (1/m)Σ(w xᵢ + b − yᵢ)xᵢ, never (2/m)Σ(…)xᵢ (the planted factor);
* one example's (ŷ − y)², ŷ = w x + b, has ∂/∂w = 2(ŷ − y)x, never (ŷ − y)x (the 2 dropped);
* the mean cross-entropy with σ(zᵢ), zᵢ = wᵀxᵢ has ∂J/∂wⱼ = (1/m)Σ(σ(zᵢ) − yᵢ)xᵢⱼ, never (1/m)Σ(yᵢ − σ(zᵢ))xᵢⱼ.

The rules: a name a lemma's own reading defines as the derivation's lines would (ŷ⁽ⁱ⁾ read as the page's model
h(x⁽ⁱ⁾)) is what the page means by it, not a letter of its own, though the derivation's lines never write it; and
definitions listed in one display may be joined by a word (`, \\quad \\text{where } zᵢ = …`), two definitions, not
one chain. The first reads cold18's en_note pages (plain and planted); the second reads no cold18 page to its end
(en_md's page then meets a derivation in matrix form beside the definition, said in its refusal).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

_COLD18 = Path(__file__).parent / "derivations_cold18"
_EN_NOTE = "en_note_linreg_weights_update_chain.md"


def test_the_facts_by_finite_differences():
    """The gradients the pages below are judged against, by central differences."""
    generator = numpy.random.default_rng(18)
    x, y = generator.normal(size=6), generator.normal(size=6)
    w, b = 0.5, -0.3

    def cost(p):
        return ((p[0] * x + p[1] - y) ** 2).mean() / 2

    numeric = central_differences(cost, numpy.array([w, b]))
    residual = w * x + b - y
    assert numpy.allclose(numeric, [(residual * x).mean(), residual.mean()], atol=1e-6)
    assert not numpy.isclose(numeric[0], 2 * (residual * x).mean(), atol=1e-3)  # 2/m: the planted factor
    one = central_differences(lambda p: (p[0] * x[0] + p[1] - y[0]) ** 2, numpy.array([w, b]))
    assert numpy.isclose(one[0], 2 * residual[0] * x[0], atol=1e-6)
    assert not numpy.isclose(one[0], residual[0] * x[0], atol=1e-3)  # the 2 dropped
    X, labels = generator.normal(size=(6, 3)), generator.integers(0, 2, size=6).astype(float)

    def cross_entropy(weights):
        p = 1 / (1 + numpy.exp(-(X @ weights)))
        return -(labels * numpy.log(p) + (1 - labels) * numpy.log(1 - p)).mean()

    weights = generator.normal(size=3)
    p = 1 / (1 + numpy.exp(-(X @ weights)))
    numeric = central_differences(cross_entropy, weights)
    assert numpy.allclose(numeric, (p - labels) @ X / 6, atol=1e-6)
    assert not numpy.allclose(numeric, (labels - p) @ X / 6, atol=1e-3)


@pytest.mark.parametrize("name", [_EN_NOTE, "en_note_linreg_weights_update_chain_planted_factor.md"])
def test_the_en_note_pages_read_as_worked_by_hand(name):
    """Each page's row of expected.txt: linear, gradient, no wrong step; planted 2/m, wrong at line 18."""
    row = next(row for row in read_table(_COLD18) if row.file == name)
    kind, detail = outcome(_COLD18, row)
    assert kind == "right", detail


def _en_note(line_38: str | None = None) -> str:
    lines = (_COLD18 / _EN_NOTE).read_text(encoding="utf-8").splitlines()
    if line_38 is not None:
        lines[37] = line_38
    return "\n".join(lines) + "\n"


def _linear(tmp_path, text, form="json"):
    return _steps(tmp_path, text, "--cost", "linear", "-f", form, "--timeout", "60")


def test_the_lemma_of_y_hat_is_checked_in_the_models_reading(tmp_path):
    """Line 38's three sides are compared, ŷ⁽ⁱ⁾ read as the model b + w x⁽ⁱ⁾: every one holds."""
    result = _linear(tmp_path, _en_note())
    assert result.exit_code == 0, (result.output, result.stderr)
    review = json.loads(result.stdout)
    lemma = next(lemma for lemma in review["lemmas"] if lemma["line"] == 38)
    assert [step["valid"] for step in lemma["steps"]] == [True, True]
    assert any("h is not defined: reading h = b + wx" in note for note in review["notes"])


def test_a_lemma_of_y_hat_with_the_2_dropped_is_wrong(tmp_path):
    """The same lemma ending in (ŷ − y)x, half of the truth: its last side is the wrong step, never passed."""
    dropped = (r"$$\frac{\partial}{\partial w}(\hat{y}^{(i)}-y^{(i)})^2 = 2(\hat{y}^{(i)}-y^{(i)})\,"
               r"\frac{\partial \hat{y}^{(i)}}{\partial w} = (\hat{y}^{(i)}-y^{(i)})x^{(i)}$$")
    result = _linear(tmp_path, _en_note(dropped))
    assert result.exit_code == 1, (result.output, result.stderr)
    lemma = next(lemma for lemma in json.loads(result.stdout)["lemmas"] if lemma["line"] == 38)
    assert [step["valid"] for step in lemma["steps"]] == [True, False]


def test_a_lemma_of_another_models_y_hat_is_wrong(tmp_path):
    """ŷ is the page's model, b + w x: a lemma that differentiates it as if it were w² x is judged wrong."""
    other = r"$$\frac{\partial \hat{y}^{(i)}}{\partial w} = 2 w x^{(i)}$$"
    lines = _en_note().splitlines()
    lines[33] = other
    result = _linear(tmp_path, "\n".join(lines) + "\n")
    assert result.exit_code == 1, (result.output, result.stderr)
    lemma = next(lemma for lemma in json.loads(result.stdout)["lemmas"] if lemma["line"] == 34)
    assert [step["valid"] for step in lemma["steps"]] == [False]


@pytest.mark.parametrize("form", ["json", "text", "markdown", "latex"])
def test_the_model_read_for_y_hat_is_noted_in_every_format(tmp_path, form):
    result = _linear(tmp_path, _en_note(), form)
    assert result.exit_code == 0, (result.output, result.stderr)
    said = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout
    said = " ".join(said.replace("\\", "").split())
    assert "reading h = b + wx" in said


_CROSS_ENTROPY = (
    "The cost:\n$$\nJ(w) = -\\frac{1}{m}\\sum_{i=1}^{m}\\left[y_i \\log \\sigma(z_i) + (1-y_i)\\log(1-\\sigma(z_i))\\right]\n$$\n"
    "with\n$$\n\\sigma(z_i) = \\frac{1}{1+e^{-z_i}}, \\quad {joined}\n$$\n"
    "so\n$$\n\\frac{{\\partial J}}{{\\partial w_j}} = -\\frac{{1}}{{m}}\\sum_{{i=1}}^{{m}}\\left[y_i (1-\\sigma(z_i)) - "
    "(1-y_i)\\sigma(z_i)\\right]x_{{ij}} = \\frac{{1}}{{m}}\\sum_{{i=1}}^{{m}}{residual}x_{{ij}}\n$$\n"
)


def _cross_entropy(joined: str, residual: str) -> str:
    head, tail = _CROSS_ENTROPY.split("so\n", 1)
    return head.replace("{joined}", joined) + "so\n" + tail.format(residual=residual)


@pytest.mark.parametrize("word", [r"\text{where }", r"\text{with}", r"\mbox{where}"])
@pytest.mark.parametrize("residual, ending, wrong", [
    (r"(\sigma(z_i)-y_i)", "gradient", []),
    (r"(y_i-\sigma(z_i))", "wrong", [11]),
])
def test_definitions_joined_by_a_word_are_two_definitions(tmp_path, word, residual, ending, wrong):
    """σ(zᵢ) = 1/(1 + e^{−zᵢ}), \\quad where zᵢ = wᵀxᵢ: both read as lets, the derivation judged in them."""
    code, got, first, review = _review(tmp_path, _cross_entropy(f"{word} z_i = w^\\top x_i", residual))
    assert (code, got, first) == ((0 if ending == "gradient" else 1), ending, wrong)
    assert any("line 7 defines z_i beside the derivation" in note for note in review["notes"])


def test_a_claim_joined_by_a_word_stays_a_chain(tmp_path):
    """'\\text{and} σ′(zᵢ) = σ(1 + σ)' is no definition (and false): the display stays a chain, refused."""
    page = _cross_entropy(r"\text{and } \sigma'(z_i) = \sigma(z_i)(1+\sigma(z_i))", r"(\sigma(z_i)-y_i)")
    result = _steps(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "line 7 defines \\sigma in a chain of '='" in result.stderr
