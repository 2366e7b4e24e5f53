"""Employment type from source fields, titles and localized labels."""

from __future__ import annotations

import pytest

from scraper.normalize.employment import employment_type

CASES: list[tuple[str | None, str | None]] = [
    ("FullTime", "full_time"),
    ("Full-time", "full_time"),
    ("full_time", "full_time"),
    ("Full Time", "full_time"),
    ("FULL_TIME", "full_time"),
    ("Regular Full Time (Salary)", "full_time"),
    ("Permanent", "full_time"),
    ("Regular", "full_time"),
    ("full", "full_time"),
    ("Vollzeit", "full_time"),
    ("Festanstellung", "full_time"),
    ("CDI", "full_time"),
    ("Temps plein", "full_time"),
    ("Tiempo completo", "full_time"),
    ("全职", "full_time"),
    ("是否全职：是", "full_time"),
    ("PartTime", "part_time"),
    ("Part-time", "part_time"),
    ("part_time", "part_time"),
    ("Teilzeit", "part_time"),
    ("Temps partiel", "part_time"),
    ("Contract", "contract"),
    ("Contractor", "contract"),
    ("Contract to hire", "contract"),
    ("C2H", "contract"),
    ("freelance", "contract"),
    ("Freelancer", "contract"),
    ("CDD", "contract"),
    ("Befristet", "contract"),
    ("Fixed-term", "contract"),
    ("1099", "contract"),
    ("Internship", "internship"),
    ("Intern", "internship"),
    ("Werkstudent", "internship"),
    ("Werkstudentin", "internship"),
    ("Working Student", "internship"),
    ("Praktikum", "internship"),
    ("Stage", "internship"),
    ("Alternance", "internship"),
    ("Apprenticeship", "internship"),
    ("Co-op", "internship"),
    ("Part-time internship", "internship"),
    ("Temporary", "temporary"),
    ("Temp", "temporary"),
    ("Seasonal", "temporary"),
    ("berufserfahren", None),
    ("", None),
    (None, None),
    ("Other", None),
]


@pytest.mark.parametrize(("value", "kind"), CASES)
def test_employment_type(value: str | None, kind: str | None) -> None:
    assert employment_type(value) == kind


@pytest.mark.parametrize(
    ("field", "title", "kind"),
    [("FullTime", "Research Intern", "internship"), ("FullTime", "ML Engineer", "full_time"),
     (None, "(1099 Contract) Koala CRM Consultant", "contract"),
     ("Part-time", "Data Analyst", "part_time"), (None, "Werkstudent Data Science", "internship"),
     ("Contract", "Intern", "contract"), (None, "Data Engineer", None),
     ("FullTime", "Temporary Data Labeler", "temporary")],
)  # fmt: skip
def test_title_refines_field(field: str | None, title: str, kind: str | None) -> None:
    assert employment_type(field, title=title) == kind


def test_lists_of_labels() -> None:
    assert employment_type(["berufserfahren", "Vollzeit"]) == "full_time"
    assert employment_type([], "Contract") == "contract"
