"""fixmsg29 (issue 10): refusals whose words were false about the input they echo, and one silent reading.

Each refusal below was right; what it said was not (the message is tested, and the exit code):

1. ``-sum_c t_c log(y_c)`` said "'h' is not defined, and the cost is not … a cross-entropy": the text writes y_c, and
   −Σ t log y alone is the cross-entropy of one-hot targets over classes (softmax's), not supported yet (exit 3).
   An undefined prediction is now named as written (``'\\hat y_i' (read as the prediction h)``).
2. ``w = w - (g + 2*alpha*w)`` beside a cost weighted by α called α "the learning rate": it is the penalty's weight
   inside the bracket, and the update writes no rate at all.
3. ``\\sum_n (w^T\\phi(x_n) - t_n)\\phi(x_n)`` beside a cost in Φ said "the cost writes x itself": it writes Φ.
4. fixhx28's hint (h(x) beside h(z) = σ(z)) was plain ``theta^T x`` inside LaTeX and always θ: it now echoes the
   text's notation and parameter letter.
5. ``1/(2)m`` and ``λ/2·m`` had words of their own beside the half-before-count message: one message now.
6. notes said "read as Octave" of NumPy's and Julia's code: they name the language written.
7. ``model.predict(x_i)`` was "unknown name 'model' — did you mean 'delta'?": it is an object's method.

And one silent reading: ``\\frac{1}{2} m \\lambda \\sum_j θ_j²`` (the count before λ) was read (λm/2)Σ with no note,
where ``\\frac{1}{2}\\lambda m\\sum`` is refused (fixhx28): by that rule's own logic (a factor free of the parameters
beside the count changes nothing about which is meant) it is refused alike. The two readings really differ:
checked by central finite differences of NumPy costs written here, never against logderiv's own output.

And one miss: fixjoin28 refused a page whose '=' line after a definition could go on with either chain without asking
whether the two readings differ. The page is now read both ways; where every line is judged alike (here wrong either
way, by hand and finite differences) it is read with a note, and where a line is judged otherwise it stays refused.
"""

from __future__ import annotations

import numpy as np
import pytest
from _numeric import central_differences
from _reading import notes_of, refused
from click.testing import CliRunner

import logderiv
from logderiv.cli import main
from logderiv.errors import InputError, UnsupportedInputError

_RIDGE = "||y - Xw||^2 + alpha*||w||^2"


def _run(*arguments: str):
    return CliRunner().invoke(main, [*arguments, "--timeout", "120"])


# ---- 1. −Σ_c t_c log(y_c): the one-hot cross-entropy, named as written ---------------------------------------------

@pytest.mark.parametrize("cost, written", [
    ("-sum_c t_c log(y_c)", "y_c"),
    (r"-\sum_c t_c \log(y_c)", "y_c"),
    ("-sum_c y_c log(p_c)", "p_c"),
])
def test_a_one_term_cross_entropy_is_refused_as_the_one_hot_cross_entropy(cost, written):
    """Was "'h' is not defined, and the cost is not … a cross-entropy" (exit 2): the text writes no h, and is one."""
    error = refused(logderiv.derive, cost, wrt="w")
    assert isinstance(error, UnsupportedInputError)
    assert f"log({written}) by the targets with no log(1 − {written}) term" in error.message
    assert "one-hot targets over classes" in error.message and "not supported yet" in error.message
    assert "'h' is not defined" not in error.message
    assert error.column is not None and cost[error.column:].startswith(written)
    assert error.hint is not None and f"log(1 − {written})" in error.hint


def test_the_cli_exits_3_for_the_one_hot_cross_entropy():
    shown = _run("derive", "-sum_c t_c log(y_c)")
    assert shown.exit_code == 3, shown.output
    assert "one-hot targets over classes" in shown.output and "'h' is not defined" not in shown.output


def test_an_undefined_prediction_is_named_as_written():
    """A cost of no kind with ŷ in it: the refusal names ŷ as written, saying it was read as h."""
    error = refused(logderiv.derive, r"\sum_i \hat y_i^3")
    assert r"'\hat y_i' (read as the prediction h) is not defined" in error.message
    assert type(error) is InputError


# ---- 2. the α inside the bracket is no learning rate ----------------------------------------------------------------

def test_an_update_whose_only_alpha_is_the_penalty_weight_says_no_rate_is_written():
    """Was "the learning rate 'alpha' does not multiply all that is subtracted"."""
    answer = "w = w - (-2*X^T(y - Xw) + 2*alpha*w)"
    error = refused(logderiv.check, answer, cost=_RIDGE, wrt="w")
    # since fixll29 read updates of several terms, the bracket's terms are read first and the refusal says the cost
    # writes α too (which is the rate is not said): the refusal stands, and it still never calls α the rate
    assert ("writes no learning rate" in error.message and "penalty's weight" in error.message) or \
        "the cost writes its learning rate's letter 'alpha' too" in error.message, error.message
    assert "the learning rate 'alpha' does not multiply" not in error.message
    shown = _run("check", answer, "--cost", _RIDGE, "--wrt", "w")
    assert shown.exit_code == 2 and "alpha" in shown.output


def test_alpha_as_the_rate_that_misses_a_term_keeps_its_message():
    """α weighing the data term only, the parameter's term beside it unweighed: α there stands where a rate does."""
    error = refused(logderiv.check, "w = w - alpha*(-2*X^T(y - Xw)) - 2*w", cost=_RIDGE, wrt="w")
    assert "writes no learning rate" not in error.message


# ---- 3. φ(x) beside a cost in Φ: the cost's Φ named ------------------------------------------------------------------

def test_phi_of_x_beside_a_cost_in_phi_names_phi():
    """Was "the cost writes x itself" of a cost that writes Φ."""
    answer = r"\sum_n (w^T\phi(x_n) - t_n)\phi(x_n)"
    error = refused(logderiv.check, answer, cost=r"\frac{1}{2}\|\Phi w - t\|^2", wrt="w")
    assert "the cost writes Φ, read as the data matrix X" in error.message
    assert "x itself" not in error.message
    assert error.hint is not None and r"\Phi^T(\Phi w - t)" in error.hint


def test_phi_of_x_beside_a_cost_in_x_keeps_its_words():
    error = refused(logderiv.check, r"\sum_n (w^T\phi(x_n) - t_n)\phi(x_n)",
                    cost=r"\frac{1}{2}\sum_n (w^T x_n - t_n)^2", wrt="w")
    assert "the cost writes x itself" in error.message


# ---- 4. fixhx28's hint in the text's own notation -------------------------------------------------------------------

_SIGMOID_LATEX = r"h(z) = \frac{1}{1+e^{-z}}"


def test_the_hint_of_a_latex_cost_in_w_is_latex_and_in_w():
    cost = (r"-\frac{1}{m}\sum_i (y_i \log h(\mathbf{x}_i) + (1-y_i)\log(1-h(\mathbf{x}_i)))"
            r" + \frac{\lambda}{2m}\|\mathbf{w}\|^2")
    error = refused(logderiv.derive, cost, wrt="w", let=[_SIGMOID_LATEX])
    assert "h(wᵀx)" in error.message and "free of w" in error.message and "θ" not in error.message
    assert error.hint is not None and r"h(w^T \mathbf{x}_i)" in error.hint and r"\sigma(w^T x)" in error.hint
    assert "theta" not in error.hint


def test_the_hint_of_a_plain_answer_stays_plain():
    error = refused(logderiv.check, "1/m sum((h(x) - y) x_j)", cost="logistic", let=["h(z) = 1/(1+exp(-z))"])
    assert error.hint is not None and "h(theta^T x)" in error.hint and "sigmoid(theta^T x)" in error.hint


def test_the_hint_of_a_beta_answer_is_in_beta():
    error = refused(logderiv.check, r"\frac{1}{m}\sum_i (h(x_i) - y_i) x_{ij} + \lambda\beta_j", cost="logistic",
                    let=[_SIGMOID_LATEX])
    assert "h(βᵀx)" in error.message and error.hint is not None and r"h(\beta^T x_i)" in error.hint


# ---- 5. one message for a half before the count ---------------------------------------------------------------------

@pytest.mark.parametrize("cost, written", [
    ("1/(2)m sum_i (theta^T x_i - y_i)^2", "1/(2)m"),
    ("lambda/(2)m * sum_k theta_k^2", "lambda/(2)m"),
    ("1/2·m sum((theta^T x - y)^2)", "1/2·m"),
])
def test_a_bracketed_or_dotted_half_says_the_one_message(cost, written):
    error = refused(logderiv.derive, cost)
    numerator = written.split("/")[0]
    factor = "the mean's factor" if numerator == "1" else "the penalty's factor"
    assert error.message.startswith(f"'{written}' is ambiguous: ({numerator}/2)·m, as written")
    assert f"{numerator}/(2m), {factor}, as {numerator}/2m is read in ML notes" in error.message
    assert error.hint == (f"write {numerator}/(2m) for {factor}, or "
                          f"{'(m/2)' if numerator == '1' else f'({numerator}*m/2)'} for the product")
    assert _run("derive", cost).exit_code == 2


# ---- 6. the language the code is written in --------------------------------------------------------------------------

_COST = "1/(2m) sum((theta^T x - y)^2) + lambda/(2m) sum_{j=1}^n theta_j^2"


def test_a_numpy_copy_zeroed_is_noted_as_numpy():
    result = logderiv.check("X.T @ (X @ theta - y)/m + lam/m * reg", cost=_COST, wrt="theta",
                            let=["reg = theta.copy()", "reg[0] = 0"], timeout=120)
    said = notes_of(result)
    assert any(note.startswith("read as NumPy: reg = theta; reg[0] = 0 is theta with its first entry") for note in said)
    assert not any(note.startswith("read as Octave") for note in said), said


def test_an_octave_copy_zeroed_is_still_noted_as_octave():
    result = logderiv.check("(X' * (X*theta - y) + lambda*reg)/m", cost=_COST, wrt="theta",
                            let=["reg = theta;", "reg(1) = 0;"], timeout=120)
    assert any(note.startswith("read as Octave: reg = theta; reg(1) = 0;") for note in notes_of(result))


def test_julia_code_is_noted_as_julia():
    """Julia's norm(θ)^2 is put in Octave's words and read so; the note said "read as Octave"."""
    from logderiv.notation import pasted

    said = pasted.rewrite("norm(theta)^2", julia=True).notes
    assert "read as Julia: norm(v)^2 is ‖v‖², the sum of the squares of v's entries" in said, said
    assert not any(note.startswith("read as Octave") for note in said), said


# ---- 7. an object's method -------------------------------------------------------------------------------------------

def test_a_method_of_an_undefined_object_is_named_so():
    answer = "1/m sum((model.predict(x_i) - y_i) x_ij)"
    error = refused(logderiv.check, answer, cost="linear", wrt="theta_j")
    assert "'model.predict(x_i)' calls a prediction method of the object 'model'" in error.message
    assert "delta" not in error.message and error.column == answer.index("model")
    assert _run("check", answer, "--cost", "linear", "--wrt", "theta_j").exit_code == 2


@pytest.mark.parametrize("answer, name", [("1/m sum((as.numeric(x_i) - y_i) x_ij)", "as"),
                                          ("1/m sum((xi.dot(theta) - y_i) x_ij)", "xi")])
def test_other_dotted_calls_are_no_model_methods(answer, name):
    """R's as.numeric and an array's own xi.dot(θ) are no model object's prediction: their refusal stays as it was."""
    error = refused(logderiv.check, answer, cost="linear", wrt="theta_j")
    assert "prediction method" not in error.message and f"'{name}'" in error.message


# ---- 8. the count before λ -------------------------------------------------------------------------------------------

_RNG = np.random.default_rng(29)
_X = np.column_stack([np.ones(5), _RNG.normal(size=(5, 2))])
_Y = _RNG.normal(size=5)
_THETA = np.array([0.4, -0.7, 1.1])
_LAM = 0.3


def test_the_two_readings_of_a_half_a_count_and_lambda_differ():
    """λ/(2m)Σθⱼ² and (λm/2)Σθⱼ² have different gradients (m² apart), so reading either silently can misjudge."""
    m = len(_Y)
    mean = central_differences(lambda t: _LAM / (2 * m) * float(t @ t), _THETA)
    product = central_differences(lambda t: _LAM * m / 2 * float(t @ t), _THETA)
    assert np.allclose(mean, _LAM * _THETA / m, atol=1e-6)
    assert not np.allclose(mean, product, atol=1e-3)


@pytest.mark.parametrize("cost, written", [
    (r"\frac{1}{2m}\sum_i (\theta^T x_i - y_i)^2 + \frac{1}{2} m \lambda \sum_j \theta_j^2", r"\frac{1}{2} m \lambda"),
    ("1/(2m) sum((theta^T x - y)^2) + (1/2) m lambda sum_j theta_j^2", "(1/2) m lambda"),
    ("1/(2m) sum((theta^T x - y)^2) + 0.5 m lambda sum_j theta_j^2", "0.5 m lambda"),
])
def test_a_half_then_the_count_then_lambda_before_a_sum_is_refused(cost, written):
    """Was read (λm/2)Σθⱼ² with no note."""
    error = refused(logderiv.derive, cost)
    assert error.message.startswith(f"'{written}' is ambiguous: (")
    assert "the penalty's factor" in error.message
    assert error.column is not None and cost[error.column] == "m"


def test_a_half_lambda_and_the_count_written_as_one_fraction_is_read():
    """\\frac{\\lambda}{2m} says which: read, its gradient λθⱼ/m (finite differences above)."""
    from _reading import assert_gradient_read

    assert_gradient_read(r"\frac{1}{2m}\sum_i (\theta^T x_i - y_i)^2 + \frac{\lambda}{2m} \sum_j \theta_j^2",
                         lambda d: ((d.X @ d.theta - d.y) ** 2).sum() / (2 * d.m)
                         + d.lam * (d.theta ** 2).sum() / (2 * d.m))


# ---- 9. an '=' line after a definition that could go on with either: read where both readings judge alike -----------

_EITHER_NOTE = "it could go on with either, and read both ways every line of the page is judged alike"
_PAGE = ("Let $h_\\theta(x) = \\theta^T x$.\n\n"
         "$$\\frac{\\partial L}{\\partial \\theta_j} = \\frac{\\partial}{\\partial \\theta_j}\\frac{1}{2}\\delta^2$$\n"
         "where\n$$\\delta = h_\\theta(x) - y$$\n$$= (h_\\theta(x) - y)^2$$\n")


def test_the_line_is_wrong_read_either_way():
    """By hand: ∂/∂θⱼ ½(θᵀx − y)² is (θᵀx − y)xⱼ (finite differences), not (θᵀx − y)²; nor is δ = θᵀx − y."""
    x, y = np.array([1.0, -0.6, 0.9]), 0.4
    gradient = central_differences(lambda t: 0.5 * (t @ x - y) ** 2, _THETA)
    assert np.allclose(gradient, (_THETA @ x - y) * x, atol=1e-6)
    assert not np.allclose(gradient, (_THETA @ x - y) ** 2, atol=1e-3)
    assert not np.isclose(_THETA @ x - y, (_THETA @ x - y) ** 2)


# audit29g: _PAGE itself is no longer read: read with the definition its derivation ends unfinished (line 3 still a
# derivative), read with the derivation it ends wrong at line 6, and a grade credits the two endings differently; it
# is refused (tests/test_audit29g.py). _ALIKE is judged alike in every line and in its ending: line 3 δxⱼ² is wrong
# (the gradient is δxⱼ, by hand and finite differences above), line 6 δ = δ² wrong, and the ending wrong both ways.
_ALIKE = ("Let $h_\\theta(x) = \\theta^T x$ and $L = \\frac{1}{2}(h_\\theta(x) - y)^2$.\n\n"
          "$$\\frac{\\partial L}{\\partial \\theta_j} = \\delta x_j^2$$\n"
          "where\n$$\\delta = h_\\theta(x) - y$$\n$$= (h_\\theta(x) - y)^2$$\n")


def test_a_page_judged_alike_both_ways_is_read_wrong_at_the_line_with_a_note(tmp_path):
    """Was refused (fixjoin28: "it may go on with the definition … or with the derivation"): both readings call
    lines 3 and 6 wrong and end wrong, so the verdict does not hang on which is meant."""
    from _derivations_table import review_of_page, steps_of_page

    code, ending, wrong, review = review_of_page(tmp_path, _ALIKE)
    assert (code, ending, wrong) == (1, "wrong", [3]), review
    assert any(_EITHER_NOTE in note for note in review["notes"]), review["notes"]
    for form in ("text", "markdown", "latex"):
        shown = steps_of_page(tmp_path, _ALIKE, "-f", form, "--timeout", "60")
        assert shown.exit_code == 1 and _EITHER_NOTE in shown.stdout, (form, shown.output)


def test_a_page_judged_otherwise_one_way_stays_refused(tmp_path):
    """θᵀx − y after δ = h_θ(x) − y: right as δ's rewrite, wrong as the derivation's line (by hand above): refused."""
    from _derivations_table import steps_of_page

    page = _PAGE.replace("$$= (h_\\theta(x) - y)^2$$", "$$= \\theta^T x - y$$")
    assert page != _PAGE
    shown = steps_of_page(tmp_path, page, "--timeout", "60")
    assert shown.exit_code == 2, shown.output
    assert "opens with '=' after the definition of" in shown.stderr


# ---- found hunting: more words false about the input they echo -------------------------------------------------------

def test_a_hatted_prediction_beside_an_unused_let_is_named_as_written():
    """Was "'h' is used but --let defines 'q'" of a cost that writes ŷ, not h."""
    cost = r"\frac{1}{2m}\sum_i (\hat y_i - y_i)^2"
    error = refused(logderiv.derive, cost, let=["q = 3"])
    assert error.message == r"'\hat y_i' (read as the prediction h) is used but --let defines 'q'"
    assert error.column == cost.index(r"\hat")


def test_a_cost_writing_h_keeps_h_in_the_message():
    error = refused(logderiv.derive, "1/(2m) sum((h - y)^2)", let=["q = 3"])
    assert error.message == "'h' is used but --let defines 'q'"


@pytest.mark.parametrize("answer, offered", [
    ("1/m sum((predict(x_i) - y_i) x_ij)", "--let 'predict(x_i) = theta^T x_i'"),
    ("1/m sum((predict(x) - y) x_j)", "--let 'predict(x) = theta^T x'"),
    ("1/m X^T(predict(X, theta) - y)", "--let 'predict(X, theta) = X @ theta'"),
])
def test_the_hint_for_an_undefined_function_of_one_example_offers_its_prediction(answer, offered):
    """predict(x_i) of one example was offered --let 'predict(x_i) = X @ theta' (the matrix form, of all examples)."""
    error = refused(logderiv.check, answer, cost="1/(2m) sum((theta^T x - y)^2)")
    assert error.hint is not None and offered in error.hint


def test_the_offered_definition_is_read():
    """The hint's own --let reads: (1/m) Σ (θᵀxᵢ − yᵢ) xᵢⱼ is the gradient of (1/2m) Σ (θᵀx − y)² (by hand)."""
    from _reading import assert_verdict_read

    assert_verdict_read("1/m sum((predict(x_i) - y_i) x_ij)", "1/(2m) sum((theta^T x - y)^2)", "equivalent",
                        lets=("predict(x_i) = theta^T x_i",))
