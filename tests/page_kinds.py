"""One sample URL of every page kind, for the quality gates (accessibility,
HTML validity, CSP, no third-party requests). Adding a page kind is one line."""

PAGE_KINDS: dict[str, str] = {
    "home": "",
    "about": "about/",
    "report": "reports/2019/2019-09-04-childrens-services/",
    "report-oldest": "reports/2017/2017-12-21-childrens-services/",
    "search": "search/",
    "not-found": "404.html",
    "commitments-index": "commitments/",
    "commitment": "commitments/family-group-conferencing/",
    "commitments-portfolio": "commitments/by-portfolio/childrens-services/",
    "commitments-member": "commitments/by-member/michael-carr/",
    "metrics-index": "metrics/",
    "metric": "metrics/children-looked-after/",
    "metric-count-only": "metrics/care-leavers/",
    "metric-readings": "metrics/children-looked-after/readings/2010-2019/",
    "reports-index": "reports/",
    "reports-year": "reports/2019/",
    "portfolios-index": "portfolios/",
    "portfolio": "portfolios/childrens-services/",
    "members-index": "members/",
    "member": "members/barrie-cooper/",
    "tags-index": "tags/",
    "tag": "tags/safeguarding/",
    "data": "data/",
    "corrections": "corrections/",  # with entries: tests/e2e/test_history_gates.py (a git-backed site)
}
