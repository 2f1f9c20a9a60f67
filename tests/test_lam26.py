"""Code's names of λ come from one list (issue 14's one registry per kind of knowledge; issue 10's readings).

Two readers respell code: ``pasted`` (a pasted program's text) and ``redefined`` (code's definitions and names). Each
kept its own tuple of λ's spellings, and they had drifted apart: ``lamda`` and ``lambda_param`` were λ to one and an
unknown name to the other, ``lambdaa`` and ``lambtha`` the reverse, so the same answer was read or refused by which
reader met it first. ``vocabulary.LAMBDA_SPELLINGS`` is now the one list.

The verdicts below are checked against a hand-worked gradient: for
J = 1/(2m) Σᵢ (wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾)² + λ/(2m) ‖w‖², ∂J/∂wⱼ = (1/m) Σᵢ (wᵀx⁽ⁱ⁾ + b − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾ + (λ/m) wⱼ, i.e.
(1/m) Xᵀ(Xw + b − y) + (λ/m) w; halving the penalty's term is a real slip (the 2 of the square dropped twice).
"""

from __future__ import annotations

import ast
import re

import numpy as np
import pytest

import logderiv
from logderiv.codecheck.roles import plan_call, wants_lam
from logderiv.codecheck.worker import Parameter, Signature
from logderiv.notation import vocabulary as vocab

from _source import PACKAGE, tree

_COST = r"\frac{1}{2m}\sum_i (w^T x^{(i)} + b - y^{(i)})^2 + \frac{\lambda}{2m}\|w\|^2"


@pytest.mark.parametrize("spelling", [s for s in vocab.LAMBDA_SPELLINGS if s != "Lambda"])
def test_every_spelling_of_lambda_is_lambda_in_pasted_code(spelling):
    right = logderiv.check(f"(1/m) * X.T @ (X @ w + b - y) + ({spelling}/m) * w", cost=_COST, wrt="w_j")
    assert right.verdict == "equivalent"
    assert any(note.startswith(f"read as code: {spelling} is λ") for note in right.notes), right.notes
    slip = logderiv.check(f"(1/m) * X.T @ (X @ w + b - y) + ({spelling}/(2*m)) * w", cost=_COST, wrt="w_j")
    assert slip.verdict == "different"


def test_the_hand_worked_gradient_is_the_costs():
    """The gradient the verdicts above are held to, against central finite differences of J itself."""
    rng = np.random.default_rng(26)
    m, n, lam = 5, 3, 0.7
    X, y, w, b = rng.normal(size=(m, n)), rng.normal(size=m), rng.normal(size=n), 0.3

    def cost(v):
        r = X @ v + b - y
        return r @ r / (2 * m) + lam / (2 * m) * v @ v

    h = 1e-6
    numeric = np.array([(cost(w + h * e) - cost(w - h * e)) / (2 * h) for e in np.eye(n)])
    assert np.allclose(numeric, X.T @ (X @ w + b - y) / m + lam / m * w, rtol=1e-6)


def test_no_reader_keeps_its_own_list_of_lambdas_names():
    """A tuple of λ's spellings anywhere but the vocabulary is a second registry that will drift again."""
    owners = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.Tuple) and {"lmbda", "lam"} <= {
                    element.value for element in node.elts if isinstance(element, ast.Constant)}:
                owners.append(path.relative_to(PACKAGE).as_posix())
    assert owners == ["notation/vocabulary.py"]
    assert all(re.fullmatch(r"[A-Za-z_]\w*", spelling) for spelling in vocab.LAMBDA_SPELLINGS)


@pytest.mark.parametrize("spelling", ["lamda", "lambdaa", "lambda_param", "reg_param"])
def test_gradcheck_places_lambda_by_any_of_its_code_names(spelling):
    """``def cost_grad(theta, X, y, lamda)``: gradcheck passes λ to the parameter code names so, as the readers do."""
    parameters = tuple(Parameter(name, "POSITIONAL_OR_KEYWORD", False) for name in ("theta", "X", "y", spelling))
    signature = Signature("cost_grad", parameters, f"cost_grad(theta, X, y, {spelling})")
    assert wants_lam(signature, None)
    plan = plan_call(signature, None, needs_lam=True)
    assert dict(plan.names) == {"theta": "theta", "X": "X", "y": "y", "lam": spelling}


_DATA_TERM = r"\frac{1}{m}\sum_i (w^T x^{(i)} + b - y^{(i)}) x_j^{(i)}"


@pytest.mark.parametrize("penalty", [
    # a word opening a group before an operand: it was dropped as a remark, and the term lost its λ
    r"+ \frac{\text{lambda}\, w_j}{m}", r"+ \frac{\text{lambda} w_j}{m}", r"+ \frac{\textrm{lambda} w_j}{m}",
    r"+ \frac{\text{reg}\, w_j}{m}", r"+ {\text{lam} w_j}/m",
    # code's names inside \text{…}: respelled \text{\lambda } by the pasted-code reader, no word, dropped
    r"+ \frac{\text{lmbda}\, w_j}{m}", r"+ \frac{\text{lam}}{m} w_j", r"+ \frac{\mathrm{lam}\, w_j}{m}",
    r"+ \frac{\text{lamda}}{m} w_j", r"+ \frac{\text{lambda\_reg}}{m} w_j",
])
def test_a_worded_lambda_is_a_factor_not_a_remark(penalty):
    """Each was a false "different" on the right gradient (λ dropped: (1/m) wⱼ compared with (λ/m) wⱼ)."""
    right = logderiv.check(f"{_DATA_TERM} {penalty}", cost=_COST, wrt="w_j")
    assert right.verdict == "equivalent", right.answer
    assert any("read as λ" in note for note in right.notes), right.notes
    halved = logderiv.check(f"{_DATA_TERM} {penalty.replace('{m}', '{2m}').replace('/m', '/(2m)')}", cost=_COST,
                            wrt="w_j")
    assert halved.verdict == "different"


def test_a_worded_lambda_opening_the_answer_is_its_first_factor():
    right = logderiv.check(r"\text{lambda} \frac{w_j}{m} + " + _DATA_TERM, cost=_COST, wrt="w_j")
    assert right.verdict == "equivalent"
    # any other word opening the formula is a label, as before: the answer after it is read
    labelled = logderiv.check(r"\text{Gradient} " + _DATA_TERM + r" + \frac{\lambda}{m} w_j", cost=_COST, wrt="w_j")
    assert labelled.verdict == "equivalent"
