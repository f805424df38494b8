# ruff: noqa: E501
"""Stories f32-f42 (invented outlets, places and people; see ../README.md)."""

from build import Original, Repost, Story

STORIES = [
    Story(
        id="f32",
        category="acronym and full name",
        split="heldout",
        note="one agency by acronym and by full name",
        count=1,
        main_claim="Police seized weapons and explosives from a separatist safe house in Mora.",
        aliases={"CPB": "Coastal Press Bureau"},
        articles=(
            Original(
                key="a",
                outlet="Riverbend Telegraph",
                published="2026-08-04",
                title="Explosives seized in raid on Mora safe house",
                chain=("CPB",),
                claim="MORA, Aug 4 (CPB) — Police seized rifles, pistols and about twenty kilograms of explosives from a flat used as a safe house by a separatist cell in Mora on Tuesday, the regional police chief said.",
                text="""
MORA, Aug 4 (CPB) — Police seized rifles, pistols and about twenty kilograms of explosives from a flat used as a safe house by a separatist cell in Mora on Tuesday, the regional police chief said.

Three people were arrested in the raid, including a woman who rented the flat under a false name. Officers also found forged identity papers, maps of the city's port and a list of names of local officials.

The police chief said the cell was linked to the Free Highlands Army, which has carried out a series of attacks in the mountains this year, but had not been known to be active on the coast.

Residents of the building said they had noticed young men coming and going at night but thought they were students.

The arrested suspects will appear before an investigating judge on Wednesday.
""",
            ),
            Original(
                key="b",
                outlet="Eastmere Journal",
                published="2026-08-04",
                title="Raid in Mora: arms, explosives and a list of officials",
                chain=("Coastal Press Bureau",),
                claim="A raid on a separatist safe house in Mora turned up weapons and a large quantity of explosives, the Coastal Press Bureau (CPB) reported on Tuesday.",
                text="""
A raid on a separatist safe house in Mora turned up weapons and a large quantity of explosives, the Coastal Press Bureau (CPB) reported on Tuesday.

The agency said police had found a list of local officials in the flat, raising fears that the cell was planning assassinations. The mayor of Mora said he had been informed that his name was on the list.

"I will not be intimidated and I will not change my schedule," the mayor said on local radio.

Security experts said the discovery suggested the separatists were trying to take their campaign beyond the highlands. "The coast is where the money and the tourists are. An attack there would get far more attention," said a former police commander.

The port authority said it had increased checks on vehicles entering the harbour.
""",
            ),
            Original(
                key="c",
                outlet="Brightwater Gazette",
                published="2026-08-05",
                title="Mora raid suspects appear before judge",
                chain=("CPB",),
                claim="The three people arrested in Mora had stored explosives and guns in the flat that police raided, according to CPB.",
                text="""
Three suspects arrested in a raid on a flat in the coastal city of Mora were brought before an investigating judge on Wednesday.

The three people arrested in Mora had stored explosives and guns in the flat that police raided, according to CPB.

The suspects, two men and a woman in their twenties, covered their faces as they were led into the courthouse in handcuffs. Their lawyer said they would not answer questions for now.

Prosecutors asked for the three to be held for thirty days while the investigation continues. The judge is expected to rule by Thursday evening.

Separately, police said they were searching for a fourth person who had rented a garage in the same street. The garage was found empty.

Mora, a city of 200,000, has not seen a terrorist attack since the 1990s.
""",
            ),
        ),
    ),
    Story(
        id="f33",
        category="wire syndicated",
        split="heldout",
        note="a wire story syndicated with different headlines (four outlets)",
        count=1,
        main_claim="The government declared a state of emergency in three border districts after clashes between militias.",
        articles=(
            Original(
                key="a",
                outlet="Northgate Herald",
                published="2026-08-06",
                title="State of emergency declared in three border districts",
                chain=("Northern Wire",),
                claim="ARDEN, Aug 6 (Northern Wire) — The government declared a state of emergency in three border districts on Thursday after clashes between rival militias killed at least nine people over the past week.",
                text="""
ARDEN, Aug 6 (Northern Wire) — The government declared a state of emergency in three border districts on Thursday after clashes between rival militias killed at least nine people over the past week.

The emergency measures, which last thirty days, allow the army to set up checkpoints, impose curfews and search homes without a warrant. Public gatherings of more than ten people are banned.

The fighting began when a militia loyal to a local businessman tried to take over a border crossing controlled by a rival group. Both sides have used machine guns and mortars in villages along the river.

Human rights groups warned that emergency powers had been abused in the past and asked the government to allow journalists into the area.

The president said in a televised address that the state "will not hand its borders to armed gangs".
""",
            ),
            Repost(
                key="b",
                outlet="Kestrel Tribune",
                published="2026-08-06",
                title="Curfews and checkpoints as militia fighting rages on border",
                of="a",
            ),
            Repost(
                key="c",
                outlet="Lowland Post",
                published="2026-08-06",
                title="Emergency rule for border region after nine killed",
                of="a",
            ),
            Repost(
                key="d",
                outlet="Cedar Valley Times",
                published="2026-08-07",
                title="President: state 'will not hand its borders to armed gangs'",
                of="a",
                tail="Reporting by Northern Wire.",
            ),
        ),
    ),
    Story(
        id="f34",
        category="denial alongside",
        split="heldout",
        note="denial reported alongside: an own report and protest organisers, police deny",
        count=2,
        main_claim="Police shot dead a protester in Aster Square.",
        articles=(
            Original(
                key="a",
                outlet="Meridian Daily",
                published="2026-08-08",
                title="Protester shot dead in Aster Square",
                claim="A protester was shot dead by police in Aster Square on Saturday evening, our reporter at the scene saw, after officers opened fire on a crowd that had pushed through a barricade.",
                text="""
A protester was shot dead by police in Aster Square on Saturday evening, our reporter at the scene saw, after officers opened fire on a crowd that had pushed through a barricade.

The man, who appeared to be in his twenties, fell near the fountain in the middle of the square. Other protesters carried him to a side street, where a doctor tried to revive him.

Several thousand people had gathered in the square to protest against a new law that allows the government to dissolve associations without a court order. The protest had been peaceful for most of the afternoon.

The crowd fled as shots rang out. Our reporter counted at least six shots.

The interior ministry said officers had fired only rubber bullets and that the cause of death would be determined by a post-mortem.
""",
            ),
            Original(
                key="b",
                outlet="Silverlake Record",
                published="2026-08-09",
                title="Organisers name man killed at Aster Square protest",
                chain=("Citizens' Forum",),
                claim="The Citizens' Forum, which organised Saturday's protest, said police had shot dead one of its volunteers, 24-year-old student Adam Keel, in Aster Square.",
                text="""
The Citizens' Forum, which organised Saturday's protest, said police had shot dead one of its volunteers, 24-year-old student Adam Keel, in Aster Square.

The group said in a statement that Keel had been helping older protesters away from the barricade when he was hit in the chest. It published a photograph of him holding a first aid kit earlier in the day.

"Adam was there to protect people. He was killed for it," the Forum's spokeswoman, Lina Hart, told reporters on Sunday.

Keel studied engineering at the city university. His classmates laid flowers and candles at the university gate.

The Forum has called for another protest on Wednesday and demanded that the officers who fired be suspended. It said it had collected more than forty videos from the square and would hand them to the prosecutor.
""",
            ),
            Original(
                key="c",
                outlet="Port Aubrey Observer",
                published="2026-08-09",
                title="Police deny using live rounds at Aster Square",
                chain=("Citizens' Forum",),
                claim="According to the Citizens' Forum, which organised the protest, a police bullet killed one of its volunteers in Aster Square on Saturday.",
                text="""
The national police on Sunday denied that officers had used live ammunition during Saturday's protest in Aster Square, where a young man died.

"No officer fired a live round. Our units were equipped only with non-lethal weapons," the police chief, General Tor Halvard, said at a news conference.

According to the Citizens' Forum, which organised the protest, a police bullet killed one of its volunteers in Aster Square on Saturday.

Halvard said officers had been attacked with stones and fireworks and had acted in self-defence. He suggested that "provocateurs" might have been armed.

Opposition parties called for an independent inquiry. The prosecutor's office said a post-mortem would be carried out on Monday in the presence of an independent doctor chosen by the family.

Videos shared online show officers aiming weapons at the crowd, but it is not clear what kind of ammunition they used.
""",
            ),
        ),
    ),
    Story(
        id="f35",
        category="named person",
        split="heldout",
        note="one named politician quoted by two outlets",
        count=1,
        main_claim="Opposition leader Mara Ilic received death threats from the neo-Nazi group Storm Division.",
        articles=(
            Original(
                key="a",
                outlet="Kestrel Tribune",
                published="2026-08-10",
                title="Opposition leader says neo-Nazis sent her death threats",
                chain=("Mara Ilic",),
                claim="The opposition leader Mara Ilic said on Monday that she had received death threats from the neo-Nazi group Storm Division, including a letter containing a bullet.",
                text="""
The opposition leader Mara Ilic said on Monday that she had received death threats from the neo-Nazi group Storm Division, including a letter containing a bullet.

Ilic told a news conference in parliament that the letter had arrived at her constituency office last week, signed with the group's symbol. Dozens of threatening messages had followed on social media, she said.

"They want me to be silent. I will not be silent," she said. Ilic has led calls for a ban on the group since it held a torch-lit march through the capital in the spring.

Police said they had opened an investigation and were providing protection for Ilic and her family.

Storm Division has not commented. The group, founded three years ago, is estimated to have a few hundred members and is under observation by the intelligence service.
""",
            ),
            Original(
                key="b",
                outlet="Fenmoor Chronicle",
                published="2026-08-10",
                title="Ilic: 'a bullet in an envelope'",
                chain=("Mara Ilic",),
                claim="Mara Ilic wrote on social media that Storm Division had threatened to kill her and had sent a bullet in an envelope to her office.",
                text="""
Politicians from all parties expressed support on Monday for the opposition leader after she revealed that she was being threatened by a neo-Nazi group.

Mara Ilic wrote on social media that Storm Division had threatened to kill her and had sent a bullet in an envelope to her office.

Her post, which included a photograph of the envelope, was shared thousands of times within hours. The prime minister called her to offer support, according to his office.

Several other women in politics said they had also received threats in recent months, though not all from the same group. A survey by the parliamentary staff union last year found that more than half of female members had been threatened online.

Fenmoor's member of parliament, Jonas Rydell, said the threats were "an attack on all of us who were elected".

The interior ministry is expected to decide on a ban on Storm Division this autumn.
""",
            ),
        ),
    ),
    Story(
        id="f36",
        category="unnamed witnesses",
        split="heldout",
        note="unnamed witnesses per outlet (three outlets)",
        count=3,
        main_claim="A car drove into the crowd at a street festival in Olden, injuring several people.",
        articles=(
            Original(
                key="a",
                outlet="Lowland Post",
                published="2026-08-12",
                title="Car ploughs into crowd at Olden street festival",
                chain=("witnesses",),
                claim="A car drove into the crowd at the summer street festival in Olden on Tuesday evening, injuring at least eight people, witnesses told the Lowland Post.",
                text="""
A car drove into the crowd at the summer street festival in Olden on Tuesday evening, injuring at least eight people, witnesses told the Lowland Post.

The car, a grey hatchback, turned into Mill Street at speed and drove through the food stalls for about fifty metres before hitting a lamp post, they said. People were thrown onto the pavement and several stalls collapsed.

Festival-goers pulled the driver from the car and held him until police arrived. He was arrested at the scene.

Ambulances took the injured to hospitals in Olden and the neighbouring city. Two children were among them.

Police said they were investigating whether the crash was deliberate and had not ruled anything out. The festival, which draws thousands of visitors each year, was cancelled for the rest of the week.
""",
            ),
            Original(
                key="b",
                outlet="Northgate Herald",
                published="2026-08-12",
                title="'He did not brake': stallholder describes Olden crash",
                chain=("a stallholder",),
                claim="A stallholder who was selling pancakes on Mill Street told the Northgate Herald that the driver had steered straight into the crowd at the Olden festival without braking.",
                text="""
A stallholder who was selling pancakes on Mill Street told the Northgate Herald that the driver had steered straight into the crowd at the Olden festival without braking.

"He did not brake, not once. He looked straight ahead," said the woman, who asked not to be named. Her stall was knocked over, and hot oil was spilled across the street.

She said she helped a teenage girl whose leg had been trapped under a table until paramedics arrived.

Police have not released the name of the driver, a 34-year-old local man. Neighbours of the man said he had recently lost his job and had been posting angry messages online.

Olden's mayor visited the injured in hospital on Tuesday night and said the town was "in shock". A book of condolence has been opened at the town hall.
""",
            ),
            Original(
                key="c",
                outlet="Hollins Standard",
                published="2026-08-13",
                title="Olden festival crash: 'people flew through the air'",
                chain=("people at the festival",),
                claim="People at the Olden festival told the Hollins Standard that a car had accelerated into the crowd near the music stage, hitting several people and sending stalls flying.",
                text="""
People at the Olden festival told the Hollins Standard that a car had accelerated into the crowd near the music stage, hitting several people and sending stalls flying.

One young man who was standing by the stage said he heard the engine roar before he saw the car. "People flew through the air. Then everybody was screaming," he said.

A couple who had come with their two children said they hid behind a delivery van until the car stopped. "My daughter keeps asking if the bad car will come back," the father said.

Counsellors were available at Olden's community centre on Wednesday for anyone affected.

Prosecutors said on Wednesday that the driver had been charged with attempted murder. They did not comment on a possible motive.
""",
            ),
        ),
    ),
    Story(
        id="f37",
        category="document",
        split="heldout",
        note="two outlets each citing the same leaked document",
        count=1,
        main_claim="Police officers in the Ostby unit shared extremist messages in a chat group.",
        articles=(
            Original(
                key="a",
                outlet="Kestrel Tribune",
                published="2026-08-14",
                title="Police officers shared extremist memes, internal report finds",
                chain=("an internal police report",),
                claim="Eleven officers of the Ostby riot police unit shared racist jokes, Nazi symbols and praise for a mass murderer in a private chat group over two years, according to an internal police report seen by the Kestrel Tribune.",
                text="""
Eleven officers of the Ostby riot police unit shared racist jokes, Nazi symbols and praise for a mass murderer in a private chat group over two years, according to an internal police report seen by the Kestrel Tribune.

The 40-page report, completed in June, found that the group had about 600 messages, many of them images mocking migrants and Muslims. One officer posted a picture of a gas chamber with a caption referring to a refugee centre in Ostby.

The report recommends dismissing four officers and disciplining the others. None of them has yet been suspended.

The national police said it did not comment on internal investigations. The police union said the officers were entitled to due process.

Ostby's riot unit has faced complaints of excessive force during protests in recent years. A court last year ordered the state to pay damages to a protester whose arm was broken during an arrest.
""",
            ),
            Original(
                key="b",
                outlet="Eastmere Journal",
                published="2026-08-15",
                title="Calls for suspensions after Ostby police chat report",
                chain=("the internal police report",),
                claim="The report, a copy of which was obtained by the Eastmere Journal, says officers in the Ostby unit exchanged hundreds of racist and extremist messages in a chat group, including images celebrating a mass shooting.",
                text="""
The justice minister on Saturday called for the immediate suspension of police officers found to have shared extremist content in a chat group.

The report, a copy of which was obtained by the Eastmere Journal, says officers in the Ostby unit exchanged hundreds of racist and extremist messages in a chat group, including images celebrating a mass shooting.

"People who celebrate murderers cannot carry weapons in the name of the state," the minister said in a statement.

Anti-racism groups said the case showed that the police had a deeper problem. "This is not a few bad apples. This was a group of colleagues who all knew and said nothing," said a spokeswoman for the Network Against Racism.

The head of the Ostby police said the officers had been moved to desk jobs while disciplinary proceedings continue.

A parliamentary committee has asked to see the full report.
""",
            ),
        ),
    ),
    Story(
        id="f38",
        category="mixed",
        split="heldout",
        note="mixed: an agency item and its edited repost, an own report, a monitoring group",
        count=3,
        main_claim="Security forces killed six people in a raid on the village of Kora.",
        articles=(
            Original(
                key="a",
                outlet="Hollins Standard",
                published="2026-08-16",
                title="Six killed in raid on suspected militant hideout in Kora",
                chain=("Atlas Press Agency",),
                claim="KORA, Aug 16 (Atlas Press Agency) — Security forces killed six suspected militants in a dawn raid on a house in the village of Kora on Sunday, the army said.",
                text="""
KORA, Aug 16 (Atlas Press Agency) — Security forces killed six suspected militants in a dawn raid on a house in the village of Kora on Sunday, the army said.

Special forces surrounded the house after a tip-off that members of an armed group were meeting there, an army statement said. The militants opened fire and were killed in a gunfight that lasted about an hour, it said.

Two soldiers were wounded. The army said it found automatic weapons, a radio and bomb-making materials in the house.

Kora lies in a district where an insurgency has simmered for years. The army has carried out several raids there since an attack on a convoy killed eleven soldiers in July.

The names of the dead were not released.
""",
            ),
            Repost(
                key="b",
                outlet="Ashdown Courier",
                published="2026-08-16",
                title="Army says six militants killed in Kora gunfight",
                of="a",
                edits=(
                    ("KORA, Aug 16 (Atlas Press Agency) — ", ""),
                    (
                        "on Sunday, the army said.",
                        "on Sunday, the army said, according to the Atlas Press Agency.",
                    ),
                    (
                        "Special forces surrounded the house after a tip-off that members of an armed group were meeting there, an army statement said.",
                        "According to the army, special forces surrounded the house after being told that members of an armed group were meeting there.",
                    ),
                    ("Two soldiers were wounded.", "Two soldiers were hurt."),
                    ("The names of the dead were not released.", "The army did not name the dead."),
                ),
            ),
            Original(
                key="c",
                outlet="Riverbend Telegraph",
                published="2026-08-17",
                title="In Kora, villagers bury six and dispute army account",
                claim="Our reporter in Kora on Monday saw the bodies of the six people killed in Sunday's raid laid out in the village mosque, and the bullet-riddled house where they died.",
                text="""
Our reporter in Kora on Monday saw the bodies of the six people killed in Sunday's raid laid out in the village mosque, and the bullet-riddled house where they died.

Villagers said two of the dead were brothers who farmed apricots on the hill behind the village and had nothing to do with any armed group. "They were picking fruit on Saturday. They never held a gun in their lives," said their uncle.

The walls of the house were pockmarked with hundreds of bullet holes. A child's shoe lay in the courtyard.

Elders said soldiers had not allowed anyone near the house for several hours after the shooting stopped.

The army has said all six were militants. It did not answer questions about the brothers.
""",
            ),
            Original(
                key="d",
                outlet="Meridian Daily",
                published="2026-08-17",
                title="Rights group says farmers among dead in Kora raid",
                chain=("Kora Human Rights Observatory",),
                claim="The Kora Human Rights Observatory said on Monday that security forces had killed six people in the raid on the village, at least three of them civilians with no links to militant groups.",
                text="""
The Kora Human Rights Observatory said on Monday that security forces had killed six people in the raid on the village, at least three of them civilians with no links to militant groups.

The observatory, which documents abuses in the district, said it had spoken to relatives and neighbours of the dead. It named three of them: two farmers and a 17-year-old student.

"The army must show evidence that these men were fighters," the observatory's director said. "Until it does, we must assume that civilians were killed."

The army rejected the claim, saying the observatory "repeats militant propaganda".

Rights groups have accused security forces of covering up civilian deaths in past raids in the district. The government says its forces follow strict rules of engagement.
""",
            ),
        ),
    ),
    Story(
        id="f39",
        category="translation",
        split="heldout",
        note="a video translated by an institute (full name and acronym), and an outlet quoting an in-set outlet's sentence",
        count=1,
        main_claim="A video by the Dawn Brigade urges supporters to attack Christmas markets.",
        aliases={"ORS": "Observatory for Radicalisation Studies"},
        articles=(
            Original(
                key="a",
                outlet="Meridian Daily",
                published="2026-08-18",
                title="Jihadist video calls for attacks on Christmas markets",
                chain=("Observatory for Radicalisation Studies", "the video"),
                claim='A new video from the Dawn Brigade urges the group\'s supporters in Europe to attack Christmas markets "with knives, cars and fire", according to a translation by the Observatory for Radicalisation Studies (ORS).',
                text="""
A new video from the Dawn Brigade urges the group's supporters in Europe to attack Christmas markets "with knives, cars and fire", according to a translation by the Observatory for Radicalisation Studies (ORS).

The twelve-minute video, narrated in Arabic with subtitles in two European languages, shows images of crowded markets taken from tourist websites, followed by footage of past attacks.

The observatory said it was the first time the group had named specific events months in advance. "They want to create fear long before December," said one of its researchers.

The Dawn Brigade has lost most of the territory it once held but keeps an active online presence. Security services say it has inspired several small attacks by individuals in recent years.

Police in several cities said they were reviewing security plans for the coming season.
""",
            ),
            Original(
                key="b",
                outlet="Port Aubrey Observer",
                published="2026-08-19",
                title="Market organisers meet police after jihadist threat",
                chain=("ORS", "the video"),
                claim="The Dawn Brigade called on its followers to strike Christmas markets in a video released this week, according to ORS, which translated the narration.",
                text="""
Organisers of the Port Aubrey Christmas market met police on Wednesday to discuss security after a jihadist group threatened such events.

The Dawn Brigade called on its followers to strike Christmas markets in a video released this week, according to ORS, which translated the narration.

The market, which fills the cathedral square for four weeks, drew more than half a million visitors last year. Concrete barriers were placed at its entrances after an attack on a market abroad several years ago.

"We will not cancel. That is what they want," said the market's director, Sofia Brand. She said the organisers would pay for extra private security.

Police said they had no information about a specific threat to Port Aubrey. Officers would be visible at the market throughout the season, they said.
""",
            ),
            Original(
                key="c",
                outlet="Cedar Valley Times",
                published="2026-08-19",
                title="How worried should we be about the Dawn Brigade video?",
                chain=("Meridian Daily",),
                claim='As the Meridian Daily reported, "A new video from the Dawn Brigade urges the group\'s supporters in Europe to attack Christmas markets "with knives, cars and fire", according to a translation by the Observatory for Radicalisation Studies (ORS)."',
                text="""
As the Meridian Daily reported, "A new video from the Dawn Brigade urges the group's supporters in Europe to attack Christmas markets "with knives, cars and fire", according to a translation by the Observatory for Radicalisation Studies (ORS)."

Threats like this are not new. Extremist groups have targeted Christmas markets in propaganda for more than a decade, and a small number of attacks have followed.

Researchers say such videos serve two purposes: to frighten the public and to encourage lone supporters who have no contact with the group. "The video is not an order. It is an invitation," said a terrorism researcher at Cedar Valley University.

What can be done? Experts point to barriers, bag checks and a visible police presence, but also to the work of intelligence services online, where most attackers leave traces.

For now, the advice to visitors is simple: go, enjoy the markets, and report anything that looks wrong.
""",
            ),
        ),
    ),
    Story(
        id="f40",
        category="independent",
        split="heldout",
        note="two different agencies",
        count=2,
        main_claim="The Eastern Shield released the engineer Tomas Varo after 200 days in captivity.",
        articles=(
            Original(
                key="a",
                outlet="Silverlake Record",
                published="2026-08-20",
                title="Engineer freed after 200 days held by Eastern Shield",
                chain=("Continental Press Service",),
                claim="The armed group Eastern Shield released the engineer Tomas Varo on Thursday after holding him for 200 days, the Continental Press Service reported, citing his employer.",
                text="""
The armed group Eastern Shield released the engineer Tomas Varo on Thursday after holding him for 200 days, the Continental Press Service reported, citing his employer.

Varo, 47, was kidnapped in February while inspecting a water treatment plant in the border region. His employer, a construction firm, said he was handed over to local elders and driven to a military base, where doctors examined him.

"He is thin and tired, but he is alive and he is coming home," a spokesman for the firm said, according to the agency.

It was not clear whether a ransom had been paid. The government has said in the past that it does not pay kidnappers.

Varo's wife and two children had campaigned for his release with weekly vigils outside the foreign ministry.
""",
            ),
            Original(
                key="b",
                outlet="Eastmere Journal",
                published="2026-08-20",
                title="Tomas Varo free: family celebrates end of ordeal",
                chain=("United Press Bureau",),
                claim="Tomas Varo, the engineer kidnapped by the Eastern Shield in February, has been freed after 200 days, the United Press Bureau reported, quoting a government official.",
                text="""
Tomas Varo, the engineer kidnapped by the Eastern Shield in February, has been freed after 200 days, the United Press Bureau reported, quoting a government official.

The official told the agency that Varo had been released following talks involving tribal elders and a neighbouring country, and that he was in good health.

In Eastmere, where Varo grew up, neighbours tied yellow ribbons to trees along his parents' street. "We never gave up hope," his mother told reporters at her door.

The Eastern Shield still holds at least three other foreigners, according to aid groups. It has demanded the release of fighters held in government prisons.

Varo is expected to fly home on Saturday. The foreign minister said he would meet him at the airport.
""",
            ),
        ),
    ),
    Story(
        id="f41",
        category="origin not in the set",
        split="heldout",
        note="an outlet citing a newspaper not in the set that cites an agency, and an outlet citing the agency",
        count=1,
        main_claim="Defence Minister Aron Lisk resigned over the sale of rifles to a militia-linked club.",
        articles=(
            Original(
                key="a",
                outlet="Lowland Post",
                published="2026-08-21",
                title="Defence minister quits over rifle sale scandal",
                chain=("Daily Clarion", "Atlas Press Agency"),
                claim="Defence Minister Aron Lisk resigned on Friday over the sale of rifles by the state arms maker to a club run by militia members, the Daily Clarion reported, citing the Atlas Press Agency.",
                text="""
Defence Minister Aron Lisk resigned on Friday over the sale of rifles by the state arms maker to a club run by militia members, the Daily Clarion reported, citing the Atlas Press Agency.

Lisk had been under pressure since documents showed that managers at the state-owned firm were warned about the buyers but went ahead with the sale. The opposition had threatened a vote of no confidence next week.

The prime minister is expected to name a successor on Monday. Until then, the interior minister will take charge of the defence ministry.

Lisk, a former general, was appointed two years ago and was seen as one of the most popular members of the government.

An inquiry into the sale, led by a retired judge, is due to report in December.
""",
            ),
            Original(
                key="b",
                outlet="Northgate Herald",
                published="2026-08-21",
                title="Lisk steps down, says he takes 'political responsibility'",
                chain=("Atlas Press Agency",),
                claim="Aron Lisk stepped down as defence minister on Friday, saying he took political responsibility for the sale of rifles to a militia-linked gun club, according to the Atlas Press Agency.",
                text="""
Aron Lisk stepped down as defence minister on Friday, saying he took political responsibility for the sale of rifles to a militia-linked gun club, according to the Atlas Press Agency.

"I did not know about this sale, but I am responsible for the companies that report to my ministry," Lisk said in a letter to the prime minister, the agency reported.

Opposition parties said the resignation came too late and called for the entire board of the arms maker to be replaced.

Lisk's departure leaves the government with a narrow majority in parliament. Two members of his party said they would consider their position if the board was not replaced.

The Sentinel Brotherhood, the militia whose members ran the club, said it had done nothing illegal and would fight the prosecution of the club's treasurer.
""",
            ),
        ),
    ),
    Story(
        id="f42",
        category="copy of a copy",
        split="heldout",
        note="copy of a copy with new headlines, and one own report",
        count=2,
        main_claim="A landslide buried the road over the Gorran pass, trapping cars.",
        articles=(
            Original(
                key="a",
                outlet="Northgate Herald",
                published="2026-08-23",
                title="Landslide buries Gorran pass road, cars trapped",
                claim="A landslide buried a stretch of the road over the Gorran pass on Sunday afternoon, trapping at least five cars under mud and rocks, our reporter at the scene saw.",
                text="""
A landslide buried a stretch of the road over the Gorran pass on Sunday afternoon, trapping at least five cars under mud and rocks, our reporter at the scene saw.

Rescue teams with dogs were digging at the edge of the slide, which covers about two hundred metres of road below the summit. A mechanical digger was brought up from the valley in the evening.

Three people were pulled alive from one of the cars and taken to hospital by helicopter. The fate of the other occupants was not known.

Days of heavy rain had loosened the slope above the road, which was built into the mountainside in the 1960s. Residents of the valley said they had warned the roads authority about falling stones this summer.

The pass will stay closed for at least two weeks. Traffic is being sent on a long detour through the Lend valley.
""",
            ),
            Repost(
                key="b",
                outlet="Silverlake Record",
                published="2026-08-24",
                title="Rescuers dig for survivors on Gorran pass",
                of="a",
                edits=(
                    ("our reporter at the scene saw", "a reporter at the scene saw"),
                    (
                        "A mechanical digger was brought up from the valley in the evening.",
                        "A digger was brought up from the valley later.",
                    ),
                ),
            ),
            Repost(
                key="c",
                outlet="Port Aubrey Observer",
                published="2026-08-24",
                title="Gorran pass closed for weeks after deadly slide",
                of="b",
                edits=(
                    (
                        "Traffic is being sent on a long detour through the Lend valley.",
                        "Drivers face a long detour through the Lend valley.",
                    ),
                ),
            ),
            Original(
                key="d",
                outlet="Fenmoor Chronicle",
                published="2026-08-24",
                title="Gorran landslide: two dead, search goes on",
                chain=("Captain Erik Sand",),
                claim="Two people died when a landslide buried cars on the Gorran pass road on Sunday, and rescuers are still searching for a missing driver, the head of the mountain rescue service, Captain Erik Sand, said on Monday.",
                text="""
Two people died when a landslide buried cars on the Gorran pass road on Sunday, and rescuers are still searching for a missing driver, the head of the mountain rescue service, Captain Erik Sand, said on Monday.

Sand said the bodies of a man and a woman had been found in a car carried about fifty metres down the slope by the slide. A third car, a small van, was still missing under the mud.

"The ground is still moving. We have to work slowly to keep our own people safe," Sand said at the rescue base in the village of Gorran.

The roads authority said it had inspected the slope in June and found no sign of danger. Geologists said the rain of the past week, the heaviest in August for fifty years, would have weakened any hillside.

The government promised money to rebuild the road before the winter.
""",
            ),
        ),
    ),
]
