"""Held-out-8 templates written as a web page and as plain text:

  intranet-tabbed-page  a staff intranet news page in a SharePoint-style modern page's markup:
                        canvas zones and web parts, a hero with the meeting, people cards for
                        the Cabinet Member and the author, the figures in tabs (one panel per
                        quarter, earlier quarters' panels hidden in the markup), the
                        recommendations in a collapsed accordion, events with other meetings,
                        news of other portfolios, views, likes and comments
  line-printer-listing  a report printed by an old corporate performance system on a line
                        printer and kept as its print file: ASA carriage control in column 1,
                        132-column pages with a repeated header (program id, run date,
                        page), everything in capitals, DDMMMYY dates, fixed-width columns,
                        an asterisked provisional figure, a variance column, record counts
"""
from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from council import COUNCIL, DOMAIN, PORTFOLIOS
from h3_model import Job
from h8_common import (Report, background, cap, colleague, cross, ddmmmyy, iso, last_quarter_end, later, long,
                       lookalike, member_text, noun, quarter_name, quarters_back, rate_words, short_month, slash,
                       status, subcount, trap_lines, wrap)
from h8_words import DIRECTORS, decision

E = html.escape


# =====================================================================================
# intranet-tabbed-page
# =====================================================================================

CSS = """body{font-family:"Segoe UI",Arial,sans-serif;margin:0;color:#323130}
.suiteBar{background:#0b5a3c;color:#fff;padding:8px 16px}.siteHeader{padding:16px;border-bottom:1px solid #edebe9}
.CanvasZone{padding:12px 24px}.CanvasSection{display:inline-block;vertical-align:top}
.CanvasSection--twoThirds{width:64%}.CanvasSection--oneThird{width:32%}
.ms-Persona{display:flex;gap:8px;margin:8px 0}.ms-Persona-initials{background:#0b5a3c;color:#fff;border-radius:50%;width:40px;height:40px;text-align:center;line-height:40px}
[role=tablist] button{border:0;background:none;padding:6px 12px}[role=tablist] button[aria-selected=true]{border-bottom:2px solid #0b5a3c;font-weight:600}
.accordion-panel[hidden],[role=tabpanel][hidden]{display:none}
table.kpi{border-collapse:collapse}table.kpi td,table.kpi th{border-bottom:1px solid #edebe9;padding:4px 8px}"""


def make_intranet(r: Report, final: Path, work: Path) -> Job:
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(10, 35)))
    qs = quarters_back(q_end, 3)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=2, rates=1.0)
    r.figs = list(figs)
    form = ["cllr-full", "full", "cllr-dot", "bare", "cllr-initial"][r.variant % 5]
    who, t = member_text(r, form)
    r.traits |= t
    dform = r.variant % 3
    meet = [long(r.meeting, weekday=True, comma=True), slash(r.meeting), short_month(r.meeting, weekday=True)][dform]
    r.traits |= [{"weekday-date"}, {"slash-date"}, {"weekday-date", "abbreviated-weekday"}][dform]
    latest_first = r.variant % 2 == 1
    r.traits |= {"html-page", "tabs", "hidden-panels", "accordion", "intranet", "site-navigation",
                 "period-columns", "target-column", "performance-table", "figures-at-heading"}
    # one tab per quarter; only the latest is shown
    provisional = rng.choice(figs)
    panels, tabs = [], []
    order = list(range(3))[::-1] if latest_first else list(range(3))
    for k in order:
        qe = qs[k]
        latest = k == 2
        rows = ["<tr><th>Measure</th><th>Value</th><th>Target</th><th>Status</th></tr>"]
        for f in figs:
            v = f.value if latest else f.history[k]
            shown = f.show(v)
            if latest and f is provisional:
                shown += " (provisional)"
                f.marker = "p"
            rows.append(f"<tr><td>{E(f.label)}</td><td>{shown}</td><td>{E(f.target)}</td>"
                        f"<td>{status(f, v)}</td></tr>")
            if f.rate is not None:
                rate = f.rate if latest else f.rate_at(v, qe)
                rows.append(f"<tr><td>&nbsp;&nbsp;rate per {f.metric.rate_per:,} {E(rate_words(f).split(' ', 3)[3])}"
                            f"</td><td>{rate:.1f}</td><td></td><td></td></tr>")
                r.traits.add("rate-row")
        if latest:
            lab, vals = lookalike(r, 1)
            rows.insert(rng.randint(1, len(rows)), f"<tr><td>{E(lab)}</td><td>{vals[0]}</td><td>-</td><td></td></tr>")
        tid = f"tab-{quarter_name(qe, 'short').lower()}-{qe.year}"
        tabs.append(f'<button role="tab" id="{tid}" aria-controls="panel-{tid}" aria-selected="{"true" if latest else "false"}"'
                    f' tabindex="{0 if latest else -1}">{E(quarter_name(qe))}</button>')
        panels.append(f'<div role="tabpanel" id="panel-{tid}" aria-labelledby="{tid}"{"" if latest else " hidden"}>'
                      f'<p class="panel-heading">Data as at {E(long(qe))}</p>'
                      f'<table class="kpi">{"".join(rows)}</table></div>')
    ext = later(r, figs, r.report_date - dt.timedelta(days=rng.randint(2, 9)), rate=True)
    ext_html = ""
    if ext:
        r.figs.append(ext)
        ext_html = (f"<p><strong>Weekly snapshot:</strong> {ext.show()} {E(noun(rng, ext.key))} on "
                    f"{E(long(ext.as_of))}" + (f" ({E(rate_words(ext))})." if ext.rate is not None else ".") + "</p>")
        if ext.rate is not None:
            r.traits.add("rate-in-line")
    items = [decision(d, "lower") for d in r.decisions[:3]]
    lis = ["<li>note the quarterly performance position;</li>"]
    for i, it in enumerate(items):
        t = it + ("; and" if i == len(items) - 2 else ";" if i < len(items) - 1 else ".")
        lis.append(f"<li>{E(t)}</li>")
        r.commit(t)
    r.traits |= {"lead-in", "standing-resolution", "html-ordered-list", "collapsed-recommendations"}
    col = colleague(r)
    comments = []
    if col:
        comments.append(f'<div class="comment"><span class="author">{E(col[0].name)}</span> '
                        f'<span class="role">{E(PORTFOLIOS[col[1]])} portfolio</span><p>Good to see the joint work '
                        f'paying off - thanks all.</p><span class="when">{rng.randint(2, 6)} days ago</span></div>')
        r.traits.add("other-member-named")
    comments.append(f'<div class="comment"><span class="author">{E(r.officer[0])}</span><p>Slides from the staff '
                    f'briefing are in the document library.</p></div>')
    pred = ""
    if r.predecessor:
        pred = (f"<p>{E(who)} paid tribute to Councillor {E(r.predecessor.name)}, who led the portfolio "
                "before the elections.</p>")
        r.traits.add("predecessor-thanked")
    o_m, o_v = cross(r, q_end, pair=True)
    nxt = r.meeting + dt.timedelta(weeks=rng.randint(3, 5))
    scr = r.meeting + dt.timedelta(days=rng.randint(8, 16))
    modified = r.report_date + dt.timedelta(days=rng.randint(1, 4))
    traps = " ".join(trap_lines(r, ["trap-money", "trap-other-council", "trap-percent"]))
    g = rng.choice([f for f in figs if not f.percent] or figs)
    r.traits |= {"other-meetings-listed", "trap-other-meeting-date", "trap-page-updated-date", "trap-counts",
                 "agenda-item-number", "people-cards", "report-date-before-meeting-date"}
    page = f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="utf-8">
<title>{E(r.title)} - {r.executive} briefing - The Hub</title>
<style>{CSS}</style></head>
<body class="SPPage">
<div class="suiteBar"><span>The Hub</span> &middot; <span>{E(COUNCIL)} intranet</span></div>
<div class="siteHeader"><nav aria-label="Site"><ul><li><a href="/sites/hub">Home</a></li><li><a href="/sites/hub/news">News</a></li>
<li><a href="/sites/hub/democracy">Democracy</a></li><li><a href="/sites/hub/directorates/{r.portfolio}">{E(PORTFOLIOS[r.portfolio])}</a></li></ul></nav></div>
<div data-automation-id="pageHeader" class="pageTitle"><h1>{E(r.title)}</h1>
<p class="topicHeader">{r.executive} briefing</p>
<p class="byline">Published {E(short_month(modified))} by Communications and Marketing</p></div>
<div class="CanvasZone" data-sp-canvascontrol="zone1">
<div class="CanvasSection CanvasSection--twoThirds">
<div data-sp-webpart="Text" class="cke_editable">
<p><strong>Meeting:</strong> {r.executive}, {E(meet)} &ndash; agenda item {r.item}</p>
<p>{E(background(r, 1)[0])} This briefing summarises the report going to {r.executive} for staff in the service.</p>{pred}
</div>
<div data-sp-webpart="Tabs" class="tabsWebPart"><h2>Performance</h2>
<div role="tablist" aria-label="Quarters">{"".join(tabs)}</div>
{"".join(panels)}
{ext_html}
<p>{E(subcount(r, g))} {E(traps)}</p>
</div>
<div data-sp-webpart="Accordion" class="accordionWebPart">
<h3><button class="accordion-trigger" aria-expanded="false" aria-controls="acc-1" id="acc-1-h">What {r.executive} is asked to agree</button></h3>
<div id="acc-1" role="region" aria-labelledby="acc-1-h" class="accordion-panel" hidden>
<p>The {E(r.role)} recommends that {r.executive}:</p><ol type="a">{"".join(lis)}</ol></div>
<h3><button class="accordion-trigger" aria-expanded="false" aria-controls="acc-2" id="acc-2-h">What this means for staff</button></h3>
<div id="acc-2" role="region" aria-labelledby="acc-2-h" class="accordion-panel" hidden>
<p>Team briefings will follow. {E(trap_lines(r, ['trap-teams'])[0])}</p></div>
<h3><button class="accordion-trigger" aria-expanded="false" aria-controls="acc-3" id="acc-3-h">Contacts</button></h3>
<div id="acc-3" role="region" aria-labelledby="acc-3-h" class="accordion-panel" hidden>
<p>{E(r.officer[0])}, {E(r.officer[1])}, {E(r.officer[2])}, <a href="mailto:{E(r.officer[3])}">{E(r.officer[3])}</a></p></div>
</div>
</div>
<div class="CanvasSection CanvasSection--oneThird">
<div data-sp-webpart="People" class="peopleWebPart"><h2>People</h2>
<div class="ms-Persona"><div class="ms-Persona-initials">{E(r.member.first[0] + r.member.surname[0])}</div><div>
<div class="ms-Persona-primaryText">{E(who)}</div><div class="ms-Persona-secondaryText">{E(r.role)}</div></div></div>
<div class="ms-Persona"><div class="ms-Persona-initials">{E(DIRECTORS[r.portfolio][0][0])}</div><div>
<div class="ms-Persona-primaryText">{E(DIRECTORS[r.portfolio][0])}</div><div class="ms-Persona-secondaryText">{E(DIRECTORS[r.portfolio][1])}</div></div></div>
</div>
<div data-sp-webpart="Events" class="eventsWebPart"><h2>Upcoming meetings</h2><ul>
<li><time datetime="{iso(scr)}">{E(short_month(scr))}</time> Overview and Scrutiny Committee</li>
<li><time datetime="{iso(nxt)}">{E(short_month(nxt))}</time> {r.executive}</li></ul></div>
<div data-sp-webpart="NewsReel" class="newsWebPart"><h2>More news</h2><ul>
<li><a href="#">{E(PORTFOLIOS[o_m.portfolio])}: {o_v:,} {E(noun(rng, o_m.key))} at {E(long(q_end))}</a></li>
<li><a href="#">Staff survey closes {E(short_month(r.meeting + dt.timedelta(days=rng.randint(10, 20))))}</a></li></ul></div>
<div data-sp-webpart="QuickLinks"><h2>Quick links</h2><ul><li><a href="#">{r.executive} agendas</a></li><li><a href="#">Priorities for {E(PORTFOLIOS[r.portfolio])}</a></li></ul></div>
</div>
</div>
<div class="socialBar"><span class="views">{rng.randint(120, 990)} views</span> <span class="likes">{rng.randint(3, 40)} likes</span></div>
<div class="comments"><h2>Comments</h2>{"".join(comments)}</div>
<footer><p>Modified {E(slash(modified))} &middot; {E(DOMAIN)} &middot; OFFICIAL</p></footer>
</body></html>
"""
    final.write_text(page, encoding="utf-8")
    return Job(r, final, final, [])


# =====================================================================================
# line-printer-listing
# =====================================================================================

def _code(r: Report, f) -> str:
    return f"{r.portfolio[:3].upper()}{sum(map(ord, f.key)) % 900 + 100:03d}"


def listing_lines(r: Report) -> list[str]:
    """The print file's lines (ASA carriage control in column 1), everything in capitals."""
    rng = r.rng
    q_end = last_quarter_end(r.report_date - dt.timedelta(days=rng.randint(8, 30)))
    qs = quarters_back(q_end, 4)
    figs = r.draw(rng.randint(3, 4), q_end, n_history=3, rates=1.0)
    r.figs = list(figs)
    form = ["upper-initial", "upper-full", "upper-initial", "surname-first"][r.variant % 4]
    who, t = member_text(r, form)
    who = who.upper()
    r.traits |= t | {"member-upper-case"}
    run = r.report_date - dt.timedelta(days=rng.randint(0, 3))
    prog = f"PFR{rng.randint(200, 299)}"
    r.traits |= {"plain-text", "line-printer", "asa-carriage-control", "upper-case", "fixed-width-columns",
                 "mainframe-date", "report-date-before-meeting-date", "repeated-running-header", "running-header"}
    W = 132
    page = [0]
    clock = f"{rng.randint(5, 6):02d}.{rng.randint(0, 59):02d}.{rng.randint(0, 59):02d}"
    user = f"USER ID: PERF{rng.randint(1, 9):02d}"

    def header() -> list[str]:
        page[0] += 1
        left = f"{prog}   {COUNCIL.upper()}"
        mid = "CORPORATE PERFORMANCE SYSTEM (CPS)"
        right = f"RUN {slash(run, short=True)} {clock}   PAGE {page[0]:>4}"
        line1 = left + " " * max(2, (W - len(left) - len(mid)) // 2 - 10) + mid
        line1 = line1 + " " * max(2, W - len(line1) - len(right)) + right
        return ["1" + line1,
                " " + f"REPORT TO {r.executive.upper()} MEETING OF {ddmmmyy(r.meeting)}   ITEM {r.item:02d}".ljust(90)
                + user.rjust(W - 90),
                " " + f"PORTFOLIO: {PORTFOLIOS[r.portfolio].upper()}".ljust(60) + f"PORTFOLIO HOLDER: {who}",
                " " + "-" * W]

    out = header()
    r.traits |= {"agenda-item-number", "ddmmmyy-date"}
    out += ["0" + f"SUBJECT: {r.title.upper()}",
            " " + f"PERIOD: {quarter_name(q_end, 'quarter').upper()}   DATA AS AT {ddmmmyy(q_end)}   "
                  f"PRODUCED FOR {r.executive.upper()} {slash(r.meeting, short=True)}",
            "0" + "SECTION A - INDICATORS"]
    r.traits |= {"figures-at-heading", "period-columns", "target-column", "rate-column", "rag-column",
                 "variance-column", "performance-table", "slash-date", "short-year-slash-date"}
    hdr = (f"{'IND':<8}{'DESCRIPTION':<52}{'PERIOD':<10}{'ACTUAL':>10}{'PREV QTR':>10}{'TARGET':>10}"
           f"{'VAR':>8}{'RATE':>9}  {'ST':<3}")
    out += [" " + hdr, " " + "-" * len(hdr)]
    star = rng.choice(figs)
    rows = []
    for f in figs:
        actual = f.show() + ("*" if f is star else "")
        if f is star:
            f.marker = "star"
        tgt = f.target
        var = f.value - float(tgt.rstrip("%").replace(",", ""))
        varS = f"{var:+.1f}" if f.percent else f"{int(var):+d}"
        rate = f"{f.rate:.1f}" if f.rate is not None else ""
        rows.append(f"{_code(r, f):<8}{f.label.upper()[:50]:<52}{quarter_name(q_end, 'qq'):<10}{actual:>10}"
                    f"{f.show(f.history[-1]):>10}{tgt:>10}{varS:>8}{rate:>9}  {status(f)[0]:<3}")
    lab, vals = lookalike(r, 2)
    rows.insert(rng.randint(1, len(rows)), f"{r.portfolio[:3].upper()}{rng.randint(900, 999):<5}{lab.upper()[:50]:<52}"
                f"{quarter_name(q_end, 'qq'):<10}{vals[0]:>10}{vals[1]:>10}{'':>10}{'':>8}{'':>9}  ")
    out += [" " + x for x in rows]
    rated = [f for f in figs if f.rate is not None]
    foot = "* PROVISIONAL.  VAR = ACTUAL LESS TARGET.  ST = G/A/R."
    if rated:
        foot += "  RATE = PER " + " / ".join(sorted({f"{f.metric.rate_per:,} {rate_words(f).split(' ', 3)[3].upper()}" for f in rated}))
        r.traits.add("rate-printed")
    out += [" " + foot]
    # earlier quarters
    out += ["0" + "SECTION B - PREVIOUS QUARTERS (FOR INFORMATION)"]
    h2 = f"{'IND':<8}" + "".join(f"{quarter_name(q, 'qq'):>12}" for q in qs[:3])
    out += [" " + h2]
    for f in figs:
        out.append(" " + f"{_code(r, f):<8}" + "".join(f"{f.show(v):>12}" for v in f.history))
    # narrative, wrapped in capitals
    out += header()
    out += ["0" + "SECTION C - COMMENTARY"]
    g = rng.choice([f for f in figs if not f.percent] or figs)
    paras = [background(r, 1)[0], subcount(r, g),
             " ".join(trap_lines(r, ["trap-other-council", "trap-money", "trap-percent"])), cross(r, q_end)]
    ext = later(r, figs, r.report_date - dt.timedelta(days=rng.randint(1, 6)))
    if ext:
        r.figs.append(ext)
        paras.insert(1, f"Latest weekly count at {ddmmmyy(ext.as_of)}: {ext.show()} {noun(rng, ext.key)}.")
    if r.predecessor:
        paras.append(f"The Portfolio Holder thanks Cllr {r.predecessor.name}, the previous Portfolio Holder.")
        r.traits.add("predecessor-thanked")
    col = colleague(r)
    if col:
        paras.append(f"Joint item with Cllr {col[0].first[0]} {col[0].surname} ({PORTFOLIOS[col[1]]}) to follow "
                     f"at the {r.executive} on {ddmmmyy(r.meeting + dt.timedelta(weeks=4))}.")
        r.traits |= {"other-member-named", "trap-other-meeting-date"}
    for p in paras:
        for line in wrap(p.upper().replace("£", "GBP "), width=100).split("\n"):
            out.append(" " + line)
        out.append(" ")
    out += ["0" + "SECTION D - RECOMMENDATIONS", " " + f"THAT THE {r.executive.upper()}:"]
    out.append(" " + "R01  NOTES THE PERFORMANCE IN SECTIONS A TO C;")
    items = [decision(d, "third").upper() for d in r.decisions[:3]]
    for i, it in enumerate(items):
        t = it + ("; AND" if i == len(items) - 2 else ";" if i < len(items) - 1 else ".")
        lines = wrap(t, width=100, first=f"R{i + 2:02d}  ", indent="      ").split("\n")
        out += [" " + x for x in lines]
        r.commit(t[:-5] + ";" if t.endswith("; AND") else t)
    r.traits |= {"lead-in", "standing-resolution", "r-numbering", "typed-numbering", "upper-case-commitments"}
    out += ["0" + f"CONTACT: {r.officer[0].upper()}  EXT {rng.randint(2000, 2999)}",
            "0" + f"*** END OF REPORT {prog} ***   RECORDS READ {rng.randint(300, 9000):06d}   "
                  f"RECORDS PRINTED {len(out):06d}"]
    r.traits |= {"trap-phone", "trap-record-counts"}
    return out


def make_listing(r: Report, final: Path, work: Path) -> Job:
    lines = listing_lines(r)
    final.write_text("\n".join(x.rstrip() for x in lines) + "\n", encoding="ascii")
    return Job(r, final, final, [])
