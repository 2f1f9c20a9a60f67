"""The function registry: one record per function of the notation (issue 14, item 1).

A function (log, exp, √, σ, tanh, softplus) used to live in about seventeen
tables in fifteen modules: its spellings, its sympy class, its derivative, four
evaluators, four printers and the NumPy code. Each of those tables is now
derived from the one :class:`Function` record here (ReLU and its derivative,
the unit step ``heaviside``, were added as records and rules only), and
``tests/test_registry.py`` walks every record through the whole pipeline
(parse, derive, verify, every renderer, NumPy code, gradcheck's reference),
so a function that reaches one layer and not another fails there, not at run
time. ``docs/architecture.md`` says where to add one.

The module sits in the notation layer and imports neither sympy, mpmath nor
NumPy when it is imported (the vocabulary reads its spellings while a command
rejects its input, cold): the parts that need them are functions that import
what they use when they are first called, and the sympy classes are named, and
looked up by ``logderiv.notation.symbols`` (``function``, ``function_class``,
``by_class``), which defines logderiv's own (σ, softplus, ReLU, heaviside).
"""

from __future__ import annotations

import cmath
from typing import Any, Callable

from ..record import record

__all__ = ["Function", "FUNCTIONS", "NAMES", "by_name", "spellings", "latex_commands"]


@record
class Function:
    """Everything logderiv knows about one function of one argument.

    Spellings are what a user may write; the ``shown_*`` names are what the
    printers write (each parses back to the same function). ``derivative`` is
    f′(u) as a sympy expression, the mathematics of the engine rule named
    ``rule`` (a record in ``logderiv.engine.rules``, whose docstring states it):
    the chain rule's step is ∂f(u)/∂v = f′(u) ∂u/∂v. The evaluators are f and
    f′ on complex numbers (the dual numbers of ``equality.numeric``), on mpmath
    numbers (50 digits, ``verify.precise``), and f on NumPy arrays
    (``equality.elementwise``: the matrix-form check and gradcheck's reference);
    ``numpy_code`` is f in the generated NumPy code (``{}`` the argument).
    """

    #: the canonical name, in the parsed tree: ``tanh``
    name: str
    #: plain-text spellings, each read as this function: ``ln`` is log
    spellings: tuple[str, ...]
    #: LaTeX control words read as this function (``\\tanh``); one without any is read from ``\\operatorname{…}``
    latex_commands: tuple[str, ...]
    #: where the sympy class lives (``"sympy"`` or ``"symbols"``, logderiv's own) and its name there; none for √,
    #: which sympy builds as a power (u^(1/2), differentiated by the power rule)
    sympy_home: str
    sympy_name: str | None
    #: the names printed: plain notation (parses back), Unicode, LaTeX
    shown_plain: str
    shown_unicode: str
    shown_latex: str
    #: the ``name`` of the engine rule that differentiates it (None: √, by the power rule)
    rule: str | None
    #: f′(u), built with sympy: ``derivative(u, function)``, where ``function(name)`` builds a registry function
    #: (``logderiv.notation.symbols.function``); None for √
    derivative: Callable[[Any, Callable[[str], Any]], Any] | None
    #: f and f′ on complex numbers (cmath): the dual numbers of the numeric check
    complex_value: Callable[[complex], complex] | None
    complex_derivative: Callable[[complex], complex] | None
    #: f and f′ in mpmath arithmetic (any precision, no overflow)
    precise_value: Callable[[Any], Any] | None
    precise_derivative: Callable[[Any], Any] | None
    #: f elementwise on a NumPy array (None: not applied to vectors)
    array: Callable[[Any], Any] | None
    #: f in generated NumPy code, ``{}`` standing for the argument, and the helper function it calls, if any
    numpy_code: str | None
    numpy_helper: str | None = None
    #: how the printers lay it out: "call", name(argument), from the ``shown_*`` names; "own", a layout of its own
    #: (log u without brackets where that reads, eᵘ, √u)
    layout: str = "call"
    #: whether a function of a vector applies to each entry (a matrix answer, the matrix form)
    elementwise: bool = True
    #: where f is real and differentiable: "real" (every real u) or "positive" (u > 0); what the registry test
    #: (tests/test_registry.py) feeds it. The numeric checks need none: their arithmetic is complex
    domain: str = "real"
    #: what a model applies it to its linear predictor as, for the readers' guesses at what a text means: "activation"
    #: (σ, tanh, softplus, ReLU: a link, and a network layer's activation), "link" (eᵘ: a Poisson model's only), or
    #: None (log, √). ``notation.bare_operands`` refuses ``σ wᵀx + b`` for a link; ``notation.layers`` finds layers by
    #: their activations
    predictor: str | None = None
    #: whether its rule waits until defined names are unfolded: σ′ = σ(1 − σ) is shown on σ(θᵀx), once h is unfolded
    after_unfold: bool = False


# --- the implementations that need more than cmath, imported on first use ---------------------------


def _mpmath() -> Any:
    import mpmath

    return mpmath


def _np() -> Any:
    import numpy

    return numpy


def _sigmoid_complex(u: complex) -> complex:
    # split by sign so that neither branch overflows
    if u.real >= 0:
        return 1 / (1 + cmath.exp(-u))
    t = cmath.exp(u)
    return t / (1 + t)


def _softplus_complex(u: complex) -> complex:
    if u.real > 30:
        return u + cmath.log(1 + cmath.exp(-u))
    return cmath.log(1 + cmath.exp(u))


def _log_precise(u: Any) -> Any:
    mpmath = _mpmath()
    # a negative real's logarithm is complex, as in the double-precision check (same branch)
    return mpmath.log(u) if not (isinstance(u, mpmath.mpf) and u < 0) else mpmath.log(mpmath.mpc(u))


def _sigmoid_precise(u: Any) -> Any:
    return 1 / (1 + _mpmath().exp(-u))


def _sigmoid_array(u: Any) -> Any:
    """σ(u) = 1/(1 + e^(−u)), elementwise, without overflow."""
    np = _np()
    # split by sign so that neither branch overflows
    positive = np.real(u) >= 0
    t = np.exp(np.where(positive, -u, u))
    return np.where(positive, 1 / (1 + t), t / (1 + t))


def _softplus_array(u: Any) -> Any:
    """log(1 + e^u), elementwise, without overflow."""
    np = _np()
    large = np.real(u) > 30
    return np.where(large, u + np.log1p(np.exp(-np.where(large, u, 0))), np.log1p(np.exp(np.where(large, 0, u))))


#: why the unit step (ReLU′) has no value at 0, for every evaluator that meets that point
_NO_STEP_AT_ZERO = "ReLU has no derivative at 0: heaviside(u) = ReLU′(u) is undefined where u = 0"


def _relu_complex(u: complex) -> complex:
    return u if u.real > 0 else 0j


def _heaviside_complex(u: complex) -> complex:
    # a point where the argument is 0 is no point to check at (numeric turns the error into Undefined)
    if u.real == 0:
        raise ZeroDivisionError(_NO_STEP_AT_ZERO)
    return 1.0 if u.real > 0 else 0.0


def _relu_precise(u: Any) -> Any:
    return u if _mpmath().re(u) > 0 else _mpmath().mpf(0)


def _heaviside_precise(u: Any) -> Any:
    if _mpmath().re(u) == 0:
        raise ZeroDivisionError(_NO_STEP_AT_ZERO)
    return _mpmath().mpf(1 if _mpmath().re(u) > 0 else 0)


def _relu_array(u: Any) -> Any:
    """max(0, u), elementwise (of the real part's sign, for complex arrays)."""
    np = _np()
    return np.where(np.real(u) > 0, u, 0.0)


def _heaviside_array(u: Any) -> Any:
    """1 where u > 0, 0 where u < 0; an entry 0 is refused (exit 3): ReLU has no derivative there."""
    np = _np()
    if np.any(np.real(u) == 0):
        from ..errors import UnsupportedError

        raise UnsupportedError(_NO_STEP_AT_ZERO + ", and an argument of ReLU is exactly 0 on this data",
                               hint="ReLU's gradient is defined only where its argument is not 0; softplus(z) = "
                               "log(1 + e^z) is a smooth ReLU")
    return np.where(np.real(u) > 0, 1.0, 0.0)


def _sigmoid_derivative(u: Any, function: Callable[[str], Any]) -> Any:
    s = function("sigmoid")(u)
    return s * (1 - s)


#: every function, in the order the engine tries their rules (and the catalogue lists them)
FUNCTIONS: tuple[Function, ...] = (
    Function(
        name="log", spellings=("log", "ln"), latex_commands=("log", "ln"),
        sympy_home="sympy", sympy_name="log",
        shown_plain="log", shown_unicode="log", shown_latex=r"\log",
        rule="chain-log", derivative=lambda u, function: 1 / u,
        complex_value=cmath.log, complex_derivative=lambda u: 1 / u,
        precise_value=_log_precise, precise_derivative=lambda u: 1 / u,
        array=lambda u: _np().log(u), numpy_code="np.log({})", layout="own", domain="positive",
    ),
    Function(
        name="exp", spellings=("exp",), latex_commands=("exp",),
        sympy_home="sympy", sympy_name="exp",
        shown_plain="exp", shown_unicode="exp", shown_latex=r"\exp",
        rule="chain-exp", derivative=lambda u, function: function("exp")(u),
        complex_value=cmath.exp, complex_derivative=cmath.exp,
        precise_value=lambda u: _mpmath().exp(u), precise_derivative=lambda u: _mpmath().exp(u),
        array=lambda u: _np().exp(u), numpy_code="np.exp({})", layout="own", predictor="link",
    ),
    Function(
        name="sqrt", spellings=("sqrt",), latex_commands=("sqrt",),
        sympy_home="sympy", sympy_name=None,
        shown_plain="sqrt", shown_unicode="√", shown_latex=r"\sqrt",
        rule=None, derivative=None,
        complex_value=None, complex_derivative=None, precise_value=None, precise_derivative=None,
        array=None, numpy_code=None, layout="own", elementwise=False, domain="positive",
    ),
    Function(
        name="sigmoid", spellings=("sigmoid", "sigma", "σ"), latex_commands=("sigma",),
        sympy_home="symbols", sympy_name="sigmoid",
        shown_plain="sigmoid", shown_unicode="σ", shown_latex=r"\sigma",
        rule="sigmoid", derivative=_sigmoid_derivative,
        complex_value=_sigmoid_complex,
        complex_derivative=lambda u: _sigmoid_complex(u) * (1 - _sigmoid_complex(u)),
        precise_value=_sigmoid_precise,
        precise_derivative=lambda u: _sigmoid_precise(u) * (1 - _sigmoid_precise(u)),
        array=_sigmoid_array, numpy_code="sigmoid({})", numpy_helper="sigmoid", after_unfold=True,
        predictor="activation",
    ),
    Function(
        name="tanh", spellings=("tanh",), latex_commands=("tanh",),
        sympy_home="sympy", sympy_name="tanh",
        shown_plain="tanh", shown_unicode="tanh", shown_latex=r"\tanh",
        rule="chain-tanh", derivative=lambda u, function: 1 - function("tanh")(u) ** 2,
        complex_value=cmath.tanh, complex_derivative=lambda u: 1 - cmath.tanh(u) ** 2,
        precise_value=lambda u: _mpmath().tanh(u), precise_derivative=lambda u: 1 - _mpmath().tanh(u) ** 2,
        array=lambda u: _np().tanh(u), numpy_code="np.tanh({})", predictor="activation",
    ),
    Function(
        name="softplus", spellings=("softplus",), latex_commands=(),
        sympy_home="symbols", sympy_name="softplus",
        shown_plain="softplus", shown_unicode="softplus", shown_latex=r"\operatorname{softplus}",
        rule="chain-softplus", derivative=lambda u, function: function("sigmoid")(u),
        complex_value=_softplus_complex, complex_derivative=_sigmoid_complex,
        precise_value=lambda u: _mpmath().log1p(_mpmath().exp(u)), precise_derivative=_sigmoid_precise,
        array=_softplus_array, numpy_code="np.logaddexp(0.0, {})", predictor="activation",
    ),
    Function(
        name="relu", spellings=("relu", "ReLU"), latex_commands=(),
        sympy_home="symbols", sympy_name="relu",
        shown_plain="relu", shown_unicode="ReLU", shown_latex=r"\operatorname{ReLU}",
        rule="chain-relu", derivative=lambda u, function: function("heaviside")(u),
        complex_value=_relu_complex, complex_derivative=_heaviside_complex,
        precise_value=_relu_precise, precise_derivative=_heaviside_precise,
        array=_relu_array, numpy_code="np.maximum(0.0, {})", predictor="activation",
    ),
    Function(
        name="heaviside", spellings=("heaviside",), latex_commands=(),
        sympy_home="symbols", sympy_name="heaviside",
        shown_plain="heaviside", shown_unicode="heaviside", shown_latex=r"\operatorname{heaviside}",
        rule="chain-heaviside", derivative=lambda u, function: 0 * u,
        complex_value=_heaviside_complex, complex_derivative=lambda u: 0 * _heaviside_complex(u),
        precise_value=_heaviside_precise, precise_derivative=lambda u: 0 * _heaviside_precise(u),
        # NumPy's heaviside takes its second argument at 0: NaN there, where ReLU has no derivative
        array=_heaviside_array, numpy_code="np.heaviside({}, np.nan)",
    ),
)


def by_name(name: str) -> Function:
    """The record of the function with canonical name ``name``."""
    return _BY_NAME[name]


_BY_NAME: dict[str, Function] = {function.name: function for function in FUNCTIONS}

#: the canonical names of every function
NAMES: frozenset[str] = frozenset(_BY_NAME)


def spellings() -> dict[str, str]:
    """Plain-text spelling -> canonical name, for every function."""
    return {spelling: function.name for function in FUNCTIONS for spelling in function.spellings}


def latex_commands() -> dict[str, str]:
    """LaTeX control word (without its backslash) -> canonical name."""
    return {command: function.name for function in FUNCTIONS for command in function.latex_commands}
