"""fixcold15 (issue 10): cold15's blind derivations — rules a careful reader uses, and pages that mean something else.

What each page means was worked by hand (tests/derivations_cold15/expected.txt, never logderiv's output), and the
facts the synthetic pages rest on are checked here by central finite differences with NumPy:

* J(θ₀, θ₁) = (1/2m)Σ(θ₀ + θ₁xᵢ − yᵢ)² has ∂J/∂θ₀ = (1/m)Σ(h − y) and ∂J/∂θ₁ = (1/m)Σ(h − y)xᵢ, never (1/m)Σ(y − h)xᵢ
  (the planted sign); without the ½, (1/m)Σ(h − y)² has twice that gradient (not --cost linear);
* L = Σ(ŷᵢ − yᵢ)², ŷ = wᵀx + b, has ∂L/∂w = 2Σ(ŷ − y)xᵢ: the codecogs note's Σ(ŷ − y)xᵢ is half of it.

The rules: a formula shown as an image whose URL holds its LaTeX (CodeCogs, GitHub's render/math) is the display it
shows, read once where the page also writes it as text; a row's closing range of the examples' index
(``, \\quad i = 1, \\dots, m``) is no side of its equation; a model θ₀ + θ₁x is b + w x; --cost linear (logistic)
is the page's cost when that cost is the preset written for b + w x.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
from _derivations_table import outcome, read_table
from _derivations_table import review_of_page as _review
from _derivations_table import steps_of_page as _steps
from _numeric import central_differences

from logderiv.notation.image_maths import image_maths_read
from logderiv.notation.intercept_slope import example_ranges_read, intercept_and_slope_read

_COLD15 = Path(__file__).parent / "derivations_cold15"
#: the pages these rules read, each judged as its expected.txt row says (ending and first wrong line by hand)
_READ = ["codecogs_img_sse_gradient_missing_two.md", "ai_notes_linear_theta0_theta1_partials.md",
         "ai_notes_linear_theta0_theta1_partials_planted_sign.md"]


def _line(number: int) -> str:
    return f"line {number}"


def test_the_facts_by_finite_differences():
    generator = numpy.random.default_rng(15)
    x, y, m = generator.normal(size=6), generator.normal(size=6), 6

    def half_mean(theta):
        return ((theta[0] + theta[1] * x - y) ** 2).sum() / (2 * m)

    theta = numpy.array([0.4, -0.8])
    residual = theta[0] + theta[1] * x - y
    numeric = central_differences(half_mean, theta)
    assert numpy.allclose(numeric, [residual.sum() / m, (residual * x).sum() / m], atol=1e-6)
    assert not numpy.isclose(numeric[1], (-residual * x).sum() / m, atol=1e-3)  # the planted sign
    no_half = central_differences(lambda t: ((t[0] + t[1] * x - y) ** 2).sum() / m, theta)
    assert numpy.allclose(no_half, 2 * numeric, atol=1e-6) and not numpy.allclose(no_half, numeric, atol=1e-3)
    X, b, w = generator.normal(size=(6, 3)), 0.3, generator.normal(size=3)

    def sse(v):
        return ((X @ v + b - y) ** 2).sum()

    gradient = central_differences(sse, w)
    assert numpy.allclose(gradient, 2 * (X @ w + b - y) @ X, atol=1e-5)
    assert not numpy.allclose(gradient, (X @ w + b - y) @ X, atol=1e-3)  # the codecogs note's line 19


@pytest.mark.parametrize("file", _READ)
def test_cold15_pages_read_as_worked_by_hand(file):
    row = next(row for row in read_table(_COLD15) if row.file == file)
    assert outcome(_COLD15, row) == ("right", "")


@pytest.mark.parametrize("file, said", [
    ("codecogs_img_sse_gradient_missing_two.md", "an image whose URL holds its LaTeX"),
    ("ai_notes_linear_theta0_theta1_partials.md", "read as b + w x, θ₀ written b and θ₁ written w"),
])
def test_the_readings_are_noted_in_every_format(tmp_path, file, said):
    text = (_COLD15 / file).read_text(encoding="utf-8")
    for form in ("json", "text", "markdown"):
        result = _steps(tmp_path, text, "-f", form, "--timeout", "60")
        assert result.exit_code in (0, 1), result.output
        notes = " ".join(json.loads(result.stdout)["notes"]) if form == "json" else result.stdout
        assert said in notes, form


def test_an_image_is_read_as_the_formula_its_url_encodes():
    page = ('<p align="center">\n  <img src="https://latex.codecogs.com/svg.latex?\\frac{\\partial%20L}{\\partial%20w}'
            '=2w" />\n</p>\n')
    read, notes = image_maths_read(page, _line)
    assert len(read) == len(page) and read.count("\n") == page.count("\n")
    assert read.splitlines()[1].strip() == "$$\\frac{\\partial L}{\\partial w}=2w$$"
    assert notes and notes[0].startswith("line 2 shows a formula as an image")
    markdown = "![loss](https://render.githubusercontent.com/render/math?math=%24L%20%3D%20w%5E2%24)\n"
    assert image_maths_read(markdown, _line)[0].strip() == "$$L = w^2$$"


def test_an_images_drawing_commands_are_not_its_formula(tmp_path):
    """review19: CodeCogs' editor opens a URL with how to draw the image (\\dpi{120}, \\bg_white, \\large). Left in,
    \\large J(θ) = … was taken for no definition of J, and the right page below was judged 'wrong' against the
    default logistic cost. By hand: ∂/∂θⱼ (1/(2m)) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² = (1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾."""
    url = "https://latex.codecogs.com/svg.latex?"
    page = (f'<img src="{url}\\dpi{{120}}\\bg_white\\large%20J(\\theta)=\\frac{{1}}{{2m}}\\sum_{{i=1}}^{{m}}'
            '(\\theta^Tx^{(i)}-y^{(i)})^2" />\n\n'
            f'<img src="{url}\\inline%20\\large%20\\frac{{\\partial%20J}}{{\\partial%20\\theta_j}}=\\frac{{1}}{{m}}'
            '\\sum_{i=1}^{m}(\\theta^Tx^{(i)}-y^{(i)})x_j^{(i)}" />\n')
    read, _ = image_maths_read(page, _line)
    assert read.splitlines()[0].startswith("$$J(\\theta)=") and len(read) == len(page)
    assert _review(tmp_path, page)[:3] == (0, "gradient", [])


def test_codecogs_escapes_are_read_as_its_server_reads_them(tmp_path):
    """review19: CodeCogs' editor writes a space &space; and a plus &plus; in its URLs (the HTML attribute's &amp;
    is the browser's &); left as written the page was refused at a ';'. By hand: ∂/∂θⱼ of −(1/m) Σᵢ [yᵢ log hᵢ +
    (1 − yᵢ) log(1 − hᵢ)], h = σ(θᵀx), is (1/m) Σᵢ (hᵢ − yᵢ) xᵢⱼ, since ∂/∂z [y log σ(z) + (1 − y) log(1 − σ(z))]
    = y(1 − σ) − (1 − y)σ = y − σ."""
    url = "https://latex.codecogs.com/svg.latex?"
    page = (f'<img src="{url}J(\\theta)&space;=&space;-\\frac{{1}}{{m}}\\sum_{{i=1}}^{{m}}\\left[y^{{(i)}}\\log&space;'
            'h_\\theta(x^{(i)})&space;&plus;&space;(1-y^{(i)})\\log(1-h_\\theta(x^{(i)}))\\right]" />\n\n'
            f'<img src="{url}\\frac{{\\partial&space;J}}{{\\partial&space;\\theta_j}}&space;=&space;\\frac{{1}}{{m}}'
            '\\sum_{i=1}^{m}(h_\\theta(x^{(i)})-y^{(i)})x_j^{(i)}" />\n')
    read, _ = image_maths_read(page, _line)
    assert "\\log h_\\theta(x^{(i)}) + (1-y^{(i)})" in read and "&" not in read
    assert _review(tmp_path, page)[:3] == (0, "gradient", [])


def test_a_size_switch_before_the_cost_keeps_its_definition(tmp_path):
    """review19: ``$$\\large J(θ) = …$$`` hid the cost's name as ``\\displaystyle`` did (audit40): the page's cost was
    'not part of the derivation', the default logistic cost was taken and the right line below was 'wrong'. By hand:
    ∂/∂θⱼ (1/(2m)) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² = (1/m) Σᵢ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾."""
    page = ("$$\\large J(\\theta)=\\frac{1}{2m}\\sum_{i=1}^{m}(\\theta^Tx^{(i)}-y^{(i)})^2$$\n\n"
            "$$\\frac{\\partial J}{\\partial \\theta_j}=\\frac{1}{m}\\sum_{i=1}^{m}(\\theta^Tx^{(i)}-y^{(i)})x_j^{(i)}$$\n")
    assert _review(tmp_path, page)[:3] == (0, "gradient", [])


@pytest.mark.parametrize("page", [
    # a picture of something else, and a renderer's URL inside prose (not an image alone on its line)
    '<img src="https://example.com/plot.svg?x=1" />\n',
    "see https://latex.codecogs.com/svg.latex?L=w^2 for the formula\n",
    # a decoded formula that holds a line break or a stray dollar: no one display
    '<img src="https://latex.codecogs.com/svg.latex?L=%0Aw" />\n',
    '<img src="https://latex.codecogs.com/svg.latex?L=%24w" />\n',
])
def test_other_images_are_left_as_written(page):
    assert image_maths_read(page, _line) == (page, [])


def test_a_formula_shown_twice_is_read_once_as_its_text():
    """adiscriminator's README: each formula as an image and then as $…$ text; the image is blanked, noted."""
    page = ('<img src="https://render.githubusercontent.com/render/math?math=%24J%20%3D%20w%5E2%24">\n\n'
            "$J = w^2$\n")
    read, notes = image_maths_read(page, _line)
    assert read.splitlines()[0].strip() == "" and "$J = w^2$" in read
    assert notes == ["line 1 shows a formula as an image whose URL holds its LaTeX, and the page writes the same "
                     "formula out as text: read once, as the text"]


def test_the_examples_range_after_an_equation_is_blanked_and_elsewhere_kept():
    page = "$$\nh(x_i) = \\theta_0 + \\theta_1 x_i, \\quad i = 1, \\dots, m\n$$\n"
    read, notes = example_ranges_read(page, _line)
    assert read.rstrip().endswith("$$") and "\\dots" not in read and len(read) == len(page)
    assert read.count("\n") == page.count("\n") and len(notes) == 1
    for kept in ["$$\ni = 1, \\dots, m\n$$\n",                         # a range after no equation
                 "$$\nh(x_i) = \\theta_0 + \\theta_1 x_i, i = 1\n$$\n",  # no ellipsis: an equation i = 1
                 "$$\nJ = a, \\quad i = 1, \\dots, m + 1 = c\n$$\n"]:   # more maths after the count
        assert example_ranges_read(kept, _line) == (kept, [])


@pytest.mark.parametrize("page", [
    # more than one feature: θ is a vector, θ₁ its first entry
    "$$h(x) = \\theta_0 + \\theta_1 x_1 + \\theta_2 x_2$$\n$$J = \\frac{1}{2m}\\sum (h(x) - y)^2$$\n",
    "$$h(x) = \\theta_0 + \\theta_1 x$$\n$$\\nabla_\\theta J = \\frac{1}{m} X^T(X\\theta - y)$$\n",
    # the page has a b or w of its own
    "$$h(x) = \\theta_0 + \\theta_1 x$$\n$$J = \\frac{1}{2m}\\sum (h(x) - y)^2 + b$$\n",
    # θ₀ and θ₁ in no model θ₀ + θ₁x
    "$$h(x) = \\theta_0 x + \\theta_1 x^2$$\n",
])
def test_theta_of_another_meaning_is_left(page):
    assert intercept_and_slope_read(page, _line) == (page, [])


_ONE_FEATURE = ("$$h_\\theta(x_i) = \\theta_0 + \\theta_1 x_i$$\n\n$$J(\\theta_0, \\theta_1) = %s \\sum_{i=1}^{m} "
                "(h_\\theta(x_i) - y_i)^2$$\n\n$$\\frac{\\partial J}{\\partial \\theta_1} = %s$$\n")


def test_a_one_feature_page_with_a_planted_half_is_wrong_under_cost_linear(tmp_path):
    """(1/2m)Σ(h − y)xᵢ is half of ∂J/∂θ₁ (above): wrong at line 5, read as the preset written for b + w x."""
    page = _ONE_FEATURE % ("\\frac{1}{2m}", "\\frac{1}{2m} \\sum_{i=1}^{m} (h_\\theta(x_i) - y_i) x_i")
    result = _steps(tmp_path, page, "--cost", "linear", "-f", "json", "--timeout", "60")
    assert result.exit_code == 1, (result.output, result.stderr)
    review = json.loads(result.stdout)
    assert [step["line"] for step in review["steps"] if step["valid"] is False][:1] == [5]
    assert any("one feature and an intercept" in note for note in review["notes"])
    right = _ONE_FEATURE % ("\\frac{1}{2m}", "\\frac{1}{m} \\sum_{i=1}^{m} (h_\\theta(x_i) - y_i) x_i")
    assert _review(tmp_path, right)[:3] == (0, "gradient", [])


@pytest.mark.parametrize("cost, given", [
    ("\\frac{1}{m}", "linear"),       # a mean of squares without ½: not --cost linear (twice its gradient, above)
    ("\\frac{1}{2m}", "logistic"),    # a squared error is no cross-entropy
])
def test_a_one_feature_cost_of_another_kind_stays_refused_under_cost(tmp_path, cost, given):
    page = _ONE_FEATURE % (cost, "\\frac{1}{m} \\sum_{i=1}^{m} (h_\\theta(x_i) - y_i) x_i")
    result = _steps(tmp_path, page, "--cost", given)
    assert result.exit_code == 2, result.output
    assert f"which is not --cost {given}" in result.stderr


def test_an_error_quotes_theta_as_the_page_wrote_it(tmp_path):
    """θ₀ is read as b, but a refused line is quoted as written (\\theta_0, never a mix such as \\theta_b)."""
    page = _ONE_FEATURE % ("\\frac{1}{2m}", "\\frac{1}{m} \\sum_{i=1}^{m} (h_\\theta(x_i)) - y_i) \\theta_0")
    result = _steps(tmp_path, page)
    assert result.exit_code == 2 and "unmatched ')'" in result.stderr
    assert "\\theta_0" in result.stderr and "\\theta_b" not in result.stderr


@pytest.mark.parametrize("by", ["\\textbf{x}", "{x}", "y"])
def test_a_gradient_by_the_data_is_refused_saying_why(tmp_path, by):
    """∇ₓ ½‖Ax − b‖² (techqa's math.SE answer) takes the gradient by x, which logderiv reads as the features: exit 2
    naming that, never a verdict on a cost of other letters; ∇_θ of the same cost in θ is read (exit 0)."""
    page = f"$$\\nabla_{by} f = \\frac{{1}}{{2}} A^T (A x - b)$$\n"
    result = _steps(tmp_path, page)
    assert result.exit_code == 2
    assert "takes the gradient by" in result.stderr and "reads as the data" in result.stderr
    in_theta = ("$$J(\\theta) = \\frac{1}{2}\\|X\\theta - y\\|^2$$\n\n"
                "$$\\nabla_\\theta J = X^T(X\\theta - y)$$\n")
    assert _review(tmp_path, in_theta)[:3] == (0, "gradient", [])
