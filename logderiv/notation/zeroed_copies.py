"""Octave's copy of the parameters with its first entry zeroed, in a block of code statements, put where it is used.

An ex5 ``linearRegCostFunction`` writes the penalty over every θ but the intercept's with a copy:
``theta_prime = theta';`` then ``theta_prime(1) = 0.0;`` then ``R = (theta_prime * theta) * lambda/(2*m);``; another
rebinds λ to a vector: ``lambda = ones(size(theta))*lambda;`` then ``lambda(1) = 0;`` then ``(lambda/m).*theta``.
Octave assigns by value, so the copy is a new array: zeroing its entry leaves θ (and the old λ) as they were. The
copy's value, its first entry 0, is then put in place of its name in the lines after the zeroing, in brackets
(``([0; theta(2:end)]')``, ``(lambda*[0; ones(length(theta)-1, 1)])``), and the two lines are dropped; the reading
is said in a note. The ``--let`` s' ``temp = theta; temp(1) = 0;`` is read by :func:`pasted.rewrite_lets`.

Read only where the reading is the program's: the entry written with parentheses (Octave's, never NumPy's
``temp[0] = 0``, which writes into the array ``temp = theta`` shares), one statement a line, no loop or branch,
nothing else written into the copy, nor into the vector or scale it copies, after the copy is made, the name not
used between the copy and the zeroing and never indexed after it, and a row copy (θᵀ) zeroed by ``(1)`` or
``(1,1)`` only (``(1,:)`` of a row is every entry). Text that is not so is left as it was, for the other readers
(which refuse it). This module imports no sympy.
"""

from __future__ import annotations

import re

from .. import patterns
from ..errors import InputError

__all__ = ["read_zeroed_copies", "ZEROED_COPY_MARK"]

#: the words every note of this reading holds (tests find the note by them)
ZEROED_COPY_MARK = "Octave assigns by value"

#: the parameter vectors a copy may be made of
_VECTORS = r"theta|w"
#: one scale: a name or a number (lambda, lam, 0.5)
_SCALE = r"[A-Za-z]\w*|\d+(?:\.\d*)?"
#: NAME = theta; NAME = theta'; NAME = ones(size(theta))*SCALE; NAME = SCALE*ones(size(theta)) — one statement with
#: its ';' and an Octave comment after it
_COPY = patterns.compile(
    r"^\s*(?P<name>[A-Za-z]\w*)\s*=\s*(?:(?P<vector>" + _VECTORS + r")(?P<transposed>')?"
    r"|ones\(\s*size\(\s*(?P<ones>" + _VECTORS + r")\s*\)\s*\)\s*\*\s*(?P<after>" + _SCALE + r")"
    r"|(?P<before>" + _SCALE + r")\s*\*\s*ones\(\s*size\(\s*(?P<ones2>" + _VECTORS + r")\s*\)\s*\))"
    r"\s*(?:;\s*)?(?:%[^\n]*)?$")
#: NAME(1) = 0; NAME(1,1) = 0.0; NAME(1,:) = 0 (the last only of a column) — Octave's entry write, parentheses
_ZEROING = r"^\s*{name}\s*\(\s*1\s*(?:,\s*(?P<second>1|:)\s*)?\)\s*=\s*0(?:\.0*)?\s*(?:;\s*)?(?:%[^\n]*)?$"
#: a line that writes into NAME (or NAME's entries): NAME = …, NAME(…) = …, NAME += …
#: (and Octave's several outputs, [J, theta] = fminunc(…), one of them NAME)
_WRITE = r"^\s*(?:{name}\s*(?:\([^()]*\)\s*)?(?:[-+*/]?=(?!=))|\[[^\]=]*(?<![\w.]){name}(?!\w)[^\]=]*\]\s*=(?!=))"
#: a control line: a loop or a branch, whose lines do not run once in order
_CONTROL = patterns.compile(r"^\s*(?:for|while|if|switch|function|do)\b")


def _word(name: str) -> str:
    return rf"(?<![\w.]){re.escape(name)}(?!\w)"


def _code(line: str) -> str:
    """The line without its Octave comment (a '%' outside a string: the lines read here have no strings)."""
    return line.split("%", 1)[0]


def read_zeroed_copies(text: str | None, label: str = "COST") -> tuple[str, list[str]] | None:
    """The block with each zeroed copy put in place of its name after the zeroing, and the notes; None: no such copy.

    A copy and its zeroing that a later line writes into again (or into the vector it copies), or whose entries a
    later line reads by index, or a row's ``(1,:)`` (every entry), are refused, at that line: the value put in
    would not be the program's. Other text is left as written (None when no copy was read).
    """
    if not isinstance(text, str) or "\n" not in text.strip() or "\\" in text:
        return None
    lines = text.split("\n")
    if any(_CONTROL.match(line) for line in lines):
        return None
    notes: list[str] = []
    changed = True
    while changed:
        changed = False
        for index, line in enumerate(lines):
            read = _read_one(lines, index, line, text, label)
            if read is not None:
                lines, note = read
                notes.append(note)
                changed = True
                break
    return ("\n".join(lines), notes) if notes else None


#: said when a zeroed copy that no later line uses is left out
UNUSED_COPY_NOTE = ("read as Octave: {copied}; {zeroed} makes {name} a new array ({mark}: {vector} itself is "
                    "unchanged), and no line after uses {name}: the two lines change nothing the lines end with, and "
                    "are left out (where the lines after write {vector}, it is {vector} itself, its first entry kept)")


def _unused(lines: list[str], index: int, zeroing_at: int, name: str, vector: str | None, copied: str,
            zeroed: str) -> tuple[list[str], str] | None:
    """The lines without a zeroed copy of theta that no later line uses, and the note; None: not such a copy.

    Only a copy of the vector itself (``reg_theta = theta``), with statements after its zeroing (the value the lines
    end with is then another's, not the copy's), nothing between the copy and its zeroing naming it; the lines after
    never name the copy, so leaving the two out changes nothing they compute.
    """
    if vector is None:
        return None  # a rebound scale (lambda = ones(size(theta))*lambda) is left to the other readers
    if not any(_code(each).strip() for each in lines[zeroing_at + 1:]):
        return None  # the zeroing is the last statement: the lines end with the copy itself
    note = UNUSED_COPY_NOTE.format(copied=_code(copied).strip().rstrip(";").strip(),
                                   zeroed=_code(zeroed).strip().rstrip(";").strip(), name=name,
                                   mark=ZEROED_COPY_MARK, vector=vector)
    return [*lines[:index], *lines[index + 1:zeroing_at], *lines[zeroing_at + 1:]], note


def _refusal(message: str, text: str, lines: list[str], at: int, label: str, hint: str) -> InputError:
    """The refusal at line ``at`` of ``lines`` (where the text, as written, has that line)."""
    found = text.find(lines[at])
    column = found + len(lines[at]) - len(lines[at].lstrip()) if found >= 0 else 0
    return InputError(message, source=text, column=column, hint=hint, label=label)


def _read_one(lines: list[str], index: int, line: str, text: str, label: str
              ) -> tuple[list[str], str] | None:
    copy = _COPY.match(line)
    if copy is None:
        return None
    name = copy.group("name")
    vector = copy.group("vector") or copy.group("ones") or copy.group("ones2")
    scale = copy.group("after") or copy.group("before")
    zeroing_at = next((k for k in range(index + 1, len(lines)) if re.search(_word(name), _code(lines[k]))), None)
    if zeroing_at is None:
        return None
    zeroing = re.match(_ZEROING.format(name=re.escape(name)), lines[zeroing_at])
    if zeroing is None:
        return None  # the first use is no zeroing
    copied = line.split("%", 1)[0].strip().rstrip(";").strip()
    zeroed = lines[zeroing_at].split("%", 1)[0].strip().rstrip(";").strip()
    if copy.group("transposed") and zeroing.group("second") == ":":
        raise _refusal(f"{zeroed} after {copied}: row 1 of the row {vector}' is every entry, not the intercept's "
                       "alone; whether every entry or the first is meant is not said", text, lines, zeroing_at, label,
                       f"write {name}(1) = 0 to zero the first entry")
    after = lines[zeroing_at + 1:]
    uses = [k for k, each in enumerate(after) if re.search(_word(name), _code(each))]
    if not uses:
        return _unused(lines, index, zeroing_at, name, copy.group("vector"), line, lines[zeroing_at])
    written = [name, vector, *([scale] if scale and not scale[0].isdigit() else [])]
    for k in range(index + 1, len(lines)):
        each = lines[k]
        if k == zeroing_at:
            continue
        target = next((t for t in written if re.match(_WRITE.format(name=re.escape(t)), _code(each))), None)
        if target is not None:
            # the value put in place of the copy would not be the program's
            raise _refusal(f"{_code(each).strip().rstrip(';').strip()} writes into {target} after {copied}; "
                           f"{zeroed}: only a copy whose one write is its first entry's zeroing is read", text,
                           lines, k, label, f"give {name} its value in one line (as [0; {vector}(2:end)]) and write nothing "
                           f"into it or {target} after")
    indexed = next((k for k, each in enumerate(after) if re.search(_word(name) + r"\s*\(", _code(each))), None)
    if indexed is not None:
        raise _refusal(f"{name}(…) reads an entry of the copy {copied}; {zeroed}: only the copy used whole is read",
                       text, lines, zeroing_at + 1 + indexed, label,
                       f"write the entry from {vector} itself" if copy.group("vector") else
                       f"write the entry's value itself ({scale}, or 0 for the first)")
    if copy.group("vector"):
        value = f"[0; {vector}(2:end)]" + ("'" if copy.group("transposed") else "")
        what = (f"{vector}ᵀ, the row," if copy.group("transposed") else vector) + " with its first entry, the " \
            "intercept's, set to 0"
    else:
        value = f"{scale}*[0; ones(length({vector})-1, 1)]"
        what = f"the vector of {vector}'s shape with {scale} in every entry but the first, the intercept's, 0"
    put = f"({value})"

    def replaced(each: str) -> str:
        code, comment = (each.split("%", 1) + [""])[:2] if "%" in each else (each, None)
        new = re.sub(_word(name), lambda _: put, code)
        return new if comment is None else f"{new}%{comment}"

    if copy.group("vector"):
        kept = f"{vector} itself is unchanged"
    else:
        kept = f"the {scale} before this line is the one it was made from" if scale == name \
            else f"{vector} and {scale} are unchanged"
    note = (f"read as Octave: {copied}; {zeroed} makes {name} a new array ({ZEROED_COPY_MARK}: {kept}), "
            f"{what}: {value}, put in place of {name} in the lines after")
    new_lines = [*lines[:index], *lines[index + 1:zeroing_at], *(replaced(each) for each in after)]
    return new_lines, note
