"""The shipped Don't Threaten rules on threats in the shapes moderators meet (issue 12).

Five kinds a moderator-style set showed getting through: conditional threats ("come near my
kids again and you'll regret it"), veiled menace ("sleep with one eye open", or a whole message
of "This isn't over."), threats to a family or property ("I'll torch your shop"), direct
threats without a violent verb ("you're dead") and threats to a group ("they won't be around
much longer"). Each kind has near misses that must stay clean: idioms, reports, negation,
sport, warnings about danger and consequences at the ballot box or in court. Every sentence
is our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.rulesets import load_engine

SHIPPED_RULES = Path(__file__).resolve().parent.parent / "rules"

THREATS = [
    # conditional: a condition on the reader, then harm or regret
    "If you show up at the meeting again you'll regret it.",
    "Come near my kids one more time and you will regret it, I promise.",
    "keep posting this garbage and youll be leaving in an ambulance",
    "If you come round here again I'll make sure you can't walk.",
    "One more word out of you and I'll knock your teeth out.",
    "Try that again and see what happens.",
    "try that again pal, see what happens to you",
    "Say that to my face and see what happens.",
    "Show your face at the pub again and you won't be walking home.",
    "If I see you near my daughter again you won't be able to walk for a month.",
    "Post my address again and you'll be sorry.",
    "Touch my car again and you'll be picking yourself up off the floor.",
    "IF YOU COME BACK HERE YOU WILL REGRET IT",
    "One more comment like that and you're finished, mate.",
    "Keep it up and you'll find out what happens to grasses.",
    "do it again and ur gonna regret the day u met me",
    "Come to my street again and you'll leave on a stretcher.",
    "u post my pic again n ur finished",
    "If I catch you near my car again you'll be in a wheelchair.",
    "Talk to my wife like that again and you'll be eating hospital food.",
    "Keep stirring and see what happens, sunshine.",
    "If you ever step foot on my drive again you'll be carried out.",
    "If he shows up at the school gates again he won't be going home on his own feet.",
    # veiled menace
    "Sleep with one eye open tonight.",
    "you'd better sleep with one eye open, councillor",
    "People like you have accidents.",
    "Folks like you tend to have nasty accidents round here.",
    "people like u have a habit of falling down stairs",
    "THIS ISNT OVER",
    "It would be a shame if something happened to your shop.",
    "Be a real shame if your car got damaged, wouldn't it.",
    "Watch yourself when you leave work tonight.",
    "Better watch yourself on the way home, reporter.",
    "You won't see it coming.",
    "you wont even see it coming, trust me",
    "Your days are numbered, pal.",
    "We'll be waiting for you.",
    "We'll be waiting for you after the hearing.",
    "You've been warned.",
    "Consider yourself warned, snitch.",
    "We know what car you drive and where you park it.",
    "I know which school your kids go to.",
    "I know what time you leave work.",
    "Nice family you have. It'd be a pity to see it broken up.",
    # menace that is the whole message
    "This isn't over.",
    "We're watching you, Dave.",
    "I'd be careful if I were you.",
    "Don't make me come over there.",
    "You have no idea what I'm capable of.",
    "Your family will be next.",
    "Count your days.",
    "Next time you won't be so lucky, pal.",
    "Hope your house insurance is paid up.",
    "You'll wish you had never been born when I'm done.",
    # family and property
    "Your kids will pay for this.",
    "your wife will pay for what you wrote",
    "Your mother is going to pay for your big mouth.",
    "im gonna torch ur car",
    "We'll set fire to your shop next.",
    "I'm going to petrol bomb your flat.",
    "Your car won't look so nice after tonight.",
    "I'll find your family.",
    "We will find your family and they will pay.",
    "I'm going to find your kids.",
    "Gonna find ur family",
    "Your family won't be safe.",
    "Your house might catch fire one night, who knows.",
    "I'll smash every window in your house.",
    "We're going to burn your restaurant down with you in it.",
    "I'll make your family suffer.",
    "Your grandkids are going to pay for your big mouth.",
    # direct threats without a violent verb the rules know
    "I'm going to end you.",
    "I will END you, mark my words.",
    "You're dead.",
    "You're dead, you hear me?",
    "You're a dead man.",
    "You are a dead man walking, Gary.",
    "I will put you in the ground.",
    "I'll put you six feet under.",
    "I'll make you bleed.",
    "I'm going to make you bleed, you little rat.",
    "I'll break every bone in your body.",
    "You'll be eating through a straw.",
    "you'll be eating your dinner through a straw for months",
    "I'll wipe you off the face of the earth.",
    "I'm going to destroy you, and I don't mean in an argument.",
    "I'll make sure you never walk again.",
    "Youre dead meat when I find you",
    "I will rearrange your face.",
    "I'll mess you up so bad your own mother won't know you.",
    "When I catch you you're finished.",
    # threats to a group
    "Someone should do something about them, permanently.",
    "Somebody needs to deal with these people permanently.",
    "They won't be around much longer.",
    "Those people won't be around for much longer, trust me.",
    "When the time comes we'll deal with them.",
    "When the day comes we will take care of every last one of them.",
    "We'll deal with the lot of them soon enough.",
    "One day soon we'll sort out these immigrants for good.",
    "These people need to be dealt with permanently.",
    "When the time comes, the traitors will get what they deserve.",
    "Make them disappear, all of them.",
    "Someone needs to sort that lot out for good.",
    "Somebody ought to sort out those protesters, for good this time.",
    "When the time comes we'll settle up with every one of you traitors.",
    "They'll get what's coming to them, every last one.",
]

NOT_THREATS = [
    # conditional: a report, a ban, the police, a warning about danger, the ballot box
    "If you do that again I'll report you.",
    "If you post my address again I'll call the police.",
    "Do that again and I'll ban you from the server.",
    "One more word and I'm muting this thread.",
    "Keep posting spam and you'll be banned.",
    "If you drive like that you'll end up in hospital.",
    "You'll regret voting for him.",
    "You'll pay for this at the ballot box.",
    "If you buy that car you'll regret it.",
    "Try that recipe again and see what happens, it's great with garlic.",
    "Try that again with the caps lock off and see what happens.",
    "If you skip the warm up you won't be walking tomorrow.",
    "Eat another curry like that and you'll be sorry in the morning.",
    "Come to the quiz again next week, you'll regret missing it.",
    "If you show up late again you'll lose your seat.",
    "If you eat at that place again you'll regret it, the chips are awful.",
    "One more word and I'm leaving this conversation.",
    "u post that recipe again n I'll try it",
    "If I catch you near my car again I'll ask you to move.",
    "Talk to my wife like that again and she'll laugh at you.",
    "Keep stirring the sauce and see what happens.",
    # veiled menace in everyday senses
    "Sleep With One Eye Open was their best single.",
    "Accidents happen to people like you who never check their mirrors, so be careful.",
    "It would be a shame if something happened to the free parking.",
    "Watch yourself when you leave work, the car park is icy.",
    "The days are numbered for the old library.",
    "We'll be waiting for you at the arrivals gate.",
    "You've been warned: the sequel is terrible.",
    "Consider yourself warned, the queue is two hours long.",
    "I know which school is best for my kids.",
    "I know what time you leave work, shall I pick you up?",
    "Nice family you have, lovely photos.",
    "Police say he told her she'd regret it.",
    "She was jailed for telling him his days were numbered.",
    "The messages said we'll be waiting for you, the court heard.",
    "Watch yourself around the new hires, they gossip.",
    "This isn't over, the appeal goes to court next month.",
    "We're watching you on the telly tonight, good luck!",
    "I'd be careful if I were you, that ladder is wobbly.",
    "Don't make me come over there and eat all your cake.",
    "You have no idea what I'm capable of in the kitchen.",
    "Your family will be next in the queue.",
    "Count your days off before booking the holiday.",
    "Next time you won't be so lucky with the weather.",
    "Hope your house insurance is paid up, the river is rising.",
    "This Isn't Over is the best song on the album.",
    "You'd better watch yourself on those steps, they're icy.",
    "The final twist, you won't even see it coming.",
    "Come down for Sunday lunch, we'll be waiting for you.",
    # family and property in everyday senses
    "Your kids will pay for this in higher taxes.",
    "Our grandchildren will pay for this debt.",
    "Your grandkids are going to pay for this pension mess for decades.",
    "The landlord will burn your deposit on cleaning fees.",
    "I burned the house down in that game last night.",
    "Your car won't look so nice after the winter salt.",
    "I'll find your family in the old census records.",
    "I'm going to find your kids' lost coats at the school office.",
    "Gonna find ur family photos and frame them",
    "Police said he threatened to burn the shop down.",
    "I'll never burn anyone's house down, whatever they say.",
    "Burn the House Down is a cracking tune.",
    "The fire burned the barn to the ground.",
    "Your family won't be safe without a smoke alarm.",
    "The wife will make you pay for forgetting the anniversary.",
    "Firefighters torched the old shed in a training exercise.",
    "He smashed every window in the game's final level.",
    # idioms and games for direct threats
    "You're dead to me.",
    "That joke killed.",
    "I'll end this thread now.",
    "Dead Man Walking is a brilliant film.",
    "I'm going to end my subscription.",
    "You're dead right about the budget.",
    "I'm dead, this meme is hilarious.",
    "The hill climb will break every bone in your body, it's brutal.",
    "I'm going to destroy you at chess on Friday.",
    "We'll destroy them on Saturday.",
    "You're finished if the boss finds out you left early.",
    "Dead man walking, he said, as the striker missed again.",
    "Mark my words, you're going to end up running this company.",
    "The prosecutor said he told the victim you're a dead man.",
    "Nobody is threatening to end you, calm down.",
    "I'll make sure you never walk home alone, I'll drive you.",
    "After the wisdom teeth op you'll be eating soup through a straw.",
    "I'm going to mess you up at Mario Kart so bad.",
    # groups: politics, sport, chores and problems
    "Someone should do something about the potholes, permanently.",
    "They won't be around much longer, the shop is closing in May.",
    "When the time comes we'll deal with the paperwork.",
    "We'll deal with them in the second half.",
    "The government needs to deal with these problems permanently.",
    "Their time is coming, they're top of the league.",
    "We'll sort out the fixtures soon enough.",
    "Someone needs to sort the bins out for good.",
    "When the election comes we'll deal with them at the ballot box.",
    "Make them disappear, the stains on the carpet I mean.",
    "The old buses won't be around much longer.",
    "These complaints need to be dealt with properly.",
    "Their days are numbered in the Premier League.",
    "Voters will deal with these politicians at the next election.",
    "When the time comes, the traitors will be voted out.",
    "Smokers won't be around much longer in this pub, the ban starts soon.",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return load_engine(SHIPPED_RULES)


def guidelines(engine: Engine, text: str) -> set[str]:
    return {hit.guideline for hit in engine.check_text(text)}


@pytest.mark.parametrize("text", THREATS)
def test_threat_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in guidelines(engine, text)


@pytest.mark.parametrize("text", NOT_THREATS)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in guidelines(engine, text)
