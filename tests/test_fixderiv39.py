"""Issue 10, fixderiv39: derivation pages of cold41 that were refused, read by the convention each page writes.

1. A cost named Q: Russian course notes (Vorontsov's school) name the error functional Q(w). A page that defines
   Q(w) = … and differentiates it by the parameter at the head of a later line (∂/∂w Q(w) = …) names the cost Q, as
   Bishop's E, Nielsen's C and a risk R are read: Q is read as J, the cost its definition gives, and a note says so.
   Q is no cost where it is a matrix (wᵀQw), Q-learning's Q(s, a), or a name beside the reader's L (the guard).
2. A term-by-term lemma ∂/∂w[yᵀy] = 0 in matrix form: the term holds no w, the derivative names it (the lemma's
   parameter), and the 0 alone after a derivative by the vector is the zero vector (n×1), as ∇J = 0 is read — noted.
   The 0 is not read so after a value (−2Xᵀy + XᵀXw = 0, the first-order condition's business).

Expected results are worked out by hand and checked here by finite differences, never copied from logderiv.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from logderiv.notation.cost_names import cost_named_otherwise
from _derivations_table import outcome_of, review_of_page, steps_of_page
from _numeric import central_differences

HERE = Path(__file__).parent
COLD41 = HERE / "derivations_cold41"

# source: public code index file 26670316658 (a Russian Jupyter notebook on linear regression exported as a Python
# script, the cell "## Вывод для многомерного случая"), as tests/derivations_cold41/ru_notebook_…md holds it (lines
# 5-25, verbatim)
RUSSIAN = r"""## Вывод для многомерного случая

хотим найти наилучшие параметры модели $a(x) = \langle w, x \rangle$ с точки зрения минимизации функции ошибки

$$Q(w) = (y - Xw)^T(y - Xw).$$

Выпишем градиент функции ошибки по $w$

$$\frac{\partial}{\partial w} Q(w) = \frac{\partial}{\partial w}[y^Ty - y^TXw - w^TX^Ty + w^TX^TXw].$$

Продифференцируем каждое слагаемое отдельно.

$$\frac{\partial}{\partial w}\bigg[y^Ty\bigg] = 0$$

$$\frac{\partial}{\partial w}\bigg[ - y^TXw\bigg] = - X^Ty$$

$$\frac{\partial}{\partial w}\bigg[ - w^TX^Ty\bigg] = - X^Ty$$

$$\frac{\partial}{\partial w}\bigg[w^TX^TXw\bigg] = (X^TX + X^TX)w$$

Получаем уравнение

$$\frac{\partial}{\partial w} Q(w) = -2X^Ty + 2X^TXw = 0$$
"""


def _data(seed: int = 39, m: int = 6, n: int = 3):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n)


def test_the_hand_results_hold_by_finite_differences():
    # Q(w) = (y − Xw)ᵀ(y − Xw): ∇Q = −2Xᵀy + 2XᵀXw; ∂/∂w[wᵀXᵀXw] = 2XᵀXw, not XᵀXw (the planted copy's); yᵀy: 0
    X, y, w = _data()
    assert np.allclose(central_differences(lambda v: (y - X @ v) @ (y - X @ v), w), -2 * X.T @ y + 2 * X.T @ X @ w,
                       atol=1e-5)
    assert np.allclose(central_differences(lambda v: v @ X.T @ X @ v, w), 2 * X.T @ X @ w, atol=1e-5)
    assert not np.allclose(X.T @ X @ w, 2 * X.T @ X @ w)
    assert np.allclose(central_differences(lambda v: y @ y + 0 * v.sum(), w), np.zeros(3))


def test_the_russian_notebook_and_its_planted_copy_are_judged_as_their_rows_say():
    # expected.txt: the page gradient, no wrong line; the planted copy (∂(wᵀXᵀXw)/∂w = XᵀXw) wrong at line 21
    assert outcome_of(COLD41, "ru_notebook_q_w_expand_four_terms_then_set_zero.md") == ("right", "")
    assert outcome_of(COLD41, "ru_notebook_q_w_expand_four_terms_then_set_zero_planted_constant.md") == ("right", "")


def test_the_page_reads_q_as_the_cost_and_the_zero_as_the_zero_vector_with_notes(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, RUSSIAN)
    assert (code, ending, wrong) == (0, "gradient", [])
    notes = " ".join(review["notes"])
    assert "Q names the cost: line 5 defines it and line 9 differentiates it by a parameter" in notes
    assert "line 13: the 0 alone after a derivative by the vector w is read as the zero vector (n×1)" in notes


def test_a_term_by_term_lemma_whose_derivative_is_not_zero_is_still_wrong(tmp_path):
    # ∂/∂w[wᵀw] = 2w, not the zero vector: the 0 read as a vector must not make a false step right
    page = RUSSIAN.replace(r"\bigg[y^Ty\bigg] = 0", r"\bigg[w^Tw\bigg] = 0")
    X, y, w = _data(seed=7)
    assert not np.allclose(central_differences(lambda v: v @ v, w), 0)
    code, _ending, _wrong, review = review_of_page(tmp_path, page)
    lemma_wrong = [step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if step["valid"] is False]
    assert code == 1 and lemma_wrong == [13]


def test_a_wrong_gradient_set_to_zero_is_not_read_as_the_zero_vector_step(tmp_path):
    # −2Xᵀy + XᵀXw = 0 after a value (not a derivative): the guard leaves the 0 to the first-order condition's reading
    page = RUSSIAN.replace(r"-2X^Ty + 2X^TXw = 0", r"-2X^Ty + X^TXw = 0")
    _code, ending, wrong, review = review_of_page(tmp_path, page)
    assert ending == "wrong" and wrong == [23]
    assert not any("line 23: the 0 alone" in note for note in review["notes"])


def test_q_is_renamed_only_where_the_page_defines_and_differentiates_it():
    text = "$$Q(w) = (y - Xw)^T(y - Xw)$$\n$$\\frac{\\partial}{\\partial w} Q(w) = -2X^Ty + 2X^TXw$$\n"
    renamed, said = cost_named_otherwise(text)
    assert renamed == text.replace("Q(w)", "J(w)") and len(said) == 1 and said[0].startswith("Q names the cost")


def test_near_misses_keep_q_as_written():
    # Q-learning's Q(s, a), differentiated by w: its argument is no parameter
    q_learning = "$$Q(s, a) = r + \\gamma Q(s', a')$$\n$$\\frac{\\partial}{\\partial w} Q(s, a) = \\phi(s, a)$$\n"
    # a matrix Q in a quadratic form: never differentiated as a name at a line's head
    quadratic = "$$Q = X^TX$$\n$$\\frac{\\partial}{\\partial w} w^TQw = 2Qw$$\n"
    # Q beside the reader's own L (a penalty's lemma, as R is)
    beside_l = "$$L(w) = \\|y - Xw\\|^2 + Q(w)$$\n$$Q(w) = w^Tw$$\n$$\\frac{\\partial Q}{\\partial w} = 2w$$\n"
    # the page writes J itself
    with_j = "$$J(w) = Q(w)$$\n$$Q(w) = w^Tw$$\n$$\\frac{\\partial}{\\partial w} Q(w) = 2w$$\n"
    # Q differentiated but never defined before
    undefined = "$$\\frac{\\partial}{\\partial w} Q(w) = 2w$$\n$$Q(w) = w^Tw$$\n"
    for text in (q_learning, quadratic, beside_l, with_j, undefined):
        assert cost_named_otherwise(text) == (text, []), text


def test_a_page_still_refused_says_where(tmp_path):
    # a matrix line writing Q where Q is no cost the page defines: refused with its position, never a traceback
    page = "$$J(w) = (y - Xw)^T(y - Xw)$$\n$$\\frac{\\partial}{\\partial w} J(w) = -2X^Ty + 2Qw$$\n"
    result = steps_of_page(tmp_path, page)
    assert result.exit_code == 2
    assert "line 2" in result.stderr and "'Q' is not read" in result.stderr
