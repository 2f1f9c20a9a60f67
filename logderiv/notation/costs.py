"""A --cost's text read as the writer means it: a preset in the parameters asked, respellings, refusals, notes.

The pieces of :func:`logderiv.verify.costs.read_cost` that are notation: which
preset a --wrt in w, b or β means (in the parameters a page or an answer
writes), the respellings of code and pasted text (:func:`respell_texts`), a
count of the examples the layout contradicts, a --let that makes the cost
undefined, and what a penalty's reach over the intercept is read as
(:func:`penalty_note`). What reading a cost must *prove* (that a chain
``J = A = B``'s sides are equal, which labels the cost is written for) is
verification, so ``read_cost`` itself lives in ``verify`` and calls these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Sequence

from ..errors import InputError
from ..presets import (DEFAULT_PRESET, Preset, find_preset, in_parameters, page_writes_two_letters, parameters_meant,
                       parameters_note, parameters_of_page, parameters_unsaid, weights_letter,
                       without_intercept_penalty)
from .. import patterns

if TYPE_CHECKING:  # pragma: no cover
    from .problem import Problem
    from . import Input
    from .redefined import Respelled
    from .tree import Span

__all__ = ["preset_in_parameters", "preset_on_page", "preset_without_intercept_penalty", "respell_texts",
           "shown_as_written",
           "refuse_count_against_layout", "refuse_count_beside_slope", "refuse_undefined_lets", "penalty_without_intercept", "penalty_note",
           "INTERCEPT_NOTE", "EVERY_ENTRY_NOTE", "FIRST_ENTRY_TAKEN_NOTE"]

#: said of a formula whose penalty Σₖ θₖ² sits beside θᵀx (logderiv._api's _across_intercept_conventions asks both ways)
INTERCEPT_NOTE = (
    "the penalty Σ θⱼ² is read over θ₁..θₙ, the intercept θ₁ (x₁ = 1) included, as logderiv numbers features; "
    "in notes where θ₀ is the intercept and θᵀx runs from 0, the same sum leaves it out, and the intercept's "
    "entry of the gradient has no λ term"
)


#: a norm of θ as a cost writes it: \|\theta\|^2, ||theta||^2, ‖θ‖², \lVert\theta\rVert, θᵀθ, theta^T theta, theta.'*theta,
#: transpose(theta) * theta
_THETA = r"(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{?\s*)?(?:\\theta|theta|θ)\s*\}?"


_NORM_OF_THETA = patterns.compile(
    rf"(?:\\\||\|\||‖|\\lVert|\\Vert)\s*{_THETA}\s*(?:_\s*\{{?\s*2\s*\}}?\s*)?(?:\\\||\|\||‖|\\rVert|\\Vert)"
    rf"|{_THETA}\s*(?:\^\s*\{{?\s*(?:T|\\top|\\intercal)\s*\}}?|\.?'|ᵀ)\s*(?:\*|@|\\cdot)?\s*{_THETA}(?![\w_])"
    # Octave's transpose(theta) * theta: the same θᵀθ, spelled as a call
    rf"|transpose\s*\(\s*{_THETA}\s*\)\s*(?:\*|@)?\s*{_THETA}(?![\w_(])")


#: a component of θ squared as a sum writes it: theta_j^2, \theta_{j}^{2}, θⱼ²
_COMPONENT_SQUARED = patterns.compile(r"(?:\\theta|theta|θ)\s*(?:_\s*\{?\s*[jkl]\s*\}?|[ⱼₖ])\s*(?:\^\s*\{?\s*2|²)")


#: code that squares and adds every entry of the whole vector θ: sum(theta.^2), np.sum(theta**2),
#: np.sum(np.square(theta)), np.dot(theta, theta); no slice (theta(2:end), theta[1:]) and no index; a slice of
#: every entry (theta(1:end), theta(:), theta[:]) is the whole vector
_WHOLE_THETA = r"theta(?:\s*\(\s*(?:1\s*:\s*end(?:\s*,\s*:)?|:)\s*\)|\s*\[\s*:\s*(?:,\s*:\s*)?\])?"


_EVERY_ENTRY_IN_CODE = patterns.compile(
    rf"(?<![\w.])(?:np\.|numpy\.)?sum\s*\(\s*(?:{_WHOLE_THETA}\s*(?:\.\^|\*\*|\^)\s*2"
    rf"|(?:np\.|numpy\.)square\s*\(\s*{_WHOLE_THETA}\s*\))\s*\)"
    rf"|(?<![\w.])(?:np\.|numpy\.)dot\s*\(\s*{_WHOLE_THETA}\s*,\s*{_WHOLE_THETA}\s*\)")


def _penalty_is_a_norm(source: str) -> bool:
    """Whether a cost's text writes its penalty as a norm of θ (‖θ‖², θᵀθ) and no component θⱼ² squared in a sum.

    A norm covers every entry of θ, the intercept's too, in either numbering: the penalty's reach is not in doubt.
    So does code that squares and adds the whole vector (``sum(theta.^2)``): code has no numbering to read.
    """
    return bool(_NORM_OF_THETA.search(source) or _EVERY_ENTRY_IN_CODE.search(source)) \
        and not _COMPONENT_SQUARED.search(source)


#: sum(theta.^2) - theta(1)^2 (or - theta[0]**2): the first entry's square taken back out of the whole vector's,
#: its coefficient written again or not (- lambda/(2*m) * theta(1)^2, as the penalty's own term is written); NumPy's
#: theta[0,0] too, and theta_1, the name the reader gives NumPy's theta[0] beside the whole theta (redefined.py) before
#: this note is asked for: the first entry as logderiv numbers them
_FIRST_ENTRY_TAKEN = patterns.compile(
    r"-\s*(?:(?:lambda|lam|λ)\s*(?:/\s*(?:\(\s*2\s*\*?\s*m\s*\)|2\s*/\s*m|2\s*\*?\s*m|m|2))?\s*\*\s*)?"
    r"(?:theta\s*(?:\(\s*1\s*\)|\[\s*0\s*(?:,\s*0\s*)?\])|(?<![\w.])theta_1(?!\w))\s*(?:\.\^|\^|\*\*)\s*2(?![\d.])")


FIRST_ENTRY_TAKEN_NOTE = ("the penalty squares every entry of θ and the code subtracts the first entry's square "
                          "(theta(1)^2, the intercept's), read as written")


#: said of code whose penalty squares every entry of θ (sum(theta.^2)): the intercept's entry is in it
EVERY_ENTRY_NOTE = (
    "the penalty squares every entry of θ as the code writes it, the intercept's (theta(1), theta[0]) included: "
    "its gradient has λ on every entry; leave the intercept out in the cost (theta(2:end), theta[1:]) if that is meant"
)


def penalty_without_intercept(problem: Problem) -> Problem | None:
    """The problem with each penalty Σₖ₌₁ⁿ f(θₖ) (a feature sum of θ alone) less its k = 1 term; None if none.

    Only for a cost whose θ is also dotted with x (θᵀx), where the intercept is
    one of θ's components, and that writes no θ₀ or θ₁ of its own.
    """
    import dataclasses

    import sympy

    from . import symbols

    if _penalty_is_a_norm(problem.source):
        return None  # ‖θ‖² is every entry of θ squared, however its entries are numbered: no question
    from .written_components import written_model

    if written_model(problem) is not None:
        return None  # g(θ₀ + θ₁x₁ + θ₂x₂): the model writes its intercept θ₀ apart, outside Σ_{j=1}^{n}: no question
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
        # a let's θ₀ counts too: h = Σ_{k=0}^{n} θₖxₖ read by θ₀ or θ₁ is θ₀ + Σₖ₌₁ⁿ θₖxₖ, the intercept the writer's θ₀
        numbered = {indexed.indices[-1] for indexed in problem.expand_definitions(cost).atoms(sympy.Indexed)
                    if indexed.base == base}
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


def refuse_count_beside_slope(notes: Sequence[str], read: Sequence[str], lets: Sequence[str]) -> None:
    """Refuse a count let kept beside the slope m (``n = len(y)``, :mod:`logderiv.notation.redefined`) that the
    reading did not take for the count of the examples: the let says n counts them, the texts use n otherwise."""
    from .redefined import COUNT_BESIDE_SLOPE_NOTE

    for note in notes:
        if COUNT_BESIDE_SLOPE_NOTE not in note:
            continue
        name = note.split(" = ", 1)[0]
        if any(said.startswith(f"{name} counts the examples") for said in read):
            continue
        text = next((text for text in lets if isinstance(text, str) and text.strip().startswith(name)), "")
        raise InputError(
            f"--let {name} counts the examples beside the slope m, but the texts use {name} otherwise (not as the "
            "count a sum or a mean divides by)",
            source=text, column=0, label="--let",
            hint=f"divide the sums by {name} (1/{name} * sum(…)), or call the slope another letter (w) and count with m",
        )


def refuse_count_against_layout(notes: Sequence[str], layout: str, cost: str | None, lets: Sequence[str],
                                answer: str | None = None) -> None:
    """Refuse a ``--let`` count of the examples read as m (:mod:`logderiv.notation.redefined`) that the layout contradicts.

    ``n = X.shape[0]`` counts the examples only with one example per row (X m×n);
    ``m = X.shape[1]`` (DeepLearning.AI's) only with one example per column (X n×m).
    In the other layout the same code counts the features: read as m, the count
    would silently be another number, so the texts are refused instead.
    """
    from .redefined import COLUMN_TARGETS_NOTE, COLUMNS_COUNT_NOTE, DATASET_ROWS_NOTE, ROWS_COUNT_NOTE

    for note in notes:
        # (R's as.vector(y) is no column: beside a 1×m matrix its entries recycle along the row, as Y's)
        if COLUMN_TARGETS_NOTE in note and layout == "columns" and "as.vector(" not in note:
            # y = y(:), y <- as.matrix(y): an m×1 column, but this layout's y is a 1×m row (A - y would broadcast
            # to m×m): the column is not the y the texts are read with (audredef38)
            written = note.removeprefix("read as code: ").split(" re-binds ", 1)[0]
            given = next((let for let in lets if isinstance(let, str)
                          and " ".join(let.split()).rstrip(";") == written), written)
            raise InputError(
                f"--let {written} makes y an m×1 column, but this text keeps one example per column (X n×m, "
                "Y a 1×m row): beside a 1×m row the column broadcasts, so y is not read as the targets",
                source=given, column=0, label="--let",
                hint="leave out the --let (y is then the 1×m row), or write the texts with one example per row")
        rows, columns = ROWS_COUNT_NOTE in note or DATASET_ROWS_NOTE in note, COLUMNS_COUNT_NOTE in note
        if not (rows and layout == "columns" or columns and layout != "columns"):
            continue
        head = note.split(" counts ", 1)[0]
        if " = " not in head:
            # Y.shape[1] written in a text (no --let): the caret at the text that writes it
            spelled = head
            text, label = next(((text, label) for text, label in ((answer, "ANSWER"), (cost, "COST"), *(
                (let_text, "--let") for let_text in lets)) if isinstance(text, str) and spelled in text), (cost, "COST"))
            raise InputError(
                f"{spelled} is the number of examples only with one example per column (Y a 1×m row, "
                "DeepLearning.AI's layout), but this text keeps one example per row (Y an m×1 column) or says no "
                f"layout: there {spelled} is 1",
                source=text or "", column=text.find(spelled) if isinstance(text, str) else 0, label=label,
                hint="write m (or Y.size, len(y)) for the number of examples",
            )
        name, spelled = head.split(" = ", 1)
        text = next((text for text in lets if isinstance(text, str) and text.strip().startswith(name)), cost)
        label = "--let" if text is not cost else "COST"
        if rows:
            # DeepLearning.AI's X is n×m, one example per column: its rows are the features, not the examples
            raise InputError(
                f"--let {name} counts the rows of X, but this text keeps one example per column (X is n×m): "
                "the rows are the features",
                source=text or "", column=0, label=label,
                hint=f"with X n×m the examples are X.shape[1]: --let '{name} = X.shape[1]', or leave the --let out",
            )
        # X.shape[1] of an m×n X (Xw, X.dot(theta)) is the number of features n, whatever the let calls it
        raise InputError(
            f"--let {name} = {spelled} counts the examples only with one example per column (X n×m, "
            f"DeepLearning.AI's layout), but this text keeps one example per row (X m×n) or says no layout: "
            f"there {spelled} is the number of features n, or not a count of the examples",
            source=text or "", column=0, label=label,
            hint="with X m×n the examples are X.shape[0] or len(y); X.shape[1] counts them only with X n×m, "
            "the model written np.dot(w.T, X)",
        )


def respell_texts(
    cost: str | None, answer: str | None, lets: Sequence[str], input: Input, wrt: str | None = None,
    preset: Preset | None = None,
) -> Respelled:
    """The texts with the names a source redefines and code's spellings read (:mod:`logderiv.notation.redefined`).

    Then a feature index --wrt writes with a letter of its own (``w_m`` beside ``[x_n]_m``) is respelled as
    logderiv's (:mod:`logderiv.notation.feature_letters`), --wrt with it; and with the ``preset`` the cost
    is, a call of its model with the data and the parameters, ``h(x, theta)``, is its hypothesis
    (:mod:`logderiv.notation.model_calls`).
    """
    from . import notation_of
    from .coefficient_vector import respell_coefficient_vector
    from .data_roles import read_data_roles
    from .extracted_code import respace_extracted
    from .feature_array import respell_feature_array
    from .feature_letters import respell_feature_letter
    from .likelihood_names import read_likelihood_name
    from .model_calls import model_call_in
    from .proportional import read_proportional_cost
    from .redefined import respell
    from .sigmoid_helper import rename_sigmoid_helper
    from .pasted import r_problem
    from .r_code import refuse_entry_count_lets

    if r_problem([cost, answer, *lets]):
        # m = length(X) in R counts X's entries (m·n): refused here too, where a check's lets arrive unconverted
        refuse_entry_count_lets(lets)
    # np . sum ( model (x , theta ) ): code a PDF's text extraction spaced apart, read as the code it is (noted)
    cost, answer, spaced_lets, spaced_notes = respace_extracted(
        cost, answer, lets, lambda text: notation_of(text, input) == "plain")
    lets = spaced_lets
    # --let 'sigmoid(X, parameters) = 1 / (1 + np.exp(-np.dot(X, parameters)))': code's helper, under its own name
    (cost, answer, *helper_lets), helper_note = rename_sigmoid_helper([cost, answer, *lets])
    if helper_note is not None:
        lets = [text for text in helper_lets if text is not None]
        spaced_notes = [*spaced_notes, helper_note]
    # l(β) ∝ …: a log-likelihood up to an added constant is read as '=' (noted); any other '∝' is refused here
    proportional_notes: list[str] = []
    if isinstance(cost, str):
        cost, proportional_notes = read_proportional_cost(cost)
    # t_p = w * t_u + b, (t_p - t_c) ** 2: code's own names of the data and the targets, read by their roles
    cost, answer, role_lets, role_notes = read_data_roles(cost, answer, lets)
    # each of respell's passes asks each text's notation again (some forty times an answer): asked once per text
    # here, for this call only (the texts change between passes only where a pass respells them)
    notations: dict[str, Literal["latex", "plain"]] = {}

    def notation(text: str) -> Literal["latex", "plain"]:
        known = notations.get(text) if isinstance(text, str) else None
        if known is None:
            known = notation_of(text, input)
            if isinstance(text, str):
                notations[text] = known
        return known

    result = respell(cost, answer, tuple(role_lets), notation, wrt)
    result.notes[:0] = [*spaced_notes, *proportional_notes, *role_notes]
    # -log_lik with p <- 1 / (1 + exp(-X %*% beta)): code's name of the log-likelihood of its one logistic model
    result.cost, likelihood_notes = read_likelihood_name(result.cost, result.answer, result.lets)
    result.notes.extend(likelihood_notes)
    texts = (result.cost, result.answer, *result.lets)
    arrays = respell_feature_array(result.wrt(wrt) if wrt is not None else None, result.cost, result.answer,
                                   result.lets, [isinstance(text, str) and notation_of(text, input) == "latex"
                                                 for text in texts])
    if arrays is not None:
        # y_pred = w * X + b with a number w: code's X is the one feature's array, x
        result.cost, result.answer, respelled_lets, note = arrays
        result.lets = tuple(respelled_lets)
        result.notes.append(note)
    vector_b = respell_coefficient_vector(result.wrt(wrt) if wrt is not None else None, [result.cost, result.answer],
                                          result.lets)
    if vector_b is not None:
        # ½‖Xb − y‖² with --wrt b_j: b is the coefficient vector, read as w and stated back in b
        new_wrt, (result.cost, result.answer), lets, note = vector_b
        result.lets = tuple(lets)
        assert wrt is not None, "respelled only for a --wrt given"
        result.renamed[wrt.strip()] = new_wrt
        result.notes.append(note)
    lettered = respell_feature_letter(result.wrt(wrt) if wrt is not None else None, [result.cost, result.answer],
                                      result.lets)
    if lettered is not None:
        new_wrt, (result.cost, result.answer), lets, note = lettered
        result.lets = tuple(lets)
        assert wrt is not None, "respelled only for a --wrt given"
        result.renamed[wrt.strip()] = new_wrt.strip()
        result.notes.append(note)
    if preset is not None and model_call_in((result.answer, *result.lets)):
        from .model_calls import respell_model_calls

        modelled = respell_model_calls(preset, result.wrt(wrt) if wrt is not None else None, result.answer,
                                       result.lets, [isinstance(text, str) and notation_of(text, input) == "plain"
                                                     for text in (result.answer, *result.lets)])
        if modelled is not None:
            # h_x = h(x, theta) with --cost linear: the preset's hypothesis of the call's data and parameters
            result.answer, result.lets, note = modelled
            result.notes.append(note)
    return result


def shown_as_written(error: InputError, cost: str | None, answer: str | None, lets: Sequence[str]) -> InputError:
    """``error`` about a text :func:`respell_texts` rewrote, shown in the text as the user wrote it, column mapped back.

    A caret must point into what the user typed, never into a respelling (``dot(w, x)`` read as
    ``np.dot(w.T, X)``): the error's text is aligned with the original of its argument (the cost, the answer, or
    the --let most like it) and the column carried over; a column inside a respelled stretch goes to the stretch's
    start as written. An error already in a text as written is returned as it is.
    """
    import difflib

    originals: dict[str, list[str | None]] = {"COST": [cost], "ANSWER": [answer], "--let": list(lets)}
    given = [text for text in originals.get(error.label or "", []) if isinstance(text, str)]
    if not error.source or error.column is None or error.source in given or not given:
        return error
    original = max(given, key=lambda text: difflib.SequenceMatcher(None, error.source, text).ratio())
    if difflib.SequenceMatcher(None, error.source, original).ratio() < 0.5:
        return error  # no text of that argument is like it: left as raised
    column = _column_as_written(error.source, original, error.column)
    if column is not None:
        error.column, error.source = column, original
    return error


#: the most characters (both texts) aligned character by character: difflib's alignment is quadratic in them (two
#: 20,000-character texts, plain's limit, took 7 s); longer texts are aligned only between their common start and
#: end, and where that stretch is longer still the caret goes to its start as written
_ALIGNED_AT_MOST = 4_000


def _column_as_written(respelled: str, original: str, column: int) -> int | None:
    """``column`` of ``respelled`` carried over to ``original`` by difflib's alignment (a column inside a changed
    stretch to the stretch's start), or None where no stretch holds it; bounded work for texts of any length."""
    import difflib
    import os

    start = end = 0
    if len(respelled) + len(original) > _ALIGNED_AT_MOST:
        # respellings change a few stretches: the common start and end carry over as they are
        start = len(os.path.commonprefix([respelled, original]))
        if column < start:
            return column
        end = len(os.path.commonprefix([respelled[start:][::-1], original[start:][::-1]]))
        if column >= len(respelled) - end:
            return column - len(respelled) + len(original)
        if len(respelled) + len(original) - 2 * (start + end) > _ALIGNED_AT_MOST:
            return start
    changed, written = respelled[start:len(respelled) - end], original[start:len(original) - end]
    offset = column - start
    for tag, begin, stop, to_begin, _ in difflib.SequenceMatcher(None, changed, written, autojunk=False).get_opcodes():
        if begin <= offset < stop or offset == stop == len(changed):
            return start + (to_begin + offset - begin if tag == "equal" else to_begin)
    return None


def refuse_undefined_lets(problem: Problem, lets: Sequence[str], input: Input) -> None:
    """Refuse a ``--let`` that makes the cost undefined (``log(g)`` with ``g = 0``), as the same text inline is."""
    from . import latex, notation_of, plain
    from .values import check_let_values

    def split(text: str) -> tuple[str, Span, int]:
        return (latex.split_let if notation_of(text, input) == "latex" else plain.split_let)(text)

    check_let_values(problem, lets, split=split)


def preset_in_parameters(cost: str | None, wrt: str, texts: Sequence[str | None],
                          regularise_intercept: bool) -> tuple[Preset, str] | None:
    """The preset ``cost`` names, in the parameters --wrt and ``texts`` write (w and b, β), and its note; else None.

    None for a formula, a --wrt in θ, or letters that do not say which model is
    meant (see :func:`logderiv.presets.parameters_meant`): those stay as they were.
    """
    preset = find_preset(DEFAULT_PRESET if cost is None else cost)
    meant = None if preset is None else parameters_meant(wrt, texts)
    if meant is None or preset is None:
        if preset is not None and texts and parameters_meant(wrt, ()) is not None:
            _refuse_parameters_unsaid(preset, wrt, texts)
        return None
    weights, intercept = meant
    if not regularise_intercept:
        if intercept:
            return None  # b is the intercept and is in no penalty; --no-reg-intercept's θ₁ would be a weight: refused
        preset = preset_without_intercept_penalty(preset)
    return in_parameters(preset, weights, intercept), parameters_note(preset, weights, intercept, wrt, bool(texts))


def preset_on_page(preset: Preset, wrt: str, page: Sequence[str],
                    regularise_intercept: bool) -> tuple[Preset, str] | None:
    """The preset in the parameters a written derivation's lines write (w, with a b apart or none), and its note.

    For steps, where --wrt (w_j, the page's own derivative) alone leaves the reading unsaid: the page's
    letters say it (:func:`logderiv.presets.parameters_meant`, :func:`logderiv.presets.parameters_of_page`).
    A page that writes θ as well as the --wrt letter is refused: the two may be different quantities.
    None where the page does not say (the refusal that follows names the parameters).
    """
    letter = weights_letter(wrt)
    texts = [text for text in page if text]
    if letter in ("w", "beta") and page_writes_two_letters(letter, texts):
        glyph = {"w": "w", "beta": "β"}[letter]
        raise InputError(
            f"the preset '{preset.name}' is written in θ, and the page writes both θ and {glyph}: whether {glyph} is "
            f"the preset's θ under another letter or a quantity of its own is not said",
            source=wrt, column=0, label="--wrt",
            hint=f"write the cost out in the page's letters, e.g. --cost '-1/m * sum(y log(h) + (1-y) log(1-h))' "
                 f"--let 'h = sigmoid({letter}^T x)'",
        )
    meant = parameters_meant(wrt, texts) or parameters_of_page(wrt, texts)
    if meant is None:
        return None
    weights, intercept = meant
    if not regularise_intercept:
        if intercept:
            return None
        preset = preset_without_intercept_penalty(preset)
    return in_parameters(preset, weights, intercept), parameters_note(preset, weights, intercept, wrt, True, "page")


def _refuse_parameters_unsaid(preset: Preset, wrt: str, texts: Sequence[str | None]) -> None:
    """--wrt alone would say the parameters, but the answer's letters leave them unsaid: the readings named, none picked."""
    said, example = parameters_unsaid(wrt, texts)
    raise InputError(
        f"--wrt {wrt.strip()} against the preset '{preset.name}' (written in θ) {said}",
        source=wrt, column=0, label="--wrt",
        hint=f"write the cost out, e.g. --cost '-1/m * sum(y log(h) + (1-y) log(1-h))' --let 'h = {example}'",
    )


def preset_without_intercept_penalty(preset: Preset) -> Preset:
    changed = without_intercept_penalty(preset)
    if changed is None:
        raise InputError(
            f"--no-reg-intercept: the preset '{preset.name}' has no L2 penalty",
            hint="use logistic-l2 or linear-l2",
        )
    return changed


def penalty_note(problem: Problem) -> str | None:
    """What a formula's penalty is read as, where its reach over the intercept may be in doubt; None: no doubt.

    Σₖ θₖ² beside θᵀx is read over θ₁..θₙ, the intercept's included (:data:`INTERCEPT_NOTE`); code that squares
    every entry (``sum(theta.^2)``) keeps the intercept's, and says whether it takes the first entry's back out.
    """
    if penalty_without_intercept(problem) is not None:
        return INTERCEPT_NOTE
    if _EVERY_ENTRY_IN_CODE.search(problem.source or "") and _FIRST_ENTRY_TAKEN.search(problem.source or ""):
        return FIRST_ENTRY_TAKEN_NOTE
    if _EVERY_ENTRY_IN_CODE.search(problem.source or ""):
        return EVERY_ENTRY_NOTE
    return None
