"""fixchains (round 28): a model's chain of one display whose names no derivation writes is a rewrite checked alone.

Notes state a model and rewrite it in one display (``p = \\sigma(w x + b) = \\frac{1}{1 + e^{-(w x + b)}}``), then
derive the cost by each parameter, never writing p. The page reader read such a chain as a --let of the derivations
only where they use a name it defines; otherwise it was left to "the notes hold 3 derivations …; which one is
checked?", the whole page refused. It is now read as ``NLL(w) = A = B`` beside ∂J/∂w is (docs/latex.md): set aside,
its sides after the name checked as a chain of their own, so a slip in the rewrite is wrong at its line and the
derivations are each judged alone. A side that cannot be read (z never defined, a letter of its own) keeps the page
refused. The mathematics is checked with sympy here, never against logderiv's own output.
"""

from __future__ import annotations

import sympy

from _derivations_table import review_of_page, steps_of_page

_COST = r"J(w,b) = \frac{1}{2m}\sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2"
_BY_W = (r"\frac{\partial J}{\partial w} = \frac{1}{2m}\sum_{i=1}^{m} 2(w x^{(i)} + b - y^{(i)}) x^{(i)}"
         r" = \frac{1}{m}\sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)}) x^{(i)}")
_BY_B = (r"\frac{\partial J}{\partial b} = \frac{1}{2m}\sum_{i=1}^{m} 2(w x^{(i)} + b - y^{(i)})"
         r" = \frac{1}{m}\sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})")


def _page(model: str) -> str:
    # line 3 the cost, line 7 the model's chain, lines 9 and 11 the derivations
    return (f"The cost:\n\n$${_COST}$$\n\nThe model, rewritten:\n\n$${model}$$\n\n$${_BY_W}$$\n\n$${_BY_B}$$\n")


def _derivations_hold() -> None:
    """∂J/∂w and ∂J/∂b of the page, each side, by sympy.diff of the cost at m = 3 examples."""
    w, b = sympy.symbols("w b")
    xs, ys = sympy.symbols("x1:4"), sympy.symbols("y1:4")
    m = 3
    cost = sympy.Rational(1, 2 * m) * sum((w * x + b - y) ** 2 for x, y in zip(xs, ys))
    by_w = [sympy.Rational(1, 2 * m) * sum(2 * (w * x + b - y) * x for x, y in zip(xs, ys)),
            sympy.Rational(1, m) * sum((w * x + b - y) * x for x, y in zip(xs, ys))]
    by_b = [sympy.Rational(1, 2 * m) * sum(2 * (w * x + b - y) for x, y in zip(xs, ys)),
            sympy.Rational(1, m) * sum(w * x + b - y for x, y in zip(xs, ys))]
    assert all(sympy.simplify(side - sympy.diff(cost, w)) == 0 for side in by_w)
    assert all(sympy.simplify(side - sympy.diff(cost, b)) == 0 for side in by_b)


def test_a_right_rewrite_of_an_unwritten_name_is_checked_and_the_page_read(tmp_path):
    _derivations_hold()  # the rewrite's second side is the sigmoid's definition, σ(t) = 1/(1 + e^{−t})
    code, ending, wrong, review = review_of_page(
        tmp_path, _page(r"p = \sigma(w x + b) = \frac{1}{1 + e^{-(w x + b)}}"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("line 7 defines p and rewrites it, a name no derivation on the page writes" in note
               for note in review["notes"])
    # both derivations are judged, each its steps listed
    assert {step["line"] for step in review["steps"]} >= {9, 11}


def test_a_wrong_rewrite_of_an_unwritten_name_is_wrong_at_its_line(tmp_path):
    _derivations_hold()
    t = sympy.Symbol("t")
    # 1/(1 − e^{−t}) is not the sigmoid: at t = 1 the two differ
    assert abs(float((1 / (1 + sympy.exp(-t)) - 1 / (1 - sympy.exp(-t))).subs(t, 1))) > 0.1
    code, ending, wrong, review = review_of_page(
        tmp_path, _page(r"p = \sigma(w x + b) = \frac{1}{1 - e^{-(w x + b)}}"))
    lemma_wrong = [step["line"] for lemma in review.get("lemmas", []) for step in lemma["steps"]
                   if step["valid"] is False]
    assert code == 1 and ending == "gradient" and wrong == [] and lemma_wrong[:1] == [7]


def test_an_unread_rewrite_keeps_the_page_refused(tmp_path):
    # z is defined nowhere: in the rewrite it would be a letter of its own, so the chain is not read and the page is
    # not judged on its derivations alone (a slip in the rewrite would go unchecked)
    result = steps_of_page(tmp_path, _page(r"p = \sigma(z) = \frac{1}{1 + e^{-z}}"))
    assert result.exit_code == 2
    assert "which one is checked?" in result.stderr and "line 7" in result.stderr
