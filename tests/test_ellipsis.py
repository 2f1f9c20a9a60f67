"""Issue 10, fifth wave: ellipses and the long tail of spellings (each reading noted, each ambiguity refused)."""

from __future__ import annotations

import pytest

from _oracle import assert_equal
from logderiv.errors import InputError
from logderiv.notation import read_problem


def same_cost(first, second) -> None:
    assert_equal([first.expand_definitions(first.cost), second.expand_definitions(second.cost)])


RIDGE = r"J(\theta) = \frac{1}{2m} \sum_{i=1}^m \left(h_\theta(x^{(i)}) - y^{(i)}\right)^2"


@pytest.mark.parametrize(
    "let",
    [
        r"h_\theta(x^{(i)}) = \theta_0 + \sum_{j=1}^n \theta_j x_j^{(i)}",
        r"h_\theta(x^{(i)}) = \theta_0 + \sum\limits_{j=1}^{n} \theta_j x_j^{(i)}",
    ],
)
def test_an_equals_sign_of_a_sum_limit_in_a_let_is_not_a_chain(let):
    r"""The '=' of \sum_{j=1} inside a --let is the sum's limit, not a second side (it once failed 'unmatched }')."""
    problem = read_problem(RIDGE, lets=[let])
    written = read_problem(r"J(\theta) = \frac{1}{2m} \sum_{i=1}^m (\theta_0 + \sum_{j=1}^n \theta_j x_j^{(i)} - y^{(i)})^2")
    same_cost(problem, written)


def test_a_chain_with_a_sum_limit_still_splits_at_its_own_equals_signs():
    chained = read_problem(RIDGE, lets=[r"h_\theta(x) = \hat y = \theta_0 + \sum_{j=1}^n \theta_j x_j"])
    alone = read_problem(RIDGE, lets=[r"h_\theta(x) = \theta_0 + \sum_{j=1}^n \theta_j x_j"])
    same_cost(chained, alone)


LINEAR = r"J(\theta) = \frac{1}{2m} \sum_{i=1}^m (h_\theta(x^{(i)}) - y^{(i)})^2"
SUMMED = r"h_\theta(x^{(i)}) = \theta_0 + \sum_{j=1}^n \theta_j x_j^{(i)}"


@pytest.mark.parametrize(
    "let",
    [
        r"h_\theta(x^{(i)}) = \theta_0 + \theta_1 x_1^{(i)} + \theta_2 x_2^{(i)} + \dots + \theta_n x_n^{(i)}",
        r"h_\theta(x^{(i)}) = \theta_0 + \theta_1 x_1^{(i)} + \ldots + \theta_n x_n^{(i)}",
        r"h_\theta(x^{(i)}) = \theta_0 + \theta_1 x_1^{(i)} + \theta_2 x_2^{(i)} + \cdots + \theta_n x_n^{(i)}",
        r"h_\theta(x^{(i)}) = \theta_0 + \theta_1 x_1^{(i)} + … + \theta_n x_n^{(i)}",
        r"h_\theta(x^{(i)}) = \theta_0 + \theta_1 x_1^{(i)} + ... + \theta_n x_n^{(i)}",
        r"h_\theta(x) = \theta_0+\theta_1x_1+...\theta_nx_n",
    ],
)
def test_a_written_out_linear_model_with_an_ellipsis_is_the_sum(let):
    problem = read_problem(LINEAR, lets=[let])
    same_cost(problem, read_problem(LINEAR, lets=[SUMMED]))
    assert any("ellipsis continues the pattern" in note for note in problem.notes), problem.notes


def test_an_ellipsis_numbered_by_p_counts_the_features():
    r"""Capital X_1^{(i)} is the example's feature; p (the last index) is the number of features, read as n."""
    cost = r"J(\beta) = \frac{1}{2m} \sum_{i=1}^{m} (Y^{(i)} - h_\beta(X^{(i)}))^2"
    problem = read_problem(
        cost, wrt="beta_j",
        lets=[r"h_\beta(X^{(i)}) = \beta_0 + \beta_1 X_1^{(i)} + \beta_2 X_2^{(i)} + ... + \beta_p X_p^{(i)}"],
    )
    written = read_problem(r"J(\beta) = \frac{1}{2m} \sum_{i=1}^{m} (y^{(i)} - \beta_0 - \sum_{j=1}^n \beta_j x_j^{(i)})^2",
                           wrt="beta_j")
    same_cost(problem, written)
    assert "p counts the features here: read as n" in problem.notes


def test_an_ellipsis_in_a_cost_gives_the_gradient_of_the_sum():
    from _oracle import assert_gradient

    problem = read_problem(r"\frac{1}{2m}\sum_{i=1}^m (w_1 x_1^{(i)} + w_2 x_2^{(i)} + \dots + w_n x_n^{(i)} + b - y^{(i)})^2",
                           wrt="w_j")
    written = read_problem(r"\frac{1}{2m}\sum_{i=1}^m (\sum_{k=1}^n w_k x_k^{(i)} + b - y^{(i)})^2", wrt="w_j")
    same_cost(problem, written)
    import logderiv

    derivation = logderiv.derive(r"\frac{1}{2m}\sum_{i=1}^m (w_1 x_1^{(i)} + w_2 x_2^{(i)} + \dots + w_n x_n^{(i)} + b - y^{(i)})^2",
                                 wrt="w_j")
    assert_gradient(written.expand_definitions(written.cost), written.wrt, derivation.result,
                    written.definitions)


@pytest.mark.parametrize(
    "let, column, message",
    [
        # the terms do not follow one pattern: θ₂x₃
        (r"h = \theta_0 + \theta_1 x_1 + \theta_2 x_3 + \dots + \theta_n x_n", 30, "do not follow one pattern"),
        # numbered from 2
        (r"h = \theta_0 + \theta_2 x_2 + \dots + \theta_n x_n", 15, "numbered from 2"),
        # numbered from 0 beside a bias b of its own: x_0 is no x₀ = 1 there (θ₀x₀ + θ₁x₁ + ⋯ + θₙxₙ alone is Ng's
        # θᵀx, read over every feature: test_latex_eleventh)
        (r"h = \theta_0 x_0 + \theta_1 x_1 + \dots + \theta_n x_n + b", 4, "numbered from 0"),
        # a last term numbered by a letter that is no count
        (r"h = \theta_0 + \theta_1 x_1 + \dots + \theta_j x_j", 38, "number of features"),
        # after a minus
        (r"h = \theta_0 - \theta_1 x_1 - \dots - \theta_n x_n", 30, "joined by '+'"),
        # a gap: 1 then 3
        (r"h = \theta_1 x_1 + \theta_3 x_3 + \dots + \theta_n x_n", 19, "numbered from 3"),
        # nothing after the ellipsis
        (r"h = \theta_0 + \theta_1 x_1 + \dots", 30, "needs the last term"),
        # a product with an ellipsis
        (r"h = x_1 x_2 \cdots x_n", 12, "only between the terms of a sum"),
    ],
)
def test_an_ellipsis_that_is_no_clear_pattern_is_refused(let, column, message):
    with pytest.raises(InputError) as error:
        read_problem(LINEAR.replace(r"h_\theta(x^{(i)})", "h"), lets=[let])
    assert message in str(error.value)
    assert error.value.column == column
    assert error.value.hint


HALF = r"J(\theta)=\frac{1}{2}\sum_{i=1}^{m}(h_{\theta}(x^{(i)})-y^{(i)})^{2}"


def test_a_chain_whose_last_side_writes_the_dot_product_out_with_its_intercept():
    r"""h = θᵀx = θ₀ + θ₁x₁ + … + θₙxₙ: the notes' x₀ = 1; the last side is the definition, noted."""
    chained = read_problem(HALF, lets=[r"h_{\theta}=\theta^Tx=\theta_0+\theta_1x_1+...\theta_nx_n"])
    written = read_problem(HALF, lets=[r"h_{\theta}=\theta_0+\sum_{j=1}^n\theta_jx_j"])
    same_cost(chained, written)
    assert any("written out with x₀ = 1" in note for note in chained.notes), chained.notes


@pytest.mark.parametrize(
    "let",
    [
        r"h = \theta^T x = w_0 + \sum_{j=1}^n w_j x_j",  # another vector
        r"h = \theta^T x = \theta_1 + \sum_{j=1}^n \theta_j x_j",  # not the intercept θ₀
    ],
)
def test_a_chain_whose_sides_differ_otherwise_stays_refused(let):
    # (θᵀx = θ₀ + θ₁x₁, θᵀx written out for its first feature, is read as θᵀx: tests/test_chains.py)
    with pytest.raises(InputError) as error:
        read_problem(HALF.replace(r"h_{\theta}(x^{(i)})", "h"), lets=[let])
    assert "the sides of the chain differ" in str(error.value)
    assert error.value.column == 4


def test_an_unmarked_feature_beside_a_marked_x_in_a_sum_is_the_examples_noted():
    # was refused (a forgotten mark, or a value that does not follow the sum?); fixxj reads it as xⱼ⁽ⁱ⁾ with a
    # note, as the plain reader does: with j the component, feature j of example i is the only datum x_j can be
    # (tests/test_fixxj.py holds the gradient to finite differences); a bare x beside x^{(i)} stays refused there
    text = r"\sum_{i=1}^{m}(h_{\theta}(x^{(i)})-y^{(i)})x_j"
    problem = read_problem(text, lets=[r"h_\theta(x) = \theta^T x"])
    assert any("'x_j' has no example index beside x^{(i)}" in note for note in problem.notes), problem.notes


@pytest.mark.parametrize(
    "text",
    [
        r"\sum_{i=1}^{m}(h_{\theta}(x^{(i)})-y^{(i)})x_j^{(i)}",  # every x marked
        r"\sum_{i=1}^{m}(h_{\theta}(x)-y)x_j",  # none marked: the sum's example, as always
    ],
)
def test_x_marked_alike_in_a_sum_is_read(text):
    problem = read_problem(text, lets=[r"h_\theta(x) = \theta^T x"])
    marked = read_problem(r"\sum_{i=1}^{m}(\theta^T x^{(i)}-y^{(i)})x_j^{(i)}")
    same_cost(problem, marked)


POISSON = r"\sum_{i=1}^m (\theta^T x^{(i)}) y^{(i)} - \sum_{i=1}^m e^{\theta^T x^{(i)}}"


@pytest.mark.parametrize(
    "factorial",
    [r"\log(y^{(i)}!)", r"\log(y^{(i)} !)", r"\ln y^{(i)}!", r"\log y_i!"],
)
def test_a_factorial_of_the_data_is_a_constant_of_the_parameters(factorial):
    """A Poisson log-likelihood's log(yᵢ!) holds no parameter: the gradient is that of the rest, noted."""
    import logderiv
    from _oracle import assert_gradient

    text = POISSON + r" - \sum_{i=1}^m " + factorial
    derivation = logderiv.derive(text)
    rest = read_problem(POISSON)
    assert_gradient(rest.expand_definitions(rest.cost), rest.wrt, derivation.result, rest.definitions)
    problem = read_problem(text)
    assert any("is a factorial of the data" in note and "gradient is 0" in note for note in problem.notes), problem.notes


@pytest.mark.parametrize(
    "text, column",
    [
        (r"\sum_{i=1}^m \log((\theta^T x^{(i)})!)", 36),  # of something with the parameters
        (r"\sum_{i=1}^m \log(\theta_j!)", 26),
        (r"\sum_{i=1}^m \log(h_\theta(x^{(i)})!)", 35),
        (r"\sum_{i=1}^m \log((y^{(i)} + 1)!)", 31),  # only a name of the data
    ],
)
def test_a_factorial_of_anything_else_is_refused(text, column):
    from logderiv.errors import UnsupportedInputError

    with pytest.raises(UnsupportedInputError) as error:
        read_problem(text)
    assert error.value.column == column
    assert "factorial" in str(error.value)


def test_a_letter_index_applied_to_the_parameters_names_the_cost():
    r"""l(\beta_0, \beta_1) = …: the log-likelihood ℓ, a name; a bare l = … stays refused."""
    named = read_problem(r"l(\beta) = \sum_{i=1}^m y^{(i)} \beta^T x^{(i)} - e^{\beta^T x^{(i)}}", wrt="beta_j")
    plain = read_problem(r"\sum_{i=1}^m y^{(i)} \beta^T x^{(i)} - e^{\beta^T x^{(i)}}", wrt="beta_j")
    same_cost(named, plain)
    with pytest.raises(InputError):
        read_problem(r"l = \sum_{i=1}^m y^{(i)} \beta^T x^{(i)}", wrt="beta_j")


def test_a_sum_without_limits_takes_its_index_from_the_data_it_subscripts():
    r"""-\sum y_n\log h(x_n) + …: n subscripts the target, so it is the example index, noted."""
    problem = read_problem(r"J(\theta) = -\sum y_n\log h_\theta (x_n) + (1-y_n)\log[1-h_\theta(x_n)]")
    written = read_problem(
        r"J(\theta) = -\sum_{i=1}^m [y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))]")
    same_cost(problem, written)
    assert any("without limits runs over the examples: its index n" in note for note in problem.notes), problem.notes


@pytest.mark.parametrize(
    "text, column",
    [
        (r"\frac{1}{n}\sum (y_n - \theta^T x_n)^2", 19),  # n also the count, written alone
        (r"\sum (y_n - \theta_n x_q)^2", 8),  # n also subscripts a parameter
    ],
)
def test_a_sum_without_limits_whose_letter_has_another_role_stays_refused(text, column):
    with pytest.raises(InputError) as error:
        read_problem(text)
    assert error.value.column == column


def test_a_capital_x_as_the_argument_of_the_prediction_is_the_example():
    r"""H_\theta(X) = \theta^T X, applied to X^{(i)} in the cost: X is the example x, noted."""
    cost = r"J(\theta) = \frac{1}{2m} \sum^m_{i=1} (H_\theta(X^{(i)}) - y^{(i)})^2"
    problem = read_problem(cost, lets=[r"H_\theta(X) = \theta^T X"])
    written = read_problem(r"J(\theta) = \frac{1}{2m} \sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2")
    same_cost(problem, written)
    assert any("its argument X is the example x" in note for note in problem.notes), problem.notes


def test_a_capital_x_argument_beside_a_lowercase_x_is_not_renamed():
    with pytest.raises(InputError):
        read_problem(r"\frac{1}{2m} \sum_{i=1}^m (h(X^{(i)}) - y^{(i)})^2", lets=[r"h(X) = \theta^T x + X"])


def test_a_plain_left_side_declares_the_bias_of_an_undefined_prediction():
    """J(w,b) = … with h undefined: the model is σ(wᵀx + b) whatever the gradient is taken by (b was dropped by w_j)."""
    import logderiv
    from _oracle import assert_gradient

    text = "J(w,b) = -(1/m) * sum(y*log(h(x)) + (1-y)*log(1-h(x)))"
    explicit = read_problem("-(1/m) * sum(y*log(sigmoid(w^T x + b)) + (1-y)*log(1-sigmoid(w^T x + b)))", wrt="w_j")
    derivation = logderiv.derive(text, wrt="w_j")
    problem = read_problem(text, wrt="w_j")
    assert_gradient(explicit.expand_definitions(explicit.cost), explicit.wrt, problem.expand_definitions(derivation.result))


@pytest.mark.parametrize(
    "text",
    [
        "J(w,b) = -(1/m) * Σ[y⁽ⁱ⁾*log(f(x⁽ⁱ⁾)) + (1-y⁽ⁱ⁾)*log(1-f(x⁽ⁱ⁾))]",
        "J(w,b) = -(1/m) * sum(y*log(f(x)) + (1-y)*log(1-f(x)))",
    ],
)
def test_an_undefined_f_of_the_example_is_the_prediction(text):
    problem = read_problem(text, wrt="w_j")
    written = read_problem("-(1/m) * sum(y*log(sigmoid(w^T x + b)) + (1-y)*log(1-sigmoid(w^T x + b)))", wrt="w_j")
    same_cost(problem, written)
    assert any("f defined nowhere is read as the model's prediction h" in note for note in problem.notes)


@pytest.mark.parametrize(
    "text, lets",
    [
        ("-(1/m) * sum(y*log(f(x)) + (1-y)*log(1-f(x)))", ["h = sigmoid(theta^T x)"]),  # h defined: f is another name
        ("-(1/m) * sum(y*log(f(z)) + (1-y)*log(1-f(z)))", []),  # f of something else
    ],
)
def test_an_undefined_f_otherwise_stays_refused(text, lets):
    with pytest.raises(InputError):
        read_problem(text, lets=lets)


@pytest.mark.parametrize(
    "let",
    [
        "h = theta_0 + theta_1 x_1 + theta_2 x_2 + ... + theta_n x_n",
        "h = theta_0 + theta_1 x_1 + … + theta_n x_n",
        "h = theta_0 + theta_1*x_1 + ... theta_n*x_n",
    ],
)
def test_a_plain_written_out_model_with_an_ellipsis_is_the_sum(let):
    problem = read_problem("1/(2m) sum (h - y)^2", lets=[let])
    written = read_problem("1/(2m) sum (theta_0 + theta^T x - y)^2")
    same_cost(problem, written)
    assert any("ellipsis continues the pattern" in note for note in problem.notes), problem.notes


@pytest.mark.parametrize(
    "let, column",
    [
        ("h = theta_0 + theta_1 x_2 + ... + theta_n x_n", 14),
        ("h = theta_0 - theta_1 x_1 - ... - theta_n x_n", 28),
        ("h = theta_0 + theta_1 x_1 + ... + theta_j x_j", 34),
    ],
)
def test_a_plain_ellipsis_without_a_clear_pattern_is_refused(let, column):
    with pytest.raises(InputError) as error:
        read_problem("1/(2m) sum (h - y)^2", lets=[let])
    assert error.value.column == column


BISHOP = (r"\tilde{E}(\mathbf{w})=\frac{1}{2} \sum_{i=1}^{N}\left\{t_{i}-y\left(\mathbf{x}_{i}, \mathbf{w}\right)\right\}^{2}"
          r"+\frac{1}{2} \lambda \mathbf{w}^{T} \mathbf{w}")


def test_bishops_regularised_error_reads_t_as_the_target_and_y_as_the_model():
    problem = read_problem(BISHOP, wrt="w_j")
    written = read_problem(r"\frac{1}{2}\sum_{i=1}^{m}(y^{(i)} - w^T x^{(i)})^2 + \frac{\lambda}{2}\sum_{k=1}^n w_k^2", wrt="w_j")
    same_cost(problem, written)
    assert problem.name == "E"
    assert any("Bishop's notation" in note for note in problem.notes)
    assert any("names the cost" in note for note in problem.notes)


@pytest.mark.parametrize(
    "text, column",
    [
        (r"\tilde{E} + \theta_1", 0),  # a decorated name that names nothing
        (r"E = \frac{1}{2}\sum_{i=1}^{N}(t_i - y(x_i, w))^2 + \tilde{E}", 51),
        (r"E = \frac{1}{2}\sum_{i=1}^{N}(t_i - y(x_i, z))^2", 41),  # y of something that is no parameter vector
    ],
)
def test_decorations_and_y_calls_otherwise_stay_refused(text, column):
    with pytest.raises(InputError) as error:
        read_problem(text, wrt="w_j")
    assert error.value.column == column


@pytest.mark.parametrize(
    "text",
    [
        r"\sum_{i=1}^{m}\left[-e^{x_{i}^{\prime}\beta}+y_{i}x_{i}^{\prime}\beta\right]",
        r"\sum_{i=1}^{m}\left[-e^{x_i^\prime\beta}+y_{i}x_{i}^\prime\beta\right]",
        r"\sum_{i=1}^{m}\left[-e^{x_i'\beta}+y_{i}x_{i}'\beta\right]",
    ],
)
def test_a_prime_on_x_before_the_parameters_is_the_transpose(text):
    r"""statsmodels' x_i'β is x_iᵀβ, noted."""
    problem = read_problem(text, wrt="beta_j")
    written = read_problem(r"\sum_{i=1}^{m}\left[-e^{x_i^T\beta}+y_{i}x_{i}^T\beta\right]", wrt="beta_j")
    same_cost(problem, written)
    assert any("is the transpose" in note for note in problem.notes), problem.notes


@pytest.mark.parametrize(
    "text, column",
    [
        (r"\sum_{i=1}^{m} y_i^{\prime}\beta", 20),  # a prime on y
        (r"\sum_{i=1}^{m} x_i^{\prime} y_i", 20),  # not before a parameter vector
        (r"\tanh'(z)", 5),  # a derivative? (σ'(z) is read, σ's derivative: fixcold6)
        (r"\sum_{i=1}^{m} \beta' x_i", 20),
    ],
)
def test_any_other_prime_stays_refused(text, column):
    with pytest.raises(InputError) as error:
        read_problem(text, wrt="beta_j")
    assert "prime" in str(error.value)
    assert error.value.column == column


def test_a_let_name_called_on_the_example_is_its_value_there():
    """Loss(f(x⁽ⁱ⁾), y⁽ⁱ⁾) with --let Loss = … in f(x) and y: Loss at example i, noted."""
    problem = read_problem("J(w,b) = (1/m) * Σ[Loss(f(x⁽ⁱ⁾), y⁽ⁱ⁾)]", wrt="w_j",
                           lets=["Loss = -y*log(f(x)) - (1-y)*log(1-f(x))"])
    written = read_problem("-(1/m) * sum(y*log(sigmoid(w^T x + b)) + (1-y)*log(1-sigmoid(w^T x + b)))", wrt="w_j")
    same_cost(problem, written)
    assert any("at example i: its arguments mark the example" in note for note in problem.notes), problem.notes


def test_a_let_name_called_on_anything_else_is_refused():
    with pytest.raises(InputError) as error:
        read_problem("(1/m) * sum(Loss(theta^T x, y))", lets=["Loss = (h - y)^2"])
    assert error.value.column == 17
