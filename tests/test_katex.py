r"""Every LaTeX and Markdown fragment logderiv prints renders with KaTeX, the renderer of most note apps (issue 13).

pdflatex holds the standalone documents (tests/test_texlayout.py); students paste the fragments into Obsidian,
Notion, Jupyter or a course site, which render with KaTeX (or MathJax, which reads more). Each ``align*`` block
of ``-f latex`` and each ``$$…$$`` and ``$…$`` of ``-f markdown`` is rendered by KaTeX in strict mode
(``throwOnError``, ``strict: "error"``): an unknown command, an unbalanced brace or a non-strict construct fails
with KaTeX's own message. The KaTeX package is found at ``$LOGDERIV_KATEX`` or ``.ci/node/node_modules/katex``
(``.ci/run`` installs it with npm); without node or the package the test is skipped, saying how to install it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from logderiv.cli import main
from logderiv.presets import PRESETS

ROOT = Path(__file__).resolve().parent.parent
RENDER = Path(__file__).parent / "katex" / "render.js"
INSTALL = "npm install --prefix .ci/node katex@0.16"

_ALIGN = re.compile(r"\\begin\{align\*\}.*?\\end\{align\*\}", re.S)
_DISPLAY = re.compile(r"\$\$(.*?)\$\$", re.S)
_INLINE = re.compile(r"(?<![\$\\])\$([^$\n]+)\$(?!\$)")


def _katex() -> str:
    found = os.environ.get("LOGDERIV_KATEX") or str(ROOT / ".ci" / "node" / "node_modules" / "katex")
    if shutil.which("node") is None or not Path(found, "package.json").exists():
        pytest.skip(f"KaTeX is not installed (node and the npm package katex: {INSTALL})")
    return found


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code in (0, 1), result.output
    return result.output


def _fragments_of_latex(text: str) -> list[tuple[str, bool]]:
    return [(block, True) for block in _ALIGN.findall(text)]


def _fragments_of_markdown(text: str) -> list[tuple[str, bool]]:
    without_display = _DISPLAY.sub(" ", text)
    return [(block, True) for block in _DISPLAY.findall(text)] + [(inline, False) for inline in
                                                                 _INLINE.findall(without_display)]


def _render(fragments: dict[tuple[str, bool], str]) -> dict[str, str]:
    """KaTeX's message for each fragment it cannot render, by where the fragment came from."""
    order = list(fragments)
    run = subprocess.run(["node", str(RENDER)], input=json.dumps([{"tex": t, "display": d} for t, d in order]),
                         capture_output=True, text=True, timeout=300, env={**os.environ, "KATEX": _katex()})
    assert run.returncode == 0, run.stderr
    return {f"{fragments[key]}: {key[0][:120]!r}": message
            for key, message in zip(order, json.loads(run.stdout)) if message is not None}


def _collect(outputs: dict[str, str], reader, *, every: bool = True) -> dict[tuple[str, bool], str]:
    """The fragments of every output, each with the first output that printed it; ``every``: each must hold maths."""
    fragments: dict[tuple[str, bool], str] = {}
    for label, text in outputs.items():
        found = reader(text)
        assert found or not every, f"{label}: no maths found in\n{text[:400]}"
        for fragment in found:
            fragments.setdefault(fragment, label)
    assert fragments
    return fragments


def _derive_outputs(form_flag: str) -> dict[str, str]:
    outputs = {}
    for name in sorted(PRESETS):
        for form in ("index", "matrix", "both"):
            for view in ("chain", "factors"):
                label = f"derive {name} -f {form_flag} --form {form} --view {view} --explain"
                outputs[label] = _run("derive", name, "-f", form_flag, "--form", form, "--view", view, "--explain")
    return outputs


def test_every_derivation_in_latex_renders_with_katex():
    assert _render(_collect(_derive_outputs("latex"), _fragments_of_latex)) == {}


def test_every_derivation_in_markdown_renders_with_katex():
    assert _render(_collect(_derive_outputs("markdown"), _fragments_of_markdown)) == {}


def test_every_registry_function_renders_with_katex():
    """Each function of the registry (notation/registry.py), in a derivation's LaTeX and Markdown, both forms."""
    from logderiv.notation import registry

    outputs = {}
    for function in registry.FUNCTIONS:
        # 1 + (θᵀx)² > 0: in the domain of every function; y θᵀx leaves a gradient beside the unit step's 0
        cost = f"1/(2m) * sum(({function.name}(1 + (theta^T x)^2) - y theta^T x)^2)"
        for flag in ("latex", "markdown"):
            outputs[f"{function.name} -f {flag}"] = _run("derive", cost, "-f", flag, "--form", "both", "--explain")
    fragments = {**_collect({k: v for k, v in outputs.items() if k.endswith("latex")}, _fragments_of_latex),
                 **_collect({k: v for k, v in outputs.items() if k.endswith("markdown")}, _fragments_of_markdown)}
    assert _render(fragments) == {}


def test_verdicts_and_reviews_in_markdown_render_with_katex(tmp_path):
    derivation = tmp_path / "steps.txt"
    # by hand: ∂/∂θⱼ (1/2m)Σ(θᵀx − y)² = (1/m)Σ(θᵀx − y)xⱼ; the planted second file drops the xⱼ
    derivation.write_text("d/dtheta_j 1/(2m) sum((theta^T x - y)^2)\n= 1/m sum((theta^T x - y) x_j)\n", encoding="utf-8")
    planted = tmp_path / "planted.txt"
    planted.write_text("d/dtheta_j 1/(2m) sum((theta^T x - y)^2)\n= 1/m sum(theta^T x - y)\n", encoding="utf-8")
    outputs = {
        "check right": _run("check", "1/m sum((h - y) x_j)", "--cost", "logistic", "-f", "markdown"),
        "check wrong": _run("check", "1/m sum((y - h) x_j)", "--cost", "logistic-l2", "-f", "markdown"),
        "check matrix": _run("check", "X^T (sigmoid(X theta) - y) / m", "--cost", "logistic", "-f", "markdown"),
        "steps right": _run("steps", str(derivation), "--cost", "linear", "-f", "markdown"),
        "steps planted": _run("steps", str(planted), "--cost", "linear", "-f", "markdown"),
    }
    # a right answer's verdict is one line of prose; the others show the mathematics they compare
    fragments = _collect(outputs, _fragments_of_markdown, every=False)
    assert {label for label in fragments.values()} >= {"check wrong", "steps right", "steps planted"}
    assert _render(fragments) == {}


_INLINE_TEX = re.compile(r"\\\((.+?)\\\)")


def _fragments_of_latex_prose(text: str) -> list[tuple[str, bool]]:
    """The ``align*`` blocks and the inline ``\\(…\\)`` of check's and steps' LaTeX (their prose has formulas)."""
    return _fragments_of_latex(text) + [(inline, False) for inline in _INLINE_TEX.findall(_ALIGN.sub(" ", text))]


def test_verdicts_and_reviews_in_latex_render_with_katex(tmp_path):
    """check -f latex and steps -f latex, fragment and document body: what a student pastes into notes."""
    planted = tmp_path / "planted.txt"
    # by hand: ∂/∂θⱼ (1/2m)Σ(θᵀx − y)² = (1/m)Σ(θᵀx − y)xⱼ; the planted line drops the xⱼ
    planted.write_text("d/dtheta_j 1/(2m) sum((theta^T x - y)^2)\n= 1/m sum(theta^T x - y)\n", encoding="utf-8")
    matrix = tmp_path / "matrix.tex"
    matrix.write_text("\\begin{align*}\n\\nabla_\\theta J &= \\nabla_\\theta \\frac{1}{2m}(X\\theta - y)^T(X\\theta - y) \\\\\n"
                      "&= \\frac{1}{m} X^T (X\\theta - y)\n\\end{align*}\n", encoding="utf-8")
    outputs = {}
    for standalone in ((), ("--standalone",)):
        for label, args in {
            "check right": ("check", "1/m sum((h - y) x_j)"),
            "check wrong": ("check", "1/m sum((y - h) x_j)", "--cost", "logistic-l2"),
            "check matrix": ("check", "1/m * X^T (sigmoid(X theta) - y) + theta"),
            "steps example": ("steps", str(ROOT / "docs" / "examples" / "logistic-steps.tex")),
            "steps planted": ("steps", str(planted), "--cost", "linear"),
            "steps matrix": ("steps", str(matrix)),
        }.items():
            outputs[f"{label} {' '.join(standalone)}"] = _run(*args, "-f", "latex", *standalone)
    assert _render(_collect(outputs, _fragments_of_latex_prose)) == {}


def test_katex_rejects_what_it_cannot_render():
    """The harness itself: KaTeX in strict mode refuses an unknown command and an unbalanced brace."""
    found = _render({(r"\frac{1}{m} \unknowncommand", True): "unknown", (r"\frac{1}{m", True): "brace",
                     (r"\frac{1}{m} \sum_{i=1}^{m} x_i", True): "fine"})
    assert sorted(found) == sorted(key for key in found if not key.startswith("fine"))
    assert len(found) == 2
