"""The fixed vocabulary synth.py draws on: portfolios, their metrics (with rate
bases), populations, commitment topics, tags and names. Plain data, no logic."""
from __future__ import annotations

# population key -> (label, value in 1989, yearly drift as a fraction)
POPULATIONS: dict[str, tuple[str, int, float]] = {
    "children": ("children in the borough", 32180, -0.002),
    "adults": ("adults in the borough", 107400, 0.003),
    "over-65s": ("residents aged 65 and over", 22900, 0.015),
    "residents": ("residents of the borough", 140600, 0.002),
    "households": ("households in the borough", 58300, 0.004),
    "working-age": ("residents aged 16 to 64", 88200, 0.001),
}

# portfolio key -> (name, description, metrics)
# metric: (key, label, unit, (per, population) or None, start value, yearly drift, decimals, aliases)
PORTFOLIOS: dict[str, tuple[str, str, list[tuple]]] = {
    "childrens-services": ("Children's Services", "Children's social care, safeguarding, fostering and "
                           "youth offending.", [
        ("children-in-need", "Children in need", "children", (10000, "children"), 1385, 0.02, 0, ["CIN"]),
        ("child-protection-plans", "Children subject to a child protection plan", "children",
         (10000, "children"), 252, 0.03, 0, ["CP"]),
        ("children-looked-after", "Children looked after", "children", (10000, "children"), 438, 0.04, 0,
         ["LAC"]),
        ("care-leavers", "Care leavers receiving leaving care services", "young people", None, 154, 0.03,
         0, []),
        ("foster-carers-approved", "Approved foster carers", "households", None, 120, 0.02, 0, []),
    ]),
    "adult-social-care": ("Adult Social Care", "Care and support for adults, carers and safeguarding "
                          "adults.", [
        ("adults-long-term-support", "Adults receiving long-term support", "adults", (100000, "adults"),
         2650, 0.02, 0, []),
        ("care-home-admissions-65", "Permanent admissions to care homes, aged 65 and over", "admissions",
         (100000, "over-65s"), 310, 0.03, 0, []),
        ("delayed-transfers-of-care", "Delayed transfers of care", "delayed days", None, 420, 0.06, 0, []),
        ("safeguarding-enquiries", "Adult safeguarding enquiries", "enquiries", None, 380, 0.05, 0, []),
        ("carers-assessed", "Carers assessed or reviewed", "carers", None, 900, 0.03, 0, []),
    ]),
    "environment": ("Environment and Waste", "Waste collection, recycling, street cleaning and parks.", [
        ("household-waste-recycled", "Household waste sent for reuse, recycling or composting", "per cent",
         None, 18.0, 0.03, 1, []),
        ("fly-tipping-incidents", "Fly-tipping incidents", "incidents", (1000, "households"), 2400, 0.05, 0,
         []),
        ("missed-bin-collections", "Missed bin collections", "collections", None, 610, 0.06, 0, []),
        ("streets-with-litter", "Streets with unacceptable litter", "per cent", None, 9.5, 0.04, 1, []),
        ("parks-green-flag", "Parks with Green Flag status", "parks", None, 3, 0.05, 0, []),
    ]),
    "finance": ("Finance and Governance", "The council's budget, council tax and business rates, and "
                "audit.", [
        ("council-tax-collected", "Council tax collected in year", "per cent", None, 94.2, 0.002, 1, []),
        ("business-rates-collected", "Business rates collected in year", "per cent", None, 96.8, 0.002, 1,
         []),
        ("invoices-paid-30-days", "Invoices paid within 30 days", "per cent", None, 88.0, 0.01, 1, []),
        ("revenue-outturn-variance", "Forecast revenue outturn variance", "£ thousand", None, 1200, 0.2,
         0, []),
        ("staff-sickness-days", "Working days lost to sickness per employee", "days", None, 10.2, 0.03, 1,
         []),
    ]),
    "regeneration": ("Regeneration", "Town centre, housing growth and major development sites.", [
        ("new-homes-completed", "New homes completed", "homes", None, 340, 0.06, 0, []),
        ("jobs-created", "Jobs created with council support", "jobs", None, 210, 0.08, 0, []),
        ("vacant-town-centre-units", "Vacant town centre units", "units", None, 64, 0.04, 0, []),
        ("planning-decisions-on-time", "Major planning applications decided on time", "per cent", None,
         71.0, 0.02, 1, []),
        ("affordable-homes-delivered", "Affordable homes delivered", "homes", None, 80, 0.07, 0, []),
    ]),
    "public-health": ("Public Health", "Health improvement, health protection and substance misuse "
                      "services.", [
        ("smoking-quits", "People setting a quit date who quit at four weeks", "people",
         (100000, "adults"), 1100, 0.04, 0, []),
        ("health-checks-delivered", "NHS Health Checks delivered", "checks", None, 4200, 0.04, 0, []),
        ("drug-treatment-completions", "Successful completions of drug treatment", "people", None, 190,
         0.05, 0, []),
        ("childhood-immunisation-mmr", "Children immunised with two doses of MMR by age five",
         "per cent", None, 88.5, 0.005, 1, []),
        ("excess-weight-year-six", "Children in year 6 with excess weight", "per cent", None, 36.0, 0.01,
         1, []),
    ]),
    "housing": ("Housing and Communities", "Homelessness, private rented housing and community "
                "centres.", [
        ("homelessness-preventions", "Households prevented from becoming homeless", "households", None,
         520, 0.05, 0, []),
        ("temporary-accommodation", "Households in temporary accommodation", "households",
         (1000, "households"), 95, 0.06, 0, []),
        ("empty-homes-returned", "Empty homes brought back into use", "homes", None, 130, 0.06, 0, []),
        ("selective-licences", "Selective landlord licences issued", "licences", None, 900, 0.05, 0, []),
    ]),
    "community-safety": ("Community Safety", "Antisocial behaviour, licensing, trading standards and "
                         "neighbourhood safety.", [
        ("antisocial-behaviour-incidents", "Antisocial behaviour incidents", "incidents",
         (1000, "residents"), 7600, 0.04, 0, []),
        ("domestic-abuse-referrals", "Domestic abuse referrals", "referrals", None, 2100, 0.04, 0, []),
        ("fixed-penalty-notices", "Fixed penalty notices issued", "notices", None, 1500, 0.07, 0, []),
        ("cctv-incidents", "Incidents detected by CCTV", "incidents", None, 3100, 0.05, 0, []),
    ]),
    "education": ("Education and Skills", "Schools, special educational needs, adult learning and "
                  "skills.", [
        ("pupils-good-schools", "Pupils in good or outstanding schools", "per cent", None, 68.0, 0.02, 1,
         []),
        ("persistent-absence", "Pupils persistently absent", "per cent", None, 13.5, 0.03, 1, []),
        ("neet-16-17", "Young people aged 16 to 17 not in education, employment or training",
         "young people", (1000, "working-age"), 310, 0.04, 0, []),
        ("permanent-exclusions", "Permanent exclusions from school", "pupils", None, 45, 0.08, 0, []),
        ("ehc-plans-20-weeks", "Education, health and care plans issued within 20 weeks", "per cent", None,
         58.0, 0.04, 1, []),
    ]),
    "culture": ("Culture and Leisure", "Libraries, museums, leisure centres and events.", [
        ("library-visits", "Library visits", "visits", (1000, "residents"), 610000, 0.03, 0, []),
        ("leisure-centre-visits", "Leisure centre visits", "visits", None, 1040000, 0.03, 0, []),
        ("museum-visits", "Museum visits", "visits", None, 152000, 0.04, 0, []),
        ("events-attendance", "Attendance at council events", "people", None, 88000, 0.06, 0, []),
    ]),
    "transport": ("Transport and Infrastructure", "Highways, public transport, parking and road "
                  "safety.", [
        ("potholes-repaired", "Potholes repaired", "potholes", None, 5200, 0.05, 0, []),
        ("road-casualties-ksi", "People killed or seriously injured on the roads", "people",
         (100000, "residents"), 62, 0.05, 0, ["KSI"]),
        ("bus-passenger-journeys", "Bus passenger journeys", "journeys", None, 7900000, 0.02, 0, []),
        ("street-lights-working", "Street lights working as planned", "per cent", None, 98.1, 0.003, 1,
         []),
    ]),
    "economic-development": ("Economic Development", "Business support, employment and inward "
                             "investment.", [
        ("claimant-count", "People claiming unemployment-related benefits", "people",
         (1000, "working-age"), 5900, 0.05, 0, []),
        ("business-start-ups", "New business start-ups supported", "businesses", None, 260, 0.06, 0, []),
        ("apprenticeship-starts", "Apprenticeship starts", "apprentices", None, 780, 0.04, 0, []),
        ("inward-investment-enquiries", "Inward investment enquiries", "enquiries", None, 95, 0.07, 0,
         []),
    ]),
}

TOPICS = [
    "family-hub", "youth-council", "recruitment-drive", "service-redesign", "digital-access",
    "partnership-board", "improvement-plan", "savings-programme", "estate-renewal", "volunteer-scheme",
    "community-hub", "training-programme", "outreach-pilot", "quality-assurance", "joint-commissioning",
    "strategy-refresh", "consultation", "capital-scheme", "early-help", "prevention-fund",
    "workforce-plan", "data-dashboard", "inspection-action-plan", "procurement-review", "climate-plan",
]

TAGS = [
    "safeguarding", "workforce", "savings", "partnership", "consultation", "inspection", "capital",
    "young-people", "older-people", "climate", "digital", "town-centre", "health", "housing",
    "performance", "equalities", "funding", "prevention",
]

FIRST_NAMES = [
    "Alan", "Barbara", "Brian", "Carol", "David", "Denise", "Eileen", "Frank", "Gillian", "Graham",
    "Helen", "Ian", "Janet", "John", "Karen", "Keith", "Linda", "Margaret", "Mark", "Maureen", "Nicola",
    "Paul", "Pauline", "Peter", "Rachel", "Robert", "Sandra", "Stephen", "Susan", "Tony", "Valerie",
    "Wendy", "Amir", "Priya", "Tariq", "Zahida",
]

LAST_NAMES = [
    "Ahmed", "Armstrong", "Bell", "Brown", "Carr", "Clark", "Cooper", "Davison", "Dixon", "Elliott",
    "Fletcher", "Graham", "Hall", "Harrison", "Hussain", "Jackson", "Johnson", "Kerr", "Lewis", "Mahmood",
    "McGee", "Milne", "Nolan", "Patel", "Robinson", "Scott", "Smith", "Storey", "Thompson", "Walker",
    "Watson", "Wilson", "Young",
]

HEADINGS = [
    "Performance", "Progress against the strategic plan", "Workforce", "Partnership working",
    "Finance and savings", "Inspection and quality", "Service developments", "Consultation and engagement",
    "Looking ahead", "Risks and issues",
]

MEETINGS = ["Council", "Executive", "Council", "Overview and Scrutiny Board"]
