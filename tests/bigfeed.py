"""Large real-format feeds for crash and concurrency tests: many Greenhouse boards."""

from __future__ import annotations

import json

from tests.loopback import Response

DESCRIPTION = (
    "&lt;h3&gt;About the role&lt;/h3&gt;&lt;p&gt;You will build and ship machine learning "
    "systems that rank, retrieve and recommend.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Python&lt;/li&gt;"
    "&lt;li&gt;PyTorch&lt;/li&gt;&lt;li&gt;SQL&lt;/li&gt;&lt;/ul&gt;"
) * 4


def big_boards(boards: int, per_board: int) -> tuple[dict[str, Response], str]:
    """Routes serving `boards` Greenhouse boards of `per_board` jobs, and a config template."""
    routes: dict[str, Response] = {}
    config = ""
    for b in range(boards):
        jobs = [
            {
                "id": b * 1_000_000 + j,
                "title": f"Machine Learning Engineer {j % 50}",
                "company_name": f"Company {b}",
                "absolute_url": f"https://example.com/{b}/{j}",
                "location": {"name": "Berlin, Germany" if j % 2 else "Remote"},
                "first_published": f"2026-10-{1 + j % 28:02d}T10:00:00Z",
                "content": DESCRIPTION,
            }
            for j in range(per_board)
        ]
        routes[f"/v1/boards/big{b}/jobs?content=true"] = Response(json.dumps({"jobs": jobs}))
        config += (
            f'[sources.big{b}]\nadapter = "greenhouse"\nboards = ["big{b}"]\n'
            f'base_url = "URL"\ndelay = 0\n'
        )
    return routes, config
