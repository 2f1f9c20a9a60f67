"""fixcold5: cold reading of the written derivations of tests/derivations_cold5, family by family.

Each family is a way real notes are written; each test holds a real-shaped excerpt (its source named) and what
it must yield, worked out by hand, with near-variants that mean something else (a planted slip, another
layout), which must be caught, never read silently as right. The hand working is checked numerically below with
NumPy (central finite differences), never against logderiv:

* ridge with no ½ and no 1/n (ridge_notes_matrix_no_half.md): L(w) = ‖Xw − Y‖² + λ‖w‖², whose gradient is
  2XᵀXw − 2XᵀY + 2λw.
"""

from __future__ import annotations

import numpy

from _derivations_table import display as _display, review_of_page as _review, steps_of_page as _steps


def _numeric_gradient(cost, at):
    step = 1e-6
    return numpy.array([(cost(at + step * e) - cost(at - step * e)) / (2 * step) for e in numpy.eye(len(at))])


def test_the_hand_worked_ridge_gradient_by_finite_differences():
    generator = numpy.random.default_rng(5)
    X, Y, w, weight = generator.normal(size=(6, 3)), generator.normal(size=6), generator.normal(size=3), 0.7

    def cost(v):
        return (X @ v - Y) @ (X @ v - Y) + weight * v @ v

    assert numpy.allclose(_numeric_gradient(cost, w), 2 * X.T @ X @ w - 2 * X.T @ Y + 2 * weight * w, atol=1e-5)
    # the planted slip: λw for the penalty's 2λw is not the gradient
    assert not numpy.allclose(_numeric_gradient(cost, w), 2 * X.T @ X @ w - 2 * X.T @ Y + weight * w, atol=1e-3)


# -- a cost labelled with a word, its penalty λ‖w‖² and the derivative dL/dw, in matrix form -------------------------
# source: ridge_notes_matrix_no_half.md (public code index file 29282617643, English notes on linear models)

_RIDGE_COST = (
    r"\begin{align*}" "\n"
    r"    L_{\text{ridge}}(w) &= \left\| Xw - Y \right\|_2^2 + \lambda  \left\| w \right\|_2^2\\" "\n"
    r"                        &= (Xw - Y)^\top (Xw - Y) + \lambda w^\top w \\" "\n"
    r"                        &= w^\top X^\top X w - w^\top X^\top Y - Y^\top X w + Y^\top Y + \lambda w^\top w" "\n"
    r"\end{align*}"
)


def _ridge_page(last: str = r"2 X^\top X w - 2 X^\top Y + 2\lambda w", label: str = r"L_{\text{ridge}}",
                cost: str = _RIDGE_COST) -> str:
    derivation = (
        r"\begin{align*}" "\n"
        rf"\frac{{d {label}(w)}}{{d w}} &= X^\top X w + (w^\top X^\top X)^\top - X^\top Y - (Y^\top X)^\top "
        r"+ \lambda w + \lambda w \\" "\n"
        r"  &= X^\top X w + X^\top X w - X^\top Y - X^\top Y + 2\lambda w \\" "\n"
        rf"  &= {last}" "\n"
        r"\end{align*}"
    )
    return (r"Let's find the analytic solution of $L_{\text{ridge}}(w)$:" "\n\n" + _display(cost)
            + "\nNow we find the gradient of $L_{\\text{ridge}}(w)$ w\\.r.t $w$:\n\n" + _display(derivation))


def test_a_ridge_derivation_with_a_labelled_cost_is_read_to_the_gradient(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _ridge_page())
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("ridge" in note and "cost's name" in note for note in review["notes"])


def test_a_ridge_derivation_ending_with_half_the_penalty_is_wrong_on_that_line(tmp_path):
    # the penalty's derivative taken as λw on the last line: 2XᵀXw − 2XᵀY + λw (line 17 of the page)
    code, ending, wrong, _ = _review(tmp_path, _ridge_page(r"2 X^\top X w - 2 X^\top Y + \lambda w"))
    assert (code, ending, wrong) == (1, "wrong", [17])


def test_a_ridge_derivation_with_a_sign_slip_is_wrong_on_that_line(tmp_path):
    code, ending, wrong, _ = _review(tmp_path, _ridge_page(r"2 X^\top X w + 2 X^\top Y + 2\lambda w"))
    assert (code, ending, wrong) == (1, "wrong", [17])


def test_the_cost_rewritten_wrongly_is_caught_on_its_line(tmp_path):
    # the expansion's −2wᵀXᵀY written −wᵀXᵀY alone (line 7 of the page): the rewrite is not the cost
    slipped = _RIDGE_COST.replace(r"- Y^\top X w + Y^\top Y", r"+ Y^\top Y")
    code, ending, wrong, _ = _review(tmp_path, _ridge_page(cost=slipped))
    assert (code, wrong) == (1, [7])


def test_two_labelled_objectives_are_not_taken_for_one_cost(tmp_path):
    # L_{\text{OLS}} beside L_{\text{ridge}}: two objectives, which one is derived is not guessed
    page = _ridge_page(label=r"L_{\text{OLS}}")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2, result.output
    assert "line" in result.stderr and "^" in result.stderr
