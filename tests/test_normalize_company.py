"""Company display names, and the identity key of the name as displayed."""

from __future__ import annotations

import pytest

from scraper.dedupe import company_key
from scraper.normalize.company import company_display

# One company key (scraper.dedupe's, the one stored): applied, as the pipeline does, to
# the name as displayed ("- Careers" already cut).
KEY_CASES: list[tuple[str | None, str]] = [
    ("The Acme Co., Inc.", "acme"),
    ("ACME", "acme"),
    ("Acme Inc", "acme"),
    ("Acme, Inc.", "acme"),
    ("Acme LLC", "acme"),
    ("Acme Ltd.", "acme"),
    ("Acme Limited", "acme"),
    ("Acme GmbH", "acme"),
    ("Acme AG", "acme"),
    ("Acme S.A.", "acme"),
    ("Acme SAS", "acme"),
    ("Acme B.V.", "acme"),
    ("Acme N.V.", "acme"),
    ("Acme Oy", "acme"),
    ("Acme AB", "acme"),
    ("Acme plc", "acme"),
    ("Acme Pty Ltd", "acme"),
    ("Acme Pvt. Ltd.", "acme"),
    ("Acme S.r.l.", "acme"),
    ("Acme SpA", "acme"),
    ("Acme Corp.", "acme"),
    ("Acme Corporation", "acme"),
    ("Acme GmbH & Co. KG", "acme"),
    ("Koala Labs B.V.", "koalalabs"),
    ("Koala-Labs", "koalalabs"),
    ("koala labs", "koalalabs"),
    ("Société Générale S.A.", "societegenerale"),
    ("Zebra & Sons LLC", "zebrasons"),
    ("Mistral-ish AI SAS", "mistralishai"),
    ("Quantum Koala", "quantumkoala"),
    ("Quantum Koala - Careers", "quantumkoala"),
    ("  ", ""),
    (None, ""),
]


@pytest.mark.parametrize(("name", "key"), KEY_CASES)
def test_company_key(name: str | None, key: str) -> None:
    assert company_key(company_display(name) or "") == key


@pytest.mark.parametrize(
    ("name", "shown"),
    [("  Koala Labs  ", "Koala Labs"), ("R&amp;D Koalas", "R&D Koalas"),
     ("Quantum Koala | Jobs", "Quantum Koala"), ("CafÃ© Labs", "Café Labs"), (None, None)],
)  # fmt: skip
def test_company_display(name: str | None, shown: str | None) -> None:
    assert company_display(name) == shown
