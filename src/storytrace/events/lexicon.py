"""The event lexicon: which verbs and nouns signal which PLOVER event type, and in which mode.

Keys are lemmas, optionally followed by a particle or preposition (``"call for"``, ``"fire on"``,
``"crack down"``, ``"pull out"``). The coder looks up the longest key first, so ``"pull out"``
(RETREAT) wins over ``"pull"`` (absent). The lists were written by hand from the PLOVER manual's
type definitions and ordinary news wording; see docs/events.md for the design.

Stable API: :data:`PLOVER_TYPES`, :data:`VERBS`, :data:`NOUNS`, :data:`MODES` and the cue sets.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

#: The sixteen PLOVER event types coded here (PLOVER 2 names: REQUEST, ACCUSE, ASSAULT).
PLOVER_TYPES: Final = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


def words(text: str) -> frozenset[str]:
    """Return the whitespace-separated words of ``text`` as a set (for readable word lists)."""
    return frozenset(text.split())


def _table(groups: Mapping[str, str]) -> Mapping[str, str]:
    """Turn ``{type: "key, key, ..."}`` into ``{key: type}``."""
    table: dict[str, str] = {}
    for event_type, keys in groups.items():
        for key in keys.split(","):
            key = " ".join(key.split())
            if key:
                table[key] = event_type
    return MappingProxyType(table)


#: Verb lemma (+ particle/preposition) → PLOVER type.
VERBS: Final = _table(
    {
        "AGREE": """agree, agree on, agree to, agree with, sign, ratify, accept, promise, pledge,
            vow, offer, commit, commit to, endorse, approve, reach, settle, conclude, guarantee,
            consent, concur, forgive, welcome, apologize, apologise""",
        "CONSULT": """meet, meet with, visit, host, consult, consult with, discuss, negotiate,
            negotiate with, talk, talk with, talk to, phone, telephone, call, mediate, receive,
            confer, confer with, hold talks, travel to, arrive in, speak with, speak to""",
        "SUPPORT": """praise, support, back, commend, endorse, applaud, defend, congratulate,
            thank, hail, laud, recognize, recognise, side with, stand by, rally behind, express
            support, vouch for, embrace""",
        "CONCEDE": """release, free, ease, lift, relax, return, hand over, give up, yield,
            compromise, surrender, grant, pardon, acquit, exonerate, allow, permit, reopen,
            restore, resign,
            step down, relent, concede, drop, cede, exchange, swap""",
        "COOPERATE": """cooperate, co-operate, cooperate with, collaborate, collaborate with,
            partner, partner with, work with, ally, ally with, join forces, coordinate,
            share, establish, normalize, normalise, team up, extradite, join""",
        "AID": """aid, help, assist, supply, provide, deliver, fund, finance, donate, train,
            equip, arm, treat, shelter, feed, rescue, evacuate, lend, loan, airlift, send aid,
            subsidize, subsidise, bail out""",
        "RETREAT": """withdraw, withdraw from, retreat, pull out, pull out of, pull back,
            move out of, evacuate from,
            leave, abandon, disband, demobilize, demobilise, disarm, decommission, dismantle,
            pull, back down, de-escalate, demilitarize, demilitarise""",
        "REQUEST": """call for, call on, call upon, urge, demand, order, ask, ask for, request,
            appeal,
            appeal to, appeal for, press, plead, plead with, petition, seek, insist, implore,
            invite, summon, push for, press for, lobby, lobby for""",
        "ACCUSE": """accuse, blame, condemn, criticize, criticise, denounce, censure, charge,
            fault, decry, deplore, lambast, slam, rebuke, castigate, disapprove, object,
            object to, complain, complain about, allege, sue, indict, investigate, probe,
            attack verbally, warn against, reprimand, ridicule""",
        "REJECT": """reject, refuse, veto, rebuff, spurn, dismiss, turn down, decline, oppose,
            resist, defy, ignore, snub, boycott, rule out, walk out, block, disregard, deny
            request, repudiate""",
        "THREATEN": """threaten, warn, ultimatum, menace, intimidate, threaten with""",
        "PROTEST": """protest, demonstrate, march, rally, strike, riot, picket, boycott,
            go on strike, sit in, chant, take to, rise up, revolt, mutiny, hunger-strike,
            block road, block highway, block bridge, block street, block entrance,
            block access, blockade road""",
        "SANCTION": """sanction, embargo, expel, suspend, cut, cut off, sever, freeze,
            blacklist, recall, downgrade, halt, impose sanctions, break off, cancel,
            postpone, withhold, restrict trade""",
        "MOBILIZE": """mobilize, mobilise, deploy, mass, station, reinforce, dispatch, alert,
            send troops, call up, muster, conscript, redeploy""",
        "COERCE": """arrest, detain, seize, confiscate, deport, crack down, crack down on,
            raid, imprison, jail, disperse, spy on, intercept, break up, turn back,
            censor, restrict, impose, curfew, expel from, search,
            demolish, evict, confine, round up, blockade, besiege, prosecute, convict,
            sentence, execute, hang, ban, ban from, shut down, close, outlaw, extort, round""",
        "ASSAULT": """attack, assault, kill, bomb, shell, shoot, fire, fire on, fire at, strike,
            hit, raid, ambush, invade, wound, injure, kidnap, abduct, storm, massacre,
            behead, murder, assassinate, stab, beat, bombard, blow up, torch, burn, loot,
            target, clash, clash with, fight, fight with, battle, engage, shoot down, gun down,
            open fire, open fire on, overrun, capture, destroy, rape, lynch, maim, slaughter,
            execute, explode, detonate, combat, repel, seize control, set fire to, recapture,
            retake, defeat, crush, retaliate, retaliate against, shoot at, torture,
            set on fire""",
    }
)

#: Nominalisations and event nouns → PLOVER type.
NOUNS: Final = _table(
    {
        "AGREE": """agreement, deal, accord, pact, treaty, ceasefire, cease-fire, truce,
            pledge, promise, settlement, apology, memorandum, armistice""",
        "CONSULT": """talk, talks, meeting, summit, visit, negotiation, negotiations,
            consultation, discussion, conference, call, mediation, dialogue, dialog""",
        "SUPPORT": """praise, support, endorsement, backing, recognition, solidarity""",
        "CONCEDE": """release, concession, amnesty, pardon, resignation, exchange, swap""",
        "COOPERATE": """cooperation, co-operation, collaboration, partnership, alliance,
            coordination, extradition""",
        "AID": """aid, assistance, help, supply, supplies, funding, loan, grant, donation,
            training, relief, shipment, delivery, airlift, subsidy, support package""",
        "RETREAT": """withdrawal, retreat, pullout, pull-out, disarmament, demobilization,
            evacuation, drawdown""",
        "REQUEST": """call, demand, appeal, request, plea, petition, ultimatum""",
        "ACCUSE": """accusation, condemnation, criticism, charge, allegation, complaint,
            lawsuit, indictment, investigation, probe, censure, rebuke""",
        "REJECT": """rejection, refusal, veto, denial, boycott""",
        "THREATEN": """threat, warning, ultimatum""",
        "PROTEST": """protest, demonstration, march, rally, strike, riot, sit-in, uprising,
            hunger strike, walkout, unrest""",
        "SANCTION": """sanction, sanctions, embargo, expulsion, suspension, ban, freeze,
            boycott, tariff, tariffs""",
        "MOBILIZE": """deployment, mobilization, mobilisation, buildup, build-up,
            reinforcement, reinforcements, conscription""",
        "COERCE": """arrest, arrests, detention, crackdown, crack-down, raid, seizure,
            deportation, curfew, blockade, siege, censorship, torture, execution, eviction""",
        "ASSAULT": """attack, assault, airstrike, air strike, bombing, shelling,
            offensive, ambush, invasion, raid, killing, massacre, shooting, bombardment,
            clash, clashes, fighting, battle, incursion, assassination, kidnapping,
            abduction, explosion, blast, rocket attack, drone strike, missile strike,
            gunfire, firefight, onslaught""",
    }
)

#: Verbs that carry an event noun as their object ("launched an attack", "imposed sanctions").
LIGHT_VERBS: Final = words(
    """launch carry conduct stage hold impose make issue reach sign mount provide deliver send
    announce begin start continue resume unleash wage level give offer extend deliver declare
    file lodge express voice pledge approve agree step intensify escalate order plan
    organise organize lead perpetrate commit claim"""
)

#: Verbs that open a frame whose embedded clause is not itself a separate event: the embedded
#: verb is what was threatened, promised, demanded or refused, and is folded into the frame.
FRAME_TYPES: Final = frozenset(
    {"THREATEN", "AGREE", "REQUEST", "REJECT", "SUPPORT", "CONSULT", "COOPERATE"}
)

#: Verbs of saying and reporting: their subject is a speaker of their complement clause.
SPEECH_VERBS: Final = words(
    """say speak tell report write state deny find
    claim announce add insist declare assert argue note explain
    confirm reveal quote cite stress warn allege suggest acknowledge admit disclose inform
    testify tweet post proclaim maintain contend reiterate indicate show conclude describe
    predict estimate tout recount recall remark comment observe mention point"""
)

#: Document nouns: a document can be a speaker ("the statement says", "the letter calls for").
DOCUMENT_NOUNS: Final = words(
    """statement letter memo memorandum report communique communiqué document declaration
    release transcript note cable email e-mail post tweet video message leaflet manifesto
    resolution ruling verdict decree bulletin filing complaint indictment affidavit study
    survey paper brief dossier notice order law bill proclamation announcement audit
    lawsuit"""
)

#: Words that make a noun phrase a news outlet.
OUTLET_WORDS: Final = words(
    """newspaper agency broadcaster channel television tv radio daily weekly website outlet
    magazine news times post herald tribune journal gazette press telegraph guardian
    reuters afp ap bbc cnn xinhua tass interfax al-jazeera jazeera wire chronicle"""
)

#: Head nouns that name a person by role.
PERSON_NOUNS: Final = words(
    """spokesman spokeswoman spokesperson minister president official officials leader
    commander general diplomat ambassador envoy chief director secretary premier senator
    lawmaker mayor governor king queen prince activist witness resident residents
    analyst expert researcher lawyer judge prosecutor negotiator aide adviser advisor
    reporter correspondent journalist editor author writer source sources doctor officer
    soldier soldiers fighter fighters militant militants chairman chairwoman head
    mediator candidate monk priest cleric imam bishop sheikh colonel captain major
    lieutenant sergeant vice-president deputy representative delegate"""
)

#: Pronouns that may name a person or an organisation as a speaker.
PERSON_PRONOUNS: Final = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS: Final = frozenset({"it", "they", "them"})

#: Hedge cues (adverbs, modal auxiliaries, and verbs governing the event).
HEDGE_ADVERBS: Final = words(
    """reportedly allegedly apparently possibly probably likely perhaps maybe purportedly
    supposedly seemingly presumably ostensibly"""
)
HEDGE_MODALS: Final = frozenset({"may", "might", "could", "would", "should", "can"})
HEDGE_VERBS: Final = words(
    """appear seem think believe suspect allege rumour rumor presume understand expect
    fear consider say report estimate"""
)

#: Verbs that negate their complement ("denied attacking", "failed to reach").
NEGATING_VERBS: Final = frozenset({"deny", "fail", "refute", "dispute"})

#: Verb object nouns that tell the mode of an AID event.
AID_MODES: Final = MappingProxyType(
    {
        "military": words(
            """weapon weapons arm arms rocket rockets missile missiles ammunition military
            troops training fighter fighters tank tanks jet jets drone drones artillery gun guns
            rifle rifles munitions equipment soldier soldiers"""
        ),
        "economic": words(
            """money fund funds funding loan loans credit grant grants dollar dollars euro
            euros budget economic financial cash investment debt aid package"""
        ),
        "humanitarian": words(
            """food medicine medicines medical humanitarian relief shelter water tent tents
            blanket blankets refugee refugees wounded injured vaccine vaccines supplies
            doctor doctors"""
        ),
    }
)

#: Words near an ASSAULT trigger that tell its mode.
ASSAULT_MODES: Final = MappingProxyType(
    {
        "aerial": words(
            """airstrike airstrikes air aerial drone drones jet jets warplane warplanes plane
            planes helicopter helicopters bomber bombers"""
        ),
        "explosives": words(
            """bomb bombs bombing explosive explosives blast explosion ied car-bomb detonate
            suicide mine mines grenade grenades"""
        ),
        "firearms": words(
            """shoot shot shooting gun guns gunfire gunmen gunman rifle rifles sniper snipers
            fire bullet bullets"""
        ),
        "artillery": words(
            """shell shells shelling artillery mortar mortars rocket rockets missile missiles
            bombard bombardment"""
        ),
        "abduct": words("""kidnap kidnapping abduct abduction hostage hostages"""),
        "physical": words("""beat beating stab stabbing lynch torture"""),
    }
)
