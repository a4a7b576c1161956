"""Crisis lines by country, from ../shared/reference/methods.md (check before each release).

Nearer only shows these; it never calls, texts or contacts anyone on the person's behalf.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nearer.core.vocabularies import COUNTRY_LABELS

FIND_A_HELPLINE = "https://findahelpline.com"


@dataclass(frozen=True)
class Line:
    name: str
    description: str
    call: str = ""  # a number to dial, as written locally
    text: str = ""  # a number to text, if the service takes texts

    @property
    def call_href(self) -> str:
        return "tel:" + self.call.replace(" ", "") if self.call else ""

    @property
    def text_href(self) -> str:
        return "sms:" + self.text.replace(" ", "") if self.text else ""


@dataclass(frozen=True)
class CountryLines:
    code: str
    emergency: str
    lines: list[Line] = field(default_factory=list)

    @property
    def name(self) -> str:
        return COUNTRY_LABELS[self.code]

    @property
    def emergency_href(self) -> str:
        return "tel:" + self.emergency.split()[0]


SUICIDE_AND_CRISIS_988 = Line(
    "988 Suicide & Crisis Lifeline", "Free and confidential, any time of day or night.", call="988", text="988"
)
SAMARITANS = Line("Samaritans", "Free to call, 24 hours a day, every day of the year.", call="116 123")

CRISIS_LINES: dict[str, CountryLines] = {
    "US": CountryLines("US", "911", [SUICIDE_AND_CRISIS_988]),
    "CA": CountryLines("CA", "911", [SUICIDE_AND_CRISIS_988]),
    "GB": CountryLines("GB", "999 or 112", [SAMARITANS]),
    "IE": CountryLines("IE", "112 or 999", [SAMARITANS]),
    "AU": CountryLines("AU", "000", [Line("Lifeline", "Crisis support, 24 hours a day.", call="13 11 14")]),
    "NZ": CountryLines(
        "NZ", "111", [Line("Need to talk? 1737", "Call or text to talk with a trained counsellor.", "1737", "1737")]
    ),
}
# Used where no country is chosen or Nearer does not list one: the EU-wide emergency number.
ELSEWHERE_EMERGENCY = "112"


def lines_in_order(country: str) -> list[CountryLines]:
    """Every country Nearer lists, the person's own first."""
    chosen = CRISIS_LINES.get(country)
    rest = [c for code, c in CRISIS_LINES.items() if code != country]
    return ([chosen] if chosen else []) + rest
