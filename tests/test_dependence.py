"""A cost that does not contain the variable differentiated by is refused, not given a "verified" 0.

Found by an outside review (issue 10): Ng's deep-learning loss written with a bare
``a`` (``-(y log a + (1-y) log(1-a))``), or a sum of ``p``, reads those letters as
constants; differentiating by z or θⱼ then printed 0, verified, and ``check`` called
the right answer ``a - y`` wrong. The refusal says what happened and how to define
the letter.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from _oracle import assert_gradient
from logderiv import derive
from logderiv.cli import main

_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}

CASES = [
    (["derive", "-(y log(a) + (1-y) log(1-a))", "--wrt", "z"], "does not depend on z"),
    (["check", "a - y", "--cost", "-(y log(a) + (1-y) log(1-a))", "--wrt", "z"], "does not depend on z"),
    (["derive", "-1/m sum [y log p + (1-y) log(1-p)]"], "does not depend on θⱼ"),
    (["derive", "-1/m sum(y log σ(z) + (1-y) log(1-σ(z)))"], "does not depend on θⱼ"),
    # p beside the labels in the squared error: since fixmis23 refused at p itself (a value per example, such as the
    # prediction, or one number?), before the cost is found not to depend on θⱼ; a refusal with a --let hint either way
    (["check", "1/m sum((p - y) x_j)", "--cost", "1/m sum (p - y)^2"], "'p' stands beside the labels"),
]


@pytest.mark.parametrize(("args", "words"), CASES, ids=[" ".join(a[:2]) for a, _ in CASES])
def test_a_cost_without_the_variable_is_refused(args, words):
    """Exit 2 with the reason and a hint on stderr; nothing on stdout."""
    result = CliRunner(env=_CLEAN_ENV).invoke(main, [*args, "-f", "text"])
    assert result.exit_code == 2, result.output
    assert words in result.stderr
    assert "--let" in result.stderr  # the hint says how to define the letter
    assert result.stdout == ""


def test_defining_the_letter_gives_the_gradient():
    """With a = σ(z) defined, ∂L/∂z is derived, and it is a − y (sympy.diff and finite differences agree)."""
    derivation = derive("-(y log(a) + (1-y) log(1-a))", wrt="z", let=["a = sigmoid(z)"])
    problem = derivation.problem
    assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions)
    import sympy

    a = next(key for key in problem.definitions if str(key) == "a")
    y = next(s for s in problem.cost.free_symbols if s.name == "y")
    expanded = problem.expand_definitions(derivation.result) - (problem.definitions[a] - y)
    assert sympy.simplify(expanded.rewrite(sympy.exp)) == 0
