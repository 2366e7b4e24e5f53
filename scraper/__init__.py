"""jobs: collect job postings from public job boards into one searchable database."""

from __future__ import annotations

__version__ = "0.1.0"
