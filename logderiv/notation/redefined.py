r"""Names a source defines although logderiv gives them a fixed meaning, and code's spellings of names.

Real notes reuse letters: a Poisson rate ``\lambda_i = e^{x_i^T\beta}`` (not the
penalty strength λ), an error vector ``e = \hat{y} - y`` (not Euler's number),
``n = X.shape[0]`` in code (the number of examples, where logderiv's n counts
features). Code writes ``self.lam`` and ``lambda_`` (``lambda`` is a Python
keyword) and ends a line with a ``# comment``. Each is read here, before the
front ends see the texts, by respelling the texts *in place* — every character
keeps its column, so a later error still points at the right spot — and each
reading is said in a note. Where the texts also use the name in its fixed
meaning (λ alone as a penalty, ``e^{…}`` as a power), nothing is respelled and
the front ends refuse as before (for λ, with a message naming both uses).

Sympy-free, like the front ends.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Callable, Literal, Sequence

from ..errors import InputError
from . import vocabulary as vocab
from .. import patterns
from . import ones_column
from .brackets import closing
from .column_broadcast import read_broadcasts, read_vectors
from .conventions import DESIGN_A_NOTE, DESIGN_H_NOTE, PHI_WRITTEN

__all__ = ["Respelled", "holds_one_number", "respell"]

#: which front end reads a text, latex or plain (the package's ``notation_of`` with its input fixed, handed down)
_NotationOf = Callable[[str], Literal["latex", "plain"]]
#: a text respelled: text → text (a lambda that binds a loop's names as defaults, ``lambda text, name=name: …``, is
#: one too, though mypy cannot infer it against this type: those say so where they are)
_Change = Callable[[str], str]
#: the texts, the --wrt asked, is-LaTeX → the texts respelled by original, the --wrt they name and a note; or None
_Respelling = Callable[[Sequence[str], str | None, Callable[[str], bool]], tuple[dict[str, str], str, str] | None]
#: whether a text uses a letter in its reserved sense: text, is-LaTeX → bool
_ReservedUse = Callable[[str, bool], bool]


@dataclass
class Respelled:
    """The texts as respelled, and the notes saying how (none when nothing changed)."""

    cost: str | None
    answer: str | None
    lets: tuple[str, ...]
    notes: list[str] = field(default_factory=list)
    #: names respelled as another (code's bias as b): a --wrt written with the old name follows them
    renamed: dict[str, str] = field(default_factory=dict)
    #: the --wrt asked, as written (None when not known): ``--wrt b`` says the model has an intercept
    asked: str | None = None
    #: the names the texts as written transpose or ask the rows of (``Xa'``, ``size(Xa, 1)``): matrices, even
    #: where the line that said so is read away (a count let ``n = size(Xa, 1)`` put in place as m)
    matrices: frozenset[str] = frozenset()

    def wrt(self, wrt: str) -> str:
        """``--wrt bias`` as the texts were respelled (b); any other ``wrt`` as given."""
        if not isinstance(wrt, str):
            return wrt
        name, seen = wrt.strip(), set()
        while name in self.renamed and name not in seen:  # theta1_norm → theta1 → theta_1
            seen.add(name)
            name = self.renamed[name]
        return name if seen else wrt


#: a --let that is one Python import line: import numpy as np, from scipy.special import expit (a comment after it)
_IMPORT_LET = patterns.compile(
    r"^\s*(?:import\s+(?P<module>[A-Za-z_][\w.]*)(?:\s+as\s+(?P<alias>[A-Za-z_]\w*))?"
    r"|from\s+(?P<source>[A-Za-z_][\w.]*)\s+import\s+(?P<names>[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*))"
    r"\s*(?:;\s*)?(?:#[^\n]*)?$")
#: the imports whose names the notation reads by their libraries' meaning: module → (its alias, the names it gives)
_READ_IMPORTS: dict[str, tuple[str | None, frozenset[str]]] = {
    "numpy": ("np", frozenset({"exp", "log", "sqrt"})),
    "math": (None, frozenset({"exp", "log", "sqrt"})),
    "scipy.special": (None, frozenset({"expit"})),
}


#: Octave's two outputs of a smooth function, the value and its derivative: [f, df] = softplus(xproj);
_VALUE_AND_DERIVATIVE = patterns.compile(
    r"\s*\[\s*(?P<value>[A-Za-z_]\w*)\s*,\s*(?P<derivative>[A-Za-z_]\w*)\s*\]\s*=(?!=)\s*"
    r"(?P<function>softplus)\(\s*(?P<argument>[A-Za-z_]\w*)\s*\)\s*(?:;\s*)?")
#: each such function's derivative at z, and how the note says it
#: (only softplus: its derivative σ is one value per entry; σ's own, σ(1 − σ), would be a product of two vectors in
#: a --let, which a matrix answer does not read)
_DERIVATIVES = {"softplus": ("sigmoid({z})", "softplus′(z) = σ(z)")}
VALUE_AND_DERIVATIVE_NOTE = ("read as Octave: {line} gives two outputs, the value {value} = {function}({z}) and, named "
                             "d{value}, its derivative at the same point, {derivative} = {written} ({rule})")


def _value_and_derivative_lets(result: Respelled, notation_of: _NotationOf) -> None:
    """``[f, df] = softplus(xproj);`` (Pillow's GLM code): Octave's two outputs of a smooth function, its value and,
    named d + the value's name, its derivative there: read as two --let s, noted.

    Only softplus of one name, and only where the second output is named ``d`` + the first (the
    derivative's name in Octave's optimisation code, ``[f, df]``); any other pair (``[a, b] = softplus(z)``,
    ``[df, f] = …``, a function logderiv gives no derivative of here) is left to be refused as before.
    """
    kept: list[str] = []
    for text in result.lets:
        match = _VALUE_AND_DERIVATIVE.fullmatch(text) if notation_of(text) == "plain" else None
        if match is None or match.group("derivative") != "d" + match.group("value"):
            kept.append(text)
            continue
        value, derivative, function, z = (match.group(key) for key in ("value", "derivative", "function", "argument"))
        written, rule = _DERIVATIVES[function]
        kept += [f"{value} = {function}({z})", f"{derivative} = {written.format(z=z)}"]
        result.notes.append(VALUE_AND_DERIVATIVE_NOTE.format(
            line=" ".join(text.split()), value=value, function=function, z=z, derivative=derivative,
            written=written.format(z=z), rule=rule))
    result.lets = tuple(kept)


def _import_lets(result: Respelled, notation_of: _NotationOf) -> None:
    """``--let "from scipy.special import expit"`` (Dragoner595's Coursera port, f80), ``--let "import numpy as np"``:
    the file's import line pasted with its functions defines no quantity; set aside (noted).

    Only one line, and only the libraries whose names the notation reads by their meaning already (NumPy as np,
    math, SciPy's expit, which is σ): the texts' np.dot, math.exp, expit(z) are read as before. An import of
    anything else (``from mymodel import sigmoid``, ``import numpy as n``) is refused with the line shown: what the
    name computes is in a file that is not given.
    """
    kept = []
    for text in result.lets:
        found = _IMPORT_LET.match(text) if notation_of(text) == "plain" and "\n" not in text.strip() else None
        if found is None:
            kept.append(text)
            continue
        module = found.group("module") or found.group("source")
        known = module in _READ_IMPORTS
        alias, names = _READ_IMPORTS.get(module, (None, frozenset()))
        given = {name.strip() for name in found.group("names").split(",")} if found.group("names") else set()
        # import numpy as np, import numpy, import math; from numpy import exp, from scipy.special import expit
        read = known and (given <= names if found.group("names") else found.group("alias") in (None, alias))
        if not read:
            column = found.start("names") if found.group("names") else found.start("module")
            raise InputError(
                f"--let {' '.join(text.split())} is an import line: it defines no quantity, and what it imports "
                "is not in the text", source=text, column=column, label="--let",
                hint="give each name the texts use its value with --let NAME = EXPR (def NAME(z): return … for a "
                "function); NumPy as np, math and SciPy's expit need no import")
        result.notes.append(f"--let {' '.join(text.split())} is an import line: it defines no quantity "
                            + ("(SciPy's expit is the logistic sigmoid σ, read by its name)" if "expit" in given
                               else "(NumPy's and math's names are read by their meaning)") + ", set aside")
    result.lets = tuple(kept)


def _label(result: Respelled, text: str) -> str:
    """The argument ``text`` was given in, as an error names it: COST, ANSWER or --let."""
    return "COST" if text == result.cost else "ANSWER" if text == result.answer else "--let"


def respell(cost: str | None, answer: str | None, lets: Sequence[str], notation_of: _NotationOf, wrt: str | None = None) -> Respelled:
    """Respell ``cost``, ``answer`` and ``lets`` (each read as ``notation_of(text)`` says: latex or plain)."""
    result = Respelled(cost, answer, tuple(lets), asked=wrt.strip() if isinstance(wrt, str) else None)
    if not all(isinstance(text, str) for text in (*lets, *(t for t in (cost, answer) if t is not None))):
        return result  # the front ends refuse what is not text
    result.matrices = frozenset(match.group("name") or match.group("argument")
                                for text in _texts(result) for match in _MATRIX_USE.finditer(text))
    _comments(result, notation_of)
    _octave_comments(result, notation_of)
    _import_lets(result, notation_of)
    _value_and_derivative_lets(result, notation_of)
    _singular_asked(result, notation_of)
    _hat_spelled_out(result, notation_of)
    _log_product_of_exps(result, notation_of)
    # [m, n] = size(X) beside X = [ones(m, 1) X]: n counted before the ones or after? refused where a text uses n
    ones_column.refuse_a_width_counted_around_the_join(result.cost, result.answer, result.lets)
    _function_locals(result, notation_of)
    _matlab_full(result, notation_of)
    _transposed_rows(result, notation_of)
    _column_broadcasts(result, notation_of)
    _r_dotted_names(result, notation_of)
    _same_numbers_lets(result, notation_of)
    _data_frame_columns(result, notation_of)
    _r_column_sums(result, notation_of)
    _r_bernoulli_log_density(result, notation_of)
    _julia_poisson_log_density(result, notation_of)
    _transposed_data_lets(result, notation_of)
    _entry_by_column_lets(result, notation_of)
    _least_squares_letters(result, notation_of)
    _design_matrix_named_a(result, notation_of)
    _lower_x_design_matrix(result, notation_of)
    _superscript_example_index(result, notation_of)
    _flat_model_subscript(result, notation_of)
    _columns_by_entries(result, notation_of)
    _basis_features(result, notation_of)
    _helper_with_body(result, notation_of)
    _model_helper_calls(result, notation_of)
    _inner_product_letters(result, notation_of)
    _scaled_suffix(result, notation_of)
    _class_qualified_calls(result, notation_of)
    _self_methods(result, notation_of)
    _private_sigmoid_let(result, notation_of)
    _offset_count_attributes(result, notation_of)
    _refuse_offset_count_letter(result)
    _self_attributes(result, notation_of)
    _prediction_length(result, notation_of)
    _indexed_lambda(result, notation_of)
    _error_named_e(result, notation_of)
    _parameter_named_h(result, notation_of)
    _probability_named_p(result, notation_of)
    _weights_named_by_let(result, notation_of)
    _value_named_sigma(result, notation_of)
    _doubled_letters(result, notation_of)
    _code_constants_as_values(result, notation_of)
    _rebound_parameters(result, notation_of)
    _shape_lets(result, notation_of)
    _derivative_d(result, notation_of)
    _index_letters(result, notation_of)
    _component_named_i(result, notation_of)
    _cost_updates(result, notation_of)
    _shape_unpacking(result, notation_of)
    _parameter_count_name(result, notation_of)
    _count_set_to_a_number(result, notation_of)
    _my_prefixed_data(result, notation_of)
    _example_count_let(result, notation_of)
    _example_count_words(result, notation_of)
    _label_count_inline(result, notation_of)
    _row_length_inline(result, notation_of)
    _lower_x_as_columns(result, notation_of, counted=False)
    _private_names(result, notation_of)
    _label_words(result, notation_of)
    _capital_labels(result, notation_of)
    _bias_word(result, notation_of)
    _slope_intercept_words(result, notation_of)
    _numbered_theta_asked(result)
    _numpy_line_entries(result, notation_of)
    _numpy_entries(result, notation_of)
    _numpy_first_entry_beside_whole(result, notation_of)
    _octave_entries_beside_zero(result, notation_of)
    _indexed_lists(result, notation_of)
    _intercept_slope_a(result)
    _data_word(result, notation_of)
    _capital_weights(result, notation_of)
    _asked_capital_weights(result, notation_of)
    _asked_vector_name(result, notation_of)
    _data_matrix_name(result, notation_of)
    _target_name(result, notation_of)
    _weights_word(result, notation_of)
    _parameters_word(result, notation_of)
    _parameters_t(result, notation_of)
    _target_subscript(result, notation_of)
    _primed_example_names(result, notation_of)
    _lone_slope(result, notation_of)
    _glued_line_a(result, notation_of)
    _glued_digits(result, notation_of)
    _prediction_words(result, notation_of)
    _hypothesis_word(result, notation_of)
    _lambda_spellings(result, notation_of)
    _zero_based_means(result, notation_of)
    _parameter_list_heads(result)
    _subscript_names(result, notation_of)
    _example_lets(result, notation_of)
    # last: a name every reading above left as the source defines it is read so (the readings above name the
    # definitions they know more about: a count, code's prediction y, a Poisson rate λ_i)
    _source_definitions(result, notation_of)
    _refuse_unread_count_of_m(result)
    return result


#: a parameter as a let's head lists it: \theta_1, \theta_{2}, theta_1, θ_1, w_1
_LISTED = r"(?:\\theta|theta|θ|w)\s*_\s*\{?\s*(?:1|2|(?P<last>[A-Za-z]))\s*\}?"
#: a let whose head lists the parameters with an ellipsis: h(\theta_1, \theta_2, ..., \theta_m) = …
_PARAMETER_LIST_HEAD = patterns.compile(
    r"^\s*(?P<name>[A-Za-z])\s*\((?P<list>\s*" + _LISTED.replace("(?P<last>", "(?:") + r"\s*,\s*"
    + _LISTED.replace("(?P<last>", "(?:") + r"\s*,\s*(?:\.\.\.|\\ldots|\\dots|\\cdots|…)\s*,\s*" + _LISTED
    + r"\s*)\)\s*=(?!=)")
#: the last listed index as a subscript of a parameter or an input in the let's value: \theta_m, x_{m}
_LAST_SUBSCRIPT = r"(?:\\theta|theta|θ|w|x)\s*_\s*(?:\{\s*{letter}\s*\}|{letter})"
#: the value written out with an ellipsis (θ₁x₁ + θ₂x₂ + … + θ_Lx_L)
_ELLIPSIS_MARK = patterns.compile(r"\.\.\.|\\ldots|\\dots|\\cdots|…")


def _parameter_list_heads(result: Respelled) -> None:
    r"""``h(\theta_1, \theta_2, ..., \theta_m) = \theta_1x_1 + … + \theta_mx_m``: h of the example, its m the features.

    qrs's page lists the parameters h depends on as its arguments, where logderiv reads a defined
    name as a function of the example: the list is read as h(x) (the value is the same), noted. Its
    last index counts the parameters: where it is m, the let's m is the number of features, n (the
    cost's m still counts the examples), noted. Only when that letter stands nowhere else in the
    let than as a subscript of the written-out θₖxₖ.
    """
    lets = list(result.lets)
    for number, text in enumerate(lets):
        match = _PARAMETER_LIST_HEAD.match(text)
        if match is None:
            continue
        value = text[match.end():]
        if not _ELLIPSIS_MARK.search(value):
            continue
        last = match.group("last")
        subscripts = [m.start() + m.group().rindex(last)
                      for m in re.finditer(_LAST_SUBSCRIPT.replace("{letter}", re.escape(last)), value)]
        commands = {at for m in re.finditer(r"\\[A-Za-z]+", value) for at in range(m.start(), m.end())}
        standing = [at for at, char in enumerate(value) if char == last and at not in commands]
        if last != vocab.FEATURE_COUNT and (last != "m" or not subscripts or sorted(subscripts) != standing):
            continue  # a letter of its own elsewhere too (or another count): left to the front ends
        start, end = match.span("list")
        respelled = text[:start] + " " * (end - start - 1) + "x" + text[end:]
        offset = match.end()
        respelled = _replace_at(respelled, [offset + at for at in subscripts], last, vocab.FEATURE_COUNT) \
            if last != vocab.FEATURE_COUNT else respelled
        lets[number] = respelled
        listed = " ".join(text[start:end].split())
        result.notes.append(
            f"{match.group('name')}({listed}) lists the parameters {match.group('name')} depends on: it is the "
            f"prediction for an example, {match.group('name')}(x)"
            + (f"; its {last} counts those parameters, the features: read as n (the examples are still m "
               "elsewhere)" if last != vocab.FEATURE_COUNT else ""))
    result.lets = tuple(lets)


def _example_lets(result: Respelled, notation_of: _NotationOf) -> None:
    r"""``--let 'z = w.X + b'`` used only at example i: X is the example's x (:mod:`logderiv.notation.example_lets`)."""
    from .example_lets import respell_example_lets

    texts = [text for text in (result.cost, result.answer) if text is not None]
    changed, notes = respell_example_lets(texts, result.lets, lambda text: notation_of(text) == "latex")
    if changed:
        result.lets = tuple(changed.get(text, text) for text in result.lets)
        result.notes.extend(notes)


#: a count as code writes it, of anything: len(v), length(v), numel(v), nrow(A), size(A, 1), sizex(1) (Octave's entry
#: of a size vector), A.shape[0], v.size, v.length, A.rows(), A.cols(), v.len(), v.count()
_ANY_COUNT = patterns.compile(r"(?:len|length|numel|nrow|NROW|ncol|height|width|size\w*)\s*\([^()]*\)(?:\s*\(\s*\d\s*\))?"
                              r"|[\w.]+\.(?:shape\s*\[\s*\d\s*\]|size(?:\(\s*\d?\s*\))?|length|rows\(\s*\)"
                              r"|cols\(\s*\)|len\(\s*\)|count\(\s*\))")


def _refuse_unread_count_of_m(result: Respelled) -> None:
    """Refuse ``m = len(self.b)``, ``m = myX.shape[0]``, ``m = sizex(1)`` left by every reading above, naming the doubt.

    m is logderiv's number of examples, so a let of m to a count says what m is only where the count is known to be
    of the examples (the labels' entries, the data matrix's rows: :func:`_example_count_let` reads those). Any other
    count (of an array named otherwise) may be of the examples or not, and the front ends' refusal, "'m' has a fixed
    meaning", said only to pick another name, which code that names its count m cannot do.
    """
    for text in result.lets:
        sides = _let_sides(text)
        if sides is None or sides[0] != vocab.EXAMPLE_COUNT:
            continue
        value = _unconverted(re.sub(r"\(\s+", "(", sides[1].rstrip(";").strip()))
        if _ANY_COUNT.fullmatch(value) is None or _PARAMETER_ENTRIES.fullmatch(value) or any(
                known.fullmatch(value) for known in (_ROW_COUNT, _COLUMN_COUNT, _LABEL_COUNT, _LARGER_SIZE,
                                                     _M_AS_COLUMNS, _VECTOR_ENTRIES, _VECTOR_ROWS, _MATRIX_ROWS,
                                                     _DATASET_ROWS)):
            # a count of the parameters' entries is the features' (its own refusal says so); a count known to be
            # of the examples or the features, left here by another reading's doubt, is that reading's to refuse
            continue
        if _indexed_by_the_loops(result, text, value):
            continue
        raise InputError(
            f"m = {value} defines m, logderiv's number of examples, as {value}: whether {value} counts the examples "
            "is not read from it (a count of the labels y or of the rows of the data matrix X is)",
            source=text, column=max(text.find(sides[1].strip()), 0), label="--let",
            hint="if it counts the examples, drop the --let (m is their number already) or write it as len(y) or "
                 "X.shape[0]; if it counts something else, name it another letter",
        )


#: m = len(NAME), Python's count of a 1-D array's entries
_LEN_OF_NAME = patterns.compile(r"len\(\s*(?P<name>[A-Za-z_]\w*)\s*\)")
#: names no data vector has: the parameters, their gradients, the data's own letters and the counts
_NOT_DATA_NAME = patterns.compile(r"(?i:theta\w*|w|weights?|b|bias|beta\w*|grad\w*|alpha|lr|lambda?|lambd|m|n|"
                                  r"params?|parameters|coef\w*|t\d*)")
#: said where m = len(km) is read as the number of examples (the name and the value put in)
INDEXED_COUNT_NOTE = ("m = {value} counts the entries of {name}, which the lines read only as {name}[i] for each i of "
                      "range(m): one entry per example the sums run over, so m is the number of examples (the --let "
                      "says what m is already)")


def _indexed_by_the_loops(result: Respelled, let: str, value: str) -> bool:
    """``m = len(km)`` beside ``sum(((T0 + T1 * km[i]) - price[i]) ** 2 for i in range(m))``: m counts the examples.

    Code that names its data by its own words (km, price) counts the examples by the length of one of them: where
    every other use of the array is its entry [i] for the index i of a loop (or a generator) over range(m) in the
    same text, the array has one entry per example the sums run over, so its length is their number m: the let is
    dropped (m is that count already), noted. A parameter's name (len(theta): the features), a use of the array
    whole or by any other index, or a text indexing it with no loop over range(m) leaves the refusal.
    """
    counted = _LEN_OF_NAME.fullmatch(value)
    if counted is None or _NOT_DATA_NAME.fullmatch(counted.group("name")):
        return False
    name = counted.group("name")
    word = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
    used = False
    for text in _texts(result):
        if text is let:
            continue
        loops = set(re.findall(r"(?<![\w.])for\s+([A-Za-z_]\w*)\s+in\s+range\(\s*m\s*\)", text))
        for match in word.finditer(text):
            entry = re.match(r"\s*\[\s*([A-Za-z_]\w*)\s*\]", text[match.end():])
            if entry is None or entry.group(1) not in loops:
                return False  # km whole, km[0], km[j] of another loop: not said to be one entry per example
            used = True
    if not used:
        return False
    result.lets = tuple(other for other in result.lets if other is not let)
    result.notes.append(INDEXED_COUNT_NOTE.format(value=value, name=name))
    return True


def _source_definitions(result: Respelled, notation_of: _NotationOf) -> None:
    """``--let "w = -(Y*log(p)) - (1-Y)*(log(1-p))"``: the source's definition of a reserved name is read
    (:mod:`logderiv.notation.source_definitions`)."""
    from .source_definitions import respell_source_definitions

    result.cost, result.answer, result.lets, notes = respell_source_definitions(
        result.cost, result.answer, result.lets, lambda text: notation_of(text) == "latex", result.asked)
    result.notes.extend(notes)


def _least_squares_letters(result: Respelled, notation_of: _NotationOf) -> None:
    """``||Ax - b||^2`` with ``--wrt x_j``: A, x, b read as X, w, y (:mod:`logderiv.notation.least_squares`)."""
    from .least_squares import respell_least_squares

    _optimisation_letters(result, notation_of, respell_least_squares)


def _inner_product_letters(result: Respelled, notation_of: _NotationOf) -> None:
    r"""``\langle a_i, x \rangle``, labels b_i, ``--wrt x_j``: a, x, b read as x, w, y (:mod:`.inner_product_letters`)."""
    from .inner_product_letters import respell_inner_product_letters

    _optimisation_letters(result, notation_of, respell_inner_product_letters)


def _optimisation_letters(result: Respelled, notation_of: _NotationOf, respell: _Respelling) -> None:
    """Optimisation's letters read as logderiv's by ``respell`` (texts, the --wrt asked, is-LaTeX → the changed
    texts, the --wrt they name and a note, or None): every text changed, the --wrt renamed, the note kept."""
    read = respell(_texts(result), result.asked, lambda text: notation_of(text) == "latex")
    if read is not None:
        changed, wrt, note = read
        _map(result, lambda text: changed.get(text, text))
        assert result.asked is not None, "both respellings read nothing without a --wrt"
        result.renamed[result.asked] = wrt
        result.notes.append(note)


def _subscript_names(result: Respelled, notation_of: _NotationOf) -> None:
    r"""``--let 'y_p = m x_i + b'``: y_p the one name of the prediction (:mod:`logderiv.notation.subscript_names`)."""
    from .subscript_names import respell_labelled_lets, respell_subscript_names

    texts = [text for text in (result.cost, result.answer) if text is not None]
    changed, notes = respell_subscript_names(texts, result.lets, lambda text: notation_of(text) == "latex")
    if changed:
        _map(result, lambda text: changed.get(text, text))
        result.notes.extend(notes)
    # --let 'L_{MSE} = …' beside L_{Ridge} = L_{MSE} + …: the labelled letter the let defines is one name
    texts = [text for text in (result.cost, result.answer) if text is not None]
    changed, notes = respell_labelled_lets(texts, result.lets, lambda text: notation_of(text) == "latex")
    if changed:
        _map(result, lambda text: changed.get(text, text))
        result.notes.extend(notes)


def _zero_based_means(result: Respelled, notation_of: _NotationOf) -> None:
    r"""A cost and an answer that both sum ``\sum_{i=0}^{n}`` beside 1/n (:mod:`logderiv.notation.zero_sums`)."""
    from .zero_sums import zero_based_means, zero_based_one_side, zero_based_totals

    read: tuple[str | None, str | None, str] | None = zero_based_means(result.cost, result.answer,
                                                                        lambda text: notation_of(text) == "latex")
    if read is None and result.answer is not None:  # \sum_{i=0}^{n}, no 1/n: a total over every example
        # (a cost alone is read so by logderiv.derive only: a check's cost is read alone too, after its answer)
        read = zero_based_totals(result.cost, result.answer, result.lets, lambda text: notation_of(text) == "latex")
    if read is None:  # the slip on one side only: read, and the verdict given only where the literal one agrees
        read = zero_based_one_side(result.cost, result.answer, lambda text: notation_of(text) == "latex")
    if read is not None:
        result.cost, result.answer, note = read
        result.notes.append(note)


# --- helpers ----------------------------------------------------------------------------------


def _texts(result: Respelled) -> list[str]:
    return [text for text in (result.cost, result.answer, *result.lets) if text is not None]


def _map(result: Respelled, change: _Change) -> None:
    """Apply ``change`` (text → text) to every text."""
    result.cost = None if result.cost is None else change(result.cost)
    result.answer = None if result.answer is None else change(result.answer)
    result.lets = tuple(change(text) for text in result.lets)


#: a plural --wrt of code's parameter words and the singular code writes as often (update_weight(weight, …))
_SINGULARS = {"weights": "weight", "biases": "bias"}
#: NOTE of a plural --wrt read as the singular the texts write (asked, read)
SINGULAR_ASKED_NOTE = ("{plural} is the vector --wrt {asked} differentiates by, and no text writes {plural}: the texts "
                       "write {singular}, the same word in the singular, read as --wrt {read}")


def _singular_asked(result: Respelled, notation_of: _NotationOf) -> None:
    """``--wrt weights_j`` beside texts that write only ``weight`` (f78's helper_functions.py: ``def sigmoid(X,
    weight)``, ``h = sigmoid(X, weight)``): the one parameter vector, named in the singular (noted).

    A --wrt that names no quantity of the texts asks for nothing they hold; where it is code's plural weights or biases
    (an index after it kept), no text writes that plural and plain code writes the singular whole, the singular is what
    it asks for: --wrt follows. Otherwise left as it was.
    """
    asked = result.asked or ""
    match = re.fullmatch(r"(?P<plural>weights|biases)(?P<tail>_[a-z0-9])?", asked)
    if match is None:
        return
    plural, singular = match.group("plural"), _SINGULARS[match.group("plural")]
    texts = _texts(result)
    if any(_word_spans(text, plural) for text in texts):
        return
    writers = [text for text in texts if _word_spans(text, singular)]
    if not writers or any(notation_of(text) != "plain" for text in writers):
        return
    read = singular + (match.group("tail") or "")
    result.renamed[asked] = read
    result.asked = read
    result.notes.append(SINGULAR_ASKED_NOTE.format(asked=asked, plural=plural, singular=singular, read=read))


#: the prediction ŷ's left side in a --let: precomposed or y with a combining circumflex
_HAT_LET_NAMES = ("ŷ", "y\u0302")
#: NOTE of a code name y_hat read as the ŷ a --let defines (after the name)
HAT_SPELLED_OUT_NOTE = (" is code's spelling of ŷ ('y hat'), and only --let 'ŷ = …' gives a value: read as that ŷ, "
                        "the prediction")


def _hat_spelled_out(result: Respelled, notation_of: _NotationOf) -> None:
    """``cost = ((y - y_hat) ** 2).mean()`` beside ``--let 'ŷ = weight × x + bias'``: code's y_hat is ŷ (noted).

    Code cannot write a hat and spells ŷ out as y_hat (a notebook's comment writes the formula with ŷ, its code
    y_hat, f82's Korean PyTorch book). Read so only where y_hat stands in plain texts, no --let defines y_hat, and
    exactly one --let defines ŷ: then y_hat has no value but the one its spelling names. Otherwise left as it was
    (refused as a name without a value).
    """
    texts = _texts(result)
    writers = [text for text in texts if _word_spans(text, "y_hat")]
    if not writers or any(notation_of(text) != "plain" for text in writers):
        return
    sides = [found for text in result.lets if (found := _let_sides(text)) is not None]
    if any(left == "y_hat" for left, _ in sides) or sum(left in _HAT_LET_NAMES for left, _ in sides) != 1:
        return
    _map(result, lambda text: _replace_at(text, _word_spans(text, "y_hat"), "y_hat", "ŷ"))
    result.notes.append("y_hat" + HAT_SPELLED_OUT_NOTE)


#: log(prod(exp(: Octave's and NumPy's log of the product of the entries of e^v (np. on any of the three)
_LOG_PROD_EXP = patterns.compile(r"(?<![\w.])(?:(?:np|numpy)\.)?log\(\s*(?:(?:np|numpy)\.)?prod\(\s*"
                                 r"(?:(?:np|numpy)\.)?exp\(")
#: NOTE of log(prod(exp(v))) read as sum(v)
LOG_PROD_EXP_NOTE = ("log(prod(exp(v))) is the sum of v's entries (log ∏ᵢ e^{vᵢ} = Σᵢ vᵢ, exactly): read as "
                     "sum(v)")


def _log_product_of_exps(result: Respelled, notation_of: _NotationOf) -> None:
    """``J = 1/(2*m)*log(prod(exp((h-Y).^2)))`` (f83's Spanish GradienteDescenso.m): the sum of the squares (noted).

    The log of a product of exponentials is the sum of the exponents, an identity with no condition (each e^{vᵢ} is
    positive); code may write a sum so. Read only in plain texts and where prod takes the one argument exp(…) and
    log the one argument prod(…): respelled ``sum(v)`` in place, the two closing brackets blanked (columns kept).
    A product with an axis, or a log of any other product, is left as it was (refused: prod is no function here).
    """
    found = False

    def change(text: str) -> str:
        nonlocal found
        if notation_of(text) != "plain":
            return text
        for match in reversed(list(_LOG_PROD_EXP.finditer(text))):
            inner = closing(text, match.end() - 1)
            if inner is None:
                continue
            rest = re.match(r"\s*\)\s*\)", text[inner + 1:])
            if rest is None:
                continue
            end = inner + 1 + rest.end()
            head = match.end() - match.start()
            text = (text[:match.start()] + " " * (head - 4) + "sum(" + text[match.end():inner + 1]
                    + " " * (end - inner - 1) + text[end:])
            found = True
        return text

    _map(result, change)
    if found:
        result.notes.append(LOG_PROD_EXP_NOTE)


def _r_dotted_names(result: Respelled, notation_of: _NotationOf) -> None:
    """R's ``sample.size <- nrow(X)``: a name R allows a dot in is one name, respelled ``sample_size`` (noted).

    As :func:`logderiv.notation.r_code.edits` reads it in R text, here before the rules that read a let's name
    (a count let read as m) see the texts, so that a cost written ``1/sample.size`` and a let of ``sample_size``
    in an answer's lets meet: only where a text is R (an ``<-``, a ``%*%``, ``nrow(…)``): in Python ``a.b`` is an
    attribute or a method. Same length, so columns stay.
    """
    from .r_code import dotted_names

    texts = _texts(result)
    if not any(_R_ARROW.search(text) is not None or _R_MARK.search(text) for text in texts
               if notation_of(text) == "plain"):
        return
    heads = {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None}
    names = {name for text in texts if notation_of(text) == "plain" for _, _, name in dotted_names(text)}
    found = sorted(name for name in names if name in heads or name.replace(".", "_") in heads)
    for name in found:
        spelled = name.replace(".", "_")
        pattern = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w.(])")
        _map(result, lambda text: pattern.sub(spelled, text) if notation_of(text) == "plain" else text)
        also = "" if name in heads else f", the name a --let defines ({name} written with _ for its dot)"
        result.notes.append(f"read as R: {name} is one name (R's names may hold a dot): read as {spelled}{also}")


#: a let that re-binds a name of the notation to the same numbers as another kind of array: Octave's y = y(:) (a
#: column), R's y <- as.matrix(y), theta <- as.vector(theta); the data matrix only by as.matrix and data.matrix (X(:)
#: or as.vector(X) would flatten it: no longer the data matrix). Not R's as.numeric(y): of a factor it gives the
#: level codes 1, 2, not the labels 0, 1 (a changed value, silently)
_SAME_NUMBERS = patterns.compile(
    r"\s*(?P<name>y|theta|w|beta)\s*(?:=(?!=)|<-)\s*(?:(?P=name)\s*\(\s*:\s*\)|as\.(?:matrix|vector)\(\s*(?P=name)"
    r"\s*\))\s*(?:;\s*)?|\s*(?P<data>X)\s*(?:=(?!=)|<-)\s*(?:as|data)\.matrix\(\s*(?P=data)\s*\)\s*(?:;\s*)?")
#: the note of y re-bound as a column: logderiv's y only with one example per row (refused by
#: costs.refuse_count_against_layout where the texts keep one example per column, Y a 1×m row)
COLUMN_TARGETS_NOTE = "re-binds y to the same numbers as a column"
_SAME_NUMBERS_MEANING = {"y": "the targets y (m×1)", "theta": "the parameters θ (n×1)", "w": "the weights w (n×1)",
                         "beta": "the parameters β (n×1)", "X": "the data matrix X (m×n)"}


def _same_numbers_lets(result: Respelled, notation_of: _NotationOf) -> None:
    """``y = y(:)``, ``y <- as.matrix(y)``, ``theta <- as.vector(theta)``: code re-binds a name to the same numbers as
    a column (or R's matrix, vector): the quantity keeps its meaning, so the --let is dropped (noted).

    logderiv's y, θ, w, β are columns already and X the m×n matrix: the line changes no value the notation reads.
    A re-binding to anything else (y = 2*y - 1, theta = theta(2:end), X = X(:)) is no such line and is left to the
    other readings and the refusal.
    """
    kept = []
    for text in result.lets:
        match = _SAME_NUMBERS.fullmatch(text) if notation_of(text) == "plain" else None
        if match is None:
            kept.append(text)
            continue
        name = match.group("name") or match.group("data")
        result.notes.append(f"read as code: {' '.join(text.split()).rstrip(';')} re-binds {name} to the same numbers "
                            f"as a column (or matrix), {_SAME_NUMBERS_MEANING[name]} as logderiv reads it: the --let "
                            "is not needed")
    result.lets = tuple(kept)


#: R's column of a data frame or matrix, as.matrix(…) or not: data[,1], as.matrix(df[, 2:ncol(df)]), data[, -1]
_FRAME_COLUMNS = patterns.compile(
    r"\s*(?P<name>[A-Za-z_]\w*)\s*(?:<-|=(?!=))\s*(?P<as>as\.matrix\(\s*)?(?P<frame>[A-Za-z_][\w.]*)\s*\[\s*,\s*"
    r"(?P<columns>[^\[\]]+?)\s*\]\s*(?(as)\)|)\s*(?:;\s*)?")


def _frame_columns(columns: str, frame: str) -> str | None:
    """R's column index of ``frame`` as ``"first"``, ``"last"``, ``"all but first"`` or ``"all but last"``, or None."""
    spaced = re.sub(r"\s+", "", columns)
    last = f"ncol({frame})"
    return {"1": "first", last: "last", f"2:{last}": "all but first", "-1": "all but first",
            f"1:({last}-1)": "all but last", f"1:{last}-1": None, f"-{last}": "all but last"}.get(spaced)


def _data_frame_columns(result: Respelled, notation_of: _NotationOf) -> None:
    """``y <- as.matrix(data[,1])`` beside ``x <- as.matrix(data[,2:ncol(data)])``: R's split of one data set into
    the targets (one column) and the data matrix (all the other columns, one example a row): y and the data matrix
    as logderiv reads them, so both --let s are dropped (noted).

    Only the two together, from one data set, the target's column the first (the rest 2:ncol or -1) or the last
    (the rest 1:(ncol - 1) or -ncol): the columns then say which is which. A target column among the rest, a data
    matrix with a column of ones bound in (cbind(1, …)), or one let alone is left to the other readings.
    """
    found: dict[str, tuple[str, str, str]] = {}
    for text in result.lets:
        match = _FRAME_COLUMNS.fullmatch(text) if notation_of(text) == "plain" else None
        if match is None or match.group("name") not in ("y", "x", "X"):
            continue
        columns = _frame_columns(match.group("columns"), match.group("frame"))
        if columns is None or match.group("name").lower() in found:
            return  # two lets of one name, or columns not read: left as written
        found[match.group("name").lower()] = (text, match.group("frame"), columns)
    if set(found) != {"x", "y"} or found["x"][1] != found["y"][1]:
        return
    # the data set's own name written in another text (X %*% theta beside x <- X[,-1]: the whole data set, its
    # target column in it) or one the split re-binds (X <- X[,-1] before y <- X[,1]: R's y is then a feature)
    frame_name = found["y"][1]
    others = [text for text in _texts(result) if text not in (found["x"][0], found["y"][0])]
    if frame_name in ("x", "X", "y") or any(frame_name in re.findall(r"[A-Za-z_][\w.]*", text) for text in others):
        return
    # the data matrix the split binds (x or X: R tells them apart) written in another text: else the texts' matrix
    # is a name the split does not bind, and the split says nothing of it
    bound = next(match.group("name") for match in [_FRAME_COLUMNS.fullmatch(found["x"][0])] if match is not None)
    if not any(bound in re.findall(r"[A-Za-z_]\w*", text) for text in others):
        return
    (target, frame, taken), (data, _, rest) = found["y"], found["x"]
    if (taken, rest) not in (("first", "all but first"), ("last", "all but last")):
        return
    result.lets = tuple(text for text in result.lets if text not in (target, data))
    name = next(match.group("name") for match in [_FRAME_COLUMNS.fullmatch(data)] if match is not None)
    result.notes.append(f"read as R: {' '.join(target.split())} takes the {taken} column of the data set {frame} as "
                        f"the targets y, and {' '.join(data.split())} the other columns as the data matrix {name} "
                        "(one example a row, its columns the features): y and X as logderiv reads them, so the "
                        "--let s are not needed")


def _known_sides(text: str) -> tuple[str, str]:
    """The sides of a let already found to have them (:func:`_let_sides`)."""
    sides = _let_sides(text)
    assert sides is not None, "asked only of a let that its caller's _let_sides split"
    return sides


def _let_sides(text: str) -> tuple[str, str] | None:
    """A let's name side and value side, split at its first ``=`` (``:=`` too) or R's ``<-``; None without one."""
    arrow = _R_ARROW.search(text)
    if arrow is not None and "=" not in text[:arrow.start()]:
        # R's est <- design %*% beta assigns as est = … does: a rule that reads a let's value reads R's lets too
        return text[:arrow.start()].strip(), text[arrow.end():].strip()
    equals = text.find("=")
    if equals < 0:
        return None
    left = text[:equals]
    if left.endswith(":"):
        left = left[:-1]
    return left.strip(), text[equals + 1:].strip()


_IDENTIFIER = patterns.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: R's own marks in a text (its matrix product, its counts of rows and columns)
_R_MARK = patterns.compile(r"%\*%|(?<![\w.])n(?:row|col)\(")
#: R's assignment arrow after a name (not x < -1, nor the <-- of a comment's arrow)
_R_ARROW = patterns.compile(r"(?<=[\w)\s])<-(?!-)")


def _letter_spans(text: str, latex: bool, letter: str) -> list[int]:
    """Where the one-letter name ``letter`` stands alone: outside a command's name or a word."""
    if letter not in text:
        return []  # most texts, for most letters asked: the scans below find only places where it is written
    found = []
    if latex:
        position = 0
        while position < len(text):
            char = text[position]
            if char == "\\":
                stop = position + 1
                while stop < len(text) and text[stop].isascii() and text[stop].isalpha():
                    stop += 1
                word = text[position + 1:stop]
                if word in ("text", "mathrm", "operatorname", "textrm", "mbox") and text[stop:stop + 1] == "{":
                    close = text.find("}", stop)
                    stop = len(text) if close < 0 else close + 1
                position = max(stop, position + 2)
                continue
            if char == letter:
                found.append(position)
            position += 1
        return found
    for match in _IDENTIFIER.finditer(text):
        start = match.start()
        if start and (text[start - 1] == "." or text[start - 1].isdigit()):
            continue  # np.e, X.T, 1e-5
        word = match.group()
        if word == letter or (word.startswith(letter + "_") and word[2:] in vocab.INDEX_LETTERS):
            found.append(start)
    return found


def _replace_at(text: str, positions: Sequence[int], old: str, new: str) -> str:
    """``text`` with ``old`` at each position replaced by ``new`` (as long or shorter: padded before with spaces)."""
    pieces, last = [], 0
    for position in sorted(positions):
        pieces += [text[last:position], " " * (len(old) - len(new)) + new]
        last = position + len(old)
    return "".join(pieces) + text[last:]


def _unused_letter(result: Respelled, notation_of: _NotationOf, candidates: str) -> str | None:
    for letter in candidates:
        if not any(_letter_spans(text, notation_of(text) == "latex", letter) for text in _texts(result)):
            return letter
    return None


# --- the readings -------------------------------------------------------------------------------


#: (not hmatrix's #>, the matrix–vector product of Haskell code: haskell_code reads it)
_COMMENT = patterns.compile(r"\s*#(?!>)[^\n]*$")
#: what only code writes: NumPy's np., an array's .T, .dot(, .shape, .sum(, .mean(, .transpose(, and @, **
_CODE_MARK = r"(?<![\w.])(?:np|numpy)\.|\.(?:T\b|dot\(|shape\b|sum\(|mean\(|transpose\()|@|\*\*"
_CODE_MARKS = patterns.compile(_CODE_MARK)


def _comments(result: Respelled, notation_of: _NotationOf) -> None:
    """``pointwise_loss = np.exp(z) - y * z # + c``: a Python comment after code is dropped (noted)."""
    def change(text: str) -> str:
        if notation_of(text) != "plain" or "#" not in text or "'" in text or '"' in text:
            return text
        if text not in result.lets and not _CODE_MARKS.search(text):
            return text  # x # y as a cost: a stray character, refused where it stands
        match = _COMMENT.search(text)
        if match is None or not text[:match.start()].strip():
            return text
        result.notes.append(f"'{match.group().strip()}' is a Python comment: dropped")
        return text[:match.start()]
    _map(result, change)


#: Octave's comment after a statement's ';': ``… / m; % <-- Remove sum``, or with Octave's other comment mark '#'
#: (``err=0.5*(r'*r); # OLS``, where a quote transposes, so _comments leaves it); not hmatrix's #>
_OCTAVE_COMMENT = patterns.compile(r"(?<=;)\s*(?:%|#(?!>))[^\n]*$")


def _octave_comments(result: Respelled, notation_of: _NotationOf) -> None:
    """``J = … / m; % note`` (or ``# note``): an Octave comment after the statement's ';' is dropped (noted).

    Only after a ';': there the statement has ended, so what follows is not part of the
    formula; a '%' elsewhere (a percentage, a URL's escape) is left to the front ends.
    """
    def change(text: str) -> str:
        if notation_of(text) != "plain":
            return text
        match = _OCTAVE_COMMENT.search(text)
        if match is None:
            return text
        result.notes.append(f"'{match.group().strip()}' is an Octave comment after the statement: dropped")
        return text[:match.start()]
    _map(result, change)
    _continued_comments(result, notation_of)


#: Octave's continuation: '...' ending a line, optionally followed by a comment (``sum(…)/m ...   % unregularized``)
_CONTINUATION = patterns.compile(r"\.\.\.(?P<comment>[ \t]*(?:%[^\n]*)?)\n")


def _continued_comments(result: Respelled, notation_of: _NotationOf) -> None:
    """``… ...   % note`` then a new line: Octave's '...' continues the statement on the next line (noted).

    After '...' Octave reads nothing more on that line, so a '%' there opens a comment,
    never a percentage. The '...' and its comment become spaces, so the columns of what
    follows (for a caret) stay those of the text as written. Not when an operator
    stands on both sides (``theta_1 x_1 + ...`` then ``+ theta_n x_n``): that is the
    ellipsis of a written-out sum, left to the reader of ellipses.
    """
    def change(text: str) -> str:
        if notation_of(text) != "plain":
            return text

        def blank(match: re.Match[str]) -> str:
            before = text[:match.start()].rstrip()[-1:]
            after = text[match.end():].lstrip()[:1]
            if before in ("+", "-") and after in ("+", "-"):
                return match.group()
            comment = match.group("comment").strip()
            result.notes.append("'...' at the end of a line continues the Octave statement on the next line"
                                + (f"; '{comment}' is a comment: dropped" if comment else ""))
            return " " * (len(match.group()) - 1) + "\n"
        return _CONTINUATION.sub(blank, text)
    _map(result, change)


_INDEXED_LAMBDA = patterns.compile(r"\\lambda(?![A-Za-z])\s*(_\s*(\{\s*i\s*\}|i)|\^\s*\{\s*\(\s*i\s*\)\s*\})")
_ANY_LAMBDA = patterns.compile(r"\\lambda(?![A-Za-z])")


def _indexed_lambda(result: Respelled, notation_of: _NotationOf) -> None:
    r"""``--let '\lambda_i = e^{x_i^T\beta}'``: an indexed λ defined per example is a rate, not the penalty strength.

    Read as a name of its own, a Greek letter the texts do not use (noted);
    refused when a text also writes λ alone, the penalty strength. LaTeX only.
    """
    defining = [text for text in result.lets if notation_of(text) == "latex"
                and (sides := _let_sides(text)) is not None and _INDEXED_LAMBDA.fullmatch(sides[0])]
    if not defining:
        return
    texts = _texts(result)
    for text in texts:
        if notation_of(text) != "latex":
            continue
        indexed = {match.start() for match in _INDEXED_LAMBDA.finditer(text)}
        for match in _ANY_LAMBDA.finditer(text):
            if match.start() not in indexed:
                raise InputError(
                    "λ is written alone here (the penalty strength) and defined per example by --let "
                    f"'{defining[0].strip()}'",
                    source=text,
                    column=match.start(),
                    hint="name the per-example quantity otherwise (\\mu_i = …), or the penalty strength (\\alpha)",
                )
    fresh = next((name for name in ("mu", "nu", "rho", "kappa")
                  if not any(re.search(rf"\\{name}(?![A-Za-z])|{vocab_greek(name)}", text) for text in texts)), None)
    if fresh is None:
        return
    _map(result, lambda text: _replace_at(text, [m.start() for m in _ANY_LAMBDA.finditer(text)], "\\lambda", "\\" + fresh)
         if notation_of(text) == "latex" else text)
    result.notes.append(
        f"λ_i is defined per example by --let ({_known_sides(defining[0])[1]}), so it is not the regularisation "
        f"strength λ: read as a name of its own, shown as {vocab_greek(fresh)}_i"
    )


#: code's assignment in a --let: NAME = value, NAME <- value (R)
_CODE_ASSIGNMENT = patterns.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*(?:=(?!=)|<-)\s*(?P<value>.*?);?\s*$", re.DOTALL)
#: the names a per-example value is made of: the data, the labels, the parameters (as code writes them)
_EXAMPLE_QUANTITIES = frozenset({"X", "x", "y", "Y", "theta", "w", "beta", "b", "wts", "weights"})
#: what the fixed names mean, for the notes
_FIXED_MEANINGS = {"lambda": "the regularisation strength λ", "pi": "the number π"}
#: a text of code in any language the readers take: NumPy's and Octave's marks (:data:`_CODE_TEXT`), R's <- and %*%
_ANY_CODE_TEXT = patterns.compile(_CODE_MARK + r"|\.\*|\.\^|;\s*$|<-|%\*%")


def _code_assignment(text: str) -> tuple[str, str] | None:
    """A plain --let's name and value, as code assigns them (``=`` or R's ``<-``); None for anything else."""
    match = _CODE_ASSIGNMENT.fullmatch(text)
    return None if match is None else (match.group("name"), match.group("value").strip())


def _code_constants_as_values(result: Respelled, notation_of: _NotationOf) -> None:
    """``lambda = exp(X*w)``, ``pi <- logistic(X %*% beta)``: code's variable named lambda or pi is the value it is set to.

    MATLAB's Poisson rate and R's fitted probability are per-example values, never the penalty
    strength λ or the number π: a let whose value is made of the data or the parameters (or of
    another let's name) says so. Read as a name of its own (noted), only where some text is code. Left to the
    front ends (which refuse) for a value of numbers alone (``lambda = 0.1`` is the strength), and beside a preset
    cost, whose λ is the strength.
    """
    if result.cost is None:
        return  # a preset cost: its λ is the penalty strength, the let's name would be a second meaning
    # notes' notation may write λ twice, λᵢ = exp(θᵀxᵢ) in the sum and λ/2 Σθₖ² beside it: renamed everywhere, the
    # penalty's strength became the rate (a silent misread, audit21); one variable holds one value only in code. π
    # has no second use in a cost, so a plain pi a --let makes of the data (R's pi = dpois(y, mu) with R's '<-'
    # written '=', no other mark of code) is that value in any plain text
    code = any(notation_of(text) == "plain" and _ANY_CODE_TEXT.search(text) for text in _texts(result))
    lets = [(text, sides) for text in result.lets
            if notation_of(text) == "plain" and (sides := _code_assignment(text)) is not None]
    defined = {sides[0] for _, sides in lets}
    for name, meaning in _FIXED_MEANINGS.items():
        values = [value for _, (let_name, value) in lets if let_name == name]
        if len(values) != 1 or name == "lambda" and not code:
            continue
        words = set(_IDENTIFIER.findall(values[0]))
        if not words & (_EXAMPLE_QUANTITIES | (defined - {name})):
            continue  # a value of numbers alone: the fixed meaning, left to the front ends
        spans = {text: _word_spans(text, name) if notation_of(text) == "plain" else [] for text in _texts(result)}
        latex = [text for text in _texts(result) if notation_of(text) == "latex"]
        if name == "pi" and _per_example_pi(latex):
            # the number π carries no example index: a LaTeX cost writing only πᵢ (R's glm notes' Σ Yᵢ log πᵢ) means
            # the let's per-example probability, so its \pi is respelled with the code's pi
            spans.update({text: [match.start() for match in _ANY_PI.finditer(text)] for text in latex})
        elif any(re.search(rf"\\{name}(?![A-Za-z])", text) for text in latex):
            continue  # LaTeX writes the fixed meaning beside the code: left to the front ends
        fresh = _unused_letter(result, notation_of, "uvqrs")
        if fresh is None:
            return
        _map(result, lambda text: _respell_constant(text, spans.get(text, []), name, fresh))
        result.notes.append(f"{name} is code's variable, set by --let to {values[0]} (a value per example), not "
                            f"{meaning}: read as a name of its own, shown as {fresh}"
                            + ("; the LaTeX's π carries the example's index i, as the number π never does"
                               if any(spans.get(text) for text in latex) else ""))


#: LaTeX's π with an example's index: \pi_i, \pi_{i}, \pi^{(i)}; any other \pi may be the number
_INDEXED_PI = patterns.compile(r"\\pi(?![A-Za-z])\s*(?:_\s*(?:i(?![\w{])|\{\s*i\s*\})|\^\s*\{\s*\(\s*i\s*\)\s*\})")
_ANY_PI = patterns.compile(r"\\pi(?![A-Za-z])")


def _per_example_pi(latex: Sequence[str]) -> bool:
    """Whether LaTeX texts write π, and every π with the example index i (never bare, never π_j, never 2π)."""
    written = [text for text in latex if _ANY_PI.search(text)]
    return bool(written) and all(len(_ANY_PI.findall(text)) == len(_INDEXED_PI.findall(text)) for text in written)


def _respell_constant(text: str, positions: Sequence[int], name: str, fresh: str) -> str:
    """``text`` with ``name`` at ``positions`` (code's ``pi``, LaTeX's backslashed ``pi``) as ``fresh``, columns kept."""
    if not positions:
        return text
    return _replace_at(text, positions, "\\" + name if text.startswith("\\", positions[0]) else name, fresh)


#: a parameter vector re-bound to itself as another array shape: w = w[:, 0], theta = theta.flatten(), w = w.ravel()
_REBOUND = patterns.compile(
    r"\s*(?P<name>w|theta|beta)\s*=\s*(?P=name)\s*(?P<how>\[\s*:\s*,\s*0\s*\]|\.(?:flatten|ravel|squeeze)\(\s*\)|"
    r"\.reshape\(\s*-1\s*\)|\.reshape\(\s*\(?\s*-1\s*,\s*1\s*\)?\s*\))\s*(?:;\s*)?")


def _rebound_parameters(result: Respelled, notation_of: _NotationOf) -> None:
    """``w = w[:, 0]``, ``theta = theta.flatten()``: NumPy re-binds the parameters to the same numbers in another
    array shape (an (n, 1) column as an n-vector): the same parameter vector, so the --let is dropped (noted)."""
    from .pasted import columns_scores, refuse_flat_times_data

    kept = []
    for text in result.lets:
        match = _REBOUND.fullmatch(text) if notation_of(text) == "plain" else None
        if match is None:
            kept.append(text)
            continue
        name = match.group("name")
        if not re.search(r",\s*1\s*\)?\s*\)$", match.group("how")) and not columns_scores(_texts(result)):
            # w = w.flatten(): the weights 1-D, so X @ w is the 1-D m-vector, which NumPy's '*' broadcasts along the
            # rows of X, never down its columns (hunt30: read as the matrix form's column, a false "equivalent")
            for other, label in ((result.cost, "COST"), (result.answer, "ANSWER"), *((let, "--let") for let in
                                                                                     result.lets if let != text)):
                if other is None or notation_of(other) != "plain":
                    continue
                for use in re.finditer(rf"(?<![\w.]){name}(?![\w(\[.])", other):
                    refuse_flat_times_data(other, use.start(), use.end(),
                                           f"'{name}' is 1-D ({' '.join(text.split()).rstrip(';')})", label)
        result.notes.append(f"{text.strip().rstrip(';')} re-binds {name} to the same numbers in "
                            "another array shape: the same parameter vector, so the --let is not needed")
    result.lets = tuple(kept)


#: Octave's let of an array's shape, siz = size(z): group 'name' the let's, 'of' the array's
_SHAPE_LET = patterns.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*=\s*size\(\s*(?P<of>[A-Za-z_]\w*)\s*\)\s*(?:;\s*)?")


def _shape_lets(result: Respelled, notation_of: _NotationOf) -> None:
    """``siz = size(z)`` used only as ``ones(siz)``: the shape put in its place, ``ones(size(z))`` (noted).

    A shape is no number the notation holds; where every use of the name is the ones of that shape, Octave's
    ones(siz) is ones(size(z)), read as such (the matrix form checks z's shape). Any other use keeps the refusal.
    """
    for let in result.lets:
        match = _SHAPE_LET.fullmatch(let) if notation_of(let) == "plain" else None
        if match is None:
            continue
        name = match.group("name")
        others = [text for text in _texts(result) if text is not let]
        word = patterns.compile(rf"(?<![\w.]){re.escape(name)}(?![\w(])")
        ones = patterns.compile(rf"(?<![\w.])ones\(\s*{re.escape(name)}\s*\)")
        used = sum(len(word.findall(text)) for text in others)
        if used == 0 or used != sum(len(ones.findall(text)) for text in others) or any(
                notation_of(text) != "plain" for text in others if word.search(text)):
            continue
        whole = f"ones(size({match.group('of')}))"

        def change(text: str, ones: re.Pattern[str] = ones, whole: str = whole) -> str:
            return ones.sub(whole, text)

        result.lets = tuple(text for text in result.lets if text is not let)
        _map(result, change)
        result.notes.append(f"{let.strip().rstrip(';').strip()} is {match.group('of')}'s shape, used only as "
                            f"ones({name}): read as {whole}, and the --let is not needed")
        return


def vocab_greek(name: str) -> str:
    """The Greek letter of an ASCII name (``mu`` → ``μ``)."""
    return {"mu": "μ", "nu": "ν", "rho": "ρ", "kappa": "κ"}[name]


_POWER_OF_E = patterns.compile(r"(?<![A-Za-z\\])e\s*(\^|\*\*)")


def _euler_power(text: str) -> bool:
    """Whether ``text`` raises e to a power: ``e^{…}``, ``e^x``; in NumPy code (``np.``), ``e ** 2`` squares a quantity e."""
    for match in _POWER_OF_E.finditer(text):
        if match.group(1) == "**" and "np." in text:
            continue  # NumPy writes Euler's e as np.e or np.exp: a bare e ** 2 is a name squared
        return True
    return False


def _error_named_e(result: Respelled, notation_of: _NotationOf) -> None:
    r"""``--let 'e = \hat{y} - y'``: e named by a let is the error, not Euler's number, when no text raises e to a power.

    The let may give e the example's index (``e_i = y_i - \hat{y}_i``, thomz2's notebook): the
    error of example i, e_i under the cost's Σᵢ. Euler's number carries no index, so the head says
    as much as a bare ``e = …`` does.
    """
    _refuse_error_e_beside_euler_in_answer(result, notation_of)
    if _library_exp_only(_texts(result)):
        # Cornell's e = np.exp(-1*yTr*(w.T@xTr)): code's temporary named e, a vector of exponentials
        _shadow(result, notation_of, "e", _euler_use,
                lambda value, head="e": f"read as code: {head} is defined by --let ({head} = {value}), and no text "
                                        "uses Euler's number (e^{…}, e**, np.e, a bare exp): np.exp is the code's "
                                        f"exponential function, and {head} is the code's own name for that quantity, "
                                        "not Euler's number",
                indexed=True)
        return
    _shadow(result, notation_of, "e", _euler_use,
            lambda value, head="e": f"{head} is defined by --let ({head} = {value}), and no text uses Euler's number "
                                    "(e^{…}, exp): e is that quantity (the error), not Euler's number",
            indexed=True)


def _refuse_error_e_beside_euler_in_answer(result: Respelled, notation_of: _NotationOf) -> None:
    """An answer that writes the let's e and Euler's number (exp, e^…) where the cost and its lets use only the let's.

    The cost is then read on its own with e as the let's quantity (the error), and the answer, which uses
    Euler's number, with e as Euler's: ``X' * (e .* exp(-X*w) ./ (1 + exp(-X*w)).^2) / m`` beside
    ``sum(e.^2)`` with ``e = sigmoid(X*w) - y`` was judged 'different' with e = 2.718… in the answer. Which
    e the answer's means is not said by its text alone, so it is refused at its e (audit29).
    """
    answer = result.answer
    if answer is None or not any(_defines(sides[0], "e", True) for text in result.lets
                                 if (sides := _let_sides(text)) is not None):
        return
    latex = notation_of(answer) == "latex"
    # an e raised to a power is Euler's (e^{−z} written out): only an e that is not is the let's
    spans = [at for at in _letter_spans(answer, latex, "e") if not re.match(r"\s*(?:\^|\*\*|\.\^)", answer[at + 1:])]
    others = [text for text in (result.cost, *result.lets) if text is not None]
    if not spans or not _euler_use(answer, latex) or any(_euler_use(text, notation_of(text) == "latex")
                                                          for text in others):
        return
    raise InputError(
        "this answer writes e, which --let defines (the cost's e is that quantity), and also Euler's number "
        "(exp, e^…): which of the two its e is cannot be told apart",
        source=answer, column=spans[0], label="ANSWER",
        hint="name the --let's quantity with another letter (err = …, r = …) in the --let, the cost and the answer",
    )


#: the cost's left side naming one argument h: R(h) =, \mathcal{R}(h) =, J(h) = (TeX spaces \; allowed before '=')
_COST_OF_H = patterns.compile(r"^\s*(?:\\mathcal\s*\{\s*)?[A-Za-z](?:_\{?\\?[A-Za-z]+\}?)?\s*\}?\s*\(\s*h\s*\)"
                              r"(?:\s|\\[;,:! ]|~)*=")
#: h as the prediction: applied (h(x), h\left(x), h[x]) or subscripted (h_\theta, h_{w}, h_theta)
_H_PREDICTION = patterns.compile(r"(?<![A-Za-z\\])h\s*(?:\(|\[|_|\\left|\\big|\^\s*\{?\s*\()")


def _parameter_named_h(result: Respelled, notation_of: _NotationOf) -> None:
    r"""``R(h) = \frac{1}{n}\sum_{i=1}^n (he^{-x_i} - y_i)^2`` with ``--wrt h``: h is the model's one parameter.

    DSC 40A names the parameter of a one-parameter model h (H(x) = h e^{-x}): the risk R(h) is
    a function of it and the derivative is by it. logderiv's h is the prediction, so h is read
    as a number of the texts' own only when --wrt h asks for it, the cost's left side names it as
    the one argument (R(h) =), no --let defines it and no text applies or subscripts it (h(x),
    h_\theta: the prediction); it is respelled as a letter no text uses, noted.
    """
    if result.asked != "h" or result.cost is None or not _COST_OF_H.match(result.cost):
        return
    texts = _texts(result)
    if any((sides := _let_sides(text)) is not None and re.match(r"h(?![\w])", sides[0]) for text in result.lets):
        return
    if any(_H_PREDICTION.search(text) for text in texts):
        return
    fresh = _unused_letter(result, notation_of, "uvqrs")
    if fresh is None:
        return
    written = _COST_OF_H.match(result.cost)
    assert written is not None, "matched by the test above"
    head = re.sub(r"(?:\s|\\[;,:! ]|~)*=$", "", written.group(0)).strip()
    _map(result, lambda text: _replace_at(text, _letter_spans(text, notation_of(text) == "latex", "h"), "h", fresh))
    result.renamed["h"] = fresh
    result.notes.append(f"h is the model's parameter here, not the prediction h(x): the cost {head} is written as a "
                        f"function of it, --wrt h differentiates by it, and no text applies it to an example; "
                        f"shown as {fresh}")


#: the cross-entropy's two logarithms of a bare p: log(p), \log(1 - p), ln (p) (p_i and p^{(i)} are LaTeX's own)
_LOG_OF_P = patterns.compile(r"(?:\\?log|\\?ln)\s*(?:\\left)?\(\s*p\s*(?:\\right)?\)")
_LOG_OF_ONE_LESS_P = patterns.compile(r"(?:\\?log|\\?ln)\s*(?:\\left)?\(\s*1\s*[-−]\s*p\s*(?:\\right)?\)")
#: the pairs the other way round, y·log(1 − p) or (1 − y)·log(p): p is then the probability that y = 0, not h
_LABEL = r"[yt](?:_\{?i\}?|\^\{?\(i\)\}?)?(?![\w])"
_TIMES = r"\s*(?:\\cdot|[·*⋅])?\s*"
_LOG = r"(?:\\?log|\\?ln)\s*(?:\\left)?\(\s*"
_REVERSED_PAIRS = patterns.compile(
    rf"(?<![-−\w])(?<![-−]\s){_LABEL}{_TIMES}{_LOG}1\s*[-−]\s*p\s*(?:\\right)?\)"
    rf"|1\s*[-−]\s*{_LABEL}\s*\)?{_TIMES}{_LOG}p\s*(?:\\right)?\)"
    rf"|{_LOG}1\s*[-−]\s*p\s*(?:\\right)?\){_TIMES}{_LABEL}"
    rf"|{_LOG}p\s*(?:\\right)?\){_TIMES}\(?\s*1\s*[-−]\s*{_LABEL}"
)


def _probability_named_p(result: Respelled, notation_of: _NotationOf) -> None:
    r"""``-sum[y·log(p) + (1-y)·log(1-p)]``: p written only as log(p) and log(1 − p) is the predicted probability h.

    The two logarithms beside y and 1 − y are the cross-entropy, whose p is the model's output (as LaTeX's
    p_i already is): read as the prediction h, whose model the cost then names (noted), only where no --let
    defines p (or P), no text writes h, ŷ or another p (p_i, p(…), p alone), and the cost writes both logarithms.
    """
    if result.cost is None or not (_LOG_OF_P.search(result.cost) and _LOG_OF_ONE_LESS_P.search(result.cost)):
        return
    if _REVERSED_PAIRS.search(result.cost):
        return  # y·log(1 − p): p is the probability of y = 0, whose model is not the prediction σ(θᵀx)'s
    if result.asked is not None and re.match(r"p(?![A-Za-z])", result.asked):
        return  # --wrt p: p is what the derivative is taken by (a function of p), not a prediction
    texts = _texts(result)
    if any((sides := _let_sides(text)) is not None and re.match(r"[pP](?![\w])", sides[0]) for text in result.lets):
        return  # a let defines p, or P (the probability's letter in the other case, read as p where the cost writes p)
    if any(_HAT_WRITTEN.search(text) or _letter_spans(text, notation_of(text) == "latex", "h") for text in texts):
        return
    for text in texts:
        spans = set(_letter_spans(text, notation_of(text) == "latex", "p"))
        logged = {match.start() + match.group().rindex("p") for pattern in (_LOG_OF_P, _LOG_OF_ONE_LESS_P)
                  for match in pattern.finditer(text)}
        if spans != logged:
            return  # p written otherwise too (p_i, p(x), a factor p): not only the cross-entropy's probability
    _map(result, lambda text: _replace_at(text, _letter_spans(text, notation_of(text) == "latex", "p"), "p", "h"))
    result.notes.append("p is written only as log(p) and log(1 − p), the cross-entropy's: the predicted probability, "
                        "read as the prediction h")


#: the suffixes code gives every quantity of a model fitted to normalised data: X_norm, theta1_norm
_SCALED_SUFFIXES = ("_normalized", "_normalised", "_norm", "_scaled")


def _scaled_suffix(result: Respelled, notation_of: _NotationOf) -> None:
    """``np.mean((Y_norm - Y_pred_norm) ** 2)``, ``--wrt theta1_norm``: a suffix every name carries is no part of it (noted).

    fin's notebook normalises its data and suffixes everything computed from it, the
    parameters too: the cost of the normalised data in the normalised parameters is the cost
    of that data in those parameters. Read without the suffix (a --wrt written with it
    follows) only in plain texts, where at least two names carry it and none of them is also
    written without it (X beside X_norm: two quantities, left to the front ends).
    """
    texts = _texts(result)
    for suffix in _SCALED_SUFFIXES:
        if not any(suffix in text for text in texts):
            continue  # the pattern below matches only where the suffix is written
        pattern = re.compile(rf"(?<![\w.])(?P<stem>[A-Za-z][A-Za-z0-9_]*?){re.escape(suffix)}(?![\w(])")
        names = {match.group() for text in texts for match in pattern.finditer(text)}
        if len(names) < 2:
            continue
        if any(notation_of(text) != "plain" for text in texts if pattern.search(text)):
            return
        stems = {name: name[:-len(suffix)] for name in names}
        if any(_word_spans(text, stem) for text in texts for stem in stems.values()):
            return  # X beside X_norm: the data before and after normalising, two quantities
        if suffix == "_norm" and any(re.search(r"norm\s*\(", text) for text in texts):
            return  # np.linalg.norm(w) computed: w_norm may be a norm, not w normalised
        _map(result, lambda text: pattern.sub(lambda match: match.group("stem").rjust(len(match.group())), text))
        asked = result.asked or ""
        if asked in names:
            result.renamed[asked] = stems[asked]
        result.notes.append(f"{', '.join(sorted(names))}: every name carries {suffix} (the normalised data and the "
                            f"parameters fitted to it), which is no part of what it names: read without it")
        return


#: sigma called as a function: sigma(z), sigma (z)
#: the words of the sigmoid a code's variable may be named by (sigma, sigmoid), each called as a function: word(
_SIGMA_WORDS = ("sigma", "sigmoid")
_SIGMA_CALLED = {word: patterns.compile(rf"(?<![\w.]){word}\s*\(") for word in _SIGMA_WORDS}


def _value_named_sigma(result: Respelled, notation_of: _NotationOf) -> None:
    """``sigma = 1./(1 + exp(-aa));`` then ``-sum(log(sigma))`` (Iain Murray's MLPR code): sigma names that value (noted).

    In code a let whose head is the bare word sigma stores σ's values under that name, as
    ``h = …`` stores the prediction; so does one whose head is ``sigmoid`` (donmatthiuz's
    ``sigmoid = 1 / (1 + np.exp(-(np.dot(X, w) + b)))`` then ``np.log(sigmoid)``). Only where every
    text is plain, none calls ``sigma(…)`` (``sigmoid(…)``) nor writes σ (then the word is also the
    function, and which a use means is not said: the front ends refuse as before), and one let
    defines it. It is respelled as a free letter.
    """
    texts = _texts(result)
    for word in _SIGMA_WORDS:
        defining = [text for text in result.lets if (sides := _let_sides(text)) is not None and sides[0] == word]
        if len(defining) != 1 or any(notation_of(text) != "plain" for text in texts):
            continue
        if any(_SIGMA_CALLED[word].search(text) or "σ" in text for text in texts):
            continue
        if not any(_word_spans(text, word) for text in texts if text is not defining[0]):
            continue
        fresh = _unused_letter(result, notation_of, "sqruv")
        if fresh is None:
            continue
        _map(result, lambda text, word=word, fresh=fresh: _replace_at(  # type: ignore[misc]
            text, _word_spans(text, word), word, fresh))
        value = _known_sides(defining[0])[1].rstrip(";").strip()
        result.notes.append(f"{word} is defined by --let ({word} = {value}) and no text calls {word}(…) as a "
                            f"function: {word} is that value, not the function σ; shown as {fresh}")
        texts = _texts(result)


#: the parameter vector's names after a matrix that multiplies it: beta, theta, w (LaTeX's \beta, \theta)
_PARAMETER_AFTER = r"(?:\\beta|\\theta|beta|theta|w|β|θ)(?![A-Za-z_])"
#: the letters a design matrix is written with in a residual (A in linear algebra's Aβ − y, Octave's ridge code; H the
#: feature matrix of UW's regression course, (y − Hw)ᵀ(y − Hw)), each read as X only where the rule below says
_DESIGN_LETTERS = ("A", "H")
#: the letter times the parameters, compared with y: A * beta - y, A\beta - y, y - Hw (glued: one product)
_DESIGN_RESIDUAL = {letter: patterns.compile(
    rf"(?<![A-Za-z_\\]){letter}\s*\*?\s*" + _PARAMETER_AFTER + r"\s*-\s*y(?![A-Za-z_(^'.])|"
    rf"(?<![A-Za-z_\\])y\s*-\s*{letter}\s*\*?\s*" + _PARAMETER_AFTER) for letter in _DESIGN_LETTERS}
#: every use of the letter the design-matrix reading allows: times the parameters, or transposed (A', A^T, A.T,
#: transpose(A))
_DESIGN_USES = {letter: patterns.compile(
    rf"{letter}(?=\s*\*?\s*" + _PARAMETER_AFTER + rf")|{letter}(?=\s*(?:'|\^\s*\{{?\s*T\b|\.T\b))|"
    rf"(?<=transpose\(){letter}(?=\s*\))") for letter in _DESIGN_LETTERS}
#: where a name starts with the letter, alone, after a digit (2H^T) or glued to more (Hw, Hessian): every such use
#: must be an allowed one
_DESIGN_NAMED = {letter: patterns.compile(rf"(?<![A-Za-z_\\]){letter}") for letter in _DESIGN_LETTERS}
# DESIGN_A_NOTE, DESIGN_H_NOTE (what is said of A or H read as X) live in conventions, whose refusals name them


#: a transpose written after a letter or a bracket: ^T, ^{T}, ^\top, ', .T
_TRANSPOSE_MARK = r"(?:\^\s*\{?\s*(?:T|\\top(?![A-Za-z])|\\intercal(?![A-Za-z]))\s*\}?|'|\.T\b)"
#: the residual of a lower-case x times the parameters, in brackets and transposed: (y - x\theta)^T, (x*w - y)'
_LOWER_X_TRANSPOSED_RESIDUAL = patterns.compile(
    r"\(\s*(?:y\s*-\s*x\s*(?:\\cdot|\*)?\s*" + _PARAMETER_AFTER + r"|x\s*(?:\\cdot|\*)?\s*" + _PARAMETER_AFTER
    + r"\s*-\s*y)\s*\)\s*" + _TRANSPOSE_MARK)
#: x times the parameters: x\theta, x*w, x \cdot \theta
_LOWER_X_TIMES_PARAMETERS = patterns.compile(r"x\s*(?:\\cdot|\*)?\s*" + _PARAMETER_AFTER)
#: y transposed (y^T, y'): the targets are a column of every example's, so what multiplies θ beside them is m×n
_Y_TRANSPOSED = patterns.compile(r"(?<![A-Za-z_\\])y\s*" + _TRANSPOSE_MARK)
#: each use of a lower-case x the data-matrix reading allows: times the parameters (x\theta), transposed (x^T), or
#: after the transposed targets (y^Tx, a row times the matrix)
_LOWER_X_USES = patterns.compile(
    r"x(?=\s*(?:\\cdot|\*)?\s*" + _PARAMETER_AFTER + r")|x(?=\s*" + _TRANSPOSE_MARK + r")|"
    r"(?<=y\^T)x|(?<=y\^\{T\})x|(?<=y\^\\top )x|(?<=y')x")
#: a sum, an index or a count beside them: x could be one example's row there, so nothing is read
_PER_EXAMPLE_MARKS = patterns.compile(r"\\sum|(?<![A-Za-z])sum|Σ|∑|[xy]\s*_|[xy]\s*\^\s*\{?\s*\(|[xy]\s*\[|[xy]\s*\(")
LOWER_X_DESIGN_NOTE = ("x (lower case) multiplies the parameters beside the targets y written as a column (transposed: "
                       "yᵀ, or the residual (y − xθ)ᵀ) and is otherwise only transposed: x is the data matrix, read as X "
                       "(m×n, one example per row), not one example's features; no text writes X, sums, or indexes x "
                       "or y")


def _lower_x_design_matrix(result: Respelled, notation_of: _NotationOf) -> None:
    r"""``L = (y-x\theta)^T \cdot (y-x\theta)``, ``y^Ty - 2y^Tx\theta + \theta^Tx^Tx\theta``: a lower-case x is X.

    A notebook (ovysotska's ml_regression, f65) names its design matrix x. Where the targets y are a column — the
    residual with x times θ is transposed, or y itself is — x, multiplying θ to be compared with y, is m×n: the
    data matrix, as A and H are read above. One example's row would make y a number, and nobody transposes a number;
    so only where some text writes that transposed residual or a transposed y, every x is times the parameters,
    transposed, or after yᵀ, no text writes X, sums or indexes x or y (a sum over examples makes x an example there),
    and no --let defines x. Respelled in place, one letter for one, noted.

    An answer whose x is one example's (``-2(y - \theta^T x)x``, ``-2x_j(y - x\theta)``) beside a cost read so is
    refused: the cost alone would be read with x the matrix and the answer with x an example, and the two readings
    compared (audit26e: a right one-example answer was called different).
    """
    spans = _lower_x_spans(result, notation_of, _texts(result))
    if spans is None:
        _refuse_lower_x_answer(result, notation_of)
        return
    _map(result, lambda text: _replace_at(text, spans.get(text, []), "x", "X"))
    result.notes.append(LOWER_X_DESIGN_NOTE)


def _lower_x_spans(result: Respelled, notation_of: _NotationOf, texts: list[str]) -> dict[str, list[int]] | None:
    """Where each of ``texts`` writes the lower-case x to be read as X, or None when the reading above is not taken."""
    if not any(_LOWER_X_TRANSPOSED_RESIDUAL.search(text) or (_Y_TRANSPOSED.search(text) and _letter_spans(
            text, notation_of(text) == "latex", "x")) for text in texts):
        return None
    if any(re.search(r"(?<![A-Za-z_\\])X", text) or _PER_EXAMPLE_MARKS.search(text) for text in texts):
        return None
    if any((sides := _let_sides(text)) is not None and sides[0] in ("x", "X", "y") for text in result.lets):
        return None
    spans: dict[str, list[int]] = {}
    for text in texts:
        letters = _letter_spans(text, notation_of(text) == "latex", "x")
        allowed = {match.start() for match in _LOWER_X_USES.finditer(text)}
        if any(at not in allowed for at in letters):
            return None  # x alone, x^2, xy: not said to be the data matrix
        spans[text] = letters
    if not any(_LOWER_X_TIMES_PARAMETERS.match(text, at) for text, letters in spans.items() for at in letters):
        return None  # no text writes xθ: nothing says x is what multiplies the parameters
    return spans


#: a sum written in an answer: over the examples, its x_i or x⁽ⁱ⁾ is a row of the matrix the cost's x is read as
_ANSWER_SUM = patterns.compile(r"\\sum|(?<![A-Za-z])sum|Σ|∑")


def _refuse_lower_x_answer(result: Respelled, notation_of: _NotationOf) -> None:
    """Refuse an answer writing x as one example's features beside a cost whose x alone reads as the data matrix X."""
    answer = result.answer
    if answer is None or result.cost is None or re.search(r"(?<![A-Za-z_\\])X", answer) or _ANSWER_SUM.search(answer):
        return  # X, or a sum over the examples (x_i a row of X): the answer says what its x is
    letters = _letter_spans(answer, notation_of(answer) == "latex", "x")
    if not letters or _lower_x_spans(result, notation_of, [result.cost, *result.lets]) is None:
        return
    allowed = {match.start() for match in _LOWER_X_USES.finditer(answer)}
    at = next((at for at in letters if at not in allowed), letters[0])
    raise InputError(
        "x is the data matrix X in the cost (it multiplies the parameters beside the targets y written as a column), "
        "but the answer writes x otherwise — as one example's features (x_j, θᵀx, x(…)) or where that matrix does "
        "not stand: the cost and the answer would read x as two different things",
        source=answer, column=at,
        hint="write the answer with x as the matrix (x^T (x theta - y), columns by x^T), or both as one example's: "
             "cost (y - theta^T x)^2",
    )


def _design_matrix_named_a(result: Respelled, notation_of: _NotationOf) -> None:
    """``‖Aβ − y‖² + λ‖β‖²``, ``A' * (A * beta - y)``, ``-2H^T(y - Hw)``: A (or H) is the design matrix X.

    Least squares in linear algebra's letters (A, x, b) is read by :mod:`.least_squares`; here the parameters and
    the targets are logderiv's own (β, θ or w, and y) and only the matrix has another letter: A (Octave's ridge
    code) or H (the feature matrix of the University of Washington's regression course). A matrix that multiplies
    the parameters and is compared with the targets y can only be the data, m×n; a letter glued to the parameter
    (``Hw``, ``Aβ``) is that product, as ``Xw`` is. Only where some text writes the letter times the parameters
    minus y (or y minus it), every other use of the letter is that product or its transpose (A', A^T, A.T), no
    text writes X and no --let defines the letter; elsewhere (a Hessian H in wᵀHw, HW of two matrices, H alone)
    the letter stays as before. H only where no LaTeX text writes it: the LaTeX reader reads its H (and Φ, D)
    itself. Respelled in place, one letter for one.
    """
    texts = _texts(result)
    # any name that starts with X, glued ones too (Xw, X_train): beside it, A or H would be a second matrix, not X
    if any(re.search(r"(?<![A-Za-z_\\])X", text) for text in texts):
        return
    # Bishop's Φ, \Phi (read as X by the LaTeX reader, noted there): beside it A or H is a second letter for the
    # data matrix, left to that reader, so a refusal of the two says A as written (audit28f: respelled X here, the
    # answer's A was refused as "x is written here", the cost's as "the cost writes x itself")
    if any(PHI_WRITTEN.search(text) for text in texts):
        return
    for letter in _DESIGN_LETTERS:
        if not any(_DESIGN_RESIDUAL[letter].search(text) for text in texts):
            continue
        if any((sides := _let_sides(text)) is not None and sides[0] == letter for text in result.lets):
            continue
        if letter != "A" and any(notation_of(text) == "latex" and _letter_spans(text, True, letter) for text in texts):
            # LaTeX's reader reads H itself (conventions.design_matrix_letter, with its own note): one reading of a
            # LaTeX H, so here only plain text's (A was read here in both before, and stays so)
            continue
        spans: dict[str, list[int]] = {}
        for text in texts:
            letters = sorted({*_letter_spans(text, notation_of(text) == "latex", letter),
                              *(match.start() for match in _DESIGN_NAMED[letter].finditer(text))})
            allowed = {match.start() for match in _DESIGN_USES[letter].finditer(text)}
            if any(at not in allowed for at in letters):
                break  # the letter used otherwise (alone, A^{-1}, A(i, j), a word): not said to be the data
            spans[text] = letters
        else:
            found = letter  # the loop ends here: the change below runs at once, with this letter
            _map(result, lambda text: _replace_at(text, spans.get(text, []), found, "X"))
            result.notes.append(DESIGN_A_NOTE if letter == "A" else DESIGN_H_NOTE)
            return


#: a sum's bound letter before its index: \sum_{t}, \sum_t, \sum_{t=1}^{N} (the letters a sum over examples may bind:
#: not a datum's, a parameter's, a count's or a constant's letter, and never capital T, the transpose's)
_SUM_OVER_INDEX = patterns.compile(r"\\sum_\s*(?:\{\s*(?P<braced>[a-z])\s*(?:=\s*1\s*)?\}|(?P<bare>[a-z])(?![A-Za-z]))"
                                   r"(?P<bound>\s*\^\s*(?:\{\s*[Nm]\s*\}|[Nm](?![A-Za-z])))?")
_NOT_AN_EXAMPLE_INDEX = frozenset("xyrwbedm")
#: Σᵢ over y^i: the LaTeX reader reads i itself, with its own note ("y^i is read as y^{(i)}, the i-th example"), and
#: reads it only where that is exact: one reading of i, the older one
_READ_BY_THE_LATEX_READER = frozenset("i")
#: a datum with a bare superscript letter: y^n, x^{t}, r^t, \mathbf{x}^n
_DATA_POWER = patterns.compile(r"(?<![A-Za-z\\])(?P<data>[xyr]|\\mathbf\{[xy]\})\s*\^\s*(?:\{\s*(?P<braced>[a-z])\s*\}|"
                               r"(?P<bare>[a-z])(?![A-Za-z]))")
#: a datum to a doubled superscript: x^{2t} (Alpaydin's expansions write (xᵗ)² so; a power 2t reads the same)
_DATA_DOUBLED = patterns.compile(r"(?<![A-Za-z\\])[xyr]\s*\^\s*\{\s*2\s*(?P<letter>[a-z])\s*\}")
SUPERSCRIPT_N_NOTE = ("\\sum_{n} over y^n and x^n: the superscript n on the data marks the n-th example, not a power "
                      "(Hung-yi Lee's course writes examples so); read as y^{(n)}, x^{(n)}, the sum over the examples")
TARGET_R_NOTE = ("r^{t} stands where y would and no text writes y: r is the required output, the target "
                 "(Alpaydin's Introduction to Machine Learning writes it so); read as y")


def _superscript_note(letter: str, target: str) -> str:
    """The note of :func:`_superscript_example_index`: Hung-yi Lee's words for his n, the same rule's for any letter."""
    if letter == "n" and target == "y":
        return SUPERSCRIPT_N_NOTE
    return (f"\\sum_{{{letter}}} over {target}^{letter} and x^{letter}: the superscript {letter} on the data marks "
            f"the {letter}-th example, not a power (Alpaydin's and Hung-yi Lee's courses write examples so); read as "
            f"y^{{({letter})}}, x^{{({letter})}}, the sum over the examples")


def _index_of(match: re.Match[str]) -> str:
    return match.group("braced") or match.group("bare")


#: the model f with its parameters w, b as a subscript typed flat: fw,b(x) (f_{w,b}(x)), and fwb( beside it
_FLAT_MODEL = patterns.compile(r"(?<![\w.\\])f(?P<script>w\s*,\s*b|wb)(?=\s*\()")


def _flat_model_subscript(result: Respelled, notation_of: _NotationOf) -> None:
    """``fw,b(x) = g(z)``: the Machine Learning Specialization's model f_{w,b}(x), its subscript typed flat (noted).

    A docstring or a pasted page loses the subscript of ``f_{w,b}(x)`` (the labs' notes write it so; their code
    names it ``f_wb``): ``fw,b(x)``, whose comma no name holds, can only be f with the parameters w, b as its
    subscript, which is typography (as h_θ(x) is h(x)); ``fwb(x)`` beside it is the same f with the comma lost too.
    Read as ``f(x)``, in plain texts only, where some text writes ``fw,b(`` and no text writes f itself (or a
    name ``fwb`` the texts define otherwise).
    """
    texts = _texts(result)
    plain = [text for text in texts if notation_of(text) == "plain"]
    if not any(match.group("script") != "wb" for text in plain for match in _FLAT_MODEL.finditer(text)):
        return
    if any(re.search(r"(?<![\w.\\])f(?![\w,])", text) for text in texts):
        return  # f written as well: maybe another function than the model
    if any(notation_of(text) != "plain" and _FLAT_MODEL.search(text) for text in texts):
        return

    def unscripted(text: str) -> str:
        if notation_of(text) != "plain":
            return text
        for match in reversed(list(_FLAT_MODEL.finditer(text))):
            text = _replace_at(text, [match.start()], match.group(), "f")
        return text
    _map(result, unscripted)
    result.notes.append("fw,b(x) is f_{w,b}(x), the model f with its parameters w, b as the subscript, typed flat "
                        "(fwb(x) too, the comma lost): read as f(x)")


def _superscript_example_index(result: Respelled, notation_of: _NotationOf) -> None:
    """``\\sum_t [r^t - (w_1 x^t + w_0)]^2``, ``-\\sum_{n} [y^n \\ln f(x^n) + …]``: the data's superscript is the example.

    Alpaydin (Introduction to Machine Learning) writes example t as xᵗ with its required output rᵗ and sums them with
    Σₜ; Hung-yi Lee's course writes xⁿ, yⁿ under Σₙ. A power of the data by the very letter a sum binds would make
    no cost; the superscript is the example's index, whichever letter the sum binds. Only in LaTeX texts with a sum
    over that letter (to N, to m, or unbounded) where a target (y, or r where no text writes y and no --let defines
    r: it stands where y would) carries the letter, and every other use of the letter is that sum's (no 1/t, no
    h^{t-1}, no w_t, no x^{(t)} beside). ``x^{2t}`` there is refused: (xᵗ)² and x to the 2t are both read so. An
    unbounded sum is bounded by the examples' count (N where a text writes N, else m), as the rule says it runs over
    them. Elsewhere the front ends refuse or read a power as before.
    """
    texts = [text for text in _texts(result) if notation_of(text) == "latex"]
    letters = {_index_of(match) for text in texts for match in _SUM_OVER_INDEX.finditer(text)} \
        - _NOT_AN_EXAMPLE_INDEX - _READ_BY_THE_LATEX_READER
    used = {(match.group("data"), _index_of(match)) for text in texts if _SUM_OVER_INDEX.search(text)
            for match in _DATA_POWER.finditer(text)}
    candidates = sorted(letter for letter in letters if any(index == letter for _, index in used))
    if len(candidates) != 1:
        return  # no sum over its data's superscript, or two letters so: which numbers the examples is not said
    letter = candidates[0]
    data = {datum for datum, index in used if index == letter}
    everywhere = "".join(_texts(result))
    lets = {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None}
    writes_y = any(_letter_spans(text, notation_of(text) == "latex", "y") for text in _texts(result))
    target = "y" if "y" in data else "r" if "r" in data and not writes_y and "r" not in lets else None
    if target is None or (target == "y" and "r" in data):
        return  # no target carries the letter (x^t alone may be a power), or r beside y: r is something else
    for text in _texts(result):
        if not (notation_of(text) == "latex" and _SUM_OVER_INDEX.search(text)) and re.search(
                rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", re.sub(r"\\[A-Za-z]+", "", text)):
            return  # a text outside the sums writes the letter (a let's σ(wᵀx^n + b), n = 3): there it is a power,
            # a count or a number, not the examples' index the sums bind
    for text in texts:
        if not _SUM_OVER_INDEX.search(text):
            continue
        for match in _DATA_DOUBLED.finditer(text):
            if match.group("letter") == letter:
                raise InputError(
                    f"{match.group(0).replace(' ', '')} under \\sum_{letter}, where the superscript {letter} numbers "
                    f"the examples, is either (x^{letter})^2 or x to the power 2{letter}: which is meant is not said",
                    source=text, column=match.start(),
                    label=_label(result, text),
                    hint=f"write the square of example {letter}'s value as (x^{letter})^2")
        rest = _DATA_POWER.sub("", _SUM_OVER_INDEX.sub("", text))
        if re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", re.sub(r"\\[A-Za-z]+", "", rest)):
            return  # the letter also stands elsewhere (1/t, h^{t-1}, θ_t, x^{(t)}): not said to be only the examples'
    count = "N" if re.search(r"(?<![A-Za-z\\])N(?![A-Za-z])", everywhere) else "m"
    changed = False

    def datum(match: re.Match[str]) -> str:
        if _index_of(match) != letter:
            return match.group(0)
        name = "y" if match.group("data") == "r" else match.group("data")
        return name + "^{(" + letter + ")}"

    def bounded(match: re.Match[str]) -> str:
        if _index_of(match) != letter or match.group("bound"):
            return match.group(0)
        return "\\sum_{" + letter + "=1}^{" + count + "}"

    def change(text: str) -> str:
        nonlocal changed
        if notation_of(text) != "latex" or not _SUM_OVER_INDEX.search(text):
            return text
        new = _DATA_POWER.sub(datum, text)
        if new == text:
            return text
        new = _SUM_OVER_INDEX.sub(bounded, new)
        changed = True
        return new

    _map(result, change)
    if changed:
        result.notes.append(_superscript_note(letter, target))
        if target == "r":
            result.notes.append(TARGET_R_NOTE.replace("{t}", letter))


#: a let of a column written entry by entry, transposed: t = (t_1, t_2, \ldots, t_n)^T
_COLUMN_LET = patterns.compile(r"\s*(?P<name>[A-Za-z])\s*=\s*\((?P<body>.*)\)\s*\^\s*(?:\{\s*T\s*\}|T)\s*")
#: the ellipsis of such a column
_ENTRY_DOTS = patterns.compile(r"\s*(?:\\ldots|\\cdots|\\dots|\.\.\.|…)\s*")
#: an entry's example number: _1, _{2}, _n, _N, _m as its last subscript
_ENTRY_NUMBER = patterns.compile(r"_\s*(?:\{\s*(?P<braced>[0-9]+|[nNm])\s*\}|(?P<bare>[0-9]|[nNm])(?![A-Za-z0-9]))")
#: the entry of example k a column of predictions holds: \sigma(w^T\phi_k), \sigma(w^Tx_k)
_PREDICTION_ENTRY = patterns.compile(r"\\sigma\s*\(\s*(?P<p>w|\\theta|\\mathbf\{w\})\s*\^\s*(?:\{\s*T\s*\}|T)\s*"
                                     r"(?:\\phi|x|\\mathbf\{x\})\s*_\s*\{?k\}?\s*\)")
#: Bishop's basis-function vector of example i, standing as x_i does: w^T\phi_i, \mathbf{w}^T\phi_n
_PHI_AFTER_PARAMETER = patterns.compile(r"(?:w|\\mathbf\{w\}|\\theta)\s*\^\s*(?:\{\s*T\s*\}|T)\s*\\phi\s*_\s*(?:\{\s*"
                                        r"(?P<braced>[a-z])\s*\}|(?P<bare>[a-z])(?![A-Za-z]))")
#: every φ written: \phi with what follows it
_ANY_PHI = patterns.compile(r"\\phi(?![A-Za-z])|φ|\\varphi(?![A-Za-z])|\\Phi(?![A-Za-z])")
#: φ as example L's vector: \phi_i, \phi_{i}
_PHI_OF_EXAMPLE = patterns.compile(r"\\phi\s*_\s*(?:\{\s*(?P<braced>[a-z])\s*\}|(?P<bare>[a-z])(?![A-Za-z]))")
PHI_FEATURES_NOTE = ("φ_i stands where x_i would (wᵀφ_i): φ_i = φ(x_i) is example i's vector of basis functions, the "
                     "features the model weighs (Bishop's PRML writes it so); read as x_i")


def _column_template(body: str) -> str | None:
    """``t_1, t_2, \\ldots, t_n`` → ``t_{k}``: the one entry every written entry is, numbered k; None if not so."""
    entries, depth, start = [], 0, 0
    for position, char in enumerate(body):
        depth += char in "({[" 
        depth -= char in ")}]"
        if char == "," and depth == 0:
            entries.append(body[start:position].strip())
            start = position + 1
    entries.append(body[start:].strip())
    written = [entry for entry in entries if not _ENTRY_DOTS.fullmatch(entry)]
    if len(written) < 3 or len(written) == len(entries) or not _ENTRY_DOTS.fullmatch(entries[-2]):
        return None  # not 'first, second, …, last': a column of fixed entries is no column of the examples
    templates = set()
    for number, entry in enumerate(written):
        marks = list(_ENTRY_NUMBER.finditer(entry))
        if len(marks) != 1:
            return None
        value = marks[0].group("braced") or marks[0].group("bare")
        if value != (str(number + 1) if number < len(written) - 1 else value) or (
                number == len(written) - 1 and value not in "nNm"):
            return None
        templates.add(entry[:marks[0].start()] + "_{k}" + entry[marks[0].end():])
    return templates.pop() if len(templates) == 1 else None


def _rows_named_otherwise(let: str, template: str, result: Respelled, notation_of: _NotationOf) -> bool:
    """Whether a column let's entries name the examples' vectors x_k where another text writes φ, or φ_k where
    another writes x: in Bishop's notation φ_n = φ(x_n), the basis functions of the raw input, so X = (x_1, …, x_n)ᵀ
    beside a cost of wᵀφ_i is another matrix than the one the cost's gradient holds (unless φ is the identity, which
    no text says)."""
    others = [text for text in _texts(result) if text is not let]
    if _ANY_PHI.search(template):
        return any(_letter_spans(text, notation_of(text) == "latex", "x") for text in others)
    if _letter_spans(template, True, "x") or "\\mathbf{x}" in template:
        return any(_ANY_PHI.search(text) for text in others)
    return False


def _columns_by_entries(result: Respelled, notation_of: _NotationOf) -> None:
    """``t = (t_1, …, t_n)^T``, ``X = (\\phi_1, …, \\phi_n)^T``, ``y = (\\sigma(w^T\\phi_1), …)^T``: the examples' columns.

    Bishop's matrix form (and slides after it) states its columns entry by entry: the targets t, the design matrix
    X whose rows are the examples' φ_i (or x_i), the predictions y. Read as what logderiv writes for them: a column
    of a letter's own entries (t_k) is that letter's column, which a bare letter already is in matrix notation; the
    rows φ_k (x_k) are the data matrix X; σ(wᵀφ_k) is the column of predictions σ(Xw), and a y so defined is
    respelled h in every text (y is logderiv's target: here t is). Each let is then dropped, with a note. Only a
    column of the examples, numbered 1, 2, …, n, every entry one template; any other let stays.
    """
    kept, notes, predictions = [], [], None
    for text in result.lets:
        match = _COLUMN_LET.fullmatch(text) if notation_of(text) == "latex" else None
        template = None if match is None else _column_template(match.group("body"))
        if match is None or template is None or _rows_named_otherwise(text, template, result, notation_of):
            kept.append(text)
            continue
        name = match.group("name")
        compact = re.sub(r"\s+", "", template)
        if compact == name + "_{k}":
            notes.append(f"--let {text.strip()}: the column of {name}'s entries, one per example, as {name} is read")
        elif name == "X" and compact in ("\\phi_{k}", "x_{k}", "\\mathbf{x}_{k}"):
            notes.append(f"--let {text.strip()}: the data matrix, one example's vector per row, as X is read")
        elif (prediction := _PREDICTION_ENTRY.fullmatch(compact)) is not None and predictions is None:
            predictions = name, prediction.group("p"), text.strip()
        else:
            kept.append(text)
            continue
    if predictions is not None:
        name, parameter, written = predictions
        if name == "y" and any(_letter_spans(text, notation_of(text) == "latex", "h") for text in _texts(result)):
            return  # h is written already: the predictions have no free name
        cost = result.cost
        if name == "y" and (cost is None or _letter_spans(cost, notation_of(cost) == "latex", "y") or
                            not _letter_spans(cost, notation_of(cost) == "latex", "t")):
            return  # y the predictions where the cost's labels are not its t (or are its y): the labels' letter is
            # not said, and y would stand for two things
        shown = "h" if name == "y" else name
        kept.append(f"{shown} = \\sigma(X{parameter})")
        # the let as written (its entries may be σ(wᵀx_k) as well as Bishop's σ(wᵀφ_k)), as the notes above quote theirs
        notes.append(f"--let {written}: the column of the predictions, "
                     f"σ(X{parameter.strip(chr(92))})" + (", shown as h (y is the targets' letter; here t)"
                                                            if name == "y" else ""))
    if not notes:
        return
    result.lets = tuple(kept)
    if predictions is not None and predictions[0] == "y":
        for attribute in ("cost", "answer"):
            text = getattr(result, attribute)
            if text is not None:
                setattr(result, attribute, _replace_at(
                    text, _letter_spans(text, notation_of(text) == "latex", "y"), "y", "h"))
    result.notes.extend(notes)


def _basis_features(result: Respelled, notation_of: _NotationOf) -> None:
    """``-\\sum_i [t_i \\ln\\sigma(w^T\\phi_i) + …]``: Bishop's φ_i = φ(x_i), written where x_i stands, is x_i.

    φ_i is example i's vector of basis functions, the features the weights multiply; the gradient with respect to
    w treats it as data, as it does x_i. Only where a LaTeX text writes ``w^T\\phi_i``, every φ of every text is
    φ with that one example letter as its subscript (no φ(x) called, no φ alone, no Φ, no φ_i as a scalar weight
    beside x), no text writes x and no --let defines φ. Respelled in place (``\\phi`` → ``   x``), noted.
    """
    texts = _texts(result)
    letters = {_index_of(match) for text in texts if notation_of(text) == "latex"
               for match in _PHI_AFTER_PARAMETER.finditer(text)}
    if len(letters) != 1:
        return
    letter = letters.pop()
    if any(_letter_spans(text, notation_of(text) == "latex", "x") for text in texts):
        return
    if any((sides := _let_sides(text)) is not None and "phi" in sides[0] for text in result.lets):
        return
    for text in texts:
        examples = {match.start() for match in _PHI_OF_EXAMPLE.finditer(text) if _index_of(match) == letter}
        if any(match.start() not in examples for match in _ANY_PHI.finditer(text)):
            return  # φ used otherwise (called, alone, with another subscript, Φ): not said to be the features
    _map(result, lambda text: _PHI_OF_EXAMPLE.sub(lambda match: "   x" + match.group(0)[4:], text))
    result.notes.append(PHI_FEATURES_NOTE)


#: R's column sums of a name or of a product written in the call: colSums(temp), colSums(err * x)
_COLUMN_SUMS = patterns.compile(r"(?<![\w.])colSums\(\s*(?P<inside>[A-Za-z_]\w*(?:\s*\*\s*[A-Za-z_]\w*)?)\s*\)")
#: a product of two names, entry by entry: err * x
_TWO_NAMES = patterns.compile(r"\s*(?P<a>[A-Za-z_]\w*)\s*\*\s*(?P<b>[A-Za-z_]\w*)\s*")
R_COLUMN_SUMS_NOTE = ("read as R: colSums({inside}) adds up the rows of {data} each scaled by its example's {vector} "
                      "(R recycles the m-vector {vector} down each column of the m×n {data}): t({data}) %*% {vector}, "
                      "{data}ᵀ{vector}")


def _r_column_sums(result: Respelled, notation_of: _NotationOf) -> None:
    """``colSums(temp)`` with ``temp <- err * x``: the data's rows scaled by a vector of the examples, summed down.

    In R, ``v * M`` of an m-vector v and an m×n matrix M recycles v down each column, scaling row i by vᵢ;
    colSums then adds the rows: Σᵢ vᵢ xᵢ = Mᵀv, written ``t(M) %*% v``. Only in R text (``%*%`` or ``<-``
    somewhere), where M is the data matrix (x or X, written ``M %*% θ`` in some text) and v is y or a name a
    --let computes from the data (``err <- x %*% theta - y``: one entry per example, not a number); the
    product written in the call or as a --let's value (the let then dropped where nothing else reads it).
    ``rowSums``, a product with ``%*%`` or of two vectors stay unknown, and are refused as before.
    """
    texts = _texts(result)
    if not any(_R_ARROW.search(text) or _R_MARK.search(text) or "%*%" in text for text in texts):
        return
    data = {name for name in ("x", "X") if any(re.search(rf"(?<![\w.]){name}\s*%\*%", text) for text in texts)}
    if len(data) != 1:
        return
    matrix = data.pop()
    products = {}
    for text in result.lets:
        sides = _let_sides(text)
        if sides is not None and (match := _TWO_NAMES.fullmatch(sides[1])) is not None:
            products[sides[0]] = match
    used: list[str] = []

    def change(text: str) -> str:
        if notation_of(text) != "plain":
            return text
        for match in reversed(list(_COLUMN_SUMS.finditer(text))):
            inside = match.group("inside")
            product = _TWO_NAMES.fullmatch(inside) or products.get(inside)
            if product is None:
                continue
            names = {product.group("a"), product.group("b")}
            if matrix not in names or len(names) != 2:
                continue
            vector = (names - {matrix}).pop()
            if vector != "y" and not any((sides := _let_sides(let)) is not None and sides[0] == vector and (
                    "%*%" in sides[1] or _word_spans(sides[1], matrix)) for let in result.lets):
                continue  # a name not said to be a vector of the examples (a number scales every row alike)
            used.append(inside)
            written = inside if "*" in inside else f"{inside}) ({inside} = {product.group(0).strip()}"
            result.notes.append(R_COLUMN_SUMS_NOTE.format(inside=written, data=matrix, vector=vector))
            text = text[:match.start()] + f"(t({matrix}) %*% {vector})" + text[match.end():]
        return text

    result.cost, result.answer = (None if text is None else change(text) for text in (result.cost, result.answer))
    if not used:
        return
    still = " ".join(text for text in (result.cost, result.answer) if text is not None)
    result.lets = tuple(text for text in result.lets if not (
        (sides := _let_sides(text)) is not None and sides[0] in used and not _word_spans(still, sides[0])))


def _column_broadcasts(result: Respelled, notation_of: _NotationOf) -> None:
    """Octave's ``sum(-X.*w.*y, 1)`` where ``size(y, 2)`` counts the examples, NumPy's ``dot(w[:, 0], x_tr)`` (noted).

    ``notation.column_broadcast`` says when the texts fix one example per column and how each is read.
    """
    texts = (result.cost, result.answer, *result.lets)
    if not all(text is None or notation_of(text) == "plain" for text in texts):
        return
    read = read_broadcasts(texts, ("COST", "ANSWER", *("--let",) * len(result.lets)))
    if not read.changed:
        read = read_vectors(texts, result.asked)
    if not read.changed:
        return
    cost, answer, *lets = read.texts
    result.cost = None if result.cost is None else cost
    result.answer = None if result.answer is None else answer
    result.lets = tuple(lets)
    result.notes.extend(read.notes)


#: a let whose value is one call of a helper with names as its arguments: predictions = compute_prediction(X, weights)
_HELPER_CALL_LET = patterns.compile(r"\s*(?P<head>[A-Za-z_]\w*)\s*=\s*(?P<helper>[A-Za-z_]\w*)\(\s*(?P<arguments>"
                                    r"[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*\)\s*")


def _helper_with_body(result: Respelled, notation_of: _NotationOf) -> None:
    """``predictions = compute_prediction(X, weights)`` beside the helper's own lines, ``predictions = sigmoid(z)``.

    Code pasted from a program (Liu's textbook: compute_cost calls compute_prediction, whose body is
    ``z = np.dot(X, weights); predictions = sigmoid(z); return predictions``) gives the call and the body's lines
    as lets: the name the call assigns is assigned again by the body, from the call's arguments. The call is then
    the body's value, and its let is dropped (noted). Only where no let defines the helper, the helper is no
    function logderiv knows, another let assigns the same name without calling the helper, and every argument is
    written in the other lets; otherwise the lets stay, and the unknown helper is refused as before.
    """
    lets = list(result.lets)
    heads = [sides[0] for text in lets if (sides := _let_sides(text)) is not None]
    for position, text in enumerate(lets):
        match = _HELPER_CALL_LET.fullmatch(text) if notation_of(text) == "plain" else None
        if match is None:
            continue
        helper, head = match.group("helper"), match.group("head")
        if helper.lower() in vocab.FUNCTIONS or helper.startswith("np") or any(
                name.split("(")[0].strip() == helper for name in heads):
            continue
        others = [let for k, let in enumerate(lets) if k != position]
        body = [let for let in others if (sides := _let_sides(let)) is not None and sides[0] == head
                and not _word_spans(sides[1], helper)]
        arguments = [name.strip() for name in match.group("arguments").split(",")]
        if not body or not all(any(_word_spans(_known_sides(let)[1], name) for let in others
                                   if _let_sides(let) is not None) for name in arguments):
            continue
        result.lets = tuple(others)
        result.notes.append(f"{match.group(0).strip()}: {helper} is a helper whose body the other --let lines give "
                            f"({body[0].strip()}, from {', '.join(arguments)}): read as that body")
        return


#: R's binomial density called: dbinom(
_DBINOM = patterns.compile(r"(?<![\w.])dbinom\s*\(")
#: R's inverse logit by its packages' names (boot's inv.logit, rstanarm's and Stan's inv_logit): the sigmoid σ
_INV_LOGIT = patterns.compile(r"(?<![\w.])inv[._]logit(?=\s*\()")
#: a bare R name, as the labels are written: y, Y, df.y
_R_NAME = patterns.compile(r"[A-Za-z][\w.]*")
#: one named argument of an R call: name = value
_NAMED_ARGUMENT = patterns.to_end(r"\s*(?P<name>[A-Za-z_.]+)\s*=(?!=)\s*(?P<value>.*)", re.S, mark="")
R_BERNOULLI_NOTE = ("read as R: dbinom(x = {y}, size = 1, prob = {p}, log = TRUE) is the Bernoulli log-probability of "
                    "{y} (one trial): {y} log(p) + (1 − {y}) log(1 − p), p = {p}")


def _r_bernoulli_log_density(result: Respelled, notation_of: _NotationOf) -> None:
    """``-sum(dbinom(x = y, size = 1, prob = inv_logit(X %*% theta), log = TRUE))``: the negative log-likelihood.

    R's dbinom(x, size, prob, log) is the binomial density; of one trial (size = 1) with log = TRUE it is the
    Bernoulli log-probability x log(prob) + (1 − x) log(1 − prob), written out here (dbinom is R's name: no other
    language the readers know has it). Arguments by name or in R's order (x, size, prob, log); any other size (a binomial coefficient
    enters), log = FALSE (the probability itself) or an argument of another name leaves the call, refused as an
    unknown function. inv_logit / inv.logit (boot's, rstanarm's, Stan's name) is σ in the same texts.
    """
    texts = [text for text in _texts(result) if notation_of(text) == "plain"]
    if not any(_DBINOM.search(text) or _INV_LOGIT.search(text) for text in texts):
        return  # (R's %*% is NumPy's @ by now: the names dbinom and inv_logit are R's, and Stan's, alone)
    notes: list[str] = []
    computed = {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None}

    def change(text: str) -> str:
        if notation_of(text) != "plain":
            return text
        for match in reversed(list(_DBINOM.finditer(text))):
            closer = closing(text, match.end() - 1)
            if closer is None:
                continue
            pieces = [text[match.end() + start:match.end() + end]
                      for start, end in _argument_spans(text[match.end():closer])]
            arguments: dict[str, str] = {}
            for order, piece in zip(("x", "size", "prob", "log"), pieces):
                named = _NAMED_ARGUMENT.fullmatch(piece)
                name, value = (named.group("name"), named.group("value")) if named else (order, piece.strip())
                if name in arguments:
                    break
                arguments[name] = value
            if len(arguments) != len(pieces) or set(arguments) != {"x", "size", "prob", "log"} or \
                    arguments["size"] != "1" or arguments["log"] not in ("TRUE", "T"):
                continue
            if not _R_NAME.fullmatch(arguments["x"]) or arguments["x"] in computed:
                continue  # x computed (dbinom(plogis(X %*% b), 1, y): x and prob swapped): R's density of a
                # non-integer x is 0, its log −∞, no likelihood; only the data, the labels, are an x
            y, p = arguments["x"], arguments["prob"]
            notes.append(R_BERNOULLI_NOTE.format(y=y, p=p))
            value = f"({y} * log({p}) + (1 - {y}) * log(1 - {p}))"
            text = text[:match.start()] + value + text[closer + 1:]
        if _INV_LOGIT.search(text):
            notes.append("read as R: inv_logit(z) (inv.logit) is the inverse of the logit, the sigmoid σ(z)")
            text = _INV_LOGIT.sub(lambda found: "sigmoid".rjust(len(found.group(0))), text)
        return text

    _map(result, change)
    result.notes.extend(dict.fromkeys(notes))


#: Distributions.jl's log-density of a Poisson distribution, broadcast or not: logpdf.(Poisson.(RATE), Y)
_LOGPDF_POISSON = patterns.compile(r"(?<![\w.])logpdf(?P<dot>\.?)\(\s*Poisson(?P=dot)\(")
#: a rate written as the exponential of a linear predictor: exp.(E), exp(E) — whose log is E itself
_EXP_RATE = patterns.compile(r"exp\.?\((?P<inner>.*)\)", re.S)
JULIA_POISSON_NOTE = ("read as Julia (Distributions.jl): {written} is the Poisson log-probability of {y} with rate "
                      "λ = {rate}: {y} log λ − λ − log({y}!), and log({y}!) does not depend on the parameters")


def _julia_poisson_log_density(result: Respelled, notation_of: _NotationOf) -> None:
    """``sum(logpdf.(Poisson.(exp.(X*β)), y))``: the Poisson log-likelihood, written out (noted).

    Distributions.jl's ``logpdf(Poisson(λ), k)`` is k log λ − λ − log k!; broadcast (``.``) over the examples
    it is that of each. Only of one rate and the targets y (a data name), both the call and the distribution
    broadcast alike; anything else (another distribution, a second parameter, logpdf of the parameters) is
    left alone, refused as an unknown name. A rate exp(E) has log E exactly, written so.
    """
    notes: list[str] = []

    def change(text: str) -> str:
        if notation_of(text) != "plain":
            return text
        for match in reversed(list(_LOGPDF_POISSON.finditer(text))):
            inner_close = closing(text, match.end() - 1)
            outer_close = closing(text, match.start() + len("logpdf") + len(match.group("dot")))
            if inner_close is None or outer_close is None:
                continue
            rate = text[match.end():inner_close].strip()
            rest = text[inner_close + 1:outer_close]
            after = re.fullmatch(r"\s*,\s*(?P<y>y|Y)\s*", rest)
            if after is None or not rate or len(_argument_spans(rate)) != 1:
                continue
            y, dot = after.group("y"), match.group("dot")
            exponent = _EXP_RATE.fullmatch(rate)
            log_rate = f"({exponent.group('inner')})" if exponent and closing(rate, rate.index("(")) == len(rate) - 1 \
                else f"log{dot}({rate})"
            written = text[match.start():outer_close + 1]
            notes.append(JULIA_POISSON_NOTE.format(written=written, y=y, rate=rate))
            value = f"({y} {'.*' if dot else '*'} {log_rate} - ({rate}) - log(factorial({y})))"
            text = text[:match.start()] + value + text[outer_close + 1:]
        return text

    _map(result, change)
    result.notes.extend(dict.fromkeys(notes))


#: a --let that transposes the source's whole X or y (Octave's ' and .', transpose(…)): data = X', labels = y'
_TRANSPOSED_LET = patterns.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*=\s*(?:(?P<of>[Xy])\s*\.?'|transpose\(\s*(?P<called>[Xy])\s*\))"
                                   r"\s*(?:;\s*)?")
TRANSPOSED_DATA_NOTE = ("{name} = {value}: the code's X holds one example per column (features × examples, as UFLDL's "
                        "exercises keep it), since {name} multiplies the parameters on its right ({product}): {name} is "
                        "logderiv's m×n data matrix X, read as X")
TRANSPOSED_LABELS_NOTE = ("{name} = {value}: beside that X, the code's y is the 1×m row of the targets, and {name} their "
                          "m×1 column: read as y")


#: a --let that copies the source's y as it is: labels = y
_COPIED_TARGETS = patterns.compile(r"\s*[A-Za-z_]\w*\s*=\s*y\s*(?:;\s*)?")


def _transposed_data_lets(result: Respelled, notation_of: _NotationOf) -> None:
    """``--let "data = X'"`` beside ``errs = data * theta - labels`` (UFLDL's linear_regression): data is logderiv's X.

    Where a --let names the transpose of the source's X and that name multiplies the parameter vector on its right
    in another text, the source's X was features × examples, one example per column, and the name is the m×n design
    matrix: the let is dropped and the name read as X. Then the source's y is a 1×m row too, and a --let of its
    transpose (``labels = y'``) the column of the targets, read as y. Only where the source's X (y) appears in no
    other text: a text that also writes X itself could mean either layout, and is left alone.
    """
    lets = [(text, match) for text in result.lets if notation_of(text) == "plain"
            and (match := _TRANSPOSED_LET.fullmatch(text)) is not None]
    transposing = _transposing_data_let(result, notation_of)
    if transposing is None:
        return
    text, match, product = transposing
    name = match.group("name")
    others = [other for other in _texts(result) if other is not text]
    if any(_word_spans(other, "X") for other in others):
        return
    notes = [TRANSPOSED_DATA_NOTE.format(name=name, value=text.split("=", 1)[1].strip().rstrip(";").strip(),
                                         product=product.group(0))]
    dropped, renamed = {text}, {name: "X"}
    labels = [(other, found) for other, found in lets if (found.group("of") or found.group("called")) == "y"]
    if len(labels) == 1 and labels[0][1].group("name") not in ("y", "Y", name) \
            and not any(_word_spans(other, "y") for other in _texts(result) if other is not labels[0][0]):
        label_text, found = labels[0]
        dropped.add(label_text)
        renamed[found.group("name")] = "y"
        notes.append(TRANSPOSED_LABELS_NOTE.format(
            name=found.group("name"), value=label_text.split("=", 1)[1].strip().rstrip(";").strip()))
    copied = next((other for other in result.lets if _COPIED_TARGETS.fullmatch(other)), None)
    if copied is not None and "y" not in renamed.values():
        # labels = y beside data = X': that X keeps one example per column, and its y is then the 1×m row, which
        # data * theta - labels would broadcast to an m×m array (audit52: read as the column of the targets)
        raise InputError(f"{' '.join(copied.split())} copies y untransposed beside {' '.join(text.split())}, which "
                         "says the code's X holds one example per column: its y is then the 1×m row, and the m×1 "
                         "column of the texts is not said",
                         source=copied, column=copied.index("y", copied.index("=")), label="--let",
                         hint="write the targets' column as y' (labels = y'), or y for both where X is m×n")
    result.lets = tuple(other for other in result.lets if other not in dropped)
    for old, new in renamed.items():
        def rename(other: str, old: str = old, new: str = new) -> str:
            return _replace_at(other, _word_spans(other, old), old, new)
        _map(result, rename)
    result.notes.extend(notes)


def _transposing_data_let(result: Respelled,
                          notation_of: _NotationOf) -> tuple[str, re.Match[str], re.Match[str]] | None:
    """The one --let ``data = X'`` whose name multiplies the parameters on its right (``data * theta``), with that
    product: the source's X is then features × examples, one example per column."""
    data = [(text, match) for text in result.lets if notation_of(text) == "plain"
            and (match := _TRANSPOSED_LET.fullmatch(text)) is not None
            and (match.group("of") or match.group("called")) == "X"]
    if len(data) != 1 or data[0][1].group("name") in ("X", "x"):
        return None
    text, match = data[0]
    product = next((found for other in _texts(result) if other is not text and (found := re.search(
        rf"(?<![\w.]){re.escape(match.group('name'))}\s*\*\s*(?:theta|w|beta)(?![\w(\['.])", other)) is not None),
        None)
    return None if product is None else (text, match, product)


#: a --let of a vector's entry j by column j of X: dftheta(j) = (X(:,j)' * (errs)), Octave's column j transposed
_ENTRY_BY_COLUMN = patterns.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*\(\s*(?P<j>[a-z])\s*\)\s*=\s*(?P<open>\()?\s*"
                                    r"X\s*\(\s*:\s*,\s*(?P=j)\s*\)\s*'\s*\*\s*(?P<operand>\(.*\)|[A-Za-z_]\w*)\s*"
                                    r"(?(open)\))\s*(?:;\s*)?", re.S)
ENTRY_BY_COLUMN_NOTE = ("{written}: entry {j} of {name} is column {j} of X against {operand}, for every {j}: {name} is "
                        "the whole vector X' * {operand} (entry {j} of Xᵀv is column {j} of X times v)")


def _entry_by_column_lets(result: Respelled, notation_of: _NotationOf) -> None:
    """``--let "dftheta(j) = (X(:,j)' * (errs))"`` (UFLDL's loop over the features): dftheta is ``X' * (errs)``.

    Entry j of Xᵀv is column j of X transposed times v, so a let that gives a vector entry by entry so is that
    product whole, exactly. Only of X's column j with the let's own index j, times one bracket or name in which j
    does not appear (a name of one letter j only); any other entry let is left as it is, refused as before.
    """
    notes: list[str] = []
    lets = []
    for text in result.lets:
        match = _ENTRY_BY_COLUMN.fullmatch(text) if notation_of(text) == "plain" else None
        operand = match.group("operand") if match is not None else ""
        if match is None or re.search(rf"(?<![\w.]){match.group('j')}(?!\w)", operand):
            lets.append(text)
            continue
        name = match.group("name")
        lets.append(f"{name} = X' * {operand}")
        written = re.sub(r"\(\s+", "(", " ".join(text.split())).rstrip(";").strip()  # data put as X keeps its width
        notes.append(ENTRY_BY_COLUMN_NOTE.format(written=written, j=match.group("j"),
                                                 name=name, operand=operand))
    result.lets = tuple(lets)
    result.notes.extend(notes)


def _argument_spans(inside: str) -> list[tuple[int, int]]:
    """The spans of a call's arguments, split at its top-level commas."""
    spans, depth, start = [], 0, 0
    for position, char in enumerate(inside):
        depth += char in "([{"
        depth -= char in ")]}"
        if char == "," and depth == 0:
            spans.append((start, position))
            start = position + 1
    spans.append((start, len(inside)))
    return spans


#: a --let's model in the linear form: f_{w,b}(x) = \sigma(w \cdot x + b), \sigma(w^T x + b), w \cdot x + b
_MODEL_LET = patterns.compile(
    r"\s*(?P<f>[A-Za-z])_\{\s*(?P<p>w|\\theta)\s*,\s*b\s*\}\s*\(\s*x\s*\)\s*=\s*(?P<body>(?P<sigma>\\sigma\s*\(\s*)?"
    r"(?P=p)\s*(?:\\cdot|\^\s*\{?\s*T\s*\}?)\s*x\s*\+\s*b\s*(?(sigma)\)))\s*")


#: code computing a sigmoid itself: sigmoid(z), expit(z), torch.sigmoid(z), 1 / (1 + np.exp(-z))
_OWN_SIGMOID = patterns.compile(r"(?<![\w])(?:sigmoid|expit|logistic)\s*\(|(?<![\w])exp\s*\(")


def _model_helper_calls(result: Respelled, notation_of: _NotationOf) -> None:
    """``y_pred = forward(X, w, b)`` beside ``--let "f_{w,b}(x) = \\sigma(w \\cdot x + b)"``: the model on X's rows.

    A helper of code whose body no text gives, called with the data matrix and exactly the parameters a --let's model
    names as its subscripts, in their order, computes that model for each example: ``sigmoid(X @ w + b)`` (or
    ``X @ w + b`` for a linear f). Only for the model's linear form (σ of it or not) and a helper no --let defines;
    any other call (other arguments, another order, X missing) is left alone, and refused as an unknown function.
    """
    models = [match for text in result.lets if notation_of(text) == "latex" and (match := _MODEL_LET.fullmatch(text))]
    if len(models) != 1:
        return
    model = models[0]
    if model.group("sigma") and any(notation_of(text) == "plain" and _OWN_SIGMOID.search(text)
                                    for text in _texts(result)):
        # z = linear(X, w, b) then a = sigmoid(z): code that applies σ itself may call the helper for the linear
        # part only; read as the whole model, a was σ(σ(Xw + b)) and a right answer 'different' (audit48)
        return
    p = "w" if model.group("p") == "w" else "theta"
    call = re.compile(rf"(?<![\w.])(?P<helper>[A-Za-z_]\w*)\(\s*X\s*,\s*{p}\s*,\s*b\s*\)")
    heads = {sides[0].split("(")[0].strip() for text in result.lets if (sides := _let_sides(text)) is not None}
    value = f"sigmoid(X @ {p} + b)" if model.group("sigma") else f"X @ {p} + b"
    found: list[str] = []

    def change(text: str) -> str:
        if notation_of(text) != "plain":
            return text
        for match in reversed(list(call.finditer(text))):
            if match.group("helper") in heads or match.group("helper") in ("sigmoid", "np", "dot"):
                continue
            found.append(match.group(0))
            text = text[:match.start()] + value + text[match.end():]
        return text

    _map(result, change)
    if found:
        result.notes.append(f"{found[0]} is a helper whose body is not given, called with the data and the "
                            f"parameters of the --let's model {model.group('f')}_{{{model.group('p')},b}}(x) in "
                            f"their order: that model on each row of X, {value}")


#: Iain Murray's MLPR code names a vector by doubling its letter: yy the labels, ww the weights, bb the bias
_DOUBLED = {"yy": "y", "ww": "w", "bb": "b"}
#: a text of code: NumPy's marks, Octave's .* ./ .^, a transpose ' before * or ), a statement's closing ';'
_CODE_OR_OCTAVE = patterns.compile(_CODE_MARK + r"|\.[*/^]|\w'\s*[*)]|;\s*$")


def _doubled_letters(result: Respelled, notation_of: _NotationOf) -> None:
    """``alpha*(ww'*ww)``, ``aa = yy.*(X*ww + bb);``: code's doubled letter is the quantity of that letter (noted).

    MLPR's code names vectors so (yy, ww, bb, as xx for inputs). Read as y, w, b only in
    code (every text that writes the name plain, and some text of code: .*, a transpose,
    ';', NumPy's marks), where no text writes the single letter and no --let defines the
    doubled name: then the two cannot be two quantities. Elsewhere ``yy`` stays unknown
    (in plain notation it might be y·y).
    """
    texts = _texts(result)
    found = {name: letter for name, letter in _DOUBLED.items() if any(_word_spans(text, name) for text in texts)}
    if not found or not any(_CODE_OR_OCTAVE.search(text) for text in texts):
        return
    defined = {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None}
    for name, letter in list(found.items()):
        if name in defined or any(notation_of(text) != "plain" and _word_spans(text, name) for text in texts) or any(
                _letter_spans(text, notation_of(text) == "latex", letter) for text in texts):
            del found[name]
    if not found:
        return

    def change(text: str) -> str:
        for name, letter in found.items():
            text = _replace_at(text, _word_spans(text, name), name, letter)
        return text

    _map(result, change)
    shown = ", ".join(f"{name} as {letter}" for name, letter in sorted(found.items()))
    result.notes.append(f"read as code that names a vector by doubling its letter (as Iain Murray's MLPR code does): "
                        f"{shown}; no text writes the single letter")


#: code's exponential function written with its library (np.exp(z), math.exp(z)): a function, never the letter e —
#: but np.exp(1) is Euler's number itself
_LIBRARY_EXP = patterns.compile(r"(?<![\w.])(?:np|numpy|math)\.exp\s*\((?!\s*1\s*\))")
#: Euler's number as code names it: np.e, numpy.e, math.e
_LIBRARY_E = patterns.compile(r"(?<![\w.])(?:np|numpy|math)\.e(?!\w)")


def _euler_use(text: str, latex: bool) -> bool:
    """Whether ``text`` uses Euler's number: e^{…}, e**… (outside NumPy), np.e, exp or \\exp.

    Code's ``np.exp(z)`` (``math.exp(z)``) is a library's function and writes no e: where the
    exponential is only so written, a --let of e in that code names the code's own quantity
    (Cornell's ``e = np.exp(-1*yTr*(w.T@xTr))``). A bare ``exp``, as mathematics writes it, still
    counts, and np.e, math.e and np.exp(1) are Euler's number by name.
    """
    if _euler_power(text) or _LIBRARY_E.search(text):
        return True
    return re.search(r"\bexp\b|\\exp(?![A-Za-z])", _LIBRARY_EXP.sub("(", text)) is not None


def _library_exp_only(texts: Sequence[str]) -> bool:
    """Whether some text writes the exponential as code's np.exp/math.exp (and, as _euler_use says, none otherwise)."""
    return any(_LIBRARY_EXP.search(text) for text in texts)


#: d as the derivative's d: d/dz, dJ/dθ, \frac{d}{dz}, \frac{dJ}{…}, \mathrm{d}
_DERIVATIVE_D = patterns.compile(r"(?<![A-Za-z\\])d\w*\s*/\s*d|\\frac\s*\{\s*d|\\(?:mathrm|operatorname|text)\s*\{\s*d\s*\}")


def _derivative_d(result: Respelled, notation_of: _NotationOf) -> None:
    """``d = h - y;`` then ``X' * d / m`` (Octave): d defined by a let in code is that quantity, not a derivative's d.

    Only where every text is plain (LaTeX's d is also the count of dimensions, ∑_{j=1}^d)
    and none writes a derivative (d/dz, dJ/dθ).
    """
    if any(notation_of(text) == "latex" for text in _texts(result)):
        return
    _shadow(result, notation_of, "d", lambda text, latex: _DERIVATIVE_D.search(text) is not None,
            lambda value: f"d is defined by --let (d = {value}), and no text writes a derivative (d/dz, dJ/dθ): "
                          "d is that quantity, not the d of a derivative")


#: the parameter vectors other than w that --wrt may ask for, as the texts write them
_OTHER_PARAMETERS = {"beta": r"(?<![A-Za-z\\])beta(?![A-Za-z])|\\beta|β", "theta": r"(?<![A-Za-z\\])theta(?![A-Za-z])|\\theta|θ"}


def _weights_named_by_let(result: Respelled, notation_of: _NotationOf) -> None:
    """``--let "w = 1/(1 + exp(-(X %*% beta)))"`` with ``--wrt beta_j`` (SDS385's R): w is that value, not the weights.

    Code names whatever it likes w (SDS385's computeGradient names the probabilities σ(Xβ) so). Where --wrt asks
    for β or θ and the one --let of w computes it from that very parameter vector, w is a value of the parameters
    the derivative is taken by, never the weights: the letter is read as a name of the texts' own (noted).
    """
    name = re.split(r"_", (result.asked or "").strip())[0].strip("\\")
    written = _OTHER_PARAMETERS.get({"β": "beta", "θ": "theta"}.get(name, name))
    defining = [sides for text in result.lets if (sides := _let_sides(text)) is not None and sides[0] == "w"]
    if written is None or len(defining) != 1 or not re.search(written, defining[0][1]):
        return
    _shadow(result, notation_of, "w", lambda text, latex: False,
            lambda value: f"w is defined by --let (w = {value}) from the parameters --wrt {result.asked} asks for: "
                          "w is that value, not the weights w")


#: the name of a function applied to what follows it (log(k), np.exp(k), sigmoid(k), sum(k)): its bracket holds an
#: argument, never an index (Octave's theta(k) indexes; log(k) of ex3's k = sigmoid(X*theta) does not)
_APPLIED_FUNCTION = patterns.compile(
    r"(?:(?<![\w.])(?:np|math|torch|numpy|jnp)\.)?(?<![\w.])(?P<name>[A-Za-z_]\w*)\s*$")
_ARGUMENT_WORDS = frozenset({*vocab.FUNCTIONS, *vocab.SIGMOID_NAMES, "sum", "mean", "log1p", "length", "numel", "len"})


def _index_use(letter: str) -> _ReservedUse:
    """Whether a text uses ``letter`` as an index: x_l, sum_{l=1}, theta[l], theta(l), a column X[:, l] or X(:, l),
    a layer's ^{(l)}, for l (not a function's argument: log(l))."""
    pattern = re.compile(rf"_\s*\{{?\s*\(?\s*{letter}(?![A-Za-z])|[\[(]\s*(?::\s*,\s*)?{letter}\s*[\])]|"
                         rf"\^\s*\{{?\s*\(\s*{letter}\b|\bfor\s+{letter}\b|[Σ∑]\s*{letter}(?![A-Za-z])")

    def indexes(match: re.Match[str], text: str) -> bool:
        if not match.group().startswith("("):
            return True
        called = _APPLIED_FUNCTION.search(text, 0, match.start())
        return called is None or called.group("name") not in _ARGUMENT_WORDS

    return lambda text, latex: any(indexes(match, text) for match in pattern.finditer(text))


#: a text of code: NumPy's marks, or Octave's .* .^ and a statement's closing ';'
_CODE_TEXT = patterns.compile(_CODE_MARK + r"|\.\*|\.\^|;\s*$")


#: code's cost assigned to l: ``l=t(y)%*%X%*%b+…;``
_L_ASSIGNED = patterns.compile(r"\s*l\s*=(?!=)")


def _names_the_cost_only(result: Respelled, notation_of: _NotationOf) -> bool:
    """Whether the cost is code assigned to l (``l = …``) and l stands nowhere else: the cost's name ℓ, no scalar."""
    cost = result.cost
    if cost is None or not _L_ASSIGNED.match(cost) or not _CODE_TEXT.search(cost):
        return False
    return sum(len(_letter_spans(text, notation_of(text) == "latex", "l")) for text in _texts(result)) == 1


def _index_letters(result: Respelled, notation_of: _NotationOf) -> None:
    """``( l / (2*m)) * np.sum(…)``: in code, l (k) used nowhere as an index is the code's scalar, not a feature index.

    Read so where a --let defines the letter, or where it stands only in plain texts of code
    (a function's parameter, the regularisation strength); an index use anywhere (x_l,
    sum_l, theta[l], ^{(l)}) leaves it to the front ends, which refuse it as before.
    """
    for letter in ("l", "k"):
        if letter == "l" and _names_the_cost_only(result, notation_of):
            continue  # l = … (an R file's log-likelihood ℓ): the cost's name, which the code reader reads so
        bare = all(notation_of(text) == "plain" and _CODE_TEXT.search(text)
                   for text in _texts(result) if _letter_spans(text, notation_of(text) == "latex", letter))
        _shadow(result, notation_of, letter, _index_use(letter),
                lambda value, letter=letter: (
                    f"{letter} is defined by --let ({letter} = {value})" if value is not None
                    else f"{letter} stands only in code, as a name of its own")
                + f", and no text uses it as an index ({letter} in x_{letter}, sum_{letter}, theta[{letter}]): "
                # (a let's value may be one per example, ex3's k = sigmoid(X*theta): not always a scalar)
                + (f"{letter} is that value" if value is not None else f"{letter} is that scalar")
                + ", not a feature index",
                bare=bare)


#: --wrt the parameter vector's component i: theta_i, \theta_{i}, w_i, beta_i
_COMPONENT_I_ASKED = patterns.compile(r"\s*(?P<name>\\?theta|\\?beta|w|θ|β)\s*_\s*(?:\{\s*i\s*\}|i)\s*")
#: a sum that binds a letter: \sum_{j=1}^{m}, \sum_j, sum_j, Σ_j (the letter in the group "letter")
_SUM_BINDING = patterns.compile(r"(?:\\sum|(?<![A-Za-z\\])sum|[Σ∑])\s*(?:\\limits\s*)?_\s*\{?\s*(?P<letter>[A-Za-z])(?![A-Za-z])")
#: what stands right before an i that names a parameter's component: \theta_, \vec{\theta}_{, w_, \beta_
_PARAMETER_BEFORE_I = patterns.compile(
    r"(?:\\theta|\\beta|(?<![A-Za-z\\])(?:theta|beta|w)|θ|β|\\(?:vec|mathbf|boldsymbol|bm)\s*\{\s*(?:\\theta|\\beta|w)\s*\}"
    r")\s*_\s*\{?\s*$")
#: x's feature slot before an i, the example's letter first: x_{j,i}, x_{ji}, \vec{x}_{j, i}, x^{(j)}_i (group "example")
_FEATURE_SLOT_BEFORE_I = patterns.compile(
    r"(?:(?<![A-Za-z\\])x|\\(?:vec|mathbf|boldsymbol|bm)\s*\{\s*x\s*\})\s*(?:_\s*\{\s*(?P<example>[A-Za-z])\s*,?\s*"
    r"|\^\s*\{?\s*\(\s*(?P<upper>[A-Za-z])\s*\)\s*\}?\s*_\s*\{?\s*)$")
#: x's feature slot with the example's letter after the i: x_i^{(j)}
_FEATURE_SLOT_AROUND_I = patterns.compile(r"(?:(?<![A-Za-z\\])x|\\(?:vec|mathbf|boldsymbol|bm)\s*\{\s*x\s*\})\s*_\s*\{?\s*$")
_EXAMPLE_AFTER_I = patterns.compile(r"\s*\}?\s*\^\s*\{?\s*\(\s*(?P<example>[A-Za-z])\s*\)")


def _component_named_i(result: Respelled, notation_of: _NotationOf) -> None:
    r"""``--wrt theta_i`` beside ``\frac{1}{m}\sum_{j=1}^{m} x_{j,i}(\vec\theta^T\vec{x}_j - y_j)``: i the component.

    skynet.jl's notes write the gradient's component i and sum the examples over j (the roles of the cost's i and
    j swapped). Read so, noted, where the --wrt asks for a parameter's component i and every text that writes i
    unbound (by no sum over i) writes it only as that component (θ_i) or as x's feature beside an example letter a
    sum of that text binds (x_{j,i}, x^{(j)}_i), and sums its examples over that letter (y_j): the i there is
    respelled as a free feature letter (k, l) no text uses, and the --wrt with it. A text that binds i by a sum
    keeps its i (the cost's examples). Anything else is left, and the builder refuses θ_i as before.
    """
    asked = _COMPONENT_I_ASKED.fullmatch(result.asked or "")
    if asked is None:
        return
    texts = _texts(result)
    name = asked.group("name")
    spellings = {"theta": r"\\theta|theta|θ", "beta": r"\\beta|beta|β", "w": "w"}[
        {"θ": "theta", "β": "beta"}.get(name, name.lstrip("\\"))]
    if not any(re.search(rf"(?:{spellings})(?![A-Za-z])", text) for text in texts):
        return  # the --wrt names a parameter the texts do not write: refused as that, with the letter as asked
    # (in a fixed order: a frozenset's order changes from run to run, and the note names the letter)
    fresh = next((letter for letter in sorted(vocab.FEATURE_INDICES - {vocab.WRT_INDEX})
                  if not any(_letter_spans(text, notation_of(text) == "latex", letter) for text in texts)), None)
    if fresh is None:
        return
    places: dict[str, list[int]] = {}
    summed: set[str] = set()
    for text in texts:
        latex = notation_of(text) == "latex"
        spans = _letter_spans(text, latex, "i")
        bound = {match.group("letter") for match in _SUM_BINDING.finditer(text)}
        if not spans or "i" in bound:
            continue
        examples = set()
        for at in spans:
            before = text[:at]
            slot = _FEATURE_SLOT_BEFORE_I.search(before)
            around = _FEATURE_SLOT_AROUND_I.search(before)
            after = _EXAMPLE_AFTER_I.match(text, at + 1) if around else None
            if _PARAMETER_BEFORE_I.search(before):
                continue
            letter = (slot.group("example") or slot.group("upper")) if slot else (
                after.group("example") if after else None)
            if letter is None or letter not in bound:
                return  # an i that is neither: the example's index, or what the texts do not say
            examples.add(letter)
        # the letter x's example slot takes is the examples' own in that text: y_j beside it
        if not all(re.search(rf"(?<![A-Za-z\\])y\s*(?:_\s*\{{?\s*{b}(?![A-Za-z])|\^\s*\{{?\s*\(\s*{b}\s*\))", text)
                   for b in examples):
            return
        places[text] = spans
        summed |= examples
    if not places or not summed:
        return
    _map(result, lambda text: _replace_at(text, places[text], "i", fresh) if text in places else text)
    result.renamed[result.asked or ""] = f"{name}_{fresh}"
    letters = " and ".join(sorted(summed))
    result.notes.append(
        f"--wrt {(result.asked or '').strip()} asks for the component i, and the text that writes i beside the sum "
        f"over {letters} writes it only as that component (θ_i, x's feature i: x_{{{letters},i}}) while the sum over "
        f"{letters} runs over the examples (y_{letters}): i is the component there, not the example index; shown as "
        f"{fresh}")


def _cost_updates(result: Respelled, notation_of: _NotationOf) -> None:
    """``reg = theta(2:end, :);`` then ``reg = reg' * reg * lambda / 2 / m;``: code's update, the cost's reg the last.

    Each later line computes the name from the one before, so in the order the lines run
    the cost, after them, uses the last value; the earlier values are respelled as letters
    no text uses (noted). An answer's own lets (the name not in the cost) are read so for the
    answer, its line after them. Only in plain texts, and only for a name that the other lets
    never use, nor the answer beside the cost: there which value is meant depends on where the
    line stood, which the texts do not say (the front ends refuse a name given twice).
    """
    if result.cost is None or any(notation_of(text) == "latex" for text in _texts(result)):
        return
    lets = list(result.lets)
    heads = [(sides[0] if (sides := _let_sides(text)) is not None and _IDENTIFIER.fullmatch(sides[0]) else None)
             for text in lets]
    for name in sorted({head for head in heads if head is not None and heads.count(head) > 1}):
        lines = [number for number, head in enumerate(heads) if head == name]
        spans = _word_spans if len(name) > 1 else (lambda text, letter: _letter_spans(text, False, letter))
        values = [_known_sides(lets[number])[1] for number in lines[1:]]
        others = [text for number, text in enumerate(lets) if number not in lines]
        in_answer = result.answer is not None and bool(spans(result.answer, name))
        if not all(spans(value, name) for value in values) or not (spans(result.cost, name) or in_answer):
            continue  # a line that does not update the name: two values, left to the front ends
        user = "cost" if spans(result.cost, name) else "answer"  # the line after the lets, which uses the last value
        if in_answer and user == "cost":
            assert result.answer is not None, "in_answer says there is one"
            # the cost alone is read with the last value (read without the answer, as derive reads it): the
            # answer's name would then be judged as that value, where it may be any of them
            raise InputError(
                f"{name} is assigned {len(lines)} times in --let, and the answer uses {name}: which value the "
                "answer's means depends on where its line stood, which is not said",
                source=result.answer, column=spans(result.answer, name)[0], label="ANSWER",
                hint=f"write the value the answer means in place of {name}, or give the later value a name of "
                     "its own")
        if any(spans(text, name) for text in others):
            continue
        for earlier, later in zip(lines, lines[1:]):
            fresh = _unused_letter(Respelled(result.cost, result.answer, tuple(lets)), notation_of, "uvqrs")
            if fresh is None:
                return
            equals = lets[earlier].index("=")
            lets[earlier] = _replace_at(lets[earlier], spans(lets[earlier][:equals], name), name, fresh)
            equals = lets[later].index("=")
            lets[later] = lets[later][:equals] + _replace_at(lets[later][equals:], spans(lets[later][equals:], name),
                                                             name, fresh)
            result.notes.append(
                f"{name} is assigned again from its value ({result.lets[later].strip().rstrip(';')}): the lines run in order, so "
                f"the {user}'s {name} is the last value; the value before is shown as {fresh}")
    result.lets = tuple(lets)


#: a let's head that gives a letter the example's index as a subscript: e_i, e_{i} (e^{(i)} reads as a power of e,
#: which the texts' other uses would have to settle: left to the front ends); eᵢ with Unicode's subscript i, as
#: flattened notes and code comments write it, is the same head (the readers take ᵢ as _i everywhere else)
_EXAMPLE_INDEXED_HEAD = r"\s*(?:_\s*(?:\{\s*i\s*\}|i)|ᵢ)"


def _defines(head: str, letter: str, indexed: bool) -> bool:
    """Whether a let's ``head`` defines ``letter``: the letter itself or (``indexed``) the letter of example i."""
    return head == letter or (indexed and re.fullmatch(re.escape(letter) + _EXAMPLE_INDEXED_HEAD, head)
                              is not None)


def _shadow(result: Respelled, notation_of: _NotationOf, letter: str, reserved: _ReservedUse,
            note: Callable[..., str], bare: bool = False,
            indexed: bool = False) -> None:
    """Read ``letter``, which the notation reserves, as a name of the texts' own: a let's or (``bare``) code's.

    Only where a --let defines it (or ``bare`` says the texts' code uses it as a plain name)
    and no text uses it in its reserved sense (``reserved(text, latex)``): the letter is
    respelled everywhere as a letter no text uses, noted with ``note(value)`` (the let's
    value, None without a let). Otherwise nothing changes and the front ends refuse as before.
    """
    defining = [text for text in result.lets
                if (sides := _let_sides(text)) is not None and _defines(sides[0], letter, indexed)]
    texts = _texts(result)
    used = [text for text in texts if _letter_spans(text, notation_of(text) == "latex", letter)]
    if not used or not (defining or bare):
        return
    if any(reserved(text, notation_of(text) == "latex") for text in texts):
        return  # the letter is also used in its reserved sense here: the front ends refuse the let or the use
    fresh = _unused_letter(result, notation_of, "uvqrs")
    if fresh is None:
        return
    before = result.lets

    def spans(text: str) -> list[int]:
        found = _letter_spans(text, notation_of(text) == "latex", letter)
        if indexed:
            # y_{ei} (thomz2's 'y estimado'): a word subscript names with its letters, it does not use e
            words = [range(m.start(1), m.end(1)) for m in re.finditer(r"_\s*\{\s*([A-Za-z]{2,})\s*\}", text)]
            found = [at for at in found if not any(at in word for word in words)]
        return found

    _map(result, lambda text: _replace_at(text, spans(text), letter, fresh))
    head = _known_sides(defining[0])[0] if defining else letter
    if head != letter:
        # e_i = …: the let defines the letter for each example i; the front ends read a per-example let's
        # head bare (u = y_i − ŷ_i, used as u_i), as they read any other letter's u_i = … before the texts
        # are respelled here
        lets = list(result.lets)
        for number, text in enumerate(lets):
            if before[number] in defining:
                equals = text.index("=")
                name = text[:equals].rstrip(": ")
                start = len(name) - len(name.lstrip())
                lets[number] = text[:start] + fresh + " " * (len(name) - start - 1) + text[len(name):]
        result.lets = tuple(lets)
    value = _known_sides(defining[0])[1].rstrip(";").strip() if defining else None
    result.notes.append(f"{note(value, head) if head != letter else note(value)}; shown as {fresh}")


#: the data as code names it in a count: X, x, y; the training set's X_train, x_train, y_train, X_tr, y_tr, xTr (read
#: as X, x, y by the plain reader; not Cornell's x_tr, d×n, whose length is d); Géron's X_b, X with its column of ones
_DATA = r"(?:[Xxy]|t[xX]|[Xxy]_train|[Xy]_tr|[xy]Tr|X_b|tr[XY])"  # trX, trY: the TF tutorials' training data
#: (Rust's x.len() and y.len() of a slice of one value per example; not X.len(), which an ndarray counts whole)
#: NumPy's np.shape(X)[0], Octave's chained size(X)(1), R's nrow(X) and PyTorch's X.size(0) are the rows too;
#: self.y (a class's own data) leaves blanks inside len(     y) once self. is dropped
_ROW_COUNT = patterns.compile(rf"(?:size\s+y|[Xy]\.rows\(\)|[xy]\.len\(\)|{_DATA}\.shape\s*\[\s*0\s*\]|"
                              rf"np\.shape\(\s*{_DATA}\s*\)\s*\[\s*0\s*\]|len\(\s*{_DATA}\s*\)|y(?:_train|_tr)?\.size|"
                              rf"np\.size\(\s*y\s*\)|[Xxy]\.shape\(1\)|size\(\s*{_DATA}\s*,\s*1\s*\)|"
                              rf"size\(\s*{_DATA}\s*\)\s*\(\s*1\s*\)|{_DATA}\.size\(\s*0\s*\)|length\(\s*y\s*\)|"
                              rf"(?:rows|nrow)\(\s*[Xy]\s*\))")
#: a count of X's columns (or Y's entries as a 1×m row): the examples only in DeepLearning.AI's layout, X n×m
#: (R's dim(X)[2], fixcode41's reading of dim(A)[k], is ncol(X): audcode41)
_COLUMN_COUNT = patterns.compile(r"[Xx]\.shape\s*\[\s*1\s*\]|Y\.shape\s*\[\s*1\s*\]|size\(\s*[XY]\s*,\s*2\s*\)|columns\(\s*X\s*\)"
                                 r"|dim\(\s*X\s*\)\s*\[\s*2\s*\]"
                                 r"|np\.shape\(\s*[XxY]\s*\)\s*\[\s*1\s*\]|size\(\s*[XY]\s*\)\s*\(\s*2\s*\)|ncol\(\s*X\s*\)"
                                 r"|[Xx]\.size\(\s*1\s*\)")
#: X's columns written of X alone (not Y's), in Octave: with X m×n they are the features (NumPy's X.shape[1] is
#: DeepLearning.AI's count of the examples, left to the layout check)
_DATA_COLUMN_COUNT = patterns.compile(r"size\(\s*X\s*,\s*2\s*\)|columns\(\s*X\s*\)|size\(\s*X\s*\)\s*\(\s*2\s*\)|ncol\(\s*X\s*\)"
                                      r"|dim\(\s*X\s*\)\s*\[\s*2\s*\]")
#: X times the parameter vector on its right (X*theta, X @ w, X.dot(theta), np.dot(X, w)): X is m×n
_ROWS_PRODUCT = patterns.compile(r"(?<![\w.])X\s*(?:\*|@)\s*(?:theta|w)(?![\w'(])|(?<![\w.])X\.dot\(\s*(?:theta|w)\s*\)|"
                           r"np\.dot\(\s*X\s*,\s*(?:theta|w)\s*\)")
#: NumPy's np.sum(theta*X, 1) (zzx's cost_function), np.sum(X * w, axis=1): the parameter vector broadcast along X's
#: rows and summed along them is Xθ only with X m×n (the parameters its columns)
_ROWS_BROADCAST_SUM = patterns.compile(r"np\.sum\(\s*(?:(?:theta|w)\s*\*\s*X|X\s*\*\s*(?:theta|w))\s*,\s*"
                                       r"(?:axis\s*=\s*)?(?:1|-1)\s*\)")
#: the parameter vector transposed times X (theta'*X, w.T @ X, np.dot(w.T, X)): X is n×m
_COLUMNS_PRODUCT = patterns.compile(r"(?:theta|w)\s*(?:'|\.T)\s*(?:\*|@)?\s*X(?!\w)|np\.dot\(\s*(?:theta|w)\.T\s*,\s*X|"
                              r"transpose\(\s*(?:theta|w)\s*\)\s*\*\s*X(?!\w)")
#: a count of Y's entries: the examples whether Y is an m×1 column or a 1×m row
_LABEL_COUNT = patterns.compile(r"Y\.size|np\.size\(\s*Y\s*\)|numel\(\s*Y\s*\)|length\(\s*Y\s*\)")

#: Octave's length(X): the larger of X's two sizes, not a count of one axis
_LARGER_SIZE = patterns.compile(r"length\(\s*X\s*\)")
LARGER_SIZE_NOTE = ("is Octave's larger size of X (max(size(X))); named m it is read as the number of examples "
                    "(X's rows, the larger size while the examples outnumber the features)")

#: the start of the note for a count of X's rows, and of X's columns (the layout check in _api reads them)
ROWS_COUNT_NOTE = "counts the examples (the rows of X, the entries of y)"
COLUMNS_COUNT_NOTE = "counts the examples in DeepLearning.AI's layout (one example per column: X n×m, Y 1×m)"


#: a word of code that says it counts the examples: numberOfExamples, num_samples, n_obs, m_train
#: (a batch's size counts the examples the cost is given: UFLDL's batch_size = length(labels))
_EXAMPLES_WORD = patterns.compile(r"(?i)(?:example|sample|instance|observation|obs\b|_obs|datapoint|data_point|^m_|"
                                  # the data's size and its rows (a tutorial's datasize, n_rows = X.shape[0])
                                  r"batch_?size|^data_?size$|^n_?rows$|^num_?rows$)")


def _count_name(name: str) -> bool:
    """Whether a let's name may be a count of the examples: m, n, N, or a word saying so (numberOfExamples).

    Other words are left alone: ``n_features = X.shape[1]`` counts the features in the
    rows layout, and renaming it m would turn a correct reading into a refusal.
    """
    if name in ("m", "n", "N"):
        return True
    return (_IDENTIFIER.fullmatch(name) is not None and _EXAMPLES_WORD.search(name) is not None
            and "feature" not in name.lower())


#: letters that name a quantity of their own (the data, the weights, the intercept, the prediction), never a count
_QUANTITY_LETTERS = frozenset({"X", "Y", "W", "b", "h"})


def _free_count_letter(name: str) -> bool:
    """Whether ``name`` is a letter free to name a count (``B = X.shape[0]``, a batch's size): the value says what
    it counts, where its name alone would not (the letters of the vocabulary, indices and data are left alone)."""
    return (len(name) == 1 and name.isascii() and name.isalpha() and name not in vocab.FIXED_NAMES
            and name not in vocab.RESERVED and name not in _QUANTITY_LETTERS)


def _word_spans(text: str, word: str) -> list[int]:
    """Where the name ``word`` (of code, plain text) stands: not after a dot, not inside a longer name."""
    return [match.start() for match in re.finditer(rf"(?<![\w.]){re.escape(word)}(?!\w)", text)]


#: NumPy's unpacking of a data matrix's shape: ``n_samples, n_features = X.shape``, ``m, n = X.shape``
#: (also of the training data as code names it, xTr, X_train, X_tr: the plain reader reads each as X); Python's
#: targets may be bracketed, ``(N, D) = X.shape``, ``[N, D] = X.shape``: the same unpacking; ``np.shape(X)`` and
#: ``np.array(X).shape`` are X.shape (EPFL's ``N, D = np.shape(tx)``)
_SHAPE_UNPACKING = patterns.compile(r"\s*(?:(?P<open>\()|(?P<square>\[))?\s*(?P<rows>[A-Za-z_]\w*)\s*,\s*"
                                    r"(?P<columns>[A-Za-z_]\w*)\s*(?(open)\))(?(square)\])\s*=\s*"
                                    r"(?:(?P<data>[Xx]|t[xX]|xTr|X_train|X_tr)\.shape"
                                    # np.shape(X), np.array(X).shape (np.asarray): the same (rows, columns) pair
                                    r"|(?:np|numpy)\.shape\(\s*(?P<called>[Xx]|t[xX]|xTr|X_train|X_tr)\s*\)"
                                    r"|(?:np|numpy)\.(?:as)?array\(\s*(?P<wrapped>[Xx]|t[xX]|xTr|X_train|X_tr)\s*\)"
                                    r"\.shape)\s*(?:;\s*)?")


#: Octave's ``[N, D] = size(X);``: the rows and the columns of X
_SIZE_PAIR = patterns.compile(r"\s*\[\s*(?P<rows>[A-Za-z]\w*)\s*,?\s*(?P<columns>[A-Za-z]\w*)\s*\]\s*=\s*size\(\s*X\s*\)\s*(?:;\s*)?")


#: a let that names X's rows n and its columns m: [n, m] = size(X), n, m = X.shape (self. dropped before)
_SWAPPED_COUNTS = patterns.compile(r"\s*(?:(?P<octave>\[\s*n\s*,?\s*m\s*\]\s*=\s*size\(\s*X\s*\))"
                                   r"|\(?\s*n\s*,\s*m\s*\)?\s*=\s*X\.shape)\s*(?:;\s*)?")
SWAPPED_COUNTS_NOTE = ("{let} names X's rows n and its columns m, the other way round from logderiv's letters: the "
                       "code's n counts the examples (read as m) and its m the features (read as {columns}, X's "
                       "columns), in every text")


def _swapped_counts(result: Respelled, notation_of: _NotationOf) -> None:
    """``[n, m] = size(X)``, ``self.n, self.m = X.shape``: the code's n is the examples and its m the features.

    The let says which count each letter is, exactly: the rows of X (the examples, where X multiplies the parameters
    on its right, which the layout's refusals still ask) and its columns. Every text is then the same code's, so each
    n is logderiv's m, and each m X's columns, written so (``size(X, 2)``, ``X.shape[1]``: logderiv's n where X is
    m×n, and never taken for the examples by a rule that reads a bare n so); the let is then said (noted) and
    dropped. Only where every text is code (plain): a LaTeX text's m is the writer's own, perhaps the examples.
    """
    found = [(text, match) for text in result.lets if (match := _SWAPPED_COUNTS.fullmatch(text)) is not None]
    if len(found) != 1 or any(notation_of(text) != "plain" for text in _texts(result)):
        return
    let, match = found[0]
    asked = (result.asked or "").partition("_")[0].strip()
    names = "|".join(re.escape(name) for name in {"theta", "w", "beta", *([asked] if _IDENTIFIER.fullmatch(asked) else [])})
    texts = [text for text in _texts(result) if text is not let]
    rows = re.compile(rf"(?<![\w.])X\s*(?:\*|@)\s*(?:{names})(?![\w'(])|(?<![\w.])X\.dot\(\s*(?:{names})\s*\)"
                      rf"|np\.dot\(\s*X\s*,\s*(?:{names})\s*\)")
    by_columns = re.compile(rf"(?<![\w.])(?:{names})\s*(?:'|\.T)|transpose\(\s*(?:{names})\s*\)")
    if not any(rows.search(text) for text in texts) or any(by_columns.search(text) for text in texts):
        return  # X n×m (w' * X): there n is the rows, the features, and m the examples, logderiv's own letters
    columns = "size(X, 2)" if match.group("octave") else "X.shape[1]"

    def swap(text: str) -> str:
        spans = {**{at: ("n", "m") for at in _word_spans(text, "n")},
                 **{at: ("m", columns) for at in _word_spans(text, "m")}}
        pieces, last = [], 0
        for at in sorted(spans):
            pieces += [text[last:at], spans[at][1]]
            last = at + 1
        return "".join(pieces) + text[last:]

    result.lets = tuple(text for text in result.lets if text is not let)
    _map(result, swap)
    result.notes.append(SWAPPED_COUNTS_NOTE.format(let=" ".join(let.split()).rstrip(";"), columns=columns))


#: the note's words where m, n = X.shape settles n as X's columns, logderiv's own n (the checker reads them: an
#: answer's n is then the features, never the examples' count of a mean)
SHAPE_COLUMNS_N = ", the features, logderiv's n"


def _shape_unpacking(result: Respelled, notation_of: _NotationOf) -> None:
    """``n_samples, n_features = X.shape``: NumPy unpacks (rows, columns), so the let is ``n_samples = X.shape[0]``.

    The columns' name is kept as its own let only when a text uses it (an unused count
    is no part of the cost); :func:`_example_count_let` then reads the rows' count.
    """
    _swapped_counts(result, notation_of)
    lets: list[str] = []
    renamed: list[str] = []  # the columns' names read as m, renamed once every let is seen
    for text in result.lets:
        match = _SHAPE_UNPACKING.fullmatch(text) if notation_of(text) == "plain" else None
        pair = _SIZE_PAIR.fullmatch(text) if match is None and notation_of(text) == "plain" else None
        if pair is not None and pair.group("rows") != "n" and pair.group("columns") != "m":  # [n, m]: refused later
            # Octave's [N, D] = size(X): split here, before the counts are read, so that N is m in every text (the
            # answer's too: split later, only the cost's N was, and the answer's N was a stray letter)
            rows, columns = pair.group("rows", "columns")
            others = [other for other in _texts(result) if other is not text]
            lets += [f"{name} = size(X, {axis})" for name, axis, own in ((rows, 1, "m"), (columns, 2, "n"))
                     if name != own and (axis == 1 or any(_word_spans(other, name) for other in others))]
            result.notes.append(f"read as Octave: [{rows}, {columns}] = size(X) gives the rows of X, the examples "
                                f"(logderiv's m), and its columns, the features (logderiv's n)")
            continue
        if match is None:
            lets.append(text)
            continue
        rows, columns = match.group("rows", "columns")
        data = match.group("data") or match.group("called") or match.group("wrapped")
        others = [other for other in _texts(result) if other is not text]
        used = any(_word_spans(other, columns) for other in others)
        by_columns = re.compile(rf"(?:theta|w)\s*(?:'|\.T)\s*(?:\*|@)?\s*\(?\s*{data}(?!\w)"
                                rf"|np\.dot\(\s*(?:theta|w)\.T\s*,\s*{data}(?!\w)")
        if data not in ("X", "x") and used and columns != "m" and not any(_word_spans(other, rows) for other in others) \
                and any(by_columns.search(other) for other in others) \
                and not any(_word_spans(other, "m") for other in others):
            # Tamakloe's d, n = xTr.shape beside w.T @ xTr: xTr holds one example per column (wᵀ times it conforms
            # only so), so its columns, the count the texts use, are the examples: m
            renamed.append(columns)
            result.notes.append(f"{text.strip()} unpacks {data}'s shape (rows, columns), and {data} holds one example "
                                f"per column (the transposed weights times it): {columns} = {data}.shape[1] counts "
                                f"the examples, read as m ({rows} is not used)")
            continue
        lets.append(f"{rows} = {data}.shape[0]")
        own = used and columns == "n" and rows != "n" and data in ("X", "x")
        if used and not own:
            lets.append(f"{columns} = {data}.shape[1]")
        # m, n = x.shape beside theta.reshape((n, 1)): the columns of the data are the features, which logderiv's own
        # n counts, so n is logderiv's n (no let, which would redefine it)
        result.notes.append(f"{text.strip()} unpacks {data}'s shape (rows, columns): {rows} = {data}.shape[0]"
                            + (f", n = {data}.shape[1]{SHAPE_COLUMNS_N}" if own
                               else f", {columns} = {data}.shape[1]" if used else f" ({columns} is not used)"))
    result.lets = tuple(lets)
    for name in renamed:
        _map(result, lambda other: _replace_at(other, _word_spans(other, name), name, "m"))


#: code's names that say they count the examples: n_samples, num_examples, numSamples, ndata (data points) …
_COUNT_WORD = patterns.compile(r"(?<![\w.])(?:(?:n|num|number_of|numberOf|nb|n_of)_?(?:samples|examples|data|Samples|Examples|Data)"
                               # the data's size, the sample's size (a tutorial's / datasize), the observations' number
                               # (statsmodels' nobs): a minibatch's batch_size is not among them
                               r"|(?:data|sample)_?(?:size|Size)|(?:n|num|nb)_?obs|n_?observations)(?!\w)")


#: what ends right before a word written inside \text{…}, \mathrm{…} (or a command's own letters)
_WRAPPED_BEFORE = patterns.compile(r"(?:\\(?:text\w*|math\w+|operatorname|mbox)\s*\{\s*|\\)$")


def _refuse_glued_count_word(result: Respelled, text: str, defined: set[str]) -> None:
    """Refuse ``\\frac{1}{2\\,ndata}``: LaTeX multiplies glued letters (n·d·a²·t), the word says the count m."""
    for match in _COUNT_WORD.finditer(text):
        word = match.group()
        if "_" in word or word in defined or _WRAPPED_BEFORE.search(text, 0, match.start()):
            continue  # \text{ndata}: a word the LaTeX reader reads or refuses as a word
        label = _label(result, text)
        raise InputError(f"'{word}' in LaTeX is read either as its letters multiplied or as a name that counts "
                         "the examples", source=text, column=match.start(), label=label,
                         hint=f"write m for the number of examples, or define the word: --let '{word} = m'")


def _example_count_words(result: Respelled, notation_of: _NotationOf) -> None:
    """``(1 / n_samples) * np.sum(…)`` with no --let for it: the name says it counts the examples, m (noted).

    Only in code (plain texts) and only when no text writes m (a slope, or a count of
    its own) and no --let defines the word: then the name is the writer's m.
    """
    defined = {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None}
    texts = _texts(result)
    for text in texts:
        if notation_of(text) == "latex":
            _refuse_glued_count_word(result, text, defined)
    if any(notation_of(text) == "latex" and _COUNT_WORD.search(text) for text in texts):
        return
    if any(_letter_spans(text, notation_of(text) == "latex", "m") for text in texts):
        return
    found: set[str] = set()

    def change(text: str) -> str:
        for match in reversed(list(_COUNT_WORD.finditer(text))):
            if match.group() in defined:
                continue
            found.add(match.group())
            text = _replace_at(text, [match.start()], match.group(), "m")
        return text

    _map(result, change)
    if found:
        result.notes.append(f"{', '.join(sorted(found))} names the number of examples (no --let defines it): read as m")


#: Python's float(…) / int(…) around a count: a conversion changes no value (n = float(len(y)))
_CONVERSION = patterns.compile(r"(?:float|int)\((?P<inner>.+)\)")


#: Rust's cast of a count to a float: (x.len() as f64)
_CAST = patterns.compile(r"\(?\s*(?P<inner>[^()]+?\(\s*\))\s+as\s+(?:f32|f64)\s*\)?")


def _unconverted(value: str) -> str:
    """``float(len(y))``, ``x.len() as f64`` → the count a conversion wraps (itself when there is none)."""
    cast = _CAST.fullmatch(value)
    if cast is not None and value.count("(") == value.count(")"):
        return cast.group("inner").strip()
    match = _CONVERSION.fullmatch(value)
    if match is None or closing(value, value.index("(")) != len(value) - 1:
        return value
    return match.group("inner").strip()


#: a whole number a --let sets a count's letter to, 10 (a count of examples the code fixes): a fraction (m = 0.5,
#: n = 0.01) is a rate or a step named by the letter, another meaning, refused
_SET_NUMBER = patterns.compile(r"[1-9]\d*")
#: a function's header, ``def mse(b1, x, y, n):``: its parameters at group "parameters"
_DEF_HEADER = patterns.compile(r"(?P<head>\s*def\s+\w+\s*\()(?P<parameters>[^()]*)(?P<tail>\)\s*:)")


def _count_bound(letter: str) -> re.Pattern[str]:
    """``range(n)``, ``sum_n``, ``x^n``, ``x_n``, ``v[n]``, ``1..n``, ``1:n``: the letter as a bound or an index."""
    return re.compile(rf"range\s*\([^()]*(?<![\w.]){letter}(?!\w)|[_^]\s*\{{?\s*{letter}(?![A-Za-z])"
                      rf"|\[\s*{letter}\s*\]|\.\.\s*{letter}(?!\w)|:\s*{letter}(?![\w(])")


def _count_set_to_a_number(result: Respelled, notation_of: _NotationOf) -> None:
    """``--let 'n = 10'`` beside code that divides by n: the code's variable n is that whole number (noted).

    m and n are logderiv's counts, which a --let may not redefine; but code that sets n = 10 means the number
    (HeroSima43's ``mse(b1, x, y, n)``, called with the script's n = 10: a constant, not the count of the data).
    The number is put in place of the letter and the let dropped, only where every text that writes the letter
    is plain code and none uses it as a bound, a range or an index (there it counts, and the let is refused as
    before). A function's own parameter of that name (``def mse(b1, x, y, n):``) leaves its list: the let is its
    value.
    """
    for text in result.lets:
        sides = _let_sides(text)
        if sides is None or sides[0] not in ("m", "n"):
            continue
        letter, value = sides[0], sides[1].rstrip(";").strip()
        if not _SET_NUMBER.fullmatch(value):
            continue
        users = [other for other in _texts(result) if other is not text and _letter_spans(other, False, letter)]
        if not users or any(notation_of(other) != "plain" or not _CODE_TEXT.search(other)
                            or _count_bound(letter).search(other) for other in users):
            continue
        result.lets = tuple(other for other in result.lets if other is not text)

        def put(other: str, letter: str = letter, value: str = value) -> str:
            header = _DEF_HEADER.match(other)
            start = 0
            if header is not None:
                kept = [name for name in header.group("parameters").split(",") if name.strip() != letter]
                other = header.group("head") + ",".join(kept).lstrip() + other[header.end("parameters"):]
                start = len(header.group("head")) + len(",".join(kept).lstrip()) + len(header.group("tail"))
            return other[:start] + _replace_at(other[start:], _letter_spans(other[start:], False, letter), letter,
                                               value)
        _map(result, put)
        result.notes.append(f"--let {text.strip()} sets the code's variable {letter} to a number: {letter} is read as "
                            f"{value} where the code writes it (a constant of the code, not logderiv's count {letter})")
        return


#: a let's value that is X times the parameter vector on X's right, the m examples' values (σ of it, e^ of it …):
#: np.dot(X, theta), np.dot(X, theta.T) (θ 1-D, or a 1×n row), X @ w, X.dot(w)
_ROWS_VALUE = patterns.compile(r"np\.dot\(\s*X\s*,\s*(?:theta|w)(?:\.T)?\s*\)|(?<![\w.])X\s*@\s*(?:theta|w)(?![\w'(])"
                               r"|(?<![\w.])X\.dot\(\s*(?:theta|w)\s*\)")
#: what would make a let's value other than one value per example: a sum or mean over it, a transpose of X, a product
#: by X on the left, an index
_NOT_PER_EXAMPLE = patterns.compile(r"sum|mean|X\s*\.\s*T|X\s*'|@\s*X|dot\(\s*\w+(?:\.T)?\s*,\s*X|\[|shape|size|len")
#: NOTE of len(P) of a prediction P read as m (the name and its let's value put in)
PREDICTION_LENGTH_NOTE = ("len({name}) counts the entries of {name} = {value}, one per example (X times the "
                          "parameters, X's rows the examples): read as m, the number of examples")


#: the parameters a function binds: def f(a, b=1):, lambda a, b:, and a --let's f(a, b) = … (a def once respelled);
#: a lambda's are plain names (lam respelled lambda in lambda/(2*len(h_x))*np.sum(theta[1:]**2) binds nothing)
_BINDERS = patterns.compile(r"(?<![\w.])def\s+\w+\s*\((?P<def>[^()]*)\)"
                            r"|(?<![\w.])lambda\s+(?P<lambda>[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*:(?!\])"
                            r"|^\s*[A-Za-z_]\w*\s*\((?P<let>[^()]*)\)\s*=(?!=)")


def _bound_parameters(text: str) -> set[str]:
    """The names a function in ``text`` binds as its parameters (a name of the function's own there)."""
    names: set[str] = set()
    for match in _BINDERS.finditer(text):
        listed = next(group for group in match.groups() if group is not None)
        names.update(_IDENTIFIER.findall(re.sub(r"=[^,]*", "", listed)))
    return names


def _prediction_length(result: Respelled, notation_of: _NotationOf) -> None:
    """``c = (lam/(2*len(h_x)))*np.sum(theta[1:]**2)`` beside ``--let 'h_x = 1/(1+np.exp(-np.dot(X,theta.T)))'``.

    Code counts the examples by whatever array holds one value per example: len(y), len(X), and as often the
    prediction's len(h_x) (f51's class, whose predict_proba is σ(Xθ)). Where a --let defines the name as a function of
    X times the parameter vector on X's right (``np.dot(X, theta)``, ``X @ w``; no sum, mean, index or transpose
    of X in it) and no text multiplies the parameters' transpose by X (X n×m), the name has one entry per example:
    len(NAME) is m (respelled in place, columns kept; noted). Not where a --let defines m (another count, or
    the same one twice) or the texts are not all plain code. Otherwise left as it was (refused as a function no
    reader knows).
    """
    texts = _texts(result)
    if not any("len" in text for text in texts):
        return
    if any(notation_of(text) != "plain" for text in texts):
        return
    sides = [found for text in result.lets if (found := _let_sides(text)) is not None]
    if any(left == "m" for left, _ in sides):
        return
    if any(_COLUMNS_PRODUCT.search(text) for text in texts):
        return
    for name, value in sides:
        if not re.fullmatch(r"[A-Za-z_]\w*", name) or name in ("X", "x", "y", "m", "n"):
            continue
        if sum(left == name for left, _ in sides) != 1:
            continue  # defined twice: which value is counted is not said
        if _ROWS_VALUE.search(value) is None or _NOT_PER_EXAMPLE.search(value) is not None:
            continue
        counted = patterns.compile(rf"(?<![\w.])len\(\s*{re.escape(name)}\s*\)")
        if not any(counted.search(text) for text in texts):
            continue
        if any(name in _bound_parameters(text) for text in texts):
            continue  # def penalty(h): … len(h): the def's own h, bound to what each call passes (len(theta) is n)

        def change(text: str, counted: re.Pattern[str] = counted) -> str:
            for match in reversed(list(counted.finditer(text))):
                text = text[:match.start()] + " " * (match.end() - match.start() - 1) + "m" + text[match.end():]
            return text

        _map(result, change)
        result.notes.append(PREDICTION_LENGTH_NOTE.format(name=name, value=" ".join(value.split())))


def _example_count_let(result: Respelled, notation_of: _NotationOf) -> None:
    """``n = X.shape[0]``, ``m = len(y)``, ``m = X.shape[1]``: a count of the examples is logderiv's m (noted).

    A count of X's rows is the examples with one example per row (X m×n); a count
    of X's columns (``m = X.shape[1]``, ``numberOfExamples = Y.shape[1]``,
    DeepLearning.AI's) only with one example per column (X n×m). Which layout the
    texts keep is known only once they are read: the note says which count this is,
    and :func:`logderiv.notation.costs.refuse_count_against_layout` refuses the count where
    the layout contradicts it (X.shape[1] of an m×n X is the feature count).
    ``Y.size`` counts the labels in either layout.
    """
    for text in result.lets:
        sides = _let_sides(text)
        if sides is None:
            continue
        # len(     y): self.y with self. dropped keeps its width; the note shows len(y)
        written = re.sub(r"\(\s+", "(", sides[1].rstrip(";").strip())
        value = _unconverted(written)
        if _named_feature_count(result, text, sides[0], value):
            return
        if not (_count_name(sides[0]) or _ROW_COUNT.fullmatch(value) and _free_count_letter(sides[0])):
            continue
        if sides[0] == "m" and _M_AS_COLUMNS.fullmatch(value) and _code_only(result, notation_of, text) \
                and not _other_counts(result, text) and not _comment_says_examples(result) \
                and (_rows_layout(result, text) if value[0] != "x" else _lower_rows_layout(result, text)):
            # m = size(X, 2) beside h = X*theta (a student's slip: f17-seth, f5-kimalamsyah): X is m×n, so its
            # columns are the features and the code divides by n; read as it computes, the count put in place
            _put_column_count(result, notation_of, text, "m", value)
            result.notes.append(f"m = {value} counts the columns of the data matrix, which holds one example per "
                                "row here (it multiplies the parameter vector on its right): they are the n features, "
                                "not the examples, so m is read as n, as the code computes it (the examples would be "
                                "its rows)")
            return
        if sides[0] not in ("m", "n") and _DATA_COLUMN_COUNT.fullmatch(value) and _rows_layout(result, text):
            # N = size(X,2) beside X*theta: X is m×n, so its columns are the n features, whatever the let calls them
            # put in place as written (size(X,2) is n to the readers, in matrix form too): a --let N = n would be
            # one value per example to a matrix answer's own lets
            name = sides[0]
            result.lets = tuple(other for other in result.lets if other is not text)

            def spans(other: str) -> list[int]:
                return _word_spans(other, name) if len(name) > 1 else _letter_spans(
                    other, notation_of(other) == "latex", name)
            _map(result, lambda other: _replace_at(other, spans(other), name, value))
            result.notes.append(f"{name} = {value} is the number of columns of X, which is m×n here (X times the "
                                f"parameter vector): the n features, not the m examples: {name} is read as n")
            return
        if sides[0] not in ("m", "n") and _PARAMETER_ENTRIES.fullmatch(value) \
                and _EXAMPLES_WORD.search(sides[0]) is None and _code_only(result, notation_of, text):
            # N = w.shape[0] (MyLogisticRegression's 1 / N * np.sum(…)): the let says N counts the weights, the n
            # features, whatever 1/N before a sum over the examples would mean alone; put in as written (w.shape[0]
            # is n to the readers), so that the cost divides by what the code computes, noted; a name that says it
            # counts the examples (n_samples = w.shape[0]) contradicts its value and is left to the refusal
            _put_parameter_count(result, notation_of, text, sides[0], value)
            return
        if sides[0] == "m" and _LARGER_SIZE.fullmatch(value):
            # Octave's length(X) is max(size(X)): the row count only while the examples outnumber the features, but
            # a let that names it m says which count the writer means (isolution's m = length(X);); another name
            # for it stays refused (n = length(X) could be either size)
            what = LARGER_SIZE_NOTE
        elif _ROW_COUNT.fullmatch(value):
            _refuse_rows_of_transposed_data(result, notation_of, text, sides[0], value)
            what = ROWS_COUNT_NOTE
        elif sides[0] != "n" and _COLUMN_COUNT.fullmatch(value):
            what = COLUMNS_COUNT_NOTE  # n = X.shape[1] is logderiv's n with X m×n: left to the front ends
        elif _LABEL_COUNT.fullmatch(value):
            what = "counts the examples (the entries of Y, an m×1 column or a 1×m row)"
        elif _feature_count_let(result, notation_of, text, sides[0], value):
            return
        else:
            counted = _count_of_examples(sides[0], value)
            if counted is None:
                continue
            what = counted
        name = sides[0]
        others = [other for other in _texts(result) if other is not text]
        beside_m = False
        if name != "m" and any(_letter_spans(other, notation_of(other) == "latex", "m") for other in others):
            if _count_beside_slope(result, text, name, written, what, others):
                return
            if not _count_beside_count(result, text, name, value, others, notation_of):
                continue  # m is written too: two counts of the examples, or a slope; left to the front ends
            beside_m = True
        if len(name) > 1 and name != "N" and any(notation_of(other) == "latex" and name in other for other in others):
            continue  # a word of code inside LaTeX: left to the front ends
        result.lets = tuple(other for other in result.lets if other is not text)
        if name != "m":
            def spans(other: str) -> list[int]:
                if len(name) > 1:
                    return _word_spans(other, name)
                return _letter_spans(other, notation_of(other) == "latex", name)
            _map(result, lambda other: _replace_at(other, spans(other), name, "m"))
        result.notes.append(
            f"{name} = {written} {what}"
            + ("" if written == value else " (as f64 converts it, changing no value)" if _CAST.fullmatch(written)
               else f" ({written[:written.index('(')]}(…) converts it, changing no value)")
            + (": read as m" if name != "m" else ", logderiv's m: the --let is not needed")
            + (COUNT_BESIDE_COUNT_NOTE.format(name=name) if beside_m else "")
        )
        if value.startswith("x.") and what == COLUMNS_COUNT_NOTE:
            _lower_x_as_columns(result, notation_of)
        return


def _put_parameter_count(result: Respelled, notation_of: _NotationOf, text: str, name: str, value: str) -> None:
    """``--let N = w.shape[0]``: N put in where the texts use it as the count it says, the parameters' entries (n)."""
    result.lets = tuple(other for other in result.lets if other is not text)

    def spans(other: str) -> list[int]:
        return _word_spans(other, name) if len(name) > 1 else _letter_spans(other, notation_of(other) == "latex", name)
    _map(result, lambda other: _replace_at(other, spans(other), name, f"({value})") if spans(other) else other)
    result.notes.append(f"{name} = {value} counts the entries of the parameter vector, the n features, not the m "
                        f"examples: {name} is read as n, as the code computes it (even where 1/{name} stands before "
                        "a sum over the examples)")


def _refuse_rows_of_transposed_data(result: Respelled, notation_of: _NotationOf, text: str, name: str,
                                    value: str) -> None:
    """Refuse ``batch_size = size(X, 1)`` beside ``data = X'`` times the parameters (audit52: read as m, silently).

    There the source's X is features × examples (UFLDL's), so its rows are the n features; the layout check after
    reading cannot see it, since X is then logderiv's m×n ``data``.
    """
    transposing = _transposing_data_let(result, notation_of)
    if transposing is None or not _word_spans(value, "X"):
        return
    data_let, match, product = transposing
    raise InputError(
        f"{name} = {value} counts the rows of X, but {' '.join(data_let.split())} multiplies the parameters "
        f"({product.group(0)}): X holds one example per column there, so its rows are the n features, not the m "
        "examples",
        source=text, column=text.index(value), label="--let",
        hint=f"count the examples as the rows of {match.group('name')} (size({match.group('name')}, 1)), or write m")


#: a name of code for one value per example: the labels or targets (y_vec, y_train, Y_test, labels, t, targets) or
#: the predictions (y_pred, yhat): as many entries as examples; not y with an index (y_i, y1: one example's value)
#: (t only bare or with '_': theta, tau and tanh begin with t too; unique_labels, class_labels list the classes)
_PER_EXAMPLE_VECTOR = (r"(?:[yY](?:_?[A-Za-z][A-Za-z0-9_]+)?|t(?:_[A-Za-z][A-Za-z0-9_]*)?"
                       r"|(?!(?:unique|classe?s?|distinct|possible)_?)[A-Za-z_]*(?:labels?|targets?|Labels?|Targets?))")
#: a name of code for the data matrix beside X and x: X with a suffix (X_mat, Xtrain, X_norm), x with a word (x_train,
#: x_data); not x with an index (x_i, x1: one example, whose length counts the features)
_DATA_MATRIX_NAME = r"(?:X_?[A-Za-z0-9][A-Za-z0-9_]*|x_?[A-Za-z][A-Za-z0-9_]{2,}|X|x)"
#: a count of a vector's entries in any layout, as code writes it in any of its languages (the name put at {v}):
#: len and length of a 1-D array, Octave's length and numel, NumPy's .size, JavaScript's .length, Rust's .len()
_ENTRIES = (r"(?:length|numel|(?:np|numpy)\.size)\(\s*{v}\s*\)|{v}\.(?:size|length|count|len\(\s*\)|length\(\s*\)"
            r"|count\(\s*\)|numel\(\s*\))")
#: a count along the first axis (the rows): the entries of an m×1 column or a 1-D array, the rows of the data matrix
#: (JavaScript's x.length, as Python's len(x): an array of arrays' length is its rows);
#: MATLAB's height(v) (R2020b) is its rows, size(v, 1), as R's nrow(v);
#: of DeepLearning.AI's 1×m row Y it is 1, so the note says rows and the layout check (in _api) refuses it there
_ROWS = (r"(?:len|nrow|NROW|height)\(\s*{v}\s*\)|{v}\.(?:rows\(\s*\)|nrows|length(?![\w(])|shape\s*\[\s*0\s*\]|shape\(\s*0\s*\)|size\(\s*0\s*\))"
         r"|(?:np|numpy)\.shape\(\s*{v}\s*\)\s*\[\s*0\s*\]|size\(\s*{v}\s*,\s*1\s*\)|size\(\s*{v}\s*\)\s*\(\s*1\s*\)"
         r"|(?:np|numpy)\.size\(\s*{v}\s*,\s*0\s*\)")
_VECTOR_ENTRIES = patterns.compile(_ENTRIES.format(v=f"(?:{_PER_EXAMPLE_VECTOR})"))
_VECTOR_ROWS = patterns.compile(_ROWS.format(v=f"(?:{_PER_EXAMPLE_VECTOR})"))
_VECTOR_NAME = patterns.compile(rf"(?<![\w.])(?:{_PER_EXAMPLE_VECTOR})(?![\w(])")
_MATRIX_ROWS = patterns.compile(_ROWS.format(v=f"(?:{_DATA_MATRIX_NAME})"))
#: code's name of the whole data set loaded from a file (data = np.loadtxt(…), df = pd.read_csv(…)): one record per
#: row, so its rows (len(data), data.shape[0]) are the examples; not data_x or x_data (the inputs: X's own names)
_DATASET_NAME = r"(?:data|dataset|df)"
_DATASET_ROWS = patterns.compile(_ROWS.format(v=_DATASET_NAME))
#: the note for a count of a data set's rows (the layout check in costs reads it, as it reads ROWS_COUNT_NOTE)
DATASET_ROWS_NOTE = "counts the examples (the rows of the data set, one record per example, as X's rows are)"
#: the parameter vector's length: the features
_PARAMETER_ENTRIES = patterns.compile("|".join(pattern.format(v="(?:theta|w|beta|weights)") for pattern in (_ENTRIES, _ROWS)))


#: a name of another split of the data than the one the cost sums (X_test, Xval, y_valid, test_labels, val_targets)
_OTHER_SPLIT = patterns.compile(r"(?:^|[^A-Za-z])(?:[XxYy]_?|[A-Za-z]+_)?(?:test|val|valid|validation|dev|holdout)"
                                r"(?![a-z])", re.IGNORECASE)


def _count_of_examples(name: str, value: str) -> str | None:
    """What a let ``m = len(y_vec)``, ``n = X_train.shape[0]``, ``N = len(t)`` counts: the examples (the note's words),
    or None.

    The rule, not a list of spellings: a count of the entries of a vector of one value per example (the labels, the
    targets, the predictions, by the names code gives them) in any language's words for it (len, length, numel, NROW,
    .size, .length, .count, .rows(), .shape[0], size(v, 1)), or of the rows of the data matrix (X with a suffix:
    len, .shape[0], size(X, 1), nrow), is the number of examples, whatever letter of the counts names it. A count
    of the parameter vector is the features (left to the callers), and of anything else is not said.
    """
    if not _count_name(name) or _OTHER_SPLIT.search(value):
        return None  # m = len(X_test): the test set's count, not of the examples the cost sums (audit34)
    if _VECTOR_ENTRIES.fullmatch(value):
        vector = _VECTOR_NAME.search(value)
        return f"counts the examples (the entries of {vector.group(0) if vector else 'y'}, one per example)"
    if _VECTOR_ROWS.fullmatch(value) or _MATRIX_ROWS.fullmatch(value):
        return ROWS_COUNT_NOTE  # the layout check (in _api) refuses it where X keeps one example per column
    if _DATASET_ROWS.fullmatch(value):
        # n = len(data) (a module's global beside 1/n before a sum over the examples): a data set's length is its
        # records, the examples; refused too where X keeps one example per column (the layout check)
        return DATASET_ROWS_NOTE
    return None


#: n as (part of) a divisor: / n, /(2*n), n \ (Octave's left division), \frac{…}{… n …}
_DIVIDES_BY_N = patterns.compile(r"/\s*(?:\([^()]*)?(?<![\w.\\])n(?!\w)|(?<![\w.\\])n\s*\\(?![A-Za-z])"
                                 r"|\\frac\s*\{[^{}]*\}\s*\{[^{}]*(?<![\w\\])n(?!\w)")


def _parameter_count_name(result: Respelled, notation_of: _NotationOf) -> None:
    """``sizeOfTheta = size(theta,1)``, ``num_params = len(theta)``: a code name for the count of the parameters.

    Octave and NumPy courses name the count before they slice with it (``theta(2:sizeOfTheta)``, the intercept left
    out of the penalty). The value says what is counted, whatever the name: it is put in where the name is used
    (``theta(2:size(theta,1))``, which the readers read), and the let goes, noted. Only for a name of code of more than
    one letter (``n = len(theta)`` is the feature count's own let) used in another text, in plain text; a name also
    assigned otherwise is left to the readers.
    """
    for text in result.lets:
        sides = _let_sides(text)
        if sides is None:
            continue
        name, value = sides[0], _unconverted(re.sub(r"\(\s+", "(", sides[1].rstrip(";").strip()))
        if len(name) < 2 or _IDENTIFIER.fullmatch(name) is None or name in vocab.FIXED_NAMES \
                or _PARAMETER_ENTRIES.fullmatch(value) is None:
            continue
        others = [other for other in _texts(result) if other is not text]
        if any(notation_of(other) == "latex" for other in others) or not any(_word_spans(other, name) for other in others) \
                or any((other_sides := _let_sides(other)) is not None and other_sides[0] == name for other in result.lets if other is not text):
            continue
        if any(other[:start].rstrip()[-1:] != ":" for other in others for start in _word_spans(other, name)):
            # sum(…)/(2*sizeOfTheta): n put in as a divisor was then read as the count of the examples (1/n before a
            # sum over them), the mean's gradient (audit34); only a slice's end (theta(2:sizeOfTheta)) is put in
            continue
        result.lets = tuple(other for other in result.lets if other is not text)
        _map(result, lambda other: _replace_at(other, _word_spans(other, name), name, vocab.FEATURE_COUNT))
        result.notes.append(f"{name} = {value} counts the entries of the parameter vector: n, put in where {name} "
                            "is used")
        return


def _feature_count_let(result: Respelled, notation_of: _NotationOf, text: str, name: str, value: str) -> bool:
    """``n = size(X, 2)``, ``n = X.shape[1]``, ``n = len(theta)``: n bound to the number of features is logderiv's n.

    The let says what n already means, and is dropped, noted. The data matrix's columns are the features only with
    one example per row (X m×n: X times the parameter vector, and never the parameter vector times X); in
    DeepLearning.AI's layout X.shape[1] is the examples, and the let is left to the refusal. Whether a let was read
    (and dropped) is returned.
    """
    if name != vocab.FEATURE_COUNT:
        return False
    parameters = _PARAMETER_ENTRIES.fullmatch(value) is not None
    columns = _M_AS_COLUMNS.fullmatch(value) is not None and (
        _rows_layout(result, text) if value[0] != "x" else _lower_rows_layout(result, text))
    if not (parameters or columns):
        return False
    if any(_DIVIDES_BY_N.search(other) for other in _texts(result) if other is not text):
        # sum((X @ w - y)**2) / (2*n) beside n = X.shape[1]: a mean over the features, or n meant as the examples
        # (the front ends would read 1/n before a sum over the examples as its count): not said, left to the refusal
        return False
    result.lets = tuple(other for other in result.lets if other is not text)
    what = "the entries of the parameter vector" if parameters else "the columns of X, m×n here since it multiplies " \
        "the parameter vector"
    result.notes.append(f"n = {value} counts the features ({what}){FEATURE_COUNT_LET_NOTE}")
    return True


#: the words ending the note of a --let that binds n to the features' count (n = X.shape[1], n = size(X, 2),
#: n = len(theta)), read back by services.check (the let decides what the answer's n is: never the examples')
FEATURE_COUNT_LET_NOTE = ": logderiv's n, the --let is not needed"


#: a name of code that says it counts the features (ChinhQuy29's num_features), and what counts them: len(X[0]),
#: the entries of row 0 of X (one example per row), or the parameters' entries
_FEATURES_NAME = patterns.compile(r"(?:n|num|number_of)_?features|numFeatures|nFeatures")
_FIRST_ROW_LENGTH = patterns.compile(r"len\(\s*X\s*\[\s*0\s*\]\s*\)")


def _named_feature_count(result: Respelled, text: str, name: str, value: str) -> bool:
    """``num_features = len(X[0])`` where no other text writes num_features (its loop's range read): dropped, noted.

    Only a name that says it counts the features, of a value that counts them (row 0's length, with X's rows the
    examples; the parameters' entries), and used nowhere else: a count some text still divides by is left alone.
    """
    if _FEATURES_NAME.fullmatch(name) is None or not (
            _FIRST_ROW_LENGTH.fullmatch(value) or _PARAMETER_ENTRIES.fullmatch(value)):
        return False
    if any(_word_spans(other, name) for other in _texts(result) if other is not text):
        return False
    result.lets = tuple(other for other in result.lets if other is not text)
    result.notes.append(f"{name} = {value} counts the features, whose range the lines' comprehension or loop ran over: "
                        "logderiv's n, the --let is not needed")
    return True


#: m times the data in code (m * x, m*X[:,0], x * m): the slope of a line, y = m x + b
#: (the data by its training split's name too, Y_pred=m*X_train+c: a stackexchange question's, f79)
_SLOPE_TIMES_DATA = patterns.compile(r"(?<![\w.])m\s*\*\s*(?:[xX]|[xX]_train|[xX]_tr|xTr)(?![\w(])"
                                     r"|(?<![\w.])m\s*\*\s*[xX]\s*\["
                                     r"|(?<![\w.])(?:[xX]|[xX]_train|[xX]_tr|xTr)\s*\*\s*m(?![\w(\[])")
#: the note's words for a count let kept beside the slope m (read back by logderiv.notation.costs.refuse_count_beside_slope)
COUNT_BESIDE_SLOPE_NOTE = "the count of the examples beside the slope m (m * x)"


#: m as a count in a text: under a fraction's bar (\frac{1}{2m}), a sum's bound (^{m}, ^m), after / (/ (2*m), /m)
_M_AS_COUNT = patterns.compile(r"\\frac\s*\{[^{}]*\}\s*\{\s*(?:\d+\s*\*?\s*)?m\s*\}|\^\s*(?:\{\s*m\s*\}|m(?!\w))"
                               r"|/\s*(?:\(\s*(?:\d+\s*\*?\s*)?m\s*\)|(?:\d+\s*\*?\s*)?m(?![\w(\[]))")
#: the note's words for a count of the examples named n beside a text that counts them with m
COUNT_BESIDE_COUNT_NOTE = ("; the texts that write m use it only as the count of the examples (1/m, a sum to m) and "
                           "never write {name}, and the texts that write {name} never write m: {name} is read as the "
                           "--let defines it, the number of examples, not as logderiv's n (the number of features)")


#: the parameter vector on the left of the data (np.dot(w, x), w @ x, w.dot(x), w.T @ X): wᵀx, the data n×m (one
#: example per column), whose rows are then the features (audit33c)
_PARAMETERS_LEFT_OF_DATA = patterns.compile(
    r"np\.dot\(\s*(?:theta|w)(?:\.T)?\s*,\s*[xX](?![\w(\[])|(?<![\w.])(?:theta|w)(?:\.T)?\s*@\s*[xX](?![\w(\[])"
    r"|(?<![\w.])(?:theta|w)(?:\.T)?\.dot\(\s*[xX]\s*\)")


def _count_beside_count(result: Respelled, text: str, name: str, value: str, others: list[str],
                        notation_of: _NotationOf) -> bool:
    """Whether ``--let n = X.shape[0]`` (a count of the examples, nndl's issue's ``n = x.shape[0]``) is read as m
    beside texts that write m too: only where no text writes both letters, and every m written is a count (under a
    fraction's bar, a sum's bound, after /), so that the two letters name one count and neither meaning of n is mixed
    with the other. A slope m (m * x) or an m written otherwise leaves the let to the front ends (refused)."""
    if name != "n" or not any(_letter_spans(other, notation_of(other) == "latex", name) for other in others):
        return False  # n written nowhere (a cost read alone): dropping the let would leave a later text's n unread
    if re.search(r"(?<![\w.])[xX]", value):
        # n = x.shape[0] counts the examples only with one example per row: the code must multiply the data by the
        # parameters on its right (np.dot(x, w)) and never on its left (np.dot(w, x) is wᵀx, x n×m, whose rows are
        # the features): audit33c, np.dot(x, (np.dot(w, x) - y)) / n read as divided by m, a false "equivalent"
        rows = _lower_rows_layout(result, text) if value.lstrip("(").startswith("x") or "(x" in value \
            else _rows_layout(result, text)
        if not rows or any(_PARAMETERS_LEFT_OF_DATA.search(other) for other in others):
            return False
    for other in others:
        latex = notation_of(other) == "latex"
        if not _letter_spans(other, latex, "m"):
            continue
        if _letter_spans(other, latex, name) or _SLOPE_TIMES_DATA.search(other):
            return False
        if _letter_spans(_M_AS_COUNT.sub(" ", other), latex, "m"):
            return False
    return True


def _count_beside_slope(result: Respelled, text: str, name: str, written: str, what: str, others: list[str]) -> bool:
    """``n = len(y)`` beside ``y_pred = m * X[:,0] + b``: n counts the examples and m is the line's slope (noted).

    Blog and homework code for a line names its slope m and counts with n (``n = len(x)``, ``md = -(2/n) *
    sum(x * (y - y_pred))``): renaming n to m would merge the two. The let is dropped and n kept; the front ends
    read an n that divides a sum or a mean as the count and m beside the data as the slope, and
    :func:`logderiv.notation.costs.refuse_count_beside_slope` refuses the texts where they read n otherwise. Only for n and N
    with m written as a factor of the data and nowhere as a divisor (1/m, / m: then m counts too).
    """
    if name not in ("n", "N") or not any(_SLOPE_TIMES_DATA.search(other) for other in others):
        return False
    if any(re.search(r"/\s*\(?\s*(?:\d+\s*\*\s*)?m(?![\w(])", other) for other in others):
        return False
    result.lets = tuple(other for other in result.lets if other is not text)
    result.notes.append(f"{name} = {written} {what}: {name} is kept, {COUNT_BESIDE_SLOPE_NOTE}")
    return True


#: a dropped comment (its note) that calls a count the examples: '% number of training examples', '# samples'
_EXAMPLES_COMMENT = patterns.compile(r"^'[#%].*\b(?:examples?|samples?|observations?|data ?points?|training)\b.*' is an? "
                                     r"(?:Octave|Python) comment", re.IGNORECASE)


def _comment_says_examples(result: Respelled) -> bool:
    """Whether a comment dropped from the texts says examples: ``m = size(X, 2); % number of training examples``.

    The writer then means m to count the examples and the code counts X's columns, the features: the two meanings
    disagree, and neither is read (the count is refused against the layout, as without the literal reading).
    """
    return any(_EXAMPLES_COMMENT.search(note) for note in result.notes)


#: a count of X's columns under the name m: the features with X m×n (NumPy's, Octave's; lower-case x as code's X)
M_AS_COLUMNS = _M_AS_COLUMNS = patterns.compile(r"size\(\s*X\s*,\s*2\s*\)|columns\(\s*X\s*\)|[Xx]\.shape\s*\[\s*1\s*\]"
                                 r"|dim\(\s*X\s*\)\s*\[\s*2\s*\]"
                                 r"|np\.shape\(\s*[Xx]\s*\)\s*\[\s*1\s*\]|size\(\s*X\s*\)\s*\(\s*2\s*\)|ncol\(\s*X\s*\)"
                                 r"|[Xx]\.size\(\s*1\s*\)")
#: what writes m as a bound or a loop's count, where a count of columns put in place would not read as a count
_BOUND_OR_LOOP = patterns.compile(r"[Σ∑\\]|\bsum_|\bfor\b|\brange\(")


#: code's lower-case x times the parameter vector on its right (np.dot(x, w), x @ theta, x.dot(w)), and the transposed
#: parameter vector times x (np.dot(w.T, x), w.T @ x): x is the data matrix, m×n and n×m
_LOWER_ROWS_PRODUCT = patterns.compile(r"(?<![\w.])x\s*@\s*(?:theta|w)(?![\w'(])|(?<![\w.])x\.dot\(\s*(?:theta|w)\s*\)|"
                                       r"np\.dot\(\s*x\s*,\s*(?:theta|w)\s*\)")
_LOWER_COLUMNS_PRODUCT = patterns.compile(r"(?:theta|w)\s*(?:'|\.T)\s*(?:\*|@)?\s*x(?!\w)|np\.dot\(\s*(?:theta|w)\.T\s*,\s*x")


def _lower_rows_layout(result: Respelled, count: str) -> bool:
    """:func:`_rows_layout` of code that names the data x: np.dot(x, w) and no wᵀx, no capital X written."""
    texts = [text for text in _texts(result) if text is not count]
    return any(_LOWER_ROWS_PRODUCT.search(text) for text in texts) and not any(
        _LOWER_COLUMNS_PRODUCT.search(text) or re.search(r"(?<![\w.])X(?!\w)", text) for text in texts)


def _other_counts(result: Respelled, count: str) -> bool:
    """Whether a let but ``count`` counts X's rows or columns, or splits its size (n = size(X, 1) beside m = size(X, 2):
    the writer's own letters for the two counts, [n, m] = size(X), which m read as n would swap silently)."""
    for text in result.lets:
        sides = _let_sides(text) if text is not count else None
        value = _unconverted(sides[1].rstrip(";").strip()) if sides else ""
        if text is not count and (_SIZE_PAIR.fullmatch(text) or _ROW_COUNT.fullmatch(value)
                                  or _COLUMN_COUNT.fullmatch(value) or _M_AS_COLUMNS.fullmatch(value)):
            return True
    return False


def _code_only(result: Respelled, notation_of: _NotationOf, count: str) -> bool:
    """Whether every text but the count's own let is plain code that writes m nowhere as a sum's bound or a loop's."""
    return all(notation_of(text) == "plain" and not _BOUND_OR_LOOP.search(text)
               for text in _texts(result) if text is not count)


def _put_column_count(result: Respelled, notation_of: _NotationOf, count: str, name: str, value: str) -> None:
    """Drop the let ``count`` and put ``value`` (size(X, 2), X.shape[1]) in place of ``name`` in every other text."""
    result.lets = tuple(other for other in result.lets if other is not count)

    def spans(other: str) -> list[int]:
        return _word_spans(other, name) if len(name) > 1 else _letter_spans(other, notation_of(other) == "latex", name)
    _map(result, lambda other: _replace_at(other, spans(other), name, value))


def _rows_layout(result: Respelled, count: str) -> bool:
    """Whether the texts (but the count's own let) multiply X by the parameter vector on its right (X m×n) and
    never the transposed parameter vector by X (X n×m)."""
    texts = [text for text in _texts(result) if text is not count]
    return any(_ROWS_PRODUCT.search(text) or _ROWS_BROADCAST_SUM.search(text) for text in texts) and not any(
        _COLUMNS_PRODUCT.search(text) for text in texts)


_LOWER_X = patterns.compile(r"(?<![\w.\\])x(?!\w)")
LOWER_X_COLUMNS_NOTE = ("x multiplies wᵀ (w.T @ x, np.dot(w.T, x)), which is a 1×m row of the examples' values only "
                        "if x is n×m: x is the data matrix X, n×m with one example per column (features × samples), "
                        "in every text")
_TIMES_LOWER_X = patterns.compile(r"np\.dot\(\s*(?:w|theta)\.T\s*,\s*x\s*\)|(?:w|theta)\.T\s*@\s*x(?!\w)")


def _lower_x_as_columns(result: Respelled, notation_of: _NotationOf, *, counted: bool = True) -> None:
    """``np.dot(w.T, x)`` (``w.T @ x``): x multiplies wᵀ, so it is the n×m data matrix X, one example per column.

    wᵀx is a 1×m row of the examples' values only if x is n×m: the shapes say the layout,
    with or without ``m = x.shape[1]`` beside (``counted``: that let was read, and the note
    names it). Read so (every x as X, noted) only when every text is code, every x is bare
    (no index, call or subscript), no text writes X and no --let defines x or X; the
    matrix reader then holds every product, count (``x.shape[0]`` is n) and axis to that
    layout, refusing what disagrees.
    """
    texts = _texts(result)
    if any(notation_of(text) != "plain" for text in texts) or not any(_TIMES_LOWER_X.search(text) for text in texts):
        return
    for text in texts:
        if re.search(r"(?<![\w.])X(?!\w)", text) or re.match(r"\s*[xX]\s*=", text):
            return
        if any(text[match.end():match.end() + 1] in ("_", "^", "(", "[") for match in _LOWER_X.finditer(text)):
            return
    _map(result, lambda text: _LOWER_X.sub("X", text))
    result.notes.append("x has m columns (m = x.shape[1]) and multiplies wᵀ (np.dot(w.T, x)): x is the data matrix "
                        "X, n×m with one example per column, in every text" if counted else LOWER_X_COLUMNS_NOTE)


_INLINE_ROW_LENGTH = patterns.compile(r"(?<![\w.])(?:Y\.shape\s*\[\s*1\s*\]|size\(\s*Y\s*,\s*2\s*\))")


def _row_length_inline(result: Respelled, notation_of: _NotationOf) -> None:
    """``np.sum(A - Y)/Y.shape[1]``: the length of the 1×m row Y is m in DeepLearning.AI's layout (noted).

    Only in that layout: the note names the count, and
    :func:`logderiv.notation.costs.refuse_count_against_layout` refuses it where Y is an m×1 column
    (so also beside an m that is a slope, which fixes no columns layout).
    """
    if any((sides := _let_sides(text)) is not None and sides[0] == "Y" for text in result.lets):
        return
    found: list[str] = []

    def change(text: str) -> str:
        if notation_of(text) != "plain":
            return text
        for match in reversed(list(_INLINE_ROW_LENGTH.finditer(text))):
            found.append(match.group())
            text = _replace_at(text, [match.start()], match.group(), "m")
        return text

    _map(result, change)
    for spelled in dict.fromkeys(found):
        result.notes.append(f"{spelled} {COLUMNS_COUNT_NOTE}: read as m")


_INLINE_LABEL_COUNT = patterns.compile(r"(?<![\w.])(?:[Yy]\.size|np\.size\(\s*[Yy]\s*\))(?![\w(\[])")


def _label_count_inline(result: Respelled, notation_of: _NotationOf) -> None:
    """``np.sum(A - Y)/Y.size``: code's count of the labels Y (m×1 or 1×m, so m in either layout) is m (noted)."""
    if any((sides := _let_sides(text)) is not None and sides[0] in ("Y", "y") for text in result.lets):
        return  # Y is the texts' own quantity (one-hot labels?): its size is not said to be m
    counted = any(" counts the examples" in note for note in result.notes)
    if not counted and any(_letter_spans(text, notation_of(text) == "latex", "m") for text in _texts(result)):
        return  # m written too, not said to count the examples (a slope?): Y.size beside it is left to the front ends
    found: set[str] = set()

    def change(text: str) -> str:
        if notation_of(text) != "plain":
            return text
        for match in reversed(list(_INLINE_LABEL_COUNT.finditer(text))):
            found.add(match.group())
            text = _replace_at(text, [match.start()], match.group(), "m")
        return text

    _map(result, change)
    if found:
        result.notes.append(f"{', '.join(sorted(found))} counts the labels (one per example, as a column or a "
                            "1×m row): the number of examples m")


#: a class's own sigmoid method, self._sigmoid(z): its name says what it computes
_SIGMOID_METHODS = ("_sigmoid", "sigmoid", "__sigmoid")

#: a --let of a class's own sigmoid method by its private name: __sigmoid(x) = …, _sigmoid(z) = … (R's <- too)
_PRIVATE_SIGMOID_LET = patterns.compile(r"^\s*(?P<name>__?sigmoid)\s*\(\s*(?P<parameter>[A-Za-z]\w*)\s*\)\s*(?:=|<-)(?!=)")


def _private_sigmoid_let(result: Respelled, notation_of: _NotationOf) -> None:
    """``--let "__sigmoid(x) = 1 / (1 + np.exp(-x))"`` beside ``self.__sigmoid(z)``: the method's own body (noted).

    A class's sigmoid method called through ``self`` is read as σ by its name (:func:`_self_attributes`); its
    definition pasted as a --let is then that σ written out, and no name of its own: where the body is exactly
    σ of its one parameter the --let is not needed and is set aside. Any other body (``1/(1 + np.exp(-2*x))``)
    is refused: the calls would be read as σ by the name, the --let says otherwise.
    """
    from .sigmoid_helper import is_sigmoid_of

    called = {match.group("name") for text in _texts(result) for match in _SELF.finditer(text)
              if match.group("name") in _SIGMOID_METHODS and text[match.end():].lstrip().startswith("(")}
    kept = []
    for text in result.lets:
        head = _PRIVATE_SIGMOID_LET.match(text) if notation_of(text) == "plain" else None
        method = _sigmoid_method_def(text) if head is None and notation_of(text) == "plain" else None
        if method is not None and method[0].group("name") in called:
            # def _sigmoid(self, z): return 1 / (1 + np.exp(-z)) — the method itself, pasted as Python (its self is
            # the object the calls are made on): held to σ exactly as the one-line --let _sigmoid(z) = … is
            head, body = method
        elif head is not None and head.group("name") in called:
            body = text[head.end():]
        else:
            kept.append(text)
            continue
        if not is_sigmoid_of(body.strip().rstrip(";"), head.group("parameter")):
            # self.__sigmoid(z) would be read as σ by its name, and this body says it is something else
            raise InputError(
                f"self.{head.group('name')}(…) is called as the class's sigmoid, but the --let defines "
                f"{head.group('name')}({head.group('parameter')}) otherwise than as σ({head.group('parameter')})",
                source=text, column=(found.end() if method is not None and (found := re.search(r"\breturn\s*", text))
                                     else head.end() + len(text[head.end():]) - len(text[head.end():].lstrip())),
                label="--let", hint=f"if it is the sigmoid, write {head.group('name')}({head.group('parameter')}) = "
                f"1 / (1 + np.exp(-{head.group('parameter')})); otherwise name the method another way")
        result.notes.append(f"--let {' '.join(text.split())} defines the class's own sigmoid method, which "
                            f"self.{head.group('name')}(…) calls: its body is σ written out, so the --let is not "
                            "needed")
    result.lets = tuple(kept)


#: a Python method's def collapsed to one line: def _sigmoid(z): return BODY (its self set aside by python_def)
_SIGMOID_METHOD_DEF = patterns.compile(
    r"^def\s+(?P<name>_{0,2}sigmoid)\s*\(\s*(?P<parameter>[A-Za-z]\w*)\s*\)\s*:\s*return\s+")


def _sigmoid_method_def(text: str) -> tuple[re.Match[str], str] | None:
    """``def _sigmoid(self, z):\n    return 1 / (1 + np.exp(-z))``: a class's sigmoid method pasted as its Python
    def, with ``self`` its first parameter; the head (name, its one other parameter) and the returned value.

    Only a method (``self`` written first) whose body python_def reads as one returned value; anything else None.
    """
    from . import python_def

    if not re.match(r"\s*def\s+_{0,2}sigmoid\s*\(\s*self\s*,", text):
        return None
    try:
        collapsed = python_def.collapse(text)
    except InputError:
        return None
    if collapsed is None:
        return None
    head = _SIGMOID_METHOD_DEF.match(collapsed[0])
    return None if head is None else (head, collapsed[0][head.end():])


#: the data a class keeps from fit(X, Y): self.X, self.Y are the design matrix and the labels themselves
_DATA_ATTRIBUTES = frozenset({"X", "Y", "x", "y"})

#: a class's data matrix under code's word (TensorFlow.js courses' this.features): read as X only by its use, where it
#: multiplies the parameters (_data_matrix_name), else refused by name; statistics' design matrix too (a regression
#: class's self.design_matrix, f70), by the same use
_DATA_ATTRIBUTE_WORDS = frozenset({"features", "design_matrix", "design"})

#: the notation's mathematical constants: never what an object's attribute of that name holds
_MATHEMATICAL_CONSTANTS = frozenset({"e", "pi", "E"})

#: the object's own attribute inside a class: Python's self.NAME, JavaScript's and Java's this.NAME, MATLAB's
#: classdef obj.NAME (its methods' first argument, named obj by convention)
_SELF = patterns.compile(r"(?<![A-Za-z0-9_.$])(?P<receiver>self|this|obj)\.(?P<name>[A-Za-z_][A-Za-z0-9_]*)")
#: a name written bare, not an attribute (no dot before it)
#: a name a text writes bare, outside a LaTeX command's name (c in \frac{1}{m}(w^T x + c), not frac)
_WRITTEN_NAME = patterns.compile(r"(?<![A-Za-z0-9_.\\])([A-Za-z_][A-Za-z0-9_]*)")
_BARE_NAME = patterns.compile(r"(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_]*)")
#: a class's sigmoid kept as an activation object and called by its method: self.sigmoid.function(z)
_SIGMOID_OBJECT = patterns.compile(r"(?<![A-Za-z0-9_.])(?:self|this|obj)\.(?:_{0,2}sigmoid)\.function(?=\s*\()")


#: an object's attribute named as logderiv's counts (self.m, this.n, obj.N)
_COUNT_ATTRIBUTE = patterns.compile(r"(?<![A-Za-z0-9_.$])(?:self|this|obj)\.(?P<name>[mnN])(?![A-Za-z0-9_(\[.])")
#: such an attribute added to or subtracted from the parameter vector: w - self.m (a Gaussian prior's mean)
_OFFSET_OF_PARAMETERS = (r"(?<![\w.])(?:w|theta|beta|weights)\s*[-+]\s*(?:self|this|obj)\.{name}(?![\w(\[.])"
                         r"|(?<![\w.])(?:self|this|obj)\.{name}\s*-\s*(?:w|theta|beta|weights)(?![\w(\[.'])")
#: such an attribute as a count: a divisor (/ self.m), a range's bound (range(self.m)), or a count's value (self.m =)
_AS_COUNT = r"/\s*\(?\s*(?:\d+(?:\.\d*)?\s*\*\s*)?(?:self|this|obj)\.{name}(?![\w(\[.])|range\(\s*(?:self|this|obj)\.{name}\b"


def _offset_count_attributes(result: Respelled, notation_of: _NotationOf) -> None:
    """``0.5 * (self.q * (w - self.m)).dot(w - self.m)`` (a Bayesian logistic regression's prior): ``self.m`` is the
    prior's mean, which the weights are centred on, not logderiv's count of the examples m (noted).

    An object's ``self.m`` is read as the notation reads m (:func:`_self_attributes`): the count, as ``self.m =
    X.shape[0]`` makes it. Subtracted from the parameter vector (``w - self.m``) it cannot be a count: it is a
    constant of the object's own, renamed a letter no text uses. Where the texts also divide by it or loop to it
    (a count too), which one it is is not said: refused. No --let may define it.
    """
    texts = [text for text in _texts(result) if notation_of(text) == "plain"]
    names = sorted({match.group("name") for text in texts for match in _COUNT_ATTRIBUTE.finditer(text)})
    for name in names:
        offset = re.compile(_OFFSET_OF_PARAMETERS.format(name=name))
        if not any(offset.search(text) for text in texts):
            continue
        if any((sides := _let_sides(text)) is not None and _COUNT_ATTRIBUTE.fullmatch(sides[0]) for text in result.lets):
            return  # self.m = X.shape[0]: the object's count, whatever the texts do with it
        counted = re.compile(_AS_COUNT.format(name=name))
        for text in texts:
            found = counted.search(text)
            if found is not None:
                raise InputError(
                    f"the object's {name} is subtracted from the parameters (a prior's mean?) and is also a count "
                    f"(a divisor or a loop's bound): whether self.{name} is the number of examples is not said",
                    source=text, column=found.start(), hint=f"name the prior's mean another way (self.mu), or give "
                    f"the count its own name", label="COST" if text is result.cost else "ANSWER"
                    if text is result.answer else "--let")
        attributes = {match.group("name") for text in texts for match in _SELF.finditer(text)}
        fresh = next((letter for letter in "uvrs" if letter not in attributes and not any(
            _letter_spans(text, notation_of(text) == "latex", letter) for text in _texts(result))), None)
        if fresh is None:
            return

        def renamed(text: str, name: str = name, fresh: str = fresh) -> str:
            spans = [match.start() for match in _COUNT_ATTRIBUTE.finditer(text) if match.group("name") == name]
            return _replace_at(text, spans, text[spans[0]:spans[0] + len("self.") + len(name)], fresh) if spans \
                else text

        receiver = next(match.group()[:-len(name)] for text in texts for match in _COUNT_ATTRIBUTE.finditer(text)
                        if match.group("name") == name)
        _map(result, lambda text: renamed(text) if notation_of(text) == "plain" else text)
        result.notes.append(f"{receiver}{name} is subtracted from the parameters (w − {receiver}{name}, as a "
                            f"Gaussian prior's mean is), not logderiv's count of the examples {name}: read as a "
                            f"constant of its own, shown as {fresh}")


#: a count's letter alone added to or subtracted from a parameter (w - m, \theta_j - m, (w-m)^T P (w-m)), nothing
#: multiplying it (w - m*x keeps m a slope's): a prior's mean, as Gaussian priors write it
_OFFSET_COUNT_LETTER = patterns.compile(
    r"(?<![\w.\\])(?:\\?(?:theta|beta)|w|weights)(?:\s*_\s*(?:\{\s*[jk0-9]\s*\}|[jk0-9]))?\s*[-+]\s*"
    r"(?P<count>[mnN])(?=\s*(?:[)\]},+\-^]|\\right|$))"
    r"|(?<![\w.\\])(?P<before>[mnN])\s*-\s*(?:\\?(?:theta|beta)|w|weights)(?![A-Za-z(\[.])")


def _refuse_offset_count_letter(result: Respelled) -> None:
    """Refuse ``0.5 * np.sum(q * (w - m)**2)``: m subtracted from the weights is no count, yet m is read as one.

    logderiv reads m (n, N) as a count wherever it stands; beside the parameters it is a prior's mean (GELnet's
    (w - m)ᵀP(w - m), a Bayesian logistic regression's), and read as the count it was silently the number of
    examples. Whether the writer means the count is not said: refused at the letter, unless a --let defines it.
    """
    defined = {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None}
    for label, text in (("COST", result.cost), ("ANSWER", result.answer), *(("--let", let) for let in result.lets)):
        if not isinstance(text, str):
            continue
        found = _OFFSET_COUNT_LETTER.search(text)
        if found is None:
            continue
        letter = found.group("count") or found.group("before")
        if letter in defined:
            continue
        column = found.start("count") if found.group("count") else found.start("before")
        raise InputError(
            f"'{letter}' is added to or subtracted from the parameters here (a prior's mean, as in w − {letter}?), "
            f"but logderiv reads {letter} as a count: which one {letter} is, is not said",
            source=text, column=column, label=label,
            hint=f"name the mean another letter (mu), or define it with --let '{letter} = …'",
        )


def _self_attributes(result: Respelled, notation_of: _NotationOf) -> None:
    """``0.5 * self.lam * np.sum(w ** 2)``: ``self.NAME`` of a known quantity is that quantity (``self.`` dropped, noted).

    A private attribute ``self._theta`` is the quantity its name says, θ (``self._`` dropped):
    a class keeps its parameters so, and no text can write the attribute otherwise. JavaScript's and
    Java's ``this.NAME`` and a MATLAB classdef's ``obj.NAME`` are the same construct. An attribute that is not called is also the quantity
    NAME where NAME is read without the receiver: one letter (``self.c``, ``self.m``, read as the
    notation reads c and m) or a name another text of the problem writes bare (the cost's ``c`` beside
    the code's ``self.c``). A method called (``self.predict(X)``) is read only where a --let gives its
    body (:func:`_self_methods`) or it is the class's sigmoid; any attribute not known so leaves every
    text as it is (refused, with the plain reader's message).
    """
    stored = _stored_arguments(result, notation_of)
    texts = [text for text in _texts(result) if notation_of(text) == "plain"]
    receivers = {match.group("name"): match.group("receiver") for text in texts for match in _SELF.finditer(text)}
    names = set(receivers)
    if len({match.group("receiver") for text in texts for match in _SELF.finditer(text)}) > 1:
        # self.w beside obj.w (or this.w): a second receiver is another object (a MATLAB obj passed in, a previous
        # model), whose w need not be this one's — dropping both would make them one vector (audit41)
        return
    if not names or any(_METHOD_HEAD.match(text) for text in result.lets):
        return  # a method's body _self_methods did not read: its calls are not an attribute's value
    if {_public(name) for name in names} & _MATHEMATICAL_CONSTANTS:
        # self.e, self.pi: an object keeps no mathematical constant (code writes math.e, np.pi); its e is an ε, its
        # pi a mixing weight, and dropping self. read them as Euler's number and π (self.e ** z as e^z) (audit41)
        return
    if len({_public(name) for name in names}) != len(names):
        # self._theta beside self.theta: a private attribute and a public one (a property, a copy kept apart) of one
        # name may hold two values, as a private method beside its public name may (audit41)
        return
    if any({_public(match.group("name")) for match in _SELF.finditer(text) if match.group("name") not in stored}
           & set(_BARE_NAME.findall(text)) for text in texts):
        # self.X beside a bare X in one text: the object's data and a local (a batch, a test set) may differ, and
        # dropping self. would make them one matrix — np.sum((self.X @ w - y)**2) + np.sum(X @ w) (audit35)
        return
    defined = {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None}
    # --let "self.lbd = np.exp(self.X @ self.beta)": the attribute a method sets is a quantity the texts define
    defined |= {attribute.group("name") for name in defined if (attribute := _SELF.fullmatch(name))}
    # --let "self.n_samples, self.n_features = X.shape": the assignment settles both roles, X's rows and columns
    # (read once self. is dropped as n_samples, n_features = X.shape: _shape_unpacking)
    unpacked = [pair for text in result.lets if notation_of(text) == "plain"
                and (pair := _SHAPE_UNPACKING.fullmatch(_SELF.sub(lambda match: match.group("name"), text)))
                is not None and len(_SELF.findall(text)) == 2 and _SELF.match(text.strip()) is not None]
    shaped = {name for pair in unpacked for name in pair.group("rows", "columns")}
    defined |= shaped
    known = (vocab.FIXED_NAMES | vocab.WORDS | defined | set(vocab.LAMBDA_SPELLINGS) | vocab.CODE_WORDS
             | {"alpha", "b", "W", "bias"} | _DATA_ATTRIBUTES | set(_SIGMOID_METHODS) | set(_PARAMETER_WORDS)
             | _DATA_ATTRIBUTE_WORDS)
    # this.labels, self.targets: code's words for the targets, which _label_words reads as y where no text writes y
    known |= {name for name in names if _LABEL_WORD.fullmatch(_public(name))}
    called = {match.group("name") for text in texts for match in _SELF.finditer(text)
              if text[match.end():].lstrip().startswith("(")}
    # def activation(self, x): return x pasted beside self.activation(z): the method the call runs (read by
    # python_def, its self set aside), so the call is that function's; its name written nowhere else
    declined: dict[str, str] = {}
    methods = _pasted_methods(result, notation_of, called, declined)
    known |= methods
    # the names the texts write bare (a LaTeX cost's c, not its \frac): an attribute of one of them is it
    written = {name for text in _texts(result) for name in _WRITTEN_NAME.findall(text)}
    slips = _attribute_slips(names - called, known, names | written)
    known |= set(slips)
    unread = [name for name in names if not (name in known or _public(name) in known
                                              or name not in called and (len(_public(name)) == 1
                                                                         or _public(name) in written))]
    if unread:
        # self.predict(X), self.model: what the object holds is not in the texts — refused at that attribute
        _refuse_unread_attribute(result, notation_of, unread, called, declined)
        return

    def drop(match: re.Match[str]) -> str:
        name = match.group("name")
        if name in slips:
            return slips[name].rjust(len(match.group()))
        if name in _SIGMOID_METHODS:
            # self._sigmoid(z): the class's own sigmoid, named so; read as the sigmoid σ
            return " " * (len(match.group()) - len("sigmoid")) + "sigmoid"
        return name.rjust(len(match.group())) if name in known else _public(name).rjust(len(match.group()))

    # ML-From-Scratch's activation objects: self.sigmoid = Sigmoid(), called self.sigmoid.function(z)
    _map(result, lambda text: _SIGMOID_OBJECT.sub(lambda match: "sigmoid".rjust(len(match.group())), text)
         if notation_of(text) == "plain" else text)
    _map(result, lambda text: _SELF.sub(drop, text) if notation_of(text) == "plain" else text)
    attributes = sorted(names - set(_SIGMOID_METHODS) - set(slips) - methods)
    if attributes:
        shown = ", ".join(f"{receivers[name]}.{name}" for name in attributes)
        dropped = "/".join(sorted({f"{receivers[name]}." for name in attributes}))
        fitted = [name for name in attributes if name.endswith("_") and name.strip("_")]
        result.notes.append(f"{shown}: the object's attribute is the quantity itself ({dropped} dropped"
                            + (", and the trailing _ that marks an attribute set by fit, as scikit-learn's coef_"
                               if fitted else "") + ")"
                            + (f"; {', '.join(sorted(shaped & set(attributes)))}: set by unpacking the data's shape "
                               "(rows, columns), which settles their roles" if shaped & set(attributes) else ""))
    for name in sorted(methods):
        result.notes.append(f"{receivers[name]}.{name}(…) calls the class's method {name}, its def given by --let: "
                            f"read as that function {name}(…), the object {receivers[name]} set aside")
    for name in sorted(slips):
        result.notes.append(SLIP_NOTE.format(written=f"{receivers[name]}.{name}", word=slips[name]))
    for name in sorted(names & set(_SIGMOID_METHODS)):
        result.notes.append(f"{receivers[name]}.{name}(…) is the class's own sigmoid, as its name says: read as σ"
                            + (" (self.sigmoid.function(…) calls it as an activation object's method)"
                               if any(_SIGMOID_OBJECT.search(text) for text in texts) else ""))


def _refuse_unread_attribute(result: Respelled, notation_of: _NotationOf, unread: list[str], called: set[str],
                             declined: dict[str, str]) -> None:
    """Refuse at the first attribute the texts do not settle: ``self.predict(X)`` with no --let giving its body, or
    ``self.p``, whose role (the weights, the data, a count) its name does not say.

    The caret is at that attribute, not at the first ``self.`` (``self.weights`` beside it is read well enough);
    the message says which it is and how to give it.
    """
    for label, text in (("COST", result.cost), ("ANSWER", result.answer), *(("--let", let) for let in result.lets)):
        if not isinstance(text, str) or notation_of(text) != "plain":
            continue
        found = next((match for match in _SELF.finditer(text) if match.group("name") in unread), None)
        if found is None:
            continue
        receiver, name = found.group("receiver"), found.group("name")
        language = {"self": "Python", "this": "JavaScript or Java"}.get(receiver, "MATLAB (a classdef's obj)")
        written = f"{receiver}.{name}"
        if name in declined:
            why = f"{written}(…) calls a method of the class, and {declined[name]}"
            hint = f"give the method's body once, as --let 'def {name}(self, …): return …', and call it as {written}(…)"
        elif name in called:
            why = (f"{written}(…) calls a method of the class whose body no --let gives: what it returns is not in "
                   "the texts")
            hint = f"give the method's body: --let 'def {name}(self, …): return …' or --let '{name}(…) = …'"
        else:
            why = (f"{written} is not a quantity whose role the texts settle (the weights, the intercept, the data, "
                   "the labels, the penalty, a count)")
            hint = f"define it: --let '{written} = …', or write the quantity itself (w, b, X, y, lambda, m)"
        raise InputError(f"'{receiver}.' is {language} code inside a class: logderiv reads the quantities themselves, "
                         f"and {why}", source=text, column=found.start(), label=label, hint=hint)


#: a one-line def's parameters: act(z), f(a, b) — names only, as a def's are
_DEF_PARAMETERS = patterns.compile(r"\s*[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*\s*")
#: a Python method's def as a --let: def NAME(self, …): (self the object its calls are made on)
_METHOD_DEF = patterns.compile(r"\s*def\s+(?P<name>[A-Za-z_]\w*)\s*\(\s*self\s*,")


def _pasted_methods(result: Respelled, notation_of: _NotationOf, called: set[str],
                    declined: dict[str, str]) -> set[str]:
    """``self.activation(linear_output)`` beside ``--let 'def activation(self, x):\n    return x'`` (an ADALINE's
    identity activation): the call runs the method pasted beside, whose def python_def reads with its ``self`` set
    aside (its one-line form ``activation(x) = x`` once pasted code is read), so the call is the function of that
    name, its arguments put in by the front ends as for any function --let.

    Only a method called through the receiver, defined by exactly one such --let, and whose name no text writes
    otherwise (a bare ``activation(z)`` beside would be a module's function of that name, not the method). Returns
    the method names so read; ``declined`` gets, for a method whose def a --let gives but is not read, why not (so
    that its refusal does not say that no --let gives it).
    """
    def head_of(text: str) -> str | None:
        if notation_of(text) != "plain":
            return None
        if (found := _METHOD_DEF.match(text)) is not None:
            return found.group("name")
        found = _FUNCTION_HEAD.match(text)
        # act(z) = z, f(a, b) = …: a def's parameters are names; act(2*z) = z or act(X @ w) = … gives no function
        # whose arguments could be put in (read as the identity, act(z) was silently z where act(u) = u/2)
        if found is None or not _DEF_PARAMETERS.fullmatch(found.group("arguments")):
            return None
        return found.group("name")

    heads = [name for text in result.lets if (name := head_of(text)) is not None]
    read = set()
    for name in called & set(heads):
        if heads.count(name) != 1:
            declined[name] = "its def is given by more than one --let: which one the class runs is not said"
            continue
        if name in vocab.FUNCTIONS or name in _SIGMOID_METHODS:
            continue  # a method named as the notation's function (its own reader)
        bare = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
        if any(len(bare.findall(text)) > (1 if head_of(text) == name else 0) for text in _texts(result)):
            # activation(z) called bare too: a module's function beside the method, perhaps
            declined[name] = (f"{name} is also written without the object: a function of the module and the class's "
                              "method of that name may be two things, so its def is not read as the method's")
            continue
        read.add(name)
    for text in result.lets:
        found = _HELPER_HEAD.match(text) if notation_of(text) == "plain" else None
        if found is not None and found.group("name") in called - read and found.group("name") not in declined:
            # _act(z) = 2*z (a private method's one-line def), act(2*z) = z: a head that is not a def read here
            declined[found.group("name")] = (f"the --let {found.group('name')}({found.group('arguments').strip()}) "
                                             "= … is not read as the method's def (a def names its parameters, "
                                             "def NAME(self, x): or NAME(x) = …, and a private name is not read)")
    return read


#: a constructor's line that stores its argument under the same name: self.lambdaa = lambdaa, self._w = w
_STORED_ARGUMENT = patterns.compile(
    r"\s*(?P<receiver>self|this|obj)\.(?P<name>_{0,2}(?P<public>[A-Za-z][A-Za-z0-9_]*?)_?)\s*=(?!=)\s*"
    r"(?P=public)\s*(?:;\s*)?$")


def _stored_arguments(result: Respelled, notation_of: _NotationOf) -> set[str]:
    """``--let 'self.lambdaa = lambdaa'`` (ramonfigueiredo's __init__): the attribute holds the constructor's argument
    of its name, so it is that quantity; the let, NAME = NAME once ``self.`` is dropped, says nothing more (set
    aside, noted).

    Only a let whose value is the attribute's own name written bare (Python's leading and trailing underscores
    aside): the attribute and the name are then one value by the code itself, so :func:`_self_attributes` may drop
    ``self.`` even where a text writes both. The bare name keeps whatever other --let defines it (lambdaa=.1).
    Returns the attributes so stored, as written (``self.w = w`` says nothing of ``self.w_``, the fitted weights).
    """
    kept, stored = [], set()
    for text in result.lets:
        found = _STORED_ARGUMENT.match(text) if notation_of(text) == "plain" else None
        if found is None:
            kept.append(text)
            continue
        written = f"{found.group('receiver')}.{found.group('name')}"
        stored.add(found.group("name"))
        result.notes.append(f"--let {' '.join(text.split())} stores the argument {found.group('public')} in the "
                            f"object: {written} is {found.group('public')} itself, so the --let is not needed")
    result.lets = tuple(kept)
    return stored


#: the note for an attribute whose name is a known word with two neighbouring letters swapped
SLIP_NOTE = ("{written} is read as the attribute {word}: its name is {word} with two neighbouring letters swapped, and "
             "no text writes {word} or another attribute so spelled (a class that runs spells its attribute one way)")


def _attribute_slips(names: set[str], known: frozenset[str] | set[str], written: set[str]) -> dict[str, str]:
    """``self.bais`` → ``bias``: an attribute that is a known word of four letters or more with two neighbouring
    letters swapped, where no text writes that word.

    A class that runs spells its attribute the same way wherever it is used, so a slip of the hand in its
    name (parvvaresh's ridge class keeps its intercept as ``self.bais``) is that quantity throughout. Read
    only where the word itself appears nowhere (``self.bais`` beside ``self.bias`` may be two attributes)
    and only one word is one swap away, and no other attribute is one swap from that word too.
    """
    slips: dict[str, str] = {}
    for name in names:
        public = _public(name)
        if public in known or name in known:
            continue
        words = {swapped for k in range(len(public) - 1)
                 if (swapped := public[:k] + public[k + 1] + public[k] + public[k + 2:]) != public
                 and swapped in known and len(swapped) >= 4 and swapped.isalpha()}
        if len(words) == 1 and not words & written:
            slips[name] = words.pop()
    # self.wieghts beside self.weigths: two attributes of the class, not one word slipped twice (audit49)
    return {name: word for name, word in slips.items() if list(slips.values()).count(word) == 1}


def _public(name: str) -> str:
    """``_theta`` → ``theta``, ``w_`` → ``w``: an attribute's name without Python's leading underscores (private)
    or trailing ones (scikit-learn's mark of an attribute set by fit: ``coef_``, rasbt's Adaline ``self.w_``)."""
    return name.strip("_")


#: a class's method defined by a --let: ``self.y_hat(X, w) = np.dot(X, w)``, ``self.predict(X) = …``
_METHOD_HEAD = patterns.compile(
    r"\s*(?P<receiver>self|this|obj)\.(?P<name>[A-Za-z][A-Za-z0-9_]*)\s*\((?P<arguments>[^()]*)\)\s*(?==)")
#: a private method's head: self.__loss(h, y) = …, self._sigmoid(z) = …
_PRIVATE_METHOD_HEAD = patterns.compile(r"\s*(?:self|this|obj)\.(?P<name>_+[A-Za-z][A-Za-z0-9_]*)\s*\([^()]*\)\s*(?==)")


def _methods_named_as_functions(result: Respelled, notation_of: _NotationOf) -> None:
    """``self.sigmoid(z) = 1 / (1 + np.e**(-z))`` (a LogisticReg class): a method named as a function of the notation.

    Its name is a word the notation reads (sigmoid, log, exp): read as that word, the receiver dropped, so that the
    let is held against the word's own meaning where such lets are (σ written out is σ, noted; any other body is
    refused as a redefinition). Only where a --let gives the method's body and every call has that receiver.
    """
    names = {match.group("name"): match.group("receiver") for text in result.lets
             if (match := _METHOD_HEAD.match(text)) is not None and notation_of(text) == "plain"
             and match.group("name") in vocab.FUNCTIONS}
    for name, receiver in sorted(names.items()):
        call = patterns.compile(rf"(?<![\w.]){receiver}\.(?={re.escape(name)}\s*\()")
        _map(result, lambda text, call=call: call.sub(lambda match: " " * len(match.group()), text))  # type: ignore[misc]
        result.notes.append(f"read as code: {receiver}.{name}(…) is the class's method named {name}, read as the "
                            f"function {name} of the notation, which its --let is held to")


def _self_methods(result: Respelled, notation_of: _NotationOf) -> None:
    """``yhat = self.y_hat(X,w)`` with ``--let 'self.y_hat(X, w) = np.dot(X, w)'``: a method's call is its value (noted).

    The let gives the method's body for the arguments it names; a call with those same
    arguments (spaces aside) is that value, so the head and every call are read as the
    method's name, a name the --let defines. A call with other arguments would need the
    body's names substituted, and is left to the front ends (refused).
    """
    _methods_defined_bare(result, notation_of)
    _functions_called_as_defined(result, notation_of)
    _private_methods(result, notation_of)
    _methods_named_as_functions(result, notation_of)
    heads = {}
    for text in result.lets:
        match = _METHOD_HEAD.match(text)
        if match is not None and notation_of(text) == "plain":
            heads[match.group("name")] = (text, match.group("arguments").strip(), match.group("receiver"))
    if not heads:
        return
    calls = {name: patterns.compile(rf"(?<![\w.]){receiver}\.{re.escape(name)}\s*\((?P<arguments>[^()]*)\)")
             for name, (_, _, receiver) in heads.items()}
    for name, (head, arguments, receiver) in heads.items():
        used = [match for text in _texts(result) if text is not head for match in calls[name].finditer(text)]
        if any(re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", text) for text in _texts(result)):
            return  # the name written apart too: the method and a quantity of that name may be two things
        # self.logistic(np.dot(X, self.w)): a call whose argument holds brackets is a call with other arguments
        nested = [text for text in _texts(result) if text is not head
                  for match in re.finditer(rf"(?<![\w.]){receiver}\.{re.escape(name)}\s*\(", text)
                  if calls[name].match(text, match.start()) is None]
        if not used and not nested:
            return
        if nested or any(_unspaced(match.group("arguments")) != _unspaced(arguments) for match in used):
            _methods_as_functions(result, heads)
            return

    def change(text: str) -> str:
        for name, pattern in calls.items():
            text = pattern.sub(lambda match: name.rjust(len(match.group())), text)
        return text

    _map(result, change)
    for name, (head, arguments, receiver) in sorted(heads.items()):
        result.notes.append(f"{receiver}.{name}({arguments}) is the class's method, its body given by --let: a call with "
                            f"the same arguments is that value, read as the name {name}")


def _methods_as_functions(result: Respelled, heads: dict[str, tuple[str, str, str]]) -> None:
    """``self.sigmod(g)`` beside ``--let "self.sigmod(X) = 1/(1+np.exp(-X))"``: a method called with other arguments
    than its head's is the function its --let defines, read without ``self.`` (noted).

    flashgene's class calls its sigmoid method on g = np.dot(X, self.W): a method's body is a function of its
    parameters, as any function a --let defines, and the functions' reader puts each call's arguments in (and
    refuses a call whose body reaches a parameter only through another --let). Only where one receiver defines
    every method (self., never also obj.), no name of a method is a function logderiv knows or is written without
    the receiver (checked by :func:`_self_methods`), and every call of each method is in the texts' code.
    """
    receivers = {receiver for _, _, receiver in heads.values()}
    if len(receivers) != 1 or any(name in vocab.FUNCTIONS or name in vocab.WORDS or name in vocab.FIXED_NAMES
                                  for name in heads):
        return
    receiver = receivers.pop()
    call = patterns.compile(rf"(?<![\w.$]){receiver}\.(?P<name>{'|'.join(map(re.escape, heads))})(?=\s*\()")
    _map(result, lambda text: call.sub(lambda match: match.group("name").rjust(len(match.group())), text))
    for name, (head, arguments, _) in sorted(heads.items()):
        result.notes.append(f"{receiver}.{name}({arguments}) is the class's method, its body given by --let, called "
                            f"with other arguments: read as the function {name}({arguments}), each call's arguments "
                            "put in")


def _private_methods(result: Respelled, notation_of: _NotationOf) -> None:
    """``self.__loss(h, y)`` with ``--let 'self.__loss(h, y) = …'``: a private method is read by its name without
    Python's leading underscores, ``self.loss(h, y)``, as any method whose body a --let gives (noted by
    :func:`_self_methods`, which reads it).

    Only a method a --let defines (its head), in code, where no text writes the public name as well (``loss``
    beside ``self.__loss``: two things, perhaps) and no two private methods share it (``_loss`` and ``__loss``).
    A method named as a function of the notation (``self.__sigmoid(z) = 1 / (1 + np.exp(-z))``) is that
    function as the --let defines it, ``sigmoid(z) = …``, and each call ``sigmoid(z)`` (a let of the
    name alone would redefine a word of the notation).
    """
    private = [match.group("name") for text in result.lets if notation_of(text) == "plain"
               and (match := _PRIVATE_METHOD_HEAD.match(text)) is not None]
    for name in dict.fromkeys(private):
        public = _public(name)
        if sum(1 for other in private if _public(other) == public) != 1 or \
                any(re.search(rf"(?<![\w\\]){re.escape(public)}(?!\w)", text) for text in _texts(result)):
            continue
        method = patterns.compile(rf"(?<![\w.$])(?P<receiver>self|this|obj)\.{re.escape(name)}(?=\s*\()")
        function = public in vocab.FUNCTIONS
        if function and any(_PRIVATE_METHOD_HEAD.match(text) is None and method.search(text) is None
                            and re.search(rf"(?<![\w.]){re.escape(public)}\s*\(", text) for text in _texts(result)):
            continue  # sigmoid(…) called bare too: the notation's σ there, the class's here
        receiver = next(found.group("receiver") for text in result.lets if (found := method.search(text)))
        _map(result, lambda text, method=method, public=public, function=function: method.sub(  # type: ignore[misc]
            lambda found: (public if function else f"{found.group('receiver')}.{public}").rjust(len(found.group())),
            text) if notation_of(text) == "plain" else text)
        if function:
            result.notes.append(f"{receiver}.{name}(…) is the class's own {public}, its body given by --let: read as "
                                f"the function {public} the --let defines")
        else:
            result.notes.append(f"{receiver}.{name}(…) is a private method (Python's leading underscores): read by its "
                                f"name, {receiver}.{public}(…)")


#: a function defined by a --let: ``predict(X) = (X @ self.W) + self.b`` (the body of ``def predict(self, X)``)
_FUNCTION_HEAD = patterns.compile(r"\s*(?P<name>[A-Za-z][A-Za-z0-9_]*)\s*\((?P<arguments>[^()]*)\)\s*(?==)")
#: such a head, or a Python helper's with its private name: _mu(X, y, w, b) = …
_HELPER_HEAD = patterns.compile(r"\s*(?P<name>_{0,2}[A-Za-z][A-Za-z0-9_]*)\s*\((?P<arguments>[^()]*)\)\s*(?==)")


def _methods_defined_bare(result: Respelled, notation_of: _NotationOf) -> None:
    """``Y_pred = self.predict(X)`` with ``--let 'predict(X) = (X @ self.W) + self.b'``: the call is of that method (noted).

    A let copied from ``def predict(self, X):`` names the method without ``self``; where the
    texts call it only as ``self.predict(…)``, with the let's own arguments, the call is
    that let's value, and ``self.`` is dropped from it. Another argument list, or the name
    called without ``self.`` as well, is left to the front ends (refused as before).
    """
    lets = [text for text in result.lets if notation_of(text) == "plain"]
    for head in lets:
        match = _FUNCTION_HEAD.match(head)
        if match is None:
            continue
        name, arguments = match.group("name"), match.group("arguments").strip()
        call = patterns.compile(rf"(?<![\w.])self\.{re.escape(name)}\s*\((?P<arguments>[^()]*)\)")
        used = [found for text in _texts(result) if text is not head for found in call.finditer(text)]
        if not used or any(_unspaced(found.group("arguments")) != _unspaced(arguments) for found in used):
            continue
        bare = re.compile(rf"(?<![\w.]){re.escape(name)}\s*\(")
        if any(bare.search(text) for text in _texts(result) if text is not head) or \
                any(notation_of(text) != "plain" for text in _texts(result) if call.search(text)):
            continue  # the function called apart too, or in LaTeX: which one a call means is not said
        _map(result, lambda text, call=call, name=name: call.sub(  # type: ignore[misc]
            lambda found: (name + found.group()[found.group().index("("):]).rjust(len(found.group())), text))
        result.notes.append(f"self.{name}({arguments}) calls the class's method {name}, its body given by --let "
                            f"{name}({arguments}) = …: read as that call (self. dropped)")


#: the quantities a function let of the front ends may take: h(X, theta), f(w, b, x)
_NOTATION_ARGUMENTS = vocab.FIXED_NAMES | vocab.PARAMETER_VECTORS | {vocab.DATA_MATRIX, "b", "W", "Y"}


def _functions_called_as_defined(result: Respelled, notation_of: _NotationOf) -> None:
    """``preds = logistic_predictions(weights, inputs)`` with the let ``logistic_predictions(weights, inputs) = …``.

    A function of several arguments (JAX's quickstart) that every text calls with its own
    parameters, written the same, is one value: the let's body as it stands. The head and
    each call are read as the function's name (noted). A call with other arguments would
    need them substituted, and is left to the front ends (refused as before); a function of
    one argument, or of the notation's own quantities (h(X, theta)), is read by the front
    ends already.
    """
    heads = [(text, match) for text in result.lets if (match := _HELPER_HEAD.match(text)) is not None]
    for head, match in heads:
        if notation_of(head) != "plain":
            continue
        name, arguments = match.group("name"), match.group("arguments")
        if "," not in arguments or name in vocab.FUNCTIONS or name in vocab.WORDS or name == "self":
            continue
        parameters = [part.strip() for part in arguments.split(",")]
        if not all(_IDENTIFIER.fullmatch(part) for part in parameters):
            continue
        if all(part in _NOTATION_ARGUMENTS for part in parameters) and not set(parameters) & {"y", "Y", "b"}:
            # h(X, theta) = …: the front ends read a function of the notation's own quantities; one of the labels or
            # the intercept too (ericboris's _mu(X, y, w, b)) is code's helper, whose body is read here as it stands
            continue
        call = patterns.compile(rf"(?<![\w.]){re.escape(name)}\s*\((?P<arguments>[^()]*)\)")
        others = [text for text in _texts(result) if text is not head]
        used = [found for text in others for found in call.finditer(text)]
        if not used or any(_unspaced(found.group("arguments")) != _unspaced(arguments) for found in used):
            continue
        if any(notation_of(text) != "plain" for text in others if call.search(text)):
            continue
        if sum(1 for _, other in heads if other.group("name") == name) != 1:
            continue  # defined twice: which body a call means is not said
        _map(result, lambda text, call=call, name=name: call.sub(  # type: ignore[misc]
            lambda found: name.rjust(len(found.group())), text))
        result.notes.append(f"{name}({arguments.strip()}) is only ever called with its own arguments: each call is the "
                            f"--let's value, read as the name {name}")


#: MATLAB's full(A): A's values stored densely (of a sparse result); not NumPy's np.full(shape, value)
_MATLAB_FULL = patterns.compile(r"(?<![\w.])full\s*\(")
MATLAB_FULL_NOTE = ("read as MATLAB: full(A) only stores A densely (A may be sparse): its values are A's, read as "
                    "A")


def _matlab_full(result: Respelled, notation_of: _NotationOf) -> None:
    """``full(X' * (exp(X * w) - y))``: MATLAB's full of one argument is its argument, ``(X' * (…))`` (noted).

    A MATLAB unit test computes its expected gradient from a sparse X and calls full() to compare dense
    arrays: full changes how the values are stored, never a value. Read only with one argument, closed in the
    text, where no --let defines a full of its own; NumPy's ``np.full(shape, value)`` (after a dot) is another
    function and is left as it is. The name becomes spaces, so every column stays.
    """
    if any((sides := _let_sides(text)) is not None and re.match(r"full\b", sides[0]) for text in result.lets):
        return  # --let "full(v) = …": the texts' own function

    def change(text: str) -> str:
        if notation_of(text) != "plain":
            return text
        for match in reversed(list(_MATLAB_FULL.finditer(text))):
            closer = closing(text, match.end() - 1)
            if closer is None or any(text[k] == "," and _depth(text, match.end(), k) == 0
                                     for k in range(match.end(), closer)):
                continue  # full(a, b) or unclosed: no call of MATLAB's full, left to be refused
            text = text[:match.start()] + " " * (match.end() - 1 - match.start()) + text[match.end() - 1:]
            if MATLAB_FULL_NOTE not in result.notes:
                result.notes.append(MATLAB_FULL_NOTE)
        return text

    _map(result, change)


#: Octave's row j of Xᵀ: X'(j,:), X'(1,:) (yhyap's costFunctionReg.m)
_TRANSPOSED_ROW = patterns.compile(r"(?<![\w.])X'\(\s*(?P<index>[jkl]|[1-9][0-9]?)\s*,\s*:\s*\)")
TRANSPOSED_ROW_NOTE = "read as Octave: X'({index},:) is row {index} of Xᵀ, column {index} of X transposed: X(:,{index})'"


def _transposed_rows(result: Respelled, notation_of: _NotationOf) -> None:
    """``X'(j,:)*h``: Octave's row j of Xᵀ is column j of X transposed, respelled ``X(:,j)'`` (noted).

    The readers take column j of X as ``X(:, j)`` (feature j of every example); Octave indexes the transpose
    as it indexes any matrix, so row j of ``X'`` is that column as a row. The respelling has the same length
    (padded with spaces), so every column stays. Only a feature index or a number, in plain text.
    """
    def change(text: str) -> str:
        if notation_of(text) != "plain":
            return text
        for match in _TRANSPOSED_ROW.finditer(text):
            spelled = f"X(:,{match.group('index')})'"
            text = text[:match.start()] + spelled.ljust(len(match.group(0))) + text[match.end():]
            note = TRANSPOSED_ROW_NOTE.format(index=match.group("index"))
            if note not in result.notes:
                result.notes.append(note)
        return text

    _map(result, change)


def _depth(text: str, start: int, stop: int) -> int:
    """How many brackets opened in ``text[start:stop]`` are still open at ``stop``."""
    depth = 0
    for char in text[start:stop]:
        depth += char in "([{"
        depth -= char in ")]}"
    return depth


def _function_locals(result: Respelled, notation_of: _NotationOf) -> None:
    """``sigmoid(X) = d`` beside ``d = 1.0 / den`` and ``den = 1.0 + e ** (-1.0 * X)``: a function's local names.

    A gist's ``def sigmoid(X): den = 1.0 + e ** (-1.0 * X); d = 1.0 / den; return d`` pasted as lets: the
    function's body names what its own lines assign, and in Python those lines' X is the parameter. A name a
    function's body uses that one plain --let defines and no text outside the function's lines writes is such a
    local: its value is put in the body, bracketed, as far as the chain goes, and its let dropped (noted). Only
    where the body does not write its parameters itself and the lines do: a function that reaches its parameter
    only through those lines has them as its own (read as globals, it would ignore its parameter). A name
    another text writes too (the cost's d), defined twice, or the parameter's own name is no local, and stays
    as it was: the function is then read (or refused) as before.
    """
    lets = list(result.lets)
    sides = {k: found for k, text in enumerate(lets)
             if notation_of(text) == "plain" and (found := _let_sides(text)) is not None}
    for position, text in enumerate(lets):
        head = _FUNCTION_HEAD.match(text) if position in sides else None
        if head is None:
            continue
        parameters = {part.strip() for part in head.group("arguments").split(",")}
        body = sides[position][1]
        chain: dict[int, str] = {}  # the locals' lets, by position: their names
        pending = [body]
        while pending:
            for name in set(_BARE_NAME.findall(pending.pop())):
                defining = [k for k, (left, _) in sides.items() if left == name and k != position]
                if len(defining) != 1 or name in parameters or defining[0] in chain:
                    continue
                chain[defining[0]] = name
                pending.append(sides[defining[0]][1])
        outside = [other for k, other in enumerate(lets) if k != position and k not in chain]
        outside += [other for other in (result.cost, result.answer) if other is not None]
        locals_ = {k: name for k, name in chain.items() if not any(_word_spans(other, name) for other in outside)}
        if not locals_ or len(locals_) != len(chain):
            continue  # a name of the chain another text writes: the lines are no function's own, left as they are
        if any(_word_spans(body, name) for name in parameters) or not any(
                _word_spans(sides[k][1], name) for k in locals_ for name in parameters):
            # f(X) = d, d = 2*X is a function of X only through its lines; a body that writes its parameter itself,
            # or lines that never write it (g = np.dot(X, W) beside output(z) = sigmod(g)), may as well be globals
            continue

        def put_in(value: str, depth: int = 0) -> str:
            if depth >= len(locals_):
                return value  # (a chain that names itself is not followed round)
            for k, name in locals_.items():
                if _word_spans(value, name):
                    inner = "(" + put_in(sides[k][1], depth + 1) + ")"
                    value = re.sub(rf"(?<![\w.]){re.escape(name)}(?!\w)", lambda _: inner, value)
            return value

        equals = text.index("=", head.end() - 1)
        lets[position] = text[:equals + 1] + " " + put_in(body)
        result.lets = tuple(let for k, let in enumerate(lets) if k not in locals_)
        shown = ", ".join(lets[k].strip() for k in sorted(locals_))
        result.notes.append(f"{text.strip()} with {shown}: {', '.join(locals_[k] for k in sorted(locals_))} are the "
                            f"function's own local names (no other text writes them), put in its body: "
                            f"{lets[position].strip()}")
        return


def _unspaced(text: str) -> str:
    return "".join(text.split())


#: a Python private name: _sigmoid, _cross_entropy_loss (a leading underscore, not after a name, '.' or ')')
_PRIVATE = patterns.compile(r"(?<![\w.)\]}\\])_(?P<name>[A-Za-z][A-Za-z0-9_]*)")


#: a --let that defines a private name: _mu(X, y, w, b) = …, _mu = …
_PRIVATE_LET_HEAD = patterns.compile(r"\s*_(?P<name>[A-Za-z][A-Za-z0-9]*)\s*(?:\([^()=]*\)\s*)?=(?!=)")


#: the notation's names code prefixes with my (kaleko's CourseraML ports: myX, myy, mytheta, mylambda, myh)
_MY_PREFIXED = patterns.compile(r"(?<![\w.])my_?(?P<name>X|y|theta|lambda|h)(?!\w)")
#: of those, the data a --let or line of code never defines: read as the notation's own letters
_MY_DATA = ("X", "y")


def _my_prefixed_data(result: Respelled, notation_of: _NotationOf) -> None:
    """``np.log(myh).dot(-myy.T)``, ``m = myX.shape[0]`` beside ``mytheta``, ``mylambda``: code that names the notation's
    quantities my + the letter names the data matrix myX and the labels myy: read as X and y (noted).

    Only in code (every text that writes such a name plain), where the prefix is the code's convention (at least
    two of the notation's names carry it, myX beside mytheta), no text writes the bare letter (X beside myX may be
    two matrices), no --let gives the name a value, and the name is taken whole (myX.T, myX.shape[0], never myX[i]).
    Before the count lets are read, so m = myX.shape[0] is the number of X's rows, the examples. mytheta is the
    parameter vector --wrt asks for, and mylambda a spelling of λ (vocabulary.LAMBDA_SPELLINGS): read by theirs.
    """
    texts = _texts(result)
    prefixed = {match.group("name") for text in texts for match in _MY_PREFIXED.finditer(text)}
    if len(prefixed) < 2 or any(notation_of(text) != "plain" and _MY_PREFIXED.search(text) for text in texts):
        return
    defined = {sides[0].strip() for text in result.lets if (sides := _let_sides(text)) is not None}
    read = []
    for letter in _MY_DATA:
        names = {match.group() for text in texts for match in _MY_PREFIXED.finditer(text) if match.group("name") == letter}
        if len(names) != 1:
            continue  # none, or myX beside my_X: one name or two is not said
        name = names.pop()
        if name in defined or any(_letter_spans(text, False, letter) or _word_spans(text, letter) for text in texts):
            continue
        whole = _transposed_or_whole(name)
        if any(len(_word_spans(text, name)) != len(whole.findall(text)) for text in texts) or \
                _assigned(texts, result.lets, name):
            continue
        _map(result, functools.partial(_respelled_word, word=name, letter=letter))
        result.renamed[name] = letter
        read.append((name, letter))
    if read:
        shown = " and ".join(name for name, _ in read)
        letters = " and ".join(letter for _, letter in read)
        result.notes.append(f"{shown} {'is' if len(read) == 1 else 'are'} the code's own name{'s' if len(read) > 1 else ''} "
                            f"of {letters} (it prefixes the notation's names with my: "
                            f"{', '.join(sorted({'my' + name for name in prefixed}))}): read as {letters}")


def _private_names(result: Respelled, notation_of: _NotationOf) -> None:
    """``_sigmoid(z)``, ``_cross_entropy_loss(y_pred, Y_label)``: Python's private names, read without the ``_``.

    A leading underscore marks a module's helper in Python; in plain notation it would
    start a subscript with nothing before it. Only in code (plain texts), for names of at
    least three letters after the ``_`` that no text also writes without it (then the two
    could be two quantities, and nothing is read): ``_sigmoid`` is the sigmoid σ, any
    other the name itself. Each reading is noted.
    """
    texts = _texts(result)
    found = {match.group("name") for text in texts if notation_of(text) == "plain"
             for match in _PRIVATE.finditer(text)}
    # _lambda is code's λ (lambda a keyword), read by _lambda_spellings; names of the notation keep their readings
    # a name of two letters is a private name where a --let defines it (ericboris's _mu(X, y, w, b) = …): a short
    # one elsewhere may be a subscript written with a space before it (x _ij)
    defined = {head.group("name") for text in result.lets if notation_of(text) == "plain"
               and (head := _PRIVATE_LET_HEAD.match(text)) is not None}
    found = {name for name in found if (len(name) >= 3 or len(name) == 2 and name in defined)
             and not name.endswith("_") and "_" + name not in vocab.LAMBDA_SPELLINGS and name not in vocab.FIXED_NAMES}
    if not found or any(notation_of(text) != "plain" and "_" + name in text for text in texts for name in found):
        return
    for name in sorted(found):
        if any(re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", text) for text in texts):
            # sigmoid and _sigmoid both written: maybe two functions, so neither is read as the other
            text = next(text for text in texts if notation_of(text) == "plain" and any(
                match.group("name") == name for match in _PRIVATE.finditer(text)))
            column = next(match.start() for match in _PRIVATE.finditer(text) if match.group("name") == name)
            raise InputError(f"'_{name}' and '{name}' are both written: Python's private helper and the public "
                             "name may be two things, so neither is read as the other", source=text, column=column,
                             hint=f"write {name} for both if they are one",
                             label=_label(result, text))

    def change(text: str) -> str:
        if notation_of(text) != "plain":
            return text
        return _PRIVATE.sub(lambda match: (" " + match.group("name")) if match.group("name") in found
                            else match.group(), text)

    _map(result, change)
    for name in sorted(found):
        if name == "sigmoid":
            result.notes.append("_sigmoid(…) is the code's own sigmoid, as its name says: read as σ "
                                "(a leading '_' marks a Python helper)")
        else:
            result.notes.append(f"_{name} is Python's private name {name} (a leading '_' marks a helper, "
                                "not a subscript)")


#: code's names of the targets: y_true, Y_label (the labels the prediction is compared with)
#: (y_train, test_y: the labels of the split the code computes the cost on)
#: (trekhleb's labels, Julia's yvec: the same targets under code's other names)
#: (statistics' outcome, outcomes: an R package's name of the response, f70's logit solver)
_LABEL_WORD = patterns.compile(r"(?<![\w.])(?:[yY]_(?:true|label|labels|actual|train|test)|(?:train|test)_[yY]|targets?|labels|yvec"
                               r"|outcomes?)"
                               r"(?![\w(\[])")


#: how the note of code's name of the targets read as y ends (after the name)
LABEL_WORD_NOTE = " is code's name of the targets: read as y, the labels"


def _label_words(result: Respelled, notation_of: _NotationOf) -> None:
    """``np.mean((y_pred - y_true) ** 2)``: code's name of the targets is y, the labels (noted).

    Only in plain texts, where no --let defines the name and no text writes y (or Y) itself:
    then the name and y cannot be two quantities.
    """
    texts = _texts(result)
    if not any(_LABEL_WORD.search(text) for text in texts):
        return
    if any(notation_of(text) != "plain" and _LABEL_WORD.search(text) for text in texts):
        return
    # a LaTeX formula's y beside code's Y_label is one quantity, the targets, written once in each notation; a y in
    # the code itself would be a second one
    if any(_letter_spans(text, False, letter) for text in texts if notation_of(text) == "plain" for letter in "yY"):
        return
    if any((sides := _let_sides(text)) is not None and _LABEL_WORD.fullmatch(sides[0]) for text in result.lets):
        return
    if any(not _LABEL_WORD.fullmatch(match.group()) for text in texts for match in _TRAINING_TARGETS.finditer(text)):
        # yTrain (yTr) beside labels: the reader of code reads yTrain as y, and labels would be a second y — one y or
        # two quantities is not said (audpyloop37), as y_train beside labels is not; left unread
        return
    found: set[str] = set()

    def change(text: str) -> str:
        for match in reversed(list(_LABEL_WORD.finditer(text))):
            found.add(match.group())
            text = _replace_at(text, [match.start()], match.group(), "y")
        return text

    _map(result, change)
    if len(found) > 1:
        raise InputError(f"{' and '.join(sorted(found))} are two names of code for the targets: one y or two "
                         "quantities is not said", source=result.cost or "", column=None,
                         hint="write y for the targets")
    result.notes.append(f"{found.pop()}{LABEL_WORD_NOTE}")


#: Y taken whole: not indexed, called or given a subscript (Y[0], Y(1), Y_1 may be an entry or a matrix's column)
_WHOLE_Y = patterns.compile(r"(?<![\w.])Y(?![\w(\[])")


def _capital_labels(result: Respelled, notation_of: _NotationOf) -> None:
    """``np.sum(Y_hat - Y)`` beside ``X.dot(w)``: code's labels in a capital, the data matrix X's, are y (noted).

    A matrix answer already reads Y beside X as y; an answer summed over the examples
    reads it here. Only in code (every text that writes Y plain), where every Y is taken
    whole, no text but the cost writes y (and the cost not both), no --let defines Y, and some text multiplies X by the
    parameter vector on its right (X m×n, so Y is the m×1 column of the labels; in
    DeepLearning.AI's layout Y is a row, and is left to the front ends).
    """
    texts = _texts(result)
    if not any(_letter_spans(text, False, "Y") for text in texts if notation_of(text) == "plain"):
        return
    if any(notation_of(text) != "plain" and _letter_spans(text, True, "Y") for text in texts):
        return
    if any(_letter_spans(text, notation_of(text) == "latex", "y") for text in texts if text is not result.cost):
        return  # y and Y both in the answer: two quantities, or one? (the cost's y is the labels the answer's Y names)
    if result.cost is not None and _letter_spans(result.cost, notation_of(result.cost) == "latex", "y") and \
            _letter_spans(result.cost, notation_of(result.cost) == "latex", "Y"):
        return
    if any((sides := _let_sides(text)) is not None and sides[0] == "Y" for text in result.lets):
        return
    if any(len(_letter_spans(text, False, "Y")) != len(_WHOLE_Y.findall(text)) for text in texts):
        return
    if not _rows_layout(result, ""):
        return
    _map(result, lambda text: _WHOLE_Y.sub("y", text))
    result.notes.append("Y is read as y, the m×1 vector of labels (the data matrix X's capital, as code writes it "
                        "beside X times the weights)")


#: a parameter named ``name`` times the one feature x, as a pattern's source (b1 * x, slope * x, x * slope); the
#: times sign × of a comment's formula too (f82's '# ŷ = weight × x + bias', the code's weight * x written out)
_SLOPE_TIMES_X_TEXT = r"(?<![\w.]){name}\s*[*×]\s*x(?![\w(\[])|(?<![\w.])x\s*[*×]\s*{name}(?![\w(\[])"


_BIAS = patterns.compile(r"(?<![\w.])bias(?![\w(\[])")


def _bias_word(result: Respelled, notation_of: _NotationOf) -> None:
    """``np.dot(X, weights) + bias``: code's bias is the intercept b of the linear model (noted).

    Only in code (every text that writes it plain), when no plain text writes b itself and no
    --let defines bias: then bias and b cannot be two quantities. A LaTeX text's b is the same
    intercept in the notes' letter: a code answer (``y_pred = X @ self.weights + self.bias``) graded
    against a cost in LaTeX (``\\hat{y}_i = w \\cdot x_i + b``) names one model's intercept two ways, since
    a class keeps one intercept and LaTeX has no word for it but a letter.
    """
    texts = _texts(result)
    if not any(_BIAS.search(text) for text in texts):
        return
    if any(notation_of(text) != "plain" and _BIAS.search(text) for text in texts):
        return
    if any(_letter_spans(text, False, "b") for text in texts if notation_of(text) == "plain"):
        return  # np.dot(X, w) + b + bias: code that writes both may keep two quantities
    latex_b = [(text, at) for text in texts if notation_of(text) == "latex" for at in _letter_spans(text, True, "b")]
    if not all(_summand(text, at) or _cost_argument(text, at) for text, at in latex_b):
        return  # \frac{b}{2}\|w\|^2, b \sum_j w_j^2: a LaTeX b that is no intercept added to w·x may be another quantity
    if not all(_summand(text, at) for text, at in latex_b) and not all(
            _word_added(text, found.span()) for text in texts for found in _BIAS.finditer(text)):
        return  # J(w, b) beside sigmoid(bias * (X @ w)): the head's b says no intercept, and code's bias is none
    if any((sides := _let_sides(text)) is not None and sides[0] == "bias" for text in result.lets):
        return
    _map(result, lambda text: _BIAS.sub("   b", text))
    result.renamed["bias"] = "b"
    result.notes.append("bias is code's name for the intercept b of the linear model: read as b"
                        + (" (the LaTeX text's b)" if latex_b else ""))


#: the word slope times the one feature x (slope * x, x * slope), and the word intercept added (+ intercept, intercept +)
_SLOPE_WORD_TIMES_X = patterns.compile(_SLOPE_TIMES_X_TEXT.format(name="slope"))
#: the word weight (singular) times the one feature x: a Korean PyTorch book's y_hat = weight * x + bias (f82)
_WEIGHT_WORD_TIMES_X = patterns.compile(_SLOPE_TIMES_X_TEXT.format(name="weight"))
#: the word times x summed on its own: np.sum(weight * x), sum(x * slope), (weight * x).sum() — a dot product of two
#: vectors for one example, the word naming a vector of features (a scalar slope times the one feature summed would
#: add the examples' predictions, which makes no model)
_SUMMED_WHOLE_TEXT = (r"(?<![\w])(?:(?:np|numpy|torch)\.)?sum\(\s*(?P<open>\(\s*)?(?:{name}\s*\*\s*x|x\s*\*\s*{name})\s*"
                      r"(?(open)\)\s*)[,)]"
                      r"|\(\s*(?:{name}\s*\*\s*x|x\s*\*\s*{name})\s*\)\s*\.sum\(")
_SUMMED_WHOLE = {word: patterns.compile(_SUMMED_WHOLE_TEXT.format(name=word)) for word in ("slope", "weight")}
_INTERCEPT_ADDED = patterns.compile(r"\+\s*intercept(?![\w(\[.])|(?<![\w.])intercept\s*\+")


def _slope_intercept_words(result: Respelled, notation_of: _NotationOf) -> None:
    """``predicted = slope * x + intercept`` (Data Science from Scratch's linear_gradient): the line's slope and
    intercept are the one-feature model's weight w and intercept b (noted); ``--wrt slope`` follows.

    Only in code (every text that writes the word plain), where the word stands as the line has it (slope times the
    one feature x; intercept added), no --let defines it, and no text writes the letter it becomes (w beside slope
    may be another weight, b beside intercept another intercept). Otherwise the word stays, refused as unknown.
    """
    defined = {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None}
    for word, letter, line in (("slope", "w", _SLOPE_WORD_TIMES_X), ("weight", "w", _WEIGHT_WORD_TIMES_X),
                               ("intercept", "b", _INTERCEPT_ADDED)):
        # the texts as the words before left them: slope already read as w is a w that weight must not join
        texts = _texts(result)
        writers = [text for text in texts if _word_spans(text, word)]
        if not writers or any(notation_of(text) != "plain" for text in writers) or word in defined:
            continue
        if not any(line.search(text) for text in writers):
            continue
        if word == "weight" and sum(len(_word_spans(text, word)) for text in texts) != sum(
                len(line.findall(text)) for text in texts):
            # weight * x beside np.dot(X, weight) or weight[j]: a vector somewhere, so not the one feature's slope
            continue
        if word in _SUMMED_WHOLE and any(_SUMMED_WHOLE[word].search(text) for text in texts):
            # y_hat = np.sum(weight * x) + bias, np.sum(slope * x): the word·x, two vectors of one example, not the
            # one feature's slope
            continue
        if any(_letter_spans(text, notation_of(text) == "latex", letter) for text in texts):
            continue
        _map(result, functools.partial(_respelled_word, word=word, letter=letter))
        result.renamed[word] = letter
        result.notes.append(f"{word} is code's name for the line's {'slope' if letter == 'w' else 'intercept'} "
                            f"({f'{word} * x' if letter == 'w' else '… + intercept'}): read as {letter}, the "
                            f"{'weight of the one feature x' if letter == 'w' else 'intercept b of the linear model'}")


def _respelled_word(text: str, word: str, letter: str) -> str:
    """``text`` with the name ``word`` written ``letter`` wherever it stands (padded: columns keep)."""
    return _replace_at(text, _word_spans(text, word), word, letter)


#: a cost's head that lists its parameters, J(w, b) = …, \mathcal{L}(w, b) = … (the list at group "arguments")
_COST_ARGUMENTS_HEAD = patterns.compile(
    r"\s*(?:\\mathcal\s*\{\s*[A-Z]\s*\}|\\mathcal\s*[A-Z]|[A-Z])\s*\((?P<arguments>[^()=]*)\)\s*=(?!=)")


def _cost_argument(text: str, at: int) -> bool:
    """Whether the letter at ``at`` is one of the parameters a cost's head lists, the b of ``J(w, b) = …``.

    The head names what the cost is a function of, as Ng's J(w, b) does its weights and intercept: that b is
    the model's intercept, not a quantity of its own.
    """
    head = _COST_ARGUMENTS_HEAD.match(text)
    return head is not None and head.start("arguments") <= at < head.end("arguments")


def _word_added(text: str, span: tuple[int, int]) -> bool:
    """Whether the word at ``span`` stands added alone, as an intercept does: ``X @ w + bias``, ``bias + X @ w``."""
    start, end = span
    return _summand(text[:start] + "b" + text[end:], start)


def _summand(text: str, at: int) -> bool:
    """Whether the letter at ``at`` stands added alone, as an intercept does: ``w \\cdot x_i + b``, ``b + w^T x``."""
    before, after = text[:at].rstrip(), text[at + 1:].lstrip()
    ends = not after or after[0] in "+-)}]" or after.startswith("\\right")
    starts = not before or before[-1] in "({[="
    return (before.endswith(("+", "-")) and ends) or (after.startswith(("+", "-")) and starts)


#: --wrt θ₀ or θ₁ as asked: theta_0, θ_1, \theta_{0}
_NUMBERED_THETA_ASKED = patterns.compile(r"(?:\\theta|theta|θ)\s*_?\s*\{?\s*(?P<digit>[01])\s*\}?|θ(?P<sub>[₀₁])")
#: w₀ or w₁ as written: LaTeX's w_0, w_{1}; code's w0, w_1; Unicode's w₀
_NUMBERED_W = r"(?<![A-Za-z\\])w\s*(?:_\s*\{{?\s*{digit}\s*\}}?|{digit}|{sub})(?![0-9])"


#: a NumPy entry of a vector by a literal integer: w[0], theta[ 1 ]
_NUMPY_ENTRY = r"(?<![\w.]){name}\[\s*(?P<k>\d+)\s*\]"
#: the parameter letters whose entries --wrt NAME_j may ask for, as :func:`_numpy_entries` reads them
_ENTRY_LETTERS = ("w", "theta", "beta")


#: what may not follow NumPy's line, in either order: more of a name or an index, or a power, product or quotient (spaces
#: before it or not) that makes its last term other than the line's — X[:, 1]**2 is no feature x, theta[0] ** 2 no
#: intercept
_LINE_END = r"(?![\w(\[.])(?!\s*[*/^@%])"
#: NumPy's line theta[0] + theta[1] * X[:, c] (or theta[1] * X[:, c] + theta[0]): the intercept, the slope times column
#: c of X
_NUMPY_LINE = patterns.compile(
    rf"(?<![\w.])theta\[\s*0\s*\]\s*\+\s*theta\[\s*1\s*\]\s*\*\s*X\[\s*:\s*,\s*(?P<c>\d+)\s*\]{_LINE_END}"
    rf"|(?<![\w.])theta\[\s*1\s*\]\s*\*\s*X\[\s*:\s*,\s*(?P<d>\d+)\s*\]\s*\+\s*theta\[\s*0\s*\]{_LINE_END}")
_NUMPY_THETA_ENTRY = patterns.compile(r"(?<![\w.])theta\[\s*(?P<k>[01])\s*\]")
_NUMPY_COLUMN = r"(?<![\w.])X\[\s*:\s*,\s*{c}\s*\]"


#: a sum's call in code (sum(…), np.sum(…), np.mean(…)): in NumPy it ends at its ')'
_CODE_SUM_CALL = patterns.compile(r"(?<![\w.])(?:np\.|numpy\.)?(?:sum|mean)\s*\(")
#: what may multiply or divide a code sum after its ')' and leave it one number of the examples' count: 2, m, (2*m),
#: len(y), len(X[:, 1]), y.size, X[:, 1].shape[0]; a square (**2)
_A_COUNT = r"(?:m|len\(\s*[\w\[\]:, ]+\)|(?:\w+|X\[\s*:\s*,\s*\d+\s*\])\.(?:size|shape\[\s*0\s*\]))"
_COUNT_FACTOR = patterns.compile(
    rf"\s*\*\*\s*\d+(?![\w(\[.])|\s*(?:\*(?!\*)|/)\s*(?:\d+(?:\.\d*)?|{_A_COUNT}|"
    rf"\(\s*(?:\d+(?:\.\d*)?\s*\*\s*)?{_A_COUNT}\s*\))(?![\w(\[.])")

#: an operator after a code sum's ')' that multiplies (or divides) it by what follows
_TIMES_AFTER_SUM = patterns.compile(r"\s*(?:\*\*|[*/@]|\.\*)\s*")


def _sum_then_factor(result: Respelled, text: str, written: str) -> None:
    """Refuse ``1 / m * sum(h - y) * X[:, 1]`` beside NumPy's line: in code the sum ends at its ')'.

    The line's reading respells the column X[:, c] as x, after which the sum's reader would take sum(h - y) * x as
    notes do, one sum over the products; the texts are NumPy, where the call is the number Σ(h − y) and what follows
    multiplies it (the whole column, an m-vector). A factor after the ')' other than a count (m, 2, (2*m), len(y))
    is refused (audpyloop36).
    """
    for call in _CODE_SUM_CALL.finditer(text):
        end = closing(text, call.end() - 1)
        if end is None:
            continue
        at = end + 1
        while (count := _COUNT_FACTOR.match(text, at)) is not None:
            at = count.end()  # / m, * 2, **2: the sum stays one number of the examples' count
        factor = _TIMES_AFTER_SUM.match(text, at)
        if factor is None:
            continue
        at = factor.end()
        inner = text[call.end():end].strip()
        raise InputError(
            f"{written} is NumPy's line, so the texts are code, where {text[call.start():call.end() - 1].strip()}"
            f"({inner}) ends at its ')': what follows multiplies the number Σ ({inner}) by "
            f"'{text[at:].strip()[:30]}', not one sum over the products as notes mean it",
            source=text, column=at, label=_label(result, text),
            hint=f"write sum(({inner}) * …) for the sum of the products")


def _numpy_line_entries(result: Respelled, notation_of: _NotationOf) -> None:
    """``h = theta[0] + theta[1] * X[:, 1]`` with ``--wrt theta_0`` or ``theta_1``: NumPy's line numbered from 0 (noted).

    A first course's line θ₀ + θ₁x, in code: the intercept theta[0] and the slope theta[1] times one column of X.
    NumPy counts from 0, as θ₀, θ₁ do, and the texts write both entries 0 and 1 (a line numbered from 0, as
    :func:`_numbered_theta_asked` reads w₀ + w₁x): --wrt theta_0 is theta[0], theta_1 is theta[1]; the one column
    the line takes is its one feature x, whichever column of X it is. Only in plain code where some text writes the
    line itself, every theta of every text is theta[0] or theta[1] (no θ whole, sliced, numbered otherwise), every X
    is that one column, and no text writes x, θ₀ or θ₁ otherwise; anything else is left as it was (X[:, 1] refused
    as a column numbered from 0).
    """
    wrt = (result.asked or "").strip()
    asked = _NUMBERED_THETA_ASKED.fullmatch(wrt)
    if asked is None or asked.group("digit") is None or not wrt.startswith("theta"):
        return
    texts = _texts(result)
    lines = [line for text in texts for line in _NUMPY_LINE.finditer(text)]
    if not lines or any(notation_of(text) != "plain" for text in texts):
        return
    columns = {line.group("c") or line.group("d") for line in lines}
    if len(columns) != 1:
        return
    column = patterns.compile(_NUMPY_COLUMN.format(c=columns.pop()))
    written = lines[0].group(0)
    taken = column.search(written)
    assert taken is not None, "the line takes the column"
    for text in texts:
        _sum_then_factor(result, text, written)
    for text in texts:
        # check reads the cost and its lets alone as well, where the answer is out of sight: a text that writes θ,
        # X or x otherwise beside the line is refused here, not left to be read beside a cost read as θ₀ + θ₁x
        other = [*(at for at in _word_spans(text, "theta") if not _NUMPY_THETA_ENTRY.match(text, at)),
                 *(at for at in _word_spans(text, "X") if not column.match(text, at)), *_word_spans(text, "x"),
                 *(found.start() for found in re.finditer(r"θ|theta_|theta\d|\\theta", text))]
        if other:
            at = min(other)
            beside = re.match(r"(?:\\theta|θ|\w+)(?:\[[^\]\n]*\])?", text[at:])
            raise InputError(
                f"{written} is a line whose entries count from 0 (--wrt {wrt} as theta[{asked.group('digit')}]), and "
                f"'{beside.group(0) if beside else text[at]}' stands beside it: "
                "θ whole, another entry, another column of X or an x of its own; which feature and which numbering "
                "it is, is not said", source=text, column=at, label=_label(result, text),
                hint=f"write every text with the line's own names: theta[0], theta[1] and {taken.group(0)}")

    def respelled(text: str) -> str:
        text = _NUMPY_THETA_ENTRY.sub(lambda entry: f"theta_{entry.group('k')}".rjust(len(entry.group())), text)
        return column.sub(lambda col: "x".rjust(len(col.group())), text)

    _map(result, respelled)
    digit = asked.group("digit")
    result.notes.append(f"read as NumPy: {written} is a line, its intercept and slope numbered from 0 (NumPy's "
                        f"count, as θ₀, θ₁ number them), and its one feature the column {taken.group(0)} of X: "
                        f"theta[0], theta[1] are read as θ₀, θ₁ (--wrt {wrt} as theta[{digit}]) "
                        "and the column as the example's one feature x")


#: NumPy's first entry of a parameter vector: theta[0], or theta[0,0] (row 0, column 0 of the n×1 column)
_NUMPY_FIRST = r"(?<![\w.]){name}\[\s*0\s*(?:,\s*0\s*)?\](?!\s*\[)"
#: NumPy's own marks in a text: np., numpy.
_NUMPY_MARK = patterns.compile(r"(?<![\w.])(?:np|numpy)\.")

FIRST_ENTRY_NOTE = ("read as NumPy: {written} is the first entry of the parameter vector {name} (NumPy counts from 0"
                    "{column}), the one the texts' whole {name} holds first: {name}_1, as logderiv numbers {name}'s "
                    "entries {name}_1..{name}_n")


def _numpy_first_entry_beside_whole(result: Respelled, notation_of: _NotationOf) -> None:
    """``(lambd / (2*m)) * (np.dot(np.transpose(theta), theta) - theta[0,0]**2)`` (gardayulada's ex2_2, f84): NumPy's
    first entry of the vector the same texts use whole is θ₁, its first entry as logderiv numbers them (noted).

    Code holds θ as one array: ``theta[0]`` (``theta[0,0]`` of the n×1 column) is the array's first entry, the one
    Octave writes ``theta(1)``, which the reader reads as θ₁ already. Only where every text is plain and one is
    NumPy's (np.), the vector is also used whole (else :func:`_numpy_entries` reads its entries), every index of
    it in every text is that first entry (theta[1:], theta[j], theta[1] are left to their readers), --wrt asks for
    the whole vector (theta_j) or nothing, and no text numbers the letter otherwise (theta_0, θ₁, theta0 — a name a
    --let defines, theta2 = theta.copy(), is that let's): whether [0] is θ₀ or θ₁ is then not said.
    """
    texts = _texts(result)
    if any(notation_of(text) != "plain" for text in texts) or not any(_NUMPY_MARK.search(text) for text in texts):
        return
    if result.asked is not None:
        head, _, index = result.asked.partition("_")
        if index.strip("{} ") not in ("j", "k") and result.asked.strip() not in _ENTRY_LETTERS:
            return
    defined = {left.group(1) for text in result.lets if (left := re.match(r"\s*([A-Za-z_]\w*)\s*=(?!=)", text))}
    for name in _ENTRY_LETTERS:
        first = patterns.compile(_NUMPY_FIRST.format(name=name))
        found = [match for text in texts for match in first.finditer(text)]
        if not found:
            continue
        if any(re.match(r"\s*=(?!=)", match.string[match.end():]) for match in found):
            # w[0] = 0 (a --let zeroing the entry in place, the penalty's intercept left out): an assignment to the
            # entry, which the zeroing readers read; respelled w_1 = 0 it was refused as defining an entry (the gate's
            # test_fixcode8)
            return
        indexed = sum(len(re.findall(rf"(?<![\w.]){name}\s*\[", text)) for text in texts)
        whole = sum(len(_word_spans(text, name)) for text in texts) - indexed
        if indexed != len(found) or whole <= 0:
            return  # another index beside it, or the vector never whole (then _numpy_entries' reading)
        letters = {"theta": "theta|θ|\\theta", "beta": "beta|β|\\beta"}.get(name, name)
        numbered = patterns.compile(rf"(?<![\w.])(?:{letters})(?:\s*_\s*\{{?\s*\w+\s*\}}?|\d+|[₀-₉])(?!\w)")
        for text in texts:
            for clash in numbered.finditer(text):
                if clash.group() in defined:
                    continue  # theta2 = theta.copy(): a name of its own, the --let's
                raise InputError(
                    f"{found[0].group().strip()} is NumPy's first entry of {name} (counting from 0), and "
                    f"{' '.join(clash.group().split())} numbers {name} too: whether it is the same entry or another "
                    "(θ₀ or θ₁ as the first) is not said", source=text, column=clash.start(), label=_label(result, text),
                    hint=f"write every text with one numbering: NumPy's {name}[0] throughout, or {name}_1 (from 1) "
                         "throughout")
        written = found[0].group().strip()

        def respelled(text: str, first: re.Pattern[str] = first, name: str = name) -> str:
            return first.sub(lambda match: f"{name}_1".rjust(len(match.group())), text)

        _map(result, respelled)
        result.notes.append(FIRST_ENTRY_NOTE.format(
            written=written, name=name,
            # row 0, column 0: the first entry whether theta is n×1 or 1×n (X @ theta.T); the note claimed n×1 (rev39)
            column=", and [0,0] is row 0, column 0, its first entry as a column or as a row" if "," in written
            else ""))
        return


def _numpy_entries(result: Respelled, notation_of: _NotationOf) -> None:
    """``np.mean((y - (w[0]*x + w[1]))**2) + l2 * (w[0]**2 + w[1]**2)`` with ``--wrt w_j``: NumPy's w[k] is the
    entry w_{k+1} (noted).

    A notebook keeps a line's slope and intercept as one array, ``w = [slope, intercept]``, and writes its entries
    ``w[0]``, ``w[1]``. NumPy counts from 0 and logderiv numbers a vector's entries from 1 (``--wrt w_j`` runs over
    j = 1…n, and ``theta[1:]`` is already read as θ without θ₁), so w[k] is w_{k+1}: the entries the cost holds,
    each differentiated as any entry of w is. Only in plain code, with ``--wrt`` asking for the whole vector
    (``w_j``, ``theta_k``) by its own name, where every use of that name in every text is an entry by a literal
    integer (never the vector whole, a slice ``w[1:]``, an entry by a name ``w[i]``, or a 2-D ``w[0][1]``, whose
    meaning the reading would have to guess: left as they are, refused as indexing) and no text numbers the
    letter otherwise (``w_0``, ``w0``, ``w₀``: then whether w[0] is w₀ or w₁ is not said).
    """
    if result.asked is None:
        return
    head, _, index = result.asked.partition("_")
    name = head.strip()
    if name not in _ENTRY_LETTERS or index.strip("{} ") not in ("j", "k"):
        return
    texts = _texts(result)
    entry = patterns.compile(_NUMPY_ENTRY.format(name=re.escape(name)) + r"(?!\s*\[)")
    found = [match for text in texts if notation_of(text) == "plain" for match in entry.finditer(text)]
    if not found:
        return
    # w_0, w1, w₀, \theta_{0}, θ₁ in any text, LaTeX too: check reads the cost alone as well, where an answer's w_0
    # is out of sight, so a numbering beside NumPy's is refused here, not left to fall apart (audit29b)
    letters = {"theta": "theta|θ", "beta": "beta|β"}.get(name, re.escape(name))
    numbered = patterns.compile(rf"(?<![\w.])(?:{letters})(?:\s*_\s*\{{?\s*\d+\s*\}}?|\d|[₀-₉])")
    for text in texts:
        clash = numbered.search(text)
        if clash is not None:
            raise InputError(
                f"{found[0].group().strip()} is NumPy's entry of {name} counting from 0, and "
                f"{' '.join(clash.group().split())} numbers {name} too: whether it is the same entry (counted from 0) "
                f"or the one logderiv's numbering from 1 gives ({name}[0] as {name}_1) is not said",
                source=text, column=clash.start(),
                label=_label(result, text),
                hint=f"write every text with one numbering: NumPy's {name}[0], {name}[1] throughout, "
                     f"or {name}_1, {name}_2 (from 1) throughout")
    if any(notation_of(text) != "plain" for text in texts):
        return
    if any(len(_word_spans(text, name)) != len(entry.findall(text)) for text in texts):
        return  # the vector whole, sliced, or indexed otherwise somewhere beside its entries

    def respelled(text: str) -> str:
        for match in reversed(list(entry.finditer(text))):
            spelled = f"{name}_{int(match.group('k')) + 1}"
            text = text[:match.start()] + spelled.rjust(len(match.group())) + text[match.end():]
        return text

    _map(result, respelled)
    written = sorted({int(match.group("k")) for match in found})
    shown = ", ".join(f"{name}[{k}] as {name}_{k + 1}" for k in written)
    result.notes.append(f"read as NumPy: {name}[k] is the entry k of {name} counting from 0; logderiv numbers a "
                        f"vector's entries from 1 (--wrt {result.asked.strip()} runs over j = 1…n): {shown}")


#: an Octave comment: a whole line from '%' or Octave's other mark '#', or either after a statement's ';'
_OCTAVE_COMMENT_PART = patterns.compile(r"^[ \t]*[%#][^\n]*$|(?<=;)[ \t]*[%#][^\n]*$", re.MULTILINE)


def _octave_comments_blanked(text: str) -> str:
    """``text`` with its Octave comments (:data:`_OCTAVE_COMMENT_PART`) blanked, each character a space."""
    return _OCTAVE_COMMENT_PART.sub(lambda match: " " * len(match.group()), text)


#: Octave's entry of a parameter vector by a literal integer: theta(1), w( 2 )
_OCTAVE_ENTRY = patterns.compile(r"(?<![\w.])(?P<name>theta|beta|w)\(\s*(?P<k>\d+)\s*\)")


def _octave_entries_beside_zero(result: Respelled, notation_of: _NotationOf) -> None:
    """Octave's ``theta(1)`` beside a text that numbers θ from 0 (``theta_0``, ``\\theta_0``, ``θ₀``): refused.

    The reader takes Octave's theta(k) as θₖ (numbered from 1), right where every text numbers from 1; but Ng's
    course writes the cost in θ₀, θ₁ and the code in theta(1), theta(2), where theta(1) IS θ₀. Read as θ₁ the
    right answer was judged 'different' (audit29j); which numbering the texts share is not said, as NumPy's w[0]
    beside w_0 is not (:func:`_numpy_entries`).
    """
    texts = _texts(result)
    found = [(text, match) for text in texts if notation_of(text) == "plain" for match in _OCTAVE_ENTRY.finditer(text)]
    if not found:
        return
    for name in dict.fromkeys(match.group("name") for _, match in found):
        letters = {"theta": "\\\\?theta|θ", "beta": "\\\\?beta|β"}.get(name, name)
        zero = patterns.compile(rf"(?<![\w.])(?:{letters})(?:\s*_\s*\{{?\s*0\s*\}}?|0|₀)(?![0-9])")
        for text in texts:
            # a comment's words are no code: '# Calcula gradiente para theta_0' beside theta(1) = 0; (f76) numbers
            # nothing the lines compute with, so only the code is searched (the comments blanked, columns kept)
            clash = zero.search(_octave_comments_blanked(text) if notation_of(text) == "plain" else text)
            if clash is None:
                continue
            entry = next(match for _, match in found if match.group("name") == name)
            raise InputError(
                f"{entry.group().strip()} is Octave's entry of {name} counting from 1, and "
                f"{' '.join(clash.group().split())} numbers {name} from 0: whether {name}(1) is the first entry, "
                f"{clash.group().strip()} (as Octave counts), or {name}_1 is not said",
                source=text, column=clash.start(),
                label=_label(result, text),
                hint=f"write every text with one numbering: Octave's {name}(1), {name}(2) throughout, "
                     f"or {name}_0, {name}_1 throughout")


#: a word's list indexed by a letter, as a page copies Mathematica or code into LaTeX: \text{data}[i], \mathrm{input}[i]
_INDEXED_LIST = patterns.compile(r"\\(?:text|mathrm|textrm|operatorname)\s*\{\s*(?P<word>[A-Za-z]\w*)\s*\}"
                                 r"\s*\[\s*(?P<index>[a-z])\s*\]")
#: the parameter vector's dot with something on either side: \theta \cdot …, … \cdot \theta (w and \beta too)
_PARAMETER_DOT = r"(?:\\theta|\\beta|w)\s*\\cdot\s*{list}|{list}\s*\\cdot\s*(?:\\theta|\\beta|w)(?![A-Za-z])"


def _indexed_lists(result: Respelled, notation_of: _NotationOf) -> None:
    r"""``\sum_{i=1}^{n} (\text{data}[i] (\theta \cdot \text{input}[i]) - e^{\theta \cdot \text{input}[i]})``: a word
    indexed by the sum's index is that example's entry of a list, and the model says which (noted).

    A page that copies Mathematica (or code) into LaTeX keeps its lists by name, indexed by the example:
    ``\text{input}[i]``, ``\text{data}[i]``. In a cost of the parameters the examples hold two things, the
    inputs and the targets: the list whose every use is dotted with the parameter vector (θ · input[i]) is the
    inputs x_i, and the one other list, never so dotted, is the targets y_i. For the derivative by the
    parameters any per-example constant would do as the second: read as y it is renamed in every text alike.
    Only in LaTeX, with exactly two such words, both indexed by the letter a \sum runs over, one dotted with θ
    (w, β) at every use and the other at none, where no text writes x or y and no --let defines either word;
    anything else stays as written (refused, the unknown word's message naming the --let to write).
    """
    texts = _texts(result)
    if result.lets or not any(notation_of(text) == "latex" for text in texts):
        return
    uses = [match for text in texts for match in _INDEXED_LIST.finditer(text)]
    words = {match.group("word") for match in uses}
    indices = {match.group("index") for match in uses}
    if len(words) != 2 or len(indices) != 1:
        return
    index = indices.pop()
    if not all(re.search(rf"\\sum_\{{?\s*{index}\b", text) for text in texts if _INDEXED_LIST.search(text)):
        return  # not the index a sum runs over: not an example's entry
    if any(notation_of(text) != "latex" for text in texts) or any(
            _letter_spans(text, True, letter) for text in texts for letter in "xyXY"):
        return
    dotted: dict[str, tuple[int, int]] = {}
    for word in words:
        written = rf"\\(?:text|mathrm|textrm|operatorname)\s*\{{\s*{word}\s*\}}\s*\[\s*{index}\s*\]"
        dot = patterns.compile(_PARAMETER_DOT.format(list=written))
        dotted[word] = (sum(len(dot.findall(text)) for text in texts),
                        sum(len(re.findall(written, text)) for text in texts))
    inputs = [word for word, (dots, count) in dotted.items() if dots == count]
    targets = [word for word, (dots, _) in dotted.items() if dots == 0]
    if len(inputs) != 1 or len(targets) != 1:
        return
    roles = {inputs[0]: "x", targets[0]: "y"}

    def respelled(text: str) -> str:
        for match in reversed(list(_INDEXED_LIST.finditer(text))):
            spelled = f"{roles[match.group('word')]}_{index}"
            text = text[:match.start()] + spelled.rjust(len(match.group())) + text[match.end():]
        return text

    _map(result, respelled)
    result.notes.append(
        f"\\text{{{inputs[0]}}}[{index}] and \\text{{{targets[0]}}}[{index}] are lists indexed by the sum's {index}, "
        f"one entry per example: {inputs[0]}[{index}], dotted with the parameters, is example {index}'s input, read "
        f"as x_{index}; {targets[0]}[{index}], the other, is its target, read as y_{index}")


def _numbered_theta_asked(result: Respelled) -> None:
    """``--wrt theta_0`` where the texts write the line as w₀ + w₁x (thomz2's notebook): θ₀ is w₀, θ₁ is w₁ (noted).

    θ₀, θ₁ are the usual names of a line's intercept and slope, and a writer who numbers them
    w₀, w₁ asks for the same parameter. Only where no text writes θ (then --wrt θ₀ names θ₀
    itself) and the texts write both w₀ and w₁ (a line numbered from 0: w₁ alone may be the
    first of w₁..wₙ, numbered from 1, where θ₀ has no match and the refusal stands).
    """
    asked = _NUMBERED_THETA_ASKED.fullmatch(result.asked or "")
    if asked is None:
        return
    digit = asked.group("digit") or str("₀₁".index(asked.group("sub")))
    texts = _texts(result)
    if any(_THETA_WRITTEN.search(text) for text in texts):
        return
    written = [re.compile(_NUMBERED_W.format(digit=d, sub="₀₁"[int(d)])) for d in "01"]
    if not all(any(pattern.search(text) for text in texts) for pattern in written):
        return
    assert result.asked is not None, "a --wrt matched above"
    result.renamed[result.asked] = f"w_{digit}"
    result.notes.append(f"--wrt {result.asked} asks for θ{'₀₁'[int(digit)]}, and the texts write no θ but number "
                        f"the parameters w₀, w₁ as θ₀, θ₁ are: read as w{'₀₁'[int(digit)]}")


#: a₀ or a₁ as written: a_0, a_{0}, a_1, a_{1} (in LaTeX's d/da_{0} too: the d of the operator before it)
_NUMBERED_A = patterns.compile(r"(?:(?<![A-Za-z\\])|(?<=\{d)|(?<=\\partial )|(?<=\\partial))a(?=_(?:\{\s*[01]\s*\}|[01](?![0-9])))")
#: any a standing alone (not in a word or a control word)
_ANY_A = patterns.compile(r"(?:(?<![A-Za-z\\])|(?<=\{d)|(?<=\\partial))a(?![A-Za-z])")
#: the line a₀ + a₁x (or a₁x + a₀): the intercept, then the slope times the feature
_A_LINE = patterns.compile(r"a_\{?\s*0\s*\}?\s*\+\s*a_\{?\s*1\s*\}?\s*(?:\\cdot\s*|\\times\s*|\*\s*)?x"
                           r"|a_\{?\s*1\s*\}?\s*(?:\\cdot\s*|\\times\s*|\*\s*)?x[^+\-=]*?\+\s*a_\{?\s*0\s*\}?(?![0-9])")
#: --wrt a_0 or a_1
_A_ASKED = patterns.compile(r"a_\{?\s*(?P<digit>[01])\s*\}?")


def _intercept_slope_a(result: Respelled) -> None:
    """Dataquest's ``MSE(a_{0}, a_{1}) = \\frac{1}{n}\\sum(a_{0}+a_{1}x_{1}^{i} - y^{i})^{2}``: a₀, a₁ are θ₀, θ₁ (noted).

    A line written a₀ + a₁x is a first course's intercept and slope under another letter, as θ₀ + θ₁x is: with
    --wrt a_0 or a_1 the texts' a₀, a₁ are read as θ₀, θ₁ (θ written over the a, each column kept). Only where some
    text writes the line itself (a₀ first, or a₁x then + a₀), every a of the texts is a₀ or a₁ (an a₂, a lone a, an
    activation's aⁱ leave them as they are), and no text writes θ. Otherwise a stays, refused as before.
    """
    asked = _A_ASKED.fullmatch((result.asked or "").strip())
    if asked is None:
        return
    texts = _texts(result)
    if any(_THETA_WRITTEN.search(text) for text in texts) or not any(_A_LINE.search(text) for text in texts):
        return
    if any(len(_ANY_A.findall(text)) != len(_NUMBERED_A.findall(text)) for text in texts):
        return
    _map(result, lambda text: _NUMBERED_A.sub("θ", text))
    assert result.asked is not None, "a --wrt matched above"
    result.renamed[result.asked.strip()] = f"theta_{asked.group('digit')}"
    result.notes.append("the texts write the line a₀ + a₁x, its intercept and slope as θ₀ + θ₁x writes them, and no "
                        f"other a: a₀, a₁ are read as θ₀, θ₁, --wrt {result.asked.strip()} as θ{'₀₁'[int(asked.group('digit'))]}")


_DATA_WORD = patterns.compile(r"(?<![\w.])(?:data|inputs|training)(?![\w(\[])")
#: the word data (or inputs, JAX's quickstart; training, a Scala Breeze course's) times the parameter vector on its
#: right: data*w, data @ theta, data.dot(w), np.dot(inputs, weights), training * coefficients
_DATA_TIMES_PARAMETERS = patterns.compile(
    r"(?<![\w.])(?:data|inputs|training)\s*(?:\*|@)\s*(?:theta|w|weights|coefficients)(?![\w'(])"
    r"|(?<![\w.])(?:data|inputs)\.dot\(\s*(?:theta|w|weights)\s*\)"
    r"|np\.dot\(\s*(?:data|inputs)\s*,\s*(?:theta|w|weights)\s*\)")


def _data_word(result: Respelled, notation_of: _NotationOf) -> None:
    """``h = 1./(1 + exp(-data*w))``: code's design matrix called data, multiplied by the weights, is X (noted).

    Only in code (every text that writes it plain), where some text multiplies data by the
    parameter vector on its right (so its rows are the examples, X m×n), no text writes X and
    no --let defines data: then data and X cannot be two quantities.
    """
    texts = _texts(result)
    _refuse_rows_of_undefined_data(result, notation_of)
    if not any(_DATA_TIMES_PARAMETERS.search(text) for text in texts if notation_of(text) == "plain"):
        return
    if any(notation_of(text) != "plain" and _DATA_WORD.search(text) for text in texts):
        return
    if any(_letter_spans(text, notation_of(text) == "latex", vocab.DATA_MATRIX) for text in texts):
        return
    if any((sides := _let_sides(text)) is not None and _DATA_WORD.fullmatch(sides[0]) for text in result.lets):
        return
    words = sorted({match.group() for text in texts for match in _DATA_WORD.finditer(text)})
    if len(words) != 1:
        return  # data and inputs both: one matrix or two is not said
    _map(result, lambda text: _DATA_WORD.sub(lambda match: "X".rjust(len(match.group())), text))
    result.notes.append(f"{words[0]} is the code's name of the design matrix (it multiplies the weights, one example "
                        "a row): read as X, the m×n data matrix")


#: the rows of a matrix named data, and the word data anywhere
_DATA_ROWS = patterns.compile(r"(?<![\w.])data\.shape\s*\[\s*0\s*\]")
_DATA_NAME = patterns.compile(r"(?<![\w.])data(?!\w)")


def _refuse_rows_of_undefined_data(result: Respelled, notation_of: _NotationOf) -> None:
    """``np.sum(…) / data.shape[0]`` beside ``sigmoid(X.dot(theta))`` (CalebEverett's pysgd, f81): data is written only
    for its row count, and no text says what it holds. The source's data is [X | y] there, but an SGD library's
    cost is also called on a batch: whether data's rows are X's m examples is not in the text. Refused with its own
    message (before: "unknown name 'data'") where every data is that row count, a text writes X, and no --let
    defines data.
    """
    texts = [text for text in _texts(result) if notation_of(text) == "plain"]
    counted = [(text, found) for text in texts for found in _DATA_ROWS.finditer(text)]
    if not counted or any(len(_DATA_NAME.findall(text)) != len(_DATA_ROWS.findall(text)) for text in _texts(result)):
        return
    if not any(_letter_spans(text, False, vocab.DATA_MATRIX) for text in texts):
        return
    if any((sides := _let_sides(text)) is not None and sides[0] == "data" for text in result.lets):
        return
    text, found = counted[0]
    raise InputError(
        f"'{found.group()}' counts the rows of data, which no text defines, while the texts compute on X: whether "
        "data holds X's examples (a file's data = [X | y]) or other rows (a batch) is not said",
        source=text, column=found.start(), label=_label(result, text),
        hint="write X.shape[0] (or m) if data's rows are X's examples, or define data with --let data = …")


#: the data matrix times a capital W in code: X @ W, X.dot(W), np.dot(X, W), np.matmul(X, W)
_DATA_TIMES_W = patterns.compile(
    r"(?<![\w.])X\s*@\s*(?P<at>W)(?![\w(\[])|(?<![\w.])X\.dot\(\s*(?P<dot>W)\s*\)"
    r"|(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*X\s*,\s*(?P<call>W)\s*\)")
#: a NumPy mean over every entry (np.mean(A), A.mean(): no axis), beside the targets' capital Y taken whole (_WHOLE_Y)
_NUMPY_MEAN = patterns.compile(r"(?:np|numpy)\.mean\(|\.mean\(\s*\)")
#: a W taken whole: not indexed, called, transposed or given a subscript (W[0], W(1), W.T, W_1)
_WHOLE_W = patterns.compile(r"(?<![\w.])W(?![\w(\[.])")
CAPITAL_WEIGHTS_NOTE = ("W is read as w, the n×1 weight vector: the code multiplies the data by it (X @ W) and "
                        "writes no w, and no --let defines it (one output: a matrix W of several outputs is not read)")


def _capital_weights(result: Respelled, notation_of: _NotationOf) -> None:
    """``Y_pred = (X @ self.W) + self.b``: code's weights in a capital, the weight vector w (noted).

    Only in code (every text that writes W plain), where some text multiplies the data
    matrix by W on its right, every W is taken whole (``W**2``, ``2*W``: never ``W[0]``,
    ``W.T``, ``W_1``, which may be a layer's matrix), no text writes w and no --let
    defines W or w: then W holds the weights as w does, one column for one output.
    """
    texts = _texts(result)
    if not any(_DATA_TIMES_W.search(text) for text in texts):
        return
    if any(notation_of(text) != "plain" for text in texts if "W" in text):
        return
    if any(_word_spans(text, "w") for text in texts):
        return
    if any((sides := _let_sides(text)) is not None and sides[0] in ("W", "w") for text in result.lets):
        return
    if any(len(_word_spans(text, "W")) != len(_WHOLE_W.findall(text)) for text in texts):
        return
    if _output_weights(texts, {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None}):
        return  # v * sigmoid(X @ W + b), sigmoid(…) @ v: W is a hidden layer's matrix, left as written (refused)
    if any(_NUMPY_MEAN.search(text) and _WHOLE_Y.search(text) and "axis" not in text for text in texts) \
            and not (result.asked and _ASKED_W.fullmatch(result.asked.replace(" ", ""))):
        # np.mean((X @ W - Y)**2): W and the targets Y both capitals, averaged over every entry, is multi-output
        # regression's cost (W n×k, Y m×k), 1/(mk) of the squares, and not the one-output model's 1/m (audit51):
        # left as written, refused; --wrt W_j says W is one column
        return
    _map(result, lambda text: _replace_at(text, _word_spans(text, "W"), "W", "w"))
    # W_k as asked too (a commented loop over k): the component letter is the asker's, W is w either way
    result.renamed.update({"W": "w", "W_j": "w_j", "W_k": "w_k"})
    result.notes.append(CAPITAL_WEIGHTS_NOTE)



#: --wrt W_j (W_k, W_0, W_1, W_{j}): a component of W asked for, one index, so W is a vector
_ASKED_W = patterns.compile(r"W_\{?(?:[jk]|\d)\}?")
#: W on the left of the data (W X, W * X, W @ X, np.dot(W, X)): the weights as a 1×n row, or a layer's matrix
_W_BEFORE_DATA = patterns.compile(r"(?<![\w.\\])W\s*(?:\*|@|\\cdot)?\s*X(?!\w)|(?:dot|matmul)\(\s*W\s*,\s*X\s*\)")
#: W between two factors of a product (X \cdot W \cdot v, X @ W @ v, x.dot(W).dot(v)): a matrix a vector multiplies
_W_INSIDE_PRODUCT = patterns.compile(
    r"(?:\\cdot|\\times|[*@·⋅×]|dot\()\s*W\s*\)?\s*(?:\\cdot|\\times|\*(?!\*)|[@·⋅×]|\.dot\()"
    r"|W\s*\.dot\(\s*[\w.]+\s*\)\s*(?:\.dot\(|\*(?!\*)|[@·⋅×])"  # W.dot(x).dot(v): W x, then times v
    r"|dot\(\s*[\w.]+\s*,\s*W\s*\)\s*,")  # np.dot(np.dot(x, W), v)
#: W with a digit (W1, W2, W_2 beside W_1 as names of layers' matrices) or a second index (W_{jk}, W[0][1])
_W_NUMBERED = patterns.compile(r"(?<![\w.\\])W\d|W\s*\[\s*\d+\s*\]\s*\[\s*[1-9]")
#: W marked a vector or a matrix in LaTeX: \mathbf{W}, \boldsymbol{W}, \bm{W}, \vec{W}, \vec W
_MARKED_W = patterns.compile(r"\\(?:mathbf|boldsymbol|bm|vec|textbf)\s*\{?\s*W(?![A-Za-z])")
#: W transposed: W^T, W^{T}, Wᵀ, Wᵗ, W', W.T, W^\top
_W_TRANSPOSED = patterns.compile(r"(?<![A-Za-z\\])W\s*(?:\^\s*\{?\s*(?:T|t|\\top|\\intercal)\b|ᵀ|ᵗ|'|\.T\b)")
#: W in a dot product with x: W · x_i, W ⋅ x, W \cdot x
_W_DOT = patterns.compile(r"(?<![\w.\\])W\s*(?:·|⋅|\\cdot)\s*(?:\\mathbf\s*\{\s*)?x(?![A-Za-z])")
CAPITAL_WRT_NOTE = ("W is read as w, the weight vector: --wrt {asked} asks for one component of W, so W is a "
                    "vector of the parameters (one index), and no text writes w nor does a --let define W")

CAPITAL_DOT_NOTE = ("W is read as w, the weights: W is written in a dot product with x (W · x), as w is, and no text "
                    "writes w nor does a --let define W")


def _layer_of_w(text: str) -> bool:
    """Whether ``text`` calls an activation and scales the call by a factor written beside it: σ(z) v, α tanh(Wᵀx).

    Such a let is a layer under output weights, wherever W is written (z = W · x in another let)."""
    for match in re.finditer(r"(?<![A-Za-z.])(?:\\?(?:sigma|tanh|sigmoid|relu|σ|g|f|phi)|np\.tanh)\s*(?:\\left\s*)?\(",
                             text):
        closer = closing(text, match.end() - 1)
        if closer is None:
            continue
        after = text[closer + 1:].lstrip()
        before = text[:match.start()].rstrip()
        if re.match(r"(?:\\right\s*\)\s*)?(?:\*|\\cdot|·|@|\\mathbf|\\boldsymbol|[A-Za-z(])", after) or re.search(
                r"(?:[A-Za-z0-9_}]|\*|\\cdot|·)$", before):
            return True
    return False


#: plain text's W glued to one example's x (``z = Wx + b``, a Math SE asker's): the weights times x, as ``W x``
_GLUED_WX = patterns.compile(r"(?<![\w.])W(?=x(?![\w(\[.]))")


def _capital_w_spans(text: str, latex: bool) -> list[int]:
    """Where W stands as a letter, and in plain text where it is glued to x (``Wx``: respelled ``wx``, w·x)."""
    found = _letter_spans(text, latex, "W")
    return found if latex else sorted({*found, *(match.start() for match in _GLUED_WX.finditer(text))})


def _asked_capital_weights(result: Respelled, notation_of: _NotationOf) -> None:
    """``--wrt W_j`` where the texts write the weights W (``z_i = W · x_i + b``, ``X \\cdot W``, ``W[1][0]*x``): w.

    The readers know W as w only from how the cost writes it (Wᵀx, XW, W · x in the cost itself); a --let's W, a
    LaTeX let's ``X \\cdot W`` or code's ``W[0][0] + W[1][0]*x`` were refused at the --wrt ("'W' has no feature
    index"). But --wrt W_j itself says what W is: the user differentiates by one component of it, one index, so W is
    the parameter vector, read as w in every text (noted, and --wrt with it). Only where W is written in --let texts
    alone (in the cost or the answer the readers' own conventions decide: Wᵀx, XW, a layer) and not where W may
    still be something else: a text writes w too (two quantities), a --let defines W or w, W is transposed (the
    readers' convention, which states the result in W), W stands before the data (``W X``: the weights as a 1×n row
    or a layer's matrix, refused elsewhere with its reason), W is numbered or takes a second index that is not 0
    (``W1``, ``W[0][1]``: layers' matrices, several outputs), a let scales an activation by a factor (``σ(z) · v``)
    or output weights sit over a layer in code.
    """
    if result.asked is None:
        return
    texts = _texts(result)
    asked = result.asked.replace(" ", "")
    # --wrt b beside W · x: W is differentiated by nowhere, but read as a number its dot product with x would be a
    # product of numbers, silently; as w it meets the readers' question of one feature or the weight vector
    if not _ASKED_W.fullmatch(asked) and not (asked == "b" and any(_W_DOT.search(text) for text in texts)
                                              and all(notation_of(text) == "plain" for text in texts if "W" in text)):
        return
    if any(_MARKED_W.search(text) for text in texts):
        return  # \mathbf{W}, \vec W: the LaTeX reader's own conventions for a marked W decide
    if any(_capital_w_spans(text, notation_of(text) == "latex") for text in (result.cost, result.answer)
           if text is not None):
        return  # W in the cost or the answer: the readers' conventions for it there (Wᵀx, XW, a layer) decide
    if any(_layer_of_w(text) for text in result.lets):
        return  # σ(W · x) v, α tanh(Wᵀx), σ(z) v beside z = W · x: W is then a hidden layer's matrix
    if any(_W_TRANSPOSED.search(text) for text in texts):
        return  # Wᵀx, W^T x, W': the readers' own convention for a transposed W decides (and states it in W)
    spans = [_capital_w_spans(text, notation_of(text) == "latex") for text in texts]
    if not any(spans):
        return
    if any(_letter_spans(text, notation_of(text) == "latex", "w") for text in texts):
        return
    if any((sides := _let_sides(text)) is not None and sides[0].strip() in ("W", "w") for text in result.lets):
        return
    if any(_W_BEFORE_DATA.search(text) or _W_NUMBERED.search(text) for text in texts):
        return
    if any(_W_INSIDE_PRODUCT.search(text) for text in texts):
        return  # X · W · v: W times a vector is a layer's matrix (a number v would need no product after a vector)
    if _output_weights(texts, {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None}):
        return
    _map(result, lambda text: _replace_at(text, _capital_w_spans(text, notation_of(text) == "latex"), "W", "w"))
    if asked == "b":
        result.notes.append(CAPITAL_DOT_NOTE)
        return
    result.renamed.update({"W": "w", result.asked: "w" + result.asked[1:]})
    result.notes.append(CAPITAL_WRT_NOTE.format(asked=result.asked))


#: a single letter (or a Greek name) as a factor of a product with '*' or '@', or np.dot's argument: v * …, … @ v
_PRODUCT_LETTER = patterns.compile(
    r"(?<![\w.])(?P<before>[A-Za-z]|[a-z]{2,7})\s*[*@](?![*@])\s*(?P<after>[A-Za-z_][\w.]*)"
    r"|(?P<closed>\))\s*[*@](?![*@])\s*(?P<letter>[A-Za-z]|[a-z]{2,7})(?![\w(\[.])"
    r"|(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*(?P<first>[A-Za-z]|[a-z]{2,7})\s*,\s*(?P<second>[A-Za-z_][\w.]*)")
#: a layer's activations as code calls them
_ACTIVATION_CALLS = frozenset({"sigmoid", "tanh", "np.tanh", "relu", "softplus", "expit", "logistic", "g", "sigma"})
#: letters that are never a network's output weights (as notation.layers has them)
_NOT_OUTPUT = frozenset(vocab.FIXED_NAMES | {"W", "w", "b", "h", "z", "e", "T", "X", "Y", "np"})


def _output_weights(texts: Sequence[str], defined: set[str]) -> bool:
    """Whether a text multiplies a layer (an activation called, or a let's name) by a letter nothing defines.

    ``yhat = v * sigmoid(X @ W + b)``, ``np.tanh(X @ W) @ V``, ``yhat = np.dot(v, A)`` with ``A = sigmoid(Z)``:
    v the output layer's weights, so W is a hidden layer's matrix, not the weight vector (notation.layers says the
    same of the texts read after this respelling). A penalty's ``alpha * np.sum(W**2)`` is no layer.
    """
    heads = {side.split("(")[0].strip() for side in defined}

    def weights(letter: str | None) -> bool:
        return letter is not None and (len(letter) == 1 or letter in vocab.WORDS) and letter not in _NOT_OUTPUT \
            and letter not in heads

    def layer(name: str | None) -> bool:
        return name is not None and (name in _ACTIVATION_CALLS or name in heads)

    def called(text: str, close: int) -> str | None:
        depth = 0
        for k in range(close, -1, -1):
            depth += {")": 1, "(": -1}.get(text[k], 0)
            if depth == 0:
                found = re.search(r"[A-Za-z_][\w.]*$", text[:k])
                return found.group(0) if found else None
        return None

    for text in texts:
        for match in _PRODUCT_LETTER.finditer(text):
            if weights(match.group("before")) and layer(match.group("after")) \
                    or weights(match.group("letter")) and layer(called(text, match.start("closed"))) \
                    or weights(match.group("first")) and layer(match.group("second")):
                return True
    return False


#: code's words for the weight vector: weights (self.weights once self. is dropped), wts (Pillow's MATLAB)
_WEIGHTS_WORDS = ("weights", "wts")
#: the data matrix times a weights word on its right: X*wts, X @ weights, X.dot(weights), np.dot(X, weights)
_DATA_TIMES_WEIGHTS_WORD = patterns.compile(
    r"(?<![\w.])X\s*(?:\*|@)\s*(?P<at>weights|wts)(?![\w(\[])|(?<![\w.])X\.dot\(\s*(?P<dot>weights|wts)\s*\)"
    r"|(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*X\s*,\s*(?P<call>weights|wts)\s*\)"
    # code's lower-case data matrix as a matrix product's left factor (np.dot(x, weights), x @ weights; not x * weights,
    # which NumPy multiplies entry by entry): x is then X by the data matrix's own reading (pasted.data_x)
    r"|(?<![\w.])x\s*@\s*(?P<lower_at>weights|wts)(?![\w(\[])|(?<![\w.])x\.dot\(\s*(?P<lower_dot>weights|wts)\s*\)"
    r"|(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*x\s*,\s*(?P<lower_call>weights|wts)\s*\)")


def _weights_word(result: Respelled, notation_of: _NotationOf) -> None:
    """``np.dot(X, self.weights) + self.bias``, ``X*wts``: code's word for the weights is the weight vector w (noted).

    As for a capital W (:func:`_capital_weights`): only in code, where some text multiplies
    the data matrix by the word, every use takes it whole (never ``weights[0]``, ``weights.T``),
    no text writes w and no --let defines the word or w, and ``--wrt w_j`` (or w; or b beside a class's ``self.weights``) asks for w: it then
    names the word's entries (``--wrt weights_j``, or none, keeps the texts' own name).
    """
    texts = _texts(result)
    found = {match.group("at") or match.group("dot") or match.group("call") or match.group("lower_at")
             or match.group("lower_dot") or match.group("lower_call")
             for text in texts if notation_of(text) == "plain" for match in _DATA_TIMES_WEIGHTS_WORD.finditer(text)}
    if len(found) != 1:
        return
    word = found.pop()
    asked = None if result.asked is None else result.asked.split("_")[0]
    attribute = any(note.startswith("self.") and word in note.split(":")[0] for note in result.notes)
    if asked != "w" and not (asked == "b" and attribute):
        # only --wrt w_j (w) asks for the weights as w, or b beside a class's self.weights (the object's own
        # parameters, the model Xw + b); otherwise (weights_j, b beside a free word, no --wrt) the texts' own name
        return
    if any(notation_of(text) != "plain" and word in text for text in texts):
        return
    if any(_word_spans(text, "w") for text in texts if notation_of(text) == "plain"):
        return
    # a LaTeX text's w (the cost graded against, \hat{y}_i = w \cdot x_i + b) is the notes' letter for the same
    # vector: LaTeX has no word for it, and a class keeps one weight vector (read with bias as b, _bias_word)
    if any(_word_spans(text, "w") for text in texts if notation_of(text) == "latex") and "bias" not in result.renamed:
        return
    if any((sides := _let_sides(text)) is not None and sides[0] in (word, "w") for text in result.lets):
        return
    whole = patterns.compile(rf"(?<![\w.]){word}(?![\w(\[.])")
    if any(len(_word_spans(text, word)) != len(whole.findall(text)) for text in texts):
        return
    _map(result, lambda text: _replace_at(text, _word_spans(text, word), word, "w"))
    result.renamed.update({word: "w", f"{word}_j": "w_j"})
    letter = "x" if any(match.group("lower_at") or match.group("lower_dot") or match.group("lower_call")
                        for text in texts if notation_of(text) == "plain"
                        for match in _DATA_TIMES_WEIGHTS_WORD.finditer(text)) else "X"
    result.notes.append(f"{word} is code's name for the weight vector (the data matrix times it, {letter}·{word}): "
                        "read as w, the n×1 weight vector")


#: code's words for the whole parameter vector: ML-From-Scratch's self.param, params, parameters, scikit-learn's coef_,
#: a Scala Breeze course's coefficients
_PARAMETER_WORDS = ("param", "params", "parameters", "coef", "coefs", "coef_", "coefficients")
#: the data matrix times a parameters word on its right: X.dot(param), X @ params, np.dot(X, coef), X*parameters
_DATA_TIMES_PARAMETER_WORD = patterns.compile(
    r"(?<![\w.])X\s*(?:\*|@)\s*(?P<at>params?|parameters|coefs?|coef_|coefficients)(?![\w(\[])"
    r"|(?<![\w.])X\.dot\(\s*(?P<dot>params?|parameters|coefs?|coef_)\s*\)"
    r"|(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*X\s*,\s*(?P<call>params?|parameters|coefs?|coef_)\s*\)")
#: the parameter vectors --wrt may name, each as the texts would write it
_PARAMETER_LETTERS = {"theta": "theta", "θ": "theta", "\\theta": "theta", "w": "w", "beta": "beta", "β": "beta",
                      "\\beta": "beta"}


def _parameters_word(result: Respelled, notation_of: _NotationOf) -> None:
    """``y_pred = sigmoid(X.dot(self.param))`` with ``--wrt theta_j``: code's word for the parameters is θ (noted).

    A class keeps its whole parameter vector as ``self.param`` (ML-From-Scratch), ``params``, ``parameters`` or
    scikit-learn's ``coef_``: the data matrix times it is the model's linear part, so it is the vector --wrt
    differentiates by (θ, w or β, whichever letter --wrt asks for: the word names no letter of its own). As for
    ``weights`` (:func:`_weights_word`): only in code, where some text multiplies the data matrix X by the word,
    every use takes it whole (never ``param[0]``, ``param.T``), one such word only, no text writes the letter --wrt
    asks for, and no --let defines the word or the letter. Otherwise the word stays, refused as unknown.
    """
    texts = _texts(result)
    found = {match.group("at") or match.group("dot") or match.group("call")
             for text in texts if notation_of(text) == "plain" for match in _DATA_TIMES_PARAMETER_WORD.finditer(text)}
    if len(found) != 1 or result.asked is None:
        return
    word = found.pop()
    head, _, index = result.asked.partition("_")
    letter = _PARAMETER_LETTERS.get(head.strip())
    if letter is None or index.strip("{} ") not in ("j", "k"):
        return  # a numbered component (θ₀) or another --wrt: which entry of the word it is, is not said
    if any(notation_of(text) != "plain" and word in text for text in texts):
        return
    if any(_word_spans(text, letter) for text in texts):
        return  # the letter itself written beside the word: two quantities, perhaps
    if any((sides := _let_sides(text)) is not None and sides[0] in (word, letter) for text in result.lets):
        return
    whole = patterns.compile(rf"(?<![\w.]){re.escape(word)}(?![\w(\[.])")
    if any(len(_word_spans(text, word)) != len(whole.findall(text)) for text in texts):
        return
    # coef → θ: the Unicode letter, one character, keeps every later column where it was
    spelled = letter if len(letter) <= len(word) else "θ"
    _map(result, lambda text: _replace_at(text, _word_spans(text, word), word, spelled))
    shown = {"theta": "θ", "beta": "β"}.get(letter, letter)
    result.notes.append(f"{word} is code's name for the parameter vector (the data matrix times it, X·{word}): "
                        f"read as {shown}, the one --wrt differentiates by")


#: Julia's X * T: the data matrix times a capital T on its right (not X^T, X', X.T)
_DATA_TIMES_T = patterns.compile(r"(?<![\w.])X\s*\*\s*T(?![\w(\[.'])")
#: the uses of T that a parameter vector has: X * T, the last argument of a call (h(X, T)), and beside those the
#: uses of a vector in a penalty: an entry or a slice (T[i], T[2:end], T(2:end) as Julia's is put in Octave's words: a
#: transpose is never indexed) and Julia's and Octave's entrywise power (T.^2)
_T_AS_PARAMETERS = patterns.compile(r"(?<![\w.])X\s*\*\s*(?P<product>T)(?![\w(\[.'])|,\s*(?P<argument>T)\s*\)"
                                    r"|(?<![\w.'])(?P<entries>T)(?=\[|\.\^|\(\s*\d+\s*:)")
PARAMETERS_T_NOTE = ("T is code's name for the parameter vector (the data matrix times it, X * T, and h(X, T) its "
                     "model): read as {shown}, the one --wrt differentiates by")


def _parameters_t(result: Respelled, notation_of: _NotationOf) -> None:
    """Julia's ``1/m * (-Y' * log.(h(X,T)) - …)`` with ``h(X, T) = g(X * T)``: T is the parameter vector (noted).

    A capital T is often a transpose (``X^T``) or the targets (``h(w, x) - T``); it is the parameters only
    where some text multiplies the data matrix by it (``X * T``, the model's linear part) and every T of every
    text is a parameter vector's use: ``X * T`` or the last argument of a call (``h(X, T)``). Only in plain code,
    with ``--wrt θⱼ`` (w, β) asked, no text writing that letter, and no --let defining T or the letter; anything
    else (``T[2:end]`` too, whose slice of a θ the readers do not take) leaves T as it is, refused as before.
    """
    texts = _texts(result)
    if result.asked is None or not any(notation_of(text) == "plain" and _DATA_TIMES_T.search(text) for text in texts):
        return
    head, _, index = result.asked.partition("_")
    letter = _PARAMETER_LETTERS.get(head.strip())
    if letter is None or index.strip("{} ") not in ("j", "k"):
        return
    if any(notation_of(text) != "plain" for text in texts if "T" in text):
        return
    if any(_word_spans(text, letter) for text in texts):
        return
    if any((sides := _let_sides(text)) is not None and sides[0] in ("T", letter) for text in result.lets):
        return
    uses = [(text, [match.start(name) for match in _T_AS_PARAMETERS.finditer(text)
                    for name in ("product", "argument", "entries") if match.group(name)]) for text in texts]
    if any(sorted(spans) != _word_spans(text, "T") for text, spans in uses):
        return  # a T used otherwise (- T, T', 2*T): the targets, or a transpose
    spelled = {"theta": "θ", "beta": "β"}.get(letter, letter)
    _map(result, lambda text: _replace_at(text, _word_spans(text, "T"), "T", spelled))
    result.notes.append(PARAMETERS_T_NOTE.format(shown=spelled))


#: y_t, y_{t}: y with the subscript t (the true value), as one of a residual's two y's (y_t − y_p)
_Y_T = patterns.compile(r"(?<![\w\\])y\s*_\s*(?:\{\s*t\s*\}|t(?![\w{]))")
#: a sum that writes its index or limits: \sum_i, ∑_{i=1}, sum(… for i …), Σᵢ; a bare ∑ or \sum( has none
_INDEXED_SUM = patterns.compile(r"(?:\\sum|∑|Σ)\s*[_^ᵢⱼₖ]|(?<![\w.])sum\s*_|\bfor\b")
TARGET_SUBSCRIPT_NOTE = ("y_t is read as y, the target of each example (t for the true value): the sums write no "
                         "index, so t is none of theirs, and no other y is written")


def _target_subscript(result: Respelled, notation_of: _NotationOf) -> None:
    """``E = ∑(y_t - y_p)^2``: a residual's target written y_t, read as the example's y (noted).

    Only where every sum is bare (``∑(…)``, no index or limits: were t the index of a sum
    over the examples, y_t would be the same target), no text writes y without that
    subscript or another t (``w_t`` makes t a step), and no --let defines y_t, y or t.
    """
    texts = _texts(result)
    if not any(_Y_T.search(text) for text in texts):
        return
    if any(_INDEXED_SUM.search(text) for text in texts):
        return
    defined = {sides[0].replace(" ", "") for text in result.lets if (sides := _let_sides(text)) is not None}
    if defined & {"y_t", "y_{t}", "y", "t"}:
        return
    blanked = [_Y_T.sub("", text) for text in texts]
    if any(_letter_spans(text, notation_of(text) == "latex", "t") for text in blanked):
        return
    if any(re.search(r"(?<![\w\\])y(?!\s*_|\w)", text) for text in blanked):
        return  # a bare y beside y_t: two quantities, perhaps (y_p, a prediction's own name, is another)
    if any(re.search(r"_\s*\{?\s*t(?![\w])", text) for text in blanked):
        return  # x_t, w_t: t indexes something else too
    _map(result, lambda text: _Y_T.sub(lambda match: " " * (len(match.group()) - 1) + "y", text))
    result.notes.append(TARGET_SUBSCRIPT_NOTE)


#: code's names of numbered parameters and features: theta0, theta1, w1, beta2, b0 + b1*x, x1
#: (also after the d of a derivative's variable, after its '/' and any spaces: dJ(θ0, θ1) / dθ0, dJ/dtheta1,
#: ∂J/∂θ0; not code's gradient names dw1, db0: _numbered_parameters keeps only those after a '/')
_GLUED_PARAMETER = patterns.compile(
    r"(?:(?<![\w.])|(?<=[d∂]))(?P<name>theta|θ|w|beta|β|b)(?P<digits>\d{1,2})(?![\w(\[])")
#: a derivative's d (or ∂) after its '/', spaces allowed as typed (dJ(θ0,  θ1)  /  dθ0): the end of a text before θ0
#: (its own name: _DERIVATIVE_D above is the derivative's d that _derivative_d looks for anywhere in a text)
_SLASH_D_AT_END = patterns.compile(r"/\s*[d∂]\Z")
#: the Greek letters a numbered name may be typed with (θ0 + θ1*x in a comment), by the names --wrt uses
_GREEK_NAMES = {"θ": "theta", "β": "beta"}
_GLUED_FEATURE = patterns.compile(r"(?<![\w.])x(?P<digits>\d{1,2})(?![\w(\[])")
#: b_0, b_1: a line's intercept and slope with their numbers as subscripts (plain text)
_SUBSCRIPTED_B = patterns.compile(r"(?<![\w.\\])b_(?P<digits>\d)(?![\w(\[{])")
#: theta_1, w_2: a parameter numbered the notation's way, beside which x1 is feature 1 too
_NUMBERED_PARAMETER = patterns.compile(r"(?<![\w.])(?:theta|w|beta)_\d")
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_THETA_WRITTEN = patterns.compile(r"(?<![A-Za-z])theta(?![A-Za-z0-9])|θ|\\theta")


#: a per-example --let as a comment writes it: y'(i) = θ0 + θ1 * x(i), y prime (the prediction) at example i
_PRIMED_EXAMPLE_LET = patterns.compile(r"^\s*(?P<letter>[A-Za-z])'\(i\)(?=\s*=(?!=))")


def _primed_example_names(result: Respelled, notation_of: _NotationOf) -> None:
    """``--let "y'(i) = θ0 + θ1 * x(i)"`` beside ``Sum(y'(i) - y_i)``: y′ (y prime) at example i, one name (noted).

    In plain text ``'`` is Octave's transpose, and ``y'(i)`` would be entry i of yᵀ, the label itself; but a
    --let that defines ``y'(i)`` names a quantity of its own, the prime marking it apart from y. Read so only
    where every ``y'`` in the texts is written ``y'(i)``, every text holding one is plain, and no text
    writes the respelling's name (yp): each ``y'(i)`` becomes, in place and of the same length, the one name ``yp_i``
    (a value per example, as a let of code's names is). A ``y'`` written otherwise (``y' * log(h)``, a
    transpose) leaves the texts as they are, for the readers to refuse.
    """
    heads = [match for text in result.lets if (match := _PRIMED_EXAMPLE_LET.match(text)) is not None]
    if len(heads) != 1:
        return
    letter = heads[0].group("letter")
    texts = _texts(result)
    primed = patterns.compile(r"(?<![\w.'])" + letter + r"'")
    written = patterns.compile(r"(?<![\w.'])" + letter + r"'\(i\)")
    respelled = letter + "p_i"
    taken = patterns.compile(r"(?<![\w.])" + letter + r"p(?![A-Za-z0-9])")  # yp, yp_i written: the name is taken
    if any(notation_of(text) != "plain" for text in texts if primed.search(text)) or any(
            len(primed.findall(text)) != len(written.findall(text)) or taken.search(text) for text in texts):
        return
    _map(result, lambda text: written.sub(respelled + " ", text))
    result.notes.append(f"{letter}'(i) is read as one name, {letter}′ ({letter} prime) at example i, as --let "
                        f"{letter}'(i) = … defines it (not Octave's transpose of {letter}): respelled {respelled}")


#: x written bare, the one feature of a one-feature model (θ₀ + θ₁x): not x1, x_j, x(i), x[i], x.T
_BARE_X = patterns.compile(r"(?<![\w.])x(?![\w(\[.'])")


def _numbered_parameter(match: re.Match[str]) -> bool:
    """Whether a match of ``_GLUED_PARAMETER`` is a numbered name: free-standing, or a derivative's variable (``/ dθ0``)."""
    before = match.string[:match.start()]
    return not before.endswith(("d", "∂")) or _SLASH_D_AT_END.search(before) is not None


def _numbered_parameters(text: str) -> list[re.Match[str]]:
    """The numbered names ``_GLUED_PARAMETER`` finds in ``text`` (not code's gradient names dw1, db0)."""
    return [match for match in _GLUED_PARAMETER.finditer(text) if _numbered_parameter(match)]


#: a one-feature line through the origin, code's ``b1 * x`` or ``x * b1`` (the glued name at group "name")
_SLOPE_TIMES_X = _SLOPE_TIMES_X_TEXT


def _lone_slope(result: Respelled, notation_of: _NotationOf) -> None:
    """``np.sum((y - b1 * x)**2) / n`` with ``--wrt b1``: a slope with no intercept beside it is one number (noted).

    A glued b1 is left alone where b₀ is not written (b_1, b_2 alone may be layers' biases); but where --wrt asks
    for it, it multiplies the one feature x (``b1 * x``), every text writing it is plain code, and no other b (b,
    b0, b2) is written, it is the slope of a line through the origin (HeroSima43's homework: 'без intercept'), a
    scalar parameter: renamed a letter no text uses, which --wrt follows.
    """
    asked = (result.asked or "").strip()
    match = re.fullmatch(r"(?P<letter>b)(?P<digits>[1-9])", asked)
    if match is None:
        return
    texts = _texts(result)
    writers = [text for text in texts if _word_spans(text, asked)]
    if not writers or any(notation_of(text) != "plain" for text in writers):
        return
    if not any(re.search(_SLOPE_TIMES_X.format(name=asked), text) for text in texts):
        return
    if any(re.search(r"(?<![\w.])b(?:\d+|_\d+)?(?![\w(\[])", text.replace(asked, "")) for text in texts):
        return  # another b beside it: an intercept, or layers' biases
    fresh = _unused_letter(result, notation_of, "uvqrs")
    if fresh is None:
        return
    _map(result, lambda text: _replace_at(text, _word_spans(text, asked), asked, fresh))
    result.renamed[asked] = fresh
    result.notes.append(f"{asked} is the one parameter --wrt {asked} asks for, the slope of a line through the origin "
                        f"({asked} * x, and no other b beside it: no intercept): a number of its own, shown as {fresh}")


#: code's a0, a1, a2 (the numbered coefficients of a line or polynomial, a0 + a1*X): the glued name, digits at "digits"
_GLUED_A = patterns.compile(r"(?:(?<![\w.])|(?<=(?<![\w.])D_))a(?P<digits>\d)(?![\w(\[])")
#: an a written otherwise: bare, subscripted (a_0, a_{1}) or as a Greek/θ parameter beside it
_OTHER_A = patterns.compile(r"(?<![\w.\\])a(?![\d\w(\[])|(?<![\w.\\])a\s*_|(?<![A-Za-z])theta(?![A-Za-z])|θ")


#: the line itself, a0 + a1*x or a1*x + a0 (the data by any name)
#: (not _A_LINE: that name holds maths' a_{0} + a_{1}x, read above; a second definition replaced it)
_GLUED_A_LINE = patterns.compile(r"(?<![\w.])a0\s*\+\s*a1\s*\*\s*[A-Za-z_]\w*"
                                 r"|(?<![\w.])a1\s*\*\s*[A-Za-z_]\w*\s*\+\s*a0(?!\w)")


def _glued_line_a(result: Respelled, notation_of: _NotationOf) -> None:
    """``Y_pred = a0 + a1*X`` (code): a0, a1 are names of code, the line's numbered intercept and slope (noted).

    In code an identifier is ``[A-Za-z_][A-Za-z0-9_]*``: a0 is one name, never a·0, and a variable holds no
    subscript, so its digit numbers it, as code's theta0, theta1 and b0, b1 are read (θ₀, θ₁). Read so only where
    every text writing one is plain, a0 (the intercept) is written, no text writes a otherwise (a bare a, a_0,
    a(…)) nor θ, and no --let defines one of them; they are respelled θ₀, θ₁, … (same length, so columns keep)
    and --wrt a0 follows. Anything else is left as written, to be read or refused as before.
    """
    texts = _texts(result)
    writers = [text for text in texts if _GLUED_A.search(text)]
    if not writers or any(notation_of(text) != "plain" for text in writers):
        return
    written = sorted({match.group() for text in writers for match in _GLUED_A.finditer(text)})
    if "a0" not in written or len(written) < 2:
        return  # a lone a1 may be an activation's name, a0 alone no line
    if any(_OTHER_A.search(text) for text in texts):
        return
    if not any(_GLUED_A_LINE.search(text) for text in writers):
        return  # a0, a1 not written as a line (a network's activations a0 = X, a1 = σ(…)): not read so
    defined = {sides[0].strip() for text in result.lets if (sides := _let_sides(text)) is not None}
    if any(name in defined for name in written):
        return
    spelled = {name: "θ" + name[1:].translate(_SUBSCRIPT) for name in written}
    for name in written:
        result.renamed[name] = f"theta_{name[1:]}"
    _map(result, lambda text: _GLUED_A.sub(lambda match: spelled[match.group()], text))
    result.notes.append(
        f"read as code: {', '.join(written)} are names of code (an identifier holds its digits, as maths writes "
        f"a₀, a₁; never a times a number), the numbered coefficients of the line {written[0]} + {written[1]}·x: "
        "read as the parameters "
        + ", ".join(spelled[name] for name in written) + " are (" +
        ", ".join(f"{name} as {spelled[name]}" for name in written) + ")")


def _glued_digits(result: Respelled, notation_of: _NotationOf) -> None:
    """``theta0 + theta1*x``, ``w1*x1 + w2*x2 + b``, ``b0 + b1*x``: code's numbered names are θ₀, w₁, x₁ (noted).

    A variable of code cannot hold a subscript, so theta1 is θ₁ (the digit written as a
    subscript, same length, so columns keep). The line's b0, b1 (intercept and slope) are
    θ₀, θ₁ — only where no text writes θ or a bare b. A glued x1 is feature 1 of the
    example only beside such a numbered parameter (w1*x1): alone, x2 may be x², and is
    left to the front ends' refusal. Plain texts only, and no name a --let defines.
    """
    texts = _texts(result)
    if not any(pattern.search(text) for text in texts for pattern in (_SUBSCRIPTED_B, _GLUED_FEATURE)) and not any(
            _numbered_parameters(text) for text in texts):
        return  # nothing numbered (most texts): every reading below starts from a match of one of these
    if any(notation_of(text) != "plain" for text in texts if _numbered_parameters(text)):
        return
    defined = {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None}
    theta_written = any(_THETA_WRITTEN.search(text) for text in texts)
    bare_b = any(_letter_spans(text, False, "b") for text in texts if notation_of(text) == "plain")
    # a line has its intercept b₀: b_1, b_2 alone are the biases of layers (w_2 σ(w_1 x + b_1) + b_2), not θ₁, θ₂
    no_intercept = not any(
        match.group("digits") == "0"
        for text in texts if notation_of(text) == "plain"
        for match in (*_SUBSCRIPTED_B.finditer(text),
                      *(glued for glued in _numbered_parameters(text) if glued.group("name") == "b")))
    bare_b = bare_b or no_intercept
    found: dict[str, str] = {}

    def parameter(match: re.Match[str]) -> str:
        name, digits = match.group("name", "digits")
        if match.group() in defined or not _numbered_parameter(match):
            return match.group()
        if name == "b":
            if theta_written or bare_b:
                return match.group()
            spelled = "θ" + digits.translate(_SUBSCRIPT)
            result.renamed[match.group()] = f"theta_{digits}"
            found[match.group()] = spelled
            return " " * (len(match.group()) - len(spelled)) + spelled
        spelled = name + digits.translate(_SUBSCRIPT)
        result.renamed[match.group()] = f"{_GREEK_NAMES.get(name, name)}_{digits}"
        found[match.group()] = spelled
        return spelled

    def subscripted(match: re.Match[str]) -> str:
        # b_0 + b_1 x (a plain text's line): the intercept and slope numbered as b0, b1 are, on the same terms
        if theta_written or bare_b or match.group() in defined:
            return match.group()
        digits = match.group("digits")
        spelled = "θ" + digits.translate(_SUBSCRIPT)
        result.renamed[match.group()] = f"theta_{digits}"
        numbered[match.group()] = spelled
        return " " * (len(match.group()) - len(spelled)) + spelled

    numbered: dict[str, str] = {}
    changed = {text: _SUBSCRIPTED_B.sub(subscripted, _GLUED_PARAMETER.sub(parameter, text))
               if notation_of(text) == "plain" else text for text in texts}
    if numbered:
        shown = ", ".join(f"{written} as {spelled}" for written, spelled in numbered.items())
        result.notes.append(f"{', '.join(numbered)}: the intercept and slope of the line, numbered; b alone is one "
                            f"bias, so they are read as the parameters θ₀, θ₁ are: {shown}")
    if not found and not any(_NUMBERED_PARAMETER.search(text) for text in texts if notation_of(text) == "plain"):
        if numbered:
            _map(result, lambda text: changed.get(text, text))
        return
    features: dict[str, str] = {}
    # θ₀ + θ₁x + θ₂x² beside an answer's x2: with x written bare (one feature, a number) x2 is not feature 2 of a
    # vector x; the writer may mean x² (as typed without '^'), so it is left to the front ends' refusal
    one_feature = any(_BARE_X.search(text) for text in texts if notation_of(text) == "plain")

    def feature(match: re.Match[str]) -> str:
        if match.group() in defined or one_feature:
            return match.group()
        features[match.group()] = "x" + match.group("digits").translate(_SUBSCRIPT)
        return features[match.group()]

    changed = {before: _GLUED_FEATURE.sub(feature, after) if notation_of(before) == "plain" else after
               for before, after in changed.items()}
    if not found and not features:
        if numbered:
            _map(result, lambda text: changed.get(text, text))
        return
    _map(result, lambda text: changed.get(text, text))
    shown = ", ".join(f"{glued} as {spelled}" for glued, spelled in {**found, **features}.items())
    result.notes.append(f"read as code: a name of code cannot hold a subscript, so its digits number it: {shown}"
                        + (" (b0, b1: the intercept and slope of the line)" if any(k.startswith("b") for k in found)
                           else ""))


#: code's names of the model's prediction: y_hat, yhat, y_pred, y_predicted, ypred, and the hypothesis h spelled out (hyp)
_PREDICTION_NAMES = r"(?<![\w.])(?:y_?hat|y_?pred(?:icted|iction|ict)?|hyp(?:othesis)?)"
_PREDICTION_WORD = patterns.compile(_PREDICTION_NAMES + r"(?![\w(\[])")
#: the same names in a --let, a function's head too (hypothesis(X) = sigmoid(X * theta)): the let says what it is
_PREDICTION_LET = patterns.compile(_PREDICTION_NAMES + r"(?!\w)")
_WEIGHTS_WRITTEN = patterns.compile(r"(?<![\w.])(?:w|weights|W)(?![A-Za-z0-9(])|(?<![\w.])b(?![\w(])")
_HAT_WRITTEN = patterns.compile(r"ŷ|y\u0302|\\hat")
#: the intercept b written whole (not b_1, b(…)): beside weights w the model is then Xw + b
_INTERCEPT_WRITTEN = patterns.compile(r"(?<![\w.])b(?![\w(\[])")


#: the data times the weights, written out: the model the answer states (X @ w, X.dot(w), np.dot(X, w), X*w, Xw)
_DATA_TIMES_WEIGHTS = patterns.compile(r"X\s*(?:@|\*|\.dot\()?\s*w(?![\w(])|dot\(\s*X\s*,\s*w\s*\)")
_EITHER_MODEL = (" (beside w it may be Xw or Xw + b: ∂ŷ/∂wⱼ = xⱼ⁽ⁱ⁾ either way, and the answer writes the "
                 "prediction by its name too, so the verdict is the same under both)")


def _either_model(result: Respelled) -> bool:
    """Whether a check by a weight wⱼ holds y_pred as a name in its answer too, the model written nowhere.

    ``(2/n) * (X^T @ (y_pred - y)) + 2 * alpha * w`` against ``(1/n) * sum((y_pred - y)^2) + alpha * sum(w^2)``:
    Xw and Xw + b differ by a b no text writes, whose derivative by wⱼ is 0; the cost's gradient and the
    answer are then the same expressions in ŷ under either model, so either gives the verdict.
    """
    answer = result.answer
    if answer is None or result.asked is None or not result.asked.startswith("w_"):
        return False
    if not _PREDICTION_WORD.search(answer) or result.lets:
        return False
    return not any(_DATA_TIMES_WEIGHTS.search(text) for text in _texts(result))


def _prediction_words(result: Respelled, notation_of: _NotationOf) -> None:
    """``sum((y_pred - y)^2)`` with no --let for y_pred: code's name of the prediction ŷ, read as ŷ is (noted).

    ŷ undefined is the prediction h of the model the cost names (the front ends say which,
    noted). Only in plain texts, where no --let defines or uses the name and no text
    writes ŷ itself: then the name and ŷ cannot be two quantities.
    """
    texts = _texts(result)
    if not any(_PREDICTION_WORD.search(text) for text in texts):
        return
    if any(notation_of(text) != "plain" and _PREDICTION_WORD.search(text) for text in texts):
        return
    if any(_HAT_WRITTEN.search(text) for text in texts) or any(_PREDICTION_LET.search(text) for text in result.lets):
        return
    intercept = result.asked in ("b", "bias") or any(_INTERCEPT_WRITTEN.search(text) for text in texts)
    either = not intercept and _either_model(result)
    if not intercept and not either and any(_WEIGHTS_WRITTEN.search(text) for text in texts):
        # with weights w the model may be wᵀx or wᵀx + b (DeepLearning.AI's): which is not said, so not read;
        # refused here with both models named (read on, y_pred would fall apart into y with an index 'pred')
        for label, text in (("COST", result.cost), ("ANSWER", result.answer)):
            match = _PREDICTION_WORD.search(text) if text is not None else None
            if match is not None:
                assert text is not None, "the match is in it"
                raise InputError(
                    f"'{match.group()}' (no --let defines it) is code's name of the prediction, and beside weights "
                    "w it may be Xw or Xw + b: which is not said",
                    source=text, column=match.start(), label=label,
                    hint=f"define it with --let (e.g. --let '{match.group()} = X @ w + b')",
                )
        return
    found: set[str] = set()

    def change(text: str) -> str:
        for match in reversed(list(_PREDICTION_WORD.finditer(text))):
            found.add(match.group())
            text = _replace_at(text, [match.start()], match.group(), "ŷ")
        return text

    _map(result, change)
    result.notes.append(f"{', '.join(sorted(found))} (no --let defines it) is code's name of the prediction: "
                        "read as ŷ" + (" (the model has the intercept b: --wrt b or the texts write it)" if intercept
                                       else _EITHER_MODEL if either else ""))


def _lambda_spellings(result: Respelled, notation_of: _NotationOf) -> None:
    """``lambda_``, ``lam``, ``lmbda``: code's names for λ (``lambda`` is a Python keyword), read as λ (noted)."""
    defined = {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None}
    found: set[str] = set()

    def change(text: str) -> str:
        if notation_of(text) != "plain":
            return text
        spots = []
        for match in _IDENTIFIER.finditer(text):
            word = match.group()
            if word in vocab.LAMBDA_SPELLINGS and word not in defined and not text[:match.start()].endswith("."):
                spots.append(match)
        if len({match.group() for match in spots}) > 1:
            # lam*… + lmb*… in one text: two quantities as written, not one λ (audit24g)
            first, second = spots[0], next(match for match in spots if match.group() != spots[0].group())
            raise InputError(
                f"'{first.group()}' and '{second.group()}' are both code's names for λ, the regularisation strength: "
                "two names in one text may be two quantities, which reading both as λ would merge",
                source=text, column=second.start(),
                hint=f"write one name for λ, or define the other: --let '{second.group()} = …'")
        for match in reversed(spots):
            found.add(match.group())
            text = _replace_at(text, [match.start()], match.group(), "λ")
        return text

    if any("λ" in text or re.search(r"(?<![A-Za-z_])lambda(?![A-Za-z_0-9])", text) for text in _texts(result)):
        return  # λ written too: a second spelling would be a second quantity
    _map(result, change)
    if found:
        result.notes.append(f"{', '.join(sorted(found))}: code's name for λ, the regularisation strength "
                            "(lambda is a Python keyword)")


# --- code's own names: the vector --wrt names, the data matrix under a code name (issue 10) -----------------

#: names that already mean something, never taken for code's name of the parameters or of the data matrix
_NOT_CODE_NAMES = frozenset(vocab.FIXED_NAMES | vocab.WORDS | set(vocab.FUNCTIONS) | vocab.CODE_WORDS
                            | {"X", "x", "y", "Y", "h", "z", "e", "T", "np", "self", "sum", "mean", "data", "inputs"})


def _transposed_or_whole(word: str) -> re.Pattern[str]:
    """Every use of ``word`` a whole array: alone, transposed (``A'``, ``A.T``) or asked its size; never indexed.

    ``A[0]``, ``A(2,:)``, ``A_i`` or ``A.foo`` would take a row, an entry or an attribute, which a parameter
    vector or a data matrix taken whole does not say.
    """
    # (TensorFlow.js's features.matMul(weights) takes it whole as .dot does: tfjs_code reads its chains)
    return patterns.compile(rf"(?<![\w.]){re.escape(word)}(?![\w(\[]|\.(?!T\b|shape\b|dot\(|transpose\(|matMul\())")


def _assigned(texts: Sequence[str], lets: Sequence[str], word: str) -> bool:
    """Whether ``word`` is given a value: a --let's head, or ``word = …`` at the start of a line of code."""
    if any((sides := _let_sides(text)) is not None and sides[0].split("(")[0].strip() == word for text in lets):
        return True
    line = patterns.compile(rf"(?m)^\s*{re.escape(word)}\s*(?:\([^)]*\)\s*)?(?:\+|-|\*)?=(?!=)")
    return any(line.search(text) for text in texts)


def _asked_vector_name(result: Respelled, notation_of: _NotationOf) -> None:
    """``X @ thetas`` with ``--wrt thetas_j``: the name --wrt gives, multiplied where the parameters go, is them (noted).

    The user named the vector to differentiate by, and the code multiplies the data matrix by it (``X @ thetas``,
    ``xproj = X*wts``, ``np.dot(X, coef)``, ``X.dot(A)``): it is the parameter vector, read under the letter its name
    starts with (θ for thetas, and for coef, coef_, coefficients as a preset writes them; β for betas; else w). As :func:`_weights_word` does for ``weights``: only in code,
    every use takes the name whole (never ``thetas[i]``, ``A(:,k)``, a matrix of several outputs), no text writes
    the letter it becomes, no --let or line of code assigns the name (a name given a value twice, or defined as
    something else, stays what it is said to be; unknown, it is refused), and no layer sits under output weights
    (``v * sigmoid(X @ W + b)``: W is then a hidden layer's matrix, as :func:`_capital_weights` has it).
    """
    if result.asked is None:
        return
    head, _, index = result.asked.partition("_")
    word, index = head.strip(), index.strip("{} ")
    if index not in ("j", "k") or not _IDENTIFIER.fullmatch(word) or word in _NOT_CODE_NAMES \
            or word in _PARAMETER_LETTERS:
        return
    texts = _texts(result)
    asked = word
    if not any(_word_spans(text, word) for text in texts) and any(_word_spans(text, word + "_") for text in texts):
        # --wrt coef_j beside scikit-learn's coef_: the entry j of the name written with its trailing _ (a fitted
        # attribute's mark), as coef_j could not say coef__j
        word = word + "_"
    if any(notation_of(text) != "plain" and word in text for text in texts):
        return
    product = patterns.compile(
        # R's %*% too, as _NAME_TIMES_PARAMETERS has it: an R answer is respelled before R's marks are put in NumPy's
        rf"(?<![\w.])(?P<data>[A-Za-z_]\w*)\s*(?:%\*%|\*|@)\s*{re.escape(word)}(?![\w(\[.'])"
        rf"|(?<![\w.])(?P<dotted>[A-Za-z_]\w*)\.dot\(\s*{re.escape(word)}\s*\)"
        # np.dot(X, self.coef_.T): a 1-D array's .T is itself, a 1×n row's the column: X times it either way
        rf"|(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*(?P<called>[A-Za-z_]\w*)\s*,\s*{re.escape(word)}(?P<turned>\.T)?\s*\)")
    data = {match.group("data") or match.group("dotted") or match.group("called")
            for text in texts if notation_of(text) == "plain" for match in product.finditer(text)}
    # the data matrix, X or one name of code's for it (Xbar, training): a constant (lambda * thetas) is no data
    if not data or not all(name in ("X", "x") or name not in _NOT_CODE_NAMES | {"m", "n"} for name in data) \
            or len(data - {"X", "x"}) > 1:
        return
    lowered = word.lower()
    # coef_, coefficients: the coefficient vector a preset and statistics write θ (the letter changes no value; a
    # preset in θ beside --wrt coef_j is then read as written)
    letter = "theta" if lowered.startswith(("theta", "coef")) else "beta" if lowered.startswith("beta") else "w"
    if any(_word_spans(text, letter) for text in texts):
        return  # the letter itself written beside the name: two quantities, perhaps
    if _numbered_sibling(texts, word, letter):
        return  # W1 beside w2 (sigmoid(X @ W1) @ w2): layers' weights, W1 a hidden layer's matrix, not the vector
    whole = _transposed_or_whole(word)
    if any(len(_word_spans(text, word)) != len(whole.findall(text)) for text in texts):
        return  # indexed or sliced somewhere: an example's row, a column of several outputs, an entry
    if _assigned(texts, result.lets, word):
        return
    if _output_weights(texts, {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None}):
        return  # v * sigmoid(X @ W + b): the name is a hidden layer's matrix under output weights, not the vector
    spelled = letter if len(letter) <= len(word) else {"theta": "θ", "beta": "β"}.get(letter, "w")

    def respelled(text: str) -> str:
        # np.dot(X, coef_.T) → np.dot(X, w): the vector's transpose goes with the name (w is n×1 either way)
        text = product.sub(lambda match: match.group(0).replace(f"{word}.T", f"{word}  ")
                           if match.group("turned") else match.group(0), text)
        return _replace_at(text, _word_spans(text, word), word, spelled)
    _map(result, respelled)
    result.renamed.update({word: letter, result.asked.strip(): f"{letter}_{index}"})
    shown = {"theta": "θ", "beta": "β"}.get(letter, letter)
    trailing = "" if word == asked else f" (written {word}: scikit-learn's trailing _ marks a fitted attribute)"
    turned = any(match.group("turned") for text in texts for match in product.finditer(text))
    result.notes.append(f"{asked} is the vector --wrt {result.asked.strip()} differentiates by{trailing}, and the code "
                        f"multiplies the data by it as by the parameters: read as {shown}, the n×1 parameter vector"
                        + (f" ({word}.T of a vector is the vector, as a column)" if turned else ""))


def _numbered_sibling(texts: Sequence[str], word: str, letter: str) -> bool:
    """Whether a name of the same stem as ``word`` or ``letter``, numbered or suffixed, stands beside it.

    ``sigmoid(X @ W1) @ w2`` (``w_out``, ``theta2``, or ``w₂`` once code's digits are read as a subscript): a
    network's layers, each with weights of its own; W1, which --wrt names, is then the first layer's n×H matrix,
    never the parameter vector (w2 would be read as w's entry).
    """
    stems = "|".join(sorted({re.escape(word.rstrip("0123456789_")), re.escape(letter)}))
    sibling = re.compile(rf"(?<![\w.])(?:{stems})(?:\d+|_\w+|[₀-₉]+)(?![\w₀-₉])", re.IGNORECASE)
    return any(match.group() != word for text in texts for match in sibling.finditer(text))


#: the name of one example (x_i, xi, x0, xrow, sample), of a summary of the examples (x_mean, xbar, mu), of
#: parameters (w_old, theta_prev), of a product already taken (Xw) or of the transpose (Xtranspose): never the m×n
#: data matrix, whatever it multiplies (capital Xbar is Vũ Hữu Tiệp's X with its ones column); a transformed X
#: (X_transformed, X_transf: features mapped before the fit) is the data matrix, not a transpose; nor a matrix made
#: from the data (X_inv, X_pinv, X_cov, X_gram, X_hess, X_corr: an inverse, a covariance or a Gram matrix is n×n, or
#: n×m, and times the parameters it is no prediction)
_ONE_ROW_NAME = patterns.compile(
    r"[xX]_?(?:[ijknt]|\d+)|[a-z]\w*_?bar|mu|[xX]_?(?:w|theta|beta)|(?:w|theta|beta|weights?|coef)_?\w*"
    r"|.*(?:row|sample|example|point|instance|obs|mean|avg|average|vec|trans(?!f)"
    r"|inv|cov|corr|gram|hess).*", re.IGNORECASE)


#: a parameter vector as code writes it on the right of a matrix product (θ and β as :func:`_asked_vector_name`
#: respells code's coef, thetas, betas before this reads the matrix: R's design %*% coef with --wrt coef_j, f70)
_PARAMETER_NAMES = r"(?:theta|w|beta|weights|θ|β)"
#: code's name of a matrix times the parameter vector on its right: Xbar.dot(w), Xmat @ w, xmat*w, np.dot(Xtrain, theta),
#: R's design %*% beta (read before R's %*% is respelled @, so that an answer's t(design) is read with its let)
_NAME_TIMES_PARAMETERS = patterns.compile(
    rf"(?<![\w.])(?P<at>[A-Za-z_]\w*)\s*@\s*{_PARAMETER_NAMES}(?![\w(\[.'])"
    rf"|(?<![\w.])(?P<star>[A-Za-z_]\w*)\s*\*\s*{_PARAMETER_NAMES}(?![\w(\[.'])"
    rf"|(?<![\w.])(?P<r>[A-Za-z_]\w*)\s*%\*%\s*{_PARAMETER_NAMES}(?![\w(\[.'])"
    rf"|(?<![\w.])(?P<dot>[A-Za-z_]\w*)\s*\.(?:dot|matMul)\(\s*{_PARAMETER_NAMES}\s*\)"
    rf"|(?<![\w.])(?:np\.)?(?:dot|matmul)\(\s*(?P<call>[A-Za-z_]\w*)\s*,\s*{_PARAMETER_NAMES}\s*\)")


#: a split of the data the plain reader names itself (X_train, xTr, and X_test, X_val, which it refuses beside them),
#: and the EPFL labs' tx, tX, the data matrix with its column of ones, which pasted.data_x reads with its own note
_SPLIT_DATA_NAME = patterns.compile(r"[Xx](?:_(?:train|tr|test|val|valid|validation)|Tr)|t[xX]")


#: a name used as only a matrix is: transposed (Xa', Xtrain.T), its shape or rows asked (size(Xa, 1), nrow(X))
#: (NumPy's method A.transpose() too: Machine Learning in Action's dataMatrix.transpose()* error)
_MATRIX_USE = patterns.compile(r"(?<![\w.])(?P<name>[A-Za-z_]\w*)(?:'|\.T\b|\.shape\b|\.transpose\(\s*\))"
                               r"|(?<![\w.])(?:transpose|t|size|nrow|rows)\(\s*(?P<argument>[A-Za-z_]\w*)\s*[,)]")


def _data_matrix_name(result: Respelled, notation_of: _NotationOf) -> None:
    """``Xbar.dot(w)``, ``Xmat @ w``, ``xmat*w``: code's one name for a matrix times the parameters is X (noted).

    As :func:`_data_word` does for ``data``: only in code, where one name not otherwise known multiplies the
    parameter vector on its right, as only the m×n data matrix does in a model's linear part. With ``@``,
    ``.dot`` or ``np.dot`` that is a matrix product; Octave's and Julia's ``*`` between a name and the vector
    could also scale it by a constant (``lam * w``), so there the name must also be transposed or asked its rows
    somewhere (``xmat'``, ``Xtrain.T``, ``transpose(xmat)``, ``size(Xmat, 1)``), as only a matrix is — in the
    texts as written too (``n = size(Xa, 1)``, a count let read as m before this runs). No text
    writes X, every use of the name takes it whole (never ``Xbar[i]``, ``Xmat(:,1)``), and no --let or line of code
    gives it a value: a name a --let defines stays what the let says. Two such names (Xtrain beside Xtest), or
    none, and nothing changes; a split (``X_train``) and the labs' ``tx`` are left to the readers that name them.
    """
    texts = _texts(result)
    plain = [text for text in texts if notation_of(text) == "plain"]
    # used as only a matrix is, in the texts as written (a count let read away said so) or as respelled
    matrices = result.matrices | {use.group("name") or use.group("argument")
                                  for text in texts for use in _MATRIX_USE.finditer(text)}
    found: set[str] = set()
    for text in plain:
        for match in _NAME_TIMES_PARAMETERS.finditer(text):
            name = match.group("at") or match.group("star") or match.group("r") or match.group("dot") or \
                match.group("call")
            if name in _NOT_CODE_NAMES or name in vocab.CONSTANTS or name in _PARAMETER_WORDS \
                    or name in _WEIGHTS_WORDS or name == "W" or name.startswith(("np", "self")) \
                    or _SPLIT_DATA_NAME.fullmatch(name):
                continue
            if match.group("star") and name not in matrices:
                continue  # lam * w: a constant times the vector, perhaps
            found.add(name)
    if len(found) != 1:
        return
    name = found.pop()
    if _ONE_ROW_NAME.fullmatch(name) and not (name[0].isupper() and name.lower().endswith("bar")):
        return  # x_i @ w, x_mean @ w, w_old @ w: a row, a number per example, not Xw
    if any(notation_of(text) != "plain" and re.search(rf"(?<![\w\\]){re.escape(name)}(?!\w)", text) for text in texts):
        return
    if any(_letter_spans(text, notation_of(text) == "latex", vocab.DATA_MATRIX) for text in texts):
        return  # X beside it: two matrices, perhaps (X and Xbar)
    whole = _transposed_or_whole(name)
    if any(len(_word_spans(text, name)) != len(whole.findall(text)) for text in texts):
        return
    if _assigned(texts, result.lets, name):
        return
    if len(name) == 1 and name.isupper():
        # np.dot(A, theta): one capital letter is linear algebra's any matrix (Ax = b), and no text says A is the
        # data: a longer name of code's (Xbar, Xmat, design) says it; one letter alone is not read as X (issue 10).
        # A lowercase letter (Octave's u * theta beside u') is no such letter of linear algebra, and stays read
        text = next(text for text in plain if _word_spans(text, name))
        raise InputError(
            f"'{name}' multiplies the parameters as the data matrix X would, but nothing written says {name} is the "
            f"data (no line gives it a value): X, or another matrix ({name}x = b)? Its gradient differs",
            source=text, column=_word_spans(text, name)[0], label=_label(result, text),
            hint=f"if {name} is the data matrix (one example a row), write it X")
    _map(result, lambda text: _replace_at(text, _word_spans(text, name), name, "X"))
    result.notes.append(f"{name}{DATA_MATRIX_NAME_NOTE}")


#: the data matrix times the parameter vector, as the texts write a linear model's predictions (after
#: :func:`_data_matrix_name`): X @ theta, X*w, X.dot(w), np.dot(X, w), X %*% beta
_LINEAR_PREDICTION = (r"(?:X\s*(?:@|\*|%\*%)\s*{parameters}|X\.dot\(\s*{parameters}\s*\)"
                      r"|(?:np\.)?(?:dot|matmul)\(\s*X\s*,\s*{parameters}\s*\))").format(parameters=_PARAMETER_NAMES)


#: a name of a parameter, not of data: theta0, b0, w_1, intercept, bias_term, coef, params (the line's own, which
#: --wrt may ask for: a parameter subtracted from the prediction is no target)
_PARAMETER_LIKE = patterns.compile(r"(?:w|theta|beta|weights?|coefs?|coefficients?|b|bias|intercept|alpha|params?"
                                   r"|parameters?)(?:_?\d+|_\w*|[₀-₉]+)?", re.IGNORECASE)
#: a name that says it holds one number (y_mean, ybar, mu_y, a baseline, a constant, a tolerance, a count N, a
#: numbered y0, which code's respelling reads as the entry y₀): subtracted from the prediction it is a scalar, and
#: read as y, one target per example, it would change the gradient (audit43)
_SCALAR_NAME = patterns.compile(r"mean|avg|average|median|bar(?![a-z])|base_?line|(?:^|_)base(?:_|$)|(?:^|_)mu(?:_|$)"
                                r"|(?<=[a-z])Mu(?![a-z])"
                                r"|const|scalar|eps|tol(?![a-z])|thresh|cent(?:er|re)|(?:^|_)med(?:_|$)|level"
                                r"|^(?:one|zero|[CKLMN])$|[0-9₀-₉]$", re.IGNORECASE)


def holds_one_number(name: str) -> bool:
    """Whether code's ``name`` says it is one number or a parameter (y_mean, t_bar, N, y0, b_0), never the targets.

    The readings that take a name set against the prediction for y, one target per example (here, and
    :mod:`.data_roles`, :mod:`.assigned_y`), ask this first: read as y, such a name changes the gradient.
    """
    return bool(_PARAMETER_LIKE.fullmatch(name) or _SCALAR_NAME.search(name))


def _built_of(name: str, predictions: set[str], parameter: str) -> bool:
    """Whether code's ``name`` spells itself of the prediction's or the parameter's name (``yXbeta`` beside
    ``Xbeta = X.dot(beta)``, ``y_theta``): a quantity computed from the model, which some other line of the
    source defines (dask-glm's ``yXbeta = y*Xbeta``), never the targets themselves."""
    return any(len(known) > 1 and known in name for known in predictions) or (len(parameter) > 2 and parameter in name)


def _target_name(result: Respelled, notation_of: _NotationOf) -> None:
    """``np.sum(np.power(train_ex @ theta - sol, 2))``, ``train_ex.T @ (h - sol)``: what the prediction is compared
    with, under a name of code's own, is the targets y (noted).

    The rule, not a list of names: a name that some text subtracts from the model's prediction (the data matrix
    times the parameter vector, ``X @ theta``, a function of it, ``sigmoid(X @ theta)``, ``np.exp(X @ w)``, or a
    name that a --let makes of it, ``h = X @ theta``), or the
    prediction from it, is a constant of one value per example the prediction is fitted to — the targets, read as
    y. Only in code (no LaTeX text writes the name), where no text writes y or Y, no --let or line of code gives the
    name a value, it is not a name logderiv knows (b, lambda, mu …) nor a parameter's (theta0, intercept, the name
    --wrt asks for), it is taken whole everywhere (never
    ``sol[i]``, ``sol(2)``), and exactly one name is so compared (two would be two quantities, or one). For the
    derivative by the parameters, any such constant vector would do: reading it as y renames it in every text
    alike, so the cost and an answer keep the same meaning.
    """
    texts = _texts(result)
    if any(_letter_spans(text, notation_of(text) == "latex", letter) for text in texts for letter in "yY"):
        return
    predictions = {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None
                   and _IDENTIFIER.fullmatch(sides[0]) and re.search(_LINEAR_PREDICTION, sides[1])}
    if not predictions and not any(re.search(_LINEAR_PREDICTION, text) for text in texts):
        return
    # a let that applies a function to a prediction's name is a prediction too (mu <- sigmoid(est) after
    # est <- design %*% beta): the model's mean, as sigmoid(X @ theta) written out is
    grown = True
    while grown:
        applied = "|".join(re.escape(name) for name in sorted(predictions))
        more = {sides[0] for text in result.lets if (sides := _let_sides(text)) is not None and predictions
                and _IDENTIFIER.fullmatch(sides[0])
                and re.fullmatch(rf"(?:np\.)?[A-Za-z_]\w*\(\s*-?\s*(?:{applied})\s*\)", sides[1])} - predictions
        grown = bool(more)
        predictions |= more
    # the linear prediction, a function of it (sigmoid(X @ theta), np.exp(X @ w): a model's mean), or a let's name
    predicted = "|".join([_LINEAR_PREDICTION, rf"(?:np\.)?[A-Za-z_]\w*\(\s*-?\s*{_LINEAR_PREDICTION}\s*\)",
                          *(re.escape(name) for name in sorted(predictions | {"h"}))])
    compared = patterns.compile(rf"(?:(?<![\w.])(?:{predicted})(?![\w(\[])\s*-\s*(?P<after>[A-Za-z_]\w*)(?![\w(\[.])"
                                rf"|(?<![\w.])(?P<before>[A-Za-z_]\w*)\s*-\s*(?:{predicted})(?![\w(\[]))")
    found = {match.group("after") or match.group("before") for text in texts if notation_of(text) == "plain"
             for match in compared.finditer(text)}
    # the training set's targets by name (yTrain, yTr, y_train), which logderiv's reader of code reads as y: another
    # name compared with the prediction beside them (yTest, ytest, yval, t) is a second quantity, never y too
    # (audpyloop37: xTrain'(σ(xTrain w) − yTest) against a cost on yTrain was read 'equivalent')
    found |= {match.group() for text in texts if notation_of(text) == "plain" for match in _TRAINING_TARGETS.finditer(text)}
    asked = (result.asked or "").replace("{", "").replace("}", "").strip()
    found = {name for name in found if name not in _NOT_CODE_NAMES | predictions | {"b", "c", "W", "bias", "m", "n"}
             and name not in vocab.LAMBDA_SPELLINGS and name not in _PARAMETER_WORDS and name != "X"
             and not name.startswith("np") and not _PARAMETER_LIKE.fullmatch(name) and not _SCALAR_NAME.search(name)
             and name not in (asked, asked.partition("_")[0])
             and not _built_of(name, predictions, asked.partition("_")[0])}
    if len(found) != 1:
        return
    name = found.pop()
    if any(notation_of(text) != "plain" and re.search(rf"(?<![\w\\]){re.escape(name)}(?!\w)", text) for text in texts):
        return
    whole = _transposed_or_whole(name)
    if any(len(_word_spans(text, name)) != len(whole.findall(text)) for text in texts) or \
            _assigned(texts, result.lets, name):
        return
    _map(result, lambda text: _replace_at(text, _word_spans(text, name), name, "y"))
    result.notes.append(f"{name} is what the prediction is compared with (it is subtracted from the data matrix "
                        "times the parameters or a function of it, or that from it), and no text writes y or gives it "
                        "a value: read as y, the targets")


#: code's names of the training set's targets, read as y by the reader of code (notation.plain's training names)
_TRAINING_TARGETS = patterns.compile(r"(?<![\w.])y(?:_train|_tr|Train|Tr)(?![A-Za-z0-9_])")


#: the note :func:`_data_matrix_name` gives after the name it read as X
DATA_MATRIX_NAME_NOTE = (" is the code's name of the data matrix (it multiplies the parameters, one example a row): "
                         "read as X, the m×n data matrix")


def refuse_data_name_beside_x(cost_notes: Sequence[str], answer: str) -> None:
    """Refuse an answer in X to a cost whose data matrix is code's name of its own (``Xbar.dot(w)`` beside ``X.T``).

    The cost is read on its own, where ``Xbar`` is the only matrix and is read as X (noted); the answer, read
    beside it, writes a bare X. Xbar may be X with its column of ones, and an answer in X then forgot it; or one
    matrix under two names: which is not in the text, as x beside X is not (pasted's refusal of those). Raised
    with the caret at the answer's X.
    """
    for note in cost_notes:
        if not note.endswith(DATA_MATRIX_NAME_NOTE):
            continue
        name = note[: -len(DATA_MATRIX_NAME_NOTE)]
        if re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", answer):
            return  # the answer writes the cost's name: read as the cost's matrix
        spans = _letter_spans(answer, "\\" in answer, vocab.DATA_MATRIX)
        if spans:
            raise InputError(
                f"the cost's data matrix is {name} and the answer writes X: whether X is the same matrix as {name} "
                f"(or {name} is X with a column of ones, which the answer left out) is not in the text",
                source=answer, column=spans[0], label="ANSWER",
                hint=f"write the data matrix with one name in the cost and the answer ({name}, or X in both)",
            )


def refuse_x_beside_primed_data(cost_notes: Sequence[str], answer: str) -> None:
    r"""Refuse an answer's bare X where the cost's data matrix is X' (``\|y - X'w\|^2`` beside ``-2X^T(y - Xw)``).

    The cost, read on its own, writes X' and no X: its X' is a variant of the data matrix (X with a column of
    ones, say), read as X (noted). An answer that writes a bare X beside it, alone (``X^T(Xw - y)``) or beside
    X' (``X'(y - Xw)``, where X' alone would be read as the transpose Xᵀ), names a matrix the cost does not: X
    is the cost's X' or X without its column of ones, which is not in the text, as the cost's Xbar beside the
    answer's X is not (:func:`refuse_data_name_beside_x`). Refused with the caret at the answer's first X.
    """
    from .conventions import PRIMED_MATRIX_NOTE

    if PRIMED_MATRIX_NOTE not in cost_notes:
        return
    spans = _letter_spans(answer, "\\" in answer, vocab.DATA_MATRIX)
    plain = [at for at in spans if answer[at + 1:at + 2] != "'"]
    if plain:
        raise InputError(
            "the cost's data matrix is X' (it writes no X) and the answer writes X: whether X is the same matrix "
            "as X' (or X' is X with a column of ones, which the answer left out) is not in the text",
            source=answer, column=plain[0], label="ANSWER",
            hint="write the data matrix one way in the cost and the answer (X, and X^T for its transpose)",
        )


#: code's names of the hypothesis h(x) as a variable: Octave's hx = sigmoid(X * theta), htheta, hX
_HYPOTHESIS_WORD = patterns.compile(r"(?<![\w.])(?:hx|hX|htheta|h_theta)(?![\w(\[.])")


def _hypothesis_word(result: Respelled, notation_of: _NotationOf) -> None:
    """``-y' * log(hx) - (1 - y') * log(1 - hx)`` with no --let for hx: code's variable for h(x), read as h (noted).

    Octave labs keep the hypothesis in a variable named for it (``hx = sigmoid(X * theta);`` a line above the cost,
    not copied): h written with its argument glued on. Read as h, which the front ends then read as an undefined h
    is read (noted there). Only in plain texts, where every use is whole (never ``hx(2)``, ``hx(x)``), one such
    name, no text writes h itself, and no --let or line of code gives the name a value (which is then its value).
    """
    texts = _texts(result)
    found = {match.group() for text in texts for match in _HYPOTHESIS_WORD.finditer(text)}
    if len(found) != 1:
        return
    word = found.pop()
    if any(notation_of(text) != "plain" for text in texts if word in text):
        return
    if any(_letter_spans(text, notation_of(text) == "latex", vocab.PREDICTION) for text in texts):
        return  # h itself beside it: two quantities, perhaps
    if any(len(_word_spans(text, word)) != len(_HYPOTHESIS_WORD.findall(text)) for text in texts):
        return
    if _assigned(texts, result.lets, word) or _assigned(texts, result.lets, vocab.PREDICTION):
        return
    _map(result, lambda text: _replace_at(text, _word_spans(text, word), word, vocab.PREDICTION))
    result.notes.append(f"{word} (no --let defines it) is code's variable for the hypothesis h(x): read as h")


def _class_qualified_calls(result: Respelled, notation_of: _NotationOf) -> None:
    """``LinearRegression.hypothesis(data, self.theta)`` with ``--let 'hypothesis(data, theta) = data @ theta'``: the
    class's static method called by its class's name is the function the --let defines (noted).

    A class calls its own static method through the class (trekhleb's homemade-machine-learning); the qualifier
    names where the function lives, not what it computes. Only a capitalised word of code (``LinearRegression``,
    never a single letter such as NumPy's ``X.dot``) in front of a name a --let defines as a function, in plain
    texts; the call is then read as the let's function (a call with other arguments as the front ends read it).
    """
    heads = {match.group("name") for text in result.lets if notation_of(text) == "plain"
             and (match := _FUNCTION_HEAD.match(text)) is not None}
    if not heads:
        return
    qualified = patterns.compile(r"(?<![\w.])(?P<owner>[A-Z][a-z][A-Za-z0-9_]*)\.(?P<name>[A-Za-z_]\w*)(?=\s*\()")
    found: set[str] = set()

    def change(text: str) -> str:
        if notation_of(text) != "plain":
            return text
        def unqualified(match: re.Match[str]) -> str:
            if match.group("name") not in heads:
                return match.group()
            found.add(f"{match.group('owner')}.{match.group('name')}")
            return match.group("name").rjust(len(match.group()))
        return qualified.sub(unqualified, text)

    _map(result, change)
    for call in sorted(found):
        owner, name = call.split(".", 1)
        result.notes.append(f"{call}(…) calls the class {owner}'s static method {name}, which --let defines: read as "
                            f"{name}(…)")
