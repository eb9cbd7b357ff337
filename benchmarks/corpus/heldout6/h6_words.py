"""The sixth held-out set's own wording, portfolio by portfolio: officers, report titles, the
decisions a report asks for, the member's priorities, background lines, rows that only look
like an indicator, and the Welsh a parallel-text report prints beside the English. Written
afresh for this set (the counted nouns for each indicator are the corpus's,
../heldout3/h3_words.NOUNS: an indicator is called what it is called).
"""
from __future__ import annotations

COMPARATORS = ["Kettlewell", "Brackenthwaite", "Saltmoor", "Upper Ribbleton", "Hawksworth"]
REGION = "Yorkshire and the Humber"
WARDS = ["Abbeyfield", "Birchcliffe", "Cowling Bridge", "Dobroyd", "Elmfield", "Fairweather Green", "Gledhow",
         "Holme Top", "Illingworth", "Jer Lane", "Knowle Park", "Lidget", "Mytholm", "Norland"]
N_WARDS = 23
ADDRESS = "Town Hall, Crossley Street, Hollinsfield HF1 1UJ"

OFFICERS = {
    "childrens-services": [("Gwen Pritchard-Lloyd", "Head of Children's Social Work"),
                           ("Oliver Stansfield", "Service Manager, Children in Care")],
    "education": [("Deborah Ilesanmi", "Head of SEND and Inclusion"),
                  ("Ciaran Mulholland", "Principal Education Officer")],
    "adult-social-care": [("Yvonne Hebblethwaite", "Head of Adult Social Work"),
                          ("Rashid Karolia", "Commissioning Manager, Ageing Well")],
    "housing": [("Morag Fairhurst", "Head of Housing Solutions"),
                ("Dylan Aspinall", "Housing Options Manager")],
    "environment": [("Graham Lumb", "Head of Environmental Services"),
                    ("Sunita Bhogal", "Waste Strategy Manager")],
    "community-safety": [("Philippa Roocroft", "Head of Safer Communities"),
                         ("Owen Tattersall", "Community Safety Partnership Manager")],
    "regeneration": [("Vikram Nandra", "Head of Planning and Regeneration"),
                     ("Carys Wolstenholme", "Economic Development Manager")],
    "finance": [("Alastair Greenhalgh", "Head of Customer and Exchequer Services"),
                ("Bethan Rhodes", "Head of Information Governance")],
    "culture": [("Ffion Sutcliffe", "Head of Libraries, Arts and Heritage"),
                ("Jerome Ackroyd", "Active Lifestyles Manager")],
    "public-health": [("Dr Kirsty Holroyd", "Consultant in Public Health"),
                      ("Tomasz Wisniewski", "Public Health Programme Lead")],
}

DIRECTORS = {
    "childrens-services": "Director of Children's Services", "education": "Director of Children's Services",
    "adult-social-care": "Director of Adult Services", "housing": "Director of Place",
    "environment": "Director of Place", "community-safety": "Director of Communities",
    "regeneration": "Director of Place", "finance": "Director of Corporate Resources",
    "culture": "Director of Communities", "public-health": "Director of Public Health",
}
DIRECTORATE = {
    "childrens-services": "People", "education": "People", "adult-social-care": "People",
    "public-health": "People", "housing": "Place", "environment": "Place", "regeneration": "Place",
    "community-safety": "Communities and Resources", "finance": "Communities and Resources",
    "culture": "Communities and Resources",
}

TITLES = {
    "childrens-services": ["Children's Social Care Performance and Practice", "Children in Care and Care Leavers Update"],
    "education": ["SEND Improvement and Inclusion Update", "Participation and Elective Home Education Report"],
    "adult-social-care": ["Adult Social Care Performance and Pressures", "Ageing Well and Independence Update"],
    "housing": ["Homelessness and Housing Options Performance", "Housing Solutions Service Update"],
    "environment": ["Environmental Services Performance Update", "Waste, Recycling and Street Scene Report"],
    "community-safety": ["Safer Hollinsfield Partnership Update", "Anti-social Behaviour and Domestic Abuse Report"],
    "regeneration": ["Planning and Economic Growth Performance", "Business Support and Town Centre Report"],
    "finance": ["Customer and Exchequer Services Performance", "Complaints, Claims and Information Requests"],
    "culture": ["Libraries, Arts and Active Lifestyles Update", "Culture and Leisure Performance Report"],
    "public-health": ["Public Health Programmes Performance", "Healthy Lives Programme Update"],
}

DECISIONS = {
    "childrens-services": [
        ("approve", "the Corporate Parenting Strategy and its pledge to children in care"),
        ("agree", "the expansion of the in-house fostering recruitment campaign"),
        ("endorse", "the Edge of Care service model set out in Appendix 2"),
        ("authorise", "the Director of Children's Services to procure a supported lodgings framework"),
    ],
    "education": [
        ("approve", "the Inclusion Charter for all schools in the borough"),
        ("agree", "the creation of forty additional specialist school places"),
        ("endorse", "the Elective Home Education Protocol"),
        ("authorise", "the Director of Children's Services to consult on a new SEND transport policy"),
    ],
    "adult-social-care": [
        ("approve", "the Ageing Well Strategy and its action plan"),
        ("agree", "the commissioning of a reablement service for people leaving hospital"),
        ("endorse", "the Carers' Charter developed with local carers"),
        ("authorise", "the Director of Adult Services to enter into the Better Care Fund agreement"),
    ],
    "housing": [
        ("approve", "the Homelessness and Rough Sleeping Strategy"),
        ("agree", "the purchase of up to twenty homes for use as temporary accommodation"),
        ("endorse", "the revised Housing Allocations Policy for consultation"),
        ("authorise", "the Director of Place to agree nomination rights with registered providers"),
    ],
    "environment": [
        ("approve", "the Waste Minimisation Plan"),
        ("agree", "the roll-out of food waste collections to all households"),
        ("endorse", "the Environmental Enforcement Charter"),
        ("authorise", "the Director of Place to award the bulky waste collection contract"),
    ],
    "community-safety": [
        ("approve", "the Safer Hollinsfield Partnership Plan"),
        ("agree", "the extension of the town centre CCTV network"),
        ("endorse", "the Domestic Abuse Safe Accommodation Strategy"),
        ("authorise", "the Director of Communities to renew the Public Spaces Protection Order"),
    ],
    "regeneration": [
        ("approve", "the Town Centre Masterplan for consultation"),
        ("agree", "the Business Rates Growth Grant scheme"),
        ("endorse", "the Local Skills Improvement Plan"),
        ("authorise", "the Director of Place to acquire the former market hall site"),
    ],
    "finance": [
        ("approve", "the Customer Access Strategy"),
        ("agree", "the Corporate Debt Recovery Policy"),
        ("endorse", "the Information Governance Framework"),
        ("authorise", "the Director of Corporate Resources to procure a new revenues and benefits system"),
    ],
    "culture": [
        ("approve", "the Libraries Transformation Plan"),
        ("agree", "the transfer of two community centres to local trusts"),
        ("endorse", "the Physical Activity Strategy"),
        ("authorise", "the Director of Communities to submit the heritage lottery bid for the museum"),
    ],
    "public-health": [
        ("approve", "the Tobacco Control Action Plan"),
        ("agree", "the recommissioning of the stop smoking service"),
        ("endorse", "the Health Inequalities Framework"),
        ("authorise", "the Director of Public Health to extend the drug and alcohol treatment contract"),
    ],
}

PRIORITIES = {
    "childrens-services": ["Bring more children in care back to live in the borough",
                           "Reduce social worker caseloads to no more than eighteen",
                           "Make sure every care leaver has a home and a trusted adult",
                           "Strengthen early help so fewer families reach crisis"],
    "education": ["Cut the time families wait for an EHC needs assessment",
                  "Open the new specialist provision on time",
                  "Visit every electively home educated child at least once a year",
                  "Help more young people stay in learning after sixteen"],
    "adult-social-care": ["Get more people home from hospital with reablement",
                          "Reduce the number of older people moving permanently into care homes",
                          "Shorten the wait for a social care assessment",
                          "Support unpaid carers to have a life of their own"],
    "housing": ["End the use of bed and breakfast for families",
                "Prevent homelessness earlier through the duty to refer",
                "Speed up adaptations for disabled residents",
                "Reduce the time households spend on the register"],
    "environment": ["Raise the recycling rate year on year",
                    "Clear reported fly-tips within two working days",
                    "Get missed bins right first time",
                    "Take firm action against those who litter"],
    "community-safety": ["Reduce repeat anti-social behaviour in our hotspots",
                         "Support every high-risk victim of domestic abuse",
                         "Make the town centre safer at night",
                         "Use community protection powers early and consistently"],
    "regeneration": ["Fill empty shops in the town centre",
                     "Decide major planning applications on time",
                     "Help local firms grow and take on apprentices",
                     "Bring forward the station quarter scheme"],
    "finance": ["Answer more customer queries at the first point of contact",
                "Process new benefit claims faster",
                "Learn from every complaint we uphold",
                "Publish more information so fewer FOI requests are needed"],
    "culture": ["Bring more families into our libraries",
                "Grow the number of active volunteers",
                "Get more residents active in our leisure centres",
                "Reopen the museum's upper galleries"],
    "public-health": ["Help more smokers to quit for good",
                      "Offer an NHS Health Check to everyone eligible",
                      "Get more people into drug and alcohol treatment",
                      "Tackle the causes of poor health in our most deprived wards"],
}

BACKGROUND = {
    "childrens-services": ["Contacts to the front door remain above the level seen before the pandemic.",
                           "The service continues to rely on agency social workers in two teams."],
    "education": ["Requests for EHC needs assessments continue to rise.",
                  "More families are choosing to educate their children at home."],
    "adult-social-care": ["Hospital discharges have been higher than planned since the autumn.",
                          "The domiciliary care market remains fragile."],
    "housing": ["Evictions from the private rented sector remain the main cause of homelessness.",
                "Demand for family-sized temporary accommodation continues to grow."],
    "environment": ["New collection rounds started in the autumn.",
                    "Enforcement officers have been redeployed to the worst-affected streets."],
    "community-safety": ["The partnership's tasking group now meets fortnightly.",
                         "Reports of domestic abuse rose after the awareness campaign."],
    "regeneration": ["Footfall in the town centre is recovering slowly.",
                     "The planning service has cleared its backlog of older applications."],
    "finance": ["More residents are now using the online self-service account.",
                "Complaints about waste services made up the largest share of the total."],
    "culture": ["The refurbished central library reopened during the period.",
                "Summer programmes in the parks attracted new visitors."],
    "public-health": ["The stop smoking service moved into community pharmacies this year.",
                      "Take-up of NHS Health Checks is lowest in the most deprived wards."],
}

LOOKALIKES = {
    "childrens-services": ["Children looked after placed with parents", "Child protection plans ceased",
                           "Children in need with a disability"],
    "education": ["EHC plans ceased", "Children returning to school from home education",
                  "NEET young people with a learning difficulty"],
    "adult-social-care": ["Referrals received from hospital wards", "Long-term support reviews completed",
                          "Safeguarding concerns not progressed"],
    "housing": ["Households in temporary accommodation out of borough", "Housing register applications awaiting assessment",
                "DFG enquiries received"],
    "environment": ["Fly-tipping incidents cleared by volunteers", "Missed bins on assisted collections",
                    "Fixed penalty notices cancelled"],
    "community-safety": ["ASB incidents referred to housing providers", "Domestic abuse incidents with repeat victims",
                         "Community protection warnings issued"],
    "regeneration": ["Jobs advertised through the jobs hub", "Businesses enquiring about grants",
                     "Town centre units let"],
    "finance": ["Complaints escalated to the Ombudsman", "Benefit claims awaiting evidence",
                "FOI requests withheld in full"],
    "culture": ["Library e-book loans", "Volunteer hours recorded", "Leisure memberships cancelled"],
    "public-health": ["Smokers setting a quit date", "Health Checks invitations sent",
                      "Adults leaving treatment in an unplanned way"],
}

THIRD = {"approve": "approves", "agree": "agrees", "authorise": "authorises", "endorse": "endorses"}
PASSIVE = {"approve": "approved", "agree": "agreed", "authorise": "authorised", "endorse": "endorsed"}
WELSH_VERB = {"approve": "cymeradwyo", "agree": "cytuno ar", "authorise": "awdurdodi", "endorse": "cymeradwyo'n ffurfiol"}


def decision(d: tuple[str, str], form: str, body: str = "Cabinet") -> str:
    verb, obj = d
    if form == "passive":
        if verb == "authorise":
            who, what = obj.split(" to ", 1)
            return f"{who} be authorised to {what}"
        return f"{obj} be {PASSIVE[verb]}"
    return {"imperative": f"{verb[0].upper()}{verb[1:]} {obj}", "third": f"{THIRD[verb]} {obj}",
            "that": f"That {body} {THIRD[verb]} {obj}", "to": f"to {verb} {obj}",
            "lower": f"{verb} {obj}"}[form]


WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                "Hydref", "Tachwedd", "Rhagfyr"]
WELSH_DAYS = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]
WELSH_PORTFOLIO = {
    "childrens-services": "Gwasanaethau Plant", "education": "Addysg a Sgiliau",
    "adult-social-care": "Gofal Cymdeithasol i Oedolion ac Iechyd", "housing": "Tai",
    "environment": "yr Amgylchedd a Chymdogaethau", "community-safety": "Diogelwch Cymunedol",
    "regeneration": "Adfywio a'r Economi", "finance": "Cyllid ac Adnoddau", "culture": "Diwylliant a Hamdden",
    "public-health": "Iechyd y Cyhoedd",
}
WELSH_QUARTER = "Chwarter"
