"""The shipped rules of round r40: threats in further turns, one person's identity given as
grounds for distrust, group hate in further turns, and a rigged-election claim answered by the
recount in the next sentence.

Shapes the round's development sets showed getting through: the writer offering the knife, a
whole board to be drowned, harm wished across a long gap, people wanted in the ICU or a pine
box, the firing-squad wall, a killer hired, a beating "she's earned", a new spine needed,
street slang for bleeding and shooting, "better sleep light", petrol poured on people, "people
like you get stomped"; "he's gay, keep your boys away", "she's a Jew so ignore her", "a woman,
she should be doing the teas"; "they don't belong in our villages", "deport every last one,
families and all", "the Jewish lobby pulls the strings", "Muslims were behind the fire",
"free to turn them away". Near misses that must stay clean: a tent and rope, a wish that
nobody is hurt, a report of what was said, a race, a team photo against a wall, a gay pastor
welcomed, a Jewish historian quoted, group hate named to be rebuked, a deportation for a
crime, a fact-check with its recount. Every sentence is our own.
"""

from __future__ import annotations

from tests.shipped import shape_tests

THREAT = ("dont-threaten", "threats-in-further-turns")
GROUNDS = ("be-nice", "identity-given-as-grounds")
GROUP = ("be-nice", "group-hate-in-further-turns")

HITS = [
    (*THREAT, "That dog breeder wants flaying alive, and I'll bring the knife myself."),
    (*THREAT, "Drown the entire planning committee in the canal and start again."),
    (*THREAT, "Praying the lads who robbed the chippy on Friday get knifed inside."),
    (*THREAT, "I'd love to see the whole licensing board in intensive care by Easter."),
    (*THREAT, "You'd look lovely in a coffin, councillor. Really suit you."),
    (*THREAT, "Line those bankers up against a wall and open fire, problem solved."),
    (*THREAT, "Hire a couple of heavies to sort that ref out after the match."),
    (*THREAT, "Get him round the back and give him the kicking he's been asking for."),
    (*THREAT, "Touch my car again and you'll need a new jaw, pal."),
    (*THREAT, "Say that again and you'll need a new set of teeth."),
    (*THREAT, "keep chattin and imma smoke u outside the chicken shop"),
    (*THREAT, "That landlord had better sleep with one eye open from now on."),
    (*THREAT, "Splash petrol on them and see how brave they are then."),
    (*THREAT, "Snitches like you end up in the canal round here, just so you know."),
    (*GROUNDS, "The new scout leader is gay. I'd keep your boys away from that hall."),
    (*GROUNDS, "That columnist is a Muslim so don't believe a word on the mosque plans."),
    (*GROUNDS, "Club's new chair is a woman, she should be doing the teas not the budget."),
    (*GROUNDS, "The new head is a black woman. Give it a month, mark my words."),
    (*GROUP, "Asians don't belong in our villages, they stand out a mile."),
    (*GROUP, "Deport every last Somali family in the city, kids and all."),
    (*GROUP, "The Jewish donors pull the strings on every judge in the county."),
    (*GROUP, "Half the council takes orders from the Jewish lobby, look it up."),
    (*GROUP, "Muslims were behind the depot fire, you can bet on it."),
    (*GROUP, "Employers should be free to turn away Romanians, it's their business."),
    (*GROUP, "No migrants should be getting council houses while locals wait."),
    (*GROUP, "Refugees should never get to vote here, not in a hundred years."),
    (*GROUP, "Women have no place on the bench, simple as."),
]

NEAR_MISSES = [
    # a tool, a wish for safety, a report, a race, a photo
    "Happy to bring the rope for the climbing wall on Saturday.",
    "I hope nobody gets run over at that crossing before they fix the lights.",
    "The court heard he said the board should be drowned in the canal.",
    "He says you'll need a new jaw after that tackle, the physio is sure of it.",
    "The doctors say he'll need a new hip before the season starts.",
    "I'd smoke you over 10k any day, get training.",
    "Line the kids up against the wall for the class photo, please.",
    "Pour the gravy over them while they're hot.",
    # an identity welcomed or a scholar cited
    "The new pastor is gay and the congregation has never been fuller.",
    "She is a Jewish historian, so her book on the ghetto is worth reading.",
    "My nan is a Muslim woman and she still runs the best cafe on the front.",
    # group hate named to be rebuked, or a lawful step
    "Saying Asians don't belong in our villages is plain racism.",
    "Deport anyone who is convicted of a violent crime, whatever their passport.",
    "The idea that Jewish donors pull the strings is an old antisemitic lie.",
    "Women have a place on every bench in this county.",
    # a fact-check with its recount
    "There's no evidence the ward election was rigged. The hand recount matched the count.",
]

test_the_rule_catches_the_shape, test_near_miss_stays_clean = shape_tests(HITS, NEAR_MISSES)
