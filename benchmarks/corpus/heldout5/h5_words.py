"""The fifth held-out set's own wording, portfolio by portfolio: officers, report titles, the
decisions a report asks for, the member's priorities, background lines and rows that only look
like an indicator. Written afresh for this set (the counted nouns for each indicator are the
corpus's, ../heldout3/h3_words.NOUNS: an indicator is called what it is called).
"""
from __future__ import annotations

COMPARATORS = ["Ashcombe", "Thornleigh", "Great Marsden", "Pelham Vale", "Rowton"]
REGION = "North West"
WARDS = ["Aldergate", "Bramhope", "Castle Hill", "Deanfield", "Eastwood Park", "Fernside", "Gildersome",
         "Hallbank", "Ingrow", "Kirkstall Rise", "Lingdale", "Marsh End", "Netherfold", "Oakworth"]
N_WARDS = 21
ADDRESS = "Civic Centre, Market Place, Hollinsfield HF1 2BE"

OFFICERS = {
    "childrens-services": [("Rosalind Achterberg", "Assistant Director, Children's Social Care"),
                           ("Tobias Gillingham", "Head of Safeguarding and Quality Assurance")],
    "education": [("Naomi Everingham", "Assistant Director, Inclusion and SEND"),
                  ("Faisal Qureshi", "Head of School Effectiveness")],
    "adult-social-care": [("Pauline Straughan", "Assistant Director, Adult Social Work"),
                          ("Gregor Amankwah", "Head of Commissioning, Adults")],
    "housing": [("Celia Brannigan", "Head of Housing Needs"),
                ("Marcus Oyelaran", "Service Manager, Temporary Accommodation")],
    "environment": [("Duncan Threapleton", "Head of Waste and Environmental Services"),
                    ("Imogen Barraclough", "Neighbourhood Services Manager")],
    "community-safety": [("Selina Fairclough", "Head of Community Safety"),
                         ("Joel Marriner", "Domestic Abuse Partnership Coordinator")],
    "regeneration": [("Anthony Kilbride", "Head of Economic Development"),
                     ("Ruth Calverley", "Development Management Manager")],
    "finance": [("Stephen Woolhouse", "Head of Revenues, Benefits and Customer Services"),
                ("Lydia Marchetti", "Information Governance Manager")],
    "culture": [("Bernadette Foulds", "Head of Culture and Libraries"),
                ("Kwame Asante", "Sport and Physical Activity Manager")],
    "public-health": [("Dr Alistair Menzies", "Deputy Director of Public Health"),
                      ("Hannah Oldroyd", "Public Health Commissioning Manager")],
}

DIRECTORS = {
    "childrens-services": "Strategic Director, People", "education": "Strategic Director, People",
    "adult-social-care": "Strategic Director, Adults and Health", "housing": "Strategic Director, Place",
    "environment": "Strategic Director, Place", "community-safety": "Strategic Director, Communities",
    "regeneration": "Strategic Director, Place", "finance": "Strategic Director, Resources",
    "culture": "Strategic Director, Communities", "public-health": "Director of Public Health",
}

TITLES = {
    "childrens-services": ["Children's Social Care Improvement Journey", "Safeguarding Children: Quarterly Position",
                           "Sufficiency and Placements Review"],
    "education": ["SEND Written Statement of Action: Position Statement", "Inclusion and Attendance Update",
                  "Post-16 Participation Review"],
    "adult-social-care": ["Adult Social Care Transformation Update", "Home First and Hospital Discharge",
                          "Adult Safeguarding Quarterly Position"],
    "housing": ["Housing Needs and Homelessness Position", "Temporary Accommodation Pressures",
                "Housing Register and Lettings Review"],
    "environment": ["Waste Services Quarterly Position", "Clean and Green Neighbourhoods Update",
                    "Environmental Enforcement Review"],
    "community-safety": ["Community Safety Partnership Position", "Tackling Anti-social Behaviour Update",
                         "Domestic Abuse Partnership Review"],
    "regeneration": ["Economic Growth Position Statement", "Town Centre Recovery Update",
                     "Development Management Performance Review"],
    "finance": ["Revenues, Benefits and Customer Services Position", "Corporate Complaints and FOI Review",
                "Customer Experience Update"],
    "culture": ["Culture, Sport and Libraries Position", "Library Service Review",
                "Sport and Physical Activity Update"],
    "public-health": ["Public Health Outcomes Position", "Substance Misuse and Smoking Cessation Update",
                      "NHS Health Check Programme Review"],
}

DECISIONS = {
    "childrens-services": [
        ("approve", "the Placement Sufficiency Strategy and its delivery plan"),
        ("agree", "the opening of two small children's homes within the borough"),
        ("authorise", "the Strategic Director, People to join the regional fostering recruitment hub"),
        ("endorse", "the Family Help model described in the report"),
        ("approve", "the revised Staying Put allowance for care leavers"),
    ],
    "education": [
        ("approve", "the SEND Sufficiency Plan for consultation"),
        ("agree", "capital funding for a resourced provision at Fernside Academy"),
        ("endorse", "the Attendance Strategy agreed with schools"),
        ("authorise", "the Strategic Director, People to vary the home to school transport contracts"),
        ("approve", "the Post-16 Participation Action Plan"),
    ],
    "adult-social-care": [
        ("approve", "the Home First discharge model as the default pathway"),
        ("agree", "the inflationary uplift to the homecare hourly rate"),
        ("endorse", "the All-Age Carers Strategy"),
        ("authorise", "the Strategic Director, Adults and Health to extend the equipment service contract"),
        ("approve", "the Shared Lives expansion business case"),
    ],
    "housing": [
        ("approve", "the Temporary Accommodation Acquisition Programme"),
        ("agree", "the revised Homelessness Prevention Grant spending plan"),
        ("endorse", "the Tenancy Strategy for consultation with registered providers"),
        ("authorise", "the Strategic Director, Place to lease self-contained units for families"),
        ("approve", "the Empty Homes Enforcement Policy"),
    ],
    "environment": [
        ("approve", "the Litter and Fly-tipping Enforcement Policy"),
        ("agree", "the introduction of a chargeable garden waste service"),
        ("endorse", "the Resources and Waste Strategy"),
        ("authorise", "the Strategic Director, Place to extend the household waste recycling centre contract"),
        ("approve", "the Street Cleansing Service Standards"),
    ],
    "community-safety": [
        ("approve", "the Community Safety Partnership Strategic Assessment"),
        ("agree", "the renewal of the Public Spaces Protection Order for dog control"),
        ("endorse", "the Violence Reduction Strategy"),
        ("authorise", "the Strategic Director, Communities to commission a refuge for families"),
        ("approve", "the Anti-social Behaviour Case Review procedure"),
    ],
    "regeneration": [
        ("approve", "the High Street Renewal Action Plan"),
        ("agree", "the shopfront improvement grant scheme"),
        ("endorse", "the Inward Investment Strategy"),
        ("authorise", "the Strategic Director, Place to submit the Growth Deal bid"),
        ("approve", "the Planning Enforcement Plan"),
    ],
    "finance": [
        ("approve", "the Customer Experience Strategy"),
        ("agree", "the Council Tax discretionary discount policy"),
        ("endorse", "the Digital Inclusion Plan"),
        ("authorise", "the Strategic Director, Resources to write off debts over the delegated limit"),
        ("approve", "the Unreasonable Complainant Behaviour Policy"),
    ],
    "culture": [
        ("approve", "the Libraries Strategy for the next five years"),
        ("agree", "the community management model for branch libraries"),
        ("endorse", "the Cultural Compact for the borough"),
        ("authorise", "the Strategic Director, Communities to award the leisure management contract"),
        ("approve", "the Museum Collections Development Policy"),
    ],
    "public-health": [
        ("approve", "the Smokefree Generation Plan"),
        ("agree", "the recommissioning of the integrated sexual health service"),
        ("endorse", "the Whole Systems Approach to Healthy Weight"),
        ("authorise", "the Director of Public Health to award the NHS Health Check contract"),
        ("approve", "the Drug and Alcohol Strategy"),
    ],
}

PRIORITIES = {
    "childrens-services": [
        "Reduce our reliance on placements outside Hollinsfield",
        "Recruit twenty new foster carers this year",
        "Make sure every child on a plan is visited on time",
        "Offer every care leaver a personal adviser until they are twenty-five",
        "Stabilise the social work workforce with permanent staff",
    ],
    "education": [
        "Issue every new EHC plan on time",
        "Bring persistent absence down in our secondary schools",
        "Create more specialist places within the borough",
        "Keep track of every child who is educated at home",
        "Give every school leaver a place in education, employment or training",
    ],
    "adult-social-care": [
        "Help people home from hospital on the day they are ready",
        "Clear the waiting list for Care Act assessments",
        "Give unpaid carers more breaks",
        "Reduce admissions to residential care by supporting people at home",
        "Complete safeguarding enquiries promptly and with the person at the centre",
    ],
    "housing": [
        "Stop placing families in bed and breakfast accommodation",
        "Step in earlier to prevent homelessness",
        "Speed up adaptations for disabled residents",
        "Bring long-term empty homes back into use",
        "Make the housing register simpler and fairer",
    ],
    "environment": [
        "Clear fly-tipping within forty-eight hours of a report",
        "Increase recycling from flats and shared bin stores",
        "Prosecute more fly-tippers",
        "Cut the number of missed collections",
        "Make our streets and parks cleaner",
    ],
    "community-safety": [
        "Reduce anti-social behaviour in the town centre",
        "Support every high-risk victim of domestic abuse through MARAC",
        "Use our enforcement powers against persistent offenders",
        "Work with young people at risk of exploitation",
        "Improve CCTV coverage in hotspot areas",
    ],
    "regeneration": [
        "Fill empty units in the town centre",
        "Help local firms to grow and create jobs",
        "Determine major planning applications on time",
        "Attract new investment to the riverside sites",
        "Connect residents with training and jobs",
    ],
    "finance": [
        "Resolve more enquiries at the first point of contact",
        "Pay new benefit claims faster",
        "Answer complaints within our published timescales",
        "Clear the backlog of information requests",
        "Help residents who cannot get online to use our services",
    ],
    "culture": [
        "Keep all our libraries open",
        "Recruit and keep more volunteers",
        "Grow visits to the museum",
        "Get more residents active",
        "Host a major cultural event each year",
    ],
    "public-health": [
        "Help more smokers to stop for good",
        "Offer NHS Health Checks where they are most needed",
        "Get more people into drug and alcohol treatment",
        "Tackle childhood obesity with schools and families",
        "Narrow the gap in healthy life expectancy",
    ],
}

BACKGROUND = {
    "childrens-services": ["Demand at the front door has stayed high since the summer.",
                           "Placement costs continue to rise faster than inflation.",
                           "Ofsted's focused visit recognised improvements in practice."],
    "education": ["Requests for statutory assessment have grown year on year.",
                  "Persistent absence has not yet returned to pre-pandemic levels.",
                  "Schools have welcomed the new inclusion support offer."],
    "adult-social-care": ["Winter pressures arrived earlier than expected.",
                          "The homecare market has stabilised after a difficult year.",
                          "The service is preparing for assurance by the Care Quality Commission."],
    "housing": ["Loss of private rented tenancies remains the main cause of homelessness.",
                "Nightly-paid accommodation remains the costliest form of provision.",
                "New social rented homes have been let through the register."],
    "environment": ["Round changes bedded in over the quarter.",
                    "Fly-tipping remains concentrated in a small number of streets.",
                    "Recycling contamination fell after the door-knocking campaign."],
    "community-safety": ["Partners meet weekly to agree tasking for hotspot locations.",
                         "Reports of domestic abuse rise over holiday periods.",
                         "The night-time economy group has agreed a new action plan."],
    "regeneration": ["Town centre footfall continues to recover.",
                     "Two senior planning posts have been filled.",
                     "Business confidence locally remains cautious."],
    "finance": ["More residents now use the online account.",
                "Year-end billing passed without a backlog.",
                "Information requests have become more complex."],
    "culture": ["Library footfall is recovering after the refurbishments.",
                "The summer exhibition drew visitors from across the region.",
                "Leisure memberships have grown since the new offer."],
    "public-health": ["Smoking prevalence remains above the regional average.",
                      "The treatment service moved to new premises this year.",
                      "Take-up of Health Checks is lowest among younger men."],
}

LOOKALIKES = {
    "childrens-services": ["Children looked after placed over 20 miles away", "Child protection plans lasting 2 years+",
                           "Children in need reviewed within 6 months (%)", "Care leavers in employment or training (%)"],
    "education": ["EHC plans reviewed within 12 months (%)", "Home educated children returning to school",
                  "NEET young people known to youth services", "EHC requests refused"],
    "adult-social-care": ["Referrals received signposted at first contact", "Long-term support reviews overdue",
                          "Care home admissions (respite)", "Safeguarding concerns received"],
    "housing": ["Temporary accommodation households with children in B&B over 6 weeks",
                "Housing register applications cancelled", "Preventions sustained for 6 months (%)",
                "DFG applications approved"],
    "environment": ["Fly-tipping incidents on private land", "Missed bins put right within 24 hours (%)",
                    "Recycling bins rejected for contamination", "Fixed penalty notices paid (%)"],
    "community-safety": ["ASB incidents repeat callers", "Domestic abuse incidents with a child present (%)",
                         "Community protection warnings issued", "MARAC repeat cases (%)"],
    "regeneration": ["Jobs safeguarded", "Businesses supported to start up", "Vacant units under offer",
                     "Major applications with extensions of time"],
    "finance": ["Complaints received at stage 2", "Benefit claims outstanding over 30 days",
                "FOI requests answered late (%)", "Complaints upheld (%)"],
    "culture": ["Library visits to the mobile library", "Active volunteers aged 16-24",
                "Leisure attendances at outdoor pools", "Museum visits by school groups"],
    "public-health": ["Smoking quitters at 12 weeks", "Health Checks offered",
                      "Adults in treatment waiting over 3 weeks", "Quit dates set"],
}

THIRD = {"approve": "approves", "agree": "agrees", "authorise": "authorises", "endorse": "endorses"}


def decision(d: tuple[str, str], form: str, body: str = "Cabinet") -> str:
    verb, obj = d
    return {"imperative": f"{verb[0].upper()}{verb[1:]} {obj}", "third": f"{THIRD[verb]} {obj}",
            "that": f"That {body} {THIRD[verb]} {obj}", "to": f"To {verb} {obj}",
            "lower": f"{verb} {obj}"}[form]
