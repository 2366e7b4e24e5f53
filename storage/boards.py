"""Board health: boards that answer "not found" run after run are marked gone, and revived.

A board is one of a source's first requests (a board token, a feed, a career site). Only
boards that answered "not found" have a row: `misses` counts consecutive such runs, and
`gone_since` is set once they reach the configured threshold. A board that answers again
loses its row (it is revived).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine

from storage.engine import WRITE, db_errors
from storage.tables import BOARD_HEALTH


@dataclass(frozen=True, slots=True)
class BoardState:
    """What is known of one board that answered "not found"."""

    source: str
    board: str
    misses: int
    gone_since: datetime | None
    last_checked: datetime | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class Change:
    """What one run's answers changed: boards newly gone, still gone, and revived."""

    gone: tuple[BoardState, ...] = ()
    still_gone: tuple[BoardState, ...] = ()
    revived: tuple[str, ...] = ()


class BoardHealth:
    """Reads and writes of the board_health table."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def states(self, sources: Sequence[str]) -> dict[str, dict[str, BoardState]]:
        """Per source, its boards that answered "not found" lately (gone or not yet)."""
        out: dict[str, dict[str, BoardState]] = {s: {} for s in sources}
        with db_errors("read board health"), self.engine.connect() as conn:
            for start in range(0, len(sources), 500):
                rows = conn.execute(
                    select(BOARD_HEALTH).where(
                        BOARD_HEALTH.c.source.in_(list(sources[start : start + 500]))
                    )
                ).mappings()
                for row in rows:
                    state = BoardState(**dict(row))
                    out[state.source][state.board] = state
        return out

    def record(
        self,
        source: str,
        answers: Mapping[str, str | None],
        now: datetime,
        gone_after: int,
    ) -> Change:
        """Record one run's answers (board -> "not found" message, or None when it answered).

        A board not found on `gone_after` consecutive runs is gone from now on.
        """
        known = self.states([source])[source]
        gone: list[BoardState] = []
        still: list[BoardState] = []
        revived = [b for b, error in answers.items() if error is None and b in known]
        with (
            db_errors("write board health"),
            self.engine.connect().execution_options(**WRITE) as conn,
            conn.begin(),
        ):
            for start in range(0, len(revived), 500):
                conn.execute(
                    delete(BOARD_HEALTH).where(
                        BOARD_HEALTH.c.source == source,
                        BOARD_HEALTH.c.board.in_(revived[start : start + 500]),
                    )
                )
            for board, error in answers.items():
                if error is None:
                    continue
                before = known.get(board)
                misses = (before.misses if before else 0) + 1
                since = before.gone_since if before else None
                if since is None and misses >= gone_after:
                    since = now
                values: dict[str, Any] = {
                    "misses": misses,
                    "gone_since": since,
                    "last_checked": now,
                    "last_error": error[:500],
                }
                if before is None:
                    conn.execute(insert(BOARD_HEALTH).values(source=source, board=board, **values))
                else:
                    conn.execute(
                        update(BOARD_HEALTH)
                        .where(BOARD_HEALTH.c.source == source, BOARD_HEALTH.c.board == board)
                        .values(**values)
                    )
                state = BoardState(source, board, misses, since, now, values["last_error"])
                if since is not None:
                    (still if before is not None and before.gone_since else gone).append(state)
        return Change(tuple(gone), tuple(still), tuple(b for b in revived if known[b].gone_since))


def discover_hint(board: str) -> str:
    """What to pass `jobs discover` for a board: its host when it is a URL."""
    if "://" in board:
        try:
            host = urlsplit(board).hostname
        except ValueError:
            host = None
        if host:
            return host
    return "<its careers site>"
