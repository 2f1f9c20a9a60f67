"""A cost written as code's name of the log-likelihood (``-log_lik``, ``-logLike``), read where its model says which.

R code that fits a logistic regression by ``optim`` returns the negative log-likelihood by name: its cost is
``-log_lik`` (rnll's logistic_nll), ``-logLike`` (survtmle's LogLikelihood), and the lines that compute the name are
not what the gradient's author quotes; the gradient's lines define the model's probability, ``p <- 1 / (1 +
exp(-X %*% beta))`` or ``pi <- plogis(X %*% beta)``. A name of the log-likelihood beside exactly one probability of
a logistic model says which likelihood it is: the labels' Bernoulli log-likelihood under that probability,
Σ yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ), which is what such code computes (labels 0 and 1).

The name is put in its place as that sum, written in the let's own name and the labels' letter, and a note says
so. Nothing is read when a --let defines the name (the writer's definition is what they mean), when no let or
more than one is a sigmoid (a Poisson mean ``exp(X %*% beta)`` has another likelihood; two probabilities leave
the one meant unsaid), when the name is called (R's ``logLik(fit)``), when the texts write the labels as both y
and Y, or in LaTeX (``\\log L(\\beta)`` is the reader's own). Text only: nothing here parses an expression.
"""

from __future__ import annotations

import re
from typing import Sequence

from .. import patterns

__all__ = ["read_likelihood_name"]

#: code's names of the log-likelihood: log_lik, loglik, logLik, logLike, log_likelihood, LogLikelihood; not a call
_NAME = patterns.compile(r"(?<![\w.])(?P<name>log_?lik(?:e|elihood)?)(?![\w.(])", re.IGNORECASE)
#: a let's head and its body: ``p <- …`` (R) or ``p = …``
_LET = patterns.to_end(r"\s*(?P<name>[A-Za-z_]\w*)\s*(?:<-|=(?!=))\s*(?P<body>.*)", re.DOTALL)
#: the logistic function by a name code gives it, called on the linear predictor
_CALLED = patterns.compile(r"(?:plogis|sigmoid|expit|logistic|sigma|σ)\(")
#: the logistic function written out: 1 / (1 + exp(-…)), with NumPy's np.exp, 1.0 or 1. for the 1
_WRITTEN = patterns.compile(r"1(?:\.0?)?/\(1(?:\.0?)?\+(?:np\.|math\.)?exp\(-")
#: a name not called, not a module or object before a dot: beta in X %*% beta, eta in plogis(eta)
_PLAIN_NAME = patterns.compile(r"(?<![\w.])[A-Za-z_]\w*(?![\w.(])")
#: names in a probability's chain that are the data or R's constants, not its parameters
_NOT_PARAMETERS = frozenset({"X", "x", "TRUE", "FALSE", "T", "F"})
#: the labels' letters, as whole names
_SMALL_Y = patterns.compile(r"(?<![\w.])y(?![\w(])")
_CAPITAL_Y = patterns.compile(r"(?<![\w.])Y(?![\w(])")


def _closes_at_end(text: str, opened: int) -> bool:
    """Whether the bracket opened just before ``opened`` closes at the very end of ``text`` (and nowhere before)."""
    depth = 1
    for k in range(opened, len(text)):
        depth += {"(": 1, ")": -1}.get(text[k], 0)
        if depth == 0:
            return k == len(text) - 1
    return False


def _is_sigmoid(body: str) -> bool:
    """Whether a let's body is the logistic function of something, whole: plogis(Xβ), 1 / (1 + exp(−Xβ))."""
    text = re.sub(r"\s+", "", body)
    called = _CALLED.match(text)
    if called is not None:
        return _closes_at_end(text, called.end())
    written = _WRITTEN.match(text)
    # 1/(1+exp(-z)) is whole when the bracket after '/' closes at the end and the exp's bracket inside it
    return written is not None and _closes_at_end(text, text.index("(") + 1) and text.endswith("))")


def _another_model(probability: str, heads: Sequence[re.Match[str]]) -> bool:
    """Whether a let outside the probability's own chain (``p <- plogis(eta)``, ``eta <- X %*% beta``) uses its
    parameters: a Poisson mean ``lambda <- exp(X %*% beta)`` beside a zero-inflation ``pi <- plogis(X %*% beta)``, a
    Gaussian ``mu <- X %*% beta`` or ``resid <- y - X %*% beta``. There the log-likelihood may be that other model's
    or a mixture's, not the labels' Bernoulli one; a gradient's let (``grad <- t(X) %*% (y - p)``) uses none."""
    bodies = {head.group("name"): head.group("body") for head in heads}
    chain, names, pending = {probability}, set(), [bodies[probability]]
    while pending:
        for found in _PLAIN_NAME.findall(pending.pop()):
            if found in bodies and found not in chain:
                chain.add(found)
                pending.append(bodies[found])
            elif found not in bodies:
                names.add(found)
    parameters = names - _NOT_PARAMETERS
    return any(set(_PLAIN_NAME.findall(body)) & parameters for name, body in bodies.items() if name not in chain)


def read_likelihood_name(cost: str | None, answer: str | None,
                         lets: Sequence[str]) -> tuple[str | None, list[str]]:
    """The cost with code's name of the log-likelihood written out as the Bernoulli one its model makes, and a note.

    Unchanged, with no note, unless the cost (plain text) writes such a name that no --let defines and exactly one
    let is the probability of a logistic model (module docstring).
    """
    if not isinstance(cost, str) or "\\" in cost:
        return cost, []
    found = list(_NAME.finditer(cost))
    if not found or len({match.group("name") for match in found}) != 1:
        return cost, []
    name = found[0].group("name")
    heads = [_LET.fullmatch(text) for text in lets if isinstance(text, str)]
    if any(head is not None and head.group("name") == name for head in heads):
        return cost, []  # the writer's own definition of the name
    probabilities = [head.group("name") for head in heads if head is not None and _is_sigmoid(head.group("body"))]
    if len(probabilities) != 1 or _another_model(probabilities[0], [head for head in heads if head is not None]):
        return cost, []
    texts = [text for text in (answer, *lets) if isinstance(text, str)]
    small = any(_SMALL_Y.search(text) for text in texts)
    capital = any(_CAPITAL_Y.search(text) for text in texts)
    if small and capital:
        return cost, []  # y beside Y: which letter the labels are is not said
    y, p = ("Y" if capital else "y"), probabilities[0]
    written = f"sum({y}*log({p}) + (1 - {y})*log(1 - {p}))"
    cost = _NAME.sub(lambda match: f"({written})", cost)
    return cost, [f"{name} is read as the log-likelihood of the labels {y} (0 or 1) under the probability {p} "
                  f"that --let defines as the sigmoid of a linear predictor: {written}, the Bernoulli "
                  f"log-likelihood that code names so"]
