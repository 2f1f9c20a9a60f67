"""Stop 40's final read: fixoct40's Octave penalty-loop header ended ``\\s*[,;]?\\s*$``, quadratic in a run of spaces.

``for j = 2:size(theta)`` then 20,000 spaces and a character the header cannot end with took 2 s in one ``match``
(the time limit cannot stop a regular expression); written ``\\s*(?:[,;]\\s*)?$``, the same language with one split
of the run, it takes a millisecond. The old source is the specification: every match and group is the same.
"""

from __future__ import annotations

import random
import re

from logderiv.notation import statements

#: the header as fixoct40 wrote it (the two-way ending), the specification of the one-way one
_OLD = (r"^for\s+(?P<var>[A-Za-z_]\w*)\s*=\s*(?P<first>[12])\s*:\s*(?P<count>n|(?:size|length|numel)\(\s*theta\s*\)|"
        r"size\(\s*theta\s*,\s*1\s*\))\s*[,;]?\s*$")
_HEADS = ["for j = 2:size(theta)", "for j=1:n", "for k = 2 : numel(theta)", "for j = 2:size(theta, 1)",
          "for j = 3:n", "for j = 2:m"]
_TAILS = [" ", " ", ";", ",", "\t", "x", "%", ")"]


def test_the_loop_header_matches_what_the_two_way_ending_matched():
    old, new = re.compile(_OLD), statements._OCTAVE_FEATURE_LOOP.compiled()
    rng = random.Random(40)
    for _ in range(3000):
        text = rng.choice(_HEADS) + "".join(rng.choice(_TAILS) for _ in range(rng.randint(0, 6)))
        before, after = old.match(text), new.match(text)
        assert (before and (before.span(), before.groupdict())) == (after and (after.span(), after.groupdict())), text


def test_a_loop_header_beside_a_long_run_of_spaces_is_matched_at_once():
    # 20,000 spaces then a character no header ends with: not a header (by hand); then the same run ending in ';'
    header = "for j = 2:size(theta)"
    assert statements._OCTAVE_FEATURE_LOOP.match(header + " " * 20_000 + "x") is None
    found = statements._OCTAVE_FEATURE_LOOP.match(header + " " * 20_000 + ";")
    assert found is not None and found.group("count") == "size(theta)" and found.group("first") == "2"
