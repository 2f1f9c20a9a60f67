"""The objective an answer's gradient belongs to: the cost J, or the log-likelihood ℓ it is the negative of.

Course notes write the same model's gradient in two conventions. Machine-learning
courses minimise a cost J by gradient descent; statistics notes maximise the
log-likelihood ℓ by gradient ascent, and their gradient ``Σᵢ (yᵢ − σ(θᵀxᵢ)) xᵢ``
points the other way. The two are tied by the cost itself, and the cost decides
how:

* a mean-form cost ``J = (1/m) Σᵢ …`` (every term that sums over the examples
  carries the 1/m): ``ℓ = −m·J``, so ``∇ℓ = −m·∇J``;
* a sum-form cost ``J = Σᵢ …`` (no 1/m): ``ℓ = −J``, so ``∇ℓ = −∇J``.

A penalty term goes along with the rest (``λ/(2m)‖θ‖²`` becomes ``−λ/2 ‖θ‖²``
in ℓ, the log of a Gaussian prior): ℓ is always a multiple of the whole cost, so
an answer is never judged against a mix of two objectives.

The cost given may itself be the log-likelihood, written to be maximised
(``Σᵢ [yᵢ log σ(βᵀxᵢ) + (1 − yᵢ) log(1 − σ(βᵀxᵢ))]`` with no leading minus,
``Σᵢ yᵢzᵢ − log(1 + e^{zᵢ})``): then ℓ is the cost, ``∇ℓ = ∇cost``, and
negating it again would flip every verdict. :func:`orientation` tells the two
apart by the cost's sign: a loss (squared error, cross-entropy, with or
without its penalty) is never below 0, it is minimised; a log-likelihood of
labels in [0, 1] (and its log-prior penalty) is never above 0, it is
maximised. A cost whose sign changes from point to point is neither as far as
logderiv can tell, and ``--objective log-likelihood`` is refused for it rather
than guessed.
"""

from __future__ import annotations


import sympy

from ..errors import InputError, UnsupportedError
from ..notation import symbols
from ..notation.problem import Problem
from ..equality.tolerances import REAL_PART_TOLERANCE, SIGN_POINTS, SIGN_SEED
from ..memo import remembered
from .. import patterns

__all__ = ["OBJECTIVES", "is_mean_form", "orientation", "log_likelihood_scale", "describe_log_likelihood", "judged_name",
           "ensure_orientation", "likelihood_sign_slip", "LIKELIHOOD_SIGN_HINT", "LOG_LIKELIHOOD_NAME"]

#: what :func:`orientation` returns: a cost to minimise, or a log-likelihood to maximise
LOSS, LOG_LIKELIHOOD = "loss", "log-likelihood"

#: the objectives ``check --objective`` accepts; the first is the default
OBJECTIVES = ("cost", "log-likelihood")

#: the log-likelihood's letter in a derivative's name: ∂ℓ(θ)/∂θⱼ, \frac{\partial l(\theta)}{…}, \ell, plain dl(theta)/d…,
#: LL (not J, L, 𝓛; a bare l, code's name of a loss as often as of ℓ, only with its arguments)
LOG_LIKELIHOOD_NAME = patterns.compile(
    r"\\ell(?![A-Za-z])|ℓ|(?:(?<![A-Za-z\\])|(?<=(?<![A-Za-z])d))(?:l\s*(?:\(|\\left\()|LL(?![A-Za-z]))")


def _sums_over_examples(term: sympy.Expr) -> bool:
    return any(total.limits[-1][0] == symbols.example_index for total in term.atoms(sympy.Sum))


@remembered("verify.objective.is_mean_form", 32)  # a question's cost, asked again for every wrong answer's diagnosis
def is_mean_form(cost: sympy.Expr) -> bool:
    """Whether every term of ``cost`` that sums over the examples carries the factor 1/m (``J = (1/m) Σᵢ …``)."""
    terms = [term for term in sympy.Add.make_args(cost) if _sums_over_examples(term)]
    if not terms:
        return False
    for term in terms:
        coefficient, _ = term.as_independent(sympy.Sum, as_Add=False)
        if coefficient.as_powers_dict().get(symbols.m, 0) != -1:
            return False
    return True


def orientation(problem: Problem) -> str | None:
    """``LOSS`` (never below 0: minimised), ``LOG_LIKELIHOOD`` (never above 0: maximised), or None (can't tell)."""
    return _orientation(problem.expand_definitions(problem.cost))


@remembered("verify.objective.orientation", 32)
def _orientation(cost: sympy.Expr) -> str | None:
    from ..equality import numeric

    positive = negative = False
    for size in numeric.SIZES:
        for index in range(SIGN_POINTS):
            try:
                value = numeric.evaluate(cost, numeric.point(SIGN_SEED, size, index), size)
            except (numeric.Undefined, OverflowError, UnsupportedError):
                return None  # undefined somewhere, or nothing numeric can evaluate: no sign to go by
            if abs(value.imag) > REAL_PART_TOLERANCE * max(1.0, abs(value)) or value != value:
                return None
            positive |= value.real > 0
            negative |= value.real < 0
    if positive == negative:
        return None  # both signs (no bound either way), or 0 everywhere
    return LOSS if positive else LOG_LIKELIHOOD


def ensure_orientation(problem: Problem) -> str:
    """The cost's orientation, for ``--objective log-likelihood``; refused (exit 2) when it can't be told."""
    found = orientation(problem)
    if found is None:
        raise InputError(
            "logderiv can't tell whether this cost is a loss (to minimise) or a "
            "log-likelihood (to maximise): its value is neither always ≥ 0 nor always ≤ 0",
            label="--objective",
            hint="leave out --objective: the answer is then judged as the gradient of the cost as written",
        )
    return found


def log_likelihood_scale(problem: Problem) -> sympy.Expr:
    """The constant c with ``ℓ = c·J``: 1 when the cost is ℓ itself, −m for a mean-form cost, −1 for a sum-form one."""
    if orientation(problem) == LOG_LIKELIHOOD:
        return sympy.Integer(1)
    return -symbols.m if is_mean_form(problem.expand_definitions(problem.cost)) else sympy.Integer(-1)


def judged_name(problem: Problem) -> str:
    """The name of the function answers are judged the gradient of, as notes say it: ℓ under ``--objective
    log-likelihood`` for a cost that is no log-likelihood (∇ℓ, a multiple of ∇J, is judged), else the cost's J.

    A cost that is ℓ itself is judged as written under either objective, so its name and ℓ are one function.
    """
    if problem.objective == "log-likelihood" and orientation(problem) != LOG_LIKELIHOOD:
        return "ℓ"
    return "J"


def describe_log_likelihood(problem: Problem) -> str:
    """How ℓ is made from this cost, in words (for notes and diagnoses)."""
    if orientation(problem) == LOG_LIKELIHOOD:
        return "ℓ, which the cost is itself (it is never above 0: a log-likelihood, to be maximised)"
    if is_mean_form(problem.expand_definitions(problem.cost)):
        return "ℓ = −m·J (the cost is a mean, (1/m) Σᵢ …: ℓ drops its 1/m and its sign)"
    cost = problem.expand_definitions(problem.cost)
    if not any(symbols.is_example_sum(total) for total in cost.atoms(sympy.Sum)):
        # DeepLearning.AI's L(a, y) = −(y log a + (1 − y) log(1 − a)): one example, no Σ to speak of
        return ("ℓ = −J (the cost is one example's loss, with no sum over the examples: ℓ, that example's "
                "log-likelihood, is its negative)")
    return "ℓ = −J (the cost is a sum, Σᵢ … with no 1/m: ℓ is its negative)"


#: the hint of a chain whose log L(θ) side and last side disagree in sign
LIKELIHOOD_SIGN_HINT = ("write the same sign on both sides: −\\ln L(\\theta) = −\\sum … for the negative "
                        "log-likelihood, \\ln L(\\theta) = \\sum … for the log-likelihood")


def likelihood_sign_slip(side: str, name: str, problem: Problem) -> str | None:
    """Why ``l(θ) = −ln L(θ) = Σ [y log h + …]`` can't be read, or None when the two sides agree (or can't be told).

    L is a likelihood, so log L is never above 0 and −log L never below 0 (:func:`orientation` of the last
    side). A chain whose log L side has the other sign from its last side says two things of the cost: the
    minus (or its absence) on one side is a slip, and which one decides whether ``name``'s gradient is
    Σ(h − y)x or Σ(y − h)x. Refused naming both (the last side alone was read: a silent misread, audit21).
    """
    negative = side.strip().startswith("-")
    found = orientation(problem)
    if found is None or (found == LOSS) == negative:
        return None
    said, last = (("the negative log-likelihood, never below 0", "never above 0 (a log-likelihood)") if negative
                  else ("the log-likelihood, never above 0", "never below 0 (a loss, the negative log-likelihood)"))
    return (f"'{side.strip()}' says {name} is {said}, but the side after it is {last}: is {name} the "
            "negative log-likelihood (to minimise) or the log-likelihood (to maximise)?")
