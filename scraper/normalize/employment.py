"""Employment type: full_time, part_time, contract, internship, temporary."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

EMPLOYMENT_TYPES = ("full_time", "part_time", "contract", "internship", "temporary")

# Order matters: the first family that matches wins, so "Contract to hire" is a contract,
# "Part-time internship" an internship and "Temporary full-time" temporary.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "internship",
        re.compile(
            r"intern(?:ship)?s?\b|\bco-?op\b|werkstudent\w*|working student|praktik\w*|"
            r"\bstage\b|stagiaire|alternan\w*|apprentice\w*|ausbildung|trainee|pasant\w*|"
            r"becario|实习|インターン",
            re.I,
        ),
    ),
    (
        "contract",
        re.compile(
            r"contract\w*|freelan\w*|\bcdd\b|befristet|\bc2h\b|consultan(?:t|cy) basis|"
            r"self[- ]employed|\b1099\b|independent|zeitarbeit|interim|auftrag|contrato|"
            r"per project|fixed[- ]term",
            re.I,
        ),
    ),
    ("temporary", re.compile(r"\btemp\b|temporar\w*|seasonal|aushilfe|saisonal|临时", re.I)),
    (
        "part_time",
        re.compile(
            r"part[\s_-]?time|parttime|teilzeit|temps partiel|\bminijob\b|media jornada|"
            r"tiempo parcial|兼职|パート",
            re.I,
        ),
    ),
    (
        "full_time",
        re.compile(
            r"full[\s_-]?time|fulltime|\bpermanent\b|\bregular\b|vollzeit|\bcdi\b|"
            r"festanstellung|unbefristet|temps plein|tiempo completo|jornada completa|"
            r"全职|正社員|^full$|^salaried$|是否全职：是",
            re.I,
        ),
    ),
)


def employment_type(*values: str | Iterable[str] | None, title: str | None = None) -> str | None:
    """The first type named in the source's fields or texts ('FullTime', 'CDI', 'Werkstudent').

    A title naming an internship, contract or temporary job wins over a generic
    'full time' field: boards default that field, and "Research Intern" is an internship.
    """
    from_title = _first((title,)) if title else None
    found = _first(values)
    if from_title in ("internship", "contract", "temporary") and found in (None, "full_time"):
        return from_title
    return found or from_title


def _first(values: Iterable[str | Iterable[str] | None]) -> str | None:
    for value in values:
        if value is None:
            continue
        items = [value] if isinstance(value, str) else list(value)
        for item in items:
            if isinstance(item, str) and (kind := _kind(item)) is not None:
                return kind
    return None


@lru_cache(maxsize=4096)
def _kind(text: str) -> str | None:
    """The first type a text names. Memoised: field values ("Full-time") and titles repeat,
    and five searches per text were ~10 us of every posting."""
    if not text.strip():
        return None
    for kind, pattern in _PATTERNS:
        if pattern.search(text):
            return kind
    return None
