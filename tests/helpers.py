"""Test data builders shared by pipeline and CLI tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.loopback import Response

FIXTURES = Path(__file__).parent / "fixtures"

GREENHOUSE_PATH = "/v1/boards/quantumkoala/jobs?content=true"
ASHBY_PATH = "/posting-api/job-board/KoalaCompute?includeCompensation=true"


def lever_path(skip: int) -> str:
    return f"/v0/postings/mistralish?mode=json&skip={skip}&limit=100"


def lever_postings(count: int) -> list[dict[str, Any]]:
    """`count` Lever postings in the real format, ids and titles numbered."""
    return [
        {
            "id": f"00000000-0000-4000-8000-{i:012d}",
            "text": f"Machine Learning Engineer {i}",
            "categories": {"location": "Paris, France", "commitment": "Full-time"},
            "country": "FR",
            "workplaceType": "onsite" if i % 2 else "remote",
            "createdAt": 1761300000000 + i * 1000,
            "description": f"<p>Role number {i}.</p>",
            "lists": [],
            "hostedUrl": f"https://jobs.lever.co/mistralish/00000000-0000-4000-8000-{i:012d}",
        }
        for i in range(count)
    ]


def routes(lever_count: int = 150) -> dict[str, Response]:
    """Greenhouse (2 good jobs + 1 broken), Lever (paginated), Ashby (3 listed) responses."""
    postings = lever_postings(lever_count)
    served = {
        GREENHOUSE_PATH: Response((FIXTURES / "greenhouse" / "quantumkoala.json").read_bytes()),
        ASHBY_PATH: Response((FIXTURES / "ashby" / "koalacompute.json").read_bytes()),
    }
    for skip in range(0, lever_count + 1, 100):
        served[lever_path(skip)] = Response(json.dumps(postings[skip : skip + 100]))
    return served


def config_text(base_url: str, **overrides: str) -> str:
    """A config pointing one source of each adapter at `base_url`, without politeness delays."""
    gh = overrides.get("greenhouse_url", base_url)
    return f"""
[fetch]
retries = 1

[sources.koala-gh]
adapter = "greenhouse"
boards = ["quantumkoala"]
base_url = "{gh}"
delay = 0

[sources.mistralish]
adapter = "lever"
boards = ["mistralish"]
company = "Mistralish AI"
base_url = "{base_url}"
delay = 0

[sources.koala-ashby]
adapter = "ashby"
boards = ["KoalaCompute"]
company = "Koala Compute"
base_url = "{base_url}"
delay = 0
"""
