r"""LaTeX as it sits in Markdown, notebooks and course notes (issue 10): each spelling read with a note, or refused.

* Markdown's escapes inside math: ``\_`` (``\sum\_{i=1}^{n}``, ``\hat{y}\_i``), ``\*`` and the braces
  ``\\{ … \\}``: Markdown strips one backslash before MathJax sees the math, so the writer means ``_``, ``*``,
  ``\{ … \}``. Read so, noted.
* counts with a label (``m_{train}``, ``n_{\text{samples}}``): the count; beside another spelling, refused.
* ``\textbf{1}^T``: the all-ones vector, as ``\mathbf{1}^\top``.
* ``\left(\log(h\left(x\right)\right)``: valid TeX; the function's ``(`` closes with the ``\right)``.
* ``\log_e`` is log; ``\log_{10}`` refused; a trailing ``\forall j`` (or ``(j = 0, …, n)``, ``j \in \{…\}``) is
  the component's range; ``\leftarrow`` (an update rule) refused with a hint.
* plain TeX's ``\eqalign{…}`` in steps; doubled braces ``{{db}}``.

Gradients are held against a plain spelling written by hand (``tests/_oracle.py``: sympy.diff and finite
differences); verdicts are worked by hand.
"""

from __future__ import annotations

import pytest

from _oracle import assert_gradient
from logderiv import check, derive, steps
from logderiv.verify.costs import read_cost
from logderiv.errors import InputError


def _same_gradient(derivation, plain: str, wrt: str, lets: tuple[str, ...] = ()) -> None:
    expected = read_cost(plain, wrt=wrt, let=list(lets))
    read = derivation.problem
    assert_gradient(expected.cost, expected.wrt, read.expand_definitions(derivation.result),
                    {**read.definitions, **expected.definitions})


def _noted(derivation_or_result, fragment: str) -> None:
    notes = (*getattr(derivation_or_result, "notes", ()), *derivation_or_result.problem.notes)
    assert any(fragment in note for note in notes), notes


# ------------------------------------------------- Markdown's escapes: \_ \* \\{ \\}

#: hridoynasah's notes (GitHub Markdown): the mean squared error of a one-feature line, \sum\_ escaped
_ESCAPED_MSE = r"J(w, b) = \frac{1}{n} \sum\_{i=1}^{n} (y_i - (w x_i + b))^2"
#: the same cost as plain notation, by hand
_PLAIN_MSE = "1/n * sum_i (y_i - (w x_i + b))^2"


@pytest.mark.parametrize("wrt", ["w", "b"])
def test_an_escaped_underscore_is_the_subscript(wrt):
    derivation = derive(_ESCAPED_MSE, wrt=wrt)
    _same_gradient(derivation, _PLAIN_MSE, wrt)
    _noted(derivation, "Markdown's escaped '_' (\\_) is read as '_'")


def test_an_escaped_underscore_after_a_hat_in_a_let():
    derivation = derive(r"J(w, b) = \frac{1}{n} \sum\_{i=1}^{n} (y_i - \hat{y}\_i)^2", wrt="w",
                        let=[r"\hat{y}\_i = w x_i + b"])
    _same_gradient(derivation, _PLAIN_MSE, "w")


@pytest.mark.parametrize(
    ("text", "wrt", "verdict"),
    [
        # d/dw (1/n)Σ(y_i − w x_i − b)² = (−2/n)Σ(y_i − w x_i − b)x_i, worked by hand
        (r"\frac{\partial J}{\partial w} = \frac{-2}{n} \sum\_{i=1}^{n} (y_i - (w x_i + b)) x_i", "w", "equivalent"),
        (r"\frac{-2}{n} \sum\_{i=1}^{n} (y_i - (w x_i + b))", "b", "equivalent"),
        # the b-line offered for w: the factor x_i is missing
        (r"\frac{-2}{n} \sum\_{i=1}^{n} (y_i - (w x_i + b))", "w", "different"),
        # the sign lost: +2/n with the residual y − ŷ is the negative gradient
        (r"\frac{2}{n} \sum\_{i=1}^{n} (y_i - (w x_i + b)) x_i", "w", "different"),
    ],
)
def test_answers_with_escaped_underscores(text, wrt, verdict):
    assert check(text, cost=_ESCAPED_MSE, wrt=wrt).verdict == verdict


def test_an_escaped_asterisk_is_the_product():
    derivation = derive(r"\frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2 \* \lambda", wrt="theta_j")
    _same_gradient(derivation, "lambda/(2m) * sum_i (theta^T x^(i) - y^(i))^2", "theta_j")
    _noted(derivation, "Markdown's escaped '*' (\\*) is read as '*'")


def test_escaped_braces_are_the_bracket():
    text = (r"-\frac{1}{m}\sum_{i=1}^m \\{ y^{(i)} \log \sigma(\theta^T x^{(i)}) "
            r"+ (1-y^{(i)})\log(1-\sigma(\theta^T x^{(i)})) \\}")
    derivation = derive(text, wrt="theta_j")
    _same_gradient(derivation, "-1/m * sum_i (y^(i) log(sigmoid(theta^T x^(i))) + (1-y^(i)) log(1-sigmoid(theta^T x^(i))))",
                   "theta_j")
    _noted(derivation, "Markdown's escaped braces")


def test_a_line_break_before_a_brace_group_is_not_a_markdown_brace():
    # \\{…} with no \\} to pair it: a line break, then a brace group; not read as \{, nor noted
    derivation = derive(r"\frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2 \\{\lambda}", wrt="theta_j")
    _same_gradient(derivation, "lambda/(2m) * sum_i (theta^T x^(i) - y^(i))^2", "theta_j")
    assert not any("Markdown" in note for note in derivation.problem.notes)


# ------------------------------------------------- a count with a label: m_{train}, n_{samples}

#: hridoynasah's C2W2 notes: the ridge cost with the training count labelled; ŷ⁽ⁱ⁾ = w·x⁽ⁱ⁾ + b
_M_TRAIN = (r"J(w,b) = \frac{1}{2m_{train}} \sum_{i=1}^{m_{train}} (\hat{y}^{(i)} - y^{(i)})^2 + "
            r"\frac{\lambda}{2m_{train}} \sum_j w_j^2")


def test_m_train_is_the_count_of_the_examples():
    derivation = derive(_M_TRAIN, wrt="w_j", let=[r"\hat{y}^{(i)} = w^T x^{(i)} + b"])
    _same_gradient(derivation, "1/(2m) * sum_i (w^T x^(i) + b - y^(i))^2 + lambda/(2m) * sum_j w_j^2", "w_j")
    _noted(derivation, "m_{train} is read as m: a count labelled 'train'")


@pytest.mark.parametrize("label", [r"n_{\text{samples}}", r"n_\text{samples}", r"n_{samples}", r"n_{\mathrm{train}}"])
def test_n_samples_is_the_count_of_the_examples(label):
    derivation = derive(rf"J = \frac{{1}}{{{label}}}\sum_{{i=1}}^{{{label}}}(w^T x_i - y_i)^2", wrt="w_j")
    _same_gradient(derivation, "1/m * sum_i (w^T x^(i) - y^(i))^2", "w_j")
    _noted(derivation, "is read as n: a count labelled")


@pytest.mark.parametrize(
    "text",
    [
        # m_{train} beside a bare m: one count or two? refused, the caret under the labelled one
        r"J = \frac{1}{2m_{train}}\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2",
        # m_{train} beside m_{test}: two data sets
        r"J = \frac{1}{m_{test}}\sum_{i=1}^{m_{train}}(\theta^T x^{(i)} - y^{(i)})^2",
    ],
)
def test_a_labelled_count_beside_another_spelling_is_refused(text):
    with pytest.raises(InputError) as caught:
        derive(text, wrt="theta_j")
    assert "one count or two?" in str(caught.value)
    assert caught.value.column == text.index("m_{train}")


# ------------------------------------------------- the all-ones vector in text bold: \textbf{1}^T

#: papillonbee's notebook (Compact Notation): f(β) = 1ᵀln(1 + e^{Xβ}) − YᵀXβ, the summed logistic NLL
_ONES_NLL = r"\textbf{1}^Tln(1+e^{\textbf{X}\boldsymbol{\beta}})-\textbf{Y}^T\textbf{X}\boldsymbol{\beta}"
#: the same by hand: Σᵢ [ln(1 + e^{βᵀx⁽ⁱ⁾}) − y⁽ⁱ⁾ βᵀx⁽ⁱ⁾]
_PLAIN_NLL = "sum_i (log(1 + exp(beta^T x^(i))) - y^(i) beta^T x^(i))"


@pytest.mark.parametrize("ones", [r"\textbf{1}^Tln", r"\mathbf{1}^\top \ln", r"\textbf{1}^{T}\log"])
def test_the_ones_vector_in_bold_text_sums_over_the_examples(ones):
    text = _ONES_NLL.replace(r"\textbf{1}^Tln", ones, 1)
    derivation = derive(text, wrt="beta_j")
    _same_gradient(derivation, _PLAIN_NLL, "beta_j")
    _noted(derivation, "the all-ones vector times a vector adds its entries")


def test_a_transpose_glued_to_ln_is_noted_as_the_transpose():
    notes = derive(_ONES_NLL, wrt="beta_j").problem.notes
    assert any("'^Tln' is read as ^T ln: the transpose" in note for note in notes), notes
    assert not any("T·ln" in note for note in notes), notes


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # ∇f = Xᵀ(σ(Xβ) − Y): e^{z}/(1 + e^{z}) = σ(z), worked by hand
        (r"\textbf{X}^T(\frac{e^{\textbf{X}\boldsymbol{\beta}}}{1+e^{\textbf{X}\boldsymbol{\beta}}}-\textbf{Y})",
         "equivalent"),
        # the sign of the residual flipped: the gradient of −f
        (r"\textbf{X}^T(\textbf{Y}-\frac{e^{\textbf{X}\boldsymbol{\beta}}}{1+e^{\textbf{X}\boldsymbol{\beta}}})",
         "different"),
    ],
)
def test_answers_against_the_compact_nll(text, verdict):
    assert check(text, cost=_ONES_NLL, wrt="beta_j").verdict == verdict


def test_a_bold_text_one_before_a_bracket_is_no_ones_vector():
    # \textbf{1}\{y_i = 1\}: an indicator, refused as \mathbf{1} before a bracket is
    with pytest.raises(InputError, match="indicator"):
        derive(r"-\sum_{i=1}^m \textbf{1}\{y^{(i)} = 1\} \log \sigma(\theta^T x^{(i)})", wrt="theta_j")


# ------------------------------------------------- \left(\log(…\right): valid TeX, one bracket opened twice

#: mmuratarat's notes: \left( then log's own '(' , closed once by \right)
_DOUBLE_OPENED = (r"\frac{-1}{m}\sum_{i=1}^m \left[ y^{(i)}\left(\log(h_\theta \left(\mathbf{x}^{(i)}\right)\right) + "
                  r"(1 -y^{(i)})\left(\log(1-h_\theta \left(\mathbf{x}^{(i)}\right)\right)\right]")
_PLAIN_CE = "-1/m * sum_i (y^(i) log(sigmoid(theta^T x^(i))) + (1-y^(i)) log(1-sigmoid(theta^T x^(i))))"


def test_a_function_bracket_inside_left_right_closes_with_the_right():
    derivation = derive(_DOUBLE_OPENED, wrt="theta_j")
    _same_gradient(derivation, _PLAIN_CE, "theta_j")
    _noted(derivation, r"'\left(\log(' opens a '(' that is never closed")


def test_a_derivative_bracket_closes_with_its_brace_group():
    # mmuratarat's chain-rule line: \frac{\frac{\partial}{\partial\theta_j}(h(x)}{h(x)} is (∂h/∂θⱼ)/h, the chain
    # rule's step from ∂/∂θⱼ log h; a step the checker holds against the line before it
    text = ("$$\\begin{align}\n"
            r"\frac{\partial J}{\partial \theta_j} &= \frac{\partial}{\partial \theta_j} \left[-\frac{1}{m}\sum_{i=1}^m "
            r"y^{(i)}\log h_\theta(x^{(i)})\right] \\" "\n"
            r"&= -\frac{1}{m}\sum_{i=1}^m y^{(i)}\frac{\frac{\partial}{\partial \theta_j}(h_\theta \left(x^{(i)}\right)}"
            r"{h_\theta\left(x^{(i)}\right)}" "\n"
            "\\end{align}$$\n")
    result = steps(text, let=[r"h_\theta(x) = \sigma(\theta^T x)"])
    assert [step.valid for step in result.steps] == [True, True]
    assert any("read as closed where the brace group around it ends" in note for note in result.notes), result.notes


@pytest.mark.parametrize(
    "text",
    [
        # the unclosed '(' is not right after the \left(: where its ')' was lost is anyone's guess
        r"\sum_{i=1}^m \left[ y^{(i)}\log(h_\theta(x^{(i)}) + (1-y^{(i)})\log(1-h_\theta(x^{(i)})) \right]",
        # a plain '(' of no function inside \left( … \right)
        r"\sum_{i=1}^m \left( (\theta^T x^{(i)} - y^{(i)} \right)^2",
    ],
)
def test_other_unclosed_brackets_stay_refused(text):
    with pytest.raises(InputError, match="never closed|does not close"):
        derive(text, wrt="theta_j")


def test_steps_show_how_each_line_was_read():
    text = ("$$\\begin{align}\n"
            r"\frac{\partial J}{\partial \theta_j} &= \frac{\partial}{\partial \theta_j} \frac{-1}{m}\sum_{i=1}^m "
            r"\left[ y^{(i)}\left(\log(h_\theta \left(x^{(i)}\right)\right) + (1 -y^{(i)})\left(\log(1-h_\theta "
            r"\left(x^{(i)}\right)\right)\right]\\" "\n"
            r"&= \frac{1}{m}\sum_{i=1}^m\left[h_\theta\left(x^{(i)}\right)-y^{(i)}\right]\,x_j^{(i)}" "\n"
            "\\end{align}$$\n")
    result = steps(text)
    assert all(step.valid for step in result.steps)
    assert any(r"'\left(\log(' opens a '(' that is never closed" in note for note in result.notes), result.notes


# ------------------------------------------------- \log_e, \log_{10}; \forall j; \leftarrow

#: the logistic gradient, worked by hand: (1/m) Σ (σ(θᵀx⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾
_LOGISTIC_GRADIENT = r"\frac{1}{m}\sum_{i=1}^m (h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}"


@pytest.mark.parametrize("log", [r"\log_e", r"\log_{e}", r"\log_{ e }"])
def test_log_to_base_e_is_the_natural_log(log):
    text = (rf"-\frac{{1}}{{m}}\sum_{{i=1}}^m \left[y^{{(i)}}{log} \sigma(\theta^T x^{{(i)}}) "
            rf"+ (1-y^{{(i)}}){log}(1-\sigma(\theta^T x^{{(i)}}))\right]")
    derivation = derive(text, wrt="theta_j")
    _same_gradient(derivation, _PLAIN_CE, "theta_j")
    _noted(derivation, "is the natural logarithm: read as log")


@pytest.mark.parametrize(("log", "base"), [(r"\log_{10}", "10"), (r"\log_2", "2")])
def test_log_to_another_base_is_refused(log, base):
    text = rf"-\frac{{1}}{{m}}\sum_{{i=1}}^m y^{{(i)}}{log} \sigma(\theta^T x^{{(i)}})"
    with pytest.raises(InputError, match=f"a logarithm to base {base}") as caught:
        derive(text, wrt="theta_j")
    assert caught.value.column == text.index(log)


@pytest.mark.parametrize(
    "qualifier",
    [
        r" \quad \forall j", r",\ \forall j=1,2,...,n", r" \;\forall j",
        r" \qquad \forall\, j \in \{1,\dots,n\}", r" \quad \text{for } j \in \{0,\dots,n\}",
        r" \quad (j = 0,1,\dots,n)", r" \quad (\text{for } j = 1, \ldots, n)", r", (j = 1, \ldots, n)",
    ],
)
def test_a_trailing_forall_is_the_range_of_the_component_index(qualifier):
    result = check(_LOGISTIC_GRADIENT + qualifier, cost="logistic")
    assert result.verdict == "equivalent"
    _noted(result, "says for which components the formula holds")


def test_a_trailing_forall_does_not_hide_a_wrong_answer():
    # the sign flipped: the log-likelihood's gradient, wrong with or without the qualifier
    wrong = r"\frac{1}{m}\sum_{i=1}^m (y^{(i)}-h_\theta(x^{(i)}))x_j^{(i)} \quad \forall j"
    assert check(wrong, cost="logistic").verdict == "different"


@pytest.mark.parametrize(
    "text",
    [
        r"\forall j: " + _LOGISTIC_GRADIENT,  # in front: what would it qualify?
        _LOGISTIC_GRADIENT + r" \forall i",  # over the example index, which the sum binds
    ],
)
def test_forall_elsewhere_is_refused(text):
    with pytest.raises(InputError, match="forall") as caught:
        check(text, cost="logistic")
    assert caught.value.column == text.index(r"\forall")


@pytest.mark.parametrize(
    "text",
    [
        _LOGISTIC_GRADIENT + r" (j = 0,1,\dots,n)",  # no space before the bracket: a product with it?
        _LOGISTIC_GRADIENT + r" \quad (j)",  # no range, no words: not a qualifier
        _LOGISTIC_GRADIENT + r" \quad x_j \in \{0,\dots,n\}",  # x_j, not the index
        # \in inside a sum's script over a set S (all the examples, or a batch?); \in [m] = {1, …, m} is read
        # (test_latex_eleventh)
        r"\frac{1}{m}\sum_{i \in S} (h_\theta(x^{(i)})-y^{(i)})x_j^{(i)}",
    ],
)
def test_other_trailing_ranges_stay_refused(text):
    with pytest.raises(InputError):
        check(text, cost="logistic")


@pytest.mark.parametrize("arrow", [r"\leftarrow", r"\gets"])
def test_an_update_rule_is_read_as_the_gradient_it_steps_by(arrow):
    """θⱼ ← θⱼ − α·(1/m)Σ(h − y)xⱼ: descent steps by α times the gradient, so the answer is what α multiplies —
    the logistic cost's gradient, by hand; read so with a note (it was refused with a hint before update rules were
    read, tests/test_fixf42.py)."""
    text = rf"\theta_j {arrow} \theta_j - \alpha " + _LOGISTIC_GRADIENT
    verdict = check(text, cost="logistic")
    assert verdict.verdict == "equivalent"
    assert any(note.startswith("the answer is an update rule of gradient descent") and "learning rate" in note
               for note in verdict.notes)


# ------------------------------------------------- plain TeX's \eqalign{…} in a derivation

def _eqalign(last_line: str) -> str:
    return ("$$\n\\eqalign{ \\frac{\\partial J}{\\partial \\theta_j} &= \\frac{\\partial}{\\partial \\theta_j} "
            r"\left[\frac{1}{2m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})^2\right] \\ &= " + last_line + " \\\\ }\n$$\n")


def test_an_eqalign_derivation_is_read_as_an_align():
    # d/dθⱼ (1/2m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² = (1/m)Σ(θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)xⱼ⁽ⁱ⁾, worked by hand
    result = steps(_eqalign(r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)}) x_j^{(i)}"))
    assert [step.valid for step in result.steps] == [True, True]
    assert result.ending == "gradient"


def test_a_wrong_line_in_an_eqalign_is_found():
    # x_j⁽ⁱ⁾ lost: that is the derivative with respect to an intercept, not θⱼ
    result = steps(_eqalign(r"\frac{1}{m}\sum_{i=1}^m (\theta^T x^{(i)} - y^{(i)})"))
    assert [step.valid for step in result.steps] == [True, False]


def test_a_stray_bracket_in_an_eqalign_is_refused_where_it_stands():
    text = "$$\n\\eqalign{ L &= (1 - y) * w] \\\\ &= w - y w \\\\ }\n$$\n"
    with pytest.raises(InputError, match=r"unmatched '\]'"):
        steps(text, wrt="w")


def test_escaped_braces_in_a_derivation_are_no_row_breaks():
    # a notebook's align: \\ ends the rows, \\{ … \\} are Markdown's escaped braces inside a row
    text = ("$$\\begin{aligned}\n"
            r"\frac{\partial J}{\partial \theta_j} &= \frac{\partial}{\partial \theta_j} \frac{1}{2m}\sum_{i=1}^m "
            r"\\{ \theta^T x^{(i)} - y^{(i)} \\}^2 \\" "\n"
            r"&= \frac{1}{m}\sum_{i=1}^m \\{ \theta^T x^{(i)} - y^{(i)} \\} x_j^{(i)}" "\n"
            "\\end{aligned}$$\n")
    result = steps(text)
    assert [step.valid for step in result.steps] == [True, True]
    assert result.ending == "gradient"
    assert any("Markdown's escaped braces" in note for note in result.notes), result.notes


# ------------------------------------------------- doubled braces {{db}}: one group

#: mihai's blog (a MathType export, every part braced): the per-example cross-entropy in ŷ = σ(w₁x₁ + w₂x₂ + b)
_MIHAI_COST = r"Loss=-y\cdot ln(\hat{y})-(1-y)\cdot ln(1-\hat{y})"
_MIHAI_LETS = [r"{ \hat{y} } =\sigma ({ z })", r"{ z }={ w }_{ 1 }{ x }_{ 1 }+{ w }_{ 2 }{ x }_{ 2 }+{ b }"]


@pytest.mark.parametrize(
    ("text", "wrt", "verdict"),
    [
        # ∂/∂b [−y ln ŷ − (1−y) ln(1−ŷ)] = ŷ − y, worked by hand
        (r"\frac{dLoss}{{db}}=(\hat{y}-y)", "b", "equivalent"),
        (r"\frac{{dLoss}}{{{db}}}=(\hat{y}-y)", "b", "equivalent"),
        # ∂/∂w₁ is (ŷ − y)x₁: without x₁ it is ∂/∂b
        (r"\frac{dLoss}{{dw_1}}=(\hat{y}-y)", "w_1", "different"),
    ],
)
def test_doubled_braces_are_one_group(text, wrt, verdict):
    assert check(text, cost=_MIHAI_COST, wrt=wrt, let=_MIHAI_LETS).verdict == verdict


def test_doubled_braces_in_a_cost():
    derivation = derive(r"\frac{{1}}{{2m}}\sum_{{i=1}}^{{m}} (\theta^T x^{{(i)}} - y^{{(i)}})^{{2}}", wrt="theta_j")
    _same_gradient(derivation, "1/(2m) * sum_i (theta^T x^(i) - y^(i))^2", "theta_j")
