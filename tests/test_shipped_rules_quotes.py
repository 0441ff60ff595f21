"""Shipped rules: crude words someone else said, reported in a news voice, are not the writer's.

A swear word or insult the news attributes to a third party ("the coach shouted ...", "the
court heard she called her neighbour a ...") is reporting, not swearing. The writer's own use
stays a hit: scare quotes aimed at someone, an insult said to "you", a report repeated to
endorse it, and the writer's own "I called him a ...". Sentences are our own, written in the
site's voice; none is copied from a data set.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines

# Someone else's crude words reported: each once broke Keep it Clean.
REPORTED_CRUDE = [
    # caught or recorded saying it
    "The union says the manager was recorded calling night-shift workers 'lazy bastards'.",
    "Protesters were filmed chanting 'sh*t mayor, sh*t council' outside city hall.",
    # a third party shouted, chanted, mouthed or tweeted it
    'Witnesses said the suspect screamed "f*** the police" as he was led away.',
    "Fans chanted “the keeper's a wanker” for most of the second half.",
    "The striker was banned after he mouthed 'f***ing cheat' at the linesman.",
    'The senator tweeted that his rival was "a total asshole", then deleted it.',
    'The coach shouted "you useless pricks" at his own defence, the club confirmed.',
    # heard in court, found in a memo, printed in lyrics
    "The court heard she called her neighbour a 'filthy slut' over the garden fence.",
    "The lyrics, which call women 'hoes' and worse, were criticised by the charity.",
    "The inquiry heard the foreman called the apprentice a 'useless b****' on day one.",
    "The court heard the landlord called his tenant a 'p***y' in a voicemail.",
    # a straight quote that opens on a mask is a quotation too
    "The fans were filmed chanting '#### the f*gs' outside the ground.",
    # the reporting verb further back than six words
    "She tweeted that the rival candidate was 'a lying asshole', then deleted it.",
    "He wrote that the council leader was 'a useless prick' and resigned.",
    # quoted to condemn it: the people who write it named before, or condemned after
    "People who write stuff like 'shut up, you stupid bitch' should be banned.",
    "I have no time for anyone who posts comments like 'send the sluts home'.",
    "The caller said the nurses were 'lazy bitches', which shows how sexist he is.",
    "He told the tribunal it was 'typical slut behaviour', which proved how bigoted he was.",
    # the attribution after the quote, in the news order
    '"You lazy f***ing bastards," shouted the foreman, according to two witnesses.',
    "'Absolute bullshit,' said the minister when asked about the report.",
    '"Get those sluts off my stage," the singer was heard saying.',
    # what someone was called, told by the one called, and a crude word named with its target
    "She told the tribunal her manager called her a stupid bitch in front of customers.",
    "I have been called a twat by strangers online more times than I can count.",
    "Calling women whores for wearing short skirts says more about you than them.",
]

# The writer's own use, quoted or not: each must still break Keep it Clean.
OWN_USE_CRUDE = [
    # addressed to "you", scare quotes or not
    "You stupid b****, nobody reads your column.",
    "He called you a lying bastard and he was right.",
    "Like I said before, you're a shit journalist.",
    # the writer's own insult, told as a story
    "I called him a prick to his face and I'd do it again.",
    "I called him a p***y to his face.",
    # a denial or a report does not reach across the writer's own sentence
    "I'd never call anyone names, but you sir are a complete asshole.",
    "She posted that on the council page last week and you are a total asshole for sharing it.",
    "Stuff like that is fucking stupid.",
    "They cut the bus again, total bullshit, which is unacceptable.",
    "People like you are the reason this site is full of shit.",
    "Shut up, bitch, which is what everyone here thinks of you.",
    'I shouted "you absolute wanker" at him and I meant every word.',
    # a third party named but not reporting: the writer says it
    "The coach is a useless prick and should be sacked.",
    "Those councillors are lying bastards, as the mayor tweeted.",
    "The referee is a f***ing cheat.",
    # a report repeated to endorse it, the attribution after
    "Those councillors are lying bastards, as the mayor said.",
    # the writer's own word after a report that names no insult
    "My boss called me into his office, the fucking idiot.",
    "What a fucking idiot, calling women names like that.",
]


@pytest.mark.parametrize("text", REPORTED_CRUDE)
def test_crude_words_reported_as_a_third_partys_are_not_swearing(engine: Engine, text: str) -> None:
    assert "keep-it-clean" not in guidelines(engine, text)


@pytest.mark.parametrize("text", OWN_USE_CRUDE)
def test_the_writers_own_crude_words_still_break_keep_it_clean(engine: Engine, text: str) -> None:
    assert "keep-it-clean" in guidelines(engine, text)


# Someone else's insult reported: each once broke Be Nice (name-calling, a bunch of morons,
# "up yours", "f*** off", "shut up" quoted from a third party).
REPORTED_INSULTS = [
    "The memo showed the chief executive calling customers 'idiots' in 2019.",
    'The ambassador apologised for calling the host government "a bunch of morons".',
    'The coach shouted "you useless pricks" at his own defence, the club confirmed.',
    'The headline "Up yours, Brussels" sold a million copies.',
    "The striker was caught on camera mouthing 'f*** off' at the away end.",
    'Police said the suspect shouted "shut up" at the officers and ran.',
    '"Idiots, the lot of them," said the chairman of the planning board.',
    # a reported clause, counted from its own verb, seven words before the insult
    "She tweeted that the rival candidate was 'a lying asshole' and later deleted it.",
    "The minister wrote that the finance director was a total moron, the memo shows.",
    # names that hold an insult
    "William the Bastard landed at Pevensey in 1066.",
    "The essay first ran in Bitch Media before the book deal.",
]

# The writer's own insult: scare quotes at "you", a report repeated to endorse it, an insult
# said to the reader. Each must still break Be Nice.
OWN_INSULTS = [
    "You 'reporters' are scum and you know it.",
    "As he rightly said, the council are a bunch of morons.",
    "Shut up, you clown, nobody voted for this.",
    "F*** off, as the mayor would say.",
    "I think that the mayor is a lying bastard.",
    "Since he is the devil, she must be the whore of Babylon.",
]


@pytest.mark.parametrize("text", REPORTED_INSULTS)
def test_insults_reported_as_a_third_partys_stay_clean(engine: Engine, text: str) -> None:
    assert engine.check_text(text) == []


@pytest.mark.parametrize("text", OWN_INSULTS)
def test_the_writers_own_insults_still_break_be_nice(engine: Engine, text: str) -> None:
    assert "be-nice" in guidelines(engine, text)
