"""The shipped rule of round r42: a people said to be a danger to children, girls or the old.

The shapes round r42's identity sets showed getting through: "keep your kids away from
<people>", "I wouldn't let my daughter near <people>", "<people> are a danger to every child",
"<people> have no business near children". Near misses that must stay clean: a danger that is
no people, the fear named to be rebutted, praise, the writer's own people, people who are the
ones afraid, a court case reported. Every sentence is our own.
"""

from __future__ import annotations

from tests.shipped import shape_tests

DANGER = ("be-nice", "group-said-to-endanger-children")

HITS = [
    (*DANGER, "Keep the kids away from the Gypsy camp by the river, that's all I'm saying."),
    (*DANGER, "I'd never let my grandkids near the Afghan lads at that hostel."),
    (*DANGER, "Keep your daughters away from the Roma family at number nine."),
    (*DANGER, "Trans people have no business working with children."),
    (*DANGER, "Those Albanian gangs are a danger to every child in this town."),
]

NEAR_MISSES = [
    # a danger that is no people
    "Keep your kids away from the quarry, the fences are down again.",
    "I wouldn't let my daughter near that busy junction on a bike.",
    # the fear named and rebutted, praise, the writer's own people
    "The claim that Muslims are a danger to children is scaremongering and nothing more.",
    "The Afghan lads at the hostel pulled a child out of the canal last week.",
    "As Traveller parents we keep our kids away from the main road like everyone else.",
    # the people named are the ones afraid
    "Women campaigners warn our girls won't be safe walking home without better street lighting.",
    "Polish mums on the estate say the kids aren't safe with the lorries speeding through.",
    # a court case reported
    "The court heard the Albanian gang had been a danger to children in three towns.",
]

test_the_rule_catches_the_shape, test_near_miss_stays_clean = shape_tests(HITS, NEAR_MISSES)
