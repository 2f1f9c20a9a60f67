"""Which parameter of the user's function is θ, X, y, λ: by name, or as ``--args`` says.

``gradient(theta, X, y)`` is matched by name; ``compute_grad(X, y, w)`` too
(``w`` is a common name for θ). Where names do not tell, ``--args X,y,theta``
names the roles of the positional parameters in order. Anything else is a
usage error that says which parameter could not be placed.
"""

from __future__ import annotations

from ..errors import InputError
from ..notation import vocabulary as vocab
from ..record import record
from .worker import Signature

__all__ = ["ROLES", "CallPlan", "parse_roles", "plan_call", "wants_lam"]

#: the roles, and the parameter names (and ``--args`` spellings) that mean each
ROLES: dict[str, tuple[str, ...]] = {
    "theta": ("theta", "Theta", "θ", "w", "W", "weights", "params", "beta"),
    "X": ("X", "x"),
    "y": ("y", "Y"),
    "lam": (*vocab.LAMBDA_SPELLINGS, "λ"),  # code's names of λ, the readers' one list
}
_ROLE_OF = {name: role for role, names in ROLES.items() for name in names}
_ROLE_OF.update({"lambda": "lam"})
_POSITIONAL = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")


@record
class CallPlan:
    """How to call the user's function: roles of the positional arguments, then keyword roles."""

    positional: tuple[str, ...]
    keywords: tuple[tuple[str, str], ...]  # (parameter name, role)
    #: each role and the parameter that takes it, for the report ("theta → w")
    names: tuple[tuple[str, str], ...]

    @property
    def roles(self) -> frozenset[str]:
        return frozenset(role for role, _ in self.names)


def parse_roles(text: str) -> tuple[str, ...]:
    """``"X,y,theta"`` → ``("X", "y", "theta")``; each a known role, each at most once."""
    roles: list[str] = []
    offset = 0
    for part in text.split(","):
        word = part.strip()
        column = offset + (len(part) - len(part.lstrip()))
        role = _ROLE_OF.get(word)
        if role is None:
            raise InputError(
                f"unknown role '{word}'" if word else "empty role",
                source=text,
                column=column,
                hint="roles are theta, X, y and lam (λ), in the order of the function's parameters",
                label="--args",
            )
        if role in roles:
            raise InputError(f"the role {role} is named twice", source=text, column=column, label="--args")
        roles.append(role)
        offset += len(part) + 1
    return tuple(roles)


def wants_lam(signature: Signature, roles: tuple[str, ...] | None) -> bool:
    """Whether the function takes λ (a required ``lam`` parameter, or ``lam`` in ``--args``)."""
    if roles is not None:
        return "lam" in roles
    return any(_ROLE_OF.get(p.name) == "lam" and not p.has_default for p in signature.parameters)


def plan_call(signature: Signature, roles: tuple[str, ...] | None, *, needs_lam: bool) -> CallPlan:
    """Match the function's parameters to roles; raises :class:`InputError` where that fails."""
    if roles is not None:
        return _by_position(signature, roles, needs_lam=needs_lam)
    return _by_name(signature, needs_lam=needs_lam)


def _by_position(signature: Signature, roles: tuple[str, ...], *, needs_lam: bool) -> CallPlan:
    params = signature.parameters
    positional = [p for p in params if p.kind in _POSITIONAL]
    takes_varargs = any(p.kind == "VAR_POSITIONAL" for p in params)
    if len(roles) > len(positional) and not takes_varargs:
        raise InputError(
            f"--args names {len(roles)} roles but {signature.text} has {len(positional)} positional parameters",
            hint="name one role per positional parameter, in order",
        )
    unfilled = [p.name for p in positional[len(roles):] if not p.has_default]
    unfilled += [p.name for p in params if p.kind == "KEYWORD_ONLY" and not p.has_default]
    if unfilled:
        raise InputError(
            f"--args gives no role to the parameter{'s' if len(unfilled) > 1 else ''} {', '.join(unfilled)} "
            f"of {signature.text}",
            hint="name a role for every parameter without a default: theta, X, y or lam",
        )
    names = tuple((role, positional[k].name if k < len(positional) else f"*{k}") for k, role in enumerate(roles))
    _require(signature, {role for role in roles}, needs_lam=needs_lam, how="--args")
    return CallPlan(positional=roles, keywords=(), names=names)


def _by_name(signature: Signature, *, needs_lam: bool) -> CallPlan:
    positional: list[str] = []
    keywords: list[tuple[str, str]] = []
    names: list[tuple[str, str]] = []
    unknown: list[str] = []
    seen: set[str] = set()
    for param in signature.parameters:
        if param.kind in ("VAR_POSITIONAL", "VAR_KEYWORD"):
            continue
        role = _ROLE_OF.get(param.name)
        if role is None or role in seen or (role == "lam" and not needs_lam and param.has_default):
            if not param.has_default:
                unknown.append(param.name)
            continue
        seen.add(role)
        names.append((role, param.name))
        if param.kind == "POSITIONAL_ONLY":
            positional.append(role)
        else:
            keywords.append((param.name, role))
    if unknown:
        raise InputError(
            f"cannot tell which role the parameter{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} of "
            f"{signature.text} {'have' if len(unknown) > 1 else 'has'}",
            hint="name them theta (or w), X, y and lam, or give the roles in order, e.g. --args X,y,theta",
        )
    _require(signature, seen, needs_lam=needs_lam, how="its parameter names")
    return CallPlan(positional=tuple(positional), keywords=tuple(keywords), names=tuple(names))


def _require(signature: Signature, roles: set[str], *, needs_lam: bool, how: str) -> None:
    missing = [role for role in ("theta", "X", "y") if role not in roles]
    if missing:
        raise InputError(
            f"{signature.text} takes no {', '.join(missing)} (going by {how})",
            hint="a gradient function takes θ, X and y; give their roles in order with --args, e.g. --args X,y,theta",
        )
    if "lam" in roles and not needs_lam:
        raise InputError(
            f"{signature.text} takes λ, but the cost has no λ",
            hint="choose a regularised cost, e.g. --cost logistic-l2 or --cost linear-l2",
        )
    if needs_lam and "lam" not in roles:
        raise InputError(
            f"the cost has λ, but {signature.text} takes no λ parameter",
            hint="name it lam (or lambda_), give its role with --args, or choose a cost without λ, e.g. --cost logistic",
        )
