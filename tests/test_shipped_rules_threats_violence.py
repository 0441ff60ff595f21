"""The shipped Don't Threaten rules on threats without the usual verbs (issue 12, threats12).

Threat rules written from one author's sentences caught that author's next ones but few of
another author's. Four kinds carried over worst: calls to violence named without a violent
verb ("someone go round and give him a hiding"), threats to a group with the harm to come
("every bailiff on our street is getting hurt, mark my words"), direct threats in plain words
("you'll be in a wheelchair by spring", "I'll whoop your ass") and "should be" harm in words
the older rules lack ("needs putting down like a dog"). Each kind has near misses that must
stay clean: sport, games, advice about a hazard, reports, negation, a vet, a shelf to fix.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines

THREATS = [
    # direct threats in plain words (beating-promised)
    "Somebody give that referee a proper hiding.",
    "Brace yourself for a good kicking, pal.",
    "You'll be in a wheelchair by the spring, believe me.",
    "Come down our road again and you'll go home in a body bag.",
    "I'm going to put you in hospital, mark my words.",
    "we'll send you to an early grave",
    "I'll pour petrol on you while you sleep.",
    "I'll knock your block off, you muppet.",
    "gonna break every bone in his face when I see him",
    "I'll whoop your ass when I catch you.",
    "you're gonna catch these hands after school",
    "You'll end up six feet under.",
    "Imma lay you out.",
    "I'll rip your head off and kick it down the road.",
    "I'll tear you limb from limb.",
    "You won't live to see the weekend.",
    "One punch and you're out cold, keep going.",
    "Say goodbye to your kneecaps.",
    "Let's see how tough you are when I'm at your door.",
    "I will find you irl and hurt you.",
    "She deserves a baseball bat to the head.",
    "My fist is gonna meet your teeth.",
    "You'll be spitting out your teeth, clown.",
    "If they show their faces here they're leaving in ambulances.",
    "I'm going to put you in a coma.",
    # calls to violence without a violent verb (violence-called-for)
    "Someone needs to go round to that landlord's flat and give him a kicking.",
    "Round up a few of the lads and teach that thief a lesson.",
    "Who's coming with me to pay that snitch a visit tonight?",
    "Why has nobody decked this clown yet?",
    "Don't bother ringing the cops, just break his legs.",
    "I'll buy a pint for whoever slaps him first.",
    "Help me jump this guy after the game.",
    "If the police won't deal with him then the lads will.",
    "Time to start cracking some skulls.",
    "This guy needs to get jumped.",
    "We should all jump him after school.",
    "Somebody make that streamer catch a fade.",
    "Someone needs to silence that reporter for good.",
    # threats to a group (threat-to-group-open)
    "Every bailiff who comes down our street is getting hurt, mark my words.",
    "Canvassers on this estate are getting run off the road from now on.",
    "The whole board will pay in blood for this.",
    "There'll be bodies on the street if they march here again.",
    "We'll torch the hall and anyone inside it.",
    "We'll be at their front doors with crowbars.",
    "Those protesters will be met with bullets.",
    "The next cyclist who blocks my lane is getting run over.",
    "Every last one of you will bleed for this.",
    # harm prescribed in plain words (harm-prescribed-plain)
    "He should be taken out the back and shot.",
    "That judge should be dragged into the street and given a kicking.",
    "Line them up against the wall, the lot of them.",
    "That man needs putting down like a rabid dog.",
    "Lock him in a cell with the families and let them at him.",
    "Castrate the filthy beast.",
    "I hope he gets kicked to death inside.",
    "He ought to be beaten within an inch of his life.",
    "She should be hit by a bus.",
    "Every one of them should be swinging from a lamppost.",
]

NOT_THREATS = [
    # sport and games
    "We'll give them a hiding on Saturday, 3-0 easy.",
    "We're getting battered in the derby, two down at half time.",
    "I'll finish him off in the second set.",
    "I'll whoop your ass at Mario Kart tonight.",
    # advice about a hazard, grief, reports
    "If you don't wear a helmet you'll be in a wheelchair.",
    "She'll be in pieces after that funeral.",
    "The crash put him in hospital for a week.",
    "Nurses are getting hurt at work every week, the union says.",
    "Police said he threatened to give the man a kicking.",
    # negation and rejection
    "I'd never give him a kicking, whatever he said.",
    "Calls to go round and give him a kicking are disgusting.",
    "Nobody should be dragged out and beaten, whatever they did.",
    # everyday senses
    "Round up the kids and drag them out of bed, we leave at six.",
    "Teach the kids a lesson about recycling.",
    "I'll be round at yours with a hammer to fix that shelf.",
    "The committee will pay for this at the ballot box.",
    "The vet says the old dog needs putting down, heartbreaking.",
    "Line the chairs up against the wall for the meeting.",
    "You may get your ass kicked if you go out in that storm.",
    "Any Muslim ban will be struck down by the courts.",
    "You'll be spitting feathers when you see the bill.",
    "We should all jump on that deal before it ends.",
    "We'll be waiting at the finish line with torches for the night race.",
]


@pytest.mark.parametrize("text", THREATS)
def test_threat_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in guidelines(engine, text)


@pytest.mark.parametrize("text", NOT_THREATS)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in guidelines(engine, text)
