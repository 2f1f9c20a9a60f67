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
    # fixleft28 reads LOOP itself (sigmoid(X(i,:)*theta) is the number θᵀx⁽ⁱ⁾, tests/test_fixleft28.py); a loop still
    # not read is theta'*X(i,:), a 1×n row after a 1×n row, which Octave cannot multiply
    with pytest.raises(InputError) as raised:
        check(LOOP.replace("X(i,:)*theta", "theta'*X(i,:)"), cost="logistic")
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


# --- a lone number bracketed under the slash, then a count: 1/(2)m --------------------------------------------------
# Read left to right it was (1/2)·m with no note: λ/(2)m Σθₖ² gave λmθⱼ, m² times the λ/(2m) the writer likely meant,
# and 1/(2)m Σ (θᵀx − y)² gave m Σ (θᵀx − y) xⱼ. Refused like its neighbour λ/2·m (audit27a), naming both readings.

@pytest.mark.parametrize("cost", [
    "lambda/(2)m * sum_k theta_k^2",
    "lambda/(2) m sum_k theta_k^2",
    "lambda/(2)*m * sum_k theta_k^2",
    "1/(2)m sum_i (theta^T x_i - y_i)^2",
    r"\lambda/(2)m \sum_k \theta_k^2",
])
def test_a_bracketed_number_before_a_count_is_refused_naming_both_readings(cost):
    from logderiv import derive

    with pytest.raises(InputError) as raised:
        derive(cost)
    # since fixmsg29 in the one message of a half before the count (conventions.half_before_count_message); it had
    # its own words ("…, as ML notes mean 1/2m"), saying the same readings
    assert "is ambiguous: (" in raised.value.message and "/(2m), the " in raised.value.message
    assert "as written, the brackets closing round the number alone" in raised.value.message
    assert raised.value.hint.startswith("write ")


@pytest.mark.parametrize("cost, intended", [
    # the brackets around 2m, or LaTeX's braces, say which: read as written (finite differences of the NumPy form)
    ("1/(2m) sum_i (theta^T x_i - y_i)^2", lambda d: ((d.X @ d.theta - d.y) ** 2).sum() / (2 * d.m)),
    (r"\frac{\lambda}{(2)m}\sum_k \theta_k^2", lambda d: d.lam * (d.theta ** 2).sum() / (2 * d.m)),
    ("lambda/(2) * sum_k theta_k^2", lambda d: d.lam / 2 * (d.theta ** 2).sum()),
])
def test_a_bracket_that_says_which_is_read(cost, intended):
    from _reading import assert_gradient_read

    assert_gradient_read(cost, intended)
