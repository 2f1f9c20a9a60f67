r"""Code and notes from the f70 wave (issue 10, fixf70b): general readings behind its refused items, and their limits.

* a code name of the data matrix whose word says it was transformed (``X_transformed @ w``): the underscore joins
  the name (it is no subscript), and the one name multiplying the parameters is read as X, as ``X_poly`` was;
  ``Xtranspose`` (a transpose already taken) stays refused, and a joined name that is not read (``X_transformed``
  beside X) is refused as one name of code, not as X with an unknown index;
* Julia's reductions with the function first: ``sum(abs2, v)`` is Σ vᵢ² (``abs2(z)`` is |z|², z² for real z),
  ``sum(exp, v)`` is Σ exp(vᵢ), ``sum(x -> x ^ 2, v)`` is map's reading summed; ``sum(abs, v)`` stays refused (|z|
  has no derivative at 0);
* Goodfellow, Bengio & Courville's math_commands.tex macros: ``\vy``, ``\vw``, ``\vtheta`` (bold vectors) and
  ``\mX`` (a bold matrix) are the letters where the letter is a role logderiv knows; ``\vb``, ``\mI`` stay refused;
* a capital Λ right before a regulariser or a norm (``\Lambda R(\mathbf{w})``, ``\Lambda\|w\|^2``) is the
  penalty's strength, λ; after a transpose (``w^T \Lambda w``: a matrix), beside a written λ, or before a bare vector
  (an answer's ``2\Lambda w``) it is refused at the Λ;
* an intercept mask built by statements (a helper ``regularization_mask(d): mask = np.ones(d); mask[0] = 0.0``
  called by ``--let mask = regularization_mask(len(w))``, or ``mask = np.ones_like(w); mask[0] = 0`` on one line)
  is the mask (0, 1, …, 1); ``mask * w`` is w with its first entry zeroed, in a cost as in an answer, the same
  penalty as ``w[1:]``, ``np.r_[0, w[1:]]`` and ``reg_w = w.copy(); reg_w[0] = 0``; a mask used otherwise in a cost
  is refused with a hint.

Every expected gradient is a cost written here by hand in sympy, checked by ``_oracle.assert_gradient``
(sympy.diff and central finite differences of that cost); every verdict is worked out by hand in its docstring.
"""

from __future__ import annotations

import sympy
from _handcosts import assert_derives, dot, i, j, k, lam, n, noted_everywhere, over_examples, refused, w, y

from logderiv import check, derive

# ---------------------------------------------------------------- X_transformed (f70-ridgeobj)

RIDGEOBJ = "((y - X_transformed @ w).T @ (y - X_transformed @ w)) + ((w.T @ w) * lam)"


def _sse_ridge():
    """Σᵢ (yᵢ − wᵀxᵢ)² + λ Σₖ wₖ²: the ridge objective with no ½ and no mean."""
    return over_examples((y[i] - dot(w)) ** 2) + lam * sympy.Sum(w[k] ** 2, (k, 1, n))


def test_transformed_data_name_is_the_data_matrix_noted():
    """X_transformed is the only name multiplying w: read as X, the ridge objective's gradient by w_j."""
    derivation = derive(RIDGEOBJ, wrt="w_j")
    assert_derives(derivation, _sse_ridge(), w[j])
    noted_everywhere(derivation, "transformed is the code's name of the data matrix")  # Markdown escapes the _


def test_transformed_data_name_checks_answers():
    """By hand: ∇ = 2Xᵀ(Xw − y) + 2λw; without the data term's 2 it is not."""
    right = "((X_transformed.T @ (X_transformed @ w - y)) * 2) + (w * 2 * lam)"
    assert check(right, cost=RIDGEOBJ, wrt="w_j").verdict == "equivalent"
    slip = "(X_transformed.T @ (X_transformed @ w - y)) + (w * 2 * lam)"
    assert check(slip, cost=RIDGEOBJ, wrt="w_j").verdict == "different"


def test_transpose_name_stays_refused():
    """Xtranspose names Xᵀ already taken: never read as the data matrix."""
    refused(derive, "Xtranspose", "((y - Xtranspose @ w).T @ (y - Xtranspose @ w))", wrt="w_j")


# ---------------------------------------------------------------- Julia's sum(abs2, v) (f70-julia-ridge)

JULIA_RIDGE = "sum(abs2, X * w - y) / 2 + α * sum(abs2, w) / 2"


def _half_sse_ridge():
    """½ Σᵢ (wᵀxᵢ − yᵢ)² + (λ/2) Σₖ wₖ² (α, the ridge strength, is λ)."""
    return over_examples((dot(w) - y[i]) ** 2) / 2 + lam * sympy.Sum(w[k] ** 2, (k, 1, n)) / 2


def test_julia_sum_of_abs2_is_the_sum_of_squares_noted():
    """sum(abs2, v) is Σ vᵢ²: ½‖Xw − y‖² + (α/2)‖w‖², its gradient by w_j; both readings noted."""
    derivation = derive(JULIA_RIDGE, wrt="w_j")
    assert_derives(derivation, _half_sse_ridge(), w[j])
    noted_everywhere(derivation, "sum(f, v) applies f to each entry of v")
    noted_everywhere(derivation, "z² for a real z")


def test_julia_sum_of_abs2_checks_answers():
    """By hand: ∇ = Xᵀ(Xw − y) + αw (the ½ cancels the 2 of each square); 2αw doubles the penalty's part."""
    assert check("X' * (X * w - y) + α * w", cost=JULIA_RIDGE, wrt="w_j").verdict == "equivalent"
    assert check("X' * (X * w - y) + 2α * w", cost=JULIA_RIDGE, wrt="w_j").verdict == "different"


def test_julia_abs2_call_and_anonymous_sum():
    """abs2.(v) broadcast and sum(x -> x ^ 2, v) are the same squares: Σᵢ (wᵀxᵢ − yᵢ)² + Σ_{k≥2} wₖ²."""
    derivation = derive("sum(x -> x ^ 2, X * w - y) + sum(abs2.(w[2:end]))", wrt="w_j")
    expected = over_examples((dot(w) - y[i]) ** 2) + sympy.Sum(w[k] ** 2, (k, 2, n))
    assert_derives(derivation, expected, w[j])
    noted_everywhere(derivation, "z² for a real z")


def test_julia_sum_of_exp():
    """sum(exp, v) is Σ exp(vᵢ): the Poisson negative log-likelihood Σᵢ (e^{wᵀxᵢ} − yᵢ wᵀxᵢ)."""
    derivation = derive("sum(exp, X * w) - y' * (X * w)", wrt="w_j")
    assert_derives(derivation, over_examples(sympy.exp(dot(w)) - y[i] * dot(w)), w[j])
    noted_everywhere(derivation, "sum(f, v) applies f to each entry of v")


def test_julia_sum_of_abs_stays_refused():
    """sum(abs, v) is Σ|vᵢ|, not smooth: refused as abs is, never read as a square."""
    refused(derive, "'abs' is not supported", "sum(abs, X * w - y)", wrt="w_j")


def test_julia_sum_of_two_vectors_is_refused():
    """sum(abs2, u, v) is no one reading: refused at the sum, with the form that is read."""
    refused(derive, "sum(f, v) is read only with one function f and one vector v", "sum(abs2, X * w, y)", wrt="w_j")


# ---------------------------------------------------------------- math_commands.tex (f70-learning-machine)

SITE_MACROS = r"\loss(D) = \left(\vy - \mX\vw\right)^T (\vy - \mX\vw)"


def test_deep_learning_book_macros_are_their_letters_noted():
    r"""\vy, \mX, \vw are y, X, w: (y − Xw)ᵀ(y − Xw) = Σᵢ (yᵢ − wᵀxᵢ)², its gradient by w_j."""
    derivation = derive(SITE_MACROS, wrt="w_j")
    assert_derives(derivation, over_examples((y[i] - dot(w)) ** 2), w[j])
    noted_everywhere(derivation, "the bold vector y of Goodfellow, Bengio")


def test_deep_learning_book_theta_checks_answers():
    r"""By hand: ∇ of (1/2m)‖Xθ − y‖² is (1/m)Xᵀ(Xθ − y); with (y − Xθ) it is the negative."""
    cost = r"\frac{1}{2m}\|\mX\vtheta - \vy\|^2"
    assert check(r"\frac{1}{m}\mX^T(\mX\vtheta - \vy)", cost=cost).verdict == "equivalent"
    assert check(r"\frac{1}{m}\mX^T(\vy - \mX\vtheta)", cost=cost).verdict == "different"


def test_deep_learning_book_other_letters_stay_refused():
    r"""\vb (a bias vector) and \mI (the identity) are not logderiv's roles: refused as the source's own macros."""
    refused(derive, r"unknown command '\vb'", r"\|\mX\vw - \vb\|^2", wrt="w_j")
    refused(derive, r"\mI", r"\vw^T \mI \vw", wrt="w_j")


# ---------------------------------------------------------------- a capital Λ weighing a penalty (f70-middcs)

MIDDCS = (r"L(\mathbf{w}) = \frac{1}{n} \sum_{i=1}^n \ell(\langle \mathbf{w}, \mathbf{x}_i\rangle, y_i) + "
          r"\Lambda R(\mathbf{w})")
MIDDCS_LETS = (r"\ell(\langle \mathbf{w}, \mathbf{x}_i\rangle, y_i) = \frac{1}{2}(\langle \mathbf{w}, \mathbf{x}_i"
               r"\rangle - y_i)^2", r"R(\mathbf{w}) = 0")


def test_capital_lambda_before_a_regulariser_is_its_strength_noted():
    """Λ R(w) with R = 0: (1/m) Σᵢ ½(wᵀxᵢ − yᵢ)², the unregularised least squares of the page's choices."""
    from _handcosts import m

    derivation = derive(MIDDCS, wrt="w_j", let=MIDDCS_LETS)
    assert_derives(derivation, over_examples((dot(w) - y[i]) ** 2 / 2) / m, w[j])
    noted_everywhere(derivation, "capital Λ) weighs the penalty right after it")


def test_capital_lambda_before_a_norm_is_lambda():
    """‖Xw − y‖² + Λ‖w‖²: Λ is λ, so ∂/∂w_j is 2Σᵢ(wᵀxᵢ − yᵢ)xᵢⱼ + 2λwⱼ (checked against sympy's derivative)."""
    derivation = derive(r"\|Xw - y\|^2 + \Lambda \|w\|^2", wrt="w_j")
    assert_derives(derivation, over_examples((dot(w) - y[i]) ** 2) + lam * sympy.Sum(w[k] ** 2, (k, 1, n)), w[j])
    # an answer's Λw may be a matrix times w (the gradient of wᵀΛw/2): refused, a miss rather than a guess
    refused(check, r"'\Lambda' is read only as the strength of a penalty", r"2X^T(Xw - y) + 2\Lambda w",
            cost=r"\|Xw - y\|^2 + \Lambda \|w\|^2", wrt="w_j")


def test_capital_lambda_as_a_matrix_or_beside_lambda_is_refused():
    """wᵀΛw (Λ a matrix between two vectors) and Λ beside a written λ (two quantities) are refused at the Λ."""
    refused(derive, r"'\Lambda' is read only as the strength of a penalty", r"\|Xw - y\|^2 + w^T \Lambda w",
            wrt="w_j")
    refused(derive, r"'\Lambda' is read only as the strength of a penalty",
            r"\|Xw - y\|^2 + \lambda\|w\|^2 + \Lambda \|w\|^2", wrt="w_j")


# ---------------------------------------------------------------- an intercept mask built by statements (f70-polyobj)

POLY_RIDGE = "0.5 * np.mean((X @ w - y) ** 2) + 0.5 * lam * float(np.sum((mask * w) ** 2))"
HELPER_LETS = ("mask = regularization_mask(len(w))",
               "regularization_mask(d): mask = np.ones(d); mask[0] = 0.0  # do not regularize intercept")


def _half_mse_ridge_without_intercept():
    """(1/2m) Σᵢ (wᵀxᵢ − yᵢ)² + (λ/2) Σ_{k≥2} wₖ² (w₁, the intercept's, not penalised)."""
    from _handcosts import m

    return over_examples((dot(w) - y[i]) ** 2) / (2 * m) + lam / 2 * sympy.Sum(w[k] ** 2, (k, 2, n))


def test_mask_helper_of_statements_leaves_the_intercept_out_noted():
    """A helper's lines (np.ones(d), then entry 0 set to 0) called by --let mask = F(len(w)): mask * w is w with w₁
    zeroed, so the penalty is over k ≥ 2 (sympy's derivative of the hand-written cost)."""
    derivation = derive(POLY_RIDGE, wrt="w_j", let=HELPER_LETS)
    assert_derives(derivation, _half_mse_ridge_without_intercept(), w[j])
    noted_everywhere(derivation, "regularization")  # the helper's reading (Markdown escapes its underscore)
    noted_everywhere(derivation, "multiplies w entry by entry by the mask (0, 1, …, 1)")


def test_mask_in_statements_of_one_let_and_the_other_spellings():
    """mask = np.ones_like(w); mask[0] = 0 as one --let (w * mask too), w[1:], np.r_[0, w[1:]] and a zeroed copy
    reg_w = w.copy(); reg_w[0] = 0 are one penalty: the same gradient by w_j."""
    head = "0.5 * np.mean((X @ w - y) ** 2) + 0.5 * lam * "
    for penalty, lets in (("np.sum((w * mask) ** 2)", ("mask = np.ones_like(w); mask[0] = 0",)),
                          ("np.sum((mask * w) ** 2)", ("mask = np.ones(w.shape); mask[0] = 0.0  # intercept",)),
                          ("np.sum(w[1:] ** 2)", ()),
                          ("np.sum(np.r_[0, w[1:]] ** 2)", ()),
                          ("np.sum(reg_w ** 2)", ("reg_w = w.copy(); reg_w[0] = 0  # no penalty on the intercept",))):
        derivation = derive(head + penalty, wrt="w_j", let=lets)
        assert_derives(derivation, _half_mse_ridge_without_intercept(), w[j])


def test_mask_gradient_answers():
    """By hand: ∇ = Xᵀ(Xw − y)/m + λ·[0; w₂ … wₙ]; λw (the intercept penalised too) differs in entry 1 by λw₁."""
    lets = ("mask = np.ones_like(w); mask[0] = 0",)
    right = "X.T @ (X @ w - y) / X.shape[0] + lam * mask * w"
    assert check(right, cost=POLY_RIDGE, wrt="w_j", let=lets).verdict == "equivalent"
    wrong = "X.T @ (X @ w - y) / X.shape[0] + lam * w"
    assert check(wrong, cost=POLY_RIDGE, wrt="w_j", let=lets).verdict == "different"


def test_mask_used_otherwise_in_a_cost_is_refused():
    """mask * w ** 2 (the mask times the squares) is not read in a cost: refused naming the mask, with a hint."""
    refused(derive, "a cost reads it only as a factor of the parameter vector entry by entry",
            "0.5 * np.mean((X @ w - y) ** 2) + 0.5 * lam * np.sum(mask * w ** 2)", wrt="w_j",
            let=("mask = np.ones_like(w); mask[0] = 0",))


def test_mask_zeroing_another_entry_is_refused():
    """mask[1] = 0 zeroes the second entry, no intercept's mask: the let stays refused."""
    refused(derive, "sets some entries of mask", POLY_RIDGE, wrt="w_j", let=("mask = np.ones_like(w); mask[1] = 0",))


def test_joined_code_name_beside_x_is_refused_as_one_name():
    """X_transformed beside X: two matrices, not read; refused as one name of code, not as X with an index 't'."""
    error = refused(derive, "'X_transformed' is one name of code",
                    "np.sum((X_transformed @ w - y)**2) + np.sum((X @ w - y)**2)", wrt="w_j")
    assert "unknown index" not in str(error)


def test_helper_call_puts_its_argument_in_brackets():
    """def f(x): y = x**2; return y called as h = f(X @ w - y) is h = (X @ w − y)**2, not X @ w − y**2:
    Σᵢ (wᵀxᵢ − yᵢ)², its gradient by w_j."""
    derivation = derive("np.sum(h)", wrt="w_j", let=("h = f(X @ w - y)", "def f(x): y = x**2; return y"))
    assert_derives(derivation, over_examples((dot(w) - y[i]) ** 2), w[j])
    noted_everywhere(derivation, "is those lines with x = X @ w - y")
