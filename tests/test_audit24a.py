"""Adversarial audit of fixf61a's readings of pasted code (branch audit24a, issue 10): near-variants misread.

Each case is code a student or a course repository plausibly writes next to a text fixf61a taught logderiv to read,
where a careless reading gives a false "equivalent". Every one gave a confident verdict before this branch; each is
now refused with the reason, or read right:

* an Octave block comment (``%{`` … ``%}``) around a regularisation line: only its marks were dropped, so the
  commented-out line was read as run;
* R's sigmoid guard (``p[p<=0] <- 1e-15``) dropped for a name set to a sigmoid *and more* (``plogis(z) - 0.5``,
  ``1/(1+exp(-z))*2``), where the guard binds;
* a C++/Eigen cost dividing by ``X.rows()`` (the features' count beside ``X.col(i)``), which the 1/n-is-the-mean
  convention then read as m; and a cost taking the examples as ``X.col(i)`` beside an answer taking them as
  ``X.row(i)``, both read as x⁽ⁱ⁾;
* an answer's loop ``grad += (X[i] * w - y[i]) * X[i]`` with ``--wrt w_j``: NumPy's entrywise ``X[i] * w`` was read
  through the one-feature line (w a number) and then as wᵀx.

The verdicts expected are worked out by hand (in the comment beside each) and confirmed by the corpus judge's
finite differences where logderiv reads the text (tests/corpus/judge.py), never by logderiv's own output.
"""

from __future__ import annotations

import numpy as np
import pytest

from _numeric import central_differences
from _reading import assert_verdict_read, notes_of, refused
from logderiv import check

# ------------------------------------------------------------------ Octave: a block comment
EX5_COST = "J = (1/(2*m))*sum((h - y).^2) + (lambda/(2*m))*sum(theta(2:end).^2);"
EX5_LETS = ("h=X*theta",)
REG = "grad(2:end)=grad(2:end)+(lambda/m)*theta(2:end);"


@pytest.mark.parametrize("opener, closer", [("%{", "%}"), ("#{", "#}")])
def test_octave_block_comment_hides_the_regularisation(opener, closer):
    # Octave runs only grad = (1/m)Xᵀ(h − y): the penalty's line is inside the block comment. Its gradient misses
    # (λ/m)[0; θ(2:end)], so the verdict is "different"; the old reading dropped the marks alone and ran the line
    # ("equivalent"). Read or refused, never equivalent.
    answer = f"grad=(1/m)*(X'*(h-y));\n{opener}\n{REG}\n{closer}"
    try:
        verdict = check(answer, cost=EX5_COST, wrt="theta_j", let=EX5_LETS).verdict
    except Exception as error:  # noqa: BLE001 - a refusal is a miss, not a misread
        from logderiv.errors import LogderivError

        assert isinstance(error, LogderivError)
    else:
        assert verdict == "different"


def test_octave_block_comment_around_a_dead_line_is_dropped():
    # the block hides grad = 0; what runs is (1/m)Xᵀ(h − y) + (λ/m)[0; θ(2:end)], the cost's gradient
    answer = f"grad=(1/m)*(X'*(h-y));\n%{{\ngrad = 0;\n%}}\n{REG}"
    assert_verdict_read(answer, EX5_COST, "equivalent", lets=EX5_LETS)
    notes = notes_of(check(answer, cost=EX5_COST, wrt="theta_j", let=EX5_LETS))
    assert any("are an Octave block comment: dropped" in note for note in notes)


def test_octave_block_comment_never_closed_is_not_read_as_reassignments():
    # MATLAB comments out everything after an unclosed %{: the lines shown may not be all there is
    answer = f"grad=(1/m)*(X'*(h-y));\n{REG}\n%{{\ngrad = 0;"
    refused(check, answer, cost=EX5_COST, wrt="theta_j", let=EX5_LETS)


# ------------------------------------------------------------------ R: a guard on something that is not a sigmoid
R_COST = "-sum(Y*log(pi) + (1-Y)*log(1-pi))"
R_LETS = ("pi = plogis(X%*%beta)",)


@pytest.mark.parametrize("answer", [
    # p = σ − ½ is ≤ 0 wherever xᵢᵀβ ≤ 0: the guard sets those entries to 1e-15, so p + ½ is not σ there
    "grad <- function(beta, Y, X){\n  p <- plogis(X%*%beta) - 0.5\n  p[p<=0] <- 1e-15\n  crossprod(X, p+0.5-Y)\n}",
    # p = 2σ is ≥ 1 wherever xᵢᵀβ ≥ 0: the guard binds there
    "grad <- function(beta, Y, X){\n  p <- 1/(1+exp(-X%*%beta))*2\n  p[p>=1] <- 1-1e-15\n  crossprod(X, p/2-Y)\n}",
    # plogis(z, log.p=TRUE) is log σ, at most 0: every entry is guarded
    "grad <- function(beta, Y, X){\n  p <- plogis(X%*%beta, log.p=TRUE)\n  p[p<=0] <- 1e-15\n  crossprod(X, exp(p)-Y)\n}",
])
def test_r_guard_of_more_than_a_sigmoid_is_kept(answer):
    # each returns Xᵀ(g − Y) with g ≠ σ on a set of positive measure: not the NLL's gradient Xᵀ(σ − Y); the old
    # reading dropped the guard because the line began with a sigmoid, and said "equivalent"
    rng = np.random.default_rng(0)
    X, Y, beta = rng.normal(size=(6, 2)), rng.integers(0, 2, 6).astype(float), rng.normal(size=2)

    def nll(b):
        s = 1 / (1 + np.exp(-X @ b))
        return -np.sum(Y * np.log(s) + (1 - Y) * np.log(1 - s))

    z = X @ beta
    g = {0: np.where(z <= 0, 1e-15 + 0.5, 1 / (1 + np.exp(-z))),
         1: np.where(z >= 0, (1 - 1e-15) / 2, 1 / (1 + np.exp(-z))),
         2: np.exp(np.full_like(z, 1e-15))}
    k = 0 if "- 0.5" in answer else 1 if "*2" in answer else 2
    assert not np.allclose(X.T @ (g[k] - Y), central_differences(nll, beta), atol=1e-4)  # different indeed
    error = refused(check, answer, cost=R_COST, wrt="beta_j", let=R_LETS)
    assert "this R index is not read" in str(error)


def test_r_guard_of_a_plain_sigmoid_is_still_dropped():
    # the fixf61a reading itself, kept: Xᵀ(σ − Y) is the summed NLL's gradient
    answer = "grad <- function(beta, Y, X){\n  p <- plogis(X%*%beta);\n  p[p==0] <- 1e-15\n  crossprod(X, p-Y)\n}"
    assert_verdict_read(answer, R_COST, "equivalent", wrt="beta_j", lets=R_LETS)


# ------------------------------------------------------------------ C++/Eigen: which count, which way round
CPP_LOSS = ("double loss = 0;\n\tfor(int i = 0; i < X.cols(); ++i){\n\t\tdouble temp = w.transpose() * X.col(i) - y(i);\n"
            "\t\tloss += temp*temp;\n\t}\n\tloss /= X.cols();\n\treturn loss;")
CPP_GRAD = ("VectorXd result;\n\tfor(int i = 0; i < X.cols(); ++i){\n"
            "\t\tresult += 2*(X.col(i) * ((w.transpose() * X.col(i)) - y(i)))/X.cols();\n\t}\n\treturn result;")


@pytest.mark.parametrize("cost, answer", [
    # the cost divides by the features' count n: (1/n)Σ(wᵀxᵢ − yᵢ)², whose gradient is m/n times the answer's;
    # the old reading took its n for m (1/n before a sum, the mean) and said "equivalent"
    (CPP_LOSS.replace("loss /= X.cols()", "loss /= X.rows()"), CPP_GRAD),
    # the loop runs over the first n examples only (i < X.rows()): a part of the sum
    (CPP_LOSS, CPP_GRAD.replace("i < X.cols()", "i < X.rows()")),
])
def test_eigen_features_count_beside_columns_is_refused(cost, answer):
    error = refused(check, answer, cost=cost, wrt="w_j")
    assert "X.rows() counts the features (n)" in str(error)
    text = error.source
    assert text[error.column:].startswith("X.rows()")


def test_eigen_columns_in_the_cost_and_rows_in_the_answer_are_refused():
    # of one X, X.col(i) is example i and X.row(i) feature i's values: the answer's "example" is another vector,
    # so its verdict is not "equivalent" (the old reading read both as x⁽ⁱ⁾ and said it was)
    answer = CPP_GRAD.replace(".col(", ".row(").replace("X.cols()", "X.rows()")
    error = refused(check, answer, cost=CPP_LOSS, wrt="w_j")
    assert "the texts do not agree" in str(error) and answer[error.column:].startswith("X.row(i)")


def test_eigen_loop_as_fixf61a_read_it_still_reads():
    assert_verdict_read(CPP_GRAD, CPP_LOSS, "equivalent", wrt="w_j")  # 2Σᵢ xᵢ(wᵀxᵢ − yᵢ)/m, the MSE's gradient


# ------------------------------------------------------------------ NumPy: X[i] * w is entrywise when w has entries
HALF_MSE = "np.sum((X @ w - y)**2) / (2*m)"


def test_entrywise_row_times_weights_is_no_dot_product():
    # NumPy: (X[i] * w − y[i]) * X[i] has entry j (x_ij w_j − y_i) x_ij, not (wᵀxᵢ − yᵢ) x_ij: the answer is not the
    # half MSE's gradient. Checked by hand below at one point; logderiv read X[i] * w as one feature's line, then
    # as wᵀx, and said "equivalent"
    rng = np.random.default_rng(1)
    X, y, w = rng.normal(size=(4, 3)), rng.normal(size=4), rng.normal(size=3)
    grad = sum((X[i] * w - y[i]) * X[i] for i in range(4)) / 4
    assert not np.allclose(grad, central_differences(lambda v: np.sum((X @ v - y) ** 2) / 8, w), atol=1e-4)
    answer = "grad = 0\nfor i in range(m):\n    grad += (X[i] * w - y[i]) * X[i]\nreturn grad / m"
    refused(check, answer, cost=HALF_MSE, wrt="w_j")


def test_the_one_feature_line_still_reads_where_w_is_a_number():
    # Julia's sum += (w*X[i] - Y[i])^2 style with --wrt w: X is one feature, w a number; Σ(w xᵢ − yᵢ)xᵢ/m
    answer = "grad = 0\nfor i in range(m):\n    grad += (X[i] * w - y[i]) * X[i]\nreturn grad / m"
    assert_verdict_read(answer, "np.sum((w * x - y)**2) / (2*m)", "equivalent", wrt="w")


# ------------------------------------------------------------------ the new note in every output format
@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "json"])
def test_block_comment_note_in_every_format(fmt):
    from test_notes import test_check_says_each_reading_in_every_format as says

    answer = f"grad=(1/m)*(X'*(h-y));\n%{{\ngrad = 0;\n%}}\n{REG}"
    says(["check", answer, "--cost", EX5_COST, "--let", EX5_LETS[0]], "are an Octave block comment: dropped", fmt)
