"""derivs3: a page's definitions listed in one display, ∇_w J in a derivation's lines, lemmas by a non-parameter.

The readings (each noted) and the refusals kept beside them. Expected results are worked out by
hand: for J(w, b) = −Σᵢ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)], pᵢ = σ(wᵀxᵢ + b),

    ∂J/∂wⱼ = Σᵢ (pᵢ − yᵢ) xᵢⱼ          (dJᵢ/dpᵢ · dpᵢ/dzᵢ = (pᵢ − yᵢ), ∂zᵢ/∂wⱼ = xᵢⱼ)

checked below against central finite differences with NumPy, never against logderiv.
"""

from __future__ import annotations

import math


import numpy
from click.testing import CliRunner

from _derivations_table import review_of_page as _review, steps_of_page as _steps
from logderiv.cli import main

_LISTED = r"""Define the linear predictor and the probability:

$$
 z_i = w^\top x_i + b, \qquad
 p_i = \sigma(z_i) = \frac{1}{1 + e^{-z_i}}.
$$

The loss is

$$
J(w,b) = - \sum_{i=1}^n \Big[ y_i \log p_i + (1 - y_i) \log(1 - p_i) \Big].
$$

"""
_RIGHT = r"""$$
\nabla_w J = \sum_{i=1}^n (p_i - y_i) x_i = \sum_{i=1}^n x_i (p_i - y_i).
$$
"""


def test_the_logistic_gradient_by_the_weights_is_the_hand_worked_one_by_finite_differences():
    generator = numpy.random.default_rng(3)
    n, d = 5, 3
    X, y = generator.normal(size=(n, d)), generator.uniform(0.1, 0.9, size=n)
    w, b = generator.normal(size=d), 0.4

    def cost(v):
        p = 1 / (1 + numpy.exp(-(X @ v + b)))
        return -numpy.sum(y * numpy.log(p) + (1 - y) * numpy.log(1 - p))

    h = 1e-6
    numeric = numpy.array([(cost(w + h * e) - cost(w - h * e)) / (2 * h) for e in numpy.eye(d)])
    p = 1 / (1 + numpy.exp(-(X @ w + b)))
    assert numpy.allclose(numeric, X.T @ (p - y), atol=1e-6)


# -- definitions listed in one display (z_i = …, \qquad p_i = σ(z_i) = …) ----------------------------------

def test_definitions_listed_in_one_display_are_read_as_definitions_and_said_in_every_format(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _LISTED + _RIGHT)
    assert (code, ending, wrong) == (0, "gradient", [])
    for form in ("json", "text", "markdown"):
        result = _steps(tmp_path, _LISTED + _RIGHT, "-f", form)
        shown = result.stdout.replace("\\_", "_")  # markdown escapes the underscore
        assert "defines z_i beside the derivation" in shown, form
        assert "defines p_i beside the derivation" in shown, form


def test_a_listed_definition_whose_sides_differ_is_wrong_at_its_line(tmp_path):
    # σ(z) = 1/(1 + e^{−z}), not 1/(1 + e^{z}): by hand σ(1) = 0.731 while 1/(1 + e) = 0.269. Since pages22 a
    # definition rewritten (p = σ(z) = …) is read as its first side, σ(z), and each rewrite checked: this one is the
    # page's wrong step, at its own line (it was refused as "which side is p?" before the rewrite was checked)
    assert abs(1 / (1 + math.exp(-1.0)) - 1 / (1 + math.exp(1.0))) > 0.4
    text = (_LISTED + _RIGHT).replace(r"\frac{1}{1 + e^{-z_i}}", r"\frac{1}{1 + e^{z_i}}")
    line = next(k for k, each in enumerate(text.splitlines(), 1) if "e^{z_i}" in each)
    result = _steps(tmp_path, text)
    assert result.exit_code == 1, result.output
    assert f"wrong at line {line}:" in result.output


def test_a_listed_display_that_is_not_only_definitions_is_still_refused(tmp_path):
    # a comma and \qquad before a derivative: a lemma beside a definition, not a list of definitions
    text = (_LISTED + _RIGHT).replace(r"p_i = \sigma(z_i) = \frac{1}{1 + e^{-z_i}}",
                                      r"\frac{d p_i}{d z_i} = p_i(1 - p_i) = \sigma(z_i)(1 - \sigma(z_i))")
    result = _steps(tmp_path, text)
    assert result.exit_code == 2, result.output
    assert "which one is checked?" in result.stderr


# -- ∇_w J in a derivation's lines, after the cost's definition --------------------------------------------

def test_nabla_w_of_the_cost_is_read_entry_by_entry_with_a_note(tmp_path):
    code, ending, wrong, review = _review(tmp_path, _LISTED + _RIGHT)
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("is the gradient of J by the vector w: read entry by entry, as ∂J/∂wⱼ" in note
               for note in review["notes"])


def test_a_sign_flipped_line_after_nabla_w_is_wrong_at_its_line(tmp_path):
    # −∂J/∂wⱼ on the second side; the third side, Σ xᵢ(pᵢ − yᵢ), is the gradient again
    text = _LISTED + _RIGHT.replace(r"(p_i - y_i) x_i =", r"(y_i - p_i) x_i =")
    code, ending, wrong, _ = _review(tmp_path, text)
    assert (code, ending, wrong) == (1, "gradient", [15])
    text = _LISTED + _RIGHT.replace(r"(p_i - y_i)", r"(y_i - p_i)")
    code, ending, wrong, _ = _review(tmp_path, text)
    assert (code, ending, wrong) == (1, "wrong", [15])


def test_nabla_of_another_variable_is_refused(tmp_path):
    for under in (r"\nabla_x J", r"\nabla_\phi J"):
        result = _steps(tmp_path, _LISTED + _RIGHT.replace(r"\nabla_w J", under))
        assert result.exit_code == 2, (under, result.output)  # its chain is no derivation of the gradient


def test_nabla_phi_opening_a_derivation_is_no_longer_read_as_the_gradient_by_theta(tmp_path):
    # ∇_φ J is no gradient of the cost by its parameters: checked as ∂J/∂θⱼ it was a silent misread
    text = r"$$\nabla_\phi J = \frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)}) x^{(i)}$$"
    result = _steps(tmp_path, text)
    assert result.exit_code == 2, result.output


def test_nabla_w_opening_a_derivation_is_by_w_not_theta(tmp_path):
    text = r"$$\nabla_w J = \sum_{i=1}^n (p_i - y_i) x_i$$"
    cost = r"- \sum_{i=1}^n \Big[ y_i \log p_i + (1 - y_i) \log(1 - p_i) \Big]"
    result = _steps(tmp_path, text, "--cost", cost, "--let", r"z_i = w^\top x_i + b", "--let", r"p_i = \sigma(z_i)")
    assert result.exit_code == 0, (result.output, result.stderr)
    assert "∂J/∂wⱼ" in result.stdout


def test_derive_refuses_a_cost_that_is_a_gradient():
    result = CliRunner().invoke(main, ["derive", "--input", "latex", "--", r"\nabla_\theta J"])
    assert result.exit_code == 3
    assert "the cost holds a derivative" in result.stderr


# -- a lemma by a non-parameter before the derivation, a boxed result --------------------------------------

def test_a_lemma_by_the_probability_before_the_derivation_is_not_a_step(tmp_path):
    lemma = r"""$$
\frac{d J_i}{d p_i} = -\left( \frac{y_i}{p_i} - \frac{1 - y_i}{1 - p_i} \right).
$$

$$
\boxed{\frac{d J_i}{d z_i} = p_i - y_i.}
$$

"""
    code, ending, wrong, review = _review(tmp_path, _LISTED + lemma + _RIGHT)
    assert (code, ending, wrong) == (0, "gradient", [])
    # neither is read (fixchains: the first, a lemma found beside the derivation whose J_i the page never
    # defines, is named "not read" as an equation beside it; the boxed one is set aside by the page, as before)
    assert sum("is not part of the derivation" in note or note.startswith("line 15: not read:")
               for note in review["notes"]) == 2


def test_a_boxed_result_after_the_derivation_is_its_last_step(tmp_path):
    boxed = "\n$$\n\\boxed{\\nabla_w J(w,b) = \\sum_{i=1}^n (p_i - y_i) x_i.}\n$$\n"
    code, ending, wrong, _ = _review(tmp_path, _LISTED + _RIGHT + boxed)
    assert (code, ending, wrong) == (0, "gradient", [])
    flipped = boxed.replace("(p_i - y_i)", "(y_i - p_i)")
    code, ending, wrong, _ = _review(tmp_path, _LISTED + _RIGHT + flipped)
    assert (code, ending, wrong) == (1, "wrong", [19])
