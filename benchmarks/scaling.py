"""How readings scale with their input: time at four times the size, as a ratio to the time at the size.

Run from the project root::

    python benchmarks/scaling.py             # every case, 5 runs of each size
    python benchmarks/scaling.py --runs 9 --only headings

A test bounds work by counting calls (``tests/work.py``); a count cannot see work inside one C call, a regular
expression backtracking on a long line. Each case here is such an input, kept where it was fixed: the ratio of
the median time at ``4n`` to the median at ``n`` is about 4 for linear work and 16 for quadratic. A ratio is
measured in one run, the sizes interleaved, so a shared machine's load hits both alike; no absolute time is
held. A case over ``LIMIT`` is flagged and the exit status is 1.

This is a benchmark, not a test: it lives outside ``tests/`` and is never collected.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: four times the input may take at most this many times as long (linear: about 4; quadratic: 16)
LIMIT = 8.0


@dataclass(frozen=True)
class Case:
    """An input whose reading once went super-linear, built at size ``n`` by ``build``; ``test`` holds its result."""

    name: str
    size: int
    build: Callable[[int], Callable[[], object]]
    test: str


def _function_file_spaces(n: int) -> Callable[[], object]:
    from logderiv import patterns
    from logderiv.notation.octave_function import _ASSIGNMENT

    line = "h = sigmoid(X*theta)" + " " * n + "+ 0;"
    return lambda: _ASSIGNMENT.fullmatch(patterns.without_end(line, ";"))


def _entry_loop_spaces(n: int) -> Callable[[], object]:
    from logderiv import patterns
    from logderiv.notation.entry_loops import _OCTAVE_HEADER, _SET, _python_header

    statement, octave, python = "a = b" + " " * n + "x;", "for i = 1:x" + " " * n + "y z", "for i in range(x" + " " * n + "y):"
    return lambda: (_SET.fullmatch(patterns.without_end(statement, ";")),
                    _OCTAVE_HEADER.fullmatch(patterns.without_end(octave, ",")), _python_header(python))


def _headings(n: int) -> Callable[[], object]:
    from logderiv.notation.cost_sections import sections_of_their_own_cost

    page = "## a\n\n$$\nL = x\n$$\n\n" * n + "#" * (10 * n)
    return lambda: sections_of_their_own_cost(page)


def _inline_maths(n: int) -> Callable[[], object]:
    from logderiv.notation.cost_sections import sections_of_their_own_cost

    squared = ("$$\nL = \\frac{1}{2}(y - \\hat{y})^2\n$$\n\n"
               "$$\n\\frac{\\partial L}{\\partial w} = (\\hat{y} - y) \\hat{y} (1 - \\hat{y}) x\n$$\n\n")
    cross = ("$$\nL = - ( y \\ln \\hat{y} + (1-y) \\ln (1 - \\hat{y}) )\n$$\n\n"
             "$$\n\\frac{\\partial L}{\\partial w} = (\\hat{y} - y) x\n$$\n\n")
    page = ("### Why\n\n$$\n\\hat{y} = \\sigma(wx + b)\n$$\n\n#### With the squared loss\n\n" + squared
            + "\\(" * n + "\n#### Cross\n\n" + cross)
    return lambda: sections_of_their_own_cost(page)


def _cost_words(n: int) -> Callable[[], object]:
    from logderiv.notation.cost_words import squared_error_named

    page = "quadratic " * n + "L2 " * (2 * n) + "squared " * n + "cross " * n
    return lambda: (squared_error_named(page), squared_error_named(page + " L2 loss likelihood"))


def _cost_name(n: int) -> Callable[[], object]:
    from logderiv.verify.matrix_chain import _COST_NAME

    texts = ["J(" + r"\theta_0, " * n + ")", "J(" + " " * (10 * n), r"J(\theta_0, \theta_1, " + " " * (10 * n) + "x"]
    return lambda: [_COST_NAME.fullmatch(text) for text in texts]


def _dot_scalars(n: int) -> Callable[[], object]:
    from logderiv.notation.twice_defined import products_of_scalars

    page = "w \\cdot " * n + "x" + " w x^{(i)}_" * 10
    return lambda: products_of_scalars(page, ("w", "x"), r"z = w \cdot x + b")


def _goal_and_euler(n: int) -> Callable[[], object]:
    from logderiv.notation.page import _BARE_DERIVATIVE, _EULER

    longs = [r"\frac{\partial J(" + "a, " * (3 * n) + r"}{\partial w}", r"\frac{\partial " + "(" * (10 * n),
             "e_i " * (5 * n // 2) + "exp"]
    return lambda: [(_BARE_DERIVATIVE.fullmatch(long), _EULER.search(long)) for long in longs]


def _update_folding(n: int) -> Callable[[], object]:
    from logderiv.notation.prior_values import fold_prior_value

    spaces = " " * n
    return lambda: (fold_prior_value("grad = grad +" + spaces + "p", ("grad = 1",), None),
                    fold_prior_value("grad = grad" + spaces + "x=", ("grad = " + spaces + "a",), None),
                    fold_prior_value("grad = grad" + " ;" * (n // 2), ("grad = a;" + spaces,), None))


def _repmat(n: int) -> Callable[[], object]:
    from logderiv.errors import InputError
    from logderiv.notation.repeated_columns import repeated_column_sums

    texts = ("repmat(" * n, "sum(" + "(" * (20 * n // 3) + "repmat(v, 1, n)",
             "sum" + " " * (20 * n // 3) + "(X .* repmat(v,1,n))")

    def work() -> None:
        for text in texts:
            try:
                repeated_column_sums(text)
            except InputError:
                pass
    return work


def _row_times_data(n: int) -> Callable[[], object]:
    from logderiv.notation.pasted import _ROW_TIMES_DATA

    texts = ("'" + " " * n, "' " * (n // 2), "')" + " " * n + "x", "'*(" + " " * n + "Y")
    return lambda: [_ROW_TIMES_DATA.search(text) for text in texts]


def _conditions(n: int) -> Callable[[], object]:
    from logderiv.verify.conditions import split_condition

    texts = (" " * n + "x", "x" + " " * n, "(" + " " * n + "x", "x" + "\\," * (n // 2) + "y",
             "x, (" + " " * (n // 2) + "j = 0" + " " * (n // 2) + "z")
    return lambda: [split_condition(text) for text in texts]


def _r_answer_of_spaces(n: int) -> Callable[[], object]:
    from logderiv import check
    from logderiv.errors import InputError

    answer = "%*%" + " " * n + "x"

    def work() -> None:
        try:
            check(answer, cost="sum((X %*% theta - y)^2)")
        except InputError:
            pass
    return work


def _h_then_spaces(n: int) -> Callable[[], object]:
    from logderiv.notation import _H_OF_EXAMPLE, _H_OF_OTHER, _PREDICTION_OF_LETTER

    spaces = " " * n
    return lambda: (_H_OF_EXAMPLE.search("h" + spaces + "y"), _H_OF_OTHER.search("h" + spaces + "y"),
                    _H_OF_EXAMPLE.search("h(x" + spaces + "y"), _PREDICTION_OF_LETTER.match("h" + spaces + "y"))


def _model_subscript(n: int) -> Callable[[], object]:
    from logderiv.notation import model_subscripts
    from logderiv.notation import tree as tree_module

    written = "h_" + "{" * n + "(x)"
    node = tree_module.Call(name="h", argument=tree_module.Variable(name="x", span=tree_module.Span(0, 1)),
                            span=tree_module.Span(0, len(written)))
    return lambda: model_subscripts.subscript_parameter(written, node)


def _first_entry_taken(n: int) -> Callable[[], object]:
    from logderiv.notation import costs

    text = "-" + " lambda" * (3 * n) + " /" * (3 * n) + " theta(1)" * n
    return lambda: costs._FIRST_ENTRY_TAKEN.search(text)


def _trailing_spaces(n: int) -> Callable[[], object]:
    from logderiv.notation.page import _without_trailing_space

    maths = "x" + " \\quad \\," * n
    return lambda: _without_trailing_space(maths)


def _flat_terms(n: int) -> Callable[[], object]:
    from logderiv.notation.gradient_pieces import _flat_terms as flat_terms

    text = "(" * 40 + "a + b" + ")" * 40 + " - c" * n
    return lambda: flat_terms(text)


def _cost_name_then_spaces(n: int) -> Callable[[], object]:
    from logderiv.verify.matrix_chain import _COST_NAME

    text = "J" + " " * (10 * n) + "x"
    return lambda: _COST_NAME.fullmatch(text)


def _bare_capitals(n: int) -> Callable[[], object]:
    from logderiv.errors import InputError
    from logderiv.notation.bare_examples import refuse_bare_beside_indexed

    cost = r"\sum_{i=1}^m " + "Y_i A_i + " * (2 * n) + "Y"
    lines = [r"\sum_i (A_i - Y_i) X_i " * n]

    def work() -> None:
        try:
            refuse_bare_beside_indexed([cost], lines, ())
        except InputError:
            pass
        refuse_bare_beside_indexed(["Y_i + " * (4 * n)], lines, ())
    return work


def _update_rows(n: int) -> Callable[[], object]:
    from logderiv.notation import page

    texts = ["\\Delta w_j = -\\eta " + "a" * (10 * n), "\\boldsymbol{w}:=" + "w+" * (5 * n),
             "\\Delta" * (2 * n) + "=" * (n // 2)]
    # each match takes well under a millisecond at the test's size: 20 of each, so that the time is measurable
    return lambda: [(page._INCREMENT.fullmatch(text), page._ASSIGNMENT.fullmatch(text)) for text in texts * 20]


def _arrow_spans(n: int) -> Callable[[], object]:
    from logderiv.notation.implication import implications_cut, inline_implications_cut

    text = "Let $" + "a + " * (5 * n) + "z = 1 => b = 2$ and " + "$x = 1 => y = 2$ " * n
    return lambda: (inline_implications_cut(text, str), implications_cut(text, str))


def _arrow_displays(n: int) -> Callable[[], object]:
    from logderiv.notation.implication import implications_cut, inline_implications_cut

    text = "$$a = 1$$ x " * n  # many displays blanked before the prose is searched
    return lambda: (inline_implications_cut(text, str), implications_cut(text, str))


def _unread_statements(n: int) -> Callable[[], object]:
    from logderiv.notation.unread_statements import first_unread_statement

    texts = ("for" + " " * n + "!;", "a;\n" + "theta(" + " " * n, ";" * n, "x;\nfor i = " + " " * n + "range(m) )  x")
    return lambda: [first_unread_statement(text) for text in texts]


def _sigma_prime_let(n: int) -> Callable[[], object]:
    from logderiv.notation.sigmoid_derivative import read_sigmoid_derivative_lets

    text = r"\sigma^{'}(x)=" + "e^{-x}+" * n + "1"
    lets = [text, r"\sigma(x)=\frac{1}{1+e^{-x}}"]
    # a read takes well under a millisecond at the test's size: 100 of them, so that the time is measurable
    return lambda: [read_sigmoid_derivative_lets(lets) for _ in range(100)]


def _range_from_one(n: int) -> Callable[[], object]:
    from logderiv.verify.conditions import range_from_one

    texts = [", j = 1," * n, "a" + " " * (8 * n) + "(j = 1," + "x" * (8 * n)]
    # a search takes about a millisecond at the test's size: 20 of each, so that the time is measurable
    return lambda: [range_from_one(text) for text in texts * 20]


def _runs_of_space(n: int) -> Callable[[], object]:
    from logderiv.notation import _COST_WHERE
    from logderiv.notation.rust_code import _CAST, _MARK
    from logderiv.verify.conditions import _CONDITION, _ZERO_RANGE

    texts = (" " * (5 * n) + "x", "x" + r"\quad" * n + " y", "," * (5 * n) + "z")
    return lambda: [pattern.search(text) for text in texts for pattern in (_COST_WHERE, _ZERO_RANGE, _CONDITION,
                                                                           _MARK, _CAST)]


def _gradient_pieces(n: int) -> Callable[[], object]:
    from logderiv.notation.gradient_pieces import _WRITE, _one_product, _value

    texts = ("grad(1) = a" + " " * n + "b ;  ", "lambda" + " " * n + "/m * theta(2:end) + x")
    # a read takes well under a millisecond at the test's size: 100 of each, so that the time is measurable
    return lambda: [(_value(_WRITE.match(texts[0])), _one_product(texts[1], "theta")) for _ in range(100)]


def _update_sides_brackets(n: int) -> Callable[[], object]:
    from logderiv.notation.notes import display_blocks
    from logderiv.notation.page import update_sides

    # the brackets before the sides' end are counted in a loop over characters that calls nothing: a rescan from the
    # value at each comma would be quadratic with no more calls
    text = "$$w := w - \\eta x = " + "f(a, b) + " * n + "x \\quad \\text{for } j = 1$$"
    (block,) = display_blocks(text)
    return lambda: update_sides(text, [block])


def _update_rows_written(n: int) -> Callable[[], object]:
    from logderiv.notation.notes import display_blocks
    from logderiv.notation.page import update_sides

    # each row break looked at through a window of 64 characters: a slice of the text before it would be quadratic
    # copying with the same calls
    text = "$$w := w - \\eta x" + " \\\\ &= x" * n + "$$"
    (block,) = display_blocks(text)
    return lambda: update_sides(text, [block])


def _unclosed_cost(n: int) -> Callable[[], object]:
    from logderiv.notation.special_case_cost import special_case_costs_set_aside
    from logderiv.notation.subscript_partials import subscript_partials_named

    page = "$$L_w = \\frac{\\partial L(" + "w," * n + "$$\n$$L(w,b) = " + "(w" * n + "$$\n$$\\text{b=0}$$"
    return lambda: (subscript_partials_named(page, str), special_case_costs_set_aside(page, str))


def _closing_layout(n: int) -> Callable[[], object]:
    from logderiv.notation.cases_cost import cases_costs_set_aside

    # a long run of spaces before a display's end: the lazy pattern b4414ad3 replaced backtracked over it (8 s at
    # 20,000 spaces, quadratic; ratio about 20 at n = 125 before that commit). Held at n = 4,000 (80,000 spaces): below
    # about 2,500 the display reader's time steps up between n and 4n (a cache's size, not the work) and the ratio
    # wanders from 3 to 18
    page = "$$ \\text{Cost}(h, y) = -y" + " " * (20 * n) + "x $$\n"
    return lambda: cases_costs_set_aside(page, str)


def _octave_header(n: int) -> Callable[[], object]:
    from logderiv.errors import LogderivError
    from logderiv.notation import statements

    # for(i=1: and a long run of spaces: the lazy header pattern 2d0ac04c replaced was cubic (32 s at 2,500 spaces)
    text = "for(i=1:" + " " * (20 * n) + "\nJ += y(i)\nend"

    def fold() -> object:
        try:
            return statements.fold(text)
        except LogderivError as refused:
            return refused

    return fold


def _column_letter(n: int) -> Callable[[], object]:
    from logderiv.notation import plain

    # held at n = 7,200: at the test's 1,800 the time (about 1 ms) steps up at 4n for a cache's size, ratio 10 to 16
    answer = "np.sum((h - y) * X[:, i]) / m" + " + 0*theta_k" * n
    underscores = answer + "_" * (11 * n)
    return lambda: (plain._column_letter_only(answer, "i"), plain._SUBSCRIPT_READ_LETTER.search(underscores))


def _rate_step(n: int) -> Callable[[], object]:
    from logderiv.notation import page

    long = r"\theta_j = \theta_j - \alpha " + r"\sum_{i=1}^{m} x_{i} + " * n + "1"
    return lambda: (page._rate_step(long), page._rate_step(long.replace(r"\theta_j - ", r"\theta_k - ")))


def _squared_error_words(n: int) -> Callable[[], object]:
    from logderiv.notation.cost_words import squared_error_named

    long = "squared " * (3 * n) + "mean error " * n
    return lambda: (squared_error_named(long), squared_error_named(long + " least squares"))


def _python_def_spaces(n: int) -> Callable[[], object]:
    from logderiv.notation.python_def import _PARAM, _SET

    # "x: int", a run of spaces and a character no piece takes: the lazy annotation class with a space in it, between
    # two \s*, was cubic in _PARAM (10 s at 1,500 spaces) and quadratic in _SET; 100 of each, so the time is measurable
    text = "x: int" + " " * n + "!"
    return lambda: [(_PARAM.match(text.strip()), _SET.match(text)) for _ in range(100)]


def _helper_lines(n: int) -> Callable[[], object]:
    from logderiv.notation import gradient_pieces

    # helper lines between the gradient's lines: one search per written name per line was quadratic (an Octave answer
    # of 1,500 helper lines took 57 s)
    lines = ["grad = (X' * F) / m;", *(f"h{i} = grad(1) + {i};" if i % 2 else f"c{i} = X(:,1);" for i in range(n)),
             "grad(1) = (X(:,1)' * F) / m;"]
    statements = gradient_pieces._statements(lines)
    return lambda: gradient_pieces._helper_between(statements)


def _tx_arguments(n: int) -> Callable[[], object]:
    from logderiv.notation import pasted

    # each tx handed to a helper copied the text before it and searched it for the call's name (4,000 calls, 6 s)
    texts = [" + ".join(["f(y, tx, w)"] * (4 * n)), "f(y, X, w) = sum(log(1 + exp(X w)) - y X w)"]
    return lambda: pasted._tx_into_data_parameters(texts, [])


def _worded_let_spaces(n: int) -> Callable[[], object]:
    from logderiv.notation import statements, worded_lets

    # a worded let's lazy formula before \s*\.?\s*$ was cubic ('h is given by w' + 2,000 spaces + 'x': 37 s), and a
    # loop header's lazy run before \s*% quadratic (rev37's review)
    let = "h is given by w" + " " * (20 * n) + "x"
    line = "for j=1:n" + " " * (20 * n) + "x"
    return lambda: [(worded_lets.read_worded_lets([let]), statements._OCTAVE_HEADER_COMMENT.match(line))
                    for _ in range(20)]


def _statement_ends(n: int) -> Callable[[], object]:
    import logderiv.notation as notation
    from logderiv.notation import pasted

    # a lazy value before \s*;?\s*$ was cubic: a --let of 4,000 spaces took 140 s in _COLUMN_LET alone; the lazy
    # scale before \s*\*, the search for "where" from every space and a fixed part's \s*;?\s* ending (_ZEROED: 10 s at
    # 20,000 spaces) were quadratic (test_cubic39)
    spaces = " " * (5 * n)
    return lambda: [(pasted._COLUMN_LET.fullmatch("h = sigmoid(X*theta)" + spaces + "+ 0;"),
                     pasted._COUNT.match("m = length(y)" + spaces + "+ 0;"),
                     pasted._ASSIGNED.match("g = a" + spaces + "+ 0;"),
                     pasted._SCALED_COPY.match("r = a" + spaces + "+ 0;"),
                     pasted._ZEROED.match("v(1) = 0" + spaces + "x"),
                     notation._WHERE.search("h = a" + spaces + "b")) for _ in range(10)]


CASES: list[Case] = [
    Case("headings", 2_000, _headings, "tests/test_fixcold33b.py::test_a_long_page_of_headings_is_read_in_linear_time"),
    Case("function file spaces", 5_000, _function_file_spaces,
         "tests/test_final35.py::test_a_function_file_let_with_a_long_run_of_spaces_is_read"),
    Case("entry loop spaces", 5_000, _entry_loop_spaces,
         "tests/test_final35.py::test_without_end_leaves_what_the_lazy_pattern_left"),
    Case("inline maths", 10_000, _inline_maths,
         "tests/test_audit32b.py::test_inline_maths_of_a_long_section_is_found_in_linear_time"),
    Case("cost words", 1_000, _cost_words, "tests/test_audit33g.py::test_the_words_stay_fast_on_a_long_page"),
    Case("cost name", 10_000, _cost_name,
         "tests/test_fixcold32c.py::test_the_cost_name_pattern_stays_fast_on_long_text"),
    Case("dot scalars", 2_500, _dot_scalars,
         "tests/test_fixcold34b.py::test_scalars_on_a_page_and_a_long_page_in_bounded_time"),
    Case("goal and euler", 2_000, _goal_and_euler,
         "tests/test_fixcold34b.py::test_the_goal_and_euler_patterns_on_long_input_in_bounded_time"),
    Case("update folding", 80_000, _update_folding, "tests/test_fixf73b.py::test_update_folding_is_bounded"),
    Case("repmat", 3_000, _repmat, "tests/test_fixf73b.py::test_repmat_reading_is_bounded"),
    Case("row times data", 20_000, _row_times_data, "tests/test_fixf74c.py::test_row_times_data_pattern_is_linear"),
    Case("conditions", 5_000, _conditions,
         "tests/test_fuzzfix.py::test_a_long_run_of_spaces_in_an_answer_is_read_at_once"),
    Case("r answer of spaces", 2_000, _r_answer_of_spaces,
         "tests/test_fuzzfix.py::test_the_api_refuses_an_r_answer_of_spaces_promptly"),
    Case("h then spaces", 40_000, _h_then_spaces,
         "tests/test_fuzzfix.py::test_h_then_a_long_run_of_spaces_is_read_at_once"),
    Case("model subscript", 20_000, _model_subscript,
         "tests/test_hunt32c.py::test_subscript_parameter_is_bounded_on_long_input"),
    Case("first entry taken", 1_000, _first_entry_taken,
         "tests/test_hunt32c.py::test_first_entry_pattern_is_bounded_on_long_input"),
    Case("trailing spaces", 3_000, _trailing_spaces,
         "tests/test_fixcold34b.py::test_trailing_tex_spaces_are_cut_in_linear_time"),
    Case("flat terms", 2_000, _flat_terms, "tests/test_fixf74c.py::test_flat_terms_are_bounded"),
    Case("cost name, spaces", 500, _cost_name_then_spaces,
         "tests/test_int34.py::test_a_run_of_spaces_after_the_cost_name_is_matched_one_way"),
    Case("bare capitals", 900, _bare_capitals, "tests/test_fixbare33.py::test_long_input_stays_linear"),
    Case("update rows", 2_000, _update_rows, "tests/test_fixcold33a.py::test_the_readings_stay_linear_on_long_input"),
    Case("arrow spans", 1_000, _arrow_spans, "tests/test_fixderiv33.py::test_the_arrow_reading_stays_linear"),
    Case("arrow displays", 1_700, _arrow_displays, "tests/test_fixderiv33.py::test_the_arrow_reading_stays_linear"),
    Case("unread statements", 20_000, _unread_statements,
         "tests/test_fixf74a.py::test_the_unread_statement_scan_stays_fast"),
    Case("sigma prime let", 3_000, _sigma_prime_let, "tests/test_fixold33.py::test_sigma_prime_reader_bounded"),
    Case("range from one", 2_500, _range_from_one,
         "tests/test_hunt32d.py::test_range_from_one_stays_fast_on_long_input"),
    Case("runs of space", 4_000, _runs_of_space, "tests/test_int30.py::test_a_long_run_of_spaces_is_searched_once"),
    Case("gradient pieces", 20_000, _gradient_pieces,
         "tests/test_int30.py::test_a_gradient_part_with_a_long_run_of_spaces_is_read_at_once"),
    Case("update sides' brackets", 2_500, _update_sides_brackets,
         "tests/test_audit32h.py::test_the_end_of_the_sides_is_found_in_bounded_time"),
    Case("update rows written", 2_500, _update_rows_written,
         "tests/test_fixupd32.py::test_a_long_update_reads_in_bounded_time"),
    Case("unclosed cost", 10_000, _unclosed_cost,
         "tests/test_fixcold34a.py::test_the_readings_stay_fast_on_long_input"),
    Case("closing layout", 4_000, _closing_layout,
         "tests/test_fixcold34a.py::test_the_new_readings_stay_fast_on_long_input"),
    Case("octave header", 1_000, _octave_header, "tests/test_fixf74b.py::test_long_inputs_stay_fast"),
    Case("column letter", 7_200, _column_letter,
         "tests/test_hunt32.py::test_column_letter_check_stays_linear_on_long_input"),
    Case("rate step", 1_200, _rate_step, "tests/test_hunt33.py::test_a_long_update_stays_fast"),
    Case("squared error words", 1_000, _squared_error_words,
         "tests/test_hunt33.py::test_the_words_are_found_fast_on_a_long_page"),
    Case("python def spaces", 5_000, _python_def_spaces,
         "tests/test_mend36.py::test_a_long_run_of_spaces_in_a_parameter_or_an_assignment_is_read_in_bounded_work"),
    Case("helper lines", 1_500, _helper_lines, "tests/test_mend36.py::test_many_helper_lines_are_scanned_in_linear_work"),
    Case("worded let spaces", 1_000, _worded_let_spaces,
         "tests/test_rev37.py::test_the_worded_let_has_no_lazy_formula_before_its_ending"),
    Case("tx arguments", 1_000, _tx_arguments,
         "tests/test_rev37.py::test_the_place_of_tx_among_a_calls_arguments_is_read_near_it"),
    Case("statement ends", 1_000, _statement_ends,
         "tests/test_cubic39.py::test_a_let_with_a_long_run_of_spaces_is_read"),
]


def _median_seconds(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each size (default 5)")
    parser.add_argument("--only", help="the cases whose name contains this")
    arguments = parser.parse_args()
    flagged = 0
    for case in CASES:
        if arguments.only and arguments.only not in case.name:
            continue
        small, large = case.build(case.size), case.build(4 * case.size)
        small()  # caches filled before either size is timed
        ratio = _median_seconds(large, arguments.runs) / _median_seconds(small, arguments.runs)
        flag = "  OVER" if ratio > LIMIT else ""
        flagged += bool(flag)
        print(f"{case.name:<32} n={case.size:<7,} 4n/n = {ratio:5.1f}{flag}   ({case.test})")
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
