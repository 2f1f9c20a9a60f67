"""The real-world corpus: costs and answers copied verbatim from public sources (see items.py)."""

from __future__ import annotations

import importlib

from .items import Answer, Cost

__all__ = ["COSTS", "ANSWERS"]


def _gather(modules: tuple[str, ...], name: str) -> list:
    found = []
    for module in modules:
        found += getattr(importlib.import_module(f"{__name__}.{module}"), name)
    return found


#: every collected cost and answer, in the order of their files
COSTS: list[Cost] = _gather(("costs", "fresh_notes", "fresh_code", "fresh_mixed", "fresh_courses", "fresh_qa", "fresh_blogs", "fresh_vectors", "fresh_eighth", "fresh_ninth", "fresh_tenth", "fresh_eleventh", "fresh_twelfth", "fresh_thirteenth", "fresh_fourteenth", "fresh_fifteenth", "fresh_sixteenth", "fresh_seventeenth", "fresh_twentieth", "fresh_twentyfirst", "fresh_twentysecond", "fresh_twentythird", "fresh_twentyfourth", "fresh_twentyfifth", "fresh_twentysixth", "fresh_twentyseventh", "fresh_twentyeighth", "fresh_twentyninth", "fresh_thirtieth", "fresh_thirtyfirst", "fresh_thirtysecond", "fresh_thirtythird", "fresh_thirtyfourth", "fresh_thirtyfifth", "fresh_thirtysixth", "fresh_thirtyseventh", "fresh_thirtyeighth", "fresh_thirtyninth", "fresh_fortieth", "fresh_fortyfirst", "fresh_fortysecond", "fresh_fortythird", "fresh_fortyfourth", "fresh_fortyfifth", "fresh_fortysixth", "fresh_fortyseventh", "fresh_fortyeighth", "fresh_fortyninth", "fresh_fiftieth", "fresh_fiftyfirst", "fresh_fiftysecond", "fresh_fiftythird", "fresh_fiftyfourth", "fresh_fiftyfifth", "fresh_fiftysixth", "fresh_fiftyseventh", "fresh_fiftyninth", "fresh_fiftyeighth", "fresh_sixtieth", "fresh_sixtyfirst", "fresh_sixtythird", "fresh_sixtysecond", "fresh_sixtyfourth", "fresh_sixtyfifth", "fresh_sixtysixth", "fresh_sixtyseventh", "fresh_sixtyeighth", "fresh_sixtyninth", "fresh_seventieth", "fresh_seventyfirst", "fresh_seventysecond", "fresh_seventythird", "fresh_seventyfourth", "fresh_seventyfifth", "fresh_seventysixth", "fresh_seventyseventh", "fresh_seventyeighth", "fresh_seventyninth", "fresh_eightieth", "fresh_eightyfirst", "fresh_eightysecond", "fresh_eightythird", "fresh_eightyfourth", "fresh_eightyfifth", "fresh_eightysixth", "fresh_eightyseventh"), "COSTS")
ANSWERS: list[Answer] = _gather(("answers", "answers_more", "fresh_notes", "fresh_code", "fresh_mixed", "fresh_courses", "fresh_qa", "fresh_blogs", "fresh_vectors", "fresh_eighth", "fresh_ninth", "fresh_tenth", "fresh_eleventh", "fresh_twelfth", "fresh_thirteenth", "fresh_fourteenth", "fresh_fifteenth", "fresh_sixteenth", "fresh_seventeenth", "fresh_twentieth", "fresh_twentyfirst", "fresh_twentysecond", "fresh_twentythird", "fresh_twentyfourth", "fresh_twentyfifth", "fresh_twentysixth", "fresh_twentyseventh", "fresh_twentyeighth", "fresh_twentyninth", "fresh_thirtieth", "fresh_thirtyfirst", "fresh_thirtysecond", "fresh_thirtythird", "fresh_thirtyfourth", "fresh_thirtyfifth", "fresh_thirtysixth", "fresh_thirtyseventh", "fresh_thirtyeighth", "fresh_thirtyninth", "fresh_fortieth", "fresh_fortyfirst", "fresh_fortysecond", "fresh_fortythird", "fresh_fortyfourth", "fresh_fortyfifth", "fresh_fortysixth", "fresh_fortyseventh", "fresh_fortyeighth", "fresh_fortyninth", "fresh_fiftieth", "fresh_fiftyfirst", "fresh_fiftysecond", "fresh_fiftythird", "fresh_fiftyfourth", "fresh_fiftyfifth", "fresh_fiftysixth", "fresh_fiftyseventh", "fresh_fiftyninth", "fresh_fiftyeighth", "fresh_sixtieth", "fresh_sixtyfirst", "fresh_sixtythird", "fresh_sixtysecond", "fresh_sixtyfourth", "fresh_sixtyfifth", "fresh_sixtysixth", "fresh_sixtyseventh", "fresh_sixtyeighth", "fresh_sixtyninth", "fresh_seventieth", "fresh_seventyfirst", "fresh_seventysecond", "fresh_seventythird", "fresh_seventyfourth", "fresh_seventyfifth", "fresh_seventysixth", "fresh_seventyseventh", "fresh_seventyeighth", "fresh_seventyninth", "fresh_eightieth", "fresh_eightyfirst", "fresh_eightysecond", "fresh_eightythird", "fresh_eightyfourth", "fresh_eightyfifth", "fresh_eightysixth", "fresh_eightyseventh"), "ANSWERS")
