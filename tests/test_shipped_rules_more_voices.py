"""The shipped rules on hate and menace as four more authors wrote them (r22).

Hate: a vice said to be how a people is raised or "just what they are", a scam "like the rest
of them", a failing sealed by "it's a culture thing" or "they're all the same" a clause later,
a whole country called dumb, crime waves blamed on a people, fighting-age men shipped in to
replace the natives, houses or jobs refused, a people kept out of a club, told they don't
belong, "feck off back to" a country, put on a boat back, ticks on a dog, a boatload of vermin,
a faith called violent, a woman's job "the kitchen", a people said to own the banks or to
report back to a foreign capital, sealed by "follow the money" or "wake up".
Menace: a bullet or a cancer hoped for, a disaster wished on a crowd, a crowd armed or sent
with petrol, a body nobody would find, a bog that keeps what goes in, days numbered, carried
out feet first, a widow foretold. Near misses are sport, farming, fiction, denial, warnings
and kind words. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import rule_guidelines

HATE = [
    "Lying and cheating is just how they're brought up over there, the Albanians.",
    "The Bulgarians at the car wash, pickpocketing and begging, that's just what they are.",
    "Typical Romanian, probably running a scam on the side like the rest of them.",
    "Afghans in this town are all at some scam or other.",
    "Its just how those people live, filth everywhere.",
    "Dishonest breed, every one of em.",
    "The whole country is thick as mince.",
    "Somalis are behind every burglary on the estate.",
    "Every stabbing in this city traces back to the migrants.",
    "Crime shot up the day those people moved in.",
    "Albanians run the whole drug trade in this county.",
    "They're shipping in fighting age men on purpose to replace us.",
    "Their plan is to replace the native Scots within twenty years.",
    "Never sell a house on this road to Pakistanis.",
    "The mill should refuse to hire anyone who wasn't born here.",
    "Keep the Indians out of the bowls club.",
    "We don't want Nigerians moving into our cul-de-sac.",
    "No Filipino nurses in our wards.",
    "Women have no place in the police force.",
    "Feck off back to Romania.",
    "Put the lot of them on the first boat back to Libya.",
    "Crawl back to whatever hut in Ghana you came out of.",
    "Albanians need to get out of this country.",
    "Pack your bags and head back home, nobody wants you.",
    "Beneficiaries are ticks on a dog, sucking the rest of us dry.",
    "Those migrants are an invading army of locusts.",
    "That camp aren't people, it's rats.",
    "Food stamp people are deadbeats.",
    "Crazy people are ticking time bombs, all of them.",
    "Girls shouldn't be allowed to study medicine.",
    "Women are not capable of leading a country.",
    "You can't trust a Pakistani in business.",
    "Your kind doesn't belong in Canada.",
    "You're not Welsh and you never will be.",
    "Go back to the swamp they crawled out of.",
    "The rest of youse can go home.",
    "Landlords should be allowed to turn away Nigerians.",
    "No Chinese families should be renting on this street.",
    "The club should ban all Indian players.",
    "Another boatload of vermin arrived at the port.",
    "The whole religion is violent.",
    "Every mosque in the city is a terror cell.",
    "Violence is their religion.",
    "A backward religion for backward people.",
    "People with depression are worthless.",
    "The Kurds in this town rob everything that isn't nailed down, it's a culture thing.",
    "Nigerians at my work skive off every Friday, they're all the same.",
    "Sudanese men don't look after their kids, everyone knows it.",
    "Greeks are lazier as a people.",
    "Women should stay off the board, they're too emotional to lead.",
    "Women should stick to the kitchen.",
    "A woman's job is the kitchen.",
    "Women have half the brains of a man.",
    "Women are fine for the bake sale but not for real decisions.",
    "This is what happens when you let women near the rugby.",
    "The Jewish banking families own the central bank and both parties, follow the money.",
    "Wake up, the Chinese run the banks now.",
    "Every Russian student at the college is reporting back to Moscow.",
    "The Saudis have quietly bought every minister.",
]

THREATS = [
    "Hope the ref catches a bullet on the way home.",
    "Praying your cancer comes back.",
    "Pity the fire didn't take out the whole lot of them.",
    "Wish a flood would wipe out that hostel full of them.",
    "Every man in the village should arm himself and go after them.",
    "Get down to the hostel tonight with petrol.",
    "Run them out of town before the weekend.",
    "Nobody would ever find the body up there.",
    "The river doesn't give back what goes in, just saying.",
    "People have gone missing round here for less.",
    "Your days writing lies about us are numbered.",
    "Hope you've got good life insurance, mate.",
    "Got a spade in the boot and nothing on tonight. Your call.",
    "Accidents happen on building sites. You'd want to be careful.",
    "Keep it up and your missus will be a widow.",
    "Open that clinic and you'll be carried out feet first.",
    "You'll be checking your mirrors from now on.",
]

NEAR_MISSES = [
    "We'll murder them in the first half and hang on after.",
    "Lads, bring the petrol for the mower tonight.",
    "Shame the storm didn't take out the old shed, saves me a job.",
    "In the novel nobody would ever find the body until the thaw.",
    "I'd never tell anyone to go back where they came from.",
    "The Welsh choir sang like angels, it was beautiful.",
    "Kiwis are so welcoming, every one I've met.",
    "Us city folk would get lost in the hills without a map.",
    "Accidents happen on farms, so the safety course is worth it.",
    "Hope you've got travel insurance for the ski trip.",
    "Whitey Bulger died in prison in 2018.",
    "Praying your mum's cancer stays away for good.",
    "The council should refuse to sell the park to developers.",
    "Crime fell the year the new lights went in.",
    "The bog gives up ancient bodies now and then, archaeologists say.",
    "The Welsh can sing, it's in the blood.",
    "Kenyans win every marathon, running is in their blood.",
    "These chairs don't belong here.",
    "The Trail of Tears forced the Cherokee out of Georgia.",
    "Filipinos make the best nurses, everybody knows that.",
    "I'd never say they should go back where they came from.",
    "Refugees in the camp are all the same age as my kids.",
    "Wake up, Kiwis run the best dairy farms in the world.",
    "Farmers in the valley planned the new irrigation scheme, look it up.",
    "The council planned the new bypass years ago, follow the money.",
]


@pytest.mark.parametrize("text", HATE)
def test_hate_in_more_voices_is_caught(engine: Engine, text: str) -> None:
    assert "be-nice" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", THREATS)
def test_menace_in_more_voices_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in rule_guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert rule_guidelines(engine, text) == set()
