"""Statements' patterns whose last group runs to the end of the line, matched without backtracking over spaces.

``NAME = (?P<value>.+?)\\s*;?\\s*$``, a lazy group before an optional ';' between two runs of space, tries every split
of a run of spaces three ways: ``--let 'h = sigmoid(X*theta)<4,000 spaces>+ 0;'`` took 140 s in one ``fullmatch``
(pasted's ``_COLUMN_LET``), and ``m = length(y)<4,000 spaces>+ 0;`` 147 s, and the time limit, looked at between
Python steps and never inside ``re``, did not stop them. Session 38's closing note listed these patterns; each is now
written with a greedy group and ``$``, and matched by ``patterns.to_end`` against the text less its ending (trailing
spaces, one ';', the spaces before it). A lazy scale before ``\\s*\\*`` (``_SCALED_COPY``) and a search for "where"
from every place of a run of spaces (``_WHERE``) were quadratic, and are mended too.

Here: every changed pattern gives the groups the pattern it replaced gave, on thousands of short random statements
(the old sources kept below are the specification); the let above and its kin read as they do without the spaces;
and no module of logderiv writes the cubic shape again. ``benchmarks/scaling.py`` times them at n and 4n ("statement
ends"); a test here holds no time.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

import logderiv
from logderiv import patterns
from logderiv.errors import InputError
from logderiv.notation import (folds, function_body, julia_code, likelihood_names, pasted, redefined, rust_code,
                               statements, typed_layout)
import logderiv.notation as notation

ROOT = Path(__file__).resolve().parent.parent

#: each changed pattern: its source and flags before the mend, the method its readers call, a statement's start,
#: and the group that runs to the end (the only one that may differ: see test_the_groups_are_the_old_ones)
OLD = [
    (pasted._COLUMN_LET, r"\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<value>.+?)\s*;?\s*", 0, "fullmatch", "h = ", "value"),
    (pasted._COUNT, r"^\s*([mn])\s*=\s*(.+?)\s*;?\s*$", 0, "match", "m = ", 2),
    (pasted._HANDLE, r"^\s*([A-Za-z]\w*)\s*=\s*@\(\s*([A-Za-z]\w*(?:\s*,\s*[A-Za-z]\w*)*)\s*\)\s*(.+?)\s*;?\s*$", 0,
     "match", "g = @(z) ", 3),
    (pasted._WORDED_PARAMETER, r"^\s*([A-Za-z]\w*)\s*\(\s*([A-Za-z][A-Za-z]+)\s*\)\s*=(?!=)\s*(.+?)\s*;?\s*$", 0,
     "match", "g(matrix) = ", 3),
    (pasted._ASSIGNED, r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<value>.+?)\s*;?\s*$", re.DOTALL, "match", "g = ",
     "value"),
    (pasted._PARALLEL, r"^\s*(?P<names>[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+)\s*=(?!=)\s*(?P<values>.+?)\s*;?\s*$",
     re.DOTALL, "match", "a, b = ", "values"),
    (pasted._SELF_PLUS, r"^\s*(?P<acc>[A-Za-z_]\w*)\s*(?:=|<-)\s*(?P=acc)\s*\+\s*(?P<value>[^\n]+?)\s*;?\s*$", 0,
     "match", "g = g + ", "value"),
    (pasted._SCALED_COPY, r"^\s*([A-Za-z]\w*)\s*=\s*(?P<scale>(?:(?!\b(?:theta|w)\b)[^=;%*])+?)\s*\*\s*(theta|w)"
     r"(?:\s*/\s*(?P<divisor>[A-Za-z]\w*|\d+(?:\.\d*)?))?\s*;?\s*$", 0, "match", "r = ", "scale"),
    (pasted._PARAMETERS_SCALED, r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<vector>theta|w|beta)\s*\.?\*\s*"
     r"(?P<scale>[^=;]+?)\s*;?\s*$", 0, "match", "r = theta * ", "scale"),
    (pasted._SCALED_PARAMETERS, r"^\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*(?P<scale>[^=;]+?)\s*\.?\*\s*"
     r"(?P<vector>theta|w|beta)\s*;?\s*$", 0, "match", "r = ", "scale"),
    (pasted._REST_UPDATED, r"^\s*(?P<name>[A-Za-z_]\w*)\s*\(\s*2\s*:\s*end\s*\)\s*(?:(?P<op>[-+])=|=\s*(?P=name)\s*"
     r"\(\s*2\s*:\s*end\s*\)\s*(?P<sign>[-+]))\s*(?P<added>[^;=]+?)\s*;?\s*$", 0, "match", "grad(2:end) += ", "added"),
    (pasted._NUMPY_REST_UPDATED, r"^\s*(?P<name>[A-Za-z_]\w*)\s*\[\s*1\s*:\s*\]\s*(?:(?P<op>[-+])=|=\s*(?P=name)\s*"
     r"\[\s*1\s*:\s*\]\s*(?P<sign>[-+]))\s*(?P<added>[^;=]+?)\s*;?\s*$", 0, "match", "grad[1:] += ", "added"),
    (pasted._LOOP, r"^\s*for\s+(?P<var>[A-Za-z_]\w*)\s+in\s+range\((?P<count>[^:\n]+)\)\s*:\s*\n?\s*"
     r"(?P<acc>[A-Za-z_]\w*)\s*(?P<op>\+=|-=|=)\s*(?P<value>[^\n]+?)\s*$", 0, "match",
     "for i in range(m):\n    J += ", "value"),
    (pasted._PYTHON_DEF, r"^\s*def\s+([A-Za-z_]\w*)\s*\(\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)"
     r"(?P<defaults>(?:\s*,\s*[A-Za-z_]\w*\s*=\s*(?:'[^']*'|\"[^\"]*\"|[-\w.]+))*)\s*\)\s*:\s*"
     r"return\s+(?P<body>.+?)\s*;?\s*$", 0, "match", "def h(x): return ", "body"),
    (pasted._PYTHON_LAMBDA, r"^\s*([A-Za-z_]\w*)\s*=\s*lambda\s+([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*:\s*(.+?)\s*$", 0,
     "match", "g = lambda z: ", 3),
    (pasted._PYTHON_VECTORIZE, r"^\s*([A-Za-z_]\w*)\s*=\s*(?:(?:np|numpy)\.)?vectorize\(\s*lambda\s+"
     r"([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*:\s*(.+?)\s*\)\s*;?\s*$", 0, "match", "g = np.vectorize(lambda z: ", 3),
    (statements._PY_ONE_LINE, r"^\s*def\s+(?P<name>[A-Za-z_]\w*)\s*\((?P<params>[^()]*)\)\s*:\s*return\s+"
     r"(?P<returned>[^\n;]+?)\s*;?\s*$", 0, "fullmatch", "def h(x): return ", "returned"),
    (statements._R_ONE_LINE, r"^\s*(?P<name>[A-Za-z_.][\w.]*)\s*(?:<-|=)\s*function\s*\((?P<params>[^()]*)\)\s*"
     r"(?:\{\s*(?:return\s*\((?P<returned>.+)\)|(?P<last>[^{}\n;]+?))\s*;?\s*\}|(?P<bare>[^{}\n;]+?))\s*;?\s*$",
     re.DOTALL, "fullmatch", "h <- function(x) ", "bare"),
    (likelihood_names._LET, r"\s*(?P<name>[A-Za-z_]\w*)\s*(?:<-|=(?!=))\s*(?P<body>.*?)\s*;?\s*", re.DOTALL, "fullmatch",
     "p <- ", "body"),
    (typed_layout._UPPER, r"^(?P<indent>\s*)(?P<limit>[A-Za-z0-9][A-Za-z0-9 +\-]*?)\s*$", 0, "match", " ", "limit"),
    (julia_code._LAMBDA, r"^\s*(?P<name>[A-Za-z_]\w*)\s*->\s*(?P<body>.+?)\s*$", 0, "match", "p -> ", "body"),
    (rust_code._CLOSURE, r"^\s*\|\s*(?P<params>[^|]*)\|\s*(?P<body>.+?)\s*$", re.DOTALL, "match", "|x| ", "body"),
    (redefined._NAMED_ARGUMENT, r"\s*(?P<name>[A-Za-z_.]+)\s*=(?!=)\s*(?P<value>.*?)\s*", re.S, "fullmatch", "size = ",
     "value"),
    (function_body._R_GUARD, r"^\s*(?P<name>[A-Za-z_.][\w.]*)\s*\[\s*(?P=name)\s*(?P<test>==|<=|>=)\s*(?P<bound>[01])"
     r"(?:\.0*)?\s*\]\s*<-\s*(?P<value>[^\n]+?)\s*$", 0, "match", "p[p == 0] <- ", "value"),
    (folds._MAP_LET, r"^\s*(?:(?:let|const|var)\s+)?(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<source>[A-Za-z_]\w*)\s*\.\s*map\s*"
     r"\(\s*function\s*\(\s*(?P<val>[A-Za-z_]\w*)\s*\)\s*\{\s*return\s+(?P<value>[^{};]+?)\s*;?\s*\}\s*\)\s*;?\s*$",
     re.DOTALL, "match", "h = x.map(function(v) { return ", "value"),
]

#: what the random statements are made of: runs of space and ';' where the patterns split, and the characters around
_PIECES = [" ", " ", "  ", ";", "a", "1", "*", "theta", "w", "(", ")", "{", "}", "\n", "=", "+", "/", "m", "\t", "%"]


def _statements(start: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [start + "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 9))) for _ in range(3_000)]


@pytest.mark.parametrize("new, source, flags, method, start, group", OLD, ids=[row[4].strip() for row in OLD])
def test_the_groups_are_the_old_ones(new, source, flags, method, start, group):
    old = re.compile(source, flags)
    for text in _statements(start, seed=len(source)):
        before, after = getattr(old, method)(text), getattr(new, method)(text)
        values = [None if found is None else found.group(group) for found in (before, after)]
        if any(value is not None and value.strip(" \t\n;") == "" for value in values):
            # only a statement whose value is nothing ("h = ;", "g = @(z) ") may be read otherwise: the lazy group
            # took a ';' or a space for a value (or, needing one character, missed "g = @(z)"); either way the
            # readers say there is nothing to read
            assert all(value is None or value.strip(" \t\n;") == "" for value in values), text
            continue
        assert (before is None) == (after is None), text
        if before is not None and after is not None:
            assert before.groups() == after.groups(), text
            assert before.span(group) == after.span(group), text  # carets point where they pointed


def test_where_is_found_where_it_was():
    # the search from a run of separators' first place finds what a search from every place found (the leftmost)
    old = re.compile(r"(?:\s|,|\\[,;: ]|\\q?quad)*(?:\\(?:text|mathrm|textrm|mbox)\s*\{\s*where\s*\}|(?<![\w\\])where(?!\w))"
                     r"(?:\s|,|:|\\[,;: ]|\\q?quad)*")
    pieces = [" ", ", ", "\\quad ", "\\; ", "where", "\\text{where}", "z", "=", "h", "x"]
    rng = random.Random(39)
    for _ in range(3_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        before, after = old.search(text), notation._WHERE.search(text)
        assert (before and before.span()) == (after and after.span()), text


def test_to_end_takes_off_the_ending_only():
    pattern = patterns.to_end(r"\s*(?P<name>\w+)\s*=\s*(?P<value>.+)")
    # by hand: the value without the spaces and the one ';' after it; a ';' inside stays; a second ';' at the end is
    # the value's (the old pattern left it there too)
    assert pattern.fullmatch("h = a ; b ;  \n").group("value") == "a ; b"
    assert pattern.fullmatch("h = a;;").group("value") == "a;"
    assert pattern.fullmatch("  h=  a  ").span("value") == (6, 7)
    assert patterns.to_end(r"(?P<x>.+)$", mark="").match("a ;  ").group("x") == "a ;"


SPACES = " " * 4_000


def test_a_let_with_a_long_run_of_spaces_is_read():
    # the let of the closing note: h = σ(Xθ) + 0, so the answer (1/m)Xᵀ(h − y) is (1/m)Xᵀ(σ(Xθ) − y), the mean
    # cross-entropy's gradient (the default cost), by hand
    verdict = logderiv.check("(1/m)*X'*(h-y)", let=["h = sigmoid(X*theta)" + SPACES + "+ 0;"])
    assert verdict.verdict == "equivalent"
    wrong = logderiv.check("(1/m)*X'*(h+y)", let=["h = sigmoid(X*theta)" + SPACES + "+ 0;"])
    assert wrong.verdict == "different"  # (1/m)Xᵀ(σ(Xθ) + y): off by (2/m)Xᵀy


@pytest.mark.parametrize("let, answer", [
    ("g = @(z) 1./(1+exp(-z))" + SPACES + "+ 0;", "(1/m)*X'*(g(X*theta)-y)"),
    ("g = lambda z: 1/(1+np.exp(-z))" + SPACES + "+ 0", "(1/m)*X.T@(g(X@theta)-y)"),
    ("a, b = 1, 2" + SPACES + "+ 0;", "(1/m)*X'*(sigmoid(X*theta)-y)"),
])
def test_functions_and_assignments_with_long_runs_of_spaces_are_read(let, answer):
    # g is σ (plus 0); a and b are unused: each answer is (1/m)Xᵀ(σ(Xθ) − y), the default cost's gradient
    assert logderiv.check(answer, let=[let]).verdict == "equivalent"


def test_a_count_with_a_long_run_of_spaces_is_refused_as_without_them():
    # m = length(y) + 0 redefines m: refused, spaces or not, with the same reason
    reasons = []
    for let in ("m = length(y) + 0;", "m = length(y)" + SPACES + "+ 0;"):
        with pytest.raises(InputError) as refused:
            logderiv.check("(1/m)*X'*(sigmoid(X*theta)-y)", let=[let])
        reasons.append(refused.value.message)
    assert reasons[0] == reasons[1] and "'m' has a fixed meaning" in reasons[0]


#: a lazy group (any run, or a class's) right before ``\s*;?`` or ``\s*$``: the shapes this file mends
_CUBIC = re.compile(r"[+*]\?\)(?:\\s\*;\?|\\s\*\$)")


def test_no_module_writes_a_lazy_group_before_its_ending():
    found = [f"{path.relative_to(ROOT)}:{number}" for path in sorted((ROOT / "logderiv").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if _CUBIC.search(line)]
    assert found == []


#: the ambiguous ending: a run of spaces, an optional ';', a run of spaces (two ways to split one run of spaces)
_TWO_WAY_ENDING = "\\s*;?\\s*"
#: the same language said one way: the spaces after the ';' only where there is one
_ONE_WAY_ENDING = "\\s*(?:;\\s*)?"


def test_no_module_writes_an_ending_that_splits_spaces_two_ways():
    # a pattern ending \s*;?\s* after a fixed part was quadratic in a run of spaces that is not its end: pasted's
    # _ZEROED took 10 s for 'v(1) = 0' + 20,000 spaces + 'x' in one match (the time limit cannot stop it); written
    # \s*(?:;\s*)?, one split of the run is tried
    found = [f"{path.relative_to(ROOT)}:{number}" for path in sorted((ROOT / "logderiv").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if _TWO_WAY_ENDING in line and "``" not in line]
    assert found == []


def _made_with_the_one_way_ending() -> list[object]:
    import importlib
    import pkgutil

    for module in pkgutil.walk_packages(logderiv.__path__, "logderiv."):
        importlib.import_module(module.name)
    return [made for made in patterns.MADE if _ONE_WAY_ENDING in made._source]


_STARTS = ["v(1) = 0", "grad(1) = 0", "end", "endfor", "i = 1", "m = length(y)", "theta = theta", "reg = w",
           "J = 0", "n = size(X, 2)", "x = 1"]
_TAILS = [" ", " ", ";", ";", "%c", "# c", "x", "\n", "\t", ")", "0"]


def test_the_one_way_ending_matches_what_the_two_way_one_matched():
    # the same regular language, so every match, search and full match is the one the old source gave, group by group
    made = _made_with_the_one_way_ending()
    assert len(made) >= 40  # the modules' own, rewritten from \s*;?\s*
    rng = random.Random(3939)
    texts = [rng.choice(_STARTS) + "".join(rng.choice(_TAILS) for _ in range(rng.randint(0, 6))) for _ in range(400)]
    for pattern in made:
        new = pattern.compiled()
        old = re.compile(pattern._source.replace(_ONE_WAY_ENDING, _TWO_WAY_ENDING), pattern._flags)
        for text in texts:
            for method in ("match", "search", "fullmatch"):
                before, after = getattr(old, method)(text), getattr(new, method)(text)
                assert (before and (before.span(), before.groups())) == (after and (after.span(), after.groups())), \
                    (pattern, method, text)


def test_a_zeroed_entry_beside_a_long_run_of_spaces_is_matched_at_once():
    from logderiv.notation import pasted

    # 'v(1) = 0' then 20,000 spaces and a character the line cannot end with: no zeroing (by hand), and one split
    # of the run is tried, not 20,000
    assert pasted._ZEROED.match("v(1) = 0" + " " * 20_000 + "x") is None
    assert pasted._ZEROED.match("v(1) = 0" + " " * 20_000 + "; % the intercept") is not None
