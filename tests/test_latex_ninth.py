r"""More of the LaTeX people write (issue 10, ninth pass): spellings logderiv now reads, each with a note.

* ``y^{i}`` in a term after a bracketless ``\sum_{i=1}^{m}`` that the Σ takes in
  (``\sum_{i=1}^{m}y^{i}\log h + (1-y^{i})\log(1-h)``, math.SE): the i-th example,
  as it already was inside the Σ; a bracket that closes the Σ first leaves it a power (refused).
* a trailing qualifier on the component index, ``\quad \text{for } j = 0,1,\dots,n``,
  ``, \quad j = 1, \ldots, n``, ``\text{ for all } j``: set aside, the formula is the j-th entry.
* ``x^{(i)T}``: the i-th example transposed (the mark and the T in one superscript);
  ``y_{(i)}``: the example mark written below.
* Bishop's and CSC321's letters: ``t_n`` the target beside ``y_n`` the prediction (no --let):
  t is read as y and y as h, the model's prediction (the model the cost implies); an answer
  that writes y without t against such a cost is refused (its y could be either).
* ``--let 'y_n = \sigma(\mathbf{w}^T\mathbf{x}_n)'`` beside a cost in t_n: the let defines the prediction.
* a --let per example numbered n (Murphy's ``\mu_n = \sigma(\mathbf{w}^T\mathbf{x}_n)``): n read as i there.

Gradients are held against a plain spelling written by hand (``tests/_oracle.py``:
sympy.diff and finite differences); verdicts are worked by hand.
"""

from __future__ import annotations

import pytest

from _oracle import assert_gradient
from logderiv import check, derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError

# ------------------------------------------------- y^{i} after a bracketless Σ over examples

#: math.SE: the cross-entropy with the example index written as a superscript, the Σ without brackets
_POWER_COST = (r"J(\theta)=-\frac{1}{m}\sum_{i=1}^{m}y^{i}\log(h_\theta(x^{i}))"
               r"+(1-y^{i})\log(1-h_\theta(x^{i}))")
_POWER_LET = r"h_{\theta}(x)=\sigma(\theta^{T}x)"


def _same_gradient(derivation, plain: str) -> None:
    expected = read_cost(plain, wrt="theta_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})


def test_the_example_index_as_a_power_in_the_second_term_is_the_ith_example():
    derivation = derive(_POWER_COST, wrt="theta_j", let=[_POWER_LET])
    _same_gradient(derivation, "-1/m * sum_i (y^(i) log(sigmoid(theta^T x^(i))) + (1-y^(i)) log(1-sigmoid(theta^T x^(i))))")
    notes = derivation.problem.notes
    assert any("y^{i} is read as y^{(i)}, the i-th example" in note for note in notes), notes
    assert any("read over the whole summand" in note for note in notes), notes


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # ∂J/∂θ_j = (1/m) Σ (h − y) x_j: the math.SE answer with the 1/m
        (r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{i})-y^i)x_j^i", "equivalent"),
        # without the 1/m: the gradient of m·J
        (r"\frac{\partial}{\partial\theta_{j}} J(\theta) =\sum_{i=1}^{m}(h_\theta(x^{i})-y^i)x_j^i", "different"),
        # the sign flipped: the log-likelihood's gradient
        (r"\frac{1}{m}\sum_{i=1}^{m}(y^i-h_\theta(x^{i}))x_j^i", "different"),
    ],
)
def test_answers_against_a_cost_with_the_example_index_as_a_power(text, verdict):
    result = check(text, cost=_POWER_COST, let=[_POWER_LET])
    assert result.verdict == verdict


def test_a_trailing_term_with_y_to_the_i_joins_a_squared_error_sum():
    # Σ_i [(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² + λ y⁽ⁱ⁾]: the second term has no θ, the gradient is 2 Σ (θᵀx − y) x_j
    derivation = derive(r"\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2 + \lambda y^{i}", wrt="theta_j")
    _same_gradient(derivation, "sum_i ((theta^T x^(i) - y^(i))^2 + lambda*y^(i))")


@pytest.mark.parametrize(
    ("text", "column"),
    [
        # the bracket closes the Σ: y^{i} after it is a power of y, or a slip: refused, not guessed
        (r"(\sum_{i=1}^m \theta^T x^{(i)}) + y^{i}", 35),  # the caret under the "^"
        # the open Σ runs over features, not examples
        (r"\sum_{j=1}^n \theta_j^2 + y^{i}", 27),
    ],
)
def test_y_to_the_i_outside_any_sum_over_examples_is_refused(text, column):
    with pytest.raises(InputError, match="to the power i") as caught:
        derive(text, wrt="theta_j")
    assert caught.value.column == column


def test_a_bracket_that_closes_the_sum_keeps_later_terms_out_of_it():
    # (Σ_i θᵀx⁽ⁱ⁾) + y⁽ⁱ⁾: the bracket ends the Σ, so y⁽ⁱ⁾ has no sum around it (it was read into the Σ before)
    with pytest.raises(InputError, match="free"):
        derive(r"\left(\sum_{i=1}^m \theta^T x^{(i)}\right) + y^{(i)}", wrt="theta_j")


# ------------------------------------------------- a trailing qualifier on the component index

#: Ng's logistic gradient, θ's j-th entry: (1/m) Σ (σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) x_j⁽ⁱ⁾
_NG_ENTRY = r"\frac{1}{m}\sum_{i=1}^{m}(h_\theta(x^{(i)}) - y^{(i)})x_j^{(i)}"
_NG_COST = r"J(\theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)}))\right]"


@pytest.mark.parametrize(
    ("qualifier", "written"),
    [
        (r" \quad \text{for } j = 0,1,\dots,n", r"\text{for } j = 0,1,\dots,n"),
        (r", \quad j = 1, \ldots, n", r"j = 1, \ldots, n"),
        (r" \text{ for all } j", r"\text{ for all } j"),
        (r" \qquad \text{for each } j", r"\text{for each } j"),
    ],
)
def test_a_trailing_range_of_the_component_index_is_set_aside(qualifier, written):
    result = check(r"\frac{\partial J}{\partial \theta_j} = " + _NG_ENTRY + qualifier, cost=_NG_COST)
    assert result.verdict == "equivalent"
    assert any(written in note and "set aside" in note for note in result.notes), result.notes
    # the same qualifier after a wrong entry (no 1/m) leaves it wrong
    wrong = check(_NG_ENTRY.replace(r"\frac{1}{m}", "") + qualifier, cost=_NG_COST)
    assert wrong.verdict == "different"


@pytest.mark.parametrize(
    "text",
    [
        # no comma and no words: 'x_j j = …' is not a qualifier anyone writes; read as before (refused)
        _NG_ENTRY + r" j = 1, \ldots, n",
        # the example index, not the component's: not set aside
        _NG_ENTRY + r" \quad \text{for } i = 1,\dots,m",
    ],
)
def test_other_trailing_equations_are_not_set_aside(text):
    with pytest.raises(InputError):
        check(text, cost=_NG_COST)


# ------------------------------------------------- x^{(i)T} and x_{(i)}

_LOGISTIC_COST = r"-\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log\sigma(\theta^Tx^{(i)}) + (1-y^{(i)})\log(1-\sigma(\theta^Tx^{(i)}))\right]"


@pytest.mark.parametrize(
    ("text", "verdict", "note"),
    [
        (r"\frac{1}{m}\sum_{i=1}^m (\sigma(x^{(i)T}\theta) - y^{(i)})x^{(i)}_j", "equivalent", "x^{(i)T} is read as"),
        (r"\frac{1}{m}\sum_{i=1}^m (\sigma(\mathbf{x}^{(i)\top}\theta) - y^{(i)})x^{(i)}_j", "equivalent", "transposed"),
        # the sign flipped: different
        (r"\frac{1}{m}\sum_{i=1}^m (y^{(i)} - \sigma(x^{(i)T}\theta))x^{(i)}_j", "different", "x^{(i)T} is read as"),
        (r"\frac{1}{m}\sum_{i=1}^m (\sigma(\theta^Tx_{(i)}) - y_{(i)})x_{(i)}", "equivalent", "y_{(i)} is read as y^{(i)}"),
        # the 1/m lost: different
        (r"\sum_{i=1}^m (\sigma(\theta^Tx_{(i)}) - y_{(i)})x_{(i)}", "different", "x_{(i)} is read as x^{(i)}"),
    ],
)
def test_example_marks_with_a_transpose_or_below(text, verdict, note):
    result = check(text, cost=_LOGISTIC_COST)
    assert result.verdict == verdict
    assert any(note in each for each in result.notes), result.notes


def test_a_cost_written_with_x_i_transposed_in_one_superscript():
    derivation = derive(r"\frac{1}{2m}\sum_{i=1}^m (x^{(i)T}\theta - y^{(i)})^2", wrt="theta_j")
    _same_gradient(derivation, "1/(2m) * sum_i (theta^T x^(i) - y^(i))^2")


def test_a_bracketed_letter_below_after_a_feature_index_is_still_refused():
    # x_{j(i)}: not the exact shape _{(letter)}: refused as before, with a caret at the bracket
    with pytest.raises(InputError, match="subscript") as caught:
        check(r"\frac{1}{m}\sum_{i=1}^m (\sigma(\theta^Tx_{(i)}) - y_{(i)})x_{j(i)}", cost=_LOGISTIC_COST)
    assert caught.value.column == 63


# ------------------------------------------------- t the target beside y the prediction (Bishop, CSC321)

_BISHOP_COST = r"E(\mathbf{w}) = -\sum_{n=1}^{N}\{t_n\ln y_n + (1-t_n)\ln(1-y_n)\}"
_CSC_COST = r"\mathcal{E} = \frac{1}{2N}\sum_{i=1}^{N}(\mathbf{w}^T\mathbf{x}^{(i)} + b - t^{(i)})^2"
_CSC_LOGISTIC = (r"\mathcal{J} = \frac{1}{N}\sum_{i=1}^{N}\left[-t^{(i)}\log\sigma(\mathbf{w}^T\mathbf{x}^{(i)})"
                 r" - (1-t^{(i)})\log(1-\sigma(\mathbf{w}^T\mathbf{x}^{(i)}))\right]")


def test_bishops_cross_entropy_with_t_and_y_is_the_logistic_cost():
    # y_n the prediction σ(wᵀx_n) (the cross-entropy's model), t_n the target
    derivation = derive(_BISHOP_COST, wrt="w_j")
    expected = read_cost("-sum_i (y_i*log(sigmoid(w^T x_i)) + (1-y_i)*log(1-sigmoid(w^T x_i)))", wrt="w_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert any("t is read as y" in note and "y as h" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    ("text", "cost", "wrt", "verdict"),
    [
        # ∇E = Σ (y_n − t_n) x_n (Bishop 4.91)
        (r"\sum_{n=1}^{N}(y_n - t_n)x_{nj}", _BISHOP_COST, "w_j", "equivalent"),
        (r"\sum_{n=1}^{N}(t_n - y_n)x_{nj}", _BISHOP_COST, "w_j", "different"),
        # CSC321: ∂E/∂w_j = (1/N) Σ x_j⁽ⁱ⁾ (y⁽ⁱ⁾ − t⁽ⁱ⁾), y = wᵀx + b
        (r"\frac{\partial\mathcal{E}}{\partial w_j} = \frac{1}{N}\sum_{i=1}^{N}x_j^{(i)}(y^{(i)} - t^{(i)})", _CSC_COST,
         "w_j", "equivalent"),
        (r"\frac{1}{N}\sum_{i=1}^{N}x_j^{(i)}(t^{(i)} - y^{(i)})", _CSC_COST, "w_j", "different"),
        (r"\frac{\partial\mathcal{E}}{\partial b} = \frac{1}{N}\sum_{i=1}^{N}(y^{(i)} - t^{(i)})", _CSC_COST, "b",
         "equivalent"),
        # the 1/N lost
        (r"\sum_{i=1}^{N}(y^{(i)} - t^{(i)})", _CSC_COST, "b", "different"),
        (r"\frac{1}{N}\sum_{i=1}^{N}(y^{(i)} - t^{(i)})x_j^{(i)}", _CSC_LOGISTIC, "w_j", "equivalent"),
    ],
)
def test_answers_with_t_the_target_and_y_the_prediction(text, cost, wrt, verdict):
    result = check(text, cost=cost, wrt=wrt)
    assert result.verdict == verdict
    assert any("y as h, the model's prediction" in note for note in result.notes), result.notes


def test_an_answer_with_y_but_no_t_against_bishops_cost_is_refused():
    # σ(wᵀx_n) − y_n: y the target (right) or Bishop's prediction σ(wᵀx_n) (zero)? not guessed
    text = r"\sum_{n=1}^{N}(\sigma(w^Tx_n) - y_n)x_{nj}"
    with pytest.raises(InputError, match="without t") as caught:
        check(text, cost=_BISHOP_COST, wrt="w_j")
    assert caught.value.column == text.index("y_n")


@pytest.mark.parametrize(
    "lets",
    [
        # a --let defines h: y_n and h may be different things; y stays the target
        [r"h = \sigma(w^Tx)"],
    ],
)
def test_t_beside_y_is_not_swapped_when_a_let_defines_h(lets):
    with pytest.raises(InputError, match="'t'"):
        derive(r"-\sum_{n=1}^{N}\{t_n\ln y_n + (1-t_n)\ln(1-y_n)\}", wrt="w_j", let=lets)


# ------------------------------------------------- a --let per example numbered n

_MURPHY_COST = r"NLL(\mathbf{w}) = -\sum_{n=1}^{N}[y_n \log \mu_n + (1-y_n)\log(1-\mu_n)]"


@pytest.mark.parametrize("let", [r"\mu_n = \sigma(\mathbf{w}^T\mathbf{x}_n)", r"\mu_{n} = \sigma(w^T x_{n})"])
def test_a_let_numbered_n_is_per_example(let):
    derivation = derive(_MURPHY_COST, wrt="w_j", let=[let])
    expected = read_cost("-sum_i (y_i*log(sigmoid(w^T x_i)) + (1-y_i)*log(1-sigmoid(w^T x_i)))", wrt="w_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert any("marks the example" in note and "read as i" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (r"\sum_{n=1}^{N}(\mu_n - y_n)\mathbf{x}_n", "equivalent"),  # Murphy 8.5: g = Σ (μ_n − y_n) x_n
        (r"\sum_{n=1}^{N}(\mu_n - y_n)", "different"),
    ],
)
def test_murphys_gradient_against_a_let_numbered_n(text, verdict):
    result = check(text, cost=_MURPHY_COST, wrt="w_j", let=[r"\mu_n = \sigma(\mathbf{w}^T\mathbf{x}_n)"])
    assert result.verdict == verdict


@pytest.mark.parametrize(
    "let",
    [
        r"\mu_n = \theta_n x_n",  # θ_n: the n-th parameter, not the example's: n is not respelled
        r"\mu_n = \sigma(w^T x_n) / n",  # n alone is a count
    ],
)
def test_a_let_whose_n_is_not_only_the_examples_is_not_respelled(let):
    with pytest.raises(InputError):
        derive(r"\sum_{n=1}^{N}(y_n - \mu_n)^2", wrt="theta_j" if "theta" in let else "w_j", let=[let])


# ------------------------------------------------- --let 'y_n = …' beside a cost in t_n (Bishop 4.87, 4.90)

_BISHOP_LET = r"y_n = \sigma(\mathbf{w}^T\mathbf{x}_n)"


def test_a_let_defining_y_beside_t_the_target_defines_the_prediction():
    derivation = derive(_BISHOP_COST, wrt="w_j", let=[_BISHOP_LET])
    expected = read_cost("-sum_i (y_i*log(sigmoid(w^T x_i)) + (1-y_i)*log(1-sigmoid(w^T x_i)))", wrt="w_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert any("t is read as y" in note and "y as h" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (r"\nabla E(\mathbf{w}) = \sum_{n=1}^{N}(y_n - t_n)\mathbf{x}_n", "equivalent"),
        (r"\sum_{n=1}^{N}(t_n - y_n)\mathbf{x}_n", "different"),
    ],
)
def test_answers_against_a_cost_whose_let_defines_y(text, verdict):
    assert check(text, cost=_BISHOP_COST, wrt="w_j", let=[_BISHOP_LET]).verdict == verdict


def test_a_let_defining_y_without_t_in_the_cost_is_still_refused():
    # no t in the cost: y is the target there, and a --let cannot redefine it
    with pytest.raises(InputError, match="fixed meaning"):
        derive(r"-\sum_{n=1}^{N}\{y_n\ln p_n + (1-y_n)\ln(1-p_n)\}", wrt="w_j", let=[_BISHOP_LET])
