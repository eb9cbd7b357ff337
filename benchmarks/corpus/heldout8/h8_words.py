"""The eighth held-out set's own wording, portfolio by portfolio: officers and directors, the
decisions a paper asks for, the member's priorities, background lines and rows that only look
like an indicator. Written afresh for this set (the counted nouns for each indicator are the
corpus's, ../heldout3/h3_words.NOUNS: an indicator is called what it is called).
"""
from __future__ import annotations

COMPARATORS = ["Thornbury Vale", "Morleigh", "Castleshaw", "Netherfold", "Ashby Wolds"]
REGION = "North West"
WARDS = ["Arncliffe", "Bank Top", "Clough Foot", "Deanhead", "Eastfield", "Fernhill", "Grange Moor", "Hebble",
         "Intake", "Jubilee", "Kirkstall Brow", "Longroyd", "Marsh", "Newlay"]
LOCALITIES = ["North", "Central", "South"]
N_WARDS = 21
ADDRESS = "Civic Centre, Wharf Street, Hollinsfield HF1 2QT"

OFFICERS = {
    "childrens-services": [("Harriet Lomax", "Assistant Director, Children's Social Care"),
                           ("Kwame Asante-Boyd", "Head of Corporate Parenting")],
    "education": [("Fiona Dalgliesh", "Assistant Director, Education and Inclusion"),
                  ("Robert Ingleby", "SEND Improvement Lead")],
    "adult-social-care": [("Joanne Sugden", "Assistant Director, Adult Care"),
                          ("Farid Hussain", "Head of Prevention and Reablement")],
    "housing": [("Lynne Crabtree", "Head of Housing Needs"),
                ("Patrick Ogunleye", "Temporary Accommodation Manager")],
    "environment": [("Stuart Haigh", "Head of Neighbourhood Services"),
                    ("Mei Ling Carr", "Recycling and Waste Manager")],
    "community-safety": [("Andrea Kowalczyk", "Community Safety Manager"),
                         ("Dean Pickles", "ASB Team Leader")],
    "regeneration": [("Sophie Marchbank", "Head of Economic Growth"),
                     ("Ian Battersby", "Development Management Manager")],
    "finance": [("Geraint Howells", "Head of Revenues and Benefits"),
                ("Lucy Armitage", "Information Governance Manager")],
    "culture": [("Naomi Fielden", "Head of Culture and Libraries"),
                ("Craig Whiteley", "Leisure Services Manager")],
    "public-health": [("Dr Anjali Mistry", "Consultant in Public Health"),
                      ("Ewan Robertshaw", "Health Improvement Manager")],
}

DIRECTORS = {
    "childrens-services": ("Marcus Bentley", "Strategic Director, Children and Families"),
    "education": ("Marcus Bentley", "Strategic Director, Children and Families"),
    "adult-social-care": ("Claire Utley", "Strategic Director, Adults and Health"),
    "public-health": ("Dr Simon Raistrick", "Director of Public Health"),
    "housing": ("Rebecca Nuttall", "Strategic Director, Place"),
    "environment": ("Rebecca Nuttall", "Strategic Director, Place"),
    "regeneration": ("Rebecca Nuttall", "Strategic Director, Place"),
    "community-safety": ("Anthony Greaves", "Strategic Director, Communities"),
    "culture": ("Anthony Greaves", "Strategic Director, Communities"),
    "finance": ("Helen Royston", "Strategic Director, Corporate Services (Section 151 Officer)"),
}

TITLES = {
    "childrens-services": ["Children's Social Care: Quarterly Position", "Sufficiency and Placements Review"],
    "education": ["SEND Written Statement of Action: Progress", "Inclusion and Attendance Position Statement"],
    "adult-social-care": ["Adult Care Demand and Capacity", "Home First and Reablement Position"],
    "housing": ["Homelessness Prevention and Temporary Accommodation", "Housing Needs Position Statement"],
    "environment": ["Neighbourhood Services Quarterly Position", "Clean Streets and Recycling Review"],
    "community-safety": ["Safer Streets Position Statement", "ASB and Domestic Abuse Quarterly Review"],
    "regeneration": ["Growth and Planning Position Statement", "Town Centre Recovery Review"],
    "finance": ["Revenues, Benefits and Customer Position", "Information Rights and Complaints Review"],
    "culture": ["Culture, Libraries and Leisure Position", "Active Hollinsfield Review"],
    "public-health": ["Health Improvement Programme Position", "Tobacco, Alcohol and Drugs Review"],
}

# (verb, object): what a paper asks a body to decide
DECISIONS = {
    "childrens-services": [("approve", "the Sufficiency Strategy for children in care"),
                           ("agree", "a pilot of family group conferencing in the North locality"),
                           ("endorse", "the Care Leavers' Local Offer refreshed with young people")],
    "education": [("approve", "the Attendance Improvement Plan"),
                  ("agree", "the expansion of the resourced provision at Fernhill Primary"),
                  ("endorse", "the Graduated Approach toolkit for mainstream schools")],
    "adult-social-care": [("approve", "the Home First discharge model"),
                          ("agree", "the uplift to home care fees set out in the report"),
                          ("endorse", "the Joint Carers' Strategy")],
    "housing": [("approve", "the Temporary Accommodation Placement Policy"),
                ("agree", "the leasing of up to fifteen family homes from local landlords"),
                ("endorse", "the Domestic Abuse Housing Pathway")],
    "environment": [("approve", "the Clean Streets Plan"),
                    ("agree", "the trial of a booked bulky waste service"),
                    ("endorse", "the revised Litter Enforcement Policy")],
    "community-safety": [("approve", "the Safer Streets Action Plan"),
                         ("agree", "the deployment of two additional mobile CCTV units"),
                         ("endorse", "the Serious Violence Duty Strategic Needs Assessment")],
    "regeneration": [("approve", "the Town Centre Recovery Plan"),
                     ("agree", "the Shopfront Improvement Grant scheme"),
                     ("endorse", "the Inclusive Economy Framework")],
    "finance": [("approve", "the Fair Debt Collection Policy"),
                ("agree", "the move of benefit claims to the online form"),
                ("endorse", "the Complaints Learning Framework")],
    "culture": [("approve", "the Libraries Offer for 2025 and beyond"),
                ("agree", "the investment in the Eastfield Pool changing rooms"),
                ("endorse", "the Heritage Volunteering Plan")],
    "public-health": [("approve", "the Smokefree Hollinsfield Plan"),
                      ("agree", "the extension of the community health check outreach"),
                      ("endorse", "the Combating Drugs Partnership Delivery Plan")],
}

PRIORITIES = {
    "childrens-services": ["Keep more children in care close to their schools and friends",
                           "Recruit forty new foster carers over the next two years",
                           "Give every care leaver a personal adviser who knows them well",
                           "Cut the number of children coming into care in an emergency"],
    "education": ["Get every child with an EHC plan into the right school place by September",
                  "Raise attendance among pupils with special educational needs",
                  "Make sure every home educated child is known to the council",
                  "Halve the number of young people whose destination is unknown"],
    "adult-social-care": ["Help more people leave hospital straight to their own home",
                          "Reduce waiting lists for occupational therapy assessments",
                          "Offer every carer a carer's assessment within four weeks",
                          "Keep older people living independently for longer"],
    "housing": ["Stop placing families in bed and breakfast for more than six weeks",
                "Work with landlords to keep tenancies going",
                "Complete adaptations for disabled residents within six months",
                "Build up the council's own stock of temporary homes"],
    "environment": ["Make every neighbourhood cleaner and greener",
                    "Prosecute more fly-tippers and publicise the results",
                    "Increase the amount of food waste we collect",
                    "Put an end to repeat missed collections"],
    "community-safety": ["Close down the hotspots of anti-social behaviour",
                         "Make sure every victim of domestic abuse gets help quickly",
                         "Bring more partners into the town centre night-time plan",
                         "Work with young people at risk of exploitation"],
    "regeneration": ["Bring empty shops back into use",
                     "Keep planning decisions on time as applications rise",
                     "Support new businesses through their first two years",
                     "Secure funding for the riverside scheme"],
    "finance": ["Pay new benefit claims within twenty days",
                "Resolve more complaints at the first stage",
                "Answer every information request on time",
                "Move more customer contact online without leaving anyone behind"],
    "culture": ["Get more children reading through the library offer",
                "Grow our volunteer programme across every service",
                "Increase the number of people using our leisure centres",
                "Open the new heritage gallery"],
    "public-health": ["Help two thousand smokers to quit over the next three years",
                      "Reach more men in their forties with an NHS Health Check",
                      "Increase the number of people in recovery from drug and alcohol dependency",
                      "Put health at the heart of every council decision"],
}

BACKGROUND = {
    "childrens-services": ["Placement costs have risen faster than inflation for the third year running.",
                           "Demand at the front door has settled after a busy autumn."],
    "education": ["The local area's SEND inspection revisit is expected in the spring.",
                  "Persistent absence remains above the level seen before the pandemic."],
    "adult-social-care": ["Winter pressures in the acute trust started earlier than usual.",
                          "Recruitment to home care has improved since the pay uplift."],
    "housing": ["Private rents in the borough have risen sharply over the past year.",
                "More households are approaching the council at the point of eviction."],
    "environment": ["Collection rounds were redesigned during the summer.",
                    "A new enforcement partner started work in the spring."],
    "community-safety": ["The Community Safety Partnership refreshed its priorities this year.",
                         "Police neighbourhood teams were restructured in the autumn."],
    "regeneration": ["Vacancy rates remain highest on the eastern side of the town centre.",
                     "Applications for major schemes have picked up since the summer."],
    "finance": ["The move to the new customer platform completed in the period.",
                "Demand for help with the cost of living remains high."],
    "culture": ["The Central Library's refurbishment finished during the period.",
                "Holiday activity programmes ran at every leisure centre."],
    "public-health": ["The stop smoking offer now includes vapes as a quit aid.",
                      "Outreach health checks were run at workplaces for the first time."],
}

LOOKALIKES = {
    "childrens-services": ["Children looked after missing from placement", "Child protection plans lasting 2 years or more"],
    "education": ["EHC plan annual reviews overdue", "Home education notifications received"],
    "adult-social-care": ["Referrals received by the hospital discharge team", "Long-term support reviews outstanding"],
    "housing": ["Households in temporary accommodation with children", "Housing register bids placed"],
    "environment": ["Fly-tipping incidents on private land", "Missed bins rectified next day"],
    "community-safety": ["ASB incidents involving under 18s", "Domestic abuse referrals to IDVA"],
    "regeneration": ["Jobs fair attendees", "Businesses attending start-up workshops"],
    "finance": ["Complaints upheld at stage 2", "Benefit claims suspended"],
    "culture": ["Library PC sessions", "Volunteer applications received"],
    "public-health": ["Quit attempts set at 4 weeks", "Health Check invitations declined"],
}

PASSIVE = {"approve": "approved", "agree": "agreed", "endorse": "endorsed"}
THIRD = {"approve": "approves", "agree": "agrees", "endorse": "endorses"}


def decision(d: tuple[str, str], form: str, body: str = "Cabinet") -> str:
    verb, obj = d
    return {"lower": f"{verb} {obj}", "imperative": f"{verb[0].upper()}{verb[1:]} {obj}",
            "to": f"to {verb} {obj}", "passive": f"{obj[0].upper()}{obj[1:]} be {PASSIVE[verb]}",
            "third": f"{THIRD[verb]} {obj}", "that": f"That {body} {THIRD[verb]} {obj}",
            "ing": f"{verb[:-1] if verb.endswith('e') else verb}ing {obj}"}[form]
