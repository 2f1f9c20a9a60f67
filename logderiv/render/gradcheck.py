"""A gradcheck report as plain Unicode text: what was called, a table of shapes, the verdict, why."""

from __future__ import annotations

import dataclasses
import json

from ..records.gradcheck import Report, ShapeResult

__all__ = ["render_report", "render_report_json"]

#: the JSON document's schema name; bump on an incompatible change
SCHEMA = "logderiv/gradcheck/1"

_STATUS = {
    "pass": "pass",
    "suspicious": "pass (suspicious)",
    "inaccurate": "inaccurate",
    "wrong": "wrong",
    "wrong-shape": "wrong shape",
    "not-numeric": "not numbers",
    "not-finite": "inf/nan",
    "raised": "raised",
    "timeout": "timed out",
    "skipped": "not tried",
}

_ROLE_NAMES = {"theta": "θ", "X": "X", "y": "y", "lam": "λ"}


def render_report(report: Report) -> str:
    """The report, ending in a newline; no escape codes."""
    lines = [f"gradcheck {report.path}:{report.signature}"]
    lines.append(f"  cost      {report.cost}: ∂J/∂θⱼ = {_gradient(report)}")
    if report.convention == "no-intercept":
        lines.append("            with the intercept theta[0] (θ₁ in derive) left out of the λ term (--no-reg-intercept)")
    lines.append(
        f"  data      m = {report.m} examples, n = {report.n} features (X[:, 0] = 1, the intercept), "
        f"{report.draws} random data sets, seed {report.seed}"
    )
    roles = ", ".join(f"{_ROLE_NAMES[role]} → {name}" for role, name in report.roles)
    lines.append(f"  called    with {roles}")
    lines.append("")
    lines += _table(report.shapes)
    lines.append("")
    lines.append(_verdict_line(report))
    for diagnosis in report.diagnoses:
        lines.append(f"  {diagnosis.message}")
        failure = diagnosis.failure
        if failure is not None and failure.where is not None and failure.where.source:
            lines.append(f"      {failure.where.source}")
        if diagnosis.hint:
            lines.append(f"    hint: {diagnosis.hint}")
    if report.scale is not None and not report.verdict_result.ok:
        lines.append(f"  fitted scale c = ⟨a, g⟩/⟨g, g⟩ = {report.scale:.6g}")
    if report.intercept is not None:
        lines.append(f"  its λ term: the intercept theta[0] is {report.intercept}")
    if report.warnings:
        lines.append("")
        lines.append("warnings:")
        lines += [f"  ! {warning}" for warning in report.warnings]
        if not report.strict and any(not result.ok and result.status != "skipped" for result in report.shapes[1:]):
            lines.append("  (a problem with other shapes fails the check with --strict)")
    if report.notes:
        lines.append("")
        lines.append("notes:")
        lines += [f"  - {note}" for note in report.notes]
    if report.output.strip():
        printed = report.output.rstrip("\n").splitlines()
        lines.append("")
        count = f"{len(printed)} line{'s' if len(printed) != 1 else ''}" + (", the first 5" if len(printed) > 5 else "")
        lines.append(f"printed by your code ({count}):")
        lines += [f"  | {line}" for line in printed[:5]]
    return "\n".join(lines) + "\n"


def _gradient(report: Report) -> str:
    """The reference gradient in Unicode, as ``logderiv derive`` prints it."""
    if isinstance(report.gradient, str):
        return report.gradient
    from ..printing.expressions import show_unicode  # imported here: a report made by hand carries text, and needs no printer

    return show_unicode(report.gradient)


def _verdict_line(report: Report) -> str:
    shapes = report.verdict_result.shapes.describe()
    if report.verdict == "pass":
        return f"✓ the gradient is right (on {shapes})"
    if report.verdict == "error":
        return f"✗ cannot be checked: the code did not return a result (on {shapes})"
    if report.verdict_result.ok:
        return f"✗ right on {shapes}, but not with other shapes (--strict)"
    return f"✗ wrong gradient (on {shapes})"


def _table(results: tuple[ShapeResult, ...]) -> list[str]:
    header = ("shapes", "result", "max rel. error", "norm ratio", "status")
    rows = [
        (
            result.shapes.describe(),
            str(result.output_shape) if result.output_shape is not None else "—",
            f"{result.max_relative_error:.1e}" if result.max_relative_error is not None else "—",
            f"{result.norm_ratio:.1e}" if result.norm_ratio is not None else "—",
            _STATUS[result.status] + ("   ← verdict" if result.verdict else ""),
        )
        for result in results
    ]
    widths = [max(len(row[k]) for row in (header, *rows)) for k in range(len(header))]
    return [
        "  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
        for row in (header, *rows)
    ]


def render_report_json(report: Report) -> str:
    """The report as JSON: every field of the record, plus ``schema`` and ``exit_code``."""
    document = {"schema": SCHEMA, "exit_code": report.exit_code, **dataclasses.asdict(report)}
    document["gradient"] = _gradient(report)  # the expression as text, where it stood
    document["roles"] = dict(report.roles)  # role → parameter name
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
