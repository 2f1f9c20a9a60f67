"""Functions defined with --let (g(z) = ..., L(a, y) = ...): expanded where called, with notes; refusals with columns."""

from __future__ import annotations

import pytest

from logderiv.errors import InputError
from logderiv.notation import read_problem

from _oracle import assert_equal


def same_cost(first, second) -> None:
    """The two problems' costs agree at random points, each with its own definitions expanded."""
    assert_equal([first.expand_definitions(first.cost), second.expand_definitions(second.cost)])


def test_g_of_z_is_the_sigmoid_in_plain_notation():
    """g(z) = 1/(1 + e^(-z)) is a function of z; g(theta^T x) is σ(θᵀx), noted as the sigmoid."""
    problem = read_problem("-1/m sum_i y log g(theta^T x)", lets=["g(z) = 1/(1 + e^(-z))"])
    assert problem.cost == read_problem("-1/m sum_i y log sigmoid(theta^T x)").cost
    assert any("g read as σ" in note for note in problem.notes)


def test_a_function_named_by_another_letter_with_exp_over_one_plus_exp():
    r"""\ell(u) = e^u/(1+e^u) is the sigmoid as well."""
    problem = read_problem(r"\sum_i \log \ell(\theta^T x^{(i)})", lets=[r"\ell(u) = \frac{e^{u}}{1+e^{u}}"])
    assert problem.cost == read_problem(r"\sum_i \log \sigma(\theta^T x^{(i)})").cost
    assert any("ℓ read as σ" in note for note in problem.notes)


def test_a_two_argument_loss_is_expanded_with_its_arguments():
    r"""\mathcal{L}(a, y) = ... applied to h^{(i)}, y^{(i)} is the cross-entropy written out."""
    lets = [r"\mathcal{L}(q, t) = -(t\log q + (1-t)\log(1-q))"]
    problem = read_problem(r"J = \frac{1}{m}\sum_{i=1}^m \mathcal{L}(h_\theta(x^{(i)}), y^{(i)})", lets=lets)
    explicit = read_problem(
        r"J = -\frac{1}{m}\sum_{i=1}^m (y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)})))"
    )
    same_cost(problem, explicit)
    assert any("L applied to" in note for note in problem.notes)


def test_a_function_whose_body_is_not_the_sigmoid_is_substituted():
    """f(u) = u^2 + 1: f(theta_j) is theta_j^2 + 1, not a sigmoid."""
    problem = read_problem("f(theta_j) + sum_i (h - y)^2", lets=["f(u) = u^2 + 1", "h = theta^T x"])
    assert problem.cost == read_problem("theta_j^2 + 1 + sum_i (h - y)^2", lets=["h = theta^T x"]).cost


def test_sigma_redefined_as_the_sigmoid_is_noted():
    r"""\sigma(z) = \frac{1}{1+e^{-z}} is what σ already is: accepted, with a note."""
    problem = read_problem(r"\sum_i \log\sigma(\theta^T x^{(i)})", lets=[r"\sigma(z) = \frac{1}{1+e^{-z}}"])
    assert problem.cost == read_problem(r"\sum_i \log\sigma(\theta^T x^{(i)})").cost
    assert any("is the sigmoid σ" in note for note in problem.notes)


def test_sigma_redefined_as_something_else_is_refused():
    r"""\sigma(z) = \frac{1}{1+e^{z}} is not the sigmoid: refused at the body, labelled --let."""
    text = r"\sigma(z) = \frac{1}{1+e^{z}}"
    with pytest.raises(InputError) as caught:
        read_problem(r"\sum_i \log\sigma(\theta^T x^{(i)})", lets=[text])
    assert caught.value.label == "--let"
    assert caught.value.column == text.index(r"\frac")


def test_wrong_number_of_arguments_is_refused_at_the_call():
    """L(a, y) called with one argument is refused at the call's column."""
    cost = "sum_i L(h)"
    with pytest.raises(InputError) as caught:
        read_problem(cost, lets=["L(a, t) = (a - t)^2", "h = theta^T x"])
    assert "takes 2 arguments, given 1" in caught.value.message
    assert caught.value.column == cost.index("L")


def test_a_function_body_may_not_call_itself_through_another():
    """No recursion: F(u) = log G(u) with G(v) = F(v) is a cycle, refused at G in F's body."""
    text = "F(u) = log G(u)"
    with pytest.raises(InputError) as caught:
        read_problem("sum_i F(theta^T x)", lets=[text, "G(v) = F(v)"])
    assert caught.value.column == text.index("G")
    assert "calls itself" in caught.value.message


def test_a_function_body_may_call_another_function():
    """F(u) = log G(u) with G(v) = v^2 is F(u) = log(u^2): code defines h through g this way."""
    problem = read_problem("sum_i F(theta^T x)", lets=["F(u) = log G(u)", "G(v) = v^2"])
    same_cost(problem, read_problem("sum_i log((theta^T x)^2)"))


def test_sigmoid_without_a_backslash_in_latex_is_noted():
    """'sigmoid(z)' inside a LaTeX let is the sigmoid, with a note."""
    problem = read_problem(r"\sum_i \log h_\theta(x^{(i)})", lets=[r"h_\theta(x) = sigmoid(\theta^T x)"])
    same_cost(problem, read_problem("sum_i log(sigmoid(theta^T x))"))
    assert any("'sigmoid' without a backslash is read as the sigmoid σ" in note for note in problem.notes)
