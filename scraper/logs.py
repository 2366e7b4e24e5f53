"""Logging set-up: human lines on a terminal, JSON lines for log shippers; secrets redacted."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

from scraper.redact import redact_text

# Libraries whose INFO lines are noise to an operator (Alembic logs 11 on a fresh database).
_NOISY = ("httpx", "httpcore", "apscheduler", "hpack", "alembic")


class RedactFilter(logging.Filter):
    """Rewrites each record's message so no URL in it carries credentials."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact, then let the record through."""
        message = record.getMessage()
        if "://" in message:
            record.msg, record.args = redact_text(message), None
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, and any `fields` extra."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as a JSON line."""
        data: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat().replace("+00:00", "Z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            data.update(fields)
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


def setup_logging(fmt: str = "text", level: int = logging.INFO) -> None:
    """Configure the root logger once: stderr, text or JSON, redacted, quiet libraries."""
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    handler.addFilter(RedactFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in _NOISY:
        # httpx logs every request URL at INFO; never let that through.
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
