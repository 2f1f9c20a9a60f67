r"""The intercept's column of ones joined to the data, as code writes it, read as logderiv's X (noted).

Code puts a column of ones before its data so that θ's first entry is the intercept:
NumPy's ``np.c_[np.ones(m), X]``, ``np.hstack((np.ones((m, 1)), X))``,
``np.concatenate([np.ones((m, 1)), X], axis=1)`` (or ``, 1)``), ``np.column_stack((np.ones(m), X))``,
``np.insert(X, 0, 1, axis=1)``; Octave's ``[ones(m, 1) X]``; R's ``cbind(1, X)``. The matrix
so made is logderiv's X, whose first column is 1 (x₁ = 1, θ₁ the intercept). Two readings
follow, each only where the text leaves no other:

* ``--let Xb = np.c_[np.ones(m), X]``: Xb is logderiv's X, and the X inside it the raw
  features. Read so only when no other text writes that raw X (beside Xb it is another
  matrix, with one column fewer, which logderiv has no name for): then it is refused.
  ``X = np.c_[np.ones(m), X]`` (the data joined in place) makes every X the joined one.
* one feature x and two numbers: ``X <- cbind(1, x)`` with ``theta <- c(b, w)`` makes
  ``X %*% theta`` the column of bᵢ + w·xᵢ, written ``(b + w*x)`` where it is used, when X and
  θ are used only in that product.

This module reads text and imports no sympy; it evaluates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..errors import InputError
from .. import patterns

__all__ = ["design_matrix", "joined_weights", "ones_lets", "ONES_LET_NOTE"]

#: the number of examples as code writes it, the count of the ones; or a number (np.ones((100, 1)) beside X: the
#: join runs only when X has that many rows, so it is m; 1 is left out, a single row that would join any X of one)
_COUNT = (r"(?:m|N|n_samples|len\(\s*\w+\s*\)|\w+\.shape\[\s*0\s*\]|size\(\s*\w+\s*,\s*1\s*\)|length\(\s*\w+\s*\)"
          r"|nrow\(\s*(?:\w+|matrix\(\s*\w+\s*\))\s*\)|[2-9]|[1-9]\d+)")
#: a column of ones of m entries: NumPy's np.ones(m), np.ones((m, 1)), np.ones([m, 1]); Octave's ones(m, 1)
_ONES = (r"(?:(?:np|numpy)\.ones\(\s*(?:" + _COUNT + r"|[(\[]\s*" + _COUNT + r"\s*,\s*1\s*[)\]])\s*\)"
         r"|ones\(\s*" + _COUNT + r"\s*,\s*1\s*\))")
#: the data: a name, or R's matrix(x) (x as a one-column matrix)
_DATA = r"(?P<data>[A-Za-z]\w*)|matrix\(\s*(?P<rdata>[A-Za-z]\w*)\s*\)"
_JOINS = (
    r"(?:np|numpy)\.c_\[\s*" + _ONES + r"\s*,\s*(?:" + _DATA + r")\s*\]",
    r"(?:np|numpy)\.(?:hstack|column_stack)\(\s*[(\[]\s*" + _ONES + r"\s*,\s*(?:" + _DATA + r")\s*[)\]]\s*\)",
    r"(?:np|numpy)\.concatenate\(\s*[(\[]\s*" + _ONES + r"\s*,\s*(?:" + _DATA + r")\s*[)\]]\s*,\s*(?:axis\s*=\s*)?1\s*\)",
    r"(?:np|numpy)\.insert\(\s*(?:" + _DATA + r")\s*,\s*0\s*,\s*1(?:\.0?)?\s*,\s*axis\s*=\s*1\s*\)",
    r"\[\s*" + _ONES + r"\s*,?\s*(?:" + _DATA + r")\s*\]",
    r"cbind\(\s*(?:1|rep\(\s*1\s*,\s*" + _COUNT + r"\s*\))\s*,\s*(?:" + _DATA + r")\s*\)",
)
#: a --let NAME = JOIN (or R's NAME <- JOIN), with Octave's ';'
_JOINED_LET = [patterns.compile(r"^\s*(?P<name>[A-Za-z]\w*)\s*(?:=|<-)\s*(?P<join>" + join + r")\s*(?:;\s*)?$")
               for join in _JOINS]
#: two numbers joined into the parameter vector: R's c(b, w), NumPy's np.r_[b, w] and np.array([b, w]), Octave's [b; w]
_PAIR_LET = patterns.compile(
    r"^\s*(?P<name>[A-Za-z]\w*)\s*(?:=|<-)\s*(?:c\(\s*(?P<b1>[A-Za-z]\w*)\s*,\s*(?P<w1>[A-Za-z]\w*)\s*\)"
    r"|(?:np|numpy)\.r_\[\s*(?P<b2>[A-Za-z]\w*)\s*,\s*(?P<w2>[A-Za-z]\w*)\s*\]"
    r"|\[\s*(?P<b3>[A-Za-z]\w*)\s*;\s*(?P<w3>[A-Za-z]\w*)\s*\])\s*(?:;\s*)?$")

NOTE = ("read as code: {name} = {join} is the data matrix with a column of ones put first, the intercept's: "
        "logderiv's X (x₁ = 1, θ₁ the intercept)")
PAIR_NOTE = ("read as code: {matrix} = {join} (a column of ones beside the one feature {data}) times {vector} = "
             "{pair} (the intercept {b} first, then the weight {w}) is, for each example, {b} + {w}·{data}")


def _joined(text: object) -> re.Match[str] | None:
    """The match of a --let that joins a column of ones before the data, or None."""
    if not isinstance(text, str):
        return None
    return next((match for pattern in _JOINED_LET if (match := pattern.match(text))), None)


def _data(match: re.Match[str]) -> str:
    data: str = match.group("data") or match.group("rdata")  # every joining pattern has one of the two
    return data


#: a literal count of the ones in a join: np.ones((100, 1)), ones(100, 1), rep(1, 100)
_LITERAL_COUNT = patterns.compile(r"(?:ones\(\s*[(\[]?|rep\(\s*1\s*,)\s*(?P<count>[1-9]\d*)\s*[,)\]]")


def _refuse_the_count_written_elsewhere(join: str, others: Sequence[tuple[int, str]]) -> None:
    """Refuse np.ones((100, 1)) beside a text that writes 100 too: the join makes 100 the count m, a letter here.

    The join runs only when the data has that many rows, so the literal count is read as m; but another text's 100,
    (1/100) * X_b.T.dot(…), stayed the number 100 beside m, and an answer right for the program's data (m = 100) was
    judged 'different' (audit53). Whether that 100 is the count too is not said by logderiv's letter m: refused.
    """
    literal = _LITERAL_COUNT.search(join)
    if literal is None:
        return
    count = literal.group("count")
    number = re.compile(r"(?<![\w.])" + count + r"(?:\.0*)?(?![\w.])")
    for _, text in others:
        found = number.search(text)
        if found is not None:
            raise InputError(
                f"{join} joins a column of {count} ones, so the data has {count} rows and {count} is the number of "
                f"examples m; this text writes {count} too, which logderiv would read as a number apart from m: "
                "whether it is the count is not said",
                source=text, column=found.start(),
                hint="write the number of examples as m (or len(y), X.shape[0]) in the texts, or in the join")


def _word(name: str) -> re.Pattern[str]:
    """``name`` as a whole word of code (not a part of X_b, Xb, x.shape's owner is still a use)."""
    return re.compile(r"(?<![\w.\\])" + re.escape(name) + r"(?!\w)")


#: a --let that counts the data's columns: Octave's [m, n] = size(X), Julia's m, n = size(X), n = size(X, 2),
#: NumPy's m, n = X.shape and n = X.shape[1], R's n <- ncol(X); the group ``columns`` is the count's name
_WIDTH_LET = patterns.compile(
    r"^\s*(?:\[\s*[A-Za-z]\w*\s*,?\s*(?P<columns>[A-Za-z]\w*)\s*\]\s*=\s*size\(\s*X\s*\)"
    r"|\(?\s*[A-Za-z]\w*\s*,\s*(?P<pair>[A-Za-z]\w*)\s*\)?\s*=\s*(?:size\(\s*X\s*\)|X\.shape)"
    r"|(?P<single>[A-Za-z]\w*)\s*(?:=|<-)\s*(?:size\(\s*X\s*,\s*2\s*\)|X\.shape\[\s*1\s*\]|ncol\(\s*X\s*\)"
    r"|columns\(\s*X\s*\)))\s*(?:;\s*)?$")


def refuse_a_width_counted_around_the_join(cost: str | None, answer: str | None, lets: Sequence[str | None]) -> None:
    """Refuse ``[m, n] = size(X)`` beside ``X = [ones(m, 1) X]`` where a text uses n: counted before the join or after?

    The --let texts have no order, and the two orders give two counts: Coursera's ex2.m takes [m, n] = size(X) and
    then puts the ones before X, so its n is one short of the joined X's columns and theta(2:n) there leaves the
    last weight out of the penalty; inside costFunctionReg the same line counts the joined X, and theta(2:n) is all
    but the intercept (audit30a found it read as the latter, silently). Which is meant is not said: refused where
    the count is used. (m, the rows, is the same either way; a join into another name, Xb, leaves X's count clear.)
    """
    written = [text for text in lets if isinstance(text, str)]
    join = next((found for text in written if (found := _joined(text)) and found.group("name") == _data(found)), None)
    if join is None:
        return
    labelled = [("COST", cost), ("ANSWER", answer), *(("--let", text) for text in written)]
    for width_text in written:
        width = _WIDTH_LET.match(width_text)
        if width is None:
            continue
        name = width.group("columns") or width.group("pair") or width.group("single")
        for label, text in labelled:
            used = _word(name).search(text) if isinstance(text, str) and text is not width_text else None
            if used is not None and isinstance(text, str):
                raise InputError(
                    f"{width_text.strip().rstrip(';')} counts the columns of X, and {join.group(0).strip().rstrip(';')} "
                    f"sets X again with a column of ones first; the --let texts have no order, so {name} may count X "
                    "before the ones (one short, as in ex2.m) or after them: which one is not said",
                    source=text, column=used.start(), label=label,
                    hint=f"write the count from the parameters ({name} = length(theta)) or the range to the end "
                         "(theta(2:end)), or leave out the --let that sets X again")


def design_matrix(texts: Sequence[str | None], let_names: Collection[str]) -> tuple[list[str | None], str | None]:
    """The texts with ``--let Xb = np.c_[np.ones(m), X]`` read as logderiv's X: the let dropped (None), Xb written X.

    ``texts`` are the cost, the answer and the --let texts. Refused when the raw data X is written
    in another text beside the joined Xb: which of the two matrices each X is, is then not said
    by logderiv's one X. Returns the texts and the note, or the texts unchanged and None.
    """
    found = [(k, match) for k, text in enumerate(texts) if k >= 2 and (match := _joined(text))]
    if len(found) != 1:
        return list(texts), None
    where, match = found[0]
    name, data = match.group("name"), _data(match)
    if data != "X" and data != "x":
        return list(texts), None
    others = [(k, text) for k, text in enumerate(texts) if k != where and isinstance(text, str)]
    _refuse_the_count_written_elsewhere(re.sub(r"\s+", " ", match.group("join")), others)
    if name != data:
        for _, text in others:
            # the raw data, or (one feature x joined into Xb) an X of its own beside Xb, which becomes logderiv's X
            raw = _word(data).search(text) or (_word("X").search(text) if name != "X" else None)
            if raw is not None:
                raise InputError(
                    f"'{data}' is written beside {name} = {match.group('join')}: {name} is the data with its column "
                    f"of ones (logderiv's X) and {data} the data without it, two matrices logderiv has one name for",
                    source=text, column=raw.start(),
                    hint=f"write the data with its ones column as one name in every text ({name}, or X throughout)")
    changed: list[str | None] = [None if k == where else text for k, text in enumerate(texts)]
    if name != "X":
        changed = [_word(name).sub("X", text) if isinstance(text, str) and k >= 0 else text
                   for k, text in enumerate(changed)]
    return changed, NOTE.format(name=name, join=re.sub(r"\s+", " ", match.group("join")))


def joined_weights(lets: Sequence[str], elsewhere: Sequence[str | None] = ()) -> tuple[list[str], dict[str, str], list[str]]:
    """The --let texts with ``X <- cbind(1, x)`` and ``theta <- c(b, w)`` read as b + w·x where X·θ is used.

    Only for one feature x (lowercase, as logderiv writes one example's or one feature's value), two
    plain names b and w, and X and θ used nowhere but in their product (nor in the texts ``elsewhere``,
    the cost and the answer). Returns the lets, each new
    let text by the text it replaces, and the note; the lets unchanged when the pattern is not all there.
    """
    joins = [(k, match) for k, text in enumerate(lets) if (match := _joined(text))]
    pairs = [(k, match) for k, text in enumerate(lets) if isinstance(text, str) and (match := _PAIR_LET.match(text))]
    if len(joins) != 1 or len(pairs) != 1:
        return list(lets), {}, []
    (at_join, join), (at_pair, pair) = joins[0], pairs[0]
    matrix, data, vector = join.group("name"), _data(join), pair.group("name")
    b, w = next((pair.group(f"b{k}"), pair.group(f"w{k}")) for k in (1, 2, 3) if pair.group(f"b{k}"))
    if data != "x" or len({matrix, vector, b, w, data}) != 5:
        return list(lets), {}, []
    if any(isinstance(text, str) and (_word(matrix).search(text) or _word(vector).search(text)) for text in elsewhere):
        return list(lets), {}, []
    product = re.compile(
        r"(?<![\w.])(?:" + re.escape(matrix) + r"\s*(?:%\*%|@|\*)\s*" + re.escape(vector)
        + r"|(?:np\.)?dot\(\s*" + re.escape(matrix) + r"\s*,\s*" + re.escape(vector) + r"\s*\)"
        + r"|" + re.escape(matrix) + r"\.dot\(\s*" + re.escape(vector) + r"\s*\))(?!\w)")
    out, replaced = [], {}
    for k, text in enumerate(lets):
        if k in (at_join, at_pair):
            continue
        new = product.sub(f"({b} + {w}*{data})", text) if isinstance(text, str) else text
        if isinstance(new, str) and (_word(matrix).search(new) or _word(vector).search(new)):
            return list(lets), {}, []  # X or θ used another way: not this reading
        if new != text:
            replaced[new] = text
        out.append(new)
    if not replaced:
        return list(lets), {}, []
    note = PAIR_NOTE.format(matrix=matrix, join=re.sub(r"\s+", " ", join.group("join")), data=data, vector=vector,
                            pair=pair.group(0).split("=" if "=" in pair.group(0) else "<-", 1)[1].strip().rstrip(";"),
                            b=b, w=w)
    return out, replaced, [note]


#: NAME = a column of ones, one per example: R's matrix(1, nrow(y), 1), rep(1, nrow(X)); Octave's ones(m, 1); NumPy's
#: np.ones(m), np.ones((m, 1))
_ONES_LET = patterns.compile(r"^\s*(?P<name>[A-Za-z_]\w*)\s*(?:=|<-)\s*(?P<value>matrix\(\s*1\s*,\s*(?:nrow\s*=\s*)?"
                             + _COUNT + r"\s*,\s*(?:ncol\s*=\s*)?1\s*\)|rep\(\s*1\s*,\s*" + _COUNT + r"\s*\)|"
                             + _ONES + r")\s*(?:;\s*)?$")
ONES_LET_NOTE = ("--let {let} is the m×1 column of ones, one per example (the trials of a Bernoulli model, one each): "
                 "{name} is read as ones(m, 1) where the texts use it")


def ones_lets(lets: Sequence[str]) -> tuple[list[str], dict[str, tuple[str, str]], list[str]]:
    """``--let "m = matrix(1, nrow(y), 1)"`` (SDS385's R): the name is the m×1 column of ones, put where it is used.

    A --let that names a column of ones of the examples' count holds a vector, which a --let cannot; its name (even m,
    whose meaning is otherwise the count: R code names the binomial's trials m) is replaced by ``ones(m, 1)`` in the
    cost and the answer (:func:`logderiv.notation.pasted.put_slices`) and the let dropped, noted. Only where no other
    --let uses the name and no other --let gives it a value; anything else is left as it is.
    """
    found = [(k, match) for k, text in enumerate(lets) if isinstance(text, str) and (match := _ONES_LET.match(text))]
    if len(found) != 1:
        return list(lets), {}, []
    at, match = found[0]
    name = match.group("name")
    word = _word(name)
    if any(k != at and isinstance(text, str) and word.search(text) for k, text in enumerate(lets)):
        return list(lets), {}, []
    let = lets[at].strip()
    return ([text for k, text in enumerate(lets) if k != at], {name: ("ones(m, 1)", let)},
            [ONES_LET_NOTE.format(let=let, name=name)])
