"""fixfoc29b: two right pages called wrong at the first-order condition, as general rules.

* ``∇_θJ = 0 ⇒ XᵀXθ = Xᵀy`` after a ``\\frac{\\partial J}{\\partial\\theta} = …`` derivation: the gradient named in
  another spelling than the derivation's first side (∇_θJ, ∇J(θ), ∇J, dJ/dθ, ∂J(θ)/∂θ, ∂/∂θ J) was split off as a
  derivation of its own and judged wrong. It is the same derivative restated, its zero the first-order condition
  (noted), its normal equations checked as fixfoc29 checks them: a wrong one is still a wrong line.
* Component form: ∂J/∂θ₀ = 0 and ∂J/∂θ₁ = 0 (or ∂J/∂w = 0, ∂J/∂b = 0 in matrix form) in displays of their own after
  both were derived to the gradient were each a derivation judged wrong: set aside as the condition, noted. A zero
  after a derivative that was wrong before it, or never derived, is still judged; equations solving the zeros across
  derivations (θ₀ = ȳ − θ₁x̄ written with sums) are refused, never set aside unread (a sign slip must not pass).

The mathematics is checked here by central finite differences in NumPy (tests/_numeric.py), never against
logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _derivations_table import review_of_page, steps_of_page
from _numeric import central_differences

from logderiv.notation.solved_equations import gradient_named, one_gradient

_MATRIX = r"""The cost in matrix form:

$$J(\theta) = \frac{1}{2m}(X\theta - y)^T(X\theta - y)$$

Its gradient:

$$\frac{\partial J}{\partial \theta} = {derivative}$$

$${name} = 0 \Rightarrow X^TX\theta = {right}$$
"""

_RIGHT = r"\frac{1}{m}X^T(X\theta - y)"


def _matrix_page(name: str, right: str = "X^Ty", derivative: str = _RIGHT) -> str:
    return _MATRIX.replace("{derivative}", derivative).replace("{name}", name).replace("{right}", right)


def _half_mean_square(X, y):
    return lambda t: (X @ t - y) @ (X @ t - y) / (2 * len(y))


def test_the_matrix_facts_by_finite_differences():
    rng = np.random.default_rng(291)
    X, y, theta = rng.normal(size=(7, 3)), rng.normal(size=7), rng.normal(size=3)
    cost = _half_mean_square(X, y)
    assert np.allclose(central_differences(cost, theta), X.T @ (X @ theta - y) / 7, atol=1e-6)
    # the sign-slipped derivative (1/m)Xᵀ(Xθ + y) is not the gradient
    assert not np.allclose(central_differences(cost, theta), X.T @ (X @ theta + y) / 7, atol=1e-3)
    for right, minimum in ((X.T @ y, True), (-X.T @ y, False)):
        assert np.allclose(central_differences(cost, np.linalg.solve(X.T @ X, right)), 0, atol=1e-6) is minimum


_SPELLINGS = [r"\nabla_\theta J", r"\nabla_{\theta} J(\theta)", r"\nabla J(\theta)", r"\nabla J", r"\frac{dJ}{d\theta}",
              r"\frac{\partial J(\theta)}{\partial \theta}", r"\frac{\partial}{\partial \theta} J"]


@pytest.mark.parametrize("name", _SPELLINGS)
def test_the_gradient_set_to_zero_in_another_spelling_is_the_condition(tmp_path, name):
    code, ending, wrong, review = review_of_page(tmp_path, _matrix_page(name))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("the gradient's name set to zero after the derivation ended at it (line 7)" in note
               for note in review["notes"])
    assert any("solves the first-order condition" in note for note in review["notes"])


@pytest.mark.parametrize("name", _SPELLINGS)
def test_a_wrong_normal_equation_after_another_spelling_is_a_wrong_line(tmp_path, name):
    # its solution misses the minimum (test_the_matrix_facts_by_finite_differences)
    code, _, wrong, _ = review_of_page(tmp_path, _matrix_page(name, right="-X^Ty"))
    assert (code, wrong) == (1, [9])


@pytest.mark.parametrize("name", [r"\nabla_\theta J", r"\nabla J(\theta)"])
def test_a_wrong_derivative_before_the_zero_is_still_caught(tmp_path, name):
    code, ending, wrong, _ = review_of_page(tmp_path, _matrix_page(name, derivative=r"\frac{1}{m}X^T(X\theta + y)"))
    assert (code, ending, wrong) == (1, "wrong", [7])


def test_the_spellings_name_one_gradient():
    names = {gradient_named(name) for name in _SPELLINGS}
    assert one_gradient(names | {gradient_named(r"\frac{\partial J}{\partial\theta}")})
    # a component beside the whole gradient, another cost, the data: never one gradient
    assert not one_gradient({gradient_named(r"\nabla J"), gradient_named(r"\frac{\partial J}{\partial\theta_0}")})
    assert not one_gradient({gradient_named(r"\nabla_\theta L"), gradient_named(r"\frac{\partial J}{\partial\theta}")})
    assert gradient_named(r"\frac{\partial J}{\partial x}") is None
    assert gradient_named(r"\frac{\partial J}{\partial \theta} X") is None
    assert gradient_named(r"\frac{\partial J(\theta_0, \theta_1)}{\partial \theta_0}") == ("J", r"\theta_0")


# -- component form: each derivative set to zero in a display of its own ---------------------------------------

_COMPONENTS = r"""The cost:

$$J(\theta_0, \theta_1) = \frac{1}{2m}\sum_{i=1}^{m}\left(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\right)^2$$

The derivatives:

$$\frac{\partial J}{\partial \theta_0} = \frac{1}{m}\sum_{i=1}^{m}\left(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\right){zero_slip}$$

$$\frac{\partial J}{\partial \theta_1} = \frac{1}{m}\sum_{i=1}^{m}\left(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\right){one_slip}$$

Setting both to zero:

$${zero_name} = 0$$

$$\frac{\partial J}{\partial \theta_1} = 0$$
"""


def _components(zero_slip: str = "", one_slip: str = "x^{(i)}",
                zero_name: str = r"\frac{\partial J}{\partial \theta_0}") -> str:
    return (_COMPONENTS.replace("{zero_slip}", zero_slip).replace("{one_slip}", one_slip)
            .replace("{zero_name}", zero_name))


def _line_cost(x, y):
    return lambda t: np.sum((t[0] + t[1] * x - y) ** 2) / (2 * len(y))


def test_the_component_facts_by_finite_differences():
    rng = np.random.default_rng(2910)
    x, y, theta = rng.normal(size=8), rng.normal(size=8), rng.normal(size=2)
    gradient = central_differences(_line_cost(x, y), theta)
    residual = theta[0] + theta[1] * x - y
    assert np.allclose(gradient, [residual.mean(), (residual * x).mean()], atol=1e-6)
    # the slips: ∂J/∂θ₁ without its x, ∂J/∂θ₀ with + y
    assert not np.isclose(gradient[1], residual.mean(), atol=1e-3)
    assert not np.isclose(gradient[0], (theta[0] + theta[1] * x + y).mean(), atol=1e-3)
    # θ₀ = ȳ − θ₁x̄ and θ₁ = Sxy/Sxx zero the gradient; θ₀ = ȳ + θ₁x̄ does not
    slope = np.sum((x - x.mean()) * (y - y.mean())) / np.sum((x - x.mean()) ** 2)
    assert np.allclose(central_differences(_line_cost(x, y), np.array([y.mean() - slope * x.mean(), slope])), 0,
                       atol=1e-6)
    assert not np.allclose(central_differences(_line_cost(x, y), np.array([y.mean() + slope * x.mean(), slope])), 0,
                           atol=1e-3)


@pytest.mark.parametrize("zero_name", [r"\frac{\partial J}{\partial \theta_0}",
                                       r"\frac{\partial J(\theta_0, \theta_1)}{\partial \theta_0}"])
def test_each_derivative_set_to_zero_apart_is_the_condition(tmp_path, zero_name):
    code, ending, wrong, review = review_of_page(tmp_path, _components(zero_name=zero_name))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any(note.startswith("line 13: the gradient's name set to zero after the derivation ended at it (line 7)")
               for note in review["notes"])
    assert any(note.startswith("line 15: the gradient's name set to zero after the derivation ended at it (line 9)")
               for note in review["notes"])
    assert [step["line"] for step in review["steps"] if step["line"] in (13, 15)] == []


def test_the_derived_expressions_set_to_zero_are_the_condition(tmp_path):
    page = _components().split("Setting both")[0] + "\n".join([
        "Setting both to zero:", "",
        r"$$\frac{1}{m}\sum_{i=1}^{m}\left(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\right) = 0$$", "",
        r"$$\frac{1}{m}\sum_{i=1}^{m}\left(\theta_0 + \theta_1 x^{(i)} - y^{(i)}\right)x^{(i)} = 0$$", ""])
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (0, "gradient", [])


@pytest.mark.parametrize("page, line", [
    (_components(one_slip=""), 9),  # ∂J/∂θ₁ without its x (test_the_component_facts_by_finite_differences)
    (_components(zero_slip="").replace(r"x^{(i)} - y^{(i)}\right)$$", r"x^{(i)} + y^{(i)}\right)$$", 1), 7),
])
def test_a_wrong_derivative_before_its_zero_is_still_caught(tmp_path, page, line):
    code, ending, wrong, _ = review_of_page(tmp_path, page)
    assert (code, ending, wrong) == (1, "wrong", [line])


def test_a_zero_of_a_derivative_never_derived_is_still_judged(tmp_path):
    # only ∂J/∂θ₀ derived: ∂J/∂θ₁ = 0 is a derivation of its own whose 0 is not ∂J/∂θ₁
    page = _components().replace(
        r"$$\frac{\partial J}{\partial \theta_1} = \frac{1}{m}\sum_{i=1}^{m}\left(\theta_0 + \theta_1 x^{(i)} - "
        r"y^{(i)}\right)x^{(i)}$$", "")
    code, _, wrong, _ = review_of_page(tmp_path, page)
    assert (code, wrong) == (1, [15])


@pytest.mark.parametrize("sign", ["-", "+"])
def test_equations_solving_the_zeros_apart_are_refused(tmp_path, sign):
    # right (−) or slipped (+), the equation is not checked across derivations: refused, never set aside
    page = _components() + "\nwhich gives\n\n" + (
        rf"$$\theta_0 = \frac{{1}}{{m}}\sum_{{i=1}}^{{m}} y^{{(i)}} {sign} \theta_1 \frac{{1}}{{m}}\sum_{{i=1}}^{{m}} "
        r"x^{(i)}$$") + "\n"
    result = steps_of_page(tmp_path, page, "-f", "json", "--timeout", "60")
    assert result.exit_code == 2
    assert "line 19 goes on from it" in result.stdout + result.stderr


_MATRIX_PARTS = r"""The cost:

$$J(w, b) = \frac{1}{2m}(Xw + b - y)^T(Xw + b - y)$$

$$\frac{\partial J}{\partial w} = \frac{1}{m}X^T(Xw + b - y)$$

$$\frac{\partial J}{\partial b} = \frac{1}{m}1^T(Xw {sign} b - y)$$

Setting them to zero:

$$\frac{\partial J}{\partial w} = 0$$

$$\frac{\partial J}{\partial b} = 0$$
"""


def test_the_matrix_parts_facts_by_finite_differences():
    rng = np.random.default_rng(2911)
    X, y, w, b = rng.normal(size=(6, 2)), rng.normal(size=6), rng.normal(size=2), 0.4
    cost = lambda v: np.sum((X @ v[:2] + v[2] - y) ** 2) / 12  # noqa: E731
    gradient = central_differences(cost, np.append(w, b))
    assert np.allclose(gradient[2], np.sum(X @ w + b - y) / 6, atol=1e-6)
    assert not np.isclose(gradient[2], np.sum(X @ w - b - y) / 6, atol=1e-3)


def test_matrix_parts_set_to_zero_apart_are_the_condition(tmp_path):
    code, ending, wrong, review = review_of_page(tmp_path, _MATRIX_PARTS.replace("{sign}", "+"))
    assert (code, ending, wrong) == (0, "gradient", [])
    assert any("line 11: the gradient's name set to zero" in note for note in review["notes"])
    code, ending, wrong, _ = review_of_page(tmp_path, _MATRIX_PARTS.replace("{sign}", "-"))
    assert (code, ending, wrong) == (1, "wrong", [7])


@pytest.mark.parametrize("form", ["text", "markdown", "latex"])
def test_the_note_is_in_every_format(tmp_path, form):
    result = steps_of_page(tmp_path, _components(), "-f", form, "--timeout", "60")
    assert result.exit_code == 0
    assert "the first-order condition, not a new derivation" in " ".join(result.stdout.split())
