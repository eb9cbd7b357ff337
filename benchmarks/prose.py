"""The words synth.py writes reports with: per-portfolio sentence templates in the
style of the seed reports, and the parts that names are built from. Plain data,
no logic (synth.py fills the templates).

Slots a template may use (synth.fill): {place} a ward, village or estate; {street};
{scheme} a named local scheme of the portfolio ("Grove Hill Family Hub"; templates
say "the {scheme}"); {person}
an officer or resident; {org} a partner body of the portfolio; {month}; {n} a
count; {money} a sum; {pct} a percentage. A template's first sentence-worth of
words is what a reader would search for, so each portfolio has its own terms.
"""
from __future__ import annotations

# --- names: the long tail ----------------------------------------------------------

# Place names are stem + (optional middle) + ending ("Thornaby", "Ackenthorpe"),
# sometimes with a qualifier word ("Low Marton"): thousands of distinct words,
# drawn Zipf-like so a few wards are in many reports and most in very few.
PLACE_STEMS = [
    "Ack", "Acl", "Ains", "Aller", "Ash", "Ayre", "Bark", "Bel", "Bil", "Birk", "Black", "Bran",
    "Brot", "Burn", "Cald", "Carl", "Cas", "Chol", "Clay", "Cod", "Cold", "Cot", "Coul", "Crath",
    "Dal", "Dar", "Dun", "Eas", "Eld", "Elt", "Ess", "Fair", "Far", "Faw", "Gil", "Gis", "Grang",
    "Great", "Grin", "Guis", "Hart", "Haw", "Hem", "Hes", "Hil", "Hut", "Ing", "Kel", "Kil", "Kirk",
    "Lack", "Lang", "Lin", "Lof", "Lyn", "Mar", "Mid", "Mor", "Mus", "Nor", "Nun", "Orm", "Os",
    "Pen", "Pick", "Pres", "Red", "Rish", "Ros", "Sal", "Scal", "Sea", "Shel", "Skel", "Stain",
    "Stan", "Stock", "Swain", "Thirl", "Thorn", "Ug", "Wald", "War", "Well", "Whit", "Wil", "Wolv",
    "Yarm", "Yor",
]
PLACE_MIDDLES = ["", "", "", "", "en", "ing", "er", "les", "ham", "ton"]
PLACE_ENDINGS = [
    "by", "ton", "ley", "thorpe", "field", "ford", "wick", "ham", "dale", "burn", "moor", "well",
    "croft", "worth", "side", "bury", "holme", "stead", "gate", "hill", "wood", "mouth", "ridge",
    "leigh", "ness", "combe", "shaw", "cliffe", "den", "borough",
]
PLACE_QUALIFIERS = ["North", "South", "East", "West", "Low", "High", "Upper", "Little", "Old", "New"]

STREET_NAMES = [
    "Acacia", "Albert", "Alexandra", "Ash", "Beech", "Bishop", "Borough", "Bridge", "Broad",
    "Cannon", "Castle", "Cedar", "Chapel", "Church", "Clive", "Corporation", "Crescent", "Cumberland",
    "Dundas", "Eastbourne", "Elm", "Ferry", "Gladstone", "Grange", "Green", "Hawthorn", "High",
    "Holly", "Jubilee", "Kings", "Laburnum", "Larch", "Linthorpe", "Maple", "Marton", "Mill",
    "Newport", "Oak", "Orchard", "Park", "Parliament", "Princes", "Queens", "Railway", "Raby",
    "Rockcliffe", "Rowan", "Russell", "School", "Southfield", "Station", "Sycamore", "Union",
    "Valley", "Victoria", "Waterloo", "Wellington", "Willow", "Windsor", "Woodlands",
]
STREET_KINDS = ["Road", "Street", "Lane", "Avenue", "Terrace", "Close", "Drive", "Way", "Grove",
                "Crescent", "Walk", "Square"]

FIRST_NAMES = [
    "Aisha", "Alan", "Alison", "Amir", "Andrew", "Angela", "Anne", "Asif", "Barbara", "Ben",
    "Bernadette", "Brian", "Carol", "Catherine", "Chris", "Claire", "Colin", "Craig", "Dawn",
    "David", "Deborah", "Denise", "Derek", "Donna", "Eileen", "Emma", "Erik", "Fatima", "Fiona",
    "Frank", "Gareth", "Gillian", "Graham", "Hannah", "Harjit", "Helen", "Ian", "Imran", "Jack",
    "Janet", "Jason", "Joanne", "John", "Julie", "Karen", "Kath", "Keith", "Kevin", "Lee",
    "Leanne", "Linda", "Lorraine", "Margaret", "Mark", "Martin", "Maureen", "Michelle", "Mohammed",
    "Neil", "Nicola", "Olu", "Pauline", "Paul", "Peter", "Priya", "Rachel", "Richard", "Robert",
    "Ruth", "Sandra", "Sarah", "Shaun", "Simon", "Stephen", "Susan", "Tariq", "Tony", "Tracey",
    "Valerie", "Wendy", "Yvonne", "Zahida",
]
# Surnames are a few common ones and many built from stems: most occur in few reports.
COMMON_SURNAMES = [
    "Ahmed", "Armstrong", "Bell", "Brown", "Carr", "Clark", "Cooper", "Davison", "Dixon", "Elliott",
    "Fletcher", "Graham", "Hall", "Harrison", "Hussain", "Jackson", "Johnson", "Kerr", "Lewis",
    "Mahmood", "McGee", "Milne", "Nolan", "Patel", "Robinson", "Scott", "Smith", "Storey",
    "Thompson", "Walker", "Watson", "Wilson", "Young",
]
SURNAME_STEMS = [
    "Ad", "Ald", "Ap", "Bain", "Bar", "Beck", "Black", "Brad", "Brig", "Buck", "Cal", "Chad",
    "Crow", "Cum", "Dack", "Dal", "Dun", "Ed", "Farn", "Fen", "Gar", "Gos", "Hal", "Hard", "Hather",
    "Hep", "Hod", "Hol", "Ives", "Kel", "Kil", "Lam", "Lid", "Lind", "Lof", "Mac", "Mal", "Mer",
    "Mid", "Mor", "Nay", "Nether", "Ox", "Pem", "Pick", "Rad", "Ram", "Rud", "Sed", "Shack",
    "Stan", "Stead", "Stod", "Swin", "Tall", "Ted", "Ward", "Wes", "Whit", "Wind",
]
SURNAME_ENDINGS = [
    "son", "ley", "ton", "well", "wood", "field", "ford", "man", "croft", "ridge", "shaw", "stone",
    "dale", "worth", "ham", "by", "ing", "ock", "ers", "wick",
]

# --- what every portfolio's prose shares ---------------------------------------------------

GENERIC = [
    "Progress is being monitored against the approved savings plans and mitigations are being put "
    "in place where savings are delayed.",
    "The service continues to work closely with {org} to make sure residents in {place} get the right "
    "support at the right time.",
    "A report setting out the options will be brought to the Executive in {month}.",
    "Members will be kept informed of progress through the Overview and Scrutiny Board.",
    "The budget for the year is forecast to be underspent by {money}, mainly because of vacant posts.",
    "Sickness absence across the directorate has fallen, and return to work interviews are now held "
    "in every case.",
    "I would like to thank staff across the service for their hard work and commitment over what has "
    "been a demanding period.",
    "Consultation with residents, ward councillors and partners closed in {month} and {n} responses "
    "were received.",
    "The results of the consultation will be published on the council's website.",
    "A new performance framework has been agreed and will be reported to members quarterly.",
    "Recruitment to the remaining vacant posts is under way, with interviews planned for {month}.",
    "The risk register has been reviewed and no new high risks have been identified this quarter.",
    "Officers met ward councillors for {place} in {month} to discuss the concerns raised by residents.",
    "An equality impact assessment has been completed and will be published alongside the decision.",
    "The council has secured {money} of external funding, which will be spent over the next two years.",
    "We will continue to lobby government for a fairer funding settlement for the town.",
    "Feedback from residents has been largely positive, with {pct} saying the service had improved.",
    "The internal audit of the service gave a reasonable assurance opinion, and the actions agreed are "
    "on track.",
    "A members' briefing on the changes will be held in {month}.",
    "Further detail is set out in the appendix to this report.",
    "The service has been restructured to bring teams together in one place at {street}.",
    "Agency spend has reduced by {pct} compared with the same period last year.",
    "The digital offer has been extended so that residents can now report problems and apply online.",
    "Complaints to the service have fallen to {n} this quarter, and all were answered within target.",
    "This work supports the council's strategic plan priorities of people, place and business.",
    "The capital programme for the service has been reprofiled and the revised figures are set out "
    "in the appendix.",
    "{person}, who led this work for many years, retired in {month}, and I thank her for her service.",
    "A drop-in session for residents was held at {place} Community Centre and was well attended.",
    "The service will be inspected in the coming year and preparations are well advanced.",
    "Joint work with neighbouring authorities across the Tees Valley continues to make savings.",
    "{person} has been appointed head of service and will start in {month}.",
    "I met {person} and other residents of {street} to hear their concerns at first hand.",
    "Congratulations to {person} of {place}, whose work was recognised at the regional awards.",
    "A petition from residents of {place}, presented by {person}, was considered in {month}.",
    "A question from {person} at the last meeting of Council has been answered in writing.",
    "The team at {street}, led by {person}, has been shortlisted for a national award.",
]

# --- each portfolio's own vocabulary ------------------------------------------------------

SCHEMES: dict[str, list[str]] = {
    "childrens-services": ["Family Hub", "Children's Centre", "Youth Zone", "Young Carers Project",
                           "Edge of Care Hub", "Family Roots Team", "Residential Home", "Youth Club"],
    "adult-social-care": ["Extra Care Scheme", "Day Centre", "Reablement Team", "Carers Centre",
                          "Shared Lives Scheme", "Intermediate Care Unit", "Memory Cafe"],
    "environment": ["Household Waste Recycling Centre", "Park", "Community Orchard", "Nature Reserve",
                    "Allotments", "Beck Restoration", "Tree Planting Scheme"],
    "finance": ["Customer Centre", "Shared Service Centre", "Transformation Programme",
                "Investment Fund", "Asset Review"],
    "regeneration": ["Masterplan", "Housing Growth Site", "Business Park", "Town Centre Scheme",
                     "Riverside Development", "Urban Village", "Heritage Action Zone"],
    "public-health": ["Stop Smoking Service", "Recovery Hub", "Healthy Living Pharmacy",
                      "Wellbeing Centre", "Weight Management Programme", "Health Trainer Service"],
    "housing": ["Selective Licensing Area", "Hostel", "Community Centre", "Empty Homes Scheme",
                "Housing First Pilot", "Tenancy Support Service"],
    "community-safety": ["Neighbourhood Safety Team", "Community Hub", "CCTV Control Room",
                         "Street Warden Scheme", "Safer Streets Project", "Neighbourhood Watch"],
    "education": ["Primary School", "Academy", "Nursery", "Adult Learning Centre",
                  "Pupil Referral Unit", "Special School", "Sixth Form College"],
    "culture": ["Library", "Museum", "Leisure Centre", "Theatre", "Community Arts Festival",
                "Swimming Pool", "Town Hall"],
    "transport": ["Link Road", "Junction Improvement", "Cycle Route", "Bus Station",
                  "Park and Ride", "Footbridge", "Car Park"],
    "economic-development": ["Enterprise Centre", "Business Incubator", "Digital City Hub",
                             "Skills Academy", "Employment Hub", "Innovation Park"],
}

PARTNERS: dict[str, list[str]] = {
    "childrens-services": ["the Department for Education", "Ofsted", "Cleveland Police",
                           "the Children's Trust Board", "the South Tees Safeguarding Partnership"],
    "adult-social-care": ["the Care Quality Commission", "the clinical commissioning group",
                          "South Tees Hospitals NHS Foundation Trust", "Carers Together", "Age UK"],
    "environment": ["the Environment Agency", "Natural England", "Tees Valley Wildlife Trust",
                    "Keep Britain Tidy", "the Groundwork Trust"],
    "finance": ["the external auditor", "the Audit Committee", "the Local Government Association",
                "the Valuation Office Agency", "CIPFA"],
    "regeneration": ["Homes England", "the Tees Valley Combined Authority", "Historic England",
                     "the developer", "the Local Enterprise Partnership"],
    "public-health": ["Public Health England", "the NHS", "the Health and Wellbeing Board",
                      "GP practices", "community pharmacies"],
    "housing": ["Thirteen Group", "the housing associations", "Shelter",
                "the Ministry of Housing, Communities and Local Government", "private landlords"],
    "community-safety": ["Cleveland Police", "the Police and Crime Commissioner",
                         "Cleveland Fire Brigade", "the Community Safety Partnership",
                         "Trading Standards"],
    "education": ["the Regional Schools Commissioner", "Ofsted", "the multi-academy trusts",
                  "headteachers", "the further education colleges"],
    "culture": ["Arts Council England", "the National Lottery Heritage Fund", "Sport England",
                "the Friends of the Museum", "Everyone Active"],
    "transport": ["Highways England", "Network Rail", "Arriva", "Stagecoach",
                  "the Tees Valley Combined Authority"],
    "economic-development": ["the Department for Work and Pensions", "Jobcentre Plus",
                             "the Chamber of Commerce", "Teesside University",
                             "the Federation of Small Businesses"],
}

# Sentences, most used first (synth draws them Zipf-like, so the first few recur in
# most of a portfolio's reports and the last are rare).
SENTENCES: dict[str, list[str]] = {
    "childrens-services": [
        "The number of children looked after has continued to rise, in line with the regional and "
        "national picture.",
        "Caseloads for social workers in the assessment teams remain high but have reduced since the "
        "last report.",
        "Quality assurance work within the service is evidencing clear improvements in social work "
        "practice.",
        "The multi-agency children's hub now handles all contacts about children in need of help or "
        "protection.",
        "We continue to recruit in-house foster carers, and {n} new fostering households were approved "
        "this year.",
        "The edge of care team worked with {n} families to keep children safely at home.",
        "The {scheme} opened in {month}, bringing early help, health visitors and midwives under one "
        "roof.",
        "Work continues with {org} on the No Wrong Door model for young people on the edge of care.",
        "Family Group Conferencing has been offered to {n} families, who plan together for their "
        "children's safety.",
        "Care leavers are now exempt from council tax until the age of twenty-five.",
        "Placement stability for looked after children has improved, with fewer children moving "
        "placement three or more times.",
        "The adoption service placed {n} children with their new families this year.",
        "The youth offending service has seen first-time entrants to the justice system fall again.",
        "Elections for the Youth Parliament were held in schools across the town in {month}.",
        "The Member of the Youth Parliament presented the young people's priorities to the Executive.",
        "The Youth Council met in {month} and asked for more to do in {place} in the evenings.",
        "A new residential children's home at {street} will let more children live close to their "
        "school and family.",
        "Ofsted's focused visit in {month} found that children at risk of harm are seen promptly.",
        "The Children in Care Council helped design the new pledge to looked after children.",
        "Young carers in {place} have been given a card that lets teachers know about their caring role.",
        "Private fostering arrangements were reviewed and awareness raised with schools and GPs.",
        "The adverse childhood experiences pilot at {place} Primary School is in its infancy.",
        "Children missing from home or care are offered a return interview within seventy-two hours.",
        "The special guardianship support offer has been strengthened following feedback from carers.",
        "Unaccompanied asylum-seeking children are placed under the national transfer scheme.",
    ],
    "adult-social-care": [
        "Demand for home care packages has continued to grow, particularly for people leaving "
        "hospital.",
        "The reablement service helped {pct} of people to remain at home ninety-one days after "
        "discharge.",
        "Delayed transfers of care attributable to social care remain among the lowest in the region.",
        "Permanent admissions to residential and nursing care homes for older people have fallen.",
        "Carers' assessments are now offered at the first contact, and {n} carers were assessed.",
        "The {scheme} at {place} opened in {month} with {n} apartments for older people.",
        "Safeguarding adults enquiries are completed within timescales in {pct} of cases.",
        "The Care Quality Commission rated the {place} care home good at its latest inspection.",
        "Direct payments give people more choice and control over the care they receive.",
        "Work with {org} on integrated discharge means people are assessed at home, not in a ward.",
        "The market position statement sets out the care the town will need over the next decade.",
        "Domiciliary care providers report difficulty recruiting staff, and we are supporting a "
        "joint campaign.",
        "Telecare and assistive technology now support {n} people to live independently.",
        "The fee uplift for residential care providers was agreed after consultation with providers.",
        "Deprivation of Liberty Safeguards applications continue to exceed the capacity of assessors.",
        "The learning disability partnership board has refreshed its plan with people with learning "
        "disabilities.",
        "A dementia-friendly community has been launched in {place} with local shops and churches.",
        "Mental health day opportunities have been redesigned around the recovery college model.",
        "Continuing healthcare disputes with the health service have been resolved.",
        "The Better Care Fund plan for the year has been agreed with {org}.",
        "Shared Lives carers now support {n} adults in their own homes.",
        "Annual reviews of care and support plans are up to date for {pct} of people.",
        "The Making Safeguarding Personal approach asks people what outcome they want.",
        "Meals at home are now provided by a local social enterprise based at {street}.",
    ],
    "environment": [
        "The household waste recycling rate has improved following the introduction of the new "
        "recycling bins.",
        "Missed bin collections have fallen to {n} in the quarter, one of the lowest figures on record.",
        "The garden waste subscription service now has {n} households signed up.",
        "Fly-tipping remains a serious problem in {place}, and enforcement officers issued {n} fixed "
        "penalty notices.",
        "The street cleansing team has introduced a programme of deep cleans in back alleys.",
        "{place} Park retained its Green Flag award, recognising the work of staff and volunteers.",
        "Volunteers from the Friends of {place} Park planted {n} trees during National Tree Week.",
        "The council has declared a climate emergency and will be carbon neutral by 2030.",
        "The {scheme} at {place} reopened in {month} after improvements to the layout and signage.",
        "Air quality monitoring at {street} shows nitrogen dioxide levels within national objectives.",
        "Grass cutting on verges will be reduced to let wildflowers grow for pollinators.",
        "A new contract for the treatment of residual waste has been awarded with {org}.",
        "The bulky waste collection service was used by {n} households this quarter.",
        "Dog fouling patrols have been increased in {place} following complaints from residents.",
        "The flood alleviation scheme for the beck at {place} was completed with {org}.",
        "Allotment waiting lists have fallen after {n} new plots were created at {place}.",
        "Pest control treatments for rats and wasps are now booked online.",
        "The bring banks for glass at supermarkets have been replaced by kerbside collection.",
        "Contamination of recycling bins remains high, and crews are leaving advice tags on bins.",
        "The cemetery at {place} has been extended to provide burial space for the next twenty years.",
        "The litter picking groups are given equipment and their bags are collected on request.",
        "Electric refuse collection vehicles will join the fleet in {month}.",
        "The bereavement service has refurbished the crematorium chapel.",
    ],
    "finance": [
        "The revenue outturn position is a forecast overspend of {money}, largely in children's social "
        "care.",
        "Council tax collection in the year is {pct}, slightly ahead of the same point last year.",
        "Business rates collection remains strong despite the closure of several large retailers.",
        "The medium term financial plan shows a budget gap of {money} over the next three years.",
        "The council's reserves remain at the minimum level recommended by the section 151 officer.",
        "The external auditor gave an unqualified opinion on the statement of accounts.",
        "The council tax reduction scheme was reviewed and the changes agreed by Council.",
        "Treasury management activity has remained within the prudential indicators.",
        "The capital programme for the year totals {money}, funded largely by borrowing and grants.",
        "Invoices paid within thirty days have improved following the new purchase-to-pay system.",
        "The Transformation Programme has delivered savings of {money} this year.",
        "Procurement rules have been revised to increase spend with local suppliers.",
        "The asset review has identified surplus buildings at {place} and {street} for disposal.",
        "Staff sickness absence is a priority for the leadership team and is reported monthly.",
        "The annual governance statement was approved by the Audit Committee in {month}.",
        "Discretionary housing payments of {money} were made to help tenants affected by welfare "
        "reform.",
        "The council's insurance fund was revalued and found to be adequate.",
        "The pension fund valuation will increase employer contributions from {month}.",
        "The customer centre at {street} now handles council tax, benefits and housing enquiries "
        "together.",
        "The local government finance settlement was better than expected by {money}.",
        "Fraud investigations recovered {money} of council tax single person discounts.",
        "The new financial system went live in {month} on time and on budget.",
    ],
    "regeneration": [
        "Work on the town centre strategy continues, with vacant units falling for the third quarter.",
        "The {scheme} at {place} received planning permission for {n} new homes.",
        "The council has bought the former {place} works site to bring it forward for housing.",
        "Major planning applications decided on time remain above the government's target.",
        "The housing growth programme delivered {n} new homes in the year, {n} of them affordable.",
        "Demolition of the former {person} House on {street} is complete and the site has been "
        "cleared.",
        "Homes England has confirmed {money} of funding for infrastructure at {place}.",
        "The local plan examination hearings were held in {month}, and the inspector's report is "
        "expected soon.",
        "The historic buildings on {street} are being restored with a heritage grant.",
        "Footfall in the town centre has increased since the new market opened in {month}.",
        "The riverside masterplan was approved by the Executive after public consultation.",
        "Negotiations with the developer of {place} continue, and a decision is expected in {month}.",
        "The compulsory purchase order for land at {street} has been confirmed.",
        "The new station forecourt and public square at {place} will be completed in {month}.",
        "Building control inspected {n} sites in the quarter, all within the target time.",
        "Section 106 agreements secured {money} for schools and open space in {place}.",
        "The empty shops grant helped {n} businesses open in vacant town centre units.",
        "The design code for {place} sets out what new homes there should look like.",
        "Conservation area appraisals for {place} and {place} have been adopted.",
        "The council's housing company completed its first {n} homes for market rent.",
    ],
    "public-health": [
        "Smoking prevalence in the town has fallen but remains above the national average.",
        "The Stop Smoking Service supported {n} people to set a quit date this quarter.",
        "NHS Health Checks were offered to {n} eligible residents aged forty to seventy-four.",
        "Drug and alcohol treatment completions have improved since the new provider took over.",
        "Childhood immunisation rates for MMR remain below the ninety-five per cent target.",
        "The {scheme} at {place} opened in {month} and offers support without an appointment.",
        "Year six excess weight remains one of the highest rates in the region.",
        "The director of public health's annual report focuses on health inequalities in {place}.",
        "Sexual health services have been recommissioned with {org}.",
        "The healthy schools programme now includes {n} primary schools.",
        "The suicide prevention plan was refreshed with partners and people with lived experience.",
        "Outbreak management plans were tested in an exercise with {org} in {month}.",
        "Naloxone is now carried by outreach workers to reverse opioid overdoses.",
        "The daily mile has been adopted by {n} schools to help children be more active.",
        "Fluoridation of the water supply was discussed at the Health and Wellbeing Board.",
        "The breastfeeding friendly scheme now includes cafes and shops in {place}.",
        "The health visiting service achieved {pct} coverage of new birth visits.",
        "Falls prevention classes are running at {place} and {place} community centres.",
        "Air quality and health were the subject of a joint report with the environment portfolio.",
        "The tuberculosis screening of new entrants continues with {org}.",
    ],
    "housing": [
        "Homelessness preventions remain high because of early work with households at risk.",
        "The number of households in temporary accommodation has risen, and we are reducing the use of "
        "bed and breakfast.",
        "Selective licensing in {place} has improved conditions in private rented homes.",
        "Empty homes brought back into use in {place} are now let to local families.",
        "The rough sleeper count in {month} found {n} people sleeping rough in the town.",
        "The {scheme} at {street} now provides {n} bed spaces with support on site.",
        "Disabled facilities grants funded {n} adaptations to people's homes this year.",
        "Enforcement action was taken against the landlord of properties on {street}.",
        "The housing register was reviewed and applicants with no housing need were removed.",
        "Work with {org} has reduced evictions from social housing.",
        "The homelessness strategy was refreshed following consultation with partners.",
        "Community centres in {place} and {place} have transferred to community organisations.",
        "Energy efficiency grants helped {n} households in {place} insulate their homes.",
        "The Housing First pilot has supported {n} people with complex needs into tenancies.",
        "Gypsy and traveller site improvements at {place} are complete.",
        "Damp and mould complaints are now inspected within ten working days.",
        "The winter night shelter opened in {month} at {street}.",
        "The private sector housing team served {n} improvement notices.",
        "A landlord accreditation scheme has been launched with {org}.",
        "Refugee families resettled in the town are being supported into work and school.",
    ],
    "community-safety": [
        "Antisocial behaviour incidents reported to the police and council have fallen this quarter.",
        "Neighbourhood safety wardens now patrol {place} in the evenings and at weekends.",
        "CCTV cameras at {street} helped identify offenders in {n} incidents.",
        "Domestic abuse referrals continue to rise, and the council has funded additional outreach "
        "workers.",
        "The {scheme} in {place} brought together police, housing and youth services.",
        "Trading standards officers seized {n} counterfeit items from shops on {street}.",
        "Test purchases found {n} premises selling alcohol or tobacco to children.",
        "Public space protection orders in {place} have been renewed for three years.",
        "The Community Safety Partnership plan for the year was agreed with {org}.",
        "Scams awareness sessions were held for older residents at {place} library.",
        "Hate crime reporting centres have been opened at community venues.",
        "Licensing hearings considered {n} applications for premises in the town centre.",
        "Nuisance motorbikes on {street} have been seized following joint operations.",
        "The Prevent duty training has been delivered to {n} members of staff.",
        "Street drinking in {place} has reduced since the dispersal order was introduced.",
        "Doorstep crime victims were visited within forty-eight hours of referral.",
        "Taxi licensing conditions have been updated to include safeguarding training.",
        "Environmental visual audits of {place} led to the removal of graffiti and overgrown hedges.",
        "Community triggers were used by {n} residents this year.",
        "Modern slavery awareness has been included in the licensing of car washes.",
    ],
    "education": [
        "The proportion of pupils in good or outstanding schools has risen for the third year.",
        "Persistent absence remains a concern in secondary schools, particularly in {place}.",
        "Key stage two results improved in reading, writing and mathematics.",
        "The number of young people not in education, employment or training has fallen.",
        "Education, health and care plans issued within twenty weeks remain below the national "
        "average.",
        "{place} Primary School was judged good by Ofsted in {month}.",
        "The {scheme} at {place} will open in {month} with {n} places.",
        "Permanent exclusions have fallen after schools agreed a new inclusion protocol.",
        "School place planning shows a need for {n} additional secondary places by the end of the "
        "decade.",
        "The adult learning service enrolled {n} learners, many on English and maths courses.",
        "Free school meals take-up has been promoted with {org}.",
        "The virtual school for looked after children has improved attendance and attainment.",
        "Home to school transport has been retendered, saving {money} a year.",
        "Elective home education numbers have risen, and every family is offered a visit.",
        "The special educational needs and disabilities inspection found strengths and areas to "
        "improve.",
        "Early years providers rated good or outstanding now account for {pct} of places.",
        "The holiday activities and food programme reached {n} children in {place}.",
        "Governor training has been refreshed with the diocese and {org}.",
        "The school improvement partnership is supporting {n} schools in {place}.",
        "Apprenticeships in schools are being promoted to pupils in year ten.",
    ],
    "culture": [
        "Library visits have increased since the introduction of extended opening hours.",
        "Leisure centre attendances rose after the refurbishment of the gym and changing rooms.",
        "The {scheme} at {place} reopened in {month} after a major refurbishment.",
        "The summer reading challenge was completed by {n} children.",
        "The museum's new exhibition on the history of {place} has attracted record visitor numbers.",
        "The town's annual mela and carnival attracted {n} visitors in {month}.",
        "Arts Council England has awarded {money} to the town's cultural programme.",
        "The community library at {place} is now run by volunteers with support from the council.",
        "Swimming lessons for primary school children reached {n} pupils this year.",
        "The theatre's pantomime sold {pct} of tickets, its best season for a decade.",
        "The town hall's concert programme has been extended with {org}.",
        "The heritage lottery bid for the restoration of {street} baths was successful.",
        "Events in {place} Park will include an open-air cinema and a food festival.",
        "The home library service delivers books to {n} housebound residents.",
        "Free swimming for over-sixties has been reintroduced at {place} Leisure Centre.",
        "The local history collection has been digitised and can now be searched online.",
        "Sports development coaches ran sessions in {n} schools.",
        "The music service has lent instruments to {n} children from low-income families.",
        "A public art commission for {street} will be chosen by local residents.",
        "The archive service received the papers of the late Alderman {person}.",
    ],
    "transport": [
        "Potholes repaired within target time have improved since the introduction of the new "
        "repair vehicle.",
        "The resurfacing programme for the year includes {street} in {place}.",
        "The {scheme} at {place} is on site and due to be completed in {month}.",
        "Bus passenger journeys have fallen, and we are working with operators to protect services.",
        "People killed or seriously injured on the roads have reduced, but every casualty is one too "
        "many.",
        "Twenty mile per hour zones have been introduced around schools in {place}.",
        "Street lighting has been converted to LED, saving {money} a year in energy.",
        "Residents' parking schemes have been extended to {street} and {street}.",
        "The gritting fleet treated priority routes {n} times over the winter.",
        "Funding of {money} has been secured from {org} for the sustainable transport package.",
        "The cycle route between {place} and the town centre is now open.",
        "Pavement parking enforcement began on {street} in {month}.",
        "Bridge inspections found the {place} footbridge needs strengthening.",
        "Traffic signal timings at the {street} junction have been improved to ease congestion.",
        "School crossing patrols are in place at {n} sites.",
        "The concessionary fares scheme was used for {n} journeys.",
        "A bus shelter replacement programme will start in {place}.",
        "Utility companies' roadworks are now coordinated through a permit scheme.",
        "Drainage gullies were cleaned across {place} before the autumn.",
        "The car park at {street} has been resurfaced and now takes card payments.",
    ],
    "economic-development": [
        "The claimant count has fallen but remains above the regional average.",
        "Business start-ups supported by the council increased this year.",
        "The {scheme} at {place} is now fully let, with {n} businesses employing {n} people.",
        "Apprenticeship starts in the town rose with support from {org}.",
        "Inward investment enquiries have increased, particularly from digital and creative firms.",
        "The employment hub at {street} helped {n} residents into work.",
        "The business rates relief scheme supported {n} small firms.",
        "A jobs fair held at {place} in {month} was attended by over {n} people.",
        "The digital skills programme trained {n} residents with {org}.",
        "The town's bid to the Towns Fund was submitted in {month}.",
        "The enterprise zone at {place} has attracted {money} of private investment.",
        "Youth employment initiatives worked with {n} young people aged eighteen to twenty-four.",
        "The business support grant helped {person} open a workshop on {street}.",
        "Exporting workshops were run with the Department for International Trade.",
        "A new hotel at {place} will create {n} jobs.",
        "The visitor economy strategy was launched with {org}.",
        "The council's social value policy requires contractors to employ local people.",
        "The markets strategy proposes a new indoor market on {street}.",
        "A skills audit found shortages in construction, care and engineering.",
        "Teesside University graduates are being offered placements with local firms.",
    ],
}

# A commitment states an intention; {scheme} is one of the portfolio's kinds of
# scheme, made local ("Grove Hill Family Hub").
COMMITMENT_OPENINGS = [
    "Deliver the {scheme} by working with {org}.",
    "Open the {scheme} to improve services for residents of {place}.",
    "Review how the {scheme} works and report the findings to the Executive.",
    "Develop and consult on plans for the {scheme}.",
    "Complete the {scheme} within the approved budget.",
    "Work with {org} to extend the {scheme} to {place}.",
    "Secure funding for the {scheme} and the wider {place} area.",
    "Improve the {scheme} so that residents can use it in the evenings and at weekends.",
]

# Said before or after a sentence now and then, as officers do; {place} keeps the
# long tail of names in the prose.
OPENERS = ["In {place}, ", "Following a review in {month}, ", "As reported previously, ",
           "Working with {org}, ", "Since the last report, ", "At the request of ward members, "]
CLOSINGS = [", and this will be kept under review", ", with a further update due in {month}",
            ", in line with the agreed action plan", " across {place} and {place}",
            ", as residents of {place} had asked", ", led by {person}",
            ", within the budget agreed by the Executive", ", despite continuing pressure on budgets"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
