"""The library's front door: text in, a verified :class:`~logderiv.derivation.Derivation` out."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Sequence

from .derivation import Derivation
from .errors import InputError
from .presets import DEFAULT_PRESET, Preset, find_preset, suggest_preset, without_intercept_penalty
from .notation.vocabulary import DEFAULT_WRT
from .verify.deadline import DEFAULT_TIMEOUT

if TYPE_CHECKING:  # pragma: no cover
    from .review import Review  # the steps command's; derive need not load it
    from .problem import Problem
    from .verdict import Verdict
    from .verify.answer import Checker

__all__ = ["derive", "check", "checker", "steps", "read_cost"]


def derive(
    cost: str | None = None,
    *,
    wrt: str = DEFAULT_WRT,
    let: Sequence[str] = (),
    factors: bool = False,
    input: str = "auto",
    matrix: bool = False,
    regularise_intercept: bool = True,
    timeout: float | None = None,
) -> Derivation:
    """Differentiate ``cost`` with respect to ``wrt``, step by step, every step verified.

    ``cost`` is a formula in logderiv's plain notation or in LaTeX, or the name
    of a preset (``logistic``, ``linear``, …); ``None`` means the
    logistic-regression cost. ``input`` says how to read ``cost``, ``wrt`` and
    ``let``: ``"latex"``, ``"plain"``, or ``"auto"`` (LaTeX when a text has a
    backslash, a brace or a ``$``).
    ``let`` holds definitions such as ``"h = sigmoid(theta^T x)"``. Raises
    :class:`~logderiv.errors.InputError` for text that cannot be read and
    :class:`~logderiv.errors.UnsupportedError` for a cost outside what the engine
    can differentiate. With ``matrix`` the derivation also carries its matrix
    form (``Derivation.matrix``: a :class:`~logderiv.matrix.MatrixForm`, or a
    :class:`~logderiv.matrix.NoMatrixForm` saying why there is none).
    ``regularise_intercept=False`` (``--no-reg-intercept``) takes an L2 preset
    with the intercept θ₁ (feature 1, a column of ones) left out of the penalty.
    ``timeout`` (seconds; ``None``: no limit of its own) bounds the whole call,
    reading included; running out raises :class:`~logderiv.errors.TimeLimitError`.
    """
    from .engine.driver import derive_problem
    from .verify.deadline import budget, stage

    _import_readers()
    if matrix:
        from .engine.matrix import with_matrix_form
    with budget(timeout):
        stage("reading the cost")
        problem = read_cost(cost, wrt=wrt, let=let, input=input, regularise_intercept=regularise_intercept)
        derivation = derive_problem(problem, factors=factors)
        if matrix:
            stage("deriving the matrix form")
            derivation = with_matrix_form(derivation)
        return derivation


def _import_readers() -> None:
    """Import the readers before a time budget starts: an import cut short would be left half-made for the next call."""
    from .notation import latex, plain, read_problem  # noqa: F401


def check(
    answer: str,
    *,
    cost: str | None = None,
    wrt: str = DEFAULT_WRT,
    let: Sequence[str] = (),
    timeout: float = DEFAULT_TIMEOUT,
    input: str = "auto",
    regularise_intercept: bool = True,
) -> Verdict:
    """Check ``answer`` against the true derivative of ``cost`` with respect to ``wrt``.

    ``answer`` is plain notation or LaTeX, and may name the derivative on its
    left (``dJ/dtheta_j = …``); a left side naming a variable other than
    ``wrt`` is an :class:`~logderiv.errors.InputError`.

    Returns a :class:`~logderiv.verdict.Verdict`: ``equivalent`` (and how that
    is known), ``different`` (with a counterexample confirmed at 50 digits and a
    diagnosis), or ``undecided`` (e.g. the ``timeout`` in seconds was reached
    while judging). ``timeout`` bounds the whole call: when the cost itself
    cannot be read and derived within it there is nothing to judge, and
    :class:`~logderiv.errors.TimeLimitError` is raised.
    ``cost`` is a formula or a preset name (default: logistic). ``let`` defines
    names: the cost's when ``cost`` is a formula, the answer's when it is a
    preset. ``input`` says how to read the texts (``"auto"``, ``"latex"``,
    ``"plain"``) and ``regularise_intercept`` are as for :func:`derive`. The
    gradient is derived once per (cost, wrt, let, input, regularise_intercept)
    and reused, so checking many answers against one cost is fast. Raises
    :class:`~logderiv.errors.InputError` for text that cannot be read.
    """
    from .notation.scalars import slope_count_letter
    from .render.layout import count_named
    from .verify import answer as _answer  # noqa: F401  (imported before the clock starts)
    from .verify.deadline import budget, stage

    _import_readers()
    # judging stops at ``timeout``; returning the undecided verdict it then gives may take _VERDICT_GRACE more
    with budget(timeout, grace=_VERDICT_GRACE) as deadline:
        stage("reading the cost")
        judge = checker(cost, wrt=wrt, let=let, input=input, regularise_intercept=regularise_intercept)
        stage("judging the answer")
        with count_named(slope_count_letter(judge.problem.notes)):  # the diagnosis names the count as the cost does
            verdict = judge.check(answer, timeout=_judging_time(deadline, timeout), stated=timeout)
            if cost is None or find_preset(cost) is not None or verdict.verdict == "undecided":
                return verdict
            return _across_intercept_conventions(verdict, judge, answer, timeout, _judging_time(deadline, timeout))


#: how far past its ``timeout`` a check may run to return the undecided verdict that judging gave at the limit
_VERDICT_GRACE = 0.25


def _judging_time(deadline, timeout: float) -> float:
    """The time left to judge in: up to the budget's ``timeout``, leaving its grace to return the verdict in."""
    import time

    if deadline is None:
        return timeout
    return max(deadline.end - _VERDICT_GRACE - time.monotonic(), 1e-3)


def _across_intercept_conventions(verdict: Verdict, judge: Checker, answer: str, timeout: float, left: float) -> Verdict:
    """The verdict, unless it hangs on whether the penalty Σₖ₌₁ⁿ θₖ² covers the intercept.

    logderiv numbers features 1..n, the intercept θ₁ (x₁ = 1) among them, so a
    written penalty Σ_{j=1}^{n} θⱼ² covers it. In notes where θ₀ is the intercept
    and θᵀx runs from 0 (Ng's), the same text leaves it out. Where the two
    readings give one verdict, that is the verdict; a component answer for a
    general j (``+ λ/m θⱼ``) is taken as written for the components other than
    the intercept, where they agree. Where they differ (``+ λ/m θ`` against ``+ λ/m [0; θ(2:end)]``), the
    answer is ``undecided``, with both readings said: never a confident verdict
    on one reading of an ambiguous cost.
    """
    import dataclasses

    from .verify.answer import Checker

    import sympy

    wrt = judge.problem.wrt
    numbered = isinstance(wrt, sympy.Indexed) and wrt.indices[-1].is_Integer
    if verdict.matrix is None and not numbered:
        # a component answer for a general j (+ λ/m θⱼ) is written, in either numbering, for the
        # components other than the intercept, where the two readings agree
        return verdict
    other_problem = _penalty_without_intercept(judge.problem)
    if other_problem is None:
        return verdict
    other = Checker(other_problem, answer_lets=judge.answer_lets, input=judge.input).check(answer, timeout=left, stated=timeout)
    if other.verdict == verdict.verdict or other.verdict == "undecided":
        return verdict
    right = "with" if verdict.verdict == "equivalent" else "without"
    return dataclasses.replace(
        verdict,
        verdict="undecided",
        check=None,
        counterexample=None,
        diagnosis=(),
        reason=(
            f"the answer is right if the penalty covers the intercept θ₁ and wrong if it does not "
            if right == "with"
            else "the answer is right if the penalty leaves the intercept out and wrong if it covers it "
        )
        + "(logderiv numbers features 1..n, the intercept θ₁ with x₁ = 1, so Σ_{j=1}^{n} θⱼ² covers it; "
        "in notes where θ₀ is the intercept and θᵀx runs from 0, the same sum leaves it out): "
        "write the penalty as lambda/(2m) * sum_k(theta_k^2) - lambda/(2m) * theta_1^2 to leave it out, "
        "or check against the preset logistic-l2 / linear-l2 (with --no-reg-intercept)",
    )


def _penalty_without_intercept(problem: Problem) -> Problem | None:
    """The problem with each penalty Σₖ₌₁ⁿ f(θₖ) (a feature sum of θ alone) less its k = 1 term; None if none.

    Only for a cost whose θ is also dotted with x (θᵀx), where the intercept is
    one of θ's components, and that writes no θ₀ or θ₁ of its own.
    """
    import dataclasses

    import sympy

    from .notation import symbols

    n = symbols.n
    changed = {}
    cost = problem.cost
    for total in cost.atoms(sympy.Sum):
        (index, low, high), *rest = total.limits
        if rest or low != 1 or high != n:
            continue
        bases = {indexed.base for indexed in total.function.atoms(sympy.Indexed)}
        if len(bases) != 1 or str(next(iter(bases))) != "theta":
            continue  # w and β come with their bias b or β₀ written apart: the numbering question is θ's (Ng's)
        base = next(iter(bases))
        numbered = {indexed.indices[-1] for indexed in cost.atoms(sympy.Indexed) if indexed.base == base}
        if sympy.Integer(0) in numbered or sympy.Integer(1) in numbered:
            continue  # θ₀ written on its own, or the intercept's term taken out: the cost says which it means
        dotted = any(
            other is not total and any(indexed.base == base for indexed in other.function.atoms(sympy.Indexed))
            and any(str(indexed.base) == "x" for indexed in other.function.atoms(sympy.Indexed))
            for other in problem.expand_definitions(cost).atoms(sympy.Sum)
        )
        if dotted:
            changed[total] = total - total.function.xreplace({index: sympy.Integer(1)})
    if not changed:
        return None
    return dataclasses.replace(problem, cost=cost.xreplace(changed))


def checker(
    cost: str | None = None,
    *,
    wrt: str = DEFAULT_WRT,
    let: Sequence[str] = (),
    input: str = "auto",
    regularise_intercept: bool = True,
) -> Checker:
    """The :class:`~logderiv.verify.answer.Checker` for a cost (one per set of arguments, cached)."""
    return _checker(cost, wrt, tuple(let), input, regularise_intercept)


@functools.lru_cache(maxsize=16)
def _checker(cost: str | None, wrt: str, let: tuple[str, ...], input: str, regularise_intercept: bool) -> Checker:
    from .verify.answer import Checker

    if cost is None or find_preset(cost) is not None:
        problem = read_cost(cost, wrt=wrt, input=input, regularise_intercept=regularise_intercept)
        return Checker(problem, answer_lets=let, input=input)
    problem = read_cost(cost, wrt=wrt, let=let, input=input, regularise_intercept=regularise_intercept)
    answer_lets = _lets_for_the_answer(problem, let, input)
    if answer_lets:
        import dataclasses

        from .verify.answer import unused_let_names

        unused = unused_let_names(problem)
        # said by the checker of each answer that uses it instead: "--let dz is not in the cost: … the answer's own"
        notes = tuple(
            note for note in problem.notes
            if not (note.startswith("--let ") and note.endswith(" is defined but not used") and note[6:-24] in unused)
        )
        problem = dataclasses.replace(problem, notes=notes)
    return Checker(problem, answer_lets=answer_lets, input=input, with_the_cost=bool(answer_lets))


def _lets_for_the_answer(problem, lets: Sequence[str], input: str) -> tuple[str, ...]:
    """The ``--let`` texts the cost does not use (``dz = A - Y`` for ``dw = np.dot(X, dz.T)/m``): the answer's own."""
    from .notation import latex, notation_of, plain
    from .verify.answer import unused_let_names

    unused = unused_let_names(problem)
    if not unused:
        return ()
    kept = []
    for text in lets:
        split = latex.split_let if notation_of(text, input) == "latex" else plain.split_let
        try:
            name = split(text)[0]
        except Exception:  # a function definition or a chain: the cost's, read there
            continue
        if name in unused:
            kept.append(text)
    return tuple(kept)


def read_cost(
    cost: str | None = None,
    *,
    wrt: str = DEFAULT_WRT,
    let: Sequence[str] = (),
    input: str = "auto",
    regularise_intercept: bool = True,
) -> Problem:
    """Read ``cost`` (a formula or a preset's name; ``None``: logistic) into a :class:`Problem`.

    ``regularise_intercept=False`` takes an L2 preset with the intercept θ₁ left
    out of its penalty; it is an error for any other cost.
    """
    from .notation import check_depends_on_wrt, read_problem

    if cost is None:
        cost = DEFAULT_PRESET
    preset = find_preset(cost)
    if preset is not None:
        if let:
            raise InputError(
                f"--let cannot be combined with the preset '{preset.name}'",
                hint="write the cost out in full to change its definitions",
            )
        name = preset.name
        if not regularise_intercept:
            preset = _without_intercept_penalty(preset)
        problem = read_problem(preset.cost, wrt=wrt, lets=preset.lets)
        if cost.strip() == name:
            return problem
        import dataclasses

        return dataclasses.replace(problem, notes=(*problem.notes, f"'{cost.strip()}' is read as the preset '{name}'"))
    if not regularise_intercept:
        raise InputError(
            "--no-reg-intercept applies to the L2 presets (logistic-l2, linear-l2)",
            hint="in a formula of your own, write the penalty without θ₁: "
            "lambda/(2m) * sum_k(theta_k^2) - lambda/(2m) * theta_1^2",
        )
    try:
        problem = _read_cost(cost, wrt=wrt, lets=tuple(let), input=input)
    except InputError as error:
        guess = suggest_preset(cost) if error.label == "COST" else None
        if guess is None:
            raise
        raise InputError(
            f"'{cost.strip()}' is not a preset or a formula — did you mean the preset '{guess}'?",
            source=cost, column=len(cost) - len(cost.lstrip()), label="COST",
            hint="logderiv presets lists the presets; a formula is written out, e.g. -1/m * sum(y log(h) + (1-y) log(1-h))",
        ) from None
    # a cost without the variable would get a "verified" gradient 0: almost always a misread
    check_depends_on_wrt(problem, wrt)
    if let:
        _check_let_values(problem, let, input)
    if _penalty_without_intercept(problem) is not None:
        import dataclasses

        return dataclasses.replace(problem, notes=(*problem.notes, INTERCEPT_NOTE))
    return problem


def _check_let_values(problem: Problem, lets: Sequence[str], input: str) -> None:
    """Refuse a ``--let`` that makes the cost undefined (``log(g)`` with ``g = 0``), as the same text inline is."""
    from .notation import latex, notation_of, plain
    from .notation.values import check_let_values

    def split(text: str):
        return (latex.split_let if notation_of(text, input) == "latex" else plain.split_let)(text)

    check_let_values(problem, lets, split=split)


def _read_cost(cost: str, *, wrt: str, lets: tuple, input: str) -> Problem:
    """Read a cost formula; a chain ``J = A = B`` side by side, once its sides are shown equal (verify.sides)."""
    from .notation import chains, read_problem

    try:
        return read_problem(cost, wrt=wrt, lets=lets, input=input)
    except InputError as error:
        bounds = chains.sides(cost)
        if error.label != "COST" or len(bounds) < 3:
            raise
        whole = error
    from .verify.sides import read_cost_chain

    return read_cost_chain(cost, bounds, lambda text: read_problem(text, wrt=wrt, lets=lets, input=input), whole)


#: said of a formula whose penalty Σₖ θₖ² sits beside θᵀx (see _across_intercept_conventions)
INTERCEPT_NOTE = (
    "the penalty Σ θⱼ² is read over θ₁..θₙ, the intercept θ₁ (x₁ = 1) included, as logderiv numbers features; "
    "in notes where θ₀ is the intercept and θᵀx runs from 0, the same sum leaves it out, and the intercept's "
    "entry of the gradient has no λ term"
)


def _without_intercept_penalty(preset: Preset) -> Preset:
    changed = without_intercept_penalty(preset)
    if changed is None:
        raise InputError(
            f"--no-reg-intercept: the preset '{preset.name}' has no L2 penalty",
            hint="use logistic-l2 or linear-l2",
        )
    return changed


def steps(
    text: str,
    *,
    cost: str | None = None,
    wrt: str | None = None,
    input: str = "auto",
    regularise_intercept: bool = True,
    timeout: float | None = None,
) -> Review:
    """Check a written derivation line by line: is each step true, and does it end at the gradient?

    ``text`` is the derivation, one expression per line, a chain ``A = B = C`` or
    a LaTeX ``align*`` block. ``cost`` (a preset's name or a formula) and ``wrt``
    default to what the first line says (``d/dtheta_j (...)``), else the
    logistic cost and ``theta_j``. ``input`` (``"auto"``, ``"latex"``,
    ``"plain"``) says how to read the derivation, ``cost`` and ``wrt``, as for
    :func:`derive`, and so does ``regularise_intercept``. Raises
    :class:`~logderiv.errors.InputError` for text that cannot be read, with the
    line and column in the document. ``timeout`` (seconds; ``None``: no limit
    of its own) bounds the whole call; running out raises
    :class:`~logderiv.errors.TimeLimitError`.
    """
    from .verify.chain import review_steps
    from .verify.deadline import budget, stage

    _import_readers()
    with budget(timeout):
        stage("checking the derivation")
        return review_steps(text, cost=cost, wrt=wrt, input=input, regularise_intercept=regularise_intercept)
