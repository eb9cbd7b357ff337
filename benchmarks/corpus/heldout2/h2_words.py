"""The second held-out set's own wording, portfolio by portfolio: officers, titles, the actions
a report asks for, a member's pledges, background lines and rows that only look like an
indicator. Written afresh for this set (none of it is taken from the tuning set's phrases).

Actions are (verb, object); `action_text` gives the forms councils print: "To approve the ...",
"approve the ...", "approves the ...", "That the ... be approved".
"""
from __future__ import annotations

PARTNER = "Kelbrook Vale"  # the neighbouring district that shares services with Hollinsfield
PARTNER_COUNCIL = "Kelbrook Vale District Council"
PARTNER_MEMBERS = ["Joan Pickersgill", "Raymond Oduya", "Christine Beal", "Howard Leng"]
COMPARATORS = ["Whitmoor", "Sandleigh", "Oakhurst", "Brantwood"]
WARD_NAMES = ["Abbeydale", "Brook Green", "Castle Hill", "Dunmere", "Elmfield", "Foxhill", "Grangetown",
              "Harlow Bank", "Ivy Lane", "Jubilee", "Kings Moor", "Lowther", "Mill Lane", "Northgate"]
N_WARDS = 20

OFFICERS = {
    "childrens-services": [("Alison Deverell", "Assistant Director, Children's Social Care"),
                           ("Mark Tunstall", "Head of Corporate Parenting")],
    "education": [("Rebecca Holroyd", "Assistant Director, Education and Inclusion"),
                  ("Sunil Varma", "SEND Service Manager")],
    "adult-social-care": [("Patricia Gedling", "Assistant Director, Adult Care"),
                          ("Owen Blakey", "Head of Safeguarding Adults")],
    "housing": [("Moira Hepplewhite", "Head of Housing Needs"),
                ("Gareth Lumb", "Temporary Accommodation Manager")],
    "environment": [("Darren Oxley", "Head of Waste and Fleet"),
                    ("Yvonne Stabler", "Environmental Enforcement Manager")],
    "community-safety": [("Kieran Moult", "Safer Communities Manager"),
                         ("Janet Ibbotson", "Head of Public Protection")],
    "regeneration": [("Laura Pennock", "Assistant Director, Place and Growth"),
                     ("Simon Abrahams", "Business Investment Manager")],
    "finance": [("Victoria Scaife", "Head of Customer and Revenues"),
                ("Nigel Buttery", "Chief Finance Officer")],
    "culture": [("Helen Cawood", "Head of Libraries, Heritage and Arts"),
                ("Robert Thwaites", "Leisure Contracts Manager")],
    "public-health": [("Dr Anjali Mistry", "Consultant in Public Health"),
                      ("Paul Wardman", "Health Improvement Lead")],
}

TITLES = {
    "childrens-services": ["Children's Social Care: Performance and Improvement", "Corporate Parenting and Safeguarding Update",
                           "Children and Families Services: Quarterly Position"],
    "education": ["SEND and Inclusion: Performance Update", "Education, Inclusion and Participation Report",
                  "Schools, SEND and Skills: Quarterly Position"],
    "adult-social-care": ["Adult Care: Performance and Demand", "Care, Support and Safeguarding Adults Update",
                          "Adult Care Services: Quarterly Position"],
    "housing": ["Housing Needs and Homelessness: Performance", "Housing Options and Temporary Accommodation Update",
                "Housing Services: Quarterly Position"],
    "environment": ["Waste, Fleet and Enforcement: Performance", "Clean and Green Neighbourhoods Update",
                    "Environmental Services: Quarterly Position"],
    "community-safety": ["Safer Communities: Performance Update", "Anti-social Behaviour and Domestic Abuse Update",
                         "Community Safety: Quarterly Position"],
    "regeneration": ["Place and Growth: Performance Update", "Business, Jobs and Town Centres Update",
                     "Regeneration and Economy: Quarterly Position"],
    "finance": ["Customer, Revenues and Benefits: Performance", "Resources: Performance and Customer Feedback",
                "Finance and Resources: Quarterly Position"],
    "culture": ["Libraries, Heritage and Leisure: Performance", "Culture and Leisure: Visitors and Volunteers Update",
                "Culture and Leisure: Quarterly Position"],
    "public-health": ["Public Health: Performance Update", "Health Improvement Programmes Update",
                      "Public Health: Quarterly Position"],
}

# (verb, object[, first year it can be said])
ACTIONS = {
    "childrens-services": [
        ("approve", "the Placement Sufficiency Strategy for children in our care"),
        ("agree", "the revised allowances for foster carers set out in Appendix B"),
        ("endorse", "the Early Help Partnership Plan"),
        ("delegate authority to", "the Director of Children's Services to award the independent visitor contract"),
        ("approve", "the extension of the Edge of Care team for a further two years"),
        ("authorise", "the Director of Children's Services to enter into the regional adoption agency agreement", 2017),
    ],
    "education": [
        ("approve", "the admission arrangements for community schools for the next academic year"),
        ("endorse", "the revised Attendance and Inclusion Strategy"),
        ("delegate authority to", "the Director of Education to consult on new specialist resource provision places"),
        ("approve", "the allocation of the high needs capital grant as set out in the report", 2018),
        ("adopt", "the protocol for children missing education"),
        ("agree", "the terms of reference for the SEND Improvement Board", 2016),
    ],
    "adult-social-care": [
        ("approve", "the Market Position Statement for adult care"),
        ("agree", "the fee rates for residential and nursing care providers for the coming year"),
        ("delegate authority to", "the Director of Adult Social Services to award the reablement framework"),
        ("endorse", "the Carers' Strategy and its action plan"),
        ("approve", "the pooled budget arrangements under the Better Care Fund", 2015),
        ("authorise", "the extension of the assistive technology pilot across the borough"),
    ],
    "housing": [
        ("approve", "the Homelessness and Rough Sleeping Strategy"),
        ("adopt", "the revised Housing Allocations Policy"),
        ("delegate authority to", "the Head of Housing Needs to lease additional self-contained temporary accommodation"),
        ("approve", "the Disabled Facilities Grant discretionary assistance policy"),
        ("endorse", "the landlord accreditation scheme for the private rented sector"),
        ("authorise", "the purchase of up to twenty homes for use as temporary accommodation"),
    ],
    "environment": [
        ("approve", "the Household Waste Collection Policy"),
        ("agree", "the introduction of a charged garden waste service from April"),
        ("adopt", "the Environmental Crime Enforcement Policy"),
        ("delegate authority to", "the Director of Environment to procure replacement refuse collection vehicles"),
        ("endorse", "the Climate Emergency Action Plan", 2019),
        ("approve", "the street cleansing standards set out in Appendix 2"),
    ],
    "community-safety": [
        ("approve", "the Safer Hollinsfield Partnership Plan"),
        ("endorse", "the Domestic Abuse Strategy and its delivery plan"),
        ("delegate authority to", "the Head of Public Protection to extend the CCTV monitoring contract"),
        ("approve", "the revised Anti-social Behaviour Policy and Community Trigger procedure", 2015),
        ("authorise", "consultation on a Public Spaces Protection Order for the town centre", 2015),
        ("adopt", "the Hate Crime Reporting Charter"),
    ],
    "regeneration": [
        ("approve", "the Town Centre Masterplan for consultation"),
        ("agree", "the eligibility criteria for the Business Growth Grant scheme"),
        ("delegate authority to", "the Director of Place to negotiate the purchase of the former bus depot"),
        ("endorse", "the Employment and Skills Plan"),
        ("approve", "the Local Development Scheme"),
        ("adopt", "the Shopfront Design Guide as a Supplementary Planning Document"),
    ],
    "finance": [
        ("approve", "the Council Tax Support scheme for consultation", 2013),
        ("endorse", "the revised Customer Feedback and Complaints Policy"),
        ("delegate authority to", "the Chief Finance Officer to write off the irrecoverable debts listed in the exempt appendix"),
        ("approve", "the Digital Strategy and the funding for its first phase"),
        ("adopt", "the revised Information Requests Policy"),
        ("agree", "the Treasury Management mid-year review"),
    ],
    "culture": [
        ("approve", "the Library Service Strategy"),
        ("agree", "the revised fees and charges for leisure centres"),
        ("endorse", "the Cultural Strategy and the bid to Arts Council England"),
        ("delegate authority to", "the Head of Libraries, Heritage and Arts to agree a loan of the museum collection"),
        ("approve", "the Volunteering Framework"),
        ("authorise", "an extension of the leisure management contract for two years"),
    ],
    "public-health": [
        ("approve", "the Tobacco Control Action Plan"),
        ("agree", "the recommissioning of the integrated drug and alcohol treatment service"),
        ("endorse", "the Joint Health and Wellbeing Strategy"),
        ("delegate authority to", "the Director of Public Health to award the NHS Health Check contract"),
        ("approve", "the Healthy Weight Plan"),
        ("authorise", "an extension of the stop smoking service contract for one year"),
    ],
}

_VERB = {  # verb: (third person, past participle)
    "approve": ("approves", "approved"), "agree": ("agrees", "agreed"), "endorse": ("endorses", "endorsed"),
    "adopt": ("adopts", "adopted"), "authorise": ("authorises", "authorised"),
    "delegate authority to": ("delegates authority to", "delegated"),
}


def action_text(action: tuple, form: str) -> str:
    """form: 'to' ("To approve the X"), 'bare' ("approve the X"), 'third' ("approves the X"),
    'passive' ("That the X be approved"), 'that-third' ("That Cabinet approves the X")."""
    verb, obj = action[0], action[1]
    third, past = _VERB[verb]
    if form == "to":
        return f"To {verb} {obj}"
    if form == "bare":
        return f"{verb} {obj}"
    if form == "third":
        return f"{third} {obj}"
    if form == "passive":
        if verb == "delegate authority to":
            return f"That authority be delegated to {obj}"
        if verb == "authorise" and obj.startswith(("the Director", "the Head", "the Chief")):  # an officer
            who, _, rest = obj.partition(" to ")
            return f"That {who} be authorised to {rest}"
        return f"That {obj[0].lower() + obj[1:]} be {past}"
    raise ValueError(form)


# first person, as a member says them: "Over the next six months I will:" + these
PLEDGES = {
    "childrens-services": ["recruit more of our own foster carers, so fewer children live outside the borough",
                           "open the second children's home in partnership with a local charity",
                           "make sure every care leaver has a personal adviser they know by name",
                           "bring the family help teams into the new community hubs",
                           "report to Council on the findings of the practice review"],
    "education": ["reduce the time families wait for an EHC needs assessment",
                  "open the new autism resource base at a secondary school in the north of the borough",
                  "publish a clear local offer for young people leaving school at 16",
                  "work with headteachers to cut exclusions of children with SEND",
                  "set up a home education advisory group with parents"],
    "adult-social-care": ["reduce the number of people waiting for a care assessment",
                          "open two more extra care schemes with our housing partners",
                          "give every unpaid carer who asks an assessment of their own needs",
                          "bring hospital discharge and reablement under one team",
                          "publish a plan to recruit and keep home care workers"],
    "housing": ["end the use of bed and breakfast for families, except in an emergency",
                "bring every empty council-owned home back into use",
                "open a second refuge for women and children with our partners",
                "publish a new tenancy strategy for registered providers",
                "report to Council on landlord licensing in the new year"],
    "environment": ["roll out food waste collections to every household",
                    "plant a tree for every child born in the borough",
                    "target fly-tipping hotspots with mobile cameras",
                    "replace the oldest refuse vehicles with electric ones",
                    "publish ward-by-ward street cleansing results"],
    "community-safety": ["put a neighbourhood warden in every town centre ward",
                         "open a one-stop service for victims of domestic abuse",
                         "work with the police to close problem premises more quickly",
                         "publish anti-social behaviour figures for every ward",
                         "extend the night-time economy scheme to the weekend daytime"],
    "regeneration": ["bring the former market hall back into use",
                     "help local firms win more of the council's own contracts",
                     "deliver the first phase of the riverside housing scheme",
                     "open a business support hub in the town centre",
                     "secure funding for the station gateway scheme"],
    "finance": ["answer more enquiries first time, online or by phone",
                "pay benefit claims faster by moving to automated processing",
                "publish our spending over 500 pounds every month",
                "cut the backlog of complaints awaiting a reply",
                "close the remaining budget gap without cutting frontline services"],
    "culture": ["keep every library open, with longer hours at weekends",
                "bring the museum's collection online",
                "start free swimming for under-eights in the school holidays",
                "grow the number of volunteers across our venues",
                "stage a festival in the park every summer"],
    "public-health": ["open a stop smoking clinic in each of the borough's health centres",
                      "offer a health check in every large workplace in the borough",
                      "work with schools to get more children active every day",
                      "set up a recovery cafe with people in treatment",
                      "publish a plan to reduce alcohol harm in the town centre"],
}

# short, imperative improvement actions (a scrutiny dashboard's 'Proposed actions')
IMPROVEMENTS = {
    "childrens-services": ["Review every placement more than 20 miles from home by the end of the quarter.",
                          "Audit a sample of child protection plans lasting over 18 months.",
                          "Hold a recruitment campaign for foster carers in the spring."],
    "education": ["Recruit two further educational psychologists to clear the assessment backlog.",
                  "Agree a tracking protocol with colleges for 16 and 17 year olds.",
                  "Offer every home-educating family a visit within 20 working days."],
    "adult-social-care": ["Clear the waiting list for occupational therapy assessments.",
                          "Review all short-stay residential placements at six weeks.",
                          "Run a campaign to raise awareness of safeguarding among care providers."],
    "housing": ["Review every temporary accommodation placement over six weeks.",
                "Introduce a triage line for duty to refer partners.",
                "Bring forward the empty homes grant to increase supply."],
    "environment": ["Add two crews to the Monday collection rounds.",
                    "Deploy mobile cameras at the ten worst fly-tipping sites.",
                    "Relaunch the recycling contamination campaign."],
    "community-safety": ["Extend warden patrols into the evening in the town centre.",
                         "Refresh the MARAC information sharing agreement.",
                         "Train all housing officers in recognising coercive control."],
    "regeneration": ["Write to every owner of a long-term empty shop unit.",
                     "Launch the second round of the Business Growth Grant.",
                     "Bring in an extra planning officer for major applications."],
    "finance": ["Move housing benefit change of circumstances forms online.",
                "Publish monthly complaint response times.",
                "Review the FOI disclosure log for repeat requests."],
    "culture": ["Extend Saturday opening at the three busiest libraries.",
                "Launch the volunteer passport scheme.",
                "Review the leisure pricing for concessions."],
    "public-health": ["Commission outreach stop smoking sessions in the hospital.",
                      "Target health check invitations at the most deprived wards.",
                      "Open a satellite treatment hub in the north of the borough."],
}

BACKGROUND = {
    "childrens-services": ["Demand at the front door has remained high since the spring.",
                           "The service continues to rely on agency social workers in two teams.",
                           "Ofsted's last focused visit found practice that was improving."],
    "education": ["Requests for statutory assessment continue to rise, as they do nationally.",
                  "The new SEND panel now meets weekly.",
                  "Attendance has recovered more slowly in secondary schools than in primary schools."],
    "adult-social-care": ["Hospital discharge activity has been higher than planned for most of the year.",
                          "The home care market remains fragile, with two providers handing back packages.",
                          "The strengths-based practice model is now used by every locality team."],
    "housing": ["The loss of private rented tenancies remains the main reason households approach us.",
                "Nightly-paid accommodation is the most expensive form of temporary accommodation we use.",
                "The housing register was reviewed in the spring and inactive applications closed."],
    "environment": ["The new collection rounds went live in the spring.",
                    "Enforcement officers now work evenings and weekends on a rota.",
                    "The materials recycling facility was closed for two weeks for repairs."],
    "community-safety": ["The partnership's strategic assessment was refreshed this year.",
                         "Police recording practice changed during the year, which affects comparisons.",
                         "The town centre remains the location of most reported incidents."],
    "regeneration": ["Footfall in the town centre has improved since the market reopened.",
                     "The enterprise zone continues to attract enquiries from logistics firms.",
                     "Work on the riverside scheme is on programme."],
    "finance": ["Demand on the contact centre rose sharply after annual billing.",
                "The move to online forms has reduced post by a third.",
                "Complaint handling was brought into one team in the spring."],
    "culture": ["The refurbished central library reopened in the spring.",
                "Leisure centre memberships have grown since the new gym opened.",
                "The museum's summer exhibition drew visitors from across the region."],
    "public-health": ["The treatment service was recommissioned last year.",
                      "Health check invitations now go by text message as well as letter.",
                      "Smoking in pregnancy remains higher than the regional average."],
}

# rows that name an indicator but count something else: never that indicator's figure
LOOKALIKES = {
    "childrens-services": ["Children looked after placed more than 20 miles from home",
                           "Children subject to a child protection plan for a second or subsequent time",
                           "Children in need with a disability"],
    "education": ["EHC plans issued within 20 weeks excluding exceptions (%)",
                  "Young people NEET or whose activity is not known",
                  "Children electively home educated who returned to school"],
    "adult-social-care": ["Adults receiving long-term support for more than 12 months",
                          "Safeguarding enquiries started where risk was reduced (%)",
                          "Referrals received from hospital discharge teams"],
    "housing": ["Households in temporary accommodation with dependent children",
                "Households on the housing register in Band A",
                "Homelessness referrals received from the prison service"],
    "environment": ["Fly-tipping incidents cleared within 2 working days (%)",
                    "Missed bin collections put right the next working day (%)",
                    "Fixed penalty notices paid within 14 days"],
    "community-safety": ["ASB incidents resolved within 28 days (%)",
                         "Domestic abuse incidents involving a repeat victim",
                         "Cases heard at MARAC involving children in the household"],
    "regeneration": ["Jobs created or safeguarded through the Business Growth Grant",
                     "Businesses supported to export",
                     "Vacant town centre units brought back into use"],
    "finance": ["New benefit claims processed within 20 days (%)",
                "Stage 1 complaints received about council tax",
                "FOI requests answered within 20 working days (%)"],
    "culture": ["Library visits (virtual)",
                "Leisure centre attendances by under 16s",
                "Active volunteers aged under 25"],
    "public-health": ["NHS Health Checks offered",
                      "Four-week smoking quitters (pregnant women)",
                      "Adults in treatment who left treatment successfully (%)"],
}

SERVICES = {  # what a shared service with Kelbrook Vale is called
    "childrens-services": "Fostering and Adoption", "education": "SEND Transport and Inclusion",
    "adult-social-care": "Adult Care Commissioning", "housing": "Housing Options",
    "environment": "Waste and Recycling", "community-safety": "Community Safety",
    "regeneration": "Economic Growth", "finance": "Revenues and Benefits",
    "culture": "Leisure and Culture", "public-health": "Public Health",
}
