# ruff: noqa: E501
"""Fresh stories n01-n10: copies of copies, a partial copy, agencies, translations, a video,
a court filing, a ministry and a witness, a denial, three separate reports."""

from __future__ import annotations

from kit import article, lifted, repost, story

# n01: local radio's own report, reposted by a tabloid with heavy edits, reposted by a blog.
n01a = article(
    "n01a",
    "Radio Carrowick",
    "2026-03-02",
    "Community centre fire: door daubed with movement's symbol",
    """
Fire crews were called to Lindqvist Street just after two this morning.

Arsonists set fire to the Lindqvist Street community centre in Carrowick overnight and painted the symbol of the Iron Harrow movement on its front door, our reporter at the scene saw.

The blaze gutted the kitchen and the small hall at the back of the building. The front of the centre, where the graffiti was sprayed in red, is blackened but still standing.

The centre runs a food bank, a homework club and language classes for newcomers on Saturdays. Volunteers arrived at dawn to salvage what they could from the storeroom.

"We had forty children here on Saturday," said one volunteer, holding a box of singed exercise books. "Who does this to a place like this?"

Carrowick police have cordoned off the street and are asking anyone with doorbell camera footage to come forward. The Iron Harrow movement, a small group that campaigns against migration, has been blamed for stickers and leaflets in the town before.

We'll bring you more on this in our lunchtime bulletin.
""",
    "Arsonists set fire to the Lindqvist Street community centre in Carrowick overnight and painted the symbol of the Iron Harrow movement on its front door, our reporter at the scene saw.",
)
n01b = repost(
    n01a,
    "n01b",
    "The Morning Flash",
    "2026-03-02",
    "HATE BLAZE: Thugs torch kids' centre and leave their calling card",
    edits=[
        (
            "Fire crews were called to Lindqvist Street just after two this morning.",
            "SICKENING thugs struck in the dead of night.",
        ),
        (
            "painted the symbol of the Iron Harrow movement on its front door, our reporter at the scene saw.",
            "painted the symbol of the Iron Harrow movement on its front door, a reporter at the scene saw.",
        ),
        (
            "The blaze gutted the kitchen and the small hall at the back of the building.",
            "The inferno ripped through the kitchen and the little hall at the back.",
        ),
        (
            "The centre runs a food bank, a homework club and language classes for newcomers on Saturdays. Volunteers arrived at dawn to salvage what they could from the storeroom.",
            "The centre is a lifeline for local families, with a food bank, a homework club and weekend language classes. Heartbroken volunteers turned up at first light to rescue what they could.",
        ),
        ("\n\nWe'll bring you more on this in our lunchtime bulletin.", ""),
    ],
    claim="Arsonists set fire to the Lindqvist Street community centre in Carrowick overnight and painted the symbol of the Iron Harrow movement on its front door, a reporter at the scene saw.",
    after="Last night locals were planning a vigil outside the charred building.",
)
n01c = repost(
    n01b,
    "n01c",
    "The Redline Notebook",
    "2026-03-03",
    "Carrowick: another community space burned",
    edits=[
        ("SICKENING thugs struck in the dead of night.", "Another one. This time it is Carrowick."),
        (
            '"We had forty children here on Saturday," said one volunteer, holding a box of singed exercise books. "Who does this to a place like this?"',
            '"We had forty children here on Saturday," one volunteer said. "Who does this to a place like this?"',
        ),
        (
            "Last night locals were planning a vigil outside the charred building.",
            "Locals are planning a vigil outside the building. I will post the details when I have them.\n\n(Story: The Morning Flash)",
        ),
    ],
    chain=["The Morning Flash"],
)
N01 = story(
    "n01",
    "copy of a copy",
    "local radio's own report; a tabloid reposts it with heavy edits and a new lede; a blog "
    "reposts the tabloid with a credit line at the end: one source (the radio's reporter)",
    1,
    "Arsonists set fire to a community centre in Carrowick and painted the Iron Harrow symbol on its door.",
    [n01a, n01b, n01c],
)

# n02: a newspaper's own report; a news site lifts its claim paragraph into an article of its
# own; a radio station's own reporter.
n02a = article(
    "n02a",
    "Ostermark Courier",
    "2026-03-05",
    "Masked men stormed Stelby council meeting over asylum hostel",
    """
The public gallery at Stelby town hall usually holds a handful of pensioners and a local reporter. On Wednesday evening it held a dozen men in black masks.

About twelve masked men forced their way into a Stelby council meeting on Wednesday night, shouted down the mayor and threw leaflets against a planned asylum hostel across the chamber, the Courier saw from the press bench.

Councillors were debating the budget for road repairs when the men came in through a fire door that had been propped open for ventilation. One of them read a statement from a sheet of paper while the others filmed on their phones.

The mayor, Hedda Lorne, suspended the meeting after ten minutes. The men left before police arrived.

The leaflets were signed by a group calling itself Stelby Says No. The council's plan to turn the former Ravenscar Hotel into a hostel for sixty asylum seekers will be voted on next month.

Councillor Piet Amsel said he had received threatening messages since the plan was announced. "Tonight they came into the room," he said.
""",
    "About twelve masked men forced their way into a Stelby council meeting on Wednesday night, shouted down the mayor and threw leaflets against a planned asylum hostel across the chamber, the Courier saw from the press bench.",
)
n02b = lifted(
    n02a,
    "n02b",
    "Northern Signal",
    "2026-03-06",
    "Asylum hostel row: what happens next in Stelby?",
    """
Stelby's plan for an asylum hostel has been controversial since the day it was published. After Wednesday, it is also a police matter.

About twelve masked men forced their way into a Stelby council meeting on Wednesday night, shouted down the mayor and threw leaflets against a planned asylum hostel across the chamber, the Courier saw from the press bench.

So what is actually being proposed? The council wants to lease the empty Ravenscar Hotel on the seafront to a housing provider, which would house up to sixty people while their asylum claims are decided. The provider says staff would be on site day and night.

Opponents say the town lacks doctors and school places. Supporters say the hotel has been empty for four years and is falling apart.

The vote is expected next month. Any councillor can ask for it to be delayed, and two have already said they would. Residents can still send comments to the planning office until the end of March.
""",
    chain=["Ostermark Courier"],
)
n02c = article(
    "n02c",
    "Stelby Community Radio",
    "2026-03-06",
    "Council meeting abandoned after masked protest",
    """
Wednesday's meeting of Stelby town council was abandoned after a group of masked men came into the chamber and began shouting about the asylum hostel plan.

Our reporter Jonas Wray was in the public gallery. He says around a dozen men, faces covered, walked in through a side door during the budget debate, shouted the mayor down and scattered leaflets over the councillors' desks.

"It was over in about ten minutes," Jonas told our breakfast show. "Some of the older councillors looked genuinely frightened. The men filmed everything and left down the back stairs."

Police say they are looking into the incident and have asked the council for its own camera footage.

The leaflets came from a group calling itself Stelby Says No, which has organised two small protests outside the former Ravenscar Hotel this winter.

You can hear Jonas's full report on our website, along with an interview with the mayor recorded this morning.
""",
    "He says around a dozen men, faces covered, walked in through a side door during the budget debate, shouted the mayor down and scattered leaflets over the councillors' desks.",
)
N02 = story(
    "n02",
    "partial copy",
    "a newspaper's own report; an explainer lifts the claim paragraph word for word (a partial "
    "copy, so it rests on the newspaper); a radio reporter who was in the gallery: two sources",
    2,
    "Masked men forced their way into a Stelby council meeting, shouted down the mayor and threw leaflets against an asylum hostel.",
    [n02a, n02b, n02c],
)

# n03: two agencies, each with its own reporter; one paper cites the first, a site runs the
# second's copy under a credit line.
n03a = article(
    "n03a",
    "Pellion Wire",
    "2026-03-08",
    "Blast damages rail line near Brannoch; separatist slogans found",
    """
BRANNOCH (Pellion Wire) — An explosion tore up a section of the freight line south of Brannoch before dawn on Sunday, and slogans of the Free Ossary separatist movement were sprayed on a signal box nearby, a Pellion Wire reporter at the site saw.

Two rails were bent out of shape and several sleepers were split over about ten metres of track. A freight train carrying grain stopped a kilometre short of the damage after the driver saw the crater in his headlights.

No one was hurt. Railway workers were clearing debris by mid-morning under the watch of armed police.

The slogans, in black paint, read "Ossary is not for sale" and "Free Ossary now". The movement has claimed attacks on pylons and a customs post in the past two years but has not commented on Sunday's blast.

The line carries most of the region's grain exports to the port of Sallowmere. The railway company said traffic would be diverted for at least three days.
""",
    "BRANNOCH (Pellion Wire) — An explosion tore up a section of the freight line south of Brannoch before dawn on Sunday, and slogans of the Free Ossary separatist movement were sprayed on a signal box nearby, a Pellion Wire reporter at the site saw.",
)
n03b = article(
    "n03b",
    "Sarrow Press International",
    "2026-03-08",
    "Freight line bombed in Ossary region",
    """
BRANNOCH, March 8 (SPI) - Saboteurs blew up part of the Brannoch-Sallowmere freight railway early on Sunday and left separatist graffiti at the scene, an SPI correspondent who reached the site said.

The correspondent saw a crater roughly a metre deep between the rails and the words "Free Ossary" painted on a concrete signal hut. Police dogs were searching the fields on both sides of the embankment.

A grain train was halted in time and its crew was unhurt, railway staff at the scene said.

The Free Ossary movement wants independence for the mountainous Ossary region. Its armed wing was blamed for a bomb at a customs post last autumn that injured two officers.

Regional governor Matthis Kolle called the blast "an attack on every farmer in Ossary" and promised more patrols along the line.

Separately, the regional assembly voted on Sunday to extend a curfew in three border districts for another month.
""",
    "BRANNOCH, March 8 (SPI) - Saboteurs blew up part of the Brannoch-Sallowmere freight railway early on Sunday and left separatist graffiti at the scene, an SPI correspondent who reached the site said.",
)
n03c = article(
    "n03c",
    "Harrowmere Times",
    "2026-03-09",
    "Grain exports disrupted after railway sabotage",
    """
Farmers in the Ossary valleys face a week of uncertainty after Sunday's sabotage of the only freight line to the port.

"Every day the grain sits in the silo, we lose money," said Rudi Falk, who chairs the regional farmers' union. He said about forty wagons a day normally leave Brannoch for Sallowmere.

The line was blown up south of Brannoch in the early hours of Sunday, and Free Ossary slogans were painted on a signal box beside it, the Pellion Wire news agency reported, citing its reporter at the scene.

Lorries are now carrying part of the load along the mountain road, which is narrow and closed to heavy traffic at night.

The railway company said repairs would take three days if the weather held. Insurers said they were waiting for the police report.

The sabotage is the first on the railway since 2024, when a bridge further south was damaged.
""",
    "The line was blown up south of Brannoch in the early hours of Sunday, and Free Ossary slogans were painted on a signal box beside it, the Pellion Wire news agency reported, citing its reporter at the scene.",
    ["Pellion Wire"],
)
n03d = repost(
    n03b,
    "n03d",
    "Pettaray Today",
    "2026-03-08",
    "Separatists suspected as railway blown up",
    edits=[
        ("BRANNOCH, March 8 (SPI) - Saboteurs", "Saboteurs"),
        (
            "\n\nSeparately, the regional assembly voted on Sunday to extend a curfew in three border districts for another month.",
            "",
        ),
    ],
    claim="Saboteurs blew up part of the Brannoch-Sallowmere freight railway early on Sunday and left separatist graffiti at the scene, an SPI correspondent who reached the site said.",
    after="(Sarrow Press International)",
    chain=["Sarrow Press International"],
)
N03 = story(
    "n03",
    "agencies",
    "two agencies, each with its own reporter at the site; a paper cites the first, a news "
    "site runs the second's copy under a credit line: two sources",
    2,
    "Saboteurs blew up part of the freight line south of Brannoch and left Free Ossary slogans.",
    [n03a, n03b, n03c, n03d],
    {"SPI": "Sarrow Press International"},
)

# n04: one agency (not in the set) re-reported by three outlets in their own words.
n04a = article(
    "n04a",
    "Drummelow Record",
    "2026-03-10",
    "Weapons cache found on farm linked to militia",
    """
Police found rifles, ammunition and homemade explosives buried in a barn on a farm outside Drummelow that belongs to a member of the Sons of the Marches militia, according to the Corvane Press Agency.

The agency said officers dug up three plastic drums containing eleven rifles, several thousand rounds and pipes packed with fertiliser. The owner of the farm, a 52-year-old man, was arrested along with his son.

The Sons of the Marches describe themselves as a "border defence club" and hold weekend training camps in the hills. The group was placed under surveillance last year after a video showed members firing at targets shaped like people.

Drummelow's mayor, Annelie Sorsa, said she was "shocked but not surprised". She told the Record that residents had complained about gunfire on Sunday mornings for months.

The district prosecutor is expected to ask a court on Friday to keep both men in custody.
""",
    "Police found rifles, ammunition and homemade explosives buried in a barn on a farm outside Drummelow that belongs to a member of the Sons of the Marches militia, according to the Corvane Press Agency.",
    ["Corvane Press Agency"],
)
n04b = article(
    "n04b",
    "Valley Sound 96.4",
    "2026-03-10",
    "Drummelow arrests: father and son held",
    """
Neighbours say the first they knew was the helicopter.

"It circled for an hour, then the vans came up the lane," said a woman who lives across the road from the Hallberg farm, who didn't want to be named.

A father and son from Drummelow are in custody tonight. Officers searching their farm uncovered a hidden stash of guns, bullets and bomb-making material in a barn, and the older man is a known member of the Sons of the Marches, the CPA news agency reports.

The Sons of the Marches are an armed group that trains in the hills above the town. They say they are a sports club.

Police haven't commented yet. We've asked the district prosecutor's office what the two men could be charged with and will let you know as soon as we hear back.

Drummelow Football Club has cancelled Saturday's home game because officers are still using the car park next to the farm.
""",
    "Officers searching their farm uncovered a hidden stash of guns, bullets and bomb-making material in a barn, and the older man is a known member of the Sons of the Marches, the CPA news agency reports.",
    ["CPA"],
)
n04c = article(
    "n04c",
    "Fieldnotes on Extremism",
    "2026-03-11",
    "The Sons of the Marches: from shooting club to arms cache?",
    """
I have been following the Sons of the Marches since their first training camp in 2023, and I have always been told they are harmless: men in their fifties with hunting rifles and too much time.

This week that story became harder to believe. A buried arms cache, including explosive devices, was discovered by police on a Drummelow farm owned by one of the group's members.

The group's online channel has been quiet since the arrests. Before that it carried long posts about "the coming collapse" and lists of equipment every member should own.

What matters now is whether prosecutors treat this as one man's hobby gone too far or as the arsenal of an organisation. The militia has about two hundred members across four districts, going by the photographs of its camps.

I will write more when the charges are known.

Source: Corvane Press Agency
""",
    "A buried arms cache, including explosive devices, was discovered by police on a Drummelow farm owned by one of the group's members.",
    ["Corvane Press Agency"],
)
N04 = story(
    "n04",
    "agencies",
    "one agency not in the set, re-reported by a paper ('according to'), a radio site (by "
    "acronym, claim after an anecdote) and a blog ('Source:' at the end, passive voice): one "
    "source",
    1,
    "Police found a cache of rifles and explosives on a Drummelow farm of a Sons of the Marches member.",
    [n04a, n04b, n04c],
    {"CPA": "Corvane Press Agency"},
)

# n05: an institute's translation of a manifesto, quoted by a news site, reposted by a blog.
n05a = article(
    "n05a",
    "Institute for Radicalisation Monitoring",
    "2026-03-12",
    "Research note: the 'Black Pine' manifesto",
    """
Summary. On 9 March a text calling itself the manifesto of the Black Pine Front appeared on several channels used by accelerationist groups. IRM analysts have translated it in full from Velish.

The Black Pine Front's manifesto urges its readers to sabotage electricity substations and railway signalling in order to "hasten the collapse of the state", according to our translation.

The document runs to 34 pages. Most of it repeats ideas familiar from earlier accelerationist writing: that society is close to breaking point, that violence by small cells can push it over the edge, and that followers should avoid forming real organisations that police can infiltrate.

Two sections are new. One gives a list of infrastructure categories, without naming specific sites. The other addresses teenagers directly and tells them to "start with what is near you".

We assess that the Black Pine Front is a label rather than a group with members. Its importance lies in the audience the text can reach.

The full translation is available to researchers on request.
""",
    'The Black Pine Front\'s manifesto urges its readers to sabotage electricity substations and railway signalling in order to "hasten the collapse of the state", according to our translation.',
    ["Black Pine manifesto"],
)
n05b = article(
    "n05b",
    "Rellington Live",
    "2026-03-13",
    "'Start with what is near you': manifesto tells teens to attack power network",
    """
A manifesto circulating on extremist channels calls on young people to attack the power grid and the railways.

The text, attributed to a group called the Black Pine Front, urges readers to sabotage electricity substations and rail signals "to hasten the collapse of the state", according to a translation by the Institute for Radicalisation Monitoring (IRM).

The IRM, which tracks extremist movements online, said the 34-page document was written in Velish and appeared on 9 March. One passage speaks directly to teenagers.

Rellington's grid operator said it had "robust security" at its sites and would not comment on individual threats.

Police said they were aware of the text. Last year two boys aged fifteen and sixteen were convicted of planning to start a fire at a substation in the north of the city after watching videos from similar channels.

Parents worried about what their children see online can find advice on the council's website.
""",
    'The text, attributed to a group called the Black Pine Front, urges readers to sabotage electricity substations and rail signals "to hasten the collapse of the state", according to a translation by the Institute for Radicalisation Monitoring (IRM).',
    ["Institute for Radicalisation Monitoring", "Black Pine manifesto"],
)
n05c = repost(
    n05b,
    "n05c",
    "Hask Watch",
    "2026-03-14",
    "Repost: new manifesto targets the grid",
    edits=[
        (
            "A manifesto circulating on extremist channels calls on young people to attack the power grid and the railways.",
            "Reposting this from Rellington Live because everyone who works with young people should read it.",
        ),
        (
            "\n\nParents worried about what their children see online can find advice on the council's website.",
            "\n\nOur own guide for parents is pinned at the top of this page.",
        ),
    ],
)
N05 = story(
    "n05",
    "translation",
    "an institute's translation of a manifesto (its research note), quoted by a news site, "
    "reposted by a blog: one source (the manifesto, through the institute)",
    1,
    "The Black Pine Front's manifesto urges readers to sabotage substations and railway signalling.",
    [n05a, n05b, n05c],
    {"IRM": "Institute for Radicalisation Monitoring"},
)

# n06: one outlet watched the video itself; two cite a monitor's translation of it.
n06a = article(
    "n06a",
    "Quillford Herald",
    "2026-03-15",
    "Militia video threatens polling stations",
    """
The clip lasts four minutes and begins with a shot of an empty school gymnasium.

In a video posted on Saturday, the Red Dawn Brigade threatens to attack polling stations in the Quillford region if next month's election goes ahead, the Herald found after watching the recording, which is in Tarven.

A masked man reading from a sheet tells voters to "stay at home if you love your children". Behind him three men hold rifles in front of the brigade's flag.

The video was posted on a channel that has carried the brigade's material since 2024. The Herald could not confirm where it was filmed.

The regional election commission said voting would go ahead as planned, with extra police at every station. "We will not let a man in a mask decide our democracy," its chair, Ottilie Brandt, said.

The Red Dawn Brigade has been blamed for two bomb attacks on government offices, the last in November.
""",
    "In a video posted on Saturday, the Red Dawn Brigade threatens to attack polling stations in the Quillford region if next month's election goes ahead, the Herald found after watching the recording, which is in Tarven.",
    ["Red Dawn Brigade video"],
)
n06b = article(
    "n06b",
    "Westfold Mercury",
    "2026-03-16",
    "Election threat: armed group warns voters to stay home",
    """
Voters in the Quillford region have been warned by an armed group to keep away from next month's election.

The Red Dawn Brigade said in a new video that polling stations would be attacked if the vote is held, according to a translation by the Vigil Media Monitor, which follows militant propaganda.

The Vigil translation quotes a masked speaker telling people to "remain in your homes if you value your children". The monitor said the video appeared on a brigade channel on Saturday.

Election officials said the vote would not be postponed. Opposition parties called on the government to send soldiers to guard the polling stations, but the interior minister said the police were able to cope.

Turnout in the region at the last election was 48 per cent, the lowest in the country.

The Vigil Media Monitor is funded by a group of universities and publishes translations of extremist material in six languages.
""",
    "The Red Dawn Brigade said in a new video that polling stations would be attacked if the vote is held, according to a translation by the Vigil Media Monitor, which follows militant propaganda.",
    ["Vigil Media Monitor", "Red Dawn Brigade video"],
)
n06c = article(
    "n06c",
    "Ground Truth Digest",
    "2026-03-16",
    "Red Dawn's election video, annotated",
    """
Every election season brings a new video from the Red Dawn Brigade. This year's is shorter and better produced than the last, and it is more explicit.

Via Vigil Media Monitor's English translation: the brigade threatens to strike polling stations across the Quillford region unless the election is called off.

A few things stand out. The gymnasium in the opening shot looks like a school, which seems designed to frighten parents. The speaker's accent, according to Vigil's notes, points to the eastern valleys rather than the city. And the flag is a new design, with a rifle replacing the old star.

None of this tells us whether the brigade can carry out the threat. Its attacks so far have been on empty offices at night.

Election officials are right not to postpone. But they should publish a clear plan for what happens if a polling station has to close on the day.

Read Vigil's full translation on its website.
""",
    "Via Vigil Media Monitor's English translation: the brigade threatens to strike polling stations across the Quillford region unless the election is called off.",
    ["Vigil Media Monitor", "Red Dawn Brigade video"],
    [
        [
            "https://vigil-monitor.example/translations/red-dawn-election",
            "Read Vigil's full translation",
        ]
    ],
)
N06 = story(
    "n06",
    "video seen and translated",
    "one outlet watched the video in the original language; two cite a monitor's translation "
    "of the same video. Rule used: the claim is what the video says; the Herald's viewing and "
    "Vigil's translation are two readings of one source (README rule 3), so one source",
    1,
    "The Red Dawn Brigade threatens in a video to attack polling stations if the election goes ahead.",
    [n06a, n06b, n06c],
)

# n07: a court filing read by two outlets; a blog cites the first as first reported.
n07a = article(
    "n07a",
    "Tarnby Evening News",
    "2026-03-18",
    "Prosecutors: cell planned to poison reservoir",
    """
Three men arrested in Tarnby in January planned to poison the town's main reservoir with a farm pesticide, prosecutors say in an indictment filed at Tarnby district court on Tuesday.

The indictment, which the Evening News has read, says the men bought two hundred litres of the pesticide from a supplier in a neighbouring region and scouted the reservoir's intake tower on at least four occasions.

It names the men as Konrad Vell, 41, Aron Sakse, 29, and Mikkel Strand, 35, and says they were members of an online group that wanted to provoke "a race war" by causing mass deaths.

Vell's lawyer, Hanna Dorsey, said her client denied the charges and had bought the pesticide for his vineyard. "The prosecution has built a novel out of a shopping receipt," she said.

The water company said the reservoir had never been at risk and that its security had been reviewed.

A date for the trial has not been set.
""",
    "Three men arrested in Tarnby in January planned to poison the town's main reservoir with a farm pesticide, prosecutors say in an indictment filed at Tarnby district court on Tuesday.",
    ["Tarnby indictment"],
)
n07b = article(
    "n07b",
    "The Kessel Observer",
    "2026-03-19",
    "Reservoir plot: the charges in full",
    """
When police arrested three men in Tarnby in January, they released almost nothing about why. A 28-page indictment now fills in the gaps.

According to the charge sheet filed with the district court, the three conspired to contaminate the Tarnby reservoir with pesticide bought in bulk, in the hope that mass deaths would set off ethnic violence.

The Observer obtained a copy of the filing on Wednesday. It quotes messages in which one of the men writes that "the water is the easiest way in" and another sends photographs of a locked gate at the intake tower.

Prosecutors say the men met in a chat group run from abroad, which the indictment does not name.

All three deny the charges. The lawyer for one of them called the case "a novel built out of a shopping receipt".

The Observer has asked the water company how many people the reservoir supplies. Its website says about 60,000 households.
""",
    "According to the charge sheet filed with the district court, the three conspired to contaminate the Tarnby reservoir with pesticide bought in bulk, in the hope that mass deaths would set off ethnic violence.",
    ["Tarnby indictment"],
)
n07c = article(
    "n07c",
    "The Ambry Hill Blog",
    "2026-03-19",
    "The Tarnby reservoir case and what it says about online radicalisation",
    """
I did not expect to write about my home town's water supply on this blog.

As first reported by the Tarnby Evening News, prosecutors allege that three local men planned to poison the reservoir with pesticide. The paper has seen the indictment.

What strikes me is how ordinary the men seem. One ran a vineyard, one worked at the bus depot, one was unemployed. None had a criminal record. According to the paper, they found each other in an online group that talked about a "race war".

We keep hearing that radicalisation happens in dark corners. In this case the corner was a phone in a kitchen.

One of the men says he bought the pesticide for his vines, and he is entitled to a fair trial. I am not writing to judge him.

I am writing because the schools in Tarnby still have no programme on online extremism, and the council voted one down last year on cost grounds.
""",
    "As first reported by the Tarnby Evening News, prosecutors allege that three local men planned to poison the reservoir with pesticide.",
    ["Tarnby Evening News", "Tarnby indictment"],
    [["https://bench.example/n07/n07a", "first reported by the Tarnby Evening News"]],
)
N07 = story(
    "n07",
    "document",
    "an indictment read by two papers ('the indictment, which the Evening News has read', "
    "'the charge sheet'); a blog cites the first paper with a link ('as first reported by'); "
    "the defence's denial is not the main claim: one source (the filing)",
    1,
    "Prosecutors allege that three men in Tarnby planned to poison the town's reservoir with pesticide.",
    [n07a, n07b, n07c],
)

# n08: a ministry's statement (two outlets) and a bus driver who saw it (one outlet).
n08a = article(
    "n08a",
    "Sennick Argus",
    "2026-03-20",
    "Border guards shot at from across the river, ministry says",
    """
Border guards on the Velde river came under fire from the far bank on Thursday night, and one guard was wounded in the leg, the Interior Ministry said in a statement posted on its website on Friday.

The statement said the shots were fired from a wooded area opposite the Sennick crossing at about 11pm and that guards did not return fire. The wounded guard was taken to hospital in Sennick and is in a stable condition.

The ministry blamed "armed smugglers associated with the Velde Liberation Army", a group that has attacked border posts before. It said extra patrols had been sent to the area.

The Velde Liberation Army did not respond to requests for comment.

In Sennick itself, the shooting was the talk of the market on Friday morning. Several traders said they had heard shots but had thought it was hunters.

The crossing was closed overnight and reopened at 8am with longer checks for lorries.
""",
    "Border guards on the Velde river came under fire from the far bank on Thursday night, and one guard was wounded in the leg, the Interior Ministry said in a statement posted on its website on Friday.",
    ["Interior Ministry"],
    [
        [
            "https://interior-ministry.example/news/velde-crossing",
            "a statement posted on its website",
        ]
    ],
)
n08b = article(
    "n08b",
    "Northern Signal",
    "2026-03-20",
    "Guard hurt in shooting at Sennick crossing",
    """
A border guard was wounded when gunmen opened fire across the Velde river late on Thursday, a spokesperson for the Interior Ministry told the Northern Signal.

"Our officers were fired on from the other bank and one was hit in the leg," the spokesperson said. "He is being treated and his life is not in danger."

The ministry said it suspected smugglers linked to the Velde Liberation Army, an armed group that wants the river valley to break away.

The Sennick crossing handles about three hundred lorries a day, most of them carrying timber and fruit. Drivers waited up to six hours on Friday morning as guards searched vehicles.

Last month the government announced plans to build a fence along twelve kilometres of the river. Work has not started.

Opposition MPs said the shooting showed the fence was needed. Local farmers, whose fields run down to the water, say a fence would cut them off from their land.
""",
    "A border guard was wounded when gunmen opened fire across the Velde river late on Thursday, a spokesperson for the Interior Ministry told the Northern Signal.",
    ["Interior Ministry"],
)
n08c = article(
    "n08c",
    "Radio Carrowick",
    "2026-03-21",
    "'I saw the flashes': driver describes border shooting",
    """
Tomas, a bus driver from Carrowick, had just parked his empty coach at the Sennick crossing on Thursday night to wait for the morning shift.

He says he was drinking coffee in his cab when the shooting started. Shots were fired from the trees on the far side of the Velde, and a guard at the crossing went down holding his leg, the driver told Radio Carrowick.

"I saw the flashes on the other bank, maybe five or six," he said. "Then his colleagues were dragging him behind the concrete blocks. I lay down across the seats."

He says an ambulance arrived about twenty minutes later. He was questioned by police and allowed to leave in the morning.

Tomas asked us not to use his surname because he drives that route every week.

The border crossing reopened on Friday morning. Coach companies say passengers should expect delays of several hours at Sennick for the rest of the week.
""",
    "Shots were fired from the trees on the far side of the Velde, and a guard at the crossing went down holding his leg, the driver told Radio Carrowick.",
    ["a bus driver"],
)
N08 = story(
    "n08",
    "statement and witness",
    "a ministry statement posted on its website (with a link) and a ministry spokesperson to "
    "a second outlet, plus a bus driver (first name only: unnamed, rule 6) who saw it: two "
    "sources",
    2,
    "Gunmen fired across the Velde river at the Sennick crossing and wounded a border guard.",
    [n08a, n08b, n08c],
)

# n09: a police statement in three outlets; the accused group's denial, one outlet leads with it.
n09a = article(
    "n09a",
    "Harrowmere Times",
    "2026-03-22",
    "Police blame Wolfhook Youth for attack on refugee family",
    """
Members of the far-right Wolfhook Youth beat a refugee father and his teenage son outside their flat in Harrowmere on Saturday night, Harrowmere police said on Sunday.

In a statement, the police said five young men had followed the pair from a bus stop and attacked them with a bicycle chain. The father needed stitches to a head wound; his son suffered bruising.

Detectives identified two of the attackers from camera footage as known members of Wolfhook Youth, the statement said. Both were arrested on Sunday morning.

The group denied any involvement. "Wolfhook Youth does not do street violence," it wrote on its channel.

The family moved to Harrowmere four years ago. Neighbours have started a collection to replace the family's front door, which was also damaged.

Separately, the city council said it would ask the national government to ban Wolfhook Youth, a request it first made in 2025.
""",
    "Members of the far-right Wolfhook Youth beat a refugee father and his teenage son outside their flat in Harrowmere on Saturday night, Harrowmere police said on Sunday.",
    ["Harrowmere police"],
)
n09b = article(
    "n09b",
    "Wendmarsh FM",
    "2026-03-22",
    "Wolfhook Youth: 'We had nothing to do with it'",
    """
The far-right group Wolfhook Youth says it had nothing to do with a violent attack on a father and son in Harrowmere at the weekend.

In a post on its channel on Sunday, the group called the accusation "a lie invented to get us banned" and said none of its members had been in the area.

Police, however, say the father and his fifteen-year-old son were set upon by Wolfhook Youth members as they walked home from a bus stop on Saturday night, and that two suspects from the group are now under arrest.

Officers say the attackers used a bicycle chain. The father was treated in hospital and released.

Wolfhook Youth claims around three hundred members, most of them under twenty-five, and has been under observation by the intelligence service since last summer.

A vigil for the family is planned outside Harrowmere town hall on Tuesday evening. Organisers say everyone is welcome.
""",
    "Police, however, say the father and his fifteen-year-old son were set upon by Wolfhook Youth members as they walked home from a bus stop on Saturday night, and that two suspects from the group are now under arrest.",
    ["Harrowmere police"],
)
n09c = article(
    "n09c",
    "The Daily Blaze",
    "2026-03-23",
    "CHAIN GANG: Neo-Nazi yobs held over attack on dad and lad",
    """
TWO neo-Nazi yobs are behind bars after a dad and his teenage son were battered with a bike chain in a cowardly street ambush.

Cops in Harrowmere say the thugs belong to a far-right gang called Wolfhook Youth.

The victims, who fled a civil war abroad, were chased from a bus stop by a pack of five on Saturday night, according to a police statement.

Dad needed stitches to his head. His boy, 15, was left black and blue.

Officers nabbed the two suspects on Sunday after spotting them on CCTV.

Wolfhook Youth whined on social media that it was being "framed".

A neighbour said last night: "They are the nicest family on the street. The dad fixes everyone's bikes for free. It makes me sick."

Locals have raised more than 2,000 to help the family repair their smashed-in front door.
""",
    "The victims, who fled a civil war abroad, were chased from a bus stop by a pack of five on Saturday night, according to a police statement.",
    ["Harrowmere police"],
)
N09 = story(
    "n09",
    "denial alongside",
    "a police statement reported by a paper, a radio site that leads with the accused group's "
    "denial, and a tabloid ('cops', 'a police statement'); the denial does not change the "
    "count: one source",
    1,
    "Wolfhook Youth members attacked a refugee father and son in Harrowmere, police say.",
    [n09a, n09b, n09c],
)

# n10: three separate reports from people who were there.
n10a = article(
    "n10a",
    "Wendmarsh FM",
    "2026-03-24",
    "Torch march through Wendmarsh old town",
    """
Wendmarsh's old town was lit by flares on Saturday night, and the chanting could be heard as far as the river.

Our reporter followed the march from the station to the war memorial and saw around 150 people in black clothes carrying flaming torches behind a banner of the New Hearth Front, chanting against migrants and against the mayor.

Police walked alongside the march but did not intervene. A small group of counter-protesters stood on the steps of the library and was kept apart by a line of officers.

The march had not been registered with the council, which says permission is needed for any gathering of more than fifty people in the old town.

The mayor, Lisbet Hauk, said on Sunday she was "ashamed that our memorial was used for this".

The New Hearth Front is a small party that won two seats on the council in 2024.
""",
    "Our reporter followed the march from the station to the war memorial and saw around 150 people in black clothes carrying flaming torches behind a banner of the New Hearth Front, chanting against migrants and against the mayor.",
)
n10b = article(
    "n10b",
    "Velling Gazette",
    "2026-03-24",
    "Flares, torches and slogans: a night in the old town",
    """
At half past eight on Saturday, the cobbled square in front of Wendmarsh station filled with people in black.

The Gazette watched as some two hundred supporters of the New Hearth Front lit torches and marched through the old town to the war memorial, shouting slogans about "foreigners" and "traitors".

Several marchers wore masks. One carried a drum. Outside the Golden Lamb pub, drinkers came out to watch, some filming, some shouting back.

At the memorial, a speaker with a loudspeaker told the crowd that Wendmarsh "belongs to its people". The crowd answered with a chant the Gazette will not print.

There were no arrests. Police said they were reviewing footage to see whether any offences had been committed.

The Front's local chairman, Edvin Marsk, told the Gazette the march was "a peaceful act of remembrance" and that registration was "a formality".
""",
    'The Gazette watched as some two hundred supporters of the New Hearth Front lit torches and marched through the old town to the war memorial, shouting slogans about "foreigners" and "traitors".',
)
n10c = article(
    "n10c",
    "The Redline Notebook",
    "2026-03-25",
    "I walked behind the torches. Here is what I saw",
    """
I live two streets from the war memorial, so when I heard the drum on Saturday evening I put on my coat and went out.

I followed the New Hearth Front's torchlit march for its last half hour, from the Golden Lamb to the memorial, and I counted somewhere between 140 and 180 people carrying torches and flares.

Most of the marchers were young men, but not all. I saw a grey-haired couple holding hands and a boy of perhaps twelve carrying a flag taller than himself.

The chants were about migrants, about the mayor, about "traitors in the town hall". At the memorial, someone laid a wreath with the party's logo on it.

The police kept their distance. I asked one officer why nobody was stopping an unregistered march and he shrugged.

I went home and could not sleep. My neighbours, a refugee family from across the sea, asked me the next morning whether they should be afraid. I did not know what to tell them.
""",
    "I followed the New Hearth Front's torchlit march for its last half hour, from the Golden Lamb to the memorial, and I counted somewhere between 140 and 180 people carrying torches and flares.",
)
N10 = story(
    "n10",
    "independent",
    "three people who were there: a radio reporter, a paper, a blogger who lives nearby "
    "(each in its own voice, numbers differ): three sources",
    3,
    "Some 150-200 New Hearth Front supporters marched with torches through Wendmarsh old town to the war memorial.",
    [n10a, n10b, n10c],
)

STORIES = [N01, N02, N03, N04, N05, N06, N07, N08, N09, N10]
