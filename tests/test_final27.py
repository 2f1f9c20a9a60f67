"""Found reading this stop's change (session 27): messages a loop's array maker and a call's hint gave.

``grad = zeros(size(theta))`` before a loop logderiv does not read was refused as "unknown function 'zeros'" with
the hint ``--let 'zeros(size(theta) = X @ theta'``: an offer to define zeros as a model, its bracket cut at the first
')' inside the call. The refusal is right; the message now says what zeros is and how the loop is read.
"""
import pytest

from logderiv import check
from logderiv.errors import InputError

LOOP = ("grad = zeros(size(theta));\nfor i = 1:m\n grad = grad + (sigmoid(X(i,:)*theta) - y(i)) * X(i,:)';\n"
        "end\ngrad = grad/m;")


def test_an_array_maker_before_an_unread_loop_is_named_as_one():
    with pytest.raises(InputError) as raised:
        check(LOOP, cost="logistic")
    assert raised.value.message == "'zeros(…)' makes an array for the code to fill, which is not read here"
    assert "h(i) with --let 'h = sigmoid(X*theta)'" in raised.value.hint
    assert "--let 'zeros" not in raised.value.hint


def test_the_loop_the_hint_names_is_read():
    # what the hint offers is read, and right: (1/m) Σᵢ (σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ is the logistic gradient (by hand)
    from _reading import assert_verdict_read  # judged by the corpus judge, its gradient by finite differences

    loop = LOOP.replace("sigmoid(X(i,:)*theta)", "h(i)")
    assert_verdict_read(loop, "logistic", "equivalent", lets=("h = sigmoid(X*theta)",))


def test_a_source_functions_hint_shows_its_whole_call():
    with pytest.raises(InputError) as raised:
        check("predict(sigmoid(X), theta) - y", cost="logistic")
    assert "--let 'predict(sigmoid(X), theta) = X @ theta'" in raised.value.hint
