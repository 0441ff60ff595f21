"""The shipped rules of round r41: a people told to leave in the plainest words, and one
person's people given as proof of what they did.

Shapes round r40's blind sets showed getting through once read: "<people> out of our town",
"every <one of a people> should be deported", "the foreigners can get out", "they never
belonged here"; "<people>, so obviously ...". Near misses that must stay clean: a headline
about work, a deportation tied to a rejected claim or a crime, a chant reported and
condemned, getting out of the rain, neighbours who fit in, praise after "so of course", a
slur named to be rebuked. Every sentence is our own.
"""

from __future__ import annotations

from tests.shipped import shape_tests

LEAVE = ("be-nice", "group-told-to-leave")
JUDGED = ("be-nice", "member-judged-by-their-people")

HITS = [
    (*LEAVE, "Somalis out of our estate, full stop."),
    (*LEAVE, "Romanians out of the council flats. Now."),
    (*LEAVE, "Kurds out, period."),
    (*LEAVE, "Every last Pakistani in this town should be sent home."),
    (*LEAVE, "All the Nigerians on the new estate need to be shipped back."),
    (*LEAVE, "The immigrants can pack their bags, this is our country."),
    (*LEAVE, "Foreigners should get out and stay out."),
    (*LEAVE, "Muslims will never belong in this country, however long they stay."),
    (*LEAVE, "The Poles never fitted in here and they never will."),
    (*JUDGED, "Pakistani taxi driver, so of course the meter was running fast."),
    (*JUDGED, "Romanian lad on the market, so naturally the phone was nicked."),
    (*JUDGED, "The new accountant is a Nigerian so you already know where the money went."),
    (*JUDGED, "Gypsy family at number nine, so obviously the bikes are gone."),
]

NEAR_MISSES = [
    # a headline, the law, a report
    "Somalis out of work after the warehouse shut, the union says.",
    "Every asylum seeker whose claim is rejected must be sent home, the minister said.",
    "All the Poles who want to go back for Christmas can book the coach now.",
    "Fans chanted 'Romanians out' and the club banned them for life.",
    # weather, belonging welcomed
    "The immigrants can get out of the cold in the church hall tonight.",
    "My Turkish neighbours fit in here from the very first week.",
    # praise, or a slur rebuked
    "He's Jamaican, so of course the jerk chicken was the best I've had.",
    "She's Irish, so naturally she speaks some Gaelic.",
    "Saying 'he's a Jew, so of course he's tight' is a vile old slur.",
    # the writer's own people
    "Polish mum here, so of course there's pierogi at every party.",
    "I'm Nigerian, so obviously my aunties have opinions about the wedding.",
]

test_the_rule_catches_the_shape, test_near_miss_stays_clean = shape_tests(HITS, NEAR_MISSES)
