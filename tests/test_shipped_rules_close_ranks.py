"""The shipped rule of round r42: a people said to close ranks, told as everyday observation.

The shape round r42's identity sets showed getting through: "<people> fix their prices between
them", "only promote each other", "vote as a block", "have the trade sewn up", "look after
their own". Near misses that must stay clean: a community's help after a loss, the writer's
own people, the stereotype named to be rebutted, a party's whipped vote, prices agreed by a
council, a builder's quote. Every sentence is our own.
"""

from __future__ import annotations

from tests.shipped import shape_tests

RANKS = ("be-nice", "group-said-to-close-ranks")

HITS = [
    (*RANKS, "The Turkish barbers in town all fix their prices between them."),
    (*RANKS, "Indian doctors at the practice only refer each other, nobody else gets a look in."),
    (*RANKS, "Women in that HR department only promote other women."),
    (*RANKS, "The Sikh hauliers have the whole depot sewn up."),
    (*RANKS, "Catholics on the board keep it all in the family."),
    (*RANKS, "Those Albanian car wash owners are all in it together."),
    (*RANKS, "Jewish landlords in this city set the rents among themselves and everyone knows it."),
    (*RANKS, "Muslim councillors vote however the mosque tells them."),
]

NEAR_MISSES = [
    # help after a loss, and praise
    "The Sikh community looked after their own after the flood, and half the street besides.",
    "The Polish church raised thousands for the family, they look after their own and it shows.",
    # the writer's own people
    "We Irish look after our own, and anyone else who needs a bed for the night.",
    # the stereotype named and rebutted
    "The old slur that Jews all stick together is nonsense and always was.",
    # no people named
    "Councillors vote as a block on the budget because the whips tell them to.",
    "The garages on the ring road all fix their prices for MOTs at the council's rate.",
    "Our builder and his brother have the extension sewn up by Friday.",
]

test_the_rule_catches_the_shape, test_near_miss_stays_clean = shape_tests(HITS, NEAR_MISSES)
