"""Re-run README's "A terminal session": the test fixtures served on loopback, real `jobs`.

Run from the repository root: python docs/examples/session.py [--columns 110]

Commands run on a pseudo-terminal of that width (as typed by a person), in a temporary
folder with its own database; the loopback port is printed as PORT.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import struct
import subprocess
import sys
import tempfile
import termios
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests import test_dedupe_store as acme
from tests.helpers import config_text, routes
from tests.loopback import LoopbackServer

COMMANDS = [
    "jobs scrape",
    "jobs search",
    'jobs search "machine learning" --country Germany',
    "jobs search --limit 3",
    "jobs show 1",
    "jobs stats --by role --min-count 1",
    "jobs export --format csv --columns title,company,salary_min,salary_max,sources -o jobs.csv",
    "head -4 jobs.csv",
    "jobs search --remote | cut -f3,4",
]


def on_terminal(command: str, cwd: Path, columns: int) -> str:
    """Output (stdout and stderr) of a shell command whose stdout is a terminal."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {**os.environ, "JOBS_CONFIG": "", "JOBS_DB": "", "TERM": "dumb"}
    # `jobs` is also a shell builtin: the commands name the console script by its path.
    script = str(Path(sys.executable).with_name("jobs"))
    command = command.replace("jobs ", f"{script} ")
    proc = subprocess.Popen(  # noqa: S602 - the fixed COMMANDS above, with a pipe
        command, shell=True, cwd=cwd, env=env, stdout=follower, stderr=subprocess.STDOUT
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait()
    os.close(leader)
    return b"".join(chunks).decode().replace("\r\n", "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--columns", type=int, default=110)
    args = parser.parse_args()
    served = {**routes(lever_count=0), **acme.routes()}
    with tempfile.TemporaryDirectory() as tmp, LoopbackServer(served) as server:
        cwd = Path(tmp)
        (cwd / "jobs.toml").write_text(
            config_text(server.url) + acme.CONFIG.replace("URL", server.url)
        )
        port = server.url.rsplit(":", 1)[1]
        for command in COMMANDS:
            print(f"$ {command}")
            full = (
                command.replace("jobs ", "jobs --db jobs.db ", 1)
                if command.startswith("jobs")
                else command
            )
            out = on_terminal(full, cwd, args.columns).replace(port, "PORT")
            print(out.rstrip("\n"))
            print()


if __name__ == "__main__":
    main()
