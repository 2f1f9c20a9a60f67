"""Check a gradient someone implemented against the derived gradient, and say what is wrong.

:func:`gradcheck` imports the user's file in a worker process (their code runs;
see :mod:`.worker`), derives the cost's gradient with logderiv's engine
(:mod:`.reference`), calls the user's function on random data with θ and y in
each common shape, and compares (:mod:`.diagnosis`). The result is a
:class:`~.report.Report`; nothing here prints.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np

from ..errors import InputError, UserCodeError
from .diagnosis import PASS, band, errors, explain, explain_failure, explain_shape, fitted_scale
from ..records.gradcheck import FAILED_TO_RUN, Diagnosis, Failure, Report, Shapes, ShapeResult
from .roles import parse_roles, plan_call, wants_lam
from .worker import Signature, TimedOut, Worker, WorkerDied

if TYPE_CHECKING:
    from .reference import Data, Derived
    from .roles import CallPlan

__all__ = ["gradcheck", "parse_target", "parse_shape", "Report", "ShapeResult", "Diagnosis", "Shapes"]

DEFAULT_M = 7
DEFAULT_N = 4
DEFAULT_TIMEOUT = 10.0
#: independent random data sets per shape: a fit over several tells a factor from a coincidence
DRAWS = 3


def parse_target(target: str) -> tuple[Path, str]:
    """``"grad.py:gradient"`` → ``(Path("grad.py"), "gradient")``; raises :class:`InputError`."""
    path, colon, function = target.rpartition(":")
    if not colon or not path or "/" in function or "\\" in function:
        raise InputError(
            "expected FILE.py:FUNCTION",
            source=target,
            column=len(target),
            hint="name the file and the function in it, e.g. grad.py:gradient",
            label="TARGET",
        )
    if not function.isidentifier():
        raise InputError(
            f"'{function}' is not a Python function name",
            source=target,
            column=len(path) + 1,
            label="TARGET",
        )
    file = Path(path)
    if not file.is_file():
        raise InputError(
            f"no such file: {path}" if not file.exists() else f"not a file: {path}",
            source=target,
            column=0,
            label="TARGET",
        )
    return file, function


def parse_shape(text: str, *, m: int, n: int, of: str) -> tuple[int, ...]:
    """``"n,1"`` → ``(n, 1)``: the letter of the vector's length (``n`` for θ, ``m`` for y), or it and 1."""
    letter, size = ("n", n) if of == "theta" else ("m", m)
    spelled = text.replace(" ", "").strip("()").rstrip(",")
    forms = {letter: (size,), str(size): (size,), f"{letter},1": (size, 1), f"{size},1": (size, 1)}
    if spelled not in forms:
        raise InputError(
            f"unknown shape '{text}'",
            source=text,
            column=0,
            hint=f"write {letter} for a flat ({letter},) array or {letter},1 for a column",
            label=f"--{'theta' if of == 'theta' else 'y'}-shape",
        )
    return forms[spelled]


def gradcheck(
    path: str | os.PathLike[str],
    function: str,
    *,
    cost: str | None = None,
    args: str | tuple[str, ...] | None = None,
    m: int = DEFAULT_M,
    n: int = DEFAULT_N,
    theta_shape: str = "n",
    y_shape: str = "m",
    strict: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
    reg_intercept: bool = True,
    seed: int = 0,
) -> Report:
    """Run ``function`` from the file at ``path`` and compare it with the derived gradient of ``cost``.

    **This imports and runs the file**: only check code you would run. Each
    call (and the import) gets ``timeout`` seconds in a worker process, and
    so does deriving the reference gradient (past it:
    :class:`~logderiv.errors.TimeLimitError`).

    ``cost`` is a preset name or a formula (default ``logistic``, or
    ``logistic-l2`` when the function takes λ). ``args`` names the roles of
    the function's positional parameters in order (``"X,y,theta"``); without
    it parameters are matched by name. The verdict is on θ and y of shapes
    ``theta_shape`` (``"n"`` or ``"n,1"``) and ``y_shape`` (``"m"`` or
    ``"m,1"``); the other shapes are probed and reported as warnings, or as
    failures with ``strict``. ``reg_intercept=False`` takes the cost's λ term
    without θ₀ (the common convention that leaves the intercept unpenalised).

    Raises :class:`~logderiv.errors.InputError` for bad arguments, a missing
    function, or parameters whose roles cannot be told, and
    :class:`~logderiv.errors.UserCodeError` when the file itself cannot be
    imported. Anything the function does when called is in the report.
    """
    file = Path(path)
    if not file.is_file():
        raise InputError(f"no such file: {file}", source=str(file), column=0, label="TARGET")
    if not function.isidentifier():
        raise InputError(f"'{function}' is not a Python function name", label="TARGET")
    for name, value in (("--m", m), ("--n", n)):
        if not 2 <= value <= 10_000:
            raise InputError(f"{name} must be between 2 and 10000, not {value}", label=name)
    if m * n > 1_000_000:
        raise InputError(f"X would have {m * n} entries; at most a million", hint="a few rows show a bug as well",
                         label="--m")
    if m == n:
        raise InputError(
            f"m and n must differ (both are {m})",
            hint="with a square X, code that uses X where X.T is due cannot be told from correct code",
            label="--m",
        )
    if not timeout > 0:
        raise InputError(f"the time limit must be positive, not {timeout}", label="--timeout")
    verdict_shapes = Shapes(parse_shape(theta_shape, m=m, n=n, of="theta"), parse_shape(y_shape, m=m, n=n, of="y"))
    roles = parse_roles(args) if isinstance(args, str) else (tuple(args) if args is not None else None)

    with Worker(file.resolve(), function, timeout, display=str(file)) as worker:
        worker.start()  # the user's file imports while the cost is derived
        derived = _derive(cost, timeout) if cost is not None else None
        try:
            status, answer = worker.load()
        except TimedOut:
            raise UserCodeError(
                f"importing {file} did not finish within {timeout:g} s; stopped",
                hint="does the file run a long computation when imported? put it under if __name__ == '__main__':",
            ) from None
        except WorkerDied as died:
            raise UserCodeError(f"importing {file} ended the process: {died}") from None
        if status == "raised":
            hint = explain_failure(answer, None, m=m, n=n).hint
            raise UserCodeError.from_failure(answer, doing=f"importing {file}", hint=hint or None)
        if status == "missing":
            message, names = answer
            raise InputError(
                message,
                hint=f"functions in it: {', '.join(names)}" if names else "is it the right file?",
                label="TARGET",
            )
        signature = answer
        if derived is None:
            derived = _derive("logistic-l2" if wants_lam(signature, roles) else "logistic", timeout)
        _ensure_components_fit(derived, m=m, n=n)
        plan = plan_call(signature, roles, needs_lam=derived.has_lambda)
        check = _Check(worker, derived, plan, signature, m=m, n=n, strict=strict, reg_intercept=reg_intercept,
                       seed=seed, timeout=timeout)
        results = check.run(verdict_shapes)
    first = results[0]
    verdict: Literal["pass", "wrong", "error"]
    if first.status in FAILED_TO_RUN:
        verdict = "error"
    elif not first.ok or (strict and not all(result.ok for result in results)):
        verdict = "wrong"
    else:
        verdict = "pass"
    probes = [Diagnosis(d.kind, f"with {shapes.describe()}: {d.message}", d.hint, d.failure)
              for shapes, d in check.probe_problems]
    if strict:
        check.diagnoses += probes
    else:
        check.warnings += [probe.message for probe in probes]
    return Report(
        path=str(file),
        function=function,
        signature=signature.text,
        roles=plan.names,
        cost=derived.cost,
        gradient=derived.result,
        convention=("all" if reg_intercept else "no-intercept") if derived.has_lambda else None,
        m=m,
        n=n,
        draws=DRAWS,
        seed=seed,
        shapes=results,
        verdict=verdict,
        diagnoses=tuple(check.diagnoses),
        warnings=tuple(check.warnings),
        notes=tuple(dict.fromkeys(check.notes)),
        scale=check.scale,
        intercept=check.intercept,
        strict=strict,
        output=worker.output,
    )


def _derive(cost: str, timeout: float) -> Derived:
    """The reference gradient, derived within ``timeout`` (logderiv's own work gets the budget each call gets)."""
    from ..deadline import budget, stage
    from .reference import derive_reference

    with budget(timeout):
        stage("deriving the reference gradient")
        return derive_reference(cost)


def _ensure_components_fit(derived: Derived, *, m: int, n: int) -> None:
    """Refuse data too narrow for a numbered component the cost names (θ₅ needs n ≥ 5).

    The reference is computed and compared at every component 1..n of the
    data, so a component within n is checked like any other; one beyond it has
    no column to be read from.
    """
    from ..equality import numeric

    top = max(numeric.components(derived.expanded_cost) | numeric.components(derived.gradient), default=0)
    if top > n:
        raise InputError(
            f"the cost names feature {top}, but the data have n = {n} features",
            hint=f"give --n {top if top != m else top + 1} or more (features are numbered 1..n, and n ≠ m)",
            label="--n",
        )


def _all_shapes(verdict: Shapes, m: int, n: int) -> list[Shapes]:
    others = [Shapes(theta, y) for theta in ((n,), (n, 1)) for y in ((m,), (m, 1))]
    return [verdict, *(shapes for shapes in others if shapes != verdict)]


@dataclass
class _Calls:
    """The function called once per data set with θ and y of one pair of shapes."""

    #: None when every call returned numbers; else "raised", "timeout" or "not-numeric"
    status: Literal["raised", "timeout", "not-numeric"] | None = None
    values: list[np.ndarray] = field(default_factory=list)
    returned: str = ""
    note: str = ""
    failure: Failure | None = None
    #: whether it returned (cost, gradient)
    pair: bool = False
    #: the roles of the arguments it changed in place (theta, X, y)
    mutated: set[str] = field(default_factory=set)


def _call(worker: Worker, plan: CallPlan, datasets: list[Data], shapes: Shapes, name: str) -> _Calls:
    calls = _Calls()
    for data in datasets:
        arrays = {"theta": data.theta.reshape(shapes.theta), "X": data.X, "y": data.y.reshape(shapes.y),
                  "lam": data.lam}
        try:
            outcome = worker.call([arrays[role] for role in plan.positional],
                                  {parameter: arrays[role] for parameter, role in plan.keywords})
        except TimedOut:
            calls.status = "timeout"
            return calls
        except WorkerDied as died:
            calls.status, calls.note = "raised", f"{name} ended the worker process: {died}"
            return calls
        calls.returned = outcome.returned
        if outcome.kind == "raised" or outcome.kind == "not-numeric":
            calls.status, calls.failure, calls.note = outcome.kind, outcome.failure, outcome.note
            return calls
        calls.pair = outcome.kind == "pair"
        calls.values.append(outcome.value)
        keyword_roles = dict(plan.keywords)
        calls.mutated |= {plan.positional[key] if isinstance(key, int) else keyword_roles[key] for key in outcome.mutated}
    return calls


class _Check:
    """One run of :func:`gradcheck` once the function is loaded: data, reference, calls, verdict."""

    def __init__(
        self,
        worker: Worker,
        derived: Derived,
        plan: CallPlan,
        signature: Signature,
        *,
        m: int,
        n: int,
        strict: bool,
        reg_intercept: bool,
        seed: int,
        timeout: float,
    ) -> None:
        from .reference import make_data, reference, verify_reference

        self.worker, self.derived, self.plan, self.signature = worker, derived, plan, signature
        self.m, self.n, self.strict, self.reg_intercept, self.timeout = m, n, strict, reg_intercept, timeout
        rng = random.Random(seed)
        self.datasets = [make_data(rng, m, n, derived.cost, has_lambda=derived.has_lambda) for _ in range(DRAWS)]
        references = [reference(derived, data) for data in self.datasets]
        for data, ref in zip(self.datasets, references):
            verify_reference(derived, data, ref.full)
        self.data_term = np.array([ref.data_term for ref in references])
        self.regularisation = np.array([ref.regularisation for ref in references]) if derived.has_lambda else None
        self.expected = np.array([ref.full if reg_intercept else ref.no_intercept for ref in references])
        self.diagnoses: list[Diagnosis] = []
        self.warnings: list[str] = []
        self.notes: list[str] = list(derived.notes)
        self.scale: float | None = None
        self.intercept: str | None = None
        #: what went wrong with other shapes than the verdict's: warnings, or with --strict failures
        self.probe_problems: list[tuple[Shapes, Diagnosis]] = []

    def run(self, verdict_shapes: Shapes) -> tuple[ShapeResult, ...]:
        """Call the function with every pair of shapes, the verdict's first; judge and explain each."""
        results: list[ShapeResult] = []
        for shapes in _all_shapes(verdict_shapes, self.m, self.n):
            is_verdict = shapes == verdict_shapes
            if results and any(result.status == "timeout" for result in results):
                # each call would wait out the limit again
                results.append(ShapeResult(shapes, is_verdict, "skipped", note="not tried after a time-out"))
                continue
            calls = _call(self.worker, self.plan, self.datasets, shapes, self.signature.name)
            self.warn_mutated(calls)
            result = self.judge(shapes, is_verdict, calls)
            results.append(result)
            if is_verdict:
                self.explain_verdict(result, calls)
            elif not result.ok and not _same_problem(result, results[0]):
                # a probe that fails the way the verdict shapes do is the same bug, not a shape problem
                self.probe_problems.append((shapes, self.probe_problem(result)))
            if result.ok and result.note:
                self.notes.append(f"with {shapes.describe()}: {result.note}")
        return tuple(results)

    def warn_mutated(self, calls: _Calls) -> None:
        """Warn, once per argument, when the function changes an argument in place (``theta[0] = 0``).

        Its return value may be right, yet its caller's array is changed on every call:
        in a training loop the intercept is reset to 0 each step. Octave passes copies,
        so a literal port of ``theta(1) = 0`` has this bug in NumPy.
        """
        shown = {"theta": "θ", "lam": "λ"}
        for role in sorted(calls.mutated):
            message = (f"{self.signature.name} changes its argument {shown.get(role, role)} in place (e.g. theta[0] = 0): "
                       "the caller's array is modified on every call; copy it first (theta = theta.copy())")
            if message not in self.warnings:
                self.warnings.append(message)

    def judge(self, shapes: Shapes, is_verdict: bool, calls: _Calls) -> ShapeResult:
        """The status and metrics of one pair of shapes."""
        if calls.status is not None:
            return ShapeResult(shapes, is_verdict, calls.status, returned=calls.returned, note=calls.note,
                               failure=calls.failure)
        values, returned = calls.values, calls.returned
        output_shape = tuple(np.shape(values[0]))
        flat, column = (self.n,), (self.n, 1)
        if output_shape not in (flat, column) or any(np.shape(value) != output_shape for value in values):
            return ShapeResult(shapes, is_verdict, "wrong-shape", output_shape, returned)
        if not all(np.all(np.isfinite(value)) for value in values):
            return ShapeResult(shapes, is_verdict, "not-finite", output_shape, returned)
        max_relative, ratio = errors(_stacked(values), self.expected)
        notes = []
        if output_shape != shapes.theta:
            kind = "flat" if output_shape == flat else "column"
            notes.append(f"returns a {kind} {output_shape} for θ {shapes.theta}; compared by value")
        if is_verdict and returned not in ("", "ndarray", "tuple"):
            notes.append(f"returns a {returned}")
        if is_verdict and calls.pair:
            notes.append("returns (cost, gradient); the gradient was checked")
        return ShapeResult(shapes, is_verdict, band(max_relative), output_shape, returned, max_relative, ratio,
                           "; ".join(notes))

    def explain_verdict(self, result: ShapeResult, calls: _Calls) -> None:
        """Diagnoses for the verdict shapes: why the code failed, or how its values are wrong."""
        name, shapes = self.signature.name, result.shapes
        if result.status == "timeout":
            self.diagnoses.append(Diagnosis(
                "timeout", f"{name} did not return within {self.timeout:g} s with {shapes.describe()}; stopped",
                "an endless loop? (--timeout sets the limit)",
            ))
        elif result.status == "raised":
            self.diagnoses.append(explain_failure(result.failure, shapes, m=self.m, n=self.n)
                                  if result.failure else Diagnosis("exception", result.note))
        elif result.status == "not-numeric":
            self.diagnoses.append(Diagnosis("not-numeric", f"{name} {result.note}"))
        elif result.status == "not-finite":
            self.diagnoses.append(Diagnosis("not-finite", "the result holds inf or nan",
                                            "a log of 0 or an overflowing exp? (np.logaddexp, a stable sigmoid)"))
        elif result.status == "wrong-shape":
            assert result.output_shape is not None, "a wrong shape is a shape"
            self.diagnoses.append(explain_shape(result.output_shape, shapes, m=self.m, n=self.n))
        if result.max_relative_error is None:
            return
        actual = _stacked(calls.values)
        self.scale = fitted_scale(actual, self.expected)
        found, self.intercept = explain(actual, self.data_term, self.regularisation, m=self.m,
                                        intercept_regularised=self.reg_intercept)
        if result.status == "suspicious":
            self.warnings.append(
                f"agrees only to {result.max_relative_error:.1e} (float64 code agrees to ~1e-12): "
                "float32 arithmetic, or a numerical approximation?"
            )
        elif not result.ok:
            self.diagnoses += found or [Diagnosis("inaccurate", "close, but not within rounding of the gradient")]
            if any(diagnosis.kind == "unexplained" for diagnosis in found):
                self.diagnoses += _other_costs(self.derived, self.datasets, actual)

    def probe_problem(self, result: ShapeResult) -> Diagnosis:
        """What went wrong with a probe's shapes."""
        if result.status == "raised" and result.failure is not None:
            return explain_failure(result.failure, result.shapes, m=self.m, n=self.n)
        if result.status == "timeout":
            return Diagnosis("timeout", f"did not return within {self.timeout:g} s")
        if result.status == "wrong-shape":
            assert result.output_shape is not None, "a wrong shape is a shape"
            return explain_shape(result.output_shape, result.shapes, m=self.m, n=self.n)
        if result.status == "not-finite":
            return Diagnosis("not-finite", "the result holds inf or nan")
        if result.status in ("inaccurate", "wrong"):
            return Diagnosis("shape", f"wrong values (max. relative error {result.max_relative_error:.1e}) "
                                      "with these shapes only")
        return Diagnosis(result.status, result.note or result.status)


def _stacked(values: list[np.ndarray]) -> np.ndarray:
    """The results of the data sets as rows: (draws, n), whatever their shape."""
    return np.array([np.ravel(value) for value in values])


def _other_costs(derived: Derived, datasets: list[Data], actual: np.ndarray) -> list[Diagnosis]:
    """The preset whose gradient the values are, when it is not the cost checked (a wrong --cost?)."""
    from ..presets import PRESETS
    from .reference import derive_reference, reference

    for name in PRESETS:
        if name == derived.cost:
            continue
        other = derive_reference(name)
        if other.has_lambda != derived.has_lambda:
            continue
        expected = np.array([reference(other, data).full for data in datasets])
        if errors(actual, expected)[0] <= PASS:
            return [Diagnosis(
                "other-cost",
                f"these are the values of the gradient of {name} ({PRESETS[name].description})",
                f"if that is the cost you meant, check with --cost {name}",
            )]
    return []


def _same_problem(probe: ShapeResult, verdict: ShapeResult) -> bool:
    if probe.status in ("wrong", "inaccurate") and verdict.status in ("wrong", "inaccurate"):
        return True
    if probe.status == "raised" and verdict.status == "raised" and probe.failure and verdict.failure:
        return (probe.failure.kind, probe.failure.where) == (verdict.failure.kind, verdict.failure.where)
    return probe.status == verdict.status and probe.output_shape == verdict.output_shape and probe.note == verdict.note
