"""One sample URL of every page kind, for the quality gates (accessibility,
HTML validity, CSP, no third-party requests). Adding a page kind is one line."""

PAGE_KINDS: dict[str, str] = {
    "home": "",
    "about": "about/",
    "report": "reports/2019/2019-09-04-childrens-services/",
    "report-oldest": "reports/2017/2017-12-21-childrens-services/",
    "search": "search/",
    "not-found": "404.html",
}
