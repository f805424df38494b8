# ruff: noqa: E501
"""Fresh stories n29-n38: an agency citing an agency, a claim of responsibility read directly
and through a monitor, three separate reports with two agencies, unnamed witnesses per outlet,
a leaked audit, a lifted agency paragraph, a denial beside two sources, a police chief at a news
conference, a company and a named witness, four reports from one match."""

from __future__ import annotations

from kit import article, lifted, story

# n29: an agency's own report; a paper cites a second agency citing the first; a radio site
# cites the first by acronym.
n29a = article(
    "n29a",
    "Corvane Press Agency",
    "2026-06-01",
    "Judge killed by car bomb in Halvik",
    """
HALVIK (CPA) — A car bomb killed a judge who presided over the trial of the Sword of Dawn network as he left his home in Halvik on Monday morning, a Corvane Press Agency reporter who arrived soon after the blast saw.

The reporter saw the burned-out shell of Judge Anton Merck's car in the driveway of his house in the Linden Hill district, and a body covered with a sheet beside it. Windows in neighbouring houses were shattered.

Merck, 61, sentenced eleven members of the Sword of Dawn to long prison terms in 2023, including its leader, Varek Hollis. He had been under police protection for a year after that trial, but the protection was withdrawn in January.

No group has claimed the killing. The justice minister, Karel Strom, called it "an attack on the rule of law itself" and ordered a review of protection for judges.

Merck's wife and daughter were inside the house at the time and were unhurt.
""",
    "HALVIK (CPA) — A car bomb killed a judge who presided over the trial of the Sword of Dawn network as he left his home in Halvik on Monday morning, a Corvane Press Agency reporter who arrived soon after the blast saw.",
)
n29b = article(
    "n29b",
    "Marrowby Post",
    "2026-06-01",
    "Sword of Dawn trial judge assassinated",
    """
Judges across the country demanded better protection on Monday after one of their colleagues was killed outside his home.

Anton Merck, the judge who jailed the leaders of the Sword of Dawn network, died when a bomb exploded under his car in Halvik, Tessaly Newswire reported, citing the Corvane Press Agency.

The judges' association said its members had warned for months that protection had been cut for judges who tried terrorism cases. "We were told the threat had gone away," its president, Irma Solt, said. "It had not."

Merck had sentenced the network's leader, Varek Hollis, to life in 2023. Hollis appeared in an audio recording from prison in April urging followers to attack the police.

Police have set up a special team to investigate the killing. Roads around the Linden Hill district of Halvik remained closed on Monday evening.

Merck was known among lawyers for his patience and his habit of explaining his rulings to defendants in plain language.
""",
    "Anton Merck, the judge who jailed the leaders of the Sword of Dawn network, died when a bomb exploded under his car in Halvik, Tessaly Newswire reported, citing the Corvane Press Agency.",
    ["Tessaly Newswire", "Corvane Press Agency"],
)
n29c = article(
    "n29c",
    "Valley Sound 96.4",
    "2026-06-02",
    "Tributes paid to murdered judge",
    """
Lawyers and former colleagues have been paying tribute to Judge Anton Merck, who was killed yesterday.

CPA reports that the judge died when his car blew up outside his home in Halvik as he set off for work, two years after he sent the leaders of the Sword of Dawn to prison.

A lawyer from our area who appeared before him many times, Vera Lind, told us he was "strict, fair and kind to people who had nobody else to be kind to them".

Judge Merck grew up in Sennick and studied law in the capital. He is survived by his wife and daughter.

The justice minister says the government will look again at how judges who deal with terrorism cases are protected.

A book of condolence has been opened at Sennick town hall and will stay open until the end of the week.
""",
    "CPA reports that the judge died when his car blew up outside his home in Halvik as he set off for work, two years after he sent the leaders of the Sword of Dawn to prison.",
    ["CPA"],
)
N29 = story(
    "n29",
    "agencies",
    "an agency's own report; a paper cites a second agency (not in the set) that cites the "
    "first ('X reported, citing Y'); a radio site cites the first by acronym: one source",
    1,
    "A car bomb killed Judge Anton Merck, who tried the Sword of Dawn network, outside his home in Halvik.",
    [n29a, n29b, n29c],
    {"CPA": "Corvane Press Agency"},
)

# n30: a claim of responsibility read on the group's channel by one outlet, through a monitor's
# translation by two others.
n30a = article(
    "n30a",
    "Pettaray Today",
    "2026-06-03",
    "Velde Liberation Army says it bombed customs post",
    """
The Velde Liberation Army said on Wednesday that it had carried out the bombing of the Pettaray customs post, which injured two officers on Monday night.

"Our fighters struck the occupiers' tollbooth at Pettaray, and there will be more," the group wrote on its channel in a post in Velish, which Pettaray Today read.

The post included a photograph of the damaged customs building taken from a hillside and a list of the group's "demands", including the withdrawal of border guards from the valley.

Police said they were aware of the claim and were checking whether it was genuine. The two injured officers, a man and a woman, are recovering in hospital.

The Velde Liberation Army has been blamed for shootings at border guards this spring. It is listed as a terrorist organisation.

Traders who use the crossing said it was operating normally on Wednesday, with extra police on the approach road.
""",
    '"Our fighters struck the occupiers\' tollbooth at Pettaray, and there will be more," the group wrote on its channel in a post in Velish, which Pettaray Today read.',
    ["Velde Liberation Army"],
)
n30b = article(
    "n30b",
    "Sennick Argus",
    "2026-06-03",
    "Militants claim Pettaray customs bombing",
    """
Customs officers at the Pettaray crossing say they are working in fear after Monday night's bomb.

The Velde Liberation Army has claimed responsibility for the attack, according to the Sightline Monitoring Group, which translated the claim from a post on the militants' channel.

Sightline, which tracks armed groups along the border, said the post threatened further attacks on "every officer who collects the occupiers' taxes".

"We have families," said one customs officer, who did not want to be named. "We are not soldiers. We check lorries."

The customs union has asked for armed guards at every crossing in the valley. The finance ministry said it was considering the request.

The bomb, hidden in a bag against the wall of the customs office, went off shortly before midnight, when the post was quiet. Two officers on duty were injured by flying glass.
""",
    "The Velde Liberation Army has claimed responsibility for the attack, according to the Sightline Monitoring Group, which translated the claim from a post on the militants' channel.",
    ["Sightline Monitoring Group", "Velde Liberation Army"],
)
n30c = article(
    "n30c",
    "TownWire",
    "2026-06-04",
    "Valley militants warn of more attacks",
    """
An armed separatist group in the Velde valley has promised more attacks after saying it was behind this week's bombing at a border customs post.

"Our fighters struck the occupiers' tollbooth at Pettaray" — the Velde Liberation Army's claim of responsibility, via an English translation by the Sightline Monitoring Group.

The group calls the customs post a "tollbooth" because it regards the border as illegal. It wants the valley to join the neighbouring state.

Two customs officers were hurt in Monday's blast. It was the first bombing at the crossing since 2021.

Security analysts say the group has fewer than a hundred fighters but knows the mountain paths well.

The government says it will send more police to the valley and review security at all five crossings.
""",
    "\"Our fighters struck the occupiers' tollbooth at Pettaray\" — the Velde Liberation Army's claim of responsibility, via an English translation by the Sightline Monitoring Group.",
    ["Sightline Monitoring Group", "Velde Liberation Army"],
    [
        [
            "https://sightline-monitor.example/velde/pettaray",
            "English translation by the Sightline Monitoring Group",
        ]
    ],
)
N30 = story(
    "n30",
    "video seen and translated",
    "a claim of responsibility on the group's channel: one outlet read the post in the original, "
    "two cite a monitor's translation ('according to ... which translated', 'via an English "
    "translation'): all rest on the group's post (rule 3), one source",
    1,
    "The Velde Liberation Army claimed responsibility for the bombing of the Pettaray customs post.",
    [n30a, n30b, n30c],
)

# n31: three separate sources: two agencies' reporters and a paper's reporter.
n31a = article(
    "n31a",
    "Pellion Wire",
    "2026-06-05",
    "Crowd besieges asylum hotel in Tamberlin",
    """
TAMBERLIN (Pellion Wire) — Several hundred people surrounded a hotel housing asylum seekers in Tamberlin on Friday night, throwing stones at its windows and setting fire to rubbish bins outside, a Pellion Wire reporter at the scene saw.

Riot police formed a line at the hotel entrance. Inside, residents pushed furniture against the doors of the ground-floor rooms, one resident told the reporter by phone.

The crowd was gathered by messages on local social media groups claiming that a man from the hotel had assaulted a girl. Police said no such assault had been reported.

By midnight the protesters had been pushed back to the ring road. Police said 11 people had been arrested and four officers hurt.

The hotel houses about 180 people, including families with young children. The interior ministry said it would move them to a military base.
""",
    "TAMBERLIN (Pellion Wire) — Several hundred people surrounded a hotel housing asylum seekers in Tamberlin on Friday night, throwing stones at its windows and setting fire to rubbish bins outside, a Pellion Wire reporter at the scene saw.",
)
n31b = article(
    "n31b",
    "Drummelow Record",
    "2026-06-06",
    "Stones and fire at Tamberlin hotel",
    """
The rumour spread on Friday afternoon, and by nightfall it had become a mob.

A crowd of hundreds besieged the Tamberlin hotel where asylum seekers are staying, hurling stones and lighting fires in bins, the Orbis Wire Service reported from outside the hotel.

The agency's reporter said children could be seen at upper-floor windows as the stones hit the glass below.

Several men who were arrested in Tamberlin are thought to have travelled from Drummelow, where a similar protest took place in 2025. Drummelow police said they were helping their colleagues identify suspects.

The social media rumour that sparked the protest, about an alleged assault on a girl, was false, police said.

A councillor in Drummelow, Lotte Brand, said she was "ashamed that people from our town went there to frighten children".
""",
    "A crowd of hundreds besieged the Tamberlin hotel where asylum seekers are staying, hurling stones and lighting fires in bins, the Orbis Wire Service reported from outside the hotel.",
    ["Orbis Wire Service"],
)
n31c = article(
    "n31c",
    "Velling Gazette",
    "2026-06-06",
    "A night of fear at the Parkview Hotel",
    """
By the time the Gazette's reporter reached the Parkview Hotel in Tamberlin on Friday night, the car park was full of people shouting at the windows.

He saw a crowd of several hundred pelting the hotel with stones and setting rubbish bins alight against its fence, while riot police struggled to hold the entrance.

Some of the crowd carried national flags. Others filmed on their phones and streamed the scene live. A few older residents of the street stood apart and watched in silence.

Inside, a father from the hotel told the Gazette through a window on the first floor that his children were hiding in the bathroom. "What did we do?" he asked.

The police say the rumour that drew the crowd was false. The interior ministry has promised to move the residents.

On Saturday morning, volunteers arrived with brooms and glass for the windows.
""",
    "He saw a crowd of several hundred pelting the hotel with stones and setting rubbish bins alight against its fence, while riot police struggled to hold the entrance.",
)
N31 = story(
    "n31",
    "independent",
    "an agency's own reporter; a paper relaying a second agency (not in the set) whose reporter "
    "was outside the hotel; a paper's own reporter: three sources",
    3,
    "A crowd of several hundred besieged a hotel housing asylum seekers in Tamberlin, throwing stones and setting bins on fire.",
    [n31a, n31b, n31c],
)

# n32: each outlet's own unnamed witnesses; the police say no attack was reported.
n32a = article(
    "n32a",
    "Sallowmere Echo",
    "2026-06-07",
    "Roma family attacked at Sallowmere market, witnesses say",
    """
Masked men beat members of a Roma family and overturned their flower stall at Sallowmere's Saturday market, witnesses told the Echo.

Stallholders said four or five men in black balaclavas arrived shortly after ten, shouted insults and kicked the stall over. A man in his sixties was punched to the ground and his son was hit with a belt.

"It was over in a minute. They walked off as if they were going for coffee," said a woman who sells cheese two stalls away.

The family, who have sold flowers at the market for twelve years, did not want to speak to the press.

Sallowmere police said on Sunday that they had no report of an assault at the market and urged anyone who had been a victim or witness to come forward.

The market's manager said the cameras on the square had not been working for several weeks because of a dispute over who should pay to repair them.
""",
    "Masked men beat members of a Roma family and overturned their flower stall at Sallowmere's Saturday market, witnesses told the Echo.",
    ["witnesses"],
)
n32b = article(
    "n32b",
    "TownWire",
    "2026-06-08",
    "'Nobody helped them': traders describe market attack",
    """
Traders at Sallowmere market say they are ashamed that nobody stepped in.

Several stallholders told TownWire that a group of masked men attacked a Roma flower seller and his son on Saturday morning, knocking over their stall and beating the older man.

"We all stood there," said one trader, a man who sells vegetables. "I have thought about it every hour since."

Another stallholder said the attackers had shouted "Gypsies out" before running towards the bus station.

The police say no attack has been reported to them. Roma organisations say many families are afraid to go to the police after years of poor treatment.

The city's Roma council has called a meeting for Tuesday and asked the mayor to attend.

Sallowmere has a Roma population of about 3,000, most of whom live in the Brickfields district by the river.
""",
    "Several stallholders told TownWire that a group of masked men attacked a Roma flower seller and his son on Saturday morning, knocking over their stall and beating the older man.",
    ["stallholders"],
)
n32c = article(
    "n32c",
    "The Morning Flash",
    "2026-06-08",
    "BALACLAVA THUGS BEAT FLOWER SELLER IN MARKET HORROR",
    """
A GANG of masked cowards battered a flower seller in front of horrified Saturday shoppers.

The thugs, all in black balaclavas, flipped over the Roma family's flower stall and set about the dad and his son, shoppers told the Flash.

One mum, who was buying bread nearby with her two kids, said: "They punched him in the face and he just went down. My little girl was screaming."

Another shopper said one of the attackers "laughed the whole time".

Astonishingly, police insist nobody has reported the attack.

Roma campaigners say the family are too frightened to go to the cops.

Sallowmere's mayor, Tilde Aas, said last night: "If this happened, it is a disgrace, and I want the people who did it found."

The attack comes a month after racist graffiti was sprayed on the walls of a Roma community centre in the town.
""",
    "The thugs, all in black balaclavas, flipped over the Roma family's flower stall and set about the dad and his son, shoppers told the Flash.",
    ["shoppers"],
)
N32 = story(
    "n32",
    "unnamed sources",
    "three outlets, each with its own unnamed witnesses (witnesses, stallholders, shoppers: "
    "rule 6); the police saying no attack was reported is not the claim: three sources",
    3,
    "Masked men beat a Roma flower seller and his son and overturned their stall at Sallowmere market.",
    [n32a, n32b, n32c],
)

# n33: a leaked audit read by two outlets; a blog cites the first.
n33a = article(
    "n33a",
    "The Lantern",
    "2026-06-09",
    "Audit: guards let jailed militant use phone",
    """
Guards at Ostermark high-security prison allowed the jailed Sword of Dawn leader Varek Hollis to use a mobile phone for at least three months, according to an internal audit of the prison service seen by The Lantern.

The audit, dated 28 May, says two guards on Hollis's wing took turns to lend him a phone in exchange for cash paid to their relatives. It says the phone was used to record the audio message in which Hollis urged followers to attack police stations.

The audit also found that the wing's cameras had been pointed away from Hollis's cell door since January, and that no one had checked them.

Both guards have been suspended, the audit says. It recommends a review of every guard working with prisoners convicted of terrorism.

The justice ministry declined to comment on a document it said it had "not published".

The prison officers' union said staff were underpaid and overstretched.
""",
    "Guards at Ostermark high-security prison allowed the jailed Sword of Dawn leader Varek Hollis to use a mobile phone for at least three months, according to an internal audit of the prison service seen by The Lantern.",
    ["Prison Service audit"],
)
n33b = article(
    "n33b",
    "The Kessel Observer",
    "2026-06-10",
    "Bribed guards gave Hollis a phone, prison audit finds",
    """
The Kessel Observer has also obtained the prison service's internal audit into how Varek Hollis was able to record a message from his cell.

It finds that two guards at Ostermark prison lent Hollis a mobile phone over a period of about three months, in return for money paid to members of their families.

The audit runs to 46 pages. Much of it describes failures of routine: cell searches that were recorded but not carried out, a camera that no one noticed was pointing at a wall, and a wing that was short of four guards for most of the year.

The families of Hollis's victims said they were appalled. "He murdered six people and he was given a phone," one widow said.

The justice minister, Karel Strom, is due to answer questions in parliament next week. The ministry would not comment on the audit.
""",
    "It finds that two guards at Ostermark prison lent Hollis a mobile phone over a period of about three months, in return for money paid to members of their families.",
    ["Prison Service audit"],
)
n33c = article(
    "n33c",
    "Fieldnotes on Extremism",
    "2026-06-10",
    "The phone in the cell",
    """
When the Hollis recording appeared in April, I wrote here that a message from a high-security cell meant either a failure or a choice. It seems it was a failure, and a cheap one.

The Lantern reports, quoting an internal audit, that two guards rented Hollis a phone for three months in exchange for cash paid to their relatives.

This matters beyond one prison. Terrorism convicts are a small group, but they are the group whose words travel furthest. A leader in jail who can still speak is a leader who still leads.

It also matters because the audit describes a wing that was short-staffed all year. Guards who are tired and underpaid are easier to buy.

I would like to see the whole audit published, with names removed. The ministry's refusal to comment on its own document helps nobody.

Judge Merck's killing this month makes all of this more urgent.
""",
    "The Lantern reports, quoting an internal audit, that two guards rented Hollis a phone for three months in exchange for cash paid to their relatives.",
    ["The Lantern", "Prison Service audit"],
)
N33 = story(
    "n33",
    "document",
    "one leaked audit, read by two papers ('seen by', 'has also obtained'), and a blog citing "
    "the first paper: one source (the audit)",
    1,
    "An internal audit found that guards let the jailed Sword of Dawn leader Varek Hollis use a mobile phone.",
    [n33a, n33b, n33c],
)

# n34: an agency item; a radio site lifts its lede without credit; a paper credits it 'via'.
n34a = article(
    "n34a",
    "Northgate News Agency",
    "2026-06-11",
    "Landslide buries homes in Kilbrae, four dead",
    """
KILBRAE (NNA) — A landslide buried part of the mountain village of Kilbrae after days of heavy rain on Thursday, killing four people and destroying six houses, an NNA reporter who reached the village by tractor saw.

The reporter saw a wall of mud and boulders across the lower half of the village, with the roofs of houses sticking out of it. Rescuers and villagers were digging with shovels and bare hands.

The dead included two children, the village's mayor, Bjorn Tessel, told the reporter. Three people were still missing.

The only road to Kilbrae was cut by the slide, and heavy machinery could not reach the village until late afternoon. An army helicopter brought in doctors.

The regional weather service said more than 200 millimetres of rain had fallen in three days, the most for a June since records began.

Several other villages in the valley were evacuated as a precaution.
""",
    "KILBRAE (NNA) — A landslide buried part of the mountain village of Kilbrae after days of heavy rain on Thursday, killing four people and destroying six houses, an NNA reporter who reached the village by tractor saw.",
)
n34b = lifted(
    n34a,
    "n34b",
    "Wendmarsh FM",
    "2026-06-11",
    "Kilbrae landslide: how you can help",
    """
Many of you have been asking how to help after today's disaster in the mountains.

A landslide buried part of the mountain village of Kilbrae after days of heavy rain on Thursday, killing four people and destroying six houses.

Wendmarsh's Red Cross branch is collecting blankets, tinned food and children's clothes at its hall on Station Road until eight tonight. Please don't bring furniture: there is nowhere to store it.

The regional government has opened a bank account for donations, and the details are on its website. Our station will match every donation made by listeners up to a total of five thousand.

Kilbrae is about an hour's drive from Wendmarsh. Many families here have relatives in the village, and our phones have been ringing all afternoon.

If you're trying to reach someone in Kilbrae, the regional emergency line can check the lists of people who have been evacuated.
""",
    claim="A landslide buried part of the mountain village of Kilbrae after days of heavy rain on Thursday, killing four people and destroying six houses.",
)
n34c = article(
    "n34c",
    "Tollmere Weekly",
    "2026-06-12",
    "Rain-soaked hillside collapses onto Kilbrae",
    """
Four villagers, two of them children, died when a rain-soaked hillside collapsed onto the lower part of Kilbrae on Thursday, via NNA.

Six houses were flattened and three people are still missing. Rescuers worked through the night under floodlights brought in by the army.

The collapse came after three days of unusually heavy rain across the mountains. Geologists have warned for years that the slopes above several villages in the valley were unstable after the forest was cleared for grazing.

Tollmere, which was itself flooded in April, has sent two fire crews and a pump to help.

Kilbrae's mayor, Bjorn Tessel, has asked for people not to drive to the village, because the temporary road is needed for rescue vehicles.

The regional government has promised to rebuild the houses and to pay for a study of every slope in the valley.
""",
    "Four villagers, two of them children, died when a rain-soaked hillside collapsed onto the lower part of Kilbrae on Thursday, via NNA.",
    ["NNA"],
)
N34 = story(
    "n34",
    "partial copy",
    "an agency's own report; a radio site lifts its lede (without the credit) into its own "
    "appeal; a weekly credits the agency 'via NNA': one source",
    1,
    "A landslide buried part of the village of Kilbrae, killing four people and destroying six houses.",
    [n34a, n34b, n34c],
    {"NNA": "Northgate News Agency"},
)

# n35: a rights group's researchers and a named doctor; the army's denial leads one article.
n35a = article(
    "n35a",
    "Northern Signal",
    "2026-06-13",
    "Army denies killing farmers near Gorran Cross",
    """
The army on Saturday denied that its soldiers had shot dead three farmers near the village of Gorran Cross, saying the men were rebel fighters killed in a gun battle.

But the human rights group Open Field said its researchers had spoken to relatives and examined the bodies, and concluded that soldiers shot the three men, who were unarmed, while they were bringing in hay on Thursday evening.

Open Field said the men's hands and clothes showed no traces of gunfire and that no weapons were found near them. It published photographs of the field, with hay bales still standing.

"These were farmers, not fighters," said Open Field's director, Nadia Corr. "Their families deserve the truth."

The army said its patrol had come under fire from the field and had "responded proportionately". It did not explain why no weapons were recovered.

Gorran Cross lies in a contested area where the army has been fighting rebels since 2024.
""",
    "But the human rights group Open Field said its researchers had spoken to relatives and examined the bodies, and concluded that soldiers shot the three men, who were unarmed, while they were bringing in hay on Thursday evening.",
    ["Open Field"],
)
n35b = article(
    "n35b",
    "Harrowmere Times",
    "2026-06-14",
    "Doctor: farmers were shot in the back",
    """
Dr Leon Farr had treated farmers in Gorran Cross for twenty years. On Thursday night he was asked to certify the deaths of three of them.

The three men were shot in the back by soldiers as they worked in a hayfield and none of them was armed, Farr told the Times by telephone.

"I know these men. I delivered one of their children," he said. "They had pitchforks, not rifles."

Farr said the bodies had been brought to his surgery by relatives on a tractor trailer. He wrote in the death certificates that all three had been hit from behind.

The army says the men were rebels who fired first. Its spokesman, Colonel Piet Aren, said an internal investigation had been opened.

Villagers in Gorran Cross buried the three men on Friday. Hundreds of people walked behind the coffins, many carrying bunches of hay.
""",
    "The three men were shot in the back by soldiers as they worked in a hayfield and none of them was armed, Farr told the Times by telephone.",
    ["Leon Farr"],
)
n35c = article(
    "n35c",
    "Ostermark Courier",
    "2026-06-15",
    "Calls grow for inquiry into Gorran Cross killings",
    """
Opposition parties on Monday called for an independent inquiry into the deaths of three farmers at Gorran Cross, as the army stood by its account that the men were rebels.

Soldiers killed the three unarmed men in a field on Thursday evening, the rights group Open Field found after interviewing relatives and examining the bodies.

The army says its patrol was fired upon and that the men were members of a rebel unit. It has opened an internal investigation but refused to let outside observers take part.

The defence minister told parliament he had "full confidence" in the army's account. Several members of his own party did not applaud.

Open Field has previously documented killings by both the army and the rebels. Its report on a rebel massacre in 2025 was praised by the government.

The regional rights ombudsman said she was following the case closely.
""",
    "Soldiers killed the three unarmed men in a field on Thursday evening, the rights group Open Field found after interviewing relatives and examining the bodies.",
    ["Open Field"],
)
N35 = story(
    "n35",
    "denial alongside",
    "the army's denial leads the first article; the claim rests on a rights group's researchers "
    "(two outlets) and a named doctor (one outlet): two sources",
    2,
    "Soldiers shot dead three unarmed farmers in a hayfield near Gorran Cross.",
    [n35a, n35b, n35c],
)

# n36: a police chief at a news conference, reported by three outlets that were there.
n36a = article(
    "n36a",
    "Tarnby Evening News",
    "2026-06-16",
    "Ilvermoor bombing suspect is Black Pine supporter, police say",
    """
The man arrested over April's bombing of the main police station in Ilvermoor is a supporter of the accelerationist Black Pine Front, the city's police chief, Hana Rusk, told a news conference on Tuesday.

Rusk said the 19-year-old had been arrested at his parents' flat on Sunday. Detectives found a copy of the Black Pine manifesto on his laptop, along with notes on the layout of two other police stations.

"He acted alone, as far as we know, but he did not think alone," Rusk said. "Someone gave him the ideas and the instructions."

The suspect, a student, has not been named. He is expected to appear before a judge on Wednesday.

Rusk said the two officers injured in the bombing had returned to work.

Researchers have warned that the Black Pine manifesto, which appeared in March, tells teenagers to "start with what is near you".
""",
    "The man arrested over April's bombing of the main police station in Ilvermoor is a supporter of the accelerationist Black Pine Front, the city's police chief, Hana Rusk, told a news conference on Tuesday.",
    ["Hana Rusk"],
)
n36b = article(
    "n36b",
    "Radio Carrowick",
    "2026-06-16",
    "Teenager held over Ilvermoor police station bomb",
    """
A 19-year-old student is in custody in connection with the bomb that went off outside Ilvermoor's main police station in April.

Ilvermoor's top police officer told journalists this afternoon that the young man followed the Black Pine Front, a network that encourages attacks on infrastructure.

She said officers found the group's manifesto and sketches of other police stations when they searched his home.

The two officers hurt in the April blast are both back at work, she added.

The Black Pine Front isn't thought to have members as such. Researchers describe it as a label used by people who share its ideas online.

The suspect's family say they had no idea what he was doing. A neighbour told us he was "a quiet boy who was always on his computer".

He's due in court tomorrow.
""",
    "Ilvermoor's top police officer told journalists this afternoon that the young man followed the Black Pine Front, a network that encourages attacks on infrastructure.",
    ["Hana Rusk"],
)
n36c = article(
    "n36c",
    "Quillford Herald",
    "2026-06-17",
    "'He did not think alone': police chief on bombing suspect",
    """
Police in Ilvermoor believe the teenager arrested for April's bombing of their headquarters acted on his own but was inspired by a network that spreads instructions online.

"He acted alone, as far as we know, but he did not think alone," police chief Hana Rusk told reporters on Tuesday.

She said the suspect, a 19-year-old student, was a follower of the Black Pine Front, and that detectives had found the front's manifesto and drawings of two more police stations on his laptop.

The case is the third in the region this year in which a teenager has been arrested for planning or carrying out an attack inspired by material found online.

Quillford's police say they have set up a team to work with schools. The Quillford regional election, which went ahead in April despite threats, passed without violence.

The suspect appears in court on Wednesday.
""",
    "She said the suspect, a 19-year-old student, was a follower of the Black Pine Front, and that detectives had found the front's manifesto and drawings of two more police stations on his laptop.",
    ["Hana Rusk"],
)
N36 = story(
    "n36",
    "named person",
    "one police chief at a news conference ('told a news conference', 'told journalists' by "
    "title only, 'told reporters' then 'She said'): one source",
    1,
    "The man arrested over the Ilvermoor police station bombing is a supporter of the Black Pine Front, police say.",
    [n36a, n36b, n36c],
)

# n37: a railway company's statement and a named farmer who saw the saboteurs.
n37a = article(
    "n37a",
    "Marrowby Post",
    "2026-06-18",
    "Saboteurs cut rail signal cables, trains halted",
    """
Commuters between Marrowby and Tollmere faced a second day of cancellations on Thursday after saboteurs cut signal cables beside the line.

Ossary Rail said in a statement on its website that cables in a trench near the Fenwick junction had been cut through and partly burned on Tuesday night, bringing signals on the whole line to a halt.

The company said the damage was "deliberate and carefully planned" and that it had found pamphlets from an anti-technology group called Root and Branch at the site.

Root and Branch, which opposes the building of new mobile phone masts in the region, has not commented.

Repairs are expected to take until the weekend. Replacement buses are running every half hour but passengers say they are full by seven in the morning.

The police said they were investigating and asked anyone who had seen people near the tracks on Tuesday night to contact them.
""",
    "Ossary Rail said in a statement on its website that cables in a trench near the Fenwick junction had been cut through and partly burned on Tuesday night, bringing signals on the whole line to a halt.",
    ["Ossary Rail"],
    [["https://ossary-rail.example/news/fenwick", "a statement on its website"]],
)
n37b = article(
    "n37b",
    "Tollmere Weekly",
    "2026-06-19",
    "Farmer saw 'three figures with torches' by the track",
    """
Pieter Quell was checking on a sick cow at midnight when he saw lights by the railway.

Three people with head torches were hacking at the cables in the trench near the Fenwick junction and setting fire to them, Quell told the Tollmere Weekly, hours before the railway company said its signal cables there had been cut.

"I thought they were railway workers at first," he said. "Then they ran when my dog barked, and railway workers don't run."

Quell, whose farm borders the line, said he had reported what he saw to the police the next morning.

Signals on the Marrowby line have been out since Tuesday. Ossary Rail says it hopes to restore services on Saturday.

Tollmere's member of parliament, Ines Berg, has asked the government to pay compensation to commuters who lost a day's work.
""",
    "Three people with head torches were hacking at the cables in the trench near the Fenwick junction and setting fire to them, Quell told the Tollmere Weekly, hours before the railway company said its signal cables there had been cut.",
    ["Pieter Quell"],
)
n37c = article(
    "n37c",
    "Kessenfeld Today",
    "2026-06-19",
    "Rail sabotage: witness describes fleeing figures",
    """
A farmer who lives beside the railway near Fenwick junction says he saw the people who cut the signal cables that have stopped trains between Marrowby and Tollmere all week.

Pieter Quell said he watched three people in head torches cut cables in the trench and set them alight at around midnight on Tuesday, before they fled across his field.

Police have not said whether they have any suspects. Pamphlets from the anti-technology group Root and Branch were found at the site, the railway company says.

The group has campaigned against new phone masts in Kessenfeld, where two masts were set on fire last year. Nobody was charged over those fires.

Root and Branch describes itself on its website as "a movement of people who want to live without surveillance".

Commuters from Kessenfeld who work in Marrowby have been told to use the replacement buses until at least Saturday.
""",
    "Pieter Quell said he watched three people in head torches cut cables in the trench and set them alight at around midnight on Tuesday, before they fled across his field.",
    ["Pieter Quell"],
)
N37 = story(
    "n37",
    "statement and witness",
    "the railway company's statement (with a link) and a named farmer who saw the saboteurs, "
    "quoted by two outlets (the same person: rule 6): two sources",
    2,
    "Saboteurs cut and burned signal cables beside the railway near the Fenwick junction, halting trains.",
    [n37a, n37b, n37c],
)

# n38: four reports from people inside the stadium.
n38a = article(
    "n38a",
    "Valley Sound 96.4",
    "2026-06-20",
    "Match abandoned after racist chanting and pitch invasion",
    """
Saturday's match between Corvish United and Tarnby was abandoned in the 70th minute.

Our commentator Olle Brandt was in the press box. He saw dozens of fans from the north stand, where the ultras group Black Kennel 88 gathers, climb the fences after monkey chants aimed at Corvish striker Samuel Oduya, and the referee lead the players off the pitch as stewards were overwhelmed.

"I've covered this club for fifteen years and I've never seen anything like it," Olle said. "Oduya stood on the halfway line with his hands on his head."

Police with dogs eventually cleared the pitch. Fans in the other stands applauded Oduya as he left.

The league says it will open disciplinary proceedings against the club.

Corvish United issued a short statement saying it was "sickened" and would ban those responsible for life.
""",
    "He saw dozens of fans from the north stand, where the ultras group Black Kennel 88 gathers, climb the fences after monkey chants aimed at Corvish striker Samuel Oduya, and the referee lead the players off the pitch as stewards were overwhelmed.",
)
n38b = article(
    "n38b",
    "The Daily Blaze",
    "2026-06-21",
    "DAY OF SHAME",
    """
THIS was the moment football hit rock bottom.

The Blaze was at Corvish United's ground yesterday as racist thugs in the north stand made monkey noises at striker Samuel Oduya, then stormed the pitch and forced the ref to abandon the game.

Our man in the stand watched around fifty yobs scale the fences as terrified kids in the family section burst into tears.

Brave Oduya, who was sent vile death threats last month, stood his ground before team-mates led him away.

One dad with a six-year-old son told us: "I brought him to his first match. I'll never bring him again."

Stewards were swept aside as the mob charged. It took cops with dogs twenty minutes to restore order.

The Blaze understands at least twelve fans will be banned for life.
""",
    "The Blaze was at Corvish United's ground yesterday as racist thugs in the north stand made monkey noises at striker Samuel Oduya, then stormed the pitch and forced the ref to abandon the game.",
)
n38c = article(
    "n38c",
    "Westfold Mercury",
    "2026-06-21",
    "Corvish-Tarnby abandoned as fans invade pitch",
    """
The referee abandoned Corvish United's game against Tarnby on Saturday after supporters in the north stand directed racist chants at Samuel Oduya and then poured onto the pitch, the Mercury's reporter at the ground saw.

The chants began after Oduya scored Corvish's second goal. Players from both sides appealed to the referee, who stopped play twice and made an announcement over the loudspeakers.

When play restarted, several dozen supporters climbed over the fences. Some ran at the players; others tore up the corner flags.

The referee, Marta Gren, took the teams off. After half an hour the match was officially abandoned.

Corvish's manager said the club would cooperate with police. Tarnby's captain said his players "were never going back out there".

The league has promised an investigation. Black Kennel 88, the ultras group based in the north stand, has been accused of sending threatening letters to Oduya.
""",
    "The referee abandoned Corvish United's game against Tarnby on Saturday after supporters in the north stand directed racist chants at Samuel Oduya and then poured onto the pitch, the Mercury's reporter at the ground saw.",
)
n38d = article(
    "n38d",
    "Hask Watch",
    "2026-06-21",
    "I was in the south stand. This is what happened",
    """
I have had a season ticket at Corvish for nine years. Yesterday I went home before the end of the game for the first time, because there was no end.

From my seat in the south stand I heard the monkey chants from the north end every time Samuel Oduya touched the ball, and I watched a crowd of them climb the fences and run onto the pitch until the referee took the players off.

I recognised some of them. Black Kennel 88 have stood in the same corner for years, and I have written about them on this blog more than once.

The people around me booed and then started singing Oduya's name. For a minute it was louder than the chants. Then the invasion started.

The stewards did what they could. There were too few of them, as there always are for games the club thinks are low-risk.

I will renew my season ticket. I want the club to make sure I do not regret it.
""",
    "From my seat in the south stand I heard the monkey chants from the north end every time Samuel Oduya touched the ball, and I watched a crowd of them climb the fences and run onto the pitch until the referee took the players off.",
)
N38 = story(
    "n38",
    "independent",
    "four people inside the stadium: a radio commentator, a tabloid reporter, a paper's "
    "reporter, a season-ticket holder's blog (each in its own voice): four sources",
    4,
    "Corvish United's match was abandoned after fans in the north stand aimed racist chants at Samuel Oduya and invaded the pitch.",
    [n38a, n38b, n38c, n38d],
)

STORIES = [N29, N30, N31, N32, N33, N34, N35, N36, N37, N38]
