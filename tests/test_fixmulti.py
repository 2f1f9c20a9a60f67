"""fixmulti (issue 10): page-level refusals that recur across the blind sets — several chains, a cost defined after
its derivation, the cost under Bishop's E(\\vec{w}).

Each reading is held on near-variants that mean something else (a slip planted in the second chain, two costs on
one page, a cost that is not the one derived), which must be caught at their line or refused. The hand-worked truths
are checked independently of logderiv, with sympy.diff and central finite differences (tests/_numeric.py):

* J(w, b) = (1/2m) Σᵢ (w xᵢ + b − yᵢ)² has ∂J/∂w = (1/m) Σᵢ (w xᵢ + b − yᵢ) xᵢ and ∂J/∂b = (1/m) Σᵢ (w xᵢ + b − yᵢ);
  (1/m) Σᵢ (w xᵢ − yᵢ), the b dropped, is not ∂J/∂b;
* E(w) = ½ Σₙ (Σⱼ wⱼ xⱼ⁽ⁿ⁾ − t⁽ⁿ⁾)² has ∂E/∂w_k = Σₙ (Σⱼ wⱼ xⱼ⁽ⁿ⁾ − t⁽ⁿ⁾) x_k⁽ⁿ⁾; ∂/∂w_k of the sum without the ½
  is twice it (the slip of the EECS 545 notes, cold5's eecs545_lsq_gradient_half_dropped.md, line 19).
"""

from __future__ import annotations

from pathlib import Path

import numpy
import sympy

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from _numeric import central_differences

HERE = Path(__file__).parent

# -- the hand-worked truths, checked independently ----------------------------------------------------------------


def _simple_regression():
    """Three examples of one feature: the cost J(w, b) and its symbols."""
    w, b = sympy.symbols("w b")
    x, y = sympy.symbols("x0:3"), sympy.symbols("y0:3")
    m = 3
    cost = sympy.Rational(1, 2 * m) * sum((w * x[i] + b - y[i]) ** 2 for i in range(m))
    return w, b, x, y, m, cost


def test_the_simple_regression_partials_by_sympy_diff():
    """∂J/∂w = (1/m)Σ(w xᵢ + b − yᵢ)xᵢ and ∂J/∂b = (1/m)Σ(w xᵢ + b − yᵢ); the b dropped is not ∂J/∂b."""
    w, b, x, y, m, cost = _simple_regression()
    by_w = sympy.Rational(1, m) * sum((w * x[i] + b - y[i]) * x[i] for i in range(m))
    by_b = sympy.Rational(1, m) * sum(w * x[i] + b - y[i] for i in range(m))
    dropped = sympy.Rational(1, m) * sum(w * x[i] - y[i] for i in range(m))
    assert sympy.expand(sympy.diff(cost, w) - by_w) == 0
    assert sympy.expand(sympy.diff(cost, b) - by_b) == 0
    assert sympy.expand(sympy.diff(cost, b) - dropped) != 0
    # no ½ in the cost: the page's (1/2m)Σ2(…)xᵢ is then half the derivative
    assert sympy.expand(sympy.diff(2 * cost, w) - by_w) != 0


def test_the_simple_regression_partials_by_finite_differences():
    """The same two partials against central differences of J at a random point."""
    rng = numpy.random.default_rng(10)
    x, y = rng.normal(size=5), rng.normal(size=5)

    def cost(v):
        return numpy.mean((v[0] * x + v[1] - y) ** 2) / 2

    at = rng.normal(size=2)
    residual = at[0] * x + at[1] - y
    numpy.testing.assert_allclose(central_differences(cost, at), [numpy.mean(residual * x), numpy.mean(residual)],
                                  rtol=1e-6)


def test_bishops_error_by_sympy_diff():
    """∂/∂w_k ½Σₙ(Σⱼ wⱼxⱼ⁽ⁿ⁾ − t⁽ⁿ⁾)² = Σₙ(Σⱼ wⱼxⱼ⁽ⁿ⁾ − t⁽ⁿ⁾)x_k⁽ⁿ⁾; without the ½ it is twice that."""
    w = sympy.symbols("w0:2")
    x = [[sympy.Symbol(f"x{n}{j}") for j in range(2)] for n in range(3)]
    t = sympy.symbols("t0:3")
    residual = [sum(w[j] * x[n][j] for j in range(2)) - t[n] for n in range(3)]
    error = sympy.Rational(1, 2) * sum(r ** 2 for r in residual)
    for k in range(2):
        claimed = sum(residual[n] * x[n][k] for n in range(3))
        assert sympy.expand(sympy.diff(error, w[k]) - claimed) == 0
        assert sympy.expand(sympy.diff(2 * error, w[k]) - 2 * claimed) == 0


# -- several chains: each derivative of the cost by a parameter is checked ------------------------------------------

_COST = r"$$J(w, b) = \frac{1}{2m}\sum_{i=1}^{m}(w x_i + b - y_i)^2$$"
_BY_W = r"$$\frac{DJ}{Dw} = \frac{1}{2m}\sum_{i=1}^{m} 2(w x_i + b - y_i) x_i = \frac{1}{m}\sum_{i=1}^{m}(w x_i + b - y_i) x_i$$"
_BY_B = r"$$\frac{DJ}{Db} = \frac{1}{2m}\sum_{i=1}^{m} 2(w x_i + b - y_i) = \frac{1}{m}\sum_{i=1}^{m}(w x_i + b - y_i)$$"
_B_DROPPED = _BY_B.replace(r"\frac{1}{m}\sum_{i=1}^{m}(w x_i + b - y_i)$$", r"\frac{1}{m}\sum_{i=1}^{m}(w x_i - y_i)$$")


def _page(d: str, by_b: str = _BY_B) -> str:
    """The cost (line 3), ∂J/∂w (line 7), ∂J/∂b (line 11), the differential written ``d`` (Leibniz) or ``\\partial``."""
    spelled = "d" if d == "d" else "\\partial "
    return (f"The cost of simple linear regression:\n\n{_COST}\n\nBy the weight:\n\n"
            f"{_BY_W.replace('D', spelled)}\n\nBy the bias:\n\n{by_b.replace('D', spelled)}\n")


def test_leibniz_partials_by_each_parameter_are_each_checked(tmp_path):
    r"""\frac{dJ}{dw} = … and \frac{dJ}{db} = …: two derivations of the cost, each checked (was: which one is checked?)."""
    code, ending, wrong, review = _review(tmp_path, _page("d"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert sorted({step["line"] for step in review["steps"]}) == [7, 11]
    assert any("2 derivations, each of the cost by a parameter of its own" in note for note in review["notes"])


def test_a_slip_in_the_second_chain_is_caught_at_its_line(tmp_path):
    """The b dropped in ∂J/∂b's last side (line 11): wrong there, in Leibniz's notation and in ∂'s."""
    for d in ("d", "partial"):
        code, ending, wrong, _ = _review(tmp_path, _page(d, _B_DROPPED))
        assert (code, ending, wrong) == (1, "wrong", [11]), d


def test_the_intercepts_chain_is_never_set_aside_as_a_lemma(tmp_path):
    r"""\frac{\partial J}{\partial b} beside \frac{\partial J}{\partial w}: read, not noted "a lemma … not read"."""
    code, ending, wrong, review = _review(tmp_path, _page("partial"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert 11 in {step["line"] for step in review["steps"]}
    assert not any("line 11 is a chain of its own" in note for note in review["notes"])


def test_two_derivations_of_one_derivative_are_both_checked(tmp_path):
    """∂J/∂w derived twice, differently: both checked (was refused; issue 10, fixmulti2 checks both routes).

    By hand (the sympy.diff test above): both routes reach ∂J/∂w; the second with its 2 dropped is wrong at line 5.
    """
    twice = _BY_W.replace("D", "\\partial ").replace(r"2(w x_i + b - y_i) x_i", r"(w x_i + b - y_i) \cdot 2 x_i")
    page = f"{_COST}\n\n{_BY_W.replace('D', chr(92) + 'partial ')}\n\n{twice}\n"
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])
    code, ending, wrong, _ = _review(tmp_path, page.replace(r"\cdot 2 x_i", r"x_i"))
    assert (code, ending, wrong) == (1, "gradient", [5])


# -- a cost defined after the derivation ---------------------------------------------------------------------------

def _after(cost: str = _COST, *more: str) -> str:
    """∂J/∂w (line 3), then "where the cost is" and its definition (line 7), and any more displays."""
    page = f"By the weight:\n\n{_BY_W.replace('D', chr(92) + 'partial ')}\n\nwhere the cost is\n\n{cost}\n"
    return page + "".join(f"\n{each}\n" for each in more)


def test_the_pages_only_cost_after_the_derivation_is_the_cost_derived(tmp_path):
    """Read as if it stood first, noted; every step holds (the truths above)."""
    code, ending, wrong, review = _review(tmp_path, _after())
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("line 7 defines the cost after the derivation (line 3)" in note for note in review["notes"])


def test_a_cost_after_the_derivation_that_is_not_the_one_derived_is_caught(tmp_path):
    """J without the ½: the page's (1/2m)Σ2(…)xᵢ is half ∂J/∂w, wrong at line 3 (sympy.diff above)."""
    code, ending, wrong, _ = _review(tmp_path, _after(_COST.replace(r"\frac{1}{2m}", r"\frac{1}{m}")))
    assert (code, ending, wrong) == (1, "wrong", [3])


def test_a_slip_in_a_derivation_read_with_its_cost_after_is_caught(tmp_path):
    """The b dropped in the last side of ∂J/∂w (line 3)."""
    page = _after().replace(r"\frac{1}{m}\sum_{i=1}^{m}(w x_i + b - y_i) x_i$$", r"\frac{1}{m}\sum_{i=1}^{m}(w x_i - y_i) x_i$$")
    code, ending, wrong, _ = _review(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [3])


def test_two_costs_after_the_derivation_are_refused(tmp_path):
    """Least squares, then ridge, after the derivation: which one is derived is not said (exit 2, line 7)."""
    ridge = _COST.replace("^2$$", r"^2 + \lambda w^2$$")
    result = _steps(tmp_path, _after(_COST, "or, with a penalty,", ridge))
    assert result.exit_code == 2
    assert "line 7 defines the cost J after the derivation (line 3)" in result.stderr


def test_derivations_by_each_parameter_take_the_cost_after_them(tmp_path):
    """∂J/∂w, ∂J/∂b, then J: each read with it; the b dropped in ∂J/∂b (line 7) caught there."""
    both = (f"{_BY_W.replace('D', chr(92) + 'partial ')}\n\n{_B_DROPPED.replace('D', chr(92) + 'partial ')}\n\n"
            f"where the cost is\n\n{_COST}\n")
    code, ending, wrong, _ = _review(tmp_path, both)
    assert (code, ending, wrong) == (1, "wrong", [3])  # the slip stands on line 3 of this page
    right = both.replace(_B_DROPPED.replace('D', chr(92) + 'partial '), _BY_B.replace('D', chr(92) + 'partial '))
    assert _review(tmp_path, right)[:3] == (0, "gradient", [])


# -- Bishop's E(\vec{w}) -------------------------------------------------------------------------------------------

#: cold5's eecs545_lsq_gradient_half_dropped.md (EECS 545 lecture 4, the parent of commit ba394f8 of
#: thejakeyboy/umich-eecs545-lectures), verbatim but for the basis functions φⱼ(x⁽ⁿ⁾) written as features xⱼ⁽ⁿ⁾
#: (φ is refused by another rule) and the ½ the PR restored, so that the truth above holds
_EECS545 = r"""## Least Squares:  Objective Function

$$
E(\vec{w}) 
= \frac12 \sum_{n=1}^N (y(x_n, \vec{w}) - t_n)^2
= \frac12 \sum_{n=1}^N \left( \sum_{j=0}^{M-1} w_j x_j^{(n)} - t^{(n)} \right)^2
$$

To minimize the error, take partial derivatives w.r.t. each weight $w_j$:

$$
\frac{\partial E(\vec{w})}{\partial w_k}= \frac{\partial}{\partial w_k} \left[ 
    \frac12 \sum_{n=1}^N \left( \sum_{j=0}^{M-1} w_j x_j^{(n)} - t^{(n)} \right)^2
    \right]
$$

$$
= \sum_{n=1}^N \left( \sum_{j=0}^{M-1} w_j x_j^{(n)} - t^{(n)} \right) x_k^{(n)}
$$
"""


def test_bishops_error_of_the_weight_vector_is_the_cost(tmp_path):
    """E(\\vec{w}) = … = …, then ∂E(\\vec{w})/∂w_k: E read as J, noted; every step holds, the last the gradient."""
    code, ending, wrong, review = _review(tmp_path, _EECS545)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("E(\\vec{w}) names the cost") for note in review["notes"])


def test_bishops_error_with_the_half_dropped_is_wrong_at_its_line(tmp_path):
    """The real slip: ∂/∂w_k[Σₙ(…)²] for ∂E/∂w_k, twice it (sympy.diff above): wrong at line 12, where its '=' stands.

    The last line is still ∂E/∂w_k of the E defined (it does not follow from line 12): the ending is the gradient,
    as expected.txt's row for the real page says (gradient, 19).
    """
    slip = _EECS545.replace("    \\frac12 \\sum_{n=1}^N", "    \\sum_{n=1}^N")
    code, ending, wrong, _ = _review(tmp_path, slip)
    assert (code, ending, wrong) == (1, "gradient", [12])


def test_the_real_eecs545_page_is_no_longer_refused_for_its_name(tmp_path):
    """cold5's page verbatim: past E's name and chain, it is refused for φⱼ (another rule), never read wrong."""
    text = (HERE / "derivations_cold5" / "eecs545_lsq_gradient_half_dropped.md").read_text(encoding="utf-8")
    result = _steps(tmp_path, text)
    assert result.exit_code == 2
    assert "cost's names J, L, ℓ or 𝓛 only" not in result.stderr and "phi" in result.stderr


def test_e_beside_the_readers_l_is_not_renamed(tmp_path):
    """E(\\vec{w}) defined beside L(w) = …, the reader's own name of the cost: E is no alias, nothing renamed."""
    page = _EECS545 + "\n$$L(w) = E(\\vec{w}) + \\lambda w^2$$\n"
    result = _steps(tmp_path, page, "-f", "json")
    assert "E(\\vec{w}) names the cost" not in result.stdout


# -- notes without display maths: reST's .. math::, a docstring's lines of plain maths -----------------------------

_RST = r"""Linear regression
=================

The cost of simple linear regression is

.. math::

   J(w, b) = \frac{1}{2m}\sum_{i=1}^{m}(w x_i + b - y_i)^2

and its derivative by the weight is

.. math::
   :label: grad

   \frac{\partial J}{\partial w} = \frac{1}{2m}\sum_{i=1}^{m} 2(w x_i + b - y_i) x_i
   = \frac{1}{m}\sum_{i=1}^{m}(w x_i + b - y_i) x_i

which we use in gradient descent.
"""

_DOCSTRING = """Gradient of the squared error, as the module's docstring writes it:

    Model:  ŷ = w x + b
    Loss:   L = (ŷ − y)²

    ∂L/∂w = 2(ŷ − y) · ∂ŷ/∂w
          = 2(ŷ − y) x

The update subtracts the learning rate times this gradient from the weight.
"""


def test_one_examples_squared_error_by_sympy_diff():
    """∂/∂w (w x + b − y)² = 2(ŷ − y)x with ŷ = w x + b; 2(y − ŷ)x is its negative."""
    w, b, x, y = sympy.symbols("w b x y")
    prediction = w * x + b
    assert sympy.expand(sympy.diff((prediction - y) ** 2, w) - 2 * (prediction - y) * x) == 0
    assert sympy.expand(sympy.diff((prediction - y) ** 2, w) - 2 * (y - prediction) * x) != 0


def _rst_review(tmp_path, text: str):
    """`steps -f json` on ``text`` saved as notes.rst: exit code, ending, first wrong line."""
    import json

    from click.testing import CliRunner

    from logderiv.cli import main

    path = tmp_path / "notes.rst"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["steps", str(path), "-f", "json"])
    assert result.exit_code in (0, 1), result.stderr
    review = json.loads(result.stdout)
    return result.exit_code, review["ending"], [step["line"] for step in review["steps"] if step["valid"] is False][:1]


def test_rst_math_directives_are_the_displays(tmp_path):
    """A .rst page's .. math:: bodies (the :label: option left out) are its displays: every step holds."""
    assert _rst_review(tmp_path, _RST) == (0, "gradient", [])


def test_a_slip_in_an_rst_math_body_is_caught_at_its_line(tmp_path):
    """The b dropped in the last row (file line 16)."""
    slip = _RST.replace(r"= \frac{1}{m}\sum_{i=1}^{m}(w x_i + b - y_i) x_i", r"= \frac{1}{m}\sum_{i=1}^{m}(w x_i - y_i) x_i")
    assert _rst_review(tmp_path, slip) == (1, "wrong", [16])


def test_a_docstrings_lines_of_plain_maths_are_read(tmp_path):
    """No $$, no backticks: the Unicode lines holding '=' are the page's maths, the labels and the prose left out."""
    code, ending, wrong, _ = _review(tmp_path, _DOCSTRING)
    assert (code, ending, wrong) == (0, "gradient", [])


def test_a_sign_slip_in_a_docstring_is_caught_at_its_line(tmp_path):
    """2(y − ŷ)x for 2(ŷ − y)x on line 7 (sympy.diff above)."""
    code, ending, wrong, _ = _review(tmp_path, _DOCSTRING.replace("= 2(ŷ − y) x", "= 2(y − ŷ) x"))
    assert (code, ending, wrong) == (1, "wrong", [7])


def test_prose_with_an_equals_sign_is_still_refused(tmp_path):
    """Sentences are not maths, '=' or not: exit 2, no display maths."""
    prose = "Notes on the model\n\nWe set the learning rate = 0.1 and run for ten epochs until the loss stops falling.\n"
    result = _steps(tmp_path, prose)
    assert result.exit_code == 2 and "no display maths" in result.stderr
