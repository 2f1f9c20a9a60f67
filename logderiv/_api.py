"""The library's front door: text in, a verified :class:`~logderiv.records.derivation.Derivation` out."""

from __future__ import annotations

import contextlib
import re
from typing import TYPE_CHECKING, Any, Callable, Iterator, Literal, NoReturn, Sequence, TypeVar, overload

from .records.derivation import Derivation
from .errors import InputError
from .presets import DEFAULT_PRESET, find_preset
from .notation.costs import (penalty_without_intercept, preset_in_parameters, refuse_count_against_layout,
                             refuse_count_beside_slope, respell_texts, shown_as_written)
from .notation.vocabulary import DEFAULT_WRT
from .notation.full_width import FULL_WIDTH_NOTE
from .notation.r_code import without_respelled_notes
from .notation.sigmoid_page import BY_A_PARAMETER
from .verify.costs import read_cost
from .deadline import DEFAULT_TIMEOUT
from . import patterns
from .memo import remembered

if TYPE_CHECKING:  # pragma: no cover
    from .notation import Input
    from .notation.columns import Column
    from .notation.pasted import Pasted
    from .verify.conditions import Condition
    from .deadline import Deadline
    from .records.review import Review  # the steps command's; derive need not load it
    from .notation.problem import Problem
    from .records.verdict import Verdict
    from .services.check import Checker

__all__ = ["derive", "check", "checker", "steps", "clear_checkers"]


def derive(
    cost: str | None = None,
    *,
    wrt: str = DEFAULT_WRT,
    let: Sequence[str] = (),
    factors: bool = False,
    input: Input = "auto",
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
    form (``Derivation.matrix``: a :class:`~logderiv.records.matrix.MatrixForm`, or a
    :class:`~logderiv.records.matrix.NoMatrixForm` saying why there is none).
    ``regularise_intercept=False`` (``--no-reg-intercept``) takes an L2 preset
    with the intercept θ₁ (feature 1, a column of ones) left out of the penalty.
    ``timeout`` (seconds; ``None``: no limit of its own) bounds the whole call,
    reading included; running out raises :class:`~logderiv.errors.TimeLimitError`.
    """
    import dataclasses

    from .engine.driver import derive_problem
    from .deadline import budget, stage

    _import_readers()
    if matrix:
        from .engine.matrix import with_matrix_form
    wrapped = _unwrapped(cost, None, let, lambda cost, _, let: derive(
        cost, wrt=wrt, let=let, factors=factors, input=input, matrix=matrix,
        regularise_intercept=regularise_intercept, timeout=timeout))
    if wrapped is not None:
        # $…$, \[…\], a sentence's '.', a Markdown '> ' around a text: read without it (a Markdown mark noted)
        derivation, wrap_notes = wrapped
        return dataclasses.replace(derivation, problem=dataclasses.replace(
            derivation.problem, notes=tuple(dict.fromkeys((*wrap_notes, *derivation.problem.notes)))))
    widened = _in_ascii(cost, None, let, lambda cost, _, let: derive(
        cost, wrt=wrt, let=let, factors=factors, input=input, matrix=matrix,
        regularise_intercept=regularise_intercept, timeout=timeout))
    if widened is not None:
        # 2*（xx.T + λI）: full-width forms typed with a CJK input method, read as ASCII (noted)
        return dataclasses.replace(widened, problem=dataclasses.replace(
            widened.problem, notes=tuple(dict.fromkeys((FULL_WIDTH_NOTE, *widened.problem.notes)))))
    cost, let, where_notes = _where_clauses(cost, let)
    if where_notes:
        # \hat{Y} = … \quad \text{where} \quad Z = …: two --lets in one (noted)
        derivation = derive(cost, wrt=wrt, let=let, factors=factors, input=input, matrix=matrix,
                            regularise_intercept=regularise_intercept, timeout=timeout)
        problem = dataclasses.replace(derivation.problem, notes=tuple(dict.fromkeys((*where_notes,
                                                                                     *derivation.problem.notes))))
        return dataclasses.replace(derivation, problem=problem)
    code = _code_statements(cost, None, let, wrt)
    if code is not None:
        # several statements of code (a loop adding to a sum, +=, return …): the one value they compute (noted)
        cost, _, let, code_notes = code
        derivation = derive(cost, wrt=wrt, let=let, factors=factors, input=input, matrix=matrix,
                            regularise_intercept=regularise_intercept, timeout=timeout)
        problem = dataclasses.replace(derivation.problem, notes=tuple(dict.fromkeys((*code_notes,
                                                                                     *derivation.problem.notes))))
        return dataclasses.replace(derivation, problem=problem)
    with budget(timeout):
        stage("reading the cost")
        cost, total = _zero_based_total(cost, let, input)
        with _as_written(cost, let) as (cost, let, said):
            asked = _wrt_as_said(wrt, said)
            problem = read_cost(cost, wrt=asked, let=let, input=input, regularise_intercept=regularise_intercept)
            other = _other_dot_reading(problem, cost, let, asked, input, regularise_intercept)
        if total is not None:
            said.append(total)
        if said.dropped:
            from .notation.pasted import check_dropped_counts

            check_dropped_counts(said.dropped, problem.notes)
        if said:
            problem = dataclasses.replace(problem, notes=without_respelled_notes(
                tuple(dict.fromkeys((*said, *problem.notes))), said.written))
        from .services.written_model import derive_note

        written = derive_note(problem)  # θ₀ + θ₁x₁ + θ₂x₂: the general θⱼ's gradient holds for j ≥ 1 only
        if written is not None:
            problem = dataclasses.replace(problem, notes=(*problem.notes, written))
        derivation = derive_problem(problem, factors=factors)
        if other is not None:
            derivation = _under_both_dot_readings(derivation, derive_problem(other, factors=factors), cost, asked)
        if matrix:
            stage("deriving the matrix form")
            derivation = with_matrix_form(derivation)
        return _in_the_letter_asked(derivation, wrt)


_T = TypeVar("_T")


def _unwrapped(
    cost: str | None,
    answer: str | None,
    lets: Sequence[str],
    call: Callable[[str | None, str | None, tuple[str, ...]], _T],
) -> tuple[_T, list[str]] | None:
    """``call`` on the texts with their wrappers blanked (:mod:`~logderiv.notation.wrappers`), and its notes; None if none.

    First of every reading: ``$J = A = B$`` is a chain only once its ``$`` is gone, and every
    pass after this one (a zero-based total, a where clause, the chain's sides) sees the formula
    alone. The text keeps its length, so an error is shown in the text as written, its column kept.
    """
    from .notation.wrappers import refuse_lone_dash, unwrap

    refuse_lone_dash(lets)
    originals: dict[str, str] = {}
    notes: list[str] = []

    def blank(text: str, kind: Literal["cost", "answer", "let"]) -> str:
        try:
            new, note = unwrap(text, kind)
        except InputError as error:
            raise error.with_label("--let" if kind == "let" else kind.upper()) from None
        if new != text:
            originals[new] = text
            notes.extend(note for note in (note,) if note is not None and note not in notes)
        return new

    cost = cost if cost is None or find_preset(cost) is not None else blank(cost, "cost")
    answer = None if answer is None else blank(answer, "answer")
    lets = tuple(blank(text, "let") if isinstance(text, str) else text for text in lets)
    if not originals:
        return None
    try:
        return call(cost, answer, lets), notes
    except InputError as error:
        if error.source in originals:
            error.source = originals[error.source]
        raise


def _in_ascii(
    cost: str | None,
    answer: str | None,
    lets: Sequence[str],
    call: Callable[[str | None, str | None, tuple[str, ...]], _T],
) -> _T | None:
    """``call`` on the texts with full-width forms read as ASCII (:mod:`~logderiv.notation.full_width`); None if none.

    An error is shown in the text as written: the forms are read one for one, so its column keeps.
    """
    from .notation.full_width import ascii_forms, as_written

    cost, answer, lets, originals = ascii_forms(cost, answer, lets)
    if not originals:
        return None
    try:
        return call(cost, answer, lets)
    except InputError as error:
        as_written(error, originals)
        raise


def _where_clauses(cost: str | None, lets: Sequence[str]) -> tuple[str | None, Sequence[str], list[str]]:
    """The cost without a "… with B = …" clause, the --let s with it and with each "A = … where B = …" split in two,
    and the notes (none when nothing was split)."""
    from .notation import split_where_cost, split_where_lets

    cost, lets, cost_notes = split_where_cost(cost, lets) if isinstance(cost, str) else (cost, lets, [])
    lets, notes = split_where_lets(lets)
    return cost, lets, [*cost_notes, *notes]


APPROXIMATE_NOTE = ("'≈' after the left side is read as '=': the right side is judged as the derivative itself "
                    "(an approximation that is not equal to it is given no verdict)")
APPROXIMATE_REASON = ("the answer says only that the derivative is approximately (≈) its right side, which is not "
                      "the derivative itself; how close an approximation is meant is not said, so it is not judged "
                      "(write '=' to have it judged as the derivative)")


def _approximately(written: str, approximate: str, verdict: Verdict) -> Verdict:
    """The verdict of the answer ``written`` as ``∂J/∂θⱼ ≈ …``: equal stays equivalent; different is undecided.

    ``verdict`` is that of ``approximate``, the text with '=' for '≈'. Only a left side that names the derivative
    makes ≈ a claim about it: an update rule's ``θⱼ ≈ θⱼ − α…``, a chain's ``A ≈ B`` or a clause's ``where z ≈ θᵀx``
    would be judged as equalities they do not state, so they are refused as ≈ is elsewhere.
    """
    import dataclasses

    from .services.check import names_the_derivative

    if not names_the_derivative(verdict.notes):
        column = next(k for k, (one, other) in enumerate(zip(written, approximate)) if one != other)
        sign = "\\approx" if written.startswith("\\approx", column) else "≈"
        raise InputError(
            f"'{sign}' (approximately equal) is read only between the derivative an answer names and its "
            "right side (∂J/∂θⱼ ≈ …): here the text before it names no derivative, and a cost, a --let, an update "
            "or a step is read only as an equality",
            source=written, column=column, label="ANSWER",
            hint="write '=' where the sides are equal, or name the derivative on the left (dJ/dtheta_j ≈ …)")
    verdict = dataclasses.replace(verdict, source=written)
    notes = tuple(dict.fromkeys((APPROXIMATE_NOTE, *verdict.notes)))
    if verdict.verdict != "different":
        return dataclasses.replace(verdict, notes=notes)
    # ≈ claims less than '=': a per-example step or a truncated series is not a false claim, so no "different"
    return dataclasses.replace(verdict, verdict="undecided", reason=APPROXIMATE_REASON, notes=notes)


#: a --let whose left side is a derivative of a name: \frac{\partial f}{\partial w_j} = …
_DERIVATIVE_LET = patterns.compile(
    r"\s*\\frac\s*\{\s*\\partial\s*(?P<f>[A-Za-z])\s*\}\s*\{\s*\\partial\s*(?P<p>[^{}]+?)\s*\}\s*=(?!=)")
STATED_DERIVATIVE_NOTE = ("--let {let} states the derivative of {f}, which another --let defines: the answer's "
                          "∂{f}/∂{p} is taken from {f}'s definition, and the stated derivative is not used (nor checked)")


def _stated_derivatives(answer: str | None, lets: Sequence[str]) -> tuple[Sequence[str], list[str]]:
    r"""The --let s without those that state ∂f/∂p of an f another --let defines, where the answer writes ∂f/∂p.

    A chain rule left unfinished (``\frac{y}{f} \cdot \frac{\partial f}{\partial w_j}``) is checkable as it
    stands: f has its own --let, so ∂f/∂wⱼ is that definition's derivative. A --let giving that derivative
    beside it (``\frac{\partial f}{\partial w_j} = f(1-f) x_j``) is a lemma, not a definition; the answer is
    checked with f's, and the lemma is set aside (noted). Elsewhere the --let is left to be refused as before.
    """
    if not isinstance(answer, str):
        return lets, []
    kept, notes = [], []
    for text in lets:
        match = _DERIVATIVE_LET.match(text) if isinstance(text, str) else None
        if match is not None:
            f, p = match.group("f"), match.group("p")
            written = re.search(rf"\\frac\s*\{{\s*\\partial\s*{f}\s*\}}\s*\{{\s*\\partial\s*{re.escape(p)}\s*\}}",
                                answer)
            defined = any(isinstance(other, str) and other is not text
                          and re.match(rf"\s*{f}\s*[_(][^=]*=(?!=)", other) for other in lets)
            if written and defined:
                notes.append(STATED_DERIVATIVE_NOTE.format(let=" ".join(text.split()), f=f, p=p))
                continue
        kept.append(text)
    return (tuple(kept), notes) if notes else (lets, [])


def _starts(let: object, names: Sequence[str], *, arrow: bool) -> bool:
    """Whether ``let`` only starts one of ``names`` (``grad = zeros(size(theta))``, ``J = 0``; R's ``<-`` if ``arrow``)."""
    from .notation.statements import STARTING_VALUE

    setting = re.fullmatch(r"\s*(?P<name>[A-Za-z_]\w*)\s*" + (r"(?:=|<-)" if arrow else "=") + r"(?P<value>.*)", let,
                           re.DOTALL) if isinstance(let, str) else None
    return setting is not None and setting.group("name") in names \
        and STARTING_VALUE.fullmatch(setting.group("value")) is not None


def _code_statements(
    cost: str | None, answer: str | None, lets: Sequence[str], wrt: str | None = None, layout: str | None = None
) -> tuple[str | None, str | None, tuple[str, ...], list[str]] | None:
    """The cost, answer and --let s with code of several statements read as the values they compute, and the notes.

    None when no text is such code (:mod:`logderiv.notation.statements`). The names a block
    sets once join the --let s; one name given two values (by a block and a --let) is refused. ``layout``: the
    check's --layout (with "columns" X is n×m, and a 1-D vector of the examples times X scales its columns).
    """
    from .notation import notation_of
    from .notation.folds import respell_folds
    from .notation.arrows import apply_arrows
    from .notation.plain import refuse_matrix_size
    from .notation.statements import fold, fold_lets, helper_lets
    from .notation import pasted

    # read before the statements are composed: q = q / x.size after a loop over x's rows is m·n, not m (audit54)
    refuse_matrix_size([cost, answer, *lets])
    # Python's ^ is XOR, not a power: np.sum((X @ theta - y)^2) computes no square (audit26a)
    pasted.refuse_python_slips([(cost, "COST"), (answer, "ANSWER"), *((let, "--let") for let in lets)])
    # --let "Y = y.reshape(-1, 1)" beside sigmoid(X @ theta) - Y: an m×m matrix with theta 1-D (audit26a)
    pasted.refuse_half_column_names([(cost, "COST"), (answer, "ANSWER"), *((let, "--let") for let in lets)], lets)
    # (h - y).flatten() * X, or --let "h = sigmoid(X @ theta).flatten()" beside (h - y) * X: a 1-D array along
    # X's rows, which NumPy does not scale row by row (hunt30)
    if layout != "columns":  # X n×m: a 1-D vector of the examples scales each example's column, as it should
        pasted.refuse_flat_arrays([(cost, "COST"), (answer, "ANSWER"), *((let, "--let") for let in lets)], lets)
    notes: list[str] = []
    # --let 'y2 = h-y;' 'y2 = y2 .^2;' … beside the cost's line J = J1+J2;: one body, the cost's line last; and
    # theta = theta.^2; in a body: its value put in the lines after it (let_scripts, noted)
    from .notation import let_scripts

    def plain(text: str) -> bool:
        return notation_of(text) == "plain"

    script = let_scripts.script_lets(cost, answer, lets, plain)
    if script is not None:
        cost, lets, notes = script[0], (), [script[1]]
    for label in ("cost", "answer"):
        text = cost if label == "cost" else answer
        if isinstance(text, str) and "\n" in text.strip() and plain(text):
            changed, said = let_scripts.rebound_parameters(text)
            if said:
                cost, answer = (changed, answer) if label == "cost" else (cost, changed)
                notes += said
    script_notes = list(notes)
    # theta1 = theta1 = [0 ; theta(2:end, :)]; (Octave's chained assignment, its one name twice): theta1 set once
    lets, repeated = _repeated_heads(lets)
    for text in (cost, answer):
        if isinstance(text, str) and "\n" in text:  # a block's own line: theta1 = theta1 = [0; …]; among the lines
            lines, said = _repeated_heads(text.split("\n"))
            cost, answer = ("\n".join(lines), answer) if text is cost else (cost, "\n".join(lines))
            repeated += [note for note in said if note not in repeated]
    notes += repeated
    # a cost function's body given as the cost, J's lines and grad's in it: grad's lines left out (blanked, so
    # columns keep; gradient_lines, noted)
    from .notation.gradient_lines import without_gradient_lines

    sliced = without_gradient_lines(cost) if isinstance(cost, str) else None
    if sliced is not None:
        cost, notes = sliced[0], [*notes, sliced[1]]
    # theta_prime = theta'; theta_prime(1) = 0; (Octave's copy, by value, its first entry zeroed): put where it is used
    from .notation.zeroed_copies import read_zeroed_copies

    copied = read_zeroed_copies(cost)
    if copied is not None:
        cost, notes = copied[0], [*notes, *copied[1]]
    copied = read_zeroed_copies(answer, "ANSWER")
    if copied is not None:
        answer, notes = copied[0], [*notes, *copied[1]]
    # theta_new = theta'; theta_new = theta_new(:,2:end); then only sum(theta_new .^ 2): theta(2:end) (noted)
    from .notation.octave_fill import read_cut_row

    for cut in (read_cut_row(cost), read_cut_row(answer)):
        if cut is not None:
            cost, answer = (cut.text, answer) if cut.original == cost else (cost, cut.text)
            notes += [note for note in cut.notes if note not in notes]
    # predictions.reduce(function(sum, val, i) { return sum + …; }, 0): JavaScript's Σᵢ, as Python's sum over zip
    folds = respell_folds(cost, answer, lets, lambda text: notation_of(text) == "latex")
    if folds is not None:
        cost, answer, lets, notes = folds
        notes = [*script_notes, *(note for note in notes if note not in script_notes)]  # let_scripts' kept
    new_lets = list(lets)
    joined = fold_lets(lets)
    if joined is not None:
        new_lets, notes = list(joined.lets), [*notes, *joined.notes]
    texts: dict[str, str | None] = {"COST": cost, "ANSWER": answer}
    # a --let's arrow function (f = (w, b) => (x) => w * x + b) applied where the code calls it, before the
    # statements are read: the calls are then the values the statements use
    applied = apply_arrows(texts, new_lets)
    if applied is not None:
        texts, new_lets, arrow_notes = applied
        notes += arrow_notes
    tx = False
    # what the --let s set a name to: a loop bounded by a name a --let sets to a number is no loop over every example
    defined = {sides[0].strip(): sides[1].strip() for let in new_lets if isinstance(let, str)
               and len(sides := let.split("=", 1)) == 2 and re.fullmatch(r"\s*[A-Za-z_]\w*\s*", sides[0])}
    looped = (pasted.entry_loop(texts["ANSWER"]) or pasted.appended_entries(texts["ANSWER"])) \
        if isinstance(texts["ANSWER"], str) else None
    if looped is not None:
        # for i = 1:size(theta,1) / grad(i) = …; / end: a loop over the parameters' entries, read as its one line
        texts["ANSWER"] = looped.text
        notes += list(looped.notes)
    from_cost: set[str] = set()  # the --let s the cost's own lines set (a name set again is then theirs)
    for label, text in texts.items():
        if text is None or label == "COST" and find_preset(text) is not None:
            continue
        try:
            folded = fold(text, answer=label == "ANSWER", wrt=wrt, defined=defined, lets=new_lets,
                          from_zero=pasted.numbers_from_zero(texts["COST"], is_cost=label == "COST"))
        except InputError as error:
            raise error.with_label(label) from None
        zeroing = None
        if folded is None and not (label == "ANSWER" and looped is not None):
            # theta(1) = 0; then several statements (unreg_J = …; reg_J = …; J = unreg_J + reg_J;, f76's Portuguese
            # costFunctionReg): the lines read in order first, those after the zeroing with [0; θ(2:end)] (noted),
            # then composed as any code's lines; the --let s run before the lines and keep the whole θ
            zeroing = pasted.zeroed_in_text(text, label=label)
            if zeroing is not None:
                try:
                    folded = fold(zeroing.text, answer=label == "ANSWER", wrt=wrt, defined=defined, lets=new_lets,
                                  from_zero=pasted.numbers_from_zero(texts["COST"], is_cost=label == "COST"))
                except InputError as error:
                    raise error.with_label(label) from None
            if folded is None and zeroing is not None and label == "ANSWER":
                # the whole cost function pasted as the answer (f77's ex5 linearRegCostFunction: yi = …; err = …;
                # f = …; theta(1) = 0; r = …; J = f + r; grad = …;): the cost's own lines left out first, as
                # cost_beside_gradient reads them (noted), then the zeroing read in order in the lines that stay
                beside = pasted.cost_beside_gradient(text)
                again = pasted.zeroed_in_text(beside.text, label=label) \
                    if beside is not None and beside.text != text else None
                if beside is not None and again is not None:
                    try:
                        folded = fold(again.text, answer=True, wrt=wrt, defined=defined, lets=new_lets,
                                      from_zero=pasted.numbers_from_zero(texts["COST"], is_cost=False))
                    except InputError as error:
                        raise error.with_label(label) from None
                    if folded is not None:
                        notes += [note for note in beside.notes if note not in notes]
                        zeroing = again
        if folded is None:
            continue
        _refuse_dropped_line_a_let_reads(text, label, folded, [let for let in new_lets if let not in from_cost])
        if label == "COST":
            folded = _returned_index_letter(folded)
        if zeroing is not None:
            notes += [note for note in zeroing.notes if note not in notes]
            alone = pasted.zeroed_in_cost_alone(text, texts["ANSWER"]) if label == "COST" else None
            if alone is not None:  # the answer's own θ is the whole θ: said, as the answer may be judged by it
                notes.append(alone)
        texts[label] = folded.text
        tx = tx or folded.tx
        if folded.dropped:
            # the lines' other output (grad beside a cost's J) is left out: a --let that only starts it goes with it
            left = [let for let in new_lets if not _starts(let, folded.dropped, arrow=True)]
            if len(left) != len(new_lets):
                notes.append(f"read as code: the --let starting {', '.join(folded.dropped)} is left out with the lines "
                             "that set it")
                new_lets = left
        if folded.zeroed:
            # --let delta <- vector(mode="numeric", length=m) beside a loop that fills it and a sum(delta) after it:
            # read as the loop adding to delta from 0 (noted by the reader), the --let's array is not used
            started = [let for let in new_lets if isinstance(let, str) and re.match(
                rf"\s*(?:{'|'.join(map(re.escape, folded.zeroed))})\s*(?:<-|=)", let)]
            if started:
                notes.append(f"read as code: the --let {started[0].strip()} starts the array of zeros the loop fills "
                             "and the lines sum: read as the sum from 0, the array itself is not used")
                new_lets = [let for let in new_lets if let not in started]
        if folded.filled:
            # --let grad = zeros(3) beside a loop that sets every entry of grad: the start is overwritten, unused
            started = [let for let in new_lets if _starts(let, folded.filled, arrow=False)]
            if started:
                notes.append(f"read as code: the --let {started[0].strip()} starts the array the loop over the "
                             "parameters' entries fills: the loop sets every entry, so the start is not used")
                new_lets = [let for let in new_lets if not _starts(let, folded.filled, arrow=False)]
        notes += [note for note in folded.notes if note not in notes]

        def zeroes(lets: Sequence[str], name: str) -> bool:  # temp[0] = 0 (NumPy), temp(1) = 0 (Octave)
            entry = rf"\s*{re.escape(name)}\s*(?:\[\s*0\s*\]|\(\s*1\s*(?:,\s*(?:1|:)\s*)?\))\s*="
            return any(isinstance(let, str) and re.match(entry, let) is not None for let in lets)
        own_lets = list(folded.lets)
        if label == "ANSWER" and isinstance(texts["COST"], str):
            own_lets, texts["ANSWER"], own_notes = _answer_column_count(own_lets, texts["ANSWER"], texts["COST"],
                                                                        new_lets)
            notes += own_notes
            own_lets, texts["ANSWER"], own_notes = _answer_locals(own_lets, texts["ANSWER"], new_lets, from_cost)
            notes += own_notes
        for new in own_lets:
            name = new.split("=")[0].split("<-")[0].strip()
            same = [old for old in new_lets if re.match(rf"\s*{re.escape(name)}\s*(?:=|<-)", old or "")]
            bare = _bare_let
            if any(bare(old) != bare(new) for old in same):
                # the cost's own lines (f76's Cost and Fprime both set reg_term) join the --let s before the answer's
                other = "the cost's lines" if any(old in from_cost for old in same) else "a --let"
                raise InputError(f"'{name}' is set by the {label.lower()}'s lines and by {other}, to other values",
                                 source=text, column=max(text.find(name), 0), label=label,
                                 hint="give the name one value, in the code or in the --let")
            if same and zeroes(new_lets, name) != zeroes(folded.lets, name):
                # temp = theta.copy() in both, temp[0] = 0 in one alone: the same line, two temps (audpy35)
                other = "the cost's lines" if any(old in from_cost for old in same) else "a --let"
                raise InputError(f"'{name}' is set alike by the {label.lower()}'s lines and by {other}, but its "
                                 f"first entry is zeroed by only one of them: two values of {name}",
                                 source=text, column=max(text.find(name), 0), label=label,
                                 hint="give each its own name, or zero the entry in both")
            if not same:
                new_lets.append(new)
                if label == "COST":
                    from_cost.add(new)
    # temp = theta; temp[0] = 0 among the lines: a --let (hh = sigmoid(X.dot(theta))) or a helper reading θ, used
    # after it, reads the zeroed θ (audpy35); the lines' own names set before it hold values computed then
    # (only where this call's texts added lines: a second call's --let s hold the lines a first call added)
    if len(new_lets) > len(lets):
        pasted.refuse_aliased_zeroing(new_lets, [(texts["COST"], "COST"), (texts["ANSWER"], "ANSWER")], lazy=lets)
    helped = helper_lets(texts["COST"], new_lets)
    if helped is not None:
        new_lets = list(helped.lets)
        notes += list(helped.notes)
    if not notes:
        return None
    if tx:
        # a loop over tx[i], the EPFL labs' x̃ᵢ, read as xᵢ: the other texts' tx is that X
        from .notation.pasted import TX_NOTE

        word = re.compile(r"(?<![\w.])tx(?!\w)")
        texts = {label: word.sub("X", text) if isinstance(text, str) else text for label, text in texts.items()}
        new_lets = [word.sub("X", text) if isinstance(text, str) else text for text in new_lets]
        notes.append(TX_NOTE)
    return texts["COST"], texts["ANSWER"], tuple(new_lets), notes


#: a --let whose head is written twice in a chain: theta1 = theta1 = VALUE (Octave's chained assignment)
#: the same operator twice: w = w <- v is Octave's and Python's w = (w < -v), a comparison, not a chain (audredef38)
_REPEATED_HEAD = patterns.compile(r"(?P<head>\s*(?P<name>[A-Za-z_]\w*)\s*(?P<op>=(?!=)|<-))(?P<again>\s*(?P=name)\s*(?P=op)(?!=))")


def _repeated_heads(lets: Sequence[str]) -> tuple[list[str], list[str]]:
    """``theta1 = theta1 = [0 ; theta(2:end, :)];`` → ``theta1 = [0 ; theta(2:end, :)];`` (noted).

    Octave's assignment is an expression, so a chain that names the same variable twice sets it once, to the last
    side: the repeated head is no use of the name (the lines' theta1 read by this --let), only the name again. Only
    the same name repeated is collapsed; a chain of two names (y_hat = a = sigmoid(z)) is the notation's to read.
    """
    kept, notes = [], []
    for let in lets:
        match = _REPEATED_HEAD.match(let) if isinstance(let, str) else None
        if match is None or not let[match.end():].strip(" \t;"):
            kept.append(let)
            continue
        # blanked, not cut: every later character keeps its column, so an error after it points where it was written
        kept.append(let[:match.end("head")] + " " * len(match.group("again")) + let[match.end():])
        notes.append(f"read as Octave: {' '.join(let.split()).rstrip(';')} is a chained assignment that names "
                     f"{match.group('name')} twice: it sets {match.group('name')} once, to the last side")
    return kept, notes


def _refuse_dropped_line_a_let_reads(text: str, label: str, folded: Any, lets: Sequence[object]) -> None:
    """A line the lines' return does not read, left out as unused, whose name a --let reads: refused (audpyf35b).

    ``tmp = X.T @ (…)`` / ``grad = g2`` / ``return grad`` with ``--let g2 = tmp / m``: the writer's g2 reads the
    lines' own tmp; left out, g2 read another tmp (the cost's), a false verdict.
    """
    kept = {re.split(r"=|<-", let, maxsplit=1)[0].strip() for let in folded.lets if isinstance(let, str)}
    for setting in re.finditer(r"(?m)^[ \t]*(?P<name>[A-Za-z_]\w*)[ \t]*(?:=|<-)(?!=)", text):
        name = setting.group("name")
        if name in kept or name in folded.dropped or name == folded.text.strip():
            continue
        word = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
        for let in lets:
            if not isinstance(let, str) or _local_of_def(let, name):
                continue
            head = re.match(r"\s*[^=<]*?(?:=|<-)(?!=)", let)
            value = let[head.end():] if head is not None else let
            if word.search(value):
                raise InputError(f"'{name}' is set by the {label.lower()}'s lines, which do not use it, and read by "
                                 f"the --let {let.strip()!r}: whether that --let means this {name} is not said",
                                 source=text, column=setting.start("name"), label=label,
                                 hint=f"use {name} in the lines' own value, or write the --let's value there")


def _local_of_def(let: str, name: str) -> bool:
    """Whether ``let`` is a Python ``def`` whose body assigns ``name`` (or takes it as a parameter), with no ``global``
    or ``nonlocal`` line: by Python's scoping that name is the function's own local, not the caller's (f82's
    def logistic_gradient(y, tx, w): … grad = np.zeros(c) … return grad, beside an answer's own grad = …)."""
    head = re.match(r"\s*def\s+[A-Za-z_]\w*\s*\((?P<parameters>[^()]*)\)\s*:", let)
    if head is None or re.search(r"(?m)^\s*(?:global|nonlocal)\b", let):
        return False
    word = rf"(?<![\w.]){re.escape(name)}(?!\w)"
    parameters = [part.split("=")[0].strip().lstrip("*") for part in head.group("parameters").split(",")]
    return name in parameters or re.search(rf"(?m)^[ \t]+{word}[ \t]*(?:[-+*/]?=(?!=))", let[head.end():]) is not None


def _returned_index_letter(folded: Any) -> Any:
    """The cost's lines' last name, an index letter (J_Reg's ``j = -(tmp) / x.shape[0] + reg_term`` / ``return j``,
    f77), put in place of the name: j names the returned cost there, no feature index, and defined as a --let it
    was refused ('j' is an index). Only where the name is set once, by the last line, and no other line reads it.
    """
    import dataclasses

    from .notation.vocabulary import INDEX_LETTERS

    name = folded.text.strip()
    if name not in INDEX_LETTERS or not folded.lets:
        return folded
    setting = re.fullmatch(rf"\s*{name}\s*(?:=|<-)(?!=)\s*(?P<value>.+)", patterns.without_end(folded.lets[-1], ";"),
                           re.DOTALL)
    word = re.compile(rf"(?<![\w.]){name}(?!\w)")
    if setting is None or any(word.search(let) for let in folded.lets[:-1]) or word.search(setting.group("value")):
        return folded
    value = setting.group("value")
    return dataclasses.replace(folded, text=value, lets=folded.lets[:-1], notes=(
        *folded.notes, f"read as code: the lines end by returning {name} = {value}, the cost's own name (no index "
        f"{name} here): the cost is its value"))


def _bare_let(let: str) -> str:
    """A --let's text as compared with another's: spaces, a closing ';' and a one-line let's comment left out.

    R's arrow and = set a name alike: pi <- plogis(X%*%beta) in the lines is the --let pi = plogis(X%*%beta); a
    line's own comment (``# prédictions``, Octave's ``; % …``) or Octave's closing ';' is no part of its value (f77's
    yi=X*theta; beside the --let yi=X*theta, f78's theta1 = [0 ; …]; were refused as two values).
    """
    code = let.strip()
    if "\n" not in code:
        code = re.sub(r"\s#.*$|;\s*%.*$", "", code)
    return re.sub(r"^([A-Za-z_]\w*)<-", r"\1=", code.replace(" ", "").rstrip(";"))


def _answer_locals(lets: list[str], answer: str | None, given: list[str],
                   from_cost: set[str]) -> tuple[list[str], str | None, list[str]]:
    """The answer's own lines' names that the cost's lines set to another value, each given its own name, noted.

    The cost and the answer pasted from one file are two functions' bodies (J_Reg and gradientReg, f77): each sets
    its own tmp, a local, and reads its own. Read so: the answer's tmp is renamed tmp_answer in its lines and its
    value, the cost keeps its tmp. The same reading holds where the answer's lines go on from the cost's in one
    script, setting tmp again: every use of tmp in the answer's lines comes after the answer sets it. Only where
    that is so (no answer line reads the name before it is set, nor its own value), where the clash is with the
    cost's lines alone (a --let that says another value is still refused: the --let is for both texts), and where
    the name is set by one plain assignment.
    """
    if not isinstance(answer, str):
        return lets, answer, []
    notes: list[str] = []
    taken = "\n".join([answer, *lets, *(let for let in given if isinstance(let, str))])
    for index, new in enumerate(list(lets)):
        head = re.match(r"\s*(?P<name>[A-Za-z_]\w*)\s*(?:=|<-)(?!=)", new)
        if head is None:
            continue
        name = head.group("name")
        same = [old for old in given if isinstance(old, str) and re.match(rf"\s*{re.escape(name)}\s*(?:=|<-)", old)]
        if not same or not all(old in from_cost for old in same) \
                or all(_bare_let(old) == _bare_let(new) for old in same):
            continue
        word = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
        if any(word.search(let) for let in lets[:index]) or word.search(new[head.end():]) \
                or sum(1 for let in lets if re.match(rf"\s*{re.escape(name)}\s*(?:=|<-)(?!=)", let)) != 1:
            continue  # read before it is set, or set twice: refused below, as before
        fresh = f"{name}_answer"
        if re.search(rf"(?<![\w.]){re.escape(fresh)}(?!\w)", taken):
            continue
        lets = [*lets[:index], *(word.sub(fresh, let) for let in lets[index:])]
        answer = word.sub(fresh, answer)
        notes.append(f"read as two functions' locals: the cost's lines and the answer's lines each set {name}, to "
                     f"other values; each text reads its own (the answer's {name} is written {fresh} here)")
    return lets, answer, notes


def _answer_column_count(lets: list[str], answer: str | None, cost: str,
                         given: list[str]) -> tuple[list[str], str | None, list[str]]:
    """The answer's own ``m = size(X, 2)`` (``X.shape[1]``: the columns of X) put in place in the answer alone, noted.

    The answer's lines set a name once, and it is read as a --let, which the cost shares: right where the answer's
    m is the cost's (``m = length(y)``, the examples). A count of X's columns is not always: with one example per row
    it is n (a student's slip), and shared with a cost given on its own it rewrote the cost's m too, so the answer's
    (1/n)·Xᵀ(Xθ − y) was judged the gradient of (1/2n)Σ(…)², "equivalent" (hunt35). The count is the answer's: it
    goes into the answer's text, where the readers take X.shape[1] by the layout (n with X m×n, m with X n×m);
    the cost keeps logderiv's m. Left shared where the cost or a --let sets m itself.
    """
    from .notation.redefined import M_AS_COLUMNS

    if not isinstance(answer, str) or re.search(r"(?<![\w.])m\s*(=|<-)(?!=)", cost) is not None \
            or any(re.match(r"\s*m\s*(=|<-)", let or "") for let in given):
        return lets, answer, []
    for let in lets:
        sides = re.fullmatch(r"\s*m\s*(?:=|<-)\s*(?P<value>.+)", patterns.without_end(let, ";"), re.DOTALL)
        if sides is None or M_AS_COLUMNS.fullmatch(sides.group("value")) is None:
            continue
        value = sides.group("value")
        answer = re.sub(r"(?<![\w.])m(?![\w(\[])", f"({value})", answer)
        return [other for other in lets if other is not let], answer, [
            f"the answer's lines set m = {value}, its own count, put in place in the answer alone: the cost's m is "
            "logderiv's, the number of examples"]
    return lets, answer, []


def _zero_based_total(cost: str | None, lets: Sequence[str], input: Input) -> tuple[str | None, str | None]:
    """A cost derived alone whose ``\\sum_{i=0}^{n}`` is the sum over every example, or beside 1/n the mean over the
    n examples (zero_sums), and the note.

    Only here: a check reads its cost alone too, once its answer was read with it, and there an
    answer summing another range would make the count matter.
    """
    from .notation import notation_of
    from .notation.zero_sums import zero_based_mean, zero_based_totals

    if not isinstance(cost, str) or find_preset(cost) is not None:
        return cost, None
    read = zero_based_totals(cost, None, tuple(lets), lambda text: notation_of(text, input) == "latex")
    if read is not None:
        return read[0], read[2]
    # \frac{1}{2m}\sum_{i=0}^{m}: the 1/m says the m examples (a slip for 1..m), read so and noted
    return zero_based_mean(cost, lambda text: notation_of(text, input) == "latex") or (cost, None)


def _given(answer: str | None) -> str:
    """The answer through a reading of the texts (full-width forms, code, respellings), which keeps a text a text."""
    assert answer is not None, "a reading of the texts lost the answer"
    return answer


def _undecided_dot(problem: Problem) -> str | None:
    """The written ``w \\cdot x`` the reader took as the dot product while w may be one number, or None."""
    from .notation.scalars import DOT_READ_MARK

    for note in problem.notes:
        written, mark, _ = note.partition(DOT_READ_MARK)
        if mark:
            return written
    return None


def _dot_refusal(written: str, cost: str | None, wrt: str | None, why: str) -> InputError:
    """The refusal of a derivative by b of ``w \\cdot x + b`` whose two readings are not shown to agree."""
    return InputError(
        f"'{written}' by {wrt}: the dot product wᵀx of the weight vector, or a product of numbers "
        f"(one feature, as --wrt w reads it)? Nothing written says which{why}",
        source=cost or "", column=max(cost.find(written), 0) if cost else 0, label="COST",
        hint="write w^T x (or \\mathbf{w} \\cdot x) for the weight vector, or w x for one feature",
    )


def _other_dot_reading(problem: Problem, cost: str | None, let: Sequence[str], wrt: str, input: Input,
                       regularise_intercept: bool) -> Problem | None:
    """The cost read with its undecided ``w \\cdot x`` a product of numbers (one feature), or None: none undecided.

    A derivative by b of ``w \\cdot x + b`` where w may be one number or the weight vector: a derivation prints
    one result, so it is judged under both readings (:func:`_under_both_dot_readings`) and stands only where they
    agree; the reading that fails is refused, as before, naming both.
    """
    from .notation.scalars import UNDECIDED_AS_SCALARS

    written = _undecided_dot(problem)
    if written is None:
        return None
    token = UNDECIDED_AS_SCALARS.set(True)
    try:
        other = read_cost(cost, wrt=wrt, let=let, input=input, regularise_intercept=regularise_intercept)
    except InputError:
        raise _dot_refusal(written, cost, wrt, " (read as one feature, the texts are refused)") from None
    finally:
        UNDECIDED_AS_SCALARS.reset(token)
    if _undecided_dot(other) is not None:
        raise _dot_refusal(written, cost, wrt, "")
    return other


def _under_both_dot_readings(derivation: Derivation, other: Derivation, cost: str | None, wrt: str) -> Derivation:
    """``derivation`` (w · x read as wᵀx) where ``other`` (read as one feature's w·x) gives the same derivative.

    The same: the dot reading's result with one feature (n = 1, w₁ = w, x⁽ⁱ⁾₁ = x⁽ⁱ⁾) is the one-feature result,
    by sympy and at random points. Then the derivative, as written in terms of w · x, does not turn on the reading,
    and the dot reading's is printed with a note naming both. Otherwise refused, naming both readings.
    """
    import dataclasses

    from .verify.dot_readings import one_feature_agrees

    written = _undecided_dot(derivation.problem)
    assert written is not None, "a derivation under both dot readings lost its note"
    if not one_feature_agrees(derivation, other):
        raise _dot_refusal(written, cost, wrt, ", and the derivatives by the two readings differ")
    from .notation.scalars import DOT_READ_MARK

    # the letter as the builder's note shows it (θ, β, w): the note names the writer's letter, not always w
    shown = next((old.partition(DOT_READ_MARK)[2].partition("ᵀ")[0] for old in derivation.problem.notes
                  if DOT_READ_MARK in old and old.startswith(written)), "") or "w"
    note = (f"{written} is read both as {shown}ᵀx⁽ⁱ⁾ ({shown} a vector) and as {shown}·x⁽ⁱ⁾ (one feature): nothing "
            f"written says which, and the derivative by {wrt} is the same under both (shown with {shown}ᵀx⁽ⁱ⁾)")

    def noted(notes: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(note if DOT_READ_MARK in old and old.startswith(written) else old for old in notes)

    return dataclasses.replace(derivation, notes=noted(derivation.notes), problem=dataclasses.replace(
        derivation.problem, notes=noted(derivation.problem.notes)))


def _letter_asked(derivation: Derivation, wrt: str) -> str | None:
    """The letter --wrt asks for where the texts' letter was read as w (W, ω, a coefficient vector b), or None."""
    from .notation import conventions
    from .notation.coefficient_vector import is_coefficient_vector_note

    notes = derivation.problem.notes
    if any(conventions.is_capital_wrt_note(note) for note in notes):
        return "W"
    if conventions.OMEGA_NOTE in notes and conventions.asks_omega(wrt):
        return "omega"
    if any(is_coefficient_vector_note(note) for note in notes):
        return "b"  # ½‖Xb − y‖² with --wrt b_j: b the coefficient vector (notation.coefficient_vector)
    if wrt == "b" and set(conventions.CAPITAL_W_NOTES) & set(notes):
        return "W"  # ∂J/∂b of a cost in W·x + b: its weights in the texts' letter too, as ∂J/∂W_j states them
    return None


def _in_the_letter_asked(derivation: Derivation, wrt: str) -> Derivation:
    """--wrt W_j, omega_j or b_j read as w_j: the derivation stated in the letter asked for.

    The texts' W (or ω) was read as the weight vector w (a convention, noted), or their b, the
    coefficient vector (:mod:`logderiv.notation.coefficient_vector`); the gradient the user asked
    for is ∂J/∂Wⱼ (∂J/∂ωⱼ, ∂J/∂bⱼ), so every expression is given back in that letter. Only the
    names change: each step was verified before.
    """
    import dataclasses

    import sympy

    from .notation import symbols

    letter = _letter_asked(derivation, wrt)
    if letter is None:
        return derivation
    mapping = {symbols.vector("w"): symbols.vector(letter)}

    def replaced(value: Any) -> Any:
        if isinstance(value, sympy.Basic):
            return value.xreplace(mapping)
        if isinstance(value, tuple):
            return tuple(replaced(item) for item in value)
        if isinstance(value, dict):
            return {replaced(key): replaced(item) for key, item in value.items()}
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.replace(value, **{field.name: replaced(getattr(value, field.name))
                                                 for field in dataclasses.fields(value) if field.init})
        return value

    stated: Derivation = replaced(derivation)
    shown = {"W": "W", "omega": "ω", "b": "b"}[letter]
    asked = "the texts' letter" if wrt == "b" else "the letter --wrt asks for"
    note = f"the gradient is stated in {shown}, {asked} (read as w throughout)"
    return dataclasses.replace(stated, notes=(*stated.notes, note))


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
    input: Input = "auto",
    regularise_intercept: bool = True,
    objective: str = "cost",
    layout: str | None = None,
) -> Verdict:
    """Check ``answer`` against the true derivative of ``cost`` with respect to ``wrt``.

    ``answer`` is plain notation or LaTeX, and may name the derivative on its
    left (``dJ/dtheta_j = …``); a left side naming a variable other than
    ``wrt`` is an :class:`~logderiv.errors.InputError`.

    Returns a :class:`~logderiv.records.verdict.Verdict`: ``equivalent`` (and how that
    is known), ``different`` (with a counterexample confirmed at 50 digits and a
    diagnosis), or ``undecided`` (e.g. the ``timeout`` in seconds was reached
    while judging). ``timeout`` bounds the whole call: when the cost itself
    cannot be read and derived within it there is nothing to judge, and
    :class:`~logderiv.errors.TimeLimitError` is raised.
    ``cost`` is a formula or a preset name (default: logistic). ``let`` defines
    names: the cost's when ``cost`` is a formula, the answer's when it is a
    preset. ``input`` says how to read the texts (``"auto"``, ``"latex"``,
    ``"plain"``) and ``regularise_intercept`` are as for :func:`derive`. The
    ``objective`` is ``"cost"`` (the answer is the gradient of the cost J, for
    gradient descent) or ``"log-likelihood"`` (of ℓ = −m·J, or −J when the cost
    is a sum with no 1/m: see :mod:`logderiv.verify.objective`). ``layout``
    (``"rows"``, ``"columns"``, ``None``: inferred) is how a matrix answer's X is
    laid out: ``"columns"`` is DeepLearning.AI's X n×m with Y and A 1×m rows;
    with ``None`` an answer whose shapes conform only so is read so (noted). The
    gradient is derived once per (cost, wrt, let, input, regularise_intercept)
    and reused, so checking many answers against one cost is fast. Raises
    :class:`~logderiv.errors.InputError` for text that cannot be read.
    """
    from .notation.scalars import slope_count_letter
    from .notation.printed import count_named
    from .services import check as _check  # noqa: F401  (imported before the clock starts)
    from .deadline import budget, stage

    from .verify.conditions import range_from_one, split_cases, split_condition, split_range

    wrapped = _unwrapped(cost, answer, let, lambda cost, answer, let: check(
        _given(answer), cost=cost, wrt=wrt, let=let, timeout=timeout, input=input,
        regularise_intercept=regularise_intercept, objective=objective, layout=layout))
    if wrapped is not None:
        # $…$, \[…\], a sentence's '.', a Markdown '> ' around a text: read without it (a Markdown mark noted)
        import dataclasses

        verdict, wrap_notes = wrapped
        return dataclasses.replace(verdict, notes=tuple(dict.fromkeys((*wrap_notes, *verdict.notes))))
    widened = _in_ascii(cost, answer, let, lambda cost, answer, let: check(
        _given(answer), cost=cost, wrt=wrt, let=let, timeout=timeout, input=input,
        regularise_intercept=regularise_intercept, objective=objective, layout=layout))
    if widened is not None:
        # 2*（xx.T + λI）: full-width forms typed with a CJK input method, read as ASCII (noted)
        import dataclasses

        return dataclasses.replace(widened, notes=tuple(dict.fromkeys((FULL_WIDTH_NOTE, *widened.notes))))
    from .notation import pasted as pasted_code, read_approximation

    # g = grad; g += …; then grad read whole: the changed array, before any reading respells g += v (audit31f)
    pasted_code.refuse_shared_reads(answer if isinstance(answer, str) else None)
    approximate = read_approximation(answer) if isinstance(answer, str) else None
    if approximate is not None:
        # ∂J/∂θⱼ ≈ …: the right side judged as written; equal, it is the derivative (noted), else no verdict
        try:
            verdict = check(approximate, cost=cost, wrt=wrt, let=let, timeout=timeout, input=input,
                            regularise_intercept=regularise_intercept, objective=objective, layout=layout)
            return _approximately(answer, approximate, verdict)
        except InputError as error:
            if error.source == approximate:  # shown as written: the sign was replaced one column for one
                error.source = answer
            raise
    from .notation.prior_values import fold_prior_value

    prior = fold_prior_value(answer, let, cost)
    if prior is not None:
        # grad = grad + penaltyGrad; after --let "grad = X' * (mu - y)": code's update, the let its line before (noted)
        import dataclasses

        updated, others, prior_note = prior
        verdict = check(updated, cost=cost, wrt=wrt, let=others, timeout=timeout, input=input,
                        regularise_intercept=regularise_intercept, objective=objective, layout=layout)
        return dataclasses.replace(verdict, notes=tuple(dict.fromkeys((prior_note, *verdict.notes))))
    from .notation.capital_grad import read_capital_grad

    capital = read_capital_grad(answer, cost, let)
    if capital is not None:
        # Grad=X'*(X*Theta-Y)/m; beside the cost Jobj (MATLAB's [Jobj, Grad] = costGradient(…)): grad's line (noted)
        import dataclasses

        renamed, capital_note = capital
        try:
            verdict = check(renamed, cost=cost, wrt=wrt, let=let, timeout=timeout, input=input,
                            regularise_intercept=regularise_intercept, objective=objective, layout=layout)
        except InputError as error:
            if error.source == renamed:  # shown as written: Grad was renamed letter for letter
                error.source = answer
            raise
        return dataclasses.replace(verdict, notes=tuple(dict.fromkeys((capital_note, *verdict.notes))))
    cost, let, where_notes = _where_clauses(cost, let)
    clauses: dict[str, str] = {}  # the --let s an answer's clause became, each to the answer as written
    if isinstance(answer, str):
        from .notation import split_where_answer

        # "…, where h(x) = θᵀx" after the answer: the clause is a --let (noted), unless it redefines the cost's h
        as_written, (answer, let, answer_where) = answer, split_where_answer(answer, cost, let)
        where_notes += answer_where
        clauses = {text: as_written for text in let if answer_where and len(text) == len(as_written)
                   and text.startswith(" ") and as_written.endswith(text.strip())}
    let, stated_notes = _stated_derivatives(answer, let)
    where_notes += stated_notes
    if where_notes:
        # \hat{Y} = … \quad \text{where} \quad Z = …: two --lets in one (noted); a --let stating ∂f/∂w_j set aside
        import dataclasses

        try:
            verdict = check(answer, cost=cost, wrt=wrt, let=let, timeout=timeout, input=input,
                            regularise_intercept=regularise_intercept, objective=objective, layout=layout)
        except InputError as error:
            if error.source in clauses:
                # the answer's own clause, blanked to a --let with its columns kept: shown as the answer wrote it
                blanked = error.source
                error.source, error.label = clauses[blanked], "ANSWER"
                if not error.column:  # the let's start is its blank: the clause starts after it
                    error.column = len(blanked) - len(blanked.lstrip())
            raise
        return dataclasses.replace(verdict, notes=tuple(dict.fromkeys((*where_notes, *verdict.notes))))
    code = _code_statements(cost, answer, let, wrt, layout)
    if code is not None:
        # several statements of code (a loop adding to a sum, +=, return …): the one value they compute (noted)
        import dataclasses

        cost, folded, let, code_notes = code
        from .notation.eigen_code import refuse_matrix_beside_columns, refuse_mixed_ways

        # an Eigen loop over X.col(i) (X features × examples) beside a text that writes X whole: which X is not said
        refuse_matrix_beside_columns(code_notes, folded or "")
        # the cost's loop over X.col(i) beside the answer's over X.row(i): one X cannot be both ways round
        refuse_mixed_ways(code_notes, answer if isinstance(answer, str) else "")
        refuse_matrix_beside_columns(code_notes, cost or "", label="COST")
        verdict = check(_given(folded), cost=cost, wrt=wrt, let=let, timeout=timeout, input=input,
                        regularise_intercept=regularise_intercept, objective=objective, layout=layout)
        return dataclasses.replace(verdict, notes=tuple(dict.fromkeys((*code_notes, *verdict.notes))))
    _refuse_theta_zero_apart(cost, answer)
    named = preset_in_parameters(cost, wrt, (answer, *let), regularise_intercept)
    if named is not None:
        # --cost logistic --wrt b with dw/db answers: the preset in the answer's letters, read as a formula (noted)
        import dataclasses

        preset, note = named
        # the answer's and its lets' own respellings first (n = X.rows() read as m, sta663): beside the preset's
        # formula, which writes m, its own count of the examples, a count let would look like a second count
        from .notation.redefined import COLUMNS_COUNT_NOTE, LABEL_WORD_NOTE, ROWS_COUNT_NOTE

        early = respell_texts(None, answer, let, input, wrt)
        counted = early.notes and early.wrt(wrt) == wrt and any(
            ROWS_COUNT_NOTE in said or COLUMNS_COUNT_NOTE in said for said in early.notes)
        # labels, y_true: code's name of the targets is the preset's y, read before the preset's formula writes y
        # (beside which the word could be a second quantity)
        relabelled = bool(early.notes) and early.wrt(wrt) == wrt and any(
            said.endswith(LABEL_WORD_NOTE) for said in early.notes)
        texts = (early.answer, early.lets) if counted or relabelled else (answer, tuple(let))
        verdict = check(_given(texts[0]), cost=preset.cost, wrt=wrt, let=(*preset.lets, *texts[1]), timeout=timeout,
                        input=input, objective=objective, layout=layout)
        if counted:
            from .verify.matrix_answer import COLUMNS_GIVEN, COLUMNS_INFERRED

            # a count read as m holds in one layout only, as below: the answer's shapes or --layout fix it
            laid_out = layout or ("columns" if any(said in (COLUMNS_GIVEN, COLUMNS_INFERRED) for said in verdict.notes)
                                  else _cost_layout(preset.cost, wrt, (*preset.lets, *texts[1]), input,
                                                    regularise_intercept))
            refuse_count_against_layout(early.notes, laid_out, preset.cost, tuple(let), answer)
            return dataclasses.replace(verdict, notes=tuple(dict.fromkeys((note, *early.notes, *verdict.notes))))
        if relabelled:
            return dataclasses.replace(verdict, notes=tuple(dict.fromkeys((note, *early.notes, *verdict.notes))))
        return dataclasses.replace(verdict, notes=(note, *verdict.notes))
    cases = split_cases(answer)
    if cases is None and (one := split_condition(answer)) is not None:
        cases = [one]
    options = dict(cost=cost, let=let, input=input, regularise_intercept=regularise_intercept)
    for case in cases or ():
        if case.kind == "beyond":
            _refuse_intercept_numbering(answer, case.written, options, wrt)
    if (from_one := range_from_one(answer)) is not None:
        _refuse_intercept_numbering(answer, from_one, options, wrt)
    if cases:
        # … \quad \text{for } j \geq 1, (j = 0), \begin{cases}: each case checked at its own j
        return _check_cases(answer, cases, dict(cost=cost, let=let, timeout=timeout, input=input,
                                                regularise_intercept=regularise_intercept, objective=objective,
                                                layout=layout), wrt)
    zero = split_range(answer)
    if zero is not None:
        # … + (λ/m)θⱼ \quad \text{for } j = 0, …, n beside a cost with θ₀ apart: a claim about θ₀ too (audit27h)
        judged = _check_from_zero(answer, zero, dict(cost=cost, let=let, timeout=timeout, input=input,
                                                     regularise_intercept=regularise_intercept, objective=objective,
                                                     layout=layout), wrt)
        if judged is not None:
            return judged
    from .notation.octave_fill import read_stacked_parts, stacked_error_at_the_user

    # [grad_0; grad_rest] with --let s taking X(:,1) and X(:,2:end): the gradient written in parts (noted), read
    # before a column of components: its entries are the intercept's and the rest's, not the components 1 and 2
    stacked, stacked_lets, stacked_notes = read_stacked_parts(answer, let)
    if stacked is not None and stacked_notes:
        import dataclasses

        try:
            verdict = check(stacked.text, cost=cost, wrt=wrt, let=tuple(stacked_lets), timeout=timeout, input=input,
                            regularise_intercept=regularise_intercept, objective=objective, layout=layout)
        except InputError as error:
            # the lines grad(1) = …; grad(2:end) = …; are generated: an error in them is shown in the user's text
            raise stacked_error_at_the_user(answer, let, stacked.text, error) from None
        return dataclasses.replace(verdict, notes=tuple(dict.fromkeys((*stacked_notes, *verdict.notes))))
    arrayed = _check_component_array(answer, wrt, dict(cost=cost, let=let, timeout=timeout, input=input,
                                                       regularise_intercept=regularise_intercept,
                                                       objective=objective, layout=layout))
    if arrayed is not None:
        return arrayed
    from .notation.columns import read_column

    column = read_column(answer)
    if column is not None and _vector_parameter(wrt) is not None:
        judged = _check_column(answer, column, wrt, cost=cost, let=let, timeout=timeout, input=input,
                               regularise_intercept=regularise_intercept, objective=objective, layout=layout)
        if judged is not None:
            return judged
    given_preset = find_preset(DEFAULT_PRESET if cost is None else cost)
    respelled = respell_texts(None if given_preset is not None else cost, answer, let, input, wrt, preset=given_preset)
    if respelled.notes:
        original_cost, original_answer, original_lets = cost, answer, tuple(let)
        answer, let = _given(respelled.answer), respelled.lets
        cost = cost if respelled.cost is None else respelled.cost
        wrt = respelled.wrt(wrt)  # --wrt bias where the texts' bias was read as b
        from .services.check import RESPELL_NOTES

        # the respelling's notes ride along (m, n = X.shape settles the answer's n as the features: never m)
        token = RESPELL_NOTES.set((*RESPELL_NOTES.get(), *respelled.notes))
        try:
            verdict = check(answer, cost=cost, wrt=wrt, let=let, timeout=timeout, input=input,
                            regularise_intercept=regularise_intercept, objective=objective, layout=layout)
        except InputError as error:
            raise shown_as_written(error, original_cost, original_answer, original_lets) from None
        finally:
            RESPELL_NOTES.reset(token)
        import dataclasses

        from .verify.matrix_answer import COLUMNS_GIVEN, COLUMNS_INFERRED

        # a count read as m holds in one layout only: the one the cost, --layout or the answer's shapes fixed
        laid_out = layout or ("columns" if any(note in (COLUMNS_GIVEN, COLUMNS_INFERRED) for note in verdict.notes)
                              else _cost_layout(cost, wrt, let, input, regularise_intercept))
        refuse_count_against_layout(respelled.notes, laid_out, original_cost, original_lets, original_answer)
        refuse_count_beside_slope(respelled.notes, (*verdict.notes, *verdict.problem.notes), original_lets)
        from .notation.zero_sums import settle_one_side

        # Σ_{i=0}^{m} beside 1/m on one side only: given only where the literal reading's verdict agrees
        notes = settle_one_side(respelled.notes, verdict.verdict, original_answer, original_cost)
        return dataclasses.replace(verdict, notes=tuple(dict.fromkeys((*notes, *verdict.notes))))
    _import_readers()
    # judging stops at ``timeout``; returning the undecided verdict it then gives may take _VERDICT_GRACE more
    with budget(timeout, grace=_VERDICT_GRACE) as deadline:
        stage("reading the cost")
        with _as_written(cost, let, answer) as (cost, let, said):
            if cost is not None and let:  # a preset's lets are all the answer's own (S = sum((h - y) .* X) for S ./ m)
                let = _matrix_lets_into_answer(cost, let, said, input)
            judge = checker(cost, wrt=_wrt_as_said(wrt, said), let=let, input=input,
                            regularise_intercept=regularise_intercept, objective=objective, layout=layout)
            from .notation.redefined import refuse_data_name_beside_x, refuse_x_beside_primed_data

            refuse_data_name_beside_x(judge.problem.notes, said.answer)
            refuse_x_beside_primed_data(judge.problem.notes, said.answer)
            if said.dropped:
                from .notation.pasted import check_dropped_counts

                check_dropped_counts(said.dropped, judge.problem.notes)
            stage("judging the answer")
            from .services.check import RESPELL_NOTES

            # the pasted lines' notes ride along (n = len(w), the line dropped: the answer's n is the features')
            token = RESPELL_NOTES.set((*RESPELL_NOTES.get(), *map(str, said)))
            try:
                # the diagnosis names the count as the cost does
                with count_named(slope_count_letter(judge.problem.notes)):
                    verdict = judge.check(said.answer, timeout=_judging_time(deadline, timeout), stated=timeout)
                    written = None
                    if not (cost is None or find_preset(cost) is not None):
                        from .services.written_model import judge_components

                        written = judge_components(verdict, judge.answer_lets, judge.input,
                                                   _judging_time(deadline, timeout))
                    if written is not None:
                        verdict = written  # judged at the θⱼ the model writes, not at a j it has no θⱼ for
                    elif not (cost is None or find_preset(cost) is not None or verdict.verdict == "undecided"):
                        verdict = _across_intercept_conventions(verdict, judge, said.answer, timeout,
                                                                _judging_time(deadline, timeout))
                        verdict = _across_feature_zero(verdict, judge, said.answer, _judging_time(deadline, timeout))
            finally:
                RESPELL_NOTES.reset(token)
    if said:
        import dataclasses

        verdict = dataclasses.replace(verdict, notes=without_respelled_notes(
            tuple(dict.fromkeys((*said, *verdict.notes))), said.written))
        verdict = _ones_column_held(verdict, said)
    return verdict


def _ones_column_held(verdict: Verdict, said: Sequence[str]) -> Verdict:
    """A "different" found only where x₁ ≠ 1, beside code that makes x₁ the column of ones: undecided, not different.

    The reading (``ones_column``, noted "x₁ = 1, θ₁ the intercept") is not held by the sample points, so the
    intercept's right (1/m) Σ (h − y) was called different with x₁⁽¹⁾ = 1.05 in its counterexample. Where the
    answer agrees with the gradient at every point with x₁ = 1, the verdict is undecided, saying why; a difference
    that stays there keeps the verdict.
    """
    from .notation.ones_column import NOTE

    held = NOTE.rsplit("}", 1)[1]  # the template's words after its last field: "… logderiv's X (x₁ = 1, …)"
    if verdict.verdict != "different" or not any(note.endswith(held) for note in said):
        return verdict
    from .services.check import differs_where_the_ones_column_is_one

    if differs_where_the_ones_column_is_one(verdict):
        return verdict
    import dataclasses

    return dataclasses.replace(
        verdict, verdict="undecided", counterexample=None, diagnosis=(),
        reason="the answer differs from the gradient only where x₁ ≠ 1, and the code's X has a column of ones "
               "first (x₁ = 1): at every sample point with x₁ = 1 the two agree, but the check draws x₁ freely, so "
               "it decides neither way")


#: --wrt as given: a parameter and its index, a letter (theta_j) or a number (theta_0)
_WRT_INDEX = patterns.compile(r"(?P<base>.+?)_\{?\s*(?P<index>[A-Za-z]|[0-9]+)\s*\}?")


def _check_cases(answer: str, cases: Sequence[Condition], options: dict[str, Any], wrt: str) -> Verdict:
    """An answer written under conditions on j, each case checked against the gradient at its own j (noted).

    ``j = k`` is the derivative by the component k: the answer's j is put as k and --wrt's index too (a
    general --wrt theta_j becomes theta_k). ``j ≥ 1`` is every component but the intercept: the general
    component, which is what a general j is checked at (the intercept θ₀ written apart is checked on its
    own). A case for another component than a numbered --wrt asks is left out, and refused when it is the
    only one. The verdict is ``different`` if any case is, ``equivalent`` if every case is.
    """
    import dataclasses

    from .verify.conditions import component_text

    given = _WRT_INDEX.fullmatch(wrt.strip())
    place = "the case '{}' of the answer" if answer.lstrip().startswith("\\begin") else "'{}' after the answer"
    verdicts = []
    for case in cases:
        if given is None:
            raise InputError(f"the answer is for {case.written}, and --wrt {wrt} has no index to put it in",
                             source=answer, column=None, label="ANSWER", hint="give --wrt theta_j")
        base, index = given.group("base"), given.group("index")
        numbered = index.isdigit()
        if not numbered and index != case.letter:
            raise InputError(f"the answer's condition '{case.written}' is on {case.letter}, and --wrt {wrt} "
                             f"differentiates by the index {index}", source=answer, column=None, label="ANSWER",
                             hint=f"give --wrt {base}_{case.letter}")
        if case.kind == "at":
            if numbered and int(index) != case.number:
                continue  # the case of another component than the one asked
            text, by = component_text(case, answer), f"{base}_{case.number}"
            said = (f"{place.format(case.written)} is the component it is for: checked as the derivative by "
                    f"{base}_{case.number}, with {case.letter} = {case.number} in the answer")
        else:
            if numbered and int(index) < 1:
                continue  # the intercept's θ₀ is not among j ≥ 1
            text, by = (component_text(dataclasses.replace(case, kind="at", number=int(index)), answer)
                        if numbered else case.text), wrt
            said = (f"{place.format(case.written)} says it is for every component but the intercept θ₀: "
                    f"checked as the general component, as a general {case.letter} is (the intercept written apart "
                    "is checked on its own, with --wrt)")
        verdict = check(text, wrt=by, **options)
        verdicts.append(dataclasses.replace(verdict, notes=tuple(dict.fromkeys((said, *verdict.notes)))))
    if not verdicts:
        raise InputError(f"no case of the answer is for --wrt {wrt}", source=answer, column=None, label="ANSWER",
                         hint="give --wrt for a component one of its conditions names, or theta_j")
    for kind in ("different", "undecided"):
        for verdict in verdicts:
            if verdict.verdict == kind:
                return verdict
    merged = tuple(dict.fromkeys(note for verdict in verdicts for note in verdict.notes))
    return dataclasses.replace(verdicts[-1], notes=merged)


def _refuse_intercept_numbering(answer: str, written: str, options: dict[str, Any], wrt: str) -> None:
    """``+ (λ/m)θⱼ \\quad (j ≥ 1)`` beside a cost that writes its intercept θ₁ apart (--no-reg-intercept): refused.

    "j ≥ 1", "j ≠ 0", "j = 1, …, n" are every component but the intercept in the numbering of notes (θ₀ the
    intercept), and every component in logderiv's (θ₁ the intercept). The case was checked as the general component,
    which beside such a cost takes in its intercept θ₁: an answer right for every component but the intercept, as its
    condition says, was "different" for the intercept's missing −(λ/m)θ₁. Which numbering the text means it does not
    say: refused, naming both. Beside a cost whose components are all alike, or with θ₀ apart, the general component
    is every one the condition names, and the answer is read as before.
    """
    from .verify.columns import parameters_of

    given = _WRT_INDEX.fullmatch(wrt.strip())
    if given is not None and given.group("index").isdigit() and given.group("index") != "1":
        return  # θ₂ … θₙ are components but the intercept in both numberings (θ₀ is none of logderiv's)
    judge = checker(options["cost"], wrt=wrt, let=options["let"], input=options["input"],
                    regularise_intercept=options["regularise_intercept"])
    parameters = parameters_of(judge.problem)
    if parameters is None or 1 not in parameters.numbered or 0 in parameters.numbered:
        return
    shown = parameters.shown
    base = given.group("base") if given is not None else "theta"
    raise InputError(f"'{written}' numbers the components from the intercept {shown}_0 (notes' numbering: every "
                     f"component but the intercept) or from {shown}_1 (logderiv's, where the cost's intercept is "
                     f"{shown}_1: every component, the intercept too); the text does not say which",
                     source=answer, column=answer.rfind(written) if written in answer else None, label="ANSWER",
                     hint=f"write the answer at one component and give it as --wrt: {base}_2 (a component but the "
                          f"intercept in both numberings) or {base}_1 (logderiv's intercept)")


def _check_from_zero(answer: str, zero: Condition, options: dict[str, Any], wrt: str) -> Verdict | None:
    """An answer said to hold for j = 0 too (a range from 0, "for all j") beside a cost that writes θ₀ apart.

    The LaTeX reader sets such a range aside and checks the general component, which beside a cost with the
    intercept θ₀ written on its own (and so left out of its penalty) is θ₁ … θₙ's: ``+ (λ/m)θⱼ for j = 0, …, n``
    was "equivalent" though it is wrong at θ₀. Here the formula is checked at the general j and at θ₀ (j put as
    0, as for ``j = 0``), noted; ``different`` if either is. None (the answer read as before) for a numbered
    --wrt, or a cost with no θ₀ apart, whose components the general j covers.
    """
    import dataclasses

    from .verify.columns import parameters_of
    from .verify.conditions import component_text

    given = _WRT_INDEX.fullmatch(wrt.strip())
    if given is None or given.group("index") != zero.letter:
        return None
    judge = checker(options["cost"], wrt=wrt, let=options["let"], input=options["input"],
                    regularise_intercept=options["regularise_intercept"])
    parameters = parameters_of(judge.problem)
    if parameters is None or 0 not in parameters.numbered:
        return None
    base = given.group("base")
    said = (f"'{zero.written}' after the answer says it holds for {base}_0 too, which the cost writes apart: checked "
            f"as the general component and as the derivative by {base}_0, with {zero.letter} = 0 in the answer")
    verdicts = [check(zero.text, wrt=wrt, **options), check(component_text(zero, answer), wrt=f"{base}_0", **options)]
    verdicts = [dataclasses.replace(verdict, notes=tuple(dict.fromkeys((said, *verdict.notes)))) for verdict in verdicts]
    for kind in ("different", "undecided"):
        for verdict in verdicts:
            if verdict.verdict == kind:
                return verdict
    merged = tuple(dict.fromkeys(note for verdict in verdicts for note in verdict.notes))
    return dataclasses.replace(verdicts[0], notes=merged)


def _vector_parameter(wrt: str) -> str | None:
    """The parameter vector's letter of ``--wrt`` (``theta_j`` → theta); None for a scalar such as b."""
    found = re.fullmatch(r"\s*\\?(theta|beta|w)\s*_\s*\{?\s*(?:[jkl]|\d+)\s*\}?\s*", wrt)
    return None if found is None else found.group(1)


def _check_component_array(answer: str, wrt: str, given: dict[str, Any]) -> Verdict | None:
    """Code returning the gradient as an array of its parts (``return np.array([grad_w0, grad_w1])``), judged as the
    tuple of them, and a function's argument under another name (``--let 'w_ = w'``) read as the name; None: neither.

    The array is written as the tuple ``[grad_w0, grad_w1]`` with the code's lines as --let s, and NumPy's entries
    ``w[k]`` respelled as logderiv numbers them (:func:`respell_texts`) before the tuple is judged, so the entries'
    order is the code's own numbering of the parameters: the column reader holds each entry to its component and
    refuses a count that does not match (noted, :mod:`logderiv.notation.component_arrays`).
    """
    import dataclasses

    from .notation.component_arrays import read_aliases, read_component_array

    cost, let = given["cost"], tuple(given["let"])
    options = {key: value for key, value in given.items() if key not in ("cost", "let")}
    if cost is None or find_preset(cost) is not None:
        return None
    aliased = read_aliases(cost, answer, let)
    if aliased is not None:
        try:
            verdict = check(_given(aliased.answer), cost=aliased.cost, wrt=wrt, let=aliased.lets, **options)
        except InputError as error:
            raise shown_as_written(error, cost, answer, let) from None
        return dataclasses.replace(verdict, notes=tuple(dict.fromkeys((*aliased.notes, *verdict.notes))))
    try:
        array = read_component_array(answer, wrt, let)
    except InputError as error:
        raise shown_as_written(error, cost, answer, let) from None
    if array is None:
        return None
    lets = tuple(dict.fromkeys(" ".join(text.split()) for text in array.lets))  # a line the code and a --let both say
    respelled = respell_texts(cost, array.answer, lets, given["input"], wrt)
    try:
        verdict = check(_given(respelled.answer or array.answer), cost=respelled.cost or cost,
                        wrt=respelled.wrt(wrt), let=respelled.lets, **options)
    except InputError as error:
        raise shown_as_written(error, cost, answer, let) from None
    return dataclasses.replace(verdict, source=answer, notes=tuple(dict.fromkeys(
        (*array.notes, *respelled.notes, *verdict.notes))))


def _check_column(answer: str, column: Column, wrt: str, **given: Any) -> Verdict | None:
    """A column or tuple of components judged entry by entry, each as the component of ∇J it stands for.

    Entries written as one pattern around an ellipsis (``…x_0, \\dots, …x_n``) stand for every
    component by that pattern: the pattern is judged at θⱼ (any j), the entries written with a number
    at their own component. Entries that do not match the cost's parameters (their count, or where
    their numbering starts) are refused, both readings said: logderiv never picks one.
    """
    import dataclasses

    from .notation.columns import HOLE, indexed, pattern_of
    from .verify.columns import parameters_of

    judge = checker(given["cost"], wrt=wrt, let=given["let"], input=given["input"],
                    regularise_intercept=given["regularise_intercept"])
    parameters = parameters_of(judge.problem)
    if parameters is None:
        return None  # a scalar parameter (b): no components to list
    parameter, shown = parameters.letter, parameters.shown  # the cost's own letter (w where --wrt said θ)
    numbered, generic = list(parameters.numbered), parameters.generic
    written = column.written
    entries = list(column.entries)
    first = entries[0].start

    def refuse(message: str, at: int, hint: str) -> NoReturn:
        raise InputError(message, source=answer, column=at, hint=hint, label="ANSWER")

    plan: list[tuple[str, str, int, str]] = []  # (entry text, wrt, where it starts, what it stands for)
    notes: list[str] = []
    if any(entry.ellipsis for entry in entries):
        each = indexed([entry.text for entry in written])
        for lead in range(1, len(written) - 1):
            if each is not None:
                break
            # θ₀'s entry written on its own (no x₀), then the pattern: …, …x_1, \vdots, …x_n
            group = indexed([entry.text for entry in written[lead:]])
            if group is not None and group[0][0].isdigit() and int(group[0][0]) - lead >= 0:
                each = [(str(int(group[0][0]) - lead + k), entry.text) for k, entry in enumerate(written[:lead])]
                each += group
        if each is None:
            refuse(f"the {column.shape}'s entries around '…' do not show which component each is (the same "
                   "subscripts in each, one index changing from entry to entry), so what the '…' stands for cannot "
                   "be told", first,
                   "write every entry, or the entries around '…' with their component's index (…x_0, \\dots, …x_n)")
        one_pattern = pattern_of([entry.text for entry in written]) is not None
        indices = [index for index, _ in each]
        last = indices[-1]
        numbers = [int(index) for index in indices[:-1] if index.isdigit()]
        if not generic or last.isdigit() or len(numbers) != len(indices) - 1 or last != "n":
            refuse(f"the {column.shape} runs over {shown}_{indices[0]} … {shown}_{last}, but the cost's parameters "
                   f"are {parameters.listed()}: which components its entries are cannot be "
                   "told", entries[-1].start, f"end the {column.shape} at the cost's last component, {shown}_n")
        start = numbers[0]
        lowest = min([*numbered, 1])
        if numbers != list(range(start, start + len(numbers))):
            refuse(f"the {column.shape}'s entries are numbered {', '.join(indices)}: not one after another",
                   first, "number the entries 0, 1, …, n (or 1, …, n) as the parameters are")
        if start == lowest or (start == 0 and not numbered and parameters.alike and one_pattern):
            template = each[-1][1]
            letter = next(index for index in "jkl" if f"_{index}" not in template and f"_{{{index}}}" not in template)
            if start == lowest:
                for entry, index in zip(written[:-1], numbers):
                    plan.append((entry.text, f"{parameter}_{index}", entry.start, f"∂J/∂{shown}_{index}"))
            plan.append((template.replace(HOLE, letter), f"{parameter}_{letter}", written[-1].start,
                         f"∂J/∂{shown}_{letter}"))
            if one_pattern:
                notes.append(f"the answer is a {column.shape} of the components {shown}_{start} … {shown}_n: its "
                             f"entries are one pattern, and the '…' stands for every component by it, "
                             f"{template.replace(HOLE, letter).strip()} at every {letter}; each entry is judged as "
                             "the component it stands for")
            else:
                notes.append(f"the answer is a {column.shape} of the components {shown}_{start} … {shown}_n: each "
                             f"entry is judged as the component its index says, the last ({shown}_n's) as {shown}_{letter}'s, "
                             f"{template.replace(HOLE, letter).strip()} (the cost treats every feature alike), "
                             "and the '…' stands for the components between")
            if start != lowest:
                notes.append(f"the {column.shape} numbers its entries from 0 ({shown}₀ … {shown}ₙ, the intercept's "
                             f"x₀ = 1 inside {shown}ᵀx) where logderiv numbers the features 1..n: every entry is "
                             "the one pattern, and the cost treats every feature alike, so the numbering is "
                             "only a name and the pattern is judged at every component")
        else:
            refuse(f"the {column.shape} starts at {shown}_{start}, but the cost's parameters are "
                   f"{parameters.listed()}: either it leaves out "
                   f"{shown}_{lowest} or it numbers the components from {start}; logderiv does not pick one",
                   first, "number the entries as the cost numbers its parameters, or give the component with --wrt")
    else:
        if (generic or not numbered or len(written) != len(numbered)
                or numbered != list(range(numbered[0], numbered[0] + len(numbered)))):
            readings = (f"read as the whole gradient it holds only for n = {len(written) - len(numbered)}, read as "
                        "its first components the others are missing" if generic else
                        f"read in order, {'an entry has no parameter' if len(written) > len(numbered) else 'a parameter has no entry'}")
            refuse(f"the {column.shape} has {len(written)} entries, but the cost's parameters are "
                   f"{parameters.listed()}: {readings}; which component each entry is cannot "
                   "be told",
                   first, "give one entry per parameter, in order, or write the pattern with \\vdots (…x_0 \\\\ "
                   "\\vdots \\\\ …x_n)")
        for entry, index in zip(written, numbered):
            plan.append((entry.text, f"{parameter}_{index}", entry.start, f"∂J/∂{shown}_{index}"))
        notes.append(f"the answer is a {column.shape} of {len(written)} components, read in order as "
                     f"{', '.join(f'∂J/∂{shown}_{index}' for index in numbered)}; each entry is judged as that "
                     "component")
    verdicts = []
    for text, wrt, start, meaning in plan:
        try:
            verdict = check(text, wrt=wrt, **given)
        except InputError as error:
            if error.source == text and error.column is not None:
                error.source, error.column = answer, start + error.column
            raise
        if verdict.verdict != "equivalent":
            said = (f"the entry at column {start + 1} ({meaning}) is not that component: the verdict below is that "
                    "entry's" if verdict.verdict == "different" else
                    f"the entry at column {start + 1} ({meaning}) could not be judged")
            return dataclasses.replace(verdict, source=answer,
                                       notes=tuple(dict.fromkeys((*notes, said, *verdict.notes))))
        verdicts.append(verdict)
    merged = tuple(dict.fromkeys((*notes, *(note for verdict in verdicts for note in verdict.notes))))
    methods = {verdict.method for verdict in verdicts}
    chosen = next((verdict for verdict in verdicts if verdict.method == "numeric"), verdicts[-1]) \
        if "numeric" in methods else verdicts[-1]
    return dataclasses.replace(chosen, source=answer, notes=merged)


def _cost_layout(cost: str | None, wrt: str, let: Sequence[str], input: Input, regularise_intercept: bool) -> str:
    """The layout the cost is read in (``"rows"`` unless it fixes one per column; a preset's: rows).

    The texts are read as :func:`check` reads them, pasted code rewritten first: ``def h(…): …``,
    ``g = vectorize(…)``, and ``thetaT = theta;`` with ``thetaT(1) = 0;``, a copy of θ only so (read raw, it was
    refused once ``m = length(y);`` sent the check through this function).
    """
    with _as_written(cost, let) as (cost, let, _):
        try:
            return checker(cost, wrt=wrt, let=let, input=input, regularise_intercept=regularise_intercept).problem.layout
        except InputError:
            # code's statements became lets the answer alone uses (R's gr <- crossprod(X, Y - p), its capital Y
            # beside the cost's y): they say nothing of the cost's layout, so the cost is read with the lets it reaches
            reached = _lets_reached(cost, let)
            if len(reached) == len(let):
                raise
            return checker(cost, wrt=wrt, let=reached, input=input,
                           regularise_intercept=regularise_intercept).problem.layout


def _lets_reached(cost: str | None, let: Sequence[str]) -> tuple[str, ...]:
    """The lets whose name the cost writes, or a let it reaches so writes (a name is a word of the text)."""
    named = [(text.split("=", 1)[0].strip(), text) for text in let if "=" in text]
    reached: list[str] = []
    frontier = [cost or ""]
    while frontier:
        text = frontier.pop()
        for name, let_text in named:
            if let_text not in reached and name.isidentifier() and re.search(rf"(?<![\w\\]){name}(?![A-Za-z0-9])", text):
                reached.append(let_text)
                frontier.append(let_text.split("=", 1)[1])
    return tuple(text for text in let if text in reached)


def _across_feature_zero(verdict: Verdict, judge: Checker, answer: str, timeout: float) -> Verdict:
    """The verdict, unless it is "different" only because the cost's own x₀ may be Ng's x₀ = 1.

    A cost that writes θ₀x₀ + θ₁x₁ keeps x₀ as written, a feature; in Ng's notes
    the same text means x₀ = 1, so ∂J/∂θ₀ written without x₀ is right there.
    Where the answer is right with x₀ = 1 and wrong with x₀ a feature, the
    verdict is ``undecided``, both readings said: never a confident verdict on
    one reading of an ambiguous cost.
    """
    import dataclasses

    import sympy

    from .notation.feature_zero import feature_zero_may_be_one
    from .services.check import Checker

    if verdict.verdict != "different":
        return verdict
    problem = judge.problem
    zero = feature_zero_may_be_one(problem)
    if not zero:
        return verdict
    ones = {indexed: sympy.Integer(1) for indexed in zero}
    other_problem = dataclasses.replace(
        problem,
        cost=problem.cost.xreplace(ones),
        definitions={key: value.xreplace(ones) if isinstance(value, sympy.Basic) else value
                     for key, value in problem.definitions.items()},
    )
    try:
        other = Checker(other_problem, answer_lets=judge.answer_lets, input=judge.input).check(answer, timeout=timeout)
    except Exception:  # noqa: BLE001 - a reading that cannot be judged leaves the verdict as it was
        return verdict
    if other.verdict != "equivalent":
        return verdict
    return dataclasses.replace(
        verdict,
        verdict="undecided",
        check=None,
        counterexample=None,
        diagnosis=(),
        reason=(
            "the answer is right if x₀ = 1 (as ML notes number the intercept's feature, θ₀x₀ with x₀ = 1) "
            "and wrong if x₀ is a feature of its own, as the cost is read: write the intercept alone "
            "(theta_0 + theta_1 x_1) if x₀ = 1 is meant, or keep x₀ in the answer if it is a feature"
        ),
    )

#: a call of NumPy's module, np.NAME( or numpy.NAME(, that marks a problem as NumPy code
_NUMPY_CALL = patterns.compile(r"(?<![\w.])(?:np|numpy)\.[A-Za-z_]\w*\(")


def _matrix_lets_into_answer(cost: str, lets: Sequence[str], said: _Said, input: Input) -> Sequence[str]:
    """Put the answer's own matrix ``--let`` s (``diff_J = X' * residuals``) in the answer; the other lets."""
    from .notation import pasted

    own = _answer_only_lets(cost, lets, input)
    if not own:
        return lets
    # a problem whose texts call NumPy is NumPy code throughout: its '*' multiplies entry by entry in every let
    numpy = any(_NUMPY_CALL.search(text) for text in (cost, said.answer, *lets) if isinstance(text, str))
    done, used = pasted.matrix_lets_into_answer(said.answer, own, numpy=numpy)
    if not used:
        return lets
    before = said.rewritten.get(said.answer)
    # the answer as written: an error in the new text shows it (columns inside a put-in value map to its name)
    said.rewritten[done.text] = pasted.Pasted(before.original if before else done.original, done.text, done.edits)
    said.answer = done.text
    said.extend(done.notes)
    return tuple(text for text in lets if text not in used)


class _Said(list[str]):
    """The notes of the rewrites of pasted text (:mod:`logderiv.notation.pasted`), and the answer as rewritten."""

    #: "" where there is no answer (``derive``'s texts)
    answer: str = ""
    rewritten: dict[str, Pasted] = {}
    dropped: dict[str, str] = {}
    #: the texts as written (cost, answer, --let texts), for notes of what only a rewrite put there
    written: tuple[str | None, ...] = ()


def _other_code(text: str) -> bool:
    """Whether a text says it is LaTeX, NumPy or Octave, so that an R problem's other texts do not make it R."""
    from .notation.matrix_cost import code_dialects

    return "\\" in text or bool(code_dialects(text))


@contextlib.contextmanager
def _as_written(
    cost: str | None, lets: Sequence[str], answer: str | None = None
) -> Iterator[tuple[str | None, Sequence[str], _Said]]:
    """Rewrite pasted spellings (``float(m)``, ``%20``, ``<sub>``, ``n = length(theta);`` …) before reading, noted.

    Yields the cost, the ``--let`` texts and the notes (with ``.answer``, the answer
    rewritten); an :class:`InputError` raised inside about a rewritten text is
    shown in the text as written, its column mapped back.
    """
    from .notation import (assigned_y, haskell_code, module_calls, octave_fill, ones_column, pasted, plain, r_code,
                           row_lists, stacked_lets)
    from .notation.case_slip import probability_case_slip
    from .notation.definition_signs import definition_signs
    from .notation.probability import conditional_probability, probability_calls
    from .notation.primed_cost import nabla_cost_head, primed_cost_head

    written = (cost, answer, *lets)
    # grad = zeros(size(theta)) with rest = size(grad,1) and grad(2:rest,1): Octave's sizes and ranges, the start
    # left out where the lines set grad whole (octave_fill, noted); the texts read on from these
    filled_cost, filled_answer, lets, filled_notes = octave_fill.read_filled_start(cost, answer, lets)
    # sf.sigmoidFunction(X, theta) beside --let 'def sigmoidFunction(X, theta): …': a module's alias (noted)
    called_cost, called_answer, lets, called_notes = module_calls.read_module_calls(
        filled_cost.text if filled_cost is not None else cost, filled_answer.text if filled_answer is not None else answer,
        lets)
    filled_cost = filled_cost.then(called_cost) if filled_cost is not None and called_cost is not None else filled_cost
    filled_answer = filled_answer.then(called_answer) if filled_answer is not None and called_answer is not None \
        else filled_answer
    filled_notes = [*filled_notes, *called_notes]
    bases = {p.text: p for p in (filled_cost, filled_answer) if p is not None and p.text != p.original}
    cost = filled_cost.text if filled_cost is not None else cost
    answer = filled_answer.text if filled_answer is not None else answer
    # grad = grad + V with --let grad = zeros(size(theta)) (ex5's template): the answer is grad = V (noted)
    looped = pasted.accumulating_loop(answer, lets) or pasted.zero_started(answer, lets)
    if looped is not None:
        # for i in range(len(x)): d = BODY + d, with --let d = 0.0: the answer is the sum of the bodies (noted)
        lets = [text for text in lets if text is not looped[1]]
    # X <- cbind(1, x) with theta <- c(b, w): X %*% theta is b + w·x where it is used (ones_column, noted)
    lets, joined, joined_notes = ones_column.joined_weights(lets, (cost, answer))
    rust = pasted.rust_problem([cost, answer, *lets])  # Rust's &v and x.len() carry no mark of their own
    # nor does a Julia answer's l * w; R's 1-based theta[2:length(theta)] looks like Julia's, and R's marks decide
    julia = not rust and not pasted.r_problem([cost, answer, *lets]) and pasted.julia_problem([cost, answer, *lets])
    # each step gives its lets as a tuple or a list, and its notes likewise
    new_lets: Sequence[str]
    notes: Sequence[str]
    # Breeze's :* marks the problem as Scala's Breeze, whose m.t (an answer's, with no mark of its own) is m'
    breeze = not rust and not julia and pasted.breeze_problem([cost, answer, *lets])
    haskell = haskell_code.haskell_problem([cost, answer, *lets])  # (size y, fromIntegral: marked by <.>, #> beside)
    # TensorFlow.js's .matMul( marks the problem, whose chains without one (termOne.add(termTwo)) are read too
    tfjs = not rust and not julia and not breeze and pasted.tfjs_problem([cost, answer, *lets])
    # z_j = x_j^Tw + b, z = (z_1, \cdots, z_m)^T: a page's lets entry by entry, before a per-example z_i is read
    stacked, stacked_notes, restacked = stacked_lets.read_stacked_lets(lets)
    # y_pred = [w[0] + w[1] * x[0] + … for x in X]: one value per example, the line the let writes (noted)
    stacked, row_notes, rowed, row_features = row_lists.read_row_lists(stacked)
    restacked = {**{new: restacked.get(old, old) for new, old in rowed.items()}, **restacked}
    stacked_notes = [*stacked_notes, *row_notes]
    new_lets, by_text, notes, dropped = pasted.rewrite_lets(tuple(stacked), rust=rust, julia=julia, breeze=breeze,
                                                            haskell=haskell, tfjs=tfjs,
                                                            r=pasted.r_problem([cost, answer, *lets]))
    by_text = {**{new: pasted.Pasted(old, new) for new, old in restacked.items()}, **by_text}
    notes = (*filled_notes, *joined_notes, *stacked_notes, *notes)
    new_lets, slices, slice_notes = pasted.slice_lets(new_lets)
    # theta(1) = 0; on θ itself: the lines after it, the cost and the answer use [0; θ(2:end)] (noted)
    new_lets, zeroed, zeroed_lets, zeroed_notes = pasted.zeroed_in_place(new_lets)
    by_text = {**by_text, **zeroed_lets}
    slices, slice_notes = {**slices, **zeroed}, (*slice_notes, *zeroed_notes)
    # m <- matrix(1, nrow(y), 1): the column of ones, put where the texts use it (noted)
    new_lets, ones, ones_notes = ones_column.ones_lets(new_lets)
    slices, slice_notes = {**slices, **ones}, (*slice_notes, *ones_notes)
    new_lets, signed, sign_notes = definition_signs(new_lets)  # u \equiv (1, \ldots, 1)^T: ≡ defines (noted)
    by_text = {**by_text, **signed}
    notes = (*notes, *sign_notes)
    # --let '\Pr[y{=}1 | \mathbf{x}; \mathbf{w}, b] = …': the model's prediction h, the texts' \Pr[y_i{=}1 | x_i] h(x_i)
    new_lets, probable, probable_notes, probability = conditional_probability(new_lets)
    by_text = {**by_text, **probable}
    notes = (*notes, *probable_notes)
    if cost is not None and find_preset(cost) is None:
        # \ln(p_i) beside --let '… = P_i = …': the probability's letter in two cases (case_slip, noted)
        new_lets, slipped, slip_notes = probability_case_slip(cost, new_lets)
        by_text = {**by_text, **slipped}
        notes = (*notes, *slip_notes)
    defined = {text.split("=")[0].split("(")[0].strip() for text in new_lets if isinstance(text, str)}
    rewritten = dict(by_text)
    said_notes = list(notes)
    r = pasted.r_problem([cost, answer, *lets])
    # wᵀX in some text: a --let's value may be a 1×m row, whose axis 0 is no sum over the examples (audit48)
    columns = pasted.columns_problem([cost, answer, *new_lets])
    plain.refuse_matrix_size([cost, answer, *lets])  # x.size is m·n beside x[i] a row (audit54)
    pasted.refuse_python_slips([(cost, "COST"), (answer, "ANSWER"), *((let, "--let") for let in lets)])  # (audit26a)
    pasted.refuse_aliased_zeroing(lets, [(cost, "COST"), (answer, "ANSWER")])  # temp = theta; temp[0] = 0 (audit27c)
    # NumPy's marks in some text (np., **, @, .T) and no R or Julia: its * between a mask and w is entrywise
    numpy = not r and not julia and not rust and pasted.python_problem([cost, answer, *lets])
    for text, is_answer in ((cost, False), (answer, True)):
        if text is None or (not is_answer and find_preset(text) is not None):
            continue
        pasted.refuse_zeroed_entry(text, zeroed, label="ANSWER" if is_answer else "COST")
        loop = looped[0] if is_answer and looped is not None else pasted.Pasted(text, text)
        # theta(1) = 0; among the text's own lines: the lines after it use [0; θ(2:end)], in this text alone (noted)
        own_zeroing = None if zeroed or loop.text != text else \
            pasted.zeroed_in_text(text, label="ANSWER" if is_answer else "COST")
        if own_zeroing is not None:
            loop = own_zeroing
            alone = pasted.zeroed_in_cost_alone(text, answer) if not is_answer else None
            if alone is not None:  # the answer's own θ is the whole θ: said, as the answer may be judged by it
                said_notes.append(alone)
        # in a text read as R, a slice is put in R's words (theta[2:length(theta)]), which R's reader reads
        read_as_r = ((r and not _other_code(loop.text)) or r_code.is_r(loop.text)) and not rust and not haskell
        put = loop.then(pasted.put_slices(loop.text, slices, numpy=numpy, label="ANSWER" if is_answer else "COST",
                                          r=read_as_r))
        columned, column_note = row_lists.read_row_columns(put.text, row_features)
        if column_note is not None:  # X[j][0] beside y_pred = [w[0] + w[1] * x[0] + … for x in X]: feature 1
            put = put.then(pasted.Pasted(put.text, columned, notes=(column_note,)))
        if probability:
            put = put.then(probability_calls(put.text))
        ranged = r_code.ranges_to_the_length(put.text, lets) if r else None
        if ranged is not None:  # R's theta[2:theta_len] beside --let 'theta_len <- length(theta)'
            put = put.then(pasted.Pasted(put.text, ranged[0], notes=(ranged[1],)))
        bound = r_code.bound_columns(put.text) if r or r_code.is_r(put.text) else None
        if bound is not None:  # R's sum(cbind(y, 1 - y) * cbind(log(h), log(1 - h)))
            put = put.then(pasted.Pasted(put.text, bound[0], notes=(bound[1],)))
        done = put.then(pasted.rewrite(put.text, answer=is_answer, cost=not is_answer, defined=defined,
                                       r=r and not _other_code(put.text), rust=rust, julia=julia, breeze=breeze,
                                       haskell=haskell, tfjs=tfjs, columns=columns,
                                       from_zero=pasted.numbers_from_zero(cost, is_cost=not is_answer)))
        if put.text != text:
            said_notes += [note for note in slice_notes if note not in said_notes]
        base = bases.get(text)
        if done.text != text:
            rewritten[done.text] = base.then(done) if base is not None else done
            said_notes += [note for note in done.notes if note not in said_notes]
        elif base is not None:
            rewritten[text] = base
    cost_text, answer_text = rewritten_text(written[0], rewritten), rewritten_text(written[1], rewritten)
    primed = None if cost is None or find_preset(cost) is not None else (
        primed_cost_head(answer_text, cost_text) or nabla_cost_head(answer_text, cost_text))
    if primed is not None:  # (\lambda(w_1^2 + w_2^2))' = …, \nabla_x \|r\|^2 = …: of the cost itself, J' or ∇J (noted)
        earlier = rewritten.pop(answer_text) if answer_text is not None and answer_text in rewritten else None
        rewritten[primed.text] = earlier.then(primed) if earlier is not None else primed
        answer_text = primed.text
        said_notes += [note for note in primed.notes if note not in said_notes]
    is_preset = cost is not None and find_preset(cost) is not None
    texts = [None if is_preset else cost_text, answer_text, *new_lets]
    try:
        changed, note = pasted.data_x(texts, defined)
        if note is None:
            changed, note = pasted.latex_data_x(texts, defined)
        if note is None:
            changed, note = pasted.data_letter(texts, defined)
        if note is None:  # e = y - tx.dot(w): the EPFL labs' x̃, the data matrix with its ones column (noted)
            changed, note = pasted.data_tx(texts, defined)
        if note is None:  # --let Xb = np.c_[np.ones(m), X]: the data with its ones column, logderiv's X (noted)
            changed, note = ones_column.design_matrix(texts, defined)
        if note is None:  # --let 'y = X @ w + b' beside (y_hat - y): code's y is the prediction, y_hat the target
            changed, note = assigned_y.prediction_named_y(texts, defined)
    except InputError as error:
        # x in one text, X (or tx) in another: shown in the text as written, labelled with the argument that holds it
        found = rewritten.get(error.source)
        label = "ANSWER" if error.source == answer_text else "COST" if error.source == cost_text else "--let"
        if found is not None:
            error.column, error.source = found.column(error.column), found.original
        raise error.with_label(label) from None
    if note is not None:
        for before, after in zip(texts, changed):
            # (a text not given, a preset's None, is never rewritten into one)
            if before != after and after is not None and before is not None:
                earlier = rewritten.pop(before, None) or pasted.Pasted(before, before)
                rewritten[after] = earlier.then(pasted.Pasted(before, after))
        cost_text = cost if is_preset else changed[0]
        answer_text, new_lets = changed[1], tuple(text for text in changed[2:] if text is not None)
        said_notes.append(note)
    said = _Said(said_notes)
    said.answer = answer_text or ""
    said.rewritten = rewritten
    said.dropped = dropped
    said.written = written
    try:
        yield cost_text, new_lets, said
    except InputError as error:
        found = rewritten.get(error.source)
        if found is not None:
            error.column = found.column(error.column)
            error.source = found.original
            if r:
                error.message, error.hint = r_code.in_r_words(error.message, error.hint)
                error.args = (error.message,)  # str(error), the API's words, as the CLI's: R's, not NumPy's
        raise


def _wrt_as_said(wrt: str, said: list[str]) -> str:
    """--wrt W_0 where pasted code's W was read as w (``W[0][0] + W[1][0]*x``, said in ``said``): w_0, noted there.

    The readers of the texts themselves turn --wrt W_j into w_j where they read W as w
    (:func:`logderiv.notation.conventions.capital_wrt`); a reading of pasted code is said before them, here.
    """
    from .notation import conventions

    asked = conventions.capital_wrt(wrt, said) if isinstance(wrt, str) else None
    if asked is None:
        return wrt
    note = conventions.capital_wrt_note(wrt, asked)
    if note not in said:
        said.append(note)
    return asked


@overload
def rewritten_text(text: str, rewritten: dict[str, Pasted]) -> str: ...
@overload
def rewritten_text(text: None, rewritten: dict[str, Pasted]) -> None: ...
def rewritten_text(text: str | None, rewritten: dict[str, Pasted]) -> str | None:
    """``text`` as :func:`_as_written` rewrote it (itself when no rule applied)."""
    if text is None:
        return None
    for new, done in rewritten.items():
        if done.original == text:
            return new
    return text


#: how far past its ``timeout`` a check may run to return the undecided verdict that judging gave at the limit
_VERDICT_GRACE = 0.25


def _judging_time(deadline: Deadline | None, timeout: float) -> float:
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

    from .services.check import Checker

    import sympy

    wrt = judge.problem.wrt
    numbered = isinstance(wrt, sympy.Indexed) and wrt.indices[-1].is_Integer
    if verdict.matrix is None and not numbered:
        # a component answer for a general j (+ λ/m θⱼ) is written, in either numbering, for the
        # components other than the intercept, where the two readings agree
        return verdict
    other_problem = penalty_without_intercept(judge.problem)
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


def checker(
    cost: str | None = None,
    *,
    wrt: str = DEFAULT_WRT,
    let: Sequence[str] = (),
    input: Input = "auto",
    regularise_intercept: bool = True,
    objective: str = "cost",
    layout: str | None = None,
) -> Checker:
    """The :class:`~logderiv.services.check.Checker` for a cost (one per set of arguments, cached)."""
    if objective != "cost" or layout is not None:
        return _convention_checker(cost, wrt, tuple(let), input, regularise_intercept, objective, layout)
    return _checker(cost, wrt, tuple(let), input, regularise_intercept)


#: the layouts ``check --layout`` accepts: one example per row (X m×n) or per column (X n×m, DeepLearning.AI's)
LAYOUTS = ("rows", "columns")


@remembered("_api.convention_checker", 4)
def _convention_checker(cost: str | None, wrt: str, let: tuple[str, ...], input: Input, regularise_intercept: bool,
                        objective: str, layout: str | None) -> Checker:
    """The cost's checker under the conventions asked for: another objective (the log-likelihood), a fixed layout."""
    import dataclasses

    from .services.check import Checker
    from .verify.matrix_answer import COLUMNS_GIVEN
    from .verify.objective import OBJECTIVES, describe_log_likelihood, ensure_orientation

    if objective not in OBJECTIVES:
        raise InputError(f"unknown objective '{objective}'", hint="use " + " or ".join(OBJECTIVES), label="--objective")
    if layout not in (None, *LAYOUTS):
        raise InputError(f"unknown layout '{layout}'", hint="use " + " or ".join(LAYOUTS), label="--layout")
    judge = _checker(cost, wrt, let, input, regularise_intercept)
    problem = judge.problem
    notes = list(problem.notes)
    if objective != "cost":
        ensure_orientation(problem)  # ℓ is −m·J, −J or the cost itself: refused rather than guessed when unknown
        notes.append(f"--objective log-likelihood: the answer is judged as the gradient of the log-likelihood "
                     f"{describe_log_likelihood(problem)}, for gradient ascent")
    if layout is not None and layout != problem.layout and any(note.startswith("matrix form") for note in notes):
        said = "one example per column (X n×m)" if problem.layout == "columns" else "one example per row (X m×n)"
        raise InputError(f"--layout {layout}: the cost fixes the layout, {said}", label="--layout",
                         hint="leave out --layout: answers are read in the cost's layout")
    if layout == "columns" and problem.layout != "columns":
        notes.append(COLUMNS_GIVEN)
    problem = dataclasses.replace(problem, objective=objective, layout=layout or problem.layout, notes=tuple(notes))
    return Checker(problem, answer_lets=judge.answer_lets, input=judge.input, with_the_cost=judge.with_the_cost,
                   layout_inferred=layout is None)


@remembered("_api.checker", 16)
def _checker(cost: str | None, wrt: str, let: tuple[str, ...], input: Input, regularise_intercept: bool) -> Checker:
    from .services.check import Checker

    if cost is None or find_preset(cost) is not None:
        problem = read_cost(cost, wrt=wrt, input=input, regularise_intercept=regularise_intercept)
        return Checker(problem, answer_lets=let, input=input)
    try:
        problem = read_cost(cost, wrt=wrt, let=let, input=input, regularise_intercept=regularise_intercept)
    except InputError as error:
        own = _answer_only_lets(cost, let, input)
        if error.label != "--let" or error.source not in own:
            raise
        # diff_J = X' * residuals;: a matrix the answer uses, not the cost, read with the answer
        problem = read_cost(cost, wrt=wrt, let=[text for text in let if text not in own], input=input,
                            regularise_intercept=regularise_intercept)
        return Checker(problem, answer_lets=own, input=input, with_the_cost=True)
    answer_lets = _lets_for_the_answer(problem, let, input)
    if answer_lets:
        import dataclasses

        from .services.check import unused_let_names

        unused = unused_let_names(problem)
        # said by the checker of each answer that uses it instead: "--let dz is not in the cost: … the answer's own"
        notes = tuple(
            note for note in problem.notes
            if not (note.startswith("--let ") and note.endswith(" is defined but not used") and note[6:-24] in unused)
        )
        problem = dataclasses.replace(problem, notes=notes)
    return Checker(problem, answer_lets=answer_lets, input=input, with_the_cost=bool(answer_lets))


def clear_checkers() -> None:
    """Forget every checker made so far: the next :func:`checker` call derives its gradient afresh.

    For the grading forkserver's warm-up (:mod:`logderiv.grading.warmup`): a checker remembers the
    answers it judged, and a worker must judge its own from a checker no answer has been through.
    """
    _checker.cache_clear()
    _convention_checker.cache_clear()


def _answer_only_lets(cost: str, lets: Sequence[str], input: Input) -> tuple[str, ...]:
    """The ``--let`` texts that neither the cost nor a ``--let`` it uses (at any depth) names: the answer's own.

    A function's let of code (R's ``lgm_gradient(w, X, t) = t(X) %*% …``) is named by its name.
    """
    import re

    from .notation import latex, notation_of, plain

    named = {}
    #: the name as written where the reader's name differs (h_theta read as h with a subscript θ): a cost that
    #: writes h_theta uses that let
    written: dict[str, str] = {}
    for text in lets:
        split = latex.split_let if notation_of(text, input) == "latex" else plain.split_let
        try:
            name = split(text)[0]
        except InputError:
            # a function's let of code, NAME(ARGS) = …, is named by NAME; a chain leaves the reading as it was
            function = re.match(r"\s*([A-Za-z]\w*)\s*\([^()]*\)\s*=(?!=)", text)
            if function is None or notation_of(text, input) == "latex":
                return ()
            name = function.group(1)
        named[name] = text
        head = re.match(r"\s*([A-Za-z_]\w*)", text)
        if head is not None and head.group(1) != name:
            written[head.group(1)] = name
    def words(text: str) -> set[str]:
        found = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))
        # y_hat_i: the let's y_hat at example i (plain._example_suffix), a use of the let
        return found | {word[:-2] for word in found if word.endswith("_i") and "_" in word[:-2]}

    needed, todo = set(), [cost]
    while todo:
        for word in words(todo.pop()):
            word = written.get(word, word)
            if word in named and word not in needed:
                needed.add(word)
                todo.append(named[word].split("=", 1)[1])
    return tuple(text for name, text in named.items() if name not in needed)


def _lets_for_the_answer(problem: Problem, lets: Sequence[str], input: Input) -> tuple[str, ...]:
    """The ``--let`` texts the cost does not use (``dz = A - Y`` for ``dw = np.dot(X, dz.T)/m``): the answer's own."""
    from .notation import latex, notation_of, plain
    from .services.check import unused_let_names

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


#: θ₀ + θᵀx written in an answer's own model: Ng's intercept apart (plain, Unicode or LaTeX spelling)
_THETA_ZERO_APART = patterns.compile(
    r"(?:\\theta|θ|(?<![A-Za-z])theta)\s*(?:_\s*\{?\s*0\s*\}?|₀)\s*\+\s*(?:\\theta|θ|(?<![A-Za-z])theta)\s*"
    r"(?:\^\s*\{?\s*(?:T|\\top)\s*\}?|ᵀ|\.T|')\s*\\?(?:mathbf\s*\{\s*)?x(?![A-Za-z])")


def _refuse_theta_zero_apart(cost: str | None, answer: str) -> None:
    """Refuse an answer whose model is θ₀ + θᵀx against a preset, whose θᵀx holds the intercept (x₁ = 1).

    Read against the preset, θ₀ is a weight of no feature and a right answer of Ng's model a false
    'different'; read as the preset with its intercept apart, it would clash with how a --let h or a
    matrix answer's θ₀e₁ are read (refused as another model, or as features numbered 1..n). Which model
    the answer means is not said: the writer is asked (audit18).
    """
    if find_preset(DEFAULT_PRESET if cost is None else cost) is None:
        return
    found = _THETA_ZERO_APART.search(answer)
    if found is not None:
        raise InputError(
            "the answer's model is θ₀ + θᵀx, the intercept θ₀ apart, but the preset writes θᵀx with the intercept a "
            "feature of ones (x₁ = 1): against it θ₀ would be a weight of no feature",
            source=answer, column=found.start(), label="ANSWER",
            hint="check against the cost written with your model, e.g. --cost '-1/m * sum(y log(h) + (1-y) log(1-h))' "
                 "--let 'h = sigmoid(theta_0 + theta^T x)'",
        )


def _of_one_variable(review: Review, name: str = "x") -> bool:
    """Whether ``review`` checked the derivative of a function of ``name`` alone by ``name``, one derivation."""
    import sympy

    variable = sympy.Symbol(name)
    cost = review.problem.cost
    return (review.problem.wrt == variable and review.gradient_wrt in (None, variable) and not review.parts
            and isinstance(cost, sympy.Expr) and cost.free_symbols == {variable})


def _x_as_argument(text: str, *, input: Input, file_kind: str | None) -> Review | InputError | None:
    """A page that differentiates the sigmoid by x and uses x as nothing else, read with x as its argument z (noted),
    if it then reads as the derivative of a function of z alone by z; the refusal of that reading where it was
    refused (the reason the page's refusal gives); else None (the page's refusal stands)."""
    import dataclasses

    from .notation.sigmoid_page import as_argument
    from .services.steps import review_steps

    renamed = as_argument(text)
    if renamed is None:
        return None
    written, _, notes = renamed
    try:
        review = review_steps(written, input=input, file_kind=file_kind)
    except InputError as error:
        return error
    # only the derivative of a function of z alone by z: a page read as a cost's derivative by θ (f'(z) taken as
    # ∂J/∂θⱼ) or by another variable is not this reading
    if not _of_one_variable(review, "z"):
        return None
    return dataclasses.replace(review, notes=tuple(dict.fromkeys((*notes, *review.notes))))


#: NAME′(v) as a chain's first side: f'(z), g’(t), \\sigma'(z), f^\\prime(u), f^{\\prime}(z)
_PRIME_OPENING = patterns.compile(r"(?:\\?[A-Za-z]+)\s*(?:'|’|′|\^\s*\{?\s*(?:\\prime|')\s*\}?)\s*\(\s*([A-Za-z])\s*\)")
#: a derivative by a parameter, or a cost, on the page: ∂, ∇, d/dθ, d/dw, d/db, d/dβ, a sum, a log
_A_COST_ON_THE_PAGE = patterns.compile(BY_A_PARAMETER + r"|\\sum|Σ|∑|\\log|\\ln(?![A-Za-z])|(?<![A-Za-z\\])log(?![A-Za-z])")
#: the note of a page whose prime opening is read as the derivative of the sigmoid by its own variable
PRIME_OPENING_NOTE = ("the page's derivation opens with {written}, the derivative of the sigmoid by {variable}, and "
                      "writes no cost and no parameter: read as d/d{variable} σ({variable}), each step checked as a "
                      "derivative by {variable}, not against the default cost's gradient")


def _prime_opening_reread(review: Review, text: str, *, input: Input, file_kind: str | None) -> Review | None:
    """A page read against the default cost (none given or written) whose one chain opens with a prime derivative
    NAME′(v) read as σ(v)(1 − σ(v)), v a letter of its own, and takes no other derivative: f(z) = 1/(1 + e^{−z}),
    f′(z) = e^{−z}/(1 + e^{−z})² = f(z)(1 − f(z)) (audsig37; judged "wrong at line 3" against ∂J/∂θⱼ on main). Its
    derivative is σ's by v: read so (noted) where that reading is the derivative of σ(v) alone by v, else refused
    saying why; None for any other page (its reading stands)."""
    import dataclasses

    import sympy

    from .notation.symbols import sigmoid
    from .services.steps import DEFAULT_COST_NOTE, review_steps

    if DEFAULT_COST_NOTE not in review.notes or not review.steps or review.parts or review.lemmas:
        return None
    first = review.steps[0]
    found = _PRIME_OPENING.fullmatch(first.written.written)
    arguments = {call.args[0] for call in first.expression.atoms(sigmoid)}
    if found is None or _A_COST_ON_THE_PAGE.search(text) is not None or len(arguments) != 1:
        return None
    (variable,) = arguments
    sigma = sigmoid(variable)
    if sympy.expand(first.expression - sigma * (1 - sigma)) != 0:
        return None
    column, line = first.written.column, first.written.line
    if variable != sympy.Symbol(found.group(1)) or found.group(1) in "xyXYwbmnijJ":
        # f(x) = e^x/(1 + e^x), f'(x) = …: x is data to logderiv (read x_j) and the page differentiates by it, no
        # cost on it; judged against ∂J/∂θⱼ it was a false "wrong" (the forms the σ′ page's x reading does not see)
        raise InputError(f"the page's derivation opens with {first.written.written}, the derivative of the sigmoid by "
                         f"{found.group(1)}, and writes no cost and no parameter: {found.group(1)} is data (or a "
                         "parameter) to logderiv, or not the sigmoid's argument alone, and the page is not the default "
                         "cost's derivative by θⱼ: not read",
                         hint="to check a derivation of σ′ on its own, write its variable as z: \\sigma(z) = "
                              "\\frac{1}{1+e^{-z}}, then \\frac{d}{dz}\\sigma(z) = …",
                         source=text, column=column, line=line, label="FILE")
    message = (f"the page's derivation opens with {first.written.written}, the derivative of the sigmoid by "
               f"{found.group(1)}, and writes no cost and no parameter: it is not the default cost's derivative by "
               "θⱼ, and was not read as σ's by " + found.group(1))
    hint = (f"give --cost '\\sigma({found.group(1)})' --wrt {found.group(1)}, or open the derivation with "
            f"\\frac{{d}}{{d{found.group(1)}}}\\sigma({found.group(1)})")
    try:
        read = review_steps(text, cost=f"\\sigma({found.group(1)})", wrt=found.group(1), input=input,
                            file_kind=file_kind)
    except InputError as error:
        raise InputError(f"{message} ({str(error).splitlines()[0] if str(error) else type(error).__name__})",
                         hint=hint, source=text, column=column, line=line, label="FILE") from error
    if (not _of_one_variable(read, found.group(1)) or len(read.steps) != len(review.steps)
            or read.steps[0].written.offset != first.written.offset):
        raise InputError(message, hint=hint, source=text, column=column, line=line, label="FILE")
    note = PRIME_OPENING_NOTE.format(written=first.written.written, variable=found.group(1))
    return dataclasses.replace(read, notes=tuple(dict.fromkeys((note, *read.notes))))


def _refuse_one_variable_judged_against_the_default(review: Review, text: str) -> None:
    """Refuse a page read against the default cost (none given or written) whose lines are each a function of one
    letter of its own alone (σ(z) = z², σ′(z) = 2z: no θ, x, y, no ∂, sum or log on the page), and that did not end
    at the gradient: it differentiates a function of one variable, not the cost by θⱼ, and was judged "wrong"
    against ∂J/∂θⱼ (audsig37: a false "wrong" on main)."""
    import sympy

    from .services.steps import DEFAULT_COST_NOTE

    if (DEFAULT_COST_NOTE not in review.notes or not review.steps or review.ending == "gradient"
            or _A_COST_ON_THE_PAGE.search(text) is not None):
        return
    symbols: set[sympy.Basic] = set()
    for step in review.steps:
        if not isinstance(step.expression, sympy.Basic) or step.expression.atoms(sympy.Indexed):
            return
        symbols |= step.expression.free_symbols
    if len(symbols) != 1:
        return
    (variable,) = symbols
    if not isinstance(variable, sympy.Symbol) or len(variable.name) != 1 or variable.name in "xyXYwbmnijJ":
        return
    first = review.steps[0].written
    raise InputError(f"every line of the page is a function of {variable.name} alone, and the page writes no cost and "
                     f"no parameter: it differentiates a function of one variable by {variable.name}, not the default "
                     "cost by θⱼ, and is not judged against that cost's gradient: not read",
                     hint=f"give --cost and --wrt {variable.name} (the function the page differentiates), or open the "
                          f"derivation with \\frac{{d}}{{d{variable.name}}} of it",
                     source=text, column=first.column, line=first.line, label="FILE")


def steps(
    text: str,
    *,
    cost: str | None = None,
    wrt: str | None = None,
    input: Input = "auto",
    regularise_intercept: bool = True,
    timeout: float | None = None,
    let: Sequence[str] = (),
    file_kind: str | None = None,
) -> Review:
    """Check a written derivation line by line: is each step true, and does it end at the gradient?

    ``text`` is the derivation, one expression per line, a chain ``A = B = C`` or
    a LaTeX ``align*`` block. ``cost`` (a preset's name or a formula) and ``wrt``
    default to what the first line says (``d/dtheta_j (...)``), else the
    logistic cost and ``theta_j``. ``input`` (``"auto"``, ``"latex"``,
    ``"plain"``) says how to read the derivation, ``cost`` and ``wrt``, as for
    :func:`derive`, and so does ``regularise_intercept``. Raises
    :class:`~logderiv.errors.InputError` for text that cannot be read, with the
    line and column in the document. ``let`` defines names as for :func:`check`:
    in the cost when it is a formula, else in the lines. ``file_kind``
    (``"markdown"``, ``"notebook"``, ``None``) reads ``text`` as notes: the
    maths blocks between the prose, in order (a notebook's Markdown cells;
    lines are then reported as cell and line). ``timeout`` (seconds; ``None``: no limit
    of its own) bounds the whole call; running out raises
    :class:`~logderiv.errors.TimeLimitError`.
    """
    from .services.steps import review_steps
    from .deadline import budget, stage

    _import_readers()
    # （1/m） sum（（h - y）^2）: full-width forms typed with a CJK input method, read as ASCII (noted) as derive and
    # check read them; a page's (Markdown, notebook) are read in its maths only, its prose left as written
    widened = _in_ascii(cost, text if file_kind is None else None, let, lambda cost, written, let: steps(
        text if written is None else written, cost=cost, wrt=wrt, input=input,
        regularise_intercept=regularise_intercept, timeout=timeout, let=let, file_kind=file_kind))
    if widened is not None:
        import dataclasses

        return dataclasses.replace(widened, notes=tuple(dict.fromkeys((FULL_WIDTH_NOTE, *widened.notes))))
    from .notation.zero_intercept import refuse_feature_starts_mixed

    # Σ_{j=0}^{m} x_{ij}ω_j in the cost, Σ_{j=1}^{m} in a line: not both every component (audit32f)
    refuse_feature_starts_mixed(cost, text)
    from .notation.sigmoid_page import refusal, sigmoid_derivative_page

    # σ(x) = 1/(1 + e^{−x}) and its derivative by x, the whole page (cold39's σ′ blogs): x is there the argument of
    # the function differentiated, read as z (noted) where the page uses x as nothing else; else refused saying why
    sigmoid = None if (cost or wrt or let) else sigmoid_derivative_page(text)
    with budget(timeout):
        stage("checking the derivation")
        if sigmoid is not None:
            read = _x_as_argument(text, input=input, file_kind=file_kind)
            if isinstance(read, InputError):
                # ko's 1/(1+e^{-}): the page read with x as its argument, and refused so — that reason, not the
                # first the reader met with x as data, is the one the refusal keeps
                reason = str(read).splitlines()[0] if str(read) else type(read).__name__
                message, hint = refusal(sigmoid, f"read with x as its argument z: {reason}")
                raise InputError(message, source=text, column=sigmoid.offset, line=sigmoid.line, label="FILE",
                                 hint=hint) from read
            if read is not None:
                return read
        try:
            review = review_steps(text, cost=cost, wrt=wrt, input=input,
                                  regularise_intercept=regularise_intercept, let=let,
                                  file_kind=file_kind)
        except InputError as error:
            # refused all the same, saying why — x is data to logderiv, no cost is derived — rather than only what
            # the reader met first; the reader's own refusal is kept at the message's end
            if sigmoid is None:
                raise
            message, hint = refusal(sigmoid, str(error).splitlines()[0] if str(error) else type(error).__name__)
            raise InputError(message, source=text, column=sigmoid.offset, line=sigmoid.line, label="FILE",
                             hint=hint) from error
        if sigmoid is None and not (cost or wrt or let):
            reread = _prime_opening_reread(review, text, input=input, file_kind=file_kind)
            if reread is not None:
                return reread
            _refuse_one_variable_judged_against_the_default(review, text)
        if sigmoid is not None and not _of_one_variable(review):
            # f'(x) = … = f(x)(1 − f(x)) was read as ∂J/∂θⱼ of the default logistic cost and judged against its
            # gradient: a false "wrong"; the page's derivative is σ's by x, which that reading does not check
            message, hint = refusal(sigmoid, "its derivative by x was read as the default cost's by a parameter, "
                                             "which the page does not differentiate")
            raise InputError(message, source=text, column=sigmoid.offset, line=sigmoid.line, label="FILE",
                             hint=hint)
        return review
