# ruff: noqa: E501
"""Fresh stories n20-n28: one police spokeswoman in three outlets, a headteacher and a
reporter, a hyperlink as the only attribution, a wire item under four headlines, agencies plus
a monitor plus a reporter, one interviewee, a tabloid's exclusive, a live blog lifting an
agency paragraph, a think tank's analysis relayed twice."""

from __future__ import annotations

from kit import article, lifted, repost, story

# n20: one named police spokeswoman, three outlets, numbers rounded differently.
n20a = article(
    "n20a",
    "Marrowby Post",
    "2026-05-02",
    "200 held at banned Homeland Guard rally",
    """
Some 200 people were detained in Marrowby on Saturday when police broke up a rally of the banned Homeland Guard, police spokeswoman Maja Lind said.

Lind said the rally had been announced on the group's channels as a "family picnic" in Hollow Park. Officers who arrived found several hundred people, many wearing the group's green armbands, and a stage with loudspeakers.

Those detained were taken by bus to three police stations and were being released on Sunday after giving their details. Lind said about twenty would be charged with belonging to a banned organisation.

The Homeland Guard was banned in December after the interior ministry concluded that it was training members for armed action. Its leaders say the ban is unconstitutional and have appealed.

Residents near Hollow Park said the buses and police vans blocked their streets for most of the afternoon. The park reopened on Sunday morning.

The group's lawyer, Elin Vass, called the detentions "collective punishment".
""",
    "Some 200 people were detained in Marrowby on Saturday when police broke up a rally of the banned Homeland Guard, police spokeswoman Maja Lind said.",
    ["Maja Lind"],
)
n20b = article(
    "n20b",
    "Wendmarsh FM",
    "2026-05-03",
    "Marrowby: mass arrests at Homeland Guard picnic",
    """
It was billed as a family picnic, with sausages, music and games for the children.

By the end of Saturday afternoon, nearly two hundred of those who came to Marrowby's Hollow Park had been arrested, according to Inspector Maja Lind of Marrowby police. The gathering, she said, was a rally of the outlawed Homeland Guard.

Inspector Lind told us the organisers had tried to disguise the event, but officers recognised the group's symbols on flags and clothing. Most of those held have now been released.

Several people from Wendmarsh are thought to have travelled to the rally on a hired coach.

The Homeland Guard was banned at the end of last year. Its appeal against the ban will be heard by the constitutional court in the autumn.

Civil liberties groups say the police should target organisers, not everyone who turns up at a park. The police say attending a banned group's event is itself an offence.
""",
    "By the end of Saturday afternoon, nearly two hundred of those who came to Marrowby's Hollow Park had been arrested, according to Inspector Maja Lind of Marrowby police.",
    ["Maja Lind"],
)
n20c = article(
    "n20c",
    "Northern Signal",
    "2026-05-03",
    "Police defend detentions at Marrowby rally",
    """
Marrowby police on Sunday defended their handling of a rally by the banned Homeland Guard, which civil liberties groups called heavy-handed.

More than 190 people were taken into custody when officers dispersed the gathering in Hollow Park, the force's spokeswoman, Maja Lind, told reporters at a briefing.

"Membership of a banned organisation is a crime, and so is taking part in its activities," Lind said. "We gave people the chance to leave. Many chose not to."

The Association for Civil Rights said police had detained teenagers and pensioners who had "come for a sausage". It said it would help anyone who wanted to complain.

The Homeland Guard, which the interior ministry says trained members in the use of weapons, was banned in December. Its leader, Bo Kragh, is in custody awaiting trial on separate charges.

Police said they expected to charge around twenty people.
""",
    "More than 190 people were taken into custody when officers dispersed the gathering in Hollow Park, the force's spokeswoman, Maja Lind, told reporters at a briefing.",
    ["Maja Lind"],
)
N20 = story(
    "n20",
    "named person",
    "one named police spokeswoman quoted by three outlets, the number given as 'some 200', "
    "'nearly two hundred' and 'more than 190', in passive voice, once after an anecdote: one "
    "source",
    1,
    "Police detained about 200 people when they broke up a rally of the banned Homeland Guard in Marrowby.",
    [n20a, n20b, n20c],
)

# n21: a headteacher speaks to one outlet; another outlet's reporter saw the school shut.
n21a = article(
    "n21a",
    "Sennick Argus",
    "2026-05-04",
    "Hillside school shut after neo-Nazi bomb threat",
    """
Parents arriving at Hillside secondary school on Monday found teachers standing at the gate, turning children away.

The school closed for two days after receiving an emailed bomb threat signed by the neo-Nazi group Ossary Nightguard, its headteacher, Sigrid Holm, told the Argus.

Holm said the email arrived at 6.40 on Monday morning and claimed that explosives had been hidden in the sports hall. Police searched the building with dogs and found nothing.

"I had to choose between a day of lessons and the safety of 900 children," Holm said. "It was not a difficult choice."

The email also named two pupils from migrant families, Holm said, and called them "invaders". Both families have been offered support.

Schools in two other regions received similar emails last month. The group named in them is not known to exist outside the internet.

Lessons are due to resume on Wednesday.
""",
    "The school closed for two days after receiving an emailed bomb threat signed by the neo-Nazi group Ossary Nightguard, its headteacher, Sigrid Holm, told the Argus.",
    ["Sigrid Holm"],
)
n21b = article(
    "n21b",
    "Valley Sound 96.4",
    "2026-05-04",
    "Sennick school closed: 'bomb threat' notice on gates",
    """
A notice taped to the gates of Hillside secondary in Sennick this morning tells parents the school is closed today and tomorrow "following a threat received by email".

Our reporter was outside the school at eight and saw the gates padlocked and a police van in the car park. Sennick police spokesman Arvid Noll told her the school had been shut because of an emailed bomb threat signed by a group calling itself Ossary Nightguard, and that officers with sniffer dogs were searching the sports hall.

Parents she spoke to were angry that they had been told by text message only at half past seven. "I was already on the bus with my son," one mother said.

Noll said the police take every threat seriously and are working with colleagues in other regions where similar emails were sent.

The school's headteacher wasn't available for interview this morning.

We'll have more on our drive-time programme from four.
""",
    "Sennick police spokesman Arvid Noll told her the school had been shut because of an emailed bomb threat signed by a group calling itself Ossary Nightguard, and that officers with sniffer dogs were searching the sports hall.",
    ["Arvid Noll"],
)
N21 = story(
    "n21",
    "independent",
    "the headteacher (named) to a paper, and a police spokesman (named) to a radio reporter "
    "who saw the locked gates: two separate statements seen directly, two sources (the "
    "reporter's own sight of the gates is not the claim's source: the cause, the signed "
    "threat, is the police's word)",
    2,
    "Hillside secondary school in Sennick closed after an emailed bomb threat signed by Ossary Nightguard.",
    [n21a, n21b],
)

# n22: a hyperlink is the only attribution to the first report; a club chairman to a third.
n22a = article(
    "n22a",
    "Drummelow Record",
    "2026-05-05",
    "Convicted neo-Nazi recruiter coaching youth football team",
    """
On Saturday morning, on the back pitch of Drummelow Athletic, a tall man in a club tracksuit was running passing drills with a dozen boys aged about thirteen.

The man is Dag Hamar, who was convicted in 2022 of recruiting teenagers for the neo-Nazi Northmark Resistance, and he is now coaching the club's under-14 team, the Record has established.

A Record reporter watched the training session and saw Hamar's name on the team sheet pinned in the clubhouse. Two parents confirmed that he had coached their sons since the start of the season.

Hamar was sentenced to four years and released early last summer. His conviction does not automatically bar him from working with children, because the offence was not a sexual or violent one.

Hamar did not answer questions shouted to him from the touchline. The club did not respond to an email.

"Nobody told us anything," said one father. "I had to look him up myself."
""",
    "The man is Dag Hamar, who was convicted in 2022 of recruiting teenagers for the neo-Nazi Northmark Resistance, and he is now coaching the club's under-14 team, the Record has established.",
)
n22b = article(
    "n22b",
    "Ground Truth Digest",
    "2026-05-06",
    "Why was a neo-Nazi recruiter allowed near children?",
    """
Dag Hamar spent years finding lonely teenage boys online and drawing them into the Northmark Resistance. It emerged this week that he is coaching an under-14 football team in Drummelow.

That should not be possible, and the fact that it is tells us something about how we think of extremism.

Our child-protection rules were written for abusers. They ask whether someone has hurt a child physically or sexually. They do not ask whether someone has spent his adult life recruiting children for a violent movement.

Hamar's recruitment methods, described at length in his trial, began with exactly this kind of trust: a coach, a mentor, an older friend who listens.

The government has promised a review of vetting rules three times since 2021. None has happened.

Clubs cannot be expected to research every volunteer's past. The law should do it for them.
""",
    "It emerged this week that he is coaching an under-14 football team in Drummelow.",
    ["Drummelow Record"],
    [["https://bench.example/n22/n22a", "It emerged this week"]],
)
n22c = article(
    "n22c",
    "Radio Carrowick",
    "2026-05-06",
    "Drummelow Athletic suspends youth coach",
    """
Drummelow Athletic says it has suspended a youth coach who served a prison sentence for recruiting teenagers into a neo-Nazi group.

The club's chairman, Ulf Berner, confirmed to Radio Carrowick that Dag Hamar had been coaching the under-14 team since August and said he had been stood down "with immediate effect" on Tuesday.

Berner said Hamar had passed the club's standard background check, which looks only for offences against children. "We followed the rules. The rules did not cover this," he said.

The regional football association says it will write to all its clubs this week with new advice on volunteers.

Parents of players in the under-14 team have been invited to a meeting at the clubhouse on Thursday evening.

Hamar was convicted in 2022 and released early last year. He hasn't commented.
""",
    'The club\'s chairman, Ulf Berner, confirmed to Radio Carrowick that Dag Hamar had been coaching the under-14 team since August and said he had been stood down "with immediate effect" on Tuesday.',
    ["Ulf Berner"],
    [["https://drummelow-athletic.example/news", "Drummelow Athletic"]],
)
N22 = story(
    "n22",
    "outlet citing an outlet",
    "a paper's own report; a blog whose only attribution is a hyperlink on 'It emerged this "
    "week' to the paper's article (so it rests on the paper); the club chairman confirms to a "
    "radio station (with a link to the club's site, not a citation of the claim): two sources",
    2,
    "Convicted neo-Nazi recruiter Dag Hamar is coaching Drummelow Athletic's under-14 team.",
    [n22a, n22b, n22c],
)

# n23: one wire item under four headlines: credit lines in different places.
n23a = article(
    "n23a",
    "Northgate News Agency",
    "2026-05-07",
    "Far-right activist jailed for plotting attack on Pride march",
    """
OSTERMARK (NNA) — A court in Ostermark on Thursday sentenced a 22-year-old far-right activist to nine years in prison for plotting to drive a van into a Pride march, an NNA reporter in the courtroom heard.

Judge Freya Lund said Emil Sand had rented the van, studied the route of last June's march and written a farewell letter to his mother before police arrested him two days before the event.

"You wanted to kill people for who they love," the judge told him. "You failed only because others were paying attention."

Sand, who represented himself, sat with his arms folded and did not react to the sentence. He had told the court he wanted to "defend traditional values".

Police were alerted by a gaming friend who had seen Sand's messages in an online chat. The friend gave evidence from behind a screen.

Pride organisers said they were relieved and that this year's march would go ahead in June.
""",
    "OSTERMARK (NNA) — A court in Ostermark on Thursday sentenced a 22-year-old far-right activist to nine years in prison for plotting to drive a van into a Pride march, an NNA reporter in the courtroom heard.",
)
n23b = repost(
    n23a,
    "n23b",
    "Ostermark Courier",
    "2026-05-07",
    "Nine years for Pride van plot",
    edits=[("OSTERMARK (NNA) — A court", "A court")],
    claim="A court in Ostermark on Thursday sentenced a 22-year-old far-right activist to nine years in prison for plotting to drive a van into a Pride march, an NNA reporter in the courtroom heard.",
    after="Source: NNA",
    chain=["NNA"],
)
n23c = repost(
    n23a,
    "n23c",
    "Pettaray Today",
    "2026-05-07",
    "Man who planned van attack on Pride gets nine-year sentence",
    edits=[
        ("OSTERMARK (NNA) — A court", "A court"),
        (
            "\n\nPride organisers said they were relieved and that this year's march would go ahead in June.",
            "",
        ),
    ],
    claim="A court in Ostermark on Thursday sentenced a 22-year-old far-right activist to nine years in prison for plotting to drive a van into a Pride march, an NNA reporter in the courtroom heard.",
    after="(Northgate News Agency)",
    chain=["Northgate News Agency"],
)
n23d = repost(
    n23a,
    "n23d",
    "Rellington Live",
    "2026-05-08",
    "'You wanted to kill people for who they love': judge jails Pride plotter",
    edits=[
        ("OSTERMARK (NNA) — A court", "A court"),
        ("Judge Freya Lund said", "Judge Freya Lund told the court"),
    ],
    claim="A court in Ostermark on Thursday sentenced a 22-year-old far-right activist to nine years in prison for plotting to drive a van into a Pride march, an NNA reporter in the courtroom heard.",
    before="Rellington's Pride committee says it will review security for its own march in July after this case. Via NNA:",
    chain=["NNA"],
)
N23 = story(
    "n23",
    "wire syndicated",
    "one agency item (its reporter in court) run by three outlets with the dateline cut: "
    "'Source: NNA' at the end, '(Northgate News Agency)' at the end, 'Via NNA:' before it: one "
    "source",
    1,
    "A court in Ostermark sentenced a far-right activist to nine years for plotting to drive a van into a Pride march.",
    [n23a, n23b, n23c, n23d],
    {"NNA": "Northgate News Agency"},
)

# n24: two outlets relay an agency; a monitor's satellite analysis; a reporter in the village.
n24a = article(
    "n24a",
    "Westfold Mercury",
    "2026-05-09",
    "Militia accused of burning village homes",
    """
Fighters of the pro-government Tamber Militia set fire to dozens of houses in the village of Korvash and forced its residents to flee, the Pellion Wire news agency reported on Saturday.

The agency said villagers described men in militia uniforms going from house to house with cans of fuel on Thursday night after a skirmish with rebels nearby. Most of the village's 600 residents have walked to a camp across the valley.

The militia's commander, Gavro Destin, denied the accusation and said the houses had been burned by rebels "to stage a massacre for the cameras".

The Tamber Militia was formed in 2024 to fight alongside the army in the eastern hills. Human rights groups have accused it of looting and summary executions, which it denies.

The government has promised to investigate. The Continental Rights Office said it was "deeply concerned" about reports from the area.

Korvash is known across the region for its apricots and its wooden church.
""",
    "Fighters of the pro-government Tamber Militia set fire to dozens of houses in the village of Korvash and forced its residents to flee, the Pellion Wire news agency reported on Saturday.",
    ["Pellion Wire"],
)
n24b = article(
    "n24b",
    "Harrowmere Times",
    "2026-05-09",
    "Korvash villagers flee as houses burn",
    """
KORVASH (Pellion Wire) — Residents of Korvash fled their village after militiamen burned their homes, villagers told Pellion Wire, in the latest outbreak of violence in the eastern hills.

"They came at night, they poured petrol on the doors," a woman who gave her name only as Mira said at a camp for the displaced. "We took the children and ran."

Tamber Militia commanders deny burning the village.

Aid agencies say about 4,000 people have been displaced in the eastern hills this spring. The camp across the valley from Korvash has no running water and only two doctors.

Talks between the government and rebel leaders broke down in March. Each side blames the other.

Local officials say the road to Korvash is closed to civilians and journalists, and that the army has set up checkpoints on the approaches to the valley.
""",
    "KORVASH (Pellion Wire) — Residents of Korvash fled their village after militiamen burned their homes, villagers told Pellion Wire, in the latest outbreak of violence in the eastern hills.",
    ["Pellion Wire"],
)
n24c = article(
    "n24c",
    "Ilvermoor Forum",
    "2026-05-11",
    "Satellite images show Korvash burned",
    """
The Ilvermoor Forum's open-source team compared commercial satellite images of Korvash taken on 5 May and 9 May.

Our analysis shows that 61 buildings in the village were burned between those dates, most of them homes in the southern half, consistent with accounts that the Tamber Militia set the village alight.

The damaged buildings have collapsed roofs and heat scars visible in the infrared band. The wooden church and the school appear undamaged. Fields to the east show tracks of heavy vehicles that were not there on 5 May.

We cannot determine from imagery alone who set the fires. However, the pattern of burning, house by house along the main street, does not match shelling, which would leave craters.

We have shared our images with the Continental Rights Office and will publish them in full once we have removed details that could identify individuals.

This note will be updated if new images become available.
""",
    "Our analysis shows that 61 buildings in the village were burned between those dates, most of them homes in the southern half, consistent with accounts that the Tamber Militia set the village alight.",
)
n24d = article(
    "n24d",
    "Velling Gazette",
    "2026-05-12",
    "In Korvash, only the church is left standing",
    """
The road into Korvash is closed to journalists, but on Monday a shepherd led our correspondent along a path over the ridge.

From the hillside above the village, Rasmus Teig saw row after row of burned-out houses, their roofs fallen in, and the charred remains of barns along the main street, where residents say Tamber militiamen set the fires last week.

Only the wooden church and the school seemed untouched. A dog was wandering between the ruins. Nobody else was there.

At the camp across the valley, families who fled said they wanted to go home but were afraid. "If we go back, they will come back," said an old man sitting on a sack of flour.

The militia says rebels burned the village. The government has promised an inquiry but has not said who will lead it.

The shepherd who guided our correspondent asked not to be named. His own house is one of those still standing.
""",
    "From the hillside above the village, Rasmus Teig saw row after row of burned-out houses, their roofs fallen in, and the charred remains of barns along the main street, where residents say Tamber militiamen set the fires last week.",
)
N24 = story(
    "n24",
    "mixed",
    "two papers relay one agency ('reported', dateline credit); a think tank's own satellite "
    "analysis (in its own voice); a correspondent who saw the village from the ridge (rule 5). "
    "The think tank and the correspondent each saw the burning themselves; who set the fires "
    "they take from residents' accounts, which does not make them copies of the agency. The "
    "militia's denial is not the main claim: three sources",
    3,
    "Tamber Militia fighters burned houses in the village of Korvash and its residents fled.",
    [n24a, n24b, n24c, n24d],
)

# n25: one named interviewee; an interview with a paper, cited by a site; a radio interview.
n25a = article(
    "n25a",
    "Harrowmere Times",
    "2026-05-13",
    "Ex-commander: 'Iron Harrow keeps a list of journalists'",
    """
For six years Ivo Strell ran the Iron Harrow movement's security team. He left in January, he says, because "the talk started to turn into plans".

In an interview with the Harrowmere Times, Strell said the movement keeps a list of about forty journalists, lawyers and activists whose home addresses its members have collected.

"It started as a joke, a list of enemies," he said. "Then people began adding photographs of front doors and cars."

Strell, 38, said he had given the police a copy of the list in February but had heard nothing since. Police said they did not comment on information from the public.

Iron Harrow's spokesman said Strell was "a bitter man who was expelled for stealing" and that no list existed.

Strell has moved house twice since leaving the group. He agreed to be named because, he said, "they know who I am anyway".

Part two of the interview appears in tomorrow's paper.
""",
    "In an interview with the Harrowmere Times, Strell said the movement keeps a list of about forty journalists, lawyers and activists whose home addresses its members have collected.",
    ["Ivo Strell"],
)
n25b = article(
    "n25b",
    "TownWire",
    "2026-05-13",
    "Iron Harrow 'enemies list' includes reporters, says defector",
    """
Journalists' unions have asked police to contact every reporter who may be named on a list said to be held by the Iron Harrow movement.

Ivo Strell, who led the group's security unit until January, told the Harrowmere Times in an interview published on Wednesday that Iron Harrow had compiled the addresses of roughly forty journalists, lawyers and campaigners.

The union said it had received calls from several members who had written about Iron Harrow and were "frightened for their families".

Iron Harrow denies that any list exists and says Strell was expelled.

The movement has around 500 members, according to the intelligence service's last annual report, and is not banned. Its leader, Rolf Aske, has two convictions for assault.

Police said anyone who felt threatened should report it and that officers would assess each case.

TownWire has asked the interior ministry whether it intends to review the group's status.
""",
    "Ivo Strell, who led the group's security unit until January, told the Harrowmere Times in an interview published on Wednesday that Iron Harrow had compiled the addresses of roughly forty journalists, lawyers and campaigners.",
    ["Harrowmere Times", "Ivo Strell"],
)
n25c = article(
    "n25c",
    "Stelby Community Radio",
    "2026-05-14",
    "'I handed the list to police': former Iron Harrow man speaks to us",
    """
Ivo Strell joined our morning programme by phone from what he would only describe as "somewhere in the north".

Speaking to presenter Nora Falk, Strell repeated that Iron Harrow holds a list of about forty people it regards as enemies, among them reporters and lawyers, with their home addresses.

He told us two of the names on the list belong to people in Stelby, but would not say who. "The police have the list," he said. "It is their job to warn them, not mine."

Asked why he had stayed in the movement so long, Strell paused. "Because it was my whole life. My friends were there. My wife was there."

Iron Harrow's spokesman declined our invitation to come on the programme. In a written statement the group called Strell a liar.

Stelby police say they are in contact with the force in Harrowmere.
""",
    "Speaking to presenter Nora Falk, Strell repeated that Iron Harrow holds a list of about forty people it regards as enemies, among them reporters and lawyers, with their home addresses.",
    ["Ivo Strell"],
)
N25 = story(
    "n25",
    "named person",
    "one named defector: his interview with a paper, a site citing that interview, and his own "
    "radio interview; the group's denial aside (rules 6 and 7): one source",
    1,
    "A former Iron Harrow commander says the movement keeps a list of about forty journalists, lawyers and activists with their addresses.",
    [n25a, n25b, n25c],
)

# n26: a tabloid exclusive from one source; a paper and a blog cite the tabloid.
n26a = article(
    "n26a",
    "The Daily Blaze",
    "2026-05-15",
    "EXCLUSIVE: ULTRAS' DEATH THREATS TO STAR STRIKER",
    """
CORVISH United's star striker has been sent sickening death threats by a gang of far-right ultras, the Blaze can reveal.

Samuel Oduya, 24, received three letters at the club's training ground in the past month warning him to "go back where you came from" or "end up in the river", a source at the club told us.

The letters were signed "Black Kennel 88", the name used by a hardcore group of fans who stand behind the north goal.

"Sam is a brave lad but he's shaken," our source said. "He's stopped going into town on his own."

Oduya, signed last summer for a club record fee, has scored eleven goals this season and is a fans' favourite with most supporters.

Corvish United refused to comment last night. Police confirmed they had "received a report" but would not give details.

The Blaze understands the club is considering banning a number of season-ticket holders.
""",
    'Samuel Oduya, 24, received three letters at the club\'s training ground in the past month warning him to "go back where you came from" or "end up in the river", a source at the club told us.',
    ["a source at the club"],
)
n26b = article(
    "n26b",
    "Westfold Mercury",
    "2026-05-16",
    "Corvish United urged to act on racist ultras",
    """
Anti-racism campaigners have called on Corvish United to ban the ultras group Black Kennel 88 from its stadium.

The call follows a report in the Daily Blaze that the club's striker, Samuel Oduya, was sent threatening letters signed by the group.

"Clubs always say they have zero tolerance," said Kofi Asante of the campaign group Football for All. "This is the moment to show it."

Black Kennel 88 has about sixty members and has been banned from away matches twice. The number 88 is a well-known neo-Nazi code.

The club has not commented. Its next home match, against Tarnby, is on Saturday, and the players' union said it would send an observer.

The Mercury contacted the group through its social media account. An administrator replied that it "does not write letters".

Oduya has not spoken publicly. He posted a photograph of himself with his daughter on Friday, with a heart and no caption.
""",
    "The call follows a report in the Daily Blaze that the club's striker, Samuel Oduya, was sent threatening letters signed by the group.",
    ["The Daily Blaze"],
)
n26c = article(
    "n26c",
    "Hask Watch",
    "2026-05-16",
    "Black Kennel 88: a short history of a long problem",
    """
Black Kennel 88 have been a fixture behind the north goal at Corvish for at least a decade. This blog first wrote about them in 2019, when they unfurled a banner with a burning-wheel emblem.

According to the Blaze, their latest target is Samuel Oduya, the club's striker, who has allegedly been sent three threatening letters bearing the group's name.

If true, this is an escalation. Until now their racism has been collective: chants, stickers, banners. Letters addressed to one player are something else.

A few facts. The group's founder has two convictions for violence at football. At least three members were at the Homeland Guard rally in Marrowby this month. And the club has banned exactly nobody from the group since we started counting.

The club's silence is not neutral. Nor is the league's.

We will keep a timeline of this story at the top of the blog.
""",
    "According to the Blaze, their latest target is Samuel Oduya, the club's striker, who has allegedly been sent three threatening letters bearing the group's name.",
    ["The Daily Blaze"],
)
N26 = story(
    "n26",
    "outlet citing an outlet",
    "a tabloid's exclusive from one unnamed source at the club; a paper ('a report in the "
    "Daily Blaze') and a blog ('According to the Blaze', 'allegedly') cite the tabloid: one "
    "source",
    1,
    "Corvish United striker Samuel Oduya received threatening letters signed by the ultras group Black Kennel 88.",
    [n26a, n26b, n26c],
)

# n27: an agency item; a live blog lifts one paragraph of it; a radio reporter's own account.
n27a = article(
    "n27a",
    "Sarrow Press International",
    "2026-05-17",
    "Police fire tear gas at far-right rally in Merrowgate",
    """
MERROWGATE, May 17 (SPI) - Police fired tear gas and water cannon on Sunday to break up a rally of several thousand far-right supporters in Merrowgate's Cathedral Square after marchers threw stones at officers, an SPI reporter at the square saw.

The rally had been called by the Homeland Guard's former leaders to protest against the group's ban. Many marchers wore green, the group's colour, and carried national flags.

Clashes began when a group at the front tried to pull down metal barriers blocking the road to the regional government building. Officers in riot gear pushed them back.

Within an hour the square was empty except for police and a few journalists. Ambulances took at least eight people to hospital, including three officers.

The police said 34 people had been arrested. The organisers accused officers of attacking a peaceful crowd.

Merrowgate's mayor had asked the regional government to ban the rally, but a court allowed it to go ahead on Friday.
""",
    "MERROWGATE, May 17 (SPI) - Police fired tear gas and water cannon on Sunday to break up a rally of several thousand far-right supporters in Merrowgate's Cathedral Square after marchers threw stones at officers, an SPI reporter at the square saw.",
)
n27b = lifted(
    n27a,
    "n27b",
    "Rellington Live",
    "2026-05-17",
    "Live: Merrowgate rally",
    """
14:02 — Crowds are gathering in Merrowgate ahead of the rally against the Homeland Guard ban. Counter-protesters are meeting at the university.

14:40 — A court on Friday allowed today's rally after the mayor tried to have it banned. The organisers expect "tens of thousands"; police estimate far fewer.

15:31 — Police fired tear gas and water cannon on Sunday to break up a rally of several thousand far-right supporters in Merrowgate's Cathedral Square after marchers threw stones at officers, an SPI reporter at the square saw.

15:45 — Trams through the city centre have been suspended, the transport company says.

16:10 — The university says counter-protesters have dispersed peacefully after a concert in the main courtyard.

16:30 — Several hospitals have asked people to avoid their emergency departments unless it is urgent.

We are pausing our live coverage here. A full report will follow this evening.
""",
    claim="15:31 — Police fired tear gas and water cannon on Sunday to break up a rally of several thousand far-right supporters in Merrowgate's Cathedral Square after marchers threw stones at officers, an SPI reporter at the square saw.",
    chain=["SPI"],
)
n27c = article(
    "n27c",
    "Valley Sound 96.4",
    "2026-05-17",
    "'My eyes were streaming': our reporter in Merrowgate",
    """
Our reporter Lena Voss was at the edge of Cathedral Square in Merrowgate this afternoon when the far-right rally there turned violent.

She says officers fired tear gas canisters into the crowd and turned a water cannon on the front rows after stones and bottles were thrown at the police lines by people at the head of the march.

"Within seconds my eyes were streaming," Lena said. "People were running in every direction, some of them carrying children. I got into a doorway with a couple of pensioners who had come to watch."

She says the rally had been noisy but calm until marchers tried to move the barriers blocking the road to the regional government building.

Police later said they had made dozens of arrests.

The rally was called to protest against the banning of the Homeland Guard. It went ahead after a court overturned the mayor's attempt to stop it.
""",
    "She says officers fired tear gas canisters into the crowd and turned a water cannon on the front rows after stones and bottles were thrown at the police lines by people at the head of the march.",
)
N27 = story(
    "n27",
    "partial copy",
    "an agency's own report; a live blog lifts its claim paragraph into one timestamped entry "
    "(credit inside the lifted words only); a radio reporter on the square: two sources",
    2,
    "Police fired tear gas and water cannon to break up a far-right rally in Merrowgate after stones were thrown.",
    [n27a, n27b, n27c],
    {"SPI": "Sarrow Press International"},
)

# n28: a think tank's own analysis; a site relays it; a radio site cites the site.
n28a = article(
    "n28a",
    "Corran Centre for Security Studies",
    "2026-05-18",
    "Briefing: Iron Harrow's recruitment drive online",
    """
Key findings

Our analysis of 1.4 million messages posted on 212 public channels between April 2025 and March 2026 shows that recruitment posts by the Iron Harrow movement roughly tripled over the year, from about 900 a month to about 2,800.

The growth was concentrated in channels aimed at gamers and fitness enthusiasts rather than in openly political ones. Many recruitment posts did not mention Iron Harrow by name but linked to its membership form.

The share of posts aimed at under-18s rose from 12 to 31 per cent, based on language, imagery and the channels where they appeared.

Method

We collected messages with an open-source tool and classified them with a keyword list, checked by two analysts on a random sample of 2,000 messages. Agreement between analysts was 91 per cent.

Recommendations

Platforms should treat membership forms of extremist groups as recruitment material. Schools should include online recruitment in safeguarding training.
""",
    "Our analysis of 1.4 million messages posted on 212 public channels between April 2025 and March 2026 shows that recruitment posts by the Iron Harrow movement roughly tripled over the year, from about 900 a month to about 2,800.",
)
n28b = article(
    "n28b",
    "Newsline Ossary",
    "2026-05-19",
    "Iron Harrow 'targeting teenagers through gaming channels'",
    """
The far-right Iron Harrow movement has sharply increased its efforts to recruit young people online, with a growing share of its messages aimed at children.

Iron Harrow's recruitment messages on messaging apps have grown threefold in a year, according to a briefing published on Monday by the Corran Centre for Security Studies, a think tank.

The centre said nearly a third of the posts appeared to target under-18s, many of them in channels about computer games and gym training.

Iron Harrow said it "welcomes everyone who loves this country" and did not target children.

The interior ministry said it was studying the report. A spokesman said online recruitment was "a priority" for the intelligence service.

Teachers' unions have asked for extra training on spotting signs of radicalisation. The education ministry said new guidance would be published before the summer.
""",
    "Iron Harrow's recruitment messages on messaging apps have grown threefold in a year, according to a briefing published on Monday by the Corran Centre for Security Studies, a think tank.",
    ["Corran Centre for Security Studies"],
)
n28c = article(
    "n28c",
    "Wendmarsh FM",
    "2026-05-19",
    "Parents warned over far-right recruitment in gaming chats",
    """
Parents in Wendmarsh are being urged to talk to their children about who they meet in online gaming chats.

It follows a report by Newsline Ossary, based on research by the Corran Centre, which says the far-right Iron Harrow movement now posts three times as many recruitment messages online as it did a year ago.

Wendmarsh youth worker Tobias Lenk told us he had seen it himself. "A fifteen-year-old showed me a message from a stranger in a game chat asking if he was 'tired of being replaced'. That is how it starts."

Lenk runs a drop-in centre for teenagers on Mill Lane. He says parents shouldn't panic, but should ask questions.

The council says its schools will hold information evenings for parents in June.

If you're worried about a young person, the council's family helpline is open on weekdays from nine to five.
""",
    "It follows a report by Newsline Ossary, based on research by the Corran Centre, which says the far-right Iron Harrow movement now posts three times as many recruitment messages online as it did a year ago.",
    ["Newsline Ossary", "Corran Centre for Security Studies"],
)
N28 = story(
    "n28",
    "outlet citing an outlet",
    "a think tank's briefing (its own analysis, in its own voice); a news site relays it; a "
    "radio site cites the news site 'based on research by the Corran Centre' (short name): one "
    "source",
    1,
    "Recruitment posts by the Iron Harrow movement on messaging channels roughly tripled in a year.",
    [n28a, n28b, n28c],
)

STORIES = [N20, N21, N22, N23, N24, N25, N26, N27, N28]
