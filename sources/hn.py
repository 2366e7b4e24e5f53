"""Hacker News "Ask HN: Who is hiring?" threads (through the Algolia HN API)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from sources.base import Adapter, ItemError, Option, Page, ParseResult, RawListing, Request

ITEM_URL = "https://hn.algolia.com/api/v1/items/{id}"
COMMENT_URL = "https://news.ycombinator.com/item?id={id}"

_STORY_TITLE = re.compile(r"^\s*Ask HN:\s*Who is hiring\?", re.I)

# -- first-line ("header") parsing: compiled once, used for every comment ---------------
_FIRST_BREAK = re.compile(r"<p>|<br\s*/?>|\n", re.I)
_ANCHOR = re.compile(r"<a\s[^>]*?href=\"([^\"]*)\"[^>]*>(.*?)</a>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")
# Fields are separated by pipes by convention; some posters use dashes or bullets instead.
_PIPE = re.compile(r"\s*[|｜]\s*")
_DASH = re.compile(r"\s+[—–]\s+|\s+--\s+|\s+[•·]\s+")
_HYPHEN = re.compile(r"\s+-\s+")
# A bare domain counts as a URL ("acme.io/jobs"), but not a tech name such as "Node.js".
_URL = re.compile(
    r"^(?:https?://|www\.)\S+$"
    r"|^[\w-]+(?:\.[\w-]+)*\.(?!(?:js|ts|py|rs|md)\b)[a-z]{2,12}(?:/\S*)?$",
    re.I,
)
_SALARY = re.compile(
    r"[$€£¥₹]\s*\d|\d\s*[kK]\b|\d\s*[kK][+–-]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|SGD|INR|SEK|NOK|DKK|PLN)\b"
    r"|\bsalary\b|\bcompensation\b|\bper (?:hour|year|annum)\b|/\s*(?:hr|hour|yr|year)\b"
    r"|\b\d{2,3}[,.]\d{3}\b|\bequity\b|\bOTE\b",
    re.I,
)
_WORKPLACE = re.compile(
    r"\b(?:remote|onsite|on-site|on site|hybrid|in[- ]office|in[- ]person|wfh|distributed"
    r"|anywhere|relocation)\b",
    re.I,
)
# A part made only of workplace words ("REMOTE", "Onsite or Hybrid") carries no place.
_WORKPLACE_ONLY = re.compile(
    r"^(?:(?:fully|partially|partly|100%|or|and|/|,|&|\+|ok|friendly|possible|preferred|only"
    r"|remote|onsite|on-site|on site|hybrid|in[- ]office|in[- ]person|wfh|distributed"
    r"|first|[-()])\s*)+$",
    re.I,
)
_EMPLOYMENT = re.compile(
    r"\b(?:full[- ]?time|part[- ]?time|contract(?:or|ors)?|freelance|intern(?:ship)?s?"
    r"|permanent|temporary|fte|w-?2|1099|co-?op|apprentice(?:ship)?)\b",
    re.I,
)
_VISA = re.compile(r"\bvisa|\bsponsorship\b|\bH-?1B\b", re.I)
_ROLE = re.compile(
    r"\b(?:engineers?|developers?|devs?|scientists?|researchers?|managers?|designers?|leads?"
    r"|heads?|directors?|architects?|analysts?|sres?|devops|mlops|founders?|founding|cto|ceo"
    r"|cfo|coo|vp|interns?|specialists?|advocates?|recruiters?|consultants?|writers?"
    r"|administrators?|admins?|technicians?|operators?|associates?|officers?|coordinators?"
    r"|strategists?|marketers?|representatives?|reps?|account executives?|executives?"
    r"|programmers?|hackers?|roles?|positions?|openings?|generalists?|product|swe|sde"
    r"|staff|principal|chief|partners?|physicists?|mathematicians?|statisticians?|economists?"
    r"|tutors?|trainers?|teachers?|educators?|editors?|accountants?|counsel|lawyers?|attorneys?"
    r"|nurses?|doctors?|clinicians?|support|success|sales|marketing|ops|operations|qa|sdet"
    r"|testers?|fellows?|postdocs?|phd|mle|ml|ai|data|frontend|backend|full[- ]?stack)\b",
    re.I,
)
# Words that only make a part a role when something else does too ("ML", "Data").
_WEAK_ROLE = re.compile(
    r"^(?:ml|ai|data|product|staff|principal|support|success|sales|marketing|ops|operations|qa"
    r"|frontend|backend|full[- ]?stack)$",
    re.I,
)
_TECH = re.compile(
    r"\b(?:python|typescript|javascript|react|rust|golang|go|java|kotlin|swift|ruby|rails"
    r"|elixir|scala|c\+\+|c#|postgres(?:ql)?|mysql|sql|django|flask|fastapi|node(?:\.js)?"
    r"|aws|gcp|azure|kubernetes|k8s|docker|terraform|pytorch|jax|tensorflow|spark|kafka"
    r"|graphql|vue|angular|next\.js|clojure|haskell|ocaml|php|laravel|llms?|cuda)\b",
    re.I,
)
_ROLE_SPLIT = re.compile(r"\s*[,;]\s*|\s+/\s+|\s+or\s+")
_TRAILING_PAREN = re.compile(r"^(?P<name>.*?)\s*\((?P<paren>[^()]*)\)\s*$")
_YC = re.compile(r"^YC\s*[SWFX]?\d{2}$|^YC\b", re.I)
_HIRING = re.compile(
    r"^(?P<company>[A-Z0-9][\w.&'’+ -]{0,60}?)\s+(?:is|are)\s+(?:hiring|looking for|seeking)"
    r"(?:\s+(?:an?|the|several|multiple))?\s+(?P<title>.+?)(?=[.!?;:,](?:\s|$)|\s+(?:for|to|in|at|who|with|-)\s|$)",
)
_IS_HIRING_SUFFIX = re.compile(r"\s+(?:is|are)\s+hiring\b.*$", re.I)
_DIGIT = re.compile(r"\d")
MAX_HEADER = 400


@dataclass(frozen=True, slots=True)
class Header:
    """What the conventional first line of a hiring comment says."""

    company: str
    titles: tuple[str, ...]
    location: str | None = None
    remote: str | None = None
    employment_type: str | None = None
    salary: str | None = None
    url: str | None = None
    visa: str | None = None
    tags: tuple[str, ...] = ()


class HackerNews(Adapter):
    """Finds the latest 'Who is hiring?' story, then reads its top-level comments."""

    name = "hn"
    description = 'Hacker News "Who is hiring?" monthly thread (Algolia HN API)'
    endpoint = (
        "https://hn.algolia.com/api/v1/search_by_date?tags=story,author_whoishiring&query=hiring"
    )
    options: ClassVar[dict[str, Option]] = {
        "story_id": Option(int, "read this thread instead of looking up the latest one"),
    }
    # Algolia's HN API allows 10,000 requests an hour per IP; two requests a run need no more.
    min_delay = 1.0
    complete = True

    def requests(self) -> Iterable[Request]:
        """The thread lookup, or the configured thread directly."""
        story = self.config.get("story_id")
        if story:
            yield self._thread_request(int(story), None)
        else:
            yield Request(self.url(self.endpoint), meta={"kind": "search"})

    def _thread_request(self, story_id: int, title: str | None) -> Request:
        url = self.url(ITEM_URL.format(id=story_id))
        return Request(url, meta={"kind": "thread", "story_id": story_id, "story_title": title})

    def parse(self, page: Page) -> Iterator[ParseResult]:
        """A search page yields the thread request; a thread page yields its listings."""
        data = page.json()
        if not isinstance(data, dict):
            raise self.parse_error(page, "response", "expected a JSON object")
        if page.meta.get("kind") == "thread" or "children" in data:
            yield from self._thread(page, data)
        else:
            yield self._latest_story(page, data)

    def _latest_story(self, page: Page, data: dict[str, Any]) -> Request:
        hits = data.get("hits")
        if not isinstance(hits, list):
            raise self.parse_error(page, "hits", "expected an object with a 'hits' list")
        stories = [
            h
            for h in hits
            if isinstance(h, dict)
            and _STORY_TITLE.match(str(h.get("title") or ""))
            and str(h.get("objectID") or "").isdigit()
        ]
        if not stories:
            raise self.parse_error(page, "hits", "no 'Ask HN: Who is hiring?' story found")
        # search_by_date is newest first already; sort anyway in case a query reorders it.
        latest = max(stories, key=lambda h: int(h.get("created_at_i") or 0))
        return self._thread_request(int(latest["objectID"]), str(latest.get("title")))

    def _thread(self, page: Page, data: dict[str, Any]) -> Iterator[ParseResult]:
        children = data.get("children")
        if not isinstance(children, list):
            raise self.parse_error(page, "children", "expected an item with a 'children' list")
        story_id = data.get("id") or page.meta.get("story_id")
        # One comment may name several roles, so a comment maps to a list of listings.
        for index, comment in enumerate(children):
            try:
                found = self._listings(comment, story_id)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                message = f"{self.name}: {page.url}: comment {index}: {type(exc).__name__}: {exc}"
                yield ItemError(message)
                continue
            yield from self.items(page, found, _same)

    def _listings(self, comment: dict[str, Any], story_id: object) -> list[RawListing]:
        text = comment.get("text")
        # Deleted/flagged comments keep their place with a null text: not jobs, not errors.
        if text is None:
            return []
        if not isinstance(text, str):
            raise TypeError(f"comment text is {type(text).__name__}, not str")
        header = parse_header(text)
        if header is None:
            return []  # free-form comment or a question: no job to read
        comment_id = str(comment["id"])
        many = len(header.titles) > 1
        return [
            RawListing(
                source_id=f"{comment_id}-{n}" if many else comment_id,
                url=COMMENT_URL.format(id=comment_id),
                title=title,
                company=header.company,
                location=header.location,
                remote=header.remote,
                employment_type=header.employment_type,
                salary_text=header.salary,
                posted_at=comment.get("created_at_i") or comment.get("created_at"),
                description_html=text,
                tags=header.tags,
                extra={
                    "author": comment.get("author"),
                    "story_id": story_id,
                    "apply_url": header.url,
                    "visa": header.visa,
                    "header": first_line(text),
                },
            )
            for n, title in enumerate(header.titles, start=1)
        ]


def _same(listing: RawListing) -> RawListing:
    return listing


def first_line(comment_html: str) -> str:
    """The comment's first line as plain text; links become their full href."""
    head = _FIRST_BREAK.split(comment_html, maxsplit=1)[0]
    # HN shortens long link texts with "..."; the href is complete.
    head = _ANCHOR.sub(lambda m: m.group(1) if _looks_like_link(m.group(2)) else m.group(2), head)
    head = html.unescape(_TAG.sub(" ", head))
    return _SPACES.sub(" ", head).strip()


def _looks_like_link(text: str) -> bool:
    plain = html.unescape(_TAG.sub("", text)).strip()
    return plain.startswith(("http://", "https://", "www."))


def split_parts(line: str) -> list[str]:
    """The header's fields: pipes first, then dashes or bullets, then spaced hyphens."""
    for separator, least in ((_PIPE, 2), (_DASH, 2), (_HYPHEN, 3)):
        parts = [p.strip() for p in separator.split(line) if p.strip()]
        if len(parts) >= least:
            return parts
    return [line.strip()] if line.strip() else []


def parse_header(comment_html: str) -> Header | None:
    """Company, roles, location, workplace, type, salary and URL from a hiring comment."""
    line = first_line(comment_html)
    if not line or len(line) > MAX_HEADER:
        return None
    parts = split_parts(line)
    if len(parts) < 2:
        return _hiring_sentence(line)
    company, paren = _company(parts[0])
    if not company or len(company) > 80:
        return None
    location: str | None = None
    remote: str | None = None
    employment: str | None = None
    salary: str | None = None
    url: str | None = None
    visa: str | None = None
    tags: list[str] = []
    roles: list[str] = []
    others: list[str] = []
    if paren:
        # "Acme (Remote US)": the parenthesis is a workplace and place; "(YC W21)" is neither.
        if _WORKPLACE.search(paren):
            remote = paren
        elif _URL.match(paren):
            url = paren
        elif not _YC.match(paren):
            others.append(paren)
    for part in parts[1:]:
        if _URL.match(part):
            url = url or part
        elif _SALARY.search(part) and not (_is_role(part, strict=True) and not _DIGIT.search(part)):
            salary = salary or part
        elif _WORKPLACE.search(part) and not _is_role(part):
            if remote is None:
                remote = part
            elif not _WORKPLACE_ONLY.match(part):
                others.append(part)
        elif _EMPLOYMENT.search(part) and not _is_role(part, strict=True):
            employment = employment or part
        elif _VISA.search(part):
            visa = visa or part
        elif len(_TECH.findall(part)) >= 2 and not _is_role(part, strict=True):
            tags.extend(t.strip() for t in re.split(r"[/,]", part) if t.strip())
        elif _is_role(part):
            roles.append(part)
        else:
            others.append(part)
    if not roles and others:
        roles.append(others.pop(0))
    if others:
        location = others[0]
    elif remote and not _WORKPLACE_ONLY.match(remote):
        location = remote  # "Remote (EMEA)", "Remote US": the place is in the flag
    titles = tuple(t for role in roles for t in _split_roles(role))
    if not titles:
        return None
    return Header(
        company=company,
        titles=titles,
        location=location,
        remote=remote,
        employment_type=employment,
        salary=salary,
        url=url,
        visa=visa,
        tags=tuple(tags),
    )


def _company(part: str) -> tuple[str, str | None]:
    part = _IS_HIRING_SUFFIX.sub("", part).strip(" :-–—")
    match = _TRAILING_PAREN.match(part)
    if match and match.group("name").strip():
        return match.group("name").strip(), match.group("paren").strip()
    return part, None


def _is_role(part: str, *, strict: bool = False) -> bool:
    words = [m.group(0) for m in _ROLE.finditer(part)]
    if not words:
        return False
    if all(_WEAK_ROLE.match(w) for w in words):
        # "ML", "Data" alone describe a field, not a job, unless nothing else is there.
        return not strict and not _WORKPLACE.search(part) and not _EMPLOYMENT.search(part)
    return True


def _split_roles(role: str) -> list[str]:
    """'ML Engineer, Data Scientist' -> two roles; 'Software Engineer, Frontend' stays one."""
    pieces = [p.strip() for p in _ROLE_SPLIT.split(role) if p.strip()]
    strong = [p for p in pieces if _is_role(p, strict=True)]
    if len(pieces) > 1 and len(strong) == len(pieces):
        return pieces
    return [role.strip()]


def _hiring_sentence(line: str) -> Header | None:
    """'Acme is hiring a Senior Data Engineer to ...' -> a header without pipes."""
    match = _HIRING.match(line)
    if not match:
        return None
    title = match.group("title").strip()
    if not _is_role(title):
        return None
    return Header(company=match.group("company").strip(), titles=(title,))
