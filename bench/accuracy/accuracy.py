"""Role and level accuracy of `scraper.classify` on the labelled corpus of real titles.

Usage (from the repository root):

    python bench/accuracy/accuracy.py                 # the test split
    python bench/accuracy/accuracy.py --set dev --errors
    python bench/accuracy/accuracy.py --set train,dev --markdown
    python bench/accuracy/accuracy.py --corpus esco    # the ESCO titles (roles only)
    python bench/accuracy/accuracy.py --corpus esco-fr # ESCO's French labels (esco-es: Spanish)
    python bench/accuracy/accuracy.py --corpus esco-de # German (esco-it, -nl, -pl, -pt)
    python bench/accuracy/accuracy.py --corpus esco-sv # Swedish (-da, -no, -cs, ... -et)
    python bench/accuracy/accuracy.py --no-model       # the title rules alone
    python bench/accuracy/accuracy.py --corpus onet    # the O*NET titles (roles only)
    python bench/accuracy/accuracy.py --corpus market  # every market corpus, pooled
    python bench/accuracy/accuracy.py --corpus market-a,market-b  # several, pooled

Prints role and level accuracy, per-role and per-level precision and recall, and the
throughput of the run; `--errors` lists each wrong title with the rule that decided it.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scraper.classify import LEVELS, Classification, Taxonomy, classify, load_taxonomy
from scraper.normalize.text import clean_title, gender_free

CORPUS = Path(__file__).parent / "data" / "titles.tsv"
# Named corpora for --corpus (any other value is a path to a TSV of the same columns).
CORPORA = {
    "titles": CORPUS,
    "esco": CORPUS.with_name("esco_titles.tsv"),
    # ESCO's French and Spanish labels by the same mapping (eleventh session; scored once
    # with the session's start code before any rule used them).
    "esco-fr": CORPUS.with_name("esco_fr_titles.tsv"),
    "esco-es": CORPUS.with_name("esco_es_titles.tsv"),
    # ESCO's German, Italian, Dutch, Polish and Portuguese labels by the same mapping
    # (twelfth session; scored once with the session's start code before any rule used them).
    "esco-de": CORPUS.with_name("esco_de_titles.tsv"),
    "esco-it": CORPUS.with_name("esco_it_titles.tsv"),
    "esco-nl": CORPUS.with_name("esco_nl_titles.tsv"),
    "esco-pl": CORPUS.with_name("esco_pl_titles.tsv"),
    "esco-pt": CORPUS.with_name("esco_pt_titles.tsv"),
    # ESCO's labels in the thirteen further languages the MELO benchmark holds (Swedish ...
    # Estonian: build_esco.MORE_LANGS; twelfth session, scored once with the session's
    # start code before any rule or model used them).
    **{
        f"esco-{lang}": CORPUS.with_name(f"esco_{lang}_titles.tsv")
        for lang in ("sv", "da", "no", "cs", "sk", "hu", "ro", "bg", "hr", "sl", "lt", "lv", "et")
    },
    "market-a": CORPUS.with_name("market_a.tsv"),
    "market-b": CORPUS.with_name("market_b.tsv"),
    "market-c": CORPUS.with_name("market_c.tsv"),
    "market-d": CORPUS.with_name("market_d.tsv"),
    "market-e": CORPUS.with_name("market_e.tsv"),
    "market-f": CORPUS.with_name("market_f.tsv"),
    "market-g": CORPUS.with_name("market_g.tsv"),
    "market-h": CORPUS.with_name("market_h.tsv"),
    "market-i": CORPUS.with_name("market_i.tsv"),
    "market-j": CORPUS.with_name("market_j.tsv"),
    "market-k": CORPUS.with_name("market_k.tsv"),
    # Scored once at its arrival (fourth session) before any rule used it.
    "market-l": CORPUS.with_name("market_l.tsv"),
    # Held out: scored once, at the end of the session that merged it (fourth session).
    "market-m": CORPUS.with_name("market_m.tsv"),
    # Held out: scored once, at the fifth session's start (merged unscored by the fourth).
    "market-n": CORPUS.with_name("market_n.tsv"),
    # Held out: scored once, late in the fifth session (merged unscored that session).
    "market-o": CORPUS.with_name("market_o.tsv"),
    # Held out: scored once, at the sixth session's start (merged unscored by the fifth).
    "market-p": CORPUS.with_name("market_p.tsv"),
    # Held out: scored once, in the sixth session after its classes (merged that session).
    "market-q": CORPUS.with_name("market_q.tsv"),
    # Each scored once as held-out data in the seventh session (r after its first classes,
    # s after the session's classes, t at its end).
    "market-r": CORPUS.with_name("market_r.tsv"),
    "market-s": CORPUS.with_name("market_s.tsv"),
    "market-t": CORPUS.with_name("market_t.tsv"),
    # Each scored once as held-out data at the eighth session's start (market_u's last
    # 99 titles when they came).
    "market-u": CORPUS.with_name("market_u.tsv"),
    "market-v": CORPUS.with_name("market_v.tsv"),
    # Scored once as held-out data in the ninth session: a boundary corpus (titles with a
    # tech word that may or may not be that role; 82.2% test) and whole employer boards
    # of non-software employers (69.5% test).
    "market-w": CORPUS.with_name("market_w.tsv"),
    "market-x": CORPUS.with_name("market_x.tsv"),
    # Employer boards and national and aggregator boards of 2025-2026: scored once at the
    # ninth session's end (71.2% test).
    "market-y": CORPUS.with_name("market_y.tsv"),
    # Held out: US employers' Workday and Oracle lists (analyst searches), two ATS boards,
    # Chile's public-service board and a public-health job aggregator; no AI/ML/data-word
    # title (market_aa's). Scored once on arrival in the tenth session (71.3% test).
    "market-z": CORPUS.with_name("market_z.tsv"),
    # Held out: titles with an AI or data word (AI, GenAI, LLM, agentic, KI, 人工智慧) that
    # are and are not AI engineers, and their research and platform neighbours. Scored
    # once on arrival in the tenth session (75.0% test).
    "market-aa": CORPUS.with_name("market_aa.tsv"),
    # Held out: employers' whole boards (BASF's German board, energy firms, a Texas
    # region's university, clinics and bank), Business France's V.I.E board of French
    # employers of every kind and Croatia's public employment service (German, French and
    # Croatian titles). Scored once in the tenth session (75.9% test).
    "market-ab": CORPUS.with_name("market_ab.tsv"),
    # Held out: two Senegalese national boards of every function (French), a board of
    # India's global capability centres (banks, retailers, pharma, chip and IT firms) and
    # a Spanish board of school posts. Scored once in the eleventh session (77.9% test).
    "market-ac": CORPUS.with_name("market_ac.tsv"),
    # Held out: boundary titles (a word of the weak roles: engineer, scientist, research,
    # lab, platform, systems, cloud, test, analyst, security, AI, ML ...) of two new-grad
    # boards of every industry and a business-analyst board. Scored once on arrival in the
    # eleventh session (84.1% test).
    "market-ad": CORPUS.with_name("market_ad.tsv"),
    # Held out: Bay Area biotech and pharma employers' whole Greenhouse and Lever boards
    # (lab, clinical, drug-safety, quality and manufacturing work; 87 titles). Scored once
    # in the eleventh session (75.0% test).
    "market-ae": CORPUS.with_name("market_ae.tsv"),
    # Held out: a Flemish board, Mozambican employers, frontier-tech firms' whole boards,
    # Lazio's public employment centres and the US seasonal-jobs board; the eleventh
    # session's final honest measure, scored once with its final code (79.3% test).
    "market-af": CORPUS.with_name("market_af.tsv"),
    # Held out: three Saudi job boards (Sabbar, Tanqeeb, Wuzzuf; Arabic and English), the
    # Gulf's whole market. Scored once in the twelfth session with its start code (78.3%
    # test).
    "market-ag": CORPUS.with_name("market_ag.tsv"),
    # Held out: a job radar's public job APIs (Arbeitnow's German board, Himalayas,
    # Jobicy, Working Nomads, Remotive) and a European scanner's LinkedIn test, embedded
    # and AI results. Scored once in the twelfth session with its start code (83.1% test).
    "market-ah": CORPUS.with_name("market_ah.tsv"),
    # Held out: JobStreet Indonesia's postings of 2024 (Indonesian and English) and a
    # Korean collection of Saramin's and InThisWork's data, analytics and AI postings of
    # 2026. Scored once in the twelfth session with its start code (68.7% test).
    "market-aj": CORPUS.with_name("market_aj.tsv"),
    # Held out: Lynceus's slices of employers' own boards (Greenhouse, Lever, Ashby,
    # Workable, Workday; every function, US, UK, Europe, Asia), 2026-08. Scored once in the
    # thirteenth session with its start code (80.2% test).
    "market-ak": CORPUS.with_name("market_ak.tsv"),
    # Held out until the twelfth session's end: a London job finder, Kyujinbox Japan's
    # front-line trades, an agricultural academic board, Naukri software posts, Adzuna
    # France, AI firms' ATS boards. Scored once with the session's final code (d18bde7):
    # 91.3% test, 84.7% train+dev (the start code 90.3% / 83.9%).
    "market-ai": CORPUS.with_name("market_ai.tsv"),
    # Held out: Korea's public board Work24 (Gangnam, Korean), France Travail's Haute-Savoie
    # offers (French), Tenerife employers' boards and a Brazilian occupational-safety board.
    # Scored once in the thirteenth session with its start code (73.7% test).
    "market-al": CORPUS.with_name("market_al.tsv"),
    # Held out: Egypt's Wuzzuf board, the analysts of every function (2024-06) and its
    # engineering, data and AI postings (2026). Scored once in the thirteenth session with
    # its start code (74.0% role, 98.0% level test; 81.2% / 95.3% train+dev).
    "market-ao": CORPUS.with_name("market_ao.tsv"),
    # Held out: Vietnam's largest board, TopCV, 2025-05 (the whole national market, titles
    # as posted in Vietnamese). Scored once in the thirteenth session with its start code
    # (70.0% test).
    "market-ap": CORPUS.with_name("market_ap.tsv"),
    # Held out: venture-backed employers' whole boards (space, batteries, fusion, robotics,
    # chips, biotech, AI labs, clinics, retail; a start-up job site's feed, 2026-09). Scored
    # once in the fourteenth session with its start code (79.2% role, 88.3% level test).
    "market-as": CORPUS.with_name("market_as.tsv"),
    # Held out: New Zealand's whole job market on Seek (every classification, 2024 and
    # 2025) and Australia's ICT postings (2024-08). Scored once in the fourteenth session
    # with its start code (70.7% role, 98.9% level test; 79.0% / 97.6% train+dev).
    "market-at": CORPUS.with_name("market_at.tsv"),
    # Held out: AI-first companies' and AI labs' whole boards, developer-tool, fintech and
    # crypto boards (a job site's crawler, 2026-08) and Hong Kong's universities (2026-03).
    # Scored once in the fifteenth session with its start code (86.1% role, 93.7% level
    # test; 85.0% / 89.0% train+dev).
    "market-aw": CORPUS.with_name("market_aw.tsv"),
    # Held out: USAJOBS federal IT, data and cyber openings (2024-2025), EURES postings of
    # eleven EU states' public employment services (2025), an ATS job-data API's snapshot
    # and an Indian engineering search (2024). Scored once in the sixteenth session with
    # its start code (78.1% role, 89.0% level test; 72.6% / 92.1% train+dev).
    "market-az": CORPUS.with_name("market_az.tsv"),
    # The thirteenth session's final measure: labelled blind, then scored once with the
    # session's final code (market_am 90.5%, market_an 82.4% role on test; the session's
    # start code scored the same), then named here and trained on.
    "market-am": CORPUS.with_name("market_am.tsv"),
    "market-an": CORPUS.with_name("market_an.tsv"),
    # The fourteenth session's final measure: labelled blind, then scored once with the
    # session's final code (market_aq 87.1%, market_ar 83.3% role on test; the session's
    # start code scored the same), then named here and trained on.
    "market-aq": CORPUS.with_name("market_aq.tsv"),
    "market-ar": CORPUS.with_name("market_ar.tsv"),
    # The fifteenth session's final measure: labelled blind, then scored once with the
    # session's final code (market_au 78.3%, market_av 78.5% role on test; the start code
    # 75.4% and 79.7%), then named here and trained on.
    "market-au": CORPUS.with_name("market_au.tsv"),
    "market-av": CORPUS.with_name("market_av.tsv"),
    # The sixteenth session's first measure: labelled blind, then scored once with the code
    # after the session's classes (market_ax 83.1%, market_ay 85.7% role on test; the start
    # code the same), then named here and trained on.
    "market-ax": CORPUS.with_name("market_ax.tsv"),
    "market-ay": CORPUS.with_name("market_ay.tsv"),
    # The sixteenth session's final measure: labelled blind, then scored once with the
    # session's final code (market_ba 87.9%, market_bb 91.2% role on test; the start code
    # 87.9% and 88.8%), then named here and trained on.
    "market-ba": CORPUS.with_name("market_ba.tsv"),
    "market-bb": CORPUS.with_name("market_bb.tsv"),
    # Scored once with the start code of its branch in the seventeenth session (89.4% role
    # on test), then named here: Canada's public-service boards, SEEK New Zealand's labour
    # and trades results, Calgary's architecture searches.
    "market-be": CORPUS.with_name("market_be.tsv"),
    # The seventeenth session's market_bf (the job-board APIs the adapters read): labelled
    # blind, scored once with the branch's start code (87.0% role, 92.8% level on test;
    # train+dev 81.9% and 93.6%), then named here and its train/dev classes fixed.
    "market-bf": CORPUS.with_name("market_bf.tsv"),
    # Scored once with the start code of its branch in the seventeenth session (83.1% role
    # on test), then named here: Rozee.pk (Pakistan), the UAE's digital-economy employers.
    "market-bg": CORPUS.with_name("market_bg.tsv"),
    # The seventeenth session's final measure, each scored once with the session's final
    # code (test: market_bc 82.5% role, 95.0% level; market_bd 69.9%, 88.0%), then named.
    "market-bc": CORPUS.with_name("market_bc.tsv"),
    "market-bd": CORPUS.with_name("market_bd.tsv"),
    # Titles of languages the vocabulary lacked, each scored once before its words came.
    "lang-nordic": CORPUS.with_name("lang_nordic.tsv"),
    "lang-cee": CORPUS.with_name("lang_cee.tsv"),
    "lang-vah": CORPUS.with_name("lang_vah.tsv"),
    "lang-fis": CORPUS.with_name("lang_fis.tsv"),
    "lang-gdp": CORPUS.with_name("lang_gdp.tsv"),
    "lang-rtpi": CORPUS.with_name("lang_rtpi.tsv"),
    "lang-cjk": CORPUS.with_name("lang_cjk.tsv"),
    "onet": CORPUS.with_name("onet_titles.tsv"),
}
SETS = ("train", "dev", "test")
_NO_LEVEL = "-"
_UNLABELLED = "?"  # a corpus without seniority labels (ESCO, O*NET): level not scored


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled title of the corpus."""

    title: str
    role: str
    level: str  # "-" = no level, "?" = not labelled
    set: str
    source: str


def corpus_paths(spec: str) -> list[Path]:
    """The files of a --corpus value: names or paths, comma-separated; "market": market-*."""
    paths: list[Path] = []
    for part in (p.strip() for p in spec.split(",")):
        if part == "market":
            paths += [path for name, path in CORPORA.items() if name.startswith("market-")]
        elif part:
            paths.append(CORPORA.get(part, Path(part)))
    return paths


def load(path: Path, sets: Sequence[str]) -> list[Row]:
    """The corpus rows of the chosen splits."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t")
        rows = [Row(r["title"], r["role"], r["level"], r["set"], r["source"]) for r in reader]
    return [r for r in rows if r.set in sets]


def _table(gold: list[str], pred: list[str], labels: Sequence[str], markdown: bool) -> list[str]:
    """Per-label support, precision and recall (a label never predicted has precision '-')."""
    tp = Counter(g for g, p in zip(gold, pred, strict=True) if g == p)
    n_gold = Counter(gold)
    n_pred = Counter(pred)
    lines = []
    if markdown:
        lines += ["| label | n | precision | recall |", "|---|---:|---:|---:|"]
    for label in labels:
        if not n_gold[label] and not n_pred[label]:
            continue
        prec = f"{tp[label] / n_pred[label]:.2f}" if n_pred[label] else "-"
        rec = f"{tp[label] / n_gold[label]:.2f}" if n_gold[label] else "-"
        if markdown:
            lines.append(f"| {label} | {n_gold[label]} | {prec} | {rec} |")
        else:
            lines.append(f"  {label:<20} n={n_gold[label]:<4} precision {prec:>4}  recall {rec:>4}")
    return lines


_WORD = re.compile(r"[^\W_]+")


def lost_words(title: str) -> set[str]:
    """Words of a title (gender tags aside) that its display title drops."""
    shown, _, _ = clean_title(title)
    before = set(_WORD.findall(gender_free(title).casefold()))
    return before - set(_WORD.findall((shown or "").casefold()))


def report(
    rows: list[Row], *, markdown: bool = False, errors: bool = False, model: bool = True
) -> str:
    """The accuracy report of the classifier on `rows` (rules alone if not `model`)."""
    tax = load_taxonomy() if model else _rules_only()
    start = time.perf_counter()
    got: list[Classification] = [classify(r.title, taxonomy=tax) for r in rows]
    elapsed = time.perf_counter() - start
    n = len(rows)
    role_ok = sum(r.role == g.role for r, g in zip(rows, got, strict=True))
    levelled = [(r, g) for r, g in zip(rows, got, strict=True) if r.level != _UNLABELLED]
    n_lev = len(levelled) or 1
    level_ok = sum(r.level == (g.level or _NO_LEVEL) for r, g in levelled)
    both_ok = sum(r.role == g.role and r.level == (g.level or _NO_LEVEL) for r, g in levelled)
    out = [
        f"titles: {n}",
        f"role:  {role_ok / n:.1%} ({role_ok}/{n})",
        *(
            [
                f"level: {level_ok / n_lev:.1%} ({level_ok}/{len(levelled)})",
                f"both:  {both_ok / n_lev:.1%} ({both_ok}/{len(levelled)})",
            ]
            if levelled
            else ["level: not labelled in this corpus"]
        ),
        f"speed: {n / elapsed:,.0f} titles/s (one process, cold per-word cache)",
        f"title: {sum(not lost_words(r.title) for r in rows)} of {n} display titles keep"
        " every word",
        "",
        "roles:",
        *_table([r.role for r in rows], [g.role for g in got], tax.roles, markdown),
        "",
        "levels:",
        *_table(
            [r.level for r, _ in levelled],
            [g.level or _NO_LEVEL for _, g in levelled],
            [*LEVELS, _NO_LEVEL],
            markdown,
        ),
    ]
    if errors:
        out += ["", "errors (gold -> got: title | why):"]
        for r, g in zip(rows, got, strict=True):
            level = g.level or _NO_LEVEL
            if r.role != g.role:
                out.append(f"  role  {r.role} -> {g.role}: {r.title} | {g.role_reason}")
            if r.level not in (level, _UNLABELLED):
                out.append(f"  level {r.level} -> {level}: {r.title} | {g.level_reason}")
    return "\n".join(out)


def _rules_only() -> Taxonomy:
    """The built-in taxonomy with the role model turned off, as a user file can."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rules.toml"
        path.write_text("[model]\nenabled = false\n", encoding="utf-8")
        return load_taxonomy(path)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: choose the splits, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="test", help="split(s), comma-separated: train,dev,test")
    parser.add_argument(
        "--corpus",
        default="titles",
        help=f"{', '.join(CORPORA)} (default titles), market (every market corpus), or the"
        " path of a labelled TSV; several, comma-separated, are pooled",
    )
    parser.add_argument("--markdown", action="store_true", help="tables as Markdown")
    parser.add_argument("--errors", action="store_true", help="list every wrong title")
    parser.add_argument(
        "--no-model", action="store_true", help="the title rules alone, without the role model"
    )
    args = parser.parse_args(argv)
    sets = [s.strip() for s in args.set.split(",") if s.strip()]
    unknown = [s for s in sets if s not in SETS]
    if unknown or not sets:
        print(f"error: unknown split {', '.join(unknown) or '(none)'}; use {', '.join(SETS)}")
        return 2
    try:
        rows = [row for path in corpus_paths(args.corpus) for row in load(path, sets)]
    except (OSError, KeyError, csv.Error) as exc:
        print(f"error: cannot read the corpus {args.corpus}: {exc}")
        return 2
    if not rows:
        print(f"error: no rows in split(s) {', '.join(sets)}")
        return 2
    print(report(rows, markdown=args.markdown, errors=args.errors, model=not args.no_model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
