"""A synthetic wire-style corpus for benchmarks and tests (never a data source).

`python -m factpack.tools.corpus --n N --seed S --out DIR` writes N articles (`NNNNN_<slug>.txt`,
800 to 4,000 characters each) with their sidecars (`published_date`, `agency`) and a
`package.yaml` that says the corpus is synthetic. Articles are recombined from the
sentence templates below, with invented people and organisations, real country names,
capitals and seats of power (so the gazetteer is exercised), and random numbers and dates.
They exercise every extraction path: direct quotes (curly and straight, before and after
the speaker, after a colon), reported speech (`X said that`, `according to X`,
`X, who ..., said`), stance verbs (`accused Y of`, `denied`), pronoun speakers, metonyms
(`Washington`, `the Kremlin`), unnamed sources (`officials said`), titles (`Foreign
Minister Ana Ruiz`), datelines (`CITY:`, `CITY (Reuters) -`), agency credits (`– AFP`),
fatalities, money, relative and explicit dates, and triggers of all 16 PLOVER event types.

Output depends only on (seed, index): article i is the same in a corpus of any size, so
`--start N --n N+1` adds one article to a corpus of N. Generated articles never go into
`seeds/`: the command refuses that folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from factpack.errors import FactpackError

MIN_CHARS, MAX_CHARS = 800, 4000
FIRST_DATE, LAST_DATE = dt.date(2019, 1, 1), dt.date(2025, 10, 31)

# name, form used in text, demonym, capital (dateline), seat of power or None
COUNTRIES: list[tuple[str, str, str, str, str | None]] = [
    ("United States", "the United States", "US", "Washington", "the White House"),
    ("Russia", "Russia", "Russian", "Moscow", "the Kremlin"),
    ("United Kingdom", "Britain", "British", "London", "Downing Street"),
    ("France", "France", "French", "Paris", "the Elysee"),
    ("China", "China", "Chinese", "Beijing", "Zhongnanhai"),
    ("Venezuela", "Venezuela", "Venezuelan", "Caracas", "Miraflores"),
    ("Brazil", "Brazil", "Brazilian", "Brasilia", "Planalto"),
    ("Colombia", "Colombia", "Colombian", "Bogota", None),
    ("Argentina", "Argentina", "Argentine", "Buenos Aires", "Casa Rosada"),
    ("Spain", "Spain", "Spanish", "Madrid", "Moncloa"),
    ("Germany", "Germany", "German", "Berlin", None),
    ("Italy", "Italy", "Italian", "Rome", "Palazzo Chigi"),
    ("Philippines", "the Philippines", "Philippine", "Manila", "Malacanang"),
    ("Nigeria", "Nigeria", "Nigerian", "Abuja", None),
    ("Kenya", "Kenya", "Kenyan", "Nairobi", None),
    ("Ethiopia", "Ethiopia", "Ethiopian", "Addis Ababa", None),
    ("Egypt", "Egypt", "Egyptian", "Cairo", None),
    ("Iran", "Iran", "Iranian", "Tehran", None),
    ("Turkey", "Turkey", "Turkish", "Ankara", None),
    ("Ukraine", "Ukraine", "Ukrainian", "Kyiv", None),
    ("Poland", "Poland", "Polish", "Warsaw", None),
    ("Georgia", "Georgia", "Georgian", "Tbilisi", None),
    ("Armenia", "Armenia", "Armenian", "Yerevan", None),
    ("Azerbaijan", "Azerbaijan", "Azerbaijani", "Baku", None),
    ("Kazakhstan", "Kazakhstan", "Kazakh", "Astana", None),
    ("India", "India", "Indian", "New Delhi", None),
    ("Pakistan", "Pakistan", "Pakistani", "Islamabad", None),
    ("Indonesia", "Indonesia", "Indonesian", "Jakarta", None),
    ("Thailand", "Thailand", "Thai", "Bangkok", None),
    ("Japan", "Japan", "Japanese", "Tokyo", None),
    ("South Korea", "South Korea", "South Korean", "Seoul", None),
    ("Mexico", "Mexico", "Mexican", "Mexico City", None),
    ("Peru", "Peru", "Peruvian", "Lima", None),
    ("Chile", "Chile", "Chilean", "Santiago", "La Moneda"),
    ("Ecuador", "Ecuador", "Ecuadorian", "Quito", "Carondelet"),
    ("Mali", "Mali", "Malian", "Bamako", None),
    ("Senegal", "Senegal", "Senegalese", "Dakar", None),
    ("Ghana", "Ghana", "Ghanaian", "Accra", None),
    ("South Africa", "South Africa", "South African", "Pretoria", "Union Buildings"),
    ("Sudan", "Sudan", "Sudanese", "Khartoum", None),
    ("Malawi", "Malawi", "Malawian", "Lilongwe", None),
    ("Kyrgyzstan", "Kyrgyzstan", "Kyrgyz", "Bishkek", None),
]
INTL_ORGS = [
    "the United Nations",
    "the European Union",
    "the African Union",
    "NATO",
    "the International Monetary Fund",
    "the World Bank",
    "the World Food Programme",
    "Amnesty International",
    "Human Rights Watch",
    "the International Committee of the Red Cross",
    "ECOWAS",
    "the Organization of American States",
    "UNICEF",
    "the UN Security Council",
]
FIRST_M = [
    "Tomas",
    "Dario",
    "Marek",
    "Kofi",
    "Ravi",
    "Idris",
    "Emil",
    "Joaquin",
    "Anders",
    "Samir",
    "Nikolai",
    "Oren",
    "Mateo",
    "Femi",
    "Hamid",
    "Lucas",
    "Pavel",
    "Kenji",
]
FIRST_F = [
    "Ana",
    "Leila",
    "Ines",
    "Sofia",
    "Amara",
    "Yara",
    "Mirela",
    "Nadia",
    "Elena",
    "Chiara",
    "Zainab",
    "Marta",
    "Aiko",
    "Lucia",
    "Farida",
    "Olga",
    "Rosa",
    "Tendai",
]
SYLL_A = [
    "Val",
    "Mar",
    "Ken",
    "Dor",
    "Sal",
    "Bel",
    "Tor",
    "Ruv",
    "Lan",
    "Os",
    "Quin",
    "Zar",
    "Hal",
    "Mel",
    "Cor",
    "Fen",
    "Gar",
    "Lor",
    "Nav",
    "Pel",
    "Ris",
    "Tam",
]
SYLL_B = [
    "ero",
    "ani",
    "ovic",
    "enko",
    "ardi",
    "ulu",
    "aza",
    "imov",
    "esco",
    "onde",
    "ari",
    "etti",
    "uma",
    "oya",
    "ansk",
    "ida",
    "ello",
    "abe",
    "ueta",
    "ossa",
]
TITLES_GOV = [
    "Foreign Minister",
    "Defence Minister",
    "Interior Minister",
    "Finance Minister",
    "Prime Minister",
    "President",
    "Vice President",
    "Justice Minister",
    "Energy Minister",
    "Trade Minister",
    "Health Minister",
    "Information Minister",
]
TITLES_OTHER = [
    "Senator",
    "General",
    "Governor",
    "Mayor",
    "Ambassador",
    "Special Envoy",
    "Chief Prosecutor",
    "Police Chief",
]
ROLES_APPOS = [
    "the head of the national electoral commission",
    "the country's chief negotiator",
    "a senior adviser to the president",
    "the leader of the opposition",
    "the spokesman for the army",
    "the governor of the central bank",
]
ORG_ADJ = [
    "National",
    "Federal",
    "United",
    "Popular",
    "Democratic",
    "Central",
    "Independent",
    "Patriotic",
    "Civic",
    "Progressive",
]
ORG_KIND = [
    "Workers Union",
    "Farmers Union",
    "Electoral Commission",
    "Liberation Front",
    "Teachers Federation",
    "Alliance for Renewal",
    "Human Rights Commission",
    "Anti-Corruption Bureau",
    "Renewal Movement",
    "Miners Association",
]
LOCAL_PLACES = [
    "the border region",
    "the northern provinces",
    "the capital's outskirts",
    "the port of Marvell",
    "the town of Calder Ridge",
    "the coastal city of Ostrava Bay",
    "the Selva Alta valley",
    "the eastern highlands",
    "the Tamber Delta",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

QUOTES = [
    "We will not accept threats against our people",
    "This is a dangerous escalation and the world is watching",
    "The talks were constructive, but there is still a long way to go",
    "Nobody will take away our sovereignty",
    "We are ready to return to the negotiating table tomorrow",
    "Our priority is the safety of civilians",
    "These accusations are baseless and politically motivated",
    "We have been patient for too long",
    "There can be no peace without justice for the victims",
    "The agreement is good news for both our countries",
    "The government has failed the workers of this country",
    "We will defend every inch of our territory",
    "Sanctions only hurt ordinary families",
    "This was a cowardly attack on innocent people",
    "We expect concrete steps, not more promises",
    "I wouldn't say it went well or badly. It was a phone call",
]
CLAUSES = [
    "the talks would resume next month",
    "the ceasefire was largely holding despite sporadic violations",
    "the government had no intention of stepping down",
    "the new measures were necessary to protect national security",
    "the election results could not be trusted",
    "the economy would recover within two years",
    "the unions' demands were unrealistic",
    "more than half of the displaced families had returned home",
    "the investigation would be independent and transparent",
    "the border would remain closed until further notice",
    "the proposal did not go far enough",
    "inflation had eased for a third consecutive month",
]
CHARGES = [
    "violating the ceasefire",
    "arming rebel groups",
    "interfering in its internal affairs",
    "plotting a coup",
    "rigging the vote",
    "harassing journalists",
    "stealing public funds",
    "spreading disinformation",
    "targeting civilians",
    "blocking humanitarian access",
]
ADJECTIVES = [
    "constructive",
    "difficult",
    "frank and useful",
    "a first step",
    "disappointing",
    "historic",
    "premature",
]


@dataclass
class Person:
    first: str
    last: str
    female: bool
    title: str | None
    country: tuple[str, str, str, str, str | None]
    role: str | None = None
    introduced: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def he(self) -> str:
        return "She" if self.female else "He"


@dataclass
class Story:
    """One article's cast and the state the templates share (who has been introduced)."""

    rng: random.Random
    pub: dt.date
    home: tuple[str, str, str, str, str | None]
    foreign: tuple[str, str, str, str, str | None]
    third: tuple[str, str, str, str, str | None]
    people: list[Person]
    org: str
    intl: str
    last_person: Person | None = None
    used: set[str] = field(default_factory=set)

    # --- references to actors -------------------------------------------------------------
    def person(self, k: int | None = None, *, modifier: bool = True) -> str:
        """A person: the full titled name the first time, the surname afterwards."""
        p = self.people[k if k is not None else self.rng.randrange(len(self.people))]
        self.last_person = p
        if p.introduced:
            return p.last
        p.introduced = True
        if p.title is None:
            return p.full
        mod = f"{p.country[2]} " if modifier and self.rng.random() < 0.4 else ""
        return f"{mod}{p.title} {p.full}"

    def person_untitled(self) -> str:
        """An untitled person: the full name the first time ("Ana Ruiz"), the surname afterwards."""
        cands = [p for p in self.people if p.title is None] or self.people
        p = self.rng.choice(cands)
        self.last_person = p
        if p.introduced:
            return p.last
        p.introduced = True
        return p.full

    def state(self, which: str = "any") -> str:
        c = {"home": self.home, "foreign": self.foreign}.get(which) or self.rng.choice(
            [self.home, self.foreign, self.third]
        )
        r = self.rng.random()
        if r < 0.25 and c[4]:
            return c[4]  # seat of power: "the Kremlin"
        if r < 0.45:
            return c[3]  # capital as metonym: "Washington"
        if r < 0.6:
            return f"the {c[2]} government"
        return c[1]

    def actor(self) -> str:
        r = self.rng.random()
        if r < 0.45:
            return self.state()
        if r < 0.75:
            return self.person()
        if r < 0.88:
            return f"the {self.org}"
        return self.intl

    def anyone(self) -> str:
        r = self.rng.random()
        return self.intl if r < 0.4 else f"the {self.org}" if r < 0.7 else self.person()

    def official_source(self) -> str:
        return self.rng.choice(
            [
                "officials said",
                "diplomats said",
                "a source close to the negotiations said",
                "police said",
                "local media reported",
                "analysts said",
                "witnesses said",
                "people familiar with the matter said",
                "the ministry said in a statement",
            ]
        )

    # --- dates and numbers ----------------------------------------------------------------
    def when(self) -> str:
        r = self.rng.random()
        past = self.pub - dt.timedelta(days=self.rng.randrange(20, 400))
        options = [
            f"on {self.rng.choice(WEEKDAYS)}",
            "last week",
            f"since {self.rng.choice(MONTHS)}",
            f"in {self.rng.choice(MONTHS)}",
            f"on {past.day} {MONTHS[past.month - 1]} {past.year}",
            "earlier this month",
            "last month",
            "last year",
            f"in {past.year}",
            f"on {MONTHS[past.month - 1]} {past.day}",
            "in recent days",
            "yesterday",
        ]
        return "" if r < 0.1 else self.rng.choice(options)

    def w(self) -> str:
        """A date phrase with a leading space, or nothing."""
        t = self.when()
        return f" {t}" if t else ""

    def n(self, lo: int = 2, hi: int = 120) -> int:
        return self.rng.randint(lo, hi)

    def money(self) -> str:
        amount = self.rng.choice([5, 12, 20, 50, 75, 100, 250, 400, 700, 1.2, 2.5])
        if isinstance(amount, float):
            return self.rng.choice([f"${amount} billion", f"€{amount}bn", f"USD {amount} billion"])
        return self.rng.choice(
            [f"${amount} million", f"USD {amount} million", f"{amount} million euros", f"£{amount}m"]
        )

    def place(self) -> str:
        return self.rng.choice(LOCAL_PLACES + [self.home[3], self.foreign[3]])

    def pick(self, options: list[str]) -> str:
        return self.rng.choice(options)


Template = Callable[[Story], str]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# Event sentences, by PLOVER type (triggers taken from schemas/reference/event_lexicon.csv).
EVENTS: dict[str, list[Template]] = {
    "AGREE": [
        lambda s: f"{cap(s.actor())} and {s.state('foreign')} agreed to resume trade talks{s.w()}.",
        lambda s: f"{cap(s.state('home'))} reached an agreement with {s.intl} on debt repayments{s.w()}.",
        lambda s: f"{cap(s.person())} accepted a proposal from {s.state('foreign')} to extend the truce.",
    ],
    "CONSULT": [
        lambda s: f"{cap(s.person())} held talks with {s.state('foreign')} in {s.foreign[3]}{s.w()}.",
        lambda s: f"{cap(s.person())} met {s.person()} on the sidelines of a summit in {s.third[3]}{s.w()}.",
        lambda s: f"{cap(s.state('home'))} spoke by phone with {s.state('foreign')}{s.w()} about the crisis.",
    ],
    "SUPPORT": [
        lambda s: f"{cap(s.actor())} praised {s.state('home')} for its handling of the crisis.",
        lambda s: f"{cap(s.intl)} expressed support for the peace plan{s.w()}.",
        lambda s: f"{cap(s.state('foreign'))} backed the {s.org}'s call for early elections.",
    ],
    "CONCEDE": [
        lambda s: f"{cap(s.state('home'))} granted amnesty to {s.n()} political prisoners{s.w()}.",
        lambda s: f"{cap(s.state('foreign'))} eased sanctions on {s.home[1]}{s.w()}.",
        lambda s: f"The {s.org} called off the strike after the government offered {s.money()}.",
    ],
    "COOPERATE": [
        lambda s: (
            f"{cap(s.home[1])} and {s.foreign[1]} held joint military exercises near {s.place()}{s.w()}."
        ),
        lambda s: f"{cap(s.home[2])} and {s.foreign[2]} forces began joint patrols along the border{s.w()}.",
        lambda s: f"{cap(s.state('home'))} extradited two suspects to {s.foreign[1]}{s.w()}.",
    ],
    "AID": [
        lambda s: f"{cap(s.state('foreign'))} pledged {s.money()} in humanitarian aid to {s.home[1]}{s.w()}.",
        lambda s: f"{cap(s.intl)} delivered relief supplies to {s.place()}{s.w()}.",
        lambda s: f"{cap(s.intl)} approved a loan of {s.money()} for {s.home[1]}{s.w()}.",
    ],
    "RETREAT": [
        lambda s: f"{cap(s.state('foreign'))} pulled out troops from {s.place()}{s.w()}.",
        lambda s: f"Rebels freed {s.n(2, 30)} hostages{s.w()} after weeks of mediation by {s.intl}.",
        lambda s: f"{cap(s.home[1])} and {s.foreign[1]} carried out a prisoner exchange{s.w()}.",
    ],
    "REQUEST": [
        lambda s: f"{cap(s.intl)} called for talks between {s.home[1]} and {s.foreign[1]}{s.w()}.",
        lambda s: f"{cap(s.person())} demanded the release of {s.n(3, 40)} detained activists.",
        lambda s: f"{cap(s.state('home'))} appealed for help from {s.intl} to cope with the floods.",
    ],
    "ACCUSE": [
        lambda s: f"{cap(s.actor())} accused {s.state('foreign')} of {s.pick(CHARGES)}.",
        lambda s: f"{cap(s.intl)} condemned the killing of {s.n(2, 20)} aid workers{s.w()}.",
        lambda s: f"{cap(s.person())} blamed {s.state('foreign')} for the collapse of the talks.",
    ],
    "REJECT": [
        lambda s: f"{cap(s.state('home'))} rejected the proposal from {s.state('foreign')}{s.w()}.",
        lambda s: f"{cap(s.person())} refused to negotiate with the {s.org}.",
        lambda s: f"{cap(s.state('foreign'))} ruled out any military intervention{s.w()}.",
    ],
    "THREATEN": [
        lambda s: f"{cap(s.state('foreign'))} threatened to impose sanctions on {s.home[1]}{s.w()}.",
        lambda s: f"The {s.org} issued an ultimatum to the government{s.w()}.",
        lambda s: f"{cap(s.person())} threatened to expel {s.foreign[2]} diplomats.",
    ],
    "PROTEST": [
        lambda s: f"Thousands of people marched in {s.home[3]}{s.w()} to protest against the measures.",
        lambda s: f"Members of the {s.org} staged a strike over unpaid wages{s.w()}.",
        lambda s: f"Demonstrations spread to {s.place()}{s.w()}, {s.official_source()}.",
    ],
    "SANCTION": [
        lambda s: f"{cap(s.state('foreign'))} froze assets of {s.n(3, 25)} {s.home[2]} officials{s.w()}.",
        lambda s: f"{cap(s.state('home'))} expelled the {s.foreign[2]} ambassador{s.w()}.",
        lambda s: f"Six airlines have cancelled flights to {s.home[1]}{s.w()}.",
    ],
    "MOBILIZE": [
        lambda s: (
            f"{cap(s.state('foreign'))} deployed {s.n(200, 5000)} troops to the"
            f" border with {s.home[1]}{s.w()}."
        ),
        lambda s: f"The {s.foreign[2]} military buildup in the region continued{s.w()}.",
        lambda s: f"{cap(s.home[2])} warships held naval drills off {s.place()}{s.w()}.",
    ],
    "COERCE": [
        lambda s: f"Police arrested {s.n(3, 200)} protesters in {s.home[3]}{s.w()}.",
        lambda s: f"{cap(s.state('home'))} imposed a curfew in {s.place()}{s.w()}.",
        lambda s: f"{cap(s.state('home'))} closed the border with {s.foreign[1]}{s.w()}.",
    ],
    "ASSAULT": [
        lambda s: f"{s.foreign[2]} airstrikes hit {s.place()}{s.w()}, killing at least {s.n()} people.",
        lambda s: f"{s.n(2, 40)} soldiers were killed in clashes with militants near {s.place()}{s.w()}.",
        lambda s: (
            f"Gunmen ambushed a convoy in {s.place()}{s.w()}, leaving {s.n(2, 30)}"
            f" dead, {s.official_source()}."
        ),
        lambda s: (
            f"The death toll from the shelling of {s.place()} rose to {s.n(10, 300)}, {s.official_source()}."
        ),
    ],
}

# Claims: quotations and reported speech in the attribution patterns the extractor knows.
CLAIMS: list[Template] = [
    lambda s: f"“{s.pick(QUOTES)},” {s.person()} told reporters{s.w()}.",
    lambda s: f'"{s.pick(QUOTES)}," said {s.person()}.',
    lambda s: f"{cap(s.person())} said that {s.pick(CLAUSES)}.",
    lambda s: f"{cap(s.pick(CLAUSES))}, according to {s.anyone()}.",
    lambda s: f"According to {s.pick([s.intl, 'the ' + s.org])}, {s.pick(CLAUSES)}.",
    lambda s: f"{s.person_untitled()}, who led the delegation at the talks, said {s.pick(CLAUSES)}.",
    lambda s: f"{cap(s.actor())} accused {s.actor()} of {s.pick(CHARGES)}.",
    lambda s: f"{cap(s.state('foreign'))} denied the allegations{s.w()}.",
    lambda s: f"{cap(s.person())} denied that {s.pick(CLAUSES)}.",
    lambda s: f"{cap(s.pick(CLAUSES))}, {s.official_source()}.",
    lambda s: f"{cap(s.pick(['diplomats', 'analysts', 'officials', 'witnesses']))} said {s.pick(CLAUSES)}.",
    lambda s: f"{cap(s.person())} said: “{s.pick(QUOTES)}.”",
    lambda s: f"{cap(s.person())} said the proposal was “{s.pick(ADJECTIVES)}” and {s.pick(CLAUSES)}.",
    lambda s: f"{cap(s.state())} insisted that {s.pick(CLAUSES)}.",
    lambda s: f"{cap(s.person())} warned that {s.pick(CLAUSES)}.",
    lambda s: f"{cap(s.person())} described the talks as “{s.pick(ADJECTIVES)}.”",
]


def pronoun_pair(s: Story) -> str:
    """A sentence naming a person, then one whose speaker is a pronoun."""
    first = f"{cap(s.person())} met {s.foreign[2]} officials in {s.foreign[3]}{s.w()}."
    p = s.last_person
    assert p is not None
    second = s.pick(
        [
            f"{p.he} said the meeting had been “{s.pick(ADJECTIVES)}.”",
            f"{p.he} added that {s.pick(CLAUSES)}.",
            f"{p.he} told reporters that {s.pick(CLAUSES)}.",
        ]
    )
    return f"{first} {second}"


def apposition(s: Story) -> str:
    p = next((p for p in s.people if p.role and not p.introduced), None)
    if p is None:
        return f"{cap(s.person())} said that {s.pick(CLAUSES)}."
    p.introduced = True
    s.last_person = p
    return s.pick(
        [
            f"{p.full}, {p.role}, said {s.pick(CLAUSES)}.",
            f"{cap(p.role)}, {p.full}, said on {s.pick(WEEKDAYS)} that {s.pick(CLAUSES)}.",
        ]
    )


def background(s: Story) -> str:
    """Sentences with no event or claim: context, numbers, dates."""
    return s.pick(
        [
            f"{cap(s.home[1])} has a population of about {s.n(5, 90)} million people.",
            f"The crisis began in {s.pick(MONTHS)} {s.pub.year - s.rng.randint(0, 2)}.",
            f"Inflation reached {s.n(5, 60)} percent in {s.pick(MONTHS)}, the highest level in years.",
            f"The {s.org} was founded in {s.rng.randint(1950, 2015)}.",
            f"Trade between the two countries was worth {s.money()} last year.",
        ]
    )


def hypothetical(s: Story) -> str:
    """Acts that might happen: modality `hypothetical` and `planned`."""
    return s.pick(
        [
            f"{cap(s.state('foreign'))} could impose a naval blockade if the talks fail.",
            f"If the strike continues, the government might deploy the army, {s.official_source()}.",
            f"{cap(s.state('home'))} plans to expel {s.foreign[2]} journalists{s.w()}.",
            f"{cap(s.person())} vowed to retaliate against {s.state('foreign')}.",
        ]
    )


OTHERS: list[Template] = [pronoun_pair, apposition, background, hypothetical]
HEADLINES: list[Template] = [
    lambda s: f"{s.home[1]} and {s.foreign[1]} trade accusations as tensions rise",
    lambda s: (
        f"{s.foreign[2]} pressure mounts on {s.home[1]} over"
        f" {s.pick(['border', 'election', 'strike', 'sanctions'])} dispute"
    ),
    lambda s: f"Talks stall as {s.home[1]} rejects {s.foreign[2]} proposal",
    lambda s: f"Deadly violence in {s.home[1]} draws international condemnation",
    lambda s: f"{s.home[2]} government under fire after {s.pick(['protests', 'clashes', 'arrests'])}",
]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40].rstrip("_")


def _new_story(rng: random.Random) -> Story:
    home, foreign, third = rng.sample(COUNTRIES, 3)
    pub = FIRST_DATE + dt.timedelta(days=rng.randrange((LAST_DATE - FIRST_DATE).days + 1))
    people = []
    surnames: set[str] = set()
    for k in range(5):
        female = rng.random() < 0.5
        while True:
            last = rng.choice(SYLL_A) + rng.choice(SYLL_B)
            if last not in surnames:
                surnames.add(last)
                break
        if k < 2:
            title, country = rng.choice(TITLES_GOV), home
        elif k == 2:
            title, country = rng.choice(TITLES_GOV + TITLES_OTHER), foreign
        else:
            title, country = None, home
        role = rng.choice(ROLES_APPOS) if k == 4 else None
        first = rng.choice(FIRST_F if female else FIRST_M)
        people.append(Person(first, last, female, title, country, role))
    org = f"{rng.choice(ORG_ADJ)} {rng.choice(ORG_KIND)}"
    return Story(rng, pub, home, foreign, third, people, org, rng.choice(INTL_ORGS))


def article(seed: int, index: int) -> tuple[str, str, dt.date, str]:
    """(file stem, text, published date, agency) of article `index` of corpus `seed`."""
    rng = random.Random(f"factpack-corpus:{seed}:{index}")
    s = _new_story(rng)
    target = rng.randint(MIN_CHARS, MAX_CHARS)
    agency = rng.choice(["AFP", "AFP", "AFP", "Reuters"])
    headline = rng.choice(HEADLINES)(s)
    city = s.home[3].upper()
    if agency == "Reuters" and rng.random() < 0.6:
        dateline = f"{city}, {MONTHS[s.pub.month - 1][:3]} {s.pub.day} (Reuters) - "
    else:
        dateline = f"{city}: "
    lead_type = rng.choice(sorted(EVENTS))
    paras = [dateline + rng.choice(EVENTS[lead_type])(s)]
    credit = f" – {agency}"
    # every article draws from a shuffled deck of templates, so each touches many paths
    deck: list[Template] = []
    for templates in EVENTS.values():
        deck.append(rng.choice(templates))
    deck += rng.sample(CLAIMS, 8) + OTHERS
    rng.shuffle(deck)
    size = len(headline) + 1 + len(paras[0]) + len(credit) + 1
    misses = 0
    while size < target and misses < 40:
        if not deck:
            deck = [rng.choice(rng.choice(list(EVENTS.values()))) for _ in range(4)]
            deck += rng.sample(CLAIMS, 4)
        state = [p.introduced for p in s.people]
        sent = deck.pop()(s)
        if size + len(sent) + 1 > MAX_CHARS - len(credit):
            for p, was in zip(s.people, state, strict=True):
                p.introduced = was
            misses += 1
            continue
        if paras and rng.random() < 0.25 and len(paras) > 1:
            paras[-1] += " " + sent
            size += len(sent) + 1
        else:
            paras.append(sent)
            size += len(sent) + 1
    paras[-1] += credit
    text = headline + "\n" + "\n".join(paras) + "\n"
    assert MIN_CHARS <= len(text) <= MAX_CHARS, (index, len(text))
    stem = f"{index:05d}_{_slug(headline)}"
    return stem, text, s.pub, agency


PACKAGE_YAML = """\
# A synthetic benchmark corpus generated by factpack.tools.corpus (seed {seed}).
# The articles are recombined templates with invented people: not news, not a data source.
name: factpack-synthetic-corpus
title: Synthetic wire-style corpus (generated for benchmarks, not news)
version: 0.0.1
created: "1970-01-01T00:00:00Z"
description: >-
  Generated by `python -m factpack.tools.corpus --seed {seed}`. Every article, person and
  organisation is invented; the package exists to measure and test factpack, not to
  describe events.
"""


def write_corpus(out: Path, n: int, seed: int = 0, start: int = 0) -> list[Path]:
    """Write articles start..n-1 (text and sidecar) and package.yaml into `out`."""
    from factpack.paths import SEEDS

    out = Path(out)
    if out.resolve().is_relative_to(SEEDS.resolve()):
        raise FactpackError(
            f"{out}: refusing to write a synthetic corpus into {SEEDS} (it holds the real sources)"
        )
    out.mkdir(parents=True, exist_ok=True)
    (out / "package.yaml").write_text(PACKAGE_YAML.format(seed=seed), encoding="utf-8")
    paths = []
    for i in range(start, n):
        stem, text, pub, agency = article(seed, i)
        p = out / f"{stem}.txt"
        p.write_text(text, encoding="utf-8")
        (out / f"{stem}.yaml").write_text(
            f"published_date: {pub.isoformat()}\nagency: {agency}\nlanguage: en\n", encoding="utf-8"
        )
        paths.append(p)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m factpack.tools.corpus", description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, required=True, help="number of articles (indices 0..N-1)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--out", required=True, help="folder to write (never seeds/)")
    ap.add_argument(
        "--start",
        type=int,
        default=0,
        help="first index to write (default 0); --start N --n N+1 adds one article",
    )
    args = ap.parse_args(argv)
    try:
        paths = write_corpus(Path(args.out), args.n, args.seed, args.start)
    except FactpackError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    print(f"wrote {len(paths)} articles ({chars / 1e6:.2f} M characters) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
