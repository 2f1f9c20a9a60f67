"""The command line: thin click commands over the library.

Each command converts its arguments, calls the library once and renders the
result. Errors are the library's (``logderiv.errors``); ``_Errors.invoke`` is
the one place that turns them into a message on stderr and an exit code:

====  ==========================================================
0     success
1     ``check``, ``steps``, ``gradcheck``: the answer, a step or the gradient is wrong
2     bad input: unreadable formula, bad option (click's usage errors too)
3     outside what logderiv handles (e.g. ``abs``); ``check``: undecided;
      ``gradcheck``: the user's code raised or hung, so it cannot be checked;
      the result could not be written (a full disk)
4     internal error: a bug in logderiv, never the user's fault
====  ==========================================================

sympy is imported only inside commands, so ``--help`` and usage errors stay fast.
"""

from __future__ import annotations

import gc
import sys
import time
from functools import partial
from typing import IO, TYPE_CHECKING, Any, Callable, Literal, Protocol, Sequence, TypeVar

import click

from . import console
from .errors import InputTooLargeError, InternalError, LogderivError, TimeLimitError
from .deadline import DEFAULT_TIMEOUT, TimeLimit, budget, stage

if TYPE_CHECKING:
    from pathlib import Path

    from click.shell_completion import CompletionItem

    from .records.derivation import Derivation
    from .grading.checkpoint import Checkpoint
    from .records.grading import Grade, Outcome, Question, Row
    from .notation import Input
    from .render.text import Form
    from .records.review import Review
    from .records.verdict import Verdict
    from .deadline import _Budget

_F = TypeVar("_F", bound=Callable[..., Any])


class _Decorator(Protocol):
    """What click.option gives: a decorator that returns the command function it was given."""

    def __call__(self, function: _F, /) -> _F: ...

__all__ = ["main"]

FORMATS = ("rich", "text", "latex", "markdown", "json", "numpy")
FORMS = ("index", "matrix", "both")
CHECK_FORMATS = ("rich", "text", "latex", "markdown", "json")
STEPS_FORMATS = ("rich", "text", "latex", "markdown", "json")
#: how a text is read (notation.INPUTS; repeated here so --help imports no parser)
INPUTS = ("auto", "latex", "plain")

_NOTATION = """\b
Notation (plain text; see docs/notation.md):
  sum(...) sum_i(...) Σ(...)   sum over examples i = 1..m
  sum_k(...)                   sum over features k = 1..n
  y, x, h inside a sum         the i-th example's: y^(i), x^(i), h(x^(i))
  theta_j  θ_j  x_j^(i)        components; theta^T x  θᵀx  dot(theta, x)
  log ln exp sqrt sigmoid σ tanh softplus relu, e^(...), 2x and y log(h)
  LaTeX too: '\\frac{1}{m}\\sum_{i=1}^{m} ...' (single quotes), or --from FILE
"""


#: where --help points: no site address is configured (mkdocs.yml has no site_url), so the repository's
#: docs/, which is also the site's source (pip install '.[docs]' && mkdocs serve)
DOCS = "docs/cli.md in logderiv's repository (the site: pip install '.[docs]' && mkdocs serve)"


def _examples(command: str, *examples: tuple[str, int, str]) -> str:
    """A command's --help epilog: its examples, each with the exit code it ends with, and where the docs are.

    Each example is (command line, exit code, what it shows); the lines run from the repository's root
    (docs/examples holds their files), and tests/test_docsite.py runs every one and checks its exit code.
    """
    lines = "".join(f"  # exit {code}: {what}\n  {line}\n" for line, code, what in examples)
    return f"\b\nExamples:\n{lines}\nDocs: {DOCS}, section 'logderiv {command}'.\n"


def _complete_preset(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Shell completion of a COST: the presets whose name starts with what is typed, in any case.

    A completion, not a Choice: a COST may also be a formula, and a misspelt preset keeps its
    "did you mean" hint. presets imports no sympy, so completing stays fast.
    """
    from click.shell_completion import CompletionItem

    from .presets import PRESETS

    typed = incomplete.lower().replace("_", "-")
    return [CompletionItem(name, help=preset.description) for name, preset in PRESETS.items()
            if name.startswith(typed)]


#: key in ``ctx.meta`` (shared by every context of one invocation): a command's --debug
_DEBUG = "logderiv.debug"

#: key in ``ctx.meta``: the command's --timeout, for an overrun caught outside its budget
_TIMEOUT = "logderiv.timeout"
#: key in ``ctx.meta``: the command's -f, so that with json an error is a JSON object on stdout too
_FORMAT = "logderiv.format"

#: a command may return an outcome that is not an error but still not success: check's verdict
_VERDICT_EXIT = {"equivalent": 0, "different": 1, "undecided": 3}


class _Errors(click.Group):
    """A group that maps every library error to a message and an exit code, once."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            outcome = super().invoke(ctx)
        except LogderivError as error:
            if ctx.meta.get(_DEBUG):
                raise
            self._fail(error, ctx)
        except click.ClickException as error:
            if ctx.meta.get(_FORMAT) == "json":  # a script asked for JSON: the usage error is data too
                _echo_json_error(LogderivError(click.unstyle(error.format_message())), kind="usage",
                                 exit_code=error.exit_code)
            raise _escaped(error)  # click reports these itself, quoting the user's text
        except TimeLimit:  # a budget's alarm landing outside its ``with`` (between two of its bytecodes): still an overrun
            self._fail(TimeLimitError(ctx.meta.get(_TIMEOUT, DEFAULT_TIMEOUT)), ctx)
        except (click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise  # click reports these itself (a closed pipe, `| head`, quietly)
        except RecursionError:
            # a chain of some thousand terms (``… + 0 + 0 + …``) is within the length bound but deeper than a walk
            # that recurses can go: the input's size, not a bug, so exit 2 with the way out (the parsers and the
            # builder say the same where they catch it themselves)
            if ctx.meta.get(_DEBUG):
                raise
            self._fail(InputTooLargeError(
                "the expression has too many terms in one chain to read",
                hint="shorten the expression, or give parts of it names with --let"), ctx)
        except Exception as error:  # a bug: say so plainly, keep the traceback for --debug
            if ctx.meta.get(_DEBUG):
                raise
            self._fail(InternalError(f"internal error: {type(error).__name__}: {error}",
                                     hint="this is a bug in logderiv; run again with --debug and report it"), ctx)
        verdict = getattr(outcome, "verdict", None)
        if verdict in _VERDICT_EXIT:  # a Verdict: ``check`` printed it; its exit status says which
            ctx.exit(_VERDICT_EXIT[verdict])
        return outcome

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.ClickException as error:
            raise _escaped(error)  # an unknown command or option, quoted by click

    @staticmethod
    def _fail(error: LogderivError, ctx: click.Context) -> None:
        from .render.errors import render_error

        if ctx.meta.get(_FORMAT) == "json":
            _echo_json_error(error)
        console.stderr().print(render_error(error), end="", markup=False, highlight=False)
        sys.exit(error.exit_code)


def _echo_json_error(error: LogderivError, *, kind: str | None = None, exit_code: int | None = None) -> None:
    """The error as a ``logderiv/error/1`` object on stdout, where a script reading -f json looks for the result.

    The message for people still goes to stderr. A stdout that cannot be written (a full disk) loses only
    this copy: the exit code and the stderr message still say what happened.
    """
    from .render.errors import render_error_json

    try:
        console.echo(render_error_json(error, kind=kind, exit_code=exit_code), json=True)
    except LogderivError:
        pass


def _remember_format(ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """Keep -f where the one error mapping finds it (an eager option, so it is known before any other fails)."""
    ctx.meta[_FORMAT] = value
    return value


def _escaped(error: click.ClickException) -> click.ClickException:
    """Click's error, the user's text it quotes (a file name, an option's value) escaped as logderiv's own are."""
    from .render.escapes import escape

    # click 8.5 types these attributes Final (set once by its own __init__); the error is click's to show, and
    # rebuilding it would lose its context (the usage line, the option's name), so its text is escaped in place
    setattr(error, "message", escape(error.message))
    if isinstance(error, click.FileError):
        setattr(error, "ui_filename", escape(error.ui_filename))
    return error


@click.group(cls=_Errors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="logderiv")
def main() -> None:
    """Derive gradients of machine-learning costs step by step, and prove each step.

    \b
    logderiv derive                      the logistic-regression gradient
    logderiv derive linear               a built-in cost (see: logderiv presets)
    logderiv derive "1/(2m) * sum((theta^T x - y)^2)"
    logderiv derive -f latex --standalone > gradient.tex
    logderiv check "sum((h - y) x_j)/m"  is this answer right? if not, why not
    logderiv steps derivation.txt        check a written derivation line by line
    logderiv gradcheck grad.py:gradient  check a NumPy gradient (runs your code)

    \b
    Run 'logderiv COMMAND --help' for a command's options. Exit codes: 0 done
    (or right), 1 wrong (an answer, a step, a gradient), 2 bad input, 3 cannot
    tell (unsupported, out of time, your code raised), 4 a bug in logderiv.

    \b
    Docs: the docs/ folder of logderiv's repository (the site: pip install
    '.[docs]' && mkdocs serve). Shell completion: docs/completion.md.
    """


class _Derive(click.Command):
    """``derive``: a COST starting with ``-`` (``-1/m * sum(...)``) is the COST, not an option.

    click reads any argument that starts with ``-`` as an option, so the
    logistic cost as it is usually written would fail with "No such option
    '-1'". An argument that starts with a single ``-`` followed by a digit or a
    dot, or that holds a character no option name has (a space, a bracket, an
    operator, a Greek letter), is moved after ``--``. Option values (``--wrt
    -x``) and input that already uses ``--`` are left alone.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if "--" not in args:
            takes_value = {
                name
                for param in self.get_params(ctx)
                if isinstance(param, click.Option) and not param.is_flag
                for name in param.opts
            }
            for index, arg in enumerate(args):
                if index and args[index - 1] in takes_value:
                    continue
                if _looks_like_formula(arg):
                    args = [*args[:index], *args[index + 1 :], "--", arg]
                    break
        return super().parse_args(ctx, args)


def _looks_like_formula(arg: str) -> bool:
    if len(arg) < 2 or arg[0] != "-" or arg[1] == "-":
        return False
    if arg[1] in "0123456789.":
        return True
    return any(not (char.isascii() and (char.isalnum() or char in "_-")) for char in arg[1:])


# --- options several commands share, declared once ------------------------------------------


def _from_option(what: str) -> _Decorator:
    return click.option("--from", "from_file", metavar="FILE",
                        help=f"Read {what} from FILE: a .tex file, or notes (a .md file or a .ipynb notebook, "
                             f"never run) whose one display block ($$ … $$, \\[ … \\], align*) is {what}.")


def _input_option(what: str) -> _Decorator:
    return click.option("--input", "notation", type=click.Choice(INPUTS), default="auto", show_default=True,
                        help=f"How to read {what}; auto: LaTeX when there is a backslash, brace or $.")


def _let_option(help: str) -> _Decorator:
    return click.option("--let", "lets", multiple=True, metavar="NAME=EXPR", help=help)


def _wrt_option(help: str, default: str | None = "theta_j") -> _Decorator:
    return click.option("--wrt", default=default, show_default=default is not None, metavar="VAR", help=help)


def _format_option(
    choices: Sequence[str], help: str = "Output format. Default: rich on a terminal, text when piped."
) -> _Decorator:
    return click.option("-f", "--format", "output_format", type=click.Choice(choices), default=None, help=help,
                        is_eager=True, callback=_remember_format)


_no_reg_intercept_option = click.option(
    "--no-reg-intercept", "no_reg_intercept", is_flag=True,
    help="With logistic-l2 or linear-l2: leave the intercept θ₁ (feature 1, a column of ones) out of the L2 penalty.",
)

def _timeout_option(help: str) -> _Decorator:
    return click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT,
                        show_default=True, metavar="S", help=help)


def _standalone_option(what: str) -> _Decorator:
    return click.option("--standalone", is_flag=True,
                        help=f"With -f latex: {what} as a complete, compilable document (else a fragment).")


def _as_text(record: Verdict | Review, output_format: str, *, standalone: bool) -> str:
    """A verdict or review in a text format, by its own ``to_*`` method (the renderer is imported on the call)."""
    if output_format == "latex":
        return record.to_latex(standalone=standalone)
    render: dict[str, Callable[[], str]] = {"text": record.to_text, "markdown": record.to_markdown,
                                            "json": record.to_json}
    return render[output_format]()


_debug_option = click.option("--debug", is_flag=True, help="Show a traceback on errors (for reporting bugs).")


#: when the command started (a :func:`time.monotonic` reading; set by :func:`run`): --timeout counts from here
_started_at: float | None = None

#: set by :func:`run`, which pauses the cyclic garbage collector while a command imports
_gc_paused = False


def run() -> None:
    """The ``logderiv`` command and ``python -m logderiv``: :func:`main`, the collector paused for the imports.

    Importing sympy allocates about a million objects that live as long as the
    process; the cyclic collector would walk them again and again and free
    nothing (mypy pauses it the same way). Each command starts it again once its
    imports are done (:func:`_imported`). A program that calls :func:`main`
    itself keeps its own collector.
    """
    global _gc_paused, _started_at
    _started_at = time.monotonic()
    gc.disable()
    _gc_paused = True
    main()


def _imported() -> None:
    """Start the garbage collector again once a command's imports (sympy's) are done.

    What was imported is frozen first: it lives until the process ends, so a
    collection need not walk it. Only when :func:`run` paused the collector.
    """
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.freeze()
        gc.enable()


def _started(debug: bool, timeout: float) -> float:
    """Note the command's --debug and --timeout where the one error mapping finds them; the start of its clock."""
    meta = click.get_current_context().meta
    meta[_DEBUG] = debug
    meta[_TIMEOUT] = timeout
    return time.monotonic() if _started_at is None else _started_at


#: how far past --timeout a command may run: the library call holds --timeout itself (from its own start), and
#: printing a result found in time gets the rest, so that it is shown rather than lost at the limit
_GRACE = 0.5


def _budget(timeout: float, start: float) -> _Budget:
    """The command's budget, a backstop ``_GRACE`` past --timeout counted from ``start`` (see :data:`_GRACE`)."""
    return budget(timeout, since=start, grace=_GRACE)


def _chosen_format(output_format: str | None) -> str:
    """The format asked for, else rich on a terminal and text when piped."""
    if output_format is None:
        return "rich" if console.is_terminal() else "text"
    return output_format


@main.command(cls=_Derive, epilog=_NOTATION + "\n" + _examples(
    "derive",
    ("logderiv derive linear-l2 --form both", 0, "a preset, index and matrix form"),
    ("logderiv derive \"-1/m * sum(y log(h) + (1 - y) log(1 - h))\" -f latex", 0, "a formula, as LaTeX"),
))
@click.argument("cost", required=False, metavar="[COST]", shell_complete=_complete_preset)
@_from_option("COST")
@_input_option("COST, --let and --wrt")
@_let_option("Define a name used in COST, e.g. --let 'h = sigmoid(theta^T x)'. Repeatable.")
@_wrt_option("Differentiate with respect to VAR: theta_j, w_j, b, z, ...")
@_format_option(FORMATS)
@click.option("--view", type=click.Choice(["chain", "factors"]), default="chain", show_default=True,
              help="chain: the equality chain. factors: one example's loss through its computational graph.")
@click.option("--form", type=click.Choice(FORMS), default=None,
              help="index: the per-component chain ∂J/∂θⱼ. matrix: continue it to ∇J = (1/m) Xᵀ(…). "
                   "both: the two. Default: both with -f rich, index otherwise.")
@_no_reg_intercept_option
@click.option("--explain", is_flag=True, help="Also state each rule in general form.")
@click.option("--standalone", is_flag=True, help="With -f latex: a complete, compilable document.")
@_timeout_option("Give up after S seconds (reading, deriving, verifying and printing) with exit 3.")
@_debug_option
def derive(cost: str | None, from_file: str | None, notation: Input, lets: tuple[str, ...], wrt: str,
           output_format: str | None, view: Literal["chain", "factors"], form: Form | None, no_reg_intercept: bool,
           explain: bool, standalone: bool, timeout: float, debug: bool) -> None:
    """Differentiate COST step by step, verifying every step.

    COST is a formula (plain notation or LaTeX), the name of a preset
    (default: logistic), or - to read it from standard input. Each step
    names its rule; each equality is checked symbolically or at random points
    before it is shown; the result is checked against sympy.diff and finite
    differences and compared with the canonical form (1/m) Σ (h − y) xⱼ.
    """
    from ._api import derive as derive_cost

    from .errors import InputError
    from .sources import read_located

    _imported()
    start = _started(debug, timeout)
    cost, place = read_located(cost, from_file=from_file)
    output_format = _chosen_format(output_format)
    if form is None:
        form = "both" if output_format == "rich" else "index"
    matrix = form != "index" or output_format == "numpy"
    with _budget(timeout, start):
        try:
            derivation = derive_cost(
                cost, wrt=wrt, let=lets, factors=view == "factors", matrix=matrix,
                regularise_intercept=not no_reg_intercept, input=notation, timeout=timeout,
            )
        except InputError as error:
            raise error if place is None else place.locate(error)  # the caret at the file's line, not the block's
        stage("printing the derivation")
        _emit(derivation, output_format, view=view, form=form, explain=explain, standalone=standalone)


@main.command(cls=_Derive, epilog=_examples(
    "check",
    ("logderiv check \"1/m * sum((h - y) x_j)\"", 0, "equivalent"),
    ("logderiv check \"1/m * sum((theta^T x - y))\" --cost linear", 1, "x_j is missing"),
))
@click.argument("answer", required=False, metavar="[ANSWER]")
@click.option("--cost", default=None, metavar="COST", shell_complete=_complete_preset,
              help="The cost whose gradient ANSWER should be: a preset name or a formula. Default: logistic.")
@_from_option("ANSWER")
@_input_option("ANSWER, COST, --let and --wrt")
@_let_option("Define a name: in COST when it is a formula, else in ANSWER. Repeatable.")
@_wrt_option("The variable the gradient is taken with respect to.")
@click.option("--objective", type=click.Choice(["cost", "log-likelihood"]), default="cost", show_default=True,
              help="What ANSWER is the gradient of: the cost J (gradient descent), or the log-likelihood "
                   "ℓ = −m·J, −J for a cost with no 1/m, the cost itself when it is a log-likelihood "
                   "(gradient ascent).")
@click.option("--layout", type=click.Choice(["rows", "columns"]), default=None,
              help="How a matrix ANSWER lays out the examples: rows (X m×n) or columns (X n×m, Y and A 1×m rows, "
                   "DeepLearning.AI's). Default: the cost's, else rows, or columns when only they make sense.")
@_format_option(CHECK_FORMATS)
@_standalone_option("the verdict")
@_no_reg_intercept_option
@_timeout_option("Give up after S seconds (reading, deriving, judging and printing) "
                 "with the verdict undecided (exit 3).")
@_debug_option
def check(answer: str | None, cost: str | None, from_file: str | None, notation: Input, lets: tuple[str, ...], wrt: str,
          objective: str, layout: str | None, output_format: str | None, standalone: bool, no_reg_intercept: bool,
          timeout: float, debug: bool) -> Verdict:
    """Check ANSWER against the true derivative of COST.

    ANSWER is a formula in plain notation or LaTeX, optionally with a left
    side naming the derivative (dJ/dtheta_j = ...), or - to read it from
    standard input.

    \b
    exit 0  equivalent: symbolic (proved), or numeric (strong evidence)
    exit 1  different: with a counterexample and a diagnosis
    exit 2  bad input
    exit 3  undecided: the time limit, or outside what logderiv handles
    """
    from ._api import check as check_answer
    from .errors import InputError
    import dataclasses

    from .sources import read_located

    _imported()
    start = _started(debug, timeout)
    answer, place = read_located(answer, from_file=from_file, label="ANSWER")
    if answer is None:
        raise InputError("there is no answer to check", hint="give ANSWER, - to read it from stdin, or --from FILE",
                         label="ANSWER")
    output_format = _chosen_format(output_format)
    from .notation.scalars import slope_count_letter
    from .notation.printed import count_named
    from .render.verdict import render_verdict_rich  # noqa: F401  (imported before the clock starts)

    with _budget(timeout, start):
        try:
            verdict = check_answer(answer, cost=cost, wrt=wrt, let=lets, timeout=timeout, input=notation,
                                   regularise_intercept=not no_reg_intercept, objective=objective, layout=layout)
        except InputError as error:
            raise error if place is None else place.locate(error)  # the caret at the file's line, not the block's
        if place is not None:  # a TA must see which block of the notes was judged
            verdict = dataclasses.replace(verdict, notes=(*verdict.notes, place.note))
        stage("printing the verdict")
        _print_verdict(verdict, output_format, standalone=standalone)
    return verdict


def _print_verdict(verdict: Verdict, output_format: str, *, standalone: bool = False) -> None:
    from .notation.scalars import slope_count_letter
    from .notation.printed import count_named

    with count_named(slope_count_letter(verdict.problem.notes)):  # ŷ = m x + b: the count printed n, the slope m
        if output_format == "rich":
            from .render.verdict import render_verdict_rich

            console.show(render_verdict_rich(verdict))
        else:
            console.echo(_as_text(verdict, output_format, standalone=standalone), json=output_format == "json")


#: where Gradescope's autograder container holds the student's files and reads the results
#: (logderiv.grading.gradescope's SUBMISSION and RESULTS, repeated so that --help imports nothing)
_GRADESCOPE_IN = "/autograder/submission"
_GRADESCOPE_OUT = "/autograder/results/results.json"


@main.command(short_help="Grade a class's answers (CSV, JSONL, a folder of derivations) against a question file.",
              epilog=_examples(
    "grade",
    ("logderiv grade --init", 0, "write question.toml, commented"),
    ("logderiv grade docs/examples/answers.csv --question docs/examples/question.toml", 0, "every row graded"),
    ("logderiv grade docs/examples/derivations --question docs/examples/question.toml", 0,
     "a derivation per file, step by step"),
))
@click.argument("submissions", required=False, type=click.Path(), metavar="SUBMISSIONS")
@click.option("--question", "question_files", type=click.Path(dir_okay=False), metavar="QUESTION.toml",
              multiple=True, help="The question: cost, let, wrt, points (and step_points for derivations), partial "
                                  "credit and feedback per diagnosis kind. Repeatable: one per --answer column, "
                                  "in the same order; with -f gradescope, one test per question.")
@click.option("--out", "out_file", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write the graded rows to FILE (a temporary file renamed when done). Default: stdout.")
@click.option("-f", "--format", "output_format", type=click.Choice(["csv", "jsonl", "gradescope"]), default=None,
              help="csv: the input's columns, then verdict, score, … ; jsonl: one object per row with the full "
                   "verdict JSON; gradescope: Gradescope's results.json for one student's submission folder. "
                   "Default: jsonl when FILE ends in .jsonl, else csv.")
@click.option("--gradescope", "gradescope", is_flag=True,
              help=f"Run as Gradescope's autograder: -f gradescope, SUBMISSIONS defaults to {_GRADESCOPE_IN}, "
                   f"--out to {_GRADESCOPE_OUT}.")
@click.option("--report", "report_file", type=click.Path(dir_okay=False, writable=True), metavar="FILE.md|.html",
              help="Also write a class report: verdicts, the score histogram, the most common mistakes with an "
                   "example each, the rows to follow up.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes judging answers. Default: the number of cores.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT, show_default=True,
              metavar="S", help="Seconds each answer may take; past them its worker is stopped and the answer is "
                                "undecided.")
@click.option("--id", "id_column", default=None, metavar="COL", help="The column of the students' ids. "
                                                                      "Default: the first. Not with a folder.")
@click.option("--answer", "answer_columns", multiple=True, metavar="COL",
              help="The column of the answers. Default: the one named like answer or response. Not with a folder. "
                   "Repeatable, for a wide export with one column per question: --answer q1 --question q1.toml "
                   "--answer q2 --question q2.toml (paired in order).")
@click.option("--resume", "resume", is_flag=True,
              help="Continue an interrupted run (Ctrl-C, a kill, a power cut) from FILE.checkpoint, which every run "
                   "with --out keeps until it is done: graded rows are not graded again; the output is the same as "
                   "an uninterrupted run's.")
@click.option("--init", "init", is_flag=True,
              help="Write a commented example question file (to --question FILE, else question.toml) and exit.")
@_debug_option
def grade(submissions: str | None, question_files: tuple[str, ...], out_file: str | None, output_format: str | None,
          gradescope: bool, report_file: str | None, jobs: int | None, timeout: float, id_column: str | None,
          answer_columns: tuple[str, ...], resume: bool, init: bool, debug: bool) -> None:
    """Grade every answer in SUBMISSIONS (CSV, JSONL or a folder) against QUESTION.toml.

    \b
    Each row appears once in the output, in the input's order: its verdict
    (equivalent, different, undecided, unreadable), score, max_score, method,
    diagnosis, feedback, notes, first_error_line and error. Identical answers
    are judged once.

    \b
    A folder holds one file per student (.txt, .tex, .md, .ipynb; in sorted
    path order, the id the path without its suffix; other and hidden files
    are named on stderr). A written derivation is checked as steps checks
    it: points for a last line that is the gradient, plus step_points for
    each step that holds, out of points + step_points x steps;
    first_error_line is its first wrong step's line. A file of one formula
    is graded as an answer. Nothing in a file is run.

    \b
    A wide export, one answer column per question: --answer q1 --question
    q1.toml --answer q2 --question q2.toml. Each row once, its columns
    then q1_verdict, q1_score, ... q2_verdict, ... total_score,
    total_max_score (JSONL: a list of the row's questions).

    \b
    A summary table goes to stderr, and a progress bar while grading when
    stderr is a terminal. Exit 0 when every row was graded, whatever the
    verdicts; 2 for a bad question file, SUBMISSIONS or option.
    Also: --out graded.csv --report report.md; --resume after a Ctrl-C or a
    crash; --gradescope --question q1.toml --question q2.toml in Gradescope's
    autograder.
    """
    from .errors import InputError

    _imported()
    click.get_current_context().meta[_DEBUG] = debug
    if init:
        if len(question_files) > 1:
            raise InputError("--init writes one question file", label="--question",
                             hint="give one --question FILE, or none for question.toml")
        _write_example_question(question_files[0] if question_files else "question.toml")
        return
    if gradescope:
        if output_format not in (None, "gradescope"):
            raise InputError(f"--gradescope writes Gradescope's results.json, not {output_format}",
                             label=f"-f {output_format}", hint="leave out -f, or --gradescope")
        output_format = "gradescope"
        submissions = submissions or _GRADESCOPE_IN
        out_file = out_file or _GRADESCOPE_OUT
    if submissions is None or not question_files:
        raise InputError("grade needs SUBMISSIONS and --question QUESTION.toml",
                         hint="logderiv grade answers.csv --question question.toml; "
                              "logderiv grade --init writes an example question file")
    _grade_file(submissions, question_files, out_file, output_format, jobs, timeout, id_column, answer_columns,
                report_file, resume)


def _write_example_question(path: str) -> None:
    from pathlib import Path

    from .errors import InputError
    from .grading import EXAMPLE

    try:
        with Path(path).open("x", encoding="utf-8") as file:
            file.write(EXAMPLE)
    except FileExistsError:
        raise InputError(f"{path} exists: it is left as it is", label="--init",
                         hint="give --question NEW.toml to write the example elsewhere") from None
    except OSError as error:
        from .errors import OutputError

        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    console.stderr().print(f"wrote {path}: edit it, then: logderiv grade SUBMISSIONS --question {path}",
                           markup=False, highlight=False)


def _grade_file(submissions: str, question_files: Sequence[str], out_file: str | None, output_format: str | None,
                jobs: int | None, timeout: float, id_column: str | None, answer_columns: Sequence[str] | None,
                report_file: str | None, resume: bool = False) -> None:
    import os

    from .grading import by_row, read_folder, read_question, read_submissions
    from .grading.pool import start_early
    from .grading.submissions import read_columns
    from .render.grades import (csv_header, csv_line, gradescope_results, jsonl_line, summary_table, wide_csv_header,
                                wide_csv_line, wide_jsonl_line)

    started = time.monotonic()
    answer_columns = tuple(answer_columns or ())
    if output_format is None:
        output_format = "jsonl" if (out_file or "").lower().endswith(".jsonl") else "csv"
    _check_grade_options(submissions, question_files, output_format, report_file, out_file, resume, id_column,
                         answer_columns)
    start_early()  # the workers' imports run while the question is read and derived here
    questions = [read_question(path) for path in question_files]  # derives each gradient: a bad cost stops here
    if jobs is None:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    checkpoint = None
    wide = output_format != "gradescope" and len(questions) > 1
    if output_format == "gradescope":
        from .grading.gradescope import grade_submission

        tested = grade_submission(submissions, questions, jobs=jobs, timeout=timeout)
        grades = [grade for _, grade in tested]
        text = gradescope_results(tested)
    else:
        if os.path.isdir(submissions):
            reads = [read_folder(submissions)]
            _say_skipped(reads[0].skipped)
        elif wide:
            reads = read_columns(submissions, answer_columns, id_column=id_column)
        else:
            reads = [read_submissions(submissions, id_column=id_column,
                                      answer_column=answer_columns[0] if answer_columns else None)]
        read = reads[0]
        # a one-question run's fingerprint is as it always was, so its checkpoints still resume
        answer_option = list(answer_columns) if wide else (answer_columns[0] if answer_columns else None)
        options = {"format": output_format, "timeout": timeout, "id": id_column, "answer": answer_option}
        labels = answer_columns if wide else (questions[0].title or question_files[0],)
        columns, checkpoint = _graded_with_checkpoint([each.rows for each in reads], questions, labels, submissions,
                                                      question_files, options, out_file, resume, wide=wide,
                                                      jobs=jobs, timeout=timeout, full=output_format == "jsonl")
        grades = [grade for column in columns for grade in column]
        bom = "\ufeff" if read.bom else ""
        if wide:
            rows = by_row(answer_columns, columns)
            text = (bom + wide_csv_header(read, answer_columns) + "".join(wide_csv_line(row, read) for row in rows)
                    if output_format == "csv" else "".join(wide_jsonl_line(row) for row in rows))
        elif output_format == "csv":
            text = bom + csv_header(read) + "".join(csv_line(grade, read) for grade in grades)
        else:
            text = "".join(jsonl_line(grade) for grade in grades)
    if out_file is None:
        console.write_data(text)
    else:
        _write_atomically(out_file, text)
        if checkpoint is not None:
            checkpoint.unlink(missing_ok=True)  # the output is in place: the checkpoint has served
    if report_file is not None:
        parts = list(zip(answer_columns, columns, questions)) if wide else [(None, grades, questions[0])]
        _write_atomically(report_file, _class_report(parts, report_file))
    seconds = time.monotonic() - started
    if wide:
        for column, question, graded_column in zip(answer_columns, questions, columns):
            console.stderr().print(summary_table(graded_column, title=f"{column}: {question.title or question.path}"))
        rows_count = len(columns[0])
        console.stderr().print(f"{rows_count} rows × {len(questions)} questions in {seconds:.1f} s "
                               f"({rows_count / seconds:.0f} rows/s)" if seconds > 0 else "",
                               markup=False, highlight=False)
        return
    title = (questions[0].title or question_files[0]) if len(questions) == 1 else f"{len(questions)} questions"
    console.stderr().print(summary_table(grades, title=title, seconds=seconds))


def _say_skipped(skipped: Sequence[str]) -> None:
    """A folder's files that are not graded, named on stderr: a submission is never left out silently."""
    if not skipped:
        return
    shown = ", ".join(skipped[:10]) + (f" and {len(skipped) - 10} more" if len(skipped) > 10 else "")
    console.stderr().print(f"note: {len(skipped)} not graded (hidden, not .txt, .tex, .md or .ipynb, or not a "
                           f"regular file): {shown}",
                           markup=False, highlight=False)


def _graded_with_checkpoint(parts: Sequence[Sequence[Row]], questions: Sequence[Question], labels: Sequence[str],
                            submissions: str, question_files: Sequence[str], options: dict[str, object],
                            out_file: str | None, resume: bool, *, wide: bool = False,
                            **judging: Any) -> tuple[list[list[Grade]], Path | None]:
    """Every row of each part graded against its question (a wide export: a part per answer column), the rows an
    interrupted run graded taken from its checkpoint: each part's grades, in order, and the checkpoint's path
    (None without ``--out``).

    With ``--out`` the run keeps ``FILE.checkpoint`` (logderiv.grading.checkpoint) until the output is in
    place; stdout has no checkpoint (nothing to resume into). Its lines run over the parts one after the
    other; a wide export's name their answer column and row (the key is row × question). Ctrl-C leaves the
    checkpoint and says how to go on: exit 3, like any run that wrote no output. A progress bar per part
    shows on stderr when it is a terminal.
    """
    from .grading import graded

    checkpoint, path, done = None, None, []
    total = sum(len(rows) for rows in parts)
    if out_file is not None:
        from .errors import OutputError
        from .grading.checkpoint import Checkpoint, checkpoint_path, fingerprint

        path = checkpoint_path(out_file)
        first = parts[0]
        keys: list[str] | None
        if wide:
            keys = [f"{label} row {row.number}" for label, rows in zip(labels, parts) for row in rows]
        else:
            keys = [row.file for row in first] if first and first[0].file else None  # a folder's rows: by their files
        try:
            checkpoint = Checkpoint(path, fingerprint([submissions, *question_files], options), resume=resume,
                                    keys=keys)
        except OSError as error:
            raise OutputError(f"cannot write the checkpoint {path}: {error.strerror or error}") from None
        if checkpoint.replaced:
            console.stderr().print(f"note: {path}, an interrupted run's checkpoint, was started over (--resume "
                                   "would have continued it)", markup=False, highlight=False)
        elif checkpoint.done:
            said = f"{total} answers ({len(parts[0])} rows × {len(parts)} questions)" if wide else f"{total} rows"
            console.stderr().print(f"resuming: {len(checkpoint.done)} of {said} were graded before",
                                   markup=False, highlight=False)
        done = checkpoint.done
    starts = [sum(len(rows) for rows in parts[:part]) for part in range(len(parts))]
    before = [done[start:start + len(rows)] for start, rows in zip(starts, parts)]
    columns: list[list[Grade]] = []
    try:
        with console.progress([(label, len(rows), len(earlier))
                               for label, rows, earlier in zip(labels, parts, before)]) as advance:
            for part, (rows, question) in enumerate(zip(parts, questions)):
                record = None if checkpoint is None else partial(_record_at, checkpoint, starts[part])
                columns.append([])
                for made in graded(rows, question, done=before[part], record=record, **judging):
                    columns[-1].append(made)
                    if len(columns[-1]) > len(before[part]):
                        advance(part)
    except KeyboardInterrupt:
        if checkpoint is None:
            raise
        checkpoint.close(finished=False)
        from .errors import OutputError

        count = sum(len(column) for column in columns)
        said = f"{count} of {total} answers" if wide else f"{count} of {total} rows"
        raise OutputError(f"interrupted after {said}: nothing was written to {out_file}",
                          hint=f"{path} keeps the graded rows: run the same command with --resume to go "
                               "on from there") from None
    except BaseException:
        if checkpoint is not None:
            checkpoint.close(finished=False)
        raise
    if checkpoint is not None:
        checkpoint.close(finished=False)  # removed only once the output is in place
    return columns, path


def _record_at(checkpoint: Checkpoint, start: int, index: int, outcome: Outcome) -> None:
    """A part's row ``index`` recorded at its place in the checkpoint, after the parts before it."""
    checkpoint.record(start + index, outcome)


def _check_grade_options(submissions: str, question_files: Sequence[str], output_format: str | None,
                         report_file: str | None, out_file: str | None = None, resume: bool = False,
                         id_column: str | None = None, answer_columns: Sequence[str] = ()) -> None:
    """Refuse a combination of options that grade cannot honour, before any question is read or answer judged."""
    from pathlib import Path

    from .errors import InputError
    from .render.report import report_format

    folder = Path(submissions).is_dir()
    if resume and (out_file is None or output_format == "gradescope"):
        raise InputError("--resume continues a run that writes --out FILE (CSV or JSONL), from FILE.checkpoint",
                         label="--resume", hint="give the same --out FILE as the interrupted run")
    if output_format == "gradescope":
        if not folder and Path(submissions).exists():
            raise InputError(f"-f gradescope grades one student's submission folder; {submissions} is a file",
                             label="SUBMISSIONS", hint=f"give the folder of the student's files ({_GRADESCOPE_IN} "
                                                       "in Gradescope's autograder)")
        if report_file is not None:
            raise InputError("--report sums up a class; Gradescope's autograder grades one student at a time",
                             label="--report", hint="grade the class's export (CSV or JSONL) with --report")
        return
    if folder and (id_column is not None or answer_columns):
        option = "--id" if id_column is not None else "--answer"
        raise InputError(f"{option} names a column of a CSV or JSONL; {submissions} is a folder, one file per student",
                         label=option, hint="leave it out: a file's id is its path in the folder without its suffix")
    if folder and len(question_files) > 1:
        raise InputError(f"{len(question_files)} --question files: a folder is graded against one question",
                         label="--question", hint="run grade once per question (several, with -f gradescope, are "
                                                  "one test each)")
    if len(question_files) > 1 or len(answer_columns) > 1:
        if len(answer_columns) != len(question_files):
            raise InputError(f"{_counted(len(answer_columns), '--answer column')} and "
                             f"{_counted(len(question_files), '--question file')}: in a wide export each answer "
                             "column is graded against its own question, paired in order",
                             label="--answer" if len(answer_columns) > len(question_files) else "--question",
                             hint="give one --question FILE per --answer COL, in the same order: --answer q1 "
                                  "--question q1.toml --answer q2 --question q2.toml")
    if report_file is not None and report_format(report_file) is None:
        raise InputError(f"--report {report_file}: the report is Markdown (.md) or HTML (.html)",
                         label="--report", hint="give --report report.md or --report report.html")


def _counted(count: int, what: str) -> str:
    return f"{count} {what}" + ("" if count == 1 else "s")


def _class_report(parts: Sequence[tuple[str | None, list[Grade], Question]], path: str) -> str:
    """The report's text; its plots drawn (matplotlib, if installed) and, for Markdown, written beside it.

    ``parts`` are ``(answer column, grades, question)``: one with no column for a one-question run, else a
    wide export's questions, each its own section (titled by its column), its plots numbered by its place.
    """
    import base64
    import dataclasses
    from pathlib import Path

    from .grading.report import summarise
    from .render.plots import PLOTS_HINT, draw
    from .render.report import Figures, report_format, report_html, report_markdown, reports_html, reports_markdown

    reports = []
    for place, (column, grades, question) in enumerate(parts, 1):
        report = summarise(grades, question)
        if column is not None:
            report = dataclasses.replace(report, title=f"{column}: {report.title}")
        drawn = draw(report)
        if drawn is None:
            figures = Figures(missing=PLOTS_HINT)
        elif report_format(path) == "html":
            # inside the page: one file to mail or upload, as the HTML report is
            figures = Figures(**{name: "data:image/png;base64," + base64.b64encode(png).decode("ascii")
                                 for name, png in drawn.items()})
        else:
            # report.md → report-scores.png, report-mistakes.png beside it, linked by name (the folder moves
            # whole); a wide export's by the question's place (report-2-scores.png): a column's name may hold a /
            beside = Path(path)
            stem = beside.stem if column is None else f"{beside.stem}-{place}"
            names = {name: f"{stem}-{name}.png" for name in drawn}
            for name, png in drawn.items():
                _write_atomically(str(beside.with_name(names[name])), png)
            figures = Figures(**names)
        reports.append((report, figures))
    if len(parts) == 1 and parts[0][0] is None:
        return (report_html if report_format(path) == "html" else report_markdown)(*reports[0])
    return (reports_html if report_format(path) == "html" else reports_markdown)(reports)


def _write_atomically(path: str, text: str | bytes) -> None:
    """``text`` (or bytes) to a temporary file beside ``path``, synced, then renamed over it: no reader sees half a file."""
    import os
    import tempfile

    from .errors import OutputError

    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = None, None
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".logderiv-grade-", suffix=".tmp")
        # text as UTF-8 bytes, newlines as they are: what a text file opened with newline="" writes
        with os.fdopen(handle, "wb") as file:
            handle = None
            file.write(text.encode("utf-8") if isinstance(text, str) else text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}",
                          hint="free some space, or write the output elsewhere") from None
    finally:
        if handle is not None:
            os.close(handle)
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)


@main.command(epilog=_examples(
    "presets",
    ("logderiv presets", 0, "the list"),
    ("logderiv derive linear-l2 --no-reg-intercept", 0, "one of them, intercept not penalised"),
))
def presets() -> None:
    """List the built-in costs: name, formula, and what each is."""
    from .presets import PRESETS

    width = max(len(name) for name in PRESETS)
    for preset in PRESETS.values():
        lets = "".join(f"   with {let}" for let in preset.lets)
        console.echo(f"{preset.name:<{width}}  {preset.cost}{lets}")
        console.echo(f"{'':<{width}}  {preset.description}; gradient {preset.gradient}")


@main.command(short_help="List the rules a derivation may use, in general form.", epilog=_examples(
    "rules",
    ("logderiv rules", 0, "the list"),
    ("logderiv derive --explain", 0, "each rule a derivation used, stated under it"),
))
def rules() -> None:
    """List the rules a derivation may use, each stated in general form."""
    from .engine.rules import RULES

    for rule in RULES:
        console.echo(f"{rule.name:<15} {rule.title:<22} {rule.statement}")


@main.command(epilog=_examples(
    "steps",
    ("logderiv steps docs/examples/logistic-steps.txt", 0, "every step holds"),
    ("logderiv steps docs/examples/linear-steps-wrong.txt --cost linear", 1, "line 3 drops a factor 2"),
))
@click.argument("file", type=click.File("rb"), metavar="FILE|-")
@click.option("--cost", default=None, metavar="COST", shell_complete=_complete_preset,
              help="The cost derived: a preset or a formula. Default: what the first line says, else logistic.")
@_input_option("the derivation, COST, --let and --wrt")
@_let_option("Define a name: in COST when it is a formula (or the first line's cost), else in the lines. "
             "Repeatable.")
@_wrt_option("The variable differentiated by. Default: what the first line says, else theta_j.", default=None)
@_format_option(STEPS_FORMATS)
@_standalone_option("the review")
@_no_reg_intercept_option
@_timeout_option("Give up after S seconds (reading, checking and printing) with exit 3.")
@_debug_option
def steps(file: IO[bytes], cost: str | None, notation: Input, lets: tuple[str, ...], wrt: str | None,
          output_format: str | None, standalone: bool, no_reg_intercept: bool, timeout: float, debug: bool) -> None:
    """Check a derivation written in FILE (or - for stdin), step by step.

    \b
    One expression per line (optionally starting with =), a chain A = B = C,
    or a LaTeX align* block with &= and a double backslash. Rules may be
    given as "# rule" or "(rule)" at the end of a line, or with underset.
    A .md file or a .ipynb notebook is notes: its $$ … $$ blocks, in order,
    are the derivation; in the prose between them only a definition
    ($h(x) = …$, $J(\\theta) = …$) is read, with a note.
    Each line is checked against the line before it, the first against ∂J/∂θⱼ,
    the last against the gradient. Exit 0: every step holds and the last line
    is the gradient; 1: a step is wrong or the derivation is unfinished.
    """
    from ._api import steps as review_steps
    from .errors import InputError

    _imported()
    start = _started(debug, timeout)
    try:
        text = file.read().decode("utf-8-sig")  # a byte-order mark is not part of the text
    except UnicodeDecodeError as error:
        raise InputError(f"FILE is not UTF-8 text (byte {error.start})", hint="save the derivation as UTF-8") from None
    output_format = _chosen_format(output_format)
    from .notation.scalars import slope_count_letter
    from .notation.printed import count_named

    with _budget(timeout, start):
        from .notation.notes import kind_of_file

        review = review_steps(text, cost=cost, wrt=wrt, input=notation, regularise_intercept=not no_reg_intercept,
                              timeout=timeout, let=lets, file_kind=kind_of_file(getattr(file, "name", "") or "", text))
        stage("printing the review")
        # ŷ = m x + b: the count printed n, the slope m
        with count_named(slope_count_letter(review.problem.notes)):
            if output_format == "rich":
                from .render.review import render_review_rich

                console.show(render_review_rich(review))
            else:
                console.echo(_as_text(review, output_format, standalone=standalone), json=output_format == "json")
    if not review.ok:
        click.get_current_context().exit(1)


@main.command(short_help="Check a NumPy gradient function (runs your code).", epilog=_examples(
    "gradcheck",
    ("logderiv gradcheck docs/examples/gradient.py:gradient", 0, "right"),
    ("logderiv gradcheck docs/examples/gradient.py:gradient_flipped", 1, "the sign flipped"),
))
@click.argument("target", metavar="FILE.py:FUNCTION")
@click.option("--cost", default=None, metavar="COST", shell_complete=_complete_preset,
              help="The cost FUNCTION is the gradient of: a preset or a formula. "
                   "Default: logistic, or logistic-l2 when FUNCTION takes λ.")
@click.option("--args", "roles", default=None, metavar="ROLES",
              help="Roles of FUNCTION's positional parameters, in order, e.g. X,y,theta "
                   "(roles: theta, X, y, lam). Default: match parameter names.")
@click.option("--m", type=click.IntRange(2, 10_000), default=7, show_default=True, help="Examples (rows of X).")
@click.option("--n", type=click.IntRange(2, 10_000), default=4, show_default=True,
              help="Features (columns of X; X[:, 0] is all ones, the intercept); must differ from --m.")
@click.option("--theta-shape", type=click.Choice(["n", "n,1"]), default="n", show_default=True,
              help="Shape of θ the verdict is on: flat (n,) or a column (n, 1).")
@click.option("--y-shape", type=click.Choice(["m", "m,1"]), default="m", show_default=True,
              help="Shape of y the verdict is on: flat (m,) or a column (m, 1).")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on a problem with any shape, not only the verdict's.")
@click.option("--no-reg-intercept", is_flag=True,
              help="The cost's λ term leaves out the intercept theta[0] (θ₁ in derive's 1-based notation): "
                   "the reference is (λ/m)·theta with its [0] set to 0.")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), default=10.0, show_default=True, metavar="S",
              help="Seconds each call of your code (and the import) may take before it is stopped.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the random data.")
@click.option("-f", "--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: the report for people. json: every field, for scripts.",
              is_eager=True, callback=_remember_format)
@_debug_option
def gradcheck(target: str, cost: str | None, roles: str | None, m: int, n: int, theta_shape: str, y_shape: str,
              strict: bool, no_reg_intercept: bool, timeout: float, seed: int, output_format: str, debug: bool) -> None:
    """Check a gradient function you implemented against the derived gradient.

    \b
    This RUNS YOUR CODE: FILE.py is imported (as a module, not __main__) and
    FUNCTION called, in a separate process stopped after --timeout seconds.

    FUNCTION is called on random data (X m×n, y, θ, λ) with θ and y flat and
    as columns; the result is compared with ∂J/∂θⱼ as `logderiv derive`
    derives it, and a wrong one is diagnosed (sign, 1/m, λ, the intercept, shapes).
    Exit 0: right on the verdict shapes; 1: wrong (or, with --strict, any
    shape problem); 2: bad usage; 3: your code raised or hung on them.
    """
    from .codecheck import gradcheck as check_gradient
    from .codecheck import parse_target
    from .render.gradcheck import render_report, render_report_json

    _imported()
    ctx = click.get_current_context()
    ctx.meta[_DEBUG] = debug
    path, function = parse_target(target)
    report = check_gradient(
        path, function, cost=cost, args=roles, m=m, n=n, theta_shape=theta_shape, y_shape=y_shape,
        strict=strict, timeout=timeout, reg_intercept=not no_reg_intercept, seed=seed,
    )
    console.echo((render_report_json if output_format == "json" else render_report)(report),
                 json=output_format == "json")
    ctx.exit(report.exit_code)


def _emit(derivation: Derivation, output_format: str, **options: Any) -> None:
    from .notation.scalars import slope_count_letter
    from .notation.printed import count_named

    with count_named(slope_count_letter(derivation.problem.notes)):  # ŷ = m x + b: the count printed n, the slope m
        _emit_as(derivation, output_format, **options)


def _emit_as(derivation: Derivation, output_format: str, *, view: Literal["chain", "factors"], form: Form,
             explain: bool, standalone: bool) -> None:
    if output_format == "rich":
        from .render.terminal import render_rich

        console.show(render_rich(derivation, explain=explain, view=view, form=form))
        return
    if output_format == "text":
        from .render.text import render_factors_text, render_text

        if view == "factors":
            text = render_factors_text(derivation)
        else:
            text = render_text(derivation, explain=explain, form=form)
    elif output_format == "latex":
        from .render.latex import render_latex

        text = render_latex(derivation, standalone=standalone, form=form)
    elif output_format == "markdown":
        from .render.markdown import render_markdown

        text = render_markdown(derivation, form=form)
    elif output_format == "numpy":
        from .render.numpy import render_numpy

        text = render_numpy(derivation)
    else:
        text = derivation.to_json()
    console.echo(text, json=output_format == "json")
