"""What Hollinsfield's reports say, portfolio by portfolio: decisions asked for, strategic
promises with their updates, background paragraphs, officers, and the numbers that are NOT
indicator figures (money, percentages, wards, ages, other councils, sub-counts, rows whose
label merely contains an indicator's name).

Decisions are written in the imperative ("Approve the ..."); `third_person` gives the form
used after a lead-in ("That the Executive: (a) approves the ...").
Line breaks never fall inside a commitment's word except at a real hyphen ("anti-social").
"""
from __future__ import annotations

WARDS = ["Ashgrove", "Beckside", "Carr Lane", "Denby Moor", "Eastfield", "Fellgate", "Gorse Hill",
         "Hallam Park", "Ings Road", "Kirkby Bank", "Longacre", "Marton Edge", "Newfields", "Orchard Way",
         "Park End", "Quarry Bank", "Ravenscar", "Stonegate", "Thorn Close", "Upper Ridings"]
WARD_COUNT = 20
NEIGHBOURS = ["Redmarsh", "Castleford Vale", "North Ashby", "Stainmoor", "Westerdale"]

OFFICERS = {
    "childrens-services": [("Sarah Whitfield", "Director of Children's Services"),
                           ("Daniel Craggs", "Head of Safeguarding and Care Planning")],
    "education": [("Karen Lithgow", "Director of Education"),
                  ("Mehmet Aydin", "Head of SEND and Inclusion")],
    "adult-social-care": [("Elaine Mossop", "Director of Adult Social Care"),
                          ("Graham Pounder", "Head of Assessment and Care Management")],
    "housing": [("Colin Readman", "Head of Housing Solutions"),
                ("Joanna Birtle", "Director of Neighbourhoods and Housing")],
    "environment": [("Stuart Kemplay", "Head of Environment Services"),
                    ("Lisa Brunskill", "Waste and Street Scene Manager")],
    "community-safety": [("Anthony Rowe", "Head of Community Safety"),
                         ("Nadia Qureshi", "Community Safety Partnership Manager")],
    "regeneration": [("Philip Garbutt", "Director of Regeneration"),
                     ("Ruth Emmerson", "Head of Economic Growth")],
    "finance": [("Ian Stockdale", "Director of Finance (Section 151 Officer)"),
                ("Marion Tate", "Head of Revenues and Benefits")],
    "culture": [("Gillian Outhwaite", "Head of Culture and Leisure"),
                ("Aaron Metcalfe", "Libraries and Museums Manager")],
    "public-health": [("Dr Fiona Marsden", "Director of Public Health"),
                      ("Kelly Hornsby", "Public Health Programme Manager")],
}

REPORT_TITLES = {
    "childrens-services": ["Children's Services Performance", "Children's Social Care Update",
                           "Safeguarding and Children's Care: Performance Report"],
    "education": ["Education and Skills Performance", "Special Educational Needs and Disabilities Update",
                  "Education, Inclusion and Skills: Performance Report"],
    "adult-social-care": ["Adult Social Care Performance", "Adult Social Care and Health Update",
                          "Adult Social Care: Quarterly Performance Report"],
    "housing": ["Housing and Homelessness Update", "Homelessness Prevention: Performance Report",
                "Housing Services Performance"],
    "environment": ["Environment Services Performance", "Waste, Recycling and Street Scene Update",
                    "Neighbourhood Services Performance Report"],
    "community-safety": ["Community Safety Partnership Performance", "Community Safety Update",
                         "Tackling Anti-social Behaviour: Progress Report"],
    "regeneration": ["Regeneration and Economic Growth Update", "Economic Development Performance",
                     "Town Centre and Regeneration Progress Report"],
    "finance": ["Resources Directorate Performance", "Revenues, Benefits and Customer Services Update",
                "Finance and Resources Performance Report"],
    "culture": ["Culture and Leisure Performance", "Libraries, Museums and Leisure Update",
                "Culture and Leisure Services Progress Report"],
    "public-health": ["Public Health Performance", "Public Health Update",
                      "Health Improvement Programme: Progress Report"],
}

# Decisions a report asks the Executive/Cabinet/Council to take (imperative form)
DECISIONS = {
    "childrens-services": [
        "Approve the revised Sufficiency Strategy for children looked after and care leavers",
        "Endorse the continued development of the Family Hubs model across the borough",
        "Agree the expansion of the in house fostering service, including the revised fee structure for foster carers",
        "Delegate authority to the Director of Children's Services to commission an edge of care service",
        "Approve the proposal to open a fourth council run children's home",
        "Support the recruitment and retention proposals for experienced social workers",
        "Agree that the Corporate Parenting Board receives this performance information quarterly",
        "Endorse the Local Safeguarding Children Partnership annual report",
        "Approve the Care Leavers Local Offer for publication",
    ],
    "education": [
        "Approve the SEND Strategy for consultation with parents, carers and schools",
        "Endorse the plan to create additional specialist school places in the borough",
        "Agree the revised admissions arrangements for community schools",
        "Delegate authority to the Director of Education to agree the high needs recovery plan with the Schools Forum",
        "Support the establishment of a post sixteen pathway for young people with special educational needs",
        "Approve the expansion of the virtual school to include children with a social worker",
        "Agree the Elective Home Education policy for publication",
        "Endorse the Skills and Employment Plan",
    ],
    "adult-social-care": [
        "Approve the Adult Social Care Market Position Statement for publication",
        "Endorse the joint approach with the NHS to hospital discharge",
        "Agree the proposed fee uplift for residential and nursing care providers",
        "Delegate authority to the Director of Adult Social Care to award the home care framework contracts",
        "Support the development of an extra care housing scheme at Longacre",
        "Approve the Carers Strategy and its action plan",
        "Agree the revised charging policy for non residential care",
        "Endorse the Safeguarding Adults Board annual report",
    ],
    "housing": [
        "Approve the Homelessness and Rough Sleeping Strategy for public consultation",
        "Agree the revised Housing Allocations Policy",
        "Delegate authority to the Head of Housing Solutions to procure additional temporary accommodation",
        "Endorse the bid to the Rough Sleeping Initiative for continued funding",
        "Approve the Private Sector Housing Enforcement Policy",
        "Support the selective licensing consultation in Beckside and Park End",
        "Agree the Disabled Facilities Grant policy for the coming year",
        "Approve the Tenancy Strategy for publication",
    ],
    "environment": [
        "Approve the Waste Strategy for consultation with residents",
        "Agree the introduction of a weekly food waste collection service",
        "Endorse the Climate Emergency Action Plan",
        "Delegate authority to the Director of Environment to extend the street cleansing contract",
        "Approve the revised level of fixed penalties for littering and fly tipping",
        "Support the Tree Planting Programme across all parks and open spaces",
        "Agree the Enforcement Policy for environmental crime",
        "Approve the Air Quality Action Plan for submission to Government",
    ],
    "community-safety": [
        "Endorse the Community Safety Partnership Plan",
        "Approve the renewal of the Public Spaces Protection Order for the town centre",
        "Agree the Domestic Abuse Strategy and the commissioning of safe accommodation",
        "Support the expansion of the CCTV network in the town centre and district centres",
        "Delegate authority to the Head of Community Safety to agree the youth diversion programme",
        "Approve the Anti-social Behaviour Policy for publication",
        "Endorse the Serious Violence Duty strategic needs assessment",
    ],
    "regeneration": [
        "Approve the Town Centre Masterplan for public consultation",
        "Agree to submit the Levelling Up Fund bid for the station quarter",
        "Delegate authority to the Director of Regeneration to acquire the former bus depot site",
        "Endorse the Economic Growth Strategy",
        "Support the extension of the business rates relief scheme for new businesses",
        "Approve the Local Plan for submission to the Secretary of State",
        "Agree the disposal of surplus land at Kirkby Bank for housing",
    ],
    "finance": [
        "Approve the Medium Term Financial Plan for consultation",
        "Agree the Council Tax Reduction Scheme for the coming year",
        "Endorse the Customer Access Strategy",
        "Approve the write off of irrecoverable debts set out in the confidential appendix",
        "Agree the revised Treasury Management Strategy",
        "Delegate authority to the Director of Finance to agree the discretionary rate relief policy",
        "Approve the Digital Strategy and its investment plan",
    ],
    "culture": [
        "Approve the Cultural Strategy for public consultation",
        "Agree the investment in the refurbishment of the Central Library",
        "Endorse the bid to the National Lottery Heritage Fund for the Town Hall",
        "Support the events programme for the coming summer",
        "Delegate authority to the Head of Culture and Leisure to procure a new leisure operator",
        "Approve the revised fees and charges for leisure centres",
        "Agree the Playing Pitch Strategy",
    ],
    "public-health": [
        "Approve the Joint Health and Wellbeing Strategy",
        "Endorse the Tobacco Control Action Plan",
        "Agree the recommissioning of the integrated drug and alcohol treatment service",
        "Support the Healthy Weight Declaration",
        "Delegate authority to the Director of Public Health to award the sexual health services contract",
        "Approve the Suicide Prevention Action Plan",
        "Endorse the Director of Public Health annual report",
    ],
}

# Strategic plan promises (Middlesbrough style) and a sentence of update for each
PROMISES = {
    "childrens-services": [
        ("Continue work with our partners to deliver the adverse childhood experiences project",
         "The multi agency team remains in place in two schools in Fellgate and progress is reported to the Children's Trust Board."),
        ("Develop and deliver new local safeguarding arrangements with our statutory partners",
         "The arrangements with health and police partners were published in June and an implementation plan with key milestones is in place."),
        ("Improve the quality of social work practice, to improve outcomes for children and families",
         "Quality assurance work is showing clear improvement, with strong child centred practice and good partnership working with schools."),
        ("Deliver edge of care, residential and in house fostering provision in Hollinsfield to meet the needs of children and families",
         "The edge of care hub opened in the spring and the fostering recruitment campaign has attracted new enquiries."),
        ("Create a Youth Council to give young people a greater say in the development of services",
         "A timetable has been agreed for the election, which will take place through schools and youth groups early next year."),
        ("Reduce the number of children who need to come into our care",
         "The Family Group Conferencing service has supported families to stay together where it is safe to do so."),
        ("Make sure care leavers have a home, a job and a trusted adult",
         "Council tax exemption for care leavers continues and the apprenticeship scheme has placed young people with local employers."),
    ],
    "education": [
        ("Make sure every child with special educational needs has the right support at the right time",
         "The SEND Partnership Board has agreed a joint action plan with health partners."),
        ("Increase the number of specialist school places in the borough",
         "Building work on the new resource base at Orchard Way is due to complete in the summer term."),
        ("Improve attendance and reduce exclusions in our secondary schools",
         "The attendance team is working with every secondary school on a shared approach to persistent absence."),
        ("Help more young people into education, employment or training",
         "The careers advice contract has been extended and new work experience places have been secured."),
        ("Work with schools to raise attainment for disadvantaged pupils",
         "The school improvement team has visited every primary school in the autumn term."),
        ("Expand adult learning and skills provision in our most deprived wards",
         "New community learning courses have started in Eastfield and Newfields."),
    ],
    "adult-social-care": [
        ("Help people to live independently in their own homes for as long as possible",
         "The reablement service has been expanded and now works seven days a week."),
        ("Work with the NHS to get people home from hospital quickly and safely",
         "A joint discharge team is now based at the general hospital."),
        ("Support unpaid carers to continue caring and to look after their own health",
         "The carers hub has been recommissioned and carers' assessments are now offered online."),
        ("Improve the quality of care homes in Hollinsfield",
         "The quality improvement team is working with homes rated as requiring improvement."),
        ("Make safeguarding personal for every adult at risk",
         "Feedback from people who have been through a safeguarding enquiry is now collected routinely."),
        ("Develop more extra care housing for older people",
         "Planning permission has been granted for the scheme at Longacre."),
    ],
    "housing": [
        ("End the need for rough sleeping in Hollinsfield",
         "The outreach team is working with every person found sleeping rough."),
        ("Prevent homelessness wherever we can, and act early",
         "Housing officers are now based in the job centre and at the general hospital."),
        ("Reduce the use of bed and breakfast accommodation for families",
         "New self contained temporary accommodation has been leased from a registered provider."),
        ("Improve standards in the private rented sector",
         "The selective licensing scheme has inspected properties across two wards."),
        ("Deliver more affordable homes with our housing association partners",
         "Work has started on site at two schemes in Gorse Hill and Stonegate."),
        ("Help disabled residents to stay in their homes through adaptations",
         "The waiting time for an occupational therapy assessment has fallen."),
    ],
    "environment": [
        ("Increase recycling and reduce the amount of waste we send to landfill",
         "The new recycling bins have been delivered to every household."),
        ("Take tough action against fly tipping and littering",
         "Covert cameras have been deployed at known hot spots and prosecutions have followed."),
        ("Keep our streets and parks clean and green",
         "The new mechanical sweepers are now working in every district centre."),
        ("Make Hollinsfield carbon neutral by 2035",
         "The council's own buildings are switching to renewable electricity."),
        ("Plant more trees across the borough",
         "Volunteers have helped to plant new trees in Hallam Park."),
        ("Deliver a reliable bin collection service for every household",
         "New rounds were introduced in October following the route optimisation review."),
    ],
    "community-safety": [
        ("Tackle anti-social behaviour and make our neighbourhoods safer",
         "Neighbourhood safety wardens are now working in every ward."),
        ("Support victims of domestic abuse and hold perpetrators to account",
         "The new safe accommodation service opened in the autumn."),
        ("Work with the police to reduce crime in the town centre",
         "Joint patrols have been introduced on Friday and Saturday evenings."),
        ("Divert young people away from crime and violence",
         "The youth diversion programme is now running in three wards."),
        ("Expand the CCTV network in our town and district centres",
         "Twelve new cameras have been installed and are monitored from the control room."),
    ],
    "regeneration": [
        ("Bring new jobs and investment to Hollinsfield",
         "The inward investment team has supported three major relocations this year."),
        ("Transform the town centre into a place where people want to live, work and visit",
         "Demolition of the former shopping arcade is complete."),
        ("Support local businesses to start, grow and thrive",
         "The business support programme has been extended until March."),
        ("Deliver the station quarter regeneration scheme",
         "Network Rail has agreed the design for the new station entrance."),
        ("Bring empty town centre shops back into use",
         "The shop front improvement grant has been taken up by local traders."),
    ],
    "finance": [
        ("Set a balanced budget and protect frontline services",
         "The budget consultation closed in January with responses from residents and businesses."),
        ("Make it easier for residents to contact the council online",
         "The new customer portal went live in September."),
        ("Process benefit claims quickly and accurately",
         "Automation of change of circumstances has reduced processing times."),
        ("Improve how we handle complaints and learn from them",
         "A new complaints policy has been adopted and training delivered to managers."),
        ("Collect the council tax and business rates that fund our services",
         "Collection remains in line with the profile for this point in the year."),
    ],
    "culture": [
        ("Keep every library open and modernise the service",
         "Self service kiosks are now available in all branch libraries."),
        ("Increase participation in sport and physical activity",
         "The new swimming pool at Newfields has exceeded its first year membership target."),
        ("Deliver a programme of events that brings people into the town centre",
         "The summer festival attracted visitors from across the region."),
        ("Protect and celebrate Hollinsfield's heritage",
         "The Town Hall restoration has reached the final phase."),
        ("Support community groups and volunteers",
         "The community grants scheme has funded projects in every ward."),
    ],
    "public-health": [
        ("Reduce smoking in Hollinsfield, particularly among pregnant women",
         "The stop smoking service is now offered in maternity settings."),
        ("Help residents to reach and keep a healthy weight",
         "The healthy weight programme has started in primary schools."),
        ("Reduce harm caused by drugs and alcohol",
         "The recovery hub has moved to new premises in the town centre."),
        ("Improve the uptake of NHS Health Checks in our most deprived communities",
         "Outreach checks are being offered at community centres and workplaces."),
        ("Reduce suicide and self harm",
         "Suicide prevention training has been delivered to frontline staff."),
    ],
}

BACKGROUND = {
    "childrens-services": [
        "Demand for children's social care remains high across the region, reflecting rising levels of need linked to poverty, domestic abuse and parental mental health.",
        "The service was inspected by Ofsted under the ILACS framework and the judgement was published in the spring. An improvement plan is in place and is monitored by the Improvement Board.",
        "Recruitment of experienced social workers remains the most significant risk to the service. Caseloads in the assessment teams remain above the level we would wish to see.",
    ],
    "education": [
        "The number of children and young people with special educational needs continues to rise, in line with the national picture.",
        "The high needs block of the Dedicated Schools Grant remains under significant pressure and a recovery plan has been agreed with the Schools Forum.",
        "Timeliness of new plans has been affected by the availability of educational psychologists, which is a national issue.",
    ],
    "adult-social-care": [
        "Demand for adult social care continues to increase as the population ages and more people live with complex needs.",
        "The care market remains fragile. Recruitment and retention of care workers is the main risk for providers in the borough.",
        "The service continues to work with NHS partners through the Better Care Fund to support hospital discharge.",
    ],
    "housing": [
        "The Homelessness Reduction Act 2017 places duties on the council to prevent and relieve homelessness for all eligible households.",
        "Demand for the housing solutions service has risen, driven by the end of private tenancies and by family breakdown.",
        "The cost of temporary accommodation is a significant budget pressure and is reported to the Executive through the budget monitoring process.",
    ],
    "environment": [
        "The waste collection service makes more than five million collections each year.",
        "Fly tipping remains a concern for residents in every ward and is a priority for the enforcement team.",
        "The council declared a climate emergency and has committed to becoming carbon neutral.",
    ],
    "community-safety": [
        "The Community Safety Partnership brings together the council, police, fire and rescue service, probation and health partners.",
        "Anti-social behaviour shows a seasonal pattern, with reports rising over the summer months and around bonfire night.",
        "The Domestic Abuse Act 2021 places new duties on the council to provide support in safe accommodation.",
    ],
    "regeneration": [
        "The regeneration programme is funded through a combination of council capital, Government grants and private investment.",
        "Town centres across the country continue to face structural change in retail, and Hollinsfield is no exception.",
        "The Enterprise Zone continues to attract investment in advanced manufacturing and digital businesses.",
    ],
    "finance": [
        "The council continues to face a challenging financial position, with rising demand for services and inflationary pressures.",
        "Customer contact continues to move to online channels, while telephone and face to face support remains for those who need it.",
        "The revenues and benefits service administers council tax, business rates, housing benefit and the council tax reduction scheme.",
    ],
    "culture": [
        "The council operates a Central Library, six branch libraries, two museums and four leisure centres.",
        "Visitor numbers have recovered well following the reopening of facilities.",
        "The cultural programme is supported by Arts Council England and by local sponsors.",
    ],
    "public-health": [
        "Life expectancy in Hollinsfield remains below the England average, and the gap between our most and least deprived wards is wide.",
        "The public health grant funds services including stop smoking support, drug and alcohol treatment, sexual health and health visiting.",
        "Smoking remains the single biggest cause of preventable illness and early death in the borough.",
    ],
}

# Indicator rows whose label merely contains a metric's name but measure something else
# (a percentage, a time, a sub-count); never figures. (label, low, high, decimals)
LOOKALIKE_ROWS = {
    "childrens-services": [
        ("Children looked after with three or more placements in 12 months (%)", 6, 14, 1),
        ("Assessments completed within 45 working days (%)", 62, 97, 1),
        ("Children subject to a child protection plan for a second or subsequent time (%)", 12, 28, 1),
        ("Children looked after placed more than 20 miles from home", 30, 95, 0),
    ],
    "education": [
        ("Assessments completed where a plan was not issued", 3, 25, 0),
        ("Children electively home educated known to children's social care", 8, 40, 0),
        ("EHC plans reviewed within 12 months (%)", 55, 92, 1),
    ],
    "adult-social-care": [
        ("Referrals received resulting in an assessment (%)", 35, 70, 1),
        ("Safeguarding enquiries where the risk was reduced or removed (%)", 80, 97, 1),
        ("Adults receiving long-term support who had a review in the year (%)", 52, 88, 1),
    ],
    "housing": [
        ("Households in temporary accommodation with dependent children", 8, 60, 0),
        ("Referrals received from the Department for Work and Pensions", 6, 40, 0),
        ("Average days in bed and breakfast accommodation (families)", 4, 41, 0),
    ],
    "environment": [
        ("Fly-tipping incidents removed within 2 working days (%)", 78, 99, 1),
        ("Missed bin collections per 100,000 collections", 22, 95, 0),
        ("Fixed penalty notices paid within 14 days (%)", 48, 80, 1),
    ],
    "community-safety": [
        ("ASB incidents resolved within 28 days (%)", 61, 93, 1),
        ("Repeat domestic abuse incidents (%)", 21, 38, 1),
        ("Cases heard at MARAC that were repeat cases (%)", 18, 36, 1),
    ],
    "regeneration": [
        ("Jobs created through the Enterprise Zone since 2012 (cumulative)", 1200, 3400, 0),
        ("Businesses supported that are still trading after 12 months (%)", 71, 94, 1),
        ("Minor planning applications determined within 8 weeks (%)", 72, 98, 1),
    ],
    "finance": [
        ("Complaints received responded to within 10 working days (%)", 68, 96, 1),
        ("Average days to process new benefit claims", 14, 31, 0),
        ("FOI requests answered within 20 working days (%)", 80, 99, 1),
    ],
    "culture": [
        ("Library visits per 1,000 population", 1900, 4800, 0),
        ("Leisure centre attendances by under 16s (%)", 18, 34, 1),
        ("Museum and gallery visits by school groups", 40, 260, 0),
    ],
    "public-health": [
        ("Four-week smoking quitters as a percentage of quit dates set (%)", 38, 62, 1),
        ("NHS Health Checks offered to the eligible population (%)", 11, 24, 1),
        ("Adults in treatment who left successfully (%)", 9, 32, 1),
    ],
}

LEGAL = {
    "childrens-services": ["The council has statutory duties to children in need and children in its care under the Children Act 1989 and the Children Act 2004."],
    "education": ["The Children and Families Act 2014 and the SEND Code of Practice set out the council's duties to children and young people with special educational needs.",
                  "The Education Act 1996 places a duty on the council to secure sufficient school places."],
    "adult-social-care": ["The council must have regard to the Care Act 2014 and its statutory guidance.",
                          "The National Health Service and Community Care Act 1990 sets out the council's duty to assess need."],
    "housing": ["The Housing Act 1996 (Part 7) as amended by the Homelessness Reduction Act 2017 applies.",
                "Part 7 of the Housing Act 1996 and the Homelessness Code of Guidance set out the council's duties."],
    "environment": ["The Environmental Protection Act 1990 places duties on the council as a waste collection authority."],
    "community-safety": ["Section 17 of the Crime and Disorder Act 1998 requires the council to consider crime and disorder in all it does.",
                         "The Anti-social Behaviour, Crime and Policing Act 2014 gives the council the powers described in this report."],
    "regeneration": ["The council has a general power of competence under the Localism Act 2011.",
                     "The Town and Country Planning Act 1990 applies to the planning matters in this report."],
    "finance": ["The Local Government Finance Act 1992 and the Local Government Act 2003 apply.",
                "The Section 151 Officer has a duty to report on the robustness of the budget."],
    "culture": ["The Public Libraries and Museums Act 1964 places a duty on the council to provide a comprehensive and efficient library service."],
    "public-health": ["The Health and Social Care Act 2012 transferred public health duties to the council.",
                      "The public health grant is subject to conditions set by the Department of Health and Social Care."],
}

# Sentences stating another portfolio's indicator: never a figure of this report
# ({n} is a plausible value, {date} a date in words). Keyed by the report's portfolio.
CROSS_PORTFOLIO = {
    "childrens-services": [("ehc-plans", "Across the borough {n} children and young people had an EHC plan at {date}, many of whom are known to our teams.")],
    "education": [("children-looked-after", "The virtual school supports every child in our care: there were {n} children looked after at {date}, and each has a personal education plan.")],
    "adult-social-care": [("housing-register", "Many older people wait for suitable housing: {n} households were on the housing register at {date}.")],
    "housing": [("long-term-support", "Housing officers work closely with adult social care, which was providing long-term support to {n} adults at {date}.")],
    "environment": [("asb-incidents", "The Community Safety Partnership recorded {n} anti-social behaviour incidents in the quarter to {date}, some of them linked to fly tipping.")],
    "community-safety": [("fly-tipping", "Environmental crime is part of the partnership's work: {n} fly-tipping incidents were reported in the quarter to {date}.")],
    "regeneration": [("library-visits", "The refurbished Central Library is helping to bring people into the town centre, with {n} library visits in the quarter to {date}.")],
    "finance": [("housing-register", "The revenues team shares data with housing services, where {n} households were on the housing register at {date}.")],
    "culture": [("smoking-quitters", "Leisure centres host stop smoking clinics, which helped {n} smokers to quit in the quarter to {date} (four-week smoking quitters).")],
    "public-health": [("leisure-attendances", "Exercise on referral is delivered in our leisure centres, which recorded {n} leisure centre attendances in the quarter to {date}.")],
}


# Words that date a text: a report before that year could not have said them
ERA = {"Duty to refer": 2018, "Homelessness Reduction Act 2017 applies": 2018, "Localism Act 2011": 2012, "Children and Families Act 2014": 2015,
       "Anti-social Behaviour, Crime and Policing Act 2014": 2015, "Health and Social Care Act 2012": 2013,
       "Department of Health and Social Care": 2018, "Levelling Up": 2021, "Family Hubs": 2021, "Serious Violence Duty": 2022, "Domestic Abuse Act 2021": 2021,
       "safe accommodation": 2021, "ILACS": 2018, "Homelessness Reduction Act 2017": 2018,
       "Rough Sleeping Initiative": 2018, "Climate Emergency": 2019, "climate emergency": 2019,
       "carbon neutral": 2019, "Care Act 2014": 2015, "Better Care Fund": 2015, "Safeguarding Adults Board": 2015,
       "Local Safeguarding Children Partnership": 2019, "local safeguarding arrangements": 2019,
       "Healthy Weight Declaration": 2017, "Care Leavers Local Offer": 2018, "SEND": 2015,
       "special educational needs has the right support": 2015, "high needs": 2014,
       "educational psychologists": 2015, "Enterprise Zone": 2012, "Tree Planting Programme": 2019,
       "weekly food waste": 2021, "Public Spaces Protection Order": 2015, "selective licensing": 2012,
       "Youth Council": 2010, "Family Group Conferencing": 2012, "adverse childhood experiences": 2017,
       "customer portal": 2014, "Digital Strategy": 2014, "Air Quality Action Plan": 2012,
       "Section 42": 2015, "Suicide Prevention Action Plan": 2015, "recovery hub": 2014}


def current(texts: list, on) -> list:
    """The texts (or (text, update) pairs) a report on that date could have contained."""
    def ok(t):
        words = " ".join(t) if isinstance(t, tuple) else t
        return all(on.year >= year for key, year in ERA.items() if key in words)
    return [t for t in texts if ok(t)]


def third_person(imperative: str) -> str:
    """'Approve the plan' -> 'approves the plan' (after 'That the Executive:')."""
    verb, rest = imperative.split(" ", 1)
    return f"{verb.lower()}s {rest}"
