"""The shipped rules of round r43: a people said to bring danger, mocked as a joke, or named in
dog whistles.

The shapes round r43's sets (mockery, stereotypes and menace aimed at who people are) showed
getting through: danger in the idioms of fear ("a mugging waiting to happen", "my wife won't
walk to the shops since ..."), a sneer framed as a joke or a disclaimer ("no offence but",
"just saying", "what do you call a ..."), and coded words ("the alphabet brigade", "dinghy
tourists"). Near misses that must stay clean: the same idioms with no people, the danger
denied, the writer's own people, jokes about jokes, a year, a code reported. Every sentence is
our own.
"""

from __future__ import annotations

from tests.shipped import shape_tests

DANGER = ("be-nice", "group-said-to-bring-danger")
JOKE = ("be-nice", "group-mocked-as-a-joke")
WHISTLE = ("be-nice", "dog-whistles")

HITS = [
    (*DANGER, "Those Kurdish lads by the kebab shop are a mugging waiting to happen."),
    (*DANGER, "Ever since the Eritrean families got the flats my mum won't walk to the bingo."),
    (*DANGER, "Half the migrants at that hotel are riddled with TB, keep well back."),
    (*DANGER, "Got a Romanian lodger next door now, we all know what that means."),
    (*JOKE, "No offence but the Polish builders on our road work slower than the council."),
    (*JOKE, "Pensioners in the Tesco queue on a Friday are the real traffic jam, just saying."),
    (*JOKE, "What do you call a Scouser in a suit? The defendant."),
    (*JOKE, "How many feminists does it take to change a tyre? Trick question."),
    (*WHISTLE, "The alphabet mafia have taken over the library again."),
    (*WHISTLE, "More dinghy invaders in the seafront hotel, lovely."),
    (*WHISTLE, "Another week, another bit of cultural enrichment on the high street."),
    (*WHISTLE, "Typical anchor baby, thinks the rules don't apply."),
]

NEAR_MISSES = [
    # the same idioms with no people
    "That roundabout by the retail park is an accident waiting to happen.",
    "Since the footbridge closed my wife won't walk to the shops in the dark.",
    # the danger denied, or reported to be rebutted
    "No, the refugees at the hotel are not carrying TB, the health board tested every one.",
    "The leaflet claiming the Roma families were a stabbing waiting to happen was scaremongering,"
    " police said.",
    # the writer's own people, a joke about a sport, jokes reported
    "As a Geordie, no offence but we cannot pronounce half the streets in Newcastle either.",
    "No offence to the keeper but that was the softest goal of the season.",
    "The comedian's jokes about Romanians fell flat at the Empire last night.",
    # a year, a code reported, plain words
    "Dias rounded the Cape of Good Hope in 1488.",
    "Police said the graffiti used 1488, a neo-Nazi code, and asked for witnesses.",
    "The school uses enriched flour and the kids are learning the alphabet with songs.",
    "A new dinghy club has opened at the marina for beginners.",
]

test_the_rule_catches_the_shape, test_near_miss_stays_clean = shape_tests(HITS, NEAR_MISSES)
