"""A page's model line with its Greek letter typed in Unicode, ``h_θ(x) = σ(θᵀx)``, is the model its derivation uses.

Found while merging stop 39 (auddoc39's report named it, on main before this stop): the page's definitions are keyed
by their normalised head, and ``h_θ`` was not ``h_\\theta``, the head the derivation's lines write. The model line
went unread ("not part of the derivation"), h fell back to the squared error's θᵀx, and a derivation that drops σ′
from the squared error of a sigmoid was "✓ every step holds, and the last line is the gradient": a confident
verdict on the wrong model. A Unicode Greek letter now normalises to its TeX command, and the note names the head as
the page writes it.
"""

from __future__ import annotations

import numpy as np

import logderiv

from _numeric import central_differences
from test_auddoc39 import _squared_error_of_sigmoid

PAGE = r"""The model is

$$h_θ(x) = σ(θ^T x)$$

and the cost

$$J(\theta) = \frac{1}{2m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2$$

so

$$\frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}$$
"""
RIGHT = PAGE.replace(r"(h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)}$$",
                     r"(h_\theta(x^{(i)}) - y^{(i)}) h_\theta(x^{(i)})(1 - h_\theta(x^{(i)})) x_j^{(i)}$$")


def test_the_hand_gradient_is_the_right_pages_and_not_the_wrong_ones():
    # by hand: ∂/∂θⱼ (1/2m) Σ (σ(θᵀx) − y)² = (1/m) Σ (σ − y) σ(1 − σ) xⱼ; the page's last line drops σ(1 − σ)
    rng = np.random.default_rng(39)
    X, y, theta = rng.normal(size=(6, 3)), rng.integers(0, 2, 6).astype(float), rng.normal(size=3)
    numeric = central_differences(lambda t: _squared_error_of_sigmoid(X, y, t), theta)
    h = 1 / (1 + np.exp(-(X @ theta)))
    assert np.allclose(numeric, X.T @ ((h - y) * h * (1 - h)) / len(y), atol=1e-7)
    assert not np.allclose(numeric, X.T @ (h - y) / len(y), atol=1e-3)


def test_a_unicode_model_line_is_read_and_a_dropped_sigma_prime_is_wrong_at_its_line():
    review = logderiv.steps(PAGE, file_kind="markdown")
    assert not review.ok
    assert review.first_wrong is not None and review.first_wrong.written.line == 11  # the last line's step
    assert any(note.startswith("line 3 defines h_θ beside the derivation, h_θ(x)=σ(θ^T x)") for note in review.notes)
    assert not any("not part of the derivation" in note for note in review.notes)


def test_the_same_page_with_sigma_prime_holds():
    review = logderiv.steps(RIGHT, file_kind="markdown")
    assert review.ok and review.ending == "gradient"


def test_tex_and_unicode_spellings_of_the_model_line_read_alike():
    # each mix of h_θ / h_\theta and σ(θ^T x) / \sigma(\theta^T x): the same model, the same verdict
    for head in ("h_θ", r"h_\theta", r"h_{θ}"):
        for body in ("σ(θ^T x)", r"\sigma(\theta^T x)"):
            page = PAGE.replace("h_θ(x) = σ(θ^T x)", f"{head}(x) = {body}")
            assert not logderiv.steps(page, file_kind="markdown").ok, (head, body)
