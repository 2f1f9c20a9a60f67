r"""The LaTeX of real course notes and textbooks (issue 10): spellings they use that logderiv now reads.

* ``p(x_i;\beta)`` (ESL, Murphy): the parameters after a semicolon, held fixed — the model probability at x_i;
* ``\nabla_\theta \left\{\mathcal{L}(\theta; y, X)\right\} =`` (CSE 6040): braces around a gradient's cost name;
* ``\textbf{x}`` (text-mode bold) for a vector, beside ``\boldsymbol{\theta}``.

Each reading is noted. Gradients are held against a plain spelling written by hand
(``tests/_oracle.py``: sympy.diff and finite differences); verdicts are worked by hand.
"""

from __future__ import annotations

import pytest

from _oracle import assert_gradient
from logderiv import check, derive
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError

# ---------------------------------------------------------------- p(x_i;\beta)

#: ESL eq. 4.20: the two-class log-likelihood, and p(x;β) the model probability
_ESL_COST = r"l(\beta) = \sum_{i=1}^N\{y_i\beta^Tx_i -\ln(1+e^{\beta^Tx_i})  \}"
_ESL_LET = r"p(x_i;\beta) = \frac{e^{\beta^Tx}}{1+e^{\beta^Tx}}"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # ∂l/∂β_j = Σ y_i x_ij − σ(βᵀx_i) x_ij = Σ x_ij (y_i − p_i): the score (ESL eq. 4.21)
        (r"\frac{\partial l(\beta)}{\partial \beta} = \sum_{i=1}^N x_i(y_i-p(x_i;\beta))", "equivalent"),
        (r"\sum_{i=1}^N x_i(y_i-p(x_i; \mathbf{\beta}))", "equivalent"),
        # the sign flipped: the gradient of −l
        (r"\sum_{i=1}^N x_i(p(x_i;\beta) - y_i)", "different"),
    ],
)
def test_parameters_after_a_semicolon_are_held_fixed(text, verdict):
    result = check(text, cost=_ESL_COST, wrt="beta_j", let=[_ESL_LET])
    assert result.verdict == verdict
    assert any("what follows ';'" in note and "read as p(x_i)" in note for note in result.notes), result.notes


def test_a_cost_written_with_p_of_x_semicolon_beta_has_the_logistic_gradient():
    r"""-Σ y_i log p(x_i;β) + (1 − y_i) log(1 − p(x_i;β)), p the sigmoid: the cross-entropy, summed."""
    text = r"-\sum_{i=1}^N \left[y_i \log p(x_i;\beta) + (1-y_i)\log(1-p(x_i;\beta))\right]"
    derivation = derive(text, wrt="beta_j", let=[_ESL_LET])
    expected = read_cost("-sum_i y_i*log(sigmoid(beta^T x_i)) + (1-y_i)*log(1-sigmoid(beta^T x_i))", wrt="beta_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert any("what follows ';'" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    ("lets", "text", "column"),
    [
        # data after the ';' changes from call to call (y_i): dropping it would lose the labels
        ([r"\ell(a; y) = -(y\log a + (1-y)\log(1-a))"], r"\sum_i \ell(\sigma(w^Tx_i); y_i)", 6),
        # something else than a parameter after the ';'
        ([], r"\sum_i (y_i - f(x_i; \lambda))^2", 19),
        ([], r"\sum_i (y_i - f(x_i; w_1))^2", 19),
    ],
)
def test_other_semicolons_stay_refused(lets, text, column):
    with pytest.raises(InputError) as raised:
        derive(text, wrt="w_j", let=lets)
    assert "';'" in str(raised.value)
    assert raised.value.column == column  # the caret at the ';' (0-based)


# ---------------------------------------------------------------- \nabla_\theta \left\{ L \right\}

_CSE_COST = r"\mathcal{L}(\theta; y, X) = \sum_i y_i \ln G(\theta^T x_i) + (1-y_i) \ln (1 - G(\theta^T x_i))"
_CSE_LET = r"G(y) = \frac{e^y}{e^y + 1}"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the log-likelihood's gradient is Σ (y_i − σ(θᵀx_i)) x_ij = [Xᵀ(y − σ(Xθ))]_j (by hand)
        (r"\nabla_\theta \left\{\mathcal{L}(\theta; y, X)\right\} = X^T \left[ y - G(X \cdot \theta)\right]", "equivalent"),
        (r"\nabla_\theta \left\{\mathcal{L}\right\} = X^T \left[ y - G(X \theta)\right]", "equivalent"),
        (r"\nabla_\theta \left\{\mathcal{L}(\theta; y, X)\right\} = X^T \left[ G(X \theta) - y\right]", "different"),
    ],
)
def test_braces_around_the_gradients_cost_name_only_group(text, verdict):
    result = check(text, cost=_CSE_COST, wrt="theta_j", let=[_CSE_LET])
    assert result.verdict == verdict
    assert any("names ∂L/∂θⱼ" in note for note in result.notes), result.notes


def test_braces_around_more_than_the_name_stay_refused():
    with pytest.raises(InputError, match="names the cost"):
        check(r"\nabla_\theta \left\{2\mathcal{L}\right\} = X^T \left[ y - G(X \theta)\right]",
              cost=_CSE_COST, wrt="theta_j", let=[_CSE_LET])


# ---------------------------------------------------------------- \textbf{x}

_BK_J = r"\frac{1}{2m} \sum_{i=1}^{m} \left( \boldsymbol{\theta}^T \textbf{x}^{(i)} - y^{(i)} \right)^2"


@pytest.mark.parametrize(
    "text",
    [
        _BK_J,
        r"\frac{1}{2m} \sum_{i=1}^{m} ( \textbf{\theta}^T \textbf x^{(i)} - y^{(i)} )^2",
    ],
)
def test_bold_text_letter_is_the_vector(text):
    derivation = derive(text, wrt="theta_j")
    expected = read_cost("sum_i (theta^T x_i - y_i)^2 / (2m)", wrt="theta_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert any("(bold text type) is read as the bold letter" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # (1/m) Σ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾) x⁽ⁱ⁾ and (1/m) Xᵀ(Xθ − y): the gradient of (1/2m) Σ (θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)², by hand
        (r"\frac{1}{m} \sum_{i=1}^{m}  \left( \boldsymbol{\theta}^T \textbf{x}^{(i)} - y^{(i)} \right)  \textbf{x}^{(i)}",
         "equivalent"),
        (r"\nabla_{\boldsymbol{\theta}} J  = \frac{1}{m} \textbf{X}^T(\textbf{X}\boldsymbol{\theta} - \textbf{y})",
         "equivalent"),
        # missing the 1/m
        (r"\textbf{X}^T(\textbf{X}\boldsymbol{\theta} - \textbf{y})", "different"),
    ],
)
def test_bold_text_answers(text, verdict):
    assert check(text, cost=_BK_J, wrt="theta_j").verdict == verdict


def test_a_bold_text_word_is_still_an_annotation():
    r"""\textbf{where}: a word in bold type carries no mathematics, as before."""
    read = derive(_BK_J + r" \quad \textbf{where}", wrt="theta_j").problem
    assert not any("(bold text type)" in note and "where" in note for note in read.notes)


# ---------------------------------------------------------------- \min_w opening the cost


@pytest.mark.parametrize(
    ("text", "plain", "wrt"),
    [
        # Cornell CS 4780: the mean squared error of a line through the origin, and ridge (λ outside the Σ)
        (r"\min_{\mathbf{w}} \frac{1}{n}\sum_{i=1}^n (\mathbf{x}_i^\top\mathbf{w} - y_i)^2",
         "sum_i (w^T x_i - y_i)^2 / m", "w_j"),
        (r"\min_{\mathbf{w}} \frac{1}{n}\sum_{i=1}^n (\mathbf{x}_i^\top\mathbf{w} - y_i)^2 + \lambda\|\mathbf{w}\|_2^2",
         "sum_i (w^T x_i - y_i)^2 / m + lambda * sum_k w_k^2", "w_j"),
        (r"\arg\min_{w,b} \sum_{i=1}^n (w^T x_i + b - y_i)^2", "sum_i (w^T x_i + b - y_i)^2", "b"),
        (r"\min\limits_\theta \frac{1}{2m}\sum_{i=1}^m (\theta^T x_i - y_i)^2", "sum_i (theta^T x_i - y_i)^2/(2m)", "theta_j"),
        # CSE 446: a bare \min after a label in words
        (r"\text{Objective: } \min \sum[-y_i \log(\sigma(x_i^T w)) - (1-y_i)\log(1-\sigma(x_i^T w))]",
         "sum_i -y_i*log(sigmoid(w^T x_i)) - (1-y_i)*log(1-sigmoid(w^T x_i))", "w_j"),
    ],
)
def test_min_opening_the_text_states_the_cost(text, plain, wrt):
    derivation = derive(text, wrt=wrt)
    expected = read_cost(plain, wrt=wrt)
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert any("opens the text: the cost is what follows" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    ("text", "column"),
    [
        (r"\min_{w} J(w) = \sum_{i=1}^n (w^T x_i - y_i)^2", 0),  # a relation after it: which side is the cost?
        (r"\min_{x} \sum_{i=1}^n (w^T x_i - y_i)^2", 0),  # minimised over the data?
        (r"\sum_{i=1}^n \min_w (w^T x_i - y_i)^2", 13),  # a min inside the cost
        (r"\min(w_1, w_2) + w^Tx", 0),  # the function min(a, b)
    ],
)
def test_other_mins_stay_refused(text, column):
    with pytest.raises(InputError) as raised:
        derive(text, wrt="w_j")
    assert "min" in str(raised.value)
    assert raised.value.column == column


# ---------------------------------------------------------------- \mathbb{X}, \mathbb{Y} (Data 100)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (r"\frac{1}{n}||\mathbb{Y} - \mathbb{X}\theta||_2^2 + \lambda || \theta ||_2^2",
         "sum_i (y_i - theta^T x_i)^2 / m + lambda * sum_k theta_k^2"),
        (r"R(\theta) = \frac{1}{n} (||\mathbb{Y} - \mathbb{X} \theta||_2)^2", "sum_i (y_i - theta^T x_i)^2 / m"),
        # row i of 𝕏 is example i
        (r"- \frac{1}{n} \sum_{i=1}^n \left(y_i\log{\sigma(\mathbb{X}_i^{\top}\theta)}"
         r"+(1-y_i)\log{(1-\sigma(\mathbb{X}_i^{\top}\theta))}\right)",
         "-sum_i (y_i*log(sigmoid(theta^T x_i)) + (1-y_i)*log(1-sigmoid(theta^T x_i))) / m"),
    ],
)
def test_blackboard_x_and_y_are_the_data(text, plain):
    derivation = derive(text, wrt="theta_j")
    expected = read_cost(plain, wrt="theta_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert any("(blackboard bold" in note and "the data matrix X" in note for note in read.notes), read.notes


def test_blackboard_answer_is_checked():
    r"""∇ of (1/n)‖𝕐 − 𝕏θ‖² is −(2/n)𝕏ᵀ(𝕐 − 𝕏θ), by hand; without the 2 it is half of it."""
    cost = r"\frac{1}{n}||\mathbb{Y} - \mathbb{X}\theta||_2^2"
    assert check(r"-\frac{2}{n}\mathbb{X}^T(\mathbb{Y} - \mathbb{X}\theta)", cost=cost, wrt="theta_j").verdict == "equivalent"
    assert check(r"-\frac{1}{n}\mathbb{X}^T(\mathbb{Y} - \mathbb{X}\theta)", cost=cost, wrt="theta_j").verdict == "different"


@pytest.mark.parametrize(
    ("text", "column"),
    [
        (r"\frac{1}{n}||\mathbb{Y} - \mathbb{X}\theta||_2^2 + X_1", 13),  # a plain X beside 𝕏: two matrices?
        (r"\frac{1}{n}||\mathbb{Y} - \mathbb{R}\theta||_2^2", 26),  # only X and Y are the data: the caret at \mathbb{R}
    ],
)
def test_other_blackboard_letters_stay_refused(text, column):
    with pytest.raises(InputError) as raised:
        derive(text, wrt="theta_j")
    assert "mathbb" in str(raised.value)
    assert raised.value.column == column


# ---------------------------------------------------------------- \tilde{x_i}

_XUEREN_LL = r"\ell(\theta) = \sum\limits_{i=1}^{N}[y_{i} \theta^{T} \tilde{x_{i}} - \ln (1+e^{\theta^{T} \tilde{x_{i}} }) ]"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (_XUEREN_LL, "sum_i y_i*theta^T x_i - log(1 + exp(theta^T x_i))"),
        (r"\frac{1}{2m}\sum_{i=1}^m (\tilde{\mathbf{x}}_i^T\theta - y_i)^2", "sum_i (theta^T x_i - y_i)^2/(2m)"),
    ],
)
def test_tilde_x_is_the_feature_vector(text, plain):
    derivation = derive(text, wrt="theta_j")
    expected = read_cost(plain, wrt="theta_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert any("is read as the feature vector x: no plain x is written" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # ∂ℓ/∂θ_j = Σ x̃_ij (y_i − σ(θᵀx̃_i)), by hand (Stevens' score, '= 0' dropped)
        (r"\sum\limits_{i=1}^{N} \tilde{x_{i}} (y_{i}-\frac{1}{1+exp(-\theta^{T}\tilde{x_{i}})})", "equivalent"),
        (r"\sum\limits_{i=1}^{N} \tilde{x_{i}} (\frac{1}{1+exp(-\theta^{T}\tilde{x_{i}})} - y_{i})", "different"),
    ],
)
def test_tilde_x_answers(text, verdict):
    assert check(text, cost=_XUEREN_LL, wrt="theta_j").verdict == verdict


@pytest.mark.parametrize(
    ("text", "column"),
    [
        (r"\sum_i (\tilde{x_i}^T\theta - y_i)^2 + x_1", 8),  # x̃ beside a plain x: two vectors
        (r"\sum_i (\tilde{y}_i - y_i)^2", 8),  # another letter with a tilde
    ],
)
def test_other_tildes_stay_refused(text, column):
    with pytest.raises(InputError) as raised:
        derive(text, wrt="theta_j")
    assert "tilde" in str(raised.value)
    assert raised.value.column == column


# ---------------------------------------------------------------- ∇ typed as its symbol

_CSE446_MSE = r"L(w) = ||Xw-Y||_2^2"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # ∇‖Xw − Y‖² = 2Xᵀ(Xw − Y), by hand; a chain of two equal forms
        ("∇_w L(w) = 2X^T Xw - 2X^T Y = 2X^T (Xw - Y)", "equivalent"),
        ("∇L(w) = -2X^T(y - Xw)", "equivalent"),
        ("∇L(w) = -X^T(y - Xw)", "different"),
    ],
)
def test_the_nabla_symbol_opens_a_gradient(text, verdict):
    result = check(text, cost=_CSE446_MSE, wrt="w_j")
    assert result.verdict == verdict
    assert any("is read entry by entry: ∂L/∂wⱼ" in note for note in result.notes), result.notes


# ---------------------------------------------------------------- \overbrace{\red{+ …}}^{label}, a {+ b}

_CNBLOG_LIN = (
    r"J(\theta) = \frac{1}{2m} \left[ \sum_{i=1}^m(h_\theta(x^{(i)}) - y^{(i)})^2 "
    r"\overbrace{\red{+ \lambda\sum_{j=1}^n\theta_j^2}}^{\tt \small regulation\ term} \right]"
)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # the braced penalty, coloured and labelled, is the second term of the bracket: not a factor
        (_CNBLOG_LIN, "(sum_i (theta^T x_i - y_i)^2 + lambda * sum_k theta_k^2) / (2m)"),
        (r"\frac{1}{2m}\sum_{i=1}^m (\theta^T x_i - y_i)^2 \underbrace{- \lambda \theta_1^2}_{\text{odd}}",
         "sum_i (theta^T x_i - y_i)^2 / (2m) - lambda * theta_1^2"),
        (r"\frac{1}{2m}\sum_{i=1}^m (\theta^T x_i - y_i)^2 {+ \lambda \theta_1^2}",
         "sum_i (theta^T x_i - y_i)^2 / (2m) + lambda * theta_1^2"),
        (r"e^{\theta_1}{+\theta_2}", "exp(theta_1) + theta_2"),
    ],
)
def test_a_group_opening_with_its_sign_continues_the_sum(text, plain):
    derivation = derive(text, wrt="theta_j")
    expected = read_cost(plain, wrt="theta_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert any("a braced group that opens with its sign" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        # a brace without a sign stays a group: (1/2)·(Σ …), the label dropped
        (r"\frac{1}{2}\underbrace{\sum_i (\theta^T x_i - y_i)^2}_{\text{fit}}", "sum_i (theta^T x_i - y_i)^2 / 2"),
        # the summand of a \sum after its limits is no continuation: Σ_i (−θ_i + θ_1)... over the features
        (r"\sum_{j=1}^{n}{-\theta_j + \theta_1}", "sum_k (theta_1 - theta_k)"),
    ],
)
def test_other_groups_stay_groups(text, plain):
    derivation = derive(text, wrt="theta_j")
    expected = read_cost(plain, wrt="theta_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert not any("a braced group that opens with its sign" in note for note in read.notes), read.notes


def test_the_cnblog_gradient_with_the_penalty_copied_is_different():
    r"""∂J/∂θ_j = (1/m)Σ(h − y)x_j + (λ/m)θ_j (by hand); the post adds (λ/2m)θ_j², the penalty itself."""
    right = (r"\frac{1}{m}\sum_{i=1}^m(h_\theta(x^{(i)}) - y^{(i)}) x_j^{(i)} + \frac{\lambda}{m}\theta_j")
    wrong = (r"\left( \frac{1}{m}\sum_{i=1}^m(h_\theta(x^{(i)}) - y^{(i)})\cdot x_j^{(i)} \right) + "
             r"\frac{\lambda}{2m}\theta_j^2")
    assert check(right, cost=_CNBLOG_LIN, wrt="theta_j").verdict == "equivalent"
    assert check(wrong, cost=_CNBLOG_LIN, wrt="theta_j").verdict == "different"


# ---------------------------------------------------------------- a cost named with a label in words

_OBSIDIAN_LOG_L2 = (
    r"\mathcal{L}_{\text{L2}} = -\frac{1}{n}\sum_i \left[y_i \log \hat{p}_i + (1-y_i)\log(1-\hat{p}_i)\right] "
    r"+ \lambda \sum_j w_j^2"
)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # ∂/∂w_j = (1/n)Σ(p̂_i − y_i)x_ij + 2λw_j, by hand (the penalty has no 1/n)
        (r"\nabla_{w_j} \mathcal{L}_{\text{L2}} = \frac{1}{n}\sum_i (\hat{p}_i - y_i)x_{ij} + 2\lambda w_j", "equivalent"),
        (r"\frac{\partial \mathcal{L}_{\text{L2}}}{\partial w_j} = \frac{1}{n}\sum_i (\hat{p}_i - y_i)x_{ij} + 2\lambda w_j",
         "equivalent"),
        (r"\nabla_{w_j} \mathcal{L}_{\text{L2}} = \frac{1}{n}\sum_i (\hat{p}_i - y_i)x_{ij} + \frac{2\lambda}{n} w_j",
         "different"),
    ],
)
def test_a_gradient_of_a_cost_labelled_in_words(text, verdict):
    assert check(text, cost=_OBSIDIAN_LOG_L2, wrt="w_j").verdict == verdict


# ---------------------------------------------------------------- \ell(\theta) = \log L(\theta) = …, logh_\theta(x)

_LOGISTIC_SUM = "sum_i y_i*log(sigmoid(theta^T x_i)) + (1-y_i)*log(1-sigmoid(theta^T x_i))"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        # CS229: ℓ is the log of the likelihood L, which is never written out; the last side is the cost
        (r"\ell(\theta) = \log L(\theta) = \sum_{i=1}^n y^{(i)} \log h_\theta(x^{(i)}) + (1 - y^{(i)}) "
         r"\log(1 - h_\theta(x^{(i)}))", "is the log of the likelihood L"),
        # Chinese notes: log typed without its backslash, glued to L and to h
        (r"l(\theta)=logL(\theta)=\sum_{i=1}^{m}y^{(i)}logh_\theta(x^{(i)})+(1-y^{(i)})log(1-h_\theta(x^{(i)}))",
         "'logh' is read as log h"),
    ],
)
def test_the_log_likelihood_written_as_log_l(text, note):
    derivation = derive(text, wrt="theta_j")
    expected = read_cost(_LOGISTIC_SUM, wrt="theta_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert any(note in text for text in read.notes), read.notes


@pytest.mark.parametrize(
    "text",
    [
        # another letter than the likelihood's L: an undefined function, refused as before
        r"\ell(\theta) = \log P(\theta) = \sum_{i=1}^n y_i \log h_\theta(x_i) + (1 - y_i) \log(1 - h_\theta(x_i))",
        # log glued to more than one letter
        r"\sum_{i=1}^{m}y_i logab(x_i)",
    ],
)
def test_other_log_spellings_stay_refused(text):
    with pytest.raises(InputError):
        derive(text, wrt="theta_j")


# ---------------------------------------------------------------- statistics' prime for the transpose


@pytest.mark.parametrize(
    "text",
    [
        r"(y - X\beta)^\prime(y - X\beta) + \lambda \beta^\prime \beta",
        r"(y - X\beta)'(y - X\beta) + \lambda \beta' \beta",
    ],
)
def test_a_prime_between_vectors_is_the_transpose(text):
    derivation = derive(text, wrt="beta_j")
    expected = read_cost("sum_i (y_i - beta^T x_i)^2 + lambda * sum_k beta_k^2", wrt="beta_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert any("is the transpose, as statistics writes it" in note for note in read.notes), read.notes


@pytest.mark.parametrize(
    ("text", "column"),
    [
        # (y - x\beta)'(y - x\beta) was here: since fixlsq a lower-case x times the parameters beside the targets'
        # column (the residual transposed) is the data matrix, noted, so the prime is the transpose statistics writes
        # (tests/test_fixlsq.py checks that reading against the residual sum of squares)
        (r"\beta'\theta", 5),  # two different vectors
    ],
)
def test_other_primes_stay_refused(text, column):
    with pytest.raises(InputError) as raised:
        derive(text, wrt="beta_j")
    assert "prime" in str(raised.value)
    assert raised.value.column == column


# ---------------------------------------------------------------- \mathcal{L;\lambda}(w) = (Ghent)


def test_a_cost_name_with_its_parameter_inside_the_braces():
    text = (r"\mathcal{L;\lambda}(\mathbf{w})=-\sum_{i=1}^n[y_i\log(\sigma(\mathbf{w}^\top\mathbf{x}_i))"
            r"+(1-y_i)\log(1-\sigma(\mathbf{w}^\top\mathbf{x}_i))] +\lambda \mathbf{w}^\top\mathbf{w}\,.")
    derivation = derive(text, wrt="w_j")
    expected = read_cost("-sum_i (y_i*log(sigmoid(w^T x_i)) + (1-y_i)*log(1-sigmoid(w^T x_i))) + lambda*sum_k w_k^2",
                         wrt="w_j")
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})
    assert any("names the cost: read as L" in note for note in read.notes), read.notes


def test_the_same_braces_inside_a_cost_stay_refused():
    with pytest.raises(InputError, match="must hold one letter"):
        derive(r"\sum_i (y_i - \mathcal{L;\lambda} x_i)^2", wrt="w_j")
