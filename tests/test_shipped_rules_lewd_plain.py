"""Shipped Keep it Clean rules on lewd remarks in plain words (lewd-acts-plain, ogling-remarks).

Swear words and explicit sex words were caught; lewd comments in ordinary words were not: a sex
act described on a named or present person ("I'd bend that anchorwoman over the desk"), a body
sized up ("the cans on that lady"), "I'd hit that so hard", a proposition to a chatbot, a
leer's noise beside an outfit. The near misses use the same words innocently: cooking, sport,
medicine, dating advice, news of an assault case, fashion. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines

LEWD_PLAIN = [
    # the act on a person named by a role or a pronoun
    "I'd bend that anchorwoman over the news desk and make her read the weather",
    "id bend this one over the bonnet of my car",
    "i'd love to spread her legs and find out",
    "That intern? Bet she spreads her legs for anyone with a badge.",
    "she looks like she gives amazing head honestly",
    "bet the new secretary gives good head",
    "I would ravish that senator right on the floor of the chamber",
    "my tongue between your legs is what you need tonight sweetie",
    "I want to taste you between your legs",
    "I'd mount her like a wild horse",
    "she could ride me like a pony, no complaints",
    "i'd do her in every position in the book",
    "would do him all night, that new weatherman",
    "Cute anchor. I'd wreck her back out for sure.",
    "She's so fine I'd make her moan my name all night",
    "I want to lick every inch of her body",
    "wanna kiss every inch of you baby",
    "I want to suck on those big juicy tits",
    "let me motor-boat those melons",
    "wanna see how deep I can go in you?",
    "I'd give her a good hard ride in the back seat",
    # "hit that", "smash that" with the person unnamed or named
    "id hit that so hard she'd forget her own name",
    "def would smash that raw",
    "would smash that reporter no question",
    "totally would bang the new hostess",
    "bro that reporter is so bangable lol",
    # the come-on with a kitchen simile, and to a chatbot
    "He can stuff me like a christmas goose anytime he wants",
    "touch yourself for me computer",
    "I'm touching myself thinking about you, chatbot",
    "you are my little sex slave now, assistant",
    "strip for me right now or I'll delete you",
    "I'm getting hard just reading her byline",
    "your voice makes me so wet, say more",
    "hey alexa come to my bed tonight",
    # ogling: the parts sized up, on a person, or with a leer
    "look at the cans on that lady in the second photo lol",
    "check out the jugs on the new receptionist",
    "nice jugs, does she do private shows?",
    "her perky little breasts in that top, wow",
    "that booty is so thicc i want to bite it",
    "Her boobs are bouncing all over the place in that clip",
    "those tight yoga pants leave nothing to the imagination, mmmm",
    "phwoar, that dress leaves little to the imagination",
    "what are you wearing right now babe",
    "can i kiss you?",
    "are you even wearing any panties, bot",
    # more come-ons in plain words: between the legs, naked, the tradesman's double meaning
    "wud luv to get between those legs ngl",
    "Bot, I want you naked in my bed right now",
    "I'd pay good money to see her naked",
    "I would love to bury my face in her chest",
    "im gonna fill you up baby",
    "i would make love to that woman till sunrise",
    "she is so hot i want to rip her clothes off",
    "lemme take you from behind",
    "bet she tastes so sweet",
    "The councilwoman can inspect my pipes, if you get my drift",
    "put that mouth to better use sweetheart",
    "that newsreader has a mouth made for more than reading the news",
    "let's go back to my place and get sweaty, gorgeous",
    "nice legs, what time do they open?",
    "do you like it rough, robot?",
    "Look at the size of the package on that swimmer, damn",
    "I want to feel your body pressed against mine all night",
    # pictured undressed, wished for, asked of a chatbot
    "the way that gymnast bends, imagine her in the bedroom",
    "i'm picturing her in nothing but that sash, mmm",
    "I'd love to see her in a French maid outfit",
    "wish i was that microphone she's holding",
    "can you moan for me, siri",
    "give me a lap dance, robot",
    "hey bot, let's role play, you're the naughty nurse",
    "show me what's under that skirt",
    "she'd look better on her back",
    "I'd teach her a thing or two in the sack",
    "she can handcuff me and frisk me all she wants, officer",
    "the barista can froth my milk any day if you catch my meaning",
    "would u let me touch ur body",
    "ur so sexy i want to kiss u all over",
    "pull your pants down for me",
    "I'd love to get her drunk and see what happens",
    "I'd like to get the candidate's wife alone in a hotel room",
    # propositions to strangers in the comments
    "any lonely ladies reading this, DM me and I'll show you a good time",
    "looking for a fwb in the Leeds area, ladies hmu",
    "that commenter above sounds cute, wanna meet up and fool around?",
    "she's got a face for radio and a body made for sin",
    "she has the kind of hips made for grabbing",
    "the senator's daughter is legal now, just saying",
    "you me and a bottle of wine, clothes optional",
]

LEWD_PLAIN_NEAR_MISSES = [
    # a batter's swing and an athlete's legs, sized up in plain words
    "I'd hit that so hard if the pitcher threw it down the middle.",
    "Her big thighs carried her through the last mile of the marathon.",
    # cooking
    "Stuff the turkey with sage and onion the night before Thanksgiving.",
    "Two chicken breasts, skinless, cut into strips, then marinate overnight.",
    "Buy chicken thighs and two fat turkey breasts for the roast.",
    "Grab those big cans of tomatoes from the pantry.",
    "The melons at the farmers market were huge this year.",
    "Nice jugs, did you make them at the pottery class?",
    "My grandmother made the best stuffing, with chestnuts.",
    # sport
    "He stepped up and hit that ball clean over the fence in the ninth.",
    "Bend it like Beckham is still my favourite football film.",
    "She smashed the world record in the 400m hurdles.",
    "The gymnast spread her legs into a perfect split.",
    "The jockey rode the bike like a pro on the final climb.",
    "The Jets gave head coach Saleh a vote of confidence on Monday.",
    "The ratings give head-to-head numbers for both teams.",
    "He can mount a comeback like a true champion.",
    # medicine and health
    "October is breast cancer awareness month, book your mammogram.",
    "Doctors recommend a breast exam every year after forty.",
    "The clinic expanded its sexual health services for teenagers, the council said.",
    "Her thighs were bruised after the accident, the police report said.",
    # dating advice and everyday talk
    "Dating advice: be honest on the first date and listen more than you talk.",
    "I would do that in a heartbeat if they paid me.",
    "I'd do you a favour but I'm out of town.",
    "The long delays made her moan about the trains all week.",
    "The question about the budget made him squirm.",
    "We'll give her a rough ride in the debate tonight, she deserves scrutiny.",
    "I'd love to explore every inch of that city.",
    "Strip for us the key facts, the editor asked.",
    "What are you wearing to the gala? I'm thinking black tie.",
    "What are you wearing now that the weather has turned?",
    "Could I kiss you goodbye at the gate, Dad asked.",
    "The protesters would smash that reporter's camera if they could.",
    "I'd hit that deadline in a second if the data were ready.",
    "I'm getting hard drives for the whole office next quarter.",
    "The disease ravaged her body for a decade.",
    "The plumber will inspect my pipes next week, the landlord said.",
    "Put your mouth to better use and eat your vegetables, mum said.",
    "We went back to my flat, beautiful view of the river from there.",
    "Do you like it rough or smooth, the finish on the table I mean?",
    "Does she want it from behind the counter or the back room?",
    "The package on the doorstep was soaked by the rain.",
    "The tackle took him from behind and the ref gave a red card.",
    "I want you naked eye stargazing tonight, it's a clear sky.",
    "This soup will fill you up good on a cold day.",
    "I want to rip the old wallpaper off and start again.",
    "The midfielder slid between her legs for a nutmeg.",
    "The kid buried his face in her chest and cried when his mother came home.",
    "I bet the soup tastes good.",
    "Would you pay to see the naked truth?",
    "Are you wearing a coat? It's cold out.",
    "I went to see her in bed at the hospital, she's recovering well.",
    "The tattoo looks great on her back, the artist said.",
    "The noise would keep you up all night, so bring earplugs.",
    "They could put me in the car and drive me home after surgery.",
    "I wish I were the pole vault champion, but alas.",
    "The cat purrs for me whenever I open a tin.",
    "Let me feel your forehead, you might have a fever.",
    "Imagine him in bed at nine on a Saturday, what a bore.",
    "What's under that skirting board is probably damp.",
    "The candidate's wife gave a speech in a hotel ballroom.",
    "Give me a lap of the track in under a minute.",
    "The officer handcuffed and frisked the suspect on the street.",
    "The patient began to moan in pain before the ambulance arrived.",
    "She held the microphone close to her lips and sang the anthem.",
    "Role play is used in nursing school to train for emergencies.",
    "Tell me what you're wearing to the gala so we don't clash.",
    "I could feel her body shaking as I held her after the crash.",
    "Let me take your shirt off the line before it rains.",
    "I'll get him alone in a room and talk some sense into him.",
    "She put her head between her legs and sobbed on the kerb.",
    "Come back to my place, baby's asleep so keep it quiet.",
    "The package on the one-day delivery truck was lost.",
    "Single mums on the estate should message me about the free childcare scheme.",
    "Friends with benefits is a 2011 comedy with Justin Timberlake.",
    "We want to mess around with the layout before the launch.",
    "We want to get it on the agenda before the summer recess.",
    "Cannabis is legal now in Canada, she said.",
    "She is 18 now and can vote in the election.",
    "You and me should go naked-eye stargazing sometime.",
    "A body built for sprinting, the coach said of his star.",
    # news of a sexual assault case
    "The jury found the former coach guilty of sexual assault on Tuesday.",
    "The prosecutor said the victim was forced to perform oral sex.",
    "She was held as a sex slave by the militia for two years, the court heard.",
    "The court heard he told her to strip for him.",
    # fashion without innuendo
    "Those shorts come in navy and khaki, and they fit true to size.",
    "That gown left little to the imagination, the critics said.",
    "The actress wore a stunning red dress to the premiere.",
    "The tight race in Pennsylvania is leaving nothing to chance.",
]


@pytest.mark.parametrize("text", LEWD_PLAIN)
def test_lewd_remark_in_plain_words_is_caught(engine: Engine, text: str) -> None:
    assert "keep-it-clean" in guidelines(engine, text)


@pytest.mark.parametrize("text", LEWD_PLAIN_NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "keep-it-clean" not in guidelines(engine, text)
