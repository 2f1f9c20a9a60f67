"""audit33e: misreadings of fixcold34b's new readings, each worked out by hand (and checked with NumPy), never
copied from logderiv's output.

* e_i read under a spare letter (e_i = ŷ_i − y_i = (wX_i + b − y_i), e_i written Q_i): the rewrite of its
  definition was dropped with its old name, so a slip in it (wX_i − b − y_i) passed unread and the page was
  "every step holds".
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest

from _derivations_table import steps_of_page as _steps

_HERE = Path(__file__).parent
_README = (_HERE / "derivations_cold34" / "en_readme_mse_one_over_n_w_error_chain_rule.md").read_text(encoding="utf-8")
_REWRITE = r"e_i = \hat{y}_i - y_i = (wX_i + b - y_i)"


def test_the_slipped_rewrites_differ_from_the_error_by_hand():
    rng = numpy.random.default_rng(0)
    x, y = rng.normal(size=5), rng.normal(size=5)
    w, b = 0.7, -1.3
    error = (w * x + b) - y  # ŷ_i − y_i with ŷ_i = wX_i + b
    assert not numpy.allclose(error, w * x - b - y)  # off by 2b
    assert not numpy.allclose(error, y - w * x - b)  # the error's negative


@pytest.mark.parametrize("slipped", [r"e_i = \hat{y}_i - y_i = (wX_i - b - y_i)",
                                     r"e_i = \hat{y}_i - y_i = (y_i - wX_i - b)"])
def test_a_slip_in_the_rewrite_of_e_i_is_wrong_at_its_line(tmp_path, slipped):
    assert _README.count(_REWRITE) == 1
    page = _README.replace(_REWRITE, slipped)
    result = _steps(tmp_path, page, "-f", "json", "--timeout", "60")
    review = json.loads(result.stdout)
    assert result.exit_code == 1, result.output
    assert review["ok"] is False
    wrong = [step["line"] for lemma in review["lemmas"] for step in lemma["steps"] if step["valid"] is False]
    assert wrong[:1] == [44]


def test_the_right_rewrite_of_e_i_is_checked_and_holds(tmp_path):
    result = _steps(tmp_path, _README, "--timeout", "60")
    assert result.exit_code == 0, result.output
    assert "a definition, rewritten (line 44:7 onward)" in result.output


# -- z = w·x + b recalled as z = w x + b, where the page says w and x are vectors ------------------------------------

_NOTEBOOK = (_HERE / "derivations_cold34" / "es_notebook_logistic_w_b_dz_shortcut_one_feature.md").read_text(
    encoding="utf-8")


@pytest.mark.parametrize("said", [r"con $w, x^{(i)} \in \mathbb{R}^n$", r"con $w \in \mathbb{R}^{d}$ y $b \in \mathbb{R}$",
                                  r"con $x^{(i)} \in ℝ^n$"])
def test_a_page_that_says_its_names_are_vectors_is_not_read_as_their_product(tmp_path, said):
    # w·x over n features is Σⱼ wⱼxⱼ, not the product of two numbers: the page's own "∈ ℝⁿ" says which; the note
    # "w and x are written as numbers everywhere on the page, never as vectors" would be false, so z stays refused
    # as defined twice
    anchor = "donde $\\sigma$ es la **función sigmoide**."
    assert _NOTEBOOK.count(anchor) == 1
    page = _NOTEBOOK.replace(anchor, anchor[:-1] + ", " + said + ".")
    result = _steps(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "z is defined twice" in result.output


def test_a_scalar_said_so_is_still_read_as_the_product(tmp_path):
    anchor = "donde $\\sigma$ es la **función sigmoide**."
    page = _NOTEBOOK.replace(anchor, anchor[:-1] + r", con $w \in \mathbb{R}$ y $x^{(i)} \in \mathbb{R}^1$.")
    result = _steps(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 0, result.output
    assert "once the dot is read as the multiplication sign" in result.output


_TWO_FEATURES = r"""## The neuron

With two features, $x^{(i)} = (x_1^{(i)}, x_2^{(i)})$ and weights $w = (w_1, w_2)$:

$$
z^{(i)} = w \cdot x^{(i)} + b
$$

$$
\hat{y}^{(i)} = \sigma(z^{(i)})
$$

$$
J = -\frac{1}{m} \sum_{i=1}^m \left[ y^{(i)} \log \hat{y}^{(i)} + (1 - y^{(i)}) \log (1 - \hat{y}^{(i)}) \right]
$$

Recall $z^{(i)} = w x^{(i)} + b$, so

$$
\frac{\partial J}{\partial w} = \frac{1}{m} \sum_{i=1}^m (\hat{y}^{(i)} - y^{(i)}) \frac{\partial z^{(i)}}{\partial w} = \frac{1}{m} \sum_{i=1}^m (\hat{y}^{(i)} - y^{(i)}) \frac{z^{(i)} - b}{w}
$$
"""


def test_numbered_features_make_the_dot_an_inner_product_by_hand():
    # w = (w_1, w_2): z − b = w·x is a number, w a vector; (z − b)/w is no vector x, so the last step is no gradient
    w, x = numpy.array([0.5, -2.0]), numpy.array([1.5, 0.25])
    assert not numpy.allclose(numpy.dot(w, x) / w, x)


@pytest.mark.parametrize("features", [r"$x^{(i)} = (x_1^{(i)}, x_2^{(i)})$ and weights $w = (w_1, w_2)$",
                                      r"$x^{(i)} = (x_{i1}, x_{i2})$ and weights $w$",
                                      r"$x^{(i)} = (x^{(i)}_1, x^{(i)}_2)$ and weights $w$"])
def test_a_page_with_numbered_features_is_not_read_as_the_product(tmp_path, features):
    page = _TWO_FEATURES.replace(r"$x^{(i)} = (x_1^{(i)}, x_2^{(i)})$ and weights $w = (w_1, w_2)$", features)
    result = _steps(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "z is defined twice" in result.output


@pytest.mark.parametrize("said", ["with **w** and **x** the weight and feature vectors",
                                  "with **$w$** and **$x^{(i)}$** vectors"])
def test_bold_names_in_the_prose_are_vectors(tmp_path, said):
    # Markdown's bold letter is the vector convention (as \mathbf is): w·x is then Σⱼ wⱼxⱼ, and (z − b)/w no gradient
    page = _TWO_FEATURES.replace(r"$x^{(i)} = (x_1^{(i)}, x_2^{(i)})$ and weights $w = (w_1, w_2)$", said)
    result = _steps(tmp_path, page, "--timeout", "60")
    assert result.exit_code == 2, result.output
    assert "z is defined twice" in result.output
