"""The shipped Be Nice rules on sexism in plain words (sexi).

A moderator-style set showed the familiar shapes caught ("women belong in the kitchen", "too
emotional to lead") and sexism in other words getting through: condescension with a pet name
("calm down sweetheart", "let the men talk"), a woman judged by her looks in a news thread, her
job put down to a quota, women's vote or voice taken away, women said to lack the head for a
job, traits pinned on women (and men) as a class in forum words, and a slur for women spelt out
letter by letter. Near misses use the same words innocently: idioms, reports, history,
negation, sport and pet names between people who love each other. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines

SEXISM = [
    # talked down to with a pet name, or told the men will talk
    "Calm down sweetheart, the grown ups are talking about fiscal policy.",
    "Settle down, missy, nobody asked for your view on the tariffs.",
    "Sweetie, calm down, it's only a budget.",
    "Shush now, princess, this is about engineering.",
    "Let the men talk, honey, you clearly don't understand the budget.",
    "let the lads handle the negotiations, girls",
    "Hush, the men are talking.",
    "Run along little lady, this thread is about engineering.",
    "Don't you worry your pretty little head about interest rates.",
    "Cute theory, sweetie.",
    "Sweetheart, the grown ups are busy with the real numbers.",
    "Sweetie, nobody asked what you think of the bond market.",
    "Be a good girl and let the economists explain it.",
    "Inflation is a bit above your pay grade, missy.",
    "Let the menfolk sort out the pension fund, ladies.",
    "Leave the coding to the lads, girls.",
    "What would a girl know about tactics anyway?",
    "Female pundits should stick to make-up tips, not politics.",
    "Who let the women near the commentary box again?",
    "Refereed by a woman, what did you expect.",
    "I stopped watching the moment I heard it was presented by a woman.",
    "You ladies wouldn't understand the offside rule.",
    # sent back to the housework
    "She should go back to making sandwiches instead of writing op-eds.",
    "She ought to stick to the laundry and leave the treaty alone.",
    # judged by her looks
    "Nobody would listen to that senator if she wasn't so hot.",
    "Who'd vote for her if she didn't have the legs?",
    "That reporter is too ugly to be on TV, put a bag over her head.",
    "She's a pretty face reading an autocue, nothing more.",
    "she is just eye candy for the breakfast show",
    "She'd be pretty if she lost a few stone.",
    "Her heels are more interesting than her policies.",
    "She's mutton dressed as lamb, the old trout.",
    "Everyone knows she got the chair by flirting with the board.",
    "Another lady pundit who should be back in the kitchen.",
    "Nobody wants to watch a wrinkly old woman reading the weather.",
    "Bring in a younger, hotter anchor for the late show.",
    "She only became head of surgery because the trust needed a woman on the board.",
    "Diversity hiring strikes again, enjoy your new minister.",
    "Another incompetent female mayor, what a shock.",
    "No wonder she's still single, look at her.",
    "She'd look prettier if she kept her mouth shut.",
    "Women over forty are basically washed up.",
    "A woman without a husband is nothing.",
    "The only thing a woman is good for is looking pretty.",
    # her job put down to a quota
    "Another quota hire in the cabinet, she's only there to tick a box.",
    "token female on the panel again, what a surprise",
    "She was only promoted because she's got big boobs.",
    # the vote or the voice taken away
    "Repeal the 19th, women ruined democracy.",
    "Giving women the vote was a mistake.",
    "Women should keep their mouths shut about football.",
    "Once women got the vote everything went downhill.",
    "Women have far too many rights these days.",
    "Female opinions don't matter on this forum.",
    "Wives should need their husband's permission to travel abroad.",
    "Females are ruled by their hormones, simple as.",
    "Daughters should be raised to be obedient wives, not bosses.",
    "Women shouldn't be commentating on men's cricket.",
    "Take the vote away from women and watch the country recover.",
    "A wife belongs to her husband and must obey him.",
    "women no understand the money, the husband must control the salary",
    "Lady refs are a joke, every one of them.",
    "A woman at the controls makes me nervous, they panic.",
    "females have never invented anything useful",
    "Women are basically spoilt toddlers with credit cards.",
    "Women are biologically less evolved, look it up.",
    "A woman's brain just isn't wired for strategy.",
    "Females exist to have babies, the rest is noise.",
    "The only opinion a wife should have is her husband's.",
    "wife must stay at home with the kids and cook, thats her job",
    "Wives should not go out to work, their place is at home.",
    "women r weak in the head, not for leadership",
    "Women in the armed forces are a liability.",
    "A woman is in charge of the budget now, god help us.",
    # unfit as women
    "women simply lack the temperament for leadership, and this appointment proves it",
    "this is why u dont let woman drive a bus lmao",
    "Stop letting women referee the cup final.",
    "Woman in goverment is mistake, they think with heart not brain.",
    "A woman in charge is a recipe for disaster.",
    "chicks cant code, sorry not sorry",
    # women or men as a class in forum words
    "females are so clingy it's unreal",
    "Women are so fickle, you'll get messed about.",
    "funny how vain women are when the camera is on",
    "Women disgust me, every last one.",
    "Men are smarter than women, that's just nature.",
    "men are so pathetic, can't even boil an egg",
    "Blokes can't be trusted alone with kids.",
    "Husbands are only good for paying the bills.",
    "Blokes only ever think with their dicks.",
    "Dads can't be trusted to look after babies.",
    # a slur for women spelt out
    "she's a w h o r e like all the rest",
    "what a bi**h that councillor is",
    "she is such a s1ut",
    "dumb bi+ch should resign",
]

NEAR_MISSES = [
    # history told: the opponents' argument reported, not made
    "In 1910 opponents argued women should not be allowed to vote.",
    "Back then men claimed women should not be allowed to vote.",
    "In 1900 most men insisted women should not have the vote.",
    # pet names between people who love each other, calm in sport and news
    "Calm down, the match isn't over until the final whistle.",
    "My sweetheart told me to relax before the exam.",
    "Relax, honey, I've booked the table for eight.",
    "The minister told reporters to calm down and wait for the full figures.",
    "Let the kids play, it's only a friendly.",
    "Let the players decide the game, not the referee.",
    "The men are talking to the union again on Monday.",
    "I'll run along now, the bus is due.",
    "Nice try, but the keeper was never beaten.",
    "The adults are talking to the school about the trip.",
    "You ladies will never guess who turned up at the fete!",
    "Be a good girl and go to sleep, the mother told her daughter.",
    "Bless your heart, honey, thanks for the flowers.",
    "Who let the girls near the cake before the party?",
    # housework, looks and TV in the news
    "She went back to teaching after losing the seat.",
    "My grandmother went back to cooking at the hotel after the war.",
    "The presenter said she felt too old to be on TV and retired.",
    "The pretty little village has a market every Saturday.",
    "The candy shop on the corner closed after sixty years.",
    "Her outfit got more coverage than her speech, which says a lot about the press.",
    "The documentary was directed by a woman, and of course it won the award.",
    "The bride's dress was prettier than her mother's.",
    "The doctor said she would feel better if she lost some weight.",
    "No wonder she's single-handedly rebuilt the charity.",
    "Women over 40 are more likely to need screening, the NHS says.",
    "The only thing she is good for at the moment is rest, her physio said.",
    # quotas that are not a slur on a person
    "The council introduced a quota for fishing licences this year.",
    "He was a diversity officer at the university before he retired.",
    "He was promoted because he has a big network.",
    "Positive discrimination is legal in some cases, the tribunal found.",
    "The commentator called her a DEI hire, and the station apologised.",
    # history and reports
    "The 19th Amendment gave women the right to vote in 1920.",
    "Women's suffrage campaigners chained themselves to railings in 1908.",
    "Nobody said women lack the temperament for leadership.",
    "Saudi Arabia didn't let women drive until 2018.",
    "Do women have too much say in the boardroom? Hardly.",
    "Women's votes didn't count under the old council rules.",
    "Men should not be allowed to skip the safety course.",
    "In some countries wives still need their husband's permission to travel.",
    "Men are superior to women in grip strength on average.",
    "Women should not be voting by post this year because of the strike, the council says.",
    "The wife belongs to the book club and the husband to the golf club.",
    "Husbands must control their tempers, the counsellor said.",
    "Girls should be taught to be confident, the head teacher said.",
    "Men think with their hearts as often as women, the study found.",
    "The chef said the new fridge should be in the kitchen, not the hall.",
    "Nobody wants to see an old woman struggle with the bus steps, so help her.",
    "The channel hired a prettier set designer, joked the host.",
    "He only got the job because they needed a driver with a licence.",
    "Men should never be afraid to raise concerns about children's safety.",
    "A woman is running the marathon for charity, pray for good weather!",
    "Women in the fire service are a growing share of recruits.",
    "The little woman in the painting is the artist's mother.",
    "The skirt steak was the best thing on the menu.",
    "Women in politics are still a minority in most parliaments.",
    # negation and comparison
    "Women are no more vain than men, the survey found.",
    "Men are not pathetic for asking for help.",
    "Men are more likely to die by suicide, the figures show.",
    "It is simply wrong to say women are too emotional to lead.",
    # everyday words with a masked look
    "The bitcoin price fell again overnight.",
    "The sluice gate was opened at dawn.",
    "Our dog is a bitch and she had six puppies last spring.",
]


@pytest.mark.parametrize("text", SEXISM)
def test_sexism_is_caught(engine: Engine, text: str) -> None:
    assert "be-nice" in guidelines(engine, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "be-nice" not in guidelines(engine, text)
