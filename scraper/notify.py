"""Where a watch's digest goes: parsing destinations, formatting, and sending.

This is the one module besides scraper/fetch.py that uses the network, and only to deliver
what the user asked for: a bounded POST (or one SMTP session) with timeouts, no redirects
followed (a webhook that redirects is misconfigured; following it could carry the digest
and its signature elsewhere), and no response body read beyond a few kilobytes.

Secrets: a destination may be written `slack:$SLACK_URL` so its URL (which is the secret
for Slack, Discord and ntfy) stays in the environment, out of the database; destinations
are shown with their URL path hidden; errors are stored and printed with URLs redacted.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import os
import re
import smtplib
import ssl
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any, TextIO
from urllib.parse import urlsplit

import httpx

from scraper.errors import ConfigError, JobsError
from scraper.output import one_line, salary_band
from scraper.redact import strip_credentials

KINDS = ("stdout", "webhook", "slack", "discord", "ntfy", "email")
_URL_KINDS = ("webhook", "slack", "discord", "ntfy")
_ENV_REF = re.compile(r"^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$")
_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")
SIGNATURE_HEADER = "X-Jobs-Signature"
TIMEOUT = 15.0
# What is read of a receiver's answer, only to quote it in an error.
_MAX_ANSWER = 4096
# Chat services cap a message (Discord 2,000 characters; Slack's text ~40,000): a digest
# longer than this is cut, and its "and N more" line says so.
_CHAT_LIMIT = 1900


class DeliveryError(JobsError):
    """A digest could not be delivered (it is retried on a later run)."""


@dataclass(frozen=True, slots=True)
class Target:
    """A destination as written: `kind:address` (`stdout` alone), address maybe `$VAR`."""

    kind: str
    address: str = ""

    def __str__(self) -> str:
        return self.kind if self.kind == "stdout" else f"{self.kind}:{self.address}"

    def resolved(self) -> str:
        """The address, read from the environment when written as `$VAR`."""
        ref = _ENV_REF.match(self.address)
        if ref is None:
            return self.address
        value = os.environ.get(ref.group(1), "").strip()
        if not value:
            raise DeliveryError(f"environment variable {ref.group(1)} is not set")
        _check_address(self.kind, value, hidden=True)
        return value

    def shown(self) -> str:
        """The destination fit to print: a URL's path and query (its secret parts) hidden."""
        if self.kind in _URL_KINDS and not _ENV_REF.match(self.address):
            parts = urlsplit(self.address)
            host = parts.hostname or ""
            if parts.port:
                host += f":{parts.port}"
            return f"{self.kind}:{parts.scheme}://{host}/…"
        return str(self)


def _check_address(kind: str, address: str, hidden: bool = False) -> None:
    what = "the URL" if hidden else f"'{address}'"
    if kind in _URL_KINDS:
        try:
            parts = urlsplit(address)
        except ValueError:
            raise ConfigError(f"{kind}: {what} is not a valid URL") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"{kind}: {what} must be an http:// or https:// URL")
        if not hidden and strip_credentials(address) != address:
            # It would be stored and shown: credentials belong in the environment.
            raise ConfigError(
                f"{kind}: the URL holds credentials (user:password@ or a token parameter): "
                f"write it as $VAR and put the URL in that environment variable"
            )
    elif kind == "email" and not _EMAIL.match(address):
        raise ConfigError(f"email: {what} is not an email address")


def parse_target(text: str) -> Target:
    """A destination from `stdout`, `webhook:URL`, `slack:URL`, `email:ADDRESS`...."""
    raw = text.strip()
    if raw == "stdout":
        return Target("stdout")
    kind, sep, address = raw.partition(":")
    kind = kind.strip().lower()
    if not sep or kind not in KINDS or kind == "stdout":
        raise ConfigError(
            f"invalid destination '{one_line(_hide(raw))}': use stdout, webhook:URL, "
            "slack:URL, discord:URL, ntfy:URL or email:ADDRESS (a URL may be $ENV_VAR)"
        )
    address = address.strip()
    if not _ENV_REF.match(address):
        _check_address(kind, address)
    return Target(kind, address)


def _hide(text: str) -> str:
    """A destination with any URL's path hidden, for an error message."""
    return re.sub(r"(https?://[^/\s]+)/\S*", r"\1/…", text)


# -- the digest ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Digest:
    """The jobs one watch sends in one run: the first `limit` listed, the rest counted."""

    watch: str
    jobs: Sequence[dict[str, Any]]
    limit: int = 20
    sample: bool = False

    @property
    def shown(self) -> Sequence[dict[str, Any]]:
        """The jobs listed one by one."""
        return self.jobs[: self.limit]

    @property
    def more(self) -> int:
        """How many matched past the limit ("and 37 more")."""
        return max(0, len(self.jobs) - self.limit)

    @property
    def subject(self) -> str:
        """A one-line title: the watch and how many jobs."""
        n = len(self.jobs)
        what = "sample job" if self.sample else "new job"
        return one_line(f"jobs watch {self.watch}: {n} {what}{'' if n == 1 else 's'}")

    def text(self) -> str:
        """Plain text: a heading, one block per job, then "and N more"."""
        lines = [self.subject, ""]
        for job in self.shown:
            lines.append(f"- {one_line(job.get('title'))}")
            details = job_details(job)
            if details:
                lines.append(f"  {details}")
            if job.get("url"):
                lines.append(f"  {one_line(job['url'])}")
        if self.more:
            lines += ["", f"and {self.more} more (jobs search with the same filters)"]
        return "\n".join(lines) + "\n"

    def html(self) -> str:
        """An HTML body in which every value from a job is escaped (job text is hostile)."""
        items = []
        for job in self.shown:
            title = html.escape(one_line(job.get("title")))
            url = _safe_url(job.get("url"))
            head = f'<a href="{html.escape(url)}">{title}</a>' if url else title
            details = html.escape(job_details(job))
            items.append(f"<li>{head}<br><small>{details}</small></li>")
        more = f"<p>and {self.more} more</p>" if self.more else ""
        return (
            "<!DOCTYPE html><html><body>"
            f"<h3>{html.escape(self.subject)}</h3><ul>{''.join(items)}</ul>{more}"
            "</body></html>"
        )

    def payload(self) -> dict[str, Any]:
        """The webhook's JSON: the watch, counts and the listed jobs' public records."""
        return {
            "watch": self.watch,
            "sample": self.sample,
            "total": len(self.jobs),
            "more": self.more,
            "jobs": [dict(job) for job in self.shown],
        }


def _safe_url(value: Any) -> str:
    """A job's link only when it is http(s): a `javascript:` URL must not become a link."""
    url = one_line(value).strip()
    return url if url.lower().startswith(("http://", "https://")) else ""


def job_details(job: dict[str, Any]) -> str:
    """Company, place, salary band and level of a job on one line."""
    place = job.get("location") or ", ".join(p for p in (job.get("city"), job.get("country")) if p)
    remote = job.get("remote")
    if remote and remote != "onsite" and remote not in str(place).lower():
        place = f"{place} ({remote})" if place else str(remote)
    parts = [job.get("company"), place, salary_band(job), job.get("level")]
    return one_line(" · ".join(str(p) for p in parts if p))


# -- sending ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Smtp:
    """The [smtp] table: where email digests are sent from."""

    host: str
    port: int = 587
    security: str = "starttls"  # starttls | tls | none
    user: str | None = None
    password_env: str | None = None
    sender: str = ""

    @classmethod
    def from_config(cls, table: dict[str, Any]) -> Smtp:
        """Validate an [smtp] table (ConfigError names the key)."""
        allowed = {"host", "port", "security", "user", "password_env", "from"}
        if "password" in table:  # never in a file: it would be one more copy of the secret
            raise ConfigError("use 'smtp.password_env': the name of an environment variable")
        for key in table:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                raise ConfigError(f"unknown key 'smtp.{key}' (allowed: {known})")
        host = table.get("host")
        if not isinstance(host, str) or not host.strip():
            raise ConfigError("'smtp.host' is required (a host name)")
        security = table.get("security", "starttls")
        if security not in ("starttls", "tls", "none"):
            raise ConfigError("'smtp.security' must be starttls, tls or none")
        port = table.get("port", 465 if security == "tls" else 587)
        if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
            raise ConfigError("'smtp.port' must be a port number")
        sender = table.get("from")
        if not isinstance(sender, str) or not _EMAIL.match(sender):
            raise ConfigError("'smtp.from' is required: the sender's email address")
        for key in ("user", "password_env"):
            if key in table and not isinstance(table[key], str):
                raise ConfigError(f"'smtp.{key}' must be a string")
        return cls(host, port, security, table.get("user"), table.get("password_env"), sender)


def deliver(
    target: Target,
    digest: Digest,
    *,
    smtp: Smtp | None = None,
    secret_env: str | None = None,
    out: TextIO | None = None,
    transport: httpx.BaseTransport | None = None,
) -> None:
    """Send one digest to one destination; DeliveryError (secret-free) when it fails."""
    if target.kind == "stdout":
        (out or sys.stdout).write(digest.text())
        (out or sys.stdout).flush()
        return
    if target.kind == "email":
        _send_email(target.resolved(), digest, smtp)
        return
    url = target.resolved()
    try:
        _post(target.kind, url, digest, secret_env, transport)
    except DeliveryError:
        raise
    except httpx.HTTPError as exc:
        # httpx's messages may quote the URL: say what failed without it.
        what = (
            "timed out"
            if isinstance(exc, httpx.TimeoutException)
            else "cannot connect"
            if isinstance(exc, httpx.ConnectError)
            else "request failed"
        )
        raise DeliveryError(f"{what} ({type(exc).__name__})") from None


def _post(
    kind: str,
    url: str,
    digest: Digest,
    secret_env: str | None,
    transport: httpx.BaseTransport | None,
) -> None:
    headers = {"User-Agent": "jobs-watch"}
    if kind == "ntfy":
        body = digest.text().encode()
        headers["Content-Type"] = "text/plain; charset=utf-8"
        # Header values are Latin-1 on the wire: the title keeps only ASCII.
        headers["Title"] = digest.subject.encode("ascii", "replace").decode()
    else:
        data: dict[str, Any]
        if kind == "slack":
            data = {"text": _slack_text(digest)}
        elif kind == "discord":
            # allowed_mentions: job text must never ping @everyone or a role.
            data = {"content": _chat_text(digest), "allowed_mentions": {"parse": []}}
        else:
            data = digest.payload()
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        headers["Content-Type"] = "application/json"
    if kind == "webhook" and secret_env:
        secret = os.environ.get(secret_env, "")
        if not secret:
            raise DeliveryError(f"environment variable {secret_env} (signing secret) is not set")
        mac = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        headers[SIGNATURE_HEADER] = f"sha256={mac}"
    with (
        httpx.Client(timeout=TIMEOUT, follow_redirects=False, transport=transport) as client,
        client.stream("POST", url, content=body, headers=headers) as response,
    ):
        if response.status_code >= 300:
            answer = b""
            for chunk in response.iter_bytes():
                answer += chunk
                if len(answer) >= _MAX_ANSWER:
                    break
            said = one_line(answer[:200].decode("utf-8", "replace")).strip()
            raise DeliveryError(f"HTTP {response.status_code}" + (f" ({said})" if said else ""))


def signature(secret: str, body: bytes) -> str:
    """The signature header's value for `body`: what a receiver recomputes to check it."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _slack_escape(text: str) -> str:
    # Slack's mrkdwn: these three are its control characters (links, mentions).
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slack_text(digest: Digest) -> str:
    lines = [f"*{_slack_escape(digest.subject)}*"]
    for job in digest.shown:
        title = _slack_escape(one_line(job.get("title")))
        url = _safe_url(job.get("url"))
        link = url.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E")
        head = f"<{link}|{title}>" if url else title
        lines.append(f"• {head} — {_slack_escape(job_details(job))}")
    if digest.more:
        lines.append(f"and {digest.more} more")
    return _clip_lines(lines, digest.more)


_DISCORD_SPECIAL = re.compile(r"([\\*_~`|>\[\]()#@<-])")


def _chat_text(digest: Digest) -> str:
    def esc(text: str) -> str:
        return _DISCORD_SPECIAL.sub(r"\\\1", text)

    lines = [f"**{esc(digest.subject)}**"]
    for job in digest.shown:
        url = _safe_url(job.get("url"))
        link = f" <{url}>" if url else ""
        lines.append(f"- {esc(one_line(job.get('title')))} — {esc(job_details(job))}{link}")
    if digest.more:
        lines.append(f"and {digest.more} more")
    return _clip_lines(lines, digest.more)


def _clip_lines(lines: list[str], more: int) -> str:
    """Lines up to the chat limit; jobs cut off are added to the closing count."""
    text = "\n".join(lines)
    if len(text) <= _CHAT_LIMIT:
        return text
    kept, size = [lines[0]], len(lines[0])
    body = lines[1:-1] if more else lines[1:]
    for line in body:
        if size + len(line) + 40 > _CHAT_LIMIT:
            break
        kept.append(line)
        size += len(line) + 1
    cut = len(body) - (len(kept) - 1) + more
    kept.append(f"and {cut} more")
    return "\n".join(kept)


def _send_email(address: str, digest: Digest, smtp: Smtp | None) -> None:
    if smtp is None:
        raise DeliveryError("email: no [smtp] table in the config (host, port, from)")
    msg = EmailMessage()
    msg["Subject"] = digest.subject
    msg["From"] = smtp.sender
    msg["To"] = address
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=smtp.sender.rsplit("@", 1)[-1])
    msg.set_content(digest.text())
    msg.add_alternative(digest.html(), subtype="html")
    password = None
    if smtp.password_env:
        password = os.environ.get(smtp.password_env)
        if not password:
            raise DeliveryError(f"environment variable {smtp.password_env} is not set")
    try:
        client: smtplib.SMTP
        if smtp.security == "tls":
            client = smtplib.SMTP_SSL(
                smtp.host, smtp.port, timeout=TIMEOUT, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=TIMEOUT)
        with client:
            if smtp.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if smtp.user and password:
                client.login(smtp.user, password)
            client.send_message(msg)
    except (smtplib.SMTPException, OSError) as exc:
        # SMTP replies never hold the password; the reply code and text help fixing it.
        raise DeliveryError(
            f"email via {smtp.host}:{smtp.port}: {type(exc).__name__}: {one_line(exc)}"
        ) from None
