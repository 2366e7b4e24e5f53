"""The fast option converters agree with typer's own on every option of the CLI."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Any

import pytest
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param
from typer.main import get_command

from scraper import cli_coerce
from scraper.cli import app


def options() -> list[Any]:
    """Every option and argument of every command, with the fast converter installed."""
    command = get_command(app)
    assert cli_coerce.install(command) > 50
    found: list[Any] = []

    def walk(cmd: Any) -> None:
        found.extend(p for p in cmd.params if hasattr(p, "type_descriptor"))
        for sub in getattr(cmd, "commands", {}).values():
            walk(sub)

    walk(command)
    return found


OPTIONS = options()


def samples(param: Any) -> list[Any]:
    """Values a user (or a default) could hand the option: good ones and bad ones."""
    annotation = param.type_descriptor.annotation
    values: list[Any] = [None, param.default, "", "0", "20", "-3", "abc", " 7", "1_000"]
    if annotation == list[str]:
        values += [("a", "b"), [], ("x",)]
    if annotation is Path:
        values += [Path("x.db"), "dir/x.db"]
    if annotation is bool:
        values += [True, False]
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        values += [m.value for m in annotation] + list(annotation) + ["NEWEST"]
    if annotation is int:
        values += [5, 10**6, "99999999999999999999", True]
    return values


def outcome(runtime: Any, param: Any, value: Any) -> Any:
    """What a converter makes of a value: the result, or the error message."""
    try:
        return ("ok", runtime.coerce(value, param=param, ctx=None))
    except BadParameter as exc:
        return ("error", exc.message)


@pytest.mark.parametrize("param", OPTIONS, ids=lambda p: p.name or "?")
def test_fast_converter_agrees_with_typers(param: Any) -> None:
    typers = build_runtime_param(param.type_descriptor)
    fast = param._runtime_param
    for value in samples(param):
        if (param.multiple or param.nargs == -1) and isinstance(value, str):
            continue  # click never hands a multi-value option a bare string
        assert outcome(fast, param, value) == outcome(typers, param, value), value


def test_most_options_take_the_fast_path() -> None:
    fast = [p for p in OPTIONS if isinstance(p._runtime_param, cli_coerce._Fast)]
    assert len(fast) == len(OPTIONS)
