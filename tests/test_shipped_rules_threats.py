"""The shipped Don't Threaten and Be Truthful rules on sentences of our own (issue 12).

Each row is a kind of threat or claim that used to get through, or a report, denial or
negation that used to be flagged; a rule that regresses fails its row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.rulesets import load_engine

SHIPPED_RULES = Path(__file__).resolve().parent.parent / "rules"

THREATS = [
    # first person, any target, any intent
    "I really am just going to strangle that landlord.",
    "We'll have to get rid of those foreigners for good.",
    "I will cut their lying throats.",
    "That man will die slowly at my hands.",
    "I want to k1ll all those landlords.",
    "I'm going to beat you to a pulp.",
    "We will hunt down every immigrant in this town.",
    "I will bomb your mosque during prayers.",
    # wishes
    "I'd love to see those councillors suffer.",
    "I hope he and his whole family get run over.",
    "Let them all burn.",
    "Die, you filthy immigrant.",
    "Gay people shouldn't be allowed to live.",
    "The world would be better off without people like you.",
    "We'd be better off if those people were wiped out.",
    # should be / deserves
    "Those bankers should all be executed.",
    "The mayor ought to be dragged through the streets.",
    "Shooting those protesters should be legal.",
    "You foreigners will all be exterminated.",
    "Every one of them deserves to be strung up.",
    # calls to violence
    "Someone should snap the necks of all those reporters.",
    "Can we just shoot them now?",
    "Hang this lying traitor.",
    "Let's get rid of those bankers once and for all.",
    "Wipe that scum off the face of the earth.",
    "We need to purge this country of Muslims.",
    "We will keep hunting you people until you are all gone.",
    # veiled
    "Keep talking. You won't walk away from it.",
    "I'll put you in the hospital.",
    "We're going to come round to your house with a baseball bat.",
    "I know where your wife works.",
    "Keep posting and you'll end up in a body bag.",
    "I'm going to make sure those people suffer.",
    # round two: look-alike "ill", people by role, wishes on things, buildings, veiled menace
    "ill stab him if he shows up.",
    "im gonna strangle that umpire.",
    "I hope somebody runs that columnist over.",
    "Hope their jet blows up over the ocean.",
    "I'd pay good money to see somebody punch the editor.",
    "That coach should have his legs broken.",
    "Somebody ought to torch that newspaper office.",
    "Run the cyclists over, they never stop at lights.",
    "Take that traitor out back.",
    "There's going to be blood in the streets if this passes.",
    "We'll be waiting with our rifles.",
    "A bullet through your skull is what you'll get.",
    "Pity if your daughter never got home one night.",
    "i swear ill end you",
    "i wll kill u",
    "I hope your whole family dies in a fire.",
    "These people should be dragged out and shot.",
    "Kill every last one of those bankers.",
    "Take up arms against the council.",
    "Drown the lot of them.",
    "String the whole committee up.",
    "I'd love to put my fist through his teeth.",
    "Somebody should bomb the courthouse.",
    "Someone will put you in the ground.",
    "They'll find you in a ditch.",
    "I'll be waiting outside your house tonight.",
    "I'm driving him off the road next time.",
    "Say that again, I'll make you bleed.",
    "The governor should be publicly hanged.",
    "Those smugglers deserve to be sent home in body bags.",
    "Pull the trigger on the lot of them.",
    "Shoot looters on sight.",
    "You'll be drinking through a straw.",
    "Someone should teach him a lesson with a crowbar.",
    "One more word and you're dead.",
    "I'll knock your teeth out.",
    "I'd shoot every illegal I see.",
    "I will ki11 you.",
    "i will kiII you",
    "That man needs slapped.",
    "He needs a good kicking.",
    "These animals should be put down like dogs.",
    "Send them to the gas chambers.",
    "Deport them, or better yet shoot them.",
    "Someone should drive a van into that march.",
    "Looters should be met with live rounds.",
    "What this council needs is a second amendment solution.",
    "You better hope you never run into me.",
    # round three: wishes on a named person, calls in new shapes, veiled menace, sexual
    # violence, words run together, and a subject called "so called"
    "Hope somebody shoots that councillor on his doorstep.",
    "I hope the ref gets his nose broken after that.",
    "May they all drown.",
    "I hope the whole board gets cancer and dies.",
    "That so called judge should be hanged.",
    "He ought to be lined up against a wall with the rest of them.",
    "Women like that are begging to be raped.",
    "she needs a good slapping",
    "Someone should pop two rounds into that reporter.",
    "Drag the traitors through the streets.",
    "Round up every councillor and shoot them.",
    "Go torch their houses to the ground.",
    "Storm the depot and shoot the guards.",
    "killthemall",
    "Time to start shooting the landlords.",
    "Firebomb the office with everyone still inside.",
    "Kill any looter you catch.",
    "Someone needs to send him to an early grave.",
    "imma smash your skull in",
    "We'll take up arms if the count goes against us.",
    "I will end his life.",
    "Im going round to your house with a machete.",
    "After the game you'll go home in a body bag.",
    "Don't want anything nasty to happen to your kids, do we.",
    "Pity if your shop burned down one night.",
    "Next time I see you you're in the hospital.",
    "Make one more post and you'll regret the day you were born.",
    "Come Saturday nobody walks out of there alive.",
    "You'll end up in an early grave.",
    "Set fire to the shed with her in there.",
    "I pray the plane goes down with everyone on board.",
    "Hope that columnist gets acid splashed on him.",
    "Torch all the mosques.",
    "It's open season on bailiffs.",
    "Put them all up against a wall.",
    "Somebody throw acid at her.",
    "Shut him up for good.",
    "Give me five minutes alone with him, that's all I want.",
    "You won't like what happens.",
    "A petrol bomb through your front door would fix you.",
    "That striker wants his legs breaking.",
    "Someone should abduct her daughter.",
    "i hope u and ur kids choke",
    "The traitor should be dragged out of his office.",
    "im gonna rape ur mum",
    "1 will stab you",
    "Going to shoot up that concert tonight.",
    "Ill cave his head in.",
    "k i l l y o u r s e l f",
    "I hope your nan chokes.",
    "She's asking for a beating.",
    "A good slap is what she needs.",
    "You'd be black and blue if you were my kid.",
    "A teacher like that should be killed.",
    "I'm going to find out where you live.",
    "Can't wait to see those councillors swinging from lampposts.",
    "Journalists deserve only a bullet.",
    "The mayor should be thrown off the roof.",
    "Send him home in a coffin.",
    "Do to those traitors what the Nazis did.",
    "Shoot every last one of those pigs.",
    "I'd beat the living daylights out of it.",
    # round four: menace with no violent verb, weapons implied, rarer punishments
    "Pretty van you drive, pity if anything happened to it.",
    "ur a dead woman",
    "Enjoy your last christmas, you scumbag.",
    "Someone should teach that ref a lesson, you know what I mean.",
    "Watch your back on the drive home tonight.",
    "Accidents happen to councillors who vote like that.",
    "She won't be breathing much longer.",
    "Keep it up and see what happens to your shop.",
    "U R GONNA DIE",
    "Tell your girlfriend to be careful walking home after dark.",
    "I know what street he lives on, and which house is his.",
    "Our guns are loaded and ready for any inspector who turns up.",
    "I'll find him at the depot with my machete.",
    "We'll be waiting for him in the car park, tell him that.",
    "Lads with baseball bats will sort it out tonight.",
    "Put every one of those bankers in front of a firing squad.",
    "Torch the temple with the lot still inside.",
    "The boys are going to smash his face in.",
    "That whole committee should be ambushed.",
    "Hope the pair of them catch something nasty and die.",
    "Hope his car floods with him still inside.",
    "Wish the ref's kids get sick so he can see them suffer.",
    "Hoping they shoot him at dawn.",
    "We have your address, councillor.",
    "Shame if you were attacked on the way home.",
    "u will get whats coming to u",
    "Men have been stabbed for less, just saying.",
    # round five (threats5): death wished without "hope", on a person by role and their kin
    "I want that editor dead.",
    "Can't wait for that senator to croak.",
    "I'd enjoy the sight of that councillor bleeding on the pavement.",
    "I hope the mayor and his kids burn in their beds.",
    "We want to shoot them all, every last councillor.",
]

NOT_THREATS = [
    "No disabled person deserves to die.",
    "She didn't deserve to die like that.",
    "He was fired for saying women should be raped.",
    "Protesters were chanting death to America outside the embassy.",
    "I don't think anyone should be shot over a parking ticket.",
    'The jury heard he told her "I will kill you" before the attack.',
    "You'll never see another goal like that.",
    "Watch your back on the icy steps.",
    "They should hang the new signs at the entrance.",
    "The court heard he told the neighbour I know where you live.",
    "I Know Where You Live was a good film.",
    # round five (threats5): idioms, history and news, reported or negated threats
    "I could kill for a coffee right now.",
    "The band is absolutely killing it tonight.",
    "I want the old stadium dead and buried, planning-wise.",
    "Can't wait for the heatwave to die down.",
    "In 1942 the regime called for Jews to be exterminated, the historian wrote.",
    "The protesters were dragged through the streets by police, witnesses said.",
    "Nobody should be hanged for a tweet.",
    "She claims he threatened to kill her.",
    "So you want to kill all the bankers? Grow up.",
    "The article quotes a man wanting to shoot all the protesters.",
    "Burn the Witch is a great song.",
]

CLAIMS = [
    "They stole the election in broad daylight.",
    "Millions of dead people voted in Michigan.",
    "Dominion machines flipped the votes overnight.",
    "There was massive voter fraud in every swing state.",
    "Sleepy Joe is an illegitimate president.",
    "Vaccines cause autism, everybody knows it.",
    "The jab is poison.",
    "The covid vaccines have killed millions.",
    "Covid is just a bad cold.",
    "Ivermectin cures covid and they hid it.",
    "That's a pack of lies.",
    "It's all propaganda.",
    "This article is pure propaganda.",
    "Nothing but lies from the CBC again.",
    "The earth is flat and NASA knows it.",
    "Climate change isn't real.",
    "The jabs contain graphene.",
    "The referendum was manipulated.",
    "The vote count was doctored by the clerk.",
    "Everything that rag publishes is lies.",
    "The entire outbreak was staged.",
    "The virus was engineered to depopulate the planet.",
    "The voting machines were rigged.",
    "She only won thanks to ballot fraud.",
    "They cheated their way to a majority.",
    "Postal ballots are all fraudulent.",
    "The recount was crooked.",
    "The mRNA jab rewrites your DNA.",
    "The MMR is more dangerous than measles.",
    "Flu shots are pointless.",
    "Wearing masks causes brain damage.",
    "Typical woke propaganda.",
    "Their crime figures are completely fabricated.",
    "The primary was a total farce.",
    "The dems flipped thousands of ballots at 4am.",
    "Fluoride in the water is making people dumb.",
    "The unemployment numbers are made up.",
    "Scientists are paid to lie.",
    "Everything they print in that rag is a lie.",
    "A little colloidal silver in your tea cures covid.",
    "Autism can be reversed with garlic.",
    "5G towers cause cancer.",
    "Fluoride in drinking water is a neurotoxin.",
    "The booster jab makes women infertile.",
    "The vaccines are laced with graphene.",
    "There are nanobots in every injection.",
    "The jab is causing excess deaths.",
    "The outbreak was engineered by big pharma.",
    "The government faked the entire pandemic.",
    "The article is a total fabrication.",
    "Everything from that paper is lies.",
    "The papers are all lies.",
    "The authorities are lying to you.",
    "Fox is a propaganda outlet.",
    "The county vote was doctored.",
    "What a rigged count that was.",
    "They found forged ballots and counted them anyway. They added fake ballots overnight.",
    "Heart attacks in athletes are caused by the vaccines.",
    "Insulin is a scam.",
    "Cure diabetes with a fasting diet.",
    "Our water is being laced with lithium.",
    "The vaccines are untested poison.",
    "Coronavirus was spread by the WHO deliberately.",
    "Newspapers are lying to you.",
    "Every single word from this government is lies.",
    "Rigged with postal ballots, the lot of it.",
    "Fake, none of that ever happened.",
    "5G towers spread corona",
]

NOT_CLAIMS = [
    "Courts found no evidence that the election was rigged.",
    "He dismissed the reports as fake news and moved on.",
    "The claim that the election was stolen has been debunked.",
    "Trump claimed the vote was stolen, without evidence.",
    "Calling every critical story fake news is a tired trick.",
    "He falsely claimed the shooting was a false flag.",
    "The theory that chemtrails are poisoning us has been debunked.",
    "Reporters asked her about the deep state remark.",
    'He shouted "the election was stolen" at the judge.',
    "Some say climate change is a hoax, but the data are clear.",
    "The documentary is about how the moon landing was staged by fans.",
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
def test_negated_or_reported_violence_is_not_a_threat(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in guidelines(engine, text)


@pytest.mark.parametrize("text", CLAIMS)
def test_claim_to_check_is_flagged(engine: Engine, text: str) -> None:
    assert "be-truthful" in guidelines(engine, text)


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_reported_or_denied_claim_is_not_flagged(engine: Engine, text: str) -> None:
    assert "be-truthful" not in guidelines(engine, text)
