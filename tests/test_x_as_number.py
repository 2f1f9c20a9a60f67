r"""A bare x⁽ⁱ⁾ written as a number beside a model whose x is a feature vector, and the braces that cause it.

``\log{h_\theta}(x^{(i)})`` renders as log h_θ(x⁽ⁱ⁾): the braces after ``\log`` only
group, and the model is applied to x⁽ⁱ⁾ (found in a fresh real-world sample,
https://chenkardel.github.io/2018/08/08/note1-Multinomial-Logistic-Loss/, where it
was read as log(h) times a one-feature x — a silent misread). Whatever the
spelling, an x⁽ⁱ⁾ that is both the feature vector (θᵀx) and a factor is refused at
that x: reading it as a one-feature x inside a model of many would be another cost.
Costs are compared with their plain spelling by the oracle, never by logderiv's output.
"""

from __future__ import annotations

import pytest

from _oracle import assert_equal
from logderiv.errors import InputError
from logderiv.notation import read_problem


def same_cost(first, second) -> None:
    assert_equal([first.expand_definitions(first.cost), second.expand_definitions(second.cost)])


CHENKARDEL = r"J(\theta)=-{1\over m}[\sum^m_{i=1}y^{(i)}\log{h_{\theta}}(x^{(i)}) + (1-y^{(i)})\log(1-h_{\theta}(x^{(i)}))]"
PLAIN = r"J(\theta)=-\frac{1}{m}\sum_{i=1}^m [y^{(i)}\log(h_{\theta}(x^{(i)})) + (1-y^{(i)})\log(1-h_{\theta}(x^{(i)}))]"


def test_a_braced_model_name_after_log_is_applied_to_its_bracket():
    same_cost(read_problem(CHENKARDEL), read_problem(PLAIN))


@pytest.mark.parametrize("braced", [r"\log{h_\theta}(x^{(i)})", r"\log{h}(x^{(i)})", r"\ln{h_{\theta}}(x^{(i)})"])
def test_each_spelling_of_the_braced_call(braced):
    cost = rf"-\frac{{1}}{{m}}\sum_{{i=1}}^m \left[y^{{(i)}} {braced} + (1-y^{{(i)}})\log(1-h_\theta(x^{{(i)}}))\right]"
    same_cost(read_problem(cost), read_problem(PLAIN))


REFUSED = [
    # (cost, lets, the column of the x written as a factor)
    ("-1/m sum_i y_i x_i log(h(x_i))", ["h(x) = sigmoid(theta^T x)"], 15),
    (r"-\frac{1}{m}\sum_{i=1}^m y^{(i)} x^{(i)} \log h_\theta(x^{(i)})", [r"h_\theta(x) = \sigma(\theta^T x)"], 33),
    (r"-\frac{1}{m}\sum_{i=1}^m y^{(i)}(x^{(i)}) \log h_\theta(x^{(i)})", [r"h_\theta(x) = \sigma(\theta^T x)"], 33),
]


@pytest.mark.parametrize(("cost", "lets", "column"), REFUSED)
def test_an_x_both_vector_and_number_is_refused_at_the_factor(cost, lets, column):
    with pytest.raises(InputError) as caught:
        read_problem(cost, lets=lets)
    assert "x is a feature vector here" in caught.value.message
    assert caught.value.column == column
    assert cost[column] == "x"


@pytest.mark.parametrize(
    "cost, wrt",
    [
        ("1/(2m) sum_i (theta_0 + theta_1 x_i - y_i)^2", "theta_1"),  # one feature: x is a number throughout
        (r"\frac{1}{2m}\sum_{i=1}^m (w x^{(i)} + b - y^{(i)})^2", "b"),
        (r"\frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2", "theta_j"),  # a vector throughout
    ],
)
def test_x_used_one_way_still_reads(cost, wrt):
    read_problem(cost, wrt=wrt)
