"""The shipped Be Truthful rules on claims in other words, and on their near misses (issue 12).

Sentences of our own in a news-site comment voice: claims a moderator wants to see, phrased
away from the well-worn shapes, and reports, denials, questions, fiction, history and
ordinary senses of "rigged", "fake" or "propaganda" that must stay unflagged.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine

CLAIMS = [
    # elections: tallies, machines, ballot boxes, verdicts a few words on
    "The vote tallies were flipped overnight by the machines.",
    "Dominion switched millions of votes, that is a fact.",
    "They stuffed the ballot boxes at 3am when the observers went home.",
    "Every postal ballot in that ward was forged.",
    "Our so-called president stole the election and the courts covered it up.",
    "The by-election in our riding was rigged by the party machine, plain and simple.",
    "The result was decided before polling day.",
    "The whole postal vote system is designed for cheating.",
    "The scanners were programmed to drop every third vote for the challenger.",
    "Our mayor was installed by the unions who forged the absentee ballots.",
    "The last election was decided by the software companies, not the voters.",
    "Postal voting is a gift to fraudsters and that's how they won the seat.",
    "They shipped in fake voters from out of state.",
    "The council count got switched around so their guy came out on top.",
    # health: harms, remedies, cover-ups
    "The mRNA shot changes your genes permanently.",
    "Fluoride in the water is there to make us docile.",
    "They have had the cure for cancer for decades and keep it hidden to make money.",
    "Drinking a teaspoon of turpentine a day kills parasites and cures autism.",
    "Chemotherapy kills more people than cancer does.",
    "Hydroxychloroquine is a proven cure and they banned it on purpose.",
    "The spike protein shedding from vaccinated people makes others ill.",
    "Sudden adult death syndrome is just the vaccine killing people.",
    "The government is hiding the vaccine deaths.",
    "Hospitals were paid to list covid on the death certificates.",
    "The booster turns your immune system off permanently.",
    "Masks are making our kids sick with pneumonia.",
    "Cancer is just a fungus.",
    "Apricot kernels kill cancer cells.",
    "Babies are dying from the vaccine schedule.",
    "The vaccine injured are being hidden from the public.",
    "Doctors are paid bonuses for every covid death they record.",
    "Statins are a money-making scam.",
    "Wifi routers are frying our children's brains.",
    "Seed oils are the real cause of heart disease and doctors are paid to hide it.",
    "The HPV jab is sterilising teenage girls.",
    "They are putting sterilisation drugs in the flu shot.",
    "The vaccine makers knew it was killing people and sold it anyway.",
    "The lockdowns killed more than covid ever did.",
    # hoaxes, and the negation that is itself the claim
    "Covid was never real, it was just the flu rebranded.",
    "HIV does not cause AIDS, it was invented to sell drugs.",
    "Nobody ever went to the moon, it was filmed by Kubrick.",
    "The floods were started by the government to grab the land.",
    "The whole bird flu scare is fake.",
    "The climate emergency is a con to take your car and your steak.",
    "The victims in that video are paid actors.",
    "Nobody died in that bombing, it was all actors and fake blood.",
    "The heatwave is a fabrication.",
    "Covid was a lab bioweapon released on purpose.",
    "The whole story about the shortage is invented to push prices up.",
    "The blackout was deliberately caused by the government.",
    # reports, the press and propaganda
    "This news report is totally fake, they invented the victims.",
    "The official death toll is fake.",
    "This paper prints nothing but lies.",
    "Every word of this article is propaganda.",
    "They lied about everything during covid.",
    "Mainstream news is one big lie from start to finish.",
    "This whole report is one-sided propaganda.",
    "Everything on the evening news is scripted propaganda.",
    "The unemployment figures are cooked every month.",
    "This newspaper is lying about the strikes, as always.",
    "The BBC invents stories to suit the government.",
    "Scientists admitted the vaccines don't work, but the news won't report it.",
    "The BBC is the government's propaganda arm and always has been.",
    "The so-called climate scientists faked the temperature records.",
    # later shapes: rates since the rollout, remedies for everything, events that never were
    "Cancer rates have tripled since the vaccine rollout.",
    "Eating raw garlic every day makes you immune to every virus.",
    "Water fluoridation is why kids have ADHD now.",
    "Autism is caused by the aluminium in baby jabs.",
    "Colloidal silver will wipe out any infection.",
    "The flu vaccine is 90% mercury.",
    "The school shooting never happened.",
    "The hurricane was steered toward the state by weather modification.",
    "The footage of the flooding was filmed on a set.",
    "The riots were organised by the government to justify martial law.",
    "The war in the news doesn't exist, it's all CGI.",
    "The referendum was a done deal.",
    "The election was over before it started, the machines decided it.",
    "Dead people in this district vote every year.",
]

NOT_CLAIMS = [
    # reported, denied, asked, waved away
    "Is there any proof that the machines flipped votes?",
    "Conspiracy theorists claim the vaccine contains microchips.",
    "Crisis actors are a conspiracy theory that hurt the Sandy Hook families.",
    "Doctors warned that ivermectin does not cure covid.",
    "Do you really think the election was stolen? Where is your evidence?",
    "Is it really a hoax, or are people just scared to admit they were fooled?",
    "The victims' families sued the man who called them paid actors.",
    "It's a lie that the news never covers rural crime.",
    "An inquiry found the trial data had been falsified by one researcher.",
    "The old tale that the election was bought is repeated every year.",
    "There's no way the vote in our ward was rigged.",
    "Anyone who thinks the count was fixed should read the audit.",
    "Nobody thinks the vote in our ward was a fraud.",
    "Police said nobody died in the bombing but eleven people were hurt.",
    # negated: the words of a claim with "not" or "never" between them
    "The election was not rigged.",
    "Covid is not a hoax.",
    "The vaccine does not cause autism.",
    "The machines did not switch any votes.",
    "The vote in our ward was never stolen.",
    "Autism is not caused by vaccines.",
    "Fluoride is not poison.",
    "There is no poison in the vaccine.",
    "Sunscreen never causes cancer.",
    "Wifi isn't frying anyone's brain.",
    "Ivermectin never cures covid.",
    "The scanners were not programmed to drop votes.",
    # fiction, history and places where rigged votes are history
    "The novel imagines a world where the election was secretly rigged.",
    "The story about the staged shooting was a cruel lie spread online.",
    "The documentary traces how the moon landing hoax theory spread.",
    "My grandfather remembers when elections in the Soviet Union were a sham.",
    # ordinary senses of rigged, fake, staged, propaganda, cure
    "The carnival game was rigged so nobody could win the big bear.",
    "She bought some fake tan before the wedding.",
    "The school play was staged in the town hall.",
    "Wartime propaganda posters are on display at the museum.",
    "Bleach kills the virus on kitchen worktops.",
    "Hundreds of postal ballots were thrown out for missing signatures.",
    "Chemotherapy saved my mother's life.",
    "Investigators said the wildfire was started by a faulty power line.",
    "The surprise party was all planned by his sister.",
    "The protests were organised by the students' union.",
    "Bee numbers are falling because of pesticides, scientists say.",
    "Few democracies let non-citizens vote in national elections.",
    "The reality show is scripted, obviously.",
]


WELL_WORN_CLAIMS = [
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

REPORTED_OR_DENIED = [
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


# Science denied, stock conspiracies, cover-ups with a number, and the newer election, media
# and health shapes (well-worn-falsehoods and the widened rules).
DENIALS_AND_COVER_UPS = [
    "Our planet is barely ten thousand years old, the rest is guesswork.",
    "Germ theory is a fraud, always was.",
    "Climate change has zero evidence behind it.",
    "Carbon dioxide can't warm the planet, it's a trace gas.",
    "Arctic ice is actually thickening every winter.",
    "The seas haven't risen an inch in my lifetime.",
    "Germs don't cause disease, your diet does.",
    "The mayor and his wife are shapeshifting reptilians.",
    "The WEF is trying to thin out the population with famine.",
    "The great reset is already here.",
    "They're adding hormones to the water to make boys docile.",
    "The ministry is hiding the true unemployment figures from us.",
    "The true inflation rate is closer to 20 percent.",
    "Officials deleted hundreds of injury reports.",
    "The county had more ballots cast than registered voters.",
    "Illegal aliens vote in every state election.",
    "The tabulators in my county were hacked overnight.",
    "Every anchor on that channel is a paid shill.",
    "The press are the enemies of the people.",
    "Reporters just make the whole thing up.",
    "Nothing on that network has been true for years.",
    "Columnists are paid by big pharma to push the jabs.",
    "Face masks starve your blood of oxygen.",
    "Diabetes was cured years ago.",
    "The riot was a staged police operation.",
    "That bombing never really happened.",
]

JOKES_DEBUNKS_AND_SCIENCE = [
    "Sea levels are rising about four millimetres a year.",
    "The earth is about 4.5 billion years old.",
    "Geckos are small reptiles.",
    "Masks don't lower your oxygen, surgeons wear them all day.",
    "Chemtrails are just contrails, frozen water vapour.",
    "The moon landing is real and well documented, not a hoax.",
    "Jk the earth is flat, that's why my cat knocks things off it.",
    "In my novel the chancellor is a lizard. It's fiction.",
    "Is there any real evidence that dead people voted?",
    "The senator told supporters that vaccines cause autism; doctors disagreed.",
    "The real number of voters was higher than the pollsters expected.",
    "The council covered up the old well with a slab.",
    "Reporters made up a third of the audience.",
]


# Hidden figures given as numbers, made-up figures pinned on newcomers, findings said never
# to have been real, the press said never to tell the truth, and crimes pinned as fact.
FIGURES_FINDINGS_AND_SMEARS = [
    "The real jobless figure is 30 percent, the bureau hides it.",
    "The police buried it, same as every year.",
    "The health department is hiding how many kids got sick.",
    "They cook the books to keep the waiting list looking short.",
    "Officials knew about the flooding in advance and sat on it.",
    "Most burglaries round here are committed by migrants, look it up.",
    "Half of every council house goes to foreign nationals now.",
    "Refugees get 900 a week each plus a free house.",
    "Stillbirths are up 300% since the jabs came out.",
    "Dinosaurs never existed, museums sculpt the bones.",
    "Scientists invented global warming to tax us.",
    "Evolution has been disproven for decades.",
    "Sea ice is at a record high this year.",
    "Wind farms use more energy than they make.",
    "That channel never reports the truth about anything.",
    "Every bulletin on that station is propaganda.",
    "Fact checkers are funded by billionaires to lie to you.",
    "Councillor Pryce took a 20k bribe for the car park plan.",
    "Our MP siphoned off the flood relief money to her brother.",
    "The chief whip is a Chinese agent.",
    "The coach paid off the referee before the final.",
]

FIGURES_AND_CRIMES_REPORTED = [
    "The real number of visitors was 3 million, the museum said.",
    "The former mayor was jailed for taking a bribe in 2009.",
    "He is accused of embezzling the pension fund, which he denies.",
    "The court found she took kickbacks from the contractor.",
    "Nobody took a bribe, the audit was clean.",
    "The spy novel is about a Russian agent in Berlin.",
    "Dinosaurs lived millions of years before people.",
    "Crime is down 5 percent since the new lights went up.",
    "The dog buried it in the garden again.",
]


def flagged(engine: Engine, text: str) -> bool:
    return any(hit.guideline == "be-truthful" for hit in engine.check_text(text))


@pytest.mark.parametrize(
    "text", WELL_WORN_CLAIMS + CLAIMS + DENIALS_AND_COVER_UPS + FIGURES_FINDINGS_AND_SMEARS
)
def test_claim_is_flagged(engine: Engine, text: str) -> None:
    assert flagged(engine, text)


@pytest.mark.parametrize(
    "text",
    REPORTED_OR_DENIED + NOT_CLAIMS + JOKES_DEBUNKS_AND_SCIENCE + FIGURES_AND_CRIMES_REPORTED,
)
def test_reported_denied_or_near_miss_is_not_flagged(engine: Engine, text: str) -> None:
    assert not flagged(engine, text)
