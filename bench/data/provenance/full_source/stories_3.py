# ruff: noqa: E501
"""Stories f22-f31 (invented outlets, places and people; see ../README.md)."""

from build import Original, Repost, Story

STORIES = [
    Story(
        id="f22",
        category="copy of a copy",
        split="heldout",
        note="copy of a copy of an agency item",
        count=1,
        main_claim="A cyberattack shut down the computer systems of the hospitals in Grennick.",
        articles=(
            Original(
                key="a",
                outlet="Meridian Daily",
                published="2026-07-16",
                title="Cyberattack cripples Grennick hospitals",
                chain=("Northern Wire",),
                claim="GRENNICK, July 16 (Northern Wire) — A cyberattack shut down the computer systems of all three public hospitals in Grennick on Thursday, forcing them to turn away ambulances and postpone operations, the regional health authority said.",
                text="""
GRENNICK, July 16 (Northern Wire) — A cyberattack shut down the computer systems of all three public hospitals in Grennick on Thursday, forcing them to turn away ambulances and postpone operations, the regional health authority said.

Staff were working with paper records and patients were asked to bring lists of their medicines, the authority said. Emergency cases were being sent to hospitals in neighbouring cities, up to an hour's drive away.

A message on the hospitals' screens demanded payment in cryptocurrency to unlock the files. Security researchers said the message matched that used by a criminal group that has attacked hospitals in several countries.

The regional health minister said the authority would not pay. "We will not finance criminals," she told reporters.

The national cyber security centre sent a team to Grennick. It said it was too early to say whether patient data had been stolen.
""",
            ),
            Repost(
                key="b",
                outlet="Kestrel Tribune",
                published="2026-07-16",
                title="Grennick hospitals turn away ambulances after hack",
                of="a",
                edits=(
                    ("Staff were working with paper records", "Staff switched to paper records"),
                    ("up to an hour's drive away", "some of them an hour away"),
                ),
            ),
            Repost(
                key="c",
                outlet="Saltmarsh Review",
                published="2026-07-17",
                title="Ransom demand on hospital screens in Grennick",
                of="b",
                edits=(
                    (
                        '"We will not finance criminals," she told reporters.',
                        '"We will not finance criminals," she said.',
                    ),
                ),
                tail="Patients in Saltmarsh who were due to be treated in Grennick should call their doctor before travelling.",
            ),
        ),
    ),
    Story(
        id="f23",
        category="one agency",
        split="heldout",
        note="two outlets citing one agency",
        count=1,
        main_claim="Rebels shot down a military helicopter near the Belmar ridge, killing its crew.",
        articles=(
            Original(
                key="a",
                outlet="Northgate Herald",
                published="2026-07-17",
                title="Military helicopter shot down near Belmar ridge",
                chain=("Atlas Press Agency",),
                claim="Rebel fighters shot down a military transport helicopter near the Belmar ridge on Friday, killing all five crew members, according to the Atlas Press Agency.",
                text="""
Rebel fighters shot down a military transport helicopter near the Belmar ridge on Friday, killing all five crew members, according to the Atlas Press Agency.

The helicopter was bringing supplies to an army outpost on the ridge when it was hit by a shoulder-fired missile, the agency said, quoting a military source. It crashed in a forest about three kilometres from the outpost.

It is the first time the rebels have brought down an aircraft since the conflict began four years ago. Analysts said it suggested they had acquired new weapons, possibly from across the border.

The defence ministry confirmed that a helicopter had been lost "in a combat operation" but gave no details. Flags at military bases were lowered to half-mast on Friday evening.

The Belmar ridge overlooks the main road to the north and has changed hands twice since the spring.
""",
            ),
            Original(
                key="b",
                outlet="Brightwater Gazette",
                published="2026-07-18",
                title="Five crew killed as rebels down army helicopter",
                chain=("Atlas Press Agency",),
                claim="The Atlas Press Agency reported that rebels had downed an army helicopter with a missile near the Belmar ridge and that its five crew members were dead.",
                text="""
The army has lost its first aircraft to rebel fire since the war began.

The Atlas Press Agency reported that rebels had downed an army helicopter with a missile near the Belmar ridge and that its five crew members were dead.

The rebels' political wing said on a messaging channel that its fighters had "punished the occupiers from the sky", but did not name the unit involved.

Military experts said the loss would make supply flights to isolated outposts far more dangerous. "Until now the army owned the sky. That has changed overnight," said Henrik Aas, a former air force officer who now teaches at the war college.

Families of soldiers stationed on the ridge gathered outside the regional command in Belmar on Saturday morning asking for news. Officers read out the names of the dead crew in the afternoon.

The government is expected to ask parliament for more money for air defence.
""",
            ),
        ),
    ),
    Story(
        id="f24",
        category="translation",
        split="heldout",
        note="outlets citing an institute's translation of a group's statement; denial alongside",
        count=1,
        main_claim="The Free Highlands Army claimed responsibility for the bombing of the police station in Dolne.",
        aliases={"VISS": "Varga Institute for Security Studies"},
        articles=(
            Original(
                key="a",
                outlet="Hollins Standard",
                published="2026-07-19",
                title="Separatist group claims Dolne police station bombing",
                chain=("Varga Institute for Security Studies", "a statement"),
                claim="The Free Highlands Army claimed responsibility for Saturday's bombing of the police station in Dolne in a statement posted online, as translated by the Varga Institute for Security Studies (VISS).",
                text="""
The Free Highlands Army claimed responsibility for Saturday's bombing of the police station in Dolne in a statement posted online, as translated by the Varga Institute for Security Studies (VISS).

The statement, written in the highland language, says the attack was revenge for the arrest of "our brothers" in June and warns that "every uniform in the highlands is a target". The institute published the full translation on Sunday.

Two police officers were killed and seven people were injured when a car packed with explosives blew up outside the station early on Saturday. The front of the building collapsed.

The Free Highlands Army has carried out shootings and arson attacks before, but experts said a car bomb marked a dangerous escalation.

Police have arrested one man in connection with the attack and are searching for two others.
""",
            ),
            Original(
                key="b",
                outlet="Ashdown Courier",
                published="2026-07-20",
                title="Highland separatists say they bombed Dolne station",
                chain=("VISS", "the statement"),
                claim="In a statement translated by VISS, the Free Highlands Army said its fighters had carried out the car bombing of the Dolne police station.",
                text="""
The separatist group that has waged a low-level insurgency in the highlands for a decade has said it was behind the deadliest attack on police in years.

In a statement translated by VISS, the Free Highlands Army said its fighters had carried out the car bombing of the Dolne police station.

The group also named the two officers killed in the blast, calling them "collaborators", which relatives described as cruel and untrue. One of the officers, Sergeant Milan Rask, had served in Dolne for twenty years and coached the town's youth football team.

Thousands of people marched through Dolne on Sunday afternoon carrying candles and photographs of the two officers.

The government has called an emergency session of the security council for Monday. The highland regional assembly, which is dominated by parties that favour more autonomy but reject violence, condemned the attack.
""",
            ),
            Original(
                key="c",
                outlet="Fenmoor Chronicle",
                published="2026-07-20",
                title="Minister doubts separatist claim for Dolne attack",
                chain=("Varga Institute for Security Studies", "the statement"),
                claim="According to the institute's translation of the statement, the Free Highlands Army claimed the car bomb attack on the police station in Dolne as revenge for arrests in June.",
                text="""
The interior minister on Monday cast doubt on a claim by the Free Highlands Army that it had bombed the police station in Dolne.

According to the institute's translation of the statement, the Free Highlands Army claimed the car bomb attack on the police station in Dolne as revenge for arrests in June. The Varga Institute for Security Studies, which monitors the group's channels, published the translation on Sunday.

The minister, Karl Brenner, said investigators were "looking at other possibilities", including a criminal gang that had threatened the officers. "Groups like this like to take credit for things they did not do," he said.

Some analysts agreed that the group had never before used a car bomb and that the claim came unusually late, more than a day after the attack.

Others said the details in the statement, including the type of car used, had not been public at the time.
""",
            ),
        ),
    ),
    Story(
        id="f25",
        category="independent",
        split="heldout",
        note="two truly independent reports (a named coast guard officer, an own reporter)",
        count=2,
        main_claim="A cargo ship ran aground off Kessel Point and is leaking oil.",
        articles=(
            Original(
                key="a",
                outlet="Port Aubrey Observer",
                published="2026-07-21",
                title="Cargo ship aground off Kessel Point, leaking oil",
                chain=("Commander Lisa Tarn",),
                claim="A cargo ship carrying timber ran aground on rocks off Kessel Point during a storm on Monday night and is leaking fuel oil into the sea, the regional coast guard commander, Lisa Tarn, said on Tuesday.",
                text="""
A cargo ship carrying timber ran aground on rocks off Kessel Point during a storm on Monday night and is leaking fuel oil into the sea, the regional coast guard commander, Lisa Tarn, said on Tuesday.

The twelve crew members were lifted off by helicopter in the early hours, Tarn told a news conference in Port Aubrey. None were seriously hurt.

Tarn said divers had found a crack in one of the ship's fuel tanks and that an oil slick about two kilometres long was drifting towards the coast. Floating barriers were being placed across the mouth of the Kessel estuary, which is a breeding ground for seabirds.

The ship, the Nordic Pine, was sailing from the north to a sawmill port in the south. The cause of the grounding is under investigation.

Salvage crews will try to pump the remaining fuel out of the ship once the weather calms.
""",
            ),
            Original(
                key="b",
                outlet="Brightwater Gazette",
                published="2026-07-22",
                title="Oil reaches beaches near stranded Nordic Pine",
                claim="Our reporter at Kessel Point on Wednesday saw the cargo ship Nordic Pine lying on the rocks with a black sheen of oil spreading from its hull towards the beaches.",
                text="""
Our reporter at Kessel Point on Wednesday saw the cargo ship Nordic Pine lying on the rocks with a black sheen of oil spreading from its hull towards the beaches.

Clumps of tar had washed up along the sand at Kessel Cove, where volunteers in rubber boots were filling bags. A smell of diesel hung over the car park above the beach.

Birdwatchers counted at least thirty oiled gulls and several eider ducks near the estuary. A wildlife rescue group set up a cleaning station in a barn at a nearby farm.

"This is the worst I have seen in thirty years," said Per Holm, a fisherman whose boat is moored in the cove. "The lobster season starts next month. Who will buy them now?"

The ship's owners, a company registered abroad, have not commented. Local councillors said they would demand that the company pay for the clean-up.
""",
            ),
        ),
    ),
    Story(
        id="f26",
        category="independent",
        split="heldout",
        note="three truly independent reports (own reporters)",
        count=3,
        main_claim="Supporters of the nationalist candidate attacked journalists at a rally in Harn.",
        articles=(
            Original(
                key="a",
                outlet="Eastmere Journal",
                published="2026-07-23",
                title="Journalists attacked at nationalist rally in Harn",
                claim="Supporters of the nationalist presidential candidate Dragan Vuk attacked journalists at his rally in Harn on Thursday, kicking a cameraman to the ground and smashing equipment, our reporter at the rally saw.",
                text="""
Supporters of the nationalist presidential candidate Dragan Vuk attacked journalists at his rally in Harn on Thursday, kicking a cameraman to the ground and smashing equipment, our reporter at the rally saw.

The attack began after Vuk, speaking from a stage in the town square, pointed at the press area and called the journalists "liars paid by foreigners". Men in the crowd then turned on the reporters, shouting insults and throwing plastic bottles.

A television cameraman was kicked several times while he lay on the ground. Police officers standing nearby intervened only after several minutes.

Vuk did not condemn the attack. His campaign said later that journalists had "provoked" the crowd.

Press freedom groups said at least ten attacks on journalists have been recorded during the campaign. The election is in three weeks.
""",
            ),
            Original(
                key="b",
                outlet="Silverlake Record",
                published="2026-07-23",
                title="Our photographer among those beaten at Vuk rally",
                claim="A Silverlake Record photographer was punched and had his camera thrown to the ground when supporters of Dragan Vuk attacked reporters covering the candidate's rally in Harn on Thursday.",
                text="""
A Silverlake Record photographer was punched and had his camera thrown to the ground when supporters of Dragan Vuk attacked reporters covering the candidate's rally in Harn on Thursday.

Our photographer, Tomas Lind, said a group of men wearing campaign scarves surrounded him as he was taking pictures of the crowd. "One of them grabbed my camera, another hit me in the face. They were laughing," he said. He was treated for a cut lip and bruises.

Other journalists at the rally described similar attacks. Several said they left the square under police escort.

The editor of the Silverlake Record, Maja Strand, said the newspaper would file a criminal complaint. "Our reporters will keep covering this campaign, all of it," she said.

Vuk is second in opinion polls, behind the sitting president.
""",
            ),
            Original(
                key="c",
                outlet="Riverbend Telegraph",
                published="2026-07-24",
                title="Harn rally: how the crowd turned on the press",
                claim="The Riverbend Telegraph's correspondent in Harn watched on Thursday as a crowd at Dragan Vuk's rally turned on the press pen, beating several journalists while the candidate looked on from the stage.",
                text="""
The Riverbend Telegraph's correspondent in Harn watched on Thursday as a crowd at Dragan Vuk's rally turned on the press pen, beating several journalists while the candidate looked on from the stage.

The rally had drawn about 5,000 people, many of them bused in from nearby villages. Vuk's speech was a familiar mix of promises to "clean up" the country and attacks on minorities and the media.

When he singled out the press, the crowd's mood changed within seconds. Our correspondent saw a group of young men climb over the metal barrier around the press area and start hitting people with flagpoles.

Vuk continued his speech without pause. Afterwards, his spokesman said the candidate "regretted any misunderstanding".

The interior ministry said it would review police conduct at the rally. Two men were detained and released the same evening.
""",
            ),
        ),
    ),
    Story(
        id="f27",
        category="independent",
        split="heldout",
        note="four truly independent reports (own reporters in different villages)",
        count=4,
        main_claim="A wildfire in the Lome hills destroyed homes and forced villages to evacuate.",
        articles=(
            Original(
                key="a",
                outlet="Cedar Valley Times",
                published="2026-07-25",
                title="Wildfire destroys homes in Lome hills",
                claim="A wildfire swept through the Lome hills on Saturday, destroying at least a dozen homes in the village of Arbel and forcing its residents to flee, our reporter in the village saw.",
                text="""
A wildfire swept through the Lome hills on Saturday, destroying at least a dozen homes in the village of Arbel and forcing its residents to flee, our reporter in the village saw.

The fire jumped the road above the village in the early afternoon, driven by a strong wind from the south. Within an hour, flames had reached the first houses on the upper lane.

Residents loaded cars with photographs, documents and pets and drove down to the valley, where the fire brigade had set up an assembly point at a petrol station. Several older people were carried out by neighbours.

By evening, the upper half of Arbel had been reduced to blackened walls and twisted roofs. Firefighting planes dropped water on the slopes until dark.

The region has had no rain for seven weeks, and temperatures have been above 38 degrees for ten days.
""",
            ),
            Original(
                key="b",
                outlet="Lowland Post",
                published="2026-07-25",
                title="Village of Sorn evacuated as fire advances",
                claim="The fire in the Lome hills forced the whole village of Sorn to be evacuated on Saturday evening, and our reporter saw two barns and a house on its edge burn to the ground.",
                text="""
The fire in the Lome hills forced the whole village of Sorn to be evacuated on Saturday evening, and our reporter saw two barns and a house on its edge burn to the ground.

Police went from door to door telling people to leave. A line of cars and tractors moved slowly down the single road to the valley while ash fell like snow.

"We have lived here for five generations. I do not know if there will be anything to come back to," said Elin Mark, a sheep farmer, as she loaded her last animals onto a trailer.

Firefighters from three provinces were working on the slopes above Sorn. They were trying to protect the village church and the school with a firebreak cut by bulldozers.

About 400 people from Sorn spent the night in a sports hall in the valley town.
""",
            ),
            Original(
                key="c",
                outlet="Hollins Standard",
                published="2026-07-26",
                title="Night of fire in Lome: 'the hill was glowing'",
                claim="Our correspondent spent Saturday night in the hamlet of Tessin, where the wildfire in the Lome hills burnt three homes and the residents were evacuated by firefighters shortly before midnight.",
                text="""
Our correspondent spent Saturday night in the hamlet of Tessin, where the wildfire in the Lome hills burnt three homes and the residents were evacuated by firefighters shortly before midnight.

From the road, the whole hillside seemed to glow. Pine trees burst into flames one after another with a sound like gunshots.

Tessin has only eleven houses, most of them holiday homes. The few permanent residents had refused to leave in the afternoon, hoping the wind would turn. It did not.

"I stayed with a garden hose until the firemen dragged me away," said Lars Ekholm, 78. His house was among those destroyed.

Fire crews said they lacked water because the small reservoir above the hamlet had dried up in the heat.
""",
            ),
            Original(
                key="d",
                outlet="Fenmoor Chronicle",
                published="2026-07-26",
                title="Lome fire: damage seen from the air",
                claim="From a light aircraft above the Lome hills on Sunday, the Fenmoor Chronicle saw burnt-out homes in several villages and smoke still rising over the evacuated valleys.",
                text="""
From a light aircraft above the Lome hills on Sunday, the Fenmoor Chronicle saw burnt-out homes in several villages and smoke still rising over the evacuated valleys.

The fire has blackened a wide strip of forest running from the ridge down to the river. In places it stopped at the edge of olive groves; in others it ran straight through farmyards.

Our pilot, who has flown over the region for twenty years, said he had never seen a fire move so far in a single day.

On the ground, firefighters were still working on two fronts, one near the main road and one on the northern slope. Several thousand people have left their homes.

The government has declared a state of emergency in the province and asked neighbouring countries for firefighting planes.
""",
            ),
        ),
    ),
    Story(
        id="f28",
        category="repost with edits",
        split="heldout",
        note="repost with 10-30% edits of an agency item, and an own report",
        count=2,
        main_claim="Fishermen found a weapons cache hidden in a sea cave near Lissa.",
        articles=(
            Original(
                key="a",
                outlet="Port Aubrey Observer",
                published="2026-07-27",
                title="Weapons cache found in sea cave near Lissa",
                chain=("United Press Bureau",),
                claim="LISSA, July 27 (United Press Bureau) — Fishermen found a cache of assault rifles, grenades and ammunition hidden in a sea cave near the island of Lissa on Monday, police said.",
                text="""
LISSA, July 27 (United Press Bureau) — Fishermen found a cache of assault rifles, grenades and ammunition hidden in a sea cave near the island of Lissa on Monday, police said.

The weapons were wrapped in plastic sheeting and packed into waterproof barrels wedged between rocks at the back of the cave, which can only be reached by boat. Police counted 24 rifles, about 40 grenades and several thousand rounds.

Investigators believe the cache may have been hidden by smugglers who use the islands to move goods across the sea. Some of the rifles bore markings from a factory abroad that closed in the 1990s.

The island's police chief said there was no sign that the weapons had been used recently. Divers will search other caves along the coast this week.

Lissa has about 3,000 inhabitants and is popular with sailors in the summer.
""",
            ),
            Repost(
                key="b",
                outlet="Kestrel Tribune",
                published="2026-07-28",
                title="Rifles and grenades hidden in island cave",
                of="a",
                edits=(
                    ("LISSA, July 27 (United Press Bureau) — ", ""),
                    (
                        "on Monday, police said.",
                        "on Monday, police said, according to the United Press Bureau.",
                    ),
                    (
                        "The weapons were wrapped in plastic sheeting and packed into waterproof barrels wedged between rocks at the back of the cave, which can only be reached by boat.",
                        "The weapons had been sealed in plastic and packed into barrels at the back of the cave, which is only reachable by boat.",
                    ),
                    (
                        "Investigators believe the cache may have been hidden by smugglers who use the islands to move goods across the sea.",
                        "Police think smugglers may have hidden the cache.",
                    ),
                    ("The island's police chief said", "Lissa's police chief said"),
                ),
            ),
            Original(
                key="c",
                outlet="Saltmarsh Review",
                published="2026-07-28",
                title="The fishermen who found the Lissa arms cache",
                chain=("Nils Barre",),
                claim="Nils Barre, who was fishing with his son off Lissa on Monday, told the Saltmarsh Review that they had found barrels full of rifles and grenades in a sea cave where they had gone to shelter from the wind.",
                text="""
Nils Barre, who was fishing with his son off Lissa on Monday, told the Saltmarsh Review that they had found barrels full of rifles and grenades in a sea cave where they had gone to shelter from the wind.

"We saw the blue barrels at the back and thought it was rubbish from a ship," Barre said. "My son opened one and there was a rifle looking back at him."

They rowed out of the cave, rang the police from the harbour, and spent the afternoon answering questions at the police station.

Barre, 61, has fished around Lissa all his life. He said boats without lights had sometimes been seen near the caves at night, but islanders assumed they were carrying cigarettes.

"I do not want to think about who these guns were for," he said.
""",
            ),
        ),
    ),
    Story(
        id="f29",
        category="outlet quoting an outlet",
        split="heldout",
        note="outlet quoting a sentence of another outlet in the set, plus an own report",
        count=2,
        main_claim="The refugee camp at Vessa has run out of clean water.",
        articles=(
            Original(
                key="a",
                outlet="Meridian Daily",
                published="2026-07-29",
                title="Vessa camp out of clean water as cholera fears grow",
                claim="The refugee camp at Vessa has run out of clean water after the pumps that supply it broke down a week ago, leaving 30,000 people to drink from the river, the Meridian Daily found on a visit to the camp.",
                text="""
The refugee camp at Vessa has run out of clean water after the pumps that supply it broke down a week ago, leaving 30,000 people to drink from the river, the Meridian Daily found on a visit to the camp.

Women and children queued at the riverbank with plastic jerrycans from early morning. The water is brown and the same river is used for washing and by animals upstream.

Doctors at the camp's clinic said cases of diarrhoea had tripled in a week. "If cholera comes, we cannot stop it," said a nurse who has worked in the camp for three years.

The agency that runs the camp said spare parts for the pumps were stuck at the border because of a customs dispute. It has asked the government for help.

The camp was built four years ago for 10,000 people fleeing fighting across the border. It now holds three times as many.
""",
            ),
            Original(
                key="b",
                outlet="Northgate Herald",
                published="2026-07-30",
                title="Aid groups warn of cholera risk at Vessa",
                chain=("Meridian Daily",),
                claim='"The refugee camp at Vessa has run out of clean water after the pumps that supply it broke down a week ago, leaving 30,000 people to drink from the river," the Meridian Daily reported on Wednesday.',
                text="""
Aid groups warned on Thursday of a possible cholera outbreak in the Vessa refugee camp.

"The refugee camp at Vessa has run out of clean water after the pumps that supply it broke down a week ago, leaving 30,000 people to drink from the river," the Meridian Daily reported on Wednesday.

The international aid coalition Water First said it could send emergency purification units within days if the government allowed them in. Its director, Ruth Almen, said: "Every day without clean water is a risk to thousands of children."

The government said it was working to clear the spare parts through customs and blamed the delay on "incomplete paperwork" from the camp operator.

The opposition accused ministers of neglecting the camps to discourage new arrivals. The government denied this.
""",
            ),
            Original(
                key="c",
                outlet="Eastmere Journal",
                published="2026-07-30",
                title="Vessa: water trucks too few for thirsty camp",
                claim="Our reporter in Vessa on Thursday found the camp without running water for a ninth day and only two tanker trucks bringing drinking water for tens of thousands of people.",
                text="""
Our reporter in Vessa on Thursday found the camp without running water for a ninth day and only two tanker trucks bringing drinking water for tens of thousands of people.

When the first truck arrived in the morning, a crowd of several hundred surged forward, and camp guards had to form a line to keep order. Each family was allowed ten litres.

"Ten litres for six people, in this heat," said Amal, a mother of four from across the border who did not want to give her family name. "We drink it and we have nothing for cooking."

Broken pipes lay along the main path of the camp, and the taps at the washing stations were dry.

The camp's manager said two more tankers would arrive on Friday. Repairs to the pumps depend on parts still held at the border.
""",
            ),
        ),
    ),
    Story(
        id="f30",
        category="origin not in the set",
        split="heldout",
        note="origin not in the set: a foreign broadcaster named by two outlets",
        count=1,
        main_claim="Border police arrested the journalist Elena Marsh at the Kovar crossing.",
        articles=(
            Original(
                key="a",
                outlet="Silverlake Record",
                published="2026-07-31",
                title="Journalist arrested at Kovar border crossing",
                chain=("Radio Tessaly",),
                claim="Border police arrested the investigative journalist Elena Marsh at the Kovar crossing on Friday as she returned from a reporting trip, Radio Tessaly reported.",
                text="""
Border police arrested the investigative journalist Elena Marsh at the Kovar crossing on Friday as she returned from a reporting trip, Radio Tessaly reported.

The broadcaster said Marsh, who has written about links between politicians and armed groups, was taken from her car and driven away in a police van. Her laptop and phones were seized.

Marsh's lawyer said she had not been told why her client was held. The interior ministry did not respond to requests for comment.

Marsh is best known for a series of articles last year showing that a militia in the north received money from a state-owned company. She has received death threats since then.

Press freedom groups called for her immediate release. "Arresting journalists at the border is a tactic used to scare all of them," said the regional director of Reporters United.
""",
            ),
            Original(
                key="b",
                outlet="Hollins Standard",
                published="2026-08-01",
                title="Calls grow for release of Elena Marsh",
                chain=("Radio Tessaly",),
                claim="According to Radio Tessaly, Elena Marsh was detained by border police at Kovar on Friday and her equipment was confiscated.",
                text="""
Journalists' unions and opposition parties called on Saturday for the release of the reporter Elena Marsh.

According to Radio Tessaly, Elena Marsh was detained by border police at Kovar on Friday and her equipment was confiscated.

About a hundred people gathered outside the interior ministry on Saturday afternoon holding pens in the air. "Today it is Elena, tomorrow it is any of us," said one protester, a young reporter from a regional paper.

The government has not commented on the case. A pro-government television channel said on Friday evening that Marsh was suspected of "contacts with foreign agents", without giving evidence.

Marsh's husband said he had not been allowed to see her. "We do not know where she is or what she is accused of," he told reporters outside their home.

Her articles have won two national journalism awards.
""",
            ),
        ),
    ),
    Story(
        id="f31",
        category="mixed",
        split="heldout",
        note="mixed: two outlets on one agency and one own report",
        count=2,
        main_claim="A firebomb was thrown at the mosque in Harwick overnight.",
        articles=(
            Original(
                key="a",
                outlet="Ashdown Courier",
                published="2026-08-02",
                title="Firebomb thrown at Harwick mosque",
                chain=("United Press Bureau",),
                claim="A firebomb was thrown at the mosque in Harwick overnight, scorching the main door and breaking windows, the United Press Bureau reported, citing police.",
                text="""
A firebomb was thrown at the mosque in Harwick overnight, scorching the main door and breaking windows, the United Press Bureau reported, citing police.

A neighbour put out the flames with a fire extinguisher before the fire brigade arrived, and no one was hurt, the agency said. The mosque was empty at the time.

Police said they were treating the attack as a hate crime and had sent the remains of a bottle for forensic tests. Camera footage showed two figures running away from the building shortly after two in the morning.

The mosque's imam, Hassan Aziz, said the congregation was shocked but would hold Friday prayers as usual.

It is the second attack on a mosque in the region this year. In March, pig's heads were left outside a prayer room in a neighbouring town.
""",
            ),
            Original(
                key="b",
                outlet="Lowland Post",
                published="2026-08-02",
                title="Police treat Harwick mosque attack as hate crime",
                chain=("United Press Bureau",),
                claim="Harwick's mosque was attacked with a petrol bomb in the early hours of Sunday, according to the United Press Bureau.",
                text="""
Harwick's mosque was attacked with a petrol bomb in the early hours of Sunday, according to the United Press Bureau.

Political leaders condemned the attack. The prime minister wrote that "an attack on a house of prayer is an attack on all of us" and promised that the perpetrators would be found.

Community groups said attacks on Muslims had increased since a far-right party began campaigning against what it calls the "Islamisation" of the region. The party's local leader condemned the attack but said his party could not be blamed for "the actions of criminals".

Churches in Harwick invited members of the mosque to a joint vigil on Sunday evening.

Police asked residents who saw anything unusual in the streets near the mosque between one and three in the morning to contact them.
""",
            ),
            Original(
                key="c",
                outlet="Riverbend Telegraph",
                published="2026-08-03",
                title="Harwick mosque: scorch marks and a message of support",
                claim="Our reporter at the Harwick mosque on Sunday saw the charred door and shattered windows left by the firebomb thrown at the building during the night.",
                text="""
Our reporter at the Harwick mosque on Sunday saw the charred door and shattered windows left by the firebomb thrown at the building during the night.

By midday, the steps had been covered with flowers and handwritten notes from neighbours. "You belong here," read one, written in a child's hand.

Volunteers were sweeping broken glass from the pavement while a glazier measured the windows. A member of the mosque committee said the repairs would cost several thousand crowns, which the congregation would raise itself.

The neighbour who put out the fire, a retired bus driver named Olaf Strand, said he was woken by a bang and saw flames at the door. "I did not think. I just took the extinguisher from my car and ran," he said.

Strand said he had been invited to dinner by the imam.
""",
            ),
        ),
    ),
]
