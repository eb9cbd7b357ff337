"""Shared pieces of the fourteenth held-out set's templates. The report machinery (figures, dates,
members in post, the truth it yields) is ../heldout3/h3_model's; the sentences carrying numbers
that are not figures ../heldout8/h8_common's; titles, decisions and helpers ../heldout11's; the
performance table and the page layout engine ../heldout12/h12_common's. This module adds the
earlier sets to keep clear of, Welsh words for the indicators and a few text helpers.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from h12_common import (ADDRESS, DAYS, MONTHS, PORTFOLIOS, Fig, Job, Op, Pager, Report, _extras, background,  # noqa: F401
                        cap, cross, decision, dotted, draw_ops, ends, items, later, long, lookalike, meeting_date,
                        new_report, noun, ordinal, ordinal_long, other_member, perf, perf_rows, quarter, quarter_name,
                        rate_short, rate_words, row_rate, short_month, slash, subcount, thanks, trap_lines, who, wrap)

EARLIER = ("", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
           "heldout9", "heldout10", "heldout11", "heldout12", "heldout13")


def taken(corpus: Path) -> set:
    """(date, portfolio) pairs the other sets use: no document here shares one."""
    used = set()
    for sub in EARLIER:
        for t in json.loads((corpus / sub / "truth.json").read_text(encoding="utf-8")).values():
            used.add((dt.date.fromisoformat(t["date"]), t["portfolio"]))
    return used


WELSH = {
    "children-in-need": "plant mewn angen", "child-protection-plans": "plant ar gynllun amddiffyn plant",
    "children-looked-after": "plant sy'n derbyn gofal", "care-leavers": "pobl ifanc sy'n gadael gofal",
    "childrens-assessments-completed": "asesiad gofal cymdeithasol plant wedi'u cwblhau",
    "ehc-plans": "plentyn a pherson ifanc gyda chynllun EHC", "education-assessments-completed": "asesiad anghenion EHC wedi'u cwblhau",
    "ehcp-within-20-weeks": "o gynlluniau EHC newydd o fewn 20 wythnos", "elective-home-education": "plentyn yn cael addysg ddewisol yn y cartref",
    "young-people-neet": "person ifanc heb fod mewn addysg, cyflogaeth na hyfforddiant",
    "asc-referrals-received": "atgyfeiriad gofal cymdeithasol oedolion", "long-term-support": "oedolyn yn derbyn cymorth hirdymor",
    "care-home-admissions-65": "derbyniad parhaol i ofal preswyl a nyrsio (65+)", "safeguarding-enquiries": "ymholiad diogelu (Adran 42)",
    "housing-referrals-received": "atgyfeiriad digartrefedd", "temporary-accommodation": "aelwyd mewn llety dros dro",
    "homelessness-preventions": "aelwyd y cafodd eu digartrefedd ei atal", "housing-register": "aelwyd ar y gofrestr tai",
    "dfg-completed": "grant cyfleusterau i'r anabl wedi'u cwblhau", "fly-tipping": "digwyddiad tipio anghyfreithlon",
    "missed-bins": "casgliad bin a fethwyd", "recycling-rate": "o wastraff y cartref wedi'i ailgylchu neu ei gompostio",
    "fixed-penalty-notices": "hysbysiad cosb benodedig", "environment-complaints-received": "cwyn am wastraff a glanhau strydoedd",
    "asb-incidents": "digwyddiad ymddygiad gwrthgymdeithasol", "domestic-abuse-incidents": "digwyddiad cam-drin domestig",
    "community-protection-notices": "hysbysiad diogelu'r gymuned", "marac-cases": "achos MARAC",
    "jobs-created": "swydd wedi'u creu neu eu diogelu", "businesses-supported": "busnes wedi'u cefnogi",
    "vacant-town-centre-units": "uned wag yng nghanol y dref", "major-planning-13-weeks": "o geisiadau cynllunio mawr o fewn 13 wythnos",
    "finance-complaints-received": "cwyn gorfforaethol (cam 1)", "benefit-claims-processed": "hawliad budd-dal newydd wedi'u prosesu",
    "foi-requests": "cais Rhyddid Gwybodaeth", "library-visits": "ymweliad â'r llyfrgell",
    "leisure-attendances": "ymweliad â chanolfannau hamdden", "active-volunteers": "gwirfoddolwr gweithredol",
    "museum-visits": "ymweliad ag amgueddfeydd ac orielau", "smoking-quitters": "person wedi rhoi'r gorau i ysmygu (4 wythnos)",
    "health-checks": "Gwiriad Iechyd GIG", "adults-in-treatment": "oedolyn mewn triniaeth cyffuriau ac alcohol",
}
WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                "Hydref", "Tachwedd", "Rhagfyr"]
WELSH_DAYS = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]
WELSH_VERBS = {"approve": "cymeradwyo", "agree": "cytuno ar", "endorse": "cefnogi"}


def welsh_date(d: dt.date, weekday: bool = True) -> str:
    t = f"{d.day} {WELSH_MONTHS[d.month - 1]} {d.year}"
    return f"{WELSH_DAYS[d.weekday()]}, {t}" if weekday else t


def number_words(n: int) -> str:
    """'about twelve hundred' style rounding used in Easy Read."""
    from h7_common import words
    return words(n).replace("-", " ")
