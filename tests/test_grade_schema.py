"""The JSONL rows of logderiv grade (logderiv/grade/1) validate against logderiv/schema/grade.schema.json.

Each verdict a row can have is made from real answers (their verdicts known by
hand: the spellings of tests/test_grade.py), and each row's ``check`` against
the verdict schema it names.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from logderiv.grading import graded, read_submissions
from logderiv.grading.question import question_from
from logderiv.render.grades import GRADES_SCHEMA_ID, jsonl_line

SCHEMAS = Path(__file__).parent.parent / "logderiv" / "schema"
GRADE = json.loads((SCHEMAS / "grade.schema.json").read_text(encoding="utf-8"))
VERDICT = json.loads((SCHEMAS / "verdict.schema.json").read_text(encoding="utf-8"))

LINES = [
    {"id": "s1", "answer": "1/m * sum((h - y) x_j)"},  # equivalent
    {"id": "s2", "answer": "1/m * sum((y - h) x_j)"},  # different: sign
    {"id": "s3", "answer": "1/m * sum(|h - y| x_j)"},  # undecided: |…| read but not handled
    {"id": "s4", "answer": "1/m * sum((h - y) x_j"},  # unreadable: a bracket never closed
    {"id": "s5", "answer": 42},  # unreadable: not text
]


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    path = tmp_path_factory.mktemp("grade") / "a.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in LINES) + "\n{not json\n")
    question = question_from({"cost": "logistic", "points": 4, "credit": {"sign": 0.25}})
    grades = graded(read_submissions(path).rows, question, jobs=None, timeout=10, full=True)
    return [json.loads(jsonl_line(grade)) for grade in grades]


def test_every_row_validates_and_its_check_against_the_verdict_schema(rows):
    validator = jsonschema.Draft202012Validator(GRADE)
    for row in rows:
        validator.validate(row)
        if row["check"] is not None:
            jsonschema.Draft202012Validator(VERDICT).validate(row["check"])
    assert [row["verdict"] for row in rows] == ["equivalent", "different", "undecided", "unreadable", "unreadable",
                                                "unreadable"]
    assert [row["score"] for row in rows] == [4, 1, None, 0, 0, 0]  # 4 × 0.25 for the sign
    assert rows[1]["diagnosis"] == ["sign"] and rows[-1]["input"] == {"line": "{not json"}
    assert GRADE["properties"]["schema"]["const"] == GRADES_SCHEMA_ID


@pytest.mark.parametrize("change", [
    {"verdict": "wrong"}, {"score": -1}, {"diagnosis": ["sign", "sign"]}, {"diagnosis": ["made-up"]},
    {"surprise": 1}, {"schema": "logderiv/grade/2"},
])
def test_the_schema_refuses_what_no_row_may_say(rows, change):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**rows[1], **change}, GRADE)


def test_the_schema_requires_every_field(rows):
    for field in GRADE["required"]:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({key: value for key, value in rows[0].items() if key != field}, GRADE)
    assert set(GRADE["required"]) == set(rows[0])


def test_both_schemas_name_every_diagnosis_kind():
    """A row (or a verdict) diagnosed ``labels`` must validate: the kinds are logderiv.records.verdict.KINDS, all of them."""
    from logderiv.records.verdict import KINDS

    kind = VERDICT["properties"]["diagnosis"]["items"]["properties"]["kind"]["enum"]
    assert kind == list(KINDS)
    assert GRADE["properties"]["diagnosis"]["items"]["enum"] == list(KINDS)
