"""audit58 (issue 10): near-variants of the stop's newest page readings that mean something else, read as meant.

A page of notes defines its prediction in the notation the notes use, and the derivation is judged with it:

* ``Where $\\hat{y}^{(i)} = \\sigma(w^T x^{(i)})$`` (or the same in a display) defines ŷ at example i. A derivation
  in matrix form read it (matrix22), but one in index form did not: ŷ fell back to the squared error's linear
  prediction wᵀx ("h is not defined: reading h = wᵀx"), and a derivation right only for that prediction —
  ∂J/∂wⱼ = (1/m)Σ(ŷ⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾ for the squared error of a sigmoid — was judged to end at the gradient.
* ``$\\hat y = …$``, the accent's letter after a space (TeX's ŷ as much as ``\\hat{y}``), went unread the same way
  beside lines that write ``\\hat{y}``.

Now ŷ^{(i)} = … is read as ŷ = … with each ^{(i)} dropped (as h(x^{(i)}) = … was), noted; a value that marks the label
y^{(i)} (a loss or a residual of example i) is no model and stays unread. The truths are worked by hand and held to
central finite differences of NumPy costs written here (``_numeric``), never to logderiv's output.
"""

from __future__ import annotations

import numpy as np
import pytest

import logderiv
from _numeric import central_differences

RNG = np.random.default_rng(58)
X, Y = RNG.normal(size=(6, 3)), RNG.uniform(0.1, 0.9, size=6)
W = RNG.normal(size=3)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_the_hand_gradient_of_the_sigmoids_squared_error_agrees_with_finite_differences():
    """By hand, J(w) = (1/2m)Σ(σ(wᵀx⁽ⁱ⁾) − y⁽ⁱ⁾)² has ∂J/∂wⱼ = (1/m)Σ(ŷ − y)ŷ(1 − ŷ)xⱼ, not (1/m)Σ(ŷ − y)xⱼ (the
    linear prediction's form, which the pages below end with)."""
    m = len(Y)

    def cost(w):
        residual = _sigmoid(X @ w) - Y
        return float(residual @ residual) / (2 * m)

    numeric = central_differences(cost, W)
    p = _sigmoid(X @ W)
    assert np.allclose(numeric, X.T @ ((p - Y) * p * (1 - p)) / m, atol=1e-6)
    assert not np.allclose(numeric, X.T @ (p - Y) / m, atol=1e-3)


_INDEX_PAGE = (
    "{prose}\n\n"
    "$$J(w) = \\frac{{1}}{{2m}}\\sum_{{i=1}}^m (\\hat{{y}}^{{(i)}} - y^{{(i)}})^2$$\n\n"
    "$$\\frac{{\\partial J}}{{\\partial w_j}} = \\frac{{1}}{{m}}\\sum_{{i=1}}^m (\\hat{{y}}^{{(i)}} - y^{{(i)}}) x_j^{{(i)}}$$\n"
)

_SIGMOID_PREDICTIONS = [
    r"Where $\hat{y}^{(i)} = \sigma(w^T x^{(i)})$.",
    r"Where $\hat{y}^{(i)} = \sigma(w^T x^{(i)})$ and $y^{(i)}$ is the label.",
    r"Where $\hat{y}^{(i)} = \sigma(w^T x^{(i)} + b)$.",
    r"Where $\hat{y}^{(i)} = \sigma(z^{(i)})$ and $z^{(i)} = w^T x^{(i)}$.",
    r"Here $\hat y^{(i)} = \frac{1}{1 + e^{-w^T x^{(i)}}}$.",
    r"Here $\hat y = \sigma(w^T x)$.",
    "The prediction is\n\n$$\\hat{y}^{(i)} = \\sigma(w^T x^{(i)})$$",
]


@pytest.mark.parametrize("prose", _SIGMOID_PREDICTIONS)
def test_a_prediction_defined_at_example_i_is_read_in_an_index_derivation(prose):
    """The page's ŷ is the sigmoid's: (1/m)Σ(ŷ − y)xⱼ is not its squared error's gradient (above), so the page does not
    end at the gradient, and its one step is the wrong one; the reading is noted."""
    review = logderiv.steps(_INDEX_PAGE.format(prose=prose), file_kind="markdown")
    assert review.ending == "wrong"
    assert review.first_error is not None
    assert not any("h is not defined" in note for note in review.notes)
    assert any("defines" in note and "beside the derivation" in note for note in review.notes)


def test_the_mark_dropped_is_noted():
    """ŷ^{(i)} = … holds at every example: read as a function of x, which the notes say."""
    review = logderiv.steps(_INDEX_PAGE.format(prose=_SIGMOID_PREDICTIONS[0]), file_kind="markdown")
    assert any("at example i" in note and "^{(i)} of it dropped" in note for note in review.notes)


@pytest.mark.parametrize("prose", [r"Where $\hat{y}^{(i)} = w^T x^{(i)}$.", r"Here $\hat y^{(i)} = w^T x^{(i)}$."])
def test_a_linear_prediction_at_example_i_still_ends_at_the_gradient(prose):
    """ŷ = wᵀx: J = (1/2m)Σ(wᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² has ∂J/∂wⱼ = (1/m)Σ(ŷ − y)xⱼ (checked by differences here): right."""
    m = len(Y)
    numeric = central_differences(lambda w: float((X @ w - Y) @ (X @ w - Y)) / (2 * m), W)
    assert np.allclose(numeric, X.T @ (X @ W - Y) / m, atol=1e-6)
    review = logderiv.steps(_INDEX_PAGE.format(prose=prose), file_kind="markdown")
    assert review.ending == "gradient" and review.first_error is None


def test_a_loss_at_example_i_is_no_model():
    """ℓ^{(i)} = (ŷ^{(i)} − y^{(i)})² marks the label: a loss of example i, not read as a definition of the model
    (the page's ŷ stays undefined, as before, and says so)."""
    prose = r"Here $\ell^{(i)} = (\hat{y}^{(i)} - y^{(i)})^2$ is the loss of one example."
    review = logderiv.steps(_INDEX_PAGE.format(prose=prose), file_kind="markdown")
    assert not any("defines \\ell" in note for note in review.notes)


_MATRIX_PAGE = (
    "Where $\\hat{y}^{(i)} = \\sigma(w^T x^{(i)})$.\n\n"
    "$$J(w) = \\frac{1}{2m}\\sum_{i=1}^m (\\hat{y}^{(i)} - y^{(i)})^2$$\n\n"
    "$$\\nabla_w J = \\frac{1}{m} X^T(\\hat{y} - y)$$\n"
)


def test_a_matrix_derivation_still_reads_the_prose_prediction_in_matrix_form():
    """The same prose beside a derivation in matrix form: read for every example at once (matrix22), never refused
    for the index-form definition beside it; Xᵀ(ŷ − y)/m is not the gradient (above), so the page is wrong."""
    review = logderiv.steps(_MATRIX_PAGE, file_kind="markdown")
    assert review.ending == "wrong"
    assert any("read in matrix form as the m×1 vector" in note for note in review.notes)


# ---------------------------------------------------------------- h_θ(x) in the prose, h(x^{(i)}) in the lines
_H_PAGE = (
    "The prediction is ${definition}$.\n\n"
    "$$J({v}) = \\frac{{1}}{{2m}}\\sum_{{i=1}}^m (h(x^{{(i)}}) - y^{{(i)}})^2$$\n\n"
    "$$\\frac{{\\partial J}}{{\\partial {v}_j}} = \\frac{{1}}{{m}}\\sum_{{i=1}}^m (h(x^{{(i)}}) - y^{{(i)}}) x_j^{{(i)}}$$\n"
)


@pytest.mark.parametrize("definition, v", [(r"h_\theta(x) = \sigma(\theta^T x)", r"\theta"),
                                           (r"h_{\theta}(x) = \sigma(\theta^T x)", r"\theta"),
                                           (r"h_w(x) = \sigma(w^T x)", "w")])
def test_a_model_named_by_its_parameters_defines_the_bare_h_of_the_lines(definition, v):
    """h_θ is Ng's name for the model h: the lines' bare h(x⁽ⁱ⁾) is it. Left unread, h fell back to the linear
    prediction ("h is not defined") and the sigmoid's squared error was judged to end at the gradient (above: not)."""
    review = logderiv.steps(_H_PAGE.format(definition=definition, v=v), file_kind="markdown")
    assert review.ending == "wrong" and review.first_error is not None
    assert not any("h is not defined" in note for note in review.notes)


def test_a_linear_model_named_by_its_parameters_still_ends_at_the_gradient():
    """h_θ(x) = θᵀx: (1/m)Σ(h − y)xⱼ is the squared error's gradient (by differences above, with w for θ)."""
    review = logderiv.steps(_H_PAGE.format(definition=r"h_\theta(x) = \theta^T x", v=r"\theta"), file_kind="markdown")
    assert review.ending == "gradient" and review.first_error is None


# ---------------------------------------------------------------- a definition in a form not read: := read, else refused
@pytest.mark.parametrize("prose", [r"Where $\hat{y}^{(i)} := \sigma(w^T x^{(i)})$.", "$$\\hat{y} := \\sigma(w^T x)$$"])
def test_a_definition_by_colon_equals_is_read(prose):
    """ŷ := σ(wᵀx) says what ŷ = σ(wᵀx) says: read, the sigmoid's squared error's one step wrong (by hand, above)."""
    review = logderiv.steps(_INDEX_PAGE.format(prose=prose), file_kind="markdown")
    assert review.ending == "wrong" and review.first_error is not None


@pytest.mark.parametrize("prose", [
    r"Where $\hat{y} \equiv \sigma(w^T x)$.",
    r"Where $\hat{y} = P(y=1 \mid x) = \sigma(w^T x)$.",
    r"Where $\hat{y}^{(i)} = P(y^{(i)}=1 \mid x^{(i)}) = \sigma(w^T x^{(i)})$.",
    r"Where $\hat{y} = \sigma(z) = \sigma(w^T x)$.",
])
def test_a_definition_of_a_used_name_in_a_form_not_read_is_refused(prose):
    """The page defines ŷ, but not as one '=' the page reader reads: left unread, ŷ was the squared error's linear
    prediction and the page was judged to end at the gradient — refused at the definition instead."""
    page = _INDEX_PAGE.format(prose=prose)
    error = pytest.raises(logderiv.InputError, logderiv.steps, page, file_kind="markdown").value
    assert "in a form not read as a definition" in error.message
    assert error.line == 1 and page.splitlines()[0][error.column:].startswith("\\hat")


def test_a_number_given_to_the_name_is_no_definition_refused():
    """ŷ = 0.8 is a worked example's case, no model: the page is read as before (its ŷ the linear prediction, whose
    gradient (1/m)Σ(ŷ − y)xⱼ the page ends with: by differences above)."""
    review = logderiv.steps(_INDEX_PAGE.format(prose=r"For example $\hat{y} = 0.8$."), file_kind="markdown")
    assert review.ending == "gradient"


# ---------------------------------------------------------------- a definition in plain prose, outside maths
@pytest.mark.parametrize("prose", ["where ŷ⁽ⁱ⁾ = σ(wᵀx⁽ⁱ⁾) is the prediction.", "The prediction is ŷ = σ(wᵀx).",
                                   "We predict with ŷ = sigmoid(w·x)."])
def test_a_plain_prose_definition_of_a_used_name_is_refused(prose):
    """Prose is not read: the page's ŷ = σ(wᵀx) in plain text left ŷ the linear prediction, and the sigmoid's
    squared error (whose gradient is not (1/m)Σ(ŷ − y)xⱼ, above) was judged to end at the gradient."""
    page = _INDEX_PAGE.format(prose=prose)
    error = pytest.raises(logderiv.InputError, logderiv.steps, page, file_kind="markdown").value
    assert "in the prose" in error.message and "not read as maths" in error.message
    assert error.line == 1 and page[error.column] == "ŷ"


@pytest.mark.parametrize("prose", ["For example ŷ = 0.8 here.",
                                   "Where $\\hat{y}^{(i)} = w^T x^{(i)}$; in words, ŷ = wᵀx."])
def test_a_plain_prose_number_or_restatement_is_not_refused(prose):
    """ŷ = 0.8 is a case, no model; ŷ = wᵀx beside the maths' own definition restates it: read as before, the linear
    prediction's gradient (by differences above) reached."""
    review = logderiv.steps(_INDEX_PAGE.format(prose=prose), file_kind="markdown")
    assert review.ending == "gradient"
