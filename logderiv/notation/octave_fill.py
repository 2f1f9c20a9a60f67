"""Octave's gradient array started with ``zeros(size(theta))`` and then set by later lines (issue 10).

The course templates of ex2 and ex5 start the gradient with ``grad = zeros(size(theta));`` and count its entries
with ``rest = size(grad, 1);`` before the student's lines set it: ``grad = …; grad(2:rest,1) = grad(2:rest,1) + …``.
By Octave's meaning:

* ``zeros(size(theta))`` has θ's size, so ``size(grad, 1)`` (``size(grad)(1)``) is ``size(theta, 1)``, the number of
  parameters, n;
* a name set to that count and used only as the end of a range of θ's or grad's rows, ``theta(2:rest, :)``,
  ``grad(2:rest, 1)``, is Octave's ``end`` there: ``theta(2:end)``, θ without its first entry, the intercept θ₁
  (``, 1`` and ``, :`` the one column of an n×1 column);
* the start itself is used by nothing once the lines set grad whole before they read it (or the texts never name
  grad): it is left out.

Each reading is said in a note. Nothing is read unless such a start is among the --let s, and a name set twice, or
used otherwise than so, is left as written, to be read or refused as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import patterns
from ..errors import InputError
from .pasted import Pasted, _apply

__all__ = ["read_filled_start", "read_cut_row", "read_stacked_parts", "stacked_error_at_the_user"]

#: the start: grad = zeros(size(theta)); (a comment after it allowed)
_START = patterns.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*=\s*zeros\(\s*size\(\s*(?P<vector>theta|w|beta)\s*\)\s*\)"
                          r"\s*(?:;\s*)?(?:%[^\n]*)?")
#: a name's count of rows: size(NAME, 1), size(NAME)(1)
_ROWS = r"size\(\s*{v}\s*,\s*1\s*\)|size\(\s*{v}\s*\)\s*\(\s*1\s*\)"
#: a --let that names a count: rest = size(theta, 1);
_COUNT_LET = r"\s*(?P<name>[A-Za-z_]\w*)\s*=\s*(?:{rows})\s*(?:;\s*)?(?:%[^\n]*)?"

SIZE_NOTE = ("read as Octave: {start} has the size of {vector}, so {written} is the number of {vector}'s entries, "
             "size({vector}, 1): n")
RANGE_NOTE = ("read as Octave: {count} counts the rows of the n×1 column {vector}, its n entries, so the range 2:{name} "
              "is 2:end: {target}(2:{name}, …) is {target}(2:end), {target} without its first entry, the intercept's "
              "(', 1' and ', :' name the one column{shape})")
UNUSED_NOTE = ("read as Octave: --let {start} only starts {name} with zeros; {why}, so the start is not used and is "
               "left out")


def _word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")


def _statement_from(text: str, start: int) -> str:
    """The rest of the statement that starts its value at ``start``: up to a ';' or a line's end outside brackets
    (``grad = [0; grad(2:end)]`` is one statement), or an Octave comment."""
    depth = 0
    for at in range(start, len(text)):
        char = text[at]
        depth += char in "([{"
        depth -= char in ")]}"
        if depth <= 0 and (char in ";%\n"):
            return text[start:at]
    return text[start:]


def _before_statement(text: str, at: int) -> str:
    """``text`` up to the statement that holds ``at`` (its ';' or line end kept): what has run before it."""
    cut = max(text.rfind(";", 0, at), text.rfind("\n", 0, at))
    return text[:cut + 1]


def _writes(name: str, text: str) -> bool:
    """Whether a statement of ``text`` writes ``name`` (whole, an entry or a slice, or by += and the like)."""
    return re.search(rf"(?:^|[;\n,])\s*{re.escape(name)}\s*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)\s*)?[-+*/]?=(?!=)",
                     text) is not None


#: a value that is a column by its look: Xᵀ times a column, X' * (…), with no transpose of the whole after it and no
#: row times X ((h - y)' * X is a row)
_COLUMN_LOOK = patterns.compile(r"(?<![\w.])X\s*'\s*\*")
_ROW_LOOK = patterns.compile(r"'\s*\*\s*X(?!\s*')|'\s*[;)]*\s*$")


def _column_so_far(name: str, text: str) -> bool:
    """Whether every line of ``text`` that sets ``name`` whole gives it a column by its look (``X' * (…)``): what
    Octave's ``grad(2:rest, 1)`` then names are the column's rows 2…n."""
    for found in re.finditer(rf"(?:^|[;\n])\s*{re.escape(name)}\s*=(?!=)", text):
        value = _statement_from(text, found.end())
        if _COLUMN_LOOK.search(value) is None or _ROW_LOOK.search(value.strip()) is not None:
            return False
    return True


def _same(text: str | None) -> Pasted | None:
    return Pasted(text, text) if isinstance(text, str) else None


def read_filled_start(cost: str | None, answer: str | None, lets: Sequence[str]
                      ) -> tuple[Pasted | None, Pasted | None, list[str], list[str]]:
    """The cost and the answer as rewritten (None where not given), the --let s and the notes.

    Where no --let is such a start, the texts come back as written, with no note.
    """
    texts = [text for text in lets if isinstance(text, str)]
    starts = [(text, found) for text in texts if (found := _START.fullmatch(text)) is not None]
    if len(starts) != 1:
        return _same(cost), _same(answer), list(lets), []
    start_text, start = starts[0]
    name, vector = start.group("name"), start.group("vector")
    if any(re.match(rf"\s*{re.escape(name)}\s*=", text) for text in texts if text is not start_text) \
            or name == vector:
        return _same(cost), _same(answer), list(lets), []
    shown_start = " ".join(start_text.split("%")[0].split()).rstrip(";")
    notes: list[str] = []
    # size(grad, 1) is size(theta, 1)
    sized = patterns.compile(_ROWS.format(v=re.escape(name)))

    def resize(match: re.Match[str]) -> tuple[str, str] | None:
        # only while grad is still the start: after a line of the text sets grad anew (grad = ((h - y)'*X)/m, a
        # 1×n row) size(grad, 1) is that value's rows, not θ's (a --let is computed from the start itself)
        if _writes(name, _before_statement(match.string, match.start())):
            return None
        return f"size({vector}, 1)", SIZE_NOTE.format(start=shown_start, vector=vector,
                                                      written=" ".join(match.group().split()))

    cost_p = _apply(cost, [(sized, resize)]) if isinstance(cost, str) else None
    answer_p = _apply(answer, [(sized, resize)]) if isinstance(answer, str) else None
    new_lets: list[str] = []
    written_lets: dict[str, str] = {}
    for text in lets:
        if isinstance(text, str) and text is not start_text:
            done = _apply(text, [(sized, resize)])
            notes += [note for note in done.notes if note not in notes]
            new_lets.append(done.text)
            written_lets[done.text] = text
        else:
            new_lets.append(text)
    for done_p in (cost_p, answer_p):
        if done_p is not None:
            notes += [note for note in done_p.notes if note not in notes]
    # rest = size(theta, 1) used only as the end of 2:rest in theta( or grad(
    counted = patterns.compile(_COUNT_LET.format(rows=_ROWS.format(v=re.escape(vector))))
    for text in list(new_lets):
        found = counted.fullmatch(text) if isinstance(text, str) else None
        if found is None:
            continue
        count = found.group("name")
        if count in (name, vector) or any(
                re.match(rf"\s*{re.escape(count)}\s*[-+*/]?=", other) for other in new_lets
                if isinstance(other, str) and other is not text):
            continue
        ranged = patterns.compile(rf"(?<![\w.])(?P<target>{re.escape(vector)}|{re.escape(name)})\(\s*2\s*:\s*"
                                  rf"{re.escape(count)}\s*(?:,\s*(?:1|:)\s*)?\)")
        others = [p.text for p in (cost_p, answer_p) if p is not None] + \
            [other for other in new_lets if isinstance(other, str) and other is not text]
        uses = sum(len(_word(count).findall(other)) for other in others)
        ranges = sum(len(ranged.findall(other)) for other in others)
        if not uses or uses != ranges or any(re.search(rf"(?<![\w.]){re.escape(count)}\s*[-+*/]?=(?!=)", other)
                                             for other in others):
            continue
        # grad(2:rest, 1) names rows 2…n of grad's one column: only so while grad is a column (the start, or a
        # value written as X' * …); of a row set by the text (grad = ((h - y)'*X)/m) those rows do not exist
        if any(found.group("target") == name and "," in found.group()
               and not _column_so_far(name, _before_statement(other, found.start()))
               for other in others for found in ranged.finditer(other)):
            continue
        count_shown = " ".join(written_lets.get(text, text).split("%")[0].split()).rstrip(";")

        def end(match: re.Match[str], count_shown: str = count_shown, count: str = count) -> tuple[str, str]:
            target = match.group("target")
            shape = "" if target == vector else f"; {target} has the shape of {vector}, as {shown_start} says"
            return f"{target}(2:end)", RANGE_NOTE.format(count=count_shown, vector=vector, name=count, target=target,
                                                         shape=shape)

        cost_p = cost_p.then(_apply(cost_p.text, [(ranged, end)])) if cost_p is not None else None
        answer_p = answer_p.then(_apply(answer_p.text, [(ranged, end)])) if answer_p is not None else None
        kept: list[str] = []
        for other in new_lets:
            if other is text:
                continue
            if isinstance(other, str) and other is not start_text:
                done = _apply(other, [(ranged, end)])
                notes += [note for note in done.notes if note not in notes]
                kept.append(done.text)
            else:
                kept.append(other)
        new_lets = kept
        for done_p in (cost_p, answer_p):
            if done_p is not None:
                notes += [note for note in done_p.notes if note not in notes]
    # the start left out where nothing reads it
    word = _word(name)
    read_elsewhere = (cost_p is not None and word.search(cost_p.text)) or any(
        word.search(other) for other in new_lets if isinstance(other, str) and other is not start_text)
    why = None
    if not read_elsewhere:
        if answer_p is None or not word.search(answer_p.text):
            why = f"the texts never name {name}"
        else:
            first = re.match(rf"\s*(?:%[^\n]*\n\s*)*{re.escape(name)}\s*=(?!=)", answer_p.text)
            if first is not None and not word.search(_statement_from(answer_p.text, first.end())):
                why = (f"the answer's first line sets {name} whole ({name} = …) before any line reads it")
    if why is not None:
        new_lets = [other for other in new_lets if other is not start_text]
        notes.append(UNUSED_NOTE.format(start=shown_start, name=name, why=why))
    return cost_p, answer_p, new_lets, notes


#: a copy of the parameters turned into a row, then cut to its columns after the first, on the next statement:
#: theta_new = theta';  theta_new = theta_new(:,2:end);
_ROW_COPY_CUT = patterns.compile(
    r"(?P<copy>(?<![\w.])(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<vector>theta|w|beta)\s*'\s*;)(?P<between>\s*)"
    r"(?P<cut>(?P=name)\s*=\s*(?P=name)\s*\(\s*:\s*,\s*2\s*:\s*end\s*\)\s*;)")
#: the one use of it that a row and a column give alike: the sum of its entries' squares
_SQUARES_SUM = r"sum\(\s*{name}\s*\.\^\s*2\s*\)"

CUT_ROW_NOTE = ("read as Octave: {copy} is the row {vector}ᵀ and {cut} keeps its columns after the first, "
                "{vector}(2:end)ᵀ, {vector} without the intercept's entry; {name} is used only in sum({name} .^ 2), "
                "the sum of its entries' squares, alike for a row and a column: {name} = {vector}(2:end)")


def read_cut_row(text: str | None) -> Pasted | None:
    """``theta_new = theta'; theta_new = theta_new(:,2:end);`` then only ``sum(theta_new .^ 2)``: ``theta_new =
    theta(2:end);``, noted (ex5's linearRegCostFunction, idx34832822515). None where the text has no such lines,
    the name is set again, or used otherwise (a row's orientation would then matter)."""
    if not isinstance(text, str):
        return None
    found = _ROW_COPY_CUT.search(text)
    if found is None or _ROW_COPY_CUT.search(text, found.end()) is not None:
        return None
    name, vector = found.group("name"), found.group("vector")
    before, after = text[:found.start()], text[found.end():]
    word = _word(name)
    squares = patterns.compile(_SQUARES_SUM.format(name=re.escape(name)))
    if word.search(before) or re.search(rf"(?<![\w.]){re.escape(name)}\s*(?:\([^()]*\)\s*)?[-+*/]?=(?!=)", after) \
            or not word.search(after) or len(word.findall(after)) != len(squares.findall(after)):
        return None
    new = f"{name} = {vector}(2:end);"
    note = CUT_ROW_NOTE.format(copy=" ".join(found.group("copy").split()).rstrip(";"),
                               cut=" ".join(found.group("cut").split()).rstrip(";"), vector=vector, name=name)
    replaced = text[:found.start()] + new + text[found.end():]
    edit = (found.start(), found.end(), found.start(), found.start() + len(new))
    return Pasted(text, replaced, (edit,), (note,))



#: an answer that stacks two --let names: [grad_0; grad_rest] (grad = [g1; g2];)
_STACKED = patterns.compile(r"\s*(?:(?P<name>[A-Za-z_]\w*)\s*=(?!=)\s*)?\[\s*(?P<first>[A-Za-z_]\w*)\s*;\s*"
                            r"(?P<rest>[A-Za-z_]\w*)\s*\]\s*(?:;\s*)?")
#: a --let's name and value (an Octave comment after it dropped)
_LET = patterns.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*=(?!=)(?P<value>[^%]*)(?:%[^\n]*)?")
_FIRST_COLUMN = patterns.compile(r"(?<![\w.])X\s*\(\s*:\s*,\s*1\s*\)")
_REST_COLUMNS = patterns.compile(r"(?<![\w.])X\s*\(\s*:\s*,\s*2\s*:\s*end\s*\)")
STACKED_NOTE = ("read as Octave: {written} stacks {first}, one number (it takes X(:,1), the intercept's column), on "
                "{rest}, the entries after it (it takes X(:,2:end)): {name}(1) = {first}; {name}(2:end) = {rest}, "
                "each --let's value put in")


def read_stacked_parts(answer: str | None, lets: Sequence[str]) -> tuple[Pasted | None, list[str], list[str]]:
    """``[grad_0; grad_rest]`` with ``--let 'grad_0 = 1/m * (X(:,1)' * (H - y))'`` and ``--let 'grad_rest = 1/m *
    (X(:,2:end)' * (H - y)) + …'`` (f44's aakhedr costFunctionReg): the lines ``grad(1) = …; grad(2:end) = …;``
    the reading of a gradient written in parts takes (:func:`gradient_pieces.assemble`, which refuses parts
    that take another part's columns), the two --let s dropped, noted. Only two names, each set by one --let and
    used nowhere else, the first's value taking X(:,1) and not X(:,2:end), the second's the reverse; anything else
    is left as written (and refused as before). The answer rewritten (None where not given), the --let s, the notes.
    """
    if not isinstance(answer, str):
        return None, list(lets), []
    found = _STACKED.fullmatch(answer)
    if found is None:
        return Pasted(answer, answer), list(lets), []
    first, rest = found.group("first"), found.group("rest")
    values: dict[str, tuple[str, str]] = {}
    for text in lets:
        let = _LET.fullmatch(text) if isinstance(text, str) else None
        if let is not None and let.group("name") in (first, rest):
            if let.group("name") in values:
                return Pasted(answer, answer), list(lets), []
            values[let.group("name")] = (text, let.group("value").strip().rstrip(";").strip())
    if set(values) != {first, rest} or first == rest:
        return Pasted(answer, answer), list(lets), []
    first_value, rest_value = values[first][1], values[rest][1]
    if not (_FIRST_COLUMN.search(first_value) and not _REST_COLUMNS.search(first_value)
            and _REST_COLUMNS.search(rest_value) and not _FIRST_COLUMN.search(rest_value)):
        return Pasted(answer, answer), list(lets), []
    kept = [text for text in lets if text is not values[first][0] and text is not values[rest][0]]
    if any(isinstance(text, str) and (_word(first).search(text) or _word(rest).search(text)) for text in kept):
        return Pasted(answer, answer), list(lets), []
    name = found.group("name") or "grad"
    new = f"{name}(1) = {first_value};\n{name}(2:end) = {rest_value};"
    note = STACKED_NOTE.format(written=" ".join(answer.split()).rstrip(";"), first=first, rest=rest, name=name)
    return Pasted(answer, new, ((0, len(answer), 0, len(new)),), (note,)), kept, [note]


def stacked_error_at_the_user(answer: str, lets: Sequence[str], stacked: str, error: InputError) -> InputError:
    """``error``, raised reading ``stacked`` (:func:`read_stacked_parts`'s lines), pointed at the user's own text.

    The lines ``grad(1) = …; grad(2:end) = …;`` are generated, each --let's value put in: an error inside one of
    them is shown in that --let, at the same place of its value; anywhere else (the names the lines add) at the
    answer ``[grad_0; grad_rest]``. An error raised of another text (the cost, a --let kept) is returned as it is.
    """
    if error.source != stacked or error.column is None:
        return error
    found = _STACKED.fullmatch(answer)
    if found is None:
        return error
    name = found.group("name") or "grad"
    written: dict[str, str] = {}
    for given in lets:
        named = _LET.fullmatch(given) if isinstance(given, str) else None
        if named is not None and named.group("name") in (found.group("first"), found.group("rest")):
            written[named.group("name")] = given
    at = 0
    for part, head in ((found.group("first"), f"{name}(1) = "), (found.group("rest"), f"{name}(2:end) = ")):
        own = written.get(part)
        let = _LET.fullmatch(own) if own is not None else None
        if own is None or let is None:
            return error
        value = let.group("value").strip().rstrip(";").strip()
        start = stacked.find(head + value, at)
        if start < 0:
            return error
        start += len(head)
        if start <= error.column < start + len(value):
            column = own.find(value, own.index("=") + 1) + (error.column - start)
            return InputError(error.message, source=own, column=column, hint=error.hint, label="--let")
        at = start + len(value)
    return InputError(error.message, source=answer, column=found.start("first"), hint=error.hint, label="ANSWER")
