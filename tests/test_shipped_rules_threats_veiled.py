"""The shipped Don't Threaten rules on veiled threats and intimidation with no harm verb (thrv).

Held-out moderator-voice sets showed about a quarter of threats getting through, most of them
veiled: a dare on a post ("publish that again and see what happens"), a crowd coming round
("me and the lads are coming round your gaff"), a haunt or an address known ("we know which
pub you drink in", "we are aware of your home address"), a family member, a pet or a home
named and then a loss hinted at, and a fate left unspoken ("you'll be needing a new face").
The near misses use the same words innocently: a visit with its purpose, an offer of a lift,
a safety warning, a cost, a lawful step, sport, a saying and a report of the words. Every
sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines, rule_guidelines

VEILED_THREATS = [
    # "the article" named in an order is no report of someone else's words
    "Withdraw the article, otherwise your family may face consequences.",
    # a dare on a post or in person
    "Print that again and see what happens.",
    "tweet that one more time and see what happens to u",
    "Say it to my face down the pub and see how far you get, keyboard warrior.",
    # a crowd coming to a home, or a visit from one
    "Me and the lads are coming round your gaff later.",
    "me n the boys pulling up to ur house tonite",
    "That councillor's getting a little visit from a few of us this week.",
    "Expect a visit from the lads, sunshine.",
    "Let's pay him a visit at the depot and bring the lads.",
    # a haunt, a routine or an address known
    "We know which gym you train at, champ.",
    "I know what time you clock off, think on.",
    "Madam, please note that we are fully aware of your home address and daily routine.",
    "Got your plate and your address now, sleep tight.",
    # a family member, a pet or a home named, then a loss hinted at
    "Your son's a quick runner. Shame if he never made it home one night.",
    "Your lass is a bonny one, would be awful if something happened to her.",
    "Cute dog you have. Be sad if it didn't come back from its walk.",
    "Your shop's got lovely big windows. Pity if they got smashed in.",
    "Nice motor, your BMW. Shame if it caught fire on the drive.",
    # a fate with no verb of harm
    "Carry on like this and you'll be needing a new set of teeth.",
    "u better pray we never cross paths irl",
    "You might want to hire a bodyguard after that column.",
    "Whoever printed this rubbish should be extra careful walking home alone.",
    "Hope you've got strong locks on your door, hack.",
    "See you at the count on Thursday, you won't be walking home.",
    "You will pay for this one way or another.",
    "Mark my words, you'll pay for that.",
    "Enjoy your last week, you won't be posting much longer.",
    "Next time there's a car outside your house at 3am, you'll know why.",
    "we go find you for your office, oga",
    "Don't worry, we will find you. We always do.",
    # a dare on a moderator's step, numbers outside, a friendly purpose denied
    "Ban me one more time and see what happens, mods.",
    "keep censoring us and see what happens",
    "Carry on and see what happens to yer van.",
    "Thirty of us will be at the gates Friday, let's see you get past then.",
    "We'll turn up mob-handed at your work next time.",
    "We'll be waiting by the exit after the game, and not to shake hands.",
    # a home passed, an address in the satnav, kin with a routine and a tag question
    "Drove past your place last night. Nice quiet street.",
    "Your postcode's in the satnav, see you later.",
    "Your nan lives on her own, doesn't she? Shame.",
    "Your lad trains late on Tuesdays, yeah? Dark lane that.",
    "Think hard before you print another word, for your children's sake.",
    "Keep it up and you'll go missing, pal.",
    "You're not safe anywhere, trust me.",
    "Y'all best lock your doors tonight, just saying.",
    # consequences for a family, damage typed fast, watching, hard men, kin seen
    "Kindly stop writing this, otherwise your good family may face unfortunate consequences.",
    "wud be so sad if ur motor got torched overnight tbh",
    "Funny how easily a front window can break, innit.",
    "We've got eyes on your place day and night.",
    "Whenever you step out of that house, we'll know.",
    "My brothers are handy lads and they hate grasses. Just so you know.",
    "Saw your girls at the bus stop this morning. Pretty girls.",
    "We have your photo and your address. Only a matter of time.",
    # an address read out or to go up, a visit with the boys, the dark, minding himself
    "lol ur ip is 10.0.0.1, see u tmr",
    "Retract it or your home address goes up on the forum tonight.",
    "we're gonna pay u a visit with the lads, bet",
    "We know you jog by the quarry. Awful quiet there after six.",
    "Tell that councillor she'd want to mind herself walking home.",
    "Ye'll be needin a new nose if ye keep that up.",
    "Stop writing about our street. Folk round here don't forget.",
    # look-alike letters
    "W3 kn0w wh1ch pub y0u dr1nk in.",
    "Pr1nt th4t ag4in and see wh4t h4ppens.",
]

VEILED_NEAR_MISSES = [
    # British sexual slang: lewd (Keep it Clean), not a beating promised
    "She needs a good seeing to.",
    # a visit with its purpose, a lift, a meal
    "A few of us will pay you a visit on Sunday, we'll bring the cake.",
    "Me and the lads are coming round your house to watch the final, get the kettle on.",
    "The lads are coming round tonight for the match.",
    "We'll be getting a visit from the inspectors next week.",
    "I know what time you finish, shall I pick you up?",
    "We know which pub you drink in, see you there for the quiz!",
    "See you at the gig, you won't be walking home, I'll drive.",
    # safety warnings and concern
    "Hope you've got good locks on your bike, thefts are up.",
    "Please be careful walking home tonight, it's icy.",
    "Your dog's getting on a bit, be sad if he didn't see another summer.",
    "Cyclists should be careful at night on that road.",
    "You should hire an accountant before your tax return.",
    # a cost or a lawful step
    "Mark my words, you'll pay for this in higher taxes.",
    "You'll pay for this one way or another at the ballot box.",
    "See you in court.",
    "I'll report you to the mods if you post that again.",
    "Post that again in the right thread and see what the mods say.",
    # sport, sayings, idiom and reports
    "Sleep with one eye open is an old saying from the navy.",
    "Watch your back is the name of their new single.",
    'The court heard he said "we know which pub you drink in" before the attack.',
    "Your daughter is very talented, she'll go far.",
    "Your house looks great, shame if they ever knock down the old library next to it.",
    "They'll find you a seat near the front.",
    "Don't panic if you get lost, we'll find you a map at reception.",
    "Enjoy your last week before retirement, you've earned it.",
    "We're aware of your complaint and will reply within five days.",
    "Twenty of us will be outside the town hall on Monday for the protest, it's all approved.",
    "The bailiffs came mob-handed and the tenants left.",
    "Lock your doors tonight, there's been break-ins round here.",
    "You'd better lock your doors tonight, there are burglars about.",
    "Your daughter sings in the choir, doesn't she? Shame I missed the concert.",
    "See what happens to your car if you skip the oil change.",
    "Drove past your old school today, it's flats now.",
    "If you wander off the path up there you'll go missing for days, take a map.",
    "Keep reporting spam and see what happens, the mods are quick.",
    "Otherwise your family will face higher energy bills this winter.",
    "I'll keep an eye on your house every day while you're away.",
    "Saw your kids at the school fair, lovely kids, you must be proud.",
    "My brothers are big lads, they'll help you move the piano, just saying.",
    "Whenever you leave the house, we'll know because the alarm app pings.",
    "Funny how quickly the weather can turn up on the tops.",
    # the same shapes with a game, a bank, a gift, a map or a visit owed after them
    "Publish that again next week and see what happens to the sales figures.",
    "Say it to my face at the hustings and see how far your figures get.",
    "We're getting a visit from the lads from my old team on Sunday.",
    "We are aware of your change of address and have updated the account.",
    "You'd better hope we never meet in the semis, we're flying.",
    "You should get a bodyguard for that new bike, it's stunning.",
    "See you at the race, you won't be going home without a medal!",
    "You'll pay for this one way or another, the bank always gets its money.",
    "There's a van outside your house, you'll know why when you see the flowers.",
    "We'll find you wherever you are on the map, the app is brilliant.",
    "Forty of us will be outside the ground, let's see if we can get a song going.",
    "We're coming round for dinner and not to argue about Brexit, promise.",
    "Your gran lives on her own, doesn't she? Shame, we should visit more.",
    "We've got eyes on your street now, the neighbourhood watch has started.",
    "My uncles are big lads and they love a curry, just saying, invite them.",
    "Your IP address is shown in the settings, see you later if you need help.",
    "Your address goes up on the electoral roll automatically.",
    "We'll pay her a visit with friends after the operation.",
    "We know you walk the dog by the canal, it's dark there so take a torch.",
    "You'd want to mind yourself going home tonight, the roads are like glass.",
    "People round here don't forget the floods of 2007.",
    "You'll be needing some new shoes after that hike.",
]


@pytest.mark.parametrize("text", VEILED_THREATS)
def test_veiled_threat_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in guidelines(engine, text)


@pytest.mark.parametrize("text", VEILED_NEAR_MISSES)
def test_veiled_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in rule_guidelines(engine, text)
