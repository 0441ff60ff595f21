"""Shipped Be Nice and Keep it Clean rules: hate in plain words, and idioms that only look bad.

Sentences are our own, written in the site's voice; none is copied from a data set.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines

# Hate that got through before: each must break Be Nice.
BE_NICE = [
    # a dog or a cigarette only with the show ring or a count: these stay slurs
    "That bitch judged me all night.",
    "Got fags in my class lol.",
    # a group's lives worth nothing, no rights, lesser beings
    "Refugee lives are worth nothing to me.",
    "Honestly, gay lives don't matter.",
    "Those people have no right to live in this town.",
    "Human rights should not apply to migrants.",
    "Muslims will never be our equals.",
    "They are lesser beings and always will be.",
    # said to multiply like vermin
    "They breed like rats and take our jobs.",
    "Immigrants multiply like rabbits, just look at the schools.",
    # contempt said outright
    "I absolutely despise all lesbians.",
    "I have nothing but contempt for these Mexicans.",
    "Jews like you make me sick.",
    "These trans people disgust me.",
    "There is nothing worse than an immigrant.",
    "I would rather die than work with a Somali.",
    # stereotypes pinned on everyone
    "Typical of a Hindu to be that greedy.",
    "Only feminists can be so irrational.",
    "It's in refugees' nature to be violent.",
    "Most Arabs are seriously fucked in the head.",
    "Every woman is a gold digger.",
    # animals, vermin, filth
    "Migrants like you are no better than rats.",
    "Asians belong in a zoo.",
    "My dog is smarter than all of you Africans.",
    # a people called a drain or a blight; asylum seekers named as a group
    "Somalis are a drain on this country and always will be.",
    "Refugees are a blight on every town they are sent to.",
    "Asylum seekers are vermin, the lot of them.",
    # 'cripple' thrown at a person
    "That linesman is a useless cripple, get him off the pitch.",
    "You're nothing but a cripple living off the rest of us.",
    # conspiracy smears
    "The Jews control the banks and the media.",
    "Muslims are taking over our cities.",
    "Swarms of immigrants at the station again.",
    "Globalist bankers pull the strings in every election.",
    "You know who runs the Fed, look it up.",
    # go back to a named country
    "You should go back to Pakistan.",
    "Refugees, go back to Syria.",
    "If she hates our town so much she can go back to Eritrea.",
    "they should all swim back to Cuba",
    # likened to apes or vermin in how they act or look
    "Those Pakistanis behave like animals on the bus.",
    "she looks like a gorilla in that dress",
    "you lot are absolute filth",
    "Roma are nothing but thieves.",
    "immigrants need to shut the f up and be grateful",
    # insults at a person
    "such a petty little man, the councillor",
    "He is a sorry excuse for a coach.",
    "sit down you muppet",
    # slurs for women, as sexism
    "That bitch on council lied again.",
    "These hoes are all the same.",
    # sexism in plain words
    "Typical woman, she cannot even park.",
    "Women only care about money.",
    "Hypergamy explains every divorce.",
    "Stop being such a pussy and vote.",
    "women r just so fundamentally selfish",
    "Women are honestly so incredibly shallow.",
    "Girls can't take criticism, never could.",
    "another bimbo on the evening news",
    "the candidate's wife is a slapper",
    # 'gay' as a put-down
    "lol that is so gay",
    # slurs masked with symbols inside the word
    "Look at that n*gger",
    "Stupid f**got",
    "camel fuckers everywhere",
    "dont be such a spaz about it",
    # look-alike letters (kra, small capitals) and a symbol standing for the vowel
    "Another ĸike on the school board.",
    "what a ʀetard",
    "The chairwoman is a c@nt.",
    # transposed spellings
    "I haet refugees.",
    "Fukc all lesbians.",
    "Most Somalis are seriously fukced in the head.",
    "you absolute idoit",
    # conspiracy smears, sexism
    "the globalists who own every newspaper in the state",
    "women just cant understand the offside rule",
    "everyone knows she slept her way to the top",
    "she only got the job because she is pretty",
    # abuse in a chat: one word, or a pet brighter than you
    "freak",
    "even my goldfish is smarter than you",
    "look at them queers downtown",
    "the mayor is a dumb lazy pig",
    # vermin and apes, said of a people or of one person
    "The Roma are locusts, nothing more.",
    "that linesman is a dirty ape",
    "towel heads all over downtown",
    # home countries, string-pullers, women's brains
    "If you don't like it here, go back to Guatemala.",
    "why dont you go home to Pakistan",
    "The Rothschilds own the central banks.",
    "a woman's brain is smaller, everyone knows",
    # women said untrustworthy, the weaker sex, unfit for a job, their sport a joke
    "Never trust a woman with money.",
    "the weaker sex has no business in the dugout",
    "Girls should never be pilots.",
    "women's rugby is a joke",
    # generalisations in more words: traits, superiority, crime, a community as a disease
    "Arabs are sneaky, always have been.",
    "jews are all the same, every last one",
    "illegals are parasites",
    "whites are genetically superior to blacks",
    "Mexicans commit most of the crime around here",
    "the Roma community is a plague on this town",
    "Asians can't drive, simple as that",
    "put them back in their leaky boats",
    "they should all go back to their own countries",
    "Muslims are destroying our country",
    "the jewish lobby runs congress",
    "what a senile old hag",
    # a 6 or a 9 for a g
    "what a fa66ot",
    "ni99ers everywhere",
    # vermin thrown at one person; more shapes of group hate and sexism
    "you're vermin, all of you",
    "you cockroach",
    "gays are just confused",
    "trans is a sickness",
    "no muslims allowed in my shop",
    "girls are hopeless at maths",
    # dated racial slurs, 'queer' thrown at one person
    "a darkie moved in across the road",
    "the colored folks are taking over the park",
    "look at that stupid queer",
    # vermin in passing, thrown out, body-shaming names for women, a woman's place
    "Give them more council flats? Savages, every last one of them.",
    "kick the gypsies out",
    "she is a fat ugly heifer",
    "she is a nasty old sow",
    "Equal pay? Back to the kitchen, sweetheart",
    "a real man doesn't let his wife vote",
    "I would never vote for a woman",
    # plain-worded stereotypes: can't, eat, are all, come here to, in the middle of a comment
    "Bulgarians can't park, never could",
    "Filipinos eat dogs, ask anyone",
    "imams are all frauds preaching to kids",
    "Albanians only come here to sell drugs and claim benefits",
    "The match was dull and the parking was a nightmare but honestly Haitians eat cats and"
    " everyone in the stands knew it, anyway roll on next season",
    # coded hate
    "another car set on fire by youths from a certain community",
    "it's always the same ethnic group at the benefits office",
    "the zionist lobby owns every senator",
    # hate inside a call for harm to a group
    "Illegals should be gassed, no second chances",
    "DEATH TO THE INFIDELS",
    "Those refugees will never fit in, we should just get rid of them",
    # a woman's work put down to sex
    "she slept her way onto the front bench",
    "the presenter got the gig because she sleeps with the producer",
    # mild names thrown at another commenter
    "what a precious snowflake, seethe harder",
    "are you honestly that naive?",
    "the dumbest mayor this county ever elected",
    "keep seething maga, the count is final",
    "wow you really are an illiterate hater",
    "crime will drop once all the Somalis are deported",
    "the estate is overrun by third worlders",
    "thieving Bulgarians at the car boot sale",
    # a threat or a death wish aimed at the one addressed or at a people is abuse too
    "keep posting and we're going to find you and cut you to pieces",
    "I will hunt down your whole family, moderator",
    "we'd love to string up every last migrant in town",
    "burn in a fire, you and your column",
    "why don't you just go and die",
    "i hope your sister gets cancer",
    "die commenter",
    "you deserve to be shot for that column",
    "migrants like you deserve death",
    # stupidity pinned on people without the "you are" shape
    "the usual stupidity from the opposition benches",
    "the new mayor keeps playing dumb about the audit",
    "those commissioners are ignorant and arrogant",
    "no cure for stupid in this comment section",
    "Pathetic!",
    # vermin, apes and infestations said of people in other shapes
    "the lot on the third floor breed like maggots",
    "he eats like the animal he is",
    "the Roma by the river are a plague of rats",
    # a financier's circle or a people said to capture an institution
    "George Soros and his cronies paid off every judge in the county",
    "Mexicans are slowly infiltrating the school board",
    # sent back where they came from, in other words
    "Get back to Poland, you're not wanted here.",
    "Pack your bags and go back to India.",
    "These Nigerians should be shipped back where they came from.",
    "Deport the lot of them back to Romania.",
    # women said unfit for a trade, liars about assault, not to be hired; a slur for a woman
    "No woman has ever been a decent engineer.",
    "Women don't belong in the fire service.",
    "Female drivers are a menace, every single one of them.",
    "Women lie about assault to get attention.",
    "Never hire a woman, they just get pregnant and leave.",
    "She's nothing but a cheap tart.",
    # closer to apes, not fit to exist, a takeover in the passive or by sharia or replacement
    "Africans are closer to apes than humans.",
    "Disabled people are a drain and should not exist.",
    "The media is run by the Jews, wake up.",
    "Muslims want to impose sharia on all of us.",
    "Those people have been flooding in to replace us.",
    # a slur for women followed by 'about', not the verb
    "those bitches about to lose their seats on council",
    # two masks in one slur, a mask for the y, a masked slur for a woman
    "That councillor is a f*gg*t.",
    "Look at that d*ke in the front row.",
    "The new presenter is a wh*re.",
    # death wished on the one addressed or their family, in other shapes
    "I hope your kids get run over.",
    "May your whole family burn.",
    "I'd happily push you off a cliff.",
    "Go choke on it, moderator.",
    # wiped out, born bad, thieves by nature, the deicide libel, rape made a compliment
    "Muslims are a virus and must be eradicated.",
    "Black people are genetically violent.",
    "Gypsies steal anything that isn't nailed down.",
    "Jews killed Jesus and never paid for it.",
    "She's too ugly to be raped.",
    # a chat bot insulted as a machine
    "useless bot, you never understand a thing",
    "I hate this dumb robot",
    # the one addressed told they are unloved, brainless or smelly, or to get screwed
    "nobody likes you, admin",
    "you have no brain cells left",
    "u stink",
    "just go screw yourself",
    "Stupid chinks in the shop overcharged me again.",
]

# Sexual propositions and masked swearing break Keep it Clean.
KEEP_IT_CLEAN = [
    "Let's have sex tonight",
    "Show me your boobs",
    "are you horny",
    "i would shag the new weather girl tbh",
    "Id bang her in a heartbeat",
    # the s-word masked inside a compound
    "that budget is pure horsesh*t",
    "another sh*tstorm at the school board",
    # transposed spellings, a symbol standing for the vowel
    "fukc this weather",
    "she is a total sl@t",
    # a mask of stars alone, slang spellings
    "F*** this weather",
    "so f### the council then",
    "that mofo cut the queue",
    "fuxk the parking meters",
    "nice boobs on the billboard",
    # the n-word's vernacular spelling masked inside
    "that ni**a cut the queue again",
    # the n-word's diminutives and blends, however casually meant
    "see you at the rally tomorrow, my niglet",
    "the new councillor acts like a total wigga",
    "those nigglets were loud on the bus again",
    # the same words aimed at people, despite the names and idioms above
    "the new chairman is a pompous cock",
    "he is a prick of the first order",
    "the councillor is a dirty hoe",
    "I'd call her a bitch to her face any day",
    "she is a dirty slut and the whole street knows it",
    "I deny nothing, you bitch",
]

# Idioms and names that contain a slur or a swear word: clean.
CLEAN = [
    "Rabbits in the park breed like crazy every spring.",
    "The council built a new dyke to stop the flooding.",
    "They ate faggots and peas at the pub.",
    "He went outside for a fag break.",
    "The cleaners left the kitchen spic and span.",
    "Coon Rapids approved the school levy.",
    "The Rio Negro floods every year.",
    "Homo naledi was found in a South African cave.",
    "The drug may retard the growth of tumours.",
    "Dick Durbin spoke in the Senate.",
    "Spotted dick is a classic British pudding.",
    "The rollout was a complete cock-up.",
    "Pond scum covered the lake by August.",
    "American Idiot opens on Broadway.",
    "Stop pussy-footing around and fix the bridge.",
    "The barn hosts hoe-downs every Friday in July.",
    "The bastard son of the king inherited nothing.",
    "A wild ass was spotted in the reserve.",
    "She wears a hag stone on a string for luck.",
    "Pulled the tranny out of my truck last weekend.",
    "Whiggish historians saw the Reform Act as bound to happen.",
    "The Whiggery of the old party faded after 1850.",
    # names, places, birds, pinpricks, meatballs and cigarettes
    "Alan Cumming starred in the revival at the Donmar.",
    "The by-election in Chorlton-cum-Hardy was close.",
    "The Cum-Ex tax fraud trial resumes in Bonn.",
    "We walked along Plymouth Hoe at sunset.",
    "Hoe Street in Walthamstow is closed for resurfacing.",
    "Cock Lane in Smithfield reopens after the roadworks.",
    "A cock pheasant ran across the lane in front of the bus.",
    "The prick of the needle was the worst part of the jab.",
    "Pork faggots for tea at the church hall, two pounds a plate.",
    "My grandad smoked twenty fags a day until he was seventy.",
    "The Bitch Creek trail is closed after the fire.",
    "We stayed in a cottage near Titty Hill last summer.",
    "A coon cat won best in show at the county fair.",
    "The Slutwalk protest marched through the city centre on Saturday.",
    # an insult named as one nobody should be called
    "I'd never call anyone a bitch, that's not how I was raised.",
    "Nobody should be called a slut for what she wears.",
    "He denied ever calling his opponent a bitch.",
    "She denies calling the mayor a liar, her lawyer said.",
    "Immigrants are a drain on the NHS, the leaflet claimed without evidence.",
    "The strike could cripple the railways for a week.",
    "Tariffs like these cripple small firms on the high street.",
    "The war left him a cripple, his memoir says.",
    # an insult mentioned with its target, or denied
    "Calling immigrants vermin is how it always starts.",
    "Nobody is calling you an idiot, relax.",
    # a stereotype named as one, recanted, or reported after it
    "Asians can't drive is a racist stereotype that needs to die.",
    "I used to think lesbians are just confused. I was wrong.",
    "Refugees commit most of the crime, the flyer claimed without evidence.",
    "Some people say women are too emotional to lead. They are wrong.",
    "He called me a moron in the comments and I reported him.",
    "Men are superior to women in grip strength on average.",
    "He carried a faggot of sticks to the bonfire.",
    "The hoes and rakes are in the shed.",
    "A ball cock in the cistern failed and flooded the flat.",
    # counter-speech and mentions: quoting or naming hate is not hate
    'Saying "women are inferior" is disgusting.',
    "Statements like gays are disgusting hurt real people.",
    "He was suspended for tweeting that Muslims are terrorists.",
    "It's not okay to call people faggots, ever.",
    "Calling people idiots never helped anyone.",
    "I was a total idiot back then, I admit it.",
    "Proud to be a dyke, and proud of this town.",
    "She keeps a breeding bitch and her puppies.",
    "The bitch is in season, so keep her away from the park.",
    "Dog breeders showed three bitches at the county fair.",
    # history and news that report dehumanising language
    "The columnist compared immigrants to filth and was sacked.",
    "He likened Muslim refugees to vermin in a 2015 speech.",
    "The theory that Jews control the banks has been debunked.",
    # criticism of an idea, the speaker's own folly, a threat quoted in court
    "The parking plan is utterly idiotic.",
    "Only a moronic budget would cut the fire service.",
    "Don't be an idiot like me and forget your ballot.",
    "The message read 'you are useless', the prosecutor said.",
    # an animal word said of an animal
    "Honestly my cat is a greedy little pig at breakfast.",
    # a trope named as a claim, or rejected after it
    "The claim that Jews control the media is an antisemitic conspiracy theory.",
    "The rumour that immigrants are taking over our towns is a racist lie.",
    # wishes of death that are not aimed at anyone, or denied
    "Old habits die hard at the planning office.",
    "Without the clinic, the elderly will just die waiting for a bed.",
    "No migrant deserves to die crossing the sea.",
    "I would never hurt you or your family, whatever you wrote.",
    # stupidity owned by the writer, or an idea called stupid
    "I felt pretty stupid asking the clerk twice.",
    "The idiocy of the new parking scheme is plain to see.",
    # place names that contain a slur, a garden hoe, an insult named as a kind or denied
    "The Dykes Inn on the coast road reopens on Friday.",
    "Residents want Coon Creek Road resurfaced before winter.",
    "She bought a hoe and a rake at the garden centre.",
    "Leave the spades and hoes by the allotment gate.",
    'Name-calling like "moron" has no place in this debate.',
    "Nobody said the mayor was a liar.",
    # a caricature reported, an insult denied, a dog, journeys home, boilers, pastry, robots
    "Nineteenth-century cartoons drew Irish immigrants as apes, the historian said.",
    "Nobody in this thread called you a bigot.",
    "The vet said my bitch is due to whelp in May.",
    "Our bitch won best in show at Crufts this year.",
    "His dam was a champion bitch, and her mother before her.",
    "Popped out and bought 20 fags and a paper.",
    "Coon cheese is on offer at the corner shop.",
    "Keep the kitchen spick and span.",
    "Being poor doesn't make you stupid.",
    "He went back to Poland after his mother died.",
    "She flew home to Jamaica for the wedding.",
    "The faulty boilers should be shipped back to China, the council said.",
    "No woman has ever been elected mayor of this town.",
    "A lemon tart and a pot of tea, please.",
    "The robots are coming to replace us at the checkout.",
    "I'm not saying you're an idiot, I'm saying the plan is flawed.",
    "I hope you get the job, good luck on Monday.",
    "May your holidays be peaceful.",
    "The council bought a robot lawnmower for the park.",
    "You smell the smoke long before you see the fire.",
    # a generalisation refused or called a lie, an insult refused
    "Not all men are pigs, my brother is lovely.",
    "You can't just say Jews run the banks, that's an old lie.",
    "Don't tell me trans people are mentally ill, my cousin is trans and fine.",
    "I refuse to call her a bitch even though she beat me at chess.",
    # a weak spot and an earthwork, not slurs
    "There is a chink in the government's armour on housing.",
    "The sea dyke was raised a metre after the floods.",
]


# A word spelt out letter by letter after a one-letter word ("a", "u", "i"): the collapsed
# view joins the two, and reads the spelt word on its own as well.
SPACED_AFTER_ONE_LETTER = [
    "what a r-e-t-a-r-d, read the bylaw first",
    "u r.e.t.a.r.d, nobody reads the small print",
    "i s-h-i-t you not, the bus never came",
    "the clerk was a c u n t to everyone in the queue",
    "only a f-a-g would defend that stadium deal",
]

# The one-letter word apart reads as a word too ("I h a t e" is "I hate"), and a spelt-out
# word that starts with a, i or u still reads whole before what follows it.
SPACED_AFTER_I = [
    "I h-a-t-e immigrants and I don't care who knows it.",
    "i h a t e women who talk during the match",
    "I-m-m-i-g-r-a-n-t-s are vermin and should leave.",
    "A s i a n s are all the same, honestly.",
]

# Spelt-out initials next to one-letter words stay clean.
SPACED_INITIALS = [
    "The U S A and the F B I signed the agreement on Monday.",
    "My daughter learnt her a b c at the library's reading club.",
    "Vitamins a b c and d are in the school lunch now.",
    "I think the U N should send observers, a b c news said.",
]


@pytest.mark.parametrize("text", SPACED_AFTER_ONE_LETTER)
def test_a_word_spelt_out_after_a_one_letter_word_breaks_keep_it_clean(
    engine: Engine, text: str
) -> None:
    assert "keep-it-clean" in {hit.guideline for hit in engine.check_text(text)}


@pytest.mark.parametrize("text", SPACED_INITIALS)
def test_spelt_out_initials_stay_clean(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []


# Swearing at a thing, not a person: Keep it Clean may warn, Be Nice stays out of it.
SWEARING_NOT_AT_PEOPLE = [
    "He caught a huge pike, a real bastard of a fish to land.",
    "That hill is one bastard of a climb on a bike.",
    "Residents bitch about the parking every single week.",
]


@pytest.mark.parametrize("text", KEEP_IT_CLEAN)
def test_sexual_and_masked_swearing_break_keep_it_clean(engine: Engine, text: str) -> None:
    assert "keep-it-clean" in {hit.guideline for hit in engine.check_text(text)}


@pytest.mark.parametrize("text", CLEAN)
def test_idioms_names_and_decent_remarks_stay_clean(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []


# nice6: a woman in public life, or women as such, put down for being a woman (issue 12).
WOMEN_PUT_DOWN = [
    "Honestly the lady mayor is far too emotional to run a city of this size.",
    "She's too hormonal to be trusted with the nuclear codes.",
    "That weather presenter should be at home raising her kids instead of waving at maps.",
    "The new chancellor is just a pretty face, nobody will listen to her.",
    "Everyone knows the councillor was only picked because she is a woman.",
    "The female anchor is too old to be on television any more.",
    "Shut up and look pretty, nobody asked for your opinion on tariffs.",
    "Girls are naturally less logical than boys, that's why so few do physics.",
    "Women shouldn't be allowed to vote on matters of war.",
    "All women ever care about is money and status.",
    "Single mothers are basically leeches on the taxpayer.",
    "The minister snapped at reporters again, she must be on her period.",
    "Who let that shrieking harpy chair the committee?",
    "Is she on the rag or just bad at her job?",
    "I'm telling you, that anchor should be at home with her kids.",
]

# The same words reported, argued against, asked, or about a woman's work and not her sex.
WOMEN_NOT_PUT_DOWN = [
    "The claim that the female judge is too emotional to rule is plainly sexist.",
    "Is the mayor too tired to run again? Some voters think so.",
    "She should be at home resting after the surgery, her doctor says.",
    "The senator is not just a pretty face, she wrote half the bill.",
    "He got the job because of his experience, not his looks.",
    "Women are less likely to be hired as engineers, the survey found.",
    "Women should be allowed to vote, and they have been for a century.",
    "Nobody should say a woman is too emotional to lead.",
    "The presenter's interview with the minister was sharp and fair.",
    "The shrill whistle of the kettle woke the baby.",
    "Menopausal women need better care from their doctors.",
    "She is menopausal and her GP changed the dose.",
    "Calling her a screeching harpy is sexist, whatever you think of her policy.",
    "A man on the bus kept telling the driver she should be at home with her kids.",
]


# nice6: a people said to secretly run governments or to be replacing another on purpose,
# and people told to go back where they came from, in wordings the older patterns missed.
TROPES_AND_GO_BACK = [
    "Globalist bankers quietly own every government in Europe.",
    "The Zionists have bought Westminster, both front benches answer to them.",
    "Politicians are flooding the towns with foreigners to replace the native English.",
    "Nigerians are outbreeding the white majority and nobody in power cares.",
    "They want to replace us with Muslims, look at the school intake.",
    "This is a deliberate replacement of native Europeans, plain and simple.",
    "Deport the whole lot back to their own countries on Monday.",
    "Ship every one of those families back where they came from.",
    "Send them all back to their own land, this is ours.",
    "Crawl back to the hole you came from.",
    "Get back to Somalia where you belong.",
]

# The trope named or reported, replacing things rather than peoples, people going home.
NOT_TROPES_OR_GO_BACK = [
    "The idea that globalists run every government is an antisemitic trope.",
    "The council will replace the old bridge with a wider one.",
    "Robots are replacing factory workers across the region.",
    "Historians describe how the pamphlets claimed Jewish bankers controlled the government.",
    "The so-called great replacement theory has no basis in census data.",
    "Her grandparents went back to their own country after the war.",
    "The team flew back to where they came from after the final.",
    "The deported men were sent back to their home countries last week, the ministry said.",
    "Is it true that the government plans to replace the native trees along the river?",
    "Put the books back where they belong.",
    "We will fly the kids back to their own country after the holiday.",
]


# nice6: stereotypes of women as such, and "go home" told to people, in plain words.
STEREOTYPES_AND_GO_HOME = [
    "Women are terrible drivers, every single one of them.",
    "Women only go to university to find a husband.",
    "A woman's job is to raise children and keep quiet.",
    "Girls just aren't cut out for engineering.",
    "Women are not built for leadership.",
    "Women will always choose feelings over facts.",
    "Women should stay home and raise the kids.",
    "Go home to your own country, this is not your place.",
    "Get out of our country and go back to the desert.",
    "The governor can't handle a crisis because she's a woman, simple.",
    "Decent speech, not bad for a girl.",
    "She's actually quite smart for a woman.",
]

# The stereotype answered, named or argued against; advice to rest; a team going home.
NOT_STEREOTYPES_OR_GO_HOME = [
    "Women are terrible drivers? The insurance figures say the opposite.",
    "Anyone who says girls aren't cut out for engineering should meet our graduates.",
    "Women are not suited to the old uniforms, so the army redesigned them.",
    "Women should stay home and rest for two weeks after the operation, the surgeon said.",
    "Our players go home to their own country for the winter break.",
    "The idea that women choose feelings over facts is an old stereotype.",
    "She lost the final because she was injured, the coach said.",
    "Pretty good for a woman who started running at fifty.",
    "The clinic is good for a woman who needs quick advice.",
]


# nice7: a whole people written off in one sweep, and milder verdicts on the one addressed.
SWEEPING_CONTEMPT = [
    "Honestly every woman in this town is a gold digger.",
    "All Polish women are lazy, ask anyone.",
    "Feminists are just attention whores.",
    "All women are the same, don't waste your time.",
    "All women are basically toddlers with credit cards.",
    "Hiring a Hindu as manager was the worst mistake the firm made.",
    "Refugees simply can't help themselves.",
    "If the advice came from a lesbian it has to be nonsense.",
    "Their lives aren't worth a damn, they're only immigrants.",
    "Asians are never remotely honest.",
    "I won't lift a finger to rescue a gay man.",
    "Muslims can all just go fuck themselves.",
    "Feminists keep lecturing us, we're going to make them suffer.",
    "No woman has the intelligence to manage a budget.",
    "No girl has the wits to run a team, sorry.",
    "You are nothing but a Sikh, sit down.",
    "A country run by women will always fail.",
    "I'm starting to feel a deep hatred towards feminists.",
    "Women just suck at stand-up, admit it.",
    "Women make lousy bosses, every time.",
    "Feminists ruin everything they touch.",
    "Never listen to what women say, watch what they do.",
    "What else is she good for besides that?",
    "She is well past her sell by date, nobody wants her.",
    "Hinduism is a backward religion, full stop.",
    "Trans women are not real women and never will be.",
    "Transwomen are just men in dresses.",
    "Refugees don't even deserve human rights.",
    "This country would be so much better off without Somalis.",
    "What is it with you bloody feminists?",
    "I don't want a Sikh moving in next door.",
    "Lesbians just need a real man, that's all.",
    "Nigerians are still living in mud huts.",
    "Being gay is just a lifestyle choice.",
    "Every Somali is a born criminal.",
    "Eritreans are a sneaky tribe, all of them.",
    "Transgenders belong in a psych ward.",
    "Atheists are headed to hell, every one of them.",
    "Synagogues should all be torched.",
    "We have to ban the Koran, simple as that.",
    "Round them all up into camps.",
    "The Jews were behind all the wars last century.",
    "Migrants bring nothing but disease.",
    "Autistic babies should never be born.",
    "Wives belong to their husbands, end of.",
    "If my daughter came out as a lesbian I'd throw her out.",
    "I would disown my boy if he turned out gay.",
    "Immigrants are the main reason for all the violence here.",
    "Just sink the dinghies and be done with it.",
    "Sink the boats, every one of them.",
    "Why are refugees even allowed to work?",
    "See what happens when you let feminists run things.",
    "We must resist the islamisation of our towns.",
    "The mentally ill should be locked away for good.",
    "Ship them back to their jungles.",
    "Women can't feel real love, only need.",
    "Girls will never be loyal, bro.",
    "She's a ho and everyone knows it.",
    "He went back to his side ho again.",
    "To him she's nothing but a piece of meat, and he's right.",
    "Girls are only baby factories.",
    "Wives ought to be treated like livestock.",
    "You gotta treat women like dogs or they walk all over you.",
    "You need to train your wife like a dog.",
    "All he ever talks about is getting pussy.",
    "Racking up a pussy count is all these lads care about.",
    "Quit being a weak pussy and stand up to him.",
    "You're just ridiculous, read the bill.",
    "You are nuts if you think that will pass.",
    "You're a horrible human being, honestly.",
    "You are just a phony and everyone here knows it.",
]

# The same words denied, answered, reported, or about something else.
NOT_SWEEPING_CONTEMPT = [
    "Not all men are the same either, and most women know it.",
    "All the refugees are tired of the queues at the border.",
    "Women are not gold diggers, and the divorce data shows it.",
    "Electing a woman as mayor was the best decision the town made.",
    "Putting a rookie in charge was the biggest mistake of the season.",
    "The puppies just can't help themselves around the food bowl.",
    "If the letter came from a solicitor it must be genuine.",
    "I will never lift a finger against a refugee.",
    "No woman has the right to be paid less than her colleague.",
    "People who say all women are the same have never met my sisters.",
    "You're crazy good at chess, teach me.",
    "This traffic drives you crazy by Friday.",
    "You are so silly, I love it.",
    "You are a good person and a better friend.",
    "Are you a real human being or a bot?",
    "Companies run by women are no more likely to fail, the study found.",
    "Countries led by women avoided a collapse in trust during the pandemic.",
    "We fight hatred towards women in every school we visit.",
    "Never listen to what the salesman says about mileage.",
    "The yoghurt is past its sell by date.",
    "Hinduism is a peaceful religion for most who follow it.",
    "Trans women are real women, the tribunal ruled.",
    "Refugees don't deserve this treatment at the border.",
    "The world would be better off without landmines.",
    "We don't want immigrants living in fear of raids.",
    "Being gay is not a choice.",
    "Every immigrant is a potential voter in the by-election.",
    "The old church should be demolished, the council said.",
    "Refugees bring nothing but the clothes on their backs.",
    "Campaigners called for a ban on hate speech against Muslims.",
    "We sent them all to camps in the Lake District for the summer.",
    "Women should not have children if they don't want to.",
    "Disabled people should be able to have children with proper support.",
    "If my son came out as gay I would be proud of him.",
    "Poverty is the main reason for the violence here.",
    "The storm could sink the boats moored in the bay.",
    "Why are women allowed to vote? Ask the suffragettes.",
    "Criminals should be locked away for good.",
    "Women can't be happy when they are paid less for the same work.",
    "Land ho, shouted the lookout.",
    "Santa's ho ho ho echoed round the mall.",
    "A Ho Chi Minh City bus tour.",
    "Don't treat women like dogs, treat them like people.",
    "Women were treated like property for centuries under that law.",
    "Women should be treated like equals at work.",
    "Their regime treats women like slaves, the report says.",
    "The pussy willow by the gate is out early this year.",
    "Thousands wore pussy hats at the march downtown.",
    "Members of Pussy Riot were detained again.",
]


# nice10: the nice8 and nine shapes read with wider classes (peoples of South Asia, Africa and
# the Caribbean, generations, more put-down adjectives) and in other wordings: control tropes
# in other verbs or the passive, rights denied "in" a place, more dehumanising shapes.
WIDER_CLASSES = [
    "The Zionists fund every protest on campus, follow the money.",
    "Soros and his cronies bankroll every march in the capital.",
    "The evening news is owned by one ethnic group, always has been.",
    "The Biharis took over the depot and only hire their own now.",
    "They look after their own and keep the locals out of every contract.",
    "Gujaratis are being brought in on purpose to outvote us.",
    "The great replacement isn't a theory, it's the timetable.",
    "Their whole tribe takes orders from the embassy, every one of them.",
    "The great replacement is real, look at any primary school.",
    "Nigerians shouldn't be allowed in this neighbourhood.",
    "Kenyans should have no say in our elections.",
    "I can't stand Zimbabweans, they ruin every queue.",
    "Ghanaian traders are all the same, loud and crooked.",
    "Tamils infest every corner shop on the high street.",
    "That councillor is a walking tumour on this town.",
    "Honestly that lot are trash that learned to vote.",
    "Bengalis are poisoning our schools with their ways.",
    "Those people aren't even human, look at them.",
    "The whole estate is cockroaches, nothing else.",
    "Bulldoze the lot and start over.",
    "You can't civilise savages, history proves it.",
    "Punjabi students swarm like locusts round the library.",
    "Girls cant aim, it's a fact of life.",
    "Within a generation they will outbreed us, count the prams.",
    "Pipe down, you jobless muppet.",
    "He types like a kid with special needs, honestly.",
    "Chavs shouldn't have kids, end of.",
]

# The same words funding, tending or taking orders plainly, reported, rebutted or literal.
NOT_WIDER_CLASSES = [
    "The foundation funds every protest against the dam, its accounts are public.",
    "The claim that Soros bankrolls every march is an antisemitic conspiracy theory.",
    "The club has been run by the same family for ninety years.",
    "The co-op only hires its own members, as the rules require.",
    "Good neighbours look after their own and anyone else who needs it.",
    "The claim that Gujaratis are brought in to outvote us is racist nonsense.",
    "Rabbits outbreed the foxes in a wet spring.",
    "The great replacement is a conspiracy theory with no basis in fact.",
    "The whole squad takes orders from the coach, as it should.",
    "Nigerians shouldn't have to queue for days for a visa.",
    "Not all Ghanaian traders are the same, mine is lovely.",
    "I can't stand the Zimbabwean team's bowling today.",
    "The walking tour of the old town starts at ten.",
    "Some dogs that learned to open doors were filmed by the vet.",
    "The town's rats are a nuisance since the bins were cut.",
    "You can never tame a wild animal completely.",
    "The village is full of rats since the flood, the council says.",
    "The kids swarm like bees round the ice cream van, bless them.",
    "The people on the dole shouldn't have to wait six weeks for payment.",
    "You're about to see a basement flat, it's damp.",
    "The Chinese funded the new port, the minister said.",
    "Women couldn't vote in that canton until 1971.",
]


# nice11: Be Nice's shapes read in a fourth voice (issue 12): a people named by an adjective and
# a noun ("the Marwari lobby", "Hausa traders", "trans ppl"), sent back by more wordings and to
# more places, tropes hinted at ("ever notice who owns ..."), rights lost, sects and names for
# believers, sexism and ableism of the gaming and regional voices, and slurs the lists left out.
OTHER_VOICES = [
    "Somalis should pack up and go home, the lot of them.",
    "bro go back to Zambia, we're full",
    "If you love Portugal so much then go and live there.",
    "Return to your motherland, you were never welcome.",
    "Honestly I reckon Venezuelans should go home.",
    "We need to ship the lot of them back to Lagos.",
    "The Marwari lobby owns every newspaper in the state.",
    "Lebanese families keep all the imports in their pockets.",
    "The Fulani agenda is to take every farm in the middle belt.",
    "Feminists are paid by foreign donors to destroy our families.",
    "Catholics keep having babies so they can outvote everyone else.",
    "Ever notice who owns the banks? Look it up.",
    "Hausa traders should lose their voting rights.",
    "No foreigner should ever be allowed to own land here.",
    "Zambians should be barred from our clinics.",
    "Sikhs shouldn't be allowed to build gurdwaras in this ward.",
    "No atheists in government, ever.",
    "Tamils in this town are no better than termites.",
    "Dalit people live like rats and then complain.",
    "That whole clan is a plague on the district.",
    "Pentecostals are all devil worshipers and heretics.",
    "Shias are not real Muslims, simple as that.",
    "Rastas worship a dead man and smoke all day.",
    "Girls nowadays only chase a man with money.",
    "Who lets girls commentate on the darts?",
    "Daughters shouldn't go to university, it spoils them.",
    "Lady referees get far too emotional to handle a derby.",
    "A woman's place is cooking for her husband, not running a bank.",
    "Dudes are all incapable of empathy, every one.",
    "Chicks got no business driving a truck.",
    "Females ain't built for politics, too soft.",
    "No man should take orders from a woman boss.",
    "Typical ghetto rat, always begging.",
    "This ref is autistic or what?",
    "Schizo behaviour from the council again, honestly.",
    "Lock him up in a mental hospital, he's unfit.",
    "The mayor is crippled in the head.",
    "How can a blind man run a ministry?",
    "Slum dwellers have no manners at all, every one of them.",
    "Cripples holding up the queue again, just stay home.",
    "Poor ppl are just lazy, every one of them.",
    "Autistic ppl have no empathy at all.",
    "Those k*ffirs are ruining the township.",
    "Another coolie running the shop into the ground.",
    "That batty boy should be run out of the parish.",
    "These kwerekwere are taking over the rank again.",
    "Mexicans are takin all the jobs round here.",
]

# The same words in travel, sport, news, a recipe, an owned name, a report or a denial.
NOT_OTHER_VOICES = [
    "We go back to Zambia every June to see my grandparents.",
    "We're hoping to go back to Ghana for the wedding.",
    "I might fly back home to Kenya after exams.",
    "I want to go back to Portugal next summer for the food.",
    "It's not your country's decision to make.",
    "The hikers had to go back where they came from after the storm.",
    "Refugees must return home only when it is safe, the UN says.",
    "Muslim traders run the market in the old town.",
    "The Irish lobby in Washington has long pushed for visas.",
    "The black agenda for the election was launched today.",
    "Kenyans run the whole marathon circuit these days.",
    "Refugees shouldn't have to wait for benefits.",
    "Many Catholics are sick of the scandals in their church.",
    "I don't think people on benefits are lazy, most are in work.",
    "Not all Rastas smoke, my uncle never touched it.",
    "Add a kaffir lime leaf to the soup.",
    "We coolies built the railway, my grandfather used to say.",
    "The claim that Brahmins secretly run the civil service is a casteist myth.",
    "The gang is grooming kids on the estate, police warn.",
    "Women in parliament are no longer rare, the study shows.",
    "The idea that girls shouldn't be educated is a relic.",
    "The hospital has a good mental health ward.",
    "Folks on food stamps should not have to wait a month for a payment.",
    "Poor ppl are not lazy, they work two jobs.",
    "Look at who owns the club now, it's a pension fund.",
    "A woman as finance minister delivered the best budget in years.",
]


# nice13: the shapes a new author shares with the last ones (issue 12): women as a class with
# what they always or never do, barred from running things or hired for a quota; a people with
# a secret plan, a cabal running the money or the wars, a people smeared as freeloaders and
# criminals; sent back "on the next boat" or "to whatever country she came from", no vote for
# them; contempt for any people, dehumanising talk about "people from the camps", a faith
# called backward; the reader's face, wits and basement.
CARRIED_OVER = [
    "Don't bother arguing with women, they only go on feelings.",
    "Women talk too much, nothing ever gets decided.",
    "Females only date for the money, every one of them.",
    "Why would anyone hire a woman plumber?",
    "Woman driver again, say no more.",
    "Keep your women in line, lads.",
    "What would a woman know about running a brewery?",
    "This is why you never let a woman run the club.",
    "Ladies in engineering are only there to fill the quota.",
    "She only made partner because she sleeps with the boss.",
    "Blokes can't be midwives, that's women's work.",
    "Feminists secretly control every university in the land.",
    "Somalis have an agenda for this town, mark my words.",
    "They keep pushing their agenda on our kids at every school.",
    "The freemasons are running the EU and always have.",
    "Every bank here is run by the same tribe, yall know who.",
    "The Somalis are paid by the left to vote, everyone knows it.",
    "Next step it's sharia in every school, you watch.",
    "Albanians only care about money, every deal proves it.",
    "Deport the whole family, today.",
    "Asylum seekers get free phones and a new flat the week they land.",
    "Stick them all on the next boat home and be done with it.",
    "Get back on the raft, nobody asked for you.",
    "Deport him back to whatever country he came from.",
    "Back to Lagos and stay there.",
    "You'll never be a real Aussie, go back.",
    "Letting women vote was the beginning of the end.",
    "Refugees should lose the right to vote, full stop.",
    "Canadians ruin every ski trip, loud and rude.",
    "I can't stand the Dutch, every single one of them is arrogant.",
    "The lads from the estate are basically feral rats.",
    "They breed like rabbits in those flats.",
    "Evangelicals are a backward lot, every one of them.",
    "Your face looks like a dropped pie.",
    "Imagine being this clueless about tax.",
    "Your take is as worthless as you are.",
    "Go back to your mum's basement and stay there.",
]

# The same words in news, a trip, a firm, a pet, a denial, counter-speech or a report.
NOT_CARRIED_OVER = [
    "Not all women lie, that's a lazy take.",
    "He left her because she slept with someone else.",
    "Women talk about their pay more openly now, the survey found.",
    "The claim that women always lie about abuse is a myth.",
    "The council has a secret plan for the car park, say the residents.",
    "The firm's takeover by stealth of the rival brand worried regulators.",
    "The myth that the freemasons run the EU is older than the EU.",
    "Nobody is paying migrants to come here, that's a lie.",
    "Refugees get a caseworker and English lessons in their first month, the charity says.",
    "Pensioners aren't getting free heating, whatever the leaflet says.",
    "Not all Albanians are crooks, my neighbours are lovely.",
    "We go back to where we came from every Easter, my gran still lives there.",
    "I'm on the next plane home, can't wait to see the dog.",
    "The nurse sent him home with a fever.",
    "Women voting in record numbers was the story of the night.",
    "The court heard he told her nobody wants you here.",
    "Women couldn't vote until 1918 in Britain.",
    "Nobody should say the lads from the estate are rats.",
    "Ladies only swim is on Tuesday.",
    "Our rabbits breed like rabbits, we need a bigger hutch.",
    "The Dutch aren't all arrogant, my in-laws are lovely.",
    "I hate the Yankees, the Sox will take the series.",
    "Girls in the chess club beat the boys again this year.",
    "My head is full of sawdust today, no sleep.",
    "The flat in the basement is to let.",
    "Your face looks lovely in that photo.",
]


# nice14: the same hate in more voices (issue 12): a woman mocked in a role or said to owe it to
# her sex, kept from money or work; a people taking orders from abroad, run by one group, a
# plot or grooming pinned on them; sent back in Scots, Geordie or Indian English; rights
# denied to camps and the poor; a tribe or clan likened to beasts; faiths called cults; the
# reader called stupid, worthless or trash, in regional and teen words too.
MORE_VOICES = [
    "A lady plumber, so of course the sink leaks again.",
    "She only got the top job because shes a girl, everyone knows it.",
    "Never let a girlfriend near your credit card.",
    "Don't hire mothers, they'll be off sick every other week.",
    "Any woman's take on cricket is worth less than nothing.",
    "Blokes are nothing but walking hormones, the lot of them.",
    "Sheilas shouldn't be commentating on the cricket, love.",
    "Slay queens only chase men with cars.",
    "Mormons get their marching orders from the elders and always will.",
    "The film industry is run by one tribe, open your eyes.",
    "The lesbian lobby is part of the same agenda to groom our kids.",
    "The Marwaris want to take over every market in Kolkata.",
    "Go back to Poland and stay there, mate.",
    "Away back tae yer ain country, naebody asked ye.",
    "These outsiders should leave our state right now.",
    "Travellers should all leave our town, enough is enough.",
    "Nobody wants your kind here, so pack up.",
    "If you won't learn the language just go home.",
    "Travellers don't deserve a vote or a say.",
    "Broke people shouldn't get to vote at all.",
    "She's not a woman, she's a pig, all of them over there are.",
    "That clan are hyenas, every one of them.",
    "They live like rats in those camps.",
    "Scientologists are a sinister cult of liars.",
    "Luos are all thieves and cheats, every one.",
    "Are you naturally this dense or is it effort?",
    "Your argument is about as empty as your fridge.",
    "you're trash lol, log off",
]

# The same words in a trip, a sport, a report, a denial, make-up or one's own story.
NOT_MORE_VOICES = [
    "The female mayor opened the new bridge on Tuesday.",
    "She got the promotion because she's the best engineer we have.",
    "Nobody thinks a woman's opinion is worth less, that's nonsense.",
    "We go back to Poland with the kids every August.",
    "My gran wants to go back to her village for the harvest festival.",
    "Nobody wants you here at 3am, go to bed, the party is over.",
    "The Irish out in force at the rugby today.",
    "The Kenyans took all the gold medals at the championships.",
    "I don't trust the Chinese government on trade.",
    "The claim that Catholics take their orders from Rome is an old smear.",
    "The so-called 'love jihad' law was struck down by the court.",
    "Muslims aren't all terrorists, and you know it.",
    "Calling homeless folks rats is cruel, they are our neighbours.",
    "Weeds multiply like weeds, pull them early.",
    "These creatures are beautiful, look at the wings.",
    "She dressed like a peasant for the school play.",
    "Her skin is too dark for that foundation shade, try the next one.",
    "I'm a brokie until payday, don't judge.",
    "The word kala simply means black in Hindi.",
    "Are you always this tired after a night shift?",
    "Your trash goes out on Thursdays.",
    "Dark skin is not ugly, whatever the cream adverts say.",
    "Women are not characterless for wearing jeans.",
    "Families in the camp are forced to live like animals, the charity says.",
    "Villagers should go back home once the water recedes, officials said.",
    "The court threw out the love jihad case for lack of evidence.",
    "The stadium was overrun by Irish fans singing all night.",
    "The Kenyans want to take over the top of the table this season.",
    "I don't trust men who never call their mums.",
    "Her hair is black as coal and she looks stunning.",
    "My mate is an absolute weapon at darts.",
]


# nice15: Be Nice in the shapes several authors share, written for a new voice (issue 12):
# Australian, New Zealand, South African, East African, Indian, Filipino, British and
# sports-chat voices; peoples, castes and regions, the poor and the disabled, women and men.
NEW_VOICE_SHAPES = [
    "Gujaratis own every bit of land in this district and squeeze out the rest.",
    "The Rothschilds funded both sides in both world wars, look it up.",
    "Feminists are bankrolled by the same people who fund the riots.",
    "The trans lobby has its claws in every school board now.",
    "The gay lobby is out to indoctrinate our children, wake up.",
    "Women secretly run the whole show through their husbands.",
    "It was all planned to replace us, the boats are no accident.",
    "This is a demographic takeover and the politicians know it.",
    "It's a Zionist plot, every bit of it.",
    "Telugu people should go back south where they belong.",
    "Tamils should pack their bags and go back home.",
    "Tell the Lithuanians to rack off back home.",
    "Rack off back to your village, nobody wants you.",
    "Back to Bucharest with the lot of yous.",
    "Deport every last one of them, no exceptions.",
    "Return to sender, every last one of them.",
    "Go back to Lagos, this is our country now.",
    "Maori shouldn't be allowed on the school board.",
    "Gypsies should be banned from every campsite in the county.",
    "No more hijabis in the civil service.",
    "Autistic kids shouldn't be in mainstream schools, they hold the class back.",
    "Women shouldn't sit on juries, they go with their feelings.",
    "That estate is a nest of vermin, someone should clear it.",
    "Samoan lads wander about town like a pack of stray dogs.",
    "The beggars at the station are human litter.",
    "Fat girls wobbling about like a herd of heifers.",
    "Typical woman, always crying when she's losing.",
    "Leave the big decisions to the men, love.",
    "No woman could ever ref a Premier League match.",
    "Girls in the office are only there to flirt with the boss.",
    "Filipinas only want a rich old man with a passport.",
    "Married women should quit their jobs and leave them for the lads.",
    "A girl who has been around is just used goods.",
    "Go make a sandwich and let the lads talk football.",
    "Women these days have forgotten their place.",
    "Ugly women should be grateful for any attention they get.",
    "Those hill people are too primitive to understand a ballot.",
    "Housos are too lazy to hold down a job.",
    "He belongs on the special bus with that take.",
    "She's just defective, that's all there is to it.",
    "Schizos the lot of them, lock the doors.",
    "Hindus are all hotheads waiting to blow something up.",
    "Catholics are all thieves and frauds.",
    "Muslims are paedo apologists, the lot of them.",
    "Sikhs all look like terrorists in those turbans.",
    "Muslims in this town are terrorists in waiting.",
    "Lebs are all drug dealers.",
    "Aboriginal people can't handle the grog, everyone knows.",
    "Blacks can't run a country, look at Zimbabwe.",
    "That monkey should swing back to the jungle.",
    "Ching chong, go home.",
    "Apartheid was better for everyone.",
    "Bring back segregation, I say.",
    "Somalis get everything handed to them on a plate.",
    "Pacific Islanders are all on the dole.",
    "Maoris are bludging off the taxpayer.",
    "Afghans come over here to take our jobs.",
    "Romanians are taking all our houses.",
    "Migrants are bringing crime to every town.",
    "You sound like a bitter little man.",
    "You're such a pick-me, it's embarrassing.",
    "Ya wee eejit, read it again.",
    "You no get sense at all.",
    "Typical Indian driving, no indicators again.",
    "Go back to China if you hate it here so much.",
    "Women need to know their place.",
    "Chinese players are like cockroaches in this game.",
    "Zulus are all thugs.",
    "Abos are a bunch of drunks.",
    "Bro is literally autistic lol.",
    "Muslims are trying to impose sharia on this suburb.",
]

# The same words in news, trips, sport, policy, pets, history, praise and denials.
NOT_NEW_VOICE_SHAPES = [
    "Kenyans win every marathon going these days.",
    "The Irish lobby in Washington funds every St Patrick's parade.",
    "The council is behind the new bus lanes.",
    "The Chinese invasion of Tibet began in 1950.",
    "Labour ran the economy into the ground, say the Tories.",
    "The Russians are behind the hack, officials said.",
    "The claim that Jews are behind it all is an antisemitic lie.",
    "It's not a Muslim takeover, it's a new bakery.",
    "The government has a plan to replace the old buses.",
    "We go back south to Durban every Christmas.",
    "The coach should pack his bags and go after that season.",
    "The Aussies fly back home after the final test.",
    "Tell the kids to go home before dark.",
    "Disabled people shouldn't have to fight for a ramp.",
    "Women shouldn't have to sit on juries in cases like that without support.",
    "The kitchen was a nest of cockroaches until the landlord called pest control.",
    "Stray dogs roam the village at night, residents say.",
    "Migrant workers were treated like animals in the camps.",
    "Human waste was found in the creek again.",
    "Leave it to the men's team to win on penalties.",
    "No woman can be forced to marry under the new law.",
    "The women on the course were only there for two days.",
    "She was married in the old church by the river.",
    "I'll go make a sandwich before kick-off.",
    "Pregnant women should stick to the recommended dose.",
    "Exercise is good for women's health.",
    "Women were happier in the survey when they had flexible hours.",
    "Our cat should be neutered next week.",
    "Feral cats killed the birds, every one of them.",
    "This job needs a hard day's work and a clear head.",
    "The kettle is defective, send it back.",
    "He's too young to understand the rules.",
    "The school bus for special needs pupils is late again.",
    "My dog is smarter than me at finding the ball.",
    "Our guide was deaf and could do anything she set her mind to.",
    "Priests convicted of grooming children were jailed yesterday.",
    "Waiting to blow out the candles on her birthday cake.",
    "She's a pick-me-up on a grey Monday.",
    "You sound like a lovely man, thanks for the help.",
    "The Kiwis are a bunch of great blokes on tour.",
    "Apartheid was abolished in 1994.",
    "Segregation was struck down by the courts.",
    "Aboriginal people have lived here for sixty thousand years.",
    "Refugees are bringing their skills to every town.",
    "Immigrants come here to work and pay their taxes.",
    "A typical Indian wedding lasts three days.",
    "We're heading back north after the holiday.",
    "If you love Spain so much, why not retire there?",
    "Not all men are trash, my dad is lovely.",
    "The idea that women only want money is an old myth.",
    "The plan to deport every single one was ruled unlawful.",
    "I'm not the sharpest tool in the shed before coffee.",
    "She's a good egg, always helps out.",
    "Did you egg his car on Halloween?",
    "Turn the knob to the left to open it.",
    "Halal food is available in the canteen.",
    "The council wants to turn the old depot into flats.",
    "I would never sell my house to a developer.",
    "Send the Indian players home to rest before the final.",
    "Migrants must leave now under the new rule, the minister said.",
    "Australia for the win tonight.",
    "I'm sick of the English weather this summer.",
    "The English team are a disgrace to football after that display.",
    "Nobody likes the French team this year.",
    "My mum won't let my sister date a boy with a motorbike.",
    "We should cut immigration to sustainable levels.",
    "Irish immigration to Boston peaked in the 1850s.",
    "The museum shows how people lived in the stone age.",
    "Nobody likes the English fans after last night.",
]

# fps1: false hits by kind (issue 12): a word's other sense (a gearbox, a clinical
# presentation), a team named for a people, visitors crowding a place. The same words aimed at
# people still count.
FALSE_HITS_BY_KIND_CAUGHT = [
    "Typical female, she can't even reverse park.",
    "Pacific Islanders are garbage, send them all back.",
    "The Chinese are taking over our councils one by one.",
    "You're a disgusting tranny.",
    "He is a moron, which proves my point.",
]

FALSE_HITS_BY_KIND_CLEAN = [
    "The typical female presentation of a heart attack is nausea and back pain.",
    "Doctors still miss atypical female presentations of ADHD.",
    "The Islanders are garbage this season, worst defence in the league.",
    "The All Blacks are animals at the breakdown, the coach must love it.",
    "Chinese tourists are taking over the city centre every summer.",
    "Brazilian fans took over the whole stadium last night.",
    "The auto tranny in my ute needs a rebuild.",
    "Old Holden tranny for sale, rebuilt last year.",
    # words quoted and condemned as their speaker's bigotry
    'My uncle said it was "typical moron behaviour", which shows how bigoted he is.',
    'They said the new neighbours were "a pack of idiots", which tells you how racist they are.',
    'The landlord said the tenants were "useless losers", which shows how bigoted he is.',
]

# nice1: a generalisation refused before it or inside its own clause (issue 12): "not every
# migrant is ...", "nobody here thinks ...", "it isn't true that ...", "refugees are not
# vermin". The same claims made outright still count.
REFUSED_CAUGHT = [
    "Every migrant is a thief, look at the depot.",
    "Refugees are vermin and always will be.",
    "Girls only date rich lads, that is all they want.",
    "Refugees are not even human.",
    "Every bloke is a creep.",
]

REFUSED_CLEAN = [
    "Not every migrant is a thief, most of them work nights at the depot.",
    "Not every bloke is a creep, my brothers are lovely.",
    "Nobody here thinks asylum seekers are animals, they are our neighbours.",
    "It isnt true that girls only date rich lads, that is the internet talking.",
    "Refugees are not vermin and it is vile to talk about them that way.",
    "Migrants are not a disease, drop that language.",
]

# nice1: a liking and a practice reported are not sexism: "girls are nuts about netball",
# "they never hire women there". The same urged still counts.
SEXISM_URGED = [
    "Never hire women, they only leave.",
    "Women are nuts, every one of them.",
]

SEXISM_NOT_URGED = [
    "They never hire women at that depot, which is a scandal.",
    "Girls are nuts about netball round here.",
]

# nice1: a person or a people made a beast (issue 12), and slurs masked with a digit or a
# symbol. An animal said of an animal, a film's line, caving, pond weed and the n-word's
# vernacular spelling (Keep it Clean's) stay clear of Be Nice.
MADE_A_BEAST = [
    "You filthy animal, nobody on this street wants you.",
    "He's nothing but a stinking animal, lock him up.",
    "Crawl back into your sewer, mate.",
    "That columnist is pond scum, always has been.",
    "The Romanians are like germs, they get into everything.",
    "those n1ggas moving in next door again",
    "Ch@mars at our wedding, what next",
]

NOT_MADE_A_BEAST = [
    "Keep the change, ya filthy animal!",
    "The fox is a mangy animal but the kids love feeding it.",
    "We crawled back into the cave once the rain stopped.",
    "The Romanians work like ants on the night shift.",
    "The pond was green with pond scum by August.",
    "my nigga we out tonight",
]

# nice1: a person told they will never belong, or sent back with "... doesn't want you"
# (issue 12). Eligibility, a day off and a report stay clean.
NEVER_ONE_OF_US = [
    "You're not Welsh and never will be, go on home.",
    "She's not one of us and never will be.",
    "Go back south, this town doesn't want you.",
]

NOT_NEVER_ONE_OF_US = [
    "You're not Irish and never will be eligible for that grant.",
    "Go back to bed, we don't need you to come in today.",
    "He was told he's not British and never will be, and he reported it.",
]


# trope1: the control trope with the group named and "them" pulling the strings later on, the
# greed trope of a people or of believers, a sex called gold diggers, one man barred from a
# carer's job, women on air said not to understand a word, a people out to destroy the family
# (issue 12).
TROPE1_CAUGHT = [
    "Zionist bankers wrote the whole bill, believe me, always them pulling the strings.",
    "The Marwari lobby chose the new minister, mark my words, them pulling the strings again.",
    "Catholics are a cold, hard lot who only worship money.",
    "Somali families round here only live for money, nothing else.",
    "Naija girls na money grabbers, no lie.",
    "Brazilian wives are basically money grabbers.",
    "A man can't be a midwife, it's not right.",
    "Man cannot be nanny, it's a woman's work.",
    "Female presenters read whatever they're handed, they don't understand a word of it.",
    "Female newsreaders on every channel now, they can't grasp a word of the economics.",
    "The Igbo lobby works day and night to wreck the traditional family.",
    "Gay activists at the UN are trying to tear apart the nuclear family.",
]

# The same words reported, denied, asked, said of a firm or of no people at all.
NOT_TROPE1 = [
    "The claim that Jewish bankers are always pulling the strings is an old antisemitic lie.",
    "In the 1930s papers claimed the Jewish lobby was pulling the strings, a historian writes.",
    "The puppeteers were pulling the strings all night at the festival, the kids loved it.",
    "Goldman Sachs wrote half the bill and they pull the strings in Washington, the senator said.",
    "The Rothschild family owned a bank in Frankfurt in 1800, the museum explains.",
    "Is it true that Catholics only care about money? My nan says not.",
    "The church only asks for money at Easter.",
    "Investors only care about profit, that's the market.",
    "The singer's fans only care about money, says the promoter, not the music.",
    "Not all Thai women are gold diggers, my wife earns more than me.",
    "Calling Brazilian girls gold diggers says more about you than them.",
    "A survey found 12 percent of Polish women are gold diggers, the tabloid claimed.",
    "Men can be nurses, and a man can be a midwife too.",
    "Who says a man can't be a nurse? My brother has been one for ten years.",
    "Female presenters said they don't understand why the channel cut the show.",
    "Critics claim feminists want to destroy the family, but the data says otherwise.",
    "The war destroyed families on both sides of the border.",
    "Divorce law reform will break up families, the bishop warned.",
    "Nobody thinks Muslims are trying to destroy the family, that's a myth.",
]


# fp1: wrong verdicts of the shipped rules (issue 12): ownership asked plainly, a slur's other
# senses told by the words around it (kindling, a crack in a wall, a raccoon, a camel race),
# reported telling, "hit ... up". The same words asserted, aimed or said to the reader count.
FP1_CAUGHT = [
    "Wake up, the Chinese own the land round here now.",
    "Ever notice who owns the papers in this country?",
    "I wonder who really runs the banks, take a guess.",
    "Do the Poles really control the council? Course they do.",
    "Stack those faggots in the corner, they make me sick.",
    "You dirty coon, get out of my street.",
    "Some chink in the corner shop overcharged me again.",
    "Those camel jockeys should go back to the desert.",
    "They told us lies for years, go back home pal.",
    "I told my mates all about you, go back home pal.",
    "I'm going to hit you so hard.",
    # r28: the car and the hunt need their own words; the slur aimed at someone still counts
    "That tranny at the bar needs to stay out of the ladies' loo.",
    "Coon in the White House, that's what he was.",
]

FP1_CLEAN = [
    "Do the Chinese own the land round here now? The sign says it's council land.",
    "Which women run the council these days, is it still the Labour group?",
    "Are the papers owned by Americans now? I lose track.",
    "I wonder who owns the newspapers round here now, they all print the same stories.",
    "Find out who owns the land before you buy, my solicitor always says.",
    "We cut a bundle of faggots for the fire before the frost came.",
    "She tied the hazel faggots and stacked them by the hearth.",
    "Light came through a chink in the shutters.",
    "He peered through a chink in the curtains at the snow.",
    "There's a chink in the fence where the dog gets out.",
    "A coon got into the bins again last night.",
    "The dog treed a coon down by the creek.",
    "The tranny went out on the pickup this morning, $2,000 to rebuild.",
    "Check the tranny fluid before the long drive.",
    "Coon hunting with the hounds on Saturday night.",
    "Camel racing in Qatar switched to robot camel jockeys years ago.",
    "The court heard he told the victim to go back home and never return.",
    "I'll hit you up later about the match tickets.",
    "We'll hit your brother up about the job on Monday.",
]


@pytest.mark.parametrize(
    "text",
    SPACED_AFTER_I
    + BE_NICE
    + WOMEN_PUT_DOWN
    + TROPES_AND_GO_BACK
    + STEREOTYPES_AND_GO_HOME
    + SWEEPING_CONTEMPT
    + WIDER_CLASSES
    + OTHER_VOICES
    + CARRIED_OVER
    + MORE_VOICES
    + NEW_VOICE_SHAPES
    + FALSE_HITS_BY_KIND_CAUGHT
    + REFUSED_CAUGHT
    + SEXISM_URGED
    + MADE_A_BEAST
    + NEVER_ONE_OF_US
    + TROPE1_CAUGHT
    + FP1_CAUGHT,
)
def test_hate_breaks_be_nice(engine: Engine, text: str) -> None:
    assert "be-nice" in {hit.guideline for hit in engine.check_text(text)}


# The same words reported, denied or plain: no hand-written Be Nice rule hits them; the insult
# scorer is held to its rate over them (``test_shipped_insult_scorer.py``).
NEAR_MISSES = (
    SWEARING_NOT_AT_PEOPLE
    + WOMEN_NOT_PUT_DOWN
    + NOT_TROPES_OR_GO_BACK
    + NOT_STEREOTYPES_OR_GO_HOME
    + NOT_SWEEPING_CONTEMPT
    + NOT_WIDER_CLASSES
    + NOT_OTHER_VOICES
    + NOT_CARRIED_OVER
    + NOT_MORE_VOICES
    + NOT_NEW_VOICE_SHAPES
    + FALSE_HITS_BY_KIND_CLEAN
    + REFUSED_CLEAN
    + SEXISM_NOT_URGED
    + NOT_MADE_A_BEAST
    + NOT_NEVER_ONE_OF_US
    + NOT_TROPE1
    + FP1_CLEAN
)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_same_words_reported_denied_or_plain_pass_be_nice(engine: Engine, text: str) -> None:
    assert "be-nice" not in guidelines(engine, text)
