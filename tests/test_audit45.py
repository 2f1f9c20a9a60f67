"""Issue 10, audit45: an adversarial audit of the readings merged in the last hour (TensorFlow.js chains, Haskell with
hmatrix, a lone N as the count, 1/N before a matrix form, the one-feature page, θ₀ + θ₁x, CodeCogs image formulas).

Each test names a near-variant that meant something else, and its meaning worked out by hand in the comment beside
it; logderiv must read that meaning (held to finite differences of a NumPy cost written here) or refuse.
"""

import numpy as np
import pytest

from logderiv import derive
from _reading import assert_gradient_read, refused

HS_LETS = ("a = x #> theta - y", "m = fromIntegral $ size y")


@pytest.mark.parametrize("cost", ["(a <.> a ^ 2) / (2 * m)", "(a <.> a ** 2) / (2 * m)"])
def test_haskell_power_beside_the_dot_product_is_refused(cost):
    """hmatrix's <.> and Haskell's ^ are both infixr 8: a <.> a ^ 2 is a <.> (a ^ 2), Σᵢ aᵢ³ by hand; it was read
    (a <.> a)², (Σᵢ aᵢ²)², its gradient another function's. Which the writer meant the text does not say."""
    error = refused(derive, cost, let=HS_LETS)
    assert "infixr 8" in error.message


def test_haskell_bracketed_power_of_the_dot_product_is_still_read():
    """(a <.> a) ^ 2 / (2m), a = Xθ − y: (‖Xθ − y‖²)²/(2m) by hand, brackets written."""
    def intended(d):
        r = d.X @ d.theta - d.y
        return float(r @ r) ** 2 / (2 * d.m)

    assert_gradient_read("(a <.> a) ^ 2 / (2 * m)", intended, lets=HS_LETS)


# ------------------------------------------------------------------ a formula in an image's URL

def _image_page(address: str) -> str:
    """A page whose cost is an image of ``address``, the formula J(w) = ½ Σ(w⋄xᵢ − yᵢ)², and a gradient as text."""
    return (f'The cost:\n\n<img src="{address}J(w)=\\frac{{1}}{{2}}\\sum_{{i=1}}^{{m}}(w+x_i-y_i)^2">\n\n'
            "The gradient:\n\n$$\\frac{\\partial J}{\\partial w} = \\sum_{i=1}^{m} (w x_i - y_i) x_i$$\n")


def test_the_shown_formula_and_its_gradient_by_finite_differences():
    """Google's chart API draws chl=(w+x_i-y_i) as (w x_i − y_i): ½Σ(w xᵢ − yᵢ)² has ∂/∂w = Σ(w xᵢ − yᵢ)xᵢ, the page's
    line (so a 'wrong' for it was false); ½Σ(w + xᵢ − yᵢ)², the plus read, has Σ(w + xᵢ − yᵢ) instead."""
    from _numeric import central_differences

    rng = np.random.default_rng(45)
    x, y, w = rng.normal(size=4), rng.normal(size=4), np.array([0.7])
    shown = central_differences(lambda v: 0.5 * float(np.sum((v[0] * x - y) ** 2)), w)
    assert np.allclose(shown, [np.sum((w[0] * x - y) * x)], atol=1e-6)
    plus = central_differences(lambda v: 0.5 * float(np.sum((v[0] + x - y) ** 2)), w)
    assert not np.allclose(plus, shown, atol=1e-3)


@pytest.mark.parametrize("address", ["https://chart.googleapis.com/chart?cht=tx&chl=",
                                     "https://render.githubusercontent.com/render/math?math="])
def test_a_raw_plus_in_a_form_decoding_renderers_url_is_refused(address):
    """Google's chart API (its docs: + is the most common mistake, write %2B) and GitHub's render/math draw a raw +
    as a space: the image shows ½Σ(w xᵢ − yᵢ)², the writer may have typed ½Σ(w + xᵢ − yᵢ)². It was read as the plus
    and the page's right gradient judged wrong; left unread, the page was judged against the default cost."""
    from logderiv.errors import InputError
    from logderiv.notation.image_maths import image_maths_read

    with pytest.raises(InputError) as caught:
        image_maths_read(_image_page(address), lambda line: f"line {line}")
    assert "draws as a space" in caught.value.message


def test_a_raw_plus_is_read_where_the_page_writes_the_formula_out_too():
    """The same image beside its formula as text, $$J(w)=½Σ(w x_i − y_i)²$$: the formula is the text's (read once)."""
    from logderiv.notation.image_maths import image_maths_read

    page = ("$$J(w)=\\frac{1}{2}\\sum_{i=1}^{m}(w x_i-y_i)^2$$\n\n"
            + _image_page("https://chart.googleapis.com/chart?cht=tx&chl="))
    read, notes = image_maths_read(page, lambda line: f"line {line}")
    assert "chart.googleapis" not in read and any("read once, as the text" in note for note in notes)


def test_a_codecogs_plus_is_still_a_plus():
    """CodeCogs' URLs are read with + a plus (its editor writes &plus;, and pages write + for one): unchanged."""
    from logderiv.notation.image_maths import image_maths_read

    read, _ = image_maths_read(_image_page("https://latex.codecogs.com/svg.latex?"), lambda line: f"line {line}")
    assert "$$J(w)=\\frac{1}{2}\\sum_{i=1}^{m}(w+x_i-y_i)^2$$" in read
