"""The third held-out set's own wording, portfolio by portfolio: officers, report titles, the
decisions a report asks for, a member's priorities, background lines, rows that only look like
an indicator, and the Welsh the bilingual template needs. Written afresh for this set: none of
it is taken from the tuning set's or the earlier held-out sets' phrases.

Decisions are (verb, object). `decision` gives the forms councils print: "Approve the ..."
(after "Cabinet is recommended to:"), "approves the ..." (after "That Cabinet:"), "That Cabinet
approves the ...", "To approve the ...".
"""
from __future__ import annotations

COMPARATORS = ["Ravensworth", "Low Fell Vale", "Castlebrough", "Penistow", "Marlcliffe"]
REGION = "North East"
WARDS = ["Ashgill", "Bramley Moor", "Carr Head", "Dalesway", "Eastfield Park", "Fennick", "Gorsedale",
         "Hartside", "Ingleby Cross", "Kirkbank", "Lanehead", "Moorside", "Nether Hollins", "Oldgate"]
N_WARDS = 22
POSTCODE = "HF1 2RT"
ADDRESS = "Civic Centre, Market Street, Hollinsfield HF1 2RT"

OFFICERS = {
    "childrens-services": [("Gemma Rowntree", "Head of Children's Safeguarding and Review"),
                           ("Declan Fairhurst", "Service Manager, Children in Care")],
    "education": [("Joanne Albiston", "Head of SEND and Inclusion"),
                  ("Marcus Threlfall", "Participation and Skills Manager")],
    "adult-social-care": [("Sandra Mellanby", "Head of Adult Social Work"),
                          ("Aled Prothero", "Commissioning Manager, Adult Care")],
    "housing": [("Caroline Etherington", "Head of Housing Solutions"),
                ("Rhys Pennington", "Private Sector Housing Manager")],
    "environment": [("Graham Stobart", "Head of Neighbourhood Services"),
                    ("Leanne Cathcart", "Waste Strategy Manager")],
    "community-safety": [("Bernadette Quayle", "Community Safety Partnership Manager"),
                         ("Ifor Lloyd-Mason", "Head of Regulatory Services")],
    "regeneration": [("Tobias Renwick", "Head of Economic Growth"),
                     ("Sheila Marsden", "Development Management Manager")],
    "finance": [("Adrian Kilburn", "Head of Revenues, Benefits and Customer Services"),
                ("Fiona Latimer", "Information Governance Manager")],
    "culture": [("Miriam Oakes", "Head of Culture, Libraries and Heritage"),
                ("Stuart Dinsdale", "Sport and Leisure Development Manager")],
    "public-health": [("Dr Kwame Asante", "Director of Public Health"),
                      ("Natalie Crosthwaite", "Public Health Programme Manager")],
}

DIRECTORS = {
    "childrens-services": "Strategic Director, Children and Families",
    "education": "Strategic Director, Children and Families",
    "adult-social-care": "Strategic Director, Adults and Health",
    "housing": "Strategic Director, Communities and Housing",
    "environment": "Strategic Director, Neighbourhoods",
    "community-safety": "Strategic Director, Communities and Housing",
    "regeneration": "Strategic Director, Growth and Place",
    "finance": "Strategic Director, Resources (Section 151 Officer)",
    "culture": "Strategic Director, Neighbourhoods",
    "public-health": "Director of Public Health",
}

TITLES = {
    "childrens-services": ["Children's Social Care Improvement Programme", "Sufficiency and Placements for Children in Care",
                           "Safeguarding Children: Progress and Performance"],
    "education": ["Special Educational Needs and Disabilities: Progress Report", "Inclusion and Participation Update",
                  "Post-16 Participation and Home Education"],
    "adult-social-care": ["Adult Social Care: Demand, Performance and Market Sustainability",
                          "Independence at Home: Adult Care Progress Report", "Safeguarding Adults and Front Door Review"],
    "housing": ["Homelessness Prevention and Temporary Accommodation", "Housing Solutions Service Review",
                "Allocations, Adaptations and Housing Need"],
    "environment": ["Waste and Recycling Performance", "Cleaner Streets and Environmental Enforcement",
                    "Neighbourhood Services Progress Report"],
    "community-safety": ["Safer Streets and Anti-social Behaviour", "Tackling Domestic Abuse: Progress Report",
                         "Community Safety Partnership: Performance and Priorities"],
    "regeneration": ["Inward Investment and Business Growth", "Town Centre Renewal Progress Report",
                     "Planning Performance and Economic Growth"],
    "finance": ["Customer Services, Revenues and Benefits Performance", "Information Governance and Complaints",
                "Resources Directorate Performance"],
    "culture": ["Libraries, Museums and Leisure Performance", "Cultural Strategy: Progress Report",
                "Active Communities and Volunteering"],
    "public-health": ["Health Improvement Services Performance", "Tobacco Control and Health Checks Progress",
                      "Drug and Alcohol Recovery Services"],
}

# (verb, object)
DECISIONS = {
    "childrens-services": [
        ("approve", "the commissioning of twelve additional in-house foster placements"),
        ("agree", "the Children in Care and Care Leavers Pledge set out at Appendix 1"),
        ("delegate authority to", "the Strategic Director, Children and Families to award the supported lodgings contract"),
        ("endorse", "the Safeguarding Children Partnership's annual priorities"),
        ("approve", "the establishment of a second family hub in the east of the borough"),
        ("agree", "the revised Staying Put policy for young people aged 18 to 21"),
    ],
    "education": [
        ("approve", "the SEND Sufficiency Plan and its capital programme"),
        ("agree", "the revised banding framework for top-up funding"),
        ("endorse", "the Elective Home Education Protocol"),
        ("delegate authority to", "the Strategic Director, Children and Families to consult on a new resourced provision"),
        ("approve", "the Post-16 Participation Strategy"),
        ("agree", "the local offer refresh timetable set out in the report"),
    ],
    "adult-social-care": [
        ("approve", "the uplift to home care rates set out in the report"),
        ("agree", "the Adult Social Care Workforce Strategy"),
        ("delegate authority to", "the Strategic Director, Adults and Health to extend the intermediate care contract"),
        ("endorse", "the Safeguarding Adults Board's strategic plan"),
        ("approve", "the Technology Enabled Care Strategy"),
        ("agree", "the approach to the Market Sustainability Plan"),
    ],
    "housing": [
        ("approve", "the Temporary Accommodation Placement Policy"),
        ("agree", "the acquisition programme for twenty family homes"),
        ("adopt", "the Housing Renewal Assistance Policy"),
        ("delegate authority to", "the Strategic Director, Communities and Housing to procure a rent deposit scheme"),
        ("endorse", "the Rough Sleeping Action Plan"),
        ("approve", "the changes to the Allocations Scheme set out at Appendix A"),
    ],
    "environment": [
        ("approve", "the Waste and Resources Strategy"),
        ("agree", "the revised schedule of fixed penalty charges"),
        ("adopt", "the Fly-tipping Prevention Plan"),
        ("delegate authority to", "the Strategic Director, Neighbourhoods to procure electric refuse collection vehicles"),
        ("endorse", "the Street Cleansing Service Standards"),
        ("approve", "the extension of the food waste collection trial"),
    ],
    "community-safety": [
        ("approve", "the Safer Hollinsfield Strategy"),
        ("agree", "the renewal of the town centre Public Spaces Protection Order"),
        ("endorse", "the Domestic Abuse Safe Accommodation Strategy"),
        ("delegate authority to", "the Head of Regulatory Services to commission a new CCTV control room"),
        ("adopt", "the Anti-social Behaviour Case Review procedure"),
        ("approve", "the Serious Violence Duty action plan"),
    ],
    "regeneration": [
        ("approve", "the Inward Investment Prospectus"),
        ("agree", "the Shopfront Improvement Grant criteria"),
        ("delegate authority to", "the Strategic Director, Growth and Place to acquire the former cinema site"),
        ("endorse", "the Economic Growth Strategy"),
        ("adopt", "the Planning Enforcement Plan"),
        ("approve", "the Town Centre Delivery Plan"),
    ],
    "finance": [
        ("approve", "the Customer Access Strategy"),
        ("agree", "the Council Tax Support scheme for consultation"),
        ("adopt", "the revised Corporate Complaints Policy"),
        ("delegate authority to", "the Section 151 Officer to procure a new revenues and benefits system"),
        ("endorse", "the Information Governance Framework"),
        ("approve", "the Discretionary Housing Payments Policy"),
    ],
    "culture": [
        ("approve", "the Library Strategy"),
        ("agree", "the new pricing structure for leisure memberships"),
        ("endorse", "the Cultural Strategy and its action plan"),
        ("delegate authority to", "the Strategic Director, Neighbourhoods to award the leisure management contract"),
        ("adopt", "the Volunteering Policy"),
        ("approve", "the capital bid for the museum roof repairs"),
    ],
    "public-health": [
        ("approve", "the Tobacco Control Plan"),
        ("agree", "the recommissioning of the integrated drug and alcohol service"),
        ("endorse", "the Joint Health and Wellbeing Strategy priorities"),
        ("delegate authority to", "the Director of Public Health to award the NHS Health Check contract"),
        ("adopt", "the Healthy Weight Declaration"),
        ("approve", "the Suicide Prevention Action Plan"),
    ],
}

# A member's priorities, in the words a member writes them
PRIORITIES = {
    "childrens-services": [
        "Recruit more foster carers from within the borough",
        "Open the east family hub to families by the end of the year",
        "Make sure every care leaver has a personal adviser they know by name",
        "Reduce the number of children placed more than twenty miles from home",
        "Bring social work caseloads down to an average of eighteen",
    ],
    "education": [
        "Issue new EHC plans on time and in partnership with families",
        "Open the new resourced provision at Fennick Primary",
        "Keep in touch with every electively home educated child",
        "Get more sixteen and seventeen year olds into apprenticeships",
        "Publish a clearer local offer for parents and carers",
    ],
    "adult-social-care": [
        "Help more people to live independently at home",
        "Cut waiting times for occupational therapy assessments",
        "Recruit and keep more home care workers",
        "Make safeguarding personal for every adult at risk",
        "Expand the use of technology enabled care",
    ],
    "housing": [
        "End the use of bed and breakfast for families",
        "Prevent homelessness earlier through the duty to refer",
        "Speed up adaptations for disabled residents",
        "Bring more empty homes back into use",
        "Work with landlords to improve standards in private renting",
    ],
    "environment": [
        "Raise the recycling rate by making it easier to recycle",
        "Take tougher action against fly-tippers",
        "Get bin collections right first time",
        "Plant more trees in every ward",
        "Keep our town centres clean seven days a week",
    ],
    "community-safety": [
        "Tackle anti-social behaviour in our town centres",
        "Support every victim of domestic abuse who comes forward",
        "Use our enforcement powers firmly and fairly",
        "Work with the police to make our streets safer at night",
        "Listen to residents through neighbourhood safety meetings",
    ],
    "regeneration": [
        "Attract new employers to the enterprise zone",
        "Fill empty shops in the town centre",
        "Decide major planning applications promptly",
        "Support local businesses to grow",
        "Bring the former cinema site back into use",
    ],
    "finance": [
        "Answer more customer enquiries at the first point of contact",
        "Process benefit claims quickly and accurately",
        "Learn from every complaint we receive",
        "Keep council tax collection on track",
        "Be open and transparent with the information we hold",
    ],
    "culture": [
        "Get more people using our libraries",
        "Increase visits to the museum and gallery",
        "Grow the number of volunteers in culture and sport",
        "Make leisure centres affordable for families",
        "Deliver a programme of free summer events",
    ],
    "public-health": [
        "Help more smokers to quit",
        "Offer an NHS Health Check to everyone eligible",
        "Support more people into recovery from drugs and alcohol",
        "Tackle health inequalities between our wards",
        "Promote healthy weight in schools and workplaces",
    ],
}

BACKGROUND = {
    "childrens-services": [
        "Demand at the front door has remained high, with more contacts coming from schools and health partners.",
        "The service has continued to rely on agency social workers in two of its locality teams.",
        "Ofsted's focused visit recognised improvements in the quality of assessment and planning.",
        "The regional adoption agency continues to find families for children with a plan for adoption.",
    ],
    "education": [
        "Requests for statutory assessment have continued to rise in line with the national picture.",
        "The SEND Partnership Board has agreed a joint outcomes framework with the integrated care board.",
        "Schools report that more families are asking about home education after periods of absence.",
        "The participation team tracks every young person's destination after Year 11.",
    ],
    "adult-social-care": [
        "Hospital discharges have increased and more people leave hospital with care and support needs.",
        "The home care market remains fragile, with two providers handing back packages this year.",
        "The front door has been redesigned so that more people receive advice at first contact.",
        "The Safeguarding Adults Board has completed two safeguarding adults reviews in the year.",
    ],
    "housing": [
        "The cost of renting privately continues to rise faster than local housing allowance rates.",
        "More households are approaching the service after receiving a section 21 notice.",
        "The service has strengthened its work with registered providers to prevent evictions.",
        "Demand for adaptations remains high, particularly for level access showers.",
    ],
    "environment": [
        "The new collection rounds went live without significant disruption.",
        "Contamination of recycling remains the biggest barrier to a higher recycling rate.",
        "The enforcement team has been increased by two officers using the income from fixed penalties.",
        "Street cleansing has been reorganised into four area teams.",
    ],
    "community-safety": [
        "The partnership's strategic assessment identified the town centre night-time economy as a priority.",
        "Demand on specialist domestic abuse services has remained high throughout the year.",
        "Neighbourhood safety meetings are now held in every area of the borough.",
        "The police have introduced a new neighbourhood policing model.",
    ],
    "regeneration": [
        "Enquiries from investors have increased since the enterprise zone was extended.",
        "Footfall in the town centre has recovered but remains below its peak.",
        "The planning service has cleared the backlog of minor applications.",
        "The business support programme is funded by the Shared Prosperity Fund.",
    ],
    "finance": [
        "The customer contact centre has moved to a new telephony platform.",
        "Universal Credit migration continues to change the pattern of benefit claims.",
        "The complaints process has been simplified to two stages.",
        "Requests for information have grown as more datasets are published.",
    ],
    "culture": [
        "The library service has extended opening hours at the central library.",
        "The museum's temporary exhibition programme has attracted new audiences.",
        "The leisure operator has invested in new gym equipment at two centres.",
        "The volunteer passport scheme has been extended to heritage sites.",
    ],
    "public-health": [
        "The stop smoking service has moved to a hybrid model of telephone and face-to-face support.",
        "Health Check invitations have been targeted at the wards with the highest cardiovascular risk.",
        "The recovery service has opened a new hub in the town centre.",
        "The public health grant for the year was confirmed late by the government.",
    ],
}

# A row that names one of the portfolio's indicators but counts something else
LOOKALIKES = {
    "childrens-services": ["Children looked after placed more than 20 miles from home",
                           "Child protection plans lasting two years or more",
                           "Children in need cases open more than 12 months",
                           "Care leavers in education, employment or training (%)"],
    "education": ["EHC plans reviewed within 12 months (%)", "Children electively home educated with a visit in the year",
                  "NEET young people with a learning difficulty", "EHC needs assessments refused"],
    "adult-social-care": ["Referrals received from hospital wards", "Long-term support reviews completed",
                          "Permanent admissions (18-64)", "Safeguarding enquiries concluded with risk removed (%)"],
    "housing": ["Households in temporary accommodation with children", "Housing register applicants in band A",
                "Referrals received from probation", "DFG applications awaiting approval"],
    "environment": ["Fly-tipping incidents cleared within 24 hours (%)", "Missed bins collected next working day (%)",
                    "Fixed penalty notices paid", "Complaints received about street lighting"],
    "community-safety": ["ASB incidents resolved at first intervention (%)", "Repeat MARAC cases",
                         "Community protection warnings issued", "Domestic abuse incidents with a child present"],
    "regeneration": ["Jobs created for local residents (%)", "Businesses supported to export",
                     "Vacant town centre units over 12 months", "Major planning applications received"],
    "finance": ["Complaints received upheld (%)", "FOI requests answered within 20 working days (%)",
                "New claims processed online (%)", "Stage 2 complaints received"],
    "culture": ["Library visits by under-16s", "Active volunteers aged under 25", "Leisure attendances on free swim",
                "Museum visits by school groups"],
    "public-health": ["Smoking quitters in routine and manual groups", "Health Checks offered",
                      "Adults in treatment for alcohol only", "Quitters confirmed by CO reading (%)"],
}

# Figures that are not the portfolio's indicators but sit in the same table
# (label, "%" or "n", low, high)
OTHER_MEASURES = {
    "childrens-services": [("Social worker vacancy rate", "%", 8, 24), ("Average caseload per social worker", "n", 14, 26)],
    "education": [("Primary school persistent absence", "%", 9, 21), ("Tribunal appeals lodged", "n", 6, 40)],
    "adult-social-care": [("Average days from referral to service", "n", 9, 45), ("Delayed transfers of care (days)", "n", 180, 900)],
    "housing": [("Average days to re-let empty homes", "n", 21, 48), ("Rent collected (%)", "%", 94, 99)],
    "environment": [("Streets at an acceptable standard of litter (%)", "%", 88, 97), ("Abandoned vehicles removed", "n", 12, 70)],
    "community-safety": [("Licensing inspections completed", "n", 30, 140), ("Noise complaints investigated", "n", 90, 320)],
    "regeneration": [("Footfall index (2019 = 100)", "n", 78, 104), ("Minor applications determined in 8 weeks (%)", "%", 72, 96)],
    "finance": [("Council tax collected (%)", "%", 24, 97), ("Calls answered within 60 seconds (%)", "%", 61, 90)],
    "culture": [("Library book issues", "n", 21000, 64000), ("Leisure memberships", "n", 5200, 9800)],
    "public-health": [("Breastfeeding at 6-8 weeks (%)", "%", 31, 52), ("Chlamydia screens", "n", 420, 1300)],
}


def other_values(rng, measure, n: int) -> list[str]:
    label, kind, lo, hi = measure
    v = rng.uniform(lo, hi)
    out = []
    for _ in range(n):
        x = min(hi, max(lo, v * rng.uniform(0.93, 1.07)))
        out.append(f"{x:.1f}%" if kind == "%" else f"{int(x):,}")
    return out

WELSH_PORTFOLIO = {
    "childrens-services": "Gwasanaethau Plant", "education": "Addysg a Sgiliau",
    "adult-social-care": "Gofal Cymdeithasol Oedolion ac Iechyd", "housing": "Tai",
    "environment": "Yr Amgylchedd a Chymdogaethau", "community-safety": "Diogelwch Cymunedol",
    "regeneration": "Adfywio a'r Economi", "finance": "Cyllid ac Adnoddau",
    "culture": "Diwylliant a Hamdden", "public-health": "Iechyd y Cyhoedd",
}
WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                "Hydref", "Tachwedd", "Rhagfyr"]
WELSH_DAYS = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]

THIRD = {"approve": "approves", "agree": "agrees", "delegate authority to": "delegates authority to",
         "endorse": "endorses", "adopt": "adopts"}


def decision(d: tuple[str, str], form: str, body: str = "Cabinet") -> str:
    verb, obj = d
    if form == "imperative":
        return f"{verb[0].upper()}{verb[1:]} {obj}"
    if form == "third":
        return f"{THIRD[verb]} {obj}"
    if form == "that":
        return f"That {body} {THIRD[verb]} {obj}"
    if form == "to":
        return f"To {verb} {obj}"
    raise ValueError(form)

# How a sentence counts each indicator: "there were 552 children in our care"
NOUNS = {
    "children-in-need": ["children in need", "children supported as children in need"],
    "child-protection-plans": ["children on a child protection plan", "children subject to a child protection plan"],
    "children-looked-after": ["children looked after", "children in our care"],
    "care-leavers": ["care leavers receiving leaving care services", "care leavers supported by the service"],
    "childrens-assessments-completed": ["social care assessments completed", "children's assessments completed"],
    "ehc-plans": ["children and young people with an EHC plan", "EHC plans maintained"],
    "education-assessments-completed": ["EHC needs assessments completed", "needs assessments completed"],
    "elective-home-education": ["children electively home educated", "children in elective home education"],
    "young-people-neet": ["young people not in education, employment or training", "young people NEET"],
    "asc-referrals-received": ["adult social care referrals received", "new referrals to adult social care"],
    "long-term-support": ["adults receiving long-term support", "people in receipt of long-term support"],
    "care-home-admissions-65": ["permanent admissions to residential and nursing care for people aged 65 and over",
                                "permanent admissions to care homes of people aged 65+"],
    "safeguarding-enquiries": ["Section 42 safeguarding enquiries started", "safeguarding enquiries started"],
    "housing-referrals-received": ["homelessness referrals received", "referrals under the duty to refer"],
    "temporary-accommodation": ["households in temporary accommodation", "households living in temporary accommodation"],
    "homelessness-preventions": ["households whose homelessness was prevented", "successful homelessness preventions"],
    "housing-register": ["households on the housing register", "applicants on the housing register"],
    "dfg-completed": ["disabled facilities grants completed", "DFG adaptations completed"],
    "fly-tipping": ["fly-tipping incidents reported", "reported fly-tips"],
    "missed-bins": ["missed bin collections reported", "missed collections reported"],
    "recycling-rate": ["the recycling rate", "the share of household waste recycled or composted"],
    "fixed-penalty-notices": ["fixed penalty notices issued", "FPNs issued"],
    "environment-complaints-received": ["complaints about waste and street cleansing", "waste and cleansing complaints"],
    "asb-incidents": ["anti-social behaviour incidents reported", "reported incidents of anti-social behaviour"],
    "domestic-abuse-incidents": ["domestic abuse incidents reported to the police", "domestic abuse incidents"],
    "community-protection-notices": ["community protection notices issued", "CPNs issued"],
    "marac-cases": ["cases heard at MARAC", "cases discussed at MARAC"],
    "jobs-created": ["jobs created or safeguarded", "jobs created and safeguarded"],
    "businesses-supported": ["businesses supported", "businesses assisted by the growth team"],
    "vacant-town-centre-units": ["vacant town centre units", "empty units in the town centre"],
    "major-planning-13-weeks": ["the share of major applications determined within 13 weeks",
                                "major planning applications determined in time"],
    "finance-complaints-received": ["stage 1 corporate complaints received", "stage 1 complaints received"],
    "benefit-claims-processed": ["new benefit claims processed", "new housing benefit and council tax support claims processed"],
    "foi-requests": ["Freedom of Information requests received", "FOI requests received"],
    "library-visits": ["library visits", "visits to our libraries"],
    "leisure-attendances": ["leisure centre attendances", "visits to our leisure centres"],
    "active-volunteers": ["active volunteers", "volunteers giving their time"],
    "museum-visits": ["museum and gallery visits", "visits to the museum and gallery"],
    "smoking-quitters": ["four-week smoking quitters", "smokers who quit at four weeks"],
    "health-checks": ["NHS Health Checks delivered", "Health Checks completed"],
    "adults-in-treatment": ["adults in structured drug and alcohol treatment", "people in drug and alcohol treatment"],
}
