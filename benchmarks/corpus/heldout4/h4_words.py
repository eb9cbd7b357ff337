"""The fourth held-out set's own wording, portfolio by portfolio: officers, report titles, the
decisions a report asks for, a member's priorities, background lines and rows that only look
like an indicator. Written afresh for this set: none of it is taken from the tuning set's or the
earlier held-out sets' phrases (the counted nouns for each indicator are the corpus's, in
../heldout3/h3_words.NOUNS, because an indicator is called what it is called).

Decisions are (verb, object); `decision` prints the forms councils use.
"""
from __future__ import annotations

COMPARATORS = ["Stanecliffe", "Wendlebury", "North Haverton", "Kelsholme", "Brackenford"]
REGION = "Yorkshire and the Humber"
WARDS = ["Abbeyfield", "Burnside", "Cotterdale", "Dunmow Rise", "Elmhurst", "Foxholes", "Greystone",
         "Highcroft", "Ivy Bank", "Jessop Lane", "Knowle Top", "Lowerhouses", "Millbeck", "Nab Wood"]
N_WARDS = 21
ADDRESS = "Town Hall, Victoria Square, Hollinsfield HF1 1AA"

OFFICERS = {
    "childrens-services": [("Harriet Colquhoun", "Service Lead, Children's Social Work"),
                           ("Owain Breckon", "Head of Corporate Parenting")],
    "education": [("Yvonne Stirrat", "Principal Officer, Additional Support Needs"),
                  ("Callum Dervish", "Head of Learning and Participation")],
    "adult-social-care": [("Morag Tennant", "Chief Social Work Officer"),
                          ("Rupert Allonby", "Head of Care at Home and Reablement")],
    "housing": [("Bethany Quarmby", "Housing Options Lead"),
                ("Desmond Achebe", "Head of Housing Strategy and Enabling")],
    "environment": [("Kieran Mottram", "Head of Street Scene"),
                    ("Lorraine Pickersgill", "Environmental Enforcement Manager")],
    "community-safety": [("Aisling Devlin", "Safer Communities Manager"),
                         ("Victor Hambleton", "Head of Public Protection")],
    "regeneration": [("Priyanka Rao", "Head of Place and Investment"),
                     ("Edmund Sturdy", "Planning Performance Lead")],
    "finance": [("Gillian Mowbray", "Head of Customer and Revenue Services"),
                ("Ross Tattersall", "Corporate Information Lead")],
    "culture": [("Henrietta Blamire", "Head of Libraries, Museums and Archives"),
                ("Jamal Osei", "Active Communities Manager")],
    "public-health": [("Dr Fiona Ruthven", "Consultant in Public Health"),
                      ("Ellis Garside", "Health Improvement Lead")],
}

DIRECTORS = {
    "childrens-services": "Executive Director of Children and Young People",
    "education": "Executive Director of Children and Young People",
    "adult-social-care": "Executive Director of Adults, Health and Wellbeing",
    "housing": "Executive Director of Place",
    "environment": "Executive Director of Place",
    "community-safety": "Executive Director of Communities",
    "regeneration": "Executive Director of Place",
    "finance": "Executive Director of Corporate Services",
    "culture": "Executive Director of Communities",
    "public-health": "Director of Public Health",
}

TITLES = {
    "childrens-services": ["Corporate Parenting Annual Update", "Children's Social Work Performance and Practice",
                           "Front Door and Early Help Review"],
    "education": ["Additional Needs and Inclusion Update", "Learning, Participation and Skills Performance",
                  "SEND Improvement Plan: Progress"],
    "adult-social-care": ["Care at Home and Reablement Update", "Adult Social Work Performance and Practice",
                          "Living Well at Home: Progress Report"],
    "housing": ["Homelessness and Rough Sleeping Update", "Housing Options Performance",
                "Temporary Accommodation Reduction Plan"],
    "environment": ["Street Scene Performance", "Waste and Recycling Update", "Cleaner Neighbourhoods Plan: Progress"],
    "community-safety": ["Safer Hollinsfield Partnership Update", "Anti-social Behaviour and Domestic Abuse Performance",
                         "Public Protection Update"],
    "regeneration": ["Place and Investment Update", "Town Centre and Business Growth Performance",
                     "Planning Service Improvement"],
    "finance": ["Customer and Revenue Services Performance", "Complaints and Information Requests Update",
                "Benefits Service Update"],
    "culture": ["Libraries, Museums and Active Communities Update", "Cultural Services Performance",
                "Leisure and Volunteering Update"],
    "public-health": ["Health Improvement Update", "Public Health Performance", "Tobacco and Substance Misuse Update"],
}

DECISIONS = {
    "childrens-services": [
        ("approve", "the Corporate Parenting Strategy for the next three years"),
        ("agree", "the creation of a dedicated edge of care team"),
        ("delegate authority to", "the Executive Director of Children and Young People to procure a residential framework"),
        ("endorse", "the practice model set out in Appendix 2"),
        ("approve", "an increase in the fostering allowance for kinship carers"),
    ],
    "education": [
        ("approve", "the Additional Needs Place Planning Strategy"),
        ("agree", "the consultation on two new enhanced provision bases"),
        ("endorse", "the Inclusion Charter developed with headteachers"),
        ("delegate authority to", "the Executive Director of Children and Young People to extend the travel assistance contract"),
        ("approve", "the Youth Employment Guarantee for school leavers"),
    ],
    "adult-social-care": [
        ("approve", "the Care at Home Recommissioning Plan"),
        ("agree", "the fee uplift for residential and nursing care providers"),
        ("endorse", "the Carers Strategy refresh"),
        ("delegate authority to", "the Executive Director of Adults, Health and Wellbeing to award the reablement contract"),
        ("approve", "the development of a second extra care scheme"),
    ],
    "housing": [
        ("approve", "the Homelessness and Rough Sleeping Strategy action plan"),
        ("agree", "the purchase of up to forty homes for use as temporary accommodation"),
        ("endorse", "the revised Housing Allocations Policy for consultation"),
        ("delegate authority to", "the Executive Director of Place to agree the private sector leasing scheme"),
        ("approve", "the Disabled Adaptations Policy"),
    ],
    "environment": [
        ("approve", "the Waste Minimisation Plan"),
        ("agree", "the roll-out of weekly food waste collections"),
        ("endorse", "the enforcement approach to littering and fly-tipping"),
        ("delegate authority to", "the Executive Director of Place to procure replacement refuse vehicles"),
        ("approve", "the Neighbourhood Pride Fund criteria"),
    ],
    "community-safety": [
        ("approve", "the Safer Hollinsfield Partnership Plan"),
        ("agree", "the extension of the Public Spaces Protection Order in the town centre"),
        ("endorse", "the Domestic Abuse Safe Accommodation Strategy"),
        ("delegate authority to", "the Executive Director of Communities to commission an independent domestic violence advocacy service"),
        ("approve", "the installation of redeployable CCTV cameras"),
    ],
    "regeneration": [
        ("approve", "the Town Centre Investment Prospectus"),
        ("agree", "the business grant scheme criteria"),
        ("endorse", "the Planning Service Improvement Plan"),
        ("delegate authority to", "the Executive Director of Place to acquire vacant units on Bridge Street"),
        ("approve", "the Local Skills and Jobs Plan"),
    ],
    "finance": [
        ("approve", "the Customer Access Strategy"),
        ("agree", "the revised corporate complaints procedure"),
        ("endorse", "the Information Governance Improvement Plan"),
        ("delegate authority to", "the Executive Director of Corporate Services to write off irrecoverable debts"),
        ("approve", "the Council Tax Support scheme for consultation"),
    ],
    "culture": [
        ("approve", "the Library Service Strategy"),
        ("agree", "the transfer of Millbeck Community Library to a community organisation"),
        ("endorse", "the Physical Activity Framework"),
        ("delegate authority to", "the Executive Director of Communities to enter into the museum loan agreement"),
        ("approve", "the Volunteering Strategy"),
    ],
    "public-health": [
        ("approve", "the Tobacco Control Plan"),
        ("agree", "the recommissioning of drug and alcohol treatment services"),
        ("endorse", "the Healthy Weight Declaration"),
        ("delegate authority to", "the Director of Public Health to award the stop smoking service contract"),
        ("approve", "the Health Inequalities Action Plan"),
    ],
}

PRIORITIES = {
    "childrens-services": [
        "Find more homes for our children within the borough boundary",
        "Give every care leaver a guaranteed offer of work experience",
        "Cut the time families wait for an early help assessment",
        "Keep brothers and sisters together wherever it is safe to do so",
        "Reduce the use of agency social workers in the assessment teams",
    ],
    "education": [
        "Complete every EHC needs assessment within the statutory timescale",
        "Open two enhanced provision bases in mainstream secondary schools",
        "Make sure every home educated child is offered a visit each year",
        "Help more young people into apprenticeships at sixteen",
        "Reduce the number of pupils educated out of the borough",
    ],
    "adult-social-care": [
        "Help more people return home from hospital with reablement",
        "Bring waiting lists for an assessment down to under four weeks",
        "Support unpaid carers with a carers' assessment and a break",
        "Open the second extra care scheme for older residents",
        "Complete safeguarding enquiries within agreed timescales",
    ],
    "housing": [
        "End the use of bed and breakfast for families with children",
        "Prevent homelessness at the earliest possible stage",
        "Deliver more adaptations so people can stay in their own homes",
        "Bring empty homes back into use",
        "Move households off the housing register and into settled homes faster",
    ],
    "environment": [
        "Introduce weekly food waste collections across the borough",
        "Clear reported fly-tips within two working days",
        "Raise the recycling rate by improving communal bin stores",
        "Take tougher action against people who drop litter",
        "Get missed collections right first time",
    ],
    "community-safety": [
        "Make the town centre feel safer at night",
        "Give every victim of domestic abuse a single point of contact",
        "Use community protection notices to tackle persistent nuisance",
        "Work with schools on early intervention for young people at risk",
        "Expand the network of redeployable CCTV cameras",
    ],
    "regeneration": [
        "Bring empty shops on Bridge Street back into use",
        "Support local businesses to grow and take on staff",
        "Decide major planning applications on time",
        "Secure funding for the station quarter",
        "Help residents into the new jobs being created",
    ],
    "finance": [
        "Answer more customer enquiries at the first point of contact",
        "Process new benefit claims within twenty days",
        "Respond to every complaint within the published timescale",
        "Move more council services online without leaving anyone behind",
        "Reduce the backlog of information requests",
    ],
    "culture": [
        "Keep every library open with extended community hours",
        "Grow the number of volunteers across our venues",
        "Attract more visitors to the museum and art gallery",
        "Get more residents active through free swimming and walking groups",
        "Bring a national touring exhibition to Hollinsfield",
    ],
    "public-health": [
        "Help more smokers to quit with the new stop smoking offer",
        "Increase the number of NHS Health Checks delivered in our most deprived wards",
        "Get more people into drug and alcohol treatment",
        "Tackle childhood obesity through the Healthy Weight Declaration",
        "Reduce the gap in life expectancy between our wards",
    ],
}

BACKGROUND = {
    "childrens-services": ["The number of contacts from the police has risen since the new referral pathway started.",
                           "Recruitment of permanent social workers remains the service's biggest risk.",
                           "The edge of care pilot has supported families in the north of the borough."],
    "education": ["Requests for an EHC needs assessment continue to rise faster than the national rate.",
                  "The travel assistance budget is under pressure from out-of-borough placements.",
                  "Headteachers have helped to shape the Inclusion Charter over the autumn term."],
    "adult-social-care": ["Hospital discharges have been higher than planned throughout the winter.",
                          "Home care providers report continued difficulty in recruiting staff.",
                          "The Care Quality Commission's assessment of the service is expected this year."],
    "housing": ["Demand from private rented sector evictions remains the main cause of homelessness.",
                "The cost of nightly-paid accommodation has risen sharply.",
                "Registered providers have brought forward new affordable homes for rent."],
    "environment": ["The new collection rounds went live with few problems.",
                    "Fly-tipping remains concentrated in back alleys in older terraced streets.",
                    "Contamination of recycling bins has fallen since the education campaign."],
    "community-safety": ["Partners have agreed a shared problem-solving approach to hotspot locations.",
                         "Reports of domestic abuse usually rise over major sporting events.",
                         "The town centre night-time economy group meets monthly."],
    "regeneration": ["Footfall in the town centre is recovering slowly.",
                     "The planning service has filled two vacant senior posts.",
                     "Business confidence in the borough remains cautious."],
    "finance": ["Contact through the online account has continued to grow.",
                "The benefits service absorbed the year-end workload without a backlog.",
                "Information requests have become more complex to answer."],
    "culture": ["Library footfall is recovering after the refurbishment programme.",
                "The museum's summer exhibition attracted visitors from across the region.",
                "The leisure centres have seen strong take-up of the new membership offer."],
    "public-health": ["Smoking prevalence in the borough remains above the regional average.",
                      "The treatment service has moved into new premises in the town centre.",
                      "Take-up of Health Checks is lowest among men under fifty."],
}

# rows whose names contain an indicator's words but are not the indicator
LOOKALIKES = {
    "childrens-services": ["Children looked after with three or more placements", "Child protection plans ended (%)",
                           "Children in need with a disability", "Care leavers in suitable accommodation (%)"],
    "education": ["EHC plans with an annual review in date (%)", "Home educated children known to social care",
                  "NEET young people aged 18", "EHC needs assessment requests received"],
    "adult-social-care": ["Referrals received through the contact centre", "Long-term support clients reviewed (%)",
                          "Care home admissions (short stay)", "Safeguarding concerns not progressed"],
    "housing": ["Temporary accommodation placements out of borough", "Housing register applications awaiting assessment",
                "Homelessness preventions through mediation (%)", "DFG enquiries received"],
    "environment": ["Fly-tipping prosecutions", "Missed bins reported twice or more", "Recycling bins contaminated (%)",
                    "Fixed penalty notices cancelled"],
    "community-safety": ["ASB incidents involving young people", "Domestic abuse repeat victims (%)",
                         "Community protection notices breached", "MARAC referrals from health"],
    "regeneration": ["Jobs advertised in the town centre", "Business enquiries received",
                     "Vacant town centre units let in the quarter", "Major applications withdrawn"],
    "finance": ["Complaints received escalated to the Ombudsman", "Benefit claims processed within 20 days (%)",
                "FOI requests refused", "Complaints received late (%)"],
    "culture": ["Library visits online", "Active volunteers over 65", "Leisure attendances by under-18s (%)",
                "Museum visits booked online"],
    "public-health": ["Smoking quitters (pregnant women)", "Health Checks declined",
                      "Adults in treatment successfully completing (%)", "Quit attempts set"],
}

THIRD = {"approve": "approves", "agree": "agrees", "delegate authority to": "delegates authority to",
         "endorse": "endorses"}


def decision(d: tuple[str, str], form: str, body: str = "Cabinet") -> str:
    verb, obj = d
    return {"imperative": f"{verb[0].upper()}{verb[1:]} {obj}", "third": f"{THIRD[verb]} {obj}",
            "that": f"That {body} {THIRD[verb]} {obj}", "to": f"To {verb} {obj}",
            "lower": f"{verb} {obj}"}[form]
