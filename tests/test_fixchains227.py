"""fixchains2 (round 27): a boxed lemma chain is checked as a lemma, and an unwritten name's rewrite gets one note.

Real notes box a lemma's "key result" and rewrite it in the box (en_blog_bce_derivation_w_b_chain.md, line 44:
``\\boxed{\\frac{d\\sigma}{dz} = \\sigma(z) \\cdot (1 - \\sigma(z)) = \\hat{y} \\cdot (1 - \\hat{y})}``). The lemma finder
left every boxed display to the page, which set it aside "not read" beside the derivation (so a slip in the box passed
under "every step holds") or, beside a definition's chain, refused the page as several chains. A boxed chain of two
'=' or more that opens with a derivative of another expression than the cost is now a lemma, its box opened: each
side checked against the one before it, a slip wrong at its line. A boxed equation of one '=' is sorted as before.

A rewrite of a name no derivation writes (``p = \\sigma(w x + b) = \\frac{1}{1 + e^{-(w x + b)}}`` beside ∂J/∂w, ∂J/∂b,
tests/test_fixchains28.py) was noted three times on its line, two of them false: "line 7 is not part of the
derivation …, not read" (its rewrites are checked) and "p read as its first value in every line" (no line writes
p). Its line now gets the one true note. The mathematics is checked with sympy here, never against logderiv's output.
"""

from __future__ import annotations

import sympy

from _derivations_table import review_of_page, steps_of_page

_COST = (r"J(w,b) = -\frac{1}{m}\sum_{i=1}^{m} \left[y^{(i)} \log(\sigma(w x^{(i)} + b)) + (1-y^{(i)}) "
         r"\log(1-\sigma(w x^{(i)} + b))\right]")
_GRADIENT = (r"\frac{\partial J}{\partial w} = -\frac{1}{m}\sum_{i=1}^{m} \left[y^{(i)} (1-\sigma(w x^{(i)} + b)) x^{(i)}"
             r" - (1-y^{(i)}) \sigma(w x^{(i)} + b) x^{(i)}\right] = \frac{1}{m}\sum_{i=1}^{m} (\sigma(w x^{(i)} + b) - "
             r"y^{(i)}) x^{(i)}")


def _boxed_page(last: str) -> str:
    # line 3 the cost, line 7 the lemma's working, line 11 its boxed key result, line 15 the derivation
    return (f"The cost, for m examples:\n\n$${_COST}$$\n\nThe sigmoid's derivative:\n\n"
            r"$$\frac{d}{dz}\sigma(z) = \frac{d}{dz}\left[\frac{1}{1 + e^{-z}}\right] = \frac{e^{-z}}{(1 + e^{-z})^2}$$"
            "\n\n**Key result:**\n\n"
            rf"$$\boxed{{\frac{{d}}{{dz}}\sigma(z) = \frac{{e^{{-z}}}}{{(1 + e^{{-z}})^2}} = {last}}}$$"
            f"\n\nThe gradient:\n\n$${_GRADIENT}$$\n")


def _sigmoid_facts() -> tuple[sympy.Symbol, sympy.Expr, sympy.Expr]:
    """z, σ(z) and dσ/dz by sympy.diff; and the page's derivation holds, each side against ∂J/∂w at m = 3."""
    z, w, b = sympy.symbols("z w b")
    sigma = 1 / (1 + sympy.exp(-z))
    derivative = sympy.diff(sigma, z)
    assert sympy.simplify(derivative - sympy.exp(-z) / (1 + sympy.exp(-z)) ** 2) == 0
    xs, ys = sympy.symbols("x1:4"), sympy.symbols("y1:4")

    def s(x: sympy.Symbol) -> sympy.Expr:
        return 1 / (1 + sympy.exp(-(w * x + b)))

    cost = -sympy.Rational(1, 3) * sum(y * sympy.log(s(x)) + (1 - y) * sympy.log(1 - s(x)) for x, y in zip(xs, ys))
    sides = [-sympy.Rational(1, 3) * sum(y * (1 - s(x)) * x - (1 - y) * s(x) * x for x, y in zip(xs, ys)),
             sympy.Rational(1, 3) * sum((s(x) - y) * x for x, y in zip(xs, ys))]
    point = {w: 0.4, b: -0.3, **dict(zip(xs, (0.5, -1.2, 2.0))), **dict(zip(ys, (1, 0, 1)))}
    exact = float(sympy.diff(cost, w).subs(point))
    assert all(abs(float(side.subs(point)) - exact) < 1e-12 for side in sides)
    return z, sigma, derivative


def _lemma_steps(review: dict) -> list[tuple[int, bool]]:
    return [(step["line"], step["valid"]) for lemma in review.get("lemmas", []) for step in lemma["steps"]]


def test_a_boxed_key_result_is_checked_as_a_lemma_and_holds(tmp_path):
    z, sigma, derivative = _sigmoid_facts()
    assert sympy.simplify(derivative - sigma * (1 - sigma)) == 0  # σ′ = σ(1 − σ)
    code, ending, wrong, review = review_of_page(tmp_path, _boxed_page(r"\sigma(z) \cdot (1 - \sigma(z))"))
    assert (code, ending, wrong) == (0, "gradient", [])
    # the boxed chain is read: both of its later sides are steps of a lemma of line 11, each valid
    assert [valid for line, valid in _lemma_steps(review) if line == 11] == [True, True]
    assert any(note.startswith("line 11 is a chain of its own beside the derivation") for note in review["notes"])
    assert not any("line 11" in note and "not read" in note for note in review["notes"])


def test_a_slip_in_a_boxed_key_result_is_wrong_at_its_line(tmp_path):
    z, sigma, derivative = _sigmoid_facts()
    # σ(1 + σ) is not σ′: at z = 0.3 they differ by more than 0.5
    assert abs(float((derivative - sigma * (1 + sigma)).subs(z, 0.3))) > 0.5
    result = steps_of_page(tmp_path, _boxed_page(r"\sigma(z) \cdot (1 + \sigma(z))"), "-f", "json", "--timeout", "60")
    assert result.exit_code == 1, result.stderr
    import json

    review = json.loads(result.stdout)
    assert review["ending"] == "gradient"  # the derivation itself holds; the page is wrong in the box
    assert [line for line, valid in _lemma_steps(review) if not valid][:1] == [11]


_SQUARED = r"J(w,b) = \frac{1}{2m}\sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})^2"
_BY_W = (r"\frac{\partial J}{\partial w} = \frac{1}{2m}\sum_{i=1}^{m} 2(w x^{(i)} + b - y^{(i)}) x^{(i)}"
         r" = \frac{1}{m}\sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)}) x^{(i)}")
_BY_B = (r"\frac{\partial J}{\partial b} = \frac{1}{2m}\sum_{i=1}^{m} 2(w x^{(i)} + b - y^{(i)})"
         r" = \frac{1}{m}\sum_{i=1}^{m} (w x^{(i)} + b - y^{(i)})")
_UNWRITTEN = (f"The cost:\n\n$${_SQUARED}$$\n\nThe model, rewritten:\n\n"
              r"$$p = \sigma(w x + b) = \frac{1}{1 + e^{-(w x + b)}}$$" f"\n\n$${_BY_W}$$\n\n$${_BY_B}$$\n")


def _squared_error_holds() -> None:
    w, b, t = sympy.symbols("w b t")
    xs, ys = sympy.symbols("x1:4"), sympy.symbols("y1:4")
    cost = sympy.Rational(1, 6) * sum((w * x + b - y) ** 2 for x, y in zip(xs, ys))
    assert sympy.simplify(sympy.Rational(1, 3) * sum((w * x + b - y) * x for x, y in zip(xs, ys))
                          - sympy.diff(cost, w)) == 0
    assert sympy.simplify(sympy.Rational(1, 3) * sum(w * x + b - y for x, y in zip(xs, ys)) - sympy.diff(cost, b)) == 0
    assert sympy.simplify(1 / (1 + sympy.exp(-t)) - sympy.exp(t) / (1 + sympy.exp(t))) == 0  # σ's definition holds


def test_an_unwritten_names_rewrite_gets_one_true_note_in_json(tmp_path):
    _squared_error_holds()
    code, ending, wrong, review = review_of_page(tmp_path, _UNWRITTEN)
    assert (code, ending, wrong) == (0, "gradient", [])
    on_line_7 = [note for note in review["notes"] if "line 7" in note.split(":")[0] or note.startswith("line 7")]
    assert len(on_line_7) == 1 and "a name no derivation on the page writes" in on_line_7[0]
    assert not any("line 7 is not part of the derivation" in note for note in review["notes"])
    assert not any("p read as its first value" in note for note in review["notes"])


def test_an_unwritten_names_rewrite_gets_one_true_note_in_text(tmp_path):
    _squared_error_holds()
    result = steps_of_page(tmp_path, _UNWRITTEN, "--timeout", "60")
    assert result.exit_code == 0, result.stderr
    notes = [line for line in result.stdout.splitlines() if line.startswith("note:") and "line 7" in line]
    assert len(notes) == 1 and "rewrites checked as a chain of their own" in notes[0]


def test_an_unread_boxed_lemma_still_refuses(tmp_path):
    # \frac{d}{dz}q(z) of a q the page never defines: the boxed chain is a lemma that cannot be read, a worked chain
    # whose steps would go unchecked, so the page is refused at it rather than judged on the derivation alone
    _sigmoid_facts()
    page = _boxed_page(r"\sigma(z) \cdot (1 - \sigma(z))").replace(
        r"\boxed{\frac{d}{dz}\sigma(z)", r"\boxed{\frac{d}{dz}q(z)")
    result = steps_of_page(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2
    assert "line 11" in result.stderr
