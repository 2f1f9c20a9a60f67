r"""LaTeX and plain odds and ends (issue 10, third wave): each reading against a spelling already read.

As in ``test_latex_odds.py``: the odd spelling and an equivalent one that
logderiv already reads build to the same cost (no output of logderiv is pasted
in), with the note it must print; every refusal by its message and caret column.
"""

from __future__ import annotations

import pytest

from logderiv import check
from logderiv.errors import InputError
from logderiv.notation import read_problem

_SQUARED = r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^\top x^{(i)} - y^{(i)})^2"
_LOGISTIC = r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log\sigma(\theta^\top x^{(i)}) + (1-y^{(i)})\log(1-\sigma(\theta^\top x^{(i)}))\right]"


def _same_cost(odd: str, plain: str, note: str | None, *, wrt: str = "theta_j", lets: tuple[str, ...] = ()) -> None:
    read = read_problem(odd, wrt=wrt, lets=lets)
    known = read_problem(plain, wrt=wrt, lets=lets)
    assert read.cost == known.cost
    assert read.wrt == known.wrt
    if note is not None:
        assert any(note in said for said in read.notes), read.notes


def _refused(text: str, message: str, column: int, *, wrt: str = "theta_j", lets: tuple[str, ...] = ()) -> None:
    with pytest.raises(InputError) as caught:
        read_problem(text, wrt=wrt, lets=lets)
    assert message in str(caught.value), str(caught.value)
    assert caught.value.column == column - 1, str(caught.value)  # columns are shown from 1


@pytest.mark.parametrize(
    ("odd", "plain"),
    [
        (r"\frac{1}{2m}\sum_{i=1}^{m}(\theta^\top \mathbf{x^{(i)}} - y^{(i)})^2", _SQUARED),
        (r"\frac{1}{2m}\sum_{i=1}^{m}(\boldsymbol{\theta^\top x^{(i)}} - y^{(i)})^2", _SQUARED),
        (r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log\frac{1}{1+e^{\mathbf{-\theta^\top x^{(i)}}}}"
         r" + (1-y^{(i)})\log(1-\frac{1}{1+e^{\mathbf{-\theta^\top x^{(i)}}}})\right]", _LOGISTIC),
    ],
)
def test_bold_over_an_expression_is_typography(odd, plain):
    r"""``\mathbf{x^{(i)}}``, ``\mathbf{-\theta^\top x}``: bold over an expression reads as its braces."""
    _same_cost(odd, plain, None)


@pytest.mark.parametrize(
    ("text", "column"),
    [
        (r"\frac{1}{2m}\sum_{i=1}^{m}(\mathbf{XW} - y^{(i)})^2", 36),  # one name or a product?
        (r"\mathbf{12} + \theta_1", 9),  # a vector of a number
        (r"\mathcal{x^{(i)}} + \theta_1", 10),  # a calligraphic expression is not bold type
    ],
)
def test_bold_over_a_word_or_number_is_refused(text, column):
    """Bold over a bare word or a number stays a refusal: it may name one quantity."""
    _refused(text, "must hold one letter", column)


@pytest.mark.parametrize(
    ("odd", "plain", "note"),
    [
        ("J(theta) = (1/2m) * (X * theta — y)^T * (X * theta — y)",
         "J(theta) = (1/2m) * (X * theta - y)^T * (X * theta - y)", "an em dash (—) is read as a minus sign"),
        ("(1/2m) * sum_i (theta^T x^(i) – y^(i))^2", "(1/2m) * sum_i (theta^T x^(i) - y^(i))^2",
         "an en dash (–) is read as a minus sign"),
    ],
)
def test_a_dash_in_plain_text_is_a_minus(odd, plain, note):
    """Plain text as blogs publish it: a dash typed for a minus, noted."""
    _same_cost(odd, plain, note)


_RIDGE = "(y - X*w)^T (y - X*w) + lambda * ||w||^2"


@pytest.mark.parametrize(
    ("odd", "note"),
    [
        ("||y - X*w||^2_2 + lambda * ||w||^2_2", "read in matrix form: ‖y − Xw‖²"),
        ("||y - X*w||_2^2 + lambda * ||w||_2^2", "read in matrix form: ‖y − Xw‖²"),
        ("||y - Xw||^2 + lambda * ||w||^2", "'Xw' is read as X·w, the data matrix times w"),
        ("‖Y - X w‖^2 + λ‖w‖^2", "Y is read as y, the m×1 vector of labels"),
        ("||y - Xw||^2_2 + alpha * ||w||^2_2", "α (alpha), the weight of the penalty, is read as λ"),
    ],
)
def test_ridge_as_libraries_write_it(odd, note):
    """scikit-learn's ``||y - Xw||^2_2 + alpha * ||w||^2_2`` and its spellings: the ridge cost, noted."""
    _same_cost(odd, _RIDGE, note, wrt="w_j")


def test_xtheta_glued_is_the_product():
    """``Xtheta`` is X·θ, as ``Xw`` is X·w."""
    _same_cost("(1/2m) * (Xtheta - y)^T (Xtheta - y)", "(1/2m) * (X*theta - y)^T (X*theta - y)",
               "'Xtheta' is read as X·theta")


def test_alpha_elsewhere_stays_alpha():
    """α that weighs no penalty (a factor inside the error), or beside a written λ, is a quantity of its own."""
    from logderiv.notation.conventions import ALPHA_NOTE

    inside = read_problem("(1/2m) sum_i (alpha*theta^T x^(i) - y^(i))^2", wrt="theta_j")
    assert ALPHA_NOTE not in inside.notes
    # an α of its own is a constant nothing defines, and said so (notation.free_constants)
    assert any(note.startswith("alpha is not defined, so read as a constant") for note in inside.notes)
    both = read_problem("(1/2m) sum_i (theta^T x^(i) - y^(i))^2 + alpha * sum_j theta_j^2 + lambda * theta_1",
                        wrt="theta_j")
    assert ALPHA_NOTE not in both.notes
    assert read_problem(_RIDGE, wrt="w_j").cost != read_problem(
        "(y - X*w)^T (y - X*w) + alpha * ||w||^2 + 0 * lambda", wrt="w_j").cost


def test_check_reads_the_answers_alpha_as_the_costs():
    """When the cost's α is λ, so is the answer's: the right gradient is equivalent, a halved one is not."""
    cost = "||y - Xw||^2_2 + alpha * ||w||^2_2"
    right = check("-2 sum_i (y^(i) - w^T x^(i)) x_j^(i) + 2 alpha w_j", cost=cost, wrt="w_j")
    assert right.verdict == "equivalent"
    assert any("read as λ" in note for note in right.notes)
    halved = check("-2 sum_i (y^(i) - w^T x^(i)) x_j^(i) + alpha w_j", cost=cost, wrt="w_j")
    assert halved.verdict == "different"


@pytest.mark.parametrize(
    ("text", "message", "column"),
    [
        ("‖Y - X w‖^2 + λ‖w‖^2 + y", "'Y' beside 'y'", 2),
        ("||y - Xv||^2 + theta_1", "unknown name 'Xv'", 7),
        ("||y - x||^2 + theta_1", "a norm is read only of a parameter vector", 1),
    ],
)
def test_plain_norms_refused(text, message, column):
    """A norm of what holds no X, a glued word that is no X·parameter, Y beside y: refused, the caret under it."""
    _refused(text, message, column, wrt="w_j" if "w" in text else "theta_1")


def test_a_later_sum_over_the_same_letter_binds_it_anew():
    r"""``\sum_{i=1}^{m} (… x^i …)^2 + \frac{\lambda}{2}\sum_{i=1}^{n}\theta_i^2``: i is the example in the first sum.

    The second sum reuses i as a feature index; the first sum's role is decided by
    what it covers, not by the θ_i of the sum after it.
    """
    _same_cost(
        r"\frac{1}{2}\sum_{i=1}^{m}(\theta^\top x^i - y^i)^2 + \frac{\lambda}{2}\sum_{i=1}^{n}\theta_i^2",
        r"\frac{1}{2}\sum_{i=1}^{m}(\theta^\top x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2}\sum_{j=1}^{n}\theta_j^2",
        "x^i is read as x^{(i)}, the i-th example",
    )


def test_x_to_the_i_outside_a_sum_stays_refused():
    """Outside every sum over i, ``x^i`` is still a power or an example: refused."""
    _refused(r"\frac{\lambda}{2}\sum_{i=1}^{n}\theta_i^2 + x^i", "there is no sum over i around it", 46)


@pytest.mark.parametrize(
    ("odd", "plain"),
    [
        (r"\frac{1}{2m}\sum_{i=1}^{m}(\omega^\top x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\sum_{j=1}^{n}\omega_j^2",
         r"\frac{1}{2m}\sum_{i=1}^{m}(w^\top x^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\sum_{j=1}^{n}w_j^2"),
        ("(1/2m) sum_i (ω^T x^(i) - y^(i))^2 + λ/(2m) sum_j omega_j^2",
         "(1/2m) sum_i (w^T x^(i) - y^(i))^2 + λ/(2m) sum_j w_j^2"),
    ],
)
def test_omega_is_the_weights_when_no_w_is_written(odd, plain):
    """``\\omega_j`` in a text that writes no w is wⱼ, noted."""
    _same_cost(odd, plain, "ω (omega) is read as w", wrt="w_j")


def test_omega_beside_w_is_not_renamed():
    """Beside a written w, ω is never renamed: refused at the ω, as before (since audit57 because one vector or two is
    not said, where before because only θ, w, x carry a feature index)."""
    _refused(r"\frac{\lambda}{2m}\sum_{j=1}^{n}w_j^2 + \omega_1", "ω and w are both written", 41, wrt="w_j")


def test_check_reads_an_answers_omega_as_w():
    """An answer's ω_j is the cost's w_j: λ/m ω_j is the penalty's derivative, nλ/m ω_j is not."""
    cost = r"\frac{\lambda}{2 m}\sum_{j=1}^n w_j^2"
    right = check(r"\frac{\lambda}{m}\omega_j", cost=cost, wrt="w_j")
    assert right.verdict == "equivalent"
    assert any("ω (omega) is read as w" in note for note in right.notes)
    assert check(r"\frac{n\lambda}{m}\omega_j", cost=cost, wrt="w_j").verdict == "different"


@pytest.mark.parametrize(
    ("odd", "plain", "wrt"),
    [
        (r"-\sum_{i=1}^{m}\Bigl[y^{(i)}\log\sigma^{(i)} + \bigl(1-y^{(i)}\bigr)\log\bigl(1-\sigma^{(i)}\bigr)\Bigr]",
         r"-\sum_{i=1}^{m}\Bigl[y^{(i)}\log\sigma(\theta^\top x^{(i)}) + (1-y^{(i)})\log(1-\sigma(\theta^\top x^{(i)}))\Bigr]",
         "theta_j"),
        (r"\frac{1}{2m}\sum_{i=1}^{m}(\sigma^{(i)} - y^{(i)})^2 + \frac{\lambda}{2m}\sum_{j=1}^{n}w_j^2 + b",
         r"\frac{1}{2m}\sum_{i=1}^{m}(\sigma(w^\top x^{(i)} + b) - y^{(i)})^2 + \frac{\lambda}{2m}\sum_{j=1}^{n}w_j^2 + b",
         "w_j"),
    ],
)
def test_sigma_of_example_i_is_the_predicted_probability(odd, plain, wrt):
    r"""``\sigma^{(i)}`` alone is σ(θᵀx⁽ⁱ⁾) — σ of the parameters the text writes (w, + b) — even in a squared error."""
    _same_cost(odd, plain, "is read as σ(", wrt=wrt)


@pytest.mark.parametrize(
    ("text", "message", "column"),
    [
        (r"\sum_{i=1}^{m}\log\sigma^{(i)}(z) + \theta_1", "applied to an argument is not read", 31),
        (r"\sum_{i=1}^{m}\log\sigma^{(i)} + \theta_1 + w_1", "σ of which parameters", 19),
    ],
)
def test_sigma_of_example_i_refused(text, message, column):
    r"""``\sigma^{(i)}(z)`` and σ⁽ⁱ⁾ beside two parameter vectors: refused, the caret under it."""
    _refused(text, message, column, wrt="theta_1")


def test_hat_over_a_bold_letter_is_the_hat_of_the_letter():
    r"""``\hat{\mathbf{p}}_i`` is ``\hat{p}_i``, the prediction; ``\hat{\mathbf{x}}`` stays refused."""
    _same_cost(r"-\sum_{i=1}^{m}\left[y^{(i)}\log\hat{\mathbf{p}}_i + (1-y^{(i)})\log(1-\hat{\boldsymbol p}_i)\right]",
               r"-\sum_{i=1}^{m}\left[y^{(i)}\log\hat{p}_i + (1-y^{(i)})\log(1-\hat{p}_i)\right]",
               r"\hat{\mathbf{p}} is read as the prediction h")
    _refused(r"\hat{\mathbf{x}} + \theta_1", r"'\hat{\mathbf{x}}' is not read", 1, wrt="theta_1")


@pytest.mark.parametrize(
    ("odd", "plain"),
    [
        (r"\frac{1}{2N}\sum_{n=1}^{N}(w^\top x_n - t_n)^2", r"\frac{1}{2N}\sum_{n=1}^{N}(w^\top x_n - y_n)^2"),
        (r"\frac{1}{2N}\sum_i ((w^\top x^{(i)} + b) - t^{(i)})^2", r"\frac{1}{2N}\sum_i ((w^\top x^{(i)} + b) - y^{(i)})^2"),
        ("(1/2m) sum_i (w^T x^(i) - t^(i))^2", "(1/2m) sum_i (w^T x^(i) - y^(i))^2"),
        ("(1/2m) sum_i (w^T x^(i) - t_i)^2", "(1/2m) sum_i (w^T x^(i) - y_i)^2"),
    ],
)
def test_t_with_the_example_index_is_the_target(odd, plain):
    """Bishop's and CSC's ``t_n``, ``t^{(i)}``, when no y is written: the target y, noted."""
    _same_cost(odd, plain, "t is read as y, the target", wrt="w_j")


def test_t_without_the_example_or_beside_y_stays_t():
    """``t^2`` is a power of a constant t; beside a written y, t is a quantity of its own: no note, no renaming."""
    for text in ("(1/2m) sum_i (w^T x^(i) - 3)^2 + t^2", r"\frac{1}{2m}\sum_{i=1}^{m}(w^\top x^{(i)} - 1)^2 + t^2",
                 "(1/2m) sum_i (w^T x^(i) - y^(i))^2 + t_1"):
        try:
            read = read_problem(text, wrt="w_j")
        except InputError:
            continue
        assert not any("t is read as y" in note for note in read.notes), text


def test_check_reads_t_as_the_target_in_cost_and_answer():
    """CSC's ∂E/∂b = (1/N) Σ ((w x⁽ⁱ⁾ + b) − t⁽ⁱ⁾) against the cost in t: equivalent; t's sign flipped: different."""
    cost = r"\mathcal{E}(w, b) = \frac{1}{2N}\sum_i ((w x^{(i)} + b) - t^{(i)})^2"
    assert check(r"\frac{1}{N}\sum_i ((w x^{(i)} + b) - t^{(i)})", cost=cost, wrt="b").verdict == "equivalent"
    flipped = check(r"\frac{1}{N}\sum_i x^{(i)}((w x^{(i)} + b) + t^{(i)})", cost=cost, wrt="w")
    assert flipped.verdict == "different"


def test_a_text_word_where_a_factor_stands_is_refused():
    r"""``0.5 \cdot \text{scale} \cdot \|w\|^2``: dropping the word as a remark would leave ``\cdot \cdot``; refused.

    (A word that names the regularisation strength, ``\text{l2reg}``, is read as λ: tests/test_math_text.py.)
    """
    _refused(r"\frac{1}{2m}\|Xw - y\|_2^2 + 0.5 \cdot \text{scale} \cdot \|w\|_2^2",
             "stands where a factor does", 40, wrt="w_j")


def test_a_text_word_defined_by_let_is_the_name():
    r"""With ``--let 'reg = lambda'`` the word ``\text{reg}`` is that name: the same cost as λ written."""
    _same_cost(r"\frac{1}{2m}\|Xw - y\|_2^2 + 0.5 \cdot \text{reg} \cdot \|w\|_2^2",
               r"\frac{1}{2m}\|Xw - y\|_2^2 + 0.5 \cdot reg \cdot \|w\|_2^2", None, wrt="w_j", lets=("reg = lambda",))


def test_capital_x_and_y_with_the_example_index_are_the_example():
    r"""``Y_i \beta^T X_i`` where X is never the whole data matrix and no x, y is written: x⁽ⁱ⁾ and y⁽ⁱ⁾, noted."""
    odd = r"\sum_{i=1}^{m}\left[Y_i \beta^T X_i - \log(1 + e^{\beta^T X_i})\right]"
    plain = r"\sum_{i=1}^{m}\left[y_i \beta^T x_i - \log(1 + e^{\beta^T x_i})\right]"
    _same_cost(odd, plain, "X_i is read as x^{(i)}, the i-th example", wrt="beta_j")
    _same_cost(odd, plain, "Y_i is read as y^{(i)}, the label of example i", wrt="beta_j")


def test_capital_x_beside_the_data_matrix_stays_refused():
    r"""Where X is also the whole data matrix (``\|X\theta - y\|``), ``X_i`` is not renamed: refused as before."""
    _refused(r"\sum_{i=1}^{m} (\theta^T X_i - y_i)^2 + \|X\theta - y\|^2", "a dot product needs a vector here, not 'X'", 26)
