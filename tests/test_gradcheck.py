"""`logderiv gradcheck`: a gallery of gradient implementations, each with its verdict and diagnosis.

The gallery (tests/gradcheck_gallery/) holds small files as students write
them: right in several styles, and wrong in the usual ways. Each is run
through the CLI (exit code, stdout vs stderr) and the API (the diagnosis
kinds). The reference gradient itself is checked against central finite
differences of the cost written here in plain NumPy, independent of the engine.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

import logderiv
from logderiv.cli import main
from logderiv.codecheck import gradcheck, parse_shape, parse_target
from logderiv.codecheck.diagnosis import band, errors, explain
from logderiv.codecheck.reference import Data, derive_reference, make_data, reference
from logderiv.codecheck.roles import parse_roles, plan_call
from logderiv.codecheck.worker import Parameter, Signature
from logderiv.errors import InputError

GALLERY = Path(__file__).resolve().parent / "gradcheck_gallery"
_CLEAN_ENV = {"FORCE_COLOR": None, "TTY_COMPATIBLE": None, "TTY_INTERACTIVE": None, "NO_COLOR": None}


@dataclasses.dataclass(frozen=True)
class Case:
    """One gallery file: how to call it, and what gradcheck must say."""

    file: str
    exit_code: int
    #: diagnosis kinds that must be among the report's
    kinds: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    function: str = "gradient"
    #: text that must appear in stdout
    says: tuple[str, ...] = ()


CASES = [
    # right, in several styles
    Case("correct_vectorised.py", 0, says=("✓ the gradient is right",)),
    Case("correct_loop.py", 0, says=("returns a list",)),
    Case("correct_column.py", 0, says=("returns a column (4, 1) for θ (4,)",)),
    Case("correct_other_order.py", 0, function="compute_grad", says=("θ → w",)),
    Case("correct_positional.py", 0, options=("--args", "X,y,theta"), function="grad", says=("θ → c",)),
    Case("correct_cost_and_grad.py", 0, function="cost_function", says=("returns (cost, gradient)",)),
    Case("correct_l2.py", 0, says=("logistic-l2", "the intercept theta[0] is regularised")),
    Case("correct_l2_no_intercept.py", 0, options=("--no-reg-intercept",), says=("the intercept theta[0] is not regularised", "θ₁ in derive")),
    Case("correct_linear.py", 0, options=("--cost", "linear")),
    Case("correct_other_order.py", 0, options=("--cost", "1/m * sum(softplus(w^T x) - y w^T x)"),
         function="compute_grad"),
    Case("correct_vectorised.py", 0, options=("--cost", "-1/m * sum(y log(h) + (1 - y) log(1 - h))"),
         says=("reading h = σ(θᵀx), logistic regression's prediction",)),
    Case("float32.py", 0, says=("pass (suspicious)", "agrees only to")),
    Case("prints.py", 0, says=("printed by your code", "| loading my gradient")),
    # wrong values
    Case("sign_flip.py", 1, ("sign",), says=("sign flipped", "c = ⟨a, g⟩/⟨g, g⟩ = -1")),
    Case("missing_1_over_m.py", 1, ("missing-1/m",), says=("m = 7 times too large",)),
    Case("extra_1_over_m.py", 1, ("extra-1/m",)),
    Case("wrong_lambda_scaling.py", 1, ("lambda-scale",), says=("λθ instead of (λ/m)θ",)),
    Case("regularised_intercept.py", 1, ("intercept-regularised",), options=("--no-reg-intercept",),
         says=("the intercept theta[0] is regularised",)),
    Case("correct_l2_no_intercept.py", 1, ("intercept-not-regularised",),
         says=("the intercept theta[0] is not regularised", "--no-reg-intercept")),
    # a linear-regression gradient checked against the logistic cost: it says which cost it fits
    Case("correct_linear.py", 1, ("unexplained", "other-cost"), says=("--cost linear",)),
    Case("no_return.py", 1, ("not-numeric",), says=("None (is a `return` missing?)",)),
    # shapes
    Case("y_broadcast.py", 0, says=("broadcasting bug", "(4, 7)")),
    Case("y_broadcast.py", 1, ("broadcast",), options=("--strict",), says=("✗ right on θ (4,), y (7,), but not",)),
    Case("y_broadcast.py", 1, ("broadcast",), options=("--y-shape", "m,1"), says=("broadcasts to (7, 7)",)),
    # the user's code raises: shown as their file and line
    Case("x_not_transposed.py", 3, ("exception",), says=("x_not_transposed.py:8: ValueError", "X.T is due")),
    Case("math_exp.py", 3, ("exception",), says=("math_exp.py:9: TypeError", "use np.exp")),
    Case("numpy_not_np.py", 3, ("exception",), says=("numpy_not_np.py:7: NameError", "import numpy as np")),
    Case("endless_loop.py", 3, ("timeout",), options=("--timeout", "1"), says=("did not return within 1 s",)),
]


def _id(case: Case) -> str:
    return f"{case.file[:-3]}{''.join(case.options)}"


def _run(*args: str):
    return CliRunner(env=_CLEAN_ENV).invoke(main, ["gradcheck", *args], catch_exceptions=True)


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_gallery_cli(case):
    """Each gallery file gets its exit code, a report on stdout (nothing on stderr) and its explanation."""
    result = _run(f"{GALLERY / case.file}:{case.function}", *case.options)
    assert result.exit_code == case.exit_code, result.stdout + result.stderr
    assert result.stderr == ""
    assert "Traceback" not in result.stdout
    for text in case.says:
        assert text in result.stdout, text
    # one way of counting: the user's arrays are 0-based (theta[0]); logderiv's θ₁..θₙ are 1-based,
    # so a θ₀ would be neither
    assert "θ₀" not in result.stdout


def _api_options(options: tuple[str, ...]) -> dict:
    names = {"--args": "args", "--cost": "cost", "--y-shape": "y_shape", "--timeout": "timeout"}
    kwargs: dict = {}
    items = list(options)
    while items:
        option = items.pop(0)
        if option == "--strict":
            kwargs["strict"] = True
        elif option == "--no-reg-intercept":
            kwargs["reg_intercept"] = False
        else:
            value = items.pop(0)
            kwargs[names[option]] = float(value) if option == "--timeout" else value
    return kwargs


@pytest.mark.parametrize("case", [case for case in CASES if case.kinds], ids=_id)
def test_gallery_diagnosis(case):
    """Each buggy gallery file is diagnosed as what it is, through the Python API."""
    report = gradcheck(GALLERY / case.file, case.function, **_api_options(case.options))
    assert report.exit_code == case.exit_code
    kinds = {diagnosis.kind for diagnosis in report.diagnoses}
    assert set(case.kinds) <= kinds, report.diagnoses


def test_gallery_has_a_dozen_implementations():
    """At least 12 implementations, right and wrong, are in the gallery and in the table above."""
    files = {path.name for path in GALLERY.glob("*.py")}
    assert len(files) >= 12
    assert {case.file for case in CASES} <= files | {"syntax_error.py", "raises_on_import.py"}


def test_api_is_public_and_returns_a_frozen_report():
    """`logderiv.gradcheck` is in __all__ and returns a frozen record with the metrics per shape."""
    assert "gradcheck" in logderiv.__all__
    report = logderiv.gradcheck(GALLERY / "correct_vectorised.py", "gradient")
    assert report.passed and report.exit_code == 0
    assert report.scale == pytest.approx(1.0)
    assert [result.verdict for result in report.shapes] == [True, False, False, False]
    assert report.verdict_result.max_relative_error <= 1e-12
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.verdict = "wrong"


def test_verdict_shapes_come_first_and_all_four_are_tried():
    """The verdict is on the declared shapes; the three other combinations are probes."""
    report = gradcheck(GALLERY / "correct_column.py", "gradient", theta_shape="n,1", y_shape="m,1")
    shapes = [(result.shapes.theta, result.shapes.y) for result in report.shapes]
    assert shapes[0] == ((4, 1), (7, 1))
    assert sorted(shapes) == sorted([((4,), (7,)), ((4,), (7, 1)), ((4, 1), (7,)), ((4, 1), (7, 1))])
    assert all(result.ok for result in report.shapes)
    assert report.notes  # the flat-θ probes get a column back: noted, not failed


# --- the user's code fails before it can be called: exit 3 on stderr --------------------


@pytest.mark.parametrize(
    ("file", "says"),
    [
        ("syntax_error.py", ("SyntaxError: unmatched ')'", "syntax_error.py:7", "^")),
        ("raises_on_import.py", ("FileNotFoundError", "raises_on_import.py:5", 'np.loadtxt("ex2data1.txt")')),
    ],
)
def test_a_file_that_does_not_import_exits_3_with_its_line(file, says):
    """An import that raises is reported as the user's file, line and message, never a traceback."""
    result = _run(f"{GALLERY / file}:gradient")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    for text in says:
        assert text in result.stderr, text


def test_a_file_python_cannot_import_is_named_not_a_logderiv_error(tmp_path):
    """A gradient written in a file Python does not import (a .txt): the file named, exit 3.

    importlib finds no loader for the suffix; logderiv reported that as the user's code raising
    "AttributeError: 'NoneType' object has no attribute 'loader'" (found by typing the worker).
    """
    text = tmp_path / "gradient.txt"
    text.write_text("def gradient(theta, X, y):\n    return theta\n", encoding="utf-8")
    result = _run(f"{text}:gradient")
    assert result.exit_code == 3
    assert "Python cannot import gradient.txt" in result.stderr
    assert "NoneType" not in result.stderr and "Traceback" not in result.stderr


def test_a_loop_ends_at_the_time_limit():
    """A function that never returns is stopped after --timeout; the other shapes are not tried.

    No bound on the elapsed time (timed asserts flake under CI load): the statuses say the limit ended the loop,
    and a call the limit did not end would never return to be asserted on.
    """
    report = gradcheck(GALLERY / "endless_loop.py", "gradient", timeout=1.0)
    assert report.exit_code == 3
    assert [result.status for result in report.shapes] == ["timeout", "skipped", "skipped", "skipped"]


# --- usage errors: exit 2 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("nofile.py:gradient",), "no such file"),
        ((f"{GALLERY / 'correct_vectorised.py'}",), "expected FILE.py:FUNCTION"),
        ((f"{GALLERY / 'correct_vectorised.py'}:gradeint",), "defines no 'gradeint'"),
        ((f"{GALLERY / 'correct_vectorised.py'}:sigmoid",), "the parameter z of sigmoid(z)"),
        ((f"{GALLERY / 'correct_other_order.py'}:compute_grad", "--args", "X,y"), "no role to the parameter w"),
        ((f"{GALLERY / 'correct_positional.py'}:grad",), "cannot tell which role the parameters a, b, c"),
        ((f"{GALLERY / 'correct_positional.py'}:grad", "--args", "X,y,beta,lam"), "4 roles"),
        ((f"{GALLERY / 'correct_positional.py'}:grad", "--args", "X,y,thet"), "unknown role 'thet'"),
        ((f"{GALLERY / 'correct_positional.py'}:grad", "--args", "X,X,theta"), "named twice"),
        ((f"{GALLERY / 'correct_l2.py'}:gradient", "--cost", "logistic"), "the cost has no λ"),
        ((f"{GALLERY / 'correct_vectorised.py'}:gradient", "--cost", "logistic-l2"), "takes no λ"),
        ((f"{GALLERY / 'correct_vectorised.py'}:gradient", "--cost", "lgo(h)"), "unknown function"),
        ((f"{GALLERY / 'correct_vectorised.py'}:gradient", "--m", "4"), "m and n must differ"),
        ((f"{GALLERY / 'correct_vectorised.py'}:gradient", "--m", "1000", "--n", "1000"), "m and n must differ"),
        ((f"{GALLERY / 'correct_vectorised.py'}:gradient", "--m", "5000", "--n", "4000"), "at most a million"),
        ((f"{GALLERY / 'correct_vectorised.py'}:gradient", "--theta-shape", "1,n"), "Invalid value"),
        ((f"{GALLERY / 'correct_vectorised.py'}:gradient", "--timeout", "0"), "Invalid value"),
    ],
)
def test_bad_usage_exits_2_on_stderr(args, says):
    """Bad targets, roles, costs and sizes are usage errors: exit 2, a message on stderr, no report."""
    result = _run(*args)
    assert result.exit_code == 2, result.stdout + result.stderr
    assert result.stdout == ""
    assert says in result.stderr
    assert "Traceback" not in result.stderr


def test_help_says_it_runs_your_code():
    """`gradcheck --help` warns that the file is imported and run."""
    result = _run("--help")
    assert result.exit_code == 0
    assert "RUNS YOUR CODE" in result.stdout


# --- the reference gradient, against finite differences of the cost in plain NumPy ------------


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


_COSTS = {
    "logistic": lambda z, y: -np.mean(y * np.log(_sigmoid(z)) + (1 - y) * np.log(1 - _sigmoid(z))),
    "linear": lambda z, y: np.mean((z - y) ** 2) / 2,
    "poisson": lambda z, y: np.mean(np.exp(z) - y * z),
    "mse-sigmoid": lambda z, y: np.mean((_sigmoid(z) - y) ** 2) / 2,
    "softplus-logistic": lambda z, y: np.mean(np.logaddexp(0, z) - y * z),
}


@pytest.mark.parametrize("cost", ["logistic", "linear", "logistic-l2", "linear-l2", "poisson", "mse-sigmoid",
                                  "softplus-logistic"])
def test_reference_matches_finite_differences(cost):
    """The engine's gradient evaluated on arrays equals central differences of the cost, per preset."""
    derived = derive_reference(cost)
    rng = random.Random(1)
    for m, n in ((7, 4), (3, 5)):
        data = make_data(rng, m, n, derived.cost, has_lambda=derived.has_lambda)
        lam = data.lam or 0.0

        def J(theta):
            return _COSTS[cost.removesuffix("-l2")](data.X @ theta, data.y) + lam / (2 * m) * np.sum(theta**2)

        step = 1e-6
        finite = np.array([(J(data.theta + e) - J(data.theta - e)) / (2 * step) for e in np.eye(n) * step])
        assert np.allclose(reference(derived, data).full, finite, rtol=1e-6, atol=1e-8)


def test_intercept_conventions_differ_in_theta_0_only():
    """Leaving θ₀ out of the λ term changes component 0 by (λ/m)θ₀ and nothing else."""
    derived = derive_reference("linear-l2")
    data = make_data(random.Random(2), 6, 3, "linear-l2", has_lambda=True)
    ref = reference(derived, data)
    difference = ref.full - ref.no_intercept
    assert difference[0] == pytest.approx(data.lam / data.m * data.theta[0])
    assert np.all(difference[1:] == 0)


def test_reference_of_a_formula_cost():
    """--cost takes a formula too: 1/(2m) Σ (θᵀx − y)² gives the linear gradient (1/m) Xᵀ(Xθ − y)."""
    derived = derive_reference("1/(2m) * sum((theta^T x - y)^2)")
    data = Data(theta=np.array([0.5, -1.0]), X=np.array([[1.0, 2.0], [1.0, -1.0], [1.0, 0.5]]),
                y=np.array([1.0, 0.0, 2.0]), lam=None)
    expected = data.X.T @ (data.X @ data.theta - data.y) / 3
    assert np.allclose(reference(derived, data).full, expected)


# --- metrics and diagnosis --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "verdict"),
    [(0.0, "pass"), (1e-7, "pass"), (2e-7, "suspicious"), (1e-4, "suspicious"), (1e-3, "inaccurate"),
     (1e-2, "inaccurate"), (0.5, "wrong")],
)
def test_bands(error, verdict):
    """≤ 1e-7 pass, ≤ 1e-4 suspicious, ≤ 1e-2 inaccurate (a failure), beyond that wrong."""
    assert band(error) == verdict


def test_metrics():
    """Max relative error is per component over max(|a|, |g|); the norm ratio is ‖a − g‖/(‖a‖ + ‖g‖)."""
    relative, ratio = errors(np.array([1.0, -2.0]), np.array([1.0, 2.0]))
    assert relative == pytest.approx(2.0)
    assert ratio == pytest.approx(4 / (2 * np.sqrt(5)))
    assert errors(np.array([3.0, 4.0]), np.array([3.0, 4.0])) == (0.0, 0.0)


@pytest.mark.parametrize(
    ("alpha", "beta0", "beta1", "kinds", "intercept"),
    [
        (1, 1, 1, set(), "regularised"),
        (-1, -1, -1, {"sign"}, "regularised"),
        (5, 5, 5, {"missing-1/m"}, "regularised"),
        (0.2, 0.2, 0.2, {"extra-1/m"}, "regularised"),
        (1, 0, 1, {"intercept-not-regularised"}, "not regularised"),
        (1, 5, 5, {"lambda-scale"}, "regularised"),
        (1, 0.5, 0.5, {"lambda-scale"}, "regularised"),
        (1, 0, 0, {"lambda-missing"}, None),
        (5, 1, 1, {"missing-1/m"}, "regularised"),
        (2, 2, 2, {"scale"}, "regularised"),
    ],
)
def test_explain_fits_the_parts(alpha, beta0, beta1, kinds, intercept):
    """A result built from the reference's parts with known factors is diagnosed by those factors (m = 5)."""
    rng = np.random.default_rng(3)
    data_term = rng.normal(size=(3, 4))
    regularisation = rng.normal(size=(3, 4))
    r0 = np.zeros_like(regularisation)
    r0[:, 0] = regularisation[:, 0]
    actual = alpha * data_term + beta0 * r0 + beta1 * (regularisation - r0)
    found, seen = explain(actual, data_term, regularisation, m=5, intercept_regularised=True)
    assert {diagnosis.kind for diagnosis in found} == kinds
    if intercept is not None:
        assert seen == intercept


# --- arguments --------------------------------------------------------------------------------


def _signature(*names: str, defaults: tuple[str, ...] = ()) -> Signature:
    parameters = tuple(Parameter(name, "POSITIONAL_OR_KEYWORD", name in defaults) for name in names)
    return Signature("f", parameters, f"f({', '.join(names)})")


def test_roles_by_name_and_by_position():
    """Names are matched whatever their order; --args gives roles in order; a defaulted λ is not passed."""
    plan = plan_call(_signature("X", "y", "weights"), None, needs_lam=False)
    assert dict(plan.names) == {"X": "X", "y": "y", "theta": "weights"}
    plan = plan_call(_signature("theta", "X", "y", "lam", defaults=("lam",)), None, needs_lam=False)
    assert "lam" not in plan.roles
    plan = plan_call(_signature("a", "b", "c", "d"), ("X", "y", "theta", "lam"), needs_lam=True)
    assert plan.positional == ("X", "y", "theta", "lam")


def test_bad_roles_point_at_the_word():
    """An unknown role is shown with a caret under it."""
    with pytest.raises(InputError) as caught:
        parse_roles("X, y, thta")
    assert caught.value.column == 6


def test_targets_and_shapes():
    """FILE.py:FUNCTION splits at the last colon; shapes are n or n,1 (m or m,1 for y)."""
    path, function = parse_target(f"{GALLERY / 'sign_flip.py'}:gradient")
    assert path.name == "sign_flip.py" and function == "gradient"
    assert parse_shape("n,1", m=7, n=4, of="theta") == (4, 1)
    assert parse_shape("(m,)", m=7, n=4, of="y") == (7,)
    with pytest.raises(InputError):
        parse_shape("1,n", m=7, n=4, of="theta")


def test_a_wrong_reference_is_an_internal_error_not_a_verdict():
    """The reference is checked against finite differences of the cost; a wrong one raises."""
    from logderiv.codecheck.reference import verify_reference
    from logderiv.errors import VerificationError

    derived = derive_reference("logistic")
    data = make_data(random.Random(4), 7, 4, "logistic", has_lambda=False)
    right = reference(derived, data).full
    verify_reference(derived, data, right)
    with pytest.raises(VerificationError):
        verify_reference(derived, data, right * 1.001)


@pytest.mark.parametrize("cost", ["logistic", "logistic-l2", "mse-sigmoid", "poisson"])
def test_unverified_rewrites_end_where_the_verified_derivation_ends(cost):
    """engine.driver.gradient (no step checks) gives the same result as derive (every step checked)."""
    from logderiv.verify.costs import read_cost
    from logderiv.engine.driver import gradient

    assert gradient(read_cost(cost)) == logderiv.derive(cost).result


def test_spawned_worker(monkeypatch):
    """Where fork is not used (macOS, Windows), a spawned worker gives the same verdicts."""
    import multiprocessing

    from logderiv.codecheck import worker

    monkeypatch.setattr(worker, "_context", lambda: multiprocessing.get_context("spawn"))
    assert gradcheck(GALLERY / "sign_flip.py", "gradient").diagnoses[0].kind == "sign"
    assert gradcheck(GALLERY / "numpy_not_np.py", "gradient").exit_code == 3


# --- the report as text -----------------------------------------------------------------------


def test_readme_sample_is_the_real_output(monkeypatch):
    """The README's gradcheck example is what the command prints now (run from the gallery)."""
    import re

    readme = (GALLERY.parent.parent / "README.md").read_text(encoding="utf-8")
    sample = re.search(r"^\$ logderiv gradcheck (\S+)\n(.*?)^```", readme, re.DOTALL | re.MULTILINE)
    assert sample, "the README has no gradcheck sample"
    monkeypatch.chdir(GALLERY)
    result = _run(sample.group(1))
    assert result.exit_code == 1
    assert result.stdout == sample.group(2)


def test_report_snapshot():
    """A hand-made report (an exception, warnings, notes, printed output) renders as its snapshot."""
    from _snapshots import assert_snapshot

    from logderiv.records.gradcheck import Diagnosis, Failure, Frame, Report, ShapeResult, Shapes
    from logderiv.render.gradcheck import render_report

    failure = Failure("NameError", "name 'np' is not defined",
                      (Frame("grad.py", 7, "gradient", "h = 1 / (1 + np.exp(-X @ theta))"),))
    flat, column = Shapes((3,), (5,)), Shapes((3, 1), (5, 1))
    report = Report(
        path="grad.py", function="gradient", signature="gradient(w, X, y, lam)",
        roles=(("theta", "w"), ("X", "X"), ("y", "y"), ("lam", "lam")),
        cost="logistic-l2", gradient="(1/m) Σᵢ [(h(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾] + (λ/m) θⱼ", convention="no-intercept",
        m=5, n=3, draws=3, seed=0,
        shapes=(
            ShapeResult(flat, True, "raised", failure=failure),
            ShapeResult(column, False, "pass", (3, 1), "ndarray", 1e-16, 2e-17),
            ShapeResult(Shapes((3,), (5, 1)), False, "wrong-shape", (3, 5), "ndarray"),
            ShapeResult(Shapes((3, 1), (5,)), False, "suspicious", (3,), "list", 3e-6, 1e-6, "a note"),
        ),
        verdict="error",
        diagnoses=(Diagnosis("exception", "grad.py:7: NameError: name 'np' is not defined", "import numpy as np",
                             failure),),
        warnings=("with θ (3,), y (5, 1): broadcasting bug",),
        notes=("a note",),
        output="hello\n",
    )
    assert report.exit_code == 3
    assert_snapshot("gradcheck_report.txt", render_report(report))


@pytest.mark.parametrize(
    ("body", "exit_code", "says"),
    [
        ("import sys\n\ndef gradient(theta, X, y):\n    sys.exit(2)\n", 3, "SystemExit: the code called sys.exit(2)"),
        ("import os\n\ndef gradient(theta, X, y):\n    os._exit(1)\n", 3, "ended the worker process: exit status 1"),
        ("import numpy as np\n\ndef gradient(theta, X, y):\n    return theta * 1j\n", 1, "complex numbers"),
        ("def gradient(theta, X, y):\n    return [[1.0], [2.0, 3.0]]\n", 1, "returned a list"),
        ("import numpy as np\n\ndef gradient(theta, X, y):\n    return np.log(theta - 100)\n", 1, "inf or nan"),
    ],
    ids=["sys.exit", "os._exit", "complex", "ragged", "nan"],
)
def test_what_user_code_can_do_is_reported(tmp_path, body, exit_code, says):
    """Exiting, killing the worker, or returning things that are not a gradient: each reported plainly."""
    (tmp_path / "grad.py").write_text(body, encoding="utf-8")
    result = _run(f"{tmp_path / 'grad.py'}:gradient")
    assert result.exit_code == exit_code, result.stdout + result.stderr
    assert says in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_json_report():
    """-f json holds the verdict, the exit code, the metrics per shape and the diagnoses."""
    import json

    result = _run(f"{GALLERY / 'sign_flip.py'}:gradient", "-f", "json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["schema"] == "logderiv/gradcheck/1"
    assert document["verdict"] == "wrong" and document["exit_code"] == 1
    assert document["diagnoses"][0]["kind"] == "sign"
    assert document["shapes"][0]["verdict"] is True
    assert document["shapes"][0]["max_relative_error"] == pytest.approx(2.0)
