r"""Wave f70's code and Q&A items read by general rules (issue 10): code's own names of the data and the parameters
(R's ``design %*% coef`` with ``--wrt coef_j``, statistics' ``outcome``, a regression class's
``self.design_matrix``), NumPy's mean of one number (``np.mean((t - p).T @ (t - p))`` is the SUM of squares), NumPy's
entries of the parameter vector by a literal integer (``w[0]``, ``w[1]`` of a slope/intercept line), and a LaTeX
page's lists indexed by the example (``\text{input}[i]``, ``\text{data}[i]`` of a Poisson GLM question).

Why: each was refused ("unexpected character '@'", "'self.' is Python code inside a class", "square brackets right
after a name look like indexing", "unknown function 'data'") though the writer's meaning is plain from the code's
own structure. Each rule has near-variants whose meaning is not plain, which stay refused. Truth is worked by hand
and held to finite differences of NumPy costs written here (``_numeric``) or to the corpus judge on an intended
cost (``_reading``), never to logderiv's own output.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from _numeric import central_differences
from _reading import assert_gradient_read, assert_verdict_read, notes_of, refused_by_logderiv
from logderiv.cli import main

RNG = np.random.default_rng(70)
XS, YS = RNG.normal(size=(5, 3)), (RNG.normal(size=5) > 0).astype(float)

# jhu-statprogramming-fall-2023/biostat777-project3-part1-LMY99, R/logit_solver.R (R's '<-' written '=')
LMY_COST = "sum(\n    outcome * -log1p(exp(-linear_score)) +\n    (1-outcome) * -log1p(exp(linear_score))\n  )"
LMY_LETS = ("linear_score = design %*% coef",)
LMY_GRAD_LETS = ("mean = drop(1/(1+exp(-linear_score)))", "linear_score = design %*% coef")
# public code index file 16644667 (class Regression: mse, ols_grad)
REG_COST = "np.mean((target-input_).T@(target-input_))"
REG_LETS = ("input_ = self.design_matrix @ beta",)
REG_GRAD = "2.0/self.n*self.design_matrix.T @ ((self.design_matrix @ beta)-self.target)"
# public code index file 31593606459 (ridge_loss of the line y_pred = w[0]*x + w[1])
LINE_COST = "np.mean((y - y_pred)**2) + l2_reg * (w[0]**2 + w[1]**2)"
LINE_LETS = ("y_pred = w[0]*x + w[1]", "l2_reg=0.1")
# a stored copy of the Mathematica SE question on a Poisson GLM ('Log-Likelihood Function')
POIS = (r"\log l = \sum_{i=1}^{n} \left( \text{data}[i] \cdot (\theta \cdot \text{input}[i]) - e^{\theta \cdot "
        r"\text{input}[i]} \right)")


def _log_likelihood(d) -> float:
    """Σ[y log σ(Xw) + (1 − y) log(1 − σ(Xw))], by hand (the vector --wrt coef_j asks for is drawn as w)."""
    z = d.X @ d.w
    return float(np.sum(d.y * -np.log1p(np.exp(-z)) + (1 - d.y) * -np.log1p(np.exp(z))))


def _sse_beta(d) -> float:
    """‖y − Xβ‖², by hand: np.mean of the scalar (y − Xβ)ᵀ(y − Xβ) is that scalar."""
    r = d.y - d.X @ d.beta
    return float(r @ r)


def _line_ridge(d) -> float:
    """mean((y − w[0]x − w[1])²) + 0.1(w[0]² + w[1]²), NumPy's w[0], w[1] the first two entries of w."""
    return float(np.mean((d.y - (d.w[0] * d.x + d.w[1])) ** 2)) + 0.1 * float(d.w[0] ** 2 + d.w[1] ** 2)


def _poisson(d) -> float:
    """Σ(yᵢθᵀxᵢ − e^{θᵀxᵢ}), by hand."""
    z = d.X @ d.theta
    return float(np.sum(d.y * z - np.exp(z)))


def test_the_hand_gradients_agree_with_finite_differences():
    """By hand: ∇ of the log-likelihood is Xᵀ(y − σ(Xw)); of ‖y − Xβ‖² it is 2Xᵀ(Xβ − y), n times (2/n)Xᵀ(Xβ − y)."""
    at = RNG.normal(size=3)

    def loglik(v):
        z = XS @ v
        return float(np.sum(YS * -np.log1p(np.exp(-z)) + (1 - YS) * -np.log1p(np.exp(z))))

    by_hand = XS.T @ (YS - 1 / (1 + np.exp(-XS @ at)))
    assert np.allclose(central_differences(loglik, at), by_hand, atol=1e-6)
    assert not np.allclose(central_differences(loglik, at), -by_hand, atol=1e-6)

    def summed(v):
        r = YS - XS @ v
        return float(np.mean(r.T @ r))  # NumPy's own mean of the 1-D arrays' scalar

    sse = 2 * XS.T @ (XS @ at - YS)
    assert np.allclose(central_differences(summed, at), sse, atol=1e-5)
    assert not np.allclose(central_differences(summed, at), sse / len(YS), atol=1e-5)


# ------------------------------------------------------------------ R's design %*% coef, outcome


def test_an_r_log_likelihood_in_its_own_names_reads():
    """design the data matrix (it multiplies coef), coef the vector --wrt asks for, outcome the targets."""
    assert_gradient_read(LMY_COST, _log_likelihood, wrt=("coef_j",), lets=LMY_LETS)
    notes = notes_of(logderiv.derive(LMY_COST, wrt="coef_j", let=LMY_LETS))
    assert any(note.startswith("design is the code's name of the data matrix") for note in notes)
    assert any(note.startswith("outcome is code's name of the targets") for note in notes)


@pytest.mark.parametrize(("answer", "verdict"), [
    ("t(design) %*% (outcome - mean)", "equivalent"),  # Xᵀ(y − σ), the log-likelihood's gradient
    ("crossprod(design, outcome - mean)", "equivalent"),
    ("t(design) %*% (mean - outcome)", "different"),  # the negative log-likelihood's
])
def test_the_r_gradient_is_judged(answer, verdict):
    assert_verdict_read(answer, LMY_COST, verdict, wrt="coef_j", lets=LMY_GRAD_LETS)


def test_outcome_beside_y_stays_unread():
    """outcome and y both written: two quantities, perhaps: outcome is not read as y."""
    error = refused_by_logderiv(lambda: logderiv.derive(LMY_COST + " + sum(y)", wrt="coef_j", let=LMY_LETS))
    assert "outcome" in str(error)


# ------------------------------------------------------------------ self.design_matrix, np.mean of one number


def test_a_class_mse_that_is_a_sum_reads_as_the_sum():
    """np.mean of the 1-D arrays' scalar (t − p)ᵀ(t − p) is the sum of squares, not its mean."""
    assert_gradient_read(REG_COST, _sse_beta, wrt=("beta_j",), lets=REG_LETS)
    notes = notes_of(logderiv.derive(REG_COST, wrt="beta_j", let=REG_LETS))
    assert any("averages a single number" in note for note in notes)
    assert any("self.design_matrix" in note and "self. dropped" in note for note in notes)


@pytest.mark.parametrize(("answer", "verdict"), [
    (REG_GRAD, "different"),  # the mean's gradient, n times too small for the class's summed 'mse'
    (REG_GRAD.replace("2.0/self.n*", "2.0*"), "equivalent"),
])
def test_the_class_gradient_is_judged_against_its_summed_mse(answer, verdict):
    assert_verdict_read(answer, REG_COST, verdict, wrt="beta_j", lets=("self.n = len(target)", *REG_LETS))


def test_a_mean_of_a_number_beside_a_value_per_example_stays_refused():
    """np.mean(eᵀe + e): the number broadcast beside the per-example e is not one number: refused as before."""
    refused_by_logderiv(lambda: logderiv.derive("np.mean((y-X@beta).T@(y-X@beta) + (y-X@beta))", wrt="beta_j"))


def test_an_attribute_of_unclear_role_stays_refused():
    """self.model is no quantity the texts know: refused, not read."""
    error = refused_by_logderiv(lambda: logderiv.derive(REG_COST, wrt="beta_j",
                                                        let=("input_ = self.model @ beta",)))
    assert "self." in str(error)


# ------------------------------------------------------------------ NumPy's w[0], w[1]


def test_numpy_entries_of_the_parameter_vector_read_as_its_entries():
    """w[0], w[1] are the first two entries of w (w₁, w₂ as logderiv numbers them, as the judge draws them)."""
    assert_gradient_read(LINE_COST, _line_ridge, wrt=("w_j",), lets=LINE_LETS)


def test_the_entries_reading_is_noted_in_every_format():
    said = "w[0] as w_1, w[1] as w_2"
    assert any(said in note for note in notes_of(logderiv.derive(LINE_COST, wrt="w_j", let=LINE_LETS)))
    args = ["derive", LINE_COST, "--wrt", "w_j", "--let", LINE_LETS[0], "--let", LINE_LETS[1]]
    text = CliRunner().invoke(main, [*args, "-f", "text"])
    assert text.exit_code == 0 and "note:" in text.output and "counting from 0" in text.output
    assert any(said in note for note in json.loads(CliRunner().invoke(main, [*args, "-f", "json"]).output)["notes"])
    assert "counting from 0" in CliRunner().invoke(main, [*args, "-f", "latex"]).output


@pytest.mark.parametrize(("cost", "lets", "wrt"), [
    (LINE_COST, ("y_pred = w[i]*x + w[1]", "l2_reg=0.1"), "w_j"),  # an entry by a name
    (LINE_COST, ("y_pred = w[0]*x + w[1:]", "l2_reg=0.1"), "w_j"),  # a slice
    (LINE_COST, ("y_pred = w[0][1]*x + w[1]", "l2_reg=0.1"), "w_j"),  # a 2-D index
    (LINE_COST + " + w_0", LINE_LETS, "w_j"),  # w₀ written too: is w[0] w₀ or w₁?
    (LINE_COST + " + np.sum(w)", LINE_LETS, "w_j"),  # the vector whole beside its entries
    (LINE_COST, LINE_LETS, "w_0"),  # a numbered component asked: which numbering is not said
])
def test_indexing_of_unclear_meaning_stays_refused(cost, lets, wrt):
    refused_by_logderiv(lambda: logderiv.derive(cost, wrt=wrt, let=lets))


# ------------------------------------------------------------------ \text{input}[i], \text{data}[i]


def test_a_pages_lists_indexed_by_the_example_read_by_their_roles():
    """input[i], dotted with θ, is xᵢ; data[i], the other list, yᵢ: the Poisson log-likelihood."""
    assert_gradient_read(POIS, _poisson, wrt=("theta_j",))
    notes = notes_of(logderiv.derive(POIS, wrt="theta_j"))
    assert any("read as x_i" in note and "read as y_i" in note for note in notes)


@pytest.mark.parametrize("cost", [
    POIS.replace(r"e^{\theta \cdot \text{input}[i]}", r"e^{\text{input}[i]}"),  # input not dotted at every use
    POIS.replace(r"\text{data}[i] \cdot", r"\text{data}[i] \cdot \text{weight}[i] \cdot"),  # three lists
    POIS.replace(r"\text{data}[i] \cdot (", r"\text{data}[j] \cdot ("),  # another index than the sum's
    POIS + " + y_1",  # y written beside the lists
])
def test_lists_whose_roles_are_not_plain_stay_refused(cost):
    refused_by_logderiv(lambda: logderiv.derive(cost, wrt="theta_j"))
