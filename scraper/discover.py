"""Which ATS a careers page uses, and its board token: read from links, not guessed.

`detect` is pure: it reads a fetched page (its final URL after redirects, links, iframes,
scripts, forms and the URLs written in inline scripts) and names the boards it points to.
Guessing a slug and asking the ATS is no evidence: some ATS answer 200 for any slug.
`discover` fetches the page politely (robots.txt, delays, size cap: scraper.fetch), and
`verify` asks the ATS API for the board with the adapter's own first request.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from scraper.errors import ConfigError, FetchError
from scraper.output import terminal_safe

# Path segments that are parts of an ATS's own site, never a company's board.
_NOT_BOARDS = frozenset(
    {"", "embed", "api", "v0", "v1", "v2", "v3", "static", "assets", "js", "css", "j", "jobs",
     "job", "postings", "widget", "accounts", "companies", "careers", "search", "apply",
     "favicon.ico", "robots.txt", "sitemap.xml", "job_board", "job_app", "posting-api",
     "job-board", "oauth", "login", "signup", "en", "en-us", "www", "app", "help", "support"}
)  # fmt: skip
_LOCALE = re.compile(r"[a-z]{2}(-[A-Za-z]{2})?")
_URL_IN_TEXT = re.compile(r"""https?:(?:\\?/){2}[^\s"'<>()]+""")
_VIA = {"a": "link", "form": "form action", "meta": "meta tag"}
_WORKDAY_HOST = re.compile(r"([a-z0-9-]+)\.(wd\d+)\.myworkdayjobs\.com")
_SUBDOMAIN_ATS = {  # host suffix -> adapter whose board is the subdomain
    ".recruitee.com": "recruitee",
    ".jobs.personio.de": "personio",
    ".jobs.personio.com": "personio",
    ".teamtailor.com": "teamtailor",
    ".bamboohr.com": "bamboohr",
    ".breezy.hr": "breezy",
}


@dataclass(frozen=True, slots=True)
class Found:
    """A board a page points to: adapter, token, extra source options, how often, where."""

    adapter: str
    board: str
    options: tuple[tuple[str, Any], ...] = ()
    hits: int = 1
    via: str = ""


def board_of(url: str) -> tuple[str, str, tuple[tuple[str, Any], ...]] | None:
    """(adapter, board, options) when `url` is an ATS board, embed or API URL, else None."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    segs = [unquote(s) for s in parts.path.split("/") if s]
    query = parse_qs(parts.query)
    if host.endswith(".greenhouse.io"):
        # Embeds name the board in ?for=TOKEN (boards.greenhouse.io/embed/job_board?for=x).
        token = (query.get("for") or [""])[0]
        if not token and host.startswith("boards-api.") and segs[:2] == ["v1", "boards"]:
            token = segs[2] if len(segs) > 2 else ""
        elif not token and host.split(".")[0] in ("boards", "job-boards"):
            token = segs[0] if segs else ""
        return ("greenhouse", token, ()) if _ok(token) else None
    if host in ("jobs.lever.co", "jobs.eu.lever.co", "api.lever.co", "api.eu.lever.co"):
        token = (
            segs[2]
            if host.startswith("api.") and segs[:2] == ["v0", "postings"] and len(segs) > 2
            else (segs[0] if not host.startswith("api.") and segs else "")
        )
        options = (("eu", True),) if ".eu." in host else ()
        return ("lever", token, options) if _ok(token) else None
    if host == "jobs.ashbyhq.com" or host == "api.ashbyhq.com":
        if host.startswith("api."):
            token = segs[2] if segs[:2] == ["posting-api", "job-board"] and len(segs) > 2 else ""
        else:
            token = segs[0] if segs else ""
        return ("ashby", token, ()) if _ok(token) else None
    if host == "apply.workable.com":
        if segs[:3] == ["api", "v1", "widget"] or segs[:2] in (["api", "v3"], ["api", "v2"]):
            token = segs[segs.index("accounts") + 1] if "accounts" in segs[:-1] else ""
        else:
            token = segs[0] if segs else ""
        return ("workable", token, ()) if _ok(token) else None
    if host in ("jobs.smartrecruiters.com", "careers.smartrecruiters.com"):
        token = segs[0] if segs else ""
        return ("smartrecruiters", token, ()) if _ok(token) else None
    if host == "api.smartrecruiters.com" and segs[:2] == ["v1", "companies"] and len(segs) > 2:
        return ("smartrecruiters", segs[2], ()) if _ok(segs[2]) else None
    m = _WORKDAY_HOST.fullmatch(host)
    if m:
        site = next((s for s in segs if not _LOCALE.fullmatch(s)), "")
        if segs[:1] == ["wday"]:  # the JSON API: /wday/cxs/TENANT/SITE/jobs
            site = segs[3] if len(segs) > 3 else ""
        if site and _ok(site):
            return ("workday", f"https://{host}/{site}", ())
        return None
    for suffix, adapter in _SUBDOMAIN_ATS.items():
        if host.endswith(suffix):
            token = host[: -len(suffix)]
            if "." not in token and _ok(token):
                return adapter, token, ()
    return None


def _ok(token: str) -> bool:
    return bool(token) and token.lower() not in _NOT_BOARDS and len(token) <= 100


def _urls(page_url: str, html: str) -> Iterator[tuple[str, str]]:
    """(url, where) of every link, frame, script, form and URL written in the page's text."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    for tag, attr in (
        ("a", "href"),
        ("iframe", "src"),
        ("script", "src"),
        ("form", "action"),
        ("link", "href"),
        ("meta", "content"),
    ):
        for node in tree.css(f"{tag}[{attr}]"):
            value = (node.attributes.get(attr) or "").strip()
            if value:
                yield urljoin(page_url, value), _VIA.get(tag, tag)
    for node in tree.css("script"):
        text = node.text() or ""
        for url in _URL_IN_TEXT.findall(text):
            yield url.replace("\\/", "/"), "script"
        # Greenhouse's embed reads the board from a variable: `Grnhse.Settings.boardToken`.
        for token in re.findall(r"""boardToken['"]?\s*[:=]\s*['"]([A-Za-z0-9_-]+)""", text):
            yield f"https://boards.greenhouse.io/{token}", "script"


def has_job_postings(html: str) -> bool:
    """Whether the page carries schema.org JobPosting data (JSON-LD)."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    for node in HTMLParser(html).css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue
        if _mentions_job_posting(data):
            return True
    return False


def _mentions_job_posting(data: Any) -> bool:
    if isinstance(data, dict):
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "JobPosting" in kinds:
            return True
        return any(
            _mentions_job_posting(v)
            for k, v in data.items()
            if k in ("@graph", "itemListElement", "item")
        )
    if isinstance(data, list):
        return any(_mentions_job_posting(v) for v in data)
    return False


def detect(page_url: str, html: str) -> list[Found]:
    """Every ATS board the page at `page_url` (final URL, after redirects) points to.

    Most-referenced first: a careers page links its own board many times and a partner's
    once. A page with JobPosting data and no ATS board becomes a `jsonld` source of itself.
    """
    counts: Counter[tuple[str, str, tuple[tuple[str, Any], ...]]] = Counter()
    first: dict[tuple[str, str, tuple[tuple[str, Any], ...]], tuple[str, str]] = {}
    for url, via in [(page_url, "redirect"), *_urls(page_url, html)]:
        hit = board_of(url)
        if hit is None:
            continue
        # Tokens are case-insensitive for the APIs: "Acme" and "acme" are one board.
        key = (hit[0], hit[1] if hit[0] == "workday" else hit[1].lower(), hit[2])
        first.setdefault(key, (hit[1], via))  # the spelling and place it was first seen
        counts[key] += 3 if via == "redirect" else 1
    found = [
        Found(key[0], first[key][0], key[2], n, first[key][1]) for key, n in counts.most_common()
    ]
    if not found and has_job_postings(html):
        found.append(Found("jsonld", page_url, (), 1, "JSON-LD JobPosting"))
    return found


def careers_links(page_url: str, html: str) -> list[str]:
    """Same-site links that look like the careers page, best first (for a bare domain)."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    site = (urlsplit(page_url).hostname or "").removeprefix("www.")
    scored = []
    for node in HTMLParser(html).css("a[href]"):
        url = urljoin(page_url, node.attributes.get("href") or "")
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        text = f"{node.text() or ''} {urlsplit(url).path}".lower()
        if host == site and re.search(r"career|jobs|join|hiring|work-with-us|open-roles", text):
            scored.append(url.split("#")[0])
    return list(dict.fromkeys(scored))


def start_url(target: str) -> str:
    """The URL to fetch for a URL or a bare domain ("acme.ai" -> "https://acme.ai/")."""
    text = target.strip()
    if not text:
        raise ConfigError("give a careers page URL or a domain")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"not a URL or domain: {target!r}")
    return text if parts.path else text + "/"


def company_of(html: str, url: str) -> str:
    """The site's name: og:site_name, else the page title's last part, else the domain."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    node = tree.css_first('meta[property="og:site_name"]')
    name = (node.attributes.get("content") or "").strip() if node else ""
    title_node = tree.css_first("title")
    if not name and title_node is not None:
        title = title_node.text().strip()
        name = re.split(r"\s[|\-–—:]\s", title)[-1].strip() if title else ""
    if not name:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        name = host.split(".")[0].capitalize()
    # Page text is hostile: no control characters or bidi overrides reach the terminal or
    # the config file.
    return " ".join(terminal_safe(name).split())[:80]


async def fetch_pages(target: str, fetcher: Any, max_pages: int = 3) -> Iterable[tuple[str, str]]:
    """The careers page (and, for a bare domain without a board, its careers links)."""
    from sources.base import Request

    url = start_url(target)
    out: list[tuple[str, str]] = []
    queue = [url]
    while queue and len(out) < max_pages:
        page = await fetcher.fetch(Request(queue.pop(0)), delay=1.0)
        if not 200 <= page.status < 300:
            raise FetchError(f"{page.url} answered {page.status}", url=page.url, status=page.status)
        html = page.text
        out.append((page.url, html))
        if detect(page.url, html):
            break
        if len(out) == 1:
            queue.extend(careers_links(page.url, html)[: max_pages - 1])
    return out


async def verify(found: Found, fetcher: Any, api_base: str | None = None) -> tuple[int, bool]:
    """(open jobs on the first page, whether more pages follow) from the ATS API.

    The adapter's own first request: a board that is not there answers 404 (an error),
    and one that parses with zero jobs is reported as such, never as proof.
    """
    from sources import registry
    from sources.base import RawListing, Request, validate_options

    cls = registry.get(found.adapter)  # ConfigError for an adapter not installed here
    table: dict[str, Any] = {"adapter": found.adapter, **dict(found.options)}
    table["urls" if found.adapter == "jsonld" else "boards"] = [found.board]
    if api_base:
        table["base_url"] = api_base
    adapter = cls("discover", validate_options("discover", cls, table))
    first = next(iter(adapter.requests()), None)
    if first is None:
        raise ConfigError(f"the {found.adapter} adapter made no request for '{found.board}'")
    page = await fetcher.fetch(first, delay=cls.min_delay)
    if not 200 <= page.status < 300:
        raise FetchError(f"{found.adapter} board '{found.board}' answered {page.status}")
    results = list(adapter.parse(page))
    jobs = sum(1 for r in results if isinstance(r, RawListing))
    more = any(isinstance(r, Request) for r in results)
    return jobs, more
