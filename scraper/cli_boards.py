"""Board health as `jobs sources` shows it: gone boards with their date, and near misses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scraper.output import one_line
from storage.boards import BoardHealth, discover_hint


def board_lines(engine: Any, sources: Sequence[str]) -> dict[str, list[str]]:
    """Per source, one line per board that answered "not found" lately (gone or not yet)."""
    out: dict[str, list[str]] = {}
    for source, states in BoardHealth(engine).states(list(sources)).items():
        lines = []
        for state in sorted(states.values(), key=lambda s: s.board):
            runs = f"{state.misses} run{'s' if state.misses != 1 else ''}"
            if state.gone_since is not None:
                lines.append(
                    f"board {state.board}: GONE since {state.gone_since:%Y-%m-%d} (not found "
                    f"on {runs}; skipped); try `jobs discover {discover_hint(state.board)}`"
                )
            else:
                lines.append(f"board {state.board}: not found on the last {runs}")
        out[source] = [one_line(line) for line in lines]
    return out
