"""The function registry (issue 14, item 1): every record reaches every stage, and every stage is right.

Each record of ``logderiv.notation.registry`` is pushed through the whole pipeline:
its spellings are read (plain and LaTeX), a cost applying it is derived, the
result is set against the independent oracle (``tests/_oracle.py``: sympy.diff
and finite differences, at 30 digits), every renderer prints it by its name, the
printed result reads back as a right answer, the generated NumPy code computes
the gradient, and gradcheck's reference gradient is right on data. A function
added to the registry and missed by a table fails here.

The mathematics is checked against :data:`INDEPENDENT`, each function written
out here once more by its formula (mpmath), never by the registry's own
implementations; a new function needs a line there too.
"""

from __future__ import annotations

import importlib.util
import io
import json
import random
import re

import mpmath
import numpy as np
import pytest
import sympy
from rich.console import Console

import _oracle
from logderiv import check, derive
from logderiv.codecheck import reference
from logderiv.engine import rules
from logderiv.notation import registry, symbols
from logderiv.notation import vocabulary as vocab
from logderiv.render.numpy import render_numpy
from logderiv.printing.expressions import show_latex, show_plain
from logderiv.render.terminal import render_rich

#: each function by its formula, for the checks of the registry's implementations (name -> f on mpmath numbers)
INDEPENDENT = {
    "log": mpmath.log,
    "exp": mpmath.exp,
    "sqrt": mpmath.sqrt,
    "sigmoid": lambda u: 1 / (1 + mpmath.exp(-u)),
    "tanh": lambda u: (mpmath.exp(u) - mpmath.exp(-u)) / (mpmath.exp(u) + mpmath.exp(-u)),
    "softplus": lambda u: mpmath.log(1 + mpmath.exp(u)),
    "relu": lambda u: u if u > 0 else mpmath.mpf(0),
    "heaviside": lambda u: mpmath.mpf(1 if u > 0 else 0),
}

#: where each function is real and differentiable: the argument the pipeline gives it
ARGUMENTS = {"real": "theta^T x", "positive": "1 + (theta^T x)^2"}

#: sample arguments for the implementations' checks, away from any kink
SAMPLES = (-2.3, -0.7, 0.4, 1.9)

ids = [function.name for function in registry.FUNCTIONS]


def _cost(function: registry.Function, spelling: str | None = None) -> str:
    argument = ARGUMENTS[function.domain]
    # y θᵀx rather than y: the unit step's own derivative is 0, so it needs a term beside it to leave a gradient
    return f"1/(2m) * sum(({spelling or function.name}({argument}) - y theta^T x)^2)"


def _samples(function: registry.Function) -> tuple[float, ...]:
    return tuple(abs(u) for u in SAMPLES) if function.domain == "positive" else SAMPLES


def test_every_function_is_written_out_independently():
    """The checks below know each function by a formula of their own: a new record needs one."""
    assert set(INDEPENDENT) == registry.NAMES
    assert {function.domain for function in registry.FUNCTIONS} <= set(ARGUMENTS)


@pytest.mark.parametrize("function", registry.FUNCTIONS, ids=ids)
def test_record_is_complete(function):
    """Each record's tables agree: spellings read as it, its rule exists, the parts an evaluator needs are there."""
    assert function.name in function.spellings
    for spelling in function.spellings:
        assert vocab.FUNCTIONS[spelling] == function.name
    cls = symbols.function_class(function)
    if function.rule is None:
        # √ is a power: built by sympy.sqrt, differentiated by the power rule, printed by the layout's √
        assert cls is None and function.layout == "own" and not function.elementwise
        return
    assert symbols.by_class()[cls] is function
    rule = rules.by_name(function.rule)
    assert rule in rules.RULES and rule.__doc__ and rule.statement and rule.statement_latex
    for part in ("derivative", "complex_value", "complex_derivative", "precise_value", "precise_derivative"):
        assert getattr(function, part) is not None, part
    if function.elementwise:
        assert function.array is not None and function.numpy_code is not None and "{}" in function.numpy_code
        assert cls in symbols.elementwise_classes()


@pytest.mark.parametrize("function", [f for f in registry.FUNCTIONS if f.rule is not None], ids=lambda f: f.name)
def test_implementations_agree_with_the_formula(function):
    """Complex, 50-digit and array values, and the three derivatives, match the formula and its difference quotient."""
    formula = INDEPENDENT[function.name]
    cls = symbols.function_class(function)
    z = sympy.Symbol("z")
    derivative = symbols.derivative(function, z)
    with mpmath.workdps(30):
        for u in _samples(function):
            value = formula(mpmath.mpf(u))
            slope = (formula(mpmath.mpf(u) + mpmath.mpf("1e-12")) - formula(mpmath.mpf(u) - mpmath.mpf("1e-12"))) / (
                2 * mpmath.mpf("1e-12"))
            assert complex(function.complex_value(complex(u))) == pytest.approx(float(value), rel=1e-12)
            assert complex(function.complex_derivative(complex(u))) == pytest.approx(float(slope), rel=1e-9)
            assert float(function.precise_value(mpmath.mpf(u))) == pytest.approx(float(value), rel=1e-14)
            assert float(function.precise_derivative(mpmath.mpf(u))) == pytest.approx(float(slope), rel=1e-9)
            # the engine's f′ (the rule's mathematics) and sympy's own value of the class
            assert float(derivative.subs(z, u).evalf(30)) == pytest.approx(float(slope), rel=1e-9)
            assert float(cls(sympy.Float(u, 30)).evalf(30)) == pytest.approx(float(value), rel=1e-14)
            if function.array is not None:
                assert function.array(np.array([u]))[0] == pytest.approx(float(value), rel=1e-12)


@pytest.mark.parametrize("function", registry.FUNCTIONS, ids=ids)
def test_every_spelling_derives_and_the_result_is_the_gradient(function):
    """Plain and LaTeX spellings read as the function; the derivation's result is ∂J/∂θⱼ by the oracle."""
    derivation = derive(_cost(function))
    _oracle.assert_gradient(derivation.cost, derivation.wrt, derivation.result, derivation.problem.definitions)
    expected = derivation.cost
    for spelling in function.spellings:
        assert derive(_cost(function, spelling)).cost == expected, spelling
    argument = ARGUMENTS[function.domain].replace("theta^T x", r"\theta^T x^{(i)}")
    commands = [f"\\{command}" for command in function.latex_commands] or [rf"\operatorname{{{function.name}}}"]
    for command in commands:
        latex = (rf"\frac{{1}}{{2m}}\sum_{{i=1}}^{{m}}\left({command}\left({argument}\right) - y^{{(i)}} \theta^T x^{{(i)}}"
                 r"\right)^2")
        if function.name == "sqrt":
            latex = latex.replace(r"\sqrt\left(", r"\sqrt{\left(").replace(r"\right) - y", r"\right)} - y")
        assert derive(latex).cost == expected, command


@pytest.mark.parametrize("function", registry.FUNCTIONS, ids=ids)
def test_every_renderer_prints_it_and_the_printed_result_reads_back(function):
    """Text, rich, LaTeX, Markdown and JSON name the function; its plain and LaTeX result is judged right."""
    derivation = derive(_cost(function))
    shown = {"text": derivation.to_text(), "markdown": derivation.to_markdown(), "latex": derivation.to_latex()}
    console = Console(file=io.StringIO(), width=200, record=True, color_system=None)
    console.print(render_rich(derivation))
    shown["rich"] = console.export_text()
    shown["json"] = json.dumps(json.loads(derivation.to_json()), ensure_ascii=False)
    # a function laid out as a call is printed by its record's names; log, eᵘ and √ by a layout of their own
    unicode_name, latex_name = {"call": (function.shown_unicode + "(", function.shown_latex + r"\left("),
                                "own": ({"exp": "e^", "sqrt": "√"}.get(function.name, function.shown_unicode),
                                        {"exp": "e^{"}.get(function.name, function.shown_latex))}[function.layout]
    for view in ("text", "rich"):
        assert unicode_name in shown[view], view
    assert function.shown_plain + "(" in shown["json"]  # the expressions' plain spelling, which reads back
    for view in ("latex", "markdown"):
        assert latex_name in shown[view], view
    for answer in (show_plain(derivation.result), show_latex(derivation.result)):
        verdict = check(answer, cost=_cost(function))
        assert verdict.verdict == "equivalent", answer


def _load(source: str, tmp_path, name: str):
    path = tmp_path / f"generated_{name}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _independent_cost(function: registry.Function, theta, X, y) -> float:
    """J(θ) = 1/(2m) Σᵢ (f(aᵢ) − yᵢ θᵀxᵢ)², with f the formula of :data:`INDEPENDENT`, at 30 digits."""
    with mpmath.workdps(30):
        total = mpmath.mpf(0)
        for row, target in zip(X, y):
            z = mpmath.fsum(mpmath.mpf(float(t)) * mpmath.mpf(float(x)) for t, x in zip(theta, row))
            argument = z if function.domain == "real" else 1 + z**2
            total += (INDEPENDENT[function.name](argument) - mpmath.mpf(float(target)) * z) ** 2
        return total / (2 * len(y))


def _independent_gradient(function: registry.Function, theta, X, y) -> np.ndarray:
    step = 1e-7
    result = []
    for k in range(len(theta)):
        e = np.zeros(len(theta))
        e[k] = step
        plus, minus = (_independent_cost(function, theta + s * e, X, y) for s in (1, -1))
        result.append(float((plus - minus) / (2 * step)))
    return np.array(result)


def _data(seed: int):
    rng = np.random.default_rng(seed)
    X = np.hstack([np.ones((7, 1)), rng.normal(size=(7, 2))])
    return rng.normal(scale=0.5, size=3), X, rng.uniform(0.1, 0.9, size=7)


@pytest.mark.parametrize("function", [f for f in registry.FUNCTIONS if f.elementwise], ids=lambda f: f.name)
def test_numpy_code_computes_the_gradient(function, tmp_path):
    """``derive -f numpy``: the emitted gradient matches finite differences of the formula's cost."""
    derivation = derive(_cost(function), matrix=True)
    source = render_numpy(derivation)
    assert re.search(r"\b" + re.escape(function.numpy_code.split("(")[0]) + r"\(", source)
    module = _load(source, tmp_path, function.name)
    theta, X, y = _data(5)
    np.testing.assert_allclose(module.gradient(theta, X, y), _independent_gradient(function, theta, X, y),
                               rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("function", registry.FUNCTIONS, ids=ids)
def test_gradcheck_reference_is_the_gradient(function):
    """gradcheck's reference gradient (NumPy arrays, index form) matches finite differences of the formula's cost."""
    derived = reference.derive_reference(_cost(function))
    data = reference.make_data(random.Random(3), 7, 3, _cost(function), has_lambda=False)
    computed = reference.reference(derived, data).full
    np.testing.assert_allclose(computed, _independent_gradient(function, data.theta, data.X, data.y),
                               rtol=1e-6, atol=1e-9)
