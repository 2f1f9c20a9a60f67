r"""Spellings of real notes, read as the plain spelling that means the same (issue 10, items 1, 2, 4, 5, 6).

Each case is a spelling as course notes, textbooks and labs write it, the plain
spelling logderiv already read before (the independent reference: the two must
build to the same cost, definitions and variable), and the note the non-literal
reading must carry. Invalid spellings are refused with exit 2 and a caret at a
known column.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
import sympy
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.errors import InputError
from logderiv.notation import read_problem

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}

LINEAR = "1/(2m) * sum((theta^T x - y)^2)"
LINEAR_WB = "1/(2m) * sum((w^T x + b - y)^2)"
LOGISTIC = "-1/m * sum(y log(h) + (1-y) log(1-h))"
SQUARED_H = "1/(2m) * sum((h - y)^2)"


@dataclass(frozen=True)
class Spelling:
    """A spelling, its plain equivalent, and the note its reading must carry (None: a literal reading)."""

    id: str
    text: str
    plain: str
    note: str | None = None
    wrt: str = "theta_j"
    plain_wrt: str | None = None
    lets: tuple[str, ...] = ()
    plain_lets: tuple[str, ...] = ()


SPELLINGS = [
    # 1. counts and sum indices
    Spelling("zero-based-examples", r"\frac{1}{2m}\sum_{i=0}^{m-1}(\theta^T x^{(i)} - y^{(i)})^2", LINEAR,
             "Σ_{i=0}^{m−1} is read as the sum over the m examples"),
    Spelling("bishop-N-n", r"-\frac{1}{N}\sum_{n=1}^{N}[y_n\log\hat y_n + (1-y_n)\log(1-\hat y_n)]", LOGISTIC,
             "N counts the examples here: read as m"),
    Spelling("index-n-noted", r"-\frac{1}{N}\sum_{n=1}^{N}[y_n\log\hat y_n + (1-y_n)\log(1-\hat y_n)]", LOGISTIC,
             "the sum over n runs over the examples (its index marks the example): n is read as i"),
    Spelling("n-counts-examples", r"\frac{1}{2n}\sum_{i=1}^{n}(\theta^T x_i - y_i)^2", LINEAR,
             "n counts the examples here: read as m; the features are counted by n in the output"),
    Spelling("n-examples-d-features",
             r"\frac{1}{2n}\sum_{i=1}^{n}(\theta^T x_i - y_i)^2 + \frac{\lambda}{2n}\sum_{j=1}^{d}\theta_j^2",
             LINEAR + " + lambda/(2m) sum_k(theta_k^2)", "d counts the features here: read as n"),
    Spelling("index-t-M", r"\frac{1}{2M}\sum_{t=1}^{M}(\theta^T x_t - y_t)^2", LINEAR, "M counts the examples here: read as m"),
    Spelling("index-k-examples", r"\frac{1}{2m}\sum_{k=1}^{m}(\theta^T x^{(k)} - y^{(k)})^2", LINEAR,
             "the sum over k runs over the examples"),
    Spelling("sum-limits", r"\frac{1}{2m}\sum\limits_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2", LINEAR),
    Spelling("textstyle-sum", r"\frac{1}{2m}\textstyle\sum_{i=1}^{m}(\theta^T x^{(i)} - y^{(i)})^2", LINEAR),
    Spelling("l2-over-i", r"\frac{\lambda}{2}\sum_i w_i^2", "lambda/2 sum_k(w_k^2)",
             "the sum over i runs over the features", wrt="w_j"),
    Spelling("l2-over-d", r"\frac{\lambda}{2}\sum_{d=1}^{D} w_d^2", "lambda/2 sum_k(w_k^2)",
             "D counts the features here: read as n", wrt="w_j"),
    Spelling("dlai-zero-based-both",
             r"J(\mathbf{w},b) = \frac{1}{2m}\sum_{i=0}^{m-1}\left(\sum_{j=0}^{n-1} w_j x_j^{(i)} + b - y^{(i)}\right)^2",
             LINEAR_WB, "Σ_{j=0}^{n−1} is read as the sum over the n features, numbered from 1", wrt="w_j"),
    # 2. the prediction
    Spelling("f-wb", r"J(w,b) = \frac{1}{2m}\sum_{i=0}^{m-1}(f_{w,b}(x^{(i)})-y^{(i)})^2", SQUARED_H,
             "f_{w,b}(x^{(i)}) is read as the prediction h", wrt="b"),
    Spelling("f-mathbf-wb", r"\frac{1}{2m}\sum_{i=1}^{m}(f_{\mathbf{w},b}(\mathbf{x}^{(i)})-y^{(i)})^2", SQUARED_H,
             r"f_{\mathbf{w},b}(\mathbf{x}^{(i)}) is read as the prediction h"),
    Spelling("h-mathbf-w", r"\frac{1}{2m}\sum_{i=1}^{m}(h_{\mathbf w}(\mathbf x^{(i)})-y^{(i)})^2", SQUARED_H),
    Spelling("H-theta-X", r"\frac{1}{2m}\sum_{i=1}^{m}(H_\theta(X^{(i)})-y^{(i)})^2", SQUARED_H,
             r"X^{(i)} is read as x^{(i)}, the i-th example"),
    Spelling("hat-y-braced-index", r"-\frac{1}{m}\sum_{i=1}^{m}[y_i\log\hat{y_i} + (1-y_i)\log(1-\hat{y_i})]", LOGISTIC,
             r"\hat{y_i} is read as the prediction h"),
    Spelling("hat-y-example", r"-\frac{1}{m}\sum_{i=1}^{m}[y^{(i)}\log\hat{y}^{(i)} + (1-y^{(i)})\log(1-\hat{y}^{(i)})]",
             LOGISTIC, r"\hat{y} is read as the prediction h"),
    Spelling("hat-p", r"-\frac{1}{m}\sum_{i=1}^{m}[y_i\log\hat p_i + (1-y_i)\log(1-\hat p_i)]", LOGISTIC,
             r"\hat p is read as the prediction h"),
    Spelling("p-i", r"-\frac{1}{m}\sum_{i=1}^{m}[y_i\log p_i + (1-y_i)\log(1-p_i)]", LOGISTIC,
             "p_i is read as the prediction h (the model's output for example i)"),
    Spelling("a-i", r"-\frac{1}{m}\sum_{i=1}^{m}[y^{(i)}\log a^{(i)} + (1-y^{(i)})\log(1-a^{(i)})]", LOGISTIC,
             "a^{(i)} is read as the prediction h"),
    Spelling("p-defined-stays-p", r"-\frac{1}{m}\sum_{i=1}^{m}[y_i\log p_i + (1-y_i)\log(1-p_i)]",
             "-1/m * sum(y log(p) + (1-y) log(1-p))", lets=(r"p = \sigma(\theta^\top x)",),
             plain_lets=("p = sigmoid(theta^T x)",)),
]


def _build(text, wrt, lets, input="auto"):
    return read_problem(text, wrt=wrt, lets=lets, input=input)


@pytest.mark.parametrize("case", SPELLINGS, ids=[case.id for case in SPELLINGS])
def test_spelling_builds_as_its_plain_equivalent(case):
    """The spelling builds to the cost, definitions and variable of its plain equivalent, with its note."""
    spelled = _build(case.text, case.wrt, case.lets)
    plain = _build(case.plain, case.plain_wrt or case.wrt, case.plain_lets, input="plain")
    assert spelled.wrt == plain.wrt
    assert spelled.cost == plain.cost, (sympy.sstr(spelled.cost), sympy.sstr(plain.cost))
    assert spelled.definitions == plain.definitions
    if case.note is not None:
        assert any(case.note in note for note in spelled.notes), spelled.notes


def test_spelling_ids_are_distinct():
    """Every case has its own id."""
    assert len({case.id for case in SPELLINGS}) == len(SPELLINGS)
