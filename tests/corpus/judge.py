"""Judge logderiv on the real-world corpus, independently of logderiv's own checks.

Each item gets one :class:`Outcome`:

* ``right``: a cost's derived gradient agrees, at random points and every
  component, with central finite differences of the item's hand-written NumPy
  cost; an answer's verdict is the hand-worked one; a text to refuse is refused;
* ``refused``: logderiv refused text it should have read (an ``InputError`` or
  ``UnsupportedError``, with its message): a miss;
* ``wrong``: a gradient that disagrees with the finite differences, a verdict that
  is not the hand-worked one, or text that should have been refused but was read:
  a silent misread, the failure this corpus exists to catch.

The gradient is evaluated by ``tests/_oracle.py`` (its own tree walk at 30 digits,
sharing no code with the engine); the finite differences are taken of the item's
NumPy function in floats. Both read the same random values: the oracle draws a
value for each quantity on first use, and :class:`_Data` builds the NumPy arrays
from those same draws.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass

import numpy as np

import _oracle as oracle
from logderiv.errors import InputError, UnsupportedError

from .items import Answer, Cost

__all__ = ["Outcome", "judge_cost", "judge_answer"]

#: example and feature counts to evaluate at: m ≠ n, so a count read as the other shows
SIZES = ((3, 2), (2, 3))
#: random points per size
POINTS = 2
#: the central difference's step and the agreement asked of it, in float64
STEP = 1e-6
TOLERANCE = 1e-5


@dataclass(frozen=True)
class Outcome:
    """How logderiv did on one item: ``right``, ``refused`` or ``wrong``, and why."""

    kind: str
    detail: str = ""


class _Data:
    """The quantities of :class:`tests.corpus.items.Data`, read from one oracle point.

    The item's ``wrt`` says which names its roles have (the corpus writes a model's
    parameters by role, the texts by the author's letters): a scalar ``wrt`` other
    than ``b`` (``w``, ``W``, ``a``) is the slope ``w[0]`` of a one-feature model, and beside it a scalar ``c``
    (no ``b``: y = mx + c) the intercept ``b``;
    ``NAME_0`` and ``NAME_1`` are ``theta0`` and ``theta1``; ``NAME_j`` for a name
    other than θ, w, β is the weight vector ``w``.
    """

    def __init__(self, point: oracle.Point, m: int, n: int, wrt: tuple[str, ...],
                 aliases: dict[str, str] | None = None) -> None:
        # a vector logderiv read under another case of its letter (Theta as θ) draws that letter's values; the data
        # matrix's entries x⁽ⁱ⁾ⱼ (two indices) stay the data's when least squares' unknown x is read as w
        value = (lambda key: point.value((aliases.get(key[0], key[0]) if len(key[1]) < 2 else key[0], *key[1:]))) \
            if aliases else point.value

        def vector(name: str) -> np.ndarray:
            return np.array([float(value((name, (k,)))) for k in range(1, n + 1)])

        names = [_split(w) for w in wrt]
        # θ₀ and θ₁ belong to the parameter the item differentiates by (β₀ with βⱼ)
        indexed = next((name for name, index in names if index), "theta")
        intercept = next((name for name, index in names if index == "0"), indexed)
        one = next((name for name, index in names if index == "1"), indexed)
        slope = next((name for name, index in names if not index and name != "b"), None)
        weights = next((name for name, index in names if index in ("j", "k") and name not in ("theta", "beta")), "w")
        self.m, self.n = m, n
        self.X = np.array([[float(value(("x", (i, k)))) for k in range(1, n + 1)] for i in range(1, m + 1)])
        self.x = np.array([float(value(("x", (i,)))) for i in range(1, m + 1)])
        self.y = np.array([float(value(("y", (i,)))) for i in range(1, m + 1)])
        self.theta = vector("theta")
        self.w = vector(weights)
        if slope is not None:
            self.w[0] = float(value((slope, ())))
        self.beta = vector("beta")
        # a line y = mx + c (--wrt m and c, no b: f79's stackexchange question) names its intercept c: Data.b, as the
        # corpus's names say ("the intercept b or c is Data.b"), drawn under the letter the text differentiates by
        scalars = [name for name, index in names if not index]
        intercept_letter = "c" if "c" in scalars and "b" not in scalars and slope not in (None, "c") else "b"
        self.b = float(value((intercept_letter, ())))
        self.theta0 = float(value((intercept, (0,))))
        self.theta1 = float(value((one, (1,))))
        self.lam = float(value(("lambda", ())))
        self.gamma = float(value(("gamma", ())))


#: the Greek letters an item's --wrt may write as symbols, by the names logderiv's results use (``--wrt ω_j``: omega)
_GREEK_NAMES = {"θ": "theta", "β": "beta", "ω": "omega"}


def _split(wrt: str) -> tuple[str, str]:
    """``theta_j`` → (``theta``, ``j``); ``b`` → (``b``, ``""``); Greek letters by their names.

    Code's numbered name with a suffix, ``theta1_norm`` (θ₁ of a model fitted to normalised data),
    is (``theta``, ``1``): its digits number it, as code cannot write a subscript.
    """
    glued = re.fullmatch(r"(?P<name>[A-Za-z]+?)(?P<digits>\d+)_[A-Za-z]\w*", wrt)
    if glued is not None:
        return _GREEK_NAMES.get(glued.group("name"), glued.group("name")), glued.group("digits")
    name, _, index = wrt.partition("_")
    return _GREEK_NAMES.get(name, name), index


def _keys(wrt: str, n: int) -> list[tuple[int, tuple]]:
    """``(j, key)`` for each component ``wrt`` names: every j for θⱼ, the one key for b or θ₀."""
    name, index = _split(wrt)
    if index in ("j", "k"):  # the component's letter: θⱼ, or ω_k where the source's own sums already use j
        return [(j, (name, (j,))) for j in range(1, n + 1)]
    if index:
        return [(1, (name, (int(index),)))]
    return [(1, (name, ()))]


def _as_derived(wrt: str, derivation) -> str:
    """``wrt`` under the letter logderiv differentiated by, where only the letter differs (θ₀ read as w₀).

    A scalar shown under another letter (DSC 40A's parameter h, which logderiv shows as u: its h is the
    prediction) is drawn, moved and evaluated under that letter too, the slope of the item's model.
    """
    name, index = _split(wrt)
    derived = getattr(derivation.problem, "wrt", None)
    if not index and name != "b" and getattr(derived, "is_Symbol", False) and derived.name != name:
        return derived.name
    base = getattr(getattr(derived, "base", None), "label", None)
    indices = getattr(derived, "indices", ())
    if base is None or len(indices) != 1 or not index.isdigit() or str(indices[0]) != index:
        return wrt
    return f"{base}_{index}" if str(base) != name else wrt


def _numpy_cost(intended, point: oracle.Point, m: int, n: int, wrt: tuple[str, ...],
                aliases: dict[str, str] | None = None) -> float:
    with np.errstate(all="ignore"):
        return float(intended(_Data(point, m, n, wrt, aliases)))


def _case_alias(wrt: str, derivation) -> dict[str, str]:
    """``{"Theta": "theta"}`` when logderiv differentiated the vector ``wrt`` names under its letter in lower case.

    Octave labs write the parameter vector ``Theta`` (``Theta' * X``), which logderiv reads as θ: the item's
    weight vector (``Theta_j``) is then drawn as θ's components, the same quantity under the letter derived by.
    Code's own name of the vector, ``--wrt thetas_j`` or ``--wrt A_j`` over ``X @ thetas``, which logderiv says it
    read as its θ or w (a note naming the --wrt), counts as well: the same quantity under the letter derived by, its
    gradient still held to finite differences. So does ``--wrt x_j`` over ``||Ax - b||^2``, where logderiv says it read
    least squares in A, x, b or A, x, y (x the unknown, read as its w), or the inner product ⟨a_i, x⟩ in optimisation's letters
    (x the unknown again). Any other letter keeps its own values (and a misread
    shows).
    """
    name, index = _split(wrt)
    derived = getattr(derivation.problem, "wrt", None)
    base = str(getattr(getattr(derived, "base", None), "label", ""))
    if index in ("j", "k") and base != name and base == name.lower():
        return {name: base}
    said = f"{name} is the vector --wrt {wrt} differentiates by"
    if index in ("j", "k") and base != name and any(note.startswith(said) for note in derivation.notes):
        return {name: base}
    if name == "x" and index in ("j", "k") and base != name and any(
            note.startswith(("read as least squares in A, x, b", "read as least squares in A, x, y",
                             "read in optimisation's letters: a_i is example i"))
            for note in derivation.notes):
        return {name: base}
    return {}


def _moved(point: oracle.Point, key, step: float) -> oracle.Point:
    values = dict(point.values)
    values[key] = float(point.value(key)) + step
    return oracle.Point(point.rng, values)


def _renamed(wrt: str, aliases: dict[str, str]) -> str:
    """``Theta_j`` as ``theta_j`` where :func:`_case_alias` found logderiv's letter for it."""
    name, index = _split(wrt)
    return f"{aliases[name]}_{index}" if name in aliases else wrt


def _read_two_ways(item: Cost, derivations) -> str | None:
    """Why the item's derivations read one letter two ways, or None.

    By ``--wrt b`` alone a bare ``w x`` is one feature's product, and logderiv says so and how to ask for a weight
    vector ("derive by w_j": notation/scalars.py, ``scalar_by_another_note``); by ``--wrt w_j`` the same text has w
    a vector. An item that asks for both gets two readings of one text, each noted: not the item's one meaning,
    so not read (neither right nor wrong: the b reading is the course convention, the page's may be the other).
    """
    from logderiv.notation.models import DEFAULT_PREDICTION_NOTE_START
    from logderiv.notation.scalars import BY_ANOTHER_MARK

    vectors = {_split(wrt)[0] for wrt in item.wrt if _split(wrt)[1] in ("j", "k")}
    slopes = {_split(wrt)[0] for wrt in item.wrt if not _split(wrt)[1] and _split(wrt)[0] != "b"}
    for wrt, derivation in derivations:
        for note in derivation.notes:
            # fixdot38: by --wrt b a w · x read under both readings, its result shown with wᵀx (a vector w); by
            # --wrt w the same w is one number: the shown result is the slope's only read with one feature
            both = re.match(r".* is read both as (\w+)ᵀx", note)
            # (the note shows θ, β as letters, the item asks by their names: auddot38)
            if both and {"θ": "theta", "β": "beta"}.get(both.group(1), both.group(1)) in slopes:
                return (f"by --wrt {wrt} {both.group(1)} · x is shown as the dot product (both readings noted, the "
                        f"derivative the same), by --wrt {both.group(1)} as one number: one text read two ways")
    for wrt, derivation in derivations:
        for note in derivation.notes:
            marked = re.match(r"by --wrt \S+" + re.escape(BY_ANOTHER_MARK) + r"(\w+)'s entries", note)
            if marked and marked.group(1) in vectors:
                return (f"by --wrt {wrt} the bare {marked.group(1)} x is read as one feature's product (noted), by "
                        f"--wrt {marked.group(1)}_j as a weight vector: one text read two ways")
    # f87 (cold): an undefined ŷ is read by each --wrt alone, h = wᵀx by w_j and h = θᵀx + b by b (each noted): the
    # item's two derivations read two models, one text read two ways, so neither is the item's one meaning
    readings = {note.split(",")[0] for _, derivation in derivations for note in derivation.notes
                if note.startswith(DEFAULT_PREDICTION_NOTE_START)}
    if len(readings) > 1 and len(derivations) > 1:
        return ("the undefined prediction is read by each --wrt alone, "
                + " and ".join(sorted(reading[len("h is not defined: "):] for reading in readings))
                + ": one text read two ways")
    return None


def judge_cost(item: Cost) -> Outcome:
    """Derive ``item``'s gradient with logderiv and hold it against finite differences of its NumPy cost."""
    import logderiv

    derivations = []
    try:
        for wrt in item.wrt:
            derivations.append((wrt, logderiv.derive(item.text, wrt=wrt, let=item.lets)))
    except (InputError, UnsupportedError) as error:
        if item.expect == "refuse":
            return Outcome("right", f"refused: {error}")
        return Outcome("refused", str(error))
    if item.expect == "refuse":
        return Outcome("wrong", "read a text that should be refused")
    split = _read_two_ways(item, derivations)
    if split:
        return Outcome("refused", split)
    rng = random.Random(item.id)
    # logderiv may say it read --wrt θ₀ as the w₀ the texts write (the same role, another letter): the
    # parameter is then drawn, moved and evaluated under the letter logderiv differentiated by
    aliases = {k: v for wrt, derivation in derivations for k, v in _case_alias(wrt, derivation).items()}
    derivations = [(_as_derived(wrt, derivation), derivation) for wrt, derivation in derivations]
    roles = tuple(wrt for wrt, _ in derivations)
    for wrt, derivation in derivations:
        gradient = oracle.prepare(derivation.result, derivation.problem.definitions)
        for m, n in SIZES:
            found = 0
            for _ in range(20):
                if found == POINTS:
                    break
                point = oracle.Point(rng)
                base = _numpy_cost(item.intended, point, m, n, roles, aliases)
                if not np.isfinite(base):
                    continue
                values = []
                for j, key in _keys(_renamed(wrt, aliases), n):
                    mine = oracle.evaluate(gradient, point, oracle.Size(m, n, j))
                    plus = _numpy_cost(item.intended, _moved(point, key, STEP), m, n, roles, aliases)
                    minus = _numpy_cost(item.intended, _moved(point, key, -STEP), m, n, roles, aliases)
                    values.append((j, mine, (plus - minus) / (2 * STEP)))
                if any(mine is None or not np.isfinite(fd) for _, mine, fd in values):
                    continue
                found += 1
                for j, mine, fd in values:
                    mine = float(mine)
                    if abs(mine - fd) > TOLERANCE * max(1.0, abs(mine), abs(fd)):
                        return Outcome(
                            "wrong",
                            f"∂/∂{wrt} at m={m} n={n} j={j}: logderiv {mine:.9g}, finite differences {fd:.9g}",
                        )
            if found == 0:
                return Outcome("wrong", f"no point where the cost and the gradient are defined at m={m} n={n}")
    return Outcome("right")


def judge_answer(item: Answer) -> Outcome:
    """Check ``item``'s answer with logderiv and hold the verdict against the hand-worked one."""
    import logderiv

    try:
        # check's default budget is 10 s of wall clock, the CLI's; a loaded 2-core machine (a suite beside other
        # suites) once ran an answer of ~1 s of CPU past it ('undecided', a miss that is no reading's): the corpus
        # asks for a verdict with room to spare, as tests/_derivations_table.py does for pages
        verdict = logderiv.check(item.text, cost=item.cost, wrt=item.wrt, let=item.lets, timeout=60)
    except (InputError, UnsupportedError) as error:
        if item.verdict == "refuse":
            return Outcome("right", f"refused: {error}")
        return Outcome("refused", str(error))
    if verdict.verdict == "undecided":
        return Outcome("refused", f"undecided: {verdict.reason}")
    if verdict.verdict != item.verdict:
        return Outcome("wrong", f"logderiv says {verdict.verdict}, by hand {item.verdict} ({item.why})")
    return Outcome("right")


@functools.cache
def outcome(kind: str, index: int) -> Outcome:
    """The outcome of item ``index`` of the costs (``kind="cost"``) or answers, judged once per run."""
    from . import ANSWERS, COSTS

    if kind == "cost":
        return judge_cost(COSTS[index])
    return judge_answer(ANSWERS[index])
