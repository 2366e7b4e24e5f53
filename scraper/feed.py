"""Atom 1.0 feeds (RFC 4287) of a watch's or a search's latest matches, for feed readers.

Entry ids are tag: URIs (RFC 4151) made from the job's id, so a job keeps its entry id
across runs and a reader never shows it twice. The XML is written by
ElementTree, which escapes every value; characters XML 1.0 cannot hold are dropped first.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from scraper.notify import job_details

ATOM = "http://www.w3.org/2005/Atom"
# The tag: authority and date are fixed: changing them would change every id.
TAG = "tag:jobs,2026:"
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(value: Any) -> str:
    return _XML_INVALID.sub("", "" if value is None else str(value))


def entry_id(job: dict[str, Any]) -> str:
    """A job's stable entry id, from its id: a job keeps it however its listings change
    (its best source may switch from one to another as copies come and go)."""
    return f"{TAG}job/{int(job['id'])}"


def _when(value: Any) -> str | None:
    """An RFC 3339 date from a record's ISO text (records hold whole-second UTC with Z)."""
    if not value:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return str(value)


def atom_feed(
    feed_id: str,
    title: str,
    jobs: Iterable[dict[str, Any]],
    now: datetime | None = None,
) -> bytes:
    """An Atom document (UTF-8 bytes) with one entry per job."""
    ET.register_namespace("", ATOM)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: _clean(v) for k, v in attrs.items()})
        if text is not None:
            el.text = _clean(text)
        return el

    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "id", feed_id)
    sub(feed, "title", title)
    updated = sub(feed, "updated")
    author = sub(feed, "author")
    sub(author, "name", "jobs")
    sub(feed, "generator", "jobs")
    latest: str | None = None
    for job in jobs:
        entry = sub(feed, "entry")
        sub(entry, "id", entry_id(job))
        sub(entry, "title", job.get("title") or "(untitled)")
        # first_seen: stable, so a reader does not flag the job as changed on every run.
        stamp = _when(job.get("first_seen")) or _when(now or datetime.now(UTC))
        sub(entry, "updated", stamp)
        if job.get("posted_at"):
            sub(entry, "published", _when(job["posted_at"]))
        url = str(job.get("url") or "")
        if url.lower().startswith(("http://", "https://")):
            sub(entry, "link", rel="alternate", type="text/html", href=url)
        sub(entry, "summary", job_details(job), type="text")
        if stamp and (latest is None or stamp > latest):
            latest = stamp
    updated.text = latest or _when(now or datetime.now(UTC))
    body: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return body + b"\n"
