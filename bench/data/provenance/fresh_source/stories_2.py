# ruff: noqa: E501
"""Fresh stories n11-n19: four separate sources, an agency amid other claims, documents seen
by one outlet, unnamed sources, a live blog, a press release, an opinion column, an audio
message translated, a copy of a copy beside an own report."""

from __future__ import annotations

from kit import article, repost, story

# n11: four separate sources: a mayor, a fire chief, a reporter, residents.
n11a = article(
    "n11a",
    "Tollmere Weekly",
    "2026-04-01",
    "Mayor: 'The levee simply gave way'",
    """
Tollmere's mayor, Greta Sundqvist, was standing on the dyke road at six in the morning when her phone rang.

The levee on the east bank of the Marrow broke on Tuesday morning and flooded about forty homes in the Eastmead district, Sundqvist told the Tollmere Weekly.

"The water had been rising all night, and at about half past five the levee simply gave way," she said. "We had already started knocking on doors, thank God."

The mayor said no one was missing. About ninety people spent the night in the sports hall, where the council has set up camp beds and a kitchen.

She said the council had asked the regional government for emergency funds to repair the levee and to pay for pumps.

Eastmead was built on reclaimed meadow in the 1970s, and residents have complained for years that the levee was not maintained. Sundqvist said an inquiry would look at "everything, including our own decisions".
""",
    "The levee on the east bank of the Marrow broke on Tuesday morning and flooded about forty homes in the Eastmead district, Sundqvist told the Tollmere Weekly.",
    ["Greta Sundqvist"],
)
n11b = article(
    "n11b",
    "Radio Carrowick",
    "2026-04-01",
    "Fire chief: dozens of homes under water in Tollmere",
    """
Dozens of homes are under water in Tollmere after a levee failed on the river Marrow.

The regional fire chief, Oskar Brenning, said in a statement that the east-bank levee collapsed shortly before dawn and that water had entered "around forty houses" in Eastmead.

Crews used boats to bring out elderly residents, including a man of 93 who had refused to leave the night before. Brenning said his teams had carried out 37 rescues by nine o'clock.

Pumps have been brought in from three neighbouring districts, and soldiers are filling sandbags at the Tollmere football ground.

The river is expected to peak again on Wednesday night. Brenning urged people living near the water not to return home until the fire service says it is safe.

Drivers are being told to avoid the ring road around Tollmere, which is closed between the bridge and the hospital.
""",
    'The regional fire chief, Oskar Brenning, said in a statement that the east-bank levee collapsed shortly before dawn and that water had entered "around forty houses" in Eastmead.',
    ["Oskar Brenning"],
)
n11c = article(
    "n11c",
    "Velling Gazette",
    "2026-04-01",
    "Live: Tollmere flood",
    """
09:42 — Our reporter Ida Marr has reached the edge of Eastmead. She says the breach in the east-bank levee is clearly visible from the ring road: a gap of perhaps twenty metres where the river is pouring through, with brown water covering the gardens and reaching the windowsills of the nearest row of houses.

09:55 — Ida counts at least four fire service boats working along Meadow Lane. A woman in a dressing gown is being helped into one of them with her dog.

10:10 — The council has opened the sports hall as a rest centre. It asks people to bring medicines and phone chargers if they can.

10:25 — The regional weather service says more rain is expected tonight, and the river could rise by another half metre.

10:40 — Ida says several residents are standing on the dyke road watching their streets fill. One man told her he had moved his car three times since midnight.

We will keep updating this page through the day.
""",
    "She says the breach in the east-bank levee is clearly visible from the ring road: a gap of perhaps twenty metres where the river is pouring through, with brown water covering the gardens and reaching the windowsills of the nearest row of houses.",
)
n11d = article(
    "n11d",
    "Harrowmere Times",
    "2026-04-02",
    "'It came through the floor': Eastmead counts the cost",
    """
Carpets are piled on the pavements of Eastmead, and the smell of river mud is everywhere.

Residents told the Harrowmere Times that the river burst through the levee behind their street before sunrise on Tuesday and that within an hour the water was knee-deep in their living rooms.

"It came through the floor first, then under the door," said one woman, who has lived on Meadow Lane for thirty years. Her neighbour said he had lost his tools, his van and "every photograph of my children".

The council says insurance assessors will visit from Thursday. Many residents said their policies did not cover flooding because premiums in Eastmead had become unaffordable.

Tollmere's flood group, set up by residents in 2019, has called for an independent inspection of every levee on the Marrow.

Volunteers from three churches are serving hot meals at the sports hall every evening this week.
""",
    "Residents told the Harrowmere Times that the river burst through the levee behind their street before sunrise on Tuesday and that within an hour the water was knee-deep in their living rooms.",
    ["residents"],
)
N11 = story(
    "n11",
    "independent",
    "four separate sources: the mayor to a weekly, the fire chief's statement on radio, a "
    "reporter's live blog from the scene, residents quoted by a paper (unnamed: rule 6): four",
    4,
    "The levee on the east bank of the Marrow broke and flooded about forty homes in Eastmead, Tollmere.",
    [n11a, n11b, n11c, n11d],
)

# n12: three outlets relay one agency's report; each also carries claims from other sources.
n12a = article(
    "n12a",
    "Quillford Herald",
    "2026-04-03",
    "Petrol bomb thrown at Lanceby synagogue",
    """
Lanceby's Jewish community said on Friday it would hold Sabbath prayers as usual, hours after an attack on its synagogue.

A petrol bomb was thrown at the door of the Lanceby synagogue late on Thursday, scorching the entrance and breaking a window, the Orbis Wire Service reported.

The community's chairman, Daniel Rosen, said attendance had fallen since the autumn and that some families no longer let their children walk to Hebrew school. The national Jewish council said antisemitic incidents had risen by about a third last year.

Police said they had stepped up patrols around religious buildings across the city. The interior minister, Petra Ahl, condemned "a cowardly act against all of us".

A women's choir from the neighbouring mosque has offered to sing outside the synagogue on Saturday as a gesture of support.

The synagogue was built in 1898 and survived the great fire that destroyed the old quarter in 1911.
""",
    "A petrol bomb was thrown at the door of the Lanceby synagogue late on Thursday, scorching the entrance and breaking a window, the Orbis Wire Service reported.",
    ["Orbis Wire Service"],
)
n12b = article(
    "n12b",
    "Westfold Mercury",
    "2026-04-03",
    "Minister condemns 'cowardly' synagogue attack",
    """
Interior Minister Petra Ahl on Friday called an attack on a synagogue in Lanceby "a cowardly act against all of us" and promised more money for security at places of worship.

The synagogue's front door was set alight by a firebomb on Thursday night and one of its windows was shattered, according to OWS.

Ahl said her ministry would double the fund for cameras and guards at religious sites this year. Opposition leaders said the fund had been cut twice since 2023.

A researcher at the Brannoch Policy Institute, Selma Voss, said online threats against Jewish targets had increased sharply since the start of the year, with many posts coming from a handful of accounts.

Police said they were examining footage from a petrol station near the synagogue but had not made an arrest.

The Lanceby community plans to hold its weekly service as usual on Saturday, with police officers at the door.
""",
    "The synagogue's front door was set alight by a firebomb on Thursday night and one of its windows was shattered, according to OWS.",
    ["OWS"],
)
n12c = article(
    "n12c",
    "TownWire",
    "2026-04-04",
    "Lanceby: what we know about the synagogue attack",
    """
What happened? Someone hurled a petrol bomb at the entrance of the synagogue in Lanceby on Thursday night, burning the door and smashing a window (Orbis Wire Service).

Was anyone hurt? No. The building was empty, and a passer-by put out the flames with a fire extinguisher from a nearby shop, police said.

Who did it? Nobody knows yet. Police are looking at camera footage from a petrol station across the road.

Has this happened before? The national Jewish council counted 212 antisemitic incidents last year, up from 160 the year before. Most were abuse and graffiti rather than attacks on buildings.

What are the authorities doing? The interior minister has promised to double funding for security at places of worship. Police have increased patrols around religious buildings in Lanceby.

What happens next? The community will hold its Saturday service as normal. Neighbours from the mosque down the road plan to stand outside in support.
""",
    "What happened? Someone hurled a petrol bomb at the entrance of the synagogue in Lanceby on Thursday night, burning the door and smashing a window (Orbis Wire Service).",
    ["Orbis Wire Service"],
)
N12 = story(
    "n12",
    "agencies",
    "an agency not in the set, relayed by a paper ('reported'), a paper that leads with a "
    "minister (by acronym, 'according to OWS') and a question-and-answer explainer (credit in "
    "brackets); each also carries other claims from other sources (a chairman, a council's "
    "figures, a researcher, the police): one source",
    1,
    "A petrol bomb was thrown at the door of the Lanceby synagogue, scorching the entrance and breaking a window.",
    [n12a, n12b, n12c],
    {"OWS": "Orbis Wire Service"},
)

# n13: documents seen by one paper; a site cites the paper; another cites the site.
n13a = article(
    "n13a",
    "The Kessel Observer",
    "2026-04-05",
    "Riot squad officers shared racist memes, documents show",
    """
Officers in Kessel's riot police unit shared racist and antisemitic memes in a private group chat for at least two years, according to internal police documents seen by the Observer.

The documents, compiled by the force's professional standards department, list more than 300 images and messages posted by 14 officers between 2024 and 2026. Some compare migrants to rats. Others joke about "cleaning the streets" before a demonstration.

The department recommended that six officers be dismissed. None has been, and all 14 remain on duty, the documents show.

Kessel police said they could not comment on an ongoing disciplinary process. The police union said officers were entitled to a fair hearing.

The riot unit policed last summer's protests in the Harbour district, where several people complained of being beaten. An inquiry into those complaints is due to report in June.

Kessel's police commissioner, Jens Orrin, has been asked to appear before the city council next week.
""",
    "Officers in Kessel's riot police unit shared racist and antisemitic memes in a private group chat for at least two years, according to internal police documents seen by the Observer.",
    ["Kessel police documents"],
)
n13b = article(
    "n13b",
    "Newsline Ossary",
    "2026-04-05",
    "Kessel police chat scandal: calls for commissioner to act",
    """
Pressure is growing on Kessel's police commissioner after a newspaper revealed that riot officers had traded racist images in a group chat.

As first reported by the Kessel Observer, fourteen members of the riot unit posted memes mocking migrants and Jews in a private chat over two years, and internal investigators recommended sacking six of them.

Civil rights groups said the revelations explained complaints about violence during last summer's Harbour district protests. "We told them, and nobody listened," said Amira Nasser of the Harbour Residents' Association.

The commissioner, Jens Orrin, has not commented. The city council's security committee will question him on Thursday.

Kessel has the third-largest police force in the country. Its riot unit has about 120 officers and was set up in 2019.

Newsline Ossary has asked the police union whether any officer has been suspended.
""",
    "As first reported by the Kessel Observer, fourteen members of the riot unit posted memes mocking migrants and Jews in a private chat over two years, and internal investigators recommended sacking six of them.",
    ["The Kessel Observer", "Kessel police documents"],
    [["https://bench.example/n13/n13a", "first reported by the Kessel Observer"]],
)
n13c = article(
    "n13c",
    "Stelby Community Radio",
    "2026-04-06",
    "Racist chat row reaches Stelby",
    """
The scandal over racist messages in Kessel's police force has reached Stelby, where some of the same riot officers were sent during last month's protests at the town hall.

Newsline Ossary, citing the Kessel Observer, reported on Sunday that riot officers in Kessel had shared racist memes in a private chat for two years.

Stelby's mayor, Hedda Lorne, said she had written to the Kessel commissioner to ask whether any of the officers involved had been deployed in Stelby. "People here have a right to know," she said.

The Stelby branch of the Harbour Residents' Association said it would hold a public meeting on Wednesday.

Kessel police have not responded to our questions.

The riot unit is regularly lent to smaller towns in the region that do not have their own public order officers.
""",
    "Newsline Ossary, citing the Kessel Observer, reported on Sunday that riot officers in Kessel had shared racist memes in a private chat for two years.",
    ["Newsline Ossary", "The Kessel Observer", "Kessel police documents"],
)
N13 = story(
    "n13",
    "outlet citing an outlet",
    "documents seen by one paper; a news site cites it ('as first reported by', with a link); "
    "a radio site cites the news site citing the paper: one source",
    1,
    "Kessel riot police officers shared racist memes in a private group chat for two years.",
    [n13a, n13b, n13c],
)

# n14: unnamed sources, each outlet's own; a third outlet cites the first outlet's sources.
n14a = article(
    "n14a",
    "Harrowmere Times",
    "2026-04-07",
    "Preacher's attacker trained with militia, sources say",
    """
The man who stabbed a street preacher in Harrowmere last week had attended a weekend training camp run by the Sons of the Marches militia, sources close to the investigation told the Times.

The sources said detectives found photographs on the man's phone showing him in camouflage at a camp in the hills above Drummelow last autumn. They said he had also downloaded the militia's training manual.

The 24-year-old, who cannot be named for legal reasons, is charged with attempted murder. The preacher, Elias Brandvold, is recovering in hospital from wounds to his chest and arm.

The Sons of the Marches said they had "never heard of" the suspect and did not accept "every fool who buys a pair of boots".

Brandvold, 67, has preached outside Harrowmere's central station every Saturday for twenty years. Commuters describe him as harmless and polite.

The suspect is due to appear in court again on 20 April.
""",
    "The man who stabbed a street preacher in Harrowmere last week had attended a weekend training camp run by the Sons of the Marches militia, sources close to the investigation told the Times.",
    ["sources close to the investigation"],
)
n14b = article(
    "n14b",
    "The Morning Flash",
    "2026-04-08",
    "PREACHER KNIFE SUSPECT 'WAS AT MILITIA BOOT CAMP'",
    """
THE knifeman accused of stabbing a kindly old street preacher had been learning to fight with a sinister militia, the Flash can reveal.

The suspect spent a weekend at a boot camp run by the Sons of the Marches, a gun-loving outfit that trains in the hills, a source close to the inquiry said last night.

"He went up there last year and came back a different person," our source said. "He kept talking about war."

Grandfather Elias Brandvold, 67, was knifed as he preached outside Harrowmere station. Passers-by wrestled the attacker to the ground.

The militia has insisted it has never heard of the suspect.

Brandvold's daughter told the Flash: "Dad forgives him. That's who Dad is. The rest of us are still angry."

The 24-year-old suspect, who cannot be named, is charged with attempted murder and remains in custody.
""",
    "The suspect spent a weekend at a boot camp run by the Sons of the Marches, a gun-loving outfit that trains in the hills, a source close to the inquiry said last night.",
    ["a source close to the inquiry"],
)
n14c = article(
    "n14c",
    "Rellington Live",
    "2026-04-08",
    "Harrowmere stabbing: suspect linked to militia camp",
    """
Questions are being asked about the Sons of the Marches militia after reports linking it to the stabbing of a preacher in Harrowmere.

The Harrowmere Times reported on Tuesday, citing sources close to the investigation, that the suspect had attended one of the militia's training camps and had its manual on his phone.

The Sons of the Marches deny knowing the man.

Rellington's member of parliament, Karin Ost, said the government should "stop treating these camps as a hobby". The militia was placed under surveillance last year, but it has not been banned.

A police spokesperson said the force would not comment on an ongoing case.

The preacher, 67-year-old Elias Brandvold, is expected to leave hospital next week. A fund set up by local churches to help his family has raised more than 8,000 in three days.

Rellington Live has asked the interior ministry how many people have attended militia camps in the region.
""",
    "The Harrowmere Times reported on Tuesday, citing sources close to the investigation, that the suspect had attended one of the militia's training camps and had its manual on his phone.",
    ["Harrowmere Times", "sources close to the investigation"],
)
N14 = story(
    "n14",
    "unnamed sources",
    "a paper's 'sources close to the investigation' and a tabloid's 'source close to the "
    "inquiry' are not known to be the same people (README rule 6 read for unnamed sources as "
    "for unnamed witnesses: once per outlet); a news site citing the paper's sources rests on "
    "the paper: two sources",
    2,
    "The man who stabbed a preacher in Harrowmere had attended a Sons of the Marches militia training camp.",
    [n14a, n14b, n14c],
)

# n15: a live blog and a paper relay one broadcaster (not in the set); a third has a reporter.
n15a = article(
    "n15a",
    "Pettaray Today",
    "2026-04-09",
    "Live: Ossary assembly protest",
    """
13:05 — Hello and welcome to our live coverage of the day's events in Brannoch, where supporters of the jailed separatist leader Ruben Askel had called a rally for noon.

13:20 — Supporters of Askel have forced their way into the lobby of the regional assembly building in Brannoch and are refusing to leave, Ossary Regional Broadcasting reports. ORB says about sixty people are inside and that assembly staff have been moved upstairs.

13:34 — The assembly's session has been suspended, according to its official account.

13:50 — Some background: Askel was sentenced to eight years in January for organising an unauthorised independence referendum. His supporters say he is a political prisoner.

14:10 — The regional police chief has arrived at the assembly, according to pictures shared online. We have not yet been able to confirm this.

14:25 — The government in the capital has called the protest "illegal and irresponsible".

Stay with us for updates through the afternoon.
""",
    "13:20 — Supporters of Askel have forced their way into the lobby of the regional assembly building in Brannoch and are refusing to leave, Ossary Regional Broadcasting reports.",
    ["Ossary Regional Broadcasting"],
)
n15b = article(
    "n15b",
    "Sennick Argus",
    "2026-04-09",
    "Separatist protesters occupy Brannoch assembly",
    """
Dozens of protesters demanding the release of the separatist leader Ruben Askel occupied the entrance hall of the Ossary regional assembly on Thursday, ORB reported.

The regional broadcaster showed pictures of protesters sitting on the marble floor of the lobby, holding portraits of Askel and Ossary flags. Some had chained themselves to the banisters of the main staircase.

The assembly's president suspended the day's session, which was due to debate the regional budget.

Askel's Free Ossary party distanced itself from the occupation, saying in a statement that it supported "only lawful protest". But two of its assembly members were seen among the crowd outside.

The central government said the occupation would not change Askel's sentence. A court rejected his last appeal in March.

Sennick is about 80 kilometres from Brannoch, but Free Ossary has strong support in the town, where it won a third of the vote in the last regional election.
""",
    "Dozens of protesters demanding the release of the separatist leader Ruben Askel occupied the entrance hall of the Ossary regional assembly on Thursday, ORB reported.",
    ["ORB"],
)
n15c = article(
    "n15c",
    "Sarrow Press International",
    "2026-04-09",
    "Askel supporters occupy Ossary assembly lobby",
    """
BRANNOCH, April 9 (SPI) - The rally began peacefully, with speeches and folk songs on the square in front of the assembly.

Then, shortly after one o'clock, around fifty supporters of the imprisoned separatist Ruben Askel pushed past security guards and occupied the lobby of the Ossary regional assembly, an SPI reporter on the square saw.

The reporter saw guards try to close the glass doors before giving way. Inside, protesters unrolled a banner reading "Free Askel, free Ossary" from the first-floor balcony.

Police surrounded the building but did not go in. By late afternoon, negotiators from the assembly's administration were talking to the group.

Askel, 58, was jailed in January for organising a referendum that the constitutional court had banned.

The government said it would not negotiate "under pressure". Assembly staff were sent home early.
""",
    "Then, shortly after one o'clock, around fifty supporters of the imprisoned separatist Ruben Askel pushed past security guards and occupied the lobby of the Ossary regional assembly, an SPI reporter on the square saw.",
)
N15 = story(
    "n15",
    "mixed",
    "a live-blog entry and a paper both relay a regional broadcaster not in the set (full name "
    "and acronym); an agency's reporter on the square saw it (the claim after a scene-setting "
    "sentence): two sources",
    2,
    "Supporters of the jailed separatist Ruben Askel occupied the lobby of the Ossary regional assembly in Brannoch.",
    [n15a, n15b, n15c],
    {"ORB": "Ossary Regional Broadcasting"},
)

# n16: a fire service's press release, reposted by a site, cited by a paper.
n16a = article(
    "n16a",
    "Kessenfeld Fire and Rescue Service",
    "2026-04-10",
    "Press release: fire at Al-Noor mosque treated as arson",
    """
Kessenfeld Fire and Rescue Service was called at 03:12 on Friday 10 April to a fire at the Al-Noor mosque on Weaver Street, Kessenfeld.

Two fire engines and an aerial ladder attended. The fire was confined to the ablution room and the entrance corridor and was put out by 04:05. Nobody was inside the building and there were no injuries.

Fire investigators found three petrol canisters and the remains of a timing device at the rear door of the mosque, and the fire is being treated as deliberate.

The scene has been handed over to Kessenfeld police, who are leading the investigation.

Station Manager Liv Oddvar said: "This was a frightening night for the mosque community. Our crews acted quickly and prevented the fire from spreading to the prayer hall."

Anyone with information should contact Kessenfeld police on the non-emergency number.

Notes to editors: photographs of the scene are available from the service's press office.
""",
    "Fire investigators found three petrol canisters and the remains of a timing device at the rear door of the mosque, and the fire is being treated as deliberate.",
)
n16b = repost(
    n16a,
    "n16b",
    "Kessenfeld Today",
    "2026-04-10",
    "Mosque fire was arson, say firefighters",
    edits=[
        (
            "\n\nNotes to editors: photographs of the scene are available from the service's press office.",
            "",
        ),
    ],
    before="The following was issued this morning by Kessenfeld Fire and Rescue Service.",
    chain=["Kessenfeld Fire and Rescue Service"],
)
n16c = article(
    "n16c",
    "Westfold Mercury",
    "2026-04-11",
    "Timer device found after Kessenfeld mosque fire",
    """
Worshippers at the Al-Noor mosque in Kessenfeld prayed in a neighbour's garden on Friday after their building was damaged by fire overnight.

Investigators recovered petrol canisters and what was left of a timer outside the mosque's back door and are treating the blaze as arson, Kessenfeld Fire and Rescue Service said in a statement posted on its website.

The fire damaged the washing room and the corridor but did not reach the prayer hall. No one was hurt.

The mosque's imam, Yusuf Karaman, said the community had received threatening letters in February and had passed them to police. "We were told to install cameras. We could not afford them," he said.

Kessenfeld police said detectives were reviewing the letters as part of their investigation and appealed for witnesses who were on Weaver Street in the early hours.

The mayor of Kessenfeld visited the mosque on Friday afternoon and offered the town hall's council chamber for Friday prayers until repairs are finished.
""",
    "Investigators recovered petrol canisters and what was left of a timer outside the mosque's back door and are treating the blaze as arson, Kessenfeld Fire and Rescue Service said in a statement posted on its website.",
    ["Kessenfeld Fire and Rescue Service"],
    [["https://kessenfeld-fire.example/news/al-noor", "a statement posted on its website"]],
)
N16 = story(
    "n16",
    "press release",
    "a fire service's press release (the service speaks in its own voice), reposted whole by "
    "a local site, cited by a paper with a link to the service's website: one source",
    1,
    "Fire investigators found petrol canisters and a timing device at the Al-Noor mosque in Kessenfeld and treat the fire as arson.",
    [n16a, n16b, n16c],
)

# n17: an agency item; an opinion column and an explainer relay it (acronym and full name).
n17a = article(
    "n17a",
    "Orbis Wire Service",
    "2026-04-12",
    "Gunman kills two on pilgrim bus near Zavrat",
    """
ZAVRAT, April 12 (OWS) — A gunman opened fire on a bus carrying pilgrims to the shrine at Zavrat on Sunday, killing two passengers and wounding five, an OWS reporter who reached the scene an hour later saw.

The bus, its windscreen shattered and its side pocked with bullet holes, stood at an angle on the mountain road about four kilometres below the shrine. Blood stained the steps. Medics were treating a teenage girl for a wound to her shoulder at the roadside.

Passengers said a single man had stepped out from behind a rock and fired as the bus slowed on a hairpin bend. He then ran into the forest.

The pilgrims belong to a religious minority that has been targeted by militant groups in the region before. No group has claimed the attack.

Police set up roadblocks on all roads out of the valley. The shrine was closed for the day.
""",
    "ZAVRAT, April 12 (OWS) — A gunman opened fire on a bus carrying pilgrims to the shrine at Zavrat on Sunday, killing two passengers and wounding five, an OWS reporter who reached the scene an hour later saw.",
)
n17b = article(
    "n17b",
    "Ostermark Courier",
    "2026-04-14",
    "Opinion: The road to Zavrat must not become a road of fear",
    """
My grandmother walked to Zavrat every spring of her adult life. She said the mountain road was the one place where nobody asked what you believed.

On Sunday a gunman opened fire on a bus of pilgrims on that road, killing two people and wounding five more, as OWS reported from the scene.

I will not pretend to know who he was. But I know what he wanted: for the pilgrims to stay at home next year, and for their neighbours to look away.

The government's answer so far has been roadblocks. Roadblocks catch the careless. They do not change why someone thinks a bus full of old women is an enemy.

What would change it is a local leadership that says, clearly and every week, that the pilgrims belong here. Our mayors and priests have been quiet for too long.

The writer is a teacher in Ostermark and a member of the Zavrat pilgrims' association.
""",
    "On Sunday a gunman opened fire on a bus of pilgrims on that road, killing two people and wounding five more, as OWS reported from the scene.",
    ["OWS"],
)
n17c = article(
    "n17c",
    "Northern Signal",
    "2026-04-13",
    "Explainer: who are the Zavrat pilgrims, and why are they targeted?",
    """
Two people were killed and five injured when a gunman shot at a pilgrims' bus near the Zavrat shrine on Sunday, the Orbis Wire Service reported. Here is the background.

Who are the pilgrims? They belong to a small faith that blends local traditions with elements of older religions. About 40,000 people in the region follow it.

What is the shrine? A cave chapel high above the Zavrat valley, visited every spring by thousands of believers, many of them elderly.

Have they been attacked before? Yes. Militant groups that regard the faith as heresy have attacked its villages three times since 2020, most recently in 2024, when a shrine caretaker was murdered.

Who might be behind Sunday's attack? No group has said it did it. Police have not named a suspect.

What is being done? The government has set up roadblocks and says it will send soldiers to guard the pilgrim route for the rest of the season.
""",
    "Two people were killed and five injured when a gunman shot at a pilgrims' bus near the Zavrat shrine on Sunday, the Orbis Wire Service reported.",
    ["Orbis Wire Service"],
)
N17 = story(
    "n17",
    "agencies",
    "an agency's own report; an opinion column that still reports the claim ('as OWS reported') "
    "and an explainer ('the Orbis Wire Service reported'): one source",
    1,
    "A gunman opened fire on a pilgrims' bus near Zavrat, killing two and wounding five.",
    [n17a, n17b, n17c],
    {"OWS": "Orbis Wire Service"},
)

# n18: an audio message, translated by a service (full name and acronym) and by a paper itself.
n18a = article(
    "n18a",
    "Sennick Argus",
    "2026-04-15",
    "Jailed militant urges attacks on police in audio message",
    """
An audio recording attributed to the imprisoned leader of the Sword of Dawn network has appeared online, two years after he was jailed.

In the eleven-minute message, Varek Hollis calls on his followers to attack police stations "in every town where our brothers are held", according to a translation by the Ardent Translation Service.

Ardent, which translates extremist material for researchers and journalists, said the message was in Marvish and appeared on a Sword of Dawn channel on Tuesday. It said the voice matched earlier recordings of Hollis.

The prison service said it was investigating how a recording could have been made inside a high-security jail. Hollis is serving a life sentence for a series of bombings in 2022.

Police in Sennick said they had increased security at stations in the region as a precaution.

The Sword of Dawn has been quiet since Hollis's arrest, and several of its former members have renounced violence.
""",
    'In the eleven-minute message, Varek Hollis calls on his followers to attack police stations "in every town where our brothers are held", according to a translation by the Ardent Translation Service.',
    ["Ardent Translation Service", "Hollis audio message"],
)
n18b = article(
    "n18b",
    "Sunday Klaxon",
    "2026-04-19",
    "BEHIND BARS, STILL PREACHING HATE",
    """
HE is meant to be locked away for life. But bomber Varek Hollis is still barking orders at his followers from his cell.

In a chilling recording, translated by ATS, the Sword of Dawn boss tells fanatics to target police stations across the country.

The eleven-minute rant appeared on the terror network's channel last week. Prison chiefs are now scrambling to find out how he got hold of a phone.

Hollis murdered six people in a wave of bomb attacks in 2022. Families of his victims told the Klaxon they were "disgusted".

"He should be in a hole with no light and no voice," said the widow of one of the victims. "Instead he gets a microphone."

A prison service spokesman said: "We take this extremely seriously and an investigation is under way."

Police forces in three regions have stepped up security at their stations.
""",
    "In a chilling recording, translated by ATS, the Sword of Dawn boss tells fanatics to target police stations across the country.",
    ["ATS", "Hollis audio message"],
)
n18c = article(
    "n18c",
    "The Lantern",
    "2026-04-17",
    "What Hollis said, and what he did not",
    """
Much of the coverage of the Varek Hollis recording has relied on one translation. The Lantern listened to the whole message in the original Marvish, and our own translation is printed below.

In our translation, Hollis tells his followers to strike at police stations in towns where members of the network are imprisoned, and says that "the hour of patience is over".

What he does not do is name any place, any date or any commander. He speaks for most of the eleven minutes about his trial, his health and his mother.

That matters. A leader who gives orders usually gives details. This sounds more like a man who wants to be remembered than one who is still running a network.

Researchers we spoke to agreed that the message was probably genuine but disagreed about how much influence Hollis still has.

The prison service has not said whether he had a phone in his cell.
""",
    'In our translation, Hollis tells his followers to strike at police stations in towns where members of the network are imprisoned, and says that "the hour of patience is over".',
    ["Hollis audio message"],
)
N18 = story(
    "n18",
    "translation",
    "an audio message translated by a service (cited by full name and by acronym) and "
    "translated by a weekly itself: all rest on the message (README rule 3): one source",
    1,
    "In an audio message, the jailed Sword of Dawn leader Varek Hollis calls on followers to attack police stations.",
    [n18a, n18b, n18c],
    {"ATS": "Ardent Translation Service"},
)

# n19: an agency item, reposted by a paper, reposted by a blog; a second paper's own reporter.
n19a = article(
    "n19a",
    "Northgate News Agency",
    "2026-04-20",
    "Bomb outside Ilvermoor police station injures two",
    """
ILVERMOOR (NNA) — A bomb hidden in a rubbish bin exploded outside the main police station in Ilvermoor on Monday evening, injuring two officers, a Northgate News Agency reporter who arrived minutes later saw.

The blast blew out the station's ground-floor windows and left a scorched hole in the pavement. The two officers, who had been changing shifts at the entrance, were carried to ambulances on stretchers. Both were conscious.

Police sealed off the street and evacuated two apartment blocks while bomb disposal experts searched for a second device. None was found.

No one has claimed the bombing. The station was attacked with petrol bombs in 2024 during riots after the death of a young man in custody.

The city's police chief, Hana Rusk, is expected to speak to reporters on Tuesday morning.

Ilvermoor is the region's second city, with about 300,000 inhabitants.
""",
    "ILVERMOOR (NNA) — A bomb hidden in a rubbish bin exploded outside the main police station in Ilvermoor on Monday evening, injuring two officers, a Northgate News Agency reporter who arrived minutes later saw.",
)
n19b = repost(
    n19a,
    "n19b",
    "Tarnby Evening News",
    "2026-04-20",
    "Two officers hurt in Ilvermoor station bombing",
    edits=[
        (
            "The city's police chief, Hana Rusk, is expected to speak to reporters on Tuesday morning.\n\n",
            "",
        ),
        (
            "Ilvermoor is the region's second city, with about 300,000 inhabitants.",
            "Ilvermoor, the region's second city, is about two hours' drive from Tarnby.",
        ),
    ],
    chain=["Northgate News Agency"],
)
n19c = repost(
    n19b,
    "n19c",
    "Ground Truth Digest",
    "2026-04-21",
    "Ilvermoor: bomb at police station",
    edits=[
        (
            "Ilvermoor, the region's second city, is about two hours' drive from Tarnby.",
            "I'm posting the agency copy in full while we wait for the police chief's briefing.",
        ),
        ("No one has claimed the bombing.", "No one has claimed the bombing yet."),
    ],
    chain=["Northgate News Agency"],
)
n19d = article(
    "n19d",
    "Velling Gazette",
    "2026-04-21",
    "'The whole street shook': Ilvermoor after the bomb",
    """
The morning after the bomb, glaziers were already measuring the windows of the police station on Castle Road.

Our correspondent in Ilvermoor, Rasmus Teig, was having dinner two streets away when he heard the explosion on Monday evening. He went straight to Castle Road and saw the smashed windows and two injured policemen being lifted into ambulances outside the station entrance.

"The whole street shook," the owner of a kebab shop opposite told him. "I thought it was a gas explosion until I saw the police running."

On Tuesday the street was open again, but officers with rifles stood at both ends. A forensic tent covered the spot where the bin had stood.

Police chief Hana Rusk told reporters that both officers were out of danger and that detectives were studying camera footage from the area.

She would not say whether the police were looking for one person or a group.
""",
    "He went straight to Castle Road and saw the smashed windows and two injured policemen being lifted into ambulances outside the station entrance.",
)
N19 = story(
    "n19",
    "copy of a copy",
    "an agency's own report, reposted by a paper, the paper's copy reposted by a blog (one "
    "source), plus another paper's correspondent who went to the scene: two sources",
    2,
    "A bomb exploded outside the main police station in Ilvermoor, injuring two officers.",
    [n19a, n19b, n19c, n19d],
)

STORIES = [N11, N12, N13, N14, N15, N16, N17, N18, N19]
