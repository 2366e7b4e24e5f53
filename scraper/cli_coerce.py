"""Option values converted without pydantic: the common CLI types, before typer's slow path.

typer (0.2x) converts every option value through a pydantic `TypeAdapter` it builds on
first use; importing pydantic and building an adapter per option costs `jobs search`
60-80 ms of its start-up, a quarter of the budget, to turn "20" into 20. The types the
CLI uses (str, bool, int with bounds, Path, list[str], Enum) need no schema: this module
gives each such option a converter that handles the well-formed value itself and hands
anything else (a bad number, an unknown choice) to typer's own converter, so every error
message stays typer's. `tests/test_startup.py` checks both paths agree.
"""

from __future__ import annotations

import enum
import re
from pathlib import Path
from typing import Any

_INT = re.compile(r"[+-]?\d{1,18}")


class _Fast:
    """A typer runtime parameter that converts simple values itself, else defers."""

    __slots__ = ("_convert", "_descriptor", "_slow")

    def __init__(self, descriptor: Any, convert: Any) -> None:
        self._descriptor = descriptor
        self._convert = convert
        self._slow: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        """typer's `RuntimeParam.coerce`: None and lists as typer does, the rest converted."""
        multi = param.multiple or param.nargs == -1
        if value is None:
            return () if multi else None
        if not (multi and isinstance(value, str)):
            try:
                return self._convert(value)
            except _DeferError:
                pass
        return self._typer_param().coerce(value, param=param, ctx=ctx)

    def _typer_param(self) -> Any:
        """typer's own converter, built only when a value needs it (an error, an odd type)."""
        if self._slow is None:
            from typer._coercion import build_runtime_param

            self._slow = build_runtime_param(self._descriptor)
        return self._slow


class _DeferError(Exception):
    """The value is not one the fast path converts: typer's converter decides."""


def _as_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise _DeferError


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise _DeferError


def _as_path(value: Any) -> Path:
    if isinstance(value, Path):
        return value
    if isinstance(value, str) and value:
        return Path(value)
    raise _DeferError


def _as_str_list(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return list(value)
    raise _DeferError


def _int_within(low: int | None, high: int | None) -> Any:
    def convert(value: Any) -> int:
        if isinstance(value, bool):
            raise _DeferError
        if isinstance(value, int):
            number = value
        elif isinstance(value, str) and _INT.fullmatch(value):
            number = int(value)
        else:
            raise _DeferError
        if (low is not None and number < low) or (high is not None and number > high):
            raise _DeferError  # out of range: typer words the error
        return number

    return convert


def _member_of(kind: type[enum.Enum]) -> Any:
    by_value = {str(member.value): member for member in kind}

    def convert(value: Any) -> enum.Enum:
        if isinstance(value, kind):
            return value
        if isinstance(value, str) and value in by_value:
            return by_value[value]
        raise _DeferError

    return convert


def _converter(descriptor: Any) -> Any | None:
    """The fast converter for an option's type, or None to leave it to typer."""
    info = descriptor.parameter_info
    if (
        descriptor.file_annotation is not None
        or getattr(info, "parser", None) is not None
        or getattr(info, "click_type", None) is not None
    ):
        return None
    annotation = descriptor.annotation
    if annotation is str:
        return _as_str
    if annotation is bool:
        return _as_bool
    if annotation == list[str]:
        return _as_str_list
    if annotation is Path and not (
        getattr(info, "exists", False) or getattr(info, "resolve_path", False)
    ):
        return _as_path
    if annotation is int and not getattr(info, "clamp", False):
        if getattr(info, "min_open", False) or getattr(info, "max_open", False):
            return None
        return _int_within(info.min, info.max)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        if getattr(info, "case_sensitive", True) is False:
            return None
        return _member_of(annotation)
    return None


def install(command: Any) -> int:
    """Give every option of `command` and its subcommands a fast converter where one fits.

    Returns how many options got one. Relies on typer's lazily built `_runtime_param`;
    on a typer without it nothing changes and typer converts as usual.
    """
    installed = sum(_install_one(param) for param in getattr(command, "params", ()))
    help_option = getattr(command, "get_help_option", None)
    if help_option is not None:
        # --help is made per invocation, not kept in `params`: convert it on the way out.
        def fast_help_option(ctx: Any) -> Any:
            option = help_option(ctx)
            if option is not None:
                _install_one(option)
            return option

        command.get_help_option = fast_help_option
    for sub in getattr(command, "commands", {}).values():
        installed += install(sub)
    return installed


def _install_one(param: Any) -> bool:
    """Give one option a fast converter if its type has one; whether it got one."""
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or getattr(param, "_runtime_param", False) is not None:
        return False
    convert = _converter(descriptor)
    if convert is None:
        return False
    param._runtime_param = _Fast(descriptor, convert)
    return True
