"""Check a gradient someone implemented against the derived gradient, and say what is wrong.

:func:`gradcheck` imports the user's file in a worker process (their code runs;
see :mod:`.worker`), derives the cost's gradient with logderiv's engine
(:mod:`.reference`), calls the user's function on random data with θ and y in
each common shape, and compares (:mod:`.diagnosis`). The result is a
:class:`~.report.Report`; nothing here prints.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError, UnsupportedError
from .report import FAILED_TO_RUN, PASSING, Diagnosis, Report, Shapes, ShapeResult

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
    path: str | os.PathLike,
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
    call (and the import) gets ``timeout`` seconds in a worker process.

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
    from ..errors import UserCodeError
    from .roles import parse_roles, plan_call, wants_lam
    from .worker import TimedOut, Worker, WorkerDied

    file = Path(path)
    if not file.is_file():
        raise InputError(f"no such file: {file}", source=str(file), column=0, label="TARGET")
    if not function.isidentifier():
        raise InputError(f"'{function}' is not a Python function name", label="TARGET")
    for name, value in (("--m", m), ("--n", n)):
        if not 2 <= value <= 10_000:
            raise InputError(f"{name} must be between 2 and 10000, not {value}", label=name)
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

    worker = Worker(file.resolve(), function, timeout, display=str(file))
    try:
        worker.start()  # the user's file imports while the cost is derived
        derived = _derive(cost) if cost is not None else None
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
            raise UserCodeError.from_failure(answer, doing=f"importing {file}")
        if status == "missing":
            message, names = answer
            raise InputError(
                message,
                hint=f"functions in it: {', '.join(names)}" if names else "is it the right file?",
                label="TARGET",
            )
        signature = answer
        if derived is None:
            derived = _derive("logistic-l2" if wants_lam(signature, roles) else "logistic")
        plan = plan_call(signature, roles, needs_lam=derived.has_lambda)
        return _check(
            worker, derived, plan, signature, file, function,
            m=m, n=n, verdict_shapes=verdict_shapes, strict=strict, reg_intercept=reg_intercept, seed=seed,
            timeout=timeout, errors=(TimedOut, WorkerDied),
        )
    finally:
        worker.stop()


def _derive(cost: str):
    from .reference import derive_reference

    return derive_reference(cost)


def _all_shapes(verdict: Shapes, m: int, n: int) -> list[Shapes]:
    others = [Shapes(theta, y) for theta in ((n,), (n, 1)) for y in ((m,), (m, 1))]
    return [verdict, *(shapes for shapes in others if shapes != verdict)]


def _check(worker, derived, plan, signature, file, function, *, m, n, verdict_shapes, strict, reg_intercept, seed,
           timeout, errors) -> Report:
    import numpy as np

    from .diagnosis import errors as compare
    from .diagnosis import band, explain, explain_failure, explain_shape, fitted_scale
    from .reference import make_data, reference, verify_reference

    rng = np.random.default_rng(seed)
    datasets = [make_data(rng, m, n, derived.cost, has_lambda=derived.has_lambda) for _ in range(DRAWS)]
    references = [reference(derived, data) for data in datasets]
    for data, ref in zip(datasets, references):
        verify_reference(derived, data, ref.full)
    data_term = np.array([r.data_term for r in references])
    regularisation = np.array([r.regularisation for r in references]) if derived.has_lambda else None
    expected = np.array([r.full if reg_intercept else r.no_intercept for r in references])

    results: list[ShapeResult] = []
    diagnoses: list[Diagnosis] = []
    warnings: list[str] = []
    notes: list[str] = []
    scale = intercept = None
    timed_out = False
    results_values = None
    for shapes in _all_shapes(verdict_shapes, m, n):
        is_verdict = shapes == verdict_shapes
        if timed_out:  # each call would wait out the limit again
            results.append(ShapeResult(shapes, is_verdict, "skipped", note="not tried after a time-out"))
            continue
        values, outcome_note, failure, returned = [], "", None, ""
        status = None
        for data in datasets:
            arrays = {
                "theta": data.theta.reshape(shapes.theta),
                "X": data.X,
                "y": data.y.reshape(shapes.y),
                "lam": data.lam,
            }
            positional = [arrays[role] for role in plan.positional]
            keywords = {name: arrays[role] for name, role in plan.keywords}
            try:
                outcome = worker.call(positional, keywords)
            except errors[0]:
                status, timed_out = "timeout", True
                break
            except errors[1] as died:
                status, outcome_note = "raised", f"{signature.name} ended the worker process: {died}"
                break
            returned = outcome.returned
            if outcome.kind == "raised":
                status, failure = "raised", outcome.failure
                break
            if outcome.kind == "not-numeric":
                status, outcome_note = "not-numeric", outcome.note
                break
            if outcome.kind == "pair" and is_verdict:
                notes.append(f"{signature.name} returns (cost, gradient); the gradient was checked")
            values.append(outcome.value)
        result = _judge(shapes, is_verdict, status, values, returned, outcome_note, failure,
                        expected=expected, m=m, n=n, compare=compare, band=band)
        results.append(result)
        if is_verdict:
            if result.status == "timeout":
                diagnoses.append(Diagnosis(
                    "timeout",
                    f"{signature.name} did not return within {timeout:g} s with {shapes.describe()}; stopped",
                    "an endless loop? (--timeout sets the limit)",
                ))
            elif result.status == "raised" and failure is not None:
                diagnoses.append(explain_failure(failure, shapes, m=m, n=n))
            elif result.status == "raised":
                diagnoses.append(Diagnosis("exception", outcome_note))
            elif result.status == "not-numeric":
                diagnoses.append(Diagnosis("not-numeric", f"{signature.name} {outcome_note}"))
            elif result.status == "not-finite":
                diagnoses.append(Diagnosis("not-finite", "the result holds inf or nan",
                                           "a log of 0 or an overflowing exp? (np.logaddexp, a stable sigmoid)"))
            elif result.status == "wrong-shape":
                diagnoses.append(explain_shape(result.output_shape, shapes, m=m, n=n))
            if result.max_relative_error is not None:  # values were compared
                actual = results_values = np.array([np.ravel(value) for value in values])
                scale = fitted_scale(actual, expected)
                found, intercept = explain(actual, data_term, regularisation, m=m, intercept_regularised=reg_intercept)
                if not result.ok:
                    diagnoses += found or [Diagnosis("inaccurate", "close, but not within rounding of the gradient")]
                elif result.status == "suspicious":
                    warnings.append(
                        f"agrees only to {result.max_relative_error:.1e} (float64 code agrees to ~1e-12): "
                        "float32 arithmetic, or a numerical approximation?"
                    )
        elif not result.ok and not _same_problem(result, results[0]):
            # a probe that fails the way the verdict shapes do is the same bug, not a shape problem
            problem = _probe_problem(result, explain_shape, explain_failure, m, n, timeout)
            warnings.append(f"with {shapes.describe()}: {problem}")
        if result.ok and result.note:
            notes.append(f"with {shapes.describe()}: {result.note}")

    verdict_result = results[0]
    if any(diagnosis.kind == "unexplained" for diagnosis in diagnoses) and verdict_result.max_relative_error is not None:
        diagnoses += _other_costs(derived, datasets, results_values, compare)
    if verdict_result.status in FAILED_TO_RUN:
        verdict = "error"
    elif not verdict_result.ok or (strict and not all(r.ok for r in results)):
        verdict = "wrong"
    else:
        verdict = "pass"
    if strict and verdict_result.ok and verdict == "wrong":
        diagnoses.append(Diagnosis("shape", "with --strict, a problem on any shape fails the check (see the warnings)"))
    return Report(
        path=str(file),
        function=function,
        signature=signature.text,
        roles=plan.names,
        cost=derived.cost,
        gradient=derived.text,
        convention=("all" if reg_intercept else "no-intercept") if derived.has_lambda else None,
        m=m,
        n=n,
        draws=DRAWS,
        seed=seed,
        shapes=tuple(results),
        verdict=verdict,
        diagnoses=tuple(diagnoses),
        warnings=tuple(warnings),
        notes=tuple(dict.fromkeys(notes)),
        scale=scale,
        intercept=intercept,
        strict=strict,
        output=worker.output,
    )


def _judge(shapes, is_verdict, status, values, returned, note, failure, *, expected, m, n, compare, band) -> ShapeResult:
    import numpy as np

    if status is not None:
        return ShapeResult(shapes, is_verdict, status, returned=returned, note=note, failure=failure)
    output_shape = tuple(np.shape(values[0]))
    flat, column = (n,), (n, 1)
    if output_shape not in (flat, column) or any(np.shape(v) != output_shape for v in values):
        return ShapeResult(shapes, is_verdict, "wrong-shape", output_shape, returned)
    if not all(np.all(np.isfinite(v)) for v in values):
        return ShapeResult(shapes, is_verdict, "not-finite", output_shape, returned)
    actual = np.array([np.ravel(v) for v in values])
    max_relative, ratio = compare(actual, expected)
    note = ""
    if output_shape != shapes.theta:
        note = (f"returns a flat {output_shape} for a column θ {shapes.theta}" if output_shape == flat
                else f"returns a column {output_shape} for a flat θ {shapes.theta}")
        note += "; the values are compared, and pass if right"
    if is_verdict and returned not in ("", "ndarray", "tuple"):
        note = (note + "; " if note else "") + f"returns a {returned}"
    return ShapeResult(shapes, is_verdict, band(max_relative), output_shape, returned, max_relative, ratio, note)


def _other_costs(derived, datasets, actual, compare) -> list[Diagnosis]:
    """The preset whose gradient the values are, when it is not the cost checked (a wrong --cost?)."""
    from ..presets import PRESETS
    from .diagnosis import PASS
    from .reference import derive_reference, reference

    for name in PRESETS:
        if name == derived.cost:
            continue
        other = derive_reference(name)
        if other.has_lambda != derived.has_lambda:
            continue
        expected = [reference(other, data).full for data in datasets]
        if compare(actual, expected)[0] <= PASS:
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


def _probe_problem(result: ShapeResult, explain_shape, explain_failure, m: int, n: int, timeout: float) -> str:
    if result.status == "raised" and result.failure is not None:
        return explain_failure(result.failure, result.shapes, m=m, n=n).message
    if result.status == "timeout":
        return f"did not return within {timeout:g} s"
    if result.status == "wrong-shape":
        return explain_shape(result.output_shape, result.shapes, m=m, n=n).message
    if result.status == "not-finite":
        return "the result holds inf or nan"
    if result.status in ("inaccurate", "wrong"):
        return f"wrong values (max. relative error {result.max_relative_error:.1e})"
    return result.note or result.status
