"""`logderiv steps` on pages of several chains, each read by its role (issue 10, pages22).

A page holds the cost's derivatives by its parameters, the cost's own chain, definitions rewritten
(ŷ = σ(z) = 1/(1 + e^{−z})), lemmas (σ′(z) = σ(z)(1 − σ(z))) and chains whose role cannot be told. Each page
here is small and MEANS something: a planted slip is named where it is planted, and every claim about the
mathematics is checked with sympy (``sympy.diff``, numbers at a point), independently of logderiv.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sympy
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.notation.notes import display_blocks
from logderiv.notation.page import _runs, chain_role, chain_roles
from logderiv.notation.roles import CostChain, CostDerivative, Definition, Lemma, Unknown

TESTS = Path(__file__).parent

#: a model rewritten beside one example's loss and its derivative (by hand: ∂L/∂w = (ŷ − y)x for ŷ = σ(wx + b))
_MODEL_PAGE = r"""The model is $z = w x + b$ and

$$\hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}}$$

The loss of one example is

$$L = -y \log \hat{y} - (1 - y) \log(1 - \hat{y})$$

Its derivative:

$$\frac{\partial L}{\partial w} = -y \frac{1}{\hat{y}} \hat{y}(1 - \hat{y}) x + (1 - y) \frac{1}{1 - \hat{y}} \hat{y}(1 - \hat{y}) x = (\hat{y} - y) x$$
"""

#: a lemma worked out beside the logistic cost's derivative (by hand: σ′ = e^{−z}/(1 + e^{−z})² = σ(1 − σ))
_LEMMA_PAGE = r"""The sigmoid's derivative:

$$\sigma'(z) = \frac{d}{dz} \frac{1}{1 + e^{-z}} = \frac{e^{-z}}{(1 + e^{-z})^2} = \sigma(z)(1 - \sigma(z))$$

The cost:

$$J(\theta) = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \log \sigma(\theta^T x^{(i)}) + (1 - y^{(i)}) \log (1 - \sigma(\theta^T x^{(i)})) \right]$$

$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m} \sum_{i=1}^{m} \left( \sigma(\theta^T x^{(i)}) - y^{(i)} \right) x_j^{(i)}$$
"""

#: a quantity Q defined, rewritten, and used by the derivation's last side (by hand: Q = (1/m)Σxy, so
#: (1/m)Σ(wx − y)x = (1/m)Σwx² − Q)
_NAMED_QUANTITY_PAGE = r"""The cost is

$$J(w) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} - y^{(i)})^2$$

$$Q = \frac{1}{m} \sum_{i=1}^{m} x^{(i)} y^{(i)} = \frac{1}{m} \sum_{i=1}^{m} y^{(i)} x^{(i)}$$

$$\frac{\partial J}{\partial w} = \frac{1}{m} \sum_{i=1}^{m} (w x^{(i)} - y^{(i)}) x^{(i)} = \frac{1}{m} \sum_{i=1}^{m} w (x^{(i)})^2 - Q$$
"""


def _steps(tmp_path: Path, text: str, *options: str):
    """``logderiv steps`` on ``text`` as a Markdown file: click's result."""
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["steps", str(path), "--timeout", "60", *options])


def _review(tmp_path: Path, text: str):
    """The exit code and the JSON review of a page that is read."""
    result = _steps(tmp_path, text, "-f", "json")
    assert result.exit_code in (0, 1), (result.output, result.stderr)
    return result.exit_code, json.loads(result.stdout)


def _wrong_lines(review) -> list[int]:
    """The lines of every wrong step on the page, the derivation's and its lemmas' (as expected.txt counts them)."""
    steps = [*review["steps"], *(step for lemma in review["lemmas"] for step in lemma["steps"])]
    return sorted(step["line"] for step in steps if step["valid"] is False)


def _roles(text: str) -> list[tuple[type, int]]:
    return [(type(role), role.line) for role in chain_roles(text)]


# ---- the table of roles -------------------------------------------------------------------------------------------

def test_each_chain_of_a_page_is_given_its_role_by_its_first_side():
    """The cost's chain, a definition, a lemma, the cost's derivative: each told from its first side, with its line."""
    assert _roles(_MODEL_PAGE) == [(Definition, 3), (CostChain, 7), (CostDerivative, 11)]
    assert _roles(_LEMMA_PAGE) == [(Lemma, 3), (CostChain, 7), (CostDerivative, 9)]
    assert _roles(_NAMED_QUANTITY_PAGE) == [(CostChain, 3), (Definition, 5), (CostDerivative, 7)]
    definition = chain_roles(_MODEL_PAGE)[0]
    assert isinstance(definition, Definition) and definition.head == "\\hat{y}"
    assert definition.reading == "a definition of \\hat{y}, rewritten"


def test_a_chain_whose_first_side_tells_nothing_is_unknown():
    """``0 = A = B`` names nothing and differentiates nothing: the table's last entry, the explicit unsupported case."""
    text = "$$0 = x - 1 = x + 1$$\n"
    role = chain_role(text, _runs(text, display_blocks(text))[0])
    assert isinstance(role, Unknown)
    assert role.reading == "no derivative logderiv recognises"


# ---- a definition rewritten -----------------------------------------------------------------------------------------

def test_a_definition_rewritten_rightly_is_checked_and_the_page_ends_at_the_gradient(tmp_path):
    """ŷ = σ(z) = 1/(1 + e^{−z}): ŷ read as σ(z) in every line, the rewrite checked; ∂L/∂w = (ŷ − y)x holds."""
    w, x, b, y = sympy.symbols("w x b y", real=True)
    z = w * x + b
    sigma = 1 / (1 + sympy.exp(-z))
    loss = -y * sympy.log(sigma) - (1 - y) * sympy.log(1 - sigma)
    assert sympy.simplify(sympy.diff(loss, w) - (sigma - y) * x) == 0
    code, review = _review(tmp_path, _MODEL_PAGE)
    assert code == 0 and review["ending"] == "gradient"
    assert _wrong_lines(review) == []
    [rewrite] = review["lemmas"]
    assert rewrite["title"] == "a definition, rewritten"
    assert [step["line"] for step in rewrite["steps"]] == [3]
    assert any(note.startswith("line 3: a definition of \\hat{y}, rewritten") for note in review["notes"])


def test_a_definition_rewritten_wrongly_is_wrong_at_its_line(tmp_path):
    """1/(1 − e^{−z}) is not σ(z) (at z = 0.7: 1.9863 against 0.6682): wrong at line 3, the derivation still right.

    Before, the page was refused ("the sides of the chain differ"); the page-level rule says a wrong step whose
    derivative still ends at the gradient gives ending gradient with that error line.
    """
    z = sympy.Rational(7, 10)
    assert abs(float(1 / (1 - sympy.exp(-z))) - float(1 / (1 + sympy.exp(-z)))) > 1
    code, review = _review(tmp_path, _MODEL_PAGE.replace(r"\frac{1}{1 + e^{-z}}", r"\frac{1}{1 - e^{-z}}"))
    assert code == 1
    assert review["ending"] == "gradient"
    assert _wrong_lines(review) == [3]


def test_a_quantity_the_derivation_uses_is_read_by_its_definition(tmp_path):
    """Q = (1/m)Σxy = (1/m)Σyx beside ∂J/∂w = … − Q: Q is its definition (it was a letter of its own, and the
    derivation's right last side was called wrong)."""
    m = 3
    xs, ys, w = sympy.symbols("x0:3", real=True), sympy.symbols("y0:3", real=True), sympy.Symbol("w")
    cost = sum((w * xi - yi) ** 2 for xi, yi in zip(xs, ys)) / (2 * m)
    q = sum(xi * yi for xi, yi in zip(xs, ys)) / m
    assert sympy.expand(sympy.diff(cost, w) - (sum(w * xi**2 for xi in xs) / m - q)) == 0
    code, review = _review(tmp_path, _NAMED_QUANTITY_PAGE)
    assert code == 0 and review["ending"] == "gradient"
    assert _wrong_lines(review) == []


def test_a_quantity_rewritten_wrongly_is_wrong_at_its_line(tmp_path):
    """Q = (1/m)Σxy = (2/m)Σyx: the rewrite doubles Q (false whenever Σxy ≠ 0); wrong at line 5 only."""
    code, review = _review(tmp_path, _NAMED_QUANTITY_PAGE.replace(r"= \frac{1}{m} \sum_{i=1}^{m} y^{(i)}",
                                                                  r"= \frac{2}{m} \sum_{i=1}^{m} y^{(i)}"))
    assert code == 1
    assert review["ending"] == "gradient"
    assert _wrong_lines(review) == [5]


def test_a_chain_of_aliases_stays_one_let(tmp_path):
    """ŷ = a = σ(z) names a too: read as one --let (both names σ(z)), not a rewrite of ŷ into a letter a."""
    text = _MODEL_PAGE.replace(r"\hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}}", r"\hat{y} = a = \sigma(z)")
    code, review = _review(tmp_path, text)
    assert code == 0 and review["ending"] == "gradient"
    assert review["lemmas"] == []


# ---- lemmas ---------------------------------------------------------------------------------------------------------

def test_a_true_lemma_beside_the_derivation_is_checked(tmp_path):
    """σ′(z) = d/dz 1/(1 + e^{−z}) = e^{−z}/(1 + e^{−z})² = σ(z)(1 − σ(z)): every side true (sympy)."""
    z = sympy.Symbol("z")
    sigma = 1 / (1 + sympy.exp(-z))
    assert sympy.simplify(sympy.diff(sigma, z) - sympy.exp(-z) / (1 + sympy.exp(-z)) ** 2) == 0
    assert sympy.simplify(sympy.diff(sigma, z) - sigma * (1 - sigma)) == 0
    code, review = _review(tmp_path, _LEMMA_PAGE)
    assert code == 0 and review["ending"] == "gradient"
    assert _wrong_lines(review) == []
    assert any(note.startswith("line 3: a lemma, \\sigma'(z) = …: its first value checked against the derivative")
               for note in review["notes"])
    assert any(note.startswith("line 9: the cost's derivative by a parameter") for note in review["notes"])


def test_a_false_lemma_is_wrong_at_its_line(tmp_path):
    """e^{−z}/(1 + e^{−z}) is not σ′(z) (the square dropped: at z = 0.7, 0.3318 against 0.2217): wrong at line 3."""
    z = sympy.Symbol("z")
    sigma = 1 / (1 + sympy.exp(-z))
    slip = sympy.exp(-z) / (1 + sympy.exp(-z))
    assert abs(float((sympy.diff(sigma, z) - slip).subs(z, sympy.Rational(7, 10)))) > 0.1
    code, review = _review(tmp_path, _LEMMA_PAGE.replace("{(1 + e^{-z})^2}", "{1 + e^{-z}}"))
    assert code == 1
    # the slip, and σ(z)(1 − σ(z)) after it (true, but not equal to the side before it): both on line 3
    assert set(_wrong_lines(review)) == {3}
    assert review["ending"] == "gradient"  # the derivation itself is right: the lemma's slip is the error line


# ---- a bare operator ------------------------------------------------------------------------------------------------

#: the cost, then its derivative written with the operator alone, the function left to the prose (by hand:
#: ∂/∂w (1/2m)Σ(wx − y)² = (1/m)Σ(wx − y)x)
_BARE_PAGE = r"""The cost:

$$J(w) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} - y^{(i)})^2$$

Differentiating it by $w$:

$$\begin{aligned} \frac{\partial}{\partial w} &= \frac{1}{2m} \sum_{i=1}^{m} 2 (w x^{(i)} - y^{(i)}) x^{(i)} \\
&= \frac{1}{m} \sum_{i=1}^{m} (w x^{(i)} - y^{(i)}) x^{(i)} \end{aligned}$$
"""


def test_an_operator_alone_is_the_derivative_of_the_pages_one_cost(tmp_path):
    """∂/∂w &= …: the page defines one cost, J: read as ∂J/∂w (noted), and every step of it holds (sympy)."""
    xs, ys, w = sympy.symbols("x0:3", real=True), sympy.symbols("y0:3", real=True), sympy.Symbol("w")
    cost = sum((w * xi - yi) ** 2 for xi, yi in zip(xs, ys)) / 6
    assert sympy.expand(sympy.diff(cost, w) - sum((w * xi - yi) * xi for xi, yi in zip(xs, ys)) / 3) == 0
    code, review = _review(tmp_path, _BARE_PAGE)
    assert code == 0 and review["ending"] == "gradient"
    assert any("opens with the operator \\frac{\\partial}{\\partial w} alone" in note and "one cost, J" in note
               for note in review["notes"])


def test_a_slip_after_an_operator_alone_is_wrong_at_its_line(tmp_path):
    """The 2 of the square's derivative dropped (½ of the gradient): wrong at line 7, where it is written."""
    code, review = _review(tmp_path, _BARE_PAGE.replace("\\sum_{i=1}^{m} 2 (w", "\\sum_{i=1}^{m} (w"))
    assert code == 1
    assert _wrong_lines(review)[:1] == [7]


def test_an_operator_alone_beside_two_costs_is_not_read_as_either(tmp_path):
    """Two costs defined apart (J, and an unrelated L): which one ∂/∂w differentiates is not said; refused."""
    text = _BARE_PAGE.replace("Differentiating", "$$L(w) = \\frac{1}{m} \\sum_{i=1}^{m} (w x^{(i)} - y^{(i)})^2$$\n\n"
                                                 "Differentiating")
    result = _steps(tmp_path, text)
    assert result.exit_code == 2
    assert "opens with the operator" not in result.output + result.stderr


# ---- what cannot be read is refused --------------------------------------------------------------------------------

def test_a_derivative_by_a_parameter_the_cost_lacks_is_refused(tmp_path):
    """∂J/∂b beside J(w) = (1/2m)Σ(wx − y)²: b is in no term of the cost, so that derivation says nothing true."""
    text = (r"$$J(w) = \frac{1}{2m} \sum_{i=1}^{m} (w x^{(i)} - y^{(i)})^2$$" "\n\n"
            r"$$\frac{\partial J}{\partial w} = \frac{1}{m} \sum_{i=1}^{m} (w x^{(i)} - y^{(i)}) x^{(i)}$$" "\n\n"
            r"$$\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} (w x^{(i)} - y^{(i)})$$" "\n")
    result = _steps(tmp_path, text)
    assert result.exit_code == 2
    assert "the cost does not depend on b" in result.stderr
    assert "^" in result.stderr and "Traceback" not in result.output + result.stderr


def test_a_chain_of_unknown_role_that_could_hold_the_error_is_checked(tmp_path):
    """A second chain naming no quantity the derivation uses (R = A = B) beside it: it may hold the page's slip.

    Changed by fixchains (tests/test_fixchains28.py): it was refused, the refusal naming each chain's role; such a
    chain of one display is now checked as a chain of its own (R's two sides against each other), as NLL(w) = A = B
    always was, so its slip cannot go unchecked and the page is judged: the derivation's last side, the −Q dropped,
    is wrong at line 7. A chain whose side is not read stays refused (test_fixchains28)."""
    w, x1, x2, y1, y2 = sympy.symbols("w x1 x2 y1 y2")
    # (1/m)Σ(wx − y)x and (1/m)Σwx² differ by (1/m)Σxy, not 0 for all data
    assert sympy.simplify(((w * x1 - y1) * x1 + (w * x2 - y2) * x2) - (w * x1**2 + w * x2**2)) != 0
    text = _NAMED_QUANTITY_PAGE.replace(r" - Q$$", "$$").replace("$$Q = ", "$$R = ")
    result = _steps(tmp_path, text, "-f", "json")
    assert result.exit_code == 1, result.stderr
    review = json.loads(result.stdout)
    assert [step["line"] for step in review["steps"] if step["valid"] is False][:1] == [7]
    assert all(step["valid"] is not False for lemma in review["lemmas"] for step in lemma["steps"])
    assert any("line 5 defines R and rewrites it" in note for note in review["notes"])


# ---- the roles in every output format ------------------------------------------------------------------------------

@pytest.mark.parametrize("format", ["text", "rich", "json", "latex", "markdown"])
def test_the_roles_are_named_in_every_format(tmp_path, format):
    """The lemma's role note and the rewrite's reach every renderer (notes are rendered by each)."""
    result = _steps(tmp_path, _MODEL_PAGE.replace(r"\frac{1}{1 + e^{-z}}", r"\frac{1}{1 - e^{-z}}"), "-f", format)
    assert result.exit_code == 1, result.output
    shown = result.stdout.replace("\\\\", "\\")
    assert "a definition of \\hat{y}, rewritten" in shown or "a definition of ŷ, rewritten" in shown, shown[-2000:]


# ---- real pages ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("folder, name, ending, line", [
    # g′ worked out (line 6 wrong: g²(1 − g) for g(1 − g)), ℓ's chain, then ∂/∂θⱼ alone (of ℓ, the prose says): the
    # derivation drops ℓ's sum and ends wrong; the earliest wrong step on the page is the lemma's (its hand row)
    ("derivations_cold3", "cn_cs229_logistic_gprime_extra_g.md", "wrong", 6),
    # p_i = σ(z_i) = 1/(1 + e^{−z_i}): p_i read as σ(z_i), its rewrite checked as a chain of its own (true); the
    # derivation ends at the gradient (its hand row), and so does the copy with a σ′ planted wrong at line 119
    ("derivations_cold2", "nll_note_logistic_step3.md", "gradient", None),
    ("derivations_cold2", "nll_note_logistic_planted_extra_sigma_prime.md", "gradient", 119),
    # h_θ(x⁽ⁱ⁾) = θᵀx⁽ⁱ⁾ = Σⱼθⱼxⱼ⁽ⁱ⁾: a rewrite at one example, read as one --let as before (its hand row: no wrong step)
    ("derivations_cold3", "cn_cs229_lecture1_half_sse_partial.md", "gradient", None),
    # z = ωᵀx + b, ŷ = a = σ(z): a chain of aliases, one --let; lemmas ∂L/∂a, ∂a/∂z, ∂z/∂ω (hand row: none wrong)
    ("derivations_cold10", "cn_lr_note_dL_da_chain_then_mean.md", "gradient", None),
])
def test_real_pages_with_definitions_read_as_their_hand_rows_say(tmp_path, folder, name, ending, line):
    """Real pages whose definitions the first cut of the rewrite reading refused (derivrate), read as their
    expected.txt rows (worked by hand before logderiv ran) say."""
    code, review = _review(tmp_path, (TESTS / folder / name).read_text(encoding="utf-8"))
    assert review["ending"] == ending
    assert (_wrong_lines(review)[:1] or [None]) == [line]
    if name.startswith("nll_note"):
        [rewrite] = [lemma for lemma in review["lemmas"] if lemma["title"] == "a definition, rewritten"]
        assert all(step["valid"] for step in rewrite["steps"])
