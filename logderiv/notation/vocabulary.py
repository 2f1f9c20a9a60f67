"""The machine-learning vocabulary, as names: the one place conventions live.

Which spellings mean which function, which names are vectors indexed by
feature, which are per-example data, which are constants. Front ends map user
spelling to these canonical names; the builder (via ``symbols``) gives each
canonical name its sympy object. This module is sympy-free so that reading
and rejecting input stays cheap.
"""

from __future__ import annotations

from typing import Literal

from .. import patterns
from . import registry

__all__ = [
    "FUNCTIONS",
    "SIGMOID_NAMES",
    "GREEK",
    "PARAMETER_VECTORS",
    "DATA_VECTORS",
    "DATA_MATRIX",
    "PER_EXAMPLE",
    "CONSTANTS",
    "EXAMPLE_INDEX",
    "WRT_INDEX",
    "FEATURE_INDICES",
    "PREDICTION",
    "DEFAULT_PREDICTION",
    "SUM_WORDS",
    "CODE_WORDS",
    "RESERVED",
    "NOT_YET_SUPPORTED",
    "DEFAULT_WRT",
    "KRONECKER",
    "INDEX_LETTERS",
    "VECTORS",
    "FIXED_NAMES",
    "EXAMPLE_COUNT",
    "FEATURE_COUNT",
    "SLOPE_M",
    "COST_NAMES",
    "cost_name_pattern",
    "canonical_name",
    "gradient_parameter",
    "suggest",
    "sum_over",
    "is_callable",
    "let_name_problem",
]

#: spelling -> canonical function name. Only these may be applied to an argument (the function registry's).
FUNCTIONS: dict[str, str] = registry.spellings()

#: Other names of the sigmoid, read as σ (noted) when a wrapper such as \text{…} or \operatorname{…} applies one
#: to an argument: sigm (Murphy's MLAPP), logistic (the logistic function), expit (SciPy), Sigmoid (capitalised),
#: sigmoide (its name in Portuguese, Spanish, French and Italian course code), plogis (R's logistic distribution
#: function, P(Z ≤ z) = 1/(1 + e^(−z)): σ itself). Its kin that are NOT σ are refused by name below (INVERSE_NAMES).
SIGMOID_NAMES: frozenset[str] = frozenset({"sigm", "logistic", "expit", "Sigmoid", "Logistic", "Sigm", "sigmoide",
                                           "Sigmoide", "plogis"})

#: Unicode Greek letter -> ASCII name. σ is a function (above), Σ a sum.
GREEK: dict[str, str] = {
    "α": "alpha",
    "β": "beta",
    "γ": "gamma",
    "δ": "delta",
    "ε": "epsilon",
    "η": "eta",
    "θ": "theta",
    "κ": "kappa",
    "λ": "lambda",
    "μ": "mu",
    "ν": "nu",
    "ρ": "rho",
    "τ": "tau",
    "φ": "phi",
    "ψ": "psi",
    "ω": "omega",
}

#: Multi-letter ASCII names a user may write for a scalar or vector.
WORDS: frozenset[str] = frozenset(GREEK.values())

#: Code's names of λ, the regularisation strength, where Python's ``lambda`` is a keyword: read as λ (noted) by the
#: respellings of pasted code (``pasted``) and of code's definitions (``redefined``), from this one list.
LAMBDA_SPELLINGS: tuple[str, ...] = (
    "lambdaa", "lambda_", "_lambda", "lambd", "lamda", "lambtha", "Lambda", "lmbda", "lmbd", "lmd", "lmb", "lam",
    "reg_lambda", "lambda_reg", "lambda_param",  # trekhleb's lambda_param
    # the name spelled out (ChinhQuy29's self.regularization_param)
    "regularization_param", "regularisation_param", "regularization_parameter", "reg_param",
    # the keyword lambda made a name of one's own (kaleko's CourseraML ports: mylambda beside myX, mytheta)
    "mylambda", "my_lambda",
)

#: Multi-letter names of code for a vector of parameters (plain text only: LaTeX has no ``\weights``).
CODE_WORDS: frozenset[str] = frozenset({"weights"})

#: Vectors of parameters, indexed by feature: ``theta_j``, ``w_j``; ``theta^T x``; code's ``weights`` is w spelled out.
PARAMETER_VECTORS: frozenset[str] = frozenset({"theta", "w", "beta", "weights"})

#: The names notes give the log-likelihood on a derivative's left side (ℓ, CS229's; l, ell and code's LL, loglik,
#: R's logLik, statistics' log L glued, logL and lnL): under ``--objective log-likelihood`` such a left side names
#: what is asked; beside a loss any but the bare l (a loss's name as often as ℓ's) is refused as ℓ (services.check);
#: any other (J, L, E, NLL) may be the cost.
LOG_LIKELIHOOD_NAMES: frozenset[str] = frozenset({
    "ℓ", "l", "ell", "LL", "ll", "loglik", "loglikelihood", "log_likelihood", "log_lik", "logLik", "LogLik",
    "loglike", "logLike", "log_like", "logLikelihood", "LogLikelihood", "logL", "lnL"})

#: The likelihood itself by name (dlikelihood/dθⱼ): maximised, as ℓ is, never a cost's name; refused beside a loss
#: with ℓ's names (services.check), though it is no name of ℓ under ``--objective log-likelihood``.
LIKELIHOOD_NAMES: frozenset[str] = frozenset({"likelihood", "Likelihood"})

#: The negative log-likelihood −ℓ by name, lower-cased (NLL, code's negloglik): a sum over the examples, or the
#: mean (PyTorch's NLLLoss); beside a mean-form loss the two differ by m and neither is read (services.check).
NEGATIVE_LOG_LIKELIHOOD_NAMES: frozenset[str] = frozenset({
    "nll", "negloglik", "neg_loglik", "neg_log_lik", "negloglikelihood", "neg_log_likelihood",
    "negative_log_likelihood", "neg_ll"})

#: Vectors of data, indexed by feature and, inside a sum over examples, by example.
DATA_VECTORS: frozenset[str] = frozenset({"x"})

#: LaTeX's bold styles (``\\mathbf{x}``): a letter written in one is a vector, never one number of it.
BOLD_STYLES: frozenset[str] = frozenset({"mathbf", "boldsymbol", "bm", "pmb", "bold", "mathbfit"})

#: The m×n data matrix of a matrix-form answer (row i is x⁽ⁱ⁾ᵀ): an answer holding it is read
#: in matrix notation, where a bare ``theta`` is the n×1 vector and ``y`` the m×1 vector.
DATA_MATRIX = "X"

#: Scalars that differ per example: inside a sum over examples bare ``y`` is ``y^(i)``.
PER_EXAMPLE: frozenset[str] = frozenset({"y"})

#: Constants: never differentiated with respect to, never per-example.
CONSTANTS: frozenset[str] = frozenset({"m", "n", "lambda"})

#: The index of a sum over examples ``i = 1..m``.
EXAMPLE_INDEX = "i"
#: Octave's ones(1, m) or ones(m, 1) in plain text: the all-ones vector of the examples, a name of the tree only
#: (no text spells it), read by the matrix form alone (matrix_cost), where its row or column shape is checked
ONES = "ones"

#: The feature index of the component we differentiate with respect to (``∂/∂θⱼ``).
WRT_INDEX = "j"

#: Letters that may name a feature index, free or bound.
FEATURE_INDICES: frozenset[str] = frozenset({"j", "k", "l"})

#: The conventional name of the model's prediction.
PREDICTION = "h"

#: The model's names that carry the parameters as a subscript, h_θ(x) (Ng's CS229) and f_θ(x) (f_{w,b}(x) in the
#: Specialization): typed on the line (hθ(x), f\theta(x)) the subscript is still theirs, as θ cannot be called
SUBSCRIPTED_MODELS: frozenset[str] = frozenset({PREDICTION, "f"})

#: What ``h`` means when a cost uses it and no ``--let`` defines it.
DEFAULT_PREDICTION = "sigmoid(theta^T x)"

#: Words that start a sum (``sum``, ``sum_i``, ``Σ_k``).
SUM_WORDS: frozenset[str] = frozenset({"sum", "Σ"})

#: Single letters with a fixed meaning, not free variables.
RESERVED: dict[str, str] = {
    "e": "Euler's number",
    "i": "the example index",
    "j": "the feature index of ∂/∂θⱼ",
    "k": "a feature index",
    "l": "a feature index",
    "𝛔": "the vector of the predictions σ (a bold σ with no argument), read only in a matrix answer such as X^T(𝛔 − y)",
}

#: A bold σ with no argument (``\boldsymbol{\sigma}``): the m×1 vector of the cost's predictions σ(…⁽ⁱ⁾).
SIGMA_VECTOR = "𝛔"

#: The name of the Kronecker delta when it carries two feature indices: ``δⱼₖ``.
KRONECKER = "delta"

#: ``--wrt`` when none is given.
DEFAULT_WRT = "theta_j"

#: Letters that may index something: the example index and the feature indices.
INDEX_LETTERS: frozenset[str] = frozenset({EXAMPLE_INDEX}) | FEATURE_INDICES

#: Names of vectors: what a dot product (``θᵀx``) is taken of.
VECTORS: frozenset[str] = PARAMETER_VECTORS | DATA_VECTORS

#: Names with a fixed meaning: never defined with ``--let``, never called like ``h(x)``.
FIXED_NAMES: frozenset[str] = PARAMETER_VECTORS | DATA_VECTORS | PER_EXAMPLE | CONSTANTS | {"e", "pi"}

#: The parameters a gradient's name in code may be taken by, as a pattern's source: dw, dJ_db, derivative_b, dtheta.
GRADIENT_PARAMETERS = r"w|W|b|theta|beta"

#: The word derivative (or deriv) as a gradient's name in code, as a pattern's source: alone, as the first, partial
#: or cost's derivative, or by a parameter or J after it (R's first_derivative <- t(X) %*% (y - p), GD.R, f50;
#: derivative_b). Any other word beside it may change what it names (neg_derivative is −∇J, derivative_nll another
#: cost's, second_derivative the Hessian, derivative_x one by the data: audit53), so none is read.
DERIVATIVE_NAMES = r"(?:first_|partial_|cost_)?(?:derivative|deriv)s?(?:_(?:" + GRADIENT_PARAMETERS + r")|_J)?"

#: A gradient's name in code by the parameter it is taken by, as a pattern's source whose group ``by`` (or ``first``)
#: is the parameter: dw, dW, dj_dw, dJ_dw by w; db, dj_db, derivative_b by b; and the parameter joined to the word
#: grad or gradient, before it (w_grad, b_grad: Deep Learning with PyTorch Step-by-Step's, f63) or after it (grad_w,
#: gradient_b). :func:`gradient_parameter` reads it.
#: (dj_w and d_w too: an MLS-style lab's dj_w beside its dj_b (f79), the cost's letter then the parameter, and d and
#: the parameter apart, as the answer's left side reads them: services.check._GRADIENT_HEAD)
GRADIENT_BY_NAME = (r"(?:(?:d[JLEj]_?)?d|d[JLEj]_|d_|(?:first_|partial_|cost_)?(?:derivative|deriv)s?_|(?:grad|gradient)_)(?P<by>"
                    + GRADIENT_PARAMETERS + r")|(?P<first>" + GRADIENT_PARAMETERS + r")_(?:grad|gradient)")

#: Code's names of a gradient, as a pattern's source: DLAI's dw, db, dz, dA and dJ_dw, the MLS labs' dj_dw, dJ, dcost,
#: Ng's grad, any name with the word grad, gradient or their plurals among its parts (J_grad, grad_J, cost_gradient,
#: gradients: Géron's TensorFlow chapter), and the word
#: derivative as DERIVATIVE_NAMES reads it. notation.plain refuses a cost whose left side is so named,
#: notation.statements reads code that ends with (or sums into) such a name as a gradient's, and services.check reads
#: an answer's left side so named as the gradient's; each adds spellings of its own. One list, so that the readers
#: agree on what names one (tests/test_gradient_names.py holds them to one table).
GRADIENT_NAMES = (r"(?:d[JLEj]_?)?d(?:w|W|b|theta|beta|z|Z|a|A)|d(?:J|L|E|cost|loss)"
                  r"|(?:[A-Za-z0-9]+_)*(?:grad|gradients|gradient|grads)(?:_[A-Za-z0-9]+)*"
                  r"|" + DERIVATIVE_NAMES)

_GRADIENT_BY = patterns.compile(GRADIENT_BY_NAME)

#: The cost's names, as pages and answers write them: ONE registry (issue 10), from which every reader's pattern of
#: the cost's name is built by :func:`cost_name_pattern`, so that adding a name is a one-place change. Each entry:
#: the name's key, its spellings as written, what it means when it names the objective, and where the same letter is
#: NOT the cost (the guards the readers keep: a reader takes a name only in the places its guard allows).
#: Readers keep their own subsets (they disagreed before the registry; each kept its set when unified: issue 10).
COST_NAMES: dict[str, tuple[tuple[str, ...], str, str]] = {
    "J": (("J",), "the cost to minimise (Ng's J(θ))", "a count (J classes, J units) where a page defines it so"),
    "L": (("L",), "the loss or cost to minimise; some pages' likelihood L(w) = Π p(…) (to maximise)",
          "the number of layers (l = 1, …, L) in a network's notes"),
    "E": (("E",), "Bishop's error function E(w), a cost to minimise",
          "the expectation (𝔼, \\mathbb{E}, E_p[…]): only a capital E alone or with its argument is the error"),
    "C": (("C",), "Nielsen's cost C", "a constant or a class count; read only where a reader names it"),
    "R": (("R",), "a risk R(w)", "a penalty R(w) = λ‖w‖² beside another cost; read only where a reader names it"),
    "Q": (("Q",), "the error functional Q(w) of Russian course notes (Vorontsov's Q(w) = Σ(⟨w, xᵢ⟩ − yᵢ)²)",
          "a matrix or a quadratic form Q (xᵀQx), Q-learning's Q(s, a): read only where a page defines Q of its "
          "parameters and differentiates it by them"),
    "\\ell": (("\\ell",), "the loss ℓ (to minimise), or a log-likelihood ℓ(θ) (to maximise), as each reader decides", ""),
    "ℓ": (("ℓ",), "as \\ell", ""),
    "𝓛": (("𝓛",), "as \\mathcal{L}", ""),
    "\\mathcal{J}": (("\\mathcal{J}", "\\mathcal J", "\\mathcalJ"), "as J", ""),
    "\\mathcal{L}": (("\\mathcal{L}", "\\mathcal L", "\\mathcalL"), "the loss 𝓛 to minimise", ""),
    "\\mathcal{E}": (("\\mathcal{E}", "\\mathcal E"), "as E", ""),
    "l": (("l",), "a (negative) log-likelihood l(w) written with its argument",
          "a feature or layer index (x_l, w^{[l]}, Σ_l): lowercase l is a name of the cost only before its "
          "argument, l( or l\\left("),
}

#: How a reader spells \mathcal{X}: "tight" \mathcal{J}, \mathcalJ, \mathcal{J (no spaces); "loose" spaces anywhere
#: and the braces optional; "braced" the braces required; "braced_or_bare" \mathcal{J} or \mathcal J
_MATHCAL = {"tight": r"\\mathcal\{{?{0}\}}?", "loose": r"\\mathcal\s*\{{?\s*{0}\s*\}}?",
            "braced": r"\\mathcal\s*\{{\s*{0}\s*\}}", "open": r"\\mathcal\s*\{{?\s*{0}", "braced_or_bare": r"(?:\\mathcal\s*\{{\s*{0}\s*\}}|\\mathcal\s*{0})"}


def cost_name_pattern(*names: str, mathcal: str = "loose", before: str = "", letter_after: str = "",
                      ell_after: str = "", after: str = "", lower_l: str = r"(?=\s*(?:\(|\\left))") -> str:
    """The alternation of the registry's cost names ``names`` (keys of :data:`COST_NAMES`), a pattern's source.

    The capitals among them make one class (``[JLE]``) between ``before`` (a reader's lookbehind) and
    ``letter_after``, the calligraphic ones one ``\\mathcal`` spelled as ``mathcal`` says, then ``\\ell`` (followed
    by ``ell_after``), ℓ, 𝓛, and lowercase l only with its guard ``lower_l`` (before its argument, by default);
    ``after`` follows every one. Unknown keys raise: a reader names only registered names.
    """
    unknown = [name for name in names if name not in COST_NAMES]
    if unknown:
        raise KeyError(f"not a registered cost name: {unknown}")
    letters = "".join(name for name in names if name in "JLECR")
    scripted = "".join(name[-2] for name in names if name.startswith("\\mathcal"))
    parts = []
    if letters:
        parts.append(before + (letters if len(letters) == 1 else f"[{letters}]") + letter_after)
    if scripted:
        parts.append(_MATHCAL[mathcal].format(scripted if len(scripted) == 1 else f"[{scripted}]"))
    if "\\ell" in names:
        parts.append(r"\\ell" + ell_after)
    parts.extend(name for name in ("ℓ", "𝓛") if name in names)
    if "l" in names:
        parts.append("l" + lower_l)
    return "(?:" + "|".join(part + after for part in parts) + ")"


#: The number of examples (the upper bound of a sum over examples) and of features.
EXAMPLE_COUNT = "m"
FEATURE_COUNT = "n"

#: Letters that count examples or features: glued before a cost's one-letter name (``mJ(w) =``, ``∂(mJ)``) they
#: scale it (m·J), as a number does (``2J``), rather than spell a word that names it (MSE, SS)
COUNT_LETTERS: frozenset[str] = frozenset({EXAMPLE_COUNT, FEATURE_COUNT, "N", "M"})

#: The tree name of a slope written ``m`` (``ŷᵢ = m xᵢ + b``) when another letter counts the examples:
#: kept apart from the count m, which it would otherwise be one with. Not a name anyone can write.
SLOPE_M = "m(slope)"


def gradient_parameter(name: str) -> str | None:
    """The parameter a gradient's name in code is taken by, in lowercase (dW, dj_dw → w; derivative_b → b); else None."""
    match = _GRADIENT_BY.fullmatch(name)
    return None if match is None else (match.group("by") or match.group("first")).lower()


def canonical_name(spelling: str) -> str:
    """Return the canonical ASCII name of a (possibly Greek) spelling."""
    return GREEK.get(spelling, spelling)


def suggest(word: str, extra: tuple[str, ...] = ()) -> str | None:
    """Return the known name closest to a misspelled ``word``, if any is close."""
    known = sorted(set(FUNCTIONS) | WORDS | {"sum", "dot", "pi"} | set(extra))
    ascii_known = [k for k in known if k.isascii()]
    import difflib  # only for a misspelling: a cold derive never needs it

    matches = difflib.get_close_matches(word, ascii_known, n=1, cutoff=0.6)
    return matches[0] if matches else None


def sum_over(index: str, upper: str | None = None) -> Literal["examples", "features"] | None:
    """Whether a sum with this index (and upper bound) runs over ``"examples"`` or ``"features"``.

    The index decides (``i``: examples; ``j``, ``k``, ``l``: features), and so
    does an upper bound (``m``: examples, ``n``: features). None when they
    disagree or the index is none of these.
    """
    over: Literal["examples", "features"]
    if index == EXAMPLE_INDEX:
        over = "examples"
    elif index in FEATURE_INDICES:
        over = "features"
    else:
        return None
    if upper is not None and upper != {"examples": EXAMPLE_COUNT, "features": FEATURE_COUNT}[over]:
        return None
    return over


def is_callable(name: str, names: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether ``name`` followed by ``(x)`` may be a call (``h(x)``) rather than a product."""
    return name not in FIXED_NAMES and (name not in WORDS or name in names)


def is_code_name(name: str) -> bool:
    """Whether ``name`` is a name of code: letters with ``_`` or digits (``y_pred``, ``theta1``, ``var_1``)."""
    return (
        len(name) > 1
        and name.isascii()
        and name[0].isalpha()
        and all(char.isalnum() or char == "_" for char in name)
        and not name.isalpha()
        and not name.endswith("__")  # j_ (Octave's name beside j) is one; a dunder is no name a let gives
    )


#: the data's and the labels' letters, which a function's word may carry in code's name of its own (sigmoid_y)
_DATA_SUFFIXES = frozenset({"x", "X", "y", "Y"})


def code_name_problem(name: str) -> tuple[str, str] | None:
    """Why a name of code (``theta_j``, ``x_1``, ``y_i``) cannot be defined with ``--let``, or None if it can.

    A fixed name with an index, a digit or a word of the notation after ``_`` is an
    entry of the vocabulary (``theta_1`` is θ₁, ``y_i`` is y⁽ⁱ⁾, ``theta_T``): defining
    it would silently change what the other texts say. ``y_pred``, ``theta_reg``,
    ``theta1``, ``var_1`` are names of their own.
    """
    base, _, suffix = name.partition("_")
    if base == PREDICTION and suffix in DATA_VECTORS:
        # h_x (Octave's h_x = sigmoid(X*theta)): h of the data, what h is anyway; no entry of the notation
        # is h indexed by x, so the name hides nothing
        return None
    if base in FUNCTIONS and (suffix in INDEX_LETTERS or suffix.isdigit() and base == "sigma"):
        # (sigma_1, sigma_2: code's numbered partial sums; σ takes no index, and log_2 stays a base-2 logarithm)
        # log_l, exp_i: a function takes no example or feature index, so code's word (log_l, "the log-likelihood
        # vector") is a name of its own; the subscript names no entry a defined name could hide
        return None
    if base in FUNCTIONS and base != "sigma" and suffix in _DATA_SUFFIXES:
        # sigmoid_y = sf.sigmoidFunction(X, theta) (gardayulada's ex2_2): a function's word with the data's or the
        # labels' letter after it names no entry (σ takes no index, and sigmoid_y alone is refused as σ without its
        # argument), so it is code's name of its own (σ's Greek letter, a quantity's name too, stays an entry)
        return None
    if suffix and (base in FIXED_NAMES or base in FUNCTIONS or base == PREDICTION or base in WORDS) and (
        suffix in INDEX_LETTERS or suffix.isdigit() or suffix in FIXED_NAMES or suffix in WORDS
        or suffix in ("T", "theta", "w", "b", "i", "j", "k")
    ):
        return (
            f"'{name}' is an entry of the notation ({base} with the index {suffix}) and cannot be defined",
            "name the quantity otherwise (e.g. theta_reg, y_pred, var_1)",
        )
    return None


def let_name_problem(name: str, spelled: str | None = None) -> tuple[str, str | None] | None:
    """Why ``name`` cannot be defined with ``--let`` (a message and a hint), or None if it can.

    ``spelled`` is the name as the user wrote it (``θ``), for the message.
    """
    shown = name if spelled is None else spelled
    if name in FUNCTIONS or name in ("sum", "dot", "d"):
        return f"'{shown}' is a word of the notation and cannot be redefined", None
    if name in INDEX_LETTERS:
        return f"'{shown}' is an index and cannot be defined", None
    if name in FIXED_NAMES:
        return (
            f"'{shown}' has a fixed meaning and cannot be redefined",
            "theta, w, x, y, m, n, lambda, e and pi are part of the vocabulary; pick another name (h, z, a)",
        )
    return None


#: Functions people write in costs that logderiv does not differentiate yet, each with why and
#: what to write instead. They are refused by name (exit 3, "not supported yet"), never read as
#: a product of letters or an unknown name. Keys are lower case: ``ReLU`` and ``relu`` alike.
NOT_YET_SUPPORTED = {
    "abs": "|z| has no derivative at 0, and logderiv differentiates smooth costs; "
    "an L2 penalty is sum_k(theta_k^2)",
    "max": "max(0, z) has no derivative where its arguments meet; relu(z) is max(0, z) (differentiated where z ≠ 0), "
    "and softplus(z) = log(1 + e^z) is a smooth max(0, z)",
    "min": "min(a, b) has no derivative where its arguments meet, and logderiv differentiates smooth costs",
    "hinge": "the hinge loss max(0, 1 - y z) has no derivative at the margin; "
    "the logistic loss softplus(-y z) is its smooth form",
    "softmax": "softmax over classes needs a weight matrix, which logderiv does not differentiate yet; "
    "for two classes it is the sigmoid (the logistic preset)",
    # σ's kin by name in other languages: plogis and expit ARE σ (SIGMOID_NAMES); these are not, and reading one as
    # σ would be a confident misread, so each is refused naming what it is
    "qlogis": "R's qlogis(p) is the logit log(p/(1 − p)), the INVERSE of the sigmoid (plogis is σ); "
    "write log(p/(1 - p)) if that is meant",
    "logit": "logit(p) is log(p/(1 − p)), the INVERSE of the sigmoid σ, not σ; write log(p/(1 - p)) if that is meant, "
    "or sigmoid(z) (R's plogis, SciPy's expit) for σ",
    "pnorm": "R's pnorm(z) is the normal distribution function Φ(z) (the probit model's link), not the sigmoid σ "
    "(R's plogis); logderiv does not differentiate Φ",
    "qnorm": "R's qnorm(p) is the inverse of the normal distribution function Φ, not a sigmoid; "
    "logderiv does not differentiate it",
    "probit": "probit(p) is Φ⁻¹(p), the inverse of the normal distribution function, not the sigmoid's inverse; "
    "logderiv does not differentiate it",
    "pinv": "pinv(A) is the pseudo-inverse: of a column v it is vᵀ/(vᵀv), not the transpose vᵀ (write v' for that); "
    "inverses of matrices are not read",
}
