"""The shipped rules of round r39: a person mocked for who they are, smears of theft and
cover-up, sex acts in slang, threats in moderators' turns, and an identity said to doom a post.

Shapes the round's development sets showed getting through: skin "too dark to see", a
headscarf or turban likened to a tea cosy, a wheelchair to a toy, an accent to a dub, a
trans woman's stubble; a fund pocketed or a crash made to disappear by friends in the force;
"suck my knob", "circle jerk", "needs to get laid"; "dead by Friday", "don't hand him to the
police", "writing her own obituary"; "so that's the roof fund finished". Near misses that
must stay clean: a dark car park, a headscarf or a wheelchair mentioned plainly, a paramedic
checking breathing, an interpreter, an audit, a court report, the writer's own expenses, a
plumber's fix, jerk chicken, a coach's promise, an old dog. Every sentence is our own.
"""

from __future__ import annotations

from tests.shipped import shape_tests

HITS = [
    # a person mocked for how who they are shows
    (
        "be-nice",
        "person-mocked-for-who-they-are",
        "The new vicar is so dark you can only spot him in the photo when he grins.",
    ),
    (
        "be-nice",
        "person-mocked-for-who-they-are",
        "Our MP turned up in a turban that looked like a tea cosy on his head.",
    ),
    (
        "be-nice",
        "person-mocked-for-who-they-are",
        "That councillor wheeled into the chamber in her wheelchair like a kid on a dodgem.",
    ),
    (
        "be-nice",
        "person-mocked-for-who-they-are",
        "Ninety if he's a day, the new chair. Someone check he's still breathing.",
    ),
    (
        "be-nice",
        "person-mocked-for-who-they-are",
        "The GP's accent is so thick I needed a translator for the prescription.",
    ),
    (
        "be-nice",
        "person-mocked-for-who-they-are",
        "Big fat Polish bloke running the allotments now, lord help the marrows.",
    ),
    (
        "be-nice",
        "person-mocked-for-who-they-are",
        "Frock, heels and a five o'clock shadow, the new library trustee. Nice try.",
    ),
    # an identity said to doom the post or bar trust in it
    (
        "be-nice",
        "judged-by-who-they-are",
        "The new treasurer is a Muslim, so that's the church roof fund finished.",
    ),
    ("be-nice", "judged-by-who-they-are", "The new head is gay. Would you let him near your kids?"),
    # a theft, a cover-up or a crime stated as fact
    (
        "be-truthful",
        "smears-of-theft-and-cover-up",
        "The scout leader pocketed the whole Christmas raffle money.",
    ),
    (
        "be-truthful",
        "smears-of-theft-and-cover-up",
        "Our councillor crashed drunk on the bypass and his mates in the force made it disappear.",
    ),
    (
        "be-truthful",
        "smears-of-theft-and-cover-up",
        "The caretaker deals pills out the back of the leisure centre on Fridays.",
    ),
    (
        "be-truthful",
        "smears-of-theft-and-cover-up",
        "Those quarry owners pay off the inspectors to look the other way.",
    ),
    (
        "be-truthful",
        "smears-of-theft-and-cover-up",
        "The chairman paid for his new conservatory out of the flood appeal fund.",
    ),
    # sex acts in slang
    ("keep-it-clean", "sex-act-slang", "the planning chair can suck my knob"),
    (
        "keep-it-clean",
        "sex-act-slang",
        "Half that cabinet are busy jerking each other off in committee.",
    ),
    ("keep-it-clean", "sex-act-slang", "The whole board is one big circle jerk."),
    (
        "keep-it-clean",
        "sex-act-slang",
        "that troll needs to get laid and leave the rest of us alone",
    ),
    (
        "keep-it-clean",
        "sex-act-slang",
        "Bet the treasurer gets his rocks off reading the spreadsheets.",
    ),
    # threats in moderators' turns
    (
        "dont-threaten",
        "threats-in-moderators-turns",
        "You'll be eating through a straw by the time I'm done with him.",
    ),
    (
        "dont-threaten",
        "threats-in-moderators-turns",
        "Name the witness again and she's dead by Friday.",
    ),
    (
        "dont-threaten",
        "threats-in-moderators-turns",
        "Hope the chair of the board loses a grandchild the way we did.",
    ),
    (
        "dont-threaten",
        "threats-in-moderators-turns",
        "Go round there tonight lads and don't hand him to the police.",
    ),
    (
        "dont-threaten",
        "threats-in-moderators-turns",
        "He'll be feeding the fish at the bottom of the harbour by spring.",
    ),
    (
        "dont-threaten",
        "threats-in-moderators-turns",
        "That reporter's writing her own obituary with pieces like this.",
    ),
]

NEAR_MISSES = [
    # darkness, dress and a wheelchair, plainly
    "The car park behind the library is so dark you can't see the kerb.",
    "She wears a headscarf and has chaired the finance committee for ten years.",
    "The new councillor uses a wheelchair and wants the ramp fixed.",
    "The paramedic checked he was still breathing before they moved him.",
    "He speaks with a strong accent and the interpreter helped at the inquest.",
    "The new head is gay and the governors say he has turned the school round.",
    # an audit, a court, the writer's own expenses, a plumber
    "The treasurer pocketed nothing, the audit found every penny accounted for.",
    "The court heard the caretaker dealt pills out of the leisure centre.",
    "I kept my own receipts and fiddled nothing on my expenses.",
    "The plumber made the leak disappear in ten minutes, brilliant work.",
    # food, weather, a coach, an old dog, a lifeboat
    "Jerk chicken and rice at the carnival stall was the best thing I ate all year.",
    "The gulls were blowing about all afternoon on the prom.",
    "Our old dog won't see another summer, the vet says.",
    "The lifeboat crew fish people out of the harbour every winter.",
]

test_the_rule_catches_the_shape, test_near_miss_stays_clean = shape_tests(HITS, NEAR_MISSES)
