r"""A --let name after a sum is not taken into the sum for being defined: its value may hold no example.

Found by an outside review on Coursera's ex5 code (gopichandkommineni/machine-learning-programming-assignments,
ex5/linearRegCostFunction.m: ``p=(lambda/(2*m))*sum((theta(2:k).^2)); J=sum((h-y).^2)/(2*m)+p;``): the penalty p
was read inside the sum over the examples, m times too large, and a right answer was called different. Gradients are
checked by the oracle against the cost written out by hand, never by logderiv's output.
"""

from __future__ import annotations

import pytest

from _oracle import assert_equal
from logderiv import check
from logderiv.notation import read_problem


def same_cost(first, second) -> None:
    assert_equal([first.expand_definitions(first.cost), second.expand_definitions(second.cost)])


@pytest.mark.parametrize(
    "cost, lets, written_out",
    [
        ("sum((theta^T x - y)^2)/(2m) + c * sum_k(theta_k^2)", ["c = 0.5"],
         "sum((theta^T x - y)^2)/(2m) + 0.5 * sum_k(theta_k^2)"),
        (r"-\frac{1}{m}\sum_{i=1}^m y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)})) + \frac{\lambda}{2m} R",
         [r"R = \sum_{j=1}^n\theta_j^2"],
         r"-\frac{1}{m}\sum_{i=1}^m \left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]"
         r" + \frac{\lambda}{2m} \sum_{j=1}^n\theta_j^2"),
    ],
)
def test_a_constant_let_after_a_sum_stays_outside_it(cost, lets, written_out):
    same_cost(read_problem(cost, lets=lets), read_problem(written_out))


def test_the_ex5_answer_is_right_again():
    # ∂/∂θⱼ of Σ(h − y)²/(2m) + (λ/2m)Σ_{k≥2}θₖ² is (1/m)(Xᵀ(h − y) + λ·temp), temp = θ with θ₁ = 0
    verdict = check("(1/m).*(X'*(h-y)+lambda.*temp)", cost="J=sum((h-y).^2)/(2*m)+p;",
                    let=["h=X*theta;", "p=(lambda/(2*m))*sum((theta(2:n).^2));", "n = length(theta);",
                         "temp=theta;", "temp(1)=0;"])
    assert verdict.verdict == "equivalent"


def test_the_sign_of_a_let_penalty_is_judged_right():
    cost = (r"-\frac{1}{m}\sum_{i=1}^m y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))"
            r" + \frac{\lambda}{2m} R")
    right = r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)} + \frac{\lambda}{m}\theta_j"
    wrong = right.replace(r"+ \frac{\lambda}{m}", r"- \frac{\lambda}{m}")
    lets = [r"R = \sum_{j=1}^n\theta_j^2"]
    assert check(right, cost=cost, let=lets).verdict == "equivalent"
    assert check(wrong, cost=cost, let=lets).verdict == "different"
