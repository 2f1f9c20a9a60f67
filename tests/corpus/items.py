r"""The records of the real-world corpus: what people wrote, where, and what it means.

Every item is text copied **verbatim** from a public source (course notes, a
textbook, a lab notebook, a Q&A answer, a blog post), with the source's address,
and the meaning worked out **by hand**, never by running logderiv:

* a :class:`Cost` says which cost the text means, as an independent NumPy
  function of the data and the parameters (:class:`Data`); the corpus test
  derives the gradient with logderiv and compares it, component by component,
  with central finite differences of that function;
* an :class:`Answer` is a gradient someone wrote for a cost, with the verdict a
  careful grader gives it by hand (``equivalent`` or ``different``).

``expect="refuse"`` marks text that is genuinely ambiguous or not supported
(``abs``, ``softmax``): logderiv must refuse it with a message, never read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Literal

import numpy as np

__all__ = ["Data", "Cost", "Answer", "sig", "softplus"]


def sig(z):
    """The logistic function, written here from its formula."""
    return 1.0 / (1.0 + np.exp(-z))


def softplus(z):
    """log(1 + e^z), written here from its formula."""
    return np.log1p(np.exp(z))


class Data:
    """The quantities a cost reads, as NumPy arrays, drawn at random by the corpus test.

    Feature k of example i is ``X[i, k]`` (0-based here; logderiv's θ₁…θₙ are
    ``theta[0]…theta[n-1]``). ``x`` is the single feature of one-feature models
    (θ₀ + θ₁x⁽ⁱ⁾, wx⁽ⁱ⁾ + b). Scalars: ``b``, ``lam``, ``theta0``, ``theta1``.
    """

    m: int
    n: int
    X: np.ndarray  # m × n
    x: np.ndarray  # m, the one feature of a one-feature model
    y: np.ndarray  # m, in (0, 1) (also a fine count/target for other costs)
    theta: np.ndarray  # n
    w: np.ndarray  # n (the same values as theta)
    beta: np.ndarray  # n (the same values as theta)
    b: float
    theta0: float
    theta1: float
    lam: float
    #: a constant a source names by another Greek letter (the γ of a γ-risk): its own value, not λ's
    gamma: float


@dataclass(frozen=True)
class Cost:
    """A cost as someone wrote it, and the cost it means (``intended``, NumPy, by hand)."""

    id: str
    #: where it was copied from: an address, and a few words on the page
    source: str
    #: the text exactly as written there (a ``$…$``/``$$…$$`` wrapper may be kept or dropped)
    text: str
    #: J as a function of the data; None only with expect="refuse"
    intended: Callable[[Data], float] | None
    #: the variables to differentiate by, as a logderiv --wrt: theta_j, w_j, b, theta_0, theta_1, beta_j
    wrt: tuple[str, ...] = ("theta_j",)
    #: definitions the source gives for names in the text (h, \hat y, z, …), verbatim
    lets: tuple[str, ...] = ()
    expect: Literal["read", "refuse"] = "read"
    #: why, in a few words, when the reading is not the obvious one or the item is refused
    why: str = ""


@dataclass(frozen=True)
class Answer:
    """A gradient someone wrote for a cost, and the verdict a careful grader gives it by hand."""

    id: str
    source: str
    #: the answer exactly as written
    text: str
    #: the cost it answers: a preset name ("logistic", "linear", …) or a formula
    cost: str
    verdict: Literal["equivalent", "different", "refuse"]
    wrt: str = "theta_j"
    lets: tuple[str, ...] = ()
    why: str = ""
