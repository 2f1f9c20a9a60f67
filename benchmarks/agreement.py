"""Random valid costs against an independent oracle, and answer pairs judged both ways (issue 12, "how to know").

Run from the project root::

    python benchmarks/agreement.py                      # 1,000 costs and 1,000 answer pairs, seed 0
    python benchmarks/agreement.py --costs 200 --pairs 200 --seed 3 --out benchmarks/agreement-report.txt

**Costs.** Half come from the property tests' grammar (``benchmarks/fuzz.py``'s
``expression``, unmutated, wrapped in a sum; those the reader refuses on
purpose are drawn again), half are chains of σ, tanh, softplus, exp, log(1 + u²),
powers and scalings around θᵀx, with scalars (b, λ), numbered components
(θ₄², x₃) and ``--let`` definitions. Each is derived by logderiv and its result
set against ``tests/_oracle.py`` — ``sympy.diff`` of the cost and central finite
differences, evaluated by the oracle's own walk at 30 digits, sharing no code
with the engine — at sizes that include every numbered component.

**Answer pairs.** For a chain cost the gradient is written here, as text, by
the chain rule over a table of derivatives (σ′ = σ(1 − σ), …): no logderiv
output is used. Each pair is an equivalent rewrite of it (factors reordered,
σ(1 − σ) as σ − σ², 2u as u + u, 1/m moved inside the sum) and a planted error
(doubled, sign flipped, one factor dropped, x_j as x_1, σ for tanh). ``check``
must say "equivalent" to the first and "different" to the second; "undecided"
is counted apart. Every disagreement, false "equivalent" and false "different"
is listed with a command that reproduces it.
"""

from __future__ import annotations

import argparse
import random
import shlex
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "tests", ROOT / "benchmarks"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import fuzz  # noqa: E402

#: each function: its text around {u}, and its derivative's text at {u} (None: the factor is a constant)
FUNCTIONS = {
    "sigmoid": ("sigmoid({u})", "sigmoid({u}) * (1 - sigmoid({u}))", "(sigmoid({u}) - sigmoid({u})^2)"),
    "tanh": ("tanh({u})", "(1 - tanh({u})^2)", "(1 - tanh({u}) * tanh({u}))"),
    "softplus": ("softplus({u})", "sigmoid({u})", "1/(1 + exp(-({u})))"),
    "exp": ("exp({u})", "exp({u})", "e^({u})"),
    "log1p2": ("log(1 + ({u})^2)", "2 * ({u}) / (1 + ({u})^2)", "(({u}) + ({u})) / (1 + ({u})^2)"),
    "square": ("({u})^2", "2 * ({u})", "(({u}) + ({u}))"),
    "cube": ("({u})^3", "3 * ({u})^2", "3 * ({u}) * ({u})"),
    "scale": ("3 * ({u})", "3", "3"),
}
INNERS = [("theta^T x", "x_j"), ("theta^T x + b", "x_j"), ("w^T x + b", "x_j")]
BUDGET = 20.0


def chain_cost(rng: random.Random, *, for_answer: bool = False) -> dict:
    """A chain cost ``c sum(F_d(…F_1(inner)…))``, maybe with a --let, a scalar and a numbered component."""
    inner, inner_derivative = rng.choice(INNERS[:2] if for_answer else INNERS)
    wrt = "w_j" if inner.startswith("w") else "theta_j"
    names = [rng.choice(list(FUNCTIONS)) for _ in range(rng.randint(1, 4))]
    lets: list[str] = []
    text = inner
    if rng.random() < 0.3:
        lets.append(f"g = {inner}")
        text = "g"
    factors = []
    for name in names:
        factors.append((name, text))
        text = FUNCTIONS[name][0].format(u=text)
    if rng.random() < 0.3 and not lets:
        lets.append(f"h = {text}")
        text = "h"
    coefficient = rng.choice(["", "1/m ", "-1/m ", "1/(2m) "])
    cost = f"{coefficient}sum({text})"
    extra = ""
    if not for_answer and rng.random() < 0.3:
        extra = rng.choice([" + lambda/(2m) sum_k(theta_k^2)", " + theta_4^2", " + b^2", " + sum(theta_3 x_3)"])
        if wrt == "w_j":
            extra = extra.replace("theta", "w")
    return {"cost": cost + extra, "lets": lets, "wrt": wrt, "factors": factors, "coefficient": coefficient,
            "inner_derivative": inner_derivative}


def grammar_cost(rng: random.Random) -> dict:
    """A cost of the property tests' grammar in a sum, with h defined."""
    wrap = rng.choice(["-1/m sum_i({e})", "sum({e})", "1/(2m) sum(({e})^2)"])
    return {"cost": wrap.format(e=fuzz.expression(rng, rng.randint(1, 6))), "lets": ["h=sigmoid(theta^T x)"],
            "wrt": "theta_j"}


def gradient_texts(item: dict, rng: random.Random) -> tuple[str, str]:
    """The gradient of a chain cost written by the chain rule: (as written, an equivalent rewrite)."""
    plain, rewritten = [], []
    for name, at in reversed(item["factors"]):  # the outermost function first
        value = at if at != "g" else "g"
        plain.append(FUNCTIONS[name][1].format(u=value))
        rewritten.append(FUNCTIONS[name][2].format(u=value))
    rng.shuffle(rewritten)
    c = item["coefficient"].strip()
    body = " * ".join(plain) + f" * {item['inner_derivative']}"
    answer = f"{c} sum({body})" if c else f"sum({body})"
    other = f"{item['inner_derivative']} * " + " * ".join(rewritten)
    if c:
        other = f"sum({c} * {other})" if rng.random() < 0.5 else f"{c} sum({other})"
    else:
        other = f"sum({other})"
    return answer, other


def planted(answer: str, item: dict, rng: random.Random) -> str:
    """``answer`` with one error planted."""
    kinds = ["double", "sign", "component"]
    if len(item["factors"]) > 1 and all(FUNCTIONS[n][1] not in ("3",) for n, _ in item["factors"]):
        kinds.append("drop")
    if "tanh" in answer:
        kinds.append("tanh")
    kind = rng.choice(kinds)
    if kind == "double":
        return f"2 * ({answer})"
    if kind == "sign":
        return f"-({answer})"
    if kind == "component":
        return answer.replace("* x_j)", "* x_1)")
    if kind == "tanh":
        return answer.replace("tanh", "sigmoid", 1)
    name, at = item["factors"][-1]
    return answer.replace(FUNCTIONS[name][1].format(u=at) + " * ", "", 1)


def repro(args: list[str]) -> str:
    return "python -m logderiv " + " ".join(shlex.quote(a) for a in args)


def run_costs(count: int, rng: random.Random, findings: list, tally: dict) -> None:
    import logderiv
    from _oracle import SIZES, Size, assert_gradient
    from logderiv.errors import InputError, LogderivError

    done = 0
    while done < count:
        item = chain_cost(rng) if rng.random() < 0.5 else grammar_cost(rng)
        lets = [a for t in item["lets"] for a in ("--let", t)]
        command = ["derive", item["cost"], *lets, "--wrt", item["wrt"]]
        try:
            derivation = logderiv.derive(item["cost"], let=item["lets"], wrt=item["wrt"], timeout=BUDGET)
        except InputError:
            continue  # refused on purpose (x beside θᵀx, m as a slope): not a valid cost, draw again
        except LogderivError as error:
            done += 1
            tally[f"cost: exit {error.exit_code}"] = tally.get(f"cost: exit {error.exit_code}", 0) + 1
            if error.exit_code == 4:
                findings.append(("cost: internal error", str(error)[:160], repro(command)))
            continue
        done += 1
        problem = derivation.problem
        sizes = SIZES
        if any(t in item["cost"] for t in ("_4", "_3")):
            sizes = (Size(2, 4, 4), Size(3, 4, 3), Size(2, 4, 1))
        try:
            assert_gradient(problem.cost, problem.wrt, derivation.result, problem.definitions, sizes)
        except AssertionError as error:
            tally["cost: disagrees"] = tally.get("cost: disagrees", 0) + 1
            findings.append(("cost: disagrees with the oracle", str(error)[:160], repro(command)))
            continue
        tally["cost: agrees"] = tally.get("cost: agrees", 0) + 1


def run_pairs(count: int, rng: random.Random, findings: list, tally: dict) -> None:
    import logderiv
    from logderiv.errors import LogderivError

    for _ in range(count):
        item = chain_cost(rng, for_answer=True)
        answer, equivalent = gradient_texts(item, rng)
        wrong = planted(answer, item, rng)
        lets = [a for t in item["lets"] for a in ("--let", t)]
        for text, expected in ((equivalent, "equivalent"), (wrong, "different")):
            command = ["check", text, "--cost", item["cost"], *lets]
            try:
                verdict = logderiv.check(text, cost=item["cost"], let=item["lets"], timeout=BUDGET).verdict
            except LogderivError as error:
                verdict = f"exit {error.exit_code}"
            key = f"pair {expected}: {verdict}"
            tally[key] = tally.get(key, 0) + 1
            if verdict in ("equivalent", "different") and verdict != expected:
                findings.append((f"false {verdict}", "", repro(command)))
            elif verdict.startswith("exit"):
                findings.append((f"{expected} answer refused ({verdict})", "", repro(command)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--costs", type=int, default=1000)
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", metavar="FILE")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    findings: list = []
    tally: dict = {}
    start = time.perf_counter()
    run_costs(args.costs, rng, findings, tally)
    run_pairs(args.pairs, rng, findings, tally)
    lines = [f"logderiv agreement: seed {args.seed}, {args.costs} costs vs tests/_oracle.py, {args.pairs} answer pairs;"
             f" {time.perf_counter() - start:.0f} s", ""]
    lines += [f"  {key:<40} {value:>6}" for key, value in sorted(tally.items())]
    lines += ["", f"findings: {len(findings)}"]
    lines += [f"- {kind}: {detail}\n    {command}" for kind, detail, command in findings]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
