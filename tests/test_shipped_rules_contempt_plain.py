"""The shipped Be Nice rules on hate and contempt in plain words, groups other than women (cp4).

Moderator-voice comments that got through had no slur and no swear word: a people likened to
vermin or a disease, said to run the banks or the courts, told to go back where they came
from, painted as thieves "every one of them" ("Polish builders are all crooks", "once a gypsy
always a thief", "council estate people are born thieves"), said to have their hands in every
council, written off as barely human or as a condition to be bred out; and a commenter scorned
in plain words ("a failure like you", "your parents must be so ashamed of you", "crawl back
under your rock", "what a sad little person you must be").
Race, religion, nationality and migrants, disability, LGBT people, age and class are covered;
sexism was the round before. Near misses stay clean: news and history that report such
words, counter-speech, statistics with a source, a government or a company criticised
rather than a people, sport, disagreement without contempt, praise, sympathy and idioms
("a breeding ground for bacteria", "pest control"). Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines

CONTEMPT = [
    # "the article" named is no report of someone else's words
    "Share the article, immigrants are vermin anyway.",
    # a troll called out, still name-calling
    "shut up troll, nobody asked",
    # dehumanising comparisons
    "Those people breed like rabbits and then wonder why there are no houses left.",
    "Migrants are vermin, plain and simple, and the council keeps letting more in.",
    "gypsies are parasites living off the rest of us",
    "Somalis are a disease on this country and everyone knows it.",
    "Africans are like animals, they can't live in a civilised society.",
    "these people are cockroaches, they multiply wherever you let them",
    "The travellers are a plague on every village they camp in.",
    "Pensioners are useless leeches who bled this country dry.",
    "Albanians are a pest in every city in Europe.",
    "Refugees are an infestation and the government just lets it spread.",
    "Immigrants are flooding the country like a plague of rats.",
    "migrants pour over the border like a swarm of locusts",
    # a group said to control institutions
    "the jews control the banks and the media, always have",
    "Muslims are taking over the courts one judge at a time, wake up.",
    # go back where you came from
    "If you dont like it here go back to where you came from.",
    "go back to your own country mate nobody wants you here",
    "Why don't you go back to your village in Nigeria and stop telling us how to live.",
    # degrading stereotypes stated as fact
    "Romanians are all lazy thieves, lock your car.",
    "muslims r all terrorists in waiting dont kid urself",
    "Polish builders are all crooks, every single one of them.",
    "I have nothing against people, but the Pakistanis here are all criminals, it is fact.",
    "Iraqi drivers here are all maniacs and criminals.",
    "Nigerian men in this city are all scammers, everybody knows.",
    "Romanian beggars are all thieves, do not give them anything.",
    "Kurdish barbers round here are all drug dealers.",
    "The blacks are genetically less intelligent, that is just science.",
    # contempt without a slur, disability, LGBT people, age and class
    "Those people ruin every town they move into.",
    "Disabled people are a drain on the rest of us and should stop whining.",
    "the gays are grooming our kids in schools, open your eyes",
    "Trans people are mentally ill freaks and should be kept away from children.",
    "Chavs are subhuman, look at them in the high street.",
    "Homeless people are scum who choose to live like that.",
    "Old people are a burden on the young and should hurry up and go.",
    "Deaf people are useless in any workplace.",
    # barely human, devolving, bred out, hated for what one is
    "Eritreans are barely human, look at them.",
    "Migrants are barely human.",
    "honestly the trans people are devolving",
    "Sterilisation is the answer to the autism problem.",
    "Abortion is the best solution for down syndrome.",
    "Everybody hates you cos you're black.",
    "Everyone hates you because you're gay.",
    # the one addressed scorned in plain words
    "Nobody cares what a failure like you thinks.",
    "Nobody wants to hear from a loser like you.",
    "Honestly, who would listen to a washout like you.",
    "Your parents must be so ashamed of you.",
    "Your mum must be so embarrassed by you.",
    "I feel sorry for your kids, having to grow up with you as a parent.",
    "I feel so sorry for your wife, stuck with you every day.",
    "pity anyone who has to work with you",
    "Your parents should have drowned you at birth.",
    "crawl back under your rock",
    "slither back into your hole",
    "go on, scurry back under your rock",
    "Your whole life is pointless, just like your posts.",
    "your entire existence is a joke",
    "You are a waste of oxygen and everyone on this thread knows it.",
    "you are a disgrace to your family honestly",
    # a group's kind or lot sneered at
    "Typical of their lot, grab what they can and leave the mess for us.",
    "typical of your lot, moan moan moan and never pay tax",
    "what do you expect from their kind, they're all the same",
    # bred like vermin, a hand in every office, all alike, one of a people, born criminals
    "these ppl multiply like fleas in every council flat",
    "Sikhs have their hands in every council planning office, funny that",
    "They are all the same, these Bangladeshis, lying and cheating.",
    "Once a gypsy always a thief.",
    "Trust a Turk and you'll lose your wallet.",
    "A Muslim neighbour is a bomb waiting to go off.",
    "Council estate people are born thieves.",
    "Jews are not loyal to any country, only to each other.",
    "Down's kids should never have been born.",
    # the one addressed scorned: a sad little life, beneath contempt, incompetence idioms
    "Your opinion would matter if you had ever achieved anything in your sad little life.",
    "What a sad, empty little person you must be.",
    "You are beneath contempt and beneath reply.",
    "Honestly your kids deserve a better parent than you.",
    "I wouldn't trust you to run a bath, let alone a council.",
    "the polish have ruined this town, used to be decent before they came",
    "these foreigners come here and expect everything handed on a plate",
    "How about you take your family and your smelly food back to Bangladesh.",
    "Handicapped people should be kept out of sight, it upsets normal folk.",
    "what else do you expect from a bunch of immigrants, they do not know how to behave",
    "Get these Africans off our streets, they do nothing but cause trouble.",
    "Poor people breed too much and then cry about the cost of living.",
    "Your existence is an embarrassment to the human race.",
    "I genuinely feel dumber for having read your comment.",
    "honestly a child would make a better argument than you, and a smarter one",
    "Trans people are a contagion spreading through our schools.",
    "Immigrants are a tumour on this country.",
    "Disabled people are dead weight on society.",
    "The Irish are a race of drunks and thieves.",
    "Gypsies have no morals, it's their culture.",
    "you sound like someone who peaked in primary school",
    # in other voices: non-native English, a hurried hand, British put-downs
    "you are a shame for your family and for your country",
    "Sir you are worst person i ever see in comment section, go away",
    "why ur mother not teach u manners, very bad upbringing",
    "people like you should not be allowed to have children",
    "go bak to ur country we dont want u",
    "gays r sick peoples need doctor",
    "You have the personality of a wet paper towel.",
    "I've met lampposts with more going on upstairs than you.",
    "Do everyone a favour and stop breeding.",
    "You are what happens when cousins marry.",
    "Your husband must need a medal for putting up with you.",
    # the violation in the middle of a longer comment
    "Great article. Sadly the Chinese are a swarm of locusts eating everything. Anyway the "
    "photos were lovely.",
]

NEAR_MISSES = [
    # an article's words reported, and condemned
    "The article said immigrants are vermin, which is a disgrace.",
    # a claim about a people's investors put down to its source
    "The Chinese are buying up farmland in Africa, the report says.",
    # trolls talked about, not called names
    "Don't feed the trolls, just report them.",
    "The trolls are out in force today, ignore the trolls and move on.",
    "A Russian troll farm ran most of those accounts, the inquiry found.",
    # counter-speech, news and history that report such words
    "Calling migrants vermin is disgusting and the minister should apologise.",
    "The 1930s propaganda posters compared Jewish people to rats, the exhibition explains.",
    "In 1994 the radio station called Tutsis cockroaches before the genocide.",
    "The word parasite was used by the Nazis about Jews, and we should remember that.",
    "The report says that the phrase 'they breed like rabbits' is a common racist trope.",
    "He told me to crawl back under my rock, so I reported him.",
    "The claim that Polish workers are all thieves is nonsense.",
    "It is a lie that Kurdish barbers are all drug dealers.",
    "The claim that Eritreans are barely human was used to justify the camps.",
    "Refugees are not less than human, they are people like us.",
    "Nobody hates you because you are gay, ignore them.",
    # idioms, pests and animals
    "Rats have been seen near the bins on Market Street, the council says pest control is coming.",
    "Damp bathrooms are a breeding ground for bacteria.",
    "Rabbits breed quickly, so get your pet neutered.",
    "The locusts destroyed the crops in East Africa this year.",
    "Rats are a pest in every city in Europe, the study found.",
    "The infestation of bed bugs in the hotel was reported to the council.",
    "The drought is a blight on the farms this year.",
    "The snake slithered back into its hole.",
    "The hamster crawled back into its nest.",
    "Crawl back into the tent if it rains again.",
    "Fans poured into the stadium like a swarm of bees.",
    # statistics, governments and companies rather than a people
    "The ONS figures show net migration fell by 10 percent last year.",
    "Crime figures from the Home Office show burglary is down.",
    "The government of China is cracking down on protest, and that deserves criticism.",
    "Amazon treats its warehouse workers terribly.",
    "The banks control interest rates more than the government does.",
    "The media control the story and the courts are too slow, in my view.",
    "Those people at the council ruin every plan they touch, honestly.",
    # sport rivalry
    "United fans are the worst, we'll beat them on Saturday.",
    "That team plays like animals, they never stop running.",
    "Italian players are all cheats at diving, what a match.",
    # disagreement without contempt, oneself, praise and sympathy
    "You're wrong about the figures, the report says 12 percent, not 20.",
    "I disagree with your point about housing, but I see where you are coming from.",
    "I'm a failure at baking, but I keep trying.",
    "I was a failure like you once, it gets better.",
    "It was a failure like you would not believe, the whole system crashed.",
    "My parents would be ashamed if I voted for him, but they are old school.",
    "Your parents must be so proud of you, well done.",
    "Your parents must be so ashamed of the council for closing the library.",
    "I feel sorry for your kids, the school closure must be hard.",
    "I feel sorry for your family having to deal with the insurers after the flood.",
    "Your mother should have seen the doctor sooner, I'm sorry for your loss.",
    "Your whole life is ahead of you, don't give up.",
    "Typical of our lot at the office, nobody remembered the cake.",
    "What do you expect from a budget airline, honestly.",
    "Nobody like you has ever posted here, welcome!",
    "There is nothing like you in the whole world, I love you mum.",
    # the words of the shapes above in innocent use
    "Rumours spread like wildfire on the estate.",
    "Weeds spread like the plague in my allotment.",
    "Police have their hands full with the match on Saturday.",
    "The Chinese have their hands in every market because they make the goods cheaper, "
    "say economists.",
    "Lobbyists pull the strings at Westminster, and that should worry everyone.",
    "They're all the same, these politicians, promises and nothing else.",
    "Once a Red always a Red, I'll support Liverpool till I die.",
    "Once a refugee always a refugee, she said of her childhood in the camp.",
    "Trust a good mechanic and you'll save money.",
    "A Muslim neighbour helped us when the pipes burst.",
    "Every Nigerian student at the fair was given a free ticket.",
    "Jews are loyal to this country and served in both wars.",
    "The idea that Jews are not loyal to this country is an old antisemitic lie.",
    "What a sad little story, the kitten was lost for three days.",
    "Your sad little cactus needs more water.",
    "Your kids deserve a better school than this one.",
    "I couldn't boil an egg when I moved out, now I cook every night.",
    "Down's kids should have the same chance at school as anyone.",
    "Disabled people should be allowed to have children, the judge ruled.",
    "The oil spill is an embarrassment to the government.",
    "The war is a stain on humanity, the UN envoy said.",
    "I felt dumber after reading the terms and conditions.",
    "A child could do better than this council, honestly.",
    "My dog could run faster than me even at twelve.",
    "The floods have ruined this town's high street for a year.",
    "The developers have destroyed our village green.",
    "Tourists come here and expect sunshine in November.",
    "Refugees came here and built businesses that employ hundreds.",
    "Take your passport back to the office when you're done.",
    "Valuables should be kept out of sight in the car.",
    "What do you expect from a bunch of teenagers at a festival, it was loud.",
    "Get these cars off our streets and give us a cycle lane.",
    "Rabbits breed like crazy in spring.",
    "Migrants have rebuilt this town's high street, the mayor said.",
    "Corruption is a tumour on this country, the judge said.",
    "The virus is a scourge on care homes.",
    "The French have no shame about long lunches and good for them.",
    "Tourists have no manners on the tube.",
    "The Scots are a nation of inventors.",
    "The investors have bought up the old mill.",
    "I peaked in high school, honestly, it's all been downhill since.",
    "My brother says he peaked in primary school as a football player.",
    "It's a shame for your family that the flight was cancelled.",
    "You're the worst person to ask about cars, you told me that yourself.",
    "You should never have kids before you're ready, my mum told me.",
    "You should not have children in the car without a booster seat.",
    "My parents never taught me to swim, so I learned at forty.",
    "She has the personality of a golden retriever, everyone loves her.",
    "The new model has more brains than the old one.",
    "This car has more room than you'd think.",
    "My cousins married in June and it was lovely.",
    "Your wife deserves a medal for running the marathon.",
    "Gays are proud people and the march showed it.",
    "Americans are friendly people in my experience.",
    "I went bak to my country for Christmas, it was cold.",
    # the same groups named plainly
    "Disabled people face a huge drop in benefits under this plan, which is unfair.",
    "Travellers at the airport faced long delays due to the strike.",
    "Pensioners are struggling with heating bills this winter.",
    "Old people are a priority for the flu jab this year.",
    "The gay rights march drew thousands in London.",
    "Muslims across the city celebrated Eid at the park on Sunday.",
    "Many immigrants work in the NHS and keep it running.",
    "The Polish deli on the corner does the best bread.",
    "Polish builders are all booked up until March.",
    "The Iraqi drivers here are all volunteers for the aid convoy.",
    "Nigerian men in this city are all welcome at the new community centre.",
    "Romanian beggars were moved on by police, the paper reports.",
    "The panel debated whether screening for Down syndrome is ethical.",
]


@pytest.mark.parametrize("text", CONTEMPT)
def test_plain_contempt_is_caught(engine: Engine, text: str) -> None:
    assert "be-nice" in guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "be-nice" not in guidelines(engine, text)
