# ruff: noqa: E501
"""Stories f10-f21 (invented outlets, places and people; see ../README.md)."""

from build import Original, Repost, Story

STORIES = [
    Story(
        id="f10",
        category="mixed",
        split="dev",
        note="mixed: two outlets on one agency and one own report",
        count=2,
        main_claim="An explosion damaged the Varnsk gas pumping station and cut supplies to the north.",
        articles=(
            Original(
                key="a",
                outlet="Hollins Standard",
                published="2026-06-22",
                title="Blast at Varnsk pumping station cuts gas to the north",
                chain=("Atlas Press Agency",),
                claim="VARNSK, June 22 (Atlas Press Agency) — An explosion tore through the Varnsk gas pumping station before dawn on Monday, cutting supplies to three northern provinces, the pipeline operator said.",
                text="""
VARNSK, June 22 (Atlas Press Agency) — An explosion tore through the Varnsk gas pumping station before dawn on Monday, cutting supplies to three northern provinces, the pipeline operator said.

The operator, Nordgas, said the blast destroyed one of the station's two compressors and that repairs would take at least a week. Nobody was injured; the night shift of four workers was in the control building on the other side of the site.

Investigators were examining a hole cut in the perimeter fence, a police spokesman said, adding that sabotage "cannot be ruled out at this stage".

Hospitals and schools in the north would be supplied first from reserve storage, the energy ministry said. Industrial customers were asked to cut their use by half.

Two smaller pipeline sites in the region were damaged by arson in May. A group opposed to the government's energy deal with a neighbouring state claimed those attacks online.
""",
            ),
            Original(
                key="b",
                outlet="Lowland Post",
                published="2026-06-22",
                title="Northern provinces face gas shortage after explosion",
                chain=("Atlas Press Agency",),
                claim="The Atlas Press Agency reported that an explosion at the Varnsk pumping station had knocked out a compressor and halted the flow of gas to the northern provinces.",
                text="""
Households in the north were asked on Monday to turn down their heating after a blast at a key gas facility.

The Atlas Press Agency reported that an explosion at the Varnsk pumping station had knocked out a compressor and halted the flow of gas to the northern provinces.

Nordgas, which runs the pipeline, has not said what caused the blast. The agency quoted a police spokesman as saying that sabotage could not be ruled out.

Factories in the northern industrial belt began shutting furnaces on Monday afternoon. A steelworks in Ormen said it would send 600 workers home on reduced pay until supplies return.

Energy analysts said the country's storage sites were about two-thirds full, enough to cover homes and hospitals for several weeks. "The real risk is to industry, and to prices," said Dora Falk, an analyst at a consultancy in the capital.

The government will hold an emergency meeting on energy security on Tuesday.
""",
            ),
            Original(
                key="c",
                outlet="Brightwater Gazette",
                published="2026-06-23",
                title="At Varnsk, a burnt compressor and a cut fence",
                claim="Our reporter at Varnsk on Tuesday saw the blackened shell of the compressor hall destroyed by Monday's explosion, which stopped gas deliveries to the north.",
                text="""
Our reporter at Varnsk on Tuesday saw the blackened shell of the compressor hall destroyed by Monday's explosion, which stopped gas deliveries to the north.

The roof of the hall had fallen in, and pieces of corrugated steel lay scattered across a field of young barley beside the site. Forensic officers in white suits were working along the fence on the eastern side, where a section had been cut and folded back.

A farmer whose land borders the station, Aron Veld, said the explosion shook his house at a quarter to four. "I thought a plane had come down," he said. "Then the whole sky went orange."

Villagers said the site had only one guard at night and that the fence lights had not worked for months. Nordgas did not answer questions about security.

Engineers were bringing in a mobile compressor by road from the south. The operator hopes to restore part of the flow by the weekend.
""",
            ),
        ),
    ),
    Story(
        id="f11",
        category="acronym and full name",
        split="dev",
        note="one agency by acronym and by full name",
        count=1,
        main_claim="Police in Velmar arrested four men suspected of planning an attack on a synagogue.",
        aliases={"UPB": "United Press Bureau"},
        articles=(
            Original(
                key="a",
                outlet="Port Aubrey Observer",
                published="2026-06-24",
                title="Four held over alleged synagogue attack plot in Velmar",
                chain=("UPB",),
                claim="VELMAR (UPB) — Police arrested four men on Wednesday on suspicion of planning an attack on the synagogue in Velmar, prosecutors said.",
                text="""
VELMAR (UPB) — Police arrested four men on Wednesday on suspicion of planning an attack on the synagogue in Velmar, prosecutors said.

The men, aged between 19 and 27, were detained in dawn raids on three flats in the city's western districts. Officers seized two hunting rifles, a crossbow, and notebooks with drawings of the synagogue's entrances, the prosecutors' office said in a statement.

The suspects are believed to have met in an online group that shared antisemitic material and videos of attacks abroad. One of them had been questioned by police last year over threats posted on a forum.

The leader of the Jewish community in Velmar, Miriam Adler, thanked the police and said services would continue as normal. "We will not close our doors," she said.

A judge is due to decide on Thursday whether the men should remain in custody.
""",
            ),
            Original(
                key="b",
                outlet="Silverlake Record",
                published="2026-06-24",
                title="Raids in Velmar: suspects 'drew plans of synagogue'",
                chain=("United Press Bureau",),
                claim="Four men suspected of plotting an attack on Velmar's synagogue were arrested in raids on Wednesday morning, the United Press Bureau (UPB) reported, citing prosecutors.",
                text="""
Four men suspected of plotting an attack on Velmar's synagogue were arrested in raids on Wednesday morning, the United Press Bureau (UPB) reported, citing prosecutors.

Investigators found sketches of the building and weapons in the suspects' homes, the agency said. The youngest of the men is a student; the oldest works at a warehouse near the airport.

Jewish groups across the country said the arrests showed that threats against their communities were real. Several asked for permanent police protection at synagogues and schools, which is currently provided only on holidays.

The justice minister said the government would look at the request. "Every citizen must be able to pray without fear," she said.

Antisemitic incidents recorded by police rose by a third last year, according to official figures published in March. Most involved graffiti or online threats.
""",
            ),
            Original(
                key="c",
                outlet="Kestrel Tribune",
                published="2026-06-25",
                title="Velmar suspects to appear before judge",
                chain=("UPB",),
                claim="The four men arrested in Velmar had been planning to attack the city's synagogue, according to UPB, which cited the prosecutors' office.",
                text="""
A judge in Velmar will decide on Thursday whether four young men held on terrorism charges should stay in custody.

The four men arrested in Velmar had been planning to attack the city's synagogue, according to UPB, which cited the prosecutors' office.

Lawyers for two of the men said their clients denied any plan and had only "talked big" in a chat group. "Words in a chat are not an attack," said one of the lawyers, Dmitri Holm.

Experts on extremism say such groups have become a common route into violence for teenagers and young adults, who often never meet in person. "They egg each other on, and one day someone buys a weapon," said a researcher at Velmar University.

The city's mayor visited the synagogue on Wednesday evening and laid flowers at the gate.
""",
            ),
        ),
    ),
    Story(
        id="f12",
        category="wire syndicated",
        split="dev",
        note="a wire story syndicated with different headlines",
        count=1,
        main_claim="A court in Orlen sentenced a man to six years in prison for running a channel that recruited fighters for an armed group.",
        articles=(
            Original(
                key="a",
                outlet="Eastmere Journal",
                published="2026-06-26",
                title="Six years for online recruiter of armed group",
                chain=("Continental Press Service",),
                claim="ORLEN, June 26 (Continental Press Service) — A court in Orlen on Friday sentenced a 24-year-old man to six years in prison for running an online channel that recruited fighters for the Eastern Shield, an armed group fighting in the border region.",
                text="""
ORLEN, June 26 (Continental Press Service) — A court in Orlen on Friday sentenced a 24-year-old man to six years in prison for running an online channel that recruited fighters for the Eastern Shield, an armed group fighting in the border region.

The man, identified only as Viktor S. under privacy rules, posted more than 300 videos and messages urging young men to join the group and offered to pay their travel, the court found. At least five of the people he contacted went to the border, and one was killed there.

The judge said the defendant had "sold a war to bored teenagers as an adventure". The defence had argued that he merely shared news.

The channel, which had about 12,000 followers, was shut down after his arrest last autumn.

Prosecutors said they would not appeal. The defence has a week to decide whether to do so.
""",
            ),
            Repost(
                key="b",
                outlet="Meridian Daily",
                published="2026-06-26",
                title="Court jails man who ran recruiting channel for Eastern Shield",
                of="a",
                chain=("Continental Press Service",),
            ),
            Repost(
                key="c",
                outlet="Riverbend Telegraph",
                published="2026-06-27",
                title="'He sold a war to bored teenagers': recruiter sentenced in Orlen",
                of="a",
                chain=("Continental Press Service",),
            ),
        ),
    ),
    Story(
        id="f13",
        category="denial alongside",
        split="dev",
        note="denial reported alongside: two independent reports, the army denies",
        count=2,
        main_claim="Artillery shells hit the village of Tovar, killing three civilians.",
        articles=(
            Original(
                key="a",
                outlet="Kestrel Tribune",
                published="2026-06-28",
                title="Three killed as shells strike Tovar; army denies firing",
                claim="Artillery shells struck the village of Tovar on Saturday morning, killing three civilians, including a ten-year-old boy, our correspondent in the village reported.",
                text="""
Artillery shells struck the village of Tovar on Saturday morning, killing three civilians, including a ten-year-old boy, our correspondent in the village reported.

She saw two fresh craters in the lane beside the school and a house whose front wall had collapsed into the street. Neighbours were digging through the rubble with their hands while a tractor pulled away the roof beams.

Villagers said the shells came from the direction of the army positions on the ridge to the west. The army denied firing on the village. "Our units did not fire a single round in that sector on Saturday," a military spokesman, Colonel Ivan Dresk, said.

Tovar lies two kilometres from the line that separates government forces from rebel fighters. Both sides have accused each other of shelling villages since the ceasefire collapsed in May.

The three dead were buried the same afternoon in the village cemetery.
""",
            ),
            Original(
                key="b",
                outlet="Hollins Standard",
                published="2026-06-28",
                title="Doctor says shelling of Tovar killed three",
                chain=("Dr Ana Volkova",),
                claim="Three civilians were killed when shells hit Tovar on Saturday, said Dr Ana Volkova, who runs the district clinic where the wounded were taken.",
                text="""
Three civilians were killed when shells hit Tovar on Saturday, said Dr Ana Volkova, who runs the district clinic where the wounded were taken.

Volkova told the Hollins Standard by telephone that five more people were being treated for shrapnel wounds, two of them in a serious condition. "We have no surgeon here since the spring, so we are doing what we can and waiting for the road to open," she said.

The clinic has been hit by shelling twice this year, and its windows are covered with plastic sheeting.

The army said in a statement that it had not fired on Tovar and accused rebel forces of shelling the village to blame the government. The rebels' commander in the area said his men had no artillery within range.

International monitors, who are supposed to investigate such incidents, have not been able to visit the area for three weeks because of fighting on the access road.
""",
            ),
            Original(
                key="c",
                outlet="Lowland Post",
                published="2026-06-29",
                title="Army rejects blame for deadly shelling of Tovar",
                chain=("Dr Ana Volkova",),
                claim="The shelling of Tovar killed three villagers and wounded five, according to Dr Ana Volkova, the head of the district clinic.",
                text="""
The army on Sunday rejected accusations that its artillery had shelled the frontline village of Tovar, saying its guns had been silent all weekend.

"These accusations are lies spread by the enemy," the defence ministry said in a statement. It said rebel forces had fired on the village themselves from the east.

The shelling of Tovar killed three villagers and wounded five, according to Dr Ana Volkova, the head of the district clinic.

Human rights groups called for an independent investigation. "Both sides deny everything, and the villagers keep dying," said Lukas Berg of the Peace Monitor network, which documents attacks on civilians.

The ceasefire signed last winter collapsed in May after a dispute over prisoner exchanges. Since then at least forty civilians have been killed along the line, most of them by shelling.

Talks between the two sides are due to resume next month in a neutral country.
""",
            ),
        ),
    ),
    Story(
        id="f14",
        category="named person",
        split="dev",
        note="one named minister quoted by three outlets",
        count=1,
        main_claim="The government will ban the Black Banner Front.",
        articles=(
            Original(
                key="a",
                outlet="Northgate Herald",
                published="2026-06-30",
                title="Government to ban Black Banner Front",
                chain=("Karl Brenner",),
                claim="The government will ban the Black Banner Front, a neo-Nazi group blamed for a string of attacks on migrants, Interior Minister Karl Brenner announced on Tuesday.",
                text="""
The government will ban the Black Banner Front, a neo-Nazi group blamed for a string of attacks on migrants, Interior Minister Karl Brenner announced on Tuesday.

Speaking at a press conference in the capital, Brenner said the ban would take effect once it is published in the official gazette, probably next week. Police will then be able to seize the group's assets and close its websites, and wearing its symbols in public will become a crime.

"This group is not a debating club. It trains its members to hurt people," Brenner said.

The Black Banner Front has about 400 members, according to the domestic intelligence service. Its members have been convicted of assaults in at least six towns since 2024.

The group's leader said in a video on Tuesday evening that it would challenge the ban in court. Previous bans of similar groups have been upheld by the constitutional court.
""",
            ),
            Original(
                key="b",
                outlet="Fenmoor Chronicle",
                published="2026-06-30",
                title="Brenner: Black Banner Front 'trains members to hurt people'",
                chain=("Karl Brenner",),
                claim="Interior Minister Karl Brenner said on Tuesday that he had signed an order banning the Black Banner Front and that police would move against its assets within days.",
                text="""
Interior Minister Karl Brenner said on Tuesday that he had signed an order banning the Black Banner Front and that police would move against its assets within days.

Brenner told reporters that the group had "crossed every line" when its members attacked a family in a supermarket car park in Fenmoor in March. Two men from the group were jailed for that attack last month.

Civil rights groups welcomed the ban but warned that members would simply form new groups under new names. "Bans work only if the police follow up," said Amira Sayed of the Fenmoor Anti-Racism Network.

The opposition said the government had waited too long. "The warnings were there for years," said a spokesman for the Social Democrats.

Fenmoor's mayor said the town would remove stickers and graffiti with the group's emblem, a black flag with a sun wheel, from public buildings.
""",
            ),
            Original(
                key="c",
                outlet="Cedar Valley Times",
                published="2026-07-01",
                title="What the ban on the Black Banner Front means",
                chain=("Karl Brenner",),
                claim="The Black Banner Front will be banned, Karl Brenner said, making it a crime to display the group's symbols or to raise money for it.",
                text="""
The Black Banner Front will be banned, Karl Brenner said, making it a crime to display the group's symbols or to raise money for it.

Here is what the ban means in practice. The group will be dissolved as an association. Its bank accounts and any property, including a farmhouse it uses for meetings near Cedar Falls, can be seized. Organising a replacement group will also be an offence.

Members will not be arrested simply for having belonged to the group. But anyone who continues its activities can face up to three years in prison.

The ban must be published in the official gazette before it takes effect. The group can appeal to the administrative court, but an appeal does not suspend the ban.

In Cedar Valley, the group held a torch-lit march last autumn that drew about eighty people. Police said at the time they had no grounds to stop it.
""",
            ),
        ),
    ),
    Story(
        id="f15",
        category="unnamed witnesses",
        split="dev",
        note="unnamed witnesses per outlet",
        count=2,
        main_claim="A gunman opened fire inside a bar on Kelso Street, wounding several people.",
        articles=(
            Original(
                key="a",
                outlet="Ashdown Courier",
                published="2026-07-02",
                title="Gunman opens fire in Kelso Street bar",
                chain=("witnesses",),
                claim="A masked gunman walked into a shisha bar on Kelso Street late on Thursday and fired several shots, wounding four customers, witnesses told the Ashdown Courier.",
                text="""
A masked gunman walked into a shisha bar on Kelso Street late on Thursday and fired several shots, wounding four customers, witnesses told the Ashdown Courier.

One man who was sitting near the door said the attacker shouted something he could not understand before raising a pistol. "Everybody threw themselves on the floor. I heard five, maybe six shots," he said.

The gunman ran out towards the park and had not been caught by Friday morning. Police set up roadblocks around the district overnight and a helicopter circled the area until dawn.

The wounded, all men in their twenties and thirties, were taken to the city hospital. One was in a critical condition.

The bar is popular with young people from the neighbourhood's Kurdish and Arab communities. Its owner said he had never received threats. Police said they were keeping an open mind about the motive.
""",
            ),
            Original(
                key="b",
                outlet="Port Aubrey Observer",
                published="2026-07-03",
                title="'He just started shooting': panic at Kelso Street bar",
                chain=("a customer",),
                claim="A customer who was inside the bar on Kelso Street told the Port Aubrey Observer that a man in a black mask had opened fire at the tables near the counter, hitting several people.",
                text="""
A customer who was inside the bar on Kelso Street told the Port Aubrey Observer that a man in a black mask had opened fire at the tables near the counter, hitting several people.

The customer, a 29-year-old delivery driver, asked not to be named because he feared for his safety. "He just started shooting. I saw my friend fall and I pulled him behind the counter," he said.

Residents of the flats above the bar said they heard shouting and then bangs that sounded like fireworks. Within minutes the street was full of police cars.

Community leaders gathered outside the bar on Friday and called on the police to find the gunman quickly. "People here are frightened," said the imam of the nearby mosque, Ahmet Kaya. "They want to know whether this was because of who they are."

Police asked anyone with video from the street to send it to a special website.
""",
            ),
        ),
    ),
    Story(
        id="f16",
        category="translation",
        split="dev",
        note="a video translated by an institute (by name and by acronym), and seen directly by another outlet",
        count=1,
        main_claim="A video released by the Sons of the Valley threatens foreign tourists in the Sarn valley.",
        aliases={"CCM": "Centre for Conflict Monitoring"},
        articles=(
            Original(
                key="a",
                outlet="Silverlake Record",
                published="2026-07-04",
                title="Armed group threatens tourists in new video",
                chain=("Centre for Conflict Monitoring", "the video"),
                claim='In a video released on Friday, the armed group Sons of the Valley warns foreign tourists to stay away from the Sarn valley or "face the same fate as the occupiers", according to a translation by the Centre for Conflict Monitoring (CCM).',
                text="""
In a video released on Friday, the armed group Sons of the Valley warns foreign tourists to stay away from the Sarn valley or "face the same fate as the occupiers", according to a translation by the Centre for Conflict Monitoring (CCM).

The eight-minute video shows three masked men standing in front of a flag on a hillside. The speaker reads a statement in a mountain dialect, which the centre translated.

The Sarn valley, known for its lakes and medieval monasteries, attracted about 200,000 foreign visitors last year. Tour operators said on Saturday that they had received calls from worried customers.

The tourism ministry said the valley was safe and that security had been increased at hotels and on hiking routes.

Sons of the Valley emerged two years ago and says it is fighting for the autonomy of the region. It has claimed attacks on police stations but has not targeted foreigners so far.
""",
            ),
            Original(
                key="b",
                outlet="Eastmere Journal",
                published="2026-07-04",
                title="'Stay away': what the Sons of the Valley video says",
                chain=("the video",),
                claim='A masked man in the video, which the Eastmere Journal has watched, tells foreign tourists that the Sarn valley is "closed to them" and that those who come will be treated as enemies.',
                text="""
A masked man in the video, which the Eastmere Journal has watched, tells foreign tourists that the Sarn valley is "closed to them" and that those who come will be treated as enemies.

The video was posted on Friday evening on a channel that the Sons of the Valley uses to claim its attacks. A colleague of this newspaper who speaks the valley dialect translated the statement.

The speaker accuses the government of "selling our mountains to foreigners" and names two hotels on Lake Sarn that recently changed owners. Behind him, two men hold rifles.

Security analysts said the threat marked a change for the group. "Until now they hit the police and the army. Tourists are an easier target, and that should worry everyone," said a former intelligence officer.

Hotel owners on the lake said bookings for August were still full, but several cancellations had come in over the weekend.
""",
            ),
            Original(
                key="c",
                outlet="Meridian Daily",
                published="2026-07-05",
                title="Tour operators review Sarn trips after militant threat",
                chain=("CCM", "the video"),
                claim="The Sons of the Valley threatened foreign visitors to the Sarn valley in a video released on Friday, according to CCM's translation of the group's statement.",
                text="""
Several tour operators said on Sunday that they were reviewing trips to the Sarn valley after an armed group warned tourists to stay away.

The Sons of the Valley threatened foreign visitors to the Sarn valley in a video released on Friday, according to CCM's translation of the group's statement.

Two large operators said they would keep their programmes but move guests from remote guesthouses to hotels in the valley's main town. A smaller company specialising in hiking tours cancelled its trips for July.

Several foreign governments updated their travel advice for the region, asking visitors to avoid the border areas above the lakes.

Local guides said they feared for their income. "This valley lives from summer. If the tourists go, the young people go too," said a mountain guide from the village of Hollen.

The government said it would send two more police companies to the valley next week.
""",
            ),
        ),
    ),
    Story(
        id="f17",
        category="document",
        split="dev",
        note="two outlets citing one court filing, one outlet citing a leaked memo",
        count=2,
        main_claim="The state arms maker Varta Arms sold rifles to a gun club run by militia members.",
        articles=(
            Original(
                key="a",
                outlet="Riverbend Telegraph",
                published="2026-07-06",
                title="State arms maker sold rifles to militia-run club, filing says",
                chain=("a court filing",),
                claim="The state-owned manufacturer Varta Arms sold 120 semi-automatic rifles to a shooting club run by members of the Sentinel Brotherhood militia, according to a court filing made public on Monday.",
                text="""
The state-owned manufacturer Varta Arms sold 120 semi-automatic rifles to a shooting club run by members of the Sentinel Brotherhood militia, according to a court filing made public on Monday.

The filing, submitted by prosecutors in a case against the club's treasurer, says the rifles were delivered in three batches in 2025 and paid for in cash. Club members then took the weapons home under licences for sport shooting.

The treasurer, a 52-year-old former soldier, is accused of lying on licence applications. He denies the charges.

Varta Arms said it had followed the law and had no reason to doubt the club's papers. "We sell to licensed clubs, and this was a licensed club," a spokeswoman said.

The defence committee of parliament has asked the defence minister to explain how the sale was approved. The company is fully owned by the state and its board is appointed by the ministry.
""",
            ),
            Original(
                key="b",
                outlet="Brightwater Gazette",
                published="2026-07-06",
                title="Prosecutors: militia gun club bought rifles from state firm",
                chain=("the court filing",),
                claim="Prosecutors say in the court filing that Varta Arms, the state arms maker, supplied rifles to a gun club whose leaders belong to the Sentinel Brotherhood.",
                text="""
A gun club linked to a militia bought its weapons from the state's own arms factory, prosecutors say.

Prosecutors say in the court filing that Varta Arms, the state arms maker, supplied rifles to a gun club whose leaders belong to the Sentinel Brotherhood.

The club, based in a village outside Brightwater, has about sixty members. Neighbours said they often heard shooting at weekends from a former quarry the club rents.

"We thought they were hunters," said a woman who runs a farm shop on the road to the quarry. "Then we saw them marching in uniforms."

The Sentinel Brotherhood calls itself a citizens' defence network. The domestic intelligence service has described it as a militia that is preparing for "a collapse of public order".

A hearing in the case against the club's treasurer is set for September. Lawyers for Varta Arms said the company was not a party to the case.
""",
            ),
            Original(
                key="c",
                outlet="Saltmarsh Review",
                published="2026-07-07",
                title="Memo shows arms firm managers were warned about club",
                chain=("an internal memo",),
                claim="Managers at Varta Arms approved the sale of rifles to a club run by Sentinel Brotherhood members even though a sales officer had warned them about the buyers' links to the militia, an internal memo seen by the Saltmarsh Review shows.",
                text="""
Managers at Varta Arms approved the sale of rifles to a club run by Sentinel Brotherhood members even though a sales officer had warned them about the buyers' links to the militia, an internal memo seen by the Saltmarsh Review shows.

The two-page memo, dated March 2025, says the club's chairman had appeared in "militia uniform" in photographs online and recommends "further checks before delivery". Handwritten notes on the copy obtained by this newspaper suggest it was forwarded to the sales director.

Varta Arms did not answer questions about the memo. The defence ministry said it would ask the company for all documents related to the sale.

The sales officer who wrote the memo left the company last year. Reached by phone, he declined to comment.

Arms control campaigners said the memo showed the company had put profits before safety. "They were warned in writing," said Hanna Lind of the campaign group Safer Streets.
""",
            ),
        ),
    ),
    Story(
        id="f18",
        category="mixed",
        split="dev",
        note="a Source: line and a via line of one agency, plus one own report",
        count=2,
        main_claim="Hackers leaked the membership list of the National Renewal Party.",
        articles=(
            Original(
                key="a",
                outlet="Lowland Post",
                published="2026-07-08",
                title="Far-right party's membership list leaked by hackers",
                chain=("Northern Wire",),
                claim="Hackers have published the names, addresses and phone numbers of more than 8,000 members of the far-right National Renewal Party on a file-sharing site.",
                text="""
Hackers have published the names, addresses and phone numbers of more than 8,000 members of the far-right National Renewal Party on a file-sharing site.

The party confirmed on Wednesday that its membership database had been stolen and said it had filed a criminal complaint. Its chairman, Otto Baum, called the leak "an attack on democracy" and said members had received threatening calls.

A group calling itself Antifa Leaks said it had carried out the hack to show "who stands behind the hate". The file includes police officers, teachers and at least two judges, according to people who have examined it.

Data protection officials warned the public not to download or share the list, saying that doing so could be a crime.

The National Renewal Party won seven percent of the vote at the last national election.

Source: Northern Wire
""",
            ),
            Original(
                key="b",
                outlet="Meridian Daily",
                published="2026-07-08",
                title="Police officers and judges named in leaked party list",
                chain=("Northern Wire",),
                claim="The membership list of the National Renewal Party has been leaked online by a hacker group, exposing more than 8,000 members, the party said on Wednesday.",
                text="""
The membership list of the National Renewal Party has been leaked online by a hacker group, exposing more than 8,000 members, the party said on Wednesday.

Among the names are serving police officers and civil servants, which has raised questions about whether public employees can belong to a party that the intelligence service is watching.

The interior ministry said it would check the list against its own staff records "with the necessary care". Police unions said members should not be judged by a stolen document.

The party said it would sue anyone who published the names. Several members told the Meridian Daily that strangers had turned up at their doors.

Legal experts said the leak put the authorities in a difficult position: the data was obtained illegally, but it may show that officials have broken their duty of political loyalty.

(via Northern Wire)
""",
            ),
            Original(
                key="c",
                outlet="Saltmarsh Review",
                published="2026-07-09",
                title="Leaked list: 46 Saltmarsh residents, including two officers",
                claim="An analysis by the Saltmarsh Review of the membership list that hackers leaked from the National Renewal Party found 46 names from Saltmarsh, including two police officers and a school head.",
                text="""
An analysis by the Saltmarsh Review of the membership list that hackers leaked from the National Renewal Party found 46 names from Saltmarsh, including two police officers and a school head.

This newspaper checked the names in the file against public records and social media profiles. We are not publishing the names of private members, but we asked the police and the school board to respond.

The city police said they were aware of the list and that any officer's membership of a legal party was a private matter, unless it affected their work. The school board said it would speak to the head.

Several members we reached said they had joined years ago and no longer paid fees. One said he had never been a member at all and that his details must have come from a petition he signed.

The party's local chairman called the leak "a criminal act" and said members felt "hunted".
""",
            ),
        ),
    ),
    Story(
        id="f19",
        category="copy of a copy",
        split="dev",
        note="copy of a copy of an agency item, and a second agency",
        count=2,
        main_claim="Gunmen kidnapped four aid workers in Zarin province.",
        articles=(
            Original(
                key="a",
                outlet="Hollins Standard",
                published="2026-07-10",
                title="Four aid workers kidnapped in Zarin",
                chain=("Continental Press Service",),
                claim="ZARIN, July 10 (Continental Press Service) — Gunmen kidnapped four aid workers from a medical charity on the road to the refugee camp at Dassa in Zarin province on Friday, the charity said.",
                text="""
ZARIN, July 10 (Continental Press Service) — Gunmen kidnapped four aid workers from a medical charity on the road to the refugee camp at Dassa in Zarin province on Friday, the charity said.

The workers, two doctors and two drivers, were travelling in a clearly marked vehicle when they were stopped at a makeshift checkpoint, the charity, Hands Across Borders, said in a statement. The vehicle was later found burnt out near the river.

No group has claimed the kidnapping. Several armed factions operate in the area, and some have taken hostages for ransom in the past.

The charity suspended its mobile clinics in the province and called for the immediate release of its staff. It runs the only hospital in the Dassa camp, which shelters about 60,000 people.

The provincial governor said security forces were searching the hills along the river.
""",
            ),
            Repost(
                key="b",
                outlet="Fenmoor Chronicle",
                published="2026-07-10",
                title="Charity suspends clinics after staff abducted in Zarin",
                of="a",
                edits=(
                    ("two doctors and two drivers", "two doctors and their two drivers"),
                    (
                        "The provincial governor said security forces were searching the hills along the river.",
                        "Security forces are searching the hills along the river, the provincial governor said.",
                    ),
                ),
            ),
            Repost(
                key="c",
                outlet="Ashdown Courier",
                published="2026-07-11",
                title="Hostage fears as aid workers seized near Dassa camp",
                of="b",
                edits=(
                    (
                        "No group has claimed the kidnapping.",
                        "No one has claimed responsibility for the abduction.",
                    ),
                    (
                        "and some have taken hostages for ransom in the past",
                        "and some of them have held hostages for ransom before",
                    ),
                ),
            ),
            Original(
                key="d",
                outlet="Northgate Herald",
                published="2026-07-11",
                title="Zarin kidnapping: tribal elders try to mediate",
                chain=("Atlas Press Agency",),
                claim="Four aid workers kidnapped in Zarin province on Friday were seized by men from a local armed faction demanding the release of prisoners, the Atlas Press Agency reported, citing tribal elders.",
                text="""
Four aid workers kidnapped in Zarin province on Friday were seized by men from a local armed faction demanding the release of prisoners, the Atlas Press Agency reported, citing tribal elders.

The elders, who have mediated in past kidnappings, told the agency that the hostages were being held in a village in the hills and were unharmed. They said the faction wanted the release of eleven of its members held in the provincial jail.

The provincial government said it would not negotiate with kidnappers. The charity that employs the aid workers said it was in contact "with everyone who can help" but gave no details.

Kidnappings of foreigners and aid staff have become more frequent in Zarin since government troops withdrew from the border districts last year. Most hostages have been released after weeks or months, but two were killed in 2025.

The refugee camp at Dassa has been without doctors since Friday.
""",
            ),
        ),
    ),
    Story(
        id="f20",
        category="outlet quoting an outlet",
        split="dev",
        note="outlet citing an in-set outlet that cites an agency, and a summary linking to it",
        count=1,
        main_claim="A bomb disposal team defused an explosive device found at Kervik central station.",
        articles=(
            Original(
                key="a",
                outlet="Ashdown Courier",
                published="2026-07-12",
                title="Bomb defused at Kervik central station",
                chain=("Continental Press Service",),
                claim="KERVIK, July 12 (Continental Press Service) — Army bomb disposal experts defused an explosive device found in a rubbish bin at Kervik central station on Sunday, police said.",
                text="""
KERVIK, July 12 (Continental Press Service) — Army bomb disposal experts defused an explosive device found in a rubbish bin at Kervik central station on Sunday, police said.

A cleaner noticed wires sticking out of a sports bag shortly before nine in the morning and alerted station staff. Police evacuated the building and stopped all trains for four hours.

The device contained about a kilogram of explosives and nails and was connected to a timer, a police spokesman said. "This could have killed many people," he said.

Investigators are examining video from the station's cameras. Police said they were looking for a man in a grey hooded jacket who was seen carrying a similar bag on the platform on Saturday evening.

Kervik central is the country's third-busiest station, used by about 80,000 passengers a day. Services returned to normal in the afternoon.
""",
            ),
            Original(
                key="b",
                outlet="Port Aubrey Observer",
                published="2026-07-13",
                title="Security stepped up at stations after Kervik bomb",
                chain=("Ashdown Courier", "Continental Press Service"),
                claim="A nail bomb with a timer was found and defused at Kervik central station on Sunday, the Ashdown Courier reported, citing the Continental Press Service.",
                text="""
Rail operators stepped up security at stations across the country on Monday after a bomb was found in Kervik.

A nail bomb with a timer was found and defused at Kervik central station on Sunday, the Ashdown Courier reported, citing the Continental Press Service.

In Port Aubrey, armed police patrolled the concourse of the main station during the morning rush hour, and announcements asked passengers to keep their luggage with them. Some bins were sealed.

Commuters said they were shaken but would keep using the trains. "What else can I do? I have to get to work," said a nurse waiting for the 7.40 to the city.

Police have not said who might be behind the device. Experts noted that no group had claimed it and that nail bombs had been used in the past by both far-right and jihadist extremists.

The transport minister will visit Kervik on Tuesday.
""",
            ),
            Original(
                key="c",
                outlet="Silverlake Record",
                published="2026-07-13",
                title="In brief: bomb found at Kervik station",
                chain=("ashdowncourier.example",),
                links=(
                    (
                        "https://ashdowncourier.example/kervik-bomb",
                        "Read more at ashdowncourier.example",
                    ),
                ),
                claim="A bomb hidden in a bin at Kervik central station was made safe by army experts on Sunday morning.",
                text="""
A bomb hidden in a bin at Kervik central station was made safe by army experts on Sunday morning.

The station was closed for four hours and thousands of passengers were stranded while the device was examined. Police say the bag containing it was left by a man in a grey jacket, and they have asked for help identifying him.

Travellers from Silverlake to Kervik were told to expect more bag checks on trains and at stations this week. The rail operator said it would add staff at the ticket barriers during peak hours. Passengers were asked to report any bag left unattended and to allow extra time for their journeys.

This is a short summary of a report by the Ashdown Courier. Read more at ashdowncourier.example.
""",
            ),
        ),
    ),
    Story(
        id="f21",
        category="independent",
        split="dev",
        note="four own reports, one of them reposted",
        count=4,
        main_claim="Inmates rioted at Stenby prison and set fire to a wing.",
        articles=(
            Original(
                key="a",
                outlet="Cedar Valley Times",
                published="2026-07-14",
                title="Riot at Stenby prison: wing set on fire",
                claim="Inmates rioted at Stenby prison on Tuesday night and set fire to the east wing, our reporter outside the prison walls saw, as smoke rose above the town until dawn.",
                text="""
Inmates rioted at Stenby prison on Tuesday night and set fire to the east wing, our reporter outside the prison walls saw, as smoke rose above the town until dawn.

Riot police and fire engines arrived from neighbouring towns after ten. Shouting and banging could be heard from the street, and prisoners could be seen on the roof of the wing waving sheets.

Relatives gathered at the gate, many of them having heard of the riot from their sons by mobile phone. "He called me crying, saying there was fire everywhere," said a woman whose son is serving a sentence for theft.

Stenby holds about 900 men, well above the 600 it was built for. Guards' unions have warned for months about overcrowding and staff shortages.

The justice ministry said the situation was "under control" by five in the morning.
""",
            ),
            Original(
                key="b",
                outlet="Lowland Post",
                published="2026-07-15",
                title="Stenby riot: guards describe night of chaos",
                chain=("guards",),
                claim="Prisoners at Stenby took over the east wing on Tuesday evening, attacked two guards and set mattresses on fire, guards who were on duty told the Lowland Post.",
                text="""
Prisoners at Stenby took over the east wing on Tuesday evening, attacked two guards and set mattresses on fire, guards who were on duty told the Lowland Post.

The guards, who spoke on condition of anonymity because they are not allowed to talk to the press, said the trouble began at dinner when a fight broke out over food. "There were four of us for 140 men. We had to get out," one said.

The two injured guards were treated in hospital for cuts and smoke inhalation and released on Wednesday.

Prisoners were moved to the sports hall and the courtyard while the fire brigade put out the blaze. About 60 were transferred to other prisons by bus.

The guards' union said it had warned the ministry in writing three times this year that the prison was unsafe. It called for the prison governor to resign.
""",
            ),
            Original(
                key="c",
                outlet="Riverbend Telegraph",
                published="2026-07-15",
                title="Inside the Stenby riot: a prisoner's account",
                chain=("an inmate",),
                claim="An inmate in the east wing told the Riverbend Telegraph by phone that prisoners rioted and set the wing on fire after weeks of being locked in their cells for 23 hours a day.",
                text="""
An inmate in the east wing told the Riverbend Telegraph by phone that prisoners rioted and set the wing on fire after weeks of being locked in their cells for 23 hours a day.

The man, who is serving a sentence for fraud, said there had been no visits, no exercise and no work for a month because of staff shortages. "People went crazy. You treat men like animals, they behave like animals," he said.

He said he had not taken part in the violence and had hidden in the shower block until police entered the wing.

Prison reform groups said the riot was the result of years of underfunding. "This was not a surprise. It was a warning that everybody ignored," said Klara Nyberg of the Prison Reform Trust.

The ministry said an inquiry would examine the causes of the riot.
""",
            ),
            Original(
                key="d",
                outlet="Kestrel Tribune",
                published="2026-07-15",
                title="Stenby governor: riot caused damage worth millions",
                chain=("Jan Morell",),
                claim="The governor of Stenby prison, Jan Morell, said on Wednesday that about a hundred inmates had rioted and set fire to the east wing, causing damage that would take months to repair.",
                text="""
The governor of Stenby prison, Jan Morell, said on Wednesday that about a hundred inmates had rioted and set fire to the east wing, causing damage that would take months to repair.

Speaking at the prison gate, Morell said 120 cells could no longer be used and that the prison would have to send more inmates elsewhere. He rejected calls for his resignation.

"My staff acted with great courage in an extremely dangerous situation," he said.

Morell said he had asked the ministry for more guards last year and had been promised twenty. Only six have arrived.

Police said they had identified several ringleaders from camera footage and would bring charges. The ministry estimated the cost of the damage at several million crowns.
""",
            ),
            Repost(
                key="e",
                outlet="Northgate Herald",
                published="2026-07-15",
                title="Smoke over Stenby as prisoners riot",
                of="a",
                edits=(
                    (
                        "our reporter outside the prison walls saw",
                        "a reporter outside the prison walls saw",
                    ),
                    (
                        "Stenby holds about 900 men, well above the 600 it was built for.",
                        "The prison, built for 600, holds about 900 men.",
                    ),
                ),
                tail="This report first appeared in the Cedar Valley Times.",
            ),
        ),
    ),
]
