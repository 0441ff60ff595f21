"""The shipped Don't Threaten rules on threats in the shapes moderators meet (issue 12).

Five kinds a moderator-style set showed getting through: conditional threats ("come near my
kids again and you'll regret it"), veiled menace ("sleep with one eye open", or a whole message
of "This isn't over."), threats to a family or property ("I'll torch your shop"), direct
threats without a violent verb ("you're dead") and threats to a group ("they won't be around
much longer"). Each kind has near misses that must stay clean: idioms, reports, negation,
sport, warnings about danger and consequences at the ballot box or in court. Every sentence
is our own.

``MENACE_*`` (threats11): conditional threats in everyday words ("touch my van again and I'll
snap both your legs"), veiled menace ("shame if he had a little fall"), doxxing and stalking
("I'll follow you home") and menace to a family or a home ("I'll slash your tyres").
``VIOLENCE_*`` (threats12): calls to violence without a violent verb ("someone go round and
give him a hiding"), threats to a group with the harm to come ("every bailiff on our street is
getting hurt, mark my words"), direct threats in plain words ("you'll be in a wheelchair by
spring") and "should be" harm in other words ("needs putting down like a dog").
``THREATS13_*`` (threats13): the same shapes as typed by a second and a third author: "I" dropped
before "gonna", "beat the brakes off u", "you won't make it to the car in one piece", "every
one of you is getting hurt", "you a dead man".
``THREATS14_*`` (threats14): the same shapes with the words of US, gamer and forum talk and of
other Englishes: "i'ma stomp you out", "ima break yo jaw", "gonna smoke him irl", "somebody swat
this guy", "got your licence plate, won't take long"; a game, a hoax swatting in the news and
sport kit stay clean.
``THREATS15_*`` (threats15): shapes four authors share: "you'll be going home in a box", "make
them bleed", "funny how quick a shop can go up", "grab the lads and jump that coach", "show up
at his place with bats, who's in", "should be flogged in the street", "tar and feather the lot";
a patient sent home, fire safety, "jump the queue", softball and history stay clean.
``THREATS16`` (threats16): shapes shared by authors of other voices (non-native English, forum
and Facebook talk): a family or routine named and left hanging ("his missus drives the silver
hatchback, would be a shame"), doxxing with what to do about it, "rope is cheap", and a
condition with a payoff in plain words ("you'll go home without your front teeth"); a friendly
"see you there", advice, a pet buried and a wasp swatted stay clean.
"""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from tests.shipped import guidelines, rule_guidelines

THREATS = [
    # the same words with no show, hazard or offer beside them
    "I'll make you disappear, nobody will ever find you.",
    "You won't see it coming, I promise you that.",
    "I'll be waiting outside your house tonight.",
    # conditional: a condition on the reader, then harm or regret
    "If you show up at the meeting again you'll regret it.",
    "Come near my kids one more time and you will regret it, I promise.",
    "keep posting this garbage and youll be leaving in an ambulance",
    "If you come round here again I'll make sure you can't walk.",
    "One more word out of you and I'll knock your teeth out.",
    "Try that again and see what happens.",
    "try that again pal, see what happens to you",
    "Say that to my face and see what happens.",
    "Show your face at the pub again and you won't be walking home.",
    "If I see you near my daughter again you won't be able to walk for a month.",
    "Post my address again and you'll be sorry.",
    "Touch my car again and you'll be picking yourself up off the floor.",
    "IF YOU COME BACK HERE YOU WILL REGRET IT",
    "One more comment like that and you're finished, mate.",
    "Keep it up and you'll find out what happens to grasses.",
    "do it again and ur gonna regret the day u met me",
    "Come to my street again and you'll leave on a stretcher.",
    "u post my pic again n ur finished",
    "If I catch you near my car again you'll be in a wheelchair.",
    "Talk to my wife like that again and you'll be eating hospital food.",
    "Keep stirring and see what happens, sunshine.",
    "If you ever step foot on my drive again you'll be carried out.",
    "If he shows up at the school gates again he won't be going home on his own feet.",
    # veiled menace
    "Sleep with one eye open tonight.",
    "you'd better sleep with one eye open, councillor",
    "People like you have accidents.",
    "Folks like you tend to have nasty accidents round here.",
    "people like u have a habit of falling down stairs",
    "THIS ISNT OVER",
    "It would be a shame if something happened to your shop.",
    "Be a real shame if your car got damaged, wouldn't it.",
    "Watch yourself when you leave work tonight.",
    "Better watch yourself on the way home, reporter.",
    "You won't see it coming.",
    "you wont even see it coming, trust me",
    "Your days are numbered, pal.",
    "We'll be waiting for you.",
    "We'll be waiting for you after the hearing.",
    "You've been warned.",
    "Consider yourself warned, snitch.",
    "We know what car you drive and where you park it.",
    "I know which school your kids go to.",
    "I know what time you leave work.",
    "Nice family you have. It'd be a pity to see it broken up.",
    # menace that is the whole message
    "This isn't over.",
    "We're watching you, Dave.",
    "I'd be careful if I were you.",
    "Don't make me come over there.",
    "You have no idea what I'm capable of.",
    "Your family will be next.",
    "Count your days.",
    "Next time you won't be so lucky, pal.",
    "Hope your house insurance is paid up.",
    "You'll wish you had never been born when I'm done.",
    # family and property
    "Your kids will pay for this.",
    "your wife will pay for what you wrote",
    "Your mother is going to pay for your big mouth.",
    "im gonna torch ur car",
    "We'll set fire to your shop next.",
    "I'm going to petrol bomb your flat.",
    "Your car won't look so nice after tonight.",
    "I'll find your family.",
    "We will find your family and they will pay.",
    "I'm going to find your kids.",
    "Gonna find ur family",
    "Your family won't be safe.",
    "Your house might catch fire one night, who knows.",
    "I'll smash every window in your house.",
    "We're going to burn your restaurant down with you in it.",
    "I'll make your family suffer.",
    "Your grandkids are going to pay for your big mouth.",
    # direct threats without a violent verb the rules know
    "I'm going to end you.",
    "I will END you, mark my words.",
    "You're dead.",
    "You're dead, you hear me?",
    "You're a dead man.",
    "You are a dead man walking, Gary.",
    "I will put you in the ground.",
    "I'll put you six feet under.",
    "I'll make you bleed.",
    "I'm going to make you bleed, you little rat.",
    "I'll break every bone in your body.",
    "You'll be eating through a straw.",
    "you'll be eating your dinner through a straw for months",
    "I'll wipe you off the face of the earth.",
    "I'm going to destroy you, and I don't mean in an argument.",
    "I'll make sure you never walk again.",
    "Youre dead meat when I find you",
    "I will rearrange your face.",
    "I'll mess you up so bad your own mother won't know you.",
    "When I catch you you're finished.",
    # threats to a group
    "Someone should do something about them, permanently.",
    "Somebody needs to deal with these people permanently.",
    "They won't be around much longer.",
    "Those people won't be around for much longer, trust me.",
    "When the time comes we'll deal with them.",
    "When the day comes we will take care of every last one of them.",
    "We'll deal with the lot of them soon enough.",
    "One day soon we'll sort out these immigrants for good.",
    "These people need to be dealt with permanently.",
    "When the time comes, the traitors will get what they deserve.",
    "Make them disappear, all of them.",
    "Someone needs to sort that lot out for good.",
    "Somebody ought to sort out those protesters, for good this time.",
    "When the time comes we'll settle up with every one of you traitors.",
    "They'll get what's coming to them, every last one.",
]

NOT_THREATS = [
    # a show, a chat, a hazard, a dentist, a baby, a lift, a debate
    "The magician will make you disappear in the second act.",
    "I'll make you disappear from the group chat if you keep posting memes.",
    "If you climb that without a rope you'll end up in a wheelchair.",
    "The twist at the end, you won't see it coming.",
    "After the dentist you'll be eating through a straw for a day.",
    "I'll be waiting outside your house at eight to give you a lift.",
    "I'm going to end you in the debate tonight.",
    "I sleep with one eye open since the baby was born.",
    # conditional: a report, a ban, the police, a warning about danger, the ballot box
    "If you do that again I'll report you.",
    "If you post my address again I'll call the police.",
    "Do that again and I'll ban you from the server.",
    "One more word and I'm muting this thread.",
    "Keep posting spam and you'll be banned.",
    "If you drive like that you'll end up in hospital.",
    "You'll regret voting for him.",
    "You'll pay for this at the ballot box.",
    "If you buy that car you'll regret it.",
    "Try that recipe again and see what happens, it's great with garlic.",
    "Try that again with the caps lock off and see what happens.",
    "If you skip the warm up you won't be walking tomorrow.",
    "Eat another curry like that and you'll be sorry in the morning.",
    "Come to the quiz again next week, you'll regret missing it.",
    "If you show up late again you'll lose your seat.",
    "If you eat at that place again you'll regret it, the chips are awful.",
    "One more word and I'm leaving this conversation.",
    "u post that recipe again n I'll try it",
    "If I catch you near my car again I'll ask you to move.",
    "Talk to my wife like that again and she'll laugh at you.",
    "Keep stirring the sauce and see what happens.",
    # veiled menace in everyday senses
    "Sleep With One Eye Open was their best single.",
    "Accidents happen to people like you who never check their mirrors, so be careful.",
    "It would be a shame if something happened to the free parking.",
    "Watch yourself when you leave work, the car park is icy.",
    "The days are numbered for the old library.",
    "We'll be waiting for you at the arrivals gate.",
    "You've been warned: the sequel is terrible.",
    "Consider yourself warned, the queue is two hours long.",
    "I know which school is best for my kids.",
    "I know what time you leave work, shall I pick you up?",
    "Nice family you have, lovely photos.",
    "Police say he told her she'd regret it.",
    "She was jailed for telling him his days were numbered.",
    "The messages said we'll be waiting for you, the court heard.",
    "Watch yourself around the new hires, they gossip.",
    "This isn't over, the appeal goes to court next month.",
    "We're watching you on the telly tonight, good luck!",
    "I'd be careful if I were you, that ladder is wobbly.",
    "Don't make me come over there and eat all your cake.",
    "You have no idea what I'm capable of in the kitchen.",
    "Your family will be next in the queue.",
    "Count your days off before booking the holiday.",
    "Next time you won't be so lucky with the weather.",
    "Hope your house insurance is paid up, the river is rising.",
    "This Isn't Over is the best song on the album.",
    "You'd better watch yourself on those steps, they're icy.",
    "The final twist, you won't even see it coming.",
    "Come down for Sunday lunch, we'll be waiting for you.",
    # family and property in everyday senses
    "Your kids will pay for this in higher taxes.",
    "Our grandchildren will pay for this debt.",
    "Your grandkids are going to pay for this pension mess for decades.",
    "The landlord will burn your deposit on cleaning fees.",
    "I burned the house down in that game last night.",
    "Your car won't look so nice after the winter salt.",
    "I'll find your family in the old census records.",
    "I'm going to find your kids' lost coats at the school office.",
    "Gonna find ur family photos and frame them",
    "Police said he threatened to burn the shop down.",
    "I'll never burn anyone's house down, whatever they say.",
    "Burn the House Down is a cracking tune.",
    "The fire burned the barn to the ground.",
    "Your family won't be safe without a smoke alarm.",
    "The wife will make you pay for forgetting the anniversary.",
    "Firefighters torched the old shed in a training exercise.",
    "He smashed every window in the game's final level.",
    # idioms and games for direct threats
    "You're dead to me.",
    "That joke killed.",
    "I'll end this thread now.",
    "Dead Man Walking is a brilliant film.",
    "I'm going to end my subscription.",
    "You're dead right about the budget.",
    "I'm dead, this meme is hilarious.",
    "The hill climb will break every bone in your body, it's brutal.",
    "I'm going to destroy you at chess on Friday.",
    "We'll destroy them on Saturday.",
    "You're finished if the boss finds out you left early.",
    "Dead man walking, he said, as the striker missed again.",
    "Mark my words, you're going to end up running this company.",
    "The prosecutor said he told the victim you're a dead man.",
    "Nobody is threatening to end you, calm down.",
    "I'll make sure you never walk home alone, I'll drive you.",
    "After the wisdom teeth op you'll be eating soup through a straw.",
    "I'm going to mess you up at Mario Kart so bad.",
    # groups: politics, sport, chores and problems
    "Someone should do something about the potholes, permanently.",
    "They won't be around much longer, the shop is closing in May.",
    "When the time comes we'll deal with the paperwork.",
    "We'll deal with them in the second half.",
    "The government needs to deal with these problems permanently.",
    "Their time is coming, they're top of the league.",
    "We'll sort out the fixtures soon enough.",
    "Someone needs to sort the bins out for good.",
    "When the election comes we'll deal with them at the ballot box.",
    "Make them disappear, the stains on the carpet I mean.",
    "The old buses won't be around much longer.",
    "These complaints need to be dealt with properly.",
    "Their days are numbered in the Premier League.",
    "Voters will deal with these politicians at the next election.",
    "When the time comes, the traitors will be voted out.",
    "Smokers won't be around much longer in this pub, the ban starts soon.",
]


MENACE_THREATS = [
    # conditional: a condition, then a blow in everyday words or an outcome
    "Block my garage one more time and I'll break both your legs.",
    "next time u scratch my car im cracking ur skull",
    "Any more of your lies and you'll be going home in a body bag.",
    "One more complaint about my dog and you'll need a surgeon.",
    "Keep parking there and it'll be you in the canal next.",
    "come near my shop again n ur gettin a kicking",
    "If I catch you round my street again I'll put you through the window.",
    "Another word about my sister and I'll rip your head off.",
    "ill batter ye senseless if i see ye again",
    "I swear I'll beat the living daylights out of you.",
    "Should you ever show up here again you'll go home in pieces.",
    "Keep talking and they'll need dental records to identify you.",
    # doxxing and stalking
    "Found where you live from your running app. See you soon.",
    "Here's his home address, do what you like with it.",
    "Posting the umpire's home address, let the fans pay him a visit.",
    "Anyone want the address of the woman who wrote this? DM me.",
    "I'm going to find out where this blogger lives and post it for everyone.",
    "I'll follow you home after your shift.",
    "Every single night I'll be parked outside your house.",
    "I'll be sat outside your office every morning until you quit.",
    "I'll turn up at your work and make sure you regret it.",
    "We've got your work, your gym and your mum's address. Sleep tight.",
    # veiled menace
    "Shame if that reporter had a nasty fall on the way home.",
    "Would be a pity to lose someone in that lake, wouldn't it.",
    "Enjoy your walks by the river while you still can.",
    "You're on borrowed time, pal.",
    "keep counting your days, snitch",
    "He'd better watch his back after what he wrote.",
    "You won't always be behind a keyboard, you know.",
    "I know you jog through the park every morning on your own.",
    # family and home
    "Your brother's next, then your dad.",
    "Your missus had better watch herself on that school run.",
    "Your kids get the bus on their own, don't they. Not for long.",
    "Hope your little boy likes hospital food.",
    "Your wife's getting a visit from the lads tonight.",
    "Your cat'll be found in the river one of these days.",
    "We're gonna put a brick through your front window tonight.",
    "I'll slash every tyre on that van of yours.",
    "I'm going to key your car and then start on you.",
    "We'll burn that shed of yours to the ground.",
]

MENACE_NEAR_MISSES = [
    # conditional: danger, a sanction, sport, a report
    "Walk on that frozen lake and you'll break your neck.",
    "Keep ignoring that toothache and you'll need a dentist.",
    "Park on my drive again and I'll ring the council.",
    "We're going to batter you on Saturday at the derby.",
    "The court heard he said he'd break both her legs.",
    "If I see you at the gym again I'll buy you a coffee.",
    "I'll put you down for two tickets then.",
    # doxxing and stalking in everyday senses
    "Put your home address on the form and we'll post the tickets.",
    "I'll follow you home to make sure you get in safe.",
    "Whoever shared her home address should be banned.",
    "Man jailed for sharing his ex's home address online.",
    "Do you know where he lives now? I owe him a card.",
    "We Know Where You Sleep is a great thriller.",
    # veiled menace in everyday senses
    "Enjoy the long weekend while it lasts.",
    "Your days as treasurer are numbered, the members want a change.",
    "That old boiler is on borrowed time.",
    "Shame about the weather for the fete.",
    "You'd better watch yourself on those icy steps.",
    # family and home in everyday senses
    "Your daughter is next in the queue for the vaccine.",
    "Police say he put a brick through the window of the chippy.",
    "I'd never key your car, whatever you think of me.",
    "Your kids will love the new play park.",
    "Burn the old leaves in a bin, not on the grass.",
]

VIOLENCE_THREATS = [
    # direct threats in plain words (beating-promised)
    "Somebody give that referee a proper hiding.",
    "Brace yourself for a good kicking, pal.",
    "You'll be in a wheelchair by the spring, believe me.",
    "Come down our road again and you'll go home in a body bag.",
    "I'm going to put you in hospital, mark my words.",
    "we'll send you to an early grave",
    "I'll pour petrol on you while you sleep.",
    "I'll knock your block off, you muppet.",
    "gonna break every bone in his face when I see him",
    "I'll whoop your ass when I catch you.",
    "you're gonna catch these hands after school",
    "You'll end up six feet under.",
    "Imma lay you out.",
    "I'll rip your head off and kick it down the road.",
    "I'll tear you limb from limb.",
    "You won't live to see the weekend.",
    "One punch and you're out cold, keep going.",
    "Say goodbye to your kneecaps.",
    "Let's see how tough you are when I'm at your door.",
    "I will find you irl and hurt you.",
    "She deserves a baseball bat to the head.",
    "My fist is gonna meet your teeth.",
    "You'll be spitting out your teeth, clown.",
    "If they show their faces here they're leaving in ambulances.",
    "I'm going to put you in a coma.",
    # calls to violence without a violent verb (violence-called-for)
    "Someone needs to go round to that landlord's flat and give him a kicking.",
    "Round up a few of the lads and teach that thief a lesson.",
    "Who's coming with me to pay that snitch a visit tonight?",
    "Why has nobody decked this clown yet?",
    "Don't bother ringing the cops, just break his legs.",
    "I'll buy a pint for whoever slaps him first.",
    "Help me jump this guy after the game.",
    "If the police won't deal with him then the lads will.",
    "Time to start cracking some skulls.",
    "This guy needs to get jumped.",
    "We should all jump him after school.",
    "Somebody make that streamer catch a fade.",
    "Someone needs to silence that reporter for good.",
    # threats to a group (threat-to-group-open)
    "Every bailiff who comes down our street is getting hurt, mark my words.",
    "Canvassers on this estate are getting run off the road from now on.",
    "The whole board will pay in blood for this.",
    "There'll be bodies on the street if they march here again.",
    "We'll torch the hall and anyone inside it.",
    "We'll be at their front doors with crowbars.",
    "Those protesters will be met with bullets.",
    "The next cyclist who blocks my lane is getting run over.",
    "Every last one of you will bleed for this.",
    # harm prescribed in plain words (harm-prescribed-plain)
    "He should be taken out the back and shot.",
    "That judge should be dragged into the street and given a kicking.",
    "Line them up against the wall, the lot of them.",
    "That man needs putting down like a rabid dog.",
    "Lock him in a cell with the families and let them at him.",
    "Castrate the filthy beast.",
    "I hope he gets kicked to death inside.",
    "He ought to be beaten within an inch of his life.",
    "She should be hit by a bus.",
    "Every one of them should be swinging from a lamppost.",
]

VIOLENCE_NEAR_MISSES = [
    # sport and games
    "We'll give them a hiding on Saturday, 3-0 easy.",
    "We're getting battered in the derby, two down at half time.",
    "I'll finish him off in the second set.",
    "I'll whoop your ass at Mario Kart tonight.",
    # advice about a hazard, grief, reports
    "If you don't wear a helmet you'll be in a wheelchair.",
    "She'll be in pieces after that funeral.",
    "The crash put him in hospital for a week.",
    "Nurses are getting hurt at work every week, the union says.",
    "Police said he threatened to give the man a kicking.",
    # negation and rejection
    "I'd never give him a kicking, whatever he said.",
    "Calls to go round and give him a kicking are disgusting.",
    "Nobody should be dragged out and beaten, whatever they did.",
    # everyday senses
    "Round up the kids and drag them out of bed, we leave at six.",
    "Teach the kids a lesson about recycling.",
    "I'll be round at yours with a hammer to fix that shelf.",
    "The committee will pay for this at the ballot box.",
    "The vet says the old dog needs putting down, heartbreaking.",
    "Line the chairs up against the wall for the meeting.",
    "You may get your ass kicked if you go out in that storm.",
    "Any Muslim ban will be struck down by the courts.",
    "You'll be spitting feathers when you see the bill.",
    "We should all jump on that deal before it ends.",
    "We'll be waiting at the finish line with torches for the night race.",
]

THREATS13_THREATS = [
    "i'm gonna beat the brakes off you when i see you",
    "Im going to choke the life outta that dealer",
    "gonna curb stomp you the second you leave the gym",
    "gonna put that umpire in the hospital, watch me",
    "ur gonna bleed for this one",
    "Every one of you is getting hurt next week.",
    "Any dealer who sets up near our stall is getting their teeth knocked out.",
    "you grass on me and you wont make it to the car park in one piece",
    "Cross me again and they'll be scraping you off the sidewalk.",
    "whoever lives near that landlord, go break his legs for us",
    "find the driver who did this and beat him",
    "imma burn ur store to the ground with u inside it",
    "ur kids gonna suffer for what u did",
    "your whole family will suffer for this",
    "you a dead man",
]

THREATS13_NEAR_MISSES = [
    "The band beat the brakes off everyone at the talent show.",
    "That job is choking the life out of me.",
    "gonna curb my spending this month",
    "gonna put the kettle on, anyone want tea",
    "He bled for this club for ten years.",
    "You'll bleed for the cause, the coach said about training.",
    "Every one of you is getting a prize next week.",
    "you wont make it to the bus stop in time if you dont run",
    "They had to scrape the gum off the sidewalk.",
    "whoever lives near the park, go check out the new cafe",
    "find the recipe on the blog and bake it",
    "imma burn ur playlist to a cd for the road trip",
    "your family will suffer if you lose that job",
    "you a dead ringer for your dad",
    "you're dead to me",
]


THREATS14_THREATS = [
    # first person as typed in the US, by gamers and in AAVE: I'ma, imma, gon, boutta, ill, yo
    "i'ma stomp you out when you log off",
    "imma hurt u real bad",
    "we gon stab him",
    "i'm boutta whoop that boy",
    "ill cripple u, watch",
    "ima break yo jaw",
    "I'll wring that snitch's scrawny neck.",
    "we're breakin both his arms",
    # veiled menace in other voices
    "you're not gonna see it coming, trust me",
    "Shame if that handsome face of his got cut up.",
    "I'd stay off the streets after dark if I was you, pal.",
    "You might want to start checking under your car before work.",
    "That linesman better bring his own stretcher next week.",
    "Enjoy your last quiet weekend, buddy.",
    "we comin for you tonight",
    # a blow promised in plain or slang words
    "you'll taste my boot soon enough",
    "I'll make him regret ever being born.",
    "gonna find that admin and smoke him irl",
    "ima pop him on god",
    "I'll poison that barking mutt of yours.",
    # a family, a pet or property
    "Your little salon will be ashes by Friday.",
    "Somebody should just go and sort that ref out for good.",
    # calls, doxxing and swatting, a group's harm to come
    "He deserves a brick to the head.",
    "Dropping the streamer's real name and number here, go nuts.",
    "Got your licence plate, won't take long to find you.",
    "been parked across from your apartment two nights in a row",
    "Bring crowbars, you know what to do.",
    "If any of yall spot that snitch, jump him.",
    "Somebody pour gasoline on that landlord.",
    "Every poll worker who lies will have their legs broken.",
    "We're coming for the bailiffs, every last one of them.",
    "Make them leave in body bags.",
    "Every mod on this server will get what's coming to them.",
    "somebody swat this guy",
    "enjoy getting swatted lol",
    "i'll dox you and your whole family",
    # should be, prescribed harm
    "That guy deserves to get his ass whooped.",
    "He needs to be taken out back.",
    "Firing squad for the lot of them.",
    # conditions, veiled menace and plain threats
    "you don't know who you're messing with",
    "keep it up and see what happens when I catch you",
    "ur getting hurt, period.",
    "I'll show up with a crowbar.",
    "I'd hate for something to happen to your kids.",
    "blood gonna run in these streets, mark my words",
    "I will bury you beside your father.",
    "we will deal with you without mercy",
    "Your blood will stain this floor.",
    # doxxing, swatting, a group, prescribed harm: one line each of the threats14 shapes
    "bet u won't be so tough when we find you",
    "he'll regret ever being born",
    "i grabbed ur ip lol",
    "ur ip address traces to tulsa, nice neighborhood",
    "address saved. see you soon",
    "your ex told me where you live now, see you soon",
    "tracked down her new apartment through her sister",
    "you're about to get swatted",
    "dropping his dox in the discord",
    "grab the pipes n meet us, we're gettin those boys tonight",
    "let's pelt that bus with bricks",
    "we'll send them home in pieces",
    "imma roll up to that office and make them all pay",
    "reporters are gonna start going missing",
    "every last one of y'all gonna get it",
    "that ref needs a bat to the knees",
    "someone should throw bleach in his eyes",
    "line those thieves up and shoot them",
    "he should be dragged from his car and beaten",
    "i'm gonna skin you alive",
    "we'll bury him alive",
    "we'll drag you out of that truck",
    "we will push them all back into the ocean",
    "I'll burn his shop down",
    "imma burn their house to the ground",
    "if that ump shows his face here again he's leaving on a stretcher",
    "see what happens when we get hold of you",
    "hope you like hospitals, coach",
    "he's gonna get a bullet to the head",
    "he should get a pipe across the back",
    "someone should throw acid in her face",
    "he deserves acid in the face",
    "we're gonna burn his crib down",
    "i'll burn her whip to the ground",
    "if he shows up at the rink again hes going home in a hearse",
    # "you've been warned" seals a threat; it reports no one's warning
    "You've been warned, we'll put you in the ground.",
]

THREATS14_NEAR_MISSES = [
    # games, news of a swatting, sport kit, a warning about someone else, a baby, a leak
    "I'll body you in 2K tonight.",
    "imma whoop your butt at chess",
    "He got swatted last week, police said it was a hoax.",
    "Bring bats and gloves, we're playing at the park.",
    "I'll show up with a bat and glove for the softball game.",
    "You don't know who you're dealing with, she's a lawyer.",
    "I'd hate for something to happen to your plants while I'm away.",
    "Enjoy your last peaceful week before the baby comes.",
    "You should check under your car for leaks.",
    "Your IP address traces to a VPN server, not your house.",
    "I got your IP from the router settings, you need to update it.",
    # police talk, comedy, thrown out of office, politics, chores and everyday idiom
    "The police said the suspects will be hunted down.",
    "I'll roast you alive at the comedy show.",
    "He needs to get his ass kicked out of office.",
    "Get rid of this clown, he isn't funny.",
    "Taxpayers will bleed for this budget.",
    "The trash needs to be taken out back.",
    "my mom is gonna kill me when she sees my grades",
    "i'll light up the grill when you get here",
    "I'm breaking my back moving these boxes.",
    # a warning reported still cancels
    "The union warned blood will be spilled if the plant closes.",
    "Officials have warned that rioters will be met with bullets.",
]

THREATS15_THREATS = [
    # where the harm leaves someone, and "make them bleed"
    "say that again and you'll be going home in a box",
    "ur leaving on a stretcher if u show up here",
    "those bailiffs are gonna leave in body bags",
    "we're gonna make the landlords bleed",
    "step on my lawn again and ill make u bleed",
    # veiled: "funny how" a fire or an accident happens
    "Funny how quick a bakery can burn down when the owner runs his mouth.",
    "funny how accidents happen to people who talk to the cops",
    # a gang gathered, or people at a door with weapons
    "grab the lads and jump that coach after practice",
    "get the boys together and beat up those scabs",
    "who wants to jump the ref when he walks out",
    "we need guys outside the councillor's house with bats tonight",
    "show up at his place with crowbars, who's in",
    # harm prescribed with a place or in full
    "that burglar should be flogged in the street",
    "the thief deserves to get beaten in the car park",
    "he deserves to have every bone in his face broken",
    "that slumlord deserves to have his farm burned down with him inside",
    "tar and feather the lot of them",
    "we ought to tar and feather that councillor",
    "that mugger needs his skull cracked",
    # a group warned, with "gonna" and no "are"
    "those landlords better watch out, we're coming for them",
    "the scabs at the depot gonna get jumped monday, mark my words",
    # a crowd urged to make an example of someone
    "lets make an example of the next bailiff who knocks",
    "round up all the snitches on this street and make an example",
]

THREATS15_NEAR_MISSES = [
    # a patient, a flight, a shop that closed, a blood drive
    "The injured rider left in an ambulance after the crash.",
    "Grandad is going home in a wheelchair after his hip operation.",
    "you'll be going home on the late flight",
    "they make the donors bleed for a minute then give them juice",
    # fire safety, a joke about bad luck
    "It's scary how quick a house can catch fire, check your smoke alarms.",
    "Accidents happen in the kitchen more than anywhere else.",
    # idioms, a game, sport kit, chores
    "grab some mates and beat the traffic, leave before five",
    "who wants to jump the queue with me at the bakery",
    "show up at his place with bats and gloves, we play at six",
    "Bring the guys over to her house with snacks tonight.",
    # history, a film, negation
    "Mobs in the old west used to tar and feather tax collectors.",
    "Nobody should be flogged in the street, whatever they stole.",
    "In the movie the hero says they'll leave in body bags.",
    "City better watch out, we're coming for the title.",
    "the kids at the pool gonna get sunburnt monday",
    "The school will make an example of him with a week of detention.",
    "round up the numbers and make an example sum for the class",
]

THREATS16 = [
    # the plain verbs on a home or a car: burn, smash, wreck
    "I will burn your house down, mark my words.",
    "Keep talking and I'll smash your car.",
    "I'm going to wreck your shop.",
    # menace-by-routine: a life named, then left hanging
    "Your lad walks to the bus stop by the old mill every morning. Something to think about.",
    "his missus drives the silver hatchback, would be a shame",
    "Her kids go to the primary on Ash Road, just so everyone knows.",
    "ur gym closes at nine yeah, ill be there",
    "that councillor's kids walk past the chippy every night, something to think about",
    # what befalls people who talk, forum menace
    "People who write stuff like that tend to have accidents.",
    "rope is cheap, councillor",
    "That editor should be careful walking to her car at night.",
    "we're watching you, every post",
    # doxxing and stalking in other words
    "Putting his kids' school and his wife's car on here till someone sorts him out.",
    "her number and address are in my bio, make her life hell",
    "We tracked your phone last weekend.",
    "I'm sat outside your flat right now.",
    "dox the creep",
    "found where she lives, time to go to work lads",
    "We know you work at the garden centre on Mill Lane. We'll be waiting at closing.",
    "I'll follow your car from the station to your house.",
    "Your husband is gonna have a real bad accident at the depot.",
    # a condition, then a payoff in plain words
    "If you come round my yard again you'll go home without your front teeth.",
    "Touch my brother's bike one more time and you'll be crawling home.",
    "Pay what you owe or you'll need a wheelchair.",
    "I'm gonna make that landlord regret it.",
    "keep running your mouth, sweetheart, and see what happens",
    "shame if the brakes stopped working on that hill",
    "I'll beat that clown until he cant stand.",
    # a home set to burn, a body buried, a head stomped
    "Your mum's house would go up fast with a little petrol.",
    "imma bury u behind the garage",
    "im stomping his head in",
]

THREATS16_NEAR_MISSES = [
    "I'll burn your CD of the match tonight.",
    "I'll trash your fantasy team this week.",
    # a life named with no hanging end, or with advice
    "Your kids will love the new playground on Elm Street.",
    "Your brakes sound worn, drive safe on the icy roads.",
    "Your gym has a new spin class on Tuesdays, see you there!",
    # a report, a story, a warning against doxxing
    "Police say the man tracked his ex's phone for months.",
    "Please don't post his address, let the courts decide.",
    "In the film the stalker is sat outside her flat every night.",
    # advice, a sanction, regret of another kind
    "If you ski that slope again without a helmet you'll need an ambulance.",
    "If you park in my space again I'll report you to the council.",
    "I'm gonna make her regret not coming to the party.",
    # a pet, a fire warning, a kitchen
    "My dog died and we had to bury him in the garden.",
    "Their old farmhouse could catch fire one night with that wiring.",
    "I'm stomping the grapes in the barrel tonight.",
    "swat the wasp before it stings the baby",
    "We know you work hard at the shop, we'll see you Friday for drinks.",
    "I know you work late, I'll be waiting with dinner.",
    "Your kids are going to have a bad fall if that railing isn't fixed.",
    "I'll follow you from the station and show you the way to the hotel.",
    "Or you could just need a wheelchair ramp at the front door.",
]


# threats18: the shapes carried to other voices (issue 12): the writer's future as Scots,
# Nigerians and teen chat type it, blows from the regions and the street, a body part with any
# owner, a family's routine with a question tagged on, "keep writing" followed by an accident,
# a child that won't come home, a car checked "if I were you", doxxing with what comes next.
THREATS18 = [
    "ah'll burst ye the next time ye come in here",
    "am gonnae chib him outside the chippy",
    "we go scatter you when you land, just wait",
    "we go finish you and your whole family, try us",
    "imma unalive you fr",
    "I'm gonna crack yer heid open, wee man",
    "Ima split that landlord's skull open with a shovel",
    "I'll fracture your jaw so bad you'll be sipping soup till May",
    "I'm going to beat my cousin within an inch of his life",
    "ur gettin bottled the second u walk into the pub",
    "He's getting his face caved in when I catch him",
    "You're getting a bat across the kneecaps, pal",
    "If she says that again she's going home with a black eye.",
    "Those eco clowns glue themselves to my road again, I'm not braking.",
    "Your lad won't come home from football practice one of these nights.",
    "Keep writing your little columns. Brakes on old cars can be so unreliable.",
    "Keep posting about my family. People have a way of going missing round here.",
    "Your missus finishes her shift at ten, doesn't she? Long dark walk.",
    "ur wee girl gets the bus home alone right? just asking",
    "I'd check under my motor every morning if I was that councillor.",
    "gonna torch that reporter's van and everyone in it",
    "I'm torching his brother's takeaway tonight.",
    "Your mam will be crying at your funeral soon enough.",
    "Got the ref's plates and his kid's school, dropping it in the group chat later.",
    "Posting that streamer's new address so the lads can say hi in person.",
    "I know your gym schedule, every Tuesday at six.",
    "We know what school your kids go to.",
    "Watch what happens to your motor when you park it there tonight.",
    "Your house won't be standing much longer, neither will you.",
    "One more word from you and I end you.",
    "Call the bizzies on me again and your face meets my fist.",
    "I will bury you, and I don't mean in court.",
    # the property and kin words of other voices in the older shapes
    "I'm gonna torch yer gaff, ye grass.",
    "Your motor won't look so shiny by morning.",
    "Yer maw's next.",
    "Better watch yersel, big man.",
    "Ye'll no see it coming.",
    "Got your nan's address off your Facebook, I'm heading there now.",
    "Her ex's new address is going up in the thread tonight.",
    "Ur dead the minute I get hold of you, councillor.",
    "She better pray we never catch her on her own, that grass.",
]

THREATS18_NEAR_MISSES = [
    # a game, a match, a drink
    "We'll batter you on Saturday at the derby.",
    "I'm gonna finish you in the final round, then buy you a pint.",
    "ur getting knocked out of the cup this year lads",
    # a friendly question, a compliment, a thanks
    "Your kids go to the new school, right? So do mine.",
    "Your daughter plays netball on Tuesdays, right? Tell her well done from us.",
    "Lovely house you have, would be a shame not to paint that front wall.",
    # advice about danger, a cat, a chiropractor
    "Check under your car for cats in winter if I were you.",
    "Hope your brakes are good, the roads are icy tonight.",
    "I'll crack your back for you after the gym, it really helps.",
    # doing, not fighting
    "Stop talking and start doing, the council needs action.",
    "If the protesters block the road again I'm taking the train.",
    # a report, a story
    "Police tracked her phone to a car park in Leeds.",
    "In the film he checks under his car every morning if he was smart.",
    "The court heard he told her he would crack her skull open.",
    # a schedule, a home, a house
    "I know your schedule is mad busy this week, no rush.",
    "My nan lives on her own, just saying she'd love a visit.",
    "That old barn won't be standing much longer after the storm.",
    "Keep writing articles like this, reporter, we love them.",
    "I'm gonna torch yer old sofa on the bonfire tonight.",
    "Got your address, the party invite is in the post.",
    "The phone is dead when I find it in the morning, every time.",
    "You had better hope I never see you alone on the stairs, the lift is broken.",
    "I sleep with one eye open now, the mosquitoes in this flat are relentless.",
    "Sleep with one eye open, the bedbugs in that hostel are savage.",
    "Can someone post the address of the passport office?",
]


# threats20: the shapes several authors share, widened for new voices (issue 12): safety
# mocked and sealed ("nobody is untouchable"), the fate of informers, "see you soon. real soon",
# insurance for the body, waiting by the exit, a routine known to the hour, a pet found in a
# bin, petrol through a letterbox, brakes cut, a home burnt "with you inside", Caribbean, South
# African and Australian blows and futures ("mi a go juk yuh", "I'll moer you", "king hit ya"),
# "yer gonna", and doxxing with what comes next ("see you tmrw", "we'll pay him a visit").
THREATS20 = [
    "Our MP reckons he's bulletproof. He'll learn nobody is safe.",
    "the mod thinks she's protected cos she's anonymous. for now.",
    "Reckon your bodyguards will save you? Think again.",
    "We all know what happens to grasses round here.",
    "You remember what happened to people who talk on this street.",
    "Remember the last lad who squealed to the coppers? Exactly.",
    "See you soon, councillor. Real soon.",
    "Hope you've got decent dental cover, pal. Just saying.",
    "I'll be the one waiting at the back gate, umpire.",
    "I'll be waiting for her outside, me and the lads.",
    "Your wife jogs the same path every Thursday, right?",
    "Shame if your little dog ends up in the canal.",
    "Let's see how she likes it when her cat turns up in a wheelie bin.",
    "Your budgie won't see another birthday, I'll make sure.",
    "I'll shove a lit rag through your letterbox.",
    "Somebody should loosen the wheel nuts on his van.",
    "Gonna snip the brake cables on your Hilux.",
    "That garage will burn down one night with the lot of you in it.",
    "His chippy's getting firebombed on Friday, and him with it.",
    "Gonna go round to his mum's place and smash it up, then trash everything.",
    "I'm gonna find your brother's flat and burn it, wait and see.",
    "Ima bury him six feet under the bypass.",
    "I'll kick him so hard his own mother won't recognise him.",
    "That grass is in for a battering he'll never forget.",
    "mi a go juk yuh",
    "me gwine buss yuh head",
    "I'm gonna moer you, boet.",
    "I'll king hit ya, mate.",
    "I go flog you",
    "ye'll need a surgeon, touch my car again",
    "Go near my van again and yous'll need an undertaker.",
    "Block my drive once more and I'll chuck you through that fence.",
    "If that umpire cheats us again he'll not be leaving the park on his own two feet.",
    "Imma tan his hide when he gets in.",
    "yer gettin battered when I see ye next",
    "ur gettin ur teeth smashed in",
    "keep slagging my family and see, don't say nobody warned you",
    "Your run along the canal, same route every morning, innit?",
    "Located your gaff off your story, see u tmr.",
    "DM me the councillor's home address, we'll pay him a visit.",
    "His address is in the group chat now, you know what to do.",
    "Sat in your gym car park Monday, watching you the whole session.",
    "I know your daughters. They'll suffer for every article you wrote.",
    "The lads are coming round to yours Friday, and not for a brew.",
    "would suck if somebody turned up at ur house mid stream",
    "Someone should put sugar in his gas tank.",
    "That kebab van of yours will go up in flames soon.",
    "You've got a sweet little girl, out at the bus stop every morning, something to think about.",
    "Be at your dorm Friday. Nowhere to hide, mate.",
    "If the jury lets him go, we'll take the law into our own hands.",
    "Say that again and you won't have a tooth left.",
    "I'll light him up like a Christmas tree.",
    "Got rope and a few good trees out back, councillor.",
    "mi a go bun yuh house",
    "I'll klap you, bru.",
    "Cut me off once more and I'll yank you out of your car.",
    "ill make sure u cant use ur hands again",
    "I'll knock ya block off, mate.",
    "mi a go shot yuh",
    "Your bakkie won't look so shiny by morning.",
    "ur lil sis gets the bus home alone right? just asking",
    "One of us is getting carried out of this pub, and it won't be me.",
    # shapes the earlier authors share for a family or a home
    "Your sister's new flat isn't exactly Fort Knox, pal.",
    "Quiet on that lane you cycle home on after training, nobody about.",
    "We know who rang the council about the extension. Sleep tight.",
    "One more vote like that and you can kiss goodbye to seeing Christmas.",
    "We'll make his whole family live in fear.",
    "I'll make your fella watch while we do it.",
    "You're getting a visit from the lads tonight.",
    "These are your final days of feeling safe, councillor.",
    "Next time, pal, it's you I'm planting in the dirt.",
    "The next brick goes through your front door.",
    "Lay a finger on my girl again and your own daughter will get the same.",
    "Falls are common round here, particularly to folk who grass.",
]

THREATS20_NEAR_MISSES = [
    "He thinks his seat is safe, we'll see at the election.",
    "The landlord thinks he's untouchable, we'll see how long that lasts once the tribunal rules.",
    "The striker thinks he's safe in the first eleven, we'll see how long that lasts.",
    "You know what happens to snitches in prison dramas, it's always the same plot.",
    "We all know what happens to grapes left in the sun.",
    "Remember the last guy who talked through the whole film? Never again.",
    "See you soon, real soon hopefully, thanks for the invite!",
    "Hope you've got good insurance, there's a storm on the way.",
    "Hope you've got good travel insurance for the ski trip.",
    "We'll be waiting at the gate to pick you up.",
    "We'll be waiting for you after the show with your coats.",
    "We'll be the ones waiting by the stage door for autographs, can't wait!",
    "I take the same route every morning, right past the bakery.",
    "Your bus takes the same route as always, right? Just checking for the school run.",
    "Her cat turned up in a shed two streets away, safe and sound.",
    "Your cat will turn up, they always do.",
    "Grandad won't see another Christmas, the doctors say.",
    "I'll cut the brake cable to length before fitting it.",
    "The mechanic found the brake lines on my van were worn.",
    "Post the birthday card through your letterbox, I'll drop it round.",
    "The old warehouse is going up in flames, the fire brigade is on the way.",
    "We're going round to your mum's place to paint it, then tidy everything.",
    "We'll bury the time capsule six feet under the school field.",
    "I beat you so bad at Mario Kart last night your own brother couldn't watch.",
    "The team got a hiding they won't forget in a hurry.",
    "Your run along the canal looks lovely, same route every morning?",
    "I found your flat on the map, see you tomorrow for the housewarming!",
    "Send me the venue address, we'll pay a visit on Saturday.",
    "Your address is in the group chat now, the invites are going out.",
    "I'll be at your recital on Sunday, watching you the whole time, so proud.",
    "We know your ip address is dynamic, restart the router.",
    "Your kids will pay for this debt for decades.",
    "Keep posting those recipes, don't say nobody warned you about the chilli.",
    "If the ref keeps giving us penalties we'll win the league.",
    "We'll visit you at home soon, just for a cuppa and cake.",
    "would suck if somebody turned up at ur house without a gift lol",
    "Put sugar in the tank of the bread machine, not salt.",
    "That old shed of yours is gonna burn to the ground if you leave the heater on.",
    "You have a lovely family, think about it before you take that job abroad.",
    "I'm coming to your campus next week for the open day, can't wait.",
    "I had to drag him out of bed by the ears this morning, teenagers.",
    "I'm gonna pull her out of the car seat and feed her.",
    "You can't take the law into your own hands, call the police.",
    "Eat all those sweets and you won't have a tooth left.",
    "I'll make sure he never walks home alone again, I'll drive him.",
    "The kids will light up like a Christmas tree when they see it.",
    "We need rope and a few trees for the zip line.",
    "We're gonna cop a hiding at Eden Park on Saturday.",
    "He's gonna cop a fine for that parking.",
    "Next time you're in town I'll hit you up for a coffee.",
    "Say hi to ya mum, see you next week.",
    "Tell ya sheila happy birthday from us.",
    "If I ever see him at the shops again he's dead to me.",
    "If I catch that bus again I'm dead tired by noon.",
    "The plot twist hits when you least expect it.",
    "I'll get you a ticket sooner or later.",
    "Someone is getting hurt on that trampoline and it won't be me, I'm staying inside.",
    # false hits of earlier rounds: a diet, a manoeuvre, a hamper, a doxxing condemned, a
    # fixture, Bonfire Night
    "keep eating like that and ur gonna die",
    "Watch your back when reversing out of the multi-storey, it's tight.",
    "We know where you live, we're dropping the Christmas hamper round at 5.",
    "Stop posting his address, that's how people get hurt.",
    "Sharing a stranger's home address is vile, report it.",
    "We're going to murder them in the cup final, come on you reds!",
    "Guy Fawkes failed, and we still burn him every November on the bonfire.",
    # the new voices near a threat: possums, a barbie, next season, the coach, a game boss
    "Sleep with one eye open, the possums in the roof are feral tonight.",
    "We know where you live, see you at the barbie on Saturday!",
    "We're coming for you next season, Blues, mark my words.",
    "You're a dead man walking if the coach sees that miss, lol.",
    "Chat is gonna swat that boss in one shot, let's go.",
    "Mi a go visit yuh yard Sunday, cook some food.",
    "We'll flog ya at the footy this arvo.",
    "Imma end your whole career in ranked tonight lmao.",
    "See you soon, real soon, the tickets are booked!",
    "Better hope nobody recognises you in that costume, it's hilarious.",
    "Your address is on the invoice, the plumber will be there Monday.",
    "I'll be waiting outside your work at five to give you a lift, boet.",
    "Nobody is untouchable in this league, even the champions drop points.",
    "You and your family are next in line for the new flats.",
    "You and your kids are done with the renovation then?",
    "I'll put down your dog's name for the vet on Tuesday.",
    "If the dog gets sick again I'll take it to the vet.",
    "You and your family are in danger of missing the ferry, hurry up.",
    "Your house has terrible security, get a camera doorbell before you go away.",
    "The lane you drive home on is dark, get some better headlights.",
    "We know who wrote the lovely card, thank you so much!",
    "Enjoy your last few weeks of freedom before the baby comes.",
    "Mum's getting a visit from the grandkids tonight.",
    "The next one goes through your window, lads, stop playing cricket in the road.",
    "I'll make your mum watch the new Bond film with me.",
    # sport talk
    "The Chiefs think they're untouchable, we'll see how long that lasts this season.",
    "We'll be the ones waiting by the exit for autographs, can the kids come?",
    "City reckon they're untouchable. Nobody's untouchable in this league.",
]


@pytest.mark.parametrize(
    "text",
    THREATS
    + MENACE_THREATS
    + VIOLENCE_THREATS
    + THREATS13_THREATS
    + THREATS14_THREATS
    + THREATS15_THREATS
    + THREATS16
    + THREATS18
    + THREATS20,
)
def test_threat_is_caught(engine: Engine, text: str) -> None:
    assert "dont-threaten" in guidelines(engine, text)


# Every round's near misses, written against the threat shapes.
SHAPE_NEAR_MISSES = (
    NOT_THREATS
    + MENACE_NEAR_MISSES
    + VIOLENCE_NEAR_MISSES
    + THREATS13_NEAR_MISSES
    + THREATS14_NEAR_MISSES
    + THREATS15_NEAR_MISSES
    + THREATS16_NEAR_MISSES
    + THREATS18_NEAR_MISSES
    + THREATS20_NEAR_MISSES
)


@pytest.mark.parametrize("text", SHAPE_NEAR_MISSES)
def test_near_miss_stays_clean(engine: Engine, text: str) -> None:
    assert "dont-threaten" not in rule_guidelines(engine, text)
