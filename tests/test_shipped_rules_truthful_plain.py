"""The shipped Be Truthful rules on smears and stock claims in plain words (tru3).

Sentences of our own in a news-site comment voice. Smears stated as fact on a person named by
a title ("Mr Hale is a fraudster"), on whoever heads a body ("the chair of the parish council
is a groomer"), on "he" or "she" in the words for a child abuser, a paid foreign agent, a
puppet of a foreign power and a confession said caught on tape (rule ``smears-by-name``); the
stock claims in wordings the topic rules did not list: a reporter who "made it up", a jab that
"does nothing", "was never tested" or "has graphene inside", a cure "sat on", a disaster done
"on purpose for the insurance", a landing "filmed in the desert", "moon landing fake", deaths
"coded as covid", results written "before voting" (rule ``claims-in-other-words``); "so called"
before a claim, which is a sneer and no report; words that would damn a person in office put
in their mouth (rule ``quotes-put-in-mouths``). Each kind has near misses that must stay
clean: news of a conviction or a charge, a question, a denial, a part in a film, a dog
groomer, a literary agent, a trial's limits, ordinary senses of the same verbs.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import truthful_flagged

SMEARS = [
    # a person named by a title
    "Mr Okonkwo is a paedophile and the school knows it.",
    "Dr Lindqvist is a known fraudster, she faked half her papers.",
    "cllr byrne is a nonce everyone on the estate knows",
    "Mrs Abernethy has always been a crook.",
    "Professor Grant is a secret drug dealer, ask his students.",
    # whoever heads a body, and the newer words for a child abuser
    "The head of the youth club is a groomer.",
    "The chair of the parish council is a child abuser.",
    "The man who runs the swimming club is a sex pest.",
    "The headteacher is a groomer, parents keep your kids away.",
    "He's a nonce and the whole street knows it.",
    "she is a known child abuser and nobody will say it",
    # a paid agent, a puppet, orders from abroad
    "Our MP is a paid Chinese agent.",
    "The senator is a secret foreign asset working for the Kremlin.",
    "The party leader has been in the pay of Tehran for years.",
    "The premier is nothing but a puppet of Beijing.",
    "The minister takes her orders straight from Moscow.",
    # a spouse's firm handed the contract; a confession said on tape
    "The mayor's husband owns the firm that got the bin contract.",
    "The councillor confessed on tape that he rigged the vote count.",
    "The governor boasted on a hot mic that she took bribes from the developers.",
    # a word of certainty, a sale for the seller's pocket, gangs shielded, a bought degree
    "the harbour master is defo on the cartel payroll",
    "The chief constable is 100% a nonce, ask anyone in the force.",
    "The senator is nothing but a Chinese plant.",
    "the minister she sell the port to foreigners for her own pocket",
    "The chief constable is protecting the grooming gangs.",
    "His degree is fake, he bought it off a diploma mill.",
    "The transport minister is bankrolled by the oil companies.",
    "The general sold weapons to the Taliban.",
    # "so called" is a sneer, not a report
    "Our so called councillor stole from the pension fund.",
    "The so-called judge took bribes to throw the case.",
]

SMEAR_NEAR_MISSES = [
    # a conviction, a charge or a court's finding
    "Mr Okonkwo was convicted of fraud in 2014.",
    "Dr Lindqvist was cleared of all charges by the tribunal.",
    "The police say the suspect is a known drug dealer.",
    "He's a convicted sex offender, the court heard on Tuesday.",
    "The head of the youth club was charged with assault, police said.",
    # questions, doubt, a denial
    "Is Mr Okonkwo a fraudster? I doubt it.",
    "If the headteacher is a groomer, why did the inspectors find nothing?",
    "Nobody thinks the senator is a foreign agent.",
    # ordinary jobs and parts
    "Mrs Abernethy is a pharmacist on the high street.",
    "The head of the youth club is a retired teacher.",
    "She's a dog groomer at the salon by the station.",
    "He plays a paedophile in the new drama and he's brilliant.",
    "She is a paid literary agent for three novelists.",
    "He is a paid football agent with a dozen clients.",
    "She was in the pay of the club as a physio for a decade.",
    "The man who runs the swimming club is a legend.",
    "The mayor's husband owns the bakery on Mill Lane.",
    # a confession of nothing much
    "The minister admitted on camera that she had been nervous.",
    "He said on camera that they took their chances well.",
    # certainty, pocket money, protection and degrees in their ordinary senses
    "The harbour master is definitely a character, everyone loves him.",
    "He sold his bike for pocket money when he was fifteen.",
    "The police are protecting the victims' identities, as the law says.",
    "Her degree is from Leeds and she worked hard for it.",
    # "so called" on something innocent, and a real report
    "Our so called summer has been nothing but rain.",
    "She called the mayor a crook, and he is suing her for it.",
]

CLAIMS_IN_OTHER_WORDS = [
    # the press
    "The reporter made the whole story up to sell papers.",
    "That journalist invented the quotes, none of it happened.",
    "Every word this paper prints is a lie.",
    "Everything the state broadcaster says about the strike is propaganda.",
    "The news channels just read talking points handed to them by the ministry.",
    # health
    "The flu jab does nothing, save yourself the trip.",
    "The covid vaccine was never properly tested.",
    "The jabs have killed more young people than covid ever did.",
    "Cancer has a cure and the drug firms are sitting on it.",
    # hoaxes
    "The Titanic was sunk on purpose for the insurance.",
    "The moon landings were filmed on a sound stage in Nevada.",
    "The climate scientists made up the temperature records.",
    "The royal family are lizards, just look at them.",
    "the booster have graphene inside, my neighbour is a chemist",
    "covid jab is gene therapy that rewrites your dna",
    "Moon landing fake mate, look at the shadows.",
    "The doctors were told to code every death as covid.",
    "The reporters at that rag print whatever they're told to.",
    "The warehouse fire was set by the developers so they could build flats.",
    "Net zero is a plan to control the masses.",
    "The earthquake was caused by the army's secret weapon.",
    # the press in other words
    "That rag churns out nothing but fairy tales.",
    "Another article full of made up quotes and nameless sources.",
    "This is propaganda dressed up as news.",
    "Honestly, it's all Downing Street spin.",
    # votes in other words
    "They found sacks of postal votes dumped in the canal.",
    "Every vote for the independents was shredded.",
    "The election commission is owned by the ruling party.",
    "The tabulators were programmed to flip votes to the incumbent.",
    "That so called landslide was cooked up in a back office.",
    "In my country the ruling party write the results before voting.",
    "The winner was decided in advance, the count was theatre.",
    "the vote count was massaged, no way she got that many",
    "The referendum result was decided in advance.",
]

CLAIM_NEAR_MISSES = [
    "The reporter made a mistake in the headline and the paper corrected it.",
    "The journalist made it to the scene within minutes.",
    "Every word he says is true, I checked the minutes.",
    "The flu jab does nothing for a cold, it's for flu.",
    "The vaccine was not tested on pregnant women in the first trial.",
    "Vaccines have saved more lives than any other medicine.",
    "There is no cure for the common cold yet.",
    "The old trawler was sunk on purpose to make a reef.",
    "The western was filmed in the desert outside Tucson.",
    "Climate scientists published the new temperature records this week.",
    "Lizards are reptiles and the kids love them.",
    "The royal family visited the flooded villages yesterday.",
    "Nobody made it up, the quotes are on tape.",
    "The script was handed to the actors by the director.",
    "The result was a foregone conclusion after the first half.",
    "Investigators found no evidence the vote count was massaged.",
    "Was the moon landing fake? No, and the rocks prove it.",
    "The moon landing hoax theory has been around since the seventies.",
    "Fake cures for covid are flooding social media, doctors warn.",
    "Lockdown was a way to control the spread in the first wave.",
    "Journalists write what they see, that is the job.",
    "The fire was set by the council on purpose to burn off the heather, as it is every spring.",
    "The earthquake was triggered by fracking, the survey found.",
    "The results were printed before the polls closed in the east, the commission apologised.",
    "The flu jab has magnets? Who told you that?",
    "The spin bowler took four wickets before lunch.",
    "The majority was made up of first-time voters.",
    "Spoiled ballots were set aside and counted separately, the returning officer said.",
    "The machines were programmed to count faster this year.",
    "The election commission is independent and answers to parliament.",
    "She is on the payroll of the university as a researcher.",
]


QUOTES = [
    "The chancellor told a fundraiser that she despises the taxpayers.",
    "The PM joked at a private dinner that old people should hurry up and die.",
    "The governor said he wants to swamp our villages with asylum seekers, it's on video.",
    "Our MP admitted she plans to take your savings to pay for the bailout.",
]

QUOTE_NEAR_MISSES = [
    "The minister said she hates the working class being squeezed by rents.",
    "He said he hates the north, too cold for him.",
    "The senator said he wants to fill the town with new businesses.",
    "The councillor said pensioners should not be left to die in the cold.",
    "The chancellor never said she despises taxpayers, read the transcript.",
    "The mayor admitted he plans to take your views to the council.",
]


@pytest.mark.parametrize("text", SMEARS + CLAIMS_IN_OTHER_WORDS + QUOTES)
def test_claim_is_flagged(engine: Engine, text: str) -> None:
    assert truthful_flagged(engine, text)


@pytest.mark.parametrize("text", SMEAR_NEAR_MISSES + CLAIM_NEAR_MISSES + QUOTE_NEAR_MISSES)
def test_near_miss_is_not_flagged(engine: Engine, text: str) -> None:
    assert not truthful_flagged(engine, text)
