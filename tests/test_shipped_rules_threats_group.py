"""The shipped Don't Threaten rules on violence prescribed for groups and public figures (thrg).

Shapes that got through: a people's end foretold in the passive ("the traitors will be put to
death"), rarer "should be" words ("they should be extinguished", "deported or shot"), a public
figure's death penalty demanded, violence made lawful or a sport against a group, and
eliminationist orders (sterilise, camps, the gas, boats sunk, places of worship bombed, "die,
you ..."). Near misses keep the same words in innocent use: news of executions and sentencing,
sport, summer camps, a gas station, a fire put out, hunting game, statistics and history.
Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines, rule_guidelines

GROUP_THREATS = [
    # the whole people wiped out, a pronoun with its totality; enslaving
    "Wipe them out, every single one of them, and the problem is solved.",
    "Honestly just wipe em off the map.",
    "Those people should be enslaved again.",
    # a people's end foretold
    "Mark my words, the globalists will be hanged one day.",
    "every last one of these leftists will be rounded up and gassed",
    "Those traitors in parliament will be executed when we take over.",
    "The bankers are going to be hunted down.",
    "Their whole tribe will be wiped off the map.",
    # rarer words after "should be"
    "Honestly those people should be extinguished.",
    "All these foreigners must be eliminated from our land.",
    "The lot of them should be deported or shot, I don't care which.",
    "Every last one of the Tories should be locked up and executed.",
    "Their kind should be exterminated.",
    "Girls who dress like that deserve to be assaulted.",
    "Wives should be disciplined with a belt.",
    # a public figure's death demanded
    "The prime minister deserves the death sentence for what she did to this country.",
    "Our treasonous governor should get the death penalty.",
    "That senator deserves the electric chair.",
    "He deserves the death penalty for treason, plain and simple.",
    "Any judge who frees them should hang from a lamppost.",
    # violence lawful or a sport against a group
    "Hunting vegans should be a national sport.",
    "Shooting antifa should be made legal.",
    "Throwing acid at feminists should be legal.",
    "Beatings should be legal again against wives who talk back.",
    "make it legal to hunt gypsies",
    # eliminationist orders and policies
    "We need to sterilise the poor.",
    "Castrate all the muslims, problem fixed.",
    "Forced sterilisation for all welfare mothers!!",
    "Put the Roma in camps and get rid of them.",
    "Ship them to the camps, every one.",
    "Load the migrants onto a rubber dinghy and sink it.",
    "Torch their synagogues.",
    "line every last liberal up in the square and hang them",
    "The army should mow down all those rioters.",
    "I say we round up the gays and throw them off buildings.",
    "Bring back the gallows for the elites.",
    "Time to start beating our women again.",
    "If I ran this country every immigrant would be shot at the border.",
    "A few public executions of journalists would fix the media.",
    "All those women have throats, and all throats can be slit.",
    "die you dirty muslims",
    # typed fast, and a people ended on an order
    "dem refugees shud b shot",
    "those ppl gotta be gassed",
    "Those people should be incinerated.",
    "Honestly just wipe out the Palestinians and be done.",
    "We will wipe the Jews out.",
    "We must purge the nation of these Marxists.",
    "Annihilate the whole race.",
    "The final solution for these people is the gas chamber.",
    "Put the governor against a wall.",
    # peoples by nation or slur, and their fate to come
    "kill all the muzzies lol",
    "When we get into power, the Marxists will hang, every single one.",
    "The Somalis here need to be deported in body bags.",
    "Gays should be thrown from rooftops like in the good old days.",
    "The answer to the migrant crisis is machine guns on the beaches.",
    "I would love to see all the Jews in ovens again.",
    "women should be kept in cages and beaten when they disobey",
    # a figure named, placed or with kin, and a group defined by what it does
    "Hang Pelosi for treason.",
    "The Prime Minister should be dragged out of Downing Street and hanged.",
    "Off to the gallows with the whole cabinet.",
    "The journalists at that paper should all be rounded up and shot.",
    "Put Merkel on trial and then hang her.",
    "The senator deserves the needle.",
    "Anyone who marries outside the faith will be put to death.",
    "Execute Dobbs and his whole family.",
    "Die filthy invaders",
]

GROUP_NEAR_MISSES = [
    # a match, debts, weeds and history
    "We'll wipe them out on Saturday, come on the reds.",
    "Those debts? Wipe them out, all of them, says the chancellor.",
    "The weeds came back, so we had to wipe them out every spring.",
    "The slaves were starved to death on the ships, the museum shows.",
    # news of executions, sentencing and danger
    "The prisoners will be put to death at dawn, officials said.",
    "The jury will decide whether the killer gets the death penalty.",
    "If deported, the dissidents will be executed by the regime.",
    "Journalists will be killed in record numbers this year, the watchdog fears.",
    "Those people will be killed if the dam breaks, engineers say.",
    "Studies say one in three women will be assaulted in their lifetime.",
    "The senator opposes the death penalty.",
    "The senator should get the chair of the finance committee.",
    "The mayor should get the death penalty debate off the agenda.",
    "Bring back hanging for child murderers, says the poll.",
    # sport, games and film
    "Women will be beaten in the final, I reckon, by the Americans.",
    "Time to start beating the Americans again at cricket.",
    "The whole race will be run again after the false start.",
    "If we had a vote, they would be killed off at the polls.",
    "Hunting deer should be a national sport up here.",
    # household and work
    "Vets sterilise the strays every spring.",
    "Send the kids to summer camps and get rid of the screen time.",
    "Fill up at the gas station before the bridge.",
    "Gas them up before the road trip, the trucks are empty.",
    "Round up the kids and throw them into the pool.",
    "Necks can be broken in rugby scrums, doctors warn.",
    "The fire should be extinguished before the crews leave.",
    "Every player who misses a penalty should hang his head in shame.",
    "Every MP who voted for this should hang their heads.",
    "The immigrants will be deported and the camp closed.",
    "Migrants will be housed in hotels near the airport.",
    "Our team must be eliminated from the cup by now.",
    # history and rejection
    "In 1942 the Jews were sent to the camps.",
    "Public executions of traitors were common in Tudor times.",
    "Stoning should never be legal anywhere.",
    "Beating women should be a crime everywhere, and it is.",
    "The children should be disciplined with a firm hand, not a belt.",
    "The Nazis' final solution for the Jews was the gas chamber.",
    # other things ended, wiped out or purged
    "Honestly just wipe out the debt and be done.",
    "We must purge the nation of this corruption.",
    "The final solution to the traffic problem is a bypass.",
    "Put the senator's portrait against the wall for now.",
    "Wipe the kids out with a long walk and they'll sleep.",
    "Wipe them out at the polls in November.",
    "The old files should be incinerated.",
    "They gotta be beaten in the final.",
    "The Chinese will be beaten in the semi-final, I reckon.",
    "The politicians will hang on to power whatever happens.",
    "The answer to the flood risk is sandbags on the beaches.",
    "Landmines along the border still kill farmers every year, the charity says.",
    "Photos show the bodies of Jews in ovens at the camp, a survivor recalled.",
    "Kill all the roaches in the kitchen with boric acid.",
    "Mexicans will be shot by the new camera system at the border crossing, the vendor says.",
    "The hostages were chained up and beaten, the report says.",
    "The painting should hang in the hall.",
    "The picture should hang",
    "The jury will hang if they can't agree.",
    "Police arrest the suspect and then shoot him with a taser, the video shows.",
    "Catch the bus and then hang a left.",
    "They were hanged for treason in 1685.",
    "Off to the gallows with him, shouted the crowd in the play.",
    "The paintings from the exhibition should be hung in the lobby.",
    "Die hard liberals will hate this film.",
    "Anyone who is convicted of treason will be executed, the law says.",
    "Shoot Dave and his wife a text about dinner.",
    "Anyone who parks here will be towed.",
    # a view told or condemned, not held
    "Trolls online say women should be beaten, which is vile.",
]


@pytest.mark.parametrize("text", GROUP_THREATS)
def test_group_threat_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in guidelines(engine, text)


@pytest.mark.parametrize("text", GROUP_NEAR_MISSES)
def test_group_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in rule_guidelines(engine, text)
