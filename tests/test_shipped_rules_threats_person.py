"""The shipped Don't Threaten rules on threats and wishes of harm aimed at one person (thrp).

Shapes that leave "I will kill you" and "I hope you die": a wish carried by "want", "would
love" or "prefer" ("I want that landlord to die"), harm watched as a treat ("I'd give
anything to watch him get stabbed"), glee at a person's harm ("glad he got punched"), a
blow the writer would have dealt or says to hand back ("I'd have decked him", "hit him right
back", "should have given him a good hiding"), and self-harm put as what love or shame
demands ("if he had an ounce of decency he'd hang himself"). Near misses use the same words
for elections, sport, photo shoots, emails "shot" to someone, court reports and negation.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines, rule_guidelines

WISHES = [
    # a wish carried by want, like, love, prefer or rather
    "Honestly I want that columnist to die for writing this.",
    "i want him to bleed, simple as",
    "We'd rather he be shot than walk free.",
    "I would prefer she be strangled, if I'm honest.",
    "I really want the referee to suffer.",
    "id love for her to drop dead tbh",
    "ngl i wanna see that streamer bleed",
    # watched as a treat
    "I'd give anything to see that councillor get stabbed.",
    "Would pay serious money to watch him get beaten to death.",
    "I'd like nothing more than to see her hanging.",
    "My one wish is to see that editor in a body bag.",
    "Nothing would make me happier than watching him suffer.",
    # glee told as a treat, or at harm met
    "I would love it if he dropped dead tomorrow.",
    "Glad she got slapped, about time.",
    "lol serves him right he got stabbed",
    "Good, that means he will bleed out slowly.",
    "haha about time that landlord got stabbed",
    "I was delighted when she got beaten up.",
    # the harm wished done by someone else
    "I wish someone would strangle him.",
    "Really hope the other inmates would kill her.",
]

BLOWS = [
    "That guy from the chip shop needs a good beating.",
    # past or hypothetical blows the writer would have dealt
    "If I'd been there I would have decked him.",
    "I'd have knocked her out cold, no question.",
    "we would've stoned him right there in the car park",
    "Honestly I shoulda strangled her when I had the chance.",
    "I should have run that cyclist over.",
    "shoulda kneecapped him when i had the chance",
    "if i was in that room id of slapped her",
    "Back then we'd have flogged him in the square.",
    "I was dying to strangle her all through that meeting.",
    "I'd have thrown him through the windscreen.",
    "Honestly put her in intensive care, she's earned it.",
    "Any self respecting husband would have decked him.",
    "Would be a laugh if somebody snapped his neck.",
    # a blow handed over
    "Someone should've given her a clip round the ear years ago.",
    "I'd give him a good hiding if I saw him.",
    "should have drilled him with a right hook",
    # striking back
    "If she swings at you, just hit her back.",
    "you should hit him right back next time",
    # beaten out of someone, slapped silly
    "I just wanna beat the stuffing out of that landlord.",
    "imma knock the living daylights out of those idiots",
    "I'd slap her silly.",
    # tied down or set alight
    "Tie him to the railway tracks and wait.",
    "set his ass on fire and film it",
    # self-harm demanded, a death sentence deserved
    "If he had an ounce of decency he would hang himself.",
    "if she had a shred of shame she'd throw herself under a train",
    "if my brother really loved me he'd kill himself",
    "That councillor deserves the firing squad.",
    "she deserves a public execution",
]

NEAR_MISSES = [
    # a side on the pitch
    "That team needs a good beating on Saturday, they've got too cocky.",
    "Our defence deserves a proper hiding after that display.",
    # the same wants and preferences, no harm
    "I want him to win the seat back.",
    "I want her to suffer the consequences at the ballot box.",
    "I'd prefer she be elected over the other candidate.",
    "I want them to be shot by a professional photographer for the brochure.",
    "I want him to die peacefully at home, surrounded by family.",
    "I don't want him to die, I want him in prison.",
    "I'd pay good money to see her play live again.",
    "I'd like nothing more than to see him happy.",
    "I'd love it if she won the seat.",
    "I hope they kill him off in the next series, the character is dull.",
    "I wish someone would kill the noise from that nightclub.",
    # glee with no harm, or harm denied
    "Glad she got the job in the end.",
    "Glad he was not hurt in the crash.",
    "Good, that means he will get the treatment he needs.",
    "Glad she got hit with a fine, maybe she'll stop parking there.",
    # would-have with no blow
    "I would have hit him up for a lift but my phone died.",
    "I'd have beaten him in the final if my knee held up.",
    "I should have shot her an email sooner.",
    "I would have kicked him out of the flat too, he never paid rent.",
    "I would have knocked him off the top spot with one more win.",
    "I'd never have hit her, whatever she said.",
    "He would have slapped her, the witness told the jury.",
    # handed over, struck back, slapped: sport, help and reports
    "Someone should have given him a hand with the bags.",
    "The boxer gave him a left hook and the crowd roared.",
    "The striker hit back within minutes.",
    "He hit her back in 2019, the court heard, and was jailed.",
    "I'd slap him on the back and buy him a pint.",
    "They knocked the stuffing out of the opposition on Saturday.",
    "I just want to beat the traffic home tonight.",
    # wanting, putting, a real man: a job, care and chores
    "i wanna see them hang out more often, cute couple",
    "I want the landlord to bleed them dry, that's what he does.",
    "woulda hit the gym but it was shut",
    "id of told him if I'd known.",
    "I wanted to kill him off in chapter three but my editor said no.",
    "I wanted to cut him some slack after the week he had.",
    "Doctors put her in an induced coma to help her heal.",
    "Put him in the hospital band, he plays a mean trumpet.",
    "Any decent man would have helped her with the pram.",
    "It would be nice if someone fixed his roof before winter.",
    "My dream is to see her perform at the Albert Hall.",
    "Glad to hear she got knocked out of the quiz in round one.",
    "I was happy when he got shot of that old van.",
    "We'd have thrashed them if the keeper hadn't been sent off.",
    "In the old days we'd have whipped him at cards.",
    "I would have shot him on film if I'd had my camera.",
    "If she had any self respect she'd throw herself into the new job.",
    # tied and set alight, love and shame, sentences
    "We tied the boat to the rails and waited out the storm.",
    "The comedian set the crowd on fire with that bit.",
    "If she loved me she would call more often.",
    "If he had any shame he would resign tomorrow.",
    "Nobody deserves the death sentence for a protest.",
    "The defendant received the death sentence in 1998, the paper reported.",
]


@pytest.mark.parametrize("text", WISHES + BLOWS)
def test_threat_at_a_person_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in rule_guidelines(engine, text)
