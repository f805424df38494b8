# ruff: noqa: E501
"""Stories f01-f09 (invented outlets, places and people; see ../README.md)."""

from build import Original, Repost, Story

STORIES = [
    Story(
        id="f01",
        category="copy of a copy",
        split="dev",
        note="copy of a copy of own reporting",
        count=1,
        main_claim="Engineers found a crack in the spillway of the Orvale dam and the reservoir is being lowered.",
        articles=(
            Original(
                key="a",
                outlet="Brightwater Gazette",
                published="2026-06-02",
                title="Cracks found in Orvale dam spillway as reservoir rises",
                claim="ORVALE — Engineers have found a crack more than four metres long in the concrete spillway of the Orvale dam, and the regional water company has begun lowering the reservoir as a precaution, the Brightwater Gazette has learned.",
                text="""
ORVALE — Engineers have found a crack more than four metres long in the concrete spillway of the Orvale dam, and the regional water company has begun lowering the reservoir as a precaution, the Brightwater Gazette has learned.

Our reporter saw the crack on Tuesday from the service road below the dam, where a team in orange overalls was drilling inspection holes into the slab. Two engineers at the site, who asked not to be named because they were not allowed to speak to the press, said the damage had been spotted during a routine drone survey last week.

The water company confirmed the inspection but would not say how large the crack was. "The dam is safe and is being monitored around the clock," a company spokeswoman said in a short written reply.

Farmers downstream in the Telby valley said they had not been told of any risk. "We read about it in the paper, like everyone else," said Marta Ivers, who grows potatoes on the flood plain.

The reservoir holds drinking water for about 90,000 people. Lowering it by two metres will take about ten days.
""",
            ),
            Repost(
                key="b",
                outlet="Lowland Post",
                published="2026-06-03",
                title="Orvale dam: crack in spillway, reservoir lowered",
                of="a",
                edits=(
                    ("Our reporter saw the crack", "A reporter saw the crack"),
                    ("around the clock", "day and night"),
                    ("about ten days", "roughly ten days"),
                ),
            ),
            Repost(
                key="c",
                outlet="Fenmoor Chronicle",
                published="2026-06-04",
                title="Water company lowers Orvale reservoir after dam damage",
                of="b",
                edits=(
                    (
                        "who asked not to be named because they were not allowed to speak to the press",
                        "speaking on condition of anonymity",
                    ),
                    (
                        "The reservoir holds drinking water for about 90,000 people.",
                        "The reservoir supplies drinking water to some 90,000 residents.",
                    ),
                ),
                tail="The Fenmoor Chronicle will update this story as more becomes known.",
            ),
        ),
    ),
    Story(
        id="f02",
        category="one agency",
        split="dev",
        note="two outlets citing one agency",
        count=1,
        main_claim="Red Dawn militia gunmen ambushed a fuel convoy near the Sarrow pass, killing two drivers.",
        articles=(
            Original(
                key="a",
                outlet="Kestrel Tribune",
                published="2026-06-04",
                title="Militia ambush on fuel convoy near Sarrow pass",
                chain=("Continental Press Service",),
                claim="SARROW, June 4 (Continental Press Service) — Gunmen from the Red Dawn militia ambushed a fuel convoy on the mountain road below the Sarrow pass on Wednesday, killing two drivers and setting four tankers on fire, local officials said.",
                text="""
SARROW, June 4 (Continental Press Service) — Gunmen from the Red Dawn militia ambushed a fuel convoy on the mountain road below the Sarrow pass on Wednesday, killing two drivers and setting four tankers on fire, local officials said.

The convoy of eleven trucks was carrying diesel from the port of Anvers to power stations in the highlands. Survivors described men firing from the pine slopes above a hairpin bend before dawn, when the road is closed to other traffic.

The district governor, Pavel Oresko, called the attack "a blow against every family that needs light and heat this winter" and said army units had been sent to search the valley.

Red Dawn, which wants the highland districts to break away, has attacked supply lines three times since March. The group did not comment on Wednesday's ambush.

The road was expected to stay closed until Friday while the burnt tankers are removed. Diesel prices at highland filling stations rose by a fifth within hours of the news.
""",
            ),
            Original(
                key="b",
                outlet="Eastmere Journal",
                published="2026-06-04",
                title="Two drivers killed as tankers burn on Sarrow road",
                chain=("Continental Press Service",),
                claim="Two truck drivers were killed when Red Dawn militia fighters attacked a convoy of fuel tankers near the Sarrow pass early on Wednesday, according to the Continental Press Service.",
                text="""
Two truck drivers were killed when Red Dawn militia fighters attacked a convoy of fuel tankers near the Sarrow pass early on Wednesday, according to the Continental Press Service.

Four of the tankers caught fire and blocked the only road between the coast and the highland towns, the agency said, adding that the army had begun a search of the surrounding forest.

The attack is the latest in a series aimed at the highlands' energy supply. In April, a transformer station outside Dolne was blown up, leaving forty villages without power for a week.

Transport unions in Eastmere said on Wednesday evening that they would ask the government for armed escorts for every convoy. "Our members are not soldiers," said Ilse Varga, who speaks for the drivers' union. "They should not have to drive through a war to earn a living."

Fuel distributors warned that deliveries to the highlands could be delayed by several days.
""",
            ),
        ),
    ),
    Story(
        id="f03",
        category="translation",
        split="dev",
        note="outlets citing an institute's translation of a letter (acronym and full name)",
        count=1,
        main_claim="A letter from the jailed leader of the Northern Cross network calls on followers to sabotage railway lines.",
        aliases={"HIER": "Halden Institute for Extremism Research"},
        articles=(
            Original(
                key="a",
                outlet="Meridian Daily",
                published="2026-06-05",
                title="Jailed extremist leader urges attacks on railways, letter shows",
                chain=("Halden Institute for Extremism Research", "the letter"),
                claim="The letter, written in prison by Ardo Keller, the jailed founder of the Northern Cross network, and translated by the Halden Institute for Extremism Research (HIER), calls on his followers to sabotage railway lines across the country.",
                text="""
The letter, written in prison by Ardo Keller, the jailed founder of the Northern Cross network, and translated by the Halden Institute for Extremism Research (HIER), calls on his followers to sabotage railway lines across the country.

Keller, who is serving a nineteen-year sentence for planning a bomb attack on a refugee hostel, wrote the four-page letter in his own dialect. It was passed out of the prison and posted on a messaging channel used by the network last week, the institute said.

In the passages the institute has translated, Keller describes railways as "the iron veins of a state that has betrayed its own people" and urges supporters to act "in small groups, without phones, without names".

The interior ministry said it was aware of the letter and had raised the alert level for rail infrastructure. The prison service has opened an inquiry into how the letter left the building.

The Northern Cross network was banned two years ago. Researchers estimate that a few hundred people remain active in its online channels.
""",
            ),
            Original(
                key="b",
                outlet="Port Aubrey Observer",
                published="2026-06-05",
                title="Rail operators on alert after call for sabotage",
                chain=("HIER", "the letter"),
                claim="Ardo Keller, the imprisoned leader of the banned Northern Cross network, has called on supporters to attack the railways, according to HIER's translation of a letter he wrote from his cell.",
                text="""
Ardo Keller, the imprisoned leader of the banned Northern Cross network, has called on supporters to attack the railways, according to HIER's translation of a letter he wrote from his cell.

Rail operators in Port Aubrey said they had increased patrols at signal boxes and along the coastal line after the letter became public. A spokesman for Coastal Rail said staff had been asked to report anyone photographing equipment.

Keller's letter has circulated since last week on channels popular with the network's remaining supporters. Several messages in those channels praise the letter and share maps of regional lines, said a researcher who follows them and asked not to be identified for safety reasons.

The network has a history of attacks on soft targets. In 2023 two of its members were convicted of setting fire to a cable duct near Lenby station, which halted trains for two days.

Police in Port Aubrey said there was no specific threat to local lines but urged passengers to report unattended bags.
""",
            ),
            Original(
                key="c",
                outlet="Silverlake Record",
                published="2026-06-06",
                title="Prison inquiry after extremist letter leaks",
                chain=("Halden Institute for Extremism Research", "the letter"),
                claim="According to the translation published by the Halden Institute for Extremism Research, the letter urges followers of the Northern Cross to sabotage railway lines in small, leaderless groups.",
                text="""
The prison service has opened an inquiry into how a handwritten letter by Ardo Keller, the founder of the outlawed Northern Cross network, was smuggled out of Greyfield prison.

According to the translation published by the Halden Institute for Extremism Research, the letter urges followers of the Northern Cross to sabotage railway lines in small, leaderless groups.

Prison staff told the Silverlake Record that inmates in Keller's wing are allowed two visits a month and that letters are read before they are sent. "Someone looked the other way, or someone carried it out," said a guard, who did not want to be named.

The justice minister, Helena Sorvik, said the inquiry would report within a month. Opposition members called for Keller to be moved to a high-security unit.

Keller was convicted in 2019. His network, which recruited mostly young men in rural towns, was banned by the courts in 2024.
""",
            ),
        ),
    ),
    Story(
        id="f04",
        category="independent",
        split="dev",
        note="two truly independent reports (own reporters)",
        count=2,
        main_claim="A flash flood swept through Mirren, forcing hundreds of residents from their homes.",
        articles=(
            Original(
                key="a",
                outlet="Cedar Valley Times",
                published="2026-06-07",
                title="Flash flood forces hundreds from homes in Mirren",
                claim="A flash flood tore through the lower town of Mirren on Saturday evening, forcing hundreds of residents from their homes, our reporter on the scene saw.",
                text="""
A flash flood tore through the lower town of Mirren on Saturday evening, forcing hundreds of residents from their homes, our reporter on the scene saw.

After two hours of heavy rain on the hills above the town, the Mirren brook burst its banks near the old tannery shortly after six. Within minutes brown water was running knee-deep along Market Street, carrying bins, garden chairs and at least one parked car.

Families waded to the school on Church Hill, which the council opened as a shelter. By nightfall about three hundred people had registered there, many of them elderly residents of the riverside flats.

"It came so fast that I only had time to grab my dog," said Jonas Brill, 71, who has lived beside the brook for forty years.

No deaths or injuries had been reported by midnight. The fire brigade said it was pumping water from the flats' basements and would check the footbridges for damage once the level drops.
""",
            ),
            Original(
                key="b",
                outlet="Ashdown Courier",
                published="2026-06-08",
                title="Mirren counts the cost after brook bursts its banks",
                claim="Hundreds of people in Mirren had to leave their homes on Saturday night when a sudden flood poured through the streets near the brook, the Ashdown Courier found on a visit to the town on Sunday.",
                text="""
Hundreds of people in Mirren had to leave their homes on Saturday night when a sudden flood poured through the streets near the brook, the Ashdown Courier found on a visit to the town on Sunday.

Mud lines on shop windows along Market Street stood at the height of a man's waist. Shopkeepers were shovelling silt into skips, and the bakery on the corner had put its ruined flour sacks out on the pavement.

At the school on Church Hill, volunteers were serving soup to families who had spent the night on camping mats. Several told this newspaper that no warning had been sounded before the water arrived.

Residents said the brook last flooded in 1998, but never so quickly. Some blamed a new housing estate on the hill, whose drains empty into the brook above the town.

The council said insurance advisers would be at the town hall from Monday. Roads into the lower town remained closed on Sunday afternoon.
""",
            ),
        ),
    ),
    Story(
        id="f05",
        category="independent",
        split="dev",
        note="three truly independent reports (own reporter, a named fire chief, unnamed witnesses)",
        count=3,
        main_claim="The election office in Dunvale was set on fire overnight.",
        articles=(
            Original(
                key="a",
                outlet="Northgate Herald",
                published="2026-06-09",
                title="Dunvale election office gutted by fire days before vote",
                claim="The district election office in Dunvale was set on fire overnight, our correspondent found when she reached the building early on Tuesday, five days before the regional vote.",
                text="""
The district election office in Dunvale was set on fire overnight, our correspondent found when she reached the building early on Tuesday, five days before the regional vote.

The ground floor of the two-storey building was blackened and its windows had burst. A smell of petrol hung over the car park, where police had taped off a melted plastic can.

Ballot papers for the vote were not stored in the office, officials said, but the fire destroyed computers used to register postal voters. Election staff were moved to a room in the town library.

Slogans against "traitor parties" had been sprayed on the office wall two weeks ago, a cleaner at the building said. The graffiti had been painted over.

The regional election commission said the vote would go ahead as planned. Police have appealed for drivers with dashboard cameras who passed the building between midnight and four in the morning to come forward.
""",
            ),
            Original(
                key="b",
                outlet="Kestrel Tribune",
                published="2026-06-09",
                title="Fire chief: Dunvale election office blaze was arson",
                chain=("Roza Hennig",),
                claim="The fire that destroyed part of the election office in Dunvale overnight was started deliberately, the town's fire chief, Roza Hennig, said on Tuesday.",
                text="""
The fire that destroyed part of the election office in Dunvale overnight was started deliberately, the town's fire chief, Roza Hennig, said on Tuesday.

Hennig told reporters outside the building that her crews had found traces of an accelerant in two separate places on the ground floor. "Two seats of fire, a broken window at the back, and petrol. This was not an accident," she said.

Firefighters were called at a quarter past three and had the blaze under control within forty minutes. No one was in the building at the time.

The office is responsible for registering voters in eleven villages around Dunvale. Its director said postal votes already received had been kept in a safe at the town hall and were not affected.

Dunvale has seen a string of small incidents during the campaign, including torn posters and a brick thrown through the window of a party office. Police have not said whether the cases are linked.
""",
            ),
            Original(
                key="c",
                outlet="Eastmere Journal",
                published="2026-06-10",
                title="'We saw flames in every window': neighbours describe Dunvale fire",
                chain=("neighbours",),
                claim="Neighbours told the Eastmere Journal that they saw flames in the windows of Dunvale's election office in the early hours of Tuesday and heard a car drive off at speed moments before.",
                text="""
Neighbours told the Eastmere Journal that they saw flames in the windows of Dunvale's election office in the early hours of Tuesday and heard a car drive off at speed moments before.

One woman, who lives in a flat across the road and did not want to give her name, said she woke to the sound of breaking glass. "By the time I got to the window there was fire in every room downstairs," she said.

Another resident said he had called the fire brigade and then run out with a garden hose, but the heat drove him back.

The office was due to send out the last postal ballots this week. Candidates from all the main parties condemned the fire, and several cancelled campaign events on Tuesday.

A local councillor, Erik Dahl, said the town had never known anything like it. "People argue about politics here, they do not burn things down," he said.
""",
            ),
        ),
    ),
    Story(
        id="f06",
        category="independent",
        split="dev",
        note="four truly independent reports (own reporters)",
        count=4,
        main_claim="A march against a planned mosque in Weldon ended in clashes with counter-protesters and police.",
        articles=(
            Original(
                key="a",
                outlet="Riverbend Telegraph",
                published="2026-06-13",
                title="Clashes as march against Weldon mosque meets counter-protest",
                claim="A march against a planned mosque in Weldon ended in clashes on Saturday afternoon, when several hundred marchers ran into counter-protesters outside the town hall and police used batons to separate them, our reporter saw.",
                text="""
A march against a planned mosque in Weldon ended in clashes on Saturday afternoon, when several hundred marchers ran into counter-protesters outside the town hall and police used batons to separate them, our reporter saw.

The march, organised by a group calling itself Weldon First, set off from the railway station carrying flags and a banner reading "Our town, our say". Many marchers had travelled from other towns by coach.

Outside the town hall, about two hundred counter-protesters had formed a line across the street. Bottles were thrown from both sides before riot police pushed the groups apart.

At least three people were treated for head wounds by paramedics, and officers led away several young men in handcuffs.

The council approved plans for the mosque, on the site of a former carpet warehouse, in April. The Muslim community in Weldon has prayed in a rented hall for more than twenty years.
""",
            ),
            Original(
                key="b",
                outlet="Hollins Standard",
                published="2026-06-13",
                title="Bottles and batons in Weldon as anti-mosque march turns violent",
                claim="Saturday's march against the new mosque in Weldon turned violent in the town centre, where marchers and counter-demonstrators fought and police charged the crowd, a Hollins Standard reporter at the scene said.",
                text="""
Saturday's march against the new mosque in Weldon turned violent in the town centre, where marchers and counter-demonstrators fought and police charged the crowd, a Hollins Standard reporter at the scene said.

The trouble began when a group of marchers broke away from the agreed route and headed for Bridge Street, where counter-protesters had gathered with drums and placards reading "Weldon for everyone".

Our reporter saw a man in a black balaclava kick a police shield and another marcher swing a flagpole at the crowd. A shop window on Bridge Street was smashed.

Organisers of the march said the violence was caused by "outsiders" and that they had asked supporters to stay peaceful.

The mosque's trustees said they would not be intimidated. "We will build it, and everyone will be welcome for tea when it opens," said the chairman, Yusuf Demir.
""",
            ),
            Original(
                key="c",
                outlet="Meridian Daily",
                published="2026-06-14",
                title="Weldon march: what our reporters saw",
                claim="Two Meridian Daily reporters in Weldon saw Saturday's march against the planned mosque descend into fighting between marchers, counter-protesters and police on the square in front of the town hall.",
                text="""
Two Meridian Daily reporters in Weldon saw Saturday's march against the planned mosque descend into fighting between marchers, counter-protesters and police on the square in front of the town hall.

For the first hour the march was loud but peaceful. Speakers on a flatbed truck complained about traffic, noise and "changing the character of the town".

The mood changed as the marchers reached the square. Our reporters saw fireworks thrown into the line of counter-protesters and a group of marchers pull down a barrier. Police horses were brought in shortly before four.

Several shopkeepers had boarded up their windows in the morning. "We knew this would happen," said a woman who runs a flower stall on the square.

The chief constable is due to give a statement on Monday. Weldon's mayor called for calm and said the town would not be defined by one afternoon.
""",
            ),
            Original(
                key="d",
                outlet="Lowland Post",
                published="2026-06-14",
                title="Weldon: the afternoon a quiet town fought itself",
                claim="The Lowland Post watched from the edge of the square on Saturday as the protest against Weldon's planned mosque turned into a street fight between marchers and counter-protesters that police struggled to break up.",
                text="""
The Lowland Post watched from the edge of the square on Saturday as the protest against Weldon's planned mosque turned into a street fight between marchers and counter-protesters that police struggled to break up.

Weldon is a market town of 30,000 people that rarely makes national news. On Saturday its main square was strewn with broken glass, torn placards and the remains of a burnt flag.

Among the marchers were families with pushchairs as well as groups of young men in matching black jackets who arrived together in minibuses. Several of them wore the badge of a national street movement.

On the other side were students, church members and trade unionists. A retired teacher, Agnes Rowe, said she had come "because my town is not theirs to take".

The planning dispute over the mosque has been running for three years and went to appeal twice before it was approved.
""",
            ),
        ),
    ),
    Story(
        id="f07",
        category="repost with edits",
        split="dev",
        note="repost with 10-30% edits of an own report",
        count=1,
        main_claim="A paramilitary training camp run by a far-right group was found in the forest near Kell.",
        articles=(
            Original(
                key="a",
                outlet="Riverbend Telegraph",
                published="2026-06-15",
                title="Far-right group ran paramilitary camp in Kell forest",
                claim="A far-right group has been running a paramilitary training camp in the state forest near Kell, where our reporters found shooting targets, trenches and a wooden assault course in a clearing two kilometres from the nearest road.",
                text="""
A far-right group has been running a paramilitary training camp in the state forest near Kell, where our reporters found shooting targets, trenches and a wooden assault course in a clearing two kilometres from the nearest road.

The targets, painted with the outlines of human figures, were riddled with holes from airsoft pellets and, in some cases, from what appeared to be live rounds. Empty cartridge cases lay in the grass nearby.

Walkers first noticed groups of men in camouflage in the forest last autumn. A forester, who asked not to be named, said he had reported the camp twice but was told it was probably a hunting club.

Symbols carved into trees and painted on a shed match those used by the Iron Legion, a group the interior ministry describes as violent and extremist. The group's channel has posted videos of men marching through woodland.

The forestry office said on Monday it would clear the site. Police said they were examining the cartridge cases.
""",
            ),
            Repost(
                key="b",
                outlet="Saltmarsh Review",
                published="2026-06-16",
                title="Hidden militia camp discovered in forest near Kell",
                of="a",
                edits=(
                    ("where our reporters found", "where reporters found"),
                    ("two kilometres from the nearest road", "far from any road"),
                    (
                        "The targets, painted with the outlines of human figures, were riddled with holes from airsoft pellets and, in some cases, from what appeared to be live rounds.",
                        "The targets, shaped like people, were full of holes, some of them apparently from live ammunition.",
                    ),
                    ("A forester, who asked not to be named, said", "A local forester said"),
                    (
                        "a group the interior ministry describes as violent and extremist",
                        "which the interior ministry calls a violent extremist group",
                    ),
                    (
                        "The forestry office said on Monday it would clear the site.",
                        "The forestry office plans to clear the site.",
                    ),
                ),
                claim="A far-right group has been running a paramilitary training camp in the state forest near Kell, where reporters found shooting targets, trenches and a wooden assault course in a clearing far from any road.",
            ),
        ),
    ),
    Story(
        id="f08",
        category="outlet quoting an outlet",
        split="dev",
        note="outlet quoting a sentence of another outlet in the set",
        count=1,
        main_claim="The Saltmarsh city council paid a security firm run by members of a militia.",
        articles=(
            Original(
                key="a",
                outlet="Saltmarsh Review",
                published="2026-06-17",
                title="Council paid militia-linked firm to guard refugee centres",
                claim="Saltmarsh city council paid more than 400,000 crowns over two years to a security firm whose directors are members of the Sentinel Brotherhood militia, invoices obtained by the Saltmarsh Review show.",
                text="""
Saltmarsh city council paid more than 400,000 crowns over two years to a security firm whose directors are members of the Sentinel Brotherhood militia, invoices obtained by the Saltmarsh Review show.

The firm, Bastion Guarding, was hired to provide night guards at two reception centres for asylum seekers on the edge of the city. Its two directors appear in photographs posted by the militia, wearing its grey uniform at a rally in the capital last year.

Residents of one centre told this newspaper that guards had called them names and photographed them without permission. The council said it had received no formal complaints.

A council spokesman said the contract had been awarded after an open tender and that background checks were the firm's responsibility. "We will look at these claims carefully," he said.

Bastion Guarding did not respond to written questions. The Sentinel Brotherhood describes itself as a "citizens' defence network" and denies being violent.
""",
            ),
            Original(
                key="b",
                outlet="Cedar Valley Times",
                published="2026-06-18",
                title="Opposition demands inquiry over security contract",
                chain=("Saltmarsh Review",),
                claim='The Saltmarsh Review reported on Wednesday: "Saltmarsh city council paid more than 400,000 crowns over two years to a security firm whose directors are members of the Sentinel Brotherhood militia, invoices obtained by the Saltmarsh Review show."',
                text="""
Opposition councillors in Saltmarsh have demanded an independent inquiry into the way the city hires security firms, after a local newspaper linked a council contractor to a militia.

The Saltmarsh Review reported on Wednesday: "Saltmarsh city council paid more than 400,000 crowns over two years to a security firm whose directors are members of the Sentinel Brotherhood militia, invoices obtained by the Saltmarsh Review show."

Lena Osterby, who leads the Green group on the council, said the mayor must explain who checked the firm before it was given access to vulnerable people. "This is not a question of paperwork. People who fled violence were guarded by people who celebrate it," she said.

The mayor's office said the contract had been suspended pending a review. Refugee support groups in the city said they had raised concerns about the guards last year but were ignored.

The interior ministry has placed the Sentinel Brotherhood under observation since 2025.
""",
            ),
        ),
    ),
    Story(
        id="f09",
        category="origin not in the set",
        split="dev",
        note="origin not in the set (one newspaper named by three outlets)",
        count=1,
        main_claim="The intelligence service warned the government of a plot to attack a pride parade in Lissberg.",
        articles=(
            Original(
                key="a",
                outlet="Northgate Herald",
                published="2026-06-20",
                title="Intelligence warned of plot against Lissberg pride parade, paper says",
                chain=("Sunday Beacon",),
                claim="The domestic intelligence service warned the government three weeks ago that a cell of young extremists was planning to attack the pride parade in Lissberg, according to the Sunday Beacon.",
                text="""
The domestic intelligence service warned the government three weeks ago that a cell of young extremists was planning to attack the pride parade in Lissberg, according to the Sunday Beacon.

The newspaper said the warning was based on messages in a closed chat group whose members discussed driving a van into the crowd. It said at least two of the members were teenagers.

The government declined to comment on intelligence matters. A spokeswoman for the interior ministry said only that security plans for all large public events were "kept under constant review".

Organisers of the parade, which drew about 40,000 people last year, said they had not been told of any specific threat and were seeking a meeting with the police.

The parade is due to take place on the first Saturday of July. Last year a small group of counter-protesters threw eggs at the floats, and two men were fined for insulting marchers.
""",
            ),
            Original(
                key="b",
                outlet="Ashdown Courier",
                published="2026-06-21",
                title="Pride organisers seek answers after report of attack plot",
                chain=("Sunday Beacon",),
                claim="Lissberg Pride has asked for an urgent meeting with police after the Sunday Beacon reported that intelligence officers had warned ministers of a plot to attack this year's parade.",
                text="""
Lissberg Pride has asked for an urgent meeting with police after the Sunday Beacon reported that intelligence officers had warned ministers of a plot to attack this year's parade.

"We learned about this from a newspaper, not from the authorities who are supposed to protect us," said the parade's co-chair, Noor Haddad, at a press conference on Monday. "Our volunteers deserve better."

Haddad said the parade would go ahead and that organisers were considering extra barriers along the route. Several sponsors have asked for briefings, she added.

Lissberg police said they were in contact with the organisers and that the safety of participants was their priority. They would not say whether anyone had been arrested.

Groups that monitor online extremism have recorded a rise in hostile messages about pride events this year, many of them shared in channels that also praise attacks abroad.
""",
            ),
            Original(
                key="c",
                outlet="Fenmoor Chronicle",
                published="2026-06-21",
                title="Minister silent on pride plot report",
                chain=("Sunday Beacon",),
                claim="The Sunday Beacon reported that the intelligence service had told the government of a group planning to attack the Lissberg pride parade with a van.",
                text="""
The interior minister refused on Monday to confirm or deny a newspaper report about a planned attack on the pride parade in Lissberg.

The Sunday Beacon reported that the intelligence service had told the government of a group planning to attack the Lissberg pride parade with a van.

Asked about the report in parliament, the minister, Karl Brenner, said he would "never discuss the work of the services in public" and accused the opposition of "spreading fear for political gain".

Opposition members said the government had a duty to tell organisers of any threat. "If there was a warning, the people marching have a right to know," said Pia Lund, a member of the home affairs committee.

The parade's route runs through the old town and along the river. Police usually close the bridges to traffic for the day.

Fenmoor Pride, a smaller event, said it would review its own plans.
""",
            ),
        ),
    ),
]
