"""Imports only point down (issue 14, item 3): no import cycles, and records import no renderer.

The graph is read from the source, not from ``sys.modules``: every ``import``
and ``from … import`` in a module counts, wherever it stands (inside a function,
under ``if TYPE_CHECKING``), since a lazy import is still a dependency. The
cycles not yet removed are named in :data:`KNOWN_CYCLES`; any other cycle, or
one of those grown by a module, fails.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from _source import tree

ROOT = Path(__file__).resolve().parents[1]

#: cycles left in place, each with why; a new cycle is not added here but removed
#: (none left: the last, _api ⇄ services.steps, went when read_cost left the API for verify.costs, which the checker
#: of written derivations imports as the API does)
KNOWN_CYCLES: set[frozenset[str]] = set()

#: the result records (issue 14), every module of one package: they import no engine, equality core, renderer,
#: verifier, service or facade above them (a step's rule is a record type, ``records.step.Rule``, which the engine's
#: rules extend)
RECORDS = tuple(sorted(f"logderiv.records.{path.stem}" for path in (ROOT / "logderiv" / "records").glob("*.py")
                       if path.name != "__init__.py"))
ABOVE_RECORDS = ("logderiv.render", "logderiv.services", "logderiv.verify", "logderiv.grading", "logderiv.codecheck",
                 "logderiv._api", "logderiv.cli", "logderiv.console", "logderiv.engine", "logderiv.equality")


def modules(package: Path) -> dict[str, Path]:
    """Every module under ``package`` by its dotted name (a package by its own name, not ``…__init__``)."""
    found = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(package.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imported(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The modules of ``known`` that module ``name`` imports, anywhere in its source."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.Import):
            targets |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            # ``from . import facade`` imports a module; ``from .problem import Problem`` a name of one
            targets |= {f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names}
    return {target for target in targets if target in known and target != name}


def graph(package: Path) -> dict[str, set[str]]:
    known = modules(package)
    return {name: imported(name, path, known) for name, path in known.items()}


def cycles(edges: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.add(frozenset(component))
    return found


@pytest.fixture(scope="module")
def logderiv_graph() -> dict[str, set[str]]:
    return graph(ROOT / "logderiv")


def test_no_import_cycle_but_the_known_ones(logderiv_graph):
    new = cycles(logderiv_graph) - KNOWN_CYCLES
    assert not new, f"import cycles (make the lower module not import the higher one): {[sorted(c) for c in new]}"


def test_the_known_cycles_are_still_there(logderiv_graph):
    # a cycle removed is struck off the list, so that it cannot come back unnoticed
    gone = KNOWN_CYCLES - cycles(logderiv_graph)
    assert not gone, f"no longer cycles: strike them off KNOWN_CYCLES: {[sorted(c) for c in gone]}"


def test_the_records_are_the_results():
    # Derivation, MatrixForm, Verdict, Review, gradcheck's Report, grading's Grade and what they hold: one package,
    # named by hand here
    assert RECORDS == ("logderiv.records.derivation", "logderiv.records.gradcheck", "logderiv.records.grading",
                       "logderiv.records.matrix", "logderiv.records.review",
                       "logderiv.records.step", "logderiv.records.verdict")


def test_the_records_package_imports_nothing(logderiv_graph):
    # the renderers and services read one record at a time: loading the package for one must not load every record
    assert logderiv_graph["logderiv.records"] == set()


@pytest.mark.parametrize("record", RECORDS)
def test_records_import_nothing_above_them(logderiv_graph, record):
    above = sorted(target for target in logderiv_graph[record] if target.startswith(ABOVE_RECORDS))
    assert above == [], f"{record} imports {above}: a record's convenience method calls up through logderiv.facade"


#: the layers below the services (issue 14, item 3): the check and steps services moved out of verify, and nothing
#: they stand on may call back up into them
BELOW_SERVICES = ("logderiv.verify", "logderiv.engine", "logderiv.equality", "logderiv.notation", "logderiv.records",
                  "logderiv.errors", "logderiv.record", "logderiv.patterns", "logderiv.presets", "logderiv.memo",
                  "logderiv.deadline", "logderiv.version")


def test_nothing_below_the_services_imports_them(logderiv_graph):
    up = {name: sorted(t for t in targets if t.startswith("logderiv.services"))
          for name, targets in logderiv_graph.items() if name.startswith(BELOW_SERVICES)}
    assert {name: targets for name, targets in up.items() if targets} == {}


#: what may import a renderer: the renderers, the command line, and the two modules of the grading service whose
#: worker keeps each answer's JSON and error text as the cells of the output file it writes (docs/architecture.md,
#: "Import cycles"); a module by its exact name, a package with everything in it
MAY_IMPORT_A_RENDERER = ("logderiv.render", "logderiv.cli", "logderiv.console", "logderiv.grading.derivations",
                         "logderiv.grading.judging")


def may_import_a_renderer(name: str) -> bool:
    return any(name == allowed or name.startswith(allowed + ".") for allowed in MAY_IMPORT_A_RENDERER)


def test_nothing_below_the_renderers_imports_one(logderiv_graph):
    # the notes and refusals of verify and the services name expressions with logderiv.printing, not a renderer
    up = {name: sorted(t for t in targets if t.startswith("logderiv.render"))
          for name, targets in logderiv_graph.items() if not may_import_a_renderer(name)}
    assert {name: targets for name, targets in up.items() if targets} == {}


def test_the_printers_import_only_the_notation_below_them(logderiv_graph):
    # logderiv.printing sits just above the notation: a checker that names an expression loads no engine or checker
    printers = {name: targets for name, targets in logderiv_graph.items() if name.startswith("logderiv.printing")}
    assert set(printers) == {"logderiv.printing", "logderiv.printing.expressions", "logderiv.printing.layout",
                             "logderiv.printing.linebreaks"}
    allowed = ("logderiv.printing", "logderiv.notation", "logderiv.memo")
    assert {name: sorted(t for t in targets if not t.startswith(allowed)) for name, targets in printers.items()
            if any(not t.startswith(allowed) for t in targets)} == {}


#: the layers, lowest first (docs/architecture.md, "Layers"): a module imports its own layer and those below it, never
#: one above, not even inside a function or for type checkers only. A module belongs to the layer of the longest
#: prefix that names it (``logderiv`` alone is the package's ``__init__``, a facade).
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("basics", ("logderiv.errors", "logderiv.record", "logderiv.patterns", "logderiv.presets", "logderiv.memo",
                "logderiv.deadline", "logderiv.version")),
    # the notation, with Problem (notation.problem) and the matrix form's symbols; and where a formula's text comes
    # from (an argument, stdin, --from, a notes file's display block: logderiv.sources reads those with notation.notes)
    ("notation", ("logderiv.notation", "logderiv.sources")),
    ("records", ("logderiv.records",)),
    ("printing", ("logderiv.printing",)),
    ("equality", ("logderiv.equality",)),  # the equality core: the engine checks each step with it
    ("engine", ("logderiv.engine",)),
    ("verify", ("logderiv.verify",)),
    ("services", ("logderiv.services", "logderiv._api", "logderiv.grading", "logderiv.codecheck")),
    ("render", ("logderiv.render",)),
    ("facades", ("logderiv", "logderiv.facade", "logderiv.cli", "logderiv.console", "logderiv.__main__")),
)

#: the imports that point up by design, each named by importer and imported module; any other fails, and one that
#: is gone is struck off (test_every_allowed_upward_import_is_still_there)
ALLOWED_UPWARD: dict[tuple[str, str], str] = {
    # the records' convenience methods (to_latex(), to_json() …, MatrixForm.evaluate()) are documented (README,
    # docs/json.md); they call their renderer by name through logderiv.facade, which imports nothing of logderiv when
    # loaded (docs/architecture.md, "Convenience methods on records")
    **{(f"logderiv.records.{record}", "logderiv.facade"): "a record's convenience methods, by name"
       for record in ("derivation", "matrix", "review", "verdict")},
    # the grading worker keeps each answer's JSON and error text as the cells of the file it writes: the renderers'
    # own output, which a row must hold exactly as `check --json` / `steps --json` print it (docs/architecture.md,
    # "Import cycles")
    ("logderiv.grading.derivations", "logderiv.render.errors"): "a derivation row's error text",
    ("logderiv.grading.derivations", "logderiv.render.review"): "a derivation row's review JSON",
    ("logderiv.grading.judging", "logderiv.render.errors"): "an answer row's error text",
    ("logderiv.grading.judging", "logderiv.render.verdict"): "an answer row's verdict JSON",
}


def layer_of(name: str) -> int | None:
    """The index in :data:`LAYERS` of the layer ``name`` belongs to (None: no layer names it)."""
    best: tuple[int, int] | None = None
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (name == prefix or (prefix != "logderiv" and name.startswith(prefix + "."))) and (
                    best is None or len(prefix) > best[0]):
                best = (len(prefix), index)
    return None if best is None else best[1]


def upward(edges: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Each import from a module to one of a higher layer, as (importer, imported)."""
    found = []
    for name, targets in edges.items():
        for target in targets:
            low, high = layer_of(name), layer_of(target)
            if low is not None and high is not None and high > low:
                found.append((name, target))
    return sorted(found)


def test_every_module_has_a_layer(logderiv_graph):
    # a new top-level module or package is placed in LAYERS (and in docs/architecture.md's table) when it is added
    assert sorted(name for name in logderiv_graph if layer_of(name) is None) == []


def test_imports_point_down_the_layers(logderiv_graph):
    # basics → notation → records → printing → equality → engine → verify → services → render → facades
    up = [f"{name} ({LAYERS[layer_of(name) or 0][0]}) → {target} ({LAYERS[layer_of(target) or 0][0]})"
          for name, target in upward(logderiv_graph) if (name, target) not in ALLOWED_UPWARD]
    assert up == [], f"imports that point up the layers (move what is imported down, or the importer up): {up}"


def test_every_allowed_upward_import_is_still_there(logderiv_graph):
    # an allowed edge removed is struck off the list, so that it cannot come back unnoticed
    assert sorted(set(ALLOWED_UPWARD) - set(upward(logderiv_graph))) == []


def test_the_layer_check_sees_an_import_that_points_up(tmp_path):
    # the checker itself, on a package of its own: a record that imports the engine inside a function is found
    package = tmp_path / "logderiv"
    for folder in ("records", "engine", "notation"):
        (package / folder).mkdir(parents=True)
        (package / folder / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "errors.py").write_text("")
    (package / "records" / "step.py").write_text("from ..errors import x\ndef f():\n    from ..engine import rules\n")
    (package / "engine" / "rules.py").write_text("from ..records.step import Rule\n")
    (package / "notation" / "problem.py").write_text("from ..records import step\n")
    assert upward(graph(package)) == [("logderiv.notation.problem", "logderiv.records.step"),
                                      ("logderiv.records.step", "logderiv.engine.rules")]


def unresolved(package: Path) -> list[str]:
    """Each relative import in ``package`` whose module does not exist: ``from .sides import x`` in a module that
    moved away from sides fails only when its line runs, so no import-time test sees it."""
    known = modules(package)
    missing = []
    for name, path in known.items():
        base_package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.ImportFrom) and node.level:
                parts = base_package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                target = f"{base}.{node.module}" if node.module else base
                if target not in known:
                    missing.append(f"{name}:{node.lineno} from {'.' * node.level}{node.module or ''}")
                elif not node.module:
                    # from . import x: x is a module of that package or a name its __init__ defines
                    init = known[target].read_text(encoding="utf-8")
                    missing += [f"{name}:{node.lineno} from {'.' * node.level} import {a.name}" for a in node.names
                                if f"{target}.{a.name}" not in known and a.name not in init]
    return missing


def test_every_relative_import_names_a_module_that_exists():
    assert unresolved(ROOT / "logderiv") == []


def test_an_import_left_behind_by_a_move_is_found(tmp_path):
    package = tmp_path / "pkg"
    (package / "services").mkdir(parents=True)
    (package / "verify").mkdir()
    for init in (package, package / "services", package / "verify"):
        (init / "__init__.py").write_text("")
    (package / "verify" / "sides.py").write_text("")
    (package / "services" / "check.py").write_text("def f():\n    from .sides import x\n    from ..verify.sides import y\n")
    assert unresolved(package) == ["pkg.services.check:2 from .sides"]


def test_the_walk_sees_lazy_relative_and_package_imports(tmp_path):
    # the checker itself: a cycle made only of imports inside functions, relative and of a subpackage, is found
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "low.py").write_text("def f():\n    from .sub import high\n")
    (package / "sub" / "high.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .. import low\n")
    (package / "alone.py").write_text("import json\nfrom .low import f\n")
    edges = graph(package)
    assert edges["pkg.low"] == {"pkg.sub.high"}
    assert edges["pkg.sub.high"] == {"pkg.low"}
    assert edges["pkg.alone"] == {"pkg.low"}
    assert cycles(edges) == {frozenset({"pkg.low", "pkg.sub.high"})}


def test_every_facade_function_is_where_the_facade_says():
    from logderiv import facade
    import importlib

    for function, home in facade.HOMES.items():
        assert callable(getattr(importlib.import_module(home, "logderiv"), function)), (function, home)


def test_loading_the_records_loads_no_renderer_or_verifier():
    # in a fresh interpreter: a record module loads nothing above it until a convenience method is called
    script = textwrap.dedent("""
        import sys
        import logderiv.records.derivation, logderiv.records.matrix, logderiv.records.verdict, logderiv.records.review
        import logderiv.records.gradcheck, logderiv.records.grading
        print(sorted(m for m in sys.modules if m.startswith(("logderiv.render", "logderiv.services", "logderiv.verify", "logderiv.engine",
                                                              "logderiv.equality", "logderiv.codecheck", "logderiv.grading"))))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, check=True)
    assert done.stdout.strip() == "[]"


def test_matrix_form_evaluates_through_the_facade():
    # ∇J of the logistic cost at hand-made data, against (1/m) Xᵀ(σ(Xθ) − y) computed here with numpy
    numpy = pytest.importorskip("numpy")
    from logderiv import derive

    X = numpy.array([[1.0, 0.5, -1.0], [1.0, -2.0, 0.25], [1.0, 1.5, 2.0], [1.0, 0.0, -0.5]])
    theta = numpy.array([[0.1], [-0.3], [0.2]])
    y = numpy.array([[1.0], [0.0], [1.0], [0.0]])
    expected = X.T @ (1 / (1 + numpy.exp(-(X @ theta))) - y) / len(y)
    got = derive("logistic", matrix=True).matrix.evaluate({"X": X, "theta": theta, "y": y})
    assert got.shape == (3, 1)
    assert numpy.allclose(got, expected, rtol=1e-12, atol=1e-12)


def test_convenience_methods_still_write_each_format():
    # the methods hand the record to its renderer: the JSON names its schema, the text opens with the derivative
    import json

    from logderiv import check, derive

    derivation = derive("linear")
    assert json.loads(derivation.to_json())["schema"] == "logderiv/derivation/1"
    assert derivation.to_latex().lstrip().startswith("\\begin{align*}")
    assert "∂J" in derivation.to_text() and "$$" in derivation.to_markdown()
    verdict = check("1/m * sum((h - y) x_j)", cost="logistic")
    assert json.loads(verdict.to_json())["verdict"] == "equivalent"
    assert "equivalent" in verdict.to_text() and "equivalent" in verdict.to_markdown()


def test_review_convenience_methods_still_write_each_format():
    # a two-line derivation of the linear cost's gradient, right by hand: (1/2m)·2Σ(h − y)xⱼ = (1/m)Σ(h − y)xⱼ
    import json

    from logderiv import steps

    review = steps("d/dtheta_j 1/(2m) sum((h - y)^2) = 1/m sum((h - y) x_j)", cost="linear")
    assert review.ok
    assert json.loads(review.to_json())["schema"].startswith("logderiv/review/")
    assert review.to_text().strip() and review.to_markdown().strip()
