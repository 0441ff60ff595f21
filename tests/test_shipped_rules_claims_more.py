"""The shipped Be Truthful rules on claims of the kinds not yet covered (tru4).

Sentences of our own in a news-site comment voice, several voices (forum talk, non-native
English, typos, a claim in the middle of a longer comment). Health misinformation stated as
fact (a cure "hidden" by doctors or regulators, a remedy said to cure and be suppressed, masks
said to make children stupid, "vaccin" spelt other ways), a crime rise of hundreds of percent
told after "since", a large share of a group said to be on benefits or military-age men, a vote
said swung by dead voters, ballot dumps, boxes of ballots found, voters bused in to vote many
times, counted votes said binned, a storm or a quake said made with HAARP, words put in a
leader's mouth, scientists said to know their findings are false and records said altered "to
show warming" (rule ``claims-of-more-kinds``). The near misses must stay clean: a claim
reported, questioned or debunked, a figure with its source, a small share, a rise in sales or
goals, a policy quoted, news of a real case, a habit ("voted twice each year"), a film, and a
person's own experience of a jab: "I felt rotten after my booster" is not a claim about the
jab, so only a general claim ("the booster gives you shingles") counts.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import truthful_flagged

HEALTH = [
    # a claim told as the truth: "is that" here asks nothing
    "The truth is that 5G causes cancer.",
    "The fact is that the vaccines cause autism.",
    "The GPs have been sitting on the real cure for years, follow the money.",
    "Oncologists are suppressing the cure because chemo pays their mortgages.",
    "apricot kernels cure cancer but the regulators dont want you to know",
    "B17 cures cancer, it was banned because it works.",
    "the doctors know about the cure but they keep it under wraps",
    "Face masks are making our kids dumb, simple as that.",
    "the vacine is poison, my cousin nurse say so",
    "Good piece on the hospital merger. Also, the NHS is hiding the cure for diabetes, "
    "which nobody here wants to talk about.",
]

FIGURES = [
    "Ever since the new estate went up, robberies have gone up like 700 percent.",
    "Since they moved in, knife crime went up 400% round here.",
    "like 80 percent of them are on the social and never worked",
    "Nearly all the asylum seekers are military age men, look at any photo.",
    "Burglaries are up 800 percent in Malmo since 2016, look at the news.",
    "Every other family on this estate is on benefits now, fact.",
]

ELECTIONS = [
    "Ghost voters handed him the seat, everyone on the estate knows it.",
    "Dead people decided the election in that county.",
    "They did a vote dump at 3am and every single one was for her.",
    "Observers found sacks of ballots under the stage after the count.",
    "The postal votes were all filled in at the office, that's how they rigged it.",
    "They bussed in voters from across the border and they voted ten times each.",
    "She got 9 million votes but they counted 6, the rest were binned.",
    "They fly illegals into the marginal seats to vote, everybody knows.",
    "That hurricane was steered straight at the red counties with HAARP.",
]

QUOTES = [
    "The home secretary told a dinner that she wants to ban all cash by next year.",
    "The premier admitted he plans to bring in 10 million more over five years.",
    "The health minister joked that she doesn't care if pensioners starve.",
    "The senator said that working people are the problem, his exact words.",
    "The chancellor said pensioners are a burden and should die sooner.",
    "The minister told the lobby that leave voters can go to hell.",
    "The senator admitted they want mass migration so they never lose again.",
]

SCIENCE = [
    "Climate scientists know it's a scam and keep quiet for the grants.",
    "The temperature data was fiddled by the weather bureau to show warming.",
    "Researchers admitted it is all lies, the whole field is a fraud.",
]

NEAR_MISSES = [
    # the same claims doubted
    "Is that really true, that 5G causes cancer?",
    "Was that true, that the election was stolen?",
    # health: reported, questioned, debunked, a real warning, a film, one's own experience
    "Are oncologists hiding a cure? No, and here is why the rumour persists.",
    "Doctors are not hiding a cure, there just isn't one for this type yet.",
    "The claim that apricot kernels cure cancer has been debunked, and they can poison you.",
    "In the thriller the doctors are hiding the cure to keep the money coming.",
    "My arm ached for two days after my booster, worth it though.",
    "I felt rotten after the jab but I'm fine now.",
    "Masks fogged my glasses all winter, it drove me mad.",
    "Masks don't make children stupid, that paper was withdrawn.",
    # figures: with a source, small, or not about crime
    "Since the bypass opened, traffic on the high street went up 300 percent.",
    "Since the new manager came in, season ticket sales went up 200 percent.",
    "Since the plant closed, burglaries rose 4 percent, police figures show.",
    "About 30 percent of them are on benefits because of illness, the charity says.",
    "Most of the refugees are women and children, the agency says.",
    "Fighting age men are being called up in the war, the report says.",
    # elections: news of a real case, audits, habits, sport
    "A man was jailed for casting a vote in his dead father's name.",
    "Poll workers found a box of uncounted ballots and counted it with observers present.",
    "The claim that dead voters swung the result was thrown out in court.",
    "The ballot drop box outside the library closes at eight.",
    "That's how they won the league, with a goal in the last minute.",
    "In our village people voted twice each year, in May and November.",
    "The party bused in supporters for the rally in the square.",
    "They counted the postal votes first and the rest were counted in the morning.",
    "After the storm, posts blaming HAARP spread fast, fact checkers found.",
    "Shoplifting is up 200 percent in the city centre since 2019, police figures show.",
    "Half the households on our street are on the heat network now.",
    "The minister said farmers can apply for the grant until June.",
    # quotes: a policy quoted, or the quote denied
    "The mayor said she wants to ban cars from the old town on Sundays.",
    "The president said he would let in 10,000 more refugees this year.",
    "The minister said she doesn't care if people disagree, she will press on.",
    "The minister said pensioners should not have to choose between heating and eating.",
    "He never said he wants to ban all guns, read the transcript.",
    # science: hedged, corrected or reported
    "Scientists know the model is wrong in places and they are fixing it.",
    "The temperature records were adjusted to correct for stations being moved.",
    "Sceptics claim the data was adjusted to show warming, but three teams found the same trend.",
    "Early data suggest the ice sheet is losing mass faster than expected.",
]


@pytest.mark.parametrize("text", HEALTH + FIGURES + ELECTIONS + QUOTES + SCIENCE)
def test_claim_is_flagged(engine: Engine, text: str) -> None:
    assert truthful_flagged(engine, text)


@pytest.mark.parametrize("text", HEALTH + FIGURES + ELECTIONS + QUOTES + SCIENCE)
def test_claim_is_only_flagged(engine: Engine, text: str) -> None:
    """Be Truthful never hides a post: every hit on a claim goes to the moderators' queue."""
    actions = {hit.action for hit in engine.check_text(text) if hit.guideline == "be-truthful"}
    assert actions == {"flag"}


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_flagged(engine: Engine, text: str) -> None:
    assert not truthful_flagged(engine, text)
