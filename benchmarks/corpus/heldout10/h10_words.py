"""The tenth held-out set's own wording: report titles and the decisions a report asks for,
portfolio by portfolio, written afresh for this set (officers, wards, comparators, background
lines and look-alike rows are ../heldout8/h8_words'; the counted nouns ../heldout3/h3_words').
Decisions avoid words a typist would hyphenate at a line's end, so a commitment reads whole.
"""
from __future__ import annotations

TITLES = {
    "childrens-services": ["Children's Services Portfolio Update", "Looked After Children and Care Leavers"],
    "education": ["Education Portfolio Update", "Special Educational Needs: Where We Are Now"],
    "adult-social-care": ["Adult Social Care Portfolio Update", "Independence at Home: Progress Report"],
    "housing": ["Housing Portfolio Update", "Homelessness and Housing Options Update"],
    "environment": ["Environment Portfolio Update", "Waste, Streets and Parks: Progress Report"],
    "community-safety": ["Community Safety Portfolio Update", "Safer Neighbourhoods Progress Report"],
    "regeneration": ["Regeneration Portfolio Update", "Jobs, Planning and the Town Centre"],
    "finance": ["Finance and Customer Services Portfolio Update", "Benefits, Complaints and Requests Update"],
    "culture": ["Culture and Leisure Portfolio Update", "Libraries, Leisure and Heritage Progress Report"],
    "public-health": ["Public Health Portfolio Update", "Healthier Lives Progress Report"],
}

# (verb, object): what a report asks a body to decide
DECISIONS = {
    "childrens-services": [("approve", "the Kinship Carers Support Offer"),
                           ("agree", "the opening of a second small children's home in the borough"),
                           ("endorse", "the Pledge to Children in Care written with the Children in Care Council")],
    "education": [("approve", "the SEND Sufficiency Plan for the next three years"),
                  ("agree", "the creation of forty new specialist places at secondary level"),
                  ("endorse", "the Inclusion Charter for all schools in the borough")],
    "adult-social-care": [("approve", "the Shared Lives expansion plan"),
                          ("agree", "the retendering of the community equipment service"),
                          ("endorse", "the Dementia Friendly Hollinsfield action plan")],
    "housing": [("approve", "the Homelessness and Rough Sleeping Strategy"),
                ("agree", "the purchase of up to twenty homes for use as temporary accommodation"),
                ("endorse", "the Private Rented Sector Charter")],
    "environment": [("approve", "the Parks and Green Spaces Strategy"),
                    ("agree", "the roll out of food waste caddies to every household"),
                    ("endorse", "the Street Cleansing Standards")],
    "community-safety": [("approve", "the Community Safety Partnership Plan"),
                         ("agree", "the Public Spaces Protection Order for the town centre"),
                         ("endorse", "the Violence Against Women and Girls Strategy")],
    "regeneration": [("approve", "the Town Centre Masterplan"),
                     ("agree", "the Business Rates Relief scheme for new shops"),
                     ("endorse", "the Local Skills Plan agreed with the college")],
    "finance": [("approve", "the Council Tax Reduction Scheme for the coming year"),
                ("agree", "the new Customer Access Strategy"),
                ("endorse", "the Corporate Debt Recovery Policy")],
    "culture": [("approve", "the Library Strategy for the next five years"),
                ("agree", "the refurbishment of the Moorside Leisure Centre"),
                ("endorse", "the Heritage Action Zone programme")],
    "public-health": [("approve", "the Healthy Weight Strategy"),
                      ("agree", "the recommissioning of the sexual health service"),
                      ("endorse", "the Suicide Prevention Plan")],
}

PASSIVE = {"approve": "approved", "agree": "agreed", "endorse": "endorsed"}
THIRD = {"approve": "approves", "agree": "agrees", "endorse": "endorses"}


def decision(d: tuple[str, str], form: str, body: str = "Cabinet") -> str:
    verb, obj = d
    return {"lower": f"{verb} {obj}", "imperative": f"{verb[0].upper()}{verb[1:]} {obj}",
            "to": f"to {verb} {obj}", "third": f"{THIRD[verb]} {obj}",
            "that": f"That {body} {THIRD[verb]} {obj}"}[form]

MAYORS = ["Cllr Margaret Sutcliffe", "Cllr Desmond Pryce", "Cllr Yasmin Akhtar", "Cllr Peter Lumb"]
HECKLERS = ["Cllr Barraclough", "Cllr Heptonstall", "Cllr Okonjo-Reid", "Cllr Duckworth", "Cllr Greenwood"]
