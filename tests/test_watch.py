"""Watches: digests of new matches to a loopback webhook receiver and a local SMTP server,
retries after failures, at most one digest resent after a kill -9, Atom feeds."""

from __future__ import annotations

import email
import email.policy
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from email.message import EmailMessage, Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from defusedxml import ElementTree as SafeXml
from sqlalchemy import select

from scraper.config import parse_config
from scraper.errors import ConfigError
from scraper.matching import JobMatching
from scraper.notify import Digest, Target, deliver, parse_target, signature
from scraper.pipeline import scrape
from scraper.watch import retry_at, run_watches
from storage.store import Store
from storage.tables import WATCH, WATCH_TARGET
from storage.watches import Watches
from tests.helpers import jobs
from tests.loopback import LoopbackServer, Response

ATOM = "{http://www.w3.org/2005/Atom}"
BOARD_PATH = "/v0/postings/otterworks?mode=json&skip=0&limit=100"


# -- a webhook receiver ------------------------------------------------------------------


class Receiver(ThreadingHTTPServer):
    """Records every POST (path, headers, body); `answer(path)` decides the status."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Hook)
        self.posts: list[tuple[str, dict[str, str], bytes]] = []
        self.status = 200
        self.before_answer: Callable[[str], None] | None = None
        self.lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, args=(0.01,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def digests(self, path: str = "/hook") -> list[dict[str, Any]]:
        with self.lock:
            return [json.loads(body) for p, _, body in self.posts if p == path]

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()


class _Hook(BaseHTTPRequestHandler):
    server: Receiver  # type: ignore[assignment]

    def log_message(self, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        with self.server.lock:
            self.server.posts.append(
                (self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            )
        if self.server.before_answer is not None:
            self.server.before_answer(self.path)
        try:
            self.send_response(self.server.status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")
        except (BrokenPipeError, ConnectionResetError):
            pass


# -- a job board whose postings change between scrapes -----------------------------------


def posting(i: int, title: str, company_note: str = "") -> dict[str, Any]:
    """One Lever posting in the real format, invented content."""
    return {
        "id": f"10000000-0000-4000-8000-{i:012d}",
        "text": title,
        "categories": {"location": "Lisbon, Portugal", "commitment": "Full-time"},
        "country": "PT",
        "workplaceType": "remote",
        "createdAt": 1762000000000 + i * 1000,
        "description": f"<p>Posting {i}. {company_note}</p>",
        "lists": [],
        "hostedUrl": f"https://jobs.lever.co/otterworks/10000000-0000-4000-8000-{i:012d}",
    }


class Board:
    """A loopback Lever board: `show(...)` sets what the next scrape finds."""

    def __init__(self, server: LoopbackServer):
        self.server = server

    def show(self, *items: dict[str, Any]) -> None:
        self.server.routes[BOARD_PATH] = Response(json.dumps(list(items)))


@pytest.fixture
def board() -> Iterator[Board]:
    with LoopbackServer({}) as server:
        b = Board(server)
        b.show()
        yield b


def config_for(board: Board, watches: str = "", extra: str = "") -> str:
    # processes = 0: normalise in the one process (worker start-up would dominate here).
    return f"""
processes = 0

[fetch]
retries = 1

[sources.otterworks]
adapter = "lever"
boards = ["otterworks"]
company = "Otterworks"
base_url = "{board.server.url}"
delay = 0
{extra}
{watches}
"""


ML = [
    posting(1, "Machine Learning Engineer, Ranking"),
    posting(2, "Office Manager"),
    posting(3, "Senior Machine Learning Engineer"),
    posting(4, "Machine Learning Engineer, Speech"),
    posting(5, "Machine Learning Platform Engineer"),
    posting(6, "Machine Learning Engineer, Vision"),
]


def _titles(digest: dict[str, Any]) -> list[str]:
    return sorted(job["title"] for job in digest["jobs"])


def test_three_scrapes_send_exactly_the_new_matches(board: Board, tmp_path: Path) -> None:
    """`jobs scrape` (the real command) sends one digest per run: only what is new."""
    with Receiver() as hook:
        cfg = tmp_path / "jobs.toml"
        cfg.write_text(
            config_for(
                board,
                f"""
[watches.ml]
text = '"machine learning"'
notify = ["webhook:{hook.url}/hook"]
secret_env = "HOOK_SECRET"
""",
            )
        )
        env = {"HOOK_SECRET": "s3cr3t-value"}
        db = str(tmp_path / "jobs.db")
        rounds = [ML[:3], ML[:5], ML[:6]]
        for items in rounds:
            board.show(*items)
            out = jobs("scrape", "-q", "-c", str(cfg), "--db", db, cwd=tmp_path, env=env)
            assert out.returncode == 0, out.stderr
        sent = hook.digests()
        assert [_titles(d) for d in sent] == [
            ["Machine Learning Engineer, Ranking", "Senior Machine Learning Engineer"],
            ["Machine Learning Engineer, Speech", "Machine Learning Platform Engineer"],
            ["Machine Learning Engineer, Vision"],
        ]
        # Each post is signed with the secret from the environment; the secret is nowhere.
        for _, headers, body in hook.posts:
            assert headers["x-jobs-signature"] == signature("s3cr3t-value", body)
        listed = jobs("watch", "list", "-c", str(cfg), "--db", db, cwd=tmp_path)
        assert "sent 5" in listed.stdout and "s3cr3t" not in listed.stdout + listed.stderr
    assert b"s3cr3t" not in Path(db).read_bytes()


def test_scrape_no_watch_then_watch_run_sends_that_scrape_s_jobs(
    board: Board, tmp_path: Path
) -> None:
    """A config watch first read by `jobs watch run` starts with the latest run's jobs."""
    with Receiver() as hook:
        cfg = tmp_path / "jobs.toml"
        cfg.write_text(
            config_for(
                board, f'[watches.ml]\ntext = "machine"\nnotify = ["webhook:{hook.url}/hook"]\n'
            )
        )
        db = str(tmp_path / "jobs.db")
        board.show(*ML[:3])
        out = jobs("scrape", "-q", "--no-watch", "-c", str(cfg), "--db", db, cwd=tmp_path)
        assert out.returncode == 0 and hook.posts == []
        out = jobs("watch", "run", "-c", str(cfg), "--db", db, cwd=tmp_path)
        assert out.returncode == 0, out.stderr
        assert "watch ml -> webhook:http://127.0.0.1:" in out.stderr and "sent 2 jobs" in out.stderr
        (digest,) = hook.digests()
        assert _titles(digest) == [
            "Machine Learning Engineer, Ranking",
            "Senior Machine Learning Engineer",
        ]


def _scrape(store: Store, cfg_text: str) -> None:
    (result,) = scrape(parse_config(cfg_text, "test"), store)
    assert not result.failed, result.first_error


def test_failed_delivery_is_retried_next_run_and_nothing_is_lost(
    board: Board, db_target: str
) -> None:
    with Receiver() as hook:
        text = config_for(
            board, f'[watches.ml]\ntext = "machine"\nnotify = ["webhook:{hook.url}/hook"]\n'
        )
        cfg = parse_config(text, "test")
        store = Store(db_target, matching=JobMatching())
        try:
            run_watches(store, cfg)  # the watch exists before the first scrape
            board.show(*ML[:3])
            _scrape(store, text)
            hook.status = 500
            (failed,) = run_watches(store, cfg)
            assert failed.status == "failed" and "HTTP 500" in (failed.error or "")
            (state,) = Watches(store.engine).get("ml").targets  # type: ignore[union-attr]
            assert state.failures == 1 and "HTTP 500" in (state.last_error or "")
            assert state.sent == 0
            # More jobs arrive while the receiver is down; then it is back.
            board.show(*ML[:5])
            _scrape(store, text)
            hook.status = 200
            (ok,) = run_watches(store, cfg)
            assert ok.status == "sent" and ok.jobs == 4
            refused, accepted = hook.digests()
            # The refused digest's jobs again, with the ones found since: nothing lost.
            assert set(_titles(refused)) < set(_titles(accepted))
            assert len(accepted["jobs"]) == 4
            (state,) = Watches(store.engine).get("ml").targets  # type: ignore[union-attr]
            assert state.failures == 0 and state.last_error is None and state.sent == 4
            assert [o.status for o in run_watches(store, cfg)] == ["nothing"]
        finally:
            store.close()


def test_repeated_failures_back_off(board: Board, tmp_path: Path) -> None:
    with Receiver() as hook:
        hook.status = 503
        text = config_for(
            board, f'[watches.ml]\ntext = "machine"\nnotify = ["webhook:{hook.url}/hook"]\n'
        )
        cfg = parse_config(text, "test")
        store = Store(str(tmp_path / "jobs.db"), matching=JobMatching())
        try:
            run_watches(store, cfg)
            board.show(*ML[:3])
            _scrape(store, text)
            assert [o.status for o in run_watches(store, cfg)] == ["failed"]
            assert [o.status for o in run_watches(store, cfg)] == ["failed"]
            # Two in a row: the next scheduled run waits; one asked for by hand does not.
            (deferred,) = run_watches(store, cfg)
            assert deferred.status == "deferred" and deferred.retry_at is not None
            assert len(hook.posts) == 2
            hook.status = 200
            assert [o.status for o in run_watches(store, cfg, force=True)] == ["sent"]
        finally:
            store.close()


def test_backoff_grows_and_is_capped() -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 12, 1, tzinfo=UTC)
    waits = [retry_at(n, now) - now for n in range(1, 12)]
    assert waits[0] == timedelta(0)
    assert waits[1:4] == [timedelta(minutes=5), timedelta(minutes=10), timedelta(minutes=20)]
    assert waits[-1] == timedelta(hours=6) and waits == sorted(waits)


def test_closed_jobs_are_not_announced_and_a_reopened_job_is_not_new(
    board: Board, db_target: str
) -> None:
    with Receiver() as hook:
        text = config_for(
            board, f'[watches.ml]\ntext = "machine"\nnotify = ["webhook:{hook.url}/hook"]\n'
        )
        cfg = parse_config(text, "test")
        store = Store(db_target, matching=JobMatching())
        try:
            run_watches(store, cfg)
            board.show(ML[0])
            _scrape(store, text)
            assert [o.jobs for o in run_watches(store, cfg)] == [1]
            board.show(ML[2])  # the first closes, a new one appears (not sent yet)
            _scrape(store, text)
            board.show(ML[0])  # the first reopens, the new one closes before any run
            _scrape(store, text)
            assert [o.status for o in run_watches(store, cfg)] == ["nothing"]
            assert len(hook.digests()) == 1
        finally:
            store.close()


def test_kill_between_sending_and_recording_resends_at_most_one_digest(
    board: Board, tmp_path: Path
) -> None:
    """Watch b's receiver kills `jobs watch run` (SIGKILL) once it holds b's digest, before
    answering: a's digest was sent and recorded, b's sent and not recorded."""
    with Receiver() as hook:
        cfg = tmp_path / "jobs.toml"
        cfg.write_text(
            config_for(
                board,
                f"""
[watches.a]
text = "machine"
notify = ["webhook:{hook.url}/a"]

[watches.b]
text = "engineer"
notify = ["webhook:{hook.url}/b"]
""",
            )
        )
        db = str(tmp_path / "jobs.db")
        assert jobs("db", "upgrade", "--db", db, cwd=tmp_path).returncode == 0
        out = jobs("watch", "list", "-c", str(cfg), "--db", db, cwd=tmp_path)
        assert out.returncode == 0, out.stderr
        board.show(*ML[:3])
        out = jobs("scrape", "-q", "--no-watch", "-c", str(cfg), "--db", db, cwd=tmp_path)
        assert out.returncode == 0, out.stderr

        env = {**os.environ, "JOBS_CONFIG": "", "JOBS_DB": ""}
        args = [sys.executable, "-m", "scraper", "watch", "run", "-c", str(cfg), "--db", db]
        proc = subprocess.Popen(args, cwd=tmp_path, env=env, stderr=subprocess.PIPE)

        def kill_on_b(path: str) -> None:
            if path == "/b" and proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=30)

        hook.before_answer = kill_on_b
        proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL
        hook.before_answer = None
        assert len(hook.digests("/a")) == 1 and len(hook.digests("/b")) == 1

        out = jobs("watch", "run", "-c", str(cfg), "--db", db, cwd=tmp_path)
        assert out.returncode == 0, out.stderr
        assert len(hook.digests("/a")) == 1  # recorded before the kill: not resent
        b = hook.digests("/b")
        assert len(b) == 2 and _titles(b[0]) == _titles(b[1])  # that one digest, once more
        out = jobs("watch", "run", "-c", str(cfg), "--db", db, cwd=tmp_path)
        assert out.returncode == 0 and len(hook.digests("/b")) == 2


# -- email -----------------------------------------------------------------------------------


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, list[Message]]]:
    aiosmtpd = pytest.importorskip("aiosmtpd.controller")
    received: list[Message] = []

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
            message = email.message_from_bytes(envelope.content, policy=email.policy.default)
            received.append(message)
            return "250 OK"

    import socket

    with socket.socket() as probe:  # a free port (the controller checks it by connecting)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = aiosmtpd.Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, received
    finally:
        controller.stop()


def test_email_digest_has_text_and_escaped_html_parts(
    board: Board, tmp_path: Path, smtp_server: tuple[int, list[Message]]
) -> None:
    port, received = smtp_server
    smtp = (
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\nfrom = "jobs@example.org"\n'
    )
    text = config_for(
        board,
        '[watches.ml]\ntext = "machine"\nnotify = ["email:me@example.org"]\nlimit = 2\n',
        smtp,
    )
    cfg = parse_config(text, "test")
    store = Store(str(tmp_path / "jobs.db"), matching=JobMatching())
    try:
        run_watches(store, cfg)
        board.show(*ML[:5], posting(9, "Machine Learning <script>alert(1)</script> Lead"))
        _scrape(store, text)
        (outcome,) = run_watches(store, cfg)
        assert outcome.status == "sent" and outcome.jobs == 5
    finally:
        store.close()
    (msg,) = received
    assert msg["To"] == "me@example.org" and "5 new jobs" in msg["Subject"]
    assert isinstance(msg, EmailMessage)
    plain = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "and 3 more" in plain and "and 3 more" in html
    assert "<script>" not in html
    assert "Machine Learning &lt;script&gt;alert(1)&lt;/script&gt; Lead" in html


def test_email_without_smtp_table_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(Exception, match=r"no \[smtp\] table"):
        deliver(Target("email", "me@example.org"), Digest("x", [{"id": 1, "title": "t"}]))


# -- destinations, secrets, config -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("pager:123", "invalid destination"),
        ("webhook:ftp://x.example/y", "must be an http"),
        ("email:not-an-address", "not an email address"),
        ("webhook", "invalid destination"),
        ("webhook:https://user:pw@hooks.example/x", "holds credentials"),
        ("ntfy:https://ntfy.example/topic?auth=abc", "holds credentials"),
    ],
)
def test_bad_destinations_are_refused(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_target(text)


def test_destinations_are_shown_without_their_secret_parts() -> None:
    hook = parse_target("slack:https://hooks.slack.example/services/T0/B0/SECRETPART")
    assert hook.shown() == "slack:https://hooks.slack.example/…"
    assert "SECRETPART" not in hook.shown()
    assert parse_target("discord:$DISCORD_URL").shown() == "discord:$DISCORD_URL"


def test_a_destination_from_the_environment_is_read_at_send_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Receiver() as hook:
        target = parse_target("ntfy:${NTFY_TOPIC_URL}")
        digest = Digest("ml", [{"id": 1, "title": "Vision Engineer", "company": "Otterworks"}])
        monkeypatch.delenv("NTFY_TOPIC_URL", raising=False)
        with pytest.raises(Exception, match="NTFY_TOPIC_URL is not set"):
            deliver(target, digest)
        monkeypatch.setenv("NTFY_TOPIC_URL", f"{hook.url}/topic")
        deliver(target, digest)
        ((path, headers, body),) = hook.posts
        assert path == "/topic" and headers["title"] == "jobs watch ml: 1 new job"
        assert b"Vision Engineer" in body and b"Otterworks" in body


def test_chat_payloads_escape_job_text() -> None:
    with Receiver() as hook:
        job = {
            "id": 1,
            "title": "Engineer <!channel> @everyone *bold*",
            "url": "javascript:alert(1)",
            "company": "A&B",
        }
        digest = Digest("ml", [job])
        deliver(Target("slack", f"{hook.url}/slack"), digest)
        deliver(Target("discord", f"{hook.url}/discord"), digest)
        slack = hook.digests("/slack")[0]["text"]
        assert "<!channel>" not in slack and "&lt;!channel&gt;" in slack
        assert "A&amp;B" in slack and "javascript:" not in slack
        discord = hook.digests("/discord")[0]
        assert discord["allowed_mentions"] == {"parse": []}
        assert "\\@everyone" in discord["content"] and "\\*bold\\*" in discord["content"]


def test_config_watch_errors_name_the_watch_and_key() -> None:
    base = '[sources.x]\nadapter = "lever"\nboards = ["b"]\n'
    with pytest.raises(ConfigError, match="watch 'ml': unknown watch key 'colour'"):
        parse_config(base + '[watches.ml]\ncolour = "red"\nnotify = ["stdout"]\n', "t.toml")
    with pytest.raises(ConfigError, match="'notify' is required"):
        parse_config(base + '[watches.ml]\ntext = "x"\n', "t.toml")
    with pytest.raises(ConfigError, match="password_env"):
        parse_config(base + '[smtp]\nhost = "h"\nfrom = "a@b.org"\npassword = "pw"\n', "t.toml")


def test_watch_add_list_show_rm_from_the_command_line(board: Board, tmp_path: Path) -> None:
    db = str(tmp_path / "jobs.db")
    cfg = tmp_path / "jobs.toml"
    cfg.write_text(config_for(board))
    out = jobs(
        "watch", "add", "ml", "machine learning", "--remote", "--notify", "stdout",
        # Nothing listens on port 1 of loopback: the delivery fails at once, offline.
        "--notify", "slack:http://127.0.0.1:1/services/T0/B0/XSECRETX",
        "--db", db, cwd=tmp_path,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    again = jobs("watch", "add", "ml", "--notify", "stdout", "--db", db, cwd=tmp_path)
    assert again.returncode == 1 and "exists already" in again.stderr
    bad = jobs("watch", "add", "x", "--role", "astronaut", "--notify", "stdout", "--db", db,
               cwd=tmp_path)  # fmt: skip
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    listed = jobs("watch", "list", "--db", db, "-c", str(cfg), cwd=tmp_path)
    assert listed.returncode == 0
    assert '"machine learning" --remote' in listed.stdout
    assert "XSECRETX" not in listed.stdout
    board.show(*ML[:3])
    out = jobs("scrape", "-c", str(cfg), "--db", db, cwd=tmp_path)
    # The stdout destination prints the digest (for cron mail); slack fails, is retried.
    assert "jobs watch ml: 2 new jobs" in out.stdout
    assert "Senior Machine Learning Engineer" in out.stdout
    assert out.returncode == 0  # the jobs are stored; the delivery is retried next run
    assert "watch ml -> slack:http://127.0.0.1:1/…: failed: cannot connect" in out.stderr
    assert "XSECRETX" not in out.stdout + out.stderr
    rerun = jobs("watch", "run", "--db", db, "-c", str(cfg), cwd=tmp_path)
    assert rerun.returncode == 2 and "failed" in rerun.stderr
    shown = jobs("watch", "show", "ml", "--db", db, "-c", str(cfg), cwd=tmp_path)
    assert shown.returncode == 0 and "2 waiting" in shown.stdout  # the slack ones
    assert "last error: cannot connect (ConnectError)" in shown.stdout
    listed = jobs("watch", "list", "--db", db, "-c", str(cfg), cwd=tmp_path)
    assert "-> stdout  sent 2  last sent " in listed.stdout
    assert "sent 0  last sent never  last error (2 in a row, retry " in listed.stdout
    assert "XSECRETX" not in shown.stdout
    out = jobs("watch", "rm", "ml", "--db", db, cwd=tmp_path)
    assert out.returncode == 0
    out = jobs("watch", "show", "ml", "--db", db, "-c", str(cfg), cwd=tmp_path)
    assert out.returncode == 1 and "no watch named 'ml'" in out.stderr


def test_watch_matches_what_search_shows(board: Board, tmp_path: Path) -> None:
    """The same options give the same jobs in `jobs search` and in a watch's digest."""
    db = str(tmp_path / "jobs.db")
    cfg = tmp_path / "jobs.toml"
    cfg.write_text(config_for(board))
    opts = ["machine -platform", "--remote", "--exclude-title", "vision"]
    out = jobs("watch", "add", "w", *opts, "--notify", "stdout", "--db", db, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    board.show(*ML)
    out = jobs("scrape", "-c", str(cfg), "--db", db, "-q", cwd=tmp_path)
    found = jobs("search", *opts, "--db", db, "-c", str(cfg), "-f", "json", cwd=tmp_path)
    titles = sorted(j["title"] for j in json.loads(found.stdout))
    assert titles == [
        "Machine Learning Engineer, Ranking",
        "Machine Learning Engineer, Speech",
        "Senior Machine Learning Engineer",
    ]
    for title in titles:
        assert f"- {title}\n" in out.stdout
    assert "Vision" not in out.stdout and "Platform" not in out.stdout


# -- feeds ------------------------------------------------------------------------------------


def _check_atom(body: bytes) -> list[Any]:
    """The RFC 4287 requirements a reader relies on; returns the entries."""
    root = SafeXml.fromstring(body)
    assert root.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated"):
        assert len(root.findall(f"{ATOM}{tag}")) == 1, tag
    assert root.find(f"{ATOM}author/{ATOM}name") is not None  # so entries need none
    entries = root.findall(f"{ATOM}entry")
    ids = []
    for entry in entries:
        for tag in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{tag}")) == 1, tag
        ids.append(entry.findtext(f"{ATOM}id"))
        assert ids[-1].startswith("tag:")
        # No content element: an alternate link is then required (4.1.1.1).
        links = [x for x in entry.findall(f"{ATOM}link") if x.get("rel") == "alternate"]
        assert links and links[0].get("href", "").startswith("https://")
        from datetime import datetime

        datetime.fromisoformat(entry.findtext(f"{ATOM}updated").replace("Z", "+00:00"))
    assert len(set(ids)) == len(ids)
    return entries


def test_feed_is_valid_atom_with_stable_ids(board: Board, tmp_path: Path) -> None:
    db = str(tmp_path / "jobs.db")
    cfg = tmp_path / "jobs.toml"
    cfg.write_text(config_for(board))
    board.show(*ML, posting(8, "Machine Learning \x0bEngineer <b>&amp; Bold</b>"))
    assert jobs("scrape", "-q", "-c", str(cfg), "--db", db, cwd=tmp_path).returncode == 0
    out = jobs("watch", "add", "ml", "machine", "--notify", "stdout", "--db", db, cwd=tmp_path)
    assert out.returncode == 0
    feed = tmp_path / "ml.xml"
    out = jobs("feed", "ml", "-o", str(feed), "--db", db, "-c", str(cfg), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    entries = _check_atom(feed.read_bytes())
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert len(entries) == 6 and "Office Manager" not in titles
    assert "Machine Learning Engineer <b>& Bold</b>" in titles  # kept as text...
    assert b"Machine Learning Engineer &lt;b&gt;&amp; Bold&lt;/b&gt;" in feed.read_bytes()
    again = jobs("feed", "ml", "--db", db, "-c", str(cfg), cwd=tmp_path)
    assert again.stdout.encode() == feed.read_bytes()  # same ids, same document
    adhoc = jobs("feed", "--search", "office", "--db", db, cwd=tmp_path)
    assert adhoc.returncode == 0, adhoc.stderr
    (entry,) = _check_atom(adhoc.stdout.encode())
    assert entry.findtext(f"{ATOM}title") == "Office Manager"
    both = jobs("feed", "ml", "--search", "x", "--db", db, cwd=tmp_path)
    assert both.returncode == 1 and "not both" in both.stderr
    typo = jobs("feed", "--search", "x", "--db", str(tmp_path / "jbos.db"), cwd=tmp_path)
    assert typo.returncode == 1 and not (tmp_path / "jbos.db").exists()


# -- exclusions ------------------------------------------------------------------------------


def test_exclusions_hide_jobs_everywhere_and_show_excluded_lists_them(
    board: Board, tmp_path: Path
) -> None:
    db = str(tmp_path / "jobs.db")
    cfg = tmp_path / "jobs.toml"
    exclude = '[exclude]\ntitle_words = ["manager"]\nagencies = true\n'
    cfg.write_text(config_for(board, extra=exclude))
    board.show(
        *ML[:3],
        posting(10, "Machine Learning Engineer, Fraud", "Hiring on behalf of our client."),
        posting(11, "Engineering Management Coach"),
    )
    assert jobs("scrape", "-q", "-c", str(cfg), "--db", db, cwd=tmp_path).returncode == 0

    def titles(*args: str) -> list[str]:
        out = jobs("search", *args, "-f", "json", "--db", db, "-c", str(cfg), cwd=tmp_path)
        assert out.returncode == 0, out.stderr
        return sorted(j["title"] for j in json.loads(out.stdout))

    shown = titles()
    # "manager" is a whole word: "Management" stays; the agency's posting is hidden.
    assert "Office Manager" not in shown and "Engineering Management Coach" in shown
    assert "Machine Learning Engineer, Fraud" not in shown
    assert titles("--show-excluded") == ["Machine Learning Engineer, Fraud", "Office Manager"]
    assert "Senior Machine Learning Engineer" not in titles("--exclude-title", "senior")
    assert titles("--exclude-company", "otterworks") == []
    stats = jobs("stats", "--exclude-company", "Otterworks", "--db", db, cwd=tmp_path)
    assert stats.returncode == 0


def test_bad_exclude_table_is_one_clear_line(tmp_path: Path) -> None:
    cfg = tmp_path / "jobs.toml"
    cfg.write_text('[exclude]\ncompanies = "Acme"\n')
    db = str(tmp_path / "jobs.db")
    Store(db).close()
    out = jobs("search", "--db", db, "-c", str(cfg), cwd=tmp_path)
    assert out.returncode == 1 and "'exclude.companies' must be a list" in out.stderr
    assert "Traceback" not in out.stderr


def test_watch_state_holds_no_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the names of environment variables are stored, never their values."""
    monkeypatch.setenv("HOOK_URL", "https://hooks.example/T/TOPSECRETVALUE")
    store = Store(str(tmp_path / "jobs.db"))
    try:
        Watches(store.engine).save(
            "w", {}, [str(parse_target("webhook:$HOOK_URL"))], origin="cli",
            secret_env="HOOK_SECRET", digest_limit=5,
            created_at=__import__("datetime").datetime.now(__import__("datetime").UTC),
        )  # fmt: skip
        with store.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(select(WATCH)).mappings()]
            rows += [dict(r) for r in conn.execute(select(WATCH_TARGET)).mappings()]
    finally:
        store.close()
    assert "TOPSECRETVALUE" not in repr(rows) and "webhook:$HOOK_URL" in repr(rows)


def test_the_daemon_sends_watches_after_each_source_run(board: Board, tmp_path: Path) -> None:
    import asyncio

    from scraper.fetch import Fetcher
    from scraper.pipeline import fetch_settings
    from scraper.schedule import Daemon

    with Receiver() as hook:
        cfg = tmp_path / "jobs.toml"
        cfg.write_text(
            config_for(
                board, f'[watches.ml]\ntext = "machine"\nnotify = ["webhook:{hook.url}/hook"]\n'
            )
        )
        store = Store(str(tmp_path / "jobs.db"), matching=JobMatching())

        async def two_runs() -> None:
            daemon = Daemon(cfg, store)
            async with Fetcher(fetch_settings(daemon.config)) as fetcher:
                daemon.fetcher = fetcher
                board.show(*ML[:3])
                await daemon._run_source("otterworks")
                board.show(*ML[:4])
                await daemon._run_source("otterworks")

        try:
            asyncio.run(two_runs())
        finally:
            store.close()
        assert [_titles(d) for d in hook.digests()] == [
            ["Machine Learning Engineer, Ranking", "Senior Machine Learning Engineer"],
            ["Machine Learning Engineer, Speech"],
        ]


def test_readme_watch_smtp_and_exclude_examples_are_valid_config() -> None:
    import re

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```toml\n(.*?)```", readme, re.S) if "[watches." in b]
    blocks += [b for b in re.findall(r"```toml\n(.*?)```", readme, re.S) if "[exclude]" in b]
    assert len(blocks) == 2
    config = parse_config("\n".join(blocks), "README")
    assert list(config.watches) == ["ml-berlin"] and config.smtp["port"] == 587
    assert config.exclude["agencies"] is True


@pytest.mark.parametrize(
    "written", ["slack:$CHAT_URL", "slack:https://hooks.example/T0/SECRETPATH"]
)
def test_an_error_that_echoes_the_secret_url_is_kept_without_it(
    written: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import httpx

    from scraper.notify import DeliveryError
    from scraper.watch import _secret_free

    monkeypatch.setenv("CHAT_URL", "https://hooks.example/T0/SECRETPATH")
    echo = httpx.MockTransport(lambda req: httpx.Response(404, text=f"no such hook {req.url}"))
    target = parse_target(written)
    with pytest.raises(DeliveryError) as caught:
        deliver(target, Digest("w", [{"id": 1, "title": "t"}]), transport=echo)
    assert "SECRETPATH" in str(caught.value)  # what the receiver said...
    kept = _secret_free(str(caught.value), target)
    assert "SECRETPATH" not in kept and "HTTP 404" in kept  # ...never stored or printed


def test_a_watch_another_process_is_sending_is_left_to_it(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from storage.leases import Leases

    store = Store(str(tmp_path / "jobs.db"))
    try:
        cfg = parse_config('[watches.w]\nnotify = ["stdout"]\n', "test")
        run_watches(store, cfg)
        other = Leases(store.engine)  # this process is alive: its lease holds
        assert other.acquire("watch:w", datetime.now(UTC)) is None
        assert [o.status for o in run_watches(store, cfg)] == ["busy"]
        other.release("watch:w")
        assert [o.status for o in run_watches(store, cfg)] == ["nothing"]
    finally:
        store.close()


def _insert_jobs(store: Store, rows: list[tuple[str, str, str]]) -> None:
    """Jobs as (title, company, description), straight into the table."""
    from datetime import UTC, datetime

    from storage.tables import JOB

    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        for i, (title, company, description) in enumerate(rows):
            conn.execute(
                JOB.insert().values(
                    title=title, company=company, description=description, url=f"https://x/{i}",
                    source="s", source_id=str(i), first_seen=now, company_key=company.lower(),
                )
            )  # fmt: skip


def test_agencies_are_detected_by_name_and_text_and_titles_by_whole_words(
    db_target: str,
) -> None:
    from scraper.exclude import AGENCY_NAME_WORDS, AGENCY_TEXT
    from storage.search import Filters

    store = Store(db_target)
    try:
        _insert_jobs(
            store,
            [
                ("Data Engineer", "Northwind Recruitment Ltd", None),  # type: ignore[list-item]
                ("Data Engineer", "Apex Staffing", ""),
                ("Data Engineer", "Contoso", "Our client is a fintech in Leeds."),
                ("Data Engineer", "Recruitee Labs", "We build hiring software."),
                ("ML Engineer (Contract)", "Contoso", ""),
                ("Contractor Relations Lead", "Contoso", ""),
            ],
        )
        agencies = Filters(exclude_agency_names=AGENCY_NAME_WORDS, exclude_agency_text=AGENCY_TEXT)
        kept = {(j["company"], j["title"]) for j in store.search(agencies)}
        assert kept == {
            ("Recruitee Labs", "Data Engineer"),  # a word that only starts like one
            ("Contoso", "ML Engineer (Contract)"),
            ("Contoso", "Contractor Relations Lead"),
        }
        hidden = Filters(exclude_title_words=("contract",), show_excluded=True)
        assert [j["title"] for j in store.search(hidden)] == ["ML Engineer (Contract)"]
        company = Filters(exclude_companies=("CONTOSO",))
        assert {j["company"] for j in store.search(company)} == {
            "Northwind Recruitment Ltd",
            "Apex Staffing",
            "Recruitee Labs",
        }
    finally:
        store.close()


def test_email_failures_are_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    from scraper.notify import DeliveryError, Smtp

    digest = Digest("w", [{"id": 1, "title": "t"}])
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    table = {"host": "127.0.0.1", "port": port, "security": "none", "from": "jobs@example.org"}
    monkeypatch.delenv("SMTP_PW", raising=False)
    with_password = Smtp.from_config({**table, "user": "me", "password_env": "SMTP_PW"})
    with pytest.raises(DeliveryError, match="environment variable SMTP_PW is not set"):
        deliver(Target("email", "me@example.org"), digest, smtp=with_password)
    with pytest.raises(DeliveryError, match=rf"email via 127.0.0.1:{port}: ConnectionRefused"):
        deliver(Target("email", "me@example.org"), digest, smtp=Smtp.from_config(table))
    with pytest.raises(ConfigError, match=r"'smtp\.security' must be"):
        Smtp.from_config({**table, "security": "ssl3"})


@pytest.mark.parametrize("command", [("list",), ("show", "ml"), ("rm", "ml"), ("run",)])
def test_watch_commands_never_create_a_database(command: tuple[str, ...], tmp_path: Path) -> None:
    """A mistyped --db is an error, as for `jobs search`, not a new empty database."""
    db = tmp_path / "nodir" / "x.db"
    out = jobs("watch", *command, "--db", str(db), cwd=tmp_path)
    assert out.returncode == 1
    assert out.stderr == f"jobs: error: no database at {db} (run `jobs scrape` first)\n"
    assert not db.exists() and not db.parent.exists()
