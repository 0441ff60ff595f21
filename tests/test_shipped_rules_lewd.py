"""Shipped Keep it Clean rules on lewd remarks: sexual slang, what one would do to someone.

Sentences are our own, written in the site's voice; none is copied from a data set.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import RATED_SCORERS

LEWD = [
    "The new weather girl? I'd tap that",
    "Honestly I would hit that.",
    "id bend her over the news desk",
    "I'd lick her all over, no question",
    "Gonna finger her till she screams",
    "He's a horny old goat and everyone at the council knows it",
    "Bet he jerks off to his own speeches",
    "She only answers his booty calls",
    "Half the committee sat there with a boner for the new stadium",
    # masked: p***y, p**sy, pu**y
    "Stop being such a p***y and answer the question",
    "the whole back bench are p**sies",
    "grab her pu**y, he says, and they still vote for him",
    # a demand with words between: "suck my big hairy balls"
    "Suck my big hairy balls, councillor",
    "suck on my throbbing cock",
    # crude euphemisms and explicit acts in plain words
    "The minister was hiding the salami with his aide all along",
    "Half the board has been bumping uglies at the retreat",
    "He spends all day choking the chicken instead of working",
    "Get a load of the rack on that presenter",
    "Did you see the rack on her though",
    "She's got plenty of junk in her trunk",
    "They keep talking about anal on stream again",
    "Those two influencers sell their nudes to anyone",
    "She was fingering herself on the live feed",
    # innuendo at a person, crude body talk, vulgar abbreviations and taunts
    "Cute avatar, bet your lips can do more than talk",
    "Keep mouthing off and I'll spank you, missy",
    "Tell your mum she was great last night",
    "Come sit on my lap and tell me about zoning",
    "The striker took a huge dump on the pitch, figuratively",
    "The keeper crapped his pants when he saw the penalty taker",
    "Ref was scratching his balls during the anthem",
    "This council is corrupt af",
    "Shove your petition where the sun doesn't shine",
    "The columnist who wrote this is a total piece of shit",
    # UK and Irish slang: the acts, the parts admired, vulgar names, clipped swearing
    "Bet the new signing is shagging the physio",
    "Rumour is she was sucking off the producer for that part",
    "I'd eat her out right there on the touchline",
    "He's been slipping her a length since the summer fete",
    "Finally got his end away after the awards do",
    "A bit of slap and tickle in the stationery cupboard",
    "All he needs is a quick hand shandy and a nap",
    "Caught doing the horizontal tango with the caretaker",
    "Lovely pair of bristols on the new presenter",
    "Cracking baps on her, mind",
    "Wouldn't kick that one out of bed",
    "Send us some nudes love",
    "The minister has a brain the size of his pecker",
    "Scratching his knackers through the whole anthem",
    "I'll wipe my arse with their manifesto",
    "Our keeper is a total bellend",
    "Listen to this tosser banging on about his second home",
    "That's so fkn true mate",
    # other languages' swearing in English-language threads
    "This government is full of chutiyas, yaar",
    "Putangina, the traffic on EDSA again",
    "Bumboclaat, the ref blind!",
    "The councillor is a pure cabron",
    "What a poes of a ref",
    "Kurwa, the trains are late again",
    "She's nothing but a puta",
    # innuendo aimed at someone: both halves of the double meaning
    "She can massage my hamstrings any time she likes",
    "He can tackle me from behind anytime",
    "Private coaching all night, if you know what I mean",
    "She must be a right tiger in the sack",
    "Pop round later, I'll keep you warm all night",
    "Turn up wearing nothing but a smile",
    "Proper bit of totty reading the weather",
    "That swimsuit photo has me hot under the collar",
    "Snap me babe",
    "Those jeans are doing god's work",
    "I like a girl who knows how to handle a big one",
    # sex in British and American slang, explicit acts and parking innuendo
    "Reckon they slipped off for a bit of how's your father at the gala",
    "Bet the striker's been laying pipe for her since preseason",
    "He went round to get his pipes cleaned, if you catch my drift",
    "The coach has been boning the physio all season",
    "Rumour is he was banging his secretary in the back office",
    "Everyone knows she went down on him after the awards",
    "Her punani is all over that account for a tenner",
    "He waved his trouser snake at the camera",
    "The video of them doggy style leaked within an hour",
    "Babe, you can park your car in my garage whenever you like",
    "He left his wife for some ho he met at the casino",
    "Come round mine and I'll show you what a real man can do",
    # the woman in the story named by her role, with a come-on's end; leering; her chest
    "That new barmaid at the Crown can pull my pint all night",
    "The blonde newsreader could read me my rights in bed",
    "That stewardess in the ad can check my seatbelt any way she likes",
    "The weather lady can warm my front, if ye know what I mean",
    "Phwoar, look at the new presenter",
    "Cracking pair on the new receptionist",
    "Check out the knockers on that reporter",
    "Stay in with me, I'll keep you warm and busy until morning",
    "He's thinking with his little head again, as usual",
    "Someone's taken a dump in the lift again",
    "I'd sooner lick a bollock than vote for him",
    # emoji pairs that say it without words
    "The new weather girl though 🍑💦",
    "Got something long and hard to show you, inbox me",
    "With lips like those she should be doing more than reading the news",
    # sex in plain slang, and a "private" session or pictures asked of someone
    "Word is the councillor got railed in the back of the limo",
    "She was on her knees for the producer, that's how she got the part",
    "His missus likes it rough, apparently",
    "Honestly I'd give her a private audition any day",
    "Nice profile, send some pics babe",
    "You can inspect my plumbing anytime, sweetheart",
    # whom someone sleeps with for the job; the come-on by a real man of somewhere
    "She only got the column because she's bonking the editor",
    "Everyone knows the new deputy is boning the headmaster",
    "Come round and I'll show you what a real Aussie can do",
]

CLEAN = [
    "I'd tap that app twice to renew the permit.",
    "Would hit that ball to the moon if I had his swing.",
    "Gonna ride him hard in the debate tonight, he deserves it.",
    "I would bend that rule over and over for a good cause.",
    "The Hornets won by twelve on Saturday.",
    "Workers fear they will get laid off before Christmas.",
    "She said she would lick the problem by the end of the year.",
    "The rhino's horn was sold on the black market.",
    "Rated 5* by the press, p. 4* of the guide",
    "The p-value was 0.04 and the party won by 3%.",
    # Latin 'cum' joining two nouns: a room or a building used as both, a person with two jobs
    "The old mill is now a kitchen-cum-dining room with a view of the weir.",
    "The chapel served as a church-cum-school until 1950.",
    "He was a singer-cum-actor before he ran for the council.",
    # cock and tits in their everyday senses and idioms
    "The new chairman strutted about like the cock of the walk.",
    "She cocked her head and cocked the pistol in the second act.",
    "The rebels cock a snook at the ministry every week.",
    "Coal tits and marsh tits came to the feeder in January.",
    # people and characters called Dick
    "Dick Schoof took office as prime minister of the Netherlands.",
    "Dick Advocaat named his squad for the qualifier.",
    "Dick Fosbury changed the high jump for ever.",
    "Dick Grayson was the first Robin.",
    "Kids suck my energy and my patience dry.",
    # the same words in their everyday senses
    "The deli is hiding the salami prices behind the counter sign.",
    "The shop has a nice rack of winter coats on sale.",
    "A blue-footed booby nested on the cliff.",
    "The storm dropped a huge load of rain on the coast.",
    "Oral arguments begin on Monday.",
    "Suck it up and get back to work, the coach told them.",
    "The new POS system at the store keeps crashing.",
    "Matsushita built the factory in 1962.",
    "I bet those hands can do more than type, hire her.",
    "The columnist wrote that the council had lost its way.",
    "I'm completely shagged out after the night shift.",
    "The vacuum sucked off the dust from the old shag carpet.",
    "She bent over the desk to sign the papers.",
    "Kick the old sofa out of the flat before the move.",
    "A lovely pair of gloves on the market stall for a fiver.",
    "Nice baps from the bakery on the corner this morning.",
    "He wiped his glasses on his sleeve.",
    "Tango lessons at the community hall, horizontal bar work after.",
    "Our bitch took the field trials by storm.",
    "Lund University published the study on Monday.",
    "Randi Weingarten spoke at the teachers' conference.",
    "The Gandhi family visited the temple.",
    "You can call me anytime about the bins.",
    "He can take my seat any time, I'm leaving.",
    "She's been in bed with the flu all week.",
    "The tender went to the mayor's cousin, wink wink.",
    "Crumpets and tea at the village fete.",
    "We kept the old folk warm all night when the power went.",
    "DM me the address and I'll bring the forms.",
    "The dress is doing well in the shops this season.",
    # the animals: a rooster, a donkey, a sea bird
    "The neighbour's cock starts crowing before five every morning.",
    "Mum's cock soup is the only cure for a cold.",
    "A bantam cock took best in show at the county fair.",
    "The jenny had a foal in spring and the old ass is very protective of it.",
    "The boobies on Ascension nest right on the cliff edge.",
    # pipes, parking and going down in their everyday senses
    "The council will lay new pipe under the high street in March.",
    "We had the pipes cleaned before the inspection.",
    "The price went down on the second day of the sale.",
    "You can park your bike in the rack by the library.",
    "He kept banging his head against the wall of council procedure.",
    "Ho ho ho, the council finally gritted the roads.",
    "It was a ho-hum display from the home side.",
    "A real man can do the school run too, says the campaign.",
    "Aubergine 🍆 parmigiana and a peach 🍑 crumble for the bake sale.",
    "Lips like that need lip balm in this wind.",
    # a role and "me" or "my" without a come-on's end, a pair of players, melons for sale
    "The nurse can see me any time tomorrow, the ward said.",
    "Our new receptionist can book my appointments any time, she is brilliant.",
    "That reporter could interview me in private if she wanted the full story.",
    "A nice pair on the bench tonight, both rookies played well.",
    "Melons on the market stall were two for a pound.",
    "Keep him company until morning, the doctor said, he shouldn't be alone.",
    "They kept the kids warm and fed all night during the power cut.",
    "She thought with her head, not her heart, and took the job.",
    # a dog by its breed or in the show ring, a lizard, a penguin, a laugh, a donkey
    "The champion at the county show was a springer spaniel bitch.",
    "Best in show went to a wire-haired bitch from Devon.",
    "A horny toad sunned itself on the porch all afternoon.",
    "Visitors watched the jackass penguins being fed at noon.",
    "Nobody could stop sniggering at the mayor's hat.",
    "Our old ass died last winter, the gentlest donkey we ever had.",
    # swearing reported in the news voice
    "The senator was censured after calling a rival a bastard on the floor.",
    # the same words in their everyday senses
    "The union railed against the pay offer all week.",
    "She was on her knees for an hour weeding the borders.",
    "He likes it rough on the pitch, a proper old-school centre half.",
    "She gives private lessons in piano on Saturdays.",
    "Send the pics of the flooding to the newsdesk, please.",
    "The plumber can inspect the boiler on Tuesday.",
    "Protesters were banging the mayor's door until midnight.",
    "Our keeper will show you what a real team can do on Saturday.",
]


@pytest.mark.parametrize("text", LEWD)
def test_lewd_remarks_break_keep_it_clean(engine: Engine, text: str) -> None:
    assert "keep-it-clean" in {hit.guideline for hit in engine.check_text(text)}


@pytest.mark.parametrize("text", CLEAN)
def test_everyday_senses_of_the_same_words_stay_clean(engine: Engine, text: str) -> None:
    # the rated scorers' flags are held to their own rate (tests.shipped.RATED_SCORERS)
    assert [h for h in engine.check_text(text) if h.rule not in RATED_SCORERS] == []


# Names and terms of history, scripture, art and places: not Keep it Clean (Be Nice reads
# some of these words on its own terms).
NAMES = [
    "Cock-a-leekie soup is on the menu.",
    "William the Bastard landed in 1066.",
    "Bastard feudalism shaped the Wars of the Roses.",
    "The Whore of Babylon appears in Revelation.",
    "The town of Dildo, Newfoundland, kept its name.",
    "Piss Christ was vandalised in Avignon.",
    "Samson slew them with the jawbone of an ass.",
    "Balaam's ass spoke to him on the road.",
    "Twatt is a village in Orkney.",
    "Never Mind the Bollocks turned forty this year.",
    "Sheila Dikshit was chief minister of Delhi for fifteen years.",
    "The Shitole family has farmed near Pune for generations.",
    "Shitterton in Dorset bought a stone sign so nobody could steal it.",
    "Bitche is a commune in the Moselle.",
    "Tourists kept stealing the sign in Fucking, Austria.",
    # places and surnames named with a listed word, told by the place noun or a kin title
    "Milford Haven's refinery is closing after fifty years.",
    "Cuntis has been a spa town since Roman times.",
    "Quadri Shittu was named man of the match.",
    "Bitchfield and Bassingthorpe share a parish council.",
    "Every Tom, Dick and Harry has an opinion on the bypass.",
    "Uncle Dick is ninety on Sunday and still drives.",
    "Wank is a mountain near Garmisch with a cable car.",
    "Snow closed Cock Bridge again overnight.",
    "The lighthouse at Shag Point was repainted.",
    "Fort Dick lost power during the storm.",
    "The word niggardly means stingy and has nothing to do with race.",
]


@pytest.mark.parametrize("text", NAMES)
def test_names_that_hold_a_crude_word_are_not_keep_it_clean(engine: Engine, text: str) -> None:
    assert "keep-it-clean" not in {hit.guideline for hit in engine.check_text(text)}


# The place, kin and animal readings stop short of swearing nearby.
STILL_SWEARING = [
    "This fucking road is a disgrace.",
    "A river of shit ran down the high street after the storm.",
    "What a dick move by the council.",
    "You little dick, sit down.",
    "This bastard hill nearly killed me on the bike.",
    "She's a milf and she knows it.",
]


@pytest.mark.parametrize("text", STILL_SWEARING)
def test_swearing_beside_place_and_animal_words_still_counts(engine: Engine, text: str) -> None:
    assert "keep-it-clean" in {hit.guideline for hit in engine.check_text(text)}
