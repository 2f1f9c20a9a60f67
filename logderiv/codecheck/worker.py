"""The user's code runs here: in a separate process, one call at a time, under a deadline.

``gradcheck`` imports and calls a file the user wrote. Running it in-process
would let a ``while True:`` hang the CLI (a thread cannot be stopped, and
``signal.alarm`` neither interrupts a long NumPy call nor survives a bare
``except:``), let ``sys.exit()`` end logderiv, and mix the user's ``print``
output into the report. So a worker process imports the file and serves calls
over a pipe; the parent waits at most ``timeout`` seconds for each answer and
kills the worker when it is late.

On Linux the worker is *forked*: it starts with NumPy already imported.
Measured (median of 5, loaded 2-core machine): forked, start and import of a
small file 9 ms, then 0.6 ms a call; spawned, 333 ms to start (a fresh
interpreter importing NumPy), 0.4 ms a call. So a forked worker costs a cold
``logderiv gradcheck`` almost nothing over running the code in-process.
Elsewhere (macOS, Windows) it is spawned: slower, but safe where forking a
process that holds BLAS threads is not.

Nothing here imports sympy. Every answer is plain data (arrays, strings), and
an exception in the user's code comes back as a :class:`Failure` that points
at the user's file and line, never as a logderiv traceback.
"""

from __future__ import annotations

import importlib
import io
import multiprocessing
import os
import sys
import traceback
import warnings
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Callable, Literal

from ..record import record
from ..records.gradcheck import Failure, Frame  # the records of a report; made here, in the child

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import ForkContext, SpawnContext
    from multiprocessing.process import BaseProcess

    #: what :func:`_context` gives: fork (Linux) or spawn (elsewhere)
    _Context = ForkContext | SpawnContext

__all__ = ["Signature", "Parameter", "Outcome", "Worker", "TimedOut", "WorkerDied"]

#: at most this much of what the user's code prints is kept
_MAX_OUTPUT = 4_000


@record
class Parameter:
    """A parameter of the user's function, as ``inspect`` sees it."""

    name: str
    kind: str  # inspect.Parameter kind name: POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, ...
    has_default: bool


@record
class Signature:
    """The user's function: its name, its parameters, and where it is defined."""

    name: str
    parameters: tuple[Parameter, ...]
    text: str  # "gradient(theta, X, y)"


@record
class Outcome:
    """What one call returned: a float array, or why there is none.

    ``kind`` is ``array`` (``value`` holds it), ``pair`` (a ``(cost, gradient)``
    tuple; ``value`` is the gradient), ``not-numeric`` (``note`` says what came
    back) or ``raised`` (``failure``).
    """

    kind: Literal["array", "pair", "not-numeric", "raised"]
    value: Any = None
    returned: str = ""  # the type of what came back: "list", "ndarray", ...
    note: str = ""
    failure: Failure | None = None
    #: the arguments the call changed in place: positions of positional ones, names of keywords
    mutated: tuple[int | str, ...] = ()


class TimedOut(Exception):
    """The user's code did not answer within the time limit; the worker was stopped."""


class WorkerDied(Exception):
    """The worker process ended without answering (``os._exit``, a crash in C code)."""


def _context() -> _Context:
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class Worker:
    """A process holding the user's module; :meth:`call` runs the function once, with a deadline."""

    def __init__(self, path: Path, function: str, timeout: float, *, display: str | None = None) -> None:
        self.path = path
        #: the file's name as the user gave it, for messages
        self.display = display or str(path)
        self.function = function
        self.timeout = timeout
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self.output = ""

    def start(self) -> None:
        """Start the process; it begins importing the user's file at once."""
        context = _context()
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child, str(self.path), self.function, self.display), daemon=True)
        process.start()
        child.close()
        self._process = process
        self._conn = parent

    def load(self) -> tuple[str, Any]:
        """Wait for the import: ``("ok", Signature)``, ``("raised", Failure)`` or ``("missing", names)``."""
        if self._process is None:
            self.start()
        loaded: tuple[str, Any] = self._answer()
        return loaded

    def call(self, positional: list[Any], keywords: dict[str, Any]) -> Outcome:
        """Call the user's function with these arrays; raises :class:`TimedOut` or :class:`WorkerDied`."""
        if self._process is None:
            self.start()
            status, _ = self._answer()
            if status != "ok":  # pragma: no cover - it imported a moment ago
                raise WorkerDied("the file no longer imports")
        assert self._conn is not None, "started above"
        self._conn.send(("call", positional, keywords))
        outcome: Outcome = self._answer()
        return outcome

    def _answer(self) -> Any:
        """What the worker sent next (whatever it pickled: the callers know what they asked for)."""
        assert self._process is not None and self._conn is not None, "asked only of a started worker"
        if not self._conn.poll(self.timeout):
            self.stop()
            raise TimedOut(self.timeout)
        try:
            answer, output = self._conn.recv()
        except (EOFError, OSError):
            self._process.join(1)
            code = self._process.exitcode
            self.stop()
            raise WorkerDied(f"exit status {code} (os._exit, or a crash in compiled code)") from None
        self.output = (self.output + output)[:_MAX_OUTPUT]
        return answer

    def stop(self) -> None:
        """End the process (killing it if it is still running user code)."""
        if self._process is None:
            return
        try:
            if self._conn is not None:
                self._conn.close()
        except OSError:  # pragma: no cover
            pass
        if self._process.is_alive():
            self._process.kill()
        self._process.join(5)
        self._process = None
        self._conn = None

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --- inside the worker process ------------------------------------------------------------


def _serve(conn: Connection, path: str, function: str, display: str) -> None:  # pragma: no cover - runs in the child
    """The worker's main loop: import the file, answer ``call`` requests until the pipe closes."""
    captured = io.StringIO()
    sys.stdout = sys.stderr = captured
    sys.stdin = io.StringIO()
    # a forked worker inherits the caller's warning filters (pytest's "error"): the user's
    # code runs under Python's defaults, and what it warns is printed with its output
    warnings.resetwarnings()
    # before the user's folder joins sys.path, so that a numpy.py there cannot shadow NumPy
    importlib.import_module("numpy")

    def send(answer: object) -> None:
        conn.send((answer, captured.getvalue()))
        captured.seek(0)
        captured.truncate()

    try:
        try:
            module = _load(path)
        except BaseException as error:  # noqa: BLE001 - anything the user's file does
            send(("raised", _failure(error, path, display)))
            return
        func = getattr(module, function, None)
        if func is None or not callable(func):
            name = Path(display).name
            message = (f"{name} defines no '{function}'" if func is None
                       else f"'{function}' in {name} is {_a(type(func).__name__)} value, not a function")
            send(("missing", (message, _callables(module))))
            return
        send(("ok", _signature(func)))
        while True:
            try:
                request = conn.recv()
            except (EOFError, OSError):
                break
            _kind, positional, keywords = request
            send(_call(func, positional, keywords, path, display))
    finally:
        conn.close()
        os._exit(0)


def _load(path: str) -> ModuleType:  # pragma: no cover - runs in the child
    import importlib.util

    folder = str(Path(path).resolve().parent)
    if folder not in sys.path:
        sys.path.insert(0, folder)  # so the file can import its neighbours
    name = "_logderiv_user_" + Path(path).stem.replace("-", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:  # not a file Python imports (its suffix): reported as what it raised
        raise ImportError(f"Python cannot import {Path(path).name}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)  # the user's code: their file, imported, not __main__
    return module


def _callables(module: ModuleType) -> list[str]:  # pragma: no cover - runs in the child
    return sorted(
        name
        for name, value in vars(module).items()
        if callable(value) and not name.startswith("_") and getattr(value, "__module__", None) == module.__name__
    )


def _signature(func: Callable[..., Any]) -> Signature:  # pragma: no cover - runs in the child
    import inspect

    try:
        signature = inspect.signature(func)
    except (TypeError, ValueError):
        return Signature(getattr(func, "__name__", "function"), (), f"{getattr(func, '__name__', 'function')}(...)")
    parameters = tuple(
        Parameter(p.name, p.kind.name, p.default is not inspect.Parameter.empty) for p in signature.parameters.values()
    )
    name = getattr(func, "__name__", "function")
    return Signature(name, parameters, f"{name}{signature}")


def _call(  # pragma: no cover - in the child
    func: Callable[..., Any], positional: list[Any], keywords: dict[str, Any], path: str, display: str
) -> Outcome:
    import numpy as np

    # copies of the array arguments: a function that writes into one (theta[0] = 0, an Octave habit
    # where arguments are copies) returns the right value yet corrupts its caller's parameters
    given: list[tuple[int | str, Any]] = [*enumerate(positional), *keywords.items()]
    before = {key: value.copy() for key, value in given if isinstance(value, np.ndarray)}
    try:
        result = func(*positional, **keywords)
    except BaseException as error:  # noqa: BLE001 - anything the user's function does
        return Outcome("raised", failure=_failure(error, path, display))
    arguments: dict[int | str, Any] = {**dict(enumerate(positional))}
    arguments.update(keywords)
    mutated = tuple(key for key, copy in before.items()
                    if copy.shape != np.shape(arguments[key]) or not np.array_equal(copy, arguments[key], equal_nan=True))
    returned = type(result).__name__
    if result is None:
        return Outcome("not-numeric", returned=returned, note=f"returned {_describe(result)}")
    kind: Literal["array", "pair"] = "array"
    if isinstance(result, tuple) and len(result) == 2 and np.ndim(result[0]) == 0 and np.ndim(result[1]) >= 1:
        kind, result = "pair", result[1]  # (cost, gradient), as Coursera's costFunction returns
    try:
        with np.errstate(all="ignore"):
            raw = np.asarray(result)
            if np.iscomplexobj(raw):
                return Outcome("not-numeric", returned=returned, note=f"returned complex numbers: {_describe(result)}")
            value = np.array(raw, dtype=float)
    except (TypeError, ValueError) as error:
        return Outcome("not-numeric", returned=returned, note=f"returned {_describe(result)}: {error}")
    if value.dtype == object:  # pragma: no cover - dtype=float never gives object
        return Outcome("not-numeric", returned=returned, note=f"returned {_describe(result)}")
    return Outcome(kind, value=value, returned=returned, mutated=mutated)


def _describe(value: object) -> str:  # pragma: no cover - runs in the child
    if value is None:
        return "None (is a `return` missing?)"
    text = repr(value)
    return f"{_a(type(value).__name__)} {text[:60]}{'…' if len(text) > 60 else ''}"


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _failure(error: BaseException, path: str, display: str) -> Failure:  # pragma: no cover - runs in the child
    user_file = os.path.realpath(path)
    frames = []
    for summary in traceback.extract_tb(error.__traceback__):
        if _is_users(summary.filename, user_file):
            shown = display if os.path.realpath(summary.filename) == user_file else summary.filename
            frames.append(Frame(shown, summary.lineno or 0, summary.name, (summary.line or "").strip()))
    column = None
    if isinstance(error, SyntaxError) and error.filename:
        text = (error.text or "").rstrip("\n")
        stripped = text.lstrip()
        column = (error.offset or 1) - (len(text) - len(stripped))
        shown = display if os.path.realpath(error.filename) == user_file else error.filename
        frames.append(Frame(shown, error.lineno or 0, "<module>", stripped))
        message = error.msg
    else:
        try:
            message = str(error).strip()
        except Exception:  # noqa: BLE001 - a user's exception class with a broken __str__
            message = "(the message cannot be shown)"
    if isinstance(error, SystemExit):
        message = f"the code called sys.exit({error.code!r})"
    return Failure(type(error).__name__, message, tuple(frames), column)


_LIBRARY = tuple(
    os.path.realpath(p)
    for p in {sys.prefix, sys.base_prefix, sys.exec_prefix, str(Path(__file__).resolve().parent.parent)}
)


def _is_users(filename: str, user_file: str) -> bool:  # pragma: no cover - runs in the child
    if filename.startswith("<"):
        return False
    real = os.path.realpath(filename)
    if real == user_file:
        return True
    return not real.startswith(_LIBRARY) and "site-packages" not in real
