"""What a refused page of several chains of '=' says each chain seems to be (fixchains29).

A page of several chains is read chain by chain by its role (tests/test_pages22.py); where a chain's first side tells
no role for certain the page stays refused, and its "As read: …" lists every chain. Such a chain was listed as "no
derivative logderiv recognises" whatever it was: a cost under a name of its own (``R = Σ(ŷ − y)² = Σ r²`` beside
``∂R/∂x_j``), an identity rewriting an expression (``log h_θ(x) = log(1/(1 + e^{−θᵀx})) = −log(1 + e^{−θᵀx})``), a
definition in a form not read as one. Across the open derivation folders these were a fifth of the chains the "which
one is checked?" refusals listed, and the user could not tell what to leave, mark or name. Each is now said as what it
seems to be — a description in the refusal, never a reading: the page's outcome (refused) does not change, which the
real pages below show with their rows of expected.txt. The identities named are checked with sympy here, so that the
test's pages mean what they say.
"""

from __future__ import annotations

from pathlib import Path

import sympy
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.notation.page import chain_roles
from logderiv.notation.roles import Lemma, Unknown

TESTS = Path(__file__).parent

#: a sum of squares named R, rewritten, then differentiated in the same eqnarray (a Q&A's question): R is the cost
#: under a name of its own, no name logderiv reads as the cost
_R_PAGE = r"""$$ \begin{eqnarray} R &=& \sum_{i=1}^n(a x_i-y_i)^2\\ &=& \sum_{i=1}^nr_i^2\\
\Rightarrow \frac{\partial R}{\partial a} &=& 2\sum_{i=1}^{n}r_i\frac{\partial r_i}{\partial a} \end{eqnarray} $$

The chain rule: $$ \frac{\partial}{\partial x} f(g(x)) = f'(g(x)) g'(x) = 2 $$
"""

#: the log of the sigmoid rewritten (an identity, no name defined), beside the logistic cost's derivative
_IDENTITY = r"\log h_\theta(x) = \log\frac{1}{1+e^{-\theta^T x}} = -\log(1+e^{-\theta^T x})"


def _unknown_readings(text: str) -> list[str]:
    return [role.reading for role in chain_roles(text) if isinstance(role, Unknown)]


def test_a_capital_name_the_page_differentiates_is_said_to_be_the_cost_under_a_name_of_its_own():
    """R = … = … ⇒ ∂R/∂a = …: no cost name logderiv reads (J, L, ℓ, 𝓛), so its role is not certain — the refusal says
    it seems the cost, named otherwise; the chain rule's lemma beside it keeps its own role."""
    a, x, y = sympy.symbols("a x y", real=True)
    # the page's derivative is right for one term (by hand, and by sympy): the page means what it says
    assert sympy.simplify(sympy.diff((a * x - y) ** 2, a) - 2 * (a * x - y) * x) == 0
    roles = chain_roles(_R_PAGE)
    assert len(roles) == 2 and isinstance(roles[1], Lemma)
    assert isinstance(roles[0], Unknown) and roles[0].reading == (
        "a definition of R, rewritten, and the page differentiates R: the cost under a name of its own? "
        "(logderiv reads J, L, ℓ or 𝓛 as the cost)")


def test_an_expression_rewritten_is_said_to_be_an_identity():
    """log h_θ(x) = log(1/(1 + e^{−θᵀx})) = −log(1 + e^{−θᵀx}): no name on the left, no derivative: an identity."""
    z = sympy.symbols("z", real=True)
    # the identity holds (sympy): it is said an identity because it is one, not because it is wrong
    assert sympy.simplify(sympy.log(1 / (1 + sympy.exp(-z))) + sympy.log(1 + sympy.exp(-z))) == 0
    said = _unknown_readings(f"$${_IDENTITY}$$\n")
    assert said == ["an identity: the expression \\log h_\\theta(x) rewritten, no name defined and no derivative taken"]


def test_a_norm_rewritten_is_said_to_be_an_identity():
    """‖Ax − b‖ = √((Ax − b)ᵀ(Ax − b)): the norm's definition, an identity of an expression."""
    said = _unknown_readings("$$ ||Ax-b|| = \\sqrt{ (Ax-b)^T (Ax-b)} = \\sqrt{e} $$\n")
    assert said == ["an identity: the expression ||Ax-b|| rewritten, no name defined and no derivative taken"]


def test_a_lowercase_quantity_differentiated_in_a_lemma_is_no_cost():
    """y_n = σ(a_n) = … beside ∂y_n/∂a_n: y is the model's output, differentiated in a lemma — never called a cost."""
    text = ("$$\\tag{5} y_{n} = \\sigma(a_{n}) = \\frac{1}{1 + \\exp(-a_{n})}$$\n\n"
            "$$\\frac{\\partial y_{n}}{\\partial a_{n}} = y_n(1 - y_n) = y_n - y_n^2$$\n")
    said = _unknown_readings(text)
    assert said and all("cost" not in each for each in said)


def test_a_chain_that_names_nothing_is_still_no_derivative_logderiv_recognises():
    """0 = A = B: a number on the left, nothing named, nothing rewritten — the table's explicit unsupported case."""
    assert _unknown_readings("$$0 = x - 1 = x + 1$$\n") == ["no derivative logderiv recognises"]


def test_the_real_pages_stay_refused_and_their_refusal_names_what_each_chain_seems():
    """The real pages whose refusal listed these chains: still refused (a description, never a reading), each chain
    named as what it seems to be."""
    pages = {
        "derivations_cold11/techqa_lsq_common_factor_answer_inner_derivative.md":
            "line 3 opens with R (a definition of R, rewritten, and the page differentiates R: the cost under a name",
        "derivations_cold30/zh_blog_logistic_softplus_rewrite_theta_j_four_rows.md":
            "line 25 opens with \\log h_\\theta(x^{(i)}) (an identity: the expression \\log h_\\theta(x^{(i)}) rewritten",
        "derivations_cold18/lsq_note_expansion_constant_sign.md":
            "line 10 opens with ||Ax-b|| (an identity: the expression ||Ax-b|| rewritten",
    }
    for page, said in pages.items():
        result = CliRunner().invoke(main, ["steps", str(TESTS / page), "--timeout", "60"])
        assert result.exit_code == 2, (page, result.output)
        assert said in " ".join(result.stderr.split()), (page, result.stderr)
        assert "which one is checked?" in result.stderr


def test_a_chain_left_one_of_several_by_the_chains_kept_beside_it_names_them_once():
    """cn_notes_lsq_half_norm_augmented_matrix.md (cold20): 𝓡(w) = … = … (a definition, kept beside each chain judged
    alone), the data's display (y = […], X = a matrix; no derivative) and ∂𝓡/∂w. Judged alone, the data's display
    and 𝓡's chain are again two chains: the refusal said so by repeating its own question ("the notes hold 2
    derivations … which one is checked?") inside itself; it now names the kept chain and the chain judged, once each.
    The page stays refused (its row: gradient, read only with X laid out by columns, which nothing here reads)."""
    page = TESTS / "derivations_cold20/cn_notes_lsq_half_norm_augmented_matrix.md"
    result = CliRunner().invoke(main, ["steps", str(page), "--timeout", "60"])
    assert result.exit_code == 2, result.output
    said = " ".join(result.stderr.split())
    assert said.count("which one is checked?") == 1, said
    assert ("the one of line 8 is not read: the chains kept beside it, line 2 opening with \\mathcal{R}(\\pmb w) (a "
            "definition of \\mathcal{R}, rewritten), leave it one of 2 chains of '=' whose roles do not sort, and it "
            "opens with \\pmb y (no derivative logderiv recognises)") in said, said
