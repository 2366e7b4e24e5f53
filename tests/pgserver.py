"""A throwaway PostgreSQL server for the tests: initdb + pg_ctl in a temporary directory.

The server refuses to run as root, so under root (CI containers) it runs as the
`postgres` user through runuser. It listens on 127.0.0.1 on a free port with trust
authentication and fsync off: fast, and gone when the session ends.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

CANDIDATE_BINS = (
    "/usr/lib/postgresql/15/bin",
    *sorted((str(p) for p in Path("/usr/lib/postgresql").glob("*/bin")), reverse=True),
)


class PostgresUnavailableError(RuntimeError):
    """No PostgreSQL server binaries here, or the server would not start."""


def find_bindir() -> Path:
    """The directory holding initdb, pg_ctl and postgres."""
    for candidate in CANDIDATE_BINS:
        if (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    raise PostgresUnavailableError(
        "PostgreSQL server binaries not found (apt-get install postgresql-15, or put pg_ctl "
        "on PATH)"
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    """One running throwaway server; `new_database()` hands out fresh empty databases."""

    root: Path
    bindir: Path
    port: int = 0
    user: str = "postgres"
    fast: bool = True  # fsync off: for tests; benchmarks want the real thing
    _counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def as_other_user(self) -> list[str]:
        return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *args: str) -> None:
        out = subprocess.run(
            [*self.as_other_user, *args], capture_output=True, text=True, timeout=120
        )
        if out.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            raise PostgresUnavailableError(
                f"{Path(args[0]).name} failed ({out.returncode}): {out.stderr.strip()}\n{tail}"
            )

    def start(self) -> None:
        data = self.root / "data"
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        self.root.chmod(0o700)
        self.user = "postgres"
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            self.user,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        self.port = _free_port()
        options = " ".join(
            (
                "-c listen_addresses=127.0.0.1",
                f"-c port={self.port}",
                f"-c unix_socket_directories={self.root}",
                "-c max_connections=300",
            )
        )
        if self.fast:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        try:
            self._run(
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.root / "data"),
                "-m",
                "immediate",
                "stop",
            )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", password: str | None = None) -> str:
        """An SQLAlchemy URL for a database on this server (psycopg 3)."""
        auth = f"{self.user}:{password}" if password else self.user
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """Create a fresh, empty database; its SQLAlchemy URL."""
        name = f"t{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=self.user, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)


def start_server(fast: bool = True) -> PostgresServer:
    """Start a throwaway server (raises PostgresUnavailableError when it cannot)."""
    bindir = find_bindir()
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        raise PostgresUnavailableError("running as root without runuser: cannot start PostgreSQL")
    root = Path(tempfile.mkdtemp(prefix="jobs-pg-"))
    server = PostgresServer(root, bindir, fast=fast)
    try:
        server.start()
    except Exception:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server
